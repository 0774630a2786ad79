/*
 * Brinewater Foods careers on Vue 3 + Element Plus. Every file goes through el-upload with
 * auto-upload on and an http-request that simulates the upload locally: the list shows the file
 * with an el-progress bar until "done", and the résumé and cover-letter triggers disappear once
 * their one file is listed (limit 1, a "Remove" in the list brings them back). Element Plus
 * empties its hidden input after each pick, so the files are judged by the form data. A
 * "Paste résumé text instead" link, an "Additional documents" multiple upload, a required
 * "Portfolio / work samples" upload on the packaging-design posting, a talent-community upload
 * in the sidebar. The reactive form goes to <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';

function fakeUpload({ file, onProgress, onSuccess }) {
  return new Promise((resolve) => {
    let percent = 0;
    const timer = setInterval(() => {
      percent += 20;
      onProgress({ percent });
      if (percent >= 100) {
        clearInterval(timer);
        const response = { id: `up_${Math.random().toString(36).slice(2, 10)}`, name: file.name };
        onSuccess(response);
        resolve(response);
      }
    }, 220);
  });
}

export function mountApplication(job) {
  const App = {
    setup() {
      const form = reactive({
        fullName: '', email: '', phone: '', location: '', country: 'United States', linkedin: '', years: '', authorized: '',
        sponsorship: '', startDate: '', salary: '', relocate: false, source: '', essay: '', coverLetter: '', resumeText: '',
        gender: '', veteran: '', consent: false, resume: [], coverLetterFile: [], portfolio: [], documents: [],
        ...Object.fromEntries(job.questions.map((q) => [q.key, ''])),
      });
      const search = ref('');
      const community = reactive({ email: '', resume: [] });
      const paste = ref(false);
      const sent = ref(false);
      const done = (list) => list.filter((f) => f.status === 'success').map((f) => f.name);
      const model = () =>
        JSON.stringify({
          ...form,
          resume: done(form.resume),
          coverLetterFile: done(form.coverLetterFile),
          portfolio: done(form.portfolio),
          documents: done(form.documents),
          search: search.value,
          communityEmail: community.email,
          communityResume: done(community.resume),
        });
      const submit = () => {
        if (!form.consent || !form.email) return;
        if (job.portfolio && !form.portfolio.length) return;
        sent.value = true;
      };
      return { form, job, search, community, paste, sent, model, submit, fakeUpload };
    },
    template: `
      <header class="bw-header">
        <strong class="bw-logo">BRINEWATER FOODS</strong><span class="bw-nav">Our brands · Sustainability · Careers</span>
        <el-input v-model="search" id="bw-search" name="q" placeholder="Search jobs" style="width: 220px" clearable></el-input>
        <el-button text style="color:#fff">Candidate login</el-button>
      </header>
      <div class="bw-layout">
        <main class="bw-main">
          <p class="bw-team">{{ job.team }} · {{ job.where }}</p>
          <h1>{{ job.title }}</h1>
          <p>{{ job.intro }}</p>
          <el-result v-if="sent" id="bw-sent" icon="success" title="Application submitted" sub-title="Thanks for applying to Brinewater Foods."></el-result>
          <el-form v-else :model="form" label-position="top" id="bw-form" @submit.prevent="submit">
            <h3>About you</h3>
            <el-form-item label="Full name" required><el-input v-model="form.fullName" id="bw-fullName" name="fullName"></el-input></el-form-item>
            <el-row :gutter="16">
              <el-col :span="12"><el-form-item label="Email" required><el-input v-model="form.email" id="bw-email" name="email" type="email"></el-input></el-form-item></el-col>
              <el-col :span="12"><el-form-item label="Mobile number" required>
                <el-input v-model="form.phone" id="bw-phone" name="phone" placeholder="612 555 0100"><template #prepend>+1</template></el-input>
              </el-form-item></el-col>
            </el-row>
            <el-row :gutter="16">
              <el-col :span="12"><el-form-item label="Where are you based?"><el-input v-model="form.location" id="bw-location" name="location" placeholder="City, State"></el-input></el-form-item></el-col>
              <el-col :span="12"><el-form-item label="Country">
                <el-select v-model="form.country" id="bw-country" placeholder="Select" filterable style="width:100%">
                  <el-option v-for="c in ['Canada', 'Mexico', 'United Kingdom', 'United States', 'United States Minor Outlying Islands']" :key="c" :label="c" :value="c"></el-option>
                </el-select>
              </el-form-item></el-col>
            </el-row>
            <el-form-item label="LinkedIn profile">
              <el-input v-model="form.linkedin" id="bw-linkedin" name="linkedin" placeholder="www.linkedin.com/in/your-name"><template #prepend>https://</template></el-input>
            </el-form-item>

            <h3>Documents</h3>
            <el-form-item label="Résumé" required>
              <div class="bw-upload" :class="{ 'bw-has-file': form.resume.length }" id="bw-resume-field">
                <el-upload v-if="!paste" v-model:file-list="form.resume" class="bw-resume" :http-request="fakeUpload" :limit="1" accept=".pdf,.doc,.docx" name="resume">
                  <el-button type="primary" plain>Upload résumé</el-button>
                  <template #tip><div class="el-upload__tip">PDF or Word, up to 8 MB</div></template>
                </el-upload>
                <el-link v-if="!form.resume.length" type="primary" id="bw-paste-link" @click="paste = !paste">{{ paste ? 'Upload a file instead' : 'Paste résumé text instead' }}</el-link>
                <el-input v-if="paste" v-model="form.resumeText" id="bw-resumeText" name="resumeText" type="textarea" :rows="8" placeholder="Paste your résumé"></el-input>
              </div>
            </el-form-item>
            <el-form-item v-if="job.coverLetter === 'file'" label="Cover letter">
              <div class="bw-upload" :class="{ 'bw-has-file': form.coverLetterFile.length }">
                <el-upload v-model:file-list="form.coverLetterFile" class="bw-cover" :http-request="fakeUpload" :limit="1" accept=".pdf,.doc,.docx,.txt" name="cover_letter">
                  <el-button plain>Upload cover letter</el-button>
                  <template #tip><div class="el-upload__tip">Optional · PDF, Word or TXT</div></template>
                </el-upload>
              </div>
            </el-form-item>
            <el-form-item v-else label="Cover letter">
              <el-input v-model="form.coverLetter" id="bw-coverLetter" name="coverLetter" type="textarea" :rows="6" placeholder="Optional — tell us why this role"></el-input>
            </el-form-item>
            <el-form-item v-if="job.portfolio" label="Portfolio / work samples" required>
              <el-upload v-model:file-list="form.portfolio" class="bw-portfolio" drag multiple :http-request="fakeUpload" accept=".pdf,.png,.jpg,.zip" name="portfolio">
                <div class="el-upload__text">Drop 3–5 samples here or <em>click to upload</em></div>
                <template #tip><div class="el-upload__tip">Required for this role · PDF, PNG, JPG or ZIP, 25 MB each</div></template>
              </el-upload>
            </el-form-item>
            <el-form-item label="Additional documents">
              <el-upload v-model:file-list="form.documents" class="bw-documents" multiple :http-request="fakeUpload" name="documents">
                <el-button text>+ Add files</el-button>
                <template #tip><div class="el-upload__tip">Optional · certificates, references</div></template>
              </el-upload>
            </el-form-item>

            <h3>Your experience</h3>
            <el-form-item :label="job.yearsLabel" required>
              <el-radio-group v-model="form.years" id="bw-years">
                <el-radio-button v-for="y in job.years" :key="y" :value="y" name="years">{{ y }}</el-radio-button>
              </el-radio-group>
            </el-form-item>
            <el-form-item label="Are you legally authorized to work in the United States?" required>
              <el-radio-group v-model="form.authorized" id="bw-authorized">
                <el-radio value="yes" name="authorized">Yes</el-radio><el-radio value="no" name="authorized">No</el-radio>
              </el-radio-group>
            </el-form-item>
            <el-form-item label="Will you now or in the future require sponsorship for employment visa status?" required>
              <el-radio-group v-model="form.sponsorship" id="bw-sponsorship">
                <el-radio value="yes" name="sponsorship">Yes</el-radio><el-radio value="no" name="sponsorship">No</el-radio>
              </el-radio-group>
            </el-form-item>
            <el-row :gutter="16">
              <el-col :span="12"><el-form-item label="Earliest start date">
                <el-date-picker v-model="form.startDate" id="bw-startDate" name="startDate" type="date" format="MM/DD/YYYY" value-format="YYYY-MM-DD" placeholder="MM/DD/YYYY" style="width:100%"></el-date-picker>
              </el-form-item></el-col>
              <el-col :span="12"><el-form-item label="Salary expectation">
                <el-input v-model="form.salary" id="bw-salary" name="salary"><template #append>USD / year</template></el-input>
              </el-form-item></el-col>
            </el-row>
            <el-form-item :label="job.relocateLabel">
              <el-switch v-model="form.relocate" id="bw-relocate" name="relocate"></el-switch>
            </el-form-item>
            <el-form-item v-for="q in job.questions" :key="q.key" :label="q.label">
              <el-radio-group v-if="q.type === 'yesno'" v-model="form[q.key]" :id="'bw-' + q.key">
                <el-radio value="yes" :name="q.key">Yes</el-radio><el-radio value="no" :name="q.key">No</el-radio>
              </el-radio-group>
              <el-input v-else v-model="form[q.key]" :id="'bw-' + q.key" :name="q.key" type="textarea" :rows="3"></el-input>
            </el-form-item>
            <el-form-item label="How did you hear about Brinewater?">
              <el-select v-model="form.source" id="bw-source" placeholder="Select" clearable style="width:100%">
                <el-option v-for="s in ['LinkedIn', 'Indeed', 'Handshake', 'Brinewater website', 'Employee referral', 'Other']" :key="s" :label="s" :value="s"></el-option>
              </el-select>
            </el-form-item>
            <el-form-item :label="job.essayLabel"><el-input v-model="form.essay" id="bw-essay" name="essay" type="textarea" :rows="4"></el-input></el-form-item>

            <h3>Voluntary self-identification</h3>
            <el-row :gutter="16">
              <el-col :span="12"><el-form-item label="Gender">
                <el-select v-model="form.gender" id="bw-gender" placeholder="Select" clearable style="width:100%">
                  <el-option v-for="g in ['Female', 'Male', 'Non-binary', 'Decline to answer']" :key="g" :label="g" :value="g"></el-option>
                </el-select>
              </el-form-item></el-col>
              <el-col :span="12"><el-form-item label="Veteran status">
                <el-select v-model="form.veteran" id="bw-veteran" placeholder="Select" clearable style="width:100%">
                  <el-option v-for="g in ['I am a protected veteran', 'I am not a protected veteran', 'Decline to answer']" :key="g" :label="g" :value="g"></el-option>
                </el-select>
              </el-form-item></el-col>
            </el-row>
            <el-form-item>
              <el-checkbox v-model="form.consent" id="bw-consent" name="consent">I agree to the Brinewater candidate privacy statement *</el-checkbox>
            </el-form-item>
            <el-button type="primary" native-type="submit" id="bw-submit" size="large">Submit application</el-button>
          </el-form>
        </main>
        <aside class="bw-aside">
          <h4>Join our talent community</h4>
          <p>Not ready to apply? Leave your résumé and we'll be in touch.</p>
          <el-input v-model="community.email" id="bw-community-email" name="community_email" placeholder="Email"></el-input>
          <el-upload v-model:file-list="community.resume" class="bw-community-upload" :http-request="fakeUpload" :limit="1" name="community_resume" style="margin-top:8px">
            <el-button size="small">Attach résumé</el-button>
          </el-upload>
          <el-button size="small" type="success" style="margin-top:8px">Join</el-button>
        </aside>
      </div>
      <pre id="model">{{ model() }}</pre>
    `,
  };
  createApp(App).use(ElementPlus).mount('#root');
}
