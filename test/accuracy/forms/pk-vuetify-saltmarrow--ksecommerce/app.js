/*
 * Saltmarrow Outfitters careers page (Vue 3 + Vuetify 4), another posting: Analytics Engineer,
 * E-commerce. Same building blocks as the merchandising posting, configured for this job: the
 * calling-code v-autocomplete lists Mexico and Canada before the United States, a GitHub box behind a
 * fixed "github.com/" prefix beside LinkedIn, years as a v-select of ranges, a highest-education
 * v-select, work authorization as a v-btn-toggle and sponsorship as a v-radio-group (swapped),
 * the currency v-select preset to USD, a required hybrid question, other posting questions, two
 * EEO v-selects, app-bar search and a job-alert card. The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import 'vuetify/styles';

const CALLING = [
  { title: 'Mexico (+52)', value: 'MX' }, { title: 'Canada (+1)', value: 'CA' }, { title: 'United States (+1)', value: 'US' },
  { title: 'United Kingdom (+44)', value: 'GB' }, { title: 'Australia (+61)', value: 'AU' }, { title: 'India (+91)', value: 'IN' },
];
const PLACES = [
  'Salt Lake City, Utah', 'Ogden, Utah', 'Provo, Utah', 'Denver, Colorado', 'Boulder, Colorado', 'Reno, Nevada', 'Portland, Oregon',
  'Oakland, California', 'San Francisco, California', 'South San Francisco, California', 'San Jose, California', 'Los Angeles, California',
];
const YEARS = ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'];
const EDUCATION = ['High school diploma or GED', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate', 'Other'];
const CURRENCIES = [{ title: 'USD ($)', value: 'USD' }, { title: 'CAD (C$)', value: 'CAD' }, { title: 'EUR (€)', value: 'EUR' }];
const PLATFORMS = ['Shopify Plus', 'Salesforce Commerce Cloud', 'Adobe Commerce (Magento)', 'BigCommerce', 'None of these'];
const HEARD = ['Saltmarrow store', 'Saltmarrow website', 'LinkedIn', 'Outdoor Industry job board', 'Friend or employee', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'I do not wish to answer'];
const VETERAN = ['I identify as a protected veteran', 'I am not a protected veteran', 'I do not wish to answer'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', callingCode: null, phone: '', location: null, linkedin: '', github: '',
      employer: '', jobTitle: '', years: null, education: null, authorized: null, sponsorship: null, salary: '', currency: 'USD', startDate: null,
      resume: [], coverLetter: '', q_hybrid: null, q_platform: null, q_experiment: '', q_prodeal: false, heard: null, gender: null, veteran: null, consent: false,
    });
    const search = ref('');
    const alertEmail = ref('');
    const sent = ref(false);
    const names = (v) => (Array.isArray(v) ? v.map((f) => f.name) : v ? [v.name] : []);
    const iso = (d) => (d instanceof Date && !Number.isNaN(d.getTime()) ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d ?? null);
    const model = () => JSON.stringify({ ...form, startDate: iso(form.startDate), resume: names(form.resume), search: search.value, alertEmail: alertEmail.value }, null, 1);
    const submit = () => { if (form.consent && form.email && form.firstName && form.q_hybrid) sent.value = true; };
    return { form, search, alertEmail, sent, model, submit, CALLING, PLACES, YEARS, EDUCATION, CURRENCIES, PLATFORMS, HEARD, GENDER, VETERAN };
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
                  <h1 class="text-h5">Analytics Engineer, E-commerce</h1>
                  <p class="text-medium-emphasis mb-2">Salt Lake City, UT · Hybrid (2 days in office) · Full-time</p>
                  <p class="mb-4">Our web shop now sells more tents than our stores. Own the models behind checkout funnels, A/B tests and the weekly trading report.</p>
                  <h2 class="text-subtitle-1 font-weight-bold mb-2">Contact</h2>
                  <v-row dense>
                    <v-col cols="6"><v-text-field v-model="form.firstName" id="sm-firstName" name="firstName" label="First name*" variant="outlined"></v-text-field></v-col>
                    <v-col cols="6"><v-text-field v-model="form.lastName" id="sm-lastName" name="lastName" label="Last name*" variant="outlined"></v-text-field></v-col>
                  </v-row>
                  <v-text-field v-model="form.email" id="sm-email" name="email" type="email" label="Email*" variant="outlined"></v-text-field>
                  <v-row dense>
                    <v-col cols="5"><v-autocomplete v-model="form.callingCode" class="f-callingCode" id="sm-callingCode" :items="CALLING" label="Country code" variant="outlined"></v-autocomplete></v-col>
                    <v-col cols="7"><v-text-field v-model="form.phone" id="sm-phone" name="phone" type="tel" label="Phone number" variant="outlined"></v-text-field></v-col>
                  </v-row>
                  <v-autocomplete v-model="form.location" class="f-location" id="sm-location" :items="PLACES" label="Where do you live?" placeholder="Start typing your city" variant="outlined"></v-autocomplete>
                  <v-row dense>
                    <v-col cols="6"><v-text-field v-model="form.linkedin" id="sm-linkedin" name="linkedin" label="LinkedIn" prefix="linkedin.com/in/" variant="outlined"></v-text-field></v-col>
                    <v-col cols="6"><v-text-field v-model="form.github" id="sm-github" name="github" label="GitHub" prefix="github.com/" variant="outlined"></v-text-field></v-col>
                  </v-row>
                  <h2 class="text-subtitle-1 font-weight-bold mb-2">Experience</h2>
                  <v-row dense>
                    <v-col cols="6"><v-text-field v-model="form.employer" id="sm-employer" name="employer" label="Current employer" variant="outlined"></v-text-field></v-col>
                    <v-col cols="6"><v-text-field v-model="form.jobTitle" id="sm-jobTitle" name="jobTitle" label="Current title" variant="outlined"></v-text-field></v-col>
                  </v-row>
                  <v-select v-model="form.years" class="f-years" id="sm-years" :items="YEARS" label="How many years of professional experience do you have?*" variant="outlined"></v-select>
                  <v-select v-model="form.education" class="f-education" id="sm-education" :items="EDUCATION" label="Highest level of education completed" variant="outlined"></v-select>
                  <v-file-input v-model="form.resume" class="f-resume" id="sm-resume" name="resume" label="Resume*" accept=".pdf,.doc,.docx" chips variant="outlined" prepend-icon="" prepend-inner-icon="$file"></v-file-input>
                  <v-textarea v-model="form.coverLetter" id="sm-coverLetter" name="coverLetter" label="Cover letter" hint="Optional. Paste it here." persistent-hint rows="4" variant="outlined" class="mb-2"></v-textarea>
                  <h2 class="text-subtitle-1 font-weight-bold mb-2">Eligibility and pay</h2>
                  <div class="f-authorized mb-4">
                    <div class="text-body-1 mb-1" id="sm-authorized-label">Are you legally authorized to work in the United States?*</div>
                    <v-btn-toggle v-model="form.authorized" id="sm-authorized" aria-labelledby="sm-authorized-label" variant="outlined" color="blue-grey-darken-3" divided>
                      <v-btn value="yes">Yes</v-btn>
                      <v-btn value="no">No</v-btn>
                    </v-btn-toggle>
                  </div>
                  <v-radio-group v-model="form.sponsorship" class="f-sponsorship" name="sponsorship" label="Will you now or in the future require Saltmarrow to sponsor a work visa?*" inline>
                    <v-radio label="Yes" value="yes"></v-radio>
                    <v-radio label="No" value="no"></v-radio>
                  </v-radio-group>
                  <v-row dense>
                    <v-col cols="7"><v-text-field v-model="form.salary" id="sm-salary" name="salary" label="Salary expectation" prefix="$" suffix="/ year" variant="outlined"></v-text-field></v-col>
                    <v-col cols="5"><v-select v-model="form.currency" class="f-currency" id="sm-currency" :items="CURRENCIES" label="Currency" variant="outlined"></v-select></v-col>
                  </v-row>
                  <v-date-input v-model="form.startDate" id="sm-startDate" name="startDate" label="Earliest start date" variant="outlined" prepend-icon="" prepend-inner-icon="$calendar"></v-date-input>
                  <h2 class="text-subtitle-1 font-weight-bold mb-2">About the role</h2>
                  <v-radio-group v-model="form.q_hybrid" class="f-q_hybrid" name="q_hybrid" label="This role is in our Salt Lake City office on Tuesdays and Wednesdays. Can you commit to that?*" inline>
                    <v-radio label="Yes" value="yes"></v-radio>
                    <v-radio label="No" value="no"></v-radio>
                  </v-radio-group>
                  <v-select v-model="form.q_platform" class="f-q_platform" id="sm-q_platform" :items="PLATFORMS" label="Which e-commerce platform's data have you worked with most?" variant="outlined"></v-select>
                  <v-textarea v-model="form.q_experiment" id="sm-q_experiment" name="q_experiment" label="Tell us about an A/B test whose result surprised you." rows="3" variant="outlined"></v-textarea>
                  <v-checkbox v-model="form.q_prodeal" class="f-q_prodeal" name="q_prodeal" label="Send me Saltmarrow's pro-deal offers for employees and applicants" hide-details></v-checkbox>
                  <v-select v-model="form.heard" class="f-heard" id="sm-heard" :items="HEARD" label="How did you hear about us?" variant="outlined"></v-select>
                  <h2 class="text-subtitle-1 font-weight-bold mb-2">Voluntary self-identification</h2>
                  <v-select v-model="form.gender" class="f-gender" id="sm-gender" :items="GENDER" label="Gender" variant="outlined"></v-select>
                  <v-select v-model="form.veteran" class="f-veteran" id="sm-veteran" :items="VETERAN" label="Veteran status" variant="outlined"></v-select>
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
