/*
 * The page is server-rendered USWDS markup; this script loads the USWDS stylesheet and
 * uswds.min.js, which on DOMContentLoaded turns `.usa-combo-box` selects into combo boxes (an input
 * that takes the select's id, a listbox, the select hidden with `usa-sr-only`), `.usa-date-picker`
 * inputs into an external "mm/dd/yyyy" box over a hidden internal ISO input, and `.usa-file-input`
 * inputs into drop targets with previews. The form's state (what would be posted) is rendered into
 * <pre id="model"> after every change, and submit checks the required answers.
 */
import '../zf-uswds-stateit/uswds-style.js';
import '@uswds/uswds';

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
    } else if (element.type === 'checkbox') state[element.name] = element.checked;
    else state[element.name] = element.value;
  }
  model.textContent = JSON.stringify(state, null, 2);
  return state;
}

form.addEventListener('input', render);
form.addEventListener('change', render);
// The combo box and date picker write their hidden select / internal input without always
// dispatching an event the form sees at once; read again on every interaction.
document.addEventListener('click', () => setTimeout(render, 0));
document.addEventListener('focusout', () => setTimeout(render, 0));
window.addEventListener('DOMContentLoaded', () => setTimeout(render, 0));
render();

const REQUIRED = ['first_name', 'last_name', 'email', 'phone', 'address_1', 'city', 'state', 'zip', 'authorized', 'sponsorship', 'age_18', 'start_date', 'certify', 'signature'];
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = render();
  const missing = REQUIRED.filter((name) => !state[name]);
  if (state.resume?.length === 0) missing.push('resume');
  const alert = document.getElementById('form-errors');
  if (missing.length) {
    alert.hidden = false;
    alert.querySelector('.usa-alert__text').textContent = `Please complete the required fields (${missing.length} remaining).`;
    return;
  }
  form.hidden = true;
  document.getElementById('application-submitted').hidden = false;
});
