/*
 * Bramblecote Mutual (Hartford, CT) — careers page in Vue 3 with vue-multiselect 3 for the pick
 * lists: a grouped country list ("Most common" above "All countries", so United States is listed
 * twice), state names, a sentence work-authorization pick, non-searchable experience buckets, an
 * async school search (internal-search off, results 300 ms after typing, taggable), a currency
 * preset to USD, pay basis, taggable skills and office preference (multiple), EEO picks. Plain
 * inputs and native radios for the rest. State is rendered into <pre id="model"> (objects as codes).
 */
import { createApp, reactive, ref, computed } from 'vue/dist/vue.esm-bundler.js';
import VueMultiselect from 'vue-multiselect';
import 'vue-multiselect/dist/vue-multiselect.min.css';
import countries from 'world-countries';

const ALL = countries.map((c) => ({ code: c.cca2, name: c.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const COUNTRY_GROUPS = [
  { group: 'Most common', items: [{ code: 'US', name: 'United States' }, { code: 'CA', name: 'Canada' }] },
  { group: 'All countries', items: ALL },
];
const STATES = ['Alabama', 'Arizona', 'California', 'Colorado', 'Connecticut', 'Florida', 'Georgia', 'Illinois', 'Maine', 'Massachusetts', 'New Hampshire', 'New Jersey', 'New York', 'North Carolina', 'Ohio', 'Oregon', 'Pennsylvania', 'Rhode Island', 'Texas', 'Vermont', 'Virginia', 'Washington'];
const AUTH = ['Yes, I am authorized to work in the US for any employer', 'Yes, but only for my current employer (e.g. H-1B, TN)', 'No, I am not authorized to work in the US'];
const YEARS = ['Less than 1 year', '1-2 years', '3-4 years', '5-7 years', '8-10 years', 'More than 10 years'];
const DEGREES = ['High School Diploma / GED', 'Associate Degree (AA/AS)', 'Bachelor of Arts / Science (BA/BS)', 'Master of Arts / Science (MA/MS)', 'MBA', 'Doctorate (PhD)'];
const SCHOOLS = ['Boston University', 'Carnegie Mellon University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of Connecticut', 'University of Hartford', 'Trinity College', 'Yale University', 'Wesleyan University'];
const CURRENCIES = [{ code: 'USD', name: 'USD - US Dollar' }, { code: 'CAD', name: 'CAD - Canadian Dollar' }, { code: 'EUR', name: 'EUR - Euro' }, { code: 'GBP', name: 'GBP - British Pound' }];
const BASIS = ['Annual', 'Hourly'];
const OFFICES = ['Hartford, CT (HQ)', 'Boston, MA', 'Portland, ME', 'Remote (US)'];
const SOURCES = ['Company website', 'LinkedIn', 'Indeed', 'Glassdoor', 'Employee referral', 'Recruiter outreach', 'Other'];
const VETERAN = ['I identify as one or more of the classifications of protected veteran', 'I am not a protected veteran', 'I choose not to self-identify'];
const DISABILITY = ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability', 'I do not want to answer'];

const App = {
  components: { VueMultiselect },
  setup() {
    const sent = ref(false);
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', street: '', city: '', state: null, zip: '', country: null,
      authorization: null, sponsorship: '', exams: '', onsite: '', years: null, employer: '', title: '', degree: null, school: null,
      graduation: '', salary: '', currency: CURRENCIES[0], basis: null, startDate: '', offices: [], skills: [], linkedin: '', website: '',
      resume: '', coverLetter: '', source: null, veteran: null, disability: null, consent: false, signature: '',
    });
    const schoolOptions = ref([]);
    const schoolLoading = ref(false);
    let timer;
    const searchSchools = (query) => {
      clearTimeout(timer);
      if (!query) { schoolOptions.value = []; return; }
      schoolLoading.value = true;
      timer = setTimeout(() => {
        schoolOptions.value = SCHOOLS.filter((s) => s.toLowerCase().includes(query.toLowerCase()));
        schoolLoading.value = false;
      }, 300);
    };
    const addSchool = (tag) => { form.school = tag; };
    const skillOptions = ref(['Airflow', 'AWS', 'Azure', 'dbt', 'Kafka', 'Python', 'Scala', 'Snowflake', 'Spark', 'SQL']);
    const addSkill = (tag) => { skillOptions.value.push(tag); form.skills.push(tag); };
    const model = computed(() => JSON.stringify(Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? v.code : v])), null, 2));
    const onFile = (key) => (event) => { form[key] = event.target.files?.[0]?.name ?? ''; };
    const submit = () => { if (form.firstName && form.lastName && form.email && form.resume && form.consent && form.signature) sent.value = true; };
    return { sent, form, model, COUNTRY_GROUPS, STATES, AUTH, YEARS, DEGREES, CURRENCIES, BASIS, OFFICES, SOURCES, VETERAN, DISABILITY, schoolOptions, schoolLoading, searchSchools, addSchool, skillOptions, addSkill, onFile, submit };
  },
  template: `
    <nav class="bc-nav">
      <span class="bc-logo">Bramblecote Mutual</span>
      <input id="bc-search" type="search" placeholder="Search jobs" aria-label="Search jobs">
      <a href="#" id="bc-login">Log in</a>
    </nav>
    <main class="bc-main">
      <h2 v-if="sent" id="bc-done">Thank you for applying to Bramblecote Mutual.</h2>
      <template v-else>
        <h1>Actuarial Data Engineer</h1>
        <p><strong>Hartford, CT</strong> (hybrid, two days on site) · Job ID 24-0755 · Full time</p>
        <p>Bramblecote has insured New England homes and small businesses since 1887. The Actuarial Data team prepares the loss triangles, exposure data and rate-filing extracts our actuaries price with: SQL, Python and SAS, moving to Snowflake.</p>
        <form id="bc-apply" @submit.prevent="submit" novalidate>
          <section class="bc-section">
            <h2>Contact information</h2>
            <div class="bc-row">
              <div class="bc-field"><label for="bc-first">First Name *</label><input id="bc-first" name="first_name" type="text" v-model="form.firstName"></div>
              <div class="bc-field"><label for="bc-last">Last Name *</label><input id="bc-last" name="last_name" type="text" v-model="form.lastName"></div>
            </div>
            <div class="bc-row">
              <div class="bc-field"><label for="bc-email">Email Address *</label><input id="bc-email" name="email" type="email" v-model="form.email"></div>
              <div class="bc-field"><label for="bc-phone">Phone *</label><input id="bc-phone" name="phone" type="tel" placeholder="555-555-5555" v-model="form.phone"></div>
            </div>
            <div class="bc-field"><label for="bc-street">Street Address</label><input id="bc-street" name="street" type="text" v-model="form.street"></div>
            <div class="bc-row">
              <div class="bc-field"><label for="bc-city">City</label><input id="bc-city" name="city" type="text" v-model="form.city"></div>
              <div class="bc-field bc-state"><label for="bc-state">State</label>
                <VueMultiselect id="bc-state" v-model="form.state" :options="STATES" placeholder="Select state" select-label="" deselect-label="" selected-label="" /></div>
              <div class="bc-field" style="flex:0 0 120px"><label for="bc-zip">ZIP Code</label><input id="bc-zip" name="zip" type="text" v-model="form.zip"></div>
            </div>
            <div class="bc-field bc-country"><label for="bc-country">Country *</label>
              <VueMultiselect id="bc-country" v-model="form.country" :options="COUNTRY_GROUPS" group-values="items" group-label="group" :group-select="false" track-by="code" label="name" placeholder="Select country" select-label="" deselect-label="" selected-label="" /></div>
          </section>
          <section class="bc-section">
            <h2>Eligibility</h2>
            <div class="bc-field bc-auth"><label for="bc-auth">Are you legally authorized to work in the United States? *</label>
              <VueMultiselect id="bc-auth" v-model="form.authorization" :options="AUTH" :searchable="false" placeholder="Select an answer" select-label="" deselect-label="" selected-label="" /></div>
            <div class="bc-field"><span class="bc-q" id="bc-sponsor-q">Will you now or in the future require sponsorship for employment visa status? *</span>
              <div class="bc-radios" role="radiogroup" aria-labelledby="bc-sponsor-q">
                <label><input type="radio" name="sponsorship" value="yes" v-model="form.sponsorship"> Yes</label>
                <label><input type="radio" name="sponsorship" value="no" v-model="form.sponsorship"> No</label>
              </div></div>
            <div class="bc-field"><span class="bc-q" id="bc-exams-q">Have you passed any SOA or CAS actuarial exams?</span>
              <div class="bc-radios" role="radiogroup" aria-labelledby="bc-exams-q">
                <label><input type="radio" name="exams" value="yes" v-model="form.exams"> Yes</label>
                <label><input type="radio" name="exams" value="no" v-model="form.exams"> No</label>
              </div></div>
            <div class="bc-field"><span class="bc-q" id="bc-onsite-q">This role is on site in Hartford two days a week. Are you able to commute or relocate?</span>
              <div class="bc-radios" role="radiogroup" aria-labelledby="bc-onsite-q">
                <label><input type="radio" name="onsite" value="yes" v-model="form.onsite"> Yes</label>
                <label><input type="radio" name="onsite" value="no" v-model="form.onsite"> No</label>
              </div></div>
          </section>
          <section class="bc-section">
            <h2>Experience &amp; education</h2>
            <div class="bc-field bc-years"><label for="bc-years">Years of professional data engineering experience *</label>
              <VueMultiselect id="bc-years" v-model="form.years" :options="YEARS" :searchable="false" placeholder="Select" select-label="" deselect-label="" selected-label="" /></div>
            <div class="bc-row">
              <div class="bc-field"><label for="bc-employer">Current / Most Recent Employer</label><input id="bc-employer" name="employer" type="text" v-model="form.employer"></div>
              <div class="bc-field"><label for="bc-title">Current / Most Recent Job Title</label><input id="bc-title" name="title" type="text" v-model="form.title"></div>
            </div>
            <div class="bc-field bc-skills"><label for="bc-skills">Key skills</label>
              <VueMultiselect id="bc-skills" v-model="form.skills" :options="skillOptions" multiple taggable @tag="addSkill" :close-on-select="false" tag-placeholder="Add this skill" placeholder="Search or add a skill" /></div>
            <div class="bc-field bc-degree"><label for="bc-degree">Highest Degree Completed</label>
              <VueMultiselect id="bc-degree" v-model="form.degree" :options="DEGREES" :searchable="false" placeholder="Select degree" select-label="" deselect-label="" selected-label="" /></div>
            <div class="bc-row">
              <div class="bc-field bc-school"><label for="bc-school">School</label>
                <VueMultiselect id="bc-school" v-model="form.school" :options="schoolOptions" :internal-search="false" :loading="schoolLoading" :options-limit="20" @search-change="searchSchools" taggable @tag="addSchool" tag-placeholder="Use this school" placeholder="Start typing your school" select-label="" deselect-label="" selected-label="">
                  <template #noOptions>Type to search schools</template>
                </VueMultiselect></div>
              <div class="bc-field" style="flex:0 0 180px"><label for="bc-grad">Graduation (MM/YYYY)</label><input id="bc-grad" name="graduation" type="text" placeholder="MM/YYYY" v-model="form.graduation"></div>
            </div>
          </section>
          <section class="bc-section">
            <h2>Compensation &amp; availability</h2>
            <div class="bc-row">
              <div class="bc-field"><label for="bc-salary">Desired Salary</label><input id="bc-salary" name="salary" type="number" min="0" v-model="form.salary"></div>
              <div class="bc-field bc-currency"><label for="bc-currency">Currency</label>
                <VueMultiselect id="bc-currency" v-model="form.currency" :options="CURRENCIES" track-by="code" label="name" :allow-empty="false" placeholder="Currency" select-label="" deselect-label="" selected-label="" /></div>
              <div class="bc-field bc-basis"><label for="bc-basis">Pay Basis</label>
                <VueMultiselect id="bc-basis" v-model="form.basis" :options="BASIS" :searchable="false" placeholder="Select" select-label="" deselect-label="" selected-label="" /></div>
            </div>
            <div class="bc-field"><label for="bc-start">Date Available</label><input id="bc-start" name="date_available" type="text" placeholder="MM/DD/YYYY" v-model="form.startDate"></div>
            <div class="bc-field bc-offices"><label for="bc-offices">Which locations would you consider?</label>
              <VueMultiselect id="bc-offices" v-model="form.offices" :options="OFFICES" multiple :searchable="false" :close-on-select="false" placeholder="Select all that apply" /></div>
          </section>
          <section class="bc-section">
            <h2>Links &amp; documents</h2>
            <div class="bc-row">
              <div class="bc-field"><label for="bc-linkedin">LinkedIn Profile URL</label><input id="bc-linkedin" name="linkedin" type="url" v-model="form.linkedin"></div>
              <div class="bc-field"><label for="bc-website">Website</label><input id="bc-website" name="website" type="url" v-model="form.website"></div>
            </div>
            <div class="bc-field"><label for="bc-resume">Resume / CV *</label><input id="bc-resume" name="resume" type="file" accept=".pdf,.doc,.docx,.rtf" @change="onFile('resume')($event)"><div class="bc-help">PDF, DOC, DOCX or RTF</div></div>
            <div class="bc-field"><label for="bc-cover">Cover Letter</label><input id="bc-cover" name="cover_letter" type="file" accept=".pdf,.doc,.docx,.rtf,.txt" @change="onFile('coverLetter')($event)"></div>
          </section>
          <section class="bc-section">
            <h2>Voluntary self-identification</h2>
            <div class="bc-field bc-source"><label for="bc-source">How did you hear about us?</label>
              <VueMultiselect id="bc-source" v-model="form.source" :options="SOURCES" :searchable="false" placeholder="Select" select-label="" deselect-label="" selected-label="" /></div>
            <div class="bc-field bc-veteran"><label for="bc-veteran">Protected Veteran Status</label>
              <VueMultiselect id="bc-veteran" v-model="form.veteran" :options="VETERAN" :searchable="false" placeholder="Select" select-label="" deselect-label="" selected-label="" /></div>
            <div class="bc-field bc-disability"><label for="bc-disability">Disability Status</label>
              <VueMultiselect id="bc-disability" v-model="form.disability" :options="DISABILITY" :searchable="false" placeholder="Select" select-label="" deselect-label="" selected-label="" /></div>
          </section>
          <section class="bc-section">
            <h2>Certification</h2>
            <div class="bc-field"><label><input id="bc-consent" type="checkbox" name="consent" v-model="form.consent"> I certify that the information in this application is true and complete, and I agree to the Bramblecote Applicant Privacy Notice. *</label></div>
            <div class="bc-field"><label for="bc-signature">Electronic signature (type your full legal name) *</label><input id="bc-signature" name="signature" type="text" v-model="form.signature"></div>
          </section>
          <button type="submit" id="bc-submit">Submit Application</button>
        </form>
      </template>
    </main>
    <aside class="bc-chat" aria-label="Chat with us">
      <strong>Questions? Chat with Bramble</strong>
      <input id="bc-chat-name" type="text" placeholder="Your name" aria-label="Your name">
      <input id="bc-chat-email" type="email" placeholder="Your email" aria-label="Your email">
      <button type="button">Start chat</button>
    </aside>
    <pre id="model">{{ model }}</pre>
  `,
};

createApp(App).mount('#app');
