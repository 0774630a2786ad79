/**
 * Another Fernhollow Robotics posting on the same page template (Fleet Telemetry Analyst,
 * Pittsburgh): react-hook-form state in <pre id="model">, react-international-phone preset to the US,
 * AsyncSelects for the location and school, plain react-selects for the years (buckets), the
 * sponsorship (sentence answers), tools (isMulti), "how did you hear" and race/ethnicity, native
 * radios for work authorization and on-site work, a native degree select, a react-datepicker start
 * date, a GitHub field and one react-dropzone zone for the resume.
 */
import 'react-datepicker/dist/react-datepicker.css';
import 'react-international-phone/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import DatePicker from 'react-datepicker';
import { useDropzone } from 'react-dropzone';
import { PhoneInput } from 'react-international-phone';

const opts = (list) => list.map((label) => ({ value: label, label }));
const PLACES = ['Pittsburgh, PA, USA', 'San Francisco, CA, USA', 'San Francisco de Macorís, Dominican Republic', 'South San Francisco, CA, USA', 'San Jose, CA, USA', 'Philadelphia, PA, USA', 'Cleveland, OH, USA'];
const SCHOOLS = ['Carnegie Mellon University', 'Penn State University', 'University of California, Berkeley', 'University of California, Los Angeles', 'University of Pittsburgh', 'University of Washington'];
const COUNTRIES = opts(['Canada', 'Mexico', 'United Kingdom', 'United States']);
const YEARS = opts(['0–2 years', '3–5 years', '6–8 years', '9+ years']);
const SPONSOR = opts(['Yes, now or in the future', 'No, I will not need sponsorship']);
const TOOLS = opts(['SQL', 'Python', 'Grafana', 'ROS bag files', 'Spark', 'Tableau']);
const SOURCES = opts(['LinkedIn', 'Built In Pittsburgh', 'University career fair', 'Employee referral', 'Other']);
const RACES = opts(['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to self-identify']);

const search = (list) => (text) => new Promise((resolve) => setTimeout(() => resolve(opts(list.filter((item) => item.toLowerCase().includes(text.toLowerCase())))), 450));

function Drop({ id, label, hint, accept, value, onChange }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ accept, multiple: false, onDrop: (files) => onChange(files[0]?.name ?? null) });
  return (
    <div className="fh-field">
      <span className="fh-legend" id={`${id}-label`}>{label}</span>
      <div {...getRootProps({ className: 'fh-drop', 'aria-labelledby': `${id}-label` })}>
        <input {...getInputProps({ id, name: id })} />
        {value ? <strong>{value}</strong> : <span>{isDragActive ? 'Drop it here' : 'Drag and drop, or click to browse'}</span>}
        <div className="fh-hint">{hint}</div>
      </div>
    </div>
  );
}

function Application() {
  const { register, control, handleSubmit, watch } = useForm({
    defaultValues: { firstName: '', lastName: '', email: '', phone: '', country: null, location: null, github: '', linkedin: '', years: null, authorized: null,
      sponsorship: null, onsite: null, school: null, degree: '', tools: [], startDate: null, resume: null, notes: '', source: null, race: null },
  });
  const [done, setDone] = useState(false);
  const values = watch();
  if (done) return <h2 id="done">Application sent. Thanks!</h2>;
  const model = { ...values, location: values.location?.value ?? null, country: values.country?.value ?? null, years: values.years?.value ?? null,
    sponsorship: values.sponsorship?.value ?? null, school: values.school?.value ?? null, tools: values.tools.map((tool) => tool.value),
    source: values.source?.value ?? null, race: values.race?.value ?? null, startDate: values.startDate ? values.startDate.toISOString().slice(0, 10) : null };
  const select = (name, Component, props) => (
    <Controller name={name} control={control} render={({ field }) => (
      <Component {...props} inputId={`${name}-input`} classNamePrefix="rs" className={`rs-${name}`} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
    )} />
  );
  return (
    <form onSubmit={handleSubmit(() => setDone(true))} noValidate>
      <h1>Fleet Telemetry Analyst</h1>
      <p className="fh-hint">Pittsburgh, PA · On-site 4 days a week at our Strip District test track</p>
      <p>
        Our delivery robots log 2 TB of telemetry a day. You will turn it into the fleet health dashboards, dig into
        disengagement reports with the autonomy team and own the weekly reliability review.
      </p>
      <div className="fh-field"><label htmlFor="firstName">First name *</label><input type="text" id="firstName" {...register('firstName', { required: true })} /></div>
      <div className="fh-field"><label htmlFor="lastName">Last name *</label><input type="text" id="lastName" {...register('lastName', { required: true })} /></div>
      <div className="fh-field"><label htmlFor="email">Email *</label><input type="email" id="email" {...register('email', { required: true })} /></div>
      <div className="fh-field">
        <label htmlFor="phone">Mobile number *</label>
        <Controller name="phone" control={control} render={({ field }) => (
          <PhoneInput defaultCountry="us" value={field.value} onChange={(phone) => field.onChange(phone)} inputProps={{ id: 'phone', name: 'phone' }} />
        )} />
      </div>
      <div className="fh-field" data-field="country"><label htmlFor="country-input">Country you live in</label>{select('country', Select, { options: COUNTRIES, placeholder: 'Select…' })}</div>
      <div className="fh-field" data-field="location"><label htmlFor="location-input">City</label>
        {select('location', AsyncSelect, { cacheOptions: true, loadOptions: search(PLACES), placeholder: 'Start typing a city…', noOptionsMessage: ({ inputValue }) => (inputValue ? 'No matches' : 'Type to search') })}</div>
      <div className="fh-field"><label htmlFor="github">GitHub (optional)</label><input type="url" id="github" {...register('github')} /></div>
      <div className="fh-field"><label htmlFor="linkedin">LinkedIn profile</label><input type="url" id="linkedin" {...register('linkedin')} /></div>
      <div className="fh-field" data-field="years"><label htmlFor="years-input">How many years have you worked with data professionally?</label>
        {select('years', Select, { options: YEARS, placeholder: 'Select…', isSearchable: false })}</div>
      <fieldset className="fh-field" id="authorized">
        <legend className="fh-legend">Are you legally authorized to work in the United States? *</legend>
        <label><input type="radio" value="yes" {...register('authorized')} /> Yes</label>{' '}
        <label><input type="radio" value="no" {...register('authorized')} /> No</label>
      </fieldset>
      <div className="fh-field" data-field="sponsorship"><label htmlFor="sponsorship-input">Do you require visa sponsorship to work for Fernhollow?</label>
        {select('sponsorship', Select, { options: SPONSOR, placeholder: 'Select…', isSearchable: false })}</div>
      <fieldset className="fh-field" id="onsite">
        <legend className="fh-legend">This role is on-site in Pittsburgh four days a week. Does that work for you?</legend>
        <label><input type="radio" value="yes" {...register('onsite')} /> Yes</label>{' '}
        <label><input type="radio" value="no" {...register('onsite')} /> No</label>
      </fieldset>
      <div className="fh-field" data-field="school"><label htmlFor="school-input">University</label>
        {select('school', AsyncSelect, { loadOptions: search(SCHOOLS), placeholder: 'Search schools…', noOptionsMessage: ({ inputValue }) => (inputValue ? 'No matches' : 'Type to search') })}</div>
      <div className="fh-field"><label htmlFor="degree">Highest degree</label>
        <select id="degree" {...register('degree')}><option value="">Select…</option><option>None</option><option>AS/AA</option><option>BS/BA</option><option>MS/MA</option><option>PhD</option></select></div>
      <div className="fh-field" data-field="tools"><label htmlFor="tools-input">Which tools have you used in production?</label>
        {select('tools', Select, { options: TOOLS, isMulti: true, placeholder: 'Select all that apply…' })}</div>
      <div className="fh-field"><label htmlFor="startDate">When can you start?</label>
        <Controller name="startDate" control={control} render={({ field }) => (
          <DatePicker id="startDate" selected={field.value} onChange={(date) => field.onChange(date)} dateFormat="MM/dd/yyyy" placeholderText="MM/DD/YYYY" autoComplete="off" />
        )} /></div>
      <Controller name="resume" control={control} render={({ field }) => (
        <Drop id="resume" label="Resume / CV *" hint="PDF only, up to 5 MB" accept={{ 'application/pdf': ['.pdf'] }} value={field.value} onChange={field.onChange} />
      )} />
      <div className="fh-field"><label htmlFor="notes">Anything else you'd like us to know?</label><textarea id="notes" rows={4} {...register('notes')} /></div>
      <div className="fh-field" data-field="source"><label htmlFor="source-input">Where did you find this job?</label>{select('source', Select, { options: SOURCES, placeholder: 'Select…' })}</div>
      <div className="fh-field" data-field="race"><label htmlFor="race-input">Race / ethnicity (voluntary)</label>{select('race', Select, { options: RACES, placeholder: 'Select…' })}</div>
      <button type="submit" id="submit">Submit application</button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
