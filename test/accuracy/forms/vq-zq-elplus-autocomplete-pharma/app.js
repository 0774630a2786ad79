/*
 * Another Corvid Bio posting on the same Vue 3 + Element Plus careers template (Data Engineer II,
 * Lab Automation, Cambridge): el-autocomplete for the location and the employer, el-segmented year
 * ranges with other buckets, el-select multiple + filterable + allow-create for skills, an
 * el-checkbox-group of lab systems, el-date-picker type="month", a degree el-select with other
 * wordings, sponsorship asked before authorization, a GxP and an on-site el-radio-group, the
 * el-upload drag zone and a veteran-status el-select. The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const PLACES = ['Cambridge, MA', 'Boston, MA', 'Somerville, MA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Seattle, WA'];
const EMPLOYERS = ['Benchling', 'Biogen', 'Brackenridge Labs', 'Ginkgo Bioworks', 'Moderna', 'Takeda', 'Thermo Fisher Scientific'];

const App = {
  setup() {
    const form = reactive({
      fullName: '', email: '', phone: '', location: '', linkedin: '', employer: '', years: '', skills: [], systems: [], availableFrom: '', school: '',
      degree: '', salary: '', sponsorship: '', authorized: '', gxp: '', onsite: '', resume: [], veteran: '', consent: false,
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
        <p class="cb-team">Automation &amp; Digital Lab · Cambridge, MA</p>
        <h1>Data Engineer II, Lab Automation</h1>
        <p>Connect our liquid handlers, plate readers and LIMS into one pipeline so every run lands in the data lake within minutes. On-site in Kendall Square.</p>
        <el-result v-if="sent" id="cb-sent" icon="success" title="Application submitted" sub-title="Thank you for your interest in Corvid Bio."></el-result>
        <el-form v-else :model="form" label-position="top" id="cb-form" @submit.prevent="submit">
          <h3>Contact</h3>
          <el-form-item label="Full name" required><el-input v-model="form.fullName" id="cb-fullName" name="fullName"></el-input></el-form-item>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="Email" required><el-input v-model="form.email" id="cb-email" name="email" type="email"></el-input></el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Phone" required><el-input v-model="form.phone" id="cb-phone" name="phone" placeholder="(617) 555-0100"></el-input></el-form-item></el-col>
          </el-row>
          <el-form-item label="Where do you currently live?">
            <el-autocomplete v-model="form.location" id="cb-location" name="location" :fetch-suggestions="suggestPlaces" placeholder="City, State" :trigger-on-focus="false" style="width: 100%"></el-autocomplete>
          </el-form-item>
          <el-form-item label="LinkedIn profile URL"><el-input v-model="form.linkedin" id="cb-linkedin" name="linkedin"></el-input></el-form-item>
          <h3>Experience</h3>
          <el-form-item label="Most recent employer">
            <el-autocomplete v-model="form.employer" id="cb-employer" name="employer" :fetch-suggestions="suggestEmployers" :trigger-on-focus="false" style="width: 100%"></el-autocomplete>
          </el-form-item>
          <el-form-item label="Years of professional data engineering experience" required>
            <el-segmented v-model="form.years" id="cb-years" name="years" :options="['Under 2', '2-4', '5-7', '8+']"></el-segmented>
          </el-form-item>
          <el-form-item label="Technical skills">
            <el-select v-model="form.skills" id="cb-skills" multiple filterable allow-create default-first-option placeholder="Choose or type skills" style="width: 100%">
              <el-option v-for="s in ['Airflow', 'Kafka', 'LabVIEW', 'MQTT', 'Python', 'Snowflake', 'SQL', 'Terraform']" :key="s" :label="s" :value="s"></el-option>
            </el-select>
          </el-form-item>
          <el-form-item label="Lab systems you have integrated">
            <el-checkbox-group v-model="form.systems" id="cb-systems">
              <el-checkbox value="lims" name="systems">LIMS</el-checkbox>
              <el-checkbox value="eln" name="systems">ELN</el-checkbox>
              <el-checkbox value="liquid-handlers" name="systems">Liquid handlers</el-checkbox>
              <el-checkbox value="plate-readers" name="systems">Plate readers</el-checkbox>
            </el-checkbox-group>
          </el-form-item>
          <el-form-item label="Do you have experience working in a GxP-regulated environment?">
            <el-radio-group v-model="form.gxp" id="cb-gxp">
              <el-radio value="yes" name="gxp">Yes</el-radio>
              <el-radio value="no" name="gxp">No</el-radio>
            </el-radio-group>
          </el-form-item>
          <el-form-item label="Earliest start month">
            <el-date-picker v-model="form.availableFrom" id="cb-available" name="availableFrom" type="month" format="MMM YYYY" value-format="YYYY-MM" placeholder="Pick a month"></el-date-picker>
          </el-form-item>
          <h3>Education</h3>
          <el-row :gutter="16">
            <el-col :span="12"><el-form-item label="School"><el-input v-model="form.school" id="cb-school" name="school"></el-input></el-form-item></el-col>
            <el-col :span="12"><el-form-item label="Highest degree earned">
              <el-select v-model="form.degree" id="cb-degree" placeholder="Select" style="width: 100%">
                <el-option label="High school diploma" value="hs"></el-option>
                <el-option label="Bachelor's (BA/BS)" value="bachelors"></el-option>
                <el-option label="Master's (MS/MA/MEng)" value="masters"></el-option>
                <el-option label="PhD" value="phd"></el-option>
                <el-option label="Other" value="other"></el-option>
              </el-select>
            </el-form-item></el-col>
          </el-row>
          <h3>Eligibility</h3>
          <el-form-item label="Will you now or in the future require Corvid Bio to sponsor a work visa?" required>
            <el-radio-group v-model="form.sponsorship" id="cb-sponsorship">
              <el-radio value="yes" name="sponsorship">Yes</el-radio>
              <el-radio value="no" name="sponsorship">No</el-radio>
            </el-radio-group>
          </el-form-item>
          <el-form-item label="Are you legally authorized to work in the US?" required>
            <el-radio-group v-model="form.authorized" id="cb-authorized">
              <el-radio value="yes" name="authorized">Yes</el-radio>
              <el-radio value="no" name="authorized">No</el-radio>
            </el-radio-group>
          </el-form-item>
          <el-form-item label="This role is fully on-site in Cambridge, MA. Are you able to commute to Kendall Square daily?">
            <el-radio-group v-model="form.onsite" id="cb-onsite">
              <el-radio value="yes" name="onsite">Yes</el-radio>
              <el-radio value="relocating" name="onsite">I plan to relocate</el-radio>
              <el-radio value="no" name="onsite">No</el-radio>
            </el-radio-group>
          </el-form-item>
          <el-form-item label="Salary expectation (optional)">
            <el-input v-model="form.salary" id="cb-salary" name="salary"><template #append>USD / year</template></el-input>
          </el-form-item>
          <h3>Documents</h3>
          <el-form-item label="Resume" required>
            <el-upload v-model:file-list="form.resume" id="cb-resume" class="cb-resume" drag :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" name="resume">
              <div class="el-upload__text">Drop file here or <em>click to upload</em></div>
              <template #tip><div class="el-upload__tip">PDF or Word, 10 MB max</div></template>
            </el-upload>
          </el-form-item>
          <h3>Self-identification (optional)</h3>
          <el-form-item label="Protected veteran status">
            <el-select v-model="form.veteran" id="cb-veteran" placeholder="Select" clearable style="width: 100%">
              <el-option v-for="v in ['I identify as a protected veteran', 'I am not a protected veteran', 'I do not wish to answer']" :key="v" :label="v" :value="v"></el-option>
            </el-select>
          </el-form-item>
          <el-form-item><el-checkbox v-model="form.consent" id="cb-consent" name="consent">I consent to Corvid Bio storing my application data for 24 months</el-checkbox></el-form-item>
          <el-button type="primary" native-type="submit" id="cb-submit" size="large">Submit application</el-button>
        </el-form>
      </main>
      <aside class="cb-aside">
        <h4>Stay in touch</h4>
        <p>Get a monthly note on open roles in lab automation and data.</p>
        <el-input v-model="community" id="cb-community" name="community_email" placeholder="Work or personal email"></el-input>
        <el-button style="margin-top: 8px">Subscribe</el-button>
      </aside>
    </div>
    <pre id="model">{{ model() }}</pre>`,
};

createApp(App).use(ElementPlus).mount('#root');
