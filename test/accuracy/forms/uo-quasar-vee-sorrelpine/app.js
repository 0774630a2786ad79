/*
 * Sorrelpine Home Health careers (a home-health network in Northern California): a Vue 3 page on
 * Quasar 2 (components registered on the plugin) whose values live in VeeValidate's useForm +
 * defineField (a plain rules object; errors shown through each field's error / error-message).
 * Quasar pieces as its docs show them: outlined q-inputs with floating labels, a phone q-input with
 * mask "(###) ### - ####" and unmasked-value, a q-select with use-input whose @filter calls back
 * 400 ms later (hide-selected + fill-input: the chosen city stays in the input), q-selects with
 * emit-value / map-options for the state and the degree, a q-btn-toggle Yes / No, q-option-groups
 * (radio sentences; checkboxes left alone), a number q-input with a "yrs" suffix, "$" / "per year"
 * on the salary, a start date typed through mask "##/##/####" beside a q-date popup (mask
 * MM/DD/YYYY), a q-file, a textarea, a q-toggle, the attestation q-checkbox, a header search and a
 * footer newsletter.
 */
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import {
  ClosePopup, Quasar, QBtn, QBtnToggle, QCheckbox, QDate, QFile, QForm, QIcon, QInput, QOptionGroup, QPopupProxy, QSelect, QToggle,
} from 'quasar';
import 'quasar/dist/quasar.css';
import { useForm } from 'vee-validate';

const CITIES = ['San Francisco, CA', 'South San Francisco, CA', 'San Rafael, CA', 'San Mateo, CA', 'San Jose, CA', 'Sacramento, CA', 'Santa Rosa, CA', 'Oakland, CA', 'Berkeley, CA', 'Davis, CA', 'Reno, NV'];
const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['NV', 'Nevada'], ['OR', 'Oregon'], ['WA', 'Washington'], ['OT', 'Other state or territory']].map(([value, label]) => ({ value, label }));
const DEGREES = [['hs', 'High school diploma / GED'], ['cert', 'Certificate or license program'], ['aa', 'Associate degree (AA, AS, ADN)'], ['ba', 'Bachelor’s degree (BA, BS, BSN)'], ['ma', 'Master’s degree or higher']].map(([value, label]) => ({ value, label }));
const SPONSOR = [
  { value: 'no', label: 'No, I do not need visa sponsorship now or in the future' },
  { value: 'future', label: 'Not now, but I will in the future' },
  { value: 'yes', label: 'Yes, I need sponsorship now' },
];
const PROGRAMS = [{ value: 'hospice', label: 'Hospice' }, { value: 'homecare', label: 'Home care aides' }, { value: 'rpm', label: 'Remote patient monitoring' }, { value: 'none', label: 'None of these' }];
const HEARD = ['Indeed', 'LinkedIn', 'Sorrelpine website', 'Friend or family', 'Other'];

const req = (v) => (v === null || v === undefined || v === '' || v === false ? 'Required' : true);

const App = {
  setup() {
    const { values, defineField, errors, handleSubmit } = useForm({
      initialValues: {
        firstName: '', lastName: '', email: '', phone: '', city: null, state: null, zip: '', linkedin: '', employer: '', jobTitle: '', years: null,
        degree: null, authorized: null, sponsorship: null, salary: null, startDate: '', resume: null, coverLetter: '', programs: [], heard: null,
        night: null, sms: false, attest: false,
      },
      validationSchema: { firstName: req, lastName: req, email: req, phone: req, resume: req, attest: req },
    });
    const f = {};
    for (const name of Object.keys(values)) f[name] = defineField(name)[0];
    const cityOptions = ref(CITIES);
    const filterCities = (val, update) => {
      setTimeout(() => update(() => { const needle = val.toLowerCase(); cityOptions.value = CITIES.filter((c) => c.toLowerCase().includes(needle)); }), 400);
    };
    const resumeFile = ref(null);
    const onResume = (file) => { resumeFile.value = file; f.resume.value = file?.name ?? null; };
    const sent = ref(false);
    const onSubmit = handleSubmit(() => { sent.value = true; });
    const search = ref('');
    const news = ref('');
    return { ...f, values, errors, cityOptions, filterCities, resumeFile, onResume, sent, onSubmit, search, news, STATES, DEGREES, SPONSOR, PROGRAMS, HEARD };
  },
  template: `
<header class="site-header">
  <strong>Sorrelpine Home Health · Careers</strong>
  <q-input v-model="search" dense standout dark placeholder="Search jobs" for="job-search" style="width: 240px"></q-input>
</header>
<main class="page">
  <h1>Senior Data Engineer, Clinical Operations</h1>
  <p class="where">Remote in California · Full-time · $140k–$165k</p>
  <q-form id="apply" @submit.prevent="onSubmit" class="q-gutter-md">
    <h2>About you</h2>
    <div class="row q-col-gutter-md">
      <q-input class="col" v-model="firstName" outlined label="First name *" for="first-name" name="firstName" :error="!!errors.firstName" :error-message="errors.firstName"></q-input>
      <q-input class="col" v-model="lastName" outlined label="Last name *" for="last-name" name="lastName"></q-input>
    </div>
    <q-input v-model="email" outlined type="email" label="Email *" for="email" name="email"></q-input>
    <q-input v-model="phone" outlined type="tel" label="Mobile phone *" for="phone" name="phone" mask="(###) ### - ####" unmasked-value hint="Mask: (###) ### - ####"></q-input>
    <q-select v-model="city" outlined label="City where you live" for="city" use-input hide-selected fill-input input-debounce="0" :options="cityOptions" @filter="filterCities" behavior="menu">
      <template v-slot:no-option><div class="q-pa-sm text-grey">No results</div></template>
    </q-select>
    <div class="row q-col-gutter-md">
      <q-select class="col" v-model="state" outlined label="State" for="state" :options="STATES" emit-value map-options behavior="menu"></q-select>
      <q-input class="col" v-model="zip" outlined label="ZIP" for="zip" name="zip" mask="#####"></q-input>
    </div>
    <q-input v-model="linkedin" outlined label="LinkedIn profile URL" for="linkedin" name="linkedin"></q-input>

    <h2>Experience</h2>
    <div class="row q-col-gutter-md">
      <q-input class="col" v-model="employer" outlined label="Current employer" for="employer" name="employer"></q-input>
      <q-input class="col" v-model="jobTitle" outlined label="Current title" for="job-title" name="jobTitle"></q-input>
    </div>
    <q-input v-model.number="years" outlined type="number" label="Years of experience" for="years" name="years" suffix="yrs"></q-input>
    <q-select v-model="degree" outlined label="Education" for="degree" :options="DEGREES" emit-value map-options behavior="menu"></q-select>
    <div>
      <div class="q-field-caption" id="authorized-label">Are you legally authorized to work in the United States?</div>
      <q-btn-toggle id="authorized" v-model="authorized" aria-labelledby="authorized-label" no-caps unelevated toggle-color="primary" :options="[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]"></q-btn-toggle>
    </div>
    <div>
      <div class="q-field-caption" id="sponsorship-label">Will you require visa sponsorship?</div>
      <q-option-group id="sponsorship" v-model="sponsorship" :options="SPONSOR" type="radio" name="sponsorship"></q-option-group>
    </div>
    <q-input v-model.number="salary" outlined type="number" label="Desired salary" for="salary" name="salary" prefix="$" suffix="per year"></q-input>
    <q-input v-model="startDate" outlined label="Date you could start" for="start-date" name="startDate" mask="##/##/####" placeholder="MM/DD/YYYY" hint="MM/DD/YYYY">
      <template v-slot:append>
        <q-icon name="event" class="cursor-pointer">
          <q-popup-proxy cover transition-show="scale" transition-hide="scale">
            <q-date v-model="startDate" mask="MM/DD/YYYY"><div class="row items-center justify-end"><q-btn v-close-popup label="Close" color="primary" flat></q-btn></div></q-date>
          </q-popup-proxy>
        </q-icon>
      </template>
    </q-input>

    <h2>Documents</h2>
    <q-file :model-value="resumeFile" @update:model-value="onResume" outlined label="Resume *" for="resume" name="resume" accept=".pdf,.doc,.docx" clearable></q-file>
    <q-input v-model="coverLetter" outlined type="textarea" label="Cover letter (optional)" for="cover-letter" name="coverLetter" autogrow></q-input>

    <h2>A few more questions</h2>
    <div>
      <div class="q-field-caption" id="programs-label">Which care programs have you built data products for?</div>
      <q-option-group id="programs" v-model="programs" :options="PROGRAMS" type="checkbox"></q-option-group>
    </div>
    <div>
      <div class="q-field-caption" id="night-label">Could you join an on-call rotation for the overnight EHR sync, one week in six?</div>
      <q-option-group id="night" v-model="night" :options="[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]" type="radio" name="night" inline></q-option-group>
    </div>
    <q-select v-model="heard" outlined label="How did you hear about this job?" for="heard" :options="HEARD" clearable behavior="menu"></q-select>
    <q-toggle id="sms" v-model="sms" label="Send me text messages about this application"></q-toggle>
    <q-checkbox id="attest" v-model="attest" label="I confirm the information in this application is accurate."></q-checkbox>
    <div><q-btn id="sp-submit" type="submit" color="primary" label="Submit application"></q-btn></div>
    <p v-if="sent" id="sp-done">Thanks! Your application has been received.</p>
  </q-form>
  <pre id="model">{{ JSON.stringify(values) }}</pre>
</main>
<footer class="site-footer">
  <q-input v-model="news" outlined dense label="Email for our monthly newsletter" for="newsletter" style="width: 320px"></q-input>
</footer>`,
};

createApp(App)
  .use(Quasar, { components: { QBtn, QBtnToggle, QCheckbox, QDate, QFile, QForm, QIcon, QInput, QOptionGroup, QPopupProxy, QSelect, QToggle }, directives: { ClosePopup } })
  .mount('#root');
