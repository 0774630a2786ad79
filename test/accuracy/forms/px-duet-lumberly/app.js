// Lumberly careers page: server-rendered form, the start date is a Duet Date Picker (ISO dates).
import '@duetds/date-picker/dist/duet/themes/default.css';
import { DuetDatePicker } from '@duetds/date-picker/custom-element';
import countries from 'world-countries';

customElements.define('duet-date-picker', DuetDatePicker);

const byName = [...countries].sort((a, b) => a.name.common.localeCompare(b.name.common));
const country = document.getElementById('applicant_country');
const dial = document.getElementById('applicant_phone_country');
for (const c of byName) {
  country.add(new Option(c.name.common, c.cca2));
  if (c.idd && c.idd.root) {
    const code = c.idd.suffixes && c.idd.suffixes.length === 1 ? c.idd.root + c.idd.suffixes[0] : c.idd.root;
    dial.add(new Option(`${c.name.common} (${code})`, c.cca2));
  }
}

const form = document.getElementById('lb-application');
const model = document.getElementById('model');
const picker = document.querySelector('duet-date-picker');
picker.localization = { ...picker.localization, placeholder: 'YYYY-MM-DD' };
function render() {
  const data = {};
  for (const [key, value] of new FormData(form)) data[key] = value instanceof File ? value.name : value;
  data.start_date = picker.value || '';
  model.textContent = JSON.stringify(data, null, 2);
}
form.addEventListener('input', render);
form.addEventListener('change', render);
picker.addEventListener('duetChange', render);
render();
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const ok = form.checkValidity();
  document.getElementById('lb-error').hidden = ok;
  if (ok) document.getElementById('lb-thanks').hidden = false;
});
