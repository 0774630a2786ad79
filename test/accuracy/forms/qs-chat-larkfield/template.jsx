/**
 * A conversational apply on a company careers page (React 19, hand-written, in the manner of
 * Paradox / Typeform-style chat apply widgets): the posting on the left, a chat panel on the
 * right where the assistant asks one question at a time. Text answers all go through ONE shared
 * composer (the same <input>, whose type / placeholder / inputmode change per question); choices
 * are quick-reply chips (native radios inside labels), the phone step adds a dial-code select in
 * front of the composer, the verification step shows six one-digit code boxes, the start step a
 * date input, the resume step a paperclip upload. The same "Send" button answers every step; the
 * last step has "Submit application". Around the panel: header job search, "Apply with LinkedIn" and
 * "Autofill from resume" chips in the chat's first message, an off-screen honeypot in the chat's
 * form, a cookie banner and a footer talent-community box. State is rendered into <pre id="model">.
 *
 * Each posting's app.jsx passes its own steps (see renderChat).
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const CSS = `
body { margin: 0; font: 15px/1.45 "Source Sans 3", system-ui, sans-serif; background: #f3f1ec; color: #222; }
.lk-top { display: flex; align-items: center; gap: 16px; padding: 12px 28px; background: #fff; border-bottom: 1px solid #e2ddd3; }
.lk-top strong { font-size: 18px; } .lk-top form { margin-left: auto; display: flex; gap: 6px; }
.lk-top input { padding: 7px 9px; border: 1px solid #ccc; border-radius: 6px; }
.lk-wrap { display: grid; grid-template-columns: 1fr 420px; gap: 24px; max-width: 1120px; margin: 24px auto; padding: 0 16px; }
.lk-post { background: #fff; border-radius: 12px; padding: 22px 26px; }
.lk-chat { background: #fff; border-radius: 16px; box-shadow: 0 6px 24px rgba(0,0,0,.12); display: flex; flex-direction: column; height: 80vh; position: sticky; top: 16px; }
.lk-chat header { padding: 12px 16px; border-bottom: 1px solid #eee; display: flex; align-items: center; gap: 10px; }
.lk-avatar { width: 30px; height: 30px; border-radius: 50%; background: #2f6b4f; color: #fff; display: grid; place-items: center; font-weight: 700; }
.lk-log { flex: 1; overflow: auto; padding: 14px; }
.lk-msg { max-width: 82%; padding: 8px 12px; border-radius: 14px; margin: 6px 0; }
.lk-bot { background: #eef3ef; } .lk-me { background: #2f6b4f; color: #fff; margin-left: auto; }
.lk-chips { display: flex; gap: 8px; flex-wrap: wrap; margin: 6px 0; }
.lk-chip { border: 1px solid #2f6b4f; color: #2f6b4f; background: #fff; border-radius: 16px; padding: 5px 12px; cursor: pointer; font: inherit; }
.lk-dock { border-top: 1px solid #eee; padding: 10px 12px; }
.lk-replies { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; }
.lk-replies label { border: 1px solid #2f6b4f; border-radius: 16px; padding: 4px 12px; cursor: pointer; }
.lk-replies input { margin: 0 6px 0 0; }
.lk-row { display: flex; gap: 8px; align-items: center; }
.lk-row input[type=text], .lk-row input[type=email], .lk-row input[type=tel], .lk-row input[type=url], .lk-row input[type=number] { flex: 1; padding: 9px 12px; border: 1px solid #c9c9c9; border-radius: 18px; font: inherit; }
.lk-row select { padding: 8px; border-radius: 18px; border: 1px solid #c9c9c9; }
.lk-send { background: #2f6b4f; color: #fff; border: 0; border-radius: 18px; padding: 9px 16px; font-weight: 600; cursor: pointer; }
.lk-otp { display: flex; gap: 6px; margin-bottom: 8px; } .lk-otp input { width: 34px; height: 40px; text-align: center; font-size: 20px; border: 1px solid #bbb; border-radius: 8px; }
.lk-err { color: #b3261e; font-size: 13px; margin: 4px 0; }
.lk-hp { position: absolute; left: -9999px; width: 1px; height: 1px; overflow: hidden; }
.lk-captcha { display: flex; align-items: center; gap: 10px; border: 1px solid #d5d5d5; background: #fafafa; border-radius: 4px; padding: 10px; margin: 6px 0; }
.lk-foot { max-width: 1120px; margin: 0 auto 120px; padding: 16px; color: #666; }
.lk-cookie { position: fixed; left: 16px; bottom: 16px; width: 360px; background: #1e2b24; color: #fff; padding: 14px; border-radius: 10px; z-index: 30; font-size: 14px; }
.lk-cookie label { display: block; margin: 4px 0; }
#model { font-size: 11px; color: #999; white-space: pre-wrap; max-width: 1120px; margin: 0 auto; }
`;

function Chat({ posting }) {
  const steps = posting.steps;
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState(() => Object.fromEntries(steps.filter((s) => s.kind === 'choice').map((s) => [s.id, null])));
  const [composer, setComposer] = useState('');
  const [dial, setDial] = useState(posting.dialDefault);
  const [otp, setOtp] = useState(['', '', '', '', '', '']);
  const [consent, setConsent] = useState(false);
  const [human, setHuman] = useState(false);
  const [sms, setSms] = useState(false);
  const [honeypot, setHoneypot] = useState('');
  const [resume, setResume] = useState(null);
  const [autofillFile, setAutofillFile] = useState(null);
  const [startDate, setStartDate] = useState('');
  const [log, setLog] = useState([{ who: 'bot', text: steps[0].say }]);
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const [chrome, setChrome] = useState({ search: '', talentEmail: '', cookieAnalytics: false, cookiePersonalised: false, cookieClosed: false });
  const otpRefs = useRef([]);
  const autofillRef = useRef(null);
  const step = steps[index];

  function say(me, next) {
    setLog((l) => [...l, ...(me ? [{ who: 'me', text: me }] : []), ...(next ? [{ who: 'bot', text: next }] : [])]);
  }

  function send(e) {
    e.preventDefault();
    setError('');
    let shown = '';
    if (step.kind === 'consent') {
      if (!consent) return setError('Please agree to continue.');
      shown = 'I agree';
    } else if (step.kind === 'text' || step.kind === 'phone') {
      const v = composer.trim();
      if (!v && step.required) return setError(step.requiredText || 'Please answer to continue.');
      setAnswers((a) => ({ ...a, [step.id]: step.kind === 'phone' ? { dial, number: v } : v }));
      shown = v ? (step.kind === 'phone' ? `${dial.replace(/^.*?(\+\d+)$/, '$1')} ${v}` : v) : 'Skip';
      setComposer('');
    } else if (step.kind === 'otp') {
      const code = otp.join('');
      setAnswers((a) => ({ ...a, [step.id]: code }));
      shown = code ? '••••••' : 'Verify later';
    } else if (step.kind === 'choice') {
      if (!answers[step.id] && step.required) return setError('Pick one of the answers.');
      shown = answers[step.id] || 'Skip';
    } else if (step.kind === 'date') {
      if (!startDate && step.required) return setError('Pick a date.');
      setAnswers((a) => ({ ...a, [step.id]: startDate }));
      shown = startDate || 'Skip';
    } else if (step.kind === 'file') {
      if (!resume && step.required) return setError('Attach your resume to continue.');
      shown = resume ? `📎 ${resume}` : 'Skip';
    }
    const next = steps[index + 1];
    say(shown, next ? next.say : null);
    setIndex(index + 1);
  }

  function submit(e) {
    e.preventDefault();
    if (!human) return setError('Please confirm you are human.');
    if (honeypot) return setError('Something went wrong. Please try again later.');
    setError('');
    say('Submit', posting.doneText);
    setDone(true);
  }

  const textLike = step.kind === 'text' || step.kind === 'phone';
  const model = {
    step: step.id,
    stepIndex: index + 1,
    composer,
    dial,
    otp: otp.join(''),
    consent,
    startDate,
    resume,
    autofillFile,
    human,
    sms,
    honeypot,
    answers,
    chrome,
    submitted: done,
  };

  return (
    <>
      <style>{CSS}</style>
      <div className="lk-top">
        <strong>{posting.company}</strong><span>Careers</span>
        <form role="search" onSubmit={(e) => e.preventDefault()}>
          <input type="search" id="lk-search" name="keywords" aria-label="Search roles" placeholder="Search roles"
            value={chrome.search} onChange={(e) => setChrome({ ...chrome, search: e.target.value })} />
          <button type="submit">Search</button>
        </form>
      </div>
      <div className="lk-wrap">
        <article className="lk-post">
          <p>{posting.team}</p>
          <h1>{posting.title}</h1>
          <p>{posting.where} · {posting.pay}</p>
          {posting.description.map((d) => <p key={d}>{d}</p>)}
        </article>
        <section className="lk-chat" aria-label={`Apply by chat with ${posting.bot}`}>
          <header><span className="lk-avatar">{posting.bot[0]}</span><div><strong>{posting.bot}</strong><br /><small>{posting.company} recruiting assistant</small></div></header>
          <div className="lk-log" role="log" aria-live="polite">
            {log.map((m, i) => <div key={i} className={`lk-msg lk-${m.who}`}>{m.text}</div>)}
            {index === 0 && (
              <div className="lk-chips">
                <button type="button" className="lk-chip" id="lk-linkedin">Apply with LinkedIn</button>
                <button type="button" className="lk-chip" id="lk-autofill" onClick={() => autofillRef.current.click()}>Autofill from resume</button>
                <input type="file" ref={autofillRef} id="lk-autofill-file" name="autofill" accept=".pdf,.doc,.docx" hidden
                  onChange={(e) => setAutofillFile(e.target.files[0] ? e.target.files[0].name : null)} />
              </div>
            )}
          </div>
          {!done && (
            <form className="lk-dock" id="lk-form" onSubmit={step.kind === 'final' ? submit : send} noValidate>
              <div className="lk-hp" aria-hidden="true">
                <label htmlFor="lk-hp">Leave this field blank</label>
                <input type="text" id="lk-hp" name="fax_number" tabIndex={-1} autoComplete="off" value={honeypot} onChange={(e) => setHoneypot(e.target.value)} />
              </div>
              {step.kind === 'consent' && (
                <label><input type="checkbox" id="lk-consent" name="consent" checked={consent} onChange={(e) => setConsent(e.target.checked)} /> {step.consentText}</label>
              )}
              {step.kind === 'otp' && (
                <div className="lk-otp" role="group" aria-label="Verification code">
                  {otp.map((d, i) => (
                    <input key={i} ref={(el) => { otpRefs.current[i] = el; }} type="text" inputMode="numeric" maxLength={1}
                      id={`lk-otp-${i}`} name={`code${i + 1}`} aria-label={`Digit ${i + 1}`} autoComplete={i === 0 ? 'one-time-code' : 'off'} value={d}
                      onChange={(e) => {
                        const v = e.target.value.replace(/\D/g, '').slice(-1);
                        setOtp((o) => o.map((x, j) => (j === i ? v : x)));
                        if (v && otpRefs.current[i + 1]) otpRefs.current[i + 1].focus();
                      }} />
                  ))}
                </div>
              )}
              {step.kind === 'choice' && (
                <div className="lk-replies" role="radiogroup" aria-label="Quick replies">
                  {step.options.map((o) => (
                    <label key={o}><input type="radio" name={`reply-${step.id}`} value={o} checked={answers[step.id] === o}
                      onChange={() => setAnswers((a) => ({ ...a, [step.id]: o }))} />{o}</label>
                  ))}
                </div>
              )}
              {step.kind === 'date' && (
                <div className="lk-row" style={{ marginBottom: 8 }}>
                  <input type="date" id="lk-date" name="date" aria-label="Choose a date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
                </div>
              )}
              {step.kind === 'file' && (
                <div style={{ marginBottom: 8 }}>
                  <label>📎 Attach file <input type="file" id="lk-file" name="attachment" accept=".pdf,.doc,.docx"
                    onChange={(e) => setResume(e.target.files[0] ? e.target.files[0].name : null)} /></label>
                </div>
              )}
              {step.kind === 'final' && (
                <>
                  <label style={{ display: 'block', marginBottom: 6 }}><input type="checkbox" id="lk-sms" name="sms_opt_in" checked={sms} onChange={(e) => setSms(e.target.checked)} /> {step.smsText}</label>
                  <div className="lk-captcha"><input type="checkbox" id="lk-human" name="human" checked={human} onChange={(e) => setHuman(e.target.checked)} /><label htmlFor="lk-human">Verify you are human</label></div>
                </>
              )}
              {error && <p className="lk-err" role="alert">{error}</p>}
              <div className="lk-row">
                {step.kind === 'phone' && (
                  <select id="lk-dial" name="country_code" aria-label="Country code" value={dial} onChange={(e) => setDial(e.target.value)}>
                    {posting.dialCodes.map((d) => <option key={d} value={d}>{d}</option>)}
                  </select>
                )}
                <input type={textLike ? step.inputType || 'text' : 'text'} id="lk-composer" name="message" autoComplete="off"
                  placeholder={textLike ? step.placeholder || 'Type your answer…' : 'Use the options above'} disabled={!textLike}
                  inputMode={step.inputMode} value={composer} onChange={(e) => setComposer(e.target.value)} />
                {step.kind === 'final'
                  ? <button type="submit" className="lk-send" id="lk-submit">Submit application</button>
                  : <button type="submit" className="lk-send" id="lk-send">Send</button>}
              </div>
            </form>
          )}
          {done && <p id="lk-done" style={{ padding: 12, color: '#2f6b4f', fontWeight: 600 }}>Application received.</p>}
        </section>
      </div>
      <footer className="lk-foot">
        <h3>Not the right role? Join our talent community</h3>
        <label htmlFor="lk-talent">Email</label>{' '}
        <input type="email" id="lk-talent" name="talent_email" value={chrome.talentEmail} onChange={(e) => setChrome({ ...chrome, talentEmail: e.target.value })} />{' '}
        <button type="button">Join</button>
      </footer>
      {!chrome.cookieClosed && (
        <div className="lk-cookie" role="dialog" aria-label="Cookie preferences">
          <p>We use essential cookies to run this site. May we also use these?</p>
          <label><input type="checkbox" id="lk-cookie-analytics" checked={chrome.cookieAnalytics} onChange={(e) => setChrome({ ...chrome, cookieAnalytics: e.target.checked })} /> Analytics</label>
          <label><input type="checkbox" id="lk-cookie-personalised" checked={chrome.cookiePersonalised} onChange={(e) => setChrome({ ...chrome, cookiePersonalised: e.target.checked })} /> Personalised job recommendations</label>
          <button type="button" onClick={() => setChrome({ ...chrome, cookieClosed: true })}>Save choices</button>
        </div>
      )}
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </>
  );
}

export function renderChat(posting) {
  document.title = `${posting.title} · ${posting.company} Careers`;
  createRoot(document.getElementById('root')).render(<Chat posting={posting} />);
}
