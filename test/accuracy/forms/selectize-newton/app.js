/*
 * The application page's script, as an older ATS ships it: jQuery + Selectize turn the selects
 * into Selectize controls (the native select hidden and marked `selectized`, a `.selectize-input`
 * showing the chosen item, a dropdown of `.option`s inside the control, typing to filter), the
 * skills select into a tag input that takes new entries. Values go into <pre id="model">.
 */
import $ from 'jquery';
import '@selectize/selectize';
import '@selectize/selectize/dist/css/selectize.default.css';
import countries from 'world-countries';

const form = document.getElementById('nw-form');
const countrySelect = document.getElementById('nw_country');
for (const name of countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b))) countrySelect.append(new Option(name, name));

const render = () => {
  const state = {};
  for (const select of form.querySelectorAll('select')) state[select.id] = select.multiple ? [...select.selectedOptions].map((option) => option.value) : select.value;
  document.getElementById('model').textContent = JSON.stringify(state, null, 2);
};

$('#nw-form select').not('[multiple]').selectize({ allowEmptyOption: false, sortField: null });
$('#nw_skills').selectize({ create: true, plugins: ['remove_button'], persist: false });
$('#nw-form select').on('change', render);
render();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = [...form.querySelectorAll('[required]')].filter((field) => (field.type === 'checkbox' ? !field.checked : field.type === 'file' ? field.files.length === 0 : !field.value.trim()));
  document.getElementById('nw-error').hidden = missing.length === 0;
  if (missing.length) return;
  form.hidden = true;
  document.getElementById('nw-done').hidden = false;
});
