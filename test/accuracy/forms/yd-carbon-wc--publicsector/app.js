/*
 * Another posting (Analytics Engineer, Public Sector) on the same Halvorsen Systems careers page:
 * the same personal-information block; this job's own eligibility and experience questions
 * (proof of eligibility, an immigration-petition question, a Public Trust question, "5–7 years",
 * "Bachelor's (BA/BS)", a GitHub profile in place of the website box, a work-arrangement dropdown).
 *
 * The careers page of an enterprise-modernisation consultancy built with Carbon web components
 * (`@carbon/web-components` 2, Lit) as the Carbon docs show them: cds-text-input with `label` and
 * `helper-text` (the native input in a shadow root, its label a <label for="input"> there too),
 * cds-select (the shadow <select> takes the host's id), a world-countries cds-combo-box
 * (input role=combobox in the shadow root, cds-combo-box-items in the light DOM), cds-dropdowns
 * (a div role=combobox showing the chosen item), cds-radio-button-groups with a legend in the
 * shadow fieldset, cds-number-input, a cds-date-picker (flatpickr) with a single input,
 * cds-file-uploader with its button (the app lists picked files as cds-file-uploader-items),
 * cds-textarea, cds-checkbox, cds-toggle and a header cds-search. The form state is rendered into
 * <pre id="model">.
 */
import '@carbon/web-components/es/components/button/index.js';
import '@carbon/web-components/es/components/checkbox/index.js';
import '@carbon/web-components/es/components/combo-box/index.js';
import '@carbon/web-components/es/components/date-picker/index.js';
import '@carbon/web-components/es/components/dropdown/index.js';
import '@carbon/web-components/es/components/file-uploader/index.js';
import '@carbon/web-components/es/components/number-input/index.js';
import '@carbon/web-components/es/components/radio-button/index.js';
import '@carbon/web-components/es/components/search/index.js';
import '@carbon/web-components/es/components/select/index.js';
import '@carbon/web-components/es/components/text-input/index.js';
import '@carbon/web-components/es/components/textarea/index.js';
import '@carbon/web-components/es/components/toggle/index.js';
import countries from 'world-countries';

const STATES = [['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming']];
const esc = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const items = (tag, list) => list.map(([value, label]) => `<${tag} value="${esc(value)}">${esc(label)}</${tag}>`).join('');
const COUNTRIES = countries.map((country) => [country.cca3, country.name.common]).sort((a, b) => a[1].localeCompare(b[1]));
const radioGroup = (id, legend, list) => `<cds-radio-button-group id="${id}" name="${id}" legend-text="${esc(legend)}" orientation="vertical">${list.map(([value, label]) => `<cds-radio-button value="${value}" label-text="${esc(label)}"></cds-radio-button>`).join('')}</cds-radio-button-group>`;

const state = {
  search: '', firstName: '', lastName: '', email: '', phone: '', address1: '', address2: '', city: '', state: '', zip: '', country: '',
  eligible: '', petition: '', publicTrust: '', experience: '', degree: '', school: '', salary: '', startDate: '', arrangement: '', resume: [],
  coverLetter: '', github: '', source: '', veteran: '', consent: false, jobAlerts: false,
};
const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(state, null, 2); };

document.getElementById('search-slot').innerHTML = '<cds-search id="job-search" size="sm" label-text="Search" placeholder="Search jobs" close-button-label-text="Clear search"></cds-search>';
document.getElementById('app').innerHTML = `
  <form id="apply" novalidate>
    <h3>Personal information</h3>
    <div class="cols">
      <cds-text-input id="firstName" name="firstName" label="First name" required></cds-text-input>
      <cds-text-input id="lastName" name="lastName" label="Last name" required></cds-text-input>
      <cds-text-input id="email" name="email" type="email" label="Email address" required></cds-text-input>
      <cds-text-input id="phone" name="phone" type="tel" label="Phone number" helper-text="Format: 555-555-5555" required></cds-text-input>
    </div>
    <cds-text-input id="address1" name="address1" label="Street address"></cds-text-input>
    <cds-text-input id="address2" name="address2" label="Apartment, suite, etc. (optional)"></cds-text-input>
    <div class="cols3">
      <cds-text-input id="city" name="city" label="City"></cds-text-input>
      <cds-select id="state" name="state" label-text="State" placeholder="Choose a state">${items('cds-select-item', STATES)}</cds-select>
      <cds-text-input id="zip" name="zip" label="ZIP code"></cds-text-input>
    </div>
    <cds-combo-box id="country" name="country" title-text="Country" label="Select a country" helper-text="Type to filter" should-filter-item>${items('cds-combo-box-item', COUNTRIES)}</cds-combo-box>
    <h3>Eligibility</h3>
    ${radioGroup('eligible', 'Can you provide proof of your eligibility to work in the United States upon hire?', [['yes', 'Yes'], ['no', 'No']])}
    ${radioGroup('petition', 'Will you, now or in the future, need Halvorsen Systems to file an immigration petition (for example H-1B) for you?', [['need', 'Yes, I will need a petition'], ['noneed', 'No, I will not need a petition']])}
    ${radioGroup('publicTrust', 'Some state clients require a Public Trust background check. Are you willing to undergo one?', [['yes', 'Yes'], ['no', 'No'], ['unsure', 'I would like more information']])}
    <h3>Experience and education</h3>
    <div class="cols">
      <cds-dropdown id="experience" name="experience" title-text="Years working with SQL-based analytics" label="Choose an option">${items('cds-dropdown-item', [['0-2', '0–2 years'], ['3-4', '3–4 years'], ['5-7', '5–7 years'], ['8+', '8 or more years']])}</cds-dropdown>
      <cds-dropdown id="degree" name="degree" title-text="Highest education completed" label="Choose an option">${items('cds-dropdown-item', [['hs', 'High school or equivalent'], ['cert', 'Technical certificate'], ['aa', "Associate's (AA/AS)"], ['ba', "Bachelor's (BA/BS)"], ['ma', "Master's (MA/MS/MBA)"], ['phd', 'PhD or professional degree']])}</cds-dropdown>
    </div>
    <cds-text-input id="school" name="school" label="College or university"></cds-text-input>
    <div class="cols">
      <cds-number-input id="salary" name="salary" label="Desired annual salary (USD)" min="0" step="1000" helper-text="Base salary only"></cds-number-input>
      <cds-date-picker id="startDate" date-format="m/d/Y" allow-input>
        <cds-date-picker-input kind="single" label-text="Available start date" placeholder="mm/dd/yyyy"></cds-date-picker-input>
      </cds-date-picker>
    </div>
    <cds-dropdown id="arrangement" name="arrangement" title-text="Preferred work arrangement" label="Choose an option">${items('cds-dropdown-item', [['remote', 'Fully remote'], ['hybrid', 'Hybrid (Sacramento office)'], ['onsite', 'On site (Sacramento office)']])}</cds-dropdown>
    <h3>Documents</h3>
    <cds-file-uploader id="resume" label-title="Resume" label-description="Max file size is 5 MB. Supported file types are .pdf and .docx.">
      <cds-file-uploader-button id="resume-button" accept=".pdf .docx" name="resume">Add file</cds-file-uploader-button>
    </cds-file-uploader>
    <cds-textarea id="coverLetter" name="coverLetter" label="Cover letter" helper-text="Optional" rows="6" max-count="3000" enable-counter></cds-textarea>
    <cds-text-input id="github" name="github" type="url" label="GitHub profile" helper-text="Optional"></cds-text-input>
    <h3>Additional questions</h3>
    <cds-dropdown id="source" name="source" title-text="How did you hear about this job?" label="Choose an option">${items('cds-dropdown-item', [['site', 'Halvorsen careers site'], ['linkedin', 'LinkedIn'], ['govjobs', 'GovernmentJobs.com'], ['referral', 'Employee referral'], ['university', 'University career fair'], ['other', 'Other']])}</cds-dropdown>
    <cds-select id="veteran" name="veteran" label-text="Veteran status (voluntary)" placeholder="Choose an option">${items('cds-select-item', [['protected', 'I identify as one or more of the classifications of protected veteran'], ['not', 'I am not a protected veteran'], ['decline', 'I do not wish to self-identify']])}</cds-select>
    <cds-toggle id="jobAlerts" label-text="Job alerts" label-a="On" label-b="Off">Send me new jobs like this one</cds-toggle>
    <cds-checkbox id="consent" name="consent">I consent to Halvorsen Systems storing my application data for 24 months in accordance with the candidate privacy notice.</cds-checkbox>
    <cds-button id="submit-application" kind="primary">Submit application</cds-button>
    <p id="form-error" hidden>Complete the required fields to continue.</p>
  </form>`;

const on = (id, events, read) => {
  const el = document.getElementById(id);
  for (const event of events) el.addEventListener(event, (e) => { state[id] = read(el, e); renderModel(); });
};
for (const id of ['firstName', 'lastName', 'email', 'phone', 'address1', 'address2', 'city', 'zip', 'school', 'coverLetter', 'github']) on(id, ['input', 'change'], (el) => el.value ?? '');
for (const id of ['state', 'veteran']) on(id, ['cds-select-selected', 'change'], (el) => el.value ?? '');
for (const id of ['country', 'experience', 'degree', 'arrangement', 'source']) on(id, ['cds-combo-box-selected', 'cds-dropdown-selected'], (el) => el.value ?? '');
for (const id of ['eligible', 'petition', 'publicTrust']) on(id, ['cds-radio-button-group-changed'], (el, e) => e.detail?.value ?? el.value ?? '');
on('salary', ['input', 'change'], (el) => el.value ?? '');
on('startDate', ['cds-date-picker-changed'], (el, e) => {
  const [date] = e.detail?.selectedDates ?? [];
  return date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : '';
});
on('consent', ['cds-checkbox-changed'], (el) => el.checked === true);
on('jobAlerts', ['cds-toggle-changed'], (el) => el.toggled === true || el.checked === true);
const search = document.getElementById('job-search');
search.addEventListener('cds-search-input', () => { state.search = search.value ?? ''; renderModel(); });

const uploader = document.getElementById('resume');
document.getElementById('resume-button').addEventListener('cds-file-uploader-button-changed', (event) => {
  for (const file of event.detail.addedFiles) {
    const item = document.createElement('cds-file-uploader-item');
    item.setAttribute('state', 'edit');
    item.textContent = file.name;
    item.addEventListener('cds-file-uploader-item-deleted', () => { state.resume = state.resume.filter((name) => name !== file.name); item.remove(); renderModel(); });
    uploader.appendChild(item);
    state.resume = [...state.resume, file.name];
  }
  renderModel();
});

document.getElementById('submit-application').addEventListener('click', () => {
  if (!state.firstName || !state.lastName || !state.email || !state.phone || !state.resume.length || !state.eligible || !state.petition || !state.consent) {
    document.getElementById('form-error').hidden = false;
    return;
  }
  document.getElementById('app').innerHTML = '<h3 id="submitted">Application submitted</h3><p>Thank you. A recruiter will review your application.</p>';
});
renderModel();
