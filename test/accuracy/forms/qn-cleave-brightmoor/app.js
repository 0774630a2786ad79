/*
 * Brightmoor careers: Cleave.js formats the phone (blocks per country), the address parts, the
 * month/year date and the amount; an address finder suggests addresses 300 ms after typing and
 * fills the parts below. The page's state is shown in <pre id="model">.
 */
import Cleave from 'cleave.js';

const $ = (id) => document.getElementById(id);

const PHONE_BLOCKS = {
  GB: { blocks: [4, 6], delimiter: ' ' },
  IE: { blocks: [2, 3, 4], delimiter: ' ' },
  CA: { blocks: [3, 3, 4], delimiter: ' ' },
  US: { blocks: [3, 3, 4], delimiter: ' ' },
  MX: { blocks: [2, 4, 4], delimiter: ' ' },
};
const PHONE_SAMPLES = { GB: '7400 123456', IE: '85 123 4567', CA: '506 234 5678', US: '415 555 2671', MX: '55 1234 5678' };

let phone;
function phoneMask() {
  const country = $('bm-phone-country').value;
  const digits = phone ? phone.getRawValue() : '';
  if (phone) phone.destroy();
  phone = new Cleave('#bm-phone', { numericOnly: true, ...PHONE_BLOCKS[country], onValueChanged: render });
  phone.setRawValue(digits);
  $('bm-phone').placeholder = PHONE_SAMPLES[country];
}

const state = new Cleave('#bm-state', { blocks: [2], uppercase: true, onValueChanged: render });
const zip = new Cleave('#bm-zip', { blocks: [5, 4], delimiter: '-', numericOnly: true, delimiterLazyShow: true, onValueChanged: render });
const avail = new Cleave('#bm-avail', { date: true, datePattern: ['m', 'Y'], onValueChanged: render });
const comp = new Cleave('#bm-comp', { numeral: true, numeralThousandsGroupStyle: 'thousand', numeralDecimalScale: 0, onValueChanged: render });

// The address finder: suggestions built from what was typed, as a lookup service would return them.
const PLACES = [
  ['San Francisco', 'CA', '94110'],
  ['South San Francisco', 'CA', '94080'],
  ['San Mateo', 'CA', '94401'],
  ['Oakland', 'CA', '94612'],
];
let timer;
const lookup = $('bm-lookup');
const list = $('bm-lookup-list');
function closeList() {
  list.hidden = true;
  list.innerHTML = '';
  lookup.setAttribute('aria-expanded', 'false');
}
lookup.addEventListener('input', () => {
  clearTimeout(timer);
  const typed = lookup.value.trim();
  if (!/^\d+\s+\S{2,}/.test(typed)) return closeList();
  timer = setTimeout(() => {
    const street = typed.replace(/,.*$/, '');
    list.innerHTML = '';
    PLACES.forEach(([city, st, code], index) => {
      const item = document.createElement('li');
      item.role = 'option';
      item.id = `bm-lookup-${index}`;
      item.textContent = `${street}, ${city}, ${st} ${code}, USA`;
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        lookup.value = item.textContent;
        $('bm-street').value = street;
        $('bm-city').value = city;
        state.setRawValue(st);
        zip.setRawValue(code);
        closeList();
        render();
      });
      list.append(item);
    });
    list.hidden = false;
    lookup.setAttribute('aria-expanded', 'true');
  }, 300);
});
lookup.addEventListener('blur', () => setTimeout(closeList, 150));

function render() {
  if (!phone) return;
  const checked = (name) => document.querySelector(`input[name=${name}]:checked`)?.value ?? null;
  const [month, year] = avail.getRawValue().length === 6 ? [avail.getRawValue().slice(0, 2), avail.getRawValue().slice(2)] : [];
  const model = {
    firstName: $('bm-first').value,
    lastName: $('bm-last').value,
    email: $('bm-email').value,
    phoneCountry: $('bm-phone-country').value,
    phone: phone.getRawValue(),
    addressSearch: lookup.value,
    street: $('bm-street').value,
    unit: $('bm-apt').value,
    city: $('bm-city').value,
    state: state.getRawValue(),
    zip: zip.getRawValue(),
    currentCompany: $('bm-company').value,
    currentTitle: $('bm-title').value,
    github: $('bm-github').value,
    website: $('bm-site').value,
    authorized: checked('authorized'),
    sponsorship: checked('sponsorship'),
    availableFrom: month ? `${year}-${month}` : null,
    notice: $('bm-notice').value,
    compensation: comp.getRawValue() === '' ? null : Number(comp.getRawValue()),
    compensationBasis: checked('comp_basis'),
    resume: $('bm-resume').files[0]?.name ?? null,
  };
  $('model').textContent = JSON.stringify(model, null, 2);
}

$('bm-phone-country').addEventListener('change', () => {
  phoneMask();
  render();
});
phoneMask();
$('bm-form').addEventListener('input', render);
$('bm-form').addEventListener('change', render);
$('bm-form').addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  $('bm-submit').disabled = true;
  $('bm-done').style.display = 'block';
});
render();
