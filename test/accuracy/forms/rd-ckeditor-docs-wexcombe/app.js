/*
 * Wexcombe University jobs: the statements are CKEditor 5 classic editors (with a word count
 * under each); the rest of the page is server-rendered HTML. The editors' plain text is
 * rendered into <pre id="model">, and the posting's required items are checked on submit.
 */
import { ClassicEditor, Essentials, Paragraph, Bold, Italic, List } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

const model = document.getElementById('model');
const texts = {};
const render = () => { model.textContent = JSON.stringify(texts, null, 2); };
const plain = (editor) => {
  const root = editor.model.document.getRoot();
  const paragraphs = [];
  for (const child of root.getChildren()) {
    let line = '';
    for (const item of child.getChildren()) if (item.is('$text')) line += item.data;
    paragraphs.push(line);
  }
  return paragraphs.join('\n').trim();
};

const editors = {};
for (const host of document.querySelectorAll('[data-statement]')) {
  const key = host.dataset.statement;
  texts[key] = '';
  ClassicEditor.create(host.querySelector('.wx-editor-source'), {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, List],
    toolbar: ['bold', 'italic', '|', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
    placeholder: host.dataset.placeholder,
  }).then((editor) => {
    editors[key] = editor;
    const labelId = host.dataset.labelledby;
    editor.editing.view.change((writer) => writer.setAttribute('aria-labelledby', labelId, editor.editing.view.document.getRoot()));
    editor.model.document.on('change:data', () => {
      texts[key] = plain(editor);
      const words = texts[key].split(/\s+/).filter(Boolean).length;
      host.querySelector('.wx-words').textContent = `${words} of ${host.dataset.words} words`;
      render();
    });
    render();
  });
}
render();

document.getElementById('wx-application').addEventListener('submit', (event) => {
  event.preventDefault();
  const error = document.getElementById('wx-error');
  const problems = [];
  if (!document.getElementById('wx_doc_cv').files.length) problems.push('Curriculum vitae or résumé');
  if (!document.getElementById('wx_certify').checked) problems.push('certification');
  for (const id of ['wx_first', 'wx_last', 'wx_email']) if (!document.getElementById(id).value.trim()) problems.push(id);
  if (problems.length) { error.textContent = `Please complete: ${problems.join(', ')}.`; error.hidden = false; return; }
  document.getElementById('wx-application').hidden = true;
  document.getElementById('wx-done').hidden = false;
});

for (const input of document.querySelectorAll('.wx-doc-input')) {
  input.addEventListener('change', () => {
    const status = document.getElementById(`${input.id}_status`);
    const file = input.files[0];
    if (!file) { status.textContent = 'Not uploaded'; return; }
    const allowed = input.accept.split(',').map((ext) => ext.trim().toLowerCase());
    if (allowed.length && allowed[0] && !allowed.some((ext) => file.name.toLowerCase().endsWith(ext))) {
      status.textContent = `${file.name}: this document must be a ${allowed.join(' or ')} file.`;
      return;
    }
    status.textContent = `${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB) — uploaded`;
  });
}
