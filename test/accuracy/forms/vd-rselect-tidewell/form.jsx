/*
 * Tidewell Payments (Melbourne, with a San Francisco hub) careers page, the way a Greenhouse-style
 * React job board renders it: react-hook-form + react-select (plain, Async, Creatable, multi),
 * react-phone-number-input preset to Australia, react-datepicker in the Australian dd/MM/yyyy
 * format, react-dropzone uploads, a country list with the official names from world-countries,
 * salary with a currency react-select preset "AUD" and a pay-period react-select, EEO react-selects
 * and a "how did you hear" to leave alone; header search + sign-in and a footer newsletter.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import CreatableSelect from 'react-select/creatable';
import PhoneInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';
import DatePicker from 'react-datepicker';
import 'react-datepicker/dist/react-datepicker.css';
import { useDropzone } from 'react-dropzone';
import countries from 'world-countries';

const COUNTRIES = countries
  .map((c) => ({ value: c.cca3, label: c.name.official }))
  .sort((a, b) => a.label.localeCompare(b.label));

const PLACES = [
  'San Francisco, California, United States',
  'South San Francisco, California, United States',
  'San Francisco de Macorís, Duarte, Dominican Republic',
  'San Fernando, California, United States',
  'Santa Clara, California, United States',
  'San Jose, California, United States',
  'Oakland, California, United States',
  'Melbourne, Victoria, Australia',
  'Sydney, New South Wales, Australia',
  'Seattle, Washington, United States',
  'New York, New York, United States',
  'Austin, Texas, United States',
].map((label, i) => ({ value: `plc_${1000 + i}`, label }));

const EMPLOYERS = ['Atlassian', 'Block', 'Stripe', 'Afterpay', 'Canva', 'Brex', 'Plaid'].map((label) => ({ value: label, label }));

const CURRENCIES = [
  { value: 'AUD', label: 'AUD – Australian Dollar' },
  { value: 'NZD', label: 'NZD – New Zealand Dollar' },
  { value: 'USD', label: 'USD – US Dollar' },
  { value: 'GBP', label: 'GBP – Pound Sterling' },
  { value: 'SGD', label: 'SGD – Singapore Dollar' },
];

const opts = (list) => list.map((label, i) => ({ value: i, label }));

function loadPlaces(input) {
  return new Promise((resolve) => {
    setTimeout(() => {
      const q = input.trim().toLowerCase();
      resolve(q.length < 2 ? [] : PLACES.filter((p) => p.label.toLowerCase().includes(q)).slice(0, 6));
    }, 250);
  });
}

function Dropzone({ id, label, hint, accept, value, onChange }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    accept,
    multiple: false,
    onDrop: (files) => onChange(files[0] ?? null),
  });
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">{label}</label>
      <div {...getRootProps({ className: `dropzone${isDragActive ? ' active' : ''}` })}>
        <input {...getInputProps({ id, name: id })} />
        {value ? <span className="file-name">{value.name}</span> : <span>Drop a file here or <u>browse</u></span>}
        <small>{hint}</small>
      </div>
    </div>
  );
}

function RS({ name, label, control, options, required, kind = 'plain', placeholder, isMulti, rules, ...rest }) {
  const Comp = kind === 'async' ? AsyncSelect : kind === 'creatable' ? CreatableSelect : Select;
  return (
    <div className="field" id={`${name}-field`}>
      <label htmlFor={name} className="field-label">{label}{required ? <span className="req"> *</span> : null}</label>
      <Controller
        name={name}
        control={control}
        rules={rules ?? (required ? { required: true } : undefined)}
        render={({ field }) => (
          <Comp
            inputId={name}
            instanceId={name}
            classNamePrefix="select"
            className="select-shell"
            placeholder={placeholder ?? 'Select...'}
            options={options}
            isMulti={isMulti}
            isClearable={!required}
            value={field.value}
            onChange={(v) => field.onChange(v)}
            onBlur={field.onBlur}
            {...rest}
          />
        )}
      />
    </div>
  );
}

function modelOf(values) {
  const pick = (v) => (v == null ? null : Array.isArray(v) ? v.map((x) => x.value) : v.value);
  const out = {};
  for (const [k, v] of Object.entries(values)) {
    if (v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof File) && ('value' in v || Array.isArray(v))) out[k] = pick(v);
    else if (v instanceof Date) out[k] = `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
    else if (v instanceof File) out[k] = v.name;
    else out[k] = v ?? null;
  }
  return out;
}

export function renderTidewell(cfg) {
  const defaults = {
    firstName: '', lastName: '', email: '', phone: '', country: null, location: null, currentCompany: null,
    currentTitle: '', linkedin: '', website: '', experience: null, startDate: null, salary: '',
    currency: CURRENCIES[0], period: null, resume: null, coverLetter: null, skills: [], consent: false,
    source: null, gender: null, race: null, veteran: null, disability: null,
  };
  for (const q of cfg.questions) defaults[q.id] = q.kind === 'radio' ? '' : q.kind === 'multi' ? [] : q.kind === 'text' ? '' : null;

  function App() {
    const { control, register, handleSubmit, watch } = useForm({ defaultValues: defaults });
    const [done, setDone] = useState(false);
    const values = watch();
    const model = modelOf(values);
    const Q = (q) => {
      if (q.kind === 'radio') {
        return (
          <fieldset className="field radios" key={q.id} id={`${q.id}-field`}>
            <legend className="field-label">{q.label}{q.required ? <span className="req"> *</span> : null}</legend>
            {q.options.map((o, i) => (
              <label key={o} className="radio-row">
                <input type="radio" value={o} id={`${q.id}_${i}`} {...register(q.id, { required: q.required })} /> {o}
              </label>
            ))}
          </fieldset>
        );
      }
      if (q.kind === 'text') {
        return (
          <div className="field" key={q.id}>
            <label htmlFor={q.id} className="field-label">{q.label}{q.required ? <span className="req"> *</span> : null}</label>
            {q.long ? <textarea id={q.id} rows={4} {...register(q.id)} /> : <input id={q.id} type="text" placeholder={q.placeholder} {...register(q.id)} />}
          </div>
        );
      }
      return <RS key={q.id} name={q.id} label={q.label} control={control} options={opts(q.options)} required={q.required} isMulti={q.kind === 'multi'} />;
    };
    if (done) return <main className="wrap"><h2 id="application-received">Thanks, {values.firstName}! Your application is in.</h2></main>;
    return (
      <>
        <header className="topbar">
          <a className="brand" href="#">Tidewell <b>Careers</b></a>
          <input id="jobs-search" type="search" aria-label="Search jobs" placeholder="Search jobs" />
          <button type="button" className="link">Sign in</button>
        </header>
        <main className="wrap">
          <p className="crumbs">{cfg.team}</p>
          <h1>{cfg.title}</h1>
          <p className="meta">{cfg.location} · Full time</p>
          <p>{cfg.blurb}</p>
          <form id="application-form" onSubmit={handleSubmit(() => setDone(true))} noValidate>
            <h2>Apply for this job</h2>
            <div className="grid2">
              <div className="field"><label htmlFor="first_name" className="field-label">First Name<span className="req"> *</span></label><input id="first_name" {...register('firstName', { required: true })} autoComplete="given-name" /></div>
              <div className="field"><label htmlFor="last_name" className="field-label">Last Name<span className="req"> *</span></label><input id="last_name" {...register('lastName', { required: true })} autoComplete="family-name" /></div>
            </div>
            <div className="field"><label htmlFor="email" className="field-label">Email<span className="req"> *</span></label><input id="email" type="email" {...register('email', { required: true })} /></div>
            <div className="field">
              <label htmlFor="phone" className="field-label">Mobile number<span className="req"> *</span></label>
              <Controller name="phone" control={control} render={({ field }) => (
                <PhoneInput id="phone" defaultCountry="AU" international={false} value={field.value} onChange={(v) => field.onChange(v ?? '')} />
              )} />
            </div>
            <RS name="country" label="Country of residence" control={control} options={COUNTRIES} required placeholder="Select a country" />
            <RS name="location" label="Location (city)" control={control} kind="async" loadOptions={loadPlaces} cacheOptions required
              placeholder="Start typing your city" noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Type at least 2 characters' : 'No matches')} />
            <div className="grid2">
              <RS name="currentCompany" label="Current or most recent employer" control={control} kind="creatable" options={EMPLOYERS} placeholder="Search or add a company" formatCreateLabel={(v) => `Add "${v}"`} />
              <div className="field"><label htmlFor="current_title" className="field-label">Current job title</label><input id="current_title" {...register('currentTitle')} /></div>
            </div>
            <div className="field"><label htmlFor="linkedin" className="field-label">LinkedIn Profile</label><input id="linkedin" type="url" {...register('linkedin')} /></div>
            <div className="field"><label htmlFor="website" className="field-label">{cfg.websiteLabel}</label><input id="website" type="url" {...register('website')} /></div>
            <Controller name="resume" control={control} rules={{ required: true }} render={({ field }) => (
              <Dropzone id="resume" label="Resume/CV *" hint="PDF, DOC or DOCX, up to 10 MB" value={field.value} onChange={field.onChange}
                accept={{ 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] }} />
            )} />
            <Controller name="coverLetter" control={control} render={({ field }) => (
              <Dropzone id="cover_letter" label="Cover Letter" hint="PDF, DOC, DOCX or TXT" value={field.value} onChange={field.onChange}
                accept={{ 'application/pdf': ['.pdf'], 'text/plain': ['.txt'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] }} />
            )} />
            <h3>{cfg.questionsTitle}</h3>
            <RS name="experience" label={cfg.experienceLabel} control={control} options={opts(cfg.ranges)} required />
            {cfg.questions.map(Q)}
            <div className="field">
              <label htmlFor="start_date" className="field-label">Earliest start date</label>
              <Controller name="startDate" control={control} render={({ field }) => (
                <DatePicker id="start_date" selected={field.value} onChange={(d) => field.onChange(d)} dateFormat="dd/MM/yyyy" placeholderText="DD/MM/YYYY" autoComplete="off" />
              )} />
            </div>
            <div className="salary">
              <div className="field"><label htmlFor="salary" className="field-label">{cfg.salaryLabel}</label><input id="salary" inputMode="numeric" placeholder="e.g. 140000" {...register('salary')} /></div>
              <RS name="currency" label="Currency" control={control} options={CURRENCIES} required />
              <RS name="period" label="Pay period" control={control} options={opts(['Per hour', 'Per month', 'Per annum'])} />
            </div>
            <RS name="skills" label={cfg.skillsLabel} control={control} options={opts(cfg.skills)} isMulti placeholder="Select all that apply" />
            <h3>Voluntary self-identification (US)</h3>
            <p className="small">Tidewell is an equal opportunity employer. Answers are voluntary and never seen by the hiring team.</p>
            <RS name="gender" label="Gender" control={control} options={opts(['Female', 'Male', 'Non-binary', 'I decline to self-identify'])} />
            <RS name="race" label="Race / ethnicity" control={control} options={opts(['Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'Two or more races', 'I decline to self-identify'])} />
            <RS name="veteran" label="Veteran status" control={control} options={opts(['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify'])} />
            <RS name="disability" label="Disability status" control={control} options={opts(['Yes, I have a disability', 'No, I do not have a disability', 'I do not wish to answer'])} />
            <RS name="source" label="How did you hear about this job?" control={control} options={opts(['LinkedIn', 'Seek', 'Tidewell employee', 'Conference or meetup', 'Other'])} />
            <label className="check"><input type="checkbox" id="consent" {...register('consent', { required: true })} /> I have read the <a href="#">Tidewell Candidate Privacy Notice</a> and agree to my data being processed for this application.<span className="req"> *</span></label>
            <button type="submit" id="submit-application" className="primary">Submit application</button>
          </form>
        </main>
        <footer className="foot">
          <label htmlFor="newsletter-email">Get Tidewell engineering news</label>
          <input id="newsletter-email" type="email" placeholder="you@example.com" />
          <button type="button">Subscribe</button>
        </footer>
        <Model model={model} />
      </>
    );
  }
  function Model({ model }) {
    const text = JSON.stringify(model, null, 2);
    useEffect(() => { document.getElementById('model').textContent = text; }, [text]);
    return null;
  }
  createRoot(document.getElementById('root')).render(<App />);
}
