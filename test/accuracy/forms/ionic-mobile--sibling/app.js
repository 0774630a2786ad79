/*
 * The mobile apply screen of a Workable-style careers app, built with Ionic's web components
 * (`@ionic/core`, custom-elements build, Material mode): ion-input with floating labels (the
 * native input inside each ion-input), ion-selects opening a popover list of ion-radios
 * (country from world-countries, experience, education, time zone, source), ion-radio-groups of
 * ion-radio (no native radios), a date ion-input, an ion-textarea, ion-toggle and ion-checkbox, and a native
 * file input styled as a button. The form's values, read from the components' events, are
 * rendered into <pre id="model">.
 */
import { initialize } from '@ionic/core/components';
import { defineCustomElement as defineApp } from '@ionic/core/components/ion-app.js';
import { defineCustomElement as defineButton } from '@ionic/core/components/ion-button.js';
import { defineCustomElement as defineCheckbox } from '@ionic/core/components/ion-checkbox.js';
import { defineCustomElement as defineContent } from '@ionic/core/components/ion-content.js';
import { defineCustomElement as defineInput } from '@ionic/core/components/ion-input.js';
import { defineCustomElement as defineItem } from '@ionic/core/components/ion-item.js';
import { defineCustomElement as defineList } from '@ionic/core/components/ion-list.js';
import { defineCustomElement as defineListHeader } from '@ionic/core/components/ion-list-header.js';
import { defineCustomElement as defineLabel } from '@ionic/core/components/ion-label.js';
import { defineCustomElement as defineRadio } from '@ionic/core/components/ion-radio.js';
import { defineCustomElement as defineRadioGroup } from '@ionic/core/components/ion-radio-group.js';
import { defineCustomElement as defineSelect } from '@ionic/core/components/ion-select.js';
import { defineCustomElement as defineSelectOption } from '@ionic/core/components/ion-select-option.js';
import { defineCustomElement as defineTextarea } from '@ionic/core/components/ion-textarea.js';
import { defineCustomElement as defineToggle } from '@ionic/core/components/ion-toggle.js';
import '@ionic/core/css/core.css';
import '@ionic/core/css/normalize.css';
import '@ionic/core/css/typography.css';
import countries from 'world-countries';

initialize({ mode: 'md', animated: false });
for (const define of [defineApp, defineButton, defineCheckbox, defineContent, defineInput, defineItem, defineList, defineListHeader, defineLabel, defineRadio, defineRadioGroup, defineSelect, defineSelectOption, defineTextarea, defineToggle]) define();

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const option = (value, text = value) => `<ion-select-option value="${value}">${text}</ion-select-option>`;

document.getElementById('apply').innerHTML = `
  <form id="mobile-apply" novalidate>
    <ion-list>
      <ion-list-header><ion-label><h1>Analytics Engineer</h1><p>Larkspur Health Tech · Remote (US)</p></ion-label></ion-list-header>
      <ion-item><ion-input name="firstname" label="First name *" label-placement="floating" autocomplete="off" required></ion-input></ion-item>
      <ion-item><ion-input name="lastname" label="Last name *" label-placement="floating" autocomplete="off" required></ion-input></ion-item>
      <ion-item><ion-input name="email" type="email" label="Email *" label-placement="floating" autocomplete="off" required></ion-input></ion-item>
      <ion-item><ion-input name="headline" label="Headline (optional)" label-placement="floating" helper-text="e.g. Data engineer who loves clean pipelines"></ion-input></ion-item>
      <ion-item><ion-input name="phone" type="tel" label="Phone" label-placement="floating"></ion-input></ion-item>
      <ion-item><ion-select name="country" label="Country" label-placement="floating" interface="popover" placeholder="Select">${COUNTRIES.map((name) => option(name)).join('')}</ion-select></ion-item>
      <ion-item><ion-input name="city" label="City" label-placement="floating"></ion-input></ion-item>
      <ion-item><ion-select name="experience" label="Years of experience" label-placement="floating" interface="popover" placeholder="Select">${['Less than 1 year', '1-2 years', '3-5 years', '6-9 years', '10+ years'].map((v) => option(v)).join('')}</ion-select></ion-item>
      <ion-item><ion-select name="education" label="Education level" label-placement="floating" interface="popover" placeholder="Select">${["High school", "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate'].map((v) => option(v)).join('')}</ion-select></ion-item>
      <ion-list-header><ion-label id="lbl-authorized">Are you legally authorized to work in the United States?</ion-label></ion-list-header>
      <ion-radio-group name="authorized" aria-labelledby="lbl-authorized">
        <ion-item><ion-radio value="yes" justify="start" label-placement="end">Yes</ion-radio></ion-item>
        <ion-item><ion-radio value="no" justify="start" label-placement="end">No</ion-radio></ion-item>
      </ion-radio-group>
      <ion-list-header><ion-label id="lbl-sponsorship">Will you now or in the future require visa sponsorship?</ion-label></ion-list-header>
      <ion-radio-group name="sponsorship" aria-labelledby="lbl-sponsorship">
        <ion-item><ion-radio value="yes" justify="start" label-placement="end">Yes</ion-radio></ion-item>
        <ion-item><ion-radio value="no" justify="start" label-placement="end">No</ion-radio></ion-item>
      </ion-radio-group>
      <ion-item><ion-input name="startDate" type="date" label="Earliest start date" label-placement="stacked"></ion-input></ion-item>
      <ion-item><ion-select name="timezone" label="Which time zone do you work in?" label-placement="floating" interface="popover" placeholder="Select">${['Pacific', 'Mountain', 'Central', 'Eastern'].map((v) => option(v)).join('')}</ion-select></ion-item>
      <ion-list-header><ion-label id="lbl-oncall">Are you open to a one-week on-call rotation every two months?</ion-label></ion-list-header>
      <ion-radio-group name="oncall" aria-labelledby="lbl-oncall">
        <ion-item><ion-radio value="yes" justify="start" label-placement="end">Yes</ion-radio></ion-item>
        <ion-item><ion-radio value="no" justify="start" label-placement="end">No</ion-radio></ion-item>
      </ion-radio-group>
      <ion-item lines="none"><ion-label>Resume *<p id="resume-name">PDF, DOC or DOCX</p></ion-label></ion-item>
      <ion-item><input type="file" id="resume" name="resume" accept=".pdf,.doc,.docx" aria-label="Upload resume"></ion-item>
      <ion-item><ion-textarea name="coverLetter" label="Cover letter (optional)" label-placement="floating" auto-grow="true"></ion-textarea></ion-item>
      <ion-item><ion-select name="source" label="How did you hear about us?" label-placement="floating" interface="popover" placeholder="Select">${['Careers site', 'LinkedIn', 'Friend or colleague', 'Event', 'Other'].map((v) => option(v)).join('')}</ion-select></ion-item>
      <ion-item><ion-toggle name="talentPool" justify="space-between">Keep me in the talent pool for future roles</ion-toggle></ion-item>
      <ion-item><ion-checkbox name="privacy" justify="start" label-placement="end">I have read and agree to the privacy notice *</ion-checkbox></ion-item>
    </ion-list>
    <div style="padding: 16px"><ion-button expand="block" id="submit-application" type="submit">Submit application</ion-button></div>
  </form>
  <h2 id="application-sent" hidden style="padding: 16px">Application sent. Good luck!</h2>
`;

const form = document.getElementById('mobile-apply');
const state = {
  firstname: '', lastname: '', email: '', headline: '', phone: '', country: '', city: '', experience: '', education: '', authorized: '', sponsorship: '',
  startDate: '', timezone: '', oncall: '', resume: '', coverLetter: '', source: '', talentPool: false, privacy: false,
};
const model = document.getElementById('model');
const render = () => { model.textContent = JSON.stringify(state, null, 2); };
form.addEventListener('ionInput', (event) => { const name = event.target.getAttribute('name'); if (name in state) { state[name] = event.detail.value ?? ''; render(); } });
form.addEventListener('ionChange', (event) => {
  const name = event.target.getAttribute('name');
  if (!(name in state)) return;
  state[name] = typeof state[name] === 'boolean' ? event.detail.checked : event.detail.value ?? '';
  render();
});
document.getElementById('resume').addEventListener('change', (event) => {
  state.resume = event.target.files[0]?.name ?? '';
  document.getElementById('resume-name').textContent = state.resume || 'PDF, DOC or DOCX';
  render();
});
render();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!state.firstname || !state.lastname || !state.email || !state.resume || !state.privacy) return;
  form.hidden = true;
  document.getElementById('application-sent').hidden = false;
});
