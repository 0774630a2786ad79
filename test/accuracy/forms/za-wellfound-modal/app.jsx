/**
 * A Wellfound (AngelList Talent)-style apply modal for a signed-out visitor, React + Headless UI v2:
 * step 1 "Create your profile" (email + password to sign up, name, a Combobox location whose
 * options read "San Francisco, CA, USA", a Listbox primary role next to a years-of-experience
 * select, current title and company, LinkedIn / GitHub / website, pronouns, job types, remote
 * preference, US authorization + sponsorship toggles, minimum salary with a currency select),
 * step 2 "Apply" (resume, the "note to the hiring manager", the company's own question). The job
 * page behind the modal has a site search and a "send this job to a friend" box. State in
 * <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Listbox, ListboxButton, ListboxOption, ListboxOptions, Field, Label, Description } from '@headlessui/react';

const PLACES = ['San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco de Macorís, Dominican Republic', 'San Jose, CA, USA', 'Oakland, CA, USA',
  'New York, NY, USA', 'Seattle, WA, USA', 'Austin, TX, USA', 'Toronto, ON, Canada', 'London, UK', 'Berlin, Germany', 'Bengaluru, India'];
const ROLES = ['Software Engineer', 'Backend Engineer', 'Data Engineer', 'Data Scientist', 'Machine Learning Engineer', 'Analytics Engineer', 'DevOps Engineer', 'Product Manager', 'Engineering Manager'];
const YEARS = ['<1 year', '1 year', '2 years', '3 years', '4 years', '5 years', '6 years', '7 years', '8 years', '9 years', '10+ years'];
const PRONOUNS = ['he/him', 'she/her', 'they/them', 'Self-describe', 'Prefer not to say'];
const JOB_TYPES = ['Full-time Employee', 'Contractor', 'Intern', 'Co-founder'];
const REMOTE = ['Onsite or remote', 'Remote only', 'Onsite only'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'INR'];

function Toggle({ name, value, onChange, label }) {
  return (
    <fieldset className="wf-field" style={{ border: 0, padding: 0 }}>
      <legend className="wf-label">{label}</legend>
      {['Yes', 'No'].map((v) => (
        <label key={v} style={{ marginRight: 16 }}><input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {v}</label>
      ))}
    </fieldset>
  );
}

function App() {
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [p, setP] = useState({
    account: { email: '', password: '' },
    profile: { name: '', location: null, role: null, years: '', title: '', company: '', linkedin: '', github: '', website: '', pronouns: '', jobTypes: [], remote: '', usAuthorized: '', needsSponsorship: '', minSalary: '', currency: 'USD' },
    application: { resume: null, note: '', question: '' },
  });
  const set = (group, key) => (value) => setP((prev) => ({ ...prev, [group]: { ...prev[group], [key]: value } }));
  const pf = p.profile;
  const input = (group, key, props = {}) => <input className="wf-input" id={`${group}-${key}`} name={`${group}.${key}`} value={p[group][key]} onChange={(e) => set(group, key)(e.target.value)} {...props} />;
  const places = query.trim().length < 2 ? [] : PLACES.filter((x) => x.toLowerCase().includes(query.trim().toLowerCase()));

  const next = () => {
    if (!p.account.email || !pf.name || !pf.location) return setError('Email, name and location are required.');
    setError(''); setStep(1);
  };
  const submit = (e) => {
    e.preventDefault();
    if (!p.application.note.trim()) return setError('Add a note to the hiring manager.');
    setDone(true);
  };

  return (
    <div className="wf-backdrop">
      <div className="wf-modal" role="dialog" aria-modal="true" aria-labelledby="wf-title">
        {done ? (
          <div className="wf-modal-body" id="wf-applied"><h2>Application sent!</h2><p>We'll notify you when Lumenbright responds.</p><pre id="model">{JSON.stringify(p, null, 2)}</pre></div>
        ) : (
          <form onSubmit={submit} noValidate>
            <div className="wf-modal-head"><h2 id="wf-title" style={{ margin: 0, fontSize: 18 }}>{step === 0 ? 'Create your profile to apply' : 'Apply to Lumenbright'}</h2><button type="button" className="wf-btn ghost" aria-label="Close">×</button></div>
            <div className="wf-modal-body">
              {step === 0 ? (
                <>
                  <div className="wf-row">
                    <div className="wf-field"><label htmlFor="account-email">Email</label>{input('account', 'email', { type: 'email' })}</div>
                    <div className="wf-field"><label htmlFor="account-password">Password</label>{input('account', 'password', { type: 'password', autoComplete: 'new-password' })}</div>
                  </div>
                  <div className="wf-field"><label htmlFor="profile-name">Your name</label>{input('profile', 'name', { autoComplete: 'name' })}</div>
                  <Field className="wf-field">
                    <Label className="wf-label">Where are you based?</Label>
                    <Description className="wf-sub">City you live in now</Description>
                    <Combobox value={pf.location} onChange={set('profile', 'location')} onClose={() => setQuery('')}>
                      <ComboboxInput className="wf-input" id="profile-location" displayValue={(v) => v ?? ''} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. San Francisco" />
                      <ComboboxOptions anchor="bottom start" className="wf-opts">
                        {places.map((x) => <ComboboxOption key={x} value={x} className="wf-opt">{x}</ComboboxOption>)}
                      </ComboboxOptions>
                    </Combobox>
                  </Field>
                  <div className="wf-row">
                    <Field className="wf-field">
                      <Label className="wf-label">Primary role</Label>
                      <Listbox value={pf.role} onChange={set('profile', 'role')}>
                        <ListboxButton className="wf-lbtn" id="profile-role">{pf.role ?? 'Select a role'}</ListboxButton>
                        <ListboxOptions anchor="bottom start" className="wf-opts">
                          {ROLES.map((r) => <ListboxOption key={r} value={r} className="wf-opt">{r}</ListboxOption>)}
                        </ListboxOptions>
                      </Listbox>
                    </Field>
                    <div className="wf-field"><label htmlFor="profile-years">Years of experience</label>
                      <select className="wf-input" id="profile-years" name="profile.years" value={pf.years} onChange={(e) => set('profile', 'years')(e.target.value)}>
                        <option value="">Select</option>{YEARS.map((y) => <option key={y}>{y}</option>)}
                      </select></div>
                  </div>
                  <div className="wf-row">
                    <div className="wf-field"><label htmlFor="profile-title">Current title</label>{input('profile', 'title')}</div>
                    <div className="wf-field"><label htmlFor="profile-company">Current company</label>{input('profile', 'company')}</div>
                  </div>
                  <div className="wf-row">
                    <div className="wf-field"><label htmlFor="profile-linkedin">LinkedIn</label>{input('profile', 'linkedin', { placeholder: 'https://linkedin.com/in/' })}</div>
                    <div className="wf-field"><label htmlFor="profile-github">GitHub</label>{input('profile', 'github', { placeholder: 'https://github.com/' })}</div>
                  </div>
                  <div className="wf-row">
                    <div className="wf-field"><label htmlFor="profile-website">Website</label>{input('profile', 'website', { placeholder: 'https://' })}</div>
                    <div className="wf-field"><label htmlFor="profile-pronouns">Pronouns</label>
                      <select className="wf-input" id="profile-pronouns" name="profile.pronouns" value={pf.pronouns} onChange={(e) => set('profile', 'pronouns')(e.target.value)}>
                        <option value="">Select</option>{PRONOUNS.map((x) => <option key={x}>{x}</option>)}
                      </select></div>
                  </div>
                  <fieldset className="wf-field wf-chips" style={{ border: 0, padding: 0 }}>
                    <legend className="wf-label">What type of job are you interested in?</legend>
                    {JOB_TYPES.map((j, i) => <label key={j}><input type="checkbox" id={`profile-jobType-${i}`} checked={pf.jobTypes.includes(j)} onChange={(e) => set('profile', 'jobTypes')(e.target.checked ? [...pf.jobTypes, j] : pf.jobTypes.filter((x) => x !== j))} /> {j}</label>)}
                  </fieldset>
                  <fieldset className="wf-field wf-chips" style={{ border: 0, padding: 0 }}>
                    <legend className="wf-label">Remote work preference</legend>
                    {REMOTE.map((r) => <label key={r}><input type="radio" name="profile.remote" value={r} checked={pf.remote === r} onChange={() => set('profile', 'remote')(r)} /> {r}</label>)}
                  </fieldset>
                  <Toggle name="profile.usAuthorized" label="Are you legally authorized to work in the United States?" value={pf.usAuthorized} onChange={set('profile', 'usAuthorized')} />
                  <Toggle name="profile.needsSponsorship" label="Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?" value={pf.needsSponsorship} onChange={set('profile', 'needsSponsorship')} />
                  <div className="wf-field">
                    <label htmlFor="profile-minSalary">Desired salary</label>
                    <span className="wf-sub" id="profile-minSalary-sub">The minimum annual base salary you'd accept. Only shown to companies if it fits the role.</span>
                    <div className="wf-row">
                      <select className="wf-input" style={{ flex: '0 0 100px' }} id="profile-currency" aria-label="Currency" value={pf.currency} onChange={(e) => set('profile', 'currency')(e.target.value)}>{CURRENCIES.map((c) => <option key={c}>{c}</option>)}</select>
                      {input('profile', 'minSalary', { inputMode: 'numeric', placeholder: '100000', 'aria-describedby': 'profile-minSalary-sub' })}
                    </div>
                  </div>
                </>
              ) : (
                <>
                  <div className="wf-field"><label htmlFor="application-resume">Resume</label>
                    <input type="file" id="application-resume" name="application.resume" accept=".pdf" onChange={(e) => set('application', 'resume')(e.target.files[0]?.name ?? null)} /></div>
                  <div className="wf-field"><label htmlFor="application-note">What interests you about working for this company?</label>
                    <span className="wf-sub" id="application-note-sub">Write a note to Priya, Head of Data at Lumenbright. Tip: mention what you'd work on first.</span>
                    <textarea className="wf-input" id="application-note" name="application.note" aria-describedby="application-note-sub" value={p.application.note} onChange={(e) => set('application', 'note')(e.target.value)} /></div>
                  <div className="wf-field"><label htmlFor="application-question">Lumenbright asks: Describe the largest dataset you have personally been on call for.</label>
                    <textarea className="wf-input" id="application-question" name="application.question" value={p.application.question} onChange={(e) => set('application', 'question')(e.target.value)} /></div>
                </>
              )}
              {error ? <p className="wf-err" role="alert">{error}</p> : null}
            </div>
            <div className="wf-foot">
              {step === 1 ? <button type="button" className="wf-btn ghost" id="wf-back" onClick={() => setStep(0)}>Back</button> : <span />}
              {step === 0 ? <button key="next" type="button" className="wf-btn" id="wf-continue" onClick={next}>Continue</button> : <button key="submit" type="submit" className="wf-btn" id="wf-send">Send application</button>}
            </div>
            <pre id="model">{JSON.stringify(p, null, 2)}</pre>
          </form>
        )}
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
