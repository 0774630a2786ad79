/*
 * The careers page's script: defines the orr-* elements, gives the choice fields their options,
 * renders the form's FormData (as the server would receive it; a file as its name) into
 * <pre id="model">, and checks the form's validity on submit.
 */
import countries from 'world-countries';
import './orr-elements.js';

const form = document.getElementById('or-form');
const field = (name) => form.querySelector(`[name="${name}"]`);
const options = (labels) => labels.map((label) => ({ value: label, label }));

field('dial_code').options = [['CA', '+1 Canada'], ['US', '+1 United States'], ['MX', '+52 Mexico'], ['GB', '+44 United Kingdom'], ['DE', '+49 Germany'], ['IN', '+91 India']].map(([value, label]) => ({ value, label }));
field('country').options = countries.map((country) => ({ value: country.cca3, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));
field('experience').options = options(['Less than 1 year', '1 to 3 years', '4 to 6 years', '7 to 9 years', '10 or more years']);
field('education').options = options(['High school or equivalent', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctoral degree']);
field('us_work_auth').options = options(['Yes', 'No']);
field('visa_sponsorship').options = options(['Yes', 'No']);
field('office_days').options = options(['Yes', 'No', 'Not sure yet']);

const render = () => {
  const data = {};
  for (const [name, value] of new FormData(form)) data[name] = value instanceof File ? value.name : value;
  document.getElementById('model').textContent = JSON.stringify(data, null, 2);
};
form.addEventListener('change', render);
form.addEventListener('input', render);
customElements.whenDefined('orr-text-field').then(() => requestAnimationFrame(render));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const ok = form.checkValidity();
  document.getElementById('or-error').hidden = ok;
  if (!ok) return;
  form.hidden = true;
  document.getElementById('or-done').hidden = false;
});
