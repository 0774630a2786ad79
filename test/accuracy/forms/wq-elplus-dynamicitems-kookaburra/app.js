/*
 * Kookaburra Grid Analytics careers page (Sydney company, US hub) on Vue 3 + Element Plus: el-form
 * (label-position top) whose **education entries are a `v-for` over a reactive array** (one entry
 * preset, "+ Add another qualification", each with a **remote** filterable school el-select answering
 * 300 ms after a keystroke, a degree el-select and a year el-date-picker type="year"); a dial-code
 * el-select **preset "+61 Australia"** in the phone's prepend; Country of residence preset Australia
 * whose change swaps the **State / Territory** list (Australian states → US states); Suburb / City,
 * Postcode, Street address; a **filterable allow-create default-first-option** employer el-select
 * (type a name + Enter); el-input-number years; yes/no el-radio-groups, an Australian working-rights
 * question beside the US ones, a visa el-select mounted (`v-if`) only after sponsorship "Yes"; an
 * **el-cascader `multiple` collapse-tags** of offices (left alone); "USD / year" append; el-date-picker
 * `DD/MM/YYYY` with value-format; el-upload with auto-upload off; el-switch talent pool; el-checkbox
 * consent. The reactive form is rendered into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const DIALS = [['+61', 'AU', '+61 Australia'], ['+64', 'NZ', '+64 New Zealand'], ['+1', 'CA', '+1 Canada'], ['+1', 'US', '+1 United States'], ['+44', 'GB', '+44 United Kingdom'], ['+65', 'SG', '+65 Singapore']];
const COUNTRIES = ['Australia', 'New Zealand', 'Canada', 'United States', 'United Kingdom', 'Singapore'];
const STATES = {
  Australia: ['Australian Capital Territory', 'New South Wales', 'Northern Territory', 'Queensland', 'South Australia', 'Tasmania', 'Victoria', 'Western Australia'],
  'United States': ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Massachusetts', 'Nevada', 'New York', 'Oregon', 'Texas', 'Utah', 'Washington'],
  Canada: ['Alberta', 'British Columbia', 'Ontario', 'Quebec'],
  'New Zealand': ['Auckland', 'Canterbury', 'Wellington'],
};
const EMPLOYERS = ['AEMO', 'Amazon Web Services', 'Atlassian', 'Canva', 'Origin Energy', 'Puget Sound Energy', 'Tesla Energy', 'Microsoft'];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Irvine', 'Berkeley College', 'University of Washington', 'University of Sydney', 'UNSW Sydney', 'University of Melbourne', 'Stanford University', 'Western Washington University'];
const DEGREES = ['Certificate / Diploma', 'Associate degree', "Bachelor's degree", "Bachelor's degree (Honours)", "Master's degree", 'Doctorate (PhD)'];
const VISAS = ['H-1B', 'E-3 (Australian citizens)', 'TN', 'L-1', 'Other'];
const OFFICES = [
  { value: 'au', label: 'Australia', children: [{ value: 'syd', label: 'Sydney' }, { value: 'mel', label: 'Melbourne' }] },
  { value: 'us', label: 'United States', children: [{ value: 'sea', label: 'Seattle' }, { value: 'pdx', label: 'Portland' }, { value: 'remote', label: 'Remote (US)' }] },
];
const HEARD = ['LinkedIn', 'Seek', 'Climatebase', 'Kookaburra website', 'Referral', 'Other'];

const App = {
  setup() {
    const form = reactive({
      givenName: '', familyName: '', email: '', dialCode: 'AU', phone: '', country: 'Australia', state: '', city: '', postcode: '', street: '',
      employer: '', jobTitle: '', years: 0,
      education: [{ school: '', degree: '', year: '' }],
      usRights: '', sponsorship: '', visa: '', auRights: '', offices: [], salary: '', startDate: '', resume: [], coverLetter: '', heard: '', talentPool: false, privacy: false,
    });
    const schoolOptions = ref([]);
    const schoolLoading = ref(false);
    const done = ref(false);
    const formRef = ref();
    const states = computed(() => STATES[form.country] ?? []);
    const searchSchool = (query) => {
      if (!query) { schoolOptions.value = []; return; }
      schoolLoading.value = true;
      setTimeout(() => { schoolLoading.value = false; schoolOptions.value = SCHOOLS.filter((s) => s.toLowerCase().includes(query.toLowerCase())); }, 300);
    };
    const onCountry = () => { form.state = ''; };
    const addEducation = () => form.education.push({ school: '', degree: '', year: '' });
    const onFile = (file, files) => { form.resume = files.map((f) => f.name); };
    const rules = {
      givenName: [{ required: true, message: 'Required' }], familyName: [{ required: true, message: 'Required' }], email: [{ required: true, type: 'email', message: 'Enter a valid email' }],
      phone: [{ required: true, message: 'Required' }], country: [{ required: true }], usRights: [{ required: true, message: 'Please answer' }], sponsorship: [{ required: true, message: 'Please answer' }],
      privacy: [{ validator: (r, v, cb) => (v ? cb() : cb(new Error('Please accept'))) }],
    };
    const submit = () => formRef.value.validate((ok) => { if (ok) done.value = true; });
    return { form, schoolOptions, schoolLoading, done, formRef, states, searchSchool, onCountry, addEducation, onFile, rules, submit, DIALS, COUNTRIES, EMPLOYERS, DEGREES, VISAS, OFFICES, HEARD };
  },
  template: `
  <div class="kb-card" v-if="done" id="kb-done"><h2>Thanks, your application has been received.</h2></div>
  <div class="kb-card" v-else>
    <h2>Apply for this job</h2>
    <el-form ref="formRef" :model="form" :rules="rules" label-position="top" id="kb-form" @submit.prevent>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Given name" prop="givenName" class="f-given"><el-input v-model="form.givenName" autocomplete="given-name" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Family name" prop="familyName" class="f-family"><el-input v-model="form.familyName" autocomplete="family-name" /></el-form-item></el-col>
      </el-row>
      <el-form-item label="Email address" prop="email" class="f-email"><el-input v-model="form.email" type="email" /></el-form-item>
      <el-form-item label="Mobile number" prop="phone" class="f-phone">
        <el-input v-model="form.phone" placeholder="0412 345 678">
          <template #prepend>
            <el-select v-model="form.dialCode" class="f-dial" style="width: 170px" aria-label="Country code">
              <el-option v-for="d in DIALS" :key="d[1]" :label="d[2]" :value="d[1]" />
            </el-select>
          </template>
        </el-input>
      </el-form-item>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Country of residence" prop="country" class="f-country">
          <el-select v-model="form.country" filterable @change="onCountry"><el-option v-for="c in COUNTRIES" :key="c" :label="c" :value="c" /></el-select></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="State / Territory" prop="state" class="f-state">
          <el-select v-model="form.state" filterable placeholder="Select"><el-option v-for="s in states" :key="s" :label="s" :value="s" /></el-select></el-form-item></el-col>
      </el-row>
      <el-form-item label="Street address" prop="street" class="f-street"><el-input v-model="form.street" /></el-form-item>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Suburb / City" prop="city" class="f-city"><el-input v-model="form.city" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Postcode" prop="postcode" class="f-postcode"><el-input v-model="form.postcode" maxlength="10" /></el-form-item></el-col>
      </el-row>

      <h3>Experience</h3>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Current employer" prop="employer" class="f-employer">
          <el-select v-model="form.employer" filterable allow-create default-first-option placeholder="Select or type your employer">
            <el-option v-for="e in EMPLOYERS" :key="e" :label="e" :value="e" /></el-select></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Current job title" prop="jobTitle" class="f-title"><el-input v-model="form.jobTitle" /></el-form-item></el-col>
      </el-row>
      <el-form-item label="Years of professional experience" prop="years" class="f-years"><el-input-number v-model="form.years" :min="0" :max="50" /></el-form-item>

      <h3>Education</h3>
      <div class="kb-edu" v-for="(edu, i) in form.education" :key="i" :class="'f-edu-' + i">
        <strong>Qualification {{ i + 1 }}</strong>
        <el-row :gutter="16">
          <el-col :span="10"><el-form-item label="Institution" :prop="'education.' + i + '.school'" class="f-school">
            <el-select v-model="edu.school" filterable remote :remote-method="searchSchool" :loading="schoolLoading" placeholder="Start typing your university" remote-show-suffix>
              <el-option v-for="s in schoolOptions" :key="s" :label="s" :value="s" /></el-select></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="Qualification" :prop="'education.' + i + '.degree'" class="f-degree">
            <el-select v-model="edu.degree" placeholder="Select"><el-option v-for="d in DEGREES" :key="d" :label="d" :value="d" /></el-select></el-form-item></el-col>
          <el-col :span="6"><el-form-item label="Year completed" :prop="'education.' + i + '.year'" class="f-year">
            <el-date-picker v-model="edu.year" type="year" value-format="YYYY" placeholder="Year" /></el-form-item></el-col>
        </el-row>
      </div>
      <el-button id="kb-add-edu" @click="addEducation">+ Add another qualification</el-button>

      <h3>Work rights</h3>
      <el-form-item label="Do you have the right to work in the United States?" prop="usRights" class="f-usrights">
        <el-radio-group v-model="form.usRights"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group></el-form-item>
      <el-form-item label="Will you now or in the future require visa sponsorship to work in the United States?" prop="sponsorship" class="f-sponsorship">
        <el-radio-group v-model="form.sponsorship"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group></el-form-item>
      <el-form-item v-if="form.sponsorship === 'yes'" label="Which visa would you need?" prop="visa" class="f-visa">
        <el-select v-model="form.visa" placeholder="Select"><el-option v-for="v in VISAS" :key="v" :label="v" :value="v" /></el-select></el-form-item>
      <el-form-item label="Do you have full working rights in Australia? (for occasional secondments to Sydney)" prop="auRights" class="f-aurights">
        <el-radio-group v-model="form.auRights"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group></el-form-item>
      <el-form-item label="Which offices would you consider?" prop="offices" class="f-offices">
        <el-cascader v-model="form.offices" :options="OFFICES" :props="{ multiple: true }" collapse-tags clearable placeholder="Select all that apply" /></el-form-item>

      <h3>Salary & availability</h3>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Expected base salary" prop="salary" class="f-salary">
          <el-input v-model="form.salary" placeholder="e.g. 145000"><template #append>USD / year</template></el-input></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Available from" prop="startDate" class="f-start">
          <el-date-picker v-model="form.startDate" type="date" format="DD/MM/YYYY" value-format="YYYY-MM-DD" placeholder="DD/MM/YYYY" /></el-form-item></el-col>
      </el-row>

      <h3>Documents</h3>
      <el-form-item label="Resume" prop="resume" class="f-resume">
        <el-upload :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onFile">
          <el-button type="primary">Choose file</el-button>
          <template #tip><div class="el-upload__tip">PDF or Word, max 5 MB</div></template>
        </el-upload>
      </el-form-item>
      <el-form-item label="Cover letter" prop="coverLetter" class="f-cover"><el-input v-model="form.coverLetter" type="textarea" :rows="5" maxlength="4000" show-word-limit /></el-form-item>
      <el-form-item label="Where did you hear about this role?" prop="heard" class="f-heard">
        <el-select v-model="form.heard" placeholder="Select" clearable><el-option v-for="h in HEARD" :key="h" :label="h" :value="h" /></el-select></el-form-item>
      <el-form-item prop="talentPool" class="f-pool"><el-switch v-model="form.talentPool" /> <span style="margin-left:8px">Keep my details for future Kookaburra roles</span></el-form-item>
      <el-form-item prop="privacy" class="f-privacy"><el-checkbox v-model="form.privacy">I have read and accept the Kookaburra Privacy Collection Statement.</el-checkbox></el-form-item>
      <el-button type="success" size="large" id="kb-submit" @click="submit">Submit application</el-button>
    </el-form>
  </div>
  <pre id="model">{{ JSON.stringify(form) }}</pre>`,
};

createApp(App).use(ElementPlus).mount('#root');
