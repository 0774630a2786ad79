/*
 * Holloway Transit Authority's careers page on Vue 3 + Naive UI, another posting: Scheduling Data
 * Analyst (GTFS), Oakland operations center. Same components, configured for this recruitment:
 * "(415) 555-0100" phone example, the filterable country n-select preset to United States, work
 * authorization as an n-select and sponsorship as n-radio-buttons with sentences, years and degree
 * with other options, pronouns in lower case, divisions of interest, a required on-site question,
 * a GTFS years box, a full-date n-date-picker (MM/dd/yyyy), the dragger n-upload, a cover-letter
 * textarea, a driver's-license n-switch, veteran / source n-selects and the acknowledgement.
 * The model is written into <pre id="model"> outside the app.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import naive from 'naive-ui';

const CITIES = ['Oakland', 'Richmond', 'Sacramento', 'San Francisco', 'San Jose', 'San Leandro', 'San Mateo', 'Santa Clara'];
const opt = (list) => list.map((label) => ({ label, value: label }));

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', city: '', state: null, country: 'United States', authorized: null, sponsorship: null, years: null, degree: null,
      pronouns: [], divisions: [], onsite: null, gtfsYears: '', certifications: [], startDate: null, resume: null, coverLetter: '', license: false, veteran: null, source: null, acknowledge: false,
    });
    const fileList = ref([]);
    const done = ref(false);
    const cityOptions = ref([]);
    watch(() => form.city, (text) => { cityOptions.value = text ? CITIES.filter((city) => city.toLowerCase().startsWith(text.toLowerCase())) : []; });
    const onUpload = (files) => { fileList.value = files.slice(-1); form.resume = fileList.value[0]?.name ?? null; };
    const submit = () => { if (form.email && form.resume && form.acknowledge && form.onsite) done.value = true; };
    const model = document.getElementById('model');
    watch(form, () => { model.textContent = JSON.stringify(form); }, { deep: true, immediate: true });
    return {
      form, fileList, done, cityOptions, onUpload, submit,
      states: opt(['Arizona', 'California', 'Nevada', 'Oregon', 'Utah', 'Washington']),
      countries: opt(['Canada', 'Mexico', 'United States', 'Other']),
      yesNo: opt(['Yes', 'No']),
      veteranOptions: opt(['Protected veteran', 'Not a protected veteran', 'Prefer not to say']),
      sourceOptions: opt(['Agency website', 'CalCareers', 'GovernmentJobs', 'LinkedIn', 'Transit job board', 'Other']),
    };
  },
  template: `
    <n-config-provider>
      <h2 v-if="done" id="done">Thank you. Your application has been received.</h2>
      <n-form v-else label-placement="top" @submit.prevent="submit">
        <h1>Scheduling Data Analyst (GTFS)</h1>
        <p>Service Planning · Oakland Operations Center · Recruitment #2026-131</p>
        <div style="display:flex;gap:12px">
          <n-form-item label="Legal first name" data-field="firstName" style="flex:1" required><n-input v-model:value="form.firstName" placeholder="" /></n-form-item>
          <n-form-item label="Legal last name" data-field="lastName" style="flex:1" required><n-input v-model:value="form.lastName" placeholder="" /></n-form-item>
        </div>
        <n-form-item label="Email" data-field="email" required><n-input v-model:value="form.email" placeholder="name@example.com" /></n-form-item>
        <n-form-item label="Daytime phone" data-field="phone"><n-input v-model:value="form.phone" placeholder="(415) 555-0100" /></n-form-item>
        <div style="display:flex;gap:12px">
          <n-form-item label="City" data-field="city" style="flex:1"><n-auto-complete v-model:value="form.city" :options="cityOptions" placeholder="" /></n-form-item>
          <n-form-item label="State" data-field="state" style="flex:1"><n-select v-model:value="form.state" :options="states" placeholder="Select" /></n-form-item>
        </div>
        <n-form-item label="Country" data-field="country"><n-select v-model:value="form.country" :options="countries" filterable placeholder="Select" /></n-form-item>
        <n-form-item label="Are you legally authorized to work in the United States?" data-field="authorized"><n-select v-model:value="form.authorized" :options="yesNo" placeholder="Select" /></n-form-item>
        <n-form-item label="Will you now or in the future need the Authority to sponsor a work visa?" data-field="sponsorship">
          <n-radio-group v-model:value="form.sponsorship" name="sponsorship">
            <n-radio-button value="Yes">Yes, I will need sponsorship</n-radio-button><n-radio-button value="No">No, I will not need sponsorship</n-radio-button>
          </n-radio-group>
        </n-form-item>
        <n-form-item label="Total years of professional experience" data-field="years">
          <n-radio-group v-model:value="form.years" name="years">
            <n-radio-button v-for="y in ['0–2 years', '3–6 years', '7–10 years', '11+ years']" :key="y" :value="y">{{ y }}</n-radio-button>
          </n-radio-group>
        </n-form-item>
        <n-form-item label="Highest level of education" data-field="degree">
          <n-radio-group v-model:value="form.degree" name="degree">
            <n-space vertical><n-radio v-for="d in ['High school or equivalent', 'Some college', 'Associate (A.A./A.S.)', 'Bachelor (B.A./B.S.)', 'Master (M.A./M.S.)', 'Doctorate']" :key="d" :value="d">{{ d }}</n-radio></n-space>
          </n-radio-group>
        </n-form-item>
        <n-form-item label="Pronouns" data-field="pronouns">
          <n-checkbox-group v-model:value="form.pronouns"><n-space><n-checkbox v-for="p in ['she/her', 'he/him', 'they/them', 'self-describe']" :key="p" :value="p" :label="p" /></n-space></n-checkbox-group>
        </n-form-item>
        <n-form-item label="Which divisions would you also like to be considered for?" data-field="divisions">
          <n-checkbox-group v-model:value="form.divisions"><n-space><n-checkbox v-for="s in ['Service Planning', 'Operations Analytics', 'Customer Information', 'Capital Projects']" :key="s" :value="s" :label="s" /></n-space></n-checkbox-group>
        </n-form-item>
        <n-form-item label="This position reports to the Oakland Operations Center at least three days a week. Are you able to meet this requirement?" data-field="onsite" required>
          <n-radio-group v-model:value="form.onsite" name="onsite"><n-space><n-radio value="Yes">Yes</n-radio><n-radio value="No">No</n-radio></n-space></n-radio-group>
        </n-form-item>
        <n-form-item label="Years working with GTFS, AVL or APC data" data-field="gtfsYears"><n-input v-model:value="form.gtfsYears" placeholder="" /></n-form-item>
        <n-form-item label="Certifications" data-field="certifications"><n-dynamic-tags v-model:value="form.certifications" /></n-form-item>
        <n-form-item label="Date available" data-field="startDate">
          <n-date-picker v-model:formatted-value="form.startDate" type="date" format="MM/dd/yyyy" value-format="yyyy-MM-dd" placeholder="MM/DD/YYYY" clearable />
        </n-form-item>
        <n-form-item label="Resume" data-field="resume" required>
          <n-upload :default-upload="false" :max="1" accept=".pdf,.doc,.docx" :file-list="fileList" @update:file-list="onUpload">
            <n-upload-dragger><div>Click or drag a file to this area to upload</div><p style="color:#888;margin:4px 0 0">PDF or Word · 5 MB max</p></n-upload-dragger>
          </n-upload>
        </n-form-item>
        <n-form-item label="Letter of interest" data-field="coverLetter"><n-input v-model:value="form.coverLetter" type="textarea" :rows="4" placeholder="Paste your letter of interest" /></n-form-item>
        <n-form-item label="I hold a valid California driver's license" data-field="license"><n-switch v-model:value="form.license" /></n-form-item>
        <n-form-item label="Veteran status (optional)" data-field="veteran"><n-select v-model:value="form.veteran" :options="veteranOptions" placeholder="Select" /></n-form-item>
        <n-form-item label="How did you learn about this position?" data-field="source"><n-select v-model:value="form.source" :options="sourceOptions" placeholder="Select" /></n-form-item>
        <div data-field="acknowledge"><n-checkbox v-model:checked="form.acknowledge">I acknowledge that false statements may disqualify me from employment.</n-checkbox></div>
        <n-button attr-type="submit" type="primary" id="submit" style="margin-top:14px">Submit application</n-button>
      </n-form>
    </n-config-provider>
  `,
};

createApp(App).use(naive).mount('#root');
