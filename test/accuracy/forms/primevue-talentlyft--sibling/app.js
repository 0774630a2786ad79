/*
 * The application form: Vue 3 + PrimeVue 4 (styled mode, Aura preset) with VeeValidate's useForm
 * holding the values and their rules (errors show under a field once it was touched or on submit).
 * The form's values are rendered into <pre id="model">, the start date as yyyy-mm-dd.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import PrimeVue from 'primevue/config';
import Aura from '@primeuix/themes/aura';
import AutoComplete from 'primevue/autocomplete';
import Button from 'primevue/button';
import Checkbox from 'primevue/checkbox';
import DatePicker from 'primevue/datepicker';
import FileUpload from 'primevue/fileupload';
import FloatLabel from 'primevue/floatlabel';
import InputMask from 'primevue/inputmask';
import InputNumber from 'primevue/inputnumber';
import InputText from 'primevue/inputtext';
import RadioButton from 'primevue/radiobutton';
import Select from 'primevue/select';
import Textarea from 'primevue/textarea';
import ToggleSwitch from 'primevue/toggleswitch';
import { useForm } from 'vee-validate';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((country) => ({ label: country.name.common, value: country.cca2 })).sort((a, b) => a.label.localeCompare(b.label));
const DIAL_CODES = [['CA', '1'], ['US', '1'], ['MX', '52'], ['GB', '44'], ['DE', '49'], ['FR', '33'], ['NL', '31'], ['IN', '91'], ['BR', '55']].map(([code, dial]) => ({ label: `${code} +${dial}`, value: `${code}+${dial}` }));
const PLACES = ['San Diego, California, United States', 'San Francisco, California, United States', 'San Jose, California, United States', 'Santa Fe, New Mexico, United States', 'Santiago, Chile', 'São Paulo, Brazil', 'Seattle, Washington, United States'];

const isoDate = (date) => (date instanceof Date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null);
const required = (message) => (value) => (value !== null && value !== undefined && value !== '' && value !== false) || message;

const App = {
  components: { AutoComplete, Button, Checkbox, DatePicker, FileUpload, FloatLabel, InputMask, InputNumber, InputText, RadioButton, Select, Textarea, ToggleSwitch },
  setup() {
    const { defineField, handleSubmit, errors, values, submitCount } = useForm({
      initialValues: { ...Object.fromEntries(posting.fields.map((key) => [key, null])), consent: false, talentPool: false },
      validationSchema: {
        firstName: required('Please enter your first name'),
        lastName: required('Please enter your last name'),
        email: (value) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value ?? '') || 'Please enter a valid email address',
        resume: required('Please attach your resume'),
        consent: required('Please accept the privacy policy'),
        ...posting.rules,
      },
    });
    const f = reactive(Object.fromEntries([...posting.fields, 'consent', 'talentPool'].map((key) => [key, defineField(key)[0]])));
    const suggestions = ref(PLACES);
    const search = (event) => { suggestions.value = PLACES.filter((place) => place.toLowerCase().includes(event.query.toLowerCase())); };
    const sent = ref(false);
    const submit = handleSubmit(() => { sent.value = true; });
    const shown = (key) => submitCount.value > 0 && errors.value[key];
    const model = computed(() => JSON.stringify({ ...values, startDate: isoDate(values.startDate) }, null, 2));
    return { f, posting, COUNTRIES, DIAL_CODES, suggestions, search, sent, submit, shown, model, onResume: (event) => { f.resume = event.files[0]?.name ?? null; } };
  },
  template: `
    <h2 v-if="sent" id="tl-done">Thanks for applying! We will be in touch soon.</h2>
    <form v-else @submit.prevent="submit" novalidate>
      <h1>{{ posting.title }}</h1>
      <p>{{ posting.where }}</p>
      <h3>Personal details</h3>
      <div class="row">
        <div class="fld"><FloatLabel variant="on"><InputText id="tl-first" v-model="f.firstName" autocomplete="off" /><label for="tl-first">First name *</label></FloatLabel><small class="err" v-if="shown('firstName')">{{ shown('firstName') }}</small></div>
        <div class="fld"><FloatLabel variant="on"><InputText id="tl-last" v-model="f.lastName" autocomplete="off" /><label for="tl-last">Last name *</label></FloatLabel><small class="err" v-if="shown('lastName')">{{ shown('lastName') }}</small></div>
      </div>
      <div class="fld"><FloatLabel variant="on"><InputText id="tl-email" type="email" v-model="f.email" autocomplete="off" /><label for="tl-email">Email *</label></FloatLabel><small class="err" v-if="shown('email')">{{ shown('email') }}</small></div>
      <div class="fld"><span class="q" id="tl-phone-label">Phone number</span>
        <div class="row" style="gap:8px">
          <Select v-model="f.dialCode" :options="DIAL_CODES" optionLabel="label" optionValue="value" placeholder="Code" aria-label="Country code" style="flex:0 0 130px" class="tl-dial" />
          <InputMask id="tl-phone" v-model="f.phone" mask="(999) 999-9999" placeholder="(555) 555-5555" aria-labelledby="tl-phone-label" />
        </div></div>
      <div class="fld"><label for="tl-location">{{ posting.locationLabel }}</label>
        <AutoComplete inputId="tl-location" v-model="f.location" :suggestions="suggestions" @complete="search" forceSelection placeholder="Start typing a city" class="tl-location" /></div>
      <div class="fld"><label for="tl-country">Country of residence</label>
        <Select labelId="tl-country" v-model="f.country" :options="COUNTRIES" optionLabel="label" optionValue="value" filter placeholder="Select a country" class="tl-country" /></div>
      <h3>Experience</h3>
      <div class="row">
        <div class="fld"><FloatLabel variant="on"><InputText id="tl-employer" v-model="f.employer" /><label for="tl-employer">Current employer</label></FloatLabel></div>
        <div class="fld"><FloatLabel variant="on"><InputText id="tl-title" v-model="f.jobTitle" /><label for="tl-title">Current job title</label></FloatLabel></div>
      </div>
      <div class="fld"><span class="q">{{ posting.yearsLabel }}</span>
        <div class="opts" role="radiogroup">
          <div v-for="(range, index) in posting.years" :key="range"><RadioButton :inputId="'tl-years-' + index" name="years" :value="range" v-model="f.years" /> <label :for="'tl-years-' + index">{{ range }}</label></div>
        </div></div>
      <div class="fld"><label for="tl-degree">Highest completed education</label>
        <Select labelId="tl-degree" v-model="f.degree" :options="posting.degrees" placeholder="Select" class="tl-degree" /></div>
      <div class="fld"><FloatLabel variant="on"><InputText id="tl-linkedin" v-model="f.linkedin" /><label for="tl-linkedin">LinkedIn profile URL</label></FloatLabel></div>
      <div class="fld" v-if="posting.fields.includes('github')"><FloatLabel variant="on"><InputText id="tl-github" v-model="f.github" /><label for="tl-github">GitHub</label></FloatLabel></div>
      <div class="fld"><span class="q">Resume / CV *</span>
        <FileUpload mode="basic" name="resume" accept=".pdf,.doc,.docx" :maxFileSize="5000000" customUpload chooseLabel="Choose file" @select="onResume" :pt="{ input: { id: 'tl-resume', 'aria-label': 'Resume / CV' } }" />
        <small class="err" v-if="shown('resume')">{{ shown('resume') }}</small></div>
      <div class="fld"><label for="tl-cover">{{ posting.coverLabel }}</label><Textarea id="tl-cover" v-model="f.coverLetter" rows="5" autoResize /></div>
      <h3>A few questions</h3>
      <div class="fld"><span class="q">Are you legally authorized to work in the United States?</span>
        <div class="opts">
          <div><RadioButton inputId="tl-auth-yes" name="authorized" value="yes" v-model="f.authorized" /> <label for="tl-auth-yes">Yes</label></div>
          <div><RadioButton inputId="tl-auth-no" name="authorized" value="no" v-model="f.authorized" /> <label for="tl-auth-no">No</label></div>
        </div></div>
      <div class="fld"><label for="tl-sponsor">Will you require visa sponsorship to work for us?</label>
        <Select labelId="tl-sponsor" v-model="f.sponsorship" :options="posting.sponsorship" placeholder="Select an answer" class="tl-sponsor" /></div>
      <div class="fld"><label for="tl-salary">{{ posting.salaryLabel }}</label>
        <InputNumber inputId="tl-salary" v-model="f.salary" mode="currency" currency="USD" locale="en-US" :maxFractionDigits="0" /></div>
      <div class="fld"><label for="tl-start">When could you start?</label>
        <DatePicker inputId="tl-start" v-model="f.startDate" dateFormat="mm/dd/yy" placeholder="mm/dd/yyyy" showIcon iconDisplay="input" /></div>
      <div class="fld" v-for="question in posting.extra" :key="question.key"><label :for="'tl-' + question.key">{{ question.label }}</label>
        <Select v-if="question.options" :labelId="'tl-' + question.key" v-model="f[question.key]" :options="question.options" placeholder="Select" :class="'tl-' + question.key" />
        <Textarea v-else :id="'tl-' + question.key" v-model="f[question.key]" rows="3" /></div>
      <div class="fld"><label for="tl-source">How did you hear about this job?</label>
        <Select labelId="tl-source" v-model="f.source" :options="['Corvane website', 'LinkedIn', 'Indeed', 'A friend or colleague', 'Other']" placeholder="Select" class="tl-source" /></div>
      <div class="fld" style="flex-direction:row;align-items:center;gap:10px"><ToggleSwitch inputId="tl-pool" v-model="f.talentPool" /><label for="tl-pool" style="font-weight:400">Keep me in the talent pool for future openings</label></div>
      <div class="fld" style="flex-direction:row;align-items:center;gap:10px"><Checkbox inputId="tl-consent" v-model="f.consent" binary /><label for="tl-consent" style="font-weight:400">I have read the privacy policy and agree to the processing of my data *</label></div>
      <small class="err" v-if="shown('consent')">{{ shown('consent') }}</small>
      <p><Button type="submit" label="Submit application" id="tl-submit" /></p>
      <pre id="model">{{ model }}</pre>
    </form>`,
};

createApp(App).use(PrimeVue, { theme: { preset: Aura } }).mount('#app');
