/*
 * The application view of a Nordic logistics group's own recruitment portal, written with Vaadin's
 * web components (the Java shop's UI kit): vaadin-text-field / email-field / integer-field /
 * text-area (label, input and helper slotted into the light DOM, ids like `input-vaadin-text-field-12`),
 * a vaadin-combo-box for the calling code preset to "Finland +358", a world-countries combo box,
 * vaadin-selects (value button + overlay list of vaadin-select-items), vaadin-radio-groups, a
 * vaadin-date-picker set to the Finnish d.M.yyyy format, vaadin-uploads (file input in the shadow
 * root, files kept in the component's list, no auto upload) and vaadin-checkboxes. Two steps
 * rendered in place behind "Next"; step 2 is created when the person moves on. The view's bean
 * is rendered into <pre id="model">.
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

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const CALLING_CODES = [
  ['FI', 'Finland +358'], ['SE', 'Sweden +46'], ['NO', 'Norway +47'], ['DK', 'Denmark +45'], ['EE', 'Estonia +372'],
  ['DE', 'Germany +49'], ['PL', 'Poland +48'], ['GB', 'United Kingdom +44'], ['CA', 'Canada +1'], ['US', 'United States +1'],
];

const bean = {
  firstName: '', lastName: '', email: '', callingCode: 'FI', phone: '', country: '', city: '', linkedIn: '', rememberMe: false,
  degree: '', institution: '', yearsOfExperience: null, employer: '', jobTitle: '', rightToWorkUs: null, needsSponsorship: null,
  rightToWorkEu: null, startDate: '', salaryPerMonth: null, coverLetter: '', cv: [], attachments: [], channel: '', privacyConsent: false, jobAlerts: false,
};

const app = document.getElementById('app');
const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(bean, null, 1); };

/** Binds a field's value to the bean, as Vaadin's Binder does on value-changed. */
function bind(element, key, read = (el) => el.value) {
  element.addEventListener('value-changed', () => { bean[key] = read(element); renderModel(); });
  element.addEventListener('checked-changed', () => { bean[key] = read(element); renderModel(); });
  return element;
}

function stepOne() {
  app.innerHTML = `
    <div class="steps"><span class="current">1 Personal details</span><span>2 Experience and documents</span></div>
    <div class="grid">
      <vaadin-text-field id="firstName" label="First name" required></vaadin-text-field>
      <vaadin-text-field id="lastName" label="Last name" required></vaadin-text-field>
      <vaadin-email-field id="email" class="full" label="Email address" required></vaadin-email-field>
      <div class="phone full">
        <vaadin-combo-box id="callingCode" label="Country code"></vaadin-combo-box>
        <vaadin-text-field id="phone" label="Mobile phone" helper-text="Without the country code, e.g. 40 123 4567"></vaadin-text-field>
      </div>
      <vaadin-combo-box id="country" label="Country of residence" required></vaadin-combo-box>
      <vaadin-text-field id="city" label="City"></vaadin-text-field>
      <vaadin-text-field id="linkedIn" class="full" label="LinkedIn profile" placeholder="https://www.linkedin.com/in/…"></vaadin-text-field>
    </div>
    <vaadin-checkbox id="rememberMe" label="Remember my details on this device"></vaadin-checkbox>
    <div class="buttons"><vaadin-button id="next" theme="primary">Next</vaadin-button></div>`;
  const code = app.querySelector('#callingCode');
  code.items = CALLING_CODES.map(([value, label]) => ({ value, label }));
  code.itemLabelPath = 'label';
  code.itemValuePath = 'value';
  code.value = bean.callingCode;
  const country = app.querySelector('#country');
  country.items = COUNTRIES;
  for (const key of ['firstName', 'lastName', 'email', 'callingCode', 'phone', 'country', 'city', 'linkedIn']) bind(app.querySelector(`#${key}`), key);
  bind(app.querySelector('#rememberMe'), 'rememberMe', (el) => el.checked);
  app.querySelector('#next').addEventListener('click', () => {
    if (!bean.firstName || !bean.lastName || !bean.email || !bean.country) {
      for (const field of app.querySelectorAll('[required]')) field.validate?.();
      return;
    }
    stepTwo();
  });
}

function finnishDate(picker) {
  picker.i18n = {
    firstDayOfWeek: 1,
    formatDate: ({ day, month, year }) => `${day}.${month + 1}.${year}`,
    parseDate: (text) => {
      const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
      return match ? { day: Number(match[1]), month: Number(match[2]) - 1, year: Number(match[3]) } : undefined;
    },
  };
}

function stepTwo() {
  app.innerHTML = `
    <div class="steps"><span>1 Personal details</span><span class="current">2 Experience and documents</span></div>
    <h3>Education and experience</h3>
    <div class="grid">
      <vaadin-select id="degree" label="Highest completed degree" placeholder="Choose"></vaadin-select>
      <vaadin-text-field id="institution" label="Educational institution"></vaadin-text-field>
      <vaadin-text-field id="employer" label="Current employer"></vaadin-text-field>
      <vaadin-text-field id="jobTitle" label="Current job title"></vaadin-text-field>
      <vaadin-integer-field id="yearsOfExperience" label="Years of relevant work experience" min="0" max="50" step-buttons-visible></vaadin-integer-field>
    </div>
    <h3>Work permit and availability</h3>
    <vaadin-radio-group id="rightToWorkUs" class="full" label="Are you legally entitled to work in the United States?" required>
      <vaadin-radio-button value="yes" label="Yes"></vaadin-radio-button>
      <vaadin-radio-button value="no" label="No"></vaadin-radio-button>
    </vaadin-radio-group>
    <vaadin-radio-group id="needsSponsorship" class="full" label="Will you need us to sponsor a work visa for you?" required>
      <vaadin-radio-button value="yes" label="Yes"></vaadin-radio-button>
      <vaadin-radio-button value="no" label="No"></vaadin-radio-button>
    </vaadin-radio-group>
    <vaadin-radio-group id="rightToWorkEu" class="full" label="Do you have the right to work in the EU/EEA (for visits to our Helsinki office)?">
      <vaadin-radio-button value="yes" label="Yes"></vaadin-radio-button>
      <vaadin-radio-button value="no" label="No"></vaadin-radio-button>
    </vaadin-radio-group>
    <div class="grid">
      <vaadin-date-picker id="startDate" label="Earliest start date" helper-text="Format d.m.yyyy, e.g. 31.12.2026"></vaadin-date-picker>
      <vaadin-integer-field id="salaryPerMonth" label="Salary expectation" helper-text="Gross per month"><span slot="suffix">€ / month</span></vaadin-integer-field>
    </div>
    <h3>Documents</h3>
    <vaadin-text-area id="coverLetter" class="full" label="Cover letter" maxlength="3000" style="width:100%;min-height:140px"></vaadin-text-area>
    <div class="upload-label" id="cv-label">CV (PDF, max. 10 MB) *</div>
    <vaadin-upload id="cv" aria-labelledby="cv-label" max-files="1" accept=".pdf,application/pdf" no-auto target="/api/applications/attachments"></vaadin-upload>
    <div class="upload-label" id="attachments-label">Other attachments (certificates, portfolio)</div>
    <vaadin-upload id="attachments" aria-labelledby="attachments-label" max-files="5" no-auto target="/api/applications/attachments"></vaadin-upload>
    <vaadin-combo-box id="channel" label="Where did you find this job?" style="margin-top:12px"></vaadin-combo-box>
    <div style="margin-top:14px">
      <vaadin-checkbox id="privacyConsent" label="I have read the privacy notice and consent to the processing of my personal data" required></vaadin-checkbox><br>
      <vaadin-checkbox id="jobAlerts" label="Send me new job openings by email"></vaadin-checkbox>
    </div>
    <div class="buttons"><vaadin-button id="back">Back</vaadin-button><vaadin-button id="send" theme="primary">Send application</vaadin-button></div>`;
  const degree = app.querySelector('#degree');
  degree.items = [
    { label: 'Upper secondary school', value: 'upper-secondary' },
    { label: 'Vocational qualification', value: 'vocational' },
    { label: "Bachelor's degree (university of applied sciences)", value: 'bachelor-uas' },
    { label: "Bachelor's degree (university)", value: 'bachelor-univ' },
    { label: "Master's degree (university of applied sciences)", value: 'master-uas' },
    { label: "Master's degree (university)", value: 'master-univ' },
    { label: 'Licentiate or doctoral degree', value: 'doctoral' },
  ];
  app.querySelector('#channel').items = ['Kivijärvi careers site', 'LinkedIn', 'Duunitori', 'Indeed', 'A friend or colleague', 'Event or fair', 'Other'];
  finnishDate(app.querySelector('#startDate'));
  for (const key of ['degree', 'institution', 'employer', 'jobTitle', 'rightToWorkUs', 'needsSponsorship', 'rightToWorkEu', 'startDate', 'coverLetter', 'channel']) bind(app.querySelector(`#${key}`), key);
  for (const key of ['yearsOfExperience', 'salaryPerMonth']) bind(app.querySelector(`#${key}`), key, (el) => (el.value === '' ? null : Number(el.value)));
  for (const key of ['privacyConsent', 'jobAlerts']) bind(app.querySelector(`#${key}`), key, (el) => el.checked);
  for (const key of ['cv', 'attachments']) {
    const upload = app.querySelector(`#${key}`);
    upload.addEventListener('files-changed', () => { bean[key] = upload.files.map((file) => file.name); renderModel(); });
  }
  app.querySelector('#back').addEventListener('click', stepOne);
  app.querySelector('#send').addEventListener('click', () => {
    if (!bean.cv.length || !bean.privacyConsent || !bean.rightToWorkUs || !bean.needsSponsorship) return;
    app.innerHTML = '<h2 id="sent">Thank you! Your application has been sent.</h2><p>We will get back to you within two weeks.</p>';
  });
  renderModel();
}

stepOne();
renderModel();
