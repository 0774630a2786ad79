// Careers page of a Dutch-founded neobank's US entity, built on ING's Lion web components.
import { html, render } from 'lit';
import '@lion/ui/define/lion-form.js';
import '@lion/ui/define/lion-fieldset.js';
import '@lion/ui/define/lion-input.js';
import '@lion/ui/define/lion-input-email.js';
import '@lion/ui/define/lion-input-tel-dropdown.js';
import '@lion/ui/define/lion-input-amount.js';
import '@lion/ui/define/lion-input-date.js';
import '@lion/ui/define/lion-input-stepper.js';
import '@lion/ui/define/lion-input-file.js';
import '@lion/ui/define/lion-combobox.js';
import '@lion/ui/define/lion-option.js';
import '@lion/ui/define/lion-select-rich.js';
import '@lion/ui/define/lion-select.js';
import '@lion/ui/define/lion-radio-group.js';
import '@lion/ui/define/lion-radio.js';
import '@lion/ui/define/lion-checkbox-group.js';
import '@lion/ui/define/lion-checkbox.js';
import '@lion/ui/define/lion-switch.js';
import '@lion/ui/define/lion-textarea.js';
import '@lion/ui/define/lion-button-submit.js';
import { Required, IsEmail, MinDate, Pattern } from '@lion/ui/form-core.js';
import { loadDefaultFeedbackMessages } from '@lion/ui/validate-messages.js';
import { getLocalizeManager } from '@lion/ui/localize-no-side-effects.js';

getLocalizeManager().locale = 'en-US';
loadDefaultFeedbackMessages();

const POSTING = window.POSTING;
const COUNTRIES = ['Belgium', 'Canada', 'Germany', 'Ireland', 'Mexico', 'Netherlands', 'Spain', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];
const today = new Date(2026, 11, 3);

function serialize(value) {
  return JSON.stringify(
    value,
    (key, v) => {
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10);
      return v;
    },
    1,
  );
}

function showModel() {
  const form = document.querySelector('lion-form');
  if (!form) return;
  const model = { ...form.serializedValue };
  const file = document.querySelector('lion-input-file');
  model.resume = (file?.modelValue ?? []).map((f) => f.name).join(', ');
  document.getElementById('model').textContent = serialize(model);
}

function submit(ev) {
  const form = ev.currentTarget;
  if (form.hasFeedbackFor.includes('error')) {
    const first = form.formElements && form.querySelector('[shows-feedback-for~="error"]');
    first?.scrollIntoView?.({ block: 'center' });
    return;
  }
  document.getElementById('applied').hidden = false;
  document.getElementById('apply-card').hidden = true;
}

const questions = POSTING.questions.map(
  (q) => html`
    <lion-radio-group name="${q.name}" label="${q.label}" .validators=${[new Required()]}>
      ${q.options.map((o) => html`<lion-radio label="${o}" .choiceValue=${o}></lion-radio>`)}
    </lion-radio-group>
  `,
);

render(
  html`
    <lion-form @model-value-changed=${showModel} @submit=${submit}>
      <form @submit=${(e) => e.preventDefault()}>
        <lion-fieldset name="personal" label="About you">
          <div class="row">
            <lion-input name="firstName" label="First name" .validators=${[new Required()]}></lion-input>
            <lion-input name="lastName" label="Last name" .validators=${[new Required()]}></lion-input>
          </div>
          <lion-input-email name="email" label="Email address" .validators=${[new Required(), new IsEmail()]}></lion-input-email>
          <lion-input-tel-dropdown
            name="phone"
            label="Mobile number"
            help-text="We text you to confirm interview slots"
            .allowedRegions=${['BE', 'CA', 'DE', 'GB', 'IE', 'NL', 'US']}
            .preferredRegions=${['NL', 'US']}
            .validators=${[new Required()]}
          ></lion-input-tel-dropdown>
          <div class="row">
            <lion-input name="city" label="City you live in" .validators=${[new Required()]}></lion-input>
            <lion-combobox name="country" label="Country of residence" .validators=${[new Required()]}>
              ${COUNTRIES.map((c) => html`<lion-option .choiceValue=${c}>${c}</lion-option>`)}
            </lion-combobox>
          </div>
          <lion-input name="linkedin" label="LinkedIn profile" help-text="Full URL, e.g. https://www.linkedin.com/in/yourname" .validators=${[new Pattern(/^https:\/\/(www\.)?linkedin\.com\//, { getMessage: () => 'Please enter a full LinkedIn URL starting with https://' })]}></lion-input>
        </lion-fieldset>

        <lion-fieldset name="experience" label="Experience">
          <div class="row">
            <lion-input name="employer" label="Current employer"></lion-input>
            <lion-input name="jobTitle" label="Current job title"></lion-input>
          </div>
          <lion-select-rich has-no-default-selected name="yearsBand" label="${POSTING.yearsLabel}" .validators=${[new Required()]}>
            ${POSTING.years.map((y) => html`<lion-option .choiceValue=${y}>${y}</lion-option>`)}
          </lion-select-rich>
          <lion-select name="education" label="Highest completed education">
            <select slot="input">
              <option value="">Please select</option>
              <option value="secondary">Secondary school</option>
              <option value="associate">Associate degree</option>
              <option value="bachelor">Bachelor's degree</option>
              <option value="master">Master's degree</option>
              <option value="phd">Doctorate</option>
            </select>
          </lion-select>
          <lion-input-file name="resume" label="CV / resume" help-text="PDF or Word, max 5 MB" accept=".pdf,.doc,.docx" max-file-size="5242880"></lion-input-file>
          <lion-textarea name="coverLetter" label="Cover letter" max-rows="12" rows="5"></lion-textarea>
        </lion-fieldset>

        <lion-fieldset name="terms" label="Pay, start and work authorisation">
          <div class="row">
            <lion-input-amount name="salary" label="Gross annual salary expectation" currency="USD" help-text="Base salary, before bonus"></lion-input-amount>
            <lion-input-date name="startDate" label="Earliest start date" help-text="MM/DD/YYYY" .validators=${[new MinDate(today)]}></lion-input-date>
          </div>
          <lion-input-stepper name="noticeWeeks" label="Notice period with your current employer (weeks)" min="0" max="26" step="1"></lion-input-stepper>
          <lion-radio-group name="workAuth" label="Are you legally authorized to work in the United States?" .validators=${[new Required()]}>
            <lion-radio label="Yes" .choiceValue=${'yes'}></lion-radio>
            <lion-radio label="No" .choiceValue=${'no'}></lion-radio>
          </lion-radio-group>
          <lion-radio-group name="sponsorship" label="Will you now or in the future require sponsorship for employment visa status?" .validators=${[new Required()]}>
            <lion-radio label="Yes" .choiceValue=${'yes'}></lion-radio>
            <lion-radio label="No" .choiceValue=${'no'}></lion-radio>
          </lion-radio-group>
          ${questions}
          <lion-checkbox-group name="teams" label="${POSTING.interestsLabel}">
            ${POSTING.interests.map((t) => html`<lion-checkbox label="${t}" .choiceValue=${t}></lion-checkbox>`)}
          </lion-checkbox-group>
          <lion-textarea name="motivation" label="${POSTING.motivation}" rows="4"></lion-textarea>
        </lion-fieldset>

        <lion-switch name="talentPool" label="Keep my details in the talent pool for 12 months" help-text="You can withdraw at any time"></lion-switch>
        <lion-checkbox-group name="privacy" .validators=${[new Required()]}>
          <lion-checkbox label="I have read the Candidate Privacy Statement" .choiceValue=${'accepted'}></lion-checkbox>
        </lion-checkbox-group>
        <lion-button-submit id="apply-submit">Send application</lion-button-submit>
      </form>
    </lion-form>
  `,
  document.getElementById('apply-root'),
);

customElements.whenDefined('lion-form').then(() => setTimeout(showModel, 50));
