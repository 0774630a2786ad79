/*
 * Orrinwick Health careers: React 19 + react-hook-form 7 (zodResolver, zod 4) with react-select 5
 * through Controllers (classNamePrefix "ow"). The phone's country code is a react-select whose
 * formatOptionLabel shows flag + country + dial code in the menu and only flag + dial code in the
 * control; the location list is grouped by state and its menu is portalled to <body>
 * (menuPortalTarget); the authorization / sponsorship answers are two-line options (title +
 * description); the school loads asynchronously (AsyncSelect, 300 ms). Shared by the postings;
 * the form state goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import countries from 'world-countries';

const DIAL_CODES = countries
  .filter((c) => c.idd.root)
  .map((c) => ({
    value: c.cca2,
    name: c.name.common,
    flag: c.flag,
    dial: c.idd.root + (c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : ''),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

const place = (city, st) => ({ value: `${city}, ${st}`, label: `${city}, ${st}` });
const LOCATIONS = [
  { label: 'California', options: [place('Oakland', 'CA'), place('San Diego', 'CA'), place('San Francisco', 'CA'), place('San Jose', 'CA'), place('South San Francisco', 'CA')] },
  { label: 'Colorado', options: [place('Boulder', 'CO'), place('Denver', 'CO')] },
  { label: 'Massachusetts', options: [place('Boston', 'MA'), place('Cambridge', 'MA')] },
  { label: 'New York', options: [place('Brooklyn', 'NY'), place('New York', 'NY')] },
  { label: 'Washington', options: [place('Seattle', 'WA'), place('Spokane', 'WA')] },
  { label: 'Outside the US', options: [{ value: 'intl', label: 'I live outside the United States' }] },
];
const SCHOOLS = [
  'Berkeley City College', 'California State University, East Bay', 'San Francisco State University', 'Stanford University',
  'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Santa Cruz',
  'University of Colorado Boulder', 'University of Washington',
];
const loadSchools = (text) =>
  new Promise((resolve) =>
    setTimeout(() => resolve(SCHOOLS.filter((s) => s.toLowerCase().includes(text.toLowerCase())).map((s) => ({ value: s, label: s }))), 300),
  );
const opts = (list) => list.map((v) => (Array.isArray(v) ? { value: v[0], label: v[1], hint: v[2] } : { value: v, label: v }));
const DEGREES = [
  { label: 'Degrees', options: opts([['hs', 'High school diploma or GED'], ['aa', 'Associate degree'], ['bs', 'Bachelor’s degree'], ['ms', 'Master’s degree'], ['phd', 'Doctorate (PhD, MD, JD)']]) },
  { label: 'Other', options: opts([['cert', 'Professional certificate or bootcamp'], ['none', 'No formal degree']]) },
];
const PRONOUNS = opts(['she/her', 'he/him', 'they/them', 'she/they', 'he/they', 'Prefer to self-describe', 'Prefer not to say']);
const AUTH = opts([
  ['any', 'Yes', 'I can work for any US employer without restriction'],
  ['employer', 'Yes, with restrictions', 'e.g. OPT, or tied to my current employer'],
  ['no', 'No', 'I am not currently authorized to work in the US'],
]);
const SPONSOR = opts([
  ['no', 'No', 'I will not need Orrinwick to sponsor a visa, now or later'],
  ['later', 'Not now, but in the future', 'e.g. when my OPT or current visa ends'],
  ['yes', 'Yes', 'I need sponsorship to start'],
]);
const HEARD = opts(['LinkedIn', 'Orrinwick careers site', 'A current employee', 'Conference or meetup', 'Job board', 'Other']);
const GENDER = opts(['Female', 'Male', 'Non-binary', 'I don’t wish to answer']);
const RACE = opts(['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I don’t wish to answer']);
const VETERAN = opts(['I am a protected veteran', 'I am not a protected veteran', 'I don’t wish to answer']);

const twoLine = (option, { context }) =>
  context === 'menu' && option.hint ? (
    <div className="ow-opt"><strong>{option.label}</strong><small>{option.hint}</small></div>
  ) : (
    option.label
  );
const dialLabel = (option, { context }) =>
  context === 'menu' ? (
    <span><span className="ow-flag">{option.flag}</span> {option.name} <span className="ow-dial">{option.dial}</span></span>
  ) : (
    <span><span className="ow-flag">{option.flag}</span> {option.dial}</span>
  );

export function renderApplication(posting) {
  const optionValue = z.object({ value: z.string() }, { error: 'Please choose an option' });
  const schema = z.object({
    firstName: z.string().min(1, 'Enter your first name'),
    lastName: z.string().min(1, 'Enter your last name'),
    email: z.email('Enter a valid email address'),
    phoneCountry: z.object({ value: z.string() }, { error: 'Choose a country code' }),
    phone: z.string().regex(/^[\d ()-]{6,20}$/, 'Enter your phone number without the country code'),
    location: optionValue,
    linkedin: z.string().optional(),
    github: z.string().optional(),
    company: z.string().optional(),
    title: z.string().optional(),
    years: optionValue,
    school: z.any().optional(),
    degree: z.any().optional(),
    pronouns: z.any().optional(),
    authorization: optionValue,
    sponsorship: optionValue,
    startDate: z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, 'Use MM/DD/YYYY'),
    salary: z.string().regex(/^[\d,]+$/, 'Numbers only, please'),
    coverLetter: z.string().optional(),
    consent: z.literal(true, { error: 'Please confirm you have read the notice' }),
  }).passthrough();

  function Field({ id, label, required, help, error, children }) {
    return (
      <div className="ow-field">
        <label htmlFor={id} id={`${id}-label`}>{label}{required && <span className="ow-req"> *</span>}</label>
        {children}
        {help && <div className="ow-help" id={`${id}-help`}>{help}</div>}
        {error && <div className="ow-err" role="alert">{error.message}</div>}
      </div>
    );
  }

  function Application() {
    const defaults = {
      firstName: '', lastName: '', email: '', phoneCountry: null, phone: '', location: null, linkedin: '', github: '',
      company: '', title: '', years: null, skills: [], school: null, degree: null, pronouns: null, authorization: null,
      sponsorship: null, startDate: '', salary: '', resume: '', coverLetter: '', whyUs: '', heard: null, gender: null,
      race: null, veteran: null, consent: false,
      ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'text' ? '' : null])),
    };
    const { register, control, handleSubmit, watch, setValue, formState: { errors } } = useForm({ resolver: zodResolver(schema), defaultValues: defaults });
    const [sent, setSent] = useState(false);
    const [search, setSearch] = useState('');
    const [alerts, setAlerts] = useState('');
    const values = watch();
    const rs = (name, options, props = {}, Component = Select) => (
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <Component
            {...field}
            inputId={`ow-${name}`}
            instanceId={`ow-${name}`}
            id={`ow-${name}-container`}
            classNamePrefix="ow"
            options={options}
            placeholder="Select…"
            aria-labelledby={`ow-${name}-label`}
            {...props}
          />
        )}
      />
    );
    const reg = (name, props = {}) => <input id={`ow-${name}`} className="ow-input" {...register(name)} {...props} />;
    const plain = (v) => (Array.isArray(v) ? v.map((o) => o.value) : v && typeof v === 'object' ? v.value : v);
    const model = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, plain(v)]));
    return (
      <>
        <header className="ow-top">
          <strong>orrinwick</strong>
          <nav>Open roles · Benefits · Our care model · Engineering blog</nav>
          <form className="ow-search" role="search" onSubmit={(e) => e.preventDefault()}>
            <input type="search" id="ow-site-search" name="q" placeholder="Search jobs" aria-label="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)} />
          </form>
        </header>
        <main className="ow-shell">
          <p className="ow-kicker">{posting.team} · {posting.where}</p>
          <h1>{posting.title}</h1>
          <p>{posting.intro}</p>
          {sent ? (
            <p id="ow-sent" className="ow-sent">Thanks, {values.firstName}! Your application is in. Our recruiting team replies within two weeks.</p>
          ) : null}
          <form id="ow-apply" noValidate onSubmit={handleSubmit(() => setSent(true))}>
            <h2>About you</h2>
            <div className="ow-row">
              <Field id="ow-firstName" label="First name" required error={errors.firstName}>{reg('firstName', { autoComplete: 'given-name' })}</Field>
              <Field id="ow-lastName" label="Last name" required error={errors.lastName}>{reg('lastName', { autoComplete: 'family-name' })}</Field>
            </div>
            <Field id="ow-email" label="Email" required error={errors.email}>{reg('email', { type: 'email', autoComplete: 'email' })}</Field>
            <div className="ow-field">
              <span className="ow-legend" id="ow-phoneCountry-label">Phone<span className="ow-req"> *</span></span>
              <div className="ow-phone">
                {rs('phoneCountry', DIAL_CODES, {
                  formatOptionLabel: dialLabel,
                  getOptionLabel: (o) => `${o.name} ${o.dial}`,
                  placeholder: 'Code',
                  'aria-label': 'Country code',
                  'aria-labelledby': undefined,
                })}
                <input id="ow-phone" className="ow-input" type="tel" aria-labelledby="ow-phoneCountry-label" aria-describedby="ow-phone-help" autoComplete="tel-national" {...register('phone')} />
              </div>
              <div className="ow-help" id="ow-phone-help">Pick your country code, then enter the rest of the number.</div>
              {(errors.phoneCountry || errors.phone) && <div className="ow-err" role="alert">{(errors.phoneCountry || errors.phone).message}</div>}
            </div>
            <Field id="ow-location" label="Where do you live?" required help="Choose the closest city" error={errors.location}>
              {rs('location', LOCATIONS, { isClearable: true, menuPortalTarget: document.body, menuPosition: 'fixed', styles: { menuPortal: (base) => ({ ...base, zIndex: 20 }) } })}
            </Field>
            <div className="ow-row">
              <Field id="ow-linkedin" label="LinkedIn profile">{reg('linkedin', { type: 'url', placeholder: 'https://linkedin.com/in/…' })}</Field>
              <Field id="ow-github" label="GitHub">{reg('github', { type: 'url', placeholder: 'https://github.com/…' })}</Field>
            </div>
            <Field id="ow-pronouns" label="Pronouns" help="Optional. We’ll use these in interviews.">{rs('pronouns', PRONOUNS, { isClearable: true, isSearchable: false })}</Field>

            <h2>Experience</h2>
            <div className="ow-row">
              <Field id="ow-company" label="Current or most recent employer">{reg('company')}</Field>
              <Field id="ow-title" label="Job title">{reg('title')}</Field>
            </div>
            <Field id="ow-years" label={posting.yearsLabel} required error={errors.years}>{rs('years', opts(posting.years), { isSearchable: false })}</Field>
            <Field id="ow-skills" label={posting.skillsLabel} help="Select all that apply">
              {rs('skills', opts(posting.skills), { isMulti: true, closeMenuOnSelect: false, placeholder: 'Select tools…' })}
            </Field>
            <div className="ow-row">
              <Field id="ow-school" label="School" help="Start typing to search">{rs('school', [], { loadOptions: loadSchools, cacheOptions: true, isClearable: true, placeholder: 'Search schools…', noOptionsMessage: ({ inputValue }) => (inputValue ? 'No schools found' : 'Type to search') }, AsyncSelect)}</Field>
              <Field id="ow-degree" label="Highest degree">{rs('degree', DEGREES, { isClearable: true })}</Field>
            </div>

            <h2>Eligibility &amp; logistics</h2>
            <Field id="ow-authorization" label="Are you legally authorized to work in the United States?" required error={errors.authorization}>
              {rs('authorization', AUTH, { formatOptionLabel: twoLine, isSearchable: false })}
            </Field>
            <Field id="ow-sponsorship" label="Will you require Orrinwick to sponsor an employment visa (e.g. H-1B)?" required error={errors.sponsorship}>
              {rs('sponsorship', SPONSOR, { formatOptionLabel: twoLine, isSearchable: false })}
            </Field>
            <div className="ow-row">
              <Field id="ow-startDate" label="Earliest start date" required help="MM/DD/YYYY" error={errors.startDate}>{reg('startDate', { inputMode: 'numeric' })}</Field>
              <Field id="ow-salary" label="Desired base salary" required error={errors.salary}>
                <div className="ow-adorn"><span>$</span>{reg('salary', { inputMode: 'numeric' })}<span>USD / year</span></div>
              </Field>
            </div>
            {posting.questions.map((q) => (
              <Field key={q.key} id={`ow-${q.key}`} label={q.label} required={q.required} help={q.help}>
                {q.type === 'text'
                  ? <textarea id={`ow-${q.key}`} className="ow-input" rows={4} {...register(q.key)} />
                  : rs(q.key, opts(q.options), { isSearchable: false, isMulti: !!q.multi })}
              </Field>
            ))}

            <h2>Documents</h2>
            <Field id="ow-resume" label="Resume / CV" required help="PDF or Word, up to 5 MB">
              <input type="file" id="ow-resume" accept=".pdf,.doc,.docx" onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} />
            </Field>
            <Field id="ow-coverLetter" label="Cover letter" help="Optional — paste it here">
              <textarea id="ow-coverLetter" className="ow-input" rows={6} {...register('coverLetter')} />
            </Field>
            <Field id="ow-whyUs" label="What draws you to Orrinwick’s mission?" help="A few sentences is plenty.">
              <textarea id="ow-whyUs" className="ow-input" rows={4} {...register('whyUs')} />
            </Field>
            <Field id="ow-heard" label="How did you hear about us?">{rs('heard', HEARD, { isClearable: true })}</Field>

            <h2>Voluntary self-identification</h2>
            <p className="ow-help">Orrinwick Health is an equal opportunity employer. Providing this information is voluntary and will not affect your application.</p>
            <div className="ow-row">
              <Field id="ow-gender" label="Gender">{rs('gender', GENDER, { isSearchable: false })}</Field>
              <Field id="ow-race" label="Race / ethnicity">{rs('race', RACE, { isSearchable: false })}</Field>
            </div>
            <Field id="ow-veteran" label="Veteran status">{rs('veteran', VETERAN, { isSearchable: false })}</Field>
            <label className="ow-check"><input type="checkbox" id="ow-consent" {...register('consent')} /> <span>I have read the <a href="#privacy">Orrinwick Applicant Privacy Notice</a> and agree that my data may be processed for this application. <span className="ow-req">*</span></span></label>
            {errors.consent && <div className="ow-err" role="alert">{errors.consent.message}</div>}
            <button type="submit" id="ow-submit" className="ow-submit">Submit application</button>
          </form>
        </main>
        <footer className="ow-foot">
          <form onSubmit={(e) => e.preventDefault()}>
            <label htmlFor="ow-alerts">Get new Orrinwick roles by email</label>{' '}
            <input id="ow-alerts" name="alert_email" type="email" placeholder="Email address" value={alerts} onChange={(e) => setAlerts(e.target.value)} />{' '}
            <button type="submit">Create alert</button>
          </form>
        </footer>
        <pre id="model">{JSON.stringify({ ...model, search, alerts })}</pre>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
