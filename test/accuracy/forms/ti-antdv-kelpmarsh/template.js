/*
 * Kelpmarsh (ocean-freight visibility software) application template on Vue 3 + Ant Design Vue 4,
 * written the way the antdv docs compose a vertical a-form named "kelpApply" (ids kelpApply_<name>):
 * a phone a-input whose addon-before is a dial-code a-select preset to "+1", a "Current location"
 * a-select in the docs' "search and select" shape (show-search, filter-option off, options fetched
 * after a debounce with a spinner while loading), a LinkedIn box behind a fixed "https://" addon,
 * an a-segmented for experience ranges (native radios inside its labels), solid a-radio-button
 * groups and sentence a-radios for the screening questions, a-select mode="multiple" chips for
 * tools, an a-date-picker typed as MM/DD/YYYY (value-format YYYY-MM-DD), an a-input-number with a
 * "$ 150,000" formatter and a "per year" addon, an a-textarea with a counter, a-switch opt-in and
 * an a-checkbox consent. The resume is a native file input under an antd-styled label button:
 * the team kept it because a-upload swaps its input after every pick. Each posting brings its
 * title and questions. The model is rendered into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import Antd from 'ant-design-vue';
import 'ant-design-vue/dist/reset.css';

const PLACES = [
  ['sf', 'San Francisco, California, United States'], ['ssf', 'South San Francisco, California, United States'],
  ['sfe', 'San Fernando, California, United States'], ['oak', 'Oakland, California, United States'], ['sj', 'San Jose, California, United States'],
  ['la', 'Los Angeles, California, United States'], ['sea', 'Seattle, Washington, United States'], ['hou', 'Houston, Texas, United States'],
  ['nyc', 'New York, New York, United States'], ['rtm', 'Rotterdam, South Holland, Netherlands'], ['ham', 'Hamburg, Germany'],
  ['sgp', 'Singapore'], ['van', 'Vancouver, British Columbia, Canada'],
].map(([value, label]) => ({ value, label }));

function fetchPlaces(query) {
  return new Promise((resolve) => {
    setTimeout(() => {
      const q = query.trim().toLowerCase();
      resolve(q ? PLACES.filter((p) => p.label.toLowerCase().includes(q)) : []);
    }, 400);
  });
}

const DIAL = [['+1', '+1'], ['+31', '+31'], ['+44', '+44'], ['+49', '+49'], ['+65', '+65']].map(([value, label]) => ({ value, label }));
const DEGREES = ['High school', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate', 'Other'].map((value) => ({ value, label: value }));
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer'].map((value) => ({ value, label: value }));

export function mountApplication(posting) {
  document.title = `${posting.title} · Kelpmarsh Careers`;
  const App = {
    setup() {
      const form = reactive({
        firstName: '', lastName: '', email: '', dialCode: '+1', phone: '', location: undefined,
        employer: '', jobTitle: '', linkedin: '', portfolio: '', degree: undefined, school: '',
        startDate: undefined, salary: null, resume: null, coverLetter: '', relocationAlerts: false, veteran: undefined, consent: false,
        answers: Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'multiple' ? [] : undefined])),
      });
      const places = ref([]);
      const searching = ref(false);
      let timer = 0;
      let ticket = 0;
      const onPlaceSearch = (text) => {
        clearTimeout(timer);
        places.value = [];
        if (!text) return;
        searching.value = true;
        const mine = ++ticket;
        timer = setTimeout(() => fetchPlaces(text).then((found) => {
          if (mine !== ticket) return;
          places.value = found;
          searching.value = false;
        }), 250);
      };
      const money = (v) => (v === '' || v === undefined || v === null ? '' : `$ ${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
      const unmoney = (v) => v.replace(/\$\s?|,/g, '');
      const onResume = (event) => { form.resume = event.target.files[0]?.name ?? null; };
      const done = ref(false);
      const model = document.getElementById('model');
      watch(form, (v) => { model.textContent = JSON.stringify(v, null, 2); }, { deep: true, immediate: true });
      const submit = () => {
        if (form.firstName && form.lastName && form.email && form.resume && form.consent) done.value = true;
      };
      return { form, posting, places, searching, onPlaceSearch, money, unmoney, onResume, done, submit, DIAL, DEGREES, VETERAN };
    },
    template: `
    <a-result v-if="done" id="kelp-done" status="success" title="Application received" sub-title="Our talent team reads every application and replies within ten working days." />
    <div v-else>
      <a-typography-title :level="2">{{ posting.title }}</a-typography-title>
      <a-typography-paragraph type="secondary">{{ posting.where }}</a-typography-paragraph>
      <a-typography-paragraph>{{ posting.blurb }}</a-typography-paragraph>
      <a-form name="kelpApply" layout="vertical" :model="form" @finish="submit" id="kelp-apply">
        <a-divider orientation="left">Personal information</a-divider>
        <a-row :gutter="16">
          <a-col :span="12"><a-form-item class="fi-firstName" label="First name" name="firstName" :rules="[{ required: true, message: 'Please enter your first name' }]"><a-input v-model:value="form.firstName" autocomplete="given-name" /></a-form-item></a-col>
          <a-col :span="12"><a-form-item class="fi-lastName" label="Last name" name="lastName" :rules="[{ required: true, message: 'Please enter your last name' }]"><a-input v-model:value="form.lastName" autocomplete="family-name" /></a-form-item></a-col>
        </a-row>
        <a-form-item class="fi-email" label="Email" name="email" :rules="[{ required: true, type: 'email', message: 'Please enter a valid email' }]"><a-input v-model:value="form.email" /></a-form-item>
        <a-form-item class="fi-phone" label="Phone number" name="phone">
          <a-input v-model:value="form.phone">
            <template #addonBefore><a-select v-model:value="form.dialCode" class="dial-code" popup-class-name="dial-dropdown" :options="DIAL" style="width: 80px" /></template>
          </a-input>
        </a-form-item>
        <a-form-item class="fi-location" label="Current location" name="location" extra="Start typing and pick your city from the list">
          <a-select v-model:value="form.location" show-search :filter-option="false" :show-arrow="false" :options="places" :not-found-content="searching ? undefined : null"
            placeholder="Search for a city" popup-class-name="loc-dropdown" @search="onPlaceSearch">
            <template v-if="searching" #notFoundContent><a-spin size="small" /></template>
          </a-select>
        </a-form-item>

        <a-divider orientation="left">Experience</a-divider>
        <a-row :gutter="16">
          <a-col :span="12"><a-form-item class="fi-employer" label="Current company" name="employer"><a-input v-model:value="form.employer" /></a-form-item></a-col>
          <a-col :span="12"><a-form-item class="fi-jobTitle" label="Current title" name="jobTitle"><a-input v-model:value="form.jobTitle" /></a-form-item></a-col>
        </a-row>
        <a-form-item class="fi-linkedin" label="LinkedIn" name="linkedin"><a-input v-model:value="form.linkedin" addon-before="https://" placeholder="www.linkedin.com/in/your-name" /></a-form-item>
        <a-form-item class="fi-portfolio" label="Portfolio or personal site" name="portfolio"><a-input v-model:value="form.portfolio" placeholder="https://" /></a-form-item>
        <a-row :gutter="16">
          <a-col :span="12"><a-form-item class="fi-school" label="University" name="school"><a-input v-model:value="form.school" /></a-form-item></a-col>
          <a-col :span="12"><a-form-item class="fi-degree" label="Highest level of education" name="degree"><a-select v-model:value="form.degree" :options="DEGREES" placeholder="Please select" popup-class-name="degree-dropdown" /></a-form-item></a-col>
        </a-row>

        <a-divider orientation="left">A few questions</a-divider>
        <a-form-item v-for="q in posting.questions" :key="q.key" :class="'fi-' + q.key" :label="q.label" :name="['answers', q.key]" :extra="q.extra">
          <a-segmented v-if="q.type === 'segmented'" v-model:value="form.answers[q.key]" :options="q.options" />
          <a-radio-group v-else-if="q.type === 'buttons'" v-model:value="form.answers[q.key]" button-style="solid">
            <a-radio-button v-for="o in q.options" :key="o.value" :value="o.value">{{ o.label }}</a-radio-button>
          </a-radio-group>
          <a-radio-group v-else-if="q.type === 'sentences'" v-model:value="form.answers[q.key]">
            <a-space direction="vertical"><a-radio v-for="o in q.options" :key="o.value" :value="o.value">{{ o.label }}</a-radio></a-space>
          </a-radio-group>
          <a-select v-else-if="q.type === 'multiple'" v-model:value="form.answers[q.key]" mode="multiple" :options="q.options" placeholder="Select all that apply" :popup-class-name="'dd-' + q.key" />
          <a-select v-else-if="q.type === 'select'" v-model:value="form.answers[q.key]" :options="q.options" placeholder="Please select" :popup-class-name="'dd-' + q.key" />
          <a-textarea v-else v-model:value="form.answers[q.key]" :rows="3" />
        </a-form-item>

        <a-divider orientation="left">Availability and pay</a-divider>
        <a-row :gutter="16">
          <a-col :span="12"><a-form-item class="fi-startDate" label="When could you start?" name="startDate">
            <a-date-picker v-model:value="form.startDate" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" style="width: 100%" />
          </a-form-item></a-col>
          <a-col :span="12"><a-form-item class="fi-salary" label="Salary expectation" name="salary">
            <a-input-number v-model:value="form.salary" :min="0" :step="5000" :formatter="money" :parser="unmoney" addon-after="per year" style="width: 100%" />
          </a-form-item></a-col>
        </a-row>
        <a-form-item class="fi-resume" label="Resume" name="resume" :rules="[{ required: true, message: 'Please attach your resume' }]" extra="PDF or Word, max 10 MB">
          <label class="ant-btn ant-btn-default resume-button" for="kelpApply_resume"><span>Select file</span></label>
          <input id="kelpApply_resume" type="file" name="resume" accept=".pdf,.doc,.docx" class="visually-hidden" @change="onResume" />
          <span class="resume-name" v-if="form.resume">{{ form.resume }}</span>
        </a-form-item>
        <a-form-item class="fi-coverLetter" label="Cover letter" name="coverLetter"><a-textarea v-model:value="form.coverLetter" :rows="5" show-count :maxlength="3000" /></a-form-item>
        <a-form-item class="fi-veteran" label="Veteran status (optional, voluntary)" name="veteran"><a-select v-model:value="form.veteran" :options="VETERAN" placeholder="Please select" popup-class-name="veteran-dropdown" allow-clear /></a-form-item>
        <a-form-item class="fi-relocationAlerts" label="Email me when Kelpmarsh opens roles in other offices" name="relocationAlerts"><a-switch v-model:checked="form.relocationAlerts" /></a-form-item>
        <a-form-item class="fi-consent" name="consent"><a-checkbox v-model:checked="form.consent">I have read the Kelpmarsh applicant privacy notice and agree to my data being processed for this application.</a-checkbox></a-form-item>
        <a-button id="kelp-submit" type="primary" html-type="submit" size="large">Submit application</a-button>
      </a-form>
    </div>`,
  };
  createApp(App).use(Antd).mount('#app');
}
