/**
 * Kelvinmoor Energy careers: the apply flow as the company's own React app renders it with
 * TanStack Form. Four steps in a stepper (Contact → Experience & eligibility → Documents →
 * Review); only the active step is mounted, field validators run on blur, and "Next" validates the
 * step's fields and stays put while any fails. The sponsorship answer "Yes" mounts a visa
 * follow-up; the review step prints the answers with "Edit" links and asks for a certification.
 * Form state in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from '@tanstack/react-form';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const YEARS = ['Less than 3 years', '3–5 years', '6–8 years', '9 years or more'];
const VISAS = ['H-1B transfer', 'TN', 'E-3', 'F-1 OPT / STEM OPT', 'Other'];
const STEPS = [
  { title: 'Contact', fields: ['firstName', 'lastName', 'email', 'phone', 'city', 'state', 'linkedin'] },
  { title: 'Experience & eligibility', fields: ['employer', 'jobTitle', 'years', 'authorized', 'sponsorship', 'visaType', 'salary', 'startDate'] },
  { title: 'Documents', fields: ['resume', 'coverLetter'] },
  { title: 'Review', fields: ['certify'] },
];

const required = (label) => ({ value }) => (value === '' || value === false || value == null ? `${label} is required` : undefined);
const formatPhone = (raw) => {
  const d = raw.replace(/\D/g, '').slice(0, 10);
  if (d.length < 4) return d;
  if (d.length < 7) return `(${d.slice(0, 3)}) ${d.slice(3)}`;
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
};

function Err({ field }) {
  const { errors, isTouched } = field.state.meta;
  return isTouched && errors.length ? <p className="err" role="alert">{errors.join(', ')}</p> : null;
}

function TextField({ form, name, label, type = 'text', validate, hint, placeholder, maxLength, format, prefix }) {
  return (
    <form.Field name={name} validators={validate ? { onBlur: validate } : undefined}>
      {(field) => {
        const input = (
          <input id={`km-${name}`} name={name} type={type} value={field.state.value} placeholder={placeholder} maxLength={maxLength}
            aria-describedby={hint ? `km-${name}-hint` : undefined} aria-invalid={field.state.meta.errors.length > 0 || undefined}
            onBlur={field.handleBlur} onChange={(e) => field.handleChange(format ? format(e.target.value) : e.target.value)} />
        );
        return (
          <div className={`km-field${field.state.meta.isTouched && field.state.meta.errors.length ? ' invalid' : ''}`}>
            <label htmlFor={`km-${name}`}>{label}</label>
            {prefix ? <div className="km-prefix"><span>{prefix}</span>{input}</div> : input}
            {hint && <p className="hint" id={`km-${name}-hint`}>{hint}</p>}
            <Err field={field} />
          </div>
        );
      }}
    </form.Field>
  );
}

function Radios({ form, name, legend, options, validate }) {
  return (
    <form.Field name={name} validators={validate ? { onBlur: validate, onChange: validate } : undefined}>
      {(field) => (
        <div className="km-field">
          <fieldset className="km-radios">
            <legend>{legend}</legend>
            {options.map((o) => (
              <label key={o}><input type="radio" name={name} value={o} checked={field.state.value === o}
                onBlur={field.handleBlur} onChange={() => field.handleChange(o)} /> {o}</label>
            ))}
          </fieldset>
          <Err field={field} />
        </div>
      )}
    </form.Field>
  );
}

function Select({ form, name, label, options, validate, placeholder = 'Select…' }) {
  return (
    <form.Field name={name} validators={validate ? { onBlur: validate, onChange: validate } : undefined}>
      {(field) => (
        <div className="km-field">
          <label htmlFor={`km-${name}`}>{label}</label>
          <select id={`km-${name}`} name={name} value={field.state.value} onBlur={field.handleBlur} onChange={(e) => field.handleChange(e.target.value)}>
            <option value="">{placeholder}</option>
            {options.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
          <Err field={field} />
        </div>
      )}
    </form.Field>
  );
}

function Review({ values, goTo }) {
  const rows = [
    ['Contact', 0, [['Name', `${values.firstName} ${values.lastName}`], ['Email', values.email], ['Phone', values.phone], ['Location', `${values.city}${values.state ? ', ' + values.state : ''}`], ['LinkedIn', values.linkedin]]],
    ['Experience & eligibility', 1, [['Current employer', values.employer], ['Current title', values.jobTitle], ['Experience', values.years], ['Authorized to work in the US', values.authorized], ['Requires sponsorship', values.sponsorship], ['Salary expectation', values.salary && `$${values.salary}`], ['Earliest start', values.startDate]]],
    ['Documents', 2, [['Resume', values.resume], ['Cover letter', values.coverLetter ? `${values.coverLetter.length} characters` : '']]],
  ];
  return (
    <div className="km-review">
      {rows.map(([title, step, items]) => (
        <section key={title}>
          <h3>{title}<button type="button" onClick={() => goTo(step)}>Edit</button></h3>
          <dl>{items.map(([k, v]) => <><dt key={k}>{k}</dt><dd>{v || '—'}</dd></>)}</dl>
        </section>
      ))}
    </div>
  );
}

function App() {
  const [step, setStep] = useState(0);
  const [sent, setSent] = useState(false);
  const [certifyError, setCertifyError] = useState(false);
  const form = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', city: '', state: '', linkedin: '',
      employer: '', jobTitle: '', years: '', authorized: '', sponsorship: '', visaType: '', salary: '', startDate: '', formerEmployee: '',
      resume: '', coverLetter: '', whyUs: '', certify: false,
    },
    onSubmit: async ({ value }) => {
      if (!value.certify) { setCertifyError(true); return; }
      setSent(true);
    },
  });

  const next = async () => {
    const names = STEPS[step].fields.filter((n) => form.getFieldMeta(n) !== undefined);
    await Promise.all(names.map((n) => form.validateField(n, 'blur')));
    names.forEach((n) => form.setFieldMeta(n, (m) => ({ ...m, isTouched: true })));
    const bad = names.some((n) => (form.getFieldMeta(n)?.errors ?? []).length > 0);
    if (!bad) { setStep(step + 1); window.scrollTo(0, 0); }
  };

  if (sent) {
    return <div className="km-card" id="km-thanks"><h2>Thanks — your application is in.</h2><p>We'll email you within five business days.</p>
      <form.Subscribe selector={(s) => s.values}>{(v) => <pre id="model">{JSON.stringify(v, null, 2)}</pre>}</form.Subscribe></div>;
  }

  return (
    <div className="km-card">
      <h2 style={{ marginTop: 0 }}>Apply for this job</h2>
      <ol className="km-steps">
        {STEPS.map((s, i) => <li key={s.title} className={i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>{i + 1}. {s.title}</li>)}
      </ol>
      <form id="km-form" noValidate onSubmit={(e) => { e.preventDefault(); e.stopPropagation(); form.handleSubmit(); }}>
        {step === 0 && <>
          <div className="km-row">
            <TextField form={form} name="firstName" label="Legal first name *" validate={required('First name')} />
            <TextField form={form} name="lastName" label="Legal last name *" validate={required('Last name')} />
          </div>
          <TextField form={form} name="email" label="Email *" type="email"
            validate={({ value }) => (!value ? 'Email is required' : /^\S+@\S+\.\S+$/.test(value) ? undefined : 'Enter a valid email address')} />
          <TextField form={form} name="phone" label="Mobile phone *" type="tel" placeholder="(555) 555-5555" maxLength={14} format={formatPhone}
            validate={({ value }) => (value.replace(/\D/g, '').length === 10 ? undefined : 'Enter a 10-digit US phone number')} />
          <div className="km-row">
            <TextField form={form} name="city" label="City *" validate={required('City')} />
            <Select form={form} name="state" label="State *" options={STATES} validate={required('State')} />
          </div>
          <TextField form={form} name="linkedin" label="LinkedIn profile" type="url" placeholder="https://www.linkedin.com/in/…" />
        </>}
        {step === 1 && <>
          <div className="km-row">
            <TextField form={form} name="employer" label="Current or most recent employer *" validate={required('Employer')} />
            <TextField form={form} name="jobTitle" label="Current or most recent job title *" validate={required('Job title')} />
          </div>
          <Select form={form} name="years" label="How many years have you worked as a data or software engineer? *" options={YEARS} validate={required('This answer')} />
          <Radios form={form} name="authorized" legend="Are you legally authorized to work in the United States? *" options={['Yes', 'No']} validate={required('This answer')} />
          <Radios form={form} name="sponsorship" legend="Will you now or in the future require Kelvinmoor to sponsor an employment visa? *" options={['Yes', 'No']} validate={required('This answer')} />
          <form.Subscribe selector={(s) => s.values.sponsorship}>
            {(sp) => sp === 'Yes' && <Select form={form} name="visaType" label="Which visa would you need us to sponsor or transfer? *" options={VISAS} validate={required('Visa type')} />}
          </form.Subscribe>
          <div className="km-row">
            <TextField form={form} name="salary" label="Desired annual base salary *" prefix="$" hint="US dollars per year, numbers only" validate={({ value }) => (/^\d{4,7}$/.test(value) ? undefined : 'Numbers only, e.g. 120000')} />
            <TextField form={form} name="startDate" label="Earliest start date *" type="date" validate={required('Start date')} />
          </div>
          <Radios form={form} name="formerEmployee" legend="Have you previously worked for Kelvinmoor or one of its subsidiaries?" options={['Yes', 'No']} />
        </>}
        {step === 2 && <>
          <form.Field name="resume" validators={{ onBlur: required('A resume'), onChange: required('A resume') }}>
            {(field) => (
              <div className="km-field">
                <label htmlFor="km-resume">Resume / CV *</label>
                <input id="km-resume" name="resume" type="file" accept=".pdf,.doc,.docx" onBlur={field.handleBlur}
                  onChange={(e) => field.handleChange(e.target.files?.[0]?.name ?? '')} />
                <p className="hint">PDF or Word, up to 5 MB</p>
                <Err field={field} />
              </div>
            )}
          </form.Field>
          <form.Field name="coverLetter">
            {(field) => (
              <div className="km-field">
                <label htmlFor="km-coverLetter">Cover letter</label>
                <textarea id="km-coverLetter" name="coverLetter" value={field.state.value} onBlur={field.handleBlur} onChange={(e) => field.handleChange(e.target.value)} />
                <p className="hint">Optional. Paste it here.</p>
              </div>
            )}
          </form.Field>
          <form.Field name="whyUs">
            {(field) => (
              <div className="km-field">
                <label htmlFor="km-whyUs">What draws you to grid-scale storage?</label>
                <textarea id="km-whyUs" name="whyUs" value={field.state.value} onBlur={field.handleBlur} onChange={(e) => field.handleChange(e.target.value)} />
              </div>
            )}
          </form.Field>
        </>}
        {step === 3 && <>
          <form.Subscribe selector={(s) => s.values}>{(v) => <Review values={v} goTo={setStep} />}</form.Subscribe>
          <form.Field name="certify">
            {(field) => (
              <div className="km-field">
                <label style={{ fontWeight: 400 }}><input type="checkbox" id="km-certify" name="certify" checked={field.state.value}
                  onBlur={field.handleBlur} onChange={(e) => { field.handleChange(e.target.checked); setCertifyError(false); }} /> I certify that the information in this application is true and complete.</label>
                {certifyError && <p className="err" role="alert">Please confirm before submitting</p>}
              </div>
            )}
          </form.Field>
        </>}
        <div className="km-actions">
          {step > 0 ? <button type="button" className="km-btn secondary" id="km-back" onClick={() => setStep(step - 1)}>Back</button> : <span />}
          {step < 3 ? <button type="button" className="km-btn" id="km-next" onClick={next}>Next</button>
            : <button type="submit" className="km-btn" id="km-submit">Submit application</button>}
        </div>
      </form>
      <form.Subscribe selector={(s) => s.values}>{(v) => <pre id="model">{JSON.stringify(v, null, 2)}</pre>}</form.Subscribe>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
