/*
 * Saltmarsh Climate's careers page: Vue 3 (runtime template compiler) with Vuestic UI installed
 * through createVuestic(), as its docs show. The application state is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import { createVuestic } from 'vuestic-ui';
import 'vuestic-ui/css';
import countries from 'world-countries';
import { POSTING } from './posting.js';

const COUNTRIES = countries.map((c) => ({ text: c.name.common, value: c.cca2 })).sort((a, b) => a.text.localeCompare(b.text));
const STATES = ['Alaska', 'California', 'Florida', 'Hawaii', 'Louisiana', 'Maine', 'New York', 'North Carolina', 'Oregon', 'South Carolina', 'Texas', 'Washington'];
const YEARS = ['Under 2 years', '2-5 years', '6-8 years', '9-12 years', '13+ years'];
const YES_NO = [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }];
const pad = (n) => String(n).padStart(2, '0');
const formatDate = (d) => (d instanceof Date ? `${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()}` : '');
const parseDate = (text) => { const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim()); return m ? new Date(Number(m[3]), Number(m[1]) - 1, Number(m[2])) : null; };
const formatMonth = (d) => (d instanceof Date ? d.toLocaleString('en-US', { month: 'long', year: 'numeric' }) : '');
const iso = (d) => (d instanceof Date ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : null);

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', country: '', state: '', city: '', years: '', authorized: '', sponsorship: '',
      salary: 0, noticeWeeks: 0, startDate: null, graduation: null, degree: '', school: '', linkedin: '', github: '',
      [POSTING.checksKey]: [], relocate: false, tools: [], resume: [], coverLetter: '', [POSTING.essayKey]: '', consent: false,
    });
    const login = reactive({ email: '', password: '' });
    const news = reactive({ email: '' });
    const sent = ref(false);
    const render = () => {
      const shown = { ...form, startDate: iso(form.startDate), graduation: form.graduation ? iso(form.graduation).slice(0, 7) : null, resume: form.resume.map((f) => f.name) };
      document.getElementById('model').textContent = JSON.stringify({ ...shown, login, news }, null, 1);
    };
    watch([form, login, news], render, { deep: true });
    const submit = () => { if (form.firstName && form.email && form.resume.length && form.consent) sent.value = true; };
    return { form, login, news, sent, render, submit, formatDate, parseDate, formatMonth, POSTING, COUNTRIES, STATES, YEARS, YES_NO };
  },
  mounted() { this.render(); },
  template: `
  <div class="sm-top"><span class="brand">SALTMARSH</span><span>Climate risk, parcel by parcel</span>
    <div class="sm-login"><va-input id="sm-login-email" v-model="login.email" label="Dashboard email" preset="solid" /><va-input id="sm-login-password" v-model="login.password" type="password" label="Password" preset="solid" /><va-button size="small">Sign in</va-button></div></div>
  <main>
    <p>{{ POSTING.team }} · {{ POSTING.place }}</p>
    <h1 class="va-h3">{{ POSTING.title }}</h1>
    <p>{{ POSTING.blurb }}</p>
    <section class="sm-card" v-if="!sent">
      <h2 class="va-h5">Apply</h2>
      <va-form id="sm-form" tag="form" @submit.prevent="submit">
        <div class="sm-row"><va-input id="sm-first" v-model="form.firstName" label="First name" required-mark /><va-input id="sm-last" v-model="form.lastName" label="Last name" required-mark /></div>
        <div class="sm-row"><va-input id="sm-email" v-model="form.email" type="email" label="Email" required-mark /><va-input id="sm-phone" v-model="form.phone" type="tel" label="Phone" placeholder="+1 (555) 555-5555" /></div>
        <div class="sm-row">
          <va-select class="sm-country" v-model="form.country" :options="COUNTRIES" text-by="text" value-by="value" label="Country of residence" searchable search-placeholder-text="Search" placeholder="Select a country" required-mark />
          <va-select class="sm-state" v-model="form.state" :options="STATES" label="State" searchable placeholder="Select a state" />
        </div>
        <div class="sm-row"><va-input id="sm-city" v-model="form.city" label="City" /><va-select class="sm-years" v-model="form.years" :options="YEARS" label="Years of relevant experience" placeholder="Select" /></div>
        <div class="sm-f"><span class="sm-q" id="sm-auth-q">{{ POSTING.authQuestion }}</span><va-button-toggle class="sm-authorized" v-model="form.authorized" :options="YES_NO" preset="secondary" border-color="primary" aria-labelledby="sm-auth-q" /></div>
        <div class="sm-f"><span class="sm-q" id="sm-spons-q">Will you now or in the future need Saltmarsh to sponsor your visa?</span><va-button-toggle class="sm-sponsorship" v-model="form.sponsorship" :options="YES_NO" preset="secondary" border-color="primary" aria-labelledby="sm-spons-q" /></div>
        <div class="sm-row">
          <va-counter class="sm-salary" id="sm-salary" v-model="form.salary" label="Desired salary (USD / year)" :min="0" :step="5000" manual-input buttons />
          <va-counter class="sm-notice" id="sm-notice" v-model="form.noticeWeeks" label="Notice period (weeks)" :min="0" :max="26" manual-input buttons />
        </div>
        <div class="sm-row">
          <va-date-input class="sm-start" id="sm-start" v-model="form.startDate" label="Earliest start date" placeholder="MM/DD/YYYY" manual-input :format="formatDate" :parse="parseDate" clearable />
          <va-date-input class="sm-grad" id="sm-grad" v-model="form.graduation" label="Graduation month" type="month" :format="formatMonth" placeholder="Month and year" clearable />
        </div>
        <div class="sm-row">
          <va-select class="sm-degree" v-model="form.degree" :options="['High school', 'Associate', 'Bachelor\\'s', 'Master\\'s', 'PhD', 'Other']" label="Highest degree" placeholder="Select" />
          <va-input id="sm-school" v-model="form.school" label="University / school" />
        </div>
        <div class="sm-row"><va-input id="sm-linkedin" v-model="form.linkedin" label="LinkedIn URL" /><va-input id="sm-github" v-model="form.github" label="GitHub URL" /></div>
        <div class="sm-f"><span class="sm-q">{{ POSTING.checksQuestion }}</span><va-option-list class="sm-checks" type="checkbox" v-model="form[POSTING.checksKey]" :options="POSTING.checks" /></div>
        <div class="sm-f"><va-switch class="sm-relocate" v-model="form.relocate" :label="POSTING.relocateLabel" /></div>
        <div class="sm-f"><va-select class="sm-tools" v-model="form.tools" :options="POSTING.tools" label="Tools you use daily" multiple searchable placeholder="Select tools" /></div>
        <div class="sm-f"><span class="sm-q">Resume</span><va-file-upload class="sm-resume" v-model="form.resume" type="list" file-types=".pdf,.docx" upload-button-text="Attach resume" /></div>
        <div class="sm-f"><va-textarea id="sm-cover" v-model="form.coverLetter" label="Cover letter" :min-rows="5" autosize /></div>
        <div class="sm-f"><va-textarea :id="'sm-' + POSTING.essayKey" v-model="form[POSTING.essayKey]" :label="POSTING.essayLabel" :min-rows="3" /></div>
        <div class="sm-f"><va-checkbox class="sm-consent" v-model="form.consent" label="I have read the Saltmarsh applicant privacy notice and agree to it." /></div>
        <va-button type="submit" id="sm-submit">Submit application</va-button>
      </va-form>
    </section>
    <h2 v-else id="sm-done">Thanks! Your application is with our team.</h2>
    <pre id="model"></pre>
  </main>
  <footer><p>Tide Tables — our quarterly letter on climate data.</p><div style="max-width:320px"><va-input id="sm-news-email" v-model="news.email" label="Email" /></div></footer>`,
};

createApp(App).use(createVuestic()).mount('#app');
