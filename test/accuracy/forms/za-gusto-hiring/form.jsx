/**
 * The Gusto-hiring-style hosted job application (jobs.gusto.com) shared by the postings, React, one
 * page: "Optional" after labels, descriptions under labels via aria-describedby, a react-imask phone
 * "(000) 000-0000", street / apt / city / state (two-letter labels) / ZIP, resume drop zone with a
 * label-opened input, the employer's questions from the posting (segmented yes/no radios, checkbox
 * groups, a MM/DD/YYYY masked date, text, selects, long answers), and the US voluntary
 * self-identification selects. A Gusto newsletter box sits in the page footer. State in
 * <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { IMaskInput } from 'react-imask';

const STATES = ['AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN', 'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MI', 'MN',
  'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV', 'NY', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY'];
export const EDUCATION = ['High school diploma or GED', 'Some college', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctorate'];
const GENDER = ['Female', 'Male', 'I don’t wish to answer'];
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I don’t wish to answer'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I don’t wish to answer'];
const DISABILITY = ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability', 'I don’t wish to answer'];

function Field({ id, label, optional, desc, children }) {
  return (
    <div className="wb-field" data-field={id}>
      <label className="wb-label" htmlFor={id}>{label}{optional ? <span className="wb-optional"> (Optional)</span> : null}</label>
      {desc ? <span className="wb-desc" id={`${id}-desc`}>{desc}</span> : null}
      {children}
    </div>
  );
}
function Group({ id, label, optional, desc, children }) {
  return (
    <fieldset className="wb-field" style={{ border: 0, padding: 0 }} aria-describedby={desc ? `${id}-desc` : undefined} data-field={id}>
      <legend className="wb-label">{label}{optional ? <span className="wb-optional"> (Optional)</span> : null}</legend>
      {desc ? <span className="wb-desc" id={`${id}-desc`}>{desc}</span> : null}
      {children}
    </fieldset>
  );
}

function App({ posting }) {
  const QS = posting.questions;
  const [done, setDone] = useState(false);
  const [error, setError] = useState('');
  const [a, setA] = useState({
    firstName: '', lastName: '', email: '', phone: '', street: '', apt: '', city: '', state: '', zip: '', linkedin: '', resume: null,
    answers: Object.fromEntries(QS.map((q) => [q.id, q.kind === 'checkboxes' ? [] : ''])),
    eeo: { gender: '', race: '', veteran: '', disability: '' },
  });
  const set = (key) => (value) => setA((p) => ({ ...p, [key]: value }));
  const ans = (key) => (value) => setA((p) => ({ ...p, answers: { ...p.answers, [key]: value } }));
  const eeo = (key) => (value) => setA((p) => ({ ...p, eeo: { ...p.eeo, [key]: value } }));
  const text = (key, props = {}) => <input className="wb-input" id={key} name={key} value={a[key]} onChange={(e) => set(key)(e.target.value)} {...props} />;
  const yesNo = (key) => (
    <div className="wb-seg">
      {['Yes', 'No'].map((v) => <label key={v}><input type="radio" name={key} id={`${key}-${v.toLowerCase()}`} value={v} checked={a.answers[key] === v} onChange={() => ans(key)(v)} />{v}</label>)}
    </div>
  );
  const select = (id, value, onChange, options) => (
    <select className="wb-select" id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Select one</option>
      {options.map((o) => <option key={o} value={o}>{o}</option>)}
    </select>
  );

  const submit = (e) => {
    e.preventDefault();
    if (!a.firstName || !a.lastName || !a.email || !a.resume) return setError('Please fill out all required fields.');
    setDone(true);
  };
  if (done) return <div className="wb-card" id="application-received"><h2>Thanks for applying!</h2><p>{posting.company} will review your application.</p><pre id="model">{JSON.stringify(a, null, 2)}</pre></div>;

  return (
    <form className="wb-card" onSubmit={submit} noValidate>
      <h2 style={{ marginTop: 0 }}>Apply for this job</h2>
      <div className="wb-row">
        <Field id="firstName" label="First name">{text('firstName', { autoComplete: 'given-name' })}</Field>
        <Field id="lastName" label="Last name">{text('lastName', { autoComplete: 'family-name' })}</Field>
      </div>
      <Field id="email" label="Email">{text('email', { type: 'email', autoComplete: 'email' })}</Field>
      <Field id="phone" label="Phone number">
        <IMaskInput className="wb-input" id="phone" name="phone" type="tel" mask="(000) 000-0000" placeholder="(555) 555-5555" value={a.phone} unmask onAccept={(v) => set('phone')(v)} />
      </Field>
      <Field id="street" label="Street address">{text('street', { autoComplete: 'address-line1' })}</Field>
      <Field id="apt" label="Apt, suite, etc." optional>{text('apt', { autoComplete: 'address-line2' })}</Field>
      <div className="wb-row">
        <Field id="city" label="City">{text('city')}</Field>
        <Field id="state" label="State">{select('state', a.state, set('state'), STATES)}</Field>
        <Field id="zip" label="ZIP code">
          <IMaskInput className="wb-input" id="zip" name="zip" mask="00000" value={a.zip} unmask onAccept={(v) => set('zip')(v)} />
        </Field>
      </div>
      <Field id="linkedin" label="LinkedIn profile" optional>{text('linkedin', { type: 'url' })}</Field>
      <div className="wb-field">
        <span className="wb-label" id="resume-label">Resume</span>
        <div className="wb-drop">
          {a.resume ? <strong>{a.resume}</strong> : <>Drag and drop, or <label htmlFor="resume-input">browse files</label></>}
          <div style={{ fontSize: 13 }}>PDF, DOC or DOCX up to 10 MB</div>
          <input type="file" id="resume-input" name="resume" accept=".pdf,.doc,.docx" aria-labelledby="resume-label" style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }}
            onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
        </div>
      </div>

      <h3 className="wb-section-title">Questions from {posting.company}</h3>
      {QS.map((q) => {
        if (q.kind === 'yesno') return <Group key={q.id} id={q.id} label={q.label} optional={q.optional} desc={q.desc}>{yesNo(q.id)}</Group>;
        if (q.kind === 'checkboxes') {
          return (
            <Group key={q.id} id={q.id} label={q.label} optional={q.optional} desc={q.desc}>
              {q.options.map((t, i) => (
                <label key={t} className="wb-check"><input type="checkbox" name={q.id} id={`${q.id}-${i}`} value={t} checked={a.answers[q.id].includes(t)}
                  onChange={(e) => ans(q.id)(e.target.checked ? [...a.answers[q.id], t] : a.answers[q.id].filter((x) => x !== t))} /> {t}</label>
              ))}
            </Group>
          );
        }
        let control;
        if (q.kind === 'date') control = <IMaskInput className="wb-input" id={q.id} name={q.id} mask="00/00/0000" placeholder="MM/DD/YYYY" aria-describedby={q.desc ? `${q.id}-desc` : undefined} value={a.answers[q.id]} onAccept={(v) => ans(q.id)(v)} />;
        else if (q.kind === 'select') control = select(q.id, a.answers[q.id], ans(q.id), q.options);
        else if (q.kind === 'textarea') control = <textarea className="wb-textarea" id={q.id} name={q.id} aria-describedby={q.desc ? `${q.id}-desc` : undefined} value={a.answers[q.id]} onChange={(e) => ans(q.id)(e.target.value)} />;
        else control = <input className="wb-input" id={q.id} name={q.id} inputMode={q.numeric ? 'numeric' : undefined} aria-describedby={q.desc ? `${q.id}-desc` : undefined} value={a.answers[q.id]} onChange={(e) => ans(q.id)(e.target.value)} />;
        return <Field key={q.id} id={q.id} label={q.label} optional={q.optional} desc={q.desc}>{control}</Field>;
      })}

      <h3 className="wb-section-title">Voluntary self-identification</h3>
      <p className="wb-desc">{posting.company} is an equal opportunity employer. Providing this information is voluntary and will not affect your application.</p>
      <Field id="eeo-gender" label="Gender">{select('eeo-gender', a.eeo.gender, eeo('gender'), GENDER)}</Field>
      <Field id="eeo-race" label="Race/Ethnicity">{select('eeo-race', a.eeo.race, eeo('race'), RACE)}</Field>
      <Field id="eeo-veteran" label="Veteran status">{select('eeo-veteran', a.eeo.veteran, eeo('veteran'), VETERAN)}</Field>
      <Field id="eeo-disability" label="Disability status">{select('eeo-disability', a.eeo.disability, eeo('disability'), DISABILITY)}</Field>

      {error ? <p className="wb-err" role="alert">{error}</p> : null}
      <button type="submit" className="wb-btn" id="submit-application">Submit application</button>
      <pre id="model">{JSON.stringify(a, null, 2)}</pre>
    </form>
  );
}

/** `{ company, questions: [{ id, kind: 'yesno'|'checkboxes'|'date'|'select'|'text'|'textarea', label, desc?, options?, optional?, numeric? }] }` */
export function renderGusto(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
