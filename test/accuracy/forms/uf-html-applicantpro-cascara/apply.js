/*
 * ApplicantPro-style hosted apply flow: one server-rendered <form> split in <section class="ap-step">
 * panels, a "Save and continue" that validates the current panel (fields also validate on blur) and
 * refuses to go on while an error shows, "Back" that keeps every value, follow-up questions that
 * appear under an answer, repeatable experience / education blocks, an "Additional questions" step
 * whose questions are fetched when the step opens (spinner), and a read-only review with Edit links.
 */
(function () {
  var form = document.getElementById('apForm');
  var steps = Array.prototype.slice.call(form.querySelectorAll('.ap-step'));
  var crumbs = Array.prototype.slice.call(document.querySelectorAll('.ap-steps li'));
  var next = document.getElementById('ap-next');
  var back = document.getElementById('ap-back');
  var submit = document.getElementById('ap-submit');
  var current = 0;
  var questionsLoaded = false;

  function visibleFields(section) {
    return Array.prototype.slice.call(section.querySelectorAll('input, select, textarea')).filter(function (el) {
      return !el.closest('[hidden]') && el.type !== 'hidden';
    });
  }
  function errorFor(el) {
    var wrap = el.closest('.ap-field') || el.closest('fieldset');
    return wrap && wrap.querySelector('.ap-error');
  }
  function check(el) {
    var msg = '';
    if (el.type === 'radio') {
      var group = form.querySelectorAll('input[name="' + el.name + '"]');
      var any = Array.prototype.some.call(group, function (r) { return r.checked; });
      if (el.hasAttribute('required') && !any) msg = 'Please choose an answer.';
    } else if (el.type === 'checkbox') {
      if (el.hasAttribute('required') && !el.checked) msg = 'This box must be checked to continue.';
    } else if (el.type === 'file') {
      if (el.hasAttribute('required') && !el.files.length) msg = 'Please attach your resume.';
    } else {
      var v = el.value.trim();
      if (el.hasAttribute('required') && !v) msg = 'This field is required.';
      else if (v && el.dataset.rule === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) msg = 'Enter a valid email address.';
      else if (v && el.dataset.rule === 'confirm' && v !== document.getElementById('applicant_email').value.trim()) msg = 'Email addresses do not match.';
      else if (v && el.dataset.rule === 'phone' && v.replace(/\D/g, '').length !== 10) msg = 'Enter a 10-digit phone number, e.g. (555) 555-5555.';
      else if (v && el.dataset.rule === 'zip' && !/^\d{5}(-\d{4})?$/.test(v)) msg = 'Enter a 5-digit ZIP code.';
      else if (v && el.dataset.rule === 'date' && !/^\d{2}\/\d{2}\/\d{4}$/.test(v)) msg = 'Use the format MM/DD/YYYY.';
      else if (v && el.dataset.rule === 'money' && !/^\$?[\d,]+(\.\d{2})?$/.test(v)) msg = 'Enter an amount, numbers only.';
    }
    var box = errorFor(el);
    if (box) box.textContent = msg;
    el.setAttribute('aria-invalid', msg ? 'true' : 'false');
    return !msg;
  }
  form.addEventListener('blur', function (event) {
    if (event.target.matches('input, select, textarea')) check(event.target);
  }, true);
  form.addEventListener('change', function (event) {
    var el = event.target;
    if (el.type === 'radio' || el.type === 'checkbox' || el.type === 'file') check(el);
    // follow-ups shown under an answer
    Array.prototype.forEach.call(form.querySelectorAll('[data-show-when]'), function (box) {
      var rule = box.dataset.showWhen.split('=');
      var picked = form.querySelector('input[name="' + rule[0] + '"]:checked');
      box.hidden = !(picked && picked.value === rule[1]);
    });
    if (el.matches('.ap-current')) {
      var block = el.closest('.ap-block');
      block.querySelector('.ap-end').hidden = el.checked;
    }
  });

  function show(index) {
    current = index;
    steps.forEach(function (s, i) { s.hidden = i !== index; });
    crumbs.forEach(function (c, i) {
      c.classList.toggle('is-active', i === index);
      c.classList.toggle('is-done', i < index);
      if (i === index) c.setAttribute('aria-current', 'step'); else c.removeAttribute('aria-current');
    });
    back.hidden = index === 0;
    next.hidden = index === steps.length - 1;
    submit.hidden = index !== steps.length - 1;
    if (steps[index].dataset.remote && !questionsLoaded) loadQuestions(steps[index]);
    if (steps[index].id === 'ap-step-review') renderReview();
    window.scrollTo(0, 0);
  }
  next.addEventListener('click', function () {
    var ok = visibleFields(steps[current]).map(check).every(Boolean);
    if (!ok) {
      document.getElementById('ap-banner').hidden = false;
      return;
    }
    document.getElementById('ap-banner').hidden = true;
    show(current + 1);
  });
  back.addEventListener('click', function () { show(current - 1); });

  // repeatable blocks ("Add another")
  Array.prototype.forEach.call(document.querySelectorAll('[data-add]'), function (button) {
    button.addEventListener('click', function () {
      var list = document.getElementById(button.dataset.add);
      var blocks = list.querySelectorAll('.ap-block');
      var n = blocks.length;
      var copy = blocks[0].cloneNode(true);
      copy.querySelector('.ap-block-title').textContent = copy.querySelector('.ap-block-title').textContent.replace(/ 1.*/, ' ' + (n + 1));
      Array.prototype.forEach.call(copy.querySelectorAll('[name]'), function (el) {
        el.name = el.name.replace('[0]', '[' + n + ']');
        if (el.id) el.id = el.id.replace('_0_', '_' + n + '_');
        el.removeAttribute('required');
        if (el.type === 'checkbox' || el.type === 'radio') el.checked = false; else el.value = '';
      });
      Array.prototype.forEach.call(copy.querySelectorAll('label[for]'), function (l) { l.htmlFor = l.htmlFor.replace('_0_', '_' + n + '_'); });
      Array.prototype.forEach.call(copy.querySelectorAll('.ap-error'), function (e) { e.textContent = ''; });
      var end = copy.querySelector('.ap-end'); if (end) end.hidden = false;
      list.appendChild(copy);
    });
  });

  // "Additional questions": fetched from the job's screening set when the step opens
  function loadQuestions(section) {
    var spinner = section.querySelector('.ap-loading');
    var holder = section.querySelector('.ap-remote');
    spinner.hidden = false;
    new Promise(function (resolve) { setTimeout(function () { resolve(window.AP_JOB.screening); }, 800); }).then(function (questions) {
      questionsLoaded = true;
      spinner.hidden = true;
      holder.innerHTML = questions.map(function (q) {
        var req = q.required ? ' <span class="ap-req" aria-hidden="true">*</span>' : '';
        var attr = q.required ? ' required aria-required="true"' : '';
        var id = 'screening_' + q.id;
        if (q.type === 'radio') {
          return '<fieldset class="ap-field ap-radios"><legend>' + q.text + req + '</legend>' +
            q.options.map(function (o, i) {
              return '<label for="' + id + '_' + i + '"><input type="radio" id="' + id + '_' + i + '" name="screening[' + q.id + ']" value="' + o + '"' + attr + '> ' + o + '</label>';
            }).join('') + '<div class="ap-error" role="alert"></div></fieldset>';
        }
        var control;
        if (q.type === 'select') {
          control = '<select id="' + id + '" name="screening[' + q.id + ']"' + attr + '><option value="">-- Select --</option>' +
            q.options.map(function (o) { return '<option>' + o + '</option>'; }).join('') + '</select>';
        } else if (q.type === 'textarea') {
          control = '<textarea id="' + id + '" name="screening[' + q.id + ']" rows="4"' + attr + '></textarea>';
        } else {
          control = '<input type="text" id="' + id + '" name="screening[' + q.id + ']"' + attr + (q.placeholder ? ' placeholder="' + q.placeholder + '"' : '') + '>';
        }
        return '<div class="ap-field"><label for="' + id + '">' + q.text + req + '</label>' + control + '<div class="ap-error" role="alert"></div></div>';
      }).join('');
    });
  }

  function text(el) {
    if (!el) return '';
    if (el.type === 'file') return el.files.length ? el.files[0].name : '';
    if (el.tagName === 'SELECT') return el.value ? el.options[el.selectedIndex].text : '';
    return el.value;
  }
  function renderReview() {
    var out = steps.slice(0, -1).map(function (section, index) {
      var rows = [];
      visibleFields(section).forEach(function (el) {
        if (el.type === 'radio') {
          if (!el.checked) return;
        } else if (el.type === 'checkbox') {
          if (!el.checked) return;
        }
        var label = el.type === 'radio'
          ? el.closest('fieldset').querySelector('legend').textContent
          : (form.querySelector('label[for="' + el.id + '"]') || {}).textContent || el.name;
        var value = el.type === 'checkbox' ? 'Yes' : text(el);
        if (!value) return;
        rows.push('<dt>' + label.replace('*', '').trim() + '</dt><dd>' + String(value).replace(/</g, '&lt;') + '</dd>');
      });
      return '<div class="ap-review-part"><h3>' + section.dataset.title + ' <a href="#" class="ap-edit" data-goto="' + index + '">Edit</a></h3><dl>' + rows.join('') + '</dl></div>';
    }).join('');
    document.getElementById('ap-review').innerHTML = out;
  }
  document.getElementById('ap-review').addEventListener('click', function (event) {
    var link = event.target.closest('.ap-edit');
    if (!link) return;
    event.preventDefault();
    show(Number(link.dataset.goto));
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    form.hidden = true;
    document.querySelector('.ap-steps').hidden = true;
    document.getElementById('ap-done').hidden = false;
  });
  document.getElementById('cookie-ok').addEventListener('click', function () { document.getElementById('cookie-banner').hidden = true; });
  show(0);
})();
