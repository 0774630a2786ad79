/*
 * Qingyun Motors (Shanghai; US R&D centre in San Jose) global careers site in Vue 3 + Element
 * Plus: el-form with generated `el-id-…` input ids, a dial-code el-select with `value-key` objects
 * (preset "China +86", "Canada +1" before "United States +1") as the mobile's prepend, a
 * filterable country el-select of official names with `value-key="code"` objects, an el-cascader
 * "Country / State / City" location, el-radio-button experience ranges, el-radio and el-select
 * sentence answers, an el-date-picker shown as YYYY/MM/DD, salary as el-input-number + currency
 * el-select (value-key, preset CNY) + period radio buttons, el-upload (auto-upload off) for resume
 * and cover letter (the component empties its input), a multiple allow-create skills select, EEO
 * selects, "how did you hear", consent, header search + sign-in, footer newsletter. The reactive
 * form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref, watchEffect } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, name: c.name.official })).sort((a, b) => a.name.localeCompare(b.name));
const DIALS = [
  { code: 'CN', label: 'China +86' }, { code: 'HK', label: 'Hong Kong +852' }, { code: 'TW', label: 'Taiwan +886' }, { code: 'SG', label: 'Singapore +65' },
  { code: 'CA', label: 'Canada +1' }, { code: 'US', label: 'United States +1' }, { code: 'DE', label: 'Germany +49' }, { code: 'GB', label: 'United Kingdom +44' },
];
const CURRENCIES = [{ code: 'CNY', label: 'CNY – Chinese Yuan' }, { code: 'USD', label: 'USD – US Dollar' }, { code: 'EUR', label: 'EUR – Euro' }, { code: 'HKD', label: 'HKD – Hong Kong Dollar' }];
const LOCATIONS = [
  { value: 'CN', label: 'China', children: [
    { value: 'SH', label: 'Shanghai', children: [{ value: 'SHA', label: 'Shanghai' }] },
    { value: 'GD', label: 'Guangdong', children: [{ value: 'SZX', label: 'Shenzhen' }, { value: 'CAN', label: 'Guangzhou' }] },
  ] },
  { value: 'DE', label: 'Germany', children: [{ value: 'BY', label: 'Bavaria', children: [{ value: 'MUC', label: 'Munich' }] }] },
  { value: 'US', label: 'United States', children: [
    { value: 'CA', label: 'California', children: [{ value: 'SJC', label: 'San Jose' }, { value: 'SFO', label: 'San Francisco' }, { value: 'SSF', label: 'South San Francisco' }, { value: 'LAX', label: 'Los Angeles' }] },
    { value: 'MI', label: 'Michigan', children: [{ value: 'DTW', label: 'Detroit' }, { value: 'ARB', label: 'Ann Arbor' }] },
    { value: 'WA', label: 'Washington', children: [{ value: 'SEA', label: 'Seattle' }] },
  ] },
];

export function renderQingyun(cfg) {
  const App = {
    setup() {
      const form = reactive({
        fullName: '', email: '', dial: DIALS[0], mobile: '', country: null, location: [], currentCompany: '', currentTitle: '', linkedin: '',
        years: '', startDate: '', salary: null, currency: CURRENCIES[0], period: 'month', resume: [], coverLetter: [], skills: [],
        gender: '', veteran: '', source: '', consent: false,
      });
      for (const q of cfg.questions) form[q.id] = q.kind === 'text' ? '' : '';
      const done = ref(false);
      watchEffect(() => {
        const m = { ...form, dial: form.dial?.code ?? null, country: form.country?.code ?? null, currency: form.currency?.code ?? null,
          resume: form.resume.map((f) => f.name), coverLetter: form.coverLetter.map((f) => f.name) };
        document.getElementById('model').textContent = JSON.stringify(m, null, 2);
      });
      const submit = () => { if (form.fullName && form.email && form.consent) done.value = true; };
      return { form, done, submit, cfg, COUNTRIES, DIALS, CURRENCIES, LOCATIONS, search: ref(''), news: ref('') };
    },
    template: `
      <header class="top">
        <span class="brand">QINGYUN <small>Careers</small></span>
        <el-input v-model="search" class="site-search" placeholder="Search jobs" aria-label="Search jobs" style="width: 240px" />
        <el-button text id="sign-in">Sign in / 登录</el-button>
      </header>
      <main class="page">
        <h2 v-if="done" id="application-received">Application submitted. 感谢您的申请!</h2>
        <template v-else>
        <p class="team">{{ cfg.team }}</p>
        <h1>{{ cfg.title }}</h1>
        <p class="where">{{ cfg.location }}</p>
        <p>{{ cfg.blurb }}</p>
        <el-form :model="form" label-position="top" @submit.prevent="submit" id="apply-form">
          <h3>Basic information</h3>
          <el-form-item label="Full name" prop="fullName" class="f-fullName" required><el-input v-model="form.fullName" placeholder="As shown on your passport" /></el-form-item>
          <el-form-item label="Email" prop="email" class="f-email" required><el-input v-model="form.email" /></el-form-item>
          <el-form-item label="Mobile phone" prop="mobile" class="f-mobile" required>
            <el-input v-model="form.mobile" placeholder="Mobile number">
              <template #prepend>
                <el-select v-model="form.dial" value-key="code" class="f-dial" style="width: 170px" aria-label="Country/region code" filterable>
                  <el-option v-for="d in DIALS" :key="d.code" :label="d.label" :value="d" />
                </el-select>
              </template>
            </el-input>
          </el-form-item>
          <el-form-item :label="cfg.countryLabel" prop="country" class="f-country" required>
            <el-select v-model="form.country" value-key="code" filterable placeholder="Select">
              <el-option v-for="c in COUNTRIES" :key="c.code" :label="c.name" :value="c" />
            </el-select>
          </el-form-item>
          <el-form-item :label="cfg.locationLabel" prop="location" class="f-location" required>
            <el-cascader v-model="form.location" :options="LOCATIONS" filterable placeholder="Country / State / City" style="width: 100%" />
          </el-form-item>
          <h3>Experience</h3>
          <el-form-item label="Current / most recent employer" prop="currentCompany" class="f-currentCompany"><el-input v-model="form.currentCompany" /></el-form-item>
          <el-form-item label="Current position" prop="currentTitle" class="f-currentTitle"><el-input v-model="form.currentTitle" /></el-form-item>
          <el-form-item label="LinkedIn" prop="linkedin" class="f-linkedin"><el-input v-model="form.linkedin"><template #prepend>https://</template></el-input></el-form-item>
          <el-form-item :label="cfg.yearsLabel" prop="years" class="f-years" required>
            <el-radio-group v-model="form.years"><el-radio-button v-for="r in cfg.ranges" :key="r" :value="r">{{ r }}</el-radio-button></el-radio-group>
          </el-form-item>
          <el-form-item label="Resume / CV" prop="resume" class="f-resume" required>
            <el-upload v-model:file-list="form.resume" drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" style="width: 100%">
              <div class="el-upload__text">Drop file here or <em>click to upload</em></div>
              <template #tip><div class="el-upload__tip">PDF / Word, less than 10 MB</div></template>
            </el-upload>
          </el-form-item>
          <el-form-item label="Cover letter" prop="coverLetter" class="f-coverLetter">
            <el-upload v-model:file-list="form.coverLetter" :auto-upload="false" :limit="1"><el-button>Select file</el-button></el-upload>
          </el-form-item>
          <h3>{{ cfg.questionsTitle }}</h3>
          <template v-for="q in cfg.questions" :key="q.id">
            <el-form-item :label="q.label" :prop="q.id" :class="'f-' + q.id" :required="q.required">
              <el-radio-group v-if="q.kind === 'radio'" v-model="form[q.id]" class="vertical"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
              <el-radio-group v-else-if="q.kind === 'buttons'" v-model="form[q.id]"><el-radio-button v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio-button></el-radio-group>
              <el-select v-else-if="q.kind === 'select'" v-model="form[q.id]" placeholder="Select" clearable><el-option v-for="o in q.options" :key="o" :label="o" :value="o" /></el-select>
              <el-input v-else v-model="form[q.id]" :type="q.long ? 'textarea' : 'text'" :rows="4" :placeholder="q.placeholder" />
            </el-form-item>
          </template>
          <el-form-item label="Earliest start date" prop="startDate" class="f-startDate">
            <el-date-picker v-model="form.startDate" type="date" format="YYYY/MM/DD" value-format="YYYY-MM-DD" placeholder="Pick a date" />
          </el-form-item>
          <el-form-item label="Expected salary" class="f-salary-row">
            <div class="salary-row">
              <el-select v-model="form.currency" value-key="code" class="f-currency" style="width: 200px" aria-label="Currency"><el-option v-for="c in CURRENCIES" :key="c.code" :label="c.label" :value="c" /></el-select>
              <el-input-number v-model="form.salary" :min="0" :step="1000" :controls="false" class="f-salary" placeholder="Amount" style="width: 180px" />
              <el-radio-group v-model="form.period" class="f-period"><el-radio-button value="month">Per month</el-radio-button><el-radio-button value="year">Per year</el-radio-button></el-radio-group>
            </div>
          </el-form-item>
          <el-form-item :label="cfg.skillsLabel" prop="skills" class="f-skills">
            <el-select v-model="form.skills" multiple filterable allow-create default-first-option placeholder="Choose or type">
              <el-option v-for="s in cfg.skills" :key="s" :label="s" :value="s" />
            </el-select>
          </el-form-item>
          <h3>Voluntary self-identification (U.S. applicants)</h3>
          <el-form-item label="Gender" prop="gender" class="f-gender"><el-select v-model="form.gender" placeholder="Select"><el-option v-for="o in ['Female', 'Male', 'Decline to self-identify']" :key="o" :label="o" :value="o" /></el-select></el-form-item>
          <el-form-item label="Veteran status" prop="veteran" class="f-veteran"><el-select v-model="form.veteran" placeholder="Select"><el-option v-for="o in ['Protected veteran', 'Not a protected veteran', 'Decline to self-identify']" :key="o" :label="o" :value="o" /></el-select></el-form-item>
          <el-form-item label="How did you learn about this position?" prop="source" class="f-source"><el-select v-model="form.source" placeholder="Select"><el-option v-for="o in ['LinkedIn', 'Company website', 'Referral', 'Job fair', 'WeChat', 'Other']" :key="o" :label="o" :value="o" /></el-select></el-form-item>
          <el-form-item prop="consent" class="f-consent"><el-checkbox v-model="form.consent">I have read and agree to the Qingyun Candidate Privacy Statement</el-checkbox></el-form-item>
          <el-button type="primary" native-type="submit" id="submit-application">Submit</el-button>
        </el-form>
        </template>
      </main>
      <footer class="foot"><span>Subscribe to Qingyun news</span><el-input v-model="news" class="newsletter" placeholder="Email" style="width: 240px" /><el-button>Subscribe</el-button></footer>`,
  };
  createApp(App).use(ElementPlus).mount('#root');
}
