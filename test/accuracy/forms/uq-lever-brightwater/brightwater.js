/* Lever hosted apply page script: file name beside ATTACH, the custom pronoun box, submit in place. */
(function () {
  var form = document.getElementById('application-form');
  document.getElementById('resume-upload-input').addEventListener('change', function (event) {
    document.getElementById('resume-filename').textContent = event.target.files.length ? event.target.files[0].name : '';
  });
  form.addEventListener('change', function (event) {
    if (event.target.name === 'pronouns' && event.target.value === 'Custom')
      document.getElementById('lv-custom-pronouns').style.display = event.target.checked ? '' : 'none';
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!form.checkValidity()) { form.reportValidity(); return; }
    document.getElementById('lever-content').hidden = true;
    document.getElementById('lever-thanks').hidden = false;
  });
})();
