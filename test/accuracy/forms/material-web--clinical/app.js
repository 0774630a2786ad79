/*
 * Corvidae Health's Material Web application template, second posting (clinical data analyst):
 * registers the Material Web components the form uses, renders the form's values (as the
 * components report them) into <pre id="model">, and checks the required answers on submit.
 */
import '@material/web/textfield/outlined-text-field.js';
import '@material/web/select/outlined-select.js';
import '@material/web/select/select-option.js';
import '@material/web/radio/radio.js';
import '@material/web/checkbox/checkbox.js';
import '@material/web/button/filled-button.js';

const form = document.getElementById('rf-apply');
const model = document.getElementById('model');

function radioValue(name) {
  return [...form.querySelectorAll(`md-radio[name=${name}]`)].find((radio) => radio.checked)?.value ?? null;
}

function renderModel() {
  const state = {};
  for (const field of form.querySelectorAll('md-outlined-text-field, md-outlined-select')) state[field.getAttribute('name')] = field.value;
  for (const name of new Set([...form.querySelectorAll('md-radio')].map((radio) => radio.getAttribute('name')))) state[name] = radioValue(name);
  state.consent = document.getElementById('rf-consent').checked;
  state.resume = document.getElementById('rf-resume').files[0]?.name ?? null;
  model.textContent = JSON.stringify(state, null, 2);
}

for (const type of ['input', 'change']) form.addEventListener(type, renderModel);
customElements.whenDefined('md-outlined-select').then(renderModel);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  renderModel();
  const state = JSON.parse(model.textContent);
  if (!state.first_name || !state.email || !state.country || !state.resume || !state.consent) return;
  form.hidden = true;
  document.getElementById('rf-done').hidden = false;
});
