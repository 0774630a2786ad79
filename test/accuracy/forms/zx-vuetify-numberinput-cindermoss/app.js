/*
 * Cindermoss Energy Storage careers page on Vue 3 + Vuetify 4: a v-app-bar with a job search field,
 * v-text-fields, a labs VMaskInput phone "(###) ###-####", a v-autocomplete location whose items are
 * fetched after a delay as the person types (no-filter), a v-number-input (control-variant split)
 * for years, a salary v-slider with a number v-text-field in its append slot (the docs' pattern),
 * v-switches (native checkbox inputs), a mandatory-less v-btn-toggle Yes / No, an inline
 * v-radio-group degree, v-date-input start (keyboardDate) and a range v-date-input for the current
 * job (left alone), a chips v-combobox multiple (left alone), v-file-inputs for resume and cover
 * letter, a free-text v-textarea (left alone), a newsletter form in the footer. The reactive form is
 * rendered into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import { VMaskInput } from 'vuetify/labs/VMaskInput';
import 'vuetify/styles';

const PLACES = ['San Antonio, TX, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Jose, CA, USA', 'South San Francisco, CA, USA', 'Santa Clara, CA, USA', 'Reno, NV, USA', 'Sparks, NV, USA', 'Austin, TX, USA', 'Denver, CO, USA'];
const iso = (d) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d ?? null);

const App = {
  setup() {
    const form = reactive({
      jobSearch: '', firstName: '', lastName: '', email: '', phone: '', linkedin: '', location: null, years: 0, salary: 90000, authorized: false,
      sponsorship: undefined, relocate: false, degree: null, startDate: null, currentJob: [], languages: [], resume: null, coverLetter: null,
      anythingElse: '', newsletter: '',
    });
    const search = ref('');
    const items = ref([]);
    const loading = ref(false);
    const done = ref(false);
    let timer;
    watch(search, (q) => {
      clearTimeout(timer);
      if (!q || q === form.location) return;
      loading.value = true;
      timer = setTimeout(() => { items.value = PLACES.filter((p) => p.toLowerCase().includes(q.toLowerCase())); loading.value = false; }, 600);
    });
    const fileName = (f) => (Array.isArray(f) ? f.map((x) => x.name) : f ? f.name : null);
    const modelJson = () => JSON.stringify({ ...form, startDate: iso(form.startDate), currentJob: Array.isArray(form.currentJob) ? form.currentJob.map(iso) : form.currentJob, resume: fileName(form.resume), coverLetter: fileName(form.coverLetter) });
    const submit = () => { if (form.email && form.resume) done.value = true; };
    return { form, search, items, loading, done, modelJson, submit };
  },
  template: `
    <v-app>
      <v-app-bar color="deep-orange-darken-3" density="comfortable">
        <v-app-bar-title>Cindermoss Careers</v-app-bar-title>
        <v-text-field v-model="form.jobSearch" class="f-jobsearch" label="Search jobs" density="compact" hide-details variant="solo-filled" flat max-width="260" prepend-inner-icon="$search" />
        <v-btn variant="text">Sign in</v-btn>
      </v-app-bar>
      <v-main>
        <v-container style="max-width: 780px">
          <v-card v-if="done" id="done" class="pa-6"><v-card-title>Thanks! Your application was submitted.</v-card-title></v-card>
          <v-form v-else @submit.prevent="submit">
            <h1 class="text-h4 my-4">Senior Data Engineer, Battery Telemetry</h1>
            <p class="text-medium-emphasis mb-6">Reno, NV · Hybrid · Full-time</p>
            <v-row>
              <v-col cols="6"><v-text-field v-model="form.firstName" class="f-first" label="First name*" /></v-col>
              <v-col cols="6"><v-text-field v-model="form.lastName" class="f-last" label="Last name*" /></v-col>
            </v-row>
            <v-text-field v-model="form.email" class="f-email" label="Email*" type="email" />
            <v-mask-input v-model="form.phone" class="f-phone" label="Phone" mask="(###) ###-####" hint="US numbers only" persistent-hint />
            <v-text-field v-model="form.linkedin" class="f-linkedin mt-4" label="LinkedIn profile URL" />
            <v-autocomplete v-model="form.location" v-model:search="search" class="f-location" label="Location" :items="items" :loading="loading" no-filter hide-no-data placeholder="Start typing your city" hint="City, state" persistent-hint />
            <v-number-input v-model="form.years" class="f-years mt-4" label="Years of data engineering experience" control-variant="split" :min="0" :max="40" />
            <div class="text-subtitle-1 mt-2" id="salary-label">Target base salary (USD per year)</div>
            <v-slider v-model="form.salary" class="f-salary" :min="50000" :max="300000" :step="5000" color="deep-orange" aria-labelledby="salary-label">
              <template #append>
                <v-text-field v-model.number="form.salary" class="f-salary-box" type="number" density="compact" style="width: 130px" hide-details single-line prefix="$" aria-label="Target base salary" />
              </template>
            </v-slider>
            <v-switch v-model="form.authorized" class="f-authorized" color="deep-orange" label="I am authorized to work in the United States" hide-details />
            <div class="text-subtitle-1 mt-3" id="sponsor-label">Will you now or in the future require sponsorship for employment visa status?</div>
            <v-btn-toggle v-model="form.sponsorship" class="f-sponsorship" variant="outlined" divided color="deep-orange" aria-labelledby="sponsor-label">
              <v-btn value="Yes">Yes</v-btn>
              <v-btn value="No">No</v-btn>
            </v-btn-toggle>
            <v-switch v-model="form.relocate" class="f-relocate mt-2" color="deep-orange" label="I'm willing to relocate to Reno, NV" hide-details />
            <v-radio-group v-model="form.degree" class="f-degree mt-2" label="Highest degree earned" inline>
              <v-radio label="High school" value="High school" />
              <v-radio label="Associate's" value="Associate's" />
              <v-radio label="Bachelor's" value="Bachelor's" />
              <v-radio label="Master's" value="Master's" />
              <v-radio label="PhD" value="PhD" />
            </v-radio-group>
            <v-row>
              <v-col cols="6"><v-date-input v-model="form.startDate" class="f-start" label="Earliest start date" prepend-icon="" prepend-inner-icon="$calendar" /></v-col>
              <v-col cols="6"><v-date-input v-model="form.currentJob" class="f-current" label="Current role (from – to)" multiple="range" prepend-icon="" prepend-inner-icon="$calendar" /></v-col>
            </v-row>
            <v-combobox v-model="form.languages" class="f-languages" label="Programming languages" :items="['Python', 'SQL', 'Scala', 'Go', 'Rust', 'Java']" multiple chips closable-chips />
            <v-file-input v-model="form.resume" class="f-resume" label="Resume*" accept=".pdf,.doc,.docx" show-size prepend-icon="$file" />
            <v-file-input v-model="form.coverLetter" class="f-cover" label="Cover letter (optional)" accept=".pdf,.doc,.docx,.txt" prepend-icon="$file" />
            <v-textarea v-model="form.anythingElse" class="f-else" label="Anything else you'd like us to know?" rows="3" auto-grow />
            <v-btn type="submit" id="submit" color="deep-orange" size="large">Submit application</v-btn>
          </v-form>
          <v-divider class="my-6" />
          <v-row class="f-newsletter" align="center"><v-col cols="8"><v-text-field v-model="form.newsletter" label="Get energy-storage career news" type="email" density="compact" hide-details /></v-col><v-col cols="4"><v-btn>Subscribe</v-btn></v-col></v-row>
          <pre id="model">{{ modelJson() }}</pre>
        </v-container>
      </v-main>
    </v-app>
  `,
};

createApp(App).use(createVuetify({ components: { ...components, VMaskInput }, directives })).mount('#app');
