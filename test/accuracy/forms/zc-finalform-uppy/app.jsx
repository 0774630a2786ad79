/**
 * A grid-analytics startup's careers page on React Final Form (react-final-form 7 + final-form 5),
 * written the way the Final Form examples are: `<label>` elements with no `for` before
 * `<Field component="input">` boxes whose placeholder repeats the label, radios and checkboxes
 * wrapped in their labels, `<Field component="select">` with an empty first option, the docs'
 * normalizePhone `parse` (the box rewrites whatever is typed as 999-999-9999 from the first ten
 * digits), field-level validators; plus react-select AsyncSelect for the location (suggestions
 * load 300 ms after typing), a CreatableSelect for skills, and an inline Uppy Dashboard for the
 * resume (its hidden inputs are emptied after each pick; Uppy's file list is the state). A
 * "talent community" box in the sidebar. Values rendered into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Form, Field, FormSpy } from 'react-final-form';
import AsyncSelect from 'react-select/async';
import CreatableSelect from 'react-select/creatable';
import Uppy from '@uppy/core';
import Dashboard from '@uppy/react/dashboard';
import '@uppy/core/css/style.min.css';
import '@uppy/dashboard/css/style.min.css';

const CITIES = [
  'Albany, NY, USA', 'Austin, TX, USA', 'Boston, MA, USA', 'Boulder, CO, USA', 'Chicago, IL, USA', 'Denver, CO, USA',
  'Houston, TX, USA', 'Los Angeles, CA, USA', 'Minneapolis, MN, USA', 'New York, NY, USA', 'Oakland, CA, USA',
  'Phoenix, AZ, USA', 'Portland, OR, USA', 'Sacramento, CA, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA',
  'San Jose, CA, USA', 'Santa Fe, NM, USA', 'Seattle, WA, USA', 'Toronto, ON, Canada', 'Vancouver, BC, Canada',
];
const loadCities = (input) =>
  new Promise((resolve) => {
    setTimeout(() => {
      const q = input.trim().toLowerCase();
      resolve(CITIES.filter((c) => c.toLowerCase().includes(q)).map((c) => ({ value: c, label: c })));
    }, 300);
  });

const SKILLS = ['Python', 'SQL', 'Spark', 'Airflow', 'dbt', 'Kafka', 'Time-series forecasting', 'AWS', 'GCP'].map((s) => ({ value: s, label: s }));

// From the Final Form "Parse and Format" example.
const normalizePhone = (value) => {
  if (!value) return value;
  const onlyNums = value.replace(/[^\d]/g, '');
  if (onlyNums.length <= 3) return onlyNums;
  if (onlyNums.length <= 7) return `${onlyNums.slice(0, 3)}-${onlyNums.slice(3, 7)}`;
  return `${onlyNums.slice(0, 3)}-${onlyNums.slice(3, 6)}-${onlyNums.slice(6, 10)}`;
};

const required = (value) => (value ? undefined : 'Required');

function Error({ name }) {
  return (
    <Field name={name} subscription={{ touched: true, error: true }}>
      {({ meta: { touched, error } }) => (touched && error ? <div className="error">{error}</div> : null)}
    </Field>
  );
}

function Application() {
  const [uppy] = useState(
    () =>
      new Uppy({
        id: 'resume',
        autoProceed: false,
        restrictions: { maxNumberOfFiles: 1, allowedFileTypes: ['.pdf', '.doc', '.docx'], maxFileSize: 5 * 1024 * 1024 },
      }),
  );
  const [resume, setResume] = useState(null);
  const [submitted, setSubmitted] = useState(null);
  useEffect(() => {
    const update = () => setResume(uppy.getFiles()[0]?.name ?? null);
    uppy.on('file-added', update);
    uppy.on('file-removed', update);
    return () => {
      uppy.off('file-added', update);
      uppy.off('file-removed', update);
    };
  }, [uppy]);

  if (submitted) {
    return (
      <div className="layout"><div className="card" id="thank-you">
        <h2>Thanks, {submitted.firstName}!</h2>
        <p>Your application for Senior Data Engineer, Grid Forecasting is on its way to our hiring team.</p>
      </div></div>
    );
  }

  return (
    <div className="layout">
      <main className="card">
        <p style={{ color: '#5d6d66', margin: 0 }}>Engineering · Oakland, CA or Remote (US) · $165k – $195k</p>
        <h1 style={{ marginTop: 6 }}>Senior Data Engineer, Grid Forecasting</h1>
        <p>Utilities use Gridwise to forecast load and solar output for 11 million meters. Help us build the pipelines behind those forecasts.</p>
        <Form
          onSubmit={(values) => {
            if (!resume) return { resume: 'Please add your resume' };
            setSubmitted(values);
            return undefined;
          }}
          initialValues={{ relocation: false, acknowledge: false, skills: [] }}
          render={({ handleSubmit, submitting, values, submitErrors }) => (
            <form onSubmit={handleSubmit} id="application">
              <h3 style={{ borderTop: 0, paddingTop: 0 }}>Personal information</h3>
              <div className="two">
                <div className="row">
                  <label>First Name</label>
                  <Field name="firstName" component="input" type="text" placeholder="First Name" validate={required} />
                  <Error name="firstName" />
                </div>
                <div className="row">
                  <label>Last Name</label>
                  <Field name="lastName" component="input" type="text" placeholder="Last Name" validate={required} />
                  <Error name="lastName" />
                </div>
              </div>
              <div className="two">
                <div className="row">
                  <label>Email</label>
                  <Field name="email" component="input" type="email" placeholder="Email" validate={required} />
                  <Error name="email" />
                </div>
                <div className="row">
                  <label>Phone</label>
                  <Field name="phone" component="input" type="text" placeholder="999-999-9999" parse={normalizePhone} />
                </div>
              </div>
              <div className="row" id="location-row">
                <label id="location-label">Where are you located?</label>
                <Field name="location">
                  {({ input }) => (
                    <AsyncSelect
                      id="location-select"
                      inputId="location-input"
                      aria-labelledby="location-label"
                      classNamePrefix="location"
                      cacheOptions
                      loadOptions={loadCities}
                      placeholder="Start typing your city…"
                      noOptionsMessage={({ inputValue }) => (inputValue ? 'No matching cities' : 'Type to search')}
                      value={input.value ? { value: input.value, label: input.value } : null}
                      onChange={(option) => input.onChange(option ? option.value : null)}
                      onBlur={input.onBlur}
                    />
                  )}
                </Field>
                <div className="hint">We hire in the US and Canada.</div>
              </div>
              <div className="two">
                <div className="row">
                  <label>LinkedIn</label>
                  <Field name="linkedin" component="input" type="url" placeholder="LinkedIn" />
                </div>
                <div className="row">
                  <label>Website</label>
                  <Field name="website" component="input" type="url" placeholder="Website" />
                </div>
              </div>

              <h3>Experience</h3>
              <div className="two">
                <div className="row">
                  <label>Current Company</label>
                  <Field name="company" component="input" type="text" placeholder="Current Company" />
                </div>
                <div className="row">
                  <label>Current Title</label>
                  <Field name="title" component="input" type="text" placeholder="Current Title" />
                </div>
              </div>
              <div className="two">
                <div className="row">
                  <label>Years of Experience</label>
                  <Field name="years" component="select">
                    <option />
                    <option value="0-1">0-1</option>
                    <option value="2-4">2-4</option>
                    <option value="5-7">5-7</option>
                    <option value="8-10">8-10</option>
                    <option value="11+">11+</option>
                  </Field>
                </div>
                <div className="row">
                  <label>Highest Degree</label>
                  <Field name="degree" component="select">
                    <option />
                    <option value="none">None</option>
                    <option value="associate">Associate's (AA/AS)</option>
                    <option value="bachelor">Bachelor's (BA/BS)</option>
                    <option value="master">Master's (MA/MS/MBA)</option>
                    <option value="phd">Doctorate (PhD)</option>
                  </Field>
                </div>
              </div>
              <div className="row">
                <label id="skills-label">Skills</label>
                <Field name="skills">
                  {({ input }) => (
                    <CreatableSelect
                      isMulti
                      inputId="skills-input"
                      aria-labelledby="skills-label"
                      classNamePrefix="skills"
                      options={SKILLS}
                      placeholder="Pick or type your own…"
                      value={(input.value || []).map((s) => ({ value: s, label: s }))}
                      onChange={(list) => input.onChange(list.map((o) => o.value))}
                    />
                  )}
                </Field>
              </div>

              <h3>Logistics</h3>
              <div className="row choices inline">
                <label style={{ display: 'block', fontWeight: 600 }}>Are you authorized to work in the US?</label>
                <label><Field name="authorized" component="input" type="radio" value="yes" />{' '}Yes</label>
                <label><Field name="authorized" component="input" type="radio" value="no" />{' '}No</label>
              </div>
              <div className="row choices inline">
                <label style={{ display: 'block', fontWeight: 600 }}>Will you require visa sponsorship?</label>
                <label><Field name="sponsorship" component="input" type="radio" value="yes" />{' '}Yes</label>
                <label><Field name="sponsorship" component="input" type="radio" value="no" />{' '}No</label>
              </div>
              <div className="row choices">
                <label><Field name="relocation" component="input" type="checkbox" />{' '}I'm open to relocating to Oakland</label>
              </div>
              <div className="two">
                <div className="row">
                  <label>Desired Salary</label>
                  <Field name="salary" component="input" type="number" placeholder="Desired Salary" parse={(v) => (v === '' ? undefined : Number(v))} />
                  <div className="hint">Annual base in USD</div>
                </div>
                <div className="row">
                  <label>Earliest Start Date</label>
                  <Field name="startDate" component="input" type="text" placeholder="MM/DD/YYYY" />
                </div>
              </div>
              <div className="row">
                <label>Pronouns</label>
                <Field name="pronouns" component="select">
                  <option />
                  <option>He/Him</option>
                  <option>She/Her</option>
                  <option>They/Them</option>
                  <option>Other</option>
                  <option>Prefer not to say</option>
                </Field>
              </div>

              <h3>Resume &amp; cover letter</h3>
              <div className="row">
                <label>Resume</label>
                <Dashboard uppy={uppy} id="resume-dashboard" height={220} proudlyDisplayPoweredByUppy={false} hideUploadButton note="PDF or Word, up to 5 MB" />
                {submitErrors?.resume ? <div className="error">{submitErrors.resume}</div> : null}
              </div>
              <div className="row">
                <label>Cover Letter</label>
                <Field name="coverLetter" component="textarea" rows={6} placeholder="Cover Letter" />
              </div>
              <div className="row">
                <label>What would you want to forecast first at Gridwise?</label>
                <Field name="forecastIdea" component="textarea" rows={3} placeholder="Optional" />
              </div>

              <h3>Voluntary self-identification</h3>
              <div className="row">
                <label>Race / Ethnicity</label>
                <Field name="race" component="select">
                  <option />
                  <option>American Indian or Alaska Native</option>
                  <option>Asian</option>
                  <option>Black or African American</option>
                  <option>Hispanic or Latino</option>
                  <option>Native Hawaiian or Other Pacific Islander</option>
                  <option>White</option>
                  <option>Two or more races</option>
                  <option>Decline to self-identify</option>
                </Field>
              </div>
              <div className="row choices">
                <label style={{ fontWeight: 600 }}>Veteran Status</label>
                <label><Field name="veteran" component="input" type="radio" value="protected" />{' '}I am a protected veteran</label>
                <label><Field name="veteran" component="input" type="radio" value="not" />{' '}I am not a protected veteran</label>
                <label><Field name="veteran" component="input" type="radio" value="decline" />{' '}I don't wish to answer</label>
              </div>
              <div className="row choices">
                <label><Field name="acknowledge" component="input" type="checkbox" validate={(v) => (v ? undefined : 'Required')} />{' '}I acknowledge that the information I've provided is accurate.</label>
                <Error name="acknowledge" />
              </div>
              <button type="submit" id="submit-application" disabled={submitting}>Submit Application</button>
              <FormSpy subscription={{ values: true }}>
                {({ values: v }) => {
                  const pre = document.getElementById('model');
                  if (pre) pre.textContent = JSON.stringify({ ...v, resume }, null, 2);
                  return null;
                }}
              </FormSpy>
            </form>
          )}
        />
      </main>
      <aside>
        <div className="card">
          <h4 style={{ marginTop: 0 }}>Not ready to apply?</h4>
          <p style={{ fontSize: 14 }}>Join our talent community and hear about new roles first.</p>
          <form onSubmit={(e) => e.preventDefault()}>
            <input type="text" name="tc_name" id="tc-name" placeholder="Your name" aria-label="Your name" />
            <input type="email" name="tc_email" id="tc-email" placeholder="Email address" aria-label="Email address" />
            <button type="submit" style={{ width: '100%', padding: 8 }}>Join</button>
          </form>
        </div>
      </aside>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
