/* Ashby-style application behaviour written by hand: autofill-from-resume upload (parses nothing
   here), location combobox whose suggestions arrive after a short delay and must be picked,
   resume upload button, and a submit that checks the required fields. */
(function () {
  var PLACES = [
    'New York, New York, United States', 'Brooklyn, New York, United States', 'San Francisco, California, United States',
    'South San Francisco, California, United States', 'San Francisco de Macorís, Duarte, Dominican Republic',
    'San Fernando, California, United States', 'Santa Fe, New Mexico, United States', 'Oakland, California, United States',
    'Seattle, Washington, United States', 'Austin, Texas, United States', 'Toronto, Ontario, Canada', 'London, England, United Kingdom',
  ];
  document.querySelectorAll('[data-location-combobox]').forEach(function (wrap) {
    var input = wrap.querySelector('input[role=combobox]');
    var list = wrap.querySelector('[role=listbox]');
    var hidden = wrap.querySelector('input[type=hidden]');
    var timer = null;
    function close() { list.hidden = true; input.setAttribute('aria-expanded', 'false'); }
    function render(q) {
      list.innerHTML = '';
      var query = q.trim().toLowerCase();
      var hits = query.length < 2 ? [] : PLACES.filter(function (p) { return p.toLowerCase().indexOf(query) >= 0 || p.toLowerCase().split(',')[0].indexOf(query.split(',')[0]) === 0; });
      hits.slice(0, 6).forEach(function (p, i) {
        var o = document.createElement('div');
        o.setAttribute('role', 'option'); o.id = input.id + '-option-' + i; o.className = '_option_1c3ba_12';
        o.textContent = p;
        o.addEventListener('mousedown', function (e) { e.preventDefault(); });
        o.addEventListener('click', function () { input.value = p; hidden.value = JSON.stringify({ name: p }); wrap.classList.remove('_invalid'); close(); });
        list.appendChild(o);
      });
      list.hidden = hits.length === 0;
      input.setAttribute('aria-expanded', String(hits.length > 0));
    }
    input.addEventListener('input', function () {
      hidden.value = '';
      clearTimeout(timer);
      var q = input.value;
      timer = setTimeout(function () { render(q); }, 350);
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  });
  document.querySelectorAll('[data-upload]').forEach(function (box) {
    var input = box.querySelector('input[type=file]');
    box.querySelector('button').addEventListener('click', function () { input.click(); });
    input.addEventListener('change', function () { box.querySelector('._fileName').textContent = input.files[0] ? input.files[0].name : ''; });
  });
  var form = document.getElementById('ashby-application-form');
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var bad = [];
    form.querySelectorAll('[data-required=true]').forEach(function (el) {
      if (el.type === 'file' ? el.files.length === 0 : !el.value.trim()) bad.push(el);
    });
    var loc = form.querySelector('input[name="_systemfield_location"]');
    if (!loc.value) bad.push(loc);
    document.getElementById('ashby-errors').hidden = bad.length === 0;
    if (bad.length) return;
    form.hidden = true;
    document.querySelector('.ashby-application-form-success-container').hidden = false;
  });
})();
