/*
 * Recruitee-style careers site application ("offers/<slug>/c/new"), server-rendered markup with the
 * site's own small script, and FilePond 4 (vanilla) turning the CV and cover-letter inputs into
 * drop areas. FilePond swaps each original input for its own `.filepond--browser` input, which is
 * emptied after each pick; the pond's file list is the state. The script also drives the − / +
 * stepper, the "Other (please specify)" boxes and the toggle. The state is rendered into
 * <pre id="model">.
 */
import 'filepond/dist/filepond.min.css';
import * as FilePond from 'filepond';

const form = document.querySelector('#new_candidate');
const ponds = {};
for (const input of document.querySelectorAll('input.rc-filepond')) {
  const wrap = input.closest('.rc-upload');
  const key = wrap.dataset.model;
  const pond = FilePond.create(input, {
    allowMultiple: false,
    credits: false,
    storeAsFile: true,
    labelIdle: input.dataset.idle,
  });
  pond.on('addfile', () => render());
  pond.on('removefile', () => render());
  ponds[key] = pond;
}

for (const stepper of document.querySelectorAll('.rc-stepper')) {
  const input = stepper.querySelector('input');
  const step = (delta) => {
    const next = Math.max(Number(input.min || 0), Math.min(Number(input.max || 99), Number(input.value || 0) + delta));
    input.value = String(next);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  stepper.querySelector('[data-step="-1"]').addEventListener('click', () => step(-1));
  stepper.querySelector('[data-step="1"]').addEventListener('click', () => step(1));
}

/* Radios / selects with an "Other (please specify)" answer reveal a text box. */
for (const group of document.querySelectorAll('[data-other-box]')) {
  const box = document.getElementById(group.dataset.otherBox).closest('.rc-other');
  const sync = () => {
    const chosen = group.matches('select') ? group.value : group.querySelector('input:checked')?.value;
    box.hidden = chosen !== 'other';
  };
  group.addEventListener('change', sync);
  sync();
}

function render() {
  const model = {};
  for (const el of form.querySelectorAll('[data-model]')) {
    const key = el.dataset.model;
    if (el.classList.contains('rc-upload')) model[key] = ponds[key].getFiles().map((item) => item.file.name);
    else if (el.matches('fieldset, [role=radiogroup], [role=group]')) {
      const boxes = [...el.querySelectorAll('input[type=radio], input[type=checkbox]')];
      if (boxes[0]?.type === 'radio') model[key] = boxes.find((box) => box.checked)?.value ?? null;
      else model[key] = boxes.filter((box) => box.checked).map((box) => box.value);
    } else if (el.type === 'checkbox') model[key] = el.checked;
    else if (el.type === 'file') model[key] = [...el.files].map((file) => file.name);
    else model[key] = el.value;
  }
  document.querySelector('#model').textContent = JSON.stringify(model, null, 1);
}
form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  if (!form.reportValidity()) return;
  if (!ponds.cv.getFiles().length) {
    document.querySelector('#rc-cv-error').hidden = false;
    return;
  }
  form.hidden = true;
  document.querySelector('#rc-done').hidden = false;
});
render();
