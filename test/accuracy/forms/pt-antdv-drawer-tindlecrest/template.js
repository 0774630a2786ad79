/*
 * Tindlecrest Mutual (crop insurance, Des Moines) careers page: Vue 3 + ant-design-vue 4.2, shared
 * by its postings (`renderApplication(posting)`). The posting page is reached from job boards with
 * "#apply", so the application opens at once in an **a-drawer** (placement right, portalled to
 * <body>) over the job description. Inside it, the antdv configurations the docs show: a virtual
 * showSearch a-select of every country (world-countries; only the rows in view are rendered), a
 * virtual a-select of schools, an a-select whose options carry a grey description (option slot,
 * option-label-prop shows only the title), a-auto-complete with a "no results" message that keeps
 * free text (location, employer), a-input-number with steppers and an addon, an a-input-number with
 * a "$ 150,000" formatter, a month a-date-picker ("MMMM YYYY") for the start and one for the start
 * at the current employer (left alone), a year a-date-picker for graduation (left alone), radio
 * groups drawn as buttons and as bordered cards, an a-checkbox-group of cards (left alone), skills
 * in mode="tags" (left alone), two a-uploads (resume; "other documents" with a list of files),
 * consent, EEO. The form model goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import Antd from 'ant-design-vue';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ value: c.cca3, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const PLACES = [
  'San Francisco, CA', 'South San Francisco, CA', 'San Fernando, CA', 'Santa Clara, CA', 'San Jose, CA', 'Oakland, CA',
  'Des Moines, IA', 'West Des Moines, IA', 'Ames, IA', 'Cedar Rapids, IA', 'Omaha, NE', 'Kansas City, MO', 'Minneapolis, MN', 'Chicago, IL',
];
const EMPLOYERS = ['Nationwide', 'Farmers Mutual Hail', 'Corteva Agriscience', 'John Deere', 'Principal Financial Group', 'Wellmark', 'Climate LLC', 'Indigo Ag', 'Cargill'];
const SCHOOLS = [
  'Arizona State University', 'Auburn University', 'Berkeley City College', 'Boston University', 'Brigham Young University', 'Carnegie Mellon University',
  'Colorado State University', 'Cornell University', 'Creighton University', 'Drake University', 'Georgia Institute of Technology', 'Grinnell College',
  'Indiana University Bloomington', 'Iowa State University', 'Kansas State University', 'Michigan State University', 'Montana State University',
  'North Dakota State University', 'Northwestern University', 'Ohio State University', 'Oklahoma State University', 'Oregon State University',
  'Penn State University', 'Purdue University', 'San Francisco State University', 'San Jose State University', 'South Dakota State University',
  'Stanford University', 'Texas A&M University', 'UC Berkeley Extension', 'University of Arizona', 'University of California, Berkeley',
  'University of California, Davis', 'University of California, Irvine', 'University of California, Los Angeles', 'University of California, San Diego',
  'University of California, Santa Barbara', 'University of Chicago', 'University of Colorado Boulder', 'University of Florida', 'University of Georgia',
  'University of Illinois Urbana-Champaign', 'University of Iowa', 'University of Kansas', 'University of Michigan', 'University of Minnesota',
  'University of Missouri', 'University of Nebraska–Lincoln', 'University of Northern Iowa', 'University of San Francisco', 'University of Texas at Austin',
  'University of Washington', 'University of Wisconsin–Madison', 'Washington State University', 'Other',
];
const DEGREES = [
  { value: 'hs', title: 'High school diploma or GED', desc: 'Or an equivalent certificate' },
  { value: 'assoc', title: 'Associate degree', desc: 'AA, AS or AAS — usually two years' },
  { value: 'ba', title: "Bachelor's degree", desc: 'BA, BS, BEng or another four-year degree' },
  { value: 'ma', title: "Master's degree", desc: 'MA, MS, MBA, MEng' },
  { value: 'phd', title: 'Doctorate', desc: 'PhD, DrPH or another research doctorate' },
];
const SKILLS = ['Python', 'SQL', 'Spark', 'dbt', 'Airflow', 'Snowflake', 'BigQuery', 'Kafka', 'Terraform', 'GIS / geospatial'];
const SETUPS = [
  { value: 'remote', title: 'Remote (US)', desc: 'Work from home, two visits a year' },
  { value: 'hybrid', title: 'Hybrid — Des Moines', desc: 'Two days a week in the office' },
  { value: 'onsite', title: 'On-site — Des Moines', desc: 'Five days a week' },
];
const HEARD = ['LinkedIn', 'Indeed', 'Tindlecrest website', 'A Tindlecrest employee', 'University career fair', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'I prefer not to say'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to say'];

export function renderApplication(posting) {
  const App = {
    setup() {
      const blank = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'multi' ? [] : null]));
      const form = reactive({
        firstName: '', lastName: '', email: '', phone: '', location: '', country: null, linkedin: '', github: '',
        employer: '', jobTitle: '', employerSince: null, years: null, degree: null, school: null, gradYear: null,
        authorized: null, sponsorship: null, salary: null, startMonth: null, setups: [], skills: [],
        resume: [], documents: [], coverLetter: '', ...blank, heard: null, gender: null, veteran: null, consent: false,
      });
      const open = ref(true);
      const search = ref('');
      const alertEmail = ref('');
      const sent = ref(false);
      const rules = {
        firstName: [{ required: true, message: 'Enter your first name' }],
        lastName: [{ required: true, message: 'Enter your last name' }],
        email: [{ required: true, type: 'email', message: 'Enter a valid email address', trigger: 'blur' }],
        authorized: [{ required: true, message: 'Choose one' }],
        sponsorship: [{ required: true, message: 'Choose one' }],
        consent: [{ validator: (_r, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please confirm to continue'))) }],
      };
      const names = (list) => list.map((f) => f.name);
      const model = () => JSON.stringify({ ...form, resume: names(form.resume), documents: names(form.documents), search: search.value, alertEmail: alertEmail.value, drawerOpen: open.value }, null, 1);
      const byLabel = (input, option) => String(option.label ?? option.value ?? '').toLowerCase().includes(input.toLowerCase());
      const suggest = (list, text) => list.filter((v) => v.toLowerCase().includes(String(text ?? '').toLowerCase())).map((value) => ({ value }));
      const finish = () => { sent.value = true; };
      return { form, open, search, alertEmail, sent, rules, model, byLabel, suggest, finish, posting, COUNTRIES, PLACES, EMPLOYERS, SCHOOLS, DEGREES, SKILLS, SETUPS, HEARD, GENDER, VETERAN, beforeUpload: () => false };
    },
    template: `
<header class="tc-top">
  <span class="tc-logo">Tindlecrest<span>Mutual</span></span>
  <nav><a href="#">Coverage</a><a href="#">Agents</a><a href="#">Careers</a></nav>
  <a-input-search v-model:value="search" id="tc-search" placeholder="Search jobs" style="width: 220px" />
</header>
<main class="tc-main">
  <a href="#" class="tc-back">‹ All jobs</a>
  <h1>{{ posting.title }}</h1>
  <p class="tc-meta">{{ posting.meta }}</p>
  <p v-for="p in posting.about" :key="p">{{ p }}</p>
  <a-button type="primary" size="large" id="tc-open" @click="open = true">Apply for this job</a-button>
</main>
<footer class="tc-foot">
  <label for="tc-alert">Get new Tindlecrest jobs by email</label>
  <a-input v-model:value="alertEmail" id="tc-alert" placeholder="you@example.com" style="width: 260px" />
  <a-button>Create job alert</a-button>
</footer>
<a-drawer v-model:open="open" :width="720" placement="right" :title="'Apply — ' + posting.title" class="tc-drawer" :mask-closable="false">
  <p v-if="sent" id="tc-done" class="tc-done">Thanks, {{ form.firstName }} — we received your application.</p>
  <a-form v-else name="apply" layout="vertical" :model="form" :rules="rules" @finish="finish">
    <h3>Contact details</h3>
    <a-row :gutter="16">
      <a-col :span="12"><a-form-item label="First name" name="firstName"><a-input v-model:value="form.firstName" autocomplete="off" /></a-form-item></a-col>
      <a-col :span="12"><a-form-item label="Last name" name="lastName"><a-input v-model:value="form.lastName" autocomplete="off" /></a-form-item></a-col>
    </a-row>
    <a-row :gutter="16">
      <a-col :span="12"><a-form-item label="Email address" name="email"><a-input v-model:value="form.email" /></a-form-item></a-col>
      <a-col :span="12"><a-form-item label="Mobile number" name="phone"><a-input v-model:value="form.phone" addon-before="+1" /></a-form-item></a-col>
    </a-row>
    <a-row :gutter="16">
      <a-col :span="12">
        <a-form-item label="Current location" name="location" extra="Pick a suggestion or keep what you typed">
          <a-auto-complete v-model:value="form.location" class="tc-location" :options="suggest(PLACES, form.location)" placeholder="City, state">
            <template #notFoundContent><span class="tc-none">No matching places — we'll keep what you typed</span></template>
          </a-auto-complete>
        </a-form-item>
      </a-col>
      <a-col :span="12">
        <a-form-item label="Country of residence" name="country">
          <a-select v-model:value="form.country" class="tc-country" show-search placeholder="Select a country" :options="COUNTRIES" :filter-option="byLabel" :list-height="224" not-found-content="No country found" />
        </a-form-item>
      </a-col>
    </a-row>
    <a-row :gutter="16">
      <a-col :span="12"><a-form-item label="LinkedIn profile" name="linkedin"><a-input v-model:value="form.linkedin" addon-before="https://" /></a-form-item></a-col>
      <a-col :span="12"><a-form-item label="GitHub (optional)" name="github"><a-input v-model:value="form.github" placeholder="https://github.com/…" /></a-form-item></a-col>
    </a-row>

    <h3>Work and education</h3>
    <a-row :gutter="16">
      <a-col :span="12">
        <a-form-item label="Current employer" name="employer">
          <a-auto-complete v-model:value="form.employer" class="tc-employer" :options="suggest(EMPLOYERS, form.employer)" placeholder="Company name">
            <template #notFoundContent><span class="tc-none">No matches — we'll use the name you typed</span></template>
          </a-auto-complete>
        </a-form-item>
      </a-col>
      <a-col :span="12"><a-form-item label="Current job title" name="jobTitle"><a-input v-model:value="form.jobTitle" /></a-form-item></a-col>
    </a-row>
    <a-row :gutter="16">
      <a-col :span="12"><a-form-item label="With this employer since" name="employerSince"><a-date-picker v-model:value="form.employerSince" picker="month" format="MMM YYYY" value-format="YYYY-MM" placeholder="Select month" style="width: 100%" /></a-form-item></a-col>
      <a-col :span="12">
        <a-form-item label="Total years of professional experience" name="years">
          <a-input-number v-model:value="form.years" :min="0" :max="50" :step="1" :precision="0" addon-after="years" style="width: 100%" />
        </a-form-item>
      </a-col>
    </a-row>
    <a-form-item label="Highest level of education" name="degree">
      <a-select v-model:value="form.degree" class="tc-degree" placeholder="Select" option-label-prop="label">
        <a-select-option v-for="d in DEGREES" :key="d.value" :value="d.value" :label="d.title">
          <div class="tc-opt"><strong>{{ d.title }}</strong><span>{{ d.desc }}</span></div>
        </a-select-option>
      </a-select>
    </a-form-item>
    <a-row :gutter="16">
      <a-col :span="16">
        <a-form-item label="School or university" name="school">
          <a-select v-model:value="form.school" class="tc-school" show-search placeholder="Start typing" :options="SCHOOLS.map((value) => ({ value, label: value }))" :filter-option="byLabel" :list-height="192" />
        </a-form-item>
      </a-col>
      <a-col :span="8"><a-form-item label="Graduation year" name="gradYear"><a-date-picker v-model:value="form.gradYear" picker="year" value-format="YYYY" placeholder="Year" style="width: 100%" /></a-form-item></a-col>
    </a-row>

    <h3>Eligibility and pay</h3>
    <a-form-item label="Are you legally authorized to work in the United States?" name="authorized">
      <a-radio-group v-model:value="form.authorized" name="authorized" option-type="button" button-style="solid" :options="[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]" />
    </a-form-item>
    <a-form-item label="Visa sponsorship" name="sponsorship">
      <a-radio-group v-model:value="form.sponsorship" name="sponsorship" class="tc-cards">
        <a-radio value="no" class="tc-card"><strong>I don't need sponsorship</strong><span>Now or in the future</span></a-radio>
        <a-radio value="yes" class="tc-card"><strong>I will need sponsorship</strong><span>Now or at some point (for example H-1B or an OPT extension)</span></a-radio>
      </a-radio-group>
    </a-form-item>
    <a-row :gutter="16">
      <a-col :span="12">
        <a-form-item label="Salary expectation (base, per year)" name="salary">
          <a-input-number v-model:value="form.salary" :min="0" :step="5000" style="width: 100%"
            :formatter="(v) => (v === '' || v == null ? '' : '$ ' + String(v).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ','))"
            :parser="(v) => String(v).replace(/[$\\s,]/g, '')" />
        </a-form-item>
      </a-col>
      <a-col :span="12"><a-form-item label="Earliest start" name="startMonth" extra="The month you could start"><a-date-picker v-model:value="form.startMonth" picker="month" format="MMMM YYYY" value-format="YYYY-MM" placeholder="Select month" style="width: 100%" /></a-form-item></a-col>
    </a-row>
    <a-form-item label="Which work setups would you consider?" name="setups">
      <a-checkbox-group v-model:value="form.setups" class="tc-cards tc-setups">
        <a-checkbox v-for="s in SETUPS" :key="s.value" :value="s.value" class="tc-card"><strong>{{ s.title }}</strong><span>{{ s.desc }}</span></a-checkbox>
      </a-checkbox-group>
    </a-form-item>
    <a-form-item label="Skills" name="skills" extra="Type a skill and press Enter">
      <a-select v-model:value="form.skills" class="tc-skills" mode="tags" placeholder="Add skills" :options="SKILLS.map((value) => ({ value }))" />
    </a-form-item>

    <h3>Documents</h3>
    <a-form-item label="Resume" name="resume" extra="PDF or Word, up to 10 MB">
      <a-upload v-model:file-list="form.resume" class="tc-resume" :before-upload="beforeUpload" :max-count="1" accept=".pdf,.doc,.docx">
        <a-button>Upload resume</a-button>
      </a-upload>
    </a-form-item>
    <a-form-item label="Other documents" name="documents" extra="Certificates, transcripts or work samples — add as many as you like">
      <a-upload v-model:file-list="form.documents" class="tc-documents" :before-upload="beforeUpload" multiple>
        <a-button>Add files</a-button>
      </a-upload>
    </a-form-item>
    <a-form-item label="Cover letter (optional)" name="coverLetter">
      <a-textarea v-model:value="form.coverLetter" :rows="5" show-count :maxlength="3000" />
    </a-form-item>

    <h3 v-if="posting.questions.length">A few questions from the team</h3>
    <a-form-item v-for="q in posting.questions" :key="q.key" :label="q.label" :name="q.key" :extra="q.help">
      <a-radio-group v-if="q.type === 'buttons'" v-model:value="form[q.key]" :name="q.key" option-type="button" :options="q.options" />
      <a-radio-group v-else-if="q.type === 'radio'" v-model:value="form[q.key]" :name="q.key" :options="q.options" />
      <a-select v-else-if="q.type === 'select'" v-model:value="form[q.key]" :class="'tc-' + q.key" placeholder="Select" :options="q.options.map((value) => ({ value }))" />
      <a-checkbox-group v-else-if="q.type === 'multi'" v-model:value="form[q.key]" :name="q.key" :options="q.options" />
      <a-textarea v-else-if="q.type === 'textarea'" v-model:value="form[q.key]" :rows="3" />
      <a-input v-else v-model:value="form[q.key]" />
    </a-form-item>

    <h3>Voluntary self-identification</h3>
    <a-row :gutter="16">
      <a-col :span="12"><a-form-item label="How did you hear about us?" name="heard"><a-select v-model:value="form.heard" class="tc-heard" allow-clear placeholder="Select" :options="HEARD.map((value) => ({ value }))" /></a-form-item></a-col>
      <a-col :span="12"><a-form-item label="Gender" name="gender"><a-select v-model:value="form.gender" class="tc-gender" allow-clear placeholder="Select" :options="GENDER.map((value) => ({ value }))" /></a-form-item></a-col>
    </a-row>
    <a-form-item label="Veteran status" name="veteran"><a-radio-group v-model:value="form.veteran" name="veteran" :options="VETERAN" /></a-form-item>
    <a-form-item name="consent">
      <a-checkbox v-model:checked="form.consent">I agree that Tindlecrest Mutual may keep my application for 24 months for recruiting purposes.</a-checkbox>
    </a-form-item>
    <a-button type="primary" html-type="submit" id="tc-submit" size="large">Submit application</a-button>
  </a-form>
</a-drawer>
<pre id="model">{{ model() }}</pre>
`,
  };
  createApp(App).use(Antd).mount('#app');
}
