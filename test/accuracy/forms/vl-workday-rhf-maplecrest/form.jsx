/*
 * Maplecrest Grocers (Mississauga, Ontario) US careers site, hand-built in React +
 * react-hook-form to look and behave like a Workday candidate home: `data-automation-id`
 * attributes, button listboxes (`button aria-haspopup=listbox` whose `ul role=listbox` popup is
 * rendered at the end of <body>), prompt search boxes (type, press Enter or wait, click a
 * `promptOption`; the choice becomes a pill), a phone country-code prompt ("United States of
 * America (+1)"), country as the long official name, a date of three section inputs (MM / DD /
 * YYYY), salary amount + currency listbox, a resume drop zone over a file input and a cover-letter
 * file input, the posting's questions, EEO listboxes, "How Did You Hear About Us?" prompt, terms
 * checkbox, header job search + sign in. Values are rendered into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';

const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom of Great Britain and Northern Ireland', 'United States Minor Outlying Islands', 'United States of America'];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Michigan', 'New York', 'Ohio', 'Oregon', 'Texas', 'Washington'];
const DIAL_PROMPT = ['Canada (+1)', 'Mexico (+52)', 'United Kingdom (+44)', 'United States Minor Outlying Islands (+1)', 'United States of America (+1)'];
const LOCATIONS = ['San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Seattle, WA', 'Spokane, WA', 'Portland, OR', 'Sacramento, CA', 'Toronto, ON', 'Mississauga, ON'];
const SOURCES = ['LinkedIn', 'Indeed', 'Maplecrest Careers Website', 'In-store poster', 'Employee Referral', 'Job Fair', 'Other'];

function ButtonListbox({ id, label, options, value, onChange, required }) {
  const [open, setOpen] = useState(false);
  const btn = useRef(null);
  const rect = open && btn.current ? btn.current.getBoundingClientRect() : null;
  return (
    <div className="wd-field" data-automation-id={`formField-${id}`}>
      <label id={`${id}-label`} htmlFor={id}>{label}{required ? <span className="req"> *</span> : null}</label>
      <button type="button" id={id} ref={btn} className="wd-dropdown" aria-haspopup="listbox" aria-expanded={open} aria-labelledby={`${id}-label ${id}`} data-automation-id={id} value={value} onClick={() => setOpen(!open)}>
        {value || 'Select One'}
      </button>
      {open ? createPortal(
        <ul role="listbox" className="wd-popup" aria-labelledby={`${id}-label`} style={{ left: rect.left + window.scrollX, top: rect.bottom + window.scrollY }}>
          <li role="option" aria-selected={!value} onClick={() => { onChange(''); setOpen(false); }}>Select One</li>
          {options.map((o) => <li key={o} role="option" aria-selected={o === value} data-automation-id="promptOption" onClick={() => { onChange(o); setOpen(false); }}>{o}</li>)}
        </ul>, document.body) : null}
    </div>
  );
}

function PromptSearch({ id, label, options, value, onChange, required, hint }) {
  const [q, setQ] = useState('');
  const [shown, setShown] = useState(null);
  const timer = useRef();
  const box = useRef(null);
  useEffect(() => {
    clearTimeout(timer.current);
    if (!q) { setShown(null); return undefined; }
    timer.current = setTimeout(() => setShown(options.filter((o) => o.toLowerCase().includes(q.toLowerCase()))), 350);
    return () => clearTimeout(timer.current);
  }, [q]);
  const rect = shown && box.current ? box.current.getBoundingClientRect() : null;
  return (
    <div className="wd-field" data-automation-id={`formField-${id}`}>
      <label htmlFor={id}>{label}{required ? <span className="req"> *</span> : null}</label>
      <div data-automation-id="multiSelectContainer" id={`${id}-container`}>
        {value ? <span className="pill" data-automation-id="selectedItem" title={value}>{value}<button type="button" aria-label={`Remove ${value}`} onClick={() => onChange('')}>×</button></span> : null}
        <input id={id} ref={box} className="wd-input" data-automation-id="searchBox" placeholder="Search" autoComplete="off" value={q} onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); setShown(options.filter((o) => o.toLowerCase().includes(q.toLowerCase()))); } }} />
      </div>
      {hint ? <div style={{ fontSize: 12, color: '#666' }}>{hint}</div> : null}
      {shown ? createPortal(
        <ul role="listbox" className="wd-popup" style={{ left: rect.left + window.scrollX, top: rect.bottom + window.scrollY }}>
          {shown.length ? shown.map((o) => <li key={o} role="option" data-automation-id="promptOption" onClick={() => { onChange(o); setQ(''); setShown(null); }}>{o}</li>) : <li>No Items.</li>}
        </ul>, document.body) : null}
    </div>
  );
}

export function renderMaplecrest(cfg) {
  const defaults = {
    country: 'Canada', firstName: '', lastName: '', address1: '', city: '', state: '', postal: '', email: '', deviceType: '', dialCode: '', phone: '',
    location: '', employer: '', jobTitle: '', years: '', workAuth: '', sponsorship: '', startMonth: '', startDay: '', startYear: '', salary: '', currency: 'CAD',
    gender: '', ethnicity: '', veteran: '', source: '', terms: false, resume: null, coverLetter: null,
  };
  for (const q of cfg.questions) defaults[q.id] = '';
  function App() {
    const { register, control, watch, setValue, handleSubmit } = useForm({ defaultValues: defaults });
    const [sent, setSent] = useState(false);
    const v = watch();
    useEffect(() => {
      document.getElementById('model').textContent = JSON.stringify({ ...v, resume: v.resume ? v.resume.name : null, coverLetter: v.coverLetter ? v.coverLetter.name : null }, null, 2);
    });
    if (sent) return <main><h2 id="application-sent">Application Submitted</h2></main>;
    const lb = (name, label, options, required) => <Controller name={name} control={control} render={({ field }) => <ButtonListbox id={name} label={label} options={options} value={field.value} onChange={field.onChange} required={required} />} />;
    const prompt = (name, label, options, required, hint) => <Controller name={name} control={control} render={({ field }) => <PromptSearch id={name} label={label} options={options} value={field.value} onChange={field.onChange} required={required} hint={hint} />} />;
    const text = (name, label, required, extra = {}) => (
      <div className="wd-field" data-automation-id={`formField-${name}`}>
        <label htmlFor={name}>{label}{required ? <span className="req"> *</span> : null}</label>
        {extra.long ? <textarea id={name} className="wd-input" rows={4} data-automation-id={name} {...register(name)} /> : <input id={name} className="wd-input" data-automation-id={name} type={extra.type ?? 'text'} {...register(name)} />}
      </div>
    );
    const Q = (q) => (q.kind === 'listbox' ? <div key={q.id}>{lb(q.id, q.label, q.options, q.required)}</div> : <div key={q.id}>{text(q.id, q.label, false, { long: true })}</div>);
    return (
      <>
        <header>
          <span className="brand">MAPLECREST <small>Grocers · Careers</small></span>
          <input id="jobSearch" data-automation-id="keywordSearchInput" className="wd-input" style={{ width: 240 }} placeholder="Search for Jobs" aria-label="Search for Jobs" />
          <button type="button" data-automation-id="utilityButtonSignIn">Sign In</button>
        </header>
        <main>
          <h1 data-automation-id="jobPostingHeader">{cfg.title}</h1>
          <p>{cfg.location}</p>
          <p>{cfg.blurb}</p>
          <form id="apply" noValidate onSubmit={handleSubmit((d) => { if (d.email && d.terms) setSent(true); })}>
            <h2>My Information</h2>
            {lb('country', 'Country', COUNTRIES, true)}
            <div className="row">{text('firstName', 'Given Name(s)', true)}{text('lastName', 'Family Name', true)}</div>
            {text('address1', 'Address Line 1', true)}
            <div className="row">{text('city', 'City', true)}{lb('state', 'State', STATES, true)}{text('postal', 'Postal Code', true)}</div>
            {text('email', 'Email Address', true, { type: 'email' })}
            {lb('deviceType', 'Phone Device Type', ['Mobile', 'Landline', 'Work'], true)}
            {prompt('dialCode', 'Country Phone Code', DIAL_PROMPT, true)}
            {text('phone', 'Phone Number', true, { type: 'tel' })}
            <h2>My Experience</h2>
            {prompt('location', cfg.locationLabel, LOCATIONS, true, 'Type your city and press Enter')}
            <div className="row">{text('employer', 'Current Company')}{text('jobTitle', 'Current Job Title')}</div>
            {lb('years', cfg.yearsLabel, cfg.buckets, true)}
            <div className="wd-field" data-automation-id="formField-resume">
              <span className="wd-label">Resume/CV <span className="req">*</span></span>
              <div className="drop" data-automation-id="file-upload-drop-zone">Drop file here or <label htmlFor="resume" style={{ color: '#0875e1', cursor: 'pointer' }}>Select files</label>
                <input id="resume" type="file" data-automation-id="file-upload-input-ref" style={{ display: 'none' }} accept=".pdf,.doc,.docx" onChange={(e) => setValue('resume', e.target.files[0] ?? null)} />
              </div>
              {v.resume ? <div data-automation-id="file-upload-item">{v.resume.name}</div> : null}
            </div>
            <div className="wd-field" data-automation-id="formField-coverLetter">
              <label htmlFor="coverLetter">Cover Letter</label>
              <input id="coverLetter" type="file" accept=".pdf,.doc,.docx,.txt" onChange={(e) => setValue('coverLetter', e.target.files[0] ?? null)} />
            </div>
            <h2>Application Questions</h2>
            {lb('workAuth', cfg.authLabel, cfg.authOptions, true)}
            {lb('sponsorship', cfg.sponsorLabel, cfg.sponsorOptions, true)}
            <div className="wd-field" data-automation-id="formField-startDate">
              <span className="wd-label" id="startDate-label">What is the earliest date you could start? <span className="req">*</span></span>
              <div className="date" role="group" aria-labelledby="startDate-label" data-automation-id="dateInputWrapper">
                <input id="startMonth" aria-label="Month" placeholder="MM" maxLength={2} data-automation-id="dateSectionMonth-input" {...register('startMonth')} />/
                <input id="startDay" aria-label="Day" placeholder="DD" maxLength={2} data-automation-id="dateSectionDay-input" {...register('startDay')} />/
                <input id="startYear" className="y" aria-label="Year" placeholder="YYYY" maxLength={4} data-automation-id="dateSectionYear-input" {...register('startYear')} />
              </div>
            </div>
            <div className="row">{text('salary', 'Desired Annual Base Salary', true)}{lb('currency', 'Currency', ['CAD', 'USD', 'EUR'], true)}</div>
            {cfg.questions.map(Q)}
            <h2>Voluntary Disclosures</h2>
            {lb('gender', 'Gender', ['Female', 'Male', 'I do not wish to answer'])}
            {lb('ethnicity', 'Race/Ethnicity', ['Asian (Not Hispanic or Latino)', 'Black or African American (Not Hispanic or Latino)', 'Hispanic or Latino', 'White (Not Hispanic or Latino)', 'Two or More Races', 'I do not wish to answer'])}
            {lb('veteran', 'Veteran Status', ['I am a protected veteran', 'I am not a protected veteran', 'I do not wish to answer'])}
            {prompt('source', 'How Did You Hear About Us?', SOURCES, true)}
            <div className="wd-field"><input type="checkbox" id="terms" data-automation-id="agreementCheckbox" {...register('terms')} /> <label htmlFor="terms" style={{ display: 'inline', fontWeight: 400 }}>I understand and acknowledge the Terms and Conditions *</label></div>
            <button type="submit" id="submit-application" data-automation-id="bottom-navigation-next-button">Submit</button>
          </form>
        </main>
        <footer>Maplecrest Grocers · Equal opportunity employer · <a href="#">Accessibility</a></footer>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
