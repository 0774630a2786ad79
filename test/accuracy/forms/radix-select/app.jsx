/**
 * A hosted careers page (Pinpoint-like) whose choices are Radix UI Selects: a trigger button
 * showing the value, the options in a portal at the end of <body>, and (because each Select has a
 * name inside a <form>) a hidden native <select aria-hidden> that only mirrors the value for the
 * form post. Country over world-countries, state as two-letter codes, experience in ranges,
 * sponsorship as sentences, notice period and source left to the person. The LinkedIn field has a
 * fixed "linkedin.com/in/" prefix. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import * as Select from '@radix-ui/react-select';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ value: country.cca2, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const STATES = ['AZ', 'CA', 'CO', 'MA', 'NY', 'OR', 'TX', 'WA'].map((code) => ({ value: code, label: code }));
const EXPERIENCE = ['Less than 2 years', '2–4 years', '5–9 years', '10+ years'].map((label, index) => ({ value: `exp_${index}`, label }));
const AUTHORIZED = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];
const SPONSORSHIP = [
  { value: 'needs', label: 'Yes, I will need sponsorship now or in the future' },
  { value: 'none', label: 'No, I will not need sponsorship' },
];
const NOTICE = ['Available now', '2 weeks', '4 weeks', '8+ weeks'].map((label, index) => ({ value: `n${index}`, label }));
const SOURCE = ['Fernhollow website', 'LinkedIn', 'A friend or colleague', 'Conference or meetup', 'Other'].map((label, index) => ({ value: `s${index}`, label }));

function Choice({ name, label, placeholder, options, value, onChange }) {
  return (
    <div className="field" data-field={name}>
      <label htmlFor={`${name}-trigger`}>{label}</label>
      <Select.Root name={name} value={value} onValueChange={onChange}>
        <Select.Trigger className="SelectTrigger" id={`${name}-trigger`}>
          <Select.Value placeholder={placeholder} />
          <Select.Icon>▾</Select.Icon>
        </Select.Trigger>
        <Select.Portal>
          <Select.Content className="SelectContent" position="popper" sideOffset={4}>
            <Select.Viewport className="SelectViewport">
              {options.map((option) => (
                <Select.Item key={option.value} value={option.value} className="SelectItem">
                  <Select.ItemIndicator className="SelectItemIndicator">✓</Select.ItemIndicator>
                  <Select.ItemText>{option.label}</Select.ItemText>
                </Select.Item>
              ))}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      </Select.Root>
    </div>
  );
}

const EMPTY = { first_name: '', last_name: '', email: '', phone: '', city: '', state: '', country: '', linkedin_handle: '', experience: '', authorized: '', sponsorship: '', notice: '', source: '', resume: null, cover_letter: '', terms: false };

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, label, type = 'text', extra = {}) => (
    <div className="field">
      <label htmlFor={`candidate_${key}`}>{label}</label>
      <input id={`candidate_${key}`} name={`candidate[${key}]`} type={type} value={form[key]} onChange={(event) => set(key)(event.target.value)} {...extra} />
    </div>
  );
  const submit = (event) => {
    event.preventDefault();
    const missing = ['first_name', 'last_name', 'email', 'authorized', 'sponsorship'].filter((key) => !form[key]);
    if (!form.resume) missing.push('resume');
    if (!form.terms) missing.push('terms');
    if (missing.length > 0) { setError(`Please complete: ${missing.join(', ')}`); return; }
    setSent(true);
  };
  if (sent) return <p id="thanks">Thanks, {form.first_name ? 'your' : 'the'} application is in. We reply to everyone within ten days.</p>;
  return (
    <form onSubmit={submit} noValidate>
      <h1>Analytics Platform Engineer</h1>
      <p className="hint">Remote (US) · Engineering · Full-time</p>
      <div className="row">{text('first_name', 'First name')}{text('last_name', 'Last name')}</div>
      {text('email', 'Email', 'email')}
      {text('phone', 'Phone', 'tel', { placeholder: '+1 555 555 5555' })}
      <div className="row">
        {text('city', 'City')}
        <Choice name="state" label="State" placeholder="—" options={STATES} value={form.state} onChange={set('state')} />
      </div>
      <Choice name="country" label="Country" placeholder="Select a country" options={COUNTRIES} value={form.country} onChange={set('country')} />
      <div className="field">
        <label htmlFor="candidate_linkedin_handle">LinkedIn</label>
        <div style={{ display: 'flex', alignItems: 'center', gap: 0 }}>
          <span className="hint" style={{ padding: '9px 8px', border: '1px solid #d6d3d1', borderRight: 0, borderRadius: '6px 0 0 6px', background: '#f5f5f4' }}>linkedin.com/in/</span>
          <input id="candidate_linkedin_handle" name="candidate[linkedin_handle]" type="text" style={{ flex: 1, borderRadius: '0 6px 6px 0' }} value={form.linkedin_handle} onChange={(event) => set('linkedin_handle')(event.target.value)} />
        </div>
      </div>
      <Choice name="experience" label="How many years of professional experience do you have?" placeholder="Select…" options={EXPERIENCE} value={form.experience} onChange={set('experience')} />
      <Choice name="authorized" label="Are you legally authorized to work in the United States?" placeholder="Select…" options={AUTHORIZED} value={form.authorized} onChange={set('authorized')} />
      <Choice name="sponsorship" label="Will you now or in the future require visa sponsorship?" placeholder="Select…" options={SPONSORSHIP} value={form.sponsorship} onChange={set('sponsorship')} />
      <Choice name="notice" label="What is your notice period?" placeholder="Select…" options={NOTICE} value={form.notice} onChange={set('notice')} />
      <div className="field">
        <label htmlFor="candidate_resume">Resume / CV</label>
        <input id="candidate_resume" name="candidate[resume]" type="file" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} />
      </div>
      <div className="field">
        <label htmlFor="candidate_cover_letter">Anything else you'd like us to know? (cover letter)</label>
        <textarea id="candidate_cover_letter" name="candidate[cover_letter]" rows={6} value={form.cover_letter} onChange={(event) => set('cover_letter')(event.target.value)} />
      </div>
      <Choice name="source" label="Where did you find this role?" placeholder="Select…" options={SOURCE} value={form.source} onChange={set('source')} />
      <label className="check">
        <input id="candidate_terms" type="checkbox" checked={form.terms} onChange={(event) => set('terms')(event.target.checked)} />
        <span>I agree that Fernhollow Health may store my application data for 12 months in line with its privacy policy.</span>
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <p><button type="submit" className="submit">Submit application</button></p>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
