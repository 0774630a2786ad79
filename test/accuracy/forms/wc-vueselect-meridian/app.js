/*
 * Meridian Grid's careers page: Vue 3 (runtime template compiler) with vue-select 4 and
 * @vuepic/vue-datepicker, as their docs show them. The state is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import vSelect from 'vue-select';
import 'vue-select/dist/vue-select.css';
import { VueDatePicker } from '@vuepic/vue-datepicker';
import '@vuepic/vue-datepicker/dist/main.css';

const city = (id, label) => ({ id, label });
const LOCATIONS = [
  { id: 'ca', label: 'Canada', children: [
    { id: 'ca-on', label: 'Ontario', children: [city('ca-on-tor', 'Toronto'), city('ca-on-ott', 'Ottawa')] },
    { id: 'ca-bc', label: 'British Columbia', children: [city('ca-bc-van', 'Vancouver')] },
  ] },
  { id: 'us', label: 'United States', children: [
    { id: 'us-az', label: 'Arizona', children: [city('us-az-phx', 'Phoenix'), city('us-az-tus', 'Tucson')] },
    { id: 'us-ca', label: 'California', children: [city('us-ca-la', 'Los Angeles'), city('us-ca-sac', 'Sacramento'), city('us-ca-sd', 'San Diego'), city('us-ca-sf', 'San Francisco'), city('us-ca-sj', 'San Jose')] },
    { id: 'us-co', label: 'Colorado', children: [city('us-co-den', 'Denver')] },
    { id: 'us-nv', label: 'Nevada', children: [city('us-nv-lv', 'Las Vegas'), city('us-nv-rno', 'Reno')] },
    { id: 'us-tx', label: 'Texas', children: [city('us-tx-aus', 'Austin'), city('us-tx-hou', 'Houston')] },
  ] },
];
const PLACES = LOCATIONS.flatMap((country) => country.children.flatMap((region) => region.children.map((c) => ({ id: c.id, label: `${c.label}, ${region.label}, ${country.label}` }))));
const YEARS = [{ id: 'y0', label: 'Less than 3 years' }, { id: 'y3', label: '3–6 years' }, { id: 'y7', label: '7–10 years' }, { id: 'y11', label: 'More than 10 years' }];
const DEPARTMENTS = ['Data Engineering', 'Platform', 'SCADA / OT', 'Forecasting', 'Dispatch', 'Customer Analytics'];

const App = {
  components: { vSelect, VueDatePicker },
  setup() {
    const form = reactive({
      fullName: '', email: '', phone: '', location: null, years: null, departments: [], authorized: null, sponsorship: null,
      salary: '', currency: 'USD', startDate: null, graduation: null, education: '', school: '', pronouns: '', linkedin: '', github: '',
      resume: [], coverLetter: '', whyMeridian: '', race: '', consent: false,
    });
    const header = reactive({ q: '' });
    const chat = reactive({ name: '', email: '', message: '' });
    const sent = ref(false);
    const render = () => { document.getElementById('model').textContent = JSON.stringify({ ...form, header, chat }, null, 1); };
    watch([form, header, chat], render, { deep: true });
    const step = (delta) => { const n = Number(String(form.salary).replace(/[^0-9]/g, '')) || 0; form.salary = String(Math.max(0, n + delta)); };
    const onResume = (event) => { form.resume = Array.from(event.target.files).map((f) => f.name); };
    const submit = () => { if (form.fullName && form.email && form.resume.length && form.consent) sent.value = true; };
    return { form, header, chat, sent, render, step, onResume, submit, PLACES, YEARS, DEPARTMENTS };
  },
  mounted() { this.render(); },
  template: `
  <div class="mg-head"><span class="brand">⚡ Meridian Grid</span><a>Outages</a><a>Rates</a><a>Careers</a><input type="search" id="mg-search" v-model="header.q" placeholder="Search meridiangrid.example" aria-label="Search site"></div>
  <main>
    <p>Grid Operations · Sacramento, CA or Remote (CA, NV, AZ)</p>
    <h1>Senior Data Engineer, Grid Forecasting</h1>
    <p>Meridian serves 2.3 million customers across three states. Forecasting turns smart-meter, weather and DER telemetry into the load forecasts our dispatchers run the grid on.</p>
    <section class="mg-form" v-if="!sent">
      <h2>Apply now</h2>
      <form id="mg-form" @submit.prevent="submit" novalidate>
        <div class="mg-f"><label for="mg-name">Full name *</label><input type="text" id="mg-name" name="full_name" v-model="form.fullName"></div>
        <div class="mg-two">
          <div class="mg-f"><label for="mg-email">Email *</label><input type="email" id="mg-email" name="email" v-model="form.email"></div>
          <div class="mg-f"><label for="mg-phone">Phone</label><input type="tel" id="mg-phone" name="phone" v-model="form.phone" maxlength="14" placeholder="(555) 555-5555"></div>
        </div>
        <div class="mg-f"><label id="mg-location-label" for="mg-location">Where are you located? *</label>
          <v-select class="mg-location" v-model="form.location" :options="PLACES" :reduce="(o) => o.id" input-id="mg-location" placeholder="Search your city…" aria-labelledby="mg-location-label"><template #no-options>No matching city</template></v-select></div>
        <div class="mg-f"><label id="mg-years-label" for="mg-years">Years of experience building data pipelines *</label>
          <v-select class="mg-years" v-model="form.years" :options="YEARS" :reduce="(o) => o.id" :searchable="false" :clearable="false" input-id="mg-years" placeholder="Select…" /></div>
        <div class="mg-f"><span class="mg-q" id="mg-auth-q">Are you authorized to work in the United States for any employer? *</span>
          <div class="mg-toggle" role="group" aria-labelledby="mg-auth-q" id="mg-authorized"><button type="button" :aria-pressed="form.authorized === 'yes'" @click="form.authorized = 'yes'">Yes</button><button type="button" :aria-pressed="form.authorized === 'no'" @click="form.authorized = 'no'">No</button></div></div>
        <div class="mg-f"><span class="mg-q" id="mg-spons-q">Will you now or in the future require sponsorship for an employment visa? *</span>
          <div class="mg-toggle" role="group" aria-labelledby="mg-spons-q" id="mg-sponsorship"><button type="button" :aria-pressed="form.sponsorship === 'yes'" @click="form.sponsorship = 'yes'">Yes</button><button type="button" :aria-pressed="form.sponsorship === 'no'" @click="form.sponsorship = 'no'">No</button></div></div>
        <div class="mg-two">
          <div class="mg-f"><label for="mg-salary">Expected annual salary</label>
            <div class="mg-stepper"><button type="button" aria-label="Decrease salary" @click="step(-5000)">−</button><input type="text" inputmode="numeric" id="mg-salary" name="salary" v-model="form.salary"><button type="button" aria-label="Increase salary" @click="step(5000)">+</button></div></div>
          <div class="mg-f"><label for="mg-currency">Currency</label><select id="mg-currency" name="currency" v-model="form.currency"><option>USD</option><option>CAD</option><option>EUR</option></select></div>
        </div>
        <div class="mg-two">
          <div class="mg-f"><label for="mg-start">When could you start?</label>
            <VueDatePicker v-model="form.startDate" text-input model-type="yyyy-MM-dd" :formats="{ input: 'MM/dd/yyyy' }" :time-config="{ enableTimePicker: false }" auto-apply :input-attrs="{ id: 'mg-start', name: 'start_date' }" placeholder="MM/DD/YYYY" /></div>
          <div class="mg-f"><label for="mg-grad">Graduation month (most recent degree)</label>
            <VueDatePicker v-model="form.graduation" month-picker auto-apply :input-attrs="{ id: 'mg-grad', name: 'graduation' }" placeholder="Select month" /></div>
        </div>
        <div class="mg-f"><span class="mg-q">Highest level of education completed</span>
          <label v-for="e in ['High school', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctorate']" :key="e" style="display:block"><input type="radio" name="education" :value="e" v-model="form.education"> {{ e }}</label></div>
        <div class="mg-two">
          <div class="mg-f"><label for="mg-school">School</label><input type="text" id="mg-school" name="school" v-model="form.school"></div>
          <div class="mg-f"><label for="mg-pronouns">Pronouns</label><input type="text" id="mg-pronouns" name="pronouns" v-model="form.pronouns" placeholder="e.g. they/them"></div>
        </div>
        <div class="mg-two">
          <div class="mg-f"><label for="mg-linkedin">LinkedIn</label><input type="url" id="mg-linkedin" name="linkedin" v-model="form.linkedin"></div>
          <div class="mg-f"><label for="mg-github">GitHub</label><input type="url" id="mg-github" name="github" v-model="form.github"></div>
        </div>
        <div class="mg-f"><label id="mg-dept-label" for="mg-departments">Other teams you'd like to hear from</label>
          <v-select class="mg-departments" v-model="form.departments" :options="DEPARTMENTS" multiple :close-on-select="false" input-id="mg-departments" placeholder="Pick teams" /></div>
        <div class="mg-f"><label for="mg-resume">Resume *</label><input type="file" id="mg-resume" name="resume" accept=".pdf,.doc,.docx" @change="onResume">
          <ul class="mg-files" id="mg-resume-list"><li v-for="n in form.resume" :key="n">{{ n }}</li></ul></div>
        <div class="mg-f"><label for="mg-cover">Cover letter</label><textarea id="mg-cover" name="cover_letter" rows="6" v-model="form.coverLetter"></textarea></div>
        <div class="mg-f"><label for="mg-why">Why Meridian?</label><textarea id="mg-why" name="why_meridian" rows="3" v-model="form.whyMeridian"></textarea></div>
        <div class="mg-f"><label for="mg-race">Race / ethnicity (voluntary)</label><select id="mg-race" name="race" v-model="form.race"><option value="">Choose one</option><option>Asian</option><option>Black or African American</option><option>Hispanic or Latino</option><option>White</option><option>Two or more races</option><option>Decline to self-identify</option></select></div>
        <div class="mg-f"><label><input type="checkbox" id="mg-consent" name="consent" v-model="form.consent"> I acknowledge Meridian Grid's applicant privacy notice. *</label></div>
        <button type="submit" id="mg-submit">Submit</button>
      </form>
    </section>
    <h2 v-else id="mg-done">Thanks for applying to Meridian Grid.</h2>
    <pre id="model"></pre>
  </main>
  <aside class="mg-chat"><strong>Ask Volt 💬</strong><p>Questions about working here? Leave your details and we'll reply.</p>
    <input type="text" id="mg-chat-name" placeholder="Your name" aria-label="Your name" v-model="chat.name"><input type="email" id="mg-chat-email" placeholder="Email" aria-label="Email" v-model="chat.email"><input type="text" id="mg-chat-message" placeholder="Type a message…" aria-label="Message" v-model="chat.message"></aside>`,
};

createApp(App).mount('#app');
