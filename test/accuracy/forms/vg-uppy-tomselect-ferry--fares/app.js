/*
 * A ferry operator's own careers site (Rails, Bootstrap 5 markup) with two plugins: Tom Select 2
 * over its native selects (state with USPS values, country with ISO values in optgroups, years,
 * education, a multiple languages select with remove buttons, a creatable skills box, the source)
 * and an Uppy 6 Dashboard in a modal for the resume, opened by the "Upload resume" button (its
 * hidden inputs live in the modal; Uppy's file list is the state). Everything else is plain
 * Bootstrap: btn-check radios, a form-switch, a hidden cover-letter input behind a label button.
 * The page renders its state into <pre id="model">.
 */
import 'bootstrap5/dist/css/bootstrap.min.css';
import 'tom-select/dist/css/tom-select.bootstrap5.min.css';
import '@uppy/core/css/style.min.css';
import '@uppy/dashboard/css/style.min.css';
import TomSelect from 'tom-select';
import Uppy from '@uppy/core';
import Dashboard from '@uppy/dashboard';

const form = document.querySelector('#new_application');

for (const select of document.querySelectorAll('select.ts')) {
  const multiple = select.multiple;
  new TomSelect(select, {
    create: select.dataset.create === 'true',
    plugins: multiple ? ['remove_button'] : [],
    maxOptions: 300,
    allowEmptyOption: !multiple,
    onChange: () => render(),
  });
}

const uppy = new Uppy({ id: 'resume', restrictions: { maxNumberOfFiles: 1, allowedFileTypes: ['.pdf', '.doc', '.docx'] }, autoProceed: false });
uppy.use(Dashboard, {
  trigger: '#upload-resume',
  closeAfterFinish: true,
  proudlyDisplayPoweredByUppy: false,
  hideUploadButton: true,
  note: 'PDF or Word, up to 5 MB',
  doneButtonHandler: () => uppy.getPlugin('Dashboard').closeModal(),
});
const syncResume = () => {
  const file = uppy.getFiles()[0];
  document.querySelector('#resume-name').textContent = file ? `📄 ${file.name}` : 'No file uploaded yet';
  render();
};
uppy.on('file-added', syncResume);
uppy.on('file-removed', syncResume);

for (const input of document.querySelectorAll('input[type=file][data-name-target]')) {
  input.addEventListener('change', () => {
    document.getElementById(input.dataset.nameTarget).textContent = input.files[0]?.name ?? 'No file chosen';
  });
}

function render() {
  const model = { resume: uppy.getFiles().map((file) => file.name) };
  for (const el of form.elements) {
    if (!el.name || el.type === 'hidden' || el.name === 'authenticity_token') continue;
    const key = [...el.name.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]).filter(Boolean).pop() ?? el.name;
    if (el.type === 'radio') { if (!(key in model)) model[key] = null; if (el.checked) model[key] = el.value; }
    else if (el.type === 'checkbox') model[key] = el.checked;
    else if (el.type === 'file') model[key] = [...el.files].map((file) => file.name);
    else if (el.multiple) model[key] = [...el.selectedOptions].map((option) => option.value);
    else model[key] = el.value;
  }
  document.querySelector('#model').textContent = JSON.stringify(model, null, 1);
}
form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  if (!form.checkValidity() || uppy.getFiles().length === 0) {
    form.classList.add('was-validated');
    return;
  }
  form.hidden = true;
  document.querySelector('#application-received').hidden = false;
});
render();
