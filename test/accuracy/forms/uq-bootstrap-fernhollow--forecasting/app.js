/**
 * Fernhollow Energy careers page: Bootstrap 5 (CSS + its JS bundle, as the agency ships it) and a
 * few lines of form script: Bootstrap's validation classes on submit, the thank-you panel in place.
 */
import 'bootstrap5/dist/css/bootstrap.min.css';
import 'bootstrap5';

const form = document.getElementById('fh-form');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  event.stopPropagation();
  form.classList.add('was-validated');
  if (!form.checkValidity()) return;
  document.getElementById('fh-apply-wrap').hidden = true;
  document.getElementById('fh-thanks').hidden = false;
});
