/*
 * A hospital's self-built careers page (server-rendered HTML) that a web developer enhanced with three
 * stand-alone controls: Pikaday for the date boxes (MM/DD/YYYY via its toString/parse hooks),
 * intl-tel-input with separateDialCode + strictMode preset to the United States for the mobile
 * phone (its hidden full-number input carries E.164), and Slim Select over the native selects.
 */
import 'pikaday/css/pikaday.css';
import 'slim-select/styles';
import 'intl-tel-input/styles-no-assets';
import Pikaday from 'pikaday';
import SlimSelect from 'slim-select';
import intlTelInput from 'intl-tel-input/intlTelInputWithUtils';

const form = document.getElementById('hp-apply');
const pad = (n) => String(n).padStart(2, '0');
const toString = (date) => `${pad(date.getMonth() + 1)}/${pad(date.getDate())}/${date.getFullYear()}`;
const parse = (value) => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return m ? new Date(Number(m[3]), Number(m[1]) - 1, Number(m[2])) : null;
};
const iso = (date) => (date ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : null);

const pickers = {
  startDate: new Pikaday({ field: document.getElementById('startDate'), toString, parse, minDate: new Date(2026, 0, 1), yearRange: [2026, 2028], onSelect: () => renderModel() }),
  licenseExpires: new Pikaday({ field: document.getElementById('licenseExpires'), toString, parse, yearRange: [2026, 2035], onSelect: () => renderModel() }),
  dob: new Pikaday({ field: document.getElementById('dob'), toString, parse, yearRange: [1940, 2008], defaultDate: new Date(1990, 0, 1), onSelect: () => renderModel() }),
};

const iti = intlTelInput(document.getElementById('mobilePhone'), {
  initialCountry: 'us',
  separateDialCode: true,
  strictMode: true,
  countryOrder: ['us', 'ca', 'mx'],
  hiddenInput: () => ({ phone: 'mobilePhoneFull', country: 'mobilePhoneCountry' }),
});

const slim = {};
for (const [id, placeholder, search] of [
  ['state', 'Select a state', true],
  ['shifts', 'Select all that apply', false],
  ['yearsExp', 'Select one', false],
  ['education', 'Select one', false],
  ['licenseType', 'Select one', false],
  ['source', 'Select one', false],
  ['screening_7742', 'Select one', false],
]) {
  slim[id] = new SlimSelect({
    select: `#${id}`,
    settings: { placeholderText: placeholder, showSearch: search, searchPlaceholder: 'Search', allowDeselect: id !== 'state' },
    events: { afterChange: () => renderModel() },
  });
}

function readModel() {
  const data = new FormData(form);
  const one = (name) => data.get(name) ?? '';
  const file = document.getElementById('resume').files[0];
  return {
    firstName: one('firstName'), middleInitial: one('middleInitial'), preferredName: one('preferredName'),
    lastName: one('lastName'), formerLastName: one('formerLastName'),
    email: one('email'), emailConfirm: one('emailConfirm'),
    mobileCountry: iti.getSelectedCountry()?.iso2 ?? null, mobileE164: iti.getNumber(), altPhone: one('altPhone'),
    street: one('street'), city: one('city'), state: one('state'), zip: one('zip'),
    startDate: iso(pickers.startDate.getDate()), shifts: data.getAll('shifts'), empStatus: one('empStatus'),
    currentEmployer: one('currentEmployer'), currentTitle: one('currentTitle'),
    yearsExp: one('yearsExp'), education: one('education'), licenseType: one('licenseType'),
    licenseExpires: iso(pickers.licenseExpires.getDate()),
    authorized: one('authorized'), sponsorship: one('sponsorship'), priorEmployee: one('priorEmployee'),
    dob: iso(pickers.dob.getDate()),
    resume: file ? file.name : null, coverLetter: one('coverLetter'),
    source: one('source'), referrer: one('referrer'), attest: data.get('attest') === 'on', smsOptIn: data.get('smsOptIn') === 'on',
    screening: { q7741: one('screening_7741'), q7742: one('screening_7742'), q7743: one('screening_7743') },
    gender: one('gender'), veteran: one('veteran'),
  };
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
document.getElementById('mobilePhone').addEventListener('countrychange', renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  const ok = m.firstName && m.lastName && m.email && m.email === m.emailConfirm && iti.isValidNumber() && m.street && m.city && m.state && m.zip
    && m.startDate && m.empStatus && m.yearsExp && m.education && m.authorized && m.sponsorship && m.priorEmployee && m.screening.q7741 && m.resume && m.attest;
  if (!ok) { document.getElementById('form-error').classList.remove('hidden'); return; }
  form.classList.add('hidden');
  document.getElementById('thanks').classList.remove('hidden');
});
