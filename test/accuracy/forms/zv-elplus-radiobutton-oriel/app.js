/*
 * A biotech careers page on Vue 3 + Element Plus: el-form (label-position top) with el-inputs, a
 * phone el-input with a dial-code el-select in its prepend slot, a filterable remote el-select for
 * the city (remote-method answers after a delay), el-selects for the state and country, yes/no and
 * year ranges as el-radio-groups of el-radio-buttons, the degree as bordered el-radios, pronouns as
 * an el-checkbox-group of el-checkbox-buttons, an el-segmented for the work setting left alone,
 * an el-date-picker type="month" (value-format YYYY-MM), an el-input-number salary with a "$"
 * prefix, an el-upload (it clears its input after each pick; the file goes to the list), an
 * el-switch and an el-checkbox. The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const CITIES = ['San Diego', 'San Francisco', 'San Jose', 'South San Francisco', 'Santa Barbara', 'Seattle', 'Boston', 'Cambridge'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: '+1', phone: '', city: '', state: '', country: '', authorized: '', sponsorship: '', years: '',
      degree: '', pronouns: [], setting: 'Hybrid', startMonth: '', salary: null, resume: null, source: '', talentPool: false, privacy: false,
    });
    const cityOptions = ref([]);
    const loading = ref(false);
    const fileList = ref([]);
    const done = ref(false);
    const searchCity = (query) => {
      if (!query) { cityOptions.value = []; return; }
      loading.value = true;
      setTimeout(() => { loading.value = false; cityOptions.value = CITIES.filter((city) => city.toLowerCase().includes(query.toLowerCase())); }, 400);
    };
    const onChange = (file, files) => { fileList.value = files.slice(-1); form.resume = file.name; };
    const onRemove = () => { fileList.value = []; form.resume = null; };
    const submit = () => { if (form.email && form.resume && form.privacy) done.value = true; };
    return { form, cityOptions, loading, fileList, done, searchCity, onChange, onRemove, submit };
  },
  template: `
    <h2 v-if="done" id="done">Thank you! We received your application.</h2>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Bioinformatics Data Engineer</h1>
      <p>South San Francisco, CA · Hybrid · Full-time</p>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="First name" class="f-first" required><el-input v-model="form.firstName" autocomplete="given-name" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Last name" class="f-last" required><el-input v-model="form.lastName" autocomplete="family-name" /></el-form-item></el-col>
      </el-row>
      <el-form-item label="Email" class="f-email" required><el-input v-model="form.email" type="email" /></el-form-item>
      <el-form-item label="Phone" class="f-phone">
        <el-input v-model="form.phone" placeholder="Phone number">
          <template #prepend>
            <el-select v-model="form.dialCode" style="width: 90px" class="f-dial" aria-label="Dial code"><el-option v-for="code in ['+1', '+44', '+49', '+81']" :key="code" :label="code" :value="code" /></el-select>
          </template>
        </el-input>
      </el-form-item>
      <el-row :gutter="16">
        <el-col :span="8"><el-form-item label="City" class="f-city">
          <el-select v-model="form.city" filterable remote :remote-method="searchCity" :loading="loading" placeholder="Type to search" remote-show-suffix>
            <el-option v-for="city in cityOptions" :key="city" :label="city" :value="city" />
          </el-select></el-form-item></el-col>
        <el-col :span="8"><el-form-item label="State" class="f-state">
          <el-select v-model="form.state" filterable placeholder="Select"><el-option v-for="s in ['California', 'Massachusetts', 'New Jersey', 'North Carolina', 'Washington']" :key="s" :label="s" :value="s" /></el-select>
        </el-form-item></el-col>
        <el-col :span="8"><el-form-item label="Country" class="f-country">
          <el-select v-model="form.country" placeholder="Select"><el-option v-for="c in ['Canada', 'United States', 'Other']" :key="c" :label="c" :value="c" /></el-select>
        </el-form-item></el-col>
      </el-row>
      <el-form-item label="Are you currently authorized to work in the United States?" class="f-authorized">
        <el-radio-group v-model="form.authorized"><el-radio-button value="Yes">Yes</el-radio-button><el-radio-button value="No">No</el-radio-button></el-radio-group>
      </el-form-item>
      <el-form-item label="Will you require visa sponsorship to work for Oriel?" class="f-sponsorship">
        <el-radio-group v-model="form.sponsorship"><el-radio-button value="Yes">Yes</el-radio-button><el-radio-button value="No">No</el-radio-button></el-radio-group>
      </el-form-item>
      <el-form-item label="Years of professional experience" class="f-years">
        <el-radio-group v-model="form.years">
          <el-radio-button v-for="y in ['< 3 yrs', '3–6 yrs', '7–10 yrs', '> 10 yrs']" :key="y" :value="y">{{ y }}</el-radio-button>
        </el-radio-group>
      </el-form-item>
      <el-form-item label="Highest degree obtained" class="f-degree">
        <el-radio-group v-model="form.degree">
          <el-radio v-for="d in ['BS/BA', 'MS/MA', 'PhD', 'Other']" :key="d" :value="d" border>{{ d }}</el-radio>
        </el-radio-group>
      </el-form-item>
      <el-form-item label="Pronouns" class="f-pronouns">
        <el-checkbox-group v-model="form.pronouns">
          <el-checkbox-button v-for="p in ['she/her', 'he/him', 'they/them']" :key="p" :value="p">{{ p }}</el-checkbox-button>
        </el-checkbox-group>
      </el-form-item>
      <el-form-item label="Preferred work setting" class="f-setting">
        <el-segmented v-model="form.setting" :options="['On-site', 'Hybrid', 'Remote']" />
      </el-form-item>
      <el-form-item label="Earliest start month" class="f-start">
        <el-date-picker v-model="form.startMonth" type="month" placeholder="Pick a month" format="MMM YYYY" value-format="YYYY-MM" />
      </el-form-item>
      <el-form-item label="Expected annual base salary" class="f-salary">
        <el-input-number v-model="form.salary" :min="0" :step="5000" :controls="false" style="width: 200px">
          <template #prefix>$</template>
        </el-input-number>
      </el-form-item>
      <el-form-item label="Resume" class="f-resume" required>
        <el-upload :file-list="fileList" :auto-upload="false" :limit="2" accept=".pdf,.doc,.docx" :on-change="onChange" :on-remove="onRemove">
          <el-button type="primary">Select file</el-button>
          <template #tip><div class="el-upload__tip">PDF or Word, max 10 MB</div></template>
        </el-upload>
      </el-form-item>
      <el-form-item label="How did you hear about Oriel?" class="f-source">
        <el-select v-model="form.source" placeholder="Select"><el-option v-for="s in ['LinkedIn', 'BioSpace', 'Conference', 'Referral', 'Other']" :key="s" :label="s" :value="s" /></el-select>
      </el-form-item>
      <el-form-item class="f-pool"><el-switch v-model="form.talentPool" /> <span style="margin-left: 8px">Keep me in the talent pool for future roles</span></el-form-item>
      <el-form-item class="f-privacy"><el-checkbox v-model="form.privacy">I have read and accept the applicant privacy notice</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="submit">Submit application</el-button>
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </el-form>
  `,
};

createApp(App).use(ElementPlus).mount('#root');
