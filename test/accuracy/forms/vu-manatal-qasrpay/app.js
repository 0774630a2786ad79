/*
 * Manatal-like career page: Vue 3, vue-tel-input (preset AE, auto mode) and native controls whose
 * captions are <label>s without `for`. The form state is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import { VueTelInput } from 'vue-tel-input';
import 'vue-tel-input/vue-tel-input.css';
import countries from 'world-countries';

const POSTING = {
  "job": "Senior Data Engineer",
  "meta": "Dubai, United Arab Emirates · Full-time · On-site (DIFC) · Relocation package available",
  "intro": "<p>Qasr Pay processes card and wallet payments for 40,000 merchants across the GCC. You will build the streaming pipelines behind our settlement, fraud and merchant reporting products.</p><ul><li>5+ years of data engineering</li><li>Kafka, Spark, Airflow, Python</li><li>Experience with payments or banking data is a plus</li></ul><p>Tax-free salary, annual flight ticket, family medical insurance, relocation support.</p>",
  "questions": [
    {
      "key": "31207",
      "type": "yesno",
      "label": "Are you willing to relocate to Dubai?"
    },
    {
      "key": "31208",
      "type": "text",
      "label": "How many years of experience do you have with Apache Kafka?"
    },
    {
      "key": "31209",
      "type": "select",
      "label": "Arabic language proficiency",
      "options": [
        "None",
        "Basic",
        "Conversational",
        "Fluent",
        "Native"
      ]
    }
  ]
};
const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));

const App = {
  components: { VueTelInput },
  setup() {
    const form = reactive({
      fullName: '', email: '', phone: '', phoneE164: '', phoneCountry: 'AE', nationality: '', city: '', residence: '',
      currentTitle: '', currentCompany: '', years: '', education: '', currentSalary: '', expectedSalary: '', notice: '',
      visa: '', linkedin: '', resume: null, coverLetter: null, source: '', answers: {}, privacy: false, retention: false,
    });
    POSTING.questions.forEach((q) => { form.answers[q.key] = ''; });
    const header = reactive({ search: '', lang: 'en', alertEmail: '' });
    const sent = ref(false);
    const error = ref('');
    const render = () => { document.getElementById('model').textContent = JSON.stringify({ ...form, header }, null, 1); };
    watch([form, header], render, { deep: true, immediate: true });
    const onPhone = (_n, obj) => { form.phoneE164 = obj?.number ?? ''; form.phoneCountry = obj?.countryCode ?? form.phoneCountry; };
    const onCountry = (c) => { form.phoneCountry = c?.iso2 ?? form.phoneCountry; };
    const onFile = (key) => (e) => { form[key] = e.target.files[0]?.name ?? null; };
    const submit = () => {
      const ok = form.fullName && form.email && form.phoneE164 && form.resume && form.privacy && form.residence;
      if (!ok) { error.value = 'Please fill in all required fields.'; return; }
      sent.value = true;
    };
    return { form, header, sent, error, onPhone, onCountry, onFile, submit, COUNTRIES, POSTING };
  },
  template: `
  <div>
    <nav class="mn-nav">
      <strong>QASR PAY · Careers</strong>
      <form id="mn-search" @submit.prevent role="search"><input type="search" id="mn-search-q" v-model="header.search" placeholder="Search jobs" aria-label="Search jobs"> <button>Search</button></form>
      <select id="mn-lang" v-model="header.lang" aria-label="Language"><option value="en">English</option><option value="ar">العربية</option></select>
    </nav>
    <div class="card">
      <h1>{{ POSTING.job }}</h1>
      <p>{{ POSTING.meta }}</p>
      <div v-html="POSTING.intro"></div>
    </div>
    <div class="card" v-if="!sent">
      <h2>Apply for this position</h2>
      <form id="mn-apply" @submit.prevent="submit" novalidate>
        <div class="form-group"><label class="form-label">Full Name <span class="text-danger">*</span></label>
          <input type="text" class="form-control" name="full_name" v-model="form.fullName"></div>
        <div class="row">
          <div class="form-group"><label class="form-label">Email <span class="text-danger">*</span></label>
            <input type="email" class="form-control" name="email" v-model="form.email"></div>
          <div class="form-group mn-phone"><label class="form-label">Phone Number <span class="text-danger">*</span></label>
            <vue-tel-input v-model="form.phone" default-country="AE" :preferred-countries="['AE', 'SA', 'IN', 'GB']" mode="auto"
              :input-options="{ placeholder: 'Enter a phone number', name: 'phone', id: 'mn-phone' }"
              :dropdown-options="{ showSearchBox: true, showFlags: true, showDialCodeInList: true, showDialCodeInSelection: true }"
              @on-input="onPhone" @country-changed="onCountry"></vue-tel-input></div>
        </div>
        <div class="row">
          <div class="form-group"><label class="form-label">Nationality</label>
            <select class="form-control" name="nationality" v-model="form.nationality"><option value="">Select nationality</option><option v-for="c in COUNTRIES" :key="c">{{ c }}</option></select></div>
          <div class="form-group"><label class="form-label">Country of Residence <span class="text-danger">*</span></label>
            <select class="form-control" name="country_of_residence" v-model="form.residence"><option value="">Select country</option><option v-for="c in COUNTRIES" :key="c">{{ c }}</option></select></div>
        </div>
        <div class="form-group"><label class="form-label">Current City</label>
          <input type="text" class="form-control" name="current_city" v-model="form.city" placeholder="e.g. Dubai"></div>
        <div class="row">
          <div class="form-group"><label class="form-label">Current Job Title</label>
            <input type="text" class="form-control" name="current_position" v-model="form.currentTitle"></div>
          <div class="form-group"><label class="form-label">Current Company</label>
            <input type="text" class="form-control" name="current_company" v-model="form.currentCompany"></div>
        </div>
        <div class="row">
          <div class="form-group"><label class="form-label">Total Years of Experience</label>
            <input type="number" class="form-control" name="total_experience" v-model="form.years" min="0" max="50"><div class="form-text">In years</div></div>
          <div class="form-group"><label class="form-label">Highest Education Level</label>
            <select class="form-control" name="education_level" v-model="form.education"><option value="">Select</option><option>High School</option><option>Diploma</option><option>Bachelor's Degree</option><option>Master's Degree</option><option>Doctorate</option></select></div>
        </div>
        <div class="row">
          <div class="form-group"><label class="form-label">Current Salary (AED per month)</label>
            <input type="number" class="form-control" name="current_salary" v-model="form.currentSalary"></div>
          <div class="form-group"><label class="form-label">Expected Salary (AED per month)</label>
            <input type="number" class="form-control" name="expected_salary" v-model="form.expectedSalary"></div>
        </div>
        <div class="row">
          <div class="form-group"><label class="form-label">Notice Period (days)</label>
            <input type="number" class="form-control" name="notice_period" v-model="form.notice"></div>
          <div class="form-group"><label class="form-label">Current UAE Visa Status</label>
            <select class="form-control" name="visa_status" v-model="form.visa"><option value="">Select</option><option>UAE National</option><option>Employment visa (sponsored by current employer)</option><option>Residence visa (family sponsored)</option><option>Golden visa</option><option>Visit visa</option><option>Outside the UAE (would need an employment visa)</option></select></div>
        </div>
        <div class="form-group"><label class="form-label">LinkedIn Profile</label>
          <input type="url" class="form-control" name="linkedin" v-model="form.linkedin" placeholder="https://"></div>
        <div class="row">
          <div class="form-group"><label class="form-label">Resume <span class="text-danger">*</span></label>
            <input type="file" class="form-control" name="resume" accept=".pdf,.doc,.docx" @change="onFile('resume')($event)"><div class="form-text">PDF or Word, max 5 MB</div></div>
          <div class="form-group"><label class="form-label">Cover Letter</label>
            <input type="file" class="form-control" name="cover_letter" accept=".pdf,.doc,.docx,.txt" @change="onFile('coverLetter')($event)"></div>
        </div>
        <div v-for="q in POSTING.questions" :key="q.key" class="form-group">
          <label class="form-label">{{ q.label }}</label>
          <template v-if="q.type === 'yesno'">
            <div :role="'radiogroup'"><label v-for="o in ['Yes', 'No']" :key="o" style="margin-right:18px"><input type="radio" :name="'custom_question_' + q.key" :value="o" v-model="form.answers[q.key]"> {{ o }}</label></div>
          </template>
          <select v-else-if="q.type === 'select'" class="form-control" :name="'custom_question_' + q.key" v-model="form.answers[q.key]"><option value="">Select</option><option v-for="o in q.options" :key="o">{{ o }}</option></select>
          <textarea v-else-if="q.type === 'textarea'" class="form-control" rows="4" :name="'custom_question_' + q.key" v-model="form.answers[q.key]"></textarea>
          <input v-else type="text" class="form-control" :name="'custom_question_' + q.key" v-model="form.answers[q.key]">
        </div>
        <div class="form-group"><label class="form-label">How did you hear about us?</label>
          <select class="form-control" name="source" v-model="form.source"><option value="">Select</option><option>LinkedIn</option><option>Bayt</option><option>GulfTalent</option><option>Naukrigulf</option><option>Referral</option><option>Other</option></select></div>
        <div class="form-group"><label><input type="checkbox" name="privacy_policy" v-model="form.privacy"> I have read and agree to the <a href="#">Privacy Policy</a>. <span class="text-danger">*</span></label></div>
        <div class="form-group"><label><input type="checkbox" name="data_retention" v-model="form.retention"> I agree that Qasr Pay may keep my data for future vacancies for 12 months.</label></div>
        <p class="text-danger" v-if="error">{{ error }}</p>
        <button type="submit" id="mn-submit" class="btn btn-primary">Submit Application</button>
      </form>
    </div>
    <div class="card" v-else id="mn-done"><h2>Thank you for applying!</h2></div>
    <div class="card">
      <form id="mn-alert" @submit.prevent><strong>Job alerts</strong> — receive new openings at Qasr Pay:
        <input type="email" id="mn-alert-email" v-model="header.alertEmail" placeholder="Your email"> <button>Subscribe</button></form>
    </div>
    <div class="mn-cookie" id="mn-cookie">This site uses cookies. <button type="button" onclick="this.parentNode.hidden=true">OK</button></div>
  </div>`,
};

createApp(App).mount('#app');
