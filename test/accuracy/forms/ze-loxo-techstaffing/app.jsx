/**
 * Loxo-style hosted job page of a tech staffing agency: description on the left, the apply card on
 * the right (React). "Full name" in one box, "Apply with LinkedIn / Indeed" buttons, a resume
 * drop zone with a hidden input, the agency's standard questions (location, compensation, work
 * authorization status, employment types, notice, remote preference) and a cover-letter file.
 * The state is rendered into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Drop({ id, label, required, value, onFile, accept }) {
  const input = useRef(null);
  return (
    <div className="lx-field">
      <span className="lx-label" id={`${id}-label`}>{label}{required ? <span className="req"> *</span> : null}</span>
      <div className="lx-drop" role="button" tabIndex={0} aria-labelledby={`${id}-label`} onClick={() => input.current?.click()}
        onDragOver={(e) => e.preventDefault()} onDrop={(e) => { e.preventDefault(); onFile(e.dataTransfer.files[0]?.name ?? null); }}>
        {value ? <span>📎 {value}</span> : <span><strong>Click to upload</strong> or drag and drop<br /><small>PDF, DOC, DOCX up to 10MB</small></span>}
      </div>
      <input ref={input} id={id} type="file" className="lx-hidden" accept={accept} onChange={(e) => onFile(e.target.files[0]?.name ?? null)} />
    </div>
  );
}

function App() {
  const [v, setV] = useState({
    name: '', email: '', phone: '', location: '', linkedin: '', github: '', website: '', pronouns: '',
    resume: null, cover_letter: null,
    years: '', current_comp: '', desired_comp: '', work_auth: '', sponsorship: '', employment_types: [], notice: '', remote: '',
    source: '', recruiter: '', sms_consent: false,
  });
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const set = (k) => (x) => setV((s) => ({ ...s, [k]: x }));
  const on = (k) => (e) => set(k)(e.target.value);
  const toggleType = (t) => setV((s) => ({ ...s, employment_types: s.employment_types.includes(t) ? s.employment_types.filter((x) => x !== t) : [...s.employment_types, t] }));

  function submit(e) {
    e.preventDefault();
    if (!v.name.trim() || !v.email.includes('@') || !v.resume) return setError('Name, email and resume are required.');
    setDone(true);
  }
  if (done) return <div className="lx-apply" id="lx-applied"><h2>Application received</h2><p>Thanks! A Halyard recruiter will review your profile within two business days.</p><pre id="model">{JSON.stringify(v, null, 2)}</pre></div>;

  return (
    <div className="lx-apply">
      <h2>Apply for this job</h2>
      <div className="lx-quick"><button type="button">in Apply with LinkedIn</button><button type="button">Apply with Indeed</button></div>
      <p className="lx-or">or fill out the form</p>
      <form id="lx-apply-form" noValidate onSubmit={submit}>
        <div className="lx-field"><label htmlFor="candidate_name">Full name<span className="req"> *</span></label><input id="candidate_name" name="candidate[name]" className="lx-input" autoComplete="name" value={v.name} onChange={on('name')} /></div>
        <div className="lx-field"><label htmlFor="candidate_email">Email<span className="req"> *</span></label><input id="candidate_email" name="candidate[email]" type="email" className="lx-input" value={v.email} onChange={on('email')} /></div>
        <div className="lx-field"><label htmlFor="candidate_phone">Phone</label><input id="candidate_phone" name="candidate[phone]" type="tel" className="lx-input" placeholder="+1 (555) 555-5555" value={v.phone} onChange={on('phone')} /></div>
        <div className="lx-field"><label htmlFor="candidate_location">Current location</label><input id="candidate_location" name="candidate[location]" className="lx-input" placeholder="City, State" value={v.location} onChange={on('location')} /></div>
        <Drop id="candidate_resume" label="Resume" required value={v.resume} onFile={set('resume')} accept=".pdf,.doc,.docx" />
        <div className="lx-field"><label htmlFor="candidate_linkedin">LinkedIn URL</label><input id="candidate_linkedin" name="candidate[linkedin_url]" className="lx-input" placeholder="linkedin.com/in/yourname" value={v.linkedin} onChange={on('linkedin')} /></div>
        <div className="lx-field"><label htmlFor="candidate_github">GitHub</label><input id="candidate_github" name="candidate[github_url]" className="lx-input" value={v.github} onChange={on('github')} /></div>
        <div className="lx-field"><label htmlFor="candidate_website">Personal website</label><input id="candidate_website" name="candidate[website]" className="lx-input" value={v.website} onChange={on('website')} /></div>
        <div className="lx-field"><label htmlFor="candidate_pronouns">Pronouns <span style={{ fontWeight: 400, color: '#667085' }}>(optional)</span></label><input id="candidate_pronouns" name="candidate[pronouns]" className="lx-input" value={v.pronouns} onChange={on('pronouns')} /></div>
        <div className="lx-field"><label htmlFor="q_years">Years of professional experience</label><input id="q_years" name="answers[8812]" type="number" min="0" className="lx-input" value={v.years} onChange={on('years')} /></div>
        <div className="lx-field"><label htmlFor="q_current_comp">Current base compensation</label><input id="q_current_comp" name="answers[8813]" className="lx-input" placeholder="$" value={v.current_comp} onChange={on('current_comp')} /><div className="lx-help">Not shared with the client without your permission.</div></div>
        <div className="lx-field"><label htmlFor="q_desired_comp">Desired base compensation</label><input id="q_desired_comp" name="answers[8814]" className="lx-input" placeholder="$" value={v.desired_comp} onChange={on('desired_comp')} /></div>
        <div className="lx-field"><label htmlFor="q_work_auth">Work authorization status</label>
          <select id="q_work_auth" name="answers[8815]" className="lx-input" value={v.work_auth} onChange={on('work_auth')}>
            <option value="">Select…</option><option>U.S. Citizen</option><option>Green Card Holder</option><option>EAD (OPT / STEM OPT)</option><option>EAD (other)</option><option>H-1B (transfer required)</option><option>TN Visa</option><option>Other</option>
          </select></div>
        <div className="lx-field" role="radiogroup" aria-labelledby="q_sponsor_label"><span className="lx-label" id="q_sponsor_label">Will you now or in the future require visa sponsorship?</span>
          <div className="lx-radios">{['Yes', 'No'].map((x) => <label key={x}><input type="radio" name="answers[8816]" value={x} checked={v.sponsorship === x} onChange={() => set('sponsorship')(x)} /> {x}</label>)}</div></div>
        <div className="lx-field"><span className="lx-label" id="q_types_label">Open to</span>
          <div className="lx-checks" role="group" aria-labelledby="q_types_label">{['Full-time', 'Contract', 'Contract-to-hire'].map((t) => <label key={t}><input type="checkbox" name="answers[8817][]" value={t} checked={v.employment_types.includes(t)} onChange={() => toggleType(t)} /> {t}</label>)}</div></div>
        <div className="lx-field"><label htmlFor="q_notice">Notice period</label>
          <select id="q_notice" name="answers[8818]" className="lx-input" value={v.notice} onChange={on('notice')}><option value="">Select…</option><option>Available now</option><option>2 weeks</option><option>3-4 weeks</option><option>1-2 months</option><option>More than 2 months</option></select></div>
        <div className="lx-field"><label htmlFor="q_remote">Work arrangement preference</label>
          <select id="q_remote" name="answers[8819]" className="lx-input" value={v.remote} onChange={on('remote')}><option value="">Select…</option><option>Remote only</option><option>Hybrid</option><option>On-site</option><option>No preference</option></select></div>
        <Drop id="candidate_cover_letter" label="Cover letter" value={v.cover_letter} onFile={set('cover_letter')} accept=".pdf,.doc,.docx,.txt" />
        <div className="lx-field"><label htmlFor="q_source">How did you hear about this role?</label>
          <select id="q_source" name="answers[8820]" className="lx-input" value={v.source} onChange={on('source')}><option value="">Select…</option><option>LinkedIn</option><option>Indeed</option><option>Halyard recruiter reached out</option><option>Referral</option><option>Halyard website</option><option>Other</option></select></div>
        <div className="lx-field"><label htmlFor="q_recruiter">Halyard recruiter you spoke with (if any)</label><input id="q_recruiter" name="answers[8821]" className="lx-input" value={v.recruiter} onChange={on('recruiter')} /></div>
        <div className="lx-field lx-checks"><label><input type="checkbox" id="sms_consent" name="candidate[sms_consent]" checked={v.sms_consent} onChange={(e) => set('sms_consent')(e.target.checked)} /> I agree to receive text messages from Halyard about this and future opportunities.</label></div>
        {error ? <p className="lx-error" role="alert">{error}</p> : null}
        <button type="submit" className="lx-submit" id="lx-submit">Submit application</button>
      </form>
      <pre id="model">{JSON.stringify(v, null, 2)}</pre>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
