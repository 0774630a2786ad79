/*
 * SmartRecruiters one-click apply (2026): the form is built from "spl-" web components (form-
 * associated custom elements, ElementInternals) whose label and native control live in an open
 * shadow root. spl-select / spl-phone-field / spl-autocomplete keep their listbox inside the shadow
 * root too. Page state in <pre id="model">.
 */
(function () {
  'use strict';
  var CSS = ':host{display:block;margin:0 0 18px;font:15px/1.45 "Open Sans",Arial,sans-serif;color:#0e1a24}' +
    'label.lbl,.lbl{display:block;font-size:13px;font-weight:600;color:#39434e;margin-bottom:5px}.req{color:#d8332c;margin-left:2px}' +
    'input,textarea,button.trigger{box-sizing:border-box;width:100%;border:1px solid #b6bfc8;border-radius:6px;padding:10px 12px;font:inherit;background:#fff;color:inherit}' +
    'button.trigger{text-align:left;cursor:pointer}button.trigger.placeholder{color:#7b8691}' +
    '.hint{font-size:12px;color:#67727e;margin-top:4px}.err{font-size:12px;color:#d8332c;margin-top:4px}' +
    '[role=listbox]{list-style:none;margin:4px 0 0;padding:4px 0;border:1px solid #d3d9df;border-radius:6px;background:#fff;box-shadow:0 6px 18px rgba(0,0,0,.12);max-height:240px;overflow:auto;position:absolute;left:0;right:0;z-index:20}' +
    '[role=option]{padding:8px 12px;cursor:pointer}[role=option]:hover,[role=option][aria-selected=true]{background:#eaf4fb}' +
    '.wrap{position:relative}.row{display:flex;gap:8px}.row .cc{flex:0 0 150px;position:relative}';
  var uid = 0;
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }

  class SplBase extends HTMLElement {
    static get formAssociated() { return true; }
    constructor() { super(); this.internals = this.attachInternals(); this.attachShadow({ mode: 'open' }); this._value = ''; this.uid = 'spl-' + (++uid); }
    get name() { return this.getAttribute('name'); }
    get value() { return this._value; }
    set value(v) { this._value = v; this.internals.setFormValue(typeof v === 'boolean' ? (v ? 'on' : null) : v); this.dispatchEvent(new CustomEvent('spl-change', { bubbles: true, composed: true, detail: { name: this.name, value: v } })); }
    labelHtml(forId) {
      var req = this.hasAttribute('required') ? '<span class="req" aria-hidden="true">*</span>' : '';
      return '<label class="lbl" id="' + this.uid + '-label"' + (forId ? ' for="' + forId + '"' : '') + '>' + esc(this.getAttribute('label') || '') + req + '</label>';
    }
    hintHtml() { var h = this.getAttribute('hint'); return h ? '<div class="hint" id="' + this.uid + '-hint">' + esc(h) + '</div>' : ''; }
  }

  class SplInput extends SplBase {
    connectedCallback() {
      if (this.shadowRoot.innerHTML) return;
      var type = this.getAttribute('type') || 'text';
      this.shadowRoot.innerHTML = '<style>' + CSS + '</style>' + this.labelHtml('control') +
        '<input id="control" part="input" type="' + type + '"' + (this.hasAttribute('required') ? ' aria-required="true"' : '') +
        (this.getAttribute('placeholder') ? ' placeholder="' + esc(this.getAttribute('placeholder')) + '"' : '') +
        (this.getAttribute('hint') ? ' aria-describedby="' + this.uid + '-hint"' : '') + ' autocomplete="off">' + this.hintHtml();
      var input = this.shadowRoot.getElementById('control');
      var self = this;
      input.addEventListener('input', function () { self.value = input.value; });
    }
  }
  class SplTextarea extends SplBase {
    connectedCallback() {
      if (this.shadowRoot.innerHTML) return;
      this.shadowRoot.innerHTML = '<style>' + CSS + '</style>' + this.labelHtml('control') + '<textarea id="control" part="textarea" rows="5"></textarea>' + this.hintHtml();
      var el = this.shadowRoot.getElementById('control'); var self = this;
      el.addEventListener('input', function () { self.value = el.value; });
    }
  }
  class SplCheckbox extends SplBase {
    connectedCallback() {
      if (this.shadowRoot.innerHTML) return;
      this._value = false;
      this.shadowRoot.innerHTML = '<style>' + CSS + ':host{margin:0 0 10px}.cb{display:flex;gap:10px;align-items:flex-start}input{width:auto;margin-top:3px}</style>' +
        '<div class="cb"><input type="checkbox" id="control" part="checkbox"><label for="control"><slot></slot>' + (this.hasAttribute('required') ? '<span class="req">*</span>' : '') + '</label></div>';
      var el = this.shadowRoot.getElementById('control'); var self = this;
      el.addEventListener('change', function () { self.value = el.checked; });
    }
  }

  // a listbox inside the shadow root, opened by a trigger
  function listbox(host, trigger, list, getOptions, onPick) {
    function close() { list.hidden = true; trigger.setAttribute('aria-expanded', 'false'); }
    function open(filter) {
      var q = (filter || '').toLowerCase();
      list.innerHTML = '';
      getOptions().filter(function (o) { return !q || o.label.toLowerCase().indexOf(q) >= 0; }).forEach(function (o, i) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option'); li.id = 'opt-' + i; li.textContent = o.label;
        li.setAttribute('aria-selected', String(o.selected === true));
        li.addEventListener('mousedown', function (e) { e.preventDefault(); });
        li.addEventListener('click', function () { onPick(o); close(); });
        list.appendChild(li);
      });
      list.hidden = !list.children.length;
      trigger.setAttribute('aria-expanded', String(!list.hidden));
    }
    document.addEventListener('mousedown', function (e) { if (!e.composedPath().includes(host)) close(); });
    return { open: open, close: close };
  }

  class SplSelect extends SplBase {
    connectedCallback() {
      if (this.shadowRoot.innerHTML) return;
      var self = this;
      var options = Array.prototype.map.call(this.querySelectorAll('spl-option'), function (o) { return { value: o.getAttribute('value'), label: o.textContent.trim() }; });
      var ph = this.getAttribute('placeholder') || 'Select';
      this.shadowRoot.innerHTML = '<style>' + CSS + '</style>' + this.labelHtml('') +
        '<div class="wrap"><button type="button" class="trigger placeholder" id="trigger" part="trigger" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="' + this.uid + '-label trigger" aria-controls="list">' + esc(ph) + '</button>' +
        '<ul role="listbox" id="list" hidden aria-labelledby="' + this.uid + '-label"></ul></div>' + this.hintHtml();
      var trigger = this.shadowRoot.getElementById('trigger');
      var lb = listbox(this, trigger, this.shadowRoot.getElementById('list'), function () {
        return options.map(function (o) { return { value: o.value, label: o.label, selected: o.value === self._value }; });
      }, function (o) { trigger.textContent = o.label; trigger.classList.remove('placeholder'); self.value = o.value; });
      trigger.addEventListener('click', function () { if (trigger.getAttribute('aria-expanded') === 'true') lb.close(); else lb.open(''); });
    }
  }

  class SplAutocomplete extends SplBase {
    connectedCallback() {
      if (this.shadowRoot.innerHTML) return;
      var self = this;
      var places = JSON.parse(this.getAttribute('data-source') || '[]');
      this.shadowRoot.innerHTML = '<style>' + CSS + '</style>' + this.labelHtml('control') +
        '<div class="wrap"><input id="control" part="input" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="list" placeholder="' + esc(this.getAttribute('placeholder') || '') + '" autocomplete="off">' +
        '<ul role="listbox" id="list" hidden></ul></div>' + this.hintHtml();
      var input = this.shadowRoot.getElementById('control');
      var lb = listbox(this, input, this.shadowRoot.getElementById('list'), function () {
        var q = input.value.trim().toLowerCase();
        if (q.length < 2) return [];
        return places.filter(function (p) { return p.toLowerCase().indexOf(q.split(',')[0]) >= 0; }).map(function (p) { return { value: p, label: p }; });
      }, function (o) { input.value = o.label; self.value = o.value; });
      var t = null;
      input.addEventListener('input', function () { if (self._value) self.value = ''; clearTimeout(t); t = setTimeout(function () { lb.open(''); }, 300); });
      input.addEventListener('blur', function () { setTimeout(function () { if (!self._value) input.value = input.value; }, 0); });
    }
  }

  var DIAL = [['Canada', '+1', 'CA'], ['Germany', '+49', 'DE'], ['India', '+91', 'IN'], ['Mexico', '+52', 'MX'], ['Poland', '+48', 'PL'], ['United Kingdom', '+44', 'GB'], ['United States', '+1', 'US']];
  class SplPhoneField extends SplBase {
    connectedCallback() {
      if (this.shadowRoot.innerHTML) return;
      var self = this;
      this.country = this.getAttribute('default-country') || 'US';
      function cur() { return DIAL.filter(function (d) { return d[2] === self.country; })[0]; }
      this.shadowRoot.innerHTML = '<style>' + CSS + '</style>' + this.labelHtml('control') +
        '<div class="row"><div class="cc"><button type="button" class="trigger" id="cc" part="country" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-label="Country calling code" aria-controls="cclist"></button><ul role="listbox" id="cclist" hidden></ul></div>' +
        '<input id="control" part="input" type="tel" autocomplete="off"' + (this.hasAttribute('required') ? ' aria-required="true"' : '') + '></div>' + this.hintHtml();
      var cc = this.shadowRoot.getElementById('cc');
      var input = this.shadowRoot.getElementById('control');
      function drawCc() { var d = cur(); cc.textContent = d[2] + ' ' + d[1]; }
      function update() {
        var digits = input.value.replace(/\D/g, '');
        var d = cur();
        if (/^\s*\+/.test(input.value)) self.value = '+' + digits;
        else self.value = digits ? d[1] + digits : '';
      }
      drawCc();
      var lb = listbox(this, cc, this.shadowRoot.getElementById('cclist'), function () {
        return DIAL.map(function (d) { return { value: d[2], label: d[0] + ' (' + d[1] + ')', selected: d[2] === self.country }; });
      }, function (o) { self.country = o.value; drawCc(); update(); });
      cc.addEventListener('click', function () { if (cc.getAttribute('aria-expanded') === 'true') lb.close(); else lb.open(''); });
      input.addEventListener('input', update);
      input.addEventListener('blur', function () {
        // national format for North American numbers, as libphonenumber shows them
        var digits = input.value.replace(/\D/g, '');
        if (cur()[1] === '+1') {
          if (digits.length === 11 && digits[0] === '1') digits = digits.slice(1);
          if (digits.length === 10) { input.value = '(' + digits.slice(0, 3) + ') ' + digits.slice(3, 6) + '-' + digits.slice(6); self.value = '+1' + digits; }
        }
      });
    }
  }

  class SplDropzone extends SplBase {
    connectedCallback() {
      if (this.shadowRoot.innerHTML) return;
      var self = this;
      this.shadowRoot.innerHTML = '<style>' + CSS + '.zone{border:2px dashed #b6bfc8;border-radius:8px;padding:18px;text-align:center;color:#39434e}.zone label{color:#0a66c2;font-weight:600;cursor:pointer;text-decoration:underline}.chip{margin-top:8px;font-weight:600}</style>' +
        this.labelHtml('') + '<div class="zone" part="zone"><span>Drag and drop a file here or </span><label for="file">browse</label>' +
        '<input type="file" id="file" hidden accept="' + esc(this.getAttribute('accept') || '') + '"><div class="chip" id="chip"></div><div class="hint">' + esc(this.getAttribute('hint') || '') + '</div></div>';
      var file = this.shadowRoot.getElementById('file');
      file.addEventListener('change', function () { var n = file.files[0] ? file.files[0].name : ''; self.shadowRoot.getElementById('chip').textContent = n; self.value = n; });
    }
  }
  class SplButton extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' }).innerHTML = '<style>button{border:0;border-radius:6px;background:#0a66c2;color:#fff;font:600 15px "Open Sans",Arial,sans-serif;padding:11px 26px;cursor:pointer}:host([variant=secondary]) button{background:#fff;color:#0a66c2;border:1px solid #0a66c2}</style><button type="button" part="button"><slot></slot></button>';
    }
  }
  customElements.define('spl-input', SplInput);
  customElements.define('spl-textarea', SplTextarea);
  customElements.define('spl-checkbox', SplCheckbox);
  customElements.define('spl-select', SplSelect);
  customElements.define('spl-autocomplete', SplAutocomplete);
  customElements.define('spl-phone-field', SplPhoneField);
  customElements.define('spl-dropzone', SplDropzone);
  customElements.define('spl-button', SplButton);

  // page wiring: model + submit
  var form = document.getElementById('oneclick-form');
  var model = {};
  var pre = document.getElementById('model');
  form.querySelectorAll('[name]').forEach(function (el) { if (el.localName.indexOf('spl-') === 0) model[el.getAttribute('name')] = el.localName === 'spl-checkbox' ? false : ''; });
  function render() { pre.textContent = JSON.stringify(model, null, 2); }
  form.addEventListener('spl-change', function (e) { model[e.detail.name] = e.detail.value; render(); });
  render();
  document.getElementById('st-apply').addEventListener('click', function () {
    var missing = [];
    form.querySelectorAll('[required]').forEach(function (el) { var v = model[el.getAttribute('name')]; if (v === '' || v === false || v === undefined) missing.push(el.getAttribute('label') || el.textContent.trim()); });
    var box = document.getElementById('st-errors');
    if (missing.length) { box.hidden = false; box.textContent = 'Please fill in all required fields: ' + missing.join('; '); return; }
    box.hidden = true;
    form.hidden = true;
    document.getElementById('st-confirmation').hidden = false;
  });
})();
