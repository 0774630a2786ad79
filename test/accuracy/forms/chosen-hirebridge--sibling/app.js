/*
 * The server-rendered application's script, as older ATS pages ship it: jQuery + Chosen turn every
 * select into a Chosen widget (a link showing the choice, a results list with a search box once a
 * list is longer than ten, tag-style choices for a multiple select) and hide the native select,
 * which keeps the value the form posts. The country list is filled from world-countries under a
 * "Most common" group. The selects' and fields' values are rendered into <pre id="model">.
 */
import './jquery-global.js';
import 'chosen-js';
import 'chosen-js/chosen.css';
import countries from 'world-countries';

const $ = window.jQuery;
const form = document.getElementById('hb-apply');
const model = document.getElementById('model');

const countrySelect = form.querySelector('select[data-countries]');
const everyCountry = document.createElement('optgroup');
everyCountry.label = 'All countries';
for (const name of countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b))) everyCountry.append(new Option(name, name));
countrySelect.append(everyCountry);

const render = () => {
  const state = {};
  for (const select of form.querySelectorAll('select')) state[select.name] = select.multiple ? [...select.selectedOptions].map((option) => option.value) : select.value;
  model.textContent = JSON.stringify(state, null, 2);
};

$(form).find('select').chosen({ width: '100%', disable_search_threshold: 10, allow_single_deselect: true, search_contains: true, no_results_text: 'No matches for' });
$(form).find('select').on('change', render);
render();

document.getElementById('hb-search').addEventListener('submit', (event) => event.preventDefault());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = [...form.querySelectorAll('[required]')].filter((field) => (field.type === 'checkbox' ? !field.checked : field.type === 'file' ? field.files.length === 0 : !field.value.trim()));
  form.querySelectorAll('.hb-invalid').forEach((field) => field.classList.remove('hb-invalid'));
  for (const field of missing) (field.localName === 'select' ? field.nextElementSibling : field).classList.add('hb-invalid');
  document.getElementById('hb-error').hidden = missing.length === 0;
  if (missing.length) return;
  form.hidden = true;
  document.getElementById('hb-done').hidden = false;
});
