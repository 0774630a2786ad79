/*
 * Saltmarrow Outfitters (outdoor retailer, Salt Lake City) careers page on Vue 3 + Vuetify 4:
 * a v-autocomplete of calling codes ("United States (+1)") beside the phone, a v-autocomplete of
 * places, LinkedIn behind a fixed "linkedin.com/in/" prefix, a v-number-input with its stepper,
 * a v-radio-group for work authorization and a v-btn-toggle for sponsorship (buttons, no inputs),
 * salary with "$" prefix and "/ year" suffix beside a currency v-select, v-date-input, a chips
 * v-file-input, the posting's questions, EEO v-selects, app-bar search and a job-alert card.
 * The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import 'vuetify/styles';

const CALLING = [
  { title: 'Canada (+1)', value: 'CA' }, { title: 'United States (+1)', value: 'US' }, { title: 'Mexico (+52)', value: 'MX' },
  { title: 'United Kingdom (+44)', value: 'GB' }, { title: 'Germany (+49)', value: 'DE' }, { title: 'Japan (+81)', value: 'JP' },
];
const PLACES = [
  'Salt Lake City, Utah', 'Park City, Utah', 'Boise, Idaho', 'Denver, Colorado', 'Bend, Oregon', 'Portland, Oregon', 'Seattle, Washington',
  'San Francisco, California', 'South San Francisco, California', 'San Francisco de Macorís, Dominican Republic', 'Sacramento, California',
];
const CURRENCIES = [{ title: 'USD ($)', value: 'USD' }, { title: 'CAD (C$)', value: 'CAD' }, { title: 'EUR (€)', value: 'EUR' }];
const SEASONS = ['Winter', 'Spring', 'Summer', 'Fall'];
const HEARD = ['Saltmarrow store', 'Saltmarrow website', 'LinkedIn', 'Outdoor Industry job board', 'Friend or employee', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'I do not wish to answer'];
const VETERAN = ['I identify as a protected veteran', 'I am not a protected veteran', 'I do not wish to answer'];
const DISABILITY = ['Yes, I have a disability', 'No, I do not have a disability', 'I do not wish to answer'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', callingCode: null, phone: '', location: null, linkedin: '',
      employer: '', jobTitle: '', years: null, authorized: null, sponsorship: null, salary: '', currency: null, startDate: null,
      resume: [], coverLetter: '', q_retail: null, q_season: null, q_gear: '', q_slc: null, heard: null, gender: null, veteran: null, disability: null, consent: false,
    });
    const search = ref('');
    const alertEmail = ref('');
    const sent = ref(false);
    const names = (v) => (Array.isArray(v) ? v.map((f) => f.name) : v ? [v.name] : []);
    const iso = (d) => (d instanceof Date && !Number.isNaN(d.getTime()) ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d ?? null);
    const model = () => JSON.stringify({ ...form, startDate: iso(form.startDate), resume: names(form.resume), search: search.value, alertEmail: alertEmail.value }, null, 1);
    const submit = () => { if (form.consent && form.email && form.firstName) sent.value = true; };
    return { form, search, alertEmail, sent, model, submit, CALLING, PLACES, CURRENCIES, SEASONS, HEARD, GENDER, VETERAN, DISABILITY };
  },
  template: `
    <v-app>
      <v-app-bar color="blue-grey-darken-4" flat>
        <v-app-bar-title>Saltmarrow Outfitters · Careers</v-app-bar-title>
        <v-text-field v-model="search" id="sm-search" name="keywords" density="compact" variant="solo-filled" flat hide-details single-line label="Find a job" prepend-inner-icon="$search" style="max-width: 260px" class="mr-4"></v-text-field>
      </v-app-bar>
      <v-main>
        <v-container style="max-width: 1060px">
          <v-row>
            <v-col cols="8">
              <v-card class="pa-6" v-if="sent" id="sm-done"><h2>You're in the queue!</h2><p>Thanks for applying to Saltmarrow.</p></v-card>
              <v-form v-else @submit.prevent="submit">
                <v-card class="pa-6">
                  <h1 class="text-h5">Senior Data Engineer, Merchandising</h1>
                  <p class="text-medium-emphasis mb-2">Salt Lake City, UT · Hybrid or remote (US) · Full-time</p>
                  <p class="mb-4">Sixty-two stores and a busy web shop decide every season what to stock. Build the pipelines behind those buys: sell-through, size curves, weather-driven demand.</p>
                  <h2 class="text-subtitle-1 font-weight-bold mb-2">Contact</h2>
                  <v-row dense>
                    <v-col cols="6"><v-text-field v-model="form.firstName" id="sm-firstName" name="firstName" label="First name*" variant="outlined"></v-text-field></v-col>
                    <v-col cols="6"><v-text-field v-model="form.lastName" id="sm-lastName" name="lastName" label="Last name*" variant="outlined"></v-text-field></v-col>
                  </v-row>
                  <v-text-field v-model="form.email" id="sm-email" name="email" type="email" label="Email*" variant="outlined"></v-text-field>
                  <v-row dense>
                    <v-col cols="5"><v-autocomplete v-model="form.callingCode" class="f-callingCode" id="sm-callingCode" :items="CALLING" label="Country code" variant="outlined"></v-autocomplete></v-col>
                    <v-col cols="7"><v-text-field v-model="form.phone" id="sm-phone" name="phone" type="tel" label="Mobile number" variant="outlined"></v-text-field></v-col>
                  </v-row>
                  <v-autocomplete v-model="form.location" class="f-location" id="sm-location" :items="PLACES" label="Current location" placeholder="Start typing your city" variant="outlined"></v-autocomplete>
                  <v-text-field v-model="form.linkedin" id="sm-linkedin" name="linkedin" label="LinkedIn" prefix="linkedin.com/in/" variant="outlined"></v-text-field>
                  <h2 class="text-subtitle-1 font-weight-bold mb-2">Experience</h2>
                  <v-row dense>
                    <v-col cols="6"><v-text-field v-model="form.employer" id="sm-employer" name="employer" label="Current or most recent employer" variant="outlined"></v-text-field></v-col>
                    <v-col cols="6"><v-text-field v-model="form.jobTitle" id="sm-jobTitle" name="jobTitle" label="Job title" variant="outlined"></v-text-field></v-col>
                  </v-row>
                  <v-number-input v-model="form.years" id="sm-years" name="years" label="Years of professional experience" :min="0" :max="50" variant="outlined" control-variant="split"></v-number-input>
                  <v-file-input v-model="form.resume" class="f-resume" id="sm-resume" name="resume" label="Resume*" accept=".pdf,.doc,.docx" chips variant="outlined" prepend-icon="" prepend-inner-icon="$file"></v-file-input>
                  <v-textarea v-model="form.coverLetter" id="sm-coverLetter" name="coverLetter" label="Cover letter" hint="Optional. Paste it here." persistent-hint rows="4" variant="outlined" class="mb-2"></v-textarea>
                  <h2 class="text-subtitle-1 font-weight-bold mb-2">Eligibility and pay</h2>
                  <v-radio-group v-model="form.authorized" class="f-authorized" name="authorized" label="Are you eligible to work in the United States?*" inline>
                    <v-radio label="Yes" value="yes"></v-radio>
                    <v-radio label="No" value="no"></v-radio>
                  </v-radio-group>
                  <div class="f-sponsorship mb-4">
                    <div class="text-body-1 mb-1" id="sm-sponsorship-label">Will you need visa sponsorship from Saltmarrow, now or in the future?*</div>
                    <v-btn-toggle v-model="form.sponsorship" id="sm-sponsorship" aria-labelledby="sm-sponsorship-label" variant="outlined" color="blue-grey-darken-3" divided>
                      <v-btn value="yes">Yes</v-btn>
                      <v-btn value="no">No</v-btn>
                    </v-btn-toggle>
                  </div>
                  <v-row dense>
                    <v-col cols="7"><v-text-field v-model="form.salary" id="sm-salary" name="salary" label="Desired base pay" prefix="$" suffix="/ year" variant="outlined"></v-text-field></v-col>
                    <v-col cols="5"><v-select v-model="form.currency" class="f-currency" id="sm-currency" :items="CURRENCIES" label="Currency" variant="outlined"></v-select></v-col>
                  </v-row>
                  <v-date-input v-model="form.startDate" id="sm-startDate" name="startDate" label="Available to start" variant="outlined" prepend-icon="" prepend-inner-icon="$calendar"></v-date-input>
                  <h2 class="text-subtitle-1 font-weight-bold mb-2">About the role</h2>
                  <v-radio-group v-model="form.q_retail" class="f-q_retail" name="q_retail" label="Have you built data products for a retailer or brand before?" inline>
                    <v-radio label="Yes" value="yes"></v-radio>
                    <v-radio label="No" value="no"></v-radio>
                  </v-radio-group>
                  <v-select v-model="form.q_season" class="f-q_season" id="sm-q_season" :items="SEASONS" label="Our busiest buying season is spring. Which season do you like to take time off?" variant="outlined"></v-select>
                  <v-textarea v-model="form.q_gear" id="sm-q_gear" name="q_gear" label="What piece of outdoor gear would you never part with, and why?" rows="3" variant="outlined"></v-textarea>
                  <v-checkbox v-model="form.q_slc" class="f-q_slc" name="q_slc" label="I'd be up for a week in Salt Lake City each quarter" hide-details></v-checkbox>
                  <v-select v-model="form.heard" class="f-heard" id="sm-heard" :items="HEARD" label="How did you hear about us?" variant="outlined"></v-select>
                  <h2 class="text-subtitle-1 font-weight-bold mb-2">Voluntary self-identification</h2>
                  <v-select v-model="form.gender" class="f-gender" id="sm-gender" :items="GENDER" label="Gender" variant="outlined"></v-select>
                  <v-select v-model="form.veteran" class="f-veteran" id="sm-veteran" :items="VETERAN" label="Veteran status" variant="outlined"></v-select>
                  <v-select v-model="form.disability" class="f-disability" id="sm-disability" :items="DISABILITY" label="Disability status" variant="outlined"></v-select>
                  <v-checkbox v-model="form.consent" class="f-consent" id="sm-consent" name="consent" label="I agree to Saltmarrow's applicant privacy notice*"></v-checkbox>
                  <v-btn type="submit" color="blue-grey-darken-3" size="large" id="sm-submit">Submit application</v-btn>
                </v-card>
              </v-form>
            </v-col>
            <v-col cols="4">
              <v-card class="pa-4">
                <h3 class="text-subtitle-1 font-weight-bold">Get job alerts</h3>
                <p class="text-body-2">New roles at Saltmarrow, straight to your inbox.</p>
                <v-text-field v-model="alertEmail" id="sm-alert" name="alertEmail" label="Your email" density="compact" variant="outlined"></v-text-field>
                <v-btn block variant="tonal">Subscribe</v-btn>
              </v-card>
            </v-col>
          </v-row>
        </v-container>
        <pre id="model">{{ model() }}</pre>
      </v-main>
    </v-app>`,
};

createApp(App).use(createVuetify({ components, directives })).mount('#app-root');
