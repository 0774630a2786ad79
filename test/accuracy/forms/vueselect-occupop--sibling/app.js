/*
 * The application form: Vue 3 with vue-select 4 for the choices and @vuepic/vue-datepicker for the
 * start date (typed as MM/dd/yyyy, kept as yyyy-MM-dd). The reactive form is rendered into
 * <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import VueSelect from 'vue-select';
import 'vue-select/dist/vue-select.css';
import { VueDatePicker } from '@vuepic/vue-datepicker';
import '@vuepic/vue-datepicker/dist/main.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ label: country.name.common, code: country.cca2 })).sort((a, b) => a.label.localeCompare(b.label));
const DIAL_CODES = [['IE', '🇮🇪 +353'], ['GB', '🇬🇧 +44'], ['CA', '🇨🇦 +1'], ['US', '🇺🇸 +1'], ['AU', '🇦🇺 +61'], ['DE', '🇩🇪 +49']].map(([code, label]) => ({ code, label }));
const STATES = [['CO', 'Colorado'], ['CA', 'California'], ['MA', 'Massachusetts'], ['ME', 'Maine'], ['NH', 'New Hampshire'], ['NY', 'New York'], ['OR', 'Oregon'], ['UT', 'Utah'], ['VT', 'Vermont'], ['WA', 'Washington']].map(([code, label]) => ({ code, label }));

const App = {
  components: { VueSelect, VueDatePicker },
  setup() {
    const form = reactive({ firstName: '', lastName: '', email: '', dialCode: null, phone: '', address: '', city: '', state: null, zip: '', country: null, experience: null, employer: '', title: '', degree: null, authorized: '', sponsorship: null, startDate: null, salary: '', pronouns: null, skills: [], q_8812: null, q_8813: '', resume: null, coverLetter: '', marketing: false, consent: false });
    const sent = ref(false);
    const error = ref('');
    const submit = () => {
      if (!form.firstName || !form.email || !form.resume || !form.authorized || !form.consent) { error.value = 'Please complete the required fields.'; return; }
      sent.value = true;
    };
    return { form, sent, error, submit, COUNTRIES, DIAL_CODES, STATES };
  },
  template: `
    <h2 v-if="sent" id="oc-done">Thank you! Brightwater has received your application.</h2>
    <form v-else @submit.prevent="submit" novalidate>
      <h1>Data Analyst</h1>
      <p>Portland, ME · On site · Full time</p>
      <div class="oc-row">
        <div class="oc-field"><label for="oc-first">First name *</label><input id="oc-first" type="text" v-model="form.firstName" /></div>
        <div class="oc-field"><label for="oc-last">Last name *</label><input id="oc-last" type="text" v-model="form.lastName" /></div>
      </div>
      <div class="oc-field"><label for="oc-email">Email address *</label><input id="oc-email" type="email" v-model="form.email" /></div>
      <div class="oc-row">
        <div class="oc-field oc-dial" style="flex:0 0 150px"><label for="oc-dial">Code</label><VueSelect input-id="oc-dial" v-model="form.dialCode" :options="DIAL_CODES" :reduce="(option) => option.code" :clearable="false" placeholder="Code" /></div>
        <div class="oc-field"><label for="oc-phone">Phone number</label><input id="oc-phone" type="tel" v-model="form.phone" /></div>
      </div>
      <div class="oc-field"><label for="oc-address">Street address</label><input id="oc-address" type="text" v-model="form.address" /></div>
      <div class="oc-row">
        <div class="oc-field"><label for="oc-city">City</label><input id="oc-city" type="text" v-model="form.city" /></div>
        <div class="oc-field oc-state"><label for="oc-state">State</label><VueSelect input-id="oc-state" v-model="form.state" :options="STATES" :reduce="(option) => option.code" placeholder="Choose" /></div>
        <div class="oc-field" style="flex:0 0 110px"><label for="oc-zip">ZIP code</label><input id="oc-zip" type="text" v-model="form.zip" /></div>
      </div>
      <div class="oc-field oc-country"><label for="oc-country">Country</label><VueSelect input-id="oc-country" v-model="form.country" :options="COUNTRIES" :reduce="(option) => option.code" placeholder="Choose a country" /></div>
      <div class="oc-row">
        <div class="oc-field"><label for="oc-employer">Current employer</label><input id="oc-employer" type="text" v-model="form.employer" /></div>
        <div class="oc-field"><label for="oc-title">Current job title</label><input id="oc-title" type="text" v-model="form.title" /></div>
      </div>
      <div class="oc-field oc-experience"><label for="oc-experience">Years of professional experience</label><VueSelect input-id="oc-experience" v-model="form.experience" :options="['Under 1 year', '1-3 years', '4-7 years', '8+ years']" :searchable="false" placeholder="Choose" /></div>
      <div class="oc-field oc-degree"><label for="oc-degree">Highest qualification</label><VueSelect input-id="oc-degree" v-model="form.degree" :options="['Leaving Certificate / High school', 'Associate degree', 'Bachelor’s degree (Level 8)', 'Master’s degree', 'PhD']" placeholder="Choose" /></div>
      <div class="oc-field oc-skills"><label for="oc-skills">Skills</label><VueSelect input-id="oc-skills" v-model="form.skills" :options="['Airflow', 'dbt', 'Kafka', 'Python', 'Snowflake', 'Spark', 'SQL']" multiple taggable placeholder="Add skills" /></div>
      <div class="oc-field"><span class="oc-q">Are you eligible to work in the United States? *</span>
        <div><label><input type="radio" name="oc_authorized" value="yes" v-model="form.authorized" /> Yes</label> &nbsp; <label><input type="radio" name="oc_authorized" value="no" v-model="form.authorized" /> No</label></div></div>
      <div class="oc-field oc-sponsorship"><label for="oc-sponsorship">Would you need Brightwater to sponsor a work visa?</label><VueSelect input-id="oc-sponsorship" v-model="form.sponsorship" :options="['Yes', 'No']" :searchable="false" placeholder="Choose" /></div>
      <div class="oc-row">
        <div class="oc-field oc-start"><label for="oc-start">Earliest start date</label><VueDatePicker v-model="form.startDate" text-input model-type="yyyy-MM-dd" :formats="{ input: 'MM/dd/yyyy' }" :time-config="{ enableTimePicker: false }" auto-apply :input-attrs="{ id: 'oc-start', name: 'start_date' }" placeholder="MM/DD/YYYY" /></div>
        <div class="oc-field"><label for="oc-salary">Salary expectation (per year)</label><div class="oc-money"><span>$</span><input id="oc-salary" type="text" inputmode="numeric" v-model="form.salary" /></div></div>
      </div>
      <div class="oc-field oc-q_8812"><label for="oc-q_8812">Are you comfortable working on site five days a week in Portland?</label><VueSelect input-id="oc-q_8812" v-model="form.q_8812" :options="['Yes', 'No']" :searchable="false" placeholder="Choose" /></div>
      <div class="oc-field"><label for="oc-q_8813">Which BI tools have you used, and for what?</label><textarea id="oc-q_8813" rows="3" v-model="form.q_8813"></textarea></div>
      <div class="oc-field oc-pronouns"><label for="oc-pronouns">Pronouns</label><VueSelect input-id="oc-pronouns" v-model="form.pronouns" :options="['He / him', 'She / her', 'They / them', 'Prefer not to say']" placeholder="Choose" /></div>
      <div class="oc-field"><label for="oc-resume">CV / Resume *</label><input id="oc-resume" type="file" accept=".pdf,.doc,.docx" @change="form.resume = $event.target.files[0]?.name ?? null" /></div>
      <div class="oc-field"><label for="oc-cover">Cover letter</label><textarea id="oc-cover" rows="5" v-model="form.coverLetter"></textarea></div>
      <div class="oc-field"><label><input type="checkbox" id="oc-marketing" v-model="form.marketing" /> Keep me posted about future roles at Brightwater</label></div>
      <div class="oc-field"><label><input type="checkbox" id="oc-consent" v-model="form.consent" /> I consent to Brightwater storing my data for this application *</label></div>
      <p v-if="error" style="color:#b00020">{{ error }}</p>
      <button type="submit" id="oc-submit">Submit application</button>
      <pre id="model">{{ JSON.stringify(form, null, 2) }}</pre>
    </form>`,
};

createApp(App).mount('#app');
