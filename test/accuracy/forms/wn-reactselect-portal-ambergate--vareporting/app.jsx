/**
 * Another posting on the same Ambergate careers page (Analytics Engineer, Agency Reporting, Chicago):
 * same components; this job's own year buckets, salary bands starting at $150,000, reworded
 * eligibility questions and a currently-employed question. Original description:
 * Ambergate Transit Data careers page (React 19): **react-hook-form with Controllers only** (every
 * control, text boxes too, goes through `useController`; the state lives in the form library) and
 * **react-select 5** everywhere a choice is asked, each menu **portalled to `<body>`**
 * (`menuPortalTarget`, `classNamePrefix="rs"`, `inputId`): a phone country select with
 * **formatOptionLabel** (menu "🇺🇸 United States +1", chosen "🇺🇸 +1") in "Suggested" and "All
 * countries" groups (Canada, Puerto Rico and the US Virgin Islands are +1 too); an **AsyncSelect**
 * location (suggestions 350 ms after two characters); a **grouped time-zone** select; unsearchable
 * selects for years ranges, salary bands and yes/no; **isMulti** languages and work arrangements
 * (left alone); `type=date` start; a label-wrapped hidden resume input; EEO selects; a header job
 * search and a footer newsletter. The form values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useController, useForm } from 'react-hook-form';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';

const flag = (code) => String.fromCodePoint(...[...code].map((c) => 127397 + c.charCodeAt(0)));
const country = (code, name, dial) => ({ value: code, label: name, dial });
const PHONE_COUNTRIES = [
  { label: 'Suggested', options: [country('US', 'United States', '+1'), country('CA', 'Canada', '+1'), country('GB', 'United Kingdom', '+44')] },
  { label: 'All countries', options: [
    country('AU', 'Australia', '+61'), country('BR', 'Brazil', '+55'), country('CA', 'Canada', '+1'), country('DE', 'Germany', '+49'), country('IN', 'India', '+91'), country('IE', 'Ireland', '+353'),
    country('MX', 'Mexico', '+52'), country('PR', 'Puerto Rico', '+1'), country('GB', 'United Kingdom', '+44'), country('US', 'United States', '+1'), country('VI', 'U.S. Virgin Islands', '+1'),
  ] },
];
const PLACES = ['San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco, Cebu, Philippines', 'San Fernando, CA, USA', 'Santa Clara, CA, USA', 'Oakland, CA, USA', 'Sacramento, CA, USA', 'Portland, OR, USA', 'Seattle, WA, USA', 'Chicago, IL, USA', 'Boston, MA, USA'];
const ZONES = [
  { label: 'North America', options: ['(GMT-10:00) Hawaii', '(GMT-09:00) Alaska', '(GMT-08:00) Pacific Time (US & Canada)', '(GMT-07:00) Arizona', '(GMT-07:00) Mountain Time (US & Canada)', '(GMT-06:00) Central Time (US & Canada)', '(GMT-05:00) Eastern Time (US & Canada)'] },
  { label: 'Europe', options: ['(GMT+00:00) London', '(GMT+01:00) Berlin', '(GMT+01:00) Paris'] },
  { label: 'Asia-Pacific', options: ['(GMT+05:30) Kolkata', '(GMT+08:00) Singapore', '(GMT+10:00) Sydney'] },
].map((g) => ({ label: g.label, options: g.options.map((o) => ({ value: o, label: o })) }));
const opts = (list) => list.map((o) => ({ value: o, label: o }));
const YEARS = opts(['Less than 3 years', '3–4 years', '5–7 years', '8 years or more']);
const BANDS = opts(['$110,000 – $129,999', '$130,000 – $149,999', '$150,000 – $169,999', '$170,000 or more']);
const YES_NO = opts(['Yes', 'No']);
const DEGREES = opts(['High school or equivalent', 'Associate’s', 'Bachelor’s', 'Master’s', 'PhD', 'Bootcamp / certificate']);
const LANGUAGES = opts(['English', 'Spanish', 'Mandarin', 'Cantonese', 'Tagalog', 'Vietnamese', 'French']);
const ARRANGEMENTS = opts(['On-site (Chicago)', 'Hybrid (2 days in Chicago)', 'Remote within the US']);
const HEARD = opts(['LinkedIn', 'Built In SF', 'Ambergate rider newsletter', 'Referral', 'Meetup / conference', 'Other']);
const GENDER = opts(['Woman', 'Man', 'Non-binary', 'I prefer not to say']);
const RACE = opts(['Asian', 'Black or African American', 'Hispanic or Latinx', 'Native American or Alaska Native', 'Native Hawaiian or Pacific Islander', 'White', 'Two or more races', 'I prefer not to say']);
const VETERAN = opts(['I am a veteran', 'I am not a veteran', 'I prefer not to say']);
const DISABILITY = opts(['Yes, I have a disability', 'No, I don’t have a disability', 'I prefer not to say']);

const loadPlaces = (input) => new Promise((resolve) => setTimeout(() => resolve(input.trim().length < 2 ? [] : opts(PLACES.filter((p) => p.toLowerCase().includes(input.trim().toLowerCase())))), 350));
const flat = (groups) => groups.flatMap((g) => g.options ?? [g]);

function Question({ name, label, control, help, required, children }) {
  return (
    <div className="ag-field" id={`fld-${name}`}>
      <label htmlFor={`${name}-input`}>{label}{required ? <span className="ag-req"> *</span> : null}</label>
      {help ? <div className="ag-help" id={`${name}-help`}>{help}</div> : null}
      {children}
    </div>
  );
}

function TextBox({ control, name, label, type = 'text', help, required, placeholder, multiline }) {
  const { field, fieldState } = useController({ control, name, rules: required ? { required: `${label} is required` } : undefined });
  const props = { id: `${name}-input`, name: field.name, value: field.value, onChange: field.onChange, onBlur: field.onBlur, ref: field.ref, placeholder, 'aria-invalid': !!fieldState.error };
  return (
    <Question name={name} label={label} help={help} required={required}>
      {multiline ? <textarea rows={5} {...props} /> : <input type={type} {...props} />}
      {fieldState.error ? <div className="ag-error">{fieldState.error.message}</div> : null}
    </Question>
  );
}

function Choice({ control, name, label, options, help, required, multi, searchable = true, async, formatOptionLabel, placeholder = 'Select…' }) {
  const { field, fieldState } = useController({ control, name, rules: required ? { required: `${label} is required` } : undefined });
  const all = flat(options ?? []);
  const [cache, setCache] = useState([]);
  const value = multi ? all.filter((o) => field.value.includes(o.value)) : (all.find((o) => o.value === field.value) ?? cache.find((o) => o.value === field.value) ?? null);
  const common = {
    inputId: `${name}-input`, instanceId: name, classNamePrefix: 'rs', className: 'rs-container', placeholder, isClearable: !required, isMulti: multi, isSearchable: searchable,
    menuPortalTarget: document.body, styles: { menuPortal: (base) => ({ ...base, zIndex: 20 }) }, value, onBlur: field.onBlur, ref: field.ref, formatOptionLabel,
    onChange: (v) => { if (!multi && v) setCache([v]); field.onChange(multi ? v.map((o) => o.value) : (v?.value ?? null)); },
    'aria-invalid': !!fieldState.error,
  };
  return (
    <Question name={name} label={label} help={help} required={required}>
      {async ? <AsyncSelect {...common} loadOptions={async} cacheOptions noOptionsMessage={({ inputValue }) => (inputValue.length < 2 ? 'Type at least 2 characters' : 'No places found')} />
        : <Select {...common} options={options} />}
      {fieldState.error ? <div className="ag-error">{fieldState.error.message}</div> : null}
    </Question>
  );
}

const phoneLabel = (o, { context }) => (context === 'menu' ? `${flag(o.value)} ${o.label} ${o.dial}` : `${flag(o.value)} ${o.dial}`);

function Application() {
  const { control, handleSubmit, watch } = useForm({
    defaultValues: {
      firstName: '', lastName: '', preferredName: '', email: '', phoneCountry: null, phone: '', location: null, timeZone: null, linkedin: '', github: '',
      company: '', title: '', years: null, degree: null, languages: [], workAuthUs: null, needsSponsor: null, employedNow: null, salaryBand: null, arrangements: [], startDate: '',
      resume: '', coverLetter: '', whyTransit: '', heard: null, gender: null, race: null, veteran: null, disability: null, consent: false,
    },
  });
  const [sent, setSent] = useState(false);
  const values = watch();
  const { field: resume } = useController({ control, name: 'resume', rules: { required: 'Please attach your resume' } });
  const { field: consent } = useController({ control, name: 'consent', rules: { validate: (v) => v || 'Please accept the privacy policy' } });
  if (sent) return <div id="ag-sent" className="ag-card"><h2>Thanks, your application is in.</h2><p>We reply to every applicant within ten working days.</p></div>;
  return (
    <>
      <form className="ag-card" noValidate onSubmit={handleSubmit(() => setSent(true))}>
        <h2>Apply for this job</h2>
        <div className="ag-row">
          <TextBox control={control} name="firstName" label="Legal first name" required />
          <TextBox control={control} name="lastName" label="Legal last name" required />
        </div>
        <TextBox control={control} name="preferredName" label="Preferred first name" help="Only if you go by a different name." />
        <TextBox control={control} name="email" label="Email" type="email" required />
        <div className="ag-row">
          <Choice control={control} name="phoneCountry" label="Phone country" options={PHONE_COUNTRIES} formatOptionLabel={phoneLabel} placeholder="Country" />
          <TextBox control={control} name="phone" label="Phone number" type="tel" placeholder="415 555 0100" />
        </div>
        <Choice control={control} name="location" label="Where do you live?" async={loadPlaces} help="Start typing your city and pick it from the list." required placeholder="Search for your city" />
        <Choice control={control} name="timeZone" label="Which time zone do you work in?" options={ZONES} />
        <div className="ag-row">
          <TextBox control={control} name="linkedin" label="LinkedIn URL" />
          <TextBox control={control} name="github" label="GitHub URL" />
        </div>
        <h3>Experience</h3>
        <div className="ag-row">
          <TextBox control={control} name="company" label="Current company" />
          <TextBox control={control} name="title" label="Current title" />
        </div>
        <div className="ag-row">
          <Choice control={control} name="years" label="Years of experience in analytics engineering, BI or data engineering" options={YEARS} searchable={false} />
          <Choice control={control} name="degree" label="Highest level of education completed" options={DEGREES} searchable={false} />
        </div>
        <Choice control={control} name="languages" label="Languages you speak fluently (besides English)" options={LANGUAGES} multi placeholder="Select all that apply" />
        <h3>Logistics</h3>
        <div className="ag-row">
          <Choice control={control} name="workAuthUs" label="Can you legally work in the US for any employer?" options={YES_NO} searchable={false} required />
          <Choice control={control} name="needsSponsor" label="Would you need Ambergate to sponsor a visa for you, now or later?" options={YES_NO} searchable={false} required />
        </div>
        <div className="ag-row">
          <Choice control={control} name="employedNow" label="Are you working at the moment?" options={YES_NO} searchable={false} />
        </div>
        <Choice control={control} name="salaryBand" label="What are your base salary expectations?" options={BANDS} searchable={false} help="Annual base salary in USD. The range for this role is $128,000 – $162,000." />
        <Choice control={control} name="arrangements" label="Which work arrangements would you accept?" options={ARRANGEMENTS} multi placeholder="Select all that apply" />
        <TextBox control={control} name="startDate" label="Earliest start date" type="date" />
        <h3>Documents</h3>
        <div className="ag-field" id="fld-resume">
          <span className="ag-label">Resume <span className="ag-req">*</span></span>
          <label className="ag-attach">Attach<input id="resume-input" type="file" name="resume" accept=".pdf,.doc,.docx" className="ag-hidden"
            onChange={(e) => resume.onChange(e.target.files?.[0]?.name ?? '')} /></label>
          <span className="ag-file">{values.resume || 'PDF, DOC or DOCX'}</span>
        </div>
        <TextBox control={control} name="coverLetter" label="Cover letter" multiline />
        <TextBox control={control} name="whyTransit" label="Which transit agency report would you most like to rebuild, and why?" multiline required />
        <Choice control={control} name="heard" label="How did you hear about this job?" options={HEARD} searchable={false} />
        <h3>Voluntary self-identification</h3>
        <p className="ag-help">Ambergate is an equal opportunity employer. These answers are optional and never shown to interviewers.</p>
        <div className="ag-row">
          <Choice control={control} name="gender" label="Gender" options={GENDER} searchable={false} />
          <Choice control={control} name="race" label="Race / ethnicity" options={RACE} searchable={false} />
        </div>
        <div className="ag-row">
          <Choice control={control} name="veteran" label="Veteran status" options={VETERAN} searchable={false} />
          <Choice control={control} name="disability" label="Disability status" options={DISABILITY} searchable={false} />
        </div>
        <label className="ag-check"><input id="consent-input" type="checkbox" name="consent" checked={consent.value} onChange={(e) => consent.onChange(e.target.checked)} /> I agree to Ambergate’s applicant privacy policy.</label>
        <button id="ag-submit" type="submit" className="ag-submit">Submit application</button>
      </form>
      <pre id="model">{JSON.stringify(values)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
