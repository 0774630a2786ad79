/**
 * Workable hosted apply page (apply.workable.com/<account>/j/<shortcode>/apply): a React app with
 * "Apply with LinkedIn" / "Apply with Indeed" buttons above the form, sections (Personal
 * information, Profile, Details, Voluntary self-identification), inputs marked with data-ui,
 * a phone field with its own country picker (button + searchable listbox, preset to the job's
 * country), custom questions named QA_<id>: yes/no radios, styled dropdowns (button role=combobox
 * + listbox over a hidden input), checkbox lists, short and long text, a date box. The form state
 * is rendered into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const COUNTRIES = [
  ['CA', '🇨🇦', 'Canada', '+1'], ['US', '🇺🇸', 'United States', '+1'], ['MX', '🇲🇽', 'Mexico', '+52'], ['GB', '🇬🇧', 'United Kingdom', '+44'],
  ['IE', '🇮🇪', 'Ireland', '+353'], ['DE', '🇩🇪', 'Germany', '+49'], ['FR', '🇫🇷', 'France', '+33'], ['IN', '🇮🇳', 'India', '+91'],
  ['AU', '🇦🇺', 'Australia', '+61'], ['PH', '🇵🇭', 'Philippines', '+63'], ['AS', '🇦🇸', 'American Samoa', '+1'], ['PR', '🇵🇷', 'Puerto Rico', '+1'],
];

function Label({ htmlFor, id, text, optional }) {
  return (
    <label htmlFor={htmlFor} id={id} className="styles--3aPac">
      {text}
      {optional ? <span className="styles--optional"> (Optional)</span> : <span className="styles--required" aria-hidden="true">*</span>}
    </label>
  );
}

function Text({ name, label, optional, value, onChange, type = 'text', multiline, placeholder }) {
  const id = `input_${name}`;
  return (
    <div className="styles--field" data-ui={`${name}-field`}>
      <Label htmlFor={id} text={label} optional={optional} />
      {multiline ? (
        <textarea id={id} name={name} data-ui={name} rows={5} placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} name={name} data-ui={name} type={type} placeholder={placeholder} aria-required={optional ? 'false' : 'true'} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

function Dropdown({ name, label, optional, options, value, onChange }) {
  const [open, setOpen] = useState(false);
  const ref = useRef(null);
  useEffect(() => {
    const close = (e) => { if (ref.current && !ref.current.contains(e.target)) setOpen(false); };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);
  return (
    <div className="styles--field" data-ui={`${name}-field`} ref={ref}>
      <Label id={`${name}_label`} text={label} optional={optional} />
      <input type="hidden" name={name} value={value ?? ''} />
      <button type="button" role="combobox" id={`${name}_combobox`} data-ui={name} aria-haspopup="listbox" aria-expanded={open} aria-labelledby={`${name}_label`} aria-controls={`${name}_listbox`} className="styles--dropdown" onClick={() => setOpen(!open)}>
        <span className="styles--dropdown-value">{value ?? 'Select...'}</span>
      </button>
      {open ? (
        <ul role="listbox" id={`${name}_listbox`} className="styles--listbox">
          {options.map((option) => (
            <li key={option} role="option" aria-selected={value === option} onClick={() => { onChange(option); setOpen(false); }}>{option}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function YesNo({ name, label, optional, value, onChange }) {
  return (
    <fieldset className="styles--field" data-ui={`${name}-field`} role="radiogroup" aria-labelledby={`${name}_label`}>
      <span id={`${name}_label`} className="styles--3aPac">{label}{optional ? <span className="styles--optional"> (Optional)</span> : <span className="styles--required" aria-hidden="true">*</span>}</span>
      <div className="styles--yesno">
        {[['true', 'Yes'], ['false', 'No']].map(([v, text]) => (
          <label key={v} className={`styles--pill${value === text ? ' styles--active' : ''}`}>
            <input type="radio" name={name} value={v} checked={value === text} onChange={() => onChange(text)} />
            <span>{text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Checks({ name, label, options, value, onChange }) {
  return (
    <fieldset className="styles--field" data-ui={`${name}-field`} aria-labelledby={`${name}_label`}>
      <span id={`${name}_label`} className="styles--3aPac">{label}<span className="styles--optional"> (Optional)</span></span>
      {options.map((option, i) => (
        <label key={option} className="styles--check">
          <input type="checkbox" name={name} id={`${name}_${i}`} value={option} checked={value.includes(option)} onChange={(e) => onChange(e.target.checked ? [...value, option] : value.filter((x) => x !== option))} />
          {option}
        </label>
      ))}
    </fieldset>
  );
}

function Phone({ country, setCountry, value, onChange }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const current = COUNTRIES.find((c) => c[0] === country);
  const shown = COUNTRIES.filter((c) => `${c[2]} ${c[3]}`.toLowerCase().includes(search.toLowerCase()));
  return (
    <div className="styles--field" data-ui="phone-field">
      <Label htmlFor="input_phone" text="Phone" />
      <div className="styles--phone">
        <button type="button" data-ui="phone-country" aria-label="Select country" aria-haspopup="listbox" aria-expanded={open} className="styles--flag" onClick={() => { setOpen(!open); setSearch(''); }}>
          <span className="styles--flag-value">{current[1]} <span className="styles--visually-hidden">{current[2]}</span> {current[3]}</span>
        </button>
        <input id="input_phone" name="phone" data-ui="phone" type="tel" value={value} onChange={(e) => onChange(e.target.value)} />
      </div>
      {open ? (
        <div className="styles--country-menu">
          <input type="text" aria-label="Search country" className="styles--country-search" value={search} onChange={(e) => setSearch(e.target.value)} autoFocus />
          <ul role="listbox" aria-label="Countries">
            {shown.map((c) => (
              <li key={c[0]} role="option" aria-selected={c[0] === country} onClick={() => { setCountry(c[0]); setOpen(false); }}>{c[1]} {c[2]} {c[3]}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

const EEO = [
  ['eeo_gender', 'Gender', ['Female', 'Male', 'Decline to self-identify']],
  ['eeo_race', 'Race / Ethnicity', ['Hispanic or Latino', 'White', 'Black or African American', 'Asian', 'Native Hawaiian or Other Pacific Islander', 'American Indian or Alaska Native', 'Two or more races', 'Decline to self-identify']],
  ['eeo_veteran', 'Veteran status', ['I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify']],
  ['eeo_disability', 'Disability status', ['Yes, I have a disability', 'No, I do not have a disability', 'I do not wish to answer']],
];

/** `job`: { account, title, location, phoneCountry, eeo, questions: [{ id, label, kind: 'yesno'|'dropdown'|'checks'|'text'|'long'|'date', options?, optional? }] }. */
export function renderApply(job) {
  const init = { firstname: '', lastname: '', email: '', headline: '', phone_country: job.phoneCountry, phone: '', address: '', photo: null, summary: '', resume: null, cover_letter: '', gdpr: false };
  for (const q of job.questions) init[`QA_${q.id}`] = q.kind === 'checks' ? [] : q.kind === 'yesno' || q.kind === 'dropdown' ? null : '';
  if (job.eeo) for (const [key] of EEO) init[key] = null;
  function App() {
    const [form, setForm] = useState(init);
    const [done, setDone] = useState(false);
    const [errors, setErrors] = useState([]);
    const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
    const submit = (e) => {
      e.preventDefault();
      const missing = ['firstname', 'lastname', 'email', 'phone', 'resume'].filter((k) => !form[k]);
      for (const q of job.questions) if (!q.optional && (form[`QA_${q.id}`] === null || form[`QA_${q.id}`] === '')) missing.push(`QA_${q.id}`);
      if (!form.gdpr) missing.push('gdpr');
      setErrors(missing);
      if (!missing.length) setDone(true);
    };
    const question = (q) => {
      const name = `QA_${q.id}`;
      const props = { key: name, name, label: q.label, optional: q.optional, value: form[name], onChange: set(name) };
      if (q.kind === 'yesno') return <YesNo {...props} />;
      if (q.kind === 'dropdown') return <Dropdown {...props} options={q.options} />;
      if (q.kind === 'checks') return <Checks {...props} options={q.options} />;
      if (q.kind === 'date') return <Text {...props} placeholder="MM/DD/YYYY" />;
      return <Text {...props} multiline={q.kind === 'long'} />;
    };
    if (done) return <div data-ui="application-success" id="application-success"><h2>Application submitted</h2><p>Thank you for applying to {job.account}.</p><pre id="model">{JSON.stringify(form, null, 2)}</pre></div>;
    return (
      <form data-ui="application-form" onSubmit={submit} noValidate>
        <div className="styles--autofill" data-ui="autofill">
          <p>Autofill application</p>
          <button type="button" data-ui="apply-with-linkedin" className="styles--social">Apply with LinkedIn</button>
          <button type="button" data-ui="apply-with-indeed" className="styles--social">Apply with Indeed</button>
        </div>
        <section data-ui="personal-information"><h2>Personal information</h2>
          <Text name="firstname" label="First name" value={form.firstname} onChange={set('firstname')} />
          <Text name="lastname" label="Last name" value={form.lastname} onChange={set('lastname')} />
          <Text name="email" label="Email" type="email" value={form.email} onChange={set('email')} />
          <Text name="headline" label="Headline" optional value={form.headline} onChange={set('headline')} />
          <Phone country={form.phone_country} setCountry={set('phone_country')} value={form.phone} onChange={set('phone')} />
          <Text name="address" label="Address" optional value={form.address} onChange={set('address')} />
          <div className="styles--field" data-ui="avatar-field">
            <Label htmlFor="input_avatar" text="Photo" optional />
            <input id="input_avatar" name="avatar" data-ui="avatar" type="file" accept="image/*" onChange={(e) => set('photo')(e.target.files[0]?.name ?? null)} />
          </div>
        </section>
        <section data-ui="profile"><h2>Profile</h2>
          <div className="styles--field"><span className="styles--3aPac">Education<span className="styles--optional"> (Optional)</span></span> <button type="button" data-ui="add-education" className="styles--add">+ Add</button></div>
          <div className="styles--field"><span className="styles--3aPac">Experience<span className="styles--optional"> (Optional)</span></span> <button type="button" data-ui="add-experience" className="styles--add">+ Add</button></div>
          <Text name="summary" label="Summary" optional multiline value={form.summary} onChange={set('summary')} />
          <div className="styles--field" data-ui="resume-field">
            <Label htmlFor="input_resume" text="Resume" />
            <div className="styles--upload"><label htmlFor="input_resume" className="styles--upload-button">Upload a file</label> or drag and drop here
              <input id="input_resume" name="resume" data-ui="resume" type="file" className="styles--hidden-input" accept=".pdf,.doc,.docx,.odt,.rtf" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
              {form.resume ? <span className="styles--file">{form.resume}</span> : null}
            </div>
          </div>
          <Text name="cover_letter" label="Cover letter" optional multiline value={form.cover_letter} onChange={set('cover_letter')} />
        </section>
        <section data-ui="details"><h2>Details</h2>
          {job.questions.map(question)}
        </section>
        {job.eeo ? (
          <section data-ui="eeo"><h2>Voluntary self-identification</h2>
            <p>{job.account} is an equal opportunity employer. Answers are voluntary and will not affect your application.</p>
            {EEO.map(([key, label, options]) => <Dropdown key={key} name={key} label={label} optional options={options} value={form[key]} onChange={set(key)} />)}
          </section>
        ) : null}
        <div className="styles--field" data-ui="gdpr">
          <label className="styles--check"><input type="checkbox" name="gdpr" data-ui="gdpr-checkbox" checked={form.gdpr} onChange={(e) => set('gdpr')(e.target.checked)} /> I have read and agree to the {job.account} recruitment privacy notice.<span className="styles--required" aria-hidden="true">*</span></label>
        </div>
        {errors.length ? <p role="alert" className="styles--error">Please fill in all required fields</p> : null}
        <button type="submit" data-ui="apply-button" className="styles--submit">Submit application</button>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </form>
    );
  }
  document.title = `${job.title} - ${job.account}`;
  document.getElementById('job-title').textContent = job.title;
  document.getElementById('job-location').textContent = job.location;
  createRoot(document.getElementById('app')).render(<App />);
}
