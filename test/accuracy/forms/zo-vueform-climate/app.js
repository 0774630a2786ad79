// A climate-analytics company's careers page: the application form is a Vueform schema (Vue 3),
// rendered with the default "vueform" theme.
import { createApp, h, ref, watch } from 'vue';
import Vueform, { Vueform as VueformComponent } from '@vueform/vueform';
import vueformTheme from '@vueform/vueform/dist/vueform';
import en from '@vueform/vueform/locales/en';
import '@vueform/vueform/dist/vueform.css';

const PLACES = ['San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco, Córdoba, Argentina', 'San Diego, California, United States', 'Sacramento, California, United States', 'Oakland, California, United States', 'Boulder, Colorado, United States', 'Denver, Colorado, United States', 'Seattle, Washington, United States', 'Vancouver, British Columbia, Canada'];
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

const schema = {
  h_you: { type: 'static', tag: 'h3', content: 'About you' },
  first_name: { type: 'text', label: 'First name', rules: ['required'], columns: { container: 6 }, autocomplete: 'given-name' },
  last_name: { type: 'text', label: 'Last name', rules: ['required'], columns: { container: 6 }, autocomplete: 'family-name' },
  email: { type: 'text', inputType: 'email', label: 'Email', rules: ['required', 'email'], autocomplete: 'email' },
  phone: { type: 'phone', label: 'Phone', rules: ['required'], include: ['us', 'ca', 'gb', 'de', 'nl', 'in', 'au'], description: 'We only call to schedule interviews.' },
  location: {
    type: 'select', label: 'Where do you live?', search: true, native: false, inputType: 'search', autocomplete: 'off',
    minChars: 2, delay: 300, resolveOnLoad: false, filterResults: false, placeholder: 'Search your city', noOptionsText: 'Type at least 2 characters', noResultsText: 'No places found',
    items: async (query) => { await wait(200); const q = (query || '').toLowerCase(); return PLACES.filter((p) => p.toLowerCase().includes(q)); },
    rules: ['required'],
  },
  linkedin: { type: 'text', inputType: 'url', label: 'LinkedIn', placeholder: 'https://www.linkedin.com/in/…', rules: ['nullable', 'url'] },
  website: { type: 'text', inputType: 'url', label: 'Personal website', placeholder: 'https://', rules: ['nullable', 'url'], columns: { container: 6 } },
  github: { type: 'text', label: 'GitHub username', placeholder: 'octocat', addons: { before: 'github.com/' }, columns: { container: 6 } },
  h_exp: { type: 'static', tag: 'h3', content: 'Experience' },
  employer: { type: 'text', label: 'Current employer', columns: { container: 6 } },
  title: { type: 'text', label: 'Current title', columns: { container: 6 } },
  years: { type: 'radiogroup', view: 'tabs', label: 'Years of experience in data engineering', items: ['0–2', '3–5', '6–9', '10+'], rules: ['required'] },
  degree: { type: 'select', label: 'Highest degree', native: true, placeholder: 'Choose one', items: { none: 'No degree', associate: 'Associate', bachelor: 'Bachelor’s', master: 'Master’s', phd: 'PhD' } },
  skills: { type: 'tags', label: 'Climate or geospatial datasets you have worked with', search: true, create: true, items: ['ERA5', 'CMIP6', 'Sentinel-2', 'Landsat', 'MODIS', 'NOAA GHCN', 'FIRMS'], placeholder: 'Add datasets' },
  resume: { type: 'multifile', label: 'Resume and work samples', accept: ['pdf', 'docx'], auto: false, file: { auto: false, uploadTempEndpoint: false }, buttonLabel: 'Add files', uploadTempEndpoint: false, removeTempEndpoint: false, removeEndpoint: false, description: 'PDF or DOCX. Optional if your LinkedIn is up to date.' },
  cover_letter: { type: 'textarea', label: 'Cover letter', rows: 6, autogrow: false },
  h_logistics: { type: 'static', tag: 'h3', content: 'Logistics' },
  salary: { type: 'text', inputType: 'number', label: 'Expected base salary', addons: { before: '$', after: 'per year' }, columns: { container: 6 }, rules: ['nullable', 'numeric'] },
  start_date: { type: 'date', label: 'Earliest start date', extendOptions: { allowInput: true }, placeholder: 'Month D, YYYY', displayFormat: 'MMMM D, YYYY', valueFormat: 'YYYY-MM-DD', loadFormat: 'YYYY-MM-DD', min: '2026-12-03', columns: { container: 6 } },
  work_auth: { type: 'radiogroup', label: 'Are you authorized to work in the US?', items: ['Yes', 'No'], rules: ['required'] },
  sponsorship: { type: 'radiogroup', label: 'Will you need visa sponsorship, now or later?', items: ['Yes', 'No'], rules: ['required'] },
  onsite: { type: 'slider', label: 'How many days a week would you like to be in our Oakland office?', min: 0, max: 5, default: 2, tooltipPosition: 'bottom' },
  relocation: { type: 'toggle', label: 'Relocation support', text: 'I would need relocation support' },
  why: { type: 'textarea', label: 'What climate problem do you most want to work on?', rows: 3 },
  privacy: { type: 'checkbox', text: 'I agree to the applicant privacy notice.', rules: ['accepted'], messages: { accepted: 'Please accept the privacy notice.' } },
  submit: { type: 'button', buttonLabel: 'Submit application', submits: true, id: 'vf-submit' },
};

const App = {
  setup() {
    const data = ref({});
    const done = ref(false);
    watch(data, (v) => {
      const out = { ...v, resume: (v.resume ?? []).map((f) => (f && f.name) || String(f)) };
      document.getElementById('model').textContent = JSON.stringify(out, null, 1);
    }, { deep: true, immediate: true });
    return () => done.value
      ? h('div', { id: 'applied', class: 'done' }, [h('h2', 'Application sent'), h('p', 'Thanks for applying to Stratocline. We reply to everyone within two weeks.')])
      : h(VueformComponent, {
        schema, endpoint: false, sync: true, displayErrors: true, validateOn: 'change|step', addClass: 'sc-form', id: 'sc-apply',
        modelValue: data.value, 'onUpdate:modelValue': (v) => { data.value = v; },
        onSubmit: () => { done.value = true; },
      });
  },
};

const app = createApp(App);
app.use(Vueform, { theme: vueformTheme, locales: { en }, locale: 'en', displayErrors: true });
app.mount('#app');
