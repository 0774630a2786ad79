/*
 * Harrowmere talent portal, candidate profile step (every posting loads this file).
 * - Country → state/province → city: each list is "fetched" (after a short delay, with a Loading…
 *   option) once the one before it changes; the next lists are emptied and disabled meanwhile.
 * - .lookup: remote-search autocompletes (employer, school): 300 ms debounce after typing, a
 *   "Searching…" row while the directory answers, then results; only a picked result counts (the
 *   page keeps its id); leaving the box without a pick shows "Choose from the list".
 * - .chips: multi-select chips (buttons with aria-pressed) writing a comma list into a hidden input.
 * - button[role=switch]: toggles aria-checked and a hidden input.
 * The page's script state is rendered into <pre id="model">.
 */
(function () {
  var form = document.getElementById('apply');
  var model = document.getElementById('model');
  var DATA = window.HM_DIRECTORY;

  function renderModel() {
    var state = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'submit' || el.type === 'button') return;
      var path = el.name.split('.');
      var bucket = state;
      path.slice(0, -1).forEach(function (part) { bucket = bucket[part] = bucket[part] || {}; });
      var key = path[path.length - 1];
      if (el.type === 'file') bucket[key] = el.files && el.files[0] ? el.files[0].name : '';
      else if (el.type === 'radio') { if (el.checked || !(key in bucket)) bucket[key] = el.checked ? el.value : ''; }
      else if (el.type === 'checkbox') bucket[key] = el.checked;
      else bucket[key] = el.value;
    });
    model.textContent = JSON.stringify(state, null, 2);
  }

  function later(ms, fn) { return window.setTimeout(fn, ms); }

  // --- cascading location selects ---------------------------------------------------------------
  var country = document.getElementById('loc_country');
  var region = document.getElementById('loc_region');
  var city = document.getElementById('loc_city');
  function fill(select, items, prompt) {
    select.innerHTML = '';
    var first = document.createElement('option');
    first.value = '';
    first.textContent = prompt;
    select.appendChild(first);
    items.forEach(function (item) {
      var option = document.createElement('option');
      option.value = item[0];
      option.textContent = item[1];
      select.appendChild(option);
    });
    select.disabled = items.length === 0;
  }
  function loading(select) {
    select.innerHTML = '<option value="">Loading…</option>';
    select.disabled = true;
  }
  country.addEventListener('change', function () {
    var code = country.value;
    fill(city, [], 'Select a state first');
    if (!code) { fill(region, [], 'Select a country first'); renderModel(); return; }
    loading(region);
    renderModel();
    later(350, function () {
      if (country.value !== code) return;
      fill(region, DATA.regions[code] || [], 'Select…');
      renderModel();
    });
  });
  region.addEventListener('change', function () {
    var code = country.value + '-' + region.value;
    if (!region.value) { fill(city, [], 'Select a state first'); renderModel(); return; }
    loading(city);
    renderModel();
    later(350, function () {
      if (country.value + '-' + region.value !== code) return;
      var names = (DATA.cities[code] || []).map(function (name) { return [name, name]; });
      fill(city, names.concat([['__other', 'My city is not listed']]), 'Select…');
      renderModel();
    });
  });

  // --- remote-search lookups --------------------------------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll('.lookup'), function (box) {
    var input = box.querySelector('input[role=combobox]');
    var idField = box.querySelector('input[type=hidden].lookup-id');
    var nameField = box.querySelector('input[type=hidden].lookup-name');
    var list = box.querySelector('[role=listbox]');
    var status = box.querySelector('.lookup-status');
    var error = box.querySelector('.lookup-error');
    var source = DATA[box.dataset.source];
    var timer = 0;
    var ticket = 0;
    var results = [];
    var active = -1;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }
    function show(rows) {
      list.innerHTML = '';
      results = rows;
      rows.forEach(function (row, index) {
        var option = document.createElement('li');
        option.setAttribute('role', 'option');
        option.id = input.id + '-r' + index;
        option.dataset.index = String(index);
        option.className = index === active ? 'active' : '';
        option.textContent = row[1];
        list.appendChild(option);
      });
      if (!rows.length) {
        var none = document.createElement('li');
        none.className = 'none';
        none.textContent = 'No results for “' + input.value.trim() + '”';
        list.appendChild(none);
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    function choose(row) {
      idField.value = row[0];
      nameField.value = row[1];
      input.value = row[1];
      error.hidden = true;
      close();
      renderModel();
    }
    input.addEventListener('input', function () {
      idField.value = '';
      nameField.value = '';
      window.clearTimeout(timer);
      var q = input.value.trim().toLowerCase();
      renderModel();
      if (q.length < 2) { close(); status.textContent = ''; return; }
      timer = later(300, function () {
        var mine = ++ticket;
        status.textContent = 'Searching…';
        list.innerHTML = '<li class="loading" aria-disabled="true">Searching…</li>';
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        later(450, function () {
          if (mine !== ticket) return;
          var words = q.split(/[\s,]+/).filter(Boolean);
          var rows = source.filter(function (row) {
            var name = row[1].toLowerCase();
            return words.every(function (word) { return name.indexOf(word) !== -1; });
          }).slice(0, 8);
          active = -1;
          status.textContent = rows.length + ' results';
          show(rows);
        });
      });
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden || !results.length) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        active = Math.max(0, Math.min(results.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
        show(results);
        input.setAttribute('aria-activedescendant', input.id + '-r' + active);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(results[active]);
      } else if (event.key === 'Escape') close();
    });
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    list.addEventListener('click', function (event) {
      var option = event.target.closest('[role=option]');
      if (option) choose(results[Number(option.dataset.index)]);
    });
    input.addEventListener('blur', function () {
      window.clearTimeout(timer);
      ticket++;
      close();
      error.hidden = !(input.value.trim() && !idField.value);
    });
  });

  // --- chips and switches ----------------------------------------------------------------------
  Array.prototype.forEach.call(document.querySelectorAll('.chips'), function (group) {
    var hidden = group.querySelector('input[type=hidden]');
    group.addEventListener('click', function (event) {
      var chip = event.target.closest('button.chip');
      if (!chip) return;
      chip.setAttribute('aria-pressed', chip.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      hidden.value = Array.prototype.filter
        .call(group.querySelectorAll('button.chip'), function (c) { return c.getAttribute('aria-pressed') === 'true'; })
        .map(function (c) { return c.dataset.value; })
        .join(',');
      renderModel();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('button[role=switch]'), function (button) {
    var hidden = document.getElementById(button.dataset.input);
    button.addEventListener('click', function () {
      var on = button.getAttribute('aria-checked') !== 'true';
      button.setAttribute('aria-checked', on ? 'true' : 'false');
      hidden.value = on ? 'yes' : 'no';
      renderModel();
    });
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
