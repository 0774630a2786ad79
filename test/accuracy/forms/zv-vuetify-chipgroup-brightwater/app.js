/*
 * An ed-tech company's careers page on Vue 3 + Vuetify 4: an app bar with a job search field and a
 * sign-in button, outlined v-text-fields, a v-autocomplete for the country and a v-select for the
 * state (menus in the overlay container), work authorization and sponsorship as inline
 * v-radio-groups, experience as a mandatory v-chip-group of filter chips (no native inputs),
 * remote/hybrid preferences as a v-btn-toggle left alone, pronouns as v-checkboxes sharing an
 * array model, a multiple chips v-autocomplete for subject areas, a v-date-input-like text field
 * with a MM/DD/YYYY hint, v-file-inputs for resume and cover letter, a v-textarea, EEO v-select,
 * "how did you hear" v-select, and an SMS v-switch. The reactive form goes into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import 'vuetify/styles';

const STATES = ['Arizona', 'California', 'Colorado', 'Illinois', 'New York', 'Oregon', 'Texas', 'Washington'];
const COUNTRIES = ['Australia', 'Canada', 'Ireland', 'Mexico', 'United Kingdom', 'United States'];
const SUBJECTS = ['K-12 math', 'Literacy', 'Science', 'Higher education', 'Workforce training'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', city: '', state: null, country: null, linkedin: '', authorized: null, sponsorship: null,
      experience: null, workStyle: [], pronouns: [], subjects: [], startDate: '', resume: null, coverLetterFile: null, whyBrightwater: '', source: null, ethnicity: null, sms: false,
    });
    const keyword = ref('');
    const sent = ref(false);
    const name = (files) => (Array.isArray(files) ? files[0]?.name : files?.name) ?? null;
    const submit = () => { if (form.email && name(form.resume)) sent.value = true; };
    const model = () => JSON.stringify({ ...form, resume: name(form.resume), coverLetterFile: name(form.coverLetterFile) });
    return { form, keyword, sent, submit, model, STATES, COUNTRIES, SUBJECTS };
  },
  template: `
    <v-app>
      <v-app-bar color="indigo-darken-3" density="comfortable">
        <v-app-bar-title>Brightwater Learning · Careers</v-app-bar-title>
        <v-text-field v-model="keyword" name="keyword" label="Search jobs" density="compact" variant="solo-filled" hide-details single-line style="max-width: 260px" class="mr-3" />
        <v-btn variant="outlined" class="mr-4">Sign in</v-btn>
      </v-app-bar>
      <v-main>
        <v-container style="max-width: 760px">
          <v-card v-if="sent" class="pa-6" id="done"><h2>Thanks for applying!</h2></v-card>
          <v-card v-else class="pa-6">
            <h1 class="text-h5 mb-1">Learning Analytics Engineer</h1>
            <p class="text-medium-emphasis mb-6">Remote within the US · Data Platform</p>
            <v-form @submit.prevent="submit">
              <v-row>
                <v-col cols="6"><v-text-field v-model="form.firstName" label="First name*" variant="outlined" id="bw-first" /></v-col>
                <v-col cols="6"><v-text-field v-model="form.lastName" label="Last name*" variant="outlined" id="bw-last" /></v-col>
              </v-row>
              <v-text-field v-model="form.email" label="Email*" type="email" variant="outlined" id="bw-email" />
              <v-text-field v-model="form.phone" label="Phone" type="tel" variant="outlined" id="bw-phone" hint="e.g. 555-123-4567" persistent-hint class="mb-4" />
              <v-row>
                <v-col cols="6"><v-text-field v-model="form.city" label="City" variant="outlined" id="bw-city" /></v-col>
                <v-col cols="6"><v-select v-model="form.state" :items="STATES" label="State" variant="outlined" id="bw-state" class="bw-state" /></v-col>
              </v-row>
              <v-autocomplete v-model="form.country" :items="COUNTRIES" label="Country" variant="outlined" id="bw-country" class="bw-country" />
              <v-text-field v-model="form.linkedin" label="LinkedIn profile URL" variant="outlined" id="bw-linkedin" />
              <v-radio-group v-model="form.authorized" inline label="Are you authorized to work in the US?" class="bw-authorized">
                <v-radio label="Yes" value="yes" /><v-radio label="No" value="no" />
              </v-radio-group>
              <v-radio-group v-model="form.sponsorship" inline label="Do you require sponsorship to work in the US, now or in the future?" class="bw-sponsorship">
                <v-radio label="Yes" value="yes" /><v-radio label="No" value="no" />
              </v-radio-group>
              <div class="text-subtitle-1 mb-1" id="bw-exp-label">Years of experience</div>
              <v-chip-group v-model="form.experience" selected-class="text-primary" filter class="bw-experience mb-4" aria-labelledby="bw-exp-label">
                <v-chip v-for="range in ['0–2 years', '3–5 years', '6–10 years', '10+ years']" :key="range" :value="range" variant="outlined">{{ range }}</v-chip>
              </v-chip-group>
              <div class="text-subtitle-1 mb-1">Work style you prefer</div>
              <v-btn-toggle v-model="form.workStyle" multiple color="primary" variant="outlined" class="bw-workstyle mb-4">
                <v-btn value="remote">Remote</v-btn><v-btn value="hybrid">Hybrid</v-btn><v-btn value="onsite">On-site</v-btn>
              </v-btn-toggle>
              <div class="text-subtitle-1">Pronouns</div>
              <div class="d-flex bw-pronouns">
                <v-checkbox v-for="p in ['she/her', 'he/him', 'they/them']" :key="p" v-model="form.pronouns" :label="p" :value="p" hide-details class="mr-4" />
              </div>
              <v-autocomplete v-model="form.subjects" :items="SUBJECTS" label="Subject areas you've worked in" multiple chips closable-chips variant="outlined" id="bw-subjects" class="mt-4" />
              <v-text-field v-model="form.startDate" label="Available start date" variant="outlined" id="bw-start" hint="MM/DD/YYYY" persistent-hint class="mb-4" />
              <v-file-input v-model="form.resume" label="Resume*" accept=".pdf,.doc,.docx" variant="outlined" id="bw-resume" prepend-icon="" />
              <v-file-input v-model="form.coverLetterFile" label="Cover letter (optional)" accept=".pdf,.doc,.docx,.txt" variant="outlined" id="bw-cover" prepend-icon="" />
              <v-textarea v-model="form.whyBrightwater" label="Why Brightwater?" variant="outlined" rows="3" id="bw-why" />
              <v-select v-model="form.source" :items="['Brightwater website', 'LinkedIn', 'Idealist', 'EdSurge Jobs', 'Friend or colleague']" label="How did you hear about us?" variant="outlined" class="bw-source" />
              <v-select v-model="form.ethnicity" :items="['Hispanic or Latino', 'Not Hispanic or Latino', 'Decline to state']" label="Ethnicity (optional, EEO)" variant="outlined" class="bw-ethnicity" />
              <v-switch v-model="form.sms" label="Text me about my application status" color="primary" id="bw-sms" />
              <v-btn type="submit" color="primary" size="large" id="submit">Submit application</v-btn>
            </v-form>
            <pre id="model">{{ model() }}</pre>
          </v-card>
        </v-container>
      </v-main>
    </v-app>
  `,
};

createApp(App).use(createVuetify({ components, directives })).mount('#root');
