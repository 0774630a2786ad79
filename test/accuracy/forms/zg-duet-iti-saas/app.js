/*
 * The careers page of a Paris-founded SaaS company opening a US office, in Vue 3 (runtime
 * templates) with intl-tel-input set up in mounted() (flag dropdown with search, preset to France,
 * the dial code shown beside the flag as the plugin's default; E.164 kept in the state), Duet Date Picker (the Stencil custom element, light DOM, with a
 * DD/MM/YYYY date adapter as the French team configured it; its value is ISO) and Tagify for
 * languages. The Vue state is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import intlTelInput from 'intl-tel-input/intlTelInputWithUtils';
import 'intl-tel-input/styles-no-assets';
import { DuetDatePicker } from '@duetds/date-picker/custom-element';
import '@duetds/date-picker/dist/duet/themes/default.css';
import Tagify from '@yaireo/tagify';
import '@yaireo/tagify/dist/tagify.css';

customElements.define('duet-date-picker', DuetDatePicker);

const DATE_FORMAT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const dateAdapter = {
  parse(value = '', createDate) {
    const m = value.match(DATE_FORMAT);
    return m ? createDate(m[3], m[2], m[1]) : undefined;
  },
  format: (date) => `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`,
};

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', phoneCountry: 'FR', phoneValid: false, basedIn: '', country: '', startDate: '', notice: '',
      salary: '', rightToWork: '', sponsorship: '', languages: [], linkedin: '', github: '', resume: null, motivation: '',
      referral: '', source: '', gdpr: false, talentPool: false,
    });
    const sent = ref(false);
    const error = ref(false);
    watch(form, () => { document.getElementById('model').textContent = JSON.stringify(form, null, 1); }, { deep: true, immediate: true });
    const onFile = (event) => { form.resume = event.target.files[0]?.name ?? null; };
    const submit = () => {
      if (!form.firstName || !form.lastName || !form.email || !form.phoneValid || !form.country || !form.startDate || !form.rightToWork || !form.sponsorship || !form.resume || !form.gdpr) { error.value = true; return; }
      sent.value = true;
    };
    return { form, sent, error, onFile, submit };
  },
  mounted() {
    const phoneInput = document.getElementById('phone');
    const iti = intlTelInput(phoneInput, { initialCountry: 'fr', countryOrder: ['fr', 'be', 'de', 'gb', 'us'], countrySearch: true });
    const syncPhone = () => { this.form.phone = iti.getNumber(); this.form.phoneCountry = (iti.getSelectedCountry()?.iso2 ?? '').toUpperCase(); this.form.phoneValid = iti.isValidNumber(); };
    phoneInput.addEventListener('input', syncPhone);
    phoneInput.addEventListener('change', syncPhone);
    phoneInput.addEventListener('countrychange', syncPhone);
    const picker = document.getElementById('start-date-picker');
    picker.dateAdapter = dateAdapter;
    picker.localization = { ...picker.localization, placeholder: 'DD/MM/YYYY' };
    picker.addEventListener('duetChange', (event) => { this.form.startDate = event.detail.value; });
    const tagify = new Tagify(document.getElementById('languages'), { whitelist: ['English', 'French', 'Spanish', 'German', 'Italian', 'Portuguese', 'Mandarin'], dropdown: { enabled: 0 } });
    tagify.on('change', () => { this.form.languages = tagify.value.map((tag) => tag.value); });
  },
  template: `
  <div class="box">
    <form id="ombre-apply" v-if="!sent" @submit.prevent="submit" novalidate>
      <h2>Apply</h2>
      <div class="pair">
        <div class="f"><label for="first_name">First name *</label><input type="text" id="first_name" name="first_name" v-model="form.firstName"></div>
        <div class="f"><label for="last_name">Last name *</label><input type="text" id="last_name" name="last_name" v-model="form.lastName"></div>
      </div>
      <div class="f"><label for="email">Email *</label><input type="email" id="email" name="email" v-model="form.email"></div>
      <div class="f"><label for="phone">Phone number *</label><input type="tel" id="phone" name="phone"></div>
      <div class="pair">
        <div class="f"><label for="based_in">Where are you based?</label><input type="text" id="based_in" name="based_in" v-model="form.basedIn"><div class="sub">City, region</div></div>
        <div class="f"><label for="country">Country of residence *</label>
          <select id="country" name="country" v-model="form.country"><option value="">Select…</option><option value="FR">France</option><option value="BE">Belgium</option><option value="DE">Germany</option><option value="GB">United Kingdom</option><option value="CA">Canada</option><option value="US">United States</option><option value="OTHER">Other</option></select></div>
      </div>
      <div class="pair">
        <div class="f"><label for="start-date">Earliest start date *</label>
          <duet-date-picker id="start-date-picker" identifier="start-date" name="start_date" first-day-of-week="1" min="2026-01-01"></duet-date-picker>
          <div class="sub">DD/MM/YYYY</div></div>
        <div class="f"><label for="notice">Notice period</label>
          <select id="notice" name="notice" v-model="form.notice"><option value="">Select…</option><option>Available now</option><option>2 weeks</option><option>1 month</option><option>2 months</option><option>3 months</option></select></div>
      </div>
      <div class="f"><label for="salary">Gross annual salary expectation (USD)</label><input type="text" id="salary" name="salary" v-model="form.salary" inputmode="numeric"></div>
      <div class="f"><span class="l">Do you have the right to work in the United States? *</span>
        <span class="yn"><label><input type="radio" name="right_to_work" value="yes" v-model="form.rightToWork"> Yes</label><label><input type="radio" name="right_to_work" value="no" v-model="form.rightToWork"> No</label></span></div>
      <div class="f"><span class="l">Will you need visa sponsorship to work in the United States? *</span>
        <span class="yn"><label><input type="radio" name="sponsorship" value="yes" v-model="form.sponsorship"> Yes</label><label><input type="radio" name="sponsorship" value="no" v-model="form.sponsorship"> No</label></span></div>
      <div class="f"><label for="languages">Languages you work in</label><input type="text" id="languages" name="languages" placeholder="Add languages"></div>
      <div class="pair">
        <div class="f"><label for="linkedin">LinkedIn</label><input type="url" id="linkedin" name="linkedin" v-model="form.linkedin"></div>
        <div class="f"><label for="github">GitHub</label><input type="url" id="github" name="github" v-model="form.github"></div>
      </div>
      <div class="f"><label for="resume">CV / Resume *</label><input type="file" id="resume" name="resume" accept=".pdf" @change="onFile"></div>
      <div class="f"><label for="motivation">Motivation letter</label><textarea id="motivation" name="motivation" rows="6" v-model="form.motivation"></textarea></div>
      <div class="pair">
        <div class="f"><label for="referral">Referral code</label><input type="text" id="referral" name="referral" v-model="form.referral"></div>
        <div class="f"><label for="source">How did you hear about Ombrelune?</label><select id="source" name="source" v-model="form.source"><option value="">Select…</option><option>Welcome to the Jungle</option><option>LinkedIn</option><option>A friend</option><option>Event / meetup</option><option>Other</option></select></div>
      </div>
      <div class="f"><label><input type="checkbox" id="gdpr" name="gdpr" v-model="form.gdpr"> I agree that Ombrelune processes my personal data for this application, as described in the <a href="#">privacy policy</a>. *</label></div>
      <div class="f"><label><input type="checkbox" id="talent_pool" name="talent_pool" v-model="form.talentPool"> Keep my application for 2 years so Ombrelune can contact me about other openings.</label></div>
      <p v-if="error" style="color:#d0342c">Please fill in the required fields.</p>
      <button type="submit" class="btn" id="ombre-submit">Send my application</button>
    </form>
    <div id="ombre-done" v-else><h2>Merci! Your application has been sent.</h2></div>
  </div>`,
};
createApp(App).mount('#app');
