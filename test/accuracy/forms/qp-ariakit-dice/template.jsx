/**
 * A tech job board's posting page (Dice-like, late 2026) with its "Easy Apply" flow in an
 * Ariakit Dialog: the page itself holds only the board's chrome (keyword + location search, a
 * job-alert toggle, a "message the recruiter" box, similar jobs, a cookie banner with two
 * preference boxes); "Easy apply" opens the modal. Inside: a progress bar and four steps that
 * mount one at a time (Contact info, Resume, Employer questions, Review). The contact step comes
 * prefilled from the signed-in account (one of its boxes stale), the email is an Ariakit Select of
 * the account's addresses, the phone code another Ariakit Select. The resume step offers the
 * resume stored on the account or a new upload (the upload becomes a new card and is selected).
 * Employer questions come from each posting's app.jsx: number boxes, Yes/No pills (native radios
 * styled as pills), Ariakit Selects, a date box. All state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import * as Ariakit from '@ariakit/react';

const CSS = `
body { margin: 0; font-family: system-ui, sans-serif; background: #f4f5f8; color: #1d1d2b; }
.cd-top { display: flex; gap: 12px; align-items: center; padding: 10px 24px; background: #0c0c3f; color: #fff; }
.cd-top .brand { font-weight: 800; font-size: 20px; margin-right: 16px; }
.cd-top input { padding: 8px 10px; border-radius: 4px; border: 0; width: 220px; }
.cd-top button { padding: 8px 14px; }
.cd-top .me { margin-left: auto; background: #5a5af0; border-radius: 50%; width: 32px; height: 32px; display: grid; place-items: center; }
.cd-page { display: grid; grid-template-columns: 1fr 300px; gap: 20px; max-width: 1080px; margin: 20px auto; padding: 0 16px; }
.cd-card { background: #fff; border: 1px solid #dde; border-radius: 8px; padding: 20px; margin-bottom: 16px; }
.cd-apply { background: #3c3cf0; color: #fff; border: 0; border-radius: 20px; padding: 10px 24px; font-weight: 600; font-size: 15px; }
.cd-backdrop { position: fixed; inset: 0; background: rgba(10, 10, 40, .55); }
.cd-dialog { position: fixed; inset: 40px 0 auto; margin: 0 auto; width: min(560px, 94vw); max-height: calc(100vh - 80px); overflow: auto; background: #fff; border-radius: 10px; padding: 0 0 16px; z-index: 50; }
.cd-dialog header { padding: 16px 20px; border-bottom: 1px solid #eee; display: flex; justify-content: space-between; }
.cd-bar { height: 6px; background: #e6e6f5; margin: 0 20px; border-radius: 3px; }
.cd-bar > div { height: 6px; background: #3c3cf0; border-radius: 3px; }
.cd-body { padding: 12px 20px; }
.cd-field { margin: 14px 0; display: flex; flex-direction: column; gap: 4px; }
.cd-field > label, .cd-q { font-size: 14px; font-weight: 600; }
.cd-field input[type=text], .cd-field input[type=tel], .cd-field input[type=number] { padding: 8px; border: 1px solid #aab; border-radius: 4px; }
.cd-select { text-align: left; padding: 8px; border: 1px solid #aab; border-radius: 4px; background: #fff; }
.cd-popover { background: #fff; border: 1px solid #aab; border-radius: 4px; z-index: 60; max-height: 260px; overflow: auto; }
.cd-popover [role=option] { padding: 6px 10px; cursor: pointer; }
.cd-popover [role=option][data-active-item] { background: #ececff; }
.cd-pills { display: flex; gap: 8px; }
.cd-pill { border: 1px solid #3c3cf0; border-radius: 18px; padding: 6px 16px; cursor: pointer; }
.cd-pill input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.cd-pill:has(input:checked) { background: #3c3cf0; color: #fff; }
.cd-resume { border: 1px solid #ccd; border-radius: 6px; padding: 10px; display: flex; gap: 10px; align-items: center; margin: 6px 0; }
.cd-resume small { color: #667; display: block; }
.cd-foot { display: flex; justify-content: space-between; padding: 12px 20px 0; border-top: 1px solid #eee; }
.cd-foot button { padding: 8px 18px; border-radius: 18px; }
.cd-cookie { position: fixed; left: 16px; bottom: 16px; width: 340px; background: #fff; border: 1px solid #ccd; border-radius: 8px; padding: 14px; font-size: 13px; z-index: 10; }
#model { font-size: 11px; color: #99a; white-space: pre-wrap; word-break: break-all; max-width: 1080px; margin: 0 auto; }
`;

function Select({ id, label, value, onChange, options, placeholder = 'Select an option' }) {
  return (
    <div className="cd-field">
      <Ariakit.SelectProvider value={value} setValue={onChange}>
        <Ariakit.SelectLabel className="cd-q">{label}</Ariakit.SelectLabel>
        <Ariakit.Select id={id} className="cd-select">
          <Ariakit.SelectValue fallback={placeholder} />
        </Ariakit.Select>
        <Ariakit.SelectPopover gutter={4} sameWidth className="cd-popover">
          {options.map((option) => <Ariakit.SelectItem key={option} value={option} />)}
        </Ariakit.SelectPopover>
      </Ariakit.SelectProvider>
    </div>
  );
}

function Pills({ id, name, label, value, onChange, options }) {
  return (
    <div className="cd-field" id={id}>
      <span className="cd-q" id={`${id}-q`}>{label}</span>
      <Ariakit.RadioProvider value={value} setValue={onChange}>
        <Ariakit.RadioGroup className="cd-pills" aria-labelledby={`${id}-q`}>
          {options.map((option) => (
            <label key={option} className="cd-pill">
              <Ariakit.Radio name={name} value={option} /> {option}
            </label>
          ))}
        </Ariakit.RadioGroup>
      </Ariakit.RadioProvider>
    </div>
  );
}

function Question({ q, value, onChange }) {
  const id = `cd-q-${q.id}`;
  switch (q.type) {
    case 'number':
      return (
        <div className="cd-field">
          <label htmlFor={id}>{q.label}</label>
          <input id={id} name={`screening.${q.id}`} type="number" min="0" value={value} onChange={(e) => onChange(e.target.value)} />
          {q.hint && <small>{q.hint}</small>}
        </div>
      );
    case 'text':
      return (
        <div className="cd-field">
          <label htmlFor={id}>{q.label}</label>
          <input id={id} name={`screening.${q.id}`} type="text" placeholder={q.placeholder} value={value} onChange={(e) => onChange(e.target.value)} />
        </div>
      );
    case 'pills':
      return <Pills id={id} name={`screening.${q.id}`} label={q.label} value={value} onChange={onChange} options={q.options} />;
    case 'select':
      return <Select id={id} label={q.label} value={value} onChange={onChange} options={q.options} />;
    default:
      throw new Error(`unknown question type ${q.type}`);
  }
}

const STEPS = ['Contact info', 'Resume', 'Employer questions', 'Review'];

function Board({ posting }) {
  const [chrome, setChrome] = useState({ keyword: '', where: '', alert: false, message: '', cookieAnalytics: false, cookieMarketing: false });
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const initialAnswers = Object.fromEntries(posting.questions.map((q) => [q.id, '']));
  const [form, setForm] = useState({
    firstName: 'Ysoldine',
    lastName: 'Quarrington',
    email: 'ysoldine.q.zx7k@example.test',
    phoneCountry: '',
    phone: '',
    location: posting.accountLocation,
    resumes: [posting.storedResume],
    resumeChoice: posting.storedResume.name,
    resumeUpload: null,
    coverLetter: null,
    saveResume: true,
    answers: initialAnswers,
    follow: true,
  });
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const setAnswer = (id) => (value) => setForm((f) => ({ ...f, answers: { ...f.answers, [id]: value } }));
  const setC = (key) => (value) => setChrome((c) => ({ ...c, [key]: value }));

  function onUpload(event) {
    const file = event.target.files[0];
    if (!file) return;
    setForm((f) => ({
      ...f,
      resumeUpload: file.name,
      resumes: [...f.resumes.filter((r) => r.name !== file.name), { name: file.name, meta: 'Uploaded just now' }],
      resumeChoice: file.name,
    }));
  }

  const progress = Math.round(((step + 1) / STEPS.length) * 100);
  return (
    <>
      <style>{CSS}</style>
      <div className="cd-top" role="banner">
        <span className="brand">{posting.board}</span>
        <input id="cd-kw" aria-label="Job title, skill or company" placeholder="Job title, skill or company" value={chrome.keyword} onChange={(e) => setC('keyword')(e.target.value)} />
        <input id="cd-where" aria-label="Location, ZIP code or Remote" placeholder="Location, ZIP code or Remote" value={chrome.where} onChange={(e) => setC('where')(e.target.value)} />
        <button type="button">Search</button>
        <span className="me" title="Signed in as Ysoldine Q.">YQ</span>
      </div>
      <div className="cd-page">
        <main>
          <div className="cd-card">
            <h1>{posting.title}</h1>
            <p><strong>{posting.company}</strong> · {posting.where} · {posting.type}</p>
            <p>{posting.pay}</p>
            <button type="button" id="cd-easy-apply" className="cd-apply" onClick={() => { setOpen(true); setStep(0); }}>Easy apply</button>
            <h2>Job description</h2>
            {posting.description.map((p) => <p key={p}>{p}</p>)}
          </div>
          <div className="cd-card">
            <h3>Have a question about this role?</h3>
            <label htmlFor="cd-msg">Message the recruiter</label><br />
            <textarea id="cd-msg" rows="3" cols="60" placeholder="Hi, I'd like to know more about…" value={chrome.message} onChange={(e) => setC('message')(e.target.value)} />
            <br /><button type="button">Send message</button>
          </div>
        </main>
        <aside>
          <div className="cd-card">
            <label><input id="cd-alert" type="checkbox" checked={chrome.alert} onChange={(e) => setC('alert')(e.target.checked)} /> Email me new jobs like "{posting.alertQuery}"</label>
          </div>
          <div className="cd-card">
            <h3>Similar jobs</h3>
            {posting.similar.map((s) => <p key={s}><a href="#similar">{s}</a></p>)}
          </div>
        </aside>
      </div>
      {!chrome.cookieDismissed && (
        <div className="cd-cookie" role="region" aria-label="Cookie preferences">
          <p>We use cookies to run {posting.board} and, with your consent, to measure and personalise it.</p>
          <label><input id="cd-ck-analytics" type="checkbox" checked={chrome.cookieAnalytics} onChange={(e) => setC('cookieAnalytics')(e.target.checked)} /> Analytics cookies</label><br />
          <label><input id="cd-ck-marketing" type="checkbox" checked={chrome.cookieMarketing} onChange={(e) => setC('cookieMarketing')(e.target.checked)} /> Marketing cookies</label><br />
          <button type="button">Save preferences</button> <button type="button">Accept all</button>
        </div>
      )}
      <Ariakit.Dialog open={open} onClose={() => setOpen(false)} backdrop={<div className="cd-backdrop" />} className="cd-dialog" hideOnInteractOutside={false} unmountOnHide>
        <header>
          <Ariakit.DialogHeading style={{ margin: 0, fontSize: 18 }}>Apply to {posting.company}</Ariakit.DialogHeading>
          <Ariakit.DialogDismiss aria-label="Dismiss" />
        </header>
        <div className="cd-bar" role="progressbar" aria-label="Application progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress}>
          <div style={{ width: `${progress}%` }} />
        </div>
        <p style={{ margin: '6px 20px', fontSize: 12, color: '#667' }}>{progress}% · {STEPS[step]}</p>
        {done ? (
          <div className="cd-body" id="cd-done"><h3>Your application was sent to {posting.company}</h3></div>
        ) : (
          <form className="cd-body" id="cd-apply-form" onSubmit={(e) => { e.preventDefault(); setDone(true); }}>
            {step === 0 && (
              <>
                <h3>Contact info</h3>
                <div className="cd-field"><label htmlFor="cd-first">First name*</label><input id="cd-first" name="firstName" type="text" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /></div>
                <div className="cd-field"><label htmlFor="cd-last">Last name*</label><input id="cd-last" name="lastName" type="text" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /></div>
                <Select id="cd-email" label="Email address*" value={form.email} onChange={set('email')} options={['ysoldine.q.zx7k@example.test']} />
                <Select id="cd-phone-country" label="Phone country code*" value={form.phoneCountry} onChange={set('phoneCountry')} options={posting.dialCodes} />
                <div className="cd-field"><label htmlFor="cd-phone">Mobile phone number*</label><input id="cd-phone" name="phone" type="tel" value={form.phone} onChange={(e) => set('phone')(e.target.value)} /></div>
                <div className="cd-field"><label htmlFor="cd-location">City, state*</label><input id="cd-location" name="location" type="text" value={form.location} onChange={(e) => set('location')(e.target.value)} /><small>From your {posting.board} profile</small></div>
              </>
            )}
            {step === 1 && (
              <>
                <h3>Resume</h3>
                <p style={{ fontSize: 13 }}>Be sure to include an updated resume*</p>
                <Ariakit.RadioProvider value={form.resumeChoice} setValue={set('resumeChoice')}>
                  <Ariakit.RadioGroup id="cd-resume-choice" aria-label="Choose a resume">
                    {form.resumes.map((r, i) => (
                      <div key={r.name} className="cd-resume">
                        <Ariakit.Radio id={`cd-resume-${i}`} name="resumeChoice" value={r.name} aria-describedby={`cd-resume-meta-${i}`} />
                        <label htmlFor={`cd-resume-${i}`}>{r.name}</label>
                        <small id={`cd-resume-meta-${i}`}>{r.meta}</small>
                      </div>
                    ))}
                  </Ariakit.RadioGroup>
                </Ariakit.RadioProvider>
                <div className="cd-field">
                  <label htmlFor="cd-resume-upload">Upload a new resume</label>
                  <input id="cd-resume-upload" name="resumeUpload" type="file" accept=".pdf,.doc,.docx" onChange={onUpload} />
                  <small>DOC, DOCX, PDF (5 MB)</small>
                </div>
                <label><input id="cd-save-resume" type="checkbox" checked={form.saveResume} onChange={(e) => set('saveResume')(e.target.checked)} /> Save this resume to my {posting.board} profile</label>
                <div className="cd-field">
                  <label htmlFor="cd-cover">Cover letter (optional)</label>
                  <input id="cd-cover" name="coverLetter" type="file" accept=".pdf,.doc,.docx,.txt" onChange={(e) => set('coverLetter')(e.target.files[0]?.name ?? null)} />
                </div>
              </>
            )}
            {step === 2 && (
              <>
                <h3>Employer questions</h3>
                <p style={{ fontSize: 13 }}>{posting.company} asked these questions.</p>
                {posting.questions.map((q) => <Question key={q.id} q={q} value={form.answers[q.id]} onChange={setAnswer(q.id)} />)}
              </>
            )}
            {step === 3 && (
              <>
                <h3>Review your application</h3>
                <p>{form.firstName} {form.lastName} · {form.email} · {form.phoneCountry} {form.phone}</p>
                <p>Resume: {form.resumeChoice}</p>
                <label><input id="cd-follow" type="checkbox" checked={form.follow} onChange={(e) => set('follow')(e.target.checked)} /> Follow {posting.company} to hear about new jobs</label>
              </>
            )}
            <div className="cd-foot">
              {step > 0 ? <button type="button" onClick={() => setStep(step - 1)}>Back</button> : <span />}
              {step < 2 && <button type="button" id="cd-next" onClick={() => setStep(step + 1)}>Next</button>}
              {step === 2 && <button type="button" id="cd-review" onClick={() => setStep(3)}>Review</button>}
              {step === 3 && <button type="submit" id="cd-submit">Submit application</button>}
            </div>
          </form>
        )}
      </Ariakit.Dialog>
      <pre id="model">{JSON.stringify({ ...form, chrome, step: STEPS[step], submitted: done }, null, 2)}</pre>
    </>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<Board posting={posting} />);
}
