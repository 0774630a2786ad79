/*
 * Another requisition (Clinical Data Analyst II) on the same career site: other application
 * questions and question ids.
 *
 * The apply page of a SuccessFactors Recruiting career site in its modern (Fiori / Horizon) look,
 * built from SAP's UI5 Web Components (@ui5/webcomponents 2): ui5-form items whose ui5-labels name
 * their fields with `for`, ui5-inputs whose native input sits in the component's shadow root,
 * ui5-selects (the options are ui5-option elements, no native select), ui5-comboboxes for the
 * state and the country (world-countries), a ui5-date-picker shown as
 * MM/dd/yyyy, ui5-radio-buttons grouped by name (no native radios), ui5-file-uploaders, a
 * ui5-textarea and ui5-checkboxes. What the components hold is rendered into <pre id="model">.
 */
import '@ui5/webcomponents/dist/Button.js';
import '@ui5/webcomponents/dist/CheckBox.js';
import '@ui5/webcomponents/dist/ComboBox.js';
import '@ui5/webcomponents/dist/ComboBoxItem.js';
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
import '@ui5/webcomponents/dist/TextArea.js';
import '@ui5/webcomponents/dist/Title.js';
import { registerLocaleDataLoader } from '@ui5/webcomponents-base/dist/asset-registries/LocaleData.js';
import cldrEn from '@ui5/webcomponents-localization/dist/generated/assets/cldr/en.json';
import countries from 'world-countries';

// The career site runs in English only: the English CLDR data ships in the bundle.
registerLocaleDataLoader('en', async () => cldrEn);

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'];
const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));

function fillCombo(id, texts) {
  const combo = document.getElementById(id);
  for (const text of texts) {
    const item = document.createElement('ui5-cb-item');
    item.setAttribute('text', text);
    combo.append(item);
  }
}
fillCombo('fbclc_state', STATES);
fillCombo('fbclc_country', COUNTRIES);

const root = document.getElementById('applyForm');
const radioGroups = ['custom_q_22046', 'custom_q_22041', 'custom_q_22042', 'custom_q_22043'];

function readModel() {
  const model = {};
  for (const control of root.querySelectorAll('[data-field]')) {
    const key = control.dataset.field;
    if (control.localName === 'ui5-checkbox') model[key] = control.checked;
    else if (control.localName === 'ui5-file-uploader') model[key] = control.files?.length ? [...control.files].map((file) => file.name).join(', ') : null;
    else if (control.localName === 'ui5-select') model[key] = control.value;
    else model[key] = control.value;
  }
  for (const name of radioGroups) {
    const checked = [...root.querySelectorAll(`ui5-radio-button[name="${name}"]`)].find((radio) => radio.checked);
    model[name] = checked ? checked.value : null;
  }
  return model;
}

function renderModel() {
  document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1);
}

for (const type of ['input', 'change', 'selection-change']) root.addEventListener(type, () => queueMicrotask(renderModel));
Promise.all(['ui5-input', 'ui5-select', 'ui5-combobox', 'ui5-date-picker', 'ui5-radio-button', 'ui5-checkbox', 'ui5-file-uploader', 'ui5-textarea'].map((tag) => customElements.whenDefined(tag))).then(() => setTimeout(renderModel, 0));

document.getElementById('applyBtn').addEventListener('click', () => {
  const model = readModel();
  const complete = model.firstName && model.lastName && model.email && model.email === model.emailConfirm && model.country && model.education && model.resume && model.privacyAccepted && model.custom_q_22041 && model.custom_q_22042;
  if (!complete) {
    document.getElementById('applyError').hidden = false;
    return;
  }
  root.hidden = true;
  document.getElementById('applyDone').hidden = false;
});
