/*
 * Another posting of the JOIN-style Naive UI page (Nordlicht Analytics GmbH, Vienna, hiring in the
 * US): the same fields; its own experience buckets ("5-7 years"), a work-authorization radio, a
 * sponsorship question worded as "need a visa", a GitHub field and a Vienna-travel question.
 *
 * A JOIN-style application page built with Vue 3 and Naive UI: n-form-item labels, n-input,
 * a dial-code n-select grouped with the phone input, filterable n-select menus teleported to the
 * end of <body>, n-radio-group, n-input-number with a "$" prefix, n-date-picker showing
 * dd/MM/yyyy (its value formatted yyyy-MM-dd), a multiple n-select, n-switch and n-checkbox. The
 * reactive form is written into <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import naive from 'naive-ui';
import countries from 'world-countries';

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', dialCode: null, phone: '', country: null, city: '', linkedin: '', experience: null,
      authorized: null, sponsorship: null, travel: null, github: '', salary: null, startDate: null, languages: [], coverLetter: '', source: '', resume: null, jobAlerts: false, privacy: false,
    });
    const done = ref(false);
    const dialCodes = [['+1 (US)', 'US'], ['+1 (CA)', 'CA'], ['+44 (GB)', 'GB'], ['+49 (DE)', 'DE'], ['+33 (FR)', 'FR']].map(([label, value]) => ({ label, value }));
    const countryOptions = countries.map((country) => ({ label: country.name.common, value: country.cca2 })).sort((a, b) => a.label.localeCompare(b.label));
    const experienceOptions = ['0-1 years', '2-4 years', '5-7 years', '8+ years'].map((label) => ({ label, value: label }));
    const languageOptions = ['English', 'German', 'Dutch', 'Italian'].map((label) => ({ label, value: label.toLowerCase() }));
    const pickResume = (event) => { form.resume = event.target.files[0]?.name ?? null; };
    const submit = () => { if (form.firstName && form.email && form.resume && form.privacy) done.value = true; };
    // The model is written outside the app's template, so a keystroke re-renders the form only.
    const model = document.getElementById('model');
    watch(form, () => { model.textContent = JSON.stringify(form, null, 2); }, { deep: true, immediate: true });
    return { form, done, dialCodes, countryOptions, experienceOptions, languageOptions, pickResume, submit };
  },
  template: `
    <n-config-provider>
      <h2 v-if="done" id="join-done">Your application was sent to Nordlicht Analytics GmbH.</h2>
      <n-form v-else label-placement="top" @submit.prevent="submit">
        <h1>Solutions Engineer (m/w/d)</h1>
        <p>Nordlicht Analytics GmbH · Remote (United States) · Full-time · $135,000 – $165,000</p>
        <p>Nordlicht makes forecasting software for European and North American energy retailers. As our second US solutions engineer you'll run technical evaluations, build proof-of-concept data integrations and hand projects over to our Vienna delivery team.</p>
        <div style="display:flex;gap:12px">
          <n-form-item label="First name" data-field="firstName" style="flex:1" required><n-input v-model:value="form.firstName" placeholder="" /></n-form-item>
          <n-form-item label="Last name" data-field="lastName" style="flex:1" required><n-input v-model:value="form.lastName" placeholder="" /></n-form-item>
        </div>
        <n-form-item label="Email" data-field="email" required><n-input v-model:value="form.email" placeholder="" /></n-form-item>
        <n-form-item label="Phone number" data-field="phone">
          <n-input-group>
            <n-select v-model:value="form.dialCode" :options="dialCodes" placeholder="Code" style="width:130px" data-field="dialCode" />
            <n-input v-model:value="form.phone" placeholder="Phone number" />
          </n-input-group>
        </n-form-item>
        <n-form-item label="Country of residence" data-field="country"><n-select v-model:value="form.country" :options="countryOptions" filterable placeholder="Please select" /></n-form-item>
        <n-form-item label="City" data-field="city"><n-input v-model:value="form.city" placeholder="" /></n-form-item>
        <n-form-item label="LinkedIn profile" data-field="linkedin"><n-input v-model:value="form.linkedin" placeholder="https://linkedin.com/in/…" /></n-form-item>
        <n-form-item label="GitHub profile" data-field="github"><n-input v-model:value="form.github" placeholder="https://github.com/…" /></n-form-item>
        <n-form-item label="Years of experience in a customer-facing technical role or data engineering" data-field="experience"><n-select v-model:value="form.experience" :options="experienceOptions" placeholder="Please select" /></n-form-item>
        <n-form-item label="Are you authorized to work in the United States?" data-field="authorized">
          <n-radio-group v-model:value="form.authorized" name="authorized"><n-radio value="yes">Yes</n-radio><n-radio value="no">No</n-radio></n-radio-group>
        </n-form-item>
        <n-form-item label="Will you need a visa to keep working in the US, now or in the future?" data-field="sponsorship">
          <n-radio-group v-model:value="form.sponsorship" name="sponsorship"><n-radio value="yes">Yes</n-radio><n-radio value="no">No</n-radio></n-radio-group>
        </n-form-item>
        <n-form-item label="The role includes two trips a year to our Vienna office. Is that okay for you?" data-field="travel">
          <n-radio-group v-model:value="form.travel" name="travel"><n-radio value="yes">Yes</n-radio><n-radio value="no">No</n-radio><n-radio value="discuss">Let's discuss</n-radio></n-radio-group>
        </n-form-item>
        <div style="display:flex;gap:12px">
          <n-form-item label="Desired salary (USD, gross per year)" data-field="salary" style="flex:1"><n-input-number v-model:value="form.salary" :show-button="false" placeholder="" style="width:100%"><template #prefix>$</template></n-input-number></n-form-item>
          <n-form-item label="Earliest start date" data-field="startDate" style="flex:1"><n-date-picker v-model:formatted-value="form.startDate" value-format="yyyy-MM-dd" format="dd/MM/yyyy" type="date" placeholder="dd/mm/yyyy" style="width:100%" /></n-form-item>
        </div>
        <n-form-item label="Languages you speak fluently" data-field="languages"><n-select v-model:value="form.languages" :options="languageOptions" multiple placeholder="Please select" /></n-form-item>
        <n-form-item label="Cover letter (optional)" data-field="coverLetter"><n-input v-model:value="form.coverLetter" type="textarea" :rows="4" placeholder="" /></n-form-item>
        <n-form-item label="Where did you hear about this job?" data-field="source"><n-input v-model:value="form.source" placeholder="" /></n-form-item>
        <n-form-item label="CV" data-field="resume" required><input type="file" accept=".pdf,.docx" @change="pickResume" /></n-form-item>
        <n-form-item label="Job alerts" data-field="jobAlerts"><n-switch v-model:value="form.jobAlerts" /> <span style="margin-left:8px">Send me similar jobs by email</span></n-form-item>
        <div data-field="privacy"><n-checkbox v-model:checked="form.privacy">I accept the privacy policy of Nordlicht Analytics GmbH and JOIN</n-checkbox></div>
        <n-button attr-type="submit" type="primary" id="join-submit" style="margin-top:14px">Send application</n-button>
      </n-form>
    </n-config-provider>
  `,
};

createApp(App).use(naive).mount('#app');
