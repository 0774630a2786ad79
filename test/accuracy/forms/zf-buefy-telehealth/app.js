/*
 * A telehealth company's own careers site, Vue 3 + Buefy 3 (Bulma 1) as the Buefy docs write it:
 * a Bulma navbar with a role search box, b-field labels tied with `label-for`, b-input, a grouped
 * b-field with a dial-code b-select (bare codes, "+1 (US/Canada)") before the phone, b-autocomplete
 * for the country (suggestions from world-countries in a dropdown under the input; only a picked
 * suggestion sets the country), native b-selects (state, degree, pronouns, currency, "how did you
 * hear"), b-radio-button ranges (radios inside label buttons), b-radio Yes / No, an editable
 * b-datepicker (en-US "1/15/2027", a calendar dropdown), b-taginput skills and a b-switch to leave
 * alone, b-upload drag-drop zones (hidden inputs inside labels), a textarea b-input, a b-checkbox
 * consent, and a footer newsletter field. The form data is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch, computed } from 'vue/dist/vue.esm-bundler.js';
import Buefy from 'buefy';
import 'buefy/dist/css/buefy.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const DIAL_CODES = [['+1', '+1 (US/Canada)'], ['+44', '+44 (UK)'], ['+49', '+49 (Germany)'], ['+33', '+33 (France)'], ['+91', '+91 (India)'], ['+61', '+61 (Australia)'], ['+52', '+52 (Mexico)'], ['+55', '+55 (Brazil)']];
const SKILLS = ['Airflow', 'dbt', 'FHIR', 'HL7', 'Kafka', 'Python', 'Scala', 'Snowflake', 'Spark', 'SQL', 'Terraform'];

function iso(date) {
  return date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null;
}

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: null, phone: '', country: null, state: null, city: '',
      pronouns: null, linkedin: '', portfolio: '', employer: '', title: '', years: null, degree: null, school: '',
      authorized: null, sponsorship: null, hipaa: null, startDate: null, currency: null, salary: '', skills: [],
      relocate: false, resume: null, coverLetterFile: null, coverLetter: '', heard: null, referrer: '', consent: false,
    });
    const countryText = ref('');
    const search = ref('');
    const newsletter = ref('');
    const sent = ref(false);
    const tried = ref(false);
    const filteredCountries = computed(() => COUNTRIES.filter((name) => name.toLowerCase().includes(countryText.value.toLowerCase())));
    const skillText = ref('');
    const filteredSkills = computed(() => SKILLS.filter((skill) => skill.toLowerCase().includes(skillText.value.toLowerCase()) && !form.skills.includes(skill)));
    const model = document.getElementById('model');
    watch(form, () => {
      model.textContent = JSON.stringify({
        ...form,
        startDate: iso(form.startDate),
        resume: form.resume ? form.resume.name : null,
        coverLetterFile: form.coverLetterFile ? form.coverLetterFile.name : null,
      }, null, 2);
    }, { deep: true, immediate: true });
    const submit = () => {
      tried.value = true;
      if (form.firstName && form.lastName && form.email && form.phone && form.country && form.years && form.authorized && form.sponsorship && form.resume && form.consent) sent.value = true;
    };
    return {
      form, countryText, search, newsletter, sent, tried, filteredCountries, skillText, filteredSkills, submit,
      states: STATES, dialCodes: DIAL_CODES,
      years: ['0–2 years', '3–4 years', '5–8 years', '9+ years'],
      locale: 'en-US',
    };
  },
  template: `
  <nav class="navbar is-white has-shadow" aria-label="main navigation">
    <div class="navbar-brand"><a class="navbar-item has-text-weight-bold" href="#">Larkspur Health · Careers</a></div>
    <div class="navbar-menu is-active">
      <div class="navbar-start"><a class="navbar-item" href="#">Open roles</a><a class="navbar-item" href="#">Benefits</a><a class="navbar-item" href="#">Our care model</a></div>
      <div class="navbar-end">
        <div class="navbar-item"><b-input v-model="search" name="q" type="search" placeholder="Search roles" aria-label="Search roles" icon="magnify" size="is-small" /></div>
      </div>
    </div>
  </nav>
  <section class="section">
    <div class="container" style="max-width: 760px">
      <p class="subtitle is-6 mb-1">Engineering · Remote (US) · Full-time</p>
      <h1 class="title is-3">Senior Data Engineer, Clinical Data Platform</h1>
      <div v-if="sent" class="notification is-success" id="application-submitted">Thanks! We received your application and will reply within a week.</div>
      <form v-else id="application" @submit.prevent="submit" novalidate>
        <h2 class="title is-5 mt-5">About you</h2>
        <div class="columns">
          <div class="column"><b-field label="First name" label-for="lh-first-name"><b-input id="lh-first-name" name="first_name" v-model="form.firstName" required /></b-field></div>
          <div class="column"><b-field label="Last name" label-for="lh-last-name"><b-input id="lh-last-name" name="last_name" v-model="form.lastName" required /></b-field></div>
        </div>
        <b-field label="Email" label-for="lh-email"><b-input id="lh-email" name="email" type="email" v-model="form.email" required /></b-field>
        <b-field label="Phone" label-for="lh-phone" grouped>
          <b-select id="lh-dial-code" name="dial_code" v-model="form.dialCode" placeholder="Code" aria-label="Country code">
            <option v-for="[code, label] in dialCodes" :key="code" :value="code">{{ label }}</option>
          </b-select>
          <b-input id="lh-phone" name="phone" type="tel" v-model="form.phone" expanded required />
        </b-field>
        <b-field label="Country of residence" label-for="lh-country" :type="tried && !form.country ? 'is-danger' : ''" :message="tried && !form.country ? 'Pick a country from the list' : ''">
          <b-autocomplete id="lh-country" name="country" v-model="countryText" :data="filteredCountries" placeholder="e.g. Canada" open-on-focus keep-first clearable @select="(option) => (form.country = option)">
            <template #empty>No country found</template>
          </b-autocomplete>
        </b-field>
        <div class="columns">
          <div class="column">
            <b-field label="State (US residents)" label-for="lh-state">
              <b-select id="lh-state" name="state" v-model="form.state" placeholder="Select a state" expanded>
                <option v-for="state in states" :key="state" :value="state">{{ state }}</option>
              </b-select>
            </b-field>
          </div>
          <div class="column"><b-field label="City" label-for="lh-city"><b-input id="lh-city" name="city" v-model="form.city" /></b-field></div>
        </div>
        <b-field label="Pronouns (optional)" label-for="lh-pronouns">
          <b-select id="lh-pronouns" name="pronouns" v-model="form.pronouns" placeholder="Select">
            <option value="she/her">she/her</option><option value="he/him">he/him</option><option value="they/them">they/them</option><option value="other">Another option</option><option value="na">Prefer not to say</option>
          </b-select>
        </b-field>

        <h2 class="title is-5 mt-5">Experience</h2>
        <b-field label="LinkedIn" label-for="lh-linkedin"><b-input id="lh-linkedin" name="linkedin" v-model="form.linkedin" placeholder="linkedin.com/in/…" /></b-field>
        <b-field label="Portfolio or GitHub (optional)" label-for="lh-portfolio"><b-input id="lh-portfolio" name="portfolio" v-model="form.portfolio" /></b-field>
        <div class="columns">
          <div class="column"><b-field label="Current employer" label-for="lh-employer"><b-input id="lh-employer" name="employer" v-model="form.employer" /></b-field></div>
          <div class="column"><b-field label="Current title" label-for="lh-title"><b-input id="lh-title" name="title" v-model="form.title" /></b-field></div>
        </div>
        <b-field label="Years working as a data engineer" id="lh-years">
          <b-radio-button v-for="option in years" :key="option" v-model="form.years" :native-value="option" name="years" type="is-primary is-light">{{ option }}</b-radio-button>
        </b-field>
        <div class="columns">
          <div class="column">
            <b-field label="Highest degree" label-for="lh-degree">
              <b-select id="lh-degree" name="degree" v-model="form.degree" placeholder="Select" expanded>
                <option value="hs">High school</option><option value="associate">Associate</option><option value="bachelor">Bachelor's</option><option value="master">Master's</option><option value="phd">PhD / MD</option>
              </b-select>
            </b-field>
          </div>
          <div class="column"><b-field label="School" label-for="lh-school"><b-input id="lh-school" name="school" v-model="form.school" /></b-field></div>
        </div>
        <b-field label="Skills (optional)" label-for="lh-skills" message="Type a skill and press Enter">
          <b-taginput id="lh-skills" v-model="form.skills" :data="filteredSkills" autocomplete allow-new open-on-focus @typing="(text) => (skillText = text)" placeholder="Add a skill" aria-close-label="Remove skill" />
        </b-field>

        <h2 class="title is-5 mt-5">A few questions</h2>
        <b-field label="Are you authorized to work in the United States?" id="lh-authorized">
          <b-radio v-model="form.authorized" name="authorized" native-value="yes">Yes</b-radio>
          <b-radio v-model="form.authorized" name="authorized" native-value="no">No</b-radio>
        </b-field>
        <b-field label="Will you require visa sponsorship now or in the future?" id="lh-sponsorship">
          <b-radio v-model="form.sponsorship" name="sponsorship" native-value="yes">Yes</b-radio>
          <b-radio v-model="form.sponsorship" name="sponsorship" native-value="no">No</b-radio>
        </b-field>
        <b-field label="Have you completed HIPAA training in the last 12 months?" id="lh-hipaa">
          <b-radio v-model="form.hipaa" name="hipaa" native-value="yes">Yes</b-radio>
          <b-radio v-model="form.hipaa" name="hipaa" native-value="no">No</b-radio>
        </b-field>
        <b-field label="When could you start?" label-for="lh-start">
          <b-datepicker id="lh-start" name="start_date" v-model="form.startDate" :locale="locale" editable placeholder="Click to pick or type a date" icon="calendar-today" :min-date="new Date(2026, 11, 1)" trap-focus />
        </b-field>
        <b-field label="Salary expectation (annual)" label-for="lh-salary">
          <b-select id="lh-currency" name="currency" v-model="form.currency" placeholder="Currency" aria-label="Currency">
            <option value="USD">USD</option><option value="CAD">CAD</option><option value="EUR">EUR</option><option value="GBP">GBP</option>
          </b-select>
          <b-input id="lh-salary" name="salary" type="number" v-model="form.salary" placeholder="e.g. 120000" expanded />
        </b-field>
        <b-field>
          <b-switch id="lh-relocate" v-model="form.relocate" name="relocate">I'd consider relocating to our Denver hub</b-switch>
        </b-field>

        <h2 class="title is-5 mt-5">Documents</h2>
        <b-field label="Resume" id="lh-resume">
          <b-upload v-model="form.resume" drag-drop expanded accept=".pdf,.doc,.docx" name="resume">
            <section class="section py-4"><div class="content has-text-centered"><p>{{ form.resume ? form.resume.name : 'Drop your resume here or click to upload' }}</p></div></section>
          </b-upload>
        </b-field>
        <b-field label="Cover letter (optional)" id="lh-cover-file">
          <b-upload v-model="form.coverLetterFile" drag-drop expanded name="cover_letter_file">
            <section class="section py-4"><div class="content has-text-centered"><p>{{ form.coverLetterFile ? form.coverLetterFile.name : 'Drop a file or click to upload' }}</p></div></section>
          </b-upload>
        </b-field>
        <b-field label="…or paste it here" label-for="lh-cover-text"><b-input id="lh-cover-text" name="cover_letter" type="textarea" v-model="form.coverLetter" /></b-field>
        <b-field label="How did you hear about us?" label-for="lh-heard">
          <b-select id="lh-heard" name="heard" v-model="form.heard" placeholder="Select">
            <option>LinkedIn</option><option>A Larkspur employee</option><option>Built In</option><option>Podcast</option><option>Other</option>
          </b-select>
        </b-field>
        <b-field label="Who referred you? (optional)" label-for="lh-referrer"><b-input id="lh-referrer" name="referrer" v-model="form.referrer" placeholder="Employee's full name" /></b-field>
        <b-field>
          <b-checkbox id="lh-consent" v-model="form.consent" name="consent">I agree to Larkspur Health's candidate privacy policy.</b-checkbox>
        </b-field>
        <b-button native-type="submit" type="is-primary" id="submit-application">Submit application</b-button>
      </form>
    </div>
  </section>
  <footer class="footer">
    <div class="container" style="max-width: 760px">
      <p class="has-text-weight-semibold">Get Larkspur's monthly engineering newsletter</p>
      <b-field grouped>
        <b-input v-model="newsletter" name="newsletter_email" type="email" placeholder="you@example.com" aria-label="Newsletter email" expanded />
        <p class="control"><b-button>Subscribe</b-button></p>
      </b-field>
    </div>
  </footer>`,
};

createApp(App).use(Buefy, { defaultIconPack: 'mdi' }).mount('#app');
