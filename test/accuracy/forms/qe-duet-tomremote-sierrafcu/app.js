/*
 * Sierra Summit Federal Credit Union's careers page (server-rendered, plugins on top): the Duet
 * Date Picker web component for the start date (US MM/DD/YYYY through its dateAdapter; the typed
 * text is parsed on blur), intl-tel-input with the dial code shown beside the flag (preset to the
 * US, strict mode), Tom Select with a remote "School" search (results 400 ms after two letters,
 * like the page's /api/schools endpoint), a creatable Tom Select for skills and a plain one for
 * the branch. The FormData the page would post is written into <pre id="model">.
 */
import 'tom-select/dist/css/tom-select.css';
import 'intl-tel-input/styles-no-assets';
import '@duetds/date-picker/dist/duet/themes/default.css';
import TomSelect from 'tom-select';
import intlTelInput from 'intl-tel-input/intlTelInputWithUtils';
import { DuetDatePicker } from '@duetds/date-picker/custom-element';

customElements.define('duet-date-picker', DuetDatePicker);
const form = document.getElementById('ss-form');

const SCHOOLS = ['University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine', 'University of California, Los Angeles',
  'University of California, Santa Cruz', 'Berkeley City College', 'California State University, Sacramento', 'California State University, Chico',
  'University of Nevada, Reno', 'University of Nevada, Las Vegas', 'San Francisco State University', 'San Jose State University', 'Stanford University',
  'Sierra College', 'Truckee Meadows Community College', 'University of San Francisco', 'Santa Clara University', 'Sonoma State University'];
const school = new TomSelect('#ss-school', {
  valueField: 'name', labelField: 'name', searchField: ['name'], maxOptions: 10, loadThrottle: 300, create: false,
  shouldLoad: (query) => query.length >= 2,
  load: (query, callback) => {
    const q = query.toLowerCase();
    setTimeout(() => callback(SCHOOLS.filter((s) => s.toLowerCase().includes(q)).map((name) => ({ name }))), 400);
  },
  onChange: () => renderModel(),
});
const skills = new TomSelect('#ss-skills', { create: true, persist: false, plugins: ['remove_button'], onChange: () => renderModel() });
const branch = new TomSelect('#ss-branch', { create: false, onChange: () => renderModel() });

const picker = document.getElementById('ss-start-picker');
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
picker.dateAdapter = {
  parse(value = '', createDate) { const m = value.match(DATE); return m ? createDate(m[3], m[1], m[2]) : undefined; },
  format: (d) => `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`,
};
picker.localization = { ...picker.localization, placeholder: 'MM/DD/YYYY' };
picker.addEventListener('duetChange', () => renderModel());

const phoneInput = document.getElementById('ss-phone');
const iti = intlTelInput(phoneInput, { initialCountry: 'us', separateDialCode: true, strictMode: true, countrySearch: true });
phoneInput.addEventListener('countrychange', () => renderModel());

function readModel() {
  const data = new FormData(form);
  const one = (name) => data.get(name) ?? '';
  const file = document.getElementById('ss-resume').files[0];
  return {
    firstName: one('first_name'), middleName: one('middle_name'), lastName: one('last_name'), email: one('email'), phone: iti.getNumber(),
    address: one('address'), city: one('city'), state: one('state'), zip: one('zip'), memberNumber: one('member_number'),
    degree: one('degree'), school: one('school'), skills: data.getAll('skills[]'), branch: one('branch'), startDate: picker.value ?? '',
    salary: one('salary'), authorized: one('authorized'), sponsorship: one('sponsorship'), relatives: one('relatives'),
    resume: file ? file.name : null, bonded: data.get('bond') === 'on', consent: data.get('consent') === 'on',
  };
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
renderModel();
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  const bad = !m.firstName || !m.lastName || !m.email || !iti.isValidNumber() || !m.city || !m.state || !m.zip || !m.startDate || !m.authorized || !m.sponsorship || !m.resume || !m.bonded || !m.consent;
  document.getElementById('ss-error').hidden = !bad;
  if (bad) return;
  form.hidden = true;
  document.getElementById('ss-done').hidden = false;
});
