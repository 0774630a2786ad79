/**
 * A Scout Talent-style application form (NZ local government), React, three steps rendered afresh:
 * "Your details" (title, preferred name, a mobile hint in NZ format "021 123 4567", other phone,
 * street / suburb / town / postcode, a country select preset "New Zealand"), "About you" (NZ
 * residency status radios, driver licence, criminal convictions, years as a number, NZD salary,
 * notice in weeks, an "available from" text box whose example reads "3 March 2027", te reo Māori
 * proficiency, how you heard), "Documents" (two **Uppy** Dashboards, resume and cover letter, whose
 * hidden inputs are emptied once a file is added: the Uppy file list is the state; privacy and
 * job-alert checkboxes). A header job search and an "email this job to a friend" box sit outside.
 * State in <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Uppy from '@uppy/core';
import Dashboard from '@uppy/react/dashboard';
import '@uppy/core/css/style.min.css';
import '@uppy/dashboard/css/style.min.css';

const COUNTRIES = ['New Zealand', 'Australia', 'Canada', 'Fiji', 'India', 'Philippines', 'Samoa', 'South Africa', 'Tonga', 'United Kingdom', 'United States', 'Other'];
const RESIDENCY = ['New Zealand citizen', 'New Zealand permanent resident', 'Australian citizen or permanent resident', 'I hold a valid New Zealand work visa', 'I will require a work visa to work in New Zealand'];
const TE_REO = ['None', 'Basic – greetings and pronunciation', 'Conversational', 'Fluent'];
const HEARD = ['Council website', 'Seek', 'Trade Me Jobs', 'LinkedIn', 'Word of mouth', 'Other'];

function useUppy(id, note) {
  const [uppy] = useState(() => new Uppy({ id, autoProceed: false, restrictions: { maxNumberOfFiles: 1, allowedFileTypes: ['.pdf', '.doc', '.docx', '.txt', '.rtf'] }, meta: { note } }));
  const [files, setFiles] = useState([]);
  useEffect(() => {
    const sync = () => setFiles(uppy.getFiles().map((f) => f.name));
    uppy.on('file-added', sync);
    uppy.on('file-removed', sync);
    return () => { uppy.off('file-added', sync); uppy.off('file-removed', sync); };
  }, [uppy]);
  return [uppy, files];
}

function Group({ id, label, hint, children, fieldset }) {
  if (fieldset) return <fieldset className="st-group" id={id}><legend>{label}</legend>{hint ? <span className="st-hint">{hint}</span> : null}{children}</fieldset>;
  return <div className="st-group"><label htmlFor={id}>{label}</label>{hint ? <span className="st-hint" id={`${id}-hint`}>{hint}</span> : null}{children}</div>;
}

function App() {
  const [step, setStep] = useState(0);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const [resumeUppy, resumeFiles] = useUppy('resume', 'resume');
  const [letterUppy, letterFiles] = useUppy('coverLetter', 'cover letter');
  const [d, setD] = useState({
    title: '', firstName: '', lastName: '', preferredName: '', email: '', mobile: '', otherPhone: '', street: '', suburb: '', city: '', postcode: '', country: 'New Zealand',
    residency: '', licence: '', convictions: '', years: '', salary: '', noticeWeeks: '', availableFrom: '', teReo: '', heard: '', privacy: false, alerts: false,
  });
  const set = (k) => (v) => setD((p) => ({ ...p, [k]: v }));
  const text = (k, props = {}) => <input className="st-control" id={`st-${k}`} name={k} value={d[k]} onChange={(e) => set(k)(e.target.value)} {...props} />;
  const select = (k, options, first = 'Please select') => (
    <select className="st-control" id={`st-${k}`} name={k} value={d[k]} onChange={(e) => set(k)(e.target.value)}>
      {first ? <option value="">{first}</option> : null}{options.map((o) => <option key={o}>{o}</option>)}
    </select>
  );
  const radios = (k, options) => options.map((o, i) => (
    <label key={o} className="st-radio"><input type="radio" name={k} id={`st-${k}-${i}`} value={o} checked={d[k] === o} onChange={() => set(k)(o)} /> {o}</label>
  ));
  const model = { ...d, resume: resumeFiles, coverLetter: letterFiles };

  const next = () => {
    if (step === 0 && (!d.firstName || !d.lastName || !d.email || !d.mobile)) return setError('Please complete the required fields.');
    if (step === 1 && !d.residency) return setError('Please tell us your residency status.');
    setError(''); setStep(step + 1);
  };
  const submit = (e) => {
    e.preventDefault();
    if (!resumeFiles.length || !d.privacy) return setError('Please attach your CV and accept the privacy statement.');
    setDone(true);
  };
  if (done) return <div className="st-card" id="st-thanks"><h2>Ngā mihi – thank you</h2><p>Your application has been received.</p><pre id="model">{JSON.stringify(model, null, 2)}</pre></div>;

  return (
    <form className="st-card" onSubmit={submit} noValidate>
      <ol className="st-progress">{['Your details', 'About you', 'Documents'].map((s, i) => <li key={s} className={i === step ? 'active' : ''}>{i + 1}. {s}</li>)}</ol>
      <div hidden={step !== 0}>
        {step === 0 ? (
          <>
            <div className="st-row">
              <Group id="st-title" label="Title">{select('title', ['Mr', 'Mrs', 'Miss', 'Ms', 'Mx', 'Dr'])}</Group>
              <Group id="st-firstName" label="First name *">{text('firstName')}</Group>
              <Group id="st-lastName" label="Last name *">{text('lastName')}</Group>
            </div>
            <Group id="st-preferredName" label="Preferred name" hint="If different from your first name">{text('preferredName', { 'aria-describedby': 'st-preferredName-hint' })}</Group>
            <Group id="st-email" label="Email address *">{text('email', { type: 'email' })}</Group>
            <div className="st-row">
              <Group id="st-mobile" label="Mobile phone *" hint="e.g. 021 123 4567">{text('mobile', { type: 'tel', 'aria-describedby': 'st-mobile-hint' })}</Group>
              <Group id="st-otherPhone" label="Other phone">{text('otherPhone', { type: 'tel' })}</Group>
            </div>
            <Group id="st-street" label="Street address">{text('street')}</Group>
            <div className="st-row">
              <Group id="st-suburb" label="Suburb">{text('suburb')}</Group>
              <Group id="st-city" label="Town / City">{text('city')}</Group>
              <Group id="st-postcode" label="Postcode">{text('postcode', { inputMode: 'numeric' })}</Group>
            </div>
            <Group id="st-country" label="Country">{select('country', COUNTRIES, null)}</Group>
          </>
        ) : null}
      </div>
      {step === 1 ? (
        <>
          <Group fieldset id="st-residency" label="What is your New Zealand residency status? *">{radios('residency', RESIDENCY)}</Group>
          <Group fieldset id="st-licence" label="Do you hold a current full New Zealand driver licence?">{radios('licence', ['Yes', 'No'])}</Group>
          <Group fieldset id="st-convictions" label="Do you have any criminal convictions?" hint="You do not need to declare convictions covered by the Criminal Records (Clean Slate) Act 2004.">{radios('convictions', ['Yes', 'No'])}</Group>
          <Group id="st-years" label="How many years of data engineering experience do you have?">{text('years', { type: 'number', min: 0, max: 50 })}</Group>
          <div className="st-row">
            <Group id="st-salary" label="Salary expectation (NZD per annum)">{text('salary', { inputMode: 'numeric' })}</Group>
            <Group id="st-noticeWeeks" label="Notice period (weeks)">{text('noticeWeeks', { type: 'number', min: 0 })}</Group>
          </div>
          <Group id="st-availableFrom" label="When could you start?" hint="For example, 3 March 2027">{text('availableFrom', { 'aria-describedby': 'st-availableFrom-hint' })}</Group>
          <Group id="st-teReo" label="Te reo Māori proficiency">{select('teReo', TE_REO)}</Group>
          <Group id="st-heard" label="How did you hear about this role?">{select('heard', HEARD)}</Group>
        </>
      ) : null}
      <div hidden={step !== 2}>
        <div className="st-group" data-upload="resume">
          <span className="st-group-label" style={{ fontWeight: 600 }} id="st-resume-label">CV / Resume *</span>
          <Dashboard uppy={resumeUppy} height={190} hideUploadButton proudlyDisplayPoweredByUppy={false} note="PDF or Word, one file" />
        </div>
        <div className="st-group" data-upload="coverLetter">
          <span className="st-group-label" style={{ fontWeight: 600 }} id="st-coverLetter-label">Cover letter</span>
          <Dashboard uppy={letterUppy} height={190} hideUploadButton proudlyDisplayPoweredByUppy={false} note="PDF, Word or text, one file" />
        </div>
        <label className="st-radio"><input type="checkbox" id="st-privacy" checked={d.privacy} onChange={(e) => set('privacy')(e.target.checked)} /> I have read the privacy statement and consent to Te Awa Regional Council collecting my information *</label>
        <label className="st-radio"><input type="checkbox" id="st-alerts" checked={d.alerts} onChange={(e) => set('alerts')(e.target.checked)} /> Email me when similar roles are advertised</label>
      </div>
      {error ? <p className="st-error" role="alert">{error}</p> : null}
      <div className="st-actions">
        {step > 0 ? <button type="button" className="st-btn" id="st-back" onClick={() => setStep(step - 1)}>Back</button> : <span />}
        {step < 2 ? <button key="next" type="button" className="st-btn primary" id="st-next" onClick={next}>Next</button> : <button key="submit" type="submit" className="st-btn primary" id="st-submit">Submit application</button>}
      </div>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
