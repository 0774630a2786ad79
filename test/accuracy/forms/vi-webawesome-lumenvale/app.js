/*
 * The careers site of a Denver telehealth nonprofit: server-rendered pages whose forms are built
 * from Web Awesome 3 (`@awesome.me/webawesome`) components as its docs show them: wa-input with
 * label / hint attributes (label and input in the shadow root), wa-select + wa-option (readonly
 * display input role=combobox, no native select) for the dial code, a country list with long
 * official names, education and the EEO questions, wa-radio-group (appearance=button year
 * buckets, sentence answers), wa-checkbox-group, wa-switch, wa-number-input with "$" / "USD"
 * slots, wa-input type=date, wa-textarea and a native file input behind a wa-button. The posted
 * form data is rendered into <pre id="model">.
 */
import '@awesome.me/webawesome/dist/styles/webawesome.css';
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/checkbox/checkbox.js';
import '@awesome.me/webawesome/dist/components/checkbox-group/checkbox-group.js';
import '@awesome.me/webawesome/dist/components/divider/divider.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import '@awesome.me/webawesome/dist/components/number-input/number-input.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/radio-group/radio-group.js';
import '@awesome.me/webawesome/dist/components/radio/radio.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/switch/switch.js';
import '@awesome.me/webawesome/dist/components/textarea/textarea.js';

const form = document.getElementById('application');
const modelView = document.getElementById('model');

/** What the form would post, keyed by the controls' names. */
function readForm() {
  const data = {};
  for (const control of form.querySelectorAll('[name]')) {
    const name = control.getAttribute('name');
    const tag = control.localName;
    const group = control.closest('wa-checkbox-group');
    if (tag === 'wa-checkbox' && group) {
      data[group.dataset.name] = data[group.dataset.name] ?? [];
      if (control.checked) data[group.dataset.name].push(control.getAttribute('value'));
    } else if (tag === 'wa-checkbox' || tag === 'wa-switch') data[name] = control.checked === true;
    else if (tag === 'wa-number-input') data[name] = control.value === '' || control.value == null ? null : Number(control.value);
    else if (tag === 'input' && control.type === 'file') data[name] = control.files[0]?.name ?? '';
    else if (tag === 'input' && control.type === 'hidden') continue;
    else if (tag.startsWith('wa-')) data[name] = control.value ?? '';
  }
  return data;
}
const render = () => { modelView.textContent = JSON.stringify(readForm(), null, 2); };
for (const type of ['input', 'change', 'wa-clear']) form.addEventListener(type, () => queueMicrotask(render));

const resume = document.getElementById('resume-input');
const resumeName = document.getElementById('resume-name');
document.getElementById('resume-button').addEventListener('click', () => resume.click());
resume.addEventListener('change', () => { resumeName.textContent = resume.files[0]?.name ?? 'No file chosen'; render(); });

Promise.all(['wa-input', 'wa-select', 'wa-radio-group', 'wa-checkbox', 'wa-switch', 'wa-number-input', 'wa-textarea'].map((tag) => customElements.whenDefined(tag))).then(() => setTimeout(render, 0));
render();

document.getElementById('submit-application').addEventListener('click', () => {
  const data = readForm();
  const required = [...form.querySelectorAll('[required]')].map((el) => el.getAttribute('name') ?? el.dataset.name);
  const missing = required.filter((name) => !data[name] || (Array.isArray(data[name]) && !data[name].length));
  if (missing.length) {
    document.getElementById('form-error').hidden = false;
    document.getElementById('form-error').textContent = `Please complete: ${missing.join(', ')}`;
    return;
  }
  form.hidden = true;
  document.getElementById('received').hidden = false;
});
