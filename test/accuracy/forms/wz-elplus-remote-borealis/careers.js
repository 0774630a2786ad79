/*
 * Borealis Transit Analytics careers (Vancouver company hiring remote in the US) on Vue 3 + Element Plus,
 * shared by every posting (each posting's app.js passes its own questions):
 * - el-form label-position top, rules on **blur** (messages appear after leaving a field);
 * - phone el-input with a dial-code el-select in its prepend, **preset "🇨🇦 +1"** ("🇺🇸 +1" listed after it);
 * - "Current location": **el-select filterable remote** whose remote-method answers 500 ms after typing
 *   ("San Francisco, California, United States" beside South San Francisco and San Francisco de Macorís);
 * - "Are you currently employed?" el-radio-group → employer, title and notice period shown with v-show;
 * - sponsorship el-radio-group → a visa el-select mounted with v-if (only for "Yes");
 * - highest education el-select with **el-option-group** groups → the school el-select (remote search)
 *   is **disabled until** an education level is chosen; "No formal degree" keeps it disabled;
 * - years el-select of ranges, salary el-input-number + currency el-select preset CAD + "Annual / Hourly"
 *   el-radio-button group, el-date-picker MM/DD/YYYY (value-format YYYY-MM-DD), el-upload (auto-upload off),
 *   cover letter textarea, EEO el-selects, consent el-checkbox.
 * The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref, computed } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const flag = (code) => String.fromCodePoint(...[...code].map((c) => 127397 + c.charCodeAt(0)));
const DIALS = [['CA', '+1'], ['US', '+1'], ['MX', '+52'], ['GB', '+44'], ['IN', '+91'], ['PH', '+63'], ['AU', '+61']].map(([c, d]) => ({ value: c, label: `${flag(c)} ${d}` }));
const PLACES = [
  'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco de Macorís, Duarte, Dominican Republic',
  'San Fernando, California, United States', 'San Jose, California, United States', 'Santa Fe, New Mexico, United States', 'Seattle, Washington, United States',
  'Vancouver, British Columbia, Canada', 'Vancouver, Washington, United States', 'Victoria, British Columbia, Canada', 'Portland, Oregon, United States',
  'Oakland, California, United States', 'Denver, Colorado, United States', 'Toronto, Ontario, Canada', 'Austin, Texas, United States', 'New York, New York, United States',
];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Santa Cruz', 'Berkeley City College', 'University of British Columbia', 'Simon Fraser University',
  'University of Washington', 'Portland State University', 'San Francisco State University', 'University of San Francisco', 'Stanford University'];
const EDUCATION = [
  { label: 'Secondary', options: ['High school diploma or GED'] },
  { label: 'Undergraduate', options: ['Associate degree', "Bachelor's degree"] },
  { label: 'Graduate', options: ["Master's degree", 'MBA', 'Doctorate (PhD)'] },
  { label: 'Other', options: ['No formal degree'] },
];
const NOTICE = ['Available now', '2 weeks', '1 month', '2 months', '3 months or more'];
const VISAS = ['H-1B transfer', 'New H-1B', 'TN (Canada / Mexico)', 'L-1', 'O-1', 'Green card sponsorship'];
const CURRENCIES = ['CAD', 'USD'];

export function mount(posting) {
  const App = {
    setup() {
      const form = reactive({
        firstName: '', lastName: '', email: '', dial: 'CA', phone: '', location: '', linkedin: '', portfolio: '',
        employed: '', employer: '', jobTitle: '', notice: '', education: '', school: '', years: '',
        authorized: '', sponsorship: '', visa: '', ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'checkbox' ? [] : ''])),
        salary: null, currency: 'CAD', payBasis: '', startDate: '', resume: [], coverLetter: '', gender: '', ethnicity: '', veteran: '', disability: '', consent: false,
      });
      const formRef = ref();
      const sent = ref(false);
      const places = ref([]); const placesLoading = ref(false);
      const schools = ref([]); const schoolsLoading = ref(false);
      const remote = (list, target, loading) => (query) => {
        if (!query) { target.value = []; return; }
        loading.value = true;
        setTimeout(() => {
          const q = query.toLowerCase();
          target.value = list.filter((p) => p.toLowerCase().includes(q)).slice(0, 8);
          loading.value = false;
        }, 500);
      };
      const searchPlaces = remote(PLACES, places, placesLoading);
      const searchSchools = remote(SCHOOLS, schools, schoolsLoading);
      const schoolDisabled = computed(() => !form.education || form.education === 'No formal degree' || form.education === 'High school diploma or GED');
      const onEducation = () => { if (schoolDisabled.value) form.school = ''; };
      const model = computed(() => JSON.stringify({ ...form, resume: form.resume.map((f) => f.name) }));
      const req = (message, trigger = 'blur') => [{ required: true, message, trigger }];
      const rules = {
        firstName: req('Please enter your first name'), lastName: req('Please enter your last name'),
        email: [...req('Please enter your email'), { type: 'email', message: 'Please enter a valid email address', trigger: 'blur' }],
        phone: [...req('Please enter a phone number'), { pattern: /^[\d\s()+.-]{7,20}$/, message: 'Please enter a valid phone number', trigger: 'blur' }],
        location: req('Please choose your location', 'change'), employed: req('Please answer', 'change'), authorized: req('Please answer', 'change'),
        sponsorship: req('Please answer', 'change'), years: req('Please choose', 'change'), resume: req('Please attach your resume', 'change'),
        consent: [{ validator: (_, v, cb) => (v ? cb() : cb(new Error('Please accept the privacy notice'))), trigger: 'change' }],
      };
      const submit = () => formRef.value.validate((ok) => { if (ok) sent.value = true; });
      return { form, formRef, sent, rules, model, posting, DIALS, EDUCATION, NOTICE, VISAS, CURRENCIES, places, placesLoading, searchPlaces, schools, schoolsLoading, searchSchools, schoolDisabled, onEducation, submit };
    },
    template: `
    <div v-if="sent" class="bt-card" id="bt-done"><el-result icon="success" title="Application received" :sub-title="'Thanks for applying to ' + posting.role + '. We reply to everyone within two weeks.'"></el-result></div>
    <div v-else class="bt-card">
      <h2>Apply for {{ posting.role }}</h2>
      <el-form ref="formRef" :model="form" :rules="rules" label-position="top" require-asterisk-position="right" @submit.prevent>
        <h3>About you</h3>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="First name" prop="firstName" class="f-firstName"><el-input v-model="form.firstName" autocomplete="given-name" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Last name" prop="lastName" class="f-lastName"><el-input v-model="form.lastName" autocomplete="family-name" /></el-form-item></el-col>
        </el-row>
        <el-form-item label="Email" prop="email" class="f-email"><el-input v-model="form.email" type="email" /></el-form-item>
        <el-form-item label="Phone" prop="phone" class="f-phone">
          <el-input v-model="form.phone" placeholder="604 555 0199">
            <template #prepend>
              <el-select v-model="form.dial" style="width: 110px" class="f-dial" aria-label="Country calling code">
                <el-option v-for="d in DIALS" :key="d.value" :label="d.label" :value="d.value" />
              </el-select>
            </template>
          </el-input>
        </el-form-item>
        <el-form-item label="Current location" prop="location" class="f-location">
          <el-select v-model="form.location" filterable remote reserve-keyword :remote-method="searchPlaces" :loading="placesLoading" placeholder="Start typing a city" loading-text="Searching…" no-data-text="No matching places" style="width: 100%">
            <el-option v-for="p in places" :key="p" :label="p" :value="p" />
          </el-select>
        </el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="LinkedIn URL" prop="linkedin" class="f-linkedin"><el-input v-model="form.linkedin" placeholder="https://linkedin.com/in/…" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item :label="posting.linkLabel" prop="portfolio" class="f-portfolio"><el-input v-model="form.portfolio" placeholder="https://" /></el-form-item></el-col>
        </el-row>

        <h3>Experience</h3>
        <el-form-item label="Are you currently employed?" prop="employed" class="f-employed">
          <el-radio-group v-model="form.employed"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
        </el-form-item>
        <div v-show="form.employed === 'yes'" class="bt-followup">
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Current employer" prop="employer" class="f-employer"><el-input v-model="form.employer" /></el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Current job title" prop="jobTitle" class="f-jobTitle"><el-input v-model="form.jobTitle" /></el-form-item></el-col>
          </el-row>
          <el-form-item label="Notice period" prop="notice" class="f-notice">
            <el-select v-model="form.notice" placeholder="Select" style="width: 240px"><el-option v-for="n in NOTICE" :key="n" :label="n" :value="n" /></el-select>
          </el-form-item>
        </div>
        <el-form-item :label="posting.yearsLabel" prop="years" class="f-years">
          <el-select v-model="form.years" placeholder="Select" style="width: 240px"><el-option v-for="y in posting.years" :key="y" :label="y" :value="y" /></el-select>
        </el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Highest level of education" prop="education" class="f-education">
            <el-select v-model="form.education" placeholder="Select" @change="onEducation" style="width: 100%">
              <el-option-group v-for="g in EDUCATION" :key="g.label" :label="g.label"><el-option v-for="o in g.options" :key="o" :label="o" :value="o" /></el-option-group>
            </el-select>
          </el-form-item></el-col>
          <el-col :span="12"><el-form-item label="School" prop="school" class="f-school">
            <el-select v-model="form.school" filterable remote :remote-method="searchSchools" :loading="schoolsLoading" :disabled="schoolDisabled" placeholder="Search schools" loading-text="Searching…" no-data-text="No schools found" style="width: 100%">
              <el-option v-for="s in schools" :key="s" :label="s" :value="s" />
            </el-select>
          </el-form-item></el-col>
        </el-row>

        <h3>Work eligibility</h3>
        <el-form-item :label="posting.authLabel" prop="authorized" class="f-authorized">
          <el-radio-group v-model="form.authorized"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item :label="posting.sponsorLabel" prop="sponsorship" class="f-sponsorship">
          <el-radio-group v-model="form.sponsorship"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item v-if="form.sponsorship === 'yes'" label="Which visa would you need?" prop="visa" class="f-visa">
          <el-select v-model="form.visa" placeholder="Select" style="width: 280px"><el-option v-for="v in VISAS" :key="v" :label="v" :value="v" /></el-select>
        </el-form-item>
        <el-form-item v-for="q in posting.questions" :key="q.key" :label="q.label" :prop="q.key" :class="'f-' + q.key">
          <el-radio-group v-if="q.type === 'radio'" v-model="form[q.key]"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
          <el-checkbox-group v-else-if="q.type === 'checkbox'" v-model="form[q.key]"><el-checkbox v-for="o in q.options" :key="o" :value="o">{{ o }}</el-checkbox></el-checkbox-group>
          <el-select v-else-if="q.type === 'select'" v-model="form[q.key]" placeholder="Select" style="width: 320px"><el-option v-for="o in q.options" :key="o" :label="o" :value="o" /></el-select>
          <el-input v-else v-model="form[q.key]" type="textarea" :rows="3" />
        </el-form-item>

        <h3>Compensation and start</h3>
        <el-form-item label="Expected base salary" class="f-salary">
          <el-input-number v-model="form.salary" :min="0" :step="1000" :controls="false" placeholder="Amount" style="width: 180px" aria-label="Expected base salary amount" />
          <el-select v-model="form.currency" style="width: 100px; margin-left: 8px" class="f-currency" aria-label="Salary currency"><el-option v-for="c in CURRENCIES" :key="c" :label="c" :value="c" /></el-select>
          <el-radio-group v-model="form.payBasis" class="f-payBasis" style="margin-left: 8px" aria-label="Pay basis"><el-radio-button value="annual">Annual</el-radio-button><el-radio-button value="hourly">Hourly</el-radio-button></el-radio-group>
        </el-form-item>
        <el-form-item label="Earliest start date" prop="startDate" class="f-start">
          <el-date-picker v-model="form.startDate" type="date" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" />
        </el-form-item>

        <h3>Documents</h3>
        <el-form-item label="Resume" prop="resume" class="f-resume">
          <el-upload v-model:file-list="form.resume" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx"><el-button>Choose file</el-button><template #tip><div class="el-upload__tip">PDF or Word, 10 MB max</div></template></el-upload>
        </el-form-item>
        <el-form-item label="Cover letter" prop="coverLetter" class="f-coverLetter"><el-input v-model="form.coverLetter" type="textarea" :rows="6" placeholder="Paste your cover letter (optional)" /></el-form-item>

        <h3>Voluntary self-identification</h3>
        <p class="bt-muted">Answers are optional and never shared with the hiring team.</p>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Gender" class="f-gender"><el-select v-model="form.gender" placeholder="Select" style="width: 100%"><el-option v-for="o in ['Woman', 'Man', 'Non-binary', 'I prefer not to say']" :key="o" :label="o" :value="o" /></el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Race / ethnicity" class="f-ethnicity"><el-select v-model="form.ethnicity" placeholder="Select" style="width: 100%"><el-option v-for="o in ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I prefer not to say']" :key="o" :label="o" :value="o" /></el-select></el-form-item></el-col>
        </el-row>
        <el-form-item label="Veteran status" class="f-veteran"><el-radio-group v-model="form.veteran"><el-radio value="not">I am not a protected veteran</el-radio><el-radio value="protected">I identify as a protected veteran</el-radio><el-radio value="decline">I prefer not to say</el-radio></el-radio-group></el-form-item>
        <el-form-item label="Disability status" class="f-disability"><el-radio-group v-model="form.disability"><el-radio value="yes">Yes, I have a disability</el-radio><el-radio value="no">No, I do not have a disability</el-radio><el-radio value="decline">I do not want to answer</el-radio></el-radio-group></el-form-item>
        <el-form-item prop="consent" class="f-consent"><el-checkbox v-model="form.consent">I have read the <a href="#privacy">candidate privacy notice</a> and agree to Borealis storing my application for 24 months.</el-checkbox></el-form-item>
        <el-button type="primary" size="large" id="bt-submit" @click="submit">Submit application</el-button>
      </el-form>
    </div>
    <pre id="model">{{ model }}</pre>`,
  };
  createApp(App).use(ElementPlus).mount('#app');
}
