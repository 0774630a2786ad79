/*
 * Orchard Loop's careers page: Vue 3 (runtime template compiler) with DevUI components imported
 * per component (vue-devui/<component>), as the DevUI docs show for on-demand use. The state is
 * written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import FormInstall from 'vue-devui/form';
import InputInstall from 'vue-devui/input';
import SelectInstall from 'vue-devui/select';
import RadioInstall from 'vue-devui/radio';
import CheckboxInstall from 'vue-devui/checkbox';
import SwitchInstall from 'vue-devui/switch';
import InputNumberInstall from 'vue-devui/input-number';
import DatePickerProInstall from 'vue-devui/date-picker-pro';
import TextareaInstall from 'vue-devui/textarea';
import ButtonInstall from 'vue-devui/button';
import 'vue-devui/form/style.css';
import 'vue-devui/input/style.css';
import 'vue-devui/select/style.css';
import 'vue-devui/radio/style.css';
import 'vue-devui/checkbox/style.css';
import 'vue-devui/switch/style.css';
import 'vue-devui/input-number/style.css';
import 'vue-devui/date-picker-pro/style.css';
import 'vue-devui/textarea/style.css';
import 'vue-devui/button/style.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ name: c.name.common, value: c.cca2 })).sort((a, b) => a.name.localeCompare(b.name));
const STATES = ['Arizona', 'California', 'Florida', 'Idaho', 'Iowa', 'Nebraska', 'Oregon', 'Texas', 'Washington'];
const RANGES = ['1–3 years', '4–6 years', '7–9 years', '10+ years'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', country: '', state: '', city: '', years: '', authorized: '', sponsorship: '',
      arrangement: '', crops: [], fieldTravel: false, salary: undefined, noticeWeeks: undefined, startDate: '', graduation: '', skills: [],
      linkedin: '', website: '', coverLetter: '', fieldStory: '', consent: false,
    });
    const header = reactive({ q: '' });
    const news = reactive({ email: '' });
    const resume = ref('');
    const sent = ref(false);
    const day = (d) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d);
    const render = () => { document.getElementById('model').textContent = JSON.stringify({ ...form, startDate: day(form.startDate), graduation: day(form.graduation), resume: resume.value, header, news }, null, 1); };
    watch([form, header, news, resume], render, { deep: true });
    const onResume = (event) => { resume.value = event.target.files[0]?.name ?? ''; };
    const submit = () => { if (form.firstName && form.email && resume.value && form.consent) sent.value = true; };
    return { form, header, news, resume, sent, render, onResume, submit, COUNTRIES, STATES, RANGES, SKILLS: ['Python', 'SQL', 'Spark', 'ROS 2', 'Kafka', 'GIS / PostGIS', 'Rust'] };
  },
  mounted() { this.render(); },
  template: `
  <div class="ol-head"><span class="brand">🌱 Orchard Loop</span><a>Robots</a><a>Growers</a><a>Careers</a><div class="ol-search"><d-input id="ol-search" v-model="header.q" placeholder="Search roles" size="sm" /></div></div>
  <main>
    <p>Data · Fresno, CA or Remote (US)</p>
    <h1>Data Engineer, Fleet Autonomy</h1>
    <p>Our harvest robots log every pick, path and camera frame across 40,000 acres of orchards. You will build the pipelines our autonomy and agronomy teams learn from.</p>
    <section class="ol-card" v-if="!sent">
      <h2>Application</h2>
      <d-form :data="form" layout="vertical" id="ol-form" @submit.prevent>
        <div class="ol-two">
          <d-form-item field="firstName" label="First name" :rules="[{ required: true }]"><d-input id="ol-first" v-model="form.firstName" placeholder="" /></d-form-item>
          <d-form-item field="lastName" label="Last name" :rules="[{ required: true }]"><d-input id="ol-last" v-model="form.lastName" placeholder="" /></d-form-item>
        </div>
        <div class="ol-two">
          <d-form-item field="email" label="Email" :rules="[{ required: true }]"><d-input id="ol-email" v-model="form.email" placeholder="name@example.com" /></d-form-item>
          <d-form-item field="phone" label="Phone number"><d-input id="ol-phone" v-model="form.phone" placeholder="+1 555 555 5555" /></d-form-item>
        </div>
        <div class="ol-two">
          <d-form-item field="country" label="Country/Region"><d-select class="ol-country" v-model="form.country" :options="COUNTRIES" filter allow-clear placeholder="Select" /></d-form-item>
          <d-form-item field="state" label="State"><d-select class="ol-state" v-model="form.state" :options="STATES" filter allow-clear placeholder="Select" /></d-form-item>
        </div>
        <d-form-item field="city" label="City"><d-input id="ol-city" v-model="form.city" /></d-form-item>
        <d-form-item field="years" label="Years of data engineering experience"><d-select class="ol-years" v-model="form.years" :options="RANGES" placeholder="Select" /></d-form-item>
        <d-form-item field="authorized" label="Are you legally authorized to work in the US?">
          <d-radio-group class="ol-authorized" v-model="form.authorized" direction="row"><d-radio value="yes">Yes</d-radio><d-radio value="no">No</d-radio></d-radio-group></d-form-item>
        <d-form-item field="sponsorship" label="Will you require visa sponsorship, now or in the future?">
          <d-radio-group class="ol-sponsorship" v-model="form.sponsorship" direction="row"><d-radio value="yes">Yes</d-radio><d-radio value="no">No</d-radio></d-radio-group></d-form-item>
        <d-form-item field="arrangement" label="Preferred work arrangement">
          <d-radio-group class="ol-arrangement" v-model="form.arrangement" direction="row"><d-radio-button value="onsite">On-site</d-radio-button><d-radio-button value="hybrid">Hybrid</d-radio-button><d-radio-button value="remote">Remote</d-radio-button></d-radio-group></d-form-item>
        <d-form-item field="crops" label="Which crops have you worked with data for?">
          <d-checkbox-group class="ol-crops" v-model="form.crops" direction="row"><d-checkbox value="almonds">Almonds</d-checkbox><d-checkbox value="apples">Apples</d-checkbox><d-checkbox value="citrus">Citrus</d-checkbox><d-checkbox value="none">None yet</d-checkbox></d-checkbox-group></d-form-item>
        <d-form-item field="fieldTravel" label="Comfortable visiting orchards during harvest (up to 4 weeks a year)"><d-switch class="ol-travel" v-model="form.fieldTravel" /></d-form-item>
        <div class="ol-two">
          <d-form-item field="salary" label="Expected annual salary (USD)"><d-input-number class="ol-salary" v-model="form.salary" :min="0" :step="5000" placeholder="" /></d-form-item>
          <d-form-item field="noticeWeeks" label="Notice period (weeks)"><d-input-number class="ol-notice" v-model="form.noticeWeeks" :min="0" :max="26" placeholder="" /></d-form-item>
        </div>
        <div class="ol-two">
          <d-form-item field="startDate" label="Available from"><d-date-picker-pro class="ol-start" v-model="form.startDate" format="YYYY/MM/DD" placeholder="YYYY/MM/DD" /></d-form-item>
          <d-form-item field="graduation" label="Graduation month"><d-date-picker-pro class="ol-grad" v-model="form.graduation" type="month" format="YYYY/MM" placeholder="YYYY/MM" /></d-form-item>
        </div>
        <d-form-item field="skills" label="Skills"><d-select class="ol-skills" v-model="form.skills" :options="SKILLS" multiple filter placeholder="Select skills" /></d-form-item>
        <div class="ol-two">
          <d-form-item field="linkedin" label="LinkedIn"><d-input id="ol-linkedin" v-model="form.linkedin" /></d-form-item>
          <d-form-item field="website" label="Personal website"><d-input id="ol-website" v-model="form.website" /></d-form-item>
        </div>
        <d-form-item field="resume" label="Resume (PDF)"><input type="file" id="ol-resume" accept=".pdf" @change="onResume"> <span id="ol-resume-name">{{ resume || 'No file selected' }}</span></d-form-item>
        <d-form-item field="coverLetter" label="Cover letter"><d-textarea id="ol-cover" v-model="form.coverLetter" :rows="6" /></d-form-item>
        <d-form-item field="fieldStory" label="Tell us about data you collected outdoors or from machines."><d-textarea id="ol-field-story" v-model="form.fieldStory" :rows="3" /></d-form-item>
        <d-form-item field="consent"><d-checkbox class="ol-consent" v-model="form.consent">I agree to the processing of my personal data for recruitment.</d-checkbox></d-form-item>
        <d-button variant="solid" id="ol-submit" @click="submit">Submit application</d-button>
      </d-form>
    </section>
    <h2 v-else id="ol-done">Thank you for applying!</h2>
    <pre id="model"></pre>
  </main>
  <footer><p>Orchard notes — monthly robotics and agronomy news.</p><div class="ol-news"><d-input id="ol-news-email" v-model="news.email" placeholder="Email address" /></div></footer>`,
};

createApp(App).use(FormInstall).use(InputInstall).use(SelectInstall).use(RadioInstall).use(CheckboxInstall).use(SwitchInstall)
  .use(InputNumberInstall).use(DatePickerProInstall).use(TextareaInstall).use(ButtonInstall).mount('#app');
