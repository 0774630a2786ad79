/*
 * An aerospace company's careers page on Vue 3 + Quasar 2: a toolbar with a job search q-input,
 * outlined q-inputs with floating labels, a phone q-input with the mask "(###) ###-####", a
 * state q-select with emit-value / map-options ("California" shown, "CA" stored), a filterable
 * country q-select (use-input), q-option-groups of radios (authorization, years, degree), a
 * q-btn-toggle for sponsorship, a checkbox q-option-group for pronouns, a toggle q-option-group of
 * shift preferences left alone, a multiple chips q-select for clearances left alone, a q-input
 * with mask="date" and a q-date in a popup (YYYY/MM/DD), q-files for resume and cover letter, a
 * "how did you hear" q-select, an EEO q-option-group and a q-checkbox. Model in <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { ClosePopup, QBtn, QBtnToggle, QCheckbox, QDate, QFile, QForm, QIcon, QInput, QOptionGroup, QPopupProxy, QSelect, QToolbar, QToolbarTitle, Quasar } from 'quasar';
import 'quasar/dist/quasar.css';

const STATES = [['Arizona', 'AZ'], ['California', 'CA'], ['Kansas', 'KS'], ['Texas', 'TX'], ['Washington', 'WA']].map(([label, value]) => ({ label, value }));
const COUNTRIES = ['Australia', 'Canada', 'France', 'Germany', 'Japan', 'United Kingdom', 'United States'];
const radio = (list) => list.map((label) => ({ label, value: label }));

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', city: '', state: null, country: null, employer: '', title: '', authorized: null, sponsorship: null,
      years: null, degree: null, pronouns: [], shifts: [], clearances: [], startDate: '', resume: null, coverLetter: null, source: null, disability: null, certify: false,
    });
    const keyword = ref('');
    const done = ref(false);
    const countryFilter = ref('');
    const countryOptions = computed(() => COUNTRIES.filter((name) => name.toLowerCase().includes(countryFilter.value.toLowerCase())));
    const filterCountries = (value, update) => update(() => { countryFilter.value = value; });
    const model = computed(() => JSON.stringify({ ...form, resume: form.resume ? form.resume.name : null, coverLetter: form.coverLetter ? form.coverLetter.name : null }));
    const submit = () => { if (form.email && form.resume && form.certify) done.value = true; };
    return {
      form, keyword, done, countryOptions, filterCountries, model, submit, STATES,
      YES_NO: radio(['Yes', 'No']), YEARS: radio(['Less than 3 years', '3 to 6 years', '7 to 9 years', '10 years or more']),
      DEGREES: radio(['High school diploma / GED', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctoral degree']),
      PRONOUNS: radio(['she/her', 'he/him', 'they/them']), SHIFTS: radio(['Second shift', 'Travel up to 25%', 'Overtime during test campaigns']),
      DISABILITY: radio(['Yes, I have a disability', 'No, I do not have a disability', 'I do not want to answer']),
    };
  },
  template: `
    <q-toolbar class="bg-blue-grey-9 text-white q-mb-md"><q-toolbar-title>Kittering Aerospace · Careers</q-toolbar-title>
      <q-input dense standout="bg-blue-grey-8" dark v-model="keyword" label="Search jobs" for="job-search" /></q-toolbar>
    <h2 v-if="done" id="done">Application submitted. Thank you!</h2>
    <q-form v-else @submit="submit" class="q-gutter-md">
      <h1 class="text-h5">Avionics Test Data Analyst</h1>
      <p>Wichita, KS · On-site · ITAR: U.S. person required</p>
      <div class="row q-col-gutter-md">
        <q-input class="col" outlined v-model="form.firstName" label="First name *" for="kt-first" />
        <q-input class="col" outlined v-model="form.lastName" label="Last name *" for="kt-last" />
      </div>
      <q-input outlined v-model="form.email" type="email" label="Email *" for="kt-email" />
      <q-input outlined v-model="form.phone" type="tel" label="Phone" mask="(###) ###-####" unmasked-value hint="US numbers only" for="kt-phone" />
      <div class="row q-col-gutter-md">
        <q-input class="col" outlined v-model="form.city" label="City" for="kt-city" />
        <div class="col" data-field="state"><q-select outlined v-model="form.state" :options="STATES" emit-value map-options label="State" for="kt-state" /></div>
      </div>
      <div data-field="country"><q-select outlined v-model="form.country" :options="countryOptions" label="Country" use-input fill-input hide-selected input-debounce="0" @filter="filterCountries" for="kt-country" /></div>
      <div class="row q-col-gutter-md">
        <q-input class="col" outlined v-model="form.employer" label="Current employer" for="kt-employer" />
        <q-input class="col" outlined v-model="form.title" label="Current title" for="kt-title" />
      </div>
      <div data-field="authorized">
        <div class="text-body2" id="kt-authorized-label">Are you legally authorized to work in the United States? *</div>
        <q-option-group v-model="form.authorized" name="authorized" inline :options="YES_NO" aria-labelledby="kt-authorized-label" />
      </div>
      <div data-field="sponsorship">
        <div class="text-body2 q-mb-xs" id="kt-sponsorship-label">Will you now or in the future require sponsorship for employment visa status? *</div>
        <q-btn-toggle v-model="form.sponsorship" toggle-color="primary" :options="YES_NO" aria-labelledby="kt-sponsorship-label" />
      </div>
      <div data-field="years">
        <div class="text-body2" id="kt-years-label">How many years of professional experience do you have?</div>
        <q-option-group v-model="form.years" name="years" :options="YEARS" aria-labelledby="kt-years-label" />
      </div>
      <div data-field="degree">
        <div class="text-body2" id="kt-degree-label">Highest level of education</div>
        <q-option-group v-model="form.degree" name="degree" :options="DEGREES" aria-labelledby="kt-degree-label" />
      </div>
      <div data-field="pronouns">
        <div class="text-body2" id="kt-pronouns-label">Pronouns (optional)</div>
        <q-option-group v-model="form.pronouns" type="checkbox" inline :options="PRONOUNS" aria-labelledby="kt-pronouns-label" />
      </div>
      <div data-field="shifts">
        <div class="text-body2" id="kt-shifts-label">I can work</div>
        <q-option-group v-model="form.shifts" type="toggle" :options="SHIFTS" aria-labelledby="kt-shifts-label" />
      </div>
      <div data-field="clearances"><q-select outlined v-model="form.clearances" multiple use-chips :options="['Secret', 'Top Secret', 'TS/SCI']" label="Clearance level held" for="kt-clearances" /></div>
      <q-input outlined v-model="form.startDate" label="Earliest start date" mask="date" :rules="['date']" hint="YYYY/MM/DD" for="kt-start">
        <template v-slot:append>
          <q-icon name="event" class="cursor-pointer">
            <q-popup-proxy cover transition-show="scale" transition-hide="scale"><q-date v-model="form.startDate"><div class="row items-center justify-end"><q-btn v-close-popup label="Close" color="primary" flat /></div></q-date></q-popup-proxy>
          </q-icon>
        </template>
      </q-input>
      <div data-field="resume"><q-file outlined v-model="form.resume" label="Resume *" accept=".pdf,.doc,.docx" for="kt-resume" /></div>
      <div data-field="coverLetter"><q-file outlined v-model="form.coverLetter" label="Cover letter" accept=".pdf,.doc,.docx,.txt" for="kt-cover" /></div>
      <div data-field="source"><q-select outlined v-model="form.source" :options="['Kittering website', 'LinkedIn', 'ClearanceJobs', 'Career fair', 'Employee referral']" label="How did you hear about us?" for="kt-source" /></div>
      <div data-field="disability">
        <div class="text-body2" id="kt-disability-label">Voluntary self-identification of disability</div>
        <q-option-group v-model="form.disability" name="disability" :options="DISABILITY" aria-labelledby="kt-disability-label" />
      </div>
      <q-checkbox v-model="form.certify" label="I certify that the information in this application is accurate." id="kt-certify" />
      <div><q-btn type="submit" color="primary" label="Submit application" id="submit" /></div>
    </q-form>
    <pre id="model">{{ model }}</pre>
  `,
};

createApp(App).use(Quasar, { components: { QBtn, QBtnToggle, QCheckbox, QDate, QFile, QForm, QIcon, QInput, QOptionGroup, QPopupProxy, QSelect, QToolbar, QToolbarTitle }, directives: { ClosePopup } }).mount('#root');
