/* Workable-style apply page behaviour: drop-zone file names, required-field check, submit in place. */
(function () {
  var form = document.getElementById('wk-apply');
  form.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type === 'file') {
      var name = input.closest('.dropzone').querySelector('.file-name');
      name.textContent = input.files.length ? input.files[0].name : '';
    }
    if (input.getAttribute('role') === 'switch') input.setAttribute('aria-checked', input.checked ? 'true' : 'false');
  });
  Array.prototype.forEach.call(form.querySelectorAll('[role=switch]'), function (s) { s.setAttribute('aria-checked', 'false'); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var missing = Array.prototype.filter.call(form.querySelectorAll('[required]'), function (el) {
      if (el.type === 'checkbox') return !el.checked;
      if (el.type === 'file') return !el.files.length;
      return !el.value.trim();
    });
    missing.forEach(function (el) { el.setAttribute('aria-invalid', 'true'); });
    if (missing.length) return;
    document.getElementById('wk-main').hidden = true;
    document.getElementById('wk-done').hidden = false;
  });
})();
