/*
 * Harrowfield Grid careers (Denver grid-analytics company) on Vue 3 + Vuetify 4, written the way
 * the Vuetify docs show each control: v-autocomplete "Current location" and "School" whose items
 * arrive from a (simulated) places / schools API 400 ms after typing (no-filter, item-title /
 * item-value, v-model:search), v-select buckets and degree, v-radio-group yes/no, a start date in
 * a v-menu that opens a v-date-picker over a text field, v-combobox chips (tools), v-text-field
 * "+1" / "$" prefixes, v-file-input resume, v-textarea cover letter. The posting's text and its
 * own questions come from posting.js. The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import 'vuetify/styles';
import { posting } from './posting.js';

const PLACES = [
  { id: 'pl_5391959', name: 'San Francisco, California, United States' },
  { id: 'pl_5397765', name: 'South San Francisco, California, United States' },
  { id: 'pl_3493032', name: 'San Francisco de Macorís, Dominican Republic' },
  { id: 'pl_3837213', name: 'San Francisco, Córdoba, Argentina' },
  { id: 'pl_5419384', name: 'Denver, Colorado, United States' },
  { id: 'pl_5368361', name: 'Los Angeles, California, United States' },
  { id: 'pl_5809844', name: 'Seattle, Washington, United States' },
  { id: 'pl_5128581', name: 'New York, New York, United States' },
  { id: 'pl_4671654', name: 'Austin, Texas, United States' },
  { id: 'pl_6167865', name: 'Toronto, Ontario, Canada' },
];
const SCHOOLS = [
  { code: 'IPEDS-110635', name: 'University of California, Berkeley' },
  { code: 'IPEDS-110644', name: 'University of California, Davis' },
  { code: 'IPEDS-110662', name: 'University of California, Los Angeles' },
  { code: 'IPEDS-108269', name: 'Berkeley City College' },
  { code: 'IPEDS-126614', name: 'University of Colorado Boulder' },
  { code: 'IPEDS-126818', name: 'Colorado State University' },
  { code: 'IPEDS-243744', name: 'Stanford University' },
  { code: 'IPEDS-166683', name: 'Massachusetts Institute of Technology' },
  { code: 'IPEDS-236948', name: 'University of Washington' },
];
/* The site's search endpoints answer 400 ms after the last keystroke, two characters at least. */
function remote(list, key) {
  const items = ref([]);
  const loading = ref(false);
  const search = ref('');
  let timer = 0;
  watch(search, (q) => {
    clearTimeout(timer);
    if (!q || q.length < 2) return;
    loading.value = true;
    timer = setTimeout(() => {
      const needle = q.toLowerCase().split(',')[0].trim();
      items.value = list.filter((item) => item[key].toLowerCase().includes(needle));
      loading.value = false;
    }, 400);
  });
  return { items, loading, search };
}
function toDisplay(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}
function toIso(date) {
  const d = date instanceof Date ? date : new Date(date);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const App = {
  setup() {
    const answers = Object.fromEntries(posting.questions.map((q) => [q.key, null]));
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', location: null, linkedin: '', github: '',
      resume: null, employer: '', title: '', school: null, degree: null, years: null,
      authorized: null, sponsorship: null, startDate: null, salary: '', notice: null, tools: [],
      ...answers, coverLetter: '', source: null, gender: null, veteran: null, consent: false,
    });
    const places = remote(PLACES, 'name');
    const schools = remote(SCHOOLS, 'name');
    const dateMenu = ref(false);
    const pickerDate = ref(null);
    const startText = ref('');
    const search = ref('');
    const newsletter = ref('');
    const sent = ref(false);
    const onPick = (value) => {
      if (!value) return;
      form.startDate = toIso(value);
      startText.value = toDisplay(form.startDate);
      dateMenu.value = false;
    };
    /* Typing is allowed too: MM/DD/YYYY is read when the box loses focus. */
    const onTyped = (focused) => {
      if (focused) return;
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(startText.value.trim());
      if (m) {
        form.startDate = `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
        startText.value = toDisplay(form.startDate);
      } else if (!startText.value.trim()) form.startDate = null;
    };
    const names = (v) => (Array.isArray(v) ? v.map((f) => f.name) : v ? [v.name] : []);
    const model = () => JSON.stringify({ ...form, resume: names(form.resume), search: search.value, newsletter: newsletter.value }, null, 1);
    const submit = () => { if (form.email && form.consent && names(form.resume).length) sent.value = true; };
    return { form, places, schools, dateMenu, pickerDate, startText, onPick, onTyped, search, newsletter, sent, model, submit, posting };
  },
  template: `
    <v-app>
      <v-app-bar color="teal-darken-4" flat density="comfortable">
        <v-app-bar-title>Harrowfield Grid <span class="text-caption">Careers</span></v-app-bar-title>
        <v-text-field v-model="search" id="hf-search" name="q" density="compact" variant="solo-filled" flat hide-details single-line label="Search jobs" prepend-inner-icon="$search" style="max-width: 240px" class="mr-2"></v-text-field>
        <v-btn variant="text" id="hf-signin">Candidate sign in</v-btn>
      </v-app-bar>
      <v-main>
        <v-container style="max-width: 820px">
          <v-breadcrumbs :items="['Careers', posting.team, posting.title]" class="px-0"></v-breadcrumbs>
          <h1 class="text-h4 mb-1">{{ posting.title }}</h1>
          <div class="text-subtitle-1 mb-4">{{ posting.where }} · Full-time · {{ posting.pay }}</div>
          <p class="mb-4" v-for="p in posting.about" :key="p">{{ p }}</p>
          <v-card v-if="sent" id="hf-sent" class="pa-6"><h2>Application received</h2><p>Thanks! Our recruiting team reviews every application within five business days.</p></v-card>
          <v-form v-else id="hf-apply" @submit.prevent="submit">
            <v-card class="pa-6 mb-4" title="Contact information">
              <v-row>
                <v-col cols="12" sm="6"><v-text-field v-model="form.firstName" name="first_name" label="First name*" variant="outlined"></v-text-field></v-col>
                <v-col cols="12" sm="6"><v-text-field v-model="form.lastName" name="last_name" label="Last name*" variant="outlined"></v-text-field></v-col>
              </v-row>
              <v-text-field v-model="form.email" name="email" type="email" label="Email address*" variant="outlined"></v-text-field>
              <v-text-field v-model="form.phone" name="phone" type="tel" label="Phone*" prefix="+1" placeholder="(555) 555-5555" hint="US numbers only" persistent-hint variant="outlined" class="mb-2"></v-text-field>
              <v-autocomplete v-model="form.location" v-model:search="places.search.value" class="hf-location" name="location" :items="places.items.value" :loading="places.loading.value" item-title="name" item-value="id" no-filter hide-no-data label="Current location*" placeholder="Start typing a city" variant="outlined"></v-autocomplete>
              <v-row>
                <v-col cols="12" sm="6"><v-text-field v-model="form.linkedin" name="linkedin" label="LinkedIn URL" variant="outlined"></v-text-field></v-col>
                <v-col cols="12" sm="6"><v-text-field v-model="form.github" name="github" label="GitHub URL" variant="outlined"></v-text-field></v-col>
              </v-row>
            </v-card>

            <v-card class="pa-6 mb-4" title="Resume & experience">
              <v-file-input v-model="form.resume" name="resume" label="Resume*" accept=".pdf,.doc,.docx" variant="outlined" prepend-icon="" prepend-inner-icon="$file" show-size></v-file-input>
              <v-row>
                <v-col cols="12" sm="6"><v-text-field v-model="form.employer" name="current_company" label="Current company" variant="outlined"></v-text-field></v-col>
                <v-col cols="12" sm="6"><v-text-field v-model="form.title" name="current_title" label="Current title" variant="outlined"></v-text-field></v-col>
              </v-row>
              <v-autocomplete v-model="form.school" v-model:search="schools.search.value" class="hf-school" name="school" :items="schools.items.value" :loading="schools.loading.value" item-title="name" item-value="code" no-filter hide-no-data label="School" placeholder="Search for your school" variant="outlined"></v-autocomplete>
              <v-select v-model="form.degree" class="hf-degree" name="degree" :items="['High school diploma or GED', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctorate (PhD)', 'Other']" label="Highest degree earned" variant="outlined"></v-select>
              <v-select v-model="form.years" class="hf-years" name="years" :items="posting.yearsOptions" :label="posting.yearsLabel" variant="outlined"></v-select>
              <v-combobox v-model="form.tools" class="hf-tools" name="tools" :items="posting.tools" label="Tools you use day to day" chips closable-chips multiple variant="outlined" hint="Pick from the list or type your own and press Enter" persistent-hint></v-combobox>
            </v-card>

            <v-card class="pa-6 mb-4" title="Work eligibility & logistics">
              <v-radio-group v-model="form.authorized" name="authorized" label="Are you legally authorized to work in the United States?*" inline>
                <v-radio label="Yes" value="yes"></v-radio>
                <v-radio label="No" value="no"></v-radio>
              </v-radio-group>
              <v-radio-group v-model="form.sponsorship" name="sponsorship" label="Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?*" inline>
                <v-radio label="Yes" value="yes"></v-radio>
                <v-radio label="No" value="no"></v-radio>
              </v-radio-group>
              <v-row>
                <v-col cols="12" sm="6">
                  <v-menu v-model="dateMenu" :close-on-content-click="false" location="bottom start">
                    <template v-slot:activator="{ props }">
                      <v-text-field v-bind="props" v-model="startText" @update:focused="onTyped" name="start_date" label="Earliest start date" placeholder="MM/DD/YYYY" prepend-inner-icon="$calendar" variant="outlined"></v-text-field>
                    </template>
                    <v-date-picker v-model="pickerDate" @update:model-value="onPick" show-adjacent-months></v-date-picker>
                  </v-menu>
                </v-col>
                <v-col cols="12" sm="6"><v-text-field v-model="form.salary" name="salary" label="Desired base salary" prefix="$" suffix="per year" variant="outlined"></v-text-field></v-col>
              </v-row>
              <v-select v-model="form.notice" class="hf-notice" name="notice" :items="['Immediately', '2 weeks', '1 month', '2 months', '3 months or more']" label="Notice period at your current job" variant="outlined"></v-select>
              <div v-for="q in posting.questions" :key="q.key" :class="'hf-q hf-q-' + q.key">
                <v-radio-group v-if="q.type === 'radio'" v-model="form[q.key]" :name="q.key" :label="q.label">
                  <v-radio v-for="o in q.options" :key="o" :label="o" :value="o"></v-radio>
                </v-radio-group>
                <v-select v-else v-model="form[q.key]" :class="'hf-sel-' + q.key" :name="q.key" :items="q.options" :label="q.label" variant="outlined"></v-select>
              </div>
              <v-textarea v-model="form.coverLetter" name="cover_letter" label="Cover letter (optional)" rows="5" auto-grow variant="outlined"></v-textarea>
              <v-select v-model="form.source" class="hf-source" name="source" :items="['LinkedIn', 'Indeed', 'Built In Colorado', 'Harrowfield employee', 'Conference or meetup', 'Other']" label="How did you hear about this job?" variant="outlined"></v-select>
            </v-card>

            <v-card class="pa-6 mb-4" title="Voluntary self-identification">
              <p class="text-body-2 mb-4">Harrowfield Grid is an equal opportunity employer. Answers are optional and never seen by the hiring team.</p>
              <v-select v-model="form.gender" class="hf-gender" name="gender" :items="['Female', 'Male', 'Non-binary', 'I decline to self-identify']" label="Gender" variant="outlined"></v-select>
              <v-select v-model="form.veteran" class="hf-veteran" name="veteran" :items="['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify']" label="Veteran status" variant="outlined"></v-select>
              <v-checkbox v-model="form.consent" name="consent" label="I certify that the information I have provided is true and complete, and I agree to the Harrowfield candidate privacy policy.*"></v-checkbox>
              <v-btn type="submit" color="teal-darken-4" size="large" id="hf-submit">Submit application</v-btn>
            </v-card>
            <pre id="model">{{ model() }}</pre>
          </v-form>
        </v-container>
      </v-main>
      <v-footer class="pa-6 bg-grey-lighten-4 d-block">
        <div class="text-subtitle-2 mb-2">Get new Harrowfield jobs by email</div>
        <div style="max-width: 420px"><v-text-field v-model="newsletter" id="hf-alerts" name="alerts_email" label="Your email" variant="outlined" density="compact" hide-details></v-text-field></div>
      </v-footer>
    </v-app>`,
};

createApp(App).use(createVuetify({ components, directives })).mount('#app');
