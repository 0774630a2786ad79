/**
 * A Next.js careers page built with shadcn/ui (copied-in components over Radix primitives): Label +
 * Input with React `useId` ids, Radix Select (portalled listbox; the hidden native <select> Radix
 * renders inside a form), Radix RadioGroup (button role=radio with a hidden bubble input),
 * Radix Checkbox (button role=checkbox), a shadcn Switch written as `button role=switch`,
 * ToggleGroup-style year buckets and a 1–5 self-rating (buttons with data-state), a multi-select
 * with removable badges, react-dropzone for the resume with an "Autofill from resume" button, and
 * file inputs hidden behind Buttons (cover letter on the "Upload" tab, an optional portfolio file).
 * The posting's questions come from posting.js. React state is rendered into <pre id="model">.
 */
import { useId, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import * as Select from '@radix-ui/react-select';
import * as RadioGroup from '@radix-ui/react-radio-group';
import * as Checkbox from '@radix-ui/react-checkbox';
import { useDropzone } from 'react-dropzone';
import { posting } from './posting.js';

const DIAL = [
  { value: 'CA', label: '🇨🇦 Canada +1' },
  { value: 'US', label: '🇺🇸 United States +1' },
  { value: 'GB', label: '🇬🇧 United Kingdom +44' },
  { value: 'IE', label: '🇮🇪 Ireland +353' },
  { value: 'IN', label: '🇮🇳 India +91' },
  { value: 'MX', label: '🇲🇽 Mexico +52' },
];
const COUNTRIES = [
  { value: 'CA', label: 'Canada' },
  { value: 'DE', label: 'Germany' },
  { value: 'IE', label: 'Ireland' },
  { value: 'IN', label: 'India' },
  { value: 'MX', label: 'Mexico' },
  { value: 'GB', label: 'United Kingdom' },
  { value: 'US', label: 'United States' },
  { value: 'UM', label: 'U.S. Minor Outlying Islands' },
];

function ShadSelect({ id, name, value, onChange, placeholder, options, labelledBy }) {
  return (
    <Select.Root name={name} value={value ?? undefined} onValueChange={onChange}>
      <Select.Trigger id={id} className="select-trigger" aria-labelledby={labelledBy}>
        <Select.Value placeholder={placeholder} />
        <Select.Icon className="select-icon" asChild><svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true"><path d="m6 9 6 6 6-6" /></svg></Select.Icon>
      </Select.Trigger>
      <Select.Portal>
        <Select.Content className="select-content" position="popper" sideOffset={4}>
          <Select.Viewport className="select-viewport">
            {options.map((option) => (
              <Select.Item key={option.value} value={option.value} className="select-item">
                <Select.ItemText>{option.label}</Select.ItemText>
                <Select.ItemIndicator className="select-check">✓</Select.ItemIndicator>
              </Select.Item>
            ))}
          </Select.Viewport>
        </Select.Content>
      </Select.Portal>
    </Select.Root>
  );
}

function Switch({ id, checked, onChange, labelledBy }) {
  return (
    <button type="button" role="switch" id={id} aria-checked={checked} data-state={checked ? 'checked' : 'unchecked'} aria-labelledby={labelledBy} className="switch" onClick={() => onChange(!checked)}>
      <span className="switch-thumb" data-state={checked ? 'checked' : 'unchecked'} />
    </button>
  );
}

function ToggleGroup({ id, value, onChange, options, labelledBy }) {
  return (
    <div role="group" id={id} className="toggle-group" aria-labelledby={labelledBy}>
      {options.map((option) => (
        <button key={option} type="button" className="toggle" data-state={value === option ? 'on' : 'off'} aria-pressed={value === option} onClick={() => onChange(value === option ? null : option)}>
          {option}
        </button>
      ))}
    </div>
  );
}

function Radios({ id, name, value, onChange, options, labelledBy, other, otherValue, onOther }) {
  const base = useId();
  return (
    <div>
      <RadioGroup.Root id={id} name={name} className="radio-group" value={value ?? ''} onValueChange={onChange} aria-labelledby={labelledBy}>
        {options.map((option, index) => (
          <div className="radio-row" key={option}>
            <RadioGroup.Item value={option} id={`${base}-${index}`} className="radio">
              <RadioGroup.Indicator className="radio-dot" />
            </RadioGroup.Item>
            <label htmlFor={`${base}-${index}`}>{option}</label>
          </div>
        ))}
      </RadioGroup.Root>
      {other && value === other && <input className="input other-input" id={`${id}-other`} aria-label="Please specify" value={otherValue} onChange={(event) => onOther(event.target.value)} />}
    </div>
  );
}

function FileButton({ id, name, accept, label, file, onFile }) {
  const ref = useRef(null);
  return (
    <div className="file-button">
      <input ref={ref} id={id} name={name} type="file" accept={accept} className="sr-only" tabIndex={-1} onChange={(event) => onFile(event.target.files?.[0] ?? null)} />
      <button type="button" className="btn btn-outline" onClick={() => ref.current?.click()}>{label}</button>
      <span className="muted">{file ? file.name : 'No file chosen'}</span>
    </div>
  );
}

function Application() {
  const ids = { first: useId(), last: useId(), email: useId(), phone: useId(), city: useId(), linkedin: useId(), salary: useId(), start: useId(), consent: useId(), cover: useId() };
  const initialAnswers = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'switch' ? false : q.type === 'checks' || q.type === 'multi' ? [] : null]));
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', dialCode: null, phone: '', country: null, city: '', linkedin: '', resume: null, coverMode: 'upload', coverLetterFile: null, coverLetterText: '', portfolioFile: null, salary: '', startDate: '', source: null, gender: null, consent: false, ...initialAnswers, other: {} });
  const [parse, setParse] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    accept: { 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] },
    maxFiles: 1,
    onDrop: (accepted) => accepted[0] && set('resume')(accepted[0]),
  });
  const model = {
    ...form,
    resume: form.resume?.name ?? null,
    coverLetterFile: form.coverLetterFile?.name ?? null,
    portfolioFile: form.portfolioFile?.name ?? null,
  };
  const submit = (event) => {
    event.preventDefault();
    if (!form.consent || !form.email || !form.resume) return;
    setSent(true);
  };
  if (sent) return <div id="done" className="card"><h2>Application received</h2><p>We'll be in touch within a week.</p></div>;
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2 className="card-title">Apply for this role</h2>
      <section className="space">
        <div className="field">
          <span className="label">Resume <span className="req">*</span></span>
          <div {...getRootProps({ className: `dropzone${isDragActive ? ' active' : ''}`, id: 'resume-dropzone' })}>
            <input {...getInputProps({ id: 'resume', name: 'resume' })} />
            {form.resume ? <p className="file-chip">📄 {form.resume.name}</p> : <p>Drag &amp; drop your resume, or click to browse. PDF or Word, up to 10 MB.</p>}
          </div>
          <div className="row-inline">
            <button type="button" className="btn btn-secondary" id="autofill-resume" onClick={() => setParse(form.resume ? 'Parsing…' : 'Upload a resume first')}>✨ Autofill from resume</button>
            <span className="muted" id="autofill-status">{parse}</span>
          </div>
        </div>
        <div className="grid-2">
          <div className="field"><label className="label" htmlFor={ids.first}>First name <span className="req">*</span></label><input className="input" id={ids.first} name="firstName" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /></div>
          <div className="field"><label className="label" htmlFor={ids.last}>Last name <span className="req">*</span></label><input className="input" id={ids.last} name="lastName" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /></div>
        </div>
        <div className="field"><label className="label" htmlFor={ids.email}>Email <span className="req">*</span></label><input className="input" type="email" id={ids.email} name="email" value={form.email} onChange={(e) => set('email')(e.target.value)} /></div>
        <div className="field">
          <label className="label" htmlFor={ids.phone} id="phone-label">Phone</label>
          <div className="phone-row">
            <ShadSelect id="dial-code" name="dialCode" value={form.dialCode} onChange={set('dialCode')} placeholder="Code" options={DIAL} labelledBy="phone-label" />
            <input className="input" type="tel" id={ids.phone} name="phone" value={form.phone} onChange={(e) => set('phone')(e.target.value)} />
          </div>
        </div>
        <div className="grid-2">
          <div className="field"><span className="label" id="country-label">Country</span><ShadSelect id="country" name="country" value={form.country} onChange={set('country')} placeholder="Select a country" options={COUNTRIES} labelledBy="country-label" /></div>
          <div className="field"><label className="label" htmlFor={ids.city}>City</label><input className="input" id={ids.city} name="city" value={form.city} onChange={(e) => set('city')(e.target.value)} /></div>
        </div>
        <div className="field"><label className="label" htmlFor={ids.linkedin}>LinkedIn URL</label><input className="input" id={ids.linkedin} name="linkedin" placeholder="https://linkedin.com/in/…" value={form.linkedin} onChange={(e) => set('linkedin')(e.target.value)} /></div>
        <div className="field">
          <span className="label" id="cover-label">Cover letter</span>
          <div role="tablist" className="tabs" aria-labelledby="cover-label">
            <button type="button" role="tab" id="cover-tab-upload" aria-selected={form.coverMode === 'upload'} data-state={form.coverMode === 'upload' ? 'active' : 'inactive'} onClick={() => set('coverMode')('upload')}>Upload</button>
            <button type="button" role="tab" id="cover-tab-write" aria-selected={form.coverMode === 'write'} data-state={form.coverMode === 'write' ? 'active' : 'inactive'} onClick={() => set('coverMode')('write')}>Write</button>
          </div>
          {form.coverMode === 'upload' ? (
            <FileButton id="cover-letter-file" name="coverLetterFile" accept=".pdf,.doc,.docx,.txt" label="Choose file" file={form.coverLetterFile} onFile={set('coverLetterFile')} />
          ) : (
            <textarea className="input" id={ids.cover} name="coverLetterText" rows={6} aria-labelledby="cover-label" value={form.coverLetterText} onChange={(e) => set('coverLetterText')(e.target.value)} />
          )}
        </div>
        <div className="field">
          <span className="label">{posting.portfolioLabel} <span className="muted">(optional)</span></span>
          <FileButton id="portfolio-file" name="portfolioFile" accept=".pdf,.zip,.png,.jpg" label="Upload file" file={form.portfolioFile} onFile={set('portfolioFile')} />
        </div>
      </section>

      <section className="space">
        <h3>A few questions</h3>
        {posting.questions.map((q) => {
          const labelId = `${q.key}-label`;
          let control = null;
          if (q.type === 'radio') control = <Radios id={q.key} name={q.name} value={form[q.key]} onChange={set(q.key)} options={q.options} labelledBy={labelId} other={q.other} otherValue={form.other[q.key] ?? ''} onOther={(v) => setForm((prev) => ({ ...prev, other: { ...prev.other, [q.key]: v } }))} />;
          if (q.type === 'switch') control = <Switch id={q.key} checked={form[q.key]} onChange={set(q.key)} labelledBy={labelId} />;
          if (q.type === 'toggle' || q.type === 'rating') control = <ToggleGroup id={q.key} value={form[q.key]} onChange={set(q.key)} options={q.options} labelledBy={labelId} />;
          if (q.type === 'select') control = <ShadSelect id={q.key} name={q.name} value={form[q.key]} onChange={set(q.key)} placeholder="Select…" options={q.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o))} labelledBy={labelId} />;
          if (q.type === 'checks')
            control = (
              <div className="checks" id={q.key} role="group" aria-labelledby={labelId}>
                {q.options.map((option, index) => (
                  <div className="check-row" key={option}>
                    <Checkbox.Root className="checkbox" id={`${q.key}-${index}`} checked={form[q.key].includes(option)} onCheckedChange={(on) => set(q.key)(on ? [...form[q.key], option] : form[q.key].filter((v) => v !== option))}>
                      <Checkbox.Indicator className="check-mark">✓</Checkbox.Indicator>
                    </Checkbox.Root>
                    <label htmlFor={`${q.key}-${index}`}>{option}</label>
                  </div>
                ))}
              </div>
            );
          if (q.type === 'multi')
            control = (
              <div className="multi" id={q.key}>
                <div className="badges">
                  {form[q.key].map((v) => (
                    <span className="badge" key={v}>{v}<button type="button" aria-label={`Remove ${v}`} onClick={() => set(q.key)(form[q.key].filter((x) => x !== v))}>×</button></span>
                  ))}
                </div>
                <select className="input" id={`${q.key}-add`} aria-labelledby={labelId} value="" onChange={(e) => e.target.value && set(q.key)([...form[q.key], e.target.value])}>
                  <option value="">Add…</option>
                  {q.options.filter((o) => !form[q.key].includes(o)).map((o) => <option key={o}>{o}</option>)}
                </select>
              </div>
            );
          return (
            <div className={`field q-${q.type}`} key={q.key}>
              <span className="label" id={labelId}>{q.label}{q.required && <span className="req"> *</span>}</span>
              {q.hint && <p className="muted">{q.hint}</p>}
              {control}
            </div>
          );
        })}
        <div className="grid-2">
          <div className="field">
            <label className="label" htmlFor={ids.salary}>{posting.salaryLabel}</label>
            <div className="addon-row"><span className="addon">$</span><input className="input" id={ids.salary} name="salary" inputMode="numeric" value={form.salary} onChange={(e) => set('salary')(e.target.value)} /><span className="addon">USD</span></div>
          </div>
          <div className="field"><label className="label" htmlFor={ids.start}>Earliest start date</label><input className="input" type="date" id={ids.start} name="startDate" value={form.startDate} onChange={(e) => set('startDate')(e.target.value)} /></div>
        </div>
        <div className="grid-2">
          <div className="field"><span className="label" id="source-label">How did you hear about us?</span><ShadSelect id="source" name="source" value={form.source} onChange={set('source')} placeholder="Select…" options={['LinkedIn', 'Wellfound', 'Hacker News', 'A friend', 'Podcast'].map((v) => ({ value: v, label: v }))} labelledBy="source-label" /></div>
          <div className="field"><span className="label" id="gender-label">Gender (optional, voluntary)</span><ShadSelect id="gender" name="gender" value={form.gender} onChange={set('gender')} placeholder="Select…" options={['Woman', 'Man', 'Non-binary', 'Prefer not to say'].map((v) => ({ value: v, label: v }))} labelledBy="gender-label" /></div>
        </div>
        <div className="check-row">
          <Checkbox.Root className="checkbox" id={ids.consent} checked={form.consent} onCheckedChange={(on) => set('consent')(on === true)}>
            <Checkbox.Indicator className="check-mark">✓</Checkbox.Indicator>
          </Checkbox.Root>
          <label htmlFor={ids.consent} id="consent-label">I agree to the processing of my data under the candidate privacy policy. <span className="req">*</span></label>
        </div>
      </section>
      <button type="submit" className="btn btn-primary" id="submit-application">Submit application</button>
      <pre id="model">{JSON.stringify(model, null, 1)}</pre>
    </form>
  );
}

createRoot(document.getElementById('apply-root')).render(<Application />);
