/*
 * NHS Jobs-style apply flow (hand-written, nhsuk-frontend patterns): one question or topic per
 * page, each page its own <form> posting to its own URL, shown one at a time. "Save and continue"
 * validates the page (error summary at the top, error message above the field), radios with
 * aria-controls reveal their conditional block, the last page is "Check your answers" with a
 * "Change" link per answer, and the declaration must be ticked before "Send application".
 */
(function () {
  var pages = Array.prototype.slice.call(document.querySelectorAll('form.app-page'));
  var current = 0;
  var summary = document.getElementById('error-summary');
  var errorList = document.getElementById('error-list');
  var backLink = document.getElementById('back-link');

  function syncConditionals() {
    document.querySelectorAll('.nhsuk-radios__input[aria-controls]').forEach(function (input) {
      var target = document.getElementById(input.getAttribute('aria-controls'));
      if (!target) return;
      target.classList.toggle('nhsuk-radios__conditional--hidden', !input.checked);
      input.setAttribute('aria-expanded', input.checked ? 'true' : 'false');
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.type === 'radio') syncConditionals();
  });
  document.addEventListener('click', function (event) {
    if (event.target.type === 'radio') syncConditionals();
  });
  syncConditionals();

  var statement = document.getElementById('supporting-information');
  var statementInfo = document.getElementById('supporting-information-info');
  function countWords() {
    var left = 1500 - (statement.value.match(/\S+/g) || []).length;
    statementInfo.textContent = left >= 0 ? 'You have ' + left.toLocaleString('en-GB') + ' words remaining' : 'You have ' + (-left) + ' words too many';
  }
  statement.addEventListener('input', countWords);
  statement.addEventListener('change', countWords);

  function visible(element) {
    return !!(element.offsetWidth || element.offsetHeight || element.getClientRects().length);
  }

  function labelFor(element) {
    var fieldset = element.closest('fieldset');
    if (element.type === 'radio' || element.closest('.nhsuk-date-input')) {
      var legend = fieldset && fieldset.querySelector('legend');
      return legend ? legend.textContent.trim() : element.name;
    }
    var label = document.querySelector('label[for="' + element.id + '"]');
    return label ? label.textContent.trim() : element.name;
  }

  function validate(page) {
    var errors = [];
    page.querySelectorAll('[data-required]').forEach(function (element) {
      if (!visible(element)) return;
      var empty = element.type === 'checkbox' ? !element.checked : !element.value.trim();
      if (empty) errors.push([element.id, element.getAttribute('data-required')]);
    });
    if (page.id === 'page-contact') {
      var email = document.getElementById('email-address').value.trim();
      var confirm = document.getElementById('email-confirm').value.trim();
      if (email && confirm && email.toLowerCase() !== confirm.toLowerCase()) errors.push(['email-confirm', 'Email addresses do not match']);
    }
    if (page.id === 'page-address' && !page.querySelector('input[name=lives_in_uk]:checked')) errors.push(['lives-in-uk', 'Select yes if you live in the UK']);
    if (page.id === 'page-start') {
      var d = +document.getElementById('start-date-day').value, m = +document.getElementById('start-date-month').value, y = +document.getElementById('start-date-year').value;
      var parts = ['day', 'month', 'year'].map(function (p) { return document.getElementById('start-date-' + p).value.trim(); });
      if (parts.some(Boolean) && (!(d >= 1 && d <= 31) || !(m >= 1 && m <= 12) || !(y >= 2026 && y <= 2030))) errors.push(['start-date-day', 'The date you could start must be a real date']);
    }
    page.querySelectorAll('.nhsuk-error-message').forEach(function (message) { message.hidden = true; });
    errorList.innerHTML = '';
    errors.forEach(function (error) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + error[0];
      a.textContent = error[1];
      li.append(a);
      errorList.append(li);
      var message = document.getElementById(error[0] + '-error');
      if (message) {
        message.hidden = false;
        message.innerHTML = '<span class="nhsuk-u-visually-hidden">Error:</span> ' + error[1];
      }
    });
    summary.hidden = errors.length === 0;
    if (errors.length) summary.focus();
    return errors.length === 0;
  }

  function buildSummary() {
    var list = document.getElementById('summary');
    list.innerHTML = '';
    pages.slice(0, -1).forEach(function (page, index) {
      var seen = {};
      Array.prototype.forEach.call(page.elements, function (element) {
        if (!element.name || element.type === 'submit' || seen[element.name]) return;
        if (!visible(element) && element.type !== 'file') return;
        var value;
        if (element.type === 'radio') {
          seen[element.name] = true;
          var checked = page.querySelector('input[name="' + element.name + '"]:checked');
          value = checked ? document.querySelector('label[for="' + checked.id + '"]').textContent : '';
        } else if (element.type === 'checkbox') value = element.checked ? 'Yes' : 'No';
        else if (element.type === 'file') value = Array.prototype.map.call(element.files, function (f) { return f.name; }).join(', ');
        else if (element.closest('.nhsuk-date-input')) {
          if (seen.date) return;
          seen.date = true;
          value = ['day', 'month', 'year'].map(function (p) { return document.getElementById('start-date-' + p).value; }).join(' ');
        } else value = element.tagName === 'SELECT' ? (element.value ? element.selectedOptions[0].textContent : '') : element.value;
        var row = document.createElement('div');
        row.className = 'nhsuk-summary-list__row';
        var key = labelFor(element);
        row.innerHTML = '<dt class="nhsuk-summary-list__key"></dt><dd class="nhsuk-summary-list__value"></dd><dd class="nhsuk-summary-list__actions"><a href="#" class="nhsuk-link">Change<span class="nhsuk-u-visually-hidden"></span></a></dd>';
        row.children[0].textContent = key;
        row.children[1].textContent = value.length > 160 ? value.slice(0, 160) + '…' : (value || 'Not given');
        row.querySelector('.nhsuk-u-visually-hidden').textContent = ' ' + key.toLowerCase();
        row.querySelector('a').addEventListener('click', function (event) { event.preventDefault(); show(index); });
        list.append(row);
      });
    });
  }

  function show(index) {
    current = index;
    pages.forEach(function (page, i) { page.hidden = i !== index; });
    backLink.hidden = index === 0;
    summary.hidden = true;
    document.title = pages[index].getAttribute('data-title') + ' – NHS Jobs';
    if (pages[index].id === 'page-check') buildSummary();
    window.scrollTo(0, 0);
  }

  backLink.addEventListener('click', function (event) {
    event.preventDefault();
    if (current > 0) show(current - 1);
  });

  pages.forEach(function (page, index) {
    page.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!validate(page)) return;
      if (index < pages.length - 1) {
        show(index + 1);
        return;
      }
      pages.forEach(function (p) { p.hidden = true; });
      backLink.hidden = true;
      document.getElementById('confirmation').hidden = false;
    });
  });
})();
