/**
 * A Gem-hosted job board application (jobs.gem.com/<company>/<posting>), 2026: a React page with
 * Gem's own controls: single selects as a trigger button + in-place listbox (no native select),
 * multi-select answers as pressed chips, Current company / Current title shown only after "Are you currently employed?" is answered Yes, Yes/No as native radios, a hidden resume input behind
 * "Upload file", questions keyed by generated ids,  * validation on submit, and the voluntary self-identification block below the application.
 * React state is rendered into <pre id="model">.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const Q = {
  authorized: 'q_7c20b4',
  sponsorship: 'q_7c20b5',
  years: 'q_7c20b6',
  timezone: 'q_7c20b7',
  education: 'q_7c20b8',
  salary: 'q_7c20b9',
  start: 'q_7c20ba',
  dbtYears: 'q_7c20bb',
  tools: 'q_7c20bc',
  employed: 'q_7c20bd',
  source: 'q_7c20be',
  coverLetter: 'q_7c20bf',
};

function GemSelect({ id, label, required, options, value, onChange, error }) {
  const [open, setOpen] = useState(false);
  const box = useRef(null);
  useEffect(() => {
    if (!open) return undefined;
    const close = (event) => { if (!box.current?.contains(event.target)) setOpen(false); };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="gem-field" ref={box} data-question={id}>
      <span className="gem-label" id={`${id}-label`}>{label}{required && <span className="gem-req">*</span>}</span>
      <button type="button" id={`${id}-trigger`} className={`gem-select-trigger${value ? '' : ' placeholder'}`} aria-haspopup="listbox" aria-expanded={open}
        aria-labelledby={`${id}-label ${id}-trigger`} onClick={() => setOpen(!open)}>
        <span>{value || 'Select...'}</span>
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M2 4l4 4 4-4" stroke="currentColor" fill="none" /></svg>
      </button>
      {open && (
        <ul className="gem-listbox" role="listbox" aria-labelledby={`${id}-label`}>
          {options.map((option) => (
            <li key={option} role="option" aria-selected={value === option} onClick={() => { onChange(option); setOpen(false); }}>{option}</li>
          ))}
        </ul>
      )}
      {error && <div className="gem-error">This question is required</div>}
    </div>
  );
}

function TextQuestion({ id, label, required, value, onChange, error, multiline, ...rest }) {
  const Tag = multiline ? 'textarea' : 'input';
  return (
    <div className="gem-field" data-question={id}>
      <label className="gem-label" htmlFor={id}>{label}{required && <span className="gem-req">*</span>}</label>
      <Tag className="gem-input" id={id} name={id} value={value} onChange={(event) => onChange(event.target.value)} {...rest} />
      {error && <div className="gem-error">This question is required</div>}
    </div>
  );
}

function YesNo({ id, label, required, value, onChange, error }) {
  return (
    <div className="gem-field" role="radiogroup" aria-labelledby={`${id}-label`} data-question={id}>
      <span className="gem-label" id={`${id}-label`}>{label}{required && <span className="gem-req">*</span>}</span>
      {['Yes', 'No'].map((option) => (
        <label className="gem-radio" key={option}>
          <input type="radio" name={id} value={option} checked={value === option} onChange={() => onChange(option)} /> {option}
        </label>
      ))}
      {error && <div className="gem-error">This question is required</div>}
    </div>
  );
}

function Chips({ id, label, options, value, onChange }) {
  return (
    <div className="gem-field" data-question={id}>
      <span className="gem-label" id={`${id}-label`}>{label}</span>
      <div className="gem-help">Select all that apply</div>
      <div className="gem-chips" role="group" aria-labelledby={`${id}-label`}>
        {options.map((option) => (
          <button type="button" key={option} className="gem-chip" aria-pressed={value.includes(option)}
            onClick={() => onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option])}>{option}</button>
        ))}
      </div>
    </div>
  );
}

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', github: '', resume: null, currentCompany: '', currentTitle: '',
  answers: { [Q.authorized]: null, [Q.sponsorship]: null, [Q.years]: null, [Q.timezone]: null, [Q.education]: null, [Q.salary]: '', [Q.start]: '', [Q.dbtYears]: '', [Q.tools]: [], [Q.employed]: null, [Q.source]: null, [Q.coverLetter]: '' },
  eeo: { gender: null, race: null, veteran: null, disability: null },
};
const REQUIRED = ['firstName', 'lastName', 'email', 'phone'];
const REQUIRED_Q = [Q.authorized, Q.sponsorship, Q.years, Q.salary];

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState({});
  const [sent, setSent] = useState(false);
  const fileRef = useRef(null);
  const uid = useId();
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const answer = (key) => (value) => setForm((current) => ({ ...current, answers: { ...current.answers, [key]: value } }));
  const eeo = (key) => (value) => setForm((current) => ({ ...current, eeo: { ...current.eeo, [key]: value } }));
  const submit = (event) => {
    event.preventDefault();
    const next = {};
    REQUIRED.forEach((key) => { if (!form[key].trim()) next[key] = true; });
    REQUIRED_Q.forEach((key) => { const v = form.answers[key]; if (!v || (typeof v === 'string' && !v.trim())) next[key] = true; });
    if (!form.resume) next.resume = true;
    setErrors(next);
    if (Object.keys(next).length === 0) setSent(true);
  };
  if (sent) return <div className="gem-page" id="application-submitted"><h2>Application submitted</h2><p>Thanks for applying to Quillbright Health.</p></div>;
  const field = (key, label, required, type = 'text') => (
    <div className="gem-field">
      <label className="gem-label" htmlFor={`${uid}-${key}`}>{label}{required && <span className="gem-req">*</span>}</label>
      <input className="gem-input" id={`${uid}-${key}`} name={key} type={type} value={form[key]} onChange={(event) => set(key)(event.target.value)} />
      {errors[key] && <div className="gem-error">This field is required</div>}
    </div>
  );
  return (
    <div className="gem-page">
      <h1>Senior Analytics Engineer, Clinical Data</h1>
      <div className="gem-help">Quillbright Health · San Francisco, CA or Remote (US) · Data</div>
      <form id="gem-application" onSubmit={submit} noValidate>
        <h2 className="gem-section">Apply</h2>
        {field('firstName', 'First name', true)}
        {field('lastName', 'Last name', true)}
        {field('email', 'Email', true, 'email')}
        {field('phone', 'Phone number', true, 'tel')}
        {field('location', 'Location', false)}
        {field('linkedin', 'LinkedIn profile', false, 'url')}
        {field('github', 'GitHub profile', false, 'url')}
        <div className="gem-field">
          <span className="gem-label" id={`${uid}-resume-label`}>Resume<span className="gem-req">*</span></span>
          <div className="gem-upload">
            <button type="button" className="gem-button" onClick={() => fileRef.current?.click()}>Upload file</button>
            <span className="gem-help">{form.resume ?? 'PDF, DOC, DOCX up to 10MB'}</span>
          </div>
          <input ref={fileRef} id="gem-resume-input" type="file" accept=".pdf,.doc,.docx" hidden aria-labelledby={`${uid}-resume-label`}
            onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} />
          {errors.resume && <div className="gem-error">Please upload your resume</div>}
        </div>
        <TextQuestion id={Q.coverLetter} label="Cover letter" multiline value={form.answers[Q.coverLetter]} onChange={answer(Q.coverLetter)} />
        <YesNo id={Q.employed} label="Are you currently employed?" value={form.answers[Q.employed]} onChange={answer(Q.employed)} />
        <div hidden={form.answers[Q.employed] !== 'Yes'} id="gem-current-role">
          {field('currentCompany', 'Current company', false)}
          {field('currentTitle', 'Current title', false)}
        </div>

        <h2 className="gem-section">Questions from Quillbright Health</h2>
        <YesNo id={Q.authorized} label="Are you authorized to work in the United States?" required value={form.answers[Q.authorized]} onChange={answer(Q.authorized)} error={errors[Q.authorized]} />
        <GemSelect id={Q.sponsorship} label="Will you require Quillbright Health to sponsor an employment visa, now or in the future?" required options={['Yes', 'No']} value={form.answers[Q.sponsorship]} onChange={answer(Q.sponsorship)} error={errors[Q.sponsorship]} />
        <GemSelect id={Q.years} label="How many years of experience do you have as a data or analytics engineer?" required options={['Less than 3 years', '3–5 years', '6–8 years', '9+ years']} value={form.answers[Q.years]} onChange={answer(Q.years)} error={errors[Q.years]} />
        <GemSelect id={Q.education} label="Highest degree obtained" options={['High school', 'Associate’s', 'Bachelor’s', 'Master’s', 'Doctorate (PhD, MD, PharmD)', 'None of the above']} value={form.answers[Q.education]} onChange={answer(Q.education)} />
        <GemSelect id={Q.timezone} label="What time zone are you located in?" options={['UTC−10 (Hawaii)', 'UTC−8 (Pacific)', 'UTC−7 (Mountain)', 'UTC−6 (Central)', 'UTC−5 (Eastern)', 'Other']} value={form.answers[Q.timezone]} onChange={answer(Q.timezone)} />
        <TextQuestion id={Q.salary} label="What is your desired annual base salary (USD)?" required value={form.answers[Q.salary]} onChange={answer(Q.salary)} error={errors[Q.salary]} />
        <TextQuestion id={Q.start} label="When would you be available to start?" placeholder="MM/DD/YYYY" value={form.answers[Q.start]} onChange={answer(Q.start)} />
        <TextQuestion id={Q.dbtYears} label="How many years have you used dbt?" type="number" min="0" value={form.answers[Q.dbtYears]} onChange={answer(Q.dbtYears)} />
        <Chips id={Q.tools} label="Which of these have you used in production?" options={['Snowflake', 'BigQuery', 'Redshift', 'Airflow', 'Dagster', 'FHIR / HL7 data']} value={form.answers[Q.tools]} onChange={answer(Q.tools)} />
        <GemSelect id={Q.source} label="How did you hear about Quillbright Health?" options={['LinkedIn', 'Gem outreach', 'Referral', 'Company website', 'Other']} value={form.answers[Q.source]} onChange={answer(Q.source)} />

        <h2 className="gem-section">Voluntary self-identification</h2>
        <p className="gem-help">Quillbright Health is an equal opportunity employer. Providing this information is optional and will not be used in hiring decisions.</p>
        <GemSelect id="eeo_gender" label="Gender" options={['Female', 'Male', 'Non-binary', "I don't wish to answer"]} value={form.eeo.gender} onChange={eeo('gender')} />
        <GemSelect id="eeo_race" label="Race / ethnicity" options={['Asian', 'Black or African American', 'Hispanic or Latino', 'Native American or Alaska Native', 'Native Hawaiian or Pacific Islander', 'White', 'Two or more races', "I don't wish to answer"]} value={form.eeo.race} onChange={eeo('race')} />
        <GemSelect id="eeo_veteran" label="Veteran status" options={['I am a protected veteran', 'I am not a protected veteran', "I don't wish to answer"]} value={form.eeo.veteran} onChange={eeo('veteran')} />
        <GemSelect id="eeo_disability" label="Disability status" options={['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability', "I don't wish to answer"]} value={form.eeo.disability} onChange={eeo('disability')} />
        <p><button type="submit" className="gem-button primary" id="gem-submit">Submit application</button></p>
      </form>
      <pre id="model">{JSON.stringify(form)}</pre>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
