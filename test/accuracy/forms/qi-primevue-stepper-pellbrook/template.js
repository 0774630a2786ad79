/*
 * Pellbrook Credit Union (a Eugene, Oregon credit union) careers application: Vue 3 + PrimeVue 4
 * (Aura). A linear Stepper with four StepPanels ("You", "Work & school", "A few questions",
 * "Review"), a Next button in each panel. InputText, InputMask phone "(999) 999-9999", a filterable
 * state Select, RadioButtons, a "Do you have a college degree?" question whose Yes shows (v-show)
 * school / degree / "I graduated", a work-history repeater whose first entry is the most recent
 * position (company, title, start month, "I currently work here") with "Add another position",
 * SelectButton year ranges, FileUpload (basic) resume, Textarea, DatePicker mm/dd/yy, InputNumber
 * currency, sponsorship whose Yes mounts a visa Select (v-if), "how did you hear" whose "Other"
 * mounts a box, ToggleSwitch job alerts, consent Checkbox. The review panel lists the answers.
 * Postings pass job text and questions. State goes to <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import PrimeVue from 'primevue/config';
import Aura from '@primeuix/themes/aura';
import Button from 'primevue/button';
import Checkbox from 'primevue/checkbox';
import DatePicker from 'primevue/datepicker';
import FileUpload from 'primevue/fileupload';
import InputMask from 'primevue/inputmask';
import InputNumber from 'primevue/inputnumber';
import InputText from 'primevue/inputtext';
import RadioButton from 'primevue/radiobutton';
import Select from 'primevue/select';
import SelectButton from 'primevue/selectbutton';
import Stepper from 'primevue/stepper';
import StepList from 'primevue/steplist';
import Step from 'primevue/step';
import StepPanels from 'primevue/steppanels';
import StepPanel from 'primevue/steppanel';
import Textarea from 'primevue/textarea';
import ToggleSwitch from 'primevue/toggleswitch';

const STATES = ['Alaska', 'Arizona', 'California', 'Colorado', 'Hawaii', 'Idaho', 'Montana', 'Nevada', 'New Mexico', 'Oregon', 'Utah', 'Washington', 'Wyoming', 'Other / outside the US'];
const DEGREES = ["Associate's", "Bachelor's", "Master's", 'Doctorate', 'Professional (JD, MD)'];
const VISAS = ['H-1B', 'F-1 OPT', 'TN', 'Other'];
const HEARD = ['Pellbrook.org', 'LinkedIn', 'Indeed', 'A Pellbrook employee', 'Job fair', 'Other'];
const emptyJob = () => ({ company: '', title: '', startMonth: '', current: false });

export function mountPosting(posting) {
  const App = {
    components: { Button, Checkbox, DatePicker, FileUpload, InputMask, InputNumber, InputText, RadioButton, Select, SelectButton, Stepper, StepList, Step, StepPanels, StepPanel, Textarea, ToggleSwitch },
    setup() {
      const form = reactive({
        firstName: '', preferredName: '', lastName: '', email: '', phone: '', street: '', city: '', state: null, zip: '',
        hasDegree: null, school: '', degree: null, graduated: false, jobs: [emptyJob()], years: null, resume: null, coverLetter: '',
        authorized: null, sponsorship: null, visa: null, startDate: null, salary: null, heard: null, heardOther: '', alerts: false, consent: false,
        questions: Object.fromEntries(posting.questions.map((q) => [q.key, null])),
      });
      const errors = ref('');
      const done = ref(false);
      const show = () => {
        const m = JSON.parse(JSON.stringify({ ...form, startDate: null, resume: null }));
        const d = form.startDate;
        m.startDate = d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : null;
        m.resume = form.resume;
        document.getElementById('model').textContent = JSON.stringify(m, null, 2);
      };
      watch(form, show, { deep: true, immediate: true });
      const onResume = (e) => { form.resume = e.files && e.files[0] ? e.files[0].name : null; };
      const go = (cb, target, check) => {
        if (check && !check()) { errors.value = 'Please answer the required questions.'; return; }
        errors.value = ''; cb(target); window.scrollTo(0, 0);
      };
      const step1ok = () => form.firstName && form.lastName && form.email;
      const step3ok = () => form.authorized && form.sponsorship && form.consent;
      const fmtDate = (d) => (d ? d.toLocaleDateString('en-US') : '');
      return { form, posting, STATES, DEGREES, VISAS, HEARD, errors, done, onResume, go, step1ok, step3ok, fmtDate, addJob: () => form.jobs.push(emptyJob()), removeJob: (i) => form.jobs.splice(i, 1), submit: () => { if (step3ok()) done.value = true; } };
    },
    template: `
      <header class="pb-top"><strong>Pellbrook Credit Union · Careers</strong>
        <input id="pb-search" type="search" placeholder="Search openings" aria-label="Search openings" style="padding:6px 10px;border-radius:6px;border:0">
        <a href="#member-login" style="color:#fff">Member login</a></header>
      <main class="pb-wrap">
        <p class="pb-hint">{{ posting.team }}</p>
        <h1 style="margin:4px 0">{{ posting.title }}</h1>
        <p>{{ posting.where }}</p><p>{{ posting.intro }}</p>
        <div v-if="done" id="pb-done" style="padding:20px;background:#e2f3ea;border-radius:8px"><h2>Application submitted</h2><p>Thanks for applying. A recruiter will reach out within ten business days.</p></div>
        <form v-else id="pb-form" @submit.prevent="submit" novalidate>
        <Stepper value="1" linear>
          <StepList><Step value="1">You</Step><Step value="2">Work &amp; school</Step><Step value="3">A few questions</Step><Step value="4">Review</Step></StepList>
          <StepPanels>
            <StepPanel v-slot="{ activateCallback }" value="1">
              <div class="pb-row">
                <div class="pb-field"><label for="pb-first">Legal first name *</label><InputText id="pb-first" v-model="form.firstName" autocomplete="given-name" /></div>
                <div class="pb-field"><label for="pb-preferred">Preferred name</label><InputText id="pb-preferred" v-model="form.preferredName" /><small class="pb-hint">Only if different from your legal first name.</small></div>
              </div>
              <div class="pb-field"><label for="pb-last">Legal last name *</label><InputText id="pb-last" v-model="form.lastName" autocomplete="family-name" /></div>
              <div class="pb-row">
                <div class="pb-field"><label for="pb-email">Email *</label><InputText id="pb-email" type="email" v-model="form.email" /></div>
                <div class="pb-field"><label for="pb-phone">Phone</label><InputMask id="pb-phone" v-model="form.phone" mask="(999) 999-9999" placeholder="(555) 555-5555" /></div>
              </div>
              <div class="pb-field"><label for="pb-street">Street address</label><InputText id="pb-street" v-model="form.street" /></div>
              <div class="pb-row">
                <div class="pb-field"><label for="pb-city">City</label><InputText id="pb-city" v-model="form.city" /></div>
                <div class="pb-field pb-state"><label for="pb-state">State</label><Select inputId="pb-state" v-model="form.state" :options="STATES" filter placeholder="Select" /></div>
                <div class="pb-field"><label for="pb-zip">ZIP code</label><InputText id="pb-zip" v-model="form.zip" maxlength="10" /></div>
              </div>
              <p v-if="errors" class="pb-hint" style="color:#b42318">{{ errors }}</p>
              <div class="pb-nav"><span></span><Button id="pb-next-1" label="Next" @click="go(activateCallback, '2', step1ok)" /></div>
            </StepPanel>
            <StepPanel v-slot="{ activateCallback }" value="2">
              <div class="pb-field" data-field="hasDegree"><span class="pb-q" id="pb-hasdegree-q">Do you have a college degree?</span>
                <div class="pb-opts" role="radiogroup" aria-labelledby="pb-hasdegree-q">
                  <span><RadioButton inputId="pb-deg-yes" name="hasDegree" value="Yes" v-model="form.hasDegree" /><label for="pb-deg-yes">Yes</label></span>
                  <span><RadioButton inputId="pb-deg-no" name="hasDegree" value="No" v-model="form.hasDegree" /><label for="pb-deg-no">No</label></span>
                </div></div>
              <div v-show="form.hasDegree === 'Yes'" class="pb-entry">
                <div class="pb-row">
                  <div class="pb-field"><label for="pb-school">College or university</label><InputText id="pb-school" v-model="form.school" /></div>
                  <div class="pb-field pb-degree"><label for="pb-degree">Degree</label><Select inputId="pb-degree" v-model="form.degree" :options="DEGREES" placeholder="Select" /></div>
                </div>
                <div style="display:flex;gap:8px;align-items:center"><Checkbox inputId="pb-graduated" v-model="form.graduated" binary /><label for="pb-graduated">I graduated</label></div>
              </div>
              <h3>Work history</h3>
              <p class="pb-hint">Start with your current or most recent position.</p>
              <div v-for="(job, i) in form.jobs" :key="i" class="pb-entry" :data-entry="i">
                <div class="pb-row">
                  <div class="pb-field"><label :for="'pb-job-' + i + '-company'">Company</label><InputText :id="'pb-job-' + i + '-company'" v-model="job.company" /></div>
                  <div class="pb-field"><label :for="'pb-job-' + i + '-title'">Job title</label><InputText :id="'pb-job-' + i + '-title'" v-model="job.title" /></div>
                </div>
                <div class="pb-row">
                  <div class="pb-field"><label :for="'pb-job-' + i + '-start'">Start month</label><InputText :id="'pb-job-' + i + '-start'" v-model="job.startMonth" placeholder="MM/YYYY" /></div>
                  <div style="display:flex;gap:8px;align-items:center"><Checkbox :inputId="'pb-job-' + i + '-current'" v-model="job.current" binary /><label :for="'pb-job-' + i + '-current'">I currently work here</label></div>
                </div>
                <Button v-if="form.jobs.length > 1" text severity="danger" size="small" label="Remove" @click="removeJob(i)" />
              </div>
              <Button id="pb-add-job" text label="+ Add another position" @click="addJob" />
              <div class="pb-field pb-years" style="margin-top:12px"><span class="pb-q" id="pb-years-q">Total years of professional experience</span>
                <SelectButton v-model="form.years" :options="posting.yearOptions" aria-labelledby="pb-years-q" /></div>
              <div class="pb-field pb-resume"><span class="pb-q" id="pb-resume-q">Resume *</span>
                <FileUpload mode="basic" name="resume" accept=".pdf,.doc,.docx" :maxFileSize="8000000" chooseLabel="Choose resume" :auto="false" customUpload @select="onResume" aria-labelledby="pb-resume-q" /></div>
              <div class="pb-field"><label for="pb-cover">Cover letter (optional)</label><Textarea id="pb-cover" v-model="form.coverLetter" rows="5" /></div>
              <div class="pb-nav"><Button label="Back" severity="secondary" @click="activateCallback('1')" /><Button id="pb-next-2" label="Next" @click="go(activateCallback, '3')" /></div>
            </StepPanel>
            <StepPanel v-slot="{ activateCallback }" value="3">
              <div class="pb-field" data-field="authorized"><span class="pb-q">Are you authorized to work in the United States? *</span>
                <div class="pb-opts"><span><RadioButton inputId="pb-auth-yes" name="authorized" value="Yes" v-model="form.authorized" /><label for="pb-auth-yes">Yes</label></span>
                <span><RadioButton inputId="pb-auth-no" name="authorized" value="No" v-model="form.authorized" /><label for="pb-auth-no">No</label></span></div></div>
              <div class="pb-field" data-field="sponsorship"><span class="pb-q">Will you need Pellbrook to sponsor a work visa, now or later? *</span>
                <div class="pb-opts"><span><RadioButton inputId="pb-spon-yes" name="sponsorship" value="Yes, I will need sponsorship" v-model="form.sponsorship" /><label for="pb-spon-yes">Yes, I will need sponsorship</label></span>
                <span><RadioButton inputId="pb-spon-no" name="sponsorship" value="No, I will not need sponsorship" v-model="form.sponsorship" /><label for="pb-spon-no">No, I will not need sponsorship</label></span></div></div>
              <div v-if="form.sponsorship === 'Yes, I will need sponsorship'" class="pb-field"><label for="pb-visa">Which visa?</label><Select inputId="pb-visa" v-model="form.visa" :options="VISAS" placeholder="Select" /></div>
              <div class="pb-row">
                <div class="pb-field"><label for="pb-start">When could you start?</label><DatePicker inputId="pb-start" v-model="form.startDate" dateFormat="mm/dd/yy" placeholder="mm/dd/yyyy" showIcon /></div>
                <div class="pb-field"><label for="pb-salary">Salary you're looking for (annual)</label><InputNumber inputId="pb-salary" v-model="form.salary" mode="currency" currency="USD" locale="en-US" :maxFractionDigits="0" /></div>
              </div>
              <div v-for="q in posting.questions" :key="q.key" class="pb-field" :class="'pb-q-' + q.key" :data-field="'q-' + q.key">
                <template v-if="q.kind === 'radio'"><span class="pb-q">{{ q.label }}</span>
                  <div class="pb-opts"><span v-for="(o, j) in q.options" :key="o"><RadioButton :inputId="'pb-' + q.key + '-' + j" :name="q.key" :value="o" v-model="form.questions[q.key]" /><label :for="'pb-' + q.key + '-' + j">{{ o }}</label></span></div></template>
                <template v-else-if="q.kind === 'select'"><label :for="'pb-' + q.key">{{ q.label }}</label><Select :inputId="'pb-' + q.key" v-model="form.questions[q.key]" :options="q.options" placeholder="Select" /></template>
                <template v-else><label :for="'pb-' + q.key">{{ q.label }}</label><Textarea :id="'pb-' + q.key" v-model="form.questions[q.key]" rows="3" /></template>
              </div>
              <div class="pb-field pb-heard"><label for="pb-heard">How did you hear about us?</label><Select inputId="pb-heard" v-model="form.heard" :options="HEARD" placeholder="Select" /></div>
              <div v-if="form.heard === 'Other'" class="pb-field"><label for="pb-heard-other">Where?</label><InputText id="pb-heard-other" v-model="form.heardOther" /></div>
              <div style="display:flex;gap:8px;align-items:center;margin-bottom:10px"><ToggleSwitch inputId="pb-alerts" v-model="form.alerts" /><label for="pb-alerts">Text me about new openings at my branch</label></div>
              <div style="display:flex;gap:8px;align-items:center"><Checkbox inputId="pb-consent" v-model="form.consent" binary /><label for="pb-consent">I confirm my answers are accurate and agree to Pellbrook's applicant privacy notice. *</label></div>
              <p v-if="errors" class="pb-hint" style="color:#b42318">{{ errors }}</p>
              <div class="pb-nav"><Button label="Back" severity="secondary" @click="activateCallback('2')" /><Button id="pb-next-3" label="Review" @click="go(activateCallback, '4', step3ok)" /></div>
            </StepPanel>
            <StepPanel v-slot="{ activateCallback }" value="4">
              <h3>Review your application</h3>
              <dl class="pb-review" id="pb-review">
                <dt>Name</dt><dd>{{ form.firstName }} {{ form.lastName }}</dd><dt>Email</dt><dd>{{ form.email }}</dd><dt>Phone</dt><dd>{{ form.phone }}</dd>
                <dt>Address</dt><dd>{{ form.street }}, {{ form.city }}, {{ form.state }} {{ form.zip }}</dd>
                <dt>Education</dt><dd>{{ form.hasDegree === 'Yes' ? form.degree + ', ' + form.school : form.hasDegree }}</dd>
                <dt>Most recent position</dt><dd>{{ form.jobs[0].title }} — {{ form.jobs[0].company }}</dd>
                <dt>Resume</dt><dd>{{ form.resume || 'Not attached' }}</dd><dt>Start</dt><dd>{{ fmtDate(form.startDate) }}</dd>
              </dl>
              <div class="pb-nav"><Button label="Edit" severity="secondary" @click="activateCallback('1')" /><Button id="pb-submit" type="submit" label="Submit application" /></div>
            </StepPanel>
          </StepPanels>
        </Stepper>
        </form>
      </main>`,
  };
  createApp(App).use(PrimeVue, { theme: { preset: Aura, options: { darkModeSelector: false } } }).mount('#app');
}
