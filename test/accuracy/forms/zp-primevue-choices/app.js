/*
 * A scale-up's careers page in Vue 3 + PrimeVue 4 (styled mode, Aura), choice components only:
 * IftaLabel inputs, a filterable country Select whose State Select appears only for the United
 * States / Canada and loads its options after a short delay ("Loading…" placeholder), SelectButtons for
 * work authorization and years ("7–10"), a single Listbox for the degree ("Undergraduate degree"),
 * a multiple Listbox with checkboxes for employment types, a Rating, a chip MultiSelect for
 * languages, a ToggleButton for relocation, salary bands in a Select, a native resume input behind
 * a PrimeVue-styled label, a Textarea cover letter and a binary Checkbox. Model in <pre id="model">.
 */
import { computed, createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import PrimeVue from 'primevue/config';
import Aura from '@primeuix/themes/aura';
import Checkbox from 'primevue/checkbox';
import IftaLabel from 'primevue/iftalabel';
import InputText from 'primevue/inputtext';
import Listbox from 'primevue/listbox';
import MultiSelect from 'primevue/multiselect';
import Rating from 'primevue/rating';
import Select from 'primevue/select';
import SelectButton from 'primevue/selectbutton';
import Textarea from 'primevue/textarea';
import ToggleButton from 'primevue/togglebutton';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ label: c.name.common, value: c.cca2 })).sort((a, b) => a.label.localeCompare(b.label));
const REGIONS = {
  US: ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam', 'U.S. Virgin Islands'],
  CA: ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'],
};
const DEGREES = ['Secondary school', 'Associate degree', 'Undergraduate degree', 'Graduate degree', 'Doctoral degree', 'Other'];
const EMPLOYMENT = ['Full-time', 'Part-time', 'Contract', 'Internship'];
const LANGUAGES = ['English', 'Spanish', 'French', 'German', 'Portuguese', 'Mandarin', 'Hindi'];
const SALARY = ['Under $120k', '$120k–$140k', '$140k–$160k', '$160k–$180k', '$180k+'];
const NOTICE = ['None', '2 weeks', '1 month', '2 months', '3 months+'];

const App = {
  components: { Checkbox, IftaLabel, InputText, Listbox, MultiSelect, Rating, Select, SelectButton, Textarea, ToggleButton },
  setup() {
    const v = reactive({ firstName: '', lastName: '', email: '', phone: '', linkedin: '', country: null, state: null, workAuth: null, years: null, degree: null,
      employment: [], sqlRating: null, languages: [], relocate: false, salary: null, notice: null, resume: null, coverLetter: '', consent: false });
    const regions = ref([]);
    const loadingRegions = ref(false);
    watch(() => v.country, (code) => {
      v.state = null; regions.value = [];
      if (!REGIONS[code]) return;
      loadingRegions.value = true;
      setTimeout(() => { regions.value = REGIONS[code]; loadingRegions.value = false; }, 600);
    });
    const sent = ref(false);
    const submit = () => { if (v.consent) sent.value = true; };
    const onResume = (e) => { v.resume = e.target.files[0]?.name ?? null; };
    const model = computed(() => JSON.stringify(v, null, 1));
    return { v, regions, loadingRegions, COUNTRIES, DEGREES, EMPLOYMENT, LANGUAGES, SALARY, NOTICE, sent, submit, onResume, model,
      hasRegions: computed(() => !!REGIONS[v.country]), regionLabel: computed(() => (v.country === 'CA' ? 'Province' : 'State')) };
  },
  template: `
    <div v-if="sent" id="pv-done" class="done">Thanks, {{ v.firstName }} — your application is in.</div>
    <form v-else @submit.prevent="submit" novalidate id="pv-form">
      <div class="row">
        <IftaLabel class="fld-ifta"><InputText id="pv-first" v-model="v.firstName" name="firstName" /><label for="pv-first">First name</label></IftaLabel>
        <IftaLabel class="fld-ifta"><InputText id="pv-last" v-model="v.lastName" name="lastName" /><label for="pv-last">Last name</label></IftaLabel>
      </div>
      <div class="row">
        <IftaLabel class="fld-ifta"><InputText id="pv-email" v-model="v.email" type="email" name="email" /><label for="pv-email">Email</label></IftaLabel>
        <IftaLabel class="fld-ifta"><InputText id="pv-phone" v-model="v.phone" type="tel" name="phone" /><label for="pv-phone">Phone</label></IftaLabel>
      </div>
      <IftaLabel class="fld-ifta"><InputText id="pv-linkedin" v-model="v.linkedin" name="linkedin" /><label for="pv-linkedin">LinkedIn URL</label></IftaLabel>
      <div class="row">
        <div class="fld pv-country"><label id="lbl-country">Country</label>
          <Select v-model="v.country" :options="COUNTRIES" optionLabel="label" optionValue="value" filter placeholder="Select a country" ariaLabelledby="lbl-country" class="w-full" /></div>
        <div class="fld pv-state" v-if="hasRegions"><label id="lbl-state">{{ regionLabel }}</label>
          <Select v-model="v.state" :options="regions" :placeholder="loadingRegions ? 'Loading…' : 'Select'" ariaLabelledby="lbl-state" class="w-full" /></div>
      </div>

      <div class="fld pv-auth"><span class="q" id="lbl-auth">Are you authorized to work in the United States?</span>
        <SelectButton v-model="v.workAuth" :options="['Yes', 'No']" aria-labelledby="lbl-auth" /></div>
      <div class="fld pv-years"><span class="q" id="lbl-years">Years of experience as a data engineer</span>
        <SelectButton v-model="v.years" :options="['0–3', '4–6', '7–10', '11+']" aria-labelledby="lbl-years" /></div>
      <div class="row">
        <div class="fld pv-degree"><span class="q" id="lbl-degree">Highest degree</span>
          <Listbox v-model="v.degree" :options="DEGREES" ariaLabelledby="lbl-degree" listStyle="max-height:220px" /></div>
        <div class="fld pv-employment"><span class="q" id="lbl-emp">Employment types you're open to</span>
          <Listbox v-model="v.employment" :options="EMPLOYMENT" multiple checkmark ariaLabelledby="lbl-emp" /></div>
      </div>
      <div class="fld pv-rating"><span class="q" id="lbl-sql">How would you rate your SQL?</span><Rating v-model="v.sqlRating" aria-labelledby="lbl-sql" /></div>
      <div class="fld pv-languages"><label id="lbl-lang">Languages you speak</label>
        <MultiSelect v-model="v.languages" :options="LANGUAGES" display="chip" placeholder="Choose languages" ariaLabelledby="lbl-lang" class="w-full" /></div>
      <div class="fld pv-relocate"><span class="q" id="lbl-relo">Open to relocating to Denver?</span>
        <ToggleButton v-model="v.relocate" onLabel="Yes, open to relocating" offLabel="Not right now" aria-labelledby="lbl-relo" /></div>
      <div class="row">
        <div class="fld pv-salary"><label id="lbl-salary">Salary expectation (annual, USD)</label>
          <Select v-model="v.salary" :options="SALARY" placeholder="Select a band" ariaLabelledby="lbl-salary" class="w-full" /></div>
        <div class="fld pv-notice"><label id="lbl-notice">Notice period</label>
          <Select v-model="v.notice" :options="NOTICE" placeholder="Select" ariaLabelledby="lbl-notice" class="w-full" /></div>
      </div>
      <div class="fld"><span class="q">Resume</span>
        <label class="p-button p-component upload-btn" for="pv-resume">Upload resume</label>
        <input type="file" id="pv-resume" name="resume" accept=".pdf,.doc,.docx" class="sr-only" @change="onResume" />
        <span class="file-name" v-if="v.resume">{{ v.resume }}</span></div>
      <div class="fld"><label for="pv-cover">Cover letter</label><Textarea id="pv-cover" v-model="v.coverLetter" rows="5" autoResize /></div>
      <div class="consent"><Checkbox v-model="v.consent" inputId="pv-consent" binary /><label for="pv-consent">I agree to the processing of my data under the candidate privacy policy.</label></div>
      <button type="submit" id="pv-submit" class="p-button p-component">Apply now</button>
    </form>
    <pre id="model">{{ model }}</pre>
  `,
};

createApp(App).use(PrimeVue, { theme: { preset: Aura, options: { darkModeSelector: false } } }).mount('#app');
