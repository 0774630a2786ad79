/*
 * Ambergate Mutual (a San Francisco insurer) careers: Vue 3 + Element Plus with every value held by
 * VeeValidate (useForm + defineField, a validation schema checked on submit): el-select remote
 * (employer search that also lets you add your own; school search after two letters, 400 ms),
 * filterable el-cascader Country / State / City (search shows whole paths), el-select with
 * el-option-group education, el-date-picker MM/DD/YYYY with value-format, el-upload drag with
 * auto-upload off (judged by the file list), el-radio-group with border, el-checkbox-group and an
 * el-switch left alone, "USD / year" append, header search and footer newsletter.
 *
 * Another posting (template ui-elplus-vee-remote): Data Engineer, Underwriting Data, with other
 * experience buckets and other questions at the end.
 */
import { createApp, computed, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import { useForm } from 'vee-validate';

const city = (names) => names.map((n) => ({ value: n, label: n }));
const REGIONS = [
  { value: 'US', label: 'United States', children: [
    { value: 'AZ', label: 'Arizona', children: city(['Phoenix', 'Tucson']) },
    { value: 'CA', label: 'California', children: city(['Berkeley', 'Los Angeles', 'Oakland', 'Sacramento', 'San Diego', 'San Francisco', 'San Mateo', 'South San Francisco']) },
    { value: 'IL', label: 'Illinois', children: city(['Chicago', 'Naperville']) },
    { value: 'NY', label: 'New York', children: city(['Albany', 'New York City']) },
    { value: 'TX', label: 'Texas', children: city(['Austin', 'Dallas', 'Houston']) },
    { value: 'WA', label: 'Washington', children: city(['Seattle', 'Spokane']) },
  ] },
  { value: 'CA-country', label: 'Canada', children: [
    { value: 'BC', label: 'British Columbia', children: city(['Vancouver', 'Victoria']) },
    { value: 'ON', label: 'Ontario', children: city(['Ottawa', 'Toronto']) },
  ] },
  { value: 'PH', label: 'Philippines', children: [{ value: 'NCR', label: 'Metro Manila', children: city(['Makati', 'Manila', 'Taguig']) }] },
];
const EMPLOYERS = ['Allstate', 'Chubb', 'Farmers Insurance', 'Kaiser Permanente', 'Liberty Mutual', 'Lemonade', 'Progressive', 'State Farm', 'Travelers', 'USAA'];
const SCHOOLS = ['Cal State East Bay', 'San Francisco State University', 'Santa Clara University', 'Stanford University', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of San Francisco'];
const EDUCATION = [
  { label: 'Secondary', options: ['High school diploma', 'GED'] },
  { label: 'University degrees', options: ['Associate degree', "Bachelor's degree", "Master's degree", 'Doctoral degree'] },
  { label: 'Professional', options: ['CPCU designation', 'Actuarial fellowship (FCAS / FSA)'] },
];
const YEARS = ['Under 4 years', '4 to 6 years', '7 to 10 years', 'More than 10 years'];
const SYSTEMS = ['Guidewire PolicyCenter', 'Duck Creek', 'Majesco', 'Earnix', 'None of these'];
const NOTICE = ['Available now', '2 weeks', '1 month', '2 months or more'];
const HEARD = ['LinkedIn', 'Indeed', 'Ambergate careers site', 'Employee referral', 'University event', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'Decline to state'];
const search = (list, min) => (query) => new Promise((resolve) => {
  setTimeout(() => resolve(query.length < min ? [] : list.filter((v) => v.toLowerCase().includes(query.toLowerCase()))), 400);
});

const App = {
  setup() {
    const initialValues = {
      givenName: '', familyName: '', email: '', mobile: '', region: [], postalCode: '', employer: '', jobTitle: '', years: '',
      education: '', school: '', startDate: '', salary: '', authorized: '', sponsorship: '', resume: [], coverLetter: '',
      employedNow: '', systems: [], notice: '', monitoring: '', heard: '', gender: '', remoteOnly: false, consent: false,
    };
    const { values, errors, defineField, handleSubmit } = useForm({
      initialValues,
      validationSchema: {
        givenName: (v) => !!v || 'Required', familyName: (v) => !!v || 'Required', email: (v) => /.+@.+/.test(v || '') || 'Enter a valid email',
        consent: (v) => v === true || 'Please accept to continue',
      },
    });
    const f = reactive(Object.fromEntries(Object.keys(initialValues).map((k) => [k, defineField(k)[0]])));
    const extra = reactive({ search: '', newsletter: '' });
    const employerOptions = ref([]); const schoolOptions = ref([]);
    const loadingEmployer = ref(false); const loadingSchool = ref(false);
    const findEmployer = async (q) => { loadingEmployer.value = true; employerOptions.value = await search(EMPLOYERS, 1)(q); loadingEmployer.value = false; };
    const findSchool = async (q) => { loadingSchool.value = true; schoolOptions.value = await search(SCHOOLS, 2)(q); loadingSchool.value = false; };
    const onResume = (file, list) => { f.resume = list.map((x) => x.name); };
    const onRemove = (file, list) => { f.resume = list.map((x) => x.name); };
    const done = ref(false);
    const submit = handleSubmit(() => { done.value = true; });
    const model = computed(() => JSON.stringify(values, null, 1));
    return { f, errors, extra, employerOptions, schoolOptions, loadingEmployer, loadingSchool, findEmployer, findSchool, onResume, onRemove, done, submit, model, REGIONS, EDUCATION, YEARS, SYSTEMS, NOTICE, HEARD, GENDER };
  },
  template: `
  <header class="ag-top"><strong>Ambergate Mutual · Careers</strong>
    <el-input class="ag-search" v-model="extra.search" placeholder="Search jobs" aria-label="Search jobs" id="ag-search" />
  </header>
  <main class="ag-main">
    <div v-if="done" id="ag-done"><h2>Application received</h2><p>Thank you for applying. You will hear from a recruiter within two weeks.</p></div>
    <template v-else>
    <p style="color:#6b6680">Data &amp; Analytics · Sacramento or San Francisco, CA (hybrid) · Req 24-1032</p>
    <h1>Data Engineer, Underwriting Data</h1>
    <p>Ambergate insures 1.2 million California households. Underwriting Data feeds the rating engines and the dashboards underwriters use to price new homeowners and auto policies.</p>
    <el-form label-position="top" @submit.prevent="submit" id="ag-form">
      <h2>Contact information</h2>
      <div class="ag-row">
        <el-form-item label="Given name" class="field-given" required :error="errors.givenName"><el-input v-model="f.givenName" name="givenName" /></el-form-item>
        <el-form-item label="Family name" class="field-family" required :error="errors.familyName"><el-input v-model="f.familyName" name="familyName" /></el-form-item>
      </div>
      <el-form-item label="Email" class="field-email" required :error="errors.email"><el-input v-model="f.email" name="email" /></el-form-item>
      <el-form-item label="Mobile" class="field-mobile"><el-input v-model="f.mobile" name="mobile" placeholder="e.g. 415-555-0100" /></el-form-item>
      <div class="ag-row">
        <el-form-item label="Where do you live?" class="field-region">
          <el-cascader v-model="f.region" :options="REGIONS" filterable clearable placeholder="Country / State / City" style="width:100%" />
        </el-form-item>
        <el-form-item label="ZIP / postal code" class="field-postal"><el-input v-model="f.postalCode" name="postalCode" /></el-form-item>
      </div>

      <h2>Work and education</h2>
      <div class="ag-row">
        <el-form-item label="Current employer" class="field-employer">
          <el-select v-model="f.employer" filterable remote allow-create default-first-option :remote-method="findEmployer" :loading="loadingEmployer" placeholder="Type to search employers" style="width:100%">
            <el-option v-for="e in employerOptions" :key="e" :label="e" :value="e" />
          </el-select>
        </el-form-item>
        <el-form-item label="Current title" class="field-title"><el-input v-model="f.jobTitle" name="jobTitle" /></el-form-item>
      </div>
      <el-form-item label="Years of professional data experience" class="field-years">
        <el-select v-model="f.years" placeholder="Select" style="width:100%"><el-option v-for="y in YEARS" :key="y" :label="y" :value="y" /></el-select>
      </el-form-item>
      <div class="ag-row">
        <el-form-item label="Education" class="field-education">
          <el-select v-model="f.education" placeholder="Select" style="width:100%">
            <el-option-group v-for="g in EDUCATION" :key="g.label" :label="g.label"><el-option v-for="o in g.options" :key="o" :label="o" :value="o" /></el-option-group>
          </el-select>
        </el-form-item>
        <el-form-item label="School" class="field-school">
          <el-select v-model="f.school" filterable remote :remote-method="findSchool" :loading="loadingSchool" placeholder="Type at least 2 letters" style="width:100%">
            <el-option v-for="s in schoolOptions" :key="s" :label="s" :value="s" />
          </el-select>
        </el-form-item>
      </div>
      <el-form-item label="Resume" class="field-resume">
        <el-upload drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onResume" :on-remove="onRemove" style="width:100%">
          <div>Drop your resume here or <em>click to upload</em></div>
          <template #tip><div style="font-size:12px;color:#888">PDF or Word, 10 MB max</div></template>
        </el-upload>
      </el-form-item>
      <el-form-item label="Cover letter" class="field-cover"><el-input v-model="f.coverLetter" type="textarea" :rows="5" name="coverLetter" /></el-form-item>

      <h2>Eligibility and availability</h2>
      <el-form-item label="Are you legally authorized to work in the United States?" class="field-authorized">
        <el-radio-group v-model="f.authorized"><el-radio value="yes" border>Yes</el-radio><el-radio value="no" border>No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Will you now or in the future require sponsorship for employment visa status?" class="field-sponsorship">
        <el-radio-group v-model="f.sponsorship"><el-radio value="yes" border>Yes, I will require sponsorship</el-radio><el-radio value="no" border>No, I will not require sponsorship</el-radio></el-radio-group>
      </el-form-item>
      <div class="ag-row">
        <el-form-item label="Date available" class="field-start">
          <el-date-picker v-model="f.startDate" type="date" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" style="width:100%" />
        </el-form-item>
        <el-form-item label="Salary expectation" class="field-salary">
          <el-input v-model="f.salary" name="salary" placeholder="e.g. 135000"><template #append>USD / year</template></el-input>
        </el-form-item>
      </div>
      <el-form-item class="field-remote"><el-switch v-model="f.remoteOnly" active-text="I am only interested in fully remote work" /></el-form-item>

      <h2>A few more questions</h2>
      <el-form-item label="Are you working at the moment?" class="field-employed-now">
        <el-radio-group v-model="f.employedNow"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item label="Which rating or policy systems have you pulled data from?" class="field-systems">
        <el-checkbox-group v-model="f.systems"><el-checkbox v-for="l in SYSTEMS" :key="l" :value="l">{{ l }}</el-checkbox></el-checkbox-group>
      </el-form-item>
      <el-form-item label="Notice period at your current job" class="field-notice">
        <el-select v-model="f.notice" placeholder="Select" style="width:100%"><el-option v-for="n in NOTICE" :key="n" :label="n" :value="n" /></el-select>
      </el-form-item>
      <el-form-item label="Tell us about a data-quality problem you caught before it reached a pricing model." class="field-dq"><el-input v-model="f.monitoring" type="textarea" :rows="3" name="monitoring" /></el-form-item>
      <el-form-item label="How did you hear about this position?" class="field-heard">
        <el-select v-model="f.heard" placeholder="Select" clearable style="width:100%"><el-option v-for="h in HEARD" :key="h" :label="h" :value="h" /></el-select>
      </el-form-item>
      <el-form-item label="Gender (voluntary)" class="field-gender">
        <el-select v-model="f.gender" placeholder="Select" style="width:100%"><el-option v-for="g in GENDER" :key="g" :label="g" :value="g" /></el-select>
      </el-form-item>
      <el-form-item class="field-consent" :error="errors.consent"><el-checkbox v-model="f.consent">I acknowledge the Ambergate applicant privacy notice.</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="ag-submit" size="large">Submit application</el-button>
    </el-form>
    </template>
  </main>
  <footer class="ag-foot"><span>Career news from Ambergate:</span><el-input v-model="extra.newsletter" placeholder="Email address" aria-label="Newsletter email" id="ag-news" style="width:260px" /></footer>
  <pre id="model">{{ model }}</pre>
  `,
};

createApp(App).use(ElementPlus).mount('#app');
