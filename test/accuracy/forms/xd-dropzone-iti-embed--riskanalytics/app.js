/*
 * The application form a Toronto fintech embeds in its careers page (same-origin iframe), built on
 * Bootstrap 5 with three real plugins: intl-tel-input 29 with its defaults (the dial code "+1" shown
 * beside the flag, strict mode, formatting as you type) preset to Canada, which shares +1 with the
 * United States, and its own hidden full-number inputs; Dropzone.js for the resume and
 * the cover letter (hidden file input appended to <body>, files kept in Dropzone's queue, no auto
 * upload) and Tempus Dominus 6 for the start date (MM/dd/yyyy). What the plugins and the native
 * controls hold is rendered into <pre id="model">.
 */
import 'bootstrap5/dist/css/bootstrap.min.css';
import 'dropzone/dist/dropzone.css';
import 'intl-tel-input/styles-no-assets';
import '@eonasdan/tempus-dominus/dist/css/tempus-dominus.css';
import Dropzone from 'dropzone';
import intlTelInput from 'intl-tel-input/intlTelInputWithUtils';
import { TempusDominus } from '@eonasdan/tempus-dominus';

Dropzone.autoDiscover = false;

const form = document.getElementById('maplecrest-apply');
const phoneInput = document.getElementById('phone');
const iti = intlTelInput(phoneInput, {
  initialCountry: 'ca',
  countryOrder: ['ca', 'us'],
  hiddenInputs: () => ({ phone: 'phone_full', country: 'phone_country' }),
});

const zone = (selector, options) =>
  new Dropzone(selector, {
    url: '/careers/api/attachments',
    autoProcessQueue: false,
    maxFiles: 1,
    maxFilesize: 5,
    addRemoveLinks: true,
    ...options,
  });
const resumeZone = zone('#resume-zone', { acceptedFiles: '.pdf,.doc,.docx', dictDefaultMessage: 'Drop your resume here or click to upload' });
const coverZone = zone('#cover-zone', { acceptedFiles: '.pdf,.doc,.docx,.txt', dictDefaultMessage: 'Drop a cover letter here or click to upload' });

const picker = new TempusDominus(document.getElementById('startPicker'), {
  display: { components: { clock: false, hours: false, minutes: false, seconds: false }, buttons: { today: false, clear: true, close: true } },
  localization: { format: 'MM/dd/yyyy', locale: 'en-US' },
  restrictions: { minDate: new Date(2026, 0, 1) },
});

function isoDate(date) {
  if (!date) return null;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function readModel() {
  const data = Object.fromEntries(new FormData(form));
  const accepted = (dz) => dz.files.filter((file) => file.accepted !== false).map((file) => file.name);
  return {
    firstName: data.first_name, lastName: data.last_name, email: data.email,
    phoneCountry: iti.getSelectedCountry()?.iso2 ?? null,
    phoneE164: iti.getNumber(),
    city: data.city, region: data.region, country: data.country,
    linkedin: data.linkedin, github: data.github, employer: data.current_employer, yearsData: data.q_years_data ?? null,
    entitledCa: data.q_entitled_ca ?? null, entitledUs: data.q_entitled_us ?? null, onCall: data.q_oncall ?? null, sponsorship: data.q_permit_sponsorship,
    startDate: isoDate(picker.dates.picked[0]),
    salaryCurrency: data.salary_currency, salaryAmount: data.salary_amount,
    resume: accepted(resumeZone)[0] ?? null, coverLetter: accepted(coverZone)[0] ?? null,
    riskFix: data.q_risk_fix, source: data.source, consent: data.consent === 'on', futureRoles: data.future_roles === 'on',
  };
}

const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); };
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
phoneInput.addEventListener('countrychange', renderModel);
for (const dz of [resumeZone, coverZone]) for (const type of ['addedfile', 'removedfile', 'error']) dz.on(type, () => setTimeout(renderModel));
document.getElementById('startPicker').addEventListener('change.td', renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const model = readModel();
  if (!model.firstName || !model.lastName || !model.email || !iti.isValidNumber() || !model.resume || !model.consent || !model.entitledUs || !model.entitledCa || !model.sponsorship) {
    document.getElementById('form-error').classList.remove('d-none');
    return;
  }
  form.classList.add('d-none');
  document.getElementById('applied').classList.remove('d-none');
});
