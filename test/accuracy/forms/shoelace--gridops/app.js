/*
 * Another posting on Lumencroft Energy's Shoelace careers template (grid operations analyst). Built from Shoelace web components: sl-input / sl-select / sl-textarea with their
 * labels and native inputs inside open shadow roots (the value lives on the host element),
 * sl-radio-group of sl-radio and sl-radio-button (no native radios at all), a fixed "https://"
 * prefix slot, help text under the phone, an sl-switch and an sl-checkbox. The values the
 * components hold are rendered into <pre id="model">.
 */
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/radio-button/radio-button.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/switch/switch.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';

const form = document.getElementById('sl-apply');
const controls = () => [...form.querySelectorAll('sl-input, sl-select, sl-textarea, sl-radio-group, sl-switch, sl-checkbox')];
const resume = document.getElementById('resume');

function renderModel() {
  const model = Object.fromEntries(controls().map((control) => [control.getAttribute('name'), 'checked' in control && control.localName !== 'sl-radio-group' ? control.checked : control.value]));
  model.resume = resume.files.length ? resume.files[0].name : null;
  document.getElementById('model').textContent = JSON.stringify(model);
}

for (const type of ['sl-input', 'sl-change']) form.addEventListener(type, renderModel);
resume.addEventListener('change', renderModel);
Promise.all(['sl-input', 'sl-select', 'sl-radio-group', 'sl-checkbox'].map((tag) => customElements.whenDefined(tag))).then(renderModel);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const value = (name) => form.querySelector(`[name="${name}"]`);
  if (!value('firstName').value || !value('email').value || !resume.files.length || !value('consent').checked) return;
  form.hidden = true;
  document.getElementById('sl-done').hidden = false;
});
