/*
 * Kilbride Payments (Dublin) opening its first San Francisco office. The careers site is the
 * Dublin team's server-rendered page with the plugins they use at home: intl-tel-input preset to
 * Ireland (national format, "085 012 3456" placeholder; typing a "+1" number moves the flag),
 * Tom Select for country, time zone and notice period, Tagify for the right-to-work countries
 * (whitelist only) and languages, Pikaday for the start date written the Irish way ("15 Jan 2027",
 * through Pikaday's toString/parse hooks), autoNumeric for the salary in thousands ("$150k") and
 * Inputmask on the date of birth. The state the page would post is written into <pre id="model">.
 */
import 'tom-select/dist/css/tom-select.css';
import '@yaireo/tagify/dist/tagify.css';
import 'pikaday/css/pikaday.css';
import 'intl-tel-input/styles-no-assets';
import TomSelect from 'tom-select';
import Tagify from '@yaireo/tagify';
import Pikaday from 'pikaday';
import AutoNumeric from 'autonumeric';
import Inputmask from 'inputmask';
import intlTelInput from 'intl-tel-input/intlTelInputWithUtils';
import countries from 'world-countries';

const COUNTRY_NAMES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const countrySelect = document.getElementById('kp-country');
for (const c of countries.map((x) => [x.cca2, x.name.common]).sort((a, b) => a[1].localeCompare(b[1]))) countrySelect.add(new Option(c[1], c[0]));

const form = document.getElementById('kp-form');
const ts = {};
for (const id of ['kp-country', 'kp-timezone', 'kp-notice']) {
  ts[id] = new TomSelect(`#${id}`, { create: false, maxOptions: 300, allowEmptyOption: false, onChange: () => renderModel() });
}
const rightToWork = new Tagify(document.getElementById('kp-rtw'), {
  whitelist: COUNTRY_NAMES, enforceWhitelist: true, dropdown: { enabled: 1, maxItems: 12, closeOnSelect: true },
});
const languages = new Tagify(document.getElementById('kp-languages'), {
  whitelist: ['English', 'Irish', 'French', 'German', 'Spanish', 'Portuguese', 'Polish', 'Italian', 'Mandarin', 'Hindi'], dropdown: { enabled: 0 },
});
rightToWork.on('change', () => renderModel());
languages.on('change', () => renderModel());

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const start = new Pikaday({
  field: document.getElementById('kp-start'),
  firstDay: 1,
  minDate: new Date(2026, 11, 1),
  yearRange: [2026, 2028],
  toString: (date) => `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`,
  parse: (text) => {
    const m = /^\s*(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\s*$/.exec(text);
    if (!m) return null;
    const month = MONTHS.findIndex((name) => name.toLowerCase() === m[2].toLowerCase());
    return month < 0 ? null : new Date(Number(m[3]), month, Number(m[1]));
  },
  onSelect: () => renderModel(),
});
const salary = new AutoNumeric('#kp-salary', { currencySymbol: '$', suffixText: 'k', decimalPlaces: 0, minimumValue: '0', maximumValue: '9999', modifyValueOnWheel: false });
document.getElementById('kp-salary').addEventListener('autoNumeric:formatted', () => renderModel());
Inputmask({ alias: 'datetime', inputFormat: 'dd/mm/yyyy', placeholder: 'dd/mm/yyyy' }).mask('#kp-dob');
const phoneInput = document.getElementById('kp-phone');
const iti = intlTelInput(phoneInput, { initialCountry: 'ie', countryOrder: ['ie', 'gb', 'us'], countrySearch: true, hiddenInputs: () => ({ phone: 'candidate[phone_full]', country: 'candidate[phone_country]' }) });
phoneInput.addEventListener('countrychange', () => renderModel());

const iso = (d) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : '');
function readModel() {
  const data = new FormData(form);
  const one = (name) => data.get(name) ?? '';
  const file = document.getElementById('kp-cv').files[0];
  return {
    firstName: one('candidate[first_name]'), surname: one('candidate[surname]'), email: one('candidate[email]'),
    phone: iti.getNumber(), phoneCountry: iti.getSelectedCountry()?.iso2 ?? '',
    address: one('candidate[address]'), city: one('candidate[city]'), region: one('candidate[region]'), postcode: one('candidate[postcode]'),
    country: one('candidate[country]'), timezone: one('candidate[timezone]'),
    rightToWork: rightToWork.value.map((t) => t.value), languages: languages.value.map((t) => t.value),
    dob: one('candidate[dob]').replace(/[dmy]/g, '').replace(/^\/+|\/+$/g, ''),
    employer: one('candidate[employer]'), jobTitle: one('candidate[job_title]'), notice: one('candidate[notice]'),
    startText: one('candidate[start]'), start: iso(start.getDate()), salaryThousands: salary.getNumericString(),
    sponsorship: one('candidate[sponsorship]'), cv: file ? file.name : null, coverNote: one('candidate[cover_note]'),
    gender: one('candidate[gender]'), consent: data.get('candidate[consent]') === 'yes',
  };
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  const bad = !m.firstName || !m.surname || !m.email || !iti.isValidNumber() || !m.city || !m.country || !m.timezone || !m.rightToWork.length
    || !m.start || !m.sponsorship || !m.cv || !m.consent;
  document.getElementById('kp-error').hidden = !bad;
  if (bad) return;
  form.hidden = true;
  document.getElementById('kp-done').hidden = false;
});
