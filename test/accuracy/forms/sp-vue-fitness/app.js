/*
 * A fitness franchise's careers page for its franchise support office, written in plain Vue 3
 * (no component library) by an agency. The fields come from the CMS as `entry_<id>` keys. Each
 * caption is a <label class="lbl"> with no `for` and nothing inside it (the input is its next
 * sibling), help text is a <small> under the box, yes/no questions are a bold paragraph above
 * radios whose captions are spans after them, the club list opens with a "-- Nearest club --"
 * option, and checkbox captions are spans after the box. Required captions get a star from CSS.
 * The answers are rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';

const FIELDS = [
  { key: 'entry_1043', caption: 'First name', type: 'text', required: true, half: true },
  { key: 'entry_1044', caption: 'Last name', type: 'text', required: true, half: true },
  { key: 'entry_1047', caption: 'Email', type: 'email', required: true },
  { key: 'entry_1051', caption: 'Mobile number', type: 'tel', required: true, help: 'Please include your country code.' },
  { key: 'entry_1052', caption: 'ZIP code', type: 'text', half: true },
  { key: 'entry_1060', caption: 'Nearest Copperline club', type: 'select', half: true, first: '-- Nearest club --', options: ['Boise Downtown', 'Fresno North', 'Reno Midtown', 'Sacramento Arden', 'Spokane Valley'] },
  { key: 'entry_1071', caption: 'Current company', type: 'text', half: true },
  { key: 'entry_1072', caption: 'Current role', type: 'text', half: true },
  { key: 'entry_1075', caption: 'Total years of experience', type: 'number', half: true, help: 'Whole years' },
  { key: 'entry_1076', caption: 'Pronouns (optional)', type: 'text', half: true },
  { key: 'entry_1081', question: "Do you have a bachelor's degree or higher?", type: 'radio', required: true, options: ['Yes', 'No'] },
  { key: 'entry_1082', question: 'Are you authorized to work in the United States?', type: 'radio', required: true, options: ['Yes', 'No'] },
  { key: 'entry_1083', question: 'Will you now or in the future require visa sponsorship?', type: 'radio', required: true, options: ['Yes', 'No'] },
  { key: 'entry_1084', question: 'Are you a current Copperline member?', type: 'radio', options: ['Yes', 'No'] },
  { key: 'entry_1090', caption: 'Expected salary', type: 'money', half: true, help: 'Annual base, USD' },
  { key: 'entry_1091', caption: 'Earliest start date', type: 'date', half: true },
  { key: 'entry_1094', caption: 'GitHub', type: 'url' },
  { key: 'entry_1095', caption: 'Resume', type: 'file', required: true, help: 'PDF or DOCX up to 10 MB' },
  { key: 'entry_1099', caption: 'Why Copperline?', type: 'textarea' },
  { key: 'entry_1101', check: 'Text me about my application (msg & data rates may apply)', type: 'checkbox' },
  { key: 'entry_1102', check: 'I agree to the Copperline applicant privacy policy', type: 'checkbox', required: true },
];

const App = {
  setup() {
    const answers = reactive(Object.fromEntries(FIELDS.map((f) => [f.key, f.type === 'checkbox' ? false : ''])));
    const missing = ref([]);
    const done = ref(false);
    const onFile = (key, event) => { answers[key] = event.target.files[0]?.name ?? ''; };
    const submit = () => {
      missing.value = FIELDS.filter((f) => f.required && !answers[f.key]).map((f) => f.key);
      if (missing.value.length === 0) done.value = true;
    };
    return { fields: FIELDS, answers, missing, done, onFile, submit };
  },
  template: `
    <div v-if="done" id="cf-done" class="done">You're in the running! Our talent team will be in touch.</div>
    <form v-else id="cf-form" class="cf" @submit.prevent="submit" novalidate>
      <div class="cf-grid">
        <div v-for="f in fields" :key="f.key" :class="['cf-item', { half: f.half, miss: missing.includes(f.key) }]">
          <template v-if="f.type === 'radio'">
            <p class="q" :class="{ req: f.required }"><strong>{{ f.question }}</strong></p>
            <span v-for="(o, i) in f.options" :key="o" class="opt"><input type="radio" :name="f.key" :id="f.key + '_' + i" :value="o" v-model="answers[f.key]"><span>{{ o }}</span></span>
          </template>
          <template v-else-if="f.type === 'checkbox'">
            <input type="checkbox" :name="f.key" :id="f.key" v-model="answers[f.key]"><span class="chk" :class="{ req: f.required }">{{ f.check }}</span>
          </template>
          <template v-else>
            <label class="lbl" :class="{ req: f.required }">{{ f.caption }}</label>
            <select v-if="f.type === 'select'" :name="f.key" :id="f.key" v-model="answers[f.key]">
              <option value="">{{ f.first }}</option>
              <option v-for="o in f.options" :key="o">{{ o }}</option>
            </select>
            <textarea v-else-if="f.type === 'textarea'" :name="f.key" :id="f.key" rows="4" v-model="answers[f.key]"></textarea>
            <input v-else-if="f.type === 'file'" type="file" :name="f.key" :id="f.key" accept=".pdf,.docx" @change="onFile(f.key, $event)">
            <div v-else-if="f.type === 'money'" class="money"><span>$</span><input type="text" inputmode="numeric" :name="f.key" :id="f.key" v-model="answers[f.key]"></div>
            <input v-else :type="f.type" :name="f.key" :id="f.key" v-model="answers[f.key]">
            <small v-if="f.help">{{ f.help }}</small>
          </template>
        </div>
      </div>
      <button type="submit" id="cf-submit" class="go">Apply</button>
    </form>
    <pre id="model">{{ JSON.stringify(answers) }}</pre>
  `,
};

createApp(App).mount('#app');
