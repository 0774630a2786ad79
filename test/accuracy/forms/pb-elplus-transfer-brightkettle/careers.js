/*
 * Brightkettle Foods careers (a Sacramento food manufacturer) on Vue 3 + Element Plus, shared by
 * every posting (each posting's app.js passes its role and questions). Element Plus components as the
 * docs show them, mostly the ones application pages use least:
 * - "(555) 555-5555" phone with maxlength 14;
 * - **el-tree-select** "City you live in": Country → State → City tree, filterable, only leaves can be
 *   picked, the chosen leaf's label shown ("San Francisco");
 * - "github.com/" prepend before the GitHub user name;
 * - el-switch "Currently employed" with active / inactive text, employer + title;
 * - **el-date-picker type="monthrange"** for the dates at the current job;
 * - **el-slider show-input** for years, el-input with the docs' **formatter / parser** salary
 *   ("$ 150,000"), el-date-picker "MMM D, YYYY" start date;
 * - el-radio-button education, el-select filterable allow-create school;
 * - **el-input-tag** skills, **el-transfer** plant preferences, **el-mention** referrer, **el-rate**;
 * - el-upload drag with auto-upload off (the file list is the state), EEO and source el-selects.
 * The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref, computed, watch } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const city = (state, names) => names.map((n) => ({ value: `${state}/${n}`, label: n }));
const PLACES = [
  { value: 'US', label: 'United States', children: [
    { value: 'US/CA', label: 'California', children: city('US/CA', ['Fresno', 'Modesto', 'Oakland', 'Sacramento', 'San Francisco', 'South San Francisco', 'Stockton']) },
    { value: 'US/NV', label: 'Nevada', children: city('US/NV', ['Reno', 'Sparks']) },
    { value: 'US/OR', label: 'Oregon', children: city('US/OR', ['Portland', 'Salem']) },
    { value: 'US/ID', label: 'Idaho', children: city('US/ID', ['Boise', 'Twin Falls']) },
  ] },
  { value: 'MX', label: 'Mexico', children: [
    { value: 'MX/SON', label: 'Sonora', children: city('MX/SON', ['Hermosillo', 'San Luis Río Colorado']) },
  ] },
];
const SCHOOLS = ['California State University, Sacramento', 'University of California, Berkeley', 'University of California, Davis', 'UC Berkeley Extension', 'Berkeley City College', 'San Francisco State University', 'Sacramento City College', 'University of the Pacific'];
const PLANTS = ['Sacramento (flour mill)', 'Stockton (bakery)', 'Fresno (snacks)', 'Reno (distribution)', 'Remote / head office'].map((p) => ({ key: p, label: p }));
const PEOPLE = ['ana.delgado', 'bryce.hammond', 'chidi.okeke', 'dana.whitlock', 'esther.lau'].map((p) => ({ value: p, label: p }));
const EDUCATION = ['High school / GED', 'Associate', "Bachelor's", "Master's", 'Doctorate'];
const SOURCES = ['Indeed', 'LinkedIn', 'Brightkettle website', 'Employee referral', 'Job fair', 'Other'];
const GENDERS = ['Female', 'Male', 'Non-binary', 'I prefer not to say'];

export function mount(posting) {
  const App = {
    setup() {
      const form = reactive({
        firstName: '', lastName: '', email: '', phone: '', city: '', github: '', employed: false, employer: '', jobTitle: '', tenure: null,
        years: 0, education: '', school: '', authorized: '', sponsorship: '', salary: '', startDate: '', skills: [], plants: [], referrer: '',
        ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'rate' ? 0 : q.type === 'checkbox' ? [] : ''])),
        resume: [], coverLetter: '', gender: '', source: '', consent: false,
      });
      const formRef = ref();
      const sent = ref(false);
      const model = computed(() => JSON.stringify({ ...form, resume: form.resume.map((f) => f.name) }));
      const money = (value) => (value ? `$ ${value}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : '');
      const unmoney = (value) => value.replace(/\$\s?|(,*)/g, '');
      const rules = {
        firstName: [{ required: true, message: 'Required', trigger: 'blur' }], lastName: [{ required: true, message: 'Required', trigger: 'blur' }],
        email: [{ required: true, message: 'Required', trigger: 'blur' }, { type: 'email', message: 'Enter a valid email', trigger: 'blur' }],
        resume: [{ required: true, message: 'Please attach a resume', trigger: 'change' }],
        consent: [{ validator: (_, v, cb) => (v ? cb() : cb(new Error('Please accept to continue'))), trigger: 'change' }],
      };
      const submit = () => formRef.value.validate((ok) => { if (ok) sent.value = true; });
      return { form, formRef, sent, model, money, unmoney, rules, submit, posting, PLACES, SCHOOLS, PLANTS, PEOPLE, EDUCATION, SOURCES, GENDERS };
    },
    template: `
    <div v-if="sent" class="bk-card" id="bk-done"><el-result icon="success" title="Application sent" :sub-title="'Thank you for applying for ' + posting.role + '.'"></el-result></div>
    <div v-else class="bk-card">
      <h2>Apply now</h2>
      <el-form ref="formRef" :model="form" :rules="rules" label-position="top" @submit.prevent>
        <h3>Contact details</h3>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="First name" prop="firstName" class="f-firstName"><el-input v-model="form.firstName" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Last name" prop="lastName" class="f-lastName"><el-input v-model="form.lastName" /></el-form-item></el-col>
        </el-row>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Email" prop="email" class="f-email"><el-input v-model="form.email" type="email" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Phone" prop="phone" class="f-phone"><el-input v-model="form.phone" placeholder="(555) 555-5555" maxlength="14" /></el-form-item></el-col>
        </el-row>
        <el-form-item label="City you live in" prop="city" class="f-city">
          <el-tree-select v-model="form.city" :data="PLACES" filterable placeholder="Search or browse" style="width: 320px" />
        </el-form-item>
        <el-form-item label="GitHub" prop="github" class="f-github">
          <el-input v-model="form.github" placeholder="username"><template #prepend>github.com/</template></el-input>
        </el-form-item>

        <h3>Work history</h3>
        <el-form-item label="Currently employed" prop="employed" class="f-employed">
          <el-switch v-model="form.employed" active-text="Yes" inactive-text="No" />
        </el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Employer (current or last)" prop="employer" class="f-employer"><el-input v-model="form.employer" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Your title there" prop="jobTitle" class="f-jobTitle"><el-input v-model="form.jobTitle" /></el-form-item></el-col>
        </el-row>
        <el-form-item label="From – to (months at that employer)" prop="tenure" class="f-tenure">
          <el-date-picker v-model="form.tenure" type="monthrange" range-separator="to" start-placeholder="Start month" end-placeholder="End month" format="MMM YYYY" value-format="YYYY-MM" />
        </el-form-item>
        <el-form-item :label="posting.yearsLabel" prop="years" class="f-years">
          <el-slider v-model="form.years" :min="0" :max="25" show-input style="max-width: 520px" />
        </el-form-item>
        <el-form-item label="Highest level of education" prop="education" class="f-education">
          <el-radio-group v-model="form.education"><el-radio-button v-for="e in EDUCATION" :key="e" :value="e">{{ e }}</el-radio-button></el-radio-group>
        </el-form-item>
        <el-form-item label="School" prop="school" class="f-school">
          <el-select v-model="form.school" filterable allow-create default-first-option placeholder="Pick or type your school" style="width: 420px">
            <el-option v-for="s in SCHOOLS" :key="s" :label="s" :value="s" />
          </el-select>
        </el-form-item>
        <el-form-item label="Skills (press Enter after each)" prop="skills" class="f-skills">
          <el-input-tag v-model="form.skills" placeholder="e.g. SQL" />
        </el-form-item>

        <h3>Eligibility, pay and start</h3>
        <el-form-item :label="posting.authLabel" prop="authorized" class="f-authorized">
          <el-radio-group v-model="form.authorized"><el-radio value="yes" border>Yes</el-radio><el-radio value="no" border>No</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item :label="posting.sponsorLabel" prop="sponsorship" class="f-sponsorship">
          <el-select v-model="form.sponsorship" placeholder="Choose one" style="width: 460px"><el-option v-for="o in posting.sponsorOptions" :key="o" :label="o" :value="o" /></el-select>
        </el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Desired annual salary" prop="salary" class="f-salary">
            <el-input v-model="form.salary" :formatter="money" :parser="unmoney" placeholder="$" />
          </el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Available from" prop="startDate" class="f-start">
            <el-date-picker v-model="form.startDate" type="date" format="MMM D, YYYY" value-format="YYYY-MM-DD" placeholder="Pick a day" />
          </el-form-item></el-col>
        </el-row>
        <el-form-item label="Which sites could you work at?" prop="plants" class="f-plants">
          <el-transfer v-model="form.plants" :data="PLANTS" filterable :titles="['Sites', 'I could work at']" />
        </el-form-item>
        <el-form-item v-for="q in posting.questions" :key="q.key" :label="q.label" :prop="q.key" :class="'f-' + q.key">
          <el-rate v-if="q.type === 'rate'" v-model="form[q.key]" show-text :texts="['Beginner', 'Basic', 'Comfortable', 'Strong', 'Expert']" />
          <el-radio-group v-else-if="q.type === 'radio'" v-model="form[q.key]"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
          <el-checkbox-group v-else-if="q.type === 'checkbox'" v-model="form[q.key]"><el-checkbox v-for="o in q.options" :key="o" :value="o">{{ o }}</el-checkbox></el-checkbox-group>
          <el-select v-else-if="q.type === 'select'" v-model="form[q.key]" placeholder="Select" style="width: 320px"><el-option v-for="o in q.options" :key="o" :label="o" :value="o" /></el-select>
          <el-input v-else v-model="form[q.key]" type="textarea" :rows="3" />
        </el-form-item>
        <el-form-item label="Referred by a Brightkettle employee?" prop="referrer" class="f-referrer">
          <el-mention v-model="form.referrer" :options="PEOPLE" placeholder="Type @ and their name" style="width: 420px" />
        </el-form-item>

        <h3>Resume and letter</h3>
        <el-form-item label="Resume" prop="resume" class="f-resume">
          <el-upload v-model:file-list="form.resume" drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" style="width: 100%">
            <div class="el-upload__text">Drop your resume here or <em>click to upload</em></div>
            <template #tip><div class="el-upload__tip">PDF or Word, 5 MB max</div></template>
          </el-upload>
        </el-form-item>
        <el-form-item label="Cover letter (optional)" prop="coverLetter" class="f-coverLetter">
          <el-input v-model="form.coverLetter" type="textarea" :rows="5" maxlength="4000" show-word-limit />
        </el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Gender (voluntary)" prop="gender" class="f-gender">
            <el-select v-model="form.gender" placeholder="Select" clearable><el-option v-for="g in GENDERS" :key="g" :label="g" :value="g" /></el-select>
          </el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Where did you see this opening?" prop="source" class="f-source">
            <el-select v-model="form.source" placeholder="Select" clearable><el-option v-for="s in SOURCES" :key="s" :label="s" :value="s" /></el-select>
          </el-form-item></el-col>
        </el-row>
        <el-form-item prop="consent" class="f-consent">
          <el-checkbox v-model="form.consent">I confirm the information above is accurate and agree to Brightkettle's applicant privacy notice.</el-checkbox>
        </el-form-item>
        <el-button type="primary" id="bk-submit" @click="submit">Submit application</el-button>
      </el-form>
    </div>
    <pre id="model">{{ model }}</pre>`,
  };
  createApp(App).use(ElementPlus).mount('#app');
}
