/**
 * A remote-first company's application built with React Aria Components, choice controls first:
 * ToggleButtonGroups (aria-pressed buttons) for yes/no questions and salary bands, RadioGroups drawn
 * as cards (title + description inside the label, the input visually hidden), a Slider whose thumb
 * holds a visually hidden range input, CheckboxGroups ("select all that apply"), per-tool 1–5 rating
 * RadioGroups, Switches, and documents through a DropZone wrapping a FileTrigger (display:none input)
 * plus a second FileTrigger for the cover letter and a "paste your resume" TextArea. Each posting
 * passes its own questions; React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, CheckboxGroup, DropZone, FieldError, FileTrigger, Form, Input, Label, Radio, RadioGroup,
  Slider, SliderOutput, SliderThumb, SliderTrack, Switch, Text, TextArea, TextField, ToggleButton, ToggleButtonGroup,
} from 'react-aria-components';

function Field({ name, label, value, onChange, type = 'text', description, isRequired = false }) {
  return (
    <TextField name={name} type={type} value={value} onChange={onChange} isRequired={isRequired} data-field={name}>
      <Label>{label}{isRequired ? ' *' : ''}</Label>
      <Input />
      {description ? <Text slot="description">{description}</Text> : null}
      <FieldError />
    </TextField>
  );
}

function Toggles({ name, label, options, value, onChange }) {
  const labelId = `${name}-label`;
  return (
    <div className="toggles" data-field={name}>
      <span className="group-label" id={labelId}>{label}</span>
      <ToggleButtonGroup
        aria-labelledby={labelId}
        selectionMode="single"
        selectedKeys={value ? [value] : []}
        onSelectionChange={(keys) => onChange([...keys][0] ?? null)}
      >
        {options.map(([id, text]) => <ToggleButton key={id} id={id}>{text}</ToggleButton>)}
      </ToggleButtonGroup>
    </div>
  );
}

function Cards({ name, label, options, value, onChange }) {
  return (
    <RadioGroup name={name} value={value} onChange={onChange} data-field={name} className="react-aria-RadioGroup cards">
      <Label>{label}</Label>
      <div className="card-row">
        {options.map(([id, title, description]) => (
          <Radio key={id} value={id} className="react-aria-Radio card">
            <strong>{title}</strong>
            {description ? <small>{description}</small> : null}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

function Many({ name, label, options, value, onChange }) {
  return (
    <CheckboxGroup name={name} value={value} onChange={onChange} data-field={name}>
      <Label>{label}</Label>
      <div className="many">
        {options.map(([id, text]) => <Checkbox key={id} value={id} data-option={id}><span className="box" aria-hidden="true" />{text}</Checkbox>)}
      </div>
    </CheckboxGroup>
  );
}

function Rating({ name, label, value, onChange }) {
  return (
    <RadioGroup name={name} value={value} onChange={onChange} orientation="horizontal" data-field={name} className="react-aria-RadioGroup rating">
      <Label>{label}</Label>
      <div className="dots">{['1', '2', '3', '4', '5'].map((n) => <Radio key={n} value={n}>{n}</Radio>)}</div>
    </RadioGroup>
  );
}

export function renderApplication(config) {
  const initial = {
    firstName: '', lastName: '', email: '', phone: '', linkedin: '', resume: null, resumeText: '', coverLetter: null,
    years: 0, consent: false, notify: false, toggles: {}, cards: {}, many: {}, ratings: {}, switches: {},
  };
  for (const q of config.toggles) initial.toggles[q.name] = null;
  for (const q of config.cards) initial.cards[q.name] = null;
  for (const q of config.many) initial.many[q.name] = [];
  for (const q of config.ratings) initial.ratings[q.name] = null;
  for (const q of config.switches) initial.switches[q.name] = false;

  function Application() {
    const [form, setForm] = useState(initial);
    const [sent, setSent] = useState(false);
    const [error, setError] = useState('');
    const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
    const setIn = (group, key) => (value) => setForm((current) => ({ ...current, [group]: { ...current[group], [key]: value } }));
    const submit = (event) => {
      event.preventDefault();
      const unanswered = config.toggles.some((q) => q.required && !form.toggles[q.name]);
      if (!form.resume && !form.resumeText) { setError('Please add your resume.'); return; }
      if (unanswered || !form.consent) { setError('Please answer the required questions and accept the privacy notice.'); return; }
      setSent(true);
    };
    if (sent) return <div id="rac-done"><h2>Application sent</h2><p>Thanks, {form.firstName}! We'll be in touch.</p><pre id="model">{JSON.stringify(form, null, 1)}</pre></div>;
    return (
      <>
        <header className="job"><h1>{config.title}</h1><p>{config.company} · {config.where}</p></header>
        <Form onSubmit={submit} validationBehavior="aria">
          <section><h2>Resume</h2>
            <div data-field="resume">
              <DropZone
                className="react-aria-DropZone drop"
                getDropOperation={(types) => (types.has('application/pdf') || types.has('text/plain') ? 'copy' : 'cancel')}
                onDrop={async (event) => {
                  const item = event.items.find((entry) => entry.kind === 'file');
                  if (item) set('resume')((await item.getFile()).name);
                }}
              >
                <Text slot="label">Drop your resume here</Text>
                <FileTrigger acceptedFileTypes={['.pdf', '.doc', '.docx', '.txt']} onSelect={(files) => set('resume')(files?.[0]?.name ?? null)}>
                  <Button className="react-aria-Button link">or choose a file</Button>
                </FileTrigger>
                <div className="file-name">{form.resume ?? 'No file chosen'}</div>
              </DropZone>
            </div>
            <TextField name="resumeText" value={form.resumeText} onChange={set('resumeText')} data-field="resumeText">
              <Label>No file? Paste your resume</Label>
              <TextArea rows={3} />
            </TextField>
            <div className="upload" data-field="coverLetter">
              <span className="group-label">Cover letter (optional)</span>
              <FileTrigger acceptedFileTypes={['.pdf', '.docx', '.txt']} onSelect={(files) => set('coverLetter')(files?.[0]?.name ?? null)}>
                <Button>Upload cover letter</Button>
              </FileTrigger>
              <span className="file-name">{form.coverLetter ?? ''}</span>
            </div>
          </section>
          <section><h2>About you</h2>
            <div className="two">
              <Field name="firstName" label="First name" value={form.firstName} onChange={set('firstName')} isRequired />
              <Field name="lastName" label="Last name" value={form.lastName} onChange={set('lastName')} isRequired />
            </div>
            <Field name="email" type="email" label="Email" value={form.email} onChange={set('email')} isRequired />
            <Field name="phone" type="tel" label="Phone" description={config.phoneHint} value={form.phone} onChange={set('phone')} />
            <Field name="linkedin" label="LinkedIn" value={form.linkedin} onChange={set('linkedin')} />
          </section>
          <section><h2>{config.questionsTitle}</h2>
            {config.toggles.map((q) => <Toggles key={q.name} name={q.name} label={q.label + (q.required ? ' *' : '')} options={q.options} value={form.toggles[q.name]} onChange={setIn('toggles', q.name)} />)}
            {config.cards.map((q) => <Cards key={q.name} name={q.name} label={q.label} options={q.options} value={form.cards[q.name]} onChange={setIn('cards', q.name)} />)}
            <Slider value={form.years} onChange={set('years')} minValue={0} maxValue={config.yearsMax} data-field="years">
              <div className="slider-head"><Label>{config.yearsLabel}</Label><SliderOutput>{({ state }) => `${state.getThumbValue(0)}${state.getThumbValue(0) === config.yearsMax ? '+' : ''} yrs`}</SliderOutput></div>
              <SliderTrack><SliderThumb name="years" /></SliderTrack>
            </Slider>
            {config.many.map((q) => <Many key={q.name} name={q.name} label={q.label} options={q.options} value={form.many[q.name]} onChange={setIn('many', q.name)} />)}
            {config.ratings.length ? <h3>{config.ratingsTitle}</h3> : null}
            {config.ratings.map((q) => <Rating key={q.name} name={q.name} label={q.label} value={form.ratings[q.name]} onChange={setIn('ratings', q.name)} />)}
            {config.switches.map((q) => (
              <Switch key={q.name} name={q.name} isSelected={form.switches[q.name]} onChange={setIn('switches', q.name)} data-field={q.name}>
                <span className="track" aria-hidden="true" />{q.label}
              </Switch>
            ))}
          </section>
          <Checkbox name="consent" isSelected={form.consent} onChange={set('consent')} data-field="consent">
            <span className="box" aria-hidden="true" />I have read the applicant privacy notice and agree to it. *
          </Checkbox>
          {error ? <p className="error">{error}</p> : null}
          <Button type="submit" className="react-aria-Button submit" id="rac-submit">Submit application</Button>
        </Form>
        <pre id="model">{JSON.stringify(form, null, 1)}</pre>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
