/*
 * A Vue 3 + Element Plus application page (a self-built careers site on a Chinese-made UI kit):
 * three el-upload controls (a drag area for the resume, a button for the cover letter, another for
 * a portfolio file; auto-upload off, so the files stay in each upload's list and its input is
 * emptied), a dial-code el-select in the phone input's prepend slot, "https://" as a fixed prepend
 * before the portfolio link, a month el-date-picker shown as MM/YYYY, the salary as a min/max pair
 * of el-input-number with a currency el-select and an el-radio-group for the period, a postal code
 * with maxlength and a word-limit counter. The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref, computed } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const App = {
  setup() {
    const form = reactive({
      fullName: '', email: '', dial: '', phone: '', linkedin: '', portfolio: '', city: '', postalCode: '',
      availableFrom: '', salaryMin: null, salaryMax: null, currency: '', period: '', sponsorship: '', consent: false,
    });
    const resume = ref([]);
    const cover = ref([]);
    const samples = ref([]);
    const done = ref(false);
    const error = ref('');
    const dials = [
      { value: 'CN', label: '+86 China' },
      { value: 'FR', label: '+33 France' },
      { value: 'DE', label: '+49 Germany' },
      { value: 'GB', label: '+44 United Kingdom' },
      { value: 'US', label: '+1 United States' },
    ];
    const currencies = ['CNY', 'EUR', 'GBP', 'USD'];
    const model = computed(() => ({
      ...form,
      resume: resume.value.map((f) => f.name),
      coverLetter: cover.value.map((f) => f.name),
      samples: samples.value.map((f) => f.name),
    }));
    const submit = () => {
      const missing = ['fullName', 'email', 'phone', 'availableFrom', 'sponsorship'].filter((k) => !form[k]);
      if (!resume.value.length) missing.push('resume');
      if (!form.consent) missing.push('consent');
      if (missing.length) { error.value = 'Please complete: ' + missing.join(', '); return; }
      done.value = true;
    };
    return { form, resume, cover, samples, done, error, dials, currencies, model, submit };
  },
  template: `
    <p v-if="done" class="done" id="done">Thank you, your application was received.</p>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Lead Data Engineer</h1>
      <p>Oakland, CA · Hybrid</p>
      <el-form-item label="Resume" class="f-resume" required>
        <el-upload v-model:file-list="resume" drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx">
          <div class="el-upload__text">Drop your resume here or <em>click to upload</em></div>
          <template #tip><div class="el-upload__tip">PDF or Word, up to 10 MB</div></template>
        </el-upload>
      </el-form-item>
      <el-form-item label="Full name" class="f-name" required><el-input v-model="form.fullName" maxlength="60" show-word-limit /></el-form-item>
      <el-form-item label="Email" class="f-email" required><el-input v-model="form.email" type="email" /></el-form-item>
      <el-form-item label="Phone" class="f-phone" required>
        <el-input v-model="form.phone" placeholder="Phone number">
          <template #prepend>
            <el-select v-model="form.dial" placeholder="Code" style="width: 170px">
              <el-option v-for="d in dials" :key="d.value" :label="d.label" :value="d.value" />
            </el-select>
          </template>
        </el-input>
      </el-form-item>
      <div class="row">
        <el-form-item label="City" class="f-city"><el-input v-model="form.city" /></el-form-item>
        <el-form-item label="Postal code" class="f-postal"><el-input v-model="form.postalCode" maxlength="5" show-word-limit /></el-form-item>
      </div>
      <el-form-item label="LinkedIn URL" class="f-linkedin"><el-input v-model="form.linkedin" placeholder="https://linkedin.com/in/..." /></el-form-item>
      <el-form-item label="Portfolio" class="f-portfolio">
        <el-input v-model="form.portfolio" placeholder="your-site.com/work"><template #prepend>https://</template></el-input>
      </el-form-item>
      <el-form-item label="Cover letter" class="f-cover">
        <el-upload v-model:file-list="cover" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx,.txt">
          <el-button>Select file</el-button>
        </el-upload>
      </el-form-item>
      <el-form-item label="Work samples (optional)" class="f-samples">
        <el-upload v-model:file-list="samples" :auto-upload="false" :limit="3" multiple accept=".pdf,.png,.jpg,.zip">
          <el-button>Select files</el-button>
          <template #tip><div class="el-upload__tip">Dashboards, design docs or notebooks you are proud of</div></template>
        </el-upload>
      </el-form-item>
      <el-form-item label="Available from" class="f-start" required>
        <el-date-picker v-model="form.availableFrom" type="month" format="MM/YYYY" value-format="YYYY-MM" placeholder="Pick a month" />
      </el-form-item>
      <el-form-item label="Salary expectation (gross)" class="f-salary">
        <div class="row">
          <el-input-number v-model="form.salaryMin" class="salary-min" :min="0" :step="5000" :controls="false" placeholder="From" />
          <el-input-number v-model="form.salaryMax" class="salary-max" :min="0" :step="5000" :controls="false" placeholder="To" />
          <el-select v-model="form.currency" class="salary-currency" placeholder="Currency" style="width: 120px">
            <el-option v-for="c in currencies" :key="c" :label="c" :value="c" />
          </el-select>
        </div>
      </el-form-item>
      <el-form-item label="Salary period" class="f-period">
        <el-radio-group v-model="form.period"><el-radio value="annual">Annual</el-radio><el-radio value="monthly">Monthly</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Will you now or in the future require visa sponsorship?" class="f-sponsorship" required>
        <el-radio-group v-model="form.sponsorship"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item class="f-consent"><el-checkbox v-model="form.consent">I agree to the processing of my personal data for this application</el-checkbox></el-form-item>
      <p v-if="error" style="color:#f56c6c">{{ error }}</p>
      <el-button type="primary" native-type="submit" id="submit">Submit application</el-button>
      <pre id="model">{{ JSON.stringify(model) }}</pre>
    </el-form>`,
};

createApp(App).use(ElementPlus).mount('#root');
