/*
 * Brindlewood Re (a London specialty insurer opening a US data hub) on Vue 3 + PrimeVue 4 (Aura).
 * The form keeps the London defaults: dial-code Select preset to "+44", salary InputNumber with a
 * currency Select preset to GBP and "per annum", DatePicker with dateFormat "dd/mm/yy", "Postcode"
 * wording. Country is a Select with filter and a virtual scroller over the 250 world-countries
 * (only the rows in view are in the DOM), school an AutoComplete with a dropdown button whose
 * suggestions come from its complete event, degree / years / notice plain Selects, yes/no as
 * RadioButtons, the CV through a basic FileUpload. Header search, cookie banner, footer newsletter.
 * The posting's text and its own questions come from posting.js; the form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import PrimeVue from 'primevue/config';
import Aura from '@primeuix/themes/aura';
import AutoComplete from 'primevue/autocomplete';
import Button from 'primevue/button';
import Checkbox from 'primevue/checkbox';
import DatePicker from 'primevue/datepicker';
import FileUpload from 'primevue/fileupload';
import InputNumber from 'primevue/inputnumber';
import InputText from 'primevue/inputtext';
import RadioButton from 'primevue/radiobutton';
import Select from 'primevue/select';
import Textarea from 'primevue/textarea';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => ({ name: c.name.common, code: c.cca2 })).sort((a, b) => a.name.localeCompare(b.name));
const DIAL = [
  { label: '🇬🇧 +44', code: 'GB' }, { label: '🇮🇪 +353', code: 'IE' }, { label: '🇨🇦 +1', code: 'CA' }, { label: '🇺🇸 +1', code: 'US' },
  { label: '🇧🇲 +1 441', code: 'BM' }, { label: '🇫🇷 +33', code: 'FR' }, { label: '🇩🇪 +49', code: 'DE' }, { label: '🇮🇳 +91', code: 'IN' },
];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Berkeley Extension', 'University of California, Irvine', 'University of Cambridge', 'University of Oxford', 'University College London', 'Imperial College London', 'London School of Economics', 'University of Edinburgh', 'University of Warwick', 'Boston University', 'Stanford University', 'Columbia University'];
const DEGREES = ['GCSEs / A-levels or equivalent', 'HND / Foundation degree', "Bachelor's degree (BA / BSc)", "Master's degree (MA / MSc / MBA)", 'Doctorate (PhD)'];

const App = {
  components: { AutoComplete, Button, Checkbox, DatePicker, FileUpload, InputNumber, InputText, RadioButton, Select, Textarea },
  setup() {
    const answers = Object.fromEntries(posting.questions.map((q) => [q.key, null]));
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: 'GB', phone: '', country: null, city: '', state: '', postcode: '',
      linkedin: '', cv: [], school: '', degree: null, years: null, employer: '', jobTitle: '',
      rightToWork: null, sponsorship: null, startDate: null, notice: null, salary: null, currency: 'GBP', period: 'per annum',
      ...answers, coverLetter: '', source: null, ethnicity: null, consent: false,
    });
    const schoolSuggestions = ref([]);
    const completeSchool = (event) => {
      setTimeout(() => {
        const q = (event.query || '').toLowerCase().trim();
        schoolSuggestions.value = q ? SCHOOLS.filter((s) => s.toLowerCase().includes(q)) : [...SCHOOLS];
      }, 250);
    };
    const onCv = (event) => { form.cv = event.files.map((f) => f.name); };
    const search = ref('');
    const newsletter = ref('');
    const cookies = ref(true);
    const sent = ref(false);
    const iso = (d) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d);
    const model = () => JSON.stringify({ ...form, startDate: iso(form.startDate), search: search.value, newsletter: newsletter.value }, null, 1);
    const submit = () => { if (form.consent && form.email && form.cv.length) sent.value = true; };
    return { form, schoolSuggestions, completeSchool, onCv, search, newsletter, cookies, sent, model, submit, posting, COUNTRIES, DIAL, DEGREES };
  },
  template: `
    <header class="bw-header">
      <strong>BRINDLEWOOD RE</strong><span>Careers</span>
      <span class="p-input-icon-left"><InputText v-model="search" id="bw-search" placeholder="Search vacancies" aria-label="Search vacancies" size="small" /></span>
    </header>
    <main class="bw-main">
      <p class="bw-crumb">{{ posting.team }} · {{ posting.where }} · Ref {{ posting.ref }}</p>
      <h1>{{ posting.title }}</h1>
      <p v-for="p in posting.about" :key="p">{{ p }}</p>
      <section v-if="sent" id="bw-sent" class="bw-card"><h2>Thank you for applying</h2><p>We'll be in touch within ten working days.</p></section>
      <form v-else id="bw-form" class="bw-card" @submit.prevent="submit" novalidate>
        <h2>About you</h2>
        <div class="bw-row">
          <div class="bw-field"><label for="bw-first">First name *</label><InputText id="bw-first" v-model="form.firstName" name="firstName" autocomplete="given-name" /></div>
          <div class="bw-field"><label for="bw-last">Surname *</label><InputText id="bw-last" v-model="form.lastName" name="lastName" autocomplete="family-name" /></div>
        </div>
        <div class="bw-field"><label for="bw-email">Email address *</label><InputText id="bw-email" v-model="form.email" name="email" type="email" /></div>
        <div class="bw-row">
          <div class="bw-field bw-dial"><label for="bw-dial">Dialling code</label><Select v-model="form.dialCode" inputId="bw-dial" :options="DIAL" optionLabel="label" optionValue="code" filter filterPlaceholder="Search" /></div>
          <div class="bw-field"><label for="bw-phone">Mobile number *</label><InputText id="bw-phone" v-model="form.phone" name="phone" type="tel" placeholder="07700 900123" /></div>
        </div>
        <div class="bw-field bw-country"><label for="bw-country">Country of residence *</label>
          <Select v-model="form.country" inputId="bw-country" :options="COUNTRIES" optionLabel="name" optionValue="code" filter filterPlaceholder="Type to search" placeholder="Select a country" :virtualScrollerOptions="{ itemSize: 38 }" />
        </div>
        <div class="bw-row">
          <div class="bw-field"><label for="bw-city">Town / city *</label><InputText id="bw-city" v-model="form.city" name="city" /></div>
          <div class="bw-field"><label for="bw-state">County / state</label><InputText id="bw-state" v-model="form.state" name="state" /></div>
          <div class="bw-field"><label for="bw-postcode">Postcode / ZIP</label><InputText id="bw-postcode" v-model="form.postcode" name="postcode" /></div>
        </div>
        <div class="bw-field"><label for="bw-linkedin">LinkedIn profile</label><InputText id="bw-linkedin" v-model="form.linkedin" name="linkedin" placeholder="https://www.linkedin.com/in/…" /></div>

        <h2>Experience</h2>
        <div class="bw-field bw-cv"><span class="bw-label" id="bw-cv-label">CV *</span>
          <FileUpload mode="basic" name="cv" accept=".pdf,.doc,.docx" :maxFileSize="5000000" chooseLabel="Upload CV" :auto="false" customUpload @select="onCv" aria-labelledby="bw-cv-label" />
          <small>PDF or Word, up to 5 MB</small>
        </div>
        <div class="bw-row">
          <div class="bw-field"><label for="bw-employer">Current employer</label><InputText id="bw-employer" v-model="form.employer" name="employer" /></div>
          <div class="bw-field"><label for="bw-jobtitle">Current job title</label><InputText id="bw-jobtitle" v-model="form.jobTitle" name="jobTitle" /></div>
        </div>
        <div class="bw-field bw-school"><label for="bw-school">University</label>
          <AutoComplete v-model="form.school" inputId="bw-school" :suggestions="schoolSuggestions" @complete="completeSchool" dropdown forceSelection placeholder="Start typing" />
        </div>
        <div class="bw-row">
          <div class="bw-field bw-degree"><label for="bw-degree">Highest qualification</label><Select v-model="form.degree" inputId="bw-degree" :options="DEGREES" placeholder="Please select" /></div>
          <div class="bw-field bw-years"><label for="bw-years">{{ posting.yearsLabel }}</label><Select v-model="form.years" inputId="bw-years" :options="posting.yearsOptions" placeholder="Please select" /></div>
        </div>

        <h2>Eligibility</h2>
        <fieldset class="bw-radios"><legend>Do you have the right to work in the United States? *</legend>
          <span><RadioButton v-model="form.rightToWork" inputId="bw-rtw-yes" name="rightToWork" value="Yes" /><label for="bw-rtw-yes">Yes</label></span>
          <span><RadioButton v-model="form.rightToWork" inputId="bw-rtw-no" name="rightToWork" value="No" /><label for="bw-rtw-no">No</label></span>
        </fieldset>
        <fieldset class="bw-radios"><legend>Will you require visa sponsorship now or in the future? *</legend>
          <span><RadioButton v-model="form.sponsorship" inputId="bw-spon-yes" name="sponsorship" value="Yes" /><label for="bw-spon-yes">Yes</label></span>
          <span><RadioButton v-model="form.sponsorship" inputId="bw-spon-no" name="sponsorship" value="No" /><label for="bw-spon-no">No</label></span>
        </fieldset>
        <div class="bw-row">
          <div class="bw-field bw-start"><label for="bw-start">Available from</label><DatePicker v-model="form.startDate" inputId="bw-start" dateFormat="dd/mm/yy" placeholder="dd/mm/yyyy" showIcon iconDisplay="input" /></div>
          <div class="bw-field bw-notice"><label for="bw-notice">Notice period</label><Select v-model="form.notice" inputId="bw-notice" :options="['None / immediately available', '1 week', '1 month', '2 months', '3 months', '6 months']" placeholder="Please select" /></div>
        </div>
        <div class="bw-row">
          <div class="bw-field"><label for="bw-salary">Salary expectation</label><InputNumber v-model="form.salary" inputId="bw-salary" :useGrouping="true" :min="0" /></div>
          <div class="bw-field bw-currency"><label for="bw-currency">Currency</label><Select v-model="form.currency" inputId="bw-currency" :options="['GBP', 'EUR', 'USD']" /></div>
          <div class="bw-field bw-period"><label for="bw-period">Per</label><Select v-model="form.period" inputId="bw-period" :options="['per annum', 'per month', 'per day (contract)']" /></div>
        </div>
        <div v-for="q in posting.questions" :key="q.key" :class="'bw-field bw-q-' + q.key">
          <label :for="'bw-' + q.key">{{ q.label }}</label>
          <Select v-if="q.type === 'select'" v-model="form[q.key]" :inputId="'bw-' + q.key" :options="q.options" placeholder="Please select" />
          <Textarea v-else v-model="form[q.key]" :id="'bw-' + q.key" rows="3" />
        </div>
        <div class="bw-field"><label for="bw-cover">Covering letter</label><Textarea id="bw-cover" v-model="form.coverLetter" name="coverLetter" rows="6" autoResize /></div>
        <div class="bw-field bw-source"><label for="bw-source">How did you hear about this vacancy?</label><Select v-model="form.source" inputId="bw-source" :options="['LinkedIn', 'Indeed', 'Insurance Insider', 'Recruitment agency', 'Employee referral', 'Other']" placeholder="Please select" /></div>

        <h2>Equal opportunities monitoring (optional)</h2>
        <div class="bw-field bw-ethnicity"><label for="bw-ethnicity">Ethnic group</label><Select v-model="form.ethnicity" inputId="bw-ethnicity" :options="['Asian or Asian British', 'Black, Black British, Caribbean or African', 'Mixed or multiple ethnic groups', 'White', 'Other ethnic group', 'Prefer not to say']" placeholder="Please select" /></div>
        <div class="bw-check"><Checkbox v-model="form.consent" inputId="bw-consent" name="consent" binary /><label for="bw-consent">I confirm the information I have given is accurate and I have read the Brindlewood Re candidate privacy notice. *</label></div>
        <Button type="submit" id="bw-submit" label="Submit application" />
        <pre id="model">{{ model() }}</pre>
      </form>
    </main>
    <footer class="bw-footer">
      <label for="bw-newsletter">Sign up for job alerts</label>
      <InputText id="bw-newsletter" v-model="newsletter" placeholder="Email address" />
      <Button label="Subscribe" severity="secondary" size="small" />
    </footer>
    <div v-if="cookies" class="bw-cookies" role="dialog" aria-label="Cookie consent">
      We use cookies to improve your experience. <Button label="Accept all" size="small" @click="cookies = false" /> <Button label="Reject non-essential" size="small" severity="secondary" @click="cookies = false" />
    </div>`,
};

createApp(App).use(PrimeVue, { theme: { preset: Aura, options: { darkModeSelector: false } } }).mount('#app');
