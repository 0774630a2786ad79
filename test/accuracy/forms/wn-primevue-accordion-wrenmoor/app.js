/*
 * Wrenmoor Water District employment application (Vue 3 + PrimeVue 4, Aura): one form in an
 * **Accordion of three panels**, only one open at a time; each panel ends with "Save and continue",
 * which closes it and opens the next (the other panels stay in the DOM, hidden), as agency and
 * utility portals lay out long applications. Panel 1: InputText, an **InputMask "(999) 999-9999"**
 * phone, address, a filterable Select of states (code values), ZIP. Panel 2: employer and title,
 * InputNumber years with a " years" suffix, Select degree, an **AutoComplete** school with a dropdown
 * button, a MultiSelect of operator certificates (left alone). Panel 3: RadioButtons, a
 * **DatePicker `mm/dd/yy`**, an InputNumber in USD currency, a SelectButton for the CDL question and
 * a Select for shifts (left alone), a basic FileUpload (judged by the form state), a Textarea,
 * "how did you hear", EEO Selects and a Checkbox certification. Header search and a job-alert box
 * are decoys. The form object goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import PrimeVue from 'primevue/config';
import Aura from '@primeuix/themes/aura';
import Accordion from 'primevue/accordion';
import AccordionContent from 'primevue/accordioncontent';
import AccordionHeader from 'primevue/accordionheader';
import AccordionPanel from 'primevue/accordionpanel';
import AutoComplete from 'primevue/autocomplete';
import Button from 'primevue/button';
import Checkbox from 'primevue/checkbox';
import DatePicker from 'primevue/datepicker';
import FileUpload from 'primevue/fileupload';
import InputMask from 'primevue/inputmask';
import InputNumber from 'primevue/inputnumber';
import InputText from 'primevue/inputtext';
import MultiSelect from 'primevue/multiselect';
import RadioButton from 'primevue/radiobutton';
import Select from 'primevue/select';
import SelectButton from 'primevue/selectbutton';
import Textarea from 'primevue/textarea';

const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['ID', 'Idaho'], ['NV', 'Nevada'], ['NM', 'New Mexico'], ['OR', 'Oregon'], ['UT', 'Utah'], ['WA', 'Washington']].map(([code, name]) => ({ code, name }));
const DEGREES = ['High school diploma / GED', 'Associate’s degree', 'Bachelor’s degree', 'Master’s degree', 'Doctoral degree'];
const SCHOOLS = ['Berkeley City College', 'California State University, Sacramento', 'San Jose State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles'];
const CERTS = ['Water Treatment Operator (T1–T5)', 'Water Distribution Operator (D1–D5)', 'Wastewater Treatment Plant Operator', 'Backflow Prevention Tester', 'None'];
const iso = (d) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d ?? null);

const App = {
  components: { Accordion, AccordionContent, AccordionHeader, AccordionPanel, AutoComplete, Button, Checkbox, DatePicker, FileUpload, InputMask, InputNumber, InputText, MultiSelect, RadioButton, Select, SelectButton, Textarea },
  setup() {
    const panel = ref('0');
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', address: '', city: '', state: null, zip: '',
      employer: '', jobTitle: '', years: null, degree: null, school: '', certs: [],
      authorized: null, sponsorship: null, available: null, salary: null, cdl: null, shift: null,
      resume: null, coverLetter: '', heard: null, gender: null, veteran: null, certify: false,
    });
    const schoolHits = ref([]);
    const sent = ref(false);
    const error = ref('');
    const search = ref('');
    const alertEmail = ref('');
    const findSchools = (e) => { schoolHits.value = SCHOOLS.filter((s) => s.toLowerCase().includes((e.query ?? '').toLowerCase())); };
    const onResume = (e) => { form.resume = e.files?.[0]?.name ?? null; };
    const go = (next) => { panel.value = next; };
    const submit = () => {
      if (!form.firstName || !form.email || !form.resume || !form.certify) { error.value = 'Please complete the required fields, attach your resume and certify your application.'; return; }
      sent.value = true;
    };
    return { panel, form, schoolHits, findSchools, onResume, go, submit, sent, error, search, alertEmail, iso, STATES, DEGREES, CERTS };
  },
  template: `
    <header class="wm-top"><strong>Wrenmoor Water District</strong><nav>Home · Services · Careers</nav>
      <InputText id="wm-search" v-model="search" placeholder="Search jobs" aria-label="Search jobs" size="small" /></header>
    <main class="wm-main">
      <div class="wm-tag">Information Technology · Sacramento, CA · Full time · Exempt</div>
      <h1>Senior Data Engineer (SCADA &amp; Metering)</h1>
      <p>The District serves 410,000 customers. This position builds and maintains the data pipelines that bring SCADA telemetry, smart-meter reads and laboratory results into the District’s reporting platform.</p>
      <div v-if="sent" id="wm-sent" class="wm-done">Your application has been received. A confirmation has been sent to {{ form.email }}.</div>
      <form v-else @submit.prevent="submit">
        <Accordion :value="panel" @update:value="(v) => (panel = v)">
          <AccordionPanel value="0">
            <AccordionHeader>1. Personal information</AccordionHeader>
            <AccordionContent>
              <div class="row">
                <div class="field"><label for="wm-firstName">First name *</label><InputText id="wm-firstName" v-model="form.firstName" autocomplete="given-name" /></div>
                <div class="field"><label for="wm-lastName">Last name *</label><InputText id="wm-lastName" v-model="form.lastName" autocomplete="family-name" /></div>
              </div>
              <div class="field"><label for="wm-email">Email *</label><InputText id="wm-email" v-model="form.email" type="email" /></div>
              <div class="field"><label for="wm-phone">Primary phone</label><InputMask id="wm-phone" v-model="form.phone" mask="(999) 999-9999" placeholder="(999) 999-9999" /></div>
              <div class="field"><label for="wm-address">Street address</label><InputText id="wm-address" v-model="form.address" /></div>
              <div class="row3">
                <div class="field"><label for="wm-city">City</label><InputText id="wm-city" v-model="form.city" /></div>
                <div class="field f-state"><label for="wm-state">State</label><Select labelId="wm-state" v-model="form.state" :options="STATES" optionLabel="name" optionValue="code" filter placeholder="Select" /></div>
                <div class="field"><label for="wm-zip">ZIP code</label><InputText id="wm-zip" v-model="form.zip" /></div>
              </div>
              <Button id="wm-continue-1" label="Save and continue" @click="go('1')" />
            </AccordionContent>
          </AccordionPanel>
          <AccordionPanel value="1">
            <AccordionHeader>2. Experience and education</AccordionHeader>
            <AccordionContent>
              <div class="row">
                <div class="field"><label for="wm-employer">Current or most recent employer</label><InputText id="wm-employer" v-model="form.employer" /></div>
                <div class="field"><label for="wm-jobTitle">Job title</label><InputText id="wm-jobTitle" v-model="form.jobTitle" /></div>
              </div>
              <div class="field"><label for="wm-years">Years of full-time professional experience</label><InputNumber inputId="wm-years" v-model="form.years" suffix=" years" :min="0" :max="50" /></div>
              <div class="row">
                <div class="field f-degree"><label for="wm-degree">Highest level of education</label><Select labelId="wm-degree" v-model="form.degree" :options="DEGREES" placeholder="Select" /></div>
                <div class="field"><label for="wm-school">College or university</label><AutoComplete inputId="wm-school" v-model="form.school" :suggestions="schoolHits" @complete="findSchools" dropdown /></div>
              </div>
              <div class="field f-certs"><label for="wm-certs">California water operator certificates held</label><MultiSelect labelId="wm-certs" v-model="form.certs" :options="CERTS" placeholder="Select all that apply" display="chip" /></div>
              <Button id="wm-continue-2" label="Save and continue" @click="go('2')" />
            </AccordionContent>
          </AccordionPanel>
          <AccordionPanel value="2">
            <AccordionHeader>3. Supplemental questions and documents</AccordionHeader>
            <AccordionContent>
              <fieldset class="field"><legend>Are you legally eligible to work in the United States? *</legend>
                <span class="opt"><RadioButton inputId="wm-auth-yes" name="authorized" value="Yes" v-model="form.authorized" /><label for="wm-auth-yes">Yes</label></span>
                <span class="opt"><RadioButton inputId="wm-auth-no" name="authorized" value="No" v-model="form.authorized" /><label for="wm-auth-no">No</label></span></fieldset>
              <fieldset class="field"><legend>Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)? *</legend>
                <span class="opt"><RadioButton inputId="wm-sp-yes" name="sponsorship" value="Yes" v-model="form.sponsorship" /><label for="wm-sp-yes">Yes</label></span>
                <span class="opt"><RadioButton inputId="wm-sp-no" name="sponsorship" value="No" v-model="form.sponsorship" /><label for="wm-sp-no">No</label></span></fieldset>
              <div class="row">
                <div class="field"><label for="wm-available">Date available to start</label><DatePicker inputId="wm-available" v-model="form.available" dateFormat="mm/dd/yy" placeholder="mm/dd/yyyy" showIcon /></div>
                <div class="field"><label for="wm-salary">Desired annual salary</label><InputNumber inputId="wm-salary" v-model="form.salary" mode="currency" currency="USD" locale="en-US" :minFractionDigits="0" :maxFractionDigits="0" /></div>
              </div>
              <div class="field f-cdl"><label>Do you possess a valid California Class C driver’s license?</label><SelectButton v-model="form.cdl" :options="['Yes', 'No']" aria-label="Driver's license" /></div>
              <div class="field f-shift"><label for="wm-shift">This position takes part in a standby rotation. Which standby weeks suit you?</label><Select labelId="wm-shift" v-model="form.shift" :options="['Any week', 'First week of the month', 'Last week of the month', 'I would prefer not to be on standby']" placeholder="Select" /></div>
              <div class="field f-resume"><label>Resume *</label><FileUpload mode="basic" name="resume" accept=".pdf,.doc,.docx" :maxFileSize="5000000" chooseLabel="Choose file" customUpload @select="onResume" /><small class="help">{{ form.resume || 'PDF or Word, up to 5 MB' }}</small></div>
              <div class="field"><label for="wm-coverLetter">Cover letter</label><Textarea id="wm-coverLetter" v-model="form.coverLetter" rows="5" autoResize /></div>
              <div class="row">
                <div class="field f-heard"><label for="wm-heard">How did you learn about this position?</label><Select labelId="wm-heard" v-model="form.heard" :options="['District website', 'CalOpps', 'GovernmentJobs', 'LinkedIn', 'Employee', 'Other']" placeholder="Select" /></div>
                <div class="field f-gender"><label for="wm-gender">Gender (voluntary)</label><Select labelId="wm-gender" v-model="form.gender" :options="['Female', 'Male', 'Decline to state']" placeholder="Select" /></div>
              </div>
              <div class="field f-veteran"><label for="wm-veteran">Veteran status (voluntary)</label><Select labelId="wm-veteran" v-model="form.veteran" :options="['Veteran', 'Not a veteran', 'Decline to state']" placeholder="Select" /></div>
              <div class="opt"><Checkbox inputId="wm-certify" v-model="form.certify" binary /><label for="wm-certify">I certify that the information in this application is true and complete to the best of my knowledge.</label></div>
              <p v-if="error" class="wm-error">{{ error }}</p>
              <Button id="wm-submit" type="submit" label="Submit application" />
            </AccordionContent>
          </AccordionPanel>
        </Accordion>
      </form>
    </main>
    <div class="wm-foot"><label for="wm-alert">Email me when similar positions open</label> <InputText id="wm-alert" v-model="alertEmail" placeholder="Email address" /> <Button label="Subscribe" severity="secondary" /></div>
    <pre id="model">{{ JSON.stringify({ ...form, available: iso(form.available), search, alertEmail }) }}</pre>
  `,
};

createApp(App).use(PrimeVue, { theme: { preset: Aura } }).mount('#app');
