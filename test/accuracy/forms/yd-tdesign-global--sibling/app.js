/*
 * The English careers site of a Shenzhen-headquartered games and devices company, written with
 * Vue 3 + TDesign (tdesign-vue-next, Tencent's design system) as its docs show: t-config-provider
 * with the en_US locale, t-form / t-form-item (labels on top, `name` per item), t-input,
 * a t-input-adornment whose prepend is a dial-code t-select preset to "+86 China", a filterable
 * country t-select (popup at the end of <body>), a t-auto-complete for the city, a degree t-select,
 * t-input-number with "years" / "USD per year" suffixes, t-radio-group (native radios inside the
 * labels) and a filled t-radio-group of t-radio-buttons with sentence answers, t-date-picker with
 * `allow-input` shown MM/DD/YYYY and kept YYYY-MM-DD, t-upload (no auto upload) for the resume and
 * for other attachments, t-textarea, t-checkbox, t-switch, a multiple t-select of offices, and a
 * header search box + language select. The form data is written into <pre id="model">.
 * Another posting of the yd-tdesign-global template: other job, other custom questions.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import TDesign from 'tdesign-vue-next';
import enConfig from 'tdesign-vue-next/es/locale/en_US.mjs';
import 'tdesign-vue-next/es/style/index.css';
import countries from 'world-countries';

const DIAL_CODES = [
  ['+86 China', '86-CN'], ['+852 Hong Kong, China', '852-HK'], ['+886 Taiwan, China', '886-TW'], ['+65 Singapore', '65-SG'],
  ['+81 Japan', '81-JP'], ['+82 South Korea', '82-KR'], ['+1 United States', '1-US'], ['+1 Canada', '1-CA'],
  ['+44 United Kingdom', '44-GB'], ['+49 Germany', '49-DE'], ['+33 France', '33-FR'], ['+61 Australia', '61-AU'],
].map(([label, value]) => ({ label, value }));

const CITIES = [
  'San Francisco, CA, United States', 'San Jose, CA, United States', 'Santa Clara, CA, United States', 'Palo Alto, CA, United States',
  'Seattle, WA, United States', 'Los Angeles, CA, United States', 'San Diego, CA, United States', 'Shenzhen, China', 'Shanghai, China',
  'Singapore', 'Vancouver, BC, Canada', 'Toronto, ON, Canada',
];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: '86-CN', mobile: '', country: '', city: '',
      degree: '', school: '', major: '', graduation: '', employer: '', position: '', years: undefined,
      authorized: '', sponsorship: '', salary: undefined, startDate: '', offices: [], github: '', portfolio: '',
      resume: [], attachments: [], coverLetter: '', relocate: '', gamesPlayed: '', referralCode: '', source: '',
      talentPool: false, privacy: false,
    });
    const header = reactive({ keyword: '', lang: 'en' });
    const submitted = ref(false);
    const countryOptions = countries
      .map((country) => ({ label: country.name.common, value: country.cca2 }))
      .sort((a, b) => a.label.localeCompare(b.label));
    const degreeOptions = ['High school', 'Junior college / Associate', 'Bachelor', 'Master', 'MBA', 'PhD', 'Other']
      .map((label) => ({ label, value: label.toLowerCase().replace(/[^a-z]+/g, '_') }));
    const officeOptions = ['Los Angeles', 'Irvine', 'Vancouver'].map((label) => ({ label, value: label }));
    const sourceOptions = ['Lumora careers site', 'LinkedIn', 'Referral from an employee', 'Job fair / campus event', 'Social media', 'Other']
      .map((label) => ({ label, value: label }));
    const cityOptions = (keyword) => CITIES.filter((city) => city.toLowerCase().includes(String(keyword ?? '').toLowerCase()));
    const rules = {
      firstName: [{ required: true, message: 'First name is required' }],
      lastName: [{ required: true, message: 'Last name is required' }],
      email: [{ required: true, message: 'Email is required' }, { email: true, message: 'Please enter a valid email' }],
      mobile: [{ required: true, message: 'Mobile number is required' }],
      country: [{ required: true, message: 'Please select' }],
      resume: [{ required: true, message: 'Please upload your resume' }],
      authorized: [{ required: true, message: 'Please select' }],
      sponsorship: [{ required: true, message: 'Please select' }],
      privacy: [{ validator: (value) => value === true, message: 'Please read and accept the Privacy Policy' }],
    };
    const onSubmit = ({ validateResult }) => { if (validateResult === true) submitted.value = true; };
    const model = document.getElementById('model');
    const files = (list) => list.map((file) => file.name);
    watch(form, () => {
      model.textContent = JSON.stringify({ ...form, resume: files(form.resume), attachments: files(form.attachments), header }, (k, v) => (v === undefined ? null : v), 2);
    }, { deep: true, immediate: true });
    watch(header, () => { form.talentPool = form.talentPool; model.textContent = JSON.stringify({ ...form, resume: files(form.resume), attachments: files(form.attachments), header }, (k, v) => (v === undefined ? null : v), 2); }, { deep: true });
    return {
      enConfig, form, header, submitted, rules, onSubmit, dialCodes: DIAL_CODES, countryOptions, degreeOptions, officeOptions,
      sourceOptions, cityOptions,
    };
  },
  template: `
    <t-config-provider :global-config="enConfig">
      <header class="site-head">
        <span class="brand">LUMORA · Careers</span>
        <nav><a href="#">Jobs</a><a href="#">Life at Lumora</a><a href="#">Campus</a><a href="#">My applications</a></nav>
        <span class="grow"></span>
        <t-input id="job-search" v-model="header.keyword" placeholder="Search jobs" style="width:220px" clearable>
          <template #suffix-icon><svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><circle cx="11" cy="11" r="7"/><path d="M20 20l-3.5-3.5"/></svg></template>
        </t-input>
        <t-select id="site-lang" v-model="header.lang" :options="[{label:'English',value:'en'},{label:'简体中文',value:'zh'},{label:'日本語',value:'ja'}]" style="width:110px" borderless />
      </header>
      <div class="wrap">
        <section class="job-card">
          <h1>Staff Analytics Engineer – Player Insights</h1>
          <div class="job-meta">Game Analytics · Los Angeles, CA (hybrid) · Full-time · Req. ID 2026-GA-0733</div>
        </section>
        <section class="apply-card">
          <h2 v-if="submitted" id="apply-done">Application submitted. You can follow its progress under "My applications".</h2>
          <t-form v-else id="apply-form" :data="form" :rules="rules" label-align="top" :colon="false" scroll-to-first-error="smooth" @submit="onSubmit">
            <h2>Apply for this position</h2>
            <div class="hint">Fields marked * are required.</div>
            <h3>Basic information</h3>
            <t-row :gutter="16">
              <t-col :span="6"><t-form-item label="First name" name="firstName"><t-input v-model="form.firstName" placeholder="Please enter" /></t-form-item></t-col>
              <t-col :span="6"><t-form-item label="Last name" name="lastName"><t-input v-model="form.lastName" placeholder="Please enter" /></t-form-item></t-col>
            </t-row>
            <t-form-item label="Email" name="email"><t-input v-model="form.email" type="email" placeholder="Please enter" /></t-form-item>
            <t-form-item label="Mobile number" name="mobile">
              <t-input-adornment>
                <template #prepend>
                  <t-select v-model="form.dialCode" class="dial-code" :options="dialCodes" filterable :auto-width="true" style="width:190px" />
                </template>
                <t-input v-model="form.mobile" placeholder="Please enter" />
              </t-input-adornment>
            </t-form-item>
            <t-row :gutter="16">
              <t-col :span="6"><t-form-item label="Country/Region of residence" name="country"><t-select v-model="form.country" :options="countryOptions" filterable placeholder="Please select" /></t-form-item></t-col>
              <t-col :span="6"><t-form-item label="Current city" name="city"><t-auto-complete v-model="form.city" :options="cityOptions(form.city)" placeholder="e.g. San Jose" /></t-form-item></t-col>
            </t-row>
            <h3>Education</h3>
            <t-row :gutter="16">
              <t-col :span="6"><t-form-item label="Highest degree" name="degree"><t-select v-model="form.degree" :options="degreeOptions" placeholder="Please select" /></t-form-item></t-col>
              <t-col :span="6"><t-form-item label="School" name="school"><t-input v-model="form.school" placeholder="Please enter" /></t-form-item></t-col>
              <t-col :span="6"><t-form-item label="Major" name="major"><t-input v-model="form.major" placeholder="Please enter" /></t-form-item></t-col>
              <t-col :span="6"><t-form-item label="Graduation date" name="graduation"><t-date-picker v-model="form.graduation" mode="month" placeholder="Select month" style="width:100%" /></t-form-item></t-col>
            </t-row>
            <h3>Work experience</h3>
            <t-row :gutter="16">
              <t-col :span="6"><t-form-item label="Current company" name="employer"><t-input v-model="form.employer" placeholder="Please enter" /></t-form-item></t-col>
              <t-col :span="6"><t-form-item label="Current position" name="position"><t-input v-model="form.position" placeholder="Please enter" /></t-form-item></t-col>
              <t-col :span="6"><t-form-item label="Years of work experience" name="years"><t-input-number v-model="form.years" theme="normal" :min="0" :max="50" suffix="years" placeholder="Please enter" style="width:100%" /></t-form-item></t-col>
            </t-row>
            <h3>Work eligibility and availability</h3>
            <t-form-item label="Are you legally authorized to work in the United States?" name="authorized">
              <t-radio-group v-model="form.authorized"><t-radio value="yes">Yes</t-radio><t-radio value="no">No</t-radio></t-radio-group>
            </t-form-item>
            <t-form-item label="Will you now or in the future require visa sponsorship (e.g. H-1B) to work for Lumora in the US?" name="sponsorship">
              <t-radio-group v-model="form.sponsorship" variant="default-filled">
                <t-radio-button value="yes">Yes, I will require sponsorship</t-radio-button>
                <t-radio-button value="no">No, I will not require sponsorship</t-radio-button>
              </t-radio-group>
            </t-form-item>
            <t-row :gutter="16">
              <t-col :span="6"><t-form-item label="Expected annual base salary" name="salary"><t-input-number v-model="form.salary" theme="normal" :min="0" :step="1000" suffix="USD / year" placeholder="Please enter" style="width:100%" /></t-form-item></t-col>
              <t-col :span="6"><t-form-item label="Earliest start date" name="startDate"><t-date-picker v-model="form.startDate" format="MM/DD/YYYY" value-type="YYYY-MM-DD" allow-input clearable placeholder="MM/DD/YYYY" style="width:100%" /></t-form-item></t-col>
            </t-row>
            <t-form-item label="Preferred office locations" name="offices" help="Choose any that work for you">
              <t-select v-model="form.offices" :options="officeOptions" multiple placeholder="Please select" />
            </t-form-item>
            <h3>Links and documents</h3>
            <t-row :gutter="16">
              <t-col :span="6"><t-form-item label="GitHub" name="github"><t-input v-model="form.github" placeholder="https://github.com/username" /></t-form-item></t-col>
              <t-col :span="6"><t-form-item label="Portfolio / personal website" name="portfolio"><t-input v-model="form.portfolio" placeholder="https://" /></t-form-item></t-col>
            </t-row>
            <t-form-item label="Resume" name="resume" help="PDF, DOC or DOCX, up to 20 MB">
              <t-upload v-model="form.resume" theme="file" :auto-upload="false" :max="1" accept=".pdf,.doc,.docx" action="/api/recruit/attachments" />
            </t-form-item>
            <t-form-item label="Other attachments" name="attachments" help="Portfolio, transcripts, certificates (up to 5 files)">
              <t-upload v-model="form.attachments" theme="file-flow" :auto-upload="false" multiple :max="5" action="/api/recruit/attachments" />
            </t-form-item>
            <t-form-item label="Cover letter" name="coverLetter">
              <t-textarea v-model="form.coverLetter" :maxlength="2000" :autosize="{ minRows: 5 }" placeholder="Tell us why you are interested in this role" />
            </t-form-item>
            <h3>Other information</h3>
            <t-form-item label="This role is hybrid (3 days a week in our Los Angeles studio). Are you open to relocating?" name="relocate">
              <t-radio-group v-model="form.relocate"><t-radio value="yes">Yes</t-radio><t-radio value="no">No</t-radio><t-radio value="local">I already live in the LA area</t-radio></t-radio-group>
            </t-form-item>
            <t-form-item label="Which Lumora games have you played?" name="gamesPlayed" help="Optional">
              <t-input v-model="form.gamesPlayed" placeholder="e.g. Skyforge Tactics" />
            </t-form-item>
            <t-row :gutter="16">
              <t-col :span="6"><t-form-item label="Referral code" name="referralCode"><t-input v-model="form.referralCode" placeholder="Optional" /></t-form-item></t-col>
              <t-col :span="6"><t-form-item label="How did you hear about us?" name="source"><t-select v-model="form.source" :options="sourceOptions" placeholder="Please select" /></t-form-item></t-col>
            </t-row>
            <t-form-item label="Join our talent pool" name="talentPool" help="We may contact you about other roles for up to 2 years">
              <t-switch v-model="form.talentPool" />
            </t-form-item>
            <t-form-item name="privacy" label-width="0">
              <t-checkbox v-model="form.privacy">I have read and agree to the <a href="#">Candidate Privacy Policy</a></t-checkbox>
            </t-form-item>
            <t-form-item label-width="0">
              <t-button theme="primary" type="submit" id="apply-submit">Submit application</t-button>
            </t-form-item>
          </t-form>
        </section>
      </div>
    </t-config-provider>
  `,
};

createApp(App).use(TDesign).mount('#app');
