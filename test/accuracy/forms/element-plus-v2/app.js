/*
 * A Hollowmere Health (London, hiring remotely) application in Vue 3 + Element Plus: given / family
 * name, a mobile el-input whose prepend is an el-select of dial codes preset to "+44", a virtualized
 * filterable el-select-v2 of every country (world-countries), an el-cascader for the location,
 * el-radio-group of el-radio-button for ranges and pronouns, an el-date-picker shown as DD/MM/YYYY
 * with value-format YYYY-MM-DD, an el-switch for sponsorship, "https://" and "github.com/"
 * prepends, an el-input-number, and the usual questions to leave alone. The reactive form object is
 * rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import countries from 'world-countries';

const COUNTRY_OPTIONS = countries
  .map((country) => ({ value: country.cca2, label: country.name.common }))
  .sort((a, b) => a.label.localeCompare(b.label));
const DIAL_CODES = ['+1', '+31', '+33', '+44', '+49', '+61', '+91'];
const LOCATIONS = [
  { value: 'GB', label: 'United Kingdom', children: [{ value: 'ENG', label: 'England', children: [{ value: 'LDN', label: 'London' }, { value: 'MAN', label: 'Manchester' }] }] },
  {
    value: 'US',
    label: 'United States',
    children: [
      { value: 'CA', label: 'California', children: [{ value: 'LA', label: 'Los Angeles' }, { value: 'SF', label: 'San Francisco' }] },
      { value: 'NY', label: 'New York', children: [{ value: 'NYC', label: 'New York City' }] },
    ],
  },
];
const DEGREES = ['GCSE / A-levels', 'Bachelor', 'Master', 'Doctorate', 'Other'].map((label) => ({ value: label, label }));
const SOURCES = ['LinkedIn', 'Otta', 'Referral', 'Event', 'Other'].map((label) => ({ value: label, label }));

const App = {
  setup() {
    const form = reactive({
      givenName: '', familyName: '', email: '', dialCode: '+44', mobile: '', country: '', location: [],
      years: '', pronouns: '', degree: '', startDate: '', sponsorship: false, portfolio: '', github: '',
      salary: null, source: '', talentPool: false, consent: false,
    });
    const done = ref(false);
    const submit = () => { if (form.givenName && form.email && form.consent) done.value = true; };
    return { form, done, submit, COUNTRY_OPTIONS, DIAL_CODES, LOCATIONS, DEGREES, SOURCES };
  },
  template: `
    <p v-if="done" class="done" id="done">Application received. We will be in touch within two weeks.</p>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Data Platform Engineer</h1>
      <p>Hollowmere Health · London or remote (US / UK)</p>
      <el-form-item label="Given name" prop="givenName" class="f-given" required><el-input v-model="form.givenName" /></el-form-item>
      <el-form-item label="Family name" prop="familyName" class="f-family" required><el-input v-model="form.familyName" /></el-form-item>
      <el-form-item label="Email" prop="email" class="f-email" required><el-input v-model="form.email" /></el-form-item>
      <el-form-item label="Mobile" prop="mobile" class="f-mobile">
        <el-input v-model="form.mobile" placeholder="7700 900123">
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
      <el-form-item label="Years of professional experience" prop="years" class="f-years">
        <el-radio-group v-model="form.years"><el-radio-button value="<2">&lt; 2</el-radio-button><el-radio-button value="2-4">2–4</el-radio-button><el-radio-button value="5-8">5–8</el-radio-button><el-radio-button value="9+">9+</el-radio-button></el-radio-group>
      </el-form-item>
      <el-form-item label="Pronouns" prop="pronouns" class="f-pronouns">
        <el-radio-group v-model="form.pronouns"><el-radio-button value="she">she/her</el-radio-button><el-radio-button value="he">he/him</el-radio-button><el-radio-button value="they">they/them</el-radio-button><el-radio-button value="none">Prefer not to say</el-radio-button></el-radio-group>
      </el-form-item>
      <el-form-item label="Highest qualification" prop="degree" class="f-degree">
        <el-select-v2 v-model="form.degree" :options="DEGREES" placeholder="Select" />
      </el-form-item>
      <el-form-item label="When could you start?" prop="startDate" class="f-start">
        <el-date-picker v-model="form.startDate" type="date" format="DD/MM/YYYY" value-format="YYYY-MM-DD" placeholder="DD/MM/YYYY" />
      </el-form-item>
      <el-form-item label="Will you now or in the future require visa sponsorship?" prop="sponsorship" class="f-sponsorship">
        <el-switch v-model="form.sponsorship" active-text="Yes" inactive-text="No" />
      </el-form-item>
      <el-form-item label="Portfolio" prop="portfolio" class="f-portfolio">
        <el-input v-model="form.portfolio"><template #prepend>https://</template></el-input>
      </el-form-item>
      <el-form-item label="GitHub" prop="github" class="f-github">
        <el-input v-model="form.github" placeholder="username"><template #prepend>github.com/</template></el-input>
      </el-form-item>
      <el-form-item label="Expected annual salary (USD)" prop="salary" class="f-salary">
        <el-input-number v-model="form.salary" :min="0" :step="1000" controls-position="right" style="width: 220px" />
      </el-form-item>
      <el-form-item label="How did you hear about this role?" prop="source" class="f-source">
        <el-select-v2 v-model="form.source" :options="SOURCES" placeholder="Select" />
      </el-form-item>
      <el-form-item label="Keep me in the talent pool for future roles" prop="talentPool" class="f-talent"><el-switch v-model="form.talentPool" /></el-form-item>
      <el-form-item prop="consent" class="f-consent"><el-checkbox v-model="form.consent">I agree to Hollowmere Health processing my data for recruitment</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="submit">Send application</el-button>
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </el-form>`,
};

createApp(App).use(ElementPlus).mount('#root');
