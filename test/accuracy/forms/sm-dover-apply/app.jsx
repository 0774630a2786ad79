/**
 * A Dover-hosted application page (app.dover.com/apply/<company>/<job>), 2026, as a React app:
 * First / Last name, Email and a required LinkedIn URL, an optional phone without an example, free-text pronouns, a
 * location combobox whose places arrive 300 ms after typing (South San Francisco and San
 * Francisco de Macorís come back too), a resume drop zone over a hidden input, and the company's
 * questions: Yes/No as two pressed buttons (no inputs), free-text compensation, a `type=date`
 * start, a GitHub link, a years-with-Kafka number and an open question; validation on submit.
 * React state is rendered into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const PLACES = [
  'San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco de Macorís, Dominican Republic', 'San Fernando, CA, USA',
  'San Diego, CA, USA', 'San Jose, CA, USA', 'Santa Fe, NM, USA', 'New York, NY, USA', 'Newark, NJ, USA', 'Oakland, CA, USA',
  'Austin, TX, USA', 'Seattle, WA, USA', 'Portland, OR, USA', 'Toronto, ON, Canada', 'London, UK',
];

function lookUp(text) {
  return new Promise((resolve) => {
    setTimeout(() => {
      const needle = text.trim().toLowerCase().split(',')[0];
      resolve(needle.length < 2 ? [] : PLACES.filter((place) => place.toLowerCase().includes(needle)).slice(0, 6));
    }, 300);
  });
}

function LocationField({ value, onChange, error }) {
  const [text, setText] = useState('');
  const [items, setItems] = useState([]);
  const [open, setOpen] = useState(false);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (!text || text === value) { setItems([]); return; }
    lookUp(text).then((found) => { if (ticket === latest.current) { setItems(found); setOpen(true); } });
  }, [text, value]);
  return (
    <div className="dv-field">
      <label className="dv-label" htmlFor="dv-location">Where are you located?<span className="dv-star">*</span></label>
      <input id="dv-location" className="dv-input" role="combobox" aria-autocomplete="list" aria-expanded={open && items.length > 0} aria-controls="dv-location-list" autoComplete="off"
        placeholder="Start typing a city" value={text}
        onChange={(event) => { setText(event.target.value); onChange(null); }}
        onBlur={() => setTimeout(() => setOpen(false), 150)} onFocus={() => items.length && setOpen(true)} />
      {open && items.length > 0 && (
        <ul className="dv-suggest" role="listbox" id="dv-location-list">
          {items.map((place) => (
            <li key={place} role="option" aria-selected={value === place} onMouseDown={(event) => event.preventDefault()}
              onClick={() => { onChange(place); setText(place); setOpen(false); setItems([]); }}>{place}</li>
          ))}
        </ul>
      )}
      {error && <div className="dv-err">Please pick a location from the list</div>}
    </div>
  );
}

function YesNo({ id, label, required, value, onChange, error }) {
  return (
    <div className="dv-field" data-question={id}>
      <span className="dv-label" id={`${id}-label`}>{label}{required && <span className="dv-star">*</span>}</span>
      <div className="dv-yesno" role="group" aria-labelledby={`${id}-label`}>
        <button type="button" aria-pressed={value === true} onClick={() => onChange(true)}>Yes</button>
        <button type="button" aria-pressed={value === false} onClick={() => onChange(false)}>No</button>
      </div>
      {error && <div className="dv-err">Required</div>}
    </div>
  );
}

const EMPTY = {
  first_name: '', last_name: '', email: '', linkedin_url: '', phone_number: '', pronouns: '', location: null, resume: null,
  answers: { q1: null, q2: null, q3: null, q4: '', q5: '', q6: '', q7: '', q8: '' },
};

function Apply() {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState({});
  const [done, setDone] = useState(false);
  const fileRef = useRef(null);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const answer = (key) => (value) => setForm((current) => ({ ...current, answers: { ...current.answers, [key]: value } }));
  const text = (key, label, { required, optional, type = 'text', placeholder } = {}) => (
    <div className="dv-field">
      <label className="dv-label" htmlFor={`dv-${key}`}>{label}{required && <span className="dv-star">*</span>}{optional && <span className="dv-opt"> (optional)</span>}</label>
      <input id={`dv-${key}`} name={key} className="dv-input" type={type} placeholder={placeholder} value={form[key]} onChange={(event) => set(key)(event.target.value)} />
      {errors[key] && <div className="dv-err">Required</div>}
    </div>
  );
  const submit = (event) => {
    event.preventDefault();
    const next = {};
    ['first_name', 'last_name', 'email', 'linkedin_url'].forEach((key) => { if (!form[key].trim()) next[key] = true; });
    if (!form.location) next.location = true;
    if (!form.resume) next.resume = true;
    ['q1', 'q2', 'q3'].forEach((key) => { if (form.answers[key] === null) next[key] = true; });
    if (!form.answers.q4.trim()) next.q4 = true;
    setErrors(next);
    if (Object.keys(next).length === 0) setDone(true);
  };
  if (done) return <div className="dv-shell" id="dv-done"><h2>Application received</h2><p>Siltstone AI will review your application and reach out by email.</p></div>;
  return (
    <div className="dv-shell">
      <div className="dv-company">Siltstone AI</div>
      <h1>Founding Data Engineer</h1>
      <p>New York, NY (in person, 4 days/week) · $170k – $210k · 0.3% – 0.6% equity</p>
      <form onSubmit={submit} noValidate id="dv-form">
        {text('first_name', 'First name', { required: true })}
        {text('last_name', 'Last name', { required: true })}
        {text('email', 'Email', { required: true, type: 'email' })}
        {text('linkedin_url', 'LinkedIn URL', { required: true, placeholder: 'https://linkedin.com/in/...' })}
        {text('phone_number', 'Phone number', { optional: true, type: 'tel' })}
        {text('pronouns', 'Pronouns', { optional: true, placeholder: 'e.g. they/them' })}
        <LocationField value={form.location} onChange={set('location')} error={errors.location} />
        <div className="dv-field">
          <span className="dv-label" id="dv-resume-label">Resume<span className="dv-star">*</span></span>
          <div className={`dv-drop${form.resume ? ' has-file' : ''}`} role="button" tabIndex={0} aria-labelledby="dv-resume-label" onClick={() => fileRef.current?.click()}>
            {form.resume ? `📄 ${form.resume} · Replace` : 'Drag & drop your resume or click to upload (PDF, DOCX)'}
          </div>
          <input ref={fileRef} type="file" id="dv-resume" name="resume" accept=".pdf,.docx,.doc" style={{ display: 'none' }}
            onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} />
          {errors.resume && <div className="dv-err">Please upload your resume</div>}
        </div>
        <h3>Questions from Siltstone AI</h3>
        <YesNo id="q1" label="Are you authorized to work in the US?" required value={form.answers.q1} onChange={answer('q1')} error={errors.q1} />
        <YesNo id="q2" label="Will you now or in the future require visa sponsorship?" required value={form.answers.q2} onChange={answer('q2')} error={errors.q2} />
        <YesNo id="q3" label="This role is in person in New York four days a week. Are you open to relocating?" required value={form.answers.q3} onChange={answer('q3')} error={errors.q3} />
        <div className="dv-field">
          <label className="dv-label" htmlFor="dv-q4">What are your compensation expectations?<span className="dv-star">*</span></label>
          <input id="dv-q4" className="dv-input" value={form.answers.q4} onChange={(event) => answer('q4')(event.target.value)} />
          {errors.q4 && <div className="dv-err">Required</div>}
        </div>
        <div className="dv-field">
          <label className="dv-label" htmlFor="dv-q5">When is the earliest you could start?<span className="dv-opt"> (optional)</span></label>
          <input id="dv-q5" className="dv-input" type="date" value={form.answers.q5} onChange={(event) => answer('q5')(event.target.value)} />
        </div>
        <div className="dv-field">
          <label className="dv-label" htmlFor="dv-q6">GitHub profile<span className="dv-opt"> (optional)</span></label>
          <input id="dv-q6" className="dv-input" value={form.answers.q6} onChange={(event) => answer('q6')(event.target.value)} />
        </div>
        <div className="dv-field">
          <label className="dv-label" htmlFor="dv-q7">How many years have you run Kafka in production?<span className="dv-opt"> (optional)</span></label>
          <input id="dv-q7" className="dv-input" type="number" min="0" value={form.answers.q7} onChange={(event) => answer('q7')(event.target.value)} />
        </div>
        <div className="dv-field">
          <label className="dv-label" htmlFor="dv-q8">What's the most interesting data problem you've solved?<span className="dv-opt"> (optional)</span></label>
          <textarea id="dv-q8" className="dv-input" value={form.answers.q8} onChange={(event) => answer('q8')(event.target.value)} />
        </div>
        <button type="submit" className="dv-submit" id="dv-submit">Submit application</button>
      </form>
      <div className="dv-powered">Powered by Dover</div>
      <pre id="model">{JSON.stringify(form)}</pre>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<Apply />);
