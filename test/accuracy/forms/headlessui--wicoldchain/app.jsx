/**
 * Another posting on Northbeam Studio's own Headless UI application form: text fields that only
 * have placeholders (no labels), Listboxes (button + options) and a Combobox for the country (type
 * to filter, then choose). This posting is a weekend-shift production data role: it adds LinkedIn,
 * current company and salary placeholders, a sponsorship Listbox, other experience ranges, an
 * "18 or older" Listbox, a shift-pattern Listbox, a former-employee Listbox, "how did you hear", a
 * motivation textarea and a privacy-notice checkbox. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Field, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions } from '@headlessui/react';
import countries from 'world-countries';

const COUNTRY_NAMES = countries.map((country) => country.name.common).sort();
const AUTHORIZATION = ['Yes, I can work in the US for any employer', 'Yes, but only with my current visa', 'No'];
const SPONSORSHIP = ['Yes, now or in the future', 'No, never'];
const EXPERIENCE = ['Under 2 years', '2-4 years', '5-8 years', '9+ years'];
const YES_NO = ['Yes', 'No'];
const SHIFTS = ['Fri-Sun, 7am-7pm', 'Sat-Mon, 7am-7pm', 'Either rotation'];
const SOURCES = ['LinkedIn', 'Northbeam website', 'A friend or employee', 'Job board', 'Other'];

function Choice({ name, label, options, value, onChange }) {
  return (
    <Field className="choice" data-field={name}>
      <Label className="label">{label}</Label>
      <Listbox value={value} onChange={onChange} name={name}>
        <ListboxButton className="listbox-button">{value ?? 'Choose…'}</ListboxButton>
        <ListboxOptions className="options">
          {options.map((option) => <ListboxOption key={option} value={option} className="option">{option}</ListboxOption>)}
        </ListboxOptions>
      </Listbox>
    </Field>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', country: null, linkedin: '', company: '',
    authorization: null, sponsorship: null, experience: null, adult: null, shift: null, startDate: '', pay: '',
    formerEmployee: null, source: null, motivation: '', privacy: false,
  });
  const [query, setQuery] = useState('');
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const input = (key, placeholder, type = 'text') => <input className="input" name={key} type={type} placeholder={placeholder} value={form[key]} onChange={(event) => set(key)(event.target.value)} />;
  const filtered = query === '' ? COUNTRY_NAMES : COUNTRY_NAMES.filter((name) => name.toLowerCase().includes(query.toLowerCase()));
  if (done) return <p className="done" id="done">Application sent. We'll get back to you within a week.</p>;
  return (
    <form onSubmit={(event) => { event.preventDefault(); if (form.firstName && form.email) setDone(true); }}>
      <h1>Production Data Coordinator (Weekend Shift)</h1>
      <p className="hint">Oakland studio · 3 × 12-hour weekend shifts · you keep our render-farm and asset pipelines fed and their metrics honest.</p>
      <div className="row">{input('firstName', 'First name')}{input('lastName', 'Last name')}</div>
      {input('email', 'Email address', 'email')}
      {input('phone', 'Phone number', 'tel')}
      {input('city', 'City')}
      <Field className="choice" data-field="country">
        <Label className="label">Country of residence</Label>
        <Combobox value={form.country} onChange={set('country')} onClose={() => setQuery('')} name="country">
          <ComboboxInput className="input" displayValue={(name) => name ?? ''} onChange={(event) => setQuery(event.target.value)} placeholder="Start typing…" />
          <ComboboxOptions className="options">
            {filtered.slice(0, 8).map((name) => <ComboboxOption key={name} value={name} className="option">{name}</ComboboxOption>)}
          </ComboboxOptions>
        </Combobox>
      </Field>
      {input('linkedin', 'LinkedIn profile (optional)', 'url')}
      {input('company', 'Where do you work now?')}
      <Choice name="authorization" label="Can you legally work in the United States?" options={AUTHORIZATION} value={form.authorization} onChange={set('authorization')} />
      <Choice name="sponsorship" label="Will you need Northbeam to sponsor a visa for you?" options={SPONSORSHIP} value={form.sponsorship} onChange={set('sponsorship')} />
      <Choice name="experience" label="Years working with production data" options={EXPERIENCE} value={form.experience} onChange={set('experience')} />
      <Choice name="adult" label="Are you 18 or older?" options={YES_NO} value={form.adult} onChange={set('adult')} />
      <Choice name="shift" label="Which weekend rotation can you cover?" options={SHIFTS} value={form.shift} onChange={set('shift')} />
      {input('startDate', 'First weekend you could work (MM/DD/YYYY)')}
      {input('pay', 'Expected pay, USD per year')}
      <Choice name="formerEmployee" label="Have you worked at Northbeam before (employee or contractor)?" options={YES_NO} value={form.formerEmployee} onChange={set('formerEmployee')} />
      <Choice name="source" label="How did you find this job?" options={SOURCES} value={form.source} onChange={set('source')} />
      <textarea className="input" name="motivation" placeholder="Why weekends, and why Northbeam? (a few sentences)" value={form.motivation} onChange={(event) => set('motivation')(event.target.value)} />
      <label className="tick"><input type="checkbox" name="privacy" checked={form.privacy} onChange={(event) => set('privacy')(event.target.checked)} /> I have read Northbeam's applicant privacy notice and agree that my application is kept for 12 months.</label>
      <button type="submit" className="submit">Apply</button>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
