/**
 * A conversational hourly apply for cafés and bakeries (Paradox / Harri-assistant style): a
 * recruiting assistant asks one thing per screen in a chat log; the current question's answer
 * card sits under its bubble (its own inputs, a "+1" flag before the mobile that formats as you
 * type, a café picker of address cards, role and availability chip pickers (`button` +
 * aria-pressed), Yes/No pills (`button role=radio` in a `role=radiogroup`, no native radios), a
 * date input, a paperclip upload). Answered questions turn into plain "me" bubbles. One "Send"
 * button moves on; the last card submits. Each posting's app.jsx passes its steps. State in
 * <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const formatUs = (digits) => {
  const d = digits.slice(0, 10);
  if (d.length < 4) return d.length ? `(${d}` : '';
  if (d.length < 7) return `(${d.slice(0, 3)}) ${d.slice(3)}`;
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
};

function Pills({ step, value, onChange }) {
  return (
    <div className="bw-pills" role="radiogroup" aria-labelledby={`bw-say-${step.key}`} id={`bw-q-${step.key}`}>
      {step.options.map((option) => (
        <button key={option} type="button" role="radio" aria-checked={value === option} className={value === option ? 'on' : ''} onClick={() => onChange(option)}>{option}</button>
      ))}
    </div>
  );
}

function Chips({ step, value, onChange }) {
  const toggle = (option) => onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  return (
    <div className="bw-chips" role="group" aria-labelledby={`bw-say-${step.key}`} id={`bw-q-${step.key}`}>
      {step.options.map((option) => (
        <button key={option} type="button" aria-pressed={value.includes(option)} className={value.includes(option) ? 'on' : ''} onClick={() => toggle(option)}>{value.includes(option) ? '✓ ' : '+ '}{option}</button>
      ))}
    </div>
  );
}

function Cards({ step, value, onChange }) {
  return (
    <div className="bw-cards" role="radiogroup" aria-labelledby={`bw-say-${step.key}`} id={`bw-q-${step.key}`}>
      {step.options.map(([name, address, distance]) => (
        <button key={name} type="button" role="radio" aria-checked={value === name} className={value === name ? 'on' : ''} onClick={() => onChange(name)}>
          <b>{name}</b><span>{address}</span><em>{distance}</em>
        </button>
      ))}
    </div>
  );
}

function Answer({ step, value, set }) {
  const id = `bw-a-${step.key}`;
  switch (step.type) {
    case 'text':
    case 'email':
      return <input id={id} className="bw-in" type={step.type} placeholder={step.placeholder ?? 'Type your answer…'} aria-labelledby={`bw-say-${step.key}`} value={value} onChange={(e) => set(step.key, e.target.value)} autoComplete="off" />;
    case 'zip':
      return <input id={id} className="bw-in" inputMode="numeric" maxLength={5} placeholder="ZIP code" aria-labelledby={`bw-say-${step.key}`} value={value} onChange={(e) => set(step.key, e.target.value)} />;
    case 'phone':
      return (
        <div className="bw-phone"><span className="bw-flag" aria-hidden="true">🇺🇸 +1</span>
          <input id={id} className="bw-in" type="tel" placeholder="(555) 555-5555" maxLength={14} aria-labelledby={`bw-say-${step.key}`} value={formatUs(value)} onChange={(e) => set(step.key, e.target.value.replace(/\D/g, '').replace(/^1(?=\d{10})/, '').slice(0, 10))} />
        </div>
      );
    case 'date':
      return <input id={id} className="bw-in" type="date" aria-label="Pick a date" value={value} onChange={(e) => set(step.key, e.target.value)} />;
    case 'pair':
      return (
        <div className="bw-pair">{step.fields.map((f) => (
          <label key={f.key}><span>{f.label}</span><input id={`bw-a-${f.key}`} className="bw-in" value={value[f.key] ?? ''} onChange={(e) => set(step.key, { ...value, [f.key]: e.target.value })} /></label>
        ))}</div>
      );
    case 'yesno':
    case 'pills':
      return <Pills step={step.type === 'yesno' ? { ...step, options: ['Yes', 'No'] } : step} value={value} onChange={(v) => set(step.key, v)} />;
    case 'chips':
      return <Chips step={step} value={value} onChange={(v) => set(step.key, v)} />;
    case 'cards':
      return <Cards step={step} value={value} onChange={(v) => set(step.key, v)} />;
    case 'file':
      return (
        <label className="bw-clip"><span aria-hidden="true">📎</span> Attach a file
          <input id={id} type="file" accept=".pdf,.doc,.docx" onChange={(e) => set(step.key, e.target.files[0]?.name ?? null)} />
        </label>
      );
    case 'consent':
      return <label className="bw-consent"><input id={id} type="checkbox" checked={value} onChange={(e) => set(step.key, e.target.checked)} /> {step.text}</label>;
    default:
      throw new Error(`unknown step type ${step.type}`);
  }
}

const EMPTY = { chips: [], pair: {}, file: null, consent: false, yesno: null, pills: null, cards: null };
const empty = (step) => (step.type in EMPTY ? EMPTY[step.type] : '');
const shown = (step, value) => {
  if (step.type === 'phone') return formatUs(value);
  if (step.type === 'pair') return step.fields.map((f) => value[f.key]).filter(Boolean).join(' · ');
  if (step.type === 'chips') return value.join(', ') || '(skipped)';
  if (step.type === 'file') return value ?? '(no file)';
  return value || '(skipped)';
};
const answered = (step, value) => {
  if (!step.required) return true;
  if (step.type === 'pair') return step.fields.every((f) => (value[f.key] ?? '').trim());
  if (step.type === 'chips') return value.length > 0;
  if (step.type === 'email') return /.+@.+\..+/.test(value);
  if (step.type === 'phone') return value.length === 10;
  return value !== null && value !== '' && value !== false;
};

function Chat({ posting }) {
  const [answers, setAnswers] = useState(() => Object.fromEntries(posting.steps.map((s) => [s.key, empty(s)])));
  const [at, setAt] = useState(0);
  const [nudge, setNudge] = useState('');
  const [done, setDone] = useState(false);
  const set = (key, value) => setAnswers((a) => ({ ...a, [key]: value }));
  const step = posting.steps[at];
  const last = at === posting.steps.length - 1;
  const send = () => {
    if (!answered(step, answers[step.key])) { setNudge(step.nudge ?? 'I need an answer to keep going.'); return; }
    setNudge('');
    if (last) setDone(true); else setAt(at + 1);
  };
  return (
    <div className="bw-shell">
      <header className="bw-top"><span className="bw-avatar" aria-hidden="true">{posting.bot[0]}</span><div><b>{posting.bot}</b><small>{posting.company} Hiring Assistant</small></div></header>
      <div className="bw-log" role="log" aria-live="polite">
        {posting.intro.map((line, i) => <p key={i} className="bw-msg bot">{line}</p>)}
        {posting.steps.slice(0, at).map((s) => (
          <div key={s.key}><p className="bw-msg bot">{s.say}</p><p className="bw-msg me">{shown(s, answers[s.key])}</p></div>
        ))}
        {done ? <p className="bw-msg bot" id="bw-done">{posting.thanks}</p> : (
          <div className="bw-current">
            <p className="bw-msg bot" id={`bw-say-${step.key}`}>{step.say}</p>
            <div className="bw-card">
              <Answer step={step} value={answers[step.key]} set={set} />
              {nudge ? <p className="bw-nudge" role="alert">{nudge}</p> : null}
              <div className="bw-actions">
                {last
                  ? <button type="button" id="bw-submit" className="bw-send" onClick={send}>Submit application</button>
                  : <button type="button" id="bw-send" className="bw-send" onClick={send}>{step.required ? 'Send' : 'Send / Skip'}</button>}
              </div>
            </div>
            <p className="bw-progress">Question {at + 1} of {posting.steps.length}</p>
          </div>
        )}
      </div>
      <pre id="model">{JSON.stringify(answers, null, 1)}</pre>
    </div>
  );
}

/** Renders one posting's chat: `{ bot, company, intro, thanks, steps }`. */
export function renderChat(posting) {
  createRoot(document.getElementById('root')).render(<Chat posting={posting} />);
}
