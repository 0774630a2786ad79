/* Greenhouse board script: Attach opens the hidden file input, "enter manually" shows the paste box, submit in place. */
(function () {
  Array.prototype.forEach.call(document.querySelectorAll('.attach-or-paste'), function (box) {
    var file = box.querySelector('input[type=file]');
    var text = box.querySelector('textarea');
    box.querySelector('[data-source=attach]').addEventListener('click', function () { file.click(); });
    box.querySelector('[data-source=paste]').addEventListener('click', function (event) { event.preventDefault(); text.style.display = 'block'; text.focus(); });
    file.addEventListener('change', function () { box.querySelector('.chosen').textContent = file.files.length ? file.files[0].name : ''; });
  });
  var form = document.getElementById('application_form');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    form.hidden = true;
    document.getElementById('application_confirmation').hidden = false;
  });
})();
