/*
 * Ballycroy Distillers (Dublin) careers site, page script shared by its postings (server-rendered
 * HTML form, plugins wired here): intl-tel-input 29 preset to Ireland with separateDialCode and the
 * country search in its dropdown, hidden inputs with the full number; flatpickr with altInput for
 * "Available from" ("15 January 2027" shown, Y-m-d in the real input) and for a date of birth;
 * salary amount + currency select preset EUR + "per" select. The form's state (FormData plus the
 * phone plugin's E.164 number) is mirrored into <pre id="model">.
 */
import 'intl-tel-input/styles-no-assets';
import intlTelInput from 'intl-tel-input/intlTelInputWithUtils';
import flatpickr from 'flatpickr';
import 'flatpickr/dist/flatpickr.css';

export function mount() {
  const form = document.getElementById('bd-application');
  const phone = document.getElementById('bd-mobile');
  const iti = intlTelInput(phone, {
    initialCountry: 'ie',
    separateDialCode: true,
    countrySearch: true,
    countryOrder: ['ie', 'gb'],
    hiddenInputs: () => ({ phone: 'mobile_full', country: 'mobile_country' }),
  });
  const dateOpts = { altInput: true, altFormat: 'j F Y', dateFormat: 'Y-m-d', allowInput: true };
  flatpickr('#bd-available', { ...dateOpts, minDate: 'today' });
  flatpickr('#bd-dob', { ...dateOpts, maxDate: 'today' });

  const model = document.getElementById('model');
  const render = () => {
    const data = {};
    for (const [k, v] of new FormData(form).entries()) data[k] = v instanceof File ? v.name : v;
    data.mobile_e164 = iti.getNumber();
    data.mobile_country = iti.getSelectedCountry()?.iso2 ?? '';
    model.textContent = JSON.stringify(data, null, 2);
  };
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  phone.addEventListener('countrychange', render);
  setInterval(render, 500);
  render();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    form.hidden = true;
    document.getElementById('bd-done').hidden = false;
  });
}
