/*
 * Pemberly Labs' careers page (Singapore HQ, hiring in San Francisco): Vue 3 + Element Plus.
 * el-form with top labels, a dial-code el-select in the phone's prepend slot preset to
 * "+65 Singapore", remote el-selects for the city and the school (options arrive 300 ms after
 * typing), a filterable country el-select, an el-date-picker shown as YYYY/MM/DD, a salary
 * el-input with a "USD" prepend and a pay-period el-select in its append slot (preset "/ month"),
 * el-radio-button groups for yes/no questions, a drag el-upload (no auto upload), an "https://"
 * prepend, an el-switch, and a consent el-checkbox. The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const CITIES = ['San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco, Córdoba, Argentina', 'San Fernando, CA, USA', 'San Jose, CA, USA',
  'Oakland, CA, USA', 'Singapore', 'Santa Clara, CA, USA', 'Seattle, WA, USA', 'Sydney, NSW, Australia'];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Irvine', 'University of California, Los Angeles', 'University of California, San Diego',
  'California Institute of Technology', 'National University of Singapore', 'Nanyang Technological University', 'Stanford University', 'University of San Francisco'];
const COUNTRIES = ['Australia', 'Canada', 'China', 'Hong Kong SAR', 'India', 'Indonesia', 'Japan', 'Malaysia', 'Philippines', 'Singapore', 'South Korea', 'Taiwan',
  'Thailand', 'United Kingdom', 'United States of America', 'Vietnam'];
const DIAL = ['+65 Singapore', '+60 Malaysia', '+62 Indonesia', '+86 China', '+852 Hong Kong', '+91 India', '+44 United Kingdom', '+1 Canada', '+1 United States'];

const remote = (list, target, loading) => (query) => {
  if (!query || query.length < 2) { target.value = []; return; }
  loading.value = true;
  setTimeout(() => {
    target.value = list.filter((name) => name.toLowerCase().includes(query.toLowerCase()));
    loading.value = false;
  }, 300);
};

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: '+65 Singapore', phone: '', country: '', city: '', github: '', company: '', title: '',
      years: '', degree: '', school: '', startDate: '', salary: '', salaryPeriod: 'month', authorized: '', sponsorship: '',
      resume: [], openToSingapore: false, source: '', additional: '', referralCode: '', consent: false,
    });
    const done = ref(false);
    const cityOptions = ref([]);
    const schoolOptions = ref([]);
    const cityLoading = ref(false);
    const schoolLoading = ref(false);
    const searchCities = remote(CITIES, cityOptions, cityLoading);
    const searchSchools = remote(SCHOOLS, schoolOptions, schoolLoading);
    const siteSearch = ref('');
    const submit = () => { if (form.firstName && form.email && form.consent) done.value = true; };
    const model = () => JSON.stringify({ ...form, resume: form.resume.map((file) => file.name) });
    return { form, done, cityOptions, schoolOptions, cityLoading, schoolLoading, searchCities, searchSchools, siteSearch, submit, model, COUNTRIES, DIAL };
  },
  template: `
    <header class="top"><strong>Pemberly Labs</strong><el-input v-model="siteSearch" id="site-search" placeholder="Search jobs" clearable style="width: 240px" /></header>
    <main class="card">
      <p v-if="done" class="done" id="done">Thank you! Your application has been received.</p>
      <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
        <h1>Senior Data Engineer (San Francisco)</h1>
        <p class="meta">Pemberly Labs · San Francisco, CA · Full-time</p>
        <p>Pemberly Labs builds ride-hailing pricing software for operators across Asia and, since this year, North America. Our first US data hire will own ingestion from our new US partners.</p>
        <h2>Contact</h2>
        <div class="row2">
          <el-form-item label="First name" class="field-first" required><el-input v-model="form.firstName" /></el-form-item>
          <el-form-item label="Last name" class="field-last" required><el-input v-model="form.lastName" /></el-form-item>
        </div>
        <el-form-item label="Email" class="field-email" required><el-input v-model="form.email" type="email" /></el-form-item>
        <el-form-item label="Mobile" class="field-phone">
          <el-input v-model="form.phone" placeholder="Mobile number">
            <template #prepend>
              <el-select v-model="form.dialCode" style="width: 170px" aria-label="Country code">
                <el-option v-for="code in DIAL" :key="code" :label="code" :value="code" />
              </el-select>
            </template>
          </el-input>
        </el-form-item>
        <el-form-item label="Country / region of residence" class="field-country">
          <el-select v-model="form.country" filterable placeholder="Select">
            <el-option v-for="name in COUNTRIES" :key="name" :label="name" :value="name" />
          </el-select>
        </el-form-item>
        <el-form-item label="Current city" class="field-city">
          <el-select v-model="form.city" filterable remote :remote-method="searchCities" :loading="cityLoading" placeholder="Type your city" remote-show-suffix>
            <el-option v-for="name in cityOptions" :key="name" :label="name" :value="name" />
          </el-select>
        </el-form-item>
        <el-form-item label="GitHub" class="field-github">
          <el-input v-model="form.github" placeholder="github.com/username"><template #prepend>https://</template></el-input>
        </el-form-item>
        <h2>Background</h2>
        <div class="row2">
          <el-form-item label="Current employer" class="field-company"><el-input v-model="form.company" /></el-form-item>
          <el-form-item label="Current position" class="field-title"><el-input v-model="form.title" /></el-form-item>
        </div>
        <el-form-item label="Work experience" class="field-years">
          <el-select v-model="form.years" placeholder="Select">
            <el-option v-for="y in ['Under 1 year', '1-3 years', '3-5 years', '5-10 years', 'Over 10 years']" :key="y" :label="y" :value="y" />
          </el-select>
        </el-form-item>
        <el-form-item label="Education" class="field-degree">
          <el-select v-model="form.degree" placeholder="Select">
            <el-option v-for="d in ['Diploma', 'Associate', 'Bachelor', 'Master', 'PhD']" :key="d" :label="d" :value="d" />
          </el-select>
        </el-form-item>
        <el-form-item label="School" class="field-school">
          <el-select v-model="form.school" filterable remote :remote-method="searchSchools" :loading="schoolLoading" placeholder="Type to search" remote-show-suffix>
            <el-option v-for="name in schoolOptions" :key="name" :label="name" :value="name" />
          </el-select>
        </el-form-item>
        <h2>Availability and pay</h2>
        <el-form-item label="Available from" class="field-start">
          <el-date-picker v-model="form.startDate" type="date" format="YYYY/MM/DD" value-format="YYYY-MM-DD" placeholder="Pick a day" />
        </el-form-item>
        <el-form-item label="Expected salary" class="field-salary">
          <el-input v-model="form.salary" placeholder="Amount">
            <template #prepend>USD</template>
            <template #append>
              <el-select v-model="form.salaryPeriod" style="width: 110px" aria-label="Pay period">
                <el-option label="/ month" value="month" />
                <el-option label="/ year" value="year" />
              </el-select>
            </template>
          </el-input>
        </el-form-item>
        <el-form-item label="Are you authorized to work in the United States?" class="field-authorized">
          <el-radio-group v-model="form.authorized"><el-radio-button value="yes">Yes</el-radio-button><el-radio-button value="no">No</el-radio-button></el-radio-group>
        </el-form-item>
        <el-form-item label="Do you require visa sponsorship to work in the United States?" class="field-sponsorship">
          <el-radio-group v-model="form.sponsorship"><el-radio-button value="yes">Yes</el-radio-button><el-radio-button value="no">No</el-radio-button></el-radio-group>
        </el-form-item>
        <el-form-item label="Open to roles in our Singapore office too" class="field-sg"><el-switch v-model="form.openToSingapore" /></el-form-item>
        <h2>Resume</h2>
        <el-form-item label="Resume" class="field-resume">
          <el-upload v-model:file-list="form.resume" drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx">
            <div class="el-upload__text">Drop file here or <em>click to upload</em></div>
            <template #tip><div class="el-upload__tip">PDF or Word, max 10 MB</div></template>
          </el-upload>
        </el-form-item>
        <el-form-item label="Anything else you'd like to share?" class="field-additional"><el-input v-model="form.additional" type="textarea" :rows="3" /></el-form-item>
        <el-form-item label="How did you find us?" class="field-source">
          <el-select v-model="form.source" placeholder="Select" clearable>
            <el-option v-for="s in ['LinkedIn', 'Tech in Asia', 'Friend or colleague', 'Pemberly blog', 'Other']" :key="s" :label="s" :value="s" />
          </el-select>
        </el-form-item>
        <el-form-item label="Referral code" class="field-referral"><el-input v-model="form.referralCode" /></el-form-item>
        <el-form-item class="field-consent"><el-checkbox v-model="form.consent">I agree to Pemberly Labs processing my data for recruitment</el-checkbox></el-form-item>
        <el-button type="primary" native-type="submit" id="submit">Submit application</el-button>
        <pre id="model">{{ model() }}</pre>
      </el-form>
    </main>`,
};

createApp(App).use(ElementPlus).mount('#root');
