/*
 * Marrowstone Health careers (another posting of the same template): a hand-styled React page whose form is managed by Formik + Yup, with
 * react-select 5 for every choice (AsyncSelect location, AsyncCreatableSelect employer and school,
 * plain selects for ranges / degree / yes-no / sentence answers, a multi select with chips, EEO
 * selects), react-international-phone with the dial code shown beside the box
 * (disableDialCodeAndPrefix), react-dropzone for the resume, a native date input.
 * State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Formik, Form, Field, ErrorMessage, useField } from 'formik';
import * as Yup from 'yup';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import AsyncCreatableSelect from 'react-select/async-creatable';
import CreatableSelect from 'react-select/creatable';
import { PhoneInput } from 'react-international-phone';
import 'react-international-phone/style.css';
import { useDropzone } from 'react-dropzone';

const PLACES = ['San Francisco, CA', 'South San Francisco, CA', 'San Francisco Bay Area', 'San Rafael, CA', 'San Mateo, CA', 'Santa Rosa, CA', 'Portland, OR', 'Seattle, WA', 'Nashville, TN', 'Boston, MA', 'Remote – United States'];
const COMPANIES = ['Brackenridge Health', 'Bracket Labs', 'Epic Systems', 'Cerner (Oracle Health)', 'Kaiser Permanente', 'Flatiron Health', 'Komodo Health', 'Databricks', 'Snowflake'];
const SCHOOLS = ['University of California, Berkeley', 'University of California, San Francisco', 'University of California, Berkeley Extension', 'Berkeley College', 'Stanford University', 'University of Washington', 'Oregon Health & Science University', 'Vanderbilt University'];
const search = (list, ms) => (q) => new Promise((r) => setTimeout(() => r(list.filter((x) => x.toLowerCase().includes((q || '').toLowerCase())).slice(0, 8).map((x) => ({ value: x, label: x }))), ms));
const opts = (xs) => xs.map((x) => ({ value: x, label: x }));
const YEARS = opts(['0–3 years', '4–6 years', '7–9 years', '10 years or more']);
const DEGREES = opts(['High school or equivalent', 'Associate', "Bachelor's", "Master's", 'MD / PhD / other doctorate']);
const YESNO = opts(['Yes', 'No']);
const SPONSOR = opts(['I will not require sponsorship now or in the future', 'I will require sponsorship now or in the future', 'I currently hold a visa that will require sponsorship later']);
const DOMAINS = opts(['NCPDP claims', 'PBM rebates', 'Formulary data', 'Specialty pharmacy', 'Prior authorization']);
const GENDER = opts(['Female', 'Male', 'Non-binary', 'I prefer not to say']);
const RACE = opts(['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I prefer not to say']);
const VETERAN = opts(['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to say']);

const styles = { control: (b, s) => ({ ...b, minHeight: 42, borderColor: s.isFocused ? '#2f6f5e' : '#cfcac0', boxShadow: 'none' }) };

function Row({ label, htmlFor, id, hint, name, children }) {
  return (
    <div className="row" style={{ marginBottom: 18 }}>
      <label htmlFor={htmlFor} id={id} style={{ display: 'block', fontWeight: 600, marginBottom: 6 }}>{label}</label>
      {children}
      {hint && <div style={{ fontSize: 13, color: '#6b665c', marginTop: 4 }}>{hint}</div>}
      {name && <ErrorMessage name={name} render={(m) => <div role="alert" style={{ color: '#b42318', fontSize: 13 }}>{m}</div>} />}
    </div>
  );
}

function Choice({ name, label, options, isMulti, isClearable, Component = Select, ...rest }) {
  const [field, , helpers] = useField(name);
  const value = isMulti ? field.value.map((v) => ({ value: v, label: v })) : (field.value ? { value: field.value, label: field.value } : null);
  return (
    <Row label={label} htmlFor={`ms-${name}-input`} name={name} hint={rest.hint}>
      <Component
        id={`ms-${name}`}
        inputId={`ms-${name}-input`}
        instanceId={`ms-${name}`}
        classNamePrefix="ms"
        name={name}
        styles={styles}
        options={options}
        value={value}
        isMulti={isMulti}
        isClearable={isClearable}
        onChange={(v) => helpers.setValue(isMulti ? (v ?? []).map((o) => o.value) : (v?.value ?? ''))}
        onBlur={() => helpers.setTouched(true)}
        {...rest}
      />
    </Row>
  );
}

function ResumeDrop() {
  const [field, , helpers] = useField('resume');
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ multiple: false, accept: { 'application/pdf': ['.pdf'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] }, onDrop: (files) => helpers.setValue(files[0]?.name ?? '') });
  return (
    <Row label="Resume" name="resume">
      <div {...getRootProps({ style: { border: '2px dashed #cfcac0', borderRadius: 8, padding: 24, textAlign: 'center', background: isDragActive ? '#eef6f3' : '#fff', cursor: 'pointer' } })}>
        <input {...getInputProps({ id: 'ms-resume', name: 'resume' })} />
        {field.value ? <strong>{field.value}</strong> : <span>Drop your resume here, or <u>browse</u> (PDF or DOCX)</span>}
      </div>
    </Row>
  );
}

const schema = Yup.object({
  firstName: Yup.string().required('First name is required'),
  lastName: Yup.string().required('Last name is required'),
  email: Yup.string().email('Enter a valid email').required('Email is required'),
  phone: Yup.string().min(8, 'Enter a phone number').required('Phone is required'),
  location: Yup.string().required('Tell us where you are located'),
  years: Yup.string().required('Required'),
  authorized: Yup.string().required('Required'),
  sponsorship: Yup.string().required('Required'),
  startDate: Yup.string().required('Required'),
  resume: Yup.string().required('Please attach your resume'),
  acknowledge: Yup.boolean().oneOf([true], 'Please acknowledge to continue'),
});

function Application() {
  const [sent, setSent] = useState(false);
  const [subscribe, setSubscribe] = useState('');
  return (
    <div style={{ fontFamily: 'Georgia, serif', color: '#23201a' }}>
      <header style={{ padding: '18px 40px', borderBottom: '1px solid #e6e1d6', display: 'flex', gap: 24 }}>
        <strong style={{ flex: 1, fontSize: 20 }}>Marrowstone Health</strong>
        <a href="#mission">Mission</a><a href="#jobs">Open roles</a>
      </header>
      <main style={{ maxWidth: 720, margin: '0 auto', padding: '32px 20px', fontFamily: 'system-ui, sans-serif' }}>
        <p style={{ color: '#2f6f5e', fontWeight: 600 }}>Pharmacy Analytics · Remote (US)</p>
        <h1 style={{ fontFamily: 'Georgia, serif' }}>Data Engineer III, Pharmacy Analytics</h1>
        <p>Our pharmacy team tracks 40 million prescriptions a month for health plans. You will build the pipelines behind our adherence and cost models.</p>
        {sent ? <div id="ms-sent" role="status" style={{ padding: 24, background: '#eef6f3' }}>Thank you — your application is in.</div> : (
          <Formik
            initialValues={{ firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', employer: '', title: '', years: '', domains: [], school: '', degree: '', authorized: '', sponsorship: '', startDate: '', salary: '', resume: '', coverLetter: '', gender: '', race: '', veteran: '', acknowledge: false }}
            validationSchema={schema}
            onSubmit={() => setSent(true)}
          >
            {({ values, setFieldValue }) => (
              <Form id="ms-form" noValidate>
                <h2>About you</h2>
                <div style={{ display: 'flex', gap: 16 }}>
                  <div style={{ flex: 1 }}><Row label="Legal first name" htmlFor="ms-firstName" name="firstName"><Field id="ms-firstName" name="firstName" className="tx" /></Row></div>
                  <div style={{ flex: 1 }}><Row label="Legal last name" htmlFor="ms-lastName" name="lastName"><Field id="ms-lastName" name="lastName" className="tx" /></Row></div>
                </div>
                <Row label="Email" htmlFor="ms-email" name="email"><Field id="ms-email" name="email" type="email" className="tx" /></Row>
                <Row label="Phone" htmlFor="ms-phone" name="phone" hint="Select your country, then enter your number">
                  <PhoneInput defaultCountry="us" disableDialCodeAndPrefix showDisabledDialCodeAndPrefix value={values.phone} onChange={(p) => setFieldValue('phone', p)} inputProps={{ id: 'ms-phone', name: 'phone' }} />
                </Row>
                <Choice name="location" label="Where are you located?" Component={AsyncSelect} loadOptions={search(PLACES, 300)} cacheOptions defaultOptions={false} placeholder="Type a city" noOptionsMessage={({ inputValue }) => (inputValue ? 'No matches' : 'Start typing to search')} />
                <Row label="LinkedIn profile (optional)" htmlFor="ms-linkedin"><Field id="ms-linkedin" name="linkedin" className="tx" placeholder="linkedin.com/in/yourname" /></Row>

                <h2>Experience</h2>
                <Choice name="employer" label="Current or most recent employer" Component={CreatableSelect} options={opts(COMPANIES)} placeholder="Search or add your employer" hint="Not listed? Type the name and choose “Create”." />
                <Row label="Current or most recent title" htmlFor="ms-title"><Field id="ms-title" name="title" className="tx" /></Row>
                <Choice name="years" label="How many years of data engineering experience do you have?" options={YEARS} isSearchable={false} placeholder="Select…" />
                <Choice name="domains" label="Which pharmacy data sources have you worked with?" options={DOMAINS} isMulti closeMenuOnSelect={false} placeholder="Select all that apply" />

                <h2>Education</h2>
                <Choice name="school" label="School" Component={AsyncCreatableSelect} loadOptions={search(SCHOOLS, 250)} cacheOptions placeholder="Search schools" />
                <Choice name="degree" label="Highest degree earned" options={DEGREES} placeholder="Select…" />

                <h2>Eligibility & logistics</h2>
                <Choice name="authorized" label="Are you legally authorized to work in the United States?" options={YESNO} isSearchable={false} placeholder="Select…" />
                <Choice name="sponsorship" label="Which statement describes your visa sponsorship needs?" options={SPONSOR} isSearchable={false} placeholder="Select…" />
                <Row label="Earliest date you could start" htmlFor="ms-startDate" name="startDate"><Field id="ms-startDate" name="startDate" type="date" className="tx" /></Row>
                <Row label="Salary expectation" htmlFor="ms-salary" hint="Base salary in USD per year">
                  <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}><span>$</span><Field id="ms-salary" name="salary" inputMode="numeric" className="tx" /><span>/ year</span></div>
                </Row>
                <ResumeDrop />
                <Row label="Cover letter (optional)" htmlFor="ms-coverLetter"><Field as="textarea" id="ms-coverLetter" name="coverLetter" rows={5} className="tx" /></Row>

                <h2>Voluntary self-identification</h2>
                <p style={{ fontSize: 13 }}>Answering is optional and does not affect your application.</p>
                <Choice name="gender" label="Gender" options={GENDER} isClearable placeholder="Select…" />
                <Choice name="race" label="Race / ethnicity" options={RACE} isClearable placeholder="Select…" />
                <Choice name="veteran" label="Veteran status" options={VETERAN} isClearable placeholder="Select…" />
                <Row name="acknowledge">
                  <label><Field type="checkbox" id="ms-acknowledge" name="acknowledge" /> I certify the information above is accurate and I have read the applicant privacy notice.</label>
                </Row>
                <button type="submit" id="ms-submit" style={{ background: '#2f6f5e', color: '#fff', border: 0, padding: '12px 28px', borderRadius: 6, fontSize: 16 }}>Submit application</button>
                <pre id="model">{JSON.stringify({ ...values, subscribe })}</pre>
              </Form>
            )}
          </Formik>
        )}
      </main>
      <footer style={{ padding: 32, background: '#23201a', color: '#fff' }}>
        <form onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="ms-subscribe">Get Marrowstone research updates</label>{' '}
          <input id="ms-subscribe" name="subscribe" type="email" placeholder="you@example.com" value={subscribe} onChange={(e) => setSubscribe(e.target.value)} />
          <button type="submit">Sign up</button>
        </form>
      </footer>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
