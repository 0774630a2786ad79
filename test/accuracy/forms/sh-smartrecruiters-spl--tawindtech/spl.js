/*
 * A small design system of form custom elements in the style of SmartRecruiters' one-click UI:
 * each element renders its label and control into an open shadow root and exposes `value`.
 */
(() => {
  let counter = 0;
  const BASE = `
    :host { display: block; font: inherit; }
    .label, label.label, legend { display: block; font-size: 13px; font-weight: 600; color: #333; margin-bottom: 4px; }
    .req { color: #c4161c; margin-left: 2px; }
    input[type=text], input[type=email], input[type=tel], input[type=number], textarea, button.control {
      width: 100%; box-sizing: border-box; padding: 9px 12px; border: 1px solid #c9c9c9; border-radius: 6px; font: inherit; background: #fff; text-align: left; }
    :host([invalid]) input, :host([invalid]) button.control, :host([invalid]) textarea { border-color: #c4161c; }
    ul[role=listbox] { list-style: none; margin: 4px 0 0; padding: 4px 0; border: 1px solid #c9c9c9; border-radius: 6px; background: #fff; box-shadow: 0 4px 12px #0002; position: absolute; left: 0; right: 0; z-index: 4; max-height: 220px; overflow: auto; }
    li[role=option] { padding: 7px 12px; cursor: pointer; }
    li[role=option]:hover, li[aria-selected=true] { background: #e7f1fb; }
    .wrap { position: relative; }
    fieldset { border: 0; margin: 0; padding: 0; }
    .choices label { display: inline-flex; gap: 6px; margin-right: 18px; align-items: center; font-size: 14px; }
    .hint { color: #666; font-size: 12px; }
  `;
  const uid = () => `spl-${++counter}`;
  const star = (host) => (host.hasAttribute('required') ? '<span class="req" aria-hidden="true">*</span>' : '');

  class SplBase extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' });
      this.cid = uid();
      this.shadowRoot.innerHTML = `<style>${BASE}</style>${this.template()}`;
      this.wire?.();
    }
    get name() { return this.getAttribute('name'); }
    get label() { return this.getAttribute('label') ?? ''; }
    $(selector) { return this.shadowRoot.querySelector(selector); }
  }

  class SplInput extends SplBase {
    template() {
      return `<label class="label" for="${this.cid}">${this.label}${star(this)}</label>
        <input id="${this.cid}" name="${this.name}" type="${this.getAttribute('type') ?? 'text'}" autocomplete="${this.getAttribute('autocomplete') ?? 'off'}" ${this.hasAttribute('required') ? 'aria-required="true"' : ''}>`;
    }
    get value() { return this.$('input').value.trim(); }
  }

  class SplTextarea extends SplBase {
    template() {
      return `<label class="label" for="${this.cid}">${this.label}${star(this)}</label>
        <textarea id="${this.cid}" name="${this.name}" rows="5" placeholder="${this.getAttribute('placeholder') ?? ''}"></textarea>`;
    }
    get value() { return this.$('textarea').value.trim(); }
  }

  class SplDatepicker extends SplBase {
    template() {
      return `<label class="label" for="${this.cid}">${this.label}${star(this)}</label>
        <div class="wrap"><input id="${this.cid}" name="${this.name}" type="text" placeholder="${this.getAttribute('placeholder') ?? ''}" autocomplete="off" inputmode="numeric"></div>`;
    }
    get value() { return this.$('input').value.trim(); }
  }

  class SplSelect extends SplBase {
    template() {
      this.options = [...this.querySelectorAll('option')].map((option) => ({ value: option.value || option.textContent, text: option.textContent }));
      this.selected = null;
      return `<span class="label" id="${this.cid}-label">${this.label}${star(this)}</span>
        <div class="wrap"><button type="button" class="control" id="${this.cid}" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${this.cid}-label" ${this.hasAttribute('required') ? 'aria-required="true"' : ''}>Select</button>
        <ul role="listbox" id="${this.cid}-list" aria-labelledby="${this.cid}-label" hidden>${this.options.map((option, index) => `<li role="option" id="${this.cid}-o${index}" data-value="${option.value}" aria-selected="false">${option.text}</li>`).join('')}</ul></div>`;
    }
    wire() {
      const button = this.$('button');
      const list = this.$('ul');
      const toggle = (open) => { list.hidden = !open; button.setAttribute('aria-expanded', String(open)); };
      button.addEventListener('click', () => toggle(list.hidden));
      button.addEventListener('blur', () => setTimeout(() => toggle(false), 150));
      for (const item of list.querySelectorAll('li')) {
        item.addEventListener('mousedown', (event) => event.preventDefault());
        item.addEventListener('click', () => {
          this.selected = item.dataset.value;
          button.textContent = item.textContent;
          for (const each of list.children) each.setAttribute('aria-selected', String(each === item));
          toggle(false);
          this.dispatchEvent(new Event('change', { bubbles: true }));
        });
      }
    }
    get value() { return this.selected ?? ''; }
  }

  const PLACES = ['San Francisco, CA, United States', 'South San Francisco, CA, United States', 'San Francisco, Córdoba, Argentina', 'San Fernando, CA, United States', 'Austin, TX, United States', 'San Antonio, TX, United States'];
  class SplAutocomplete extends SplBase {
    template() {
      this.selected = '';
      return `<label class="label" for="${this.cid}">${this.label}${star(this)}</label>
        <div class="wrap"><input id="${this.cid}" name="${this.name}" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${this.cid}-list" placeholder="${this.getAttribute('placeholder') ?? ''}" autocomplete="off">
        <ul role="listbox" id="${this.cid}-list" hidden></ul></div>`;
    }
    wire() {
      const input = this.$('input');
      const list = this.$('ul');
      let timer;
      const show = (hits) => {
        list.replaceChildren(...hits.map((place, index) => {
          const item = document.createElement('li');
          item.setAttribute('role', 'option');
          item.id = `${this.cid}-o${index}`;
          item.textContent = place;
          item.addEventListener('mousedown', (event) => {
            event.preventDefault();
            input.value = place;
            this.selected = place;
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
          });
          return item;
        }));
        list.hidden = hits.length === 0;
        input.setAttribute('aria-expanded', String(hits.length > 0));
      };
      input.addEventListener('input', () => {
        this.selected = '';
        clearTimeout(timer);
        const needle = input.value.trim().toLowerCase().split(',')[0];
        timer = setTimeout(() => show(needle.length < 3 ? [] : PLACES.filter((place) => place.toLowerCase().includes(needle))), 300);
      });
      input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 150));
    }
    get value() { return this.selected; }
  }

  class SplRadioGroup extends SplBase {
    template() {
      const options = (this.getAttribute('options') ?? '').split('|');
      return `<fieldset role="radiogroup" ${this.hasAttribute('required') ? 'aria-required="true"' : ''}><legend>${this.label}${star(this)}</legend><div class="choices">${options
        .map((option, index) => `<label for="${this.cid}-${index}"><input type="radio" id="${this.cid}-${index}" name="${this.name}" value="${option}">${option}</label>`)
        .join('')}</div></fieldset>`;
    }
    get value() { return this.$('input:checked')?.value ?? ''; }
  }

  class SplCheckbox extends SplBase {
    template() {
      return `<div class="choices"><label for="${this.cid}"><input type="checkbox" id="${this.cid}" name="${this.name}" ${this.hasAttribute('checked') ? 'checked' : ''}>${this.label}${star(this)}</label></div>`;
    }
    get value() { return this.$('input').checked; }
  }

  class SplDropzone extends SplBase {
    template() {
      return `<span class="label" id="${this.cid}-label">${this.label}${star(this)}</span>
        <div class="wrap" style="border:2px dashed #c9c9c9;border-radius:8px;padding:18px;text-align:center">
          <input type="file" id="${this.cid}" name="${this.name}" accept=".pdf,.doc,.docx,.odt,.rtf" aria-labelledby="${this.cid}-label" style="display:none">
          <label for="${this.cid}" style="color:#0b6bcb;cursor:pointer;font-weight:600">Choose a file</label> or drop it here
          <div class="hint">${this.getAttribute('hint') ?? ''}</div><div class="hint" id="${this.cid}-name"></div></div>`;
    }
    wire() {
      const input = this.$('input');
      input.addEventListener('change', () => { this.$(`#${this.cid}-name`).textContent = input.files[0]?.name ?? ''; });
    }
    get value() { return this.$('input').files.length ? this.$('input').files[0].name : ''; }
  }

  customElements.define('spl-input', SplInput);
  customElements.define('spl-textarea', SplTextarea);
  customElements.define('spl-datepicker', SplDatepicker);
  customElements.define('spl-select', SplSelect);
  customElements.define('spl-autocomplete', SplAutocomplete);
  customElements.define('spl-radio-group', SplRadioGroup);
  customElements.define('spl-checkbox', SplCheckbox);
  customElements.define('spl-dropzone', SplDropzone);

  document.getElementById('oc-submit').addEventListener('click', () => {
    const app = document.getElementById('oc-application');
    const missing = [];
    for (const element of app.querySelectorAll('[required]')) {
      element.removeAttribute('invalid');
      if (!element.value) { missing.push(element.label); element.setAttribute('invalid', ''); }
    }
    const email = app.querySelector('[name=email]').value;
    if (email && app.querySelector('[name=confirmEmail]').value !== email) missing.push('Emails do not match');
    const error = document.getElementById('oc-error');
    error.hidden = missing.length === 0;
    error.textContent = missing.length ? `Please complete: ${missing.join(', ')}` : '';
    if (missing.length) return;
    app.hidden = true;
    document.getElementById('oc-done').hidden = false;
  });
})();
