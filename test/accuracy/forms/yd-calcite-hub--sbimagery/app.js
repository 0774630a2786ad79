/*
 * The careers page of a geospatial software company, built with Esri's Calcite Design System
 * web components (`@esri/calcite-components` 5, Lit-based, every control's native input in an open
 * shadow root) as Calcite's docs show them: calcite-label wrapping its control (the text before the
 * component), calcite-input-text / calcite-input (type email, tel with prefix-text "+1", url, file),
 * a world-countries calcite-combobox (single selection, items only as `heading` attributes),
 * calcite-select for the state / education / EEO questions (the native select inside the shadow
 * root mirrors calcite-options), a calcite-segmented-control for experience ranges,
 * calcite-radio-button-groups (no native radios; hidden form inputs), calcite-input-number with a
 * "$" prefix and group separators, calcite-input-date-picker, calcite-text-area, calcite-switch and
 * calcite-checkbox. The components fetch their strings and icons from the site's asset folder
 * (`setAssetPath`): the site serves them from the package, which this page emulates with a fetch
 * shim over the bundled JSON. The form state is written into <pre id="model">.
 */
import './calcite-assets.js';
import '@esri/calcite-components/components/calcite-button';
import '@esri/calcite-components/components/calcite-checkbox';
import '@esri/calcite-components/components/calcite-combobox';
import '@esri/calcite-components/components/calcite-combobox-item';
import '@esri/calcite-components/components/calcite-input';
import '@esri/calcite-components/components/calcite-input-date-picker';
import '@esri/calcite-components/components/calcite-input-number';
import '@esri/calcite-components/components/calcite-input-text';
import '@esri/calcite-components/components/calcite-label';
import '@esri/calcite-components/components/calcite-notice';
import '@esri/calcite-components/components/calcite-option';
import '@esri/calcite-components/components/calcite-radio-button';
import '@esri/calcite-components/components/calcite-radio-button-group';
import '@esri/calcite-components/components/calcite-segmented-control';
import '@esri/calcite-components/components/calcite-segmented-control-item';
import '@esri/calcite-components/components/calcite-select';
import '@esri/calcite-components/components/calcite-switch';
import '@esri/calcite-components/components/calcite-text-area';
import '@esri/calcite-components/main.css';
import countries from 'world-countries';


const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const esc = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const options = (list, placeholder) => `<calcite-option value="" selected>${placeholder}</calcite-option>` + list.map(([value, label]) => `<calcite-option value="${esc(value)}">${esc(label)}</calcite-option>`).join('');
const countryItems = countries
  .map((country) => [country.cca2, country.name.common])
  .sort((a, b) => a[1].localeCompare(b[1]))
  .map(([value, label]) => `<calcite-combobox-item value="${value}" heading="${esc(label)}"></calcite-combobox-item>`).join('');

const state = {
  search: '', firstName: '', lastName: '', preferredName: '', email: '', phone: '', country: '', region: '', city: '', postalCode: '',
  linkedin: '', github: '', experience: '', education: '', authorized: '', sponsorship: '', salary: null, startDate: '', resume: [],
  coverLetter: '', source: '', gender: '', veteran: '', jobAlerts: false, certify: false,
};
const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(state, null, 2); };

document.getElementById('search-slot').innerHTML = `<calcite-input-text id="job-search" placeholder="Search jobs" icon="search" scale="s" clearable></calcite-input-text>`;
const app = document.getElementById('app');
app.innerHTML = `
  <form id="apply" novalidate>
    <calcite-notice open kind="brand" icon="information" scale="s" width="full"><div slot="message">Applying takes about 10 minutes. Required fields are marked with an asterisk (*).</div></calcite-notice>
    <h2>Your information</h2>
    <div class="row">
      <calcite-label>First name *<calcite-input-text id="firstName" name="firstName" required></calcite-input-text></calcite-label>
      <calcite-label>Last name *<calcite-input-text id="lastName" name="lastName" required></calcite-input-text></calcite-label>
    </div>
    <calcite-label>Preferred name (optional)<calcite-input-text id="preferredName" name="preferredName"></calcite-input-text></calcite-label>
    <div class="row">
      <calcite-label>Email *<calcite-input id="email" name="email" type="email" required></calcite-input></calcite-label>
      <calcite-label>Phone *<calcite-input id="phone" name="phone" type="tel" prefix-text="+1" required></calcite-input></calcite-label>
    </div>
    <calcite-label>Country *<calcite-combobox id="country" name="country" selection-mode="single" placeholder="Select a country" required>${countryItems}</calcite-combobox></calcite-label>
    <div class="row3">
      <calcite-label>City<calcite-input-text id="city" name="city"></calcite-input-text></calcite-label>
      <calcite-label>State<calcite-select id="region" name="region">${options(STATES.map((name) => [name, name]), 'Select a state')}</calcite-select></calcite-label>
      <calcite-label>ZIP code<calcite-input-text id="postalCode" name="postalCode"></calcite-input-text></calcite-label>
    </div>
    <div class="row">
      <calcite-label>LinkedIn profile<calcite-input id="linkedin" name="linkedin" type="url" placeholder="https://"></calcite-input></calcite-label>
      <calcite-label>GitHub or GitLab profile<calcite-input id="github" name="github" type="url" placeholder="https://"></calcite-input></calcite-label>
    </div>
    <h2>Experience</h2>
    <calcite-label>Years of professional data engineering experience
      <calcite-segmented-control id="experience" name="experience" appearance="outline-fill" width="full">
        <calcite-segmented-control-item value="0-2">0–2</calcite-segmented-control-item>
        <calcite-segmented-control-item value="3-5">3–5</calcite-segmented-control-item>
        <calcite-segmented-control-item value="6-9">6–9</calcite-segmented-control-item>
        <calcite-segmented-control-item value="10+">10+</calcite-segmented-control-item>
      </calcite-segmented-control>
    </calcite-label>
    <calcite-label>Highest level of education completed<calcite-select id="education" name="education">${options([
      ['hs', 'High school diploma or GED'], ['associate', "Associate's degree"], ['bachelor', "Bachelor's degree"], ['master', "Master's degree"], ['doctorate', 'Doctorate'], ['none', 'Prefer not to say'],
    ], 'Select one')}</calcite-select></calcite-label>
    <h2>Eligibility</h2>
    <calcite-label>Are you legally authorized to work in the United States? *
      <calcite-radio-button-group id="authorized" name="authorized" layout="horizontal" required>
        <calcite-label layout="inline"><calcite-radio-button value="yes"></calcite-radio-button>Yes</calcite-label>
        <calcite-label layout="inline"><calcite-radio-button value="no"></calcite-radio-button>No</calcite-label>
      </calcite-radio-button-group>
    </calcite-label>
    <calcite-label>Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)? *
      <calcite-radio-button-group id="sponsorship" name="sponsorship" layout="vertical" required>
        <calcite-label layout="inline"><calcite-radio-button value="yes"></calcite-radio-button>Yes, I will require sponsorship now or in the future</calcite-label>
        <calcite-label layout="inline"><calcite-radio-button value="no"></calcite-radio-button>No, I will not require sponsorship</calcite-label>
      </calcite-radio-button-group>
    </calcite-label>
    <div class="row">
      <calcite-label>Desired annual salary<calcite-input-number id="salary" name="salary" prefix-text="$" suffix-text="USD" group-separator min="0" step="1000"></calcite-input-number></calcite-label>
      <calcite-label>Earliest available start date<calcite-input-date-picker id="startDate" name="startDate" placement="bottom-start"></calcite-input-date-picker></calcite-label>
    </div>
    <h2>Documents</h2>
    <calcite-label>Resume / CV * <span class="hint">PDF or Word, 5 MB max</span><calcite-input id="resume" name="resume" type="file" accept=".pdf,.doc,.docx" required></calcite-input></calcite-label>
    <calcite-label>Cover letter<calcite-text-area id="coverLetter" name="coverLetter" rows="6" max-length="4000" placeholder="Optional"></calcite-text-area></calcite-label>
    <calcite-label>How did you hear about this position?<calcite-select id="source" name="source">${options([
      ['careers', 'Meridian careers site'], ['linkedin', 'LinkedIn'], ['conference', 'Esri User Conference / event'], ['referral', 'Employee referral'], ['university', 'University career center'], ['other', 'Other'],
    ], 'Select one')}</calcite-select></calcite-label>
    <h2>Voluntary self-identification</h2>
    <p class="hint">Providing this information is voluntary and will not affect your application.</p>
    <div class="row">
      <calcite-label>Gender<calcite-select id="gender" name="gender">${options([['female', 'Female'], ['male', 'Male'], ['nonbinary', 'Non-binary'], ['decline', 'I decline to self-identify']], 'Select one')}</calcite-select></calcite-label>
      <calcite-label>Veteran status<calcite-select id="veteran" name="veteran">${options([['protected', 'I identify as one or more of the classifications of protected veteran'], ['not', 'I am not a protected veteran'], ['decline', 'I decline to self-identify']], 'Select one')}</calcite-select></calcite-label>
    </div>
    <calcite-label layout="inline" id="jobAlerts-label"><calcite-switch id="jobAlerts" name="jobAlerts"></calcite-switch>Email me when similar jobs are posted</calcite-label>
    <calcite-label layout="inline" id="certify-label"><calcite-checkbox id="certify" name="certify" required></calcite-checkbox>I certify that the information I have provided is true and complete. *</calcite-label>
    <calcite-button id="submit-application" type="submit" width="auto">Submit application</calcite-button>
  </form>`;

const read = {
  text: (el) => el.value ?? '',
  number: (el) => (el.value === '' || el.value == null ? null : Number(el.value)),
  combobox: (el) => (el.selectedItems?.[0]?.value ?? ''),
  files: (el) => Array.from(el.files ?? []).map((file) => file.name),
  checked: (el) => el.checked === true,
};
const bindings = [
  ['firstName', 'calciteInputTextInput', read.text], ['lastName', 'calciteInputTextInput', read.text], ['preferredName', 'calciteInputTextInput', read.text],
  ['email', 'calciteInputInput', read.text], ['phone', 'calciteInputInput', read.text], ['country', 'calciteComboboxChange', read.combobox],
  ['city', 'calciteInputTextInput', read.text], ['region', 'calciteSelectChange', read.text], ['postalCode', 'calciteInputTextInput', read.text],
  ['linkedin', 'calciteInputInput', read.text], ['github', 'calciteInputInput', read.text], ['experience', 'calciteSegmentedControlChange', read.text],
  ['education', 'calciteSelectChange', read.text], ['salary', 'calciteInputNumberInput', read.number], ['startDate', 'calciteInputDatePickerChange', read.text],
  ['resume', 'calciteInputInput', read.files], ['coverLetter', 'calciteTextAreaInput', read.text], ['source', 'calciteSelectChange', read.text],
  ['gender', 'calciteSelectChange', read.text], ['veteran', 'calciteSelectChange', read.text], ['jobAlerts', 'calciteSwitchChange', (el) => el.checked === true],
  ['certify', 'calciteCheckboxChange', read.checked],
];
for (const [key, event, get] of bindings) {
  const el = document.getElementById(key);
  el.addEventListener(event, () => { state[key] = get(el); renderModel(); });
  if (event.endsWith('Input')) el.addEventListener(event.replace(/Input$/, 'Change'), () => { state[key] = get(el); renderModel(); });
}
for (const key of ['authorized', 'sponsorship']) {
  const group = document.getElementById(key);
  group.addEventListener('calciteRadioButtonGroupChange', () => { state[key] = group.selectedItem?.value ?? ''; renderModel(); });
}
const search = document.getElementById('job-search');
search.addEventListener('calciteInputTextInput', () => { state.search = search.value; renderModel(); });

document.getElementById('apply').addEventListener('submit', (event) => event.preventDefault());
document.getElementById('submit-application').addEventListener('click', () => {
  const missing = !state.firstName || !state.lastName || !state.email || !state.phone || !state.country || !state.resume.length || !state.authorized || !state.sponsorship || !state.certify;
  if (missing) { document.getElementById('form-error').hidden = false; return; }
  app.innerHTML = '<h2 id="application-received">Thanks, your application was received.</h2><p>Our talent team reviews every application and will be in touch within two weeks.</p>';
});
renderModel();
