/*
 * Fernhaven Health Plans careers: a Vue 3 page on Vuetify (outlined density="comfortable" fields)
 * whose form state lives in VeeValidate (useForm with a plain rules object, defineField bound to
 * each Vuetify control with its error-messages), as the Vuetify docs pair them. Vuetify pieces:
 * v-text-field (floating labels, a "https://" prefix before the LinkedIn URL, "$" prefix and
 * "per year" suffix on the salary), VMaskInput (labs) "(###) ###-####" phone, v-autocomplete
 * for the state and the school (menus in the overlay container at the end of <body>), v-select for
 * experience ranges and EEO, v-radio-group for the degree / work authorization / sponsorship
 * sentences, v-date-input for the start date, two v-file-inputs (resume, cover letter), a
 * v-switch for text updates and an attestation v-checkbox; a job search box in the app bar and a
 * job-alert card in the footer. Each posting brings its title and its own questions.
 */
import { createApp, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import { VMaskInput } from 'vuetify/labs/VMaskInput';
import { useForm } from 'vee-validate';
import 'vuetify/styles';

const STATES = ['Arizona', 'California', 'Colorado', 'Hawaii', 'Idaho', 'Montana', 'Nevada', 'New Mexico', 'Oregon', 'Texas', 'Utah', 'Washington', 'Wyoming', 'Outside the United States'];
const SCHOOLS = [
  'Berkeley City College', 'California State University, East Bay', 'San Francisco State University', 'Stanford University',
  'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
  'University of San Francisco', 'University of Washington', 'Other / not listed',
];
const YEARS = ['Less than 2 years', '2 – 4 years', '5 – 7 years', '8 – 10 years', 'More than 10 years'];
const DEGREES = [['hs', 'High school diploma or GED'], ['aa', 'Associate degree'], ['ba', 'Bachelor’s degree'], ['ma', 'Master’s degree'], ['phd', 'Doctoral degree']];
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I don’t wish to answer'];

const required = (v) => (v === null || v === undefined || v === '' || v === false ? 'Required' : true);

export function mountApplication(posting) {
  const App = {
    components: { VMaskInput },
    setup() {
      const answers = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'checkbox' ? false : null]));
      const { values, defineField, handleSubmit } = useForm({
        initialValues: {
          firstName: '', lastName: '', preferredName: '', email: '', phone: '', city: '', state: null, zip: '', linkedin: '',
          employer: '', jobTitle: '', years: null, degree: null, school: null, authorized: null, sponsorship: null, salary: '', startDate: null,
          resume: null, coverLetter: null, answers, race: null, disability: null, textUpdates: false, attest: false,
        },
        validationSchema: { firstName: required, lastName: required, email: required, phone: required, resume: required, attest: required },
      });
      const vuetifyConfig = (state) => ({ props: { 'error-messages': state.errors } });
      const bind = (name) => defineField(name, vuetifyConfig);
      const f = {};
      for (const name of ['firstName', 'lastName', 'preferredName', 'email', 'phone', 'city', 'state', 'zip', 'linkedin', 'employer', 'jobTitle', 'years', 'degree', 'school', 'authorized', 'sponsorship', 'salary', 'race', 'disability', 'textUpdates', 'attest']) {
        const [model, props] = bind(name);
        f[name] = model; f[`${name}Props`] = props;
      }
      const [startDate] = bind('startDate');
      const [resume] = bind('resume');
      const [coverLetter] = bind('coverLetter');
      const q = {};
      for (const question of posting.questions) q[question.key] = bind(`answers.${question.key}`)[0];
      const resumeFiles = ref(null);
      const letterFiles = ref(null);
      const nameOf = (files) => (Array.isArray(files) ? files[0]?.name : files?.name) ?? null;
      watch(resumeFiles, (files) => { resume.value = nameOf(files); });
      watch(letterFiles, (files) => { coverLetter.value = nameOf(files); });
      const iso = (d) => (d instanceof Date && !Number.isNaN(d.getTime()) ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d);
      const model = () => JSON.stringify({ ...values, startDate: iso(values.startDate) });
      const sent = ref(false);
      const onSubmit = handleSubmit(() => { sent.value = true; });
      const search = ref('');
      const alertEmail = ref('');
      return { ...f, startDate, q, resumeFiles, letterFiles, model, sent, onSubmit, search, alertEmail, posting, STATES, SCHOOLS, YEARS, DEGREES, RACE };
    },
    template: `
<v-app>
  <v-app-bar flat border density="comfortable">
    <v-app-bar-title>Fernhaven Health Plans · Careers</v-app-bar-title>
    <v-text-field v-model="search" id="job-search" label="Search jobs" prepend-inner-icon="$search" density="compact" variant="solo-filled" hide-details single-line flat style="max-width: 280px"></v-text-field>
    <v-btn variant="text">Sign in</v-btn>
  </v-app-bar>
  <v-main>
    <v-container style="max-width: 760px">
      <h1 class="text-h4 mt-4">{{ posting.title }}</h1>
      <p class="text-medium-emphasis mb-6">{{ posting.where }}</p>
      <v-form id="application" @submit.prevent="onSubmit">
        <h2 class="text-h6 mb-2">Contact information</h2>
        <v-row dense>
          <v-col cols="6"><v-text-field v-model="firstName" v-bind="firstNameProps" name="firstName" label="Legal first name*" variant="outlined"></v-text-field></v-col>
          <v-col cols="6"><v-text-field v-model="lastName" v-bind="lastNameProps" name="lastName" label="Legal last name*" variant="outlined"></v-text-field></v-col>
        </v-row>
        <v-text-field v-model="preferredName" name="preferredName" label="Preferred first name" hint="Only if it differs from your legal first name" persistent-hint variant="outlined" class="mb-2"></v-text-field>
        <v-text-field v-model="email" v-bind="emailProps" name="email" type="email" label="Email address*" variant="outlined"></v-text-field>
        <v-mask-input v-model="phone" v-bind="phoneProps" name="phone" mask="(###) ###-####" label="Phone number*" placeholder="(555) 555-5555" variant="outlined"></v-mask-input>
        <v-row dense>
          <v-col cols="5"><v-text-field v-model="city" name="city" label="City" variant="outlined"></v-text-field></v-col>
          <v-col cols="4"><v-autocomplete v-model="state" id="state" name="state" :items="STATES" label="State" variant="outlined"></v-autocomplete></v-col>
          <v-col cols="3"><v-text-field v-model="zip" name="zip" label="ZIP code" maxlength="5" variant="outlined"></v-text-field></v-col>
        </v-row>
        <v-text-field v-model="linkedin" name="linkedin" label="LinkedIn" prefix="https://" variant="outlined"></v-text-field>

        <h2 class="text-h6 mb-2 mt-4">Background</h2>
        <v-row dense>
          <v-col cols="6"><v-text-field v-model="employer" name="employer" label="Current or last employer" variant="outlined"></v-text-field></v-col>
          <v-col cols="6"><v-text-field v-model="jobTitle" name="jobTitle" label="Position held" variant="outlined"></v-text-field></v-col>
        </v-row>
        <v-select v-model="years" id="years" name="years" :items="YEARS" label="Years of relevant work experience" variant="outlined"></v-select>
        <v-radio-group v-model="degree" name="degree" label="Highest degree earned">
          <v-radio v-for="[value, text] in DEGREES" :key="value" :value="value" :label="text"></v-radio>
        </v-radio-group>
        <v-autocomplete v-model="school" id="school" name="school" :items="SCHOOLS" label="School or university attended" variant="outlined"></v-autocomplete>
        <v-radio-group v-model="authorized" name="authorized" label="Are you legally eligible to work in the U.S.?" inline>
          <v-radio value="yes" label="Yes"></v-radio>
          <v-radio value="no" label="No"></v-radio>
        </v-radio-group>
        <v-radio-group v-model="sponsorship" name="sponsorship" label="Visa sponsorship">
          <v-radio value="now" label="I need sponsorship to work in the U.S. now"></v-radio>
          <v-radio value="later" label="I will need sponsorship in the future (for example, when OPT ends)"></v-radio>
          <v-radio value="never" label="I do not need sponsorship, now or in the future"></v-radio>
        </v-radio-group>
        <v-text-field v-model="salary" name="salary" type="number" label="Salary requirement" prefix="$" suffix="per year" variant="outlined"></v-text-field>
        <v-date-input v-model="startDate" id="start-date" name="startDate" label="Available to start" prepend-icon="" prepend-inner-icon="$calendar" variant="outlined"></v-date-input>

        <h2 class="text-h6 mb-2 mt-4">Documents</h2>
        <v-file-input v-model="resumeFiles" id="resume" name="resume" label="Resume*" accept=".pdf,.doc,.docx" variant="outlined" show-size></v-file-input>
        <v-file-input v-model="letterFiles" id="cover-letter" name="coverLetter" label="Cover letter (optional)" accept=".pdf,.doc,.docx,.txt" variant="outlined"></v-file-input>

        <h2 class="text-h6 mb-2 mt-4">A few questions from the team</h2>
        <template v-for="question in posting.questions" :key="question.key">
          <v-radio-group v-if="question.type === 'radio'" v-model="q[question.key].value" :name="'answers.' + question.key" :label="question.label" :inline="question.inline">
            <v-radio v-for="[value, text] in question.options" :key="value" :value="value" :label="text"></v-radio>
          </v-radio-group>
          <v-select v-else-if="question.type === 'select'" v-model="q[question.key].value" :id="'q-' + question.key" :name="'answers.' + question.key" :items="question.options.map(([value, title]) => ({ value, title }))" :label="question.label" variant="outlined"></v-select>
          <v-textarea v-else-if="question.type === 'textarea'" v-model="q[question.key].value" :name="'answers.' + question.key" :label="question.label" :hint="question.hint" persistent-hint rows="3" variant="outlined" class="mb-2"></v-textarea>
          <v-checkbox v-else-if="question.type === 'checkbox'" v-model="q[question.key].value" :name="'answers.' + question.key" :label="question.label"></v-checkbox>
          <v-text-field v-else v-model="q[question.key].value" :name="'answers.' + question.key" :label="question.label" :hint="question.hint" :persistent-hint="!!question.hint" :prefix="question.prefix" variant="outlined" class="mb-2"></v-text-field>
        </template>

        <h2 class="text-h6 mb-2 mt-4">Voluntary self-identification</h2>
        <v-select v-model="race" id="race" name="race" :items="RACE" label="Race / ethnicity" variant="outlined"></v-select>
        <v-radio-group v-model="disability" name="disability" label="Do you have a disability?">
          <v-radio value="yes" label="Yes, I have a disability (or previously had one)"></v-radio>
          <v-radio value="no" label="No, I do not have a disability"></v-radio>
          <v-radio value="decline" label="I do not want to answer"></v-radio>
        </v-radio-group>
        <v-switch v-model="textUpdates" name="textUpdates" label="Text me updates about my application" color="primary" inset></v-switch>
        <v-checkbox v-model="attest" v-bind="attestProps" name="attest" label="I certify that the information I have provided is true and complete."></v-checkbox>
        <v-btn id="fh-submit" type="submit" color="primary" size="large">Submit application</v-btn>
        <v-alert v-if="sent" id="fh-done" type="success" class="mt-4">Application received. Thank you!</v-alert>
      </v-form>
      <pre id="model" style="font-size: 11px; color: #999; white-space: pre-wrap; word-break: break-all">{{ model() }}</pre>
    </v-container>
  </v-main>
  <v-footer border class="pa-6">
    <v-card flat style="max-width: 420px">
      <v-card-title class="text-subtitle-1">Get new Fernhaven jobs by email</v-card-title>
      <v-text-field v-model="alertEmail" id="job-alert-email" label="Your email" density="compact" variant="outlined" hide-details></v-text-field>
    </v-card>
  </v-footer>
</v-app>`,
  };
  createApp(App).use(createVuetify({ components, directives })).mount('#root');
}
