/*
 * The mobile apply screen of a power-grid operator's careers app, built with Ionic's web components
 * (`@ionic/core` custom elements, iOS mode) the way the Ionic docs show them: ion-inputs with
 * `fill="outline"` whose label is a `slot="label"` element holding an "(Required)" ion-text, start
 * and end slots for "+1", "$" and "/ year", a native `type=date` ion-input, ion-selects opening a
 * popover (state as full names over USPS codes, degree), ion-radio-groups of ion-radio (no native
 * radios) for ranges and yes/no questions, ion-checkboxes, an ion-toggle, an ion-textarea with a
 * counter and a native file input behind a label. A header ion-searchbar. The values, read from the
 * components' ionInput / ionChange events, are rendered into <pre id="model">.
 */
import { initialize } from '@ionic/core/components';
import { defineCustomElement as defineApp } from '@ionic/core/components/ion-app.js';
import { defineCustomElement as defineButton } from '@ionic/core/components/ion-button.js';
import { defineCustomElement as defineCheckbox } from '@ionic/core/components/ion-checkbox.js';
import { defineCustomElement as defineContent } from '@ionic/core/components/ion-content.js';
import { defineCustomElement as defineHeader } from '@ionic/core/components/ion-header.js';
import { defineCustomElement as defineInput } from '@ionic/core/components/ion-input.js';
import { defineCustomElement as defineItem } from '@ionic/core/components/ion-item.js';
import { defineCustomElement as defineList } from '@ionic/core/components/ion-list.js';
import { defineCustomElement as defineNote } from '@ionic/core/components/ion-note.js';
import { defineCustomElement as defineRadio } from '@ionic/core/components/ion-radio.js';
import { defineCustomElement as defineRadioGroup } from '@ionic/core/components/ion-radio-group.js';
import { defineCustomElement as defineSearchbar } from '@ionic/core/components/ion-searchbar.js';
import { defineCustomElement as defineSelect } from '@ionic/core/components/ion-select.js';
import { defineCustomElement as defineSelectOption } from '@ionic/core/components/ion-select-option.js';
import { defineCustomElement as defineText } from '@ionic/core/components/ion-text.js';
import { defineCustomElement as defineTextarea } from '@ionic/core/components/ion-textarea.js';
import { defineCustomElement as defineTitle } from '@ionic/core/components/ion-title.js';
import { defineCustomElement as defineToggle } from '@ionic/core/components/ion-toggle.js';
import { defineCustomElement as defineToolbar } from '@ionic/core/components/ion-toolbar.js';
import '@ionic/core/css/core.css';
import '@ionic/core/css/normalize.css';
import '@ionic/core/css/structure.css';
import '@ionic/core/css/typography.css';

initialize({ mode: 'ios', animated: false });
for (const define of [defineApp, defineButton, defineCheckbox, defineContent, defineHeader, defineInput, defineItem, defineList, defineNote, defineRadio, defineRadioGroup,
  defineSearchbar, defineSelect, defineSelectOption, defineText, defineTextarea, defineTitle, defineToggle, defineToolbar]) define();

const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['ID', 'Idaho'], ['MT', 'Montana'], ['NV', 'Nevada'], ['NM', 'New Mexico'], ['OR', 'Oregon'], ['UT', 'Utah'], ['WA', 'Washington'], ['WY', 'Wyoming']];
const DEGREES = [['none', 'No degree'], ['hs', 'High school diploma / GED'], ['aa', 'Associate degree'], ['bs', "Bachelor's degree"], ['ms', "Master's degree"], ['phd', 'Doctorate']];

const model = {
  firstName: '', lastName: '', email: '', phone: '', address: '', city: '', state: null, zip: '', linkedin: '', employer: '', jobTitle: '',
  dataYears: null, degree: null, authorized: null, sponsorship: null, license: null, startDate: '', salary: '', resume: null, coverLetter: '',
  travel: false, smsUpdates: false, consent: false,
};
const render = () => { document.getElementById('model').textContent = JSON.stringify(model, null, 1); };

const req = '<ion-text color="danger">(Required)</ion-text>';
const input = (name, label, extra = '', slots = '') =>
  `<ion-item lines="none"><ion-input name="${name}" fill="outline" label-placement="stacked" ${extra}><div slot="label">${label}</div>${slots}</ion-input></ion-item>`;
const radios = (name, question, options) => `
  <div class="q" id="q-${name}">${question}</div>
  <ion-list inset="true"><ion-radio-group name="${name}" aria-labelledby="q-${name}">
    ${options.map(([value, text]) => `<ion-item><ion-radio value="${value}" justify="space-between">${text}</ion-radio></ion-item>`).join('')}
  </ion-radio-group></ion-list>`;

document.getElementById('apply').innerHTML = `
  <form id="application" novalidate>
    <div class="block-title">Contact</div>
    ${input('firstName', `First name ${req}`, 'autocomplete="given-name"')}
    ${input('lastName', `Last name ${req}`, 'autocomplete="family-name"')}
    ${input('email', `Email ${req}`, 'type="email" autocomplete="email"')}
    ${input('phone', 'Mobile number', 'type="tel" helper-text="10 digits, we only call US numbers"', '<ion-text slot="start">+1</ion-text>')}
    ${input('address', 'Home address', 'autocomplete="off"')}
    ${input('city', 'City')}
    <ion-item lines="none"><ion-select name="state" label="State" label-placement="stacked" fill="outline" interface="popover" placeholder="Choose">
      ${STATES.map(([code, text]) => `<ion-select-option value="${code}">${text}</ion-select-option>`).join('')}
    </ion-select></ion-item>
    ${input('zip', 'ZIP code', 'inputmode="numeric" maxlength="10"')}

    <div class="block-title">Experience</div>
    ${input('linkedin', 'LinkedIn URL', 'type="url" placeholder="linkedin.com/in/"')}
    ${input('employer', 'Current or most recent employer')}
    ${input('jobTitle', 'Job title there')}
    ${radios('dataYears', 'How many years have you worked as a data engineer or in a similar role?', [['lt2', 'Less than 2 years'], ['2-4', '2–4 years'], ['5-7', '5–7 years'], ['8+', '8 years or more']])}
    <ion-item lines="none"><ion-select name="degree" label="Highest level of education completed" label-placement="stacked" fill="outline" interface="popover" placeholder="Choose">
      ${DEGREES.map(([code, text]) => `<ion-select-option value="${code}">${text}</ion-select-option>`).join('')}
    </ion-select></ion-item>

    <div class="block-title">Eligibility</div>
    ${radios('authorized', 'Are you legally authorized to work in the United States?', [['yes', 'Yes'], ['no', 'No']])}
    ${radios('sponsorship', 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?', [['yes', 'Yes'], ['no', 'No']])}
    ${radios('license', "This role drives to substations. Do you hold a valid driver's license? (Required)", [['yes', 'Yes'], ['no', 'No']])}
    <ion-list inset="true"><ion-item><ion-checkbox name="travel" justify="space-between">I can travel to field sites up to 30% of the time</ion-checkbox></ion-item></ion-list>
    ${input('startDate', 'When could you start?', 'type="date"')}
    ${input('salary', 'Desired annual salary', 'type="number" inputmode="numeric" min="0"', '<ion-text slot="start">$</ion-text><ion-note slot="end">/ year</ion-note>')}

    <div class="block-title">Documents</div>
    <div class="file-row">
      <label for="resume-file">Attach resume ${req}</label>
      <input type="file" id="resume-file" name="resume" accept=".pdf,.doc,.docx">
      <ion-note id="resume-name">PDF or Word</ion-note>
    </div>
    <ion-item lines="none"><ion-textarea name="coverLetter" fill="outline" label="Cover letter (optional)" label-placement="stacked" auto-grow="true" counter="true" maxlength="2000"></ion-textarea></ion-item>

    <ion-list inset="true">
      <ion-item><ion-toggle name="smsUpdates" justify="space-between">Text me about my application status</ion-toggle></ion-item>
      <ion-item><ion-checkbox name="consent" justify="start" label-placement="end">I agree to the Applicant Privacy Notice ${req}</ion-checkbox></ion-item>
    </ion-list>
    <div style="padding: 8px 16px"><ion-button expand="block" type="submit" id="submit-application">Submit application</ion-button></div>
    <ion-note id="form-error" color="danger" style="padding: 0 16px"></ion-note>
  </form>`;

const form = document.getElementById('application');
form.addEventListener('ionInput', (event) => {
  const name = event.target.getAttribute('name');
  if (name && name in model) { model[name] = event.detail.value ?? ''; render(); }
});
form.addEventListener('ionChange', (event) => {
  const name = event.target.getAttribute('name');
  if (!name || !(name in model)) return;
  model[name] = 'checked' in event.detail ? event.detail.checked : event.detail.value ?? null;
  render();
});
document.getElementById('resume-file').addEventListener('change', (event) => {
  const file = event.target.files?.[0];
  model.resume = file ? file.name : null;
  document.getElementById('resume-name').textContent = file ? file.name : 'PDF or Word';
  render();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = ['firstName', 'lastName', 'email', 'resume', 'license'].filter((key) => !model[key]);
  if (!model.consent) missing.push('consent');
  if (missing.length) { document.getElementById('form-error').textContent = `Please complete: ${missing.join(', ')}`; return; }
  document.getElementById('apply').innerHTML = '<div id="application-sent"><h2>Application received</h2><p>Thanks! A recruiter will text or email you within five business days.</p></div>';
});
render();
