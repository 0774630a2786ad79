/*
 * The careers page of a Kyiv-founded software agency hiring in the US, built with Vue 3 +
 * Vuestic UI as its docs show: va-form, va-input with `label` (Vuestic renders the label above the
 * field and ties it with `for` to a generated input id), a dial-code va-select beside the phone,
 * a searchable world-countries va-select (dropdown teleported to <body>), a va-input with a fixed
 * "github.com/" prepend, va-radio option lists (native radios), an English-level va-select and a
 * degree va-select, a va-switch phrased as a statement about sponsorship, va-input type=number with
 * a "USD / year" append, va-date-input with manual input (MM/DD/YYYY), va-file-upload (dropzone),
 * va-textarea, va-checkboxes. The form model is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import { createVuestic } from 'vuestic-ui';
import 'vuestic-ui/css';
import countries from 'world-countries';

const pad = (n) => String(n).padStart(2, '0');
const iso = (date) => (date instanceof Date ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : '');

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: '', phone: '', country: '', city: '', linkedin: '', github: '',
      experience: '', englishLevel: '', degree: '', authorized: '', needsSponsorship: false, salary: '', startDate: null,
      resume: [], coverLetter: '', promoCode: '', consent: false, blog: false,
    });
    const sent = ref(false);
    const countryOptions = countries.map((country) => ({ text: country.name.common, value: country.cca2 })).sort((a, b) => a.text.localeCompare(b.text));
    const dialOptions = [
      { text: '+1 United States', value: 'US' }, { text: '+1 Canada', value: 'CA' }, { text: '+380 Ukraine', value: 'UA' },
      { text: '+48 Poland', value: 'PL' }, { text: '+44 United Kingdom', value: 'GB' }, { text: '+49 Germany', value: 'DE' },
    ];
    const experienceOptions = ['Less than 1 year', '1-3 years', '3-5 years', '5+ years'];
    const englishOptions = ['A2 – Elementary', 'B1 – Intermediate', 'B2 – Upper-intermediate', 'C1 – Advanced', 'C2 – Proficient / Native'];
    const degreeOptions = ['No degree', 'Associate', "Bachelor's", "Master's", 'PhD'];
    const formatDate = (date) => `${pad(date.getMonth() + 1)}/${pad(date.getDate())}/${date.getFullYear()}`;
    const parseDate = (text) => {
      const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
      return match ? new Date(Number(match[3]), Number(match[1]) - 1, Number(match[2])) : null;
    };
    const model = document.getElementById('model');
    watch(form, () => {
      model.textContent = JSON.stringify({ ...form, startDate: iso(form.startDate), resume: (Array.isArray(form.resume) ? form.resume : form.resume ? [form.resume] : []).map((file) => file.name) }, null, 2);
    }, { deep: true, immediate: true });
    const submit = () => {
      const hasResume = Array.isArray(form.resume) ? form.resume.length > 0 : Boolean(form.resume);
      if (form.firstName && form.lastName && form.email && hasResume && form.authorized && form.consent) sent.value = true;
    };
    return { form, sent, countryOptions, dialOptions, experienceOptions, englishOptions, degreeOptions, formatDate, parseDate, submit };
  },
  template: `
    <div v-if="sent" id="sent" class="sent"><h2>Thank you! Your application is on its way.</h2></div>
    <va-form v-else id="apply-form" tag="form" @submit.prevent="submit" class="apply">
      <h2 class="va-h5">Apply now</h2>
      <div class="row">
        <va-input v-model="form.firstName" label="First name" name="first_name" required-mark class="fld" data-field="firstName" />
        <va-input v-model="form.lastName" label="Last name" name="last_name" required-mark class="fld" data-field="lastName" />
      </div>
      <va-input v-model="form.email" type="email" label="E-mail" name="email" required-mark class="fld wide" data-field="email" />
      <div class="row phone-row">
        <va-select v-model="form.dialCode" :options="dialOptions" value-by="value" text-by="text" label="Code" placeholder="Code" class="fld code" data-field="dialCode" />
        <va-input v-model="form.phone" label="Phone" name="phone" class="fld" data-field="phone" />
      </div>
      <div class="row">
        <va-select v-model="form.country" :options="countryOptions" value-by="value" text-by="text" label="Country of residence" placeholder="Choose your country" searchable search-placeholder-text="Search" class="fld" data-field="country" />
        <va-input v-model="form.city" label="City" name="city" class="fld" data-field="city" />
      </div>
      <div class="row">
        <va-input v-model="form.linkedin" label="LinkedIn" name="linkedin" placeholder="https://www.linkedin.com/in/..." class="fld" data-field="linkedin" />
        <va-input v-model="form.github" label="GitHub" name="github" class="fld" data-field="github"><template #prependInner><span class="prefix">github.com/</span></template></va-input>
      </div>
      <div class="group" data-field="experience">
        <div class="group-label">Commercial experience as a data engineer</div>
        <va-radio v-for="option in experienceOptions" :key="option" v-model="form.experience" :option="option" name="experience" class="radio" />
      </div>
      <div class="row">
        <va-select v-model="form.englishLevel" :options="englishOptions" label="English level" placeholder="Select" class="fld" data-field="englishLevel" />
        <va-select v-model="form.degree" :options="degreeOptions" label="Education" placeholder="Select" class="fld" data-field="degree" />
      </div>
      <div class="group" data-field="authorized">
        <div class="group-label">Do you have the legal right to work in the USA? *</div>
        <va-radio v-model="form.authorized" option="Yes" name="authorized" class="radio" />
        <va-radio v-model="form.authorized" option="No" name="authorized" class="radio" />
      </div>
      <div class="group" data-field="needsSponsorship">
        <va-switch v-model="form.needsSponsorship" label="I will need a visa sponsorship to work for Brightcode in the USA" size="small" />
      </div>
      <div class="row">
        <va-input v-model="form.salary" type="number" label="Salary expectations" name="salary" class="fld" data-field="salary"><template #appendInner><span class="suffix">USD / year</span></template></va-input>
        <va-date-input v-model="form.startDate" label="When can you start?" placeholder="MM/DD/YYYY" manual-input :format="formatDate" :parse="parseDate" clearable class="fld" data-field="startDate" />
      </div>
      <div class="group" data-field="resume">
        <div class="group-label">CV *</div>
        <va-file-upload v-model="form.resume" dropzone type="single" file-types=".pdf,.doc,.docx" upload-button-text="Choose file" dropzone-text="Drop your CV here or" />
      </div>
      <va-textarea v-model="form.coverLetter" label="Cover letter" placeholder="Tell us a bit about yourself" :min-rows="4" autosize class="fld wide" data-field="coverLetter" />
      <va-input v-model="form.promoCode" label="Referral code (if you have one)" name="referral_code" class="fld wide" data-field="promoCode" />
      <div class="group" data-field="consent"><va-checkbox v-model="form.consent" label="I agree to the Privacy Policy and allow Brightcode to process my personal data for recruitment purposes *" /></div>
      <div class="group" data-field="blog"><va-checkbox v-model="form.blog" label="Subscribe me to the Brightcode tech blog digest" /></div>
      <va-button type="submit" id="send-application" class="send">Send application</va-button>
    </va-form>`,
};

createApp(App).use(createVuestic()).mount('#app');
