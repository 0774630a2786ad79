/*
 * The mobile (H5) apply page of a cross-border e-commerce company's US hiring site, built with
 * Vue 3 + Vant 4 in English: van-nav-bar and van-steps over two steps, van-fields with left labels,
 * read-only "is-link" fields that open a van-action-sheet (calling code preset to "+86 China
 * mainland", degree) or a van-popup with a van-search city list, a van-stepper for the years, a
 * van-radio-group of sentence answers (no native radios), a van-date-picker in a popup with
 * Confirm, a van-uploader (it empties its input and keeps the file in its list), a counted
 * textarea, a van-checkbox and a van-switch. The reactive form is rendered into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import Vant, { Locale } from 'vant';
import enUS from 'vant/es/locale/lang/en-US.mjs';
import 'vant/lib/index.css';

Locale.use('en-US', enUS);

const CODES = [
  { name: '+86', subname: 'China mainland' }, { name: '+852', subname: 'Hong Kong, China' }, { name: '+65', subname: 'Singapore' },
  { name: '+1', subname: 'United States / Canada' }, { name: '+44', subname: 'United Kingdom' }, { name: '+49', subname: 'Germany' },
];
const CITIES = ['Austin, TX', 'Boston, MA', 'Chicago, IL', 'Hangzhou', 'Los Angeles, CA', 'New York, NY', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Seattle, WA', 'Shanghai', 'Shenzhen', 'Singapore'];
const DEGREES = ['High school', 'Associate', 'Bachelor', 'Master', 'PhD'];
const AUTHORIZATION = [
  { value: 'no-sponsorship', text: 'I am authorized to work in the US and do not need sponsorship' },
  { value: 'needs-sponsorship', text: 'I am authorized to work in the US but will need sponsorship (e.g. H-1B transfer)' },
  { value: 'not-authorized', text: 'I am not authorized to work in the US' },
];

const App = {
  setup() {
    const step = ref(0);
    const sent = ref(false);
    const form = reactive({
      fullName: '', email: '', callingCode: '+86', mobile: '', city: '', wechat: '', degree: '', school: '', years: 0, company: '', position: '',
      authorization: '', availableFrom: null, salary: '', resume: [], coverLetter: '', referralCode: '', source: '', privacy: false, jobAlerts: false,
    });
    const ui = reactive({ codeSheet: false, citySheet: false, citySearch: '', degreeSheet: false, sourceSheet: false, datePopup: false, pickerDate: ['2027', '01', '01'] });
    const cities = computed(() => CITIES.filter((city) => city.toLowerCase().includes(ui.citySearch.toLowerCase())));
    const codeText = computed(() => CODES.find((code) => code.name === form.callingCode)?.name ?? '');
    const shown = computed(() => ({ ...form, resume: form.resume.map((item) => item.file?.name ?? null) }));
    const pickCode = (action) => { form.callingCode = action.name; ui.codeSheet = false; };
    const pickCity = (city) => { form.city = city; ui.citySheet = false; };
    const pickDegree = (action) => { form.degree = action.name; ui.degreeSheet = false; };
    const pickSource = (action) => { form.source = action.name; ui.sourceSheet = false; };
    const confirmDate = ({ selectedValues }) => { form.availableFrom = selectedValues.join('-'); ui.datePopup = false; };
    const next = () => { step.value = 1; window.scrollTo(0, 0); };
    const submit = () => {
      if (!form.resume.length || !form.privacy || !form.authorization) return;
      sent.value = true;
    };
    return { step, sent, form, ui, cities, codeText, shown, codes: CODES, degrees: DEGREES.map((name) => ({ name })), authorization: AUTHORIZATION, pickCode, pickCity, pickDegree, pickSource, sources: ['LinkedIn', 'Lumi careers site', 'Referral', 'Campus event', 'Other'].map((name) => ({ name })), confirmDate, next, submit, minDate: new Date(2026, 0, 1), maxDate: new Date(2028, 11, 31) };
  },
  template: `
    <van-nav-bar title="Apply" left-arrow />
    <div v-if="sent" class="done" id="apply-done"><van-icon name="checked" size="56" color="#07c160" /><h2>Application submitted</h2><p>We'll reach out by email within 7 working days.</p></div>
    <template v-else>
      <div class="job-card"><h1>Senior Data Engineer</h1><p>Lumi Commerce · San Jose, CA · Full-time</p></div>
      <van-steps :active="step"><van-step>Basic info</van-step><van-step>Background</van-step></van-steps>

      <van-form v-if="step === 0" @submit="next" id="step-basic">
        <div class="group-title">Contact</div>
        <van-cell-group inset>
          <van-field v-model="form.fullName" name="fullName" label="Full name" placeholder="As on your ID" :rules="[{ required: true, message: 'Required' }]" />
          <van-field v-model="form.email" name="email" type="email" label="Email" placeholder="Email address" :rules="[{ required: true, message: 'Required' }]" />
          <van-field :model-value="codeText" name="callingCode" label="Code" is-link readonly placeholder="Select" @click="ui.codeSheet = true" />
          <van-field v-model="form.mobile" name="mobile" type="tel" label="Mobile" placeholder="Mobile number" />
          <van-field :model-value="form.city" name="city" label="Current city" is-link readonly placeholder="Select a city" @click="ui.citySheet = true" />
          <van-field v-model="form.wechat" name="wechat" label="WeChat ID" placeholder="Optional" />
        </van-cell-group>
        <div class="actions"><van-button round block type="primary" native-type="submit" id="next-step">Next</van-button></div>
      </van-form>

      <van-form v-else @submit="submit" id="step-background">
        <div class="group-title">Education and experience</div>
        <van-cell-group inset>
          <van-field :model-value="form.degree" name="degree" label="Highest degree" is-link readonly placeholder="Select" @click="ui.degreeSheet = true" />
          <van-field v-model="form.school" name="school" label="School" placeholder="School name" />
          <van-field name="years" label="Years of experience"><template #input><van-stepper v-model="form.years" min="0" max="40" integer input-width="48px" /></template></van-field>
          <van-field v-model="form.company" name="company" label="Current company" placeholder="Company name" />
          <van-field v-model="form.position" name="position" label="Current position" placeholder="Job title" />
        </van-cell-group>
        <div class="group-title">Work authorization</div>
        <div class="question" id="q-authorization">
          <div class="title">Which statement applies to you?</div>
          <van-radio-group v-model="form.authorization"><van-radio v-for="item in authorization" :key="item.value" :name="item.value">{{ item.text }}</van-radio></van-radio-group>
        </div>
        <div class="group-title">Availability and pay</div>
        <van-cell-group inset>
          <van-field :model-value="form.availableFrom ?? ''" name="availableFrom" label="Available from" is-link readonly placeholder="Select a date" @click="ui.datePopup = true" />
          <van-field v-model="form.salary" name="salary" type="digit" label="Expected salary" placeholder="USD per year" />
        </van-cell-group>
        <div class="group-title">Attachments</div>
        <van-cell-group inset>
          <van-field name="resume" label="Resume"><template #input><van-uploader v-model="form.resume" :max-count="1" accept=".pdf,.doc,.docx" upload-text="PDF / Word" /></template></van-field>
          <van-field v-model="form.coverLetter" name="coverLetter" type="textarea" label="Cover letter" rows="4" autosize maxlength="1000" show-word-limit placeholder="Tell us why you're a fit" />
          <van-field v-model="form.referralCode" name="referralCode" label="Referral code" placeholder="Optional" />
          <van-field :model-value="form.source" name="source" label="How did you find us?" is-link readonly placeholder="Select" @click="ui.sourceSheet = true" />
        </van-cell-group>
        <div class="group-title">More</div>
        <van-cell-group inset>
          <van-cell center title="Job alerts by email"><template #right-icon><van-switch v-model="form.jobAlerts" size="20px" /></template></van-cell>
        </van-cell-group>
        <div style="padding: 14px 16px 0"><van-checkbox v-model="form.privacy" shape="square" id="privacy">I have read and agree to the Candidate Privacy Policy</van-checkbox></div>
        <div class="actions"><van-button round block type="primary" native-type="submit" id="submit-apply">Submit</van-button></div>
      </van-form>
    </template>

    <van-action-sheet v-model:show="ui.codeSheet" :actions="codes" cancel-text="Cancel" description="Country / region code" @select="pickCode" class="code-sheet" />
    <van-action-sheet v-model:show="ui.degreeSheet" :actions="degrees" cancel-text="Cancel" description="Highest degree" @select="pickDegree" class="degree-sheet" />
    <van-action-sheet v-model:show="ui.sourceSheet" :actions="sources" cancel-text="Cancel" description="How did you find us?" @select="pickSource" class="source-sheet" />
    <van-popup v-model:show="ui.citySheet" position="bottom" round :style="{ height: '70%' }" class="city-popup">
      <van-search v-model="ui.citySearch" placeholder="Search city" />
      <van-cell-group class="city-list"><van-cell v-for="city in cities" :key="city" :title="city" clickable @click="pickCity(city)" /></van-cell-group>
    </van-popup>
    <van-popup v-model:show="ui.datePopup" position="bottom" round class="date-popup">
      <van-date-picker v-model="ui.pickerDate" title="Available from" :min-date="minDate" :max-date="maxDate" @confirm="confirmDate" @cancel="ui.datePopup = false" />
    </van-popup>
    <pre id="model">{{ JSON.stringify(shown, null, 1) }}</pre>
  `,
};

createApp(App).use(Vant).mount('#app');
