/*
 * An Ashby-style hosted application (jobs.ashbyhq.com/<org>/<job>/application) as plain script:
 * the page ships its form definition as JSON (window.__appData) and renders it; every control is
 * the board's own: Yes/No and option buttons, a button + listbox dropdown, a location combobox
 * that only takes a picked suggestion, a dial-code button + listbox beside the phone box,
 * role=switch buttons, role=checkbox tiles, a star rating. The form state is shown in
 * <pre id="model">, as the SPA keeps it.
 */
(function () {
  var data = JSON.parse(document.getElementById('__appData').textContent);
  var root = document.getElementById('ashby-form');
  var state = {};
  var modelPre = document.getElementById('model');
  var uid = 0;
  function render() { modelPre.textContent = JSON.stringify(state, null, 2); }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }
  function nextId() { uid += 1; return '_r_' + uid.toString(36) + '_'; }
  function set(key, value) { state[key] = value; render(); }

  function closeAllLists(except) {
    Array.prototype.forEach.call(document.querySelectorAll('.ashby-listbox'), function (list) {
      if (list !== except) { list.hidden = true; var owner = document.querySelector('[aria-controls="' + list.id + '"]'); if (owner) owner.setAttribute('aria-expanded', 'false'); }
    });
  }
  document.addEventListener('click', function (event) {
    if (!event.target.closest('.ashby-dropdown, .ashby-combobox, .ashby-phone')) closeAllLists(null);
  });

  function dropdown(key, labelId, options, placeholder, wrapClass) {
    var listId = nextId() + 'listbox';
    var button = el('button', { type: 'button', className: 'ashby-select-button', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-labelledby': labelId, 'data-key': key, text: placeholder });
    var list = el('ul', { id: listId, role: 'listbox', className: 'ashby-listbox', 'aria-labelledby': labelId });
    list.hidden = true;
    options.forEach(function (option) {
      var li = el('li', { role: 'option', 'aria-selected': 'false', className: 'ashby-option', text: option });
      li.addEventListener('click', function () {
        Array.prototype.forEach.call(list.children, function (o) { o.setAttribute('aria-selected', o === li ? 'true' : 'false'); });
        button.textContent = option;
        list.hidden = true; button.setAttribute('aria-expanded', 'false');
        set(key, option);
        button.focus();
      });
      list.appendChild(li);
    });
    button.addEventListener('click', function () {
      var open = list.hidden; closeAllLists(list); list.hidden = !open; button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    button.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') { event.preventDefault(); closeAllLists(list); list.hidden = false; button.setAttribute('aria-expanded', 'true'); }
    });
    return el('div', { className: 'ashby-dropdown ' + (wrapClass || '') }, [button, list]);
  }

  function field(q) {
    var labelId = nextId() + 'label';
    var inputId = nextId();
    var wrap = el('div', { className: 'ashby-field', 'data-field-path': q.path });
    var title = el(q.kind === 'file' || q.kind === 'yesno' || q.kind === 'buttons' || q.kind === 'multi' || q.kind === 'rating' ? 'div' : 'label', { id: labelId, className: 'ashby-label' }, [q.title, q.required ? el('span', { className: 'req', text: '*' }) : null]);
    if (title.localName === 'label') title.setAttribute('for', inputId);
    wrap.appendChild(title);
    if (q.description) wrap.appendChild(el('p', { className: 'ashby-desc', text: q.description }));
    var key = q.path;
    if (q.kind === 'text' || q.kind === 'email' || q.kind === 'currency' || q.kind === 'date') {
      state[key] = '';
      var input = el('input', { id: inputId, name: key, type: q.kind === 'email' ? 'email' : 'text', className: 'ashby-input', autocomplete: 'off' });
      if (q.placeholder) input.setAttribute('placeholder', q.placeholder);
      if (q.maxLength) input.setAttribute('maxlength', q.maxLength);
      if (q.inputMode) input.setAttribute('inputmode', q.inputMode);
      input.addEventListener('input', function () { set(key, input.value); });
      if (q.prefix || q.suffix) {
        wrap.appendChild(el('div', { className: 'ashby-addon' }, [q.prefix ? el('span', { text: q.prefix }) : null, input, q.suffix ? el('span', { text: q.suffix }) : null]));
      } else wrap.appendChild(input);
    } else if (q.kind === 'textarea') {
      state[key] = '';
      var ta = el('textarea', { id: inputId, name: key, className: 'ashby-input', rows: '4' });
      ta.addEventListener('input', function () { set(key, ta.value); });
      wrap.appendChild(ta);
    } else if (q.kind === 'phone') {
      state[key] = ''; state[key + '_country'] = q.dialDefault.code;
      var dialWrap = el('div', { className: 'ashby-phone' });
      var listId = nextId() + 'dial';
      var dial = el('button', { type: 'button', className: 'ashby-dial', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-label': 'Country code', text: q.dialDefault.label });
      var dlist = el('ul', { id: listId, role: 'listbox', className: 'ashby-listbox', 'aria-label': 'Country code' });
      dlist.hidden = true;
      q.dials.forEach(function (d) {
        var li = el('li', { role: 'option', className: 'ashby-option', 'data-code': d.code, text: d.label });
        li.addEventListener('click', function () { dial.textContent = d.label; dlist.hidden = true; dial.setAttribute('aria-expanded', 'false'); set(key + '_country', d.code); });
        dlist.appendChild(li);
      });
      dial.addEventListener('click', function () { var open = dlist.hidden; closeAllLists(dlist); dlist.hidden = !open; dial.setAttribute('aria-expanded', open ? 'true' : 'false'); });
      var tel = el('input', { id: inputId, name: key, type: 'tel', className: 'ashby-input', autocomplete: 'off' });
      if (q.placeholder) tel.setAttribute('placeholder', q.placeholder);
      tel.addEventListener('input', function () { set(key, tel.value); });
      dialWrap.appendChild(el('div', { className: 'ashby-dropdown' }, [dial, dlist]));
      dialWrap.appendChild(tel);
      wrap.appendChild(dialWrap);
    } else if (q.kind === 'file') {
      state[key] = null;
      var file = el('input', { id: inputId, name: key, type: 'file', className: 'ashby-file-input', 'aria-labelledby': labelId, accept: q.accept || '.pdf,.doc,.docx,.txt,.rtf' });
      var shown = el('span', { className: 'ashby-file-name' });
      var up = el('button', { type: 'button', className: 'ashby-upload', text: 'Upload File' });
      up.addEventListener('click', function () { file.click(); });
      file.addEventListener('change', function () { var f = file.files[0]; shown.textContent = f ? f.name : ''; set(key, f ? f.name : null); });
      wrap.appendChild(el('div', { className: 'ashby-file' }, [up, shown, file]));
    } else if (q.kind === 'location') {
      state[key] = null;
      var lid = nextId() + 'loc';
      var box = el('input', { id: inputId, name: key, type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': lid, className: 'ashby-input', autocomplete: 'off', placeholder: 'Start typing…' });
      var llist = el('ul', { id: lid, role: 'listbox', className: 'ashby-listbox' });
      llist.hidden = true;
      var timer = null;
      box.addEventListener('input', function () {
        set(key, null);
        clearTimeout(timer);
        var text = box.value.trim().toLowerCase();
        timer = setTimeout(function () {
          llist.textContent = '';
          if (text.length < 2) { llist.hidden = true; box.setAttribute('aria-expanded', 'false'); return; }
          var words = text.split(/[\s,]+/).filter(Boolean);
          data.places.filter(function (p) { var low = p.toLowerCase(); return words.every(function (w) { return low.indexOf(w) >= 0; }); }).slice(0, 6).forEach(function (p) {
            var li = el('li', { role: 'option', className: 'ashby-option', text: p });
            li.addEventListener('mousedown', function (e) { e.preventDefault(); });
            li.addEventListener('click', function () { box.value = p; set(key, p); llist.hidden = true; box.setAttribute('aria-expanded', 'false'); });
            llist.appendChild(li);
          });
          llist.hidden = !llist.children.length; box.setAttribute('aria-expanded', llist.hidden ? 'false' : 'true');
        }, 150);
      });
      box.addEventListener('blur', function () { setTimeout(function () { llist.hidden = true; box.setAttribute('aria-expanded', 'false'); }, 150); });
      wrap.appendChild(el('div', { className: 'ashby-combobox' }, [box, llist]));
    } else if (q.kind === 'yesno' || q.kind === 'buttons') {
      state[key] = null;
      var opts = q.kind === 'yesno' ? ['Yes', 'No'] : q.options;
      var group = el('div', { className: 'ashby-yesno', role: 'group', 'aria-labelledby': labelId });
      opts.forEach(function (o) {
        var b = el('button', { type: 'button', className: 'ashby-option-button', 'aria-pressed': 'false', text: o });
        b.addEventListener('click', function () {
          Array.prototype.forEach.call(group.children, function (x) { x.setAttribute('aria-pressed', x === b ? 'true' : 'false'); });
          set(key, q.kind === 'yesno' ? o === 'Yes' : o);
        });
        group.appendChild(b);
      });
      wrap.appendChild(group);
    } else if (q.kind === 'select') {
      state[key] = null;
      wrap.appendChild(dropdown(key, labelId, q.options, 'Select...'));
    } else if (q.kind === 'switch') {
      state[key] = false;
      title.remove();
      var sw = el('button', { type: 'button', role: 'switch', 'aria-checked': 'false', id: inputId, className: 'ashby-switch' }, [el('span', { className: 'knob', 'aria-hidden': 'true' }), el('span', { className: 'sr-only', text: q.title })]);
      sw.addEventListener('click', function () { var on = sw.getAttribute('aria-checked') !== 'true'; sw.setAttribute('aria-checked', on ? 'true' : 'false'); set(key, on); });
      wrap.appendChild(el('div', { className: 'ashby-switch-row' }, [sw, el('span', { 'aria-hidden': 'true', text: q.title })]));
    } else if (q.kind === 'multi') {
      state[key] = [];
      var tiles = el('div', { className: 'ashby-tiles', role: 'group', 'aria-labelledby': labelId });
      q.options.forEach(function (o) {
        var t = el('div', { role: 'checkbox', tabindex: '0', 'aria-checked': 'false', className: 'ashby-tile', text: o });
        function toggle() {
          var on = t.getAttribute('aria-checked') !== 'true'; t.setAttribute('aria-checked', on ? 'true' : 'false');
          var list = state[key].filter(function (x) { return x !== o; }); if (on) list.push(o); set(key, list);
        }
        t.addEventListener('click', toggle);
        t.addEventListener('keydown', function (e) { if (e.key === ' ') { e.preventDefault(); toggle(); } });
        tiles.appendChild(t);
      });
      wrap.appendChild(tiles);
    } else if (q.kind === 'rating') {
      state[key] = null;
      var stars = el('div', { className: 'ashby-rating', role: 'radiogroup', 'aria-labelledby': labelId });
      [1, 2, 3, 4, 5].forEach(function (n) {
        var s = el('span', { role: 'radio', tabindex: '0', 'aria-checked': 'false', 'aria-label': n + (n === 1 ? ' star' : ' stars'), className: 'ashby-star', text: '★' });
        s.addEventListener('click', function () {
          Array.prototype.forEach.call(stars.children, function (x, i) { x.setAttribute('aria-checked', i === n - 1 ? 'true' : 'false'); x.classList.toggle('on', i < n); });
          set(key, n);
        });
        stars.appendChild(s);
      });
      wrap.appendChild(stars);
    }
    return wrap;
  }

  data.sections.forEach(function (section) {
    var sec = el('section', { className: 'ashby-section' }, section.title ? [el('h2', { text: section.title })] : []);
    section.fields.forEach(function (q) { sec.appendChild(field(q)); });
    root.insertBefore(sec, document.getElementById('ashby-submit-row'));
  });
  render();

  document.getElementById('ashby-autofill-input').addEventListener('change', function (event) {
    document.getElementById('ashby-autofill-status').textContent = event.target.files.length ? 'Parsing your resume…' : '';
  });
  root.addEventListener('submit', function (event) {
    event.preventDefault();
    var missing = data.sections.some(function (s) { return s.fields.some(function (q) {
      var v = state[q.path]; return q.required && (v === null || v === '' || (Array.isArray(v) && !v.length));
    }); });
    if (missing) { document.getElementById('ashby-error').hidden = false; return; }
    document.getElementById('ashby-app').hidden = true;
    document.getElementById('ashby-success').hidden = false;
  });
})();
