/**
 * Dice-style "Easy Apply" wizard (dice.com/job-applications/<id>/wizard) for a signed-out visitor:
 * a React app with a three-step stepper (Contact info, Resume, Employer questions), a country
 * select in front of the phone, City + State (full names, code values) + Zip, a resume and an
 * optional cover-letter file, Dice's work-authorization list and employment-type preferences,
 * desired pay as amount + currency + "per", and the posting's own screening questions (from
 * app.jsx). Site header search and a "Similar jobs" alert live outside the form. The form state
 * is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const STATES = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'],
  ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'],
  ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'],
  ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'],
  ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'],
  ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'],
  ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
];
const PHONE_COUNTRIES = [
  ['CA', 'Canada (+1)'], ['US', 'United States (+1)'], ['GB', 'United Kingdom (+44)'], ['IN', 'India (+91)'], ['MX', 'Mexico (+52)'],
  ['DE', 'Germany (+49)'], ['PH', 'Philippines (+63)'], ['AU', 'Australia (+61)'],
];
const WORK_AUTH = [
  'US Citizen', 'Green Card Holder', 'Employment Authorization Document (EAD)', 'H-1B Visa', 'TN Permit Holder',
  'Need H-1B Visa Sponsorship', 'Canadian Citizen', 'Other',
];
const EMPLOYMENT_TYPES = [
  ['FULLTIME', 'Full-time'], ['PARTTIME', 'Part-time'], ['CONTRACT_W2', 'Contract - W2'],
  ['CONTRACT_CORP', 'Contract - Corp-to-Corp'], ['CONTRACT_IND', 'Contract - Independent'], ['THIRD_PARTY', 'Third Party'],
];
const STEPS = ['Contact info', 'Resume', 'Employer questions'];

function Field({ id, label, optional, hint, children }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">{label}{optional ? <span className="opt"> (optional)</span> : null}</label>
      {children}
      {hint ? <p className="field-hint" id={`${id}-hint`}>{hint}</p> : null}
    </div>
  );
}

function Question({ q, value, onChange }) {
  const name = `screening-${q.id}`;
  if (q.kind === 'yesno') {
    return (
      <fieldset className="field question" id={`${name}-group`}>
        <legend className="field-label">{q.label}</legend>
        {['Yes', 'No'].map((answer) => (
          <label key={answer} className="radio">
            <input type="radio" name={name} value={answer.toUpperCase()} checked={value === answer.toUpperCase()} onChange={() => onChange(answer.toUpperCase())} /> {answer}
          </label>
        ))}
      </fieldset>
    );
  }
  if (q.kind === 'select') {
    return (
      <Field id={name} label={q.label} optional={!q.required}>
        <select id={name} name={name} className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
          <option value="">Select an option</option>
          {q.options.map((option) => <option key={option} value={option}>{option}</option>)}
        </select>
      </Field>
    );
  }
  return (
    <Field id={name} label={q.label} optional={!q.required} hint={q.hint}>
      <input id={name} name={name} className="input" type={q.kind === 'number' ? 'number' : 'text'} placeholder={q.placeholder} value={value ?? ''}
        aria-describedby={q.hint ? `${name}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/** `{ jobId, title, company, location, payPeriod, questions: [{ id, label, kind: 'text'|'number'|'yesno'|'select', options?, hint?, placeholder?, required? }] }` */
export function renderWizard(posting) {
  function Wizard() {
    const [step, setStep] = useState(0);
    const [done, setDone] = useState(false);
    const [error, setError] = useState('');
    const [form, setForm] = useState({
      contact: { firstName: '', lastName: '', email: '', phoneCountry: 'US', phoneNumber: '', city: '', state: '', zip: '' },
      documents: { resume: null, coverLetter: null },
      profile: { workAuthorization: '', employmentTypes: [], willingToRelocate: false, desiredPay: { amount: '', currency: 'USD', per: posting.payPeriod ?? '' } },
      screening: {},
    });
    const patch = (section, key) => (value) => setForm((f) => ({ ...f, [section]: { ...f[section], [key]: value } }));
    const setPay = (key) => (value) => setForm((f) => ({ ...f, profile: { ...f.profile, desiredPay: { ...f.profile.desiredPay, [key]: value } } }));
    const toggleType = (code) => setForm((f) => {
      const list = f.profile.employmentTypes;
      return { ...f, profile: { ...f.profile, employmentTypes: list.includes(code) ? list.filter((c) => c !== code) : [...list, code] } };
    });
    const c = form.contact;

    function next() {
      if (step === 0 && (!c.firstName.trim() || !c.lastName.trim() || !c.email.trim())) return setError('Please fill in your name and email.');
      if (step === 1 && !form.documents.resume) return setError('A resume is required to apply.');
      setError('');
      setStep(step + 1);
    }
    function submit(e) {
      e.preventDefault();
      const missing = posting.questions.filter((q) => q.required && !form.screening[q.id]);
      if (missing.length) return setError('Please answer all required questions.');
      setDone(true);
    }

    if (done) {
      return (
        <div id="application-submitted" className="card"><h2>Application submitted</h2><p>Your application for {posting.title} was sent to {posting.company}.</p>
          <pre id="model">{JSON.stringify(form, null, 2)}</pre></div>
      );
    }
    return (
      <div className="card">
        <h1 className="job-title">{posting.title}</h1>
        <p className="job-meta">{posting.company} &middot; {posting.location}</p>
        <ol className="stepper" aria-label="Application progress">
          {STEPS.map((s, i) => <li key={s} className={i === step ? 'active' : i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>{i + 1}. {s}</li>)}
        </ol>
        <form id="dice-apply-form" noValidate onSubmit={submit}>
          {step === 0 ? (
            <section aria-labelledby="sec-contact">
              <h2 id="sec-contact">Contact info</h2>
              <div className="row">
                <Field id="firstName" label="First name"><input id="firstName" name="firstName" className="input" autoComplete="given-name" value={c.firstName} onChange={(e) => patch('contact', 'firstName')(e.target.value)} /></Field>
                <Field id="lastName" label="Last name"><input id="lastName" name="lastName" className="input" autoComplete="family-name" value={c.lastName} onChange={(e) => patch('contact', 'lastName')(e.target.value)} /></Field>
              </div>
              <Field id="email" label="Email"><input id="email" name="email" type="email" className="input" autoComplete="email" value={c.email} onChange={(e) => patch('contact', 'email')(e.target.value)} /></Field>
              <div className="row phone-row">
                <Field id="phoneCountry" label="Country"><select id="phoneCountry" name="phoneCountry" className="input" value={c.phoneCountry} onChange={(e) => patch('contact', 'phoneCountry')(e.target.value)}>
                  {PHONE_COUNTRIES.map(([code, text]) => <option key={code} value={code}>{text}</option>)}
                </select></Field>
                <Field id="phoneNumber" label="Phone number" optional><input id="phoneNumber" name="phoneNumber" type="tel" className="input" autoComplete="tel-national" value={c.phoneNumber} onChange={(e) => patch('contact', 'phoneNumber')(e.target.value)} /></Field>
              </div>
              <div className="row">
                <Field id="city" label="City"><input id="city" name="city" className="input" value={c.city} onChange={(e) => patch('contact', 'city')(e.target.value)} /></Field>
                <Field id="state" label="State"><select id="state" name="state" className="input" value={c.state} onChange={(e) => patch('contact', 'state')(e.target.value)}>
                  <option value="">Select</option>{STATES.map(([code, text]) => <option key={code} value={code}>{text}</option>)}
                </select></Field>
                <Field id="zip" label="Zip code"><input id="zip" name="zip" className="input" inputMode="numeric" value={c.zip} onChange={(e) => patch('contact', 'zip')(e.target.value)} /></Field>
              </div>
            </section>
          ) : null}
          {step === 1 ? (
            <section aria-labelledby="sec-resume">
              <h2 id="sec-resume">Resume</h2>
              <div className="upload-card">
                <span className="field-label" id="resume-label">Resume</span>
                <p className="field-hint">Use a pdf, docx, doc, rtf or txt file. 5 MB max.</p>
                <label className="btn btn-outline" htmlFor="resume-upload">Upload</label>
                <input id="resume-upload" type="file" className="sr-only" aria-labelledby="resume-label" accept=".pdf,.doc,.docx,.rtf,.txt" onChange={(e) => patch('documents', 'resume')(e.target.files[0]?.name ?? null)} />
                <span className="file-name">{form.documents.resume ?? 'No file chosen'}</span>
              </div>
              <div className="upload-card">
                <span className="field-label" id="cover-label">Cover letter <span className="opt">(optional)</span></span>
                <label className="btn btn-outline" htmlFor="coverletter-upload">Upload</label>
                <input id="coverletter-upload" type="file" className="sr-only" aria-labelledby="cover-label" accept=".pdf,.doc,.docx,.rtf,.txt" onChange={(e) => patch('documents', 'coverLetter')(e.target.files[0]?.name ?? null)} />
                <span className="file-name">{form.documents.coverLetter ?? 'No file chosen'}</span>
              </div>
            </section>
          ) : null}
          {step === 2 ? (
            <section aria-labelledby="sec-questions">
              <h2 id="sec-questions">Employer questions</h2>
              <Field id="workAuthorization" label="Work authorization"><select id="workAuthorization" name="workAuthorization" className="input" value={form.profile.workAuthorization} onChange={(e) => patch('profile', 'workAuthorization')(e.target.value)}>
                <option value="">Select an option</option>{WORK_AUTH.map((w) => <option key={w} value={w}>{w}</option>)}
              </select></Field>
              <fieldset className="field">
                <legend className="field-label">Employment type preferences</legend>
                {EMPLOYMENT_TYPES.map(([code, text]) => (
                  <label key={code} className="checkbox"><input type="checkbox" name="employmentTypes" value={code} checked={form.profile.employmentTypes.includes(code)} onChange={() => toggleType(code)} /> {text}</label>
                ))}
              </fieldset>
              <div className="field">
                <span className="field-label" id="pay-label">Desired pay</span>
                <div className="row pay-row" role="group" aria-labelledby="pay-label">
                  <select id="payCurrency" className="input" aria-label="Currency" value={form.profile.desiredPay.currency} onChange={(e) => setPay('currency')(e.target.value)}>
                    {['USD', 'CAD', 'EUR', 'GBP', 'INR'].map((cur) => <option key={cur} value={cur}>{cur}</option>)}
                  </select>
                  <input id="payAmount" className="input" inputMode="decimal" aria-label="Amount" value={form.profile.desiredPay.amount} onChange={(e) => setPay('amount')(e.target.value)} />
                  <select id="payPer" className="input" aria-label="Per" value={form.profile.desiredPay.per} onChange={(e) => setPay('per')(e.target.value)}>
                    <option value="">Per</option><option value="YEAR">Per year</option><option value="HOUR">Per hour</option>
                  </select>
                </div>
              </div>
              <label className="checkbox"><input type="checkbox" id="willingToRelocate" checked={form.profile.willingToRelocate} onChange={(e) => patch('profile', 'willingToRelocate')(e.target.checked)} /> I am willing to relocate</label>
              {posting.questions.map((q) => <Question key={q.id} q={q} value={form.screening[q.id]} onChange={(v) => setForm((f) => ({ ...f, screening: { ...f.screening, [q.id]: v } }))} />)}
            </section>
          ) : null}
          {error ? <p className="error" role="alert">{error}</p> : null}
          <div className="actions">
            {step > 0 ? <button type="button" className="btn btn-outline" id="wizard-back" onClick={() => setStep(step - 1)}>Back</button> : <span />}
            {step < STEPS.length - 1
              ? <button type="button" className="btn btn-primary" id="wizard-next" onClick={next}>Next</button>
              : <button type="submit" className="btn btn-primary" id="wizard-submit">Submit</button>}
          </div>
        </form>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </div>
    );
  }
  createRoot(document.getElementById('app')).render(<Wizard />);
}
