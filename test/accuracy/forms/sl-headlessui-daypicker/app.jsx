/*
 * Tallowmere Labs careers (Tailwind UI look, hand-written CSS) on Headless UI v2 + react-hook-form:
 * a Combobox whose options load from a fake API after typing (debounced), a Combobox that also
 * accepts your own school, a Listbox for years, a multiple Listbox with chips to leave alone,
 * RadioGroups of cards (authorization, sponsorship sentences), Switches, and a start date typed as
 * MM/DD/YYYY beside a react-day-picker calendar in a Headless Popover. State goes to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm, useWatch } from 'react-hook-form';
import {
  Combobox, ComboboxInput, Input, Textarea, ComboboxOption, ComboboxOptions, Description, Field, Fieldset, Label, Legend, Listbox, ListboxButton,
  ListboxOption, ListboxOptions, Popover, PopoverButton, PopoverPanel, Radio, RadioGroup, Switch,
} from '@headlessui/react';
import { DayPicker } from 'react-day-picker';
import 'react-day-picker/style.css';

const CITIES = ['San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco, Heredia, Costa Rica', 'San Carlos, CA, USA', 'San Leandro, CA, USA', 'Berkeley, CA, USA', 'Boulder, CO, USA', 'Brooklyn, NY, USA', 'Austin, TX, USA', 'Pittsburgh, PA, USA'];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Davis', 'University of California, Santa Barbara', 'Carnegie Mellon University', 'Berkeley College', 'University of Colorado Boulder'];
const YEARS = ['Under 1 year', '1–2 years', '3–4 years', '5–6 years', '7–8 years', '9–12 years', '13+ years'];
const TEAMS = ['Ingestion', 'Query engine', 'ML platform', 'Developer experience', 'Reliability'];
const fakeApi = (q) => new Promise((r) => setTimeout(() => r(CITIES.filter((c) => c.toLowerCase().includes(q.toLowerCase()))), 450));
const pad = (n) => String(n).padStart(2, '0');
const fmt = (d) => `${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()}`;
const iso = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const parse = (s) => { const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim()); if (!m) return null; const d = new Date(+m[3], +m[1] - 1, +m[2]); return d.getMonth() === +m[1] - 1 ? d : null; };

function CityCombobox({ value, onChange }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState([]);
  const [busy, setBusy] = useState(false);
  const t = useRef(0);
  useEffect(() => {
    clearTimeout(t.current);
    if (query.trim().length < 2) { setResults([]); return; }
    t.current = setTimeout(() => { setBusy(true); fakeApi(query).then((r) => { setResults(r); setBusy(false); }); }, 200);
  }, [query]);
  return (
    <Field>
      <Label className="lbl">Current city</Label>
      <Combobox value={value} onChange={(v) => onChange(v ?? null)} onClose={() => setQuery('')} immediate={false}>
        <div style={{ position: 'relative' }}>
          <ComboboxInput id="tm-city" className="in" name="city" autoComplete="off" displayValue={(v) => v ?? ''} onChange={(e) => setQuery(e.target.value)} placeholder="Search for a city" />
          <ComboboxOptions className="opts" anchor={false}>
            {busy && <div className="opt">Searching…</div>}
            {!busy && query.length >= 2 && results.length === 0 && <div className="opt">No cities found.</div>}
            {results.map((c) => <ComboboxOption key={c} value={c} className="opt">{c}</ComboboxOption>)}
          </ComboboxOptions>
        </div>
      </Combobox>
      <Description className="desc">We hire in most US states.</Description>
    </Field>
  );
}

function SchoolCombobox({ value, onChange }) {
  const [query, setQuery] = useState('');
  const filtered = query === '' ? SCHOOLS : SCHOOLS.filter((s) => s.toLowerCase().includes(query.toLowerCase()));
  const exact = SCHOOLS.some((s) => s.toLowerCase() === query.trim().toLowerCase());
  return (
    <Field>
      <Label className="lbl">School</Label>
      <Combobox value={value} onChange={(v) => onChange(v ?? '')} onClose={() => setQuery('')}>
        <div style={{ position: 'relative' }}>
          <ComboboxInput id="tm-school" className="in" name="school" displayValue={(v) => v ?? ''} onChange={(e) => setQuery(e.target.value)} />
          <ComboboxOptions className="opts" anchor={false}>
            {query.trim().length > 0 && !exact && <ComboboxOption value={query.trim()} className="opt">Use “{query.trim()}”</ComboboxOption>}
            {filtered.map((s) => <ComboboxOption key={s} value={s} className="opt">{s}</ComboboxOption>)}
          </ComboboxOptions>
        </div>
      </Combobox>
    </Field>
  );
}

function Cards({ name, legend, options, field }) {
  return (
    <Fieldset style={{ border: 0, padding: 0, margin: '14px 0' }}>
      <Legend className="lbl">{legend}</Legend>
      <RadioGroup id={`tm-${name}`} value={field.value} onChange={field.onChange} className="rg" name={name}>
        {options.map((o) => (
          <Field key={o}><Radio value={o} className="rgo"><Label style={{ cursor: 'pointer' }}>{o}</Label></Radio></Field>
        ))}
      </RadioGroup>
    </Fieldset>
  );
}

function StartDate({ field }) {
  const [text, setText] = useState(field.value ? fmt(field.value) : '');
  return (
    <Field>
      <Label className="lbl">Available start date</Label>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <Input id="tm-start" name="startDate" className="in" placeholder="MM/DD/YYYY" value={text}
          onChange={(e) => { setText(e.target.value); field.onChange(parse(e.target.value)); }}
          onBlur={() => { const d = parse(text); if (d) setText(fmt(d)); field.onBlur(); }} />
        <Popover style={{ position: 'relative' }}>
          <PopoverButton type="button" aria-label="Open calendar" className="in" style={{ width: 44 }}>📅</PopoverButton>
          <PopoverPanel anchor="bottom end" style={{ background: '#fff', border: '1px solid #e4e4e7', borderRadius: 8, padding: 8, zIndex: 20 }}>
            {({ close }) => <DayPicker mode="single" selected={field.value ?? undefined} onSelect={(d) => { if (d) { field.onChange(d); setText(fmt(d)); close(); } }} captionLayout="dropdown" startMonth={new Date(2026, 0)} endMonth={new Date(2028, 11)} />}
          </PopoverPanel>
        </Popover>
      </div>
      <Description className="desc">MM/DD/YYYY, or pick it from the calendar.</Description>
    </Field>
  );
}

function Application() {
  const { control, register, handleSubmit, formState: { errors } } = useForm({
    defaultValues: { firstName: '', lastName: '', email: '', phone: '', city: null, github: '', portfolio: '', company: '', title: '', years: '', teams: [], school: '', authorized: '', sponsorship: '', startDate: null, relocation: false, sms: false, salary: '', resume: '', why: '', terms: false },
  });
  const v = useWatch({ control });
  const [sent, setSent] = useState(false);
  const input = (name, label, rules, props = {}) => (
    <Field>
      <Label className="lbl">{label}</Label>
      <Input id={`tm-${name}`} className="in" {...props} {...register(name, rules)} />
      {errors[name] && <p className="desc" style={{ color: '#dc2626' }}>{errors[name].message}</p>}
    </Field>
  );
  const model = { ...v, startDate: v.startDate instanceof Date ? iso(v.startDate) : null };
  return (
    <div style={{ fontFamily: 'Inter, system-ui, sans-serif', color: '#18181b' }}>
      <header style={{ borderBottom: '1px solid #e4e4e7', padding: '14px 32px', display: 'flex', gap: 20 }}><b style={{ flex: 1 }}>◆ Tallowmere Labs</b><a href="#blog">Blog</a><a href="#careers">Careers</a></header>
      <main style={{ maxWidth: 640, margin: '0 auto', padding: '32px 16px' }}>
        <h1 style={{ fontSize: 28 }}>Senior Data Engineer</h1>
        <p style={{ color: '#52525b' }}>Remote (US) · Full-time · We build an open-source time-series database used by 9,000 companies.</p>
        {sent ? <div id="tm-sent" style={{ padding: 20, background: '#ecfdf5', borderRadius: 8 }}>Application received — thanks!</div> : (
          <form id="tm-form" noValidate onSubmit={handleSubmit(() => setSent(true))}>
            <div style={{ display: 'flex', gap: 12 }}>
              <div style={{ flex: 1 }}>{input('firstName', 'First name', { required: 'Required' })}</div>
              <div style={{ flex: 1 }}>{input('lastName', 'Last name', { required: 'Required' })}</div>
            </div>
            {input('email', 'Email', { required: 'Required' }, { type: 'email', autoComplete: 'email' })}
            {input('phone', 'Phone', {}, { type: 'tel', placeholder: '+1 (555) 987-6543' })}
            <Controller name="city" control={control} rules={{ required: true }} render={({ field }) => <CityCombobox value={field.value} onChange={field.onChange} />} />
            {input('github', 'GitHub profile', {}, { placeholder: 'https://github.com/' })}
            {input('portfolio', 'Portfolio or personal site', {}, { placeholder: 'https://' })}
            <div style={{ display: 'flex', gap: 12 }}>
              <div style={{ flex: 1 }}>{input('company', 'Current company')}</div>
              <div style={{ flex: 1 }}>{input('title', 'Current role')}</div>
            </div>
            <Controller name="years" control={control} rules={{ required: true }} render={({ field }) => (
              <Field>
                <Label className="lbl">Professional experience</Label>
                <Listbox value={field.value} onChange={field.onChange} name="years">
                  <div style={{ position: 'relative' }}>
                    <ListboxButton id="tm-years" className="in" style={{ textAlign: 'left' }}>{field.value || 'Choose…'}</ListboxButton>
                    <ListboxOptions className="opts" anchor={false}>
                      {YEARS.map((y) => <ListboxOption key={y} value={y} className="opt">{y}</ListboxOption>)}
                    </ListboxOptions>
                  </div>
                </Listbox>
              </Field>
            )} />
            <Controller name="teams" control={control} render={({ field }) => (
              <Field>
                <Label className="lbl">Teams you'd be excited to join</Label>
                <Listbox value={field.value} onChange={field.onChange} multiple>
                  <div style={{ position: 'relative' }}>
                    <ListboxButton id="tm-teams" className="in" style={{ textAlign: 'left' }}>{field.value.length ? field.value.map((t) => <span key={t} className="chip">{t}</span>) : 'Pick any'}</ListboxButton>
                    <ListboxOptions className="opts" anchor={false}>
                      {TEAMS.map((t) => <ListboxOption key={t} value={t} className="opt">{t}</ListboxOption>)}
                    </ListboxOptions>
                  </div>
                </Listbox>
              </Field>
            )} />
            <Controller name="school" control={control} render={({ field }) => <SchoolCombobox value={field.value} onChange={field.onChange} />} />
            <Controller name="authorized" control={control} rules={{ required: true }} render={({ field }) => <Cards name="authorized" legend="Are you authorized to work in the US?" options={['Yes', 'No']} field={field} />} />
            <Controller name="sponsorship" control={control} rules={{ required: true }} render={({ field }) => <Cards name="sponsorship" legend="Visa sponsorship" options={['I need sponsorship now or later', 'I don’t need sponsorship']} field={field} />} />
            <Controller name="startDate" control={control} rules={{ required: true }} render={({ field }) => <StartDate field={field} />} />
            {input('salary', 'Desired salary (USD, annual)', {}, { inputMode: 'numeric', placeholder: 'e.g. 175000' })}
            <Controller name="relocation" control={control} render={({ field }) => (
              <Field style={{ display: 'flex', alignItems: 'center', gap: 10, marginTop: 16 }}>
                <Switch id="tm-relocation" checked={field.value} onChange={field.onChange} className="sw" name="relocation" />
                <Label>Willing to travel to our Denver offsite quarterly</Label>
              </Field>
            )} />
            <Controller name="sms" control={control} render={({ field }) => (
              <Field style={{ display: 'flex', alignItems: 'center', gap: 10, marginTop: 12 }}>
                <Switch id="tm-sms" checked={field.value} onChange={field.onChange} className="sw" name="sms" />
                <Label>Text me about my application status</Label>
              </Field>
            )} />
            <Controller name="resume" control={control} rules={{ required: true }} render={({ field }) => (
              <Field>
                <Label className="lbl">Resume</Label>
                <label style={{ display: 'block', border: '2px dashed #d4d4d8', borderRadius: 8, padding: 20, textAlign: 'center', cursor: 'pointer' }}>
                  <input id="tm-resume" type="file" name="resume" className="sr-only" style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }} onChange={(e) => field.onChange(e.target.files?.[0]?.name ?? '')} />
                  {field.value || <span><span style={{ color: '#4f46e5' }}>Upload a file</span> or drag and drop · PDF up to 10MB</span>}
                </label>
              </Field>
            )} />
            <Field>
              <Label className="lbl">Why Tallowmere? (2–3 sentences)</Label>
              <Textarea id="tm-why" className="in" rows={4} {...register('why')} />
            </Field>
            <Field style={{ display: 'flex', gap: 8, marginTop: 16 }}>
              <input type="checkbox" id="tm-terms" {...register('terms', { validate: (x) => x || 'Required' })} />
              <Label htmlFor="tm-terms">I agree to the processing of my data under the privacy policy.</Label>
            </Field>
            <button id="tm-submit" type="submit" style={{ marginTop: 20, background: '#4f46e5', color: '#fff', border: 0, borderRadius: 6, padding: '10px 20px' }}>Apply</button>
          </form>
        )}
        <pre id="model">{JSON.stringify(model)}</pre>
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
