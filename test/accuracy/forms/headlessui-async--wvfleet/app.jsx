/**
 * Another posting on the Quillon Robotics careers page (Fleet Telemetry Engineer, Munich or remote US),
 * same template as the Robotics Data Engineer one: a careers page (Tailwind-UI look) built with Headless UI v2: Field / Label /
 * Description / Input / Textarea, a virtualized Combobox over every country, a Listbox of years
 * ("1 year" … "10 years", "More than 10 years"), RadioGroups whose options are sentences (no native
 * radios), Switches (sponsorship, relocation); a react-select Async "Location" whose suggestions load
 * 400 ms after typing, like a geocoder; react-phone-number-input in international mode with its
 * country select preset to Germany (the company's home) and the calling code not editable; a resume
 * file input hidden behind an "Upload a file" label. State is rendered into <pre id="model">.
 */
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Input, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions, Radio, RadioGroup, Switch, Textarea,
} from '@headlessui/react';
import AsyncSelect from 'react-select/async';
import PhoneInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const YEARS = ['Less than 1 year', '1 year', ...Array.from({ length: 9 }, (_, index) => `${index + 2} years`), 'More than 10 years'];
const SOURCES = ['LinkedIn', 'Company website', 'Friend or colleague', 'Conference', 'Other'];
const PLACES = [
  'Berlin, Germany', 'Boston, MA, USA', 'Los Angeles, CA, USA', 'Munich, Germany', 'New York, NY, USA', 'San Diego, CA, USA',
  'Oakland, CA, USA', 'San Francisco, CA, USA', 'San Francisco de Macorís, Dominican Republic', 'San Francisco del Rincón, Mexico', 'San Jose, CA, USA', 'Seattle, WA, USA', 'South San Francisco, CA, USA',
];

// Stands in for the page's geocoding endpoint: suggestions arrive a moment after typing.
function loadPlaces(input) {
  const query = input.trim().toLowerCase();
  return new Promise((resolve) => {
    setTimeout(() => resolve(query.length < 2 ? [] : PLACES.filter((place) => place.toLowerCase().includes(query)).map((place) => ({ value: place, label: place }))), 400);
  });
}

function TextField({ label, name, form, set, hint, ...props }) {
  return (
    <Field className="field">
      <Label className="label">{label}</Label>
      {hint && <Description className="hint">{hint}</Description>}
      <Input className="input" name={name} id={`qr-${name}`} value={form[name]} onChange={(event) => set(name)(event.target.value)} {...props} />
    </Field>
  );
}

function SentenceRadios({ name, label, options, form, set }) {
  return (
    <Field className="field">
      <Label className="label">{label}</Label>
      <RadioGroup id={`qr-${name}`} value={form[name]} onChange={set(name)} aria-label={label}>
        {options.map(([value, text]) => (
          <Radio key={value} value={value} className="radio">{text}</Radio>
        ))}
      </RadioGroup>
    </Field>
  );
}

function ToggleField({ name, label, form, set }) {
  return (
    <Field className="field switch-row">
      <Switch id={`qr-${name}`} checked={form[name]} onChange={set(name)} className="switch"><span className="sr-only">{label}</span><span className="knob" /></Switch>
      <Label className="label">{label}</Label>
    </Field>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: undefined, country: null, location: null, years: null, q_rtw_9021: null, sponsorship: false, relocate: false, q_employed_9024: null, q_ros_9027: null,
    github: '', website: '', coverLetter: '', resume: '', source: null, anythingElse: '', consent: false,
  });
  const [query, setQuery] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const filtered = useMemo(() => (query === '' ? COUNTRIES : COUNTRIES.filter((name) => name.toLowerCase().includes(query.toLowerCase()))), [query]);
  if (sent) return <p id="qr-done">Thanks, {form.firstName}! We received your application.</p>;
  return (
    <form id="qr-form" onSubmit={(event) => { event.preventDefault(); if (form.firstName && form.email && form.consent) setSent(true); }}>
      <h1>Fleet Telemetry Engineer</h1>
      <p className="hint">Quillon Robotics · Munich or remote (US, Pacific or Mountain time)</p>
      <TextField label="First name" name="firstName" form={form} set={set} required />
      <TextField label="Last name" name="lastName" form={form} set={set} required />
      <TextField label="Email" name="email" type="email" form={form} set={set} required />
      <div className="field">
        <label className="label" htmlFor="qr-phone">Phone</label>
        <PhoneInput id="qr-phone" international countryCallingCodeEditable={false} defaultCountry="DE" value={form.phone} onChange={set('phone')} />
      </div>
      <Field className="field">
        <Label className="label">Country of residence</Label>
        <Combobox value={form.country} onChange={set('country')} onClose={() => setQuery('')} virtual={{ options: filtered }}>
          <ComboboxInput id="qr-country" className="input" displayValue={(name) => name ?? ''} onChange={(event) => setQuery(event.target.value)} placeholder="Search countries" />
          <ComboboxOptions anchor="bottom start" className="options">
            {({ option }) => <ComboboxOption value={option} className="option" style={{ width: '100%' }}>{option}</ComboboxOption>}
          </ComboboxOptions>
        </Combobox>
      </Field>
      <div className="field qr-location">
        <label className="label" htmlFor="qr-location-input">Location</label>
        <AsyncSelect inputId="qr-location-input" classNamePrefix="rs" loadOptions={loadPlaces} placeholder="Start typing your city" noOptionsMessage={() => 'Type at least two letters'} value={form.location ? { value: form.location, label: form.location } : null} onChange={(option) => set('location')(option?.value ?? null)} />
      </div>
      <Field className="field">
        <Label className="label">How many years have you built data pipelines professionally?</Label>
        <Listbox value={form.years} onChange={set('years')}>
          <ListboxButton id="qr-years" className="input listbox-button">{form.years ?? 'Select…'}</ListboxButton>
          <ListboxOptions anchor="bottom start" className="options">
            {YEARS.map((years) => <ListboxOption key={years} value={years} className="option">{years}</ListboxOption>)}
          </ListboxOptions>
        </Listbox>
      </Field>
      <SentenceRadios name="q_rtw_9021" label="Do you have the right to work in the US for any employer?" form={form} set={set} options={[['full', 'Yes, without any restrictions'], ['limited', 'Yes, but only with my current employer (e.g. H-1B)'], ['no', 'No']]} />
      <ToggleField name="sponsorship" label="Quillon would need to sponsor my work visa" form={form} set={set} />
      <SentenceRadios name="q_employed_9024" label="Are you working at the moment?" form={form} set={set} options={[['yes', 'Yes, I am employed'], ['no', 'No, I am between roles']]} />
      <SentenceRadios name="q_ros_9027" label="Have you shipped software that runs on ROS 2?" form={form} set={set} options={[['prod', 'Yes, in production'], ['hobby', 'Only in side projects'], ['no', 'No']]} />
      <ToggleField name="relocate" label="I would consider moving to Munich" form={form} set={set} />
      <TextField label="GitHub" name="github" form={form} set={set} />
      <TextField label="Personal website" name="website" form={form} set={set} hint="Blog, portfolio or anything else you want us to see" />
      <div className="field">
        <span className="label">Resume / CV</span>
        <label htmlFor="qr-resume" className="hint" style={{ cursor: 'pointer', color: '#4f46e5' }}>Upload a file<input id="qr-resume" name="resume" type="file" className="sr-only" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files?.[0]?.name ?? '')} /></label>
        <span className="hint">PDF or DOC up to 10MB</span>
      </div>
      <Field className="field">
        <Label className="label">Cover letter</Label>
        <Textarea id="qr-coverLetter" className="input" rows={5} value={form.coverLetter} onChange={(event) => set('coverLetter')(event.target.value)} />
      </Field>
      <Field className="field">
        <Label className="label">How did you hear about us?</Label>
        <Listbox value={form.source} onChange={set('source')}>
          <ListboxButton id="qr-source" className="input listbox-button">{form.source ?? 'Select…'}</ListboxButton>
          <ListboxOptions anchor="bottom start" className="options">
            {SOURCES.map((source) => <ListboxOption key={source} value={source} className="option">{source}</ListboxOption>)}
          </ListboxOptions>
        </Listbox>
      </Field>
      <Field className="field">
        <Label className="label">Anything else you would like to share?</Label>
        <Textarea id="qr-anythingElse" className="input" rows={3} value={form.anythingElse} onChange={(event) => set('anythingElse')(event.target.value)} />
      </Field>
      <div className="field">
        <label><input id="qr-consent" type="checkbox" checked={form.consent} onChange={(event) => set('consent')(event.target.checked)} /> I agree to the <a href="#privacy">applicant privacy policy</a></label>
      </div>
      <button type="submit" id="qr-submit" className="input">Submit application</button>
      <pre id="model">{JSON.stringify({ ...form, phone: form.phone ?? '' })}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
