/**
 * Justworks-Hiring-style application card (React, no component library) for Pebblestack Coffee Co.: see index.html.
 */

import { useId, useState } from 'react';
import { createRoot } from 'react-dom/client';

const CONFIG = {
  "company": "Pebblestack Coffee Co.",
  "job": "Analytics Engineer, Growth",
  "meta": "Data · Oakland, CA (hybrid) · Full-time · $135,000 – $160,000",
  "blurb": "<p>Pebblestack roasts and ships specialty coffee to 40,000 subscribers. You will own the dbt models behind subscriptions, churn and wholesale.</p>",
  "places": [
    "San Francisco, California, United States",
    "South San Francisco, California, United States",
    "San Francisco de Macorís, Duarte, Dominican Republic",
    "San Fernando, California, United States",
    "San Jose, California, United States",
    "Oakland, California, United States",
    "Santa Fe, New Mexico, United States",
    "New York, New York, United States",
    "Brooklyn, New York, United States",
    "Austin, Texas, United States",
    "Seattle, Washington, United States",
    "Portland, Oregon, United States",
    "Toronto, Ontario, Canada",
    "London, England, United Kingdom"
  ],
  "links": [
    "LinkedIn",
    "Portfolio",
    "GitHub"
  ],
  "questions": [
    {
      "key": "q_52610",
      "kind": "text",
      "text": "Current company"
    },
    {
      "key": "q_52611",
      "kind": "text",
      "text": "Current job title"
    },
    {
      "key": "q_52612",
      "kind": "radio",
      "text": "How many years have you worked in data or analytics?",
      "options": [
        "Under 2",
        "2 to 4",
        "5 to 8",
        "9 or more"
      ]
    },
    {
      "key": "q_52613",
      "kind": "select",
      "text": "Are you authorized to work in the United States without sponsorship?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "key": "q_52614",
      "kind": "yesno",
      "text": "Do you live within commuting distance of Oakland, CA?",
      "hint": "The team meets in our Jack London Square roastery on Tuesdays and Thursdays."
    },
    {
      "key": "q_52615",
      "kind": "salary",
      "text": "Desired compensation"
    },
    {
      "key": "q_52616",
      "kind": "select",
      "text": "Highest degree",
      "options": [
        "High school",
        "Associate",
        "Bachelor’s",
        "Master’s",
        "PhD"
      ]
    },
    {
      "key": "q_52617",
      "kind": "text",
      "text": "Anything else you’d like to share?",
      "textarea": true
    }
  ]
};

const DIAL = [['us', 'United States (+1)'], ['ca', 'Canada (+1)'], ['mx', 'Mexico (+52)'], ['gb', 'United Kingdom (+44)'], ['de', 'Germany (+49)'], ['in', 'India (+91)']];
const LINK_TYPES = ['LinkedIn', 'GitHub', 'Portfolio', 'Personal website', 'Other'];

function Field({ label, optional, hint, children, htmlFor, as = 'div', id }) {
  const Tag = as;
  const Caption = as === 'fieldset' ? 'legend' : 'label';
  return (
    <Tag className="jw-field" id={id}>
      <Caption className="jw-label" {...(Caption === 'label' ? { htmlFor } : {})}>{label}{optional ? <span className="jw-optional"> (optional)</span> : <span className="jw-req"> *</span>}</Caption>
      {hint ? <div className="jw-hint">{hint}</div> : null}
      {children}
    </Tag>
  );
}

function LocationTypeahead({ value, onChange }) {
  const [text, setText] = useState(value ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const q = text.trim().toLowerCase();
  const hits = q.length < 2 ? [] : CONFIG.places.filter((p) => p.toLowerCase().includes(q)).slice(0, 7);
  const choose = (p) => { onChange(p); setText(p); setOpen(false); };
  return (
    <div className="jw-combo">
      <input id="candidate-location" className="jw-input" role="combobox" aria-expanded={open && hits.length > 0} aria-controls={listId} aria-autocomplete="list"
        autoComplete="off" placeholder="Start typing a city" value={text}
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(0); if (value) onChange(null); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(a + 1, hits.length - 1)); }
          if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          if (e.key === 'Enter' && open && hits[active]) { e.preventDefault(); choose(hits[active]); }
        }}
        onBlur={() => { setOpen(false); setText(value ?? ''); }} />
      {open && hits.length > 0 ? (
        <ul className="jw-menu" role="listbox" id={listId}>
          {hits.map((p, i) => <li key={p} role="option" aria-selected={i === active} className="jw-option" onMouseDown={(e) => { e.preventDefault(); choose(p); }}>{p}</li>)}
        </ul>
      ) : null}
    </div>
  );
}

function YesNo({ id, value, onChange }) {
  return (
    <div className="jw-yesno" id={id} role="group">
      {['Yes', 'No'].map((v) => <button type="button" key={v} aria-pressed={value === v.toLowerCase()} onClick={() => onChange(v.toLowerCase())}>{v}</button>)}
    </div>
  );
}

function App() {
  const [m, setM] = useState(() => ({
    fullName: '', preferredName: '', email: '', phoneCountry: 'us', phone: '', location: null,
    resume: null, coverLetter: null,
    links: CONFIG.links.map((type) => ({ type, url: '' })),
    answers: Object.fromEntries(CONFIG.questions.map((q) => [q.key, q.kind === 'checks' ? [] : q.kind === 'yesno' ? null : q.kind === 'salary' ? { currency: '', amount: '', period: '' } : ''])),
    saveProfile: false, talentCommunity: false, privacy: false,
  }));
  const [done, setDone] = useState(false);
  const [error, setError] = useState('');
  const set = (k) => (v) => setM((s) => ({ ...s, [k]: v }));
  const setA = (k) => (v) => setM((s) => ({ ...s, answers: { ...s.answers, [k]: v } }));
  const setLink = (i, k, v) => setM((s) => ({ ...s, links: s.links.map((l, j) => (j === i ? { ...l, [k]: v } : l)) }));

  const submit = (e) => {
    e.preventDefault();
    if (!m.fullName.trim() || !m.email.trim()) return setError('Please add your name and email.');
    if (!m.resume) return setError('A resume is required to apply.');
    if (!m.privacy) return setError('Please accept the privacy notice.');
    setError(''); setDone(true);
  };

  const question = (q) => {
    const v = m.answers[q.key];
    const qid = 'question-' + q.key;
    if (q.kind === 'select') return (
      <Field key={q.key} label={q.text} optional={!q.required} htmlFor={qid} hint={q.hint}>
        <select id={qid} name={'answers[' + q.key + ']'} className="jw-input" value={v} onChange={(e) => setA(q.key)(e.target.value)}>
          <option value="">Choose one</option>{q.options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </Field>);
    if (q.kind === 'radio') return (
      <Field key={q.key} as="fieldset" label={q.text} optional={!q.required} hint={q.hint} id={qid}>
        {q.options.map((o) => <label key={o} className="jw-radio"><input type="radio" name={'answers[' + q.key + ']'} value={o} checked={v === o} onChange={() => setA(q.key)(o)} /> {o}</label>)}
      </Field>);
    if (q.kind === 'checks') return (
      <Field key={q.key} as="fieldset" label={q.text} optional hint={q.hint} id={qid}>
        {q.options.map((o, i) => <label key={o} className="jw-radio"><input type="checkbox" id={qid + '-' + i} name={'answers[' + q.key + '][]'} value={o} checked={v.includes(o)} onChange={(e) => setA(q.key)(e.target.checked ? [...v, o] : v.filter((x) => x !== o))} /> {o}</label>)}
      </Field>);
    if (q.kind === 'yesno') return (
      <Field key={q.key} as="fieldset" label={q.text} optional={!q.required} hint={q.hint}>
        <YesNo id={qid} value={v} onChange={setA(q.key)} />
      </Field>);
    if (q.kind === 'salary') return (
      <Field key={q.key} as="fieldset" label={q.text} optional={!q.required} hint={q.hint} id={qid}>
        <div className="jw-salary">
          <select id={qid + '-currency'} aria-label="Currency" className="jw-input" value={v.currency ?? ''} onChange={(e) => setA(q.key)({ ...v, currency: e.target.value })}>
            <option value="">—</option>{['USD', 'EUR', 'GBP', 'CAD', 'AUD'].map((c) => <option key={c}>{c}</option>)}
          </select>
          <input id={qid + '-amount'} aria-label="Amount" className="jw-input" inputMode="numeric" value={v.amount ?? ''} onChange={(e) => setA(q.key)({ ...v, amount: e.target.value })} />
          <select id={qid + '-period'} aria-label="Period" className="jw-input" value={v.period ?? ''} onChange={(e) => setA(q.key)({ ...v, period: e.target.value })}>
            <option value="">—</option>{['Hourly', 'Monthly', 'Annually'].map((c) => <option key={c}>{c}</option>)}
          </select>
        </div>
      </Field>);
    const { textarea } = q;
    return (
      <Field key={q.key} label={q.text} optional={!q.required} htmlFor={qid} hint={q.hint}>
        {textarea
          ? <textarea id={qid} name={'answers[' + q.key + ']'} className="jw-input" rows={5} value={v} onChange={(e) => setA(q.key)(e.target.value)} />
          : <input id={qid} name={'answers[' + q.key + ']'} className="jw-input" placeholder={q.placeholder} type={q.type ?? 'text'} value={v} onChange={(e) => setA(q.key)(e.target.value)} />}
      </Field>);
  };

  if (done) return <div className="jw-card" id="jw-done"><h2>Thanks, your application was sent to {CONFIG.company}.</h2><pre id="model">{JSON.stringify(m, null, 2)}</pre></div>;
  return (
    <form className="jw-card" onSubmit={submit} noValidate>
      <h2 className="jw-h">Apply for this job</h2>
      <p className="jw-hint">Only your name, email and resume are required. Everything else helps {CONFIG.company} get to know you.</p>
      <Field label="Full name" htmlFor="candidate-full-name"><input id="candidate-full-name" className="jw-input" value={m.fullName} onChange={(e) => set('fullName')(e.target.value)} /></Field>
      <Field label="Preferred first name" optional htmlFor="candidate-preferred-name" hint="If it's different from your legal name"><input id="candidate-preferred-name" className="jw-input" value={m.preferredName} onChange={(e) => set('preferredName')(e.target.value)} /></Field>
      <Field label="Email address" htmlFor="candidate-email"><input id="candidate-email" type="email" className="jw-input" value={m.email} onChange={(e) => set('email')(e.target.value)} /></Field>
      <Field label="Phone" optional as="fieldset">
        <div className="jw-phone">
          <select id="candidate-phone-country" aria-label="Country calling code" className="jw-input" value={m.phoneCountry} onChange={(e) => set('phoneCountry')(e.target.value)}>
            {DIAL.map(([v, t]) => <option key={v} value={v}>{t}</option>)}
          </select>
          <input id="candidate-phone" type="tel" aria-label="Phone number" className="jw-input" value={m.phone} onChange={(e) => set('phone')(e.target.value)} />
        </div>
      </Field>
      <Field label="Location" optional hint="Pick your city from the list">
        <LocationTypeahead value={m.location} onChange={set('location')} />
      </Field>
      <Field label="Resume" htmlFor="candidate-resume">
        <label className="jw-drop"><input id="candidate-resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
          <span>{m.resume ?? 'Drop your resume here or browse'}</span></label>
      </Field>
      <Field label="Cover letter" optional htmlFor="candidate-cover-letter">
        <label className="jw-drop small"><input id="candidate-cover-letter" type="file" accept=".pdf,.doc,.docx,.txt" onChange={(e) => set('coverLetter')(e.target.files[0]?.name ?? null)} />
          <span>{m.coverLetter ?? 'Attach a file'}</span></label>
      </Field>
      <fieldset className="jw-field">
        <legend className="jw-label">Links<span className="jw-optional"> (optional)</span></legend>
        {m.links.map((l, i) => (
          <div className="jw-link" key={i}>
            <select id={'link-type-' + i} aria-label="Link type" className="jw-input" value={l.type} onChange={(e) => setLink(i, 'type', e.target.value)}>{LINK_TYPES.map((t) => <option key={t}>{t}</option>)}</select>
            <input id={'link-url-' + i} aria-label="URL" placeholder="https://" className="jw-input" value={l.url} onChange={(e) => setLink(i, 'url', e.target.value)} />
            <button type="button" className="jw-x" aria-label="Remove link" onClick={() => setM((s) => ({ ...s, links: s.links.filter((_, j) => j !== i) }))}>×</button>
          </div>
        ))}
        <button type="button" className="jw-add" onClick={() => setM((s) => ({ ...s, links: [...s.links, { type: 'Other', url: '' }] }))}>+ Add link</button>
      </fieldset>
      <h3 className="jw-h3">Questions from {CONFIG.company}</h3>
      {CONFIG.questions.map(question)}
      <div className="jw-consents">
        <label><input type="checkbox" id="save-profile" checked={m.saveProfile} onChange={(e) => set('saveProfile')(e.target.checked)} /> Save my profile for future applications on Justworks Hiring</label>
        <label><input type="checkbox" id="talent-community" checked={m.talentCommunity} onChange={(e) => set('talentCommunity')(e.target.checked)} /> Keep me posted about future openings at {CONFIG.company}</label>
        <label><input type="checkbox" id="privacy" checked={m.privacy} onChange={(e) => set('privacy')(e.target.checked)} /> I have read the <a href="#privacy">applicant privacy notice</a> *</label>
      </div>
      {error ? <div className="jw-error" role="alert">{error}</div> : null}
      <button type="submit" id="jw-submit" className="jw-submit">Submit application</button>
      <pre id="model">{JSON.stringify(m, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
