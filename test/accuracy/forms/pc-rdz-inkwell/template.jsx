/*
 * Inkwell & Pine (a book publisher's data team) runs its careers site as a small React app whose
 * "Documents" step is built on react-dropzone. The résumé block offers three sources as radios
 * (upload, a saved résumé from a signed-in account, a Dropbox / Google Drive / URL link); upload is
 * preset. Once a résumé is attached the page "reads" it and shows an editable "From your résumé"
 * block (employer, title, school, degree) that starts empty for the person to check and complete.
 * The cover letter, transcript and writing sample are zones of their own, the portfolio is a
 * link-or-upload toggle, and certifications are a repeater whose every entry carries a file zone.
 * Every posting renders this template with its own questions; the state is in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useDropzone } from 'react-dropzone';

const DOC_TYPES = {
  'application/pdf': ['.pdf'],
  'application/msword': ['.doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'text/plain': ['.txt'],
  'application/rtf': ['.rtf'],
};

function Zone({ id, name, label, hint, required, multiple, value, onChange, accept = DOC_TYPES }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    accept,
    multiple: !!multiple,
    maxSize: 5 * 1024 * 1024,
    onDrop: (files) => {
      if (files.length === 0) return;
      onChange(multiple ? [...value, ...files.map((f) => f.name)] : files[0].name);
    },
  });
  const names = multiple ? value : value ? [value] : [];
  return (
    <div className="ip-field">
      <span className="ip-label" id={`${id}-label`}>{label}{required ? <span className="ip-req"> *</span> : null}</span>
      <div {...getRootProps({ className: `ip-zone${isDragActive ? ' is-active' : ''}`, 'aria-labelledby': `${id}-label`, 'aria-describedby': `${id}-hint` })}>
        <input {...getInputProps({ id, name })} />
        {names.length === 0
          ? <p><strong>Drop a file here</strong> or <span className="ip-browse">browse</span></p>
          : <ul className="ip-files">{names.map((n) => <li key={n}>📄 {n}</li>)}</ul>}
      </div>
      <small className="ip-hint" id={`${id}-hint`}>{hint}</small>
      {names.length > 0 ? <button type="button" className="ip-linkbtn" onClick={() => onChange(multiple ? [] : '')}>Remove</button> : null}
    </div>
  );
}

function CertEntry({ index, entry, onChange, onRemove }) {
  const set = (k) => (e) => onChange({ ...entry, [k]: e.target.value });
  return (
    <fieldset className="ip-cert">
      <legend>Certification {index + 1}</legend>
      <div className="ip-grid">
        <label className="ip-field"><span className="ip-label">Certification name</span>
          <input type="text" id={`certs-${index}-name`} name={`certifications[${index}][name]`} value={entry.name} onChange={set('name')} placeholder="e.g. AWS Certified Data Engineer" /></label>
        <label className="ip-field"><span className="ip-label">Issuing organization</span>
          <input type="text" id={`certs-${index}-issuer`} name={`certifications[${index}][issuer]`} value={entry.issuer} onChange={set('issuer')} /></label>
        <label className="ip-field"><span className="ip-label">Year earned</span>
          <input type="text" inputMode="numeric" maxLength={4} id={`certs-${index}-year`} name={`certifications[${index}][year]`} value={entry.year} onChange={set('year')} placeholder="YYYY" /></label>
      </div>
      <Zone id={`certs-${index}-file`} name={`certifications[${index}][file]`} label="Certificate (scan or PDF)" hint="PDF, JPG or PNG, up to 5 MB."
        accept={{ 'application/pdf': ['.pdf'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'] }}
        value={entry.file} onChange={(file) => onChange({ ...entry, file })} />
      {index > 0 ? <button type="button" className="ip-linkbtn" onClick={onRemove}>Remove this certification</button> : null}
    </fieldset>
  );
}

function Question({ q, value, onChange }) {
  const id = `q_${q.id}`;
  if (q.type === 'radio') {
    return (
      <fieldset className="ip-field" role="radiogroup" aria-labelledby={`${id}-legend`}>
        <span className="ip-label" id={`${id}-legend`}>{q.label}{q.required ? <span className="ip-req"> *</span> : null}</span>
        {q.options.map((o, i) => (
          <label key={o} className="ip-radio"><input type="radio" id={`${id}_${i}`} name={`answers[${q.id}]`} value={o} checked={value === o} onChange={() => onChange(o)} /> {o}</label>
        ))}
      </fieldset>
    );
  }
  if (q.type === 'select') {
    return (
      <label className="ip-field"><span className="ip-label">{q.label}{q.required ? <span className="ip-req"> *</span> : null}</span>
        <select id={id} name={`answers[${q.id}]`} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Select…</option>
          {q.options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
        {q.hint ? <small className="ip-hint">{q.hint}</small> : null}
      </label>
    );
  }
  if (q.type === 'textarea') {
    return (
      <label className="ip-field"><span className="ip-label">{q.label}{q.required ? <span className="ip-req"> *</span> : null}</span>
        <textarea id={id} name={`answers[${q.id}]`} rows={4} value={value} onChange={(e) => onChange(e.target.value)} placeholder={q.placeholder || ''} />
        {q.hint ? <small className="ip-hint">{q.hint}</small> : null}
      </label>
    );
  }
  return (
    <label className="ip-field"><span className="ip-label">{q.label}{q.required ? <span className="ip-req"> *</span> : null}</span>
      <input type={q.inputType || 'text'} id={id} name={`answers[${q.id}]`} value={value} onChange={(e) => onChange(e.target.value)} placeholder={q.placeholder || ''} />
      {q.hint ? <small className="ip-hint">{q.hint}</small> : null}
    </label>
  );
}

function Application({ posting }) {
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', linkedin: '',
    resumeSource: 'upload', resume: '', savedResume: '', resumeLink: '',
    employer: '', jobTitle: '', school: '', degree: '',
    coverLetter: '', transcript: '', writingSample: '',
    portfolioMode: 'link', portfolioUrl: '', portfolioFile: '',
    certifications: [{ name: '', issuer: '', year: '', file: '' }],
    answers: Object.fromEntries(posting.questions.map((q) => [q.id, ''])),
    source: '', gender: '', consent: false, updates: false,
  });
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (k) => (e) => setF((s) => ({ ...s, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value }));
  const put = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
  const resumeGiven = (f.resumeSource === 'upload' && f.resume) || (f.resumeSource === 'saved' && f.savedResume) || (f.resumeSource === 'link' && f.resumeLink);
  const submit = (e) => {
    e.preventDefault();
    const missing = !f.firstName || !f.lastName || !f.email || !resumeGiven || !f.consent
      || posting.questions.some((q) => q.required && !f.answers[q.id]) || (posting.transcriptRequired && !f.transcript);
    if (missing) { setError('Please complete the required fields marked *.'); return; }
    setSent(true);
  };
  if (sent) return <div id="ip-done" className="ip-done">Thank you, {f.firstName}. Your application for {posting.title} is in.</div>;
  return (
    <>
      <form id="ip-form" noValidate onSubmit={submit}>
        <h2>1. About you</h2>
        <div className="ip-grid">
          <label className="ip-field"><span className="ip-label">First name<span className="ip-req"> *</span></span><input type="text" id="first_name" name="first_name" autoComplete="given-name" value={f.firstName} onChange={set('firstName')} /></label>
          <label className="ip-field"><span className="ip-label">Last name<span className="ip-req"> *</span></span><input type="text" id="last_name" name="last_name" autoComplete="family-name" value={f.lastName} onChange={set('lastName')} /></label>
          <label className="ip-field"><span className="ip-label">Email<span className="ip-req"> *</span></span><input type="email" id="email" name="email" autoComplete="email" value={f.email} onChange={set('email')} /></label>
          <label className="ip-field"><span className="ip-label">Phone</span><input type="tel" id="phone" name="phone" autoComplete="tel" value={f.phone} onChange={set('phone')} placeholder="+1 555 000 0000" /></label>
          <label className="ip-field"><span className="ip-label">City you live in</span><input type="text" id="city" name="city" value={f.city} onChange={set('city')} /></label>
          <label className="ip-field"><span className="ip-label">LinkedIn profile</span><input type="url" id="linkedin" name="linkedin" value={f.linkedin} onChange={set('linkedin')} placeholder="https://www.linkedin.com/in/…" /></label>
        </div>

        <h2>2. Documents</h2>
        <fieldset className="ip-field" aria-labelledby="resume-source-legend">
          <span className="ip-label" id="resume-source-legend">How would you like to share your résumé?<span className="ip-req"> *</span></span>
          {[['upload', 'Upload a file'], ['saved', 'Use a résumé saved to my Inkwell account'], ['link', 'Share a link (Dropbox, Google Drive or any URL)']].map(([v, t]) => (
            <label key={v} className="ip-radio"><input type="radio" name="resume_source" id={`resume_source_${v}`} value={v} checked={f.resumeSource === v} onChange={set('resumeSource')} /> {t}</label>
          ))}
        </fieldset>
        <div hidden={f.resumeSource !== 'upload'}>
          <Zone id="resume" name="resume" label="Résumé" required hint="PDF, Word, RTF or plain text · 5 MB max. We'll read it to save you some typing." value={f.resume} onChange={put('resume')} />
        </div>
        <label className="ip-field" hidden={f.resumeSource !== 'saved'}><span className="ip-label">Saved résumé</span>
              <select id="saved_resume" name="saved_resume" value={f.savedResume} onChange={set('savedResume')}>
                <option value="">Sign in to see your saved résumés</option>
              </select></label>
        <label className="ip-field" hidden={f.resumeSource !== 'link'}><span className="ip-label">Link to your résumé</span>
              <input type="url" id="resume_link" name="resume_link" value={f.resumeLink} onChange={set('resumeLink')} placeholder="https://drive.google.com/…" />
              <small className="ip-hint">Make sure anyone with the link can view it.</small></label>

        <section className="ip-parsed" aria-labelledby="parsed-title" hidden={!f.resume}>
            <h3 id="parsed-title">From your résumé</h3>
            <p className="ip-hint">We couldn't read everything from <strong>{f.resume}</strong>. Please check and complete these.</p>
            <div className="ip-grid">
              <label className="ip-field"><span className="ip-label">Most recent employer</span><input type="text" id="parsed_employer" name="parsed[employer]" value={f.employer} onChange={set('employer')} /></label>
              <label className="ip-field"><span className="ip-label">Job title there</span><input type="text" id="parsed_title" name="parsed[title]" value={f.jobTitle} onChange={set('jobTitle')} /></label>
              <label className="ip-field"><span className="ip-label">School</span><input type="text" id="parsed_school" name="parsed[school]" value={f.school} onChange={set('school')} /></label>
              <label className="ip-field"><span className="ip-label">Highest degree</span>
                <select id="parsed_degree" name="parsed[degree]" value={f.degree} onChange={set('degree')}>
                  <option value="">—</option><option>High school diploma / GED</option><option>Associate's</option><option>Bachelor's</option><option>Master's</option><option>Doctorate</option>
                </select></label>
            </div>
          </section>

        <Zone id="cover_letter" name="cover_letter" label="Cover letter" hint="Optional. PDF, Word or .txt, 5 MB max." value={f.coverLetter} onChange={put('coverLetter')} />
        <Zone id="transcript" name="transcript" label="Academic transcript" required={!!posting.transcriptRequired}
          hint={posting.transcriptRequired ? 'Unofficial is fine. PDF only.' : 'Optional. Unofficial is fine. PDF only.'}
          accept={{ 'application/pdf': ['.pdf'] }} value={f.transcript} onChange={put('transcript')} />
        <Zone id="writing_sample" name="writing_sample" label={posting.sampleLabel} hint={posting.sampleHint} value={f.writingSample} onChange={put('writingSample')} />

        <fieldset className="ip-field" aria-labelledby="portfolio-legend">
          <span className="ip-label" id="portfolio-legend">Portfolio</span>
          <div className="ip-tabs" role="tablist">
            <button type="button" role="tab" id="portfolio-tab-link" aria-selected={f.portfolioMode === 'link'} onClick={() => setF((s) => ({ ...s, portfolioMode: 'link' }))}>Add a link</button>
            <button type="button" role="tab" id="portfolio-tab-upload" aria-selected={f.portfolioMode === 'upload'} onClick={() => setF((s) => ({ ...s, portfolioMode: 'upload' }))}>Upload a file</button>
          </div>
          <div role="tabpanel" aria-labelledby="portfolio-tab-link" hidden={f.portfolioMode !== 'link'}>
            <input type="url" id="portfolio_url" name="portfolio_url" aria-label="Portfolio URL" value={f.portfolioUrl} onChange={set('portfolioUrl')} placeholder="https://" />
          </div>
          <div role="tabpanel" aria-labelledby="portfolio-tab-upload" hidden={f.portfolioMode !== 'upload'}>
            <Zone id="portfolio_file" name="portfolio_file" label="Portfolio file" hint="PDF, 5 MB max." accept={{ 'application/pdf': ['.pdf'] }} value={f.portfolioFile} onChange={put('portfolioFile')} />
          </div>
        </fieldset>

        {posting.certifications ? (
          <section aria-labelledby="certs-title">
            <h3 id="certs-title">Certifications <span className="ip-hint">(optional)</span></h3>
            {f.certifications.map((c, i) => (
              <CertEntry key={i} index={i} entry={c}
                onChange={(entry) => setF((s) => ({ ...s, certifications: s.certifications.map((x, j) => (j === i ? entry : x)) }))}
                onRemove={() => setF((s) => ({ ...s, certifications: s.certifications.filter((_, j) => j !== i) }))} />
            ))}
            <button type="button" id="certs-add" className="ip-linkbtn" onClick={() => setF((s) => ({ ...s, certifications: [...s.certifications, { name: '', issuer: '', year: '', file: '' }] }))}>+ Add another certification</button>
          </section>
        ) : null}

        <h2>3. A few questions</h2>
        {posting.questions.map((q) => (
          <Question key={q.id} q={q} value={f.answers[q.id]} onChange={(v) => setF((s) => ({ ...s, answers: { ...s.answers, [q.id]: v } }))} />
        ))}
        <label className="ip-field"><span className="ip-label">How did you find this job?</span>
          <select id="source" name="source" value={f.source} onChange={set('source')}>
            <option value="">Select…</option><option>Inkwell & Pine website</option><option>LinkedIn</option><option>Publishers Weekly job board</option><option>A friend or colleague</option><option>Other</option>
          </select></label>
        <label className="ip-field"><span className="ip-label">Gender (voluntary)</span>
          <select id="gender" name="gender" value={f.gender} onChange={set('gender')}>
            <option value="">Prefer not to say</option><option>Woman</option><option>Man</option><option>Non-binary</option><option>I self-describe</option>
          </select></label>
        <label className="ip-check"><input type="checkbox" id="consent" name="consent" checked={f.consent} onChange={set('consent')} /> I agree that Inkwell & Pine may keep my application for 12 months. *</label>
        <label className="ip-check"><input type="checkbox" id="updates" name="updates" checked={f.updates} onChange={set('updates')} /> Send me news about new titles and events</label>
        {error ? <p className="ip-error" role="alert">{error}</p> : null}
        <button type="submit" id="ip-submit">Send application</button>
      </form>
      <pre id="model">{JSON.stringify(f, null, 1)}</pre>
    </>
  );
}

export function renderApplication(posting) {
  document.title = `${posting.title} — Inkwell & Pine careers`;
  document.getElementById('ip-job-title').textContent = posting.title;
  document.getElementById('ip-job-meta').textContent = posting.where;
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
