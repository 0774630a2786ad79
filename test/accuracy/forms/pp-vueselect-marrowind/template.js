/*
 * Marrowind (a Toronto scale-up hiring in the US) careers page template, shared by its postings: Vue 3
 * with vue-select 4 for every dropdown. Countries in their ISO 3166 short names ("United States of America (the)"), US states as
 * two-letter codes, experience and start windows in words, a "College diploma" beside the bachelor's,
 * salary bands in US and Canadian dollars in one list, eligibility as sentences, a "+1 (555) 000-0000"
 * phone example, a talent-community box and a site search; each posting brings its own questions
 * (vue-select picks, radio groups, one statement checkbox). The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import VueSelect from 'vue-select';
import 'vue-select/dist/vue-select.css';

const COUNTRIES = [
  'Australia', 'Canada', 'France', 'Germany', 'India', 'Ireland', 'Mexico', 'Netherlands (Kingdom of the)',
  'United Kingdom of Great Britain and Northern Ireland (the)', 'United States Minor Outlying Islands (the)', 'United States of America (the)',
  'Virgin Islands (U.S.)',
];
const STATES = ['AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN', 'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV', 'NY', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'xe/xem', 'Any pronouns', 'Ask me'];
const SOURCES = ['LinkedIn', 'Marrowind blog', 'Friend or colleague', 'Built In', 'Meetup or conference', 'Other'];

const Pick = {
  components: { VueSelect },
  props: { id: String, label: String, options: Array, modelValue: { default: null }, hint: String, searchable: { type: Boolean, default: true } },
  emits: ['update:modelValue'],
  template: `
    <div class="mw-field" :id="id + '-field'">
      <label class="mw-label" :for="id">{{ label }}</label>
      <VueSelect :inputId="id" :options="options" :modelValue="modelValue" :searchable="searchable" placeholder="Choose…"
        @update:modelValue="$emit('update:modelValue', $event)" />
      <div v-if="hint" class="mw-hint">{{ hint }}</div>
    </div>`,
};

const pairs = (options) => options.map((option) => (Array.isArray(option) ? option : [option, option]));

const makeApp = (posting) => ({
  components: { Pick },
  setup() {
    const answers = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'check' ? false : null]));
    const form = reactive({
      fullName: '', email: '', phone: '', city: '', state: null, country: null, ...answers, pronouns: null, minority: null, resume: null,
      coverLetter: '', github: '', portfolio: '', source: null, talentEmail: '', search: '',
    });
    const sent = ref(false);
    const required = posting.questions.filter((q) => q.required).map((q) => q.key);
    const submit = () => { if (form.fullName && form.email && form.resume && required.every((key) => form[key])) sent.value = true; };
    return { form, sent, submit, posting, pairs, COUNTRIES, STATES, PRONOUNS, SOURCES };
  },
  template: `
    <header class="mw-top"><b>marrowind</b><input type="search" id="site-search" aria-label="Search roles" placeholder="Search roles" v-model="form.search" /></header>
    <main class="mw-main">
      <h1>{{ posting.title }}</h1>
      <p class="mw-hint">{{ posting.meta }}</p>
      <p>{{ posting.blurb }}</p>
      <h2 v-if="sent" id="mw-sent">Thanks, we've got your application.</h2>
      <form v-else id="mw-form" @submit.prevent="submit" novalidate>
        <div class="mw-field"><label class="mw-label" for="full-name">Full name *</label><input id="full-name" type="text" v-model="form.fullName" /></div>
        <div class="mw-row">
          <div class="mw-field"><label class="mw-label" for="email">Email *</label><input id="email" type="email" v-model="form.email" /></div>
          <div class="mw-field"><label class="mw-label" for="phone">Phone</label><input id="phone" type="tel" placeholder="+1 (555) 000-0000" v-model="form.phone" /></div>
        </div>
        <Pick id="country" label="Country you live in" :options="COUNTRIES" v-model="form.country" />
        <div class="mw-row">
          <div class="mw-field"><label class="mw-label" for="city">City</label><input id="city" type="text" v-model="form.city" /></div>
          <Pick id="state" label="State" hint="US residents only" :options="STATES" v-model="form.state" />
        </div>
        <div class="mw-field"><label class="mw-label" for="resume">Resume *</label><input id="resume" type="file" accept=".pdf,.docx" @change="form.resume = $event.target.files[0]?.name ?? null" /></div>
        <div class="mw-field"><label class="mw-label" for="cover-letter">Cover letter</label><textarea id="cover-letter" rows="5" placeholder="A few paragraphs on why this role" v-model="form.coverLetter"></textarea></div>
        <div class="mw-row">
          <div class="mw-field"><label class="mw-label" for="github">GitHub</label><input id="github" type="url" v-model="form.github" /></div>
          <div class="mw-field"><label class="mw-label" for="portfolio">Portfolio</label><input id="portfolio" type="url" v-model="form.portfolio" /></div>
        </div>
        <h2>About your experience</h2>
        <template v-for="q in posting.questions" :key="q.key">
          <Pick v-if="q.type === 'pick'" :id="q.id" :label="q.label + (q.required ? ' *' : '')" :hint="q.hint" :options="q.options" :searchable="!!q.searchable" v-model="form[q.key]" />
          <fieldset v-else-if="q.type === 'radio'" class="mw-field" :id="q.id + '-field'"><legend class="mw-label">{{ q.label }}{{ q.required ? ' *' : '' }}</legend>
            <label v-for="[value, text] in pairs(q.options)" :key="value" class="mw-radio"><input type="radio" :name="q.key" :value="value" v-model="form[q.key]" /> {{ text }}</label>
          </fieldset>
          <div v-else class="mw-field" :id="q.id + '-field'"><label class="mw-radio"><input type="checkbox" :id="q.id" v-model="form[q.key]" /> {{ q.label }}</label></div>
        </template>
        <Pick id="pronouns" label="Pronouns" :options="PRONOUNS" :searchable="false" v-model="form.pronouns" />
        <Pick id="minority" label="Do you identify as a member of a visible minority? (optional, confidential)" :options="['Yes', 'No', 'Prefer not to say']" :searchable="false" v-model="form.minority" />
        <Pick id="source" label="Where did you hear about us?" :options="SOURCES" v-model="form.source" />
        <button type="submit" id="mw-submit">Send application</button>
      </form>
      <aside class="mw-talent"><label for="talent-email">Not the right role? Join our talent community</label><input id="talent-email" type="email" placeholder="Email" v-model="form.talentEmail" /><button type="button">Join</button></aside>
      <pre id="model">{{ JSON.stringify(form, null, 1) }}</pre>
    </main>`,
});

export function renderApplication(posting) {
  document.title = `${posting.title} · Marrowind Careers`;
  createApp(makeApp(posting)).mount('#app');
}
