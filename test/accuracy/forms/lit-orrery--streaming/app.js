/*
 * Orrery Systems' careers page script, second posting (streaming data engineer): uses the
 * template's own orr-* design-system elements (../lit-orrery/orr-elements.js), gives this
 * posting's choice fields their options, renders the form's FormData (a file as its name) into
 * <pre id="model">, and checks the form's validity on submit.
 */
import countries from 'world-countries';
import '../lit-orrery/orr-elements.js';

const form = document.getElementById('or-form');
const field = (name) => form.querySelector(`[name="${name}"]`);
const options = (labels) => labels.map((label) => ({ value: label, label }));

field('dial_code').options = [['CA', '+1 Canada'], ['US', '+1 United States'], ['MX', '+52 Mexico'], ['BR', '+55 Brazil'], ['GB', '+44 United Kingdom'], ['IE', '+353 Ireland'], ['IN', '+91 India']].map(([value, label]) => ({ value, label }));
field('country').options = countries.map((country) => ({ value: country.cca3, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));
field('experience').options = options(['0–2 years', '3–5 years', '6–8 years', '9–12 years', '13+ years']);
field('education').options = options(['Secondary school', 'Associate’s', 'Bachelor’s', 'Master’s', 'PhD', 'Bootcamp / self-taught']);
field('visa_sponsorship').options = options(['Yes', 'No']);
field('us_work_auth').options = options(['Yes', 'No']);
field('on_call').options = options(['Yes', 'No', 'Depends on the rotation']);
field('relocate_denver').options = options(['Yes', 'No', 'I already live in the Denver area']);

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
