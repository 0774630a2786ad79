/**
 * A Workday-style candidate application written by hand in React, as Workday's own UI renders it:
 * two steps ("My Information", "Application Questions") behind "Save and Continue", every field in a
 * `data-automation-id="formField-…"` wrapper with a generated `input-N` id, button listboxes
 * ("Select One", a `ul role=listbox` rendered at the end of <body>), prompt search boxes ("Search",
 * results as `promptOption` entries once you type, the choice shown as a pill and the box emptied),
 * Country Phone Code as a prompt, a Phone Device Type listbox, school as a prompt, yes/no
 * questions as button listboxes, a file drop zone, and Voluntary Disclosures. State in <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';

let counter = 0;
const nextId = () => `input-${(counter += 1)}`;
function useGeneratedId() {
  const ref = useRef(null);
  if (ref.current === null) ref.current = nextId();
  return ref.current;
}

function useOutside(open, close, refs) {
  useEffect(() => {
    if (!open) return undefined;
    const onDown = (event) => {
      if (refs.some((ref) => ref.current && ref.current.contains(event.target))) return;
      close();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
}

function Popup({ anchor, children, automationId }) {
  const [box, setBox] = useState(null);
  useEffect(() => {
    const rect = anchor.current.getBoundingClientRect();
    setBox({ top: rect.bottom + window.scrollY + 2, left: rect.left + window.scrollX, width: rect.width });
  }, []);
  if (!box) return null;
  return createPortal(
    <div className="wd-popup" data-automation-id={automationId} style={{ top: box.top, left: box.left, minWidth: box.width }}>{children}</div>,
    document.body,
  );
}

function FormField({ name, label, required, htmlFor, labelId, children }) {
  return (
    <div className="wd-field" data-automation-id={`formField-${name}`}>
      <label htmlFor={htmlFor} id={labelId} className="wd-label">{label}{required ? <abbr title="required" className="wd-req">*</abbr> : null}</label>
      <div className="wd-control">{children}</div>
    </div>
  );
}

function TextInput({ name, label, required, value, onChange, type = 'text', automationId }) {
  const id = useGeneratedId();
  return (
    <FormField name={name} label={label} required={required} htmlFor={id}>
      <input id={id} type={type} className="wd-input" data-automation-id={automationId || name} value={value} onChange={(event) => onChange(event.target.value)} aria-required={required ? 'true' : undefined} />
    </FormField>
  );
}

function ButtonListbox({ name, label, required, value, onChange, options }) {
  const id = useGeneratedId();
  const [open, setOpen] = useState(false);
  const button = useRef(null);
  const list = useRef(null);
  useOutside(open, () => setOpen(false), [button, list]);
  return (
    <FormField name={name} label={label} required={required} htmlFor={id}>
      <button ref={button} type="button" id={id} className="wd-listbox-button" aria-haspopup="listbox" aria-expanded={open ? 'true' : 'false'}
        aria-label={`${label} ${value || 'Select One'}${required ? ' Required' : ''}`} value={value} onClick={() => setOpen(!open)}>
        {value || 'Select One'}<span className="wd-chevron" aria-hidden="true" />
      </button>
      {open ? (
        <Popup anchor={button} automationId="activeListContainer">
          <ul ref={list} role="listbox" aria-label={label} className="wd-listbox">
            <li role="option" aria-selected={value === ''} data-value="" onClick={() => { onChange(''); setOpen(false); }}><div>Select One</div></li>
            {options.map((option) => (
              <li key={option} role="option" aria-selected={value === option} data-value={option} className="wd-option" onClick={() => { onChange(option); setOpen(false); }}>
                <div>{option}</div>
              </li>
            ))}
          </ul>
        </Popup>
      ) : null}
    </FormField>
  );
}

function PromptSearch({ name, label, required, value, onChange, options, multiple = false }) {
  const id = useGeneratedId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState(null);
  const box = useRef(null);
  const list = useRef(null);
  const timer = useRef(null);
  useOutside(results !== null, () => setResults(null), [box, list]);
  const search = (text) => {
    clearTimeout(timer.current);
    if (text.trim().length === 0) { setResults(null); return; }
    timer.current = setTimeout(() => {
      const words = text.toLowerCase().split(/[\s,.()-]+/).filter(Boolean);
      setResults(options.filter((option) => words.every((word) => option.toLowerCase().includes(word))));
    }, 250);
  };
  const choose = (option) => {
    onChange(multiple ? [...value.filter((v) => v !== option), option] : [option]);
    setQuery('');
    setResults(null);
  };
  return (
    <FormField name={name} label={label} required={required} htmlFor={id}>
      <div ref={box} className="wd-prompt" data-automation-id="multiSelectContainer">
        <ul className="wd-pills" data-automation-id="selectedItemList">
          {value.map((item) => (
            <li key={item} className="wd-pill" data-automation-id="selectedItem">
              <span>{item}</span>
              <button type="button" className="wd-pill-x" aria-label={`Remove ${item}`} data-automation-id="DELETE_charm" onClick={() => onChange(value.filter((v) => v !== item))} />
            </li>
          ))}
        </ul>
        <input id={id} className="wd-prompt-input" data-uxi-widget-type="selectinput" placeholder="Search" autoComplete="off" value={query}
          onChange={(event) => { setQuery(event.target.value); search(event.target.value); }}
          onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); search(query); } }} />
        <span className="wd-prompt-icon" data-automation-id="promptIcon" aria-hidden="true" />
      </div>
      {results !== null ? (
        <Popup anchor={box} automationId="activeListContainer">
          <div ref={list} role="listbox" aria-label={`${label} results`} className="wd-listbox">
            {results.length === 0 ? <div className="wd-noresults">No Items.</div> : results.map((option) => (
              <div key={option} role="option" aria-selected={value.includes(option)} data-automation-id="promptOption" className="wd-option" onClick={() => choose(option)}>
                <span className="wd-radio" aria-hidden="true" />{option}
              </div>
            ))}
          </div>
        </Popup>
      ) : null}
    </FormField>
  );
}

function RadioQuestion({ name, label, value, onChange, options = ['Yes', 'No'], required }) {
  const labelId = useGeneratedId();
  return (
    <fieldset className="wd-field wd-fieldset" data-automation-id={`formField-${name}`}>
      <legend id={labelId} className="wd-label">{label}{required ? <abbr title="required" className="wd-req">*</abbr> : null}</legend>
      {options.map((option) => {
        const id = `${labelId}-${option}`;
        return (
          <span key={option} className="wd-radio-row">
            <input type="radio" id={id} name={`${labelId}-radio`} value={option.toLowerCase()} checked={value === option} onChange={() => onChange(option)} />
            <label htmlFor={id}>{option}</label>
          </span>
        );
      })}
    </fieldset>
  );
}

function Checkbox({ name, label, checked, onChange }) {
  const id = useGeneratedId();
  return (
    <div className="wd-field wd-check" data-automation-id={`formField-${name}`}>
      <input type="checkbox" id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function Application({ job }) {
  const [step, setStep] = useState(1);
  const [done, setDone] = useState(false);
  const [m, setM] = useState(() => ({
    source: [], previousWorker: '', country: job.defaultCountry, firstName: '', middleName: '', lastName: '', preferredName: false,
    addressLine1: '', city: '', state: '', postalCode: '', email: '', phoneDeviceType: '', countryPhoneCode: [], phoneNumber: '',
    resume: '', school: [], degree: '', fieldOfStudy: [], linkedin: '',
    questions: Object.fromEntries(job.questions.map((q) => [q.name, q.type === 'prompt' ? [] : ''])),
    gender: '', ethnicity: '', veteran: '', terms: false,
  }));
  const set = (key) => (value) => setM((old) => ({ ...old, [key]: value }));
  const setQ = (key) => (value) => setM((old) => ({ ...old, questions: { ...old.questions, [key]: value } }));
  if (done) return <div id="done" className="wd-done">Application Submitted. You can check its status under My Applications.</div>;
  return (
    <div className="wd-app">
      <h2 className="wd-job">{job.title}</h2>
      <ol className="wd-progress" data-automation-id="progressBar">
        <li className={step === 1 ? 'active' : ''}>My Information</li>
        <li className={step === 2 ? 'active' : ''}>Application Questions</li>
        <li>Review</li>
      </ol>
      <form onSubmit={(event) => { event.preventDefault(); if (step === 2) setDone(true); }} noValidate>
        <div hidden={step !== 1} data-automation-id="applyFlowMyInfoPage">
          <h3>My Information</h3>
          <PromptSearch name="source" label="How Did You Hear About Us?" required value={m.source} onChange={set('source')} options={job.sources} />
          <RadioQuestion name="candidateIsPreviousWorker" label={`Have you previously been employed by ${job.company}?`} value={m.previousWorker} onChange={set('previousWorker')} required />
          <ButtonListbox name="country--country" label="Country" required value={m.country} onChange={set('country')} options={job.countries} />
          <h4>Legal Name</h4>
          <TextInput name="legalName--firstName" label="First Name" required value={m.firstName} onChange={set('firstName')} />
          <TextInput name="legalName--middleName" label="Middle Name" value={m.middleName} onChange={set('middleName')} />
          <TextInput name="legalName--lastName" label="Last Name" required value={m.lastName} onChange={set('lastName')} />
          <Checkbox name="preferredCheck" label="I have a preferred name" checked={m.preferredName} onChange={set('preferredName')} />
          <h4>Address</h4>
          <TextInput name="addressSection_addressLine1" label="Address Line 1" required value={m.addressLine1} onChange={set('addressLine1')} />
          <TextInput name="addressSection_city" label="City" required value={m.city} onChange={set('city')} />
          <ButtonListbox name="addressSection_countryRegion" label="State" required value={m.state} onChange={set('state')} options={job.states} />
          <TextInput name="addressSection_postalCode" label="Postal Code" required value={m.postalCode} onChange={set('postalCode')} />
          <h4>Email Address</h4>
          <TextInput name="email" label="Email Address" required type="email" value={m.email} onChange={set('email')} />
          <h4>Phone</h4>
          <ButtonListbox name="phoneNumber--phoneType" label="Phone Device Type" required value={m.phoneDeviceType} onChange={set('phoneDeviceType')} options={['Landline', 'Mobile', 'Other']} />
          <PromptSearch name="phoneNumber--countryPhoneCode" label="Country Phone Code" required value={m.countryPhoneCode} onChange={set('countryPhoneCode')} options={job.phoneCodes} />
          <TextInput name="phoneNumber--phoneNumber" label="Phone Number" required type="tel" value={m.phoneNumber} onChange={set('phoneNumber')} />
          <h3>My Experience</h3>
          <div className="wd-field" data-automation-id="formField-resume">
            <span className="wd-label" id="resume-label">Resume/CV</span>
            <div className="wd-drop" data-automation-id="file-upload-drop-zone">
              <p>Drop file here</p><p>or</p>
              <label className="wd-select-files" data-automation-id="select-files">Select file
                <input type="file" id="wd-resume" data-automation-id="file-upload-input-ref" className="wd-file" aria-labelledby="resume-label"
                  onChange={(event) => set('resume')(event.target.files[0] ? event.target.files[0].name : '')} />
              </label>
              {m.resume ? <div data-automation-id="file-upload-item" className="wd-uploaded">{m.resume} — Successfully Uploaded!</div> : null}
            </div>
          </div>
          <h4>Education 1</h4>
          <PromptSearch name="education-1--school" label="School or University" value={m.school} onChange={set('school')} options={job.schools} />
          <ButtonListbox name="education-1--degree" label="Degree" value={m.degree} onChange={set('degree')} options={job.degrees} />
          <PromptSearch name="education-1--fieldOfStudy" label="Field of Study" value={m.fieldOfStudy} onChange={set('fieldOfStudy')} options={job.fields} multiple />
          <h4>Social Network URLs</h4>
          <TextInput name="socialNetworkAccounts--linkedInAccount" label="LinkedIn" value={m.linkedin} onChange={set('linkedin')} />
        </div>
        <div hidden={step !== 2} data-automation-id="applyFlowPrimaryQuestionsPage">
          <h3>Application Questions</h3>
          {job.questions.map((q) => {
            const common = { key: q.name, name: `primaryQuestionnaire--${q.name}`, label: q.label, required: q.required, value: m.questions[q.name], onChange: setQ(q.name) };
            if (q.type === 'listbox') return <ButtonListbox {...common} options={q.options} />;
            if (q.type === 'prompt') return <PromptSearch {...common} options={q.options} />;
            if (q.type === 'radio') return <RadioQuestion {...common} options={q.options} />;
            return <TextInput {...common} />;
          })}
          <h3>Voluntary Disclosures</h3>
          <ButtonListbox name="personalInfoUS--gender" label="Gender" value={m.gender} onChange={set('gender')} options={['Female', 'Male', 'Not Declared']} />
          <ButtonListbox name="personalInfoUS--ethnicity" label="Ethnicity" value={m.ethnicity} onChange={set('ethnicity')} options={['Asian (United States of America)', 'Black or African American (United States of America)', 'Hispanic or Latino (United States of America)', 'White (United States of America)', 'Two or More Races (United States of America)', 'I do not wish to answer. (United States of America)']} />
          <ButtonListbox name="personalInfoUS--veteranStatus" label="Veteran Status" value={m.veteran} onChange={set('veteran')} options={['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', 'I do not wish to self-identify']} />
          <Checkbox name="agreementCheckbox" label="Yes, I have read and consent to the terms and conditions" checked={m.terms} onChange={set('terms')} />
        </div>
        <div className="wd-nav" data-automation-id="pageFooter">
          {step === 2 ? <button type="button" data-automation-id="pageFooterBackButton" onClick={() => setStep(1)}>Back</button> : null}
          {step === 1
            ? <button key="next" type="button" id="wd-next" data-automation-id="pageFooterNextButton" onClick={() => { setStep(2); window.scrollTo(0, 0); }}>Save and Continue</button>
            : <button key="submit" type="submit" id="wd-submit" data-automation-id="pageFooterNextButton">Submit</button>}
        </div>
      </form>
      <pre id="model">{JSON.stringify(m)}</pre>
    </div>
  );
}

function Page({ job }) {
  return (
    <>
      <header className="wd-header" data-automation-id="header">
        <span className="wd-brand">{job.company}</span>
        <div className="wd-header-right">
          <button type="button" data-automation-id="utilityButtonSignIn">Sign In</button>
        </div>
      </header>
      <main className="wd-main"><Application job={job} /></main>
    </>
  );
}

export function renderApplication(job) {
  createRoot(document.getElementById('root')).render(<Page job={job} />);
}
