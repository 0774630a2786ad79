/*
 * Tidewell Ocean Systems careers (Oakland; buoy and sensor networks) on Vue 3 + Naive UI, shared by
 * every posting (each posting's app.js passes its role and questions). Naive UI components as their
 * docs show them, mostly the less common ones:
 * - n-auto-complete email with the docs' domain completion ("name" → "name@gmail.com", …; free text);
 * - phone n-input with a "415 555 0100" placeholder and an **n-input-otp** "verification code" row
 *   behind a "Text me a code" button (no code is ever sent here);
 * - **n-cascader** "Where do you live?" Country / State / City (leaf-only, filterable, shown as a path);
 * - "https://" n-input-group-label before the LinkedIn n-input;
 * - n-auto-complete "Current (or most recent) employer" with company suggestions, free text allowed;
 * - n-input-number years with −/+ buttons, salary n-input-number with a "$" prefix, thousands formatting;
 * - **n-tree-select** highest education (expanded tree) and field of study;
 * - n-date-picker start date MM/dd/yyyy, **daterange** n-date-picker "dates you can't interview";
 * - **n-transfer** team preferences, **n-mention** referrer, **n-rate** self-rating;
 * - n-upload dragger (no auto upload: the file list is the state), textarea cover letter with a count.
 * The reactive form goes to <pre id="model">, written outside the app.
 */
import { createApp, reactive, ref, computed, watch } from 'vue/dist/vue.esm-bundler.js';
import naive from 'naive-ui';

const PLACES = [
  { label: 'United States', value: 'US', children: [
    { label: 'California', value: 'US-CA', children: ['Los Angeles', 'Oakland', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco'].map((c) => ({ label: c, value: `US-CA-${c}` })) },
    { label: 'Oregon', value: 'US-OR', children: ['Portland', 'Newport'].map((c) => ({ label: c, value: `US-OR-${c}` })) },
    { label: 'Washington', value: 'US-WA', children: ['Seattle', 'Tacoma'].map((c) => ({ label: c, value: `US-WA-${c}` })) },
    { label: 'Massachusetts', value: 'US-MA', children: ['Boston', 'Woods Hole'].map((c) => ({ label: c, value: `US-MA-${c}` })) },
  ] },
  { label: 'Canada', value: 'CA', children: [
    { label: 'British Columbia', value: 'CA-BC', children: ['Vancouver', 'Victoria'].map((c) => ({ label: c, value: `CA-BC-${c}` })) },
    { label: 'Nova Scotia', value: 'CA-NS', children: ['Halifax'].map((c) => ({ label: c, value: `CA-NS-${c}` })) },
  ] },
  { label: 'Mexico', value: 'MX', children: [
    { label: 'Baja California', value: 'MX-BC', children: ['Ensenada', 'Tijuana'].map((c) => ({ label: c, value: `MX-BC-${c}` })) },
  ] },
];
const EMPLOYERS = ['Saildrone', 'Sofar Ocean', 'Monterey Bay Aquarium Research Institute', 'Woods Hole Oceanographic Institution', 'NOAA', 'Brightwater Labs', 'Blue Ocean Robotics'];
const SCHOOLS = ['UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of California, San Diego', 'Berkeley City College', 'San Francisco State University', 'Oregon State University', 'University of Washington'];
const EDUCATION = [
  { label: 'Secondary', key: 'secondary', children: [{ label: 'High school diploma / GED', key: 'High school diploma / GED' }] },
  { label: 'Undergraduate', key: 'undergraduate', children: [{ label: 'Associate degree', key: 'Associate degree' }, { label: "Bachelor's degree (BA / BS)", key: "Bachelor's degree (BA / BS)" }] },
  { label: 'Graduate', key: 'graduate', children: [{ label: "Master's degree", key: "Master's degree" }, { label: 'Doctorate', key: 'Doctorate' }] },
];
const FIELDS = [
  { label: 'Engineering', key: 'eng', children: ['Computer Science', 'Electrical Engineering', 'Mechanical Engineering', 'Ocean Engineering'].map((l) => ({ label: l, key: l })) },
  { label: 'Natural sciences', key: 'sci', children: ['Physics', 'Oceanography', 'Marine Biology', 'Earth Science'].map((l) => ({ label: l, key: l })) },
  { label: 'Mathematics & statistics', key: 'math', children: ['Mathematics', 'Statistics', 'Data Science'].map((l) => ({ label: l, key: l })) },
  { label: 'Other', key: 'other', children: [{ label: 'Other field', key: 'Other field' }] },
];
const TEAMS = ['Buoy Hardware', 'Embedded Firmware', 'Data Platform', 'Ocean Analytics', 'Field Operations', 'Customer Engineering'].map((t) => ({ label: t, value: t }));
const PEOPLE = ['amara.osei', 'ben.holloway', 'carmen.ruiz', 'dmitri.volkov', 'eli.nakamura'].map((p) => ({ label: p, value: p }));
const SOURCES = ['LinkedIn', 'Our website', 'A Tidewell employee', 'Conference or meetup', 'Ocean Tech Jobs board', 'Other'].map((s) => ({ label: s, value: s }));

export function mount(posting) {
  const App = {
    setup() {
      const form = reactive({
        firstName: '', lastName: '', email: '', phone: '', otp: [], location: null, linkedin: '', employer: '', jobTitle: '',
        years: null, education: null, fieldOfStudy: null, school: '', authorized: null, sponsorship: null, salary: null, startDate: null,
        blackout: null, teams: [], referrer: '', resume: [], coverLetter: '', source: null, consent: false,
        ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'checkbox' ? [] : null])),
      });
      const fileList = ref([]);
      const codeSent = ref(false);
      const done = ref(false);
      const error = ref('');
      watch(fileList, (list) => { form.resume = list.map((f) => f.name); }, { deep: true });
      const emailOptions = computed(() => {
        const v = form.email || '';
        if (!v || v.includes('@')) return [];
        return ['@gmail.com', '@outlook.com', '@yahoo.com', '@icloud.com'].map((s) => ({ label: v + s, value: v + s }));
      });
      const employerOptions = computed(() => {
        const v = (form.employer || '').toLowerCase();
        return v ? EMPLOYERS.filter((e) => e.toLowerCase().includes(v)).map((e) => ({ label: e, value: e })) : [];
      });
      const schoolOptions = computed(() => {
        const v = (form.school || '').toLowerCase();
        return v ? SCHOOLS.filter((e) => e.toLowerCase().includes(v)).map((e) => ({ label: e, value: e })) : [];
      });
      const fmt = (n) => (n == null ? '' : Number(n).toLocaleString('en-US'));
      const parse = (s) => { const n = Number(String(s).replace(/[^\d.]/g, '')); return Number.isNaN(n) || s === '' ? null : n; };
      const submit = () => {
        const missing = [];
        if (!form.firstName) missing.push('first name'); if (!form.lastName) missing.push('last name');
        if (!form.email) missing.push('email'); if (!form.resume.length) missing.push('resume'); if (!form.consent) missing.push('privacy consent');
        error.value = missing.length ? `Please complete: ${missing.join(', ')}` : '';
        if (!missing.length) done.value = true;
      };
      const model = document.getElementById('model');
      watch(form, () => { model.textContent = JSON.stringify(form); }, { deep: true, immediate: true });
      return { form, fileList, codeSent, done, error, posting, emailOptions, employerOptions, schoolOptions, fmt, parse, submit, PLACES, EDUCATION, FIELDS, TEAMS, PEOPLE, SOURCES };
    },
    template: `
    <n-config-provider>
    <div v-if="done" class="tw-card" id="tw-done"><n-result status="success" title="Thanks — your application is in" :description="'We read every application for ' + posting.role + ' and reply within ten working days.'" /></div>
    <div v-else class="tw-card">
      <h2>Apply for this role</h2>
      <n-form label-placement="top" :show-require-mark="true">
        <h3>Personal information</h3>
        <n-grid :cols="2" :x-gap="16">
          <n-form-item-gi label="First name" data-field="firstName" required><n-input v-model:value="form.firstName" placeholder="" /></n-form-item-gi>
          <n-form-item-gi label="Last name" data-field="lastName" required><n-input v-model:value="form.lastName" placeholder="" /></n-form-item-gi>
        </n-grid>
        <n-form-item label="Email address" data-field="email" required>
          <n-auto-complete v-model:value="form.email" :options="emailOptions" placeholder="you@example.com" :input-props="{ autocomplete: 'off' }" />
        </n-form-item>
        <n-form-item label="Mobile phone" data-field="phone">
          <n-input v-model:value="form.phone" placeholder="415 555 0100" />
        </n-form-item>
        <n-form-item label="Verify your mobile number (optional)" data-field="otp">
          <n-space vertical>
            <n-button size="small" secondary @click="codeSent = true">Text me a code</n-button>
            <span class="tw-muted">{{ codeSent ? 'Code sent. Enter the 6 digits below.' : 'Verified numbers get interview reminders by SMS.' }}</span>
            <n-input-otp v-model:value="form.otp" />
          </n-space>
        </n-form-item>
        <n-form-item label="Where do you live?" data-field="location">
          <n-cascader v-model:value="form.location" :options="PLACES" check-strategy="child" filterable expand-trigger="click" placeholder="Country / State / City" clearable />
        </n-form-item>
        <n-form-item label="LinkedIn profile" data-field="linkedin">
          <n-input-group><n-input-group-label>https://</n-input-group-label><n-input v-model:value="form.linkedin" placeholder="www.linkedin.com/in/your-name" /></n-input-group>
        </n-form-item>

        <h3>Experience</h3>
        <n-grid :cols="2" :x-gap="16">
          <n-form-item-gi label="Current (or most recent) employer" data-field="employer">
            <n-auto-complete v-model:value="form.employer" :options="employerOptions" placeholder="Start typing" />
          </n-form-item-gi>
          <n-form-item-gi label="Job title" data-field="jobTitle"><n-input v-model:value="form.jobTitle" placeholder="" /></n-form-item-gi>
        </n-grid>
        <n-form-item :label="posting.yearsLabel" data-field="years">
          <n-input-number v-model:value="form.years" :min="0" :max="50" placeholder="0" style="width: 200px"><template #suffix>years</template></n-input-number>
        </n-form-item>
        <n-grid :cols="2" :x-gap="16">
          <n-form-item-gi label="Highest education completed" data-field="education">
            <n-tree-select v-model:value="form.education" :options="EDUCATION" default-expand-all placeholder="Select" />
          </n-form-item-gi>
          <n-form-item-gi label="Field of study" data-field="fieldOfStudy">
            <n-tree-select v-model:value="form.fieldOfStudy" :options="FIELDS" filterable placeholder="Select" />
          </n-form-item-gi>
        </n-grid>
        <n-form-item label="School or university" data-field="school">
          <n-auto-complete v-model:value="form.school" :options="schoolOptions" placeholder="Start typing" />
        </n-form-item>

        <h3>Eligibility and pay</h3>
        <n-form-item :label="posting.authLabel" data-field="authorized">
          <n-radio-group v-model:value="form.authorized" name="authorized"><n-radio-button value="yes">Yes</n-radio-button><n-radio-button value="no">No</n-radio-button></n-radio-group>
        </n-form-item>
        <n-form-item :label="posting.sponsorLabel" data-field="sponsorship">
          <n-radio-group v-model:value="form.sponsorship" name="sponsorship"><n-space vertical>
            <n-radio v-for="o in posting.sponsorOptions" :key="o.value" :value="o.value">{{ o.label }}</n-radio>
          </n-space></n-radio-group>
        </n-form-item>
        <n-form-item label="Expected base salary (USD per year)" data-field="salary">
          <n-input-number v-model:value="form.salary" :show-button="false" :format="fmt" :parse="parse" placeholder="e.g. 120,000" style="width: 260px"><template #prefix>$</template></n-input-number>
        </n-form-item>
        <n-grid :cols="2" :x-gap="16">
          <n-form-item-gi label="Earliest start date" data-field="startDate">
            <n-date-picker v-model:formatted-value="form.startDate" type="date" format="MM/dd/yyyy" value-format="yyyy-MM-dd" placeholder="MM/DD/YYYY" clearable />
          </n-form-item-gi>
          <n-form-item-gi label="Any dates in the next month you can't interview?" data-field="blackout">
            <n-date-picker v-model:formatted-value="form.blackout" type="daterange" format="MM/dd/yyyy" value-format="yyyy-MM-dd" start-placeholder="From" end-placeholder="To" clearable />
          </n-form-item-gi>
        </n-grid>

        <h3>A few more questions</h3>
        <n-form-item label="Which teams would you like us to consider you for?" data-field="teams">
          <n-transfer v-model:value="form.teams" :options="TEAMS" source-filterable source-title="Teams" target-title="Consider me for" />
        </n-form-item>
        <n-form-item v-for="q in posting.questions" :key="q.key" :label="q.label" :data-field="q.key">
          <n-radio-group v-if="q.type === 'radio'" v-model:value="form[q.key]" :name="q.key"><n-space><n-radio v-for="o in q.options" :key="o" :value="o">{{ o }}</n-radio></n-space></n-radio-group>
          <n-select v-else-if="q.type === 'select'" v-model:value="form[q.key]" :options="q.options.map((o) => ({ label: o, value: o }))" placeholder="Select" />
          <n-checkbox-group v-else-if="q.type === 'checkbox'" v-model:value="form[q.key]"><n-space><n-checkbox v-for="o in q.options" :key="o" :value="o" :label="o" /></n-space></n-checkbox-group>
          <n-rate v-else-if="q.type === 'rate'" v-model:value="form[q.key]" />
          <n-input v-else v-model:value="form[q.key]" type="textarea" :autosize="{ minRows: 2 }" placeholder="" />
        </n-form-item>
        <n-form-item label="Did someone at Tidewell refer you?" data-field="referrer">
          <n-mention v-model:value="form.referrer" :options="PEOPLE" placeholder="Type @ to find them" />
        </n-form-item>

        <h3>Documents</h3>
        <n-form-item label="Resume" data-field="resume" required>
          <n-upload v-model:file-list="fileList" :default-upload="false" :max="1" accept=".pdf,.doc,.docx">
            <n-upload-dragger><div style="font-size: 15px">Click or drag your resume here</div><div class="tw-muted">PDF or Word, up to 10 MB</div></n-upload-dragger>
          </n-upload>
        </n-form-item>
        <n-form-item label="Cover letter" data-field="coverLetter">
          <n-input v-model:value="form.coverLetter" type="textarea" :autosize="{ minRows: 4 }" maxlength="3000" show-count placeholder="Tell us why this role, in your own words (optional)" />
        </n-form-item>
        <n-form-item label="How did you hear about this job?" data-field="source">
          <n-select v-model:value="form.source" :options="SOURCES" placeholder="Select" clearable />
        </n-form-item>
        <n-form-item data-field="consent" :show-label="false">
          <n-checkbox v-model:checked="form.consent">I agree that Tidewell may store my application for 24 months under its candidate privacy notice.</n-checkbox>
        </n-form-item>
        <p v-if="error" class="tw-error">{{ error }}</p>
        <n-button type="primary" id="tw-submit" @click="submit">Submit application</n-button>
      </n-form>
    </div>
    </n-config-provider>`,
  };
  createApp(App).use(naive).mount('#app');
}
