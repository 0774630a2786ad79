/*
 * A credit union's careers page on Materialize 2 (@materializecss/materialize), initialised the
 * way its docs show: M.FormSelect turns each <select> into a readonly text input with a <ul>
 * dropdown (the native select stays in the DOM, hidden), M.Datepicker opens a calendar modal and
 * writes "Jan 15, 2027", M.Autocomplete suggests schools under the input, M.Chips holds skills,
 * and the file-field copies the chosen file's name into a readonly "file-path" box. The form
 * state (what would be posted) is rendered into <pre id="model">.
 */
import '@materializecss/materialize/dist/css/materialize.min.css';
import * as M from '@materializecss/materialize';

const SCHOOLS = ['California State University, Sacramento', 'San Francisco State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of Southern California', 'Sacramento City College'];

const form = document.getElementById('application');
const model = document.getElementById('model');
let chips;

function render() {
  const state = {};
  for (const element of form.elements) {
    if (!element.name) continue;
    if (element.type === 'file') state[element.name] = Array.from(element.files).map((file) => file.name);
    else if (element.type === 'radio') {
      if (!(element.name in state)) state[element.name] = null;
      if (element.checked) state[element.name] = element.value;
    } else if (element.type === 'checkbox') state[element.name] = element.checked;
    else state[element.name] = element.value;
  }
  state.skills = chips ? chips.chipsData.map((chip) => chip.id) : [];
  model.textContent = JSON.stringify(state, null, 2);
  return state;
}

M.FormSelect.init(document.querySelectorAll('select'), {});
M.Datepicker.init(document.querySelectorAll('.datepicker'), {
  format: 'mmm dd, yyyy',
  minDate: new Date(2026, 11, 1),
  defaultDate: new Date(2027, 0, 1),
  autoClose: true,
  showClearBtn: true,
  onSelect: () => setTimeout(render, 0),
  onClose: () => setTimeout(render, 0),
});
M.Autocomplete.init(document.querySelectorAll('.autocomplete'), {
  data: SCHOOLS.map((name) => ({ id: name, text: name })),
  minLength: 1,
  onAutocomplete: () => setTimeout(render, 0),
});
[chips] = M.Chips.init(document.querySelectorAll('.chips'), {
  allowUserInput: true,
  placeholder: 'Add a skill',
  secondaryPlaceholder: '+ skill',
  onChipAdd: () => setTimeout(render, 0),
  onChipDelete: () => setTimeout(render, 0),
});

form.addEventListener('input', render);
form.addEventListener('change', render);
document.addEventListener('click', () => setTimeout(render, 0));
render();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = render();
  const required = ['first_name', 'last_name', 'email', 'phone', 'authorized', 'sponsorship', 'bondable'];
  if (required.some((name) => !state[name]) || state.resume.length === 0 || !state.consent) {
    new M.Toast({ text: 'Please complete all required fields.' });
    return;
  }
  form.style.display = 'none';
  document.getElementById('application-submitted').style.display = 'block';
});
