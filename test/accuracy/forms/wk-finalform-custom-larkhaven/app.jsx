/*
 * Larkhaven Charging careers: a React Final Form whose inputs are all custom components rendered
 * through <Field render>: nothing is a plain <Field component="input">, and the form state lives
 * only in final-form (values rendered into <pre id="model"> by a FormSpy). Pieces: a react-select
 * "Country code" with formatOptionLabel (flag + country + dial code in the menu, flag + dial code
 * once chosen), a react-number-format PatternFormat phone "(###) ###-####", an AsyncSelect city
 * (suggestions 300 ms after typing), Yes/No segmented buttons (aria-pressed, no inputs), a
 * non-searchable years select, a grouped degree select, a NumericFormat salary ("$150,000", state
 * 150000), availability as Month + Year selects, an isMulti languages select, a relocation toggle
 * button, a drop zone whose file input sits in its label, EEO selects and radios, and a
 * "Join our talent network" email box in the header.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Form, Field, FormSpy } from 'react-final-form';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import { NumericFormat, PatternFormat } from 'react-number-format';

const DIAL = [
  ['AU', '🇦🇺', 'Australia', '+61'], ['BR', '🇧🇷', 'Brazil', '+55'], ['CA', '🇨🇦', 'Canada', '+1'], ['DE', '🇩🇪', 'Germany', '+49'],
  ['IN', '🇮🇳', 'India', '+91'], ['IE', '🇮🇪', 'Ireland', '+353'], ['MX', '🇲🇽', 'Mexico', '+52'], ['NL', '🇳🇱', 'Netherlands', '+31'],
  ['PR', '🇵🇷', 'Puerto Rico', '+1'], ['GB', '🇬🇧', 'United Kingdom', '+44'], ['US', '🇺🇸', 'United States', '+1'],
].map(([value, flag, name, dial]) => ({ value, flag, name, dial, label: `${name} ${dial}` }));
const PLACES = [
  'Oakland, CA, USA', 'Sacramento, CA, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Jose, CA, USA', 'South San Francisco, CA, USA',
  'San Francisco de Macorís, Dominican Republic', 'Detroit, MI, USA', 'Ann Arbor, MI, USA', 'Austin, TX, USA', 'Seattle, WA, USA', 'Toronto, ON, Canada',
];
const YEARS = ['Less than 1 year', '1–3 years', '4–6 years', '7–10 years', 'More than 10 years'].map((v) => ({ value: v, label: v }));
const DEGREES = [
  { label: 'Secondary', options: [{ value: 'hs', label: 'High school / GED' }] },
  { label: 'Undergraduate', options: [{ value: 'aa', label: 'Associate degree' }, { value: 'ba', label: 'Bachelor’s degree' }] },
  { label: 'Graduate', options: [{ value: 'ms', label: 'Master’s degree' }, { value: 'phd', label: 'Doctorate' }] },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  .map((m, i) => ({ value: String(i + 1).padStart(2, '0'), label: m }));
const AVAIL_YEARS = ['2026', '2027', '2028'].map((y) => ({ value: y, label: y }));
const LANGS = ['English', 'Spanish', 'Mandarin', 'French', 'German', 'Hindi', 'Vietnamese'].map((v) => ({ value: v, label: v }));
const HEARD = ['LinkedIn', 'Indeed', 'Larkhaven employee', 'Event or meetup', 'Podcast', 'Other'].map((v) => ({ value: v, label: v }));
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to self-identify'].map((v) => ({ value: v, label: v }));

const required = (v) => (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length) ? 'Required' : undefined);
const loadPlaces = (input) => new Promise((resolve) => setTimeout(() => {
  const q = input.trim().toLowerCase();
  resolve(q.length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(q)).map((p) => ({ value: p, label: p })));
}, 300));

function Row({ id, label, required: req, hint, error, children, labelId }) {
  return (
    <div className="lh-row">
      <label className="lh-label" htmlFor={id} id={labelId ?? `${id}-label`}>{label}{req && <span className="lh-req"> *</span>}</label>
      {children}
      {hint && <p className="lh-hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p className="lh-error" role="alert">{error}</p>}
    </div>
  );
}
const err = (meta) => (meta.touched || meta.submitFailed) && meta.error ? meta.error : null;

function TextInput({ name, label, req, hint, type = 'text', ...rest }) {
  return (
    <Field name={name} validate={req ? required : undefined} render={({ input, meta }) => (
      <Row id={`lh-${name}`} label={label} required={req} hint={hint} error={err(meta)}>
        <input {...input} id={`lh-${name}`} type={type} className="lh-input" aria-invalid={!!err(meta)} {...rest} />
      </Row>
    )} />
  );
}
function Picker({ name, label, req, options, hint, Component = Select, ...rest }) {
  return (
    <Field name={name} validate={req ? required : undefined} render={({ input, meta }) => (
      <Row id={`lh-${name}-input`} labelId={`lh-${name}-label`} label={label} required={req} hint={hint} error={err(meta)}>
        <Component inputId={`lh-${name}-input`} id={`lh-${name}`} instanceId={`lh-${name}`} classNamePrefix="lh" name={name}
          options={options} value={input.value || null} onChange={(v) => input.onChange(v)} onBlur={input.onBlur} {...rest} />
      </Row>
    )} />
  );
}
function YesNo({ name, label, req }) {
  return (
    <Field name={name} validate={req ? required : undefined} render={({ input, meta }) => (
      <div className="lh-row" role="group" aria-labelledby={`lh-${name}-label`}>
        <span className="lh-label" id={`lh-${name}-label`}>{label}{req && <span className="lh-req"> *</span>}</span>
        <div className="lh-seg" id={`lh-${name}`}>
          {['Yes', 'No'].map((o) => (
            <button key={o} type="button" aria-pressed={input.value === o} className={input.value === o ? 'on' : ''}
              onClick={() => { input.onChange(o); input.onBlur(); }}>{o}</button>
          ))}
        </div>
        {err(meta) && <p className="lh-error" role="alert">{err(meta)}</p>}
      </div>
    )} />
  );
}
function DropZone({ name, label, req, accept }) {
  return (
    <Field name={name} validate={req ? required : undefined} render={({ input, meta }) => (
      <div className="lh-row">
        <span className="lh-label" id={`lh-${name}-label`}>{label}{req && <span className="lh-req"> *</span>}</span>
        <label className="lh-drop" htmlFor={`lh-${name}`}>
          <input id={`lh-${name}`} type="file" name={name} accept={accept} className="lh-visually-hidden" aria-labelledby={`lh-${name}-label`}
            onChange={(e) => input.onChange(e.target.files?.[0]?.name ?? '')} />
          {input.value ? <span className="lh-file">📄 {input.value}</span> : <span><strong>Click to upload</strong> or drag and drop<br /><small>PDF, DOC or DOCX (max. 5 MB)</small></span>}
        </label>
        {err(meta) && <p className="lh-error" role="alert">{err(meta)}</p>}
      </div>
    )} />
  );
}

const modelOf = (values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k,
  Array.isArray(v) ? v.map((o) => o.value) : v && typeof v === 'object' ? v.value : v]));

function App() {
  const [sent, setSent] = useState(false);
  const [network, setNetwork] = useState('');
  return (
    <>
      <header className="lh-top">
        <div className="lh-brand">⚡ Larkhaven <b>Charging</b></div>
        <nav><a href="#">Network</a><a href="#">Fleets</a><a href="#" aria-current="page">Careers</a></nav>
        <form className="lh-network" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="lh-network-email">Join our talent network</label>
          <input id="lh-network-email" type="email" placeholder="you@email.com" value={network} onChange={(e) => setNetwork(e.target.value)} />
          <button type="submit">Join</button>
        </form>
      </header>
      <main className="lh-main">
        <p className="lh-kicker">Energy Data · Detroit, MI or San Francisco, CA · Hybrid</p>
        <h1>Senior Data Engineer, Charging Network</h1>
        <p>Larkhaven runs 14,000 public chargers. Help us turn session, grid and payment data into uptime our drivers can count on.</p>
        <Form onSubmit={() => setSent(true)} initialValues={{ languages: [] }} render={({ handleSubmit }) => (
          <form id="lh-apply" noValidate onSubmit={handleSubmit}>
            <h2>Your details</h2>
            <div className="lh-grid">
              <TextInput name="firstName" label="First name" req autoComplete="given-name" />
              <TextInput name="lastName" label="Last name" req autoComplete="family-name" />
            </div>
            <TextInput name="email" label="Email address" req type="email" />
            <div className="lh-grid lh-phone">
              <Picker name="dialCode" label="Country code" req options={DIAL} placeholder="Select"
                getOptionValue={(o) => o.value}
                formatOptionLabel={(o, { context }) => context === 'menu'
                  ? <span>{o.flag} {o.name} <span className="lh-dim">{o.dial}</span></span>
                  : <span>{o.flag} {o.dial}</span>} />
              <Field name="phone" validate={required} render={({ input, meta }) => (
                <Row id="lh-phone" label="Phone number" required error={err(meta)}>
                  <PatternFormat id="lh-phone" name="phone" className="lh-input" format="(###) ###-####" mask="_" type="tel"
                    placeholder="(555) 555-5555" value={input.value} onValueChange={(v) => input.onChange(v.value)} onBlur={input.onBlur} />
                </Row>
              )} />
            </div>
            <Picker name="city" label="City" req Component={AsyncSelect} loadOptions={loadPlaces} cacheOptions placeholder="Start typing your city…"
              noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Type at least 2 letters' : 'No matches')} hint="Where you live today" />
            <TextInput name="linkedin" label="LinkedIn URL" />
            <TextInput name="portfolio" label="Portfolio or personal site" hint="Optional" />
            <h2>Experience</h2>
            <div className="lh-grid">
              <TextInput name="employer" label="Current or most recent employer" />
              <TextInput name="jobTitle" label="Current or most recent title" />
            </div>
            <Picker name="years" label="Years of data engineering experience" req options={YEARS} isSearchable={false} placeholder="Select…" />
            <Picker name="degree" label="Highest level of education" options={DEGREES} isSearchable={false} placeholder="Select…" />
            <TextInput name="school" label="School or university" />
            <Picker name="languages" label="Languages you speak at work" options={LANGS} isMulti placeholder="Select all that apply" />
            <h2>Logistics</h2>
            <YesNo name="authorized" label="Are you legally authorized to work in the United States?" req />
            <YesNo name="sponsorship" label="Will you now or in the future require sponsorship for employment visa status?" req />
            <Field name="salary" render={({ input }) => (
              <Row id="lh-salary" label="Expected annual base salary" hint="In US dollars">
                <NumericFormat id="lh-salary" name="salary" className="lh-input" thousandSeparator prefix="$" allowNegative={false} decimalScale={0}
                  value={input.value} onValueChange={(v) => input.onChange(v.floatValue ?? '')} onBlur={input.onBlur} inputMode="numeric" />
              </Row>
            )} />
            <div className="lh-row" role="group" aria-labelledby="lh-available-label">
              <span className="lh-label" id="lh-available-label">When could you start?</span>
              <div className="lh-grid">
                <Picker name="availableMonth" label="Month" options={MONTHS} isSearchable={false} placeholder="Month" />
                <Picker name="availableYear" label="Year" options={AVAIL_YEARS} isSearchable={false} placeholder="Year" />
              </div>
            </div>
            <Field name="relocate" render={({ input }) => (
              <div className="lh-row">
                <span className="lh-label" id="lh-relocate-label">Open to relocating to Detroit with our relocation package?</span>
                <button id="lh-relocate" type="button" role="switch" aria-checked={!!input.value} aria-labelledby="lh-relocate-label"
                  className={`lh-switch ${input.value ? 'on' : ''}`} onClick={() => input.onChange(!input.value)}><span /></button>
              </div>
            )} />
            <DropZone name="resume" label="Resume" req accept=".pdf,.doc,.docx" />
            <Field name="coverLetter" render={({ input }) => (
              <Row id="lh-coverLetter" label="Cover letter" hint="Optional: paste it here">
                <textarea {...input} id="lh-coverLetter" rows={5} className="lh-input" />
              </Row>
            )} />
            <Field name="whyLarkhaven" validate={required} render={({ input, meta }) => (
              <Row id="lh-whyLarkhaven" label="What would you want to fix first in a network of 14,000 chargers?" required error={err(meta)}>
                <textarea {...input} id="lh-whyLarkhaven" rows={4} className="lh-input" />
              </Row>
            )} />
            <Picker name="heard" label="How did you hear about Larkhaven?" options={HEARD} isClearable placeholder="Select…" />
            <h2>Voluntary self-identification</h2>
            <Picker name="race" label="Race / ethnicity" options={RACE} isClearable placeholder="Select…" />
            <Field name="disability" render={({ input }) => (
              <fieldset className="lh-row lh-radios">
                <legend className="lh-label">Do you have a disability?</legend>
                {['Yes, I have a disability', 'No, I do not have a disability', 'I do not want to answer'].map((o, i) => (
                  <label key={o}><input type="radio" name="disability" id={`lh-disability-${i}`} value={o} checked={input.value === o} onChange={() => input.onChange(o)} /> {o}</label>
                ))}
              </fieldset>
            )} />
            <Field name="terms" type="checkbox" validate={(v) => (v ? undefined : 'Please accept to continue')} render={({ input, meta }) => (
              <div className="lh-row">
                <label className="lh-check"><input {...input} id="lh-terms" /> I have read the Larkhaven Applicant Privacy Notice and agree to its terms.</label>
                {err(meta) && <p className="lh-error" role="alert">{err(meta)}</p>}
              </div>
            )} />
            <button id="lh-submit" type="submit" className="lh-submit">Submit application</button>
            {sent && <p id="lh-sent" className="lh-sent">Application received — thank you!</p>}
            <FormSpy subscription={{ values: true }} render={({ values }) => <pre id="model">{JSON.stringify(modelOf(values))}</pre>} />
          </form>
        )} />
      </main>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
