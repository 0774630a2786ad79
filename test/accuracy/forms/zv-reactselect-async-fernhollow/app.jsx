/**
 * A robotics start-up's own application page: react-hook-form state (watch() rendered into
 * <pre id="model">), a react-international-phone input preset to the US ("+1 " already in the box,
 * a flag button beside it), react-select v5 AsyncSelects whose loadOptions answer after a delay
 * (location and school: nothing to pick until you type), plain react-selects for the country,
 * sponsorship, the roles held (isMulti), "how did you hear" and gender, native radios for work
 * authorization, a native degree select, a react-datepicker start date (MM/dd/yyyy), and two
 * react-dropzone zones (hidden inputs inside) for the resume and the cover letter.
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
const PLACES = ['San Francisco, CA, USA', 'San Francisco de Macorís, Dominican Republic', 'South San Francisco, CA, USA', 'San Mateo, CA, USA', 'Santa Clara, CA, USA', 'Pittsburgh, PA, USA', 'Boston, MA, USA'];
const SCHOOLS = ['Carnegie Mellon University', 'Georgia Institute of Technology', 'Massachusetts Institute of Technology', 'University of California, Berkeley', 'University of California, Davis', 'University of California, San Diego', 'University of Michigan'];
const COUNTRIES = opts(['Canada', 'Germany', 'Japan', 'United Kingdom', 'United States']);
const ROLES = opts(['Data engineer', 'ML engineer', 'Robotics software engineer', 'Analytics engineer', 'Engineering manager']);
const SOURCES = opts(['LinkedIn', 'Hacker News', 'Fernhollow blog', 'A friend', 'Other']);
const GENDERS = opts(['Woman', 'Man', 'Non-binary', 'Prefer not to say']);

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
    defaultValues: { firstName: '', lastName: '', email: '', phone: '', location: null, country: null, linkedin: '', portfolio: '', authorized: null,
      sponsorship: null, school: null, degree: '', roles: [], startDate: null, resume: null, coverLetter: null, source: null, referralCode: '', gender: null, sms: false },
  });
  const [done, setDone] = useState(false);
  const values = watch();
  if (done) return <h2 id="done">Application sent. Thanks!</h2>;
  const model = { ...values, location: values.location?.value ?? null, country: values.country?.value ?? null, sponsorship: values.sponsorship?.value ?? null,
    school: values.school?.value ?? null, roles: values.roles.map((role) => role.value), source: values.source?.value ?? null, gender: values.gender?.value ?? null,
    startDate: values.startDate ? values.startDate.toISOString().slice(0, 10) : null };
  const select = (name, Component, props) => (
    <Controller name={name} control={control} render={({ field }) => (
      <Component {...props} inputId={`${name}-input`} classNamePrefix="rs" className={`rs-${name}`} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
    )} />
  );
  return (
    <form onSubmit={handleSubmit(() => setDone(true))} noValidate>
      <h1>Robotics Data Engineer</h1>
      <p className="fh-hint">South San Francisco, CA · On-site 3 days a week</p>
      <div className="fh-field"><label htmlFor="firstName">First name *</label><input type="text" id="firstName" {...register('firstName', { required: true })} /></div>
      <div className="fh-field"><label htmlFor="lastName">Last name *</label><input type="text" id="lastName" {...register('lastName', { required: true })} /></div>
      <div className="fh-field"><label htmlFor="email">Email *</label><input type="email" id="email" {...register('email', { required: true })} /></div>
      <div className="fh-field">
        <label htmlFor="phone">Phone</label>
        <Controller name="phone" control={control} render={({ field }) => (
          <PhoneInput defaultCountry="us" value={field.value} onChange={(phone) => field.onChange(phone)} inputProps={{ id: 'phone', name: 'phone' }} />
        )} />
      </div>
      <div className="fh-field" data-field="location"><label htmlFor="location-input">Where are you based?</label>
        {select('location', AsyncSelect, { cacheOptions: true, loadOptions: search(PLACES), placeholder: 'Start typing a city…', noOptionsMessage: ({ inputValue }) => (inputValue ? 'No matches' : 'Type to search') })}</div>
      <div className="fh-field" data-field="country"><label htmlFor="country-input">Country of residence</label>{select('country', Select, { options: COUNTRIES, placeholder: 'Select…' })}</div>
      <div className="fh-field"><label htmlFor="linkedin">LinkedIn URL</label><input type="url" id="linkedin" {...register('linkedin')} /></div>
      <div className="fh-field"><label htmlFor="portfolio">Portfolio or personal site</label><input type="url" id="portfolio" {...register('portfolio')} /></div>
      <fieldset className="fh-field" id="authorized">
        <legend className="fh-legend">Are you authorized to work in the US?</legend>
        <label><input type="radio" value="yes" {...register('authorized')} /> Yes</label>{' '}
        <label><input type="radio" value="no" {...register('authorized')} /> No</label>
      </fieldset>
      <div className="fh-field" data-field="sponsorship"><label htmlFor="sponsorship-input">Will you need Fernhollow to sponsor an employment visa?</label>
        {select('sponsorship', Select, { options: opts(['Yes', 'No']), placeholder: 'Select…', isSearchable: false })}</div>
      <div className="fh-field" data-field="school"><label htmlFor="school-input">School</label>
        {select('school', AsyncSelect, { loadOptions: search(SCHOOLS), placeholder: 'Search schools…', noOptionsMessage: ({ inputValue }) => (inputValue ? 'No matches' : 'Type to search') })}</div>
      <div className="fh-field"><label htmlFor="degree">Degree</label>
        <select id="degree" {...register('degree')}><option value="">Select…</option><option>High School</option><option>Associate's</option><option>Bachelor's</option><option>Master's</option><option>Doctorate</option></select></div>
      <div className="fh-field" data-field="roles"><label htmlFor="roles-input">Which of these roles have you held?</label>
        {select('roles', Select, { options: ROLES, isMulti: true, placeholder: 'Select all that apply…' })}</div>
      <div className="fh-field"><label htmlFor="startDate">Earliest start date</label>
        <Controller name="startDate" control={control} render={({ field }) => (
          <DatePicker id="startDate" selected={field.value} onChange={(date) => field.onChange(date)} dateFormat="MM/dd/yyyy" placeholderText="MM/DD/YYYY" autoComplete="off" />
        )} /></div>
      <Controller name="resume" control={control} render={({ field }) => (
        <Drop id="resume" label="Resume *" hint="PDF or DOCX, up to 10 MB" accept={{ 'application/pdf': ['.pdf'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] }} value={field.value} onChange={field.onChange} />
      )} />
      <Controller name="coverLetter" control={control} render={({ field }) => (
        <Drop id="coverLetter" label="Cover letter" hint="Optional · PDF, DOCX or TXT" accept={{ 'application/pdf': ['.pdf'], 'text/plain': ['.txt'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] }} value={field.value} onChange={field.onChange} />
      )} />
      <div className="fh-field" data-field="source"><label htmlFor="source-input">How did you hear about us?</label>{select('source', Select, { options: SOURCES, placeholder: 'Select…' })}</div>
      <div className="fh-field"><label htmlFor="referralCode">Referral code (if an employee referred you)</label><input type="text" id="referralCode" {...register('referralCode')} /></div>
      <div className="fh-field" data-field="gender"><label htmlFor="gender-input">Gender (voluntary)</label>{select('gender', Select, { options: GENDERS, placeholder: 'Select…' })}</div>
      <div className="fh-field"><label><input type="checkbox" id="sms" {...register('sms')} /> Text me updates about my application</label></div>
      <button type="submit" id="submit">Submit application</button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
