/*
 * Fjellholm Grid Software careers page on UI5 Web Components 2 (`@ui5/webcomponents`): ui5-labels
 * `for` ui5-inputs (native inputs in shadow roots), a Tel input whose placeholder carries "+1", an
 * ui5-input with suggestions that arrive after a delay for the location, ui5-step-inputs for years
 * and salary (inner ui5-input), ui5-switches (role=switch in the shadow, no native input),
 * an ui5-segmented-button Yes / No, an ui5-slider (left alone), an ui5-daterange-picker and an
 * ui5-date-picker with format-pattern "MMM yyyy", an ui5-multi-combobox (left alone), an
 * ui5-file-uploader, a growing ui5-textarea and an ui5-checkbox. The components' values are
 * rendered into <pre id="model">.
 */
import '@ui5/webcomponents/dist/Button.js';
import '@ui5/webcomponents/dist/CheckBox.js';
import '@ui5/webcomponents/dist/DatePicker.js';
import '@ui5/webcomponents/dist/DateRangePicker.js';
import '@ui5/webcomponents/dist/FileUploader.js';
import '@ui5/webcomponents/dist/Input.js';
import '@ui5/webcomponents/dist/features/InputSuggestions.js';
import '@ui5/webcomponents/dist/SuggestionItem.js';
import '@ui5/webcomponents/dist/Label.js';
import '@ui5/webcomponents/dist/MultiComboBox.js';
import '@ui5/webcomponents/dist/MultiComboBoxItem.js';
import '@ui5/webcomponents/dist/SegmentedButton.js';
import '@ui5/webcomponents/dist/SegmentedButtonItem.js';
import '@ui5/webcomponents/dist/Slider.js';
import '@ui5/webcomponents/dist/StepInput.js';
import '@ui5/webcomponents/dist/Switch.js';
import '@ui5/webcomponents/dist/TextArea.js';
import '@ui5/webcomponents/dist/Title.js';
import { registerLocaleDataLoader } from '@ui5/webcomponents-base/dist/asset-registries/LocaleData.js';
import cldrEn from '@ui5/webcomponents-localization/dist/generated/assets/cldr/en.json';

registerLocaleDataLoader('en', async () => cldrEn);

const PLACES = ['Boston, MA, USA', 'Cambridge, MA, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Jose, CA, USA', 'South San Francisco, CA, USA', 'Santa Fe, NM, USA', 'Oslo, Norway', 'Stavanger, Norway'];
const $ = (id) => document.getElementById(id);

const location = $('location');
let timer;
location.addEventListener('input', () => {
  clearTimeout(timer);
  const query = location.value.toLowerCase();
  timer = setTimeout(() => {
    location.replaceChildren(...PLACES.filter((p) => query && p.toLowerCase().includes(query)).map((text) => {
      const item = document.createElement('ui5-suggestion-item');
      item.setAttribute('text', text);
      return item;
    }));
  }, 500);
});

function readModel() {
  return {
    firstName: $('firstName').value, lastName: $('lastName').value, email: $('email').value, phone: $('phone').value,
    location: $('location').value, linkedin: $('linkedin').value, years: $('years').value, salary: $('salary').value,
    authorized: $('authorized').checked, sponsorship: [...$('sponsorship').querySelectorAll('ui5-segmented-button-item')].find((i) => i.selected)?.textContent ?? null,
    relocate: $('relocate').checked, travel: $('travel').value, currentJob: $('currentJob').value, available: $('available').value,
    skills: [...$('skills').querySelectorAll('ui5-mcb-item')].filter((i) => i.selected).map((i) => i.text),
    resume: $('resume').files?.length ? [...$('resume').files].map((f) => f.name).join(', ') : null,
    coverLetter: $('coverLetter').value, consent: $('consent').checked,
  };
}
const renderModel = () => { const text = JSON.stringify(readModel(), null, 1); if ($('model').textContent !== text) $('model').textContent = text; };
const root = $('applyForm');
for (const type of ['input', 'change', 'selection-change']) root.addEventListener(type, () => queueMicrotask(renderModel));
setInterval(renderModel, 250);
renderModel();

$('submit').addEventListener('click', () => {
  const m = readModel();
  if (!(m.firstName && m.email && m.resume && m.consent)) return;
  root.hidden = true;
  $('done').hidden = false;
});
