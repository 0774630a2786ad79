/**
 * Another posting on Fernhollow Health's hosted careers page (Pinpoint-like) whose choices are Radix
 * UI Selects (trigger button, options in a portal at the end of <body>, hidden native <select
 * aria-hidden> mirroring the value). This clinical-data posting words work authorization and
 * sponsorship as sentences, buckets experience as "7–10 years", asks the start as a month, the
 * salary as bands, education, the time zone the person works from, and adds Epic-certification,
 * former-employee and flu-vaccination questions. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import * as Select from '@radix-ui/react-select';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ value: country.cca2, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const STATES = ['AZ', 'CA', 'CO', 'MA', 'NY', 'OR', 'TX', 'WA'].map((code) => ({ value: code, label: code }));
const EXPERIENCE = ['Under 3 years', '3–6 years', '7–10 years', 'Over 10 years'].map((label, index) => ({ value: `exp_${index}`, label }));
const AUTHORIZED = [
  { value: 'any', label: 'I am authorized to work in the US for any employer' },
  { value: 'current', label: 'I am authorized to work in the US for my present employer only' },
  { value: 'no', label: 'I am not authorized to work in the US' },
];
const SPONSORSHIP = [
  { value: 'none', label: 'I will not require sponsorship' },
  { value: 'now', label: 'I will require sponsorship now' },
  { value: 'future', label: 'I will require sponsorship in the future (e.g. when OPT ends)' },
];
const START = ['December 2026', 'January 2027', 'February 2027', 'March 2027 or later'].map((label, index) => ({ value: `m${index}`, label }));
const SALARY = ['Under $100,000', '$100,000–$124,999', '$125,000–$149,999', '$150,000–$174,999', '$175,000 or more'].map((label, index) => ({ value: `b${index}`, label }));
const EDUCATION = ['High school diploma or GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD, MD, PharmD)'].map((label, index) => ({ value: `e${index}`, label }));
const TIMEZONE = ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Alaska / Hawaii', 'Outside the US'].map((label, index) => ({ value: `tz${index}`, label }));
const EPIC = ['Clarity Data Model', 'Caboodle Data Model', 'Cogito Tools Administration', 'More than one of these', 'None'].map((label, index) => ({ value: `c${index}`, label }));
const YES_NO = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];
const FLU = [{ value: 'yes', label: 'Yes' }, { value: 'exempt', label: 'I will request a medical or religious exemption' }, { value: 'no', label: 'No' }];
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

const EMPTY = { first_name: '', last_name: '', email: '', phone: '', city: '', state: '', country: '', linkedin_handle: '', timezone: '', experience: '', education: '', authorized: '', sponsorship: '', start: '', notice: '', salary: '', epic: '', former: '', flu: '', source: '', resume: null, cover_letter: '', terms: false };

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
      <h1>Clinical Data Engineer (Epic Clarity)</h1>
      <p className="hint">Remote (US) · Data &amp; Analytics · Full-time</p>
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
      <Choice name="timezone" label="Which time zone will you work from?" placeholder="Select…" options={TIMEZONE} value={form.timezone} onChange={set('timezone')} />
      <Choice name="experience" label="How many years of professional experience do you have in data engineering?" placeholder="Select…" options={EXPERIENCE} value={form.experience} onChange={set('experience')} />
      <Choice name="education" label="Highest level of education completed" placeholder="Select…" options={EDUCATION} value={form.education} onChange={set('education')} />
      <Choice name="authorized" label="Which statement best describes your right to work in the United States?" placeholder="Select…" options={AUTHORIZED} value={form.authorized} onChange={set('authorized')} />
      <Choice name="sponsorship" label="Which statement best describes your need for visa sponsorship?" placeholder="Select…" options={SPONSORSHIP} value={form.sponsorship} onChange={set('sponsorship')} />
      <Choice name="start" label="Which month could you start?" placeholder="Select…" options={START} value={form.start} onChange={set('start')} />
      <Choice name="notice" label="What is your notice period?" placeholder="Select…" options={NOTICE} value={form.notice} onChange={set('notice')} />
      <Choice name="salary" label="What base salary range are you targeting?" placeholder="Select…" options={SALARY} value={form.salary} onChange={set('salary')} />
      <Choice name="epic" label="Which Epic certifications do you currently hold?" placeholder="Select…" options={EPIC} value={form.epic} onChange={set('epic')} />
      <Choice name="former" label="Have you ever worked for Fernhollow Health or one of its affiliated clinics?" placeholder="Select…" options={YES_NO} value={form.former} onChange={set('former')} />
      <Choice name="flu" label="Fernhollow requires an annual flu vaccination for all staff, including remote staff. Will you comply?" placeholder="Select…" options={FLU} value={form.flu} onChange={set('flu')} />
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
