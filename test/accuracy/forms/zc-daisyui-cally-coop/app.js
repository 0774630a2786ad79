/*
 * A grocery co-op's careers page written with daisyUI 5 component classes (CSS only, no JS) as its
 * docs write them: fieldsets whose <legend class="fieldset-legend"> names a section, with
 * `<label class="label">` siblings that have no `for`; `label.input` wrappers around icon + input;
 * the docs' phone validator (pattern [0-9]*, 10 digits, "Must be 10 digits"); a "https://" label
 * inside the LinkedIn input; a `.filter` of radio buttons named only by aria-label ("6–9"); a star
 * rating of aria-label radios; selects whose first option is a disabled "Pick a …"; a toggle; and
 * the daisyUI date picker recipe: a button opening a popover with the **Cally** <calendar-date>
 * web component (days in shadow DOM), the button showing the picked date. The page's script keeps
 * the picked date in a hidden input and writes the form into <pre id="model">.
 */
import 'daisyui/daisyui.css';
import 'cally';

const form = document.getElementById('apply');
const model = document.getElementById('model');
const calendar = document.getElementById('start-calendar');
const dateButton = document.getElementById('cally1');

calendar.addEventListener('change', () => {
  dateButton.innerText = calendar.value;
  document.getElementById('start-date-value').value = calendar.value;
  document.getElementById('cally-popover1').hidePopover();
  render();
});

function render() {
  const data = new FormData(form);
  model.textContent = JSON.stringify(
    {
      first_name: data.get('first_name'),
      last_name: data.get('last_name'),
      email: data.get('email'),
      phone: data.get('phone'),
      city: data.get('city'),
      state: data.get('state'),
      linkedin: data.get('linkedin'),
      employer: data.get('employer'),
      role: data.get('role'),
      years: data.get('years'),
      education: data.get('education'),
      sql_rating: data.get('sql_rating'),
      authorized: data.get('authorized'),
      sponsorship: data.get('sponsorship'),
      member_owner: data.has('member_owner'),
      salary: data.get('salary'),
      start_date: data.get('start_date'),
      resume: data.get('resume')?.name || null,
      why_coop: data.get('why_coop'),
      cover_letter: data.get('cover_letter'),
      newsletter: data.has('newsletter'),
      agree: data.has('agree'),
    },
    null,
    2,
  );
}
form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  const data = new FormData(form);
  if (!data.get('first_name') || !data.get('email') || !data.get('resume')?.name || !data.has('agree')) return;
  form.classList.add('hidden');
  document.getElementById('application-done').classList.remove('hidden');
});
render();
