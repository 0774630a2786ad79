/*
 * Lowmoor Health (a Portland, OR hospital network) posts its corporate roles on its own careers
 * site, a server-rendered form with the plugins its web team uses everywhere: Choices.js over the
 * country, state, education and languages selects, Tagify in single-value "select" mode for the
 * current location (listed places only), Cleave.js phone formatting for US numbers, Air Datepicker
 * in month view for "available from" and the graduation month ("January 2027": the box posts the
 * month text), autoNumeric for the current and the expected base salary ("$150,000.00"), a star
 * rating and a range slider. The FormData the page would post is written into <pre id="model">.
 */
import 'choices.js/public/assets/styles/choices.min.css';
import '@yaireo/tagify/dist/tagify.css';
import 'air-datepicker/air-datepicker.css';
import Choices from 'choices.js';
import Tagify from '@yaireo/tagify';
import Cleave from 'cleave.js';
import 'cleave.js/dist/addons/cleave-phone.us';
import AirDatepicker from 'air-datepicker';
import localeEn from 'air-datepicker/locale/en';
import AutoNumeric from 'autonumeric';
import countries from 'world-countries';

const form = document.getElementById('lm-form');
const country = document.getElementById('lm-country');
for (const c of countries.map((x) => [x.cca3, x.name.common]).sort((a, b) => a[1].localeCompare(b[1]))) country.add(new Option(c[1], c[0]));

const choices = {};
for (const id of ['lm-country', 'lm-state', 'lm-education', 'lm-languages', 'lm-referral-source']) {
  const el = document.getElementById(id);
  choices[id] = new Choices(el, {
    searchEnabled: el.options.length > 10 || el.multiple,
    shouldSort: false,
    itemSelectText: '',
    removeItemButton: el.multiple,
    placeholder: true,
    placeholderValue: el.multiple ? 'Add languages' : null,
  });
}

const PLACES = ['Portland, OR', 'Beaverton, OR', 'Salem, OR', 'Eugene, OR', 'Vancouver, WA', 'Seattle, WA', 'Tacoma, WA', 'Boise, ID',
  'San Francisco, CA', 'South San Francisco, CA', 'San Jose, CA', 'Oakland, CA', 'Sacramento, CA', 'Los Angeles, CA', 'Denver, CO', 'Other / outside the US'];
const location = new Tagify(document.getElementById('lm-location'), {
  mode: 'select', whitelist: PLACES, enforceWhitelist: true, userInput: true, dropdown: { enabled: 0, maxItems: 20, closeOnSelect: true },
});
location.on('change', () => renderModel());

const phone = new Cleave('#lm-phone', { phone: true, phoneRegionCode: 'US' });
const months = { locale: localeEn, view: 'months', minView: 'months', dateFormat: 'MMMM yyyy', autoClose: true, onSelect: () => renderModel() };
new AirDatepicker('#lm-available', { ...months, minDate: new Date(2026, 11, 1) });
new AirDatepicker('#lm-graduated', { ...months, maxDate: new Date() });
const money = { currencySymbol: '$', decimalPlaces: 2, minimumValue: '0', maximumValue: '9999999', modifyValueOnWheel: false, emptyInputBehavior: 'focus' };
const current = new AutoNumeric('#lm-current-salary', money);
const expected = new AutoNumeric('#lm-expected-salary', money);
for (const id of ['#lm-current-salary', '#lm-expected-salary']) document.querySelector(id).addEventListener('autoNumeric:formatted', () => renderModel());
const reports = document.getElementById('lm-reports');
reports.addEventListener('input', () => { document.getElementById('lm-reports-out').textContent = reports.value === '0' ? 'None' : reports.value === '25' ? '25+' : reports.value; });

function readModel() {
  const data = new FormData(form);
  const one = (name) => data.get(name) ?? '';
  const file = document.getElementById('lm-resume').files[0];
  return {
    firstName: one('firstName'), lastName: one('lastName'), email: one('email'), phone: one('phone'), phoneDigits: phone.getRawValue(),
    street: one('street'), city: one('city'), state: one('state'), zip: one('zip'), country: one('country'),
    location: location.value[0]?.value ?? '', education: one('education'), graduated: one('graduated'), languages: data.getAll('languages'),
    employer: one('employer'), currentSalary: current.getNumericString(), expectedSalary: expected.getNumericString(), available: one('available'),
    authorized: one('authorized'), sponsorship: one('sponsorship'), reports: one('reports'), interest: one('interest'),
    resume: file ? file.name : null, coverLetter: one('coverLetter'), referralSource: one('referralSource'), referrer: one('referrerName'),
    attest: data.get('attest') === 'on',
  };
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  const bad = !m.firstName || !m.lastName || !m.email || m.phoneDigits.length < 10 || !m.city || !m.state || !m.zip || !m.country || !m.location
    || !m.available || !m.authorized || !m.sponsorship || !m.resume || !m.attest;
  document.getElementById('lm-error').hidden = !bad;
  if (bad) return;
  form.hidden = true;
  document.getElementById('lm-done').hidden = false;
});
