/*
 * A Welcome-to-the-Jungle-style apply page of a French company's US posting: the CV goes in a
 * Dropzone.js zone (its hidden input is appended to <body> and replaced after each pick, so the
 * zone's own list is the state), the cover letter in a plain file input, the phone behind a
 * calling-code select preset to France with a French example ("06 12 34 56 78"), the postcode with
 * maxlength 10, `type=date` availability, a salary box in K€ shared with the Paris office. The form
 * state is rendered into <pre id="model">.
 */
import 'dropzone/dist/dropzone.css';
import Dropzone from 'dropzone';

Dropzone.autoDiscover = false;
const form = document.querySelector('#wttj-apply');
const zoneEl = document.querySelector('#cv-zone');
const cvZone = new Dropzone(zoneEl, {
  url: '/candidate/upload',
  autoProcessQueue: false,
  maxFiles: 1,
  acceptedFiles: zoneEl.dataset.accept,
  addRemoveLinks: true,
  dictDefaultMessage: zoneEl.dataset.message,
  paramName: 'candidate[cv]',
});
cvZone.on('maxfilesexceeded', (file) => {
  cvZone.removeAllFiles();
  cvZone.addFile(file);
});
cvZone.on('addedfile', () => setTimeout(render));
cvZone.on('removedfile', () => setTimeout(render));

const value = (id) => document.getElementById(id).value;
function render() {
  const model = {
    cv: cvZone.files.filter((file) => file.accepted !== false).map((file) => file.name),
    firstname: value('cand_firstname'),
    lastname: value('cand_lastname'),
    email: value('cand_email'),
    phoneCountry: value('cand_phone_country'),
    phone: value('cand_phone'),
    city: value('cand_city'),
    zip: value('cand_zip'),
    coverLetter: Array.from(document.getElementById('cand_cover').files).map((file) => file.name),
    linkedin: value('cand_linkedin'),
    availableFrom: value('cand_availability'),
    salary: value('cand_salary'),
    usAuth: document.querySelector('input[name="candidate[us_auth]"]:checked')?.value ?? '',
    terms: document.getElementById('cand_terms').checked,
    newsletter: document.getElementById('cand_newsletter').checked,
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
  const missing = ['firstname', 'lastname', 'email', 'phone', 'usAuth'].filter((key) => !model[key]);
  if (!model.cv.length) missing.push('CV');
  if (!model.terms) missing.push('privacy policy');
  if (missing.length) {
    document.getElementById('wttj-err').textContent = `Please fill in: ${missing.join(', ')}`;
    return;
  }
  form.style.display = 'none';
  document.getElementById('wttj-done').style.display = 'block';
});
