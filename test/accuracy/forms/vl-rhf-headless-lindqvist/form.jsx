/*
 * Lindqvist Medical (Stockholm; US subsidiary in Boston) careers page: React + react-hook-form
 * (register for plain inputs, Controller for widgets) + Headless UI v2 (Field / Label /
 * Description, Listbox with anchored portal options, Combobox, RadioGroup of Radio, Switch, Input)
 * + react-select/async for the location. A dial-code Listbox preset "Sweden (+46)" ("Canada (+1)"
 * before "United States (+1)") beside the phone, a country Combobox of official names with alpha-3
 * values, sentence answers, salary amount + currency Listbox (preset SEK) + period Listbox (preset
 * "per month", as Swedish pay is quoted), a native date input, file inputs behind labels, the
 * posting's questions, EEO Listboxes, a react-select "how did you hear", a talent-community Switch,
 * header search, a cookie banner and a footer newsletter. Values are rendered into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import {
  Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Input, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions,
  Radio, RadioGroup, Switch, Textarea,
} from '@headlessui/react';
import AsyncSelect from 'react-select/async';
import Select from 'react-select';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ value: c.cca3, label: c.name.official })).sort((a, b) => a.label.localeCompare(b.label));
const DIALS = [
  { value: 'SE', label: 'Sweden (+46)' }, { value: 'NO', label: 'Norway (+47)' }, { value: 'DK', label: 'Denmark (+45)' }, { value: 'FI', label: 'Finland (+358)' },
  { value: 'DE', label: 'Germany (+49)' }, { value: 'GB', label: 'United Kingdom (+44)' }, { value: 'CA', label: 'Canada (+1)' }, { value: 'US', label: 'United States (+1)' },
];
const CITIES = [
  'Boston, MA, USA', 'Cambridge, MA, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Jose, CA, USA', 'San Rafael, CA, USA',
  'South San Francisco, CA, USA', 'Santa Clara, CA, USA', 'Stockholm, Sweden', 'Gothenburg, Sweden', 'Malmö, Sweden', 'Uppsala, Sweden',
  'Minneapolis, MN, USA', 'Chicago, IL, USA', 'New York, NY, USA', 'Seattle, WA, USA',
];
const loadCities = (q) => new Promise((resolve) => setTimeout(() => resolve(
  CITIES.filter((c) => c.toLowerCase().includes(q.toLowerCase())).map((c) => ({ value: c, label: c })),
), 400));

function LB({ id, label, options, value, onChange, placeholder = 'Select…', desc }) {
  const sel = options.find((o) => o.value === value);
  return (
    <Field className="field" data-field={id}>
      <Label className="lbl">{label}</Label>
      <Listbox value={value} onChange={onChange} name={id}>
        <ListboxButton id={`${id}-button`} className="lb-btn">{sel ? sel.label : placeholder}</ListboxButton>
        <ListboxOptions anchor="bottom start" className="lb-opts">
          {options.map((o) => <ListboxOption key={o.value} value={o.value} className="lb-opt">{o.label}</ListboxOption>)}
        </ListboxOptions>
      </Listbox>
      {desc ? <Description className="desc">{desc}</Description> : null}
    </Field>
  );
}
function RG({ id, label, options, value, onChange, stack }) {
  return (
    <div className="field" data-field={id}>
      <span className="lbl" id={`${id}-label`}>{label}</span>
      <RadioGroup id={`${id}-group`} value={value} onChange={onChange} aria-labelledby={`${id}-label`} name={id} className={stack ? 'rg stack' : 'rg'}>
        {options.map((o) => <Radio key={o} value={o}>{o}</Radio>)}
      </RadioGroup>
    </div>
  );
}
function CountryCombobox({ value, onChange }) {
  const [query, setQuery] = useState('');
  const filtered = query === '' ? COUNTRIES : COUNTRIES.filter((c) => c.label.toLowerCase().includes(query.toLowerCase()));
  return (
    <Field className="field" data-field="country">
      <Label className="lbl">Country of residence *</Label>
      <Combobox value={value} onChange={onChange} onClose={() => setQuery('')} name="country">
        <ComboboxInput id="country-input" className="input" displayValue={(v) => COUNTRIES.find((c) => c.value === v)?.label ?? ''} onChange={(e) => setQuery(e.target.value)} />
        <ComboboxOptions anchor="bottom start" className="lb-opts">
          {filtered.slice(0, 60).map((c) => <ComboboxOption key={c.value} value={c.value} className="lb-opt">{c.label}</ComboboxOption>)}
        </ComboboxOptions>
      </Combobox>
    </Field>
  );
}

export function renderLindqvist(cfg) {
  const defaults = {
    firstName: '', lastName: '', email: '', dial: 'SE', phone: '', location: null, country: 'SWE', employed: false, employer: '', jobTitle: '',
    linkedin: '', years: '', workAuth: '', sponsorship: '', startDate: '', salary: '', currency: 'SEK', period: 'month',
    gender: '', veteran: '', source: null, talentCommunity: false, privacy: false, resume: null, coverLetter: null,
  };
  for (const q of cfg.questions) defaults[q.id] = '';

  function App() {
    const { register, control, handleSubmit, watch, setValue } = useForm({ defaultValues: defaults });
    const [sent, setSent] = useState(false);
    const v = watch();
    useEffect(() => {
      document.getElementById('model').textContent = JSON.stringify({
        ...v, location: v.location ? v.location.value : null, source: v.source ? v.source.value : null,
        resume: v.resume ? v.resume.name : null, coverLetter: v.coverLetter ? v.coverLetter.name : null,
      }, null, 2);
    });
    if (sent) return <main><h2 id="application-sent">Thank you for applying to Lindqvist Medical.</h2></main>;
    const ctl = (name, render) => <Controller name={name} control={control} render={({ field }) => render(field)} />;
    const text = (name, label, opts = {}) => (
      <Field className="field" data-field={name}>
        <Label className="lbl">{label}</Label>
        {opts.long ? <Textarea id={name} className="input" rows={5} {...register(name)} /> : <Input id={name} className="input" type={opts.type ?? 'text'} placeholder={opts.placeholder} {...register(name, { required: opts.required })} />}
        {opts.desc ? <Description className="desc">{opts.desc}</Description> : null}
      </Field>
    );
    const file = (name, label, button, accept) => (
      <div className="field" data-field={name}>
        <span className="lbl">{label}</span>
        <label htmlFor={name} className="file-btn">{button}</label>
        <input id={name} name={name} type="file" className="sr-only" accept={accept} onChange={(e) => setValue(name, e.target.files[0] ?? null)} />
        <span style={{ marginLeft: 10 }}>{v[name] ? v[name].name : 'No file chosen'}</span>
      </div>
    );
    const o = (xs) => xs.map((x) => ({ value: x, label: x }));
    const Q = (q) => {
      if (q.kind === 'radio') return <div key={q.id}>{ctl(q.id, (f) => <RG id={q.id} label={q.label} options={q.options} value={f.value} onChange={f.onChange} stack={q.stack} />)}</div>;
      if (q.kind === 'listbox') return <div key={q.id}>{ctl(q.id, (f) => <LB id={q.id} label={q.label} options={o(q.options)} value={f.value} onChange={f.onChange} />)}</div>;
      return <div key={q.id}>{text(q.id, q.label, { long: q.long })}</div>;
    };
    const sections = {
      contact: (
        <section key="contact">
          <h2>Contact details</h2>
          <div className="row">{text('firstName', 'First name *', { required: true })}{text('lastName', 'Last name *', { required: true })}</div>
          {text('email', 'Email *', { type: 'email', required: true })}
          <div className="row">
            <div style={{ flex: '0 0 210px' }}>{ctl('dial', (f) => <LB id="dial" label="Country code" options={DIALS} value={f.value} onChange={f.onChange} />)}</div>
            {text('phone', 'Phone number *', { type: 'tel' })}
          </div>
          <div className="field" id="location-field" data-field="location">
            <label htmlFor="location" className="lbl">Where are you based? *</label>
            {ctl('location', (f) => <AsyncSelect inputId="location" classNamePrefix="select" cacheOptions loadOptions={loadCities} value={f.value} onChange={f.onChange} placeholder="Start typing a city…" noOptionsMessage={({ inputValue }) => (inputValue ? 'No cities found' : 'Type to search')} />)}
          </div>
          {ctl('country', (f) => <CountryCombobox value={f.value} onChange={f.onChange} />)}
        </section>
      ),
      background: (
        <section key="background">
          <h2>Background</h2>
          <div className="field" data-field="employed">
            {ctl('employed', (f) => (
              <Field style={{ display: 'flex', gap: 10, alignItems: 'center' }}>
                <Switch id="employed-switch" checked={f.value} onChange={f.onChange} className="switch"><span /></Switch>
                <Label>I am currently employed</Label>
              </Field>
            ))}
          </div>
          <div className="row">{text('employer', 'Current employer')}{text('jobTitle', 'Current job title')}</div>
          {text('linkedin', 'LinkedIn URL', { placeholder: 'linkedin.com/in/yourname' })}
          {ctl('years', (f) => <RG id="years" label={cfg.yearsLabel} options={cfg.buckets} value={f.value} onChange={f.onChange} />)}
          {file('resume', 'Résumé / CV *', 'Attach résumé', '.pdf,.doc,.docx')}
          {file('coverLetter', 'Cover letter', 'Attach cover letter', '.pdf,.doc,.docx,.txt')}
        </section>
      ),
      work: (
        <section key="work">
          <h2>Work eligibility</h2>
          {ctl('workAuth', (f) => <LB id="workAuth" label={cfg.authLabel} options={o(cfg.authOptions)} value={f.value} onChange={f.onChange} />)}
          {ctl('sponsorship', (f) => <RG id="sponsorship" label={cfg.sponsorLabel} options={cfg.sponsorOptions} value={f.value} onChange={f.onChange} stack />)}
          {text('startDate', 'When could you start? *', { type: 'date' })}
          <span className="lbl">Salary expectation (base) *</span>
          <div className="row">
            {text('salary', 'Amount', { desc: 'Numbers only' })}
            {ctl('currency', (f) => <LB id="currency" label="Currency" options={o(['SEK', 'EUR', 'USD', 'GBP', 'NOK', 'DKK'])} value={f.value} onChange={f.onChange} />)}
            {ctl('period', (f) => <LB id="period" label="Period" options={[{ value: 'month', label: 'per month' }, { value: 'year', label: 'per year' }, { value: 'hour', label: 'per hour' }]} value={f.value} onChange={f.onChange} />)}
          </div>
        </section>
      ),
    };
    return (
      <>
        <header className="top"><span className="logo">LINDQVIST MEDICAL</span><input id="site-search" type="search" className="input" style={{ width: 240 }} placeholder="Search jobs" aria-label="Search jobs" /><a href="#">Life at Lindqvist</a></header>
        <main>
          <p className="team">{cfg.team}</p>
          <h1>{cfg.title}</h1>
          <p>{cfg.location}</p>
          <p>{cfg.blurb}</p>
          <form id="apply" noValidate onSubmit={handleSubmit((d) => { if (d.email && d.privacy) setSent(true); })}>
            {cfg.order.map((k) => sections[k])}
            <h2>Questions from the hiring team</h2>
            {cfg.questions.map(Q)}
            <h2>Voluntary self-identification</h2>
            <p className="desc">Lindqvist Medical Inc. is an equal opportunity employer. Providing this information is optional.</p>
            {ctl('gender', (f) => <LB id="gender" label="Gender" options={o(['Woman', 'Man', 'Non-binary', 'Prefer not to say'])} value={f.value} onChange={f.onChange} />)}
            {ctl('veteran', (f) => <LB id="veteran" label="Veteran status" options={o(['I am a protected veteran', 'I am not a protected veteran', 'Prefer not to say'])} value={f.value} onChange={f.onChange} />)}
            <div className="field" id="source-field" data-field="source">
              <label htmlFor="source" className="lbl">How did you hear about us?</label>
              {ctl('source', (f) => <Select inputId="source" classNamePrefix="select" isClearable options={o(['LinkedIn', 'Indeed', 'Lindqvist website', 'Conference', 'Referral', 'Other'])} value={f.value} onChange={f.onChange} />)}
            </div>
            <div className="field">
              {ctl('talentCommunity', (f) => (
                <Field style={{ display: 'flex', gap: 10, alignItems: 'center' }}>
                  <Switch id="talent-switch" checked={f.value} onChange={f.onChange} className="switch"><span /></Switch>
                  <Label>Join the Lindqvist talent community and hear about future roles</Label>
                </Field>
              ))}
            </div>
            <div className="field"><input type="checkbox" id="privacy" {...register('privacy')} /> <label htmlFor="privacy" style={{ display: 'inline', fontWeight: 400 }}>I have read the applicant privacy notice and agree to the processing of my data (GDPR / CCPA). *</label></div>
            <button id="submit-application" type="submit">Submit application</button>
          </form>
        </main>
        <footer><label htmlFor="newsletter">The Lindqvist Pulse newsletter</label> <input id="newsletter" type="email" className="input" style={{ width: 260 }} placeholder="you@example.com" /> <button type="button">Sign up</button></footer>
        <div id="cookie">We use cookies to improve your experience. <button type="button">Accept all</button><button type="button">Only necessary</button></div>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
