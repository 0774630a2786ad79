/*
 * Another opening on Lantern Bay Bank's Vue 3 + Element Plus application template: el-form with
 * label-position top, el-input (generated el-id-<n>-<n> ids), el-select with teleported dropdowns,
 * el-radio-groups (radios share a generated el-id-… name), inputs with prepend / append slots, an
 * el-checkbox. This posting is a fraud-strategy role: it drops GitHub for a LinkedIn input behind
 * "https://", and adds a "$ … per year" salary, a start window select, Spanish, weekend-rotation,
 * background-check and FDIC Section 19 radios, a preferred-office select and "how did you hear".
 * The reactive form object is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const App = {
  setup() {
    const form = reactive({
      name: '', email: '', phone: '', country: '', years: '', authorized: '', sponsorship: '', linkedin: '', salary: '', startWindow: '',
      spanish: '', weekends: '', backgroundCheck: '', section19: '', office: '', source: '', coverLetter: '', terms: false,
    });
    const done = ref(false);
    const countries = ['Canada', 'Mexico', 'Philippines', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];
    const years = ['Under 2 years', '2-4 years', '5-8 years', '9 years or more'];
    const windows = ['Immediately', 'Within 2 weeks', 'Within 1 month', 'In 1-3 months', 'In more than 3 months'];
    const offices = ['Oakland (HQ)', 'San Francisco - Market Street', 'San Jose', 'Fully remote (California only)'];
    const sources = ['LinkedIn', 'Lantern Bay Bank website', 'Employee referral', 'Handshake', 'Other'];
    const submit = () => { if (form.name && form.email && form.terms) done.value = true; };
    return { form, done, countries, years, windows, offices, sources, submit };
  },
  template: `
    <p v-if="done" class="done" id="done">Thank you, your application was received.</p>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Fraud Strategy Data Analyst</h1>
      <p>Oakland, CA · Hybrid · Build the features and rules that stop card and ACH fraud before it reaches our members.</p>
      <el-form-item label="Full name" class="field-name" required><el-input v-model="form.name" /></el-form-item>
      <el-form-item label="Email" class="field-email" required><el-input v-model="form.email" type="email" /></el-form-item>
      <el-form-item label="Phone" class="field-phone"><el-input v-model="form.phone" /></el-form-item>
      <el-form-item label="Country of residence" class="field-country">
        <el-select v-model="form.country" placeholder="Select" filterable>
          <el-option v-for="name in countries" :key="name" :label="name" :value="name" />
        </el-select>
      </el-form-item>
      <el-form-item label="Years of experience in analytics or data engineering" class="field-years">
        <el-select v-model="form.years" placeholder="Select">
          <el-option v-for="range in years" :key="range" :label="range" :value="range" />
        </el-select>
      </el-form-item>
      <el-form-item label="Are you authorized to work in the United States?" class="field-authorized">
        <el-radio-group v-model="form.authorized"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Will you now or in the future require Lantern Bay Bank to sponsor a work visa?" class="field-sponsorship">
        <el-radio-group v-model="form.sponsorship"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="LinkedIn profile" class="field-linkedin">
        <el-input v-model="form.linkedin" placeholder="www.linkedin.com/in/your-name"><template #prepend>https://</template></el-input>
      </el-form-item>
      <el-form-item label="Desired base salary" class="field-salary">
        <el-input v-model="form.salary" placeholder="e.g. 95000"><template #prepend>$</template><template #append>per year</template></el-input>
      </el-form-item>
      <el-form-item label="When could you start?" class="field-start">
        <el-select v-model="form.startWindow" placeholder="Select">
          <el-option v-for="w in windows" :key="w" :label="w" :value="w" />
        </el-select>
      </el-form-item>
      <el-form-item label="Are you fluent in Spanish (spoken and written)?" class="field-spanish">
        <el-radio-group v-model="form.spanish"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Our fraud desk runs seven days a week. Can you cover one weekend day in a rotating schedule?" class="field-weekends">
        <el-radio-group v-model="form.weekends"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Offers are contingent on a credit check and fingerprint-based background check. Do you agree to these checks?" class="field-background">
        <el-radio-group v-model="form.backgroundCheck"><el-radio value="yes">Yes, I agree</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Have you ever been convicted of, or entered a pretrial diversion for, a crime involving dishonesty, breach of trust or money laundering (FDIC Section 19)?" class="field-section19">
        <el-radio-group v-model="form.section19"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Preferred office" class="field-office">
        <el-select v-model="form.office" placeholder="Select">
          <el-option v-for="o in offices" :key="o" :label="o" :value="o" />
        </el-select>
      </el-form-item>
      <el-form-item label="How did you hear about this opening?" class="field-source">
        <el-select v-model="form.source" placeholder="Select" clearable>
          <el-option v-for="s in sources" :key="s" :label="s" :value="s" />
        </el-select>
      </el-form-item>
      <el-form-item label="Cover letter" class="field-cover"><el-input v-model="form.coverLetter" type="textarea" :rows="5" /></el-form-item>
      <el-form-item class="field-terms"><el-checkbox v-model="form.terms">I accept the data processing terms</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="submit">Submit application</el-button>
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </el-form>`,
};

createApp(App).use(ElementPlus).mount('#root');
