/*
 * Oberland Rück careers (Munich reinsurer; US branch in Hartford): Vue 3 + Element Plus 2 with the
 * form state in **vee-validate** 4 (useForm + yup schema, defineField refs bound with v-model).
 * Pieces: el-form-item labels, a phone el-input whose placeholder carries a country code, an
 * el-cascader "Country / State" (filterable) preset to "Germany / Bavaria" (the head office), a
 * filterable remote el-select for the city (results 400 ms after typing, in the teleported
 * dropdown), an "https://" prepend, el-radio-button experience buckets, a degree el-select with
 * German wordings, a sentence el-radio-group, an el-switch for sponsorship, an el-checkbox-group
 * of offices, el-date-picker "DD.MM.YYYY", el-upload (auto-upload off: the file list is the
 * state), EEO selects and radios, a talent-pool el-switch, consent el-checkbox. Shared by the
 * postings; vee-validate's values go to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import { useForm } from 'vee-validate';
import * as yup from 'yup';

const REGIONS = [
  { value: 'DE', label: 'Germany', children: [['BY', 'Bavaria'], ['BE', 'Berlin'], ['HE', 'Hesse'], ['NW', 'North Rhine-Westphalia']].map(([value, label]) => ({ value, label })) },
  { value: 'CH', label: 'Switzerland', children: [['ZH', 'Zurich'], ['GE', 'Geneva']].map(([value, label]) => ({ value, label })) },
  { value: 'GB', label: 'United Kingdom', children: [['ENG', 'England'], ['SCT', 'Scotland']].map(([value, label]) => ({ value, label })) },
  { value: 'US', label: 'United States', children: [['CA', 'California'], ['CT', 'Connecticut'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['NJ', 'New Jersey'], ['NY', 'New York'], ['TX', 'Texas']].map(([value, label]) => ({ value, label })) },
  { value: 'UM', label: 'United States Minor Outlying Islands', children: [{ value: 'UM-81', label: 'Baker Island' }] },
];
const CITIES = ['Hartford, CT', 'New York, NY', 'Stamford, CT', 'Boston, MA', 'Chicago, IL', 'San Francisco, CA', 'South San Francisco, CA',
  'San Francisco del Oro, Chihuahua', 'San Mateo, CA', 'Munich, Bavaria', 'Zurich, Switzerland'];
const DEGREES = ['Abitur / high school diploma', 'Ausbildung (vocational training)', 'Bachelor (university or Fachhochschule)', 'Master / Diplom', 'Promotion (PhD)'];
const HEARD = ['Oberland website', 'LinkedIn', 'XING', 'Indeed', 'Referral', 'University event', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'Prefer not to disclose'];
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Prefer not to disclose'];

export function renderApplication(posting) {
  const App = {
    setup() {
      const schema = yup.object({
        firstName: yup.string().required('Required'),
        lastName: yup.string().required('Required'),
        email: yup.string().email('Invalid email').required('Required'),
        phone: yup.string().required('Required'),
        region: yup.array().min(2, 'Required'),
        city: yup.string().required('Required'),
        years: yup.string().required('Required'),
        authorization: yup.string().required('Required'),
        resume: yup.array().min(1, 'Please attach your CV'),
        consent: yup.boolean().oneOf([true], 'Please accept'),
      });
      const initialValues = {
        firstName: '', lastName: '', email: '', phone: '', region: ['DE', 'BY'], city: '', linkedin: '', employer: '', jobTitle: '', years: '',
        degree: '', authorization: '', sponsorship: false, offices: [], startDate: '', salary: '', resume: [], coverLetter: '', motivation: '',
        heard: '', gender: '', race: '', veteran: '', talentPool: false, consent: false,
        ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'checkbox' ? [] : ''])),
      };
      const { values, errors, defineField, handleSubmit, setFieldValue } = useForm({ validationSchema: schema, initialValues });
      const f = reactive(Object.fromEntries(Object.keys(initialValues).map((k) => [k, defineField(k)[0]])));
      const sent = ref(false);
      const search = ref('');
      const newsletter = ref('');
      const cityOptions = ref([]);
      const cityLoading = ref(false);
      const searchCity = (q) => {
        if (!q) { cityOptions.value = []; return; }
        cityLoading.value = true;
        setTimeout(() => {
          cityOptions.value = CITIES.filter((c) => c.toLowerCase().includes(q.toLowerCase()));
          cityLoading.value = false;
        }, 400);
      };
      const onResume = (_file, list) => setFieldValue('resume', list.map((x) => x.name));
      const submit = handleSubmit(() => { sent.value = true; });
      const model = () => JSON.stringify({ ...values, search: search.value, newsletter: newsletter.value });
      return { posting, f, errors, sent, search, newsletter, cityOptions, cityLoading, searchCity, onResume, submit, model,
        REGIONS, DEGREES, HEARD, GENDER, RACE };
    },
    template: `
      <header class="ob-top">
        <span class="ob-logo">Oberland<b>Rück</b></span>
        <nav>About us · Solutions · Careers · Investor relations</nav>
        <el-input id="ob-site-search" v-model="search" placeholder="Search" style="width: 200px" aria-label="Search the site" />
      </header>
      <main class="ob-main">
        <p class="ob-kicker">{{ posting.team }} · {{ posting.where }}</p>
        <h1>{{ posting.title }}</h1>
        <p v-for="p in posting.intro" :key="p">{{ p }}</p>
        <el-alert v-if="sent" id="ob-sent" type="success" title="Thank you! Your application has been submitted." :closable="false" />
        <el-form label-position="top" @submit.prevent="submit" id="ob-apply">
          <h2>Personal information</h2>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="First name" required class="field-firstName" :error="errors.firstName"><el-input id="ob-firstName" v-model="f.firstName" autocomplete="given-name" /></el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Last name" required class="field-lastName" :error="errors.lastName"><el-input id="ob-lastName" v-model="f.lastName" autocomplete="family-name" /></el-form-item></el-col>
          </el-row>
          <el-form-item label="Email" required class="field-email" :error="errors.email"><el-input id="ob-email" v-model="f.email" type="email" /></el-form-item>
          <el-form-item label="Phone number" required class="field-phone" :error="errors.phone"><el-input id="ob-phone" v-model="f.phone" type="tel" placeholder="+49 89 3844 0" /></el-form-item>
          <el-form-item label="Country / State" required class="field-region" :error="errors.region">
            <el-cascader id="ob-region" v-model="f.region" :options="REGIONS" filterable separator=" / " placeholder="Select" style="width: 100%" />
          </el-form-item>
          <el-form-item label="City" required class="field-city" :error="errors.city">
            <el-select id="ob-city" v-model="f.city" filterable remote :remote-method="searchCity" :loading="cityLoading" placeholder="Type to search your city" style="width: 100%">
              <el-option v-for="c in cityOptions" :key="c" :label="c" :value="c" />
            </el-select>
          </el-form-item>
          <el-form-item label="LinkedIn profile" class="field-linkedin">
            <el-input id="ob-linkedin" v-model="f.linkedin"><template #prepend>https://</template></el-input>
          </el-form-item>

          <h2>Professional background</h2>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Current employer" class="field-employer"><el-input id="ob-employer" v-model="f.employer" /></el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Current position" class="field-jobTitle"><el-input id="ob-jobTitle" v-model="f.jobTitle" /></el-form-item></el-col>
          </el-row>
          <el-form-item :label="posting.yearsLabel" required class="field-years" :error="errors.years">
            <el-radio-group v-model="f.years">
              <el-radio-button v-for="y in posting.years" :key="y" :value="y">{{ y }}</el-radio-button>
            </el-radio-group>
          </el-form-item>
          <el-form-item label="Highest degree" class="field-degree">
            <el-select id="ob-degree" v-model="f.degree" placeholder="Select" style="width: 100%">
              <el-option v-for="d in DEGREES" :key="d" :label="d" :value="d" />
            </el-select>
          </el-form-item>

          <h2>Eligibility</h2>
          <el-form-item label="Are you legally authorized to work in the United States?" required class="field-authorization" :error="errors.authorization">
            <el-radio-group v-model="f.authorization" class="ob-column">
              <el-radio value="any">Yes, I am authorized to work for any US employer</el-radio>
              <el-radio value="restricted">Yes, but my authorization is tied to an employer or expires</el-radio>
              <el-radio value="no">No, I am not authorized to work in the US</el-radio>
            </el-radio-group>
          </el-form-item>
          <el-form-item label="I will now or in the future require visa sponsorship" class="field-sponsorship">
            <el-switch id="ob-sponsorship" v-model="f.sponsorship" active-text="Yes" inactive-text="No" />
          </el-form-item>
          <el-form-item :label="posting.officesLabel" class="field-offices">
            <el-checkbox-group v-model="f.offices">
              <el-checkbox v-for="o in posting.offices" :key="o" :value="o">{{ o }}</el-checkbox>
            </el-checkbox-group>
          </el-form-item>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Earliest start date" class="field-startDate">
              <el-date-picker id="ob-startDate" v-model="f.startDate" type="date" format="DD.MM.YYYY" value-format="YYYY-MM-DD" placeholder="DD.MM.YYYY" style="width: 100%" />
            </el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Salary expectation" class="field-salary">
              <el-input id="ob-salary" v-model="f.salary" inputmode="numeric"><template #append>USD / year</template></el-input>
            </el-form-item></el-col>
          </el-row>
          <el-form-item v-for="q in posting.questions" :key="q.key" :label="q.label" :class="'field-' + q.key">
            <el-checkbox-group v-if="q.type === 'checkbox'" v-model="f[q.key]">
              <el-checkbox v-for="o in q.options" :key="o" :value="o">{{ o }}</el-checkbox>
            </el-checkbox-group>
            <el-radio-group v-else v-model="f[q.key]">
              <el-radio-button v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio-button>
            </el-radio-group>
          </el-form-item>

          <h2>Documents</h2>
          <el-form-item label="CV / resume" required class="field-resume" :error="errors.resume">
            <el-upload :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onResume">
              <el-button>Choose file</el-button>
              <template #tip><div class="el-upload__tip">PDF or Word, max. 10 MB</div></template>
            </el-upload>
          </el-form-item>
          <el-form-item label="Cover letter" class="field-coverLetter"><el-input id="ob-coverLetter" v-model="f.coverLetter" type="textarea" :rows="6" /></el-form-item>
          <el-form-item :label="posting.motivationLabel" class="field-motivation"><el-input id="ob-motivation" v-model="f.motivation" type="textarea" :rows="3" /></el-form-item>
          <el-form-item label="How did you hear about us?" class="field-heard">
            <el-select id="ob-heard" v-model="f.heard" placeholder="Select" clearable style="width: 100%"><el-option v-for="h in HEARD" :key="h" :label="h" :value="h" /></el-select>
          </el-form-item>

          <h2>Voluntary self-identification (US)</h2>
          <p class="ob-note">Oberland Reinsurance Company of America is an equal opportunity employer. Providing this information is voluntary.</p>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Gender" class="field-gender"><el-select id="ob-gender" v-model="f.gender" placeholder="Select" style="width: 100%"><el-option v-for="h in GENDER" :key="h" :label="h" :value="h" /></el-select></el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Race / ethnicity" class="field-race"><el-select id="ob-race" v-model="f.race" placeholder="Select" style="width: 100%"><el-option v-for="h in RACE" :key="h" :label="h" :value="h" /></el-select></el-form-item></el-col>
          </el-row>
          <el-form-item label="Veteran status" class="field-veteran">
            <el-radio-group v-model="f.veteran">
              <el-radio value="protected">I am a protected veteran</el-radio>
              <el-radio value="not">I am not a protected veteran</el-radio>
              <el-radio value="decline">I prefer not to say</el-radio>
            </el-radio-group>
          </el-form-item>
          <el-form-item label="Talent pool" class="field-talentPool">
            <el-switch id="ob-talentPool" v-model="f.talentPool" active-text="Keep my profile for future vacancies" />
          </el-form-item>
          <el-form-item class="field-consent" :error="errors.consent">
            <el-checkbox v-model="f.consent">I have read the data protection notice and agree to the processing of my data.</el-checkbox>
          </el-form-item>
          <el-button id="ob-submit" type="primary" native-type="submit" size="large">Submit application</el-button>
        </el-form>
      </main>
      <footer class="ob-foot">
        <label for="ob-newsletter">Oberland Insights newsletter</label>
        <input id="ob-newsletter" type="email" v-model="newsletter" placeholder="Email address" /> <button type="button">Subscribe</button>
      </footer>
      <pre id="model">{{ model() }}</pre>
    `,
  };
  createApp(App).use(ElementPlus).mount('#app');
}
