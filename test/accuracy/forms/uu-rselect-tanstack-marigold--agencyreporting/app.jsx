/*
 * Marigold Fare Systems (transit fare payments, offices in Oakland and London) careers page: React 19,
 * form state in TanStack Form (useForm + form.Field, validators on blur and submit), choice controls
 * from react-select 5 (classNamePrefix "rs"): AsyncSelect city search that loads as you type,
 * a country Select over world-countries ("United States Minor Outlying Islands" listed),
 * AsyncCreatableSelect employer ("Add …" when the lookup has no match), non-searchable year ranges,
 * grouped degrees, sentence sponsorship options, creatable multi skills (leave), clearable "how did
 * you hear" and EEO selects. The phone is react-phone-input-2 preset to the UK (+44 in the box);
 * the salary a react-number-format NumericFormat ("$150,000"). A prior-employee question reveals an
 * employee-ID box only when answered Yes. Header "Check application status" box. State goes to
 * <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from '@tanstack/react-form';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import AsyncCreatableSelect from 'react-select/async-creatable';
import CreatableSelect from 'react-select/creatable';
import PhoneInputModule from 'react-phone-input-2';
import 'react-phone-input-2/lib/style.css';
import { NumericFormat } from 'react-number-format';
import countries from 'world-countries';

const PhoneInput = PhoneInputModule.default ?? PhoneInputModule; // CommonJS module: esbuild hands over the exports object

const opt = (x) => ({ value: x, label: x });
const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b)).map(opt);
const CITIES = [
  'Oakland, CA, United States', 'San Francisco, CA, United States', 'South San Francisco, CA, United States', 'San Francisco del Oro, Chihuahua, Mexico',
  'San Mateo, CA, United States', 'San Rafael, CA, United States', 'Sacramento, CA, United States', 'Portland, OR, United States', 'Seattle, WA, United States',
  'Chicago, IL, United States', 'New York, NY, United States', 'London, England, United Kingdom', 'Manchester, England, United Kingdom', 'Toronto, ON, Canada',
];
const loadCities = (q) => new Promise((r) => setTimeout(() => r(q.trim().length < 2 ? [] : CITIES.filter((c) => c.toLowerCase().includes(q.trim().toLowerCase())).map(opt)), 400));
const COMPANIES = ['Brightline Transit', 'Bay Area Rapid Transit', 'Clipper (MTC)', 'Cubic Transportation Systems', 'Masabi', 'Stripe', 'Square', 'Transport for London', 'Uber', 'Lyft'];
const loadCompanies = (q) => new Promise((r) => setTimeout(() => r(COMPANIES.filter((c) => c.toLowerCase().includes(q.trim().toLowerCase())).map(opt)), 250));
const YEARS = ['0–3 years', '4–6 years', '7–9 years', '10+ years'].map(opt);
const DEGREES = [
  { label: 'Other', options: ['No degree', 'Professional certificate'].map(opt) },
  { label: 'Undergraduate', options: ['Associate of Arts / Science', 'Bachelor of Arts / Bachelor of Science'].map(opt) },
  { label: 'Graduate', options: ['Master of Arts / Science / MBA', 'Doctor of Philosophy'].map(opt) },
];
const SPONSOR = ['Yes, I need sponsorship now', 'Yes, I will need it later', 'No, I will not need sponsorship'].map(opt);
const SKILLS = ['Excel', 'Looker', 'Power BI', 'Python', 'R', 'SQL', 'Tableau'].map(opt);
const HEARD = ['APTA conference', 'LinkedIn', 'Indeed', 'Marigold careers site', 'Someone at Marigold', 'Other'].map(opt);
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I prefer not to say'].map(opt);

function Model({ values }) {
  document.getElementById('model').textContent = JSON.stringify(values, null, 2);
  return null;
}

function App() {
  const [sent, setSent] = useState(false);
  const form = useForm({
    defaultValues: {
      firstName: '', middleName: '', lastName: '', email: '', confirmEmail: '', phone: '44', city: null, country: null, linkedin: '', github: '',
      employer: null, jobTitle: '', years: null, degree: null, skills: [], authorized: '', sponsorship: null, formerEmployee: '', employeeId: '',
      startDate: '', salary: null, resume: '', coverLetterFile: '', motivation: '', heard: null, race: null, disability: '', smsUpdates: false, consent: false,
    },
    onSubmit: () => setSent(true),
  });
  const required = (msg) => ({ onBlur: ({ value }) => (value ? undefined : msg), onSubmit: ({ value }) => (value ? undefined : msg) });
  const err = (f) => (f.state.meta.errors.length ? <div className="err">{f.state.meta.errors[0]}</div> : null);
  const text = (name, label, props = {}) => (
    <form.Field name={name} validators={props.required ? required(`${label} is required`) : undefined}>
      {(f) => (
        <div className="row">
          <label htmlFor={`mg-${name}`}>{label}{props.required && <span className="req"> *</span>}</label>
          <input id={`mg-${name}`} name={name} type={props.type ?? 'text'} placeholder={props.placeholder} value={f.state.value} onBlur={f.handleBlur} onChange={(e) => f.handleChange(e.target.value)} />
          {props.hint && <div className="hint">{props.hint}</div>}
          {err(f)}
        </div>
      )}
    </form.Field>
  );
  const rs = (name, label, render) => (
    <form.Field name={name}>
      {(f) => (
        <div className="row" data-field={name}>
          <label htmlFor={`mg-${name}`}>{label}</label>
          {render(f)}
        </div>
      )}
    </form.Field>
  );
  const single = (f) => ({ inputId: `mg-${f.name}`, classNamePrefix: 'rs', value: f.state.value ? opt(f.state.value) : null, onChange: (o) => f.handleChange(o ? o.value : null) });
  const radios = (name, label, options) => (
    <form.Field name={name}>
      {(f) => (
        <fieldset className="row" id={`mg-${name}`}>
          <legend>{label}</legend>
          {options.map((o) => (
            <label key={o} className="radio"><input type="radio" name={name} value={o} checked={f.state.value === o} onChange={() => f.handleChange(o)} /> {o}</label>
          ))}
        </fieldset>
      )}
    </form.Field>
  );
  if (sent) return <div id="mg-done" className="done">Thanks — your application is with our recruiting team. You can check its status any time from the header.</div>;
  return (
    <form id="mg-apply" noValidate onSubmit={(e) => { e.preventDefault(); e.stopPropagation(); form.handleSubmit(); }}>
      <p className="kicker">Agency Success · Oakland, CA or remote (US)</p>
      <h1>Senior Data Analyst, Agency Reporting</h1>
      <p>Eleven transit agencies read the monthly fare and ridership reports we send them, and their boards quote the numbers in public. You will own those reports end to end, from the SQL to the board-ready charts.</p>

      <h2>Your details</h2>
      <div className="cols">{text('firstName', 'Legal first name', { required: true })}{text('middleName', 'Middle name (optional)')}{text('lastName', 'Legal last name', { required: true })}</div>
      <div className="cols">{text('email', 'Email', { type: 'email', required: true })}{text('confirmEmail', 'Re-enter email', { type: 'email' })}</div>
      <form.Field name="phone">
        {(f) => (
          <div className="row">
            <label htmlFor="mg-phone">Phone</label>
            <PhoneInput country="gb" preferredCountries={['gb', 'us', 'ca']} value={f.state.value} onChange={(v) => f.handleChange(v)} inputProps={{ id: 'mg-phone', name: 'phone' }} />
          </div>
        )}
      </form.Field>
      {rs('city', 'Current city', (f) => (
        <AsyncSelect {...single(f)} cacheOptions loadOptions={loadCities} placeholder="Start typing your city…" noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Type at least 2 letters' : 'No cities found')} />
      ))}
      {rs('country', 'Country of residence', (f) => <Select {...single(f)} options={COUNTRIES} placeholder="Select a country" />)}
      <div className="cols">{text('linkedin', 'LinkedIn')}{text('github', 'GitHub')}</div>

      <h2>Experience</h2>
      {rs('employer', 'Current or most recent employer', (f) => (
        <AsyncCreatableSelect {...single(f)} cacheOptions defaultOptions loadOptions={loadCompanies} placeholder="Search companies…" formatCreateLabel={(v) => `Add "${v}"`} />
      ))}
      {text('jobTitle', 'Job title')}
      {rs('years', 'How much analytics experience do you have?', (f) => <Select {...single(f)} options={YEARS} isSearchable={false} placeholder="Select…" />)}
      {rs('degree', 'Education', (f) => <Select {...single(f)} options={DEGREES} placeholder="Select…" />)}
      {rs('skills', 'Skills (add your own)', (f) => (
        <CreatableSelect inputId="mg-skills" classNamePrefix="rs" isMulti options={SKILLS} value={f.state.value.map(opt)} onChange={(os) => f.handleChange(os.map((o) => o.value))} placeholder="Add skills…" />
      ))}
      <form.Field name="resume" validators={required('Please attach a resume')}>
        {(f) => (
          <div className="row">
            <label htmlFor="mg-resume">Resume / CV <span className="req">*</span></label>
            <input id="mg-resume" name="resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => f.handleChange(e.target.files?.[0]?.name ?? '')} />
            {err(f)}
          </div>
        )}
      </form.Field>
      <form.Field name="coverLetterFile">
        {(f) => (
          <div className="row">
            <label htmlFor="mg-coverLetterFile">Cover letter (optional)</label>
            <input id="mg-coverLetterFile" name="coverLetterFile" type="file" accept=".pdf,.doc,.docx,.txt" onChange={(e) => f.handleChange(e.target.files?.[0]?.name ?? '')} />
          </div>
        )}
      </form.Field>

      <h2>Eligibility</h2>
      {radios('authorized', 'Do you have the right to work in the US?', ['Yes, I do', 'No, I do not'])}
      {rs('sponsorship', 'Will you need Marigold to sponsor a visa?', (f) => <Select {...single(f)} options={SPONSOR} isSearchable={false} placeholder="Select…" />)}
      {radios('formerEmployee', 'Have you been employed by Marigold or one of its agencies before?', ['Yes', 'No'])}
      <form.Subscribe selector={(s) => s.values.formerEmployee}>
        {(former) => (former === 'Yes' ? text('employeeId', 'Former employee ID') : null)}
      </form.Subscribe>
      {text('startDate', 'Earliest start date', { type: 'date' })}
      <form.Field name="salary">
        {(f) => (
          <div className="row">
            <label htmlFor="mg-salary">Expected base salary (USD / year)</label>
            <NumericFormat id="mg-salary" name="salary" thousandSeparator="," prefix="$" allowNegative={false} decimalScale={0} placeholder="$"
              value={f.state.value ?? ''} onValueChange={(vals) => f.handleChange(vals.floatValue ?? null)} />
          </div>
        )}
      </form.Field>
      <form.Field name="motivation">
        {(f) => (
          <div className="row">
            <label htmlFor="mg-motivation">Which agency KPI would you rebuild first, and why?</label>
            <textarea id="mg-motivation" name="motivation" rows={4} value={f.state.value} onChange={(e) => f.handleChange(e.target.value)} />
          </div>
        )}
      </form.Field>
      {rs('heard', 'Where did you find this job?', (f) => <Select {...single(f)} options={HEARD} isClearable placeholder="Select…" />)}

      <h2>Voluntary self-identification</h2>
      {rs('race', 'Race / ethnicity', (f) => <Select {...single(f)} options={RACE} isClearable placeholder="Select…" />)}
      {radios('disability', 'Do you have a disability?', ['Yes, I have a disability', 'No, I do not have a disability', 'I do not want to answer'])}

      <form.Field name="smsUpdates">
        {(f) => <label className="check"><input id="mg-smsUpdates" type="checkbox" checked={f.state.value} onChange={(e) => f.handleChange(e.target.checked)} /> Text me updates about my application</label>}
      </form.Field>
      <form.Field name="consent" validators={{ onSubmit: ({ value }) => (value ? undefined : 'Please accept the privacy notice') }}>
        {(f) => (
          <div>
            <label className="check"><input id="mg-consent" type="checkbox" checked={f.state.value} onChange={(e) => f.handleChange(e.target.checked)} /> I have read the applicant privacy notice</label>
            {err(f)}
          </div>
        )}
      </form.Field>
      <button id="mg-submit" type="submit">Submit application</button>
      <form.Subscribe selector={(s) => s.values}>{(values) => <Model values={values} />}</form.Subscribe>
    </form>
  );
}

function Header() {
  return (
    <header>
      <strong>marigold<span>.</span>careers</strong>
      <form id="mg-status" onSubmit={(e) => e.preventDefault()}>
        <span>Check application status</span>
        <input id="mg-status-ref" placeholder="Application ref." aria-label="Application reference" />
        <input id="mg-status-email" type="email" placeholder="Email" aria-label="Email used to apply" />
        <button type="submit">Check</button>
      </form>
    </header>
  );
}

createRoot(document.getElementById('root')).render(<><Header /><main><App /></main></>);
