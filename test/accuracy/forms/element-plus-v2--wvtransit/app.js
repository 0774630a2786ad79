/*
 * A Veldhaven Mobility (Amsterdam, hiring for its Oakland office) application on the same
 * Vue 3 + Element Plus template: given / family name, a mobile el-input whose prepend is an
 * el-select of dial codes preset to "+31", a virtualized filterable el-select-v2 of every country,
 * an el-cascader for the location, el-radio-group of el-radio-button for ranges, pronouns and the
 * posting's own yes/no questions, an el-date-picker shown as DD/MM/YYYY with value-format
 * YYYY-MM-DD, an el-switch for sponsorship, "https://" and "github.com/" prepends, an
 * el-input-number, and the usual questions to leave alone. The reactive form object is rendered
 * into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import countries from 'world-countries';

const COUNTRY_OPTIONS = countries
  .map((country) => ({ value: country.cca2, label: country.name.common }))
  .sort((a, b) => a.label.localeCompare(b.label));
const DIAL_CODES = ['+1', '+31', '+32', '+44', '+49', '+33', '+353'];
const LOCATIONS = [
  {
    value: 'NL',
    label: 'Netherlands',
    children: [
      { value: 'NH', label: 'North Holland', children: [{ value: 'AMS', label: 'Amsterdam' }, { value: 'HLM', label: 'Haarlem' }] },
      { value: 'ZH', label: 'South Holland', children: [{ value: 'RTM', label: 'Rotterdam' }] },
    ],
  },
  {
    value: 'US',
    label: 'United States',
    children: [
      {
        value: 'CA',
        label: 'California',
        children: [
          { value: 'OAK', label: 'Oakland' },
          { value: 'SF', label: 'San Francisco' },
          { value: 'SSF', label: 'South San Francisco' },
          { value: 'SJ', label: 'San Jose' },
        ],
      },
      { value: 'WA', label: 'Washington', children: [{ value: 'SEA', label: 'Seattle' }] },
    ],
  },
];
const DEGREES = ['Secondary school', 'Associate', 'Bachelor', 'Master', 'PhD', 'Other'].map((label) => ({ value: label, label }));
const SOURCES = ['LinkedIn', 'Company website', 'Referral', 'Meetup / conference', 'Other'].map((label) => ({ value: label, label }));

const App = {
  setup() {
    const form = reactive({
      givenName: '', familyName: '', email: '', dialCode: '+31', mobile: '', country: '', location: [],
      years: '', pronouns: '', degree: '', startDate: '', sponsorship: false, portfolio: '', github: '',
      salary: null, source: '', talentPool: false, consent: false,
      q_58213: '', q_58214: '', q_58217: '', q_58220: '',
    });
    const done = ref(false);
    const submit = () => { if (form.givenName && form.email && form.consent) done.value = true; };
    return { form, done, submit, COUNTRY_OPTIONS, DIAL_CODES, LOCATIONS, DEGREES, SOURCES };
  },
  template: `
    <p v-if="done" class="done" id="done">Dank je wel! Your application reached the Ridership team.</p>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Analytics Engineer, Ridership</h1>
      <p>Veldhaven Mobility · Oakland, CA (hybrid, 3 days a week in the office)</p>
      <el-form-item label="Given name" prop="givenName" class="f-given" required><el-input v-model="form.givenName" /></el-form-item>
      <el-form-item label="Family name" prop="familyName" class="f-family" required><el-input v-model="form.familyName" /></el-form-item>
      <el-form-item label="Email" prop="email" class="f-email" required><el-input v-model="form.email" /></el-form-item>
      <el-form-item label="Mobile" prop="mobile" class="f-mobile">
        <el-input v-model="form.mobile" placeholder="6 12345678">
          <template #prepend>
            <el-select v-model="form.dialCode" class="f-dial" style="width: 90px"><el-option v-for="code in DIAL_CODES" :key="code" :label="code" :value="code" /></el-select>
          </template>
        </el-input>
      </el-form-item>
      <el-form-item label="Country of residence" prop="country" class="f-country">
        <el-select-v2 v-model="form.country" :options="COUNTRY_OPTIONS" filterable placeholder="Select a country" />
      </el-form-item>
      <el-form-item label="Location" prop="location" class="f-location">
        <el-cascader v-model="form.location" :options="LOCATIONS" filterable placeholder="Country / Region / City" />
      </el-form-item>
      <el-form-item label="How many years have you worked with SQL in production?" prop="years" class="f-years">
        <el-radio-group v-model="form.years"><el-radio-button value="0-3">0–3</el-radio-button><el-radio-button value="4-6">4–6</el-radio-button><el-radio-button value="7-10">7–10</el-radio-button><el-radio-button value="11+">11+</el-radio-button></el-radio-group>
      </el-form-item>
      <el-form-item label="Pronouns" prop="pronouns" class="f-pronouns">
        <el-radio-group v-model="form.pronouns"><el-radio-button value="she">she/her</el-radio-button><el-radio-button value="he">he/him</el-radio-button><el-radio-button value="they">they/them</el-radio-button><el-radio-button value="none">Prefer not to say</el-radio-button></el-radio-group>
      </el-form-item>
      <el-form-item label="Highest qualification" prop="degree" class="f-degree">
        <el-select-v2 v-model="form.degree" :options="DEGREES" placeholder="Select" />
      </el-form-item>
      <el-form-item label="Are you legally allowed to work in the United States?" prop="q_58213" class="f-q58213">
        <el-radio-group v-model="form.q_58213"><el-radio-button value="yes">Yes</el-radio-button><el-radio-button value="no">No</el-radio-button></el-radio-group>
      </el-form-item>
      <el-form-item label="Earliest date you could join" prop="startDate" class="f-start">
        <el-date-picker v-model="form.startDate" type="date" format="DD/MM/YYYY" value-format="YYYY-MM-DD" placeholder="DD/MM/YYYY" />
      </el-form-item>
      <el-form-item label="Would you need Veldhaven to sponsor a work visa (for example an H-1B transfer)?" prop="sponsorship" class="f-sponsorship">
        <el-switch v-model="form.sponsorship" active-text="Yes" inactive-text="No" />
      </el-form-item>
      <el-form-item label="Are you currently employed?" prop="q_58214" class="f-q58214">
        <el-radio-group v-model="form.q_58214"><el-radio-button value="yes">Yes</el-radio-button><el-radio-button value="no">No</el-radio-button></el-radio-group>
      </el-form-item>
      <el-form-item label="Can you be in our Oakland office three days a week?" prop="q_58217" class="f-q58217">
        <el-radio-group v-model="form.q_58217"><el-radio-button value="yes">Yes</el-radio-button><el-radio-button value="relocate">I would relocate</el-radio-button><el-radio-button value="no">No</el-radio-button></el-radio-group>
      </el-form-item>
      <el-form-item label="Portfolio" prop="portfolio" class="f-portfolio">
        <el-input v-model="form.portfolio"><template #prepend>https://</template></el-input>
      </el-form-item>
      <el-form-item label="GitHub" prop="github" class="f-github">
        <el-input v-model="form.github" placeholder="username"><template #prepend>github.com/</template></el-input>
      </el-form-item>
      <el-form-item label="Salary expectation (gross per year, USD)" prop="salary" class="f-salary">
        <el-input-number v-model="form.salary" :min="0" :step="5000" controls-position="right" style="width: 220px" />
      </el-form-item>
      <el-form-item label="Tell us about a metric you defined that changed a decision" prop="q_58220" class="f-q58220">
        <el-input v-model="form.q_58220" type="textarea" :rows="4" />
      </el-form-item>
      <el-form-item label="How did you hear about this role?" prop="source" class="f-source">
        <el-select-v2 v-model="form.source" :options="SOURCES" placeholder="Select" />
      </el-form-item>
      <el-form-item label="Keep me in the talent pool for future roles" prop="talentPool" class="f-talent"><el-switch v-model="form.talentPool" /></el-form-item>
      <el-form-item prop="consent" class="f-consent"><el-checkbox v-model="form.consent">I agree to Veldhaven Mobility B.V. processing my data for recruitment</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="submit">Send application</el-button>
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </el-form>`,
};

createApp(App).use(ElementPlus).mount('#root');
