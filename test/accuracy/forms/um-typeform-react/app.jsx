/**
 * A Typeform-style conversational application built in React by a small startup (its own
 * component, not the Typeform embed): one question per screen behind an "OK" button, a
 * welcome text above the first question, question titles that recall earlier answers
 * ("Nice to meet you, Ysoldine! And your surname?"), inputs tied to the title only by
 * aria-labelledby with "Type your answer here..." placeholders, descriptions that change the
 * answer ("Include your country code", "Yearly, in USD. Numbers only."), choice buttons
 * (role=radio, key letters A/B/C…), a file drop, and questions about other people (the referrer's
 * name and email). State is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const css = `
  body { margin: 0; font: 20px/1.4 "Helvetica Neue", Arial, sans-serif; background: #0b3d2e; color: #f3efe0; }
  .screen { max-width: 720px; margin: 12vh auto 0; padding: 0 24px; }
  .welcome { font-size: 16px; opacity: .8; margin-bottom: 24px; }
  .title { font-size: 24px; margin-bottom: 6px; } .title .n { font-size: 15px; margin-right: 8px; opacity: .7; }
  .desc { font-size: 16px; opacity: .75; margin-bottom: 16px; }
  .tf { width: 100%; border: 0; border-bottom: 2px solid rgba(243,239,224,.4); background: transparent; color: inherit; font: inherit; padding: 6px 0; outline: none; }
  .choices { display: flex; flex-direction: column; gap: 8px; max-width: 340px; }
  .choices [role=radio] { text-align: left; font: inherit; font-size: 18px; color: inherit; background: rgba(243,239,224,.08); border: 1px solid rgba(243,239,224,.45); border-radius: 4px; padding: 6px 10px; cursor: pointer; }
  .choices [role=radio][aria-checked=true] { background: rgba(243,239,224,.3); border-width: 2px; }
  .key { display: inline-block; border: 1px solid rgba(243,239,224,.6); font-size: 12px; padding: 0 5px; margin-right: 10px; }
  .drop { display: block; border: 1px dashed rgba(243,239,224,.6); border-radius: 6px; padding: 28px; text-align: center; font-size: 16px; cursor: pointer; }
  .ok { margin-top: 22px; background: #f3efe0; color: #0b3d2e; border: 0; border-radius: 4px; padding: 8px 18px; font-size: 18px; font-weight: 700; cursor: pointer; }
  .small { font-size: 16px; }
  #model { font-size: 11px; opacity: .4; white-space: pre-wrap; word-break: break-all; margin: 40px 24px; }
`;

const YEARS = [['A', '0–2'], ['B', '3–5'], ['C', '6–9'], ['D', '10+']];

function Choices({ id, labelledBy, value, options, onPick }) {
  return (
    <div className="choices" role="radiogroup" id={id} aria-labelledby={labelledBy}>
      {options.map(([key, text]) => (
        <button key={key} type="button" role="radio" aria-checked={value === text} onClick={() => onPick(text)}><span className="key">{key}</span>{text}</button>
      ))}
    </div>
  );
}

function App() {
  const [a, setA] = useState({
    callMe: '', surname: '', email: '', newsletter: false, phone: '', employed: null, employer: '', years: null, sponsor: null, salary: '', referrerName: '', referrerEmail: '', cv: null, anythingElse: '',
  });
  const [step, setStep] = useState(1);
  const [done, setDone] = useState(false);
  const set = (k) => (v) => setA((s) => ({ ...s, [k]: v }));
  const text = (k) => (e) => set(k)(e.target.value);
  const total = 12;
  const Title = ({ n, children }) => <div className="title" id={`q${n}-title`}><span className="n">{n} →</span>{children}</div>;
  const screens = {
    1: (
      <>
        <div className="welcome">Hey 👋 Thanks for checking out the Data Engineer role at Saltmarsh Labs. This takes about 4 minutes.</div>
        <Title n={1}>Hi! First, what should we call you?</Title>
        <input className="tf" id="q1" placeholder="Type your answer here..." aria-labelledby="q1-title" value={a.callMe} onChange={text('callMe')} />
      </>
    ),
    2: (
      <>
        <Title n={2}>Nice to meet you{a.callMe ? `, ${a.callMe}` : ''}! And your surname?</Title>
        <input className="tf" id="q2" placeholder="Type your answer here..." aria-labelledby="q2-title" value={a.surname} onChange={text('surname')} />
      </>
    ),
    3: (
      <>
        <Title n={3}>Where can we reach you? ✉️</Title>
        <input className="tf" id="q3" type="email" placeholder="name@example.com" aria-labelledby="q3-title" value={a.email} onChange={text('email')} />
        <p className="small"><label><input type="checkbox" id="q3-news" checked={a.newsletter} onChange={(e) => set('newsletter')(e.target.checked)} /> Also send me the Saltmarsh monthly newsletter</label></p>
      </>
    ),
    4: (
      <>
        <Title n={4}>And a number for a quick intro call?</Title>
        <div className="desc" id="q4-desc">Include your country code: half our team is in Lisbon.</div>
        <input className="tf" id="q4" type="tel" placeholder="+351 912 345 678" aria-labelledby="q4-title" aria-describedby="q4-desc" value={a.phone} onChange={text('phone')} />
      </>
    ),
    5: (
      <>
        <Title n={5}>Are you currently employed?</Title>
        <Choices id="q5" labelledBy="q5-title" value={a.employed} options={[['A', 'Yes'], ['B', 'No']]} onPick={set('employed')} />
      </>
    ),
    6: (
      <>
        <Title n={6}>Cool, where?</Title>
        <div className="desc">Just the company name. If you're between jobs, the last one is fine.</div>
        <input className="tf" id="q6" placeholder="Type your answer here..." aria-labelledby="q6-title" value={a.employer} onChange={text('employer')} />
      </>
    ),
    7: (
      <>
        <Title n={7}>How many years have you worked in data?</Title>
        <Choices id="q7" labelledBy="q7-title" value={a.years} options={YEARS} onPick={set('years')} />
      </>
    ),
    8: (
      <>
        <Title n={8}>Would you need us to sponsor a visa for you to work in the US?</Title>
        <div className="desc">We're a 20-person company and, honestly, can't sponsor visas yet. Better to know now.</div>
        <Choices id="q8" labelledBy="q8-title" value={a.sponsor} options={[['A', 'Yes'], ['B', 'No']]} onPick={set('sponsor')} />
      </>
    ),
    9: (
      <>
        <Title n={9}>What's your salary expectation?</Title>
        <div className="desc" id="q9-desc">Yearly base, in USD. Numbers only.</div>
        <input className="tf" id="q9" inputMode="numeric" placeholder="Type your answer here..." aria-labelledby="q9-title" aria-describedby="q9-desc" value={a.salary} onChange={text('salary')} />
      </>
    ),
    10: (
      <>
        <Title n={10}>Did anyone refer you? What's their name?</Title>
        <input className="tf" id="q10" placeholder="Type your answer here..." aria-labelledby="q10-title" value={a.referrerName} onChange={text('referrerName')} />
        <div className="desc" style={{ marginTop: 18 }} id="q10b-title">…and their email, so we can thank them</div>
        <input className="tf" id="q10b" type="email" placeholder="name@example.com" aria-labelledby="q10b-title" value={a.referrerEmail} onChange={text('referrerEmail')} />
      </>
    ),
    11: (
      <>
        <Title n={11}>Last big one: upload your CV</Title>
        <label className="drop" htmlFor="q11">Choose file or drag here<br /><span>{a.cv || 'Size limit: 10MB'}</span>
          <input id="q11" type="file" hidden accept=".pdf,.doc,.docx" aria-labelledby="q11-title" onChange={(e) => set('cv')(e.target.files[0] ? e.target.files[0].name : null)} /></label>
      </>
    ),
    12: (
      <>
        <Title n={12}>Anything else you'd like us to know?</Title>
        <textarea className="tf" id="q12" rows={3} placeholder="Type your answer here..." aria-labelledby="q12-title" value={a.anythingElse} onChange={text('anythingElse')} />
      </>
    ),
  };
  if (done) return <div className="screen" id="tf-done"><div className="title">Thanks{a.callMe ? `, ${a.callMe}` : ''}! 🌊 We'll be in touch within a week.</div></div>;
  return (
    <>
      <form className="screen" onSubmit={(e) => { e.preventDefault(); if (!a.email || !a.cv) { alert('Please fill in your email and CV.'); return; } setDone(true); }}>
        {screens[step]}
        {step < total
          ? <button key="next" type="button" className="ok" id="tf-next" onClick={() => setStep(step + 1)}>OK ✓</button>
          : <button key="submit" type="submit" className="ok" id="tf-submit">Submit</button>}
      </form>
      <pre id="model">{JSON.stringify(a, null, 1)}</pre>
    </>
  );
}

const style = document.createElement('style');
style.textContent = css;
document.head.appendChild(style);
createRoot(document.getElementById('root')).render(<App />);
