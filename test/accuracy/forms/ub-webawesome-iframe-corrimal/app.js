/*
 * The application widget a small Australian ATS embeds on its customers' careers pages: a
 * same-origin iframe (frame.html) whose form is built from Web Awesome 3 components (label, input
 * and hint inside each component's shadow root). Profile links are labelled by an icon whose only
 * text is a `title`; the "Availability and pay" block is a table whose first cell holds the
 * question and whose second cell holds an unlabelled wa-input with a format hint; an "Emergency
 * contact" section repeats the contact fields. The form data is rendered into <pre id="model">.
 */
import '@awesome.me/webawesome/dist/styles/webawesome.css';
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/checkbox/checkbox.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/radio-group/radio-group.js';
import '@awesome.me/webawesome/dist/components/radio/radio.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';

const form = document.getElementById('cg-application');
const resume = document.getElementById('cg-resume');
const controls = () => [...form.querySelectorAll('wa-input, wa-select, wa-textarea, wa-radio-group, wa-checkbox')];

function renderModel() {
  const model = {};
  for (const control of controls()) {
    const name = control.getAttribute('name');
    model[name] = control.localName === 'wa-checkbox' ? control.checked === true : (control.value ?? '');
  }
  model.resume = resume.files.length ? resume.files[0].name : null;
  document.getElementById('model').textContent = JSON.stringify(model, null, 1);
}

for (const type of ['input', 'change']) form.addEventListener(type, () => queueMicrotask(renderModel));
Promise.all(['wa-input', 'wa-select', 'wa-radio-group', 'wa-checkbox', 'wa-textarea'].map((tag) => customElements.whenDefined(tag))).then(() => setTimeout(renderModel, 30));
renderModel();

document.getElementById('cg-submit').addEventListener('click', () => {
  renderModel();
  const model = JSON.parse(document.getElementById('model').textContent);
  const ok = model.given_name && model.family_name && /@/.test(model.email) && model.resume && model.privacy;
  document.getElementById('cg-error').hidden = Boolean(ok);
  if (!ok) return;
  form.hidden = true;
  document.getElementById('cg-done').hidden = false;
});
