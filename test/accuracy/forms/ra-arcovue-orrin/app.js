/*
 * Orrin Grid Storage (utility-scale batteries) careers page: Vue 3 + Arco Design Vue. The posting
 * opens its application in an a-drawer (width 640, opened at once because the job link ends in
 * #apply); the Submit button is the drawer's own footer OK button, outside the <form>. Inside:
 * an a-form validated on blur, a dial-code a-select over every country with a **virtual list**
 * (only the visible options are in the DOM) preset to Germany (+49) because the team sits in
 * Berlin and Oakland, a location a-select whose options are **searched remotely** (spinner,
 * filter-option off), a country a-select with **a-optgroup regions**, a multiple a-select with
 * **allow-create** tags for skills, a-radio-group type=button degrees, an a-auto-complete
 * school, an a-input-number with a thousands formatter, a **start date a-date-picker with
 * disabled-input** (the date is clicked in the panel, which opens on the first cohort month),
 * a hidden file input behind an Arco-styled label button, an a-switch and a-checkboxes. Model in <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import ArcoVue from '@arco-design/web-vue';
import enUS from '@arco-design/web-vue/es/locale/lang/en-us';
import '@arco-design/web-vue/dist/arco.css';
import countries from 'world-countries';

const DIALS = countries
  .filter((c) => c.idd && c.idd.root)
  .map((c) => ({ value: c.cca2, label: `${c.name.common} (${c.idd.root}${c.idd.suffixes && c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : ''})` }))
  .map((o) => (o.value === 'US' ? { ...o, label: 'United States (+1)' } : o))
  .sort((a, b) => a.label.localeCompare(b.label));

const REGIONS = ['Americas', 'Europe', 'Asia', 'Oceania', 'Africa'].map((region) => ({
  label: region,
  countries: countries.filter((c) => c.region === region).map((c) => c.name.common).sort((a, b) => a.localeCompare(b)),
}));

const PLACES = [
  'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco de Macorís, Dominican Republic',
  'San Jose, California, United States', 'Oakland, California, United States', 'Berkeley, California, United States',
  'Sacramento, California, United States', 'Berlin, Germany', 'Potsdam, Germany', 'Hamburg, Germany', 'Munich, Germany',
  'Seattle, Washington, United States', 'Austin, Texas, United States', 'Denver, Colorado, United States', 'Toronto, Ontario, Canada',
];
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of California, San Diego',
  'Stanford University', 'San Jose State University', 'Technische Universität Berlin', 'Humboldt-Universität zu Berlin', 'Technical University of Munich',
  'University of Washington', 'University of Texas at Austin', 'Georgia Institute of Technology', 'University of Toronto',
];
const SKILLS = ['Python', 'SQL', 'Kafka', 'Flink', 'Spark', 'TimescaleDB', 'InfluxDB', 'Airflow', 'dbt', 'Kubernetes', 'Terraform', 'Grafana', 'MQTT', 'Modbus'];
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const App = {
  template: `
  <a-config-provider :locale="locale">
    <div class="og-job">
      <div class="og-meta">Data Platform · Oakland, CA or Berlin · Full time</div>
      <h1>Senior Data Engineer, Fleet Telemetry</h1>
      <p>Orrin runs 4.2 GWh of grid batteries across California, Texas and Germany. Every rack reports voltage, temperature and state of charge every second; you will own the streaming pipelines that turn that firehose into dispatch decisions, warranty evidence and market bids.</p>
      <p>Base salary $152,000 – $181,000 (Oakland) or €98,000 – €118,000 (Berlin), equity and a relocation package.</p>
      <a-button type="primary" size="large" id="og-apply-open" @click="open = true" v-if="!done">Apply now</a-button>
      <div class="og-done" id="og-applied" v-if="done">
        <h2>Application received</h2>
        <p>Thank you for applying to Orrin. Our talent team will be in touch within ten working days.</p>
      </div>
    </div>
    <a-drawer v-model:visible="open" :width="640" title="Apply — Senior Data Engineer, Fleet Telemetry" ok-text="Submit application" cancel-text="Save and close"
      :ok-button-props="{ id: 'og-submit' }" :on-before-ok="submit" :mask-closable="false" unmount-on-close>
      <a-form ref="formRef" :model="form" :rules="rules" layout="vertical" id="og-apply">
        <div class="og-section">Personal information</div>
        <a-row :gutter="16">
          <a-col :span="12"><a-form-item field="firstName" label="First name" validate-trigger="blur"><a-input v-model="form.firstName" placeholder="Please enter" /></a-form-item></a-col>
          <a-col :span="12"><a-form-item field="lastName" label="Last name" validate-trigger="blur"><a-input v-model="form.lastName" placeholder="Please enter" /></a-form-item></a-col>
        </a-row>
        <a-form-item field="email" label="Email" validate-trigger="blur"><a-input v-model="form.email" placeholder="name@example.com" /></a-form-item>
        <a-row :gutter="12">
          <a-col :span="10">
            <a-form-item field="dialCode" label="Country code">
              <a-select v-model="form.dialCode" :options="dials" allow-search :virtual-list-props="{ height: 224 }" class="og-dial" />
            </a-form-item>
          </a-col>
          <a-col :span="14">
            <a-form-item field="phone" label="Mobile number" validate-trigger="blur" extra="Without the country code"><a-input v-model="form.phone" placeholder="Please enter" /></a-form-item>
          </a-col>
        </a-row>
        <a-form-item field="location" label="Current location" extra="Search for your city">
          <a-select v-model="form.location" :options="places" :loading="searching" :filter-option="false" allow-search allow-clear
            placeholder="Start typing…" @search="searchPlaces" class="og-location" />
        </a-form-item>
        <a-form-item field="country" label="Country of residence">
          <a-select v-model="form.country" allow-search placeholder="Please select" class="og-country">
            <a-optgroup v-for="group in regions" :key="group.label" :label="group.label">
              <a-option v-for="name in group.countries" :key="name" :value="name">{{ name }}</a-option>
            </a-optgroup>
          </a-select>
        </a-form-item>
        <a-row :gutter="16">
          <a-col :span="12"><a-form-item field="linkedin" label="LinkedIn" validate-trigger="blur"><a-input v-model="form.linkedin" placeholder="https://www.linkedin.com/in/…" /></a-form-item></a-col>
          <a-col :span="12"><a-form-item field="website" label="Personal website"><a-input v-model="form.website" placeholder="https://" /></a-form-item></a-col>
        </a-row>

        <div class="og-section">Experience &amp; education</div>
        <a-row :gutter="16">
          <a-col :span="12"><a-form-item field="company" label="Current company"><a-input v-model="form.company" placeholder="Please enter" /></a-form-item></a-col>
          <a-col :span="12"><a-form-item field="jobTitle" label="Current position"><a-input v-model="form.jobTitle" placeholder="Please enter" /></a-form-item></a-col>
        </a-row>
        <a-form-item field="years" label="Relevant work experience">
          <a-select v-model="form.years" placeholder="Please select" class="og-years" :options="['Under 1 year', '1–3 years', '3–5 years', '5–8 years', '8–12 years', 'Over 12 years']" />
        </a-form-item>
        <a-form-item field="skills" label="Skills" extra="Choose from the list or type your own and press Enter">
          <a-select v-model="form.skills" :options="skills" multiple allow-create allow-search :max-tag-count="5" placeholder="Add skills" class="og-skills" />
        </a-form-item>
        <a-form-item field="degree" label="Highest degree">
          <a-radio-group v-model="form.degree" type="button">
            <a-radio value="none">No degree</a-radio>
            <a-radio value="associate">Associate</a-radio>
            <a-radio value="bachelor">Bachelor’s</a-radio>
            <a-radio value="master">Master’s</a-radio>
            <a-radio value="phd">PhD</a-radio>
          </a-radio-group>
        </a-form-item>
        <a-form-item field="school" label="University">
          <a-auto-complete v-model="form.school" :data="schoolData" @search="searchSchools" placeholder="Start typing" />
        </a-form-item>

        <div class="og-section">Work eligibility &amp; availability</div>
        <a-form-item field="workAuth" label="Are you authorized to work in the country of the office you are applying to?">
          <a-radio-group v-model="form.workAuth">
            <a-radio value="yes">Yes</a-radio>
            <a-radio value="no">No</a-radio>
          </a-radio-group>
        </a-form-item>
        <a-form-item field="sponsorship" label="Do you require visa sponsorship?">
          <a-select v-model="form.sponsorship" placeholder="Please select" class="og-sponsorship"
            :options="['No, I do not need sponsorship', 'Yes, now', 'Yes, in the future']" />
        </a-form-item>
        <a-row :gutter="16">
          <a-col :span="12">
            <a-form-item field="salary" label="Expected annual base salary" extra="In USD for Oakland, EUR for Berlin">
              <a-input-number v-model="form.salary" :min="0" :step="1000" hide-button :formatter="formatMoney" :parser="parseMoney" placeholder="Please enter" />
            </a-form-item>
          </a-col>
          <a-col :span="12">
            <a-form-item field="startDate" label="Earliest start date" extra="New hires join in monthly cohorts from January 2027">
              <a-date-picker v-model="form.startDate" disabled-input format="MMM D, YYYY" value-format="YYYY-MM-DD" :default-picker-value="'2027-01-01'"
                :disabled-date="beforeCohort" placeholder="Select date" style="width: 100%" class="og-start" />
            </a-form-item>
          </a-col>
        </a-row>
        <a-form-item field="notice" label="Notice period at your current job">
          <a-select v-model="form.notice" placeholder="Please select" class="og-notice" :options="['None', '2 weeks', '1 month', '2 months', '3 months or more']" />
        </a-form-item>
        <a-form-item field="relocate" label="Would you relocate to Berlin for this role?">
          <a-switch v-model="form.relocate" checked-text="Yes" unchecked-text="No" />
        </a-form-item>

        <div class="og-section">Documents</div>
        <a-form-item field="resume" label="CV / Resume">
          <div class="og-upload">
            <label class="arco-btn arco-btn-outline arco-btn-shape-square arco-btn-size-medium arco-btn-status-normal" for="og-resume">Upload CV</label>
            <input type="file" id="og-resume" name="resume" accept=".pdf,.doc,.docx" style="position:absolute;width:1px;height:1px;opacity:0;overflow:hidden" @change="onResume" />
            <span class="og-upload-name">{{ form.resume.length ? form.resume[0] : 'PDF or Word, max 10 MB' }}</span>
          </div>
        </a-form-item>
        <a-form-item field="coverLetter" label="Cover letter">
          <a-textarea v-model="form.coverLetter" placeholder="Optional" :auto-size="{ minRows: 4, maxRows: 10 }" :max-length="3000" show-word-limit />
        </a-form-item>
        <a-form-item field="telemetryStory" label="Which battery or IoT data problem are you proudest of solving?">
          <a-textarea v-model="form.telemetryStory" placeholder="A few sentences" :auto-size="{ minRows: 3 }" />
        </a-form-item>
        <a-form-item field="talentPool" hide-label>
          <a-checkbox v-model="form.talentPool">Keep my profile in Orrin's talent pool for 24 months</a-checkbox>
        </a-form-item>
        <a-form-item field="privacy" hide-label>
          <a-checkbox v-model="form.privacy">I have read the Candidate Privacy Notice and agree to the processing of my data</a-checkbox>
        </a-form-item>
      </a-form>
    </a-drawer>
  </a-config-provider>`,
  setup() {
    const open = ref(window.location.hash !== '#closed');
    const done = ref(false);
    const formRef = ref();
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: 'DE', phone: '', location: '', country: '', linkedin: '', website: '',
      company: '', jobTitle: '', years: '', skills: [], degree: '', school: '', workAuth: '', sponsorship: '', salary: undefined,
      startDate: '', notice: '', relocate: false, resume: [], coverLetter: '', telemetryStory: '', talentPool: false, privacy: false,
    });
    const places = ref([]);
    const searching = ref(false);
    let ticket = 0;
    const searchPlaces = async (text) => {
      const mine = ++ticket;
      if (!text || text.trim().length < 2) { places.value = []; return; }
      searching.value = true;
      await wait(400);
      if (mine !== ticket) return;
      const needle = text.trim().toLowerCase();
      places.value = PLACES.filter((p) => p.toLowerCase().includes(needle));
      searching.value = false;
    };
    const schoolData = ref([]);
    const searchSchools = (text) => {
      schoolData.value = text ? SCHOOLS.filter((s) => s.toLowerCase().includes(text.toLowerCase())) : [];
    };
    const onResume = (event) => { form.resume = Array.from(event.target.files || []).map((f) => f.name); };
    const rules = {
      firstName: [{ required: true, message: 'First name is required' }],
      lastName: [{ required: true, message: 'Last name is required' }],
      email: [{ required: true, message: 'Email is required' }, { type: 'email', message: 'Please enter a valid email' }],
      phone: [{ required: true, message: 'Mobile number is required' }, { match: /^[\d\s()-]{6,16}$/, message: 'Numbers only, without the country code' }],
      location: [{ required: true, message: 'Please select your location' }],
      linkedin: [{ match: /^$|linkedin\.com\//, message: 'Please enter a LinkedIn URL' }],
      workAuth: [{ required: true, message: 'Required' }],
      sponsorship: [{ required: true, message: 'Required' }],
      resume: [{ type: 'array', minLength: 1, message: 'Please attach your CV' }],
      privacy: [{ type: 'boolean', true: true, message: 'Please accept the privacy notice' }],
    };
    const submit = async () => {
      const errors = await formRef.value.validate();
      if (errors) return false;
      done.value = true;
      return true;
    };
    const model = document.getElementById('model');
    watch(form, (v) => { model.textContent = JSON.stringify(v, null, 1); }, { deep: true, immediate: true });
    const cohort = new Date(2027, 0, 4);
    return {
      locale: enUS, open, done, formRef, form, rules, submit, dials: DIALS, regions: REGIONS, places, searching, searchPlaces,
      schoolData, searchSchools, skills: SKILLS, onResume,
      formatMoney: (value) => { const [i, d] = String(value).split('.'); return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (d !== undefined ? `.${d}` : ''); },
      parseMoney: (value) => value.replace(/,/g, ''),
      beforeCohort: (date) => date < cohort,
    };
  },
};

createApp(App).use(ArcoVue).mount('#app');

createApp({
  template: `<a-input-search placeholder="Search jobs" id="og-search" style="width: 240px" />`,
}).use(ArcoVue).mount('#og-search-root');
