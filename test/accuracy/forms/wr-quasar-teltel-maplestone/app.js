/*
 * Maplestone Games (a Montréal studio) hiring a remote data engineer anywhere in Canada or the US,
 * on its own Vue 3 + Quasar careers site: outlined q-inputs with floating labels (`data-cy` hooks
 * for the studio's Cypress tests), **vue-tel-input** preset to Canada (flag button with the dial code,
 * searchable country list; the E.164 number and the chosen country kept from its events), a
 * filterable world-countries q-select, a "Province / State" q-select listing the provinces first and
 * the states after two disabled headers, a "github.com/" prefix, a q-option-group of ranges, a
 * q-btn-toggle Yes / No, a salary q-input with a currency q-select preset to CAD beside it, a
 * "YYYY/MM/DD" masked date with a q-date popup, checkbox languages, two q-files, pronouns, a
 * talent-pool q-toggle and a consent q-checkbox; a header search and a newsletter box in the footer.
 * The reactive form is rendered into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import {
  ClosePopup, QBtn, QBtnToggle, QCheckbox, QDate, QFile, QForm, QIcon, QInput, QOptionGroup, QPopupProxy, QSelect, QToggle, QToolbar, QToolbarTitle, Quasar,
} from 'quasar';
import 'quasar/dist/quasar.css';
import { VueTelInput } from 'vue-tel-input';
import 'vue-tel-input/vue-tel-input.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Northwest Territories', 'Nunavut', 'Yukon'];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const REGIONS = [
  { label: '— Canada —', value: '', disable: true },
  ...PROVINCES.map((name) => ({ label: name, value: name })),
  { label: '— United States —', value: '', disable: true },
  ...STATES.map((name) => ({ label: name, value: name })),
];
const YEARS = ['Less than 2 years', '2 to 4 years', '5 to 7 years', '8 years or more'].map((label, index) => ({ label, value: ['0-2', '2-4', '5-7', '8+'][index] }));
const EDUCATION = ['Secondary school / DEC', 'College diploma', "Bachelor's degree", "Master's degree", 'PhD', 'Other'];
const CURRENCIES = ['CAD', 'USD', 'EUR', 'GBP'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'elle', 'il', 'iel', 'Prefer not to say'];
const SOURCES = ['Maplestone website', 'LinkedIn', 'Work With Indies', 'GDC / conference', 'A friend at Maplestone', 'Other'];

const App = {
  components: { VueTelInput },
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', phoneE164: '', phoneCountry: 'CA', country: null, region: null, city: '', linkedin: '', github: '',
      employer: '', years: null, education: null, authorizedUS: null, authorizedCA: null, sponsorship: null, salary: '', currency: 'CAD', startDate: '',
      languages: [], pronouns: null, resume: null, coverLetter: null, source: null, talentPool: false, consent: false,
    });
    const search = ref('');
    const newsletter = ref('');
    const done = ref(false);
    const countryFilter = ref('');
    const countryOptions = computed(() => COUNTRIES.filter((name) => name.toLowerCase().includes(countryFilter.value.toLowerCase())));
    const filterCountries = (value, update) => update(() => { countryFilter.value = value; });
    const onPhone = (_number, phoneObject) => { form.phoneE164 = phoneObject?.number ?? ''; };
    const onCountry = (country) => { form.phoneCountry = country?.iso2 ?? ''; };
    const model = computed(() => JSON.stringify({ ...form, resume: form.resume ? form.resume.name : null, coverLetter: form.coverLetter ? form.coverLetter.name : null }, null, 2));
    const submit = () => { if (form.firstName && form.email && form.resume && form.consent) done.value = true; };
    return { form, search, newsletter, done, countryOptions, filterCountries, onPhone, onCountry, model, submit, REGIONS, YEARS, EDUCATION, CURRENCIES, PRONOUNS, SOURCES };
  },
  template: `
    <q-toolbar class="bg-deep-orange-9 text-white">
      <q-toolbar-title>Maplestone Games · Careers</q-toolbar-title>
      <q-input dark dense standout v-model="search" for="ms-job-search" placeholder="Search roles" data-cy="job-search" style="width: 220px" />
    </q-toolbar>
    <div class="q-pa-lg">
      <h1 class="text-h4 q-my-sm">Data Engineer, Player Insights</h1>
      <div class="text-subtitle1 text-grey-8">Remote — Canada or United States · Full-time · Team: Live Games Analytics</div>
      <p class="q-mt-md">We make cozy co-op games played by 9 million people a month. You will build the event pipelines behind our live-ops dashboards and experiments, from client telemetry to the warehouse, working with studios in Montréal and Vancouver.</p>
      <h2 v-if="done" id="ms-done" class="text-h5">Merci! Thanks for applying — we will be in touch within two weeks.</h2>
      <q-form v-else id="ms-apply" @submit="submit" class="q-gutter-md">
        <div class="text-h6">About you</div>
        <div class="row q-col-gutter-md">
          <q-input class="col" outlined v-model="form.firstName" label="First name *" for="ms-first-name" data-cy="first-name" />
          <q-input class="col" outlined v-model="form.lastName" label="Last name *" for="ms-last-name" data-cy="last-name" />
        </div>
        <q-input outlined v-model="form.email" type="email" label="Email *" for="ms-email" data-cy="email" />
        <div data-cy="phone">
          <div class="text-caption text-grey-8" id="ms-phone-label">Phone number *</div>
          <vue-tel-input v-model="form.phone" default-country="CA" mode="international"
            :dropdown-options="{ showSearchBox: true, showFlags: true, showDialCodeInSelection: true, showDialCodeInList: true, searchBoxPlaceholder: 'Search country' }"
            :input-options="{ id: 'ms-phone', name: 'phone', placeholder: 'Phone number', 'aria-describedby': 'ms-phone-label', showDialCode: false }"
            @on-input="onPhone" @country-changed="onCountry" />
        </div>
        <q-select outlined v-model="form.country" :options="countryOptions" use-input input-debounce="0" @filter="filterCountries" label="Country of residence *" for="ms-country" data-cy="country" />
        <div class="row q-col-gutter-md">
          <q-select class="col" outlined v-model="form.region" :options="REGIONS" emit-value map-options label="Province / State" for="ms-region" data-cy="region" />
          <q-input class="col" outlined v-model="form.city" label="City" for="ms-city" data-cy="city" />
        </div>
        <q-input outlined v-model="form.linkedin" label="LinkedIn" for="ms-linkedin" data-cy="linkedin" />
        <q-input outlined v-model="form.github" label="GitHub" prefix="github.com/" for="ms-github" data-cy="github" hint="Your username" />

        <div class="text-h6">Experience</div>
        <q-input outlined v-model="form.employer" label="Current employer" for="ms-employer" data-cy="employer" />
        <div data-cy="years">
          <div class="text-body2" id="ms-years-label">How many years have you worked as a data engineer? *</div>
          <q-option-group v-model="form.years" :options="YEARS" type="radio" name="years" aria-labelledby="ms-years-label" />
        </div>
        <q-select outlined v-model="form.education" :options="EDUCATION" label="Highest education completed" for="ms-education" data-cy="education" />

        <div class="text-h6">Work eligibility</div>
        <div data-cy="authorized-us">
          <div class="text-body2" id="ms-auth-us-label">Are you legally authorized to work in the United States? *</div>
          <q-btn-toggle v-model="form.authorizedUS" no-caps unelevated toggle-color="deep-orange-9" color="grey-3" text-color="black" aria-labelledby="ms-auth-us-label"
            :options="[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]" />
        </div>
        <div data-cy="authorized-ca">
          <div class="text-body2" id="ms-auth-ca-label">Are you legally entitled to work in Canada? *</div>
          <q-btn-toggle v-model="form.authorizedCA" no-caps unelevated toggle-color="deep-orange-9" color="grey-3" text-color="black" aria-labelledby="ms-auth-ca-label"
            :options="[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]" />
        </div>
        <div data-cy="sponsorship">
          <div class="text-body2" id="ms-sponsor-label">Will you require Maplestone to sponsor a work permit or visa for you in the country where you live? *</div>
          <q-option-group v-model="form.sponsorship" type="radio" name="sponsorship" aria-labelledby="ms-sponsor-label"
            :options="[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]" />
        </div>
        <div class="row q-col-gutter-md">
          <q-input class="col-8" outlined v-model="form.salary" type="number" label="Expected annual base salary" prefix="$" for="ms-salary" data-cy="salary" />
          <q-select class="col-4" outlined v-model="form.currency" :options="CURRENCIES" label="Currency" for="ms-currency" data-cy="currency" />
        </div>
        <q-input outlined v-model="form.startDate" label="Earliest start date" mask="date" hint="YYYY/MM/DD" for="ms-start" data-cy="start-date">
          <template v-slot:append>
            <q-icon name="event" class="cursor-pointer">
              <q-popup-proxy cover transition-show="scale" transition-hide="scale">
                <q-date v-model="form.startDate"><div class="row items-center justify-end"><q-btn v-close-popup label="Close" color="primary" flat /></div></q-date>
              </q-popup-proxy>
            </q-icon>
          </template>
        </q-input>
        <div data-cy="languages">
          <div class="text-body2" id="ms-lang-label">Which languages can you work in?</div>
          <q-option-group v-model="form.languages" type="checkbox" inline aria-labelledby="ms-lang-label"
            :options="[{ label: 'English', value: 'en' }, { label: 'French', value: 'fr' }, { label: 'Spanish', value: 'es' }, { label: 'Japanese', value: 'ja' }]" />
        </div>

        <div class="text-h6">Documents</div>
        <q-file outlined v-model="form.resume" label="Resume / CV *" accept=".pdf,.doc,.docx" for="ms-resume" data-cy="resume" />
        <q-file outlined v-model="form.coverLetter" label="Cover letter (optional)" accept=".pdf,.doc,.docx,.txt" for="ms-cover" data-cy="cover-letter" />
        <q-select outlined v-model="form.pronouns" :options="PRONOUNS" label="Pronouns (optional)" for="ms-pronouns" data-cy="pronouns" />
        <q-select outlined v-model="form.source" :options="SOURCES" label="Where did you hear about us?" for="ms-source" data-cy="source" />
        <q-toggle v-model="form.talentPool" label="Keep my profile in Maplestone's talent pool for 2 years" data-cy="talent-pool" />
        <q-checkbox v-model="form.consent" label="I consent to Maplestone processing my data under its Candidate Privacy Policy (Law 25) *" data-cy="consent" />
        <div><q-btn type="submit" color="deep-orange-9" label="Send application" id="ms-submit" /></div>
      </q-form>
    </div>
    <pre id="model">{{ model }}</pre>
    <div class="q-pa-lg bg-grey-2">
      <div class="text-subtitle2">Patch notes, dev diaries and new roles — monthly</div>
      <q-input dense outlined v-model="newsletter" type="email" label="Your email" for="ms-newsletter" data-cy="newsletter" />
    </div>
  `,
};

createApp(App)
  .use(Quasar, { components: { QBtn, QBtnToggle, QCheckbox, QDate, QFile, QForm, QIcon, QInput, QOptionGroup, QPopupProxy, QSelect, QToggle, QToolbar, QToolbarTitle }, directives: { ClosePopup } })
  .mount('#app');
