/*
 * Vantrell Seeds careers page on Vue 3 + Naive UI: n-form-items (labels without `for`), an
 * n-input-group with a fixed "+1" label before the phone, a filterable **remote** n-select for the
 * location (options after a delay), an n-input-number with +/- buttons and a "years" suffix,
 * n-switches without native inputs, an n-radio-group of sentence answers (native radios), an
 * n-date-picker "MMM d, yyyy" for the start and a monthrange picker for the current role (left
 * alone), a field-days n-slider (left alone), a checkable multiple n-tree-select of interests and a
 * tag n-select of skills (left alone), two n-uploads (resume, cover letter; the input is emptied,
 * the file list is the state), a free-text textarea (left alone), an n-checkbox consent. The
 * reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import naive from 'naive-ui';

const PLACES = ['Ames, IA', 'Davis, CA', 'Des Moines, IA', 'Fresno, CA', 'Salinas, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Sacramento, CA'];
const INTERESTS = [
  { key: 'data', label: 'Data', children: [{ key: 'data-eng', label: 'Data engineering' }, { key: 'data-sci', label: 'Data science' }] },
  { key: 'research', label: 'Research', children: [{ key: 'genomics', label: 'Genomics' }, { key: 'agronomy', label: 'Agronomy' }] },
];
const pad = (n) => String(n).padStart(2, '0');
const iso = (ts) => { if (typeof ts !== 'number') return ts; const d = new Date(ts); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', github: '', location: null, years: 0, employer: '', authorized: false, sponsorship: null,
      relocate: false, startDate: null, currentRole: null, fieldDays: 3, interests: [], skills: [], salary: null, resume: [], coverLetter: [],
      anythingElse: '', consent: false,
    });
    const locationOptions = ref([]);
    const loading = ref(false);
    const resumeList = ref([]);
    const coverList = ref([]);
    const done = ref(false);
    const searchLocation = (query) => {
      if (!query) { locationOptions.value = []; return; }
      loading.value = true;
      setTimeout(() => { locationOptions.value = PLACES.filter((p) => p.toLowerCase().includes(query.toLowerCase())).map((p) => ({ label: p, value: p })); loading.value = false; }, 500);
    };
    const onResume = (files) => { resumeList.value = files.slice(-1); form.resume = resumeList.value.map((f) => f.name); };
    const onCover = (files) => { coverList.value = files.slice(-1); form.coverLetter = coverList.value.map((f) => f.name); };
    const modelJson = () => JSON.stringify({ ...form, startDate: iso(form.startDate) });
    const submit = () => { if (form.consent && form.email) done.value = true; };
    return { form, locationOptions, loading, resumeList, coverList, done, searchLocation, onResume, onCover, modelJson, submit, INTERESTS };
  },
  template: `
    <n-result v-if="done" id="done" status="success" title="Application submitted" />
    <n-form v-else :model="form" label-placement="top" @submit.prevent="submit">
      <h1>Senior Data Engineer, Field Trials</h1>
      <p>Davis, CA · Hybrid · Full-time</p>
      <n-grid :cols="2" :x-gap="16">
        <n-form-item-gi label="First name" path="firstName" class="f-first" required><n-input v-model:value="form.firstName" placeholder="" /></n-form-item-gi>
        <n-form-item-gi label="Last name" path="lastName" class="f-last" required><n-input v-model:value="form.lastName" placeholder="" /></n-form-item-gi>
      </n-grid>
      <n-form-item label="Email address" path="email" class="f-email" required><n-input v-model:value="form.email" placeholder="" /></n-form-item>
      <n-form-item label="Phone" path="phone" class="f-phone">
        <n-input-group><n-input-group-label>+1</n-input-group-label><n-input v-model:value="form.phone" placeholder="Phone number" /></n-input-group>
      </n-form-item>
      <n-form-item label="GitHub" path="github" class="f-github"><n-input v-model:value="form.github" placeholder="https://github.com/username" /></n-form-item>
      <n-form-item label="Where do you currently live?" path="location" class="f-location">
        <n-select v-model:value="form.location" filterable remote clearable :options="locationOptions" :loading="loading" placeholder="Search for your city" @search="searchLocation" />
      </n-form-item>
      <n-grid :cols="2" :x-gap="16">
        <n-form-item-gi label="Years of experience" path="years" class="f-years">
          <n-input-number v-model:value="form.years" :min="0" :max="40" button-placement="both"><template #suffix>years</template></n-input-number>
        </n-form-item-gi>
        <n-form-item-gi label="Current employer" path="employer" class="f-employer"><n-input v-model:value="form.employer" placeholder="" /></n-form-item-gi>
      </n-grid>
      <n-form-item label="Current role: start and end month" path="currentRole" class="f-current">
        <n-date-picker v-model:value="form.currentRole" type="monthrange" clearable start-placeholder="Start month" end-placeholder="End month" />
      </n-form-item>
      <n-form-item label="I am eligible to work in the United States" path="authorized" class="f-authorized"><n-switch v-model:value="form.authorized" /></n-form-item>
      <n-form-item label="Immigration sponsorship" path="sponsorship" class="f-sponsorship">
        <n-radio-group v-model:value="form.sponsorship" name="sponsorship">
          <n-space vertical>
            <n-radio value="none">No, I will not need sponsorship</n-radio>
            <n-radio value="now">Yes, I need sponsorship now</n-radio>
            <n-radio value="future">Yes, I will need it in the future</n-radio>
          </n-space>
        </n-radio-group>
      </n-form-item>
      <n-form-item label="Willing to relocate to Davis, CA" path="relocate" class="f-relocate"><n-switch v-model:value="form.relocate" /></n-form-item>
      <n-form-item label="Days per month you can spend at field sites" path="fieldDays" class="f-fielddays"><n-slider v-model:value="form.fieldDays" :min="0" :max="10" :marks="{ 0: '0', 5: '5', 10: '10' }" /></n-form-item>
      <n-grid :cols="2" :x-gap="16">
        <n-form-item-gi label="Earliest start date" path="startDate" class="f-start">
          <n-date-picker v-model:value="form.startDate" type="date" format="MMM d, yyyy" placeholder="Select date" clearable />
        </n-form-item-gi>
        <n-form-item-gi label="Expected base salary (USD)" path="salary" class="f-salary">
          <n-input-number v-model:value="form.salary" :min="0" :step="5000" :show-button="false" placeholder="Annual amount"><template #prefix>$</template></n-input-number>
        </n-form-item-gi>
      </n-grid>
      <n-form-item label="Areas of interest" path="interests" class="f-interests">
        <n-tree-select v-model:value="form.interests" :options="INTERESTS" multiple checkable cascade placeholder="Select areas" />
      </n-form-item>
      <n-form-item label="Skills" path="skills" class="f-skills">
        <n-select v-model:value="form.skills" multiple filterable tag placeholder="Type a skill and press Enter" :options="['Python', 'SQL', 'R', 'Spark', 'Airflow', 'GIS'].map((s) => ({ label: s, value: s }))" />
      </n-form-item>
      <n-form-item label="Resume" path="resume" class="f-resume" required>
        <n-upload :default-upload="false" :max="1" accept=".pdf,.doc,.docx" :file-list="resumeList" @update:file-list="onResume"><n-button>Upload resume</n-button></n-upload>
      </n-form-item>
      <n-form-item label="Cover letter" path="coverLetter" class="f-coverfile">
        <n-upload :default-upload="false" :max="1" accept=".pdf,.doc,.docx,.txt" :file-list="coverList" @update:file-list="onCover"><n-button>Upload cover letter</n-button></n-upload>
      </n-form-item>
      <n-form-item label="Anything else we should know?" path="anythingElse" class="f-else"><n-input v-model:value="form.anythingElse" type="textarea" placeholder="" :autosize="{ minRows: 3 }" /></n-form-item>
      <n-form-item path="consent" class="f-consent"><n-checkbox v-model:checked="form.consent">I agree to Vantrell's applicant privacy notice</n-checkbox></n-form-item>
      <n-button attr-type="submit" type="primary" id="submit">Submit application</n-button>
      <pre id="model">{{ modelJson() }}</pre>
    </n-form>
  `,
};

createApp(App).use(naive).mount('#root');
