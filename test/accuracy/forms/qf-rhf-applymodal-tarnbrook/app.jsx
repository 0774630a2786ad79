/**
 * Tarnbrook Health careers: the job page with an "Apply now" button that opens the application in
 * a modal dialog (React + react-hook-form, mode onBlur). Three screens inside the dialog:
 * "Contact information" (a country-code select beside the phone, preset United States +1),
 * "Questions" (work authorization and sponsorship selects, years, a license question whose "Yes"
 * mounts its follow-up) and "Review" (the answers, an attestation checkbox, Submit). "Continue"
 * triggers validation of the screen's fields and stays while any fails. Values in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';

const CODES = [['US', 'United States (+1)'], ['CA', 'Canada (+1)'], ['MX', 'Mexico (+52)'], ['GB', 'United Kingdom (+44)'], ['IN', 'India (+91)'], ['PH', 'Philippines (+63)']];
const SCREENS = [
  { title: 'Contact information', fields: ['firstName', 'lastName', 'email', 'phoneCountry', 'phone', 'resume'] },
  { title: 'Questions', fields: ['authorized', 'sponsorship', 'years', 'ehrLicense', 'ehrDetail', 'salary'] },
  { title: 'Review', fields: ['attest'] },
];

function Err({ errors, name }) { return errors[name] ? <div className="tb-err" role="alert">{errors[name].message}</div> : null; }

function App() {
  const [open, setOpen] = useState(false);
  const [screen, setScreen] = useState(0);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, trigger, watch, setValue, formState: { errors } } = useForm({
    mode: 'onBlur',
    shouldUnregister: false,
    defaultValues: { firstName: '', lastName: '', email: '', phoneCountry: 'US', phone: '', resume: '', authorized: '', sponsorship: '', years: '', ehrLicense: '', ehrDetail: '', salary: '', attest: false },
  });
  register('resume', { validate: (v) => !!v || 'Please attach your resume' });
  const values = watch();
  const req = { required: 'Required' };
  const next = async () => { if (await trigger(SCREENS[screen].fields)) setScreen(screen + 1); };

  return (
    <>
      <main className="tb-job">
        <p className="tb-progress">Information Technology · Portland, OR or Remote (US) · Full time · Job ID 88213</p>
        <h1 style={{ margin: '4px 0 10px' }}>Senior Analytics Engineer</h1>
        <p>Tarnbrook Health runs 14 clinics and a home-health service across Oregon and Washington. As a senior analytics engineer you will model clinical and revenue-cycle data in dbt and Snowflake for operations and quality teams.</p>
        <ul><li>6+ years building data models and pipelines</li><li>Strong SQL and Python</li><li>Healthcare data (HL7, FHIR, claims) a plus</li></ul>
        <button type="button" className="tb-apply" id="tb-open-apply" onClick={() => setOpen(true)}>Apply now</button>
      </main>
      {open && (
        <div className="tb-backdrop">
          <div className="tb-dialog" role="dialog" aria-modal="true" aria-labelledby="tb-dialog-title">
            <header><strong id="tb-dialog-title">Apply: Senior Analytics Engineer</strong><button type="button" aria-label="Close" onClick={() => setOpen(false)}>×</button></header>
            {done ? <div className="body" id="tb-done"><h2>Application submitted</h2><p>We'll be in touch by email.</p><pre id="model">{JSON.stringify(values, null, 2)}</pre></div> : (
              <form id="tb-form" noValidate onSubmit={handleSubmit(() => setDone(true))}>
                <div className="body">
                  <p className="tb-progress">Step {screen + 1} of 3 · {SCREENS[screen].title}</p>
                  {screen === 0 && <>
                    <div className="tb-field"><label htmlFor="tb-first">First name *</label><input id="tb-first" {...register('firstName', req)} /><Err errors={errors} name="firstName" /></div>
                    <div className="tb-field"><label htmlFor="tb-last">Last name *</label><input id="tb-last" {...register('lastName', req)} /><Err errors={errors} name="lastName" /></div>
                    <div className="tb-field"><label htmlFor="tb-email">Email address *</label><input id="tb-email" type="email" {...register('email', { required: 'Required', pattern: { value: /^\S+@\S+\.\S+$/, message: 'Enter a valid email' } })} /><Err errors={errors} name="email" /></div>
                    <div className="tb-field"><label htmlFor="tb-phone">Phone number *</label>
                      <div className="tb-phone">
                        <select aria-label="Country code" id="tb-phone-country" {...register('phoneCountry')}>{CODES.map(([v, t]) => <option key={v} value={v}>{t}</option>)}</select>
                        <input id="tb-phone" type="tel" {...register('phone', { required: 'Required', validate: (v) => v.replace(/\D/g, '').length >= 7 || 'Enter a valid phone number' })} />
                      </div><Err errors={errors} name="phone" /></div>
                    <div className="tb-field"><label htmlFor="tb-resume">Resume *</label>
                      <input id="tb-resume" name="resume" type="file" accept=".pdf,.docx" onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '', { shouldValidate: true })} />
                      <Err errors={errors} name="resume" /></div>
                  </>}
                  {screen === 1 && <>
                    <div className="tb-field"><label htmlFor="tb-authorized">Are you legally authorized to work in the country where this job is located? *</label>
                      <select id="tb-authorized" {...register('authorized', req)}><option value="">Select</option><option>Yes</option><option>No</option></select><Err errors={errors} name="authorized" /></div>
                    <div className="tb-field"><label htmlFor="tb-sponsorship">Will you now or in the future require sponsorship for employment visa status? *</label>
                      <select id="tb-sponsorship" {...register('sponsorship', req)}><option value="">Select</option><option>Yes</option><option>No</option></select><Err errors={errors} name="sponsorship" /></div>
                    <div className="tb-field"><label htmlFor="tb-years">How many years of experience do you have in analytics or data engineering? *</label>
                      <input id="tb-years" type="number" min="0" max="50" {...register('years', req)} /><Err errors={errors} name="years" /></div>
                    <fieldset className="tb-field"><legend>Have you worked with Epic Clarity or Caboodle data? *</legend>
                      <label><input type="radio" value="Yes" {...register('ehrLicense', req)} /> Yes</label>{' '}
                      <label><input type="radio" value="No" {...register('ehrLicense', req)} /> No</label><Err errors={errors} name="ehrLicense" /></fieldset>
                    {values.ehrLicense === 'Yes' && <div className="tb-field"><label htmlFor="tb-ehr-detail">Briefly describe your Epic data experience *</label><input id="tb-ehr-detail" {...register('ehrDetail', { shouldUnregister: true, required: 'Required' })} /><Err errors={errors} name="ehrDetail" /></div>}
                    <div className="tb-field"><label htmlFor="tb-salary">Desired salary</label><input id="tb-salary" placeholder="e.g. $120,000" {...register('salary')} /></div>
                  </>}
                  {screen === 2 && <>
                    <dl className="tb-review">
                      <dt>Name</dt><dd>{values.firstName} {values.lastName}</dd>
                      <dt>Email</dt><dd>{values.email}</dd>
                      <dt>Phone</dt><dd>{CODES.find(([v]) => v === values.phoneCountry)?.[1]} {values.phone}</dd>
                      <dt>Resume</dt><dd>{values.resume || '—'}</dd>
                      <dt>Authorized / sponsorship</dt><dd>{values.authorized} / {values.sponsorship}</dd>
                      <dt>Years of experience</dt><dd>{values.years}</dd>
                    </dl>
                    <div className="tb-field"><label><input type="checkbox" id="tb-attest" {...register('attest', { validate: (v) => v || 'Please confirm' })} /> I attest that the information I have provided is accurate.</label><Err errors={errors} name="attest" /></div>
                  </>}
                </div>
                <footer>
                  {screen > 0 ? <button type="button" id="tb-back" onClick={() => setScreen(screen - 1)}>Back</button> : <span />}
                  {screen < 2 ? <button type="button" className="tb-apply" id="tb-continue" onClick={next}>Continue</button> : <button type="submit" className="tb-apply" id="tb-submit">Submit application</button>}
                </footer>
              </form>
            )}
            {!done && <pre id="model">{JSON.stringify(values, null, 2)}</pre>}
          </div>
        </div>
      )}
      {!open && <pre id="model">{JSON.stringify(values, null, 2)}</pre>}
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
