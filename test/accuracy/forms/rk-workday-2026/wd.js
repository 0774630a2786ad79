/*
 * Candidate-experience apply flow (2026 layout) for a Workday-hosted career site: steps rendered
 * in place, button listboxes in a popup layer, prompt search boxes with chips, MM/DD/YYYY date
 * sections, numeric inputs formatted on blur. Markup is in index.html; this file wires it up.
 * State is mirrored into <pre id="model">.
 */
(function () {
  'use strict';
  var model = {};
  var pre = document.getElementById('model');
  function render() { pre.textContent = JSON.stringify(model, null, 2); }
  function set(key, value) { model[key] = value; render(); }

  // ---------- plain inputs ----------
  document.querySelectorAll('input[data-model], textarea[data-model], select[data-model]').forEach(function (el) {
    var key = el.getAttribute('data-model');
    if (el.type === 'checkbox') {
      model[key] = el.checked;
      el.addEventListener('change', function () { set(key, el.checked); });
    } else if (el.type === 'radio') {
      if (!(key in model)) model[key] = '';
      el.addEventListener('change', function () { if (el.checked) set(key, el.value); });
    } else if (el.type === 'file') {
      model[key] = [];
      el.addEventListener('change', function () {
        var names = Array.prototype.map.call(el.files, function (f) { return f.name; });
        set(key, names);
        var list = document.querySelector('[data-files-for="' + el.id + '"]');
        if (list) list.innerHTML = names.map(function (n) { return '<div data-automation-id="file-upload-item"><span data-automation-id="file-upload-item-name">' + n + '</span> <span class="wd-ok">Successfully Uploaded!</span></div>'; }).join('');
      });
    } else {
      model[key] = el.value;
      el.addEventListener('input', function () { set(key, el.value); });
      el.addEventListener('change', function () { set(key, el.value); });
    }
  });

  // numeric inputs: "150000" becomes "150,000" on blur
  document.querySelectorAll('input[data-automation-id="numericInput"]').forEach(function (el) {
    el.addEventListener('blur', function () {
      var digits = el.value.replace(/[^0-9.]/g, '');
      if (!digits) return;
      var n = Math.round(parseFloat(digits));
      if (isNaN(n)) return;
      el.value = n.toLocaleString('en-US');
      set(el.getAttribute('data-model'), el.value);
    });
  });

  // date sections: pad month / day to two digits on blur
  document.querySelectorAll('input[data-automation-id^="dateSection"]').forEach(function (el) {
    el.addEventListener('input', function () { el.value = el.value.replace(/[^0-9]/g, '').slice(0, el.getAttribute('data-automation-id').indexOf('Year') >= 0 ? 4 : 2); });
    el.addEventListener('blur', function () {
      if (el.getAttribute('data-automation-id').indexOf('Year') < 0 && el.value.length === 1) el.value = '0' + el.value;
      el.setAttribute('aria-valuetext', el.value);
      var key = el.getAttribute('data-model');
      if (key) set(key, el.value);
    });
  });

  // ---------- popup layer ----------
  var layer = document.createElement('div');
  layer.setAttribute('data-automation-id', 'popUpLayer');
  document.body.appendChild(layer);
  var openFor = null;
  function closePopup() { layer.innerHTML = ''; if (openFor) openFor.setAttribute('aria-expanded', 'false'); openFor = null; }
  document.addEventListener('mousedown', function (e) {
    if (!openFor) return;
    if (layer.contains(e.target) || openFor.contains(e.target) || (openFor.closest('[data-automation-id="multiSelectContainer"]') || openFor).contains(e.target)) return;
    closePopup();
  });
  function place(anchor, list) {
    var r = anchor.getBoundingClientRect();
    list.style.position = 'absolute';
    list.style.left = (r.left + window.scrollX) + 'px';
    list.style.top = (r.bottom + window.scrollY + 2) + 'px';
    list.style.minWidth = r.width + 'px';
  }

  // ---------- button listboxes ----------
  document.querySelectorAll('button[aria-haspopup="listbox"]').forEach(function (btn) {
    var key = btn.getAttribute('data-model');
    var options = JSON.parse(btn.getAttribute('data-options'));
    var initial = btn.getAttribute('data-value') || '';
    model[key] = initial;
    btn.textContent = initial || 'Select One';
    btn.addEventListener('click', function () {
      if (openFor === btn) { closePopup(); return; }
      closePopup();
      var opts = options;
      var dep = btn.getAttribute('data-options-by');
      if (dep) { var map = JSON.parse(btn.getAttribute('data-options-map')); opts = map[model[dep]] || []; }
      var ul = document.createElement('ul');
      ul.setAttribute('role', 'listbox');
      ul.setAttribute('data-automation-id', 'activeListContainer');
      ul.className = 'wd-list';
      ['Select One'].concat(opts).forEach(function (text) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.setAttribute('data-automation-id', 'promptOption');
        li.setAttribute('aria-selected', String(text === model[key]));
        li.innerHTML = '<div>' + text + '</div>';
        li.addEventListener('click', function () {
          var v = text === 'Select One' ? '' : text;
          var changed = v !== model[key];
          set(key, v);
          btn.textContent = v || 'Select One';
          closePopup();
          btn.focus();
          if (changed) document.querySelectorAll('[data-options-by="' + key + '"]').forEach(function (d) {
            set(d.getAttribute('data-model'), ''); d.textContent = 'Select One';
          });
        });
        ul.appendChild(li);
      });
      layer.appendChild(ul);
      place(btn, ul);
      openFor = btn;
      btn.setAttribute('aria-expanded', 'true');
    });
  });

  // ---------- prompt search boxes (chips) ----------
  document.querySelectorAll('[data-automation-id="multiSelectContainer"]').forEach(function (box) {
    var key = box.getAttribute('data-model');
    var single = box.hasAttribute('data-single');
    var options = JSON.parse(box.getAttribute('data-options'));
    var chips = box.querySelector('[data-automation-id="selectedItemList"]');
    var input = box.querySelector('input[data-automation-id="searchBox"]');
    var initial = box.getAttribute('data-value');
    model[key] = initial ? [initial] : [];
    function drawChips() {
      chips.innerHTML = '';
      model[key].forEach(function (text) {
        var li = document.createElement('li');
        li.setAttribute('data-automation-id', 'menuItem');
        li.innerHTML = '<div data-automation-id="promptSelectionLabel"></div><button type="button" class="wd-charm" data-automation-id="DELETE_charm" aria-label="Delete ' + text.replace(/"/g, '') + '"></button>';
        li.firstChild.textContent = text;
        li.lastChild.addEventListener('click', function () { set(key, model[key].filter(function (t) { return t !== text; })); drawChips(); });
        chips.appendChild(li);
      });
    }
    drawChips();
    var timer = null;
    function show() {
      layer.innerHTML = '';
      var q = input.value.trim().toLowerCase();
      var hits = options.filter(function (o) { return !q || o.toLowerCase().indexOf(q) >= 0; }).slice(0, 12);
      var ul = document.createElement('ul');
      ul.setAttribute('role', 'listbox');
      ul.setAttribute('data-automation-id', 'activeListContainer');
      ul.className = 'wd-list';
      if (!hits.length) ul.innerHTML = '<li class="wd-none">No Items.</li>';
      hits.forEach(function (text) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.setAttribute('data-automation-id', 'promptOption');
        li.setAttribute('aria-selected', String(model[key].indexOf(text) >= 0));
        li.innerHTML = '<input type="checkbox" tabindex="-1" aria-hidden="true"' + (model[key].indexOf(text) >= 0 ? ' checked' : '') + '><div data-automation-id="promptLeafNode"></div>';
        li.lastChild.textContent = text;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); });
        li.addEventListener('click', function () {
          clearTimeout(timer);
          if (single) set(key, [text]);
          else if (model[key].indexOf(text) < 0) set(key, model[key].concat([text]));
          drawChips();
          input.value = '';
          closePopup();
        });
        ul.appendChild(li);
      });
      layer.appendChild(ul);
      place(box, ul);
      openFor = input;
    }
    input.addEventListener('focus', show);
    input.addEventListener('blur', function () { clearTimeout(timer); setTimeout(function () { if (openFor === input && document.activeElement !== input) closePopup(); }, 100); });
    input.addEventListener('click', show);
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(show, 250); });
    input.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); clearTimeout(timer); show(); } });
  });

  // ---------- steps ----------
  var pages = Array.prototype.slice.call(document.querySelectorAll('[data-automation-id="applyFlowPage"]'));
  var current = 0;
  var next = document.getElementById('wd-next');
  var back = document.getElementById('wd-back');
  var submit = document.getElementById('wd-submit');
  var errors = document.getElementById('wd-errors');
  function show(i) {
    pages.forEach(function (p, j) { p.hidden = j !== i; });
    document.querySelectorAll('[data-automation-id="progressBarStep"]').forEach(function (s, j) {
      s.setAttribute('aria-current', j === i ? 'step' : 'false');
      s.classList.toggle('done', j < i);
    });
    current = i;
    back.hidden = i === 0;
    next.hidden = i === pages.length - 1;
    submit.hidden = i !== pages.length - 1;
    window.scrollTo(0, 0);
  }
  function missing(page) {
    var out = [];
    page.querySelectorAll('[data-required]').forEach(function (el) {
      var key = el.getAttribute('data-req-key') || el.getAttribute('data-model');
      var v = model[key];
      var empty = v === '' || v === false || v === undefined || (Array.isArray(v) && v.length === 0);
      if (empty) out.push(el.getAttribute('data-required'));
    });
    return out;
  }
  function check() {
    closePopup();
    var m = missing(pages[current]);
    if (m.length) {
      errors.hidden = false;
      errors.innerHTML = '<strong>Errors Found</strong><ul>' + m.map(function (t) { return '<li>' + t + ' — The field ' + t + ' is required and must have a value.</li>'; }).join('') + '</ul>';
      return false;
    }
    errors.hidden = true;
    return true;
  }
  next.addEventListener('click', function () { if (check()) show(current + 1); });
  back.addEventListener('click', function () { show(current - 1); });
  submit.addEventListener('click', function () {
    if (!check()) return;
    document.getElementById('wd-flow').hidden = true;
    document.getElementById('wd-done').hidden = false;
  });
  // the preferred-name box reveals its fields
  document.querySelectorAll('[data-reveals]').forEach(function (cb) {
    var target = document.getElementById(cb.getAttribute('data-reveals'));
    cb.addEventListener('change', function () { target.hidden = !cb.checked; });
  });
  show(0);
  render();
})();
