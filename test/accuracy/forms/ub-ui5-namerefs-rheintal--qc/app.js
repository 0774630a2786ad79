/*
 * The US careers site of a Swiss biologics maker, built by its Basel digital team with SAP's UI5 Web
 * Components 2: a ui5-form whose ui5-labels point at their field with `for`, and posting questions
 * that are not ui5-labels at all: a question and a hint as two ui5-text elements, tied to the
 * ui5-input / ui5-select / ui5-textarea by `accessible-name-ref="<question id> <hint id>"`.
 * Inputs sit in the components' shadow roots; the date picker keeps the Swiss `dd.MM.yyyy`
 * pattern; hints under the phone and salary name the format. Radio groups are ui5-radio-buttons
 * under a role=radiogroup whose name is a ui5-title two levels up. The values are rendered into
 * <pre id="model">.
 */
import '@ui5/webcomponents/dist/Button.js';
import '@ui5/webcomponents/dist/CheckBox.js';
import '@ui5/webcomponents/dist/DatePicker.js';
import '@ui5/webcomponents/dist/FileUploader.js';
import '@ui5/webcomponents/dist/Form.js';
import '@ui5/webcomponents/dist/FormGroup.js';
import '@ui5/webcomponents/dist/FormItem.js';
import '@ui5/webcomponents/dist/Input.js';
import '@ui5/webcomponents/dist/Label.js';
import '@ui5/webcomponents/dist/MessageStrip.js';
import '@ui5/webcomponents/dist/Option.js';
import '@ui5/webcomponents/dist/RadioButton.js';
import '@ui5/webcomponents/dist/Select.js';
import '@ui5/webcomponents/dist/Text.js';
import '@ui5/webcomponents/dist/TextArea.js';
import '@ui5/webcomponents/dist/Title.js';
import { registerLocaleDataLoader } from '@ui5/webcomponents-base/dist/asset-registries/LocaleData.js';
import cldrEn from '@ui5/webcomponents-localization/dist/generated/assets/cldr/en.json';

registerLocaleDataLoader('en', async () => cldrEn);

const root = document.getElementById('applyForm');

function readModel() {
  const model = {};
  for (const control of root.querySelectorAll('[data-field]')) {
    const key = control.dataset.field;
    const tag = control.localName;
    if (tag === 'ui5-checkbox') model[key] = control.checked;
    else if (tag === 'ui5-file-uploader') model[key] = control.files?.length ? [...control.files].map((file) => file.name).join(', ') : null;
    else if (control.getAttribute('role') === 'radiogroup') model[key] = [...control.querySelectorAll('ui5-radio-button')].find((radio) => radio.checked)?.value ?? null;
    else model[key] = control.value;
  }
  return model;
}

function renderModel() {
  document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1);
}

for (const type of ['input', 'change', 'selection-change', 'click']) root.addEventListener(type, () => queueMicrotask(renderModel));
Promise.all(['ui5-input', 'ui5-select', 'ui5-date-picker', 'ui5-radio-button', 'ui5-checkbox', 'ui5-file-uploader', 'ui5-textarea'].map((tag) => customElements.whenDefined(tag))).then(() => setTimeout(renderModel, 0));
renderModel();

document.getElementById('submitBtn').addEventListener('click', () => {
  const model = readModel();
  const missing = [...root.querySelectorAll('[data-required]')].map((el) => el.dataset.field).filter((key) => !model[key]);
  const strip = document.getElementById('submitError');
  if (missing.length) {
    strip.hidden = false;
    strip.textContent = `Please complete all mandatory fields (${missing.length} missing).`;
    return;
  }
  strip.hidden = true;
  root.hidden = true;
  document.getElementById('submitDone').hidden = false;
});
