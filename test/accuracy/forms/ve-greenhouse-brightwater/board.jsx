/**
 * Greenhouse job board, new style (job-boards.greenhouse.io/<board>/jobs/<id>): a React app whose
 * dropdowns are react-select comboboxes (classNamePrefix "select"), a phone country picker before
 * the phone, "Location (City)" as an async place lookup, Attach / Dropbox / Google Drive / Enter
 * manually for the resume and cover letter, an education block, custom questions with
 * question_<id> ids (text, yes/no, single and multi select, checkbox consent), and the U.S.
 * voluntary self-identification block. "Autofill with MyGreenhouse" sits above the form. The
 * posting comes from the page's app.jsx; the form state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import countries from 'world-countries';

const YES_NO = [{ value: 1, label: 'Yes' }, { value: 0, label: 'No' }];
const PHONE_COUNTRIES = countries
  .filter((country) => country.idd.root)
  .map((country) => ({
    value: country.cca2,
    label: `${country.name.common} ${country.idd.root}${country.idd.suffixes.length === 1 ? country.idd.suffixes[0] : ''}`,
  }))
  .sort((a, b) => a.label.localeCompare(b.label));

const PLACES = [
  'San Francisco, California, United States',
  'South San Francisco, California, United States',
  'San Francisco de Macorís, Duarte, Dominican Republic',
  'San Fernando, California, United States',
  'Santa Clara, California, United States',
  'Chicago, Illinois, United States',
  'Chicago Heights, Illinois, United States',
  'New York, New York, United States',
  'Newark, New Jersey, United States',
  'Austin, Texas, United States',
  'Toronto, Ontario, Canada',
  'London, England, United Kingdom',
];
const loadPlaces = (input) =>
  new Promise((resolve) =>
    setTimeout(() => {
      const needle = input.trim().toLowerCase();
      resolve(needle.length < 2 ? [] : PLACES.filter((place) => place.toLowerCase().includes(needle)).map((place) => ({ value: place, label: place })));
    }, 300),
  );

const SCHOOLS = [
  'University of California, Berkeley',
  'University of California, Davis',
  'University of California, Los Angeles',
  'Berkeley City College',
  'Berklee College of Music',
  'University of Chicago',
  'University of Illinois Urbana-Champaign',
  'Northwestern University',
  'Stanford University',
  'San Francisco State University',
  'Other',
].map((school) => ({ value: school, label: school }));
const DEGREES = ['High School', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Master of Business Administration (M.B.A.)', 'Juris Doctor (J.D.)', 'Doctor of Medicine (M.D.)', 'Doctor of Philosophy (Ph.D.)', "Engineer's Degree", 'Other'].map((degree) => ({ value: degree, label: degree }));
const DISCIPLINES = ['Computer Science', 'Economics', 'Engineering', 'Mathematics', 'Statistics', 'Physics', 'Business', 'Other'].map((d) => ({ value: d, label: d }));
const YEARS = Array.from({ length: 40 }, (_, i) => String(2030 - i)).map((y) => ({ value: y, label: y }));

export const EEO_QUESTIONS = [
  { id: 'gender', label: 'Gender', options: ['Male', 'Female', 'Decline To Self Identify'] },
  { id: 'hispanic_ethnicity', label: 'Are you Hispanic/Latino?', options: ['Yes', 'No', 'Decline To Self Identify'] },
  { id: 'veteran_status', label: 'Veteran Status', options: ['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', "I don't wish to answer"] },
  { id: 'disability_status', label: 'Disability Status', options: ['Yes, I have a disability, or have had one in the past', 'No, I do not have a disability and have not had one in the past', 'I do not want to answer'] },
];

function Label({ htmlFor, id, text, required }) {
  return (
    <label htmlFor={htmlFor} id={id} className="label">
      {text}
      {required ? <span aria-hidden="true" className="required">*</span> : null}
    </label>
  );
}

function TextQuestion({ id, label, required, value, onChange, type = 'text', textarea, description }) {
  return (
    <div className="input-wrapper">
      <Label htmlFor={id} id={`${id}-label`} text={label} required={required} />
      {description ? <div className="hint" id={`${id}-description`}>{description}</div> : null}
      {textarea ? (
        <textarea id={id} className="input input__multi-line" aria-required={required ? 'true' : 'false'} aria-describedby={description ? `${id}-description` : undefined} value={value} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input id={id} type={type} className="input input__single-line" aria-required={required ? 'true' : 'false'} aria-describedby={description ? `${id}-description` : undefined} autoComplete={type === 'email' ? 'email' : undefined} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

function SelectQuestion({ id, label, required, options, value, onChange, multi, placeholder = 'Select...' }) {
  const selected = multi ? options.filter((option) => (value ?? []).includes(option.value)) : (options.find((option) => option.value === value) ?? null);
  return (
    <div className="select" id={`${id}-field`}>
      <Label htmlFor={id} id={`${id}-label`} text={label} required={required} />
      <div className="select__container">
        <Select
          inputId={id}
          aria-labelledby={`${id}-label`}
          aria-required={required ? 'true' : 'false'}
          classNamePrefix="select"
          options={options}
          placeholder={placeholder}
          isClearable
          isMulti={multi}
          closeMenuOnSelect={!multi}
          value={selected}
          onChange={(option) => onChange(multi ? option.map((o) => o.value) : option ? option.value : null)}
        />
      </div>
    </div>
  );
}

function FileQuestion({ id, label, required, value, onChange, manual, manualText, onManualText, onManual }) {
  return (
    <div className="file-upload" id={`${id}-field`} role="group" aria-labelledby={`${id}-label`}>
      <div className="label" id={`${id}-label`}>
        {label}
        {required ? <span aria-hidden="true" className="required">*</span> : null}
      </div>
      <div className="file-upload__wrapper">
        <div className="file-upload__buttons">
          <label className="button button--secondary" htmlFor={id}>Attach</label>
          <input id={id} type="file" className="visually-hidden" accept=".pdf,.doc,.docx,.txt,.rtf" onChange={(event) => onChange(event.target.files[0]?.name ?? null)} />
          <button type="button" className="button button--secondary">Dropbox</button>
          <button type="button" className="button button--secondary">Google Drive</button>
          <button type="button" className="button button--tertiary" onClick={onManual}>Enter manually</button>
        </div>
        {value ? <div className="file-upload__filename">{value}</div> : null}
        <span className="file-upload__filetypes">Accepted file types: pdf, doc, docx, txt, rtf</span>
        {manual ? <textarea id={`${id}_text`} aria-label={`${label} text`} className="input input__multi-line" value={manualText} onChange={(event) => onManualText(event.target.value)} /> : null}
      </div>
    </div>
  );
}

/**
 * Renders the board for one posting:
 * `{ title, company, location, board, intro, questions: [{ id, label, kind: 'text'|'textarea'|'yesno'|'select'|'multi'|'checkbox', options?, required?, description? }] }`.
 */
export function renderBoard(posting) {
  function Board() {
    const [form, setForm] = useState({
      first_name: '', last_name: '', preferred_name: '', email: '', phone_country: null, phone: '', location: null,
      resume: null, resume_text: '', cover_letter: null, cover_letter_text: '',
      education: { school: null, degree: null, discipline: null, start_year: null, end_year: null },
      questions: Object.fromEntries(posting.questions.map((q) => [q.id, q.kind === 'text' || q.kind === 'textarea' ? '' : q.kind === 'multi' ? [] : q.kind === 'checkbox' ? false : null])),
      eeo: Object.fromEntries(EEO_QUESTIONS.map((q) => [q.id, null])),
    });
    const [manual, setManual] = useState({ resume: false, cover_letter: false });
    const [submitted, setSubmitted] = useState(false);
    const [errors, setErrors] = useState([]);
    const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
    const setEdu = (key) => (value) => setForm((current) => ({ ...current, education: { ...current.education, [key]: value } }));
    const setQuestion = (id) => (value) => setForm((current) => ({ ...current, questions: { ...current.questions, [id]: value } }));
    const setEeo = (id) => (value) => setForm((current) => ({ ...current, eeo: { ...current.eeo, [id]: value } }));

    const submit = (event) => {
      event.preventDefault();
      const missing = ['first_name', 'last_name', 'email', 'phone'].filter((key) => !form[key]);
      if (!form.resume && !form.resume_text) missing.push('resume');
      for (const question of posting.questions) {
        const value = form.questions[question.id];
        if (question.required && (value === undefined || value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0))) missing.push(`question_${question.id}`);
      }
      setErrors(missing);
      if (missing.length === 0) setSubmitted(true);
    };

    if (submitted)
      return (
        <div id="application-confirmation" className="confirmation">
          <h2>Thank you for applying.</h2>
          <p>Your application has been received. If your application seems like a good fit for the position we will contact you soon.</p>
          <pre id="model">{JSON.stringify(form, null, 2)}</pre>
        </div>
      );
    return (
      <form id="application-form" className="application--form" onSubmit={submit} noValidate>
        <div className="application--header">
          <h2 className="section-header section-header--large">Apply for this job</h2>
          <p className="required-fields"><span className="required">*</span> indicates a required field</p>
        </div>
        <div className="mygreenhouse-autofill">
          <button type="button" className="btn btn--pill btn--mygreenhouse">Autofill with MyGreenhouse</button>
        </div>
        <div className="application--questions">
          <TextQuestion id="first_name" label="First Name" required value={form.first_name} onChange={set('first_name')} />
          <TextQuestion id="last_name" label="Last Name" required value={form.last_name} onChange={set('last_name')} />
          <TextQuestion id="preferred_name" label="Preferred First Name" value={form.preferred_name} onChange={set('preferred_name')} />
          <TextQuestion id="email" label="Email" required type="email" value={form.email} onChange={set('email')} />
          <div className="phone-input">
            <SelectQuestion id="country" label="Country" options={PHONE_COUNTRIES} value={form.phone_country} onChange={set('phone_country')} />
            <TextQuestion id="phone" label="Phone" required type="tel" value={form.phone} onChange={set('phone')} />
          </div>
          <div className="select" id="candidate-location-field">
            <Label htmlFor="candidate-location" id="candidate-location-label" text="Location (City)" />
            <AsyncSelect
              inputId="candidate-location"
              aria-labelledby="candidate-location-label"
              classNamePrefix="select"
              placeholder="Start typing..."
              loadOptions={loadPlaces}
              noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Type at least 2 characters' : 'No locations found')}
              isClearable
              value={form.location ? { value: form.location, label: form.location } : null}
              onChange={(option) => set('location')(option ? option.value : null)}
            />
          </div>
          <FileQuestion id="resume" label="Resume/CV" required value={form.resume} onChange={set('resume')} manual={manual.resume} manualText={form.resume_text} onManualText={set('resume_text')} onManual={() => setManual((m) => ({ ...m, resume: true }))} />
          <FileQuestion id="cover_letter" label="Cover Letter" value={form.cover_letter} onChange={set('cover_letter')} manual={manual.cover_letter} manualText={form.cover_letter_text} onManualText={set('cover_letter_text')} onManual={() => setManual((m) => ({ ...m, cover_letter: true }))} />
        </div>
        <div className="education--container">
          <h3 className="section-header">Education</h3>
          <div className="education--form">
            <SelectQuestion id="school--0" label="School" options={SCHOOLS} value={form.education.school} onChange={setEdu('school')} />
            <SelectQuestion id="degree--0" label="Degree" options={DEGREES} value={form.education.degree} onChange={setEdu('degree')} />
            <SelectQuestion id="discipline--0" label="Discipline" options={DISCIPLINES} value={form.education.discipline} onChange={setEdu('discipline')} />
            <SelectQuestion id="start-year--0" label="Start date year" options={YEARS} value={form.education.start_year} onChange={setEdu('start_year')} />
            <SelectQuestion id="end-year--0" label="End date year" options={YEARS} value={form.education.end_year} onChange={setEdu('end_year')} />
          </div>
          <button type="button" className="button button--tertiary add-another-button">+ Add another</button>
        </div>
        <div className="application--questions">
          {posting.questions.map((question) => {
            const id = `question_${question.id}`;
            const value = form.questions[question.id];
            if (question.kind === 'text' || question.kind === 'textarea')
              return <TextQuestion key={id} id={id} label={question.label} description={question.description} required={question.required} textarea={question.kind === 'textarea'} value={value ?? ''} onChange={setQuestion(question.id)} />;
            if (question.kind === 'checkbox')
              return (
                <div key={id} className="checkbox" id={`${id}-field`}>
                  <div className="checkbox__wrapper">
                    <input id={id} type="checkbox" className="checkbox__input" aria-required={question.required ? 'true' : 'false'} checked={value === true} onChange={(event) => setQuestion(question.id)(event.target.checked)} />
                    <label htmlFor={id} className="checkbox__label">{question.label}{question.required ? <span aria-hidden="true" className="required">*</span> : null}</label>
                  </div>
                </div>
              );
            const options = question.kind === 'yesno' ? YES_NO : question.options.map((label) => ({ value: label, label }));
            return <SelectQuestion key={id} id={id} label={question.label} required={question.required} multi={question.kind === 'multi'} options={options} value={value ?? (question.kind === 'multi' ? [] : null)} onChange={setQuestion(question.id)} />;
          })}
        </div>
        <div className="eeoc__container">
          <h3 className="section-header">Voluntary Self-Identification</h3>
          <p className="hint">
            For government reporting purposes, we ask candidates to respond to the below self-identification survey. Completion of the form is entirely voluntary. Whatever your decision, it will not be considered in the hiring process or thereafter.
          </p>
          {EEO_QUESTIONS.map((question) => (
            <SelectQuestion key={question.id} id={question.id} label={question.label} options={question.options.map((label) => ({ value: label, label }))} value={form.eeo[question.id] ?? null} onChange={setEeo(question.id)} />
          ))}
        </div>
        {errors.length > 0 ? <div className="error" role="alert">Please complete all required fields: {errors.join(', ')}</div> : null}
        <button type="submit" className="btn btn--pill">Submit application</button>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </form>
    );
  }

  document.title = `Job Application for ${posting.title} at ${posting.company}`;
  document.getElementById('job-title').textContent = posting.title;
  document.getElementById('job-location').textContent = posting.location;
  document.getElementById('job-intro').textContent = posting.intro;
  createRoot(document.getElementById('app')).render(<Board />);
}
