/**
 * Another posting on Kestova Payments' Freshteam-style application (Downshift useCombobox city
 * suggestions written "City, State, Country", useSelect div role=combobox toggles, free-text
 * questions, a label-wrapped display:none resume input). This settlement-team posting lists
 * "San Francisco de Macorís" and "South San Francisco" among the city suggestions and adds a
 * preferred name, GitHub, a free-text work-authorization answer, education (with a typographic
 * apostrophe), a type=date start, payments-years, notice period, Toronto visits and a late-evening
 * question. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useCombobox, useSelect } from 'downshift';
import countries from 'world-countries';

const CITIES = [
  'San Antonio, Texas, United States', 'San Diego, California, United States', 'San Francisco, California, United States',
  'San Jose, California, United States', 'Santa Clara, California, United States', 'Seattle, Washington, United States',
  'San Francisco de Macorís, Duarte, Dominican Republic', 'South San Francisco, California, United States',
  'Austin, Texas, United States', 'Boston, Massachusetts, United States', 'New York, New York, United States', 'Toronto, Ontario, Canada',
];
const EXPERIENCE = ['0 - 1 year', '1 - 3 years', '3 - 5 years', '5 - 10 years', '10+ years'];
const SPONSORSHIP = ['I will not require sponsorship', 'I will require sponsorship now', 'I will require sponsorship in the future'];
const EDUCATION = ['Secondary school', 'College diploma', 'Bachelor’s degree', 'Master’s degree', 'Doctorate'];
const PAYMENTS_YEARS = ['None', 'Under 2 years', '2 - 5 years', '5+ years'];
const YES_NO = ['Yes', 'No'];
const COUNTRY_NAMES = countries.map((country) => country.name.common).sort();

function SelectField({ name, label, items, value, onChange }) {
  const { isOpen, getToggleButtonProps, getLabelProps, getMenuProps, getItemProps, highlightedIndex } = useSelect({
    items, selectedItem: value, onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem),
  });
  return (
    <div className="ft-field" data-field={name}>
      <label {...getLabelProps()}>{label}</label>
      <div className="ft-toggle" {...getToggleButtonProps()}>
        <span className={value ? 'value' : 'placeholder'}>{value ?? 'Select'}</span><span aria-hidden="true">▾</span>
      </div>
      <ul className={`ft-menu${isOpen ? ' open' : ''}`} {...getMenuProps()}>
        {isOpen && items.map((item, index) => (
          <li key={item} className={highlightedIndex === index ? 'hl' : ''} {...getItemProps({ item, index })}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function CityField({ value, onChange }) {
  const [shown, setShown] = useState(CITIES);
  const { isOpen, getLabelProps, getInputProps, getMenuProps, getItemProps, highlightedIndex } = useCombobox({
    items: shown,
    selectedItem: value,
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem ?? null),
    onInputValueChange: ({ inputValue }) => setShown(CITIES.filter((city) => city.toLowerCase().startsWith((inputValue ?? '').toLowerCase()))),
  });
  return (
    <div className="ft-field" data-field="currentCity">
      <label {...getLabelProps()}>Current city</label>
      <input className="ft-input" placeholder="Start typing your city" {...getInputProps()} />
      <ul className={`ft-menu${isOpen && shown.length ? ' open' : ''}`} {...getMenuProps()}>
        {isOpen && shown.map((item, index) => (
          <li key={item} className={highlightedIndex === index ? 'hl' : ''} {...getItemProps({ item, index })}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

const EMPTY = { firstName: '', lastName: '', preferredName: '', email: '', phone: '', currentCity: null, citizenship: null, authorized: '', experience: null, paymentsYears: null, education: null, employer: '', noticePeriod: '', portfolio: '', github: '', pronouns: '', salary: '', startDate: '', sponsorship: null, torontoVisits: null, lateEvenings: '', resume: null, consent: false };

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, label, type = 'text') => (
    <div className="ft-field">
      <label htmlFor={`candidate-${key}`}>{label}</label>
      <input className="ft-input" id={`candidate-${key}`} type={type} value={form[key]} onChange={(event) => set(key)(event.target.value)} />
    </div>
  );
  const submit = (event) => {
    event.preventDefault();
    if (!form.firstName || !form.email || !form.resume || !form.consent) { setError('Please fill the mandatory fields.'); return; }
    setSent(true);
  };
  if (sent) return <h2 id="ft-thanks">Thank you for applying! Our team will review your profile.</h2>;
  return (
    <form onSubmit={submit} noValidate>
      <h1>Data Engineer, Settlement</h1>
      <p>Remote (United States) · Reconciliation &amp; Settlement · Full time</p>
      <div className="ft-row">{text('firstName', 'First name *')}{text('lastName', 'Last name *')}</div>
      {text('preferredName', 'Preferred name (if different)')}
      {text('email', 'Email *', 'email')}
      {text('phone', 'Phone', 'tel')}
      <CityField value={form.currentCity} onChange={set('currentCity')} />
      <SelectField name="citizenship" label="Country of citizenship" items={COUNTRY_NAMES} value={form.citizenship} onChange={set('citizenship')} />
      {text('authorized', 'Are you legally authorized to work in the United States without restriction?')}
      <SelectField name="experience" label="Total work experience" items={EXPERIENCE} value={form.experience} onChange={set('experience')} />
      <SelectField name="paymentsYears" label="Experience with card networks or payment settlement" items={PAYMENTS_YEARS} value={form.paymentsYears} onChange={set('paymentsYears')} />
      <SelectField name="education" label="Highest education" items={EDUCATION} value={form.education} onChange={set('education')} />
      {text('employer', 'Current employer')}
      {text('noticePeriod', 'Notice period at your current employer')}
      {text('portfolio', 'Portfolio link', 'url')}
      {text('github', 'GitHub', 'url')}
      {text('pronouns', 'Pronouns')}
      {text('salary', 'Expected salary (USD per year)')}
      {text('startDate', 'Date available to start', 'date')}
      <SelectField name="sponsorship" label="Work visa" items={SPONSORSHIP} value={form.sponsorship} onChange={set('sponsorship')} />
      <SelectField name="torontoVisits" label="Can you spend one week per quarter at our Toronto office? (travel paid by Kestova)" items={YES_NO} value={form.torontoVisits} onChange={set('torontoVisits')} />
      {text('lateEvenings', 'Settlement files close at 6 p.m. Eastern and some evenings run late. Is that OK for you?')}
      <div className="ft-field">
        <label className="ft-drop" htmlFor="candidate-resume">
          <strong>Resume *</strong><br />{form.resume ?? 'Click to upload (PDF, DOC, up to 5 MB)'}
          <input id="candidate-resume" type="file" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} />
        </label>
      </div>
      <p><label><input type="checkbox" id="candidate-consent" checked={form.consent} onChange={(event) => set('consent')(event.target.checked)} /> I agree to the Kestova Payments candidate privacy notice *</label></p>
      {error && <p className="ft-error" role="alert">{error}</p>}
      <button type="submit" className="ft-submit">Submit application</button>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
