/*
 * Wattle & Finch, a Melbourne-founded design-tools company, hiring for its new San Francisco
 * office. The careers page is the Melbourne team's Vue 3 app (runtime template compiler) with
 * vue-multiselect for every dropdown (title, country "United States of America", a state list
 * grouped by country with Australian states first, salary bands, sponsorship, pronouns with a
 * taggable "add your own", skills, "how did you hear"), vue-tel-input preset to Australia
 * (international mode, "+61" in the box), @vuepic/vue-datepicker with a typed day-first date
 * (DD/MM/YYYY, as the Melbourne team writes it) and a row of aria-pressed buttons for years of
 * experience. The form state is written into <pre id="model">.
 */
import { createApp, reactive, computed } from 'vue/dist/vue.esm-bundler.js';
import VueMultiselect from 'vue-multiselect';
import 'vue-multiselect/dist/vue-multiselect.min.css';
import { VueTelInput } from 'vue-tel-input';
import 'vue-tel-input/vue-tel-input.css';
import { VueDatePicker } from '@vuepic/vue-datepicker';
import '@vuepic/vue-datepicker/dist/main.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, name: c.cca2 === 'US' ? 'United States of America' : c.cca2 === 'GB' ? 'United Kingdom of Great Britain and Northern Ireland' : c.name.common }))
  .sort((a, b) => a.name.localeCompare(b.name));
const STATE_GROUPS = [
  { country: 'Australia', states: ['Australian Capital Territory', 'New South Wales', 'Northern Territory', 'Queensland', 'South Australia', 'Tasmania', 'Victoria', 'Western Australia'] },
  { country: 'United States', states: ['Arizona', 'California', 'Colorado', 'Illinois', 'Massachusetts', 'New York', 'Oregon', 'Texas', 'Washington'] },
];
const BANDS = ['Under $120k', '$120k–$139k', '$140k–$159k', '$160k–$179k', '$180k+'];
const YEARS = ['0–2 yrs', '3–5 yrs', '6–9 yrs', '10+ yrs'];

const App = {
  components: { VueMultiselect, VueTelInput, VueDatePicker },
  setup() {
    const form = reactive({
      title: null, firstName: '', lastName: '', email: '', phone: '', phoneE164: '', city: '', state: null, postcode: '', country: null,
      linkedin: '', portfolio: '', years: '', startDate: null, band: null, rightToWork: '', sponsorship: null, pronouns: null,
      skills: [], resume: null, coverLetter: null, anythingElse: '', heard: null, consent: false, community: false,
    });
    const pronounOptions = reactive(['she/her', 'he/him', 'they/them']);
    const skillOptions = reactive(['Figma plugins', 'TypeScript', 'Python', 'SQL', 'dbt', 'Snowflake', 'Looker', 'Amplitude', 'Airflow']);
    const state = reactive({ sent: false, error: '' });
    const model = computed(() => ({
      title: form.title ?? '', firstName: form.firstName, lastName: form.lastName, email: form.email, phone: form.phoneE164,
      city: form.city, state: form.state ?? '', postcode: form.postcode, country: form.country?.code ?? '', linkedin: form.linkedin, portfolio: form.portfolio,
      years: form.years, startDate: form.startDate ?? '', salaryBand: form.band ?? '', rightToWork: form.rightToWork, sponsorship: form.sponsorship ?? '',
      pronouns: form.pronouns ?? '', skills: [...form.skills], resume: form.resume, coverLetter: form.coverLetter, anythingElse: form.anythingElse,
      heard: form.heard ?? '', consent: form.consent, community: form.community,
    }));
    const onPhone = (_number, obj) => { form.phoneE164 = obj?.valid ? obj.number : (obj?.number ?? ''); };
    const onFile = (key) => (e) => { form[key] = e.target.files[0]?.name ?? null; };
    const addPronoun = (tag) => { pronounOptions.push(tag); form.pronouns = tag; };
    const addSkill = (tag) => { skillOptions.push(tag); form.skills.push(tag); };
    const submit = () => {
      const m = model.value;
      if (!m.firstName || !m.lastName || !m.email || !m.phone || !m.city || !m.country || !m.years || !m.startDate || !m.rightToWork || !m.sponsorship || !m.resume || !m.consent) {
        state.error = 'Some required fields still need an answer.';
        return;
      }
      state.sent = true;
    };
    return { form, model, state, onPhone, onFile, submit, addPronoun, addSkill, pronounOptions, skillOptions, COUNTRIES, STATE_GROUPS, BANDS, YEARS };
  },
  template: `
  <div v-if="state.sent" id="wf-done" class="wf-done"><h2>Thanks, {{ form.firstName }}!</h2><p>You'll hear from the talent team within a week.</p></div>
  <form v-else id="wf-form" novalidate @submit.prevent="submit">
    <h2>Personal details</h2>
    <div class="wf-grid">
      <div class="wf-f" data-field="title"><label for="wf-title">Title</label>
        <VueMultiselect id="wf-title" v-model="form.title" :options="['Mr', 'Ms', 'Mrs', 'Mx', 'Dr']" :searchable="false" placeholder="Select" select-label="" deselect-label="" selected-label="" /></div>
      <div></div>
      <div class="wf-f"><label for="wf-first">First name *</label><input id="wf-first" name="first_name" v-model="form.firstName"></div>
      <div class="wf-f"><label for="wf-last">Last name *</label><input id="wf-last" name="last_name" v-model="form.lastName"></div>
      <div class="wf-f"><label for="wf-email">Email *</label><input id="wf-email" type="email" name="email" v-model="form.email"></div>
      <div class="wf-f"><label for="wf-mobile">Mobile *</label>
        <vue-tel-input v-model="form.phone" default-country="AU" :preferred-countries="['AU', 'NZ', 'US']" mode="international" :input-options="{ id: 'wf-mobile', name: 'mobile', placeholder: 'Mobile number' }"
          :dropdown-options="{ showSearchBox: true, showFlags: true, showDialCodeInSelection: false, showDialCodeInList: true }" @on-input="onPhone"></vue-tel-input>
        <p class="wf-hint">Change the flag if your number isn't Australian.</p></div>
      <div class="wf-f"><label for="wf-city">Suburb / city *</label><input id="wf-city" name="city" v-model="form.city"></div>
      <div class="wf-f" data-field="state"><label for="wf-state">State / territory</label>
        <VueMultiselect id="wf-state" v-model="form.state" :options="STATE_GROUPS" group-values="states" group-label="country" :group-select="false" placeholder="Start typing" select-label="" deselect-label="" selected-label="" /></div>
      <div class="wf-f"><label for="wf-postcode">Postcode / ZIP</label><input id="wf-postcode" name="postcode" v-model="form.postcode"></div>
      <div class="wf-f" data-field="country"><label for="wf-country">Country of residence *</label>
        <VueMultiselect id="wf-country" v-model="form.country" :options="COUNTRIES" track-by="code" label="name" placeholder="Start typing" select-label="" deselect-label="" selected-label="" /></div>
      <div class="wf-f"><label for="wf-linkedin">LinkedIn URL</label><input id="wf-linkedin" name="linkedin" v-model="form.linkedin"></div>
      <div class="wf-f"><label for="wf-portfolio">Portfolio or personal site</label><input id="wf-portfolio" name="portfolio" v-model="form.portfolio"></div>
    </div>

    <h2>Experience and availability</h2>
    <div class="wf-f"><span class="wf-label" id="wf-years-label">Years of professional experience *</span>
      <div class="wf-seg" role="group" aria-labelledby="wf-years-label">
        <button v-for="y in YEARS" :key="y" type="button" :aria-pressed="form.years === y ? 'true' : 'false'" :class="{ on: form.years === y }" @click="form.years = y">{{ y }}</button></div></div>
    <div class="wf-grid">
      <div class="wf-f"><label for="wf-start">Earliest start date *</label>
        <VueDatePicker v-model="form.startDate" text-input model-type="yyyy-MM-dd" :formats="{ input: 'dd/MM/yyyy' }" :time-config="{ enableTimePicker: false }" auto-apply :input-attrs="{ id: 'wf-start', name: 'start_date' }" placeholder="DD/MM/YYYY" /></div>
      <div class="wf-f" data-field="band"><label for="wf-band">Salary expectation (USD base)</label>
        <VueMultiselect id="wf-band" v-model="form.band" :options="BANDS" :searchable="false" placeholder="Select a range" select-label="" deselect-label="" selected-label="" /></div>
    </div>
    <fieldset class="wf-f wf-radios"><legend>Do you have the right to work in the United States? *</legend>
      <label><input type="radio" name="right_to_work" value="yes" v-model="form.rightToWork"> Yes</label>
      <label><input type="radio" name="right_to_work" value="no" v-model="form.rightToWork"> No</label></fieldset>
    <div class="wf-grid">
      <div class="wf-f" data-field="sponsorship"><label for="wf-sponsorship">Will you need us to sponsor a visa, now or later? *</label>
        <VueMultiselect id="wf-sponsorship" v-model="form.sponsorship" :options="['Yes, I will need sponsorship', 'No, I will not need sponsorship']" :searchable="false" placeholder="Select" select-label="" deselect-label="" selected-label="" /></div>
      <div class="wf-f" data-field="pronouns"><label for="wf-pronouns">Pronouns</label>
        <VueMultiselect id="wf-pronouns" v-model="form.pronouns" :options="pronounOptions" taggable @tag="addPronoun" tag-placeholder="Use these pronouns" placeholder="Select or type your own" select-label="" deselect-label="" selected-label="" /></div>
    </div>
    <div class="wf-f" data-field="skills"><label for="wf-skills">Skills</label>
      <VueMultiselect id="wf-skills" v-model="form.skills" :options="skillOptions" multiple taggable @tag="addSkill" :close-on-select="false" tag-placeholder="Add this skill" placeholder="Search or add a skill" /></div>

    <h2>Documents</h2>
    <div class="wf-grid">
      <div class="wf-f"><label for="wf-resume">Résumé *</label><input id="wf-resume" type="file" name="resume" accept=".pdf,.doc,.docx" @change="onFile('resume')($event)"></div>
      <div class="wf-f"><label for="wf-cover">Cover letter</label><input id="wf-cover" type="file" name="cover_letter" accept=".pdf,.doc,.docx,.txt" @change="onFile('coverLetter')($event)"></div>
    </div>
    <div class="wf-f"><label for="wf-else">Anything else you'd like us to know?</label><textarea id="wf-else" name="anything_else" rows="4" v-model="form.anythingElse"></textarea></div>
    <div class="wf-f" data-field="heard"><label for="wf-heard">How did you hear about Wattle &amp; Finch?</label>
      <VueMultiselect id="wf-heard" v-model="form.heard" :options="['LinkedIn', 'Dribbble', 'A friend', 'Our blog', 'Podcast', 'Other']" :searchable="false" placeholder="Select" select-label="" deselect-label="" selected-label="" /></div>
    <label class="wf-check"><input type="checkbox" id="wf-consent" name="consent" v-model="form.consent"> I've read the <a href="#">privacy collection notice</a> and consent to Wattle &amp; Finch handling my application. *</label>
    <label class="wf-check"><input type="checkbox" id="wf-community" name="community" v-model="form.community"> Keep me in the talent community for future roles</label>
    <p v-if="state.error" class="wf-error">{{ state.error }}</p>
    <button type="submit" id="wf-submit" class="wf-btn">Submit application</button>
  </form>
  <pre id="model">{{ JSON.stringify(model, null, 1) }}</pre>`,
};

createApp(App).mount('#root');
