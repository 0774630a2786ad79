/**
 * Hearthstack careers: a SvelteKit page built with shadcn-svelte (Bits UI 1 primitives) +
 * Formsnap + sveltekit-superforms, reproduced by hand (Svelte components cannot be bundled here)
 * from the DOM they render: Formsnap `data-fs-*` attributes with generated `formsnap-N` ids,
 * descriptions tied by aria-describedby; Bits Select (button role=combobox with the chosen label,
 * listbox portalled to <body>, hidden input), Bits Combobox (input role=combobox, options only
 * while open, value set only by picking), Bits RadioGroup (buttons role=radio + hidden input),
 * Checkbox and Switch (buttons + hidden inputs), Bits DateField (spinbutton segments mm/dd/yyyy,
 * typed digit by digit, hidden ISO input). The superforms `$form` store is rendered into
 * <pre id="model">.
 */
const form = {
  name: '', email: '', phone: '', location: '', github: '', website: '', years: '', authorization: '', employed: '',
  company: '', startDate: '', salary: '', resume: null, anythingElse: '', futureRoles: false, trialProject: false, source: '', privacy: false,
};
const render = () => { document.getElementById('model').textContent = JSON.stringify(form, null, 2); };
let counter = 0;
const nextId = (prefix = 'formsnap') => `${prefix}-${++counter}`;
const h = (html) => { const t = document.createElement('template'); t.innerHTML = html.trim(); return t.content.firstElementChild; };
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const CHEVRON = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide-icon lucide lucide-chevron-down size-4 opacity-50"><path d="m6 9 6 6 6-6"></path></svg>';

function field(name, label, control, description) {
  const id = nextId();
  const descId = description ? nextId() : null;
  const el = h(`<div data-fs-field="" class="space-y-2" data-name="${name}"><label data-fs-label="" data-label-root="" for="${id}" class="text-sm font-medium leading-none">${esc(label)}</label></div>`);
  el.append(control(id, descId));
  if (description) el.append(h(`<div data-fs-description="" id="${descId}" class="text-muted-foreground text-sm">${esc(description)}</div>`));
  el.append(h(`<div data-fs-field-errors="" class="text-destructive text-sm font-medium" aria-live="assertive"></div>`));
  return el;
}

const input = (name, type = 'text', extra = '') => (id, descId) => {
  const el = h(`<input data-fs-control="" id="${id}" name="${name}" type="${type}" ${descId ? `aria-describedby="${descId}"` : ''} class="border-input bg-background flex h-9 w-full rounded-md border px-3 py-1 text-base shadow-xs" ${extra}>`);
  el.addEventListener('input', () => { form[name] = el.value; render(); });
  return el;
};

function closeContents() { document.querySelectorAll('[data-bits-floating-content-wrapper]').forEach((n) => n.remove()); document.querySelectorAll('[aria-expanded="true"][data-bits-anchor]').forEach((n) => { n.setAttribute('aria-expanded', 'false'); n.dataset.state = 'closed'; }); }
document.addEventListener('pointerdown', (event) => { if (!event.target.closest('[data-bits-floating-content-wrapper], [data-bits-anchor]')) closeContents(); });

function floating(anchor, scope, items, selected, onPick) {
  closeContents();
  const rect = anchor.getBoundingClientRect();
  const listId = nextId('bits');
  const wrap = h(`<div data-bits-floating-content-wrapper="" style="position:absolute; left:${rect.left + scrollX}px; top:${rect.bottom + scrollY + 4}px; min-width:${rect.width}px; z-index:50"><div data-${scope}-content="" role="listbox" id="${listId}" data-state="open" tabindex="-1" class="bg-popover rounded-md border shadow-md"><div data-${scope}-viewport="" class="p-1"></div></div></div>`);
  const viewport = wrap.querySelector(`[data-${scope}-viewport]`);
  if (items.length === 0) viewport.append(h(`<span class="py-6 text-center text-sm block">No results found.</span>`));
  for (const item of items) {
    const option = h(`<div role="option" data-${scope}-item="" data-value="${esc(item)}" data-label="${esc(item)}" aria-selected="${item === selected}" ${item === selected ? 'data-selected=""' : ''} class="relative flex w-full cursor-default select-none items-center rounded-sm py-1.5 pl-2 pr-8 text-sm">${esc(item)}</div>`);
    option.addEventListener('pointerdown', (event) => event.preventDefault());
    option.addEventListener('pointermove', () => { viewport.querySelectorAll('[data-highlighted]').forEach((n) => n.removeAttribute('data-highlighted')); option.setAttribute('data-highlighted', ''); });
    option.addEventListener('click', () => { onPick(item); closeContents(); });
    viewport.append(option);
  }
  document.body.append(wrap);
  anchor.setAttribute('aria-expanded', 'true');
  anchor.setAttribute('aria-controls', listId);
  anchor.dataset.state = 'open';
}

const select = (name, items, placeholder) => (id, descId) => {
  const root = h(`<div><button type="button" data-select-trigger="" data-bits-anchor="" id="${id}" role="combobox" aria-haspopup="listbox" aria-expanded="false" data-state="closed" data-placeholder="" ${descId ? `aria-describedby="${descId}"` : ''} class="border-input flex h-9 w-full items-center justify-between rounded-md border px-3 text-sm"><span data-slot="select-value">${esc(placeholder)}</span>${CHEVRON}</button><input name="${name}" value="" hidden></div>`);
  const trigger = root.firstElementChild;
  trigger.addEventListener('click', () => {
    if (trigger.getAttribute('aria-expanded') === 'true') { closeContents(); return; }
    floating(trigger, 'select', items, form[name], (item) => {
      form[name] = item; root.querySelector('input').value = item;
      trigger.querySelector('span').textContent = item; trigger.removeAttribute('data-placeholder'); render();
    });
  });
  return root;
};

const combobox = (name, items, placeholder) => (id, descId) => {
  const root = h(`<div class="relative"><input data-combobox-input="" data-bits-anchor="" id="${id}" role="combobox" aria-autocomplete="list" aria-haspopup="listbox" aria-expanded="false" data-state="closed" autocomplete="off" placeholder="${esc(placeholder)}" ${descId ? `aria-describedby="${descId}"` : ''} class="border-input h-9 w-full rounded-md border px-3 text-sm"><button type="button" data-combobox-trigger="" tabindex="-1" aria-label="Show options" class="absolute right-2 top-2">${CHEVRON}</button><input name="${name}" value="" hidden></div>`);
  const box = root.firstElementChild;
  const open = () => {
    const text = box.value.trim().toLowerCase();
    floating(box, 'combobox', items.filter((item) => item.toLowerCase().includes(text)), form[name], (item) => {
      form[name] = item; box.value = item; root.querySelector('input[hidden]').value = item; render();
    });
  };
  box.addEventListener('input', open);
  box.addEventListener('focus', open);
  root.querySelector('[data-combobox-trigger]').addEventListener('click', () => { box.focus(); open(); });
  // The input value resets to the selected item's label when the combobox closes without a pick.
  box.addEventListener('blur', () => setTimeout(() => { if (!document.querySelector('[data-combobox-content]')) return; closeContents(); if (box.value !== form[name]) box.value = form[name]; }, 120));
  box.addEventListener('keydown', (event) => { if (event.key === 'Escape') { closeContents(); box.value = form[name]; } });
  return root;
};

const radioGroup = (name, items) => (id, descId) => {
  const root = h(`<div data-radio-group-root="" role="radiogroup" id="${id}" aria-required="false" ${descId ? `aria-describedby="${descId}"` : ''} class="grid gap-3"></div>`);
  for (const item of items) {
    const itemId = nextId('bits');
    const row = h(`<div class="flex items-center gap-3"><button type="button" data-radio-group-item="" role="radio" id="${itemId}" value="${esc(item)}" aria-checked="false" data-state="unchecked" class="border-primary aspect-square size-4 rounded-full border"></button><label data-label-root="" for="${itemId}" class="text-sm">${esc(item)}</label></div>`);
    row.firstElementChild.addEventListener('click', () => {
      form[name] = item; root.querySelector('input[hidden]').value = item;
      root.querySelectorAll('[role=radio]').forEach((btn) => { const on = btn.getAttribute('value') === item; btn.setAttribute('aria-checked', String(on)); btn.dataset.state = on ? 'checked' : 'unchecked'; btn.innerHTML = on ? '<span data-radio-group-item-indicator class="dot"></span>' : ''; });
      render();
    });
    root.append(row);
  }
  root.append(h(`<input name="${name}" value="" hidden>`));
  return root;
};

function toggle(kind, name, label) {
  const id = nextId('bits');
  const el = h(kind === 'switch'
    ? `<div class="flex items-center gap-2"><button type="button" data-switch-root="" role="switch" id="${id}" aria-checked="false" data-state="unchecked" class="switch"><span data-switch-thumb="" data-state="unchecked"></span></button><input name="${name}" type="checkbox" value="on" aria-hidden="true" hidden><label data-label-root="" for="${id}" class="text-sm">${esc(label)}</label></div>`
    : `<div class="flex items-center gap-2"><button type="button" data-checkbox-root="" role="checkbox" id="${id}" aria-checked="false" data-state="unchecked" class="checkbox"></button><input name="${name}" type="checkbox" value="on" aria-hidden="true" hidden><label data-label-root="" for="${id}" class="text-sm">${esc(label)}</label></div>`);
  const button = el.firstElementChild;
  button.addEventListener('click', () => {
    form[name] = !form[name];
    button.setAttribute('aria-checked', String(form[name])); button.dataset.state = form[name] ? 'checked' : 'unchecked';
    el.querySelector('input').checked = form[name];
    if (kind === 'checkbox') button.textContent = form[name] ? '✓' : '';
    render();
  });
  return el;
}

const dateField = (name) => (id, descId) => {
  const root = h(`<div data-date-field-root=""><div data-date-field-input="" role="group" id="${id}" ${descId ? `aria-describedby="${descId}"` : ''} class="border-input flex h-9 w-full items-center rounded-md border px-3 text-sm"></div><input name="${name}" value="" hidden></div>`);
  const group = root.firstElementChild;
  const parts = [['month', 2, 'mm', 1, 12], ['day', 2, 'dd', 1, 31], ['year', 4, 'yyyy', 1, 9999]];
  const values = { month: '', day: '', year: '' };
  const spans = parts.map(([part, len, placeholder, min, max], index) => {
    const span = h(`<span data-segment="${part}" role="spinbutton" aria-label="${part}, " aria-valuemin="${min}" aria-valuemax="${max}" aria-valuetext="Empty" contenteditable="true" tabindex="${index === 0 ? 0 : -1}" spellcheck="false" inputmode="numeric" data-placeholder="" style="caret-color:transparent">${placeholder}</span>`);
    span.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      if (/^\d$/.test(event.key)) {
        let next = values[part].length >= len ? event.key : values[part] + event.key;
        if (Number(next) > max) next = event.key;
        values[part] = next;
        const advance = next.length >= len || (part === 'month' && Number(next) > 1) || (part === 'day' && Number(next) > 3);
        update();
        if (advance && index < parts.length - 1) spans[index + 1].focus();
      } else if (event.key === 'Backspace' || event.key === 'Delete') {
        values[part] = values[part].slice(0, -1); update();
      } else if (event.key === 'ArrowRight' && index < parts.length - 1) spans[index + 1].focus();
      else if (event.key === 'ArrowLeft' && index > 0) spans[index - 1].focus();
      else if (event.key === 'Tab') { const target = event.shiftKey ? spans[index - 1] : spans[index + 1]; if (target) target.focus(); else span.blur(); }
    });
    span.addEventListener('beforeinput', (event) => event.preventDefault());
    return span;
  });
  spans.forEach((span, index) => { group.append(span); if (index < 2) group.append(h('<span data-segment="literal" aria-hidden="true">/</span>')); });
  function update() {
    parts.forEach(([part, len, placeholder], index) => {
      const v = values[part];
      spans[index].textContent = v === '' ? placeholder : v.padStart(len, '0');
      if (v === '') { spans[index].setAttribute('data-placeholder', ''); spans[index].setAttribute('aria-valuetext', 'Empty'); spans[index].removeAttribute('aria-valuenow'); }
      else { spans[index].removeAttribute('data-placeholder'); spans[index].setAttribute('aria-valuenow', String(Number(v))); spans[index].setAttribute('aria-valuetext', v); }
    });
    const complete = values.month && values.day && values.year.length === 4;
    form[name] = complete ? `${values.year}-${values.month.padStart(2, '0')}-${values.day.padStart(2, '0')}` : '';
    root.querySelector('input[hidden]').value = form[name];
    render();
  }
  return root;
};

const fileInput = (name) => (id, descId) => {
  const el = h(`<input data-fs-control="" id="${id}" name="${name}" type="file" accept=".pdf,.doc,.docx" ${descId ? `aria-describedby="${descId}"` : ''} class="border-input flex h-9 w-full rounded-md border px-3 py-1 text-sm">`);
  el.addEventListener('change', () => { form[name] = el.files?.[0]?.name ?? null; render(); });
  return el;
};

const prefixed = (name, prefix) => (id, descId) => {
  const wrap = h(`<div class="flex rounded-md shadow-xs"><span class="border-input bg-muted inline-flex items-center rounded-l-md border border-r-0 px-3 text-sm text-muted-foreground">${esc(prefix)}</span></div>`);
  wrap.append(input(name, 'text', 'class="rounded-l-none"')(id, descId));
  return wrap;
};

const textarea = (name) => (id, descId) => {
  const el = h(`<textarea data-fs-control="" id="${id}" name="${name}" rows="4" ${descId ? `aria-describedby="${descId}"` : ''} class="border-input w-full rounded-md border px-3 py-2 text-sm"></textarea>`);
  el.addEventListener('input', () => { form[name] = el.value; render(); });
  return el;
};

const LOCATIONS = ['Remote — US', 'San Francisco, CA', 'South San Francisco, CA', 'San Jose, CA', 'Oakland, CA', 'Seattle, WA', 'Portland, OR', 'Denver, CO', 'Austin, TX', 'Chicago, IL', 'New York, NY', 'Boston, MA', 'Toronto, ON', 'London, UK', 'Berlin, DE'];
const root = document.getElementById('hs-form');
root.prepend(
  field('name', 'Full name', input('name', 'text', 'autocomplete="name"')),
  field('email', 'Email', input('email', 'email')),
  field('phone', 'Phone', input('phone', 'tel', 'placeholder="+1 555 000 0000"'), 'We only call to schedule interviews.'),
  field('location', 'Where are you based?', combobox('location', LOCATIONS, 'Search cities…'), 'Pick the closest match.'),
  field('github', 'GitHub', prefixed('github', 'github.com/')),
  field('website', 'Personal website', input('website', 'url', 'placeholder="https://"')),
  field('years', 'Years of professional engineering experience', select('years', ['Less than 1', '1-2', '3-4', '5-7', '8-10', '10+'], 'Select…')),
  field('authorization', 'Work authorization', select('authorization', ['I am authorized to work in the US for any employer', 'I am authorized, but will need sponsorship in the future', 'I will need sponsorship to work in the US', "I'm not based in the US"], 'Select your status')),
  field('employed', 'Are you currently employed?', radioGroup('employed', ['Yes', 'No'])),
  field('company', 'Current company', input('company')),
  field('startDate', 'When could you start?', dateField('startDate'), 'mm/dd/yyyy'),
  field('salary', 'Salary expectation (USD)', input('salary', 'number', 'min="0" step="1000"'), 'Base salary, per year.'),
  field('resume', 'Resume', fileInput('resume'), 'PDF preferred.'),
  field('anythingElse', 'Anything else we should know?', textarea('anythingElse')),
  field('source', 'How did you find us?', select('source', ['Hacker News', 'GitHub', 'Our blog', 'A friend', 'Conference talk', 'Other'], 'Select…')),
);
const options = document.getElementById('hs-options');
options.append(toggle('switch', 'trialProject', 'Open to a short paid trial project'), toggle('checkbox', 'futureRoles', 'Tell me about future roles at Hearthstack'), toggle('checkbox', 'privacy', 'I agree to the candidate privacy policy'));
document.getElementById('hs-apply').addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = ['name', 'email', 'location', 'authorization', 'resume'].filter((key) => !form[key]);
  if (missing.length || !form.privacy) { document.getElementById('hs-error').textContent = 'Please fill in the required fields.'; return; }
  document.getElementById('hs-apply').hidden = true;
  document.getElementById('hs-done').hidden = false;
});
render();
