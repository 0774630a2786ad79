/*
 * Quarry Bay Water (a Bay Area water utility) runs its careers pages on the same jQuery stack as
 * its customer portal: multiple-select (wenzhixin) for the country (single, filter box, "United
 * States of America") and the certifications list, Virtual Select for the city (about 1,400
 * California places, rendered only as you scroll or search), Litepicker for the start date ("Jan
 * 15, 2027") and for a date range of planned time off, Inputmask with the "+1" written into the
 * mask, and two range sliders (years of experience, expected salary). FormData is mirrored into
 * <pre id="model">.
 */
import $ from 'jquery';
import './jquery-global.js';
import 'multiple-select/dist/multiple-select.min.css';
import 'multiple-select/dist/multiple-select.js';
import 'virtual-select-plugin/dist/virtual-select.min.css';
import 'virtual-select-plugin/dist/virtual-select.min.js';
import { Litepicker } from 'litepicker';
import Inputmask from 'inputmask';
import countries from 'world-countries';


const form = document.getElementById('qb-form');
const COUNTRIES = countries.map((c) => [c.cca3, c.cca2 === 'US' ? 'United States of America' : c.name.common]).sort((a, b) => a[1].localeCompare(b[1]));
const $country = $('#qb-country');
for (const [v, t] of COUNTRIES) $country.append(new Option(t, v));
$country.multipleSelect({ single: true, filter: true, placeholder: 'Select a country', width: '100%', onClick: renderModel });
$('#qb-certs').multipleSelect({ placeholder: 'None selected', width: '100%', onClick: renderModel, onCheckAll: renderModel, onUncheckAll: renderModel });

// California places as the portal's address service lists them ("City, CA"), plus generated unincorporated communities.
const NAMED = ['Alameda', 'Albany', 'Antioch', 'Berkeley', 'Brisbane', 'Burlingame', 'Concord', 'Daly City', 'Dublin', 'Emeryville', 'Foster City', 'Fremont', 'Hayward',
  'Livermore', 'Menlo Park', 'Millbrae', 'Mountain View', 'Oakland', 'Pacifica', 'Palo Alto', 'Pleasanton', 'Redwood City', 'Richmond', 'San Bruno', 'San Carlos',
  'San Francisco', 'San Jose', 'San Leandro', 'San Mateo', 'San Rafael', 'San Ramon', 'Santa Clara', 'South San Francisco', 'Sunnyvale', 'Union City', 'Walnut Creek'];
const PARTS = ['Oak', 'Pine', 'Cedar', 'Willow', 'Bay', 'Mill', 'Spring', 'Rock', 'Lake', 'River', 'Hill', 'Vista', 'Mesa', 'Sierra', 'Alta', 'Buena', 'Clear', 'Green', 'Red', 'Elk', 'Fair', 'Glen', 'Happy', 'Iron', 'Laurel', 'Maple', 'North', 'Palm', 'Quail', 'Sand', 'Shady', 'Sun', 'West', 'Wild', 'Cherry'];
const ENDS = [' Valley', ' Grove', ' Creek', ' Springs', ' Ridge', ' Park', ' Heights', 'wood', ' Flat', 'dale', ' Point', ' Acres', ' Gardens', ' Meadows', ' Landing', ' Junction', ' Camp', ' Crossing', ' Hollow', ' Canyon', ' Terrace', ' Estates', ' Knolls', ' Shores', ' Glen', ' Bend', ' Mills', ' Station', ' Bluffs', ' Oaks', ' Pines', ' Corners', ' Center', ' Village', ' Lakes', ' View', ' Harbor', ' Ranch', ' Plains', ' Summit'];
const generated = PARTS.flatMap((p) => ENDS.map((e) => `${p}${e}`));
const CITIES = [...new Set([...NAMED, ...generated])].sort((a, b) => a.localeCompare(b)).map((name) => ({ label: `${name}, CA`, value: name }));
CITIES.push({ label: 'Outside California', value: 'outside' });
window.VirtualSelect.init({ ele: '#qb-city', options: CITIES, search: true, name: 'city', placeholder: 'Select your city', searchPlaceholderText: 'Search cities…', noOptionsText: 'No cities found', ariaLabelledby: 'qb-city-label' });
document.querySelector('#qb-city').addEventListener('change', renderModel);

new Litepicker({ element: document.getElementById('qb-start'), format: 'MMM D, YYYY', minDate: new Date(2026, 11, 1), autoApply: true, dropdowns: { minYear: 2026, maxYear: 2028, months: true, years: true }, setup: (picker) => picker.on('selected', renderModel) });
new Litepicker({ element: document.getElementById('qb-timeoff'), singleMode: false, format: 'MMM D, YYYY', delimiter: ' – ', setup: (picker) => picker.on('selected', renderModel) });
Inputmask({ mask: '+1 (999) 999-9999', placeholder: '_', clearIncomplete: false }).mask('#qb-phone');
const years = document.getElementById('qb-years');
const salary = document.getElementById('qb-salary');
const show = () => {
  document.getElementById('qb-years-out').textContent = years.value === '20' ? '20+ years' : `${years.value} year${years.value === '1' ? '' : 's'}`;
  document.getElementById('qb-salary-out').textContent = `$${Number(salary.value).toLocaleString('en-US')}`;
};
years.addEventListener('input', show);
salary.addEventListener('input', show);
show();

function readModel() {
  const data = new FormData(form);
  const one = (name) => data.get(name) ?? '';
  const file = document.getElementById('qb-resume').files[0];
  const phone = document.getElementById('qb-phone');
  return {
    firstName: one('first_name'), lastName: one('last_name'), email: one('email'),
    phone: one('phone'), phoneDigits: phone.inputmask ? phone.inputmask.unmaskedvalue() : '',
    city: document.querySelector('#qb-city').value ?? '', country: one('country'), startDate: one('start_date'), timeOff: one('time_off'),
    years: one('years'), salary: one('salary'), certifications: data.getAll('certs'), license: one('license'),
    authorized: one('authorized'), sponsorship: one('sponsorship'), shift: one('on_call'),
    resume: file ? file.name : null, coverLetter: one('cover_letter'), heard: one('heard'), veteran: one('veteran'), agree: data.get('agree') === 'yes',
  };
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  const bad = !m.firstName || !m.lastName || !m.email || m.phoneDigits.length !== 10 || !m.city || !m.country || !m.startDate || !m.authorized || !m.sponsorship || !m.resume || !m.agree;
  document.getElementById('qb-error').hidden = !bad;
  if (bad) return;
  form.hidden = true;
  document.getElementById('qb-done').hidden = false;
});
