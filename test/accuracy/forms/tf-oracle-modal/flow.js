/*
 * An Oracle Recruiting Cloud-style apply page: one page of sections. Experience and Education
 * entries are added through a modal dialog ("Add Education") that is built when it opens and
 * removed when it closes; saving the dialog adds an entry card to the section. Inside the dialog
 * "Did you graduate?" reveals the graduation date, and the school box offers suggestions as you
 * type. The questions section reveals follow-ups after some answers. Ids carry a JET-style
 * "|input" suffix. The posting comes from window.ORC_POSTING.
 */
(function () {
  var P = window.ORC_POSTING;
  var SCHOOLS = ['University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
    'University of California, San Diego', 'Berkeley City College', 'University of Colorado Boulder', 'University of Chicago', 'Stanford University'];
  var entries = { education: [], experience: [] };
  var seq = 40;
  function esc(s) { return String(s == null ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'); }

  function field(id, label, control, opts) {
    opts = opts || {};
    return '<div class="orc-field' + (opts.cls ? ' ' + opts.cls : '') + '"' + (opts.hidden ? ' hidden' : '') + '><label for="' + id + '|input" id="' + id + '-label">' + esc(label) +
      (opts.required ? '<span class="orc-req" aria-label="Required">*</span>' : '') + '</label>' + control + '</div>';
  }
  function input(id, opts) {
    opts = opts || {};
    return '<input type="' + (opts.type || 'text') + '" id="' + id + '|input" name="' + (opts.name || id) + '" class="oj-inputtext-input"' +
      (opts.placeholder ? ' placeholder="' + esc(opts.placeholder) + '"' : '') + (opts.required ? ' aria-required="true" data-required' : '') +
      (opts.auto ? ' autocomplete="' + opts.auto + '"' : '') + (opts.extra || '') + '>';
  }
  function sel(id, options, opts) {
    opts = opts || {};
    return '<select id="' + id + '|input" name="' + (opts.name || id) + '"' + (opts.required ? ' data-required' : '') + '>' +
      (opts.noBlank ? '' : '<option value="">' + (opts.blank || 'Select a value') + '</option>') +
      options.map(function (o) {
        var v = Array.isArray(o) ? o[0] : o, t = Array.isArray(o) ? o[1] : o;
        return '<option value="' + esc(v) + '"' + (opts.selected === v ? ' selected' : '') + '>' + esc(t) + '</option>';
      }).join('') + '</select>';
  }
  function yesno(id, label, opts) {
    opts = opts || {};
    return '<fieldset class="orc-field orc-radioset" id="' + id + '"' + (opts.required ? ' data-required-group' : '') + '><legend>' + esc(label) +
      (opts.required ? '<span class="orc-req" aria-label="Required">*</span>' : '') + '</legend>' +
      ['Yes', 'No'].map(function (v) {
        return '<span class="oj-choice-item"><input type="radio" id="' + id + '-' + v.toLowerCase() + '|rb" name="' + id + '" value="' + v.toUpperCase() + '">' +
          '<label for="' + id + '-' + v.toLowerCase() + '|rb">' + v + '</label></span>';
      }).join('') + '</fieldset>';
  }
  window.ORC = { field: field, input: input, sel: sel, yesno: yesno };

  // Questions: follow-ups are in the markup, hidden until their answer is given.
  var qs = document.getElementById('orc-questions');
  qs.innerHTML = P.questions.map(function (q) {
    var html = q.kind === 'yesno' ? yesno(q.id, q.label, q) :
      field(q.id, q.label, q.kind === 'select' ? sel(q.id, q.options, q) : q.kind === 'textarea'
        ? '<textarea id="' + q.id + '|input" name="' + q.id + '" rows="3"></textarea>' : input(q.id, q), q);
    (q.followups || []).forEach(function (f) {
      html += '<div class="orc-followup" data-when="' + q.id + '=' + f.when + '" hidden>' +
        field(f.id, f.label, f.kind === 'textarea' ? '<textarea id="' + f.id + '|input" name="' + f.id + '" rows="3"></textarea>' : f.kind === 'select' ? sel(f.id, f.options, f) : input(f.id, f), f) + '</div>';
    });
    return html;
  }).join('');
  qs.addEventListener('change', function (e) {
    var name = e.target.name;
    qs.querySelectorAll('[data-when^="' + name + '="]').forEach(function (box) {
      box.hidden = box.getAttribute('data-when') !== name + '=' + e.target.value;
    });
  });

  function cards(kind) {
    var list = document.getElementById('orc-' + kind + '-list');
    list.innerHTML = entries[kind].length ? entries[kind].map(function (e, i) {
      return '<div class="orc-card"><strong>' + esc(e.title) + '</strong><div>' + esc(e.sub) + '</div>' +
        '<button type="button" class="orc-link" data-remove="' + kind + ':' + i + '">Remove</button></div>';
    }).join('') : '<p class="orc-empty">No ' + kind + ' added yet.</p>';
    list.querySelectorAll('[data-remove]').forEach(function (b) {
      b.addEventListener('click', function () { entries[kind].splice(+b.getAttribute('data-remove').split(':')[1], 1); cards(kind); });
    });
  }

  function openDialog(kind) {
    var n = ++seq;
    var p = kind + '-' + n;
    var body = kind === 'education'
      ? field(p + '-school', 'School', '<div class="orc-combo">' + input(p + '-school', { required: true, extra: ' role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="' + p + '-school-list"' }) +
          '<ul role="listbox" id="' + p + '-school-list" class="orc-suggest" hidden></ul></div>', { required: true }) +
        field(p + '-degree', 'Degree', sel(p + '-degree', P.degrees, { required: true }), { required: true }) +
        field(p + '-major', 'Major', input(p + '-major')) +
        '<div class="orc-row">' + field(p + '-start', 'Start Date', input(p + '-start', { placeholder: 'MM/YYYY' })) +
        field(p + '-end', 'End Date', input(p + '-end', { placeholder: 'MM/YYYY' })) + '</div>' +
        yesno(p + '-graduated', 'Did you graduate?', { required: true }) +
        '<div class="orc-followup" data-when="' + p + '-graduated=YES" hidden>' + field(p + '-gradDate', 'Graduation Date', input(p + '-gradDate', { placeholder: 'MM/YYYY' })) + '</div>' +
        field(p + '-gpa', 'GPA', input(p + '-gpa')) + field(p + '-country', 'Country', sel(p + '-country', P.countries))
      : field(p + '-employer', 'Employer Name', input(p + '-employer', { required: true }), { required: true }) +
        field(p + '-title', 'Job Title', input(p + '-title', { required: true }), { required: true }) +
        '<div class="orc-row">' + field(p + '-start', 'Start Date', input(p + '-start', { placeholder: 'MM/YYYY', required: true }), { required: true }) +
        field(p + '-end', 'End Date', input(p + '-end', { placeholder: 'MM/YYYY' })) + '</div>' +
        '<div class="orc-check"><input type="checkbox" id="' + p + '-current|cb" name="' + p + '-current"><label for="' + p + '-current|cb">Current job</label></div>' +
        field(p + '-resp', 'Responsibilities', '<textarea id="' + p + '-resp|input" name="' + p + '-resp" rows="3"></textarea>');
    var wrap = document.createElement('div');
    wrap.className = 'orc-overlay';
    wrap.innerHTML = '<div class="orc-dialog" role="dialog" aria-modal="true" aria-labelledby="' + p + '-title-h" id="orc-dialog">' +
      '<div class="orc-dialog-head"><h2 id="' + p + '-title-h">' + (kind === 'education' ? 'Add Education' : 'Add Experience') + '</h2>' +
      '<button type="button" class="orc-close" aria-label="Close" id="orc-dialog-close">×</button></div>' +
      '<form class="orc-dialog-body" id="orc-dialog-form" novalidate>' + body +
      '<p class="orc-err" id="orc-dialog-err" hidden>Enter a value for each required field.</p></form>' +
      '<div class="orc-dialog-foot"><button type="button" class="orc-btn-secondary" id="orc-dialog-cancel">Cancel</button>' +
      '<button type="button" class="orc-btn" id="orc-dialog-save">Save</button></div></div>';
    document.body.appendChild(wrap);
    document.querySelector('.orc-page').setAttribute('aria-hidden', 'true');
    var form = wrap.querySelector('form');
    form.addEventListener('change', function (e) {
      form.querySelectorAll('[data-when^="' + e.target.name + '="]').forEach(function (box) {
        box.hidden = box.getAttribute('data-when') !== e.target.name + '=' + e.target.value;
      });
    });
    var school = wrap.querySelector('[role=combobox]');
    if (school) {
      var list = wrap.querySelector('.orc-suggest');
      school.addEventListener('input', function () {
        var q = school.value.trim().toLowerCase();
        var hits = q.length < 3 ? [] : SCHOOLS.filter(function (s) { return s.toLowerCase().indexOf(q) !== -1; });
        list.innerHTML = hits.map(function (s, i) { return '<li role="option" id="' + p + '-opt-' + i + '">' + esc(s) + '</li>'; }).join('');
        list.hidden = !hits.length; school.setAttribute('aria-expanded', String(!!hits.length));
      });
      list.addEventListener('mousedown', function (e) {
        var li = e.target.closest('[role=option]'); if (!li) return;
        e.preventDefault(); school.value = li.textContent; list.hidden = true; school.setAttribute('aria-expanded', 'false');
        school.dispatchEvent(new Event('change', { bubbles: true }));
      });
      school.addEventListener('blur', function () { setTimeout(function () { list.hidden = true; school.setAttribute('aria-expanded', 'false'); }, 150); });
    }
    function close() { wrap.remove(); document.querySelector('.orc-page').removeAttribute('aria-hidden'); }
    wrap.querySelector('#orc-dialog-close').addEventListener('click', close);
    wrap.querySelector('#orc-dialog-cancel').addEventListener('click', close);
    wrap.querySelector('#orc-dialog-save').addEventListener('click', function () {
      if (!validate(form)) { wrap.querySelector('#orc-dialog-err').hidden = false; return; }
      var v = function (s) { var el = form.querySelector('[name="' + p + '-' + s + '"]'); return el ? (el.tagName === 'SELECT' ? el.selectedOptions[0].text : el.value) : ''; };
      entries[kind].push(kind === 'education' ? { title: v('school'), sub: v('degree') + (v('major') ? ', ' + v('major') : '') } : { title: v('title'), sub: v('employer') });
      close(); cards(kind);
    });
    setTimeout(function () { var first = form.querySelector('input, select'); if (first) first.focus(); }, 0);
  }

  function validate(scope) {
    var ok = true;
    scope.querySelectorAll('[data-required]').forEach(function (el) {
      if (el.closest('[hidden]')) return;
      var empty = el.type === 'file' ? !el.files.length : el.type === 'checkbox' ? !el.checked : !el.value.trim();
      el.classList.toggle('orc-invalid', empty); if (empty) ok = false;
    });
    scope.querySelectorAll('[data-required-group]').forEach(function (g) {
      if (g.closest('[hidden]')) return;
      var empty = !g.querySelector('input:checked'); g.classList.toggle('orc-invalid', empty); if (empty) ok = false;
    });
    return ok;
  }

  document.getElementById('orc-add-education').addEventListener('click', function () { openDialog('education'); });
  document.getElementById('orc-add-experience').addEventListener('click', function () { openDialog('experience'); });
  cards('education'); cards('experience');
  document.getElementById('orc-apply-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var ok = validate(this) && entries.education.length > 0;
    document.getElementById('orc-form-err').hidden = ok;
    if (!ok) return;
    document.querySelector('.orc-page').hidden = true;
    document.getElementById('orc-confirmation').hidden = false;
  });
})();
