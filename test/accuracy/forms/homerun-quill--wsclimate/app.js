/*
 * Turns the two rich-text questions into Quill editors (snow theme: a toolbar above a
 * contenteditable .ql-editor) and copies their plain text into the hidden inputs the form posts;
 * checks the required fields on submit.
 */
import Quill from 'quill';
import 'quill/dist/quill.snow.css';

for (const [editorId, valueId] of [['hr-motivation', 'hr-motivation-value'], ['hr-product', 'hr-product-value']]) {
  const quill = new Quill(`#${editorId}`, { theme: 'snow', modules: { toolbar: [['bold', 'italic'], [{ list: 'bullet' }], ['link']] } });
  quill.root.setAttribute('aria-labelledby', document.getElementById(editorId).getAttribute('aria-labelledby'));
  quill.on('text-change', () => { document.getElementById(valueId).value = quill.getText().trim(); });
}

const form = document.getElementById('hr-form');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const filled = (id) => document.getElementById(id).value.trim() !== '';
  const ok = filled('hr-name') && filled('hr-email') && document.getElementById('hr-resume').files.length > 0 && document.getElementById('hr-privacy').checked;
  document.getElementById('hr-error').hidden = ok;
  if (!ok) return;
  form.hidden = true;
  document.getElementById('hr-done').hidden = false;
});
