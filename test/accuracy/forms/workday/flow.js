/*
 * The Workday-like apply flow shared by every posting of the template: each step is a <template>
 * (step-1 … step-n) rendered in place of the previous one, so the earlier step's fields leave the
 * DOM as they do on Workday. Inputs get ids generated afresh on every render (labels point at
 * them). Dropdowns are buttons opening a listbox ([data-automation-id$=Dropdown] or
 * [aria-haspopup=listbox]). Next checks the step's required fields like Workday does.
 */
(() => {
  const random = () => Math.random().toString(36).slice(2, 8) + Math.floor(Math.random() * 1e5);
  const host = document.getElementById('wd-step');
  const progress = document.querySelectorAll('[data-automation-id="progressBarStep"]');
  let step = 0;

  function wireDropdown(button) {
    const list = button.nextElementSibling;
    button.addEventListener('click', () => {
      for (const other of host.querySelectorAll('[role="listbox"]')) if (other !== list) other.hidden = true;
      list.hidden = !list.hidden;
      button.setAttribute('aria-expanded', String(!list.hidden));
    });
    for (const option of list.querySelectorAll('[role="option"]')) {
      option.addEventListener('click', () => {
        button.textContent = option.textContent;
        button.dataset.value = option.dataset.value ?? option.textContent;
        for (const each of list.children) each.setAttribute('aria-selected', String(each === option));
        list.hidden = true;
        button.setAttribute('aria-expanded', 'false');
      });
    }
  }

  function render(index) {
    const template = document.getElementById(`step-${index + 1}`);
    host.replaceChildren(template.content.cloneNode(true));
    const ids = {};
    for (const input of host.querySelectorAll('[data-gen-id]')) input.id = ids[input.dataset.genId] = `input-${random()}`;
    for (const label of host.querySelectorAll('[data-gen-for]')) label.htmlFor = ids[label.dataset.genFor];
    for (const button of host.querySelectorAll('button[aria-haspopup="listbox"]')) wireDropdown(button);
    progress.forEach((item, at) => item.setAttribute('aria-current', String(at === index)));
    step = index;
  }

  function missingRequired() {
    const missing = [];
    for (const field of host.querySelectorAll('input[aria-required="true"], button[aria-required="true"]')) {
      if (field.localName === 'button' ? !field.dataset.value : field.type === 'checkbox' ? !field.checked : field.type === 'file' ? field.files.length === 0 : field.value.trim() === '') missing.push(field);
    }
    for (const group of host.querySelectorAll('[role="radiogroup"][aria-required="true"]')) {
      if (!group.querySelector('input:checked')) missing.push(group);
    }
    for (const field of host.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    for (const field of missing) field.setAttribute('aria-invalid', 'true');
    const banner = document.getElementById('wd-errors');
    banner.hidden = missing.length === 0;
    banner.textContent = missing.length ? `Errors found: ${missing.length} required field(s) are empty.` : '';
    return missing.length > 0;
  }

  document.getElementById('wd-next').addEventListener('click', () => {
    if (missingRequired()) return;
    const last = document.querySelectorAll('template[id^="step-"]').length - 1;
    if (step + 1 <= last) render(step + 1);
    if (step === last) {
      document.getElementById('wd-next').hidden = true;
      document.getElementById('wd-submit').hidden = false;
    }
  });
  document.getElementById('wd-submit').addEventListener('click', () => {
    if (missingRequired()) return;
    document.getElementById('wd-apply').hidden = true;
    document.getElementById('wd-done').hidden = false;
  });
  render(0);
})();
