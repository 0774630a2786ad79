/*
 * The careers page's script: fills the country list from world-countries, turns every <select>
 * into a Choices.js widget (searchable when long) and the skills box into a Choices text input,
 * renders the widgets' values into <pre id="model"> and checks the required fields on submit.
 * The native selects (hidden inside the widgets) carry the values, as Choices.js keeps them.
 */
import Choices from 'choices.js';
import 'choices.js/public/assets/styles/choices.css';
import countries from 'world-countries';

const countrySelect = document.querySelector('select[data-countries]');
countrySelect.append(Object.assign(new Option(countrySelect.dataset.placeholder, ''), { placeholder: true }));
countrySelect.options[0].setAttribute('placeholder', '');
for (const name of countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b))) countrySelect.append(new Option(name, name));

const form = document.getElementById('jobscore-apply');
const model = document.getElementById('model');
const selects = [...form.querySelectorAll('select')];
const skills = form.querySelector('[data-choices-text]');

function renderModel() {
  const state = {};
  for (const select of selects) state[select.closest('[data-field]').dataset.field] = select.value;
  state.skills = skills.value ? skills.value.split(',') : [];
  model.textContent = JSON.stringify(state, null, 2);
}

for (const select of selects) {
  new Choices(select, { searchEnabled: select.options.length > 8, shouldSort: false, itemSelectText: '', allowHTML: false });
  select.addEventListener('change', renderModel);
}
new Choices(skills, { removeItemButton: true, duplicateItemsAllowed: false, allowHTML: false });
skills.addEventListener('change', renderModel);
renderModel();

for (const id of ['talent-network']) document.getElementById(id).addEventListener('submit', (event) => event.preventDefault());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  for (const field of form.querySelectorAll('.has-error')) field.classList.remove('has-error');
  const missing = [...form.querySelectorAll('[required]')].filter((field) =>
    field.type === 'checkbox' ? !field.checked : field.type === 'file' ? field.files.length === 0 : !field.value.trim(),
  );
  for (const field of missing) (field.closest('.field') ?? field).classList.add('has-error');
  if (missing.length) return;
  form.hidden = true;
  document.getElementById('jobscore-thanks').hidden = false;
});
