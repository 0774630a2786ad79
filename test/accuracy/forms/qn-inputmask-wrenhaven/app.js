/*
 * Wrenhaven careers: the server renders the form; Inputmask shapes the phones and the ZIP,
 * AutoNumeric the amounts, vanillajs-datepicker the date. The page's view of the application is
 * written into <pre id="model">.
 */
import Inputmask from 'inputmask';
import AutoNumeric from 'autonumeric';
import { Datepicker } from 'vanillajs-datepicker';
import 'vanillajs-datepicker/css/datepicker.css';

const $ = (id) => document.getElementById(id);

Inputmask({ mask: '(999) 999-9999', clearIncomplete: true, showMaskOnHover: false }).mask($('applicant_day_phone'));
Inputmask({ mask: '(999) 999-9999', clearIncomplete: true, showMaskOnHover: false }).mask($('applicant_evening_phone'));
Inputmask({ mask: '99999[-9999]', greedy: false, showMaskOnHover: false }).mask($('applicant_zip'));

const salary = new AutoNumeric($('applicant_salary'), {
  currencySymbol: '$',
  decimalPlaces: 0,
  digitGroupSeparator: ',',
  minimumValue: '0',
  maximumValue: '9999999',
  emptyInputBehavior: 'null',
});
const hourly = new AutoNumeric($('applicant_hourly'), {
  currencySymbol: '$',
  suffixText: ' /hr',
  decimalPlaces: 2,
  minimumValue: '0',
  maximumValue: '999',
  emptyInputBehavior: 'null',
});

const picker = new Datepicker($('applicant_start_date'), {
  format: 'mm/dd/yyyy',
  autohide: true,
  minDate: new Date(2026, 0, 1),
  todayHighlight: true,
});

function iso(date) {
  if (!date) return null;
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function render() {
  const unmasked = (id) => ($(id).inputmask ? $(id).inputmask.unmaskedvalue() : $(id).value);
  const model = {
    firstName: $('applicant_first_name').value,
    lastName: $('applicant_last_name').value,
    preferredName: $('applicant_preferred_name').value,
    email: $('applicant_email').value,
    dayPhone: unmasked('applicant_day_phone'),
    eveningPhone: unmasked('applicant_evening_phone'),
    address1: $('applicant_address_1').value,
    address2: $('applicant_address_2').value,
    city: $('applicant_city').value,
    state: $('applicant_state').value,
    zip: unmasked('applicant_zip'),
    startDate: iso(picker.getDate()),
    startImmediately: $('applicant_start_immediately').checked,
    salary: salary.getNumber(),
    hourlyRate: hourly.getNumber(),
    relocate: $('applicant_relocate').value,
    linkedin: $('applicant_linkedin').value,
    resume: $('applicant_resume').files[0]?.name ?? null,
    coverLetter: $('applicant_cover').files[0]?.name ?? null,
    privacy: $('applicant_privacy').checked,
  };
  $('model').textContent = JSON.stringify(model, null, 2);
}

const form = $('wh-form');
for (const type of ['input', 'change', 'focusout', 'changeDate', 'autoNumeric:rawValueModified']) form.addEventListener(type, () => setTimeout(render));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  $('wh-submit').disabled = true;
  $('wh-done').style.display = 'block';
});
render();
