/*
 * Brightkeel Marine careers: Vue 3 + Quasar 2 + Pinia. A q-stepper (only the open step is mounted)
 * whose values all live in one Pinia setup store, so Back, the header steps and the review's Edit
 * buttons find them again. Each step is a q-form of lazy-rules fields (checked when you leave them)
 * and "Save and continue" calls validate() and stays put on an error. Follow-ups show under the
 * answer that asks for them; work history and education are lists with "Add another"; the
 * "Role questions" step loads the job's questions from the API (q-spinner) when it opens.
 */
import { computed, createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import { createPinia, defineStore, storeToRefs } from 'pinia';
import { ClosePopup, QBtn, QBtnToggle, QCard, QCardSection, QCheckbox, QDate, QFile, QForm, QIcon, QInput, QOptionGroup, QPopupProxy, QSelect, QSeparator, QSpinner, QStep, QStepper, QStepperNavigation, Quasar } from 'quasar';
import 'quasar/dist/quasar.css';

const JOB = window.BK_JOB;
const opts = (list) => list.map((label) => ({ label, value: label }));
const STATES = [['AK', 'Alaska'], ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['FL', 'Florida'], ['HI', 'Hawaii'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MA', 'Massachusetts'], ['NY', 'New York'], ['OR', 'Oregon'], ['TX', 'Texas'], ['VA', 'Virginia'], ['WA', 'Washington']].map(([value, label]) => ({ value, label }));
const COUNTRIES = ['United States', 'Canada', 'Norway', 'Denmark', 'Singapore', 'United Kingdom', 'American Samoa'];
const DEGREES = ['High school / GED', 'Associate', "Bachelor's", "Master's", 'PhD', 'Maritime academy license program'];
const blankJob = () => ({ employer: '', title: '', from: '', current: false });
const blankSchool = () => ({ school: '', degree: null, field: '' });

const api = { questions: (jobId) => new Promise((resolve) => setTimeout(() => resolve({ jobId, questions: JOB.questions }), 900)) };

const useApplication = defineStore('application', () => {
  const step = ref(1);
  const sent = ref(false);
  const contact = ref({ firstName: '', lastName: '', email: '', phone: '', city: '', state: null, country: null, linkedin: '' });
  const resume = ref(null);
  const jobs = ref([blankJob()]);
  const schools = ref([blankSchool()]);
  const eligibility = ref({ authorized: null, sponsorship: null, visaType: null, employed: null, currentEmployer: '', notice: null, former: null, formerWhen: '', salary: null, startDate: '' });
  const questions = ref(null);
  const answers = ref({});
  const eeo = ref({ gender: null, ethnicity: null, veteran: null });
  const loading = ref(false);
  async function loadQuestions() {
    if (questions.value || loading.value) return;
    loading.value = true;
    const res = await api.questions(JOB.id);
    res.questions.forEach((q) => { if (!(q.id in answers.value)) answers.value[q.id] = q.type === 'text' || q.type === 'textarea' ? '' : null; });
    questions.value = res.questions;
    loading.value = false;
  }
  const snapshot = computed(() => ({ step: step.value, contact: contact.value, resume: resume.value ? resume.value.name : null, jobs: jobs.value, schools: schools.value, eligibility: eligibility.value, answers: answers.value, eeo: eeo.value }));
  return { step, sent, contact, resume, jobs, schools, eligibility, questions, answers, eeo, loading, loadQuestions, snapshot };
});

const required = (msg) => (v) => (v !== null && v !== undefined && String(v).trim() !== '') || msg;

const App = {
  setup() {
    const app = useApplication();
    const { step, contact, jobs, schools, eligibility, answers, eeo } = storeToRefs(app);
    const forms = {};
    const setForm = (n, el) => { if (el) forms[n] = el; };
    const keyword = ref('');
    const next = async () => {
      const ok = await forms[step.value].validate(true);
      if (!ok) return;
      if (step.value === 4 && app.loading) return;
      step.value += 1;
      if (step.value === 4) app.loadQuestions();
    };
    const back = () => { step.value -= 1; };
    const edit = (n) => { step.value = n; if (n === 4) app.loadQuestions(); };
    const submit = () => { app.sent = true; };
    const stateLabel = (code) => STATES.find((s) => s.value === code)?.label ?? '';
    return {
      app, step, contact, jobs, schools, eligibility, answers, eeo, setForm, keyword, next, back, edit, submit, stateLabel, required,
      STATES, COUNTRIES, DEGREES, YES_NO: opts(['Yes', 'No']), VISAS: ['H-1B', 'TN', 'E-3', 'L-1', 'F-1 OPT', 'Other'], NOTICE: ['None', '1 week', '2 weeks', '3–4 weeks', 'More than a month'],
      opts, blankJob, blankSchool, JOB,
      model: computed(() => JSON.stringify(app.snapshot, null, 2)),
    };
  },
  template: `
  <div v-if="app.sent" id="bk-done" class="bk-done"><h2>Thanks, {{ contact.firstName }} — your application is in.</h2><p>Our talent team reviews every application within ten working days.</p></div>
  <div v-else>
    <q-stepper v-model="step" color="primary" animated flat bordered alt-labels class="bk-stepper">
      <q-step :name="1" title="Contact" icon="person" :done="step > 1">
        <q-form :ref="(el) => setForm(1, el)" greedy class="bk-grid" @submit.prevent>
          <div data-field="firstName"><q-input outlined v-model="contact.firstName" label="First name *" for="bk-first" lazy-rules :rules="[required('Please enter your first name')]" /></div>
          <div data-field="lastName"><q-input outlined v-model="contact.lastName" label="Last name *" for="bk-last" lazy-rules :rules="[required('Please enter your last name')]" /></div>
          <div data-field="email" class="bk-wide"><q-input outlined type="email" v-model="contact.email" label="Email *" for="bk-email" lazy-rules :rules="[required('Please enter your email'), v => /.+@.+\\..+/.test(v) || 'That email does not look right']" /></div>
          <div data-field="phone"><q-input outlined v-model="contact.phone" label="Mobile phone *" for="bk-phone" mask="(###) ###-####" unmasked-value hint="US numbers only" lazy-rules :rules="[v => (v || '').length === 10 || 'Enter a 10-digit number']" /></div>
          <div data-field="city"><q-input outlined v-model="contact.city" label="City *" for="bk-city" lazy-rules :rules="[required('Please enter your city')]" /></div>
          <div data-field="state"><q-select outlined v-model="contact.state" :options="STATES" emit-value map-options label="State" for="bk-state" /></div>
          <div data-field="country"><q-select outlined v-model="contact.country" :options="COUNTRIES" label="Country *" for="bk-country" lazy-rules :rules="[required('Please choose a country')]" /></div>
          <div data-field="linkedin" class="bk-wide"><q-input outlined v-model="contact.linkedin" label="LinkedIn URL" for="bk-linkedin" /></div>
        </q-form>
      </q-step>

      <q-step :name="2" title="Experience" icon="work" :done="step > 2">
        <q-form :ref="(el) => setForm(2, el)" greedy @submit.prevent>
          <div data-field="resume"><q-file outlined v-model="app.resume" label="Resume (PDF, DOC, DOCX) *" for="bk-resume" accept=".pdf,.doc,.docx" lazy-rules :rules="[v => !!v || 'Please attach your resume']"><template v-slot:prepend><q-icon name="attach_file" /></template></q-file></div>
          <h3 class="bk-h3">Work history</h3>
          <p class="bk-hint">Most recent position first.</p>
          <q-card flat bordered v-for="(job, i) in jobs" :key="'job' + i" class="bk-card" :data-block="'job-' + i">
            <q-card-section class="bk-grid">
              <div class="bk-wide bk-card-title">Position {{ i + 1 }}</div>
              <div :data-field="'job-' + i + '-employer'"><q-input outlined v-model="job.employer" label="Employer" :for="'bk-job-' + i + '-employer'" lazy-rules :rules="i === 0 ? [required('Please enter the employer')] : []" /></div>
              <div :data-field="'job-' + i + '-title'"><q-input outlined v-model="job.title" label="Job title" :for="'bk-job-' + i + '-title'" lazy-rules :rules="i === 0 ? [required('Please enter your title')] : []" /></div>
              <div :data-field="'job-' + i + '-from'"><q-input outlined v-model="job.from" label="Start (MM/YYYY)" :for="'bk-job-' + i + '-from'" mask="##/####" /></div>
              <div :data-field="'job-' + i + '-current'" class="bk-check"><q-checkbox v-model="job.current" label="This is my current job" :id="'bk-job-' + i + '-current'" /></div>
            </q-card-section>
          </q-card>
          <q-btn flat color="primary" icon="add" label="Add another position" id="bk-add-job" @click="jobs.push(blankJob())" />
          <h3 class="bk-h3">Education</h3>
          <q-card flat bordered v-for="(s, i) in schools" :key="'school' + i" class="bk-card">
            <q-card-section class="bk-grid">
              <div :data-field="'school-' + i + '-school'"><q-input outlined v-model="s.school" label="School" :for="'bk-school-' + i" /></div>
              <div :data-field="'school-' + i + '-degree'"><q-select outlined v-model="s.degree" :options="DEGREES" label="Degree" :for="'bk-degree-' + i" /></div>
              <div :data-field="'school-' + i + '-field'" class="bk-wide"><q-input outlined v-model="s.field" label="Field of study" :for="'bk-field-' + i" /></div>
            </q-card-section>
          </q-card>
          <q-btn flat color="primary" icon="add" label="Add another school" id="bk-add-school" @click="schools.push(blankSchool())" />
        </q-form>
      </q-step>

      <q-step :name="3" title="Eligibility" icon="verified" :done="step > 3">
        <q-form :ref="(el) => setForm(3, el)" greedy @submit.prevent>
          <div data-field="authorized" class="bk-q"><div class="bk-q-label" id="bk-auth-label">Are you legally authorized to work in the United States? *</div>
            <q-option-group v-model="eligibility.authorized" :options="YES_NO" type="radio" inline aria-labelledby="bk-auth-label" /></div>
          <div data-field="sponsorship" class="bk-q"><div class="bk-q-label" id="bk-sponsor-label">Will you now or in the future need Brightkeel to sponsor a work visa? *</div>
            <q-option-group v-model="eligibility.sponsorship" :options="YES_NO" type="radio" inline aria-labelledby="bk-sponsor-label" /></div>
          <div data-field="visaType" class="bk-follow" v-show="eligibility.sponsorship === 'Yes'"><q-select outlined v-model="eligibility.visaType" :options="VISAS" label="Which visa type?" for="bk-visa" /></div>
          <div data-field="employed" class="bk-q"><div class="bk-q-label" id="bk-employed-label">Are you currently employed? *</div>
            <q-btn-toggle v-model="eligibility.employed" :options="YES_NO" toggle-color="primary" unelevated aria-labelledby="bk-employed-label" /></div>
          <div class="bk-follow bk-grid" v-show="eligibility.employed === 'Yes'">
            <div data-field="currentEmployer"><q-input outlined v-model="eligibility.currentEmployer" label="Current employer" for="bk-current-employer" /></div>
            <div data-field="notice"><q-select outlined v-model="eligibility.notice" :options="NOTICE" label="Notice period" for="bk-notice" /></div>
          </div>
          <div data-field="former" class="bk-q"><div class="bk-q-label" id="bk-former-label">Have you worked for Brightkeel Marine before? *</div>
            <q-option-group v-model="eligibility.former" :options="YES_NO" type="radio" inline aria-labelledby="bk-former-label" /></div>
          <div data-field="formerWhen" class="bk-follow" v-show="eligibility.former === 'Yes'"><q-input outlined v-model="eligibility.formerWhen" label="When, and in which team?" for="bk-former-when" /></div>
          <div class="bk-grid">
            <div data-field="salary"><q-input outlined type="number" v-model.number="eligibility.salary" label="Desired base salary" for="bk-salary" prefix="$" suffix="USD / year" /></div>
            <div data-field="startDate"><q-input outlined v-model="eligibility.startDate" label="Earliest start date" for="bk-start" mask="##/##/####" hint="MM/DD/YYYY">
              <template v-slot:append><q-icon name="event" class="cursor-pointer"><q-popup-proxy cover transition-show="scale" transition-hide="scale"><q-date v-model="eligibility.startDate" mask="MM/DD/YYYY"><div class="row items-center justify-end"><q-btn v-close-popup label="Close" color="primary" flat /></div></q-date></q-popup-proxy></q-icon></template>
            </q-input></div>
          </div>
        </q-form>
      </q-step>

      <q-step :name="4" title="Role questions" icon="quiz" :done="step > 4">
        <q-form :ref="(el) => setForm(4, el)" greedy @submit.prevent>
          <div v-if="app.loading || !app.questions" class="bk-loading"><q-spinner color="primary" size="2em" /> Loading questions for this role…</div>
          <template v-else>
            <div v-for="q in app.questions" :key="q.id" :data-field="'q-' + q.id" class="bk-q">
              <template v-if="q.type === 'radio'">
                <div class="bk-q-label" :id="'bk-q-' + q.id + '-label'">{{ q.text }}{{ q.required ? ' *' : '' }}</div>
                <q-option-group v-model="answers[q.id]" :options="opts(q.options)" type="radio" :aria-labelledby="'bk-q-' + q.id + '-label'" />
              </template>
              <q-select v-else-if="q.type === 'select'" outlined v-model="answers[q.id]" :options="q.options" :label="q.text + (q.required ? ' *' : '')" :for="'bk-q-' + q.id" lazy-rules :rules="q.required ? [required('Please choose an answer')] : []" />
              <q-input v-else outlined v-model="answers[q.id]" :type="q.type === 'textarea' ? 'textarea' : 'text'" :label="q.text + (q.required ? ' *' : '')" :for="'bk-q-' + q.id" :autogrow="q.type === 'textarea'" />
            </div>
            <q-separator class="q-my-md" />
            <h3 class="bk-h3">Voluntary self-identification</h3>
            <div class="bk-grid">
              <div data-field="eeo-gender"><q-select outlined v-model="eeo.gender" :options="['Female', 'Male', 'Non-binary', 'Decline to self-identify']" label="Gender" for="bk-eeo-gender" /></div>
              <div data-field="eeo-ethnicity"><q-select outlined v-model="eeo.ethnicity" :options="['Asian', 'Black or African American', 'Hispanic or Latino', 'Native American or Alaska Native', 'Native Hawaiian or Pacific Islander', 'White', 'Two or more races', 'Decline to self-identify']" label="Race / ethnicity" for="bk-eeo-ethnicity" /></div>
              <div data-field="eeo-veteran"><q-select outlined v-model="eeo.veteran" :options="['I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify']" label="Veteran status" for="bk-eeo-veteran" /></div>
            </div>
          </template>
        </q-form>
      </q-step>

      <q-step :name="5" title="Review" icon="fact_check">
        <q-form :ref="(el) => setForm(5, el)" @submit.prevent>
          <p class="bk-hint">Here is everything you entered. Edit a section or send your application.</p>
          <div class="bk-review"><h4>Contact <q-btn flat dense size="sm" color="primary" label="Edit" class="bk-edit" @click="edit(1)" /></h4>
            <div>{{ contact.firstName }} {{ contact.lastName }} · {{ contact.email }} · {{ contact.phone }}</div><div>{{ contact.city }}{{ contact.state ? ', ' + stateLabel(contact.state) : '' }} · {{ contact.country }}</div><div>{{ contact.linkedin }}</div></div>
          <div class="bk-review"><h4>Experience <q-btn flat dense size="sm" color="primary" label="Edit" class="bk-edit" @click="edit(2)" /></h4>
            <div>Resume: {{ app.resume ? app.resume.name : '—' }}</div><div v-for="(job, i) in jobs" :key="i">{{ job.title }} at {{ job.employer }}{{ job.current ? ' (current)' : '' }}</div><div v-for="(s, i) in schools" :key="'s' + i">{{ s.degree }} · {{ s.school }}</div></div>
          <div class="bk-review"><h4>Eligibility <q-btn flat dense size="sm" color="primary" label="Edit" class="bk-edit" @click="edit(3)" /></h4>
            <div>Authorized: {{ eligibility.authorized }} · Sponsorship: {{ eligibility.sponsorship }} · Employed: {{ eligibility.employed }} {{ eligibility.employed === 'Yes' ? '(' + eligibility.currentEmployer + ')' : '' }}</div><div>Salary: {{ eligibility.salary ? '$' + eligibility.salary : '—' }} · Start: {{ eligibility.startDate || '—' }}</div></div>
          <div class="bk-review"><h4>Role questions <q-btn flat dense size="sm" color="primary" label="Edit" class="bk-edit" @click="edit(4)" /></h4>
            <div v-for="q in (app.questions || [])" :key="q.id">{{ q.text }} — {{ answers[q.id] || '—' }}</div></div>
        </q-form>
      </q-step>

      <template v-slot:navigation>
        <q-stepper-navigation class="bk-nav">
          <q-btn v-if="step > 1" flat color="primary" label="Back" id="bk-back" @click="back" class="q-mr-sm" />
          <q-btn v-if="step < 5" color="primary" label="Save and continue" id="bk-next" @click="next" />
          <q-btn v-else color="primary" label="Submit application" id="bk-submit" @click="submit" />
        </q-stepper-navigation>
      </template>
    </q-stepper>
  </div>
  <pre id="model">{{ model }}</pre>`,
};

createApp(App)
  .use(createPinia())
  .use(Quasar, { components: { QBtn, QBtnToggle, QCard, QCardSection, QCheckbox, QDate, QFile, QForm, QIcon, QInput, QOptionGroup, QPopupProxy, QSelect, QSeparator, QSpinner, QStep, QStepper, QStepperNavigation }, directives: { ClosePopup } })
  .mount('#bk-app');
