/**
 * Cascadia Regional Health careers: a Blazor WebAssembly app on MudBlazor 8, reproduced by hand
 * (Blazor cannot be bundled here) from the DOM MudBlazor renders: outlined mud-input-control
 * wrappers with the <label> after the input (`for` = `mudinput-<guid>`), helper texts in
 * mud-input-helper-text, MudSelect as a readonly input opening a popover in the
 * .mud-popover-provider at the end of <body>, MudAutocomplete (search on input, CoerceText:
 * text not picked from the list reverts on blur), an editable MudDatePicker (MM/dd/yyyy, parsed
 * on change), a MudNumericField with a "$" adornment (bound on change), MudRadioGroups whose
 * question is a MudText above them, MudSwitch / MudCheckBox (input inside a span inside a
 * label), and MudFileUpload (a hidden input opened by a button). Text fields use
 * Immediate="true" (bound on input); the component state is rendered into <pre id="model">.
 */
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const STATES = ['Alaska', 'Arizona', 'California', 'Colorado', 'Hawaii', 'Idaho', 'Montana', 'Nevada', 'New Mexico', 'Oregon', 'Utah', 'Washington', 'Wyoming', 'Other / outside the West'];
const YEARS = ['Less than 2 years', '2 to 4 years', '5 to 7 years', '8 to 10 years', 'More than 10 years'];
const DEGREES = ['High school diploma / GED', 'Associate', 'Bachelor', 'Master', 'Doctorate', 'None of the above'];
const SPONSOR = ['No, I do not require sponsorship', 'Yes, I require H-1B sponsorship or transfer', 'Yes, I will require sponsorship in the future (e.g. OPT/STEM OPT)'];
const SOURCES = ['Cascadia website', 'Indeed', 'LinkedIn', 'Health eCareers', 'Employee referral', 'Job fair', 'Other'];
const SHIFTS = ['Day', 'Evening', 'Night', 'Rotating'];

const model = {
  FirstName: '', LastName: '', PreferredName: '', Email: '', Phone: '', City: '', State: null, Country: null,
  Employer: '', JobTitle: '', Experience: null, Degree: null, School: '', AuthorizedUS: null, Sponsorship: null,
  StartDate: null, Salary: null, Resume: null, CoverLetter: null, FormerEmployee: null, EpicCertified: null,
  Source: null, TextUpdates: false, Attest: false,
};

const decoy = {};
const store = (key) => (key.startsWith('_') ? decoy : model);
const tag = (cls, el) => { el.classList.add(cls); return el; };
const guid = () => crypto.randomUUID().slice(0, 8);
const h = (html) => { const t = document.createElement('template'); t.innerHTML = html.trim(); return t.content.firstElementChild; };
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(model, null, 2); };
const provider = () => document.querySelector('.mud-popover-provider');
const ARROW = '<svg class="mud-icon-root mud-svg-icon mud-inherit-text mud-icon-size-medium mud-select-arrow" focusable="false" viewBox="0 0 24 24" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg>';

function control(label, inputHtml, { helper = '', required = false, adornStart = '', adornEnd = '', extraClass = '' } = {}) {
  const id = `mudinput-${guid()}`;
  const el = h(`
    <div class="mud-input-control mud-input-input-control ${extraClass}">
      <div class="mud-input-control-input-container">
        <div class="mud-input mud-input-outlined mud-typography-input ${adornStart ? 'mud-input-adorned-start' : ''} ${adornEnd ? 'mud-input-adorned-end' : ''}">
          ${adornStart ? `<div class="mud-input-adornment mud-input-adornment-start mud-text-secondary"><p class="mud-typography mud-typography-body1">${adornStart}</p></div>` : ''}
          ${inputHtml.replace('%ID%', id)}
          <div class="mud-input-slot mud-input-root mud-input-root-outlined" style="display:none" tabindex="-1"></div>
          ${adornEnd}
          <fieldset class="mud-input-outlined-border"><legend>${esc(label)}${required ? ' *' : ''}</legend></fieldset>
        </div>
        <label class="mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-inputcontrol" for="${id}">${esc(label)}${required ? ' *' : ''}</label>
      </div>
      ${helper ? `<div class="mud-input-helper-text"><div class="d-flex"><div class="me-auto">${esc(helper)}</div></div></div>` : ''}
    </div>`);
  const input = el.querySelector('input');
  const shrink = () => el.querySelector('.mud-input').classList.toggle('mud-shrink', input.value !== '' || document.activeElement === input);
  input.addEventListener('focus', shrink); input.addEventListener('blur', shrink); input.addEventListener('input', shrink);
  el.shrink = shrink;
  return el;
}

function textField(key, label, opts = {}) {
  const el = control(label, `<input class="mud-input-slot mud-input-root mud-input-root-outlined" type="${opts.type ?? 'text'}" inputmode="${opts.inputmode ?? 'text'}" maxlength="524288" aria-invalid="false" id="%ID%" ${opts.placeholder ? `placeholder="${esc(opts.placeholder)}"` : ''}>`, opts);
  // Immediate="true": the value reaches the component on every input event.
  el.querySelector('input').addEventListener('input', (event) => { store(key)[key] = event.target.value; renderModel(); });
  return el;
}

function openPopover(anchor, items, onPick, selected, cls = 'mud-select-popover') {
  closePopovers();
  const rect = anchor.getBoundingClientRect();
  const pop = h(`<div id="popovercontent-${guid()}" class="mud-popover mud-popover-open mud-popover-top-left mud-popover-anchor-bottom-left mud-popover-overflow-flip-onopen mud-popover-relative-width mud-paper mud-elevation-8 ${cls}" style="position:absolute; left:${rect.left + window.scrollX}px; top:${rect.bottom + window.scrollY}px; width:${rect.width}px; max-height:300px; overflow-y:auto; z-index:1300"><div class="mud-list mud-list-padding" role="listbox"></div></div>`);
  for (const item of items) {
    const li = h(`<div class="mud-list-item mud-list-item-gutters mud-list-item-clickable mud-ripple ${item === selected ? 'mud-selected-item mud-primary-text mud-primary-hover' : ''}" role="option" aria-selected="${item === selected}" tabindex="-1"><div class="mud-list-item-text"><p class="mud-typography mud-typography-body1">${esc(item)}</p></div></div>`);
    li.addEventListener('mousedown', (event) => event.preventDefault());
    li.addEventListener('click', () => { onPick(item); closePopovers(); });
    pop.firstElementChild.append(li);
  }
  provider().append(pop);
  return pop;
}
function closePopovers() { provider().replaceChildren(); document.querySelectorAll('.mud-select .mud-input-control').forEach((c) => c.classList.remove('mud-select-open')); }
document.addEventListener('mousedown', (event) => { if (!event.target.closest('.mud-popover, .mud-select, .mud-autocomplete')) closePopovers(); });

function select(key, label, items, opts = {}) {
  const el = control(label, `<input class="mud-input-slot mud-input-root mud-input-root-outlined mud-select-input" type="text" readonly tabindex="-1" inputmode="text" aria-invalid="false" id="%ID%">`, { ...opts, adornEnd: `<div class="mud-input-adornment mud-input-adornment-end">${ARROW}</div>` });
  const wrap = h(`<div class="mud-select" tabindex="0" role="button" aria-haspopup="listbox" aria-expanded="false"></div>`);
  wrap.append(el);
  const input = el.querySelector('input');
  wrap.addEventListener('click', () => {
    if (provider().querySelector('.mud-select-popover') && wrap.getAttribute('aria-expanded') === 'true') { closePopovers(); wrap.setAttribute('aria-expanded', 'false'); return; }
    openPopover(wrap, items, (item) => { store(key)[key] = item; input.value = item; el.shrink(); renderModel(); wrap.setAttribute('aria-expanded', 'false'); }, store(key)[key]);
    wrap.setAttribute('aria-expanded', 'true');
  });
  return wrap;
}

function autocomplete(key, label, items, opts = {}) {
  const el = control(label, `<input class="mud-input-slot mud-input-root mud-input-root-outlined" type="text" inputmode="text" autocomplete="off" aria-autocomplete="list" role="combobox" aria-expanded="false" aria-invalid="false" id="%ID%">`, { ...opts, adornEnd: `<div class="mud-input-adornment mud-input-adornment-end">${ARROW}</div>` });
  const wrap = h(`<div class="mud-select mud-autocomplete"></div>`);
  wrap.append(el);
  const input = el.querySelector('input');
  let timer;
  const show = () => {
    const text = input.value.trim().toLowerCase();
    const found = items.filter((item) => item.toLowerCase().includes(text)).slice(0, 10);
    openPopover(wrap, found, (item) => { model[key] = item; input.value = item; el.shrink(); renderModel(); input.setAttribute('aria-expanded', 'false'); }, model[key], 'mud-autocomplete-popover');
    input.setAttribute('aria-expanded', 'true');
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(show, 100); });
  input.addEventListener('focus', () => { input.select(); });
  input.addEventListener('click', show);
  // CoerceText (default true): text that was not picked from the list goes back to the value's text.
  input.addEventListener('blur', () => setTimeout(() => {
    if (input.value !== (model[key] ?? '')) { input.value = model[key] ?? ''; el.shrink(); }
    closePopovers(); input.setAttribute('aria-expanded', 'false');
  }, 150));
  return wrap;
}

function datePicker(key, label, helper) {
  const el = control(label, `<input class="mud-input-slot mud-input-root mud-input-root-outlined" type="text" inputmode="text" maxlength="524288" aria-invalid="false" id="%ID%" placeholder="MM/dd/yyyy">`, {
    helper, extraClass: 'mud-picker mud-picker-inline',
    adornEnd: '<div class="mud-input-adornment mud-input-adornment-end"><button type="button" class="mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-edge-end" aria-label="Open Date Picker" tabindex="-1"><span class="mud-icon-button-label">📅</span></button></div>',
  });
  const input = el.querySelector('input');
  // Editable="true": the text is parsed with the picker's DateFormat when it changes.
  input.addEventListener('change', () => {
    const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(input.value);
    const date = match ? new Date(Date.UTC(+match[3], +match[1] - 1, +match[2])) : null;
    if (date && date.getUTCMonth() === +match[1] - 1) {
      model[key] = date.toISOString().slice(0, 10);
      input.value = `${match[1].padStart(2, '0')}/${match[2].padStart(2, '0')}/${match[3]}`;
      el.querySelector('.mud-input-control')?.classList.remove('mud-input-error');
    } else {
      model[key] = null;
      if (input.value.trim() !== '') el.classList.add('mud-input-error');
    }
    el.shrink(); renderModel();
  });
  return el;
}

function numericField(key, label, helper) {
  const el = control(label, `<input class="mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-adorned-start" type="text" inputmode="numeric" pattern="[0-9,]*" maxlength="524288" aria-invalid="false" id="%ID%">`, {
    helper, adornStart: '$', extraClass: 'mud-input-number-control',
    adornEnd: '<div class="mud-input-numeric-spin"><button type="button" class="mud-button-root mud-icon-button" tabindex="-1" aria-label="Increment">▴</button><button type="button" class="mud-button-root mud-icon-button" tabindex="-1" aria-label="Decrement">▾</button></div>',
  });
  const input = el.querySelector('input');
  // Bound on change (Immediate off), shown with Format="N0".
  input.addEventListener('change', () => {
    const digits = input.value.replace(/[^0-9.]/g, '');
    const value = digits === '' ? null : Math.round(Number(digits));
    model[key] = Number.isFinite(value) ? value : null;
    input.value = model[key] === null ? '' : model[key].toLocaleString('en-US');
    el.shrink(); renderModel();
  });
  return el;
}

function radioGroup(key, question, items) {
  const name = `radiogroup-${guid()}`;
  const el = h(`<div class="mud-input-control mud-input-control-boolean-input mb-4"><p class="mud-typography mud-typography-subtitle2">${esc(question)}</p><div class="mud-radio-group" role="radiogroup"></div></div>`);
  for (const item of items) {
    const radio = h(`<label class="mud-radio mud-input-content-placement-end" id="mudradio-${guid()}"><span tabindex="0" class="mud-button-root mud-icon-button mud-primary-text hover:mud-primary-hover mud-ripple mud-ripple-radio mud-radio-dense"><input tabindex="-1" type="radio" class="mud-radio-input" name="${name}" aria-checked="false" value="${esc(item)}"><svg class="mud-icon-root mud-svg-icon mud-icon-size-medium" focusable="false" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z"></path></svg></span><p class="mud-typography mud-typography-body1">${esc(item)}</p></label>`);
    radio.querySelector('input').addEventListener('change', (event) => {
      if (!event.target.checked) return;
      model[key] = item; renderModel();
      el.querySelectorAll('input').forEach((input) => input.setAttribute('aria-checked', String(input.checked)));
    });
    el.lastElementChild.append(radio);
  }
  return el;
}

function booleanInput(kind, key, label) {
  const el = kind === 'switch'
    ? h(`<div class="mud-input-control mud-input-control-boolean-input"><label class="mud-switch mud-input-content-placement-end" id="mudswitch-${guid()}"><span class="mud-switch-span mud-flip-x-rtl"><span tabindex="0" class="mud-button-root mud-icon-button mud-switch-base mud-ripple mud-ripple-switch"><span class="mud-switch-button"><input tabindex="-1" type="checkbox" role="switch" class="mud-switch-input" aria-checked="false"><span class="mud-switch-thumb-medium mud-elevation-2"></span></span></span><span class="mud-switch-track"></span></span><p class="mud-typography mud-typography-body1">${esc(label)}</p></label></div>`)
    : h(`<div class="mud-input-control mud-input-control-boolean-input"><label class="mud-checkbox mud-input-content-placement-end" id="mudcheckbox-${guid()}"><span tabindex="0" class="mud-button-root mud-icon-button mud-primary-text hover:mud-primary-hover mud-ripple mud-ripple-checkbox"><input tabindex="-1" type="checkbox" class="mud-checkbox-input" aria-checked="false"><svg class="mud-icon-root mud-svg-icon mud-icon-size-medium" focusable="false" viewBox="0 0 24 24" aria-hidden="true"><path d="M19 5v14H5V5h14m0-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z"></path></svg></span><p class="mud-typography mud-typography-body1">${esc(label)}</p></label></div>`);
  const input = el.querySelector('input');
  input.addEventListener('change', () => { model[key] = input.checked; input.setAttribute('aria-checked', String(input.checked)); renderModel(); });
  return el;
}

function fileUpload(key, label, accept, helper) {
  const id = `mudfileupload-${guid()}`;
  const el = h(`<div class="mud-input-control mud-file-upload mb-4"><div class="mud-input-control-input-container"><p class="mud-typography mud-typography-subtitle2">${esc(label)}</p><input type="file" id="${id}" accept="${accept}" hidden><button type="button" class="mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-medium mud-ripple"><span class="mud-button-label">Choose file</span></button><div class="mud-list mud-list-padding" role="list"></div></div><div class="mud-input-helper-text"><div class="d-flex"><div class="me-auto">${esc(helper)}</div></div></div></div>`);
  const input = el.querySelector('input');
  el.querySelector('button').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    model[key] = file ? file.name : null;
    el.querySelector('.mud-list').innerHTML = file ? `<div class="mud-list-item mud-list-item-gutters" role="listitem"><div class="mud-list-item-text"><p class="mud-typography mud-typography-body1">${esc(file.name)} <code>${file.size} bytes</code></p></div></div>` : '';
    renderModel();
  });
  return el;
}

const section = (title) => h(`<h2 class="mud-typography mud-typography-h6 mt-6 mb-2">${esc(title)}</h2>`);
const grid = (...items) => { const g = h('<div class="mud-grid mud-grid-spacing-xs-3"></div>'); for (const item of items) { const cell = h('<div class="mud-grid-item mud-grid-item-xs-12 mud-grid-item-sm-6"></div>'); cell.append(item); g.append(cell); } return g; };

function mount() {
  const form = document.getElementById('apply-form');
  const body = form.querySelector('.mud-card-content');
  body.append(
    section('Contact information'),
    grid(tag('cr-first-name', textField('FirstName', 'Legal first name', { required: true })), tag('cr-last-name', textField('LastName', 'Legal last name', { required: true }))),
    tag('cr-preferred-name', textField('PreferredName', 'Preferred name', { helper: 'What should we call you? Leave blank to use your legal first name.' })),
    grid(tag('cr-email', textField('Email', 'Email', { required: true, type: 'email', inputmode: 'email' })), tag('cr-phone', textField('Phone', 'Mobile phone', { required: true, type: 'tel', inputmode: 'tel', helper: 'Format: 555-555-5555' }))),
    grid(tag('cr-city', textField('City', 'City')), tag('cr-state', select('State', 'State', STATES))),
    tag('cr-country', autocomplete('Country', 'Country', COUNTRIES, { helper: 'Start typing and choose from the list' })),
    section('Experience & education'),
    grid(tag('cr-employer', textField('Employer', 'Current or most recent employer')), tag('cr-job-title', textField('JobTitle', 'Current or most recent job title'))),
    grid(tag('cr-experience', select('Experience', 'Years of healthcare data experience', YEARS)), tag('cr-degree', select('Degree', 'Highest degree completed', DEGREES))),
    tag('cr-school', textField('School', 'College or university')),
    tag('cr-epic', radioGroup('EpicCertified', 'Do you hold an active Epic Clarity or Caboodle certification?', ['Yes', 'No', 'In progress'])),
    section('Eligibility'),
    tag('cr-authorized', radioGroup('AuthorizedUS', 'Are you legally authorized to work in the United States?', ['Yes', 'No'])),
    tag('cr-sponsorship', select('Sponsorship', 'Visa sponsorship', SPONSOR, { helper: 'Will you now or in the future require sponsorship for employment visa status?' })),
    tag('cr-former', radioGroup('FormerEmployee', 'Have you ever been employed by Cascadia Regional Health or one of its affiliates?', ['Yes', 'No'])),
    grid(tag('cr-start-date', datePicker('StartDate', 'Available start date', 'MM/DD/YYYY')), tag('cr-salary', numericField('Salary', 'Desired annual salary', 'Numbers only'))),
    section('Documents'),
    tag('cr-resume', fileUpload('Resume', 'Resume (required)', '.pdf,.doc,.docx', 'PDF or Word, up to 5 MB')),
    tag('cr-cover-letter', fileUpload('CoverLetter', 'Cover letter (optional)', '.pdf,.doc,.docx,.txt', 'PDF, Word or text')),
    section('Almost done'),
    tag('cr-source', select('Source', 'How did you learn about this opening?', SOURCES)),
    tag('cr-text-updates', booleanInput('switch', 'TextUpdates', 'Send me text message updates about my application')),
    tag('cr-attest', booleanInput('checkbox', 'Attest', 'I certify that the information provided is true and complete to the best of my knowledge. *')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const missing = ['FirstName', 'LastName', 'Email', 'Phone', 'AuthorizedUS', 'Resume'].filter((key) => !model[key]);
    const alert = document.getElementById('apply-errors');
    if (missing.length || !model.Attest) { alert.hidden = false; alert.textContent = 'Please complete all required fields.'; return; }
    form.hidden = true;
    document.getElementById('apply-done').hidden = false;
  });
  // Header job search: a MudTextField in the app bar.
  document.getElementById('appbar-search').append(tag('appbar-search-field', textField('_search', 'Search jobs', { adornStart: '🔍' })));
  document.getElementById('find-provider').append(tag('fp-name', textField('_provider', 'Provider name or specialty')), tag('fp-location', select('_providerCity', 'Location', ['Seattle', 'Tacoma', 'Everett', 'Olympia'])));
  renderModel();
}
mount();
