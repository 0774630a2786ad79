/*
 * The careers site's script: world-countries fills the country list (grouped by region), every select
 * becomes a jQuery Select2 widget (search box on the long lists, tags on the languages box, the city through
 * an ajax look-up answered locally after a delay), Yes/No buttons set hidden inputs, and the selects' and
 * hidden inputs' values are rendered into <pre id="model">.
 */
import $ from 'jquery';
import select2 from 'select2';
import 'select2/dist/css/select2.css';
import countries from 'world-countries';
select2(window, $);

const form = document.getElementById('apply-form');
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
  if (lib === 'select2') {
    const options = { width: '100%', placeholder: select.dataset.placeholder || '', minimumResultsForSearch: cfg.search ? 0 : Infinity };
    if (cfg.tags) options.tags = true;
    if (cfg.clear) options.allowClear = true;
    if (cfg.places) {
      options.minimumInputLength = 2;
      options.ajax = {
        delay: 250,
        transport(params, success) {
          const timer = setTimeout(() => success({ results: lookup(cfg.places, params.data.term || '') }), 300);
          return { abort: () => clearTimeout(timer) };
        },
        // Select2 4.1 normalizes ajax items through an unbound method that reads `this.container` once
        // bundled as strict code; giving each result its element id up front keeps it off that path.
        processResults: (data) => ({
          results: data.results.map((item, index) => ({ ...item, _resultId: `select2-${select.id}-result-${index}-${item.id.replace(/\W+/g, '-')}` })),
        }),
      };
    }
    $(select).select2(options);
    $(select).on('change', render);
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
  document.getElementById('apply-done').hidden = false;
});
