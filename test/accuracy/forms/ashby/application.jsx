/**
 * Ashby-like hosted application (jobs.ashbyhq.com): a React SPA. System fields are named
 * `_systemfield_<name>`, custom questions by UUID; every input id comes from useId (generated);
 * yes/no questions are pairs of toggle buttons, not inputs; the EEO survey uses radio groups.
 * Validation marks fields aria-invalid and blocks the submit. The whole form state is rendered
 * into <pre id="model">. A posting's app.jsx passes its title and custom questions.
 */
import { useId, useState } from 'react';
import { createRoot } from 'react-dom/client';

const EEO = [
  { key: 'gender', label: 'Gender', options: ['Male', 'Female', 'Non-binary', 'Decline to self-identify'] },
  { key: 'race', label: 'Race', options: ['Asian', 'Black or African American', 'Hispanic or Latinx', 'White', 'Two or more races', 'Decline to self-identify'] },
  { key: 'veteran', label: 'Veteran status', options: ['I am a veteran', 'I am not a veteran', 'Decline to self-identify'] },
];

function Entry({ label, required, children, invalid, htmlFor }) {
  return (
    <div className={`ashby-application-form-field-entry${invalid ? ' _invalid' : ''}`}>
      <label className="ashby-application-form-question-title" htmlFor={htmlFor}>
        {label}
        {required ? <span className="_required">*</span> : null}
      </label>
      {children}
    </div>
  );
}

function TextEntry({ name, label, required, type = 'text', multiline, placeholder, value, onChange, invalid }) {
  const id = useId();
  const props = { id, name, value, placeholder, 'aria-invalid': invalid ? 'true' : 'false', onChange: (event) => onChange(event.target.value) };
  return (
    <Entry label={label} required={required} invalid={invalid} htmlFor={id}>
      {multiline ? <textarea rows={4} {...props} /> : <input type={type} className="_input" {...props} />}
    </Entry>
  );
}

function YesNo({ name, label, required, value, onChange, invalid }) {
  const id = useId();
  return (
    <div className="ashby-application-form-field-entry" data-field={name}>
      <span className="ashby-application-form-question-title" id={id}>
        {label}
        {required ? <span className="_required">*</span> : null}
      </span>
      <div className="_yesno" role="group" aria-labelledby={id} aria-invalid={invalid ? 'true' : 'false'}>
        <button type="button" className={value === true ? '_option _active' : '_option'} aria-pressed={value === true} onClick={() => onChange(true)}>Yes</button>
        <button type="button" className={value === false ? '_option _active' : '_option'} aria-pressed={value === false} onClick={() => onChange(false)}>No</button>
      </div>
    </div>
  );
}

function Resume({ value, onChange, invalid }) {
  const id = useId();
  return (
    <Entry label="Resume" required invalid={invalid} htmlFor={id}>
      <div className="_fileUpload">
        <label htmlFor={id} className="_uploadButton">Upload File</label>
        <input id={id} name="_systemfield_resume" type="file" className="_fileInput" onChange={(event) => onChange(event.target.files[0]?.name ?? '')} />
        <span>{value || 'or drag and drop here'}</span>
      </div>
    </Entry>
  );
}

function RadioGroup({ name, label, options, value, onChange }) {
  return (
    <fieldset className="ashby-application-form-field-entry">
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option} className="_radio">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {option}
        </label>
      ))}
    </fieldset>
  );
}

/** Renders one posting: `{ title, company, questions: [{ id, label, kind: 'text'|'textarea'|'date'|'yesno', required? }] }`. */
export function renderApplication(posting) {
  function Application() {
    const [form, setForm] = useState(() => ({
      _systemfield_name: '',
      _systemfield_email: '',
      _systemfield_resume: '',
      ...Object.fromEntries(posting.questions.map((question) => [question.id, question.kind === 'yesno' ? null : ''])),
      eeo: { gender: null, race: null, veteran: null },
    }));
    const [invalid, setInvalid] = useState([]);
    const [submitted, setSubmitted] = useState(false);
    const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));

    const submit = (event) => {
      event.preventDefault();
      const bad = [];
      if (form._systemfield_name.trim() === '') bad.push('_systemfield_name');
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form._systemfield_email)) bad.push('_systemfield_email');
      if (form._systemfield_resume === '') bad.push('_systemfield_resume');
      for (const question of posting.questions) if (question.required && (form[question.id] === '' || form[question.id] === null)) bad.push(question.id);
      setInvalid(bad);
      if (bad.length === 0) setSubmitted(true);
    };

    if (submitted) return <div className="ashby-application-form-success-container"><h2>Application submitted</h2><p>Thanks for applying to {posting.company}!</p></div>;
    return (
      <form className="ashby-application-form-container" onSubmit={submit} noValidate>
        <TextEntry name="_systemfield_name" label="Name" required value={form._systemfield_name} onChange={set('_systemfield_name')} invalid={invalid.includes('_systemfield_name')} />
        <TextEntry name="_systemfield_email" label="Email" required type="email" value={form._systemfield_email} onChange={set('_systemfield_email')} invalid={invalid.includes('_systemfield_email')} />
        <Resume value={form._systemfield_resume} onChange={set('_systemfield_resume')} invalid={invalid.includes('_systemfield_resume')} />
        {posting.questions.map((question) =>
          question.kind === 'yesno' ? (
            <YesNo key={question.id} name={question.id} label={question.label} required={question.required} value={form[question.id]} onChange={set(question.id)} invalid={invalid.includes(question.id)} />
          ) : (
            <TextEntry key={question.id} name={question.id} label={question.label} required={question.required} type={question.kind === 'date' ? 'date' : question.type ?? 'text'} multiline={question.kind === 'textarea'} placeholder={question.placeholder} value={form[question.id]} onChange={set(question.id)} invalid={invalid.includes(question.id)} />
          ),
        )}
        <div className="_eeo">
          <h3>U.S. Equal Employment Opportunity Survey</h3>
          <p className="_hint">Responses are voluntary and are kept separate from your application.</p>
          {EEO.map((question) => (
            <RadioGroup key={question.key} name={`eeo_${question.key}`} label={question.label} options={question.options} value={form.eeo[question.key]} onChange={(value) => setForm((current) => ({ ...current, eeo: { ...current.eeo, [question.key]: value } }))} />
          ))}
        </div>
        {invalid.length > 0 ? <p className="_error" role="alert">Your form needs corrections</p> : null}
        <button type="submit" className="ashby-application-form-submit-button">Submit Application</button>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </form>
    );
  }
  document.title = `${posting.title} @ ${posting.company}`;
  document.getElementById('posting-title').textContent = posting.title;
  createRoot(document.getElementById('root')).render(<Application />);
}
