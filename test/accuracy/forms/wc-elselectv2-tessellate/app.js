/*
 * Tessellate's careers page: Vue 3 (runtime template compiler) with Element Plus installed as a
 * plugin, as its docs show. The location search calls a (simulated) endpoint from remote-method.
 * The application state is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ label: c.name.common, value: c.cca3 })).sort((a, b) => a.label.localeCompare(b.label));
const DIAL = [['+65', 'SG'], ['+1', 'US / CA'], ['+44', 'UK'], ['+61', 'AU'], ['+91', 'IN'], ['+62', 'ID'], ['+60', 'MY']];
const PLACES = ['Singapore', 'Kuala Lumpur, Malaysia', 'Jakarta, Indonesia', 'Sydney, NSW, Australia', 'San Diego, CA, United States', 'San Francisco, CA, United States', 'San Jose, CA, United States', 'Seattle, WA, United States', 'New York, NY, United States', 'London, United Kingdom', 'Bengaluru, India'];
const SKILLS = ['Python', 'Scala', 'SQL', 'Spark', 'Flink', 'Kafka', 'Airflow', 'dbt', 'BigQuery', 'Feature stores', 'Learning to rank'].map((s) => ({ label: s, value: s }));
const fetchPlaces = (query) => new Promise((resolve) => setTimeout(() => resolve(PLACES.filter((p) => p.toLowerCase().includes(query.toLowerCase())).map((p) => ({ label: p, value: p }))), 300));

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: '+65', phone: '', location: '', country: '', years: '', authorized: '', sponsorship: '',
      salary: undefined, currency: 'USD', noticeWeeks: undefined, startDate: '', graduation: '', degree: '', school: '', skills: [], relocate: false,
      setups: [], linkedin: '', resume: [], coverLetter: '', rankingStory: '', consent: false,
    });
    const header = reactive({ q: '' });
    const news = reactive({ email: '' });
    const placeOptions = ref([]);
    const searching = ref(false);
    const sent = ref(false);
    const render = () => { document.getElementById('model').textContent = JSON.stringify({ ...form, header, news }, null, 1); };
    watch([form, header, news], render, { deep: true });
    const searchPlaces = async (query) => {
      if (!query) { placeOptions.value = []; return; }
      searching.value = true; placeOptions.value = await fetchPlaces(query); searching.value = false;
    };
    const onFiles = (_file, files) => { form.resume = files.map((f) => f.name); };
    const submit = () => { if (form.firstName && form.email && form.resume.length && form.consent) sent.value = true; };
    return { form, header, news, placeOptions, searching, sent, render, searchPlaces, onFiles, submit, COUNTRIES, DIAL, SKILLS };
  },
  mounted() { this.render(); },
  template: `
  <div class="ts-head"><span class="brand">◆ tessellate</span><span>Shop</span><span>Sell</span><span>Careers</span><div class="ts-search"><el-input id="ts-search" v-model="header.q" placeholder="Search jobs" clearable /></div></div>
  <main>
    <p>Search & Ranking · Singapore, San Francisco or Remote (APAC / US)</p>
    <h1>Staff Data Engineer, Marketplace Ranking</h1>
    <p>Tessellate connects 60 million shoppers with independent sellers in nine markets. Ranking decides which of 400 million listings each shopper sees first; you will own the data it learns from.</p>
    <section class="ts-card" v-if="!sent">
      <h2>Apply for this job</h2>
      <el-form :model="form" label-position="top" id="ts-form" @submit.prevent="submit">
        <div class="ts-two">
          <el-form-item label="First name" prop="firstName" required><el-input id="ts-first" v-model="form.firstName" /></el-form-item>
          <el-form-item label="Last name" prop="lastName" required><el-input id="ts-last" v-model="form.lastName" /></el-form-item>
        </div>
        <el-form-item label="Email" prop="email" required><el-input id="ts-email" v-model="form.email" type="email" /></el-form-item>
        <el-form-item label="Mobile number" prop="phone">
          <el-input id="ts-phone" v-model="form.phone" placeholder="Mobile number">
            <template #prepend><el-select class="ts-dial" v-model="form.dialCode" style="width: 110px" aria-label="Country calling code"><el-option v-for="d in DIAL" :key="d[0] + d[1]" :label="d[0]" :value="d[0]"><span>{{ d[0] }}</span><span style="float:right;color:#999;font-size:12px">{{ d[1] }}</span></el-option></el-select></template>
          </el-input></el-form-item>
        <div class="ts-two">
          <el-form-item label="Current location" prop="location"><el-select-v2 class="ts-location" v-model="form.location" :options="placeOptions" filterable remote :remote-method="searchPlaces" :loading="searching" placeholder="Type your city" no-data-text="No matching places" /></el-form-item>
          <el-form-item label="Country of citizenship" prop="country"><el-select-v2 class="ts-country" v-model="form.country" :options="COUNTRIES" filterable placeholder="Select" /></el-form-item>
        </div>
        <el-form-item label="Years of data engineering experience" prop="years" required>
          <el-select class="ts-years" v-model="form.years" placeholder="Select"><el-option v-for="y in ['0-2 years', '3-4 years', '5-8 years', '9-12 years', '13+ years']" :key="y" :label="y" :value="y" /></el-select></el-form-item>
        <el-form-item label="Do you have the right to work in the country where you would be based?" prop="authorized" required>
          <el-radio-group class="ts-authorized" v-model="form.authorized"><el-radio-button value="yes">Yes</el-radio-button><el-radio-button value="no">No</el-radio-button></el-radio-group></el-form-item>
        <el-form-item label="Visa sponsorship" prop="sponsorship" required>
          <el-radio-group class="ts-sponsorship" v-model="form.sponsorship"><el-radio value="none">I do not need sponsorship</el-radio><el-radio value="transfer">I need a visa transfer</el-radio><el-radio value="new">I need a new work visa</el-radio></el-radio-group></el-form-item>
        <div class="ts-two">
          <el-form-item label="Expected annual base salary" prop="salary"><el-input-number class="ts-salary" v-model="form.salary" :min="0" :step="1000" controls-position="right" style="width:100%" /></el-form-item>
          <el-form-item label="Currency" prop="currency"><el-select class="ts-currency" v-model="form.currency"><el-option v-for="c in ['USD', 'SGD', 'AUD', 'GBP', 'INR']" :key="c" :label="c" :value="c" /></el-select></el-form-item>
        </div>
        <div class="ts-two">
          <el-form-item label="Notice period (weeks)" prop="noticeWeeks"><el-input-number class="ts-notice" v-model="form.noticeWeeks" :min="0" :max="26" controls-position="right" style="width:100%" /></el-form-item>
          <el-form-item label="Earliest start date" prop="startDate"><el-date-picker class="ts-start" v-model="form.startDate" type="date" format="YYYY-MM-DD" value-format="YYYY-MM-DD" placeholder="Pick a date" style="width:100%" /></el-form-item>
        </div>
        <div class="ts-two">
          <el-form-item label="Highest degree" prop="degree"><el-select class="ts-degree" v-model="form.degree" placeholder="Select"><el-option v-for="d in ['Secondary school', 'Diploma', 'Bachelor\\'s degree', 'Master\\'s degree', 'Doctorate']" :key="d" :label="d" :value="d" /></el-select></el-form-item>
          <el-form-item label="Graduation month" prop="graduation"><el-date-picker class="ts-grad" v-model="form.graduation" type="month" format="MMM YYYY" value-format="YYYY-MM" placeholder="Pick a month" style="width:100%" /></el-form-item>
        </div>
        <el-form-item label="School / university" prop="school"><el-input id="ts-school" v-model="form.school" /></el-form-item>
        <el-form-item label="LinkedIn" prop="linkedin"><el-input id="ts-linkedin" v-model="form.linkedin"><template #prepend>https://</template></el-input></el-form-item>
        <el-form-item label="Skills" prop="skills"><el-select-v2 class="ts-skills" v-model="form.skills" :options="SKILLS" multiple filterable allow-create placeholder="Add skills" /></el-form-item>
        <el-form-item label="Open to relocating to Singapore" prop="relocate"><el-switch class="ts-relocate" v-model="form.relocate" /></el-form-item>
        <el-form-item label="Which ranking setups have you supported?" prop="setups">
          <el-checkbox-group class="ts-setups" v-model="form.setups"><el-checkbox value="ltr">Learning to rank</el-checkbox><el-checkbox value="ab">Online A/B tests</el-checkbox><el-checkbox value="ads">Ads auctions</el-checkbox><el-checkbox value="reco">Recommendations</el-checkbox></el-checkbox-group></el-form-item>
        <el-form-item label="Resume" prop="resume" required>
          <el-upload class="ts-resume" :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onFiles" :on-remove="onFiles"><el-button type="primary" plain>Select file</el-button><template #tip><div class="el-upload__tip">PDF or Word, up to 10 MB</div></template></el-upload></el-form-item>
        <el-form-item label="Cover letter" prop="coverLetter"><el-input id="ts-cover" v-model="form.coverLetter" type="textarea" :rows="6" /></el-form-item>
        <el-form-item label="Tell us about a ranking or search metric you moved." prop="rankingStory"><el-input id="ts-story" v-model="form.rankingStory" type="textarea" :rows="3" /></el-form-item>
        <el-form-item prop="consent"><el-checkbox class="ts-consent" v-model="form.consent">I agree to Tessellate's candidate privacy statement.</el-checkbox></el-form-item>
        <el-button type="primary" native-type="submit" id="ts-submit">Submit application</el-button>
      </el-form>
    </section>
    <h2 v-else id="ts-done">Application sent. Thank you!</h2>
    <pre id="model"></pre>
  </main>
  <footer><p>Engineering at Tessellate — a monthly email from our tech blog.</p><div style="max-width:320px"><el-input id="ts-news-email" v-model="news.email" placeholder="you@example.com" /></div></footer>`,
};

createApp(App).use(ElementPlus).mount('#app');
