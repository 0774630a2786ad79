/*
 * Tidewharf careers: the server renders the form; this script adds the masks (IMask) and keeps the
 * page's idea of the application in `state`, rendered into <pre id="model">.
 */
import IMask from 'imask';

const $ = (id) => document.getElementById(id);
const state = {};

const mobile = IMask($('tw-mobile'), { mask: '+{1} (000) 000-0000', lazy: false, placeholderChar: '_' });
const home = IMask($('tw-home'), { mask: '(000) 000-0000' });
const zip = IMask($('tw-zip'), { mask: '00000[-0000]' });
const start = IMask($('tw-start'), {
  mask: Date,
  pattern: 'm{/}`d{/}`Y',
  lazy: false,
  min: new Date(2026, 0, 1),
  max: new Date(2028, 11, 31),
  format: (date) =>
    [String(date.getMonth() + 1).padStart(2, '0'), String(date.getDate()).padStart(2, '0'), date.getFullYear()].join('/'),
  parse: (text) => {
    const [m, d, y] = text.split('/');
    return new Date(Number(y), Number(m) - 1, Number(d));
  },
});
const pay = IMask($('tw-pay'), {
  mask: '$num',
  blocks: { num: { mask: Number, thousandsSeparator: ',', scale: 2, radix: '.', min: 0 } },
});
const years = IMask($('tw-hotelyears'), { mask: Number, scale: 0, min: 0, max: 60 });

function iso(date) {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function render() {
  const text = (id) => $(id).value;
  Object.assign(state, {
    firstName: text('tw-first'),
    lastName: text('tw-last'),
    email: text('tw-email'),
    mobilePhone: mobile.unmaskedValue,
    homePhone: home.unmaskedValue,
    address1: text('tw-addr1'),
    address2: text('tw-addr2'),
    city: text('tw-city'),
    state: text('tw-state'),
    zip: zip.unmaskedValue,
    country: text('tw-country'),
    availableOn: start.masked.isComplete ? iso(start.typedValue) : null,
    over18: text('tw-over18'),
    desiredPay: pay.unmaskedValue === '' ? null : Number(pay.unmaskedValue.replace('$', '')),
    payPeriod: text('tw-period'),
    sponsorship: text('tw-sponsor'),
    hospitalityYears: years.unmaskedValue,
    linkedin: text('tw-linkedin'),
    resume: $('tw-resume').files[0]?.name ?? null,
    coverLetter: text('tw-cover'),
    smsOptIn: $('tw-sms').checked,
  });
  $('model').textContent = JSON.stringify(state, null, 2);
}

for (const mask of [mobile, home, zip, start, pay, years]) mask.on('accept', render);
$('tw-form').addEventListener('input', render);
$('tw-form').addEventListener('change', render);
$('tw-form').addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  $('tw-submit').disabled = true;
  $('tw-done').style.display = 'block';
});
render();
