// Another Greenhouse (job-boards Remix) tenant on the same template: Tessaline Bio, Boston, with its own
// custom questions (question_51277xx): time zone, salary bands, prior employment, warehouses used.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';

const yesNo = [{ value: 1, label: 'Yes' }, { value: 0, label: 'No' }];
const phoneCountries = [
  { value: 'CA', label: 'Canada +1' }, { value: 'MX', label: 'Mexico +52' },
  { value: 'GB', label: 'United Kingdom +44' }, { value: 'US', label: 'United States +1' },
];
const cities = ['Boston, Massachusetts, United States', 'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco de Macorís, Dominican Republic', 'San Mateo, California, United States', 'Seattle, Washington, United States', 'Portland, Oregon, United States'];
const schools = ['University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of Washington', 'Stanford University'];
const degrees = ["High School", "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Master of Business Administration (M.B.A.)', 'Doctor of Philosophy (Ph.D.)', 'Other'].map((l, i) => ({ value: i + 1, label: l }));
const disciplines = ['Computer Science', 'Economics', 'Mathematics', 'Statistics', 'Engineering', 'Other'].map((l, i) => ({ value: i + 1, label: l }));
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((l, i) => ({ value: i + 1, label: l }));
const genders = ['Male', 'Female', 'Decline To Self Identify'].map((l, i) => ({ value: i + 1, label: l }));
const hispanic = [{ value: 'Yes', label: 'Yes' }, { value: 'No', label: 'No' }, { value: 'Decline', label: 'Decline To Self Identify' }];
const races = ['American Indian or Alaskan Native', 'Asian', 'Black or African American', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or More Races', 'Decline To Self Identify'].map((l, i) => ({ value: i + 1, label: l }));
const veterans = ['I am not a protected veteran', 'I identify as one or more of the classifications of a protected veteran', "I don't wish to answer"].map((l, i) => ({ value: i + 1, label: l }));
const disability = ['Yes, I have a disability, or have had one in the past', 'No, I do not have a disability and have not had one in the past', 'I do not want to answer'].map((l, i) => ({ value: i + 1, label: l }));
const salaryBands = ['Under $125,000', '$125,000 – $149,999', '$150,000 – $174,999', '$175,000 or more'].map((l, i) => ({ value: i + 1, label: l }));
const timeZones = ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Outside the US'].map((l, i) => ({ value: i + 1, label: l }));

function Field({ id, label, required, children }) {
  return (
    <div className="input-wrapper">
      <label id={`${id}-label`} htmlFor={id} className="label">{label}{required && <span aria-hidden="true">*</span>}</label>
      {children}
    </div>
  );
}

function SelectField({ id, label, required, options, value, onChange, async, loadOptions, description }) {
  const common = {
    inputId: id, classNamePrefix: 'select', className: 'select-shell', placeholder: 'Select...',
    'aria-labelledby': `${id}-label`, value, onChange, isClearable: false,
  };
  return (
    <div className="select__container" id={`${id}-field`}>
      <label id={`${id}-label`} htmlFor={id} className="label select__label">{label}{required && <span aria-hidden="true">*</span>}</label>
      {description && <p className="helper-text">{description}</p>}
      {async ? <AsyncSelect {...common} loadOptions={loadOptions} cacheOptions defaultOptions={false} noOptionsMessage={() => 'Start typing...'} /> : <Select {...common} options={options} />}
    </div>
  );
}

function Upload({ id, label, file, onFile, text, onText }) {
  const [manual, setManual] = useState(false);
  return (
    <div className="file-upload" role="group" aria-labelledby={`upload-label-${id}`}>
      <div id={`upload-label-${id}`} className="label upload-label">{label}</div>
      <div className="file-upload__wrapper">
        <label className="btn--pill" htmlFor={id}>Attach</label>
        <input id={id} className="visually-hidden" type="file" accept=".pdf,.doc,.docx,.txt,.rtf" onChange={(e) => onFile(e.target.files[0] ? e.target.files[0].name : '')} />
        <button type="button" className="btn--pill">Dropbox</button>
        <button type="button" className="btn--pill">Google Drive</button>
        {onText && <button type="button" className="btn--pill" onClick={() => setManual(true)}>Enter manually</button>}
        <span className="file-upload__filename">{file}</span>
      </div>
      {onText && manual && <textarea id={`${id}_text`} className="input" rows={6} aria-labelledby={`upload-label-${id}`} value={text} onChange={(e) => onText(e.target.value)} />}
      <p className="helper-text">Accepted file types: pdf, doc, docx, txt, rtf</p>
    </div>
  );
}

const loadCities = (input) => new Promise((resolve) => setTimeout(() => resolve(
  input.length < 2 ? [] : cities.filter((c) => c.toLowerCase().startsWith(input.toLowerCase())).map((c) => ({ value: c, label: c }))), 150));
const loadSchools = (input) => new Promise((resolve) => setTimeout(() => resolve(
  input.length < 2 ? [] : schools.filter((c) => c.toLowerCase().includes(input.toLowerCase())).map((c, i) => ({ value: i + 101, label: c }))), 150));
const val = (o) => (o ? o.value : null);

function App() {
  const [s, setS] = useState({
    first_name: '', last_name: '', preferred_name: '', email: '', phone: '', phoneCountry: null, location: null,
    resume: '', cover_letter: '', cover_letter_text: '',
    q_linkedin: '', q_website: '', q_authorized: null, q_sponsor: null, q_tz: null, q_salary: null, q_before: null, q_hear: '',
    q_tools: { snowflake: false, bigquery: false, redshift: false },
    school: null, degree: null, discipline: null, start_month: null, start_year: '', end_month: null, end_year: '',
    gender: null, hispanic: null, race: null, veteran: null, disability: null, consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (k) => (v) => setS((p) => ({ ...p, [k]: v }));
  const text = (k) => (e) => set(k)(e.target.value);
  const model = {
    first_name: s.first_name, last_name: s.last_name, preferred_name: s.preferred_name, email: s.email,
    phone: s.phone, phone_country: val(s.phoneCountry), location: val(s.location), resume: s.resume,
    cover_letter: s.cover_letter, cover_letter_text: s.cover_letter_text,
    questions: { '5127731': s.q_linkedin, '5127732': s.q_website, '5127733': val(s.q_authorized), '5127734': val(s.q_sponsor), '5127736': val(s.q_tz), '5127737': val(s.q_salary), '5127739': val(s.q_before), '5127740': s.q_hear, '5127741': s.q_tools },
    education: { school: val(s.school), degree: val(s.degree), discipline: val(s.discipline), start_month: val(s.start_month), start_year: s.start_year, end_month: val(s.end_month), end_year: s.end_year },
    eeoc: { gender: val(s.gender), hispanic_ethnicity: val(s.hispanic), race: val(s.race), veteran_status: val(s.veteran), disability_status: val(s.disability) },
    gdpr_consent: s.consent,
  };
  if (done) return <div id="application-confirmation"><h2>Thank you for applying.</h2><p>Your application has been received.</p><pre id="model">{JSON.stringify(model, null, 2)}</pre></div>;
  return (
    <>
      <div className="mygreenhouse-banner"><span>Save time: autofill this application with your MyGreenhouse profile.</span><button type="button" className="btn--pill" id="mygreenhouse-autofill">Autofill with MyGreenhouse</button></div>
      <form id="application-form" className="application--form" onSubmit={(e) => { e.preventDefault(); setDone(true); }}>
        <h2 className="section-header">Apply for this job</h2>
        <div className="helper-text">* indicates a required field</div>
        <div className="grid">
          <Field id="first_name" label="First Name" required><input id="first_name" className="input input__single-line" aria-required="true" autoComplete="given-name" value={s.first_name} onChange={text('first_name')} /></Field>
          <Field id="last_name" label="Last Name" required><input id="last_name" className="input input__single-line" aria-required="true" autoComplete="family-name" value={s.last_name} onChange={text('last_name')} /></Field>
        </div>
        <Field id="preferred_name" label="Preferred First Name"><input id="preferred_name" className="input input__single-line" value={s.preferred_name} onChange={text('preferred_name')} /></Field>
        <Field id="email" label="Email" required><input id="email" type="email" className="input input__single-line" aria-required="true" value={s.email} onChange={text('email')} /></Field>
        <div className="phone-input">
          <SelectField id="country" label="Country" options={phoneCountries} value={s.phoneCountry} onChange={set('phoneCountry')} />
          <Field id="phone" label="Phone" required><input id="phone" type="tel" className="input input__single-line" aria-required="true" value={s.phone} onChange={text('phone')} /></Field>
        </div>
        <SelectField id="candidate-location" label="Location (City)" async loadOptions={loadCities} value={s.location} onChange={set('location')} />
        <Upload id="resume" label="Resume/CV*" file={s.resume} onFile={set('resume')} />
        <Upload id="cover_letter" label="Cover Letter" file={s.cover_letter} onFile={set('cover_letter')} text={s.cover_letter_text} onText={set('cover_letter_text')} />

        <Field id="question_5127731" label="LinkedIn Profile"><input id="question_5127731" className="input input__single-line" value={s.q_linkedin} onChange={text('q_linkedin')} /></Field>
        <Field id="question_5127732" label="GitHub, portfolio or personal site"><input id="question_5127732" className="input input__single-line" value={s.q_website} onChange={text('q_website')} /></Field>
        <SelectField id="question_5127733" label="Are you currently eligible to work in the United States?" required options={yesNo} value={s.q_authorized} onChange={set('q_authorized')} />
        <SelectField id="question_5127734" label="Will you now or in the future require Tessaline Bio to sponsor a visa (e.g. H-1B) for you?" required options={yesNo} value={s.q_sponsor} onChange={set('q_sponsor')} />
        <SelectField id="question_5127736" label="Which US time zone do you currently work from?" required options={timeZones} value={s.q_tz} onChange={set('q_tz')} />
        <SelectField id="question_5127737" label="What is your expected annual base salary?" options={salaryBands} value={s.q_salary} onChange={set('q_salary')} description="Our range for this role is $140,000 – $172,000 depending on location." />
        <SelectField id="question_5127739" label="Have you previously been employed by Tessaline Bio or one of its subsidiaries?" required options={yesNo} value={s.q_before} onChange={set('q_before')} />
        <Field id="question_5127740" label="How did you hear about this job?"><input id="question_5127740" className="input input__single-line" value={s.q_hear} onChange={text('q_hear')} /></Field>
        <fieldset className="checkbox__wrapper" style={{ border: 0, padding: 0 }}>
          <legend className="label">Which cloud data warehouses have you administered? (select all that apply)</legend>
          {['snowflake', 'bigquery', 'redshift'].map((k) => (
            <label key={k} style={{ display: 'block' }}><input type="checkbox" id={`question_5127741_${k}`} checked={s.q_tools[k]} onChange={(e) => setS((p) => ({ ...p, q_tools: { ...p.q_tools, [k]: e.target.checked } }))} /> {k === 'snowflake' ? 'Snowflake' : k === 'bigquery' ? 'BigQuery' : 'Amazon Redshift'}</label>
          ))}
        </fieldset>

        <h3 className="section-header">Education</h3>
        <SelectField id="school--0" label="School" async loadOptions={loadSchools} value={s.school} onChange={set('school')} />
        <SelectField id="degree--0" label="Degree" options={degrees} value={s.degree} onChange={set('degree')} />
        <SelectField id="discipline--0" label="Discipline" options={disciplines} value={s.discipline} onChange={set('discipline')} />
        <div className="grid">
          <SelectField id="start-month--0" label="Start date month" options={months} value={s.start_month} onChange={set('start_month')} />
          <Field id="start-year--0" label="Start date year"><input id="start-year--0" className="input" inputMode="numeric" maxLength={4} value={s.start_year} onChange={text('start_year')} /></Field>
          <SelectField id="end-month--0" label="End date month" options={months} value={s.end_month} onChange={set('end_month')} />
          <Field id="end-year--0" label="End date year"><input id="end-year--0" className="input" inputMode="numeric" maxLength={4} value={s.end_year} onChange={text('end_year')} /></Field>
        </div>

        <div className="eeoc__container">
          <h3 className="section-header">Voluntary Self-Identification</h3>
          <p>For government reporting purposes, we ask candidates to respond to the below self-identification survey. Completion of the form is entirely voluntary. Whatever your decision, it will not be considered in the hiring process or thereafter.</p>
          <SelectField id="gender" label="Gender" options={genders} value={s.gender} onChange={set('gender')} />
          <SelectField id="hispanic_ethnicity" label="Are you Hispanic/Latino?" options={hispanic} value={s.hispanic} onChange={set('hispanic')} />
          {s.hispanic && s.hispanic.value === 'No' && <SelectField id="race" label="Please identify your race" options={races} value={s.race} onChange={set('race')} />}
          <SelectField id="veteran_status" label="Veteran Status" options={veterans} value={s.veteran} onChange={set('veteran')}
            description="We are a federal contractor or subcontractor. The law requires us to provide equal employment opportunity to qualified people with disabilities and protected veterans." />
          <SelectField id="disability_status" label="Disability Status" options={disability} value={s.disability} onChange={set('disability')}
            description="Voluntary Self-Identification of Disability. Form CC-305, OMB Control Number 1250-0005." />
        </div>
        <div className="checkbox__wrapper"><label><input type="checkbox" id="gdpr_demographic_data_consent_given" checked={s.consent} onChange={(e) => set('consent')(e.target.checked)} /> I consent to Tessaline Bio keeping my application on file for 12 months for other openings.</label></div>
        <button type="submit" className="btn--submit" id="submit-app">Submit application</button>
      </form>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
