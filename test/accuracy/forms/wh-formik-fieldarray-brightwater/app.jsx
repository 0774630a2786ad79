/*
 * Brightwater Community Health's employment application: Formik 2 + yup, written the way the
 * Formik docs write forms: <Field> inputs named by path, <Field as="select"> with a
 * "-- Select --" first option, <Field type="radio"> groups, <ErrorMessage>, and three
 * <FieldArray>s (employment history "starting with your current employer", with "Add another
 * employer"; two professional references; languages). The mobile phone is react-phone-number-input's
 * bare `Input` (no country select, `country="US"`): it shows "(415) 555-0134" and keeps E.164.
 * The start is asked as MM/YYYY, pay as an amount with an Hourly / Annual basis select. Formik's
 * values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorMessage, Field, FieldArray, Form, Formik } from 'formik';
import * as Yup from 'yup';
import PhoneNumberInput from 'react-phone-number-input/input';

const STATES = ['AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN', 'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV', 'NY', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY'];
const emptyJob = { employer: '', title: '', start: '', end: '', current: false, reason: '' };
const emptyRef = { name: '', relationship: '', email: '', phone: '' };

const schema = Yup.object({
  firstName: Yup.string().required('First name is required'),
  lastName: Yup.string().required('Last name is required'),
  email: Yup.string().email('Invalid email address').required('Email is required'),
  confirmEmail: Yup.string().oneOf([Yup.ref('email')], 'Emails must match').required('Please confirm your email'),
  mobile: Yup.string().required('A phone number is required'),
  authorized: Yup.string().required('Please answer this question'),
  sponsorship: Yup.string().required('Please answer this question'),
  availableFrom: Yup.string().matches(/^(0[1-9]|1[0-2])\/\d{4}$/, 'Use MM/YYYY'),
  attest: Yup.boolean().oneOf([true], 'You must certify your application'),
});

function Text({ name, label, help, type = 'text', ...rest }) {
  return (
    <div className="bw-field">
      <label htmlFor={name}>{label}</label>
      <Field id={name} name={name} type={type} {...rest} />
      {help && <div className="bw-help">{help}</div>}
      <ErrorMessage name={name} component="div" className="bw-err" />
    </div>
  );
}

function Application() {
  const [search, setSearch] = useState('');
  return (
    <>
      <header className="bw-top">
        <h1>Brightwater Community Health — Careers</h1>
        <form onSubmit={(e) => e.preventDefault()} role="search">
          <input type="text" id="bw-search" aria-label="Search jobs" placeholder="Keyword or location" value={search} onChange={(e) => setSearch(e.target.value)} />
          <button type="submit">Search</button>
        </form>
      </header>
      <div className="bw-page">
        <h2>Employment Application: Senior Data Engineer (Req. 26-1184)</h2>
        <p>Population Health Analytics · San Francisco, CA · Full time, exempt. Fields marked with * are required.</p>
        <Formik
          initialValues={{
            firstName: '', middleInitial: '', lastName: '', email: '', confirmEmail: '', mobile: '', homePhone: '',
            address: { street: '', city: '', state: '', zip: '' }, linkedin: '',
            jobs: [emptyJob], references: [emptyRef, emptyRef], languages: [{ language: '', level: '' }],
            highestEducation: '', school: '', yearsExperience: '',
            authorized: '', sponsorship: '', felony: '', availableFrom: '', payAmount: '', payBasis: '', shifts: [],
            resume: '', coverLetter: '', gender: '', attest: false,
          }}
          validationSchema={schema}
          onSubmit={(_, { setStatus }) => setStatus('sent')}
        >
          {({ values, setFieldValue, status }) => (
            <>
              {status === 'sent' && <p id="bw-done" className="bw-done">Your application has been submitted. Reference BW-26-1184.</p>}
              <Form noValidate id="bw-form">
                <fieldset>
                  <legend>Applicant information</legend>
                  <div className="bw-row">
                    <Text name="firstName" label="First name *" />
                    <div className="bw-field bw-mi"><label htmlFor="middleInitial">M.I.</label><Field id="middleInitial" name="middleInitial" type="text" maxLength={1} /></div>
                    <Text name="lastName" label="Last name *" />
                  </div>
                  <div className="bw-row">
                    <Text name="email" label="Email address *" type="email" />
                    <Text name="confirmEmail" label="Confirm email address *" type="email" />
                  </div>
                  <div className="bw-row">
                    <div className="bw-field">
                      <label htmlFor="mobile">Mobile phone *</label>
                      <PhoneNumberInput id="mobile" name="mobile" country="US" value={values.mobile} onChange={(v) => setFieldValue('mobile', v ?? '')} />
                      <ErrorMessage name="mobile" component="div" className="bw-err" />
                    </div>
                    <div className="bw-field">
                      <label htmlFor="homePhone">Home phone</label>
                      <PhoneNumberInput id="homePhone" name="homePhone" country="US" value={values.homePhone} onChange={(v) => setFieldValue('homePhone', v ?? '')} />
                      <div className="bw-help">Optional — only if different from your mobile.</div>
                    </div>
                  </div>
                  <Text name="address.street" label="Street address" />
                  <div className="bw-row">
                    <Text name="address.city" label="City" />
                    <div className="bw-field">
                      <label htmlFor="address.state">State</label>
                      <Field as="select" id="address.state" name="address.state">
                        <option value="">-- Select --</option>
                        {STATES.map((s) => <option key={s} value={s}>{s}</option>)}
                      </Field>
                    </div>
                    <Text name="address.zip" label="ZIP" />
                  </div>
                  <Text name="linkedin" label="LinkedIn profile URL" />
                </fieldset>

                <fieldset>
                  <legend>Employment history</legend>
                  <p className="bw-help">Start with your current (or most recent) employer. Use MM/YYYY for dates.</p>
                  <FieldArray name="jobs">
                    {({ push, remove }) => (
                      <>
                        {values.jobs.map((job, i) => (
                          <div className="bw-entry" key={i} data-entry={`jobs-${i}`}>
                            <strong>Employer {i + 1}</strong>{i > 0 && <button type="button" className="bw-btn" style={{ marginLeft: 12 }} onClick={() => remove(i)}>Remove</button>}
                            <div className="bw-row">
                              <Text name={`jobs.${i}.employer`} label="Employer" />
                              <Text name={`jobs.${i}.title`} label="Job title" />
                            </div>
                            <div className="bw-row">
                              <Text name={`jobs.${i}.start`} label="Start (MM/YYYY)" />
                              <Text name={`jobs.${i}.end`} label="End (MM/YYYY)" disabled={job.current} />
                              <div className="bw-field" style={{ alignSelf: 'center' }}>
                                <label style={{ fontWeight: 'normal' }}><Field type="checkbox" id={`jobs.${i}.current`} name={`jobs.${i}.current`} /> I currently work here</label>
                              </div>
                            </div>
                            <Text name={`jobs.${i}.reason`} label="Reason for leaving" />
                          </div>
                        ))}
                        <button type="button" className="bw-btn" id="bw-add-job" onClick={() => push(emptyJob)}>+ Add another employer</button>
                      </>
                    )}
                  </FieldArray>
                  <div className="bw-field">
                    <label htmlFor="yearsExperience">Total years of experience in data engineering or analytics</label>
                    <Field as="select" id="yearsExperience" name="yearsExperience">
                      <option value="">-- Select --</option>
                      <option value="0">Less than 1 year</option>
                      <option value="1">1 to 3 years</option>
                      <option value="4">4 to 6 years</option>
                      <option value="7">7 to 10 years</option>
                      <option value="11">More than 10 years</option>
                    </Field>
                  </div>
                </fieldset>

                <fieldset>
                  <legend>Education</legend>
                  <div className="bw-row">
                    <div className="bw-field">
                      <label htmlFor="highestEducation">Highest level of education completed</label>
                      <Field as="select" id="highestEducation" name="highestEducation">
                        <option value="">-- Select --</option>
                        <option value="HS">High School / GED</option>
                        <option value="AD">Associate Degree</option>
                        <option value="BD">Bachelor Degree</option>
                        <option value="MD">Master Degree</option>
                        <option value="DR">Doctoral Degree</option>
                      </Field>
                    </div>
                    <Text name="school" label="College or university" />
                  </div>
                  <FieldArray name="languages">
                    {({ push }) => (
                      <>
                        {values.languages.map((_, i) => (
                          <div className="bw-row" key={i}>
                            <Text name={`languages.${i}.language`} label="Language other than English" />
                            <div className="bw-field">
                              <label htmlFor={`languages.${i}.level`}>Proficiency</label>
                              <Field as="select" id={`languages.${i}.level`} name={`languages.${i}.level`}>
                                <option value="">-- Select --</option><option>Basic</option><option>Conversational</option><option>Fluent</option><option>Native</option>
                              </Field>
                            </div>
                          </div>
                        ))}
                        <button type="button" className="bw-btn" onClick={() => push({ language: '', level: '' })}>+ Add language</button>
                      </>
                    )}
                  </FieldArray>
                </fieldset>

                <fieldset>
                  <legend>Eligibility and availability</legend>
                  <div className="bw-field" role="group" aria-labelledby="q-authorized">
                    <span className="bw-q" id="q-authorized">Are you legally eligible to work in the United States? *</span>
                    <span className="bw-inline"><label><Field type="radio" name="authorized" value="Y" /> Yes</label><label><Field type="radio" name="authorized" value="N" /> No</label></span>
                    <ErrorMessage name="authorized" component="div" className="bw-err" />
                  </div>
                  <div className="bw-field" role="group" aria-labelledby="q-sponsorship">
                    <span className="bw-q" id="q-sponsorship">Will you now or in the future require sponsorship for an employment visa? *</span>
                    <span className="bw-inline"><label><Field type="radio" name="sponsorship" value="Y" /> Yes</label><label><Field type="radio" name="sponsorship" value="N" /> No</label></span>
                    <ErrorMessage name="sponsorship" component="div" className="bw-err" />
                  </div>
                  <div className="bw-field" role="group" aria-labelledby="q-felony">
                    <span className="bw-q" id="q-felony">Have you been convicted of a felony in the last seven years?</span>
                    <span className="bw-help">A conviction will not necessarily disqualify you.</span>
                    <span className="bw-inline"><label><Field type="radio" name="felony" value="Y" /> Yes</label><label><Field type="radio" name="felony" value="N" /> No</label></span>
                  </div>
                  <div className="bw-row">
                    <Text name="availableFrom" label="Date available (MM/YYYY)" />
                    <Text name="payAmount" label="Desired pay" />
                    <div className="bw-field">
                      <label htmlFor="payBasis">Pay basis</label>
                      <Field as="select" id="payBasis" name="payBasis">
                        <option value="">-- Select --</option><option value="H">Hourly</option><option value="A">Annual</option>
                      </Field>
                    </div>
                  </div>
                  <div className="bw-field" role="group" aria-labelledby="q-shifts">
                    <span className="bw-q" id="q-shifts">Which on-call weeks could you cover? (check all that apply)</span>
                    <span className="bw-inline">
                      {['Weekdays', 'Weekends', 'Holidays'].map((s) => <label key={s}><Field type="checkbox" name="shifts" value={s} /> {s}</label>)}
                    </span>
                  </div>
                </fieldset>

                <fieldset>
                  <legend>Professional references</legend>
                  <FieldArray name="references">
                    {() => values.references.map((_, i) => (
                      <div className="bw-entry" key={i}>
                        <strong>Reference {i + 1}</strong>
                        <div className="bw-row">
                          <Text name={`references.${i}.name`} label="Name" />
                          <Text name={`references.${i}.relationship`} label="Relationship" />
                        </div>
                        <div className="bw-row">
                          <Text name={`references.${i}.email`} label="Email" type="email" />
                          <Text name={`references.${i}.phone`} label="Phone" type="tel" />
                        </div>
                      </div>
                    ))}
                  </FieldArray>
                </fieldset>

                <fieldset>
                  <legend>Documents</legend>
                  <div className="bw-field">
                    <label htmlFor="resume">Resume</label>
                    <input id="resume" name="resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => setFieldValue('resume', e.target.files?.[0]?.name ?? '')} />
                  </div>
                  <div className="bw-field">
                    <label htmlFor="coverLetter">Cover letter</label>
                    <Field as="textarea" id="coverLetter" name="coverLetter" rows={6} />
                  </div>
                </fieldset>

                <fieldset>
                  <legend>Voluntary self-identification</legend>
                  <div className="bw-field">
                    <label htmlFor="gender">Gender</label>
                    <Field as="select" id="gender" name="gender">
                      <option value="">-- Select --</option><option>Female</option><option>Male</option><option>Decline to state</option>
                    </Field>
                  </div>
                </fieldset>
                <div className="bw-field">
                  <label style={{ fontWeight: 'normal' }}><Field type="checkbox" id="attest" name="attest" /> I certify that the information in this application is true and complete. *</label>
                  <ErrorMessage name="attest" component="div" className="bw-err" />
                </div>
                <button type="submit" className="bw-submit" id="bw-submit">Submit application</button>
              </Form>
              <pre id="model">{JSON.stringify({ ...values, search })}</pre>
            </>
          )}
        </Formik>
      </div>
      <footer className="bw-foot">Brightwater Community Health is an equal opportunity employer. Need an accommodation? Call (510) 555-0199.</footer>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
