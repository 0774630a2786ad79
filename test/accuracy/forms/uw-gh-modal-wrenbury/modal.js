// Wrenbury careers (Webflow site): "Apply for this job" opens the Greenhouse application in a modal
// dialog over the job description. The script opens / closes it, adds education and employment
// entries, hides End date for a current role, reveals follow-up questions and fakes the submit.
(function () {
  function $(s, r) { return (r || document).querySelector(s); }
  function $$(s, r) { return Array.prototype.slice.call((r || document).querySelectorAll(s)); }
  var dlg = $('#wb-apply-dialog');
  $('#wb-open-apply').addEventListener('click', function () { dlg.hidden = false; document.body.classList.add('wb-locked'); $('#first_name').focus(); });
  $('#wb-close').addEventListener('click', function () { dlg.hidden = true; document.body.classList.remove('wb-locked'); });

  function wireCurrent(entry) {
    var box = $('.gh-current', entry);
    if (!box) return;
    var end = $('.gh-end', entry);
    var sync = function () { end.style.display = box.checked ? 'none' : ''; };
    box.addEventListener('change', sync); sync();
  }
  $$('.gh-entry').forEach(wireCurrent);
  $$('[data-add-entry]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var list = document.getElementById(btn.getAttribute('data-add-entry'));
      var entries = $$('.gh-entry', list), n = entries.length;
      var copy = entries[0].cloneNode(true);
      $$('[id],[for],[name]', copy).forEach(function (el) {
        ['id', 'for', 'name'].forEach(function (a) { var v = el.getAttribute(a); if (v) el.setAttribute(a, v.replace(/\]\[0\]\[/, '][' + n + '][').replace(/_0_/, '_' + n + '_')); });
        if (el.type === 'checkbox') el.checked = false; else if (el.tagName === 'SELECT') el.selectedIndex = 0; else if ('value' in el && el.type !== 'button') el.value = '';
      });
      list.appendChild(copy); wireCurrent(copy);
    });
  });
  // A select with data-reveal shows the follow-up row while its value matches data-when.
  $$('select[data-reveal]').forEach(function (sel) {
    var row = document.getElementById(sel.getAttribute('data-reveal'));
    var sync = function () { row.style.display = sel.value === sel.getAttribute('data-when') ? '' : 'none'; };
    sel.addEventListener('change', sync); sync();
  });
  $('#application_form').addEventListener('submit', function (e) {
    e.preventDefault(); $('#application_form').hidden = true; $('#application_confirmation').hidden = false;
  });
})();
