import { useId, useState } from 'react';
import { createRoot } from 'react-dom/client';

const Q = {
  linkedin: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a501',
  github: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a502',
  title: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a503',
  years: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a504',
  goYears: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a505',
  authorized: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a506',
  sponsorship: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a507',
  timezone: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a508',
  arrangement: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a509',
  salary: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a50a',
  pronouns: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a50b',
  interviewed: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a50c',
  why: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a50d',
  privacy: 'a93e0c57-1d4b-4c2a-b6f1-8e2d47c0a50e',
};

const TIME_ZONES = [
  'Hawaii-Aleutian Time (UTC−10:00)', 'Alaska Time (UTC−09:00)', 'Pacific Time (UTC−08:00)', 'Mountain Time (UTC−07:00)',
  'Central Time (UTC−06:00)', 'Eastern Time (UTC−05:00)', 'Atlantic Time (UTC−04:00)', 'Greenwich Mean Time (UTC+00:00)',
  'Central European Time (UTC+01:00)', 'India Standard Time (UTC+05:30)', 'Japan Standard Time (UTC+09:00)',
];
const ARRANGEMENTS = ['San Francisco (hybrid)', 'Remote – Pacific or Mountain time', 'Remote – Central or Eastern time'];
const PRONOUNS = ['She/her', 'He/him', 'They/them', 'Xe/xem', 'Prefer to self-describe', 'Prefer not to say'];
const GENDERS = ['Male', 'Female', 'Non-binary', 'Decline to self-identify'];
const RACES = ['Hispanic or Latino', 'White (Not Hispanic or Latino)', 'Black or African American (Not Hispanic or Latino)', 'Asian (Not Hispanic or Latino)', 'Native Hawaiian or Other Pacific Islander (Not Hispanic or Latino)', 'American Indian or Alaska Native (Not Hispanic or Latino)', 'Two or More Races (Not Hispanic or Latino)', 'Decline to self-identify'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify'];

function Field({ path, title, required, description, children, error, fieldset }) {
  const Tag = fieldset ? 'fieldset' : 'div';
  return (
    <Tag className="ashby-application-form-field-entry _fieldEntry_17xh4" data-field-path={path}>
      {fieldset ? (
        <legend className="ashby-application-form-question-title _heading_101oc">{title}{required && <span className="_required_101oc">*</span>}</legend>
      ) : (
        <label className="ashby-application-form-question-title _heading_101oc" htmlFor={path}>{title}{required && <span className="_required_101oc">*</span>}</label>
      )}
      {description && <p className="ashby-application-form-question-description">{description}</p>}
      {children}
      {error && <p className="_error">{error}</p>}
    </Tag>
  );
}

function YesNo({ name, value, onChange }) {
  return (
    <div className="_yesno_1hbss _yesno">
      {['Yes', 'No'].map((label) => {
        const v = label === 'Yes';
        return (
          <button key={label} type="button" className={value === v ? '_option_1hbss _active' : '_option_1hbss'} aria-pressed={value === v} onClick={() => onChange(v)}>{label}</button>
        );
      })}
      <input type="checkbox" name={name} checked={value === true} readOnly hidden tabIndex={-1} />
    </div>
  );
}

function ValueSelect({ id, name, options, value, onChange }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = open ? query : value ?? '';
  const matches = options.filter((option) => option.toLowerCase().includes(query.toLowerCase()));
  const choose = (option) => { onChange(option); setQuery(''); setOpen(false); };
  return (
    <div className="_combobox">
      <input id={id} name={name} className="_input" role="combobox" placeholder="Start typing..." autoComplete="off" aria-autocomplete="list"
        aria-expanded={open} aria-controls={`${id}-listbox`} value={shown}
        onFocus={() => { setOpen(true); setQuery(''); }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(event) => { setQuery(event.target.value); setOpen(true); setActive(0); }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') { event.preventDefault(); setActive((a) => Math.min(a + 1, matches.length - 1)); }
          if (event.key === 'ArrowUp') { event.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          if (event.key === 'Enter' && open && matches[active]) { event.preventDefault(); choose(matches[active]); }
          if (event.key === 'Escape') setOpen(false);
        }} />
      {open && (
        <ul id={`${id}-listbox`} role="listbox">
          {matches.length === 0 && <li className="_empty">No results</li>}
          {matches.map((option, index) => (
            <li key={option} role="option" id={`${id}-option-${index}`} aria-selected={index === active}
              onMouseDown={(event) => { event.preventDefault(); choose(option); }}>{option}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Radios({ name, options, value, onChange }) {
  return options.map((option) => (
    <label key={option} className="_option"><input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />{option}</label>
  ));
}

function App() {
  const [form, setForm] = useState({
    _systemfield_name: '', _systemfield_email: '', _systemfield_phone: '', _systemfield_resume: null,
    [Q.linkedin]: '', [Q.github]: '', [Q.title]: '', [Q.years]: '', [Q.goYears]: '', [Q.authorized]: null, [Q.sponsorship]: null,
    [Q.timezone]: null, [Q.arrangement]: null, [Q.salary]: '', [Q.pronouns]: [], [Q.interviewed]: null, [Q.why]: '', [Q.privacy]: false,
    eeo: { gender: null, race: null, veteran: null },
  });
  const [errors, setErrors] = useState({});
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const setEeo = (key) => (value) => setForm((f) => ({ ...f, eeo: { ...f.eeo, [key]: value } }));
  const text = (key) => ({ name: key, id: key, value: form[key], onChange: (event) => set(key)(event.target.value), 'aria-invalid': errors[key] ? true : undefined });
  const resumeId = useId();
  const required = ['_systemfield_name', '_systemfield_email', '_systemfield_resume', Q.years, Q.authorized, Q.sponsorship, Q.timezone, Q.arrangement, Q.salary, Q.privacy];
  const submit = (event) => {
    event.preventDefault();
    const next = {};
    for (const key of required) {
      const v = form[key];
      if (v === null || v === '' || v === false) next[key] = 'This field is required';
    }
    setErrors(next);
    if (Object.keys(next).length === 0) setSent(true);
  };
  if (sent) return <div id="ashby-success"><h2>Thanks for applying!</h2><p>Your application was submitted to Fenwright.</p><pre id="model">{JSON.stringify(form, null, 2)}</pre></div>;
  return (
    <form className="ashby-application-form-container" onSubmit={submit} noValidate>
      <h1>Staff Data Engineer, Data Platform</h1>
      <p>Data · San Francisco or Remote (US) · Full time</p>
      <div className="_section">
        <Field path="_systemfield_name" title="Name" required error={errors._systemfield_name}>
          <input className="_input" type="text" placeholder="Type here..." {...text('_systemfield_name')} />
        </Field>
        <Field path="_systemfield_email" title="Email" required error={errors._systemfield_email}>
          <input className="_input" type="email" placeholder="hello@example.com..." {...text('_systemfield_email')} />
        </Field>
        <Field path="_systemfield_phone" title="Phone number">
          <input className="_input" type="tel" placeholder="Type here..." {...text('_systemfield_phone')} />
        </Field>
        <Field path="_systemfield_resume" title="Resume" required error={errors._systemfield_resume}>
          <div className="_fileUpload">
            <span className="_uploadButton">Upload File</span>
            <span>{form._systemfield_resume ?? 'or drag and drop here'}</span>
            <input id="_systemfield_resume" name="_systemfield_resume" type="file" className="_fileInput" aria-labelledby={resumeId}
              onChange={(event) => set('_systemfield_resume')(event.target.files[0]?.name ?? null)} />
            <span id={resumeId} hidden>Resume</span>
          </div>
        </Field>
        <Field path={Q.linkedin} title="LinkedIn Profile">
          <input className="_input" type="text" placeholder="Type here..." {...text(Q.linkedin)} />
        </Field>
        <Field path={Q.github} title="GitHub Profile">
          <input className="_input" type="text" placeholder="Type here..." {...text(Q.github)} />
        </Field>
        <Field path={Q.title} title="Current or most recent employer">
          <input className="_input" type="text" placeholder="Type here..." {...text(Q.title)} />
        </Field>
        <Field path={Q.years} title="How many years of experience do you have building production data pipelines?" required error={errors[Q.years]}>
          <input className="_input" type="number" min="0" placeholder="Type here..." {...text(Q.years)} />
        </Field>
        <Field path={Q.goYears} title="How many years have you used dbt professionally?" description="Rough numbers are fine.">
          <input className="_input" type="number" min="0" placeholder="Type here..." {...text(Q.goYears)} />
        </Field>
        <Field path={Q.authorized} title="Are you legally authorized to work in the United States?" required error={errors[Q.authorized]} fieldset>
          <YesNo name={Q.authorized} value={form[Q.authorized]} onChange={set(Q.authorized)} />
        </Field>
        <Field path={Q.sponsorship} title="Do you now, or will you in the future, need visa sponsorship to keep working in the US?" required error={errors[Q.sponsorship]} fieldset>
          <YesNo name={Q.sponsorship} value={form[Q.sponsorship]} onChange={set(Q.sponsorship)} />
        </Field>
        <Field path={Q.timezone} title="What time zone will you be working from?" required error={errors[Q.timezone]}>
          <ValueSelect id={Q.timezone} name={Q.timezone} options={TIME_ZONES} value={form[Q.timezone]} onChange={set(Q.timezone)} />
        </Field>
        <Field path={Q.arrangement} title="Which office would you be based out of?" required error={errors[Q.arrangement]} fieldset>
          <Radios name={Q.arrangement} options={ARRANGEMENTS} value={form[Q.arrangement]} onChange={set(Q.arrangement)} />
        </Field>
        <Field path={Q.salary} title="What base salary are you targeting?" required description="Please give a single annual number in USD." error={errors[Q.salary]}>
          <input className="_input" type="text" placeholder="Type here..." {...text(Q.salary)} />
        </Field>
        <Field path={Q.pronouns} title="Pronouns" fieldset>
          {PRONOUNS.map((option) => (
            <label key={option} className="_option">
              <input type="checkbox" name={Q.pronouns} value={option} checked={form[Q.pronouns].includes(option)}
                onChange={(event) => set(Q.pronouns)(event.target.checked ? [...form[Q.pronouns], option] : form[Q.pronouns].filter((p) => p !== option))} />
              {option}
            </label>
          ))}
        </Field>
        <Field path={Q.interviewed} title="Have you applied to Fenwright in the last 12 months?" fieldset>
          <YesNo name={Q.interviewed} value={form[Q.interviewed]} onChange={set(Q.interviewed)} />
        </Field>
        <Field path={Q.why} title="Tell us about a data model you designed that other teams relied on.">
          <textarea rows="5" placeholder="Type here..." {...text(Q.why)} />
        </Field>
      </div>
      <div className="_section ashby-application-form-eeoc">
        <h3>U.S. Equal Employment Opportunity Commission (EEOC) Voluntary Self-Identification</h3>
        <p className="ashby-application-form-question-description">Fenwright is an equal opportunity employer. Providing this information is optional.</p>
        <Field path="eeo_gender" title="Gender" fieldset><Radios name="eeo_gender" options={GENDERS} value={form.eeo.gender} onChange={setEeo('gender')} /></Field>
        <Field path="eeo_race" title="Race" fieldset><Radios name="eeo_race" options={RACES} value={form.eeo.race} onChange={setEeo('race')} /></Field>
        <Field path="eeo_veteran" title="Veteran Status" fieldset><Radios name="eeo_veteran" options={VETERAN} value={form.eeo.veteran} onChange={setEeo('veteran')} /></Field>
      </div>
      <Field path={Q.privacy} title="Candidate privacy" required error={errors[Q.privacy]} fieldset>
        <label className="_option"><input type="checkbox" name={Q.privacy} checked={form[Q.privacy]} onChange={(event) => set(Q.privacy)(event.target.checked)} />I have read and agree to Fenwright's Candidate Privacy Notice.</label>
      </Field>
      <button type="submit" className="_submit ashby-application-form-submit-button" id="ashby-submit">Submit Application</button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
