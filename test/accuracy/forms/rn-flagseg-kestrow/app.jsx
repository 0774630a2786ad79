/*
 * Kestrow Robotics careers page (London HQ, hiring in San Francisco): React 19 with
 * react-international-phone preset to the UK (flag-only country button), a country select that
 * reveals its region list once chosen, experience and pay basis as aria-pressed button groups,
 * eligibility as role=switch buttons, "Available from" as a list of months, ISCED education
 * levels. The state is printed into <pre id="model">.
 */
import 'react-international-phone/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneInput } from 'react-international-phone';

const COUNTRIES = [['GB', 'United Kingdom'], ['IE', 'Ireland'], ['FR', 'France'], ['DE', 'Germany'], ['CA', 'Canada'], ['US', 'United States'], ['IN', 'India']];
const REGIONS = {
  GB: ['England', 'Northern Ireland', 'Scotland', 'Wales'],
  CA: ['Alberta', 'British Columbia', 'Ontario', 'Quebec'],
  US: ['Arizona', 'California', 'Colorado', 'Massachusetts', 'New York', 'Oregon', 'Texas', 'Washington'],
};
const EXPERIENCE = [['0-2', '0–2'], ['3-5', '3–5'], ['6-9', '6–9'], ['10+', '10+']];
const MONTHS = ['December 2026', 'January 2027', 'February 2027', 'March 2027', 'April 2027', 'May 2027', 'June 2027', 'July 2027', 'August 2027', 'September 2027', 'October 2027', 'November 2027'];
const EDUCATION = [
  ['3', 'Upper secondary (ISCED 3)'],
  ['5', 'Short-cycle tertiary (ISCED 5)'],
  ['6', "Bachelor's or equivalent (ISCED 6)"],
  ['7', "Master's or equivalent (ISCED 7)"],
  ['8', 'Doctoral or equivalent (ISCED 8)'],
];

function Segmented({ id, labelId, options, value, onChange }) {
  return (
    <div className="kr-seg" id={id} role="group" aria-labelledby={labelId}>
      {options.map(([v, t]) => (
        <button key={v} type="button" aria-pressed={value === v} onClick={() => onChange(v)}>{t}</button>
      ))}
    </div>
  );
}

function Toggle({ id, label, checked, onChange }) {
  return (
    <div className="kr-switch-row">
      <span id={`${id}-label`}>{label}</span>
      <button id={id} type="button" role="switch" className="kr-switch" aria-checked={checked} aria-labelledby={`${id}-label`} onClick={() => onChange(!checked)} />
    </div>
  );
}

function App() {
  const [form, setForm] = useState({
    givenName: '', familyName: '', email: '', phone: '', country: '', region: '', city: '', linkedin: '',
    experience: '', education: '', availableFrom: '', payBasis: 'hourly', pay: '',
    rightToWorkUS: false, needsSponsorship: false, openToOnsite: false, resume: null,
  });
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (e) => set(key)(e.target.value) });

  return (
    <>
      <header className="kr-top"><b>KESTROW</b><span>Robotics for warehouses</span><a href="#" style={{ marginLeft: 'auto' }}>All roles</a></header>
      <main className="kr-page">
        <p style={{ margin: 0, color: '#6b7280' }}>Fleet Learning · San Francisco, CA · Full time</p>
        <h1 style={{ margin: '4px 0 14px', fontSize: 24 }}>Senior Data Engineer, Fleet Learning</h1>
        <form id="kr-form" noValidate onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
          <div className="kr-two">
            <div className="kr-f"><label htmlFor="kr-given">Given name</label><input id="kr-given" name="givenName" {...text('givenName')} /></div>
            <div className="kr-f"><label htmlFor="kr-family">Family name</label><input id="kr-family" name="familyName" {...text('familyName')} /></div>
          </div>
          <div className="kr-f"><label htmlFor="kr-email">Email</label><input id="kr-email" name="email" type="email" {...text('email')} /></div>
          <div className="kr-f">
            <label htmlFor="kr-phone">Phone</label>
            <PhoneInput defaultCountry="gb" value={form.phone} onChange={(phone) => set('phone')(phone)} inputProps={{ id: 'kr-phone', name: 'phone' }} />
            <div className="kr-help">Pick your country from the flag.</div>
          </div>
          <div className="kr-two">
            <div className="kr-f"><label htmlFor="kr-country">Country of residence</label>
              <select id="kr-country" name="country" value={form.country} onChange={(e) => setForm((f) => ({ ...f, country: e.target.value, region: '' }))}>
                <option value="">Choose…</option>
                {COUNTRIES.map(([c, n]) => <option key={c} value={c}>{n}</option>)}
              </select>
            </div>
            <div className="kr-f"><label htmlFor="kr-region">State / region</label>
              <select id="kr-region" name="region" value={form.region} disabled={!REGIONS[form.country]} onChange={(e) => set('region')(e.target.value)}>
                <option value="">{REGIONS[form.country] ? 'Choose…' : 'Choose a country first'}</option>
                {(REGIONS[form.country] ?? []).map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
            </div>
          </div>
          <div className="kr-f"><label htmlFor="kr-city">Town / city</label><input id="kr-city" name="city" {...text('city')} /></div>
          <div className="kr-f"><label htmlFor="kr-linkedin">LinkedIn</label><input id="kr-linkedin" name="linkedin" type="url" {...text('linkedin')} /></div>

          <div className="kr-f">
            <span className="kr-l" id="kr-exp-label">Years working as a data or software engineer</span>
            <Segmented id="kr-exp" labelId="kr-exp-label" options={EXPERIENCE} value={form.experience} onChange={set('experience')} />
          </div>
          <div className="kr-f"><label htmlFor="kr-edu">Highest level of education</label>
            <select id="kr-edu" name="education" {...text('education')}>
              <option value="">Choose…</option>
              {EDUCATION.map(([v, t]) => <option key={v} value={v}>{t}</option>)}
            </select>
          </div>
          <div className="kr-f"><label htmlFor="kr-available">Available from</label>
            <select id="kr-available" name="availableFrom" {...text('availableFrom')}>
              <option value="">Choose a month…</option>
              {MONTHS.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </div>
          <div className="kr-f">
            <span className="kr-l" id="kr-basis-label">Expected pay</span>
            <Segmented id="kr-basis" labelId="kr-basis-label" options={[['hourly', 'Hourly'], ['yearly', 'Yearly']]} value={form.payBasis} onChange={set('payBasis')} />
            <div className="kr-money" style={{ marginTop: 8 }}>
              <span>US$</span>
              <input id="kr-pay" name="pay" inputMode="numeric" aria-labelledby="kr-basis-label" {...text('pay')} />
              <span>{form.payBasis === 'hourly' ? 'per hour' : 'per year'}</span>
            </div>
          </div>
          <div className="kr-f">
            <span className="kr-l">Eligibility</span>
            <Toggle id="kr-rtw" label="I have the right to work in the United States" checked={form.rightToWorkUS} onChange={set('rightToWorkUS')} />
            <Toggle id="kr-sponsor" label="I'll need visa sponsorship to take this job" checked={form.needsSponsorship} onChange={set('needsSponsorship')} />
            <Toggle id="kr-onsite" label="I can be on site in SoMa four days a week" checked={form.openToOnsite} onChange={set('openToOnsite')} />
          </div>
          <div className="kr-f"><label htmlFor="kr-resume">CV / résumé</label>
            <input id="kr-resume" name="resume" type="file" accept=".pdf" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? null)} />
          </div>
          <button type="submit" id="kr-submit" className="kr-submit">Apply</button>
          {sent && <p id="kr-done" role="status" style={{ color: '#16a34a', fontWeight: 600 }}>Application sent. Thanks!</p>}
        </form>
      </main>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
