/*
 * A grocery-delivery startup's careers page in Vue 3 (runtime template compiler), with two
 * stand-alone controls dropped in: vue-tel-input for the phone (flag dropdown preset to the United
 * States, auto formatting) and Virtual Select (the vanilla plugin, wrapped in a tiny component) for
 * country, time zone, years, pronouns and the team picker; its hidden input carries the name. The
 * "Get notified about new roles" box under the form is a second Virtual Select + email, not the
 * application. The Vue state is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import { VueTelInput } from 'vue-tel-input';
import 'vue-tel-input/vue-tel-input.css';
import 'virtual-select-plugin/dist/virtual-select.min.css';
import 'virtual-select-plugin/dist/virtual-select.min.js';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b)).map((name) => ({ label: name, value: name }));
const TIMEZONES = [
  ['(UTC-10:00) Hawaii', 'Pacific/Honolulu'], ['(UTC-09:00) Alaska', 'America/Anchorage'],
  ['(UTC-08:00) Pacific Time (US & Canada)', 'America/Los_Angeles'], ['(UTC-07:00) Mountain Time (US & Canada)', 'America/Denver'],
  ['(UTC-06:00) Central Time (US & Canada)', 'America/Chicago'], ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
  ['(UTC+00:00) London', 'Europe/London'], ['(UTC+01:00) Berlin, Amsterdam, Paris', 'Europe/Berlin'], ['(UTC+05:30) India', 'Asia/Kolkata'],
].map(([label, value]) => ({ label, value }));
const YEARS = ['0–2 years', '3–5 years', '6–9 years', '10+ years'].map((label, i) => ({ label, value: ['0-2', '3-5', '6-9', '10+'][i] }));
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'Prefer to self-describe', "I'd rather not say"].map((label) => ({ label, value: label }));
const TEAMS = ['Marketplace', 'Logistics', 'Payments', 'Growth', 'Data Platform', 'Shopper Experience'].map((label) => ({ label, value: label.toLowerCase().replace(/ /g, '-') }));

const VSelect = {
  props: { id: String, name: String, options: Array, modelValue: [String, Array], multiple: Boolean, search: Boolean, placeholder: String, labelledby: String },
  emits: ['update:modelValue'],
  template: '<div :id="id"></div>',
  mounted() {
    window.VirtualSelect.init({
      ele: this.$el, options: this.options, multiple: this.multiple, search: this.search, name: this.name,
      placeholder: this.placeholder ?? 'Select', selectedValue: this.modelValue, ariaLabelledby: this.labelledby,
      searchPlaceholderText: 'Search…', showValueAsTags: this.multiple,
    });
    this.$el.addEventListener('change', () => this.$emit('update:modelValue', this.$el.value ?? (this.multiple ? [] : '')));
  },
};

const App = {
  components: { VueTelInput, VSelect },
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', phoneE164: '', phoneCountry: 'US', phoneValid: false,
      country: '', city: '', timezone: '', years: '', linkedin: '', github: '', portfolio: '', salary: '',
      sponsorship: '', pronouns: '', teams: [], resume: null, coverLetter: '', whyCrumbtrail: '', consent: false,
    });
    const alerts = reactive({ teams: [], email: '' });
    const sent = ref(false);
    const error = ref(false);
    const render = () => { document.getElementById('model').textContent = JSON.stringify({ ...form, alerts }, null, 1); };
    watch([form, alerts], render, { deep: true, immediate: true });
    const onPhone = (_number, phoneObject) => { form.phoneE164 = phoneObject?.number ?? ''; form.phoneValid = !!phoneObject?.valid; form.phoneCountry = phoneObject?.countryCode ?? form.phoneCountry; };
    const onFile = (event) => { form.resume = event.target.files[0]?.name ?? null; };
    const submit = () => {
      const ok = form.firstName && form.lastName && form.email && form.phoneValid && form.country && form.years && form.sponsorship && form.resume && form.consent;
      if (!ok) { error.value = true; return; }
      sent.value = true;
    };
    return { form, alerts, sent, error, onPhone, onFile, submit, COUNTRIES, TIMEZONES, YEARS, PRONOUNS, TEAMS };
  },
  template: `
  <div>
    <span class="tag">Data</span><span class="tag">San Francisco or Remote (US)</span><span class="tag">Full-time</span>
    <h1>Senior Data Engineer, Marketplace</h1>
    <p>Crumbtrail matches 2 million weekly grocery orders with local shoppers. The Marketplace data team owns the pricing, supply and ETA signals our matching engine runs on.</p>
    <div class="apply" v-if="!sent">
      <h2>Apply for this job</h2>
      <form id="crumb-apply" @submit.prevent="submit" novalidate>
        <div class="two">
          <div class="field"><label for="first-name">First name *</label><input type="text" id="first-name" name="first_name" v-model="form.firstName" autocomplete="given-name"></div>
          <div class="field"><label for="last-name">Last name *</label><input type="text" id="last-name" name="last_name" v-model="form.lastName" autocomplete="family-name"></div>
        </div>
        <div class="field"><label for="email">Email *</label><input type="email" id="email" name="email" v-model="form.email"></div>
        <div class="field"><label for="phone">Phone *</label>
          <vue-tel-input v-model="form.phone" default-country="US" :preferred-countries="['US', 'CA', 'GB']" mode="auto" valid-characters-only
            :input-options="{ id: 'phone', name: 'phone', placeholder: 'Enter a phone number', showDialCode: false }"
            :dropdown-options="{ showSearchBox: true, showFlags: true, showDialCodeInList: true }" @on-input="onPhone"></vue-tel-input></div>
        <div class="two">
          <div class="field"><span class="lbl" id="lbl-country">Country of residence *</span>
            <v-select id="vs-country" name="country" :options="COUNTRIES" search placeholder="Select a country" labelledby="lbl-country" v-model="form.country"></v-select></div>
          <div class="field"><label for="city">City</label><input type="text" id="city" name="city" v-model="form.city"></div>
        </div>
        <div class="field"><span class="lbl" id="lbl-tz">Which time zone do you work in?</span>
          <v-select id="vs-timezone" name="timezone" :options="TIMEZONES" placeholder="Select a time zone" labelledby="lbl-tz" v-model="form.timezone"></v-select>
          <div class="hint">We are remote-friendly within US time zones.</div></div>
        <div class="field"><span class="lbl" id="lbl-years">Years of professional data engineering experience *</span>
          <v-select id="vs-years" name="years_experience" :options="YEARS" placeholder="Select" labelledby="lbl-years" v-model="form.years"></v-select></div>
        <div class="two">
          <div class="field"><label for="linkedin">LinkedIn</label><input type="url" id="linkedin" name="linkedin" v-model="form.linkedin" placeholder="linkedin.com/in/…"></div>
          <div class="field"><label for="github">GitHub</label><input type="url" id="github" name="github" v-model="form.github" placeholder="github.com/…"></div>
        </div>
        <div class="field"><label for="portfolio">Portfolio or personal site</label><input type="url" id="portfolio" name="portfolio" v-model="form.portfolio"></div>
        <div class="field"><label for="salary">What are your salary expectations?</label><input type="text" id="salary" name="salary" v-model="form.salary"><div class="hint">Base salary in USD. The range for this role is $165,000–$205,000.</div></div>
        <div class="field"><span class="lbl" id="lbl-sponsor">Will you now or in the future require Crumbtrail to sponsor a work visa? *</span>
          <div class="pills" role="radiogroup" aria-labelledby="lbl-sponsor">
            <label><input type="radio" name="sponsorship" value="yes" v-model="form.sponsorship"> Yes</label>
            <label><input type="radio" name="sponsorship" value="no" v-model="form.sponsorship"> No</label>
          </div></div>
        <div class="field"><span class="lbl" id="lbl-pronouns">Pronouns</span>
          <v-select id="vs-pronouns" name="pronouns" :options="PRONOUNS" placeholder="Select" labelledby="lbl-pronouns" v-model="form.pronouns"></v-select></div>
        <div class="field"><span class="lbl" id="lbl-teams">Other teams you'd be excited about</span>
          <v-select id="vs-teams" name="other_teams" :options="TEAMS" multiple placeholder="Select teams" labelledby="lbl-teams" v-model="form.teams"></v-select></div>
        <div class="field"><span class="lbl">Resume *</span>
          <label class="upload" for="resume">📎 Attach resume (PDF)<input type="file" id="resume" name="resume" accept="application/pdf" @change="onFile"></label>
          <span v-if="form.resume"> {{ form.resume }}</span></div>
        <div class="field"><label for="cover-letter">Cover letter</label><textarea id="cover-letter" name="cover_letter" rows="5" v-model="form.coverLetter"></textarea></div>
        <div class="field"><label for="why">Why Crumbtrail? (2–3 sentences)</label><textarea id="why" name="why_crumbtrail" rows="3" v-model="form.whyCrumbtrail"></textarea></div>
        <div class="field"><label><input type="checkbox" id="consent" name="consent" v-model="form.consent"> I have read the <a href="#">Candidate Privacy Notice</a>. *</label></div>
        <p v-if="error" style="color:#b3261e">Please complete the required fields.</p>
        <button type="submit" class="submit" id="crumb-submit">Submit application</button>
      </form>
    </div>
    <div id="crumb-done" v-else><h2>Thanks, {{ form.firstName }}!</h2><p>We'll be in touch.</p></div>
    <div class="apply">
      <h3>Not the right role? Get notified about new roles</h3>
      <div class="field"><span class="lbl" id="lbl-alert-teams">Teams</span>
        <v-select id="vs-alert-teams" name="alert_teams" :options="TEAMS" multiple placeholder="Any team" labelledby="lbl-alert-teams" v-model="alerts.teams"></v-select></div>
      <div class="field"><label for="alert-email">Email</label><input type="email" id="alert-email" name="alert_email" v-model="alerts.email"></div>
      <button type="button" class="submit">Notify me</button>
    </div>
  </div>`,
};
createApp(App).mount('#app');
