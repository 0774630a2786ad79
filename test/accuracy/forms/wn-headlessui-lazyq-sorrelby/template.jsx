/**
 * Sorrelby Labs (a soil-sensor startup) careers page in the Tailwind UI look, built with **Headless
 * UI v2** (React). The standard fields render at once; the hiring team's questions are **fetched
 * from the job API and appear 1.5 s after load** (a "Loading questions…" skeleton first), as ATS
 * SPAs do: Listboxes (years ranges; lab days `multiple`, left alone), RadioGroups of pills
 * (div role=radio; `name` adds hidden inputs), an employer box, a salary box, a `type=date` start
 * and an essay. The location is a **Combobox fed by a places lookup** (350 ms after two characters;
 * only a picked place counts); the phone placeholder carries the country code; the resume is an
 * sr-only input inside the Tailwind "Upload a file" label; EEO Listboxes; a Headless Checkbox
 * consent; a nav search and a footer newsletter. Shared by the postings; React state in
 * <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Checkbox, Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Fieldset, Input, Label, Legend, Listbox, ListboxButton, ListboxOption, ListboxOptions,
  Radio, RadioGroup, Textarea,
} from '@headlessui/react';

const PLACES = [
  'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Francisco, Córdoba, Argentina', 'San Fernando, California, United States',
  'Oakland, California, United States', 'Berkeley, California, United States', 'Davis, California, United States', 'Salinas, California, United States', 'Fresno, California, United States',
  'Portland, Oregon, United States', 'Boise, Idaho, United States', 'Des Moines, Iowa, United States',
];
const lookup = (q) => new Promise((resolve) => setTimeout(() => resolve(q.trim().length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(q.trim().toLowerCase()))), 350));

const GENDER = ['Female', 'Male', 'Non-binary', 'Decline to self-identify'];
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to self-identify'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify'];

function Pick({ id, label, options, value, onChange, multiple, placeholder = 'Select an option' }) {
  const shown = multiple ? (value.length ? value.join(', ') : placeholder) : (value ?? placeholder);
  return (
    <Field className="sl-field" data-field={id}>
      <Label className="sl-label">{label}</Label>
      <Listbox value={value} onChange={onChange} multiple={multiple} name={id}>
        <ListboxButton className="sl-input sl-button">{shown}</ListboxButton>
        <ListboxOptions anchor="bottom start" className="sl-options">
          {options.map((o) => <ListboxOption key={o} value={o} className="sl-option">{o}</ListboxOption>)}
        </ListboxOptions>
      </Listbox>
    </Field>
  );
}

function Application({ questionsFromApi }) {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: null, linkedin: '', website: '', resume: null, coverLetter: '',
    answers: {}, gender: null, race: null, veteran: null, consent: false,
  });
  const [questions, setQuestions] = useState(null);
  const [query, setQuery] = useState('');
  const [places, setPlaces] = useState([]);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const answer = (id) => (value) => setForm((f) => ({ ...f, answers: { ...f.answers, [id]: value } }));
  useEffect(() => {
    const t = setTimeout(() => {
      setQuestions(questionsFromApi);
      setForm((f) => ({ ...f, answers: Object.fromEntries(questionsFromApi.map((q) => [q.id, q.type === 'multi' ? [] : q.type === 'radio' || q.type === 'listbox' ? null : ''])) }));
    }, 1500);
    return () => clearTimeout(t);
  }, []);
  useEffect(() => { let live = true; lookup(query).then((r) => live && setPlaces(r)); return () => { live = false; }; }, [query]);
  if (sent) return <div id="sl-sent" className="sl-card"><h2>Application submitted</h2><p>Thanks, {form.firstName}. We’ll be in touch soon.</p></div>;
  const submit = (e) => {
    e.preventDefault();
    if (!form.email || !form.resume || !form.location) { setError('Please fill in your email and location and attach your resume.'); return; }
    if (!form.consent) { setError('Please agree to the privacy policy.'); return; }
    setSent(true);
  };
  return (
    <>
      <form className="sl-card" onSubmit={submit} noValidate>
        <Fieldset>
          <Legend className="sl-legend">Personal information</Legend>
          <div className="sl-grid">
            <Field className="sl-field"><Label className="sl-label">First name</Label><Input className="sl-input" name="first_name" autoComplete="given-name" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /></Field>
            <Field className="sl-field"><Label className="sl-label">Last name</Label><Input className="sl-input" name="last_name" autoComplete="family-name" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /></Field>
          </div>
          <Field className="sl-field"><Label className="sl-label">Email address</Label><Input className="sl-input" type="email" name="email" value={form.email} onChange={(e) => set('email')(e.target.value)} /></Field>
          <Field className="sl-field"><Label className="sl-label">Phone number</Label><Input className="sl-input" type="tel" name="phone" placeholder="+1 (555) 000-0000" value={form.phone} onChange={(e) => set('phone')(e.target.value)} /></Field>
          <Field className="sl-field" data-field="location"><Label className="sl-label">Location</Label>
            <Description className="sl-help">Start typing and choose your city from the list.</Description>
            <Combobox value={form.location} onChange={set('location')} onClose={() => setQuery('')} name="location">
              <ComboboxInput className="sl-input" displayValue={(p) => p ?? ''} onChange={(e) => setQuery(e.target.value)} placeholder="City" autoComplete="off" />
              <ComboboxOptions anchor="bottom start" className="sl-options">
                {places.map((p) => <ComboboxOption key={p} value={p} className="sl-option">{p}</ComboboxOption>)}
              </ComboboxOptions>
            </Combobox></Field>
          <div className="sl-grid">
            <Field className="sl-field"><Label className="sl-label">LinkedIn profile</Label><Input className="sl-input" type="url" name="linkedin" value={form.linkedin} onChange={(e) => set('linkedin')(e.target.value)} /></Field>
            <Field className="sl-field"><Label className="sl-label">Website</Label><Input className="sl-input" type="url" name="website" value={form.website} onChange={(e) => set('website')(e.target.value)} /></Field>
          </div>
        </Fieldset>
        <Fieldset>
          <Legend className="sl-legend">Resume and cover letter</Legend>
          <div className="sl-field">
            <span className="sl-label">Resume</span>
            <div className="sl-drop">
              <label htmlFor="file-upload" className="sl-link">Upload a file
                <input id="file-upload" name="file-upload" type="file" className="sr-only" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} /></label>
              <span> or drag and drop</span>
              <p className="sl-help">{form.resume ?? 'PDF, DOC up to 10MB'}</p>
            </div>
          </div>
          <Field className="sl-field"><Label className="sl-label">Cover letter</Label><Description className="sl-help">Optional</Description>
            <Textarea className="sl-input" name="cover_letter" rows={5} value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} /></Field>
        </Fieldset>
        <Fieldset>
          <Legend className="sl-legend">Questions from the hiring team</Legend>
          {!questions ? <div className="sl-skeleton" id="sl-loading">Loading questions…</div> : questions.map((q) => {
            const value = form.answers[q.id];
            if (q.type === 'radio') return (
              <Field className="sl-field" key={q.id} data-field={q.id}>
                <Label className="sl-label">{q.label}</Label>
                <RadioGroup value={value ?? null} onChange={answer(q.id)} name={q.id} className="sl-pills">
                  {q.options.map((o) => <Radio key={o} value={o} className="sl-pill">{o}</Radio>)}
                </RadioGroup>
              </Field>);
            if (q.type === 'listbox') return <Pick key={q.id} id={q.id} label={q.label} options={q.options} value={value ?? null} onChange={answer(q.id)} />;
            if (q.type === 'multi') return <Pick key={q.id} id={q.id} label={q.label} options={q.options} value={value ?? []} onChange={answer(q.id)} multiple placeholder="Choose any" />;
            if (q.type === 'textarea') return (
              <Field className="sl-field" key={q.id}><Label className="sl-label">{q.label}</Label>
                <Textarea className="sl-input" name={q.id} rows={4} value={value ?? ''} onChange={(e) => answer(q.id)(e.target.value)} /></Field>);
            return (
              <Field className="sl-field" key={q.id}><Label className="sl-label">{q.label}</Label>
                <Input className="sl-input" type={q.type === 'date' ? 'date' : 'text'} name={q.id} value={value ?? ''} onChange={(e) => answer(q.id)(e.target.value)} /></Field>);
          })}
        </Fieldset>
        <Fieldset>
          <Legend className="sl-legend">Voluntary self-identification</Legend>
          <p className="sl-help">Sorrelby Labs is an equal opportunity employer. Answering is optional.</p>
          <Pick id="gender" label="Gender" options={GENDER} value={form.gender} onChange={set('gender')} />
          <Pick id="race" label="Race / ethnicity" options={RACE} value={form.race} onChange={set('race')} />
          <Pick id="veteran" label="Veteran status" options={VETERAN} value={form.veteran} onChange={set('veteran')} />
        </Fieldset>
        <Field className="sl-check" data-field="consent">
          <Checkbox className="sl-box" checked={form.consent} onChange={set('consent')} name="consent" />
          <Label>I agree to the Sorrelby Labs <a href="#privacy">applicant privacy policy</a>.</Label>
        </Field>
        {error ? <p className="sl-error" role="alert">{error}</p> : null}
        <button id="sl-submit" type="submit" className="sl-submit">Submit application</button>
      </form>
      <pre id="model">{JSON.stringify(form)}</pre>
    </>
  );
}

/** Renders the application; `questions` is what GET /api/jobs/<id>/questions returns for the posting. */
export function renderApplication(questions) {
  createRoot(document.getElementById('root')).render(<Application questionsFromApi={questions} />);
}
