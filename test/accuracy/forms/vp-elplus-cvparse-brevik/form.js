/*
 * Brevik Maritime ASA (Oslo shipowner) careers page for its Seattle office, Vue 3 + Element Plus.
 * "Quick apply": an el-upload drag zone at the top ("Upload your CV to autofill the application —
 * drag and drop or browse", auto-upload off) reads the CV in the page for a second and then shows
 * the rest of the form (v-show; a "fill it in yourself" link shows it too). The reader finds
 * nothing it can use in most CVs and says so. Below: a phone whose placeholder carries the country
 * code, a fixed "github.com/" prepend, sentence el-radios, el-input-number years and salary with a
 * currency el-select preset NOK, an el-date-picker "MMM D, YYYY", the cover letter as an el-upload
 * button (or, on other postings, a textarea), a multiple el-upload drag for other documents, and a
 * talent-network box with its own el-upload in the footer. State goes into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

export function renderBrevik(cfg) {
  const App = {
    setup() {
      const form = reactive({
        cv: [], firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', github: '', employer: '',
        years: null, salary: null, currency: 'NOK', startDate: '', coverLetter: cfg.coverAsFile ? [] : '', documents: [], why: '', source: '', consent: false,
      });
      for (const q of cfg.questions) form[q.id] = '';
      const talent = reactive({ email: '', cv: [] });
      const stage = ref('upload');
      const done = ref(false);
      const onCv = (file, files) => {
        form.cv = files.slice(-1);
        if (stage.value === 'upload') {
          stage.value = 'reading';
          setTimeout(() => { stage.value = 'parsed'; }, 1000);
        }
      };
      const onExceed = (files) => { form.cv = [{ name: files[0].name, raw: files[0], status: 'ready', uid: Date.now() }]; };
      const skip = () => { stage.value = 'manual'; };
      const names = (list) => list.map((f) => f.name);
      const model = () => JSON.stringify({
        ...form,
        cv: names(form.cv),
        coverLetter: cfg.coverAsFile ? names(form.coverLetter) : form.coverLetter,
        documents: names(form.documents),
        stage: stage.value,
        talentNetwork: { email: talent.email, cv: names(talent.cv) },
      }, null, 2);
      const submit = () => { done.value = true; };
      return { cfg, form, talent, stage, done, onCv, onExceed, skip, model, submit };
    },
    template: `
<div v-if="done" id="bv-done"><h2>Takk! Thank you for applying.</h2><p>We will be in touch within two weeks.</p></div>
<div v-else>
  <el-form :model="form" label-position="top" id="bv-form" @submit.prevent="submit">
    <el-card shadow="never" class="bv-quick">
      <template #header><strong>Quick apply</strong></template>
      <el-form-item label="CV" required class="f-cv">
        <el-upload v-model:file-list="form.cv" drag :auto-upload="false" :limit="1" :on-change="onCv" :on-exceed="onExceed" accept=".pdf,.doc,.docx" style="width: 100%">
          <div class="el-upload__text">Upload your CV to autofill the application<br><small>Drag and drop or <em>browse</em> — PDF, DOC or DOCX</small></div>
        </el-upload>
      </el-form-item>
      <p v-if="stage === 'upload'" class="bv-muted">No CV at hand? <el-link type="primary" id="bv-skip" @click="skip">Fill in the application yourself</el-link></p>
      <el-skeleton v-if="stage === 'reading'" :rows="2" animated />
      <el-alert v-if="stage === 'parsed'" type="info" :closable="false" show-icon title="We couldn't read any details from this file. Please complete the form below — your CV is attached." />
    </el-card>
    <div v-show="stage === 'parsed' || stage === 'manual'" class="bv-rest">
      <h3>About you</h3>
      <el-row :gutter="16">
        <el-col :span="12"><el-form-item label="First name" required class="f-firstName"><el-input v-model="form.firstName" /></el-form-item></el-col>
        <el-col :span="12"><el-form-item label="Last name" required class="f-lastName"><el-input v-model="form.lastName" /></el-form-item></el-col>
      </el-row>
      <el-form-item label="Email" required class="f-email"><el-input v-model="form.email" type="email" /></el-form-item>
      <el-form-item label="Phone number" required class="f-phone"><el-input v-model="form.phone" type="tel" placeholder="+47 412 34 567" /></el-form-item>
      <el-form-item label="Current location" class="f-location"><el-input v-model="form.location" /></el-form-item>
      <el-form-item label="LinkedIn" class="f-linkedin"><el-input v-model="form.linkedin" placeholder="https://www.linkedin.com/in/…" /></el-form-item>
      <el-form-item label="GitHub" class="f-github"><el-input v-model="form.github"><template #prepend>github.com/</template></el-input></el-form-item>
      <el-form-item label="Current employer" class="f-employer"><el-input v-model="form.employer" /></el-form-item>
      <el-form-item label="Years of professional experience" class="f-years"><el-input-number v-model="form.years" :min="0" :max="50" /></el-form-item>
      <h3>{{ cfg.questionsTitle }}</h3>
      <template v-for="q in cfg.questions" :key="q.id">
        <el-form-item :label="q.label" :required="q.required" :class="'f-' + q.id">
          <el-radio-group v-if="q.kind === 'radio'" v-model="form[q.id]" :class="q.vertical ? 'bv-vertical' : ''">
            <el-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</el-radio>
          </el-radio-group>
          <el-select v-else-if="q.kind === 'select'" v-model="form[q.id]" placeholder="Select">
            <el-option v-for="o in q.options" :key="o" :label="o" :value="o" />
          </el-select>
          <el-input v-else v-model="form[q.id]" :type="q.kind === 'textarea' ? 'textarea' : 'text'" :rows="4" />
        </el-form-item>
      </template>
      <el-form-item label="Salary expectation (gross per year)" class="f-salary">
        <el-input-number v-model="form.salary" :min="0" :step="1000" :controls="false" style="width: 200px" />
        <el-select v-model="form.currency" class="f-currency" style="width: 110px; margin-left: 8px">
          <el-option v-for="c in ['NOK', 'EUR', 'GBP', 'USD', 'SGD']" :key="c" :label="c" :value="c" />
        </el-select>
      </el-form-item>
      <el-form-item label="Earliest start date" class="f-startDate"><el-date-picker v-model="form.startDate" type="date" format="MMM D, YYYY" value-format="YYYY-MM-DD" placeholder="Pick a date" /></el-form-item>
      <el-form-item v-if="cfg.coverAsFile" label="Cover letter" class="f-coverLetter">
        <el-upload v-model:file-list="form.coverLetter" :auto-upload="false" :limit="1" accept=".pdf,.docx,.txt">
          <el-button>Attach cover letter</el-button>
          <template #tip><div class="el-upload__tip">PDF, DOCX or TXT</div></template>
        </el-upload>
      </el-form-item>
      <el-form-item v-else label="Cover letter (optional)" class="f-coverLetter"><el-input v-model="form.coverLetter" type="textarea" :rows="6" placeholder="Paste your cover letter" /></el-form-item>
      <el-form-item :label="cfg.documentsLabel" class="f-documents">
        <el-upload v-model:file-list="form.documents" drag multiple :auto-upload="false" style="width: 100%">
          <div class="el-upload__text">Drag and drop or <em>browse</em></div>
        </el-upload>
      </el-form-item>
      <el-form-item :label="cfg.whyLabel" required class="f-why"><el-input v-model="form.why" type="textarea" :rows="4" /></el-form-item>
      <el-form-item label="Where did you hear about us?" class="f-source">
        <el-select v-model="form.source" placeholder="Select"><el-option v-for="o in ['LinkedIn', 'Finn.no', 'Brevik website', 'Maritime job fair', 'Friend or colleague', 'Other']" :key="o" :label="o" :value="o" /></el-select>
      </el-form-item>
      <el-form-item class="f-consent"><el-checkbox v-model="form.consent">I agree that Brevik Maritime may store my application for 12 months in line with its privacy statement.</el-checkbox></el-form-item>
      <el-button type="primary" native-type="submit" id="bv-submit">Send application</el-button>
    </div>
  </el-form>
  <footer class="bv-foot">
    <h3>Join our talent network</h3>
    <p>Not ready? Leave your email and CV and we'll let you know about new roles at sea and ashore.</p>
    <el-form label-position="top" class="bv-talent" @submit.prevent>
      <el-form-item label="Email" class="t-email"><el-input v-model="talent.email" /></el-form-item>
      <el-form-item label="CV" class="t-cv"><el-upload v-model:file-list="talent.cv" :auto-upload="false" :limit="1"><el-button>Upload CV</el-button></el-upload></el-form-item>
      <el-button>Join</el-button>
    </el-form>
  </footer>
  <pre id="model">{{ model() }}</pre>
</div>`,
  };
  createApp(App).use(ElementPlus).mount('#app');
}
