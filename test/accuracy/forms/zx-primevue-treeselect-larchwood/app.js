/*
 * Larchwood Sports Analytics careers page on Vue 3 + PrimeVue 4 (Aura): plain labels `for` the
 * inputIds, an InputGroup "+1" phone, an AutoComplete city whose suggestions arrive after a delay
 * ("San Francisco, CA" and "South San Francisco, CA"), an InputNumber with horizontal +/- buttons
 * and a " years" suffix, a TreeSelect education (nodes expanded), ToggleSwitches (a real checkbox
 * input role=switch over the track), a SelectButton Yes / No, a range DatePicker for the current
 * job (left alone), a DatePicker "MM d, yy", a travel Slider (left alone), InputNumber currency,
 * AutoComplete multiple skills (chips, left alone), an advanced FileUpload (clears its input after
 * each choice; the selected list is the state), an autoResize Textarea and a Checkbox. The
 * reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import PrimeVue from 'primevue/config';
import Aura from '@primeuix/themes/aura';
import AutoComplete from 'primevue/autocomplete';
import Button from 'primevue/button';
import Checkbox from 'primevue/checkbox';
import DatePicker from 'primevue/datepicker';
import FileUpload from 'primevue/fileupload';
import InputGroup from 'primevue/inputgroup';
import InputGroupAddon from 'primevue/inputgroupaddon';
import InputNumber from 'primevue/inputnumber';
import InputText from 'primevue/inputtext';
import SelectButton from 'primevue/selectbutton';
import Slider from 'primevue/slider';
import Textarea from 'primevue/textarea';
import ToggleSwitch from 'primevue/toggleswitch';
import TreeSelect from 'primevue/treeselect';

const CITIES = ['San Antonio, TX', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Santa Monica, CA', 'Seattle, WA', 'Sacramento, CA', 'Salt Lake City, UT'];
const SKILLS = ['Python', 'SQL', 'Spark', 'Kafka', 'Flink', 'Airflow', 'dbt', 'Computer vision', 'Kubernetes'];
const EDUCATION = [
  { key: 'hs', label: 'High school / GED', data: 'High school / GED' },
  { key: 'ug', label: 'Undergraduate', selectable: false, children: [{ key: 'ug-assoc', label: "Associate's degree", data: "Associate's degree" }, { key: 'ug-bach', label: "Bachelor's degree", data: "Bachelor's degree" }] },
  { key: 'gr', label: 'Graduate', selectable: false, children: [{ key: 'gr-ms', label: "Master's degree", data: "Master's degree" }, { key: 'gr-phd', label: 'Doctorate (PhD)', data: 'Doctorate (PhD)' }] },
];

const App = {
  components: { AutoComplete, Button, Checkbox, DatePicker, FileUpload, InputGroup, InputGroupAddon, InputNumber, InputText, SelectButton, Slider, Textarea, ToggleSwitch, TreeSelect },
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', linkedin: '', github: '', city: '', years: 0, education: null, authorized: false,
      sponsorship: null, relocate: false, currentJob: null, startDate: null, travel: 20, salary: null, skills: [], resume: [], coverLetter: '', consent: false,
    });
    const citySuggestions = ref([]);
    const skillSuggestions = ref([]);
    const expanded = ref({ ug: true, gr: true });
    const done = ref(false);
    const searchCity = (event) => { setTimeout(() => { citySuggestions.value = CITIES.filter((c) => c.toLowerCase().includes(event.query.toLowerCase())); }, 500); };
    const searchSkill = (event) => { skillSuggestions.value = SKILLS.filter((s) => s.toLowerCase().startsWith(event.query.toLowerCase())); };
    const onSelect = (event) => { form.resume = event.files.map((file) => file.name); };
    const onClear = () => { form.resume = []; };
    const fmtDate = (d) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d);
    const modelJson = () => JSON.stringify({ ...form, startDate: fmtDate(form.startDate), currentJob: Array.isArray(form.currentJob) ? form.currentJob.map(fmtDate) : form.currentJob, education: form.education ? Object.keys(form.education).filter((k) => form.education[k]) : null });
    const submit = () => { if (form.consent && form.email) done.value = true; };
    return { form, citySuggestions, skillSuggestions, expanded, done, searchCity, searchSkill, onSelect, onClear, modelJson, submit, EDUCATION };
  },
  template: `
    <h2 v-if="done" id="done">Application received. Thanks!</h2>
    <form v-else @submit.prevent="submit" novalidate>
      <h1>Data Engineer II – Player Tracking</h1>
      <p class="help">Santa Monica, CA or remote in the US · Full-time</p>
      <div class="row">
        <div class="field f-first"><label for="firstName">First name *</label><InputText id="firstName" v-model="form.firstName" /></div>
        <div class="field f-last"><label for="lastName">Last name *</label><InputText id="lastName" v-model="form.lastName" /></div>
      </div>
      <div class="row">
        <div class="field f-email"><label for="email">Email *</label><InputText id="email" type="email" v-model="form.email" /></div>
        <div class="field f-phone"><label for="phone">Phone</label>
          <InputGroup><InputGroupAddon>+1</InputGroupAddon><InputText id="phone" type="tel" v-model="form.phone" /></InputGroup></div>
      </div>
      <div class="row">
        <div class="field f-linkedin"><label for="linkedin">LinkedIn URL</label><InputText id="linkedin" v-model="form.linkedin" /></div>
        <div class="field f-github"><label for="github">GitHub URL</label><InputText id="github" v-model="form.github" /></div>
      </div>
      <div class="field f-city"><label for="city">Current city</label>
        <AutoComplete inputId="city" v-model="form.city" :suggestions="citySuggestions" @complete="searchCity" :delay="300" placeholder="Start typing a city" fluid />
      </div>
      <div class="field f-years"><label for="years">Years of experience building data pipelines</label>
        <InputNumber inputId="years" v-model="form.years" showButtons buttonLayout="horizontal" :min="0" :max="40" suffix=" years" :step="1">
          <template #incrementbuttonicon><span>+</span></template>
          <template #decrementbuttonicon><span>−</span></template>
        </InputNumber>
      </div>
      <div class="field f-education"><label for="education">Highest level of education completed</label>
        <TreeSelect inputId="education" v-model="form.education" :options="EDUCATION" v-model:expandedKeys="expanded" selectionMode="single" placeholder="Select education" fluid />
      </div>
      <div class="field f-authorized" style="flex-direction: row; align-items: center; gap: 12px">
        <ToggleSwitch inputId="authorized" v-model="form.authorized" /><label for="authorized">I am legally authorized to work in the United States</label>
      </div>
      <div class="field f-sponsorship"><span id="sponsorship-label">Will you require visa sponsorship now or in the future?</span>
        <SelectButton v-model="form.sponsorship" :options="['Yes', 'No']" aria-labelledby="sponsorship-label" />
      </div>
      <div class="field f-relocate" style="flex-direction: row; align-items: center; gap: 12px">
        <ToggleSwitch inputId="relocate" v-model="form.relocate" /><label for="relocate">I would relocate to Santa Monica</label>
      </div>
      <div class="row">
        <div class="field f-current"><label for="currentJob">Current position: start – end</label>
          <DatePicker inputId="currentJob" v-model="form.currentJob" selectionMode="range" :manualInput="false" placeholder="Select dates" showIcon /></div>
        <div class="field f-start"><label for="startDate">Earliest start date</label>
          <DatePicker inputId="startDate" v-model="form.startDate" dateFormat="MM d, yy" placeholder="e.g. March 3, 2027" showIcon /></div>
      </div>
      <div class="field f-travel"><label id="travel-label">Share of time you're willing to travel to games: {{ form.travel }}%</label>
        <Slider v-model="form.travel" :step="10" aria-labelledby="travel-label" style="margin: 8px 6px" />
      </div>
      <div class="field f-salary"><label for="salary">Expected base salary</label>
        <InputNumber inputId="salary" v-model="form.salary" mode="currency" currency="USD" locale="en-US" :maxFractionDigits="0" />
        <span class="help">Annual, in US dollars</span>
      </div>
      <div class="field f-skills"><label for="skills">Top skills</label>
        <AutoComplete inputId="skills" v-model="form.skills" multiple :suggestions="skillSuggestions" @complete="searchSkill" placeholder="Add skills" fluid />
      </div>
      <div class="field f-resume"><span>Resume *</span>
        <FileUpload name="resume" :auto="false" customUpload :multiple="false" accept=".pdf,.doc,.docx" :maxFileSize="5000000" chooseLabel="Choose file" :showUploadButton="false" @select="onSelect" @clear="onClear">
          <template #empty><span class="help">Drag and drop your resume here.</span></template>
        </FileUpload>
      </div>
      <div class="field f-cover"><label for="cover">Cover letter</label><Textarea id="cover" v-model="form.coverLetter" autoResize rows="5" /></div>
      <div class="field f-consent" style="flex-direction: row; gap: 8px"><Checkbox inputId="consent" v-model="form.consent" binary /><label for="consent">I consent to Larchwood storing my application data</label></div>
      <Button type="submit" id="submit" label="Submit application" />
      <pre id="model">{{ modelJson() }}</pre>
    </form>
  `,
};

createApp(App).use(PrimeVue, { theme: { preset: Aura } }).mount('#app');
