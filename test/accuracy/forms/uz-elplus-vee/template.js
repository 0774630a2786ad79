/*
 * A Vue 3 careers widget (JOIN / softgarden-like hosted page) built with Element Plus and
 * VeeValidate: useForm + defineField keep every value in VeeValidate's form state, the components
 * are bound with v-model. Phone as an el-input with a dial-code el-select in its prepend slot (preset
 * to the posting's country; "CA +1" listed before "US +1"), city as an el-autocomplete whose
 * suggestions appear while typing, a filterable el-select of countries (teleported), "https://"
 * prepend on LinkedIn, el-date-picker with the posting's display format, experience buckets as
 * bordered el-radios, yes/no as el-radio-buttons, el-input-number salary without controls, an
 * el-upload drag area (hidden file input) for the CV, motivation text, posting questions, a
 * talent-pool checkbox and the privacy checkbox; a job-alert box in the sidebar. VeeValidate's
 * values are rendered into <pre id="model">.
 */
import { createApp, reactive, ref, computed } from 'vue/dist/vue.esm-bundler.js';
import { useForm } from 'vee-validate';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, name: c.name.common })).sort((a, b) => a.name.localeCompare(b.name));

export function mountPosting(posting) {
  const App = {
    setup() {
      const answers = {};
      posting.questions.forEach((q) => { answers[q.id] = q.kind === 'checkbox' ? false : ''; });
      const { values, defineField, handleSubmit } = useForm({
        initialValues: {
          firstName: '', lastName: '', email: '', dialCode: posting.dialDefault, phone: '', city: '', country: '',
          linkedin: '', github: '', employer: '', years: '', salary: null, startDate: '', pronouns: '', degree: '',
          authorized: '', sponsorship: '', cv: '', motivation: '', notice: '', source: '', answers, talentPool: false, privacy: false,
        },
      });
      const keys = ['firstName', 'lastName', 'email', 'dialCode', 'phone', 'city', 'country', 'linkedin', 'github', 'employer', 'years', 'salary',
        'startDate', 'pronouns', 'degree', 'authorized', 'sponsorship', 'cv', 'motivation', 'notice', 'source', 'talentPool', 'privacy',
        ...posting.questions.map((q) => `answers.${q.id}`)];
      const f = reactive(Object.fromEntries(keys.map((k) => [k, defineField(k)[0]])));
      const alertEmail = ref('');
      const done = ref(false);
      const error = ref('');
      const model = computed(() => JSON.stringify({ ...values, jobAlertEmail: alertEmail.value }, null, 1));
      const citySuggestions = (query, cb) => {
        const q = (query || '').toLowerCase();
        cb(posting.cities.filter((c) => q && c.toLowerCase().includes(q)).map((value) => ({ value })));
      };
      const onCv = (file) => { f.cv = file ? file.name : ''; };
      const onCvRemove = () => { f.cv = ''; };
      const submit = handleSubmit((v) => {
        if (!v.privacy) { error.value = 'Please accept the privacy policy.'; return; }
        done.value = true;
      });
      return { f, values, alertEmail, done, error, model, citySuggestions, onCv, onCvRemove, submit, posting, COUNTRIES };
    },
    template: `
    <div class="jw-shell">
      <main class="jw-main">
        <p class="jw-meta">{{ posting.company }} · {{ posting.location }} · {{ posting.employment }}</p>
        <h1>{{ posting.title }}</h1>
        <p v-for="(para, i) in posting.blurb" :key="i">{{ para }}</p>
        <div v-if="done" id="jw-done"><h2>Thank you, {{ values.firstName }}!</h2><p>Your application has been sent to {{ posting.company }}.</p></div>
        <el-form v-else label-position="top" id="jw-form" @submit.prevent="submit">
          <h2>Your details</h2>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item :label="posting.labels.firstName" required class="field-first"><el-input v-model="f.firstName" /></el-form-item></el-col>
            <el-col :span="12"><el-form-item :label="posting.labels.lastName" required class="field-last"><el-input v-model="f.lastName" /></el-form-item></el-col>
          </el-row>
          <el-form-item label="E-mail" required class="field-email"><el-input v-model="f.email" type="email" /></el-form-item>
          <el-form-item :label="posting.labels.phone" class="field-phone">
            <el-input v-model="f.phone" :placeholder="posting.phonePlaceholder">
              <template #prepend>
                <el-select v-model="f.dialCode" class="field-dial" style="width: 110px" aria-label="Country code">
                  <el-option v-for="d in posting.dialCodes" :key="d[0]" :label="d[1]" :value="d[0]" />
                </el-select>
              </template>
            </el-input>
          </el-form-item>
          <el-row :gutter="16">
            <el-col :span="12">
              <el-form-item :label="posting.labels.city" class="field-city">
                <el-autocomplete v-model="f.city" :fetch-suggestions="citySuggestions" :trigger-on-focus="false" placeholder="Start typing…" style="width: 100%" />
              </el-form-item>
            </el-col>
            <el-col :span="12">
              <el-form-item :label="posting.labels.country" class="field-country">
                <el-select v-model="f.country" filterable placeholder="Select" style="width: 100%">
                  <el-option v-for="c in COUNTRIES" :key="c.code" :label="c.name" :value="c.code" />
                </el-select>
              </el-form-item>
            </el-col>
          </el-row>

          <h2>Experience</h2>
          <el-form-item label="LinkedIn profile" class="field-linkedin">
            <el-input v-model="f.linkedin" placeholder="www.linkedin.com/in/…"><template #prepend>https://</template></el-input>
          </el-form-item>
          <el-form-item :label="posting.labels.github" class="field-github"><el-input v-model="f.github" :placeholder="posting.githubPlaceholder" /></el-form-item>
          <el-form-item :label="posting.labels.employer" class="field-employer"><el-input v-model="f.employer" /></el-form-item>
          <el-form-item :label="posting.labels.years" class="field-years">
            <el-radio-group v-model="f.years">
              <el-radio v-for="y in posting.years" :key="y" :value="y" border>{{ y }}</el-radio>
            </el-radio-group>
          </el-form-item>
          <el-form-item :label="posting.labels.degree" class="field-degree">
            <el-select v-model="f.degree" placeholder="Select" style="width: 100%">
              <el-option v-for="d in posting.degrees" :key="d" :label="d" :value="d" />
            </el-select>
          </el-form-item>
          <el-row :gutter="16">
            <el-col :span="12">
              <el-form-item :label="posting.labels.salary" class="field-salary">
                <el-input-number v-model="f.salary" :controls="false" :min="0" :step="1000" style="width: 100%" />
              </el-form-item>
            </el-col>
            <el-col :span="12">
              <el-form-item :label="posting.labels.start" class="field-start">
                <el-date-picker v-model="f.startDate" type="date" :format="posting.dateFormat" value-format="YYYY-MM-DD" :placeholder="posting.dateFormat" style="width: 100%" />
              </el-form-item>
            </el-col>
          </el-row>
          <el-form-item :label="posting.labels.notice" class="field-notice">
            <el-select v-model="f.notice" placeholder="Select" clearable style="width: 100%">
              <el-option v-for="n in posting.notice" :key="n" :label="n" :value="n" />
            </el-select>
          </el-form-item>
          <el-form-item :label="posting.labels.authorized" class="field-authorized">
            <el-radio-group v-model="f.authorized">
              <el-radio-button value="yes">Yes</el-radio-button>
              <el-radio-button value="no">No</el-radio-button>
            </el-radio-group>
          </el-form-item>
          <el-form-item :label="posting.labels.sponsorship" class="field-sponsorship">
            <el-select v-model="f.sponsorship" placeholder="Select" style="width: 100%">
              <el-option v-for="s in posting.sponsorshipOptions" :key="s[0]" :label="s[1]" :value="s[0]" />
            </el-select>
          </el-form-item>
          <el-form-item label="Pronouns (optional)" class="field-pronouns">
            <el-select v-model="f.pronouns" placeholder="Select" clearable style="width: 100%">
              <el-option v-for="p in posting.pronouns" :key="p" :label="p" :value="p" />
            </el-select>
          </el-form-item>

          <h2>Documents</h2>
          <el-form-item label="CV / Resume" required class="field-cv">
            <el-upload drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onCv" :on-remove="onCvRemove" style="width: 100%">
              <div class="el-upload__text">Drop your CV here or <em>click to upload</em></div>
              <template #tip><div class="el-upload__tip">PDF or Word, max. 10 MB</div></template>
            </el-upload>
          </el-form-item>
          <el-form-item :label="posting.labels.motivation" class="field-motivation">
            <el-input v-model="f.motivation" type="textarea" :rows="5" :placeholder="posting.motivationPlaceholder" />
          </el-form-item>

          <h2>A few more questions</h2>
          <el-form-item v-for="q in posting.questions" :key="q.id" :label="q.kind === 'checkbox' ? '' : q.label" :class="'field-' + q.id">
            <el-radio-group v-if="q.kind === 'radio'" v-model="f['answers.' + q.id]">
              <el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio>
            </el-radio-group>
            <el-radio-group v-else-if="q.kind === 'buttons'" v-model="f['answers.' + q.id]">
              <el-radio-button v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio-button>
            </el-radio-group>
            <el-select v-else-if="q.kind === 'select'" v-model="f['answers.' + q.id]" placeholder="Select" style="width: 100%">
              <el-option v-for="o in q.options" :key="o" :label="o" :value="o" />
            </el-select>
            <el-checkbox v-else-if="q.kind === 'checkbox'" v-model="f['answers.' + q.id]">{{ q.label }}</el-checkbox>
            <el-input v-else v-model="f['answers.' + q.id]" :type="q.kind === 'textarea' ? 'textarea' : 'text'" :rows="4" />
          </el-form-item>
          <el-form-item label="Where did you first hear about us?" class="field-source">
            <el-select v-model="f.source" placeholder="Select" style="width: 100%">
              <el-option v-for="s in posting.sources" :key="s" :label="s" :value="s" />
            </el-select>
          </el-form-item>
          <el-form-item class="field-talentpool"><el-checkbox v-model="f.talentPool">Keep my profile in the {{ posting.company }} talent pool for 12 months</el-checkbox></el-form-item>
          <el-form-item class="field-privacy"><el-checkbox v-model="f.privacy">I agree to the processing of my data according to the privacy policy. *</el-checkbox></el-form-item>
          <p v-if="error" class="jw-error" role="alert">{{ error }}</p>
          <el-button type="primary" native-type="submit" id="jw-submit">Send application</el-button>
        </el-form>
        <pre id="model">{{ model }}</pre>
      </main>
      <aside class="jw-side">
        <h3>Job alert</h3>
        <p>Get new {{ posting.company }} jobs by e-mail.</p>
        <el-input v-model="alertEmail" placeholder="Your e-mail address" aria-label="Job alert e-mail" class="jw-alert-email" />
        <el-button size="small" style="margin-top: 8px">Subscribe</el-button>
      </aside>
    </div>`,
  };
  document.title = `${posting.title} – ${posting.company}`;
  createApp(App).use(ElementPlus).mount('#app');
}
