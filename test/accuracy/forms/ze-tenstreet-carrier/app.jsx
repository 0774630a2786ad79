/**
 * Tenstreet-style carrier application ("Intelliapp"): a short Quick App step, then the DOT-driven
 * background questions every carrier asks (license, endorsements, accidents, moving violations,
 * drug and alcohol history, three-year address history), then experience and signatures. The
 * carrier uses the same application for corporate jobs, so the position select arrives preset.
 * React re-renders each step afresh; the form state is shown in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const POSITIONS = ['Company Driver - OTR', 'Company Driver - Regional', 'Company Driver - Dedicated', 'Owner Operator', 'Lease Purchase',
  'Student / Recent CDL Graduate', 'Diesel Technician', 'Office / Corporate'];
const ENDORSEMENTS = [['H', 'H - Hazmat'], ['N', 'N - Tank'], ['T', 'T - Doubles/Triples'], ['X', 'X - Tank/Hazmat'], ['P', 'P - Passenger'], ['S', 'S - School Bus']];
const STEPS = ['Quick App', 'Licenses & Safety', 'Experience & Submit'];

const initial = {
  position: 'Office / Corporate',
  firstName: '', middleInitial: '', lastName: '', suffix: '',
  email: '', cellPhone: '', zip: '', city: '', state: '',
  contactTime: '', hasCdlA: '', tcpaConsent: false,
  dob: '', ssn: '', threeYearsAtAddress: '', previousAddress: '',
  licenseNumber: '', licenseState: '', licenseClass: '', endorsements: [],
  accidents: '', violations: '', failedDrugTest: '',
  currentlyEmployed: '', employer: '', jobTitle: '', experience: '',
  authorized: '', sponsorship: '', desiredSalary: '', startDate: '',
  resume: null, source: '', recruiterCode: '', fcraAck: false, signature: '',
};

function formatPhone(raw) {
  const d = raw.replace(/\D/g, '').slice(0, 10);
  if (d.length < 4) return d.length ? `(${d}` : '';
  if (d.length < 7) return `(${d.slice(0, 3)}) ${d.slice(3)}`;
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
}

function Field({ id, label, required, help, children }) {
  return (
    <div className="ts-field">
      <label className="ts-label" htmlFor={id}>{label}{required ? <span className="ts-required">*</span> : null}</label>
      {children}
      {help ? <div className="ts-help" id={`${id}-help`}>{help}</div> : null}
    </div>
  );
}

function YesNo({ name, label, value, onChange, required }) {
  return (
    <fieldset className="ts-field" style={{ border: 0, padding: 0, margin: '0 0 14px' }}>
      <legend className="ts-label">{label}{required ? <span className="ts-required">*</span> : null}</legend>
      <div className="ts-radio-group">
        {['Yes', 'No'].map((v) => (
          <label key={v}><input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {v}</label>
        ))}
      </div>
    </fieldset>
  );
}

function App() {
  const [step, setStep] = useState(0);
  const [f, setF] = useState(initial);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setF((s) => ({ ...s, [key]: value }));
  const on = (key) => (e) => set(key)(e.target.value);
  const toggleEndorsement = (code) => setF((s) => ({ ...s, endorsements: s.endorsements.includes(code) ? s.endorsements.filter((c) => c !== code) : [...s.endorsements, code] }));

  function next() {
    if (step === 0) {
      if (!f.firstName || !f.lastName || !f.email || f.cellPhone.replace(/\D/g, '').length !== 10 || !f.zip) return setError('Please complete the required fields. Phone must be 10 digits.');
    }
    if (step === 1 && !f.failedDrugTest) return setError('Please answer the drug and alcohol question.');
    setError('');
    setStep(step + 1);
    window.scrollTo(0, 0);
  }
  function submit(e) {
    e.preventDefault();
    if (!f.resume || !f.fcraAck || !f.signature || !f.authorized) return setError('Please complete all required fields before submitting.');
    setDone(true);
  }

  if (done) return <div className="ts-card" id="ts-thank-you"><h2>Thank you, your application was received!</h2><p>A recruiter from Ouachita Freight Lines will contact you shortly.</p><pre id="model">{JSON.stringify(f, null, 2)}</pre></div>;

  return (
    <div className="ts-card">
      <ol className="ts-progress">{STEPS.map((s, i) => <li key={s} className={i === step ? 'is-active' : i < step ? 'is-done' : ''}>{i + 1}. {s}</li>)}</ol>
      <form id="intelliapp" noValidate onSubmit={submit} autoComplete="on">
        {step === 0 ? (
          <div>
            <h2 className="ts-section-title">Quick Application</h2>
            <Field id="position" label="Position Applying For" required>
              <select id="position" name="position" className="ts-input" value={f.position} onChange={on('position')}>
                <option value="">Select</option>{POSITIONS.map((p) => <option key={p}>{p}</option>)}
              </select>
            </Field>
            <div className="ts-row">
              <Field id="firstName" label="First Name" required><input id="firstName" name="firstName" className="ts-input" value={f.firstName} onChange={on('firstName')} /></Field>
              <Field id="middleInitial" label="M.I."><input id="middleInitial" name="middleInitial" className="ts-input" maxLength={1} style={{ width: 60 }} value={f.middleInitial} onChange={on('middleInitial')} /></Field>
              <Field id="lastName" label="Last Name" required><input id="lastName" name="lastName" className="ts-input" value={f.lastName} onChange={on('lastName')} /></Field>
              <Field id="suffix" label="Suffix">
                <select id="suffix" name="suffix" className="ts-input" value={f.suffix} onChange={on('suffix')}><option value="">--</option><option>Jr.</option><option>Sr.</option><option>II</option><option>III</option><option>IV</option></select>
              </Field>
            </div>
            <div className="ts-row">
              <Field id="email" label="Email Address" required><input id="email" name="email" type="email" className="ts-input" value={f.email} onChange={on('email')} /></Field>
              <Field id="cellPhone" label="Cell Phone" required help="We'll text you about your application status.">
                <input id="cellPhone" name="cellPhone" type="tel" className="ts-input" placeholder="(___) ___-____" maxLength={14} value={f.cellPhone} onChange={(e) => set('cellPhone')(formatPhone(e.target.value))} aria-describedby="cellPhone-help" />
              </Field>
            </div>
            <div className="ts-row">
              <Field id="zip" label="Zip Code" required><input id="zip" name="zip" className="ts-input" inputMode="numeric" maxLength={5} value={f.zip} onChange={on('zip')} /></Field>
              <Field id="city" label="City"><input id="city" name="city" className="ts-input" value={f.city} onChange={on('city')} /></Field>
              <Field id="state" label="State">
                <select id="state" name="state" className="ts-input" value={f.state} onChange={on('state')}><option value="">Select a State</option>{STATES.map((s) => <option key={s}>{s}</option>)}</select>
              </Field>
            </div>
            <Field id="contactTime" label="Best Time to Contact">
              <select id="contactTime" name="contactTime" className="ts-input" value={f.contactTime} onChange={on('contactTime')}><option value="">Select</option><option>Morning</option><option>Afternoon</option><option>Evening</option><option>Anytime</option></select>
            </Field>
            <YesNo name="hasCdlA" label="Do you have a valid Class A CDL?" value={f.hasCdlA} onChange={set('hasCdlA')} />
            <div className="ts-legal">By checking the box below, I consent to receive marketing and informational calls and text messages from Ouachita Freight Lines and its recruiting partners at the number provided, including by autodialer or prerecorded voice. Consent is not a condition of employment. Msg &amp; data rates may apply. Reply STOP to opt out.</div>
            <label className="ts-check"><input type="checkbox" id="tcpaConsent" name="tcpaConsent" checked={f.tcpaConsent} onChange={(e) => set('tcpaConsent')(e.target.checked)} /> I agree to receive calls and text messages</label>
          </div>
        ) : null}

        {step === 1 ? (
          <div>
            <h2 className="ts-section-title">Personal Information</h2>
            <div className="ts-row">
              <Field id="dob" label="Date of Birth" help="MM/DD/YYYY. Required by the FMCSA for DOT-regulated positions."><input id="dob" name="dob" className="ts-input" placeholder="MM/DD/YYYY" value={f.dob} onChange={on('dob')} /></Field>
              <Field id="ssn" label="Social Security Number"><input id="ssn" name="ssn" className="ts-input" placeholder="###-##-####" value={f.ssn} onChange={on('ssn')} /></Field>
            </div>
            <YesNo name="threeYearsAtAddress" label="Have you lived at your current address for 3 years or more?" value={f.threeYearsAtAddress} onChange={set('threeYearsAtAddress')} />
            <Field id="previousAddress" label="If no, list previous addresses for the past 3 years (street, city, state, zip, dates)">
              <textarea id="previousAddress" name="previousAddress" className="ts-input" rows={2} value={f.previousAddress} onChange={on('previousAddress')} />
            </Field>
            <h2 className="ts-section-title">Driver's License</h2>
            <div className="ts-row">
              <Field id="licenseNumber" label="License Number"><input id="licenseNumber" name="licenseNumber" className="ts-input" value={f.licenseNumber} onChange={on('licenseNumber')} /></Field>
              <Field id="licenseState" label="Issuing State">
                <select id="licenseState" name="licenseState" className="ts-input" value={f.licenseState} onChange={on('licenseState')}><option value="">Select a State</option>{STATES.map((s) => <option key={s}>{s}</option>)}</select>
              </Field>
              <Field id="licenseClass" label="License Class">
                <select id="licenseClass" name="licenseClass" className="ts-input" value={f.licenseClass} onChange={on('licenseClass')}><option value="">Select</option><option>Class A CDL</option><option>Class B CDL</option><option>Class C CDL</option><option>Non-CDL (Class D / Regular)</option></select>
              </Field>
            </div>
            <fieldset className="ts-field" style={{ border: 0, padding: 0 }}>
              <legend className="ts-label">Endorsements (check all that apply)</legend>
              <div className="ts-endorse">
                {ENDORSEMENTS.map(([code, text]) => (
                  <label key={code} className="ts-check"><input type="checkbox" name="endorsements" value={code} checked={f.endorsements.includes(code)} onChange={() => toggleEndorsement(code)} /> {text}</label>
                ))}
              </div>
            </fieldset>
            <h2 className="ts-section-title">Accidents &amp; Violations</h2>
            <div className="ts-row">
              <Field id="accidents" label="Number of accidents in the past 3 years">
                <select id="accidents" name="accidents" className="ts-input" value={f.accidents} onChange={on('accidents')}><option value="">Select</option><option>0</option><option>1</option><option>2</option><option>3 or more</option></select>
              </Field>
              <Field id="violations" label="Number of moving violations in the past 3 years">
                <select id="violations" name="violations" className="ts-input" value={f.violations} onChange={on('violations')}><option value="">Select</option><option>0</option><option>1</option><option>2</option><option>3 or more</option></select>
              </Field>
            </div>
            <YesNo name="failedDrugTest" required value={f.failedDrugTest} onChange={set('failedDrugTest')}
              label="Have you ever tested positive, or refused to test, on any pre-employment or DOT drug or alcohol test in the past 3 years?" />
          </div>
        ) : null}

        {step === 2 ? (
          <div>
            <h2 className="ts-section-title">Work Experience</h2>
            <YesNo name="currentlyEmployed" label="Are you currently employed?" value={f.currentlyEmployed} onChange={set('currentlyEmployed')} />
            <div className="ts-row">
              <Field id="employer" label="Current or Most Recent Employer"><input id="employer" name="employer" className="ts-input" value={f.employer} onChange={on('employer')} /></Field>
              <Field id="jobTitle" label="Job Title"><input id="jobTitle" name="jobTitle" className="ts-input" value={f.jobTitle} onChange={on('jobTitle')} /></Field>
            </div>
            <Field id="experience" label="Years of experience in data engineering or analytics">
              <select id="experience" name="experience" className="ts-input" value={f.experience} onChange={on('experience')}><option value="">Select</option><option>None</option><option>Less than 1 year</option><option>1-2 years</option><option>3-4 years</option><option>5-9 years</option><option>10+ years</option></select>
            </Field>
            <YesNo name="authorized" required label="Are you legally eligible to work in the United States?" value={f.authorized} onChange={set('authorized')} />
            <YesNo name="sponsorship" label="Will you now or in the future require sponsorship for employment visa status?" value={f.sponsorship} onChange={set('sponsorship')} />
            <div className="ts-row">
              <Field id="desiredSalary" label="Desired Annual Salary" help="Numbers only, no $ or commas"><input id="desiredSalary" name="desiredSalary" className="ts-input" inputMode="numeric" value={f.desiredSalary} onChange={on('desiredSalary')} aria-describedby="desiredSalary-help" /></Field>
              <Field id="startDate" label="Earliest Available Start Date"><input id="startDate" name="startDate" type="date" className="ts-input" value={f.startDate} onChange={on('startDate')} /></Field>
            </div>
            <Field id="resume" label="Upload Resume" required help="PDF, DOC or DOCX up to 10 MB">
              <input id="resume" name="resume" type="file" className="ts-input" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
            </Field>
            <div className="ts-row">
              <Field id="source" label="How did you hear about us?">
                <select id="source" name="source" className="ts-input" value={f.source} onChange={on('source')}><option value="">Select</option><option>Indeed</option><option>Facebook</option><option>Google</option><option>Billboard</option><option>Radio</option><option>Truck Stop / Terminal</option><option>Driver Referral</option><option>Employee Referral</option><option>Other</option></select>
              </Field>
              <Field id="recruiterCode" label="Recruiter or Referral Code"><input id="recruiterCode" name="recruiterCode" className="ts-input" value={f.recruiterCode} onChange={on('recruiterCode')} /></Field>
            </div>
            <h2 className="ts-section-title">Disclosures &amp; Signature</h2>
            <div className="ts-legal">DISCLOSURE REGARDING BACKGROUND INVESTIGATION: Ouachita Freight Lines may obtain information about you from a third-party consumer reporting agency for employment purposes, including your motor vehicle record, PSP crash and inspection history, and FMCSA Drug &amp; Alcohol Clearinghouse queries...</div>
            <label className="ts-check"><input type="checkbox" id="fcraAck" name="fcraAck" checked={f.fcraAck} onChange={(e) => set('fcraAck')(e.target.checked)} /> I have read and acknowledge the disclosure above and authorize the background investigation.<span className="ts-required">*</span></label>
            <Field id="signature" label="Electronic Signature (type your full name)" required><input id="signature" name="signature" className="ts-input" value={f.signature} onChange={on('signature')} /></Field>
          </div>
        ) : null}

        {error ? <p className="ts-error" role="alert">{error}</p> : null}
        <div className="ts-actions">
          {step > 0 ? <button type="button" className="ts-btn ts-btn--ghost" onClick={() => setStep(step - 1)}>Previous</button> : <span />}
          {step < STEPS.length - 1
            ? <button type="button" className="ts-btn" id="ts-next" onClick={next}>Save &amp; Continue</button>
            : <button type="submit" className="ts-btn" id="ts-submit">Submit Application</button>}
        </div>
      </form>
      <pre id="model">{JSON.stringify(f, null, 2)}</pre>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
