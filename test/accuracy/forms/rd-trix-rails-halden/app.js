/*
 * Halden Robotics careers (Rails): Action Text rich-text areas are Trix editors bound to hidden
 * inputs; the résumé input carries an Active Storage direct-upload URL. The editors' plain text
 * and the documents are rendered into <pre id="model">.
 */
import 'trix';
import 'trix/dist/trix.css';

const model = document.getElementById('model');
const state = { cover_letter: '', summary: '', resume: '', cover_letter_file: '' };
const render = () => { model.textContent = JSON.stringify(state, null, 2); };

document.addEventListener('trix-change', (event) => {
  const editor = event.target;
  const key = editor.dataset.attribute;
  state[key] = editor.editor.getDocument().toString().trim();
  render();
});
document.addEventListener('trix-file-accept', (event) => event.preventDefault());

for (const [id, key] of [['applicant_resume', 'resume'], ['applicant_cover_letter_file', 'cover_letter_file']]) {
  const input = document.getElementById(id);
  input.addEventListener('change', () => {
    state[key] = Array.from(input.files).map((file) => file.name).join(', ');
    document.getElementById(`${id}_name`).textContent = state[key] ? `Selected: ${state[key]}` : '';
    render();
  });
}

const toggle = document.getElementById('applicant_cover_letter_as_file');
toggle.addEventListener('change', () => {
  document.getElementById('cover-letter-editor').hidden = toggle.checked;
  document.getElementById('cover-letter-upload').hidden = !toggle.checked;
});

for (const button of document.querySelectorAll('[data-trix-drop]')) {
  button.addEventListener('click', () => document.getElementById(button.dataset.trixDrop).click());
}

document.getElementById('new_applicant').addEventListener('submit', (event) => {
  event.preventDefault();
  const errors = [];
  if (!document.getElementById('applicant_name').value.trim()) errors.push("Name can't be blank");
  if (!document.getElementById('applicant_email').value.trim()) errors.push("Email can't be blank");
  if (!state.resume) errors.push("Resume can't be blank");
  if (!document.getElementById('applicant_privacy_policy').checked) errors.push('Privacy policy must be accepted');
  const box = document.getElementById('error_explanation');
  if (errors.length) {
    box.innerHTML = `<h2>${errors.length} error(s) prohibited this application from being saved:</h2><ul>${errors.map((e) => `<li>${e}</li>`).join('')}</ul>`;
    box.hidden = false;
    return;
  }
  document.getElementById('new_applicant').hidden = true;
  document.getElementById('application-submitted').hidden = false;
});
render();
