/*
 * Orchardine careers: the application as the careers site's own React app renders it.
 * Rich-text answers are Lexical editors; documents are drop zones with hidden inputs;
 * the cover letter is written in an editor or uploaded (tabs); links are a list of
 * type + URL rows. The whole state is rendered into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { $getRoot } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';

const LINK_TYPES = ['LinkedIn', 'GitHub', 'Portfolio', 'Personal website', 'Other'];

function RichText({ name, labelId, placeholder, onText, max }) {
  const [length, setLength] = useState(0);
  const config = {
    namespace: `orchardine-${name}`,
    onError: (error) => console.error(error),
    theme: { paragraph: 'oc-p' },
  };
  return (
    <div className="oc-rte" data-rte={name}>
      <div className="oc-rte-toolbar" aria-hidden="true"><b>B</b> <i>I</i> <span>• List</span></div>
      <LexicalComposer initialConfig={config}>
        <div className="oc-rte-body">
          <RichTextPlugin
            contentEditable={<ContentEditable className="oc-rte-input" aria-labelledby={labelId} aria-multiline="true" role="textbox" />}
            placeholder={<div className="oc-rte-placeholder">{placeholder}</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <OnChangePlugin
          ignoreSelectionChange
          onChange={(editorState) =>
            editorState.read(() => {
              const text = $getRoot().getTextContent();
              setLength(text.length);
              onText(text);
            })
          }
        />
      </LexicalComposer>
      {max ? (
        <div className={length > max ? 'oc-count oc-over' : 'oc-count'}>
          {length} / {max} characters
        </div>
      ) : null}
    </div>
  );
}

function DropZone({ id, labelId, accept, hint, multiple, files, onFiles }) {
  const input = useRef(null);
  const [active, setActive] = useState(false);
  const take = (list) => onFiles(Array.from(list ?? []).map((file) => file.name));
  return (
    <div
      className={active ? 'oc-zone oc-zone-active' : 'oc-zone'}
      onDragOver={(event) => { event.preventDefault(); setActive(true); }}
      onDragLeave={() => setActive(false)}
      onDrop={(event) => { event.preventDefault(); setActive(false); take(event.dataTransfer.files); }}
    >
      <input ref={input} id={id} type="file" accept={accept} multiple={multiple} style={{ display: 'none' }} aria-labelledby={labelId} onChange={(event) => take(event.target.files)} />
      <p>Drag and drop here, or <button type="button" className="oc-link" onClick={() => input.current?.click()}>browse files</button></p>
      <p className="oc-hint">{hint}</p>
      {files.length ? <ul className="oc-files">{files.map((name) => <li key={name}>{name}</li>)}</ul> : null}
    </div>
  );
}

function Question({ q, value, set }) {
  const labelId = `q-${q.id}-label`;
  const req = q.required ? <span className="oc-req"> *</span> : null;
  if (q.type === 'radio')
    return (
      <fieldset className="oc-field">
        <legend className="oc-label">{q.label}{req}</legend>
        {q.options.map((option) => (
          <label key={option} className="oc-choice">
            <input type="radio" name={`question_${q.id}`} value={option} checked={value === option} onChange={() => set(option)} /> {option}
          </label>
        ))}
      </fieldset>
    );
  if (q.type === 'textarea')
    return (
      <div className="oc-field">
        <label className="oc-label" id={labelId} htmlFor={`question_${q.id}`}>{q.label}{req}</label>
        {q.hint ? <div className="oc-hint">{q.hint}</div> : null}
        <textarea id={`question_${q.id}`} name={`question_${q.id}`} rows={6} maxLength={q.max} value={value} onChange={(event) => set(event.target.value)} />
        <div className="oc-count">{value.length} / {q.max}</div>
      </div>
    );
  if (q.type === 'select')
    return (
      <div className="oc-field">
        <label className="oc-label" htmlFor={`question_${q.id}`}>{q.label}{req}</label>
        <select id={`question_${q.id}`} name={`question_${q.id}`} value={value} onChange={(event) => set(event.target.value)}>
          <option value="">Select an option</option>
          {q.options.map((option) => <option key={option} value={option}>{option}</option>)}
        </select>
      </div>
    );
  return (
    <div className="oc-field">
      <label className="oc-label" htmlFor={`question_${q.id}`}>{q.label}{req}</label>
      {q.hint ? <div className="oc-hint">{q.hint}</div> : null}
      <input id={`question_${q.id}`} name={`question_${q.id}`} type={q.inputType ?? 'text'} value={value} onChange={(event) => set(event.target.value)} />
    </div>
  );
}

function Application({ posting }) {
  const [form, setForm] = useState(() => ({
    fullName: '',
    email: '',
    phone: '',
    location: '',
    employer: '',
    title: '',
    resume: [],
    otherDocs: [],
    coverLetterMode: posting.coverDefault,
    coverLetterText: '',
    coverLetterFile: [],
    about: '',
    links: posting.links.map((type) => ({ type, url: '' })),
    answers: Object.fromEntries(posting.questions.map((q) => [q.id, ''])),
    consent: false,
    updates: false,
  }));
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((old) => ({ ...old, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (event) => set(key)(event.target.value) });
  const setLink = (index, key, value) =>
    setForm((old) => ({ ...old, links: old.links.map((link, i) => (i === index ? { ...link, [key]: value } : link)) }));
  const setAnswer = (id) => (value) => setForm((old) => ({ ...old, answers: { ...old.answers, [id]: value } }));

  const submit = (event) => {
    event.preventDefault();
    const missing = [];
    if (!form.fullName.trim()) missing.push('name');
    if (!form.email.trim()) missing.push('email');
    if (!form.resume.length) missing.push('résumé');
    if (!form.consent) missing.push('privacy consent');
    for (const q of posting.questions) if (q.required && !String(form.answers[q.id]).trim()) missing.push(q.label);
    if (missing.length) { setError(`Please complete: ${missing.join(', ')}`); return; }
    setError('');
    setDone(true);
  };

  const model = <pre id="model">{JSON.stringify({ ...form, resume: form.resume.join(', '), otherDocs: form.otherDocs, coverLetterFile: form.coverLetterFile.join(', ') }, null, 2)}</pre>;
  if (done) return (<><div id="oc-done" className="oc-done"><h2>Thanks, your application is in.</h2><p>We read every application and reply within two weeks.</p></div>{model}</>);

  return (
    <>
      <form className="oc-form" onSubmit={submit} noValidate>
        <h2>Your details</h2>
        <div className="oc-grid">
          <div className="oc-field"><label className="oc-label" htmlFor="oc-name">Full name<span className="oc-req"> *</span></label><input id="oc-name" name="name" autoComplete="off" {...text('fullName')} /></div>
          <div className="oc-field"><label className="oc-label" htmlFor="oc-email">Email<span className="oc-req"> *</span></label><input id="oc-email" name="email" type="email" autoComplete="off" {...text('email')} /></div>
          <div className="oc-field"><label className="oc-label" htmlFor="oc-phone">Phone number</label><input id="oc-phone" name="phone" type="tel" autoComplete="off" {...text('phone')} /></div>
          <div className="oc-field"><label className="oc-label" htmlFor="oc-location">Where are you based?</label><input id="oc-location" name="location" placeholder="City, State" autoComplete="off" {...text('location')} /></div>
          <div className="oc-field"><label className="oc-label" htmlFor="oc-employer">Current or most recent company</label><input id="oc-employer" name="company" autoComplete="off" {...text('employer')} /></div>
          <div className="oc-field"><label className="oc-label" htmlFor="oc-title">Current or most recent title</label><input id="oc-title" name="title" autoComplete="off" {...text('title')} /></div>
        </div>

        <h2>Documents</h2>
        <div className="oc-field">
          <div className="oc-label" id="oc-resume-label">Résumé<span className="oc-req"> *</span></div>
          <DropZone id="oc-resume" labelId="oc-resume-label" accept={posting.resumeAccept} hint={posting.resumeHint} files={form.resume} onFiles={set('resume')} />
        </div>

        <div className="oc-field">
          <div className="oc-label" id="oc-cover-label">Cover letter <span className="oc-opt">(optional)</span></div>
          <div role="tablist" aria-labelledby="oc-cover-label" className="oc-tabs">
            <button type="button" role="tab" id="oc-cover-tab-write" aria-selected={form.coverLetterMode === 'write'} onClick={() => set('coverLetterMode')('write')}>Write it here</button>
            <button type="button" role="tab" id="oc-cover-tab-upload" aria-selected={form.coverLetterMode === 'upload'} onClick={() => set('coverLetterMode')('upload')}>Upload a file</button>
          </div>
          <div role="tabpanel" aria-labelledby="oc-cover-tab-write" hidden={form.coverLetterMode !== 'write'} id="oc-cover-write">
            <RichText name="coverLetter" labelId="oc-cover-label" placeholder="Say hello. What drew you to this role?" max={3000} onText={set('coverLetterText')} />
          </div>
          <div role="tabpanel" aria-labelledby="oc-cover-tab-upload" hidden={form.coverLetterMode !== 'upload'} id="oc-cover-upload">
            <DropZone id="oc-cover-file" labelId="oc-cover-label" accept={posting.coverAccept} hint={posting.coverHint} files={form.coverLetterFile} onFiles={set('coverLetterFile')} />
          </div>
        </div>

        <div className="oc-field">
          <div className="oc-label" id="oc-other-label">Other documents <span className="oc-opt">(optional)</span></div>
          <DropZone id="oc-other" labelId="oc-other-label" accept=".pdf" multiple hint={posting.otherHint} files={form.otherDocs} onFiles={set('otherDocs')} />
        </div>

        <h2>About you</h2>
        <div className="oc-field">
          <div className="oc-label" id="oc-about-label">Short bio</div>
          <div className="oc-hint">This is the first thing the hiring team sees: two or three sentences about you, in your words.</div>
          <RichText name="about" labelId="oc-about-label" placeholder="e.g. I'm a … who loves …" max={600} onText={set('about')} />
        </div>

        <div className="oc-field">
          <div className="oc-label" id="oc-links-label">Links</div>
          <div className="oc-hint">Profiles and work you'd like us to see.</div>
          {form.links.map((link, index) => (
            <div className="oc-link-row" key={index} role="group" aria-label={`Link ${index + 1}`}>
              <select id={`links-${index}-type`} name={`links[${index}][type]`} aria-label="Link type" value={link.type} onChange={(event) => setLink(index, 'type', event.target.value)}>
                {LINK_TYPES.map((type) => <option key={type} value={type}>{type}</option>)}
              </select>
              <input id={`links-${index}-url`} name={`links[${index}][url]`} type="url" aria-label="URL" placeholder="https://" value={link.url} onChange={(event) => setLink(index, 'url', event.target.value)} />
              <button type="button" className="oc-remove" aria-label={`Remove link ${index + 1}`} onClick={() => setForm((old) => ({ ...old, links: old.links.filter((_, i) => i !== index) }))}>×</button>
            </div>
          ))}
          <button type="button" className="oc-link" id="oc-add-link" onClick={() => setForm((old) => ({ ...old, links: [...old.links, { type: 'Other', url: '' }] }))}>+ Add another link</button>
        </div>

        <h2>A few questions</h2>
        {posting.questions.map((q) => <Question key={q.id} q={q} value={form.answers[q.id]} set={setAnswer(q.id)} />)}

        <label className="oc-check"><input type="checkbox" id="oc-consent" checked={form.consent} onChange={(event) => set('consent')(event.target.checked)} /> I have read the <a href="#">candidate privacy notice</a> and agree that Orchardine may process my application.<span className="oc-req"> *</span></label>
        <label className="oc-check"><input type="checkbox" id="oc-updates" checked={form.updates} onChange={(event) => set('updates')(event.target.checked)} /> Keep me posted about future roles at Orchardine.</label>

        {error ? <p className="oc-error" role="alert">{error}</p> : null}
        <button type="submit" id="oc-submit">Submit application</button>
      </form>
      {model}
    </>
  );
}

export function renderApplication(posting) {
  document.getElementById('oc-job-title').textContent = posting.title;
  document.getElementById('oc-job-meta').textContent = posting.where;
  document.getElementById('oc-job-blurb').textContent = posting.blurb;
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
