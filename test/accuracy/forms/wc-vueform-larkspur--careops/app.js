/*
 * Larkspur Health's careers page: Vue 3 (runtime template compiler) with @vueform/multiselect,
 * v-calendar's DatePicker and vue-tel-input, used as their docs show. The city search asks a
 * (simulated) places endpoint after a short delay. The state is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import Multiselect from '@vueform/multiselect';
import '@vueform/multiselect/themes/default.css';
import { DatePicker } from 'v-calendar';
import 'v-calendar/style.css';
import { VueTelInput } from 'vue-tel-input';
import 'vue-tel-input/vue-tel-input.css';
import countries from 'world-countries';
import { POSTING } from './posting.js';

const COUNTRIES = countries.map((c) => ({ value: c.cca3, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const PLACES = [
  'San Antonio, TX, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Jose, CA, USA', 'Santa Fe, NM, USA',
  'Seattle, WA, USA', 'Boston, MA, USA', 'Austin, TX, USA', 'Denver, CO, USA', 'New York, NY, USA', 'Chicago, IL, USA',
  'Toronto, ON, Canada', 'Vancouver, BC, Canada', 'London, England, UK', 'Berlin, Germany',
];
const YEARS = [
  { value: '0-1', label: '0–1 years' }, { value: '2-4', label: '2–4 years' }, { value: '5-7', label: '5–7 years' },
  { value: '8-10', label: '8–10 years' }, { value: '10+', label: '10+ years' },
];
const iso = (date) => (date instanceof Date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null);

/** The places endpoint the city search calls (answers after a network-like delay). */
const searchPlaces = (query) => new Promise((resolve) => setTimeout(() => {
  const q = (query ?? '').toLowerCase();
  resolve(PLACES.filter((place) => place.toLowerCase().includes(q)).map((place) => ({ value: place, label: place })));
}, 250));

const App = {
  components: { Multiselect, DatePicker, VueTelInput },
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', phoneE164: '', phoneCountry: 'US', country: null, city: null,
      years: null, authorized: '', sponsorship: '', skills: [], linkedin: '', portfolio: '', salary: '', noticeWeeks: '',
      startDate: null, graduation: null, school: '', [POSTING.checksKey]: [], resume: [], coverLetter: '', [POSTING.essayKey]: '', consent: false,
    });
    const header = reactive({ q: '' });
    const community = reactive({ email: '', areas: [] });
    const sent = ref(false);
    const render = () => {
      const shown = { ...form, startDate: iso(form.startDate), graduation: form.graduation instanceof Date ? iso(form.graduation).slice(0, 7) : null };
      document.getElementById('model').textContent = JSON.stringify({ ...shown, header, community }, null, 1);
    };
    watch([form, header, community], render, { deep: true });
    const onPhone = (_number, phone) => { form.phoneE164 = phone?.number ?? ''; form.phoneCountry = phone?.countryCode ?? form.phoneCountry; };
    const onResume = (event) => { form.resume = Array.from(event.target.files).map((file) => file.name); };
    const submit = () => { if (form.firstName && form.email && form.resume.length && form.consent) sent.value = true; };
    return { form, header, community, sent, onPhone, onResume, submit, render, searchPlaces, POSTING, COUNTRIES, YEARS };
  },
  mounted() { this.render(); },
  template: `
  <header><span class="logo">larkspur</span><a>Care</a><a>Clinicians</a><a>Careers</a><input type="search" id="lk-site-search" v-model="header.q" placeholder="Search jobs" aria-label="Search jobs"></header>
  <main>
    <p>{{ POSTING.team }} · {{ POSTING.place }}</p>
    <h1>{{ POSTING.title }}</h1>
    <p>{{ POSTING.blurb }}</p>
    <section class="lk-card" v-if="!sent">
      <h2>Submit your application</h2>
      <form id="lk-form" @submit.prevent="submit" novalidate>
        <div class="lk-two">
          <div class="lk-field"><label for="lk-first">First name *</label><input type="text" id="lk-first" name="first_name" v-model="form.firstName"></div>
          <div class="lk-field"><label for="lk-last">Last name *</label><input type="text" id="lk-last" name="last_name" v-model="form.lastName"></div>
        </div>
        <div class="lk-field"><label for="lk-email">Email *</label><input type="email" id="lk-email" name="email" v-model="form.email"></div>
        <div class="lk-field"><label for="lk-phone-input">Phone</label>
          <VueTelInput v-model="form.phone" @on-input="onPhone" default-country="US" mode="international" :input-options="{ id: 'lk-phone-input', name: 'phone', placeholder: 'Phone number' }" :dropdown-options="{ showSearchBox: true, showFlags: true, showDialCodeInSelection: true }" /></div>
        <div class="lk-two">
          <div class="lk-field"><label id="lk-country-label">Country *</label>
            <Multiselect id="lk-country" v-model="form.country" :options="COUNTRIES" :searchable="true" placeholder="Select a country" :aria="{ 'aria-labelledby': 'lk-country-label' }" /></div>
          <div class="lk-field"><label id="lk-city-label">City</label>
            <Multiselect id="lk-city" v-model="form.city" :options="async (query) => await searchPlaces(query)" :searchable="true" :filter-results="false" :min-chars="2" :resolve-on-load="false" :delay="200" no-options-text="Type at least 2 characters" placeholder="Start typing your city" :aria="{ 'aria-labelledby': 'lk-city-label' }" />
            <div class="lk-hint">We use this for time zones and office matching.</div></div>
        </div>
        <div class="lk-field"><label id="lk-years-label">Years of analytics or data engineering experience *</label>
          <Multiselect id="lk-years" v-model="form.years" :options="YEARS" placeholder="Choose a range" :can-clear="false" :aria="{ 'aria-labelledby': 'lk-years-label' }" /></div>
        <div class="lk-field lk-radios"><span class="lk-q">{{ POSTING.authQuestion }} *</span>
          <label><input type="radio" name="authorized" value="yes" v-model="form.authorized"> Yes</label>
          <label><input type="radio" name="authorized" value="no" v-model="form.authorized"> No</label></div>
        <div class="lk-field lk-radios"><span class="lk-q">Will you now or in the future require Larkspur to sponsor an employment visa? *</span>
          <label><input type="radio" name="sponsorship" value="yes" v-model="form.sponsorship"> Yes</label>
          <label><input type="radio" name="sponsorship" value="no" v-model="form.sponsorship"> No</label></div>
        <div class="lk-field"><label id="lk-skills-label">{{ POSTING.skillsLabel }}</label>
          <Multiselect id="lk-skills" v-model="form.skills" mode="tags" :options="POSTING.skills" :searchable="true" :create-option="true" placeholder="Add skills" :aria="{ 'aria-labelledby': 'lk-skills-label' }" /></div>
        <div class="lk-two">
          <div class="lk-field"><label for="lk-linkedin">LinkedIn profile</label><input type="url" id="lk-linkedin" name="linkedin" v-model="form.linkedin" placeholder="https://linkedin.com/in/…"></div>
          <div class="lk-field"><label for="lk-portfolio">Portfolio or website</label><input type="url" id="lk-portfolio" name="portfolio" v-model="form.portfolio"></div>
        </div>
        <div class="lk-two">
          <div class="lk-field"><label for="lk-salary">Desired annual salary (USD)</label><input type="number" id="lk-salary" name="salary" min="0" step="1000" v-model="form.salary"></div>
          <div class="lk-field"><label for="lk-notice">Notice period (weeks)</label><input type="number" id="lk-notice" name="notice_weeks" min="0" max="26" step="1" v-model="form.noticeWeeks"></div>
        </div>
        <div class="lk-two">
          <div class="lk-field"><label for="lk-start">Earliest start date</label>
            <DatePicker v-model="form.startDate" :masks="{ input: 'MM/DD/YYYY' }" :popover="{ visibility: 'focus' }">
              <template #default="{ inputValue, inputEvents }"><input type="text" id="lk-start" name="start_date" :value="inputValue" v-on="inputEvents" placeholder="MM/DD/YYYY"></template>
            </DatePicker></div>
          <div class="lk-field"><label for="lk-grad">Graduation date (most recent degree)</label>
            <DatePicker v-model="form.graduation" mode="date" :masks="{ input: 'MM/YYYY' }" :popover="{ visibility: 'focus' }">
              <template #default="{ inputValue, inputEvents }"><input type="text" id="lk-grad" name="graduation" :value="inputValue" v-on="inputEvents" placeholder="MM/YYYY"></template>
            </DatePicker></div>
        </div>
        <div class="lk-field"><label for="lk-school">School (most recent degree)</label><input type="text" id="lk-school" name="school" v-model="form.school"></div>
        <div class="lk-field"><span class="lk-q">{{ POSTING.checksQuestion }}</span>
          <label v-for="(item, i) in POSTING.checks" :key="item" style="display:block"><input type="checkbox" :id="'lk-check-' + i" :name="POSTING.checksKey" :value="item" v-model="form[POSTING.checksKey]"> {{ item }}</label></div>
        <div class="lk-field"><label for="lk-resume">Resume *</label><input type="file" id="lk-resume" name="resume" accept=".pdf,.doc,.docx" @change="onResume">
          <ul class="lk-files" id="lk-resume-list"><li v-for="name in form.resume" :key="name">📄 {{ name }}</li><li v-if="!form.resume.length">No file selected</li></ul></div>
        <div class="lk-field"><label for="lk-cover">Cover letter</label><textarea id="lk-cover" name="cover_letter" rows="6" v-model="form.coverLetter"></textarea></div>
        <div class="lk-field"><label :for="'lk-' + POSTING.essayKey">{{ POSTING.essayLabel }}</label><textarea :id="'lk-' + POSTING.essayKey" :name="POSTING.essayKey" rows="3" v-model="form[POSTING.essayKey]"></textarea></div>
        <div class="lk-field"><label><input type="checkbox" id="lk-consent" name="consent" v-model="form.consent"> I consent to Larkspur Health processing my data for recruiting purposes. *</label></div>
        <button type="submit" id="lk-submit">Submit application</button>
      </form>
    </section>
    <h2 v-else id="lk-done">Application received — thank you!</h2>
    <aside class="lk-community"><h3>Not the right role? Join our talent community</h3>
      <div class="lk-field"><label for="lk-community-email">Email</label><input type="email" id="lk-community-email" v-model="community.email"></div>
      <div class="lk-field"><label id="lk-community-areas-label">Areas of interest</label>
        <Multiselect id="lk-community-areas" v-model="community.areas" mode="multiple" :options="['Engineering', 'Data', 'Clinical', 'Operations', 'Design']" placeholder="Pick areas" :aria="{ 'aria-labelledby': 'lk-community-areas-label' }" /></div>
      <button type="button">Keep me posted</button></aside>
    <pre id="model"></pre>
  </main>`,
};

createApp(App).mount('#app');
