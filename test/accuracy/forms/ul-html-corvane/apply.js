// Corvane careers apply page: the server renders the whole page; this script only wires the
// upload buttons to their hidden inputs, the "add another" repeaters, "I currently work here",
// the chat launcher and the submit.
(function () {
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  // Upload buttons: each opens its hidden input; the chosen name shows beside the button.
  $$('[data-upload-for]').forEach(function (btn) {
    var input = document.getElementById(btn.getAttribute('data-upload-for'));
    var out = document.getElementById(btn.getAttribute('data-upload-for') + '-name');
    btn.addEventListener('click', function () { input.click(); });
    input.addEventListener('change', function () {
      out.textContent = input.files && input.files.length ? input.files[0].name : 'No file chosen';
      btn.textContent = input.files && input.files.length ? 'Replace file' : btn.getAttribute('data-label');
    });
  });

  // "I currently work here" hides the "To" month of its block.
  function wireCurrent(block) {
    var box = $('.cv-current', block);
    if (!box) return;
    var to = $('.cv-to', block);
    box.addEventListener('change', function () { to.hidden = box.checked; });
  }
  $$('.cv-repeat-block').forEach(wireCurrent);

  // Repeaters: clone the first block with the next index, emptied.
  $$('[data-repeat]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var list = document.getElementById(btn.getAttribute('data-repeat'));
      var blocks = $$('.cv-repeat-block', list);
      var n = blocks.length;
      var copy = blocks[0].cloneNode(true);
      $$('input, select, textarea, label, [id]', copy).forEach(function (el) {
        ['id', 'for', 'name'].forEach(function (attr) {
          var v = el.getAttribute(attr);
          if (v) el.setAttribute(attr, v.replace(/\[0\]/, '[' + n + ']').replace(/_0_/, '_' + n + '_'));
        });
        if (el.type === 'checkbox') el.checked = false;
        else if (el.tagName === 'SELECT') el.selectedIndex = 0;
        else if ('value' in el && el.tagName !== 'LABEL') el.value = '';
        if (el.classList && el.classList.contains('cv-to')) el.hidden = false;
      });
      var h = $('.cv-block-title', copy);
      if (h) h.textContent = h.getAttribute('data-next').replace('#', String(n + 1));
      var rm = document.createElement('button');
      rm.type = 'button'; rm.className = 'cv-linkbtn'; rm.textContent = 'Remove';
      rm.addEventListener('click', function () { copy.remove(); });
      copy.appendChild(rm);
      list.appendChild(copy);
      wireCurrent(copy);
    });
  });

  // Chat launcher.
  var chat = $('#cv-chat');
  $('#cv-chat-toggle').addEventListener('click', function () { chat.hidden = !chat.hidden; });

  // Submit: the browser checks required fields; the server would answer with the thank-you page.
  $('#cv-apply').addEventListener('submit', function (e) {
    e.preventDefault();
    $('#cv-apply').hidden = true;
    $('#cv-done').hidden = false;
  });
})();
