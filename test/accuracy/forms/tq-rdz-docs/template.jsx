/*
 * Larkspur Apply: a careers site built in React by the company's own team. Documents are
 * react-dropzone zones (hidden inputs inside the zones): an "autofill from your resume" zone at the
 * top that only pre-reads a file, then the application's own Resume, Cover letter and "Other
 * attachments" zones, with a "Paste your resume instead" toggle and an "Import from LinkedIn"
 * button beside the resume. Choices are Radix UI: RadioGroup items rendered as cards (button
 * role=radio) and Checkbox buttons for "select all that apply"; years of experience is a native
 * range slider. Each posting passes its own config and questions; the state is in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useDropzone } from 'react-dropzone';
import * as RadioGroup from '@radix-ui/react-radio-group';
import * as Checkbox from '@radix-ui/react-checkbox';

const TYPES = {
  '.pdf': { 'application/pdf': ['.pdf'] },
  '.doc': { 'application/msword': ['.doc'] },
  '.docx': { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] },
  '.txt': { 'text/plain': ['.txt'] },
  '.png': { 'image/png': ['.png'] },
  '.zip': { 'application/zip': ['.zip'] },
};
const acceptOf = (exts) => Object.assign({}, ...exts.map((e) => TYPES[e]));

function Zone({ id, label, hint, required, multiple, exts, files, onFiles, small }) {
  const [rejected, setRejected] = useState('');
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    accept: acceptOf(exts),
    multiple: !!multiple,
    onDrop: (accepted, rejections) => {
      setRejected(rejections.length ? `${rejections[0].file.name}: this file type is not accepted. Use ${exts.join(', ')}.` : '');
      if (accepted.length) onFiles(multiple ? [...files, ...accepted.map((f) => f.name)] : [accepted[0].name]);
    },
  });
  return (
    <div className="ld-field">
      <span className="ld-label" id={`${id}-label`}>{label}{required ? <span className="ld-req"> *</span> : null}</span>
      <div {...getRootProps({ className: `ld-zone${small ? ' ld-zone-small' : ''}${isDragActive ? ' is-active' : ''}`, 'aria-labelledby': `${id}-label`, 'aria-describedby': `${id}-hint` })}>
        <input {...getInputProps({ id, name: id.replace('ld-', '') })} />
        {files.length === 0
          ? <p><span className="ld-icon">⬆</span> <strong>Click to upload</strong> or drag and drop</p>
          : <ul className="ld-files">{files.map((n) => <li key={n}>📎 {n} <button type="button" className="ld-x" onClick={(e) => { e.stopPropagation(); onFiles(files.filter((x) => x !== n)); }} aria-label={`Remove ${n}`}>×</button></li>)}</ul>}
      </div>
      <small className="ld-hint" id={`${id}-hint`}>{hint}</small>
      {rejected ? <small className="ld-error" role="alert">{rejected}</small> : null}
    </div>
  );
}

function Cards({ q, value, onChange }) {
  return (
    <div className="ld-field">
      <span className="ld-label" id={`q${q.id}-label`}>{q.label}{q.required ? <span className="ld-req"> *</span> : null}</span>
      {q.hint ? <small className="ld-hint">{q.hint}</small> : null}
      <RadioGroup.Root className={`ld-cards${q.compact ? ' ld-compact' : ''}`} data-q={`q${q.id}`} value={value ?? ''} onValueChange={onChange} aria-labelledby={`q${q.id}-label`} name={`question_${q.id}`}>
        {q.options.map(([v, title, desc]) => (
          <RadioGroup.Item key={v} value={v} className="ld-card" id={`q${q.id}-${v}`}>
            <span className="ld-dot"><RadioGroup.Indicator className="ld-dot-on" /></span>
            <span className="ld-card-text"><span className="ld-card-title">{title}</span>{desc ? <span className="ld-card-desc">{desc}</span> : null}</span>
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </div>
  );
}

function Checks({ q, value, onChange }) {
  return (
    <fieldset className="ld-field ld-checks" data-q={`q${q.id}`}>
      <legend className="ld-label">{q.label}</legend>
      {q.options.map(([v, text]) => (
        <div className="ld-check" key={v}>
          <Checkbox.Root id={`q${q.id}-${v}`} className="ld-box" checked={!!value[v]} onCheckedChange={(c) => onChange({ ...value, [v]: !!c })}>
            <Checkbox.Indicator className="ld-box-on">✓</Checkbox.Indicator>
          </Checkbox.Root>
          <label htmlFor={`q${q.id}-${v}`}>{text}</label>
        </div>
      ))}
    </fieldset>
  );
}

function App({ posting }) {
  const [s, setS] = useState(() => ({
    fullName: '', email: '', phone: '', location: '', linkedin: '', portfolio: '',
    parsedFrom: [], resume: [], resumeText: '', pasteMode: false, coverLetter: [], attachments: [],
    years: 0, salary: '', currency: '',
    answers: Object.fromEntries(posting.questions.map((q) => [q.id, q.type === 'checks' ? Object.fromEntries(q.options.map(([v]) => [v, false])) : null])),
    consent: false,
  }));
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState('');
  const set = (k) => (v) => setS((p) => ({ ...p, [k]: v }));
  const onText = (k) => (e) => set(k)(e.target.value);
  const setAnswer = (id) => (v) => setS((p) => ({ ...p, answers: { ...p.answers, [id]: v } }));

  const submit = (e) => {
    e.preventDefault();
    const missing = [];
    if (!s.fullName || !s.email || !s.phone) missing.push('contact details');
    if (posting.resumeRequired && !s.resume.length && !s.resumeText) missing.push('resume');
    for (const q of posting.questions) if (q.required && (s.answers[q.id] === null || (q.type === 'checks' && !Object.values(s.answers[q.id]).some(Boolean)))) missing.push(q.label);
    if (!s.consent) missing.push('consent');
    if (missing.length) { setError(`Please complete: ${missing.join('; ')}`); return; }
    setSubmitted(true);
  };

  if (submitted) return <><div id="ld-done" className="ld-done"><h2>Application sent</h2><p>Thanks, we will be in touch.</p></div><pre id="model">{JSON.stringify(s, null, 2)}</pre></>;
  return (
    <>
      <form id="ld-form" onSubmit={submit} noValidate>
        <div className="ld-quick">
          <Zone id="ld-parse" label="Save time: autofill this application from your resume" hint="We read the file to pre-fill the fields below. You'll still attach your resume under Documents." exts={['.pdf', '.docx']} files={s.parsedFrom} onFiles={set('parsedFrom')} small />
        </div>
        <h2>Contact</h2>
        <div className="ld-grid">
          <div className="ld-field"><label className="ld-label" htmlFor="ld-name">Full name<span className="ld-req"> *</span></label><input id="ld-name" name="full_name" value={s.fullName} onChange={onText('fullName')} /></div>
          <div className="ld-field"><label className="ld-label" htmlFor="ld-email">Email<span className="ld-req"> *</span></label><input id="ld-email" name="email" type="email" value={s.email} onChange={onText('email')} /></div>
          <div className="ld-field"><label className="ld-label" htmlFor="ld-phone">Phone<span className="ld-req"> *</span></label><input id="ld-phone" name="phone" type="tel" placeholder="+1 (555) 000-0000" value={s.phone} onChange={onText('phone')} /></div>
          <div className="ld-field"><label className="ld-label" htmlFor="ld-location">Where are you based?</label><input id="ld-location" name="location" placeholder="City, State" value={s.location} onChange={onText('location')} /></div>
          <div className="ld-field"><label className="ld-label" htmlFor="ld-linkedin">LinkedIn</label><input id="ld-linkedin" name="linkedin" type="url" value={s.linkedin} onChange={onText('linkedin')} /></div>
          <div className="ld-field"><label className="ld-label" htmlFor="ld-portfolio">{posting.portfolioLabel}</label><input id="ld-portfolio" name="portfolio" type="url" value={s.portfolio} onChange={onText('portfolio')} /></div>
        </div>

        <h2>Documents</h2>
        {s.pasteMode
          ? <div className="ld-field"><label className="ld-label" htmlFor="ld-resume-text">Paste your resume{posting.resumeRequired ? <span className="ld-req"> *</span> : null}</label><textarea id="ld-resume-text" name="resume_text" rows={10} value={s.resumeText} onChange={onText('resumeText')} /></div>
          : <Zone id="ld-resume" label="Resume" required={posting.resumeRequired} hint={posting.resumeHint} exts={posting.resumeExts} files={s.resume} onFiles={set('resume')} />}
        <div className="ld-row">
          <button type="button" className="ld-link" id="ld-paste-toggle" onClick={() => set('pasteMode')(!s.pasteMode)}>{s.pasteMode ? 'Upload a file instead' : 'Paste your resume instead'}</button>
          <span className="ld-sep">·</span>
          <button type="button" className="ld-li" id="ld-li-import" onClick={() => setError('LinkedIn import is unavailable right now. Please upload your resume.')}>Import from LinkedIn</button>
        </div>
        <Zone id="ld-cover" label="Cover letter" hint={posting.coverHint} exts={posting.coverExts} files={s.coverLetter} onFiles={set('coverLetter')} />
        <Zone id="ld-other" label="Other attachments" hint="Anything else you'd like us to see: work samples, certificates. Up to 5 files." exts={['.pdf', '.docx', '.png', '.zip']} multiple files={s.attachments} onFiles={set('attachments')} />

        <h2>About you</h2>
        <div className="ld-field">
          <label className="ld-label" htmlFor="ld-years">{posting.yearsLabel}<span className="ld-req"> *</span></label>
          <div className="ld-slider"><input id="ld-years" name="years_experience" type="range" min="0" max={posting.yearsMax} step="1" value={s.years} onChange={(e) => set('years')(Number(e.target.value))} /><output htmlFor="ld-years">{s.years}{Number(s.years) === posting.yearsMax ? '+' : ''} years</output></div>
        </div>
        <div className="ld-grid">
          <div className="ld-field"><label className="ld-label" htmlFor="ld-salary">Expected annual salary</label><input id="ld-salary" name="salary" inputMode="numeric" value={s.salary} onChange={onText('salary')} /></div>
          <div className="ld-field"><label className="ld-label" htmlFor="ld-currency">Currency</label>
            <select id="ld-currency" name="currency" value={s.currency} onChange={onText('currency')}>
              <option value="">—</option>{['AUD', 'CAD', 'EUR', 'GBP', 'INR', 'USD'].map((c) => <option key={c} value={c}>{c}</option>)}
            </select></div>
        </div>
        {posting.questions.map((q) => q.type === 'checks'
          ? <Checks key={q.id} q={q} value={s.answers[q.id]} onChange={setAnswer(q.id)} />
          : <Cards key={q.id} q={q} value={s.answers[q.id]} onChange={setAnswer(q.id)} />)}

        <div className="ld-check ld-consent">
          <Checkbox.Root id="ld-consent" className="ld-box" checked={s.consent} onCheckedChange={(c) => set('consent')(!!c)}><Checkbox.Indicator className="ld-box-on">✓</Checkbox.Indicator></Checkbox.Root>
          <label htmlFor="ld-consent">I agree to {posting.company} storing my application for 12 months.<span className="ld-req"> *</span></label>
        </div>
        {error ? <p className="ld-error" role="alert">{error}</p> : null}
        <button type="submit" id="ld-submit">Submit application</button>
      </form>
      <pre id="model">{JSON.stringify(s, null, 2)}</pre>
    </>
  );
}

export function renderApplication(posting) {
  document.getElementById('ld-title').textContent = posting.title;
  document.getElementById('ld-meta').textContent = posting.where;
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
