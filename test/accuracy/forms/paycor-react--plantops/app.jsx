/**
 * Another Harrowgate Foods posting (Plant Analytics Engineer) on the same Paycor-Recruiting-style page:
 * other screening questions, a years react-select, sentence sponsorship answers, a source select.
 * A Paycor-Recruiting-style application page in React with the widgets such pages take from npm:
 * react-phone-input-2 (flag dropdown preset to the US, value kept as digits), react-select's
 * CreatableSelect for the current employer (type a name, press Enter to create it) and a creatable
 * multi for skills, AsyncSelect for the school (options load as you type), a plain react-select
 * for the degree, and a react-day-picker calendar in a popover beside a typed MM/DD/YYYY date.
 * Plain controlled inputs, native selects and radios for the rest. State is rendered into
 * <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import PhoneInputModule from 'react-phone-input-2';
import 'react-phone-input-2/lib/style.css';
import Select from 'react-select';
import CreatableSelect from 'react-select/creatable';
import AsyncSelect from 'react-select/async';
import { DayPicker } from 'react-day-picker';
import 'react-day-picker/style.css';

// The package is CommonJS with its component on `default`; the bundler hands over the module object.
const PhoneInput = PhoneInputModule.default ?? PhoneInputModule;

const SCHOOLS = [
  'Arizona State University', 'Boston University', 'Stanford University', 'University of California, Berkeley', 'University of California, Davis',
  'University of California, Los Angeles', 'University of Michigan', 'University of Texas at Austin', 'University of Washington',
].map((name) => ({ value: name, label: name }));
const DEGREES = ['High school diploma', 'Associate', "Bachelor's", "Master's", 'Doctorate'].map((label) => ({ value: label, label }));
const SKILLS = ['SQL', 'Python', 'Power BI', 'Ignition SCADA', 'OSIsoft PI'].map((label) => ({ value: label, label }));
const YEARS = ['0-2 years', '3-5 years', '6-8 years', '9+ years'].map((label) => ({ value: label, label }));
const SOURCES = ['Paycor job board', 'Indeed', 'LinkedIn', 'Harrowgate employee', 'Ohio Means Jobs', 'Other'].map((label) => ({ value: label, label }));
const STATES = [['', 'Select'], ['AZ', 'AZ'], ['CA', 'CA'], ['IL', 'IL'], ['NY', 'NY'], ['OH', 'OH'], ['TX', 'TX'], ['WA', 'WA']];

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '1', street: '', unit: '', city: '', state: '', zip: '', currentEmployer: null, school: null, degree: null,
  skills: [], linkedin: '', years: null, startDate: '', authorized: '', sponsorship: '', weekends: '', salary: '', source: null, resume: null, smsConsent: false,
};

const loadSchools = (query) => new Promise((resolve) => setTimeout(() => resolve(SCHOOLS.filter((school) => school.label.toLowerCase().includes(query.toLowerCase()))), 150));

const pad = (n) => String(n).padStart(2, '0');
const usDate = (date) => `${pad(date.getMonth() + 1)}/${pad(date.getDate())}/${date.getFullYear()}`;
const isoDate = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
function parseUsDate(text) {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const date = new Date(Number(match[3]), Number(match[1]) - 1, Number(match[2]));
  return date.getMonth() === Number(match[1]) - 1 ? date : null;
}

function Row({ field, label, children }) {
  return <div className="row" data-field={field} style={{ margin: '12px 0' }}><label style={{ display: 'block', fontWeight: 600, marginBottom: 4 }} htmlFor={`pc-${field}`}>{label}</label>{children}</div>;
}

function StartDate({ value, onChange }) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const selected = value ? new Date(`${value}T00:00:00`) : undefined;
  return (
    <div style={{ position: 'relative', display: 'flex', gap: 6 }}>
      <input id="pc-startDate" placeholder="MM/DD/YYYY" value={text} onChange={(event) => { setText(event.target.value); const date = parseUsDate(event.target.value); onChange(date ? isoDate(date) : ''); }} />
      <button type="button" aria-label="Choose date" onClick={() => setOpen(!open)}>📅</button>
      {open && (
        <div style={{ position: 'absolute', top: 34, zIndex: 5, background: '#fff', border: '1px solid #ccc' }}>
          <DayPicker mode="single" selected={selected} defaultMonth={selected} onSelect={(date) => { if (date) { setText(usDate(date)); onChange(isoDate(date)); } setOpen(false); }} />
        </div>
      )}
    </div>
  );
}

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const input = (key, label, type = 'text') => (
    <Row field={key} label={label}><input id={`pc-${key}`} name={key} type={type} value={form[key]} onChange={(event) => set(key)(event.target.value)} style={{ width: '100%', padding: 7, boxSizing: 'border-box' }} /></Row>
  );
  const radios = (key, question, options) => (
    <fieldset data-field={key} style={{ border: 0, padding: 0, margin: '12px 0' }}>
      <legend style={{ fontWeight: 600 }}>{question}</legend>
      {options.map((option) => (
        <label key={option} style={{ marginRight: 16 }}><input type="radio" name={key} value={option} checked={form[key] === option} onChange={() => set(key)(option)} /> {option}</label>
      ))}
    </fieldset>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.email && form.resume && form.authorized && form.sponsorship) setSent(true);
  };
  if (sent) return <h2 id="pc-done">Thanks! Your application for Plant Analytics Engineer is in.</h2>;
  return (
    <form onSubmit={submit} noValidate>
      <h1>Plant Analytics Engineer</h1>
      <p>Harrowgate Foods · Lima, OH (on-site) · $98,000 – $122,000 · relocation assistance available</p>
      <div style={{ display: 'flex', gap: 12 }}>{input('firstName', 'First Name *')}{input('lastName', 'Last Name *')}</div>
      {input('email', 'Email *', 'email')}
      <Row field="phone" label="Phone *"><PhoneInput country="us" value={form.phone} onChange={(value) => set('phone')(value)} inputProps={{ id: 'pc-phone', name: 'phone' }} /></Row>
      {input('street', 'Street Address')}
      {input('unit', 'Apt / Suite')}
      <div style={{ display: 'flex', gap: 12 }}>
        {input('city', 'City')}
        <Row field="state" label="State"><select id="pc-state" value={form.state} onChange={(event) => set('state')(event.target.value)}>{STATES.map(([value, label]) => <option key={label} value={value}>{label}</option>)}</select></Row>
        {input('zip', 'Zip Code')}
      </div>
      <Row field="currentEmployer" label="Current or Most Recent Employer">
        <CreatableSelect inputId="pc-currentEmployer" classNamePrefix="rs" isClearable placeholder="Type to add…" options={[]} value={form.currentEmployer ? { value: form.currentEmployer, label: form.currentEmployer } : null} onChange={(option) => set('currentEmployer')(option?.value ?? null)} />
      </Row>
      <Row field="school" label="College / University">
        <AsyncSelect inputId="pc-school" classNamePrefix="rs" cacheOptions loadOptions={loadSchools} placeholder="Start typing your school" value={form.school ? { value: form.school, label: form.school } : null} onChange={(option) => set('school')(option?.value ?? null)} />
      </Row>
      <Row field="degree" label="Highest Degree Earned">
        <Select inputId="pc-degree" classNamePrefix="rs" options={DEGREES} value={DEGREES.find((option) => option.value === form.degree) ?? null} onChange={(option) => set('degree')(option?.value ?? null)} />
      </Row>
      {input('linkedin', 'LinkedIn URL')}
      <Row field="years" label="Years of experience with manufacturing or operations data *">
        <Select inputId="pc-years" classNamePrefix="rs" options={YEARS} value={YEARS.find((option) => option.value === form.years) ?? null} onChange={(option) => set('years')(option?.value ?? null)} />
      </Row>
      <Row field="skills" label="Tools you use regularly">
        <CreatableSelect inputId="pc-skills" classNamePrefix="rs" isMulti options={SKILLS} value={form.skills.map((skill) => ({ value: skill, label: skill }))} onChange={(options) => set('skills')(options.map((option) => option.value))} />
      </Row>
      <Row field="startDate" label="Date Available"><StartDate value={form.startDate} onChange={set('startDate')} /></Row>
      {input('salary', 'Desired Annual Salary')}
      {radios('authorized', 'Are you legally eligible to work in the United States? *', ['Yes', 'No'])}
      {radios('sponsorship', 'Immigration sponsorship *', ['I will require sponsorship now or in the future', 'I will not require sponsorship'])}
      {radios('weekends', 'Plant shutdowns run over weekends twice a year. Can you be on site for them?', ['Yes', 'No', 'Need more details'])}
      <Row field="source" label="How did you find this job?">
        <Select inputId="pc-source" classNamePrefix="rs" options={SOURCES} value={SOURCES.find((option) => option.value === form.source) ?? null} onChange={(option) => set('source')(option?.value ?? null)} />
      </Row>
      <Row field="resume" label="Resume *"><input id="pc-resume" type="file" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} /></Row>
      <div data-field="smsConsent" style={{ margin: '12px 0' }}><label><input type="checkbox" checked={form.smsConsent} onChange={(event) => set('smsConsent')(event.target.checked)} /> Text me about new Harrowgate openings near Lima.</label></div>
      <button type="submit" id="pc-submit">Submit Application</button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
