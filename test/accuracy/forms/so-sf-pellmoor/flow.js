/*
 * Apply-flow runtime of this career site: each step is a <template> rendered in place of the
 * previous one, with control ids generated on every render (labels follow them). Values live in a
 * store, so a re-render (a postback, a country change) draws the controls again with what the
 * candidate entered. Required fields block the step's button.
 */
(() => {
  const CFG = window.APPLY_CFG;
  const store = {};
  let counter = CFG.idStart || 100;
  let renders = 10 + Math.floor(Math.random() * 80);
  const nextId = (key = '') => CFG.idPattern.replace('#', String(counter++)).replace('@', Math.random().toString(36).slice(2, 7)).replace('$', String(renders)).replace('%', key);
  const host = document.getElementById(CFG.host);
  const steps = CFG.sections ? Array.from(host.querySelectorAll('[data-section]')) : Array.from(document.querySelectorAll('template[id^="step-"]'));
  let step = 0;

  /* ---------- regions drawn for the chosen country ---------- */
  function drawRegion(root) {
    const slot = root.querySelector('[data-region-host]');
    if (!slot) return;
    const country = store[CFG.countryKey] || '';
    const def = CFG.regions[country];
    const kind = slot.dataset.regionHost;
    const id = nextId(slot.dataset.key);
    slot.replaceChildren();
    const label = document.createElement('label');
    label.className = slot.dataset.labelClass || '';
    label.htmlFor = id;
    label.innerHTML = (def ? def.label : (slot.dataset.emptyLabel || 'State/Province')) + (slot.dataset.req !== undefined ? ' <span class="req" aria-hidden="true">*</span>' : '');
    slot.append(label);
    if (kind === 'select') {
      const select = document.createElement('select');
      select.id = id;
      select.name = slot.dataset.name || id;
      select.dataset.key = slot.dataset.key;
      if (slot.dataset.req !== undefined) select.dataset.req = '';
      select.append(new Option(def ? (slot.dataset.placeholder || 'Select') : 'Select a country first', ''));
      if (!def) select.disabled = true;
      for (const [value, text] of def ? def.items : []) select.append(new Option(text, value));
      select.value = store[slot.dataset.key] || '';
      slot.append(select);
    } else if (kind === 'typeahead') {
      const box = document.createElement('div');
      box.className = 'typeahead';
      box.dataset.typeahead = '';
      box.dataset.key = slot.dataset.key;
      if (slot.dataset.req !== undefined) box.dataset.req = '';
      const input = document.createElement('input');
      input.type = 'text';
      input.id = id;
      input.name = slot.dataset.name || id;
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-autocomplete', 'list');
      input.setAttribute('aria-expanded', 'false');
      input.autocomplete = 'off';
      if (!def) { input.disabled = true; input.placeholder = 'Select a country first'; }
      const list = document.createElement('ul');
      list.setAttribute('role', 'listbox');
      list.hidden = true;
      for (const [value, text] of def ? def.items : []) {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.dataset.value = value;
        li.textContent = text;
        list.append(li);
      }
      const chosen = def && def.items.find(([value]) => value === store[slot.dataset.key]);
      if (chosen) { box.dataset.value = chosen[0]; input.value = chosen[1]; }
      box.append(input, list);
      slot.append(box);
      wireTypeahead(box);
    } else {
      const button = document.createElement('button');
      button.type = 'button';
      button.id = id;
      button.setAttribute('aria-haspopup', 'listbox');
      button.dataset.key = slot.dataset.key;
      button.className = slot.dataset.buttonClass || 'dd-button';
      if (slot.dataset.req !== undefined) button.dataset.req = '';
      if (!def) button.disabled = true;
      const list = document.createElement('ul');
      list.setAttribute('role', 'listbox');
      list.hidden = true;
      for (const [value, text] of def ? def.items : []) {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.dataset.value = value;
        li.textContent = text;
        list.append(li);
      }
      const chosen = def && def.items.find(([value]) => value === store[slot.dataset.key]);
      button.textContent = chosen ? chosen[1] : (slot.dataset.placeholder || 'Select One');
      if (chosen) button.dataset.value = chosen[0];
      slot.append(button, list);
      wireListbox(button);
    }
    const postal = root.querySelector('[data-postal-label]');
    if (postal) postal.firstChild.textContent = ((def && def.postal) || 'Postal Code') + ' ';
  }

  /* ---------- button + listbox dropdowns ---------- */
  function closeAll(except) {
    for (const list of document.querySelectorAll('[data-popup]')) if (list !== except) list.hidden = true;
  }
  function wireListbox(button) {
    const list = button.nextElementSibling;
    list.dataset.popup = '';
    const search = list.querySelector('input[type="search"]');
    button.addEventListener('click', () => {
      closeAll(list);
      list.hidden = !list.hidden;
      button.setAttribute('aria-expanded', String(!list.hidden));
      if (!list.hidden && search) { search.value = ''; filter(list, ''); search.focus(); }
    });
    if (search) search.addEventListener('input', () => filter(list, search.value));
    for (const option of list.querySelectorAll('[role="option"]')) {
      option.addEventListener('click', () => {
        button.textContent = option.textContent.trim();
        button.dataset.value = option.dataset.value ?? option.textContent.trim();
        for (const each of list.querySelectorAll('[role="option"]')) each.setAttribute('aria-selected', String(each === option));
        list.hidden = true;
        button.setAttribute('aria-expanded', 'false');
        setValue(button.dataset.key, button.dataset.value);
      });
    }
  }
  function filter(list, text) {
    const needle = text.trim().toLowerCase();
    for (const option of list.querySelectorAll('[role="option"]')) option.hidden = needle !== '' && !option.textContent.toLowerCase().includes(needle);
  }

  /* ---------- searchable prompts (type, pick, a pill shows the choice) ---------- */
  function wirePrompt(box) {
    const input = box.querySelector('input[role="combobox"]');
    const list = box.querySelector('[role="listbox"]');
    const pill = box.querySelector('[data-pill]');
    list.dataset.popup = '';
    const show = () => { closeAll(list); list.hidden = false; input.setAttribute('aria-expanded', 'true'); filter(list, input.value); };
    input.addEventListener('focus', show);
    input.addEventListener('click', show);
    input.addEventListener('input', show);
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const first = Array.from(list.querySelectorAll('[role="option"]')).find((option) => !option.hidden);
      if (first && input.value.trim() !== '') first.click();
    });
    input.addEventListener('blur', () => setTimeout(() => { input.value = ''; list.hidden = true; input.setAttribute('aria-expanded', 'false'); }, 200));
    for (const option of list.querySelectorAll('[role="option"]')) {
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => {
        setPill(box, option.dataset.value ?? option.textContent.trim(), option.textContent.trim());
        input.value = '';
        list.hidden = true;
        setValue(box.dataset.key, box.dataset.value);
      });
    }
    const remove = () => { box.dataset.value = ''; pill.replaceChildren(); setValue(box.dataset.key, ''); };
    box.addEventListener('click', (event) => { if (event.target.closest('[data-remove]')) remove(); });
    void pill;
  }
  function setPill(box, value, text) {
    const pill = box.querySelector('[data-pill]');
    box.dataset.value = value;
    pill.replaceChildren();
    if (!value) return;
    const chip = document.createElement('span');
    chip.className = 'pill';
    chip.textContent = text;
    const x = document.createElement('button');
    x.type = 'button';
    x.dataset.remove = '';
    x.setAttribute('aria-label', 'Remove ' + text);
    x.className = 'pill-x';
    chip.append(x);
    pill.append(chip);
  }

  /* ---------- typeahead inputs (the picked entry's text stays in the box) ---------- */
  function wireTypeahead(box) {
    const input = box.querySelector('input[role="combobox"]');
    const list = box.querySelector('[role="listbox"]');
    list.dataset.popup = '';
    const picked = () => { const o = Array.from(list.querySelectorAll('[role="option"]')).find((x) => (x.dataset.value ?? x.textContent.trim()) === box.dataset.value); return o ? o.textContent.trim() : ''; };
    const show = (all) => { closeAll(list); list.hidden = false; input.setAttribute('aria-expanded', 'true'); filter(list, all ? '' : input.value); };
    input.addEventListener('focus', () => show(true));
    input.addEventListener('click', () => show(true));
    input.addEventListener('input', () => show(false));
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const first = Array.from(list.querySelectorAll('[role="option"]')).find((option) => !option.hidden);
      if (first) first.click();
    });
    input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement === input) return; input.value = picked(); list.hidden = true; input.setAttribute('aria-expanded', 'false'); }, 200));
    for (const option of list.querySelectorAll('[role="option"]')) {
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => {
        box.dataset.value = option.dataset.value ?? option.textContent.trim();
        input.value = option.textContent.trim();
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        setValue(box.dataset.key, box.dataset.value);
      });
    }
  }

  /* ---------- store ---------- */
  function setValue(key, value) {
    if (!key) return;
    store[key] = value;
    if (key === CFG.countryKey) {
      for (const k of CFG.regionKeys || []) delete store[k];
      // Some tenants post the whole step back to the server on a country change and draw it anew.
      if (CFG.countryPostback) setTimeout(() => render(step, ''), CFG.countryPostback);
      else drawRegion(host);
    }
    if (CFG.onValue) CFG.onValue(key, value, host, store);
    const model = document.getElementById('model');
    if (model) model.textContent = JSON.stringify(store, null, 2);
  }
  host.addEventListener('input', onNative);
  host.addEventListener('change', onNative);
  function onNative(event) {
    const el = event.target;
    if (!el.dataset || !el.dataset.key || el.getAttribute('role') === 'combobox') return;
    if (el.type === 'checkbox') setValue(el.dataset.key, el.checked);
    else if (el.type === 'radio') { if (el.checked) setValue(el.dataset.key, el.value); }
    else if (el.type === 'file') setValue(el.dataset.key, Array.from(el.files).map((f) => f.name).join(', '));
    else setValue(el.dataset.key, el.value);
    if (el.dataset.current !== undefined) drawCurrent(host);
  }
  function drawCurrent(root) {
    for (const box of root.querySelectorAll('[data-current]')) {
      const end = root.querySelector(`[data-end-of="${box.dataset.key}"]`);
      if (end) end.hidden = box.checked;
      if (end) for (const control of end.querySelectorAll('input, select, button')) control.disabled = box.checked;
    }
  }

  /* ---------- rendering ---------- */
  function restore(root) {
    for (const el of root.querySelectorAll('input[data-key], select[data-key], textarea[data-key]')) {
      const value = store[el.dataset.key];
      if (value === undefined) continue;
      if (el.type === 'checkbox') el.checked = value === true;
      else if (el.type === 'radio') el.checked = el.value === value;
      else if (el.type !== 'file') el.value = value;
    }
    for (const button of root.querySelectorAll('button[aria-haspopup="listbox"][data-key]')) {
      const value = store[button.dataset.key];
      const option = value && Array.from(button.nextElementSibling.querySelectorAll('[role="option"]')).find((o) => (o.dataset.value ?? o.textContent.trim()) === value);
      if (option) { button.textContent = option.textContent.trim(); button.dataset.value = value; }
    }
    for (const box of root.querySelectorAll('[data-typeahead][data-key]')) {
      const value = store[box.dataset.key];
      const option = value && Array.from(box.querySelectorAll('[role="option"]')).find((o) => (o.dataset.value ?? o.textContent.trim()) === value);
      if (option) { box.dataset.value = value; box.querySelector('input').value = option.textContent.trim(); }
    }
    for (const box of root.querySelectorAll('[data-prompt][data-key]')) {
      const value = store[box.dataset.key];
      const option = value && Array.from(box.querySelectorAll('[role="option"]')).find((o) => (o.dataset.value ?? o.textContent.trim()) === value);
      if (option) setPill(box, value, option.textContent.trim());
    }
  }
  function wireAll(root) {
    for (const button of root.querySelectorAll('button[aria-haspopup="listbox"]')) wireListbox(button);
    for (const box of root.querySelectorAll('[data-prompt]')) wirePrompt(box);
    for (const box of root.querySelectorAll('[data-typeahead]')) wireTypeahead(box);
  }
  function render(index, banner) {
    if (CFG.sections) return show(index, banner);
    const template = steps[index];
    host.replaceChildren(template.content.cloneNode(true));
    const ids = {};
    renders += 1 + Math.floor(Math.random() * 3);
    for (const el of host.querySelectorAll('[data-gen]')) {
      el.id = ids[el.dataset.gen] = nextId(el.dataset.gen);
      if (el.hasAttribute('data-name-id')) el.name = el.id;
    }
    for (const label of host.querySelectorAll('[data-gen-for]')) label.htmlFor = ids[label.dataset.genFor];
    for (const el of host.querySelectorAll('[data-gen-labelledby]')) el.setAttribute('aria-labelledby', el.dataset.genLabelledby.split(' ').map((k) => ids[k]).join(' '));
    for (const el of host.querySelectorAll('[data-gen-describedby]')) el.setAttribute('aria-describedby', ids[el.dataset.genDescribedby]);
    restore(host);
    wireAll(host);
    drawRegion(host);
    drawCurrent(host);
    chrome(index, banner);
  }
  // Sections mode: every section is in the page from the start; one is shown at a time.
  let sectionsReady = false;
  function show(index, banner) {
    const sections = Array.from(host.querySelectorAll('[data-section]'));
    if (!sectionsReady) {
      sectionsReady = true;
      const ids = {};
      for (const el of host.querySelectorAll('[data-gen]')) el.id = ids[el.dataset.gen] = nextId(el.dataset.gen);
      for (const label of host.querySelectorAll('[data-gen-for]')) label.htmlFor = ids[label.dataset.genFor];
      for (const el of host.querySelectorAll('[data-gen-labelledby]')) el.setAttribute('aria-labelledby', el.dataset.genLabelledby.split(' ').map((k) => ids[k]).join(' '));
      for (const el of host.querySelectorAll('[data-gen-describedby]')) el.setAttribute('aria-describedby', ids[el.dataset.genDescribedby]);
      wireAll(host);
      drawRegion(host);
      drawCurrent(host);
    }
    sections.forEach((section, at) => { section.hidden = at !== index; section.classList.toggle('done', at < index); });
    chrome(index, banner);
  }
  function chrome(index, banner) {
    if (CFG.onRender) CFG.onRender(index, host, store);
    for (const [at, item] of document.querySelectorAll(CFG.progress || '.progress li').entries()) item.setAttribute('aria-current', at === index ? 'step' : 'false');
    step = index;
    const last = index === steps.length - 1;
    document.getElementById(CFG.next).hidden = last;
    document.getElementById(CFG.submit).hidden = !last;
    const note = document.getElementById(CFG.banner);
    if (note) { note.hidden = !banner; note.textContent = banner || ''; }
    window.scrollTo(0, 0);
  }
  function filled(el) {
    if (el.matches('[role="radiogroup"], fieldset')) return !!el.querySelector('input:checked');
    if (el.matches('[data-prompt], [data-typeahead]')) return !!el.dataset.value;
    if (el.localName === 'button') return !!el.dataset.value;
    if (el.type === 'checkbox') return el.checked;
    if (el.type === 'file') return el.files.length > 0;
    return el.value.trim() !== '';
  }
  function missing() {
    const out = [];
    for (const el of host.querySelectorAll('[data-req]:not([data-region-host])')) {
      if (el.disabled || el.closest('[hidden]')) continue;
      el.removeAttribute('aria-invalid');
      if (!filled(el)) { el.setAttribute('aria-invalid', 'true'); out.push(el); }
    }
    const errors = document.getElementById(CFG.errors);
    errors.hidden = out.length === 0;
    errors.textContent = out.length ? CFG.errorText.replace('#', String(out.length)) : '';
    return out.length > 0;
  }
  document.getElementById(CFG.next).addEventListener('click', () => {
    if (missing()) return;
    if (CFG.saveRerender) {
      // The server answers "Save and Continue" with this step again (saved), then the next one.
      render(step, CFG.savedText);
      setTimeout(() => render(step + 1), CFG.saveDelay || 300);
      return;
    }
    render(step + 1);
  });
  if (CFG.back) document.getElementById(CFG.back).addEventListener('click', () => { if (step > 0) render(step - 1); });
  document.getElementById(CFG.submit).addEventListener('click', () => {
    if (missing()) return;
    document.getElementById(CFG.apply).hidden = true;
    document.getElementById(CFG.done).hidden = false;
  });
  document.addEventListener('click', (event) => {
    if (!event.target.closest('[role="listbox"], [aria-haspopup="listbox"], [data-prompt]')) closeAll(null);
  });
  window.APPLY_STORE = store;
  render(0);
})();
