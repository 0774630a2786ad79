/**
 * Cedar Hollow Health (a Minnesota hospital system) on a Workday-style candidate site, template
 * shared by its postings. Written by hand in React the way Workday renders the apply flow: fields in
 * `formField-*` wrappers with `input-N` ids, button + listbox dropdowns ("Select One", the list in a
 * popup at the end of <body>, letter type-ahead), "prompt" search boxes (type, matching prompts
 * appear under the box after a moment, the pick becomes a pill and the box empties) for "How Did You
 * Hear About Us?", Country Phone Code and School, phone device type + country code + number +
 * extension, address with a State listbox, Degree listbox, an "Available from" month + year pair,
 * yes/no listboxes for the questions, voluntary disclosures, terms. Header "Search for Jobs" and
 * "Sign In". React state goes into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';

const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States Minor Outlying Islands', 'United States of America', 'Virgin Islands, U.S.'];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const PHONE_CODES = ['Canada (+1)', 'Mexico (+52)', 'United Kingdom (+44)', 'United States Minor Outlying Islands (+1)', 'United States of America (+1)', 'Virgin Islands, U.S. (+1)', 'India (+91)', 'Philippines (+63)', 'Germany (+49)', 'Denmark (+45)'];
const SOURCES = ['Cedar Hollow Careers Website', 'Indeed', 'LinkedIn', 'Glassdoor', 'Handshake', 'Employee Referral', 'Job Fair', 'Minnesota Hospital Association', 'Radio Advertisement', 'Social Media - Facebook', 'Social Media - Instagram'];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of California, San Diego', 'University of Minnesota - Twin Cities', 'University of Minnesota - Duluth', 'University of St. Thomas', 'Berkeley City College', 'California State University, East Bay', 'Stanford University', 'Other'];
const DEGREES = ['High School Diploma/GED', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Doctorate', 'Licensed Practical Nurse Diploma', 'Certificate'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const YEARS = ['2026', '2027', '2028'];
const YES_NO = ['Yes', 'No'];
const DEVICE = ['Home', 'Mobile', 'Work'];

let popupHost;
function popupRoot() {
  if (!popupHost) {
    popupHost = document.createElement('div');
    popupHost.setAttribute('data-automation-widget', 'wd-popup-root');
    document.body.appendChild(popupHost);
  }
  return popupHost;
}

/** Workday button + listbox dropdown. */
function ButtonListbox({ id, label, required, options, value, onChange, automationId }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const btn = useRef(null);
  const [pos, setPos] = useState({ left: 0, top: 0, width: 300 });
  const typed = useRef({ text: '', at: 0 });
  useEffect(() => {
    if (!open) return undefined;
    const r = btn.current.getBoundingClientRect();
    setPos({ left: r.left + window.scrollX, top: r.bottom + window.scrollY, width: r.width });
    const close = (e) => { if (!e.target.closest?.('[data-automation-widget=wd-popup]') && e.target !== btn.current) setOpen(false); };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const pick = (o) => { onChange(o); setOpen(false); btn.current?.focus(); };
  const onKey = (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); if (!open) setOpen(true); else setActive((a) => Math.min(a + 1, options.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
    else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (open) pick(options[active]); else setOpen(true); }
    else if (e.key === 'Escape') setOpen(false);
    else if (e.key.length === 1) {
      const now = Date.now();
      typed.current = { text: (now - typed.current.at < 800 ? typed.current.text : '') + e.key.toLowerCase(), at: now };
      const i = options.findIndex((o) => o.toLowerCase().startsWith(typed.current.text));
      if (i >= 0) { setActive(i); if (!open) onChange(options[i]); }
    }
  };
  return (
    <div data-automation-id={`formField-${automationId}`} className="wd-field">
      <label htmlFor={id} id={`label-${id}`}>{label}{required && <abbr title="required">*</abbr>}</label>
      <button type="button" id={id} ref={btn} className="wd-dropdown" aria-haspopup="listbox" aria-expanded={open}
        aria-label={`${label} ${value || 'Select One'}${required ? ' Required' : ''}`} data-automation-id={automationId} value={value}
        onClick={() => setOpen((o) => !o)} onKeyDown={onKey}>{value || 'Select One'}</button>
      {open && createPortal(
        <div data-automation-widget="wd-popup" className="wd-popup" style={{ left: pos.left, top: pos.top, minWidth: pos.width }}>
          <ul role="listbox" aria-labelledby={`label-${id}`} tabIndex={-1}>
            {options.map((o, i) => (
              <li key={o} role="option" aria-selected={o === value} data-automation-id="promptOption" className={i === active ? 'active' : ''}
                onMouseDown={(e) => e.preventDefault()} onClick={() => pick(o)}><div>{o}</div></li>
            ))}
          </ul>
        </div>, popupRoot())}
    </div>
  );
}

/** Workday "prompt": a search box whose matches appear under it; the pick becomes a pill. */
function Prompt({ id, label, required, options, value, onChange, automationId, multi }) {
  const [text, setText] = useState('');
  const [shown, setShown] = useState(null);
  const timer = useRef(0);
  const search = (q) => {
    clearTimeout(timer.current);
    if (!q.trim()) { setShown(null); return; }
    timer.current = setTimeout(() => setShown(options.filter((o) => o.toLowerCase().includes(q.trim().toLowerCase()))), 300);
  };
  const picked = multi ? value : value ? [value] : [];
  const pick = (o) => {
    onChange(multi ? (value.includes(o) ? value : [...value, o]) : o);
    setText(''); setShown(null);
  };
  const remove = (o) => onChange(multi ? value.filter((v) => v !== o) : '');
  return (
    <div data-automation-id={`formField-${automationId}`} className="wd-field">
      <label htmlFor={id} id={`label-${id}`}>{label}{required && <abbr title="required">*</abbr>}</label>
      <div data-automation-id="multiselectInputContainer" className="wd-prompt" id={`${id}-container`}>
        <ul data-automation-id="selectedItemList" className="pills">
          {picked.map((o) => (
            <li key={o} data-automation-id="selectedItem" className="pill"><span>{o}</span>
              <button type="button" aria-label={`Delete ${o}`} data-automation-id="DELETE_charm" onClick={() => remove(o)} /></li>
          ))}
        </ul>
        <input id={id} type="text" data-automation-id="searchBox" placeholder="Search" autoComplete="off" role="combobox"
          aria-expanded={!!shown} aria-controls={`${id}-prompts`} aria-labelledby={`label-${id}`} value={text}
          onChange={(e) => { setText(e.target.value); search(e.target.value); }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') { e.preventDefault(); clearTimeout(timer.current); setShown(options.filter((o) => o.toLowerCase().includes(text.trim().toLowerCase()))); }
          }} />
        <span className="wd-prompt-icon" aria-hidden="true" />
      </div>
      {shown && (
        <div className="wd-prompt-results" id={`${id}-prompts`} role="listbox" aria-labelledby={`label-${id}`}>
          {shown.length === 0 && <div className="none">No Items.</div>}
          {shown.map((o) => (
            <div key={o} role="option" aria-selected={picked.includes(o)} data-automation-id="promptOption" data-automation-label={o} tabIndex={-1}
              onMouseDown={(e) => e.preventDefault()} onClick={() => pick(o)}>
              <input type={multi ? 'checkbox' : 'radio'} tabIndex={-1} readOnly checked={picked.includes(o)} aria-hidden="true" />{o}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function TextInput({ id, label, required, value, onChange, automationId, type = 'text' }) {
  return (
    <div data-automation-id={`formField-${automationId}`} className="wd-field">
      <label htmlFor={id}>{label}{required && <abbr title="required">*</abbr>}</label>
      <input id={id} type={type} data-automation-id={automationId} aria-required={required ? 'true' : undefined} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function Application({ posting }) {
  const init = {
    source: [], country: '', firstName: '', lastName: '', addressLine1: '', city: '', state: '', postalCode: '',
    email: '', phoneDeviceType: '', phoneCountryCode: '', phoneNumber: '', phoneExtension: '',
    school: '', degree: '', fieldOfStudy: '', linkedin: '', resume: '',
    availableMonth: '', availableYear: '', authorized: '', sponsorship: '',
    gender: '', ethnicity: '', veteran: '', terms: false,
  };
  for (const q of posting.questions) init[q.key] = '';
  const [v, setV] = useState(init);
  const [done, setDone] = useState(false);
  const set = (k) => (x) => setV((s) => ({ ...s, [k]: x }));
  let n = 0;
  const nid = () => `input-${++n}`;
  if (done) return <div data-automation-id="applicationSubmitted" id="wd-done"><h2>Application Submitted</h2><p>Thank you for applying to {posting.title}.</p></div>;
  return (
    <form id="wd-apply" data-automation-id="applyFlowPage" noValidate onSubmit={(e) => { e.preventDefault(); setDone(true); }}>
      <h2 data-automation-id="pageHeader">My Information</h2>
      <Prompt id={nid()} label="How Did You Hear About Us?" required automationId="source" options={SOURCES} value={v.source} onChange={set('source')} multi />
      <ButtonListbox id={nid()} label="Country" required automationId="countryDropdown" options={COUNTRIES} value={v.country} onChange={set('country')} />
      <fieldset data-automation-id="legalNameSection"><legend>Legal Name</legend>
        <TextInput id={nid()} label="First Name" required automationId="legalNameSection_firstName" value={v.firstName} onChange={set('firstName')} />
        <TextInput id={nid()} label="Last Name" required automationId="legalNameSection_lastName" value={v.lastName} onChange={set('lastName')} />
      </fieldset>
      <fieldset data-automation-id="addressSection"><legend>Address</legend>
        <TextInput id={nid()} label="Address Line 1" required automationId="addressSection_addressLine1" value={v.addressLine1} onChange={set('addressLine1')} />
        <TextInput id={nid()} label="City" required automationId="addressSection_city" value={v.city} onChange={set('city')} />
        <ButtonListbox id={nid()} label="State" required automationId="addressSection_countryRegion" options={STATES} value={v.state} onChange={set('state')} />
        <TextInput id={nid()} label="Postal Code" required automationId="addressSection_postalCode" value={v.postalCode} onChange={set('postalCode')} />
      </fieldset>
      <TextInput id={nid()} label="Email Address" required automationId="email" type="email" value={v.email} onChange={set('email')} />
      <fieldset data-automation-id="phoneSection"><legend>Phone</legend>
        <ButtonListbox id={nid()} label="Phone Device Type" required automationId="phone-device-type" options={DEVICE} value={v.phoneDeviceType} onChange={set('phoneDeviceType')} />
        <Prompt id={nid()} label="Country Phone Code" required automationId="countryPhoneCode" options={PHONE_CODES} value={v.phoneCountryCode} onChange={set('phoneCountryCode')} />
        <TextInput id={nid()} label="Phone Number" required automationId="phone-number" type="tel" value={v.phoneNumber} onChange={set('phoneNumber')} />
        <TextInput id={nid()} label="Phone Extension" automationId="phone-extension" value={v.phoneExtension} onChange={set('phoneExtension')} />
      </fieldset>

      <h2 data-automation-id="pageHeader">My Experience</h2>
      <fieldset data-automation-id="educationSection"><legend>Education 1</legend>
        <Prompt id={nid()} label="School or University" required automationId="school" options={SCHOOLS} value={v.school} onChange={set('school')} />
        <ButtonListbox id={nid()} label="Degree" required automationId="degree" options={DEGREES} value={v.degree} onChange={set('degree')} />
        <TextInput id={nid()} label="Field of Study" automationId="fieldOfStudy" value={v.fieldOfStudy} onChange={set('fieldOfStudy')} />
      </fieldset>
      <TextInput id={nid()} label="LinkedIn" automationId="linkedinQuestion" type="url" value={v.linkedin} onChange={set('linkedin')} />
      <div data-automation-id="formField-resume" className="wd-field">
        <label htmlFor="wd-resume">Resume/CV<abbr title="required">*</abbr></label>
        <div data-automation-id="file-upload-drop-zone" className="wd-drop">Drop file here or
          <label className="wd-select-files" data-automation-id="select-files">Select files
            <input id="wd-resume" type="file" data-automation-id="file-upload-input-ref" style={{ display: 'none' }} onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
          </label>
        </div>
        {v.resume && <div data-automation-id="file-upload-successful">{v.resume} Successfully Uploaded!</div>}
      </div>

      <h2 data-automation-id="pageHeader">Application Questions</h2>
      <div data-automation-id="primaryQuestionnaire">
        <div className="wd-pair" data-automation-id="formField-availability">
          <p id="wd-avail-q">When are you available to start?<abbr title="required">*</abbr></p>
          <ButtonListbox id={nid()} label="Month" automationId="availableMonth" options={MONTHS} value={v.availableMonth} onChange={set('availableMonth')} />
          <ButtonListbox id={nid()} label="Year" automationId="availableYear" options={YEARS} value={v.availableYear} onChange={set('availableYear')} />
        </div>
        <ButtonListbox id={nid()} label="Are you legally authorized to work in the United States?" required automationId="q_authorized" options={YES_NO} value={v.authorized} onChange={set('authorized')} />
        <ButtonListbox id={nid()} label="Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)?" required automationId="q_sponsorship" options={YES_NO} value={v.sponsorship} onChange={set('sponsorship')} />
        {posting.questions.map((q) => (
          <ButtonListbox key={q.key} id={nid()} label={q.label} required automationId={q.key} options={q.options} value={v[q.key]} onChange={set(q.key)} />
        ))}
      </div>

      <h2 data-automation-id="pageHeader">Voluntary Disclosures</h2>
      <ButtonListbox id={nid()} label="Gender" automationId="gender" options={['Female', 'Male', 'I do not wish to self-identify']} value={v.gender} onChange={set('gender')} />
      <ButtonListbox id={nid()} label="Ethnicity" automationId="ethnicityDropdown" options={['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'Two or More Races', 'White', 'I do not wish to self-identify']} value={v.ethnicity} onChange={set('ethnicity')} />
      <ButtonListbox id={nid()} label="Veteran Status" automationId="veteranStatus" options={['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', 'I do not wish to self-identify']} value={v.veteran} onChange={set('veteran')} />
      <div data-automation-id="formField-agreementCheckbox" className="wd-field wd-check">
        <input id="wd-terms" type="checkbox" data-automation-id="agreementCheckbox" checked={v.terms} onChange={(e) => set('terms')(e.target.checked)} />
        <label htmlFor="wd-terms">Yes, I have read and consent to the Terms and Conditions</label>
      </div>
      <div className="wd-actions"><button type="submit" id="wd-submit" data-automation-id="bottom-navigation-next-button">Submit</button></div>
      <pre id="model">{JSON.stringify(v, null, 2)}</pre>
    </form>
  );
}

export function mount(posting) {
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
