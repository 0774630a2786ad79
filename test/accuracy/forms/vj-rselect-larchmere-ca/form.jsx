/*
 * Larchmere Health (Toronto) application page, a Workable-style hosted form rebuilt in React:
 * **react-select** (classNamePrefix "select") for province / state (provinces, then US states, in
 * groups), country, work eligibility in Canada, LMIA / work-permit sponsorship, French
 * proficiency, years ranges and "how did you hear"; **react-phone-number-input** preset to Canada
 * (its own country select, E.164 state), "Headline", address / city / postal code "A1A 1A1",
 * salary in CAD with a per-year note, start date `YYYY-MM-DD` (the Canadian numeric format),
 * resume and cover-letter file inputs, a summary textarea, consent to the privacy notice (PIPEDA)
 * and to future roles, header search and a footer job-alert box. State is rendered into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import PhoneInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';
import countries from 'world-countries';

const PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Northwest Territories', 'Nova Scotia', 'Nunavut', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Yukon'];
const STATES = ['Arizona', 'California', 'Colorado', 'Florida', 'Illinois', 'Massachusetts', 'Michigan', 'Minnesota', 'New York', 'Oregon', 'Pennsylvania', 'Texas', 'Washington'];
const REGION_OPTIONS = [
  { label: 'Canada', options: PROVINCES.map((p) => ({ value: `CA-${p}`, label: p })) },
  { label: 'United States', options: STATES.map((s) => ({ value: `US-${s}`, label: s })) },
];
const COUNTRY_OPTIONS = countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const o = (list) => list.map((x) => ({ value: x, label: x }));

function RSelect({ id, label, options, value, onChange, required, placeholder }) {
  return (
    <div className="field" id={`${id}-field`}>
      <label htmlFor={id} id={`${id}-label`}>{label}{required ? <span className="req"> *</span> : null}</label>
      <Select inputId={id} instanceId={id} classNamePrefix="select" className="select" options={options} value={value} onChange={onChange}
        isClearable placeholder={placeholder ?? 'Select...'} aria-labelledby={`${id}-label`} />
    </div>
  );
}

export function renderLarchmere(cfg) {
  function App() {
    const [v, setV] = useState({
      firstname: '', lastname: '', email: '', headline: '', phone: '', address: '', city: '', region: null, postal: '', country: { value: 'CA', label: 'Canada' },
      eligible: null, sponsor: null, french: null, years: null, salary: '', start: '', resume: null, coverLetter: null, summary: '', linkedin: '', source: null,
      privacy: false, futureRoles: false, ...Object.fromEntries(cfg.questions.map((q) => [q.id, q.kind === 'select' ? null : ''])),
    });
    const [sent, setSent] = useState(false);
    const set = (k) => (x) => setV((s) => ({ ...s, [k]: x }));
    const ev = (k) => (e) => set(k)(e.target.type === 'checkbox' ? e.target.checked : e.target.value);
    useEffect(() => {
      const m = {};
      for (const [k, x] of Object.entries(v)) m[k] = x && typeof x === 'object' && 'value' in x ? x.value : x instanceof File ? x.name : x;
      document.getElementById('model').textContent = JSON.stringify(m, null, 2);
    }, [v]);
    if (sent) return <main className="page"><h2 id="application-sent">Thanks for applying to Larchmere Health!</h2></main>;
    const text = (id, label, extra = {}) => (
      <div className="field"><label htmlFor={id}>{label}{extra.required ? <span className="req"> *</span> : null}</label>
        {extra.long ? <textarea id={id} name={id} rows={5} value={v[id]} onChange={ev(id)} /> : <input id={id} name={id} type={extra.type ?? 'text'} placeholder={extra.placeholder} value={v[id]} onChange={ev(id)} />}
        {extra.hint ? <p className="hint">{extra.hint}</p> : null}</div>
    );
    const file = (id, label, accept, required) => (
      <div className="field"><label htmlFor={id}>{label}{required ? <span className="req"> *</span> : null}</label>
        <input id={id} name={id} type="file" accept={accept} onChange={(e) => set(id)(e.target.files[0] ?? null)} /></div>
    );
    return (
      <>
        <header className="top"><span className="logo">Larchmere<b>Health</b></span><input id="site-search" type="search" placeholder="Search open roles" aria-label="Search open roles" /><a href="#">Benefits</a></header>
        <main className="page">
          <p className="team">{cfg.team}</p>
          <h1>{cfg.title}</h1>
          <p className="where">{cfg.location}</p>
          <p>{cfg.blurb}</p>
          <form id="application-form" noValidate onSubmit={(e) => { e.preventDefault(); if (v.email && v.privacy) setSent(true); }}>
            <h2>Personal information</h2>
            <div className="row">{text('firstname', 'First name', { required: true })}{text('lastname', 'Last name', { required: true })}</div>
            {text('email', 'Email', { required: true, type: 'email' })}
            {text('headline', 'Headline', { placeholder: 'e.g. Senior Software Engineer' })}
            <div className="field"><label htmlFor="phone">Phone</label>
              <PhoneInput id="phone" defaultCountry="CA" value={v.phone} onChange={(x) => set('phone')(x ?? '')} /></div>
            {text('address', 'Address')}
            <div className="row">{text('city', 'City')}
              <RSelect id="region" label="Province / State" options={REGION_OPTIONS} value={v.region} onChange={set('region')} /></div>
            <div className="row">{text('postal', 'Postal / ZIP code', { placeholder: 'A1A 1A1' })}
              <RSelect id="country" label="Country" options={COUNTRY_OPTIONS} value={v.country} onChange={set('country')} required /></div>
            <h2>Profile</h2>
            {file('resume', 'Resume', '.pdf,.doc,.docx,.rtf', true)}
            {file('coverLetter', 'Cover letter', '.pdf,.doc,.docx,.txt', false)}
            {text('summary', 'Summary', { long: true, hint: 'A short introduction about yourself (optional)' })}
            {text('linkedin', 'LinkedIn', { placeholder: 'https://linkedin.com/in/…' })}
            <h2>Details</h2>
            <RSelect id="eligible" label="Are you legally eligible to work in Canada?" options={o(['Yes', 'No'])} value={v.eligible} onChange={set('eligible')} required />
            <RSelect id="sponsor" label="Will you now or in the future require sponsorship (e.g. an LMIA-supported work permit) to work in Canada?" options={o(['Yes', 'No'])} value={v.sponsor} onChange={set('sponsor')} required />
            <RSelect id="french" label="French language proficiency" options={o(['None', 'Basic', 'Intermediate', 'Advanced', 'Bilingual (English / French)'])} value={v.french} onChange={set('french')} />
            <RSelect id="years" label={cfg.yearsLabel} options={o(cfg.ranges)} value={v.years} onChange={set('years')} required />
            {text('salary', 'Desired annual salary (CAD)', { placeholder: 'e.g. 120000', hint: 'Base salary in Canadian dollars, per year' })}
            {text('start', 'Earliest start date', { placeholder: 'YYYY-MM-DD' })}
            {cfg.questions.map((q) => (q.kind === 'select'
              ? <RSelect key={q.id} id={q.id} label={q.label} options={o(q.options)} value={v[q.id]} onChange={set(q.id)} required={q.required} />
              : <div key={q.id}>{text(q.id, q.label, { long: q.long })}</div>))}
            <RSelect id="source" label="How did you hear about this job?" options={o(['LinkedIn', 'Indeed', 'Glassdoor', 'Referral', 'Company website', 'Other'])} value={v.source} onChange={set('source')} />
            <div className="check"><input type="checkbox" id="privacy" checked={v.privacy} onChange={ev('privacy')} /> <label htmlFor="privacy">I consent to Larchmere Health collecting and using my personal information for recruitment, as described in the Privacy Notice (PIPEDA). *</label></div>
            <div className="check"><input type="checkbox" id="futureRoles" checked={v.futureRoles} onChange={ev('futureRoles')} /> <label htmlFor="futureRoles">You may contact me about other roles for up to 2 years.</label></div>
            <button id="submit-application" type="submit">Submit application</button>
          </form>
        </main>
        <footer className="foot"><label htmlFor="alert-email">Get job alerts</label> <input id="alert-email" type="email" placeholder="Email address" /> <button type="button">Subscribe</button></footer>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
