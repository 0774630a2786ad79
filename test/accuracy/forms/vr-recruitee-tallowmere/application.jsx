/**
 * Recruitee-like careers-site application (<company>.recruitee.com/o/<slug>/c/new), a React app:
 * standard fields with ids `input-candidate.<field>-<n>`, the CV behind an "Upload a file" label
 * (hidden input), a cover letter written in a textarea, an optional photo, then the posting's
 * open questions (`candidate.openQuestionAnswers.<i>`), each titled by a <p> tied with
 * aria-labelledby or a <legend>: text, single choice (radios), dropdown ("Please select"),
 * a single "boolean" checkbox, a number and a date. Consents at the end. The whole state is
 * rendered into <pre id="model">. A posting's app.jsx passes its title and questions.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function Field({ id, label, required, children, hint }) {
  return (
    <div className="sc-field">
      <label className="sc-label" htmlFor={id}>
        {label}
        {required ? <span className="sc-req">*</span> : null}
      </label>
      {children}
      {hint ? <p className="sc-hint">{hint}</p> : null}
    </div>
  );
}

function Question({ q, index, value, onChange }) {
  const name = `candidate.openQuestionAnswers.${index}.content`;
  const titleId = `oq-title-${q.id}`;
  const title = (
    <>
      {q.label}
      {q.required ? <span className="sc-req">*</span> : null}
    </>
  );
  if (q.kind === 'single_choice') {
    return (
      <fieldset className="sc-field sc-choice" data-question-id={q.id}>
        <legend className="sc-label">{title}</legend>
        {q.options.map((option, i) => (
          <label key={option} className="sc-radio">
            <input type="radio" name={name} id={`oq-${q.id}-${i}`} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{option}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  if (q.kind === 'boolean') {
    return (
      <div className="sc-field" data-question-id={q.id}>
        {q.heading ? <p className="sc-label">{q.heading}</p> : null}
        <label className="sc-radio">
          <input type="checkbox" name={name} id={`oq-${q.id}`} checked={value === true} onChange={(event) => onChange(event.target.checked)} />
          <span>{q.label}</span>
        </label>
      </div>
    );
  }
  const common = { id: `oq-${q.id}`, name, 'aria-labelledby': titleId, value: value ?? '', onChange: (event) => onChange(event.target.value) };
  let control;
  if (q.kind === 'dropdown') {
    control = (
      <select className="sc-input" {...common}>
        <option value="">Please select</option>
        {q.options.map((option) => <option key={option} value={option}>{option}</option>)}
      </select>
    );
  } else if (q.kind === 'paragraph') {
    control = <textarea className="sc-input" rows={4} {...common} />;
  } else {
    const type = q.kind === 'number' ? 'number' : q.kind === 'date' ? 'date' : 'text';
    control = <input className="sc-input" type={type} placeholder={q.placeholder} {...common} />;
  }
  return (
    <div className="sc-field" data-question-id={q.id}>
      <p className="sc-label" id={titleId}>{title}</p>
      {control}
      {q.hint ? <p className="sc-hint">{q.hint}</p> : null}
    </div>
  );
}

function Application({ posting }) {
  const [candidate, setCandidate] = useState({ name: '', email: '', phone: '', cv: null, coverLetter: '', photo: null });
  const [answers, setAnswers] = useState(Object.fromEntries(posting.questions.map((q) => [q.id, q.kind === 'boolean' ? false : ''])));
  const [consent, setConsent] = useState({ gdpr: false, talentPool: false });
  const [sent, setSent] = useState(false);
  const set = (key) => (event) => setCandidate((c) => ({ ...c, [key]: event.target.value }));
  const setFile = (key) => (event) => setCandidate((c) => ({ ...c, [key]: event.target.files[0]?.name ?? null }));
  const submit = (event) => {
    event.preventDefault();
    const missing = !candidate.name || !candidate.email || !candidate.cv || !consent.gdpr
      || posting.questions.some((q) => q.required && (answers[q.id] === '' || answers[q.id] === false));
    if (missing) return;
    setSent(true);
  };
  const model = { candidate, answers, consent };
  if (sent) return <div id="application-sent"><h2>Thank you for applying!</h2><pre id="model">{JSON.stringify(model)}</pre></div>;
  return (
    <form className="sc-form" data-testid="application-form" onSubmit={submit} noValidate>
      <h2 className="sc-section">My information</h2>
      <p className="sc-hint">Fill out the information below</p>
      <Field id="input-candidate.name-3" label="Full name" required>
        <input className="sc-input" id="input-candidate.name-3" name="candidate.name" value={candidate.name} onChange={set('name')} autoComplete="off" />
      </Field>
      <Field id="input-candidate.email-4" label="Email address" required>
        <input className="sc-input" type="email" id="input-candidate.email-4" name="candidate.email" value={candidate.email} onChange={set('email')} />
      </Field>
      <Field id="input-candidate.phone-5" label="Phone number">
        <input className="sc-input" type="tel" id="input-candidate.phone-5" name="candidate.phone" placeholder={posting.phonePlaceholder} value={candidate.phone} onChange={set('phone')} />
      </Field>
      <h2 className="sc-section">CV or resume<span className="sc-req">*</span></h2>
      <div className="sc-upload">
        <label className="sc-upload-button" htmlFor="input-candidate.cv-6">Upload a file</label>
        <input type="file" id="input-candidate.cv-6" name="candidate.cv" className="sc-hidden" accept=".pdf,.doc,.docx,.odt,.rtf" onChange={setFile('cv')} />
        <span className="sc-hint">{candidate.cv ?? 'or drag and drop here'}</span>
      </div>
      <Field id="input-candidate.coverLetter-7" label="Cover letter">
        <textarea className="sc-input" rows={6} id="input-candidate.coverLetter-7" name="candidate.coverLetter" placeholder="Write your cover letter here" value={candidate.coverLetter} onChange={set('coverLetter')} />
      </Field>
      <Field id="input-candidate.photo-8" label="Photo" hint="Optional. JPG or PNG.">
        <input type="file" id="input-candidate.photo-8" name="candidate.photo" accept="image/*" onChange={setFile('photo')} />
      </Field>
      <h2 className="sc-section">Questions</h2>
      {posting.questions.map((q, index) => (
        <Question key={q.id} q={q} index={index} value={answers[q.id]} onChange={(value) => setAnswers((a) => ({ ...a, [q.id]: value }))} />
      ))}
      <label className="sc-radio">
        <input type="checkbox" id="candidate-gdpr" name="candidate.gdprConsent" checked={consent.gdpr} onChange={(e) => setConsent((c) => ({ ...c, gdpr: e.target.checked }))} />
        <span>I have read and agree to the processing of my data as described in the <a href="#">privacy policy</a>.<span className="sc-req">*</span></span>
      </label>
      <label className="sc-radio">
        <input type="checkbox" id="candidate-talent-pool" name="candidate.talentPool" checked={consent.talentPool} onChange={(e) => setConsent((c) => ({ ...c, talentPool: e.target.checked }))} />
        <span>Keep my data for 24 months so {posting.company} can contact me about future openings</span>
      </label>
      <button type="submit" className="sc-submit" id="submit-application">Send</button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </form>
  );
}

export function renderApplication(posting) {
  document.getElementById('posting-title').textContent = posting.title;
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
