/*
 * Pinecrest Mutual careers: a hand-built application on Downshift 9 + react-select 5 +
 * react-datepicker + react-imask. "Country of residence" is a useCombobox over 250 countries whose
 * menu is windowed by hand (only the rows in view are rendered, with spacer rows above and below);
 * "Current location" is a useCombobox fed by a debounced server search from 2 characters on; the
 * degree useSelect fetches its options when first opened; the school is a react-select AsyncSelect
 * that only searches from 3 characters; the phone is an imask "+1 (000) 000-0000" box that drops
 * pasted text; the start date picker allows weekdays from today to 120 days out. State goes to
 * <pre id="model">.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useCombobox, useSelect } from 'downshift';
import AsyncSelect from 'react-select/async';
import DatePicker from 'react-datepicker';
import 'react-datepicker/dist/react-datepicker.css';
import { IMaskInput } from 'react-imask';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, name: c.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const PLACES = [
  'San Francisco, California', 'South San Francisco, California', 'San Francisco Bay Area', 'San Fernando, California', 'San Rafael, California',
  'San Mateo, California', 'Sacramento, California', 'Hartford, Connecticut', 'Harford County, Maryland', 'Boston, Massachusetts', 'Des Moines, Iowa',
];
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Irvine', 'University of California, Santa Cruz', 'Berkeley City College',
  'University of Connecticut', 'Iowa State University', 'Trinity College (Hartford)', 'Boston College',
].map((s) => ({ value: s, label: s }));
const DEGREES = ['No degree', 'Associate', 'Bachelor', 'Master', 'MBA', 'Doctorate'];
const ROW = 34;
const SHOWN = 8;
const later = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const iso = (d) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : null);

function Field({ name, label, hint, htmlFor, labelId, children }) {
  return (
    <div className="field" data-field={name}>
      <label htmlFor={htmlFor} id={labelId}>{label}</label>
      {children}
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}

function CountryCombobox({ value, onChange }) {
  const [query, setQuery] = useState('');
  const [top, setTop] = useState(0);
  const items = useMemo(() => COUNTRIES.filter((c) => c.name.toLowerCase().includes(query.toLowerCase())), [query]);
  const { isOpen, getLabelProps, getInputProps, getMenuProps, getItemProps, getToggleButtonProps, highlightedIndex } = useCombobox({
    id: 'ds-country', inputId: 'ds-country', menuId: 'ds-country-menu', labelId: 'ds-country-label',
    items,
    itemToString: (item) => (item ? item.name : ''),
    selectedItem: value,
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem ?? null),
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setQuery(inputValue);
      else setQuery('');
      setTop(0);
    },
  });
  const start = Math.max(0, Math.floor(top / ROW) - 2);
  const end = Math.min(items.length, start + SHOWN + 4);
  return (
    <div className="field" data-field="country">
      <label {...getLabelProps()}>Country of residence *</label>
      <div className="combo">
        <input {...getInputProps({ name: 'country', placeholder: 'Start typing a country' })} />
        <button type="button" aria-label="Show countries" {...getToggleButtonProps()}>▾</button>
      </div>
      <ul {...getMenuProps({ onScroll: (e) => setTop(e.currentTarget.scrollTop) })} className={`menu windowed${isOpen ? ' open' : ''}`}>
        {isOpen && (
          <>
            <li role="presentation" style={{ height: start * ROW }} />
            {items.slice(start, end).map((item, i) => (
              <li key={item.code} className={highlightedIndex === start + i ? 'hl' : ''} style={{ height: ROW }} {...getItemProps({ item, index: start + i })}>{item.name}</li>
            ))}
            <li role="presentation" style={{ height: (items.length - end) * ROW }} />
          </>
        )}
      </ul>
    </div>
  );
}

function LocationCombobox({ value, onChange }) {
  const [items, setItems] = useState([]);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);
  const timer = useRef(0);
  const { isOpen, getLabelProps, getInputProps, getMenuProps, getItemProps, highlightedIndex } = useCombobox({
    id: 'ds-location', inputId: 'ds-location', menuId: 'ds-location-menu',
    items,
    itemToString: (item) => item ?? '',
    selectedItem: value,
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem ?? null),
    onInputValueChange: ({ inputValue, type }) => {
      if (type !== useCombobox.stateChangeTypes.InputChange) return;
      if (value && inputValue !== value) onChange(null);
      clearTimeout(timer.current);
      const q = inputValue.trim().toLowerCase();
      if (q.length < 2) { setItems([]); setBusy(false); return; }
      setBusy(true);
      const n = ++seq.current;
      timer.current = setTimeout(async () => {
        const found = await later(250, PLACES.filter((p) => p.toLowerCase().includes(q)));
        if (n === seq.current) { setItems(found); setBusy(false); }
      }, 300);
    },
  });
  return (
    <div className="field" data-field="location">
      <label {...getLabelProps()}>Current location *</label>
      <input {...getInputProps({ name: 'location', placeholder: 'City' })} />
      <ul {...getMenuProps()} className={`menu${isOpen && (items.length || busy) ? ' open' : ''}`}>
        {isOpen && busy && <li className="muted" role="presentation">Searching…</li>}
        {isOpen && !busy && items.map((item, index) => (
          <li key={item} className={highlightedIndex === index ? 'hl' : ''} {...getItemProps({ item, index })}>{item}</li>
        ))}
      </ul>
      <p className="hint">Choose a suggestion so we can match you to the right office.</p>
    </div>
  );
}

function LazySelect({ name, label, value, onChange, source, required }) {
  const [items, setItems] = useState(null);
  const { isOpen, getToggleButtonProps, getLabelProps, getMenuProps, getItemProps, highlightedIndex, selectedItem } = useSelect({
    id: `ds-${name}`, toggleButtonId: `ds-${name}`, menuId: `ds-${name}-menu`,
    items: items ?? [],
    selectedItem: value,
    onSelectedItemChange: ({ selectedItem: item }) => onChange(item ?? null),
  });
  useEffect(() => {
    if (isOpen && items === null) { setItems(undefined); later(650, source).then(setItems); }
  }, [isOpen]);
  return (
    <div className="field" data-field={name}>
      <label {...getLabelProps()}>{label}{required ? ' *' : ''}</label>
      <div className="select-button" {...getToggleButtonProps()}>{selectedItem ?? 'Please select'}</div>
      <ul {...getMenuProps()} className={`menu${isOpen ? ' open' : ''}`}>
        {isOpen && !items && <li className="muted" role="presentation">Loading…</li>}
        {isOpen && items && items.map((item, index) => (
          <li key={item} className={highlightedIndex === index ? 'hl' : ''} {...getItemProps({ item, index })}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

const loadSchools = (input) => {
  if (input.trim().length < 3) return Promise.resolve([]);
  return later(400, SCHOOLS.filter((s) => s.label.toLowerCase().includes(input.toLowerCase())));
};

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', country: null, location: null, linkedin: '', employer: '', jobTitle: '',
    degree: null, school: null, startDate: null, salary: '', resume: null,
    answers: Object.fromEntries(posting.questions.map((q) => [q.id, q.type === 'select' ? null : ''])), consent: false, newsletter: false,
  });
  const [sent, setSent] = useState(false);
  const [chat, setChat] = useState('');
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const answer = (id) => (value) => setForm((f) => ({ ...f, answers: { ...f.answers, [id]: value } }));
  const today = new Date(); today.setHours(0, 0, 0, 0);
  const max = new Date(today); max.setDate(max.getDate() + 120);
  const model = { ...form, country: form.country?.code ?? null, startDate: iso(form.startDate), chat };
  const submit = (e) => {
    e.preventDefault();
    if (form.firstName && form.email && form.resume && form.consent && posting.questions.every((q) => !q.required || form.answers[q.id])) setSent(true);
  };
  if (sent) return <p id="ds-done" className="done">Thanks, {form.firstName}! Your application for {posting.title} is in.</p>;
  return (
    <>
      <form id="ds-apply" noValidate onSubmit={submit}>
        <h2>Apply for {posting.title}</h2>
        <div className="row">
          <Field name="firstName" label="Legal first name *" htmlFor="ds-first"><input id="ds-first" name="firstName" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /></Field>
          <Field name="lastName" label="Legal last name *" htmlFor="ds-last"><input id="ds-last" name="lastName" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /></Field>
        </div>
        <Field name="email" label="Email address *" htmlFor="ds-email"><input id="ds-email" name="email" type="email" value={form.email} onChange={(e) => set('email')(e.target.value)} /></Field>
        <Field name="phone" label="Mobile number" htmlFor="ds-phone" hint="Format: +1 (555) 000-0000. Paste is disabled; please type the number.">
          <IMaskInput id="ds-phone" name="phone" type="tel" mask="+{1} (000) 000-0000" lazy={false} value={form.phone}
            onPaste={(e) => e.preventDefault()} onAccept={(v) => set('phone')(v)} />
        </Field>
        <CountryCombobox value={form.country} onChange={set('country')} />
        <LocationCombobox value={form.location} onChange={set('location')} />
        <Field name="linkedin" label="LinkedIn URL" htmlFor="ds-linkedin"><input id="ds-linkedin" name="linkedin" value={form.linkedin} onChange={(e) => set('linkedin')(e.target.value)} /></Field>
        <h3>Experience</h3>
        <div className="row">
          <Field name="employer" label="Current employer" htmlFor="ds-employer"><input id="ds-employer" name="employer" value={form.employer} onChange={(e) => set('employer')(e.target.value)} /></Field>
          <Field name="jobTitle" label="Current job title" htmlFor="ds-title"><input id="ds-title" name="jobTitle" value={form.jobTitle} onChange={(e) => set('jobTitle')(e.target.value)} /></Field>
        </div>
        <LazySelect name="degree" label="Highest degree" value={form.degree} onChange={set('degree')} source={DEGREES} />
        <Field name="school" label="School" htmlFor="ds-school" hint="Type at least 3 letters to search">
          <AsyncSelect inputId="ds-school" name="school" classNamePrefix="rs" cacheOptions loadOptions={loadSchools} placeholder="Search schools"
            noOptionsMessage={({ inputValue }) => (inputValue.trim().length < 3 ? 'Type 3 or more characters' : 'No schools found')}
            value={form.school ? { value: form.school, label: form.school } : null} onChange={(o) => set('school')(o?.value ?? null)} />
        </Field>
        <h3>Availability</h3>
        <Field name="startDate" label="Earliest start date *" htmlFor="ds-start" hint="Weekdays only, within the next 120 days (MM/DD/YYYY)">
          <DatePicker id="ds-start" name="startDate" selected={form.startDate} onChange={set('startDate')} minDate={today} maxDate={max}
            filterDate={(d) => d.getDay() !== 0 && d.getDay() !== 6} dateFormat="MM/dd/yyyy" placeholderText="MM/DD/YYYY" autoComplete="off" />
        </Field>
        <Field name="salary" label="Desired annual salary (USD)" htmlFor="ds-salary"><input id="ds-salary" name="salary" inputMode="numeric" value={form.salary} onChange={(e) => set('salary')(e.target.value)} /></Field>
        <h3>Questions</h3>
        {posting.questions.map((q) => q.type === 'radio' ? (
          <fieldset key={q.id} className="field" data-field={q.id}>
            <legend>{q.label}{q.required ? ' *' : ''}</legend>
            {q.options.map((o, i) => (
              <label key={o} className="opt"><input type="radio" name={q.id} value={o} checked={form.answers[q.id] === o} onChange={() => answer(q.id)(o)} /> {o}</label>
            ))}
          </fieldset>
        ) : q.type === 'select' ? (
          <LazySelect key={q.id} name={q.id} label={q.label} required={q.required} value={form.answers[q.id]} onChange={answer(q.id)} source={q.options} />
        ) : (
          <Field key={q.id} name={q.id} label={q.label} htmlFor={`ds-${q.id}`}><textarea id={`ds-${q.id}`} name={q.id} rows={3} value={form.answers[q.id]} onChange={(e) => answer(q.id)(e.target.value)} /></Field>
        ))}
        <Field name="resume" label="Resume *" htmlFor="ds-resume">
          <input id="ds-resume" name="resume" type="file" accept=".pdf,.docx" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
        </Field>
        <label className="check"><input type="checkbox" id="ds-newsletter" name="newsletter" checked={form.newsletter} onChange={(e) => set('newsletter')(e.target.checked)} /> Send me Pinecrest career news</label>
        <label className="check"><input type="checkbox" id="ds-consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} /> I acknowledge the Pinecrest Mutual applicant privacy notice *</label>
        <button type="submit" id="ds-submit">Submit application</button>
      </form>
      <aside className="chat">
        <strong>Questions? Chat with our recruiting assistant</strong>
        <input id="ds-chat" name="chatEmail" type="email" placeholder="Your email" aria-label="Your email for the chat" value={chat} onChange={(e) => setChat(e.target.value)} />
      </aside>
      <pre id="model">{JSON.stringify(model)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
