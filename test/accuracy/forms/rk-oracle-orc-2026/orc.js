/*
 * Oracle Recruiting Cloud candidate apply flow (2026 look): three sections swapped in place behind
 * "Next", cx-select comboboxes (type to filter, list under the input), Yes/No pill buttons,
 * phone number formatted on blur, ZIP lookup that fills the read-only City / State / County, and an
 * e-signature. Markup lives in index.html. State in <pre id="model">.
 */
(function () {
  'use strict';
  var model = {};
  var pre = document.getElementById('model');
  function render() { pre.textContent = JSON.stringify(model, null, 2); }
  function set(k, v) { model[k] = v; render(); }

  document.querySelectorAll('input[data-model]:not([role=combobox]), textarea[data-model]').forEach(function (el) {
    var k = el.getAttribute('data-model');
    if (el.type === 'checkbox') { model[k] = el.checked; el.addEventListener('change', function () { set(k, el.checked); }); return; }
    if (el.type === 'file') {
      model[k] = '';
      el.addEventListener('change', function () {
        var n = el.files[0] ? el.files[0].name : '';
        set(k, n);
        var chip = document.querySelector('[data-file-chip="' + el.id + '"]');
        if (chip) chip.textContent = n ? n + ' \u2713' : '';
      });
      return;
    }
    model[k] = el.value;
    el.addEventListener('input', function () { set(k, el.value); });
    el.addEventListener('change', function () { set(k, el.value); });
  });

  // phone number: US numbers shown as (415) 555-0134 on blur
  document.querySelectorAll('input[data-phone-format]').forEach(function (el) {
    el.addEventListener('blur', function () {
      var d = el.value.replace(/\D/g, '');
      if (d.length === 11 && d[0] === '1') d = d.slice(1);
      if (d.length === 10) { el.value = '(' + d.slice(0, 3) + ') ' + d.slice(3, 6) + '-' + d.slice(6); set(el.getAttribute('data-model'), el.value); }
    });
  });

  // ZIP lookup: five digits fill the read-only geography after a short wait
  var ZIPS = { '94110': ['San Francisco', 'California', 'San Francisco'], '94080': ['South San Francisco', 'California', 'San Mateo'], '06103': ['Hartford', 'Connecticut', 'Hartford'], '43215': ['Columbus', 'Ohio', 'Franklin'] };
  document.querySelectorAll('input[data-zip-lookup]').forEach(function (el) {
    var t = null;
    el.addEventListener('input', function () {
      clearTimeout(t);
      t = setTimeout(function () {
        var hit = ZIPS[el.value.trim().slice(0, 5)] || ['', '', ''];
        ['city', 'state', 'county'].forEach(function (k, i) {
          var out = document.querySelector('[data-geo="' + k + '"]');
          out.value = hit[i]; set(out.getAttribute('data-model'), hit[i]);
        });
        var msg = document.getElementById(el.getAttribute('aria-describedby'));
        if (msg) msg.textContent = el.value.trim().length >= 5 && !hit[0] ? 'Enter a valid ZIP code.' : '';
      }, 400);
    });
  });

  // cx-select comboboxes
  var openList = null;
  function closeList() { if (openList) { openList.list.hidden = true; openList.input.setAttribute('aria-expanded', 'false'); openList = null; } }
  document.addEventListener('mousedown', function (e) { if (openList && !openList.wrap.contains(e.target)) { var o = openList; closeList(); o.input.value = model[o.key] || ''; } });
  document.querySelectorAll('input[role=combobox][data-options]').forEach(function (input) {
    var key = input.getAttribute('data-model');
    var options = JSON.parse(input.getAttribute('data-options'));
    var wrap = input.closest('.cx-select');
    var list = wrap.querySelector('[role=listbox]');
    model[key] = input.getAttribute('data-value') || '';
    input.value = model[key];
    function draw(filter) {
      var q = (filter || '').toLowerCase();
      list.innerHTML = '';
      options.filter(function (o) { return !q || o.toLowerCase().indexOf(q) >= 0; }).forEach(function (o, i) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.id = input.id + '-option-' + i;
        li.className = 'cx-select__list-item';
        li.setAttribute('aria-selected', String(o === model[key]));
        li.textContent = o;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); });
        li.addEventListener('click', function () { set(key, o); input.value = o; closeList(); input.dispatchEvent(new Event('change', { bubbles: true })); });
        list.appendChild(li);
      });
      if (!list.children.length) list.innerHTML = '<li class="cx-select__empty">No results found</li>';
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      openList = { input: input, list: list, wrap: wrap, key: key };
    }
    input.addEventListener('click', function () { draw(''); });
    input.addEventListener('input', function () { draw(input.value); if (!input.value) set(key, ''); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); var first = list.querySelector('[role=option]'); if (first && !list.hidden) first.click(); }
      if (e.key === 'Escape') closeList();
    });
    input.addEventListener('blur', function () {
      setTimeout(function () { if (openList && openList.input === input) return; if (input.value !== model[key]) input.value = model[key]; }, 150);
    });
  });

  // Yes / No pills
  document.querySelectorAll('[data-pill-group]').forEach(function (group) {
    var key = group.getAttribute('data-pill-group');
    model[key] = '';
    group.querySelectorAll('button').forEach(function (b) {
      b.addEventListener('click', function () {
        group.querySelectorAll('button').forEach(function (o) { o.setAttribute('aria-pressed', String(o === b)); o.classList.toggle('cx-select-pill--selected', o === b); });
        set(key, b.textContent.trim());
      });
    });
  });

  // sections
  var sections = Array.prototype.slice.call(document.querySelectorAll('.apply-flow-block'));
  var cur = 0;
  var next = document.getElementById('orc-next'), back = document.getElementById('orc-back'), submit = document.getElementById('orc-submit');
  function show(i) {
    sections.forEach(function (s, j) { s.hidden = j !== i; });
    document.querySelectorAll('.apply-flow-pagination__step').forEach(function (s, j) { s.classList.toggle('is-active', j === i); s.setAttribute('aria-current', j === i ? 'step' : 'false'); });
    cur = i; back.hidden = i === 0; next.hidden = i === sections.length - 1; submit.hidden = i !== sections.length - 1;
    window.scrollTo(0, 0);
  }
  function valid() {
    closeList();
    var bad = [];
    sections[cur].querySelectorAll('[data-required]').forEach(function (el) {
      var k = el.getAttribute('data-model') || el.getAttribute('data-pill-group');
      var v = model[k];
      var row = el.closest('.input-row');
      var empty = v === '' || v === false || v === undefined;
      if (row) row.classList.toggle('input-row--invalid', empty);
      if (empty) bad.push(el.getAttribute('data-required'));
    });
    var note = document.getElementById('orc-validation');
    note.hidden = !bad.length;
    note.textContent = bad.length ? 'Please complete the required fields: ' + bad.join(', ') + '.' : '';
    return !bad.length;
  }
  next.addEventListener('click', function () { if (valid()) show(cur + 1); });
  back.addEventListener('click', function () { show(cur - 1); });
  submit.addEventListener('click', function () { if (!valid()) return; document.getElementById('orc-flow').hidden = true; document.getElementById('orc-done').hidden = false; });
  var today = new Date();
  document.querySelectorAll('[data-today]').forEach(function (el) { el.value = (today.getMonth() + 1 + '').padStart(2, '0') + '/' + (today.getDate() + '').padStart(2, '0') + '/' + today.getFullYear(); });
  show(0);
  render();
})();
