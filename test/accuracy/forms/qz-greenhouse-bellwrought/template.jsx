/**
 * Greenhouse new job board (job-boards.greenhouse.io/<board>/jobs/<id>) as it renders in late 2026:
 * a React app whose dropdowns are react-select comboboxes (classNamePrefix "select"), the phone behind
 * its own "Country" react-select ("Canada +1" before "United States +1"), "Location (City)" as an async
 * place typeahead, Attach / Dropbox / Google Drive / Enter manually for documents, the Education and
 * Employment repeaters with month react-selects + YYYY year boxes, "Current role" and "Add another",
 * custom questions (text, yes/no, single select in the employer's words, multi-select checkboxes) and
 * the voluntary self-identification block. The posting comes from each page's app.jsx; the template is
 * shared. The form state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import countries from 'world-countries';

const YES_NO = [{ value: 1, label: 'Yes' }, { value: 0, label: 'No' }];
const DIAL_OPTIONS = countries
  .filter((c) => c.idd && c.idd.root)
  .map((c) => ({ value: c.cca2, label: `${c.name.common} ${c.idd.root}${c.idd.suffixes && c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : ''}` }))
  .sort((a, b) => a.label.localeCompare(b.label));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((label, i) => ({ value: i + 1, label }));
const DEGREES = ['High School', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Master of Business Administration (M.B.A.)', 'Juris Doctor (J.D.)', 'Doctor of Medicine (M.D.)', 'Doctor of Philosophy (Ph.D.)', "Engineer's Degree", 'Other'].map((label) => ({ value: label, label }));
const DISCIPLINES = ['Accounting', 'Business', 'Computer Science', 'Data Science', 'Economics', 'Electrical Engineering', 'Mathematics', 'Statistics', 'Other'].map((label) => ({ value: label, label }));
const SCHOOLS = ['Berkeley City College', 'Berkeley College', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine', 'University of California, Santa Barbara', 'University of Chicago', 'University of Illinois Urbana-Champaign', 'DePaul University', 'Northwestern University', 'Loyola University Chicago'];
const PLACES = ['San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco de Macorís, Duarte, Dominican Republic', 'San Fernando, California, United States', 'Chicago, Illinois, United States', 'San Diego, California, United States'];
const later = (list) => (text) => new Promise((resolve) => {
  const q = text.trim().toLowerCase();
  setTimeout(() => resolve(q.length < 2 ? [] : list.filter((s) => s.toLowerCase().includes(q)).slice(0, 8).map((label) => ({ value: label, label }))), 250);
});

export const EEO_QUESTIONS = [
  { id: 'gender', label: 'What is your gender?', options: ['Man', 'Woman', 'Non-binary', 'I prefer to self-describe', 'I don’t wish to answer'] },
  { id: 'veteran_status', label: 'Veteran Status', options: ['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', 'I don’t wish to answer'] },
  { id: 'disability_status', label: 'Disability Status', options: ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability and have not had one in the past', 'I do not want to answer'] },
];

function Label({ htmlFor, id, text, required }) {
  return (
    <label htmlFor={htmlFor} id={id} className="label">
      {text}
      {required ? <span className="required"> *</span> : null}
    </label>
  );
}

function TextInput({ id, label, required, value, onChange, type = 'text', placeholder, maxLength, disabled = false }) {
  return (
    <div className="input-wrapper">
      <Label htmlFor={id} text={label} required={required} />
      <input id={id} type={type} className="input" aria-required={required ? 'true' : 'false'} placeholder={placeholder} maxLength={maxLength} disabled={disabled} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function Picker({ id, label, required, options, value, onChange, async: loadOptions, placeholder = 'Select...', disabled = false }) {
  const common = {
    inputId: id, 'aria-labelledby': `${id}-label`, classNamePrefix: 'select', isClearable: true, placeholder, isDisabled: disabled,
    onChange: (option) => onChange(option ? option.value : null),
  };
  return (
    <div className="select" id={`${id}-field`}>
      <Label htmlFor={id} id={`${id}-label`} text={label} required={required} />
      {loadOptions
        ? <AsyncSelect {...common} cacheOptions loadOptions={loadOptions} value={value ? { value, label: value } : null} noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Start typing...' : 'No results found')} />
        : <Select {...common} options={options} value={options.find((o) => o.value === value) ?? null} />}
    </div>
  );
}

function FileInput({ id, label, required, fileName, onChange }) {
  return (
    <div className="file-upload" id={`${id}-field`} role="group" aria-labelledby={`${id}-upload-label`}>
      <div className="label" id={`${id}-upload-label`}>{label}{required ? <span className="required"> *</span> : null}</div>
      <div className="file-upload__wrapper">
        <label className="button button--secondary" htmlFor={id}>Attach</label>
        <input id={id} type="file" className="visually-hidden" accept=".pdf,.doc,.docx,.txt,.rtf" onChange={(e) => onChange(e.target.files[0]?.name ?? null)} />
        <button type="button" className="button button--secondary">Dropbox</button>
        <button type="button" className="button button--secondary">Google Drive</button>
        <button type="button" className="button button--secondary">Enter manually</button>
        {fileName ? <span className="file-upload__filename">{fileName}</span> : <span className="file-upload__filetypes">Accepted file types: pdf, doc, docx, txt, rtf</span>}
      </div>
    </div>
  );
}

function MonthYear({ id, label, value, onChange, disabled = false }) {
  return (
    <fieldset className="date-fieldset" disabled={disabled}>
      <legend className="label">{label}</legend>
      <div className="date-row">
        <Picker id={`${id}-month`} label="Month" options={MONTHS} value={value.month} disabled={disabled} onChange={(month) => onChange({ ...value, month })} />
        <TextInput id={`${id}-year`} label="Year" placeholder="YYYY" maxLength={4} disabled={disabled} value={value.year} onChange={(year) => onChange({ ...value, year })} />
      </div>
    </fieldset>
  );
}

const blankEducation = () => ({ school: null, degree: null, discipline: null, end: { month: null, year: '' } });
const blankEmployment = () => ({ company: '', title: '', start: { month: null, year: '' }, end: { month: null, year: '' }, current: false });

/** `{ title, company, location, questions: [{ id, label, kind: 'text'|'yesno'|'select'|'multi', options?, required? }] }` */
export function renderApplication(posting) {
  function Board() {
    const [form, setForm] = useState({
      first_name: '', last_name: '', preferred_name: '', email: '', phone_country: 'US', phone: '', location: null,
      resume: null, cover_letter: null, education: [blankEducation()], employment: [blankEmployment()],
      questions: Object.fromEntries(posting.questions.map((q) => [q.id, q.kind === 'text' || q.kind === 'textarea' ? '' : q.kind === 'multi' ? [] : null])), eeo: {},
    });
    const [submitted, setSubmitted] = useState(false);
    const [errors, setErrors] = useState([]);
    const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
    const setIn = (list, index, key) => (value) => setForm((f) => ({ ...f, [list]: f[list].map((entry, i) => (i === index ? { ...entry, [key]: value } : entry)) }));
    const add = (list, blank) => () => setForm((f) => ({ ...f, [list]: [...f[list], blank()] }));
    const remove = (list, index) => () => setForm((f) => ({ ...f, [list]: f[list].filter((_, i) => i !== index) }));
    const setQuestion = (id) => (value) => setForm((f) => ({ ...f, questions: { ...f.questions, [id]: value } }));
    const setEeo = (id) => (value) => setForm((f) => ({ ...f, eeo: { ...f.eeo, [id]: value } }));

    const submit = (event) => {
      event.preventDefault();
      const missing = ['first_name', 'last_name', 'email', 'phone', 'resume'].filter((key) => !form[key]);
      for (const q of posting.questions) {
        const v = form.questions[q.id];
        if (q.required && (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0))) missing.push(`question_${q.id}`);
      }
      setErrors(missing);
      if (missing.length === 0) setSubmitted(true);
    };

    if (submitted) return <div id="application-confirmation"><h2>Thank you for applying to {posting.company}!</h2><pre id="model">{JSON.stringify(form, null, 2)}</pre></div>;
    return (
      <form id="application-form" className="application--form" onSubmit={submit} noValidate>
        <div className="application--header"><h2 className="section-header">Apply for this job</h2><span className="hint"><span className="required">*</span> indicates a required field</span></div>
        <div className="application--questions">
          <TextInput id="first_name" label="First Name" required value={form.first_name} onChange={set('first_name')} />
          <TextInput id="last_name" label="Last Name" required value={form.last_name} onChange={set('last_name')} />
          <TextInput id="preferred_name" label="Preferred First Name" value={form.preferred_name} onChange={set('preferred_name')} />
          <TextInput id="email" label="Email" required type="email" value={form.email} onChange={set('email')} />
          <div className="phone-input">
            <Picker id="country" label="Country" options={DIAL_OPTIONS} value={form.phone_country} onChange={set('phone_country')} />
            <TextInput id="phone" label="Phone" required type="tel" value={form.phone} onChange={set('phone')} />
          </div>
          <Picker id="candidate-location" label="Location (City)" async={later(PLACES)} value={form.location} onChange={set('location')} placeholder="Start typing..." />
          <FileInput id="resume" label="Resume/CV" required fileName={form.resume} onChange={set('resume')} />
          <FileInput id="cover_letter" label="Cover Letter" fileName={form.cover_letter} onChange={set('cover_letter')} />
        </div>

        <div className="education--container">
          <h3 className="section-header--small">Education</h3>
          {form.education.map((entry, i) => (
            <div className="education--form" key={`edu-${i}`} id={`education-${i}`}>
              {i > 0 ? <button type="button" className="remove-section-button" aria-label={`Remove Education ${i + 1}`} onClick={remove('education', i)}>Remove</button> : null}
              <Picker id={`school--${i}`} label="School" async={later(SCHOOLS)} value={entry.school} onChange={setIn('education', i, 'school')} placeholder="Start typing..." />
              <Picker id={`degree--${i}`} label="Degree" options={DEGREES} value={entry.degree} onChange={setIn('education', i, 'degree')} />
              <Picker id={`discipline--${i}`} label="Discipline" options={DISCIPLINES} value={entry.discipline} onChange={setIn('education', i, 'discipline')} />
              <MonthYear id={`end-date--${i}`} label="End date (or expected)" value={entry.end} onChange={setIn('education', i, 'end')} />
            </div>
          ))}
          <button type="button" className="add-another-button" id="add-another-education" onClick={add('education', blankEducation)}>+ Add another</button>
        </div>

        <div className="employment--container">
          <h3 className="section-header--small">Employment</h3>
          {form.employment.map((entry, i) => (
            <div className="employment--form" key={`emp-${i}`} id={`employment-${i}`}>
              {i > 0 ? <button type="button" className="remove-section-button" aria-label={`Remove Employment ${i + 1}`} onClick={remove('employment', i)}>Remove</button> : null}
              <TextInput id={`company-name-${i}`} label="Company name" value={entry.company} onChange={setIn('employment', i, 'company')} />
              <TextInput id={`title-${i}`} label="Title" value={entry.title} onChange={setIn('employment', i, 'title')} />
              <MonthYear id={`start-date--${i}`} label="Start date" value={entry.start} onChange={setIn('employment', i, 'start')} />
              <MonthYear id={`emp-end-date--${i}`} label="End date" value={entry.end} disabled={entry.current} onChange={setIn('employment', i, 'end')} />
              <div className="checkbox">
                <input type="checkbox" id={`current-role-${i}_1`} checked={entry.current} onChange={(e) => { const on = e.target.checked; setForm((f) => ({ ...f, employment: f.employment.map((x, k) => (k === i ? { ...x, current: on, end: on ? { month: null, year: '' } : x.end } : x)) })); }} />
                <label htmlFor={`current-role-${i}_1`}>Current role</label>
              </div>
            </div>
          ))}
          <button type="button" className="add-another-button" id="add-another-employment" onClick={add('employment', blankEmployment)}>+ Add another</button>
        </div>

        <div className="application--questions">
          {posting.questions.map((q) => {
            const id = `question_${q.id}`;
            const value = form.questions[q.id];
            if (q.kind === 'text') return <TextInput key={id} id={id} label={q.label} required={q.required} value={value ?? ''} onChange={setQuestion(q.id)} />;
            if (q.kind === 'textarea') return (
              <div className="input-wrapper" key={id}><Label htmlFor={id} text={q.label} required={q.required} /><textarea id={id} className="input" rows={4} value={value ?? ''} onChange={(e) => setQuestion(q.id)(e.target.value)} /></div>
            );
            if (q.kind === 'multi') {
              const chosen = value ?? [];
              return (
                <fieldset className="checkbox__wrapper" key={id} id={`${id}-fieldset`}>
                  <legend className="label">{q.label}{q.required ? <span className="required"> *</span> : null}</legend>
                  {q.options.map((label, k) => (
                    <div className="checkbox" key={label}>
                      <input type="checkbox" id={`${id}_${k}`} name={`${id}[]`} checked={chosen.includes(label)} onChange={(e) => setQuestion(q.id)(e.target.checked ? [...chosen, label] : chosen.filter((c) => c !== label))} />
                      <label htmlFor={`${id}_${k}`}>{label}</label>
                    </div>
                  ))}
                </fieldset>
              );
            }
            const options = q.kind === 'yesno' ? YES_NO : q.options.map((label) => ({ value: label, label }));
            return <Picker key={id} id={id} label={q.label} required={q.required} options={options} value={value ?? null} onChange={setQuestion(q.id)} />;
          })}
        </div>

        <div className="eeoc__container">
          <h3>Voluntary Self-Identification</h3>
          <p className="hint">For government reporting purposes, we ask candidates to respond to the below self-identification survey. Completion of the form is entirely voluntary. Whatever your decision, it will not be considered in the hiring process or thereafter.</p>
          {EEO_QUESTIONS.map((q) => (
            <Picker key={q.id} id={q.id} label={q.label} options={q.options.map((label) => ({ value: label, label }))} value={form.eeo[q.id] ?? null} onChange={setEeo(q.id)} />
          ))}
        </div>
        {errors.length > 0 ? <p className="error" role="alert">Please complete the required fields: {errors.join(', ')}</p> : null}
        <button type="submit" id="submit-application" className="btn btn--pill">Submit application</button>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </form>
    );
  }

  document.title = `Job Application for ${posting.title} at ${posting.company}`;
  document.getElementById('job-title').textContent = posting.title;
  document.getElementById('job-location').textContent = posting.location;
  createRoot(document.getElementById('app')).render(<Board />);
}
