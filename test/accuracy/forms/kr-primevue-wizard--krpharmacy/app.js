/*
 * Lumenhaven Health careers: a three-step apply wizard on Vue 3 + PrimeVue 4 (styled, Aura). The
 * Next button stays disabled until the step's required answers are valid. Step 1: a masked phone
 * that ignores pasted text, a filterable country Select whose 250 options sit in a virtual scroller
 * (only the rows in view are in the DOM), an AutoComplete that searches after 3 characters with a
 * 400 ms delay and keeps only a suggestion. Step 2: a years Select and a degree Select whose options
 * are fetched when the panel opens, a school AutoComplete (2 characters). Step 3: a DatePicker
 * whose past days (and days more than 6 months out) are disabled, an InputNumber in USD, radio
 * questions, a file input, consent. State goes to <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import PrimeVue from 'primevue/config';
import Aura from '@primeuix/themes/aura';
import AutoComplete from 'primevue/autocomplete';
import Button from 'primevue/button';
import Checkbox from 'primevue/checkbox';
import DatePicker from 'primevue/datepicker';
import InputMask from 'primevue/inputmask';
import InputNumber from 'primevue/inputnumber';
import InputText from 'primevue/inputtext';
import RadioButton from 'primevue/radiobutton';
import Select from 'primevue/select';
import Textarea from 'primevue/textarea';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => ({ label: c.name.common, value: c.cca3 })).sort((a, b) => a.label.localeCompare(b.label));
const PLACES = [
  'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco, Córdoba, Argentina',
  'San Fernando, California, United States', 'San Diego, California, United States', 'San Jose, California, United States',
  'Santa Rosa, California, United States', 'Sacramento, California, United States', 'Boston, Massachusetts, United States',
  'Cambridge, Massachusetts, United States', 'Nashville, Tennessee, United States', 'Seattle, Washington, United States',
];
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, San Francisco', 'University of California, Los Angeles',
  'UC Berkeley Extension', 'Boston University', 'Northeastern University', 'Stanford University', 'Vanderbilt University',
];
const YEARS = ['Under 3 years', '3 to 5 years', '6 to 8 years', '9 to 12 years', 'More than 12 years'];
const DEGREES = ['High school diploma / GED', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctorate (PhD, MD, …)', 'Other'];

const iso = (d) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : null);
const later = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));

const App = {
  components: { AutoComplete, Button, Checkbox, DatePicker, InputMask, InputNumber, InputText, RadioButton, Select, Textarea },
  setup() {
    const step = ref(1);
    const f = reactive({
      firstName: '', lastName: '', email: '', phone: '', country: null, location: null,
      employer: '', jobTitle: '', years: null, degree: null, school: null, linkedin: '',
      startDate: null, salary: null, resume: null, coverLetter: '', consent: false, textUpdates: false,
      answers: Object.fromEntries(posting.questions.map((q) => [q.id, null])),
    });
    const search = ref('');
    const placeHits = ref([]);
    const schoolHits = ref([]);
    // The "server" answers 250 ms later; an answer to the very text just picked from the list is dropped.
    const picked = { location: null, school: null };
    const lookup = (key, source, hits) => async (e) => {
      const found = await later(200, source.filter((p) => p.toLowerCase().includes(e.query.toLowerCase())));
      if (picked[key] !== null && picked[key] === e.query && f[key] === e.query) return;
      hits.value = found;
    };
    const findPlaces = lookup('location', PLACES, placeHits);
    const findSchools = lookup('school', SCHOOLS, schoolHits);
    const onPick = (key) => (e) => { picked[key] = e.value; };
    const lazy = reactive({ years: [], degree: [], yearsLoading: false, degreeLoading: false });
    const load = async (key, source) => {
      if (lazy[key].length || lazy[`${key}Loading`]) return;
      lazy[`${key}Loading`] = true;
      lazy[key] = await later(400, source.map((label) => ({ label, value: label })));
      lazy[`${key}Loading`] = false;
    };
    const today = new Date(); today.setHours(0, 0, 0, 0);
    const maxDate = new Date(today); maxDate.setMonth(maxDate.getMonth() + 6);
    const emailOk = computed(() => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(f.email));
    const phoneOk = computed(() => /^\(\d{3}\) \d{3}-\d{4}$/.test(f.phone ?? ''));
    const stepOk = computed(() => ({
      1: f.firstName.trim() && f.lastName.trim() && emailOk.value && phoneOk.value && f.country && f.location,
      2: Boolean(f.years && f.employer.trim()),
      3: f.startDate && f.resume && f.consent && posting.questions.every((q) => !q.required || f.answers[q.id]),
    }));
    const sent = ref(false);
    const submit = () => { if (stepOk.value[3]) sent.value = true; };
    const model = computed(() => JSON.stringify({ ...f, startDate: iso(f.startDate), step: step.value, search: search.value }, null, 2));
    return { f, step, search, placeHits, schoolHits, findPlaces, findSchools, onPick, lazy, load, YEARS, DEGREES, COUNTRIES, today, maxDate, stepOk, sent, submit, model, posting,
      noPaste: (e) => e.preventDefault(), onResume: (e) => { f.resume = e.target.files[0]?.name ?? null; } };
  },
  template: `
    <header class="top"><strong>Lumenhaven Health</strong> · Careers
      <span class="search"><InputText v-model="search" id="lh-search" name="keywords" placeholder="Search jobs" aria-label="Search jobs" /></span>
    </header>
    <main>
      <h1>{{ posting.title }}</h1>
      <p class="where">{{ posting.where }}</p>
      <h2 v-if="sent" id="lh-done">Application submitted — thank you, we will be in touch.</h2>
      <form v-else @submit.prevent="submit" novalidate id="lh-form">
        <ol class="steps">
          <li :class="{ on: step === 1 }">1 Contact</li><li :class="{ on: step === 2 }">2 Experience</li><li :class="{ on: step === 3 }">3 Details</li>
        </ol>
        <section v-if="step === 1">
          <div class="row">
            <div class="fld"><label for="lh-first">First name *</label><InputText id="lh-first" name="firstName" v-model="f.firstName" /></div>
            <div class="fld"><label for="lh-last">Last name *</label><InputText id="lh-last" name="lastName" v-model="f.lastName" /></div>
          </div>
          <div class="fld"><label for="lh-email">Email *</label><InputText id="lh-email" name="email" type="email" v-model="f.email" /></div>
          <div class="fld" @paste.capture="noPaste">
            <label for="lh-phone">Mobile phone *</label>
            <InputMask id="lh-phone" name="phone" v-model="f.phone" mask="(999) 999-9999" placeholder="(___) ___-____" :autoClear="false" />
            <small>US numbers only. For your security, pasting is disabled in this field.</small>
          </div>
          <div class="fld">
            <label id="lh-country-label">Country / Region *</label>
            <Select v-model="f.country" :options="COUNTRIES" optionLabel="label" optionValue="value" filter filterPlaceholder="Search countries"
              :virtualScrollerOptions="{ itemSize: 38 }" placeholder="Choose a country" class="lh-country" inputId="lh-country" ariaLabelledby="lh-country-label" />
          </div>
          <div class="fld">
            <label for="lh-location">Home city *</label>
            <AutoComplete v-model="f.location" inputId="lh-location" name="location" :suggestions="placeHits" @complete="findPlaces" @option-select="onPick('location')($event)" :minLength="3" :delay="400"
              forceSelection placeholder="Type 3+ letters and choose from the list" />
          </div>
          <div class="nav"><Button id="lh-next-1" label="Next" :disabled="!stepOk[1]" @click="step = 2" /></div>
        </section>
        <section v-else-if="step === 2">
          <div class="row">
            <div class="fld"><label for="lh-employer">Current employer *</label><InputText id="lh-employer" name="employer" v-model="f.employer" /></div>
            <div class="fld"><label for="lh-title">Current job title</label><InputText id="lh-title" name="jobTitle" v-model="f.jobTitle" /></div>
          </div>
          <div class="fld">
            <label id="lh-years-label">Years of relevant experience *</label>
            <Select v-model="f.years" :options="lazy.years" optionLabel="label" optionValue="value" :loading="lazy.yearsLoading" @show="load('years', YEARS)"
              emptyMessage="Loading options…" placeholder="Select" class="lh-years" ariaLabelledby="lh-years-label" />
          </div>
          <div class="fld">
            <label id="lh-degree-label">Highest degree earned</label>
            <Select v-model="f.degree" :options="lazy.degree" optionLabel="label" optionValue="value" :loading="lazy.degreeLoading" @show="load('degree', DEGREES)"
              emptyMessage="Loading options…" placeholder="Select" class="lh-degree" ariaLabelledby="lh-degree-label" />
          </div>
          <div class="fld">
            <label for="lh-school">School / university</label>
            <AutoComplete v-model="f.school" inputId="lh-school" name="school" :suggestions="schoolHits" @complete="findSchools" @option-select="onPick('school')($event)" :minLength="2" :delay="300" />
          </div>
          <div class="fld"><label for="lh-linkedin">LinkedIn profile</label><InputText id="lh-linkedin" name="linkedin" v-model="f.linkedin" placeholder="https://linkedin.com/in/…" /></div>
          <div class="nav"><Button label="Back" severity="secondary" @click="step = 1" /><Button id="lh-next-2" label="Next" :disabled="!stepOk[2]" @click="step = 3" /></div>
        </section>
        <section v-else>
          <div class="fld">
            <label for="lh-start">Earliest start date *</label>
            <DatePicker v-model="f.startDate" inputId="lh-start" name="startDate" dateFormat="mm/dd/yy" :minDate="today" :maxDate="maxDate" showIcon :showOnFocus="false" iconDisplay="button" placeholder="mm/dd/yyyy" />
            <small>Past dates and dates more than six months away cannot be selected.</small>
          </div>
          <div class="fld">
            <label for="lh-salary">Salary expectation (annual)</label>
            <InputNumber v-model="f.salary" inputId="lh-salary" mode="currency" currency="USD" locale="en-US" :maxFractionDigits="0" />
          </div>
          <div v-for="q in posting.questions" :key="q.id" class="fld">
            <template v-if="q.type === 'radio'">
              <span class="q" :id="q.id + '-label'">{{ q.label }}{{ q.required ? ' *' : '' }}</span>
              <div class="opts" role="radiogroup" :aria-labelledby="q.id + '-label'">
                <span v-for="(o, i) in q.options" :key="o" class="opt">
                  <RadioButton v-model="f.answers[q.id]" :inputId="q.id + '-' + i" :name="q.id" :value="o" /><label :for="q.id + '-' + i">{{ o }}</label>
                </span>
              </div>
            </template>
            <template v-else>
              <label :for="q.id">{{ q.label }}{{ q.required ? ' *' : '' }}</label>
              <InputText :id="q.id" :name="q.id" v-model="f.answers[q.id]" />
            </template>
          </div>
          <div class="fld">
            <label for="lh-resume">Resume *</label>
            <input type="file" id="lh-resume" name="resume" accept=".pdf,.doc,.docx" @change="onResume" />
          </div>
          <div class="fld"><label for="lh-cover">Cover letter</label><Textarea id="lh-cover" name="coverLetter" v-model="f.coverLetter" rows="5" /></div>
          <div class="check"><Checkbox v-model="f.textUpdates" inputId="lh-sms" name="textUpdates" binary /><label for="lh-sms">Text me about my application status and new jobs (message and data rates may apply)</label></div>
          <div class="check"><Checkbox v-model="f.consent" inputId="lh-consent" name="consent" binary /><label for="lh-consent">I certify that the information I provided is true and complete *</label></div>
          <div class="nav"><Button label="Back" severity="secondary" @click="step = 2" /><Button id="lh-submit" type="submit" label="Submit application" :disabled="!stepOk[3]" /></div>
        </section>
      </form>
    </main>
    <pre id="model">{{ model }}</pre>
  `,
};

createApp(App).use(PrimeVue, { theme: { preset: Aura } }).mount('#app');
