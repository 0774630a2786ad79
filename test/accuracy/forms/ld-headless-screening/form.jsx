/**
 * A self-built careers page on Headless UI 2 (the posting's questions come from a config, so the
 * template's other postings share this file). Listboxes show "Select an option" on a button and
 * render their options in a portal only while open; RadioGroups are `span role=radio` pills with
 * no native input; statement checkboxes are Headless UI Checkboxes (`span role=checkbox`); the
 * privacy acknowledgement is a native checkbox. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Checkbox,
  Description,
  Field,
  Fieldset,
  Input,
  Label,
  Legend,
  Listbox,
  ListboxButton,
  ListboxOption,
  ListboxOptions,
  Radio,
  RadioGroup,
  Switch,
  Textarea,
} from '@headlessui/react';

function Choice({ id, value, onChange, options, placeholder = 'Select an option', label }) {
  return (
    <Listbox value={value} onChange={onChange}>
      <ListboxButton className="hs-listbox" id={`hs-${id}`} aria-label={label}>
        {value ?? <span className="hs-placeholder">{placeholder}</span>}
      </ListboxButton>
      <ListboxOptions anchor="bottom start" className="hs-options">
        {options.map((option) => (
          <ListboxOption key={option} value={option} className="hs-option">
            {option}
          </ListboxOption>
        ))}
      </ListboxOptions>
    </Listbox>
  );
}

function Question({ q, answers, set }) {
  const value = answers[q.id];
  const req = q.required ? <span className="hs-req"> *</span> : null;
  if (q.type === 'heading') return <h2 className="hs-h2">{q.label}</h2>;
  if (q.type === 'radio')
    return (
      <Field className="hs-field" data-q={q.id}>
        <Label className="hs-label">{q.label}{req}</Label>
        {q.help && <Description className="hs-help">{q.help}</Description>}
        <RadioGroup value={value} onChange={set(q.id)} className={q.options.some((o) => o.length > 20) ? 'hs-radios hs-col' : 'hs-radios'}>
          {q.options.map((option) => (
            <Radio key={option} value={option} className="hs-pill">{option}</Radio>
          ))}
        </RadioGroup>
      </Field>
    );
  if (q.type === 'select')
    return (
      <Field className="hs-field" data-q={q.id}>
        <Label className="hs-label">{q.label}{req}</Label>
        {q.help && <Description className="hs-help">{q.help}</Description>}
        <Choice id={q.id} value={value} onChange={set(q.id)} options={q.options} />
      </Field>
    );
  if (q.type === 'statements')
    return (
      <Fieldset className="hs-field" data-q={q.id}>
        <Legend className="hs-label">{q.label}</Legend>
        {q.items.map((item) => (
          <Field key={item.id} className="hs-statement" data-q={item.id}>
            <Checkbox checked={answers[item.id]} onChange={set(item.id)} className="hs-check" />
            <Label>{item.label}</Label>
          </Field>
        ))}
      </Fieldset>
    );
  if (q.type === 'pay')
    return (
      <Field className="hs-field" data-q={q.id}>
        <Label className="hs-label">{q.label}{req}</Label>
        {q.help && <Description className="hs-help">{q.help}</Description>}
        <div className="hs-pay">
          <Input id={`hs-${q.id}`} className="hs-input" inputMode="numeric" placeholder="e.g. 120000" value={value ?? ''} onChange={(e) => set(q.id)(e.target.value)} />
          <Choice id={`${q.id}Currency`} label="Currency" value={answers[`${q.id}Currency`]} onChange={set(`${q.id}Currency`)} options={['USD', 'CAD', 'EUR', 'GBP']} placeholder="Currency" />
          <Choice id={`${q.id}Period`} label="Pay period" value={answers[`${q.id}Period`]} onChange={set(`${q.id}Period`)} options={['per hour', 'per month', 'per year']} placeholder="Period" />
        </div>
      </Field>
    );
  if (q.type === 'textarea')
    return (
      <Field className="hs-field">
        <Label className="hs-label">{q.label}{req}</Label>
        <Textarea id={`hs-${q.id}`} className="hs-input" rows={5} value={value ?? ''} onChange={(e) => set(q.id)(e.target.value)} />
      </Field>
    );
  return (
    <Field className="hs-field">
      <Label className="hs-label">{q.label}{req}</Label>
      {q.help && <Description className="hs-help">{q.help}</Description>}
      <Input id={`hs-${q.id}`} className="hs-input" type={q.inputType ?? 'text'} placeholder={q.placeholder} value={value ?? ''} onChange={(e) => set(q.id)(e.target.value)} />
    </Field>
  );
}

export function mountPosting(posting) {
  const initial = {};
  for (const q of posting.questions) {
    if (q.type === 'statements') for (const item of q.items) initial[item.id] = false;
    else if (q.type === 'pay') Object.assign(initial, { [q.id]: '', [`${q.id}Currency`]: null, [`${q.id}Period`]: null });
    else if (q.type === 'radio' || q.type === 'select') initial[q.id] = null;
    else if (q.type !== 'heading') initial[q.id] = '';
  }
  function App() {
    const [answers, setAnswers] = useState({ ...initial, resume: null, privacy: false, futureRoles: false });
    const [error, setError] = useState(false);
    const [done, setDone] = useState(false);
    const set = (key) => (value) => setAnswers((current) => ({ ...current, [key]: value }));
    const submit = (event) => {
      event.preventDefault();
      const missing = posting.questions.filter((q) => q.required && (answers[q.id] === null || answers[q.id] === ''));
      if (missing.length || !answers.resume || !answers.privacy) return setError(true);
      setDone(true);
    };
    return (
      <div className="hs-page">
        <header className="hs-top"><strong>{posting.company}</strong><nav><a href="#">Open roles</a> · <a href="#">Life at {posting.company}</a></nav></header>
        <main className="hs-main">
          <p className="hs-where">{posting.where}</p>
          <h1>{posting.job}</h1>
          {posting.about.map((p) => <p key={p}>{p}</p>)}
          {done ? (
            <div id="hs-done" className="hs-done">Thanks for applying! We read every application and will reply within two weeks.</div>
          ) : (
            <form onSubmit={submit} noValidate>
              {posting.questions.map((q) => <Question key={q.id} q={q} answers={answers} set={set} />)}
              <Field className="hs-field">
                <Label className="hs-label">Resume / CV<span className="hs-req"> *</span></Label>
                <input id="hs-resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
              </Field>
              <div className="hs-field hs-statement">
                <input id="hs-privacy" type="checkbox" checked={answers.privacy} onChange={(e) => set('privacy')(e.target.checked)} />
                <label htmlFor="hs-privacy">I have read the candidate privacy notice and agree to {posting.company} processing my application.<span className="hs-req"> *</span></label>
              </div>
              <Field className="hs-field hs-statement" data-q="futureRoles">
                <Switch checked={answers.futureRoles} onChange={set('futureRoles')} className="hs-switch"><span className="hs-knob" /></Switch>
                <Label>Email me when similar roles open</Label>
              </Field>
              {error && <p className="hs-error">Please answer every question marked *.</p>}
              <button type="submit" id="hs-submit" className="hs-submit">Submit application</button>
            </form>
          )}
        </main>
        <pre id="model">{JSON.stringify(answers, null, 1)}</pre>
      </div>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
