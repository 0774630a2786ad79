// Careers page of a port-logistics software company: TanStack Form (zod schemas as validators)
// driving react-widgets 5 pickers and plain inputs.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { useForm, useStore } from '@tanstack/react-form';
import { z } from 'zod';
import { Combobox, DropdownList, Multiselect, NumberPicker, DatePicker, Localization } from 'react-widgets';
import { DateLocalizer, NumberLocalizer } from 'react-widgets/IntlLocalizer';
import 'react-widgets/styles.css';

const POSTING = window.POSTING;
const CITIES = ['San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Long Beach, CA', 'Los Angeles, CA', 'Oakland, CA', 'Seattle, WA', 'Tacoma, WA', 'Savannah, GA', 'Houston, TX', 'Newark, NJ', 'Vancouver, BC'];
const COUNTRIES = ['Canada', 'Mexico', 'Netherlands', 'Singapore', 'United Kingdom', 'United States of America', 'United States Virgin Islands'];
const DEGREES = ['No degree', 'Associate', "Bachelor's", "Master's", 'Doctorate'];
const TOOLS = window.POSTING.tools ?? ['Airflow', 'BigQuery', 'dbt', 'Flink', 'Kafka', 'Snowflake', 'Spark', 'Terraform'];

const err = (field) => (field.state.meta.isTouched && field.state.meta.errors.length ? field.state.meta.errors.map((e) => (typeof e === 'string' ? e : e?.message)).join(', ') : null);

function Field({ field, label, hint, children, htmlFor }) {
  const message = err(field);
  return (
    <div className={`ch-field${message ? ' ch-field--error' : ''}`}>
      <label className="ch-label" htmlFor={htmlFor ?? field.name}>{label}</label>
      {children}
      {hint && <p className="ch-hint">{hint}</p>}
      {message && <p className="ch-error" role="alert">{message}</p>}
    </div>
  );
}

function App() {
  const [done, setDone] = useState(false);
  const form = useForm({
    defaultValues: {
      fullName: '', email: '', phone: '', location: '', country: null, linkedin: '', website: '',
      employer: '', jobTitle: '', years: null, salary: null, startDate: null, degree: null, tools: [],
      workAuth: '', sponsorship: '', resume: '', coverLetter: '', answer: '', referred: false, referrer: '', marketing: false,
    },
    onSubmit: () => setDone(true),
  });
  const values = useStore(form.store, (s) => s.values);
  const model = { ...values, startDate: values.startDate ? new Date(values.startDate.getTime() - values.startDate.getTimezoneOffset() * 60000).toISOString().slice(0, 10) : null };

  if (done) return (<><div id="applied" className="ch-done"><h2>Application received</h2><p>Our talent team reviews every application within five business days.</p></div><pre id="model">{JSON.stringify(model, null, 1)}</pre></>);

  const text = (name, label, validators, props = {}, hint) => (
    <form.Field name={name} validators={validators}>
      {(field) => (
        <Field field={field} label={label} hint={hint}>
          <input id={name} name={name} className="ch-input" value={field.state.value} onBlur={field.handleBlur} onChange={(e) => field.handleChange(e.target.value)} {...props} />
        </Field>
      )}
    </form.Field>
  );
  const yesNo = (name, label) => (
    <form.Field name={name} validators={{ onSubmit: z.string().min(1, 'Please choose an answer') }}>
      {(field) => (
        <fieldset className="ch-fieldset">
          <legend className="ch-label">{label}</legend>
          {['Yes', 'No'].map((o) => (
            <label key={o} className="ch-radio"><input type="radio" name={name} value={o} checked={field.state.value === o} onChange={() => field.handleChange(o)} /> {o}</label>
          ))}
          {err(field) && <p className="ch-error">{err(field)}</p>}
        </fieldset>
      )}
    </form.Field>
  );

  return (
    <form id="ch-apply" className="ch-form" noValidate onSubmit={(e) => { e.preventDefault(); e.stopPropagation(); form.handleSubmit(); }}>
      <h2 className="ch-section">Contact details</h2>
      {text('fullName', 'Full name', { onBlur: z.string().min(2, 'Please enter your full name') }, { autoComplete: 'name' })}
      <div className="ch-row">
        {text('email', 'Email', { onBlur: z.string().email('Enter a valid email address') }, { type: 'email', autoComplete: 'email' })}
        {text('phone', 'Phone', { onBlur: z.string().regex(/^\+\d{1,3}[\d\s().-]{6,}$/, 'Include your country code, e.g. +44 20 7946 0958') }, { type: 'tel', placeholder: '+44 20 7946 0958' }, 'International format with country code')}
      </div>
      <div className="ch-row">
        <form.Field name="location">
          {(field) => (
            <Field field={field} label="Current location" htmlFor="location_input">
              <Combobox id="location" name="location" data={CITIES} value={field.state.value} onChange={(v) => field.handleChange(v ?? '')} onBlur={field.handleBlur} filter="contains" hideEmptyPopup placeholder="City, state" inputProps={{ id: 'location_input' }} />
            </Field>
          )}
        </form.Field>
        <form.Field name="country" validators={{ onSubmit: z.string({ error: 'Select your country' }) }}>
          {(field) => (
            <Field field={field} label="Country of residence" htmlFor="country">
              <DropdownList id="country" name="country" data={COUNTRIES} value={field.state.value} onChange={(v) => field.handleChange(v)} onBlur={field.handleBlur} filter="contains" placeholder="Select a country" />
            </Field>
          )}
        </form.Field>
      </div>
      <div className="ch-row">
        {text('linkedin', 'LinkedIn profile', { onBlur: z.union([z.literal(''), z.url('Enter a full URL (https://…)')]) }, { type: 'url', placeholder: 'https://www.linkedin.com/in/…' })}
        {text('website', 'Website or portfolio', { onBlur: z.union([z.literal(''), z.url('Enter a full URL (https://…)')]) }, { type: 'url', placeholder: 'https://' })}
      </div>

      <h2 className="ch-section">Experience</h2>
      <div className="ch-row">
        {text('employer', 'Current employer', undefined)}
        {text('jobTitle', 'Current title', undefined)}
      </div>
      <div className="ch-row">
        <form.Field name="years">
          {(field) => (
            <Field field={field} label="Years of relevant experience" htmlFor="years_input">
              <NumberPicker id="years" name="years" min={0} max={45} step={1} value={field.state.value} onChange={(v) => field.handleChange(v)} inputProps={{ id: 'years_input' }} />
            </Field>
          )}
        </form.Field>
        <form.Field name="degree">
          {(field) => (
            <Field field={field} label="Highest degree" htmlFor="degree">
              <DropdownList id="degree" name="degree" data={DEGREES} value={field.state.value} onChange={(v) => field.handleChange(v)} placeholder="Select…" />
            </Field>
          )}
        </form.Field>
      </div>
      <form.Field name="tools">
        {(field) => (
          <Field field={field} label={POSTING.toolsLabel} htmlFor="tools_input">
            <Multiselect id="tools" name="tools" data={TOOLS} value={field.state.value} onChange={(v) => field.handleChange(v)} placeholder="Pick or type to search" inputProps={{ id: 'tools_input' }} />
          </Field>
        )}
      </form.Field>
      <form.Field name="resume" validators={{ onSubmit: z.string().min(1, 'Attach your resume') }}>
        {(field) => (
          <Field field={field} label="Resume / CV" hint="PDF, DOC or DOCX up to 8 MB">
            <input id="resume" name="resume" type="file" className="ch-file" accept=".pdf,.doc,.docx" onChange={(e) => field.handleChange(Array.from(e.target.files ?? []).map((f) => f.name).join(', '))} />
          </Field>
        )}
      </form.Field>
      <form.Field name="coverLetter">
        {(field) => (
          <Field field={field} label="Cover letter" hint="Optional, but we read every one">
            <textarea id="coverLetter" name="coverLetter" className="ch-input" rows={6} value={field.state.value} onChange={(e) => field.handleChange(e.target.value)} />
          </Field>
        )}
      </form.Field>

      <h2 className="ch-section">Logistics</h2>
      <div className="ch-row">
        <form.Field name="salary">
          {(field) => (
            <Field field={field} label="Salary expectation (annual, USD)" htmlFor="salary_input">
              <NumberPicker id="salary" name="salary" min={0} step={5000} format={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} value={field.state.value} onChange={(v) => field.handleChange(v)} inputProps={{ id: 'salary_input' }} />
            </Field>
          )}
        </form.Field>
        <form.Field name="startDate" validators={{ onChange: ({ value }) => (value && value < new Date(2026, 11, 3) ? 'Pick a date in the future' : undefined) }}>
          {(field) => (
            <Field field={field} label="Available from" htmlFor="startDate_input">
              <DatePicker id="startDate" name="startDate" value={field.state.value} onChange={(v) => field.handleChange(v)} placeholder="m/d/yyyy" inputProps={{ id: 'startDate_input' }} />
            </Field>
          )}
        </form.Field>
      </div>
      {yesNo('workAuth', POSTING.authLabel)}
      {yesNo('sponsorship', 'Will you now or in the future require employer sponsorship for a work visa?')}
      <form.Field name="answer">
        {(field) => (
          <Field field={field} label={POSTING.question}>
            <textarea id="answer" name="answer" className="ch-input" rows={4} value={field.state.value} onChange={(e) => field.handleChange(e.target.value)} />
          </Field>
        )}
      </form.Field>
      <form.Field name="referred">
        {(field) => (
          <label className="ch-check"><input type="checkbox" id="referred" name="referred" checked={field.state.value} onChange={(e) => field.handleChange(e.target.checked)} /> A Cadence Harbor employee referred me</label>
        )}
      </form.Field>
      {values.referred && text('referrer', "Referrer's name", undefined)}
      <form.Field name="marketing">
        {(field) => (
          <label className="ch-check"><input type="checkbox" id="marketing" name="marketing" checked={field.state.value} onChange={(e) => field.handleChange(e.target.checked)} /> Send me news about future openings at Cadence Harbor</label>
        )}
      </form.Field>
      <form.Subscribe selector={(s) => [s.canSubmit, s.isSubmitting]}>
        {([canSubmit, isSubmitting]) => (
          <button id="ch-submit" type="submit" className="ch-submit" disabled={!canSubmit}>{isSubmitting ? 'Sending…' : 'Submit application'}</button>
        )}
      </form.Subscribe>
      <pre id="model">{JSON.stringify(model, null, 1)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(
  <Localization date={new DateLocalizer({ culture: 'en-US' })} number={new NumberLocalizer({ culture: 'en-US' })}>
    <App />
  </Localization>,
);
