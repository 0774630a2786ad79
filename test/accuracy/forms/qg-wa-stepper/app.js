/*
 * Cobaltline Water District's application, built from Web Awesome 3 components (label, input and
 * hint inside each component's shadow root): three panels behind Next buttons, a wa-stepper on
 * top showing the progress, wa-number-input for years and salary ("$" start slot), wa-radio-groups
 * (no native radios), a wa-input with an "https://" start slot, and a native file input. The form
 * values are rendered into <pre id="model">.
 */
import '@awesome.me/webawesome/dist/styles/webawesome.css';
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/checkbox/checkbox.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import '@awesome.me/webawesome/dist/components/number-input/number-input.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/radio-group/radio-group.js';
import '@awesome.me/webawesome/dist/components/radio/radio.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/step/step.js';
import '@awesome.me/webawesome/dist/components/stepper/stepper.js';
import '@awesome.me/webawesome/dist/components/switch/switch.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';

const form = document.getElementById('cw-apply');
const resume = document.getElementById('cw-resume');
const controls = () => [...form.querySelectorAll('wa-input, wa-number-input, wa-select, wa-textarea, wa-radio-group, wa-checkbox, wa-switch')];

function renderModel() {
  const model = {};
  for (const control of controls()) {
    const tag = control.localName;
    model[control.getAttribute('name')] = tag === 'wa-checkbox' || tag === 'wa-switch' ? control.checked === true : (control.value ?? '');
  }
  model.resume = resume.files.length ? resume.files[0].name : null;
  document.getElementById('model').textContent = JSON.stringify(model, null, 1);
}
for (const type of ['input', 'change']) form.addEventListener(type, () => queueMicrotask(renderModel));
Promise.all(['wa-input', 'wa-number-input', 'wa-select', 'wa-radio-group', 'wa-checkbox', 'wa-switch', 'wa-textarea'].map((tag) => customElements.whenDefined(tag))).then(() => setTimeout(renderModel, 30));
renderModel();

const value = (name) => form.querySelector(`[name="${name}"]`).value;
function show(step) {
  for (const panel of form.querySelectorAll('section[data-step]')) panel.hidden = panel.dataset.step !== step;
  document.getElementById('apply-steps').setAttribute('active', step);
  window.scrollTo(0, 0);
}
document.getElementById('next-1').addEventListener('click', () => {
  if (!value('first_name') || !value('last_name') || !/@/.test(value('email')) || !resume.files.length) return;
  show('background');
});
document.getElementById('next-2').addEventListener('click', () => show('submit'));
document.getElementById('back-2').addEventListener('click', () => show('contact'));
document.getElementById('back-3').addEventListener('click', () => show('background'));
document.getElementById('cw-submit').addEventListener('click', () => {
  renderModel();
  const ok = form.querySelector('[name=certify]').checked;
  document.getElementById('cw-error').hidden = ok;
  if (!ok) return;
  form.hidden = true;
  document.getElementById('cw-done').hidden = false;
});
