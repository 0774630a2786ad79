/*
 * A federal hiring portal's application page: server-rendered USWDS markup, enhanced by
 * uswds.min.js on DOMContentLoaded (usa-combo-box for the country, usa-masked input masks for the
 * phone and SSN, usa-file-input drop targets). The form's state (what would be posted) is rendered
 * into <pre id="model"> after every change; submit checks the required answers.
 */
import './uswds-style.js';
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
    } else if (element.type === 'checkbox') {
      if (element.name === 'certify') state[element.name] = element.checked;
      else {
        state[element.name] ??= [];
        if (element.checked) state[element.name].push(element.value);
      }
    } else state[element.name] = element.value;
  }
  // The names are dotted paths (`applicant.givenName`): the model shows them as the nested object the
  // portal posts.
  const nested = {};
  for (const [name, value] of Object.entries(state)) {
    const path = name.split('.');
    let node = nested;
    for (const part of path.slice(0, -1)) node = node[part] ??= {};
    node[path.at(-1)] = value;
  }
  model.textContent = JSON.stringify(nested, null, 2);
  return state;
}

form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('keyup', () => setTimeout(render, 0));
document.addEventListener('click', () => setTimeout(render, 0));
document.addEventListener('focusout', () => setTimeout(render, 0));
window.addEventListener('DOMContentLoaded', () => setTimeout(render, 0));
render();

const REQUIRED = ['applicant.givenName', 'applicant.familyName', 'applicant.email', 'applicant.dayPhone', 'address.street1', 'address.city', 'address.country', 'eligibility.usCitizen', 'certify'];
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = render();
  const missing = REQUIRED.filter((name) => !state[name]);
  if (state['documents.resume'].length === 0) missing.push('documents.resume');
  const alert = document.getElementById('form-errors');
  if (missing.length) {
    alert.hidden = false;
    alert.querySelector('.usa-alert__text').textContent = `Please answer the required questions (${missing.length} remaining).`;
    return;
  }
  form.hidden = true;
  document.getElementById('application-submitted').hidden = false;
});
