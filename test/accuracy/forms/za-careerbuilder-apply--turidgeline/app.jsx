/**
 * Another posting of the CareerBuilder-style apply flow (signed out), React, 3 steps rendered
 * afresh: "Contact info" (name, email, a required phone, the hand-built ARIA combobox "Location",
 * an optional password, the pre-ticked recommendations box), "Resume" (upload, cloud-import
 * buttons, optional cover letter), "Employer questions" as this employer set them up: yes/no radio
 * pairs (authorization, 18+, sponsorship, currently employed, driver's license, travel, background
 * check), a years-of-data-engineering select, an education radio list, a relative start select,
 * desired salary + Hourly / Yearly radios. The header carries the site's job search. State in
 * <pre id="model">.
 */
import { useId, useState } from 'react';
import { createRoot } from 'react-dom/client';

const PLACES = ['San Antonio, TX', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Sandusky, OH', 'Santa Fe, NM', 'Columbus, OH', 'Cleveland, OH', 'Cincinnati, OH'];
const EDUCATION = ['Some high school', 'High school diploma / GED', 'Some college', "Associate's", "Bachelor's", "Master's", 'Doctorate (PhD, EdD)'];
const DE_YEARS = ['None', 'Less than 2 years', '2 to 4 years', '5 to 7 years', '8 or more years'];
const START = ['Immediately', 'Within 2 weeks', 'Within 30 days', 'Within 60 days', 'More than 60 days'];

function LocationCombobox({ value, onChange }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const hits = value.trim().length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().startsWith(value.trim().toLowerCase()) || p.toLowerCase().includes(` ${value.trim().toLowerCase()}`)).slice(0, 6);
  const choose = (p) => { onChange(p); setOpen(false); setActive(-1); };
  return (
    <div className="cb-field">
      <label htmlFor="cb-location" id={`${id}-label`}>Location</label>
      <input id="cb-location" name="location" className="cb-input" role="combobox" aria-autocomplete="list" aria-expanded={open && hits.length > 0} aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 ? `${id}-opt-${active}` : undefined} placeholder="City, state or zip" autoComplete="off" value={value}
        onChange={(e) => { onChange(e.target.value); setOpen(true); setActive(-1); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive(Math.min(active + 1, hits.length - 1)); }
          if (e.key === 'ArrowUp') { e.preventDefault(); setActive(Math.max(active - 1, 0)); }
          if (e.key === 'Enter' && open && active >= 0) { e.preventDefault(); choose(hits[active]); }
          if (e.key === 'Escape') setOpen(false);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)} />
      {open && hits.length > 0 ? (
        <ul className="cb-listbox" role="listbox" id={`${id}-list`} aria-labelledby={`${id}-label`}>
          {hits.map((p, i) => <li key={p} id={`${id}-opt-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); choose(p); }}>{p}</li>)}
        </ul>
      ) : null}
    </div>
  );
}

function YesNo({ name, label, value, onChange }) {
  return (
    <fieldset className="cb-field cb-inline">
      <legend>{label}</legend>
      {['Yes', 'No'].map((v) => <label key={v} className="cb-radio"><input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {v}</label>)}
    </fieldset>
  );
}

function App() {
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [error, setError] = useState('');
  const [f, setF] = useState({
    contact: { firstName: '', lastName: '', email: '', phone: '', location: '', password: '', recommendations: true },
    resume: { file: null, coverLetter: '' },
    screener: { workAuth: '', over18: '', visa: '', employedNow: '', education: '', deYears: '', pay: '', payType: '', start: '', cdl: '', travel: '', background: '' },
  });
  const set = (g, k) => (v) => setF((p) => ({ ...p, [g]: { ...p[g], [k]: v } }));
  const c = f.contact, s = f.screener;
  const text = (g, k, props = {}) => <input className="cb-input" id={`cb-${k}`} name={`${g}.${k}`} value={f[g][k]} onChange={(e) => set(g, k)(e.target.value)} {...props} />;

  const next = () => {
    if (step === 0 && (!c.firstName || !c.lastName || !c.email || !c.phone || !c.location)) return setError('Please complete the required fields.');
    if (step === 1 && !f.resume.file) return setError('Please upload a resume.');
    setError(''); setStep(step + 1);
  };
  const submit = (e) => { e.preventDefault(); setDone(true); };
  if (done) return <div id="cb-submitted"><h2>Your application was sent!</h2><p>Ridgeline Parcel Logistics will contact you if your qualifications match.</p><pre id="model">{JSON.stringify(f, null, 2)}</pre></div>;

  return (
    <form onSubmit={submit} noValidate>
      <div className="cb-job"><h1>Senior Data Engineer</h1><p>Ridgeline Parcel Logistics · Louisville, KY (Remote) · Full-Time · $130k - $165k/year</p></div>
      <ol className="cb-stepper">{[0, 1, 2].map((i) => <li key={i} className={i <= step ? 'on' : ''} />)}</ol>
      {step === 0 ? (
        <section>
          <h2 style={{ fontSize: 18 }}>Contact info</h2>
          <div className="cb-row">
            <div className="cb-field"><label htmlFor="cb-firstName">First name</label>{text('contact', 'firstName', { autoComplete: 'given-name' })}</div>
            <div className="cb-field"><label htmlFor="cb-lastName">Last name</label>{text('contact', 'lastName', { autoComplete: 'family-name' })}</div>
          </div>
          <div className="cb-field"><label htmlFor="cb-email">Email</label>{text('contact', 'email', { type: 'email', autoComplete: 'email' })}</div>
          <div className="cb-field"><label htmlFor="cb-phone">Phone</label>{text('contact', 'phone', { type: 'tel', autoComplete: 'tel' })}</div>
          <LocationCombobox value={c.location} onChange={set('contact', 'location')} />
          <div className="cb-field"><label htmlFor="cb-password">Create a password <span className="cb-opt">(optional)</span></label>
            <p className="cb-opt" style={{ margin: '-2px 0 6px', fontSize: 13 }} id="cb-password-hint">Save your info and track this application with a free account.</p>
            {text('contact', 'password', { type: 'password', autoComplete: 'new-password', 'aria-describedby': 'cb-password-hint' })}</div>
          <label className="cb-radio"><input type="checkbox" id="cb-recommendations" checked={c.recommendations} onChange={(e) => set('contact', 'recommendations')(e.target.checked)} /> Send me job recommendations by email</label>
        </section>
      ) : null}
      {step === 1 ? (
        <section>
          <h2 style={{ fontSize: 18 }}>Resume</h2>
          <div className="cb-field">
            <label htmlFor="cb-resume-file">Upload your resume</label>
            <div className="cb-upload">
              <input type="file" id="cb-resume-file" name="resume.file" accept=".pdf,.doc,.docx,.txt,.rtf" onChange={(e) => set('resume', 'file')(e.target.files[0]?.name ?? null)} />
              <span className="cb-opt">or</span>
              <button type="button" className="cb-btn">Google Drive</button>
              <button type="button" className="cb-btn">Dropbox</button>
            </div>
          </div>
          <div className="cb-field"><label htmlFor="cb-coverLetter">Cover letter <span className="cb-opt">(optional)</span></label>
            <textarea className="cb-input" id="cb-coverLetter" name="resume.coverLetter" value={f.resume.coverLetter} onChange={(e) => set('resume', 'coverLetter')(e.target.value)} /></div>
        </section>
      ) : null}
      {step === 2 ? (
        <section>
          <h2 style={{ fontSize: 18 }}>Employer questions</h2>
          <p className="cb-opt">Ridgeline Parcel Logistics asks the following questions.</p>
          <YesNo name="screener.workAuth" label="Are you legally authorized to work in the United States?" value={s.workAuth} onChange={set('screener', 'workAuth')} />
          <YesNo name="screener.over18" label="Are you 18 years of age or older?" value={s.over18} onChange={set('screener', 'over18')} />
          <YesNo name="screener.visa" label="Will you now, or in the future, require sponsorship for employment visa status (e.g., H-1B)?" value={s.visa} onChange={set('screener', 'visa')} />
          <YesNo name="screener.employedNow" label="Are you currently employed?" value={s.employedNow} onChange={set('screener', 'employedNow')} />
          <div className="cb-field"><label htmlFor="cb-deYears">How many years of data engineering experience do you have?</label>
            <select className="cb-input" id="cb-deYears" name="screener.deYears" value={s.deYears} onChange={(e) => set('screener', 'deYears')(e.target.value)}>
              <option value="">Select an answer</option>{DE_YEARS.map((o) => <option key={o}>{o}</option>)}
            </select></div>
          <fieldset className="cb-field">
            <legend>Highest level of education completed</legend>
            {EDUCATION.map((o) => <label key={o} className="cb-radio"><input type="radio" name="screener.education" value={o} checked={s.education === o} onChange={() => set('screener', 'education')(o)} /> {o}</label>)}
          </fieldset>
          <div className="cb-field"><label htmlFor="cb-start">How soon could you start if offered the position?</label>
            <select className="cb-input" id="cb-start" name="screener.start" value={s.start} onChange={(e) => set('screener', 'start')(e.target.value)}>
              <option value="">Select an answer</option>{START.map((o) => <option key={o}>{o}</option>)}
            </select></div>
          <div className="cb-row">
            <div className="cb-field"><label htmlFor="cb-pay">Desired salary</label>{text('screener', 'pay', { inputMode: 'numeric', placeholder: '$' })}</div>
            <fieldset className="cb-field cb-inline" style={{ paddingTop: 26 }}>
              <legend style={{ position: 'absolute', left: -9999 }}>Pay type</legend>
              {['Hourly', 'Yearly'].map((v) => <label key={v} className="cb-radio"><input type="radio" name="screener.payType" value={v} checked={s.payType === v} onChange={() => set('screener', 'payType')(v)} /> {v}</label>)}
            </fieldset>
          </div>
          <YesNo name="screener.cdl" label="Do you hold a valid driver's license with a clean driving record?" value={s.cdl} onChange={set('screener', 'cdl')} />
          <YesNo name="screener.travel" label="Are you willing to travel to our regional hubs up to 20% of the time?" value={s.travel} onChange={set('screener', 'travel')} />
          <YesNo name="screener.background" label="If offered a position, are you willing to complete a background check?" value={s.background} onChange={set('screener', 'background')} />
        </section>
      ) : null}
      {error ? <p className="cb-err" role="alert">{error}</p> : null}
      <div className="cb-actions">
        {step > 0 ? <button type="button" className="cb-btn" id="cb-back" onClick={() => setStep(step - 1)}>Back</button> : <span />}
        {step < 2 ? <button key="next" type="button" className="cb-btn primary" id="cb-continue" onClick={next}>Continue</button> : <button key="submit" type="submit" className="cb-btn primary" id="cb-submit">Submit application</button>}
      </div>
      <pre id="model">{JSON.stringify(f, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
