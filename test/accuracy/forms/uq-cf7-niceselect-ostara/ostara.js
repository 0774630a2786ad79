/*
 * The theme's script: jQuery Nice Select 1.1 as the theme bundles it, rewritten without jQuery
 * (same markup: div.nice-select > span.current + ul.list > li.option[data-value]); picking an
 * option sets the hidden <select> and fires its change event, but nothing updates the div when
 * the select changes on its own. Then Contact Form 7's submit (in place), and the values the
 * form would post, shown in <pre id="model">.
 */
(function () {
  var form = document.querySelector('.wpcf7-form');
  var model = document.getElementById('model');
  function render() {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'hidden' || el.type === 'submit' || el.type === 'file') return;
      if (el.type === 'radio') { if (el.checked) out[el.name] = el.value; else if (!(el.name in out)) out[el.name] = ''; return; }
      if (el.type === 'checkbox') { if (!(el.name in out)) out[el.name] = el.name.slice(-2) === '[]' ? [] : ''; if (el.checked) { if (Array.isArray(out[el.name])) out[el.name].push(el.value); else out[el.name] = el.value; } return; }
      out[el.name] = el.value;
    });
    model.textContent = JSON.stringify(out, null, 2);
  }
  function closeAll(except) {
    Array.prototype.forEach.call(document.querySelectorAll('.nice-select.open'), function (n) { if (n !== except) n.classList.remove('open'); });
  }
  Array.prototype.forEach.call(form.querySelectorAll('select.wpcf7-select'), function (select) {
    var nice = document.createElement('div');
    nice.className = 'nice-select wpcf7-form-control wpcf7-select';
    nice.tabIndex = 0;
    var current = document.createElement('span');
    current.className = 'current';
    var list = document.createElement('ul');
    list.className = 'list';
    Array.prototype.forEach.call(select.options, function (option) {
      var li = document.createElement('li');
      li.className = 'option' + (option.selected ? ' selected focus' : '') + (option.disabled ? ' disabled' : '');
      li.setAttribute('data-value', option.value);
      li.setAttribute('data-display', option.textContent);
      li.textContent = option.textContent;
      list.appendChild(li);
    });
    current.textContent = select.options[select.selectedIndex].textContent;
    nice.appendChild(current);
    nice.appendChild(list);
    select.parentNode.insertBefore(nice, select.nextSibling);
    function choose(li) {
      Array.prototype.forEach.call(list.children, function (x) { x.classList.remove('selected', 'focus'); });
      li.classList.add('selected', 'focus');
      current.textContent = li.getAttribute('data-display');
      select.value = li.getAttribute('data-value');
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    nice.addEventListener('click', function (event) {
      var li = event.target.closest('li.option');
      if (li && nice.classList.contains('open')) {
        if (!li.classList.contains('disabled')) choose(li);
        nice.classList.remove('open');
        return;
      }
      closeAll(nice);
      nice.classList.toggle('open');
    });
    nice.addEventListener('keydown', function (event) {
      var items = Array.prototype.slice.call(list.children).filter(function (x) { return !x.classList.contains('disabled'); });
      var focused = list.querySelector('.focus') || items[0];
      var index = items.indexOf(focused);
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (nice.classList.contains('open')) { choose(focused); nice.classList.remove('open'); } else nice.classList.add('open');
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (!nice.classList.contains('open')) { nice.classList.add('open'); return; }
        var next = items[Math.max(0, Math.min(items.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
        if (focused) focused.classList.remove('focus');
        next.classList.add('focus');
      } else if (event.key === 'Escape') nice.classList.remove('open');
    });
  });
  document.addEventListener('click', function (event) { if (!event.target.closest('.nice-select')) closeAll(null); });
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  render();
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var ok = form.querySelector('[name="your-name"]').value.trim() && form.querySelector('[name="your-email"]').value.trim() &&
      form.querySelector('[name="menu-position"]').value && form.querySelector('[name="file-resume"]').files.length &&
      form.querySelector('[name="acceptance-privacy"]').checked;
    var out = form.querySelector('.wpcf7-response-output');
    if (!ok) { out.hidden = false; out.textContent = 'One or more fields have an error. Please check and try again.'; return; }
    form.closest('.wpcf7').hidden = true;
    document.getElementById('cf7-sent').hidden = false;
  });
})();
