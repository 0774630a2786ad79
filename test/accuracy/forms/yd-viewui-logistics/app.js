/*
 * The English careers portal of a Singapore-headquartered logistics platform, built with Vue 3 +
 * View UI Plus (iView) as its docs show: Form label-position="top" with FormItem labels that have
 * no `for` (iView adds one only with label-for), Input with a dial-code Select in its prepend slot
 * preset to "+65", "Name (as in passport)" beside an optional "Chinese name", a filterable
 * Cascader for the current location (Country / State / City), a nationality Select, a filterable
 * Select of experience ranges, a button-style RadioGroup for the degree, an AutoComplete school,
 * InputNumber with a "$ 150,000" formatter, a notice-period Select, DatePicker `MM/dd/yyyy`,
 * RadioGroups (native radios named ivuRadioGroup_…), Upload with before-upload returning false
 * (the page keeps the file list), textarea Input, Checkbox and Switch. English locale. The form
 * model is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import ViewUIPlus from 'view-ui-plus';
import 'view-ui-plus/dist/styles/viewuiplus.css';
import en from 'view-ui-plus/dist/locale/en-US';

const LOCATIONS = [
  { value: 'SG', label: 'Singapore', children: [{ value: 'SG', label: 'Singapore', children: [{ value: 'SG', label: 'Singapore' }] }] },
  { value: 'US', label: 'United States', children: [
    { value: 'CA', label: 'California', children: ['Los Angeles', 'Oakland', 'San Diego', 'San Francisco', 'San Jose'].map((city) => ({ value: city, label: city })) },
    { value: 'NY', label: 'New York', children: ['New York City', 'Buffalo'].map((city) => ({ value: city, label: city })) },
    { value: 'TX', label: 'Texas', children: ['Austin', 'Dallas', 'Houston'].map((city) => ({ value: city, label: city })) },
    { value: 'WA', label: 'Washington', children: ['Seattle', 'Bellevue'].map((city) => ({ value: city, label: city })) },
  ] },
  { value: 'CN', label: 'China', children: [{ value: 'GD', label: 'Guangdong', children: ['Shenzhen', 'Guangzhou'].map((city) => ({ value: city, label: city })) }, { value: 'SH', label: 'Shanghai', children: [{ value: 'Shanghai', label: 'Shanghai' }] }] },
  { value: 'MY', label: 'Malaysia', children: [{ value: 'KL', label: 'Kuala Lumpur', children: [{ value: 'Kuala Lumpur', label: 'Kuala Lumpur' }] }] },
];
const SCHOOLS = ['National University of Singapore', 'Nanyang Technological University', 'University of California, Berkeley', 'University of California, Los Angeles', 'University of California, San Diego', 'Stanford University', 'University of Washington', 'Tsinghua University'];

const App = {
  setup() {
    const form = reactive({
      name: '', chineseName: '', email: '', dialCode: '+65', mobile: '', location: [], nationality: '', experience: '', degree: '',
      school: '', company: '', position: '', noticePeriod: '', salary: null, availableDate: '', authorized: '', sponsorship: '',
      resume: [], coverLetter: '', referrer: '', talentCommunity: false, agree: false,
    });
    const schoolOptions = ref([]);
    const done = ref(false);
    const searchSchool = (value) => { schoolOptions.value = value ? SCHOOLS.filter((school) => school.toLowerCase().includes(value.toLowerCase())) : []; };
    const beforeUpload = (file) => { form.resume = [{ name: file.name }]; return false; };
    const removeResume = () => { form.resume = []; };
    const pad = (n) => String(n).padStart(2, '0');
    const onDate = (_, date) => {
      const us = typeof date === 'string' ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(date) : null;
      const parsed = us ? new Date(Number(us[3]), Number(us[1]) - 1, Number(us[2])) : date;
      form.availableDate = parsed instanceof Date && !Number.isNaN(parsed.getTime()) ? `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}` : '';
    };
    const date = ref('');
    watch(date, (value) => onDate(null, value));
    const model = document.getElementById('model');
    watch(form, () => { model.textContent = JSON.stringify({ ...form, resume: form.resume.map((file) => file.name) }, null, 2); }, { deep: true, immediate: true });
    const submit = () => { if (form.name && form.email && form.mobile && form.resume.length && form.authorized && form.sponsorship && form.agree) done.value = true; };
    return {
      form, date, done, submit, onDate, schoolOptions, searchSchool, beforeUpload, removeResume, locations: LOCATIONS,
      dialCodes: ['+65', '+60', '+86', '+852', '+1', '+44', '+61', '+91'],
      nationalities: ['Singaporean', 'Malaysian', 'Chinese', 'Indian', 'American', 'British', 'Canadian', 'Other'],
      experience: ['Fresh graduate', '1-3 years', '3-5 years', '5-10 years', '10 years and above'],
      notice: ['Immediately', '2 weeks', '1 month', '2 months', '3 months or more'],
      formatMoney: (value) => (value === null || value === undefined || value === '' ? '' : `$ ${value}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')),
      parseMoney: (value) => String(value).replace(/\$\s?|(,*)/g, ''),
    };
  },
  template: `
    <div v-if="done" id="submit-ok" class="ok"><Result type="success" title="Application submitted"><template #desc>Our talent acquisition team will contact you if your profile matches.</template></Result></div>
    <Form v-else id="apply" :model="form" label-position="top" class="apply">
      <Divider orientation="left">Personal information</Divider>
      <Row :gutter="24">
        <Col span="12"><FormItem class="fi-name" label="Name (as in passport)" prop="name" required><Input v-model="form.name" placeholder="e.g. Tan Wei Ming" /></FormItem></Col>
        <Col span="12"><FormItem class="fi-chineseName" label="Chinese name (if any)" prop="chineseName"><Input v-model="form.chineseName" placeholder="Optional" /></FormItem></Col>
        <Col span="12"><FormItem class="fi-email" label="Email" prop="email" required><Input v-model="form.email" type="email" placeholder="Please enter your email" /></FormItem></Col>
        <Col span="12"><FormItem class="fi-mobile" label="Mobile" prop="mobile" required>
          <Input v-model="form.mobile" placeholder="Mobile number">
            <template #prepend><Select v-model="form.dialCode" style="width: 80px" class="dial-code"><Option v-for="code in dialCodes" :key="code" :value="code">{{ code }}</Option></Select></template>
          </Input>
        </FormItem></Col>
        <Col span="12"><FormItem class="fi-location" label="Current location" prop="location"><Cascader v-model="form.location" :data="locations" filterable placeholder="Country / State / City" /></FormItem></Col>
        <Col span="12"><FormItem class="fi-nationality" label="Nationality" prop="nationality"><Select v-model="form.nationality" placeholder="Please select"><Option v-for="n in nationalities" :key="n" :value="n">{{ n }}</Option></Select></FormItem></Col>
      </Row>
      <Divider orientation="left">Education and experience</Divider>
      <Row :gutter="24">
        <Col span="12"><FormItem class="fi-experience" label="Total working experience" prop="experience"><Select v-model="form.experience" filterable placeholder="Please select"><Option v-for="e in experience" :key="e" :value="e">{{ e }}</Option></Select></FormItem></Col>
        <Col span="12"><FormItem class="fi-degree" label="Highest qualification" prop="degree">
          <RadioGroup v-model="form.degree" type="button" button-style="solid"><Radio label="Diploma" /><Radio label="Bachelor" /><Radio label="Master" /><Radio label="PhD" /></RadioGroup>
        </FormItem></Col>
        <Col span="24"><FormItem class="fi-school" label="University / institution" prop="school"><AutoComplete v-model="form.school" :data="schoolOptions" @on-search="searchSchool" placeholder="Start typing" /></FormItem></Col>
        <Col span="12"><FormItem class="fi-company" label="Current company" prop="company"><Input v-model="form.company" /></FormItem></Col>
        <Col span="12"><FormItem class="fi-position" label="Current position" prop="position"><Input v-model="form.position" /></FormItem></Col>
        <Col span="12"><FormItem class="fi-noticePeriod" label="Notice period" prop="noticePeriod"><Select v-model="form.noticePeriod" placeholder="Please select"><Option v-for="n in notice" :key="n" :value="n">{{ n }}</Option></Select></FormItem></Col>
        <Col span="12"><FormItem class="fi-salary" label="Expected annual salary (USD)" prop="salary"><InputNumber v-model="form.salary" :min="0" :step="1000" :formatter="formatMoney" :parser="parseMoney" style="width: 100%" /></FormItem></Col>
        <Col span="12"><FormItem class="fi-availableDate" label="Available from" prop="availableDate"><DatePicker v-model="date" @on-change="(text) => onDate(null, text)" type="date" format="MM/dd/yyyy" placeholder="MM/DD/YYYY" style="width: 100%" /></FormItem></Col>
      </Row>
      <Divider orientation="left">Work eligibility</Divider>
      <FormItem class="fi-authorized" label="Are you legally authorised to work in the United States?" prop="authorized" required>
        <RadioGroup v-model="form.authorized"><Radio label="yes">Yes</Radio><Radio label="no">No</Radio></RadioGroup>
      </FormItem>
      <FormItem class="fi-sponsorship" label="Will you require the company to sponsor a work visa (e.g. H-1B) for this role?" prop="sponsorship" required>
        <RadioGroup v-model="form.sponsorship" vertical>
          <Radio label="yes">Yes, I will need visa sponsorship</Radio>
          <Radio label="no">No, I do not need visa sponsorship</Radio>
        </RadioGroup>
      </FormItem>
      <Divider orientation="left">Attachments</Divider>
      <FormItem class="fi-resume" label="Resume / CV" prop="resume" required>
        <Upload action="/api/careers/upload" :before-upload="beforeUpload" accept=".pdf,.doc,.docx" :show-upload-list="false">
          <Button icon="ios-cloud-upload-outline">Select file</Button>
        </Upload>
        <div v-for="file in form.resume" :key="file.name" class="file-row">{{ file.name }} <a href="javascript:;" @click="removeResume">Remove</a></div>
        <div class="tip">PDF / DOC / DOCX, max 10 MB</div>
      </FormItem>
      <FormItem class="fi-coverLetter" label="Cover letter" prop="coverLetter"><Input v-model="form.coverLetter" type="textarea" :autosize="{ minRows: 4, maxRows: 8 }" placeholder="Optional" /></FormItem>
      <FormItem class="fi-referrer" label="Referrer's staff ID or email (if referred)" prop="referrer"><Input v-model="form.referrer" /></FormItem>
      <FormItem class="fi-talentCommunity" label="Join our talent community" prop="talentCommunity"><Switch v-model="form.talentCommunity" /> <span class="tip">Hear about future openings</span></FormItem>
      <FormItem class="fi-agree" prop="agree"><Checkbox v-model="form.agree">I consent to the collection and use of my personal data in accordance with the PDPA and the Privacy Policy.</Checkbox></FormItem>
      <FormItem><Button type="primary" id="submit-application" @click="submit">Submit</Button></FormItem>
    </Form>`,
};

createApp(App).use(ViewUIPlus, { locale: en }).mount('#app');
