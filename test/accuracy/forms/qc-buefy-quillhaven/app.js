/*
 * A grocery-delivery company's careers page, Vue 3 + **Buefy** 3 (Bulma) as the Buefy docs write
 * fields, the form state in **vee-validate** (`useForm` + `defineField`, a `yup`-free rule set on
 * submit): b-field labels tied with `label-for`, b-input (a "(415) 555-0100" phone placeholder, a
 * street address), **b-autocomplete** for the city (the v-model is the typed text; suggestions in a
 * dropdown, "South San Francisco" and "San Fernando" listed), b-selects (full state names, degrees
 * "Bachelor (BA/BS)", how-heard, veteran), **b-numberinput** for years (− / + buttons around a
 * number input), b-radio Yes / No, **b-radio-button** Yes / No (native radios inside label
 * buttons), a **b-switch** statement ("I'm currently employed": a checkbox inside a label), an
 * editable **b-datepicker** (en-US, shows "1/15/2027"), an addons b-field with a currency b-select
 * before the amount, **b-upload** with a "Choose a file" label-button (input inside the label), a
 * textarea b-input, **b-taginput** of tools and a b-checkbox to leave alone, a consent b-checkbox,
 * and a footer recipe-newsletter field. The form values are written into <pre id="model">.
 */
import { createApp, computed, ref } from 'vue/dist/vue.esm-bundler.js';
import { useForm } from 'vee-validate';
import Buefy from 'buefy';
import 'buefy/dist/css/buefy.css';

const CITIES = ['San Bernardino', 'San Diego', 'San Fernando', 'San Francisco', 'San Jose', 'San Mateo', 'Santa Clara', 'Santa Rosa', 'South San Francisco', 'Oakland', 'Sacramento', 'Seattle', 'Portland', 'Denver', 'Austin', 'Chicago', 'New York'];
const STATES = ['Arizona', 'California', 'Colorado', 'Illinois', 'Massachusetts', 'New York', 'Oregon', 'Texas', 'Washington'];
const TOOLS = ['Airflow', 'BigQuery', 'dbt', 'Kafka', 'Looker', 'Python', 'Snowflake', 'Spark', 'Terraform'];

const iso = (date) => (date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null);

const App = {
  setup() {
    const { values, defineField, handleSubmit, setFieldValue } = useForm({
      initialValues: {
        firstName: '', lastName: '', email: '', phone: '', street: '', city: '', state: null, zip: '', linkedin: '', website: '',
        employer: '', jobTitle: '', years: null, degree: null, authorized: null, sponsorship: null, currentlyEmployed: false,
        startDate: null, currency: null, salary: '', resume: null, coverLetter: '', driversLicense: null, onCall: false,
        tools: [], heardFrom: null, veteran: null, consent: false,
      },
    });
    const fields = {};
    for (const name of Object.keys(values)) if (!['startDate', 'resume'].includes(name)) [fields[name]] = defineField(name);
    const startDate = ref(null);
    const resumeFile = ref(null);
    const onDate = (date) => {
      startDate.value = date;
      setFieldValue('startDate', iso(date));
    };
    const onFile = (file) => {
      resumeFile.value = file;
      setFieldValue('resume', file ? file.name : null);
    };
    const filteredCities = computed(() => CITIES.filter((name) => name.toLowerCase().startsWith((fields.city.value || '').toLowerCase())));
    const sent = ref(false);
    const problem = ref('');
    const newsletter = ref('');
    const search = ref('');
    const submit = handleSubmit((data) => {
      if (!data.consent) {
        problem.value = 'Please accept the applicant privacy notice.';
        return;
      }
      sent.value = true;
    });
    const model = computed(() => JSON.stringify(values, null, 1));
    return { f: fields, startDate, onDate, resumeFile, onFile, filteredCities, STATES, TOOLS, sent, problem, newsletter, search, submit, model };
  },
  template: `
  <div>
    <nav class="navbar is-white" role="navigation" aria-label="main navigation">
      <div class="navbar-brand"><a class="navbar-item has-text-weight-bold" href="#">🥕 Quillhaven Careers</a></div>
      <div class="navbar-end"><div class="navbar-item">
        <b-field><b-input id="role-search" v-model="search" placeholder="Search roles" type="search" icon="magnify"></b-input></b-field>
      </div></div>
    </nav>
    <section class="hero-job"><div class="container">
      <h1>Senior Data Engineer, Supply Chain</h1>
      <p>Oakland, CA (hybrid) · Data & Analytics · Full time</p>
    </div></section>
    <div v-if="sent" class="apply-box" id="application-sent"><p class="title is-4">Thanks! We received your application.</p></div>
    <form v-else class="apply-box" id="apply-form" @submit.prevent="submit" novalidate>
      <p>We forecast what 400,000 households will order next week. Help us get fresher food to people with less waste.</p>

      <h2>Personal details</h2>
      <div class="columns">
        <div class="column"><b-field label="First name" label-for="firstName"><b-input id="firstName" name="firstName" v-model="f.firstName.value"></b-input></b-field></div>
        <div class="column"><b-field label="Last name" label-for="lastName"><b-input id="lastName" name="lastName" v-model="f.lastName.value"></b-input></b-field></div>
      </div>
      <div class="columns">
        <div class="column"><b-field label="Email" label-for="email"><b-input id="email" name="email" type="email" v-model="f.email.value"></b-input></b-field></div>
        <div class="column"><b-field label="Phone" label-for="phone"><b-input id="phone" name="phone" type="tel" placeholder="(415) 555-0100" v-model="f.phone.value"></b-input></b-field></div>
      </div>
      <b-field label="Street address" label-for="street"><b-input id="street" name="street" v-model="f.street.value"></b-input></b-field>
      <div class="columns">
        <div class="column is-5">
          <b-field label="City" label-for="city">
            <b-autocomplete id="city" v-model="f.city.value" :data="filteredCities" placeholder="Start typing your city" :open-on-focus="false" clearable></b-autocomplete>
          </b-field>
        </div>
        <div class="column is-4">
          <b-field label="State" label-for="state">
            <b-select id="state" name="state" v-model="f.state.value" placeholder="Select a state" expanded>
              <option v-for="s in STATES" :key="s" :value="s">{{ s }}</option>
            </b-select>
          </b-field>
        </div>
        <div class="column is-3"><b-field label="ZIP" label-for="zip"><b-input id="zip" name="zip" v-model="f.zip.value" maxlength="10" :has-counter="false"></b-input></b-field></div>
      </div>

      <h2>Links</h2>
      <b-field label="LinkedIn" label-for="linkedin"><b-input id="linkedin" name="linkedin" v-model="f.linkedin.value" placeholder="https://www.linkedin.com/in/…"></b-input></b-field>
      <b-field label="Personal website" label-for="website"><b-input id="website" name="website" v-model="f.website.value"></b-input></b-field>

      <h2>Experience</h2>
      <div class="columns">
        <div class="column"><b-field label="Current employer" label-for="employer"><b-input id="employer" name="employer" v-model="f.employer.value"></b-input></b-field></div>
        <div class="column"><b-field label="Current job title" label-for="jobTitle"><b-input id="jobTitle" name="jobTitle" v-model="f.jobTitle.value"></b-input></b-field></div>
      </div>
      <b-field label="Years of professional experience" label-for="years" message="Whole years">
        <b-numberinput id="years" name="years" v-model="f.years.value" :min="0" :max="50" controls-position="compact" placeholder="0"></b-numberinput>
      </b-field>
      <b-field label="Highest degree" label-for="degree">
        <b-select id="degree" name="degree" v-model="f.degree.value" placeholder="— choose —">
          <option value="hs">GED / high school</option>
          <option value="assoc">Associate (AA/AS)</option>
          <option value="bach">Bachelor (BA/BS)</option>
          <option value="mast">Master (MA/MS/MBA)</option>
          <option value="doc">Doctorate</option>
        </b-select>
      </b-field>
      <b-field>
        <b-switch id="currentlyEmployed" v-model="f.currentlyEmployed.value">I'm currently employed</b-switch>
      </b-field>

      <h2>Work eligibility</h2>
      <b-field label="Are you legally authorized to work in the United States?" id="authorized-field">
        <b-radio v-model="f.authorized.value" name="authorized" native-value="yes">Yes</b-radio>
        <b-radio v-model="f.authorized.value" name="authorized" native-value="no">No</b-radio>
      </b-field>
      <b-field label="Will you now or in the future require sponsorship for employment visa status?" id="sponsorship-field">
        <b-radio-button v-model="f.sponsorship.value" name="sponsorship" native-value="yes" type="is-danger is-light">Yes</b-radio-button>
        <b-radio-button v-model="f.sponsorship.value" name="sponsorship" native-value="no" type="is-success is-light">No</b-radio-button>
      </b-field>
      <b-field label="Do you have a valid driver's license?" id="license-field">
        <b-radio v-model="f.driversLicense.value" name="driversLicense" native-value="yes">Yes</b-radio>
        <b-radio v-model="f.driversLicense.value" name="driversLicense" native-value="no">No</b-radio>
      </b-field>

      <h2>Start date and pay</h2>
      <b-field label="Earliest start date" label-for="startDate">
        <b-datepicker id="startDate" :model-value="startDate" @update:model-value="onDate" placeholder="Click or type a date" editable locale="en-US" icon="calendar-today" trap-focus></b-datepicker>
      </b-field>
      <b-field label="Desired salary (per year)" label-for="salary">
        <b-select id="currency" name="currency" v-model="f.currency.value" placeholder="Currency" aria-label="Currency">
          <option value="USD">USD</option>
          <option value="CAD">CAD</option>
          <option value="EUR">EUR</option>
        </b-select>
        <b-input id="salary" name="salary" v-model="f.salary.value" type="number" placeholder="Amount" expanded></b-input>
      </b-field>

      <h2>Resume and cover letter</h2>
      <b-field label="Resume" class="file is-primary">
        <b-upload :model-value="resumeFile" @update:model-value="onFile" class="file-label" accept=".pdf,.doc,.docx" id="resume-upload">
          <span class="file-cta"><span class="file-label">Choose a file</span></span>
          <span class="file-name" v-if="resumeFile">{{ resumeFile.name }}</span>
        </b-upload>
      </b-field>
      <b-field label="Cover letter" label-for="coverLetter"><b-input id="coverLetter" name="coverLetter" type="textarea" v-model="f.coverLetter.value"></b-input></b-field>

      <h2>Anything else</h2>
      <b-field label="Tools you enjoy working with" label-for="tools">
        <b-taginput id="tools" v-model="f.tools.value" :data="TOOLS" autocomplete placeholder="Add a tool"></b-taginput>
      </b-field>
      <b-field>
        <b-checkbox id="onCall" v-model="f.onCall.value">I'm OK being on call one weekend a month</b-checkbox>
      </b-field>
      <b-field label="How did you hear about us?" label-for="heardFrom">
        <b-select id="heardFrom" name="heardFrom" v-model="f.heardFrom.value" placeholder="Select one">
          <option>Quillhaven app</option><option>LinkedIn</option><option>Indeed</option><option>Friend or colleague</option><option>Other</option>
        </b-select>
      </b-field>
      <b-field label="Veteran status (voluntary)" label-for="veteran">
        <b-select id="veteran" name="veteran" v-model="f.veteran.value" placeholder="Select one">
          <option>I am a protected veteran</option><option>I am not a protected veteran</option><option>I do not wish to self-identify</option>
        </b-select>
      </b-field>
      <b-field>
        <b-checkbox id="consent" v-model="f.consent.value">I have read and accept the applicant privacy notice</b-checkbox>
      </b-field>
      <p v-if="problem" class="help is-danger">{{ problem }}</p>
      <b-button native-type="submit" type="is-primary" id="submit-application" size="is-medium">Submit application</b-button>
    </form>
    <footer class="site-footer"><div class="container">
      <b-field label="Weekly recipes in your inbox" label-for="newsletter" grouped>
        <b-input id="newsletter" v-model="newsletter" type="email" placeholder="Email"></b-input>
        <p class="control"><b-button type="is-success">Sign up</b-button></p>
      </b-field>
    </div></footer>
    <pre id="model">{{ model }}</pre>
  </div>`,
};

createApp(App).use(Buefy, { defaultIconPack: 'mdi' }).mount('#app');
