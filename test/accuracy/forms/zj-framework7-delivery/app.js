/**
 * Parcelwing driver-ops careers: the company's mobile-first careers page is its Framework7 9 app
 * (iOS theme) opened in a browser. List inputs as Framework7 writes them (`li.item-content.item-input`,
 * the caption in `div.item-title.item-label`, no <label>), inputs with a clear button, smart
 * selects (the native <select> hidden inside `a.item-link.smart-select`, options picked from a
 * popup of radio list items, with a searchbar for the country), radio lists (`label.item-radio`
 * with the input and an icon), a stepper with manual input for years, toggles, native date and
 * file inputs, and a "Track a parcel" card plus a chat FAB. The F7 form data
 * (app.form.convertToData) is rendered into <pre id="model"> on every change.
 */
import Framework7 from 'framework7/lite-bundle';
import 'framework7/css/bundle';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const countrySelect = document.querySelector('select[name="country"]');
countrySelect.innerHTML = '<option value="" selected>Choose</option>' + COUNTRIES.map((name) => `<option value="${name}">${name}</option>`).join('');

const app = new Framework7({
  el: '#app',
  name: 'Parcelwing',
  theme: 'ios',
  smartSelect: { openIn: 'popup', closeOnSelect: true, popupCloseLinkText: 'Close' },
});

const form = document.getElementById('pw-apply');
const render = () => {
  const data = app.form.convertToData(form);
  document.getElementById('model').textContent = JSON.stringify(data, null, 2);
};
app.stepper.create({ el: '#pw-years-stepper', manualInputMode: true, min: 0, max: 40, step: 1, on: { change: render } });
form.addEventListener('input', render);
form.addEventListener('change', render);
app.on('smartSelectClosed', render);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = app.form.convertToData(form);
  const missing = ['first_name', 'last_name', 'email', 'mobile', 'country', 'work_authorized'].filter((key) => !data[key]);
  if (missing.length || !form.querySelector('input[name="resume"]').files.length || !(data.terms || []).length) {
    app.dialog.alert('Please fill in the required fields and accept the terms.', 'Almost there');
    return;
  }
  form.hidden = true;
  document.getElementById('pw-done').hidden = false;
});
render();
