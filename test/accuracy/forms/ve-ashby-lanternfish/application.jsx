/**
 * Ashby hosted application (jobs.ashbyhq.com/<org>/<job>/application): a React SPA. An "Autofill
 * from resume" box with its own file input sits above the form; system fields are named
 * `_systemfield_<name>`, custom questions by UUID; ids come from useId. Boolean questions are
 * Yes / No toggle buttons, short ValueSelects are radio lists, long ones and the location are
 * comboboxes (input role=combobox + listbox, the location's places arrive after typing),
 * MultiValueSelects are checkbox lists or a tag combobox. Validation blocks the submit. The form
 * state is rendered into <pre id="model">.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const PLACES = [
  'San Francisco, California, United States',
  'South San Francisco, California, United States',
  'San Francisco, Córdoba, Argentina',
  'San Fernando Valley, California, United States',
  'San Jose, California, United States',
  'Seattle, Washington, United States',
  'New York, New York, United States',
  'Austin, Texas, United States',
  'Denver, Colorado, United States',
  'Toronto, Ontario, Canada',
  'London, England, United Kingdom',
];

function Title({ htmlFor, id, label, required, description }) {
  return (
    <>
      <label className="ashby-application-form-question-title" htmlFor={htmlFor} id={id}>
        {label}
        {required ? <span className="_required_101oc_92">*</span> : null}
      </label>
      {description ? <p className="ashby-application-form-question-description">{description}</p> : null}
    </>
  );
}

function Field({ name, invalid, children }) {
  return (
    <div className={`ashby-application-form-field-entry _fieldEntry_hkyf8_29${invalid ? ' _invalid' : ''}`} data-field={name}>
      {children}
      {invalid ? <p className="_errorMessage">This field is required</p> : null}
    </div>
  );
}

function TextEntry({ q, value, onChange, invalid }) {
  const id = useId();
  const type = { email: 'email', phone: 'tel', number: 'number', url: 'text', date: 'text', text: 'text' }[q.kind] ?? 'text';
  return (
    <Field name={q.name} invalid={invalid}>
      <Title htmlFor={id} label={q.label} required={q.required} description={q.description} />
      {q.kind === 'long' ? (
        <textarea id={id} name={q.name} className="_input_1wkz4_28 _textarea" rows={5} aria-invalid={invalid} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} name={q.name} type={type} className="_input_1wkz4_28" placeholder={q.placeholder} aria-invalid={invalid} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

function YesNo({ q, value, onChange, invalid }) {
  const id = useId();
  return (
    <Field name={q.name} invalid={invalid}>
      <Title id={id} label={q.label} required={q.required} description={q.description} />
      <div className="_yesno_hkyf8_143" role="group" aria-labelledby={id}>
        <button type="button" className={`_option_y2cw4_33${value === true ? ' _active_y2cw4_58' : ''}`} aria-pressed={value === true} onClick={() => onChange(true)}>Yes</button>
        <button type="button" className={`_option_y2cw4_33${value === false ? ' _active_y2cw4_58' : ''}`} aria-pressed={value === false} onClick={() => onChange(false)}>No</button>
      </div>
    </Field>
  );
}

function Choices({ q, value, onChange, invalid, multi }) {
  const id = useId();
  return (
    <Field name={q.name} invalid={invalid}>
      <fieldset className="_fieldset" aria-labelledby={id}>
        <Title id={id} label={q.label} required={q.required} description={q.description} />
        {q.options.map((option, index) => {
          const optionId = `${id}-${index}`;
          const checked = multi ? value.includes(option) : value === option;
          return (
            <div key={option} className="_option_1v5e2_35">
              <input
                type={multi ? 'checkbox' : 'radio'}
                id={optionId}
                name={q.name}
                value={option}
                checked={checked}
                onChange={(e) => onChange(multi ? (e.target.checked ? [...value, option] : value.filter((v) => v !== option)) : option)}
              />
              <label htmlFor={optionId}>{option}</label>
            </div>
          );
        })}
      </fieldset>
    </Field>
  );
}

function Combo({ q, value, onChange, invalid, multi, loadOptions }) {
  const id = useId();
  const listId = `${id}-listbox`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState(q.options ?? []);
  const timer = useRef(null);
  useEffect(() => {
    if (!loadOptions) {
      const needle = text.trim().toLowerCase();
      setItems((q.options ?? []).filter((option) => option.toLowerCase().includes(needle)));
      return undefined;
    }
    clearTimeout(timer.current);
    setItems([]);
    timer.current = setTimeout(() => setItems(loadOptions(text)), 350);
    return () => clearTimeout(timer.current);
  }, [text]);
  const choose = (option) => {
    if (multi) onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
    else {
      onChange(option);
      setOpen(false);
    }
    setText('');
  };
  const shown = multi ? text : open ? text : (value ?? '');
  return (
    <Field name={q.name} invalid={invalid}>
      <Title htmlFor={id} label={q.label} required={q.required} description={q.description} />
      <div className={multi ? '_multiSelect_5jg0r_1' : '_select_5jg0r_1'}>
        {multi ? (
          <div className="_tags">
            {value.map((v) => (
              <span key={v} className="_tag">
                {v}
                <button type="button" aria-label={`Remove ${v}`} onClick={() => onChange(value.filter((x) => x !== v))}>×</button>
              </span>
            ))}
          </div>
        ) : null}
        <input
          id={id}
          role="combobox"
          className="_input_1wkz4_28 _combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          autoComplete="off"
          placeholder={q.placeholder ?? 'Start typing...'}
          value={shown}
          onFocus={() => { setOpen(true); setText(''); }}
          onBlur={() => setTimeout(() => { setOpen(false); setText(''); }, 150)}
          onChange={(e) => { setText(e.target.value); setOpen(true); }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (open && items.length > 0 && text) choose(items[0]);
            }
          }}
        />
        {open ? (
          <ul role="listbox" id={listId} className="_listbox" aria-multiselectable={multi ? 'true' : undefined}>
            {items.length === 0 ? <li className="_empty">{loadOptions && text.length < 2 ? 'Type to search' : 'No results'}</li> : null}
            {items.map((option) => (
              <li key={option} role="option" className="_option" aria-selected={multi ? value.includes(option) : value === option} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(option)}>
                {option}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Field>
  );
}

function FileEntry({ q, value, onChange, invalid, inputId }) {
  const id = useId();
  return (
    <Field name={q.name} invalid={invalid}>
      <Title htmlFor={inputId ?? id} label={q.label} required={q.required} description={q.description} />
      <div className="_fileUpload_1x8v3_1">
        <label htmlFor={inputId ?? id} className="_button _secondary">Upload File</label>
        <input id={inputId ?? id} name={q.name} type="file" className="_fileInput" onChange={(e) => onChange(e.target.files[0]?.name ?? null)} />
        <span className="_fileName">{value ?? 'or drag and drop here'}</span>
      </div>
    </Field>
  );
}

const loadPlaces = (text) => {
  const needle = text.trim().toLowerCase();
  return needle.length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(needle));
};

const INITIAL = { yesno: null, multi: [], multicombo: [], checkbox: false, file: null, radio: null, select: null, location: null };
const initial = (q) => (q.kind in INITIAL ? INITIAL[q.kind] : '');

/** `posting`: { org, title, meta, description, sections: [{ title?, questions: [{ name, label, kind, options?, required?, placeholder?, description? }] }] }. */
export function renderApplication(posting) {
  const all = posting.sections.flatMap((s) => s.questions);
  function App() {
    const [form, setForm] = useState(() => ({ autofillResume: null, ...Object.fromEntries(all.map((q) => [q.name, initial(q)])) }));
    const [invalid, setInvalid] = useState([]);
    const [done, setDone] = useState(false);
    const set = (name) => (value) => setForm((f) => ({ ...f, [name]: value }));
    const submit = (e) => {
      e.preventDefault();
      const missing = all.filter((q) => q.required && (form[q.name] === null || form[q.name] === '' || (q.kind === 'checkbox' && form[q.name] === false) || (Array.isArray(form[q.name]) && form[q.name].length === 0))).map((q) => q.name);
      setInvalid(missing);
      if (missing.length === 0) setDone(true);
    };
    const render = (q) => {
      const props = { key: q.name, q, value: form[q.name], onChange: set(q.name), invalid: invalid.includes(q.name) };
      if (q.kind === 'yesno') return <YesNo {...props} />;
      if (q.kind === 'radio') return <Choices {...props} />;
      if (q.kind === 'multi') return <Choices {...props} multi />;
      if (q.kind === 'select') return <Combo {...props} />;
      if (q.kind === 'multicombo') return <Combo {...props} multi />;
      if (q.kind === 'location') return <Combo {...props} loadOptions={loadPlaces} />;
      if (q.kind === 'file') return <FileEntry {...props} />;
      if (q.kind === 'checkbox')
        return (
          <Field key={q.name} name={q.name} invalid={invalid.includes(q.name)}>
            <label className="_checkbox">
              <input type="checkbox" name={q.name} checked={form[q.name]} onChange={(e) => set(q.name)(e.target.checked)} /> {q.label}
              {q.required ? <span className="_required_101oc_92">*</span> : null}
            </label>
          </Field>
        );
      return <TextEntry {...props} />;
    };
    return (
      <div className="ashby-job-posting-right-pane">
        <nav className="_tabs"><a href="overview">Overview</a> <a href="application" aria-current="page">Application</a></nav>
        {done ? (
          <div className="ashby-application-form-success-container"><h2>Thanks for applying!</h2><p>Your application to {posting.org} was submitted.</p></div>
        ) : (
          <form className="ashby-application-form-container" onSubmit={submit} noValidate>
            <div className="ashby-application-form-autofill-input-root">
              <div className="ashby-application-form-autofill-input-base-layer">
                <p className="ashby-application-form-autofill-input-title">Autofill from resume</p>
                <p className="ashby-application-form-autofill-input-description">Upload your resume here to autofill key application fields.</p>
                <label htmlFor="_autofill-resume" className="_button _secondary">Upload file</label>
                <input id="_autofill-resume" type="file" className="_fileInput" aria-label="Autofill from resume" onChange={(e) => set('autofillResume')(e.target.files[0]?.name ?? null)} />
              </div>
            </div>
            {posting.sections.map((section, index) => (
              <div key={index} className="ashby-application-form-section-container">
                {section.title ? <h3 className="ashby-application-form-section-header-title">{section.title}</h3> : null}
                {section.description ? <p className="ashby-application-form-section-header-description">{section.description}</p> : null}
                {section.questions.map(render)}
              </div>
            ))}
            {invalid.length ? <p className="_formError" role="alert">Your form needs corrections</p> : null}
            <button type="submit" className="ashby-application-form-submit-button _button _primary">Submit Application</button>
          </form>
        )}
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </div>
    );
  }
  document.title = `${posting.title} @ ${posting.org}`;
  document.getElementById('job-title').textContent = posting.title;
  document.getElementById('job-meta').textContent = posting.meta;
  createRoot(document.getElementById('root')).render(<App />);
}
