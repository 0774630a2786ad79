/*
 * Pellridge Clinical Data (a clinical-trials analytics company) careers page: Vue 3 +
 * ant-design-vue 4, shared by its postings (`renderApplication(posting)`). The Select variants the
 * antdv docs show: a dial-code Select with `option-label-prop` (the list reads "🇨🇦 Canada +1", the
 * box "🇨🇦 +1"), a **remote search** Select (`:filter-option="false"`, debounced fetch, each option
 * a city with the country as a grey sublabel in the option slot), a showSearch Select of countries in
 * `a-select-opt-group`s, `mode="multiple"` languages (left alone), AutoComplete employer, radio
 * groups drawn as buttons (`option-type="button"`), a Select of sponsorship sentences, an
 * InputNumber formatted "$ 150,000", a DatePicker "MM/DD/YYYY" (value-format YYYY-MM-DD), an Upload
 * that keeps the file in its list (`before-upload` returns false), and an email the server checks on
 * blur (a-form-item `has-feedback`, validating spinner, 500 ms). The form model goes to
 * <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import Antd from 'ant-design-vue';

const DIAL = [
  { value: 'CA', label: '🇨🇦 +1', text: '🇨🇦 Canada +1' }, { value: 'US', label: '🇺🇸 +1', text: '🇺🇸 United States +1' },
  { value: 'MX', label: '🇲🇽 +52', text: '🇲🇽 Mexico +52' }, { value: 'GB', label: '🇬🇧 +44', text: '🇬🇧 United Kingdom +44' },
  { value: 'IE', label: '🇮🇪 +353', text: '🇮🇪 Ireland +353' }, { value: 'IN', label: '🇮🇳 +91', text: '🇮🇳 India +91' },
];
const CITIES = [
  ['sf-us', 'San Francisco, California', 'United States'], ['ssf-us', 'South San Francisco, California', 'United States'],
  ['sfm-do', 'San Francisco de Macorís', 'Dominican Republic'], ['sfr-mx', 'San Francisco del Rincón, Guanajuato', 'Mexico'],
  ['sj-us', 'San Jose, California', 'United States'], ['sd-us', 'San Diego, California', 'United States'],
  ['oak-us', 'Oakland, California', 'United States'], ['sea-us', 'Seattle, Washington', 'United States'],
  ['bos-us', 'Boston, Massachusetts', 'United States'], ['rdu-us', 'Durham, North Carolina', 'United States'],
  ['tor-ca', 'Toronto, Ontario', 'Canada'], ['dub-ie', 'Dublin', 'Ireland'],
];
const COUNTRY_GROUPS = [
  ['Americas', [['CA', '🇨🇦 Canada'], ['MX', '🇲🇽 Mexico'], ['US', '🇺🇸 United States'], ['VI', '🇻🇮 U.S. Virgin Islands']]],
  ['Europe', [['IE', '🇮🇪 Ireland'], ['DE', '🇩🇪 Germany'], ['GB', '🇬🇧 United Kingdom']]],
  ['Asia-Pacific', [['AU', '🇦🇺 Australia'], ['IN', '🇮🇳 India'], ['SG', '🇸🇬 Singapore']]],
];
const EMPLOYERS = ['IQVIA', 'Medidata', 'Veeva Systems', 'Parexel', 'ICON plc', 'Flatiron Health', 'Genentech', 'Pfizer', 'Syneos Health'];
const DEGREES = ['High school or equivalent', 'Associate', "Bachelor's (BA/BS)", "Master's (MA/MS/MPH)", 'Doctorate (PhD/PharmD/MD)'];
const LANGUAGES = ['English', 'Spanish', 'French', 'German', 'Mandarin', 'Japanese', 'Hindi', 'Portuguese', 'Other'];
const HEARD = ['LinkedIn', 'Pellridge website', 'Referral', 'Conference (DIA, SCDM)', 'Indeed', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'Decline to self-identify'];
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to self-identify'];

export function renderApplication(posting) {
  const App = {
    setup() {
      const blank = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'multi' ? [] : null]));
      const form = reactive({
        fullName: '', preferredName: '', email: '', dialCode: null, phone: '', location: null, country: null,
        employer: '', jobTitle: '', years: null, degree: null, languages: [], linkedin: '', website: '',
        authorized: null, sponsorship: null, salary: null, startDate: null, resume: [], coverLetter: '',
        ...blank, heard: null, gender: null, race: null, consent: false,
      });
      const search = ref('');
      const newsletter = ref('');
      const sent = ref(false);
      const places = ref([]);
      const fetching = ref(false);
      let timer = null;
      const searchPlaces = (text) => {
        clearTimeout(timer);
        if (!text || text.length < 2) { places.value = []; return; }
        fetching.value = true;
        timer = setTimeout(() => {
          const n = text.toLowerCase();
          places.value = CITIES.filter(([, city, country]) => `${city}, ${country}`.toLowerCase().includes(n))
            .map(([value, city, country]) => ({ value, label: `${city}, ${country}`, city, country }));
          fetching.value = false;
        }, 300);
      };
      const emailRule = {
        trigger: 'blur',
        validator: (_rule, value) => new Promise((resolve, reject) => setTimeout(() => {
          if (!value) reject(new Error('Please enter your email'));
          else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) reject(new Error('That does not look like an email address'));
          else resolve();
        }, 500)),
      };
      const rules = {
        fullName: [{ required: true, message: 'Please enter your name', trigger: 'blur' }],
        email: [emailRule],
        authorized: [{ required: true, message: 'Please answer', trigger: 'change' }],
        sponsorship: [{ required: true, message: 'Please answer', trigger: 'change' }],
        consent: [{ validator: (_r, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please confirm'))), trigger: 'change' }],
      };
      const model = () => JSON.stringify({ ...form, resume: form.resume.map((f) => f.name), search: search.value, newsletter: newsletter.value }, null, 1);
      const filterCountry = (input, option) => String(option.label ?? '').toLowerCase().includes(input.toLowerCase());
      const employerOptions = () => EMPLOYERS.filter((e) => e.toLowerCase().includes(String(form.employer).toLowerCase())).map((value) => ({ value }));
      return { form, search, newsletter, sent, places, fetching, searchPlaces, rules, model, filterCountry, employerOptions, posting, DIAL, COUNTRY_GROUPS, DEGREES, LANGUAGES, HEARD, GENDER, RACE, beforeUpload: () => false };
    },
    template: `
<a-config-provider>
<header class="pr-top">
  <span class="pr-logo">Pellridge</span>
  <nav><a href="#">Solutions</a><a href="#">Research</a><a href="#">Careers</a></nav>
  <a-input-search v-model:value="search" id="pr-search" placeholder="Search careers" style="width: 240px" />
</header>
<main class="pr-main">
  <h1>{{ posting.title }}</h1>
  <p class="pr-meta">{{ posting.meta }}</p>
  <p>{{ posting.blurb }}</p>
  <p v-if="sent" id="pr-done" class="pr-done">Thank you — your application for {{ posting.title }} was received.</p>
  <a-form v-else name="apply" layout="vertical" :model="form" :rules="rules" @finish="sent = true">
    <h2>About you</h2>
    <a-row :gutter="16">
      <a-col :span="14"><a-form-item label="Full legal name" name="fullName"><a-input v-model:value="form.fullName" /></a-form-item></a-col>
      <a-col :span="10"><a-form-item label="Preferred name (optional)" name="preferredName"><a-input v-model:value="form.preferredName" /></a-form-item></a-col>
    </a-row>
    <a-form-item label="Email" name="email" has-feedback><a-input v-model:value="form.email" /></a-form-item>
    <a-form-item label="Phone number">
      <a-input-group compact>
        <a-form-item-rest>
          <a-select v-model:value="form.dialCode" id="apply_dialCode" class="pr-dialCode" placeholder="Code" style="width: 110px" option-label-prop="label" :dropdown-match-select-width="220">
            <a-select-option v-for="d in DIAL" :key="d.value" :value="d.value" :label="d.label">{{ d.text }}</a-select-option>
          </a-select>
        </a-form-item-rest>
        <a-input v-model:value="form.phone" id="apply_phone" placeholder="555 123 4567" style="width: calc(100% - 110px)" />
      </a-input-group>
    </a-form-item>
    <a-form-item label="Current location" name="location" extra="Start typing your city">
      <a-select v-model:value="form.location" class="pr-location" show-search allow-clear placeholder="City" :filter-option="false" :not-found-content="fetching ? 'Searching…' : 'No matching places'" :options="places" @search="searchPlaces">
        <template #option="{ city, country }"><div class="pr-place">{{ city }}<span class="pr-sub">{{ country }}</span></div></template>
      </a-select>
    </a-form-item>
    <a-form-item label="Country of residence" name="country">
      <a-select v-model:value="form.country" class="pr-country" show-search placeholder="Select a country" :filter-option="filterCountry">
        <a-select-opt-group v-for="[region, list] in COUNTRY_GROUPS" :key="region" :label="region">
          <a-select-option v-for="[code, name] in list" :key="code" :value="code" :label="name">{{ name }}</a-select-option>
        </a-select-opt-group>
      </a-select>
    </a-form-item>
    <h2>Experience</h2>
    <a-row :gutter="16">
      <a-col :span="12"><a-form-item label="Current or most recent employer" name="employer"><a-auto-complete v-model:value="form.employer" :options="employerOptions()" placeholder="Company" /></a-form-item></a-col>
      <a-col :span="12"><a-form-item label="Job title" name="jobTitle"><a-input v-model:value="form.jobTitle" /></a-form-item></a-col>
    </a-row>
    <a-form-item label="Years of professional experience" name="years">
      <a-radio-group v-model:value="form.years" option-type="button" button-style="solid" name="years" :options="['0–1', '2–4', '5–7', '8–11', '12+']" />
    </a-form-item>
    <a-row :gutter="16">
      <a-col :span="12"><a-form-item label="Highest degree" name="degree"><a-select v-model:value="form.degree" class="pr-degree" placeholder="Select" :options="DEGREES.map((value) => ({ value }))" /></a-form-item></a-col>
      <a-col :span="12"><a-form-item label="Languages you speak" name="languages"><a-select v-model:value="form.languages" class="pr-languages" mode="multiple" placeholder="Select all that apply" :options="LANGUAGES.map((value) => ({ value }))" /></a-form-item></a-col>
    </a-row>
    <a-row :gutter="16">
      <a-col :span="12"><a-form-item label="LinkedIn" name="linkedin"><a-input v-model:value="form.linkedin" placeholder="https://" /></a-form-item></a-col>
      <a-col :span="12"><a-form-item label="Personal website" name="website"><a-input v-model:value="form.website" placeholder="https://" /></a-form-item></a-col>
    </a-row>
    <h2>Eligibility</h2>
    <a-form-item label="Are you authorized to work in the US for any employer?" name="authorized">
      <a-radio-group v-model:value="form.authorized" option-type="button" name="authorized" :options="[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]" />
    </a-form-item>
    <a-form-item label="Sponsorship" name="sponsorship" extra="Now or in the future, will you need Pellridge to sponsor an employment visa?">
      <a-select v-model:value="form.sponsorship" class="pr-sponsorship" placeholder="Select" :options="[{ value: 'yes', label: 'Yes — I will need sponsorship' }, { value: 'no', label: 'No — I will not need sponsorship' }, { value: 'unsure', label: 'Not sure yet' }]" />
    </a-form-item>
    <a-row :gutter="16">
      <a-col :span="12"><a-form-item label="Expected base salary" name="salary">
        <a-input-number v-model:value="form.salary" style="width: 100%" :min="0" :step="1000" :controls="false"
          :formatter="(v) => v === '' || v == null ? '' : '$ ' + String(v).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',')"
          :parser="(v) => String(v).replace(/\\$\\s?|(,*)/g, '')" addon-after="per year" />
      </a-form-item></a-col>
      <a-col :span="12"><a-form-item label="Available from" name="startDate">
        <a-date-picker v-model:value="form.startDate" style="width: 100%" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" />
      </a-form-item></a-col>
    </a-row>
    <h2>Documents</h2>
    <a-form-item label="Resume" name="resume" extra="PDF or DOCX">
      <a-upload v-model:file-list="form.resume" :before-upload="beforeUpload" :max-count="1" accept=".pdf,.doc,.docx" class="pr-resume">
        <a-button>Select file</a-button>
      </a-upload>
    </a-form-item>
    <a-form-item label="Cover letter" name="coverLetter"><a-textarea v-model:value="form.coverLetter" :rows="5" show-count :maxlength="3000" /></a-form-item>
    <h2>Questions for this role</h2>
    <template v-for="q in posting.questions" :key="q.key">
      <a-form-item v-if="q.type === 'buttons'" :label="q.label" :name="q.key"><a-radio-group v-model:value="form[q.key]" option-type="button" :name="q.key" :options="q.options" /></a-form-item>
      <a-form-item v-else-if="q.type === 'radio'" :label="q.label" :name="q.key"><a-radio-group v-model:value="form[q.key]" :name="q.key" :options="q.options" /></a-form-item>
      <a-form-item v-else-if="q.type === 'select'" :label="q.label" :name="q.key"><a-select v-model:value="form[q.key]" :class="'pr-' + q.key" placeholder="Select" :options="q.options.map((value) => ({ value }))" /></a-form-item>
      <a-form-item v-else-if="q.type === 'multi'" :label="q.label" :name="q.key"><a-select v-model:value="form[q.key]" :class="'pr-' + q.key" mode="multiple" placeholder="Select all that apply" :options="q.options.map((value) => ({ value }))" /></a-form-item>
      <a-form-item v-else-if="q.type === 'textarea'" :label="q.label" :name="q.key"><a-textarea v-model:value="form[q.key]" :rows="3" /></a-form-item>
      <a-form-item v-else :label="q.label" :name="q.key" :extra="q.help"><a-input v-model:value="form[q.key]" /></a-form-item>
    </template>
    <h2>Voluntary self-identification</h2>
    <a-form-item label="How did you hear about Pellridge?" name="heard"><a-select v-model:value="form.heard" class="pr-heard" placeholder="Select" :options="HEARD.map((value) => ({ value }))" /></a-form-item>
    <a-row :gutter="16">
      <a-col :span="12"><a-form-item label="Gender" name="gender"><a-select v-model:value="form.gender" class="pr-gender" placeholder="Select" :options="GENDER.map((value) => ({ value }))" /></a-form-item></a-col>
      <a-col :span="12"><a-form-item label="Race / ethnicity" name="race"><a-select v-model:value="form.race" class="pr-race" placeholder="Select" :options="RACE.map((value) => ({ value }))" /></a-form-item></a-col>
    </a-row>
    <a-form-item name="consent"><a-checkbox v-model:checked="form.consent" id="apply_consent">I agree to Pellridge processing my data for recruiting, as described in the candidate privacy notice</a-checkbox></a-form-item>
    <a-button type="primary" html-type="submit" id="pr-submit" size="large">Submit application</a-button>
  </a-form>
</main>
<footer class="pr-foot">
  <span>Trial data digest, monthly:</span>
  <a-input v-model:value="newsletter" id="pr-newsletter" placeholder="Email address" style="width: 240px" />
  <a-button>Sign up</a-button>
</footer>
<pre id="model">{{ model() }}</pre>
</a-config-provider>`,
  };
  createApp(App).use(Antd).mount('#app');
}
