/**
 * An Applied (beapplied.com)-style anonymised application, React: three steps rendered afresh
 * ("Your details", "Questions", "Equal opportunities & documents"). Questions are fieldsets whose
 * title and hint are spans inside the legend/label; the region question is a UK region select with
 * "Outside the UK"; the work-sample questions carry word counters and an anonymity reminder;
 * experience is a radio list of ranges; the start date is a DD/MM/YYYY text box; diversity
 * questions are selects that default to nothing; CV upload is optional. A "finish later" email box
 * sits beside the app. The form state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const REGIONS = ['London', 'South East England', 'South West England', 'East of England', 'East Midlands', 'West Midlands',
  'North West England', 'North East England', 'Yorkshire and the Humber', 'Scotland', 'Wales', 'Northern Ireland', 'Outside the UK'];
const YEARS = ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'];
const NOTICE = ['Available immediately', '1 week', '2 weeks', '1 month', '2 months', '3 months or more'];
const RTW = ['Yes', 'No, I will need visa sponsorship', 'I’m not sure'];
const GENDER = ['Woman', 'Man', 'Non-binary', 'I use another term', 'Prefer not to say'];
const AGE = ['16-24', '25-34', '35-44', '45-54', '55-64', '65+', 'Prefer not to say'];
const ETHNICITY = ['Asian or Asian British', 'Black, African, Caribbean or Black British', 'Mixed or multiple ethnic groups', 'White', 'Other ethnic group', 'Prefer not to say'];
const SES = ['Modern professional occupations', 'Clerical and intermediate occupations', 'Senior managers and administrators', 'Technical and craft occupations',
  'Semi-routine manual and service occupations', 'Routine manual and service occupations', 'Middle or junior managers', 'Traditional professional occupations',
  'Long-term unemployed', 'Other', 'Prefer not to say'];
const HEARD = ['Applied job board', 'LinkedIn', 'Charity Job', 'Guardian Jobs', 'Word of mouth', 'Our website', 'Other'];

const QUESTIONS = [
  { id: 'q_8f21c7', title: 'Our grant data lives in three systems that disagree with each other. How would you approach building a single, trusted view of it? What would you do in your first month?', words: 250 },
  { id: 'q_8f21c8', title: 'Tell us about a data pipeline you built or inherited that broke in production. What happened and what did you change afterwards?', words: 250 },
];

const words = (text) => (text.trim() ? text.trim().split(/\s+/).length : 0);

function Q({ id, title, hint, children, as = 'div' }) {
  if (as === 'fieldset') {
    return (
      <fieldset className="q" aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend><span className="q-title">{title}</span>{hint ? <span className="q-hint" id={`${id}-hint`}>{hint}</span> : null}</legend>
        {children}
      </fieldset>
    );
  }
  return (
    <div className="q">
      <label htmlFor={id}><span className="q-title">{title}</span>{hint ? <span className="q-hint" id={`${id}-hint`}>{hint}</span> : null}</label>
      {children}
    </div>
  );
}

function App() {
  const [step, setStep] = useState(0);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const [s, setS] = useState({
    details: { firstName: '', lastName: '', email: '', phone: '', region: '', rightToWork: '', pronouns: '', linkedin: '', portfolio: '' },
    answers: { q_8f21c7: '', q_8f21c8: '', years: '', notice: '', salary: '', startDate: '' },
    diversity: { gender: '', age: '', ethnicity: '', disability: '', ses: '', heard: '' },
    documents: { cv: null },
    consent: { privacy: false, futureRoles: false },
  });
  const set = (group, key) => (value) => setS((prev) => ({ ...prev, [group]: { ...prev[group], [key]: value } }));
  const text = (group, key, props = {}) => (
    <input type={props.type ?? 'text'} id={props.id ?? `${group}-${key}`} name={`${group}[${key}]`} value={s[group][key]}
      onChange={(e) => set(group, key)(e.target.value)} {...props} />
  );
  const select = (group, key, options, props = {}) => (
    <select id={`${group}-${key}`} name={`${group}[${key}]`} value={s[group][key]} onChange={(e) => set(group, key)(e.target.value)} {...props}>
      <option value="">Select…</option>
      {options.map((o) => <option key={o} value={o}>{o}</option>)}
    </select>
  );
  const radios = (group, key, options) => options.map((o, i) => (
    <label key={o} className="choice">
      <input type="radio" name={`${group}[${key}]`} id={`${group}-${key}-${i}`} value={o} checked={s[group][key] === o} onChange={() => set(group, key)(o)} />
      <span>{o}</span>
    </label>
  ));

  const next = () => {
    const d = s.details;
    if (step === 0 && (!d.firstName || !d.lastName || !d.email || !d.region)) return setError('Please answer all required questions.');
    setError('');
    setStep(step + 1);
  };
  const submit = (e) => {
    e.preventDefault();
    if (!s.consent.privacy) return setError('Please accept the privacy policy to submit.');
    setDone(true);
  };

  if (done) return <div className="card" id="application-complete"><h2>Application submitted</h2><p>Thanks! Your answers will be reviewed anonymously.</p><pre id="model">{JSON.stringify(s, null, 2)}</pre></div>;

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h1 style={{ fontSize: 24, margin: '0 0 4px' }}>Data Engineer</h1>
      <p style={{ margin: '0 0 16px', color: '#5a5a7a' }}>Ledgerwell Foundation · London (hybrid) or remote within the UK · £58,000 – £64,000</p>
      <div className="progress" aria-hidden="true">{[0, 1, 2].map((i) => <span key={i} className={i <= step ? 'on' : ''} />)}</div>

      {step === 0 ? (
        <section aria-labelledby="step-title">
          <h2 id="step-title">Your details</h2>
          <p className="q-hint">These are hidden from reviewers until the end of the process.</p>
          <div className="row">
            <Q id="details-firstName" title="First name *">{text('details', 'firstName', { autoComplete: 'given-name' })}</Q>
            <Q id="details-lastName" title="Last name *">{text('details', 'lastName', { autoComplete: 'family-name' })}</Q>
          </div>
          <Q id="details-email" title="Email address *">{text('details', 'email', { type: 'email', autoComplete: 'email' })}</Q>
          <Q id="details-phone" title="Phone number" hint="We'll only use this to arrange interviews.">{text('details', 'phone', { type: 'tel', placeholder: '07700 900000', 'aria-describedby': 'details-phone-hint' })}</Q>
          <Q id="details-region" title="Where are you currently based? *">{select('details', 'region', REGIONS)}</Q>
          <Q id="rtw" as="fieldset" title="Do you have the right to work in the UK?" hint="We can sponsor Skilled Worker visas for this role.">{radios('details', 'rightToWork', RTW)}</Q>
          <Q id="details-pronouns" title="Pronouns (optional)" hint="e.g. she/her, they/them">{text('details', 'pronouns', { 'aria-describedby': 'details-pronouns-hint' })}</Q>
          <Q id="details-linkedin" title="LinkedIn profile (optional)">{text('details', 'linkedin', { type: 'url' })}</Q>
          <Q id="details-portfolio" title="Portfolio, GitHub or personal website (optional)">{text('details', 'portfolio', { type: 'url' })}</Q>
        </section>
      ) : null}

      {step === 1 ? (
        <section aria-labelledby="step-title">
          <h2 id="step-title">Questions</h2>
          <div className="anon">Your answers are reviewed anonymously and in chunks. Please don’t include your name, employer names or anything that could identify you.</div>
          {QUESTIONS.map((q, i) => (
            <Q key={q.id} id={`answers-${q.id}`} title={`Question ${i + 1}: ${q.title}`} hint={`Maximum ${q.words} words`}>
              <textarea id={`answers-${q.id}`} name={`answers[${q.id}]`} value={s.answers[q.id]} aria-describedby={`answers-${q.id}-hint`}
                onChange={(e) => set('answers', q.id)(e.target.value)} />
              <div className="words">{words(s.answers[q.id])} / {q.words} words</div>
            </Q>
          ))}
          <Q id="years" as="fieldset" title="How many years of experience do you have working as a data engineer?">{radios('answers', 'years', YEARS)}</Q>
          <Q id="answers-notice" title="What is your notice period?">{select('answers', 'notice', NOTICE)}</Q>
          <Q id="answers-startDate" title="When could you start?" hint="DD/MM/YYYY">{text('answers', 'startDate', { inputMode: 'numeric', 'aria-describedby': 'answers-startDate-hint' })}</Q>
          <Q id="answers-salary" title="What salary are you looking for? (£ per year)" hint="The advertised range is £58,000 – £64,000.">{text('answers', 'salary', { inputMode: 'numeric', 'aria-describedby': 'answers-salary-hint' })}</Q>
        </section>
      ) : null}

      {step === 2 ? (
        <section aria-labelledby="step-title">
          <h2 id="step-title">Equal opportunities &amp; documents</h2>
          <p className="q-hint">These questions are optional and are never shown to reviewers.</p>
          <Q id="diversity-gender" title="What is your gender?">{select('diversity', 'gender', GENDER)}</Q>
          <Q id="diversity-age" title="What is your age?">{select('diversity', 'age', AGE)}</Q>
          <Q id="diversity-ethnicity" title="What is your ethnic group?">{select('diversity', 'ethnicity', ETHNICITY)}</Q>
          <Q id="disability" as="fieldset" title="Do you consider yourself to have a disability or long-term health condition?">{radios('diversity', 'disability', ['Yes', 'No', 'Prefer not to say'])}</Q>
          <Q id="diversity-ses" title="What was the occupation of your main household earner when you were about 14?">{select('diversity', 'ses', SES)}</Q>
          <Q id="diversity-heard" title="Where did you hear about this role?">{select('diversity', 'heard', HEARD)}</Q>
          <Q id="documents-cv" title="Upload your CV (optional)" hint="Your CV isn't used in the anonymous sift. PDF or Word, max 10MB.">
            <input type="file" id="documents-cv" name="documents[cv]" accept=".pdf,.doc,.docx" aria-describedby="documents-cv-hint"
              onChange={(e) => set('documents', 'cv')(e.target.files[0]?.name ?? null)} />
          </Q>
          <label className="choice"><input type="checkbox" id="consent-privacy" checked={s.consent.privacy} onChange={(e) => set('consent', 'privacy')(e.target.checked)} /> <span>I have read and agree to the <a href="#privacy">privacy policy</a> *</span></label>
          <label className="choice"><input type="checkbox" id="consent-futureRoles" checked={s.consent.futureRoles} onChange={(e) => set('consent', 'futureRoles')(e.target.checked)} /> <span>Let Ledgerwell Foundation contact me about future roles</span></label>
        </section>
      ) : null}

      {error ? <p className="err" role="alert">{error}</p> : null}
      <div className="actions">
        {step > 0 ? <button type="button" className="btn" id="back" onClick={() => setStep(step - 1)}>Back</button> : <span />}
        {step < 2 ? <button key="next" type="button" className="btn btn-primary" id="next" onClick={next}>Save and continue</button>
          : <button key="submit" type="submit" className="btn btn-primary" id="submit">Submit application</button>}
      </div>
      <pre id="model">{JSON.stringify(s, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
