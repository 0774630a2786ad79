/*
 * Marisburg Insurance Group (Hartford, CT) on a Workday-style candidate experience, written in
 * React: three steps rendered in place behind "Save and Continue" (My Information, My Experience,
 * Application Questions), `data-automation-id` attributes, generated `input-N` ids, button +
 * listbox dropdowns ("Select One"), and **prompts** (`multiselectInputContainer` with a "Search"
 * box, chosen values as `selectedItem` pills) whose popup lists **categories first** and the values
 * only after a drill-down (a › row opens a level with a Back button and a header); typing searches
 * the values of every category. Prompts: How Did You Hear About Us? (Job Boards / Social Media /
 * Referral / …), Country Phone Code grouped by region, School grouped by country, Field of Study
 * grouped by discipline, and the posting's own questions (button listboxes with
 * `primaryQuestionnaire--<guid>` ids, textareas, multi-select prompts). Shared by the postings
 * (`renderApplication(posting)`); the state goes to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';

const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];
const officialName = (c) => (c.cca2 === 'US' ? 'United States of America' : c.cca2 === 'GB' ? 'United Kingdom' : c.name.common);
const PHONE_CODES = REGIONS.map((region) => ({
  label: region,
  children: countries
    .filter((c) => c.region === region && c.idd.root)
    .map((c) => `${officialName(c)} (${c.idd.root}${c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : ''})`)
    .sort((a, b) => a.localeCompare(b)),
}));
const HEARD = [
  { label: 'Job Boards', children: ['Indeed', 'LinkedIn Jobs', 'Glassdoor', 'Dice', 'ZipRecruiter'] },
  { label: 'Social Media', children: ['LinkedIn', 'Facebook', 'Instagram', 'X (Twitter)'] },
  { label: 'Referral', children: ['Employee Referral', 'Friend or Family', 'Recruiter Contacted Me'] },
  { label: 'Marisburg Career Site', children: ['Marisburg Career Site'] },
  { label: 'Events', children: ['Career Fair', 'Conference', 'University Event'] },
];
const SCHOOLS = [
  { label: 'United States of America', children: ['Berkeley City College', 'Central Connecticut State University', 'Stanford University', 'Trinity College', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of Connecticut', 'University of Hartford', 'Yale University'] },
  { label: 'Canada', children: ['McGill University', 'University of British Columbia', 'University of Toronto'] },
  { label: 'India', children: ['Indian Institute of Technology Bombay', 'University of Delhi'] },
  { label: 'United Kingdom', children: ['Imperial College London', 'University of Edinburgh'] },
];
const STUDY = [
  { label: 'Business', children: ['Accounting', 'Actuarial Science', 'Finance', 'Management'] },
  { label: 'Engineering and Computing', children: ['Computer Engineering', 'Computer Science', 'Information Systems', 'Software Engineering'] },
  { label: 'Mathematics and Statistics', children: ['Applied Mathematics', 'Data Science', 'Mathematics', 'Statistics'] },
  { label: 'Social Sciences', children: ['Economics', 'Psychology', 'Sociology'] },
];
const COUNTRY_LIST = ['Canada', 'India', 'Mexico', 'United Kingdom', 'United States of America', 'United States Minor Outlying Islands'];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const DEGREES = ['High School Diploma / GED', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'MBA', 'Doctorate', 'Other'];

function useOutside(ref, onOutside) {
  useEffect(() => {
    const handler = (e) => { if (ref.current && !ref.current.contains(e.target)) onOutside(); };
    document.addEventListener('mousedown', handler);
    return () => document.removeEventListener('mousedown', handler);
  });
}

function ButtonListbox({ id, automation, label, required, options, value, onChange }) {
  const [open, setOpen] = useState(false);
  const ref = useRef(null);
  useOutside(ref, () => setOpen(false));
  return (
    <div className="wd-field" data-automation-id={`formField-${automation}`} ref={ref}>
      <label htmlFor={id} id={`${id}-label`}>{label}{required && <abbr title="required">*</abbr>}</label>
      <button type="button" className="wd-lb" id={id} data-automation-id={automation} aria-haspopup="listbox" aria-expanded={open} aria-labelledby={`${id}-label ${id}`} value={value} onClick={() => setOpen(!open)}>
        {value || 'Select One'}
      </button>
      {open && (
        <ul className="wd-pop" role="listbox" aria-labelledby={`${id}-label`}>
          {['Select One', ...options].map((o) => (
            <li key={o} role="option" aria-selected={o === value} data-automation-id="promptOption" onClick={() => { onChange(o === 'Select One' ? '' : o); setOpen(false); }}><div>{o}</div></li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Prompt({ id, automation, label, required, tree, value, onChange, multi = false }) {
  const [open, setOpen] = useState(false);
  const [level, setLevel] = useState(null);
  const [query, setQuery] = useState('');
  const ref = useRef(null);
  useOutside(ref, () => { setOpen(false); setLevel(null); setQuery(''); });
  const leaves = tree.flatMap((c) => c.children);
  const choose = (leaf) => {
    if (multi) onChange(value.includes(leaf) ? value.filter((v) => v !== leaf) : [...value, leaf]);
    else { onChange([leaf]); setOpen(false); setLevel(null); }
    setQuery('');
  };
  let rows;
  if (query.trim()) {
    const q = query.trim().toLowerCase();
    const hits = leaves.filter((l) => l.toLowerCase().includes(q));
    rows = hits.length ? hits.map((l) => ({ leaf: l })) : [{ empty: 'No Items.' }];
  } else if (level === null) {
    rows = tree.map((c) => ({ category: c.label }));
  } else {
    rows = tree.find((c) => c.label === level).children.map((l) => ({ leaf: l }));
  }
  return (
    <div className="wd-field" data-automation-id={`formField-${automation}`} ref={ref}>
      <label htmlFor={id} id={`${id}-label`}>{label}{required && <abbr title="required">*</abbr>}</label>
      <div className="wd-prompt" data-automation-id="multiselectInputContainer" data-uxi-widget-type="multiselect" id={`${id}-container`}>
        <ul data-automation-id="selectedItemList" role="listbox" aria-label="items selected" aria-orientation="horizontal">
          {value.map((v) => (
            <li key={v} role="option" aria-selected="true" data-automation-id="menuItem">
              <div className="wd-pill" data-automation-id="selectedItem" title={v}>
                <p data-automation-id="promptOption">{v}</p>
                <span className="wd-charm" role="button" aria-label="press delete to clear value" data-automation-id="DELETE_charm" onClick={() => onChange(value.filter((x) => x !== v))} />
              </div>
            </li>
          ))}
        </ul>
        <input id={id} data-automation-id="searchBox" placeholder="Search" autoComplete="off" role="combobox" aria-expanded={open} aria-haspopup="listbox" aria-labelledby={`${id}-label`}
          value={query} onFocus={() => setOpen(true)} onClick={() => setOpen(true)} onChange={(e) => { setQuery(e.target.value); setOpen(true); }} />
        <span className="wd-prompt-icon" data-automation-id="promptIcon" aria-hidden="true" />
      </div>
      {open && (
        <div className="wd-pop" data-automation-id="activeListContainer" role="listbox" aria-labelledby={`${id}-label`} aria-multiselectable={multi}>
          {level !== null && !query.trim() && (
            <div className="wd-head" data-automation-id="promptHeader">
              <button type="button" data-automation-id="promptBackButton" aria-label="Back" onClick={() => setLevel(null)}>‹</button>
              <span>{level}</span>
            </div>
          )}
          {rows.map((r) =>
            r.empty ? <div key="empty" data-automation-id="promptEmpty" style={{ padding: '8px 12px', color: '#777' }}>{r.empty}</div>
            : r.category ? (
              <div key={`c-${r.category}`} role="option" aria-selected="false" className="wd-chev" data-automation-id="promptOption" data-uxi-multiselectlistitem-type="aggregation" onClick={() => setLevel(r.category)}>{r.category}</div>
            ) : (
              <div key={r.leaf} role="option" aria-selected={value.includes(r.leaf)} data-automation-id="promptOption" data-uxi-multiselectlistitem-type="leaf" onClick={() => choose(r.leaf)}>
                {multi && <input type="checkbox" className="wd-check" readOnly checked={value.includes(r.leaf)} tabIndex={-1} aria-hidden="true" />}{r.leaf}
              </div>
            ),
          )}
        </div>
      )}
    </div>
  );
}

function Text({ id, automation, label, required, value, onChange, type = 'text' }) {
  return (
    <div className="wd-field" data-automation-id={`formField-${automation}`}>
      <label htmlFor={id}>{label}{required && <abbr title="required">*</abbr>}</label>
      <input className="wd-input" type={type} id={id} data-automation-id={automation} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function App({ posting }) {
  const [step, setStep] = useState(1);
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const [f, setF] = useState({
    source: [], previousWorker: '', country: 'United States of America', firstName: '', lastName: '', preferredName: false, address1: '', city: '',
    state: '', postalCode: '', email: '', phoneType: '', phoneCode: [], phone: '', extension: '',
    resume: '', school: [], degree: '', fieldOfStudy: [], linkedin: '',
    ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'prompt' ? [] : ''])), gender: '', terms: false,
  });
  const v = (k) => ({ value: f[k], onChange: (x) => setF((p) => ({ ...p, [k]: x })) });
  const steps = ['My Information', 'My Experience', 'Application Questions'];
  return (
    <>
      <header className="wd-top">
        <b>Marisburg</b><span className="sp" />
        <input type="search" id="wd-job-search" data-automation-id="keywordSearchInput" placeholder="Search for Jobs" aria-label="Search for Jobs" value={search} onChange={(e) => setSearch(e.target.value)} />
        <button type="button" data-automation-id="utilityButtonSignIn">Sign In</button>
      </header>
      <main className="wd-shell">
        <h2 data-automation-id="jobPostingHeader">{posting.title}</h2>
        <div>{posting.reqId} · {posting.where}</div>
        <ol className="wd-progress" data-automation-id="progressBar">
          {steps.map((s, i) => <li key={s} data-current={i + 1 === step ? '' : undefined} data-done={i + 1 < step ? '' : undefined}>{s}</li>)}
        </ol>
        {sent ? <p id="wd-sent" className="wd-sent" data-automation-id="applicationSubmitted">Application Submitted. You can track its status under My Applications.</p> : (
          <div data-automation-id="applyFlowPage">
            {step === 1 && (
              <div data-automation-id="applyFlowMyInfoPage">
                <h3>My Information</h3>
                <div className="wd-section">
                  <Prompt id="input-1" automation="source" label="How Did You Hear About Us?" required tree={HEARD} {...v('source')} />
                  <fieldset className="wd-field wd-radios" data-automation-id="previousWorker" style={{ border: 0, padding: 0 }}>
                    <legend className="wd-legend">Have you previously worked for Marisburg Insurance Group or any of its subsidiaries?<abbr title="required">*</abbr></legend>
                    {['Yes', 'No'].map((o) => <label key={o}><input type="radio" name="candidateIsPreviousWorker" value={o.toLowerCase()} checked={f.previousWorker === o.toLowerCase()} onChange={() => setF((p) => ({ ...p, previousWorker: o.toLowerCase() }))} /> {o}</label>)}
                  </fieldset>
                </div>
                <div className="wd-section">
                  <ButtonListbox id="input-2" automation="countryDropdown" label="Country" required options={COUNTRY_LIST} {...v('country')} />
                  <h3>Legal Name</h3>
                  <Text id="input-3" automation="legalNameSection_firstName" label="First Name" required {...v('firstName')} />
                  <Text id="input-4" automation="legalNameSection_lastName" label="Last Name" required {...v('lastName')} />
                  <div className="wd-field"><label><input type="checkbox" id="input-5" data-automation-id="preferredCheck" checked={f.preferredName} onChange={(e) => setF((p) => ({ ...p, preferredName: e.target.checked }))} /> I have a preferred name</label></div>
                </div>
                <div className="wd-section">
                  <h3>Address</h3>
                  <Text id="input-6" automation="addressSection_addressLine1" label="Address Line 1" required {...v('address1')} />
                  <Text id="input-7" automation="addressSection_city" label="City" required {...v('city')} />
                  <ButtonListbox id="input-8" automation="addressSection_countryRegion" label="State" required options={STATES} {...v('state')} />
                  <Text id="input-9" automation="addressSection_postalCode" label="Postal Code" required {...v('postalCode')} />
                </div>
                <div className="wd-section">
                  <h3>Email Address</h3>
                  <Text id="input-10" automation="email" label="Email Address" required type="email" {...v('email')} />
                </div>
                <div className="wd-section">
                  <h3>Phone</h3>
                  <ButtonListbox id="input-11" automation="phone-device-type" label="Phone Device Type" required options={['Landline', 'Mobile', 'Work']} {...v('phoneType')} />
                  <Prompt id="input-12" automation="countryPhoneCode" label="Country Phone Code" required tree={PHONE_CODES} {...v('phoneCode')} />
                  <Text id="input-13" automation="phone-number" label="Phone Number" required type="tel" {...v('phone')} />
                  <Text id="input-14" automation="phone-extension" label="Phone Extension" {...v('extension')} />
                </div>
              </div>
            )}
            {step === 2 && (
              <div data-automation-id="applyFlowMyExpPage">
                <h3>My Experience</h3>
                <div className="wd-section">
                  <h3>Education</h3>
                  <div data-automation-id="education-1" style={{ borderLeft: '3px solid #e0e0e0', paddingLeft: 14 }}>
                    <div style={{ fontWeight: 600 }}>Education 1</div>
                    <Prompt id="input-21" automation="school" label="School or University" tree={SCHOOLS} {...v('school')} />
                    <ButtonListbox id="input-22" automation="degree" label="Degree" options={DEGREES} {...v('degree')} />
                    <Prompt id="input-23" automation="field-of-study" label="Field of Study" tree={STUDY} {...v('fieldOfStudy')} />
                  </div>
                </div>
                <div className="wd-section">
                  <h3>Resume/CV</h3>
                  <div className="wd-field" data-automation-id="formField-resume">
                    <label htmlFor="input-24">Upload a file (5MB max)</label>
                    <div data-automation-id="file-upload-drop-zone" style={{ border: '1px dashed #999', padding: 14, borderRadius: 4 }}>
                      <input type="file" id="input-24" data-automation-id="file-upload-input-ref" accept=".pdf,.doc,.docx" onChange={(e) => setF((p) => ({ ...p, resume: e.target.files?.[0]?.name ?? '' }))} />
                      <div>{f.resume ? `Successfully Uploaded! ${f.resume}` : 'Drop file here'}</div>
                    </div>
                  </div>
                </div>
                <div className="wd-section">
                  <h3>Social Network URLs</h3>
                  <Text id="input-25" automation="linkedinQuestion" label="LinkedIn" {...v('linkedin')} />
                </div>
              </div>
            )}
            {step === 3 && (
              <div data-automation-id="applyFlowPrimaryQuestionnairePage">
                <h3>Application Questions</h3>
                {posting.questions.map((q) =>
                  q.type === 'prompt' ? (
                    <Prompt key={q.key} id={q.id} automation={q.key} label={q.label} required={q.required} tree={q.tree} multi={q.multi} {...v(q.key)} />
                  ) : q.type === 'textarea' ? (
                    <div key={q.key} className="wd-field" data-automation-id={`formField-${q.id}`}>
                      <label htmlFor={q.id}>{q.label}{q.required && <abbr title="required">*</abbr>}</label>
                      <textarea className="wd-input" id={q.id} rows={2} {...(({ value, onChange }) => ({ value, onChange: (e) => onChange(e.target.value) }))(v(q.key))} />
                    </div>
                  ) : (
                    <ButtonListbox key={q.key} id={q.id} automation={q.id} label={q.label} required={q.required} options={q.options} {...v(q.key)} />
                  ),
                )}
                <h3>Voluntary Disclosures</h3>
                <ButtonListbox id="input-33" automation="gender" label="Gender" options={['Female', 'Male', 'I do not wish to self-identify']} {...v('gender')} />
                <div className="wd-field"><label><input type="checkbox" id="input-34" data-automation-id="agreementCheckbox" checked={f.terms} onChange={(e) => setF((p) => ({ ...p, terms: e.target.checked }))} /> I consent to the Terms and Conditions<abbr title="required">*</abbr></label></div>
              </div>
            )}
            <div className="wd-nav" data-automation-id="pageFooter">
              {step > 1 && <button type="button" data-automation-id="pageFooterBackButton" onClick={() => setStep(step - 1)}>Back</button>}
              {step < 3 ? (
                <button type="button" className="primary" id="wd-next" data-automation-id="bottom-navigation-next-button" onClick={() => setStep(step + 1)}>Save and Continue</button>
              ) : (
                <button type="button" className="primary" id="wd-submit" data-automation-id="bottom-navigation-next-button" onClick={() => { if (f.terms) setSent(true); }}>Submit</button>
              )}
            </div>
          </div>
        )}
      </main>
      <pre id="model">{JSON.stringify({ ...f, search })}</pre>
    </>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
