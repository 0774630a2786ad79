/*
 * Wattle & Tide Energy (Melbourne) careers site in Vue 3 + Element Plus, a PageUp-style apply step
 * rebuilt in-house: Title el-select, given / family / preferred name, confirm email, a dial-code
 * el-select preset "+61 AU" ("+1 CA" before "+1 US") as the mobile's prepend, street / suburb /
 * Australian-state el-select ending in "Outside Australia" / postcode, filterable country el-select,
 * working-rights and visa-subclass questions, Aboriginal / Torres Strait Islander radios, an
 * el-date-picker shown as DD/MM/YYYY, notice-period radio buttons, salary bands "incl. super",
 * years buckets, "https://" prepend LinkedIn, el-upload resume and cover letter (inputs emptied
 * after the pick), driver-licence el-switch, languages multiple select, privacy collection notice
 * and talent-pool checkboxes, header search + sign-in, footer newsletter. The reactive form is
 * rendered into <pre id="model">.
 */
import { createApp, reactive, ref, watchEffect } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const DIALS = [
  { code: 'AU', label: '+61 AU' }, { code: 'NZ', label: '+64 NZ' }, { code: 'GB', label: '+44 UK' }, { code: 'IN', label: '+91 IN' },
  { code: 'SG', label: '+65 SG' }, { code: 'CA', label: '+1 CA' }, { code: 'US', label: '+1 US' },
];
const STATES = ['Australian Capital Territory', 'New South Wales', 'Northern Territory', 'Queensland', 'South Australia', 'Tasmania', 'Victoria', 'Western Australia', 'Outside Australia'];

export function renderWattle(cfg) {
  const App = {
    setup() {
      const form = reactive({
        title: '', givenName: '', familyName: '', preferredName: '', email: '', confirmEmail: '', dial: DIALS[0], mobile: '',
        street: '', suburb: '', state: '', postcode: '', country: 'Australia', workRights: '', visaSubclass: '', atsi: '',
        startDate: '', notice: '', salaryBand: '', years: '', employer: '', jobTitle: '', linkedin: '', resume: [], coverLetter: [],
        licence: false, languages: [], source: '', privacy: false, talentPool: false,
      });
      for (const q of cfg.questions) form[q.id] = q.kind === 'switch' ? false : '';
      const done = ref(false);
      watchEffect(() => {
        const m = { ...form, dial: form.dial?.code ?? null, resume: form.resume.map((f) => f.name), coverLetter: form.coverLetter.map((f) => f.name) };
        document.getElementById('model').textContent = JSON.stringify(m, null, 2);
      });
      const submit = () => { if (form.givenName && form.email && form.privacy) done.value = true; };
      return { form, done, submit, cfg, COUNTRIES, DIALS, STATES, search: ref(''), news: ref('') };
    },
    template: `
      <header class="top">
        <span class="brand">Wattle <b>&amp;</b> Tide <small>Careers</small></span>
        <el-input v-model="search" class="site-search" placeholder="Search jobs by keyword" aria-label="Search jobs" style="width: 260px" />
        <el-button text id="sign-in">Sign in</el-button>
      </header>
      <main class="page">
        <h2 v-if="done" id="application-received">Thanks, your application has been received.</h2>
        <template v-else>
        <p class="team">{{ cfg.team }}</p>
        <h1>{{ cfg.title }}</h1>
        <p class="where">{{ cfg.location }}</p>
        <p>{{ cfg.blurb }}</p>
        <el-form :model="form" label-position="top" @submit.prevent="submit" id="apply-form">
          <h3>Personal details</h3>
          <el-form-item label="Title" prop="title" class="f-title" style="max-width: 200px"><el-select v-model="form.title" placeholder="Select" clearable><el-option v-for="o in ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr']" :key="o" :label="o" :value="o" /></el-select></el-form-item>
          <div class="row">
            <el-form-item label="Given name(s)" prop="givenName" class="f-givenName" required><el-input v-model="form.givenName" autocomplete="given-name" /></el-form-item>
            <el-form-item label="Family name" prop="familyName" class="f-familyName" required><el-input v-model="form.familyName" autocomplete="family-name" /></el-form-item>
          </div>
          <el-form-item label="Preferred name" prop="preferredName" class="f-preferredName"><el-input v-model="form.preferredName" placeholder="If different from your given name" /></el-form-item>
          <div class="row">
            <el-form-item label="Email" prop="email" class="f-email" required><el-input v-model="form.email" type="email" /></el-form-item>
            <el-form-item label="Confirm email" prop="confirmEmail" class="f-confirmEmail" required><el-input v-model="form.confirmEmail" type="email" /></el-form-item>
          </div>
          <el-form-item label="Mobile" prop="mobile" class="f-mobile" required>
            <el-input v-model="form.mobile" placeholder="412 345 678">
              <template #prepend>
                <el-select v-model="form.dial" value-key="code" class="f-dial" style="width: 110px" aria-label="Country code">
                  <el-option v-for="d in DIALS" :key="d.code" :label="d.label" :value="d" />
                </el-select>
              </template>
            </el-input>
          </el-form-item>
          <h3>Residential address</h3>
          <el-form-item label="Street address" prop="street" class="f-street"><el-input v-model="form.street" /></el-form-item>
          <div class="row">
            <el-form-item label="Suburb / City" prop="suburb" class="f-suburb"><el-input v-model="form.suburb" /></el-form-item>
            <el-form-item label="State / Territory" prop="state" class="f-state"><el-select v-model="form.state" placeholder="Select"><el-option v-for="s in STATES" :key="s" :label="s" :value="s" /></el-select></el-form-item>
            <el-form-item label="Postcode" prop="postcode" class="f-postcode"><el-input v-model="form.postcode" placeholder="3000" /></el-form-item>
          </div>
          <el-form-item label="Country" prop="country" class="f-country" required>
            <el-select v-model="form.country" filterable placeholder="Select"><el-option v-for="c in COUNTRIES" :key="c" :label="c" :value="c" /></el-select>
          </el-form-item>
          <h3>Eligibility</h3>
          <el-form-item label="What are your working rights in Australia?" prop="workRights" class="f-workRights" required>
            <el-select v-model="form.workRights" placeholder="Select">
              <el-option v-for="o in ['Australian or New Zealand citizen', 'Australian permanent resident', 'Temporary visa with full work rights', 'Temporary visa with restricted work rights', 'I require sponsorship to work in Australia']" :key="o" :label="o" :value="o" />
            </el-select>
          </el-form-item>
          <el-form-item label="If you hold a visa, which subclass? (e.g. 482, 485, 500)" prop="visaSubclass" class="f-visaSubclass"><el-input v-model="form.visaSubclass" /></el-form-item>
          <el-form-item label="Do you identify as Aboriginal and/or Torres Strait Islander?" prop="atsi" class="f-atsi">
            <el-radio-group v-model="form.atsi"><el-radio value="aboriginal">Aboriginal</el-radio><el-radio value="tsi">Torres Strait Islander</el-radio><el-radio value="both">Both</el-radio><el-radio value="no">No</el-radio><el-radio value="na">Prefer not to say</el-radio></el-radio-group>
          </el-form-item>
          <h3>Your experience</h3>
          <div class="row">
            <el-form-item label="Current or most recent employer" prop="employer" class="f-employer"><el-input v-model="form.employer" /></el-form-item>
            <el-form-item label="Current or most recent job title" prop="jobTitle" class="f-jobTitle"><el-input v-model="form.jobTitle" /></el-form-item>
          </div>
          <el-form-item :label="cfg.yearsLabel" prop="years" class="f-years" required>
            <el-select v-model="form.years" placeholder="Select"><el-option v-for="r in cfg.ranges" :key="r" :label="r" :value="r" /></el-select>
          </el-form-item>
          <el-form-item label="LinkedIn profile" prop="linkedin" class="f-linkedin"><el-input v-model="form.linkedin"><template #prepend>https://</template></el-input></el-form-item>
          <el-form-item label="Resumé" prop="resume" class="f-resume" required>
            <el-upload v-model:file-list="form.resume" drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" style="width: 100%">
              <div class="el-upload__text">Drop your resumé here or <em>browse</em></div>
              <template #tip><div class="el-upload__tip">PDF or Word, up to 5 MB</div></template>
            </el-upload>
          </el-form-item>
          <el-form-item label="Cover letter" prop="coverLetter" class="f-coverLetter">
            <el-upload v-model:file-list="form.coverLetter" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx,.txt"><el-button>Attach cover letter</el-button></el-upload>
          </el-form-item>
          <h3>Availability &amp; salary</h3>
          <div class="row">
            <el-form-item label="Date available to start" prop="startDate" class="f-startDate">
              <el-date-picker v-model="form.startDate" type="date" format="DD/MM/YYYY" value-format="YYYY-MM-DD" placeholder="DD/MM/YYYY" />
            </el-form-item>
            <el-form-item label="Notice period" prop="notice" class="f-notice">
              <el-radio-group v-model="form.notice"><el-radio-button v-for="o in ['Immediate', '2 weeks', '4 weeks', '6 weeks', '8+ weeks']" :key="o" :value="o">{{ o }}</el-radio-button></el-radio-group>
            </el-form-item>
          </div>
          <el-form-item label="Expected salary package (AUD, incl. superannuation)" prop="salaryBand" class="f-salaryBand">
            <el-select v-model="form.salaryBand" placeholder="Select a range"><el-option v-for="o in cfg.bands" :key="o" :label="o" :value="o" /></el-select>
          </el-form-item>
          <template v-for="q in cfg.questions" :key="q.id">
            <el-form-item :label="q.label" :prop="q.id" :class="'f-' + q.id" :required="q.required">
              <el-radio-group v-if="q.kind === 'radio'" v-model="form[q.id]"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
              <el-select v-else-if="q.kind === 'select'" v-model="form[q.id]" placeholder="Select"><el-option v-for="o in q.options" :key="o" :label="o" :value="o" /></el-select>
              <el-switch v-else-if="q.kind === 'switch'" v-model="form[q.id]" active-text="Yes" inactive-text="No" />
              <el-input v-else v-model="form[q.id]" :type="q.long ? 'textarea' : 'text'" :rows="4" :placeholder="q.placeholder" />
            </el-form-item>
          </template>
          <el-form-item label="Do you hold a current Australian driver licence?" prop="licence" class="f-licence"><el-switch v-model="form.licence" active-text="Yes" inactive-text="No" /></el-form-item>
          <el-form-item label="Languages other than English" prop="languages" class="f-languages">
            <el-select v-model="form.languages" multiple filterable placeholder="Select languages"><el-option v-for="o in ['Mandarin', 'Cantonese', 'Vietnamese', 'Arabic', 'Greek', 'Italian', 'Hindi', 'Punjabi', 'Spanish']" :key="o" :label="o" :value="o" /></el-select>
          </el-form-item>
          <el-form-item label="How did you hear about this role?" prop="source" class="f-source"><el-select v-model="form.source" placeholder="Select"><el-option v-for="o in ['SEEK', 'LinkedIn', 'Wattle & Tide website', 'Referral', 'Other']" :key="o" :label="o" :value="o" /></el-select></el-form-item>
          <el-form-item prop="privacy" class="f-privacy"><el-checkbox v-model="form.privacy">I have read the Privacy Collection Notice and consent to Wattle &amp; Tide collecting my personal information *</el-checkbox></el-form-item>
          <el-form-item prop="talentPool" class="f-talentPool"><el-checkbox v-model="form.talentPool">Keep my application in the talent pool and contact me about other roles</el-checkbox></el-form-item>
          <el-button type="primary" native-type="submit" id="submit-application">Submit application</el-button>
        </el-form>
        </template>
      </main>
      <footer class="foot"><span>Energy news from Wattle &amp; Tide</span><el-input v-model="news" class="newsletter" placeholder="Email address" style="width: 240px" /><el-button>Sign up</el-button></footer>`,
  };
  createApp(App).use(ElementPlus).mount('#root');
}
