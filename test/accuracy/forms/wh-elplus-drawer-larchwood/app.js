/*
 * Larchwood Genomics careers on Vue 3 + Element Plus: the posting page with "Apply now", which
 * opens the application in an el-drawer (teleported to <body>, so the form only exists once the
 * drawer is open). In the form: el-input with the docs' formatter/parser pairs (a US phone shown
 * "(415) 555-0134" but kept as digits; a salary shown "$ 150,000" but kept as "150000"), a
 * filterable el-select whose el-option-groups list "United States" twice ("Frequently used" and
 * "All countries"), a filterable State el-select, el-input-number
 * with controls on the right, el-date-picker with format "MMM D, YYYY" and value-format
 * "YYYY-MM-DD", bordered el-radio sentences, el-time-select and an el-checkbox-group to leave
 * alone, an el-upload with a button trigger (auto-upload off; judged by its file list), an
 * el-switch posting question. The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import countries from 'world-countries';

const ALL = countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const FREQUENT = ['US', 'CA', 'GB'].map((code) => ALL.find((c) => c.value === code));
const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['MD', 'Maryland'], ['NC', 'North Carolina'], ['NJ', 'New Jersey'], ['NY', 'New York'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['TX', 'Texas'], ['UT', 'Utah'], ['WA', 'Washington']]
  .map(([value, label]) => ({ value, label }));

const phoneFormat = (v) => {
  const d = String(v ?? '').replace(/\D/g, '').slice(0, 10);
  if (d.length < 4) return d;
  if (d.length < 7) return `(${d.slice(0, 3)}) ${d.slice(3)}`;
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
};

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', country: '', state: '', city: '', linkedin: '', github: '',
      employer: '', title: '', years: null, school: '', degree: '', authorized: '', sponsorship: '', startDate: '', salary: '',
      callTime: '', arrangements: [], resume: [], coverLetter: '', whyLarchwood: '', labOnsite: false, heard: '', gender: '', consent: false,
    });
    const drawer = ref(false);
    const sent = ref(false);
    const search = ref('');
    const alertEmail = ref('');
    const formRef = ref();
    const rules = {
      firstName: [{ required: true, message: 'Please enter your first name', trigger: 'blur' }],
      lastName: [{ required: true, message: 'Please enter your last name', trigger: 'blur' }],
      email: [{ required: true, type: 'email', message: 'Please enter a valid email', trigger: 'blur' }],
      country: [{ required: true, message: 'Please choose a country', trigger: 'change' }],
      authorized: [{ required: true, message: 'Please answer', trigger: 'change' }],
      sponsorship: [{ required: true, message: 'Please answer', trigger: 'change' }],
      consent: [{ validator: (_, v, cb) => (v ? cb() : cb(new Error('Please accept the privacy notice'))), trigger: 'change' }],
    };
    const submit = () => formRef.value.validate((ok) => { if (ok) { sent.value = true; drawer.value = false; } });
    const model = () => JSON.stringify({ ...form, resume: form.resume.map((f) => f.name), drawer: drawer.value, search: search.value, alertEmail: alertEmail.value });
    const money = (v) => (v === '' || v == null ? '' : `$ ${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    const unmoney = (v) => v.replace(/\$\s?|(,*)/g, '');
    const digits = (v) => v.replace(/\D/g, '').slice(0, 10);
    return { form, drawer, sent, search, alertEmail, formRef, rules, submit, model, ALL, FREQUENT, STATES, phoneFormat, digits, money, unmoney };
  },
  template: `
    <header class="lw-header">
      <strong>LARCHWOOD</strong><nav>Science · Platform · Careers</nav>
      <el-input v-model="search" id="lw-search" placeholder="Search jobs" style="width: 220px" clearable></el-input>
    </header>
    <article class="lw-job">
      <div class="lw-tag">Computational Platform · San Francisco, CA or Remote (US)</div>
      <h1>Senior Data Engineer, Sequencing Pipelines</h1>
      <p>Our sequencers produce 40 TB a week. You will build the pipelines that turn raw reads into the variant tables our scientists query every morning.</p>
      <ul><li>6+ years building production data pipelines</li><li>Python, SQL and one of Spark / Flink</li><li>Bonus: bioinformatics file formats (BAM, VCF)</li></ul>
      <p v-if="sent" id="lw-sent" class="lw-done">Thanks! Your application was sent to the Larchwood recruiting team.</p>
      <el-button v-else id="lw-apply-now" type="success" size="large" @click="drawer = true">Apply now</el-button>
    </article>
    <div class="lw-alert">
      <label for="lw-alert-email">Email me jobs like this</label>
      <el-input v-model="alertEmail" id="lw-alert-email" placeholder="you@example.com" style="width: 240px"></el-input>
      <el-button>Create alert</el-button>
    </div>
    <el-drawer v-model="drawer" title="Apply — Senior Data Engineer, Sequencing Pipelines" size="620px" append-to-body :close-on-click-modal="false" class="lw-drawer">
      <el-form ref="formRef" :model="form" :rules="rules" label-position="top" id="lw-form" @submit.prevent="submit">
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="First name" prop="firstName"><el-input v-model="form.firstName" id="lw-firstName" autocomplete="given-name"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Last name" prop="lastName"><el-input v-model="form.lastName" id="lw-lastName" autocomplete="family-name"></el-input></el-form-item></el-col>
        </el-row>
        <el-form-item label="Email" prop="email"><el-input v-model="form.email" id="lw-email" type="email"></el-input></el-form-item>
        <el-form-item label="Phone"><el-input v-model="form.phone" id="lw-phone" placeholder="(555) 555-5555" :formatter="phoneFormat" :parser="digits"></el-input></el-form-item>
        <el-form-item label="Country of residence" prop="country">
          <el-select v-model="form.country" id="lw-country" filterable placeholder="Select a country" style="width: 100%">
            <el-option-group label="Frequently used">
              <el-option v-for="c in FREQUENT" :key="'f-' + c.value" :label="c.label" :value="c.value"></el-option>
            </el-option-group>
            <el-option-group label="All countries">
              <el-option v-for="c in ALL" :key="c.value" :label="c.label" :value="c.value"></el-option>
            </el-option-group>
          </el-select>
        </el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="City"><el-input v-model="form.city" id="lw-city"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="State">
            <el-select v-model="form.state" id="lw-state" filterable placeholder="Select" style="width: 100%">
              <el-option v-for="s in STATES" :key="s.value" :label="s.label" :value="s.value"></el-option>
            </el-select>
          </el-form-item></el-col>
        </el-row>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="LinkedIn"><el-input v-model="form.linkedin" id="lw-linkedin"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="GitHub"><el-input v-model="form.github" id="lw-github"></el-input></el-form-item></el-col>
        </el-row>
        <el-divider content-position="left">Experience</el-divider>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Current employer"><el-input v-model="form.employer" id="lw-employer"></el-input></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Current title"><el-input v-model="form.title" id="lw-title"></el-input></el-form-item></el-col>
        </el-row>
        <el-form-item label="Years of experience building data pipelines">
          <el-input-number v-model="form.years" id="lw-years" :min="0" :max="40" controls-position="right"></el-input-number>
        </el-form-item>
        <el-row :gutter="16">
          <el-col :span="14"><el-form-item label="School"><el-input v-model="form.school" id="lw-school"></el-input></el-form-item></el-col>
          <el-col :span="10"><el-form-item label="Highest degree">
            <el-select v-model="form.degree" id="lw-degree" placeholder="Select" style="width: 100%">
              <el-option label="High school" value="hs"></el-option>
              <el-option label="Associate degree" value="associate"></el-option>
              <el-option label="Bachelor's degree" value="bachelor"></el-option>
              <el-option label="Master's degree" value="master"></el-option>
              <el-option label="PhD" value="phd"></el-option>
            </el-select>
          </el-form-item></el-col>
        </el-row>
        <el-divider content-position="left">Logistics</el-divider>
        <el-form-item label="Are you authorized to work in the United States?" prop="authorized">
          <el-radio-group v-model="form.authorized" id="lw-authorized">
            <el-radio value="yes" border>Yes</el-radio>
            <el-radio value="no" border>No</el-radio>
          </el-radio-group>
        </el-form-item>
        <el-form-item label="Sponsorship" prop="sponsorship">
          <el-radio-group v-model="form.sponsorship" id="lw-sponsorship" style="display: grid; gap: 8px">
            <el-radio value="none" border>I do not need visa sponsorship now or in the future</el-radio>
            <el-radio value="future" border>I will need sponsorship in the future</el-radio>
            <el-radio value="now" border>I need sponsorship to start</el-radio>
          </el-radio-group>
        </el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Earliest start date">
            <el-date-picker v-model="form.startDate" id="lw-startDate" type="date" format="MMM D, YYYY" value-format="YYYY-MM-DD" placeholder="Pick a day" style="width: 100%"></el-date-picker>
          </el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Expected base salary (USD per year)">
            <el-input v-model="form.salary" id="lw-salary" :formatter="money" :parser="unmoney" placeholder="$ 0"></el-input>
          </el-form-item></el-col>
        </el-row>
        <el-form-item label="Best time for a 20-minute intro call">
          <el-time-select v-model="form.callTime" id="lw-callTime" start="08:00" step="00:30" end="18:00" placeholder="Pick a time (Pacific)"></el-time-select>
        </el-form-item>
        <el-form-item label="Work arrangements you'd consider">
          <el-checkbox-group v-model="form.arrangements" id="lw-arrangements">
            <el-checkbox value="onsite">On-site (San Francisco)</el-checkbox>
            <el-checkbox value="hybrid">Hybrid</el-checkbox>
            <el-checkbox value="remote">Remote</el-checkbox>
          </el-checkbox-group>
        </el-form-item>
        <el-divider content-position="left">Documents</el-divider>
        <el-form-item label="Resume">
          <el-upload v-model:file-list="form.resume" id="lw-resume" class="lw-resume" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" name="resume">
            <el-button type="primary" plain>Select file</el-button>
            <template #tip><div class="el-upload__tip">PDF or Word, 10 MB max</div></template>
          </el-upload>
        </el-form-item>
        <el-form-item label="Cover letter"><el-input v-model="form.coverLetter" id="lw-coverLetter" type="textarea" :rows="5"></el-input></el-form-item>
        <el-form-item label="Why Larchwood? What would you want to build in your first six months?"><el-input v-model="form.whyLarchwood" id="lw-whyLarchwood" type="textarea" :rows="3"></el-input></el-form-item>
        <el-form-item label="Can you be on site in our South San Francisco lab two days a month?">
          <el-switch v-model="form.labOnsite" id="lw-labOnsite" inline-prompt active-text="Yes" inactive-text="No"></el-switch>
        </el-form-item>
        <el-form-item label="How did you hear about us?">
          <el-select v-model="form.heard" id="lw-heard" placeholder="Select" clearable style="width: 100%">
            <el-option v-for="h in ['LinkedIn', 'Larchwood website', 'Conference', 'Referral', 'Other']" :key="h" :label="h" :value="h"></el-option>
          </el-select>
        </el-form-item>
        <el-form-item label="Gender (voluntary)">
          <el-select v-model="form.gender" id="lw-gender" placeholder="Select" clearable style="width: 100%">
            <el-option v-for="g in ['Woman', 'Man', 'Non-binary', 'Prefer not to say']" :key="g" :label="g" :value="g"></el-option>
          </el-select>
        </el-form-item>
        <el-form-item prop="consent">
          <el-checkbox v-model="form.consent" id="lw-consent">I agree to the Larchwood applicant privacy notice</el-checkbox>
        </el-form-item>
      </el-form>
      <template #footer>
        <el-button @click="drawer = false">Cancel</el-button>
        <el-button id="lw-submit" type="success" @click="submit">Submit application</el-button>
      </template>
    </el-drawer>
    <pre id="model">{{ model() }}</pre>
  `,
};

createApp(App).use(ElementPlus).mount('#app');
