/*
 * Tallowbrook Transit Labs careers: a Vue 3 page on Naive UI, validated by n-form's own rules
 * (`formRef.validate()` on submit). Exercises Naive pieces the suite has little of: an n-cascader
 * Country / State / City with path search ("United States / California / San Francisco" beside
 * "South San Francisco"), a dial-code n-select ("🇨🇦 +1" before "🇺🇸 +1", nothing preset) in an
 * n-input-group with the phone, n-input-number with −/+ buttons for the years, a degree
 * n-radio-group of n-radio-buttons, n-switch statements for eligibility (div role=switch, no native
 * input), an n-date-picker "MM/dd/yyyy" start date and a month picker for the graduation (left),
 * a "$" n-input-number with a thousands format, n-dynamic-tags skills, a checkable n-tree-select of
 * teams and a multiple n-select of offices (left), a native resume input hidden behind an n-button,
 * posting questions, an n-checkbox consent, a header search and a footer newsletter.
 * Each posting brings its title and questions.
 */
import { createApp, ref, reactive } from 'vue/dist/vue.esm-bundler.js';
import naive from 'naive-ui';

const DIAL = [['CA', '🇨🇦 +1'], ['US', '🇺🇸 +1'], ['MX', '🇲🇽 +52'], ['GB', '🇬🇧 +44'], ['DE', '🇩🇪 +49'], ['IN', '🇮🇳 +91'], ['JP', '🇯🇵 +81']];
const city = (label, value) => ({ label, value });
const PLACES = [
  { label: 'Canada', value: 'ca', children: [
    { label: 'British Columbia', value: 'ca-bc', children: [city('Vancouver', 'ca-bc-van'), city('Victoria', 'ca-bc-vic')] },
    { label: 'Ontario', value: 'ca-on', children: [city('Ottawa', 'ca-on-ott'), city('Toronto', 'ca-on-tor')] },
  ] },
  { label: 'Mexico', value: 'mx', children: [
    { label: 'Baja California', value: 'mx-bc', children: [city('Mexicali', 'mx-bc-mxl'), city('Tijuana', 'mx-bc-tij')] },
  ] },
  { label: 'United States', value: 'us', children: [
    { label: 'California', value: 'us-ca', children: [city('Los Angeles', 'us-ca-la'), city('Oakland', 'us-ca-oak'), city('Sacramento', 'us-ca-sac'), city('San Diego', 'us-ca-sd'), city('San Francisco', 'us-ca-sf'), city('San Jose', 'us-ca-sj'), city('South San Francisco', 'us-ca-ssf')] },
    { label: 'New York', value: 'us-ny', children: [city('Buffalo', 'us-ny-buf'), city('New York City', 'us-ny-nyc')] },
    { label: 'Oregon', value: 'us-or', children: [city('Portland', 'us-or-pdx'), city('Salem', 'us-or-sle')] },
    { label: 'Washington', value: 'us-wa', children: [city('Seattle', 'us-wa-sea'), city('Spokane', 'us-wa-geg')] },
  ] },
];
const DEGREES = [['hs', 'High school'], ['assoc', 'Associate'], ['ba', "Bachelor's"], ['ma', "Master's"], ['phd', 'Doctorate']];
const TEAMS = [
  { label: 'Data Platform', key: 'platform', children: [{ label: 'Ingestion', key: 'ingestion' }, { label: 'Warehouse', key: 'warehouse' }] },
  { label: 'Rider Analytics', key: 'rider', children: [{ label: 'Ridership forecasting', key: 'forecast' }, { label: 'Fare data', key: 'fares' }] },
];
const OFFICES = ['Oakland', 'Portland', 'Seattle', 'Remote (US)'].map((o) => ({ label: o, value: o }));
const SOURCES = ['LinkedIn', 'Transit job board', 'A friend', 'Conference', 'Other'].map((s) => ({ label: s, value: s }));

export function mountApplication(posting) {
  const App = {
    setup() {
      const formRef = ref(null);
      const answers = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'switch' ? false : null]));
      const form = reactive({
        firstName: '', lastName: '', email: '', dialCode: null, phone: '', location: null, linkedin: '',
        employer: '', jobTitle: '', years: null, degree: null, school: '', graduation: null, skills: [], teams: [],
        authorized: false, sponsorship: false, startDate: null, salary: null, resume: null, coverLetter: '',
        offices: [], answers, source: null, consent: false,
      });
      const rules = {
        firstName: { required: true, message: 'Enter your first name', trigger: 'blur' },
        lastName: { required: true, message: 'Enter your last name', trigger: 'blur' },
        email: { required: true, message: 'Enter your email', trigger: 'blur' },
        phone: { required: true, message: 'Enter your phone number', trigger: 'blur' },
        location: { required: true, message: 'Choose where you live', trigger: 'change' },
        resume: { required: true, message: 'Attach your resume', trigger: 'change' },
        consent: { validator: (_, v) => (v ? true : new Error('Please accept the privacy notice')), trigger: 'change' },
      };
      const pad = (n) => String(n).padStart(2, '0');
      const iso = (ts, month) => { if (typeof ts !== 'number') return ts; const d = new Date(ts); return month ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}` : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };
      const model = () => JSON.stringify({ ...form, startDate: iso(form.startDate), graduation: iso(form.graduation, true), search: search.value, news: news.value });
      const formatUsd = (v) => (v === null || v === undefined ? '' : Number(v).toLocaleString('en-US'));
      const parseUsd = (s) => { const n = Number(String(s).replace(/[^0-9.]/g, '')); return s === '' || Number.isNaN(n) ? null : n; };
      const fileInput = ref(null);
      const pickResume = () => fileInput.value.click();
      const onResume = (e) => { form.resume = e.target.files[0]?.name ?? null; };
      const sent = ref(false);
      const onSubmit = () => formRef.value.validate((errors) => { if (!errors) sent.value = true; });
      const search = ref('');
      const news = ref('');
      const opts = (pairs) => pairs.map(([value, label]) => ({ value, label }));
      return {
        formRef, form, rules, model, formatUsd, parseUsd, fileInput, pickResume, onResume, sent, onSubmit, search, news, posting, opts,
        DIAL: opts(DIAL), PLACES, DEGREES, TEAMS, OFFICES, SOURCES,
      };
    },
    template: `
<n-config-provider>
  <header class="site-header">
    <strong>TALLOWBROOK TRANSIT LABS</strong>
    <n-input v-model:value="search" placeholder="Search open roles" clearable style="width: 240px" :input-props="{ id: 'tb-search', 'aria-label': 'Search open roles' }"></n-input>
  </header>
  <main class="page">
    <p class="where">{{ posting.team }} · {{ posting.where }}</p>
    <h1>{{ posting.title }}</h1>
    <p>{{ posting.intro }}</p>
    <n-form ref="formRef" :model="form" :rules="rules" label-placement="top" require-mark-placement="right-hanging" @submit.prevent="onSubmit">
      <h2>About you</h2>
      <div class="row">
        <n-form-item label="First name" path="firstName"><n-input v-model:value="form.firstName" placeholder="" :input-props="{ id: 'tb-first', autocomplete: 'given-name' }"></n-input></n-form-item>
        <n-form-item label="Last name" path="lastName"><n-input v-model:value="form.lastName" placeholder="" :input-props="{ id: 'tb-last', autocomplete: 'family-name' }"></n-input></n-form-item>
      </div>
      <n-form-item label="Email address" path="email"><n-input v-model:value="form.email" placeholder="" :input-props="{ id: 'tb-email', type: 'email' }"></n-input></n-form-item>
      <n-form-item label="Mobile number" path="phone">
        <n-input-group>
          <div id="tb-dial" style="width: 130px"><n-select v-model:value="form.dialCode" :options="DIAL" placeholder="Code" :consistent-menu-width="false"></n-select></div>
          <n-input v-model:value="form.phone" placeholder="" :input-props="{ id: 'tb-phone', type: 'tel' }"></n-input>
        </n-input-group>
      </n-form-item>
      <n-form-item label="Where do you live?" path="location">
        <div id="tb-location" style="width: 100%"><n-cascader v-model:value="form.location" :options="PLACES" filterable check-strategy="child" placeholder="Country / State / City"></n-cascader></div>
      </n-form-item>
      <n-form-item label="LinkedIn URL"><n-input v-model:value="form.linkedin" placeholder="" :input-props="{ id: 'tb-linkedin' }"></n-input></n-form-item>

      <h2>Experience and education</h2>
      <div class="row">
        <n-form-item label="Current employer"><n-input v-model:value="form.employer" placeholder="" :input-props="{ id: 'tb-employer' }"></n-input></n-form-item>
        <n-form-item label="Current job title"><n-input v-model:value="form.jobTitle" placeholder="" :input-props="{ id: 'tb-title' }"></n-input></n-form-item>
      </div>
      <n-form-item :label="posting.yearsLabel">
        <n-input-number v-model:value="form.years" :min="0" :max="40" button-placement="both" placeholder="0" style="width: 180px" :input-props="{ id: 'tb-years' }"></n-input-number>
      </n-form-item>
      <n-form-item label="Highest degree">
        <n-radio-group v-model:value="form.degree" name="degree" id="tb-degree">
          <n-radio-button v-for="[value, label] in DEGREES" :key="value" :value="value" :label="label"></n-radio-button>
        </n-radio-group>
      </n-form-item>
      <div class="row">
        <n-form-item label="School"><n-input v-model:value="form.school" placeholder="" :input-props="{ id: 'tb-school' }"></n-input></n-form-item>
        <n-form-item label="Graduation (month and year)">
          <div id="tb-graduation" style="width: 100%"><n-date-picker v-model:value="form.graduation" type="month" format="MM/yyyy" clearable placeholder="MM/YYYY" style="width: 100%"></n-date-picker></div>
        </n-form-item>
      </div>
      <n-form-item label="Skills">
        <div id="tb-skills"><n-dynamic-tags v-model:value="form.skills"></n-dynamic-tags></div>
      </n-form-item>
      <n-form-item label="Teams you'd like to be considered for">
        <div id="tb-teams" style="width: 100%"><n-tree-select v-model:value="form.teams" :options="TEAMS" multiple checkable cascade placeholder="Select teams" clearable></n-tree-select></div>
      </n-form-item>

      <h2>Eligibility and availability</h2>
      <div class="switch-row">
        <n-switch v-model:value="form.authorized" id="tb-authorized"></n-switch>
        <span id="tb-authorized-label" @click="form.authorized = !form.authorized">I am legally authorized to work in the United States</span>
      </div>
      <div class="switch-row">
        <n-switch v-model:value="form.sponsorship" id="tb-sponsorship"></n-switch>
        <span id="tb-sponsorship-label" @click="form.sponsorship = !form.sponsorship">I will need Tallowbrook to sponsor a work visa, now or in the future</span>
      </div>
      <div class="row">
        <n-form-item label="Earliest start date">
          <div id="tb-start" style="width: 100%"><n-date-picker v-model:value="form.startDate" type="date" format="MM/dd/yyyy" clearable placeholder="MM/DD/YYYY" style="width: 100%"></n-date-picker></div>
        </n-form-item>
        <n-form-item label="Desired annual base salary">
          <n-input-number v-model:value="form.salary" :show-button="false" :format="formatUsd" :parse="parseUsd" placeholder="" style="width: 100%" :input-props="{ id: 'tb-salary' }">
            <template #prefix>$</template>
          </n-input-number>
        </n-form-item>
      </div>
      <n-form-item label="Preferred offices">
        <div id="tb-offices" style="width: 100%"><n-select v-model:value="form.offices" multiple :options="OFFICES" placeholder="Select any"></n-select></div>
      </n-form-item>

      <h2>Resume and cover letter</h2>
      <n-form-item label="Resume" path="resume">
        <div id="tb-resume">
          <input ref="fileInput" id="tb-resume-input" type="file" name="resume" accept=".pdf,.doc,.docx" class="visually-hidden" tabindex="-1" @change="onResume">
          <n-button @click="pickResume">Upload resume</n-button>
          <span class="file-name" v-if="form.resume">{{ form.resume }}</span>
          <div class="hint">PDF or Word, up to 5 MB</div>
        </div>
      </n-form-item>
      <n-form-item label="Cover letter">
        <n-input v-model:value="form.coverLetter" type="textarea" :autosize="{ minRows: 4 }" placeholder="" :input-props="{ id: 'tb-cover' }"></n-input>
      </n-form-item>

      <h2 v-if="posting.questions.length">A few questions from the team</h2>
      <template v-for="q in posting.questions" :key="q.key">
        <div v-if="q.type === 'switch'" class="switch-row">
          <n-switch v-model:value="form.answers[q.key]" :id="'tb-' + q.key"></n-switch>
          <span :id="'tb-' + q.key + '-label'" @click="form.answers[q.key] = !form.answers[q.key]">{{ q.label }}</span>
        </div>
        <n-form-item v-else :label="q.label">
          <n-radio-group v-if="q.type === 'radio'" v-model:value="form.answers[q.key]" :name="q.key" :id="'tb-' + q.key">
            <n-space><n-radio v-for="[value, label] in q.options" :key="value" :value="value">{{ label }}</n-radio></n-space>
          </n-radio-group>
          <n-radio-group v-else-if="q.type === 'buttons'" v-model:value="form.answers[q.key]" :name="q.key" :id="'tb-' + q.key">
            <n-radio-button v-for="[value, label] in q.options" :key="value" :value="value" :label="label"></n-radio-button>
          </n-radio-group>
          <div v-else-if="q.type === 'select'" :id="'tb-' + q.key" style="width: 100%"><n-select v-model:value="form.answers[q.key]" :options="opts(q.options)" placeholder="Please select"></n-select></div>
          <n-input v-else v-model:value="form.answers[q.key]" :type="q.type === 'textarea' ? 'textarea' : 'text'" placeholder="" :input-props="{ id: 'tb-' + q.key }"></n-input>
        </n-form-item>
      </template>

      <h2>Almost done</h2>
      <n-form-item label="How did you hear about us?">
        <div id="tb-source" style="width: 100%"><n-select v-model:value="form.source" :options="SOURCES" placeholder="Please select" clearable></n-select></div>
      </n-form-item>
      <n-form-item path="consent" :show-label="false">
        <n-checkbox v-model:checked="form.consent" id="tb-consent">I have read the Tallowbrook applicant privacy notice</n-checkbox>
      </n-form-item>
      <n-button attr-type="submit" type="primary" id="tb-submit">Submit application</n-button>
      <p v-if="sent" id="tb-sent">Thanks! Your application is in.</p>
    </n-form>
    <pre id="model">{{ model() }}</pre>
  </main>
  <footer class="site-footer">
    <span>Transit data, monthly</span>
    <n-input v-model:value="news" placeholder="you@example.com" style="width: 240px" :input-props="{ id: 'tb-news', 'aria-label': 'Newsletter email' }"></n-input>
    <n-button>Subscribe</n-button>
  </footer>
</n-config-provider>`,
  };
  createApp(App).use(naive).mount('#root');
}
