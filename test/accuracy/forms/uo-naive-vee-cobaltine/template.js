/*
 * Cobaltine Energy careers (a battery-materials startup in Fremont, CA): a Vue 3 page on Naive UI
 * (installed as the whole plugin) with VeeValidate's useForm + defineField holding the values and
 * feeding each n-form-item's feedback, the way Naive's docs suggest for an external validator. The
 * n-form-item labels are <label> elements without `for`. Naive pieces: n-input, an n-select for the
 * dial code preset "+86" (the founders' Shenzhen team set it) beside the phone, a filterable
 * n-select of countries, n-auto-complete for the city, n-radio-group of n-radio-buttons for
 * experience, an n-select for the degree, n-radio-groups for authorization / sponsorship,
 * n-input-number with a "$" / thousands format, n-date-picker "MM/dd/yyyy", an n-upload (default
 * upload off) behind a button, n-dynamic-tags skills, n-checkbox-group shifts, n-switch, n-checkbox
 * consent, a header search and a footer newsletter. Each posting brings its title and questions.
 */
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import naive from 'naive-ui';
import { useForm } from 'vee-validate';

const DIAL = [['+86', '🇨🇳 +86'], ['+852', '🇭🇰 +852'], ['+1-CA', '🇨🇦 +1'], ['+1', '🇺🇸 +1'], ['+44', '🇬🇧 +44'], ['+49', '🇩🇪 +49'], ['+82', '🇰🇷 +82'], ['+81', '🇯🇵 +81']];
const COUNTRIES = ['Canada', 'China', 'Germany', 'Hong Kong SAR', 'Japan', 'Mexico', 'South Korea', 'United Kingdom', 'United States', 'U.S. Virgin Islands'];
const CITIES = ['Fremont', 'Oakland', 'Palo Alto', 'San Francisco', 'San Jose', 'San Leandro', 'South San Francisco', 'Sunnyvale', 'Shenzhen'];
const YEARS = [['0-3', '0–3'], ['4-6', '4–6'], ['7-9', '7–9'], ['10+', '10+']];
const DEGREES = [['hs', 'High school'], ['assoc', 'Associate'], ['bs', 'Bachelor (BS/BA)'], ['ms', 'Master (MS/MEng/MBA)'], ['phd', 'PhD']];
const SOURCES = ['LinkedIn', 'Handshake', 'A friend at Cobaltine', 'Battery Show', 'Other'];

const req = (v) => (v === null || v === undefined || v === '' || v === false ? 'Required' : true);

export function mountApplication(posting) {
  const App = {
    setup() {
      const answerDefaults = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'checkboxes' ? [] : null]));
      const { values, defineField, errors, handleSubmit } = useForm({
        initialValues: {
          firstName: '', lastName: '', email: '', dialCode: '+86', phone: '', city: '', country: null, linkedin: '', employer: '', jobTitle: '',
          years: null, degree: null, authorized: null, sponsorship: null, salary: null, startDate: null, resume: null, coverLetter: '',
          skills: [], answers: answerDefaults, source: null, veteran: null, updates: false, consent: false,
        },
        validationSchema: { firstName: req, lastName: req, email: req, phone: req, resume: req, consent: req },
      });
      const names = ['firstName', 'lastName', 'email', 'dialCode', 'phone', 'city', 'country', 'linkedin', 'employer', 'jobTitle', 'years', 'degree', 'authorized', 'sponsorship', 'salary', 'startDate', 'resume', 'coverLetter', 'skills', 'source', 'veteran', 'updates', 'consent'];
      const f = {};
      for (const name of names) f[name] = defineField(name)[0];
      const a = {};
      for (const q of posting.questions) a[q.key] = defineField(`answers.${q.key}`)[0];
      const onUpload = ({ fileList }) => { f.resume.value = fileList[0]?.name ?? null; };
      const formatUsd = (v) => (v === null || v === undefined ? '' : `$${Number(v).toLocaleString('en-US')}`);
      const parseUsd = (s) => { const n = Number(String(s).replace(/[^0-9.]/g, '')); return s === '' || Number.isNaN(n) ? null : n; };
      const pad = (n) => String(n).padStart(2, '0');
      const iso = (ts) => { if (typeof ts !== 'number') return ts; const d = new Date(ts); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };
      const model = () => JSON.stringify({ ...values, startDate: iso(values.startDate) });
      const sent = ref(false);
      const onSubmit = handleSubmit(() => { sent.value = true; });
      const search = ref('');
      const news = ref('');
      const opts = (pairs) => pairs.map(([value, label]) => ({ value, label }));
      return {
        ...f, a, errors, onUpload, formatUsd, parseUsd, model, sent, onSubmit, search, news, posting, opts,
        DIAL: opts(DIAL), COUNTRIES: COUNTRIES.map((c) => ({ value: c, label: c })), CITY_OPTIONS: (v) => CITIES.filter((c) => c.toLowerCase().includes((v || '').toLowerCase())),
        YEARS, DEGREES: opts(DEGREES), SOURCES: SOURCES.map((s) => ({ value: s, label: s })),
      };
    },
    template: `
<n-config-provider>
  <header class="site-header">
    <strong>COBALTINE</strong>
    <n-input id="site-search" v-model:value="search" placeholder="Search jobs" clearable style="width: 240px" :input-props="{ id: 'site-search-input', 'aria-label': 'Search jobs' }"></n-input>
  </header>
  <main class="page">
    <h1>{{ posting.title }}</h1>
    <p class="where">{{ posting.where }}</p>
    <n-form id="apply" label-placement="top" @submit.prevent="onSubmit">
      <h2>Basics</h2>
      <div class="row">
        <n-form-item label="First name" required :feedback="errors.firstName" :validation-status="errors.firstName ? 'error' : undefined">
          <n-input v-model:value="firstName" :input-props="{ name: 'firstName' }" placeholder=""></n-input>
        </n-form-item>
        <n-form-item label="Last name" required :feedback="errors.lastName">
          <n-input v-model:value="lastName" :input-props="{ name: 'lastName' }" placeholder=""></n-input>
        </n-form-item>
      </div>
      <n-form-item label="Email" required :feedback="errors.email">
        <n-input v-model:value="email" :input-props="{ name: 'email', type: 'email' }" placeholder=""></n-input>
      </n-form-item>
      <n-form-item label="Phone" required :feedback="errors.phone">
        <n-input-group>
          <div id="f-dial" style="width: 120px"><n-select v-model:value="dialCode" :options="DIAL" :consistent-menu-width="false"></n-select></div>
          <n-input v-model:value="phone" :input-props="{ name: 'phone', type: 'tel' }" placeholder="Phone number"></n-input>
        </n-input-group>
      </n-form-item>
      <div class="row">
        <n-form-item label="City">
          <n-auto-complete v-model:value="city" :options="CITY_OPTIONS(city)" :input-props="{ name: 'city', autocomplete: 'off' }" placeholder=""></n-auto-complete>
        </n-form-item>
        <n-form-item label="Country">
          <div id="f-country" style="width: 100%"><n-select v-model:value="country" filterable :options="COUNTRIES" placeholder="Please select"></n-select></div>
        </n-form-item>
      </div>
      <n-form-item label="LinkedIn">
        <n-input v-model:value="linkedin" :input-props="{ name: 'linkedin' }" placeholder="https://www.linkedin.com/in/..."></n-input>
      </n-form-item>

      <h2>Experience</h2>
      <div class="row">
        <n-form-item label="Current company">
          <n-input v-model:value="employer" :input-props="{ name: 'employer' }" placeholder=""></n-input>
        </n-form-item>
        <n-form-item label="Current position">
          <n-input v-model:value="jobTitle" :input-props="{ name: 'jobTitle' }" placeholder=""></n-input>
        </n-form-item>
      </div>
      <n-form-item label="Years of industry experience">
        <n-radio-group v-model:value="years" name="years">
          <n-radio-button v-for="[value, label] in YEARS" :key="value" :value="value" :label="label"></n-radio-button>
        </n-radio-group>
      </n-form-item>
      <n-form-item label="Education">
        <div id="f-degree" style="width: 100%"><n-select v-model:value="degree" :options="DEGREES" placeholder="Highest degree"></n-select></div>
      </n-form-item>
      <n-form-item label="Are you legally authorized to work in the United States?">
        <n-radio-group v-model:value="authorized" name="authorized">
          <n-space><n-radio value="yes">Yes</n-radio><n-radio value="no">No</n-radio></n-space>
        </n-radio-group>
      </n-form-item>
      <n-form-item label="Do you now, or will you in the future, require sponsorship for an employment visa?">
        <n-radio-group v-model:value="sponsorship" name="sponsorship">
          <n-space><n-radio value="yes">Yes</n-radio><n-radio value="no">No</n-radio></n-space>
        </n-radio-group>
      </n-form-item>
      <div class="row">
        <n-form-item label="Salary expectation (annual)">
          <n-input-number v-model:value="salary" :show-button="false" :format="formatUsd" :parse="parseUsd" :input-props="{ name: 'salary' }" placeholder="$" style="width: 100%"></n-input-number>
        </n-form-item>
        <n-form-item label="Available from">
          <div id="f-start"><n-date-picker v-model:value="startDate" type="date" format="MM/dd/yyyy" clearable placeholder="MM/DD/YYYY" style="width: 100%"></n-date-picker></div>
        </n-form-item>
      </div>

      <h2>Resume</h2>
      <n-form-item label="Resume" required :feedback="errors.resume">
        <div id="f-resume">
          <n-upload :default-upload="false" :max="1" accept=".pdf,.doc,.docx" @change="onUpload">
            <n-button>Select file</n-button>
          </n-upload>
        </div>
      </n-form-item>
      <n-form-item label="Cover letter">
        <n-input v-model:value="coverLetter" type="textarea" :autosize="{ minRows: 4 }" :input-props="{ name: 'coverLetter' }" placeholder="Optional"></n-input>
      </n-form-item>
      <n-form-item label="Skills">
        <div id="f-skills"><n-dynamic-tags v-model:value="skills"></n-dynamic-tags></div>
      </n-form-item>

      <h2>About this role</h2>
      <template v-for="q in posting.questions" :key="q.key">
        <n-form-item :label="q.label">
          <n-radio-group v-if="q.type === 'radio'" v-model:value="a[q.key].value" :name="'answers.' + q.key">
            <n-space><n-radio v-for="[value, label] in q.options" :key="value" :value="value">{{ label }}</n-radio></n-space>
          </n-radio-group>
          <n-checkbox-group v-else-if="q.type === 'checkboxes'" v-model:value="a[q.key].value" :id="'f-' + q.key">
            <n-space><n-checkbox v-for="[value, label] in q.options" :key="value" :value="value" :label="label"></n-checkbox></n-space>
          </n-checkbox-group>
          <div v-else-if="q.type === 'select'" :id="'f-' + q.key" style="width: 100%"><n-select v-model:value="a[q.key].value" :options="opts(q.options)" placeholder="Please select"></n-select></div>
          <n-input v-else-if="q.type === 'textarea'" v-model:value="a[q.key].value" type="textarea" :input-props="{ name: 'answers.' + q.key }" :placeholder="q.placeholder || ''"></n-input>
          <n-input v-else v-model:value="a[q.key].value" :input-props="{ name: 'answers.' + q.key }" :placeholder="q.placeholder || ''"></n-input>
        </n-form-item>
      </template>

      <h2>Optional</h2>
      <n-form-item label="How did you hear about us?">
        <div id="f-source" style="width: 100%"><n-select v-model:value="source" :options="SOURCES" placeholder="Please select" clearable></n-select></div>
      </n-form-item>
      <n-form-item label="Protected veteran status">
        <n-radio-group v-model:value="veteran" name="veteran">
          <n-space vertical><n-radio value="yes">I am a protected veteran</n-radio><n-radio value="no">I am not a protected veteran</n-radio><n-radio value="decline">I don't wish to answer</n-radio></n-space>
        </n-radio-group>
      </n-form-item>
      <n-form-item label="Application updates by text message" label-placement="left">
        <n-switch v-model:value="updates" id="f-updates"></n-switch>
      </n-form-item>
      <n-checkbox v-model:checked="consent" id="f-consent">I consent to Cobaltine processing my data for recruiting.</n-checkbox>
      <div style="margin-top: 16px"><n-button attr-type="submit" type="primary" id="cb-submit">Submit</n-button></div>
      <p v-if="sent" id="cb-done">Submitted. We'll be in touch.</p>
    </n-form>
    <pre id="model">{{ model() }}</pre>
  </main>
  <footer class="site-footer">
    <span>Cobaltine newsletter</span>
    <n-input v-model:value="news" placeholder="Email" style="width: 240px" :input-props="{ id: 'newsletter-email', 'aria-label': 'Newsletter email' }"></n-input>
  </footer>
</n-config-provider>`,
  };
  createApp(App).use(naive).mount('#root');
}
