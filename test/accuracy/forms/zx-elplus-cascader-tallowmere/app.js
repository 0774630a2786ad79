/*
 * Tallowmere Logistics careers page on Vue 3 + Element Plus: an el-form (label-position top) whose
 * location is a filterable el-cascader (country / state / city; typing lists whole paths), the
 * years as an el-slider with show-input (its el-input-number beside the track), a travel el-slider
 * without input, yes/no el-switches with inline-prompt, a "+1" prepend phone, an el-autocomplete
 * school whose fetch-suggestions answers after a delay, an el-tree-select of teams (multiple,
 * left alone), an el-select multiple allow-create for skills, an el-date-picker (MM/DD/YYYY,
 * value-format YYYY-MM-DD), a monthrange picker for the current role's dates, el-input-number
 * salary with controls on the right, a drag el-upload and a textarea cover letter. The reactive
 * form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const LOCATIONS = [
  { value: 'US', label: 'United States', children: [
    { value: 'CA', label: 'California', children: ['Los Angeles', 'Oakland', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco'].map((c) => ({ value: c, label: c })) },
    { value: 'IL', label: 'Illinois', children: ['Chicago', 'Naperville'].map((c) => ({ value: c, label: c })) },
    { value: 'TX', label: 'Texas', children: ['Austin', 'Dallas', 'Houston'].map((c) => ({ value: c, label: c })) },
    { value: 'WA', label: 'Washington', children: ['Seattle', 'Spokane'].map((c) => ({ value: c, label: c })) },
  ] },
  { value: 'CA-country', label: 'Canada', children: [
    { value: 'ON', label: 'Ontario', children: ['Toronto', 'Ottawa'].map((c) => ({ value: c, label: c })) },
    { value: 'BC', label: 'British Columbia', children: ['Vancouver', 'Victoria'].map((c) => ({ value: c, label: c })) },
  ] },
  { value: 'MX', label: 'Mexico', children: [{ value: 'NL', label: 'Nuevo León', children: [{ value: 'Monterrey', label: 'Monterrey' }] }] },
];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of Chicago', 'University of Texas at Austin', 'Stanford University', 'San Francisco State University', 'San Jose State University'];
const TEAMS = [
  { value: 'data', label: 'Data', children: [{ value: 'data-eng', label: 'Data Engineering' }, { value: 'analytics', label: 'Analytics' }, { value: 'ml', label: 'Machine Learning' }] },
  { value: 'eng', label: 'Engineering', children: [{ value: 'platform', label: 'Platform' }, { value: 'routing', label: 'Routing & Dispatch' }] },
  { value: 'ops', label: 'Operations', children: [{ value: 'network', label: 'Network Planning' }] },
];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', linkedin: '', location: [], years: 0, travel: 10, authorized: false,
      sponsorship: false, relocate: false, school: '', teams: [], skills: [], startDate: '', currentRole: '', currentFrom: null, salary: null,
      resume: null, coverLetter: '', privacy: false,
    });
    const fileList = ref([]);
    const done = ref(false);
    const fetchSchools = (query, cb) => { setTimeout(() => cb(SCHOOLS.filter((s) => s.toLowerCase().includes((query || '').toLowerCase())).map((value) => ({ value }))), 500); };
    const onChange = (file, files) => { fileList.value = files.slice(-1); form.resume = file.name; };
    const onRemove = () => { fileList.value = []; form.resume = null; };
    const submit = () => { if (form.email && form.privacy) done.value = true; };
    return { form, fileList, done, fetchSchools, onChange, onRemove, submit, LOCATIONS, TEAMS };
  },
  template: `
    <h2 v-if="done" id="done">Thanks, {{ form.firstName }}! Your application is in.</h2>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Senior Data Engineer, Network Planning</h1>
      <p>Chicago, IL or Remote (US) · Full-time · Req. TM-2291</p>
      <el-divider content-position="left">About you</el-divider>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="First name" prop="firstName" class="f-first" required><el-input v-model="form.firstName" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Last name" prop="lastName" class="f-last" required><el-input v-model="form.lastName" /></el-form-item></el-col>
      </el-row>
      <el-form-item label="Email" prop="email" class="f-email" required><el-input v-model="form.email" type="email" /></el-form-item>
      <el-form-item label="Mobile phone" prop="phone" class="f-phone"><el-input v-model="form.phone" placeholder="Phone number"><template #prepend>+1</template></el-input></el-form-item>
      <el-form-item label="LinkedIn profile" prop="linkedin" class="f-linkedin"><el-input v-model="form.linkedin" placeholder="https://www.linkedin.com/in/..." /></el-form-item>
      <el-form-item label="Where do you live?" prop="location" class="f-location">
        <el-cascader v-model="form.location" :options="LOCATIONS" filterable clearable placeholder="Country / State / City" style="width: 100%" />
      </el-form-item>
      <el-divider content-position="left">Experience</el-divider>
      <el-form-item label="Years of experience in data engineering" prop="years" class="f-years">
        <el-slider v-model="form.years" :min="0" :max="20" show-input />
      </el-form-item>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Current job title" prop="currentRole" class="f-title"><el-input v-model="form.currentRole" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="In this role since" prop="currentFrom" class="f-since">
          <el-date-picker v-model="form.currentFrom" type="monthrange" range-separator="to" start-placeholder="Start month" end-placeholder="End month" value-format="YYYY-MM" />
        </el-form-item></el-col>
      </el-row>
      <el-form-item label="School (most recent degree)" prop="school" class="f-school">
        <el-autocomplete v-model="form.school" :fetch-suggestions="fetchSchools" placeholder="Start typing your school" :trigger-on-focus="false" style="width: 100%" />
      </el-form-item>
      <el-form-item label="Skills" prop="skills" class="f-skills">
        <el-select v-model="form.skills" multiple filterable allow-create default-first-option :reserve-keyword="false" placeholder="Add skills, press Enter">
          <el-option v-for="s in ['SQL', 'Python', 'Spark', 'Airflow', 'dbt', 'Kafka', 'Snowflake', 'Terraform']" :key="s" :label="s" :value="s" />
        </el-select>
      </el-form-item>
      <el-form-item label="Teams you'd like to be considered for" prop="teams" class="f-teams">
        <el-tree-select v-model="form.teams" :data="TEAMS" multiple show-checkbox check-strictly placeholder="Select teams" style="width: 100%" />
      </el-form-item>
      <el-divider content-position="left">Logistics</el-divider>
      <el-form-item label="Are you legally authorized to work in the US?" prop="authorized" class="f-authorized">
        <el-switch v-model="form.authorized" inline-prompt active-text="Yes" inactive-text="No" />
      </el-form-item>
      <el-form-item label="Will you now or in the future require visa sponsorship?" prop="sponsorship" class="f-sponsorship">
        <el-switch v-model="form.sponsorship" inline-prompt active-text="Yes" inactive-text="No" />
      </el-form-item>
      <el-form-item label="Would you relocate to Chicago?" prop="relocate" class="f-relocate">
        <el-switch v-model="form.relocate" inline-prompt active-text="Yes" inactive-text="No" />
      </el-form-item>
      <el-form-item label="How much travel is OK for you? (% of time)" prop="travel" class="f-travel">
        <el-slider v-model="form.travel" :step="10" :max="50" show-stops :marks="{ 0: '0%', 25: '25%', 50: '50%' }" />
      </el-form-item>
      <el-row :gutter="16" style="margin-top: 24px">
        <el-col :span="12"><el-form-item label="Available from" prop="startDate" class="f-start">
          <el-date-picker v-model="form.startDate" type="date" placeholder="MM/DD/YYYY" format="MM/DD/YYYY" value-format="YYYY-MM-DD" />
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Desired annual salary (USD)" prop="salary" class="f-salary">
          <el-input-number v-model="form.salary" :min="0" :step="1000" controls-position="right" style="width: 100%" />
        </el-form-item></el-col>
      </el-row>
      <el-form-item label="Resume" prop="resume" class="f-resume" required>
        <el-upload drag :file-list="fileList" :auto-upload="false" accept=".pdf,.doc,.docx" :on-change="onChange" :on-remove="onRemove" style="width: 100%">
          <div class="el-upload__text">Drop file here or <em>click to upload</em></div>
          <template #tip><div class="el-upload__tip">PDF or Word, up to 5 MB</div></template>
        </el-upload>
      </el-form-item>
      <el-form-item label="Cover letter" prop="coverLetter" class="f-cover">
        <el-input v-model="form.coverLetter" type="textarea" :rows="6" maxlength="3000" show-word-limit />
      </el-form-item>
      <el-form-item prop="privacy" class="f-privacy"><el-checkbox v-model="form.privacy">I agree to the Tallowmere candidate privacy policy</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="submit">Submit application</el-button>
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </el-form>
  `,
};

createApp(App).use(ElementPlus).mount('#app');
