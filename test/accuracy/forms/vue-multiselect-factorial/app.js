/*
 * The careers page: Vue 3, VeeValidate's Form / Field / ErrorMessage components (each field's rule
 * is a function), and vue-multiselect for the choice fields (bound to VeeValidate through the Field
 * slot). The form's values are rendered into <pre id="model"> (objects as their codes, a file as
 * its name).
 */
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import { ErrorMessage, Field, Form } from 'vee-validate';
import VueMultiselect from 'vue-multiselect';
import 'vue-multiselect/dist/vue-multiselect.min.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ code: country.cca2, name: country.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const CALLING_CODES = [['ES', 'Spain', '+34'], ['PT', 'Portugal', '+351'], ['FR', 'France', '+33'], ['GB', 'United Kingdom', '+44'], ['CA', 'Canada', '+1'], ['US', 'United States', '+1'], ['MX', 'Mexico', '+52']].map(([code, name, dial]) => ({ code, name, dial }));
const required = (message) => (value) => (value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) || message;

const shown = (values) => JSON.stringify(
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value instanceof File ? value.name : value && typeof value === 'object' && !Array.isArray(value) ? value.code : value])),
  null, 2,
);

const App = {
  components: { VeeForm: Form, Field, ErrorMessage, VueMultiselect },
  setup() {
    const sent = ref(false);
    const initialValues = { callingCode: CALLING_CODES[0], country: null, years: null, languages: [], pronouns: null, notice: null, gdpr: false };
    const rules = {
      firstName: required('First name is required'), lastName: required('Last name is required'),
      email: (value) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value ?? '') || 'Enter a valid email', resume: required('Please attach your CV'),
      workPermit: required('Please answer'), gdpr: (value) => value === true || 'Please accept the privacy policy',
      startDate: (value) => !value || /^\d{2}\/\d{2}\/\d{4}$/.test(value) || 'Use DD/MM/YYYY',
    };
    return { sent, initialValues, rules, shown, COUNTRIES, CALLING_CODES, callingLabel: (option) => `${option.name} (${option.dial})`, onSubmit: () => { sent.value = true; } };
  },
  template: `
    <h2 v-if="sent" id="lc-done">Thanks for applying to Lacuna Labs!</h2>
    <VeeForm v-else :initial-values="initialValues" @submit="onSubmit" v-slot="{ values }">
      <h1>Senior Data Engineer</h1>
      <p>Remote in the United States · Data Platform</p>
      <div class="lc-row">
        <div class="lc-field"><label for="lc-first">First name *</label><Field id="lc-first" name="firstName" type="text" :rules="rules.firstName" /><ErrorMessage name="firstName" class="lc-error" /></div>
        <div class="lc-field"><label for="lc-last">Last name *</label><Field id="lc-last" name="lastName" type="text" :rules="rules.lastName" /><ErrorMessage name="lastName" class="lc-error" /></div>
      </div>
      <div class="lc-field"><label for="lc-email">Email *</label><Field id="lc-email" name="email" type="email" :rules="rules.email" /><ErrorMessage name="email" class="lc-error" /></div>
      <div class="lc-row">
        <div class="lc-field lc-calling" style="flex:0 0 230px"><label for="lc-calling">Calling code</label>
          <Field name="callingCode" v-slot="{ value, handleChange }"><VueMultiselect id="lc-calling" :model-value="value" @update:model-value="handleChange" :options="CALLING_CODES" track-by="code" :custom-label="callingLabel" :allow-empty="false" select-label="" deselect-label="" selected-label="" placeholder="Code" /></Field></div>
        <div class="lc-field"><label for="lc-phone">Phone number</label><Field id="lc-phone" name="phone" type="tel" /></div>
      </div>
      <div class="lc-row">
        <div class="lc-field"><label for="lc-city">City</label><Field id="lc-city" name="city" type="text" /></div>
        <div class="lc-field lc-country"><label for="lc-country">Country</label>
          <Field name="country" v-slot="{ value, handleChange }"><VueMultiselect id="lc-country" :model-value="value" @update:model-value="handleChange" :options="COUNTRIES" track-by="code" label="name" placeholder="Select country" select-label="" deselect-label="Press enter to remove" /></Field></div>
      </div>
      <div class="lc-field lc-years"><label for="lc-years">Years of relevant experience</label>
        <Field name="years" v-slot="{ value, handleChange }"><VueMultiselect id="lc-years" :model-value="value" @update:model-value="handleChange" :options="['0 - 1', '2 - 4', '5 - 9', '10+']" :searchable="false" placeholder="Pick one" select-label="" deselect-label="" /></Field></div>
      <div class="lc-field lc-languages"><label for="lc-languages">Languages</label>
        <Field name="languages" v-slot="{ value, handleChange }"><VueMultiselect id="lc-languages" :model-value="value" @update:model-value="handleChange" :options="['Catalan', 'English', 'French', 'German', 'Portuguese', 'Spanish']" multiple :close-on-select="false" placeholder="Add languages" /></Field></div>
      <div class="lc-row">
        <div class="lc-field"><label for="lc-linkedin">LinkedIn</label><Field id="lc-linkedin" name="linkedin" type="url" /></div>
        <div class="lc-field"><label for="lc-portfolio">Portfolio</label><Field id="lc-portfolio" name="portfolio" type="url" /></div>
      </div>
      <div class="lc-row">
        <div class="lc-field"><label for="lc-salary">Salary expectation (USD, gross per year)</label><Field id="lc-salary" name="salary" type="number" /></div>
        <div class="lc-field"><label for="lc-start">Start date</label><Field id="lc-start" name="startDate" type="text" placeholder="DD/MM/YYYY" :rules="rules.startDate" /><ErrorMessage name="startDate" class="lc-error" /></div>
      </div>
      <div class="lc-field lc-notice"><label for="lc-notice">Notice period</label>
        <Field name="notice" v-slot="{ value, handleChange }"><VueMultiselect id="lc-notice" :model-value="value" @update:model-value="handleChange" :options="['Immediately', '2 weeks', '1 month', '2 months', '3 months or more']" :searchable="false" placeholder="Pick one" select-label="" deselect-label="" /></Field></div>
      <div class="lc-field"><span class="lc-q">Do you have the right to work in the United States? *</span>
        <div><label><Field type="radio" name="workPermit" value="yes" :rules="rules.workPermit" /> Yes</label> <label><Field type="radio" name="workPermit" value="no" /> No</label></div><ErrorMessage name="workPermit" class="lc-error" /></div>
      <div class="lc-field"><label for="lc-visa">Will you require a visa to work for us?</label>
        <Field id="lc-visa" name="visa" as="select"><option value="">Choose…</option><option value="yes">Yes</option><option value="no">No</option></Field></div>
      <div class="lc-field lc-pronouns"><label for="lc-pronouns">Pronouns</label>
        <Field name="pronouns" v-slot="{ value, handleChange }"><VueMultiselect id="lc-pronouns" :model-value="value" @update:model-value="handleChange" :options="['she/her', 'he/him', 'they/them']" taggable @tag="handleChange" tag-placeholder="Use these pronouns" placeholder="Select or type" select-label="" deselect-label="" /></Field></div>
      <div class="lc-field"><label for="lc-cv">CV *</label><Field id="lc-cv" name="resume" type="file" accept=".pdf,.doc,.docx" :rules="rules.resume" v-slot="{ handleChange, handleBlur }"><input id="lc-cv" type="file" accept=".pdf,.doc,.docx" @change="handleChange($event.target.files[0])" @blur="handleBlur" /></Field><ErrorMessage name="resume" class="lc-error" /></div>
      <div class="lc-field"><label for="lc-cover">Cover letter</label><Field id="lc-cover" name="coverLetter" as="textarea" rows="5" /></div>
      <div class="lc-field"><label for="lc-why">Why Lacuna Labs?</label><Field id="lc-why" name="why" as="textarea" rows="3" /></div>
      <div class="lc-field"><label><Field type="checkbox" id="lc-gdpr" name="gdpr" :value="true" :unchecked-value="false" :rules="rules.gdpr" /> I accept the privacy policy and the processing of my data (GDPR) *</label><ErrorMessage name="gdpr" class="lc-error" /></div>
      <button type="submit" id="lc-submit">Send application</button>
      <pre id="model">{{ shown(values) }}</pre>
    </VeeForm>`,
};

createApp(App).mount('#app');
