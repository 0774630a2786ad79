/*
 * Quillmoor Mutual careers: a Vue 3 apply page with vee-validate 4 (useForm + defineField, errors
 * shown on blur). The posting and its screening questions come from the careers API (here a
 * stand-in that answers after 700 ms): until then the page shows skeleton lines; the questions
 * are rendered from the JSON (select / radio / text), each a component calling useField with the
 * question id as its name. A "Yes" to sponsorship mounts the posting's follow-up question.
 * Values in <pre id="model">.
 */
import { createApp, defineComponent, ref, onMounted, computed } from 'vue/dist/vue.esm-bundler.js';
import { useForm, useField } from 'vee-validate';

const POSTING = {
  id: 'REQ-31877',
  title: 'Staff Data Engineer, Claims Platform',
  location: 'Des Moines, IA · Remote (US)',
  summary: 'Build the event pipelines and warehouse models behind first notice of loss, reserving and fraud scoring for 2.1 million policyholders.',
  questions: [
    { id: 'qst_81', type: 'select', required: true, label: 'How many years of experience do you have building data pipelines?', options: ['0-2', '3-4', '5-7', '8+'] },
    { id: 'qst_82', type: 'radio', required: true, label: 'Are you at least 18 years of age?', options: ['Yes', 'No'] },
    { id: 'qst_83', type: 'radio', required: true, label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { id: 'qst_84', type: 'radio', required: true, label: 'Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)?', options: ['Yes', 'No'],
      followUp: { when: 'Yes', id: 'qst_84a', type: 'text', required: true, label: 'Please describe the sponsorship you will need.' } },
    { id: 'qst_85', type: 'text', required: true, label: 'What are your base salary expectations?', help: 'Annual, in USD' },
    { id: 'qst_86', type: 'radio', required: false, label: 'Have you ever been employed by Quillmoor Mutual or an affiliated agency?', options: ['Yes', 'No'] },
  ],
};
const fetchPosting = () => new Promise((resolve) => setTimeout(() => resolve(JSON.parse(JSON.stringify(POSTING))), 700));

const requiredRule = (v) => (v !== undefined && v !== null && String(v).trim() !== '') || 'This question is required';

const Question = defineComponent({
  name: 'Question',
  props: { q: Object },
  setup(props) {
    const { value, errorMessage, handleBlur, handleChange } = useField(() => props.q.id, props.q.required ? requiredRule : undefined, { validateOnValueUpdate: false, initialValue: '' });
    return { value, errorMessage, handleBlur, handleChange };
  },
  template: `
    <fieldset v-if="q.type === 'radio'" class="qm-field radios">
      <legend>{{ q.label }}<span v-if="q.required"> *</span></legend>
      <label v-for="o in q.options" :key="o"><input type="radio" :name="q.id" :value="o" :checked="value === o" @change="handleChange(o)" @blur="handleBlur"> {{ o }}</label>
      <div class="qm-err" v-if="errorMessage">{{ errorMessage }}</div>
    </fieldset>
    <div v-else class="qm-field">
      <label :for="'question_' + q.id">{{ q.label }}<span v-if="q.required"> *</span></label>
      <select v-if="q.type === 'select'" :id="'question_' + q.id" :name="q.id" :value="value" @change="handleChange($event.target.value)" @blur="handleBlur">
        <option value="">Select an answer</option>
        <option v-for="o in q.options" :key="o" :value="o">{{ o }}</option>
      </select>
      <input v-else type="text" :id="'question_' + q.id" :name="q.id" :value="value" @input="handleChange($event.target.value, false)" @blur="handleBlur($event, true)">
      <div class="qm-help" v-if="q.help">{{ q.help }}</div>
      <div class="qm-err" v-if="errorMessage">{{ errorMessage }}</div>
    </div>`,
});

const App = defineComponent({
  components: { Question },
  setup() {
    const posting = ref(null);
    const submitted = ref(false);
    const { values, errors, defineField, handleSubmit, setFieldValue } = useForm({
      initialValues: { fullName: '', email: '', phone: '', location: '', linkedin: '', resume: '', coverLetter: '' },
      validationSchema: {
        fullName: requiredRule,
        email: (v) => (/^\S+@\S+\.\S+$/.test(v || '') ? true : 'Enter a valid email'),
        phone: (v) => ((v || '').replace(/\D/g, '').length >= 10 ? true : 'Enter a phone number with area code'),
        location: requiredRule,
        resume: requiredRule,
      },
    });
    const opts = { validateOnBlur: true, validateOnModelUpdate: false };
    const [fullName, fullNameAttrs] = defineField('fullName', opts);
    const [email, emailAttrs] = defineField('email', opts);
    const [phone, phoneAttrs] = defineField('phone', opts);
    const [location, locationAttrs] = defineField('location', opts);
    const [linkedin, linkedinAttrs] = defineField('linkedin', opts);
    onMounted(async () => { posting.value = await fetchPosting(); });
    const shown = computed(() => {
      if (!posting.value) return [];
      return posting.value.questions.flatMap((q) => (q.followUp && values[q.id] === q.followUp.when ? [q, q.followUp] : [q]));
    });
    const onFile = (name) => (e) => setFieldValue(name, e.target.files?.[0]?.name ?? '');
    const onSubmit = handleSubmit(() => { submitted.value = true; });
    const model = computed(() => JSON.stringify(values, null, 2));
    return { posting, shown, submitted, errors, onSubmit, onFile, model,
      fullName, fullNameAttrs, email, emailAttrs, phone, phoneAttrs, location, locationAttrs, linkedin, linkedinAttrs };
  },
  template: `
    <div>
      <template v-if="!posting">
        <div class="qm-section" aria-busy="true"><div class="qm-skeleton" style="width:60%"></div><div class="qm-skeleton"></div><div class="qm-skeleton" style="width:80%"></div></div>
      </template>
      <template v-else>
        <h1>{{ posting.title }}</h1>
        <p>{{ posting.location }} · {{ posting.id }}</p>
        <p>{{ posting.summary }}</p>
        <div v-if="submitted" class="qm-section" id="qm-thanks"><h2>Thank you for applying!</h2><p>You'll receive a confirmation email shortly.</p></div>
        <form v-else id="qm-apply" novalidate @submit.prevent="onSubmit">
          <section class="qm-section">
            <h2>Your information</h2>
            <div class="qm-field"><label for="qm-fullName">Full name *</label><input id="qm-fullName" name="fullName" autocomplete="off" v-model="fullName" v-bind="fullNameAttrs"><div class="qm-err" v-if="errors.fullName">{{ errors.fullName }}</div></div>
            <div class="qm-field"><label for="qm-email">Email *</label><input id="qm-email" name="email" type="email" v-model="email" v-bind="emailAttrs"><div class="qm-err" v-if="errors.email">{{ errors.email }}</div></div>
            <div class="qm-field"><label for="qm-phone">Phone *</label><input id="qm-phone" name="phone" type="tel" placeholder="+1 (515) 555-0100" v-model="phone" v-bind="phoneAttrs"><div class="qm-err" v-if="errors.phone">{{ errors.phone }}</div></div>
            <div class="qm-field"><label for="qm-location">Location *</label><input id="qm-location" name="location" placeholder="City, State" v-model="location" v-bind="locationAttrs"><div class="qm-err" v-if="errors.location">{{ errors.location }}</div></div>
            <div class="qm-field"><label for="qm-linkedin">LinkedIn profile</label><input id="qm-linkedin" name="linkedin" type="url" v-model="linkedin" v-bind="linkedinAttrs"></div>
            <div class="qm-field"><label for="qm-resume">Resume *</label><input id="qm-resume" name="resume" type="file" accept=".pdf,.doc,.docx" @change="onFile('resume')($event)"><div class="qm-err" v-if="errors.resume">{{ errors.resume }}</div></div>
            <div class="qm-field"><label for="qm-cover">Cover letter</label><input id="qm-cover" name="coverLetter" type="file" accept=".pdf,.doc,.docx,.txt" @change="onFile('coverLetter')($event)"></div>
          </section>
          <section class="qm-section">
            <h2>Screening questions</h2>
            <Question v-for="q in shown" :key="q.id" :q="q" />
          </section>
          <button type="submit" class="qm-btn" id="qm-submit">Submit application</button>
        </form>
      </template>
      <pre id="model">{{ model }}</pre>
    </div>`,
});

createApp(App).mount('#app');
