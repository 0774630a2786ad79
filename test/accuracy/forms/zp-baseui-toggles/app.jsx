/*
 * A remote-first HR-tech startup's careers page in React 19 + Base UI (unstyled, styled here by
 * hand): Field labels with generated ids, a grouped country Select ("Popular" then "All
 * countries", United States in both), a ToggleGroup of experience buckets (buttons with
 * aria-pressed), Switches for the work-authorization and sponsorship statements (span role=switch
 * + hidden checkbox), a Slider for the salary (the thumb's input type=range, the value shown as
 * "$150,000"), a CheckboxGroup of time zones with a parent "All US time zones" box, a multiple
 * Select of tools, a Tabs "Write / Upload" cover letter, a hand-made resume drop zone whose file
 * chip replaces the zone, and a pronoun Select. Form state mirrored into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Field } from '@base-ui/react/field';
import { Select } from '@base-ui/react/select';
import { ToggleGroup } from '@base-ui/react/toggle-group';
import { Toggle } from '@base-ui/react/toggle';
import { Switch } from '@base-ui/react/switch';
import { Slider } from '@base-ui/react/slider';
import { CheckboxGroup } from '@base-ui/react/checkbox-group';
import { Checkbox } from '@base-ui/react/checkbox';
import { Tabs } from '@base-ui/react/tabs';
import countries from 'world-countries';

const POPULAR = ['US', 'GB', 'CA', 'DE', 'NL', 'PT'];
const ALL = countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const COUNTRY_LABEL = Object.fromEntries(ALL.map((c) => [c.value, c.label]));
const TOOLS = ['dbt', 'Airflow', 'Snowflake', 'BigQuery', 'Spark', 'Kafka', 'Dagster', 'Fivetran'];
const PRONOUNS = [{ value: null, label: 'Select…' }, { value: 'she', label: 'she/her' }, { value: 'he', label: 'he/him' }, { value: 'they', label: 'they/them' }, { value: 'self', label: 'Let me type my own' }, { value: 'none', label: 'Prefer not to say' }];
const ZONES = [['pacific', 'Pacific (UTC−8)'], ['mountain', 'Mountain (UTC−7)'], ['central', 'Central (UTC−6)'], ['eastern', 'Eastern (UTC−5)']];
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

function Chevron() { return <span className="chev" aria-hidden>▾</span>; }

function CountrySelect({ value, onChange }) {
  return (
    <Field.Root className="fld" data-field="country">
      <Select.Root value={value} onValueChange={onChange} name="country">
        <Select.Label className="lbl">Country of residence *</Select.Label>
        <Select.Trigger className="trigger">
          <Select.Value className="select-value" placeholder="Choose a country">{(v) => (v ? COUNTRY_LABEL[v] : 'Choose a country')}</Select.Value>
          <Chevron />
        </Select.Trigger>
        <Select.Portal>
          <Select.Positioner className="positioner" sideOffset={4} alignItemWithTrigger={false}>
            <Select.Popup className="popup">
              <Select.List>
                <Select.Group>
                  <Select.GroupLabel className="group-label">Popular</Select.GroupLabel>
                  {POPULAR.map((code) => <Select.Item key={`p-${code}`} value={code} className="item"><Select.ItemText>{COUNTRY_LABEL[code]}</Select.ItemText></Select.Item>)}
                </Select.Group>
                <Select.Separator className="sep" />
                <Select.Group>
                  <Select.GroupLabel className="group-label">All countries</Select.GroupLabel>
                  {ALL.map((c) => <Select.Item key={c.value} value={c.value} className="item"><Select.ItemText>{c.label}</Select.ItemText></Select.Item>)}
                </Select.Group>
              </Select.List>
            </Select.Popup>
          </Select.Positioner>
        </Select.Portal>
      </Select.Root>
    </Field.Root>
  );
}

function SimpleSelect({ field, label, items, value, onChange, multiple, placeholder }) {
  return (
    <Field.Root className="fld" data-field={field}>
      <Select.Root items={items} value={value} onValueChange={onChange} multiple={multiple} name={field}>
        <Select.Label className="lbl">{label}</Select.Label>
        <Select.Trigger className="trigger">
          <Select.Value className="select-value" placeholder={placeholder}>{multiple ? (v) => (v.length ? v.join(', ') : placeholder) : undefined}</Select.Value>
          <Chevron />
        </Select.Trigger>
        <Select.Portal>
          <Select.Positioner className="positioner" sideOffset={4} alignItemWithTrigger={false}>
            <Select.Popup className="popup">
              <Select.List>
                {(multiple ? items.map((t) => ({ value: t, label: t })) : items).filter((i) => i.value !== null).map((i) => (
                  <Select.Item key={i.value} value={i.value} className="item"><Select.ItemIndicator className="tick">✓</Select.ItemIndicator><Select.ItemText>{i.label}</Select.ItemText></Select.Item>
                ))}
              </Select.List>
            </Select.Popup>
          </Select.Positioner>
        </Select.Portal>
      </Select.Root>
    </Field.Root>
  );
}

function ResumeDrop({ file, onFile }) {
  const input = useRef(null);
  const [over, setOver] = useState(false);
  return (
    <div className="fld" data-field="resume">
      <span className="lbl" id="resume-lbl">Resume *</span>
      <input ref={input} type="file" id="resume-input" name="resume" accept="application/pdf,.pdf,.docx" className="visually-hidden" aria-labelledby="resume-lbl" tabIndex={-1}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)} />
      {file ? (
        <div className="chip"><span>{file.name}</span><span className="size">{Math.max(1, Math.round(file.size / 1024))} KB</span>
          <button type="button" onClick={() => input.current?.click()}>Replace</button>
          <button type="button" onClick={() => { input.current.value = ''; onFile(null); }}>Remove</button></div>
      ) : (
        <div role="button" tabIndex={0} className={`zone${over ? ' over' : ''}`} onClick={() => input.current?.click()}
          onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') input.current?.click(); }}
          onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
          onDrop={(e) => { e.preventDefault(); setOver(false); const f = e.dataTransfer.files?.[0]; if (f) { input.current.files = e.dataTransfer.files; onFile(f); } }}>
          <b>Drop your resume</b> or click to browse<br /><small>PDF or DOCX · max 10 MB</small>
        </div>
      )}
    </div>
  );
}

function App() {
  const [s, setS] = useState({
    fullName: '', email: '', phone: '', linkedin: '', github: '', country: null, years: [], authorized: false, sponsorship: false,
    salary: 90000, zones: [], tools: [], contract: false, pronouns: null, coverLetterTab: 'write', coverLetter: '', resume: null, consent: false, submitted: false,
  });
  const set = (k) => (v) => setS((p) => ({ ...p, [k]: v }));
  const text = (k) => (e) => set(k)(e.target.value);
  const model = { ...s, years: s.years[0] ?? null };
  return (
    <>
      {s.submitted ? <div id="bu-done" className="done">Application sent — we'll be in touch within a week.</div> : (
      <form id="bu-form" onSubmit={(e) => { e.preventDefault(); if (s.consent) set('submitted')(true); }}>
        <section>
          <h2>Contact</h2>
          <Field.Root className="fld"><Field.Label className="lbl">Full name *</Field.Label><Field.Control name="full_name" value={s.fullName} onChange={text('fullName')} /></Field.Root>
          <div className="two">
            <Field.Root className="fld"><Field.Label className="lbl">Email *</Field.Label><Field.Control type="email" name="email" value={s.email} onChange={text('email')} /></Field.Root>
            <Field.Root className="fld"><Field.Label className="lbl">Phone</Field.Label><Field.Control type="tel" name="phone" placeholder="+1 555 000 0000" value={s.phone} onChange={text('phone')} /><Field.Description className="desc">Include your country code</Field.Description></Field.Root>
          </div>
          <CountrySelect value={s.country} onChange={set('country')} />
          <div className="two">
            <Field.Root className="fld"><Field.Label className="lbl">LinkedIn</Field.Label><Field.Control name="linkedin" value={s.linkedin} onChange={text('linkedin')} /></Field.Root>
            <Field.Root className="fld"><Field.Label className="lbl">GitHub</Field.Label><Field.Control name="github" value={s.github} onChange={text('github')} /></Field.Root>
          </div>
          <SimpleSelect field="pronouns" label="Pronouns" items={PRONOUNS} value={s.pronouns} onChange={set('pronouns')} placeholder="Select…" />
        </section>

        <section>
          <h2>Experience &amp; eligibility</h2>
          <div className="fld" data-field="years">
            <span className="lbl" id="years-lbl">How many years have you worked as a data engineer? *</span>
            <ToggleGroup aria-labelledby="years-lbl" className="toggles" value={s.years} onValueChange={set('years')}>
              {['0–2', '3–5', '6–8', '9–12', '13+'].map((v) => <Toggle key={v} value={v} className="toggle">{v}</Toggle>)}
            </ToggleGroup>
          </div>
          <label className="switch-row" data-field="authorized">
            <Switch.Root className="switch" name="authorized" checked={s.authorized} onCheckedChange={set('authorized')}><Switch.Thumb className="thumb" /></Switch.Root>
            I am legally authorized to work in the United States
          </label>
          <label className="switch-row" data-field="sponsorship">
            <Switch.Root className="switch" name="sponsorship" checked={s.sponsorship} onCheckedChange={set('sponsorship')}><Switch.Thumb className="thumb" /></Switch.Root>
            I will need visa sponsorship now or in the future
          </label>
          <div className="fld" data-field="salary">
            <Slider.Root value={s.salary} onValueChange={set('salary')} min={60000} max={300000} step={5000} format={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} locale="en-US" name="salary">
              <div className="slider-head"><Slider.Label className="lbl">Desired annual base salary (USD) *</Slider.Label><Slider.Value className="slider-value" /></div>
              <Slider.Control className="slider-control">
                <Slider.Track className="track"><Slider.Indicator className="indicator" /><Slider.Thumb className="sthumb" /></Slider.Track>
              </Slider.Control>
            </Slider.Root>
            <div className="desc">Our range for this role is {usd.format(140000)} – {usd.format(175000)}.</div>
          </div>
          <div className="fld" data-field="zones">
            <span className="lbl" id="tz-lbl">Which US time zones could you work in? (select all that apply)</span>
            <CheckboxGroup aria-labelledby="tz-lbl" value={s.zones} onValueChange={set('zones')} allValues={ZONES.map(([v]) => v)} className="cbgroup">
              <label className="cb-row parent" data-tz="all"><Checkbox.Root parent className="cb"><Checkbox.Indicator className="cbi">✓</Checkbox.Indicator></Checkbox.Root>All US time zones</label>
              {ZONES.map(([v, l]) => (
                <label key={v} className="cb-row" data-tz={v}><Checkbox.Root value={v} name="zones" className="cb"><Checkbox.Indicator className="cbi">✓</Checkbox.Indicator></Checkbox.Root>{l}</label>
              ))}
            </CheckboxGroup>
          </div>
          <SimpleSelect field="tools" label="Tools you've used in production" items={TOOLS} value={s.tools} onChange={set('tools')} multiple placeholder="Pick any" />
          <label className="switch-row" data-field="contract">
            <Switch.Root className="switch" name="contract" checked={s.contract} onCheckedChange={set('contract')}><Switch.Thumb className="thumb" /></Switch.Root>
            I'm also open to a 6-month contract-to-hire
          </label>
        </section>

        <section>
          <h2>Documents</h2>
          <ResumeDrop file={s.resume} onFile={(f) => set('resume')(f ? { name: f.name, size: f.size } : null)} />
          <div className="fld" data-field="cover">
            <span className="lbl" id="cl-lbl">Cover letter</span>
            <Tabs.Root value={s.coverLetterTab} onValueChange={set('coverLetterTab')}>
              <Tabs.List className="tabs"><Tabs.Tab value="write" className="tab">Write</Tabs.Tab><Tabs.Tab value="upload" className="tab">Upload</Tabs.Tab></Tabs.List>
              <Tabs.Panel value="write"><textarea id="cover-text" name="cover_letter" aria-labelledby="cl-lbl" rows={6} placeholder="A few paragraphs about why you're a fit" value={s.coverLetter} onChange={text('coverLetter')} /></Tabs.Panel>
              <Tabs.Panel value="upload"><input type="file" id="cover-file" name="cover_letter_file" aria-labelledby="cl-lbl" accept=".pdf,.docx" /></Tabs.Panel>
            </Tabs.Root>
          </div>
          <label className="cb-row consent" data-field="consent"><Checkbox.Root className="cb" name="consent" checked={s.consent} onCheckedChange={set('consent')}><Checkbox.Indicator className="cbi">✓</Checkbox.Indicator></Checkbox.Root>I consent to Pallwick storing my data for this and future openings for 12 months.</label>
        </section>
        <button type="submit" id="bu-submit" className="submit">Send application</button>
      </form>)}
      <pre id="model">{JSON.stringify(model, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
