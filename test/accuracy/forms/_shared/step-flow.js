/*
 * The apply flow the multi-step enterprise pages share (vf-*: Workday, Oracle, SuccessFactors, Taleo,
 * UKG; each page brings its own markup and lists). Each step is a <template data-step> that is
 * rendered in place of the previous one (the earlier step's fields leave the DOM, as they do when
 * the ATS moves to its next page). Inputs get ids generated on every render; labels point at them.
 * Widgets: button + listbox dropdowns, search prompts (pills or a single value), lists that depend
 * on another field (country -> state), "I currently work here" boxes that hide the end date, blocks
 * added by an "Add" button, file inputs that show the chosen file. The form state is kept across
 * steps and rendered into <pre id="model">.
 */
(() => {
  const LISTS = window.VF_LISTS || {};
  const state = {};
  const host = document.querySelector('[data-flow-host]');
  const steps = [...document.querySelectorAll('template[data-step]')];
  const modelEl = document.getElementById('model');
  const nextButton = document.querySelector('[data-flow="next"]');
  const backButton = document.querySelector('[data-flow="back"]');
  const submitButton = document.querySelector('[data-flow="submit"]');
  const progress = [...document.querySelectorAll('[data-flow-progress]')];
  let step = 0;
  let counter = Math.floor(Math.random() * 400) + 20;
  const genId = (prefix) => `${prefix}-${counter++}`;

  const getPath = (key) => key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), state);
  function setPath(key, value) {
    const parts = key.split('.');
    let node = state;
    for (const part of parts.slice(0, -1)) node = node[part] ??= {};
    node[parts[parts.length - 1]] = value;
  }

  function readElement(el) {
    const key = el.dataset.model;
    if (el.localName === 'input' && el.type === 'checkbox') return setPath(key, el.checked);
    if (el.localName === 'input' && el.type === 'radio') {
      if (el.checked) setPath(key, el.value);
      return;
    }
    if (el.localName === 'input' && el.type === 'file') return setPath(key, [...el.files].map((f) => f.name));
    if (el.hasAttribute('data-choice-group'))
      return setPath(key, el.querySelector('[role="radio"][aria-checked="true"]')?.dataset.value ?? '');
    if (el.hasAttribute('data-pills'))
      return setPath(
        key,
        [...el.querySelectorAll('[data-pill]')].map((pill) => pill.dataset.pill),
      );
    if (el.localName === 'input' && el.getAttribute('role') === 'combobox' && el.hasAttribute('data-strict'))
      return setPath(key, el.dataset.value || '');
    if (el.localName === 'input' || el.localName === 'textarea' || el.localName === 'select')
      return setPath(key, el.value);
    setPath(key, el.dataset.value || '');
  }

  function render() {
    for (const el of host.querySelectorAll('[data-model]')) readElement(el);
    for (const el of host.querySelectorAll('[data-label-by]')) {
      const labels = JSON.parse(el.dataset.labels);
      el.firstChild.textContent = labels[getPath(el.dataset.labelBy) || ''] ?? labels.default;
    }
    modelEl.textContent = JSON.stringify(state, null, 2);
  }
  const soon = () => setTimeout(render, 0);

  function listFor(el) {
    const name = el.dataset.list;
    let list = LISTS[name] || [];
    if (el.dataset.by) list = (LISTS[name] || {})[getPath(el.dataset.by) || ''] || [];
    return list;
  }

  function closeAll(except) {
    for (const list of document.querySelectorAll('[data-popup]'))
      if (list !== except) {
        list.hidden = true;
        const owner = document.querySelector(`[aria-controls="${list.id}"]`);
        if (owner) owner.setAttribute('aria-expanded', 'false');
      }
  }

  function fillOptions(listbox, items, onPick, selected) {
    listbox.replaceChildren();
    for (const item of items) {
      const label = typeof item === 'string' ? item : item.label;
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.id = genId('option');
      li.tabIndex = -1;
      li.setAttribute('aria-selected', String(label === selected));
      li.dataset.automationId = 'promptOption';
      li.textContent = label;
      if (typeof item !== 'string' && item.children) {
        li.setAttribute('aria-haspopup', 'true');
        li.dataset.category = 'true';
        const chevron = document.createElement('span');
        chevron.className = 'chevron';
        chevron.setAttribute('aria-hidden', 'true');
        chevron.textContent = '›';
        li.append(chevron);
      }
      li.addEventListener('mousedown', (event) => event.preventDefault());
      li.addEventListener('click', () => onPick(item, label));
      listbox.append(li);
    }
  }

  /** A button that opens a listbox of options; the button shows the choice. */
  function wireDropdown(button) {
    const listbox = document.createElement('ul');
    listbox.setAttribute('role', 'listbox');
    listbox.id = genId('listbox');
    listbox.hidden = true;
    listbox.dataset.popup = 'true';
    listbox.className = 'vf-popup';
    button.setAttribute('aria-controls', listbox.id);
    button.setAttribute('aria-expanded', 'false');
    button.after(listbox);
    const placeholder = button.dataset.placeholder || 'Select One';
    const saved = getPath(button.dataset.model);
    const choose = (label) => {
      button.dataset.value = label;
      button.textContent = label || placeholder;
      button.setAttribute('value', label);
      for (const dependent of host.querySelectorAll(`[data-by="${button.dataset.model}"]`)) reset(dependent);
      soon();
    };
    if (saved) {
      button.dataset.value = saved;
      button.textContent = saved;
    } else if (button.dataset.preset) {
      choose(button.dataset.preset);
    } else button.textContent = placeholder;
    button.addEventListener('click', () => {
      const open = listbox.hidden;
      closeAll(listbox);
      if (open) {
        fillOptions(
          listbox,
          listFor(button),
          (item, label) => {
            choose(label);
            listbox.hidden = true;
            button.setAttribute('aria-expanded', 'false');
            button.focus();
          },
          button.dataset.value,
        );
      }
      listbox.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
    });
  }

  function reset(el) {
    if (el.localName === 'button') {
      el.dataset.value = '';
      el.textContent = el.dataset.placeholder || 'Select One';
      el.setAttribute('value', '');
    } else if (el.localName === 'select') {
      const items = listFor(el);
      el.replaceChildren(new Option(el.dataset.placeholder || 'Select', ''), ...items.map((item) => new Option(item, item)));
    } else if (el.getAttribute('role') === 'combobox') {
      el.value = '';
      el.dataset.value = '';
    }
  }

  /** A search box whose matches appear below it: a pick becomes a pill (Workday prompt) or the box's value. */
  function wirePrompt(input) {
    const listbox = document.createElement('ul');
    listbox.setAttribute('role', 'listbox');
    listbox.id = genId('listbox');
    listbox.hidden = true;
    listbox.dataset.popup = 'true';
    listbox.className = 'vf-popup';
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-autocomplete', 'list');
    (input.closest('[data-prompt-wrap]') || input).after(listbox);
    const pills = input.dataset.pillsIn ? input.closest('[data-field]').querySelector(input.dataset.pillsIn) : null;
    const strict = input.hasAttribute('data-strict');
    const saved = input.dataset.model ? getPath(input.dataset.model) : undefined;
    if (pills) {
      const savedPills = getPath(pills.dataset.model);
      if (Array.isArray(savedPills)) for (const label of savedPills) addPill(label, false);
      else if (pills.dataset.preset) addPill(pills.dataset.preset, false);
    } else if (saved) {
      input.value = saved;
      input.dataset.value = saved;
    } else if (input.dataset.preset) {
      input.value = input.dataset.preset;
      input.dataset.value = input.dataset.preset;
    }
    let trail = null;

    function addPill(label, announce = true) {
      if (input.hasAttribute('data-single')) pills.replaceChildren();
      const li = document.createElement('li');
      li.dataset.pill = label;
      li.dataset.automationId = 'selectedItem';
      li.className = 'pill';
      const text = document.createElement('span');
      text.dataset.automationId = 'promptOption';
      text.textContent = label;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'pill-remove';
      remove.dataset.automationId = 'DELETE_charm';
      remove.setAttribute('aria-label', `Remove ${label}`);
      remove.innerHTML =
        '<svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><path d="M1 1l8 8M9 1l-8 8" stroke="currentColor" stroke-width="1.6"/></svg>';
      remove.addEventListener('click', () => {
        li.remove();
        soon();
      });
      li.append(text, remove);
      pills.append(li);
      if (announce) soon();
    }

    function leaves(items, query) {
      const out = [];
      for (const item of items) {
        if (typeof item === 'string') {
          if (item.toLowerCase().includes(query)) out.push(item);
        } else if (item.children) out.push(...leaves(item.children, query));
        else if (item.label.toLowerCase().includes(query)) out.push(item.label);
      }
      return out;
    }

    function show() {
      const query = input.value.trim().toLowerCase();
      const all = listFor(input);
      const typed = query !== '' && (!strict || query !== (input.dataset.value || '').toLowerCase());
      const items = typed ? leaves(all, query) : trail ? trail.children : all;
      closeAll(listbox);
      fillOptions(
        listbox,
        items.length ? items : [],
        (item, label) => {
          if (typeof item !== 'string' && item.children) {
            trail = item;
            show();
            return;
          }
          trail = null;
          if (pills) {
            addPill(label);
            input.value = '';
          } else {
            input.value = label;
            input.dataset.value = label;
            for (const dependent of host.querySelectorAll(`[data-by="${input.dataset.model}"]`)) reset(dependent);
          }
          listbox.hidden = true;
          input.setAttribute('aria-expanded', 'false');
          soon();
        },
        input.dataset.value,
      );
      if (!items.length) {
        const none = document.createElement('li');
        none.className = 'no-items';
        none.textContent = 'No Items.';
        listbox.append(none);
      }
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    input.addEventListener('focus', show);
    input.addEventListener('click', show);
    input.addEventListener('input', () => {
      trail = null;
      show();
    });
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const first = listbox.querySelector('[role=option]');
      if (first && !listbox.hidden) first.click();
    });
    input.addEventListener('blur', () =>
      setTimeout(() => {
        listbox.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        trail = null;
        if (pills) input.value = '';
        else if (strict && input.value !== (input.dataset.value || '')) input.value = input.dataset.value || '';
        soon();
      }, 150),
    );
  }

  function wireSelect(select) {
    if (select.dataset.by || select.dataset.list) {
      const saved = getPath(select.dataset.model);
      reset(select);
      if (saved) select.value = saved;
      else if (select.dataset.preset) select.value = select.dataset.preset;
      readElement(select);
    }
    select.addEventListener('change', () => {
      readElement(select);
      for (const dependent of host.querySelectorAll(`[data-by="${select.dataset.model}"]`)) reset(dependent);
    });
  }

  function wireBlock(root) {
    for (const el of root.querySelectorAll('[data-gen-id]')) {
      const id = genId(el.dataset.genPrefix || 'input');
      for (const label of root.querySelectorAll(`[data-gen-for="${el.dataset.genId}"]`)) label.htmlFor = id;
      for (const ref of root.querySelectorAll(`[data-gen-labelledby="${el.dataset.genId}"]`))
        ref.setAttribute('aria-labelledby', id);
      el.id = id;
    }
    for (const el of root.querySelectorAll('select[data-model]')) wireSelect(el);
    for (const el of root.querySelectorAll('button[aria-haspopup="listbox"]')) wireDropdown(el);
    for (const el of root.querySelectorAll('input[role="combobox"]')) wirePrompt(el);
    for (const el of root.querySelectorAll('[data-model]')) {
      const saved = getPath(el.dataset.model);
      if (saved === undefined) continue;
      if (el.type === 'checkbox') el.checked = saved;
      else if (el.type === 'radio') el.checked = el.value === saved;
      else if ((el.localName === 'input' && el.type !== 'file' && el.getAttribute('role') !== 'combobox') || el.localName === 'textarea')
        el.value = saved;
    }
    for (const group of root.querySelectorAll('[data-choice-group]')) {
      const saved = getPath(group.dataset.model);
      for (const choice of group.querySelectorAll('[role="radio"]')) {
        choice.setAttribute('aria-checked', String(saved !== undefined && saved !== '' && choice.dataset.value === saved));
        choice.addEventListener('click', () => {
          for (const other of group.querySelectorAll('[role="radio"]')) other.setAttribute('aria-checked', String(other === choice));
          soon();
        });
      }
    }
    for (const box of root.querySelectorAll('input[data-hides]')) {
      const apply = () => {
        const scope = box.closest('[data-block]') || host;
        for (const target of scope.querySelectorAll(box.dataset.hides)) target.hidden = box.checked;
      };
      box.addEventListener('change', apply);
      apply();
    }
    for (const box of root.querySelectorAll('input[data-reveals]')) {
      const apply = () => {
        const scope = box.closest('[data-block]') || host;
        for (const target of scope.querySelectorAll(box.dataset.reveals)) target.hidden = !box.checked;
      };
      for (const radio of root.querySelectorAll(`input[name="${box.name}"]`)) radio.addEventListener('change', apply);
      apply();
    }
    for (const file of root.querySelectorAll('input[type="file"]')) {
      file.addEventListener('change', () => {
        const shown = file.closest('[data-field]')?.querySelector('[data-file-name]');
        if (shown) shown.textContent = file.files.length ? `${file.files[0].name} — Successfully Uploaded!` : '';
        soon();
      });
    }
    for (const opener of root.querySelectorAll('[data-opens-file]'))
      opener.addEventListener('click', () => root.querySelector(opener.dataset.opensFile)?.click());
    for (const add of root.querySelectorAll('[data-add-block]')) {
      add.addEventListener('click', () => {
        const template = document.getElementById(add.dataset.addBlock);
        const container = host.querySelector(add.dataset.into);
        const n = container.querySelectorAll('[data-block]').length + 1;
        const holder = document.createElement('div');
        holder.innerHTML = template.innerHTML.replaceAll('{n}', String(n)).replaceAll('{i}', String(n - 1));
        const block = holder.firstElementChild;
        container.append(block);
        wireBlock(block);
        soon();
      });
    }
  }

  function show(index) {
    closeAll();
    render();
    host.replaceChildren(steps[index].content.cloneNode(true));
    wireBlock(host);
    step = index;
    progress.forEach((item, at) => {
      item.setAttribute('aria-current', at === index ? 'step' : 'false');
      item.classList.toggle('active', at === index);
      item.classList.toggle('done', at < index);
    });
    const last = index === steps.length - 1;
    if (nextButton) nextButton.hidden = last;
    if (submitButton) submitButton.hidden = !last;
    if (backButton) backButton.hidden = index === 0;
    window.scrollTo(0, 0);
    render();
  }

  function missing() {
    const out = [];
    for (const field of host.querySelectorAll('[aria-required="true"]')) {
      if (field.closest('[hidden]')) continue;
      let empty;
      if (field.getAttribute('role') === 'radiogroup')
        empty = !field.querySelector('input:checked, [role="radio"][aria-checked="true"]');
      else if (field.hasAttribute('data-pills')) empty = !field.querySelector('[data-pill]');
      else if (field.localName === 'button') empty = !field.dataset.value;
      else if (field.type === 'checkbox') empty = !field.checked;
      else if (field.type === 'file') empty = field.files.length === 0;
      else if (field.getAttribute('role') === 'combobox' && field.hasAttribute('data-strict')) empty = !field.dataset.value;
      else empty = field.value.trim() === '';
      field.toggleAttribute('aria-invalid', empty);
      if (empty) out.push(field);
    }
    const banner = document.querySelector('[data-flow-errors]');
    if (banner) {
      banner.hidden = out.length === 0;
      banner.textContent = out.length ? `Errors Found: ${out.length} required field${out.length > 1 ? 's are' : ' is'} missing a value.` : '';
    }
    return out.length > 0;
  }

  document.addEventListener('input', soon, true);
  document.addEventListener('change', soon, true);
  document.addEventListener('click', (event) => {
    if (!event.target.closest('[data-popup], [aria-haspopup="listbox"], input[role="combobox"]')) closeAll();
  });
  nextButton?.addEventListener('click', (event) => {
    event.preventDefault();
    if (missing()) return;
    show(Math.min(step + 1, steps.length - 1));
  });
  backButton?.addEventListener('click', (event) => {
    event.preventDefault();
    show(Math.max(step - 1, 0));
  });
  function finish() {
    if (step !== steps.length - 1 || missing()) return;
    render();
    document.querySelector('[data-flow-form]').hidden = true;
    document.querySelector('[data-flow-done]').hidden = false;
  }
  const form = document.querySelector('form[data-flow-form]');
  if (submitButton && submitButton.type === 'submit' && submitButton.form) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (event.submitter === submitButton) finish();
    });
  } else {
    form?.addEventListener('submit', (event) => event.preventDefault());
    submitButton?.addEventListener('click', (event) => {
      event.preventDefault();
      finish();
    });
  }
  show(0);
})();
