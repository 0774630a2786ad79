/**
 * Another posting on the same careers page (Operations Data Analyst). A logistics startup's own careers page (Next.js-style React, no component library): every
 * choice is a hand-built listbox — a <button aria-haspopup="listbox"> showing the value and a
 * <ul role="listbox"> of <li role="option"> rendered right under it while open — with a hidden
 * input carrying the value for the form post. The employer words the options its own way:
 * countries by their ISO official names, states by name, experience and salary as bands,
 * education as "Undergraduate (BSc / BA)", sentence answers, start windows from today.
 * React state is rendered into <pre id="model">.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const COUNTRIES = [
  ['AU', 'Australia'],
  ['BR', 'Brazil (the Federative Republic of)'],
  ['CA', 'Canada'],
  ['DE', 'Germany (the Federal Republic of)'],
  ['IN', 'India (the Republic of)'],
  ['MX', 'Mexico (the United Mexican States)'],
  ['NL', 'Netherlands (the Kingdom of the)'],
  ['GB', 'United Kingdom of Great Britain and Northern Ireland (the)'],
  ['UM', 'United States Minor Outlying Islands (the)'],
  ['US', 'United States of America (the)'],
];
const STATES = ['Arizona', 'California', 'Colorado', 'Illinois', 'Nevada', 'New York', 'Oregon', 'Texas', 'Washington'].map((name) => [name.toLowerCase().replace(/ /g, '-'), name]);
const YEARS = [['lt5', 'Less than five'], ['5to10', 'Five to ten'], ['gt10', 'Over ten']];
const EDUCATION = [['none', 'No degree'], ['college', 'Some college'], ['ug', 'Undergraduate degree'], ['grad', 'Graduate degree'], ['doc', 'Doctorate']];
const AUTH = [['citizen', 'Yes — US citizen or green card holder'], ['other', 'Yes — other work authorization (no sponsorship needed)'], ['no', 'No']];
const SPONSOR = [['now', 'Yes, now'], ['future', 'Yes, in the future'], ['no', 'No']];
const START = ['Within 2 weeks', '2–4 weeks', '1–2 months', '2+ months'].map((label) => [label, label]);
const SALARY = [['s1', 'Up to $129k'], ['s2', '$130k – $149k'], ['s3', '$150k – $169k'], ['s4', '$170k or more']];
const SETUP = [['remote', 'Remote (US)'], ['hybrid', 'Hybrid – Oakland HQ'], ['onsite', 'On-site – Oakland HQ']];
const PRONOUNS = [['she', 'She / Her'], ['he', 'He / Him'], ['they', 'They / Them'], ['self', 'Self-describe'], ['none', 'Prefer not to say']];
const SOURCE = [['site', 'Our website'], ['li', 'LinkedIn'], ['hn', 'Hacker News "Who is hiring"'], ['ref', 'Referral'], ['other', 'Other']];

function Listbox({ name, label, options, value, onChange, placeholder = 'Select one', hint }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const root = useRef(null);
  useEffect(() => {
    if (!open) return undefined;
    const close = (event) => { if (!root.current?.contains(event.target)) setOpen(false); };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const current = options.find(([key]) => key === value);
  const choose = (key) => { onChange(key); setOpen(false); };
  const onKeyDown = (event) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); setOpen(true); setActive((index) => Math.min(index + 1, options.length - 1)); }
    if (event.key === 'ArrowUp') { event.preventDefault(); setActive((index) => Math.max(index - 1, 0)); }
    if (event.key === 'Enter' && open) { event.preventDefault(); choose(options[active][0]); }
    if (event.key === 'Escape') setOpen(false);
  };
  return (
    <div className="cp-field" id={`field-${name}`} ref={root}>
      <span className="cp-label" id={`${id}label`}>{label}</span>
      <button type="button" className="cp-listbox-button" id={`${id}button`} aria-haspopup="listbox" aria-expanded={open} aria-labelledby={`${id}label ${id}button`} onClick={() => setOpen((was) => !was)} onKeyDown={onKeyDown}>
        <span className={current ? 'cp-value' : 'cp-placeholder'}>{current ? current[1] : placeholder}</span>
      </button>
      {open && (
        <ul className="cp-options" role="listbox" aria-labelledby={`${id}label`} tabIndex={-1}>
          {options.map(([key, text], index) => (
            <li key={key} role="option" id={`${id}opt-${key}`} aria-selected={key === value} className={index === active ? 'cp-option cp-active' : 'cp-option'} onMouseEnter={() => setActive(index)} onClick={() => choose(key)}>{text}</li>
          ))}
        </ul>
      )}
      <input type="hidden" name={name} value={value} />
      {hint && <p className="cp-hint">{hint}</p>}
    </div>
  );
}

const EMPTY = { firstName: '', lastName: '', email: '', phone: '', city: '', state: '', country: '', linkedin: '', years: '', education: '', authorization: '', sponsorship: '', start: '', salary: '', setup: '', pronouns: '', source: '', resume: null, whyUs: '', consent: false };

function Apply() {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((now) => ({ ...now, [key]: value }));
  const text = (key, label, type = 'text', extra = {}) => (
    <div className="cp-field">
      <label className="cp-label" htmlFor={`apply-${key}`}>{label}</label>
      <input className="cp-input" id={`apply-${key}`} name={key} type={type} value={form[key]} onChange={(event) => set(key)(event.target.value)} {...extra} />
    </div>
  );
  const submit = (event) => {
    event.preventDefault();
    const missing = ['firstName', 'lastName', 'email', 'country', 'authorization', 'sponsorship'].filter((key) => !form[key]);
    if (!form.resume) missing.push('resume');
    if (!form.consent) missing.push('consent');
    if (missing.length) { setError(`Please fill in: ${missing.join(', ')}`); return; }
    setSent(true);
  };
  if (sent) return <div id="apply-done"><h2>Thanks, we got it!</h2><p>Someone from the data team will read your application this week.</p></div>;
  return (
    <form className="cp-form" onSubmit={submit} noValidate>
      <h2>Apply for this role</h2>
      <div className="cp-row">{text('firstName', 'First name *')}{text('lastName', 'Last name *')}</div>
      {text('email', 'Email *', 'email')}
      {text('phone', 'Phone', 'tel')}
      <div className="cp-row">
        {text('city', 'City')}
        <Listbox name="state" label="State" options={STATES} value={form.state} onChange={set('state')} />
      </div>
      <Listbox name="country" label="Country *" options={COUNTRIES} value={form.country} onChange={set('country')} placeholder="Select your country" />
      {text('linkedin', 'LinkedIn URL', 'url')}
      <Listbox name="years" label="Years of professional experience" options={YEARS} value={form.years} onChange={set('years')} />
      <Listbox name="education" label="Highest degree earned" options={EDUCATION} value={form.education} onChange={set('education')} />
      <Listbox name="authorization" label="Work authorization *" options={AUTH} value={form.authorization} onChange={set('authorization')} />
      <Listbox name="sponsorship" label="Visa sponsorship *" options={SPONSOR} value={form.sponsorship} onChange={set('sponsorship')} />
      <Listbox name="start" label="When can you start?" options={START} value={form.start} onChange={set('start')} />
      <Listbox name="salary" label="Target base salary" options={SALARY} value={form.salary} onChange={set('salary')} hint="Our band for this role is $135k – $160k plus equity." />
      <Listbox name="setup" label="Preferred work setup" options={SETUP} value={form.setup} onChange={set('setup')} />
      <Listbox name="pronouns" label="Pronouns (optional)" options={PRONOUNS} value={form.pronouns} onChange={set('pronouns')} placeholder="—" />
      <div className="cp-field">
        <label className="cp-label" htmlFor="apply-resume">Resume *</label>
        <input id="apply-resume" name="resume" type="file" accept=".pdf,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} />
      </div>
      <div className="cp-field">
        <label className="cp-label" htmlFor="apply-whyUs">What would you automate first in a dispatch team? (optional)</label>
        <textarea className="cp-input" id="apply-whyUs" name="whyUs" rows={4} value={form.whyUs} onChange={(event) => set('whyUs')(event.target.value)} />
      </div>
      <Listbox name="source" label="How did you hear about us?" options={SOURCE} value={form.source} onChange={set('source')} />
      <label className="cp-check"><input type="checkbox" id="apply-consent" checked={form.consent} onChange={(event) => set('consent')(event.target.checked)} /> I consent to Tidewater processing my data for this application. *</label>
      {error && <p className="cp-error" role="alert">{error}</p>}
      <button className="cp-submit" type="submit">Submit application</button>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('apply-root')).render(<Apply />);
