/**
 * Ashby application tab: an "Autofill from resume" drop box above the form (its own file input),
 * `_systemfield_*` names for name / email / resume / location, UUID names for the employer's
 * questions, useId ids; yes/no as two toggle buttons (no input), single-choice questions as radio
 * lists, multi-choice as checkboxes, Number and Date fields, a location search whose suggestions
 * come after typing, a data-processing consent and the EEO survey. Form state in <pre id="model">.
 */
import { useId, useState, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

const Q = {
  phone: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c201',
  linkedin: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c202',
  github: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c203',
  website: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c204',
  authorized: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c205',
  sponsorship: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c206',
  onsite: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c207',
  relocate: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c208',
  years: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c209',
  kafka: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c210',
  salary: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c211',
  start: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c212',
  notice: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c213',
  tools: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c214',
  employer: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c215',
  title: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c216',
  source: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c217',
  referrer: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c218',
  why: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c219',
  consent: '3c9d1f20-7a4b-4e2c-9b61-0d8e5fa1c220',
};
const PLACES = ['San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco del Rincón, Guanajuato, Mexico', 'San Fernando, California, United States', 'New York, New York, United States', 'Newark, New Jersey, United States'];

function Entry({ label, required, description, htmlFor, labelId, children, field }) {
  return (
    <div className="ashby-application-form-field-entry" data-field={field}>
      <label className={`ashby-application-form-question-title${required ? ' _required' : ''}`} htmlFor={htmlFor} id={labelId}>{label}</label>
      {description ? <p className="ashby-application-form-question-description">{description}</p> : null}
      {children}
    </div>
  );
}

function TextEntry({ name, label, required, type = 'text', description, placeholder, value, onChange, invalid, multiline }) {
  const id = useId();
  return (
    <Entry label={label} required={required} description={description} htmlFor={id} field={name}>
      {multiline ? (
        <textarea id={id} name={name} rows={5} value={value} aria-invalid={invalid ? 'true' : 'false'} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input id={id} name={name} type={type} placeholder={placeholder} value={value} aria-invalid={invalid ? 'true' : 'false'} onChange={(event) => onChange(event.target.value)} />
      )}
    </Entry>
  );
}

function YesNo({ name, label, required, description, value, onChange, invalid }) {
  const id = useId();
  return (
    <Entry label={label} required={required} description={description} labelId={id} field={name}>
      <div className="_yesno" role="group" aria-labelledby={id} aria-invalid={invalid ? 'true' : 'false'}>
        <button type="button" className={value === true ? '_option _active' : '_option'} aria-pressed={value === true} onClick={() => onChange(true)}>Yes</button>
        <button type="button" className={value === false ? '_option _active' : '_option'} aria-pressed={value === false} onClick={() => onChange(false)}>No</button>
      </div>
    </Entry>
  );
}

function Choice({ name, label, required, options, multiple, value, onChange, invalid }) {
  const id = useId();
  return (
    <Entry label={label} required={required} labelId={id} field={name}>
      <div className="_option-list" role={multiple ? 'group' : 'radiogroup'} aria-labelledby={id} aria-invalid={invalid ? 'true' : 'false'}>
        {options.map((option, index) => (
          <label key={option} htmlFor={`${id}-${index}`}>
            <input
              id={`${id}-${index}`}
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option}
              checked={multiple ? value.includes(option) : value === option}
              onChange={(event) => onChange(multiple ? (event.target.checked ? [...value, option] : value.filter((each) => each !== option)) : option)}
            />
            {option}
          </label>
        ))}
      </div>
    </Entry>
  );
}

function LocationEntry({ value, onChange, invalid }) {
  const id = useId();
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [hits, setHits] = useState([]);
  useEffect(() => {
    const needle = text.trim().toLowerCase().split(',')[0];
    if (needle.length < 3 || text === value) return setHits([]);
    const timer = setTimeout(() => setHits(PLACES.filter((place) => place.toLowerCase().includes(needle))), 300);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <Entry label="Location" required htmlFor={id} field="_systemfield_location" description="Where are you currently located? Start typing and pick your city.">
      <input
        id={id}
        name="_systemfield_location"
        type="text"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        placeholder="Start typing..."
        autoComplete="off"
        value={text}
        aria-invalid={invalid ? 'true' : 'false'}
        onChange={(event) => { setText(event.target.value); setOpen(true); onChange(''); }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && hits.length > 0 ? (
        <ul className="_suggestions" role="listbox" id={`${id}-list`}>
          {hits.map((place) => (
            <li key={place} role="option" aria-selected="false" onMouseDown={(event) => { event.preventDefault(); setText(place); onChange(place); setOpen(false); }}>{place}</li>
          ))}
        </ul>
      ) : null}
    </Entry>
  );
}

function FileEntry({ name, label, required, description, value, onChange, invalid }) {
  const id = useId();
  return (
    <Entry label={label} required={required} description={description} htmlFor={id} field={name}>
      <input id={id} name={name} type="file" className="_fileInput" accept=".pdf,.doc,.docx,.txt" onChange={(event) => onChange(event.target.files[0]?.name ?? '')} />
      <label htmlFor={id} className="_fileButton">{value ? `Replace (${value})` : 'Upload File'}</label>
      {invalid ? <span className="_error">This field is required.</span> : null}
    </Entry>
  );
}

const toIso = (text) => {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return match ? `${match[3]}-${match[1].padStart(2, '0')}-${match[2].padStart(2, '0')}` : null;
};

function Application() {
  const [form, setForm] = useState({
    _autofill_resume: '',
    _systemfield_name: '', _systemfield_email: '', _systemfield_resume: '', _systemfield_location: '',
    [Q.phone]: '', [Q.linkedin]: '', [Q.github]: '', [Q.website]: '',
    [Q.authorized]: null, [Q.sponsorship]: null, [Q.onsite]: null, [Q.relocate]: null,
    [Q.years]: '', [Q.kafka]: null, [Q.salary]: '', [Q.start]: null, [Q.notice]: null, [Q.tools]: [],
    [Q.employer]: '', [Q.title]: '', [Q.source]: null, [Q.referrer]: '', [Q.why]: '', [Q.consent]: false,
    eeo: { gender: null, race: null, veteran: null },
  });
  const [startText, setStartText] = useState('');
  const [invalid, setInvalid] = useState([]);
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const setEeo = (key) => (value) => setForm((current) => ({ ...current, eeo: { ...current.eeo, [key]: value } }));

  const submit = (event) => {
    event.preventDefault();
    const bad = [];
    for (const key of ['_systemfield_name', '_systemfield_email', '_systemfield_resume', '_systemfield_location', Q.phone, Q.linkedin, Q.salary, Q.employer, Q.title]) if (!form[key]) bad.push(key);
    for (const key of [Q.authorized, Q.sponsorship, Q.onsite]) if (form[key] === null) bad.push(key);
    if (!form[Q.consent]) bad.push(Q.consent);
    setInvalid(bad);
    if (bad.length === 0) setDone(true);
  };

  if (done)
    return (
      <div className="ashby-application-form-success-container">
        <h2>Application submitted</h2>
        <p>Thanks for applying to Cindergate Labs. We will be in touch.</p>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </div>
    );
  return (
    <form className="ashby-application-form-container" onSubmit={submit} noValidate>
      <div className="_autofill">
        <strong>Autofill from resume</strong>
        <p className="ashby-application-form-question-description">Upload your resume here to autofill key application fields.</p>
        <input id="autofill-resume" type="file" accept=".pdf,.doc,.docx" aria-label="Upload file to autofill application" onChange={(event) => set('_autofill_resume')(event.target.files[0]?.name ?? '')} />
      </div>
      <TextEntry name="_systemfield_name" label="Name" required value={form._systemfield_name} onChange={set('_systemfield_name')} invalid={invalid.includes('_systemfield_name')} />
      <TextEntry name="_systemfield_email" label="Email" required type="email" value={form._systemfield_email} onChange={set('_systemfield_email')} invalid={invalid.includes('_systemfield_email')} />
      <FileEntry name="_systemfield_resume" label="Resume" required value={form._systemfield_resume} onChange={set('_systemfield_resume')} invalid={invalid.includes('_systemfield_resume')} />
      <TextEntry name={Q.phone} label="Phone Number" required type="tel" value={form[Q.phone]} onChange={set(Q.phone)} invalid={invalid.includes(Q.phone)} />
      <LocationEntry value={form._systemfield_location} onChange={set('_systemfield_location')} invalid={invalid.includes('_systemfield_location')} />
      <TextEntry name={Q.linkedin} label="LinkedIn Profile" required value={form[Q.linkedin]} onChange={set(Q.linkedin)} invalid={invalid.includes(Q.linkedin)} />
      <TextEntry name={Q.github} label="GitHub" value={form[Q.github]} onChange={set(Q.github)} />
      <TextEntry name={Q.website} label="Website or portfolio" value={form[Q.website]} onChange={set(Q.website)} />
      <TextEntry name={Q.employer} label="Current Company" required value={form[Q.employer]} onChange={set(Q.employer)} invalid={invalid.includes(Q.employer)} />
      <TextEntry name={Q.title} label="Current Title" required value={form[Q.title]} onChange={set(Q.title)} invalid={invalid.includes(Q.title)} />
      <YesNo name={Q.authorized} label="Are you legally authorized to work in the United States?" required value={form[Q.authorized]} onChange={set(Q.authorized)} invalid={invalid.includes(Q.authorized)} />
      <YesNo name={Q.sponsorship} label="Will you now or in the future require Cindergate to sponsor a visa for you to work in the United States?" required value={form[Q.sponsorship]} onChange={set(Q.sponsorship)} invalid={invalid.includes(Q.sponsorship)} />
      <YesNo name={Q.onsite} label="We work from our Flatiron office Tuesday through Thursday. Are you able to be on-site 3 days a week?" required value={form[Q.onsite]} onChange={set(Q.onsite)} invalid={invalid.includes(Q.onsite)} />
      <YesNo name={Q.relocate} label="Would you relocate to New York City for this role?" description="Only if you are not already in the NYC area." value={form[Q.relocate]} onChange={set(Q.relocate)} />
      <TextEntry name={Q.years} label="How many years of professional experience do you have?" type="number" value={form[Q.years]} onChange={set(Q.years)} />
      <Choice name={Q.kafka} label="How many years have you worked with Kafka or another streaming platform?" options={['None', 'Less than 2', '2 to 4', '5 or more']} value={form[Q.kafka]} onChange={set(Q.kafka)} />
      <TextEntry name={Q.salary} label="What are your base salary expectations?" description="Annual, in USD." required type="number" value={form[Q.salary]} onChange={set(Q.salary)} invalid={invalid.includes(Q.salary)} />
      <TextEntry name={Q.start} label="Earliest start date" placeholder="MM/DD/YYYY" value={startText} onChange={(text) => { setStartText(text); set(Q.start)(toIso(text)); }} />
      <Choice name={Q.notice} label="What is your notice period?" options={['Available now', '2 weeks', '1 month', 'More than 1 month']} value={form[Q.notice]} onChange={set(Q.notice)} />
      <Choice name={Q.tools} label="Which of these have you run in production? (select all that apply)" multiple options={['Apache Flink', 'Apache Iceberg', 'ClickHouse', 'Temporal']} value={form[Q.tools]} onChange={set(Q.tools)} />
      <Choice name={Q.source} label="How did you hear about Cindergate?" options={['LinkedIn', 'Hacker News "Who is hiring"', 'A friend or colleague', 'Our engineering blog', 'Other']} value={form[Q.source]} onChange={set(Q.source)} />
      <TextEntry name={Q.referrer} label="If someone at Cindergate referred you, who?" value={form[Q.referrer]} onChange={set(Q.referrer)} />
      <TextEntry name={Q.why} label="What excites you about building ledger infrastructure?" multiline value={form[Q.why]} onChange={set(Q.why)} />
      <div className="ashby-application-form-field-entry" data-field={Q.consent}>
        <label htmlFor="consent-box" className="_required" style={{ display: 'flex', gap: 8 }}>
          <input id="consent-box" type="checkbox" name={Q.consent} checked={form[Q.consent]} aria-invalid={invalid.includes(Q.consent) ? 'true' : 'false'} onChange={(event) => set(Q.consent)(event.target.checked)} />
          I agree to Cindergate Labs processing my personal data for recruitment purposes as described in the Candidate Privacy Policy.
        </label>
      </div>
      <h3 className="_section-heading">U.S. Equal Employment Opportunity</h3>
      <p className="ashby-application-form-question-description">Voluntary. Your answers are kept separate from your application.</p>
      <Choice name="eeo_gender" label="Gender" options={['Male', 'Female', 'Decline to self-identify']} value={form.eeo.gender} onChange={setEeo('gender')} />
      <Choice name="eeo_race" label="Race" options={['Hispanic or Latino', 'White', 'Black or African American', 'Asian', 'Native Hawaiian or Other Pacific Islander', 'American Indian or Alaska Native', 'Two or More Races', 'Decline to self-identify']} value={form.eeo.race} onChange={setEeo('race')} />
      <Choice name="eeo_veteran" label="Veteran status" options={['I am a veteran', 'I am not a veteran', 'Decline to self-identify']} value={form.eeo.veteran} onChange={setEeo('veteran')} />
      {invalid.length > 0 ? <p className="_error" role="alert">Please fill in the required fields.</p> : null}
      <button type="submit" className="ashby-application-form-submit-button">Submit Application</button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
