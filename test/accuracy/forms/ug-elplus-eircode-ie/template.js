/*
 * An Irish medtech company's careers page: Vue 3 + Element Plus (el-form label-position top).
 * "Forename" / "Surname", confirm email, a dialling-code el-select preset "Ireland (+353)" before
 * "Mobile number", County el-select (26 counties, the six of Northern Ireland, "Outside Ireland"),
 * "Eircode / Postcode", filterable country preset "Ireland", el-date-pickers in DD/MM/YYYY
 * (date of birth, earliest start), work-visa / Stamp and EU-citizen el-radio-groups, NFQ
 * qualification levels, experience buckets as el-radios, "https://" prepend LinkedIn, € salary
 * el-input-number, referees, "Where did you hear", GDPR el-checkbox; header search, footer
 * newsletter. The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref, computed } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const COUNTIES = ['Carlow', 'Cavan', 'Clare', 'Cork', 'Donegal', 'Dublin', 'Galway', 'Kerry', 'Kildare', 'Kilkenny', 'Laois', 'Leitrim', 'Limerick', 'Longford', 'Louth', 'Mayo', 'Meath', 'Monaghan', 'Offaly', 'Roscommon', 'Sligo', 'Tipperary', 'Waterford', 'Westmeath', 'Wexford', 'Wicklow', 'Antrim (NI)', 'Armagh (NI)', 'Derry (NI)', 'Down (NI)', 'Fermanagh (NI)', 'Tyrone (NI)', 'Outside Ireland'];
const COUNTRIES = [['IE', 'Ireland'], ['GB', 'United Kingdom'], ['FR', 'France'], ['DE', 'Germany'], ['NL', 'Netherlands'], ['PL', 'Poland'], ['ES', 'Spain'], ['IN', 'India'], ['CA', 'Canada'], ['US', 'United States'], ['UM', 'United States Minor Outlying Islands'], ['AU', 'Australia']];
const DIAL = [['IE', 'Ireland (+353)'], ['GB', 'United Kingdom (+44)'], ['CA', 'Canada (+1)'], ['US', 'United States (+1)'], ['IN', 'India (+91)'], ['PL', 'Poland (+48)']];
const NFQ = ['Leaving Certificate (NFQ Level 4/5)', 'Higher Certificate (NFQ Level 6)', 'Ordinary Bachelor Degree (NFQ Level 7)', 'Honours Bachelor Degree (NFQ Level 8)', 'Higher Diploma (NFQ Level 8)', "Master's Degree (NFQ Level 9)", 'Doctorate (NFQ Level 10)'];
const NOTICE = ['Immediately available', '1 week', '2 weeks', '1 month', '2 months', '3 months'];
const HEAR = ['IrishJobs.ie', 'Jobs.ie', 'LinkedIn', 'Indeed', 'Company website', 'Recruitment agency', 'Referral', 'Other'];

export function mountPosting(posting) {
  const App = {
    setup() {
      const answers = {};
      posting.questions.forEach((q) => { answers[q.id] = ''; });
      const form = reactive({
        forename: '', surname: '', email: '', confirmEmail: '', dialCode: 'IE', mobile: '', address1: '', address2: '', town: '',
        county: '', eircode: '', country: 'IE', dob: null, gender: '', nationality: '', workVisa: '', euCitizen: '',
        qualification: '', institution: '', years: '', employer: '', jobTitle: '', notice: '', startDate: null, salary: null,
        linkedin: '', cv: '', coverLetter: '', answers, ref1Name: '', ref1Email: '', hear: '', gdpr: false,
      });
      const extra = reactive({ search: '', newsletter: '' });
      const done = ref(false);
      const model = computed(() => JSON.stringify({ ...form, search: extra.search, newsletter: extra.newsletter }, null, 1));
      const onCv = (e) => { form.cv = e.target.files[0] ? e.target.files[0].name : ''; };
      const submit = () => { if (!form.gdpr) { alert('Please accept the privacy notice'); return; } done.value = true; };
      return { form, extra, done, model, onCv, submit, posting, COUNTIES, COUNTRIES, DIAL, NFQ, NOTICE, HEAR };
    },
    template: `
    <header class="cm-top">
      <strong>{{ posting.company }} · Careers</strong>
      <div class="cm-search"><el-input v-model="extra.search" placeholder="Search roles" aria-label="Search roles" /></div>
    </header>
    <main class="cm-main">
      <p class="cm-meta">{{ posting.department }} · {{ posting.location }} · Ref {{ posting.ref }}</p>
      <h1>{{ posting.title }}</h1>
      <p v-for="(para, i) in posting.blurb" :key="i">{{ para }}</p>
      <div v-if="done" id="cm-done"><h2>Thanks, your application is in.</h2><p>We aim to respond within ten working days.</p></div>
      <el-form v-else :model="form" label-position="top" @submit.prevent="submit" id="cm-form">
        <h2>Your details</h2>
        <div class="cm-row">
          <el-form-item label="Forename" class="field-forename" required><el-input v-model="form.forename" /></el-form-item>
          <el-form-item label="Surname" class="field-surname" required><el-input v-model="form.surname" /></el-form-item>
        </div>
        <div class="cm-row">
          <el-form-item label="Email address" class="field-email" required><el-input v-model="form.email" type="email" /></el-form-item>
          <el-form-item label="Confirm email address" class="field-confirm" required><el-input v-model="form.confirmEmail" type="email" /></el-form-item>
        </div>
        <div class="cm-row">
          <el-form-item label="Dialling code" class="field-dial"><el-select v-model="form.dialCode" placeholder="Select"><el-option v-for="d in DIAL" :key="d[1]" :label="d[1]" :value="d[0]" /></el-select></el-form-item>
          <el-form-item label="Mobile number" class="field-mobile" required><el-input v-model="form.mobile" placeholder="087 123 4567" /></el-form-item>
        </div>
        <el-form-item label="Address line 1" class="field-address1"><el-input v-model="form.address1" /></el-form-item>
        <el-form-item label="Address line 2" class="field-address2"><el-input v-model="form.address2" /></el-form-item>
        <div class="cm-row">
          <el-form-item label="Town / City" class="field-town"><el-input v-model="form.town" /></el-form-item>
          <el-form-item label="County" class="field-county"><el-select v-model="form.county" placeholder="Select county" filterable><el-option v-for="c in COUNTIES" :key="c" :label="c" :value="c" /></el-select></el-form-item>
        </div>
        <div class="cm-row">
          <el-form-item label="Eircode / Postcode" class="field-eircode"><el-input v-model="form.eircode" placeholder="e.g. H91 X2Y3" /></el-form-item>
          <el-form-item label="Country of residence" class="field-country"><el-select v-model="form.country" placeholder="Select" filterable><el-option v-for="c in COUNTRIES" :key="c[0]" :label="c[1]" :value="c[0]" /></el-select></el-form-item>
        </div>
        <div class="cm-row">
          <el-form-item label="Date of birth" class="field-dob"><el-date-picker v-model="form.dob" type="date" format="DD/MM/YYYY" value-format="YYYY-MM-DD" placeholder="DD/MM/YYYY" /></el-form-item>
          <el-form-item label="Gender" class="field-gender"><el-select v-model="form.gender" placeholder="Select"><el-option v-for="g in ['Female','Male','Non-binary','Prefer not to say']" :key="g" :label="g" :value="g" /></el-select></el-form-item>
          <el-form-item label="Nationality" class="field-nationality"><el-select v-model="form.nationality" placeholder="Select" filterable><el-option v-for="n in ['Irish','British','American','Canadian','Indian','Polish','Other EU/EEA','Other']" :key="n" :label="n" :value="n" /></el-select></el-form-item>
        </div>
        <h2>Eligibility to work</h2>
        <el-form-item :label="posting.visaLabel" class="field-visa" required>
          <el-radio-group v-model="form.workVisa"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item :label="posting.euLabel" class="field-eu">
          <el-radio-group v-model="form.euCitizen"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
        </el-form-item>
        <h2>Education &amp; experience</h2>
        <div class="cm-row">
          <el-form-item label="Highest qualification" class="field-qualification" required><el-select v-model="form.qualification" placeholder="Select"><el-option v-for="q in NFQ" :key="q" :label="q" :value="q" /></el-select></el-form-item>
          <el-form-item label="College / university" class="field-institution"><el-input v-model="form.institution" /></el-form-item>
        </div>
        <el-form-item label="Years of relevant experience" class="field-years" required>
          <el-radio-group v-model="form.years"><el-radio v-for="y in posting.years" :key="y" :value="y">{{ y }}</el-radio></el-radio-group>
        </el-form-item>
        <div class="cm-row">
          <el-form-item label="Current employer" class="field-employer"><el-input v-model="form.employer" /></el-form-item>
          <el-form-item label="Current job title" class="field-jobtitle"><el-input v-model="form.jobTitle" /></el-form-item>
        </div>
        <div class="cm-row">
          <el-form-item label="Notice period" class="field-notice"><el-select v-model="form.notice" placeholder="Select"><el-option v-for="n in NOTICE" :key="n" :label="n" :value="n" /></el-select></el-form-item>
          <el-form-item label="Earliest start date" class="field-start"><el-date-picker v-model="form.startDate" type="date" format="DD/MM/YYYY" value-format="YYYY-MM-DD" placeholder="DD/MM/YYYY" /></el-form-item>
        </div>
        <el-form-item :label="posting.salaryLabel" class="field-salary"><el-input-number v-model="form.salary" :min="0" :step="1000" :controls="false" :placeholder="posting.salaryPlaceholder" /></el-form-item>
        <el-form-item label="LinkedIn profile" class="field-linkedin"><el-input v-model="form.linkedin"><template #prepend>https://</template></el-input></el-form-item>
        <el-form-item label="CV" class="field-cv" required><input type="file" id="cv-file" name="cv" accept=".pdf,.doc,.docx" @change="onCv" /></el-form-item>
        <el-form-item label="Cover letter" class="field-cover"><el-input v-model="form.coverLetter" type="textarea" :rows="6" /></el-form-item>
        <h2>Role questions</h2>
        <template v-for="q in posting.questions" :key="q.id">
          <el-form-item :label="q.label" :class="'field-' + q.id">
            <el-radio-group v-if="q.kind === 'radio'" v-model="form.answers[q.id]"><el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
            <el-input v-else v-model="form.answers[q.id]" :type="q.long ? 'textarea' : 'text'" :rows="3" />
          </el-form-item>
        </template>
        <h2>Referees</h2>
        <div class="cm-row">
          <el-form-item label="Referee name" class="field-ref1name"><el-input v-model="form.ref1Name" /></el-form-item>
          <el-form-item label="Referee email" class="field-ref1email"><el-input v-model="form.ref1Email" /></el-form-item>
        </div>
        <el-form-item label="Where did you hear about this role?" class="field-hear"><el-select v-model="form.hear" placeholder="Select" clearable><el-option v-for="h in HEAR" :key="h" :label="h" :value="h" /></el-select></el-form-item>
        <el-form-item class="field-gdpr"><el-checkbox v-model="form.gdpr">I have read the Privacy Notice and consent to {{ posting.company }} processing my data for this application (GDPR)</el-checkbox></el-form-item>
        <el-button type="primary" native-type="submit" id="cm-submit">Submit application</el-button>
      </el-form>
      <footer class="cm-foot">
        <p><strong>Talent newsletter</strong> – news from our Galway and Cork sites</p>
        <div class="field-newsletter"><el-input v-model="extra.newsletter" placeholder="Your email" aria-label="Newsletter email" /></div>
      </footer>
      <pre id="model">{{ model }}</pre>
    </main>`,
  };
  createApp(App).use(ElementPlus).mount('#app');
}
