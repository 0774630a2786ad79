/*
 * An Indian logistics-tech company's careers page (React 18 + react-select 5, classNamePrefix
 * "ift"): dial-code select preset "+91 India" before a 10-digit "Mobile Number", State with
 * "Outside India", 6-digit "PIN Code", total experience as a select, relevant experience as a
 * number, Current / Expected CTC (in lakhs), "Notice Period (days)" select, "Highest
 * Qualification" with Indian degree names (B.E. / B.Tech, BCA, MCA, PGDM), DOB DD/MM/YYYY,
 * gender radios, per-posting questions, "Where did you hear" select, consent box. Decoys:
 * header job search, chat widget with its own name/email. Form state goes to <pre id="model">.
 */
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';

const DIAL = [
  { value: 'IN', label: '+91 India' },
  { value: 'AE', label: '+971 UAE' },
  { value: 'SG', label: '+65 Singapore' },
  { value: 'GB', label: '+44 United Kingdom' },
  { value: 'CA', label: '+1 Canada' },
  { value: 'US', label: '+1 USA' },
  { value: 'AU', label: '+61 Australia' },
];
const STATES = ['Andhra Pradesh', 'Delhi', 'Goa', 'Gujarat', 'Haryana', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Punjab', 'Rajasthan', 'Tamil Nadu', 'Telangana', 'Uttar Pradesh', 'West Bengal', 'Outside India'].map((s) => ({ value: s === 'Outside India' ? 'OUTSIDE' : s.toUpperCase().replace(/ /g, '_'), label: s }));
const TOTAL_EXP = ['Fresher', '1 year', '2 years', '3 years', '4 years', '5 years', '6 years', '7 years', '8 years', '9 years', '10+ years'].map((s, i) => ({ value: String(i), label: s }));
const NOTICE = ['Immediate joiner', '15 days', '30 days', '45 days', '60 days', '90 days'].map((s) => ({ value: s, label: s }));
const QUAL = ['B.E. / B.Tech', 'B.Sc', 'BCA', 'B.Com', 'M.E. / M.Tech', 'M.Sc', 'MCA', 'MBA / PGDM', 'Ph.D', 'Diploma'].map((s) => ({ value: s, label: s }));
const HEAR = ['Naukri', 'LinkedIn', 'Instahire', 'Company website', 'Employee referral', 'Campus', 'Consultant', 'Other'].map((s) => ({ value: s, label: s }));

function Field({ id, label, required, hint, children }) {
  return (
    <div className="ift-field">
      <label htmlFor={id}>
        {label}
        {required && <span className="ift-req"> *</span>}
      </label>
      {children}
      {hint && <small className="ift-hint">{hint}</small>}
    </div>
  );
}

export function renderPosting(posting) {
  function App() {
    const [f, setF] = useState({
      firstName: '', lastName: '', email: '', dialCode: DIAL[0], mobile: '', altMobile: '', dob: '', gender: '',
      city: '', state: null, pin: '', totalExp: null, relevantExp: '', employer: '', designation: '',
      currentCtc: '', expectedCtc: '', notice: null, servingNotice: '', qualification: null, college: '', passingYear: '',
      linkedin: '', github: '', coverLetter: '', hear: null, consent: false, answers: {},
    });
    const [chat, setChat] = useState({ open: false, name: '', email: '' });
    const [search, setSearch] = useState('');
    const [sent, setSent] = useState(false);
    const [resume, setResume] = useState('');
    const set = (k) => (e) => setF({ ...f, [k]: e && e.target ? (e.target.type === 'checkbox' ? e.target.checked : e.target.value) : e });
    const setAns = (k, v) => setF({ ...f, answers: { ...f.answers, [k]: v } });
    const val = (o) => (o ? o.value : null);
    const model = { ...f, dialCode: val(f.dialCode), state: val(f.state), totalExp: val(f.totalExp), notice: val(f.notice), qualification: val(f.qualification), hear: val(f.hear), resume, chat: { name: chat.name, email: chat.email }, search };
    Object.keys(f.answers).forEach((k) => { const v = f.answers[k]; model.answers[k] = v && typeof v === 'object' ? v.value : v; });
    const sel = (id, key, options, extra = {}) => (
      <Select inputId={id} id={id + '-wrap'} classNamePrefix="ift" className="ift-select" options={options} value={f[key]} onChange={set(key)} placeholder="Select" {...extra} />
    );
    const submit = (e) => {
      e.preventDefault();
      if (!f.consent) { alert('Please accept the privacy consent.'); return; }
      setSent(true);
    };
    return (
      <>
        <header className="ift-top">
          <strong>{posting.company}</strong>
          <nav>
            <a href="#">Life at {posting.short}</a> <a href="#">Teams</a>
            <input id="job-search" type="search" placeholder="Search jobs" aria-label="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)} />
            <button type="button">Login</button>
          </nav>
        </header>
        <main className="ift-main">
          <p className="ift-crumb">Careers / {posting.team}</p>
          <h1>{posting.title}</h1>
          <p className="ift-meta">{posting.location} · {posting.experience} · Job ID {posting.jobId}</p>
          <p>{posting.blurb}</p>
          {sent ? (
            <div id="ift-done"><h2>Application submitted</h2><p>Our talent team will get back to you within 7 working days.</p></div>
          ) : (
            <form id="ift-apply" onSubmit={submit} noValidate>
              <h2>Personal Information</h2>
              <div className="ift-row">
                <Field id="firstName" label="First Name" required><input id="firstName" name="firstName" value={f.firstName} onChange={set('firstName')} /></Field>
                <Field id="lastName" label="Last Name" required><input id="lastName" name="lastName" value={f.lastName} onChange={set('lastName')} /></Field>
              </div>
              <Field id="email" label="Email ID" required><input id="email" name="email" type="email" value={f.email} onChange={set('email')} /></Field>
              <div className="ift-row">
                <Field id="dialCode" label="Country Code" required>{sel('dialCode', 'dialCode', DIAL, { isSearchable: true })}</Field>
                <Field id="mobile" label="Mobile Number" required hint="10-digit mobile number"><input id="mobile" name="mobile" type="tel" maxLength={10} value={f.mobile} onChange={set('mobile')} /></Field>
              </div>
              <Field id="altMobile" label="Alternate Mobile Number"><input id="altMobile" name="altMobile" type="tel" value={f.altMobile} onChange={set('altMobile')} /></Field>
              <div className="ift-row">
                <Field id="dob" label="Date of Birth"><input id="dob" name="dob" placeholder="DD/MM/YYYY" value={f.dob} onChange={set('dob')} /></Field>
                <div className="ift-field">
                  <span className="ift-q" id="gender-label">Gender</span>
                  <div role="radiogroup" aria-labelledby="gender-label">
                    {['Male', 'Female', 'Other', 'Prefer not to say'].map((g) => (
                      <label key={g} className="ift-radio"><input type="radio" name="gender" value={g} checked={f.gender === g} onChange={set('gender')} /> {g}</label>
                    ))}
                  </div>
                </div>
              </div>
              <h2>Address</h2>
              <div className="ift-row">
                <Field id="city" label="Current City" required><input id="city" name="city" value={f.city} onChange={set('city')} /></Field>
                <Field id="state" label="State" required>{sel('state', 'state', STATES)}</Field>
                <Field id="pin" label="PIN Code"><input id="pin" name="pin" maxLength={6} value={f.pin} onChange={set('pin')} /></Field>
              </div>
              <h2>Professional Details</h2>
              <div className="ift-row">
                <Field id="totalExp" label="Total Experience" required>{sel('totalExp', 'totalExp', TOTAL_EXP)}</Field>
                <Field id="relevantExp" label={posting.relevantLabel} required><input id="relevantExp" name="relevantExp" type="number" min="0" value={f.relevantExp} onChange={set('relevantExp')} /></Field>
              </div>
              <div className="ift-row">
                <Field id="employer" label="Current Employer"><input id="employer" name="employer" value={f.employer} onChange={set('employer')} /></Field>
                <Field id="designation" label="Current Designation"><input id="designation" name="designation" value={f.designation} onChange={set('designation')} /></Field>
              </div>
              <div className="ift-row">
                <Field id="currentCtc" label="Current CTC (in lakhs)" required hint="Fixed + variable, per annum, e.g. 18.5"><input id="currentCtc" name="currentCtc" value={f.currentCtc} onChange={set('currentCtc')} /></Field>
                <Field id="expectedCtc" label="Expected CTC (in lakhs)" required><input id="expectedCtc" name="expectedCtc" value={f.expectedCtc} onChange={set('expectedCtc')} /></Field>
              </div>
              <div className="ift-row">
                <Field id="notice" label="Notice Period (days)" required>{sel('notice', 'notice', NOTICE)}</Field>
                <div className="ift-field">
                  <span className="ift-q" id="serving-label">Are you currently serving your notice period?</span>
                  <div role="radiogroup" aria-labelledby="serving-label">
                    {['Yes', 'No'].map((g) => (
                      <label key={g} className="ift-radio"><input type="radio" name="servingNotice" value={g} checked={f.servingNotice === g} onChange={set('servingNotice')} /> {g}</label>
                    ))}
                  </div>
                </div>
              </div>
              <h2>Education</h2>
              <div className="ift-row">
                <Field id="qualification" label="Highest Qualification" required>{sel('qualification', 'qualification', QUAL)}</Field>
                <Field id="college" label="College / University"><input id="college" name="college" value={f.college} onChange={set('college')} /></Field>
                <Field id="passingYear" label="Year of Passing"><input id="passingYear" name="passingYear" placeholder="YYYY" maxLength={4} value={f.passingYear} onChange={set('passingYear')} /></Field>
              </div>
              <h2>Profiles &amp; Documents</h2>
              <Field id="linkedin" label="LinkedIn Profile"><input id="linkedin" name="linkedin" placeholder="https://www.linkedin.com/in/" value={f.linkedin} onChange={set('linkedin')} /></Field>
              <Field id="github" label="GitHub Profile"><input id="github" name="github" value={f.github} onChange={set('github')} /></Field>
              <Field id="resume" label="Resume" required hint="PDF or DOCX, up to 2 MB"><input id="resume" name="resume" type="file" accept=".pdf,.docx" onChange={(e) => setResume(e.target.files[0] ? e.target.files[0].name : '')} /></Field>
              <Field id="coverLetter" label="Cover Letter"><textarea id="coverLetter" name="coverLetter" rows={5} value={f.coverLetter} onChange={set('coverLetter')} /></Field>
              <h2>A few questions</h2>
              {posting.questions.map((q) => (
                <div className="ift-field" key={q.id}>
                  {q.kind === 'radio' ? (
                    <>
                      <span className="ift-q" id={q.id + '-label'}>{q.label}</span>
                      <div role="radiogroup" aria-labelledby={q.id + '-label'}>
                        {q.options.map((o) => (
                          <label key={o} className="ift-radio"><input type="radio" name={q.id} value={o} checked={f.answers[q.id] === o} onChange={() => setAns(q.id, o)} /> {o}</label>
                        ))}
                      </div>
                    </>
                  ) : q.kind === 'select' ? (
                    <>
                      <label htmlFor={q.id}>{q.label}</label>
                      <Select inputId={q.id} id={q.id + '-wrap'} classNamePrefix="ift" options={q.options.map((o) => ({ value: o, label: o }))} value={f.answers[q.id] || null} onChange={(o) => setAns(q.id, o)} placeholder="Select" />
                    </>
                  ) : (
                    <>
                      <label htmlFor={q.id}>{q.label}</label>
                      {q.long ? <textarea id={q.id} name={q.id} rows={3} value={f.answers[q.id] || ''} onChange={(e) => setAns(q.id, e.target.value)} /> : <input id={q.id} name={q.id} value={f.answers[q.id] || ''} onChange={(e) => setAns(q.id, e.target.value)} />}
                    </>
                  )}
                </div>
              ))}
              <Field id="hear" label="Where did you hear about us?">{sel('hear', 'hear', HEAR)}</Field>
              <label className="ift-check"><input type="checkbox" id="consent" name="consent" checked={f.consent} onChange={set('consent')} /> I consent to {posting.short} processing my personal data for recruitment as per the Digital Personal Data Protection Act, 2023.</label>
              <button type="submit" id="ift-submit">Submit Application</button>
            </form>
          )}
          <pre id="model">{JSON.stringify(model, null, 1)}</pre>
        </main>
        <aside className="ift-chat">
          {chat.open ? (
            <div className="ift-chat-box">
              <p>Hi! I'm Disha, {posting.short}'s hiring assistant. Leave your details and we'll reach out.</p>
              <input id="chat-name" placeholder="Your name" aria-label="Your name" value={chat.name} onChange={(e) => setChat({ ...chat, name: e.target.value })} />
              <input id="chat-email" placeholder="Your email" aria-label="Your email" value={chat.email} onChange={(e) => setChat({ ...chat, email: e.target.value })} />
            </div>
          ) : null}
          <button type="button" id="chat-toggle" onClick={() => setChat({ ...chat, open: !chat.open })}>💬 Chat with us</button>
        </aside>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
