/**
 * Another posting on the Paycor-Recruiting-style React template (see ../paycor-react): the same
 * widgets (react-phone-input-2 preset to the US, react-select Creatable / Async / plain, a
 * react-day-picker popover beside a typed MM/DD/YYYY date), other custom questions: a screening
 * statement before the standard block, a years bucket react-select, statement-worded
 * authorization / sponsorship, a "select all that apply" checklist, a travel question and a
 * LinkedIn box; no unit or skills field. State is rendered into <pre id="model">.
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

const PhoneInput = PhoneInputModule.default ?? PhoneInputModule;

const SCHOOLS = [
  'Colorado State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Irvine', 'University of Colorado Boulder',
  'University of Denver', 'University of Utah', 'UC Berkeley Extension',
].map((name) => ({ value: name, label: name }));
const DEGREES = ['High school diploma or GED', 'Some college', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD)'].map((label) => ({ value: label, label }));
const YEARS = ['Less than 2 years', '2-4 years', '5-6 years', '7-9 years', '10+ years'].map((label) => ({ value: label, label }));
const STATES = [['', 'Select'], ['AZ', 'AZ'], ['CA', 'CA'], ['CO', 'CO'], ['ID', 'ID'], ['MT', 'MT'], ['NM', 'NM'], ['OR', 'OR'], ['UT', 'UT'], ['WA', 'WA'], ['WY', 'WY']];
const CLOUDS = ['AWS', 'Google Cloud', 'Microsoft Azure', 'Snowflake', 'Databricks'];

const EMPTY = {
  sqlAnalytics: '', firstName: '', lastName: '', email: '', phone: '1', street: '', city: '', state: '', zip: '', linkedin: '', currentEmployer: null, school: null, degree: null,
  years: null, startDate: '', authorized: '', sponsorship: '', over18: '', travel: '', clouds: [], salary: '', resume: null, smsConsent: false,
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
  const toggleCloud = (cloud) => (event) => setForm((current) => ({ ...current, clouds: event.target.checked ? [...current.clouds, cloud] : current.clouds.filter((item) => item !== cloud) }));
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.email && form.resume && form.over18 && form.authorized && form.sqlAnalytics) setSent(true);
  };
  if (sent) return <h2 id="pc-done">Thank you for applying to Pinecrest Outdoor Supply!</h2>;
  return (
    <form onSubmit={submit} noValidate>
      <h1>Analytics Engineer II</h1>
      <p>Pinecrest Outdoor Supply · Merchandising Analytics · Denver, CO (hybrid, 3 days in office)</p>
      <p style={{ color: '#555' }}>
        Our analytics engineers own the models behind pricing, assortment and replenishment for 140 stores. You will build dbt models on
        Snowflake, partner with merchants on forecasting, and keep our reporting layer trustworthy.
      </p>
      <h3>Screening question</h3>
      {radios('sqlAnalytics', 'I have 5 or more years of professional experience in SQL-based analytics. *', ['Yes', 'No'])}
      <h3>Contact information</h3>
      <div style={{ display: 'flex', gap: 12 }}>{input('firstName', 'First Name *')}{input('lastName', 'Last Name *')}</div>
      {input('email', 'Email *', 'email')}
      <Row field="phone" label="Phone *"><PhoneInput country="us" value={form.phone} onChange={(value) => set('phone')(value)} inputProps={{ id: 'pc-phone', name: 'phone' }} /></Row>
      {input('street', 'Street Address')}
      <div style={{ display: 'flex', gap: 12 }}>
        {input('city', 'City')}
        <Row field="state" label="State"><select id="pc-state" value={form.state} onChange={(event) => set('state')(event.target.value)}>{STATES.map(([value, label]) => <option key={label} value={value}>{label}</option>)}</select></Row>
        {input('zip', 'Zip Code (optional)')}
      </div>
      {input('linkedin', 'LinkedIn Profile URL')}
      <h3>Experience and education</h3>
      <Row field="currentEmployer" label="Current Employer">
        <CreatableSelect inputId="pc-currentEmployer" classNamePrefix="rs" isClearable placeholder="Type to add…" options={[]} value={form.currentEmployer ? { value: form.currentEmployer, label: form.currentEmployer } : null} onChange={(option) => set('currentEmployer')(option?.value ?? null)} />
      </Row>
      <Row field="years" label="Total years of professional experience *">
        <Select inputId="pc-years" classNamePrefix="rs" isSearchable={false} options={YEARS} value={YEARS.find((option) => option.value === form.years) ?? null} onChange={(option) => set('years')(option?.value ?? null)} />
      </Row>
      <Row field="school" label="School">
        <AsyncSelect inputId="pc-school" classNamePrefix="rs" cacheOptions loadOptions={loadSchools} placeholder="Start typing your school" value={form.school ? { value: form.school, label: form.school } : null} onChange={(option) => set('school')(option?.value ?? null)} />
      </Row>
      <Row field="degree" label="Highest Level of Education">
        <Select inputId="pc-degree" classNamePrefix="rs" options={DEGREES} value={DEGREES.find((option) => option.value === form.degree) ?? null} onChange={(option) => set('degree')(option?.value ?? null)} />
      </Row>
      <Row field="startDate" label="When can you start?"><StartDate value={form.startDate} onChange={set('startDate')} /></Row>
      {input('salary', 'Desired Salary (USD, annual)')}
      <h3>Additional questions</h3>
      {radios('authorized', 'I am legally authorized to work in the United States. *', ['Yes', 'No'])}
      {radios('sponsorship', 'I will require sponsorship for an employment visa now or in the future.', ['Yes', 'No'])}
      {radios('over18', 'I am at least 18 years of age. *', ['Yes', 'No'])}
      {radios('travel', 'This role travels to stores up to 25% of the time. Are you able to travel at that level?', ['Yes', 'No'])}
      <fieldset data-field="clouds" style={{ border: 0, padding: 0, margin: '12px 0' }}>
        <legend style={{ fontWeight: 600 }}>Which of these platforms have you used in production? (select all that apply)</legend>
        {CLOUDS.map((cloud) => (
          <label key={cloud} style={{ display: 'block' }}><input type="checkbox" name="clouds" value={cloud} checked={form.clouds.includes(cloud)} onChange={toggleCloud(cloud)} /> {cloud}</label>
        ))}
      </fieldset>
      <Row field="resume" label="Resume *"><input id="pc-resume" type="file" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} /></Row>
      <div data-field="smsConsent" style={{ margin: '12px 0' }}><label><input type="checkbox" checked={form.smsConsent} onChange={(event) => set('smsConsent')(event.target.checked)} /> Yes, Pinecrest Outdoor Supply may text me about this application.</label></div>
      <button type="submit" id="pc-submit">Submit Application</button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
