/*
 * Quillfen Robotics careers: a React app on Ark UI (headless, styled by the site). Yes/no questions
 * are single-value ToggleGroups (aria-pressed buttons), experience is both a NumberInput spinner
 * and a SegmentGroup of ranges, "currently employed" / "need sponsorship" are Switches (a label root
 * with a hidden checkbox), the salary is a currency NumberInput, skills a TagsInput, a self-rating a
 * RatingGroup, "select all that apply" a Checkbox group, and the documents FileUpload zones (resume,
 * a PDF-only cover letter with a box to write it instead, other attachments). Each posting passes
 * its own questions; the state is in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Switch } from '@ark-ui/react/switch';
import { SegmentGroup } from '@ark-ui/react/segment-group';
import { RatingGroup } from '@ark-ui/react/rating-group';
import { TagsInput } from '@ark-ui/react/tags-input';
import { NumberInput } from '@ark-ui/react/number-input';
import { FileUpload } from '@ark-ui/react/file-upload';
import { ToggleGroup } from '@ark-ui/react/toggle-group';
import { Checkbox } from '@ark-ui/react/checkbox';

function Upload({ field, label, hint, accept, multiple, files, onFiles, required }) {
  return (
    <FileUpload.Root className="qf-field qf-upload" data-field={field} accept={accept} maxFiles={multiple ? 5 : 1}
      onFileChange={(d) => onFiles(d.acceptedFiles.map((f) => f.name))}>
      <FileUpload.Label className="qf-label">{label}{required ? <span className="qf-req"> *</span> : null}</FileUpload.Label>
      <FileUpload.Dropzone className="qf-drop">
        <span>Drag your file here, or</span> <FileUpload.Trigger className="qf-btn-sm">Browse</FileUpload.Trigger>
      </FileUpload.Dropzone>
      <FileUpload.ItemGroup className="qf-items">
        <FileUpload.Context>{({ acceptedFiles }) => acceptedFiles.map((file) => (
          <FileUpload.Item key={file.name} file={file} className="qf-item"><FileUpload.ItemName /> <FileUpload.ItemSizeText className="qf-hint" /> <FileUpload.ItemDeleteTrigger className="qf-x">×</FileUpload.ItemDeleteTrigger></FileUpload.Item>
        ))}</FileUpload.Context>
      </FileUpload.ItemGroup>
      <small className="qf-hint">{hint}</small>
      <FileUpload.HiddenInput />
    </FileUpload.Root>
  );
}

function Question({ q, value, onChange }) {
  const label = <>{q.label}{q.required ? <span className="qf-req"> *</span> : null}</>;
  if (q.type === 'toggle') return (
    <div className="qf-field" data-field={`q${q.id}`}>
      <span className="qf-label" id={`q${q.id}-l`}>{label}</span>
      <ToggleGroup.Root className="qf-toggles" aria-labelledby={`q${q.id}-l`} value={value ? [value] : []} onValueChange={(d) => onChange(d.value[0] ?? null)}>
        {q.options.map(([v, t]) => <ToggleGroup.Item key={v} value={v} className="qf-toggle">{t}</ToggleGroup.Item>)}
      </ToggleGroup.Root>
      {q.hint ? <small className="qf-hint">{q.hint}</small> : null}
    </div>);
  if (q.type === 'switch') return (
    <Switch.Root className="qf-switch" data-field={`q${q.id}`} checked={!!value} onCheckedChange={(d) => onChange(d.checked)}>
      <Switch.Control className="qf-switch-track"><Switch.Thumb className="qf-switch-thumb" /></Switch.Control>
      <Switch.Label className="qf-switch-label">{q.label}</Switch.Label>
      <Switch.HiddenInput />
    </Switch.Root>);
  if (q.type === 'segment') return (
    <SegmentGroup.Root className="qf-field qf-segment" data-field={`q${q.id}`} value={value} onValueChange={(d) => onChange(d.value)}>
      <SegmentGroup.Label className="qf-label">{label}</SegmentGroup.Label>
      <div className="qf-seg-row">
        <SegmentGroup.Indicator className="qf-seg-ind" />
        {q.options.map((o) => (
          <SegmentGroup.Item key={o} value={o} className="qf-seg-item">
            <SegmentGroup.ItemText>{o}</SegmentGroup.ItemText><SegmentGroup.ItemControl /><SegmentGroup.ItemHiddenInput />
          </SegmentGroup.Item>))}
      </div>
    </SegmentGroup.Root>);
  if (q.type === 'rating') return (
    <RatingGroup.Root className="qf-field" data-field={`q${q.id}`} count={5} value={value ?? 0} onValueChange={(d) => onChange(d.value)}>
      <RatingGroup.Label className="qf-label">{label}</RatingGroup.Label>
      <RatingGroup.Control className="qf-stars">
        <RatingGroup.Context>{({ items }) => items.map((i) => (
          <RatingGroup.Item key={i} index={i} className="qf-star"><RatingGroup.ItemContext>{(it) => (it.highlighted ? '★' : '☆')}</RatingGroup.ItemContext></RatingGroup.Item>))}</RatingGroup.Context>
      </RatingGroup.Control>
      <RatingGroup.HiddenInput />
      {q.hint ? <small className="qf-hint">{q.hint}</small> : null}
    </RatingGroup.Root>);
  if (q.type === 'checks') return (
    <fieldset className="qf-field qf-checks" data-field={`q${q.id}`}>
      <legend className="qf-label">{q.label}</legend>
      <Checkbox.Group value={value} onValueChange={onChange} name={`q${q.id}`}>
        {q.options.map(([v, t]) => (
          <Checkbox.Root key={v} value={v} className="qf-check" data-field={`q${q.id}-${v}`}>
            <Checkbox.Control className="qf-box"><Checkbox.Indicator>✓</Checkbox.Indicator></Checkbox.Control>
            <Checkbox.Label>{t}</Checkbox.Label><Checkbox.HiddenInput />
          </Checkbox.Root>))}
      </Checkbox.Group>
    </fieldset>);
  return null;
}

function App({ posting }) {
  const [s, setS] = useState(() => ({
    firstName: '', lastName: '', email: '', phone: '', github: '',
    years: '', salary: null, skills: [], resume: [], coverFile: [], coverText: '', attachments: [],
    answers: Object.fromEntries(posting.questions.map((q) => [q.id, q.type === 'checks' ? [] : q.type === 'switch' ? false : null])),
    terms: false,
  }));
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (k) => (v) => setS((p) => ({ ...p, [k]: v }));
  const text = (id, k, label, props = {}) => (
    <div className="qf-field"><label className="qf-label" htmlFor={id}>{label}</label>
      <input id={id} className="qf-input" value={s[k]} onChange={(e) => set(k)(e.target.value)} {...props} /></div>);
  const submit = (e) => {
    e.preventDefault();
    const miss = [];
    if (!s.firstName || !s.lastName || !s.email) miss.push('contact');
    if (!s.resume.length) miss.push('resume');
    if (!s.terms) miss.push('terms');
    for (const q of posting.questions) if (q.required && (s.answers[q.id] === null || s.answers[q.id] === '')) miss.push(q.label);
    if (miss.length) { setError(`Missing: ${miss.join('; ')}`); return; }
    setSent(true);
  };
  const model = <pre id="model">{JSON.stringify(s, null, 2)}</pre>;
  if (sent) return <><div id="qf-done"><h2>Application received</h2></div>{model}</>;
  const before = posting.questions.filter((q) => q.section === 'eligibility');
  const after = posting.questions.filter((q) => q.section !== 'eligibility');
  const ans = (q) => (v) => setS((p) => ({ ...p, answers: { ...p.answers, [q.id]: v } }));
  return (
    <>
      <form id="qf-form" onSubmit={submit} noValidate>
        <h2>Personal information</h2>
        <div className="qf-grid">
          {text('qf-first', 'firstName', 'First name *', { name: 'first_name' })}
          {text('qf-last', 'lastName', 'Last name *', { name: 'last_name' })}
          {text('qf-email', 'email', 'Email *', { name: 'email', type: 'email' })}
          {text('qf-phone', 'phone', 'Phone', { name: 'phone', type: 'tel' })}
          {text('qf-github', 'github', 'GitHub profile', { name: 'github', placeholder: 'https://github.com/username' })}
        </div>
        <h2>Eligibility</h2>
        {before.map((q) => <Question key={q.id} q={q} value={s.answers[q.id]} onChange={ans(q)} />)}
        <h2>Experience</h2>
        <NumberInput.Root className="qf-field qf-number" data-field="years" min={0} max={50} value={s.years} onValueChange={(d) => set('years')(d.value)}>
          <NumberInput.Label className="qf-label">{posting.yearsLabel} *</NumberInput.Label>
          <NumberInput.Control className="qf-num-control">
            <NumberInput.DecrementTrigger className="qf-num-btn">−</NumberInput.DecrementTrigger>
            <NumberInput.Input className="qf-input qf-num-input" name="years_experience" />
            <NumberInput.IncrementTrigger className="qf-num-btn">+</NumberInput.IncrementTrigger>
          </NumberInput.Control>
        </NumberInput.Root>
        {after.map((q) => <Question key={q.id} q={q} value={s.answers[q.id]} onChange={ans(q)} />)}
        <NumberInput.Root className="qf-field" data-field="salary" min={0} step={1000} formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }}
          onValueChange={(d) => set('salary')(Number.isNaN(d.valueAsNumber) ? null : d.valueAsNumber)}>
          <NumberInput.Label className="qf-label">{posting.salaryLabel}</NumberInput.Label>
          <NumberInput.Control className="qf-num-control"><NumberInput.Input className="qf-input" name="salary" /></NumberInput.Control>
          <small className="qf-hint">Base salary in US dollars</small>
        </NumberInput.Root>
        <TagsInput.Root className="qf-field" data-field="skills" value={s.skills} onValueChange={(d) => set('skills')(d.value)} max={12}>
          <TagsInput.Label className="qf-label">Skills</TagsInput.Label>
          <TagsInput.Control className="qf-tags">
            <TagsInput.Context>{({ value }) => value.map((v, i) => (
              <TagsInput.Item key={v} index={i} value={v} className="qf-tag"><TagsInput.ItemPreview><TagsInput.ItemText>{v}</TagsInput.ItemText><TagsInput.ItemDeleteTrigger className="qf-x">×</TagsInput.ItemDeleteTrigger></TagsInput.ItemPreview><TagsInput.ItemInput /></TagsInput.Item>))}</TagsInput.Context>
            <TagsInput.Input className="qf-tag-input" placeholder="Add a skill, press Enter" />
          </TagsInput.Control>
          <TagsInput.HiddenInput />
        </TagsInput.Root>
        <h2>Documents</h2>
        <Upload field="resume" label="Resume" required accept={['application/pdf', '.docx']} hint="PDF or DOCX" files={s.resume} onFiles={set('resume')} />
        <Upload field="cover" label="Cover letter" accept={['application/pdf']} hint="PDF only" files={s.coverFile} onFiles={set('coverFile')} />
        <div className="qf-field"><label className="qf-label" htmlFor="qf-cover-text">No PDF? Write your cover letter here instead</label>
          <textarea id="qf-cover-text" name="cover_letter_text" rows={6} className="qf-input" value={s.coverText} onChange={(e) => set('coverText')(e.target.value)} /></div>
        <Upload field="other" label="Other attachments" multiple accept={['application/pdf', 'image/*']} hint="Up to 5 files: work samples, papers, certificates" files={s.attachments} onFiles={set('attachments')} />
        <Checkbox.Root className="qf-check qf-terms" data-field="terms" checked={s.terms} onCheckedChange={(d) => set('terms')(!!d.checked)}>
          <Checkbox.Control className="qf-box"><Checkbox.Indicator>✓</Checkbox.Indicator></Checkbox.Control>
          <Checkbox.Label>I confirm the information above is accurate and accept the candidate privacy policy *</Checkbox.Label><Checkbox.HiddenInput />
        </Checkbox.Root>
        {error ? <p className="qf-error" role="alert">{error}</p> : null}
        <button type="submit" id="qf-submit">Send application</button>
      </form>
      {model}
    </>
  );
}

export function renderApplication(posting) {
  document.getElementById('qf-title').textContent = posting.title;
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
