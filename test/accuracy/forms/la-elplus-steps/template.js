/**
 * A Vue 3 + Element Plus application in three el-steps. One el-form with `rules` (blur triggers
 * for text, change for choices); "Next" runs validateField on the current step's props and stays
 * while any fails. The phone el-input has a fixed "+1" prepend and a `formatter`/`parser` pair
 * (shows "415 555 0134", keeps the digits); the salary el-input shows thousands separators between
 * a "$" prepend and a "/ year" append. The State / Province el-select takes its options from the
 * chosen Country (world-countries, filterable) and is disabled until then. An el-switch
 * "Currently employed" shows employer and title (v-show); sponsorship "Yes" shows a visa el-select.
 * "Previous employers" is a dynamic list with "Add another employer". State in <pre id="model">.
 */
import { createApp, reactive, ref, computed } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const REGIONS = {
  US: ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'],
  CA: ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'],
};
const STEP_PROPS = [
  ['firstName', 'lastName', 'email', 'phone', 'country', 'region', 'city', 'postal'],
  ['employer', 'jobTitle', 'years', 'salary'],
  ['authorized', 'sponsorship', 'visa', 'startDate', 'resume', 'consent'],
];

export function mountPosting(posting) {
  const app = createApp({
    setup() {
      const formRef = ref();
      const step = ref(0);
      const done = ref(false);
      const f = reactive({
        firstName: '', lastName: '', email: '', phone: '', country: '', region: '', city: '', postal: '',
        employed: false, employer: '', jobTitle: '', years: '', history: [{ company: '', title: '', years: '' }], salary: '',
        authorized: '', sponsorship: '', visa: '', startDate: '', resume: '', coverLetter: '',
        answers: Object.fromEntries(posting.questions.map((q) => [q.id, ''])), source: '', consent: false,
      });
      const regions = computed(() => REGIONS[f.country] ?? []);
      const need = (message, trigger = 'blur') => ({ required: true, message, trigger });
      const when = (test, message, trigger = 'blur') => ({ validator: (_, v, cb) => (test() && !v ? cb(new Error(message)) : cb()), trigger });
      const rules = {
        firstName: [need('Enter your first name')], lastName: [need('Enter your last name')],
        email: [need('Enter your email'), { type: 'email', message: 'Enter a valid email address', trigger: 'blur' }],
        phone: [need('Enter your phone number'), { pattern: /^\d{10}$/, message: 'Enter 10 digits', trigger: 'blur' }],
        country: [need('Choose a country', 'change')],
        region: [when(() => regions.value.length > 0, 'Choose a state or province', 'change')],
        city: [need('Enter your city')], postal: [need('Enter your postal code')],
        employer: [when(() => f.employed, 'Enter your employer')], jobTitle: [when(() => f.employed, 'Enter your job title')],
        years: [need('Choose one', 'change')], salary: [need('Enter an amount')],
        authorized: [need('Choose one', 'change')], sponsorship: [need('Choose one', 'change')],
        visa: [when(() => f.sponsorship === 'yes', 'Choose a visa type', 'change')],
        startDate: [need('Pick a date', 'change')], resume: [need('Attach your resume', 'change')],
        consent: [{ validator: (_, v, cb) => (v ? cb() : cb(new Error('Please accept to continue'))), trigger: 'change' }],
        ...Object.fromEntries(posting.questions.filter((q) => q.required).map((q) => [`answers.${q.id}`, [need('Please answer', 'change')]])),
      };
      const onCountry = () => { f.region = ''; };
      const phoneFmt = (v) => { const d = String(v ?? '').replace(/\D/g, ''); return [d.slice(0, 3), d.slice(3, 6), d.slice(6, 10)].filter(Boolean).join(' '); };
      const phoneParse = (v) => String(v ?? '').replace(/\D/g, '').slice(0, 10);
      const moneyFmt = (v) => String(v ?? '').replace(/\D/g, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      const moneyParse = (v) => String(v ?? '').replace(/\D/g, '').slice(0, 9);
      const onResume = (file) => { f.resume = file?.name ?? ''; formRef.value?.validateField('resume').catch(() => {}); };
      const next = async () => {
        const props = STEP_PROPS[step.value].concat(step.value === 2 ? posting.questions.filter((q) => q.required).map((q) => `answers.${q.id}`) : []);
        try { await formRef.value.validateField(props); } catch { return; }
        if (step.value < 2) { step.value += 1; window.scrollTo(0, 0); } else done.value = true;
      };
      const model = computed(() => JSON.stringify(f, null, 1));
      return { f, formRef, step, done, rules, regions, onCountry, phoneFmt, phoneParse, moneyFmt, moneyParse, onResume, next, model, posting, COUNTRIES };
    },
    template: `
      <div class="ep-card" v-if="done" id="ep-done"><h2>Application sent</h2><p>Thank you, {{ f.firstName }}. The {{ posting.company }} recruiting team will contact you soon.</p><pre id="model">{{ model }}</pre></div>
      <div class="ep-card" v-else>
        <el-steps :active="step" finish-status="success" align-center class="ep-steps">
          <el-step title="Your details" /><el-step title="Experience" /><el-step title="Eligibility & documents" />
        </el-steps>
        <el-form ref="formRef" :model="f" :rules="rules" label-position="top" require-asterisk-position="right" @submit.prevent>
          <template v-if="step === 0">
            <el-row :gutter="16">
              <el-col :span="12"><el-form-item label="First name" prop="firstName" class="field-first"><el-input v-model="f.firstName" /></el-form-item></el-col>
              <el-col :span="12"><el-form-item label="Last name" prop="lastName" class="field-last"><el-input v-model="f.lastName" /></el-form-item></el-col>
            </el-row>
            <el-row :gutter="16">
              <el-col :span="12"><el-form-item label="Email" prop="email" class="field-email"><el-input v-model="f.email" type="email" /></el-form-item></el-col>
              <el-col :span="12"><el-form-item label="Phone" prop="phone" class="field-phone">
                <el-input v-model="f.phone" :formatter="phoneFmt" :parser="phoneParse" placeholder="201 555 0123" :maxlength="12"><template #prepend>+1</template></el-input>
              </el-form-item></el-col>
            </el-row>
            <el-row :gutter="16">
              <el-col :span="12"><el-form-item label="Country" prop="country" class="field-country">
                <el-select v-model="f.country" filterable placeholder="Select" @change="onCountry" style="width: 100%"><el-option v-for="c in COUNTRIES" :key="c.value" :label="c.label" :value="c.value" /></el-select>
              </el-form-item></el-col>
              <el-col :span="12"><el-form-item label="State / Province" prop="region" class="field-region">
                <el-select v-model="f.region" filterable :disabled="regions.length === 0" :placeholder="f.country ? (regions.length ? 'Select' : 'Not needed') : 'Select a country first'" style="width: 100%"><el-option v-for="r in regions" :key="r" :label="r" :value="r" /></el-select>
              </el-form-item></el-col>
            </el-row>
            <el-row :gutter="16">
              <el-col :span="12"><el-form-item label="City" prop="city" class="field-city"><el-input v-model="f.city" /></el-form-item></el-col>
              <el-col :span="12"><el-form-item :label="f.country === 'US' ? 'ZIP code' : 'Postal code'" prop="postal" class="field-postal"><el-input v-model="f.postal" /></el-form-item></el-col>
            </el-row>
          </template>
          <template v-if="step === 1">
            <el-form-item label="Currently employed" class="field-employed"><el-switch v-model="f.employed" active-text="Yes" inactive-text="No" /></el-form-item>
            <el-row :gutter="16" v-show="f.employed">
              <el-col :span="12"><el-form-item label="Employer" prop="employer" class="field-employer"><el-input v-model="f.employer" /></el-form-item></el-col>
              <el-col :span="12"><el-form-item label="Job title" prop="jobTitle" class="field-jobtitle"><el-input v-model="f.jobTitle" /></el-form-item></el-col>
            </el-row>
            <el-form-item :label="posting.yearsLabel" prop="years" class="field-years">
              <el-radio-group v-model="f.years"><el-radio-button v-for="y in posting.years" :key="y" :value="y">{{ y }}</el-radio-button></el-radio-group>
            </el-form-item>
            <div class="ep-list">
              <div class="ep-list-head">Previous employers <small>(optional, most recent first, not counting your current job)</small></div>
              <div v-for="(h, i) in f.history" :key="i" class="ep-entry">
                <el-row :gutter="12">
                  <el-col :span="10"><el-form-item :label="'Employer ' + (i + 1)" :class="'field-h' + i + '-company'"><el-input v-model="h.company" /></el-form-item></el-col>
                  <el-col :span="9"><el-form-item label="Position" :class="'field-h' + i + '-title'"><el-input v-model="h.title" /></el-form-item></el-col>
                  <el-col :span="5"><el-form-item label="Years there" :class="'field-h' + i + '-years'"><el-input v-model="h.years" /></el-form-item></el-col>
                </el-row>
                <el-button v-if="f.history.length > 1" link type="danger" @click="f.history.splice(i, 1)">Remove</el-button>
              </div>
              <el-button id="ep-add-employer" link type="primary" @click="f.history.push({ company: '', title: '', years: '' })">+ Add another employer</el-button>
            </div>
            <el-form-item :label="posting.salaryLabel" prop="salary" class="field-salary">
              <el-input v-model="f.salary" :formatter="moneyFmt" :parser="moneyParse" style="max-width: 320px"><template #prepend>$</template><template #append>/ year</template></el-input>
            </el-form-item>
          </template>
          <template v-if="step === 2">
            <el-form-item :label="posting.authorizedLabel" prop="authorized" class="field-authorized">
              <el-radio-group v-model="f.authorized"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
            </el-form-item>
            <el-form-item :label="posting.sponsorshipLabel" prop="sponsorship" class="field-sponsorship">
              <el-radio-group v-model="f.sponsorship"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
            </el-form-item>
            <el-form-item v-show="f.sponsorship === 'yes'" label="Visa type" prop="visa" class="field-visa">
              <el-select v-model="f.visa" placeholder="Select" style="width: 260px"><el-option v-for="v in ['H-1B', 'H-1B transfer', 'TN', 'E-3', 'O-1', 'Other']" :key="v" :label="v" :value="v" /></el-select>
            </el-form-item>
            <el-form-item label="When could you start?" prop="startDate" class="field-start">
              <el-date-picker v-model="f.startDate" type="date" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" />
            </el-form-item>
            <el-form-item label="Resume" prop="resume" class="field-resume">
              <el-upload drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onResume" :on-remove="() => onResume(null)">
                <div class="el-upload__text">Drop your resume here or <em>click to upload</em></div>
              </el-upload>
            </el-form-item>
            <el-form-item label="Cover letter" class="field-cover"><el-input v-model="f.coverLetter" type="textarea" :rows="5" placeholder="Optional" /></el-form-item>
            <el-form-item v-for="q in posting.questions" :key="q.id" :label="q.label" :prop="'answers.' + q.id" :class="'field-' + q.id" :required="q.required">
              <el-select v-if="q.kind === 'select'" v-model="f.answers[q.id]" placeholder="Select" style="width: 100%"><el-option v-for="o in q.options" :key="o" :label="o" :value="o" /></el-select>
              <el-radio-group v-else-if="q.kind === 'radio'" v-model="f.answers[q.id]"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
              <el-input v-else v-model="f.answers[q.id]" type="textarea" :rows="3" />
            </el-form-item>
            <el-form-item label="How did you hear about us?" class="field-source">
              <el-select v-model="f.source" placeholder="Select" clearable style="width: 260px"><el-option v-for="s in posting.sources" :key="s" :label="s" :value="s" /></el-select>
            </el-form-item>
            <el-form-item prop="consent" class="field-consent"><el-checkbox v-model="f.consent">I consent to {{ posting.company }} storing my data for this application.</el-checkbox></el-form-item>
          </template>
          <div class="ep-actions">
            <el-button v-if="step > 0" @click="step -= 1">Back</el-button><span v-else></span>
            <el-button v-if="step < 2" id="ep-next" type="primary" @click="next">Next</el-button>
            <el-button v-else id="ep-submit" type="primary" @click="next">Submit application</el-button>
          </div>
        </el-form>
        <pre id="model">{{ model }}</pre>
      </div>`,
  });
  app.use(ElementPlus);
  app.mount('#root');
}
