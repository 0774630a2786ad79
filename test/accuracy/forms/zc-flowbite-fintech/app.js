/*
 * A fintech's marketing-site careers page in Tailwind + Flowbite 4 (plain JavaScript, components
 * wired by data attributes): markup copied from the Flowbite docs (the two-column form grid with
 * "John" / "Doe" / "Flowbite" placeholders, the phone input with a country-code dropdown whose
 * label is sr-only, the "linkedin.com/in/" input-group addon, the input counter for years, bordered
 * radios, the datepicker input with `datepicker-format="mm/dd/yyyy"`, the dropzone label around a
 * `class="hidden"` file input, the plain file input, the peer toggle), plus the page's own script:
 * the country-code menu sets the dial code, the dropzone shows the chosen file, and the form state
 * is written into <pre id="model">.
 */
import 'flowbite/dist/flowbite.min.css';
import { initFlowbite, Datepicker } from 'flowbite';

const form = document.getElementById('apply-form');
const model = document.getElementById('model');
let dialCode = 'US';
const DIALS = { US: '🇺🇸 +1', GB: '🇬🇧 +44', AU: '🇦🇺 +61', DE: '🇩🇪 +49', FR: '🇫🇷 +33' };

function render() {
  const data = new FormData(form);
  const file = (name) => data.get(name)?.name || null;
  model.textContent = JSON.stringify(
    {
      first_name: data.get('first_name'),
      last_name: data.get('last_name'),
      email: data.get('email'),
      dialCode,
      phone: data.get('phone'),
      city: data.get('city'),
      state: data.get('state'),
      linkedin: data.get('linkedin'),
      website: data.get('website'),
      company: data.get('company'),
      job_title: data.get('job_title'),
      years: data.get('years'),
      salary: data.get('salary'),
      education: data.get('education'),
      authorized: data.get('authorized'),
      sponsorship: data.get('sponsorship'),
      start_date: data.get('start_date'),
      resume: file('resume'),
      cover_letter: file('cover_letter'),
      message: data.get('message'),
      teams: data.getAll('teams'),
      blog: data.has('blog'),
      terms: data.has('terms'),
    },
    null,
    2,
  );
}

document.querySelectorAll('#dropdown-phone [data-dial]').forEach((button) => {
  button.addEventListener('click', () => {
    dialCode = button.dataset.dial;
    document.getElementById('dial-code-label').textContent = DIALS[dialCode];
    document.getElementById('dropdown-phone-button').click(); // close the menu the way Flowbite toggles it
    render();
  });
});

document.getElementById('dropzone-file').addEventListener('change', (event) => {
  const file = event.target.files[0];
  document.getElementById('dropzone-status').textContent = file ? file.name : 'PDF or DOCX (MAX. 5MB)';
});

form.addEventListener('input', render);
form.addEventListener('change', render);
document.getElementById('start-date').addEventListener('changeDate', render);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
  const data = new FormData(form);
  if (!data.get('first_name') || !data.get('email') || !data.get('resume')?.name || !data.has('terms')) {
    form.reportValidity();
    return;
  }
  form.classList.add('hidden');
  document.getElementById('application-received').classList.remove('hidden');
});

initFlowbite();
render();
void Datepicker;
