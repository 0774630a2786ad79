/*
 * Breezy HR-style hosted apply page (server-rendered markup, jQuery-free) with Dropzone.js 6 for
 * the resume and the work samples. Dropzone keeps its files in its own list (its hidden input at the
 * end of <body> is emptied after each pick), so the model holds the file names. The page's own
 * script drives the card radios, the aria-pressed segmented buttons, the switch that reveals the
 * current-job boxes, the "Other (please specify)" boxes, the years slider's output and the
 * cover-letter "Paste / Upload" tabs. The form state is rendered into <pre id="model">.
 */
import 'dropzone/dist/dropzone.css';
import Dropzone from 'dropzone';

Dropzone.autoDiscover = false;
const form = document.querySelector('#bz-apply');
const zones = {};
for (const el of document.querySelectorAll('.dropzone[data-model]')) {
  const zone = new Dropzone(el, {
    url: '/upload',
    autoProcessQueue: false,
    maxFiles: el.dataset.multiple ? 5 : 1,
    acceptedFiles: el.dataset.accept,
    addRemoveLinks: true,
    dictDefaultMessage: el.dataset.message,
    paramName: el.dataset.model,
  });
  zone.on('maxfilesexceeded', (file) => {
    zone.removeAllFiles();
    zone.addFile(file);
  });
  zone.on('addedfile', () => setTimeout(render));
  zone.on('removedfile', () => setTimeout(render));
  zones[el.dataset.model] = zone;
}

/* "Autofill from resume": the real page posts the file to a parser; here it only says so. */
document.querySelector('#bz-parse').addEventListener('click', () => {
  document.querySelector('#bz-parse-status').textContent = zones.resume.files.length
    ? 'We could not read this file. Please fill the form in yourself.'
    : 'Add your resume first.';
});

/* Card radios: the card of the checked radio gets .is-selected. */
for (const input of document.querySelectorAll('.bz-card input[type=radio]')) {
  input.addEventListener('change', () => {
    for (const other of document.getElementsByName(input.name)) other.closest('.bz-card').classList.toggle('is-selected', other.checked);
  });
}

/* Segmented buttons (aria-pressed), one per group, value kept in a hidden input. */
for (const group of document.querySelectorAll('.bz-segmented')) {
  const hidden = group.querySelector('input[type=hidden]');
  for (const button of group.querySelectorAll('button')) {
    button.addEventListener('click', () => {
      for (const other of group.querySelectorAll('button')) other.setAttribute('aria-pressed', String(other === button));
      hidden.value = button.dataset.value;
      render();
    });
  }
}

/* A switch that reveals the boxes it controls. */
for (const toggle of document.querySelectorAll('input[role=switch][aria-controls]')) {
  const sync = () => { document.getElementById(toggle.getAttribute('aria-controls')).hidden = !toggle.checked; };
  toggle.addEventListener('change', sync);
  sync();
}

/* "Other (please specify)": the box appears when Other is chosen. */
for (const select of document.querySelectorAll('select[data-other]')) {
  const box = document.getElementById(select.dataset.other).closest('.bz-other');
  const sync = () => { box.hidden = select.value !== 'OTHER'; };
  select.addEventListener('change', sync);
  sync();
}
for (const check of document.querySelectorAll('input[type=checkbox][data-other]')) {
  const box = document.getElementById(check.dataset.other).closest('.bz-other');
  const sync = () => { box.hidden = !check.checked; };
  check.addEventListener('change', sync);
  sync();
}

/* Slider with its output. */
for (const range of document.querySelectorAll('input[type=range]')) {
  const out = document.querySelector(`output[for="${range.id}"]`);
  const sync = () => { out.textContent = `${range.value} ${range.value === '1' ? 'year' : 'years'}`; };
  range.addEventListener('input', sync);
  sync();
}

/* Cover letter tabs. */
for (const tab of document.querySelectorAll('.bz-tabs [role=tab]')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll('.bz-tabs [role=tab]')) {
      const on = other === tab;
      other.setAttribute('aria-selected', String(on));
      document.getElementById(other.getAttribute('aria-controls')).hidden = !on;
    }
    render();
  });
}

function render() {
  const model = {};
  for (const el of form.querySelectorAll('[data-model]')) {
    const key = el.dataset.model;
    if (el.classList.contains('dropzone')) model[key] = zones[key].files.map((file) => file.name);
    else if (el.matches('.bz-segmented')) model[key] = el.querySelector('input[type=hidden]').value || null;
    else if (el.matches('fieldset')) {
      const boxes = [...el.querySelectorAll('input')];
      if (boxes[0]?.type === 'radio') model[key] = boxes.find((box) => box.checked)?.value ?? null;
      else model[key] = boxes.filter((box) => box.checked).map((box) => box.value);
    } else if (el.type === 'checkbox') model[key] = el.checked;
    else model[key] = el.value;
  }
  model.coverLetterMode = document.querySelector('.bz-tabs [aria-selected=true]').dataset.mode;
  document.querySelector('#model').textContent = JSON.stringify(model, null, 1);
}
form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  if (!form.reportValidity()) return;
  if (!zones.resume.files.length) {
    document.querySelector('#bz-resume-error').hidden = false;
    return;
  }
  form.hidden = true;
  document.querySelector('#bz-done').hidden = false;
});
render();
