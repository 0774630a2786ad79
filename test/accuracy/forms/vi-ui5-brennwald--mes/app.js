/*
 * The careers pages of a German gear-motor maker's US subsidiary, a Fiori-styled app built from
 * SAP's UI5 Web Components 2: ui5-form items whose ui5-labels point at their field with `for`,
 * ui5-inputs (native input in the shadow root, one phone box whose placeholder carries "+1"),
 * ui5-selects of ui5-options (country with official-style long names, an experience range list,
 * a salary currency preset to Euro), a ui5-date-picker in the locale's medium format
 * ("Jan 15, 2027") with an ISO value, ui5-radio-buttons grouped by name, a ui5-segmented-button
 * Yes / No, ui5-switches, a ui5-multi-combobox, ui5-file-uploaders, ui5-textareas and
 * ui5-checkboxes. What the components hold is rendered into <pre id="model">.
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
import '@ui5/webcomponents/dist/MultiComboBox.js';
import '@ui5/webcomponents/dist/MultiComboBoxItem.js';
import '@ui5/webcomponents/dist/Option.js';
import '@ui5/webcomponents/dist/RadioButton.js';
import '@ui5/webcomponents/dist/SegmentedButton.js';
import '@ui5/webcomponents/dist/SegmentedButtonItem.js';
import '@ui5/webcomponents/dist/Select.js';
import '@ui5/webcomponents/dist/Switch.js';
import '@ui5/webcomponents/dist/TextArea.js';
import '@ui5/webcomponents/dist/Title.js';
import { registerLocaleDataLoader } from '@ui5/webcomponents-base/dist/asset-registries/LocaleData.js';
import cldrEn from '@ui5/webcomponents-localization/dist/generated/assets/cldr/en.json';

// The US career site runs in English only: the English CLDR data ships in the bundle.
registerLocaleDataLoader('en', async () => cldrEn);

const root = document.getElementById('applyForm');

function readModel() {
  const model = {};
  for (const control of root.querySelectorAll('[data-field]')) {
    const key = control.dataset.field;
    const tag = control.localName;
    if (tag === 'ui5-checkbox' || tag === 'ui5-switch') model[key] = control.checked;
    else if (tag === 'ui5-file-uploader') model[key] = control.files?.length ? [...control.files].map((file) => file.name).join(', ') : null;
    else if (tag === 'ui5-segmented-button') model[key] = control.querySelector('ui5-segmented-button-item[selected]')?.dataset.value ?? [...control.querySelectorAll('ui5-segmented-button-item')].find((item) => item.selected)?.dataset.value ?? null;
    else if (tag === 'ui5-multi-combobox') model[key] = [...control.querySelectorAll('ui5-mcb-item')].filter((item) => item.selected).map((item) => item.getAttribute('text'));
    else if (control.getAttribute('role') === 'radiogroup') model[key] = [...control.querySelectorAll('ui5-radio-button')].find((radio) => radio.checked)?.value ?? null;
    else model[key] = control.value;
  }
  return model;
}

function renderModel() {
  document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1);
}

for (const type of ['input', 'change', 'selection-change', 'click']) root.addEventListener(type, () => queueMicrotask(renderModel));
Promise.all(['ui5-input', 'ui5-select', 'ui5-date-picker', 'ui5-radio-button', 'ui5-checkbox', 'ui5-file-uploader', 'ui5-textarea', 'ui5-switch', 'ui5-segmented-button', 'ui5-multi-combobox'].map((tag) => customElements.whenDefined(tag))).then(() => setTimeout(renderModel, 0));
renderModel();

document.getElementById('submitBtn').addEventListener('click', () => {
  const model = readModel();
  const required = [...root.querySelectorAll('[data-required]')].map((el) => el.dataset.field);
  const missing = required.filter((key) => !model[key]);
  if (missing.length) {
    const strip = document.getElementById('submitError');
    strip.hidden = false;
    strip.textContent = `Please fill in all required fields (${missing.length} missing).`;
    return;
  }
  root.hidden = true;
  document.getElementById('submitDone').hidden = false;
});
