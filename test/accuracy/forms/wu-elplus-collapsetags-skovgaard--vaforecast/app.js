/*
 * Another posting on the same Skovgaard Vind careers page (Senior Data Engineer, Grid Forecasting,
 * remote US): same components and ids; this job's year buckets, a three-way sponsorship radio group,
 * tools, offices and an onboarding-travel switch. Original description:
 * Skovgaard Vind careers (Copenhagen wind-farm operator, Boston office) on Vue 3 + Element Plus:
 * el-form (label-position top) whose rules fire on **blur** (errors appear only after leaving a
 * field), a phone el-input whose placeholder carries the country code, **el-select multiple
 * collapse-tags collapse-tags-tooltip filterable** for "countries you may work in" (world-countries)
 * and for preferred offices (left alone), **el-radio-group of bordered el-radios**, years and degree
 * el-selects, **el-date-picker type="month"** (format "MMM YYYY", value-format "YYYY-MM"), salary
 * with "USD / year" append, el-switch relocation, el-checkbox-group of tools, el-upload drag, a
 * site-language el-select in the header and a newsletter box. The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const OFFICES = ['Boston, MA', 'Copenhagen, Denmark', 'Remote (US, any time zone)'];
const YEARS = ['0–3 years', '4–6 years', '7–9 years', '10 years or more'];
const DEGREES = ['Upper secondary / high school', 'Professional degree (AP)', "Bachelor's degree (BSc/BA)", "Master's degree (MSc/MA)", 'PhD'];
const TOOLS = ['Python', 'dbt', 'Snowflake', 'Airflow', 'Weather / NWP data', 'Time-series forecasting libraries'];
const HEARD = ['LinkedIn', 'skovgaardvind.com', 'The Hub', 'Climatebase', 'A Skovgaard employee', 'Other'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', github: '', workCountries: [], offices: [],
      authorized: '', sponsorship: '', years: '', degree: '', school: '', employer: '', jobTitle: '', tools: [], available: '', salary: '',
      relocate: false, resume: '', coverLetter: '', motivation: '', heard: '', consent: false,
    });
    const siteLang = ref('en');
    const newsletter = ref('');
    const sent = ref(false);
    const formRef = ref();
    const req = (message) => [{ required: true, message, trigger: 'blur' }];
    const rules = {
      firstName: req('Please enter your first name'),
      lastName: req('Please enter your last name'),
      email: [{ required: true, message: 'Please enter your email', trigger: 'blur' }, { type: 'email', message: 'Please enter a valid email address', trigger: 'blur' }],
      phone: [{ required: true, message: 'Please enter your phone number', trigger: 'blur' }, { pattern: /^\+?[\d\s()-]{7,20}$/, message: 'Include your country code, e.g. +1 555 123 4567', trigger: 'blur' }],
      workCountries: [{ type: 'array', required: true, message: 'Choose at least one country', trigger: 'change' }],
      authorized: req('Please answer this question'),
      sponsorship: req('Please answer this question'),
      years: [{ required: true, message: 'Please choose', trigger: 'change' }],
      consent: [{ validator: (_r, v, cb) => (v ? cb() : cb(new Error('Please accept the privacy notice'))), trigger: 'change' }],
    };
    const onFile = (file) => { form.resume = file.name; return false; };
    const submit = () => formRef.value.validate((ok) => { if (ok) sent.value = true; });
    return { form, siteLang, newsletter, sent, formRef, rules, onFile, submit, COUNTRIES, OFFICES, YEARS, DEGREES, TOOLS, HEARD };
  },
  template: `
    <header class="sv-top">
      <b>Skovgaard Vind</b>
      <nav>Projects · Operations · Sustainability · Careers</nav>
      <el-select id="sv-lang" v-model="siteLang" size="small" style="width: 110px" aria-label="Site language">
        <el-option label="English" value="en" /><el-option label="Dansk" value="da" /><el-option label="Deutsch" value="de" />
      </el-select>
    </header>
    <main class="sv-shell">
      <el-text type="info">Remote, United States · Full-time</el-text>
      <h1>Senior Data Engineer, Grid Forecasting</h1>
      <p>Every morning our traders bid tomorrow's wind output into PJM and ISO-NE. You'll own the weather and production feeds behind
      those forecasts, and the backtests that tell us when a model has drifted. Most of the team works remotely across the US.</p>
      <p v-if="sent" id="sv-sent" class="sv-sent">Tak! Your application has been received. You'll hear from us within two weeks.</p>
      <el-form ref="formRef" :model="form" :rules="rules" label-position="top" id="sv-apply" @submit.prevent="submit">
        <h3>About you</h3>
        <div class="sv-row">
          <el-form-item label="First name" prop="firstName"><el-input id="sv-first-name" v-model="form.firstName" name="firstName" /></el-form-item>
          <el-form-item label="Last name" prop="lastName"><el-input id="sv-last-name" v-model="form.lastName" name="lastName" /></el-form-item>
        </div>
        <el-form-item label="Email address" prop="email"><el-input id="sv-email" v-model="form.email" name="email" type="email" /></el-form-item>
        <el-form-item label="Phone number" prop="phone"><el-input id="sv-phone" v-model="form.phone" name="phone" type="tel" placeholder="+1 555 123 4567" /></el-form-item>
        <el-form-item label="Where do you live today? (city, state)" prop="location"><el-input id="sv-location" v-model="form.location" name="location" placeholder="e.g. Providence, RI" /></el-form-item>
        <div class="sv-row">
          <el-form-item label="LinkedIn" prop="linkedin"><el-input id="sv-linkedin" v-model="form.linkedin" name="linkedin" /></el-form-item>
          <el-form-item label="GitHub (optional)" prop="github"><el-input id="sv-github" v-model="form.github" name="github" /></el-form-item>
        </div>

        <h3>Work eligibility</h3>
        <el-form-item label="In which countries are you allowed to work without a new permit?" prop="workCountries">
          <el-select id="sv-work-countries" v-model="form.workCountries" multiple collapse-tags collapse-tags-tooltip filterable placeholder="Choose countries" style="width: 100%">
            <el-option v-for="c in COUNTRIES" :key="c" :label="c" :value="c" />
          </el-select>
        </el-form-item>
        <el-form-item label="Do you currently have the right to work in the US?" prop="authorized">
          <el-radio-group id="sv-authorized" v-model="form.authorized">
            <el-radio value="yes" border>Yes</el-radio><el-radio value="no" border>No</el-radio>
          </el-radio-group>
        </el-form-item>
        <el-form-item label="Do you need visa sponsorship to work for us in the US?" prop="sponsorship">
          <el-radio-group id="sv-sponsorship" v-model="form.sponsorship">
            <el-radio value="no" border>No, I don't need sponsorship</el-radio><el-radio value="now" border>Yes, from the start</el-radio><el-radio value="later" border>Not now, but in the future</el-radio>
          </el-radio-group>
        </el-form-item>
        <el-form-item label="Which offices would work for you?" prop="offices">
          <el-select id="sv-offices" v-model="form.offices" multiple collapse-tags placeholder="Choose offices" style="width: 100%">
            <el-option v-for="o in OFFICES" :key="o" :label="o" :value="o" />
          </el-select>
        </el-form-item>
        <el-form-item label="Could you spend four weeks in Copenhagen for onboarding?" prop="relocate"><el-switch id="sv-relocate" v-model="form.relocate" /></el-form-item>

        <h3>Experience</h3>
        <div class="sv-row">
          <el-form-item label="Current employer" prop="employer"><el-input id="sv-employer" v-model="form.employer" name="employer" /></el-form-item>
          <el-form-item label="Current title" prop="jobTitle"><el-input id="sv-job-title" v-model="form.jobTitle" name="jobTitle" /></el-form-item>
        </div>
        <div class="sv-row">
          <el-form-item label="Years of professional experience" prop="years">
            <el-select id="sv-years" v-model="form.years" placeholder="Select"><el-option v-for="y in YEARS" :key="y" :label="y" :value="y" /></el-select>
          </el-form-item>
          <el-form-item label="Highest completed degree" prop="degree">
            <el-select id="sv-degree" v-model="form.degree" placeholder="Select"><el-option v-for="d in DEGREES" :key="d" :label="d" :value="d" /></el-select>
          </el-form-item>
        </div>
        <el-form-item label="University" prop="school"><el-input id="sv-school" v-model="form.school" name="school" /></el-form-item>
        <el-form-item label="Which of these do you use at work today?" prop="tools">
          <el-checkbox-group id="sv-tools" v-model="form.tools"><el-checkbox v-for="t in TOOLS" :key="t" :value="t">{{ t }}</el-checkbox></el-checkbox-group>
        </el-form-item>

        <h3>Availability &amp; pay</h3>
        <div class="sv-row">
          <el-form-item label="Earliest month you could start" prop="available">
            <el-date-picker id="sv-available" v-model="form.available" type="month" format="MMM YYYY" value-format="YYYY-MM" placeholder="Pick a month" />
          </el-form-item>
          <el-form-item label="Salary expectation" prop="salary">
            <el-input id="sv-salary" v-model="form.salary" name="salary"><template #append>USD / year</template></el-input>
          </el-form-item>
        </div>

        <h3>Documents</h3>
        <el-form-item label="CV / resume" prop="resume">
          <el-upload id="sv-resume" drag :auto-upload="false" :limit="1" accept=".pdf,.docx" :before-upload="onFile" :on-change="onFile">
            <div class="el-upload__text">Drop your CV here or <em>click to upload</em></div>
          </el-upload>
        </el-form-item>
        <el-form-item label="Cover letter" prop="coverLetter"><el-input id="sv-cover-letter" v-model="form.coverLetter" type="textarea" :rows="5" maxlength="3000" show-word-limit /></el-form-item>
        <el-form-item label="Describe a forecast you built that was wrong, and what you learned" prop="motivation"><el-input id="sv-motivation" v-model="form.motivation" type="textarea" :rows="3" /></el-form-item>
        <el-form-item label="Where did you find this job?" prop="heard">
          <el-select id="sv-heard" v-model="form.heard" placeholder="Select" clearable><el-option v-for="h in HEARD" :key="h" :label="h" :value="h" /></el-select>
        </el-form-item>
        <el-form-item prop="consent"><el-checkbox id="sv-consent" v-model="form.consent">I have read Skovgaard Vind's candidate privacy notice (GDPR)</el-checkbox></el-form-item>
        <el-button id="sv-submit" type="primary" native-type="submit" size="large">Send application</el-button>
      </el-form>
    </main>
    <footer class="sv-foot">
      <span>Wind Notes, our quarterly newsletter:</span>
      <el-input id="sv-newsletter" v-model="newsletter" placeholder="you@example.com" style="width: 240px" />
      <el-button>Sign up</el-button>
    </footer>
    <pre id="model">{{ JSON.stringify({ ...form, siteLang, newsletter }) }}</pre>
  `,
};

createApp(App).use(ElementPlus).mount('#app');
