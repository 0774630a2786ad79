/*
 * Larrowby Rail careers, another opening on the same page (Analytics Engineer, Ridership & Revenue):
 * Vue 3 + Naive UI, the application's state in a **Pinia** setup store (`useApplicationStore`: a
 * reactive form, the file list and a submit action); the page's components only bind to the store.
 * Pieces: n-form with rules (errors after submit), a grouped filterable **n-select** of home
 * stations, an **n-cascader** "Country / State", a personal-website n-input, a "currently employed"
 * n-radio group, years as an **n-select** of buckets, an **n-select multiple** of fare systems
 * (left alone), an **n-auto-complete** school, n-radio-button authorization, sponsorship as
 * n-radio sentences, **n-date-picker type="month"** ("MM/yyyy", formatted value "2027-01"),
 * n-input-number with a "$" prefix and thousands format, an n-checkbox-group (left alone), n-upload
 * (file list), n-switch, n-checkbox. The store's state goes to <pre id="model">.
 */
import { createApp, computed, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createPinia, defineStore } from 'pinia';
import naive from 'naive-ui';

const STATIONS = [
  { type: 'group', label: 'California', key: 'ca', children: ['Oakland Coliseum', 'Sacramento Valley', 'San Diego (Santa Fe Depot)', 'San Francisco (4th & King)', 'San Jose Diridon', 'South San Francisco'].map((v) => ({ label: v, value: v })) },
  { type: 'group', label: 'Oregon', key: 'or', children: ['Portland Union Station', 'Salem'].map((v) => ({ label: v, value: v })) },
  { type: 'group', label: 'Washington', key: 'wa', children: ['Seattle King Street', 'Tacoma Dome'].map((v) => ({ label: v, value: v })) },
  { type: 'group', label: 'Other', key: 'other', children: [{ label: 'None of these', value: 'none' }] },
];
const REGIONS = [
  { label: 'United States', value: 'US', children: [['CA', 'California'], ['NV', 'Nevada'], ['OR', 'Oregon'], ['WA', 'Washington'], ['TX', 'Texas'], ['NY', 'New York']].map(([v, l]) => ({ label: l, value: `US-${v}` })) },
  { label: 'Canada', value: 'CA', children: [['BC', 'British Columbia'], ['ON', 'Ontario']].map(([v, l]) => ({ label: l, value: `CA-${v}` })) },
  { label: 'Mexico', value: 'MX', children: [['BC', 'Baja California'], ['CMX', 'Ciudad de México']].map(([v, l]) => ({ label: l, value: `MX-${v}` })) },
];
const SCHOOLS = ['Berkeley City College', 'Cal Poly San Luis Obispo', 'Portland State University', 'San José State University', 'UC Berkeley Extension',
  'University of California, Berkeley', 'University of California, Davis', 'University of Washington'];
const DEGREES = ['No degree', 'Associate degree', "Bachelor's degree (BA/BS)", "Master's degree (MA/MS/MBA)", 'Doctorate (PhD)'].map((v) => ({ label: v, value: v }));
const YEARS = ['Under 3 years', '3 to 5 years', '6 to 10 years', 'Over 10 years'].map((v) => ({ label: v, value: v }));
const FARES = ['Clipper', 'Cubic NextFare', 'Masabi Justride', 'Token Transit', 'Vix', 'Flowbird', 'Other'].map((v) => ({ label: v, value: v }));
const HEARD = ['Larrowby website', 'LinkedIn', 'Transit Talent', 'APTA job board', 'Referral', 'Other'].map((v) => ({ label: v, value: v }));

const useApplicationStore = defineStore('application', () => {
  const form = reactive({
    firstName: '', lastName: '', email: '', phone: '', station: null, region: null, website: '', employed: null, employer: '', jobTitle: '',
    years: null, fareSystems: [], degree: null, school: '', authorized: null, sponsorship: null, available: null, salary: null, days: [],
    whyTransit: '', depotVisits: null, heard: null, alerts: false, consent: false,
  });
  const files = ref([]);
  const sent = ref(false);
  function setFiles(list) { files.value = list.map((f) => f.name); }
  function markSent() { sent.value = true; }
  return { form, files, sent, setFiles, markSent };
});

const App = {
  setup() {
    const store = useApplicationStore();
    const formRef = ref(null);
    const search = ref('');
    const schoolOptions = computed(() => {
      const q = (store.form.school || '').toLowerCase();
      return q.length < 2 ? [] : SCHOOLS.filter((s) => s.toLowerCase().includes(q));
    });
    const rules = {
      firstName: { required: true, message: 'Please enter your first name', trigger: 'blur' },
      lastName: { required: true, message: 'Please enter your last name', trigger: 'blur' },
      email: { required: true, message: 'Please enter your email', trigger: 'blur' },
      phone: { required: true, message: 'Please enter your phone', trigger: 'blur' },
      station: { required: true, message: 'Please choose a station', trigger: ['blur', 'change'] },
      authorized: { required: true, message: 'Required', trigger: 'change' },
      sponsorship: { required: true, message: 'Required', trigger: 'change' },
      employed: { required: true, message: 'Required', trigger: 'change' },
      years: { required: true, message: 'Required', trigger: ['blur', 'change'] },
      consent: { validator: (_r, v) => (v ? true : new Error('Please confirm')), trigger: 'change' },
    };
    const money = (v) => (v === '' || v == null ? '' : Number(v).toLocaleString('en-US'));
    const unmoney = (s) => (s.replace(/[^\d]/g, '') === '' ? null : Number(s.replace(/[^\d]/g, '')));
    // Search matches the whole path ("united states / cal"), not only one level's label.
    const pathFilter = (pattern, _option, path) => path.map((o) => o.label).join(' / ').toLowerCase().includes(pattern.trim().toLowerCase());
    const submit = (e) => {
      e.preventDefault();
      formRef.value?.validate((errors) => { if (!errors) store.markSent(); });
    };
    const model = computed(() => JSON.stringify({ ...store.form, resume: store.files }));
    return { store, formRef, search, schoolOptions, rules, money, unmoney, pathFilter, submit, model, STATIONS, REGIONS, DEGREES, YEARS, FARES, HEARD };
  },
  template: `<n-config-provider>
    <header class="lr-top">
      <span class="lr-logo">LARROWBY <em>rail</em></span>
      <nav><a href="#">Network</a><a href="#">Freight</a><a href="#">Careers</a></nav>
      <n-input id="lr-search" v-model:value="search" size="small" placeholder="Search jobs" style="width: 200px" :input-props="{ id: 'lr-search-input', 'aria-label': 'Search jobs' }" />
    </header>
    <main class="lr-main">
      <p class="lr-kicker">Commercial Analytics · San Francisco, CA or Sacramento, CA (hybrid)</p>
      <h1>Analytics Engineer, Ridership &amp; Revenue</h1>
      <p>Eleven million passenger trips a year, four fare systems and one question from the board every month: who rides, and what do they pay? Model tap, ticket and survey data in dbt so that planners and finance can answer it themselves.</p>
      <n-form ref="formRef" :model="store.form" :rules="rules" label-placement="top" id="lr-form" @submit="submit">
        <n-grid :cols="2" :x-gap="16">
          <n-form-item-gi label="First name" path="firstName"><n-input v-model:value="store.form.firstName" :input-props="{ id: 'lr-firstName', name: 'firstName', autocomplete: 'given-name' }" /></n-form-item-gi>
          <n-form-item-gi label="Last name" path="lastName"><n-input v-model:value="store.form.lastName" :input-props="{ id: 'lr-lastName', name: 'lastName', autocomplete: 'family-name' }" /></n-form-item-gi>
        </n-grid>
        <n-form-item label="Email" path="email"><n-input v-model:value="store.form.email" :input-props="{ id: 'lr-email', name: 'email', type: 'email' }" /></n-form-item>
        <n-form-item label="Phone" path="phone"><n-input v-model:value="store.form.phone" placeholder="(415) 555-0100" :input-props="{ id: 'lr-phone', name: 'phone', type: 'tel' }" /></n-form-item>
        <n-form-item label="Which station is closest to your home?" path="station">
          <n-select id="lr-station" v-model:value="store.form.station" :options="STATIONS" filterable placeholder="Choose a station" />
        </n-form-item>
        <n-form-item label="Country / State of residence" path="region">
          <n-cascader id="lr-region" v-model:value="store.form.region" :options="REGIONS" check-strategy="child" show-path filterable :filter="pathFilter" separator=" / " placeholder="Select" />
        </n-form-item>
        <n-form-item label="Personal website"><n-input v-model:value="store.form.website" :input-props="{ id: 'lr-website', name: 'website' }" placeholder="https://" /></n-form-item>
        <n-form-item label="Are you currently employed?" path="employed">
          <n-radio-group id="lr-employed" v-model:value="store.form.employed" name="employed"><n-space><n-radio value="yes">Yes</n-radio><n-radio value="no">No</n-radio></n-space></n-radio-group>
        </n-form-item>
        <n-grid :cols="2" :x-gap="16">
          <n-form-item-gi label="Current or last employer"><n-input v-model:value="store.form.employer" :input-props="{ id: 'lr-employer', name: 'employer' }" /></n-form-item-gi>
          <n-form-item-gi label="Job title"><n-input v-model:value="store.form.jobTitle" :input-props="{ id: 'lr-jobTitle', name: 'jobTitle' }" /></n-form-item-gi>
        </n-grid>
        <n-form-item label="How many years have you worked in analytics or data engineering?" path="years">
          <n-select id="lr-years" v-model:value="store.form.years" :options="YEARS" placeholder="Select" />
        </n-form-item>
        <n-form-item label="Fare or ticketing systems whose data you have worked with">
          <n-select id="lr-fares" v-model:value="store.form.fareSystems" :options="FARES" multiple clearable placeholder="Select all that apply" />
        </n-form-item>
        <n-grid :cols="2" :x-gap="16">
          <n-form-item-gi label="Highest level of education"><n-select id="lr-degree" v-model:value="store.form.degree" :options="DEGREES" placeholder="Select" /></n-form-item-gi>
          <n-form-item-gi label="School"><n-auto-complete v-model:value="store.form.school" :options="schoolOptions" placeholder="Start typing" :input-props="{ id: 'lr-school', name: 'school', autocomplete: 'off' }" /></n-form-item-gi>
        </n-grid>
        <n-form-item label="Are you legally authorized to work in the United States?" path="authorized">
          <n-radio-group id="lr-authorized" v-model:value="store.form.authorized" name="authorized"><n-radio-button value="yes">Yes</n-radio-button><n-radio-button value="no">No</n-radio-button></n-radio-group>
        </n-form-item>
        <n-form-item label="Visa sponsorship" path="sponsorship">
          <n-radio-group id="lr-sponsorship" v-model:value="store.form.sponsorship" name="sponsorship"><n-space vertical>
            <n-radio value="none">I do not need sponsorship</n-radio>
            <n-radio value="now">I need sponsorship to start</n-radio>
            <n-radio value="later">I will need sponsorship in the future (e.g. when my OPT or EAD ends)</n-radio>
          </n-space></n-radio-group>
        </n-form-item>
        <n-grid :cols="2" :x-gap="16">
          <n-form-item-gi label="Earliest start (month)">
            <n-date-picker id="lr-available" v-model:formatted-value="store.form.available" type="month" format="MM/yyyy" value-format="yyyy-MM" placeholder="MM/YYYY" clearable />
          </n-form-item-gi>
          <n-form-item-gi label="Annual base salary you are looking for">
            <n-input-number v-model:value="store.form.salary" :show-button="false" :format="money" :parse="unmoney" :input-props="{ id: 'lr-salary', name: 'salary' }" style="width: 100%">
              <template #prefix>$</template><template #suffix>USD</template>
            </n-input-number>
          </n-form-item-gi>
        </n-grid>
        <n-form-item label="Which office days suit you?">
          <n-checkbox-group id="lr-days" v-model:value="store.form.days"><n-space><n-checkbox value="tue">Tuesday</n-checkbox><n-checkbox value="wed">Wednesday</n-checkbox><n-checkbox value="thu">Thursday</n-checkbox></n-space></n-checkbox-group>
        </n-form-item>
        <n-form-item label="Resume">
          <n-upload class="lr-resume" :default-upload="false" :max="1" accept=".pdf,.doc,.docx" @update:file-list="store.setFiles"><n-button>Select file</n-button></n-upload>
        </n-form-item>
        <n-form-item label="What draws you to public transportation? (optional)"><n-input v-model:value="store.form.whyTransit" type="textarea" :rows="4" :input-props="{ id: 'lr-whyTransit', name: 'whyTransit' }" /></n-form-item>
        <n-form-item label="Could you spend one day a month at our Sacramento depot?">
          <n-radio-group id="lr-depot" v-model:value="store.form.depotVisits" name="depotVisits"><n-space><n-radio value="yes">Yes</n-radio><n-radio value="no">No</n-radio><n-radio value="discuss">Let's discuss</n-radio></n-space></n-radio-group>
        </n-form-item>
        <n-form-item label="How did you hear about this job?"><n-select id="lr-heard" v-model:value="store.form.heard" :options="HEARD" clearable placeholder="Select" /></n-form-item>
        <n-form-item label="Job alerts"><n-switch id="lr-alerts" v-model:value="store.form.alerts" /><span style="margin-left: 8px">Email me new analytics jobs</span></n-form-item>
        <n-form-item path="consent" :show-label="false"><n-checkbox id="lr-consent" v-model:checked="store.form.consent">I consent to Larrowby Rail processing my application data.</n-checkbox></n-form-item>
        <n-button id="lr-submit" type="primary" attr-type="submit">Submit application</n-button>
        <n-alert v-if="store.sent" id="lr-sent" type="success" style="margin-top: 14px">Application submitted. Thank you!</n-alert>
      </n-form>
    </main>
    <pre id="model">{{ model }}</pre>
  </n-config-provider>`,
};

createApp(App).use(createPinia()).use(naive).mount('#app');
