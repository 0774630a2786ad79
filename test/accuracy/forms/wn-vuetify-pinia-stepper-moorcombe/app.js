/*
 * Moorcombe Agronomics careers (an ag-science company in Davis, CA): Vue 3 + **Vuetify 4** with
 * every answer held in a **Pinia options store** (components bind `v-model="app.…"`; Next / Back /
 * submit are store actions), laid out as a **v-stepper** of three steps whose windows mount only
 * once reached: Contact (a "+1" prefix phone, a v-combobox location with "City, ST" suggestions,
 * a v-autocomplete country, a v-select state), Experience ("Most recent position" with "I
 * currently work here", "+ Add another position", v-number-input years, v-autocomplete school,
 * field of study left alone), Questions (v-radio-groups, sentence sponsorship answers,
 * **v-date-input**, "$" … "/ year" salary, v-switch and a travel v-select left alone, v-file-input,
 * v-textarea, EEO v-selects, consent). An app-bar job search and a footer newsletter are decoys.
 * The store's state goes to <pre id="model">.
 */
import { computed, createApp } from 'vue/dist/vue.esm-bundler.js';
import { createPinia, defineStore } from 'pinia';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import 'vuetify/styles';

const iso = (d) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d ?? null);
const blankJob = () => ({ company: '', title: '', from: '', current: false });

const useApplication = defineStore('application', {
  state: () => ({
    step: 1, sent: false, error: '',
    firstName: '', lastName: '', email: '', phone: '', location: null, country: null, state: null, zip: '', linkedin: '',
    jobs: [blankJob()], years: null, school: null, degree: null, fieldOfStudy: '',
    authorized: null, sponsorship: null, startDate: null, salary: '', relocate: false, travel: null,
    resume: null, coverLetter: '', whyAg: '', heard: null, gender: null, veteran: null, consent: false,
  }),
  actions: {
    next() {
      const missing = this.step === 1 ? [this.firstName, this.lastName, this.email].some((v) => !v) : false;
      if (missing) { this.error = 'Please complete the required fields.'; return; }
      this.error = ''; this.step += 1; window.scrollTo(0, 0);
    },
    back() { this.step -= 1; },
    addJob() { this.jobs.push(blankJob()); },
    submit() {
      if (!this.resume || !this.consent) { this.error = 'Please attach your resume and accept the privacy notice.'; return; }
      this.sent = true;
    },
  },
});

const LOCATIONS = ['Davis, CA', 'Fresno, CA', 'Oakland, CA', 'Sacramento, CA', 'Salinas, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Woodland, CA', 'Ames, IA', 'St. Louis, MO'];
const COUNTRIES = [['CA', 'Canada'], ['MX', 'Mexico'], ['US', 'United States'], ['UM', 'United States Minor Outlying Islands'], ['NL', 'Netherlands'], ['IN', 'India'], ['BR', 'Brazil']].map(([value, title]) => ({ value, title }));
const STATES = ['Arizona', 'California', 'Colorado', 'Iowa', 'Missouri', 'Nevada', 'Oregon', 'Washington'];
const SCHOOLS = ['Iowa State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Santa Cruz', 'UC Berkeley Extension'];
const DEGREES = ['High school diploma', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctorate (PhD)'];
const SPONSOR = [
  { value: 'now', label: 'Yes, I need sponsorship now' },
  { value: 'future', label: 'Not now, but I will in the future' },
  { value: 'never', label: 'No, I will not need sponsorship' },
];

const App = {
  setup() {
    const app = useApplication();
    const model = computed(() => JSON.stringify({ ...app.$state, startDate: iso(app.startDate), resume: (Array.isArray(app.resume) ? app.resume[0]?.name : app.resume?.name) ?? null }));
    return { app, model, LOCATIONS, COUNTRIES, STATES, SCHOOLS, DEGREES, SPONSOR, required: [(v) => !!v || 'Required'] };
  },
  template: `
    <v-app>
      <v-app-bar color="green-darken-4" flat>
        <v-app-bar-title>Moorcombe Agronomics · Careers</v-app-bar-title>
        <v-text-field id="mc-search" placeholder="Search jobs" aria-label="Search jobs" density="compact" variant="solo-filled" hide-details single-line style="max-width: 260px" class="mr-4" />
      </v-app-bar>
      <v-main>
        <v-container style="max-width: 860px">
          <div class="text-overline">Data Science &amp; Engineering · Davis, CA (hybrid)</div>
          <h1 class="text-h4 mb-2">Senior Data Engineer, Field Trials</h1>
          <p class="mb-6">Every season we plant 14,000 trial plots across four states. You will build the pipelines that bring sensor, drone and harvest data from the field into the models our breeders use to pick next year’s seed.</p>
          <v-card v-if="app.sent" id="mc-sent" class="pa-6"><h2 class="text-h5">Application sent. Thank you, {{ app.firstName }}!</h2></v-card>
          <v-stepper v-else v-model="app.step" :items="['Contact', 'Experience', 'Questions']" hide-actions>
            <template #item.1>
              <v-row>
                <v-col cols="6"><v-text-field id="mc-firstName" v-model="app.firstName" label="First name*" :rules="required" autocomplete="given-name" /></v-col>
                <v-col cols="6"><v-text-field id="mc-lastName" v-model="app.lastName" label="Last name*" :rules="required" autocomplete="family-name" /></v-col>
              </v-row>
              <v-text-field id="mc-email" v-model="app.email" label="Email*" type="email" :rules="required" />
              <v-text-field id="mc-phone" v-model="app.phone" label="Mobile phone" prefix="+1" type="tel" hint="10-digit US number" persistent-hint class="mb-4" />
              <v-combobox id="mc-location" class="f-location mb-4" v-model="app.location" :items="LOCATIONS" label="Location" hint="City, ST" persistent-hint />
              <v-row>
                <v-col cols="6"><v-autocomplete id="mc-country" class="f-country" v-model="app.country" :items="COUNTRIES" label="Country" /></v-col>
                <v-col cols="6"><v-select id="mc-state" class="f-state" v-model="app.state" :items="STATES" label="State" /></v-col>
              </v-row>
              <v-row>
                <v-col cols="6"><v-text-field id="mc-zip" v-model="app.zip" label="ZIP code" /></v-col>
                <v-col cols="6"><v-text-field id="mc-linkedin" v-model="app.linkedin" label="LinkedIn profile URL" /></v-col>
              </v-row>
              <v-alert v-if="app.error" type="error" variant="tonal" class="mb-4">{{ app.error }}</v-alert>
              <div class="d-flex justify-end"><v-btn id="mc-next-1" color="green-darken-3" @click="app.next()">Next</v-btn></div>
            </template>
            <template #item.2>
              <h3 class="text-subtitle-1 mb-2">Work experience</h3>
              <p class="text-body-2 mb-4">Start with your current or most recent position.</p>
              <v-sheet v-for="(job, i) in app.jobs" :key="i" border rounded class="pa-4 mb-4" :class="'f-job-' + i">
                <div class="text-subtitle-2 mb-2">{{ i === 0 ? 'Most recent position' : 'Position ' + (i + 1) }}</div>
                <v-row>
                  <v-col cols="6"><v-text-field :id="'mc-job-' + i + '-company'" v-model="job.company" label="Company" /></v-col>
                  <v-col cols="6"><v-text-field :id="'mc-job-' + i + '-title'" v-model="job.title" label="Job title" /></v-col>
                </v-row>
                <v-row>
                  <v-col cols="6"><v-text-field :id="'mc-job-' + i + '-from'" v-model="job.from" label="From" placeholder="MM/YYYY" /></v-col>
                  <v-col cols="6"><v-checkbox :id="'mc-job-' + i + '-current'" v-model="job.current" label="I currently work here" hide-details /></v-col>
                </v-row>
              </v-sheet>
              <v-btn id="mc-add-job" variant="text" prepend-icon="$plus" @click="app.addJob()">Add another position</v-btn>
              <v-number-input id="mc-years" class="f-years mt-4" v-model="app.years" label="Total years of professional experience" :min="0" :max="50" control-variant="split" />
              <v-row>
                <v-col cols="6"><v-autocomplete id="mc-school" class="f-school" v-model="app.school" :items="SCHOOLS" label="School" /></v-col>
                <v-col cols="6"><v-select id="mc-degree" class="f-degree" v-model="app.degree" :items="DEGREES" label="Highest degree" /></v-col>
              </v-row>
              <v-text-field id="mc-fieldOfStudy" v-model="app.fieldOfStudy" label="Field of study" />
              <div class="d-flex justify-space-between"><v-btn variant="text" @click="app.back()">Back</v-btn><v-btn id="mc-next-2" color="green-darken-3" @click="app.next()">Next</v-btn></div>
            </template>
            <template #item.3>
              <v-radio-group v-model="app.authorized" name="authorized" label="Are you legally authorized to work in the United States?" inline>
                <v-radio label="Yes" value="yes" /><v-radio label="No" value="no" />
              </v-radio-group>
              <v-radio-group v-model="app.sponsorship" name="sponsorship" label="Will you require visa sponsorship from Moorcombe?">
                <v-radio v-for="s in SPONSOR" :key="s.value" :label="s.label" :value="s.value" />
              </v-radio-group>
              <v-row>
                <v-col cols="6"><v-date-input id="mc-start" class="f-start" v-model="app.startDate" label="Earliest start date" prepend-icon="" prepend-inner-icon="$calendar" /></v-col>
                <v-col cols="6"><v-text-field id="mc-salary" v-model="app.salary" label="Desired base salary" prefix="$" suffix="/ year" type="number" /></v-col>
              </v-row>
              <v-switch id="mc-relocate" v-model="app.relocate" label="I would relocate to Davis, CA" color="green-darken-3" inset />
              <v-select id="mc-travel" class="f-travel" v-model="app.travel" :items="['Up to 10%', 'Up to 25%', 'Up to 50%', 'I can’t travel']" label="How much harvest-season travel (Aug–Oct) can you do?" />
              <v-file-input id="mc-resume" class="f-resume" v-model="app.resume" label="Resume*" accept=".pdf,.doc,.docx" prepend-icon="$paperclip" />
              <v-textarea id="mc-coverLetter" v-model="app.coverLetter" label="Cover letter" rows="5" counter="3000" />
              <v-textarea id="mc-whyAg" v-model="app.whyAg" label="What interests you about agriculture?" rows="3" />
              <v-select id="mc-heard" class="f-heard" v-model="app.heard" :items="['LinkedIn', 'Handshake', 'AgCareers.com', 'Referral', 'Other']" label="How did you hear about us?" />
              <h3 class="text-subtitle-1 mt-4">Voluntary self-identification</h3>
              <v-row>
                <v-col cols="6"><v-select id="mc-gender" class="f-gender" v-model="app.gender" :items="['Female', 'Male', 'Non-binary', 'Decline to self-identify']" label="Gender" /></v-col>
                <v-col cols="6"><v-select id="mc-veteran" class="f-veteran" v-model="app.veteran" :items="['Protected veteran', 'Not a protected veteran', 'Decline to self-identify']" label="Veteran status" /></v-col>
              </v-row>
              <v-checkbox id="mc-consent" v-model="app.consent" label="I have read and accept the Moorcombe applicant privacy notice." />
              <v-alert v-if="app.error" type="error" variant="tonal" class="mb-4">{{ app.error }}</v-alert>
              <div class="d-flex justify-space-between"><v-btn variant="text" @click="app.back()">Back</v-btn><v-btn id="mc-submit" color="green-darken-3" @click="app.submit()">Submit application</v-btn></div>
            </template>
          </v-stepper>
          <v-divider class="my-8" />
          <div class="d-flex align-center ga-4 mb-8"><span>Field notes, our monthly newsletter</span>
            <v-text-field id="mc-news" label="Email" density="compact" hide-details style="max-width: 280px" /><v-btn variant="outlined">Subscribe</v-btn></div>
          <pre id="model">{{ model }}</pre>
        </v-container>
      </v-main>
    </v-app>
  `,
};

createApp(App).use(createPinia()).use(createVuetify({ components, directives })).mount('#app');
