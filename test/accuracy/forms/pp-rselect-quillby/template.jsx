/*
 * Quillby (a Series B logistics-software start-up) careers site: a self-built React 19 apply page
 * using react-select for every dropdown, shared by its postings. Country of residence offered as
 * ISO codes, a state/province list that mixes US states, Canadian provinces and Mexican states,
 * pronouns as sets, a phone box with a "(555) 555-5555" example, the posting's own screening
 * questions (react-select, native radios, a textarea), EEO dropdowns, a header job search and a
 * "keep me posted" opt-in. Form state goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';

const COUNTRIES = ['AU', 'BR', 'CA', 'DE', 'FR', 'GB', 'IE', 'IN', 'MX', 'NL', 'UM', 'US', 'VI'].map((code) => ({ value: code, label: code }));
const REGIONS = [
  'Alabama', 'Alaska', 'Alberta', 'Arizona', 'Baja California', 'Baja California Sur', 'British Columbia', 'California', 'Colorado',
  'Connecticut', 'Florida', 'Georgia', 'Illinois', 'Jalisco', 'Massachusetts', 'Michigan', 'Nevada', 'New Mexico', 'New York',
  'Nuevo León', 'Ontario', 'Oregon', 'Quebec', 'Texas', 'Utah', 'Washington',
].map((name) => ({ value: name, label: name }));
const PRONOUNS = ['She / Her', 'He / Him', 'They / Them', 'She / They', 'He / They', 'Ze / Zir', 'Prefer not to say'].map((label) => ({ value: label.toLowerCase().replaceAll(' ', ''), label }));
const GENDER = ['Woman', 'Man', 'Non-binary', 'I prefer to self-describe', 'I prefer not to answer'].map((label) => ({ value: label, label }));
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer'].map((label) => ({ value: label, label }));

function options(list) {
  return list.map((item) => (Array.isArray(item) ? { value: item[0], label: item[1] } : { value: item, label: item }));
}

function Dropdown({ id, label, required, opts, value, onChange, hint }) {
  return (
    <div className="qb-field" id={`${id}-field`}>
      <label className="qb-label" htmlFor={id} id={`${id}-label`}>{label}{required && <span className="qb-req"> *</span>}</label>
      <Select
        inputId={id}
        classNamePrefix="qb-select"
        options={opts}
        value={opts.find((o) => o.value === value) ?? null}
        onChange={(option) => onChange(option ? option.value : null)}
        placeholder="Select…"
        isClearable
      />
      {hint && <div className="qb-hint">{hint}</div>}
    </div>
  );
}

function Text({ id, label, value, onChange, type = 'text', placeholder, hint, required }) {
  return (
    <div className="qb-field">
      <label className="qb-label" htmlFor={id}>{label}{required && <span className="qb-req"> *</span>}</label>
      <input className="qb-input" id={id} name={id} type={type} placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />
      {hint && <div className="qb-hint">{hint}</div>}
    </div>
  );
}

function App({ posting }) {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', region: null, country: null, linkedin: '', github: '',
    pronouns: null, resume: null, answers: {}, eeo: { gender: null, veteran: null }, keepPosted: false,
  });
  const [search, setSearch] = useState('');
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState([]);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const setAnswer = (key) => (value) => setForm((f) => ({ ...f, answers: { ...f.answers, [key]: value } }));
  const setEeo = (key) => (value) => setForm((f) => ({ ...f, eeo: { ...f.eeo, [key]: value } }));

  const submit = (event) => {
    event.preventDefault();
    const missing = ['firstName', 'lastName', 'email'].filter((k) => !form[k].trim());
    if (!form.resume) missing.push('resume');
    for (const q of posting.questions) if (q.required && !form.answers[q.key]) missing.push(q.key);
    setErrors(missing);
    if (!missing.length) setDone(true);
  };

  const model = { ...form, search };
  return (
    <>
      <header className="qb-header">
        <strong>quillby</strong> <span className="qb-muted">careers</span>
        <input className="qb-search" type="search" id="job-search" aria-label="Search jobs" placeholder="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)} />
      </header>
      <main className="qb-main">
        <h1>{posting.title}</h1>
        <p className="qb-muted">{posting.meta}</p>
        <p>{posting.blurb}</p>
        {done ? (
          <p id="qb-done">Application sent. We read every one and reply within a week.</p>
        ) : (
          <form id="apply" onSubmit={submit} noValidate>
            <h2>About you</h2>
            <div className="qb-row">
              <Text id="first_name" label="First name" required value={form.firstName} onChange={set('firstName')} />
              <Text id="last_name" label="Last name" required value={form.lastName} onChange={set('lastName')} />
            </div>
            <Text id="email" label="Email" type="email" required value={form.email} onChange={set('email')} />
            <Text id="phone" label="Phone" type="tel" placeholder="(555) 555-5555" value={form.phone} onChange={set('phone')} />
            <div className="qb-row">
              <Text id="city" label="City" value={form.city} onChange={set('city')} />
              <Dropdown id="region" label="State / Province" opts={REGIONS} value={form.region} onChange={set('region')} />
            </div>
            <Dropdown id="country" label="Country of residence" hint="Two-letter ISO code" opts={COUNTRIES} value={form.country} onChange={set('country')} />
            <Dropdown id="pronouns" label="Pronouns" hint="Optional. We'll use these in interview scheduling." opts={PRONOUNS} value={form.pronouns} onChange={set('pronouns')} />
            <div className="qb-field">
              <label className="qb-label" htmlFor="resume">Resume / CV<span className="qb-req"> *</span></label>
              <input id="resume" name="resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
            </div>
            <div className="qb-row">
              <Text id="linkedin" label="LinkedIn" placeholder="https://linkedin.com/in/…" value={form.linkedin} onChange={set('linkedin')} />
              <Text id="github" label="GitHub" placeholder="https://github.com/…" value={form.github} onChange={set('github')} />
            </div>
            <h2>A few questions</h2>
            {posting.questions.map((q) => {
              if (q.type === 'select') return <Dropdown key={q.key} id={q.key} label={q.label} required={q.required} hint={q.hint} opts={options(q.options)} value={form.answers[q.key] ?? null} onChange={setAnswer(q.key)} />;
              if (q.type === 'radio') {
                return (
                  <fieldset key={q.key} className="qb-field qb-radios" id={`${q.key}-field`}>
                    <legend className="qb-label">{q.label}{q.required && <span className="qb-req"> *</span>}</legend>
                    {options(q.options).map((o) => (
                      <label key={o.value} className="qb-radio">
                        <input type="radio" name={q.key} value={o.value} checked={form.answers[q.key] === o.value} onChange={() => setAnswer(q.key)(o.value)} /> {o.label}
                      </label>
                    ))}
                  </fieldset>
                );
              }
              return (
                <div key={q.key} className="qb-field">
                  <label className="qb-label" htmlFor={q.key}>{q.label}</label>
                  <textarea className="qb-input" id={q.key} name={q.key} rows={4} value={form.answers[q.key] ?? ''} onChange={(e) => setAnswer(q.key)(e.target.value)} />
                </div>
              );
            })}
            <h2>Voluntary self-identification</h2>
            <p className="qb-muted">Quillby is an equal opportunity employer. These answers are optional and are kept apart from your application.</p>
            <Dropdown id="eeo_gender" label="Gender identity" opts={GENDER} value={form.eeo.gender} onChange={setEeo('gender')} />
            <Dropdown id="eeo_veteran" label="Veteran status" opts={VETERAN} value={form.eeo.veteran} onChange={setEeo('veteran')} />
            <label className="qb-check">
              <input type="checkbox" id="keep_posted" checked={form.keepPosted} onChange={(e) => set('keepPosted')(e.target.checked)} /> Keep me posted about future Quillby roles
            </label>
            {errors.length > 0 && <p className="qb-error" role="alert">Please complete: {errors.join(', ')}</p>}
            <button type="submit" id="submit-application" className="qb-button">Submit application</button>
          </form>
        )}
        <pre id="model">{JSON.stringify(model, null, 1)}</pre>
      </main>
    </>
  );
}

export function renderApplication(posting) {
  document.title = `${posting.title} · Quillby Careers`;
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
