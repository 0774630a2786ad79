/*
 * The careers site of a rail-signalling company, built with Carbon web components
 * (`@carbon/web-components` 2, Lit) in Carbon's **fluid form** style: cds-fluid-form sections of
 * cds-fluid-text-input / cds-fluid-select / cds-fluid-combo-box / cds-fluid-dropdown /
 * cds-fluid-number-input / cds-fluid-date-picker / cds-fluid-textarea / cds-fluid-multi-select,
 * the label drawn inside the field's box (input and label in the shadow root), a dial-code combo
 * box beside the phone, a country select with long official names (the native select lives in the
 * shadow root), cds-radio-button-groups with sentence answers, a cds-toggle "require sponsorship",
 * cds-checkbox-group, a cds-file-uploader drop container for the resume and a button uploader
 * for the cover letter (the app lists picked files as cds-file-uploader-items), cds-checkboxes and
 * a header cds-search. The posting's own questions come from `#posting`. The form state is
 * rendered into <pre id="model">.
 */
import '@carbon/web-components/es/components/button/index.js';
import '@carbon/web-components/es/components/checkbox/index.js';
import '@carbon/web-components/es/components/combo-box/index.js';
import '@carbon/web-components/es/components/date-picker/index.js';
import '@carbon/web-components/es/components/dropdown/index.js';
import '@carbon/web-components/es/components/file-uploader/index.js';
import '@carbon/web-components/es/components/fluid-combo-box/index.js';
import '@carbon/web-components/es/components/fluid-date-picker/index.js';
import '@carbon/web-components/es/components/fluid-dropdown/index.js';
import '@carbon/web-components/es/components/fluid-form/index.js';
import '@carbon/web-components/es/components/fluid-multi-select/index.js';
import '@carbon/web-components/es/components/fluid-number-input/index.js';
import '@carbon/web-components/es/components/fluid-select/index.js';
import '@carbon/web-components/es/components/fluid-text-input/index.js';
import '@carbon/web-components/es/components/fluid-textarea/index.js';
import '@carbon/web-components/es/components/multi-select/index.js';
import '@carbon/web-components/es/components/radio-button/index.js';
import '@carbon/web-components/es/components/search/index.js';
import '@carbon/web-components/es/components/select/index.js';
import '@carbon/web-components/es/components/toggle/index.js';

const posting = JSON.parse(document.getElementById('posting').textContent);
const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const items = (tag, list) => list.map(([value, label]) => `<${tag} value="${esc(value)}">${esc(label)}</${tag}>`).join('');
const radioGroup = (id, legend, list) =>
  `<cds-radio-button-group id="${id}" name="${id}" legend-text="${esc(legend)}" orientation="vertical">${list.map(([value, label]) => `<cds-radio-button value="${esc(value)}" label-text="${esc(label)}"></cds-radio-button>`).join('')}</cds-radio-button-group>`;

const DIAL = [['CA', 'Canada (+1)'], ['DE', 'Germany (+49)'], ['IN', 'India (+91)'], ['MX', 'Mexico (+52)'], ['PR', 'Puerto Rico (+1)'], ['GB', 'United Kingdom (+44)'], ['US', 'United States (+1)']];
const COUNTRIES = [
  ['AUS', 'Australia'], ['AUT', 'Austria'], ['BEL', 'Belgium'], ['BRA', 'Brazil'], ['CAN', 'Canada'], ['CHN', 'China'], ['CZE', 'Czechia'], ['FRA', 'France'],
  ['DEU', 'Germany'], ['IND', 'India'], ['IRL', 'Ireland'], ['ITA', 'Italy'], ['JPN', 'Japan'], ['MEX', 'Mexico'], ['NLD', 'Netherlands (Kingdom of the)'],
  ['POL', 'Poland'], ['ESP', 'Spain'], ['SWE', 'Sweden'], ['CHE', 'Switzerland'], ['GBR', 'United Kingdom of Great Britain and Northern Ireland'],
  ['UMI', 'United States Minor Outlying Islands'], ['USA', 'United States of America'], ['VIR', 'Virgin Islands (U.S.)'],
];
const DEGREES = [['hs', 'High school diploma or equivalent'], ['assoc', 'Associate degree'], ['bs', 'Bachelor of Science / Bachelor of Arts'], ['ms', 'Master of Science / Master of Arts'], ['mba', 'MBA'], ['phd', 'PhD']];

const state = {
  search: '', firstName: '', lastName: '', email: '', dialCode: '', phone: '', location: '', country: '', linkedin: '', github: '',
  employer: '', title: '', experience: '', degree: '', school: '', authorization: '', sponsorship: false, salary: '', startDate: '',
  arrangement: [], resume: [], coverLetter: [], source: '', veteran: '', disability: '', consent: false, jobAlerts: false,
  questions: Object.fromEntries(posting.questions.map((q) => [q.id, q.type === 'checkboxes' ? [] : ''])),
};
const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(state, null, 2); };

function question(q) {
  if (q.type === 'radio') return radioGroup(q.id, q.label, q.options);
  if (q.type === 'checkboxes')
    return `<cds-checkbox-group id="${q.id}" legend-text="${esc(q.label)}">${q.options.map(([value, label]) => `<cds-checkbox value="${esc(value)}">${esc(label)}</cds-checkbox>`).join('')}</cds-checkbox-group>`;
  return `<cds-fluid-textarea id="${q.id}" label="${esc(q.label)}" rows="3"></cds-fluid-textarea>`;
}

document.getElementById('search-slot').innerHTML = '<cds-search id="job-search" size="sm" label-text="Search" placeholder="Search jobs" close-button-label-text="Clear search"></cds-search>';
document.getElementById('app').innerHTML = `
  <form id="apply" novalidate>
    <h3>Contact details</h3>
    <cds-fluid-form>
      <div class="row2">
        <cds-fluid-text-input id="firstName" name="firstName" label="First name" required></cds-fluid-text-input>
        <cds-fluid-text-input id="lastName" name="lastName" label="Last name" required></cds-fluid-text-input>
      </div>
      <cds-fluid-text-input id="email" name="email" type="email" label="Email" required></cds-fluid-text-input>
      <div class="row-phone">
        <cds-fluid-combo-box id="dialCode" name="dialCode" title-text="Country code" label="Select" should-filter-item>${items('cds-combo-box-item', DIAL)}</cds-fluid-combo-box>
        <cds-fluid-text-input id="phone" name="phone" type="tel" label="Phone number (digits only)" required></cds-fluid-text-input>
      </div>
      <div class="row2">
        <cds-fluid-text-input id="location" name="location" label="Location (city, state)"></cds-fluid-text-input>
        <cds-fluid-select id="country" name="country" label-text="Country of residence" placeholder="Choose a country">${items('cds-select-item', COUNTRIES)}</cds-fluid-select>
      </div>
      <div class="row2">
        <cds-fluid-text-input id="linkedin" name="linkedin" type="url" label="LinkedIn URL"></cds-fluid-text-input>
        <cds-fluid-text-input id="github" name="github" type="url" label="GitHub or GitLab profile"></cds-fluid-text-input>
      </div>
    </cds-fluid-form>
    <h3>Experience</h3>
    <cds-fluid-form>
      <div class="row2">
        <cds-fluid-text-input id="employer" name="employer" label="Current employer"></cds-fluid-text-input>
        <cds-fluid-text-input id="title" name="title" label="Current job title"></cds-fluid-text-input>
      </div>
      <div class="row2">
        <cds-fluid-dropdown id="experience" name="experience" title-text="${esc(posting.experienceLabel)}" label="Choose an option">${items('cds-dropdown-item', posting.experience)}</cds-fluid-dropdown>
        <cds-fluid-dropdown id="degree" name="degree" title-text="Highest degree" label="Choose an option">${items('cds-dropdown-item', DEGREES)}</cds-fluid-dropdown>
      </div>
      <cds-fluid-text-input id="school" name="school" label="School or university"></cds-fluid-text-input>
    </cds-fluid-form>
    <h3>Eligibility and availability</h3>
    ${radioGroup('authorization', 'Which statement describes your eligibility to work in the United States?', [['any', 'I am authorized to work in the U.S. for any employer'], ['current', 'I am authorized to work in the U.S. only for my current employer'], ['none', 'I am not authorized to work in the U.S.']])}
    <cds-toggle id="sponsorship" label-text="Will you now or in the future require Northgate to sponsor a work visa?" label-a="Yes" label-b="No"></cds-toggle>
    <cds-fluid-form>
      <div class="row2">
        <cds-fluid-number-input id="salary" name="salary" label="Desired base salary (USD per year)" min="0" step="1000" hide-steppers></cds-fluid-number-input>
        <cds-fluid-date-picker id="startDate" date-format="m/d/Y" allow-input>
          <cds-fluid-date-picker-input kind="single" label-text="Earliest start date" placeholder="mm/dd/yyyy"></cds-fluid-date-picker-input>
        </cds-fluid-date-picker>
      </div>
      <cds-fluid-multi-select id="arrangement" title-text="Work arrangements you would consider" label="Select all that apply">${items('cds-multi-select-item', [['remote', 'Remote'], ['hybrid', 'Hybrid (Pittsburgh)'], ['onsite', 'On-site (Pittsburgh)']])}</cds-fluid-multi-select>
    </cds-fluid-form>
    ${posting.questions.map(question).join('\n    ')}
    <h3>Documents</h3>
    <cds-file-uploader id="resume" label-title="Resume" label-description="Required. PDF or Word, 5 MB max.">
      <cds-file-uploader-drop-container id="resume-drop" accept=".pdf .docx" name="resume">Drag and drop your resume here or click to upload</cds-file-uploader-drop-container>
    </cds-file-uploader>
    <cds-file-uploader id="coverLetter" label-title="Cover letter" label-description="Optional. PDF, Word or plain text.">
      <cds-file-uploader-button id="coverLetter-button" accept=".pdf .docx .txt" name="coverLetter" button-kind="tertiary">Add file</cds-file-uploader-button>
    </cds-file-uploader>
    <h3>A few more questions</h3>
    <cds-fluid-form>
      <cds-fluid-dropdown id="source" name="source" title-text="How did you find this job?" label="Choose an option">${items('cds-dropdown-item', [['site', 'Northgate careers site'], ['linkedin', 'LinkedIn'], ['builtin', 'Built In Pittsburgh'], ['referral', 'A Northgate employee'], ['event', 'Event or conference'], ['other', 'Other']])}</cds-fluid-dropdown>
      <div class="row2">
        <cds-fluid-select id="veteran" name="veteran" label-text="Veteran status (voluntary)" placeholder="Choose an option">${items('cds-select-item', [['protected', 'I identify as one or more of the classifications of protected veteran'], ['not', 'I am not a protected veteran'], ['decline', 'I do not wish to self-identify']])}</cds-fluid-select>
        <cds-fluid-select id="disability" name="disability" label-text="Disability status (voluntary)" placeholder="Choose an option">${items('cds-select-item', [['yes', 'Yes, I have a disability (or previously had a disability)'], ['no', 'No, I do not have a disability'], ['decline', 'I do not want to answer']])}</cds-fluid-select>
      </div>
    </cds-fluid-form>
    <cds-checkbox id="consent" name="consent">I agree to the Northgate candidate privacy notice and allow Northgate to keep my application for two years.</cds-checkbox>
    <cds-checkbox id="jobAlerts" name="jobAlerts">Email me when similar jobs open</cds-checkbox>
    <cds-button id="submit-application" kind="primary">Submit application</cds-button>
    <p id="form-error" hidden>Complete the required fields to continue.</p>
  </form>`;

const on = (id, events, read) => {
  const el = document.getElementById(id);
  for (const event of events) el.addEventListener(event, (e) => { state[id] = read(el, e); renderModel(); });
};
for (const id of ['firstName', 'lastName', 'email', 'phone', 'location', 'linkedin', 'github', 'employer', 'title', 'school']) on(id, ['input', 'change'], (el) => el.value ?? '');
for (const id of ['country', 'veteran', 'disability']) on(id, ['cds-select-selected', 'change'], (el) => el.value ?? '');
for (const id of ['dialCode', 'experience', 'degree', 'source']) on(id, ['cds-combo-box-selected', 'cds-dropdown-selected'], (el) => el.value ?? '');
on('authorization', ['cds-radio-button-group-changed'], (el, e) => e.detail?.value ?? el.value ?? '');
on('sponsorship', ['cds-toggle-changed'], (el) => el.toggled === true || el.checked === true);
on('salary', ['input', 'change'], (el) => el.value ?? '');
on('startDate', ['cds-date-picker-changed'], (el, e) => {
  const [date] = e.detail?.selectedDates ?? [];
  return date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : '';
});
on('arrangement', ['cds-multi-select-selected'], (el) => (el.value ? el.value.split(',').filter(Boolean) : []));
for (const id of ['consent', 'jobAlerts']) on(id, ['cds-checkbox-changed'], (el) => el.checked === true);
for (const q of posting.questions) {
  const el = document.getElementById(q.id);
  if (q.type === 'radio') el.addEventListener('cds-radio-button-group-changed', (e) => { state.questions[q.id] = e.detail?.value ?? ''; renderModel(); });
  else if (q.type === 'checkboxes')
    el.addEventListener('cds-checkbox-changed', () => { state.questions[q.id] = [...el.querySelectorAll('cds-checkbox')].filter((box) => box.checked).map((box) => box.value); renderModel(); });
  else for (const type of ['input', 'change']) el.addEventListener(type, () => { state.questions[q.id] = el.value ?? ''; renderModel(); });
}
const search = document.getElementById('job-search');
search.addEventListener('cds-search-input', () => { state.search = search.value ?? ''; renderModel(); });

function listFiles(uploaderId, key, files) {
  const uploader = document.getElementById(uploaderId);
  for (const file of files) {
    const item = document.createElement('cds-file-uploader-item');
    item.setAttribute('state', 'edit');
    item.textContent = file.name;
    item.addEventListener('cds-file-uploader-item-deleted', () => { state[key] = state[key].filter((name) => name !== file.name); item.remove(); renderModel(); });
    uploader.appendChild(item);
    state[key] = [...state[key], file.name];
  }
  renderModel();
}
document.getElementById('resume-drop').addEventListener('cds-file-uploader-drop-container-changed', (event) => listFiles('resume', 'resume', event.detail.addedFiles));
document.getElementById('coverLetter-button').addEventListener('cds-file-uploader-button-changed', (event) => listFiles('coverLetter', 'coverLetter', event.detail.addedFiles));

document.getElementById('submit-application').addEventListener('click', () => {
  if (!state.firstName || !state.lastName || !state.email || !state.phone || !state.resume.length || !state.authorization || !state.consent) {
    document.getElementById('form-error').hidden = false;
    return;
  }
  document.getElementById('app').innerHTML = '<h3 id="submitted">Application submitted</h3><p>Thank you. Our talent team reviews every application within two weeks.</p>';
});
renderModel();
