/*
 * A "quick apply" page of an insurer's careers site: the only resume upload is a FilePond area
 * introduced as a parse step ("we'll fill in what we can"), a second FilePond for an optional
 * cover letter (FilePond swaps each original input for its own browse input and keeps the files in
 * its list), a 12-character daytime phone with a 555-555-5555 example and an Ext box, a ZIP+4
 * pattern, fixed "https://" and "@" prefixes, the availability as an abbreviated month select and a
 * typed year, a graduation MM/YYYY box and date-of-birth selects, and the pay as a From/To pair in
 * thousands. The form state is rendered into <pre id="model">.
 */
import 'filepond/dist/filepond.min.css';
import * as FilePond from 'filepond';

const days = document.getElementById('qa-dob-day');
for (let d = 1; d <= 31; d++) days.add(new Option(String(d)));
const years = document.getElementById('qa-dob-year');
for (let y = 2008; y >= 1940; y--) years.add(new Option(String(y)));

const ponds = {};
function pond(key, input, label) {
  ponds[key] = FilePond.create(input, {
    allowMultiple: false,
    storeAsFile: true,
    credits: false,
    labelIdle: label,
  });
  ponds[key].on('updatefiles', () => setTimeout(render));
}
pond('resume', document.getElementById('qa-resume-parse'), 'Drag & drop your resume or <span class="filepond--label-action">Browse</span>');
pond('coverLetter', document.getElementById('qa-cover'), 'Drag & drop a cover letter or <span class="filepond--label-action">Browse</span>');

const form = document.getElementById('qa-form');
const v = (id) => document.getElementById(id).value;
function render() {
  const model = {
    resume: ponds.resume.getFiles().map((item) => item.filename),
    fullName: v('qa-fullname'),
    email: v('qa-email'),
    phone: v('qa-phone'),
    phoneExt: v('qa-phone-ext'),
    zip: v('qa-zip'),
    portfolio: v('qa-portfolio'),
    xHandle: v('qa-x'),
    startMonth: v('qa-start-month'),
    startYear: v('qa-start-year'),
    graduation: v('qa-grad'),
    dob: [v('qa-dob-month'), v('qa-dob-day'), v('qa-dob-year')].join('|'),
    payFrom: v('qa-pay-from'),
    payTo: v('qa-pay-to'),
    coverLetter: ponds.coverLetter.getFiles().map((item) => item.filename),
    attest: document.getElementById('qa-attest').checked,
  };
  document.getElementById('model').textContent = JSON.stringify(model);
  return model;
}
form.addEventListener('input', render);
form.addEventListener('change', render);
render();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const model = render();
  const missing = ['fullName', 'email', 'phone', 'zip', 'startMonth', 'startYear', 'payFrom'].filter((key) => !model[key]);
  if (!model.resume.length) missing.push('resume');
  if (!/^\d{5}(-\d{4})?$/.test(model.zip)) missing.push('ZIP format');
  if (!model.attest) missing.push('certification');
  if (missing.length) {
    document.getElementById('qa-err').textContent = `Please complete: ${missing.join(', ')}`;
    return;
  }
  form.style.display = 'none';
  document.getElementById('qa-done').style.display = 'block';
});
