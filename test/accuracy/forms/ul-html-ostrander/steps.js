// Ostrander Water & Power online application: one server-rendered <form> split into five panels.
// "Continue" checks the open panel's required fields (the browser's own messages) before showing
// the next; "Back" keeps the values. Follow-up rows open under the answer that asks for them.
// The last panel repeats the answers read-only before the signature and Submit.
(function () {
  var form = document.getElementById('os-form');
  var panels = Array.prototype.slice.call(form.querySelectorAll('.os-panel'));
  var crumbs = Array.prototype.slice.call(document.querySelectorAll('.os-crumbs li'));
  var at = 0;
  function show(i) {
    panels.forEach(function (p, j) { p.hidden = j !== i; });
    crumbs.forEach(function (c, j) { c.className = j === i ? 'is-on' : j < i ? 'is-done' : ''; });
    at = i;
    if (i === panels.length - 1) review();
    window.scrollTo(0, form.offsetTop - 20);
  }
  function valid(panel) {
    var fields = panel.querySelectorAll('input, select, textarea');
    for (var k = 0; k < fields.length; k++) {
      if (!fields[k].closest('[hidden]') && !fields[k].checkValidity()) { fields[k].reportValidity(); return false; }
    }
    return true;
  }
  form.querySelectorAll('.os-next').forEach(function (b) {
    b.addEventListener('click', function () { if (valid(panels[at])) show(at + 1); });
  });
  form.querySelectorAll('.os-back').forEach(function (b) {
    b.addEventListener('click', function () { show(at - 1); });
  });
  // Follow-ups: a row with data-when="name=value" shows while that radio is checked.
  var rows = Array.prototype.slice.call(form.querySelectorAll('[data-when]'));
  function follow() {
    rows.forEach(function (row) {
      var w = row.getAttribute('data-when').split('=');
      var on = form.querySelector('input[name="' + w[0] + '"][value="' + w[1] + '"]');
      row.hidden = !(on && on.checked);
    });
  }
  form.addEventListener('change', follow);
  follow();
  // Upload buttons open their hidden inputs.
  form.querySelectorAll('[data-file]').forEach(function (b) {
    var input = document.getElementById(b.getAttribute('data-file'));
    var out = document.getElementById(b.getAttribute('data-file') + '-chosen');
    b.addEventListener('click', function () { input.click(); });
    input.addEventListener('change', function () {
      out.textContent = input.files.length ? Array.prototype.map.call(input.files, function (f) { return f.name; }).join(', ') : 'No file selected';
    });
  });
  function review() {
    var out = document.getElementById('os-review');
    var items = form.querySelectorAll('[data-review]');
    var html = '';
    items.forEach(function (el) {
      var v;
      if (el.type === 'radio') { if (!el.checked) return; v = el.parentNode.textContent.trim(); }
      else if (el.type === 'file') v = el.files.length ? el.files[0].name : '';
      else if (el.tagName === 'SELECT') v = el.value ? el.options[el.selectedIndex].text : '';
      else v = el.value;
      html += '<div class="os-rv"><dt>' + el.getAttribute('data-review') + '</dt><dd>' + (v ? v.replace(/</g, '&lt;') : '<em>—</em>') + '</dd></div>';
    });
    out.innerHTML = html;
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (!valid(panels[at])) return;
    form.hidden = true;
    document.querySelector('.os-crumbs').hidden = true;
    document.getElementById('os-thanks').hidden = false;
  });
  show(0);
})();
