/*
 * A careers page built with Vue 3 + Quasar (Lumenreach, an energy-storage company): floating-label
 * q-inputs, a phone q-input with a "(###) ###-####" mask whose model keeps the digits only, a
 * "Tell us about your situation" list of separate q-toggles (div role=switch, no native input)
 * each stating a fact, a combined work-status q-select listing several bases for working in the
 * US, a country-specific sponsorship question as a q-btn-toggle (segmented buttons), q-option-group
 * radios (div role=radio) for relocation with "I already live in the Bay Area", q-selects for
 * years, salary bands and the start window (menus teleported to <body>), a notice-period and a
 * travel q-btn-toggle, a preferred-locations q-option-group of checkboxes, a languages q-select
 * with chips, willingness toggles, q-file slots (resume, cover letter, transcript), a "how did you
 * hear" q-select that reveals a referrer box, and q-checkbox consents. The reactive form is
 * rendered into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { QBtn, QBtnToggle, QCheckbox, QFile, QForm, QInput, QItem, QItemSection, QList, QOptionGroup, QSelect, QToggle, QToolbar, QToolbarTitle, Quasar } from 'quasar';
import 'quasar/dist/quasar.css';

const STATEMENTS = [
  { key: 'authorizedUS', label: 'I am authorized to work in the United States' },
  { key: 'needsVisa', label: 'I will need a visa sponsored by my employer, now or later' },
  { key: 'employedNow', label: 'I currently have a full-time job' },
  { key: 'bachelors', label: 'I have a bachelor’s degree' },
  { key: 'nonCompete', label: 'I am bound by a non-compete agreement' },
  { key: 'formerLumen', label: 'I have worked at Lumenreach before' },
  { key: 'clearance', label: 'I hold an active U.S. security clearance' },
];
const WORK_STATUS = ['U.S. citizen or national', 'Lawful permanent resident (green card)', 'Other status that does not need sponsorship', 'I will need sponsorship'];
const YEARS = ['Less than 1 year', '1-3 years', '4-6 years', '7-10 years', 'More than 10 years'];
const SALARY = ['$100,000 - $130,000', '$130,000 - $160,000', '$160,000 - $190,000', '$190,000+'];
const START = ['Immediately', 'Within 2 weeks', 'Within 1 month', 'Within 2 months', 'Within 3 months', 'Later than 3 months'];
const LANGUAGES = ['Chinese (Mandarin)', 'English', 'French', 'German', 'Hindi', 'Japanese', 'Korean', 'Portuguese', 'Spanish', 'Vietnamese'];
const SOURCES = ['LinkedIn', 'Built In SF', 'Climatebase', 'Referred by a Lumenreach employee', 'Event or meetup', 'Other'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', city: '', linkedin: '', portfolio: '',
      statements: Object.fromEntries(STATEMENTS.map((s) => [s.key, false])),
      workStatus: null, sponsorUS: null, relocation: null, years: null, salary: null, start: null,
      notice: null, travel: null, locations: [], weekends: false, onCall: false, languages: [],
      resume: null, coverLetter: null, transcript: null, source: null, referrer: '', privacy: false, talentPool: false,
    });
    const search = ref('');
    const done = ref(false);
    const tried = ref(false);
    const model = computed(() => JSON.stringify({
      ...form, resume: form.resume ? form.resume.name : null, coverLetter: form.coverLetter ? form.coverLetter.name : null, transcript: form.transcript ? form.transcript.name : null,
    }, null, 1));
    const submit = () => {
      tried.value = true;
      if (form.firstName && form.email && form.resume && form.privacy && form.sponsorUS && form.relocation && form.start) done.value = true;
    };
    return { form, search, done, tried, model, submit, STATEMENTS, WORK_STATUS, YEARS, SALARY, START, LANGUAGES, SOURCES };
  },
  template: `
    <q-toolbar class="bg-dark text-white q-mb-md"><q-toolbar-title>Lumenreach · Careers</q-toolbar-title>
      <q-input dark dense standout v-model="search" for="site-search" label="Search roles" /></q-toolbar>
    <div class="page">
    <h2 v-if="done" id="apply-done">Thank you! We received your application.</h2>
    <q-form v-else id="apply" @submit="submit" class="q-gutter-md">
      <h1 class="text-h5 q-mb-none">Senior Data Engineer, Battery Analytics</h1>
      <p class="text-grey-8">San Francisco, CA (Dogpatch) · Hybrid · Full time</p>
      <div class="row q-col-gutter-md">
        <q-input class="col" outlined v-model="form.firstName" label="First name *" for="lr-first" />
        <q-input class="col" outlined v-model="form.lastName" label="Last name *" for="lr-last" />
      </div>
      <q-input outlined v-model="form.email" type="email" label="Email *" for="lr-email" />
      <q-input outlined v-model="form.phone" type="tel" label="Phone" mask="(###) ###-####" unmasked-value hint="US number" for="lr-phone" />
      <q-input outlined v-model="form.city" label="City of residence" for="lr-city" />
      <q-input outlined v-model="form.linkedin" label="LinkedIn URL" for="lr-linkedin" />
      <q-input outlined v-model="form.portfolio" label="Portfolio link" hint="Dashboards, notebooks or write-ups" for="lr-portfolio" />

      <div class="text-subtitle1 q-mt-lg">Tell us about your situation</div>
      <div class="text-caption text-grey-7">Switch on every statement that is true for you.</div>
      <q-list bordered separator data-field="statements">
        <q-item v-for="s in STATEMENTS" :key="s.key" :data-statement="s.key">
          <q-item-section><q-toggle v-model="form.statements[s.key]" :label="s.label" /></q-item-section>
        </q-item>
      </q-list>

      <div data-field="workStatus"><q-select outlined v-model="form.workStatus" :options="WORK_STATUS" label="Which best describes your work status in the US?" for="lr-work-status" clearable /></div>
      <div data-field="sponsorUS">
        <div class="text-body2 q-mb-xs" id="lr-sponsor-label">Will you require Lumenreach to sponsor a visa for you to work in the United States? *</div>
        <q-btn-toggle v-model="form.sponsorUS" spread no-caps toggle-color="primary" :options="[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]" aria-labelledby="lr-sponsor-label" />
      </div>
      <div data-field="relocation">
        <div class="text-body2" id="lr-relocation-label">This role works from our Dogpatch office on Tuesdays and Thursdays. Which applies to you? *</div>
        <q-option-group v-model="form.relocation" type="radio" :options="[{ label: 'I already live in the Bay Area', value: 'local' }, { label: 'I would relocate to the Bay Area', value: 'relocate' }, { label: 'I would need relocation assistance to discuss', value: 'discuss' }, { label: 'I cannot work from San Francisco', value: 'no' }]" aria-labelledby="lr-relocation-label" />
      </div>
      <div data-field="years"><q-select outlined v-model="form.years" :options="YEARS" label="Years of professional experience" for="lr-years" /></div>
      <div data-field="salary"><q-select outlined v-model="form.salary" :options="SALARY" label="Base salary expectation (USD per year)" for="lr-salary" /></div>
      <div data-field="start"><q-select outlined v-model="form.start" :options="START" label="When could you start? *" for="lr-start" /></div>
      <div data-field="notice">
        <div class="text-body2 q-mb-xs" id="lr-notice-label">Notice period at your current job</div>
        <q-btn-toggle v-model="form.notice" no-caps toggle-color="primary" :options="[{ label: 'None', value: 'none' }, { label: '2 weeks', value: '2w' }, { label: '1 month', value: '1m' }, { label: '2+ months', value: '2m' }]" aria-labelledby="lr-notice-label" />
      </div>
      <div data-field="travel">
        <div class="text-body2 q-mb-xs" id="lr-travel-label">Site visits to our battery farms: how much travel is OK?</div>
        <q-btn-toggle v-model="form.travel" no-caps toggle-color="primary" :options="[{ label: '0%', value: 0 }, { label: 'Up to 10%', value: 10 }, { label: 'Up to 25%', value: 25 }]" aria-labelledby="lr-travel-label" />
      </div>
      <div data-field="locations">
        <div class="text-body2" id="lr-locations-label">Which offices would you consider?</div>
        <q-option-group v-model="form.locations" type="checkbox" inline :options="[{ label: 'San Francisco, CA', value: 'sf' }, { label: 'Reno, NV', value: 'reno' }, { label: 'Austin, TX', value: 'austin' }]" aria-labelledby="lr-locations-label" />
      </div>
      <div data-field="weekends"><q-toggle v-model="form.weekends" label="I can work weekends during commissioning weeks" /></div>
      <div data-field="onCall"><q-toggle v-model="form.onCall" label="I'm willing to be on call one week a month" /></div>
      <div data-field="languages"><q-select outlined v-model="form.languages" :options="LANGUAGES" multiple use-chips label="Languages you speak fluently" for="lr-languages" /></div>

      <div class="text-subtitle1 q-mt-lg">Documents</div>
      <div data-field="resume"><q-file outlined v-model="form.resume" label="Resume *" accept=".pdf,.doc,.docx" for="lr-resume" /></div>
      <div data-field="coverLetter"><q-file outlined v-model="form.coverLetter" label="Cover letter" accept=".pdf,.doc,.docx,.txt" for="lr-cover" /></div>
      <div data-field="transcript"><q-file outlined v-model="form.transcript" label="Transcript (new graduates)" accept=".pdf" for="lr-transcript" /></div>

      <div data-field="source"><q-select outlined v-model="form.source" :options="SOURCES" label="How did you hear about us?" for="lr-source" /></div>
      <q-input v-if="form.source === 'Referred by a Lumenreach employee'" outlined v-model="form.referrer" label="Employee's name" for="lr-referrer" />
      <q-checkbox v-model="form.privacy" label="I have read the candidate privacy notice *" id="lr-privacy" />
      <div v-if="tried && !form.privacy" class="text-negative">Please accept the privacy notice.</div>
      <q-checkbox v-model="form.talentPool" label="Add me to the Lumenreach talent pool for future roles" id="lr-talent" />
      <div><q-btn type="submit" color="primary" label="Submit application" id="lr-submit" /></div>
    </q-form>
    <pre id="model">{{ model }}</pre>
    </div>
  `,
};

createApp(App)
  .use(Quasar, { components: { QBtn, QBtnToggle, QCheckbox, QFile, QForm, QInput, QItem, QItemSection, QList, QOptionGroup, QSelect, QToggle, QToolbar, QToolbarTitle } })
  .mount('#app');
