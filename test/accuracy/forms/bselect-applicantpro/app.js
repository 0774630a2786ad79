/*
 * The application page's script: Bootstrap 4's dropdowns and bootstrap-select turn every
 * `.selectpicker` into a button + menu widget over the hidden native select; the custom file
 * input shows the chosen file's name; the selects' values are rendered into <pre id="model">.
 */
import $ from 'jquery';
import 'bootstrap';
import 'bootstrap-select';
import 'bootstrap/dist/css/bootstrap.css';
import 'bootstrap-select/dist/css/bootstrap-select.css';

const form = document.getElementById('apForm');
const model = document.getElementById('model');
const render = () => {
  const state = {};
  for (const select of form.querySelectorAll('select')) state[select.closest('[data-field]').dataset.field] = select.multiple ? [...select.selectedOptions].map((option) => option.value) : select.value;
  model.textContent = JSON.stringify(state, null, 2);
};

$('.selectpicker').selectpicker();
$('.selectpicker').on('changed.bs.select change', render);
render();

const resume = document.getElementById('ap_resume');
resume.addEventListener('change', () => { resume.nextElementSibling.textContent = resume.files[0]?.name ?? 'Choose file'; });
document.getElementById('nav-search').addEventListener('submit', (event) => event.preventDefault());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = [...form.querySelectorAll('[required]')].filter((field) => (field.type === 'checkbox' ? !field.checked : field.type === 'file' ? field.files.length === 0 : !field.value.trim()));
  form.querySelectorAll('.is-invalid').forEach((field) => field.classList.remove('is-invalid'));
  missing.forEach((field) => field.classList.add('is-invalid'));
  if (missing.length) return;
  form.hidden = true;
  document.getElementById('apDone').hidden = false;
});
