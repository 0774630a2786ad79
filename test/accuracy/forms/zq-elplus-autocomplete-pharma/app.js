/*
 * Corvid Bio careers on Vue 3 + Element Plus. Exercises what the other Element Plus pages do not:
 * el-autocomplete with async suggestions (location, employer), el-segmented year ranges (radio
 * inputs in labels), el-select multiple + filterable + allow-create, el-checkbox-group,
 * el-date-picker type="month" ("MMM YYYY") and type="year", an "USD / year" append slot, an
 * el-upload drag zone (auto-upload off; its input is emptied after each pick, the file list is
 * in the form), el-input textarea with a word limit. The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const PLACES = ['San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'San Mateo, CA', 'South San Francisco, CA', 'Cambridge, MA', 'Boston, MA', 'Research Triangle Park, NC', 'Seattle, WA'];
const EMPLOYERS = ['Amgen', 'Genentech', 'Gilead Sciences', 'Illumina', 'Moderna', 'Regeneron', 'Vertex Pharmaceuticals'];

const App = {
  setup() {
    const form = reactive({
      fullName: '', email: '', phone: '', location: '', linkedin: '', employer: '', title: '', years: '', skills: [], areas: [],
      availableFrom: '', school: '', degree: '', gradYear: '', salary: '', authorized: '', sponsorship: '', resume: [], coverLetter: '',
      gender: '', consent: false,
    });
    const search = ref('');
    const community = ref('');
    const sent = ref(false);
    const suggest = (list) => (query, cb) => setTimeout(() => cb(list.filter((p) => p.toLowerCase().includes((query ?? '').toLowerCase())).map((value) => ({ value }))), 200);
    const model = () => JSON.stringify({ ...form, resume: form.resume.map((f) => f.name), search: search.value, community: community.value });
    const submit = () => { if (form.consent && form.email) sent.value = true; };
    return { form, search, community, sent, model, submit, suggestPlaces: suggest(PLACES), suggestEmployers: suggest(EMPLOYERS) };
  },
  template: `
    <header class="cb-header">
      <strong>CORVID BIO</strong><span class="cb-nav">Science · Pipeline · Careers</span>
      <el-input v-model="search" id="cb-search" name="search" placeholder="Search openings" style="width: 240px" clearable></el-input>
    </header>
    <div class="cb-layout">
      <main class="cb-main">
        <p class="cb-team">Data Sciences · South San Francisco, CA</p>
        <h1>Senior Data Engineer, Translational Data</h1>
        <p>Bring assay, imaging and clinical data together so our scientists can ask questions across programs.</p>
        <el-result v-if="sent" id="cb-sent" icon="success" title="Application submitted" sub-title="Thank you for your interest in Corvid Bio."></el-result>
        <el-form v-else :model="form" label-position="top" id="cb-form" @submit.prevent="submit">
          <h3>Contact</h3>
          <el-form-item label="Full name" required><el-input v-model="form.fullName" id="cb-fullName" name="fullName"></el-input></el-form-item>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Email" required><el-input v-model="form.email" id="cb-email" name="email" type="email"></el-input></el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Phone"><el-input v-model="form.phone" id="cb-phone" name="phone" placeholder="e.g. 650-555-0100"></el-input></el-form-item></el-col>
          </el-row>
          <el-form-item label="Current location">
            <el-autocomplete v-model="form.location" id="cb-location" name="location" :fetch-suggestions="suggestPlaces" placeholder="City, State" :trigger-on-focus="false" style="width: 100%"></el-autocomplete>
          </el-form-item>
          <el-form-item label="LinkedIn"><el-input v-model="form.linkedin" id="cb-linkedin" name="linkedin"></el-input></el-form-item>
          <h3>Experience</h3>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Current employer">
              <el-autocomplete v-model="form.employer" id="cb-employer" name="employer" :fetch-suggestions="suggestEmployers" :trigger-on-focus="false" style="width: 100%"></el-autocomplete>
            </el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Current title"><el-input v-model="form.title" id="cb-title" name="title"></el-input></el-form-item></el-col>
          </el-row>
          <el-form-item label="Years of industry experience" required>
            <el-segmented v-model="form.years" id="cb-years" name="years" :options="['0-3', '4-6', '7-9', '10+']"></el-segmented>
          </el-form-item>
          <el-form-item label="Technical skills">
            <el-select v-model="form.skills" id="cb-skills" multiple filterable allow-create default-first-option placeholder="Choose or type skills" style="width: 100%">
              <el-option v-for="s in ['Airflow', 'AWS', 'Benchling', 'dbt', 'Nextflow', 'Python', 'R', 'SQL']" :key="s" :label="s" :value="s"></el-option>
            </el-select>
          </el-form-item>
          <el-form-item label="Therapeutic areas you have supported">
            <el-checkbox-group v-model="form.areas" id="cb-areas">
              <el-checkbox value="oncology" name="areas">Oncology</el-checkbox>
              <el-checkbox value="immunology" name="areas">Immunology</el-checkbox>
              <el-checkbox value="neuroscience" name="areas">Neuroscience</el-checkbox>
              <el-checkbox value="rare" name="areas">Rare disease</el-checkbox>
            </el-checkbox-group>
          </el-form-item>
          <el-form-item label="Available from">
            <el-date-picker v-model="form.availableFrom" id="cb-available" name="availableFrom" type="month" format="MMM YYYY" value-format="YYYY-MM" placeholder="Pick a month"></el-date-picker>
          </el-form-item>
          <h3>Education</h3>
          <el-form-item label="University"><el-input v-model="form.school" id="cb-school" name="school"></el-input></el-form-item>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Highest degree">
              <el-select v-model="form.degree" id="cb-degree" placeholder="Select" style="width: 100%">
                <el-option label="Associate" value="associate"></el-option>
                <el-option label="Bachelor" value="bachelor"></el-option>
                <el-option label="Master" value="master"></el-option>
                <el-option label="PhD" value="phd"></el-option>
                <el-option label="PharmD / MD" value="pharmd-md"></el-option>
              </el-select>
            </el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Graduation year">
              <el-date-picker v-model="form.gradYear" id="cb-gradYear" name="gradYear" type="year" value-format="YYYY" placeholder="Pick a year"></el-date-picker>
            </el-form-item></el-col>
          </el-row>
          <h3>Eligibility</h3>
          <el-form-item label="Expected base salary">
            <el-input v-model="form.salary" id="cb-salary" name="salary"><template #append>USD / year</template></el-input>
          </el-form-item>
          <el-form-item label="Are you authorized to work in the United States?" required>
            <el-radio-group v-model="form.authorized" id="cb-authorized">
              <el-radio value="yes" name="authorized">Yes</el-radio>
              <el-radio value="no" name="authorized">No</el-radio>
            </el-radio-group>
          </el-form-item>
          <el-form-item label="Will you require visa sponsorship to work for Corvid Bio?" required>
            <el-radio-group v-model="form.sponsorship" id="cb-sponsorship">
              <el-radio value="yes" name="sponsorship">Yes</el-radio>
              <el-radio value="no" name="sponsorship">No</el-radio>
            </el-radio-group>
          </el-form-item>
          <h3>Documents</h3>
          <el-form-item label="Resume / CV" required>
            <el-upload v-model:file-list="form.resume" id="cb-resume" class="cb-resume" drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" name="resume">
              <div class="el-upload__text">Drop file here or <em>click to upload</em></div>
              <template #tip><div class="el-upload__tip">PDF or Word, 10 MB max</div></template>
            </el-upload>
          </el-form-item>
          <el-form-item label="Cover letter">
            <el-input v-model="form.coverLetter" id="cb-coverLetter" name="coverLetter" type="textarea" :rows="5" maxlength="4000" show-word-limit></el-input>
          </el-form-item>
          <h3>Self-identification (optional)</h3>
          <el-form-item label="Gender">
            <el-select v-model="form.gender" id="cb-gender" placeholder="Select" clearable style="width: 100%">
              <el-option v-for="g in ['Female', 'Male', 'Non-binary', 'Decline to state']" :key="g" :label="g" :value="g"></el-option>
            </el-select>
          </el-form-item>
          <el-form-item><el-checkbox v-model="form.consent" id="cb-consent" name="consent">I consent to Corvid Bio storing my application data for 24 months</el-checkbox></el-form-item>
          <el-button type="primary" native-type="submit" id="cb-submit" size="large">Submit application</el-button>
        </el-form>
      </main>
      <aside class="cb-aside">
        <h4>Join our talent community</h4>
        <p>Hear about new roles in data and computational biology.</p>
        <el-input v-model="community" id="cb-community" name="community_email" placeholder="Your email"></el-input>
        <el-button style="margin-top: 8px">Join</el-button>
      </aside>
    </div>
    <pre id="model">{{ model() }}</pre>`,
};

createApp(App).use(ElementPlus).mount('#root');
