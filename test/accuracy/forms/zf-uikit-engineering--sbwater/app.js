/*
 * An engineering consultancy's WordPress site on YOOtheme Pro (UIkit 3). The application form is
 * the theme's markup: uk-form-stacked labels, uk-form-icon inputs, uk-form-custom selects (the
 * native select is stretched transparent over a button whose first span UIkit keeps in step with
 * the chosen option), uk-form-custom file inputs (transparent over a disabled text box that shows
 * the file name), uk-radio Yes / No questions whose question is a plain div, a type=date, and a
 * uk-switcher splitting the form into three steps. The state (what would be posted) is rendered
 * into <pre id="model">.
 */
import 'uikit/dist/css/uikit.min.css';
import UIkit from 'uikit';
import Icons from 'uikit/dist/js/uikit-icons';

UIkit.use(Icons);

const form = document.getElementById('application');
const model = document.getElementById('model');

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
  model.textContent = JSON.stringify(state, null, 2);
  return state;
}
form.addEventListener('input', render);
form.addEventListener('change', render);
render();

const switcher = () => UIkit.switcher(document.getElementById('apply-nav'));
const show = (index) => {
  switcher().show(index);
  window.scrollTo({ top: form.offsetTop - 20 });
};
document.getElementById('next-1').addEventListener('click', () => show(1));
document.getElementById('next-2').addEventListener('click', () => show(2));
document.getElementById('back-2').addEventListener('click', () => show(0));
document.getElementById('back-3').addEventListener('click', () => show(1));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = render();
  const missing = ['first_name', 'last_name', 'email', 'phone', 'country', 'years', 'authorized', 'sponsorship'].filter((name) => !state[name]);
  if (missing.length || state.resume.length === 0 || !state.privacy) {
    UIkit.notification({ message: 'Please fill in all required fields.', status: 'danger' });
    return;
  }
  form.hidden = true;
  document.getElementById('application-submitted').hidden = false;
});
