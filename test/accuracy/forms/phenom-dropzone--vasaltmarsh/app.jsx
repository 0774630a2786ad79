/**
 * Another posting of the Phenom-style apply template (Saltmarsh Health Partners, Charleston SC):
 * the same components, plus the tenant's job-specific questions as radio fieldsets and a
 * floating select. Original description: a Phenom-style apply page: floating labels (the <label> after its input, moved up by CSS),
 * two react-dropzone drop zones (resume, cover letter) whose file inputs are hidden inside the
 * zone, a country-code select labelled only by aria-label before the phone, react-datepicker
 * text inputs for the desired start date (MM/dd/yyyy), the date of birth and the graduation month,
 * state as full names, salary with its currency, and a checkbox group of preferred locations.
 * React state is rendered into <pre id="model">.
 */
import 'react-datepicker/dist/react-datepicker.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import DatePicker from 'react-datepicker';
import { useDropzone } from 'react-dropzone';

const STATES = ['Alabama', 'California', 'Florida', 'Georgia', 'Kentucky', 'North Carolina', 'South Carolina', 'Tennessee', 'Virginia'];
const DIAL_CODES = [['US', '+1'], ['MX', '+52'], ['GB', '+44'], ['IN', '+91'], ['DE', '+49']];
const LOCATIONS = ['Charleston, SC', 'Columbia, SC', 'Greenville, SC', 'Remote (US)'];
const YES_NO = ['Yes', 'No'];
const YEARS = ['Less than 3 years', '3 to 5 years', '6 to 10 years', 'More than 10 years'];

const isoDate = (date) => (date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null);

function FloatingText({ id, label, value, onChange, type = 'text' }) {
  return (
    <div className="float">
      <input id={id} name={id} type={type} placeholder=" " value={value} onChange={(event) => onChange(event.target.value)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function FloatingDate({ id, label, value, onChange, ...options }) {
  return (
    <div className={`float${value ? ' filled' : ''}`}>
      <DatePicker id={id} name={id} selected={value} onChange={onChange} ariaLabelledBy={`${id}-label`} {...options} />
      <span className="float-label" id={`${id}-label`}>{label}</span>
    </div>
  );
}

function DropZone({ id, title, accept, file, onFile }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ accept, multiple: false, onDrop: (files) => onFile(files[0]?.name ?? null) });
  return (
    <div {...getRootProps({ className: `dropzone${isDragActive ? ' active' : ''}`, 'data-zone': id })}>
      <input {...getInputProps({ id })} />
      <strong>{title}</strong>
      {file ? <span>{file}</span> : <span>Drag and drop a file here, or click to browse</span>}
    </div>
  );
}

function RadioQuestion({ name, legend, options, value, onChange }) {
  return (
    <fieldset className="checks" data-question={name}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}><input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} /> {option}</label>
      ))}
    </fieldset>
  );
}

const EMPTY = {
  resume: null, firstName: '', lastName: '', email: '', dialCode: '', phone: '', address1: '', address2: '', city: '', state: '', zip: '',
  startDate: null, birthDate: null, graduation: null, salary: '', currency: '', portfolio: '', locations: [], coverLetter: null, alerts: false,
  jsq_4471: '', jsq_4472: '', jsq_4473: '', jsq_4474: '', jsq_4475: '',
};

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const toggleLocation = (place) => (event) => setForm((current) => ({ ...current, locations: event.target.checked ? [...current.locations, place] : current.locations.filter((item) => item !== place) }));
  const submit = (event) => {
    event.preventDefault();
    if (!form.resume || !form.firstName || !form.lastName || !form.email) { setError('Please attach your resume and complete the required fields.'); return; }
    setSent(true);
  };
  if (sent) return <div id="ph-thanks"><h2>Thanks for applying!</h2><p>You'll hear from our recruiting team soon.</p></div>;
  return (
    <form onSubmit={submit} noValidate>
      <h1>Clinical Data Engineer II</h1>
      <p>Saltmarsh Health Partners &middot; Charleston, SC &middot; Full time &middot; Job ID R-24417</p>
      <DropZone id="resume-upload" title="Upload your resume *" accept={{ 'application/pdf': ['.pdf'], 'application/msword': ['.doc', '.docx'] }} file={form.resume} onFile={set('resume')} />
      <div className="row">
        <FloatingText id="firstName" label="First Name *" value={form.firstName} onChange={set('firstName')} />
        <FloatingText id="lastName" label="Last Name *" value={form.lastName} onChange={set('lastName')} />
      </div>
      <FloatingText id="email" label="Email Address *" type="email" value={form.email} onChange={set('email')} />
      <div className="phone-row">
        <select aria-label="Country code" name="dialCode" value={form.dialCode} onChange={(event) => set('dialCode')(event.target.value)}>
          <option value="">Code</option>
          {DIAL_CODES.map(([country, code]) => <option key={country} value={country}>{code}</option>)}
        </select>
        <FloatingText id="phone" label="Phone Number" type="tel" value={form.phone} onChange={set('phone')} />
      </div>
      <FloatingText id="address1" label="Street Address" value={form.address1} onChange={set('address1')} />
      <FloatingText id="address2" label="Apt, Suite, Unit (optional)" value={form.address2} onChange={set('address2')} />
      <div className="row">
        <FloatingText id="city" label="City" value={form.city} onChange={set('city')} />
        <div className="float">
          <select id="state" name="state" value={form.state} onChange={(event) => set('state')(event.target.value)}>
            <option value=""> </option>
            {STATES.map((state) => <option key={state}>{state}</option>)}
          </select>
          <label htmlFor="state">State</label>
        </div>
        <FloatingText id="zip" label="ZIP Code" value={form.zip} onChange={set('zip')} />
      </div>
      <FloatingDate id="startDate" label="Date Available to Start" value={form.startDate} onChange={set('startDate')} dateFormat="MM/dd/yyyy" placeholderText="MM/DD/YYYY" />
      <FloatingDate id="birthDate" label="Date of Birth (optional)" value={form.birthDate} onChange={set('birthDate')} dateFormat="MM/dd/yyyy" placeholderText="MM/DD/YYYY" />
      <FloatingDate id="graduation" label="Graduation Date" value={form.graduation} onChange={set('graduation')} dateFormat="MM/yyyy" showMonthYearPicker placeholderText="MM/YYYY" />
      <div className="row">
        <FloatingText id="salary" label="Desired Pay (annual)" value={form.salary} onChange={set('salary')} />
        <div className="float">
          <select id="currency" name="currency" value={form.currency} onChange={(event) => set('currency')(event.target.value)}>
            <option value=""> </option><option value="USD">USD</option><option value="CAD">CAD</option><option value="MXN">MXN</option><option value="EUR">EUR</option>
          </select>
          <label htmlFor="currency">Currency</label>
        </div>
      </div>
      <FloatingText id="portfolio" label="Portfolio or Work Samples URL" type="url" value={form.portfolio} onChange={set('portfolio')} />
      <fieldset className="checks">
        <legend>Which of our locations would you be open to?</legend>
        {LOCATIONS.map((place) => (
          <label key={place}><input type="checkbox" name="locations" value={place} checked={form.locations.includes(place)} onChange={toggleLocation(place)} /> {place}</label>
        ))}
      </fieldset>
      <h2>Job-Specific Questions</h2>
      <RadioQuestion name="jsq_4471" legend="Are you legally authorized to work in the United States? *" options={YES_NO} value={form.jsq_4471} onChange={set('jsq_4471')} />
      <RadioQuestion name="jsq_4472" legend="Will you now or in the future require Saltmarsh Health Partners to sponsor an employment visa? *" options={YES_NO} value={form.jsq_4472} onChange={set('jsq_4472')} />
      <div className="float">
        <select id="jsq_4473" name="jsq_4473" value={form.jsq_4473} onChange={(event) => set('jsq_4473')(event.target.value)}>
          <option value=""> </option>
          {YEARS.map((years) => <option key={years}>{years}</option>)}
        </select>
        <label htmlFor="jsq_4473">Years of professional data engineering experience *</label>
      </div>
      <RadioQuestion name="jsq_4474" legend="Have you worked with Epic Clarity or Caboodle data? *" options={YES_NO} value={form.jsq_4474} onChange={set('jsq_4474')} />
      <RadioQuestion name="jsq_4475" legend="Are you a current Saltmarsh Health Partners employee? *" options={YES_NO} value={form.jsq_4475} onChange={set('jsq_4475')} />
      <DropZone id="cover-letter-upload" title="Cover letter (optional)" accept={{ 'application/pdf': ['.pdf'], 'text/plain': ['.txt'] }} file={form.coverLetter} onFile={set('coverLetter')} />
      <label><input type="checkbox" id="alerts" checked={form.alerts} onChange={(event) => set('alerts')(event.target.checked)} /> Send me job alerts for similar roles</label>
      {error && <p className="ph-error" role="alert">{error}</p>}
      <p><button type="submit" className="ph-submit">Submit Application</button></p>
      <pre id="model">{JSON.stringify({ ...form, startDate: isoDate(form.startDate), birthDate: isoDate(form.birthDate), graduation: isoDate(form.graduation) })}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
