/*
 * The careers page's script: intl-tel-input (with its utilities, so the placeholder is an example
 * number and typing is formatted) on the phone, preset to the United Kingdom with the dial code
 * shown beside the country button; flatpickr on the availability date with a typed "alt" input in
 * "F j, Y" and the original input (hidden) holding Y-m-d. Renders the chosen country and the date
 * into <pre id="model">, and checks the required fields on submit.
 */
import 'intl-tel-input/styles-no-assets';
import intlTelInput from 'intl-tel-input/intlTelInputWithUtils';
import flatpickr from 'flatpickr';
import 'flatpickr/dist/flatpickr.css';

const phone = document.getElementById('candidate_phone');
const iti = intlTelInput(phone, { initialCountry: 'gb', separateDialCode: true, countrySearch: true });
const available = document.getElementById('candidate_available_from');
flatpickr(available, { altInput: true, altFormat: 'F j, Y', dateFormat: 'Y-m-d', allowInput: true });

// What the plugins hold (the chosen country, the original date input), shown in <pre id="model">.
const renderModel = () => {
  document.getElementById('model').textContent = JSON.stringify({ phoneCountry: iti.getSelectedCountry()?.iso2 ?? null, availableFrom: available.value });
};
phone.addEventListener('countrychange', renderModel);
available.addEventListener('change', renderModel);
renderModel();

const form = document.getElementById('pp-form');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const filled = (id) => document.getElementById(id).value.trim() !== '';
  const ok = ['candidate_first_name', 'candidate_last_name', 'candidate_email'].every(filled) && document.getElementById('candidate_cv').files.length > 0 && document.getElementById('candidate_consent').checked;
  document.getElementById('pp-error').hidden = ok;
  if (!ok) return;
  form.hidden = true;
  document.getElementById('pp-done').hidden = false;
});
