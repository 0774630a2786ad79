/*
 * Saraca Hotels & Resorts (Singapore) careers site, template shared by its postings (this copy adds
 * the question kinds of a later posting: questions before the particulars, el-radio-button buckets,
 * el-checkbox-group "select all that apply", optional start date, no date of birth): Vue 3 +
 * Element Plus 2 + vee-validate 4 (useForm with `defineField`, v-model on the el- controls, so the
 * values live in vee-validate). Phone split into a "Country code" el-select (filterable, preset
 * "+65 Singapore") and a "Phone number" el-input; filterable Country and State el-selects (the
 * State list only for the United States); el-date-picker "DD MMM YYYY" for the start date and a
 * date of birth, a Nationality select; el-autocomplete school (suggestions after 250 ms); degree
 * el-select; salary el-input with a currency el-select (preset SGD) in its prepend and a "per"
 * el-select (preset per month); el-radio-groups; el-upload (auto-upload off, judged by its file
 * list); how-did-you-hear el-select; PDPA consent. vee-validate values go into <pre id="model">.
 */
import { createApp, computed } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import { useForm } from 'vee-validate';

const DIAL = [
  ['SG', 'Singapore', '+65'], ['MY', 'Malaysia', '+60'], ['ID', 'Indonesia', '+62'], ['TH', 'Thailand', '+66'], ['VN', 'Vietnam', '+84'],
  ['AU', 'Australia', '+61'], ['CA', 'Canada', '+1'], ['GB', 'United Kingdom', '+44'], ['US', 'United States', '+1'], ['IN', 'India', '+91'], ['JP', 'Japan', '+81'],
];
const COUNTRIES = ['Singapore', 'Malaysia', 'Indonesia', 'Thailand', 'Vietnam', 'Australia', 'Canada', 'United Kingdom', 'United States', 'United States Minor Outlying Islands', 'India', 'Japan'];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const SCHOOLS = ['National University of Singapore', 'Nanyang Technological University', 'Singapore Management University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine', 'Cornell University (School of Hotel Administration)', 'Ecole hôtelière de Lausanne', 'Berkeley College', 'UC Berkeley Extension'];
const DEGREES = ['Diploma', 'Higher Nitec / Nitec', "Bachelor's Degree", "Master's Degree", 'MBA', 'Doctorate', 'Professional Certificate'];

export function mount(posting) {
  const App = {
    setup() {
      const initialValues = {
        firstName: '', lastName: '', email: '', dialCode: 'SG', phoneNumber: '', country: 'Singapore', state: '', city: '',
        linkedin: '', nationality: '', dateOfBirth: null, startDate: null, school: '', degree: '',
        salary: '', currency: 'SGD', salaryPer: 'month', authorized: '', sponsorship: '', resume: [], source: '', pdpa: false,
      };
      for (const q of [...(posting.before ?? []), ...posting.questions]) initialValues[q.key] = q.type === 'checks' ? [] : '';
      if (posting.askDob === false) delete initialValues.dateOfBirth;
      const { values, defineField, handleSubmit, setFieldValue } = useForm({ initialValues });
      const f = {};
      for (const key of Object.keys(initialValues)) [f[key]] = defineField(key);
      const done = { value: false };
      const model = computed(() => JSON.stringify({ ...values, resume: (values.resume || []).map((x) => x.name) }, null, 2));
      const querySchools = (q, cb) => setTimeout(() => cb(SCHOOLS.filter((s) => s.toLowerCase().includes((q || '').toLowerCase())).map((value) => ({ value }))), 250);
      const submitted = { flag: false };
      const onSubmit = handleSubmit(() => { document.getElementById('tb-done').hidden = false; document.getElementById('tb-form').hidden = true; });
      return { f, values, model, querySchools, onSubmit, setFieldValue, posting, DIAL, COUNTRIES, STATES, DEGREES, done, submitted };
    },
    template: `
      <div id="tb-form">
      <el-form label-position="top" class="tb-apply" @submit.prevent="onSubmit">
        <el-form-item v-for="q in (posting.before || [])" :key="q.key" :label="q.label" :class="'f-' + q.key" :required="!!q.required">
          <el-checkbox-group v-if="q.type === 'checks'" v-model="f[q.key].value" :name="q.key"><el-checkbox v-for="o in q.options" :key="o" :value="o">{{ o }}</el-checkbox></el-checkbox-group>
          <el-radio-group v-else-if="q.type === 'buttons'" v-model="f[q.key].value" :name="q.key"><el-radio-button v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio-button></el-radio-group>
          <el-radio-group v-else-if="q.options" v-model="f[q.key].value" :name="q.key"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
          <el-input v-else v-model="f[q.key].value" type="textarea" :rows="3" :name="q.key" />
        </el-form-item>
        <h2>Personal particulars</h2>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Given name" required class="f-firstName"><el-input v-model="f.firstName.value" name="given_name" /></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="Family name" required class="f-lastName"><el-input v-model="f.lastName.value" name="family_name" /></el-form-item></el-col>
        </el-row>
        <el-form-item label="Email" required class="f-email"><el-input v-model="f.email.value" type="email" name="email" /></el-form-item>
        <el-row :gutter="16">
          <el-col :span="9"><el-form-item label="Country code" required class="f-dialCode">
            <el-select v-model="f.dialCode.value" filterable placeholder="Select" name="dial_code">
              <el-option v-for="d in DIAL" :key="d[0]" :value="d[0]" :label="d[2] + ' ' + d[1]" />
            </el-select></el-form-item></el-col>
          <el-col :span="15"><el-form-item label="Phone number" required class="f-phoneNumber"><el-input v-model="f.phoneNumber.value" type="tel" name="phone_number" placeholder="8123 4567" /></el-form-item></el-col>
        </el-row>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Country of residence" required class="f-country">
            <el-select v-model="f.country.value" filterable placeholder="Select" name="country">
              <el-option v-for="c in COUNTRIES" :key="c" :value="c" :label="c" />
            </el-select></el-form-item></el-col>
          <el-col :span="12"><el-form-item label="State (US applicants)" class="f-state">
            <el-select v-model="f.state.value" filterable placeholder="Select" name="state" :disabled="values.country !== 'United States'">
              <el-option v-for="s in STATES" :key="s" :value="s" :label="s" />
            </el-select></el-form-item></el-col>
        </el-row>
        <el-form-item label="City" class="f-city"><el-input v-model="f.city.value" name="city" /></el-form-item>
        <el-form-item label="LinkedIn" class="f-linkedin"><el-input v-model="f.linkedin.value" name="linkedin"><template #prepend>https://</template></el-input></el-form-item>
        <el-row :gutter="16">
          <el-col :span="12"><el-form-item label="Nationality" class="f-nationality">
            <el-select v-model="f.nationality.value" filterable placeholder="Select" name="nationality">
              <el-option v-for="c in ['Singaporean', 'Malaysian', 'Indonesian', 'Australian', 'British', 'Canadian', 'American', 'Indian', 'Japanese', 'Other']" :key="c" :value="c" :label="c" />
            </el-select></el-form-item></el-col>
          <el-col :span="12" v-if="posting.askDob !== false"><el-form-item label="Date of birth" class="f-dateOfBirth">
            <el-date-picker v-model="f.dateOfBirth.value" type="date" format="DD MMM YYYY" value-format="YYYY-MM-DD" placeholder="DD MMM YYYY" name="date_of_birth" style="width:100%" />
          </el-form-item></el-col>
        </el-row>

        <h2>Education</h2>
        <el-form-item label="Institution" class="f-school">
          <el-autocomplete v-model="f.school.value" :fetch-suggestions="querySchools" placeholder="Start typing your university" name="school" style="width:100%" />
        </el-form-item>
        <el-form-item label="Highest qualification" class="f-degree">
          <el-select v-model="f.degree.value" placeholder="Select" name="degree">
            <el-option v-for="d in DEGREES" :key="d" :value="d" :label="d" />
          </el-select>
        </el-form-item>

        <h2>Availability and remuneration</h2>
        <el-form-item label="Earliest start date" :required="posting.startRequired !== false" class="f-startDate">
          <el-date-picker v-model="f.startDate.value" type="date" format="DD MMM YYYY" value-format="YYYY-MM-DD" placeholder="DD MMM YYYY" name="start_date" style="width:100%" />
        </el-form-item>
        <el-row :gutter="16">
          <el-col :span="16"><el-form-item label="Expected salary" class="f-salary">
            <el-input v-model="f.salary.value" name="expected_salary" inputmode="numeric">
              <template #prepend>
                <el-select v-model="f.currency.value" style="width: 100px" class="f-currency" aria-label="Currency">
                  <el-option v-for="c in ['SGD', 'MYR', 'AUD', 'USD', 'GBP', 'EUR']" :key="c" :value="c" :label="c" />
                </el-select>
              </template>
            </el-input></el-form-item></el-col>
          <el-col :span="8"><el-form-item label="Per" class="f-salaryPer">
            <el-select v-model="f.salaryPer.value" name="salary_per">
              <el-option value="month" label="per month" />
              <el-option value="year" label="per year" />
              <el-option value="hour" label="per hour" />
            </el-select></el-form-item></el-col>
        </el-row>

        <h2>Work eligibility</h2>
        <el-form-item :label="'Are you legally authorised to work in ' + posting.workCountry + '?'" required class="f-authorized">
          <el-radio-group v-model="f.authorized.value" name="authorized"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item :label="posting.sponsorLabel || 'Will you require Saraca to sponsor an employment pass or visa?'" required class="f-sponsorship">
          <el-radio-group v-model="f.sponsorship.value" name="sponsorship"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item v-for="q in posting.questions" :key="q.key" :label="q.label" :class="'f-' + q.key" :required="!!q.required">
          <el-checkbox-group v-if="q.type === 'checks'" v-model="f[q.key].value" :name="q.key"><el-checkbox v-for="o in q.options" :key="o" :value="o">{{ o }}</el-checkbox></el-checkbox-group>
          <el-radio-group v-else-if="q.type === 'buttons'" v-model="f[q.key].value" :name="q.key"><el-radio-button v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio-button></el-radio-group>
          <el-radio-group v-else-if="q.options" v-model="f[q.key].value" :name="q.key"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
          <el-input v-else v-model="f[q.key].value" type="textarea" :rows="3" :name="q.key" />
        </el-form-item>

        <h2>Documents</h2>
        <el-form-item label="Résumé" required class="f-resume">
          <el-upload v-model:file-list="f.resume.value" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" drag style="width:100%">
            <div class="el-upload__text">Drop file here or <em>click to upload</em></div>
            <template #tip><div class="el-upload__tip">PDF or Word, up to 5 MB</div></template>
          </el-upload>
        </el-form-item>
        <el-form-item label="How did you learn about this opportunity?" class="f-source">
          <el-select v-model="f.source.value" placeholder="Select" name="source" clearable>
            <el-option v-for="s in ['Saraca Careers site', 'LinkedIn', 'JobStreet', 'Indeed', 'Friend or colleague', 'Hospitality school']" :key="s" :value="s" :label="s" />
          </el-select>
        </el-form-item>
        <el-form-item class="f-pdpa">
          <el-checkbox v-model="f.pdpa.value" name="pdpa_consent">I consent to Saraca Hotels &amp; Resorts collecting, using and disclosing my personal data for recruitment purposes under the PDPA.</el-checkbox>
        </el-form-item>
        <el-button type="primary" native-type="submit" id="tb-submit" size="large">Submit application</el-button>
      </el-form>
      </div>
      <div id="tb-done" hidden><h2>Thank you for applying</h2><p>We have received your application for {{ posting.title }}.</p></div>
      <pre id="model">{{ model }}</pre>`,
  };
  createApp(App).use(ElementPlus).mount('#root');
}
