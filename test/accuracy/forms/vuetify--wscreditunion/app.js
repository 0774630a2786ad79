/*
 * Another posting of the Paylocity-style Vuetify application (Ridgewell Credit Union, Boise): the
 * same candidate fields; its own questions are an unrestricted-eligibility radio, a visa-petition
 * radio, a years v-select ("6 - 8 years"), currently employed, relocation to Boise, a background
 * check consent and a "why credit unions" essay.
 *
 * A Paylocity-style application on Vue 3 + Vuetify: outlined v-text-fields with floating labels,
 * a phone behind a "+1" prefix, the pay behind "$" and "/yr", v-selects whose menus open in the
 * overlay container at the end of <body> (the field shows the choice in a span, its input is
 * readonly), a v-autocomplete for the state, v-radio-groups, v-file-inputs for the resume and the
 * cover letter, a start date whose format is only in a persistent hint, a text-message opt-in
 * switch and a certification checkbox. The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import 'vuetify/styles';

const STATES = ['Arizona', 'California', 'Colorado', 'Idaho', 'Nevada', 'Oregon', 'Utah', 'Washington'];
const COUNTRIES = ['Canada', 'Mexico', 'United States of America'];
const YEARS = ['Less than 3 years', '3 - 5 years', '6 - 8 years', '9+ years'];
const EDUCATION = ['High School', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Doctorate'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', street: '', unit: '', city: '', state: null, zip: '', country: null, education: null,
      authorized: null, sponsorship: null, years: null, employed: null, relocate: null, backgroundCheck: null, pay: '', startDate: '', resume: null, coverLetter: null, whyCreditUnion: '', textUpdates: false, certify: false,
    });
    const sent = ref(false);
    const error = ref('');
    const fileName = (files) => (Array.isArray(files) ? files[0]?.name : files?.name) ?? null;
    const submit = () => {
      if (!form.firstName || !form.email || !fileName(form.resume) || !form.certify) { error.value = 'Please complete the required fields.'; return; }
      sent.value = true;
    };
    const model = () => JSON.stringify({ ...form, resume: fileName(form.resume), coverLetter: fileName(form.coverLetter) });
    return { form, sent, error, submit, model, STATES, COUNTRIES, EDUCATION, YEARS };
  },
  template: `
    <v-app>
      <v-main>
        <v-card class="pa-6" v-if="sent" id="pcty-done"><h2>Application submitted</h2><p>Thanks for applying to Ridgewell Credit Union.</p></v-card>
        <v-card class="pa-6" v-else>
          <h1 class="text-h5 mb-1">Data Platform Engineer</h1>
          <p class="text-medium-emphasis mb-4">Boise, ID · Hybrid · $118,000 – $152,000 / yr · Ridgewell serves 240,000 members across Idaho and eastern Oregon.</p>
          <v-form @submit.prevent="submit" id="pcty-form">
            <v-row dense>
              <v-col cols="6"><v-text-field v-model="form.firstName" label="First Name *" variant="outlined" class="f-firstName" /></v-col>
              <v-col cols="6"><v-text-field v-model="form.lastName" label="Last Name *" variant="outlined" class="f-lastName" /></v-col>
            </v-row>
            <v-text-field v-model="form.email" label="Email *" type="email" variant="outlined" class="f-email" />
            <v-text-field v-model="form.phone" label="Mobile Phone" prefix="+1" type="tel" variant="outlined" class="f-phone" />
            <v-text-field v-model="form.street" label="Street Address" variant="outlined" class="f-street" />
            <v-text-field v-model="form.unit" label="Apt / Unit" variant="outlined" class="f-unit" />
            <v-row dense>
              <v-col cols="5"><v-text-field v-model="form.city" label="City" variant="outlined" class="f-city" /></v-col>
              <v-col cols="4"><v-autocomplete v-model="form.state" :items="STATES" label="State" variant="outlined" class="f-state" /></v-col>
              <v-col cols="3"><v-text-field v-model="form.zip" label="ZIP" variant="outlined" class="f-zip" /></v-col>
            </v-row>
            <v-select v-model="form.country" :items="COUNTRIES" label="Country" variant="outlined" class="f-country" />
            <v-select v-model="form.education" :items="EDUCATION" label="Highest Level of Education" variant="outlined" class="f-education" />
            <v-radio-group v-model="form.authorized" label="Are you eligible to work in the United States without restriction?" inline class="f-authorized">
              <v-radio label="Yes" value="Y" /><v-radio label="No" value="N" />
            </v-radio-group>
            <v-radio-group v-model="form.sponsorship" label="Will you require Ridgewell to file a visa petition on your behalf, now or in the future?" inline class="f-sponsorship">
              <v-radio label="Yes" value="Y" /><v-radio label="No" value="N" />
            </v-radio-group>
            <v-select v-model="form.years" :items="YEARS" label="Years of data engineering experience" variant="outlined" class="f-years" />
            <v-radio-group v-model="form.employed" label="Are you currently employed?" inline class="f-employed">
              <v-radio label="Yes" value="Y" /><v-radio label="No" value="N" />
            </v-radio-group>
            <v-radio-group v-model="form.relocate" label="This role sits with our team in Boise three days a week. Are you willing to relocate?" inline class="f-relocate">
              <v-radio label="Yes" value="Y" /><v-radio label="No" value="N" /><v-radio label="I already live in the area" value="LOCAL" />
            </v-radio-group>
            <v-radio-group v-model="form.backgroundCheck" label="Offers are contingent on a credit and background check. Do you consent?" inline class="f-backgroundCheck">
              <v-radio label="Yes" value="Y" /><v-radio label="No" value="N" />
            </v-radio-group>
            <v-text-field v-model="form.pay" label="Desired Salary" prefix="$" suffix="/yr" variant="outlined" class="f-pay" />
            <v-text-field v-model="form.startDate" label="Available Start Date" hint="MM/DD/YYYY" persistent-hint variant="outlined" class="f-startDate mb-4" />
            <v-file-input v-model="form.resume" label="Resume *" accept=".pdf,.doc,.docx" variant="outlined" class="f-resume" />
            <v-file-input v-model="form.coverLetter" label="Cover Letter" accept=".pdf,.doc,.docx,.txt" variant="outlined" class="f-coverLetter" />
            <v-textarea v-model="form.whyCreditUnion" label="What draws you to working for a member-owned credit union?" variant="outlined" rows="3" class="f-whyCreditUnion" />
            <v-switch v-model="form.textUpdates" label="Send me text messages about my application status" color="primary" class="f-textUpdates" />
            <v-checkbox v-model="form.certify" label="I certify that the information I provided is true and complete. *" class="f-certify" />
            <p v-if="error" class="text-error" role="alert">{{ error }}</p>
            <v-btn type="submit" color="primary" class="pcty-submit">Submit Application</v-btn>
          </v-form>
          <pre id="model">{{ model() }}</pre>
        </v-card>
      </v-main>
    </v-app>`,
};

createApp(App).use(createVuetify({ components, directives })).mount('#app-root');
