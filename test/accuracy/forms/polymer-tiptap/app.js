/*
 * The job board's rich-text answers: a TipTap (ProseMirror) editor in each `[data-editor]` box,
 * with a placeholder and bold/italic buttons. Each editor's plain text is rendered into
 * <pre id="model">; the required answers are checked on submit.
 */
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';

const model = document.getElementById('model');
const editors = {};
const render = () => {
  const state = {};
  for (const [key, editor] of Object.entries(editors)) state[key] = editor.getText();
  model.textContent = JSON.stringify(state, null, 2);
};

for (const box of document.querySelectorAll('[data-editor]')) {
  const key = box.dataset.editor;
  const editor = new Editor({
    element: box,
    extensions: [StarterKit, Placeholder.configure({ placeholder: box.dataset.placeholder })],
    editorProps: { attributes: { 'aria-labelledby': box.getAttribute('aria-labelledby'), role: 'textbox', 'aria-multiline': 'true' } },
    onUpdate: render,
  });
  editors[key] = editor;
  for (const button of box.querySelectorAll('[data-mark]')) button.addEventListener('click', () => editor.chain().focus().toggleMark(button.dataset.mark).run());
}
render();

const form = document.getElementById('polymer-apply');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = [...form.querySelectorAll('[required]')].filter((field) => (field.type === 'file' ? field.files.length === 0 : !field.value.trim()));
  if (editors.excites.isEmpty) missing.push(editors.excites.view.dom);
  for (const field of missing) field.style.outline = '2px solid #d33';
  if (missing.length) return;
  form.hidden = true;
  document.getElementById('polymer-done').hidden = false;
});
