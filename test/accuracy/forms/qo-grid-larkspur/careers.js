/*
 * Larkspur careers site: the behaviour of its questionnaire pages (every posting loads this file).
 * - .vcombo: a country combobox over a virtualized list (only the rows in view are in the DOM);
 *   typing filters, a click picks; leaving it with text that names no country puts back the last pick.
 * - .switch: a checkbox shown as a toggle whose caption reads Yes / No.
 * - .seg: Yes / No as two pressed-state buttons writing a hidden input.
 * - range inputs echo their value into the <output> beside them.
 * - "Other" checkboxes enable their text box.
 * The page's script state is rendered into <pre id="model">.
 */
(function () {
  var form = document.getElementById('apply');
  var model = document.getElementById('model');

  function renderModel() {
    var state = { answers: {}, candidate: {} };
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      var m = /^(answers|candidate)\[([^\]]+)\](?:\[([^\]]+)\])?(\[\])?$/.exec(el.name);
      if (!m) return;
      var bucket = state[m[1]];
      var value;
      if (el.type === 'file') value = el.files && el.files[0] ? el.files[0].name : '';
      else if (el.type === 'checkbox') {
        if (m[4]) {
          var key = m[2];
          bucket[key] = bucket[key] || [];
          if (el.checked) bucket[key].push(el.value);
          return;
        }
        value = el.checked;
      } else if (el.type === 'radio') {
        if (!el.checked) {
          if (m[3]) { bucket[m[2]] = bucket[m[2]] || {}; if (!(m[3] in bucket[m[2]])) bucket[m[2]][m[3]] = ''; }
          else if (!(m[2] in bucket)) bucket[m[2]] = '';
          return;
        }
        value = el.value;
      } else value = el.value;
      if (m[3]) { bucket[m[2]] = bucket[m[2]] || {}; bucket[m[2]][m[3]] = value; }
      else bucket[m[2]] = value;
    });
    model.textContent = JSON.stringify(state, null, 2);
  }

  // --- virtualized country combobox -------------------------------------------------------------
  var ROW = 32;
  var VISIBLE = 8;
  Array.prototype.forEach.call(document.querySelectorAll('.vcombo'), function (box) {
    var input = box.querySelector('input[role=combobox]');
    var hidden = box.querySelector('input[type=hidden]');
    var list = box.querySelector('[role=listbox]');
    var spacer = list.querySelector('.vspacer');
    var all = window.LK_COUNTRIES;
    var shown = all;
    var active = -1;
    var picked = '';

    function paint() {
      Array.prototype.forEach.call(list.querySelectorAll('[role=option]'), function (row) { row.remove(); });
      spacer.style.height = shown.length * ROW + 'px';
      var first = Math.max(0, Math.floor(list.scrollTop / ROW) - 2);
      var last = Math.min(shown.length, first + VISIBLE + 4);
      for (var i = first; i < last; i++) {
        var row = document.createElement('div');
        row.setAttribute('role', 'option');
        row.id = input.id + '-opt-' + shown[i][0];
        row.className = 'vrow' + (i === active ? ' active' : '') + (shown[i][0] === hidden.value ? ' sel' : '');
        row.setAttribute('aria-selected', shown[i][0] === hidden.value ? 'true' : 'false');
        row.style.top = i * ROW + 'px';
        row.textContent = shown[i][1];
        row.dataset.index = String(i);
        list.appendChild(row);
      }
      if (!shown.length) {
        var none = document.createElement('div');
        none.setAttribute('role', 'option');
        none.setAttribute('aria-disabled', 'true');
        none.className = 'vrow none';
        none.textContent = 'No matches';
        list.appendChild(none);
      }
    }
    function open() {
      if (!list.hidden) return;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      paint();
    }
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function choose(entry) {
      hidden.value = entry ? entry[0] : '';
      picked = entry ? entry[1] : '';
      input.value = picked;
      shown = all;
      close();
      renderModel();
    }
    input.addEventListener('focus', open);
    input.addEventListener('click', open);
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      shown = all.filter(function (entry) { return entry[1].toLowerCase().indexOf(q) !== -1; });
      active = shown.length ? 0 : -1;
      list.scrollTop = 0;
      open();
      paint();
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        open();
        active = Math.max(0, Math.min(shown.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
        if (active * ROW < list.scrollTop) list.scrollTop = active * ROW;
        if ((active + 1) * ROW > list.scrollTop + VISIBLE * ROW) list.scrollTop = (active + 1) * ROW - VISIBLE * ROW;
        paint();
        if (shown[active]) input.setAttribute('aria-activedescendant', input.id + '-opt-' + shown[active][0]);
      } else if (event.key === 'Enter') {
        if (!list.hidden && shown[active]) { event.preventDefault(); choose(shown[active]); }
      } else if (event.key === 'Escape') {
        input.value = picked;
        close();
      }
    });
    list.addEventListener('scroll', paint);
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    list.addEventListener('click', function (event) {
      var row = event.target.closest('[role=option]');
      if (row && row.dataset.index) choose(shown[Number(row.dataset.index)]);
    });
    input.addEventListener('blur', function () {
      var typed = input.value.trim().toLowerCase();
      var exact = all.find(function (entry) { return entry[1].toLowerCase() === typed; });
      if (typed && exact) choose(exact);
      else { input.value = picked; shown = all; close(); }
    });
  });

  // --- toggles, segmented buttons, sliders, "Other" boxes --------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll('.switch input'), function (box) {
    var caption = box.parentNode.querySelector('.switch-state');
    function sync() { caption.textContent = box.checked ? 'Yes' : 'No'; }
    box.addEventListener('change', sync);
    sync();
  });
  Array.prototype.forEach.call(document.querySelectorAll('.seg'), function (group) {
    var hidden = group.querySelector('input[type=hidden]');
    group.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-value]');
      if (!button) return;
      hidden.value = button.dataset.value;
      Array.prototype.forEach.call(group.querySelectorAll('button[data-value]'), function (b) {
        b.setAttribute('aria-pressed', b === button ? 'true' : 'false');
      });
      renderModel();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('input[type=range]'), function (range) {
    var out = document.querySelector('output[for="' + range.id + '"]');
    function sync() {
      var max = Number(range.max);
      out.textContent = Number(range.value) >= max ? max + '+ years' : range.value + (range.value === '1' ? ' year' : ' years');
    }
    range.addEventListener('input', sync);
    range.addEventListener('change', sync);
    sync();
  });
  Array.prototype.forEach.call(document.querySelectorAll('.other-choice'), function (row) {
    var box = row.querySelector('input[type=checkbox]');
    var text = row.querySelector('input[type=text]');
    function sync() { text.disabled = !box.checked; }
    box.addEventListener('change', sync);
    sync();
  });

  form.addEventListener('input', renderModel);
  form.addEventListener('change', renderModel);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    renderModel();
    form.hidden = true;
    document.getElementById('application-sent').hidden = false;
  });
  renderModel();
})();
