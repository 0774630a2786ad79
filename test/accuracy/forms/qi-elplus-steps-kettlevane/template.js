/*
 * Kettlevane Power (an Abilene, Texas wind and storage operator) careers application: Vue 3 +
 * Element Plus. el-steps over four sections rendered with v-if ("Resume & contact", "Background",
 * "Eligibility", "Review"), one el-form (label-position top, labels without `for` on custom
 * controls). Resume first in a drag el-upload (auto-upload off); el-select filterable country
 * ("United States of America" beside "United States Minor Outlying Islands"); pronouns el-select
 * whose "Other" mounts a box; "Are you currently employed?" el-radio-group revealing (v-show)
 * employer, title and "may we contact"; experience levels that carry the years in parentheses;
 * an education repeater with "Add another school"; a statement el-checkbox for work authorization;
 * sponsorship as el-radio-buttons with sentences; el-date-picker MM/DD/YYYY; salary el-input with
 * "$" prepend and "per year" append; "how did you hear" whose "Employee referral" mounts the
 * referrer; EEO selects; terms. The review step is an el-descriptions. Postings pass job text and
 * their questions. State goes to <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom of Great Britain and Northern Ireland', 'United States Minor Outlying Islands', 'United States of America', 'Germany', 'Denmark', 'India', 'Brazil'];
const PRONOUNS = ['she / her', 'he / him', 'they / them', 'Other', 'Prefer not to say'];
const LEVELS = ['Entry level (0–2 yrs)', 'Mid level (3–5 yrs)', 'Senior (6–9 yrs)', 'Staff / Principal (10+ yrs)'];
const DEGREES = ['High school / GED', 'A.A. / A.S.', 'B.S. / B.A.', 'M.S. / M.A. / MBA', 'Ph.D.'];
const HEARD = ['Company website', 'LinkedIn', 'Indeed', 'Employee referral', 'University career fair', 'Other'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I do not wish to answer'];
const DISABILITY = ['Yes, I have a disability', 'No, I do not have a disability', 'I do not wish to answer'];
const school = () => ({ name: '', degree: '', field: '' });

export function mountPosting(posting) {
  const App = {
    setup() {
      const form = reactive({
        resume: [], firstName: '', lastName: '', email: '', phone: '', city: '', country: '', pronouns: '', pronounsOther: '', website: '',
        employed: '', employer: '', jobTitle: '', mayContact: '', level: '', schools: [school()], skills: [], why: '',
        authorized: false, sponsorship: '', startDate: '', salary: '', heard: '', referrer: '', veteran: '', disability: '', terms: false,
        questions: Object.fromEntries(posting.questions.map((q) => [q.key, ''])),
      });
      const step = ref(0);
      const done = ref(false);
      const warn = ref('');
      watch(form, () => {
        const m = JSON.parse(JSON.stringify({ ...form, resume: form.resume.map((f) => f.name) }));
        document.getElementById('model').textContent = JSON.stringify(m, null, 2);
      }, { deep: true, immediate: true });
      const required = [() => form.firstName && form.lastName && form.email, () => true, () => form.sponsorship && form.terms];
      const next = () => { if (!required[step.value]()) { warn.value = 'Please complete the required fields.'; return; } warn.value = ''; step.value += 1; window.scrollTo(0, 0); };
      const submit = () => { done.value = true; };
      return { form, step, done, warn, next, submit, posting, COUNTRIES, PRONOUNS, LEVELS, DEGREES, HEARD, VETERAN, DISABILITY, addSchool: () => form.schools.push(school()) };
    },
    template: `
      <header class="kv-top"><strong>KETTLEVANE POWER · Careers</strong>
        <el-input id="kv-search" placeholder="Search jobs" style="width:240px" aria-label="Search jobs" />
      </header>
      <main class="kv-wrap">
        <p style="color:#5b6b7c;margin:0">{{ posting.team }}</p>
        <h1 style="margin:6px 0">{{ posting.title }}</h1>
        <p>{{ posting.where }}</p><p>{{ posting.intro }}</p>
        <div class="kv-card">
          <el-result v-if="done" id="kv-done" icon="success" title="Application submitted" sub-title="Thanks for applying to Kettlevane. We'll email you about next steps." />
          <template v-else>
          <el-steps :active="step" finish-status="success" align-center style="margin-bottom:24px">
            <el-step title="Resume & contact" /><el-step title="Background" /><el-step title="Eligibility" /><el-step title="Review" />
          </el-steps>
          <el-form :model="form" label-position="top" @submit.prevent>
            <template v-if="step === 0">
              <el-form-item label="Resume" class="kv-resume" required>
                <el-upload drag :auto-upload="false" :limit="1" v-model:file-list="form.resume" accept=".pdf,.doc,.docx">
                  <div class="el-upload__text">Drop your resume here or <em>click to upload</em></div>
                  <template #tip><div class="el-upload__tip">PDF or Word, up to 10 MB</div></template>
                </el-upload>
              </el-form-item>
              <el-row :gutter="16">
                <el-col :span="12"><el-form-item label="First name" required><el-input id="kv-first" v-model="form.firstName" /></el-form-item></el-col>
                <el-col :span="12"><el-form-item label="Last name" required><el-input id="kv-last" v-model="form.lastName" /></el-form-item></el-col>
              </el-row>
              <el-row :gutter="16">
                <el-col :span="12"><el-form-item label="Email" required><el-input id="kv-email" v-model="form.email" type="email" /></el-form-item></el-col>
                <el-col :span="12"><el-form-item label="Phone"><el-input id="kv-phone" v-model="form.phone" placeholder="e.g. 512 555 0199" /></el-form-item></el-col>
              </el-row>
              <el-row :gutter="16">
                <el-col :span="12"><el-form-item label="City"><el-input id="kv-city" v-model="form.city" /></el-form-item></el-col>
                <el-col :span="12"><el-form-item label="Country" class="kv-country"><el-select v-model="form.country" filterable placeholder="Select a country"><el-option v-for="c in COUNTRIES" :key="c" :label="c" :value="c" /></el-select></el-form-item></el-col>
              </el-row>
              <el-form-item label="Pronouns" class="kv-pronouns"><el-select v-model="form.pronouns" placeholder="Select (optional)" clearable><el-option v-for="p in PRONOUNS" :key="p" :label="p" :value="p" /></el-select></el-form-item>
              <el-form-item v-if="form.pronouns === 'Other'" label="Your pronouns"><el-input id="kv-pronouns-other" v-model="form.pronounsOther" /></el-form-item>
              <el-form-item label="Personal website"><el-input id="kv-website" v-model="form.website" placeholder="https://" /></el-form-item>
            </template>
            <template v-if="step === 1">
              <el-form-item label="Are you currently employed?" class="kv-employed">
                <el-radio-group v-model="form.employed"><el-radio value="Yes">Yes</el-radio><el-radio value="No">No</el-radio></el-radio-group>
              </el-form-item>
              <div v-show="form.employed === 'Yes'">
                <el-row :gutter="16">
                  <el-col :span="12"><el-form-item label="Employer"><el-input id="kv-employer" v-model="form.employer" /></el-form-item></el-col>
                  <el-col :span="12"><el-form-item label="Your title there"><el-input id="kv-title" v-model="form.jobTitle" /></el-form-item></el-col>
                </el-row>
                <el-form-item label="May we contact your current employer?" class="kv-contact">
                  <el-radio-group v-model="form.mayContact"><el-radio value="Yes">Yes</el-radio><el-radio value="Not yet">Not until an offer</el-radio></el-radio-group>
                </el-form-item>
              </div>
              <el-form-item label="Experience level" class="kv-level"><el-select v-model="form.level" placeholder="Select"><el-option v-for="l in LEVELS" :key="l" :label="l" :value="l" /></el-select></el-form-item>
              <h4 style="margin:8px 0">Education</h4>
              <div v-for="(s, i) in form.schools" :key="i" class="kv-entry" :class="'kv-school-' + i">
                <el-row :gutter="16">
                  <el-col :span="10"><el-form-item label="School"><el-input :id="'kv-school-' + i" v-model="s.name" /></el-form-item></el-col>
                  <el-col :span="7"><el-form-item label="Degree" class="kv-degree"><el-select v-model="s.degree" placeholder="Select"><el-option v-for="d in DEGREES" :key="d" :label="d" :value="d" /></el-select></el-form-item></el-col>
                  <el-col :span="7"><el-form-item label="Field of study"><el-input :id="'kv-field-' + i" v-model="s.field" /></el-form-item></el-col>
                </el-row>
              </div>
              <el-button id="kv-add-school" link type="primary" @click="addSchool">+ Add another school</el-button>
              <el-form-item label="Skills" class="kv-skills" style="margin-top:12px"><el-select v-model="form.skills" multiple filterable allow-create placeholder="Add skills"><el-option v-for="s in posting.skills" :key="s" :label="s" :value="s" /></el-select></el-form-item>
              <el-form-item label="Why are you interested in Kettlevane?"><el-input id="kv-why" v-model="form.why" type="textarea" :rows="4" /></el-form-item>
            </template>
            <template v-if="step === 2">
              <el-form-item class="kv-auth"><el-checkbox v-model="form.authorized">I am authorized to work in the United States for any employer</el-checkbox></el-form-item>
              <el-form-item label="Sponsorship" class="kv-sponsorship" required>
                <el-radio-group v-model="form.sponsorship"><el-radio-button value="need">I will need visa sponsorship</el-radio-button><el-radio-button value="no-need">I won't need visa sponsorship</el-radio-button></el-radio-group>
              </el-form-item>
              <el-row :gutter="16">
                <el-col :span="12"><el-form-item label="Earliest start date"><el-date-picker id="kv-start" v-model="form.startDate" type="date" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" style="width:100%" /></el-form-item></el-col>
                <el-col :span="12"><el-form-item label="Desired base pay"><el-input id="kv-salary" v-model="form.salary"><template #prepend>$</template><template #append>per year</template></el-input></el-form-item></el-col>
              </el-row>
              <template v-for="q in posting.questions" :key="q.key">
                <el-form-item :label="q.label" :class="'kv-q-' + q.key">
                  <el-radio-group v-if="q.kind === 'radio'" v-model="form.questions[q.key]"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
                  <el-select v-else-if="q.kind === 'select'" v-model="form.questions[q.key]" placeholder="Select"><el-option v-for="o in q.options" :key="o" :label="o" :value="o" /></el-select>
                  <el-input v-else :id="'kv-' + q.key" v-model="form.questions[q.key]" type="textarea" :rows="3" />
                </el-form-item>
              </template>
              <el-form-item label="How did you hear about this job?" class="kv-heard"><el-select v-model="form.heard" placeholder="Select"><el-option v-for="h in HEARD" :key="h" :label="h" :value="h" /></el-select></el-form-item>
              <el-form-item v-if="form.heard === 'Employee referral'" label="Who referred you?"><el-input id="kv-referrer" v-model="form.referrer" /></el-form-item>
              <el-divider content-position="left">Voluntary self-identification</el-divider>
              <el-row :gutter="16">
                <el-col :span="12"><el-form-item label="Veteran status" class="kv-veteran"><el-select v-model="form.veteran" placeholder="Select"><el-option v-for="v in VETERAN" :key="v" :label="v" :value="v" /></el-select></el-form-item></el-col>
                <el-col :span="12"><el-form-item label="Disability status" class="kv-disability"><el-select v-model="form.disability" placeholder="Select"><el-option v-for="v in DISABILITY" :key="v" :label="v" :value="v" /></el-select></el-form-item></el-col>
              </el-row>
              <el-form-item class="kv-terms"><el-checkbox v-model="form.terms">I agree to Kettlevane's candidate privacy terms</el-checkbox></el-form-item>
            </template>
            <template v-if="step === 3">
              <el-descriptions id="kv-review" title="Review your application" :column="1" border>
                <el-descriptions-item label="Name">{{ form.firstName }} {{ form.lastName }}</el-descriptions-item>
                <el-descriptions-item label="Email">{{ form.email }}</el-descriptions-item>
                <el-descriptions-item label="Phone">{{ form.phone }}</el-descriptions-item>
                <el-descriptions-item label="Location">{{ form.city }}, {{ form.country }}</el-descriptions-item>
                <el-descriptions-item label="Resume">{{ form.resume.map((f) => f.name).join(', ') || 'None' }}</el-descriptions-item>
                <el-descriptions-item label="Current job">{{ form.employed === 'Yes' ? form.jobTitle + ' at ' + form.employer : form.employed }}</el-descriptions-item>
                <el-descriptions-item label="Level">{{ form.level }}</el-descriptions-item>
                <el-descriptions-item label="Start">{{ form.startDate }}</el-descriptions-item>
              </el-descriptions>
            </template>
            <p v-if="warn" style="color:#c0392b">{{ warn }}</p>
            <div style="display:flex;justify-content:space-between;margin-top:16px">
              <el-button :disabled="step === 0" @click="step -= 1">Back</el-button>
              <el-button v-if="step < 3" id="kv-next" type="primary" @click="next">{{ step === 2 ? 'Review' : 'Continue' }}</el-button>
              <el-button v-else id="kv-submit" type="primary" @click="submit">Submit application</el-button>
            </div>
          </el-form>
          </template>
        </div>
      </main>`,
  };
  createApp(App).use(ElementPlus).mount('#app');
}
