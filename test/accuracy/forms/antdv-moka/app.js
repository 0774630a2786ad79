/*
 * The application form in Vue 3 + Ant Design Vue 4 (a-form with rules, the reactive model rendered
 * into <pre id="model">; the upload keeps its file list, the model keeps the file name).
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import Antd from 'ant-design-vue';
import countries from 'world-countries';

const LOCATIONS = [
  { value: 'CN', label: 'China', children: [{ value: 'SH', label: 'Shanghai', children: [{ value: 'SH', label: 'Shanghai' }] }, { value: 'ZJ', label: 'Zhejiang', children: [{ value: 'HZ', label: 'Hangzhou' }] }] },
  { value: 'US', label: 'United States', children: [
    { value: 'CA', label: 'California', children: ['Los Angeles', 'San Diego', 'San Francisco', 'San Jose'].map((city) => ({ value: city, label: city })) },
    { value: 'NY', label: 'New York', children: [{ value: 'New York City', label: 'New York City' }] },
    { value: 'WA', label: 'Washington', children: [{ value: 'Seattle', label: 'Seattle' }] },
  ] },
  { value: 'GB', label: 'United Kingdom', children: [{ value: 'ENG', label: 'England', children: [{ value: 'London', label: 'London' }] }] },
];
const NATIONALITIES = countries.map((country) => ({ value: country.cca2, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const SCHOOLS = ['Peking University', 'Stanford University', 'Tsinghua University', 'University of California, Berkeley', 'University of California, San Diego', 'University of Washington'].map((value) => ({ value }));

const App = {
  setup() {
    const form = reactive({ firstName: '', lastName: '', email: '', dialCode: '+86', phone: '', location: [], nationality: undefined, years: '', degree: undefined, school: '', company: '', salary: null, startDate: undefined, authorized: '', sponsorship: undefined, resume: null, coverLetter: '', about: '', consent: false });
    const fileList = ref([]);
    const sent = ref(false);
    const rules = {
      firstName: [{ required: true, message: 'Please enter your first name' }], lastName: [{ required: true, message: 'Please enter your last name' }],
      email: [{ required: true, type: 'email', message: 'Please enter a valid email' }], resume: [{ required: true, message: 'Please upload your resume' }],
      consent: [{ validator: (rule, value) => (value ? Promise.resolve() : Promise.reject(new Error('Please agree to continue'))) }],
    };
    const beforeUpload = (file) => { fileList.value = [file]; form.resume = file.name; return false; };
    const onRemove = () => { fileList.value = []; form.resume = null; };
    const money = (value) => (value === null || value === undefined || value === '' ? '' : `$ ${value}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    const unmoney = (value) => value.replace(/\$\s?|(,*)/g, '');
    return { form, rules, fileList, sent, LOCATIONS, NATIONALITIES, SCHOOLS, beforeUpload, onRemove, money, unmoney, filterOption: (input, option) => option.label.toLowerCase().includes(input.toLowerCase()), searchPath: (input, path) => path.map((option) => option.label).join(' / ').toLowerCase().includes(input.toLowerCase()), onFinish: () => { sent.value = true; } };
  },
  template: `
    <a-result v-if="sent" status="success" title="Application submitted" id="qm-done" />
    <a-form v-else :model="form" :rules="rules" layout="vertical" @finish="onFinish" name="form">
      <h1>Data Engineer (US)</h1>
      <p>San Francisco, CA · Data Platform · Full-time</p>
      <a-row :gutter="16">
        <a-col :span="12"><a-form-item label="First name" name="firstName"><a-input v-model:value="form.firstName" /></a-form-item></a-col>
        <a-col :span="12"><a-form-item label="Last name" name="lastName"><a-input v-model:value="form.lastName" /></a-form-item></a-col>
      </a-row>
      <a-form-item label="Email" name="email"><a-input v-model:value="form.email" /></a-form-item>
      <a-form-item label="Mobile" name="phone">
        <a-input v-model:value="form.phone">
          <template #addonBefore><a-select v-model:value="form.dialCode" style="width: 90px" class="qm-dial" :options="['+86', '+852', '+1', '+44', '+65', '+81'].map((value) => ({ value }))" /></template>
        </a-input>
      </a-form-item>
      <a-form-item label="Current location" name="location"><a-cascader v-model:value="form.location" :options="LOCATIONS" :show-search="{ filter: searchPath }" placeholder="Country / State / City" class="qm-location" /></a-form-item>
      <a-form-item label="Nationality" name="nationality"><a-select v-model:value="form.nationality" show-search :options="NATIONALITIES" :filter-option="filterOption" placeholder="Please select" class="qm-nationality" /></a-form-item>
      <a-form-item label="Work experience" name="years" class="qm-years">
        <a-radio-group v-model:value="form.years" button-style="solid"><a-radio-button value="< 3 yrs">&lt; 3 yrs</a-radio-button><a-radio-button value="3-5 yrs">3-5 yrs</a-radio-button><a-radio-button value="5-10 yrs">5-10 yrs</a-radio-button><a-radio-button value="> 10 yrs">&gt; 10 yrs</a-radio-button></a-radio-group>
      </a-form-item>
      <a-row :gutter="16">
        <a-col :span="10"><a-form-item label="Highest degree" name="degree"><a-select v-model:value="form.degree" placeholder="Please select" class="qm-degree" :options="['Junior college', 'Bachelor', 'Master', 'Doctor', 'Other'].map((value) => ({ value }))" /></a-form-item></a-col>
        <a-col :span="14"><a-form-item label="School" name="school"><a-auto-complete v-model:value="form.school" :options="SCHOOLS" placeholder="School name" :filter-option="(input, option) => option.value.toLowerCase().includes(input.toLowerCase())" /></a-form-item></a-col>
      </a-row>
      <a-form-item label="Current company" name="company"><a-input v-model:value="form.company" /></a-form-item>
      <a-row :gutter="16">
        <a-col :span="12"><a-form-item label="Expected annual salary (USD)" name="salary"><a-input-number v-model:value="form.salary" :formatter="money" :parser="unmoney" style="width: 100%" /></a-form-item></a-col>
        <a-col :span="12"><a-form-item label="Available from" name="startDate"><a-date-picker v-model:value="form.startDate" format="MM/DD/YYYY" value-format="YYYY-MM-DD" style="width: 100%" /></a-form-item></a-col>
      </a-row>
      <a-form-item label="Are you authorized to work in the United States?" name="authorized" class="qm-authorized"><a-radio-group v-model:value="form.authorized"><a-radio value="yes">Yes</a-radio><a-radio value="no">No</a-radio></a-radio-group></a-form-item>
      <a-form-item label="Will you need visa sponsorship?" name="sponsorship"><a-select v-model:value="form.sponsorship" placeholder="Please select" class="qm-sponsorship" :options="['Yes', 'No'].map((value) => ({ value }))" /></a-form-item>
      <a-form-item label="Resume" name="resume" class="qm-resume">
        <a-upload :file-list="fileList" :before-upload="beforeUpload" @remove="onRemove" accept=".pdf,.doc,.docx" :max-count="1"><a-button>Upload resume</a-button></a-upload>
      </a-form-item>
      <a-form-item label="Cover letter" name="coverLetter"><a-textarea v-model:value="form.coverLetter" :rows="5" show-count :maxlength="2000" /></a-form-item>
      <a-form-item label="Tell us about a project you are proud of" name="about"><a-textarea v-model:value="form.about" :rows="3" /></a-form-item>
      <a-form-item name="consent"><a-checkbox v-model:checked="form.consent">I agree to the candidate privacy statement</a-checkbox></a-form-item>
      <a-button type="primary" html-type="submit" id="qm-submit">Submit</a-button>
      <pre id="model">{{ JSON.stringify(form, null, 2) }}</pre>
    </a-form>`,
};

createApp(App).use(Antd).mount('#app');
