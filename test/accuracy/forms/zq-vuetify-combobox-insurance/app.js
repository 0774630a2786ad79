/*
 * Tallgrass Mutual careers on Vue 3 + Vuetify 4. Exercises what the other Vuetify page does not:
 * v-combobox (free text with suggestions) for the city, labs v-mask-input for the phone
 * "(###) ###-####", v-btn-toggle year ranges (buttons, no inputs), v-autocomplete multiple with
 * closable chips, v-date-input (typed date, calendar in a menu), v-number-input with a "$"
 * prefix, v-file-upload drop zone for the resume, v-file-input with chips for a cover-letter
 * file, v-switch, v-checkbox. The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import { VMaskInput } from 'vuetify/labs/VMaskInput';
import 'vuetify/styles';

const CITIES = ['Des Moines', 'Omaha', 'Kansas City', 'San Antonio', 'San Diego', 'San Francisco', 'San Jose', 'Sioux Falls', 'South San Francisco', 'Topeka', 'Wichita'];
const SKILLS = ['Actuarial data', 'Airflow', 'dbt', 'Guidewire', 'Python', 'Snowflake', 'Spark', 'SQL'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', city: null, zip: '', linkedin: '', portfolio: '',
      employer: '', title: '', years: null, skills: [], startDate: null, salary: null, authorized: null, sponsorship: null,
      resume: [], coverLetter: null, whyInsurance: '', gender: null, textAlerts: false, consent: false,
    });
    const search = ref('');
    const sent = ref(false);
    const names = (v) => (Array.isArray(v) ? v.map((f) => f.name) : v ? [v.name] : []);
    const iso = (d) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : null);
    const model = () => JSON.stringify({ ...form, startDate: iso(form.startDate), resume: names(form.resume), coverLetter: names(form.coverLetter), search: search.value });
    const submit = () => { if (form.consent && form.email) sent.value = true; };
    return { form, search, sent, model, submit, CITIES, SKILLS };
  },
  template: `
    <v-app>
      <v-app-bar color="green-darken-4" flat>
        <v-app-bar-title>Tallgrass Mutual · Careers</v-app-bar-title>
        <v-text-field v-model="search" id="tm-search" name="keyword" density="compact" variant="solo-filled" flat hide-details single-line label="Search jobs" prepend-inner-icon="$search" style="max-width: 280px" class="mr-4"></v-text-field>
      </v-app-bar>
      <v-main>
        <v-container style="max-width: 760px">
          <div class="text-overline">Enterprise Data · Des Moines, IA or Remote</div>
          <h1 class="text-h4 mb-2">Senior Data Engineer, Claims Analytics</h1>
          <p class="mb-6">Claims Analytics gives adjusters and actuaries one view of 30 years of policy and claim history. Help us move it off nightly batch.</p>
          <v-card v-if="sent" id="tm-sent" class="pa-6"><h2>Thank you!</h2><p>Your application has been submitted.</p></v-card>
          <v-form v-else id="tm-form" @submit.prevent="submit">
            <v-card class="pa-6 mb-4" title="About you">
              <v-row>
                <v-col cols="6"><v-text-field v-model="form.firstName" id="tm-firstName" name="firstName" label="First name*" variant="outlined"></v-text-field></v-col>
                <v-col cols="6"><v-text-field v-model="form.lastName" id="tm-lastName" name="lastName" label="Last name*" variant="outlined"></v-text-field></v-col>
              </v-row>
              <v-text-field v-model="form.email" id="tm-email" name="email" type="email" label="Email*" variant="outlined"></v-text-field>
              <v-mask-input v-model="form.phone" id="tm-phone" name="phone" mask="(###) ###-####" label="Phone*" variant="outlined" hint="US numbers only" persistent-hint class="mb-4"></v-mask-input>
              <v-row>
                <v-col cols="8">
                  <v-combobox v-model="form.city" id="tm-city" name="city" :items="CITIES" label="City" variant="outlined" hint="Pick from the list or type your own" persistent-hint></v-combobox>
                </v-col>
                <v-col cols="4"><v-text-field v-model="form.zip" id="tm-zip" name="zip" label="ZIP" variant="outlined" maxlength="10"></v-text-field></v-col>
              </v-row>
              <v-text-field v-model="form.linkedin" id="tm-linkedin" name="linkedin" label="LinkedIn URL" variant="outlined"></v-text-field>
              <v-text-field v-model="form.portfolio" id="tm-portfolio" name="portfolio" label="Portfolio or GitHub" variant="outlined"></v-text-field>
            </v-card>
            <v-card class="pa-6 mb-4" title="Experience">
              <v-row>
                <v-col cols="6"><v-text-field v-model="form.employer" id="tm-employer" name="employer" label="Most recent employer" variant="outlined"></v-text-field></v-col>
                <v-col cols="6"><v-text-field v-model="form.title" id="tm-title" name="title" label="Most recent title" variant="outlined"></v-text-field></v-col>
              </v-row>
              <div class="text-body-2 mb-2" id="tm-years-label">Years of relevant experience*</div>
              <v-btn-toggle v-model="form.years" id="tm-years" mandatory="false" color="green-darken-3" variant="outlined" divided aria-labelledby="tm-years-label" class="mb-6">
                <v-btn value="0-2">0–2 yrs</v-btn>
                <v-btn value="3-5">3–5 yrs</v-btn>
                <v-btn value="6-10">6–10 yrs</v-btn>
                <v-btn value="10+">10+ yrs</v-btn>
              </v-btn-toggle>
              <v-autocomplete v-model="form.skills" id="tm-skills" name="skills" :items="SKILLS" label="Skills" multiple chips closable-chips variant="outlined"></v-autocomplete>
            </v-card>
            <v-card class="pa-6 mb-4" title="Availability">
              <v-date-input v-model="form.startDate" id="tm-start" name="startDate" label="Earliest start date" variant="outlined" prepend-icon="" prepend-inner-icon="$calendar"></v-date-input>
              <v-number-input v-model="form.salary" id="tm-salary" name="salary" label="Desired annual salary" prefix="$" control-variant="hidden" :min="0" variant="outlined"></v-number-input>
              <v-radio-group v-model="form.authorized" name="authorized" label="Are you legally authorized to work in the US?*" inline>
                <v-radio label="Yes" value="yes" id="tm-auth-yes"></v-radio>
                <v-radio label="No" value="no" id="tm-auth-no"></v-radio>
              </v-radio-group>
              <v-radio-group v-model="form.sponsorship" name="sponsorship" label="Will you require employer sponsorship now or in the future?*" inline>
                <v-radio label="Yes" value="yes" id="tm-spons-yes"></v-radio>
                <v-radio label="No" value="no" id="tm-spons-no"></v-radio>
              </v-radio-group>
            </v-card>
            <v-card class="pa-6 mb-4" title="Documents">
              <div class="text-body-2 mb-2">Resume*</div>
              <v-file-upload v-model="form.resume" id="tm-resume-zone" class="tm-resume" density="compact" title="Drag and drop your resume" browse-text="Browse files" clearable></v-file-upload>
              <v-file-input v-model="form.coverLetter" id="tm-cover" name="coverLetter" label="Cover letter (file)" chips variant="outlined" class="mt-4" prepend-icon="" prepend-inner-icon="$file"></v-file-input>
              <v-textarea v-model="form.whyInsurance" id="tm-why" name="whyInsurance" label="What draws you to insurance data?" variant="outlined" rows="3"></v-textarea>
            </v-card>
            <v-card class="pa-6 mb-4" title="Voluntary self-identification">
              <v-select v-model="form.gender" id="tm-gender" name="gender" :items="['Female', 'Male', 'Non-binary', 'Prefer not to say']" label="Gender" variant="outlined"></v-select>
              <v-switch v-model="form.textAlerts" id="tm-text" name="textAlerts" label="Text me about my application status" color="green-darken-3" inset></v-switch>
              <v-checkbox v-model="form.consent" id="tm-consent" name="consent" label="I certify the information above is accurate and agree to the privacy notice*"></v-checkbox>
              <v-btn type="submit" color="green-darken-3" size="large" id="tm-submit">Submit application</v-btn>
            </v-card>
          </v-form>
        </v-container>
        <pre id="model">{{ model() }}</pre>
      </v-main>
    </v-app>`,
};

createApp(App).use(createVuetify({ components: { ...components, VMaskInput }, directives })).mount('#app-root');
