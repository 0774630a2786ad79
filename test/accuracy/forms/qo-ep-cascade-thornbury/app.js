/*
 * A Moka / Beisen-style application page on Vue 3 + Element Plus: a filterable el-cascader for the
 * current city (country / state / city in one control, shown as "United States / California /
 * San Francisco"), an el-autocomplete whose school suggestions come from a remote search (debounced,
 * a loading row while it answers), el-select single and multiple (tags), an el-slider with its
 * input-number, an el-switch with Yes/No texts, el-radio-button and el-segmented yes/no, bordered
 * el-radio start windows, an el-checkbox-group with an "Other" input, el-rate, el-upload without
 * auto-upload. The reactive form object is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

const city = (name) => ({ value: name, label: name });
const PLACES = [
  { value: 'CA', label: 'Canada', children: [
    { value: 'BC', label: 'British Columbia', children: ['Vancouver', 'Victoria'].map(city) },
    { value: 'ON', label: 'Ontario', children: ['Ottawa', 'Toronto', 'Waterloo'].map(city) },
  ] },
  { value: 'MX', label: 'Mexico', children: [
    { value: 'GUA', label: 'Guanajuato', children: ['León', 'San Francisco del Rincón'].map(city) },
  ] },
  { value: 'US', label: 'United States', children: [
    { value: 'CA', label: 'California', children: ['Berkeley', 'Los Angeles', 'Oakland', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco'].map(city) },
    { value: 'NY', label: 'New York', children: ['Brooklyn', 'New York City'].map(city) },
    { value: 'TX', label: 'Texas', children: ['Austin', 'Dallas', 'Houston'].map(city) },
    { value: 'WA', label: 'Washington', children: ['Bellevue', 'Seattle'].map(city) },
  ] },
];
const SCHOOLS = ['Berkeley City College', 'Berkeley College', 'Boston University', 'Carnegie Mellon University', 'Stanford University', 'University of California, Berkeley', 'University of California, Berkeley Extension', 'University of California, Davis', 'University of California, Los Angeles', 'University of Washington', 'University of Waterloo'];

const App = {
  setup() {
    const form = reactive({
      name: '', email: '', mobile: '', city: [], school: '', degree: '', years: 0, authorized: false, sponsorship: '', employed: '', pronouns: [],
      start: '', resume: '', coverLetter: '', benefits: [], benefitsOther: '', heard: '', referralCode: '', sqlRating: 0, newsletter: false,
    });
    const done = ref(false);
    const searchSchools = (query, answer) => {
      const text = (query || '').trim().toLowerCase();
      if (text.length < 2) { answer([]); return; }
      setTimeout(() => answer(SCHOOLS.filter((name) => name.toLowerCase().includes(text)).map((value) => ({ value }))), 500);
    };
    const onResume = (file) => { form.resume = file ? file.name : ''; };
    const onResumeRemove = () => { form.resume = ''; };
    const submit = () => { done.value = true; };
    return { form, done, places: PLACES, searchSchools, onResume, onResumeRemove, submit };
  },
  template: `
    <div v-if="done" class="done" id="application-sent">Thanks! Your application to Thornbury Grid is in.<pre id="model">{{ JSON.stringify(form, null, 2) }}</pre></div>
    <el-form v-else :model="form" label-position="top" @submit.prevent="submit">
      <h1>Data Engineer, Grid Forecasting</h1>
      <p class="meta">Thornbury Grid · San Francisco Bay Area · Full-time</p>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="Full name" class="f-name" required><el-input v-model="form.name" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Email" class="f-email" required><el-input v-model="form.email" type="email" /></el-form-item></el-col>
      </el-row>
      <el-form-item label="Mobile number" class="f-mobile" required>
        <el-input v-model="form.mobile" placeholder="10-digit number"><template #prepend>+1</template></el-input>
      </el-form-item>
      <el-form-item label="Current city" class="f-city" required>
        <el-cascader v-model="form.city" :options="places" filterable clearable placeholder="Choose country / state / city, or type to search" style="width: 100%" />
      </el-form-item>
      <el-row :gutter="16">
        <el-col :span="14"><el-form-item label="School" class="f-school">
          <el-autocomplete v-model="form.school" :fetch-suggestions="searchSchools" :trigger-on-focus="false" placeholder="Search your school" style="width: 100%" />
        </el-form-item></el-col>
        <el-col :span="10"><el-form-item label="Degree" class="f-degree">
          <el-select v-model="form.degree" placeholder="Select">
            <el-option v-for="d in ['High school', 'Associate', 'Bachelor', 'Master', 'Doctorate']" :key="d" :label="d" :value="d" />
          </el-select>
        </el-form-item></el-col>
      </el-row>
      <el-form-item label="Years of work experience" class="f-years">
        <el-slider v-model="form.years" :min="0" :max="20" show-input :show-input-controls="false" style="width: 100%" />
      </el-form-item>
      <el-form-item label="Are you legally authorized to work in the US?" class="f-auth">
        <el-switch v-model="form.authorized" active-text="Yes" inactive-text="No" />
      </el-form-item>
      <el-form-item label="Will you need visa sponsorship to work for us?" class="f-sponsor">
        <el-radio-group v-model="form.sponsorship"><el-radio-button value="yes">Yes</el-radio-button><el-radio-button value="no">No</el-radio-button></el-radio-group>
      </el-form-item>
      <el-form-item label="Are you employed right now?" class="f-employed">
        <el-segmented v-model="form.employed" :options="['Yes', 'No']" />
      </el-form-item>
      <el-form-item label="Pronouns" class="f-pronouns">
        <el-select v-model="form.pronouns" multiple placeholder="Optional" style="width: 100%">
          <el-option v-for="p in ['she/her', 'he/him', 'they/them', 'she/they', 'he/they']" :key="p" :label="p" :value="p" />
        </el-select>
      </el-form-item>
      <el-form-item label="When can you start?" class="f-start">
        <el-radio-group v-model="form.start">
          <el-radio value="lt1m" border>Within 1 month</el-radio>
          <el-radio value="1to3m" border>1–3 months</el-radio>
          <el-radio value="gt3m" border>More than 3 months</el-radio>
        </el-radio-group>
      </el-form-item>
      <el-form-item label="Resume" class="f-resume" required>
        <el-upload :auto-upload="false" :limit="1" accept=".pdf,.doc,.docx" :on-change="onResume" :on-remove="onResumeRemove"><el-button>Select file</el-button></el-upload>
      </el-form-item>
      <el-form-item label="Cover letter" class="f-cover"><el-input v-model="form.coverLetter" type="textarea" :rows="4" /></el-form-item>
      <el-form-item label="Which benefits matter most to you? (select all that apply)" class="f-benefits">
        <el-checkbox-group v-model="form.benefits">
          <el-checkbox value="equity">Equity</el-checkbox><el-checkbox value="learning">Learning budget</el-checkbox><el-checkbox value="remote">Remote days</el-checkbox><el-checkbox value="other">Other</el-checkbox>
        </el-checkbox-group>
        <el-input v-model="form.benefitsOther" class="benefits-other" placeholder="Other (please specify)" :disabled="!form.benefits.includes('other')" />
      </el-form-item>
      <el-form-item label="How would you rate your SQL skills?" class="f-rate"><el-rate v-model="form.sqlRating" /></el-form-item>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="How did you hear about us?" class="f-heard">
          <el-select v-model="form.heard" placeholder="Select"><el-option v-for="h in ['LinkedIn', 'Job fair', 'Friend', 'Other']" :key="h" :label="h" :value="h" /></el-select>
        </el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Referral code" class="f-referral"><el-input v-model="form.referralCode" /></el-form-item></el-col>
      </el-row>
      <el-form-item class="f-news"><el-checkbox v-model="form.newsletter">Keep me posted about future openings at Thornbury Grid</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" class="submit">Submit application</el-button>
      <pre id="model">{{ JSON.stringify(form, null, 2) }}</pre>
    </el-form>
  `,
};

createApp(App).use(ElementPlus).mount('#root');
