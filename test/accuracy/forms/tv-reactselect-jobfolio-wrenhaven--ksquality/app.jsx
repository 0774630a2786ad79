/**
 * Wrenhaven Robotics' job page (React + react-select) with a "Jobfolio" one-click profile, another posting:
 * Analytics Engineer, Manufacturing Quality (Fremont). The candidate is signed in to the profile service, and
 * the application opens already filled from that profile (saved August 2025), with this posting's questions:
 * a required on-site question, pronouns, MES/SPC experience, a personal website instead of a portfolio, and
 * an old cover letter written for another company. The sign-in address is shown in a disabled box; a separate box asks which email to use for this
 * application. A display:none honeypot copies the Email caption. Below the application, a talent-network
 * sign-up with its own email box and react-select. Form state goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';

const LOCATIONS = [
  { value: 'oak', label: 'Oakland, California, United States' },
  { value: 'pdx', label: 'Portland, Oregon, United States' },
  { value: 'sfo', label: 'San Francisco, California, United States' },
  { value: 'sjc', label: 'San Jose, California, United States' },
  { value: 'sea', label: 'Seattle, Washington, United States' },
  { value: 'yvr', label: 'Vancouver, British Columbia, Canada' },
];
const opts = (...labels) => labels.map((label) => ({ value: label, label }));
const YES_NO = opts('Yes', 'No');
const YEARS = opts('0-2', '3-5', '6-8', '9+');
const EDUCATION = opts('High school or GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate');
const PRONOUNS = opts('She/her', 'He/him', 'They/them', 'Prefer not to say');
const SOURCES = opts('LinkedIn', 'Wrenhaven website', 'Referral', 'Conference or meetup', 'Other');
const GENDER = opts('Woman', 'Man', 'Non-binary', 'I prefer not to say');
const TEAMS = opts('Autonomy', 'Data & ML platform', 'Hardware', 'Manufacturing', 'People & Ops');

// From the Jobfolio profile (last saved 2025-08-19).
const OLD_LETTER = 'Dear Lindqvist Data Works team, I am excited to apply for the Data Engineer II role. '
  + 'I have three years of experience building ETL jobs in Python and SQL. Thank you for your consideration.';
const FROM_PROFILE = {
  contactEmail: '', firstName: 'Ysoldine', lastName: 'Quarrington', phone: '415-555-0134', location: 'sfo',
  company: 'Brackenfold Analytics', title: 'Data Engineer II', linkedin: 'https://www.linkedin.com/in/ysoldine-q-zx7k',
  github: 'https://github.com/ysoldine-zx7k', website: '', resume: '', coverLetter: OLD_LETTER,
  q_auth: 'Yes', q_sponsor: 'No', q_onsite: '', q_years: '3-5', q_edu: "Bachelor's degree", q_pronouns: '', q_mes: '', q_source: 'Referral', eeo_gender: '',
  hp: '', news: true, consent: false,
};

function Caption({ htmlFor, id, text, required }) {
  return <label htmlFor={htmlFor} id={id}>{text}{required ? <span className="asterisk"> *</span> : null}</label>;
}

function Pick({ id, label, required, options, value, onChange }) {
  return (
    <div className="field select" id={`${id}-field`}>
      <Caption htmlFor={id} id={`${id}-label`} text={label} required={required} />
      <Select inputId={id} aria-labelledby={`${id}-label`} classNamePrefix="select" options={options} placeholder="Select..."
        isClearable value={options.find((option) => option.value === value) ?? null}
        onChange={(option) => onChange(option ? option.value : '')} />
    </div>
  );
}

function TalentNetwork() {
  const [tn, setTn] = useState({ email: '', team: '' });
  return (
    <form className="tn" id="tn-form" onSubmit={(event) => event.preventDefault()}>
      <h3>Not the right role? Join our talent network</h3>
      <div className="field"><Caption htmlFor="tn-email" text="Email" /><input type="email" id="tn-email" value={tn.email} onChange={(event) => setTn({ ...tn, email: event.target.value })} /></div>
      <Pick id="tn-team" label="Team you're interested in" options={TEAMS} value={tn.team} onChange={(team) => setTn({ ...tn, team })} />
      <button type="submit">Keep me posted</button>
    </form>
  );
}

function App() {
  const [form, setForm] = useState(FROM_PROFILE);
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((previous) => ({ ...previous, [key]: value }));
  const onText = (key) => (event) => set(key)(event.target.value);
  const text = (key, label, props = {}) => (
    <div className="field">
      <Caption htmlFor={key} text={label} required={props.required} />
      {props.help ? <div className="help">{props.help}</div> : null}
      <input type={props.type ?? 'text'} id={key} name={key} value={form[key]} onChange={onText(key)} placeholder={props.placeholder} />
    </div>
  );
  const submit = (event) => {
    event.preventDefault();
    if (!form.consent || !form.firstName || !form.contactEmail || !form.q_auth || !form.q_sponsor || !form.q_onsite || form.hp) return;
    setDone(true);
  };
  if (done) return <p id="done" role="status">Thanks for applying to Wrenhaven Robotics!</p>;
  return (
    <>
      <h1>Analytics Engineer, Manufacturing Quality</h1>
      <p className="help">Fremont, CA · On-site 4 days a week</p>
      <div className="banner" role="status">We filled in this application from your <b>Jobfolio</b> profile (last updated August 2025). Review your answers before you submit.</div>
      <form id="application" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="jobfolio-email">Jobfolio account</label>
          <input type="email" id="jobfolio-email" value="y.quarrington@lindqvistdata.example" disabled />
          <div className="help">You sign in to Jobfolio with this address. Change it in your Jobfolio settings.</div>
        </div>
        {text('contactEmail', 'Email for this application', { required: true, type: 'email', help: 'Where Wrenhaven should contact you about this application.' })}
        <div className="hp" aria-hidden="true"><label htmlFor="hp-email">Email</label><input type="text" id="hp-email" name="email_address" tabIndex={-1} autoComplete="off" value={form.hp} onChange={onText('hp')} /></div>
        {text('firstName', 'First Name', { required: true })}
        {text('lastName', 'Last Name', { required: true })}
        {text('phone', 'Phone', { type: 'tel', help: 'Include country code, e.g. +1 555 123 4567' })}
        <Pick id="location" label="Location (City)" options={LOCATIONS} value={form.location} onChange={set('location')} />
        {text('company', 'Current Company')}
        {text('title', 'Current Title')}
        {text('linkedin', 'LinkedIn Profile', { type: 'url' })}
        {text('github', 'GitHub', { type: 'url' })}
        {text('website', 'Personal website', { type: 'url' })}
        <Pick id="q_pronouns" label="Pronouns" options={PRONOUNS} value={form.q_pronouns} onChange={set('q_pronouns')} />
        <div className="field">
          <Caption htmlFor="resume" text="Resume/CV" required />
          <div className="chip">From Jobfolio: Quarrington_Resume_Aug2025.pdf</div>
          <input type="file" id="resume" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? '')} />
          <div className="help">Attach a file to use instead of the one on your Jobfolio profile.</div>
        </div>
        <div className="field">
          <Caption htmlFor="coverLetter" text="Cover Letter" />
          <textarea id="coverLetter" name="coverLetter" value={form.coverLetter} onChange={onText('coverLetter')} />
        </div>
        <Pick id="q_auth" label="Are you legally authorized to work in the United States?" required options={YES_NO} value={form.q_auth} onChange={set('q_auth')} />
        <Pick id="q_sponsor" label="Will you now or in the future require visa sponsorship to work in the United States?" required options={YES_NO} value={form.q_sponsor} onChange={set('q_sponsor')} />
        <Pick id="q_onsite" label="This role is based at our Fremont factory four days a week. Are you able to work on site?" required options={YES_NO} value={form.q_onsite} onChange={set('q_onsite')} />
        <Pick id="q_years" label="How many years of professional experience do you have?" options={YEARS} value={form.q_years} onChange={set('q_years')} />
        <Pick id="q_edu" label="Highest degree completed" options={EDUCATION} value={form.q_edu} onChange={set('q_edu')} />
        <Pick id="q_mes" label="Have you worked with MES or SPC data (e.g. from a production line)?" options={YES_NO} value={form.q_mes} onChange={set('q_mes')} />
        <Pick id="q_source" label="How did you hear about Wrenhaven?" options={SOURCES} value={form.q_source} onChange={set('q_source')} />
        <h3>Voluntary self-identification</h3>
        <Pick id="eeo_gender" label="Gender" options={GENDER} value={form.eeo_gender} onChange={set('eeo_gender')} />
        <div className="field"><label><input type="checkbox" id="news" checked={form.news} onChange={(event) => set('news')(event.target.checked)} /> Send me Wrenhaven news and job alerts</label></div>
        <div className="field"><label><input type="checkbox" id="consent" checked={form.consent} onChange={(event) => set('consent')(event.target.checked)} /> I consent to Wrenhaven processing my data for this application. <span className="asterisk">*</span></label></div>
        <button type="submit" className="primary" id="submit">Submit application</button>
      </form>
      <TalentNetwork />
      <pre id="model">{JSON.stringify(form)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
