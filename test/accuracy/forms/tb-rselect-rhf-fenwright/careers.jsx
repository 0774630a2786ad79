/*
 * Fenwright (a London freight-software company hiring remote in the US): its careers page, a React 19
 * app on react-hook-form + react-select, shared by every posting (each posting's app.jsx passes its
 * own job, labels and questions):
 * - phone: a react-select dial-code picker preset to the UK ("🇬🇧 +44"; the menu reads
 *   "🇬🇧 United Kingdom (+44)") beside a plain tel box;
 * - "Where are you based?": an AsyncSelect that loads cities 400 ms after typing;
 * - current employer: a CreatableSelect of companies Fenwright already knows (type and press Enter
 *   to add another);
 * - pronouns: a creatable multi-select; yes/no questions as segmented buttons (role=radio buttons,
 *   no native inputs);
 * - degree: a react-select with option groups; years of experience as ranges;
 * - salary: amount box + currency react-select preset GBP + a "per" react-select;
 * - start date typed as DD/MM/YYYY (a UK form);
 * - a "CV / résumé" file input hidden behind its label.
 * The react-hook-form values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import CreatableSelect from 'react-select/creatable';

const flag = (code) => String.fromCodePoint(...[...code].map((c) => 127397 + c.charCodeAt(0)));
const DIALS = [
  ['GB', 'United Kingdom', '+44'], ['IE', 'Ireland', '+353'], ['US', 'United States', '+1'], ['CA', 'Canada', '+1'],
  ['NL', 'Netherlands', '+31'], ['DE', 'Germany', '+49'], ['IN', 'India', '+91'], ['AU', 'Australia', '+61'],
].map(([value, name, dial]) => ({ value, name, dial, label: `${flag(value)} ${name} (${dial})` }));

const CITIES = [
  'London, England, UK', 'Manchester, England, UK', 'San Francisco, CA, USA', 'South San Francisco, CA, USA',
  'San Francisco, Córdoba, Argentina', 'San Fernando, CA, USA', 'San Jose, CA, USA', 'Santa Francisca, Cebu, Philippines',
  'Oakland, CA, USA', 'Seattle, WA, USA', 'Portland, OR, USA', 'Denver, CO, USA', 'Chicago, IL, USA',
  'New York, NY, USA', 'Newark, NJ, USA', 'Austin, TX, USA', 'Atlanta, GA, USA', 'Boston, MA, USA', 'Toronto, ON, Canada',
];
const COMPANIES = ['Flexport', 'project44', 'FourKites', 'Convoy', 'Maersk', 'DHL Supply Chain', 'Samsara', 'Uber Freight', 'Shippeo', 'Transporeon'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they', 'xe/xem'];
const DEGREES = [
  { label: 'School & vocational', options: ['GCSEs / high school diploma', 'A-levels / GED', 'Vocational qualification (BTEC, NVQ)'] },
  { label: 'University', options: ["Associate degree", "Bachelor's degree", "Master's degree", 'Doctorate (PhD)'] },
  { label: 'Other', options: ['Bootcamp or certificate', 'Prefer not to say'] },
].map((group) => ({ label: group.label, options: group.options.map((o) => ({ value: o, label: o })) }));
const CURRENCIES = [['GBP', 'British Pound'], ['EUR', 'Euro'], ['USD', 'US Dollar'], ['CAD', 'Canadian Dollar']].map(([value, name]) => ({ value, label: `${value} – ${name}` }));
const PERIODS = [['year', 'per year'], ['month', 'per month'], ['day', 'per day (contract)']].map(([value, label]) => ({ value, label }));
const opts = (list) => list.map((o) => ({ value: o, label: o }));

const loadCities = (input) =>
  new Promise((resolve) => {
    setTimeout(() => {
      const needle = input.trim().toLowerCase();
      resolve(needle.length < 2 ? [] : opts(CITIES.filter((c) => c.toLowerCase().includes(needle))).slice(0, 8));
    }, 400);
  });

function Segmented({ id, value, onChange, options, labelledBy }) {
  return (
    <div className="fw-seg" role="radiogroup" id={id} aria-labelledby={labelledBy}>
      {options.map((o) => (
        <button key={o} type="button" role="radio" aria-checked={value === o.toLowerCase()} className={value === o.toLowerCase() ? 'on' : ''}
          onClick={() => onChange(o.toLowerCase())}>{o}</button>
      ))}
    </div>
  );
}

function App({ job }) {
  const qDefaults = Object.fromEntries(job.questions.map((q) => [q.key, q.type === 'multi' ? [] : q.type === 'select' ? null : '']));
  const { register, control, handleSubmit, watch, formState: { errors } } = useForm({
    mode: 'onBlur',
    defaultValues: {
      firstName: '', lastName: '', preferredName: '', email: '', dial: 'GB', phone: '', location: null,
      linkedin: '', github: '', employer: null, title: '', years: null, degree: null, school: '',
      authorized: '', sponsorship: '', pronouns: [], salary: '', currency: 'GBP', period: null, startDate: '',
      resume: '', coverLetter: '', source: null, gender: null, ethnicity: null, veteran: null, consent: false, ...qDefaults,
    },
  });
  const [sent, setSent] = useState(false);
  const values = watch();
  const rs = (name, extra = {}) => ({ inputId: `fw-${name}`, instanceId: name, id: `fw-${name}-box`, classNamePrefix: 'fw', ...extra });
  const single = (list, field) => ({ options: list, value: list.flatMap((o) => o.options ?? [o]).find((o) => o.value === field.value) ?? null, onChange: (o) => field.onChange(o ? o.value : null), onBlur: field.onBlur });
  const req = { required: 'This field is required' };

  return (
    <>
    {sent ? <div className="fw-card"><h2 id="fw-done">Thanks, {values.firstName} — your application for {job.title} is in.</h2><p>Our talent team replies within ten working days.</p></div> : (
    <form className="fw-card" id="fw-form" noValidate onSubmit={handleSubmit(() => setSent(true))}>
      <h2>Apply for this role</h2>
      <p className="fw-muted">Fields marked * are required.</p>
      <h3>About you</h3>
      <div className="fw-row">
        <div className="fw-f"><label htmlFor="fw-firstName">First name *</label><input id="fw-firstName" className="fw-in" autoComplete="given-name" {...register('firstName', req)} />{errors.firstName && <p className="fw-err">{errors.firstName.message}</p>}</div>
        <div className="fw-f"><label htmlFor="fw-lastName">Surname *</label><input id="fw-lastName" className="fw-in" autoComplete="family-name" {...register('lastName', req)} />{errors.lastName && <p className="fw-err">{errors.lastName.message}</p>}</div>
      </div>
      <div className="fw-f"><label htmlFor="fw-preferredName">Preferred name (if different)</label><input id="fw-preferredName" className="fw-in" {...register('preferredName')} /></div>
      <div className="fw-f"><label htmlFor="fw-email">Email address *</label><input id="fw-email" type="email" className="fw-in" {...register('email', { ...req, pattern: { value: /.+@.+\..+/, message: 'Enter a valid email' } })} />{errors.email && <p className="fw-err">{errors.email.message}</p>}</div>
      <div className="fw-f">
        <label htmlFor="fw-phone">Phone number *</label>
        <div className="fw-phone">
          <Controller name="dial" control={control} render={({ field }) => (
            <Select {...rs('dial', { 'aria-label': 'Country calling code', isSearchable: true })} {...single(DIALS, field)}
              getOptionLabel={(o) => o.label} formatOptionLabel={(o, { context }) => (context === 'value' ? `${flag(o.value)} ${o.dial}` : o.label)} />
          )} />
          <input id="fw-phone" type="tel" className="fw-in" autoComplete="tel-national" {...register('phone', req)} />
        </div>
        <p className="fw-help">Numbers only — we'll add the country code.</p>
        {errors.phone && <p className="fw-err">{errors.phone.message}</p>}
      </div>
      <div className="fw-f">
        <label htmlFor="fw-location" id="fw-location-label">Where are you based? *</label>
        <Controller name="location" control={control} rules={req} render={({ field }) => (
          <AsyncSelect {...rs('location')} cacheOptions loadOptions={loadCities} placeholder="Start typing your city…"
            noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Type at least 2 letters' : 'No matching cities')}
            value={field.value ? { value: field.value, label: field.value } : null} onChange={(o) => field.onChange(o ? o.value : null)} onBlur={field.onBlur} />
        )} />
        {errors.location && <p className="fw-err">{errors.location.message}</p>}
      </div>
      <div className="fw-f">
        <label htmlFor="fw-pronouns">Pronouns (optional)</label>
        <Controller name="pronouns" control={control} render={({ field }) => (
          <CreatableSelect {...rs('pronouns')} isMulti options={opts(PRONOUNS)} placeholder="Select or type your own"
            value={field.value.map((v) => ({ value: v, label: v }))} onChange={(list) => field.onChange(list.map((o) => o.value))} onBlur={field.onBlur} />
        )} />
      </div>
      <h3>Links</h3>
      <div className="fw-row">
        <div className="fw-f"><label htmlFor="fw-linkedin">LinkedIn profile</label><input id="fw-linkedin" className="fw-in" placeholder="https://linkedin.com/in/…" {...register('linkedin')} /></div>
        <div className="fw-f"><label htmlFor="fw-github">{job.linkLabel}</label><input id="fw-github" className="fw-in" {...register('github')} /></div>
      </div>
      <h3>Experience</h3>
      <div className="fw-row">
        <div className="fw-f">
          <label htmlFor="fw-employer">Current or most recent employer</label>
          <Controller name="employer" control={control} render={({ field }) => (
            <CreatableSelect {...rs('employer')} isClearable options={opts(COMPANIES)} placeholder="Search or add a company"
              value={field.value ? { value: field.value, label: field.value } : null} onChange={(o) => field.onChange(o ? o.value : null)} onBlur={field.onBlur} />
          )} />
        </div>
        <div className="fw-f"><label htmlFor="fw-title">Job title</label><input id="fw-title" className="fw-in" {...register('title')} /></div>
      </div>
      <div className="fw-f">
        <label htmlFor="fw-years">{job.yearsLabel} *</label>
        <Controller name="years" control={control} rules={req} render={({ field }) => <Select {...rs('years')} {...single(opts(job.years), field)} />} />
        {errors.years && <p className="fw-err">{errors.years.message}</p>}
      </div>
      <div className="fw-row">
        <div className="fw-f">
          <label htmlFor="fw-degree">Highest qualification</label>
          <Controller name="degree" control={control} render={({ field }) => <Select {...rs('degree')} {...single(DEGREES, field)} formatGroupLabel={(g) => <span className="fw-group">{g.label}</span>} />} />
        </div>
        <div className="fw-f"><label htmlFor="fw-school">University or institution</label><input id="fw-school" className="fw-in" placeholder="e.g. University of Leeds" {...register('school')} /></div>
      </div>
      <h3>Right to work</h3>
      <div className="fw-f">
        <span className="fw-q" id="fw-authorized-q">Are you legally authorised to work in the United States? *</span>
        <Controller name="authorized" control={control} rules={req} render={({ field }) => <Segmented id="fw-authorized" labelledBy="fw-authorized-q" value={field.value} onChange={field.onChange} options={['Yes', 'No']} />} />
        {errors.authorized && <p className="fw-err">{errors.authorized.message}</p>}
      </div>
      <div className="fw-f">
        <span className="fw-q" id="fw-sponsorship-q">{job.sponsorLabel} *</span>
        <Controller name="sponsorship" control={control} rules={req} render={({ field }) => <Segmented id="fw-sponsorship" labelledBy="fw-sponsorship-q" value={field.value} onChange={field.onChange} options={['Yes', 'No']} />} />
        {errors.sponsorship && <p className="fw-err">{errors.sponsorship.message}</p>}
      </div>
      <h3>A few questions from the team</h3>
      {job.questions.map((q) => (
        <div className="fw-f" key={q.key}>
          {q.type === 'text' ? (
            <><label htmlFor={`fw-${q.key}`}>{q.label}</label><textarea id={`fw-${q.key}`} className="fw-in" rows={3} {...register(q.key)} /></>
          ) : q.type === 'segmented' ? (
            <><span className="fw-q" id={`fw-${q.key}-q`}>{q.label}</span>
              <Controller name={q.key} control={control} render={({ field }) => <Segmented id={`fw-${q.key}`} labelledBy={`fw-${q.key}-q`} value={field.value} onChange={field.onChange} options={q.options} />} /></>
          ) : (
            <><label htmlFor={`fw-${q.key}`}>{q.label}</label>
              <Controller name={q.key} control={control} render={({ field }) => (q.type === 'multi'
                ? <Select {...rs(q.key)} isMulti isClearable options={opts(q.options)} value={field.value.map((v) => ({ value: v, label: v }))} onChange={(list) => field.onChange(list.map((o) => o.value))} onBlur={field.onBlur} />
                : <Select {...rs(q.key)} isClearable {...single(opts(q.options), field)} />)} /></>
          )}
        </div>
      ))}
      <h3>Pay and availability</h3>
      <div className="fw-row">
        <div className="fw-f"><label htmlFor="fw-salary">Expected base salary</label><input id="fw-salary" className="fw-in" inputMode="numeric" {...register('salary')} /></div>
        <div className="fw-f fw-narrow">
          <label htmlFor="fw-currency">Currency</label>
          <Controller name="currency" control={control} render={({ field }) => <Select {...rs('currency')} {...single(CURRENCIES, field)} />} />
        </div>
        <div className="fw-f fw-narrow">
          <label htmlFor="fw-period">Per</label>
          <Controller name="period" control={control} render={({ field }) => <Select {...rs('period')} {...single(PERIODS, field)} />} />
        </div>
      </div>
      <div className="fw-f"><label htmlFor="fw-startDate">Earliest start date</label><input id="fw-startDate" className="fw-in fw-date" placeholder="DD/MM/YYYY" {...register('startDate')} /></div>
      <h3>Documents</h3>
      <div className="fw-f">
        <span className="fw-q">CV / résumé *</span>
        <label htmlFor="fw-resume" className="fw-upload">📎 Upload CV</label>
        <Controller name="resume" control={control} rules={req} render={({ field }) => (
          <input id="fw-resume" type="file" accept=".pdf,.doc,.docx" className="fw-hidden" name={field.name}
            onChange={(e) => field.onChange(Array.from(e.target.files ?? []).map((f) => f.name).join(', '))} />
        )} />
        <span className="fw-muted">{values.resume || 'PDF or Word, up to 5 MB'}</span>
      </div>
      <div className="fw-f"><label htmlFor="fw-coverLetter">Cover letter (optional)</label><textarea id="fw-coverLetter" className="fw-in" rows={5} {...register('coverLetter')} /></div>
      <div className="fw-f">
        <label htmlFor="fw-source">How did you hear about Fenwright?</label>
        <Controller name="source" control={control} render={({ field }) => <Select {...rs('source')} isClearable {...single(opts(['LinkedIn', 'Otta', 'Referral', 'Fenwright blog', 'Conference or meetup', 'Other']), field)} />} />
      </div>
      <h3>US equal opportunity (voluntary)</h3>
      <p className="fw-muted">US applicants may choose to answer. Answers are kept separate from your application.</p>
      <div className="fw-row">
        <div className="fw-f"><label htmlFor="fw-gender">Gender</label><Controller name="gender" control={control} render={({ field }) => <Select {...rs('gender')} isClearable {...single(opts(['Female', 'Male', 'Non-binary', 'I decline to self-identify']), field)} />} /></div>
        <div className="fw-f"><label htmlFor="fw-ethnicity">Race / ethnicity</label><Controller name="ethnicity" control={control} render={({ field }) => <Select {...rs('ethnicity')} isClearable {...single(opts(['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I decline to self-identify']), field)} />} /></div>
      </div>
      <div className="fw-f"><label htmlFor="fw-veteran">Veteran status</label><Controller name="veteran" control={control} render={({ field }) => <Select {...rs('veteran')} isClearable {...single(opts(['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify']), field)} />} /></div>
      <div className="fw-f fw-check">
        <input id="fw-consent" type="checkbox" {...register('consent', { required: 'Please accept to continue' })} />
        <label htmlFor="fw-consent">I have read Fenwright's candidate privacy notice and agree to my data being processed for recruitment. *</label>
        {errors.consent && <p className="fw-err">{errors.consent.message}</p>}
      </div>
      <button type="submit" id="fw-submit" className="fw-submit">Submit application</button>
    </form>)}
    <pre id="model">{JSON.stringify(values, null, 2)}</pre>
    </>
  );
}

export function mount(job) {
  createRoot(document.getElementById('root')).render(<App job={job} />);
}
