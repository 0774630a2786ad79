/*
 * The mobile careers page of the US arm of a Shenzhen e-bike maker, built with Vue 3 + Varlet 3
 * (Material-style mobile components) the way its docs compose a form: var-app-bar with a search
 * var-input, var-form, var-inputs whose placeholder floats as the label, a dial-code var-select
 * preset to "China +86" (Hong Kong, Canada, United States, Singapore, UK listed), a filterable
 * var-select over world-countries, a var-auto-complete city (suggestions as you type, free text
 * kept), a var-counter for years of experience (−/+ buttons around a number input), a degree
 * var-select, var-segmented-buttons for the US authorization and sponsorship questions, a
 * var-date-input shown as MM/DD/YYYY with a YYYY-MM-DD value, an amount var-input beside a
 * pay-period var-select, var-radio-group pronouns, a var-uploader for the resume (its file input
 * is emptied; the file list is the state), a textarea cover letter, and to leave alone: a chip
 * multiple var-select of languages, a var-checkbox-group of ride-test days, a var-rate, the
 * referral code, "how did you hear", a var-switch, the consent var-checkbox. State is rendered
 * into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import Varlet, { Locale } from '@varlet/ui';
import '@varlet/ui/es/style.mjs';
import enUS from '@varlet/ui/es/locale/en-US.mjs';
import worldCountries from 'world-countries';

Locale.add('en-US', enUS);
Locale.use('en-US');

const DIAL = [
  { label: 'China +86', value: 'CN' }, { label: 'Hong Kong +852', value: 'HK' }, { label: 'Taiwan +886', value: 'TW' },
  { label: 'Canada +1', value: 'CA' }, { label: 'United States +1', value: 'US' }, { label: 'Singapore +65', value: 'SG' },
  { label: 'United Kingdom +44', value: 'GB' }, { label: 'Germany +49', value: 'DE' },
];
const COUNTRIES = worldCountries.map((c) => ({ label: c.name.common, value: c.cca3 })).sort((a, b) => a.label.localeCompare(b.label));
const CITIES = ['San Francisco', 'South San Francisco', 'San Jose', 'San Diego', 'Santa Clara', 'Sacramento', 'Seattle', 'Shenzhen', 'Shanghai', 'Singapore']
  .map((c) => ({ label: c, value: c }));
const DEGREES = [
  { label: 'High school', value: 'hs' }, { label: 'Associate', value: 'aa' }, { label: 'Bachelor', value: 'bachelor' },
  { label: 'Master', value: 'master' }, { label: 'PhD', value: 'phd' },
];
const PERIODS = [{ label: 'per hour', value: 'hour' }, { label: 'per month', value: 'month' }, { label: 'per year', value: 'year' }];
const LANGS = ['English', 'Mandarin', 'Cantonese', 'Spanish', 'Vietnamese', 'Tagalog'].map((l) => ({ label: l, value: l }));
const HEAR = ['Instagram', 'LinkedIn', 'A Voltaro store', 'Friend', 'Job board', 'Other'].map((l) => ({ label: l, value: l }));
const YESNO = [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }];

const App = {
  setup() {
    const f = reactive({
      firstName: '', lastName: '', email: '', dial: 'CN', phone: '', country: null, city: '', zip: '', company: '', title: '',
      years: 0, degree: null, school: '', linkedin: '', authorized: null, sponsorship: null, startDate: '',
      pay: '', payPeriod: null, pronouns: null, resume: [], coverLetter: '', languages: [], rideDays: [], rating: 0,
      referral: '', hear: null, alerts: false, consent: false,
    });
    const top = reactive({ search: '' });
    const done = ref(false);
    const model = computed(() => JSON.stringify({ ...f, resume: f.resume.map((v) => v.name), search: top.search }, null, 1));
    const submit = () => { if (!f.consent) { alert('Please agree to the privacy policy.'); return; } done.value = true; };
    return { f, top, done, model, submit, DIAL, COUNTRIES, CITIES, DEGREES, PERIODS, LANGS, HEAR, YESNO };
  },
  template: `
<var-app-bar title="Voltaro Careers" title-position="left" color="#0f3b2e">
  <template #right><div data-name="search"><var-input v-model="top.search" placeholder="Search jobs" size="small" variant="outlined" class="vb-search" /></div></template>
</var-app-bar>
<main class="vb-main">
  <section class="vb-job">
    <h1>Data Engineer, Rider Analytics</h1>
    <p class="vb-meta">San Francisco, CA · Full time · JR-2291</p>
    <p>Voltaro designs e-bikes in Shenzhen and sells them to commuters in 14 countries. Our US team in San Francisco runs the subscription service: 40,000 bikes, each reporting battery health and every ride.</p>
    <p>You will build the pipelines and models that tell us which bikes need a service visit before the rider notices.</p>
  </section>
  <section v-if="done" id="vb-done" class="vb-card"><h2>Thanks for applying!</h2><p>We read every application and will reply within 10 days.</p></section>
  <var-form v-else class="vb-card" id="vb-apply">
    <h2>Your application</h2>
    <div class="vb-row">
      <div data-name="firstName"><var-input v-model="f.firstName" placeholder="First name *" /></div>
      <div data-name="lastName"><var-input v-model="f.lastName" placeholder="Last name *" /></div>
    </div>
    <div data-name="email"><var-input v-model="f.email" placeholder="Email *" type="email" /></div>
    <div class="vb-row vb-phone">
      <div data-name="dial"><var-select v-model="f.dial" :options="DIAL" placeholder="Code" class="vb-dial" /></div>
      <div data-name="phone"><var-input v-model="f.phone" placeholder="Mobile number *" type="tel" /></div>
    </div>
    <div data-name="country"><var-select v-model="f.country" :options="COUNTRIES" placeholder="Country / region *" filterable class="vb-country" /></div>
    <div class="vb-row">
      <div data-name="city"><var-auto-complete v-model="f.city" :options="CITIES" placeholder="City *" class="vb-city" /></div>
      <div data-name="zip"><var-input v-model="f.zip" placeholder="Postal code" /></div>
    </div>

    <h3>Work</h3>
    <div data-name="company"><var-input v-model="f.company" placeholder="Current company" /></div>
    <div data-name="title"><var-input v-model="f.title" placeholder="Current title" /></div>
    <div class="vb-line" data-name="years"><span class="vb-q" id="years-q">Years of work experience</span><var-counter v-model="f.years" :min="0" :max="40" class="vb-years" aria-labelledby="years-q" /></div>
    <div data-name="degree"><var-select v-model="f.degree" :options="DEGREES" placeholder="Highest degree" class="vb-degree" /></div>
    <div data-name="school"><var-input v-model="f.school" placeholder="School" /></div>
    <div data-name="linkedin"><var-input v-model="f.linkedin" placeholder="LinkedIn profile" /></div>

    <div class="vb-q">Are you authorized to work in the US?</div>
    <div data-name="authorized"><var-segmented-buttons v-model="f.authorized" :options="YESNO" class="vb-auth" /></div>
    <div class="vb-q">Will you need visa sponsorship from Voltaro?</div>
    <div data-name="sponsorship"><var-segmented-buttons v-model="f.sponsorship" :options="YESNO" class="vb-sponsor" /></div>
    <div data-name="startDate"><var-date-input v-model="f.startDate" placeholder="Available from" format="MM/DD/YYYY" value-format="YYYY-MM-DD" class="vb-start" /></div>
    <div class="vb-row">
      <div data-name="pay"><var-input v-model="f.pay" placeholder="Expected pay (USD)" type="number" /></div>
      <div data-name="payPeriod"><var-select v-model="f.payPeriod" :options="PERIODS" placeholder="Pay period" class="vb-period" /></div>
    </div>
    <div class="vb-q">Pronouns</div>
    <div data-name="pronouns"><var-radio-group v-model="f.pronouns" class="vb-pronouns">
      <var-radio checked-value="she">She / her</var-radio>
      <var-radio checked-value="he">He / him</var-radio>
      <var-radio checked-value="they">They / them</var-radio>
      <var-radio checked-value="none">Prefer not to say</var-radio>
    </var-radio-group></div>

    <h3>Resume & cover letter</h3>
    <div class="vb-q">Resume (PDF or Word) *</div>
    <div data-name="resume"><var-uploader v-model="f.resume" accept=".pdf,.doc,.docx" maxlength="1" class="vb-resume" /></div>
    <div data-name="coverLetter"><var-input v-model="f.coverLetter" placeholder="Cover letter (optional)" textarea rows="5" /></div>

    <h3>Nice to know</h3>
    <div data-name="languages"><var-select v-model="f.languages" :options="LANGS" placeholder="Languages you speak" multiple chip class="vb-langs" /></div>
    <div class="vb-q">Which days could you join a ride test in the city?</div>
    <div data-name="rideDays"><var-checkbox-group v-model="f.rideDays" class="vb-days">
      <var-checkbox checked-value="sat">Saturday</var-checkbox>
      <var-checkbox checked-value="sun">Sunday</var-checkbox>
      <var-checkbox checked-value="weekday">Weekday evenings</var-checkbox>
    </var-checkbox-group></div>
    <div class="vb-q">How excited are you about e-bikes?</div>
    <div data-name="rating"><var-rate v-model="f.rating" class="vb-rate" /></div>
    <div data-name="referral"><var-input v-model="f.referral" placeholder="Referral code (from a Voltaro employee)" /></div>
    <div data-name="hear"><var-select v-model="f.hear" :options="HEAR" placeholder="How did you hear about us?" class="vb-hear" /></div>
    <div class="vb-line" data-name="alerts"><span>Send me new job alerts</span><var-switch v-model="f.alerts" class="vb-alerts" /></div>
    <div data-name="consent"><var-checkbox v-model="f.consent" class="vb-consent">I agree to the Voltaro candidate privacy policy *</var-checkbox></div>
    <var-button type="primary" block id="vb-submit" @click="submit">Submit application</var-button>
  </var-form>
  <pre id="model">{{ model }}</pre>
</main>`,
};

createApp(App).use(Varlet).mount('#app');
