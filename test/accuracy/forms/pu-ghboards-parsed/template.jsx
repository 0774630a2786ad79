/*
 * A Greenhouse-hosted job board in the new (React) layout, shared by one company's postings:
 * the candidate came back through "Autofill from your last application", so Employment and
 * Education start prefilled from the resume parsed in 2024 (the parse left the first entry with an
 * old title and no "Current role" tick, and added the earlier employer as entry 2). Every dropdown
 * is react-select (school list searched as you type, month pickers, degree, discipline, yes/no
 * questions, EEO). "Add another" appends an empty entry. Form state goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SCHOOLS = [
  'Berkeley City College', 'Berklee College of Music', 'California State University, East Bay', 'Stanford University',
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
  'University of California, Santa Cruz', 'University of Southern California', 'Other',
];
const DEGREES = ["High School", "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Master of Business Administration (M.B.A.)', 'Juris Doctor (J.D.)', 'Doctor of Medicine (M.D.)', 'Doctor of Philosophy (Ph.D.)', "Engineer's Degree", 'Other'];
const DISCIPLINES = ['Accounting', 'Applied Mathematics', 'Computer Science', 'Economics', 'Electrical Engineering', 'Information Systems', 'Mathematics', 'Physics', 'Statistics', 'Other'];

const opts = (list) => list.map((item) => (Array.isArray(item) ? { value: item[0], label: item[1] } : { value: item, label: item }));
const emptyJob = () => ({ company: '', title: '', startMonth: null, startYear: '', endMonth: null, endYear: '', current: false });
const emptySchool = () => ({ school: null, degree: null, discipline: null, endYear: '' });

function Pick({ id, label, options, value, onChange, required, placeholder = 'Select...', search = false }) {
  const list = opts(options);
  return (
    <div className="gh-field" id={`${id}--field`}>
      <label className="gh-label" htmlFor={id} id={`${id}-label`}>{label}{required && <span className="gh-req">*</span>}</label>
      <Select
        inputId={id}
        classNamePrefix="select"
        className="select-shell"
        options={list}
        value={list.find((o) => o.value === value) ?? null}
        onChange={(o) => onChange(o ? o.value : null)}
        placeholder={placeholder}
        isClearable
        isSearchable
        openMenuOnClick={!search}
        noOptionsMessage={() => (search ? 'Start typing to search' : 'No options')}
        filterOption={search ? (o, text) => text.length >= 2 && o.label.toLowerCase().includes(text.toLowerCase()) : undefined}
        aria-required={required ? 'true' : undefined}
      />
    </div>
  );
}

function Text({ id, label, value, onChange, required, type = 'text', placeholder, autoComplete, inputMode, maxLength }) {
  return (
    <div className="gh-field">
      <label className="gh-label" htmlFor={id}>{label}{required && <span className="gh-req">*</span>}</label>
      <input id={id} name={id} className="gh-input" type={type} value={value} placeholder={placeholder} autoComplete={autoComplete} inputMode={inputMode} maxLength={maxLength} aria-required={required ? 'true' : undefined} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function App({ posting }) {
  const [form, setForm] = useState({
    firstName: 'Ysoldine', lastName: 'Quarrington', preferredName: '', email: '', phone: '', location: '', linkedin: '',
    resume: null, coverLetter: null,
    employment: [
      { company: 'Brackenfold Analytics', title: 'Data Engineer', startMonth: 'June', startYear: '2021', endMonth: null, endYear: '', current: false },
      { company: 'Tollgate Systems', title: 'Data Engineer', startMonth: 'March', startYear: '2019', endMonth: 'May', endYear: '2021', current: false },
    ],
    education: [{ school: 'University of California, Berkeley', degree: null, discipline: null, endYear: '' }],
    answers: {}, eeo: { gender: null, race: null, veteran: null, disability: null },
  });
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState([]);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const setJob = (i, key) => (value) => setForm((f) => ({ ...f, employment: f.employment.map((j, n) => (n === i ? { ...j, [key]: value } : j)) }));
  const setEdu = (i, key) => (value) => setForm((f) => ({ ...f, education: f.education.map((e, n) => (n === i ? { ...e, [key]: value } : e)) }));
  const setAnswer = (key) => (value) => setForm((f) => ({ ...f, answers: { ...f.answers, [key]: value } }));
  const setEeo = (key) => (value) => setForm((f) => ({ ...f, eeo: { ...f.eeo, [key]: value } }));

  function submit(e) {
    e.preventDefault();
    const missing = [];
    for (const k of ['firstName', 'lastName', 'email', 'phone', 'resume']) if (!form[k]) missing.push(k);
    for (const q of posting.questions) if (q.required && !form.answers[q.key]) missing.push(q.key);
    setErrors(missing);
    if (!missing.length) setDone(true);
  }

  const years = Array.from({ length: 40 }, (_, i) => String(2026 - i));

  return (
    <div className="gh-page">
      <header className="gh-company">
        <img alt="" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='32' height='32'%3E%3Crect width='32' height='32' rx='6' fill='%23265c4b'/%3E%3C/svg%3E" />
        <span>{posting.company}</span>
        <a className="gh-back" href="#">Back to jobs</a>
      </header>
      <main className="gh-main">
        <h1 className="gh-title">{posting.title}</h1>
        <div className="gh-meta">{posting.meta}</div>
        <p className="gh-blurb">{posting.blurb}</p>
        {done ? (
          <p id="gh-done">Thank you for applying. Your application has been received.</p>
        ) : (
          <form id="application-form" onSubmit={submit} noValidate>
            <div className="gh-banner" role="status">Welcome back! We used your resume from your last application (June 2024) to autofill some fields. Please review them before you submit.</div>
            <h2>Apply for this job</h2>
            <div className="gh-row">
              <Text id="first_name" label="First Name" value={form.firstName} onChange={set('firstName')} required autoComplete="given-name" />
              <Text id="last_name" label="Last Name" value={form.lastName} onChange={set('lastName')} required autoComplete="family-name" />
            </div>
            <Text id="preferred_name" label="Preferred First Name" value={form.preferredName} onChange={set('preferredName')} />
            <Text id="email" label="Email" type="email" value={form.email} onChange={set('email')} required autoComplete="email" />
            <Text id="phone" label="Phone" type="tel" value={form.phone} onChange={set('phone')} required autoComplete="tel" />
            <Text id="candidate-location" label="Location (City)" value={form.location} onChange={set('location')} />
            <div className="gh-field">
              <div className="gh-label" id="upload-label-resume">Resume/CV<span className="gh-req">*</span></div>
              <div className="gh-upload">
                <label className="gh-button" htmlFor="resume">Attach</label>
                <input id="resume" type="file" className="visually-hidden" accept=".pdf,.doc,.docx,.txt,.rtf" aria-labelledby="upload-label-resume" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
                <span className="gh-file">{form.resume ?? 'No file chosen'}</span>
              </div>
              <div className="gh-hint">Accepted file types: pdf, doc, docx, txt, rtf</div>
            </div>
            <div className="gh-field">
              <div className="gh-label" id="upload-label-cover_letter">Cover Letter</div>
              <div className="gh-upload">
                <label className="gh-button" htmlFor="cover_letter">Attach</label>
                <input id="cover_letter" type="file" className="visually-hidden" accept=".pdf,.doc,.docx,.txt,.rtf" aria-labelledby="upload-label-cover_letter" onChange={(e) => set('coverLetter')(e.target.files[0]?.name ?? null)} />
                <span className="gh-file">{form.coverLetter ?? 'No file chosen'}</span>
              </div>
            </div>
            <Text id="question_linkedin" label="LinkedIn Profile" value={form.linkedin} onChange={set('linkedin')} />

            <h3 className="gh-section">Employment</h3>
            <p className="gh-hint">Start with your current role.</p>
            {form.employment.map((job, i) => (
              <fieldset className="gh-entry" key={`job-${i}`} id={`employment-${i}`}>
                <legend className="visually-hidden">Employment {i + 1}</legend>
                {i > 0 && <button type="button" className="gh-remove" aria-label={`Remove employment ${i + 1}`} onClick={() => setForm((f) => ({ ...f, employment: f.employment.filter((_, n) => n !== i) }))}>Remove</button>}
                <div className="gh-row">
                  <Text id={`company-name-${i}`} label="Company name" value={job.company} onChange={setJob(i, 'company')} />
                  <Text id={`title-${i}`} label="Title" value={job.title} onChange={setJob(i, 'title')} />
                </div>
                <div className="gh-row">
                  <Pick id={`start-date-month-${i}`} label="Start date month" options={MONTHS} value={job.startMonth} onChange={setJob(i, 'startMonth')} />
                  <Text id={`start-date-year-${i}`} label="Start date year" value={job.startYear} onChange={setJob(i, 'startYear')} inputMode="numeric" maxLength={4} />
                </div>
                {!job.current && (
                  <div className="gh-row">
                    <Pick id={`end-date-month-${i}`} label="End date month" options={MONTHS} value={job.endMonth} onChange={setJob(i, 'endMonth')} />
                    <Text id={`end-date-year-${i}`} label="End date year" value={job.endYear} onChange={setJob(i, 'endYear')} inputMode="numeric" maxLength={4} />
                  </div>
                )}
                <label className="gh-check"><input type="checkbox" id={`current-role-${i}`} checked={job.current} onChange={(e) => setJob(i, 'current')(e.target.checked)} /> Current role</label>
              </fieldset>
            ))}
            <button type="button" className="gh-add" id="add-employment" onClick={() => setForm((f) => ({ ...f, employment: [...f.employment, emptyJob()] }))}>+ Add another</button>

            <h3 className="gh-section">Education</h3>
            {form.education.map((edu, i) => (
              <fieldset className="gh-entry" key={`edu-${i}`} id={`education-${i}`}>
                <legend className="visually-hidden">Education {i + 1}</legend>
                <Pick id={`school--${i}`} label="School" options={SCHOOLS} value={edu.school} onChange={setEdu(i, 'school')} search />
                <Pick id={`degree--${i}`} label="Degree" options={DEGREES} value={edu.degree} onChange={setEdu(i, 'degree')} />
                <Pick id={`discipline--${i}`} label="Discipline" options={DISCIPLINES} value={edu.discipline} onChange={setEdu(i, 'discipline')} />
                <Pick id={`end-year--${i}`} label="End date year" options={years} value={edu.endYear || null} onChange={(v) => setEdu(i, 'endYear')(v ?? '')} />
              </fieldset>
            ))}
            <button type="button" className="gh-add" id="add-education" onClick={() => setForm((f) => ({ ...f, education: [...f.education, emptySchool()] }))}>+ Add another</button>

            <h3 className="gh-section">Questions</h3>
            {posting.questions.map((q) =>
              q.type === 'textarea' ? (
                <div className="gh-field" key={q.key}>
                  <label className="gh-label" htmlFor={q.key}>{q.label}{q.required && <span className="gh-req">*</span>}</label>
                  <textarea id={q.key} className="gh-input" rows={4} value={form.answers[q.key] ?? ''} onChange={(e) => setAnswer(q.key)(e.target.value || null)} />
                </div>
              ) : q.type === 'text' ? (
                <Text key={q.key} id={q.key} label={q.label} required={q.required} value={form.answers[q.key] ?? ''} onChange={(v) => setAnswer(q.key)(v || null)} />
              ) : (
                <Pick key={q.key} id={q.key} label={q.label} required={q.required} options={q.options} value={form.answers[q.key] ?? null} onChange={setAnswer(q.key)} />
              ),
            )}

            <h3 className="gh-section">Voluntary Self-Identification</h3>
            <p className="gh-hint">{posting.company} is an equal opportunity employer. Completion of this section is voluntary.</p>
            <Pick id="gender" label="Gender" options={['Female', 'Male', 'Decline To Self Identify']} value={form.eeo.gender} onChange={setEeo('gender')} />
            <Pick id="race" label="Race" options={['American Indian or Alaskan Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'Native Hawaiian or Other Pacific Islander', 'Two or More Races', 'Decline To Self Identify']} value={form.eeo.race} onChange={setEeo('race')} />
            <Pick id="veteran_status" label="Veteran Status" options={['I am not a protected veteran', 'I identify as one or more of the classifications of a protected veteran', "I don't wish to answer"]} value={form.eeo.veteran} onChange={setEeo('veteran')} />

            {errors.length > 0 && <p className="gh-error" role="alert">Please fill out the required fields: {errors.join(', ')}</p>}
            <button type="submit" className="gh-submit" id="submit-app">Submit application</button>
          </form>
        )}
        <pre id="model">{JSON.stringify(form, null, 1)}</pre>
      </main>
    </div>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
