/**
 * Workable apply page: data-ui attributes, Personal information (a phone with a flag button preset
 * to the US and "+1" outside the box), Profile (education / experience behind "+ Add", summary,
 * resume drop zone), Details (cover letter) and Questions with QA_<id> names: yes/no pills
 * (hidden radios), read-only comboboxes with a listbox, number, date, checkbox list, text; GDPR
 * consent. State in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const DIAL = [['US', '🇺🇸 +1', 'United States'], ['CA', '🇨🇦 +1', 'Canada'], ['MX', '🇲🇽 +52', 'Mexico'], ['GB', '🇬🇧 +44', 'United Kingdom']];
const QUESTIONS = [
  { id: 'QA_7402101', kind: 'boolean', label: 'Are you authorized to work in the US without requiring employer sponsorship?', required: true },
  { id: 'QA_7402103', kind: 'numeric', label: 'Total years of full-time work experience', required: true },
  { id: 'QA_7402102', kind: 'dropdown', label: 'How many years of B2B or wholesale sales experience do you have?', required: true, options: ['None', 'Less than 2 years', '2-4 years', '5+ years'] },
  { id: 'QA_7402104', kind: 'boolean', label: 'Are you currently employed?' },
  { id: 'QA_7402105', kind: 'text', label: 'Current employer' },
  { id: 'QA_7402106', kind: 'dropdown', label: 'Highest level of education', options: ['Some high school', 'High school diploma / GED', 'Some college', "Bachelor's or higher"] },
  { id: 'QA_7402107', kind: 'numeric', label: 'Desired base salary (USD per year)', required: true },
  { id: 'QA_7402111', kind: 'dropdown', label: 'Which time zone are you based in?', required: true, options: ['Pacific Time (PT)', 'Mountain Time (MT)', 'Central Time (CT)', 'Eastern Time (ET)', 'Other'] },
  { id: 'QA_7402108', kind: 'date', label: 'Earliest start date' },
  { id: 'QA_7402109', kind: 'boolean', label: 'This territory covers California, Oregon and Washington. Are you able to travel overnight about 25% of the time?', required: true },
  { id: 'QA_7402110', kind: 'multiple', label: 'Which product categories have you sold before?', options: ['Outdoor apparel', 'Footwear', 'Camping & hard goods', 'Sporting goods', 'None of these'] },
  { id: 'QA_7402112', kind: 'paragraph', label: "Anything else you'd like us to know?" },
];

function Field({ ui, label, required, htmlFor, labelId, children }) {
  return (
    <div className="styles--field" data-ui={ui}>
      {htmlFor ? (
        <label htmlFor={htmlFor}>{label}{required ? ' *' : <span className="styles--optional"> (Optional)</span>}</label>
      ) : (
        <span className="styles--label" id={labelId}>{label}{required ? ' *' : <span className="styles--optional"> (Optional)</span>}</span>
      )}
      {children}
    </div>
  );
}

function Combo({ id, label, required, options, value, onChange }) {
  const [open, setOpen] = useState(false);
  return (
    <Field ui={id} label={label} required={required} htmlFor={`input_${id}`}>
      <input
        id={`input_${id}`}
        type="text"
        role="combobox"
        readOnly
        aria-expanded={open}
        aria-controls={`listbox_${id}`}
        aria-haspopup="listbox"
        placeholder="Select..."
        value={value ?? ''}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => { if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') { event.preventDefault(); setOpen(true); } if (event.key === 'Escape') setOpen(false); }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open ? (
        <ul className="styles--listbox" role="listbox" id={`listbox_${id}`}>
          {options.map((option) => (
            <li key={option} role="option" aria-selected={value === option} onMouseDown={(event) => event.preventDefault()} onClick={() => { onChange(option); setOpen(false); }}>{option}</li>
          ))}
        </ul>
      ) : null}
    </Field>
  );
}

function Apply() {
  const [form, setForm] = useState({ firstname: '', lastname: '', email: '', headline: '', phone_country: 'US', phone: '', summary: '', resume: null, cover_letter: '', answers: {}, gdpr: false });
  const [dialOpen, setDialOpen] = useState(false);
  const [errors, setErrors] = useState([]);
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const answer = (id) => (value) => setForm((current) => ({ ...current, answers: { ...current.answers, [id]: value } }));
  const dial = DIAL.find(([code]) => code === form.phone_country);

  const submit = (event) => {
    event.preventDefault();
    const missing = ['firstname', 'lastname', 'email', 'phone', 'resume'].filter((key) => !form[key]);
    for (const question of QUESTIONS) if (question.required && (form.answers[question.id] ?? '') === '') missing.push(question.id);
    if (!form.gdpr) missing.push('gdpr');
    setErrors(missing);
    if (missing.length === 0) setDone(true);
  };

  if (done)
    return (
      <div data-ui="application-success"><h2>Thank you for applying!</h2><p>Your application has been sent to Fenwright Outdoor.</p><pre id="model">{JSON.stringify(form, null, 2)}</pre></div>
    );
  return (
    <form data-ui="application-form" onSubmit={submit} noValidate>
      <section data-ui="personal-information">
        <h2>Personal information</h2>
        <Field ui="firstname" label="First name" required htmlFor="firstname"><input id="firstname" name="firstname" type="text" value={form.firstname} onChange={(event) => set('firstname')(event.target.value)} /></Field>
        <Field ui="lastname" label="Last name" required htmlFor="lastname"><input id="lastname" name="lastname" type="text" value={form.lastname} onChange={(event) => set('lastname')(event.target.value)} /></Field>
        <Field ui="email" label="Email" required htmlFor="email"><input id="email" name="email" type="email" value={form.email} onChange={(event) => set('email')(event.target.value)} /></Field>
        <Field ui="headline" label="Headline" htmlFor="headline"><input id="headline" name="headline" type="text" value={form.headline} onChange={(event) => set('headline')(event.target.value)} /></Field>
        <Field ui="phone" label="Phone" required htmlFor="phone">
          <div className="styles--phone">
            <button type="button" data-ui="phone-country" aria-haspopup="listbox" aria-expanded={dialOpen} aria-label={`Country code: ${dial[2]}`} onClick={() => setDialOpen(!dialOpen)}>{dial[1]}</button>
            <input id="phone" name="phone" type="tel" value={form.phone} onChange={(event) => set('phone')(event.target.value)} />
          </div>
          {dialOpen ? (
            <ul className="styles--listbox" role="listbox" aria-label="Country code">
              {DIAL.map(([code, text, name]) => (
                <li key={code} role="option" aria-selected={code === form.phone_country} onClick={() => { set('phone_country')(code); setDialOpen(false); }}>{name} {text}</li>
              ))}
            </ul>
          ) : null}
        </Field>
      </section>

      <section data-ui="profile">
        <h2>Profile</h2>
        <div className="styles--field" data-ui="education"><span className="styles--label">Education <span className="styles--optional">(Optional)</span></span><button type="button" className="styles--add">+ Add</button></div>
        <div className="styles--field" data-ui="experience"><span className="styles--label">Experience <span className="styles--optional">(Optional)</span></span><button type="button" className="styles--add">+ Add</button></div>
        <Field ui="summary" label="Summary" htmlFor="summary"><textarea id="summary" name="summary" rows={4} value={form.summary} onChange={(event) => set('summary')(event.target.value)} /></Field>
        <Field ui="resume" label="Resume" required labelId="resume_label">
          <div className="styles--dropzone">
            <input id="input_files_input" data-ui="resume-input" type="file" aria-labelledby="resume_label" accept=".pdf,.doc,.docx,.odt,.rtf" style={{ display: 'none' }} onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} />
            <label htmlFor="input_files_input" style={{ color: '#00756a', fontWeight: 600, cursor: 'pointer' }}>Upload a file</label> or drag and drop here
            <div className="styles--optional">{form.resume ?? 'Accepted files: PDF, DOC, DOCX, ODT, RTF up to 5MB'}</div>
          </div>
        </Field>
      </section>

      <section data-ui="details">
        <h2>Details</h2>
        <Field ui="cover_letter" label="Cover letter" htmlFor="cover_letter"><textarea id="cover_letter" name="cover_letter" rows={6} value={form.cover_letter} onChange={(event) => set('cover_letter')(event.target.value)} /></Field>
      </section>

      <section data-ui="questions">
        <h2>Questions</h2>
        {QUESTIONS.map((question) => {
          const value = form.answers[question.id];
          const onChange = answer(question.id);
          if (question.kind === 'dropdown') return <Combo key={question.id} id={question.id} label={question.label} required={question.required} options={question.options} value={value} onChange={onChange} />;
          if (question.kind === 'boolean')
            return (
              <Field key={question.id} ui={question.id} label={question.label} required={question.required} labelId={`label_${question.id}`}>
                <div className="styles--pills" role="radiogroup" aria-labelledby={`label_${question.id}`}>
                  {['Yes', 'No'].map((option) => (
                    <label key={option}><input type="radio" name={question.id} value={option} checked={value === (option === 'Yes')} onChange={() => onChange(option === 'Yes')} />{option}</label>
                  ))}
                </div>
              </Field>
            );
          if (question.kind === 'multiple')
            return (
              <Field key={question.id} ui={question.id} label={question.label} required={question.required} labelId={`label_${question.id}`}>
                <div className="styles--checks" role="group" aria-labelledby={`label_${question.id}`}>
                  {question.options.map((option) => (
                    <label key={option}><input type="checkbox" name={question.id} value={option} checked={(value ?? []).includes(option)} onChange={(event) => onChange(event.target.checked ? [...(value ?? []), option] : (value ?? []).filter((each) => each !== option))} />{option}</label>
                  ))}
                </div>
              </Field>
            );
          const id = `input_${question.id}`;
          return (
            <Field key={question.id} ui={question.id} label={question.label} required={question.required} htmlFor={id}>
              {question.kind === 'paragraph' ? (
                <textarea id={id} name={question.id} rows={4} value={value ?? ''} onChange={(event) => onChange(event.target.value)} />
              ) : (
                <input id={id} name={question.id} type={question.kind === 'numeric' ? 'number' : 'text'} placeholder={question.kind === 'date' ? 'MM/DD/YYYY' : undefined} value={value ?? ''} onChange={(event) => onChange(event.target.value)} />
              )}
            </Field>
          );
        })}
      </section>

      <div className="styles--field styles--checks" data-ui="gdpr">
        <label><input type="checkbox" name="gdpr" checked={form.gdpr} onChange={(event) => set('gdpr')(event.target.checked)} /> I have read and agree to the processing of my personal data by Fenwright Outdoor for recruitment purposes, as described in the privacy notice. *</label>
      </div>
      {errors.length > 0 ? <p className="styles--error" role="alert">Please fill in all required fields ({errors.length} missing).</p> : null}
      <button type="submit" className="styles--submit" data-ui="apply-button">Submit application</button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Apply />);
