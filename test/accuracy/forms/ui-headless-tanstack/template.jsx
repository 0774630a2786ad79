/*
 * Tidewater Parcel careers: a React 19 application whose state lives in TanStack Form (useForm +
 * form.Field, validators on submit) and whose choice controls are Headless UI v2: Combobox
 * (location list, world-countries country) with anchored portal options, Listbox (years, degree,
 * "how did you hear", EEO), RadioGroup of sentence answers (div role=radio, no native inputs),
 * Switch (relocation, texts). The phone is react-international-phone preset to the US (the box
 * holds "+1" and formats as you type; the form keeps E.164). Postings share this template and pass
 * their own title, year buckets and questions. Values are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from '@tanstack/react-form';
import {
  Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Label,
  Listbox, ListboxButton, ListboxOption, ListboxOptions, Radio, RadioGroup, Switch,
} from '@headlessui/react';
import { PhoneInput } from 'react-international-phone';
import 'react-international-phone/style.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const DEGREES = ['High school diploma / GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate', 'Trade certificate'];
const HEARD = ['LinkedIn', 'Indeed', 'Tidewater website', 'A Tidewater employee', 'Career fair', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'Decline to self-identify'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I decline to answer'];

function Pick({ id, label, desc, options, value, onChange, placeholder = 'Select one' }) {
  return (
    <Field className="tw-field" id={id}>
      <Label>{label}</Label>
      <Listbox value={value} onChange={onChange}>
        <ListboxButton className="tw-button">{value ?? placeholder}</ListboxButton>
        <ListboxOptions anchor="bottom start" className="tw-options">
          {options.map((o) => <ListboxOption key={o} value={o} className="tw-option">{o}</ListboxOption>)}
        </ListboxOptions>
      </Listbox>
      {desc && <Description className="tw-desc">{desc}</Description>}
    </Field>
  );
}

function Search({ id, label, desc, options, value, onChange, placeholder }) {
  const [query, setQuery] = useState('');
  const shown = query === '' ? options : options.filter((o) => o.toLowerCase().includes(query.toLowerCase()));
  return (
    <Field className="tw-field" id={id}>
      <Label>{label}</Label>
      <Combobox value={value} onChange={onChange} onClose={() => setQuery('')} immediate>
        <ComboboxInput className="tw-input" placeholder={placeholder} displayValue={(v) => v ?? ''} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <ComboboxOptions anchor="bottom start" className="tw-options">
          {shown.length === 0 && <div className="tw-option">No matches</div>}
          {shown.slice(0, 60).map((o) => <ComboboxOption key={o} value={o} className="tw-option">{o}</ComboboxOption>)}
        </ComboboxOptions>
      </Combobox>
      {desc && <Description className="tw-desc">{desc}</Description>}
    </Field>
  );
}

function Choice({ id, label, options, value, onChange }) {
  return (
    <div className="tw-field" id={id}>
      <div className="tw-legend" id={`${id}-legend`}>{label}</div>
      <RadioGroup value={value} onChange={onChange} className="tw-radios" aria-labelledby={`${id}-legend`}>
        {options.map(([v, text]) => <Radio key={v} value={v} className="tw-radio">{text}</Radio>)}
      </RadioGroup>
    </div>
  );
}

function Toggle({ id, label, value, onChange }) {
  return (
    <Field className="tw-switchrow" id={id}>
      <Switch checked={value} onChange={onChange} className="tw-switch"><span /></Switch>
      <Label>{label}</Label>
    </Field>
  );
}

function Application({ posting }) {
  const [sent, setSent] = useState(false);
  const defaults = {
    firstName: '', lastName: '', email: '', phone: '', basedIn: null, country: null, linkedin: '', github: '',
    company: '', title: '', years: null, degree: null, authorization: null, sponsorship: null, startDate: '',
    salary: '', resume: null, coverLetter: '', relocate: false, texts: false, heard: null, gender: null, veteran: null,
    consent: false, answers: Object.fromEntries(posting.questions.map((q) => [q.key, q.kind === 'text' ? '' : null])),
  };
  const form = useForm({ defaultValues: defaults, onSubmit: () => setSent(true) });
  const required = { onSubmit: ({ value }) => (value === '' || value === null || value === false ? 'Required' : undefined) };
  const text = (name, label, props = {}, desc) => (
    <form.Field name={name} validators={props.required ? required : undefined}>
      {(f) => (
        <div className="tw-field">
          <label htmlFor={`tw-${name.replace('.', '-')}`}>{label}{props.required && ' *'}</label>
          {props.multiline
            ? <textarea className="tw-input" id={`tw-${name.replace('.', '-')}`} name={name} rows={5} value={f.state.value} onChange={(e) => f.handleChange(e.target.value)} onBlur={f.handleBlur} />
            : <input className="tw-input" id={`tw-${name.replace('.', '-')}`} name={name} type={props.type ?? 'text'} placeholder={props.placeholder} value={f.state.value} onChange={(e) => f.handleChange(e.target.value)} onBlur={f.handleBlur} />}
          {desc && <p className="tw-desc">{desc}</p>}
          {f.state.meta.errors.length > 0 && <div className="tw-err">{f.state.meta.errors.join(', ')}</div>}
        </div>
      )}
    </form.Field>
  );
  const widget = (name, render) => <form.Field key={name} name={name}>{(f) => render(f.state.value, f.handleChange)}</form.Field>;
  if (sent) return <p className="tw-done" id="tw-sent">Thanks! Your application for {posting.title} is in. We reply within ten working days.</p>;
  return (
    <form id="tw-apply" noValidate onSubmit={(e) => { e.preventDefault(); form.handleSubmit(); }}>
      <h1>{posting.title}</h1>
      <p>{posting.where} · {posting.team}</p>
      <p>{posting.intro}</p>

      <h2 className="tw-section">About you</h2>
      <div className="tw-row">{text('firstName', 'Legal first name', { required: true })}{text('lastName', 'Legal last name', { required: true })}</div>
      {text('email', 'Email address', { required: true, type: 'email' })}
      {widget('phone', (v, set) => (
        <div className="tw-field">
          <label htmlFor="tw-phone">Mobile number</label>
          <PhoneInput defaultCountry="us" value={v} onChange={(phone) => set(phone)} inputProps={{ id: 'tw-phone', name: 'phone' }} />
          <p className="tw-desc">We'll only call about interviews.</p>
        </div>
      ))}
      {widget('basedIn', (v, set) => <Search id="tw-basedIn" label="Where are you based?" desc="Pick the metro closest to you." placeholder="Start typing a city" options={posting.metros} value={v} onChange={set} />)}
      {widget('country', (v, set) => <Search id="tw-country" label="Country of residence" placeholder="Search countries" options={COUNTRIES} value={v} onChange={set} />)}

      <h2 className="tw-section">Experience</h2>
      {text('linkedin', 'LinkedIn profile')}
      {text('github', 'GitHub (optional)')}
      <div className="tw-row">{text('company', 'Where do you work now?')}{text('title', 'Your job title there')}</div>
      {widget('years', (v, set) => <Pick id="tw-years" label={posting.yearsLabel} options={posting.years} value={v} onChange={set} />)}
      {widget('degree', (v, set) => <Pick id="tw-degree" label="Highest level of education completed" options={DEGREES} value={v} onChange={set} />)}
      {widget('resume', (v, set) => (
        <div className="tw-field">
          <label htmlFor="tw-resume">Resume / CV *</label>
          <input id="tw-resume" name="resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => set(e.target.files?.[0]?.name ?? null)} />
          <p className="tw-desc">PDF or Word, up to 5 MB.</p>
        </div>
      ))}
      {text('coverLetter', 'Cover letter (optional)', { multiline: true })}

      <h2 className="tw-section">Logistics</h2>
      {widget('authorization', (v, set) => <Choice id="tw-authorization" label="Can you work in the United States for any employer?" value={v} onChange={set} options={[['any', 'Yes — for any employer'], ['restricted', 'Yes, but only on my current visa or with my current employer'], ['no', 'No']]} />)}
      {widget('sponsorship', (v, set) => <Choice id="tw-sponsorship" label="Visa sponsorship" value={v} onChange={set} options={[['none', "I won't need Tidewater to sponsor a visa, now or later"], ['later', 'I will need sponsorship at some point'], ['now', 'I need sponsorship to start']]} />)}
      <div className="tw-row">
        {text('startDate', 'Earliest start date', { placeholder: 'MM/DD/YYYY' })}
        {text('salary', 'Desired base salary (USD per year)', { type: 'number', placeholder: 'e.g. 120000' })}
      </div>
      {widget('relocate', (v, set) => <Toggle id="tw-relocate" label={posting.relocateLabel} value={v} onChange={set} />)}
      {widget('texts', (v, set) => <Toggle id="tw-texts" label="Text me updates about this application" value={v} onChange={set} />)}

      <h2 className="tw-section">A few questions from the team</h2>
      {posting.questions.map((q) => widget(`answers.${q.key}`, (v, set) => q.kind === 'text'
        ? (
          <div className="tw-field" key={q.key}>
            <label htmlFor={`tw-${q.key}`}>{q.label}</label>
            <textarea className="tw-input" id={`tw-${q.key}`} name={`answers.${q.key}`} rows={4} value={v} onChange={(e) => set(e.target.value)} />
          </div>
        )
        : q.kind === 'radio'
          ? <Choice key={q.key} id={`tw-${q.key}`} label={q.label} value={v} onChange={set} options={q.options.map((o) => [o, o])} />
          : <Pick key={q.key} id={`tw-${q.key}`} label={q.label} options={q.options} value={v} onChange={set} />))}
      {widget('heard', (v, set) => <Pick id="tw-heard" label="How did you hear about this job?" options={HEARD} value={v} onChange={set} />)}

      <h2 className="tw-section">Voluntary self-identification</h2>
      <p className="tw-desc">Answering is optional and never seen by the hiring team.</p>
      {widget('gender', (v, set) => <Pick id="tw-gender" label="Gender" options={GENDER} value={v} onChange={set} placeholder="Choose an option" />)}
      {widget('veteran', (v, set) => <Choice id="tw-veteran" label="Veteran status" value={v} onChange={set} options={VETERAN.map((o) => [o, o])} />)}

      <form.Field name="consent" validators={required}>
        {(f) => (
          <div className="tw-field">
            <label><input id="tw-consent" type="checkbox" name="consent" checked={f.state.value} onChange={(e) => f.handleChange(e.target.checked)} /> I agree to Tidewater Parcel processing my data as described in the applicant privacy notice. *</label>
            {f.state.meta.errors.length > 0 && <div className="tw-err">Please accept to continue</div>}
          </div>
        )}
      </form.Field>
      <button type="submit" className="tw-submit" id="tw-submit">Submit application</button>
      <form.Subscribe selector={(s) => s.values}>{(values) => <ModelMirror values={values} />}</form.Subscribe>
    </form>
  );
}

function ModelMirror({ values }) {
  return <ModelPortal json={JSON.stringify(values, null, 2)} />;
}
function ModelPortal({ json }) {
  const el = document.getElementById('model');
  if (el) el.textContent = json;
  return null;
}

export function renderPosting(posting) {
  document.body.insertAdjacentHTML('afterbegin', `
    <header class="tw-top"><span class="brand">Tidewater Parcel · Careers</span>
      <input id="tw-jobsearch" type="search" name="q" placeholder="Search jobs" aria-label="Search jobs">
      <a href="#signin">Candidate sign in</a></header>`);
  const root = document.getElementById('root');
  root.className = 'tw-card';
  document.body.insertAdjacentHTML('beforeend', `
    <footer class="tw-foot"><form id="tw-alerts" onsubmit="event.preventDefault()">
      <label for="tw-alert-email">Get new Tidewater jobs by email</label>
      <input id="tw-alert-email" type="email" name="alert_email" placeholder="you@example.com">
      <button type="submit">Subscribe</button></form></footer>
    <pre id="model">{}</pre>`);
  createRoot(root).render(<Application posting={posting} />);
}
