/**
 * Lumen Public Media careers: an Ember Octane app using ember-power-select 8, reproduced by hand
 * (Ember apps are built by ember-cli/embroider, not bundled here) from the DOM they render:
 * `<Input>` components as `input.ember-text-field.ember-view` with `ember<N>` ids and labels
 * pointing at them, and PowerSelect triggers (`div.ember-power-select-trigger` role=button with
 * aria-labelledby, the choice in a span) whose dropdown content is rendered into
 * `#ember-basic-dropdown-wormhole` at the end of <body> (a search box for long lists, `li`
 * options role=option). The tracked form state is rendered into <pre id="model">.
 */
import countries from 'world-countries';

const state = {
  firstName: '', lastName: '', email: '', phone: '', city: '', usState: null, country: null, years: null, degree: null,
  authorized: null, sponsorship: '', salary: '', startDate: '', resume: null, coverLetter: '', story: '', member: null, consent: false,
};
const render = () => { document.getElementById('model').textContent = JSON.stringify(state, null, 2); };
let guid = 180;
const emberId = () => `ember${guid++}`;
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const h = (html) => { const t = document.createElement('template'); t.innerHTML = html.trim(); return t.content.firstElementChild; };
const wormhole = () => document.getElementById('ember-basic-dropdown-wormhole');

function closeAll() {
  wormhole().replaceChildren();
  document.querySelectorAll('.ember-power-select-trigger[aria-expanded="true"]').forEach((t) => { t.setAttribute('aria-expanded', 'false'); t.classList.remove('ember-basic-dropdown-trigger--below'); });
}
document.addEventListener('mousedown', (event) => { if (!event.target.closest('.ember-basic-dropdown-content, .ember-power-select-trigger')) closeAll(); });

function powerSelect(mount, key, options, { placeholder, searchEnabled = false, labelId }) {
  const id = emberId();
  const trigger = h(`<div class="ember-basic-dropdown-trigger ember-power-select-trigger" role="button" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${labelId}" aria-controls="ember-basic-dropdown-content-${id}" data-ebd-id="${id}-trigger"><span class="ember-power-select-placeholder">${esc(placeholder)}</span><span class="ember-power-select-status-icon"></span></div>`);
  const show = () => {
    closeAll();
    const rect = trigger.getBoundingClientRect();
    const content = h(`<div id="ember-basic-dropdown-content-${id}" class="ember-basic-dropdown-content ember-power-select-dropdown ember-basic-dropdown-content--left ember-basic-dropdown-content--below ember-basic-dropdown--transitioned-in" style="position:absolute; top:${rect.bottom + scrollY}px; left:${rect.left + scrollX}px; width:${rect.width}px" data-ebd-id="${id}-content"></div>`);
    let search;
    if (searchEnabled) {
      content.append(h(`<div class="ember-power-select-search"><input type="search" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" role="combobox" class="ember-power-select-search-input" aria-controls="ember-power-select-options-${id}" placeholder="Type to search"></div>`));
      search = content.querySelector('input');
    }
    const list = h(`<ul class="ember-power-select-options" role="listbox" id="ember-power-select-options-${id}" aria-labelledby="${labelId}"></ul>`);
    content.append(list);
    const fill = (term) => {
      list.replaceChildren();
      const found = options.filter((option) => option.toLowerCase().includes(term.toLowerCase()));
      if (found.length === 0) list.append(h('<li class="ember-power-select-option ember-power-select-option--no-matches-message" role="option">No results found</li>'));
      found.forEach((option, index) => {
        const li = h(`<li class="ember-power-select-option" aria-selected="${option === state[key]}" aria-current="${index === 0}" data-option-index="${index}" role="option">${esc(option)}</li>`);
        li.addEventListener('mouseup', () => choose(option));
        li.addEventListener('click', () => choose(option));
        list.append(li);
      });
    };
    fill('');
    search?.addEventListener('input', () => fill(search.value));
    wormhole().append(content);
    trigger.setAttribute('aria-expanded', 'true');
    trigger.classList.add('ember-basic-dropdown-trigger--below');
    search?.focus();
  };
  const choose = (option) => {
    if (!wormhole().hasChildNodes()) return;
    state[key] = option;
    trigger.firstElementChild.outerHTML = `<span class="ember-power-select-selected-item">${esc(option)}</span>`;
    closeAll(); render(); trigger.focus();
  };
  trigger.addEventListener('mousedown', (event) => { event.preventDefault(); if (trigger.getAttribute('aria-expanded') === 'true') closeAll(); else show(); });
  trigger.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); show(); } });
  mount.replaceWith(trigger);
}

function emberInput(mount) {
  const id = emberId();
  const type = mount.dataset.type ?? 'text';
  const key = mount.dataset.key;
  const el = type === 'textarea'
    ? h(`<textarea id="${id}" class="ember-text-area ember-view" rows="5"></textarea>`)
    : h(`<input id="${id}" class="${type === 'checkbox' ? 'ember-checkbox' : 'ember-text-field'} ember-view" type="${type}">`);
  for (const attr of ['placeholder', 'autocomplete', 'accept', 'inputmode']) if (mount.dataset[attr]) el.setAttribute(attr, mount.dataset[attr]);
  if (key) el.setAttribute('name', key);
  if (mount.dataset.testId) el.setAttribute('data-test-id', mount.dataset.testId);
  const label = mount.closest('.field')?.querySelector('label[data-for-next]');
  if (label) { label.htmlFor = id; label.removeAttribute('data-for-next'); }
  if (key) {
    el.addEventListener(type === 'file' || type === 'checkbox' || type === 'date' ? 'change' : 'input', () => {
      state[key] = type === 'file' ? (el.files?.[0]?.name ?? null) : type === 'checkbox' ? el.checked : el.value;
      render();
    });
    if (type === 'date') el.addEventListener('input', () => { state[key] = el.value; render(); });
  }
  mount.replaceWith(el);
}

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));

document.querySelectorAll('[data-ember-input]').forEach(emberInput);
powerSelect(document.querySelector('[data-eps=state]'), 'usState', STATES, { placeholder: 'Choose a state', searchEnabled: true, labelId: 'state-label' });
powerSelect(document.querySelector('[data-eps=country]'), 'country', COUNTRIES, { placeholder: 'Choose a country', searchEnabled: true, labelId: 'country-label' });
powerSelect(document.querySelector('[data-eps=years]'), 'years', ['Fewer than 3 years', '3 to 5 years', '6 to 9 years', '10 or more years'], { placeholder: 'Select…', labelId: 'years-label' });
powerSelect(document.querySelector('[data-eps=degree]'), 'degree', ['High school diploma or GED', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate or professional degree'], { placeholder: 'Select…', labelId: 'degree-label' });
for (const name of ['authorized', 'member']) {
  document.querySelectorAll(`input[name=${name}]`).forEach((radio) => radio.addEventListener('change', () => { state[name] = radio.value; render(); }));
}
document.getElementById('sponsorship').addEventListener('change', (event) => { state.sponsorship = event.target.value; render(); });
document.getElementById('lpm-apply').addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = ['firstName', 'lastName', 'email', 'country', 'authorized', 'resume'].filter((key) => !state[key]);
  if (missing.length || !state.consent) { document.getElementById('lpm-errors').hidden = false; return; }
  event.target.hidden = true;
  document.getElementById('lpm-done').hidden = false;
});
render();
