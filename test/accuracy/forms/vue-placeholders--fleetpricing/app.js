/*
 * Another Saltmarsh Mobility posting from the same agency form builder (US role, other schema keys).
 * A careers page written in plain Vue 3 (no component library) by an agency's form builder: the
 * fields come from a schema whose keys are generated ("field_7f3a2c"), every input is bound with
 * v-model, and the only label a field has is its placeholder (a select's is its disabled first
 * option). The start date wants the European DD.MM.YYYY the placeholder shows. The reactive
 * answers object is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';

const SCHEMA = [
  { key: 'field_7f3a2c', type: 'text', placeholder: 'First name *', required: true, autocomplete: 'off' },
  { key: 'field_0b91de', type: 'text', placeholder: 'Last name *', required: true, autocomplete: 'off' },
  { key: 'field_c44e07', type: 'email', placeholder: 'Email address *', required: true, wide: true },
  { key: 'field_5a1f88', type: 'tel', placeholder: 'Phone number (with country code)' },
  { key: 'field_e2d310', type: 'text', placeholder: 'City of residence' },
  { key: 'field_4c8a01', type: 'select', placeholder: 'Country of residence *', required: true, options: ['Germany', 'Netherlands', 'United Kingdom', 'United States', 'Other'] },
  { key: 'field_91ab6c', type: 'text', placeholder: 'Current employer' },
  { key: 'field_3d7e25', type: 'text', placeholder: 'Current job title' },
  { key: 'field_9e12b7', type: 'select', placeholder: 'Years of data engineering experience', options: ['Less than 1', '1-3', '4-6', '7-9', '10 or more'] },
  { key: 'field_6e42a1', type: 'text', placeholder: 'Salary expectations (gross per year, USD)' },
  { key: 'field_1a7d5e', type: 'text', placeholder: 'Available from (MM/DD/YYYY)' },
  { key: 'field_2c5b7e', type: 'url', placeholder: 'LinkedIn profile URL', wide: true },
  { key: 'field_8b3f60', type: 'url', placeholder: 'GitHub profile URL', wide: true },
  { key: 'field_5d20c9', type: 'select', placeholder: 'Are you authorized to work in the US? *', required: true, options: ['Yes', 'No'] },
  { key: 'field_0e7b4a', type: 'select', placeholder: 'Will you require visa sponsorship for this role?', options: ['Yes', 'No'] },
  { key: 'field_73aa18', type: 'select', placeholder: 'Preferred working model', wide: true, options: ['Remote', 'Hybrid (New York)', 'Office (New York)'] },
  { key: 'field_2f9c64', type: 'text', placeholder: 'Who referred you? (optional)', wide: true },
  { key: 'field_f3061b', type: 'textarea', placeholder: 'Anything else you want to tell us? (optional)', wide: true },
];

const App = {
  setup() {
    const answers = reactive(Object.fromEntries([...SCHEMA.map((field) => [field.key, '']), ['field_cv_9d2e', ''], ['field_ok_11a4', false]]));
    const invalid = ref([]);
    const done = ref(false);
    const onFile = (event) => { answers.field_cv_9d2e = event.target.files[0]?.name ?? ''; };
    const submit = () => {
      invalid.value = SCHEMA.filter((field) => field.required && !String(answers[field.key]).trim()).map((field) => field.key);
      if (!answers.field_cv_9d2e) invalid.value.push('field_cv_9d2e');
      if (!answers.field_ok_11a4) invalid.value.push('field_ok_11a4');
      if (invalid.value.length === 0) done.value = true;
    };
    return { schema: SCHEMA, answers, invalid, done, onFile, submit };
  },
  template: `
    <p v-if="done" class="done" id="done">Thanks! We'll get back to you within two weeks.</p>
    <form v-else class="apply" @submit.prevent="submit" novalidate>
      <div class="grid">
        <template v-for="field in schema" :key="field.key">
          <select v-if="field.type === 'select'" v-model="answers[field.key]" :name="field.key" :class="{ wide: field.wide, invalid: invalid.includes(field.key) }" required>
            <option value="" disabled>{{ field.placeholder }}</option>
            <option v-for="option in field.options" :key="option" :value="option">{{ option }}</option>
          </select>
          <textarea v-else-if="field.type === 'textarea'" v-model="answers[field.key]" :name="field.key" :placeholder="field.placeholder" rows="4" :class="{ wide: field.wide }"></textarea>
          <input v-else v-model="answers[field.key]" :type="field.type" :name="field.key" :placeholder="field.placeholder" :autocomplete="field.autocomplete"
            :class="{ wide: field.wide, invalid: invalid.includes(field.key) }">
        </template>
        <label class="dropfile wide" :class="{ invalid: invalid.includes('field_cv_9d2e') }">
          <input type="file" name="field_cv_9d2e" accept=".pdf" @change="onFile">
          {{ answers.field_cv_9d2e || 'Drop your CV here (PDF) *' }}
        </label>
      </div>
      <p class="consent"><label><input type="checkbox" name="field_ok_11a4" v-model="answers.field_ok_11a4"> I agree that Saltmarsh Mobility stores my data for this application (privacy policy). *</label></p>
      <button type="submit" class="send" id="send">Send application</button>
      <pre id="model">{{ JSON.stringify(answers) }}</pre>
    </form>`,
};

createApp(App).mount('#app');
