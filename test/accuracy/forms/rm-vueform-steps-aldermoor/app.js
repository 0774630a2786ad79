// Aldermoor Energy's careers page: a three-step Vueform application (Vue 3, default "vueform"
// theme) built from a schema with `steps`: the step tabs at the top, Previous / Next / Submit
// controls below, and step-by-step validation with the library's messages.
import { createApp, h, ref, watch } from 'vue';
import Vueform, { Vueform as VueformComponent } from '@vueform/vueform';
import vueformTheme from '@vueform/vueform/dist/vueform';
import en from '@vueform/vueform/locales/en';
import '@vueform/vueform/dist/vueform.css';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

const steps = {
  details: { label: 'Your details', elements: ['h_details', 'first_name', 'last_name', 'email', 'phone', 'street', 'city', 'state', 'zip', 'country'] },
  experience: { label: 'Experience', elements: ['h_exp', 'employer', 'title', 'years', 'degree', 'school', 'linkedin', 'resume', 'cover_letter'] },
  questions: { label: 'A few questions', elements: ['h_q', 'work_auth', 'sponsorship', 'start_date', 'salary', 'pay_basis', 'tools', 'storm_duty', 'veteran', 'privacy'] },
};

const schema = {
  h_details: { type: 'static', tag: 'h3', content: 'Tell us how to reach you' },
  first_name: { type: 'text', label: 'First name', rules: ['required'], columns: { container: 6 } },
  last_name: { type: 'text', label: 'Last name', rules: ['required'], columns: { container: 6 } },
  email: { type: 'text', inputType: 'email', label: 'Email address', rules: ['required', 'email'] },
  phone: { type: 'phone', label: 'Mobile phone', include: ['us', 'ca', 'mx', 'gb', 'ie', 'in'], rules: ['required'], description: 'Select your country, then enter your number.' },
  street: { type: 'text', label: 'Street address' },
  city: { type: 'text', label: 'City', columns: { container: 5 } },
  state: {
    type: 'select', label: 'State', native: false, search: true, columns: { container: 4 }, placeholder: 'Select', noResultsText: 'No matching state',
    items: async () => { await wait(600); return STATES; },
  },
  zip: { type: 'text', label: 'ZIP code', columns: { container: 3 } },
  country: { type: 'select', label: 'Country', native: true, default: 'US', items: { US: 'United States', CA: 'Canada', MX: 'Mexico', OTHER: 'Another country' } },
  h_exp: { type: 'static', tag: 'h3', content: 'Your experience' },
  employer: { type: 'text', label: 'Current or most recent employer', columns: { container: 6 } },
  title: { type: 'text', label: 'Job title', columns: { container: 6 } },
  years: {
    type: 'radiogroup', view: 'blocks', label: 'How many years have you worked with production data pipelines?', rules: ['required'],
    items: [
      { value: 'entry', label: 'Up to 2 years', description: 'You have shipped pipelines with guidance.' },
      { value: 'mid', label: '3 to 5 years', description: 'You own pipelines end to end.' },
      { value: 'senior', label: '6 to 10 years', description: 'You set direction for a platform.' },
      { value: 'principal', label: 'More than 10 years', description: 'You have led several platforms.' },
    ],
  },
  degree: {
    type: 'select', label: 'Highest completed education', native: true, placeholder: 'Please choose',
    items: [
      { value: 'hs', label: 'High school or GED' },
      { value: 'assoc', label: 'Associate' },
      { value: 'ba', label: 'Bachelor' },
      { value: 'ms', label: 'Master' },
      { value: 'phd', label: 'Doctorate' },
      { value: 'cert', label: 'Trade certificate (not for this role)', disabled: true },
    ],
  },
  school: { type: 'text', label: 'School or university', description: 'Where you earned your highest degree.' },
  linkedin: { type: 'text', inputType: 'url', label: 'LinkedIn profile', placeholder: 'https://', rules: ['nullable', 'url'] },
  resume: { type: 'file', label: 'Resume', accept: ['.pdf', '.docx'], auto: false, uploadTempEndpoint: false, removeTempEndpoint: false, removeEndpoint: false, rules: ['required'], description: 'PDF or DOCX, max 8 MB.' },
  cover_letter: { type: 'textarea', label: 'Cover letter', rows: 5, description: 'Optional.' },
  h_q: { type: 'static', tag: 'h3', content: 'A few questions' },
  work_auth: { type: 'radiogroup', label: 'Are you legally eligible to work in the United States?', items: ['Yes', 'No'], rules: ['required'] },
  sponsorship: { type: 'radiogroup', label: 'Will you require Aldermoor to sponsor a work visa now or in the future?', items: ['Yes', 'No'], rules: ['required'] },
  start_date: { type: 'date', label: 'Date available', displayFormat: 'MM/DD/YYYY', valueFormat: 'YYYY-MM-DD', placeholder: 'MM/DD/YYYY', extendOptions: { allowInput: true }, columns: { container: 6 } },
  salary: { type: 'text', inputType: 'number', label: 'Desired pay', addons: { before: '$' }, rules: ['nullable', 'numeric'], columns: { container: 3 } },
  pay_basis: { type: 'select', label: 'Pay basis', native: true, default: 'hourly', items: { hourly: 'Hourly', annual: 'Annual salary' }, columns: { container: 3 } },
  tools: { type: 'checkboxgroup', label: 'Which forecasting tools have you used?', items: ['Prophet', 'statsmodels', 'PLEXOS', 'Aurora', 'None of these'] },
  storm_duty: { type: 'toggle', label: 'Storm response', text: 'I can support storm-response data operations on short notice' },
  veteran: { type: 'select', label: 'Veteran status (voluntary)', native: true, placeholder: 'Choose', items: { protected: 'I identify as a protected veteran', not: 'I am not a protected veteran', decline: 'I decline to answer' } },
  privacy: { type: 'checkbox', text: 'I have read and agree to the Aldermoor applicant privacy statement.', rules: ['accepted'], messages: { accepted: 'Please accept the privacy statement.' } },
};

const App = {
  setup() {
    const data = ref({});
    const done = ref(false);
    watch(data, (v) => {
      const out = { ...v, resume: v.resume ? v.resume.name ?? String(v.resume) : null };
      const pre = document.getElementById('model');
      if (pre) pre.textContent = JSON.stringify(out, null, 1);
    }, { deep: true, immediate: true });
    return () => done.value
      ? h('div', { id: 'al-done', class: 'al-done' }, [h('h2', 'Application received'), h('p', 'Thank you for your interest in Aldermoor Energy. A recruiter will contact you if your background matches the role.')])
      : h(VueformComponent, {
        schema, steps, endpoint: false, sync: true, displayErrors: true, validateOn: 'change|step', id: 'al-apply',
        modelValue: data.value, 'onUpdate:modelValue': (v) => { data.value = v; },
        onSubmit: () => { done.value = true; },
      });
  },
};

const app = createApp(App);
app.use(Vueform, { theme: vueformTheme, locales: { en }, locale: 'en', displayErrors: true });
app.mount('#app');
