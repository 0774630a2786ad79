/* iCIMS portal page script: the browser's own validation, then the confirmation in place. */
(function () {
  var form = document.getElementById('icims_ApplyForm');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!form.checkValidity()) { form.reportValidity(); return; }
    document.getElementById('icims-app').hidden = true;
    document.getElementById('icims-complete').hidden = false;
  });
})();
