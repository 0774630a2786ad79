// Tillerbay Health careers: the application uses Clarity Core web components (@cds/core) over native controls.
import '@cds/core/global.min.css';
import '@cds/core/button/register.js';
import '@cds/core/checkbox/register.js';
import '@cds/core/date/register.js';
import '@cds/core/file/register.js';
import '@cds/core/forms/register.js';
import '@cds/core/input/register.js';
import '@cds/core/radio/register.js';
import '@cds/core/select/register.js';
import '@cds/core/textarea/register.js';
import '@cds/core/toggle/register.js';
import countries from 'world-countries';

const country = document.getElementById('tb-country');
for (const c of [...countries].sort((a, b) => a.name.common.localeCompare(b.name.common))) {
  const option = document.createElement('option');
  option.value = c.cca2;
  option.textContent = c.name.common;
  country.append(option);
}

const form = document.getElementById('tb-apply');
const model = document.getElementById('model');
function render() {
  const data = {};
  for (const element of form.elements) {
    if (!element.name) continue;
    if (element.type === 'radio') {
      if (element.checked) data[element.name] = element.value;
      else if (!(element.name in data)) data[element.name] = null;
    } else if (element.type === 'checkbox') data[element.name] = element.checked;
    else if (element.type === 'file') data[element.name] = Array.from(element.files).map((f) => f.name);
    else data[element.name] = element.value;
  }
  model.textContent = JSON.stringify(data, null, 2);
}
form.addEventListener('input', render);
form.addEventListener('change', render);
render();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = ['firstName', 'lastName', 'email'].some((n) => !form.elements[n].value) || !form.elements.resume.files.length || !form.elements.attest.checked;
  document.getElementById('tb-error').hidden = !missing;
  if (!missing) document.getElementById('tb-done').hidden = false;
});
