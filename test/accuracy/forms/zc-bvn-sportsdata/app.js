/*
 * A sports-data company's careers page in Vue 3 + BootstrapVue Next 1.2 (Bootstrap 5), written the
 * way the BootstrapVue Next docs show each component: BNavbar with a search form and a "Candidate
 * login" button, BForm of BFormGroups (label-for + description; groups without label-for render a
 * fieldset and legend), BFormInput, a phone BInputGroup whose prepend is a BDropdown of calling
 * codes ("US +1"), BFormSelect with a disabled "Please select an option" first entry (state names
 * with USPS values, "6-9 years", sentence sponsorship answers), BFormRadioGroup (stacked, and
 * button-style Yes / No), BAutocomplete for the school (teleported listbox), BDatePicker (Reka
 * date picker: segments + a calendar popover), "https://" and "$" / "per year" input-group
 * add-ons, BFormSpinbutton, BFormTags, two BFormFiles, BFormCheckboxGroup switches and
 * BFormCheckbox. State in reactive(), rendered into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import * as B from 'bootstrap-vue-next';
import 'bootstrap5/dist/css/bootstrap.min.css';
import 'bootstrap-vue-next/dist/bootstrap-vue-next.css';

const STATES = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'],
  ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'],
  ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'],
  ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'],
  ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'],
  ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'],
  ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'],
  ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'],
  ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
].map(([value, text]) => ({ value, text }));

const SCHOOLS = [
  'Arizona State University', 'Boston University', 'Carnegie Mellon University', 'Georgia Institute of Technology',
  'Northeastern University', 'Ohio State University', 'Purdue University', 'Stanford University',
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
  'University of Michigan', 'University of Texas at Austin', 'University of Washington', 'Other',
];

const DIAL_CODES = [
  { code: 'US', dial: '+1', text: 'US +1' },
  { code: 'CA', dial: '+1', text: 'CA +1' },
  { code: 'GB', dial: '+44', text: 'UK +44' },
  { code: 'AU', dial: '+61', text: 'AU +61' },
  { code: 'IN', dial: '+91', text: 'IN +91' },
];

const App = {
  components: { ...B },
  setup() {
    const form = reactive({
      firstName: '', lastName: '', preferredName: '', email: '', dialCode: 'US', phone: '', street: '', city: '', state: null, zip: '',
      linkedin: '', employer: '', title: '', years: null, reports: 0, education: null, school: null, authorized: null,
      sponsorship: null, startDate: null, salary: '', skills: [], leagues: [], resume: null, coverLetter: null, source: null,
      consent: false, sms: false,
    });
    const submitted = ref(false);
    const dial = () => DIAL_CODES.find((d) => d.code === form.dialCode);
    const model = document.getElementById('model');
    watch(form, (v) => {
      model.textContent = JSON.stringify({
        ...v,
        startDate: v.startDate ? v.startDate.toString() : null,
        resume: v.resume ? v.resume.name : null,
        coverLetter: v.coverLetter ? v.coverLetter.name : null,
      }, null, 2);
    }, { deep: true, immediate: true });
    const onSubmit = (event) => {
      event.preventDefault();
      if (form.firstName && form.lastName && form.email && form.resume && form.consent) submitted.value = true;
    };
    return {
      form, submitted, onSubmit, dial, DIAL_CODES, SCHOOLS,
      stateOptions: [{ value: null, text: 'Please select an option', disabled: true }, ...STATES],
      yearOptions: [
        { value: null, text: 'Please select an option', disabled: true },
        { value: '0-2', text: '0-2 years' }, { value: '3-5', text: '3-5 years' }, { value: '6-9', text: '6-9 years' }, { value: '10+', text: '10+ years' },
      ],
      educationOptions: [
        { value: 'hs', text: 'High school diploma or GED' }, { value: 'some', text: 'Some college' }, { value: 'assoc', text: "Associate's degree" },
        { value: 'ba', text: "Bachelor's degree" }, { value: 'ma', text: "Master's degree" }, { value: 'phd', text: 'Doctorate' },
      ],
      sponsorshipOptions: [
        { value: null, text: 'Please select an option', disabled: true },
        { value: 'no', text: 'No, I do not require sponsorship' },
        { value: 'yes', text: 'Yes, I will require sponsorship (now or in the future)' },
      ],
      sourceOptions: [
        { value: null, text: 'Please select an option', disabled: true },
        'LinkedIn', 'Pitchline blog or podcast', 'Sloan Sports Analytics Conference', 'Referral', 'Other',
      ],
      leagueOptions: ['NFL', 'NBA', 'MLB', 'NHL', 'MLS', 'Premier League', 'NCAA'],
    };
  },
  template: `
  <BNavbar variant="dark" v-b-color-mode="'dark'" toggleable="lg" class="px-4">
    <BNavbarBrand href="#">PITCHLINE <small class="text-secondary">careers</small></BNavbarBrand>
    <BNavbarNav>
      <BNavItem href="#teams">Teams</BNavItem>
      <BNavItem href="#benefits">Benefits</BNavItem>
    </BNavbarNav>
    <BNavbarNav class="ms-auto align-items-center gap-2">
      <BNavForm class="d-flex" @submit.prevent>
        <BFormInput id="nav-search" name="search" size="sm" class="me-2" placeholder="Search roles" />
        <BButton size="sm" variant="outline-light" type="submit">Search</BButton>
      </BNavForm>
      <BButton size="sm" variant="light">Candidate login</BButton>
    </BNavbarNav>
  </BNavbar>

  <BContainer class="py-4" style="max-width: 860px">
    <p class="text-secondary mb-1">Data Platform · New York, NY or Remote (US)</p>
    <h1 class="h2">Senior Data Engineer</h1>
    <p>Pitchline ingests tracking, betting and broadcast data from 40 leagues in real time. Join the team that keeps
      those feeds flowing to sportsbooks, media partners and 22 pro teams.</p>

    <BAlert v-if="submitted" :model-value="true" variant="success" id="application-submitted">
      Application submitted — thanks! We'll email you within a week.
    </BAlert>

    <BCard v-else title="Apply for this position" class="shadow-sm">
      <BForm id="apply-form" @submit="onSubmit" novalidate>
        <BRow>
          <BCol md="6">
            <BFormGroup id="input-group-1" label="Legal first name:" label-for="input-first-name">
              <BFormInput id="input-first-name" name="first_name" v-model="form.firstName" required />
            </BFormGroup>
          </BCol>
          <BCol md="6">
            <BFormGroup id="input-group-2" label="Legal last name:" label-for="input-last-name">
              <BFormInput id="input-last-name" name="last_name" v-model="form.lastName" required />
            </BFormGroup>
          </BCol>
        </BRow>
        <BFormGroup id="input-group-3" label="Preferred name (optional):" label-for="input-preferred-name" class="mt-3">
          <BFormInput id="input-preferred-name" name="preferred_name" v-model="form.preferredName" />
        </BFormGroup>
        <BFormGroup id="input-group-4" label="Email address:" label-for="input-email" description="We'll never share your email with anyone else." class="mt-3">
          <BFormInput id="input-email" name="email" type="email" v-model="form.email" placeholder="Enter email" required />
        </BFormGroup>
        <BFormGroup id="input-group-5" label="Mobile phone:" label-for="input-phone" class="mt-3">
          <BInputGroup>
            <template #prepend>
              <BDropdown :text="dial().text" variant="outline-secondary" id="dial-code">
                <BDropdownItem v-for="d in DIAL_CODES" :key="d.code" @click="form.dialCode = d.code">{{ d.text }}</BDropdownItem>
              </BDropdown>
            </template>
            <BFormInput id="input-phone" name="phone" type="tel" v-model="form.phone" placeholder="555-555-5555" />
          </BInputGroup>
        </BFormGroup>

        <h2 class="h5 mt-4">Home address</h2>
        <BFormGroup label="Street address:" label-for="input-street">
          <BFormInput id="input-street" name="street" v-model="form.street" autocomplete="street-address" />
        </BFormGroup>
        <BRow class="mt-3">
          <BCol md="5">
            <BFormGroup label="City:" label-for="input-city">
              <BFormInput id="input-city" name="city" v-model="form.city" />
            </BFormGroup>
          </BCol>
          <BCol md="4">
            <BFormGroup label="State:" label-for="input-state">
              <BFormSelect id="input-state" name="state" v-model="form.state" :options="stateOptions" />
            </BFormGroup>
          </BCol>
          <BCol md="3">
            <BFormGroup label="ZIP code:" label-for="input-zip">
              <BFormInput id="input-zip" name="zip" v-model="form.zip" maxlength="10" />
            </BFormGroup>
          </BCol>
        </BRow>

        <h2 class="h5 mt-4">Background</h2>
        <BFormGroup label="LinkedIn profile:" label-for="input-linkedin">
          <BInputGroup prepend="https://">
            <BFormInput id="input-linkedin" name="linkedin" v-model="form.linkedin" placeholder="www.linkedin.com/in/your-name" />
          </BInputGroup>
        </BFormGroup>
        <BRow class="mt-3">
          <BCol md="6">
            <BFormGroup label="Current employer:" label-for="input-employer">
              <BFormInput id="input-employer" name="employer" v-model="form.employer" />
            </BFormGroup>
          </BCol>
          <BCol md="6">
            <BFormGroup label="Current job title:" label-for="input-title">
              <BFormInput id="input-title" name="title" v-model="form.title" />
            </BFormGroup>
          </BCol>
        </BRow>
        <BRow class="mt-3">
          <BCol md="6">
            <BFormGroup label="Years of data engineering experience:" label-for="input-years">
              <BFormSelect id="input-years" name="years" v-model="form.years" :options="yearOptions" />
            </BFormGroup>
          </BCol>
          <BCol md="6">
            <BFormGroup label="How many people do you manage today?" label-for="input-reports" description="Direct reports only. Leave at 0 if none.">
              <BFormSpinbutton id="input-reports" name="reports" v-model="form.reports" min="0" max="50" />
            </BFormGroup>
          </BCol>
        </BRow>
        <BFormGroup label="Highest level of education:" class="mt-3" id="group-education">
          <BFormRadioGroup v-model="form.education" :options="educationOptions" name="education" stacked />
        </BFormGroup>
        <BFormGroup label="School or university:" label-for="input-school" class="mt-3" description="Start typing to search.">
          <BAutocomplete id="input-school" name="school" v-model="form.school" :options="SCHOOLS" placeholder="Search schools" />
        </BFormGroup>
        <BFormGroup label="Technical skills:" label-for="input-skills" class="mt-3" description="Type a skill and press enter.">
          <BFormTags input-id="input-skills" v-model="form.skills" name="skills" placeholder="Add skill..." />
        </BFormGroup>

        <h2 class="h5 mt-4">Work eligibility</h2>
        <BFormGroup label="Are you legally authorized to work in the United States?" id="group-authorized">
          <BFormRadioGroup v-model="form.authorized" :options="[{ text: 'Yes', value: 'yes' }, { text: 'No', value: 'no' }]"
                           name="authorized" buttons button-variant="outline-primary" />
        </BFormGroup>
        <BFormGroup label="Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)?" label-for="input-sponsorship" class="mt-3">
          <BFormSelect id="input-sponsorship" name="sponsorship" v-model="form.sponsorship" :options="sponsorshipOptions" />
        </BFormGroup>
        <BRow class="mt-3">
          <BCol md="6">
            <BFormGroup label="Earliest start date:" label-for="input-start-date">
              <BDatePicker id="input-start-date" name="start_date" v-model="form.startDate" locale="en-US" />
            </BFormGroup>
          </BCol>
          <BCol md="6">
            <BFormGroup label="Base salary expectation:" label-for="input-salary">
              <BInputGroup prepend="$" append="per year">
                <BFormInput id="input-salary" name="salary" type="number" v-model="form.salary" />
              </BInputGroup>
            </BFormGroup>
          </BCol>
        </BRow>

        <h2 class="h5 mt-4">Documents</h2>
        <BFormGroup label-for="input-resume">
          <BFormFile id="input-resume" name="resume" v-model="form.resume" label="Resume" accept=".pdf,.doc,.docx" />
        </BFormGroup>
        <BFormGroup label-for="input-cover-letter" class="mt-3">
          <BFormFile id="input-cover-letter" name="cover_letter" v-model="form.coverLetter" label="Cover letter (optional)" accept=".pdf,.doc,.docx,.txt" />
        </BFormGroup>

        <h2 class="h5 mt-4">Almost done</h2>
        <BFormGroup label="Which leagues do you follow most closely?" id="group-leagues">
          <BFormCheckboxGroup v-model="form.leagues" :options="leagueOptions" name="leagues" switches />
        </BFormGroup>
        <BFormGroup label="How did you hear about Pitchline?" label-for="input-source" class="mt-3">
          <BFormSelect id="input-source" name="source" v-model="form.source" :options="sourceOptions" />
        </BFormGroup>
        <BFormCheckbox id="checkbox-consent" name="consent" v-model="form.consent" class="mt-3">
          I consent to Pitchline storing my application data for 24 months.
        </BFormCheckbox>
        <BFormCheckbox id="checkbox-sms" name="sms" v-model="form.sms" switch class="mt-2">
          Text me updates about my application
        </BFormCheckbox>
        <div class="mt-4 d-flex gap-2">
          <BButton type="submit" variant="primary" id="submit-application">Submit</BButton>
          <BButton type="reset" variant="danger">Reset</BButton>
        </div>
      </BForm>
    </BCard>
  </BContainer>`,
};

const app = createApp(App);
app.use(B.createBootstrap());
app.directive('b-color-mode', B.vBColorMode);
app.mount('#app');
