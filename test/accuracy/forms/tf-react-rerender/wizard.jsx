/*
 * A hand-written React careers SPA: a three-step apply wizard (Profile → Experience → Review)
 * under a step indicator, only the current step mounted. Every keystroke sets state and renders
 * again; a field whose check fails is wrapped in an error box (so its input is a new element when
 * the check flips), the phone is formatted as it is typed, the State list stays disabled until a
 * country is chosen and then holds that country's regions, and answers reveal follow-ups (kept in
 * the DOM but hidden). The posting (job, questions) is passed to renderWizard.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];
const REGIONS = {
  'United States': ['Arizona', 'California', 'Colorado', 'Florida', 'Georgia', 'Illinois', 'Massachusetts', 'New York', 'North Carolina', 'Oregon', 'Pennsylvania', 'Texas', 'Utah', 'Virginia', 'Washington'],
  Canada: ['Alberta', 'British Columbia', 'Manitoba', 'Nova Scotia', 'Ontario', 'Quebec', 'Saskatchewan'],
  Mexico: ['Ciudad de México', 'Jalisco', 'Nuevo León'],
};
const STEPS = ['Profile', 'Experience', 'Review'];

function formatPhone(raw) {
  const d = raw.replace(/\D/g, '').slice(0, 10);
  if (d.length < 4) return d;
  if (d.length < 7) return `(${d.slice(0, 3)}) ${d.slice(3)}`;
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
}

function check(name, value, form) {
  if (name === 'email' && value && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) return 'Enter a valid email address';
  if (name === 'phone' && value && value.replace(/\D/g, '').length !== 10) return 'Enter a 10-digit phone number';
  if (name === 'postalCode' && value && form.country === 'United States' && !/^\d{5}(-\d{4})?$/.test(value)) return 'Enter a 5-digit ZIP code';
  return '';
}

function Field({ id, label, hint, error, children }) {
  const head = (
    <>
      <label htmlFor={id} className="rf-label">{label}</label>
      {hint && <div className="rf-hint" id={`${id}-hint`}>{hint}</div>}
    </>
  );
  // The error state wraps the control in another element: React mounts a new input when it flips.
  return (
    <div className="rf-field">
      {head}
      {error ? (
        <div className="rf-error-box">
          {children}
          <div className="rf-error" role="alert">{error}</div>
        </div>
      ) : (
        children
      )}
    </div>
  );
}

function Choice({ name, label, options, value, onChange }) {
  return (
    <fieldset className="rf-field rf-choice">
      <legend className="rf-label">{label}</legend>
      {options.map((o) => (
        <label key={o} className="rf-radio">
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} /> {o}
        </label>
      ))}
    </fieldset>
  );
}

function Wizard({ posting }) {
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', country: '', region: '', city: '', postalCode: '',
    linkedin: '', resume: '', currentlyEmployed: '', employer: '', jobTitle: '',
    history: [{ employer: '', title: '', from: '', to: '' }],
    degree: '', school: '', fieldOfStudy: '', source: '', referrer: '',
    answers: Object.fromEntries(posting.questions.map((q) => [q.id, ''])), certify: false,
  });
  const [missing, setMissing] = useState(false);
  const set = (name) => (e) => {
    let value = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
    if (name === 'phone') value = formatPhone(value);
    setForm((f) => ({ ...f, [name]: value, ...(name === 'country' ? { region: '' } : {}) }));
  };
  const setAnswer = (id, value) => setForm((f) => ({ ...f, answers: { ...f.answers, [id]: value } }));
  const setHistory = (i, key) => (e) =>
    setForm((f) => ({ ...f, history: f.history.map((h, j) => (j === i ? { ...h, [key]: e.target.value } : h)) }));
  const text = (name, label, props = {}) => (
    <Field id={`rf-${name}`} label={label} hint={props.hint} error={check(name, form[name], form)}>
      <input id={`rf-${name}`} name={name} type={props.type || 'text'} value={form[name]} onChange={set(name)}
        placeholder={props.placeholder} maxLength={props.maxLength} aria-describedby={props.hint ? `rf-${name}-hint` : undefined} />
    </Field>
  );
  const regions = REGIONS[form.country] || [];
  const degreeHasSchool = posting.degrees.indexOf(form.degree) >= posting.schoolFrom;

  const required = [
    ['firstName', 'lastName', 'email', 'phone', 'country', 'city', 'postalCode', 'resume'],
    ['currentlyEmployed', 'degree'],
    ['certify'],
  ];
  const next = () => {
    const gaps = required[step].filter((k) => !form[k]).length +
      (step === 0 && regions.length && !form.region ? 1 : 0) +
      (step === 1 ? posting.questions.filter((q) => q.required && !form.answers[q.id]).length : 0);
    setMissing(gaps > 0);
    if (gaps) return false;
    setStep((s) => s + 1);
    return true;
  };

  if (done) return <div id="rf-done" className="rf-card"><h2>Application received</h2><p>Thanks, {form.firstName}. We'll email you about next steps.</p></div>;

  return (
    <div className="rf-card">
      <ol className="rf-steps">
        {STEPS.map((s, i) => (
          <li key={s} className={i === step ? 'is-current' : i < step ? 'is-done' : ''} aria-current={i === step ? 'step' : undefined}>
            <span>{i + 1}</span>{s}
          </li>
        ))}
      </ol>
      <form id="rf-form" noValidate onSubmit={(e) => { e.preventDefault(); if (step === 2 && next() !== false) setDone(true); }}>
        {missing && <div className="rf-banner" role="alert">Some required answers are missing.</div>}
        {step === 0 && (
          <div key="profile">
            <h2>Tell us about you</h2>
            <div className="rf-row">{text('firstName', 'First name')}{text('lastName', 'Last name')}</div>
            {text('email', 'Email', { type: 'email' })}
            {text('phone', 'Mobile number', { type: 'tel', placeholder: '(555) 555-5555', maxLength: 14 })}
            <Field id="rf-country" label="Country of residence">
              <select id="rf-country" name="country" value={form.country} onChange={set('country')}>
                <option value="">Choose a country</option>
                {COUNTRIES.map((c) => <option key={c}>{c}</option>)}
              </select>
            </Field>
            <div className="rf-row">
              {text('city', 'City')}
              <Field id="rf-region" label={form.country === 'Canada' ? 'Province' : 'State'} hint={regions.length ? undefined : 'Choose a country first'}>
                <select id="rf-region" name="region" value={form.region} onChange={set('region')} disabled={!regions.length}>
                  <option value="">Select</option>
                  {regions.map((r) => <option key={r}>{r}</option>)}
                </select>
              </Field>
              {text('postalCode', form.country === 'United States' ? 'ZIP code' : 'Postal code')}
            </div>
            {text('linkedin', 'LinkedIn URL', { type: 'url' })}
            <div className="rf-field">
              <span className="rf-label" id="rf-resume-label">Resume</span>
              <label className="rf-upload">
                <input id="rf-resume" name="resume" type="file" accept=".pdf,.doc,.docx" aria-labelledby="rf-resume-label"
                  onChange={(e) => setForm((f) => ({ ...f, resume: e.target.files[0] ? e.target.files[0].name : '' }))} />
                <span>{form.resume || 'Upload a file'}</span>
              </label>
            </div>
          </div>
        )}
        {step === 1 && (
          <div key="experience">
            <h2>Experience</h2>
            <div className="rf-field">
              <span className="rf-label" id="rf-employed-label">Are you currently employed?</span>
              <div role="group" aria-labelledby="rf-employed-label" className="rf-toggle">
                {['Yes', 'No'].map((o) => (
                  <button key={o} type="button" id={`rf-employed-${o.toLowerCase()}`} aria-pressed={form.currentlyEmployed === o}
                    onClick={() => setForm((f) => ({ ...f, currentlyEmployed: o }))}>{o}</button>
                ))}
              </div>
            </div>
            <div className="rf-reveal" hidden={form.currentlyEmployed !== 'Yes'}>
              <div className="rf-row">{text('employer', 'Current employer')}{text('jobTitle', 'Current job title')}</div>
            </div>
            <h3>Previous employers</h3>
            {form.history.map((h, i) => (
              <div className="rf-entry" key={i}>
                <div className="rf-row">
                  <div className="rf-field"><label className="rf-label" htmlFor={`rf-history-${i}-employer`}>Employer</label>
                    <input id={`rf-history-${i}-employer`} value={h.employer} onChange={setHistory(i, 'employer')} /></div>
                  <div className="rf-field"><label className="rf-label" htmlFor={`rf-history-${i}-title`}>Title</label>
                    <input id={`rf-history-${i}-title`} value={h.title} onChange={setHistory(i, 'title')} /></div>
                </div>
                <div className="rf-row">
                  <div className="rf-field"><label className="rf-label" htmlFor={`rf-history-${i}-from`}>From</label>
                    <input id={`rf-history-${i}-from`} placeholder="MM/YYYY" value={h.from} onChange={setHistory(i, 'from')} /></div>
                  <div className="rf-field"><label className="rf-label" htmlFor={`rf-history-${i}-to`}>To</label>
                    <input id={`rf-history-${i}-to`} placeholder="MM/YYYY" value={h.to} onChange={setHistory(i, 'to')} /></div>
                </div>
              </div>
            ))}
            <button type="button" className="rf-link" id="rf-add-history"
              onClick={() => setForm((f) => ({ ...f, history: [...f.history, { employer: '', title: '', from: '', to: '' }] }))}>+ Add another employer</button>
            <h3>Education</h3>
            <Field id="rf-degree" label="Highest degree earned">
              <select id="rf-degree" name="degree" value={form.degree} onChange={set('degree')}>
                <option value="">Select</option>
                {posting.degrees.map((d) => <option key={d}>{d}</option>)}
              </select>
            </Field>
            <div className="rf-reveal" hidden={!degreeHasSchool}>
              <div className="rf-row">{text('school', 'School')}{text('fieldOfStudy', 'Field of study')}</div>
            </div>
            <h3>A few questions</h3>
            {posting.questions.map((q) => (
              <div key={q.id} data-question={q.id}>
                {q.kind === 'choice' ? (
                  <Choice name={q.id} label={q.label} options={q.options} value={form.answers[q.id]} onChange={(v) => setAnswer(q.id, v)} />
                ) : q.kind === 'select' ? (
                  <Field id={`rf-${q.id}`} label={q.label}>
                    <select id={`rf-${q.id}`} name={q.id} value={form.answers[q.id]} onChange={(e) => setAnswer(q.id, e.target.value)}>
                      <option value="">Select</option>
                      {q.options.map((o) => <option key={o}>{o}</option>)}
                    </select>
                  </Field>
                ) : (
                  <Field id={`rf-${q.id}`} label={q.label} hint={q.hint}>
                    <input id={`rf-${q.id}`} name={q.id} value={form.answers[q.id]} placeholder={q.placeholder} onChange={(e) => setAnswer(q.id, e.target.value)} />
                  </Field>
                )}
                {q.reveal && (
                  <div className="rf-reveal" hidden={form.answers[q.id] !== q.reveal.when}>
                    <Field id={`rf-${q.reveal.id}`} label={q.reveal.label}>
                      <input id={`rf-${q.reveal.id}`} name={q.reveal.id} value={form.answers[q.reveal.id] || ''} onChange={(e) => setAnswer(q.reveal.id, e.target.value)} />
                    </Field>
                  </div>
                )}
              </div>
            ))}
            <Field id="rf-source" label="How did you find us?">
              <select id="rf-source" name="source" value={form.source} onChange={set('source')}>
                <option value="">Select</option>
                {['Our careers page', 'LinkedIn', 'Built In', 'Employee referral', 'Event or meetup', 'Other'].map((o) => <option key={o}>{o}</option>)}
              </select>
            </Field>
            <div className="rf-reveal" hidden={form.source !== 'Employee referral'}>{text('referrer', 'Who referred you?')}</div>
          </div>
        )}
        {step === 2 && (
          <div key="review">
            <h2>Review</h2>
            <dl className="rf-summary">
              <dt>Name</dt><dd>{form.firstName} {form.lastName}</dd>
              <dt>Contact</dt><dd>{form.email} · {form.phone}</dd>
              <dt>Location</dt><dd>{[form.city, form.region, form.country].filter(Boolean).join(', ')}</dd>
              <dt>Current role</dt><dd>{form.jobTitle}{form.employer && ` at ${form.employer}`}</dd>
              <dt>Resume</dt><dd>{form.resume}</dd>
            </dl>
            <label className="rf-check"><input type="checkbox" id="rf-certify" name="certify" checked={form.certify} onChange={set('certify')} /> I certify that the information I have provided is accurate and complete.</label>
          </div>
        )}
        <div className="rf-nav">
          {step > 0 && <button type="button" className="rf-secondary" onClick={() => setStep((s) => s - 1)}>Back</button>}
          {step < 2 ? <button type="button" id="rf-continue" className="rf-primary" onClick={next}>Continue</button>
            : <button type="submit" id="rf-submit" className="rf-primary">Submit application</button>}
        </div>
      </form>
      <pre id="model">{JSON.stringify({ step, ...form }, null, 2)}</pre>
    </div>
  );
}

export function renderWizard(posting) {
  createRoot(document.getElementById('app')).render(<Wizard posting={posting} />);
}
