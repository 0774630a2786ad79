// Harrowdene careers (SuccessFactors Career Site Builder style apply wizard): the server renders all
// four pages; this script shows one at a time (Back / Next, progress list), wires "I currently work
// here", the repeaters, the conditional questions and the review summary.
(function () {
  function $(s, r) { return (r || document).querySelector(s); }
  function $$(s, r) { return Array.prototype.slice.call((r || document).querySelectorAll(s)); }
  var pages = $$('.rcm-page');
  var cur = 0;
  function show(i) {
    cur = i;
    pages.forEach(function (p, k) { p.hidden = k !== i; });
    $$('.rcm-train li').forEach(function (li, k) {
      li.className = k === i ? 'on' : (k < i ? 'done' : '');
      if (k === i) li.setAttribute('aria-current', 'step'); else li.removeAttribute('aria-current');
    });
    $('#rcm-back').hidden = i === 0;
    $('#rcm-next').hidden = i === pages.length - 1;
    $('#rcm-submit').hidden = i !== pages.length - 1;
    if (i === pages.length - 1) renderReview();
    window.scrollTo(0, 0);
  }
  $('#rcm-next').addEventListener('click', function () { if (cur < pages.length - 1) show(cur + 1); });
  $('#rcm-back').addEventListener('click', function () { if (cur > 0) show(cur - 1); });

  function wireCurrent(block) {
    var box = $('.rcm-current', block);
    if (!box) return;
    var end = $('.rcm-end', block);
    var sync = function () { end.hidden = box.checked; };
    box.addEventListener('change', sync); sync();
  }
  $$('.rcm-entry').forEach(wireCurrent);

  $$('[data-add]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var list = document.getElementById(btn.getAttribute('data-add'));
      var entries = $$('.rcm-entry', list);
      var n = entries.length;
      var copy = entries[entries.length - 1].cloneNode(true);
      $$('[id],[for],[name]', copy).forEach(function (el) {
        ['id', 'for', 'name'].forEach(function (a) {
          var v = el.getAttribute(a);
          if (v) el.setAttribute(a, v.replace(/_\d+_/, '_' + n + '_').replace(/\[\d+\]/, '[' + n + ']'));
        });
        if (el.type === 'checkbox' || el.type === 'radio') el.checked = false;
        else if (el.tagName === 'SELECT') el.selectedIndex = 0;
        else if ('value' in el && el.type !== 'button') el.value = '';
      });
      $('.rcm-entry-title', copy).textContent = $('.rcm-entry-title', copy).textContent.replace(/\d+/, String(n + 1));
      list.appendChild(copy);
      wireCurrent(copy);
    });
  });

  // Conditional questions: a radio group with data-reveal shows its follow-up for one answer.
  $$('[data-reveal]').forEach(function (group) {
    var target = document.getElementById(group.getAttribute('data-reveal'));
    var when = group.getAttribute('data-when');
    var sync = function () {
      var on = $('input:checked', group);
      target.hidden = !(on && on.value === when);
    };
    $$('input', group).forEach(function (r) { r.addEventListener('change', sync); });
    sync();
  });

  // "Same as above": the mailing block hides while the box is ticked.
  var same = $('#mailSameAsHome');
  if (same) {
    var mail = $('#rcm-mailing');
    var s = function () { mail.hidden = same.checked; };
    same.addEventListener('change', s); s();
  }

  function renderReview() {
    var out = [];
    $$('.rcm-page:not(.rcm-review) .rcm-field').forEach(function (f) {
      for (var a = f; a && !a.classList.contains('rcm-page'); a = a.parentElement) { if (a.hidden) return; }
      var lab = $('.rcm-label', f);
      var el = $('input:not([type=radio]):not([type=checkbox]):not([type=file]), select, textarea', f);
      var val = '';
      if (el) val = el.tagName === 'SELECT' ? (el.value ? el.options[el.selectedIndex].text : '') : el.value;
      var r = $('input[type=radio]:checked', f);
      if (r) val = r.parentNode.textContent.trim();
      var c = $('input[type=checkbox]', f);
      if (c && !el && !r) val = c.checked ? 'Yes' : 'No';
      var file = $('input[type=file]', f);
      if (file) val = file.files && file.files.length ? file.files[0].name : '';
      if (lab) out.push('<dt>' + lab.textContent.replace('*', '').trim() + '</dt><dd>' + (val ? val.replace(/</g, '&lt;') : '<em>Not provided</em>') + '</dd>');
    });
    $('#rcm-summary').innerHTML = out.join('');
  }

  $('#rcm-form').addEventListener('submit', function (e) {
    e.preventDefault();
    $('#rcm-form').hidden = true;
    $('#rcm-done').hidden = false;
  });
  show(0);
})();
