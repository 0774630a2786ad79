/*
 * Copperfield Pay careers: a plain React application whose dropdowns are react-select v5
 * (classNamePrefix "cp"): grouped options (location, country, degree), CreatableSelect single
 * (employer, school) and multi (skills), a non-searchable Select, clearable selects with sentence
 * answers, and per-posting questions. Shared by the postings; state goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import CreatableSelect from 'react-select/creatable';

const LOCATIONS = [
  { label: 'United States', options: ['Austin, TX', 'Chicago, IL', 'New York, NY', 'San Francisco, CA', 'Seattle, WA', 'Remote (US)'].map((v) => ({ value: v, label: v })) },
  { label: 'Canada', options: ['Toronto, ON', 'Vancouver, BC', 'Remote (Canada)'].map((v) => ({ value: v, label: v })) },
  { label: 'Europe', options: ['Dublin, Ireland', 'London, United Kingdom', 'Remote (EU)'].map((v) => ({ value: v, label: v })) },
];
const COUNTRIES = [
  { label: 'North America', options: [['CA', 'Canada'], ['MX', 'Mexico'], ['US', 'United States']].map(([value, label]) => ({ value, label })) },
  { label: 'Europe', options: [['FR', 'France'], ['DE', 'Germany'], ['IE', 'Ireland'], ['GB', 'United Kingdom']].map(([value, label]) => ({ value, label })) },
  { label: 'Asia Pacific', options: [['AU', 'Australia'], ['IN', 'India'], ['SG', 'Singapore']].map(([value, label]) => ({ value, label })) },
];
const COMPANIES = ['Adyen', 'Block', 'Brex', 'Chime', 'Marqeta', 'Plaid', 'Ramp', 'Stripe'].map((v) => ({ value: v, label: v }));
const SCHOOLS = [
  'Stanford University', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis',
  'University of California, Los Angeles', 'University of Washington',
].map((v) => ({ value: v, label: v }));
const DEGREES = [
  { label: 'Undergraduate', options: [['assoc', "Associate's"], ['ba', "Bachelor's"]].map(([value, label]) => ({ value, label })) },
  { label: 'Graduate', options: [['ma', "Master's"], ['mba', 'MBA'], ['phd', 'PhD']].map(([value, label]) => ({ value, label })) },
  { label: 'Other', options: [['none', 'No degree'], ['bootcamp', 'Bootcamp / certificate']].map(([value, label]) => ({ value, label })) },
];
const opts = (list) => list.map((v) => (Array.isArray(v) ? { value: v[0], label: v[1] } : { value: v, label: v }));
const HEARD = opts(['LinkedIn', 'Employee referral', 'Company website', 'Conference or meetup', 'Other']);
const GENDER = opts(['Woman', 'Man', 'Non-binary', 'I prefer to self-describe', 'I decline to answer']);
const RACE = opts(['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I decline to answer']);

function Field({ id, label, required, hint, children }) {
  return (
    <div className="cp-field">
      <label htmlFor={id} id={`${id}-label`}>{label}{required && <span className="cp-req" aria-hidden="true"> *</span>}</label>
      {children}
      {hint && <div className="cp-hint">{hint}</div>}
    </div>
  );
}

export function renderApplication(posting) {
  function Application() {
    const [form, setForm] = useState(() => ({
      firstName: '', lastName: '', preferredName: '', email: '', phone: '', location: null, country: null, linkedin: '', website: '',
      company: null, title: '', years: null, skills: [], school: null, degree: null, authorization: null, sponsorship: null,
      startDate: '', salary: '', resume: '', coverLetter: '', heard: null, gender: null, race: null, consent: false,
      ...Object.fromEntries(posting.questions.map((q) => [q.key, q.multi ? [] : null])),
    }));
    const [signIn, setSignIn] = useState({ email: '', password: '' });
    const [news, setNews] = useState('');
    const [sent, setSent] = useState(false);
    const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
    const input = (key, props = {}) => <input id={`cp-${key}`} name={key} className="cp-input" value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props} />;
    const rs = (key, options, props = {}, Component = Select) => (
      <Component
        id={`cp-${key}`}
        inputId={`cp-${key}-input`}
        instanceId={key}
        name={key}
        classNamePrefix="cp"
        options={options}
        value={form[key]}
        onChange={set(key)}
        aria-labelledby={`cp-${key}-label`}
        {...props}
      />
    );
    const modelValue = (v) => (Array.isArray(v) ? v.map((o) => o.value) : v ? v.value : null);
    const model = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v && typeof v === 'object' ? modelValue(v) : v]));
    return (
      <>
        <header className="cp-header">
          <strong className="cp-logo">copperfield<span>pay</span></strong>
          <nav>Careers · Life at Copperfield · Teams</nav>
          <form className="cp-signin" onSubmit={(e) => e.preventDefault()} aria-label="Candidate sign in">
            <input type="email" id="cp-signin-email" name="login_email" placeholder="Email" aria-label="Sign-in email" value={signIn.email} onChange={(e) => setSignIn((s) => ({ ...s, email: e.target.value }))} />
            <input type="password" id="cp-signin-password" name="login_password" placeholder="Password" aria-label="Password" value={signIn.password} onChange={(e) => setSignIn((s) => ({ ...s, password: e.target.value }))} />
            <button type="submit">Sign in</button>
          </form>
        </header>
        <main className="cp-main">
          <p className="cp-dept">{posting.team} · {posting.where}</p>
          <h1>{posting.title}</h1>
          <p className="cp-intro">{posting.intro}</p>
          <form id="cp-application" noValidate onSubmit={(e) => { e.preventDefault(); if (form.consent && form.email) setSent(true); }}>
            <h2>Personal information</h2>
            <div className="cp-row">
              <Field id="cp-firstName" label="First name" required>{input('firstName', { autoComplete: 'off' })}</Field>
              <Field id="cp-lastName" label="Last name" required>{input('lastName')}</Field>
            </div>
            <Field id="cp-preferredName" label="Preferred first name" hint="If different from your legal first name">{input('preferredName')}</Field>
            <div className="cp-row">
              <Field id="cp-email" label="Email" required>{input('email', { type: 'email' })}</Field>
              <Field id="cp-phone" label="Phone" required>{input('phone', { type: 'tel', placeholder: '(555) 555-5555' })}</Field>
            </div>
            <Field id="cp-location" label="Which office or remote region are you closest to?" required>{rs('location', LOCATIONS, { placeholder: 'Select a location…', isClearable: true })}</Field>
            <Field id="cp-country" label="Country of residence" required>{rs('country', COUNTRIES, { placeholder: 'Select…' })}</Field>
            <div className="cp-row">
              <Field id="cp-linkedin" label="LinkedIn">{input('linkedin', { type: 'url' })}</Field>
              <Field id="cp-website" label="Personal website">{input('website', { type: 'url' })}</Field>
            </div>
            <h2>Experience &amp; education</h2>
            <Field id="cp-company" label="Current company" hint="Not listed? Type the name and press Enter.">
              {rs('company', COMPANIES, { placeholder: 'Select or type…', isClearable: true, formatCreateLabel: (v) => `Add "${v}"` }, CreatableSelect)}
            </Field>
            <Field id="cp-title" label="Current title">{input('title')}</Field>
            <Field id="cp-years" label={posting.yearsLabel} required>{rs('years', opts(posting.years), { isSearchable: false, placeholder: 'Select…' })}</Field>
            <Field id="cp-skills" label="Skills" hint="Pick from the list or add your own">{rs('skills', opts(posting.skills), { isMulti: true, placeholder: 'Add skills…' }, CreatableSelect)}</Field>
            <Field id="cp-school" label="School">{rs('school', SCHOOLS, { placeholder: 'Select or type…', isClearable: true }, CreatableSelect)}</Field>
            <Field id="cp-degree" label="Degree">{rs('degree', DEGREES, { placeholder: 'Select…' })}</Field>
            <h2>Logistics</h2>
            <Field id="cp-authorization" label="Which best describes your authorization to work in the United States?" required>
              {rs('authorization', opts(['I am authorized to work in the US for any employer', 'I am authorized to work in the US for my present employer only', 'I am not authorized to work in the US']), { isSearchable: false, placeholder: 'Select…' })}
            </Field>
            <Field id="cp-sponsorship" label="Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?" required>
              {rs('sponsorship', opts(['Yes, I will require sponsorship', 'No, I will not require sponsorship']), { isSearchable: false, placeholder: 'Select…' })}
            </Field>
            <div className="cp-row">
              <Field id="cp-startDate" label="Earliest start date" hint="MM/DD/YYYY">{input('startDate', { placeholder: 'MM/DD/YYYY' })}</Field>
              <Field id="cp-salary" label="Salary expectations (USD, annual base)">{input('salary', { inputMode: 'numeric' })}</Field>
            </div>
            {posting.questions.map((q) => (
              <Field key={q.key} id={`cp-${q.key}`} label={q.label} required={q.required}>
                {q.type === 'text'
                  ? <textarea id={`cp-${q.key}`} name={q.key} className="cp-input" rows={3} value={form[q.key] ?? ''} onChange={(e) => set(q.key)(e.target.value)} />
                  : rs(q.key, opts(q.options), { isMulti: !!q.multi, isSearchable: false, placeholder: 'Select…' })}
              </Field>
            ))}
            <h2>Documents</h2>
            <Field id="cp-resume" label="Resume" required>
              <input type="file" id="cp-resume" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
            </Field>
            <Field id="cp-coverLetter" label="Cover letter">
              <textarea id="cp-coverLetter" name="coverLetter" className="cp-input" rows={5} placeholder="Paste your cover letter" value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
            </Field>
            <Field id="cp-heard" label="How did you hear about this job?">{rs('heard', HEARD, { placeholder: 'Select…', isClearable: true })}</Field>
            <h2>Voluntary self-identification</h2>
            <p className="cp-hint">Copperfield Pay is an equal opportunity employer. Answers are optional and kept separate from your application.</p>
            <Field id="cp-gender" label="Gender">{rs('gender', GENDER, { placeholder: 'Select…', isSearchable: false })}</Field>
            <Field id="cp-race" label="Race / ethnicity">{rs('race', RACE, { placeholder: 'Select…', isSearchable: false })}</Field>
            <label className="cp-check"><input type="checkbox" id="cp-consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} /> I have read and agree to the Candidate Privacy Notice.</label>
            <button type="submit" id="cp-submit" className="cp-submit">Submit application</button>
            {sent && <p id="cp-sent" className="cp-sent">Application submitted. We'll be in touch.</p>}
          </form>
        </main>
        <footer className="cp-footer">
          <form onSubmit={(e) => e.preventDefault()}>
            <label htmlFor="cp-news">Get Copperfield engineering news</label>
            <input id="cp-news" name="newsletter_email" type="email" placeholder="you@example.com" value={news} onChange={(e) => setNews(e.target.value)} />
            <button type="submit">Subscribe</button>
          </form>
        </footer>
        <pre id="model">{JSON.stringify({ ...model, signIn, news })}</pre>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
