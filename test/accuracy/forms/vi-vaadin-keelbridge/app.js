/*
 * The "Apply" view of an insurer's Java-built careers portal (Vaadin Flow look, rendered with the
 * Vaadin web components): vaadin-text-field / email-field / integer-field / text-area with their
 * label, input and helper slotted into the light DOM (generated ids such as
 * `input-vaadin-text-field-7`), a dial-code vaadin-combo-box, country and state combo boxes whose
 * names come from the JVM's locale data ("United States", "U.S. Outlying Islands"), vaadin-selects
 * (value button + overlay list) for experience ranges and degree, vaadin-radio-groups, a
 * vaadin-date-picker in its default US format (M/D/YYYY), vaadin-uploads for the resume and an
 * optional cover letter (files kept in the component's list, no auto upload), vaadin-checkboxes.
 * The posting's screening questions come from the job's JSON (`#posting`). The view's bean is
 * rendered into <pre id="model">.
 */
import '@vaadin/button';
import '@vaadin/checkbox';
import '@vaadin/combo-box';
import '@vaadin/date-picker';
import '@vaadin/email-field';
import '@vaadin/integer-field';
import '@vaadin/radio-group';
import '@vaadin/select';
import '@vaadin/text-area';
import '@vaadin/text-field';
import '@vaadin/upload';
import countries from 'world-countries';

const posting = JSON.parse(document.getElementById('posting').textContent);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const COUNTRIES = countries.map((country) => ({ value: country.cca2, label: regionNames.of(country.cca2) })).sort((a, b) => a.label.localeCompare(b.label));
const DIAL_CODES = countries
  .filter((country) => country.idd?.root && country.idd.suffixes?.length)
  .map((country) => ({ value: country.cca2, label: `${country.cca2} ${country.idd.suffixes.length === 1 ? country.idd.root + country.idd.suffixes[0] : country.idd.root}` }))
  .sort((a, b) => a.label.localeCompare(b.label));
const STATES = [['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'], ['PR', 'Puerto Rico']]
  .map(([value, name]) => ({ value, label: `${name} (${value})` }));

const bean = {
  firstName: '', lastName: '', email: '', dialCode: '', phone: '', street: '', city: '', state: '', zip: '', country: '', website: '',
  employer: '', jobTitle: '', experience: '', degree: '', school: '', authorized: null, sponsorship: null, startDate: '', salary: null,
  screening: Object.fromEntries(posting.questions.map((q) => [q.id, q.type === 'checkboxes' ? [] : q.type === 'text' ? '' : null])),
  resume: [], coverLetter: [], source: '', gender: '', veteran: '', disability: '', privacy: false, talentCommunity: false,
};

const app = document.getElementById('app');
const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(bean, null, 1); };
const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function questionMarkup(q) {
  if (q.type === 'radio')
    return `<vaadin-radio-group id="${q.id}" label="${esc(q.label)}" theme="vertical" ${q.required ? 'required' : ''}>${q.options.map(([value, label]) => `<vaadin-radio-button value="${esc(value)}" label="${esc(label)}"></vaadin-radio-button>`).join('')}</vaadin-radio-group>`;
  if (q.type === 'select') return `<vaadin-select id="${q.id}" label="${esc(q.label)}" placeholder="Select"></vaadin-select>`;
  if (q.type === 'checkboxes')
    return `<div class="cb-group" role="group" aria-labelledby="${q.id}-label" id="${q.id}"><div class="group-label" id="${q.id}-label">${esc(q.label)}</div>${q.options.map(([value, label]) => `<vaadin-checkbox value="${esc(value)}" label="${esc(label)}"></vaadin-checkbox>`).join('')}</div>`;
  return `<vaadin-text-area id="${q.id}" label="${esc(q.label)}" helper-text="${esc(q.helper ?? '')}" maxlength="1500" style="width:100%"></vaadin-text-area>`;
}

app.innerHTML = `
  <section>
    <h3>Contact information</h3>
    <div class="grid">
      <vaadin-text-field id="firstName" label="First name" required></vaadin-text-field>
      <vaadin-text-field id="lastName" label="Last name" required></vaadin-text-field>
      <vaadin-email-field id="email" class="full" label="Email" required></vaadin-email-field>
      <div class="phone full">
        <vaadin-combo-box id="dialCode" label="Country code" placeholder="+"></vaadin-combo-box>
        <vaadin-text-field id="phone" label="Phone number" helper-text="Example: 860-555-0199" required></vaadin-text-field>
      </div>
      <vaadin-text-field id="street" class="full" label="Street address"></vaadin-text-field>
      <vaadin-text-field id="city" label="City"></vaadin-text-field>
      <vaadin-combo-box id="state" label="State"></vaadin-combo-box>
      <vaadin-text-field id="zip" label="ZIP code" maxlength="10"></vaadin-text-field>
      <vaadin-combo-box id="country" label="Country" required></vaadin-combo-box>
      <vaadin-text-field id="website" class="full" label="Personal website or portfolio" placeholder="https://"></vaadin-text-field>
    </div>
  </section>
  <section>
    <h3>Experience and education</h3>
    <div class="grid">
      <vaadin-text-field id="employer" label="Current employer"></vaadin-text-field>
      <vaadin-text-field id="jobTitle" label="Current title"></vaadin-text-field>
      <vaadin-select id="experience" label="${esc(posting.experienceLabel)}" placeholder="Select" required></vaadin-select>
      <vaadin-select id="degree" label="Highest degree earned" placeholder="Select"></vaadin-select>
      <vaadin-text-field id="school" class="full" label="College or university"></vaadin-text-field>
    </div>
  </section>
  <section>
    <h3>Eligibility</h3>
    <vaadin-radio-group id="authorized" label="Are you currently authorized to work in the United States?" required>
      <vaadin-radio-button value="Y" label="Yes"></vaadin-radio-button>
      <vaadin-radio-button value="N" label="No"></vaadin-radio-button>
    </vaadin-radio-group>
    <vaadin-radio-group id="sponsorship" label="Will you now or in the future require Keelbridge to sponsor an immigration case for employment authorization?" theme="vertical" required>
      <vaadin-radio-button value="Y" label="Yes, I will require sponsorship"></vaadin-radio-button>
      <vaadin-radio-button value="N" label="No, I will not require sponsorship"></vaadin-radio-button>
    </vaadin-radio-group>
    <div class="grid">
      <vaadin-date-picker id="startDate" label="Date available to start" placeholder="MM/DD/YYYY"></vaadin-date-picker>
      <vaadin-integer-field id="salary" label="Desired annual salary" helper-text="Base pay in US dollars"><div slot="prefix">$</div><div slot="suffix">per year</div></vaadin-integer-field>
    </div>
    ${posting.questions.map(questionMarkup).join('\n')}
  </section>
  <section>
    <h3>Attachments</h3>
    <div class="upload-label" id="resume-label">Resume (required)</div>
    <vaadin-upload id="resume" aria-labelledby="resume-label" max-files="1" accept=".pdf,.doc,.docx,.txt" no-auto target="/careers/api/attachments"></vaadin-upload>
    <div class="upload-label" id="cover-label">Cover letter (optional)</div>
    <vaadin-upload id="coverLetter" aria-labelledby="cover-label" max-files="1" accept=".pdf,.doc,.docx,.txt" no-auto target="/careers/api/attachments"></vaadin-upload>
  </section>
  <section>
    <h3>A few more things</h3>
    <vaadin-combo-box id="source" label="How did you learn about this opening?" style="width: 320px"></vaadin-combo-box>
    <p class="eeo-intro">Keelbridge is an Equal Opportunity Employer. Providing the information below is voluntary and will not affect your application.</p>
    <div class="grid">
      <vaadin-select id="gender" label="Gender (optional)" placeholder="Select"></vaadin-select>
      <vaadin-select id="veteran" label="Protected veteran status (optional)" placeholder="Select"></vaadin-select>
      <vaadin-select id="disability" label="Disability (optional)" placeholder="Select"></vaadin-select>
    </div>
    <vaadin-checkbox id="privacy" label="I certify that the information I have provided is true and complete, and I agree to the Keelbridge Applicant Privacy Notice." required></vaadin-checkbox><br>
    <vaadin-checkbox id="talentCommunity" label="Keep me in the Keelbridge talent community and email me about similar roles"></vaadin-checkbox>
  </section>
  <div class="buttons"><vaadin-button id="submit" theme="primary">Submit application</vaadin-button><vaadin-button id="cancel" theme="tertiary">Cancel</vaadin-button></div>
  <p id="errors" hidden></p>`;

const $ = (id) => app.querySelector(`#${id}`);
$('dialCode').items = DIAL_CODES;
$('country').items = COUNTRIES;
$('state').items = STATES;
$('source').items = ['Keelbridge careers site', 'LinkedIn', 'Indeed', 'Glassdoor', 'Employee referral', 'Recruiter outreach', 'University career fair', 'Other'];
$('experience').items = posting.experience.map(([value, label]) => ({ value, label }));
$('degree').items = [['HS', 'High school diploma / GED'], ['AA', 'Associate degree'], ['BA', 'Bachelor’s degree'], ['MA', 'Master’s degree'], ['MBA', 'MBA'], ['PHD', 'Doctorate']].map(([value, label]) => ({ value, label }));
$('gender').items = ['Female', 'Male', 'Decline to self-identify'].map((label) => ({ value: label, label }));
$('veteran').items = ['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify'].map((label) => ({ value: label, label }));
$('disability').items = ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability', 'I do not wish to answer'].map((label) => ({ value: label, label }));
for (const q of posting.questions) if (q.type === 'select') $(q.id).items = q.options.map(([value, label]) => ({ value, label }));

const bind = (el, set, read = () => el.value) => {
  el.addEventListener('value-changed', () => { set(read()); renderModel(); });
  el.addEventListener('checked-changed', () => { set(read()); renderModel(); });
};
for (const key of ['firstName', 'lastName', 'email', 'dialCode', 'phone', 'street', 'city', 'state', 'zip', 'country', 'website', 'employer', 'jobTitle', 'experience', 'degree', 'school', 'authorized', 'sponsorship', 'startDate', 'source', 'gender', 'veteran', 'disability'])
  bind($(key), (value) => { bean[key] = value; });
bind($('salary'), (value) => { bean.salary = value; }, () => ($('salary').value === '' ? null : Number($('salary').value)));
for (const key of ['privacy', 'talentCommunity']) bind($(key), (value) => { bean[key] = value; }, () => $(key).checked);
for (const q of posting.questions) {
  if (q.type === 'checkboxes') {
    for (const box of $(q.id).querySelectorAll('vaadin-checkbox'))
      box.addEventListener('checked-changed', () => { bean.screening[q.id] = [...$(q.id).querySelectorAll('vaadin-checkbox')].filter((b) => b.checked).map((b) => b.value); renderModel(); });
  } else bind($(q.id), (value) => { bean.screening[q.id] = value || (q.type === 'text' ? '' : null); });
}
for (const key of ['resume', 'coverLetter']) $(key).addEventListener('files-changed', () => { bean[key] = $(key).files.map((file) => file.name); renderModel(); });

$('submit').addEventListener('click', () => {
  const missing = ['firstName', 'lastName', 'email', 'phone', 'country', 'experience', 'authorized', 'sponsorship'].filter((key) => !bean[key]);
  if (!bean.resume.length) missing.push('resume');
  if (!bean.privacy) missing.push('privacy');
  if (missing.length) {
    for (const field of app.querySelectorAll('[required]')) field.validate?.();
    $('errors').hidden = false;
    $('errors').textContent = 'Please complete the required fields.';
    return;
  }
  app.innerHTML = `<h2 id="submitted">Application submitted</h2><p>Thank you for applying for ${esc(posting.title)}. Your reference number is KB-${posting.req}-0193.</p>`;
});
renderModel();
