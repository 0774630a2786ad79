/*
 * An insurer's technology lab careers page built with Tailwind + Preline UI 5 (plain JavaScript
 * plugins initialised on window load): Preline's Advanced Select (`data-hs-select` JSON config over
 * a native select with class="hidden"; a button toggle and a div dropdown of [data-value] options,
 * a search box for the 250 countries, a tags mode for tools), a ComboBox for the city
 * (`data-hs-combo-box`, items written into the page), the Input Number (`data-hs-input-number`,
 * caption-only label, starts at 0), floating-label inputs (the label after the input, the
 * placeholder transparent), radio cards, "$" / "USD" add-ons, `type=date`, the styled file input
 * whose only label is an sr-only "Choose file" under a "Resume" heading, a switch and a privacy
 * checkbox. The page's script writes the form's values into <pre id="model">.
 */
import { HSSelect, HSComboBox, HSInputNumber } from 'preline/non-auto';

const form = document.getElementById('application');
const model = document.getElementById('model');

function render() {
  const data = new FormData(form);
  model.textContent = JSON.stringify(
    {
      first_name: data.get('first_name'),
      last_name: data.get('last_name'),
      email: data.get('email'),
      phone: data.get('phone'),
      country: data.get('country'),
      city: data.get('city'),
      state: data.get('state'),
      linkedin: data.get('linkedin'),
      employer: data.get('employer'),
      job_title: data.get('job_title'),
      years: data.get('years'),
      degree: data.get('degree'),
      skills: data.getAll('skills').filter(Boolean),
      work_authorized: data.get('work_authorized'),
      sponsorship: data.get('sponsorship'),
      salary: data.get('salary'),
      start_date: data.get('start_date'),
      resume: data.get('file-input')?.name || null,
      cover_letter: data.get('cover_letter'),
      insurance_license: data.get('insurance_license'),
      source: data.get('source'),
      job_alerts: data.has('job_alerts'),
      privacy: data.has('privacy'),
    },
    null,
    2,
  );
}

form.addEventListener('input', render);
form.addEventListener('change', render);
document.addEventListener('click', () => setTimeout(render, 0));
window.addEventListener('load', () => {
  HSSelect.autoInit();
  HSComboBox.autoInit();
  HSInputNumber.autoInit();
  setTimeout(render, 0);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  const data = new FormData(form);
  if (!data.get('first_name') || !data.get('email') || !data.get('file-input')?.name || !data.has('privacy')) return;
  document.getElementById('form-card').classList.add('hidden');
  document.getElementById('application-submitted').classList.remove('hidden');
});
render();
