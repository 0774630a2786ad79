/*
 * Kittiwake Payments careers (Dublin company, US roles) on Vue 3 + Vuetify 4. Choice controls of
 * every Vuetify kind: a dial-code v-select preset to Ireland ("🇮🇪 +353"; "🇨🇦 +1" listed before
 * "🇺🇸 +1"), v-autocomplete country with ISO values, v-switch and v-btn-toggle for yes/no
 * questions, v-slider for years (thumb role=slider, no text box), v-rating self-ratings, v-select
 * with code values, v-chip-group filter chips, v-radio-group with "Other (please specify)",
 * v-checkbox groups; files through v-file-input (resume, cover letter on the "Upload" choice,
 * portfolio samples). The posting's questions come from posting.js. The reactive form is
 * rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import 'vuetify/styles';
import { posting } from './posting.js';

const DIAL = [
  { title: '🇮🇪 +353', value: 'IE' },
  { title: '🇬🇧 +44', value: 'GB' },
  { title: '🇨🇦 +1', value: 'CA' },
  { title: '🇺🇸 +1', value: 'US' },
  { title: '🇩🇪 +49', value: 'DE' },
  { title: '🇮🇳 +91', value: 'IN' },
];
const COUNTRIES = [
  ['Canada', 'CA'], ['France', 'FR'], ['Germany', 'DE'], ['India', 'IN'], ['Ireland', 'IE'], ['Netherlands', 'NL'], ['Spain', 'ES'],
  ['United Kingdom', 'GB'], ['United States', 'US'], ['United States Minor Outlying Islands', 'UM'],
].map(([title, value]) => ({ title, value }));

const App = {
  setup() {
    const answers = Object.fromEntries(posting.questions.map((q) => [q.key, q.initial ?? (q.type === 'checks' || q.type === 'chips' ? [] : q.type === 'switch' ? false : q.type === 'slider' ? 0 : null)]));
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: 'IE', phone: '', country: null, city: '', linkedin: '',
      resume: null, coverMode: 'upload', coverLetterFile: null, coverLetterText: '', samples: [],
      salary: '', startDate: '', source: null, sourceOther: '', gender: null, consent: false,
      ...answers, other: {},
    });
    const search = ref('');
    const sent = ref(false);
    const names = (v) => (Array.isArray(v) ? v.map((f) => f.name) : v ? [v.name] : []);
    const model = () => JSON.stringify({ ...form, resume: names(form.resume), coverLetterFile: names(form.coverLetterFile), samples: names(form.samples), search: search.value }, null, 1);
    const submit = () => { if (form.consent && form.email && names(form.resume).length) sent.value = true; };
    return { form, search, sent, model, submit, DIAL, COUNTRIES, posting };
  },
  template: `
    <v-app>
      <v-app-bar color="indigo-darken-4" flat>
        <v-app-bar-title>Kittiwake · Careers</v-app-bar-title>
        <v-text-field v-model="search" id="kw-search" name="q" density="compact" variant="solo-filled" flat hide-details single-line label="Search roles" prepend-inner-icon="$search" style="max-width: 260px" class="mr-4"></v-text-field>
      </v-app-bar>
      <v-main>
        <v-container style="max-width: 780px">
          <div class="text-overline">{{ posting.team }} · {{ posting.where }}</div>
          <h1 class="text-h4 mb-2">{{ posting.title }}</h1>
          <p class="mb-6" v-for="p in posting.about" :key="p">{{ p }}</p>
          <v-card v-if="sent" id="kw-sent" class="pa-6"><h2>Go raibh maith agat!</h2><p>Thanks, your application is in.</p></v-card>
          <v-form v-else id="kw-form" @submit.prevent="submit">
            <v-card class="pa-6 mb-4" title="Your details">
              <v-row>
                <v-col cols="6"><v-text-field v-model="form.firstName" name="firstName" label="First name*" variant="outlined"></v-text-field></v-col>
                <v-col cols="6"><v-text-field v-model="form.lastName" name="lastName" label="Last name*" variant="outlined"></v-text-field></v-col>
              </v-row>
              <v-text-field v-model="form.email" name="email" type="email" label="Email*" variant="outlined"></v-text-field>
              <v-row>
                <v-col cols="4"><v-select v-model="form.dialCode" class="kw-dial" name="dialCode" :items="DIAL" label="Country code" variant="outlined"></v-select></v-col>
                <v-col cols="8"><v-text-field v-model="form.phone" name="phone" type="tel" label="Mobile number*" variant="outlined"></v-text-field></v-col>
              </v-row>
              <v-row>
                <v-col cols="6"><v-autocomplete v-model="form.country" class="kw-country" name="country" :items="COUNTRIES" label="Country of residence*" variant="outlined"></v-autocomplete></v-col>
                <v-col cols="6"><v-text-field v-model="form.city" name="city" label="City" variant="outlined"></v-text-field></v-col>
              </v-row>
              <v-text-field v-model="form.linkedin" name="linkedin" label="LinkedIn profile" variant="outlined"></v-text-field>
            </v-card>

            <v-card class="pa-6 mb-4" title="Documents">
              <v-file-input v-model="form.resume" name="resume" label="Resume / CV*" accept=".pdf,.doc,.docx" variant="outlined" prepend-icon="" prepend-inner-icon="$file" show-size></v-file-input>
              <v-radio-group v-model="form.coverMode" name="coverMode" label="Cover letter" inline>
                <v-radio label="Upload a file" value="upload"></v-radio>
                <v-radio label="Paste it" value="paste"></v-radio>
                <v-radio label="No cover letter" value="none"></v-radio>
              </v-radio-group>
              <v-file-input v-if="form.coverMode === 'upload'" v-model="form.coverLetterFile" name="coverLetterFile" label="Cover letter file" accept=".pdf,.doc,.docx,.txt" chips variant="outlined" prepend-icon="" prepend-inner-icon="$file"></v-file-input>
              <v-textarea v-if="form.coverMode === 'paste'" v-model="form.coverLetterText" name="coverLetterText" label="Cover letter" variant="outlined" rows="5"></v-textarea>
              <v-file-input v-model="form.samples" name="samples" :label="posting.samplesLabel" multiple chips variant="outlined" prepend-icon="" prepend-inner-icon="$file" hint="Optional" persistent-hint></v-file-input>
            </v-card>

            <v-card class="pa-6 mb-4" title="About this role">
              <div v-for="q in posting.questions" :key="q.key" :class="'kw-q kw-q-' + q.key + ' mb-4'">
                <v-switch v-if="q.type === 'switch'" v-model="form[q.key]" :name="q.key" :label="q.label" color="indigo" inset hide-details></v-switch>
                <template v-else-if="q.type === 'toggle'">
                  <div class="text-body-1 mb-2" :id="q.key + '-label'">{{ q.label }}</div>
                  <v-btn-toggle v-model="form[q.key]" :id="q.key" color="indigo" variant="outlined" divided :aria-labelledby="q.key + '-label'">
                    <v-btn v-for="o in q.options" :key="o" :value="o">{{ o }}</v-btn>
                  </v-btn-toggle>
                </template>
                <template v-else-if="q.type === 'slider'">
                  <div class="text-body-1" :id="q.key + '-label'">{{ q.label }}</div>
                  <v-slider v-model="form[q.key]" :id="q.key" :min="q.min" :max="q.max" :step="1" thumb-label="always" color="indigo" :aria-labelledby="q.key + '-label'" class="mt-8"></v-slider>
                </template>
                <template v-else-if="q.type === 'rating'">
                  <div class="text-body-1" :id="q.key + '-label'">{{ q.label }}</div>
                  <v-rating v-model="form[q.key]" :id="q.key" :name="q.key" length="5" hover color="amber" :aria-labelledby="q.key + '-label'"></v-rating>
                </template>
                <v-select v-else-if="q.type === 'select'" v-model="form[q.key]" :class="'kw-sel-' + q.key" :name="q.key" :items="q.options" :label="q.label" variant="outlined"></v-select>
                <template v-else-if="q.type === 'chips'">
                  <div class="text-body-1" :id="q.key + '-label'">{{ q.label }}</div>
                  <v-chip-group v-model="form[q.key]" :id="q.key" multiple filter column selected-class="text-indigo" :aria-labelledby="q.key + '-label'">
                    <v-chip v-for="o in q.options" :key="o" :value="o" variant="outlined">{{ o }}</v-chip>
                  </v-chip-group>
                </template>
                <template v-else-if="q.type === 'radio'">
                  <v-radio-group v-model="form[q.key]" :name="q.key" :label="q.label" :inline="q.inline">
                    <v-radio v-for="o in q.options" :key="o" :label="o" :value="o"></v-radio>
                  </v-radio-group>
                  <v-text-field v-if="q.other && form[q.key] === q.other" v-model="form.other[q.key]" :name="q.key + 'Other'" label="Please specify" variant="outlined" density="compact"></v-text-field>
                </template>
                <template v-else-if="q.type === 'checks'">
                  <div class="text-body-1" :id="q.key + '-label'">{{ q.label }}</div>
                  <div :id="q.key" role="group" :aria-labelledby="q.key + '-label'">
                    <v-checkbox v-for="o in q.options" :key="o" v-model="form[q.key]" :name="q.key" :label="o" :value="o" density="compact" hide-details></v-checkbox>
                  </div>
                </template>
              </div>
              <v-row>
                <v-col cols="6"><v-text-field v-model="form.salary" name="salary" type="number" label="Expected base salary" prefix="$" suffix="USD / year" variant="outlined"></v-text-field></v-col>
                <v-col cols="6"><v-text-field v-model="form.startDate" name="startDate" type="date" label="Earliest start date" variant="outlined"></v-text-field></v-col>
              </v-row>
              <v-select v-model="form.source" class="kw-source" name="source" :items="['LinkedIn', 'Glassdoor', 'Kittiwake engineering blog', 'Referral', 'Other (please specify)']" label="How did you hear about us?" variant="outlined"></v-select>
              <v-text-field v-if="form.source === 'Other (please specify)'" v-model="form.sourceOther" name="sourceOther" label="Please specify" variant="outlined"></v-text-field>
            </v-card>

            <v-card class="pa-6 mb-4" title="Equal opportunity (voluntary)">
              <v-select v-model="form.gender" class="kw-gender" name="gender" :items="['Female', 'Male', 'Non-binary', 'Prefer not to say']" label="Gender" variant="outlined"></v-select>
              <v-checkbox v-model="form.consent" name="consent" label="I have read the Kittiwake candidate privacy notice and consent to my data being processed for recruitment.*"></v-checkbox>
              <v-btn type="submit" color="indigo-darken-4" size="large" id="kw-submit">Submit application</v-btn>
            </v-card>
            <pre id="model">{{ model() }}</pre>
          </v-form>
        </v-container>
      </v-main>
      <v-footer class="pa-6 bg-grey-lighten-4">
        <div style="width: 100%; max-width: 420px">
          <v-text-field name="newsletter" id="kw-newsletter" label="Kittiwake engineering newsletter (email)" variant="outlined" density="compact" hide-details></v-text-field>
        </div>
      </v-footer>
    </v-app>`,
};

createApp(App).use(createVuetify({ components, directives })).mount('#app');
