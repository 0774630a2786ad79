/*
 * The mobile-first apply page of an EV-charging network, built with Vue 3 + Varlet (Material
 * Design components for mobile) as the Varlet docs show: var-app-bar, var-form, var-input whose
 * `placeholder` becomes a floating <label for="var-input-N"> written after the input, a "+1"
 * prepend on the mobile number, var-selects (a div showing the chosen label, var-options in a menu
 * at the end of <body>, no native select), var-radio-groups of div role=radio (no native radios),
 * var-date-input (text input + date-picker menu, YYYY-MM-DD), a var-uploader tile (its file
 * input keeps nothing; the file list is the state), var-input textarea, var-switch and
 * var-checkbox (div role=switch / role=checkbox), var-button. English locale. The form data is
 * written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import Varlet, { Locale } from '@varlet/ui';
import '@varlet/ui/es/style.mjs';
import enUS from '@varlet/ui/es/locale/en-US.mjs';

Locale.add('en-US', enUS);
Locale.use('en-US');

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', mobile: '', city: '', state: '', zip: '', linkedin: '', experience: '', degree: '',
      authorized: '', sponsorship: '', license: '', salary: '', startDate: '', resume: [], coverLetter: '', referralCode: '',
      textUpdates: false, consent: false,
    });
    const sent = ref(false);
    const model = document.getElementById('model');
    watch(form, () => {
      model.textContent = JSON.stringify({ ...form, resume: form.resume.map((file) => file.name) }, null, 2);
    }, { deep: true, immediate: true });
    const submit = () => {
      if (form.firstName && form.lastName && form.email && form.mobile && form.resume.length && form.authorized && form.sponsorship && form.consent) sent.value = true;
    };
    return {
      form, sent, submit, states: STATES,
      experience: ['Under 2 years', '2-5 years', '5-10 years', '10+ years'],
      degrees: ['High school / GED', 'Some college', "Associate's degree", "Bachelor's degree", "Master's degree or higher"],
    };
  },
  template: `
    <var-app-bar title="Apply · Senior Data Engineer" title-position="left" color="#0b7a5b" />
    <div v-if="sent" id="apply-sent" class="sent"><h2>You're all set!</h2><p>We'll text and email you about next steps.</p></div>
    <var-form v-else id="apply-form" class="apply">
      <div class="section">About you</div>
      <div class="form-item" data-name="firstName"><var-input v-model="form.firstName" placeholder="First name *" /></div>
      <div class="form-item" data-name="lastName"><var-input v-model="form.lastName" placeholder="Last name *" /></div>
      <div class="form-item" data-name="email"><var-input v-model="form.email" type="email" placeholder="Email *" /></div>
      <div class="form-item" data-name="mobile">
        <var-input v-model="form.mobile" type="tel" placeholder="Mobile number *" :maxlength="10"><template #prepend-icon><span class="prefix">🇺🇸 +1</span></template></var-input>
      </div>
      <div class="form-item" data-name="city"><var-input v-model="form.city" placeholder="City" /></div>
      <div class="row">
        <div class="form-item" data-name="state"><var-select v-model="form.state" placeholder="State"><var-option v-for="s in states" :key="s" :label="s" :value="s" /></var-select></div>
        <div class="form-item" data-name="zip"><var-input v-model="form.zip" placeholder="ZIP" :maxlength="5" /></div>
      </div>
      <div class="form-item" data-name="linkedin"><var-input v-model="form.linkedin" placeholder="LinkedIn URL (optional)" /></div>
      <div class="section">Experience</div>
      <div class="form-item" data-name="experience"><var-select v-model="form.experience" placeholder="Years of data engineering experience"><var-option v-for="e in experience" :key="e" :label="e" :value="e" /></var-select></div>
      <div class="form-item" data-name="degree"><var-select v-model="form.degree" placeholder="Highest education"><var-option v-for="d in degrees" :key="d" :label="d" :value="d" /></var-select></div>
      <div class="section">Eligibility</div>
      <div class="form-item question" data-name="authorized">
        <div class="question-text">Are you legally eligible to work in the U.S.? *</div>
        <var-radio-group v-model="form.authorized"><var-radio checked-value="yes">Yes</var-radio><var-radio checked-value="no">No</var-radio></var-radio-group>
      </div>
      <div class="form-item question" data-name="sponsorship">
        <div class="question-text">Will you require visa sponsorship now or in the future? *</div>
        <var-radio-group v-model="form.sponsorship"><var-radio checked-value="yes">Yes</var-radio><var-radio checked-value="no">No</var-radio></var-radio-group>
      </div>
      <div class="form-item question" data-name="license">
        <div class="question-text">Do you have a valid driver's license? (Site visits to charging depots are occasional.)</div>
        <var-radio-group v-model="form.license"><var-radio checked-value="yes">Yes</var-radio><var-radio checked-value="no">No</var-radio></var-radio-group>
      </div>
      <div class="form-item" data-name="salary"><var-input v-model="form.salary" type="number" placeholder="Desired salary (USD per year)" /></div>
      <div class="form-item" data-name="startDate"><var-date-input v-model="form.startDate" placeholder="Earliest start date" /></div>
      <div class="section">Resume</div>
      <div class="form-item" data-name="resume">
        <div class="question-text">Upload your resume (PDF) *</div>
        <var-uploader v-model="form.resume" accept="application/pdf" :maxlength="1" />
      </div>
      <div class="form-item" data-name="coverLetter"><var-input v-model="form.coverLetter" textarea :rows="5" placeholder="Cover letter (optional)" /></div>
      <div class="form-item" data-name="referralCode"><var-input v-model="form.referralCode" placeholder="Referral code" /></div>
      <div class="form-item toggle" data-name="textUpdates"><span>Text me updates about my application</span><var-switch v-model="form.textUpdates" /></div>
      <div class="form-item" data-name="consent"><var-checkbox v-model="form.consent">I agree to Voltway's Applicant Privacy Notice *</var-checkbox></div>
      <var-button type="primary" block id="submit-application" @click="submit">Submit application</var-button>
    </var-form>`,
};

createApp(App).use(Varlet).mount('#app');
