/*
 * Sedgemoor Aerial careers page on Vue 3 + Arco Design Vue 2 (en-US): a-form-items (labels without
 * `for`), a "+1" prepend phone, an a-auto-complete city whose data arrives after a delay, years as
 * an a-slider with show-input (its a-input-number beside the track), an a-tree-select education
 * (expanded), a-switches with "Yes"/"No" texts (button role=switch), a button-style a-radio-group
 * certificate question and a multiple allow-create a-select of tools (left alone), an a-date-picker
 * (YYYY-MM-DD), a month a-range-picker for the current role (left alone), a "$" a-input-number, an
 * a-upload (auto-upload off; the list is the state), a counted a-textarea and an a-checkbox. The
 * form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ArcoVue, { ConfigProvider } from '@arco-design/web-vue';
import enUS from '@arco-design/web-vue/es/locale/lang/en-us';
import '@arco-design/web-vue/dist/arco.css';

const CITIES = ['Denver, CO', 'Boulder, CO', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Santa Cruz, CA', 'Salt Lake City, UT'];
const EDUCATION = [
  { key: 'hs', title: 'High school diploma / GED' },
  { key: 'ug', title: 'Undergraduate', selectable: false, children: [{ key: 'assoc', title: "Associate's degree" }, { key: 'bach', title: "Bachelor's degree" }] },
  { key: 'gr', title: 'Graduate', selectable: false, children: [{ key: 'master', title: "Master's degree" }, { key: 'phd', title: 'Doctorate' }] },
];

const App = {
  components: { ConfigProvider },
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', website: '', city: '', years: 0, education: '', authorized: false, sponsorship: false,
      part107: '', tools: [], startDate: '', currentRole: [], salary: undefined, resume: [], coverLetter: '', consent: false,
    });
    const cityData = ref([]);
    const fileList = ref([]);
    const done = ref(false);
    let timer;
    const onCitySearch = (value) => { clearTimeout(timer); timer = setTimeout(() => { cityData.value = value ? CITIES.filter((c) => c.toLowerCase().includes(value.toLowerCase())) : []; }, 500); };
    const onUpload = (list) => { fileList.value = list.slice(-1); form.resume = fileList.value.map((f) => f.name); };
    const submit = ({ errors }) => { if (!errors && form.consent) done.value = true; };
    return { form, cityData, fileList, done, onCitySearch, onUpload, submit, enUS, EDUCATION };
  },
  template: `
    <config-provider :locale="enUS">
      <a-result v-if="done" id="done" status="success" title="Application sent" />
      <a-form v-else :model="form" layout="vertical" @submit="submit">
        <h1>Senior Data Engineer, Imagery Pipelines</h1>
        <p>Denver, CO · Hybrid · Full-time</p>
        <a-row :gutter="16">
          <a-col :span="12"><a-form-item field="firstName" label="First name" class="f-first" required><a-input v-model="form.firstName" /></a-form-item></a-col>
          <a-col :span="12"><a-form-item field="lastName" label="Last name" class="f-last" required><a-input v-model="form.lastName" /></a-form-item></a-col>
        </a-row>
        <a-form-item field="email" label="Email" class="f-email" required><a-input v-model="form.email" /></a-form-item>
        <a-form-item field="phone" label="Phone" class="f-phone"><a-input v-model="form.phone" placeholder="Phone number"><template #prepend>+1</template></a-input></a-form-item>
        <a-form-item field="website" label="Website" class="f-website"><a-input v-model="form.website" placeholder="https://" /></a-form-item>
        <a-form-item field="city" label="City" class="f-city" extra="e.g. Denver, CO">
          <a-auto-complete v-model="form.city" :data="cityData" placeholder="Start typing your city" @search="onCitySearch" />
        </a-form-item>
        <a-form-item field="years" label="Years of experience" class="f-years">
          <a-slider v-model="form.years" :min="0" :max="20" show-input :style="{ width: '100%' }" />
        </a-form-item>
        <a-form-item field="education" label="Highest education" class="f-education">
          <a-tree-select v-model="form.education" :data="EDUCATION" :tree-props="{ defaultExpandAll: true }" placeholder="Please select" />
        </a-form-item>
        <a-form-item field="authorized" label="Are you authorized to work in the United States?" class="f-authorized">
          <a-switch v-model="form.authorized" checked-text="Yes" unchecked-text="No" />
        </a-form-item>
        <a-form-item field="sponsorship" label="Will you now or in the future require sponsorship?" class="f-sponsorship">
          <a-switch v-model="form.sponsorship" checked-text="Yes" unchecked-text="No" />
        </a-form-item>
        <a-form-item field="part107" label="Do you hold an FAA Part 107 remote pilot certificate?" class="f-part107">
          <a-radio-group v-model="form.part107" type="button"><a-radio value="yes">Yes</a-radio><a-radio value="no">No</a-radio></a-radio-group>
        </a-form-item>
        <a-form-item field="tools" label="Geospatial tools you've used" class="f-tools">
          <a-select v-model="form.tools" multiple allow-create allow-search placeholder="Select or type" :options="['GDAL', 'PostGIS', 'QGIS', 'ArcGIS', 'Rasterio', 'Google Earth Engine']" />
        </a-form-item>
        <a-row :gutter="16">
          <a-col :span="12"><a-form-item field="startDate" label="Earliest start date" class="f-start"><a-date-picker v-model="form.startDate" style="width: 100%" /></a-form-item></a-col>
          <a-col :span="12"><a-form-item field="currentRole" label="Current role dates" class="f-current"><a-range-picker v-model="form.currentRole" mode="month" style="width: 100%" /></a-form-item></a-col>
        </a-row>
        <a-form-item field="salary" label="Salary expectation (annual)" class="f-salary">
          <a-input-number v-model="form.salary" :min="0" :step="1000" hide-button placeholder="Amount"><template #prefix>$</template><template #suffix>USD</template></a-input-number>
        </a-form-item>
        <a-form-item field="resume" label="Resume" class="f-resume" required>
          <a-upload :file-list="fileList" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" @change="onUpload" />
        </a-form-item>
        <a-form-item field="coverLetter" label="Cover letter" class="f-cover"><a-textarea v-model="form.coverLetter" :max-length="3000" show-word-limit :auto-size="{ minRows: 5 }" /></a-form-item>
        <a-form-item field="consent" class="f-consent"><a-checkbox v-model="form.consent">I agree to the Sedgemoor candidate privacy policy</a-checkbox></a-form-item>
        <a-button type="primary" html-type="submit" id="submit">Submit application</a-button>
        <pre id="model">{{ JSON.stringify(form) }}</pre>
      </a-form>
    </config-provider>
  `,
};

createApp(App).use(ArcoVue).mount('#app');
