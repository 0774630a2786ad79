/**
 * A LiveHire-style apply flow (Australian talent-community ATS), React, two steps rendered afresh:
 * "Your profile" (react-phone-input-2 preset to Australia, a react-select AsyncSelect location that
 * loads "Suburb, State" style places as you type, current role, LinkedIn) and "About the role"
 * (work rights in Australia, work-type checkboxes, react-datepicker dd/MM/yyyy availability, AUD
 * salary incl. super, experience ranges, qualification tiles, police-check question, hidden resume
 * input behind a label, cover letter, a talent-community opt-in that starts ticked, privacy consent).
 * "Apply with LinkedIn" sits above the form; a refer-a-friend box beside it. State in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import PhoneInputModule from 'react-phone-input-2';
import 'react-phone-input-2/lib/style.css';
import AsyncSelect from 'react-select/async';
import DatePickerModule from 'react-datepicker';
import 'react-datepicker/dist/react-datepicker.css';

const PhoneInput = PhoneInputModule.default ?? PhoneInputModule;
const DatePicker = DatePickerModule.default ?? DatePickerModule;

const PLACES = [
  'Melbourne VIC, Australia', 'Melbourne Airport VIC, Australia', 'Sydney NSW, Australia', 'Brisbane QLD, Australia', 'Perth WA, Australia',
  'Adelaide SA, Australia', 'Hobart TAS, Australia', 'Geelong VIC, Australia', 'Auckland, New Zealand', 'San Francisco CA, USA',
  'South San Francisco CA, USA', 'San Fernando, Philippines', 'San Diego CA, USA', 'London, UK', 'Singapore',
];
const loadPlaces = (input) => new Promise((resolve) => setTimeout(() => {
  const q = input.trim().toLowerCase();
  resolve(q.length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(q)).map((p) => ({ value: p, label: p })));
}, 150));

const WORK_RIGHTS = ['Australian citizen', 'Australian permanent resident', 'New Zealand citizen', 'Visa with full work rights',
  'Visa with restricted work rights', 'I require sponsorship to work in Australia'];
const WORK_TYPES = ['Full time', 'Part time', 'Casual', 'Contract / Temp'];
const EXPERIENCE = ['0-1 years', '1-3 years', '3-5 years', '5-10 years', '10+ years'];
const QUALIFICATIONS = ['Year 12 / HSC', 'Certificate or Diploma', 'Bachelor degree', 'Postgraduate degree'];
const iso = (d) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : null);

function Field({ id, label, help, children, as }) {
  if (as === 'fieldset') return <fieldset className="lh-field"><legend className="lh-label">{label}</legend>{help ? <p className="lh-help">{help}</p> : null}{children}</fieldset>;
  return <div className="lh-field" data-field={id}><label className="lh-label" htmlFor={`lh-${id}`}>{label}</label>{help ? <p className="lh-help" id={`lh-${id}-help`}>{help}</p> : null}{children}</div>;
}

function App() {
  const [step, setStep] = useState(0);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', mobile: '', location: null, currentTitle: '', currentCompany: '', linkedin: '',
    workRights: '', workTypes: [], availableFrom: null, salary: '', experience: '', qualification: '', policeCheck: '',
    resume: null, coverLetter: '', talentCommunity: true, privacy: false,
  });
  const set = (key) => (value) => setF((prev) => ({ ...prev, [key]: value }));
  const input = (key, props = {}) => <input className="lh-input" id={`lh-${key}`} name={key} value={f[key]} onChange={(e) => set(key)(e.target.value)} {...props} />;

  const next = () => {
    if (!f.firstName || !f.lastName || !f.email || !f.mobile) return setError('Please complete the required fields.');
    setError(''); setStep(1);
  };
  const submit = (e) => {
    e.preventDefault();
    if (!f.privacy) return setError('Please accept the privacy collection statement.');
    setDone(true);
  };
  const model = { ...f, availableFrom: iso(f.availableFrom) };
  if (done) return <div className="lh-card" id="lh-applied"><h2>You've applied!</h2><p>Wattlebank Energy will be in touch.</p><pre id="model">{JSON.stringify(model, null, 2)}</pre></div>;

  return (
    <form className="lh-card" onSubmit={submit} noValidate>
      <h1 style={{ margin: 0, fontSize: 24 }}>Senior Data Engineer</h1>
      <p style={{ margin: '2px 0 14px', color: '#6b7a89' }}>Wattlebank Energy · Melbourne VIC (hybrid) · Full time · $160k – $180k + super</p>
      <button type="button" className="btn" id="lh-apply-linkedin" style={{ marginBottom: 16 }}>Apply with LinkedIn</button>
      <ol className="lh-steps"><li className={step === 0 ? 'current' : ''}>1 Your profile</li><li>›</li><li className={step === 1 ? 'current' : ''}>2 About the role</li></ol>

      {step === 0 ? (
        <div>
          <div className="lh-row">
            <Field id="firstName" label="First name *">{input('firstName', { autoComplete: 'given-name' })}</Field>
            <Field id="lastName" label="Last name *">{input('lastName', { autoComplete: 'family-name' })}</Field>
          </div>
          <Field id="email" label="Email *">{input('email', { type: 'email', autoComplete: 'email' })}</Field>
          <Field id="mobile" label="Mobile *">
            <PhoneInput country="au" preferredCountries={['au', 'nz']} value={f.mobile} onChange={(value) => set('mobile')(value)} inputProps={{ id: 'lh-mobile', name: 'mobile' }} />
          </Field>
          <Field id="location" label="Where do you live?" help="Start typing your suburb or city">
            <AsyncSelect inputId="lh-location" classNamePrefix="lhsel" cacheOptions loadOptions={loadPlaces} placeholder="e.g. Richmond VIC"
              noOptionsMessage={() => 'Type at least 2 characters'} aria-describedby="lh-location-help"
              value={f.location ? { value: f.location, label: f.location } : null} onChange={(o) => set('location')(o?.value ?? null)} />
          </Field>
          <Field id="currentTitle" label="Current job title">{input('currentTitle')}</Field>
          <Field id="currentCompany" label="Current company">{input('currentCompany')}</Field>
          <Field id="linkedin" label="LinkedIn profile">{input('linkedin', { type: 'url', placeholder: 'linkedin.com/in/yourname' })}</Field>
        </div>
      ) : (
        <div>
          <Field id="workRights" label="What are your work rights in Australia? *">
            <select className="lh-select" id="lh-workRights" name="workRights" value={f.workRights} onChange={(e) => set('workRights')(e.target.value)}>
              <option value="">Select your work rights</option>
              {WORK_RIGHTS.map((o) => <option key={o}>{o}</option>)}
            </select>
          </Field>
          <Field as="fieldset" label="What type of work are you interested in?">
            <div className="lh-checks">
              {WORK_TYPES.map((t, i) => (
                <label key={t}><input type="checkbox" id={`lh-workType-${i}`} name="workTypes" value={t} checked={f.workTypes.includes(t)}
                  onChange={(e) => set('workTypes')(e.target.checked ? [...f.workTypes, t] : f.workTypes.filter((x) => x !== t))} /> {t}</label>
              ))}
            </div>
          </Field>
          <Field id="availableFrom" label="When are you available to start?" help="DD/MM/YYYY">
            <DatePicker id="lh-availableFrom" name="availableFrom" selected={f.availableFrom} onChange={(d) => set('availableFrom')(d)} dateFormat="dd/MM/yyyy"
              placeholderText="DD/MM/YYYY" className="lh-input" autoComplete="off" ariaDescribedBy="lh-availableFrom-help" />
          </Field>
          <Field id="salary" label="Salary expectation (AUD, including super)">{input('salary', { inputMode: 'numeric', placeholder: 'e.g. 170000' })}</Field>
          <Field id="experience" label="How many years of relevant experience do you have?">
            <select className="lh-select" id="lh-experience" name="experience" value={f.experience} onChange={(e) => set('experience')(e.target.value)}>
              <option value="">Select…</option>
              {EXPERIENCE.map((o) => <option key={o}>{o}</option>)}
            </select>
          </Field>
          <Field as="fieldset" label="Highest qualification">
            <div className="lh-tiles" role="radiogroup">
              {QUALIFICATIONS.map((q, i) => (
                <label key={q} className="lh-tile"><input type="radio" name="qualification" id={`lh-qualification-${i}`} value={q} checked={f.qualification === q} onChange={() => set('qualification')(q)} /> {q}</label>
              ))}
            </div>
          </Field>
          <Field as="fieldset" label="Are you willing to undergo a National Police Check?">
            {['Yes', 'No'].map((a) => <label key={a} className="lh-tile" style={{ display: 'inline-flex', marginRight: 8 }}><input type="radio" name="policeCheck" value={a} checked={f.policeCheck === a} onChange={() => set('policeCheck')(a)} /> {a}</label>)}
          </Field>
          <div className="lh-field">
            <span className="lh-label" id="lh-resume-label">Resume *</span>
            <label className="lh-upload" htmlFor="lh-resume">{f.resume ? f.resume : 'Upload resume'}</label>
            <input type="file" id="lh-resume" name="resume" accept=".pdf,.doc,.docx" style={{ display: 'none' }} aria-labelledby="lh-resume-label" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
          </div>
          <Field id="coverLetter" label="Cover letter (optional)">
            <textarea className="lh-textarea" id="lh-coverLetter" name="coverLetter" value={f.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
          </Field>
          <div className="lh-field lh-switch">
            <input type="checkbox" role="switch" id="lh-talentCommunity" checked={f.talentCommunity} onChange={(e) => set('talentCommunity')(e.target.checked)} />
            <label htmlFor="lh-talentCommunity">Join the Wattlebank Energy Talent Community and hear about future opportunities</label>
          </div>
          <div className="lh-field lh-switch">
            <input type="checkbox" id="lh-privacy" checked={f.privacy} onChange={(e) => set('privacy')(e.target.checked)} />
            <label htmlFor="lh-privacy">I agree to the LiveHire Terms and the Wattlebank Energy Privacy Collection Statement *</label>
          </div>
        </div>
      )}
      {error ? <p className="lh-err" role="alert">{error}</p> : null}
      <div className="lh-actions">
        {step === 1 ? <button type="button" className="btn" id="lh-back" onClick={() => setStep(0)}>Back</button> : <span />}
        {step === 0 ? <button key="next" type="button" className="btn btn-primary" id="lh-next" onClick={next}>Continue</button>
          : <button key="submit" type="submit" className="btn btn-primary" id="lh-submit">Submit application</button>}
      </div>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
