/*
 * A systems-software company's careers page built with Clarity Core web components (@cds/core):
 * native inputs, selects, radios and checkboxes projected into cds-input / cds-select /
 * cds-radio-group / cds-checkbox-group / cds-date / cds-file / cds-textarea / cds-toggle /
 * cds-range shadow layouts that wire the light-DOM <label> to its control, a horizontal
 * cds-form-group, cds-input-groups pairing a select with an input (phone country code, "https://"
 * protocol before a scheme-less LinkedIn URL, currency before the amount) whose inner labels are
 * screen-reader only, cds-datalists for location and school, and a returning-candidate sign-in
 * card. The state (what would be posted) is rendered into <pre id="model">.
 */
import '@cds/core/global.min.css';
import '@cds/core/alert/register.js';
import '@cds/core/button/register.js';
import '@cds/core/checkbox/register.js';
import '@cds/core/datalist/register.js';
import '@cds/core/date/register.js';
import '@cds/core/file/register.js';
import '@cds/core/forms/register.js';
import '@cds/core/input/register.js';
import '@cds/core/password/register.js';
import '@cds/core/radio/register.js';
import '@cds/core/range/register.js';
import '@cds/core/search/register.js';
import '@cds/core/select/register.js';
import '@cds/core/textarea/register.js';
import '@cds/core/toggle/register.js';

const form = document.getElementById('application');
const model = document.getElementById('model');

function render() {
  const state = {};
  for (const element of form.elements) {
    if (!element.name) continue;
    if (element.type === 'file') state[element.name] = Array.from(element.files).map((file) => file.name);
    else if (element.type === 'radio') {
      if (!(element.name in state)) state[element.name] = null;
      if (element.checked) state[element.name] = element.value;
    } else if (element.type === 'checkbox' && element.name === 'stack') {
      state.stack = state.stack ?? [];
      if (element.checked) state.stack.push(element.value);
    } else if (element.type === 'checkbox') state[element.name] = element.checked;
    else state[element.name] = element.value;
  }
  model.textContent = JSON.stringify(state, null, 2);
  return state;
}
form.addEventListener('input', render);
form.addEventListener('change', render);
render();

document.getElementById('submit-application').addEventListener('click', () => form.requestSubmit());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = render();
  const missing = ['firstName', 'lastName', 'email', 'phone', 'country', 'years', 'authorized', 'sponsorship'].filter((name) => !state[name]);
  if (missing.length || state.resume.length === 0 || !state.privacy) {
    form.querySelector(`[name=${missing[0] ?? 'privacy'}]`)?.focus();
    return;
  }
  form.hidden = true;
  document.getElementById('application-submitted').hidden = false;
});
