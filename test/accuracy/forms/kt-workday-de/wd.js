/* Workday candidate experience, German tenant: steps shown in place, "Bitte auswählen" button
   listboxes whose popup is appended to <body>, an address section that follows the chosen country,
   a hidden file input behind "Dateien auswählen", date sections TT / MM / JJJJ. */
(function () {
  var REGIONS = JSON.parse(document.getElementById('wd-regions').textContent);
  var open = null;

  function closePopup() {
    var old = document.querySelector('[data-automation-widget="wd-popup"]');
    if (old) old.remove();
    if (open) open.setAttribute('aria-expanded', 'false');
    open = null;
  }
  function choose(btn, text) {
    btn.textContent = text;
    btn.value = text;
    btn.setAttribute('aria-label', btn.getAttribute('data-label') + ' ' + text + (btn.hasAttribute('data-required') ? ' Erforderlich' : ''));
    btn.dispatchEvent(new Event('change', { bubbles: true }));
  }
  function showPopup(btn) {
    closePopup();
    var options = JSON.parse(btn.getAttribute('data-options'));
    var pop = document.createElement('div');
    pop.setAttribute('data-automation-widget', 'wd-popup');
    pop.setAttribute('data-associated-widget', btn.id);
    var r = btn.getBoundingClientRect();
    pop.style.cssText = 'position:absolute;z-index:40;background:#fff;border:1px solid #c9ced6;border-radius:4px;box-shadow:0 6px 16px rgba(0,0,0,.18);max-height:240px;overflow:auto;min-width:' +
      r.width + 'px;left:' + (r.left + window.scrollX) + 'px;top:' + (r.bottom + window.scrollY + 2) + 'px';
    var list = document.createElement('ul');
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', btn.getAttribute('data-label'));
    list.style.cssText = 'list-style:none;margin:0;padding:4px 0';
    ['Bitte auswählen'].concat(options).forEach(function (text, i) {
      var item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.id = btn.id + '-' + i;
      item.setAttribute('aria-selected', String(btn.textContent.trim() === text));
      item.style.cssText = 'padding:7px 14px;cursor:pointer';
      var inner = document.createElement('div');
      inner.textContent = text;
      item.appendChild(inner);
      item.addEventListener('mousedown', function (e) { e.preventDefault(); });
      item.addEventListener('click', function () { choose(btn, text); closePopup(); btn.focus(); });
      list.appendChild(item);
    });
    pop.appendChild(list);
    document.body.appendChild(pop);
    btn.setAttribute('aria-expanded', 'true');
    open = btn;
  }
  document.addEventListener('click', function (e) {
    var btn = e.target.closest('button[aria-haspopup="listbox"]');
    if (btn) { showPopup(btn); return; }
    if (!e.target.closest('[data-automation-widget="wd-popup"]')) closePopup();
  });
  document.addEventListener('keydown', function (e) {
    var btn = e.target.closest && e.target.closest('button[aria-haspopup="listbox"]');
    if (!btn) return;
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (open !== btn) showPopup(btn); }
    if (e.key === 'Escape') closePopup();
  });

  /* the region list and its caption follow the country */
  var country = document.querySelector('[data-automation-id="countryDropdown"]');
  var region = document.querySelector('[data-automation-id="addressSection_countryRegion"]');
  var regionLabel = document.getElementById('wd-region-label');
  function syncRegion() {
    var entry = REGIONS[country.textContent.trim()] || REGIONS['*'];
    regionLabel.textContent = entry.label;
    region.setAttribute('data-label', entry.label);
    region.setAttribute('data-options', JSON.stringify(entry.options));
    if (entry.options.indexOf(region.textContent.trim()) < 0) choose(region, 'Bitte auswählen');
  }
  country.addEventListener('change', syncRegion);
  syncRegion();

  /* date sections: digits only */
  document.querySelectorAll('[data-automation-id^="dateSection"]').forEach(function (box) {
    box.addEventListener('input', function () {
      var max = box.getAttribute('data-automation-id') === 'dateSectionYear-input' ? 4 : 2;
      box.value = box.value.replace(/\D/g, '').slice(0, max);
    });
  });

  /* "Ich bin derzeit hier tätig" hides the end date */
  var current = document.querySelector('[data-automation-id="currentlyWorkHere"]');
  if (current) current.addEventListener('change', function () { document.getElementById('wd-end').hidden = current.checked; });

  /* resume */
  var file = document.querySelector('[data-automation-id="file-upload-input-ref"]');
  document.querySelector('[data-automation-id="select-files"]').addEventListener('click', function () { file.click(); });
  file.addEventListener('change', function () {
    document.querySelector('[data-automation-id="file-upload-successful"]').textContent = file.files[0] ? file.files[0].name + ' – erfolgreich hochgeladen' : '';
  });

  /* steps */
  var step = 1;
  var pages = document.querySelectorAll('[data-automation-id="applyFlowPage"]');
  var next = document.getElementById('wd-next');
  var back = document.getElementById('wd-back');
  var submit = document.getElementById('wd-submit');
  function show() {
    pages.forEach(function (p, i) { p.hidden = i !== step - 1; });
    document.querySelectorAll('#wd-progress li').forEach(function (li, i) {
      li.className = i === step - 1 ? 'active' : i < step - 1 ? 'done' : '';
      if (i === step - 1) li.setAttribute('aria-current', 'step'); else li.removeAttribute('aria-current');
    });
    back.hidden = step === 1;
    next.hidden = step === pages.length;
    submit.hidden = step !== pages.length;
    closePopup();
    window.scrollTo(0, 0);
  }
  next.addEventListener('click', function () { if (step < pages.length) { step += 1; show(); } });
  back.addEventListener('click', function () { if (step > 1) { step -= 1; show(); } });
  submit.addEventListener('click', function () {
    var consent = document.querySelector('[data-automation-id="agreementCheckbox"]');
    if (!consent.checked) { document.getElementById('wd-consent-error').hidden = false; return; }
    document.getElementById('wd-flow').hidden = true;
    document.getElementById('wd-done').hidden = false;
  });
  show();
})();
