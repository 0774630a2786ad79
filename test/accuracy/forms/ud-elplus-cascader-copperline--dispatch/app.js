/*
 * Copperline Freight (a Kansas City truckload carrier) careers page on Vue 3 + Element Plus.
 * el-form with label-position="top"; a dial-code el-select in the phone's prepend slot; location as
 * an el-cascader Country / State / City with filterable whole-path search ("South San Francisco"
 * under California too); current employer an el-select filterable + allow-create (type a company
 * not in the list, Enter creates it); school an el-select remote + filterable whose options come
 * from a remote-method 300 ms later; degree / notice / source el-selects; years as el-radio-buttons;
 * authorization el-radios, sponsorship as sentence options in an el-select; el-date-picker
 * (MM/DD/YYYY shown, YYYY-MM-DD value); "$" / "per year" el-input; skills el-select multiple
 * allow-create; el-upload (auto-upload off: its input is emptied once the file is listed);
 * el-switch relocation; el-checkbox attestation. Header search, footer newsletter. The posting's
 * text and its questions come from posting.js; the form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import { posting } from './posting.js';

const city = (names) => names.map((n) => ({ value: n, label: n }));
const LOCATIONS = [
  { value: 'US', label: 'United States', children: [
    { value: 'AZ', label: 'Arizona', children: city(['Phoenix', 'Tucson']) },
    { value: 'CA', label: 'California', children: city(['Los Angeles', 'Oakland', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco']) },
    { value: 'IL', label: 'Illinois', children: city(['Chicago', 'Naperville']) },
    { value: 'KS', label: 'Kansas', children: city(['Overland Park', 'Wichita']) },
    { value: 'MO', label: 'Missouri', children: city(['Kansas City', 'St. Louis', 'Springfield']) },
    { value: 'TX', label: 'Texas', children: city(['Austin', 'Dallas', 'Houston', 'San Antonio']) },
  ] },
  { value: 'CAN', label: 'Canada', children: [
    { value: 'ON', label: 'Ontario', children: city(['Toronto', 'Ottawa']) },
    { value: 'BC', label: 'British Columbia', children: city(['Vancouver']) },
  ] },
  { value: 'MX', label: 'Mexico', children: [{ value: 'NL', label: 'Nuevo León', children: city(['Monterrey']) }] },
];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Santa Cruz', 'University of California, Riverside', 'Berkeley City College', 'University of Kansas', 'Kansas State University', 'University of Missouri', 'University of Missouri–Kansas City', 'Washington University in St. Louis', 'Stanford University', 'Purdue University'];
const EMPLOYERS = ['Copperline Freight', 'J.B. Hunt', 'Schneider', 'Werner Enterprises', 'C.H. Robinson', 'Uber Freight', 'Convoy', 'Flexport', 'Amazon'];
const DIAL = [{ label: '+1 US', value: 'US' }, { label: '+1 CA', value: 'CA' }, { label: '+52 MX', value: 'MX' }, { label: '+44 UK', value: 'GB' }, { label: '+91 IN', value: 'IN' }];

const App = {
  setup() {
    const answers = Object.fromEntries(posting.questions.map((q) => [q.key, null]));
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: 'US', phone: '', location: [], linkedin: '', github: '',
      resume: [], employer: '', jobTitle: '', school: '', degree: '', years: '', skills: [],
      authorized: '', sponsorship: '', startDate: '', salary: '', notice: '', relocate: false,
      ...answers, coverLetter: '', source: '', veteran: '', disability: '', attest: false,
    });
    const schoolOptions = ref([]);
    const schoolLoading = ref(false);
    const searchSchools = (query) => {
      if (!query) { schoolOptions.value = []; return; }
      schoolLoading.value = true;
      setTimeout(() => {
        schoolOptions.value = SCHOOLS.filter((s) => s.toLowerCase().includes(query.toLowerCase()));
        schoolLoading.value = false;
      }, 300);
    };
    const onFiles = (_file, list) => { form.resume = list.map((f) => f.name); };
    const search = ref('');
    const newsletter = ref('');
    const sent = ref(false);
    const model = () => JSON.stringify({ ...form, search: search.value, newsletter: newsletter.value }, null, 1);
    const submit = () => { if (form.email && form.attest && form.resume.length) sent.value = true; };
    return { form, schoolOptions, schoolLoading, searchSchools, onFiles, search, newsletter, sent, model, submit, posting, LOCATIONS, EMPLOYERS, DIAL };
  },
  template: `
    <el-container direction="vertical">
      <el-header class="cf-header">
        <strong>COPPERLINE</strong><span style="flex: 1">Careers</span>
        <el-input v-model="search" id="cf-search" placeholder="Search jobs" style="width: 220px" clearable />
      </el-header>
      <el-main style="max-width: 820px; margin: 0 auto">
        <el-breadcrumb separator="/"><el-breadcrumb-item>Careers</el-breadcrumb-item><el-breadcrumb-item>{{ posting.team }}</el-breadcrumb-item></el-breadcrumb>
        <h1>{{ posting.title }}</h1>
        <p><el-tag>{{ posting.where }}</el-tag> <el-tag type="info">Full time</el-tag></p>
        <p v-for="p in posting.about" :key="p">{{ p }}</p>
        <el-result v-if="sent" id="cf-sent" icon="success" title="Thanks for applying!" sub-title="A Copperline recruiter will review your application." />
        <el-form v-else id="cf-form" :model="form" label-position="top" @submit.prevent="submit">
          <el-divider content-position="left">Personal information</el-divider>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="First name" prop="firstName" required class="cf-first"><el-input v-model="form.firstName" id="firstName" /></el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Last name" prop="lastName" required class="cf-last"><el-input v-model="form.lastName" id="lastName" /></el-form-item></el-col>
          </el-row>
          <el-form-item label="Email" prop="email" required class="cf-email"><el-input v-model="form.email" id="email" type="email" /></el-form-item>
          <el-form-item label="Mobile phone" prop="phone" required class="cf-phone">
            <el-input v-model="form.phone" id="phone" placeholder="Mobile number">
              <template #prepend><el-select v-model="form.dialCode" class="cf-dial" style="width: 96px"><el-option v-for="d in DIAL" :key="d.value" :label="d.label" :value="d.value" /></el-select></template>
            </el-input>
          </el-form-item>
          <el-form-item label="Where do you live?" prop="location" required class="cf-location">
            <el-cascader v-model="form.location" :options="LOCATIONS" filterable placeholder="Country / State / City" separator=" / " style="width: 100%" clearable />
          </el-form-item>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="LinkedIn" prop="linkedin" class="cf-linkedin"><el-input v-model="form.linkedin" id="linkedin" /></el-form-item></el-col>
            <el-col :span="12"><el-form-item label="GitHub or portfolio" prop="github" class="cf-github"><el-input v-model="form.github" id="github" /></el-form-item></el-col>
          </el-row>

          <el-divider content-position="left">Experience</el-divider>
          <el-form-item label="Resume" prop="resume" required class="cf-resume">
            <el-upload :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onFiles" :on-remove="onFiles"><el-button type="primary" plain>Select file</el-button>
              <template #tip><div class="el-upload__tip">PDF or Word, 10 MB max</div></template>
            </el-upload>
          </el-form-item>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Current employer" prop="employer" class="cf-employer">
              <el-select v-model="form.employer" filterable allow-create default-first-option placeholder="Select or type your company" style="width: 100%"><el-option v-for="e in EMPLOYERS" :key="e" :label="e" :value="e" /></el-select>
            </el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Current job title" prop="jobTitle" class="cf-jobtitle"><el-input v-model="form.jobTitle" id="jobTitle" /></el-form-item></el-col>
          </el-row>
          <el-form-item label="School" prop="school" class="cf-school">
            <el-select v-model="form.school" filterable remote reserve-keyword :remote-method="searchSchools" :loading="schoolLoading" placeholder="Search for your school" style="width: 100%">
              <el-option v-for="s in schoolOptions" :key="s" :label="s" :value="s" />
            </el-select>
          </el-form-item>
          <el-form-item label="Highest degree" prop="degree" class="cf-degree">
            <el-select v-model="form.degree" placeholder="Select" style="width: 100%"><el-option v-for="d in ['High School Diploma', 'Associate Degree', 'Bachelor\\'s Degree', 'Master\\'s Degree', 'Doctorate']" :key="d" :label="d" :value="d" /></el-select>
          </el-form-item>
          <el-form-item :label="posting.yearsLabel" prop="years" class="cf-years">
            <el-radio-group v-model="form.years" name="years"><el-radio-button v-for="y in posting.yearsOptions" :key="y" :value="y">{{ y }}</el-radio-button></el-radio-group>
          </el-form-item>
          <el-form-item label="Skills" prop="skills" class="cf-skills">
            <el-select v-model="form.skills" multiple filterable allow-create default-first-option placeholder="Add skills" style="width: 100%"><el-option v-for="s in posting.skills" :key="s" :label="s" :value="s" /></el-select>
          </el-form-item>

          <el-divider content-position="left">Eligibility & availability</el-divider>
          <el-form-item label="Are you legally authorized to work in the United States?" prop="authorized" required class="cf-authorized">
            <el-radio-group v-model="form.authorized" name="authorized"><el-radio value="Yes">Yes</el-radio><el-radio value="No">No</el-radio></el-radio-group>
          </el-form-item>
          <el-form-item label="Sponsorship" prop="sponsorship" required class="cf-sponsorship">
            <el-select v-model="form.sponsorship" placeholder="Select" style="width: 100%">
              <el-option label="I do not and will not require sponsorship" value="no" />
              <el-option label="I will require sponsorship now or in the future" value="yes" />
            </el-select>
          </el-form-item>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Earliest start date" prop="startDate" class="cf-start">
              <el-date-picker v-model="form.startDate" type="date" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" style="width: 100%" />
            </el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Salary expectation" prop="salary" class="cf-salary">
              <el-input v-model="form.salary" id="salary"><template #prepend>$</template><template #append>per year</template></el-input>
            </el-form-item></el-col>
          </el-row>
          <el-form-item label="Notice period" prop="notice" class="cf-notice">
            <el-select v-model="form.notice" placeholder="Select" style="width: 100%"><el-option v-for="n in ['Available now', '2 weeks', '1 month', 'More than 1 month']" :key="n" :label="n" :value="n" /></el-select>
          </el-form-item>
          <el-form-item label="Willing to relocate to Kansas City?" prop="relocate" class="cf-relocate"><el-switch v-model="form.relocate" active-text="Yes" inactive-text="No" /></el-form-item>
          <el-form-item v-for="q in posting.questions" :key="q.key" :label="q.label" :prop="q.key" :class="'cf-q-' + q.key">
            <el-radio-group v-if="q.type === 'radio'" v-model="form[q.key]" :name="q.key"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
            <el-input v-else v-model="form[q.key]" type="textarea" :rows="3" :id="q.key" />
          </el-form-item>
          <el-form-item label="Cover letter" prop="coverLetter" class="cf-cover"><el-input v-model="form.coverLetter" id="coverLetter" type="textarea" :rows="5" /></el-form-item>
          <el-form-item label="How did you hear about us?" prop="source" class="cf-source">
            <el-select v-model="form.source" placeholder="Select" style="width: 100%"><el-option v-for="s in ['Copperline website', 'LinkedIn', 'Indeed', 'FreightWaves', 'Referral', 'Other']" :key="s" :label="s" :value="s" /></el-select>
          </el-form-item>

          <el-divider content-position="left">Voluntary self-identification</el-divider>
          <el-form-item label="Veteran status" prop="veteran" class="cf-veteran">
            <el-select v-model="form.veteran" placeholder="Select" style="width: 100%"><el-option v-for="s in ['I am a protected veteran', 'I am not a protected veteran', 'I don\\'t wish to answer']" :key="s" :label="s" :value="s" /></el-select>
          </el-form-item>
          <el-form-item label="Disability status" prop="disability" class="cf-disability">
            <el-select v-model="form.disability" placeholder="Select" style="width: 100%"><el-option v-for="s in ['Yes, I have a disability', 'No, I do not have a disability', 'I don\\'t wish to answer']" :key="s" :label="s" :value="s" /></el-select>
          </el-form-item>
          <el-form-item prop="attest" class="cf-attest"><el-checkbox v-model="form.attest" name="attest">I attest that the information in this application is accurate and complete.</el-checkbox></el-form-item>
          <el-button type="primary" native-type="submit" id="cf-submit">Submit application</el-button>
          <pre id="model">{{ model() }}</pre>
        </el-form>
      </el-main>
      <el-footer class="cf-footer">
        <span>Copperline job alerts</span>
        <el-input v-model="newsletter" id="cf-newsletter" placeholder="Email address" style="width: 260px" />
        <el-button>Subscribe</el-button>
      </el-footer>
    </el-container>`,
};

createApp(App).use(ElementPlus).mount('#app');
