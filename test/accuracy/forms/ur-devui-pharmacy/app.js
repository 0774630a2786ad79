/*
 * A pharmacy-benefits startup's careers page, Vue 3 (runtime template compiler) + Huawei's DevUI
 * (`vue-devui` 1.6, components installed one by one as its on-demand docs show): d-form vertical
 * with d-form-item labels, d-inputs (a phone whose placeholder is "(555) 555-5555", a salary with
 * an append "USD / yr"), a d-auto-complete "Current location" whose source lists "San Francisco,
 * CA" beside "South San Francisco, CA", a filterable d-select country (option objects, ISO values),
 * a d-input-number for years, a d-select degree, a d-editable-select school (type or pick), d-radio
 * groups (authorization, sponsorship sentences, posting questions), the start date as a d-input with
 * a MM/DD/YYYY placeholder (date-picker-pro ships Chinese month names and ignores typing), a hidden native resume input opened by a d-button (d-upload needs an upload URL and
 * builds its file input only on click, so the page keeps its own), d-textarea
 * cover letter, and to leave alone: a licensure question, a d-checkbox-group of shifts, a d-rate,
 * "how did you hear", a d-switch, the consent d-checkbox, a header d-search and a footer alert box.
 * The state is written into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import FormInstall from 'vue-devui/form';
import InputInstall from 'vue-devui/input';
import SelectInstall from 'vue-devui/select';
import RadioInstall from 'vue-devui/radio';
import CheckboxInstall from 'vue-devui/checkbox';
import SwitchInstall from 'vue-devui/switch';
import InputNumberInstall from 'vue-devui/input-number';
import TextareaInstall from 'vue-devui/textarea';
import ButtonInstall from 'vue-devui/button';
import AutoCompleteInstall from 'vue-devui/auto-complete';
import EditableSelectInstall from 'vue-devui/editable-select';
import RateInstall from 'vue-devui/rate';
import SearchInstall from 'vue-devui/search';
import 'vue-devui/style.css';
import worldCountries from 'world-countries';

const COUNTRIES = worldCountries.map((c) => ({ name: c.name.common, value: c.cca2 })).sort((a, b) => a.name.localeCompare(b.name));
const PLACES = ['Chicago, IL', 'Evanston, IL', 'Minneapolis, MN', 'New York, NY', 'Oakland, CA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA',
  'Santa Clara, CA', 'Seattle, WA', 'South San Francisco, CA'];
const DEGREES = [
  { name: 'High school diploma', value: 'hs' }, { name: 'Associate degree', value: 'aa' }, { name: 'Bachelor’s degree', value: 'bs' },
  { name: 'Master’s degree', value: 'ms' }, { name: 'PharmD', value: 'pharmd' }, { name: 'PhD', value: 'phd' },
];
const SCHOOLS = ['Northwestern University', 'University of Chicago', 'University of Illinois Chicago', 'University of California, Berkeley',
  'University of California, Davis', 'University of California, San Francisco', 'Stanford University', 'Purdue University'].map((s) => ({ label: s, value: s }));
const HEAR = [{ name: 'LinkedIn', value: 'li' }, { name: 'Built In Chicago', value: 'builtin' }, { name: 'A Pillwise employee', value: 'ref' }, { name: 'Other', value: 'other' }];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', location: '', country: '', employer: '', jobTitle: '', years: undefined, degree: '',
      school: '', linkedin: '', github: '', authorized: '', sponsorship: '', startDate: '', salary: '', resume: '', coverLetter: '',
      licensed: '', phiAccess: '', shifts: [], rating: 0, hear: '', talentPool: false, consent: false,
    });
    const outside = reactive({ search: '', alerts: '' });
    const done = ref(false);
    const model = computed(() => JSON.stringify({ ...form, years: form.years ?? null, search: outside.search, alerts: outside.alerts }, null, 1));
    const resumeInput = ref(null);
    const onResume = (e) => { form.resume = e.target.files[0] ? e.target.files[0].name : ''; };
    const submit = () => { if (!form.consent) { alert('Please accept the privacy notice.'); return; } done.value = true; };
    return { form, outside, done, model, submit, resumeInput, onResume, COUNTRIES, PLACES, DEGREES, SCHOOLS, HEAR };
  },
  template: `
<header class="pw-header">
  <strong class="pw-logo">pillwise</strong>
  <nav><a href="#">For employers</a><a href="#">For members</a><a href="#">Careers</a></nav>
  <div class="pw-search" data-name="search"><d-search v-model="outside.search" placeholder="Search roles" is-keyup-search /></div>
</header>
<main class="pw-main">
  <p class="pw-meta">Data · Chicago, IL or US remote · Req PW-318</p>
  <h1>Senior Data Engineer, Claims Platform</h1>
  <p>Pillwise manages prescription benefits for 1.4 million members. Every claim a pharmacy sends us has to be priced and answered in under 300 ms, and every one of them lands in our warehouse.</p>
  <p>You will own the claims pipelines: adjudication events, formulary changes and rebate files, modelled so that our clinical and finance teams can trust them.</p>
  <section v-if="done" id="pw-done"><h2>Application sent</h2><p>Thanks! A recruiter will reach out within two weeks.</p></section>
  <d-form v-else :data="form" layout="vertical" id="pw-form" @submit.prevent>
    <h2>Apply for this job</h2>
    <div class="pw-two">
      <d-form-item field="firstName" label="First name" :rules="[{ required: true }]"><d-input id="pw-first" v-model="form.firstName" /></d-form-item>
      <d-form-item field="lastName" label="Last name" :rules="[{ required: true }]"><d-input id="pw-last" v-model="form.lastName" /></d-form-item>
    </div>
    <d-form-item field="email" label="Email address" :rules="[{ required: true }]"><d-input id="pw-email" v-model="form.email" /></d-form-item>
    <d-form-item field="phone" label="Phone"><d-input id="pw-phone" v-model="form.phone" placeholder="(555) 555-5555" /></d-form-item>
    <d-form-item field="location" label="Current location" help-tips="City and state">
      <div data-name="location"><d-auto-complete v-model="form.location" :source="PLACES" placeholder="Start typing a city" /></div>
    </d-form-item>
    <d-form-item field="country" label="Country"><div data-name="country"><d-select v-model="form.country" :options="COUNTRIES" filter allow-clear placeholder="Select a country" /></div></d-form-item>

    <h3>Background</h3>
    <d-form-item field="employer" label="Current company"><d-input id="pw-employer" v-model="form.employer" /></d-form-item>
    <d-form-item field="jobTitle" label="Current title"><d-input id="pw-title" v-model="form.jobTitle" /></d-form-item>
    <d-form-item field="years" label="How many years of relevant work experience do you have?"><div data-name="years"><d-input-number v-model="form.years" :min="0" :max="50" placeholder="0" /></div></d-form-item>
    <d-form-item field="degree" label="Highest degree earned"><div data-name="degree"><d-select v-model="form.degree" :options="DEGREES" placeholder="Select" /></div></d-form-item>
    <d-form-item field="school" label="School or university"><div data-name="school"><d-editable-select v-model="form.school" :options="SCHOOLS" placeholder="Type or choose" allow-clear /></div></d-form-item>
    <d-form-item field="linkedin" label="LinkedIn profile"><d-input id="pw-linkedin" v-model="form.linkedin" /></d-form-item>
    <d-form-item field="github" label="GitHub profile (optional)"><d-input id="pw-github" v-model="form.github" /></d-form-item>

    <h3>Work eligibility</h3>
    <d-form-item field="authorized" label="Are you currently eligible to work in the United States?">
      <d-radio-group v-model="form.authorized" direction="row" data-name="authorized"><d-radio value="yes">Yes</d-radio><d-radio value="no">No</d-radio></d-radio-group>
    </d-form-item>
    <d-form-item field="sponsorship" label="Visa sponsorship">
      <d-radio-group v-model="form.sponsorship" direction="column" data-name="sponsorship">
        <d-radio value="not-needed">I don’t need Pillwise to sponsor a visa</d-radio>
        <d-radio value="now">I need sponsorship to start</d-radio>
        <d-radio value="later">I’ll need sponsorship later (e.g. when my OPT or TN status ends)</d-radio>
      </d-radio-group>
    </d-form-item>
    <d-form-item field="startDate" label="When can you start?"><d-input id="pw-start" v-model="form.startDate" placeholder="MM/DD/YYYY" /></d-form-item>
    <d-form-item field="salary" label="Salary expectations">
      <d-input id="pw-salary" v-model="form.salary" placeholder="e.g. 140000"><template #append>USD / yr</template></d-input>
    </d-form-item>

    <h3>Documents</h3>
    <d-form-item field="resume" label="Resume">
      <div data-name="resume" class="pw-line">
        <input ref="resumeInput" id="pw-resume" name="resume" type="file" accept=".pdf,.doc,.docx" class="pw-hidden" @change="onResume" />
        <d-button variant="outline" icon="upload" @click="resumeInput.click()">Choose file</d-button>
        <span class="pw-file">{{ form.resume || 'PDF or Word, up to 10 MB' }}</span>
      </div>
    </d-form-item>
    <d-form-item field="coverLetter" label="Cover letter"><d-textarea id="pw-cover" v-model="form.coverLetter" :rows="6" placeholder="Optional" /></d-form-item>

    <h3>A few more questions</h3>
    <d-form-item field="licensed" label="Do you hold an active pharmacist or pharmacy technician license?">
      <d-radio-group v-model="form.licensed" direction="row" data-name="licensed"><d-radio value="pharmacist">Pharmacist</d-radio><d-radio value="tech">Technician</d-radio><d-radio value="none">Neither</d-radio></d-radio-group>
    </d-form-item>
    <d-form-item field="phiAccess" label="Have you worked with protected health information (PHI) under HIPAA?">
      <d-radio-group v-model="form.phiAccess" direction="row" data-name="phiAccess"><d-radio value="yes">Yes</d-radio><d-radio value="no">No</d-radio></d-radio-group>
    </d-form-item>
    <d-form-item field="shifts" label="Claims on-call happens in weekly shifts. Which could you cover?">
      <d-checkbox-group v-model="form.shifts" direction="row" data-name="shifts"><d-checkbox value="weekday">Weekday nights</d-checkbox><d-checkbox value="weekend">Weekends</d-checkbox><d-checkbox value="holiday">Holidays</d-checkbox></d-checkbox-group>
    </d-form-item>
    <d-form-item field="rating" label="How well do you know pharmacy benefits? (1 = not at all)"><div data-name="rating"><d-rate v-model="form.rating" :count="5" /></div></d-form-item>
    <d-form-item field="hear" label="How did you hear about us?"><div data-name="hear"><d-select v-model="form.hear" :options="HEAR" placeholder="Select" /></div></d-form-item>
    <d-form-item field="talentPool"><div class="pw-line" data-name="talentPool"><d-switch v-model="form.talentPool" /> <span>Add me to the Pillwise talent pool</span></div></d-form-item>
    <d-form-item field="consent"><div data-name="consent"><d-checkbox v-model="form.consent">I have read the applicant privacy notice</d-checkbox></div></d-form-item>
    <d-button variant="solid" id="pw-submit" @click="submit">Submit application</d-button>
  </d-form>
  <pre id="model">{{ model }}</pre>
</main>
<footer class="pw-footer">
  <label for="pw-alerts">Get an email when we post a new data role</label>
  <input id="pw-alerts" name="job_alert_email" type="email" v-model="outside.alerts" placeholder="you@example.com" />
  <button type="button">Create alert</button>
</footer>`,
};

createApp(App).use(FormInstall).use(InputInstall).use(SelectInstall).use(RadioInstall).use(CheckboxInstall).use(SwitchInstall)
  .use(InputNumberInstall).use(TextareaInstall).use(ButtonInstall).use(AutoCompleteInstall)
  .use(EditableSelectInstall).use(RateInstall).use(SearchInstall).mount('#app');
