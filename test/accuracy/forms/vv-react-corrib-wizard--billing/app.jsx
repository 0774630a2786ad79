// Corrib Cloud careers: the company's own React apply wizard. Each step is mounted on its own
// (earlier steps unmount), state lives in the wizard, and <pre id="model"> mirrors it.
import { useState, useId } from 'react';
import { createRoot } from 'react-dom/client';

const P = window.CORRIB_POSTING;
const STEPS = ['About you', 'Experience', 'Documents', 'Questions', 'Equal opportunities', 'Review & submit'];
const DIAL = [['IE', 'Ireland (+353)'], ['GB', 'United Kingdom (+44)'], ['CA', 'Canada (+1)'], ['DE', 'Germany (+49)'], ['US', 'United States (+1)'], ['IN', 'India (+91)']];
const COUNTRIES = ['Ireland', 'United Kingdom', 'Canada', 'Germany', 'India', 'United States', 'United States Minor Outlying Islands'];
const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const QUALS = ['Secondary school / Leaving Certificate', 'Higher certificate or diploma', "Associate's degree", "Bachelor's degree", "Master's degree", 'PhD / Doctorate', 'Other'];
const emptyRole = () => ({ title: '', employer: '', current: false, startMonth: '', endMonth: '', summary: '' });
const emptyQual = () => ({ institution: '', qualification: '', subject: '', completed: '' });

function Text({ label, value, onChange, type = 'text', required, hint, name, placeholder, autoComplete }) {
  const id = useId();
  return (
    <div className="cc-field">
      <label htmlFor={id} className="cc-label">{label}{required ? <span className="cc-req"> *</span> : <span className="cc-opt"> (optional)</span>}</label>
      {hint && <p className="cc-hint" id={`${id}-hint`}>{hint}</p>}
      <input id={id} name={name} type={type} className="cc-input" value={value} placeholder={placeholder} autoComplete={autoComplete}
        aria-describedby={hint ? `${id}-hint` : undefined} aria-required={required || undefined} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
function Select({ label, value, onChange, options, required, name, placeholder = 'Please select', disabled }) {
  const id = useId();
  return (
    <div className="cc-field">
      <label htmlFor={id} className="cc-label">{label}{required ? <span className="cc-req"> *</span> : <span className="cc-opt"> (optional)</span>}</label>
      <select id={id} name={name} className="cc-input" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {placeholder !== null && <option value="">{placeholder}</option>}
        {options.map((o) => (Array.isArray(o) ? <option key={o[0]} value={o[0]}>{o[1]}</option> : <option key={o} value={o}>{o}</option>))}
      </select>
    </div>
  );
}
function Radios({ legend, value, onChange, options, name, required }) {
  return (
    <fieldset className="cc-field cc-radios">
      <legend className="cc-label">{legend}{required && <span className="cc-req"> *</span>}</legend>
      {options.map((o, i) => (
        <label key={o} className="cc-radio"><input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} /> {o}</label>
      ))}
    </fieldset>
  );
}
function Check({ label, checked, onChange, name }) {
  return <label className="cc-check"><input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}</label>;
}
function FileDrop({ label, name, file, onChange, accept, required }) {
  const id = useId();
  return (
    <div className="cc-field cc-drop">
      <span className="cc-label" id={`${id}-l`}>{label}{required ? <span className="cc-req"> *</span> : <span className="cc-opt"> (optional)</span>}</span>
      <label htmlFor={id} className="cc-drop-zone">{file ? file : 'Drag and drop, or browse'}</label>
      <input id={id} name={name} type="file" accept={accept} className="cc-visually-hidden" aria-labelledby={`${id}-l`} onChange={(e) => onChange(e.target.files[0]?.name ?? '')} />
    </div>
  );
}

function App() {
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState([]);
  const [done, setDone] = useState(false);
  const [f, setF] = useState({
    firstName: '', lastName: '', preferredName: '', email: '', phoneType: '', dialCode: 'IE', phone: '',
    country: 'Ireland', address1: '', address2: '', city: '', county: '', state: '', postcode: '',
    roles: [emptyRole()], quals: [emptyQual()],
    cv: '', coverLetter: '', portfolio: '', linkedin: '',
    answers: {}, eo: { gender: '', ethnicity: '', disability: '', veteran: '' }, privacy: false,
  });
  const upd = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
  const updIn = (list, i, k) => (v) => setF((s) => ({ ...s, [list]: s[list].map((r, j) => (j === i ? { ...r, [k]: v } : r)) }));
  const ans = (k) => (v) => setF((s) => ({ ...s, answers: { ...s.answers, [k]: v } }));
  const eo = (k) => (v) => setF((s) => ({ ...s, eo: { ...s.eo, [k]: v } }));
  const isUS = f.country === 'United States';

  function check() {
    const e = [];
    if (step === 0) {
      for (const [k, l] of [['firstName', 'First name'], ['lastName', 'Last name'], ['email', 'Email'], ['phone', 'Phone number'], ['address1', 'Address line 1'], ['city', 'City / town']]) if (!f[k].trim()) e.push(l);
      if (isUS && !f.state) e.push('State');
    }
    if (step === 1 && !f.quals[0].institution.trim()) e.push('Institution');
    if (step === 2 && !f.cv) e.push('CV / résumé');
    if (step === 3) for (const q of P.questions) if (q.required && !f.answers[q.id]) e.push(q.text);
    if (step === 4 && !f.privacy) e.push('Privacy notice');
    setErrors(e);
    return e.length === 0;
  }
  const next = () => { if (check()) { setStep(step + 1); window.scrollTo(0, 0); } };

  if (done) return <div className="cc-card" id="cc-done" role="status"><h2>Application sent</h2><p>Thanks, {f.firstName}. The {P.team} team will be in touch.</p><pre id="model">{JSON.stringify(f, null, 2)}</pre></div>;
  return (
    <div className="cc-card">
      <ol className="cc-steps">{STEPS.map((s, i) => <li key={s} className={i === step ? 'is-active' : i < step ? 'is-done' : ''} aria-current={i === step ? 'step' : undefined}>{i + 1}. {s}</li>)}</ol>
      {errors.length > 0 && <div className="cc-errors" role="alert"><strong>Please complete:</strong> {errors.join(', ')}</div>}
      <form onSubmit={(e) => { e.preventDefault(); if (step < STEPS.length - 1) next(); else setDone(true); }} noValidate>
        {step === 0 && (
          <section aria-labelledby="s0"><h2 id="s0">About you</h2>
            <div className="cc-row"><Text label="First name" name="firstName" value={f.firstName} onChange={upd('firstName')} required autoComplete="given-name" /><Text label="Last name" name="lastName" value={f.lastName} onChange={upd('lastName')} required autoComplete="family-name" /></div>
            <Text label="Preferred name" name="preferredName" value={f.preferredName} onChange={upd('preferredName')} hint="If different from your first name" />
            <Text label="Email" name="email" type="email" value={f.email} onChange={upd('email')} required />
            <div className="cc-row cc-phone"><Select label="Country code" name="dialCode" value={f.dialCode} onChange={upd('dialCode')} options={DIAL} required placeholder={null} /><Text label="Phone number" name="phone" type="tel" value={f.phone} onChange={upd('phone')} required /></div>
            <Select label="Phone type" name="phoneType" value={f.phoneType} onChange={upd('phoneType')} options={['Mobile', 'Home', 'Work']} />
            <h3>Address</h3>
            <Select label="Country of residence" name="country" value={f.country} onChange={upd('country')} options={COUNTRIES} required placeholder={null} />
            <Text label="Address line 1" name="address1" value={f.address1} onChange={upd('address1')} required />
            <Text label="Address line 2" name="address2" value={f.address2} onChange={upd('address2')} />
            <Text label="City / town" name="city" value={f.city} onChange={upd('city')} required />
            <Select label="State (US only)" name="state" value={f.state} onChange={upd('state')} options={US_STATES} required={isUS} disabled={!isUS} />
            {!isUS && <Text label="County" name="county" value={f.county} onChange={upd('county')} />}
            <Text label={isUS ? 'ZIP code' : 'Eircode / postcode'} name="postcode" value={f.postcode} onChange={upd('postcode')} />
          </section>
        )}
        {step === 1 && (
          <section aria-labelledby="s1"><h2 id="s1">Experience</h2>
            {f.roles.map((r, i) => (
              <div className="cc-block" key={i} role="group" aria-label={i === 0 ? 'Current or most recent role' : `Previous role ${i}`}>
                <h3>{i === 0 ? 'Current or most recent role' : `Previous role ${i}`}</h3>
                <Text label="Job title" name={`roles.${i}.title`} value={r.title} onChange={updIn('roles', i, 'title')} />
                <Text label="Company" name={`roles.${i}.employer`} value={r.employer} onChange={updIn('roles', i, 'employer')} />
                <div className="cc-row"><Text label="Start date" name={`roles.${i}.startMonth`} type="month" value={r.startMonth} onChange={updIn('roles', i, 'startMonth')} />
                  {!r.current && <Text label="End date" name={`roles.${i}.endMonth`} type="month" value={r.endMonth} onChange={updIn('roles', i, 'endMonth')} />}</div>
                <Check label="I still work here" name={`roles.${i}.current`} checked={r.current} onChange={updIn('roles', i, 'current')} />
                <div className="cc-field"><label className="cc-label" htmlFor={`role-summary-${i}`}>What did you work on? <span className="cc-opt">(optional)</span></label>
                  <textarea id={`role-summary-${i}`} name={`roles.${i}.summary`} className="cc-input" rows={3} value={r.summary} onChange={(e) => updIn('roles', i, 'summary')(e.target.value)} /></div>
              </div>
            ))}
            <button type="button" className="cc-link" onClick={() => setF((s) => ({ ...s, roles: [...s.roles, emptyRole()] }))}>+ Add another role</button>
            <h3>Education</h3>
            {f.quals.map((q, i) => (
              <div className="cc-block" key={i} role="group" aria-label={`Qualification ${i + 1}`}>
                <Text label="Institution" name={`quals.${i}.institution`} value={q.institution} onChange={updIn('quals', i, 'institution')} required={i === 0} />
                <Select label="Qualification" name={`quals.${i}.qualification`} value={q.qualification} onChange={updIn('quals', i, 'qualification')} options={QUALS} />
                <Text label="Subject" name={`quals.${i}.subject`} value={q.subject} onChange={updIn('quals', i, 'subject')} />
                <Radios legend="Completed?" name={`quals.${i}.completed`} value={q.completed} onChange={updIn('quals', i, 'completed')} options={['Yes', 'No, in progress']} />
              </div>
            ))}
            <button type="button" className="cc-link" onClick={() => setF((s) => ({ ...s, quals: [...s.quals, emptyQual()] }))}>+ Add another qualification</button>
          </section>
        )}
        {step === 2 && (
          <section aria-labelledby="s2"><h2 id="s2">Documents</h2>
            <FileDrop label="CV / résumé" name="cv" file={f.cv} onChange={upd('cv')} accept=".pdf,.doc,.docx" required />
            <FileDrop label="Cover letter" name="coverLetter" file={f.coverLetter} onChange={upd('coverLetter')} accept=".pdf,.doc,.docx,.txt" />
            <Text label="LinkedIn profile" name="linkedin" value={f.linkedin} onChange={upd('linkedin')} placeholder="https://www.linkedin.com/in/…" />
            <Text label="Portfolio or personal site" name="portfolio" value={f.portfolio} onChange={upd('portfolio')} />
          </section>
        )}
        {step === 3 && (
          <section aria-labelledby="s3"><h2 id="s3">Questions</h2>
            {P.questions.map((q) => q.type === 'radio'
              ? <Radios key={q.id} legend={q.text} name={`answers.${q.id}`} value={f.answers[q.id] ?? ''} onChange={ans(q.id)} options={q.options} required={q.required} />
              : q.type === 'select'
                ? <Select key={q.id} label={q.text} name={`answers.${q.id}`} value={f.answers[q.id] ?? ''} onChange={ans(q.id)} options={q.options} required={q.required} />
                : q.type === 'textarea'
                  ? <div key={q.id} className="cc-field"><label className="cc-label" htmlFor={`q-${q.id}`}>{q.text}{q.required ? <span className="cc-req"> *</span> : <span className="cc-opt"> (optional)</span>}</label><textarea id={`q-${q.id}`} name={`answers.${q.id}`} className="cc-input" rows={5} value={f.answers[q.id] ?? ''} onChange={(e) => ans(q.id)(e.target.value)} /></div>
                  : <Text key={q.id} label={q.text} name={`answers.${q.id}`} type={q.type} hint={q.hint} value={f.answers[q.id] ?? ''} onChange={ans(q.id)} required={q.required} />)}
          </section>
        )}
        {step === 4 && (
          <section aria-labelledby="s4"><h2 id="s4">Equal opportunities</h2>
            <p className="cc-hint">These questions are voluntary and are never shown to the people assessing your application.</p>
            <Select label="Gender" name="eo.gender" value={f.eo.gender} onChange={eo('gender')} options={['Woman', 'Man', 'Non-binary', 'I prefer to self-describe', 'Prefer not to say']} />
            <Select label="Ethnicity" name="eo.ethnicity" value={f.eo.ethnicity} onChange={eo('ethnicity')} options={['Asian', 'Black', 'Hispanic or Latino', 'Mixed', 'White', 'Other', 'Prefer not to say']} />
            <Radios legend="Do you consider yourself to have a disability?" name="eo.disability" value={f.eo.disability} onChange={eo('disability')} options={['Yes', 'No', 'Prefer not to say']} />
            <Radios legend="Are you a protected veteran?" name="eo.veteran" value={f.eo.veteran} onChange={eo('veteran')} options={['Yes', 'No', 'Prefer not to say']} />
            <Check label={`I have read the ${P.company} candidate privacy notice *`} name="privacy" checked={f.privacy} onChange={upd('privacy')} />
          </section>
        )}
        {step === 5 && (
          <section aria-labelledby="s5"><h2 id="s5">Review & submit</h2>
            <dl className="cc-review"><dt>Name</dt><dd>{f.firstName} {f.lastName}</dd><dt>Email</dt><dd>{f.email}</dd><dt>CV</dt><dd>{f.cv || '—'}</dd><dt>Roles</dt><dd>{f.roles.filter((r) => r.title).map((r) => `${r.title}, ${r.employer}`).join('; ') || '—'}</dd></dl>
          </section>
        )}
        <div className="cc-nav">
          {step > 0 ? <button type="button" className="cc-btn cc-btn-ghost" onClick={() => setStep(step - 1)}>Back</button> : <span />}
          {step < STEPS.length - 1 ? <button key="continue" type="button" id="cc-continue" className="cc-btn" onClick={next}>Continue</button> : <button key="submit" type="submit" id="cc-submit" className="cc-btn">Submit application</button>}
        </div>
      </form>
      <pre id="model">{JSON.stringify(f, null, 2)}</pre>
    </div>
  );
}
createRoot(document.getElementById('app')).render(<App />);
