/*
 * Orrinwick Robotics careers page on Vue 3 + TDesign (tdesign-vue-next, en_US): t-form-items (labels
 * on top, no `for`), a "+1" t-input-adornment phone, a filterable t-cascader for the location
 * (the site passes a filter that matches the whole path, which the filter list spells "A/B/C")
 * (whole path shown), a remote filterable t-select school (options after a delay), a row-theme
 * t-input-number years, the salary as a t-slider with its input-number (input-number-props),
 * t-switches with "Yes"/"No" labels (no native input), a month t-date-picker "MM/YYYY" with
 * allow-input, a month t-date-range-picker for the current role (left alone), a t-tag-input of
 * languages (left alone), a t-radio-group of work-mode cards preset (left alone), a file t-upload
 * (auto-upload off; the list is the state), a counted t-textarea cover letter and a t-checkbox.
 * The form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import TDesign from 'tdesign-vue-next';
import enConfig from 'tdesign-vue-next/es/locale/en_US.mjs';
import 'tdesign-vue-next/es/style/index.css';

const cities = (list) => list.map((c) => ({ label: c, value: c }));
const PLACES = [
  { label: 'United States', value: 'US', children: [
    { label: 'California', value: 'CA', children: cities(['Los Angeles', 'Mountain View', 'San Francisco', 'San Jose', 'South San Francisco']) },
    { label: 'Pennsylvania', value: 'PA', children: cities(['Philadelphia', 'Pittsburgh']) },
    { label: 'Massachusetts', value: 'MA', children: cities(['Boston', 'Somerville']) },
  ] },
  { label: 'Canada', value: 'CA-C', children: [{ label: 'Ontario', value: 'ON', children: cities(['Toronto', 'Waterloo']) }] },
];
// The site lets people search the location by any part of its path ("California/San").
const pathFilter = (words, node) => { const q = words.toLowerCase(); const path = node.getPath().map((n) => n.label).join('/').toLowerCase(); return path.includes(q); };
const SCHOOLS = ['Carnegie Mellon University', 'University of California, Berkeley', 'University of California, Los Angeles', 'University of Pittsburgh', 'University of Waterloo', 'Stanford University'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', linkedin: '', location: [], school: '', years: 0, salary: 80000, authorized: false,
      sponsorship: false, startMonth: '', currentRole: [], languages: [], workMode: 'hybrid', resume: [], coverLetter: '', consent: false,
    });
    const schoolOptions = ref([]);
    const loading = ref(false);
    const files = ref([]);
    const done = ref(false);
    const searchSchool = (query) => {
      loading.value = true;
      setTimeout(() => { schoolOptions.value = SCHOOLS.filter((s) => s.toLowerCase().includes((query || '').toLowerCase())).map((s) => ({ label: s, value: s })); loading.value = false; }, 500);
    };
    const onFiles = (list) => { files.value = list.slice(-1); form.resume = files.value.map((f) => f.name); };
    const submit = ({ validateResult }) => { if (validateResult === true && form.consent) done.value = true; };
    return { form, schoolOptions, loading, files, done, searchSchool, onFiles, submit, enConfig, PLACES, pathFilter };
  },
  template: `
    <t-config-provider :global-config="enConfig">
      <h2 v-if="done" id="done">Thank you for applying to Orrinwick!</h2>
      <t-form v-else :data="form" label-align="top" @submit="submit">
        <h1>Senior Data Engineer, Fleet Telemetry</h1>
        <p>Pittsburgh, PA · Hybrid · Full-time</p>
        <t-row :gutter="16">
          <t-col :span="6"><t-form-item label="First name" name="firstName" class="f-first"><t-input v-model="form.firstName" placeholder="" /></t-form-item></t-col>
          <t-col :span="6"><t-form-item label="Last name" name="lastName" class="f-last"><t-input v-model="form.lastName" placeholder="" /></t-form-item></t-col>
        </t-row>
        <t-form-item label="Email" name="email" class="f-email"><t-input v-model="form.email" type="email" placeholder="" /></t-form-item>
        <t-form-item label="Mobile" name="phone" class="f-phone"><t-input-adornment prepend="+1"><t-input v-model="form.phone" placeholder="Mobile number" /></t-input-adornment></t-form-item>
        <t-form-item label="LinkedIn" name="linkedin" class="f-linkedin"><t-input v-model="form.linkedin" placeholder="linkedin.com/in/..." /></t-form-item>
        <t-form-item label="Current location" name="location" class="f-location">
          <t-cascader v-model="form.location" :options="PLACES" filterable :filter="pathFilter" clearable placeholder="Country / State / City" value-type="full" />
        </t-form-item>
        <t-form-item label="University" name="school" class="f-school">
          <t-select v-model="form.school" filterable :options="schoolOptions" :loading="loading" placeholder="Search your university" @search="searchSchool" />
        </t-form-item>
        <t-form-item label="Years of relevant experience" name="years" class="f-years"><t-input-number v-model="form.years" theme="row" :min="0" :max="40" /></t-form-item>
        <t-form-item label="Target annual salary (USD)" name="salary" class="f-salary">
          <t-slider v-model="form.salary" :min="50000" :max="300000" :step="5000" :input-number-props="{ theme: 'column' }" />
        </t-form-item>
        <t-form-item label="Are you authorized to work in the US?" name="authorized" class="f-authorized"><t-switch v-model="form.authorized" :label="['Yes', 'No']" size="large" /></t-form-item>
        <t-form-item label="Will you require visa sponsorship?" name="sponsorship" class="f-sponsorship"><t-switch v-model="form.sponsorship" :label="['Yes', 'No']" size="large" /></t-form-item>
        <t-row :gutter="16">
          <t-col :span="6"><t-form-item label="Available from" name="startMonth" class="f-start">
            <t-date-picker v-model="form.startMonth" mode="month" format="MM/YYYY" value-type="YYYY-MM" allow-input clearable placeholder="MM/YYYY" />
          </t-form-item></t-col>
          <t-col :span="6"><t-form-item label="Current role (start – end)" name="currentRole" class="f-current">
            <t-date-range-picker v-model="form.currentRole" mode="month" :placeholder="['Start', 'End']" clearable />
          </t-form-item></t-col>
        </t-row>
        <t-form-item label="Languages" name="languages" class="f-languages"><t-tag-input v-model="form.languages" clearable placeholder="Type a language, press Enter" /></t-form-item>
        <t-form-item label="Preferred work mode" name="workMode" class="f-workmode">
          <t-radio-group v-model="form.workMode" variant="default-filled">
            <t-radio-button value="onsite">On-site</t-radio-button><t-radio-button value="hybrid">Hybrid</t-radio-button><t-radio-button value="remote">Remote</t-radio-button>
          </t-radio-group>
        </t-form-item>
        <t-form-item label="Resume" name="resume" class="f-resume">
          <t-upload :files="files" theme="file" :auto-upload="false" accept=".pdf,.doc,.docx" :max="1" @change="onFiles" tips="PDF or Word, max 10 MB" />
        </t-form-item>
        <t-form-item label="Cover letter" name="coverLetter" class="f-cover"><t-textarea v-model="form.coverLetter" :maxlength="3000" :autosize="{ minRows: 5 }" placeholder="Write or paste your cover letter" /></t-form-item>
        <t-form-item name="consent" class="f-consent"><t-checkbox v-model="form.consent">I agree that Orrinwick may process my data for this application</t-checkbox></t-form-item>
        <t-button theme="primary" type="submit" id="submit">Submit application</t-button>
        <pre id="model">{{ JSON.stringify(form) }}</pre>
      </t-form>
    </t-config-provider>
  `,
};

createApp(App).use(TDesign).mount('#app');
