/*
 * A digital-health company's careers page in React 19: Downshift useCombobox for "Current location"
 * (cities as "San Francisco, California"), Downshift useMultipleSelection + useCombobox for the
 * clinical-data standards the candidate has worked with (chips, to leave to the person), a
 * react-number-format PatternFormat phone "(###) ###-####", and a Filestack-style picker for the
 * resume: an "Upload resume" button opens the `.fsp-picker` modal (sources sidebar, "Select Files to
 * Upload" drop area over a hidden `.fsp-local-source__fileinput`), a picked file is "uploaded" and
 * its name shown beside the button. Form state is mirrored into <pre id="model">.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useCombobox, useMultipleSelection } from 'downshift';
import { PatternFormat } from 'react-number-format';

const CITIES = [
  'San Francisco, California', 'South San Francisco, California', 'San Fernando, California', 'San Jose, California', 'San Diego, California',
  'Santa Rosa, California', 'Sacramento, California', 'Oakland, California', 'Portland, Oregon', 'Seattle, Washington', 'Denver, Colorado',
  'Austin, Texas', 'Nashville, Tennessee', 'Boston, Massachusetts', 'New York, New York', 'Chicago, Illinois', 'San Francisco, Córdoba',
];
const STANDARDS = ['HL7 v2', 'FHIR R4', 'OMOP CDM', 'CDISC SDTM', 'ICD-10', 'SNOMED CT', 'LOINC', 'X12 837/835', 'DICOM'];

function LocationCombobox({ value, onChange }) {
  const [inputValue, setInputValue] = useState(value ?? '');
  const items = useMemo(() => (inputValue.trim().length < 2 ? [] : CITIES.filter((c) => c.toLowerCase().includes(inputValue.trim().toLowerCase())).slice(0, 8)), [inputValue]);
  const { isOpen, getLabelProps, getInputProps, getMenuProps, getItemProps, highlightedIndex } = useCombobox({
    items,
    inputValue,
    selectedItem: value,
    onInputValueChange: ({ inputValue: v }) => setInputValue(v ?? ''),
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem ?? null),
  });
  return (
    <div className="q" data-field="location">
      <label {...getLabelProps()}>Current location *</label>
      <input {...getInputProps({ placeholder: 'Start typing your city' })} />
      <ul {...getMenuProps({ className: 'menu' })}>
        {isOpen && items.map((item, index) => (
          <li key={item} className={highlightedIndex === index ? 'hl' : ''} {...getItemProps({ item, index })}>{item}</li>
        ))}
      </ul>
      <div className="sub">We hire in most US states. Choose your city from the list.</div>
    </div>
  );
}

function StandardsMulti({ selected, onChange }) {
  const [inputValue, setInputValue] = useState('');
  const items = STANDARDS.filter((s) => !selected.includes(s) && s.toLowerCase().includes(inputValue.toLowerCase()));
  const { getSelectedItemProps, getDropdownProps, removeSelectedItem } = useMultipleSelection({
    selectedItems: selected,
    onStateChange: ({ selectedItems, type }) => {
      if (type === useMultipleSelection.stateChangeTypes.SelectedItemKeyDownBackspace || type === useMultipleSelection.stateChangeTypes.SelectedItemKeyDownDelete || type === useMultipleSelection.stateChangeTypes.DropdownKeyDownBackspace || type === useMultipleSelection.stateChangeTypes.FunctionRemoveSelectedItem) onChange(selectedItems);
    },
  });
  const { isOpen, getLabelProps, getInputProps, getMenuProps, getItemProps, highlightedIndex } = useCombobox({
    items,
    inputValue,
    selectedItem: null,
    stateReducer: (state, { changes, type }) => {
      if (type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.ItemClick) return { ...changes, isOpen: true, highlightedIndex: state.highlightedIndex, inputValue: '' };
      return changes;
    },
    onStateChange: ({ inputValue: v, type, selectedItem }) => {
      if ((type === useCombobox.stateChangeTypes.InputKeyDownEnter || type === useCombobox.stateChangeTypes.ItemClick || type === useCombobox.stateChangeTypes.InputBlur) && selectedItem) onChange([...selected, selectedItem]);
      if (type === useCombobox.stateChangeTypes.InputChange) setInputValue(v ?? '');
    },
  });
  return (
    <div className="q" data-field="standards">
      <label {...getLabelProps()}>Healthcare data standards you've worked with</label>
      <div className="chips">
        {selected.map((item, index) => (
          <span className="chip" key={item} {...getSelectedItemProps({ selectedItem: item, index })}>{item} <button type="button" aria-label={`Remove ${item}`} onClick={(e) => { e.stopPropagation(); removeSelectedItem(item); }}>×</button></span>
        ))}
        <input {...getInputProps(getDropdownProps({ preventKeyAction: isOpen, placeholder: selected.length ? '' : 'e.g. FHIR, OMOP' }))} />
      </div>
      <ul {...getMenuProps({ className: 'menu' })}>
        {isOpen && items.map((item, index) => <li key={item} className={highlightedIndex === index ? 'hl' : ''} {...getItemProps({ item, index })}>{item}</li>)}
      </ul>
    </div>
  );
}

function FilestackPicker({ open, onClose, onUploaded }) {
  const input = useRef(null);
  return (
    <div className="fsp-picker" style={{ display: open ? 'flex' : 'none' }} role="dialog" aria-label="File picker">
      <div className="fsp-modal" style={{ position: 'relative' }}>
        <div className="fsp-modal__sidebar"><div className="fsp-source-list">
          <div className="fsp-source-list__item fsp-source-list__item--active">My Device</div><div className="fsp-source-list__item">Google Drive</div><div className="fsp-source-list__item">Dropbox</div><div className="fsp-source-list__item">OneDrive</div>
        </div></div>
        <div className="fsp-modal__body">
          <button type="button" className="fsp-header__close" aria-label="Close" onClick={onClose}>×</button>
          <div className="fsp-drop-area" onClick={() => input.current?.click()}>
            <span className="fsp-drop-area__title fsp-text__title">Select Files to Upload</span>
            <span className="fsp-drop-area__subtitle fsp-text__subheader">or Drag and Drop, Copy and Paste Files</span>
            <input ref={input} type="file" className="fsp-local-source__fileinput" id="fsp-fileUpload" accept=".pdf,.doc,.docx" style={{ display: 'none' }}
              onChange={(e) => { const f = e.target.files[0]; if (f) setTimeout(() => onUploaded(f.name), 300); }} />
          </div>
          <div className="fsp-footer"><span className="sub">Powered by Filestack</span></div>
        </div>
      </div>
    </div>
  );
}

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '', location: null, linkedin: '', github: '', years: '', pronouns: '', standards: [],
  authorized: '', sponsorship: '', startDate: '', salary: '', resume: null, coverLetter: '', phi: '', consent: false,
};

function App() {
  const [form, setForm] = useState(EMPTY);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [error, setError] = useState(false);
  const [done, setDone] = useState(false);
  const set = (k) => (v) => setForm((f) => ({ ...f, [k]: v }));
  const on = (k) => (e) => set(k)(e.target.value);
  useEffect(() => { document.getElementById('model').textContent = JSON.stringify(form, null, 1); }, [form]);
  if (done) return <div className="box" id="tw-done"><h2>Thank you for applying!</h2></div>;
  const submit = (e) => {
    e.preventDefault();
    if (!form.firstName || !form.lastName || !form.email || form.phone.length !== 10 || !form.location || !form.authorized || !form.sponsorship || !form.resume || !form.consent) { setError(true); return; }
    setDone(true);
  };
  return (
    <form className="box" id="tw-apply" onSubmit={submit} noValidate>
      <div className="two">
        <div className="q"><label htmlFor="tw-first">First name *</label><input type="text" id="tw-first" name="firstName" value={form.firstName} onChange={on('firstName')} /></div>
        <div className="q"><label htmlFor="tw-last">Last name *</label><input type="text" id="tw-last" name="lastName" value={form.lastName} onChange={on('lastName')} /></div>
      </div>
      <div className="two">
        <div className="q"><label htmlFor="tw-email">Email *</label><input type="email" id="tw-email" name="email" value={form.email} onChange={on('email')} /></div>
        <div className="q"><label htmlFor="tw-phone">Phone *</label><PatternFormat type="tel" id="tw-phone" name="phone" format="(###) ###-####" mask="_" placeholder="(555) 555-5555" value={form.phone} onValueChange={(v) => set('phone')(v.value)} /></div>
      </div>
      <LocationCombobox value={form.location} onChange={set('location')} />
      <div className="two">
        <div className="q"><label htmlFor="tw-linkedin">LinkedIn</label><input type="url" id="tw-linkedin" name="linkedin" value={form.linkedin} onChange={on('linkedin')} /></div>
        <div className="q"><label htmlFor="tw-github">GitHub or portfolio</label><input type="url" id="tw-github" name="github" value={form.github} onChange={on('github')} /></div>
      </div>
      <div className="two">
        <div className="q"><label htmlFor="tw-years">Years of experience in data engineering</label>
          <select id="tw-years" name="years" value={form.years} onChange={on('years')}><option value="">Select…</option>{['Less than 1', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10+'].map((y) => <option key={y}>{y}</option>)}</select></div>
        <div className="q"><label htmlFor="tw-pronouns">Pronouns</label>
          <select id="tw-pronouns" name="pronouns" value={form.pronouns} onChange={on('pronouns')}><option value="">Select…</option><option>She/her</option><option>He/him</option><option>They/them</option><option>Prefer to self-describe</option><option>Prefer not to say</option></select></div>
      </div>
      <StandardsMulti selected={form.standards} onChange={set('standards')} />
      <div className="q"><span className="lbl" id="tw-auth-l">Are you authorized to work in the United States? *</span>
        <div className="radios" role="radiogroup" aria-labelledby="tw-auth-l">{['Yes', 'No'].map((o) => <label key={o}><input type="radio" name="authorized" value={o} checked={form.authorized === o} onChange={() => set('authorized')(o)} /> {o}</label>)}</div></div>
      <div className="q"><span className="lbl" id="tw-sp-l">Will you now or in the future require sponsorship? *</span>
        <div className="radios" role="radiogroup" aria-labelledby="tw-sp-l">{['Yes', 'No'].map((o) => <label key={o}><input type="radio" name="sponsorship" value={o} checked={form.sponsorship === o} onChange={() => set('sponsorship')(o)} /> {o}</label>)}</div></div>
      <div className="two">
        <div className="q"><label htmlFor="tw-start">Earliest start date</label><input type="date" id="tw-start" name="startDate" value={form.startDate} onChange={on('startDate')} /></div>
        <div className="q"><label htmlFor="tw-salary">Salary expectations</label><input type="text" id="tw-salary" name="salary" value={form.salary} onChange={on('salary')} /><div className="sub">Annual base, USD.</div></div>
      </div>
      <div className="q"><label htmlFor="tw-phi">Have you handled PHI under a HIPAA Business Associate Agreement? Tell us briefly.</label><textarea id="tw-phi" name="phi" rows="3" value={form.phi} onChange={on('phi')} /></div>
      <div className="q"><span className="lbl">Resume *</span>
        <button type="button" className="fs-btn" id="tw-upload" onClick={() => setPickerOpen(true)}>Upload resume</button> <span id="tw-resume-name">{form.resume ?? 'No file chosen'}</span></div>
      <div className="q"><label htmlFor="tw-cover">Cover letter</label><textarea id="tw-cover" name="coverLetter" rows="6" value={form.coverLetter} onChange={on('coverLetter')} /></div>
      <div className="q"><label style={{ fontWeight: 400 }}><input type="checkbox" id="tw-consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)} /> I agree to Tidewell's Applicant Privacy Notice. *</label></div>
      {error && <p style={{ color: '#b3261e' }}>Please complete the required fields.</p>}
      <button className="submit" type="submit" id="tw-submit">Submit application</button>
      <FilestackPicker open={pickerOpen} onClose={() => setPickerOpen(false)} onUploaded={(name) => { set('resume')(name); setPickerOpen(false); }} />
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
