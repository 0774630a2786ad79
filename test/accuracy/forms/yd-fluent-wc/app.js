/*
 * The careers page of a Microsoft-partner data consultancy, built with Fluent UI Web Components 3
 * (`@fluentui/web-components`, FAST element) as their docs show: fluent-field wrapping a slotted
 * <label slot="label"> and a slotted control (the field writes `for` / `aria-labelledby` ids
 * itself), fluent-text-input (the native input in a shadow root), fluent-dropdown with a
 * fluent-listbox of fluent-options (a button role=combobox for `type=dropdown`, an input for
 * `type=combobox`), fluent-radio-groups of form-associated fluent-radios (no native radios),
 * fluent-checkboxes and a fluent-switch (ElementInternals, no native inputs), fluent-textarea, a
 * hidden native file input opened by a fluent-button, and a header sign-in panel. The form's
 * state is written into <pre id="model">.
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

setTheme(webLightTheme);

const METROS = [
  ['atl-ga', 'Atlanta, GA'], ['aus-tx', 'Austin, TX'], ['bos-ma', 'Boston, MA'], ['chi-il', 'Chicago, IL'], ['dal-tx', 'Dallas, TX'],
  ['den-co', 'Denver, CO'], ['la-ca', 'Los Angeles, CA'], ['nyc-ny', 'New York, NY'], ['phx-az', 'Phoenix, AZ'], ['por-or', 'Portland, OR'],
  ['sd-ca', 'San Diego, CA'], ['sf-ca', 'San Francisco, CA'], ['sj-ca', 'San Jose, CA'], ['sea-wa', 'Seattle, WA'], ['dc', 'Washington, DC'],
  ['other', 'Other / not listed'],
];
const esc = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const listbox = (items) => `<fluent-listbox>${items.map(([value, label]) => `<fluent-option value="${esc(value)}">${esc(label)}</fluent-option>`).join('')}</fluent-listbox>`;
const field = (id, label, control, message = '') =>
  `<fluent-field label-position="above" class="fld" data-field="${id}"><label slot="label">${label}</label>${control}${message ? `<fluent-text slot="message" size="200">${message}</fluent-text>` : ''}</fluent-field>`;
const radios = (name, legend, items, required = false) => `
  <div class="group" data-field="${name}">
    <span class="legend" id="${name}-legend">${legend}${required ? ' <span class="req">*</span>' : ''}</span>
    <fluent-radio-group id="${name}" name="${name}" aria-labelledby="${name}-legend" ${required ? 'required' : ''}>
      ${items.map(([value, label]) => `<fluent-field label-position="after"><label slot="label">${label}</label><fluent-radio slot="input" value="${value}"></fluent-radio></fluent-field>`).join('')}
    </fluent-radio-group>
  </div>`;

const state = {
  signInEmail: '', signInPassword: '',
  firstName: '', lastName: '', email: '', phone: '', location: '', country: '', linkedin: '', experience: '', education: '', school: '',
  employer: '', jobTitle: '', authorized: '', sponsorship: '', clearance: '', travel: '', salary: '', startDate: '', certifications: [],
  resume: '', coverLetter: '', referredBy: '', smsUpdates: false, privacy: false,
};
const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(state, null, 2); };

document.getElementById('signin').innerHTML = `
  <fluent-field label-position="above"><label slot="label">Email</label><fluent-text-input slot="input" id="signInEmail" type="email" control-size="small"></fluent-text-input></fluent-field>
  <fluent-field label-position="above"><label slot="label">Password</label><fluent-text-input slot="input" id="signInPassword" type="password" control-size="small"></fluent-text-input></fluent-field>
  <fluent-button size="small" id="signin-button">Sign in</fluent-button>`;

document.getElementById('app').innerHTML = `
  <form id="application" novalidate>
    <h2>Contact information</h2>
    <div class="two">
      ${field('firstName', 'First name <span class="req">*</span>', '<fluent-text-input slot="input" id="firstName" name="firstName" required></fluent-text-input>')}
      ${field('lastName', 'Last name <span class="req">*</span>', '<fluent-text-input slot="input" id="lastName" name="lastName" required></fluent-text-input>')}
      ${field('email', 'Email address <span class="req">*</span>', '<fluent-text-input slot="input" id="email" name="email" type="email" required></fluent-text-input>')}
      ${field('phone', 'Phone number <span class="req">*</span>', '<fluent-text-input slot="input" id="phone" name="phone" type="tel" required></fluent-text-input>', 'Include your area code')}
      ${field('location', 'Current location', `<fluent-dropdown slot="input" id="location" name="location" type="combobox" placeholder="Start typing a city">${listbox(METROS)}</fluent-dropdown>`, 'Nearest metro area')}
      ${field('country', 'Country <span class="req">*</span>', `<fluent-dropdown slot="input" id="country" name="country" placeholder="Select a country" required>${listbox([['US', 'United States'], ['CA', 'Canada'], ['MX', 'Mexico'], ['GB', 'United Kingdom'], ['IN', 'India'], ['other', 'Other']])}</fluent-dropdown>`)}
    </div>
    ${field('linkedin', 'LinkedIn profile URL', '<fluent-text-input slot="input" id="linkedin" name="linkedin" type="url" placeholder="https://www.linkedin.com/in/"></fluent-text-input>')}
    <h2>Background</h2>
    <div class="two">
      ${field('experience', 'Years of professional experience', `<fluent-dropdown slot="input" id="experience" name="experience" placeholder="Select">${listbox([['lt2', 'Less than 2 years'], ['2-4', '2–4 years'], ['5-7', '5–7 years'], ['8+', '8+ years']])}</fluent-dropdown>`)}
      ${field('education', 'Highest level of education', `<fluent-dropdown slot="input" id="education" name="education" placeholder="Select">${listbox([['hs', 'High school or equivalent'], ['assoc', 'Associate degree'], ['ba', "Bachelor's degree"], ['ma', "Master's degree"], ['phd', 'Doctorate'], ['other', 'Other']])}</fluent-dropdown>`)}
      ${field('school', 'School or university', '<fluent-text-input slot="input" id="school" name="school"></fluent-text-input>')}
      ${field('employer', 'Current or most recent employer', '<fluent-text-input slot="input" id="employer" name="employer"></fluent-text-input>')}
      ${field('jobTitle', 'Current or most recent job title', '<fluent-text-input slot="input" id="jobTitle" name="jobTitle"></fluent-text-input>')}
    </div>
    <h2>Eligibility</h2>
    ${radios('authorized', 'Are you legally authorized to work in the United States?', [['yes', 'Yes'], ['no', 'No']], true)}
    ${radios('sponsorship', 'Will you now or in the future require sponsorship for employment visa status?', [['yes', 'Yes'], ['no', 'No']], true)}
    ${radios('clearance', 'Do you currently hold an active U.S. government security clearance?', [['yes', 'Yes'], ['no', 'No']])}
    ${radios('travel', 'This role includes client travel up to 25%. Are you able to travel?', [['yes', 'Yes'], ['no', 'No']])}
    <div class="two">
      ${field('salary', 'Desired base salary (USD)', '<fluent-text-input slot="input" id="salary" name="salary"><span slot="start">$</span></fluent-text-input>', 'Annual, before bonus')}
      ${field('startDate', 'Date available to start', '<fluent-text-input slot="input" id="startDate" name="startDate" placeholder="MM/DD/YYYY"></fluent-text-input>')}
    </div>
    <div class="group" data-field="certifications">
      <span class="legend" id="cert-legend">Current certifications (select all that apply)</span>
      <div role="group" aria-labelledby="cert-legend">
        <fluent-field label-position="after"><label slot="label">Microsoft Certified: Azure Data Engineer Associate</label><fluent-checkbox slot="input" class="cert" value="dp-203"></fluent-checkbox></fluent-field>
        <fluent-field label-position="after"><label slot="label">Microsoft Certified: Fabric Analytics Engineer Associate</label><fluent-checkbox slot="input" class="cert" value="dp-600"></fluent-checkbox></fluent-field>
        <fluent-field label-position="after"><label slot="label">Databricks Certified Data Engineer Professional</label><fluent-checkbox slot="input" class="cert" value="databricks"></fluent-checkbox></fluent-field>
      </div>
    </div>
    <h2>Resume and cover letter</h2>
    <div class="group" data-field="resume">
      <span class="legend" id="resume-legend">Resume <span class="req">*</span></span>
      <input type="file" id="resume-input" name="resume" accept=".pdf,.doc,.docx" hidden aria-labelledby="resume-legend">
      <fluent-button id="resume-button" appearance="outline">Upload resume</fluent-button>
      <fluent-text id="resume-name" size="200">No file chosen</fluent-text>
    </div>
    ${field('coverLetter', 'Cover letter', '<fluent-textarea slot="input" id="coverLetter" name="coverLetter" resize="vertical" rows="6"></fluent-textarea>', 'Optional')}
    ${field('referredBy', 'Were you referred by a Northbeam employee? Enter their name', '<fluent-text-input slot="input" id="referredBy" name="referredBy"></fluent-text-input>')}
    <fluent-field label-position="after" class="fld" data-field="smsUpdates"><label slot="label">Text me updates about my application</label><fluent-switch slot="input" id="smsUpdates"></fluent-switch></fluent-field>
    <fluent-field label-position="after" class="fld" data-field="privacy"><label slot="label">I have read the Northbeam Candidate Privacy Statement <span class="req">*</span></label><fluent-checkbox slot="input" id="privacy" required></fluent-checkbox></fluent-field>
    <div class="actions"><fluent-button appearance="primary" id="submit-application">Submit application</fluent-button></div>
    <p id="form-error" hidden>Please fill in the required fields.</p>
  </form>`;

const bind = (id, key, read, events = ['input', 'change']) => {
  const el = document.getElementById(id);
  for (const event of events) el.addEventListener(event, () => { state[key] = read(el); renderModel(); });
};
for (const key of ['signInEmail', 'signInPassword', 'firstName', 'lastName', 'email', 'phone', 'linkedin', 'school', 'employer', 'jobTitle', 'salary', 'startDate', 'coverLetter', 'referredBy']) {
  bind(key, key, (el) => el.value ?? '');
}
for (const key of ['location', 'country', 'experience', 'education', 'authorized', 'sponsorship', 'clearance', 'travel']) bind(key, key, (el) => el.value ?? '', ['change']);
for (const key of ['smsUpdates', 'privacy']) bind(key, key, (el) => el.checked === true, ['change']);
for (const box of document.querySelectorAll('.cert')) {
  box.addEventListener('change', () => { state.certifications = [...document.querySelectorAll('.cert')].filter((el) => el.checked).map((el) => el.value); renderModel(); });
}
const resumeInput = document.getElementById('resume-input');
document.getElementById('resume-button').addEventListener('click', () => resumeInput.click());
resumeInput.addEventListener('change', () => {
  state.resume = resumeInput.files[0]?.name ?? '';
  document.getElementById('resume-name').textContent = state.resume || 'No file chosen';
  renderModel();
});
document.getElementById('submit-application').addEventListener('click', () => {
  if (!state.firstName || !state.lastName || !state.email || !state.phone || !state.country || !state.resume || !state.authorized || !state.sponsorship || !state.privacy) {
    document.getElementById('form-error').hidden = false;
    return;
  }
  document.getElementById('app').innerHTML = '<h2 id="thanks">Thank you for applying to Northbeam.</h2><p>We have emailed you a confirmation.</p>';
});
renderModel();
