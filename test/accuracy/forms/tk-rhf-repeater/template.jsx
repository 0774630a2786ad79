/**
 * A logistics company's own React careers app with react-hook-form (mode onBlur). The job and its
 * form come from the careers API (a stand-in answering after 1.1 s; skeleton until then). The
 * location block is keyed by the chosen country, so picking a country mounts it afresh (State is a
 * text box until the country has a list); phone and salary are rewritten when they lose focus;
 * errors are drawn between the label and the input; "Work experience" is a useFieldArray with one
 * entry up front ("I currently work here" removes the End box); a sponsorship "Yes" mounts a visa
 * question. The form values are rendered into <pre id="model">. Each posting's app.jsx renders it with
 * its own posting.js.
 */
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { useForm, useFieldArray, useWatch } from 'react-hook-form';

const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
  'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana',
  'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const CA_PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia',
  'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'];
const COUNTRIES = ['Canada', 'Germany', 'India', 'Mexico', 'United Kingdom', 'United States', 'Other'];

const fetchPosting = () => new Promise((resolve) => setTimeout(() => resolve(POSTING), 1100));

function formatPhone(value) {
  let digits = String(value ?? '').replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10) return value;
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}
function formatMoney(value) {
  const plain = String(value ?? '').replace(/[$,\s]/g, '').replace(/\.00$/, '');
  return /^\d+$/.test(plain) ? Number(plain).toLocaleString('en-US') : value;
}

function Err({ error }) {
  return error ? (
    <p className="cb-err" role="alert">
      {error.message || 'This field is required'}
    </p>
  ) : null;
}

function Text({ id, label, name, register, errors, rules, type = 'text', placeholder, onBlurFormat, setValue, hint }) {
  const reg = register(name, rules);
  const error = name.split('.').reduce((node, part) => node?.[part], errors);
  return (
    <div className="cb-field">
      <label htmlFor={id}>
        {label}
        {rules?.required ? <span className="cb-req"> *</span> : null}
      </label>
      <Err error={error} />
      <input
        id={id}
        type={type}
        placeholder={placeholder}
        aria-invalid={error ? 'true' : undefined}
        {...reg}
        onBlur={(event) => {
          if (onBlurFormat) setValue(name, onBlurFormat(event.target.value));
          return reg.onBlur(event);
        }}
      />
      {hint ? <small className="cb-hint">{hint}</small> : null}
    </div>
  );
}

function Select({ id, label, name, options, register, errors, rules, placeholder = 'Select one' }) {
  const error = errors[name];
  return (
    <div className="cb-field">
      <label htmlFor={id}>
        {label}
        {rules?.required ? <span className="cb-req"> *</span> : null}
      </label>
      <Err error={error} />
      <select id={id} {...register(name, rules)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

function Radios({ name, label, options, register, errors, rules }) {
  return (
    <fieldset className="cb-field cb-radios">
      <legend>
        {label}
        {rules?.required ? <span className="cb-req"> *</span> : null}
      </legend>
      <Err error={errors[name]} />
      {options.map((o) => (
        <label key={o} className="cb-choice">
          <input type="radio" value={o} {...register(name, rules)} /> {o}
        </label>
      ))}
    </fieldset>
  );
}

/** Mounted afresh for every country (key): the region box changes kind with it. */
function LocationBlock({ country, register, errors }) {
  const list = country === 'United States' ? US_STATES : country === 'Canada' ? CA_PROVINCES : null;
  const regionLabel = country === 'United States' ? 'State' : country === 'Canada' ? 'Province' : 'State / Region';
  return (
    <div className="cb-row" data-country={country || 'none'}>
      <div className="cb-field">
        <label htmlFor="cb-city">
          City<span className="cb-req"> *</span>
        </label>
        <Err error={errors.city} />
        <input id="cb-city" type="text" {...register('city', { required: true })} />
      </div>
      {list ? (
        <Select id="cb-region" label={regionLabel} name="region" options={list} register={register} errors={errors} rules={{ required: true }} placeholder="Select" />
      ) : (
        <div className="cb-field">
          <label htmlFor="cb-region">{regionLabel}</label>
          <input id="cb-region" type="text" {...register('region')} />
        </div>
      )}
      <div className="cb-field">
        <label htmlFor="cb-postal">{country === 'United States' ? 'ZIP code' : 'Postal code'}</label>
        <input id="cb-postal" type="text" {...register('postalCode')} />
      </div>
    </div>
  );
}

function Experience({ control, register, errors }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'jobs' });
  const jobs = useWatch({ control, name: 'jobs' });
  return (
    <section className="cb-section">
      <h3>Work experience</h3>
      <p className="cb-intro">Start with your current or most recent position.</p>
      {fields.map((item, index) => (
        <div className="cb-entry" key={item.id}>
          <div className="cb-entry-head">
            <strong>Position {index + 1}</strong>
            {index > 0 ? (
              <button type="button" className="cb-link" onClick={() => remove(index)}>
                Remove
              </button>
            ) : null}
          </div>
          <div className="cb-row">
            <Text id={`cb-jobs-${index}-company`} label="Company" name={`jobs.${index}.company`} register={register} errors={errors} />
            <Text id={`cb-jobs-${index}-title`} label="Title" name={`jobs.${index}.title`} register={register} errors={errors} />
          </div>
          <div className="cb-row">
            <Text id={`cb-jobs-${index}-start`} label="Start date" placeholder="MM/YYYY" name={`jobs.${index}.start`} register={register} errors={errors} />
            {jobs?.[index]?.current ? null : (
              <Text id={`cb-jobs-${index}-end`} label="End date" placeholder="MM/YYYY" name={`jobs.${index}.end`} register={register} errors={errors} />
            )}
          </div>
          <label className="cb-check">
            <input id={`cb-jobs-${index}-current`} type="checkbox" {...register(`jobs.${index}.current`)} /> I currently work here
          </label>
        </div>
      ))}
      <button type="button" className="cb-link" id="cb-add-job" onClick={() => append({ company: '', title: '', start: '', end: '', current: false })}>
        + Add work experience
      </button>
    </section>
  );
}

function Question({ q, register, errors }) {
  if (q.type === 'radio') return <Radios name={q.name} label={q.label} options={q.options} register={register} errors={errors} rules={q.required ? { required: true } : undefined} />;
  if (q.type === 'select')
    return <Select id={`cb-${q.name}`} label={q.label} name={q.name} options={q.options} register={register} errors={errors} rules={q.required ? { required: true } : undefined} />;
  if (q.type === 'textarea')
    return (
      <div className="cb-field">
        <label htmlFor={`cb-${q.name}`}>{q.label}</label>
        <textarea id={`cb-${q.name}`} rows={5} {...register(q.name)} />
      </div>
    );
  return null;
}

function Application({ posting }) {
  const defaults = {
    firstName: '', lastName: '', email: '', phone: '', country: '', city: '', region: '', postalCode: '',
    linkedin: '', resume: null, jobs: [{ company: '', title: '', start: '', end: '', current: false }],
    education: '', school: '', salary: '', coverLetter: '',
  };
  posting.questions.forEach((q) => { defaults[q.name] = q.type === 'radio' ? null : ''; });
  const { register, handleSubmit, control, setValue, formState: { errors, isSubmitSuccessful } } = useForm({ mode: 'onBlur', defaultValues: defaults });
  const values = useWatch({ control });
  const country = values.country;
  const shown = (q) => !q.when || values[q.when.name] === q.when.value;

  if (isSubmitSuccessful)
    return (
      <p id="cb-done" className="cb-done">
        Application received. Thank you for applying to {posting.company}!
      </p>
    );
  const model = { ...values, resume: values.resume?.[0]?.name ?? null };
  return (
    <form id="cb-form" noValidate onSubmit={handleSubmit(() => undefined)}>
      <section className="cb-section">
        <h3>Contact information</h3>
        <div className="cb-row">
          <Text id="cb-first" label="First name" name="firstName" register={register} errors={errors} rules={{ required: true }} />
          <Text id="cb-last" label="Last name" name="lastName" register={register} errors={errors} rules={{ required: true }} />
        </div>
        <Text id="cb-email" label="Email" type="email" name="email" register={register} errors={errors}
          rules={{ required: true, pattern: { value: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, message: 'Enter a valid email' } }} />
        <Text id="cb-phone" label="Phone number" type="tel" name="phone" placeholder="(555) 555-5555" register={register} errors={errors}
          rules={{ required: true }} onBlurFormat={formatPhone} setValue={setValue} />
        <Select id="cb-country" label="Country" name="country" options={COUNTRIES} register={register} errors={errors} rules={{ required: true }} />
        <LocationBlock key={country || 'none'} country={country} register={register} errors={errors} />
      </section>
      <section className="cb-section">
        <h3>Resume</h3>
        <div className="cb-field">
          <label htmlFor="cb-resume">
            Upload your resume<span className="cb-req"> *</span>
          </label>
          <Err error={errors.resume} />
          <input id="cb-resume" type="file" accept=".pdf,.doc,.docx" {...register('resume', { validate: (files) => (files && files.length > 0) || 'Please attach your resume' })} />
        </div>
        <Text id="cb-linkedin" label="LinkedIn URL" name="linkedin" register={register} errors={errors} />
      </section>
      <Experience control={control} register={register} errors={errors} />
      <section className="cb-section">
        <h3>Education</h3>
        <Select id="cb-education" label="Highest level of education completed" name="education" register={register} errors={errors}
          options={["High school or equivalent", 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate']} />
        <Text id="cb-school" label="School or university" name="school" register={register} errors={errors} />
      </section>
      <section className="cb-section">
        <h3>A few questions</h3>
        {posting.questions.filter(shown).map((q) => (
          <Question key={q.name} q={q} register={register} errors={errors} />
        ))}
        <Text id="cb-salary" label={posting.salaryLabel} name="salary" register={register} errors={errors} rules={{ required: true }}
          onBlurFormat={formatMoney} setValue={setValue} hint="US dollars" />
        <div className="cb-field">
          <label htmlFor="cb-cover">Cover letter</label>
          <textarea id="cb-cover" rows={6} {...register('coverLetter')} />
        </div>
      </section>
      <button id="cb-submit" type="submit" className="cb-btn">
        Submit application
      </button>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </form>
  );
}

function App() {
  const [posting, setPosting] = useState(null);
  useEffect(() => {
    fetchPosting().then(setPosting);
  }, []);
  return (
    <>
      <header className="cb-top">
        <span className="cb-brand">{POSTING.company} Careers</span>
      </header>
      <main className="cb-main">
        {posting ? (
          <>
            <h1>{posting.title}</h1>
            <p className="cb-meta">{posting.location}</p>
            <p>{posting.summary}</p>
            <Application posting={posting} />
          </>
        ) : (
          <div className="cb-skeleton" aria-busy="true" aria-label="Loading job">
            <div className="sk sk-title" />
            <div className="sk" />
            <div className="sk" />
            <div className="sk sk-short" />
            <div className="sk sk-block" />
          </div>
        )}
      </main>
    </>
  );
}

/** The posting the careers API answers with; set by the posting's page before the app renders. */
let POSTING;

export function renderPosting(posting) {
  POSTING = posting;
  createRoot(document.getElementById('root')).render(<App />);
}
