/**
 * Ashby's 2025 hosted application (jobs.ashbyhq.com/<org>/<id>/application): an "Autofill from
 * resume" pane above the form, system fields (`_systemfield_name`, `_systemfield_email`,
 * `_systemfield_location` as a place typeahead, `_systemfield_resume`), custom questions under UUID
 * names (phone, LinkedIn, GitHub, Yes/No toggle buttons, a single-select rendered as radios, a
 * multi-select rendered as checkboxes, a date, a salary text, a cover-letter file) and the U.S.
 * EEO survey. Ids come from React `useId`. State in <pre id="model">.
 */
import { useId, useState } from 'react';
import { createRoot } from 'react-dom/client';

const PLACES = [
  'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco de Macorís, Duarte, Dominican Republic',
  'San Fernando, California, United States', 'Santa Fe, New Mexico, United States', 'Hartford, Connecticut, United States', 'West Hartford, Connecticut, United States',
  'New York, New York, United States', 'Boston, Massachusetts, United States', 'Toronto, Ontario, Canada', 'London, England, United Kingdom',
];


function Entry({ label, required, htmlFor, description, children, field }) {
  return (
    <div className="ashby-application-form-field-entry" data-field={field}>
      <label className={`ashby-application-form-question-title${required ? ' _required' : ''}`} htmlFor={htmlFor}>{label}</label>
      {description ? <p className="ashby-application-form-question-description">{description}</p> : null}
      {children}
    </div>
  );
}

function Text({ name, label, required, type = 'text', value, onChange, placeholder, description }) {
  const id = useId();
  return (
    <Entry label={label} required={required} htmlFor={id} description={description} field={name}>
      <input id={id} name={name} type={type} className="_input" placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />
    </Entry>
  );
}

function LongText({ name, label, required, value, onChange, description }) {
  const id = useId();
  return (
    <Entry label={label} required={required} htmlFor={id} description={description} field={name}>
      <textarea id={id} name={name} className="_input" rows={4} value={value} onChange={(e) => onChange(e.target.value)} />
    </Entry>
  );
}

function YesNo({ name, label, required, value, onChange }) {
  const id = useId();
  return (
    <div className="ashby-application-form-field-entry" data-field={name}>
      <label className={`ashby-application-form-question-title${required ? ' _required' : ''}`} id={id}>{label}</label>
      <div className="_yesno" role="group" aria-labelledby={id}>
        <button type="button" className={value === true ? '_option _active' : '_option'} aria-pressed={value === true} onClick={() => onChange(true)}>Yes</button>
        <button type="button" className={value === false ? '_option _active' : '_option'} aria-pressed={value === false} onClick={() => onChange(false)}>No</button>
      </div>
    </div>
  );
}

function Radios({ name, label, required, options, value, onChange }) {
  return (
    <fieldset className="ashby-application-form-field-entry" data-field={name}>
      <legend className={`ashby-application-form-question-title${required ? ' _required' : ''}`}>{label}</legend>
      {options.map((o) => {
        const id = `${name}-${o}`;
        return <div key={o} className="_option-row"><input type="radio" id={id} name={name} value={o} checked={value === o} onChange={() => onChange(o)} /><label htmlFor={id}>{o}</label></div>;
      })}
    </fieldset>
  );
}

function Checks({ name, label, options, value, onChange }) {
  return (
    <fieldset className="ashby-application-form-field-entry" data-field={name}>
      <legend className="ashby-application-form-question-title">{label}</legend>
      {options.map((o) => {
        const id = `${name}-${o}`;
        return <div key={o} className="_option-row"><input type="checkbox" id={id} name={name} value={o} checked={value.includes(o)} onChange={() => onChange(value.includes(o) ? value.filter((x) => x !== o) : [...value, o])} /><label htmlFor={id}>{o}</label></div>;
      })}
    </fieldset>
  );
}

function FileEntry({ name, label, required, value, onChange, description }) {
  const id = useId();
  return (
    <Entry label={label} required={required} htmlFor={id} description={description} field={name}>
      <div className="_fileUpload">
        <label htmlFor={id} className="_uploadButton">Upload File</label>
        <input id={id} name={name} type="file" className="_fileInput" onChange={(e) => onChange(e.target.files[0]?.name ?? '')} />
        <span>{value || 'or drag and drop here'}</span>
      </div>
    </Entry>
  );
}

function Location({ value, onChange, required }) {
  const id = useId();
  const [query, setQuery] = useState(value);
  const [open, setOpen] = useState(false);
  const matches = query.trim().length >= 2 ? PLACES.filter((p) => p.toLowerCase().includes(query.trim().toLowerCase().split(',')[0])).slice(0, 6) : [];
  return (
    <Entry label="Location" required={required} htmlFor={id} field="_systemfield_location">
      <div className="_combobox">
        <input id={id} name="_systemfield_location" role="combobox" aria-expanded={open && matches.length > 0} aria-controls={`${id}-list`} aria-autocomplete="list" autoComplete="off"
          className="_input" placeholder="Start typing..." value={query}
          onChange={(e) => { setQuery(e.target.value); setOpen(true); if (value) onChange(''); }}
          onFocus={() => setOpen(true)} onBlur={() => setTimeout(() => setOpen(false), 150)} />
        {open && matches.length ? (
          <ul id={`${id}-list`} role="listbox">
            {matches.map((m) => <li key={m} role="option" aria-selected={m === value} onMouseDown={(e) => { e.preventDefault(); onChange(m); setQuery(m); setOpen(false); }}>{m}</li>)}
          </ul>
        ) : null}
      </div>
    </Entry>
  );
}

/**
 * `posting`: { company, questions: [{ id, kind: 'text'|'textarea'|'tel'|'date'|'yesno'|'radios'|'checks'|'file', label, required?, options?, description?, placeholder?, after? }] }.
 * System fields come first (name, email, then the questions marked `after: 'email'`, location, resume), then the rest in order, then the EEO survey.
 */
export function renderApplication(posting) {
  const initial = (q) => (q.kind === 'yesno' ? null : q.kind === 'checks' ? [] : '');
  function Question({ q, f, set }) {
    const v = f[q.id];
    if (q.kind === 'yesno') return <YesNo name={q.id} label={q.label} required={q.required} value={v} onChange={set(q.id)} />;
    if (q.kind === 'radios') return <Radios name={q.id} label={q.label} required={q.required} options={q.options} value={v} onChange={set(q.id)} />;
    if (q.kind === 'checks') return <Checks name={q.id} label={q.label} options={q.options} value={v} onChange={set(q.id)} />;
    if (q.kind === 'file') return <FileEntry name={q.id} label={q.label} required={q.required} value={v} onChange={set(q.id)} description={q.description} />;
    if (q.kind === 'textarea') return <LongText name={q.id} label={q.label} required={q.required} value={v} onChange={set(q.id)} description={q.description} />;
    return <Text name={q.id} label={q.label} required={q.required} type={q.kind === 'text' ? 'text' : q.kind} value={v} onChange={set(q.id)} placeholder={q.placeholder} description={q.description} />;
  }
  function App() {
    const [autofill, setAutofill] = useState({ file: '', status: '' });
    const [f, setF] = useState({
      _systemfield_name: '', _systemfield_email: '', _systemfield_location: '', _systemfield_resume: '',
      ...Object.fromEntries(posting.questions.map((q) => [q.id, initial(q)])),
      eeo: { gender: '', race: '', veteran: '' },
    });
    const [invalid, setInvalid] = useState('');
    const [done, setDone] = useState(false);
    const set = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
    const setEeo = (k) => (v) => setF((s) => ({ ...s, eeo: { ...s.eeo, [k]: v } }));

    function onAutofill(e) {
      const name = e.target.files[0]?.name ?? '';
      if (!name) return;
      setAutofill({ file: name, status: 'Parsing your resume…' });
      setTimeout(() => { setAutofill({ file: name, status: 'We filled in what we could. Please review every field.' }); setF((s) => ({ ...s, _systemfield_resume: s._systemfield_resume || name })); }, 500);
    }
    function submit(e) {
      e.preventDefault();
      const missing = posting.questions.some((q) => q.required && (f[q.id] === null || f[q.id] === '' || (Array.isArray(f[q.id]) && !f[q.id].length)));
      if (!f._systemfield_name || !/@/.test(f._systemfield_email) || !f._systemfield_resume || !f._systemfield_location || missing) return setInvalid('Please fill out all required fields.');
      setDone(true);
    }
    if (done) return <div className="ashby-application-form-success-container" id="ashby-success"><h2>Application submitted</h2><p>Thanks for applying to {posting.company}!</p><pre id="model">{JSON.stringify(f, null, 2)}</pre></div>;

    const early = posting.questions.filter((q) => q.after === 'email');
    const rest = posting.questions.filter((q) => q.after !== 'email');
    return (
      <div>
        <div className="_autofillPane">
          <h3>Autofill from resume</h3>
          <p>Upload your resume here to autofill key application fields.</p>
          <label className="_uploadButton" htmlFor="_autofill_input">Upload file</label>
          <input id="_autofill_input" type="file" className="_fileInput" accept=".pdf,.doc,.docx" aria-label="Autofill from resume" onChange={onAutofill} />
          {autofill.status ? <span style={{ marginLeft: 10, fontSize: 14 }}>{autofill.status}</span> : null}
        </div>
        <form className="ashby-application-form-container" noValidate onSubmit={submit}>
          <Text name="_systemfield_name" label="Name" required value={f._systemfield_name} onChange={set('_systemfield_name')} />
          <Text name="_systemfield_email" label="Email" required type="email" value={f._systemfield_email} onChange={set('_systemfield_email')} />
          {early.map((q) => <Question key={q.id} q={q} f={f} set={set} />)}
          <Location required value={f._systemfield_location} onChange={set('_systemfield_location')} />
          <FileEntry name="_systemfield_resume" label="Resume" required value={f._systemfield_resume} onChange={set('_systemfield_resume')} />
          {rest.map((q) => <Question key={q.id} q={q} f={f} set={set} />)}
          <div className="ashby-eeoc">
            <h3>U.S. Equal Employment Opportunity Information</h3>
            <p className="ashby-application-form-question-description">Completion is voluntary and will not subject you to adverse treatment. Your responses are kept separate from your application.</p>
            <Radios name="eeo_gender" label="Gender" options={['Male', 'Female', 'Decline to self-identify']} value={f.eeo.gender} onChange={setEeo('gender')} />
            <Radios name="eeo_race" label="Race" options={['Hispanic or Latino', 'White (Not Hispanic or Latino)', 'Black or African American (Not Hispanic or Latino)', 'Asian (Not Hispanic or Latino)', 'Two or More Races (Not Hispanic or Latino)', 'Decline to self-identify']} value={f.eeo.race} onChange={setEeo('race')} />
            <Radios name="eeo_veteran" label="Veteran Status" options={['I am a veteran', 'I am not a veteran', 'Decline to self-identify']} value={f.eeo.veteran} onChange={setEeo('veteran')} />
          </div>
          {invalid ? <p className="_error" role="alert">{invalid}</p> : null}
          <button type="submit" className="_submit" id="ashby-submit">Submit Application</button>
        </form>
        <pre id="model">{JSON.stringify(f, null, 2)}</pre>
      </div>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
