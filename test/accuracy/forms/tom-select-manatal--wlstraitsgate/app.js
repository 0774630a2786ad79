/*
 * The career page's script: fills the country lists, turns every <select> into a Tom Select
 * widget (the skills one lets the candidate create entries), renders the selects' values into
 * <pre id="model"> and checks the required fields on submit. The native selects carry the values.
 */
import TomSelect from 'tom-select';
import 'tom-select/dist/css/tom-select.css';
import countries from 'world-countries';

const names = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
for (const select of document.querySelectorAll('select[data-countries]')) {
  select.append(new Option('', ''));
  for (const name of names) select.append(new Option(name, name));
}

const form = document.getElementById('career-apply');
const selects = [...form.querySelectorAll('select')];
const model = document.getElementById('model');

function renderModel() {
  const state = {};
  for (const select of selects) state[select.name.replace('[]', '')] = select.multiple ? [...select.selectedOptions].map((option) => option.value) : select.value;
  model.textContent = JSON.stringify(state, null, 2);
}

for (const select of selects) {
  new TomSelect(select, {
    placeholder: select.dataset.placeholder,
    create: select.multiple,
    maxOptions: null,
    allowEmptyOption: false,
    onChange: renderModel,
  });
}
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = [...form.querySelectorAll('[required]')].filter((field) => (field.type === 'checkbox' ? !field.checked : field.type === 'file' ? field.files.length === 0 : !field.value.trim()));
  for (const field of form.querySelectorAll('.has-error')) field.classList.remove('has-error');
  for (const field of missing) (field.closest('.form-group') ?? field).classList.add('has-error');
  if (missing.length) return;
  form.hidden = true;
  document.getElementById('career-thanks').hidden = false;
});
