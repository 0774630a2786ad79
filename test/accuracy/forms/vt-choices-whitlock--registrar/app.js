/*
 * The careers page's script: world-countries fills the country list under the "Frequently selected"
 * group, Choices.js turns the selects marked data-lib into Choices widgets, and the selects' values are
 * rendered into <pre id="model">.
 */
import Choices from 'choices.js';
import 'choices.js/public/assets/styles/choices.css';
import countries from 'world-countries';

const form = document.getElementById('wu-application');
const model = document.getElementById('model');
const REGIONS = { Americas: 'Americas', Europe: 'Europe', Asia: 'Asia', Africa: 'Africa', Oceania: 'Oceania', Antarctic: 'Antarctica' };

// Country lists come from the ATS's reference data: flat, grouped by region, or with a "common" group first.
for (const select of form.querySelectorAll('select[data-countries]')) {
  const mode = select.dataset.countries;
  const sorted = [...countries].sort((a, b) => a.name.common.localeCompare(b.name.common));
  const label = (country) => (select.dataset.official ? country.name.official : country.name.common);
  if (mode === 'regions') {
    for (const region of Object.keys(REGIONS)) {
      const group = document.createElement('optgroup');
      group.label = REGIONS[region];
      for (const country of sorted.filter((c) => c.region === region)) group.append(new Option(label(country), country.cca2));
      select.append(group);
    }
  } else {
    const group = document.createElement('optgroup');
    group.label = 'All countries';
    for (const country of sorted) group.append(new Option(label(country), country.cca2));
    if (mode === 'common') select.append(group);
    else for (const option of [...group.children]) select.append(option);
  }
}

let last = '';
const render = () => {
  const state = {};
  for (const el of form.querySelectorAll('select[id], input[type=hidden][id]')) {
    state[el.id] = el.multiple ? [...el.selectedOptions].map((option) => option.value) : el.value;
  }
  const text = JSON.stringify(state, null, 2);
  if (text !== last) model.textContent = last = text;
};

// Yes / No answered with two buttons that set a hidden input.
for (const group of form.querySelectorAll('.yn-group')) {
  const hidden = document.getElementById(group.id.replace(/-yn$/, ''));
  for (const button of group.querySelectorAll('button')) {
    button.addEventListener('click', () => {
      for (const other of group.querySelectorAll('button')) other.setAttribute('aria-pressed', String(other === button));
      hidden.value = button.dataset.value;
      hidden.dispatchEvent(new Event('change', { bubbles: true }));
      render();
    });
  }
}

// Location look-up: the site's places endpoint, answered after a short delay as a server would.
const lookup = (places, term) =>
  places.filter((place) => place.toLowerCase().includes(term.toLowerCase())).map((place) => ({ id: place, text: place }));

for (const select of form.querySelectorAll('select[data-lib]')) {
  const cfg = JSON.parse(select.dataset.cfg || '{}');
  const lib = select.dataset.lib;
  if (select.dataset.preset) select.value = select.dataset.preset;
  if (lib === 'choices') {
    new Choices(select, { searchEnabled: Boolean(cfg.search), shouldSort: false, itemSelectText: '', allowHTML: false, removeItemButton: select.multiple, searchPlaceholderValue: cfg.search ? 'Type to search' : null, placeholderValue: select.dataset.placeholder || null });
    select.addEventListener('change', render);
  }
}

form.addEventListener('change', render);
form.addEventListener('input', render);
render();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  const missing = [...form.querySelectorAll('[required]')].filter((el) =>
    el.type === 'checkbox' ? !el.checked : el.type === 'file' ? el.files.length === 0 : String(el.value).trim() === '',
  );
  for (const el of form.querySelectorAll('.invalid')) el.classList.remove('invalid');
  for (const el of missing) el.closest('[data-field]')?.classList.add('invalid');
  document.getElementById('form-error').hidden = missing.length === 0;
  if (missing.length) return;
  form.hidden = true;
  document.getElementById('wu-submitted').hidden = false;
});
