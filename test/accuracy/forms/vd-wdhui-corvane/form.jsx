/*
 * Corvane Energy (Calgary) careers site on a Workday-style candidate experience, rebuilt in React
 * with Headless UI 2: three steps in place (My Information / My Experience / Application Questions
 * + Voluntary Disclosures) behind "Save and Continue", data-automation-id on every control, button
 * listboxes (Headless Listbox, options in a portal) preset to the job's country "Canada", a
 * "Country Phone Code" search (Headless Combobox with `by` objects) whose entries read "United
 * States of America (+1)", the date as Month / Day / Year spinbutton inputs, "Select files"
 * uploads over hidden inputs, a location typeahead (Combobox `by="placeId"`), a "How Did You Hear
 * About Us?" prompt that opens a two-level list, EEO listboxes, terms checkbox, a sign-in box and
 * job search in the header. State is rendered into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Listbox, ListboxButton, ListboxOption, ListboxOptions } from '@headlessui/react';
import countries from 'world-countries';

const OFFICIAL = { USA: 'United States of America', GBR: 'United Kingdom', KOR: 'Korea, Republic of', RUS: 'Russian Federation' };
const COUNTRY_LIST = countries.map((c) => ({ id: c.cca3, name: OFFICIAL[c.cca3] ?? c.name.common, dial: (c.idd.root ?? '') + (c.idd.suffixes?.length === 1 ? c.idd.suffixes[0] : '') }))
  .sort((a, b) => a.name.localeCompare(b.name));
const PHONE_CODES = COUNTRY_LIST.filter((c) => c.dial).map((c) => ({ id: `${c.id}_${c.dial}`, label: `${c.name} (${c.dial})` }));
const STATES = {
  CAN: ['Alberta', 'British Columbia', 'Manitoba', 'Ontario', 'Quebec', 'Saskatchewan'],
  USA: ['Arizona', 'California', 'Colorado', 'Nevada', 'New Mexico', 'Oregon', 'Texas', 'Utah', 'Washington', 'Wyoming'],
};
const PLACES = [
  { placeId: 'ChIJIQBpAG2ahYAR', label: 'San Francisco, California, United States' },
  { placeId: 'ChIJ8RqYFs16j4AR', label: 'South San Francisco, California, United States' },
  { placeId: 'ChIJ2fhcqqdnrI4R', label: 'San Francisco de Macorís, Dominican Republic' },
  { placeId: 'ChIJzxcfI6qAa4cR', label: 'Denver, Colorado, United States' },
  { placeId: 'ChIJ1T-EnwNwcVMR', label: 'Calgary, Alberta, Canada' },
  { placeId: 'ChIJ4zGFAZpYwokR', label: 'San Jose, California, United States' },
];
const SOURCES = [
  { id: 'jb', label: 'Job Board', children: ['LinkedIn', 'Indeed', 'Glassdoor', 'Energy Jobline'] },
  { id: 'ref', label: 'Referral', children: ['Employee Referral', 'Friend or Family'] },
  { id: 'evt', label: 'Event', children: ['Career Fair', 'Conference', 'University Recruiting'] },
  { id: 'web', label: 'Corvane Careers Website', children: [] },
];

function WdListbox({ aid, id, label, required, options, value, onChange }) {
  return (
    <div className="wd-field" data-automation-id={`formField-${id}`}>
      <label className="wd-label" htmlFor={id}>{label}{required ? <abbr title="required">*</abbr> : null}</label>
      <Listbox value={value} onChange={onChange} by="id">
        <ListboxButton id={id} data-automation-id={aid} className="wd-listbox-button">{value ? value.label : 'Select One'}</ListboxButton>
        <ListboxOptions anchor="bottom start" className="wd-popup" data-automation-id="activeListContainer">
          {options.map((o) => <ListboxOption key={o.id} value={o} className="wd-option" data-automation-id="promptOption">{o.label}</ListboxOption>)}
        </ListboxOptions>
      </Listbox>
    </div>
  );
}

function SearchCombo({ aid, id, label, required, options, value, onChange, by, placeholder, minChars = 0 }) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const filtered = q.length < minChars ? [] : options.filter((o) => o.label.toLowerCase().includes(q)).slice(0, 30);
  return (
    <div className="wd-field" data-automation-id={`formField-${id}`}>
      <label className="wd-label" htmlFor={id}>{label}{required ? <abbr title="required">*</abbr> : null}</label>
      <Combobox value={value} onChange={onChange} by={by} onClose={() => setQuery('')}>
        <ComboboxInput id={id} data-automation-id={aid} className="wd-input" placeholder={placeholder ?? 'Search'} displayValue={(v) => v?.label ?? ''} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <ComboboxOptions anchor="bottom start" className="wd-popup">
          {filtered.map((o) => <ComboboxOption key={o[by]} value={o} className="wd-option" data-automation-id="promptOption">{o.label}</ComboboxOption>)}
        </ComboboxOptions>
      </Combobox>
    </div>
  );
}

function SourcePrompt({ value, onChange }) {
  const [open, setOpen] = useState(false);
  const [level, setLevel] = useState(null);
  const ref = useRef(null);
  useEffect(() => {
    const close = (e) => { if (ref.current && !ref.current.contains(e.target)) { setOpen(false); setLevel(null); } };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);
  return (
    <div className="wd-field" data-automation-id="formField-source" ref={ref}>
      <label className="wd-label" htmlFor="source--source">How Did You Hear About Us?<abbr title="required">*</abbr></label>
      <div className="wd-prompt" data-automation-id="multiSelectContainer">
        {value ? <span className="wd-pill" data-automation-id="selectedItem">{value}<button type="button" aria-label="Remove" data-automation-id="DELETE_charm" onClick={() => onChange(null)}>×</button></span> : null}
        <input id="source--source" data-automation-id="searchBox" className="wd-input" placeholder="Search" autoComplete="off" onFocus={() => setOpen(true)} onChange={() => setOpen(true)} />
        <span className="wd-prompt-icon" aria-hidden="true">☰</span>
      </div>
      {open ? (
        <div role="listbox" className="wd-popup wd-prompt-list" data-automation-id="activeListContainer">
          {level ? (
            <>
              <div role="option" aria-selected="false" className="wd-option wd-back" data-automation-id="promptOption" onClick={() => setLevel(null)}>‹ {level.label}</div>
              {level.children.map((c) => <div key={c} role="option" aria-selected={value === c} className="wd-option" data-automation-id="promptOption" data-automation-label={c} onClick={() => { onChange(c); setOpen(false); setLevel(null); }}><input type="radio" readOnly checked={value === c} tabIndex={-1} aria-hidden="true" /> {c}</div>)}
            </>
          ) : SOURCES.map((s) => (
            <div key={s.id} role="option" aria-selected="false" className="wd-option" data-automation-id="promptOption" data-automation-label={s.label}
              onClick={() => (s.children.length ? setLevel(s) : (onChange(s.label), setOpen(false)))}>{s.label}{s.children.length ? <span aria-hidden="true"> ›</span> : null}</div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function DateSections({ id, label, value, onChange }) {
  const pad = (s, n) => (s && /^\d+$/.test(s) ? s.padStart(n, '0') : s);
  const set = (k) => (e) => onChange({ ...value, [k]: e.target.value.replace(/\D/g, '').slice(0, k === 'y' ? 4 : 2) });
  const blur = (k) => () => { if (k !== 'y') onChange({ ...value, [k]: pad(value[k], 2) }); };
  return (
    <div className="wd-field" data-automation-id={`formField-${id}`}>
      <span className="wd-label" id={`${id}-label`}>{label}</span>
      <div className="wd-date" data-automation-id="dateInputWrapper" role="group" aria-labelledby={`${id}-label`}>
        <input id={`${id}-dateSectionMonth-input`} data-automation-id="dateSectionMonth-input" role="spinbutton" aria-label="Month" aria-valuemin="1" aria-valuemax="12" placeholder="MM" value={value.m} onChange={set('m')} onBlur={blur('m')} />
        <span>/</span>
        <input id={`${id}-dateSectionDay-input`} data-automation-id="dateSectionDay-input" role="spinbutton" aria-label="Day" aria-valuemin="1" aria-valuemax="31" placeholder="DD" value={value.d} onChange={set('d')} onBlur={blur('d')} />
        <span>/</span>
        <input id={`${id}-dateSectionYear-input`} data-automation-id="dateSectionYear-input" role="spinbutton" aria-label="Year" aria-valuemin="1900" aria-valuemax="2100" placeholder="YYYY" value={value.y} onChange={set('y')} />
        <button type="button" data-automation-id="dateIcon" aria-label="Calendar">📅</button>
      </div>
    </div>
  );
}

function Upload({ id, title, value, onChange }) {
  return (
    <section className="wd-upload" data-automation-id={`${id}-section`}>
      <h3>{title}</h3>
      <div className="wd-dropzone" data-automation-id="file-upload-drop-zone">
        <p>Drop file here</p><p>or</p>
        <label htmlFor={id} data-automation-id="select-files" className="wd-button" role="button">Select files</label>
        <input id={id} type="file" data-automation-id="file-upload-input-ref" style={{ display: 'none' }} onChange={(e) => onChange(e.target.files[0] ?? null)} />
      </div>
      {value ? <div data-automation-id="file-upload-successful">{value.name} <span>Successfully Uploaded!</span></div> : null}
    </section>
  );
}

const o = (list) => list.map((label, i) => ({ id: `opt_${i}`, label }));

export function renderCorvane(cfg) {
  function App() {
    const [step, setStep] = useState(1);
    const [done, setDone] = useState(false);
    const [f, setF] = useState(() => {
      const init = {
        country: COUNTRY_LIST.find((c) => c.id === 'CAN'), firstName: '', lastName: '', address1: '', city: '', state: null, postal: '',
        email: '', deviceType: null, phoneCode: null, phone: '', extension: '', resume: null, coverLetter: null, linkedin: '',
        location: null, start: { m: '', d: '', y: '' }, salary: '', currency: { id: 'CAD', label: 'CAD' }, period: null, source: null,
        gender: null, ethnicity: null, veteran: null, terms: false, previousWorker: '',
      };
      for (const q of cfg.questions) init[q.id] = null;
      return init;
    });
    const set = (k) => (v) => setF((p) => ({ ...p, [k]: v }));
    const inp = (k) => ({ value: f[k], onChange: (e) => set(k)(e.target.value) });
    const stateOptions = o(STATES[f.country?.id] ?? []);
    const model = {
      ...f,
      country: f.country?.id ?? null, state: f.state?.label ?? null, deviceType: f.deviceType?.label ?? null, phoneCode: f.phoneCode?.id ?? null,
      location: f.location?.placeId ?? null, currency: f.currency?.id ?? null, period: f.period?.label ?? null,
      gender: f.gender?.label ?? null, ethnicity: f.ethnicity?.label ?? null, veteran: f.veteran?.label ?? null,
      start: f.start.y && f.start.m && f.start.d ? `${f.start.y}-${f.start.m.padStart(2, '0')}-${f.start.d.padStart(2, '0')}` : null,
      resume: f.resume?.name ?? null, coverLetter: f.coverLetter?.name ?? null,
    };
    for (const q of cfg.questions) model[q.id] = q.kind === 'location' ? f[q.id]?.placeId ?? null : f[q.id]?.label ?? null;
    const text = JSON.stringify(model, null, 2);
    useEffect(() => { document.getElementById('model').textContent = text; }, [text]);
    const tf = (k, id, label, required, extra = {}) => (
      <div className="wd-field" data-automation-id={`formField-${id}`}>
        <label className="wd-label" htmlFor={id}>{label}{required ? <abbr title="required">*</abbr> : null}</label>
        <input id={id} data-automation-id={id.split('--').pop()} className="wd-input" type="text" {...inp(k)} {...extra} />
      </div>
    );
    if (done) return <main className="wd-main"><h2 id="application-received" data-automation-id="congratulationsPopup">Application Submitted</h2></main>;
    return (
      <>
        <header className="wd-header">
          <span className="wd-logo">CORVANE</span>
          <input id="jobs-search" data-automation-id="keywordSearchInput" type="search" aria-label="Search for jobs or keywords" placeholder="Search for jobs or keywords" />
          <div className="wd-signin" data-automation-id="utilityButtonSignIn">
            <label htmlFor="signin-email">Email Address</label><input id="signin-email" data-automation-id="email" type="email" />
            <label htmlFor="signin-password">Password</label><input id="signin-password" data-automation-id="password" type="password" />
            <button type="button" data-automation-id="signInSubmitButton">Sign In</button>
          </div>
        </header>
        <main className="wd-main">
          <h1 data-automation-id="jobPostingHeader">{cfg.title}</h1>
          <p className="wd-sub">{cfg.location} · {cfg.reqId}</p>
          <ol className="wd-progress" data-automation-id="progressBar">
            {['My Information', 'My Experience', 'Application Questions'].map((s, i) => <li key={s} data-automation-id={i + 1 === step ? 'progressBarActiveStep' : 'progressBarInactiveStep'}>{s}</li>)}
          </ol>
          <form id="applyFlow" data-automation-id="applyFlowPage" onSubmit={(e) => e.preventDefault()} noValidate>
            {step === 1 ? (
              <div data-automation-id="applyFlowMyInfoPage">
                <h2>My Information</h2>
                <div className="wd-field" data-automation-id="formField-previousWorker">
                  <span className="wd-label" id="previousWorker-label">Have you previously been employed by Corvane Energy or one of its affiliates?<abbr title="required">*</abbr></span>
                  <div role="radiogroup" aria-labelledby="previousWorker-label" data-automation-id="previousWorker">
                    {['Yes', 'No'].map((v) => <label key={v}><input type="radio" name="candidateIsPreviousWorker" value={v} id={`previousWorker-${v}`} checked={f.previousWorker === v} onChange={() => set('previousWorker')(v)} /> {v}</label>)}
                  </div>
                </div>
                <WdListbox aid="countryDropdown" id="country--country" label="Country" required options={COUNTRY_LIST.map((c) => ({ id: c.id, label: c.name }))} value={f.country ? { id: f.country.id, label: f.country.name } : null}
                  onChange={(v) => setF((p) => ({ ...p, country: COUNTRY_LIST.find((c) => c.id === v.id), state: null }))} />
                {tf('firstName', 'name--legalName--firstName', 'Given Name(s)', true)}
                {tf('lastName', 'name--legalName--lastName', 'Family Name', true)}
                {tf('address1', 'address--addressLine1', 'Address Line 1', true)}
                {tf('city', 'address--city', 'City', true)}
                <WdListbox aid="addressSection_countryRegion" id="address--countryRegion" label={f.country?.id === 'CAN' ? 'Province or Territory' : 'State'} required options={stateOptions} value={f.state} onChange={set('state')} />
                {tf('postal', 'address--postalCode', 'Postal Code', true)}
                {tf('email', 'email', 'Email Address', true, { type: 'email' })}
                <WdListbox aid="phone-device-type" id="phoneNumber--phoneType" label="Phone Device Type" required options={o(['Mobile', 'Landline', 'Work'])} value={f.deviceType} onChange={set('deviceType')} />
                <SearchCombo aid="countryPhoneCode" id="phoneNumber--countryPhoneCode" label="Country Phone Code" required options={PHONE_CODES} value={f.phoneCode} onChange={set('phoneCode')} by="id" />
                {tf('phone', 'phoneNumber--phoneNumber', 'Phone Number', true, { type: 'tel' })}
                {tf('extension', 'phoneNumber--extension', 'Phone Extension', false)}
              </div>
            ) : null}
            {step === 2 ? (
              <div data-automation-id="applyFlowMyExpPage">
                <h2>My Experience</h2>
                <Upload id="resumeAttachments--attachments" title="Resume/CV" value={f.resume} onChange={set('resume')} />
                <Upload id="coverLetterAttachments--attachments" title="Cover Letter" value={f.coverLetter} onChange={set('coverLetter')} />
                <h3>Websites</h3>
                {tf('linkedin', 'linkedInAccount', 'LinkedIn Profile', false, { placeholder: 'https://www.linkedin.com/in/...' })}
              </div>
            ) : null}
            {step === 3 ? (
              <div data-automation-id="applyFlowPrimaryQuestionnairePage">
                <h2>Application Questions</h2>
                {cfg.questions.map((q) => q.kind === 'location' ? (
                  <SearchCombo key={q.id} aid="locationSearch" id={q.id} label={q.label} required={q.required} options={PLACES} value={f[q.id]} onChange={set(q.id)} by="placeId" placeholder="Start typing a city" minChars={2} />
                ) : (
                  <WdListbox key={q.id} aid={`questionnaire-${q.id}`} id={q.id} label={q.label} required={q.required} options={o(q.options)} value={f[q.id]} onChange={set(q.id)} />
                ))}
                <DateSections id="availableStartDate" label={cfg.dateLabel} value={f.start} onChange={set('start')} />
                {tf('salary', 'desiredSalary', cfg.salaryLabel, false)}
                <WdListbox aid="salaryCurrency" id="desiredSalary--currency" label="Currency" options={[{ id: 'CAD', label: 'CAD' }, { id: 'USD', label: 'USD' }, { id: 'EUR', label: 'EUR' }]} value={f.currency} onChange={set('currency')} />
                <WdListbox aid="salaryFrequency" id="desiredSalary--frequency" label="Frequency" options={o(['Hourly', 'Bi-weekly', 'Monthly', 'Annual'])} value={f.period} onChange={set('period')} />
                <SourcePrompt value={f.source} onChange={set('source')} />
                <h2>Voluntary Disclosures</h2>
                <WdListbox aid="gender" id="personalInfoUS--gender" label="Gender" options={o(['Female', 'Male', 'I do not wish to self-identify'])} value={f.gender} onChange={set('gender')} />
                <WdListbox aid="ethnicityDropdown" id="personalInfoUS--ethnicity" label="Race/Ethnicity" options={o(['American Indian or Alaska Native (United States of America)', 'Asian (United States of America)', 'Black or African American (United States of America)', 'Hispanic or Latino (United States of America)', 'White (United States of America)', 'Two or More Races (United States of America)', 'I do not wish to self-identify'])} value={f.ethnicity} onChange={set('ethnicity')} />
                <WdListbox aid="veteranStatus" id="personalInfoUS--veteranStatus" label="Veteran Status" options={o(['I am not a veteran', 'I identify as one or more of the classifications of protected veteran', 'I do not wish to self-identify'])} value={f.veteran} onChange={set('veteran')} />
                <div className="wd-field" data-automation-id="formField-termsAndConditions">
                  <label><input type="checkbox" id="termsAndConditions--acceptTermsAndAgreements" data-automation-id="agreementCheckbox" checked={f.terms} onChange={(e) => set('terms')(e.target.checked)} /> Yes, I have read and consent to the Terms and Conditions<abbr title="required">*</abbr></label>
                </div>
              </div>
            ) : null}
            <div className="wd-nav" data-automation-id="pageFooter">
              {step > 1 ? <button type="button" data-automation-id="pageFooterBackButton" onClick={() => setStep(step - 1)}>Back</button> : null}
              {step < 3
                ? <button type="button" id="wd-next" data-automation-id="pageFooterNextButton" onClick={() => setStep(step + 1)}>Save and Continue</button>
                : <button type="button" id="wd-submit" data-automation-id="pageFooterNextButton" onClick={() => setDone(true)}>Submit</button>}
            </div>
          </form>
        </main>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
