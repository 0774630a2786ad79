/**
 * Apploi-style apply flow (healthcare hiring: nursing homes, home health, hospice): a mobile-first
 * React card in 3 screens behind "Continue". Contact info with a flag dial-code select before the
 * phone and an optional password to track the application; then qualifications as chips (licenses,
 * shifts: `button role=checkbox`), yes/no pills and selects; then documents (resume behind a
 * label button, an optional video introduction) and the terms. State in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const DIAL = [['CA', '🇨🇦 +1'], ['US', '🇺🇸 +1'], ['MX', '🇲🇽 +52'], ['PH', '🇵🇭 +63'], ['IN', '🇮🇳 +91'], ['GB', '🇬🇧 +44'], ['NG', '🇳🇬 +234'], ['JM', '🇯🇲 +1']];
const STATES = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO',
  'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY'];
const LICENSES = ['RN', 'LVN / LPN', 'CNA', 'HHA', 'CMA', 'PT / PTA', 'OT / COTA', 'SLP', 'MSW / LCSW', 'None'];
const SHIFTS = ['Days', 'Evenings', 'Nights', 'Weekends', 'Per Diem'];

function YesNo({ id, title, value, onChange, required }) {
  return (
    <div className="ap-q" role="radiogroup" aria-labelledby={`${id}-t`}>
      <span className="ap-q-title" id={`${id}-t`}>{title}{required ? ' *' : ''}</span>
      <div className="ap-yn">
        {['Yes', 'No'].map((v) => <label key={v}><input type="radio" name={id} value={v.toLowerCase()} checked={value === v.toLowerCase()} onChange={() => onChange(v.toLowerCase())} />{v}</label>)}
      </div>
    </div>
  );
}

function Chips({ id, title, options, value, onToggle }) {
  return (
    <div className="ap-q">
      <span className="ap-q-title" id={`${id}-t`}>{title}</span>
      <div className="ap-chips" role="group" aria-labelledby={`${id}-t`} id={id}>
        {options.map((o) => (
          <button type="button" key={o} role="checkbox" className="ap-chip" aria-checked={value.includes(o)} data-value={o} onClick={() => onToggle(o)}>{o}</button>
        ))}
      </div>
    </div>
  );
}

function App() {
  const [step, setStep] = useState(0);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const [a, setA] = useState({
    first_name: '', last_name: '', email: '', dial_code: 'US', phone: '', address: '', city: '', state: '', zip: '', password: '', sms_updates: false,
    licenses: [], license_number: '', healthcare_years: '', data_years: '', education: '', school: '', employer: '', job_title: '',
    over_18: '', authorized: '', sponsorship: '', shifts: [], start_when: '', vaccinated: '',
    resume: null, video: null, cover_letter: '', referral_source: '', terms: false,
  });
  const set = (k) => (v) => setA((s) => ({ ...s, [k]: v }));
  const on = (k) => (e) => set(k)(e.target.value);
  const toggle = (k) => (o) => setA((s) => ({ ...s, [k]: s[k].includes(o) ? s[k].filter((x) => x !== o) : [...s[k], o] }));

  function next() {
    if (step === 0 && (!a.first_name || !a.last_name || !/@/.test(a.email) || !a.phone || !a.zip)) return setError('Please fill out all required fields.');
    if (step === 1 && (!a.over_18 || !a.authorized)) return setError('Please answer the required questions.');
    setError(''); setStep(step + 1);
  }
  function submit(e) {
    e.preventDefault();
    if (!a.resume || !a.terms) return setError('Please upload your resume and accept the terms.');
    setDone(true);
  }
  if (done) return <div className="ap-card" id="apply-success"><h2>You applied! 🎉</h2><p>Bayview Home Health &amp; Hospice will review your application.</p><pre id="model">{JSON.stringify(a, null, 2)}</pre></div>;

  return (
    <div className="ap-card">
      <div className="ap-steps" aria-hidden="true">{[0, 1, 2].map((i) => <span key={i} className={i <= step ? 'on' : ''} />)}</div>
      <form id="apploi-apply" noValidate onSubmit={submit}>
        {step === 0 ? (
          <section>
            <h2 className="ap-step-title">Tell us about yourself</h2>
            <div className="ap-row">
              <div className="ap-q"><label htmlFor="first_name">First name *</label><input id="first_name" name="first_name" className="ap-input" autoComplete="given-name" value={a.first_name} onChange={on('first_name')} /></div>
              <div className="ap-q"><label htmlFor="last_name">Last name *</label><input id="last_name" name="last_name" className="ap-input" autoComplete="family-name" value={a.last_name} onChange={on('last_name')} /></div>
            </div>
            <div className="ap-q"><label htmlFor="email">Email *</label><input id="email" name="email" type="email" className="ap-input" autoComplete="email" value={a.email} onChange={on('email')} /></div>
            <div className="ap-q">
              <label htmlFor="phone">Mobile phone *</label>
              <div className="ap-phone">
                <select aria-label="Country code" name="dial_code" className="ap-input" value={a.dial_code} onChange={on('dial_code')}>{DIAL.map(([c, t]) => <option key={c} value={c}>{t}</option>)}</select>
                <input id="phone" name="phone" type="tel" className="ap-input" placeholder="201-555-0123" autoComplete="tel-national" value={a.phone} onChange={on('phone')} />
              </div>
            </div>
            <div className="ap-q"><label htmlFor="address">Street address</label><input id="address" name="address" className="ap-input" autoComplete="street-address" value={a.address} onChange={on('address')} /></div>
            <div className="ap-row">
              <div className="ap-q"><label htmlFor="city">City</label><input id="city" name="city" className="ap-input" value={a.city} onChange={on('city')} /></div>
              <div className="ap-q"><label htmlFor="state">State</label><select id="state" name="state" className="ap-input" value={a.state} onChange={on('state')}><option value="">State</option>{STATES.map((s) => <option key={s}>{s}</option>)}</select></div>
              <div className="ap-q"><label htmlFor="zip">Zip code *</label><input id="zip" name="zip" className="ap-input" inputMode="numeric" value={a.zip} onChange={on('zip')} /></div>
            </div>
            <div className="ap-q"><label htmlFor="password">Create a password <span className="sub">(optional, to track your application and apply faster next time)</span></label><input id="password" name="password" type="password" className="ap-input" autoComplete="new-password" value={a.password} onChange={on('password')} /></div>
            <label className="ap-switch"><input type="checkbox" id="sms_updates" name="sms_updates" role="switch" checked={a.sms_updates} onChange={(e) => set('sms_updates')(e.target.checked)} /> Send me text message updates about this job</label>
          </section>
        ) : null}
        {step === 1 ? (
          <section>
            <h2 className="ap-step-title">Your qualifications</h2>
            <Chips id="licenses" title="Which licenses or certifications do you currently hold?" options={LICENSES} value={a.licenses} onToggle={toggle('licenses')} />
            <div className="ap-q"><label htmlFor="license_number">License / certification number <span className="sub">(if applicable)</span></label><input id="license_number" name="license_number" className="ap-input" value={a.license_number} onChange={on('license_number')} /></div>
            <div className="ap-row">
              <div className="ap-q"><label htmlFor="healthcare_years">Years of experience in healthcare</label>
                <select id="healthcare_years" name="healthcare_years" className="ap-input" value={a.healthcare_years} onChange={on('healthcare_years')}><option value="">Select</option><option>No experience</option><option>Less than 1 year</option><option>1-2 years</option><option>3-5 years</option><option>5+ years</option></select></div>
              <div className="ap-q"><label htmlFor="data_years">Years of data engineering experience</label><input id="data_years" name="data_years" type="number" min="0" className="ap-input" value={a.data_years} onChange={on('data_years')} /></div>
            </div>
            <div className="ap-row">
              <div className="ap-q"><label htmlFor="education">Highest level of education</label>
                <select id="education" name="education" className="ap-input" value={a.education} onChange={on('education')}><option value="">Select</option><option>Some high school</option><option>High school diploma or GED</option><option>Some college</option><option>Associate degree</option><option>Bachelor's degree</option><option>Master's degree</option><option>Doctorate</option></select></div>
              <div className="ap-q"><label htmlFor="school">School name</label><input id="school" name="school" className="ap-input" value={a.school} onChange={on('school')} /></div>
            </div>
            <div className="ap-row">
              <div className="ap-q"><label htmlFor="employer">Current or most recent employer</label><input id="employer" name="employer" className="ap-input" value={a.employer} onChange={on('employer')} /></div>
              <div className="ap-q"><label htmlFor="job_title">Job title</label><input id="job_title" name="job_title" className="ap-input" value={a.job_title} onChange={on('job_title')} /></div>
            </div>
            <YesNo id="over_18" title="Are you at least 18 years old?" required value={a.over_18} onChange={set('over_18')} />
            <YesNo id="authorized" title="Are you legally authorized to work in the United States?" required value={a.authorized} onChange={set('authorized')} />
            <YesNo id="sponsorship" title="Will you require visa sponsorship now or in the future?" value={a.sponsorship} onChange={set('sponsorship')} />
            <Chips id="shifts" title="Which shifts are you available to work?" options={SHIFTS} value={a.shifts} onToggle={toggle('shifts')} />
            <div className="ap-q"><label htmlFor="start_when">When can you start?</label>
              <select id="start_when" name="start_when" className="ap-input" value={a.start_when} onChange={on('start_when')}><option value="">Select</option><option>Immediately</option><option>Within 2 weeks</option><option>Within a month</option><option>More than a month</option></select></div>
            <YesNo id="vaccinated" title="Are you vaccinated against COVID-19 and influenza, or willing to be per our infection-control policy?" value={a.vaccinated} onChange={set('vaccinated')} />
          </section>
        ) : null}
        {step === 2 ? (
          <section>
            <h2 className="ap-step-title">Almost done!</h2>
            <div className="ap-q">
              <span className="ap-q-title" id="resume-t">Resume *</span>
              <div className="ap-upload">
                <p style={{ margin: '0 0 8px' }}>{a.resume ?? 'PDF, DOC, DOCX (max 5MB)'}</p>
                <label className="btn" htmlFor="resume-input">Upload resume</label>
                <input id="resume-input" className="visually-hidden" type="file" accept=".pdf,.doc,.docx" aria-labelledby="resume-t" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
              </div>
            </div>
            <div className="ap-q">
              <span className="ap-q-title" id="video-t">Record or upload a video introduction <span className="sub">(optional, 60 seconds)</span></span>
              <div className="ap-upload">
                <label className="btn" htmlFor="video-input">Upload video</label>
                <input id="video-input" className="visually-hidden" type="file" accept="video/*" capture="user" aria-labelledby="video-t" onChange={(e) => set('video')(e.target.files[0]?.name ?? null)} />
              </div>
            </div>
            <div className="ap-q"><label htmlFor="cover_letter">Cover letter <span className="sub">(optional)</span></label><textarea id="cover_letter" name="cover_letter" className="ap-input" rows={5} value={a.cover_letter} onChange={on('cover_letter')} /></div>
            <div className="ap-q"><label htmlFor="referral_source">How did you hear about this job?</label>
              <select id="referral_source" name="referral_source" className="ap-input" value={a.referral_source} onChange={on('referral_source')}><option value="">Select</option><option>Apploi</option><option>Indeed</option><option>Facebook</option><option>Google</option><option>Friend or family</option><option>Current employee</option><option>Nursing school</option><option>Other</option></select></div>
            <label className="ap-switch"><input type="checkbox" id="terms" name="terms" checked={a.terms} onChange={(e) => set('terms')(e.target.checked)} /> I agree to Apploi's Terms of Service and Privacy Policy *</label>
          </section>
        ) : null}
        {error ? <p className="ap-error" role="alert">{error}</p> : null}
        <div className="ap-actions">
          {step > 0 ? <button type="button" className="ap-btn secondary" onClick={() => setStep(step - 1)}>Back</button> : <span />}
          {step < 2 ? <button type="button" className="ap-btn" id="ap-continue" onClick={next}>Continue</button> : <button type="submit" className="ap-btn" id="ap-submit">Submit application</button>}
        </div>
      </form>
      <pre id="model">{JSON.stringify(a, null, 2)}</pre>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
