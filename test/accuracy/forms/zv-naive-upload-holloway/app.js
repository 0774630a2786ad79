/*
 * A public-transit agency's careers page on Vue 3 + Naive UI: n-form-items (labels without
 * `for`), n-inputs, an n-auto-complete for the city, an n-select for the state and a filterable
 * one for the country (menus teleported to <body>), yes/no and experience as n-radio-groups of
 * n-radio-buttons, the degree as n-radios, pronouns and shift availability as n-checkbox-groups,
 * certifications as n-dynamic-tags, a month n-date-picker (MM/yyyy), an n-upload whose trigger is
 * a dragger area (the file goes to the upload list), a cover-letter textarea, an n-switch, an
 * EEO n-select and a "how did you hear" n-select, and an n-checkbox. The model is written into
 * <pre id="model"> outside the app.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import naive from 'naive-ui';

const CITIES = ['Sacramento', 'San Bernardino', 'San Diego', 'San Francisco', 'San Jose', 'Santa Rosa', 'Stockton'];
const opt = (list) => list.map((label) => ({ label, value: label }));

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', city: '', state: null, country: null, authorized: null, sponsorship: null, years: null, degree: null,
      pronouns: [], shifts: [], certifications: [], startMonth: null, resume: null, coverLetter: '', cdl: false, veteran: null, source: null, acknowledge: false,
    });
    const fileList = ref([]);
    const done = ref(false);
    const cityOptions = ref([]);
    watch(() => form.city, (text) => { cityOptions.value = text ? CITIES.filter((city) => city.toLowerCase().startsWith(text.toLowerCase())) : []; });
    const onUpload = (files) => { fileList.value = files.slice(-1); form.resume = fileList.value[0]?.name ?? null; };
    const submit = () => { if (form.email && form.resume && form.acknowledge) done.value = true; };
    const model = document.getElementById('model');
    watch(form, () => { model.textContent = JSON.stringify(form); }, { deep: true, immediate: true });
    return {
      form, fileList, done, cityOptions, onUpload, submit,
      states: opt(['Arizona', 'California', 'Nevada', 'Oregon', 'Washington']),
      countries: opt(['Canada', 'Mexico', 'United States', 'Other']),
      veteranOptions: opt(['Protected veteran', 'Not a protected veteran', 'Prefer not to say']),
      sourceOptions: opt(['Agency website', 'CalCareers', 'LinkedIn', 'Job fair', 'Other']),
    };
  },
  template: `
    <n-config-provider>
      <h2 v-if="done" id="done">Thank you. Your application has been received.</h2>
      <n-form v-else label-placement="top" @submit.prevent="submit">
        <h1>Transit Data Engineer</h1>
        <p>Operations Analytics · San Francisco, CA · Recruitment #2026-118</p>
        <div style="display:flex;gap:12px">
          <n-form-item label="Legal first name" data-field="firstName" style="flex:1" required><n-input v-model:value="form.firstName" placeholder="" /></n-form-item>
          <n-form-item label="Legal last name" data-field="lastName" style="flex:1" required><n-input v-model:value="form.lastName" placeholder="" /></n-form-item>
        </div>
        <n-form-item label="Email" data-field="email" required><n-input v-model:value="form.email" placeholder="name@example.com" /></n-form-item>
        <n-form-item label="Primary phone" data-field="phone"><n-input v-model:value="form.phone" placeholder="415-555-0100" /></n-form-item>
        <div style="display:flex;gap:12px">
          <n-form-item label="City" data-field="city" style="flex:1"><n-auto-complete v-model:value="form.city" :options="cityOptions" placeholder="" /></n-form-item>
          <n-form-item label="State" data-field="state" style="flex:1"><n-select v-model:value="form.state" :options="states" placeholder="Select" /></n-form-item>
        </div>
        <n-form-item label="Country" data-field="country"><n-select v-model:value="form.country" :options="countries" filterable placeholder="Select" /></n-form-item>
        <n-form-item label="Are you legally authorized to work in the United States?" data-field="authorized">
          <n-radio-group v-model:value="form.authorized" name="authorized"><n-radio-button value="Yes">Yes</n-radio-button><n-radio-button value="No">No</n-radio-button></n-radio-group>
        </n-form-item>
        <n-form-item label="Will you require visa sponsorship now or in the future?" data-field="sponsorship">
          <n-radio-group v-model:value="form.sponsorship" name="sponsorship"><n-radio-button value="Yes">Yes</n-radio-button><n-radio-button value="No">No</n-radio-button></n-radio-group>
        </n-form-item>
        <n-form-item label="Years of data engineering experience" data-field="years">
          <n-radio-group v-model:value="form.years" name="years">
            <n-radio-button v-for="y in ['Under 2', '2 to 4', '5 to 8', 'Over 8']" :key="y" :value="y">{{ y }}</n-radio-button>
          </n-radio-group>
        </n-form-item>
        <n-form-item label="Highest degree completed" data-field="degree">
          <n-radio-group v-model:value="form.degree" name="degree">
            <n-space vertical><n-radio v-for="d in ['High School Diploma or GED', 'Associate Degree', 'Bachelor Degree', 'Master Degree', 'Doctorate']" :key="d" :value="d">{{ d }}</n-radio></n-space>
          </n-radio-group>
        </n-form-item>
        <n-form-item label="Pronouns" data-field="pronouns">
          <n-checkbox-group v-model:value="form.pronouns"><n-space><n-checkbox v-for="p in ['She/Her', 'He/Him', 'They/Them']" :key="p" :value="p" :label="p" /></n-space></n-checkbox-group>
        </n-form-item>
        <n-form-item label="Which shifts can you work?" data-field="shifts">
          <n-checkbox-group v-model:value="form.shifts"><n-space><n-checkbox v-for="s in ['Weekday days', 'Evenings', 'Weekends', 'On-call rotation']" :key="s" :value="s" :label="s" /></n-space></n-checkbox-group>
        </n-form-item>
        <n-form-item label="Certifications" data-field="certifications"><n-dynamic-tags v-model:value="form.certifications" /></n-form-item>
        <n-form-item label="Available to start (month)" data-field="startMonth">
          <n-date-picker v-model:formatted-value="form.startMonth" type="month" format="MM/yyyy" value-format="yyyy-MM" placeholder="MM/YYYY" clearable />
        </n-form-item>
        <n-form-item label="Resume" data-field="resume" required>
          <n-upload :default-upload="false" :max="1" accept=".pdf,.doc,.docx" :file-list="fileList" @update:file-list="onUpload">
            <n-upload-dragger><div>Click or drag a file to this area to upload</div><p style="color:#888;margin:4px 0 0">PDF or Word · 5 MB max</p></n-upload-dragger>
          </n-upload>
        </n-form-item>
        <n-form-item label="Cover letter" data-field="coverLetter"><n-input v-model:value="form.coverLetter" type="textarea" :rows="4" placeholder="Paste your cover letter" /></n-form-item>
        <n-form-item label="I hold a valid Class B commercial driver's license" data-field="cdl"><n-switch v-model:value="form.cdl" /></n-form-item>
        <n-form-item label="Veteran status (optional)" data-field="veteran"><n-select v-model:value="form.veteran" :options="veteranOptions" placeholder="Select" /></n-form-item>
        <n-form-item label="How did you learn about this position?" data-field="source"><n-select v-model:value="form.source" :options="sourceOptions" placeholder="Select" /></n-form-item>
        <div data-field="acknowledge"><n-checkbox v-model:checked="form.acknowledge">I acknowledge that false statements may disqualify me from employment.</n-checkbox></div>
        <n-button attr-type="submit" type="primary" id="submit" style="margin-top:14px">Submit application</n-button>
      </n-form>
    </n-config-provider>
  `,
};

createApp(App).use(naive).mount('#root');
