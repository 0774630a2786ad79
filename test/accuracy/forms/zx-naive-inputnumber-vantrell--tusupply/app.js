/*
 * Another posting on the Vantrell Seeds careers page (Data Engineer, Seed Supply Chain), Vue 3 +
 * Naive UI: n-form-items (labels without `for`), an n-input-group with a fixed "+1" label before a
 * required mobile number, an SMS n-switch (left alone), a filterable **remote** n-select for the
 * city (options after a delay), current employer and title, a monthrange n-date-picker for the
 * time in the current role (left alone), an n-input-number with +/- buttons and a "yrs" suffix, an
 * n-radio-group of sponsorship sentences (the "no" one last), n-switches for authorization and
 * relocation, a travel-days n-slider (left alone), a "$" n-input-number, an "MMM d, yyyy"
 * n-date-picker, a checkable n-tree-select and a tag n-select (left alone), two n-uploads (resume,
 * an optional cover letter; the file list is the state), a free-text question, an n-checkbox
 * consent. The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import naive from 'naive-ui';

const PLACES = ['Ames, IA', 'Davis, CA', 'Des Moines, IA', 'Fresno, CA', 'Salinas, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Sacramento, CA'];
const INTERESTS = [
  { key: 'ops', label: 'Operations', children: [{ key: 'logistics', label: 'Logistics' }, { key: 'plants', label: 'Seed plants' }] },
  { key: 'data', label: 'Data', children: [{ key: 'data-eng', label: 'Data engineering' }, { key: 'forecasting', label: 'Demand forecasting' }] },
];
const pad = (n) => String(n).padStart(2, '0');
const iso = (ts) => { if (typeof ts !== 'number') return ts; const d = new Date(ts); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', linkedin: '', location: null, years: 0, employer: '', jobTitle: '', authorized: false, sponsorship: null,
      relocate: false, startDate: null, currentRole: null, travelDays: 2, interests: [], skills: [], salary: null, resume: [], coverLetter: [],
      anythingElse: '', consent: false, smsOk: false,
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
    const submit = () => { if (form.consent && form.email && form.resume.length) done.value = true; };
    return { form, locationOptions, loading, resumeList, coverList, done, searchLocation, onResume, onCover, modelJson, submit, INTERESTS };
  },
  template: `
    <n-result v-if="done" id="done" status="success" title="Application submitted" />
    <n-form v-else :model="form" label-placement="top" @submit.prevent="submit">
      <h1>Data Engineer, Seed Supply Chain</h1>
      <p>Ames, IA · Remote (US) · Full-time</p>
      <n-grid :cols="2" :x-gap="16">
        <n-form-item-gi label="Legal first name" path="firstName" class="f-first" required><n-input v-model:value="form.firstName" placeholder="" /></n-form-item-gi>
        <n-form-item-gi label="Legal last name" path="lastName" class="f-last" required><n-input v-model:value="form.lastName" placeholder="" /></n-form-item-gi>
      </n-grid>
      <n-grid :cols="2" :x-gap="16">
        <n-form-item-gi label="Email" path="email" class="f-email" required><n-input v-model:value="form.email" placeholder="name@example.com" /></n-form-item-gi>
        <n-form-item-gi label="Mobile number" path="phone" class="f-phone" required>
          <n-input-group><n-input-group-label>+1</n-input-group-label><n-input v-model:value="form.phone" placeholder="10 digits" /></n-input-group>
        </n-form-item-gi>
      </n-grid>
      <n-form-item label="Text me about my application" path="smsOk" class="f-sms"><n-switch v-model:value="form.smsOk" /></n-form-item>
      <n-form-item label="City of residence" path="location" class="f-location" required>
        <n-select v-model:value="form.location" filterable remote clearable :options="locationOptions" :loading="loading" placeholder="Start typing your city" @search="searchLocation" />
      </n-form-item>
      <n-form-item label="LinkedIn profile" path="linkedin" class="f-linkedin"><n-input v-model:value="form.linkedin" placeholder="https://linkedin.com/in/…" /></n-form-item>
      <n-grid :cols="2" :x-gap="16">
        <n-form-item-gi label="Current employer" path="employer" class="f-employer"><n-input v-model:value="form.employer" placeholder="" /></n-form-item-gi>
        <n-form-item-gi label="Current job title" path="jobTitle" class="f-title"><n-input v-model:value="form.jobTitle" placeholder="" /></n-form-item-gi>
      </n-grid>
      <n-form-item label="Time in current role" path="currentRole" class="f-current">
        <n-date-picker v-model:value="form.currentRole" type="monthrange" clearable start-placeholder="From" end-placeholder="To" />
      </n-form-item>
      <n-form-item label="Years of relevant work experience" path="years" class="f-years">
        <n-input-number v-model:value="form.years" :min="0" :max="40" button-placement="both"><template #suffix>yrs</template></n-input-number>
      </n-form-item>
      <n-form-item label="Do you require sponsorship for employment visa status?" path="sponsorship" class="f-sponsorship" required>
        <n-radio-group v-model:value="form.sponsorship" name="sponsorship">
          <n-space vertical>
            <n-radio value="now">Yes, I require sponsorship now</n-radio>
            <n-radio value="future">Not now, but I will in the future</n-radio>
            <n-radio value="none">No, I do not and will not require sponsorship</n-radio>
          </n-space>
        </n-radio-group>
      </n-form-item>
      <n-form-item label="I am legally authorized to work in the U.S." path="authorized" class="f-authorized"><n-switch v-model:value="form.authorized" /></n-form-item>
      <n-form-item label="Open to relocating to Ames, Iowa" path="relocate" class="f-relocate"><n-switch v-model:value="form.relocate" /></n-form-item>
      <n-form-item label="Travel days per month you could do (plants and warehouses)" path="travelDays" class="f-travel"><n-slider v-model:value="form.travelDays" :min="0" :max="8" :marks="{ 0: '0', 4: '4', 8: '8' }" /></n-form-item>
      <n-grid :cols="2" :x-gap="16">
        <n-form-item-gi label="Desired salary" path="salary" class="f-salary">
          <n-input-number v-model:value="form.salary" :min="0" :step="1000" :show-button="false" placeholder="Per year, USD"><template #prefix>$</template></n-input-number>
        </n-form-item-gi>
        <n-form-item-gi label="Available to start" path="startDate" class="f-start">
          <n-date-picker v-model:value="form.startDate" type="date" format="MMM d, yyyy" placeholder="Pick a date" clearable />
        </n-form-item-gi>
      </n-grid>
      <n-form-item label="Teams you'd like to hear about" path="interests" class="f-interests">
        <n-tree-select v-model:value="form.interests" :options="INTERESTS" multiple checkable cascade placeholder="Choose teams" />
      </n-form-item>
      <n-form-item label="Technologies" path="skills" class="f-skills">
        <n-select v-model:value="form.skills" multiple filterable tag placeholder="Add technologies" :options="['SQL', 'Python', 'SAP', 'Snowflake', 'Kafka', 'dbt'].map((s) => ({ label: s, value: s }))" />
      </n-form-item>
      <n-form-item label="CV / Resume" path="resume" class="f-resume" required>
        <n-upload :default-upload="false" :max="1" accept=".pdf,.doc,.docx" :file-list="resumeList" @update:file-list="onResume"><n-button>Choose file</n-button></n-upload>
      </n-form-item>
      <n-form-item label="Cover letter (optional)" path="coverLetter" class="f-coverfile">
        <n-upload :default-upload="false" :max="1" accept=".pdf,.doc,.docx,.txt" :file-list="coverList" @update:file-list="onCover"><n-button>Choose file</n-button></n-upload>
      </n-form-item>
      <n-form-item label="What would you fix first in a seed supply chain?" path="anythingElse" class="f-else"><n-input v-model:value="form.anythingElse" type="textarea" placeholder="" :autosize="{ minRows: 3 }" /></n-form-item>
      <n-form-item path="consent" class="f-consent"><n-checkbox v-model:checked="form.consent">I have read and accept the applicant privacy notice</n-checkbox></n-form-item>
      <n-button attr-type="submit" type="primary" id="submit">Submit application</n-button>
      <pre id="model">{{ modelJson() }}</pre>
    </n-form>
  `,
};

createApp(App).use(naive).mount('#root');
