/**
 * Ashby hosted job board application tab (jobs.ashbyhq.com/wyndle/<uuid>/application), late 2026 — another
 * posting of qz-ashby-wyndle (Analytics Engineer, Clinical Trials), with its own custom fields:
 * "Autofill from resume" box above the form, system fields (_systemfield_name / _email / _phone /
 * _resume / _location), custom fields named by UUID, Yes/No button pairs, single-select as radio
 * options in the employer's words, a Location field that only accepts a picked suggestion (the text is
 * cleared on blur otherwise), and Ashby's US voluntary self-identification survey as radio groups.
 * The form state is rendered into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const F = {
  linkedin: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a301',
  github: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a302',
  employer: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a303',
  auth: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a304',
  sponsor: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a305',
  years: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a306',
  cdisc: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a312',
  comp: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a307',
  start: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a308',
  team: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a309',
  why: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a310',
  source: 'e2a7d915-60bc-4f3a-8d14-93c1b7f0a311',
};
const YEARS = ['0 – 2 years', '3 – 5 years', '6 – 8 years', '9+ years'];
const PLACES = ['San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco, Córdoba, Argentina', 'San Fernando, California, United States', 'New York, New York, United States', 'San Jose, California, United States'];
const EEO = [
  { id: 'gender', label: 'Gender', options: ['Male', 'Female', 'Non-binary', 'Decline to self-identify'] },
  { id: 'race', label: 'Race', options: ['Hispanic or Latino', 'White (Not Hispanic or Latino)', 'Black or African American (Not Hispanic or Latino)', 'Native Hawaiian or Other Pacific Islander (Not Hispanic or Latino)', 'Asian (Not Hispanic or Latino)', 'American Indian or Alaska Native (Not Hispanic or Latino)', 'Two or More Races (Not Hispanic or Latino)', 'Decline to self-identify'] },
  { id: 'veteran', label: 'Veteran Status', options: ['I am a veteran', 'I am not a veteran', 'Decline to self-identify'] },
  { id: 'disability', label: 'Disability Status', options: ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability and have not had one in the past', 'I do not want to answer'] },
];

function Field({ path, label, required, description, children, htmlFor }) {
  return (
    <div className="_fieldEntry" data-field={path}>
      <label className={`_label${required ? ' _required' : ''}`} htmlFor={htmlFor} id={`${path}-label`}>{label}</label>
      {description ? <p className="_description">{description}</p> : null}
      {children}
    </div>
  );
}

function YesNo({ path, value, onChange }) {
  return (
    <div className="_yesno" role="group" aria-labelledby={`${path}-label`}>
      <button type="button" aria-pressed={value === true} onClick={() => onChange(value === true ? null : true)}>Yes</button>
      <button type="button" aria-pressed={value === false} onClick={() => onChange(value === false ? null : false)}>No</button>
    </div>
  );
}

function LocationCombo({ value, onChange }) {
  const [text, setText] = useState(value ?? '');
  const [items, setItems] = useState([]);
  const [open, setOpen] = useState(false);
  const timer = useRef(null);
  useEffect(() => { setText(value ?? ''); }, [value]);
  const search = (q) => {
    setText(q);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const s = q.trim().toLowerCase();
      const found = s.length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(s)).slice(0, 6);
      setItems(found); setOpen(found.length > 0);
    }, 300);
  };
  const pick = (p) => { onChange(p); setText(p); setOpen(false); };
  return (
    <div className="_combo">
      <input id="_systemfield_location" name="_systemfield_location" className="_input" role="combobox" aria-expanded={open} aria-controls="_systemfield_location-listbox" aria-autocomplete="list"
        autoComplete="off" placeholder="Start typing..." value={text} onChange={(e) => search(e.target.value)}
        onBlur={() => setTimeout(() => { setOpen(false); setText((t) => (t === value ? t : value ?? '')); }, 200)} />
      {open ? (
        <ul id="_systemfield_location-listbox" role="listbox">
          {items.map((p) => <li key={p} role="option" aria-selected={p === value} onMouseDown={(e) => { e.preventDefault(); pick(p); }}>{p}</li>)}
        </ul>
      ) : null}
    </div>
  );
}

function App() {
  const [m, setM] = useState({
    _autofill_resume: null, _systemfield_name: '', _systemfield_email: '', _systemfield_phone: '', _systemfield_resume: null, _systemfield_location: null,
    [F.linkedin]: '', [F.github]: '', [F.employer]: '', [F.auth]: null, [F.sponsor]: null, [F.years]: null, [F.cdisc]: null, [F.comp]: '', [F.start]: '',
    [F.team]: '', [F.why]: '', [F.source]: '', eeo: { gender: null, race: null, veteran: null, disability: null },
  });
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState([]);
  const set = (k) => (v) => setM((x) => ({ ...x, [k]: v }));
  const text = (k, type = 'text', extra = {}) => <input id={k} name={k} type={type} className="_input" value={m[k]} onChange={(e) => set(k)(e.target.value)} {...extra} />;
  const submit = (e) => {
    e.preventDefault();
    const need = ['_systemfield_name', '_systemfield_email', '_systemfield_resume', '_systemfield_location', F.auth, F.sponsor].filter((k) => m[k] === null || m[k] === '');
    setErrors(need);
    if (!need.length) setDone(true);
  };
  if (done) return <div id="application-submitted"><h2>Thanks for applying!</h2><p>Your application was successfully submitted.</p><pre id="model">{JSON.stringify(m, null, 2)}</pre></div>;
  return (
    <form id="application-form" onSubmit={submit} noValidate>
      <div className="_autofill" data-field="_autofill">
        <label className="_label" htmlFor="_autofill_resume">Autofill from resume</label>
        <p className="_description">Upload your resume here to autofill key application fields.</p>
        <div className="_dropzone">Upload file <input id="_autofill_resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => set('_autofill_resume')(e.target.files[0]?.name ?? null)} /></div>
      </div>
      <Field path="_systemfield_name" label="Name" required htmlFor="_systemfield_name">{text('_systemfield_name', 'text', { placeholder: 'Type here...' })}</Field>
      <Field path="_systemfield_email" label="Email" required htmlFor="_systemfield_email">{text('_systemfield_email', 'email', { placeholder: 'hello@example.com...' })}</Field>
      <Field path="_systemfield_phone" label="Phone" htmlFor="_systemfield_phone">{text('_systemfield_phone', 'tel', { placeholder: 'Type here...' })}</Field>
      <Field path="_systemfield_resume" label="Resume" required htmlFor="_systemfield_resume">
        <div className="_dropzone">{m._systemfield_resume ?? 'Upload File'} <input id="_systemfield_resume" name="_systemfield_resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => set('_systemfield_resume')(e.target.files[0]?.name ?? null)} /></div>
      </Field>
      <Field path="_systemfield_location" label="Location" required description="Where are you currently located? Select a city from the list." htmlFor="_systemfield_location">
        <LocationCombo value={m._systemfield_location} onChange={set('_systemfield_location')} />
      </Field>
      <Field path={F.linkedin} label="LinkedIn Profile" htmlFor={F.linkedin}>{text(F.linkedin, 'url')}</Field>
      <Field path={F.github} label="Portfolio" description="A link to dashboards, write-ups or code you can share." htmlFor={F.github}>{text(F.github, 'url')}</Field>
      <Field path={F.employer} label="Current job title" htmlFor={F.employer}>{text(F.employer)}</Field>
      <Field path={F.auth} label="Are you currently eligible to work in the US without restrictions?" required>
        <YesNo path={F.auth} value={m[F.auth]} onChange={set(F.auth)} />
      </Field>
      <Field path={F.sponsor} label="Do you need visa sponsorship now, or will you in the future?" required>
        <YesNo path={F.sponsor} value={m[F.sponsor]} onChange={set(F.sponsor)} />
      </Field>
      <Field path={F.years} label="How many years of experience do you have in analytics engineering or data engineering?">
        <div className="_options" role="radiogroup" aria-labelledby={`${F.years}-label`}>
          {YEARS.map((y, i) => (
            <label key={y}><input type="radio" name={F.years} id={`${F.years}-${i}`} checked={m[F.years] === y} onChange={() => set(F.years)(y)} /> {y}</label>
          ))}
        </div>
      </Field>
      <Field path={F.cdisc} label="Have you worked with clinical trial data standards (CDISC SDTM or ADaM)?">
        <YesNo path={F.cdisc} value={m[F.cdisc]} onChange={set(F.cdisc)} />
      </Field>
      <Field path={F.team} label="Which location would you work from?" htmlFor={F.team}>
        <select id={F.team} name={F.team} className="_select" value={m[F.team]} onChange={(e) => set(F.team)(e.target.value)}>
          <option value="">Select...</option><option>New York office (hybrid)</option><option>Boston office (hybrid)</option><option>Remote within the US</option>
        </select>
      </Field>
      <Field path={F.comp} label="Desired annual base salary (USD)" description="The US range for this role is $150,000 – $185,000, depending on level." htmlFor={F.comp}>{text(F.comp)}</Field>
      <Field path={F.start} label="Earliest available start date" htmlFor={F.start}>{text(F.start, 'date')}</Field>
      <Field path={F.why} label="Tell us about a data model you designed that other teams came to rely on." htmlFor={F.why}>
        <textarea id={F.why} name={F.why} className="_textarea" rows={4} value={m[F.why]} onChange={(e) => set(F.why)(e.target.value)} />
      </Field>
      <Field path={F.source} label="How did you hear about Wyndle?" htmlFor={F.source}>
        <select id={F.source} name={F.source} className="_select" value={m[F.source]} onChange={(e) => set(F.source)(e.target.value)}>
          <option value="">Select...</option><option>Wyndle careers page</option><option>LinkedIn</option><option>Referral</option><option>Conference or meetup</option><option>Other</option>
        </select>
      </Field>
      <div className="_section">
        <h3>U.S. Equal Employment Opportunity Information</h3>
        <p className="_description">Wyndle Health is an equal opportunity employer. Completing this section is voluntary and will not affect your application.</p>
        {EEO.map((q) => (
          <div className="_fieldEntry" key={q.id} data-field={`eeo_${q.id}`}>
            <span className="_label" id={`eeo_${q.id}-label`}>{q.label}</span>
            <div className="_options" role="radiogroup" aria-labelledby={`eeo_${q.id}-label`}>
              {q.options.map((o, i) => (
                <label key={o}><input type="radio" name={`eeo_${q.id}`} id={`eeo_${q.id}-${i}`} checked={m.eeo[q.id] === o} onChange={() => setM((x) => ({ ...x, eeo: { ...x.eeo, [q.id]: o } }))} /> {o}</label>
              ))}
            </div>
          </div>
        ))}
      </div>
      {errors.length ? <p className="_error" role="alert">Missing entry for required field(s).</p> : null}
      <button type="submit" className="_submit" id="submit-application">Submit Application</button>
      <pre id="model">{JSON.stringify(m, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('app')).render(<App />);
