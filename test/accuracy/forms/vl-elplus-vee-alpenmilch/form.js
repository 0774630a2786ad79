/*
 * Alpenmilch Gruppe AG (Lucerne dairy group) careers page for its US plant, Vue 3 + Element Plus
 * + vee-validate (useForm; the el- controls write through setFieldValue): a dial-code el-select
 * prepend preset "+41 CH" ("+1 CA" before "+1 US"), an el-autocomplete "Current city" with
 * suggestions after 300 ms, a filterable country el-select of official names preset "Swiss
 * Confederation", years as el-radio-buttons, sentence el-select / el-radio answers, an
 * el-date-picker "DD.MM.YYYY", salary el-input-number + currency (preset CHF) + period (preset
 * "per month (×13)"), two el-upload drags (auto-upload off; judged by the file list), the
 * posting's questions, EEO and "how did you hear" selects, consent, header search, newsletter.
 */
import { createApp, ref, watchEffect } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import { useForm } from 'vee-validate';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, label: c.name.official })).sort((a, b) => a.label.localeCompare(b.label));
const DIALS = [{ code: 'CH', label: '+41 CH' }, { code: 'DE', label: '+49 DE' }, { code: 'AT', label: '+43 AT' }, { code: 'FR', label: '+33 FR' }, { code: 'CA', label: '+1 CA' }, { code: 'US', label: '+1 US' }];
const CITIES = ['Green Bay, WI, United States', 'Madison, WI, United States', 'Milwaukee, WI, United States', 'San Diego, CA, United States', 'San Francisco, CA, United States',
  'South San Francisco, CA, United States', 'San Jose, CA, United States', 'Lucerne, Switzerland', 'Zurich, Switzerland', 'Chicago, IL, United States', 'Minneapolis, MN, United States'];

export function renderAlpenmilch(cfg) {
  const App = {
    setup() {
      const initialValues = {
        firstName: '', lastName: '', email: '', dial: 'CH', phone: '', location: '', country: 'CH', employer: '', jobTitle: '', years: '',
        workAuth: '', sponsorship: '', startDate: '', salary: null, currency: 'CHF', period: 'month13', resume: [], coverLetter: [],
        gender: '', veteran: '', source: '', consent: false, alerts: false,
      };
      for (const q of cfg.questions) initialValues[q.id] = '';
      const { values, setFieldValue, handleSubmit } = useForm({ initialValues });
      const done = ref(false);
      watchEffect(() => {
        document.getElementById('model').textContent = JSON.stringify({ ...values, resume: values.resume.map((f) => f.name), coverLetter: values.coverLetter.map((f) => f.name) }, null, 2);
      });
      const submit = handleSubmit((v) => { if (v.email && v.consent) done.value = true; });
      const fetchCities = (q, cb) => setTimeout(() => cb(CITIES.filter((c) => c.toLowerCase().includes((q || '').toLowerCase())).map((value) => ({ value }))), 300);
      return { values, set: setFieldValue, done, submit, cfg, COUNTRIES, DIALS, fetchCities, search: ref(''), news: ref('') };
    },
    template: `
      <header class="top">
        <span class="brand">ALPENMILCH <small>Group · Careers</small></span>
        <el-input v-model="search" class="site-search" placeholder="Search jobs" aria-label="Search jobs" style="width: 240px" />
      </header>
      <main class="page">
        <h2 v-if="done" id="application-sent">Vielen Dank — thank you for your application.</h2>
        <template v-else>
        <p class="team">{{ cfg.team }}</p>
        <h1>{{ cfg.title }}</h1>
        <p>{{ cfg.location }}</p>
        <p>{{ cfg.blurb }}</p>
        <el-form :model="values" label-position="top" @submit.prevent="submit" id="apply-form">
          <h3>Personal information</h3>
          <div class="row">
            <el-form-item label="First name" class="f-firstName" required><el-input :model-value="values.firstName" @update:model-value="set('firstName', $event)" /></el-form-item>
            <el-form-item label="Last name" class="f-lastName" required><el-input :model-value="values.lastName" @update:model-value="set('lastName', $event)" /></el-form-item>
          </div>
          <el-form-item label="E-mail address" class="f-email" required><el-input :model-value="values.email" @update:model-value="set('email', $event)" type="email" /></el-form-item>
          <el-form-item label="Mobile phone" class="f-phone" required>
            <el-input :model-value="values.phone" @update:model-value="set('phone', $event)" type="tel" placeholder="79 123 45 67">
              <template #prepend>
                <el-select :model-value="values.dial" @update:model-value="set('dial', $event)" class="f-dial" style="width: 110px" aria-label="Country code">
                  <el-option v-for="d in DIALS" :key="d.code" :label="d.label" :value="d.code" />
                </el-select>
              </template>
            </el-input>
          </el-form-item>
          <el-form-item label="Current city" class="f-location" required>
            <el-autocomplete :model-value="values.location" @update:model-value="set('location', $event)" :fetch-suggestions="fetchCities" :trigger-on-focus="false" placeholder="Start typing your city" style="width: 100%" />
          </el-form-item>
          <el-form-item label="Country of residence" class="f-country" required>
            <el-select :model-value="values.country" @update:model-value="set('country', $event)" filterable placeholder="Select"><el-option v-for="c in COUNTRIES" :key="c.code" :label="c.label" :value="c.code" /></el-select>
          </el-form-item>
          <h3>Professional background</h3>
          <div class="row">
            <el-form-item label="Current employer" class="f-employer"><el-input :model-value="values.employer" @update:model-value="set('employer', $event)" /></el-form-item>
            <el-form-item label="Current job title" class="f-jobTitle"><el-input :model-value="values.jobTitle" @update:model-value="set('jobTitle', $event)" /></el-form-item>
          </div>
          <el-form-item :label="cfg.yearsLabel" class="f-years" required>
            <el-radio-group :model-value="values.years" @update:model-value="set('years', $event)"><el-radio-button v-for="b in cfg.buckets" :key="b" :value="b">{{ b }}</el-radio-button></el-radio-group>
          </el-form-item>
          <el-form-item label="CV / résumé" class="f-resume" required>
            <el-upload :file-list="values.resume" @update:file-list="set('resume', $event)" drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" style="width: 100%">
              <div class="el-upload__text">Drop your CV here or <em>click to upload</em></div>
            </el-upload>
          </el-form-item>
          <el-form-item label="Cover letter" class="f-coverLetter">
            <el-upload :file-list="values.coverLetter" @update:file-list="set('coverLetter', $event)" drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx,.txt" style="width: 100%">
              <div class="el-upload__text">Drop your cover letter here or <em>click to upload</em></div>
            </el-upload>
          </el-form-item>
          <h3>Work permit and availability</h3>
          <el-form-item :label="cfg.authLabel" class="f-workAuth" required>
            <el-select :model-value="values.workAuth" @update:model-value="set('workAuth', $event)" placeholder="Select"><el-option v-for="o in cfg.authOptions" :key="o" :label="o" :value="o" /></el-select>
          </el-form-item>
          <el-form-item :label="cfg.sponsorLabel" class="f-sponsorship" required>
            <el-radio-group :model-value="values.sponsorship" @update:model-value="set('sponsorship', $event)"><el-radio v-for="o in cfg.sponsorOptions" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
          </el-form-item>
          <el-form-item label="Earliest possible start date" class="f-startDate">
            <el-date-picker :model-value="values.startDate" @update:model-value="set('startDate', $event)" type="date" format="DD.MM.YYYY" value-format="YYYY-MM-DD" placeholder="DD.MM.YYYY" />
          </el-form-item>
          <el-form-item label="Salary expectation (gross)" class="f-salaryRow">
            <div class="row">
              <el-input-number :model-value="values.salary" @update:model-value="set('salary', $event)" class="f-salary" :min="0" :step="1000" :controls="false" aria-label="Salary amount" />
              <el-select :model-value="values.currency" @update:model-value="set('currency', $event)" class="f-currency" aria-label="Currency" style="width: 120px"><el-option v-for="c in ['CHF', 'EUR', 'USD']" :key="c" :label="c" :value="c" /></el-select>
              <el-select :model-value="values.period" @update:model-value="set('period', $event)" class="f-period" aria-label="Period" style="width: 170px">
                <el-option label="per month (×13)" value="month13" /><el-option label="per year" value="year" /><el-option label="per hour" value="hour" />
              </el-select>
            </div>
          </el-form-item>
          <h3>Questions about this position</h3>
          <template v-for="q in cfg.questions" :key="q.id">
            <el-form-item :label="q.label" :class="'f-' + q.id">
              <el-radio-group v-if="q.kind === 'radio'" :model-value="values[q.id]" @update:model-value="set(q.id, $event)"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
              <el-select v-else-if="q.kind === 'select'" :model-value="values[q.id]" @update:model-value="set(q.id, $event)" placeholder="Select"><el-option v-for="o in q.options" :key="o" :label="o" :value="o" /></el-select>
              <el-input v-else type="textarea" :rows="4" :model-value="values[q.id]" @update:model-value="set(q.id, $event)" />
            </el-form-item>
          </template>
          <h3>Voluntary self-identification (US)</h3>
          <el-form-item label="Gender" class="f-gender"><el-select :model-value="values.gender" @update:model-value="set('gender', $event)" placeholder="Select"><el-option v-for="o in ['Female', 'Male', 'I do not wish to answer']" :key="o" :label="o" :value="o" /></el-select></el-form-item>
          <el-form-item label="Veteran status" class="f-veteran"><el-select :model-value="values.veteran" @update:model-value="set('veteran', $event)" placeholder="Select"><el-option v-for="o in ['Protected veteran', 'Not a protected veteran', 'I do not wish to answer']" :key="o" :label="o" :value="o" /></el-select></el-form-item>
          <el-form-item label="How did you find out about this job?" class="f-source"><el-select :model-value="values.source" @update:model-value="set('source', $event)" placeholder="Select"><el-option v-for="o in ['LinkedIn', 'Indeed', 'Alpenmilch website', 'Job fair', 'Referral', 'Other']" :key="o" :label="o" :value="o" /></el-select></el-form-item>
          <el-form-item class="f-consent"><el-checkbox :model-value="values.consent" @update:model-value="set('consent', $event)">I accept the data protection declaration (nDSG / CCPA). *</el-checkbox></el-form-item>
          <el-form-item class="f-alerts"><el-checkbox :model-value="values.alerts" @update:model-value="set('alerts', $event)">Send me similar job alerts</el-checkbox></el-form-item>
          <el-button type="primary" native-type="submit" id="submit-application">Submit application</el-button>
        </el-form>
        </template>
      </main>
      <footer class="foot"><span>Alpenmilch news</span><el-input v-model="news" id="newsletter-email" placeholder="Email" style="width: 240px" /><el-button>Subscribe</el-button></footer>
    `,
  };
  createApp(App).use(ElementPlus).mount('#root');
}
