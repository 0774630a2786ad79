/*
 * A credit union's careers page built with ING's Lion web components (`@lion/ui`, lit templates):
 * lion-form around a native form, labels as `label` attributes, help texts; lion-input-tel locked
 * to the US region (formats the number and keeps E.164 in the model), lion-select-rich for the
 * state (invoker button + listbox overlay), a lion-combobox (autocomplete "list") for the school,
 * an inline lion-listbox (no popup) for the experience range, lion-radio-groups with sentence
 * answers, lion-input-datepicker (typed MM/DD/YYYY or a calendar overlay), lion-input-amount,
 * lion-input-file, lion-textarea, a lion-checkbox-group of branches (left alone), a
 * lion-input-iban for a travel reimbursement (a payment field) and a consent checkbox. The header
 * has an online-banking login. The form's serializedValue goes into <pre id="model">.
 */
import { html, render } from 'lit';
import '@lion/ui/define/lion-form.js';
import '@lion/ui/define/lion-input.js';
import '@lion/ui/define/lion-input-email.js';
import '@lion/ui/define/lion-input-tel.js';
import '@lion/ui/define/lion-input-amount.js';
import '@lion/ui/define/lion-input-datepicker.js';
import '@lion/ui/define/lion-input-file.js';
import '@lion/ui/define/lion-input-iban.js';
import '@lion/ui/define/lion-combobox.js';
import '@lion/ui/define/lion-listbox.js';
import '@lion/ui/define/lion-option.js';
import '@lion/ui/define/lion-select-rich.js';
import '@lion/ui/define/lion-select.js';
import '@lion/ui/define/lion-radio-group.js';
import '@lion/ui/define/lion-radio.js';
import '@lion/ui/define/lion-checkbox-group.js';
import '@lion/ui/define/lion-checkbox.js';
import '@lion/ui/define/lion-textarea.js';
import '@lion/ui/define/lion-button-submit.js';
import { Required, IsEmail } from '@lion/ui/form-core.js';
import { loadDefaultFeedbackMessages } from '@lion/ui/validate-messages.js';
import { getLocalizeManager } from '@lion/ui/localize-no-side-effects.js';

getLocalizeManager().locale = 'en-US';
loadDefaultFeedbackMessages();

const STATES = ['Alaska', 'Arizona', 'California', 'Colorado', 'Hawaii', 'Idaho', 'Montana', 'Nevada', 'Oregon', 'Utah', 'Washington', 'Outside the United States'];
const SCHOOLS = ['Central Washington University', 'Oregon State University', 'Portland State University', 'Seattle University', 'University of California, Berkeley',
  'University of California, Davis', 'University of California, Los Angeles', 'University of Oregon', 'University of Washington', 'University of Washington Tacoma', 'Washington State University'];
const YEARS = ['Less than 2 years', '2 to 4 years', '5 to 8 years', 'More than 8 years'];
const BRANCHES = ['Loan loss forecasting', 'Fraud detection', 'Regulatory (NCUA 5300) reporting', 'Member analytics'];

function serialize(value) {
  return JSON.stringify(value, (key, v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : v), 1);
}

function showModel() {
  const form = document.querySelector('lion-form');
  if (!form) return;
  const model = { ...form.serializedValue };
  model.resume = (document.querySelector('lion-input-file[name=resume]')?.modelValue ?? []).map((file) => file.name).join(', ');
  document.getElementById('model').textContent = serialize(model);
}

function submit(event) {
  const form = event.currentTarget;
  const resume = document.querySelector('lion-input-file[name=resume]')?.modelValue ?? [];
  if (form.hasFeedbackFor.includes('error') || resume.length === 0) {
    form.querySelector('[shows-feedback-for~="error"]')?.scrollIntoView?.({ block: 'center' });
    return;
  }
  document.getElementById('apply-root').hidden = true;
  document.getElementById('applied').hidden = false;
}

render(
  html`
    <lion-form @model-value-changed=${showModel} @submit=${submit}>
      <form @submit=${(event) => event.preventDefault()}>
        <h2>Contact information</h2>
        <div class="row">
          <lion-input name="legalFirstName" label="Legal first name" .validators=${[new Required()]}></lion-input>
          <lion-input name="legalLastName" label="Legal last name" .validators=${[new Required()]}></lion-input>
        </div>
        <lion-input-email name="email" label="Personal email" .validators=${[new Required(), new IsEmail()]}></lion-input-email>
        <lion-input-tel name="phone" label="Best phone number" help-text="US numbers only" .allowedRegions=${['US']} .validators=${[new Required()]}></lion-input-tel>
        <lion-input name="street" label="Street address"></lion-input>
        <div class="row">
          <lion-input name="city" label="City"></lion-input>
          <lion-select-rich name="state" label="State" has-no-default-selected>
            ${STATES.map((state) => html`<lion-option .choiceValue=${state}>${state}</lion-option>`)}
          </lion-select-rich>
        </div>
        <lion-input name="zip" label="ZIP code"></lion-input>

        <h2>Background</h2>
        <div class="row">
          <lion-input name="employer" label="Current employer"></lion-input>
          <lion-input name="position" label="Current position"></lion-input>
        </div>
        <lion-listbox name="experience" label="Years of experience in data engineering or database development" .validators=${[new Required()]}>
          ${YEARS.map((band) => html`<lion-option .choiceValue=${band}>${band}</lion-option>`)}
        </lion-listbox>
        <lion-select name="education" label="Highest level of education">
          <select slot="input">
            <option value="">-- Select --</option>
            <option value="hs">High School Diploma/GED</option>
            <option value="aa">Associate's</option>
            <option value="ba">Bachelor's</option>
            <option value="ma">Master's</option>
            <option value="dr">Doctorate</option>
          </select>
        </lion-select>
        <lion-combobox name="school" label="School or university" autocomplete="list" help-text="Start typing and pick your school">
          ${SCHOOLS.map((school) => html`<lion-option .choiceValue=${school}>${school}</lion-option>`)}
        </lion-combobox>
        <lion-input name="linkedin" label="LinkedIn profile (optional)"></lion-input>

        <h2>Eligibility</h2>
        <lion-radio-group name="authorization" label="Are you legally eligible to work in the United States?" .validators=${[new Required()]}>
          <lion-radio label="Yes, I am eligible to work in the United States" .choiceValue=${'eligible'}></lion-radio>
          <lion-radio label="No, I am not eligible to work in the United States" .choiceValue=${'not-eligible'}></lion-radio>
        </lion-radio-group>
        <lion-radio-group name="sponsorship" label="Will you require Cascadia FCU to sponsor a visa for you to work in the US?" .validators=${[new Required()]}>
          <lion-radio label="Yes, now or in the future" .choiceValue=${'yes'}></lion-radio>
          <lion-radio label="No" .choiceValue=${'no'}></lion-radio>
        </lion-radio-group>
        <lion-radio-group name="priorCreditUnion" label="Have you worked at a credit union or community bank before?">
          <lion-radio label="Yes" .choiceValue=${'yes'}></lion-radio>
          <lion-radio label="No" .choiceValue=${'no'}></lion-radio>
        </lion-radio-group>
        <div class="row">
          <lion-input-datepicker name="availableFrom" label="Date available" help-text="MM/DD/YYYY"></lion-input-datepicker>
          <lion-input-amount name="desiredPay" label="Desired annual pay" currency="USD"></lion-input-amount>
        </div>
        <lion-checkbox-group name="branches" label="Which risk areas have you supported? (select all that apply)">
          ${BRANCHES.map((branch) => html`<lion-checkbox label="${branch}" .choiceValue=${branch}></lion-checkbox>`)}
        </lion-checkbox-group>

        <h2>Documents</h2>
        <lion-input-file name="resume" label="Resume" help-text="PDF or Word, up to 5 MB" accept=".pdf,.doc,.docx"></lion-input-file>
        <lion-textarea name="coverLetter" label="Cover letter" rows="5" max-rows="14"></lion-textarea>
        <lion-input-iban name="travelIban" label="Interview travel reimbursement: account IBAN (optional)" help-text="Only for candidates travelling from outside the US"></lion-input-iban>
        <lion-checkbox-group name="attest" .validators=${[new Required()]}>
          <lion-checkbox label="I certify that the information in this application is true and complete, and I authorize Cascadia FCU to verify it." .choiceValue=${'certified'}></lion-checkbox>
        </lion-checkbox-group>
        <lion-button-submit id="submit-application">Submit application</lion-button-submit>
      </form>
    </lion-form>
  `,
  document.getElementById('apply-root'),
);

customElements.whenDefined('lion-form').then(() => setTimeout(showModel, 50));
