/**
 * A startup's own application form with Headless UI: text fields that only have placeholders (no
 * labels), Listboxes for work authorization and experience (button + options), and a Combobox for
 * the country (type to filter, then choose). React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Field, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions } from '@headlessui/react';
import countries from 'world-countries';

const COUNTRY_NAMES = countries.map((country) => country.name.common).sort();
const AUTHORIZATION = ['Yes, I am authorized to work in the US', 'No, I am not authorized to work in the US'];
const EXPERIENCE = ['0-2', '3-6', '7+'];

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
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', phone: '', city: '', country: null, authorization: null, experience: null, startDate: '' });
  const [query, setQuery] = useState('');
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const input = (key, placeholder, type = 'text') => <input className="input" name={key} type={type} placeholder={placeholder} value={form[key]} onChange={(event) => set(key)(event.target.value)} />;
  const filtered = query === '' ? COUNTRY_NAMES : COUNTRY_NAMES.filter((name) => name.toLowerCase().includes(query.toLowerCase()));
  if (done) return <p className="done" id="done">Application sent. We'll get back to you within a week.</p>;
  return (
    <form onSubmit={(event) => { event.preventDefault(); if (form.firstName && form.email) setDone(true); }}>
      <h1>Analytics Engineer</h1>
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
      <Choice name="authorization" label="Work authorization" options={AUTHORIZATION} value={form.authorization} onChange={set('authorization')} />
      <Choice name="experience" label="Years of experience" options={EXPERIENCE} value={form.experience} onChange={set('experience')} />
      {input('startDate', 'Start date (MM/DD/YYYY)')}
      <button type="submit" className="submit">Apply</button>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
