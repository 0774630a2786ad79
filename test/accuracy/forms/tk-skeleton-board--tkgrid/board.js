/*
 * Hosted job board "apply" widget, plain JavaScript. The page ships without the form: the widget
 * asks the board's API for the posting's application schema (here a stand-in answering after
 * 1.2 s) and shows skeleton bars until then. The schema (window.POSTING) drives the markup:
 * every field is a .fld row (label, then the control); a message is written between the label and
 * the control when a required field is left empty or a value is malformed (on blur); the phone,
 * salary and date boxes are rewritten on blur; the State box is swapped for a select when the
 * country has a list of its own; rows with `showIf` are shown once their question has that
 * answer, rows with `mountIf` are only built then.
 */
(function () {
  'use strict';
  var US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
    'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
    'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana',
    'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
    'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
    'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
  var CA_PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador',
    'Northwest Territories', 'Nova Scotia', 'Nunavut', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Yukon'];
  var COUNTRIES = ['Australia', 'Canada', 'France', 'Germany', 'India', 'Ireland', 'Mexico', 'Netherlands', 'United Kingdom',
    'United States', 'United States Minor Outlying Islands'];

  var posting = window.POSTING;
  var slot = document.getElementById('apply-slot');
  var form;
  var answers = {};
  var lastCountry = '';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'className') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }
  function fieldName(f) { return 'candidate[' + f.key + ']'; }
  function labelFor(f, text) {
    var label = el('label', { 'for': 'fld-' + f.key, className: 'fld-label' });
    label.appendChild(document.createTextNode(text || f.label));
    if (f.required) label.appendChild(el('span', { className: 'req', 'aria-hidden': 'true', text: ' *' }));
    return label;
  }
  function options(select, list, placeholder) {
    select.appendChild(el('option', { value: '', text: placeholder || 'Select...' }));
    list.forEach(function (o) { select.appendChild(el('option', { value: o, text: o })); });
  }

  /* ---- messages between label and control ---- */
  function setError(row, message) {
    var old = row.querySelector(':scope > .fld-error');
    if (old) old.remove();
    var control = row.querySelector('input, select, textarea');
    if (!message) { if (control) control.removeAttribute('aria-invalid'); return; }
    var note = el('div', { className: 'fld-error', role: 'alert', text: message });
    var label = row.querySelector(':scope > .fld-label, :scope > legend');
    if (label && label.nextSibling) row.insertBefore(note, label.nextSibling); else row.appendChild(note);
    if (control) control.setAttribute('aria-invalid', 'true');
  }

  /* ---- rewriting on blur ---- */
  var reformat = {
    phone: function (value) {
      var digits = value.replace(/\D/g, '');
      if (digits.length === 11 && digits.charAt(0) === '1') digits = digits.slice(1);
      if (digits.length !== 10) return { value: value, error: value ? 'Enter a 10-digit phone number' : '' };
      return { value: '(' + digits.slice(0, 3) + ') ' + digits.slice(3, 6) + '-' + digits.slice(6) };
    },
    money: function (value) {
      var plain = value.replace(/[$,\s]/g, '').replace(/\.00$/, '');
      if (!plain) return { value: '' };
      if (!/^\d+$/.test(plain)) return { value: value, error: 'Numbers only, please' };
      return { value: Number(plain).toLocaleString('en-US') };
    },
    date: function (value) {
      var v = value.trim(), m;
      if (!v) return { value: '' };
      if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v))) return { value: pad(m[2]) + '/' + pad(m[3]) + '/' + m[1] };
      if ((m = /^(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4})$/.exec(v))) return { value: pad(m[1]) + '/' + pad(m[2]) + '/' + m[3] };
      return { value: v, error: 'Use MM/DD/YYYY' };
    },
  };
  function pad(n) { return ('0' + n).slice(-2); }

  /* ---- the region box ---- */
  function regionControl(f, country) {
    var list = country === 'United States' ? US_STATES : country === 'Canada' ? CA_PROVINCES : null;
    var control;
    if (list) {
      control = el('select', { id: 'fld-' + f.key, name: fieldName(f) });
      options(control, list, country === 'Canada' ? 'Select a province' : 'Select a state');
    } else {
      control = el('input', { id: 'fld-' + f.key, name: fieldName(f), type: 'text', autocomplete: 'address-level1' });
    }
    return control;
  }
  function swapRegion(country) {
    var row = form.querySelector('.fld[data-key="region"]');
    if (!row) return;
    var f = posting.fields.filter(function (x) { return x.key === 'region'; })[0];
    var old = row.querySelector('input, select');
    var next = regionControl(f, country);
    old.replaceWith(next);
    row.querySelector('.fld-label').firstChild.textContent =
      country === 'United States' ? 'State' : country === 'Canada' ? 'Province' : 'State / Province / Region';
    answers.region = '';
    wire(next, f, row);
  }

  /* ---- rows ---- */
  function buildRow(f) {
    var row;
    if (f.type === 'radio') {
      row = el('fieldset', { className: 'fld fld-radio', 'data-key': f.key });
      var legend = el('legend', { className: 'fld-label', text: f.label });
      if (f.required) legend.appendChild(el('span', { className: 'req', 'aria-hidden': 'true', text: ' *' }));
      row.appendChild(legend);
      var group = el('div', { className: 'choices' });
      f.options.forEach(function (o, i) {
        var input = el('input', { type: 'radio', name: fieldName(f), id: 'fld-' + f.key + '-' + i, value: o });
        input.addEventListener('change', function () { answers[f.key] = o; setError(row, ''); refreshConditions(); });
        group.appendChild(el('label', { className: 'choice', 'for': 'fld-' + f.key + '-' + i }, [input, document.createTextNode(' ' + o)]));
      });
      row.appendChild(group);
      return row;
    }
    if (f.type === 'checkbox') {
      row = el('div', { className: 'fld fld-check', 'data-key': f.key });
      var box = el('input', { type: 'checkbox', id: 'fld-' + f.key, name: fieldName(f), value: '1' });
      box.addEventListener('change', function () { answers[f.key] = box.checked; setError(row, ''); });
      row.appendChild(el('label', { 'for': 'fld-' + f.key, className: 'fld-label' }, [box, document.createTextNode(' ' + f.label)]));
      return row;
    }
    row = el('div', { className: 'fld', 'data-key': f.key });
    row.appendChild(labelFor(f, f.key === 'region' ? 'State / Province / Region' : null));
    var control;
    if (f.type === 'select' || f.type === 'country') {
      control = el('select', { id: 'fld-' + f.key, name: fieldName(f) });
      options(control, f.type === 'country' ? COUNTRIES : f.options, f.placeholder);
    } else if (f.type === 'region') {
      control = regionControl(f, '');
    } else if (f.type === 'textarea') {
      control = el('textarea', { id: 'fld-' + f.key, name: fieldName(f), rows: '6' });
    } else if (f.type === 'file') {
      control = el('input', { id: 'fld-' + f.key, name: fieldName(f), type: 'file', accept: '.pdf,.doc,.docx' });
    } else {
      control = el('input', { id: 'fld-' + f.key, name: fieldName(f), type: f.type === 'money' || f.type === 'date' || f.type === 'phone' ? 'text' : f.type || 'text' });
      if (f.type === 'phone') control.type = 'tel';
      if (f.placeholder) control.placeholder = f.placeholder;
      if (f.autocomplete) control.autocomplete = f.autocomplete;
    }
    if (f.type === 'money') {
      var wrap = el('div', { className: 'addon-wrap' }, [el('span', { className: 'addon', text: '$' })]);
      wrap.appendChild(control);
      row.appendChild(wrap);
    } else {
      row.appendChild(control);
    }
    if (f.hint) {
      var hint = el('div', { className: 'fld-hint', id: 'fld-' + f.key + '-hint', text: f.hint });
      control.setAttribute('aria-describedby', hint.id);
      row.appendChild(hint);
    }
    wire(control, f, row);
    return row;
  }

  function wire(control, f, row) {
    var update = function () {
      answers[f.key] = control.type === 'file' ? (control.files[0] ? control.files[0].name : '') : control.value;
      if (f.type === 'country' && control.value !== lastCountry) { lastCountry = control.value; swapRegion(control.value); }
      if (control.localName === 'select' || control.type === 'file') setError(row, '');
      refreshConditions();
    };
    control.addEventListener('input', update);
    control.addEventListener('change', update);
    control.addEventListener('blur', function () {
      var value = control.value, error = '';
      if (reformat[f.type] && control.localName === 'input') {
        var out = reformat[f.type](value);
        if (out.value !== value) control.value = out.value;
        error = out.error || '';
        answers[f.key] = control.value;
      }
      if (!error && f.required && !String(control.value).trim()) error = 'This field is required';
      if (!error && f.type === 'email' && control.value && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(control.value)) error = 'Enter a valid email address';
      setError(row, error);
    });
  }

  function isOn(cond) { return cond && answers[cond.key] === cond.value; }
  function refreshConditions() {
    posting.fields.forEach(function (f) {
      if (f.showIf) {
        var row = form.querySelector('.fld[data-key="' + f.key + '"]');
        row.hidden = !isOn(f.showIf);
      }
      if (f.mountIf) {
        var existing = form.querySelector('.fld[data-key="' + f.key + '"]');
        if (isOn(f.mountIf) && !existing) {
          var anchor = form.querySelector('.fld[data-key="' + f.mountIf.key + '"]');
          anchor.after(buildRow(f));
        } else if (!isOn(f.mountIf) && existing) {
          existing.remove();
          delete answers[f.key];
        }
      }
    });
  }

  function render() {
    form = el('form', { id: 'apply-form', novalidate: 'novalidate', action: '/apply', method: 'post' });
    posting.sections.forEach(function (section) {
      var box = el('section', { className: 'apply-section' }, [el('h3', { text: section.title })]);
      if (section.intro) box.appendChild(el('p', { className: 'section-intro', text: section.intro }));
      posting.fields.forEach(function (f) {
        if (f.section !== section.id || f.mountIf) return;
        var row = buildRow(f);
        if (f.showIf) row.hidden = true;
        box.appendChild(row);
      });
      form.appendChild(box);
    });
    form.appendChild(el('button', { type: 'submit', id: 'apply-submit', className: 'btn', text: 'Submit application' }));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var firstBad = null;
      posting.fields.forEach(function (f) {
        var row = form.querySelector('.fld[data-key="' + f.key + '"]');
        if (!row || row.hidden || !f.required) return;
        var value = answers[f.key];
        var empty = value === undefined || value === '' || value === false;
        setError(row, empty ? 'This field is required' : '');
        if (empty && !firstBad) firstBad = row;
      });
      if (firstBad) { firstBad.scrollIntoView({ block: 'center' }); return; }
      form.hidden = true;
      slot.appendChild(el('div', { id: 'apply-done', className: 'done', role: 'status', text: 'Thanks, ' + (answers.first_name || '') + '! Your application was sent to the ' + posting.company + ' recruiting team.' }));
    });
    slot.innerHTML = '';
    slot.appendChild(form);
  }

  // The board's API answers the schema request after a moment.
  setTimeout(render, 1200);
})();
