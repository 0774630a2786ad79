/*
 * Spreewerk Energy (a Berlin power-trading company opening a US desk) on its own Vue 3 + Quasar 2
 * careers site. The form keeps the Berlin team's defaults: dial-code q-select preset to "+49"
 * (use-input + @filter, "+1" for Canada listed before the US), salary in a q-input with a currency
 * q-select preset to EUR and a period q-select, dates as DD.MM.YYYY in a masked q-input whose
 * calendar icon opens a q-date in a q-popup-proxy. Country, state, school and languages are
 * q-selects with use-input + @filter as the Quasar docs show them (the school list is filtered from
 * a longer list, new values not allowed); degree, years and notice are plain q-selects; yes / no
 * questions are q-option-groups and a q-btn-toggle; CV and cover letter are q-files. Header job
 * search, a Crisp-style chat launcher with its own email box, footer newsletter.
 * The posting's text and its own questions come from posting.js; the form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import {
  ClosePopup, QBtn, QBtnToggle, QCard, QCardSection, QCheckbox, QDate, QFile, QForm, QIcon, QInput, QItem, QItemSection, QOptionGroup, QPopupProxy, QSelect, QToggle, QToolbar, QToolbarTitle, Quasar,
} from 'quasar';
import 'quasar/dist/quasar.css';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const DIAL = [
  { label: '🇩🇪 Deutschland +49', value: '+49 DE' },
  { label: '🇦🇹 Österreich +43', value: '+43 AT' },
  { label: '🇨🇭 Schweiz +41', value: '+41 CH' },
  { label: '🇳🇱 Nederland +31', value: '+31 NL' },
  { label: '🇬🇧 United Kingdom +44', value: '+44 GB' },
  { label: '🇨🇦 Canada +1', value: '+1 CA' },
  { label: '🇺🇸 United States +1', value: '+1 US' },
  { label: '🇵🇱 Polska +48', value: '+48 PL' },
];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const SCHOOLS = ['Technische Universität Berlin', 'Humboldt-Universität zu Berlin', 'Freie Universität Berlin', 'Technische Universität München', 'Karlsruher Institut für Technologie', 'University of California, Berkeley', 'University of California, San Diego', 'University of California, Santa Barbara', 'Berkeley College', 'University of Texas at Austin', 'Texas A&M University', 'Massachusetts Institute of Technology', 'Carnegie Mellon University', 'Stanford University'];
const LANGUAGES = ['English', 'German', 'French', 'Spanish', 'Polish', 'Dutch', 'Mandarin'];

function filtered(all) {
  const options = ref(all);
  const filter = (val, update) => {
    update(() => {
      const needle = val.toLowerCase();
      options.value = needle ? all.filter((v) => (typeof v === 'string' ? v : v.label).toLowerCase().includes(needle)) : all;
    });
  };
  return { options, filter };
}

const App = {
  setup() {
    const answers = Object.fromEntries(posting.questions.map((q) => [q.key, null]));
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: '+49 DE', phone: '', country: null, state: null, city: '',
      linkedin: '', cv: null, coverLetter: null, school: null, degree: null, years: null, languages: [],
      authorized: null, sponsorship: null, startDate: '', notice: null, salary: '', currency: 'EUR', period: null,
      ...answers, source: null, privacy: false, talentPool: false,
    });
    const dial = filtered(DIAL);
    const country = filtered(COUNTRIES);
    const state = filtered(STATES);
    const school = filtered(SCHOOLS);
    const langs = filtered(LANGUAGES);
    const search = ref('');
    const chatOpen = ref(false);
    const chatEmail = ref('');
    const newsletter = ref('');
    const sent = ref(false);
    const names = (v) => (Array.isArray(v) ? v.map((f) => f.name) : v ? [v.name] : []);
    const model = () => JSON.stringify({ ...form, cv: names(form.cv), coverLetter: names(form.coverLetter), search: search.value, chatEmail: chatEmail.value, newsletter: newsletter.value }, null, 1);
    const submit = () => { if (form.privacy && form.email && names(form.cv).length) sent.value = true; };
    return { form, dial, country, state, school, langs, search, chatOpen, chatEmail, newsletter, sent, model, submit, posting };
  },
  template: `
    <div>
      <q-toolbar class="bg-green-10 text-white">
        <q-toolbar-title>spreewerk <small style="opacity:.7">energy · careers</small></q-toolbar-title>
        <q-input dark dense standout v-model="search" for="sw-search" placeholder="Search jobs" style="width: 220px">
          <template v-slot:append><q-icon name="search" /></template>
        </q-input>
      </q-toolbar>
      <div class="q-pa-lg">
        <div class="text-overline">{{ posting.team }} · {{ posting.where }}</div>
        <h1 class="text-h4 q-my-sm">{{ posting.title }}</h1>
        <p v-for="p in posting.about" :key="p">{{ p }}</p>
        <q-card v-if="sent" id="sw-sent" flat bordered><q-card-section><div class="text-h6">Vielen Dank!</div>Your application has reached the Spreewerk recruiting team.</q-card-section></q-card>
        <q-form v-else id="sw-form" @submit="submit" class="q-gutter-md">
          <div class="text-h6">Personal details</div>
          <div class="row q-col-gutter-md">
            <q-input class="col-6" outlined v-model="form.firstName" for="sw-first" name="firstName" label="First name *" />
            <q-input class="col-6" outlined v-model="form.lastName" for="sw-last" name="lastName" label="Last name *" />
          </div>
          <q-input outlined v-model="form.email" for="sw-email" name="email" type="email" label="Email *" />
          <div class="row q-col-gutter-md">
            <q-select class="col-5" outlined v-model="form.dialCode" :options="dial.options.value" use-input input-debounce="0" @filter="dial.filter" emit-value map-options for="sw-dial" label="Country code" />
            <q-input class="col-7" outlined v-model="form.phone" for="sw-phone" name="phone" type="tel" label="Mobile number *" placeholder="1512 3456789" />
          </div>
          <div class="row q-col-gutter-md">
            <q-select class="col-6" outlined v-model="form.country" :options="country.options.value" use-input fill-input hide-selected input-debounce="0" @filter="country.filter" for="sw-country" label="Country of residence *" />
            <q-select class="col-6" outlined v-model="form.state" :options="state.options.value" use-input input-debounce="0" @filter="state.filter" for="sw-state" label="State (US applicants)" />
          </div>
          <q-input outlined v-model="form.city" for="sw-city" name="city" label="City *" />
          <q-input outlined v-model="form.linkedin" for="sw-linkedin" name="linkedin" label="LinkedIn or XING profile" />

          <div class="text-h6">Documents</div>
          <q-file outlined v-model="form.cv" for="sw-cv" name="cv" label="CV / Lebenslauf *" accept=".pdf,.doc,.docx" clearable><template v-slot:prepend><q-icon name="attach_file" /></template></q-file>
          <q-file outlined v-model="form.coverLetter" for="sw-cover" name="coverLetter" label="Cover letter / Anschreiben" accept=".pdf,.doc,.docx,.txt" clearable><template v-slot:prepend><q-icon name="attach_file" /></template></q-file>

          <div class="text-h6">Education & experience</div>
          <q-select outlined v-model="form.school" :options="school.options.value" use-input input-debounce="0" @filter="school.filter" for="sw-school" label="University / school" hint="Start typing to search">
            <template v-slot:no-option><q-item><q-item-section class="text-grey">No results</q-item-section></q-item></template>
          </q-select>
          <q-select outlined v-model="form.degree" :options="['Abitur / high school diploma', 'Apprenticeship (Ausbildung)', 'Bachelor', 'Master / Diplom', 'PhD / Promotion']" for="sw-degree" label="Highest degree" />
          <q-select outlined v-model="form.years" :options="posting.yearsOptions" for="sw-years" :label="posting.yearsLabel" />
          <q-select outlined v-model="form.languages" :options="langs.options.value" use-input use-chips multiple input-debounce="0" @filter="langs.filter" for="sw-langs" label="Languages you work in" />

          <div class="text-h6">Eligibility & availability</div>
          <div id="sw-auth">
            <div id="sw-auth-label" class="text-body1">Are you authorized to work in the United States without restriction? *</div>
            <q-option-group v-model="form.authorized" type="radio" name="authorized" inline :options="[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]" aria-labelledby="sw-auth-label" />
          </div>
          <div id="sw-sponsor">
            <div id="sw-sponsor-label" class="text-body1 q-mb-sm">Will you now or in the future require visa sponsorship? *</div>
            <q-btn-toggle v-model="form.sponsorship" toggle-color="green-10" :options="[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]" aria-labelledby="sw-sponsor-label" />
          </div>
          <div class="row q-col-gutter-md">
            <q-input class="col-6" outlined v-model="form.startDate" for="sw-start" name="startDate" label="Earliest start date" mask="##.##.####" hint="DD.MM.YYYY">
              <template v-slot:append>
                <q-icon name="event" class="cursor-pointer" id="sw-start-cal">
                  <q-popup-proxy cover transition-show="scale" transition-hide="scale">
                    <q-date v-model="form.startDate" mask="DD.MM.YYYY" first-day-of-week="1">
                      <div class="row items-center justify-end"><q-btn v-close-popup label="Close" color="primary" flat /></div>
                    </q-date>
                  </q-popup-proxy>
                </q-icon>
              </template>
            </q-input>
            <q-select class="col-6" outlined v-model="form.notice" :options="['None', '2 weeks', '1 month', '3 months', '6 months']" for="sw-notice" label="Notice period (Kündigungsfrist)" />
          </div>
          <div class="row q-col-gutter-md">
            <q-input class="col-5" outlined v-model="form.salary" for="sw-salary" name="salary" label="Salary expectation (gross)" />
            <q-select class="col-3" outlined v-model="form.currency" :options="['EUR', 'USD', 'GBP', 'CHF', 'PLN']" for="sw-currency" label="Currency" />
            <q-select class="col-4" outlined v-model="form.period" :options="['per year', 'per month']" for="sw-period" label="Period" />
          </div>
          <div v-for="q in posting.questions" :key="q.key" :class="'sw-q sw-q-' + q.key">
            <template v-if="q.type === 'radio'">
              <div :id="'sw-' + q.key + '-label'" class="text-body1">{{ q.label }}</div>
              <q-option-group v-model="form[q.key]" type="radio" :name="q.key" :options="q.options.map((o) => ({ label: o, value: o }))" :aria-labelledby="'sw-' + q.key + '-label'" />
            </template>
            <q-select v-else outlined v-model="form[q.key]" :options="q.options" :for="'sw-' + q.key" :label="q.label" />
          </div>
          <q-select outlined v-model="form.source" :options="['LinkedIn', 'StepStone', 'eFinancialCareers', 'Spreewerk website', 'Referral', 'Other']" for="sw-source" label="Where did you find this job?" />
          <q-checkbox v-model="form.privacy" id="sw-privacy" label="I have read the privacy notice (Datenschutzerklärung) and agree that Spreewerk processes my data for this application. *" />
          <q-toggle v-model="form.talentPool" id="sw-talentpool" label="Keep my profile in the Spreewerk talent pool for 12 months" />
          <div><q-btn type="submit" color="green-10" id="sw-submit" label="Send application" /></div>
          <pre id="model">{{ model() }}</pre>
        </q-form>
      </div>
      <div class="bg-grey-2 q-pa-lg">
        <div class="text-subtitle2">Spreewerk newsletter</div>
        <q-input dense outlined v-model="newsletter" for="sw-newsletter" label="Email" style="max-width: 360px" />
      </div>
      <div style="position: fixed; right: 16px; bottom: 16px; z-index: 10">
        <q-card v-if="chatOpen" style="width: 280px" id="sw-chat">
          <q-card-section>Hi! Questions about working at Spreewerk? Leave your email and we'll get back to you.
            <q-input dense outlined v-model="chatEmail" for="sw-chat-email" label="Your email" class="q-mt-sm" />
          </q-card-section>
        </q-card>
        <q-btn round color="green-10" icon="chat" id="sw-chat-btn" aria-label="Chat with us" @click="chatOpen = !chatOpen" />
      </div>
    </div>`,
};

createApp(App)
  .use(Quasar, { components: { QBtn, QBtnToggle, QCard, QCardSection, QCheckbox, QDate, QFile, QForm, QIcon, QInput, QItem, QItemSection, QOptionGroup, QPopupProxy, QSelect, QToggle, QToolbar, QToolbarTitle }, directives: { ClosePopup } })
  .mount('#app');
