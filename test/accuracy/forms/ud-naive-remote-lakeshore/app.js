/*
 * Lakeshore Children's Health (a Chicago pediatric hospital system) careers page on Vue 3 + Naive
 * UI. n-form with label-placement="top" (labels without `for`); the location and school n-selects
 * are filterable + remote (options from a search 300 ms after each keystroke, loading spinner,
 * clear-filter-after-select), country / state filterable n-selects, plain n-selects for degree,
 * years, pronouns, pay type and notice, n-radio-group of n-radio-buttons and of n-radios,
 * n-date-picker (type date, MM/dd/yyyy, formatted value), n-input-number with a "$" prefix,
 * n-upload (default-upload off) for the resume, n-switch / n-checkbox without native inputs.
 * Header search + "Sign in", footer newsletter. The posting's text and questions come from
 * posting.js; the form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import naive from 'naive-ui';
import { posting } from './posting.js';

const PLACES = ['San Francisco, CA', 'South San Francisco, CA', 'San Fernando, CA', 'San Diego, CA', 'Chicago, IL', 'Evanston, IL', 'Oak Park, IL', 'Milwaukee, WI', 'Seattle, WA', 'Austin, TX', 'New York, NY', 'Boston, MA'];
const SCHOOLS = ['University of California, Berkeley', 'University of California, San Francisco', 'University of California, Los Angeles', 'Berkeley City College', 'University of Chicago', 'Northwestern University', 'University of Illinois Urbana-Champaign', 'Loyola University Chicago', 'DePaul University', 'Stanford University', 'University of Michigan'];
const STATES = [['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['NY', 'New York'], ['OH', 'Ohio'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington'], ['WI', 'Wisconsin']].map(([value, label]) => ({ value, label }));
const COUNTRIES = [['CA', 'Canada'], ['MX', 'Mexico'], ['PR', 'Puerto Rico'], ['GB', 'United Kingdom'], ['US', 'United States of America'], ['UM', 'U.S. Minor Outlying Islands'], ['VI', 'U.S. Virgin Islands'], ['IN', 'India'], ['PH', 'Philippines']].map(([value, label]) => ({ value, label }));
const opts = (list) => list.map((label) => ({ label, value: label }));

function remote(all) {
  const options = ref([]);
  const loading = ref(false);
  let timer = 0;
  const onSearch = (query) => {
    clearTimeout(timer);
    if (!query.length) { options.value = []; return; }
    loading.value = true;
    timer = setTimeout(() => {
      options.value = opts(all.filter((v) => v.toLowerCase().includes(query.toLowerCase())));
      loading.value = false;
    }, 300);
  };
  return { options, loading, onSearch };
}

const App = {
  setup() {
    const answers = Object.fromEntries(posting.questions.map((q) => [q.key, null]));
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', location: null, state: null, country: null,
      linkedin: '', resume: [], employer: '', school: null, degree: null, years: null,
      authorized: null, sponsorship: null, employed: null, startDate: null, salary: null, payType: null, notice: null,
      ...answers, pronouns: null, coverLetter: '', source: null, gender: null, race: null, relocation: false, consent: false,
    });
    const places = remote(PLACES);
    const schools = remote(SCHOOLS);
    const search = ref('');
    const newsletter = ref('');
    const sent = ref(false);
    const onFiles = (list) => { form.resume = list.map((f) => f.name); };
    const model = () => JSON.stringify({ ...form, search: search.value, newsletter: newsletter.value }, null, 1);
    const submit = () => { if (form.email && form.consent && form.resume.length) sent.value = true; };
    return { form, places, schools, search, newsletter, sent, onFiles, model, submit, posting, STATES, COUNTRIES, opts };
  },
  template: `
    <n-config-provider>
      <n-layout>
        <n-layout-header bordered style="padding: 12px 24px; display: flex; gap: 12px; align-items: center">
          <strong style="flex: 1">Lakeshore Children's Health · Careers</strong>
          <n-input v-model:value="search" placeholder="Search jobs" :input-props="{ id: 'lk-search', name: 'q' }" style="width: 220px" clearable />
          <n-button quaternary id="lk-signin">Sign in</n-button>
        </n-layout-header>
        <n-layout-content content-style="max-width: 800px; margin: 0 auto; padding: 24px">
          <div style="color: #666">{{ posting.team }} · {{ posting.where }} · Req {{ posting.req }}</div>
          <h1>{{ posting.title }}</h1>
          <p v-for="p in posting.about" :key="p">{{ p }}</p>
          <n-result v-if="sent" id="lk-sent" status="success" title="Application submitted" description="Thank you for your interest in Lakeshore." />
          <n-form v-else id="lk-form" :model="form" label-placement="top" @submit.prevent="submit">
            <n-card title="Contact" style="margin-bottom: 16px">
              <div style="display: flex; gap: 16px">
                <n-form-item label="Legal first name" data-field="firstName" path="firstName" style="flex: 1" required><n-input v-model:value="form.firstName" placeholder="" /></n-form-item>
                <n-form-item label="Legal last name" data-field="lastName" path="lastName" style="flex: 1" required><n-input v-model:value="form.lastName" placeholder="" /></n-form-item>
              </div>
              <n-form-item label="Email" data-field="email" path="email" required><n-input v-model:value="form.email" placeholder="" /></n-form-item>
              <n-form-item label="Phone number" data-field="phone" path="phone" required><n-input v-model:value="form.phone" placeholder="(312) 555-0100" :maxlength="14" /></n-form-item>
              <n-form-item label="Current location" data-field="location" path="location" required>
                <n-select v-model:value="form.location" filterable remote clear-filter-after-select :options="places.options.value" :loading="places.loading.value" @search="places.onSearch" placeholder="Type to search cities" clearable />
              </n-form-item>
              <div style="display: flex; gap: 16px">
                <n-form-item label="State" data-field="state" path="state" style="flex: 1"><n-select v-model:value="form.state" filterable :options="STATES" placeholder="Select" /></n-form-item>
                <n-form-item label="Country" data-field="country" path="country" style="flex: 1"><n-select v-model:value="form.country" filterable :options="COUNTRIES" placeholder="Select" /></n-form-item>
              </div>
              <n-form-item label="LinkedIn profile URL" data-field="linkedin" path="linkedin"><n-input v-model:value="form.linkedin" placeholder="" /></n-form-item>
            </n-card>
            <n-card title="Experience & education" style="margin-bottom: 16px">
              <n-form-item label="Resume" data-field="resume" required>
                <n-upload :default-upload="false" accept=".pdf,.doc,.docx" :max="1" @update:file-list="onFiles"><n-button>Upload resume</n-button></n-upload>
              </n-form-item>
              <n-form-item label="Most recent employer" data-field="employer"><n-input v-model:value="form.employer" placeholder="" /></n-form-item>
              <n-form-item label="School" data-field="school">
                <n-select v-model:value="form.school" filterable remote :options="schools.options.value" :loading="schools.loading.value" @search="schools.onSearch" placeholder="Type to search schools" clearable />
              </n-form-item>
              <div style="display: flex; gap: 16px">
                <n-form-item label="Highest level of education" data-field="degree" style="flex: 1"><n-select v-model:value="form.degree" :options="opts(['High school / GED', 'Some college', 'Associate', 'Bachelor’s', 'Master’s', 'Doctorate'])" placeholder="Select" /></n-form-item>
                <n-form-item :label="posting.yearsLabel" data-field="years" style="flex: 1"><n-select v-model:value="form.years" :options="opts(posting.yearsOptions)" placeholder="Select" /></n-form-item>
              </div>
            </n-card>
            <n-card title="Eligibility" style="margin-bottom: 16px">
              <n-form-item label="Are you legally authorized to work in the United States?" data-field="authorized" required>
                <n-radio-group v-model:value="form.authorized" name="authorized"><n-radio-button value="yes" label="Yes" /><n-radio-button value="no" label="No" /></n-radio-group>
              </n-form-item>
              <n-form-item label="Will you now or in the future require Lakeshore to sponsor a visa (e.g. H-1B)?" data-field="sponsorship" required>
                <n-radio-group v-model:value="form.sponsorship" name="sponsorship"><n-space><n-radio value="yes">Yes</n-radio><n-radio value="no">No</n-radio></n-space></n-radio-group>
              </n-form-item>
              <n-form-item label="Are you currently employed?" data-field="employed">
                <n-radio-group v-model:value="form.employed" name="employed"><n-space><n-radio value="yes">Yes</n-radio><n-radio value="no">No</n-radio></n-space></n-radio-group>
              </n-form-item>
              <div style="display: flex; gap: 16px">
                <n-form-item label="Available start date" data-field="startDate" style="flex: 1"><n-date-picker v-model:formatted-value="form.startDate" value-format="yyyy-MM-dd" format="MM/dd/yyyy" type="date" placeholder="MM/DD/YYYY" style="width: 100%" clearable /></n-form-item>
                <n-form-item label="Notice period" data-field="notice" style="flex: 1"><n-select v-model:value="form.notice" :options="opts(['None', '1 week', '2 weeks', '3-4 weeks', 'More than 4 weeks'])" placeholder="Select" /></n-form-item>
              </div>
              <div style="display: flex; gap: 16px">
                <n-form-item label="Desired pay" data-field="salary" style="flex: 1"><n-input-number v-model:value="form.salary" :show-button="false" :min="0" placeholder="" style="width: 100%"><template #prefix>$</template></n-input-number></n-form-item>
                <n-form-item label="Pay type" data-field="payType" style="flex: 1"><n-select v-model:value="form.payType" :options="opts(['Hourly', 'Annual salary'])" placeholder="Select" /></n-form-item>
              </div>
              <n-form-item label="Open to relocating to Chicago?" data-field="relocation"><n-switch v-model:value="form.relocation" /></n-form-item>
              <n-form-item v-for="q in posting.questions" :key="q.key" :label="q.label" :data-field="q.key">
                <n-select v-if="q.type === 'select'" v-model:value="form[q.key]" :options="opts(q.options)" placeholder="Select" />
                <n-radio-group v-else v-model:value="form[q.key]" :name="q.key"><n-space><n-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</n-radio></n-space></n-radio-group>
              </n-form-item>
            </n-card>
            <n-card title="A little more" style="margin-bottom: 16px">
              <n-form-item label="Pronouns" data-field="pronouns"><n-select v-model:value="form.pronouns" :options="opts(['she/her', 'he/him', 'they/them', 'Prefer to self-describe', 'Prefer not to say'])" placeholder="Select" clearable /></n-form-item>
              <n-form-item label="Cover letter" data-field="coverLetter"><n-input v-model:value="form.coverLetter" type="textarea" :autosize="{ minRows: 4 }" placeholder="" /></n-form-item>
              <n-form-item label="How did you hear about us?" data-field="source"><n-select v-model:value="form.source" :options="opts(['Lakeshore website', 'LinkedIn', 'Indeed', 'Handshake', 'Employee referral', 'Other'])" placeholder="Select" /></n-form-item>
              <n-form-item label="Gender (voluntary)" data-field="gender"><n-select v-model:value="form.gender" :options="opts(['Female', 'Male', 'Non-binary', 'Decline to answer'])" placeholder="Select" /></n-form-item>
              <n-form-item label="Race / ethnicity (voluntary)" data-field="race"><n-select v-model:value="form.race" :options="opts(['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to answer'])" placeholder="Select" /></n-form-item>
              <n-form-item data-field="consent" :show-label="false"><n-checkbox v-model:checked="form.consent">I certify that my answers are true and complete and agree to Lakeshore's applicant privacy notice.</n-checkbox></n-form-item>
              <n-button attr-type="submit" type="primary" id="lk-submit">Submit application</n-button>
            </n-card>
            <pre id="model">{{ model() }}</pre>
          </n-form>
        </n-layout-content>
        <n-layout-footer bordered style="padding: 24px">
          <div style="max-width: 380px">Lakeshore careers newsletter <n-input v-model:value="newsletter" placeholder="Email address" :input-props="{ id: 'lk-newsletter' }" /></div>
        </n-layout-footer>
      </n-layout>
    </n-config-provider>`,
};

createApp(App).use(naive).mount('#app');
