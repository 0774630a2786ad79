/*
 * Quenwick Freight careers: a Vue 3 page on Element Plus, validated by el-form's own rules on
 * submit. Exercises: a filterable el-tree-select for the home location (Country > State > City,
 * only cities selectable, "South San Francisco" listed), a dial-code el-select in the phone's
 * prepend slot (nothing preset; "+1 Canada" before "+1 United States"), el-switch questions with
 * inline "Yes" / "No" (native checkbox role=switch), el-input-number with −/+ controls for the
 * years, el-radio-buttons for the degree, an el-date-picker "MM/DD/YYYY" start date and a
 * type="year" graduation picker (left), an el-input with a "$" prefix and a thousands formatter,
 * el-input-tag skills and a multiple collapse-tags el-select of hubs (left), a native resume input
 * behind a label styled as a button, a word-limited cover-letter textarea, el-checkbox consent,
 * header search. Each posting brings its title and questions.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const DIAL = [{ value: 'CA', label: '+1 Canada' }, { value: 'US', label: '+1 United States' }, { value: 'MX', label: '+52 Mexico' }, { value: 'GB', label: '+44 United Kingdom' }, { value: 'NL', label: '+31 Netherlands' }];
const c = (label) => ({ value: label.toLowerCase().replace(/\W+/g, '-'), label });
const PLACES = [
  { value: 'canada', label: 'Canada', children: [
    { value: 'bc', label: 'British Columbia', children: [c('Vancouver'), c('Surrey')] },
    { value: 'on', label: 'Ontario', children: [c('Toronto'), c('Mississauga')] },
  ] },
  { value: 'united-states', label: 'United States', children: [
    { value: 'ca', label: 'California', children: [c('Fresno'), c('Long Beach'), c('Los Angeles'), c('Oakland'), c('San Francisco'), c('San Jose'), c('South San Francisco'), c('Stockton')] },
    { value: 'tx', label: 'Texas', children: [c('Dallas'), c('Houston'), c('Laredo')] },
    { value: 'wa', label: 'Washington', children: [c('Seattle'), c('Tacoma')] },
  ] },
];
const DEGREES = ['High school', 'Associate', 'Bachelor', 'Master', 'PhD'];
const HUBS = ['Oakland port office', 'Long Beach hub', 'Dallas hub', 'Remote'].map((h) => ({ value: h, label: h }));

export function mountApplication(posting) {
  const App = {
    setup() {
      const formRef = ref();
      const form = reactive({
        firstName: '', lastName: '', email: '', dialCode: '', phone: '', home: '', linkedin: '', employer: '', jobTitle: '',
        years: undefined, degree: '', graduationYear: '', skills: [], authorized: false, sponsorship: false, startDate: '', salary: '',
        hubs: [], resume: null, coverLetter: '', answers: Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'switch' ? false : ''])), consent: false,
      });
      const rules = {
        firstName: [{ required: true, message: 'Please enter your first name', trigger: 'blur' }],
        lastName: [{ required: true, message: 'Please enter your last name', trigger: 'blur' }],
        email: [{ required: true, type: 'email', message: 'Please enter a valid email', trigger: 'blur' }],
        phone: [{ required: true, message: 'Please enter your phone number', trigger: 'blur' }],
        home: [{ required: true, message: 'Please choose your city', trigger: 'change' }],
        resume: [{ required: true, message: 'Please attach your resume', trigger: 'change' }],
        consent: [{ validator: (_, v, cb) => (v ? cb() : cb(new Error('Please accept'))), trigger: 'change' }],
      };
      const onResume = (e) => { form.resume = e.target.files[0]?.name ?? null; formRef.value?.validateField('resume').catch(() => {}); };
      const sent = ref(false);
      const submit = () => formRef.value.validate((ok) => { if (ok) sent.value = true; });
      const search = ref('');
      const money = (v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      const unmoney = (v) => v.replace(/[^\d]/g, '');
      const model = () => JSON.stringify({ ...form, search: search.value });
      return { formRef, form, rules, onResume, sent, submit, search, money, unmoney, model, posting, DIAL, PLACES, DEGREES, HUBS };
    },
    template: `
<header class="qf-header">
  <strong>QUENWICK FREIGHT</strong>
  <span class="qf-nav">Shippers · Carriers · Careers</span>
  <el-input v-model="search" id="qf-search" placeholder="Search jobs" aria-label="Search jobs" style="width: 220px"></el-input>
</header>
<main class="qf-page">
  <p class="qf-where">{{ posting.team }} · {{ posting.where }}</p>
  <h1>{{ posting.title }}</h1>
  <p>{{ posting.intro }}</p>
  <div v-if="sent" id="qf-sent" class="qf-sent">Thank you! We received your application.</div>
  <el-form v-else ref="formRef" :model="form" :rules="rules" label-position="top" @submit.prevent="submit">
    <h2>Personal details</h2>
    <div class="qf-row">
      <el-form-item label="First name" prop="firstName" for="qf-first"><el-input v-model="form.firstName" id="qf-first"></el-input></el-form-item>
      <el-form-item label="Last name" prop="lastName" for="qf-last"><el-input v-model="form.lastName" id="qf-last"></el-input></el-form-item>
    </div>
    <el-form-item label="Email" prop="email" for="qf-email"><el-input v-model="form.email" id="qf-email" type="email"></el-input></el-form-item>
    <el-form-item label="Phone" prop="phone" for="qf-phone">
      <el-input v-model="form.phone" id="qf-phone" type="tel">
        <template #prepend>
          <el-select v-model="form.dialCode" id="qf-dial" placeholder="Code" style="width: 170px" aria-label="Country calling code">
            <el-option v-for="d in DIAL" :key="d.value" :value="d.value" :label="d.label"></el-option>
          </el-select>
        </template>
      </el-input>
    </el-form-item>
    <el-form-item label="Home location" prop="home">
      <el-tree-select v-model="form.home" id="qf-home" :data="PLACES" filterable placeholder="Search your city" :render-after-expand="false" style="width: 100%"></el-tree-select>
    </el-form-item>
    <el-form-item label="LinkedIn" for="qf-linkedin"><el-input v-model="form.linkedin" id="qf-linkedin" placeholder="https://"></el-input></el-form-item>

    <h2>Background</h2>
    <div class="qf-row">
      <el-form-item label="Current company" for="qf-employer"><el-input v-model="form.employer" id="qf-employer"></el-input></el-form-item>
      <el-form-item label="Current title" for="qf-jobtitle"><el-input v-model="form.jobTitle" id="qf-jobtitle"></el-input></el-form-item>
    </div>
    <el-form-item :label="posting.yearsLabel" for="qf-years">
      <el-input-number v-model="form.years" id="qf-years" :min="0" :max="40"></el-input-number>
    </el-form-item>
    <el-form-item label="Highest degree">
      <el-radio-group v-model="form.degree" id="qf-degree">
        <el-radio-button v-for="d in DEGREES" :key="d" :value="d">{{ d }}</el-radio-button>
      </el-radio-group>
    </el-form-item>
    <el-form-item label="Graduation year" for="qf-grad">
      <el-date-picker v-model="form.graduationYear" id="qf-grad" type="year" value-format="YYYY" placeholder="YYYY"></el-date-picker>
    </el-form-item>
    <el-form-item label="Skills">
      <el-input-tag v-model="form.skills" id="qf-skills" placeholder="Type a skill and press Enter"></el-input-tag>
    </el-form-item>

    <h2>Eligibility</h2>
    <el-form-item label="Are you legally authorized to work in the United States?" for="qf-authorized">
      <el-switch v-model="form.authorized" id="qf-authorized" inline-prompt active-text="Yes" inactive-text="No"></el-switch>
    </el-form-item>
    <el-form-item label="Will you now or in the future require sponsorship for employment visa status?" for="qf-sponsorship">
      <el-switch v-model="form.sponsorship" id="qf-sponsorship" inline-prompt active-text="Yes" inactive-text="No"></el-switch>
    </el-form-item>
    <div class="qf-row">
      <el-form-item label="Earliest start date" for="qf-start">
        <el-date-picker v-model="form.startDate" id="qf-start" type="date" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" style="width: 100%"></el-date-picker>
      </el-form-item>
      <el-form-item label="Salary expectation (annual, USD)" for="qf-salary">
        <el-input v-model="form.salary" id="qf-salary" :formatter="money" :parser="unmoney"><template #prefix>$</template></el-input>
      </el-form-item>
    </div>
    <el-form-item label="Hubs you could work from">
      <el-select v-model="form.hubs" id="qf-hubs" multiple collapse-tags placeholder="Select hubs" style="width: 100%">
        <el-option v-for="h in HUBS" :key="h.value" :value="h.value" :label="h.label"></el-option>
      </el-select>
    </el-form-item>

    <template v-if="posting.questions.length"><h2>About this role</h2></template>
    <el-form-item v-for="q in posting.questions" :key="q.key" :label="q.label" :for="'qf-' + q.key">
      <el-switch v-if="q.type === 'switch'" v-model="form.answers[q.key]" :id="'qf-' + q.key" inline-prompt active-text="Yes" inactive-text="No"></el-switch>
      <el-radio-group v-else-if="q.type === 'radio'" v-model="form.answers[q.key]" :id="'qf-' + q.key">
        <el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio>
      </el-radio-group>
      <el-input v-else v-model="form.answers[q.key]" :id="'qf-' + q.key" :type="q.type === 'textarea' ? 'textarea' : 'text'" :rows="3"></el-input>
    </el-form-item>

    <h2>Resume</h2>
    <el-form-item label="Resume / CV" prop="resume">
      <div class="qf-upload">
        <input id="qf-resume" type="file" name="resume" accept=".pdf,.doc,.docx" class="qf-hidden" @change="onResume">
        <label for="qf-resume" class="el-button el-button--primary is-plain">Choose file</label>
        <span class="qf-file">{{ form.resume || 'No file chosen' }}</span>
      </div>
    </el-form-item>
    <el-form-item label="Cover letter" for="qf-cover">
      <el-input v-model="form.coverLetter" id="qf-cover" type="textarea" :rows="5" maxlength="2000" show-word-limit></el-input>
    </el-form-item>
    <el-form-item prop="consent">
      <el-checkbox v-model="form.consent" id="qf-consent">I agree to the processing of my personal data for this application</el-checkbox>
    </el-form-item>
    <el-button type="primary" native-type="submit" id="qf-submit">Submit application</el-button>
  </el-form>
  <pre id="model">{{ model() }}</pre>
</main>`,
  };
  createApp(App).use(ElementPlus).mount('#root');
}
