/**
 * Rideloop jobs (Framework7 9, Material theme): floating-label outline inputs, sheet smart selects,
 * an autocomplete dropdown for the city, a stepper, toggles; Cleave.js formats the mobile as
 * 555-123-4567 and Inputmask the ZIP and the mm/dd/yyyy start date. The F7 form data
 * (app.form.convertToData) is rendered into <pre id="model"> on every change.
 */
import Framework7 from 'framework7/lite-bundle';
import 'framework7/css/bundle';
import Cleave from 'cleave.js';
import Inputmask from 'inputmask';

const CITIES = ['Alameda', 'Berkeley', 'Daly City', 'Emeryville', 'Fremont', 'Hayward', 'Oakland', 'Richmond', 'San Francisco', 'San Jose', 'San Leandro', 'San Mateo', 'South San Francisco', 'Walnut Creek'];

const app = new Framework7({ el: '#app', name: 'Rideloop', theme: 'md' });

const form = document.getElementById('rl-apply');
const render = () => {
  document.getElementById('model').textContent = JSON.stringify(app.form.convertToData(form), null, 2);
};

new Cleave('#rl-mobile', { blocks: [3, 3, 4], delimiter: '-', numericOnly: true });
Inputmask('99999', { placeholder: '_', showMaskOnHover: false }).mask(document.getElementById('rl-zip'));
Inputmask({ alias: 'datetime', inputFormat: 'mm/dd/yyyy', placeholder: 'mm/dd/yyyy', showMaskOnHover: false }).mask(document.getElementById('rl-start-date'));

app.autocomplete.create({
  inputEl: '#rl-city',
  openIn: 'dropdown',
  source(query, done) {
    if (!query) { done([]); return; }
    done(CITIES.filter((city) => city.toLowerCase().startsWith(query.toLowerCase())));
  },
  on: { change: render },
});

const years = app.stepper.get('#rl-years');
if (years) years.on('change', render);
const resume = document.getElementById('rl-resume');
resume.addEventListener('change', () => {
  document.getElementById('rl-resume-name').textContent = resume.files.length ? resume.files[0].name : 'No file yet (optional)';
});
form.addEventListener('input', render);
form.addEventListener('change', render);
app.on('smartSelectClosed', render);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = app.form.convertToData(form);
  if (!data.first_name || !data.mobile || !(data.terms || []).length) {
    app.dialog.alert('Please fill in your name and mobile and accept the terms.', 'Almost there');
    return;
  }
  form.hidden = true;
  document.getElementById('rl-done').hidden = false;
});
render();
