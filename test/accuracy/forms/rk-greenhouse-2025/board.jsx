/**
 * Greenhouse job board application after the 2025 redesign (job-boards.greenhouse.io/<board>/jobs/<id>):
 * React, react-select dropdowns (classNamePrefix "select"), a phone "Country" select above the phone,
 * an async "Location (City)" select with "Locate me", Attach / Dropbox / Google Drive / Enter manually
 * resume and cover-letter rows, Education and Employment blocks (school async select, degree,
 * discipline, month select + year input), custom questions with question_<id> ids, a data-retention
 * consent and the U.S. voluntary self-identification. The posting comes from app.jsx.
 * State in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';

const PLACES = ['San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco de Macorís, Duarte, Dominican Republic', 'San Fernando, California, United States',
  'New York, New York, United States', 'Brooklyn, New York, United States', 'Newark, New Jersey, United States', 'Boston, Massachusetts, United States', 'Austin, Texas, United States'];
const SCHOOLS = ['Berkeley City College', 'San Francisco State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of California - Berkeley Extension', 'University of San Francisco'];
const PHONE_COUNTRIES = ['American Samoa +1', 'Canada +1', 'Dominican Republic +1', 'Germany +49', 'India +91', 'Mexico +52', 'United Kingdom +44', 'United States +1', 'United States Minor Outlying Islands +1'];
const DEGREES = ['High School', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Master of Business Administration (M.B.A.)', 'Juris Doctor (J.D.)', 'Doctor of Medicine (M.D.)', 'Doctor of Philosophy (Ph.D.)', "Engineer's Degree", 'Other'];
const DISCIPLINES = ['Computer Science', 'Economics', 'Electrical Engineering', 'Engineering', 'Information Systems', 'Mathematics', 'Physics', 'Statistics', 'Other'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EEO = [
  { id: 'gender', label: 'Gender', options: ['Male', 'Female', 'Decline To Self Identify'] },
  { id: 'hispanic_ethnicity', label: 'Are you Hispanic/Latino?', options: ['Yes', 'No', 'Decline To Self Identify'] },
  { id: 'veteran_status', label: 'Veteran Status', options: ['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', "I don't wish to answer"] },
  { id: 'disability_status', label: 'Disability Status', options: ['Yes, I have a disability, or have had one in the past', 'No, I do not have a disability and have not had one in the past', 'I do not want to answer'] },
];
const opts = (list) => list.map((label) => ({ value: label, label }));
const later = (list) => (input) => new Promise((resolve) => setTimeout(() => resolve(input.length < 2 ? [] : opts(list.filter((p) => p.toLowerCase().includes(input.toLowerCase().split(',')[0].trim())))), 300));

function Label({ htmlFor, id, text, required }) {
  return <label htmlFor={htmlFor} id={id} className="label">{text}{required ? <span aria-hidden="true" className="required">*</span> : null}</label>;
}
function Text({ id, label, required, value, onChange, type = 'text', autoComplete, description }) {
  return (
    <div className="input-wrapper" data-field={id}>
      <Label htmlFor={id} text={label} required={required} />
      {description ? <p className="field-description">{description}</p> : null}
      <input id={id} name={id} type={type} className="input input__single-line" aria-required={required ? 'true' : 'false'} autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
function Dropdown({ id, label, required, options, value, onChange, multi, async, loadOptions, placeholder = 'Select...' }) {
  const Comp = async ? AsyncSelect : Select;
  const extra = async ? { loadOptions, cacheOptions: false, defaultOptions: false, noOptionsMessage: ({ inputValue }) => (inputValue.length < 2 ? 'Start typing...' : 'No options') } : { options };
  return (
    <div className="select" data-field={id}>
      <Label htmlFor={id} id={`${id}-label`} text={label} required={required} />
      <Comp inputId={id} name={id} classNamePrefix="select" className="select-shell" isMulti={multi} isClearable={!multi && !required} placeholder={placeholder} aria-labelledby={`${id}-label`}
        value={multi ? opts(value) : value ? { value, label: value } : null}
        onChange={(v) => onChange(multi ? (v || []).map((o) => o.value) : v ? v.value : '')} {...extra} />
    </div>
  );
}
function Attach({ id, label, required, value, onChange, text, onText }) {
  const [manual, setManual] = useState(false);
  return (
    <div className="file-upload" data-field={id} role="group" aria-labelledby={`upload-label-${id}`}>
      <div className="label upload-label" id={`upload-label-${id}`}>{label}{required ? <span aria-hidden="true" className="required">*</span> : null}</div>
      <div className="file-upload__wrapper">
        <div className="button-container">
          <button type="button" className="btn btn--pill" onClick={() => document.getElementById(id).click()}>Attach</button>
          <button type="button" className="btn btn--pill">Dropbox</button>
          <button type="button" className="btn btn--pill">Google Drive</button>
          <button type="button" className="btn btn--pill" onClick={() => setManual(true)}>Enter manually</button>
        </div>
        <input id={id} type="file" className="visually-hidden" accept=".pdf,.doc,.docx,.txt,.rtf" onChange={(e) => onChange(e.target.files[0] ? e.target.files[0].name : '')} />
        <p className="file-upload__filename">{value || ''}</p>
        <p className="file-upload__hint">Accepted file types: pdf, doc, docx, txt, rtf</p>
        {manual ? <textarea aria-label={`${label} text`} className="input" rows={6} value={text} onChange={(e) => onText(e.target.value)} /> : null}
      </div>
    </div>
  );
}

export function renderBoard({ company, questions }) {
  function App() {
    const [f, setF] = useState(() => ({
      first_name: '', last_name: '', preferred_name: '', email: '', phone_country: '', phone: '', candidate_location: '',
      resume: '', resume_text: '', cover_letter: '', cover_letter_text: '',
      school: '', degree: '', discipline: '', edu_start_year: '', edu_end_year: '',
      company_name: '', title: '', emp_start_month: '', emp_start_year: '', current_role: false,
      q: Object.fromEntries(questions.map((q) => [q.id, q.kind === 'multi' ? [] : q.kind === 'check' ? false : ''])),
      retention: false, eeo: Object.fromEntries(EEO.map((e) => [e.id, ''])),
    }));
    const [sent, setSent] = useState(false);
    const [errors, setErrors] = useState([]);
    const set = (k) => (v) => setF((o) => ({ ...o, [k]: v }));
    const setQ = (k) => (v) => setF((o) => ({ ...o, q: { ...o.q, [k]: v } }));
    const submit = (e) => {
      e.preventDefault();
      const miss = [];
      [['first_name', 'First Name'], ['last_name', 'Last Name'], ['email', 'Email'], ['resume', 'Resume/CV']].forEach(([k, l]) => { if (!f[k]) miss.push(l); });
      questions.filter((q) => q.required).forEach((q) => { const v = f.q[q.id]; if (v === '' || v === false || (Array.isArray(v) && !v.length)) miss.push(q.label); });
      setErrors(miss);
      if (!miss.length) setSent(true);
    };
    if (sent) return <div id="application_confirmation" className="confirmation"><h2>Thank you for applying.</h2><p>Your application has been received. If your qualifications match our needs, {company} will be in touch.</p></div>;
    const months = opts(MONTHS);
    return (
      <form id="application-form" className="application--form" onSubmit={submit} noValidate>
        <div className="application--header">
          <h2 className="section-header">Apply for this job</h2>
          <span className="required-legend"><span className="required">*</span> indicates a required field</span>
        </div>
        <div className="mygreenhouse-autofill"><span>Save time with MyGreenhouse</span><button type="button" className="btn btn--outline" id="mygreenhouse-autofill">Autofill with MyGreenhouse</button></div>
        <div className="application--questions">
          <Text id="first_name" label="First Name" required value={f.first_name} onChange={set('first_name')} />
          <Text id="last_name" label="Last Name" required value={f.last_name} onChange={set('last_name')} />
          <Text id="preferred_name" label="Preferred First Name" value={f.preferred_name} onChange={set('preferred_name')} />
          <Text id="email" label="Email" required type="email" value={f.email} onChange={set('email')} />
          <div className="phone-input">
            <Dropdown id="country" label="Country" options={opts(PHONE_COUNTRIES)} value={f.phone_country} onChange={set('phone_country')} />
            <Text id="phone" label="Phone" type="tel" value={f.phone} onChange={set('phone')} />
          </div>
          <div className="location-input">
            <Dropdown id="candidate-location" label="Location (City)" async loadOptions={later(PLACES)} value={f.candidate_location} onChange={set('candidate_location')} />
            <button type="button" className="btn btn--text" id="locate-me">Locate me</button>
          </div>
          <Attach id="resume" label="Resume/CV" required value={f.resume} onChange={set('resume')} text={f.resume_text} onText={set('resume_text')} />
          <Attach id="cover_letter" label="Cover Letter" value={f.cover_letter} onChange={set('cover_letter')} text={f.cover_letter_text} onText={set('cover_letter_text')} />
        </div>
        <div className="education--container" role="group" aria-labelledby="education-h">
          <h3 id="education-h" className="section-header section-header--small">Education</h3>
          <Dropdown id="school--0" label="School" async loadOptions={later(SCHOOLS)} value={f.school} onChange={set('school')} />
          <Dropdown id="degree--0" label="Degree" options={opts(DEGREES)} value={f.degree} onChange={set('degree')} />
          <Dropdown id="discipline--0" label="Discipline" options={opts(DISCIPLINES)} value={f.discipline} onChange={set('discipline')} />
          <div className="date-pair">
            <Text id="start-year--0" label="Start date year" value={f.edu_start_year} onChange={set('edu_start_year')} />
            <Text id="end-year--0" label="End date year" value={f.edu_end_year} onChange={set('edu_end_year')} />
          </div>
          <button type="button" className="btn btn--text add-another-button">+ Add another</button>
        </div>
        <div className="employment--container" role="group" aria-labelledby="employment-h">
          <h3 id="employment-h" className="section-header section-header--small">Employment</h3>
          <Text id="company-name--0" label="Company name" value={f.company_name} onChange={set('company_name')} />
          <Text id="title--0" label="Title" value={f.title} onChange={set('title')} />
          <div className="date-pair">
            <Dropdown id="start-date-month--0" label="Start date month" options={months} value={f.emp_start_month} onChange={set('emp_start_month')} />
            <Text id="start-date-year--0" label="Start date year" value={f.emp_start_year} onChange={set('emp_start_year')} />
          </div>
          <div className="checkbox"><input type="checkbox" id="current-role--0" checked={f.current_role} onChange={(e) => set('current_role')(e.target.checked)} /><label htmlFor="current-role--0">Current role</label></div>
          <button type="button" className="btn btn--text add-another-button">+ Add another</button>
        </div>
        <div className="application--questions">
          {questions.map((q) => {
            if (q.kind === 'select') return <Dropdown key={q.id} id={q.id} label={q.label} required={q.required} options={opts(q.options)} value={f.q[q.id]} onChange={setQ(q.id)} />;
            if (q.kind === 'multi') return <Dropdown key={q.id} id={q.id} label={q.label} required={q.required} options={opts(q.options)} value={f.q[q.id]} onChange={setQ(q.id)} multi />;
            if (q.kind === 'textarea') return (
              <div className="input-wrapper" data-field={q.id} key={q.id}><Label htmlFor={q.id} text={q.label} required={q.required} />
                <textarea id={q.id} name={q.id} className="input" rows={4} value={f.q[q.id]} onChange={(e) => setQ(q.id)(e.target.value)} /></div>);
            return <Text key={q.id} id={q.id} label={q.label} required={q.required} description={q.description} value={f.q[q.id]} onChange={setQ(q.id)} />;
          })}
        </div>
        <div className="data-compliance" data-field="gdpr">
          <div className="checkbox"><input type="checkbox" id="gdpr_retention_consent" checked={f.retention} onChange={(e) => set('retention')(e.target.checked)} />
            <label htmlFor="gdpr_retention_consent">I consent to {company} retaining my personal data for up to 3 years to consider me for future roles.</label></div>
        </div>
        <div className="eeoc__container" role="group" aria-labelledby="eeoc-h">
          <h3 id="eeoc-h" className="section-header section-header--small">Voluntary Self-Identification</h3>
          <p className="eeoc__description">For government reporting purposes, we ask candidates to respond to the below self-identification survey. Completion of the form is entirely voluntary.</p>
          {EEO.map((e) => <Dropdown key={e.id} id={e.id} label={e.label} options={opts(e.options)} value={f.eeo[e.id]} onChange={(v) => setF((o) => ({ ...o, eeo: { ...o.eeo, [e.id]: v } }))} />)}
        </div>
        {errors.length ? <div className="helper-text helper-text--error" role="alert">Please complete the required fields: {errors.join('; ')}</div> : null}
        <button type="submit" className="btn btn--rounded" id="submit-application">Submit application</button>
        <pre id="model">{JSON.stringify(f, null, 2)}</pre>
      </form>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
