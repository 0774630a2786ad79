/*
 * A niche data job board's "Quick apply" box beside a posting, written in plain React with a
 * home-made CSS-in-JS helper: every element's class is a hash of its styles (`css-1k9x2a`), the
 * inputs' ids come from useId, and captions are <div>s beside the inputs (no <label for>, no
 * aria). Some boxes have only a placeholder. The yes/no questions are pill-shaped segmented
 * radios whose <label> wraps a visually hidden input; the resume input hides inside a label
 * styled as a button. The submit is a type=button that validates in JS. The form state is
 * rendered into <pre id="model">.
 */
import { useId, useState } from 'react';
import { createRoot } from 'react-dom/client';

const sheet = document.createElement('style');
document.head.appendChild(sheet);
const made = new Map();
/** A tiny emotion-like helper: hashes a style string into a class and injects its rule once. */
function css(rules) {
  if (made.has(rules)) return made.get(rules);
  let hash = 5381;
  for (let i = 0; i < rules.length; i++) hash = ((hash * 33) ^ rules.charCodeAt(i)) >>> 0;
  const name = `css-${hash.toString(36)}`;
  sheet.appendChild(document.createTextNode(`.${name}{${rules}}`));
  made.set(rules, name);
  return name;
}
const box = css('display:block;width:100%;box-sizing:border-box;padding:10px 12px;border:1px solid #cfd6e4;border-radius:8px;font:inherit;background:#fff;');
const cap = css('font-size:13px;font-weight:600;color:#334155;margin:0 0 4px;');
const row = css('margin:0 0 14px;');
const pills = css('display:flex;gap:8px;');
const pill = css('flex:1;text-align:center;padding:8px 0;border:1px solid #cfd6e4;border-radius:999px;cursor:pointer;user-select:none;');
const pillOn = css('flex:1;text-align:center;padding:8px 0;border:1px solid #4f46e5;border-radius:999px;cursor:pointer;user-select:none;background:#eef2ff;color:#3730a3;font-weight:600;');
const hidden = css('position:absolute;opacity:0;width:1px;height:1px;margin:0;');
const err = css('color:#dc2626;font-size:12px;margin-top:3px;');

const YEARS = ['1+', '3+', '5+', '7+', '10+'];

function Pills({ name, value, onChange, options }) {
  return (
    <div className={pills}>
      {options.map((option) => (
        <label key={option} className={value === option ? pillOn : pill}>
          <input className={hidden} type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {option}
        </label>
      ))}
    </div>
  );
}

function QuickApply() {
  const ids = {
    name: useId(), email: useId(), phone: useId(), based: useId(), linkedin: useId(), github: useId(), site: useId(),
    years: useId(), salary: useId(), resume: useId(), note: useId(), share: useId(),
  };
  const [form, setForm] = useState({
    name: '', email: '', phone: '', based: '', linkedin: '', github: '', site: '', years: '', sponsor: '', relocate: '',
    salary: '', resume: '', note: '', share: false,
  });
  const [errors, setErrors] = useState({});
  const [done, setDone] = useState(false);
  const set = (key) => (event) => setForm((old) => ({ ...old, [key]: event.target.type === 'checkbox' ? event.target.checked : event.target.value }));
  const send = () => {
    const next = {};
    for (const key of ['name', 'email', 'years', 'sponsor', 'resume']) if (!form[key]) next[key] = 'Required';
    setErrors(next);
    if (Object.keys(next).length === 0) setDone(true);
  };
  if (done) return <div id="qa-done" className={css('padding:18px;background:#ecfdf5;border-radius:10px;color:#065f46;')}>Sent! Brightline Data will see your application today.</div>;
  return (
    <div className={css('font:15px/1.45 Inter,system-ui,sans-serif;color:#0f172a;')}>
      <div className={row}>
        <div className={cap}>Full name</div>
        <input className={box} id={ids.name} value={form.name} onChange={set('name')} autoComplete="off" />
        {errors.name && <div className={err}>{errors.name}</div>}
      </div>
      <div className={row}>
        <input className={box} id={ids.email} type="email" placeholder="Email address" value={form.email} onChange={set('email')} />
        {errors.email && <div className={err}>{errors.email}</div>}
      </div>
      <div className={row}>
        <div className={cap}>Phone</div>
        <input className={box} id={ids.phone} type="tel" placeholder="+1 (555) 000-0000" value={form.phone} onChange={set('phone')} />
      </div>
      <div className={row}>
        <div className={cap}>Where are you based?</div>
        <input className={box} id={ids.based} placeholder="City, State" value={form.based} onChange={set('based')} />
      </div>
      <div className={row}><input className={box} id={ids.linkedin} placeholder="https://linkedin.com/in/…" value={form.linkedin} onChange={set('linkedin')} /></div>
      <div className={row}><input className={box} id={ids.github} placeholder="GitHub (optional)" value={form.github} onChange={set('github')} /></div>
      <div className={row}>
        <div className={cap}>Portfolio or personal site</div>
        <input className={box} id={ids.site} value={form.site} onChange={set('site')} />
      </div>
      <div className={row}>
        <select className={box} id={ids.years} value={form.years} onChange={set('years')}>
          <option value="">Years of experience</option>
          {YEARS.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
        {errors.years && <div className={err}>{errors.years}</div>}
      </div>
      <div className={row}>
        <div className={cap}>Do you need visa sponsorship to work in the US?</div>
        <Pills name="sponsor" value={form.sponsor} onChange={(v) => setForm((old) => ({ ...old, sponsor: v }))} options={['Yes', 'No']} />
        {errors.sponsor && <div className={err}>{errors.sponsor}</div>}
      </div>
      <div className={row}>
        <div className={cap}>Open to relocating to Denver?</div>
        <Pills name="relocate" value={form.relocate} onChange={(v) => setForm((old) => ({ ...old, relocate: v }))} options={['Yes', 'No', 'Maybe']} />
      </div>
      <div className={row}>
        <div className={cap}>Desired base salary</div>
        <div className={css('display:flex;align-items:center;gap:6px;')}>
          <span className={css('color:#64748b;')}>$</span>
          <input className={box} id={ids.salary} inputMode="numeric" value={form.salary} onChange={set('salary')} />
          <span className={css('color:#64748b;white-space:nowrap;font-size:13px;')}>USD / year</span>
        </div>
      </div>
      <div className={row}>
        <label className={css('display:block;padding:14px;border:1px dashed #94a3b8;border-radius:8px;text-align:center;cursor:pointer;color:#475569;')}>
          <input className={hidden} id={ids.resume} type="file" accept=".pdf" onChange={(e) => setForm((old) => ({ ...old, resume: e.target.files[0]?.name ?? '' }))} />
          {form.resume ? `📎 ${form.resume}` : 'Upload resume (PDF)'}
        </label>
        {errors.resume && <div className={err}>{errors.resume}</div>}
      </div>
      <div className={row}>
        <textarea className={box} id={ids.note} rows={5} placeholder="Paste a cover letter or a short note to the hiring manager (optional)" value={form.note} onChange={set('note')} />
      </div>
      <div className={row}>
        <input type="checkbox" id={ids.share} checked={form.share} onChange={set('share')} />
        <span className={css('font-size:13px;color:#475569;margin-left:6px;')}>Let other employers on Stackyard find my profile</span>
      </div>
      <button type="button" id="qa-send" className={css('width:100%;padding:12px;border:0;border-radius:8px;background:#4f46e5;color:#fff;font-size:15px;font-weight:600;cursor:pointer;')} onClick={send}>Send application</button>
      <pre id="model" className={css('font-size:10px;color:#94a3b8;white-space:pre-wrap;word-break:break-all;')}>{JSON.stringify(form)}</pre>
    </div>
  );
}

createRoot(document.getElementById('quick-apply')).render(<QuickApply />);
