/*
 * Quaymore Ferries careers: a two-step Element Plus application (el-steps, el-form with rules)
 * whose state lives only in a **Pinia** store (options store `application`: the step, the form,
 * the uploaded files); components bind to `store.form.*`, and "Next" / "Back" are store actions,
 * so nothing is kept in component refs. Pieces: "Full name" in one box, a dial-code el-select in
 * the phone's prepend slot (no code preselected; "US +1" and "CA +1" both listed), an
 * el-autocomplete "City, State" with fetch-suggestions, a filterable allow-create el-select for the
 * employer (type + Enter), el-input-number years, el-radio-button and el-radio groups, an
 * el-date-picker type="month" (format "MMM YYYY", value-format "YYYY-MM"), a salary el-input with
 * a "USD / year" append, el-checkbox-group terminals (left alone), el-upload (file list), posting
 * questions, "how did you hear", consent. Shared by the postings; the store's state goes to
 * <pre id="model">.
 */
import { createApp } from 'vue/dist/vue.esm-bundler.js';
import { createPinia, defineStore } from 'pinia';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const DIAL = [['US', 'US +1'], ['CA', 'CA +1'], ['MX', 'MX +52'], ['GB', 'GB +44'], ['IE', 'IE +353'], ['AU', 'AU +61'], ['NZ', 'NZ +64'], ['SG', 'SG +65']];
const PLACES = ['Alameda, CA', 'Oakland, CA', 'Richmond, CA', 'San Francisco, CA', 'Sausalito, CA', 'South San Francisco, CA', 'Vallejo, CA',
  'Seattle, WA', 'Bremerton, WA', 'San Francisco del Rincón, Guanajuato'];
const EMPLOYERS = ['Blue & Gold Fleet', 'Golden Gate Transit', 'Washington State Ferries', 'WETA', 'Quaymore Ferries'];
const DEGREES = ['High school or GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate', 'Maritime academy license program'];
const HEARD = ['Quaymore website', 'LinkedIn', 'Indeed', 'A Quaymore employee', 'On board one of our ferries', 'Other'];

export function renderApplication(posting) {
  const useApplication = defineStore('application', {
    state: () => ({
      step: 0,
      sent: false,
      form: {
        fullName: '', email: '', dialCode: '', phone: '', cityState: '', linkedin: '', employer: '', jobTitle: '',
        years: undefined, degree: '', authorized: '', sponsorship: '', availableFrom: '', salary: '', terminals: [], coverLetter: '',
        heard: '', consent: false,
        ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'checkbox' ? [] : ''])),
      },
      resume: [],
    }),
    actions: {
      next() { this.step = Math.min(this.step + 1, 1); },
      back() { this.step = Math.max(this.step - 1, 0); },
      submitted() { this.sent = true; },
      setResume(list) { this.resume = list.map((f) => f.name); },
    },
  });

  const required = (message) => [{ required: true, message, trigger: ['blur', 'change'] }];
  const rules = {
    fullName: required('Please enter your full name'),
    email: [...required('Please enter your email'), { type: 'email', message: 'Please enter a valid email', trigger: 'blur' }],
    dialCode: required('Pick a country code'),
    phone: [...required('Please enter your phone number'), { pattern: /^[\d\s()-]{7,15}$/, message: 'Digits only, without the country code', trigger: 'blur' }],
    cityState: required('Please enter your city'),
    years: required('Required'),
    authorized: required('Required'),
    sponsorship: required('Required'),
    consent: [{ validator: (_r, v, cb) => (v ? cb() : cb(new Error('Please confirm'))), trigger: 'change' }],
    ...Object.fromEntries(posting.questions.filter((q) => q.required).map((q) => [q.key, required('Required')])),
  };
  const STEP_FIELDS = [['fullName', 'email', 'dialCode', 'phone', 'cityState'], null];

  const App = {
    setup() {
      const store = useApplication();
      return { store, rules, posting, DIAL, DEGREES, HEARD, EMPLOYERS };
    },
    data: () => ({ search: '', alertEmail: '' }),
    computed: { model() { return JSON.stringify({ ...this.store.form, resume: this.store.resume }); } },
    methods: {
      findPlaces(query, cb) {
        setTimeout(() => cb(query.trim().length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(query.toLowerCase())).map((value) => ({ value }))), 200);
      },
      async goNext() {
        try { await this.$refs.form.validateField(STEP_FIELDS[0]); this.store.next(); } catch { /* errors shown */ }
      },
      async submit() {
        try { await this.$refs.form.validate(); this.store.submitted(); } catch { /* errors shown */ }
      },
      onFiles(_file, list) { this.store.setResume(list); },
    },
    template: `<div>
      <header class="qf-top">
        <span class="qf-logo">⛴ Quaymore <b>Ferries</b></span>
        <nav><a href="#">Routes</a><a href="#">Tickets</a><a href="#">Commuter passes</a><a href="#" class="on">Careers</a></nav>
        <el-input id="qf-site-search" v-model="search" placeholder="Search jobs" size="small" style="width: 200px" aria-label="Search jobs" />
      </header>
      <main class="qf-main">
        <p class="qf-kicker">{{ posting.team }} · {{ posting.where }}</p>
        <h1>{{ posting.title }}</h1>
        <p>{{ posting.intro }}</p>
        <el-steps :active="store.step" finish-status="success" simple style="margin: 18px 0">
          <el-step title="Your profile" /><el-step title="About the role" />
        </el-steps>
        <el-form ref="form" :model="store.form" :rules="rules" label-position="top" id="qf-form" @submit.prevent>
          <div v-show="store.step === 0">
            <el-form-item label="Full name" prop="fullName"><el-input id="qf-fullName" v-model="store.form.fullName" name="fullName" autocomplete="name" /></el-form-item>
            <el-form-item label="Email" prop="email"><el-input id="qf-email" v-model="store.form.email" name="email" type="email" /></el-form-item>
            <el-form-item label="Mobile phone" prop="phone" :rules="rules.phone" class="qf-phone-item">
              <el-input id="qf-phone" v-model="store.form.phone" name="phone" type="tel" placeholder="Mobile number">
                <template #prepend>
                  <el-form-item prop="dialCode" class="qf-inline-item">
                    <el-select id="qf-dialCode" v-model="store.form.dialCode" placeholder="Code" style="width: 110px" aria-label="Country code">
                      <el-option v-for="[v, l] in DIAL" :key="v" :value="v" :label="l" />
                    </el-select>
                  </el-form-item>
                </template>
              </el-input>
            </el-form-item>
            <el-form-item label="City, State" prop="cityState">
              <el-autocomplete id="qf-cityState" v-model="store.form.cityState" :fetch-suggestions="findPlaces" :trigger-on-focus="false" placeholder="e.g. Oakland, CA" style="width: 100%" name="cityState" />
            </el-form-item>
            <el-form-item label="LinkedIn profile"><el-input id="qf-linkedin" v-model="store.form.linkedin" name="linkedin" placeholder="https://www.linkedin.com/in/…" /></el-form-item>
            <el-form-item label="Current employer">
              <el-select id="qf-employer" v-model="store.form.employer" filterable allow-create default-first-option placeholder="Select or type your employer" style="width: 100%">
                <el-option v-for="e in EMPLOYERS" :key="e" :value="e" :label="e" />
              </el-select>
            </el-form-item>
            <el-form-item label="Current job title"><el-input id="qf-jobTitle" v-model="store.form.jobTitle" name="jobTitle" /></el-form-item>
          </div>
          <div v-show="store.step === 1">
            <el-form-item :label="posting.yearsLabel" prop="years"><el-input-number id="qf-years" v-model="store.form.years" :min="0" :max="50" controls-position="right" /></el-form-item>
            <el-form-item label="Highest level of education">
              <el-select id="qf-degree" v-model="store.form.degree" placeholder="Select" style="width: 100%"><el-option v-for="d in DEGREES" :key="d" :value="d" :label="d" /></el-select>
            </el-form-item>
            <el-form-item label="Are you legally authorized to work in the United States?" prop="authorized">
              <el-radio-group id="qf-authorized" v-model="store.form.authorized"><el-radio-button value="yes">Yes</el-radio-button><el-radio-button value="no">No</el-radio-button></el-radio-group>
            </el-form-item>
            <el-form-item label="Will you now or in the future require sponsorship for an employment visa?" prop="sponsorship">
              <el-radio-group id="qf-sponsorship" v-model="store.form.sponsorship" class="qf-column">
                <el-radio value="no">No, I won't need sponsorship</el-radio>
                <el-radio value="yes">Yes, I will need sponsorship</el-radio>
              </el-radio-group>
            </el-form-item>
            <div class="qf-two">
              <el-form-item label="Available from">
                <el-date-picker id="qf-availableFrom" v-model="store.form.availableFrom" type="month" format="MMM YYYY" value-format="YYYY-MM" placeholder="Pick a month" />
              </el-form-item>
              <el-form-item label="Salary expectation">
                <el-input id="qf-salary" v-model="store.form.salary" name="salary" placeholder="e.g. 120000"><template #append>USD / year</template></el-input>
              </el-form-item>
            </div>
            <el-form-item :label="posting.terminalsLabel">
              <el-checkbox-group id="qf-terminals" v-model="store.form.terminals">
                <el-checkbox v-for="t in posting.terminals" :key="t" :value="t">{{ t }}</el-checkbox>
              </el-checkbox-group>
            </el-form-item>
            <el-form-item label="Resume / CV" class="qf-resume">
              <el-upload action="#" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onFiles" :on-remove="onFiles">
                <el-button type="primary" plain>Select file</el-button>
                <template #tip><div class="el-upload__tip">PDF or Word, max 5 MB</div></template>
              </el-upload>
            </el-form-item>
            <el-form-item label="Cover letter (optional)"><el-input id="qf-coverLetter" v-model="store.form.coverLetter" type="textarea" :rows="5" maxlength="3000" show-word-limit name="coverLetter" /></el-form-item>
            <template v-for="q in posting.questions" :key="q.key">
              <el-form-item :label="q.label" :prop="q.key">
                <el-radio-group v-if="q.type === 'radio'" :id="'qf-' + q.key" v-model="store.form[q.key]"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
                <el-checkbox-group v-else-if="q.type === 'checkbox'" :id="'qf-' + q.key" v-model="store.form[q.key]"><el-checkbox v-for="o in q.options" :key="o" :value="o">{{ o }}</el-checkbox></el-checkbox-group>
                <el-input v-else :id="'qf-' + q.key" v-model="store.form[q.key]" type="textarea" :rows="3" />
              </el-form-item>
            </template>
            <el-form-item label="How did you hear about this job?">
              <el-select id="qf-heard" v-model="store.form.heard" placeholder="Select" clearable style="width: 100%"><el-option v-for="h in HEARD" :key="h" :value="h" :label="h" /></el-select>
            </el-form-item>
            <el-form-item prop="consent">
              <el-checkbox id="qf-consent" v-model="store.form.consent">I agree to Quaymore's applicant privacy notice and confirm my answers are accurate.</el-checkbox>
            </el-form-item>
          </div>
          <div class="qf-actions">
            <el-button v-if="store.step > 0" @click="store.back()">Back</el-button>
            <el-button v-if="store.step === 0" id="qf-next" type="primary" @click="goNext">Next</el-button>
            <el-button v-else id="qf-submit" type="primary" native-type="submit" @click="submit">Submit application</el-button>
          </div>
          <el-alert v-if="store.sent" id="qf-sent" type="success" title="Application sent — thank you!" :closable="false" show-icon style="margin-top: 14px" />
        </el-form>
      </main>
      <footer class="qf-foot">
        <label for="qf-alert-email">Get an email when new jobs are posted</label>
        <el-input id="qf-alert-email" v-model="alertEmail" placeholder="you@example.com" style="width: 240px" />
        <el-button>Subscribe</el-button>
      </footer>
      <pre id="model">{{ model }}</pre>
    </div>`,
  };

  createApp(App).use(createPinia()).use(ElementPlus).mount('#app');
}
