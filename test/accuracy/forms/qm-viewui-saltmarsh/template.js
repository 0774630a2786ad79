/*
 * Saltmarsh Health's careers portal (a Bay Area hospital network), one Vue 3 + View UI Plus 1.3
 * template for every posting, written as the View UI Plus docs show each component: Form
 * label-position="top" with FormItem labels without `for`, Input with a "(555) 555-5555"
 * placeholder and maxlength 14, a filterable Select of states and provinces in OptionGroups, a
 * **remote** filterable Select for the school (options 400 ms after typing, a loading state),
 * button-style RadioGroup year ranges, a clearable degree Select, vertical RadioGroups with the
 * posting's sentence answers, a CheckboxGroup, a **DatePicker type="month"** for the start (format
 * "MMM yyyy"), the salary as an Input with a pay-period Select in its `append` slot preset to
 * "per hour" (the hospital's hourly roles are the common case), Slider and Rate questions,
 * Upload type="drag" with before-upload returning false (the page keeps the file list), a
 * show-word-limit textarea, Switch and Checkbox. English locale. The form model is written into
 * <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import ViewUIPlus from 'view-ui-plus';
import 'view-ui-plus/dist/styles/viewuiplus.css';
import en from 'view-ui-plus/dist/locale/en-US';

const STATES = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'],
  ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'],
  ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'],
  ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'],
  ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'],
  ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'],
  ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
];
const PROVINCES = [['AB', 'Alberta'], ['BC', 'British Columbia'], ['MB', 'Manitoba'], ['NB', 'New Brunswick'], ['NS', 'Nova Scotia'], ['ON', 'Ontario'], ['QC', 'Quebec'], ['SK', 'Saskatchewan']];
const SCHOOLS = [
  'Berkeley City College', 'California State University, East Bay', 'San Francisco State University', 'Santa Clara University',
  'Stanford University', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis',
  'University of California, San Francisco', 'University of San Francisco', 'University of Washington',
];

export function renderApplication(posting) {
  const App = {
    setup() {
      const answers = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'checkboxes' ? [] : q.type === 'slider' ? q.initial : q.type === 'rate' ? 0 : '']));
      const form = reactive({
        firstName: '', lastName: '', email: '', phone: '', street: '', city: '', state: '', zip: '', years: '', degree: '', school: '',
        employer: '', title: '', startMonth: '', payAmount: '', payPeriod: 'per hour', resume: [], coverLetter: '', source: '',
        ethnicity: '', reminders: false, attest: false, ...answers,
      });
      const search = ref('');
      const newsletter = ref('');
      const month = ref(null);
      const firstCohort = new Date(2027, 0, 1);
      const monthOptions = { disabledDate: (d) => d < firstCohort };
      const schoolOptions = ref([]);
      const schoolLoading = ref(false);
      const done = ref(false);
      let timer;
      const searchSchools = (query) => {
        clearTimeout(timer);
        if (!query) { schoolOptions.value = []; return; }
        schoolLoading.value = true;
        timer = setTimeout(() => {
          schoolOptions.value = SCHOOLS.filter((s) => s.toLowerCase().includes(query.toLowerCase()));
          schoolLoading.value = false;
        }, 400);
      };
      const onMonth = (text) => { form.startMonth = text; };
      watch(month, (d) => { if (d instanceof Date) form.startMonth = `${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`; else if (!d) form.startMonth = ''; });
      const beforeUpload = (file) => { form.resume = [{ name: file.name }]; return false; };
      const removeResume = () => { form.resume = []; };
      const submit = () => { if (form.firstName && form.lastName && form.email && form.resume.length && form.attest) done.value = true; };
      const model = document.getElementById('model');
      watch(form, () => { model.textContent = JSON.stringify({ ...form, resume: form.resume.map((f) => f.name) }, null, 2); }, { deep: true, immediate: true });
      return { firstCohort, monthOptions, form, posting, search, newsletter, month, schoolOptions, schoolLoading, searchSchools, onMonth, beforeUpload, removeResume, submit, done, states: STATES, provinces: PROVINCES };
    },
    template: `
  <div class="top">
    <span class="brand">Saltmarsh <b>Health</b></span>
    <a href="#care">Find care</a><a href="#locations">Locations</a><a href="#careers">Careers</a>
    <Input v-model="search" class="site-search" search placeholder="Search jobs" style="width: 220px" />
  </div>
  <div class="page">
    <div class="crumbs">Careers › {{ posting.department }}</div>
    <h1>{{ posting.title }}</h1>
    <p class="meta">{{ posting.where }} · Req {{ posting.req }}</p>
    <p v-for="p in posting.blurb" :key="p">{{ p }}</p>
    <Result v-if="done" type="success" title="Application submitted" id="apply-done"><template #desc>Thank you. A recruiter will be in touch within two weeks.</template></Result>
    <Card v-else :bordered="false" class="apply-card">
      <Form id="apply" :model="form" label-position="top" @submit.prevent="submit">
        <Divider orientation="left">Contact information</Divider>
        <Row :gutter="20">
          <Col span="12"><FormItem class="fi-firstName" label="First name" prop="firstName" required><Input v-model="form.firstName" /></FormItem></Col>
          <Col span="12"><FormItem class="fi-lastName" label="Last name" prop="lastName" required><Input v-model="form.lastName" /></FormItem></Col>
          <Col span="12"><FormItem class="fi-email" label="Email" prop="email" required><Input v-model="form.email" type="email" /></FormItem></Col>
          <Col span="12"><FormItem class="fi-phone" label="Phone" prop="phone"><Input v-model="form.phone" type="tel" maxlength="14" placeholder="(555) 555-5555" /></FormItem></Col>
          <Col span="24"><FormItem class="fi-street" label="Street address" prop="street"><Input v-model="form.street" /></FormItem></Col>
          <Col span="10"><FormItem class="fi-city" label="City" prop="city"><Input v-model="form.city" /></FormItem></Col>
          <Col span="8"><FormItem class="fi-state" label="State / Province" prop="state">
            <Select v-model="form.state" filterable clearable placeholder="Select">
              <OptionGroup label="United States"><Option v-for="s in states" :key="s[0]" :value="s[0]" :label="s[1]">{{ s[1] }}</Option></OptionGroup>
              <OptionGroup label="Canada"><Option v-for="s in provinces" :key="s[0]" :value="s[0]" :label="s[1]">{{ s[1] }}</Option></OptionGroup>
            </Select>
          </FormItem></Col>
          <Col span="6"><FormItem class="fi-zip" label="ZIP / Postal code" prop="zip"><Input v-model="form.zip" /></FormItem></Col>
        </Row>
        <Divider orientation="left">Background</Divider>
        <Row :gutter="20">
          <Col span="12"><FormItem class="fi-employer" label="Current employer" prop="employer"><Input v-model="form.employer" placeholder="If you are not working now, your last one" /></FormItem></Col>
          <Col span="12"><FormItem class="fi-title" label="Current position title" prop="title"><Input v-model="form.title" /></FormItem></Col>
          <Col span="24"><FormItem class="fi-years" :label="posting.yearsLabel" prop="years">
            <RadioGroup v-model="form.years" type="button"><Radio v-for="y in posting.years" :key="y" :label="y" /></RadioGroup>
          </FormItem></Col>
          <Col span="12"><FormItem class="fi-degree" label="Highest level of education" prop="degree">
            <Select v-model="form.degree" clearable placeholder="Select"><Option v-for="d in posting.degrees" :key="d" :value="d">{{ d }}</Option></Select>
          </FormItem></Col>
          <Col span="12"><FormItem class="fi-school" label="School" prop="school">
            <Select v-model="form.school" filterable remote :remote-method="searchSchools" :loading="schoolLoading" placeholder="Type to search schools">
              <Option v-for="s in schoolOptions" :key="s" :value="s">{{ s }}</Option>
            </Select>
          </FormItem></Col>
        </Row>
        <Divider orientation="left">{{ posting.questionsHeading }}</Divider>
        <template v-for="q in posting.questions" :key="q.key">
          <FormItem :class="'fi-' + q.key" :label="q.label" :prop="q.key">
            <RadioGroup v-if="q.type === 'radio'" v-model="form[q.key]" vertical><Radio v-for="o in q.options" :key="o" :label="o" /></RadioGroup>
            <RadioGroup v-else-if="q.type === 'buttons'" v-model="form[q.key]" type="button"><Radio v-for="o in q.options" :key="o" :label="o" /></RadioGroup>
            <Select v-else-if="q.type === 'select'" v-model="form[q.key]" placeholder="Select"><Option v-for="o in q.options" :key="o" :value="o">{{ o }}</Option></Select>
            <CheckboxGroup v-else-if="q.type === 'checkboxes'" v-model="form[q.key]"><Checkbox v-for="o in q.options" :key="o" :label="o" /></CheckboxGroup>
            <Slider v-else-if="q.type === 'slider'" v-model="form[q.key]" :min="q.min" :max="q.max" :step="q.step" show-stops :marks="q.marks" />
            <Rate v-else-if="q.type === 'rate'" v-model="form[q.key]" />
            <Input v-else-if="q.type === 'textarea'" v-model="form[q.key]" type="textarea" :rows="3" :placeholder="q.placeholder" />
            <Input v-else v-model="form[q.key]" :placeholder="q.placeholder" />
            <div v-if="q.help" class="help">{{ q.help }}</div>
          </FormItem>
        </template>
        <Divider orientation="left">Pay and availability</Divider>
        <Row :gutter="20">
          <Col span="12"><FormItem class="fi-pay" :label="posting.payLabel" prop="payAmount">
            <Input v-model="form.payAmount" placeholder="Amount">
              <template #prepend><span>$</span></template>
              <template #append>
                <Select v-model="form.payPeriod" style="width: 110px" class="pay-period"><Option value="per hour">per hour</Option><Option value="per year">per year</Option></Select>
              </template>
            </Input>
          </FormItem></Col>
          <Col span="12"><FormItem class="fi-startMonth" label="Earliest month you could start" prop="startMonth">
            <DatePicker v-model="month" type="month" format="MM/yyyy" placeholder="MM/YYYY" :start-date="firstCohort" :options="monthOptions" @on-change="onMonth" style="width: 100%" />
            <div class="help">New-hire orientation runs monthly; the first open cohort is January 2027.</div>
          </FormItem></Col>
        </Row>
        <Divider orientation="left">Documents</Divider>
        <FormItem class="fi-resume" label="Resume" prop="resume" required>
          <Upload type="drag" action="" :before-upload="beforeUpload" accept=".pdf,.doc,.docx">
            <div class="drag"><Icon type="ios-cloud-upload" size="40" style="color: #2d8cf0" /><p>Click or drag your resume here</p><p class="help">PDF or Word, 5 MB max</p></div>
          </Upload>
          <div v-for="f in form.resume" :key="f.name" class="file-row"><span id="resume-name">{{ f.name }}</span> <a @click="removeResume">Remove</a></div>
        </FormItem>
        <FormItem class="fi-coverLetter" label="Cover letter (optional)" prop="coverLetter">
          <Input v-model="form.coverLetter" type="textarea" :rows="5" maxlength="3000" show-word-limit placeholder="Tell us why you are interested in this role" />
        </FormItem>
        <Divider orientation="left">Voluntary self-identification</Divider>
        <Row :gutter="20">
          <Col span="12"><FormItem class="fi-source" label="Where did you first see this opening?" prop="source">
            <Select v-model="form.source" placeholder="Select"><Option v-for="s in ['Saltmarsh website', 'LinkedIn', 'Indeed', 'Handshake', 'Employee referral', 'Job fair', 'Other']" :key="s" :value="s">{{ s }}</Option></Select>
          </FormItem></Col>
          <Col span="12"><FormItem class="fi-ethnicity" label="Race / ethnicity" prop="ethnicity">
            <Select v-model="form.ethnicity" placeholder="Select"><Option v-for="s in ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I choose not to disclose']" :key="s" :value="s">{{ s }}</Option></Select>
          </FormItem></Col>
        </Row>
        <FormItem class="fi-reminders"><Switch v-model="form.reminders" /> <span class="switch-label">Text me interview reminders</span></FormItem>
        <FormItem class="fi-attest" prop="attest"><Checkbox v-model="form.attest">I certify that the information in this application is true and complete.</Checkbox></FormItem>
        <Button type="primary" html-type="submit" id="submit-application" size="large">Submit application</Button>
      </Form>
    </Card>
  </div>
  <div class="foot">
    <span>Health tips from Saltmarsh, once a month</span>
    <Input v-model="newsletter" class="newsletter" placeholder="Email address" style="width: 240px" />
    <Button>Sign up</Button>
  </div>`,
  };
  createApp(App).use(ViewUIPlus, { locale: en }).mount('#app');
}
