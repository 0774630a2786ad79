/**
 * A careers site's own React apply form: react-hook-form with a zod schema (zodResolver), mode
 * "onBlur" (errors appear when a box is left, and clear as it is corrected). The phone formats
 * itself as (555) 555-5555 while typing, the salary grows thousands separators, the start date
 * inserts its slashes. The State / Province select is empty and disabled until a country is
 * chosen, and its options (and its label) follow that country. "Currently employed: Yes" shows the
 * employer and title boxes; "sponsorship: Yes" shows a visa select (both stay in the page, hidden).
 * "Previous positions" is a useFieldArray with "Add another position". Form state in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, useFieldArray, Controller } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';

const COUNTRIES = [['US', 'United States'], ['CA', 'Canada'], ['MX', 'Mexico'], ['GB', 'United Kingdom'], ['IE', 'Ireland'], ['DE', 'Germany'], ['IN', 'India'], ['AU', 'Australia']];
const REGIONS = {
  US: { label: 'State', items: [['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming']] },
  CA: { label: 'Province / Territory', items: [['AB', 'Alberta'], ['BC', 'British Columbia'], ['MB', 'Manitoba'], ['NB', 'New Brunswick'], ['NL', 'Newfoundland and Labrador'], ['NS', 'Nova Scotia'], ['ON', 'Ontario'], ['PE', 'Prince Edward Island'], ['QC', 'Quebec'], ['SK', 'Saskatchewan'], ['NT', 'Northwest Territories'], ['NU', 'Nunavut'], ['YT', 'Yukon']] },
  MX: { label: 'State', items: [['CMX', 'Ciudad de México'], ['JAL', 'Jalisco'], ['NLE', 'Nuevo León'], ['BCN', 'Baja California']] },
  AU: { label: 'State / Territory', items: [['NSW', 'New South Wales'], ['VIC', 'Victoria'], ['QLD', 'Queensland'], ['WA', 'Western Australia']] },
};

const digits = (s) => s.replace(/\D/g, '');
const fmtPhone = (raw) => {
  const d = digits(raw).replace(/^1(?=\d{10})/, '').slice(0, 10);
  if (d.length === 0) return '';
  if (d.length < 4) return `(${d}`;
  if (d.length < 7) return `(${d.slice(0, 3)}) ${d.slice(3)}`;
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
};
const fmtMoney = (raw) => { const d = digits(raw).replace(/^0+(?=\d)/, '').slice(0, 9); return d ? Number(d).toLocaleString('en-US') : ''; };
const fmtDate = (raw) => { const d = digits(raw).slice(0, 8); return [d.slice(0, 2), d.slice(2, 4), d.slice(4)].filter(Boolean).join('/'); };
const fmtMonth = (raw) => { const d = digits(raw).slice(0, 6); return [d.slice(0, 2), d.slice(2)].filter(Boolean).join('/'); };

function makeSchema(posting) {
  const answers = {};
  for (const q of posting.questions) answers[q.name] = q.required ? z.string().min(1, 'Please answer this question') : z.string();
  return z.object({
    firstName: z.string().trim().min(1, 'First name is required'),
    lastName: z.string().trim().min(1, 'Last name is required'),
    email: z.string().trim().min(1, 'Email is required').email('Enter a valid email address'),
    phone: z.string().regex(/^\(\d{3}\) \d{3}-\d{4}$/, 'Enter a 10-digit phone number'),
    country: z.string().min(1, 'Choose your country'),
    region: z.string(),
    city: z.string().trim().min(1, 'City is required'),
    postal: z.string().trim().min(1, 'Postal code is required'),
    currentlyEmployed: z.string().min(1, 'Please choose Yes or No'),
    employer: z.string(),
    jobTitle: z.string(),
    years: z.string().min(1, 'Choose a range'),
    positions: z.array(z.object({ company: z.string(), title: z.string(), from: z.string().regex(/^$|^(0[1-9]|1[0-2])\/\d{4}$/, 'Use MM/YYYY'), to: z.string().regex(/^$|^(0[1-9]|1[0-2])\/\d{4}$/, 'Use MM/YYYY') })),
    authorized: z.string().min(1, 'Please choose Yes or No'),
    sponsorship: z.string().min(1, 'Please choose Yes or No'),
    visaType: z.string(),
    salary: z.string().min(1, 'Enter an amount'),
    startDate: z.string().regex(/^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/20\d\d$/, 'Use MM/DD/YYYY'),
    linkedin: z.string().trim().regex(/^$|^https?:\/\/(www\.)?linkedin\.com\/.+/, 'Enter a linkedin.com URL'),
    portfolio: z.string().trim().regex(/^$|^https?:\/\/.+\..+/, 'Enter a full URL starting with https://'),
    resume: z.string().min(1, 'Please attach your resume'),
    coverLetter: z.string(),
    answers: z.object(answers),
    source: z.string(),
    privacy: z.literal(true, { error: 'Please confirm you have read the privacy notice' }),
    newsletter: z.boolean(),
  }).superRefine((v, ctx) => {
    if (REGIONS[v.country] && !v.region) ctx.addIssue({ code: 'custom', path: ['region'], message: `Choose your ${REGIONS[v.country].label.toLowerCase()}` });
    if (v.country === 'US' && v.postal && !/^\d{5}(-\d{4})?$/.test(v.postal)) ctx.addIssue({ code: 'custom', path: ['postal'], message: 'Enter a 5-digit ZIP code' });
    if (v.currentlyEmployed === 'Yes' && !v.employer.trim()) ctx.addIssue({ code: 'custom', path: ['employer'], message: 'Tell us where you work' });
    if (v.currentlyEmployed === 'Yes' && !v.jobTitle.trim()) ctx.addIssue({ code: 'custom', path: ['jobTitle'], message: 'Tell us your title' });
    if (v.sponsorship === 'Yes' && !v.visaType) ctx.addIssue({ code: 'custom', path: ['visaType'], message: 'Choose a visa type' });
  });
}

const Err = ({ e }) => (e ? <p className="ap-err" role="alert">{e.message}</p> : null);

function RadioRow({ name, legend, options, register, error }) {
  return (
    <fieldset className="ap-field ap-radios" aria-invalid={error ? 'true' : undefined}>
      <legend>{legend}</legend>
      <div>{options.map((o) => <label key={o}><input type="radio" value={o} {...register(name)} /> {o}</label>)}</div>
      <Err e={error} />
    </fieldset>
  );
}

function App({ posting }) {
  const [sent, setSent] = useState(false);
  const defaults = {
    firstName: '', lastName: '', email: '', phone: '', country: '', region: '', city: '', postal: '',
    currentlyEmployed: '', employer: '', jobTitle: '', years: '', positions: [{ company: '', title: '', from: '', to: '' }],
    authorized: '', sponsorship: '', visaType: '', salary: '', startDate: '', linkedin: '', portfolio: '', resume: '', coverLetter: '',
    answers: Object.fromEntries(posting.questions.map((q) => [q.name, ''])), source: '', privacy: false, newsletter: false,
  };
  const { register, control, handleSubmit, watch, setValue, formState: { errors } } = useForm({
    resolver: zodResolver(makeSchema(posting)), mode: 'onBlur', reValidateMode: 'onChange', defaultValues: defaults,
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'positions' });
  const values = watch();
  const region = REGIONS[values.country];
  const countryReg = register('country', { onChange: () => setValue('region', '') });

  const masked = (name, fmt, props) => (
    <Controller name={name} control={control} render={({ field }) => (
      <input id={`ap-${name}`} {...props} ref={field.ref} name={field.name} value={field.value} onBlur={field.onBlur}
        aria-invalid={errors[name] ? 'true' : undefined} onChange={(e) => field.onChange(fmt(e.target.value))} />
    )} />
  );

  if (sent) return <div className="ap-card" id="ap-done"><h2>Application received</h2><p>Thank you for applying to {posting.company}. We review every application and will reply by email.</p><pre id="model">{JSON.stringify(values, null, 1)}</pre></div>;

  return (
    <form className="ap-card" noValidate onSubmit={handleSubmit(() => setSent(true))}>
      <h2>Apply for this position</h2>
      <p className="ap-note">Fields marked * are required.</p>

      <h3>Personal information</h3>
      <div className="ap-row">
        <div className="ap-field"><label htmlFor="ap-firstName">First name *</label><input id="ap-firstName" autoComplete="off" {...register('firstName')} aria-invalid={errors.firstName ? 'true' : undefined} /><Err e={errors.firstName} /></div>
        <div className="ap-field"><label htmlFor="ap-lastName">Last name *</label><input id="ap-lastName" autoComplete="off" {...register('lastName')} aria-invalid={errors.lastName ? 'true' : undefined} /><Err e={errors.lastName} /></div>
      </div>
      <div className="ap-row">
        <div className="ap-field"><label htmlFor="ap-email">Email *</label><input id="ap-email" type="email" autoComplete="off" {...register('email')} /><Err e={errors.email} /></div>
        <div className="ap-field"><label htmlFor="ap-phone">Phone *</label>{masked('phone', fmtPhone, { type: 'tel', placeholder: '(555) 555-5555', maxLength: 14, inputMode: 'tel' })}<Err e={errors.phone} /></div>
      </div>
      <div className="ap-row">
        <div className="ap-field"><label htmlFor="ap-country">Country *</label>
          <select id="ap-country" {...countryReg}><option value="">Select a country</option>{COUNTRIES.map(([v, t]) => <option key={v} value={v}>{t}</option>)}</select><Err e={errors.country} /></div>
        <div className="ap-field"><label htmlFor="ap-region">{region ? `${region.label} *` : 'State / Province'}</label>
          <select id="ap-region" disabled={!region} {...register('region')}><option value="">{region ? `Select a ${region.label.toLowerCase()}` : 'Choose a country first'}</option>{(region?.items ?? []).map(([v, t]) => <option key={v} value={v}>{t}</option>)}</select><Err e={errors.region} /></div>
      </div>
      <div className="ap-row">
        <div className="ap-field"><label htmlFor="ap-city">City *</label><input id="ap-city" {...register('city')} /><Err e={errors.city} /></div>
        <div className="ap-field"><label htmlFor="ap-postal">{values.country === 'US' ? 'ZIP code *' : 'Postal code *'}</label><input id="ap-postal" {...register('postal')} /><Err e={errors.postal} /></div>
      </div>

      <h3>Experience</h3>
      <RadioRow name="currentlyEmployed" legend="Are you currently employed? *" options={['Yes', 'No']} register={register} error={errors.currentlyEmployed} />
      <div className="ap-row ap-follow" hidden={values.currentlyEmployed !== 'Yes'}>
        <div className="ap-field"><label htmlFor="ap-employer">Employer *</label><input id="ap-employer" {...register('employer')} /><Err e={errors.employer} /></div>
        <div className="ap-field"><label htmlFor="ap-jobTitle">Job title *</label><input id="ap-jobTitle" {...register('jobTitle')} /><Err e={errors.jobTitle} /></div>
      </div>
      <div className="ap-field"><label htmlFor="ap-years">{posting.yearsLabel} *</label>
        <select id="ap-years" {...register('years')}><option value="">Select…</option>{posting.years.map((y) => <option key={y}>{y}</option>)}</select><Err e={errors.years} /></div>
      <div className="ap-array">
        <h4>Previous positions <span className="ap-opt">(optional)</span></h4>
        <p className="ap-hint">{posting.positionsHint}</p>
        {fields.map((f, i) => (
          <div className="ap-entry" key={f.id}>
            <div className="ap-row">
              <div className="ap-field"><label htmlFor={`ap-positions-${i}-company`}>Company</label><input id={`ap-positions-${i}-company`} {...register(`positions.${i}.company`)} /></div>
              <div className="ap-field"><label htmlFor={`ap-positions-${i}-title`}>Title</label><input id={`ap-positions-${i}-title`} {...register(`positions.${i}.title`)} /></div>
            </div>
            <div className="ap-row">
              <div className="ap-field"><label htmlFor={`ap-positions-${i}-from`}>From</label>{masked(`positions.${i}.from`, fmtMonth, { id: `ap-positions-${i}-from`, placeholder: 'MM/YYYY', maxLength: 7 })}<Err e={errors.positions?.[i]?.from} /></div>
              <div className="ap-field"><label htmlFor={`ap-positions-${i}-to`}>To</label>{masked(`positions.${i}.to`, fmtMonth, { id: `ap-positions-${i}-to`, placeholder: 'MM/YYYY', maxLength: 7 })}<Err e={errors.positions?.[i]?.to} /></div>
            </div>
            {fields.length > 1 && <button type="button" className="ap-link" onClick={() => remove(i)}>Remove</button>}
          </div>
        ))}
        <button type="button" id="ap-add-position" className="ap-link" onClick={() => append({ company: '', title: '', from: '', to: '' })}>+ Add another position</button>
      </div>

      <h3>Work eligibility &amp; preferences</h3>
      <RadioRow name="authorized" legend={posting.authorizedLabel} options={['Yes', 'No']} register={register} error={errors.authorized} />
      <RadioRow name="sponsorship" legend={posting.sponsorshipLabel} options={['Yes', 'No']} register={register} error={errors.sponsorship} />
      <div className="ap-field ap-follow" hidden={values.sponsorship !== 'Yes'}><label htmlFor="ap-visaType">Which visa would you need? *</label>
        <select id="ap-visaType" {...register('visaType')}><option value="">Select…</option>{['H-1B', 'H-1B transfer', 'TN', 'E-3', 'O-1', 'Other'].map((v) => <option key={v}>{v}</option>)}</select><Err e={errors.visaType} /></div>
      <div className="ap-row">
        <div className="ap-field"><label htmlFor="ap-salary">{posting.salaryLabel} *</label>
          <div className="ap-affix"><span aria-hidden="true">$</span>{masked('salary', fmtMoney, { inputMode: 'numeric', placeholder: '0' })}<span aria-hidden="true">USD</span></div><Err e={errors.salary} /></div>
        <div className="ap-field"><label htmlFor="ap-startDate">Earliest start date *</label>{masked('startDate', fmtDate, { placeholder: 'MM/DD/YYYY', maxLength: 10, inputMode: 'numeric' })}<Err e={errors.startDate} /></div>
      </div>

      <h3>Links &amp; documents</h3>
      <div className="ap-row">
        <div className="ap-field"><label htmlFor="ap-linkedin">LinkedIn URL</label><input id="ap-linkedin" type="url" placeholder="https://linkedin.com/in/…" {...register('linkedin')} /><Err e={errors.linkedin} /></div>
        <div className="ap-field"><label htmlFor="ap-portfolio">{posting.portfolioLabel}</label><input id="ap-portfolio" type="url" placeholder="https://" {...register('portfolio')} /><Err e={errors.portfolio} /></div>
      </div>
      <Controller name="resume" control={control} render={({ field }) => (
        <div className="ap-field"><label htmlFor="ap-resume">Resume / CV *</label>
          <input id="ap-resume" type="file" accept=".pdf,.doc,.docx" onBlur={field.onBlur} onChange={(e) => field.onChange(e.target.files?.[0]?.name ?? '')} />
          <p className="ap-hint">PDF or Word, up to 5 MB.</p><Err e={errors.resume} /></div>
      )} />
      <div className="ap-field"><label htmlFor="ap-coverLetter">Cover letter <span className="ap-opt">(optional)</span></label><textarea id="ap-coverLetter" rows={6} {...register('coverLetter')} /></div>

      {posting.questions.length > 0 && <h3>{posting.questionsTitle}</h3>}
      {posting.questions.map((q) => q.type === 'radio'
        ? <RadioRow key={q.name} name={`answers.${q.name}`} legend={`${q.label}${q.required ? ' *' : ''}`} options={q.options} register={register} error={errors.answers?.[q.name]} />
        : q.type === 'select'
          ? <div className="ap-field" key={q.name}><label htmlFor={`ap-${q.name}`}>{q.label}{q.required ? ' *' : ''}</label><select id={`ap-${q.name}`} {...register(`answers.${q.name}`)}><option value="">Select…</option>{q.options.map((o) => <option key={o}>{o}</option>)}</select><Err e={errors.answers?.[q.name]} /></div>
          : <div className="ap-field" key={q.name}><label htmlFor={`ap-${q.name}`}>{q.label}{q.required ? ' *' : ''}</label><textarea id={`ap-${q.name}`} rows={4} {...register(`answers.${q.name}`)} /><Err e={errors.answers?.[q.name]} /></div>)}
      <div className="ap-field"><label htmlFor="ap-source">How did you hear about this job?</label>
        <select id="ap-source" {...register('source')}><option value="">Select…</option>{posting.sources.map((s) => <option key={s}>{s}</option>)}</select></div>
      <div className="ap-field ap-check"><label><input type="checkbox" id="ap-privacy" {...register('privacy')} /> I have read the <a href="#">Applicant Privacy Notice</a> and agree to {posting.company} processing my application. *</label><Err e={errors.privacy} /></div>
      <div className="ap-field ap-check"><label><input type="checkbox" id="ap-newsletter" {...register('newsletter')} /> Email me about new openings and events at {posting.company}.</label></div>
      {Object.keys(errors).length > 0 && <p className="ap-err" role="alert" id="ap-summary">Please fix the highlighted fields.</p>}
      <button type="submit" id="ap-submit" className="ap-btn">Submit application</button>
      <pre id="model">{JSON.stringify(values, null, 1)}</pre>
    </form>
  );
}

export function renderPosting(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
