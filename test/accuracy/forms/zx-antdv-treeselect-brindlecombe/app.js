/*
 * Brindlecombe Health careers page on Vue 3 + Ant Design Vue 4: a vertical a-form (ids form_item_<name>)
 * with a searchable a-tree-select for where the candidate lives (country > state > city nodes; the
 * field shows only the city), the docs' "slider with input number" pair for years, a-input-number
 * with a "USD" addon, a-switches (buttons role=switch, no inputs), a month a-date-picker
 * "MMMM YYYY", a month a-range-picker for the current role (left alone), an a-auto-complete school
 * whose options arrive after a delay, a-select mode="tags" languages, a-radio-group of bordered
 * "cards", an a-upload-dragger (rc-upload replaces its input; the list is the state) and a counted
 * a-textarea. The form model is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import Antd from 'ant-design-vue';
import 'ant-design-vue/dist/reset.css';

const city = (key, title) => ({ value: key, title, key });
const PLACES = [
  { value: 'us', title: 'United States', key: 'us', selectable: false, children: [
    { value: 'us-ca', title: 'California', key: 'us-ca', selectable: false, children: [city('us-ca-la', 'Los Angeles'), city('us-ca-sd', 'San Diego'), city('us-ca-sf', 'San Francisco'), city('us-ca-ssf', 'South San Francisco')] },
    { value: 'us-ma', title: 'Massachusetts', key: 'us-ma', selectable: false, children: [city('us-ma-bos', 'Boston'), city('us-ma-cam', 'Cambridge')] },
    { value: 'us-tn', title: 'Tennessee', key: 'us-tn', selectable: false, children: [city('us-tn-nash', 'Nashville'), city('us-tn-mem', 'Memphis')] },
  ] },
  { value: 'ca', title: 'Canada', key: 'ca', selectable: false, children: [
    { value: 'ca-on', title: 'Ontario', key: 'ca-on', selectable: false, children: [city('ca-on-tor', 'Toronto')] },
  ] },
];
const SCHOOLS = ['University of California, Berkeley', 'University of California, San Diego', 'University of California, San Francisco', 'Boston University', 'Vanderbilt University', 'University of Toronto'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', website: '', residence: undefined, years: 0, employer: '', currentDates: [],
      school: '', languages: [], authorized: false, sponsorship: false, remoteOnly: false, startMonth: undefined, salary: null,
      arrangement: 'hybrid', resume: [], coverLetter: '', hipaa: false,
    });
    const schoolOptions = ref([]);
    const resumeList = ref([]);
    const done = ref(false);
    let timer;
    const onSchoolSearch = (text) => {
      clearTimeout(timer);
      timer = setTimeout(() => { schoolOptions.value = text ? SCHOOLS.filter((s) => s.toLowerCase().includes(text.toLowerCase())).map((value) => ({ value })) : []; }, 450);
    };
    const beforeUpload = (file) => { resumeList.value = [file]; form.resume = [file.name]; return false; };
    const onRemove = () => { resumeList.value = []; form.resume = []; };
    const onFinish = () => { if (form.hipaa) done.value = true; };
    return { form, schoolOptions, resumeList, done, onSchoolSearch, beforeUpload, onRemove, onFinish, PLACES };
  },
  template: `
    <a-result v-if="done" id="done" status="success" title="Application submitted" />
    <a-form v-else :model="form" layout="vertical" @finish="onFinish">
      <a-typography-title :level="2">Senior Data Engineer – Clinical Analytics</a-typography-title>
      <a-typography-paragraph type="secondary">Nashville, TN · Remote-friendly · Full time</a-typography-paragraph>
      <a-row :gutter="16">
        <a-col :span="12"><a-form-item label="First name" name="firstName" class="f-first" :rules="[{ required: true, message: 'Please enter your first name' }]"><a-input v-model:value="form.firstName" /></a-form-item></a-col>
        <a-col :span="12"><a-form-item label="Last name" name="lastName" class="f-last" :rules="[{ required: true, message: 'Please enter your last name' }]"><a-input v-model:value="form.lastName" /></a-form-item></a-col>
      </a-row>
      <a-row :gutter="16">
        <a-col :span="12"><a-form-item label="Email" name="email" class="f-email" :rules="[{ required: true, type: 'email' }]"><a-input v-model:value="form.email" /></a-form-item></a-col>
        <a-col :span="12"><a-form-item label="Phone" name="phone" class="f-phone"><a-input v-model:value="form.phone" addon-before="+1" placeholder="Phone number" /></a-form-item></a-col>
      </a-row>
      <a-form-item label="Personal website" name="website" class="f-website"><a-input v-model:value="form.website" placeholder="https://" /></a-form-item>
      <a-form-item label="Where are you based?" name="residence" class="f-residence" extra="Pick your city; search by name">
        <a-tree-select v-model:value="form.residence" :tree-data="PLACES" show-search tree-node-filter-prop="title" placeholder="Select your city" allow-clear :dropdown-style="{ maxHeight: '320px', overflow: 'auto' }" />
      </a-form-item>
      <a-form-item label="Years of professional data experience" name="years" class="f-years">
        <a-row :gutter="12" align="middle">
          <a-col :span="17"><a-slider v-model:value="form.years" :min="0" :max="20" :marks="{ 0: '0', 5: '5', 10: '10', 15: '15', 20: '20+' }" /></a-col>
          <a-col :span="7"><a-input-number v-model:value="form.years" :min="0" :max="20" class="years-box" style="width: 100%" /></a-col>
        </a-row>
      </a-form-item>
      <a-row :gutter="16">
        <a-col :span="12"><a-form-item label="Current employer" name="employer" class="f-employer"><a-input v-model:value="form.employer" /></a-form-item></a-col>
        <a-col :span="12"><a-form-item label="Dates at current employer" name="currentDates" class="f-dates">
          <a-range-picker v-model:value="form.currentDates" picker="month" :placeholder="['From', 'To']" value-format="YYYY-MM" />
        </a-form-item></a-col>
      </a-row>
      <a-form-item label="School" name="school" class="f-school">
        <a-auto-complete v-model:value="form.school" :options="schoolOptions" placeholder="Type to search schools" @search="onSchoolSearch" />
      </a-form-item>
      <a-form-item label="Languages you speak fluently" name="languages" class="f-languages">
        <a-select v-model:value="form.languages" mode="tags" placeholder="Type a language and press Enter" :options="['English', 'Spanish', 'French', 'Mandarin', 'Vietnamese'].map((value) => ({ value }))" />
      </a-form-item>
      <a-form-item label="I am authorized to work in the United States" name="authorized" class="f-authorized"><a-switch v-model:checked="form.authorized" /></a-form-item>
      <a-form-item label="I will need Brindlecombe to sponsor a work visa" name="sponsorship" class="f-sponsorship"><a-switch v-model:checked="form.sponsorship" /></a-form-item>
      <a-form-item label="I'm only interested in fully remote work" name="remoteOnly" class="f-remote"><a-switch v-model:checked="form.remoteOnly" /></a-form-item>
      <a-form-item label="Preferred working arrangement" name="arrangement" class="f-arrangement">
        <a-radio-group v-model:value="form.arrangement">
          <a-radio v-for="o in [['onsite', 'On-site in Nashville'], ['hybrid', 'Hybrid (2 days a week)'], ['remote', 'Remote (US)']]" :key="o[0]" :value="o[0]" class="card-radio" style="display: block; border: 1px solid #d9d9d9; border-radius: 8px; padding: 10px 12px; margin-bottom: 8px">{{ o[1] }}</a-radio>
        </a-radio-group>
      </a-form-item>
      <a-row :gutter="16">
        <a-col :span="12"><a-form-item label="Earliest start month" name="startMonth" class="f-start">
          <a-date-picker v-model:value="form.startMonth" picker="month" format="MMMM YYYY" value-format="YYYY-MM" placeholder="Select month" style="width: 100%" />
        </a-form-item></a-col>
        <a-col :span="12"><a-form-item label="Base salary expectation" name="salary" class="f-salary">
          <a-input-number v-model:value="form.salary" :min="0" :step="5000" addon-after="USD / year" style="width: 100%" />
        </a-form-item></a-col>
      </a-row>
      <a-form-item label="Resume / CV" name="resume" class="f-resume">
        <a-upload-dragger :file-list="resumeList" :before-upload="beforeUpload" :max-count="1" accept=".pdf,.doc,.docx" @remove="onRemove">
          <p class="ant-upload-text">Click or drag your resume here</p>
          <p class="ant-upload-hint">PDF, DOC or DOCX</p>
        </a-upload-dragger>
      </a-form-item>
      <a-form-item label="Cover letter" name="coverLetter" class="f-cover">
        <a-textarea v-model:value="form.coverLetter" :rows="6" show-count :maxlength="4000" placeholder="Tell us why you're interested" />
      </a-form-item>
      <a-form-item name="hipaa" class="f-hipaa"><a-checkbox v-model:checked="form.hipaa">I acknowledge that this role handles protected health information and I agree to the candidate privacy notice</a-checkbox></a-form-item>
      <a-button type="primary" html-type="submit" id="submit">Submit application</a-button>
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </a-form>
  `,
};

createApp(App).use(Antd).mount('#app');
