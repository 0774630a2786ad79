/**
 * Greenhouse job board, the newer React layout (job-boards.greenhouse.io/<board>/jobs/<id>):
 * react-select widgets with classNamePrefix "select" (phone country "United States +1", async
 * location and school searches, degree, custom yes/no and bucket questions, EEO), file inputs
 * behind "Attach" with an "Enter manually" alternative, an Education block, question_<id> inputs,
 * a required privacy acknowledgement and an optional retention consent. State in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import countries from 'world-countries';

const POSTING = { title: 'Senior Financial Analyst, FP&A', company: 'Larkspur Mobility' };

const dial = (country) => (country.idd.suffixes.length === 1 ? country.idd.root + country.idd.suffixes[0] : country.idd.root);
const PHONE_COUNTRIES = countries
  .filter((country) => country.idd.root)
  .map((country) => ({ value: country.cca2, label: `${country.name.common} ${dial(country)}` }))
  .sort((a, b) => a.label.localeCompare(b.label));

const PLACES = [
  'San Francisco, California, United States',
  'South San Francisco, California, United States',
  'San Francisco, Córdoba, Argentina',
  'San Francisco de Macorís, Duarte, Dominican Republic',
  'San Fernando, California, United States',
  'Sacramento, California, United States',
  'Oakland, California, United States',
  'Los Angeles, California, United States',
  'New York, New York, United States',
  'Seattle, Washington, United States',
];
const SCHOOLS = [
  'Berkeley City College',
  'Berkeley College',
  'Berklee College of Music',
  'San Francisco State University',
  'Stanford University',
  'University of California, Berkeley',
  'University of California, Davis',
  'University of California, Los Angeles',
  'University of California, San Diego',
  'University of San Francisco',
  'Other',
];
const DEGREES = ['High School', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Master of Business Administration (M.B.A.)', 'Juris Doctor (J.D.)', 'Doctor of Medicine (M.D.)', 'Doctor of Philosophy (Ph.D.)', "Engineer's Degree", 'Other'];
const DISCIPLINES = ['Computer Science', 'Economics', 'Electrical Engineering', 'Information Systems', 'Mathematics', 'Physics', 'Statistics', 'Other'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const searchIn = (list) => (input) =>
  new Promise((resolve) => {
    const needle = input.trim().toLowerCase();
    setTimeout(() => resolve(needle.length < 2 ? [] : list.filter((entry) => entry.toLowerCase().includes(needle)).map((entry) => ({ value: entry, label: entry }))), 250);
  });

const searchPlaces = searchIn(PLACES);
const searchSchools = searchIn(SCHOOLS);

const YES_NO = [{ value: 1, label: 'Yes' }, { value: 0, label: 'No' }];
const QUESTIONS = [
  { id: '4521304001', label: 'Current company', kind: 'text', required: true },
  { id: '4521301001', label: 'LinkedIn Profile', kind: 'text' },
  { id: '4521311001', label: 'Portfolio, personal site or other link', kind: 'text' },
  { id: '4521309001', label: 'Are you currently based in the San Francisco Bay Area?', kind: 'yesno', required: true },
  { id: '4521302001', label: 'Are you currently authorized to work in the United States on a full-time basis?', kind: 'yesno', required: true },
  { id: '4521303001', label: 'Will you now, or in the future, require Larkspur to sponsor an immigration case in order to employ you?', kind: 'yesno', required: true },
  { id: '4521306001', label: 'How many years of FP&A or corporate finance experience do you have?', kind: 'select', required: true, options: ['0-2 years', '3-5 years', '6-8 years', '9+ years'] },
  { id: '4521307001', label: 'Do you hold a CPA or CFA designation?', kind: 'select', required: true, options: ['CPA', 'CFA', 'Both', 'Neither'] },
  { id: '4521308001', label: 'What is your expected annual base salary (USD)?', kind: 'text', required: true },
  { id: '4521310001', label: 'What is your notice period?', kind: 'select', options: ['Available now', '2 weeks', '1 month', 'More than 1 month'] },
  { id: '4521312001', label: 'Tell us about a forecast or model you built that changed a business decision.', kind: 'textarea' },
];
const EEO = [
  { id: 'gender', label: 'Gender', options: ['Male', 'Female', 'Decline To Self Identify'] },
  { id: 'hispanic_ethnicity', label: 'Are you Hispanic/Latino?', options: ['Yes', 'No', 'Decline To Self Identify'] },
  { id: 'race', label: 'Please identify your race', options: ['American Indian or Alaskan Native', 'Asian', 'Black or African American', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or More Races', 'Decline To Self Identify'] },
  { id: 'veteran_status', label: 'Veteran Status', options: ['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', "I don't wish to answer"] },
  { id: 'disability_status', label: 'Disability Status', options: ['Yes, I have a disability, or have had one in the past', 'No, I do not have a disability and have not had one in the past', 'I do not want to answer'] },
];

function Label({ htmlFor, id, text, required }) {
  return (
    <label htmlFor={htmlFor} id={id} className="label">
      {text}
      {required ? <span className="asterisk">*</span> : null}
    </label>
  );
}

function Text({ id, label, required, value, onChange, type = 'text', multiline }) {
  return (
    <div className="input-wrapper">
      <Label htmlFor={id} text={label} required={required} />
      {multiline ? (
        <textarea id={id} className="input" rows={4} aria-required={required ? 'true' : 'false'} value={value} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input id={id} type={type} className="input" aria-required={required ? 'true' : 'false'} autoComplete="off" value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

function Pick({ id, label, required, options, value, onChange, loadOptions }) {
  const common = {
    inputId: id,
    'aria-labelledby': `${id}-label`,
    'aria-required': required ? 'true' : 'false',
    classNamePrefix: 'select',
    placeholder: 'Select...',
    isClearable: true,
    onChange: (option) => onChange(option ? option.value : null),
  };
  return (
    <div className="select" id={`${id}-field`}>
      <Label htmlFor={id} id={`${id}-label`} text={label} required={required} />
      {loadOptions ? (
        <AsyncSelect {...common} loadOptions={loadOptions} cacheOptions value={value ? { value, label: value } : null} noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Start typing...' : 'No results found')} />
      ) : (
        <Select {...common} options={options} value={options.find((option) => option.value === value) ?? null} />
      )}
    </div>
  );
}

function Attachment({ id, label, required, file, text, onFile, onText }) {
  const [manual, setManual] = useState(false);
  return (
    <div className="file-upload" id={`${id}-field`}>
      <div className="label" id={`${id}-label`}>
        {label}
        {required ? <span className="asterisk">*</span> : null}
      </div>
      <div className="file-upload__wrapper">
        <label className="btn" htmlFor={id}>Attach</label>
        <input id={id} type="file" className="visually-hidden" aria-labelledby={`${id}-label`} accept=".pdf,.doc,.docx,.txt,.rtf" onChange={(event) => onFile(event.target.files[0]?.name ?? null)} />
        <button type="button" className="btn" onClick={() => setManual(!manual)}>Enter manually</button>
        {file ? <span className="helper-text">{file}</span> : <span className="helper-text">Accepted file types: pdf, doc, docx, txt, rtf</span>}
      </div>
      {manual ? <textarea id={`${id}_text`} className="input" rows={6} aria-labelledby={`${id}-label`} value={text} onChange={(event) => onText(event.target.value)} /> : null}
    </div>
  );
}

function Application() {
  const [form, setForm] = useState({
    first_name: '', last_name: '', preferred_name: '', email: '', phone_country: null, phone: '', location: null,
    resume: null, resume_text: '', cover_letter: null, cover_letter_text: '',
    education: { school: null, degree: null, discipline: null, start_month: null, start_year: '', end_month: null, end_year: '' },
    questions: {}, privacy_acknowledged: false, retention_consent: false, eeo: {},
  });
  const [errors, setErrors] = useState([]);
  const [submitted, setSubmitted] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const setEdu = (key) => (value) => setForm((current) => ({ ...current, education: { ...current.education, [key]: value } }));
  const setQuestion = (id) => (value) => setForm((current) => ({ ...current, questions: { ...current.questions, [id]: value } }));
  const setEeo = (id) => (value) => setForm((current) => ({ ...current, eeo: { ...current.eeo, [id]: value } }));
  const monthOptions = MONTHS.map((month) => ({ value: month, label: month }));

  const submit = (event) => {
    event.preventDefault();
    const missing = ['first_name', 'last_name', 'email', 'phone_country', 'phone', 'location'].filter((key) => !form[key]);
    if (!form.resume && !form.resume_text) missing.push('resume');
    for (const question of QUESTIONS) if (question.required && (form.questions[question.id] ?? '') === '') missing.push(`question_${question.id}`);
    if (!form.privacy_acknowledged) missing.push('privacy_acknowledged');
    setErrors(missing);
    if (missing.length === 0) setSubmitted(true);
  };

  if (submitted)
    return (
      <div id="application-confirmation">
        <h2>Thank you for applying to {POSTING.company}!</h2>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </div>
    );
  return (
    <form id="application-form" className="application--form" onSubmit={submit} noValidate>
      <h2 className="section-header">Apply for this job</h2>
      <p className="helper-text"><span className="asterisk">*</span> indicates a required field</p>
      <div className="application--questions">
        <Text id="first_name" label="First Name" required value={form.first_name} onChange={set('first_name')} />
        <Text id="last_name" label="Last Name" required value={form.last_name} onChange={set('last_name')} />
        <Text id="preferred_name" label="Preferred First Name" value={form.preferred_name} onChange={set('preferred_name')} />
        <Text id="email" label="Email" required type="email" value={form.email} onChange={set('email')} />
        <div className="phone-input">
          <Pick id="country" label="Country" required options={PHONE_COUNTRIES} value={form.phone_country} onChange={set('phone_country')} />
          <Text id="phone" label="Phone" required type="tel" value={form.phone} onChange={set('phone')} />
        </div>
        <Pick id="candidate-location" label="Location (City)" required loadOptions={searchPlaces} value={form.location} onChange={set('location')} />
        <Attachment id="resume" label="Resume/CV" required file={form.resume} text={form.resume_text} onFile={set('resume')} onText={set('resume_text')} />
        <Attachment id="cover_letter" label="Cover Letter" file={form.cover_letter} text={form.cover_letter_text} onFile={set('cover_letter')} onText={set('cover_letter_text')} />
      </div>
      <h3>Education</h3>
      <div className="education--form" id="education-0">
        <Pick id="school--0" label="School" loadOptions={searchSchools} value={form.education.school} onChange={setEdu('school')} />
        <Pick id="degree--0" label="Degree" options={DEGREES.map((label) => ({ value: label, label }))} value={form.education.degree} onChange={setEdu('degree')} />
        <Pick id="discipline--0" label="Discipline" options={DISCIPLINES.map((label) => ({ value: label, label }))} value={form.education.discipline} onChange={setEdu('discipline')} />
        <div className="date-pair">
          <Pick id="start-month--0" label="Start date month" options={monthOptions} value={form.education.start_month} onChange={setEdu('start_month')} />
          <Text id="start-year--0" label="Start date year" type="number" value={form.education.start_year} onChange={setEdu('start_year')} />
        </div>
        <div className="date-pair">
          <Pick id="end-month--0" label="End date month" options={monthOptions} value={form.education.end_month} onChange={setEdu('end_month')} />
          <Text id="end-year--0" label="End date year" type="number" value={form.education.end_year} onChange={setEdu('end_year')} />
        </div>
      </div>
      <div className="application--questions">
        {QUESTIONS.map((question) => {
          const id = `question_${question.id}`;
          const value = form.questions[question.id] ?? (question.kind === 'text' || question.kind === 'textarea' ? '' : null);
          if (question.kind === 'text' || question.kind === 'textarea')
            return <Text key={id} id={id} label={question.label} required={question.required} multiline={question.kind === 'textarea'} value={value} onChange={setQuestion(question.id)} />;
          const options = question.kind === 'yesno' ? YES_NO : question.options.map((label) => ({ value: label, label }));
          return <Pick key={id} id={id} label={question.label} required={question.required} options={options} value={value} onChange={setQuestion(question.id)} />;
        })}
        <div className="checkbox">
          <input id="privacy_acknowledged" type="checkbox" aria-required="true" checked={form.privacy_acknowledged} onChange={(event) => set('privacy_acknowledged')(event.target.checked)} />
          <label htmlFor="privacy_acknowledged">I have read and acknowledge the <a href="#privacy">Larkspur Mobility Candidate Privacy Notice</a>.<span className="asterisk">*</span></label>
        </div>
        <div className="checkbox">
          <input id="retention_consent" type="checkbox" checked={form.retention_consent} onChange={(event) => set('retention_consent')(event.target.checked)} />
          <label htmlFor="retention_consent">I consent to Larkspur Mobility retaining my application for up to 24 months to consider me for future roles.</label>
        </div>
      </div>
      <div className="eeoc__container">
        <h3>Voluntary Self-Identification</h3>
        <p className="helper-text">For government reporting purposes, we ask candidates to respond to the below self-identification survey. Completion of the form is entirely voluntary.</p>
        {EEO.map((question) => (
          <Pick key={question.id} id={question.id} label={question.label} options={question.options.map((label) => ({ value: label, label }))} value={form.eeo[question.id] ?? null} onChange={setEeo(question.id)} />
        ))}
      </div>
      {errors.length > 0 ? <p className="error" role="alert">Please complete the required fields: {errors.join(', ')}</p> : null}
      <button type="submit" className="btn btn--pill" id="submit-application">Submit application</button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

document.getElementById('job-title').textContent = POSTING.title;
createRoot(document.getElementById('app')).render(<Application />);
