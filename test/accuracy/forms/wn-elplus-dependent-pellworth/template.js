/*
 * Pellworth Cold Chain careers (Vue 3 + Element Plus 2, el-form with rules): the location is a chain
 * of **dependent selects fed by the server**: Country (filterable) → State / Province (disabled until
 * a country is chosen, its options arrive 600 ms later) → City (filterable, allow-create, options
 * arrive 600 ms after the state), as many ATSs load their location lists; "Are you currently
 * employed?" reveals an el-autocomplete employer (fetch-suggestions), the title and a notice-period
 * select; the school is a **remote** filterable el-select (suggestions 300 ms after two typed
 * characters); el-input-number years; graduation year el-date-picker `type="year"` (left alone);
 * start el-date-picker "MM/DD/YYYY" with value-format; el-radio-groups; el-upload drag (auto-upload
 * off, judged by the file list); the posting's own questions (checkbox group, switch, radios, select,
 * textarea); EEO
 * el-selects; a header search and a job-alert box. Shared by the postings; the form object goes to
 * <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const COUNTRIES = [['CA', 'Canada'], ['MX', 'Mexico'], ['US', 'United States'], ['GB', 'United Kingdom'], ['IN', 'India'], ['PH', 'Philippines']];
const REGIONS = {
  US: [['AZ', 'Arizona'], ['CA', 'California'], ['NV', 'Nevada'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington']],
  CA: [['AB', 'Alberta'], ['BC', 'British Columbia'], ['ON', 'Ontario'], ['QC', 'Quebec']],
  MX: [['BC', 'Baja California'], ['JA', 'Jalisco'], ['NL', 'Nuevo León']],
  GB: [['ENG', 'England'], ['SCT', 'Scotland'], ['WLS', 'Wales']],
  IN: [['KA', 'Karnataka'], ['MH', 'Maharashtra'], ['TN', 'Tamil Nadu']],
  PH: [['NCR', 'Metro Manila'], ['CEB', 'Cebu']],
};
const CITIES = {
  'US-CA': ['Fresno', 'Los Angeles', 'Oakland', 'Sacramento', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco', 'Stockton'],
  'US-OR': ['Portland', 'Salem'], 'US-WA': ['Seattle', 'Spokane', 'Tacoma'], 'US-NV': ['Las Vegas', 'Reno'], 'US-AZ': ['Phoenix', 'Tucson'], 'US-TX': ['Austin', 'Dallas', 'Houston'],
};
const EMPLOYERS = ['Americold', 'Brackwater Foods', 'Lineage Logistics', 'Pellworth Cold Chain', 'Sysco', 'United Natural Foods'];
const SCHOOLS = ['California State University, Sacramento', 'Sacramento City College', 'San Francisco State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of San Francisco', 'Berkeley City College'];
const later = (ms, fn) => setTimeout(fn, ms);

export function renderApplication(posting) {
const App = {
  setup() {
    const formRef = ref();
    const form = reactive({
      firstName: '', lastName: '', email: '', confirmEmail: '', phone: '', street: '', country: '', region: '', city: '', zip: '',
      employed: '', employer: '', jobTitle: '', notice: '', years: 0, degree: '', school: '', gradYear: '',
      authorized: '', sponsorship: '', startDate: '', salary: '',
      ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'checkbox' ? [] : q.type === 'switch' ? false : ''])),
      resume: [], coverLetter: '', heard: '', referrer: '', gender: '', ethnicity: '', veteran: '', disability: '', consent: false,
    });
    const regions = ref([]);
    const cities = ref([]);
    const schools = ref([]);
    const loadingRegions = ref(false);
    const loadingCities = ref(false);
    const loadingSchools = ref(false);
    const sent = ref(false);
    const search = ref('');
    const alertEmail = ref('');
    watch(() => form.country, (country) => {
      form.region = ''; form.city = ''; regions.value = []; cities.value = [];
      if (!country) return;
      loadingRegions.value = true;
      later(600, () => { if (form.country === country) { regions.value = REGIONS[country] ?? []; loadingRegions.value = false; } });
    });
    watch(() => form.region, (region) => {
      form.city = ''; cities.value = [];
      if (!region) return;
      loadingCities.value = true;
      const key = `${form.country}-${region}`;
      later(600, () => { if (form.region === region) { cities.value = CITIES[key] ?? []; loadingCities.value = false; } });
    });
    const findSchools = (query) => {
      if (!query || query.length < 2) { schools.value = []; return; }
      loadingSchools.value = true;
      later(300, () => { schools.value = SCHOOLS.filter((s) => s.toLowerCase().includes(query.toLowerCase())); loadingSchools.value = false; });
    };
    const employers = (query, cb) => cb(EMPLOYERS.filter((e) => !query || e.toLowerCase().includes(query.toLowerCase())).map((value) => ({ value })));
    const sameEmail = (_, value, cb) => (value === form.email ? cb() : cb(new Error('Email addresses do not match')));
    const rules = {
      firstName: [{ required: true, message: 'First name is required', trigger: 'blur' }],
      lastName: [{ required: true, message: 'Last name is required', trigger: 'blur' }],
      email: [{ required: true, type: 'email', message: 'Enter a valid email address', trigger: 'blur' }],
      confirmEmail: [{ required: true, validator: sameEmail, trigger: 'blur' }],
      country: [{ required: true, message: 'Select a country', trigger: 'change' }],
      resume: [{ required: true, type: 'array', min: 1, message: 'Please attach your resume', trigger: 'change' }],
      consent: [{ validator: (_, v, cb) => (v ? cb() : cb(new Error('Please accept the privacy notice'))), trigger: 'change' }],
    };
    const onFile = (_, list) => { form.resume = list.map((f) => f.name); };
    const submit = () => formRef.value.validate((ok) => { if (ok) sent.value = true; });
    return { posting, formRef, form, rules, regions, cities, schools, loadingRegions, loadingCities, loadingSchools, findSchools, employers, onFile, submit, sent, search, alertEmail, COUNTRIES };
  },
  template: `
    <header class="pw-header"><strong>PELLWORTH</strong><nav>Careers · Locations · Benefits</nav>
      <el-input id="pw-search" v-model="search" placeholder="Search jobs" style="width: 220px" aria-label="Search jobs" /></header>
    <main class="pw-job">
      <div class="pw-tag">{{ posting.team }} · {{ posting.where }} · Full time</div>
      <h1>{{ posting.title }}</h1>
      <p>{{ posting.intro }}</p>
      <div v-if="sent" id="pw-sent" class="pw-done">Thank you! Your application has been submitted.</div>
      <el-form v-else ref="formRef" :model="form" :rules="rules" label-position="top" require-asterisk-position="right" @submit.prevent="submit">
        <h3>Personal information</h3>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="First name" prop="firstName"><el-input id="pw-firstName" v-model="form.firstName" autocomplete="given-name" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Last name" prop="lastName"><el-input id="pw-lastName" v-model="form.lastName" autocomplete="family-name" /></el-form-item></el-col>
        </el-row>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Email" prop="email"><el-input id="pw-email" v-model="form.email" type="email" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Confirm email" prop="confirmEmail"><el-input id="pw-confirmEmail" v-model="form.confirmEmail" type="email" /></el-form-item></el-col>
        </el-row>
        <el-form-item label="Phone" prop="phone"><el-input id="pw-phone" v-model="form.phone" placeholder="e.g. 916-555-0142" style="max-width: 280px" /></el-form-item>
        <el-form-item label="Street address" prop="street"><el-input id="pw-street" v-model="form.street" /></el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Country" prop="country">
            <el-select id="pw-country" v-model="form.country" filterable placeholder="Select country" style="width: 100%">
              <el-option v-for="c in COUNTRIES" :key="c[0]" :label="c[1]" :value="c[0]" />
            </el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="State / Province" prop="region">
            <el-select id="pw-region" v-model="form.region" filterable :disabled="!form.country" :loading="loadingRegions" loading-text="Loading…" :placeholder="form.country ? 'Select state / province' : 'Select a country first'" style="width: 100%">
              <el-option v-for="r in regions" :key="r[0]" :label="r[1]" :value="r[0]" />
            </el-select></el-form-item></el-col>
        </el-row>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="City" prop="city">
            <el-select id="pw-city" v-model="form.city" filterable allow-create default-first-option :disabled="!form.region" :loading="loadingCities" loading-text="Loading…" :placeholder="form.region ? 'Select or type your city' : 'Select a state first'" style="width: 100%">
              <el-option v-for="c in cities" :key="c" :label="c" :value="c" />
            </el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="ZIP / Postal code" prop="zip"><el-input id="pw-zip" v-model="form.zip" /></el-form-item></el-col>
        </el-row>

        <h3>Experience</h3>
        <el-form-item label="Are you currently employed?" prop="employed">
          <el-radio-group id="pw-employed" v-model="form.employed"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
        </el-form-item>
        <div v-show="form.employed === 'yes'" class="pw-followups">
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Current employer" prop="employer"><el-autocomplete id="pw-employer" v-model="form.employer" :fetch-suggestions="employers" placeholder="Company" style="width: 100%" /></el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Current job title" prop="jobTitle"><el-input id="pw-jobTitle" v-model="form.jobTitle" /></el-form-item></el-col>
          </el-row>
          <el-form-item label="Notice period" prop="notice">
            <el-select id="pw-notice" v-model="form.notice" placeholder="Select" style="width: 240px">
              <el-option v-for="n in ['None / immediately', '1 week', '2 weeks', '3–4 weeks', 'More than 4 weeks']" :key="n" :label="n" :value="n" />
            </el-select></el-form-item>
        </div>
        <el-form-item label="Total years of experience" prop="years"><el-input-number id="pw-years" v-model="form.years" :min="0" :max="50" /></el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Highest education" prop="degree">
            <el-select id="pw-degree" v-model="form.degree" placeholder="Select" style="width: 100%">
              <el-option v-for="d in ['High School / GED', 'Associate Degree', 'Bachelor\\'s Degree', 'Master\\'s Degree', 'Doctorate']" :key="d" :label="d" :value="d" />
            </el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="School / University" prop="school">
            <el-select id="pw-school" v-model="form.school" filterable remote reserve-keyword :remote-method="findSchools" :loading="loadingSchools" placeholder="Type at least 2 letters" style="width: 100%">
              <el-option v-for="s in schools" :key="s" :label="s" :value="s" />
            </el-select></el-form-item></el-col>
        </el-row>
        <el-form-item label="Graduation year" prop="gradYear"><el-date-picker id="pw-gradYear" v-model="form.gradYear" type="year" value-format="YYYY" placeholder="Pick a year" /></el-form-item>

        <h3>Eligibility and availability</h3>
        <el-form-item label="Are you legally authorized to work in the United States?" prop="authorized">
          <el-radio-group id="pw-authorized" v-model="form.authorized"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group></el-form-item>
        <el-form-item label="Will you now or in the future require visa sponsorship?" prop="sponsorship">
          <el-radio-group id="pw-sponsorship" v-model="form.sponsorship"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group></el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Earliest start date" prop="startDate"><el-date-picker id="pw-startDate" v-model="form.startDate" type="date" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" style="width: 100%" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Expected annual salary" prop="salary"><el-input id="pw-salary" v-model="form.salary"><template #prepend>$</template><template #append>USD</template></el-input></el-form-item></el-col>
        </el-row>
        <el-form-item v-for="q in posting.questions" :key="q.key" :label="q.label" :prop="q.key">
          <el-checkbox-group v-if="q.type === 'checkbox'" :id="'pw-' + q.key" v-model="form[q.key]"><el-checkbox v-for="o in q.options" :key="o" :value="o">{{ o }}</el-checkbox></el-checkbox-group>
          <el-switch v-else-if="q.type === 'switch'" :id="'pw-' + q.key" v-model="form[q.key]" active-text="Yes" inactive-text="No" />
          <el-radio-group v-else-if="q.type === 'radio'" :id="'pw-' + q.key" v-model="form[q.key]"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
          <el-select v-else-if="q.type === 'select'" :id="'pw-' + q.key" v-model="form[q.key]" placeholder="Select" style="width: 100%"><el-option v-for="o in q.options" :key="o" :label="o" :value="o" /></el-select>
          <el-input v-else :id="'pw-' + q.key" v-model="form[q.key]" type="textarea" :rows="3" />
        </el-form-item>

        <h3>Documents</h3>
        <el-form-item label="Resume" prop="resume" class="pw-resume">
          <el-upload drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onFile" :on-remove="onFile">
            <div class="el-upload__text">Drop file here or <em>click to upload</em></div>
            <template #tip><div class="el-upload__tip">PDF or Word, 5 MB max</div></template>
          </el-upload></el-form-item>
        <el-form-item label="Cover letter" prop="coverLetter"><el-input id="pw-coverLetter" v-model="form.coverLetter" type="textarea" :rows="5" maxlength="3000" show-word-limit /></el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="How did you hear about this job?" prop="heard">
            <el-select id="pw-heard" v-model="form.heard" placeholder="Select" style="width: 100%"><el-option v-for="h in ['Indeed', 'LinkedIn', 'Pellworth website', 'Employee referral', 'Job fair', 'Other']" :key="h" :label="h" :value="h" /></el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Referring employee (if any)" prop="referrer"><el-input id="pw-referrer" v-model="form.referrer" /></el-form-item></el-col>
        </el-row>

        <h3>Equal employment opportunity (voluntary)</h3>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Gender" prop="gender"><el-select id="pw-gender" v-model="form.gender" placeholder="Select" style="width: 100%"><el-option v-for="g in ['Female', 'Male', 'Decline to self-identify']" :key="g" :label="g" :value="g" /></el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Race / ethnicity" prop="ethnicity"><el-select id="pw-ethnicity" v-model="form.ethnicity" placeholder="Select" style="width: 100%"><el-option v-for="g in ['Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'Two or more races', 'Decline to self-identify']" :key="g" :label="g" :value="g" /></el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Veteran status" prop="veteran"><el-select id="pw-veteran" v-model="form.veteran" placeholder="Select" style="width: 100%"><el-option v-for="g in ['I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify']" :key="g" :label="g" :value="g" /></el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Disability status" prop="disability"><el-select id="pw-disability" v-model="form.disability" placeholder="Select" style="width: 100%"><el-option v-for="g in ['Yes, I have a disability', 'No, I do not have a disability', 'I do not want to answer']" :key="g" :label="g" :value="g" /></el-select></el-form-item></el-col>
        </el-row>
        <el-form-item prop="consent"><el-checkbox id="pw-consent" v-model="form.consent">I have read the Pellworth applicant privacy notice.</el-checkbox></el-form-item>
        <el-button id="pw-submit" type="primary" size="large" native-type="submit">Submit application</el-button>
      </el-form>
    </main>
    <div class="pw-alert"><label for="pw-alert-email">Get job alerts for {{ posting.team }}</label>
      <el-input id="pw-alert-email" v-model="alertEmail" placeholder="you@example.com" style="width: 240px" /><el-button>Create alert</el-button></div>
    <pre id="model">{{ JSON.stringify({ ...form, search, alertEmail }) }}</pre>
  `,
};

createApp(App).use(ElementPlus).mount('#app');
}
