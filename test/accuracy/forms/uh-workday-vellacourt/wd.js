/* Vellacourt / Workday candidate experience: in-place steps, button listboxes whose popup is
   appended to <body>, prompts with chips (search runs on Enter), date sections. */
(function () {
  var popupFor = null;
  function closePopups() {
    document.querySelectorAll('[data-automation-widget="wd-popup"]').forEach(function (p) { p.remove(); });
    document.querySelectorAll('button[aria-haspopup="listbox"]').forEach(function (b) { b.setAttribute('aria-expanded', 'false'); });
    popupFor = null;
  }
  function openListbox(btn) {
    closePopups();
    var opts = JSON.parse(btn.getAttribute('data-options'));
    var pop = document.createElement('div');
    pop.setAttribute('data-automation-widget', 'wd-popup');
    pop.setAttribute('data-associated-widget', btn.id);
    var r = btn.getBoundingClientRect();
    pop.style.cssText = 'position:absolute;z-index:50;background:#fff;border:1px solid #ccc;box-shadow:0 4px 12px rgba(0,0,0,.2);max-height:260px;overflow:auto;min-width:' + r.width + 'px;left:' + (r.left + scrollX) + 'px;top:' + (r.bottom + scrollY + 2) + 'px';
    var ul = document.createElement('ul');
    ul.setAttribute('role', 'listbox');
    ul.setAttribute('aria-label', btn.getAttribute('aria-label') || '');
    ul.style.cssText = 'list-style:none;margin:0;padding:4px 0';
    opts.forEach(function (o, i) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.id = btn.id + '-opt-' + i;
      li.setAttribute('data-value', 'opt' + i);
      li.setAttribute('aria-selected', String(btn.textContent.trim() === o));
      li.style.cssText = 'padding:6px 14px;cursor:pointer';
      var d = document.createElement('div'); d.textContent = o; li.appendChild(d);
      li.addEventListener('mousedown', function (e) { e.preventDefault(); });
      li.addEventListener('click', function () {
        btn.textContent = o; btn.value = o;
        btn.setAttribute('aria-label', btn.getAttribute('data-label') + ' ' + o);
        btn.dispatchEvent(new Event('change', { bubbles: true }));
        closePopups(); btn.focus();
      });
      ul.appendChild(li);
    });
    pop.appendChild(ul);
    document.body.appendChild(pop);
    btn.setAttribute('aria-expanded', 'true');
    popupFor = btn;
  }
  document.addEventListener('click', function (e) {
    var btn = e.target.closest('button[aria-haspopup="listbox"]');
    if (btn) { if (popupFor === btn) closePopups(); else openListbox(btn); return; }
    if (!e.target.closest('[data-automation-widget="wd-popup"]')) closePopups();
    if (!e.target.closest('[data-uxi-widget-type="multiselect"]')) {
      document.querySelectorAll('[data-automation-id="activeListContainer"]').forEach(function (l) { l.hidden = true; });
    }
  });
  document.addEventListener('keydown', function (e) {
    var btn = e.target.closest && e.target.closest('button[aria-haspopup="listbox"]');
    if (!btn) return;
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (popupFor !== btn) openListbox(btn); }
    if (e.key === 'Escape') closePopups();
  });

  /* prompts */
  function renderChips(wrap) {
    var list = wrap.querySelector('[data-automation-id="selectedItemList"]');
    list.innerHTML = '';
    (wrap._selected || []).forEach(function (text) {
      var li = document.createElement('li');
      li.setAttribute('data-automation-id', 'selectedItem');
      li.setAttribute('role', 'option'); li.setAttribute('aria-selected', 'true');
      li.style.cssText = 'display:inline-flex;gap:6px;align-items:center;background:#e8eef6;border-radius:12px;padding:2px 10px;margin:2px';
      var d = document.createElement('div'); d.setAttribute('data-automation-id', 'promptOption'); d.textContent = text;
      var x = document.createElement('span'); x.setAttribute('data-automation-id', 'DELETE_charm'); x.setAttribute('role', 'button'); x.setAttribute('aria-label', 'Delete ' + text); x.style.cssText = 'cursor:pointer;width:10px;height:10px;border-radius:5px;background:#8a99ad;display:inline-block';
      x.addEventListener('click', function (e) { e.stopPropagation(); wrap._selected = wrap._selected.filter(function (t) { return t !== text; }); renderChips(wrap); });
      li.appendChild(d); li.appendChild(x); list.appendChild(li);
    });
    var hidden = wrap.querySelector('input[type=hidden]');
    if (hidden) hidden.value = (wrap._selected || []).join('|');
  }
  function renderResults(wrap, query) {
    var box = wrap.querySelector('[data-automation-id="activeListContainer"]');
    var all = JSON.parse(wrap.getAttribute('data-options'));
    var q = (query || '').trim().toLowerCase();
    var hits = q ? all.filter(function (o) { return o.toLowerCase().indexOf(q) >= 0; }) : all;
    box.innerHTML = '';
    if (!hits.length) { var n = document.createElement('div'); n.textContent = 'No Items.'; n.style.padding = '6px 12px'; box.appendChild(n); }
    hits.forEach(function (o, i) {
      var row = document.createElement('div');
      row.setAttribute('role', 'option'); row.setAttribute('data-automation-id', 'promptOption');
      row.setAttribute('data-automation-label', o); row.id = wrap.id + '-r' + i;
      row.setAttribute('aria-selected', String((wrap._selected || []).indexOf(o) >= 0));
      row.style.cssText = 'padding:6px 12px;cursor:pointer';
      row.textContent = o;
      row.addEventListener('mousedown', function (e) { e.preventDefault(); });
      row.addEventListener('click', function () {
        if (wrap.getAttribute('data-multi') === 'true') { if ((wrap._selected || []).indexOf(o) < 0) wrap._selected = (wrap._selected || []).concat([o]); }
        else { wrap._selected = [o]; box.hidden = true; }
        wrap.querySelector('[data-automation-id="searchBox"]').value = '';
        renderChips(wrap);
      });
      box.appendChild(row);
    });
    box.hidden = false;
  }
  document.querySelectorAll('[data-uxi-widget-type="multiselect"]').forEach(function (wrap) {
    var pre = wrap.getAttribute('data-preset');
    wrap._selected = pre ? [pre] : [];
    renderChips(wrap);
    var input = wrap.querySelector('[data-automation-id="searchBox"]');
    input.addEventListener('focus', function () { renderResults(wrap, ''); });
    input.addEventListener('click', function () { renderResults(wrap, ''); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); renderResults(wrap, input.value); }
      if (e.key === 'Escape') wrap.querySelector('[data-automation-id="activeListContainer"]').hidden = true;
    });
  });

  /* date sections: digits only, clamp length */
  document.querySelectorAll('[data-automation-id^="dateSection"]').forEach(function (inp) {
    inp.addEventListener('input', function () {
      var max = inp.getAttribute('data-automation-id') === 'dateSectionYear-input' ? 4 : 2;
      inp.value = inp.value.replace(/\D/g, '').slice(0, max);
    });
  });

  /* resume */
  var fileInput = document.querySelector('[data-automation-id="file-upload-input-ref"]');
  document.querySelector('[data-automation-id="select-files"]').addEventListener('click', function () { fileInput.click(); });
  fileInput.addEventListener('change', function () {
    var list = document.querySelector('[data-automation-id="file-upload-successful"]');
    list.textContent = fileInput.files[0] ? fileInput.files[0].name + ' — Successfully Uploaded!' : '';
  });

  /* steps */
  var step = 1, pages = document.querySelectorAll('[data-automation-id="applyFlowPage"]');
  var next = document.getElementById('wd-next'), back = document.getElementById('wd-back'), submit = document.getElementById('wd-submit');
  function show() {
    pages.forEach(function (p, i) { p.hidden = i !== step - 1; });
    document.querySelectorAll('[data-automation-id="progressBarActiveStep"]').forEach(function (s) { s.removeAttribute('data-automation-id'); });
    var items = document.querySelectorAll('#wd-progress li');
    items.forEach(function (li, i) { li.className = i === step - 1 ? 'active' : (i < step - 1 ? 'done' : ''); if (i === step - 1) li.setAttribute('data-automation-id', 'progressBarActiveStep'); });
    back.hidden = step === 1;
    next.hidden = step === pages.length;
    submit.hidden = step !== pages.length;
    closePopups();
    window.scrollTo(0, 0);
  }
  next.addEventListener('click', function () { if (step < pages.length) { step++; show(); } });
  back.addEventListener('click', function () { if (step > 1) { step--; show(); } });
  submit.addEventListener('click', function () {
    var terms = document.querySelector('input[data-automation-id="agreementCheckbox"]');
    if (!terms.checked) { document.getElementById('wd-terms-error').hidden = false; return; }
    document.getElementById('wd-flow').hidden = true;
    document.getElementById('wd-done').hidden = false;
  });
  document.getElementById('wd-flow').addEventListener('submit', function (e) { e.preventDefault(); });
  show();
})();
