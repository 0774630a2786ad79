/*
 * Quillwort Electric Cooperative's careers page, written with Fluent UI Web Components 3
 * (`@fluentui/web-components`, FAST elements with ElementInternals) as their docs compose a form:
 * fluent-field wrapping a slotted <label slot="label"> and its control plus a fluent-text message;
 * fluent-text-inputs (native input in the shadow root) with a "+1" start slot on the mobile number;
 * a State fluent-dropdown whose options read "CA – California"; a Country fluent-dropdown
 * type=combobox over every world-countries name (ISO-3 values); experience and sponsorship as
 * fluent-radio-groups of form-associated fluent-radios (no native radios); a fluent-checkbox
 * statement for US work authorization; "Four-year college degree (BA, BS)" in a degree dropdown;
 * the salary asked as bands in a dropdown ("$150,000 – $174,999"); an "Available from" box with a
 * YYYY-MM-DD placeholder; a résumé drop zone (a <label> around a visually hidden file input);
 * fluent-textarea cover letter; to leave alone: service-territory fluent-checkboxes, an on-call
 * radio group, a multiple "how did you hear" dropdown, a referral code, an SMS fluent-switch, the
 * privacy acknowledgement, and the header job search. The state is rendered into <pre id="model">.
 */
import { setTheme } from '@fluentui/web-components';
import '@fluentui/web-components/button.js';
import '@fluentui/web-components/checkbox.js';
import '@fluentui/web-components/dropdown.js';
import '@fluentui/web-components/field.js';
import '@fluentui/web-components/listbox.js';
import '@fluentui/web-components/option.js';
import '@fluentui/web-components/radio-group.js';
import '@fluentui/web-components/radio.js';
import '@fluentui/web-components/switch.js';
import '@fluentui/web-components/text.js';
import '@fluentui/web-components/text-input.js';
import '@fluentui/web-components/textarea.js';
import { webLightTheme } from '@fluentui/tokens';
import worldCountries from 'world-countries';

setTheme(webLightTheme);

const STATES = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'],
  ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'],
  ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'],
  ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'],
  ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'],
  ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'],
  ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'],
  ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'],
  ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
].map(([code, name]) => [code, `${code} – ${name}`]);
const COUNTRIES = worldCountries.map((c) => [c.cca3, c.name.common]).sort((a, b) => a[1].localeCompare(b[1]));
const DEGREES = [['hs', 'High school diploma or GED'], ['assoc', 'Two-year college degree (AA, AS)'], ['bach', 'Four-year college degree (BA, BS)'],
  ['mast', 'Graduate degree (MA, MS, MBA)'], ['doct', 'Doctorate (PhD)'], ['none', 'None of these']];
const BANDS = [['b1', 'Under $100,000'], ['b2', '$100,000 – $124,999'], ['b3', '$125,000 – $149,999'], ['b4', '$150,000 – $174,999'], ['b5', '$175,000 or more']];
const SOURCES = [['web', 'Quillwort website'], ['li', 'LinkedIn'], ['ind', 'Indeed'], ['fair', 'Career fair'], ['emp', 'A Quillwort employee'], ['other', 'Other']];
const TERRITORIES = [['north', 'North Valley service center (Chico)'], ['delta', 'Delta service center (Stockton)'], ['foothill', 'Foothill service center (Auburn)']];

const esc = (t) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const options = (items) => `<fluent-listbox>${items.map(([v, l]) => `<fluent-option value="${esc(v)}">${esc(l)}</fluent-option>`).join('')}</fluent-listbox>`;
const field = (id, label, control, message = '') => `
  <fluent-field label-position="above" class="fld" data-field="${id}"><label slot="label">${label}</label>${control}${message ? `<fluent-text slot="message" size="200">${message}</fluent-text>` : ''}</fluent-field>`;
const text = (id, label, attrs = '', message = '', start = '') => field(id, label, `<fluent-text-input slot="input" id="${id}" name="${id}" ${attrs}>${start}</fluent-text-input>`, message);
const radioGroup = (id, question, items, attrs = '') => `
  <div class="group" data-field="${id}">
    <span class="legend" id="${id}-q">${question}</span>
    <fluent-radio-group id="${id}" name="${id}" aria-labelledby="${id}-q" ${attrs}>
      ${items.map(([v, l]) => `<fluent-field label-position="after"><label slot="label">${l}</label><fluent-radio slot="input" value="${v}"></fluent-radio></fluent-field>`).join('')}
    </fluent-radio-group>
  </div>`;
const req = ' <span class="req">*</span>';

const state = {
  siteSearch: '', firstName: '', lastName: '', email: '', mobile: '', street: '', city: '', state: '', zip: '', country: '',
  linkedin: '', employer: '', jobTitle: '', years: '', degree: '', authorized: false, sponsorship: '', salaryBand: '', availableFrom: '',
  resume: '', coverLetter: '', territories: [], onCall: '', sources: [], referralCode: '', sms: false, privacy: false,
};
const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(state, null, 2); };

document.getElementById('search-slot').innerHTML =
  '<fluent-text-input id="siteSearch" type="search" placeholder="Search jobs" aria-label="Search jobs" control-size="small"></fluent-text-input>';

document.getElementById('app').innerHTML = `
  <form id="apply" novalidate>
    <h2>Your contact details</h2>
    <div class="two">
      ${text('firstName', `First name${req}`, 'required')}
      ${text('lastName', `Last name${req}`, 'required')}
    </div>
    ${text('email', `Email${req}`, 'type="email" required')}
    ${text('mobile', `Mobile number${req}`, 'type="tel" maxlength="10" required', '10 digits, area code first', '<span slot="start">+1</span>')}
    ${text('street', 'Street address')}
    <div class="three">
      ${text('city', 'City')}
      ${field('state', 'State', `<fluent-dropdown slot="input" id="state" name="state" placeholder="Select">${options(STATES)}</fluent-dropdown>`)}
      ${text('zip', 'ZIP code', 'maxlength="10"')}
    </div>
    ${field('country', `Country${req}`, `<fluent-dropdown slot="input" id="country" name="country" type="combobox" placeholder="Type to search" required>${options(COUNTRIES)}</fluent-dropdown>`)}
    ${text('linkedin', 'LinkedIn URL', 'type="url"', 'Optional')}

    <h2>Work history</h2>
    <div class="two">
      ${text('employer', 'Current employer')}
      ${text('jobTitle', 'Current position')}
    </div>
    ${radioGroup('years', `Total years of professional experience${req}`, [['0-2', '0–2'], ['3-6', '3–6'], ['7-10', '7–10'], ['11+', '11 or more']], 'orientation="horizontal" required')}
    ${field('degree', 'Education completed', `<fluent-dropdown slot="input" id="degree" name="degree" placeholder="Select">${options(DEGREES)}</fluent-dropdown>`)}

    <h2>Eligibility and pay</h2>
    <fluent-field label-position="after" class="fld" data-field="authorized"><label slot="label">I am legally authorized to work in the United States for any employer.</label><fluent-checkbox slot="input" id="authorized" name="authorized"></fluent-checkbox></fluent-field>
    ${radioGroup('sponsorship', `Visa sponsorship${req}`, [['need', 'I will need Quillwort to sponsor a work visa, now or later'], ['noneed', 'I will not need visa sponsorship']], 'required')}
    <div class="two">
      ${field('salaryBand', 'Expected base pay', `<fluent-dropdown slot="input" id="salaryBand" name="salaryBand" placeholder="Choose a range">${options(BANDS)}</fluent-dropdown>`, 'Annual, in US dollars')}
      ${text('availableFrom', 'Available from', 'placeholder="YYYY-MM-DD"')}
    </div>

    <h2>Documents</h2>
    <div class="group" data-field="resume">
      <span class="legend" id="resume-q">Résumé${req}</span>
      <label class="drop" id="resume-drop" for="resume-file">
        <input type="file" id="resume-file" name="resume" accept=".pdf,.doc,.docx" class="vh">
        <span id="resume-name">Drop your résumé here or <u>browse</u> (PDF or Word)</span>
      </label>
    </div>
    ${field('coverLetter', 'Cover letter', '<fluent-textarea slot="input" id="coverLetter" name="coverLetter" rows="6" resize="vertical"></fluent-textarea>', 'Optional')}

    <h2>A few more questions</h2>
    <div class="group" data-field="territories">
      <span class="legend" id="territories-q">Which service centers could you report to twice a month? (select all that apply)</span>
      <div role="group" aria-labelledby="territories-q">
        ${TERRITORIES.map(([v, l]) => `<fluent-field label-position="after"><label slot="label">${l}</label><fluent-checkbox slot="input" class="territory" value="${v}"></fluent-checkbox></fluent-field>`).join('')}
      </div>
    </div>
    ${radioGroup('onCall', 'Storm season needs extra hands. Could you join a storm-response on-call rotation?', [['yes', 'Yes'], ['no', 'No'], ['discuss', 'Let’s discuss']])}
    ${field('sources', 'How did you find this job?', `<fluent-dropdown slot="input" id="sources" name="sources" multiple placeholder="Select all that apply">${options(SOURCES)}</fluent-dropdown>`)}
    ${text('referralCode', 'Employee referral code', '', 'If a Quillwort employee gave you a code')}
    <fluent-field label-position="after" class="fld" data-field="sms"><label slot="label">Send me text updates about this application</label><fluent-switch slot="input" id="sms"></fluent-switch></fluent-field>
    <fluent-field label-position="after" class="fld" data-field="privacy"><label slot="label">I have read the Quillwort applicant privacy notice.${req}</label><fluent-checkbox slot="input" id="privacy" required></fluent-checkbox></fluent-field>
    <div class="actions"><fluent-button appearance="primary" type="submit" id="submit-application">Submit application</fluent-button></div>
    <p id="form-error" hidden>Please complete the required fields.</p>
  </form>`;

const bind = (id, key, read, events) => {
  const el = document.getElementById(id);
  for (const event of events) el.addEventListener(event, () => { state[key] = read(el); renderModel(); });
};
for (const key of ['siteSearch', 'firstName', 'lastName', 'email', 'mobile', 'street', 'city', 'zip', 'linkedin', 'employer', 'jobTitle', 'availableFrom', 'coverLetter', 'referralCode']) {
  bind(key, key, (el) => el.value ?? '', ['input', 'change']);
}
for (const key of ['state', 'country', 'degree', 'salaryBand', 'years', 'sponsorship', 'onCall']) bind(key, key, (el) => el.value ?? '', ['change']);
bind('sources', 'sources', (el) => (el.selectedOptions ?? []).map((o) => o.value), ['change']);
for (const key of ['authorized', 'sms', 'privacy']) bind(key, key, (el) => el.checked === true, ['change']);
for (const box of document.querySelectorAll('.territory')) {
  box.addEventListener('change', () => {
    state.territories = [...document.querySelectorAll('.territory')].filter((el) => el.checked).map((el) => el.value);
    renderModel();
  });
}
const resumeFile = document.getElementById('resume-file');
resumeFile.addEventListener('change', () => {
  state.resume = resumeFile.files[0]?.name ?? '';
  document.getElementById('resume-name').textContent = state.resume ? `Attached: ${state.resume}` : 'Drop your résumé here or browse (PDF or Word)';
  renderModel();
});
document.getElementById('apply').addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = !state.firstName || !state.lastName || !state.email || !state.mobile || !state.country || !state.years || !state.sponsorship || !state.resume || !state.privacy;
  if (missing) { document.getElementById('form-error').hidden = false; return; }
  document.getElementById('app').innerHTML = '<h2 id="thanks">Thanks for applying to Quillwort Electric Cooperative.</h2>';
});
renderModel();
