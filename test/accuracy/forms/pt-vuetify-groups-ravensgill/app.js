/*
 * Ravensgill Water Technologies (smart water meters, Denver) careers page: Vue 3 + Vuetify 4, the
 * list configurations the Vuetify docs show: a v-autocomplete of every country (world-countries,
 * virtual-scrolled list) whose items carry a region subtitle and an initials v-avatar through
 * `item-props`, a v-select of states whose items are split by `type: 'subheader'` entries (States /
 * Territories / Outside the US) and dividers, a v-select of degrees with subtitles, v-combobox
 * boxes for city and employer with a `no-data` slot ("press Enter to keep what you typed"), a
 * virtual v-autocomplete of schools, a v-item-group of v-cards for the years, v-radio-groups whose
 * labels are cards, a v-number-input with a "$" prefix and stacked controls, a native month field
 * for the start, a v-autocomplete `multiple chips closable-chips` of languages (left alone), two
 * v-file-inputs (resume; "other documents" `multiple chips counter`, left alone), a counted
 * v-textarea, the posting's questions, EEO v-selects, a consent v-checkbox, app-bar search and a
 * job-alert box. State in one reactive object, shown in <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import 'vuetify/styles';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ title: c.name.common, value: c.cca3, region: c.subregion || c.region, code: c.cca2 }))
  .sort((a, b) => a.title.localeCompare(b.title));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const STATE_ITEMS = [
  { type: 'subheader', title: 'States' }, ...STATES.map((s) => ({ title: s, value: s })),
  { type: 'divider' }, { type: 'subheader', title: 'Territories' },
  ...['American Samoa', 'Guam', 'Northern Mariana Islands', 'Puerto Rico', 'U.S. Virgin Islands'].map((s) => ({ title: s, value: s })),
  { type: 'divider' }, { type: 'subheader', title: 'Elsewhere' }, { title: 'Outside the United States', value: 'outside' },
];
const CITIES = ['Denver', 'Boulder', 'Fort Collins', 'Colorado Springs', 'San Francisco', 'South San Francisco', 'San Fernando', 'Sacramento', 'Salt Lake City', 'Phoenix'];
const EMPLOYERS = ['Xylem', 'Itron', 'Badger Meter', 'Landis+Gyr', 'Denver Water', 'Aclara', 'Mueller Water Products'];
const DEGREES = [
  { title: 'High school diploma or GED', value: 'hs', subtitle: 'Or equivalent' },
  { title: 'Associate degree', value: 'assoc', subtitle: 'AA, AS, AAS' },
  { title: "Bachelor's degree", value: 'ba', subtitle: 'BA, BS, BEng — four-year degree' },
  { title: "Master's degree", value: 'ma', subtitle: 'MS, MEng, MBA, MPH' },
  { title: 'Doctorate', value: 'phd', subtitle: 'PhD, EngD' },
];
const SCHOOLS = ['Arizona State University', 'Berkeley City College', 'Colorado School of Mines', 'Colorado State University', 'Metropolitan State University of Denver', 'Montana State University', 'Oregon State University', 'Stanford University', 'UC Berkeley Extension', 'University of Arizona', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of Colorado Boulder', 'University of Colorado Denver', 'University of Denver', 'University of New Mexico', 'University of Utah', 'University of Washington', 'University of Wyoming', 'Utah State University', 'Washington State University', 'Other'];
const YEARS = [['0–3', 'Getting started'], ['4–6', 'Experienced'], ['7–9', 'Senior'], ['10+', 'Staff and beyond']];
const GRAD_YEARS = Array.from({ length: 45 }, (_, i) => String(2027 - i));
const LANGUAGES = ['English', 'Spanish', 'French', 'German', 'Portuguese', 'Vietnamese', 'Mandarin', 'Other'];
const HEARD = ['LinkedIn', 'Indeed', 'Ravensgill website', 'AWWA job board', 'Referral', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'Decline to self-identify'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', country: null, city: null, state: null, linkedin: '',
      employer: null, jobTitle: '', years: null, degree: null, school: null, gradYear: null, languages: [],
      authorized: null, sponsorship: null, salary: null, startMonth: '', resume: null, documents: [], coverLetter: '',
      q_employed: null, q_fieldwork: null, q_meters: '', heard: null, gender: null, consent: false,
    });
    const search = ref('');
    const alertEmail = ref('');
    const sent = ref(false);
    const req = [(v) => (v !== null && v !== '' && v !== undefined) || 'Required'];
    const countryProps = (item) => ({ title: item.title, subtitle: item.region });
    const model = () => JSON.stringify({
      ...form, resume: form.resume ? (Array.isArray(form.resume) ? form.resume.map((f) => f.name)[0] ?? null : form.resume.name) : null,
      documents: (form.documents || []).map((f) => f.name), search: search.value, alertEmail: alertEmail.value,
    }, null, 1);
    const submit = async (e) => { const r = await e; if (r.valid) sent.value = true; };
    return { form, search, alertEmail, sent, req, countryProps, model, submit, COUNTRIES, STATE_ITEMS, CITIES, EMPLOYERS, DEGREES, SCHOOLS, YEARS, GRAD_YEARS, LANGUAGES, HEARD, GENDER };
  },
  template: `
<v-app>
  <v-app-bar flat color="white" border="b">
    <v-app-bar-title class="rg-brand">Ravensgill <span>Water Technologies</span></v-app-bar-title>
    <v-text-field v-model="search" id="rg-search" class="rg-search" density="compact" variant="solo-filled" flat hide-details placeholder="Search jobs" prepend-inner-icon="$search" max-width="260"></v-text-field>
  </v-app-bar>
  <v-main>
    <v-container style="max-width: 820px">
      <p class="rg-meta">Data Platform · Denver, CO or remote (US Mountain / Pacific)</p>
      <h1>Senior Data Engineer, Meter Data</h1>
      <p>Ravensgill meters read 4 million homes every fifteen minutes. Our utilities use that data to find leaks before the street floods. Join the team that keeps those reads flowing into the warehouse and the leak models on time.</p>
      <v-alert v-if="sent" id="rg-done" type="success" variant="tonal">Thank you — your application was sent.</v-alert>
      <v-card v-else class="pa-6" border flat>
        <v-form id="rg-form" @submit.prevent="submit">
          <h3>About you</h3>
          <v-row>
            <v-col cols="6"><v-text-field v-model="form.firstName" class="f-firstName" name="firstName" label="First name" :rules="req" variant="outlined"></v-text-field></v-col>
            <v-col cols="6"><v-text-field v-model="form.lastName" class="f-lastName" name="lastName" label="Last name" :rules="req" variant="outlined"></v-text-field></v-col>
            <v-col cols="6"><v-text-field v-model="form.email" class="f-email" name="email" type="email" label="Email" :rules="req" variant="outlined"></v-text-field></v-col>
            <v-col cols="6"><v-text-field v-model="form.phone" class="f-phone" name="phone" type="tel" label="Phone" placeholder="(555) 555-5555" persistent-placeholder maxlength="14" variant="outlined"></v-text-field></v-col>
            <v-col cols="6">
              <v-autocomplete v-model="form.country" class="f-country" name="country" label="Country of residence" :items="COUNTRIES" item-title="title" item-value="value" :item-props="countryProps" variant="outlined">
                <template #item="{ props, item }">
                  <v-list-item v-bind="props"><template #prepend><v-avatar size="28" color="blue-grey-lighten-4" class="rg-initials">{{ item.raw.code }}</v-avatar></template></v-list-item>
                </template>
              </v-autocomplete>
            </v-col>
            <v-col cols="6">
              <v-select v-model="form.state" class="f-state" name="state" label="State / territory" :items="STATE_ITEMS" variant="outlined"></v-select>
            </v-col>
            <v-col cols="6">
              <v-combobox v-model="form.city" class="f-city" name="city" label="City" :items="CITIES" variant="outlined">
                <template #no-data><v-list-item><v-list-item-title>No match — press Enter to keep what you typed</v-list-item-title></v-list-item></template>
              </v-combobox>
            </v-col>
            <v-col cols="6"><v-text-field v-model="form.linkedin" class="f-linkedin" name="linkedin" label="LinkedIn URL" variant="outlined"></v-text-field></v-col>
          </v-row>

          <h3>Experience</h3>
          <v-row>
            <v-col cols="6">
              <v-combobox v-model="form.employer" class="f-employer" name="employer" label="Current employer" :items="EMPLOYERS" variant="outlined">
                <template #no-data><v-list-item><v-list-item-title>Not in the list — press Enter to use your text</v-list-item-title></v-list-item></template>
              </v-combobox>
            </v-col>
            <v-col cols="6"><v-text-field v-model="form.jobTitle" class="f-jobTitle" name="jobTitle" label="Current job title" variant="outlined"></v-text-field></v-col>
          </v-row>
          <div class="rg-q" id="rg-years-label">How many years of professional experience do you have?</div>
          <v-item-group v-model="form.years" class="f-years rg-cards" selected-class="rg-card--on">
            <v-item v-for="[range, tag] in YEARS" :key="range" :value="range" v-slot="{ selectedClass, toggle }">
              <v-card :class="['rg-card', selectedClass]" border flat @click="toggle"><div class="rg-range">{{ range }}</div><div class="rg-tag">{{ tag }}</div></v-card>
            </v-item>
          </v-item-group>
          <v-row class="mt-2">
            <v-col cols="6"><v-select v-model="form.degree" class="f-degree" name="degree" label="Highest level of education" :items="DEGREES" item-title="title" item-value="value" :item-props="(d) => ({ title: d.title, subtitle: d.subtitle })" variant="outlined"></v-select></v-col>
            <v-col cols="6"><v-autocomplete v-model="form.school" class="f-school" name="school" label="School" :items="SCHOOLS" variant="outlined"></v-autocomplete></v-col>
            <v-col cols="6"><v-select v-model="form.gradYear" class="f-gradYear" name="gradYear" label="Year of graduation" :items="GRAD_YEARS" variant="outlined" clearable></v-select></v-col>
            <v-col cols="6"><v-autocomplete v-model="form.languages" class="f-languages" name="languages" label="Languages you speak" :items="LANGUAGES" multiple chips closable-chips variant="outlined"></v-autocomplete></v-col>
          </v-row>

          <h3>Work authorization and pay</h3>
          <v-radio-group v-model="form.authorized" class="f-authorized" name="authorized" label="Are you legally authorized to work in the United States?" inline :rules="req">
            <v-radio value="yes" label="Yes"></v-radio>
            <v-radio value="no" label="No"></v-radio>
          </v-radio-group>
          <v-radio-group v-model="form.sponsorship" class="f-sponsorship rg-radio-cards" name="sponsorship" label="Will you need sponsorship for a work visa?" :rules="req">
            <v-radio value="no"><template #label><div><strong>No</strong><div class="rg-tag">Not now and not in the future</div></div></template></v-radio>
            <v-radio value="yes"><template #label><div><strong>Yes</strong><div class="rg-tag">Now or at some point (H-1B, TN, OPT extension…)</div></div></template></v-radio>
          </v-radio-group>
          <v-row>
            <v-col cols="6"><v-number-input v-model="form.salary" class="f-salary" name="salary" label="Expected annual base salary" prefix="$" :min="0" :step="1000" control-variant="stacked" variant="outlined" hint="US dollars per year" persistent-hint></v-number-input></v-col>
            <v-col cols="6"><v-text-field v-model="form.startMonth" class="f-startMonth" name="startMonth" type="month" label="Available from (month)" variant="outlined"></v-text-field></v-col>
          </v-row>

          <h3>Documents</h3>
          <v-file-input v-model="form.resume" class="f-resume" name="resume" label="Resume" accept=".pdf,.doc,.docx" variant="outlined" prepend-icon="" prepend-inner-icon="$paperclip" :rules="req"></v-file-input>
          <v-file-input v-model="form.documents" class="f-documents" name="documents" label="Other documents (certifications, transcripts)" multiple chips counter variant="outlined" prepend-icon="" prepend-inner-icon="$paperclip"></v-file-input>
          <v-textarea v-model="form.coverLetter" class="f-coverLetter" name="coverLetter" label="Cover letter (optional)" counter="4000" rows="5" variant="outlined"></v-textarea>

          <h3>About this role</h3>
          <v-radio-group v-model="form.q_employed" class="f-q_employed" name="q_employed" label="Are you currently employed?" inline>
            <v-radio value="Yes" label="Yes"></v-radio><v-radio value="No" label="No"></v-radio>
          </v-radio-group>
          <v-select v-model="form.q_fieldwork" class="f-q_fieldwork" name="q_fieldwork" label="Twice a year we ride along with meter crews. Is that something you'd enjoy?" :items="['Yes', 'Maybe', 'No']" variant="outlined"></v-select>
          <v-textarea v-model="form.q_meters" class="f-q_meters" name="q_meters" label="What is the messiest time-series data you have cleaned, and how?" rows="3" variant="outlined"></v-textarea>

          <h3>Voluntary</h3>
          <v-row>
            <v-col cols="6"><v-select v-model="form.heard" class="f-heard" name="heard" label="How did you hear about us?" :items="HEARD" variant="outlined" clearable></v-select></v-col>
            <v-col cols="6"><v-select v-model="form.gender" class="f-gender" name="gender" label="Gender" :items="GENDER" variant="outlined" clearable></v-select></v-col>
          </v-row>
          <v-checkbox v-model="form.consent" class="f-consent" name="consent" label="I consent to Ravensgill storing my application for recruiting." :rules="[(v) => !!v || 'Required']"></v-checkbox>
          <v-btn type="submit" id="rg-submit" color="primary" size="large">Submit application</v-btn>
        </v-form>
      </v-card>
      <v-card class="mt-6 pa-4" border flat>
        <div class="rg-q">Not the right job? Get new openings by email.</div>
        <v-text-field v-model="alertEmail" id="rg-alert" class="f-alert" label="Email for job alerts" density="compact" variant="outlined" hide-details></v-text-field>
      </v-card>
      <pre id="model">{{ model() }}</pre>
    </v-container>
  </v-main>
</v-app>
`,
};

createApp(App).use(createVuetify({ components, directives })).mount('#app-root');
