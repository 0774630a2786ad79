/*
 * Another posting on the Cairnline careers page (Analytics Engineer, Retail & Rentals): same
 * markup and field names; its own education and pronoun lists, sponsorship sentences, an added
 * HQ-visit radio group, another multiple select and another just-for-fun question.
 *
 * The careers page of an outdoor-gear cooperative, built with Web Awesome 3
 * (`@awesome.me/webawesome`, the successor of Shoelace) as its docs show: wa-input with `label`
 * and `hint` (label, input and hint in the shadow root), wa-number-input, wa-select with
 * wa-options (a readonly display input role=combobox and a hidden value input in the shadow root,
 * no native select), a multiple wa-select, wa-radio-groups of wa-radios (form-associated, no
 * native radios; one group with appearance=button), wa-input type=date, wa-textarea, a native
 * file input, wa-switch, wa-checkbox (native checkbox in the shadow root) and wa-button. The
 * form data is rendered into <pre id="model">.
 */
import '@awesome.me/webawesome/dist/styles/webawesome.css';
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/checkbox/checkbox.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import '@awesome.me/webawesome/dist/components/number-input/number-input.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/radio-group/radio-group.js';
import '@awesome.me/webawesome/dist/components/radio/radio.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/switch/switch.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';

const esc = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const opts = (list) => list.map(([value, label]) => `<wa-option value="${esc(value)}">${esc(label)}</wa-option>`).join('');
const state = {
  firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', portfolio: '', yearsExperience: null, education: '', school: '',
  authorized: '', sponsorship: '', visits: '', salary: null, startDate: '', pronouns: '', teams: [], resume: '', coverLetter: '', trail: '',
  gender: '', ethnicity: '', newsletter: false, consent: false,
};
const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(state, null, 2); };

document.getElementById('app').innerHTML = `
  <form id="application" class="wa-stack" novalidate>
    <wa-callout variant="brand"><span>We review every application by hand. It takes about 8 minutes; fields marked * are required.</span></wa-callout>
    <h2>Contact</h2>
    <div class="wa-grid pair">
      <wa-input id="firstName" name="first_name" label="First name" required></wa-input>
      <wa-input id="lastName" name="last_name" label="Last name" required></wa-input>
    </div>
    <div class="wa-grid pair">
      <wa-input id="email" name="email" type="email" label="Email" required></wa-input>
      <wa-input id="phone" name="phone" type="tel" label="Phone" hint="We'll only call or text about interviews."></wa-input>
    </div>
    <wa-input id="location" name="location" label="Where do you live?" hint="City and state, e.g. Bend, OR" required></wa-input>
    <div class="wa-grid pair">
      <wa-input id="linkedin" name="linkedin" type="url" label="LinkedIn"></wa-input>
      <wa-input id="portfolio" name="portfolio" type="url" label="Portfolio, GitHub or personal site"></wa-input>
    </div>
    <h2>Experience</h2>
    <div class="wa-grid pair">
      <wa-number-input id="yearsExperience" name="years_experience" label="Years working with data professionally" min="0" max="50"></wa-number-input>
      <wa-select id="education" name="education" label="Education" placeholder="Select one" with-clear>${opts([
        ['hs', 'High school / GED'], ['trade', 'Trade or vocational certificate'], ['associate', 'Associate (AA/AS)'], ['ba-bs', "Bachelor's (BA/BS)"], ['graduate', 'Graduate degree (MA/MS/PhD)'],
      ])}</wa-select>
    </div>
    <wa-input id="school" name="school" label="School"></wa-input>
    <h2>Logistics</h2>
    <wa-radio-group id="authorized" name="authorized" label="Can you legally work for Cairnline in the U.S.?" orientation="horizontal" required>
      <wa-radio value="yes" appearance="button">Yes</wa-radio><wa-radio value="no" appearance="button">No</wa-radio>
    </wa-radio-group>
    <wa-radio-group id="sponsorship" name="sponsorship" label="Do you need visa sponsorship, now or in the future?" required>
      <wa-radio value="now">I need sponsorship now</wa-radio>
      <wa-radio value="later">I will need it later</wa-radio>
      <wa-radio value="never">I don't need sponsorship</wa-radio>
    </wa-radio-group>
    <wa-radio-group id="visits" name="hq_visits" label="This role is remote with a team week at our Portland co-op every quarter. Can you make those trips?" orientation="horizontal">
      <wa-radio value="yes" appearance="button">Yes</wa-radio><wa-radio value="no" appearance="button">No</wa-radio><wa-radio value="talk" appearance="button">Let's talk</wa-radio>
    </wa-radio-group>
    <div class="wa-grid pair">
      <wa-number-input id="salary" name="salary" label="Target base salary" hint="Yearly, in USD" min="0" step="1000" without-steppers><span slot="start">$</span></wa-number-input>
      <wa-input id="startDate" name="start_date" type="date" label="When could you start?"></wa-input>
    </div>
    <wa-select id="pronouns" name="pronouns" label="Your pronouns" placeholder="Select" with-clear>${opts([['he', 'He / him'], ['she', 'She / her'], ['they', 'They / them'], ['other', 'Another set (tell us in your letter)'], ['skip', 'Skip']])}</wa-select>
    <wa-select id="teams" name="teams" label="Which Cairnline programs do you use?" placeholder="Select any" multiple with-clear>${opts([['member', 'Co-op membership'], ['rentals', 'Gear rentals'], ['repair', 'Repair shop'], ['classes', 'Classes and trips'], ['none', 'None yet']])}</wa-select>
    <h2>Documents</h2>
    <div class="file-field">
      <label for="resume" class="wa-form-label">Resume *</label>
      <input type="file" id="resume" name="resume" accept=".pdf,.doc,.docx">
      <div class="wa-caption-s">PDF or Word</div>
    </div>
    <wa-textarea id="coverLetter" name="cover_letter" label="Cover letter" hint="Optional, but we do read them." rows="5" resize="auto"></wa-textarea>
    <wa-textarea id="trail" name="favorite_trail" label="What piece of gear do you never leave home without?" hint="Just for fun — optional." rows="3"></wa-textarea>
    <h2>Voluntary self-identification</h2>
    <div class="wa-grid pair">
      <wa-select id="gender" name="gender" label="Gender" placeholder="Select">${opts([['woman', 'Woman'], ['man', 'Man'], ['nonbinary', 'Non-binary'], ['decline', 'I prefer not to say']])}</wa-select>
      <wa-select id="ethnicity" name="ethnicity" label="Race / ethnicity" placeholder="Select">${opts([['hispanic', 'Hispanic or Latino'], ['white', 'White'], ['black', 'Black or African American'], ['asian', 'Asian'], ['native', 'American Indian or Alaska Native'], ['pacific', 'Native Hawaiian or Other Pacific Islander'], ['two', 'Two or more races'], ['decline', 'I prefer not to say']])}</wa-select>
    </div>
    <wa-switch id="newsletter" name="newsletter">Send me the Cairnline field notes newsletter</wa-switch>
    <wa-checkbox id="consent" name="consent" required>I understand Cairnline will store my application as described in the privacy notice. *</wa-checkbox>
    <wa-button id="submit-application" variant="brand" type="button">Submit application</wa-button>
    <p id="form-error" hidden>Please complete the required fields.</p>
  </form>`;

const bind = (id, events, read) => {
  const el = document.getElementById(id);
  for (const event of events) el.addEventListener(event, () => { state[id] = read(el); renderModel(); });
};
for (const id of ['firstName', 'lastName', 'email', 'phone', 'location', 'linkedin', 'portfolio', 'school', 'startDate', 'coverLetter', 'trail']) bind(id, ['input', 'change'], (el) => el.value ?? '');
for (const id of ['yearsExperience', 'salary']) bind(id, ['input', 'change'], (el) => (el.value === '' || el.value == null ? null : Number(el.value)));
for (const id of ['education', 'pronouns', 'gender', 'ethnicity', 'authorized', 'sponsorship', 'visits']) bind(id, ['change', 'input'], (el) => el.value ?? '');
bind('teams', ['change', 'input'], (el) => (Array.isArray(el.value) ? [...el.value] : []));
for (const id of ['newsletter', 'consent']) bind(id, ['change', 'input'], (el) => el.checked === true);
const resume = document.getElementById('resume');
resume.addEventListener('change', () => { state.resume = resume.files[0]?.name ?? ''; renderModel(); });
document.getElementById('submit-application').addEventListener('click', () => {
  if (!state.firstName || !state.lastName || !state.email || !state.location || !state.resume || !state.authorized || !state.sponsorship || !state.consent) {
    document.getElementById('form-error').hidden = false;
    return;
  }
  document.getElementById('app').innerHTML = '<h2 id="received">Thanks! Your application is in.</h2><p>You will hear from a real person within two weeks.</p>';
});
renderModel();
