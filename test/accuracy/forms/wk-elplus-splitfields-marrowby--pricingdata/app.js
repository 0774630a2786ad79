/*
 * Another posting on the Marrowby Insurance careers page (Data Engineer, Pricing & Underwriting
 * Data): same markup and field names; its own degree list, sponsorship sentences, tools checkbox
 * group, open question, an added actuarial-credential radio and another "how did you hear" list.
 *
 * Marrowby Insurance careers: Vue 3 + Element Plus el-form (label-position top) asking answers in
 * parts: the phone as an el-select of calling codes ("Canada +1" listed before "United States +1")
 * joined to an el-input, experience as two el-input-numbers (years + months), the salary as an
 * el-input-number amount + currency el-select + "per" el-select, and the availability as a month
 * el-select + a day el-select + a year el-input. Also: el-select State with code values, an
 * el-autocomplete city, el-radio groups, el-upload (file list), textarea, el-checkbox-group
 * (left alone), "how did you hear", EEO, consent. The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const DIAL = [['CA', 'Canada +1'], ['US', 'United States +1'], ['MX', 'Mexico +52'], ['GB', 'United Kingdom +44'], ['IE', 'Ireland +353']];
const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['NV', 'Nevada'], ['NY', 'New York'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington']];
const CITIES = ['Oakland', 'Sacramento', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco', 'Seattle', 'Portland'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HEARD = ['Indeed', 'LinkedIn', 'Marrowby careers site', 'Actuarial society job board', 'A Marrowby employee', 'Other'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: '', phone: '', city: '', state: '', linkedin: '', employer: '', jobTitle: '',
      expYears: undefined, expMonths: undefined, degree: '', salaryAmount: undefined, salaryCurrency: '', salaryPer: '', startMonth: '', startDay: '', startYear: '',
      authorized: '', sponsorship: '', actuarial: '', lines: [], coverLetter: '', claims: '', heard: '', gender: '', consent: false,
    });
    const resume = ref([]);
    const sent = ref(false);
    const formRef = ref(null);
    const search = ref('');
    const rules = {
      firstName: [{ required: true, message: 'Required', trigger: 'blur' }],
      lastName: [{ required: true, message: 'Required', trigger: 'blur' }],
      email: [{ required: true, type: 'email', message: 'Enter a valid email', trigger: 'blur' }],
      phone: [{ required: true, pattern: /^\d{10}$/, message: '10 digits, no spaces or dashes', trigger: 'blur' }],
      authorized: [{ required: true, message: 'Required', trigger: 'change' }],
      sponsorship: [{ required: true, message: 'Required', trigger: 'change' }],
    };
    const findCity = (q, cb) => cb(CITIES.filter((c) => c.toLowerCase().startsWith(q.toLowerCase())).map((value) => ({ value })));
    const onFiles = (_f, list) => { resume.value = list.map((f) => f.name); };
    const submit = async () => { try { await formRef.value.validate(); if (form.consent) sent.value = true; } catch { /* shown */ } };
    return { form, resume, sent, formRef, search, rules, findCity, onFiles, submit, DIAL, STATES, MONTHS, HEARD, DAYS: Array.from({ length: 31 }, (_, i) => String(i + 1)) };
  },
  template: `<div>
    <header class="mb-top">
      <span class="mb-logo">Marrowby <b>Insurance</b></span>
      <nav><a href="#">Auto</a><a href="#">Home</a><a href="#">Claims</a><a href="#">Careers</a></nav>
      <el-input id="mb-quote-zip" v-model="search" placeholder="ZIP for a quote" size="small" style="width: 150px" />
    </header>
    <main class="mb-main">
      <p class="mb-kicker">Pricing &amp; Underwriting · Remote (US)</p>
      <h1>Data Engineer, Pricing &amp; Underwriting Data</h1>
      <p>Our pricing team files rates in 14 states. Build the rating-factor and exposure datasets actuaries rely on for every filing.</p>
      <el-form ref="formRef" :model="form" :rules="rules" label-position="top" id="mb-form" @submit.prevent>
        <div class="mb-two">
          <el-form-item label="First name" prop="firstName"><el-input id="mb-firstName" v-model="form.firstName" /></el-form-item>
          <el-form-item label="Last name" prop="lastName"><el-input id="mb-lastName" v-model="form.lastName" /></el-form-item>
        </div>
        <el-form-item label="Email" prop="email"><el-input id="mb-email" v-model="form.email" type="email" /></el-form-item>
        <el-form-item label="Phone number" prop="phone">
          <div class="mb-row">
            <el-select id="mb-dialCode" v-model="form.dialCode" placeholder="Country code" style="width: 190px" aria-label="Country code">
              <el-option v-for="[v, l] in DIAL" :key="v" :value="v" :label="l" />
            </el-select>
            <el-input id="mb-phone" v-model="form.phone" type="tel" placeholder="10 digits" style="flex: 1" />
          </div>
        </el-form-item>
        <div class="mb-two">
          <el-form-item label="City"><el-autocomplete id="mb-city" v-model="form.city" :fetch-suggestions="findCity" :trigger-on-focus="false" style="width: 100%" /></el-form-item>
          <el-form-item label="State">
            <el-select id="mb-state" v-model="form.state" filterable placeholder="Select" style="width: 100%"><el-option v-for="[v, l] in STATES" :key="v" :value="v" :label="l" /></el-select>
          </el-form-item>
        </div>
        <el-form-item label="LinkedIn"><el-input id="mb-linkedin" v-model="form.linkedin" placeholder="https://www.linkedin.com/in/…" /></el-form-item>
        <div class="mb-two">
          <el-form-item label="Current employer"><el-input id="mb-employer" v-model="form.employer" /></el-form-item>
          <el-form-item label="Current title"><el-input id="mb-jobTitle" v-model="form.jobTitle" /></el-form-item>
        </div>
        <el-form-item label="Professional experience as a data engineer">
          <div class="mb-row">
            <el-input-number id="mb-expYears" v-model="form.expYears" :min="0" :max="50" controls-position="right" placeholder="Years" aria-label="Years" />
            <span>years</span>
            <el-input-number id="mb-expMonths" v-model="form.expMonths" :min="0" :max="11" controls-position="right" placeholder="Months" aria-label="Months" />
            <span>months</span>
          </div>
        </el-form-item>
        <el-form-item label="Education level">
          <el-select id="mb-degree" v-model="form.degree" placeholder="Select" style="width: 100%">
            <el-option v-for="d in ['High school diploma', 'Associate degree', 'Bachelor degree', 'Master degree', 'PhD', 'None of these']" :key="d" :value="d" :label="d" />
          </el-select>
        </el-form-item>
        <el-form-item label="Compensation expectation">
          <div class="mb-row">
            <el-input-number id="mb-salaryAmount" v-model="form.salaryAmount" :min="0" :step="1000" :controls="false" placeholder="Amount" aria-label="Amount" style="width: 180px" />
            <el-select id="mb-salaryCurrency" v-model="form.salaryCurrency" placeholder="Currency" style="width: 120px" aria-label="Currency">
              <el-option v-for="c in ['USD', 'CAD', 'EUR', 'GBP']" :key="c" :value="c" :label="c" />
            </el-select>
            <el-select id="mb-salaryPer" v-model="form.salaryPer" placeholder="Per" style="width: 120px" aria-label="Per">
              <el-option value="hour" label="Hour" /><el-option value="month" label="Month" /><el-option value="year" label="Year" />
            </el-select>
          </div>
        </el-form-item>
        <el-form-item label="When can you start?">
          <div class="mb-row">
            <el-select id="mb-startMonth" v-model="form.startMonth" placeholder="Month" style="width: 160px" aria-label="Month"><el-option v-for="m in MONTHS" :key="m" :value="m" :label="m" /></el-select>
            <el-select id="mb-startDay" v-model="form.startDay" placeholder="Day" style="width: 100px" aria-label="Day"><el-option v-for="d in DAYS" :key="d" :value="d" :label="d" /></el-select>
            <el-input id="mb-startYear" v-model="form.startYear" placeholder="YYYY" maxlength="4" style="width: 100px" aria-label="Year" />
          </div>
        </el-form-item>
        <el-form-item label="Do you have the legal right to work in the U.S.?" prop="authorized">
          <el-radio-group id="mb-authorized" v-model="form.authorized"><el-radio value="yes">Yes</el-radio><el-radio value="no">No</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item label="Will Marrowby need to sponsor a work visa for you, now or in the future?" prop="sponsorship">
          <el-radio-group id="mb-sponsorship" v-model="form.sponsorship"><el-radio value="yes">Yes, I will need sponsorship</el-radio><el-radio value="no">No, I will not need sponsorship</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item label="Do you hold, or are you working toward, an actuarial credential (ASA, FCAS …)?">
          <el-radio-group id="mb-actuarial" v-model="form.actuarial"><el-radio value="hold">I hold one</el-radio><el-radio value="pursuing">I am sitting exams</el-radio><el-radio value="none">No</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item label="Which rating or pricing tools have you fed data into? (select all that apply)">
          <el-checkbox-group id="mb-lines" v-model="form.lines"><el-checkbox value="earnix">Earnix</el-checkbox><el-checkbox value="radar">WTW Radar</el-checkbox><el-checkbox value="emblem">Emblem</el-checkbox><el-checkbox value="guidewire">Guidewire Rating</el-checkbox></el-checkbox-group>
        </el-form-item>
        <el-form-item label="Resume" class="mb-resume">
          <el-upload action="#" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onFiles" :on-remove="onFiles"><el-button>Select file</el-button></el-upload>
        </el-form-item>
        <el-form-item label="Cover letter (optional)"><el-input id="mb-coverLetter" v-model="form.coverLetter" type="textarea" :rows="5" /></el-form-item>
        <el-form-item label="Tell us about a dataset you built that an actuary or underwriter relied on."><el-input id="mb-claims" v-model="form.claims" type="textarea" :rows="3" /></el-form-item>
        <div class="mb-two">
          <el-form-item label="How did you hear about us?"><el-select id="mb-heard" v-model="form.heard" placeholder="Select" clearable style="width: 100%"><el-option v-for="h in HEARD" :key="h" :value="h" :label="h" /></el-select></el-form-item>
          <el-form-item label="Gender (voluntary)"><el-select id="mb-gender" v-model="form.gender" placeholder="Select" clearable style="width: 100%"><el-option v-for="g in ['Female', 'Male', 'Non-binary', 'Decline to state']" :key="g" :value="g" :label="g" /></el-select></el-form-item>
        </div>
        <el-form-item><el-checkbox id="mb-consent" v-model="form.consent">I certify the information above is accurate and accept Marrowby's applicant privacy notice.</el-checkbox></el-form-item>
        <el-button id="mb-submit" type="primary" @click="submit">Submit application</el-button>
        <el-alert v-if="sent" id="mb-sent" type="success" title="Thanks — your application has been received." :closable="false" style="margin-top: 12px" />
      </el-form>
      <pre id="model">{{ JSON.stringify({ ...form, resume }) }}</pre>
    </main>
  </div>`,
};

createApp(App).use(ElementPlus).mount('#app');
