/*
 * Tallowmere Health, a regional hospital network's careers site, one template for every posting:
 * Vue 3 + BootstrapVue Next 1.2 (Bootstrap 5) composed as its docs show each component. A BNavbar
 * with a job-search BFormInput and a "Sign in" button; a BForm of BFormGroups (label-for, or a
 * fieldset + legend for groups of choices); "Legal first name" / "Legal last name" beside a
 * "Preferred name" to leave alone; a mobile BInputGroup whose prepend is a fixed "+1" (maxlength 10,
 * "10 digits, no spaces"); State as a BFormSelect with optgroups (States / Territories and military
 * addresses, USPS values); Country BFormSelect over world-countries; years of experience as a
 * button-style BFormRadioGroup of the posting's buckets; a LinkedIn BInputGroup with a fixed
 * "https://"; BFormFile résumé (its label points at the Browse button); a pasted cover letter in a
 * BFormTextarea; "Bachelor’s degree (BA, BS, BSc)" with a typographic apostrophe; a stacked
 * Yes / No authorization BFormRadioGroup; sponsorship as sentence options; Earliest start date as a
 * BDateField (Reka date-field segments, no popover); "$ … per year" salary; pronouns; the posting's
 * own questions; voluntary self-identification, "how did you hear", "worked here before?", BFormTags
 * skills, a job-alert switch, the certification checkbox, a footer newsletter. State in reactive(),
 * rendered into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import * as B from 'bootstrap-vue-next';
import 'bootstrap5/dist/css/bootstrap.min.css';
import 'bootstrap-vue-next/dist/bootstrap-vue-next.css';
import worldCountries from 'world-countries';

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
const TERRITORIES = [
  ['AS', 'American Samoa'], ['GU', 'Guam'], ['MP', 'Northern Mariana Islands'], ['PR', 'Puerto Rico'],
  ['VI', 'U.S. Virgin Islands'], ['AA', 'Armed Forces Americas'], ['AE', 'Armed Forces Europe'], ['AP', 'Armed Forces Pacific'],
].map(([value, text]) => ({ value, text }));
const COUNTRIES = worldCountries
  .map((c) => ({ value: c.cca3, text: c.name.common }))
  .sort((a, b) => a.text.localeCompare(b.text));

const PLEASE = { value: null, text: '-- Select --' };

export function mountApplication(job) {
  const App = {
    components: { ...B },
    setup() {
      const form = reactive({
        legalFirstName: '', legalLastName: '', preferredName: '', email: '', mobile: '', street: '', city: '',
        state: null, zip: '', country: null, employer: '', jobTitle: '', years: null, linkedin: '', resume: null,
        coverLetter: '', education: null, authorized: null, sponsorship: null, startDate: null,
        salary: '', pronouns: null,
        ...Object.fromEntries(job.questions.map((q) => [q.key, q.type === 'checkboxes' ? [] : q.type === 'textarea' ? '' : null])),
        gender: null, veteran: null, source: null, formerEmployee: null, skills: [], jobAlerts: false, certify: false,
      });
      const search = ref('');
      const newsletter = ref('');
      const submitted = ref(false);
      const model = document.getElementById('model');
      watch(form, (v) => {
        model.textContent = JSON.stringify({
          ...v,
          startDate: v.startDate ? v.startDate.toString() : null,
          resume: v.resume ? v.resume.name : null,
        }, null, 2);
      }, { deep: true, immediate: true });
      const onSubmit = (event) => {
        event.preventDefault();
        if (form.legalFirstName && form.legalLastName && form.email && form.resume && form.certify) submitted.value = true;
      };
      const opts = (list) => list.map((text) => ({ value: text, text }));
      return {
        form, search, newsletter, submitted, onSubmit, job, opts,
        stateOptions: [PLEASE, { label: 'States', options: STATES }, { label: 'Territories and military addresses', options: TERRITORIES }],
        countryOptions: [PLEASE, ...COUNTRIES],
        educationOptions: [PLEASE, ...opts(['High school diploma or GED', 'Some college, no degree', 'Associate degree (AA, AS)',
          'Bachelor’s degree (BA, BS, BSc)', 'Master’s degree (MA, MS, MBA, MPH)', 'Doctorate (PhD, MD, DNP, JD)'])],
        sponsorshipOptions: [PLEASE, ...opts(['Yes, I will need Tallowmere Health to sponsor a visa',
          'No, I will not need sponsorship now or in the future', 'I am not sure'])],
        pronounOptions: [PLEASE, ...opts(['she/her/hers', 'he/him/his', 'they/them/theirs', 'ze/zir', 'I use another set of pronouns', 'I prefer not to say'])],
        genderOptions: [PLEASE, ...opts(['Female', 'Male', 'Non-binary', 'I decline to self-identify'])],
        veteranOptions: opts(['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify']),
        sourceOptions: [PLEASE, ...opts(['Tallowmere Health website', 'LinkedIn', 'Indeed', 'Employee referral', 'Career fair', 'Other'])],
        formerOptions: opts(['Yes', 'No']),
        yesNo: opts(['Yes', 'No']),
      };
    },
    template: `
      <BNavbar variant="dark" v-b-color-mode="'dark'" class="bg-dark px-3" toggleable="lg">
        <BNavbarBrand href="#">Tallowmere Health · Careers</BNavbarBrand>
        <BNavbarNav class="ms-auto align-items-center">
          <BNavForm class="d-flex me-2" role="search" @submit.prevent>
            <BFormInput id="nav-search" v-model="search" size="sm" type="search" placeholder="Search jobs, locations" aria-label="Search jobs" />
            <BButton size="sm" variant="outline-light" class="ms-1" type="submit">Search</BButton>
          </BNavForm>
          <BButton size="sm" variant="light">Sign in</BButton>
        </BNavbarNav>
      </BNavbar>
      <BContainer class="py-4" style="max-width: 820px">
        <p class="text-muted mb-1">{{ job.department }} · {{ job.location }} · Req {{ job.req }}</p>
        <h1 class="h3">{{ job.title }}</h1>
        <p>{{ job.blurb }}</p>
        <BAlert v-if="submitted" id="application-done" :model-value="true" variant="success">Thank you — your application was received.</BAlert>
        <BForm v-else id="apply-form" novalidate @submit="onSubmit">
          <h2 class="h5 mt-4">Contact information</h2>
          <BRow>
            <BCol md="6"><BFormGroup label="Legal first name *" label-for="input-1"><BFormInput id="input-1" name="legalFirstName" v-model="form.legalFirstName" autocomplete="off" required /></BFormGroup></BCol>
            <BCol md="6"><BFormGroup label="Legal last name *" label-for="input-2"><BFormInput id="input-2" name="legalLastName" v-model="form.legalLastName" autocomplete="off" required /></BFormGroup></BCol>
          </BRow>
          <BFormGroup label="Preferred name" label-for="input-3" description="Only if different from your legal first name."><BFormInput id="input-3" name="preferredName" v-model="form.preferredName" /></BFormGroup>
          <BFormGroup label="Email address *" label-for="input-4"><BFormInput id="input-4" name="email" type="email" v-model="form.email" required /></BFormGroup>
          <BFormGroup label="Mobile phone *" label-for="input-5" description="10 digits, no spaces or dashes.">
            <BInputGroup prepend="+1"><BFormInput id="input-5" name="mobile" type="tel" maxlength="10" inputmode="numeric" v-model="form.mobile" /></BInputGroup>
          </BFormGroup>
          <BFormGroup label="Street address" label-for="input-6"><BFormInput id="input-6" name="street" v-model="form.street" /></BFormGroup>
          <BRow>
            <BCol md="5"><BFormGroup label="City" label-for="input-7"><BFormInput id="input-7" name="city" v-model="form.city" /></BFormGroup></BCol>
            <BCol md="4"><BFormGroup label="State" label-for="input-8"><BFormSelect id="input-8" name="state" v-model="form.state" :options="stateOptions" /></BFormGroup></BCol>
            <BCol md="3"><BFormGroup label="ZIP code" label-for="input-9"><BFormInput id="input-9" name="zip" v-model="form.zip" maxlength="10" /></BFormGroup></BCol>
          </BRow>
          <BFormGroup label="Country *" label-for="input-10"><BFormSelect id="input-10" name="country" v-model="form.country" :options="countryOptions" /></BFormGroup>

          <h2 class="h5 mt-4">Experience and education</h2>
          <BRow>
            <BCol md="6"><BFormGroup label="Current or most recent employer" label-for="input-11"><BFormInput id="input-11" name="employer" v-model="form.employer" /></BFormGroup></BCol>
            <BCol md="6"><BFormGroup label="Job title" label-for="input-12"><BFormInput id="input-12" name="jobTitle" v-model="form.jobTitle" /></BFormGroup></BCol>
          </BRow>
          <BFormGroup label="Years of professional experience *" v-slot="{ ariaDescribedby }">
            <BFormRadioGroup id="input-13" name="years" v-model="form.years" :options="opts(job.yearBuckets)" buttons button-variant="outline-secondary" :aria-describedby="ariaDescribedby" />
          </BFormGroup>
          <BFormGroup label="LinkedIn profile" label-for="input-14">
            <BInputGroup prepend="https://"><BFormInput id="input-14" name="linkedin" v-model="form.linkedin" placeholder="www.linkedin.com/in/your-name" /></BInputGroup>
          </BFormGroup>
          <BFormGroup label="Résumé / CV *" label-for="input-15" description="PDF or Word, up to 5 MB.">
            <BFormFile id="input-15" name="resume" v-model="form.resume" accept=".pdf,.doc,.docx" placeholder="No file chosen" />
          </BFormGroup>
          <BFormGroup label="Cover letter" label-for="input-16" description="Optional. Paste your letter here.">
            <BFormTextarea id="input-16" name="coverLetter" v-model="form.coverLetter" rows="5" />
          </BFormGroup>
          <BFormGroup label="Highest level of education completed" label-for="input-17"><BFormSelect id="input-17" name="education" v-model="form.education" :options="educationOptions" /></BFormGroup>

          <h2 class="h5 mt-4">Eligibility and availability</h2>
          <BFormGroup label="Are you legally authorized to work in the United States? *" v-slot="{ ariaDescribedby }">
            <BFormRadioGroup id="input-19" name="authorized" v-model="form.authorized" :options="yesNo" stacked :aria-describedby="ariaDescribedby" />
          </BFormGroup>
          <BFormGroup label="Will you now or in the future require sponsorship for an employment visa (e.g. H-1B)? *" label-for="input-20">
            <BFormSelect id="input-20" name="sponsorship" v-model="form.sponsorship" :options="sponsorshipOptions" />
          </BFormGroup>
          <BRow>
            <BCol md="6"><BFormGroup label="Earliest start date" label-for="input-21" description="Month / day / year">
              <BDateField id="input-21" name="startDate" v-model="form.startDate" locale="en-US" />
            </BFormGroup></BCol>
            <BCol md="6"><BFormGroup label="Desired base salary" label-for="input-22">
              <BInputGroup prepend="$" append="per year"><BFormInput id="input-22" name="salary" type="number" min="0" step="1000" v-model="form.salary" /></BInputGroup>
            </BFormGroup></BCol>
          </BRow>
          <BFormGroup label="Pronouns" label-for="input-23" description="Optional. Tell us how to address you.">
            <BFormSelect id="input-23" name="pronouns" v-model="form.pronouns" :options="pronounOptions" />
          </BFormGroup>

          <h2 class="h5 mt-4">Questions about this role</h2>
          <template v-for="q in job.questions" :key="q.key">
            <BFormGroup v-if="q.type === 'radio' || q.type === 'checkboxes'" :label="q.label" v-slot="{ ariaDescribedby }">
              <BFormRadioGroup v-if="q.type === 'radio'" :id="'q-' + q.key" :name="q.key" v-model="form[q.key]" :options="opts(q.options)" stacked :aria-describedby="ariaDescribedby" />
              <BFormCheckboxGroup v-else :id="'q-' + q.key" :name="q.key" v-model="form[q.key]" :options="opts(q.options)" stacked :aria-describedby="ariaDescribedby" />
            </BFormGroup>
            <BFormGroup v-else :label="q.label" :label-for="'q-' + q.key">
              <BFormSelect v-if="q.type === 'select'" :id="'q-' + q.key" :name="q.key" v-model="form[q.key]" :options="[{ value: null, text: '-- Select --' }, ...opts(q.options)]" />
              <BFormTextarea v-else :id="'q-' + q.key" :name="q.key" v-model="form[q.key]" rows="3" />
            </BFormGroup>
          </template>
          <BFormGroup label="Have you worked for Tallowmere Health or one of its clinics before?" v-slot="{ ariaDescribedby }">
            <BFormRadioGroup id="input-24" name="formerEmployee" v-model="form.formerEmployee" :options="formerOptions" :aria-describedby="ariaDescribedby" />
          </BFormGroup>
          <BFormGroup label="How did you hear about this opening?" label-for="input-25">
            <BFormSelect id="input-25" name="source" v-model="form.source" :options="sourceOptions" />
          </BFormGroup>
          <BFormGroup label="Skills" label-for="input-26" description="Type a skill and press Enter.">
            <BFormTags input-id="input-26" name="skills" v-model="form.skills" placeholder="Add skill..." />
          </BFormGroup>

          <h2 class="h5 mt-4">Voluntary self-identification</h2>
          <p class="small text-muted">Completing this section is voluntary and will not affect your application.</p>
          <BFormGroup label="Gender" label-for="input-27"><BFormSelect id="input-27" name="gender" v-model="form.gender" :options="genderOptions" /></BFormGroup>
          <BFormGroup label="Veteran status" v-slot="{ ariaDescribedby }">
            <BFormRadioGroup id="input-28" name="veteran" v-model="form.veteran" :options="veteranOptions" stacked :aria-describedby="ariaDescribedby" />
          </BFormGroup>

          <BFormCheckbox id="input-29" name="jobAlerts" v-model="form.jobAlerts" switch class="mt-3">Email me new {{ job.department }} openings</BFormCheckbox>
          <BFormCheckbox id="input-30" name="certify" v-model="form.certify" class="mt-2">I certify that the information in this application is true and complete. *</BFormCheckbox>
          <BButton id="apply-submit" type="submit" variant="primary" class="mt-3">Submit application</BButton>
        </BForm>
      </BContainer>
      <footer class="bg-light py-4 mt-4">
        <BContainer style="max-width: 820px">
          <BForm inline @submit.prevent class="d-flex gap-2 align-items-end">
            <BFormGroup label="Get Tallowmere Health news in your inbox" label-for="footer-news" class="mb-0 flex-grow-1">
              <BFormInput id="footer-news" name="newsletterEmail" type="email" v-model="newsletter" placeholder="you@example.com" />
            </BFormGroup>
            <BButton type="submit" variant="secondary">Subscribe</BButton>
          </BForm>
        </BContainer>
      </footer>
    `,
  };
  const app = createApp(App);
  app.use(B.createBootstrap());
  app.mount('#app');
}
