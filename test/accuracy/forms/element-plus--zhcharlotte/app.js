/*
 * Another opening on the same Vue 3 + Element Plus application template (Lantern Bay Bank's
 * careers site): el-form with label-position top, el-input (generated el-id-<n>-<n> ids), el-select
 * with teleported dropdowns, el-radio-groups (radios share a generated el-id-… name), an input
 * behind a fixed "https://" prepend, el-checkboxes. This posting adds City, a degree select, a
 * sentence sponsorship answer, a FINRA licence question, an office-days el-switch, an
 * el-input-number salary, an el-date-picker (MM/DD/YYYY, value-format YYYY-MM-DD), a languages
 * el-checkbox-group, a former-employee question, a referral code and a career-news opt-in; it
 * drops GitHub for LinkedIn. The reactive form object is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const App = {
  setup() {
    const form = reactive({
      name: '', email: '', phone: '', country: '', city: '', years: '', degree: '', authorized: '', sponsorship: '', finra: '', officeDays: false,
      salary: null, startDate: '', linkedin: '', languages: [], coverLetter: '', formerEmployee: '', referralCode: '', terms: false, careerNews: false,
    });
    const done = ref(false);
    const countries = ['Canada', 'India', 'Mexico', 'United Kingdom', 'United States'];
    const years = ['0-2 years', '3-5 years', '6-10 years', '10+ years'];
    const degrees = ['High school', 'Associate', "Bachelor's", "Master's", 'Doctorate'];
    const languages = ['English', 'Spanish', 'Mandarin', 'Portuguese'];
    const submit = () => { if (form.name && form.email && form.terms) done.value = true; };
    return { form, done, countries, years, degrees, languages, submit };
  },
  template: `
    <p v-if="done" class="done" id="done">Thank you, your application was received.</p>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Risk Data Engineer</h1>
      <p>Charlotte, NC · Hybrid (3 days in office) · Enterprise Risk Technology</p>
      <el-form-item label="Full name" class="field-name" required><el-input v-model="form.name" /></el-form-item>
      <el-form-item label="Email" class="field-email" required><el-input v-model="form.email" type="email" /></el-form-item>
      <el-form-item label="Phone" class="field-phone"><el-input v-model="form.phone" /></el-form-item>
      <el-form-item label="Country of residence" class="field-country">
        <el-select v-model="form.country" placeholder="Select" filterable>
          <el-option v-for="name in countries" :key="name" :label="name" :value="name" />
        </el-select>
      </el-form-item>
      <el-form-item label="City" class="field-city"><el-input v-model="form.city" /></el-form-item>
      <el-form-item label="Years of experience" class="field-years">
        <el-select v-model="form.years" placeholder="Select">
          <el-option v-for="range in years" :key="range" :label="range" :value="range" />
        </el-select>
      </el-form-item>
      <el-form-item label="Highest degree" class="field-degree">
        <el-select v-model="form.degree" placeholder="Select">
          <el-option v-for="degree in degrees" :key="degree" :label="degree" :value="degree" />
        </el-select>
      </el-form-item>
      <el-form-item label="Are you authorized to work in the United States?" class="field-authorized">
        <el-radio-group v-model="form.authorized"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Will you now or in the future require Lantern Bay Bank to sponsor your employment visa?" class="field-sponsorship">
        <el-radio-group v-model="form.sponsorship"><el-radio value="yes">Yes, I will need sponsorship</el-radio><el-radio value="no">No, I will not need sponsorship</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Do you currently hold a FINRA Series 7 or Series 63 license?" class="field-finra">
        <el-radio-group v-model="form.finra"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="I can work from the Charlotte office three days a week" class="field-office"><el-switch v-model="form.officeDays" /></el-form-item>
      <el-form-item label="Expected annual salary (USD)" class="field-salary">
        <el-input-number v-model="form.salary" :min="0" :step="5000" controls-position="right" style="width: 220px" />
      </el-form-item>
      <el-form-item label="Earliest start date" class="field-start">
        <el-date-picker v-model="form.startDate" type="date" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" />
      </el-form-item>
      <el-form-item label="LinkedIn profile" class="field-linkedin">
        <el-input v-model="form.linkedin" placeholder="www.linkedin.com/in/yourname"><template #prepend>https://</template></el-input>
      </el-form-item>
      <el-form-item label="Languages you speak fluently" class="field-languages">
        <el-checkbox-group v-model="form.languages">
          <el-checkbox v-for="language in languages" :key="language" :value="language">{{ language }}</el-checkbox>
        </el-checkbox-group>
      </el-form-item>
      <el-form-item label="Cover letter" class="field-cover"><el-input v-model="form.coverLetter" type="textarea" :rows="5" /></el-form-item>
      <el-form-item label="Have you worked for Lantern Bay Bank or one of its affiliates before?" class="field-former">
        <el-radio-group v-model="form.formerEmployee"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Referral code (if an employee gave you one)" class="field-referral"><el-input v-model="form.referralCode" /></el-form-item>
      <el-form-item class="field-terms"><el-checkbox v-model="form.terms">I accept the data processing terms</el-checkbox></el-form-item>
      <el-form-item class="field-news"><el-checkbox v-model="form.careerNews">Send me news about careers at Lantern Bay</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="submit">Submit application</el-button>
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </el-form>`,
};

createApp(App).use(ElementPlus).mount('#root');
