/*
 * Cobalt Reach Solar's careers page (another posting, same template): a Vue 3 app on maz-ui 4 (the MazUi plugin with the mazUi
 * preset and English messages, components cherry-picked from `maz-ui/components`): MazInput
 * floating labels (the label is a span after the input, the input carries aria-label and
 * placeholder " "), MazSelect as a read-only input inside a role=button popover trigger, its list
 * (with a search box) in a popover panel: searchable country / state / "how did you hear", an
 * experience-range and a degree MazSelect; MazRadioButtons Yes/No (labels role=radio around
 * visually hidden radios), MazCheckbox group (label role=checkbox), MazSwitch, MazInputNumber,
 * MazInputPrice ("$150,000.00" on blur), MazDropzone with auto upload off (its file list is the
 * state), MazTextarea. The phone and the start date are MazInputs: maz-ui's MazInputPhoneNumber and
 * MazDatePicker load their inner parts with template-literal `import()`s that the suite's one-file
 * esbuild bundle leaves unresolved, so they render empty here. Values rendered into <pre id="model">.
 */
import { createApp, reactive, ref, watchEffect } from 'vue/dist/vue.esm-bundler.js';
import 'maz-ui/styles';
import { MazUi } from 'maz-ui/plugins/maz-ui';
import { mazUi } from '@maz-ui/themes/presets';
import { en } from '@maz-ui/translations';
import MazInput from 'maz-ui/components/MazInput';
import MazSelect from 'maz-ui/components/MazSelect';
import MazRadioButtons from 'maz-ui/components/MazRadioButtons';
import MazCheckbox from 'maz-ui/components/MazCheckbox';
import MazSwitch from 'maz-ui/components/MazSwitch';
import MazInputNumber from 'maz-ui/components/MazInputNumber';
import MazInputPrice from 'maz-ui/components/MazInputPrice';
import MazDropzone from 'maz-ui/components/MazDropzone';
import MazTextarea from 'maz-ui/components/MazTextarea';
import MazBtn from 'maz-ui/components/MazBtn';

const COUNTRIES = ['Australia', 'Brazil', 'Canada', 'Chile', 'France', 'Germany', 'India', 'Ireland', 'Italy', 'Japan', 'Mexico', 'Netherlands',
  'Portugal', 'Spain', 'United Kingdom', 'United States', 'Uruguay'].map((c) => ({ label: c, value: c }));
const STATES = ['Arizona', 'California', 'Colorado', 'Florida', 'Nevada', 'New Mexico', 'Oregon', 'Texas', 'Utah', 'Washington', 'Other / outside the US'].map((s) => ({ label: s, value: s }));
const YEARS = ['0–2 years', '3–6 years', '7–10 years', '11–15 years', '16+ years'].map((s) => ({ label: s, value: s }));
const DEGREES = ['High school diploma', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate'].map((s) => ({ label: s, value: s }));
const SOURCES = ['LinkedIn', 'Indeed', 'Solar industry job board', 'Cobalt Reach website', 'Employee referral', 'Career fair', 'Other'].map((s) => ({ label: s, value: s }));
const YES_NO = [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }];

const App = {
  components: { MazInput, MazSelect, MazRadioButtons, MazCheckbox, MazSwitch, MazInputNumber, MazInputPrice, MazDropzone, MazTextarea, MazBtn },
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', country: null, state: null, city: '',
      linkedin: '', currentTitle: '', years: null, degree: null, school: '', authorized: null, sponsorship: null,
      salary: null, notice: null, startDate: '', employed: null, certifications: [], license: false, resume: [], coverLetter: '',
      source: null, terms: false,
    });
    const search = ref('');
    const alertEmail = ref('');
    const submitted = ref(false);
    watchEffect(() => {
      const model = { ...form, resume: form.resume.map((f) => f.file?.name ?? f.name) };
      const pre = document.getElementById('model');
      if (pre) pre.textContent = JSON.stringify(model, null, 2);
    });
    const submit = () => {
      if (form.firstName && form.email && form.resume.length && form.terms) submitted.value = true;
    };
    return { form, search, alertEmail, submitted, submit, COUNTRIES, STATES, YEARS, DEGREES, SOURCES, YES_NO };
  },
  template: `
  <header class="cr-header">
    <strong class="cr-logo">cobalt<span>reach</span> solar</strong>
    <nav><a href="#">Projects</a> <a href="#">Careers</a> <a href="#">Homeowners</a></nav>
    <div class="cr-search"><MazInput v-model="search" id="site-search" placeholder="Search jobs" size="sm" aria-label="Search jobs" /></div>
  </header>
  <main class="cr-main">
    <p class="cr-kicker">Field Operations · Phoenix, AZ</p>
    <h1>Data Engineer, Field Operations Telemetry</h1>
    <p>Our 400 field technicians keep 60,000 inverters online. Build the telemetry pipelines that tell them where to go next.</p>
    <div v-if="submitted" id="application-received" class="cr-card"><h2>Application sent. Thank you!</h2></div>
    <form v-else id="cobalt-apply" class="cr-card" @submit.prevent="submit" novalidate>
      <h2>Your details</h2>
      <div class="cr-row">
        <MazInput v-model="form.firstName" id="firstName" name="firstName" label="First name" required block />
        <MazInput v-model="form.lastName" id="lastName" name="lastName" label="Last name" required block />
      </div>
      <MazInput v-model="form.email" id="email" name="email" type="email" label="Email address" required block />
      <MazInput v-model="form.phone" id="phone" name="phone" type="tel" label="Mobile phone" hint="Include your country code, e.g. +1 555 555 5555" block />
      <MazSelect v-model="form.country" id="country" label="Country" :options="COUNTRIES" search block />
      <div class="cr-row">
        <MazSelect v-model="form.state" id="state" label="State" :options="STATES" search block />
        <MazInput v-model="form.city" id="city" name="city" label="City" block />
      </div>
      <h2>Experience</h2>
      <MazInput v-model="form.currentTitle" id="currentTitle" name="currentTitle" label="Current job title" block />
      <MazSelect v-model="form.years" id="years" label="Total years of experience" :options="YEARS" required block />
      <div class="cr-row">
        <MazSelect v-model="form.degree" id="degree" label="Highest level of education" :options="DEGREES" block />
        <MazInput v-model="form.school" id="school" name="school" label="School or university" block />
      </div>
      <MazInput v-model="form.linkedin" id="linkedin" name="linkedin" label="LinkedIn URL" block />
      <p class="cr-q" id="authorized-label">Are you authorized to work in the United States? *</p>
      <MazRadioButtons v-model="form.authorized" name="authorized" :options="YES_NO" aria-labelledby="authorized-label" />
      <p class="cr-q" id="sponsorship-label">Will you now or in the future require Cobalt Reach to sponsor an employment visa (e.g. H-1B)? *</p>
      <MazRadioButtons v-model="form.sponsorship" name="sponsorship" :options="YES_NO" aria-labelledby="sponsorship-label" />
      <div class="cr-row">
        <MazInputPrice v-model="form.salary" id="salary" label="Desired annual salary" currency="USD" locale="en-US" block />
        <MazInputNumber v-model="form.notice" id="notice" label="Notice period (weeks)" :min="0" :max="26" hide-buttons block />
      </div>
      <MazInput v-model="form.startDate" id="startDate" name="startDate" type="date" label="Earliest start date" block />
      <p class="cr-q" id="employed-label">Are you currently employed? *</p>
      <MazRadioButtons v-model="form.employed" name="employed" :options="YES_NO" aria-labelledby="employed-label" />
      <p class="cr-q">Which certifications do you hold?</p>
      <div class="cr-checks">
        <MazCheckbox v-model="form.certifications" value="NABCEP PV Associate" name="certifications">NABCEP PV Associate</MazCheckbox>
        <MazCheckbox v-model="form.certifications" value="OSHA 10" name="certifications">OSHA 10</MazCheckbox>
        <MazCheckbox v-model="form.certifications" value="AWS Certified Data Engineer" name="certifications">AWS Certified Data Engineer</MazCheckbox>
      </div>
      <MazSwitch v-model="form.license" name="license" id="license">I hold a valid driver's license and can drive to sites in Arizona</MazSwitch>
      <h2>Resume &amp; cover letter</h2>
      <p class="cr-q">Resume *</p>
      <MazDropzone v-model="form.resume" id="resume" :auto-upload="false" :data-types="['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']" :max-files="1" />
      <MazTextarea v-model="form.coverLetter" id="coverLetter" name="coverLetter" label="Cover letter (optional)" />
      <MazSelect v-model="form.source" id="source" label="How did you hear about this job?" :options="SOURCES" search block />
      <MazCheckbox v-model="form.terms" name="terms" id="terms">I agree to the Cobalt Reach applicant privacy policy *</MazCheckbox>
      <MazBtn type="submit" id="submit-application" color="primary">Submit application</MazBtn>
    </form>
  </main>
  <footer class="cr-footer">
    <p>Get job alerts from Cobalt Reach</p>
    <MazInput v-model="alertEmail" id="alert-email" label="Your email" size="sm" />
    <MazBtn size="sm" color="secondary">Create alert</MazBtn>
  </footer>`,
};

createApp(App).use(MazUi, { theme: { preset: mazUi }, translations: { locale: 'en', fallbackLocale: 'en', messages: { en } } }).mount('#root');
