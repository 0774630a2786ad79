/*
 * A freight carrier's careers page (plain HTML + stand-alone plugins): IMask on the cell phone
 * ("+1 (000) 000-0000", the +1 is part of the mask) and ZIP, Tom Select loading city suggestions
 * from a (fake) remote endpoint as you type, Air Datepicker for the start date (MM/dd/yyyy) and
 * a multi-date interview-availability picker, CSS-only star ratings (radios) for self-rated
 * skills. The posted form state is written into <pre id="model">.
 */
import 'air-datepicker/air-datepicker.css';
import 'tom-select/dist/css/tom-select.css';
import AirDatepicker from 'air-datepicker';
import localeEn from 'air-datepicker/locale/en';
import TomSelect from 'tom-select';
import IMask from 'imask';

const form = document.getElementById('tw-application');
const phoneMask = IMask(document.getElementById('tw-phone'), { mask: '+{1} (000) 000-0000' });
const zipMask = IMask(document.getElementById('tw-zip'), { mask: '00000[-0000]' });

const CITIES = [
  'San Francisco, CA', 'South San Francisco, CA', 'San Francisco de Macorís, DO', 'Oakland, CA', 'San Jose, CA', 'San Mateo, CA', 'Sacramento, CA', 'Stockton, CA',
  'Fresno, CA', 'Los Angeles, CA', 'San Diego, CA', 'Reno, NV', 'Portland, OR', 'Seattle, WA', 'Phoenix, AZ', 'Dallas, TX', 'Chicago, IL', 'Atlanta, GA', 'Memphis, TN', 'Newark, NJ',
];
const location = new TomSelect('#tw-location', {
  valueField: 'value', labelField: 'label', searchField: ['label'],
  maxItems: 1, maxOptions: 8, create: false, loadThrottle: 250, preload: false,
  shouldLoad: (query) => query.length >= 2,
  load(query, callback) {
    // GET /careers/api/places?q=…
    setTimeout(() => callback(CITIES.filter((city) => city.toLowerCase().includes(query.toLowerCase())).map((city) => ({ value: city, label: city }))), 300);
  },
  render: { no_results: () => '<div class="no-results">No matching cities</div>', loading: () => '<div class="spinner">Searching…</div>' },
  onChange: () => renderModel(),
});

const startPicker = new AirDatepicker('#tw-start', { locale: localeEn, dateFormat: 'MM/dd/yyyy', autoClose: true, minDate: new Date(2026, 0, 1), onSelect: () => renderModel() });
const interviewPicker = new AirDatepicker('#tw-interview', { locale: localeEn, dateFormat: 'MMM d', multipleDates: 5, multipleDatesSeparator: ', ', minDate: new Date(2026, 11, 1), onSelect: () => renderModel() });

function readModel() {
  const data = new FormData(form);
  const one = (name) => data.get(name) ?? '';
  const file = document.getElementById('tw-resume').files[0];
  return {
    firstName: one('firstName'), lastName: one('lastName'), emailAddress: one('emailAddress'),
    cellPhone: phoneMask.value, cellPhoneDigits: phoneMask.unmaskedValue, currentLocation: location.getValue(), zipCode: zipMask.unmaskedValue,
    linkedInUrl: one('linkedInUrl'), currentEmployer: one('currentEmployer'), currentJobTitle: one('currentJobTitle'), education: one('education'),
    yearsExperience: one('yearsExperience'), rating: { sql: one('rating[sql]'), python: one('rating[python]'), geo: one('rating[geo]') },
    startDate: one('startDate'), interviewDays: interviewPicker.selectedDates.length, desiredPay: one('desiredPay'), arrangement: one('arrangement'),
    eligible: one('eligible'), needSponsorship: one('needSponsorship'), cdlA: one('cdlA'),
    resume: file ? file.name : null, coverLetter: one('coverLetter'), consent: data.get('consent') === 'on',
  };
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
phoneMask.on('accept', renderModel);
zipMask.on('accept', renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  if (!m.firstName || !m.lastName || !m.emailAddress || m.cellPhoneDigits.length !== 11 || !m.currentLocation || m.zipCode.length < 5 || !m.education
    || !m.yearsExperience || !m.startDate || !m.desiredPay || !m.eligible || !m.needSponsorship || !m.resume || !m.consent) {
    document.getElementById('form-error').classList.remove('hidden');
    return;
  }
  form.classList.add('hidden');
  document.getElementById('tw-done').classList.remove('hidden');
});
