/*
 * Ferrous Robotics careers: a Next.js-style page with shadcn/ui-like pieces written here:
 * react-hook-form (register + Controller), cmdk Command inside a Radix Popover for a grouped
 * location combobox, an async school combobox (shouldFilter=false, results 300 ms after typing)
 * and a multi-select skills combobox with badges; a Radix Switch pair for eligibility; a "Pick a
 * date" button opening a react-day-picker Calendar that starts at the first cohort month
 * (January 2027); a native select for the degree. State goes to <pre id="model">.
 */
import 'react-day-picker/style.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import * as Popover from '@radix-ui/react-popover';
import { Command } from 'cmdk';
import { DayPicker } from 'react-day-picker';
import { Check, ChevronsUpDown, CalendarIcon, X } from 'lucide-react';

const CITIES = {
  Suggested: ['San Francisco, CA', 'Pittsburgh, PA', 'Boston, MA', 'Remote — United States'],
  'All locations': ['Austin, TX', 'Denver, CO', 'Detroit, MI', 'Los Angeles, CA', 'New York, NY', 'Oakland, CA', 'San Jose, CA', 'Seattle, WA', 'South San Francisco, CA', 'Toronto, Canada', 'Remote — Canada'],
};
const SCHOOLS = [
  'Carnegie Mellon University', 'Georgia Institute of Technology', 'Massachusetts Institute of Technology', 'Stanford University',
  'University of California, Berkeley', 'University of California, San Diego', 'University of California, Santa Barbara',
  'University of Michigan', 'University of Washington', 'Berkeley College',
];
const SKILLS = ['C++', 'Python', 'ROS 2', 'Rust', 'Kafka', 'Spark', 'Airflow', 'Kubernetes', 'Time-series databases'];

function searchSchools(q) {
  return new Promise((resolve) => setTimeout(() => resolve(SCHOOLS.filter((s) => s.toLowerCase().includes(q.toLowerCase()))), 300));
}

function Combo({ id, value, onChange, placeholder, children, searchPlaceholder, shouldFilter = true, onSearch, search }) {
  const [open, setOpen] = useState(false);
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button type="button" id={id} role="combobox" aria-expanded={open} className="fr-combo-trigger">
          <span className={value ? '' : 'fr-muted'}>{value || placeholder}</span>
          <ChevronsUpDown size={14} aria-hidden="true" />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="fr-popover" align="start" sideOffset={4}>
          <Command shouldFilter={shouldFilter} className="fr-command">
            <Command.Input placeholder={searchPlaceholder} className="fr-command-input" value={search} onValueChange={onSearch} />
            <Command.List className="fr-command-list">
              {children((v) => { onChange(v); setOpen(false); })}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function SchoolCombo({ value, onChange }) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (q.length < 2) { setResults([]); return; }
    let live = true;
    setLoading(true);
    searchSchools(q).then((r) => { if (live) { setResults(r); setLoading(false); } });
    return () => { live = false; };
  }, [q]);
  return (
    <Combo id="fr-school" value={value} onChange={onChange} placeholder="Search for your school" searchPlaceholder="Type a school name…" shouldFilter={false} search={q} onSearch={setQ}>
      {(pick) => (
        <>
          {loading && <Command.Loading>Searching…</Command.Loading>}
          {!loading && <Command.Empty>{q.length < 2 ? 'Type at least 2 letters.' : 'No school found.'}</Command.Empty>}
          {results.map((s) => (
            <Command.Item key={s} value={s} onSelect={() => pick(s)} className="fr-item">
              <Check size={14} className={value === s ? '' : 'fr-invisible'} aria-hidden="true" />{s}
            </Command.Item>
          ))}
        </>
      )}
    </Combo>
  );
}

function SkillsCombo({ value, onChange }) {
  const [open, setOpen] = useState(false);
  const toggle = (s) => onChange(value.includes(s) ? value.filter((x) => x !== s) : [...value, s]);
  return (
    <div>
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <button type="button" id="fr-skills" role="combobox" aria-expanded={open} className="fr-combo-trigger">
            <span className="fr-muted">{value.length ? `${value.length} selected` : 'Select skills'}</span>
            <ChevronsUpDown size={14} aria-hidden="true" />
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content className="fr-popover" align="start" sideOffset={4}>
            <Command className="fr-command">
              <Command.Input placeholder="Search skills…" className="fr-command-input" />
              <Command.List className="fr-command-list">
                <Command.Empty>No skill found.</Command.Empty>
                <Command.Group heading="Skills">
                  {SKILLS.map((s) => (
                    <Command.Item key={s} value={s} onSelect={() => toggle(s)} className="fr-item">
                      <Check size={14} className={value.includes(s) ? '' : 'fr-invisible'} aria-hidden="true" />{s}
                    </Command.Item>
                  ))}
                </Command.Group>
              </Command.List>
            </Command>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      <div className="fr-badges">{value.map((s) => <span key={s} className="fr-badge">{s}<button type="button" aria-label={`Remove ${s}`} onClick={() => toggle(s)}><X size={10} /></button></span>)}</div>
    </div>
  );
}

function SwitchRow({ id, label, checked, onChange, description }) {
  return (
    <div className="fr-switch-row">
      <div><label htmlFor={id} className="fr-label">{label}</label>{description && <p className="fr-desc">{description}</p>}</div>
      <button type="button" role="switch" id={id} aria-checked={checked} data-state={checked ? 'checked' : 'unchecked'} className="fr-switch" onClick={() => onChange(!checked)}><span className="fr-thumb" /></button>
    </div>
  );
}

const fmt = (d) => d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function Application() {
  const { register, control, handleSubmit, watch } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', github: '', portfolio: '', company: '', title: '',
      years: '', skills: [], school: '', degree: '', authorized: false, sponsorship: false, startDate: null, salary: '', coverLetter: '',
      resume: '', why: '', heard: '', consent: false,
    },
  });
  const [sent, setSent] = useState(false);
  const [waitlist, setWaitlist] = useState('');
  const values = watch();
  const field = (name, label, props = {}, desc) => (
    <div className="fr-item-wrap">
      <label htmlFor={`fr-${name}`} className="fr-label">{label}</label>
      <input id={`fr-${name}`} className="fr-input" aria-describedby={desc ? `fr-${name}-desc` : undefined} {...register(name)} {...props} />
      {desc && <p id={`fr-${name}-desc`} className="fr-desc">{desc}</p>}
    </div>
  );
  return (
    <>
      <nav className="fr-nav"><strong>FERROUS</strong><span>Robots · Company · Careers</span>
        <form onSubmit={(e) => e.preventDefault()} className="fr-waitlist"><input id="fr-waitlist" name="waitlist" type="email" placeholder="Join the pilot waitlist" aria-label="Email for the pilot waitlist" value={waitlist} onChange={(e) => setWaitlist(e.target.value)} /><button>Join</button></form>
      </nav>
      <main className="fr-main">
        <p className="fr-eyebrow">Fleet Data · San Francisco, CA · Full-time</p>
        <h1>Senior Data Engineer, Fleet Telemetry</h1>
        <p>Our warehouse robots stream 40 TB of telemetry a day. Help us turn it into something the autonomy team can train on.</p>
        <form id="fr-form" noValidate onSubmit={handleSubmit((v) => { if (v.consent) setSent(true); })}>
          <div className="fr-grid">
            {field('firstName', 'First name')}
            {field('lastName', 'Last name')}
          </div>
          {field('email', 'Email', { type: 'email', placeholder: 'you@example.com' })}
          {field('phone', 'Phone', { type: 'tel', placeholder: '+1 555 123 4567' }, 'Include your country code.')}
          <div className="fr-item-wrap">
            <label className="fr-label" htmlFor="fr-location">Where are you based?</label>
            <Controller name="location" control={control} render={({ field: f }) => (
              <Combo id="fr-location" value={f.value} onChange={f.onChange} placeholder="Select location" searchPlaceholder="Search locations…">
                {(pick) => (
                  <>
                    <Command.Empty>No location found.</Command.Empty>
                    {Object.entries(CITIES).map(([group, list]) => (
                      <Command.Group key={group} heading={group}>
                        {list.map((c) => (
                          <Command.Item key={c} value={c} onSelect={() => pick(c)} className="fr-item">
                            <Check size={14} className={f.value === c ? '' : 'fr-invisible'} aria-hidden="true" />{c}
                          </Command.Item>
                        ))}
                      </Command.Group>
                    ))}
                  </>
                )}
              </Combo>
            )} />
          </div>
          <div className="fr-grid">
            {field('linkedin', 'LinkedIn', { type: 'url' })}
            {field('github', 'GitHub', { type: 'url' })}
          </div>
          {field('portfolio', 'Portfolio', { type: 'url', placeholder: 'https://' }, 'Projects, talks or writing')}
          <div className="fr-grid">
            {field('company', 'Current company')}
            {field('title', 'Current title')}
          </div>
          {field('years', 'Years of professional experience', { type: 'number', min: 0, max: 50 })}
          <div className="fr-item-wrap">
            <label className="fr-label" htmlFor="fr-skills">Skills</label>
            <Controller name="skills" control={control} render={({ field: f }) => <SkillsCombo value={f.value} onChange={f.onChange} />} />
          </div>
          <div className="fr-item-wrap">
            <label className="fr-label" htmlFor="fr-school">School</label>
            <Controller name="school" control={control} render={({ field: f }) => <SchoolCombo value={f.value} onChange={f.onChange} />} />
          </div>
          <div className="fr-item-wrap">
            <label className="fr-label" htmlFor="fr-degree">Degree</label>
            <select id="fr-degree" className="fr-input" {...register('degree')}>
              <option value="">Select a degree</option>
              <option value="associate">Associate</option>
              <option value="bachelor">Bachelor's (BA/BS)</option>
              <option value="master">Master's (MA/MS)</option>
              <option value="phd">PhD</option>
              <option value="other">Other</option>
            </select>
          </div>
          <Controller name="authorized" control={control} render={({ field: f }) => (
            <SwitchRow id="fr-authorized" label="I am legally authorized to work in the United States" checked={f.value} onChange={f.onChange} />
          )} />
          <Controller name="sponsorship" control={control} render={({ field: f }) => (
            <SwitchRow id="fr-sponsorship" label="I will require visa sponsorship (now or in the future)" checked={f.value} onChange={f.onChange} description="e.g. H-1B, TN, or an OPT extension" />
          )} />
          <div className="fr-item-wrap">
            <label className="fr-label" htmlFor="fr-start">Start date</label>
            <Controller name="startDate" control={control} render={({ field: f }) => (
              <Popover.Root>
                <Popover.Trigger asChild>
                  <button type="button" id="fr-start" className="fr-combo-trigger fr-date"><CalendarIcon size={14} aria-hidden="true" /><span className={f.value ? '' : 'fr-muted'}>{f.value ? fmt(f.value) : 'Pick a date'}</span></button>
                </Popover.Trigger>
                <Popover.Portal>
                  <Popover.Content className="fr-popover" align="start" sideOffset={4}>
                    <DayPicker mode="single" selected={f.value ?? undefined} onSelect={(d) => f.onChange(d ?? null)} startMonth={new Date(2027, 0)} defaultMonth={f.value ?? new Date(2027, 0)} endMonth={new Date(2027, 11)} />
                  </Popover.Content>
                </Popover.Portal>
              </Popover.Root>
            )} />
            <p className="fr-desc">New hires join on a cohort basis starting January 2027.</p>
          </div>
          {field('salary', 'Expected base salary (USD)', { inputMode: 'numeric', placeholder: 'e.g. 140000' })}
          <div className="fr-item-wrap">
            <label className="fr-label" htmlFor="fr-resume">Resume</label>
            <input id="fr-resume" type="file" className="fr-input" accept=".pdf" {...register('resume')} />
          </div>
          <div className="fr-item-wrap">
            <label className="fr-label" htmlFor="fr-coverLetter">Cover letter</label>
            <textarea id="fr-coverLetter" className="fr-input" rows={5} placeholder="Tell us why you'd be a great fit." {...register('coverLetter')} />
          </div>
          <div className="fr-item-wrap">
            <label className="fr-label" htmlFor="fr-why">What's the most interesting dataset you've worked with?</label>
            <textarea id="fr-why" className="fr-input" rows={3} {...register('why')} />
          </div>
          {field('heard', 'How did you hear about Ferrous?', { placeholder: 'Podcast, friend, LinkedIn…' })}
          <div className="fr-check"><input type="checkbox" id="fr-consent" {...register('consent')} /><label htmlFor="fr-consent">I agree to Ferrous processing my data for recruiting purposes.</label></div>
          <button type="submit" id="fr-submit" className="fr-submit">Submit application</button>
          {sent && <p id="fr-sent" className="fr-ok">Application received — thank you!</p>}
        </form>
      </main>
      <pre id="model">{JSON.stringify({
        ...values,
        resume: values.resume && values.resume.length ? values.resume[0].name : '',
        startDate: values.startDate ? iso(values.startDate) : null,
        waitlist,
      })}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
