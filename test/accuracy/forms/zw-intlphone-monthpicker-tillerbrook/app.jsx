/**
 * A Toronto software company's self-built careers page (Formik) hiring a remote US engineer:
 * react-international-phone preset to Canada (a flag button with the country list, "+1" in the
 * box, E.164 in the form state), a Downshift useCombobox city whose suggestions arrive 400 ms after
 * typing, a Downshift useMultipleSelection + useCombobox of programming languages (chips) to leave
 * alone, a react-datepicker month picker "Available from" (MM/yyyy), a react-day-picker range
 * calendar of dates you are unavailable for interviews (leave alone), salary + a currency select
 * preset to CAD, plain yes/no radios, two react-dropzone zones (resume, cover letter; hidden inputs),
 * a consent checkbox. The newsletter box in the footer is not the application. Formik values go
 * into <pre id="model">.
 */
import 'react-datepicker/dist/react-datepicker.css';
import 'react-international-phone/style.css';
import 'react-day-picker/style.css';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Field, Form, Formik, useFormikContext } from 'formik';
import { PhoneInput } from 'react-international-phone';
import DatePicker from 'react-datepicker';
import { DayPicker } from 'react-day-picker';
import { useDropzone } from 'react-dropzone';
import { useCombobox, useMultipleSelection } from 'downshift';

const CITIES = ['San Antonio', 'San Diego', 'San Francisco', 'San Jose', 'Santa Cruz', 'South San Francisco', 'Seattle', 'Sacramento', 'Toronto', 'Vancouver', 'Montreal', 'Austin', 'Denver'];
const LANGS = ['Python', 'Scala', 'Java', 'Go', 'Rust', 'SQL', 'TypeScript', 'Kotlin'];
const iso = (d) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : null);

function CityCombobox() {
  const { values, setFieldValue } = useFormikContext();
  const [items, setItems] = useState([]);
  const timer = useRef();
  useEffect(() => () => clearTimeout(timer.current), []);
  const cb = useCombobox({
    items, inputId: 'tb-city', labelId: 'tb-city-label', menuId: 'tb-city-menu',
    selectedItem: values.city || null,
    onInputValueChange: ({ inputValue }) => {
      clearTimeout(timer.current);
      if (!inputValue || inputValue.length < 2) { setItems([]); return; }
      timer.current = setTimeout(() => setItems(CITIES.filter((c) => c.toLowerCase().startsWith(inputValue.toLowerCase()))), 400);
    },
    onSelectedItemChange: ({ selectedItem }) => setFieldValue('city', selectedItem ?? ''),
  });
  return (
    <div className="row">
      <label {...cb.getLabelProps()}>City</label>
      <input {...cb.getInputProps({ name: 'city', placeholder: 'Start typing…' })} type="text" />
      <ul className="menu" {...cb.getMenuProps()} style={{ display: cb.isOpen && items.length ? 'block' : 'none' }}>
        {cb.isOpen && items.map((item, index) => <li key={item} {...cb.getItemProps({ item, index })}>{item}</li>)}
      </ul>
    </div>
  );
}

function LanguagesField() {
  const { values, setFieldValue } = useFormikContext();
  const [input, setInput] = useState('');
  const selected = values.languages;
  const ms = useMultipleSelection({ selectedItems: selected, onSelectedItemsChange: ({ selectedItems }) => setFieldValue('languages', selectedItems) });
  const items = LANGS.filter((l) => !selected.includes(l) && l.toLowerCase().includes(input.toLowerCase()));
  const cb = useCombobox({
    items, inputValue: input, selectedItem: null, inputId: 'tb-langs', labelId: 'tb-langs-label', menuId: 'tb-langs-menu',
    stateReducer: (state, { changes, type }) => (type === useCombobox.stateChangeTypes.ItemClick || type === useCombobox.stateChangeTypes.InputKeyDownEnter ? { ...changes, isOpen: true, inputValue: '' } : changes),
    onStateChange: ({ inputValue, type, selectedItem }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setInput(inputValue ?? '');
      if ((type === useCombobox.stateChangeTypes.ItemClick || type === useCombobox.stateChangeTypes.InputKeyDownEnter) && selectedItem) { setFieldValue('languages', [...selected, selectedItem]); setInput(''); }
    },
  });
  return (
    <div className="row">
      <label {...cb.getLabelProps()}>Programming languages you use day to day</label>
      <div className="chips">
        {selected.map((item, index) => <span key={item} {...ms.getSelectedItemProps({ selectedItem: item, index })}>{item} <button type="button" onClick={() => ms.removeSelectedItem(item)}>×</button></span>)}
        <input {...cb.getInputProps(ms.getDropdownProps({ preventKeyAction: cb.isOpen }))} type="text" placeholder="Add a language" />
      </div>
      <ul className="menu" {...cb.getMenuProps()} style={{ display: cb.isOpen && items.length ? 'block' : 'none' }}>
        {cb.isOpen && items.map((item, index) => <li key={item} {...cb.getItemProps({ item, index })}>{item}</li>)}
      </ul>
    </div>
  );
}

function DropField({ name, label, id }) {
  const { values, setFieldValue } = useFormikContext();
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ multiple: false, onDrop: (files) => setFieldValue(name, files[0]?.name ?? null) });
  return (
    <div className="row" data-field={name}>
      <span className="q" id={`${id}-label`}>{label}</span>
      <div className="dz" {...getRootProps({ 'aria-labelledby': `${id}-label` })}>
        <input {...getInputProps({ id, name })} />
        {values[name] ? <strong>{values[name]}</strong> : isDragActive ? 'Drop it here…' : 'Drag a file here, or click to browse (PDF, DOCX, TXT)'}
      </div>
    </div>
  );
}

function Model() {
  const { values } = useFormikContext();
  const shown = {
    ...values, availableFrom: values.availableFrom ? iso(values.availableFrom).slice(0, 7) : null,
    unavailable: values.unavailable ? { from: iso(values.unavailable.from), to: iso(values.unavailable.to) } : null,
  };
  return <pre id="model">{JSON.stringify(shown, null, 2)}</pre>;
}

function Application() {
  const [done, setDone] = useState(false);
  if (done) return <h2 id="done">Thank you! We'll review your application within a week.</h2>;
  return (
    <Formik
      initialValues={{
        firstName: '', lastName: '', email: '', phone: '', city: '', linkedin: '', years: '', availableFrom: null, unavailable: null,
        salary: '', currency: 'CAD', authorized: '', sponsorship: '', languages: [], resume: null, coverLetter: null, consent: false,
      }}
      onSubmit={(v) => { if (v.email && v.consent) setDone(true); }}>
      {({ values, setFieldValue }) => (
        <Form noValidate>
          <h1>Senior Data Engineer (Remote, US)</h1>
          <p className="hint">Tillerbrook is headquartered in Toronto; this role is remote within the United States.</p>
          <div className="row"><label htmlFor="tb-first">First name</label><Field id="tb-first" name="firstName" type="text" /></div>
          <div className="row"><label htmlFor="tb-last">Last name</label><Field id="tb-last" name="lastName" type="text" /></div>
          <div className="row"><label htmlFor="tb-email">Email</label><Field id="tb-email" name="email" type="email" /></div>
          <div className="row" data-field="phone">
            <label htmlFor="tb-phone">Phone</label>
            <PhoneInput defaultCountry="ca" value={values.phone} onChange={(phone) => setFieldValue('phone', phone)} inputProps={{ id: 'tb-phone', name: 'phone' }} />
          </div>
          <CityCombobox />
          <div className="row"><label htmlFor="tb-linkedin">LinkedIn</label><Field id="tb-linkedin" name="linkedin" type="url" placeholder="linkedin.com/in/…" /></div>
          <div className="row"><label htmlFor="tb-years">Years of professional experience</label><Field id="tb-years" name="years" type="number" min="0" max="50" /></div>
          <div className="row">
            <label htmlFor="tb-available">Available from</label>
            <DatePicker id="tb-available" name="availableFrom" selected={values.availableFrom} onChange={(d) => setFieldValue('availableFrom', d)}
              showMonthYearPicker dateFormat="MM/yyyy" placeholderText="MM/YYYY" autoComplete="off" />
          </div>
          <div className="row" data-field="unavailable">
            <span className="q">Any dates in the next two months when you can't interview?</span>
            <span className="hint">Optional. Select a start and an end date.</span>
            <DayPicker mode="range" selected={values.unavailable ?? undefined} onSelect={(r) => setFieldValue('unavailable', r ?? null)}
              defaultMonth={new Date(2026, 11, 1)} numberOfMonths={2} />
          </div>
          <div className="row">
            <label htmlFor="tb-salary">Expected annual salary</label>
            <div style={{ display: 'flex', gap: 8 }}>
              <Field id="tb-salary" name="salary" type="text" inputMode="numeric" style={{ flex: 1 }} />
              <Field as="select" id="tb-currency" name="currency" aria-label="Currency">
                <option value="CAD">CAD</option><option value="USD">USD</option><option value="EUR">EUR</option><option value="GBP">GBP</option>
              </Field>
            </div>
          </div>
          <div className="row" role="radiogroup" aria-labelledby="tb-auth-q">
            <span className="q" id="tb-auth-q">Are you legally eligible to work in the United States?</span>
            <label><Field type="radio" name="authorized" value="yes" /> Yes</label>
            <label><Field type="radio" name="authorized" value="no" /> No</label>
          </div>
          <div className="row" role="radiogroup" aria-labelledby="tb-spon-q">
            <span className="q" id="tb-spon-q">Will you need Tillerbrook to sponsor a visa for you?</span>
            <label><Field type="radio" name="sponsorship" value="yes" /> Yes</label>
            <label><Field type="radio" name="sponsorship" value="no" /> No</label>
          </div>
          <LanguagesField />
          <DropField name="resume" label="Resume" id="tb-resume" />
          <DropField name="coverLetter" label="Cover letter" id="tb-cover" />
          <div className="row"><label><Field type="checkbox" name="consent" id="tb-consent" /> I agree that Tillerbrook may store my application for 12 months</label></div>
          <button id="submit" type="submit">Submit application</button>
          <Model />
        </Form>
      )}
    </Formik>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
