/**
 * Greenhouse-like new job board (job-boards.greenhouse.io): a React app whose dropdowns are
 * react-select comboboxes (classNamePrefix "select"), text inputs with question_<id> ids, file
 * attachments behind "Attach" buttons, and the voluntary self-identification block. The posting
 * (title, custom questions) comes from the page's app.jsx; the template is shared. The form state
 * is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import countries from 'world-countries';

const YES_NO = [{ value: 1, label: 'Yes' }, { value: 0, label: 'No' }];
const COUNTRY_OPTIONS = countries.map((country) => ({ value: country.cca2, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));

export const EEO_QUESTIONS = [
  { id: 'gender', label: 'Gender', options: ['Male', 'Female', 'Non-binary', 'Decline to self-identify'] },
  { id: 'race', label: 'Race', options: ['American Indian or Alaskan Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'Two or More Races', 'Decline to self-identify'] },
  { id: 'veteran_status', label: 'Veteran Status', options: ['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', "I don't wish to answer"] },
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

function TextQuestion({ id, label, required, value, onChange, type = 'text' }) {
  return (
    <div className="input-wrapper">
      <Label htmlFor={id} text={label} required={required} />
      <input id={id} type={type} className="input" aria-required={required ? 'true' : 'false'} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

function SelectQuestion({ id, label, required, options, value, onChange }) {
  return (
    <div className="select" id={`${id}-field`}>
      <Label htmlFor={id} id={`${id}-label`} text={label} required={required} />
      <Select
        inputId={id}
        aria-labelledby={`${id}-label`}
        classNamePrefix="select"
        options={options}
        placeholder="Select..."
        isClearable
        value={options.find((option) => option.value === value) ?? null}
        onChange={(option) => onChange(option ? option.value : null)}
      />
    </div>
  );
}

function FileQuestion({ id, label, required, onChange }) {
  return (
    <div className="file-upload" id={`${id}-field`}>
      <Label htmlFor={id} text={label} required={required} />
      <div className="file-upload__wrapper">
        <label className="button button--secondary" htmlFor={id}>Attach</label>
        <input id={id} type="file" className="visually-hidden" accept=".pdf,.doc,.docx,.txt,.rtf" onChange={(event) => onChange(event.target.files[0]?.name ?? null)} />
        <span className="file-upload__filetypes">Accepted file types: pdf, doc, docx, txt, rtf</span>
      </div>
    </div>
  );
}

/** Renders the board for one posting: `{ title, company, questions: [{ id, label, kind: 'text'|'yesno'|'select', options?, required? }] }`. */
export function renderBoard(posting) {
  function Board() {
    const [form, setForm] = useState({ first_name: '', last_name: '', preferred_name: '', email: '', phone: '', country: null, candidate_location: '', resume: null, cover_letter: null, questions: {}, eeo: {} });
    const [submitted, setSubmitted] = useState(false);
    const [errors, setErrors] = useState([]);
    const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
    const setQuestion = (id) => (value) => setForm((current) => ({ ...current, questions: { ...current.questions, [id]: value } }));
    const setEeo = (id) => (value) => setForm((current) => ({ ...current, eeo: { ...current.eeo, [id]: value } }));

    const submit = (event) => {
      event.preventDefault();
      const missing = ['first_name', 'last_name', 'email', 'phone', 'country', 'resume'].filter((key) => !form[key]);
      for (const question of posting.questions) if (question.required && (form.questions[question.id] ?? '') === '') missing.push(question.id);
      setErrors(missing);
      if (missing.length === 0) setSubmitted(true);
    };

    if (submitted) return <div id="application-confirmation"><h2>Thank you for applying.</h2><pre id="model">{JSON.stringify(form, null, 2)}</pre></div>;
    return (
      <form id="application-form" className="application--form" onSubmit={submit} noValidate>
        <h2 className="section-header">Apply for this job</h2>
        <div className="application--questions">
          <TextQuestion id="first_name" label="First Name" required value={form.first_name} onChange={set('first_name')} />
          <TextQuestion id="last_name" label="Last Name" required value={form.last_name} onChange={set('last_name')} />
          <TextQuestion id="preferred_name" label="Preferred First Name" value={form.preferred_name} onChange={set('preferred_name')} />
          <TextQuestion id="email" label="Email" required type="email" value={form.email} onChange={set('email')} />
          <SelectQuestion id="country" label="Country" required options={COUNTRY_OPTIONS} value={form.country} onChange={set('country')} />
          <TextQuestion id="phone" label="Phone" required type="tel" value={form.phone} onChange={set('phone')} />
          <TextQuestion id="candidate-location" label="Location (City)" value={form.candidate_location} onChange={set('candidate_location')} />
          <FileQuestion id="resume" label="Resume/CV" required onChange={set('resume')} />
          <FileQuestion id="cover_letter" label="Cover Letter" onChange={set('cover_letter')} />
          {posting.questions.map((question) => {
            const id = `question_${question.id}`;
            const value = form.questions[question.id] ?? (question.kind === 'text' ? '' : null);
            if (question.kind === 'text') return <TextQuestion key={id} id={id} label={question.label} required={question.required} value={value} onChange={setQuestion(question.id)} />;
            const options = question.kind === 'yesno' ? YES_NO : question.options.map((label) => ({ value: label, label }));
            return <SelectQuestion key={id} id={id} label={question.label} required={question.required} options={options} value={value} onChange={setQuestion(question.id)} />;
          })}
        </div>
        <div className="eeoc__container">
          <h3>Voluntary Self-Identification</h3>
          <p className="hint">Submission of this information is voluntary and refusal to provide it will not subject you to any adverse treatment.</p>
          {EEO_QUESTIONS.map((question) => (
            <SelectQuestion key={question.id} id={question.id} label={question.label} options={question.options.map((label) => ({ value: label, label }))} value={form.eeo[question.id] ?? null} onChange={setEeo(question.id)} />
          ))}
        </div>
        {errors.length > 0 ? <p className="error" role="alert">Please complete the required fields: {errors.join(', ')}</p> : null}
        <button type="submit" className="btn btn--pill">Submit application</button>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </form>
    );
  }

  document.title = `Job Application for ${posting.title} at ${posting.company}`;
  document.getElementById('job-title').textContent = posting.title;
  createRoot(document.getElementById('app')).render(<Board />);
}
