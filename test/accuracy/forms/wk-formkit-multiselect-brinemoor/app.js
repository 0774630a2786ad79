/*
 * Brinemoor Pharmacies careers: Vue 3 + FormKit 2 (genesis-like markup, ids FormKit generates,
 * help texts and validation messages after submit) whose dropdowns are a **custom FormKit input**
 * wrapping **@vueform/multiselect** 2.6 (`createInput`: the value lives in the FormKit node, set
 * through `context.node.input`): a searchable location grouped by state, an employer that accepts
 * a new entry ("createOption", typed + Enter), a tags list of skills and a multiple list of stores
 * (both left alone). The rest are FormKit core inputs: a tel with a "415-555-0100" format rule, a
 * select with optgroups for the country, a native **range** slider for years, radios, a native
 * `type="month"` start, a number salary, file, textarea, EEO radios, consent. The form's value
 * goes to <pre id="model">.
 */
import { createApp, h, ref } from 'vue/dist/vue.esm-bundler.js';
import { plugin, defaultConfig, createInput } from '@formkit/vue';
import Multiselect from '@vueform/multiselect';
import '@vueform/multiselect/themes/default.css';

const PickList = {
  props: { context: Object },
  setup(props) {
    return () => {
      const c = props.context;
      return h(Multiselect, {
        id: c.id,
        name: c.node.name,
        modelValue: c._value,
        'onUpdate:modelValue': (v) => c.node.input(v),
        options: c.options,
        mode: c.mode || 'single',
        groups: c.groups !== undefined && c.groups !== false,
        searchable: c.searchable !== undefined && c.searchable !== false,
        createOption: c.createOption !== undefined && c.createOption !== false,
        closeOnSelect: c.mode !== 'multiple' && c.mode !== 'tags',
        placeholder: c.placeholder,
        canClear: true,
        noOptionsText: 'No options',
        noResultsText: 'No matches',
        attrs: { 'aria-describedby': c.describedBy },
      });
    };
  },
};

const PLACES = [
  { label: 'California', options: ['Daly City, CA', 'Fresno, CA', 'Oakland, CA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA'] },
  { label: 'Nevada', options: ['Las Vegas, NV', 'Reno, NV'] },
  { label: 'Oregon', options: ['Eugene, OR', 'Portland, OR'] },
  { label: 'Arizona', options: ['Phoenix, AZ', 'Tucson, AZ'] },
];
const EMPLOYERS = ['Brinemoor Pharmacies', 'CVS Health', 'McKesson', 'Walgreens', 'Kaiser Permanente'];
const SKILLS = ['Airflow', 'dbt', 'FHIR', 'HL7', 'Kafka', 'Python', 'Snowflake', 'SQL'];
const STORES = ['Mission District', 'Sunset', 'Daly City', 'Oakland Uptown', 'San Jose Willow Glen'];
const COUNTRIES = [
  { group: 'North America', options: ['Canada', 'Mexico', 'United States'] },
  { group: 'Europe', options: ['France', 'Germany', 'Ireland', 'United Kingdom'] },
  { group: 'Asia Pacific', options: ['Australia', 'India', 'Philippines', 'Singapore'] },
];

const App = {
  setup() {
    const values = ref({});
    const sent = ref(false);
    const search = ref('');
    return { values, sent, search, PLACES, EMPLOYERS, SKILLS, STORES, COUNTRIES };
  },
  template: `<div>
    <header class="bm-top">
      <span class="bm-logo">✚ Brinemoor <b>Pharmacies</b></span>
      <nav><a href="#">Pharmacy</a><a href="#">Health clinics</a><a href="#">Careers</a></nav>
      <input id="bm-store-search" type="search" v-model="search" placeholder="Find a store by ZIP" aria-label="Find a store by ZIP">
    </header>
    <main class="bm-main">
      <p class="bm-kicker">Pharmacy Analytics · San Francisco, CA (hybrid)</p>
      <h1>Senior Data Engineer, Prescriptions Data</h1>
      <p>Brinemoor fills four million prescriptions a year in 180 stores. Build the pipelines that move claims, inventory and refill data into the warehouse our pharmacists and buyers rely on.</p>
      <FormKit type="form" id="bm-form" v-model="values" submit-label="Submit application" :submit-attrs="{ id: 'bm-submit' }" @submit="sent = true" :incomplete-message="'Please fix the highlighted fields.'">
        <div class="bm-two">
          <FormKit type="text" name="firstName" label="First name" validation="required" id="bm-firstName" />
          <FormKit type="text" name="lastName" label="Last name" validation="required" id="bm-lastName" />
        </div>
        <FormKit type="email" name="email" label="Email" validation="required|email" id="bm-email" />
        <FormKit type="tel" name="phone" label="Phone" help="Format: 415-555-0100" validation="required|matches:/^\\d{3}-\\d{3}-\\d{4}$/" :validation-messages="{ matches: 'Use the format 415-555-0100.' }" id="bm-phone" />
        <FormKit type="picklist" name="location" label="Where do you live?" :options="PLACES" groups searchable placeholder="Search cities" help="Choose the closest city" validation="required" id="bm-location" />
        <FormKit type="select" name="country" label="Country of residence" placeholder="Select a country" :options="COUNTRIES" id="bm-country" />
        <FormKit type="url" name="linkedin" label="LinkedIn" placeholder="https://www.linkedin.com/in/…" id="bm-linkedin" />
        <div class="bm-two">
          <FormKit type="picklist" name="employer" label="Current employer" :options="EMPLOYERS" searchable create-option placeholder="Search or add" help="Not listed? Type the name and press Enter" id="bm-employer" />
          <FormKit type="text" name="jobTitle" label="Current job title" id="bm-jobTitle" />
        </div>
        <FormKit type="range" name="years" label="Years of data engineering experience" min="0" max="20" step="1" :value="0" help="Slide to the number of years" id="bm-years" />
        <div class="bm-two">
          <FormKit type="select" name="degree" label="Highest degree" placeholder="Select" :options="['High school / GED', 'Associate', 'Bachelor', 'Master', 'PharmD', 'PhD']" id="bm-degree" />
          <FormKit type="text" name="school" label="School" id="bm-school" />
        </div>
        <FormKit type="picklist" name="skills" label="Skills" :options="SKILLS" mode="tags" searchable create-option placeholder="Add skills" id="bm-skills" />
        <FormKit type="radio" name="authorized" label="Are you legally authorized to work in the United States?" :options="['Yes', 'No']" validation="required" id="bm-authorized" />
        <FormKit type="radio" name="sponsorship" label="Sponsorship" help="Will you now or in the future need an employer to sponsor your visa?" :options="{ none: 'I will not need sponsorship', future: 'I will need sponsorship in the future', now: 'I need sponsorship now' }" validation="required" id="bm-sponsorship" />
        <div class="bm-two">
          <FormKit type="month" name="startMonth" label="Earliest start month" id="bm-startMonth" />
          <FormKit type="number" name="salary" label="Desired annual salary (USD)" number="integer" min="0" step="1000" id="bm-salary" />
        </div>
        <FormKit type="picklist" name="stores" label="Which stores could you visit for on-site days?" :options="STORES" mode="multiple" placeholder="Select stores" id="bm-stores" />
        <FormKit type="file" name="resume" label="Resume" accept=".pdf,.doc,.docx" validation="required" id="bm-resume" />
        <FormKit type="textarea" name="coverLetter" label="Cover letter" help="Optional" rows="5" id="bm-coverLetter" />
        <FormKit type="textarea" name="hipaa" label="Tell us how you have protected patient data in past pipelines." rows="3" id="bm-hipaa" />
        <FormKit type="select" name="heard" label="How did you hear about this job?" placeholder="Select" :options="['Brinemoor.com', 'LinkedIn', 'In a Brinemoor store', 'Referral', 'Other']" id="bm-heard" />
        <FormKit type="radio" name="veteran" label="Veteran status (voluntary)" :options="['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to say']" id="bm-veteran" />
        <FormKit type="checkbox" name="consent" label="I agree to the Brinemoor applicant privacy notice" validation="accepted" id="bm-consent" />
      </FormKit>
      <p v-if="sent" id="bm-sent" class="bm-sent">Thanks — your application was received.</p>
      <pre id="model">{{ JSON.stringify({ ...values, resume: Array.isArray(values.resume) ? values.resume.map((f) => f.name) : [] }) }}</pre>
    </main>
  </div>`,
};

createApp(App)
  .use(plugin, defaultConfig({
    inputs: { picklist: createInput(PickList, { props: ['options', 'groups', 'searchable', 'createOption', 'mode', 'placeholder'] }) },
  }))
  .mount('#app');
