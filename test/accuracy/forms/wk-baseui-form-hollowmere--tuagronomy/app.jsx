/**
 * Another posting on the Hollowmere Farms careers page (Analytics Engineer, Agronomy): a React page on **Base UI** 1.9 with no form library: the Base UI
 * `Form` with `Field.Root name=…` parts (Label, Control, Description, Error; native constraint
 * validation shown after submit), and uncontrolled Base UI inputs that carry their values in their
 * own hidden inputs: a **grouped Combobox** (places by state), an **Autocomplete** school (free
 * text with suggestions), a Select degree, NumberFields (years; salary formatted as USD currency),
 * RadioGroups of Radio.Root buttons, a CheckboxGroup and a multiple Combobox with chips (left
 * alone), a Checkbox consent, a native date and file input. The model in <pre id="model"> is the
 * form's FormData, read after every change: the only state there is.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Form } from '@base-ui/react/form';
import { Field } from '@base-ui/react/field';
import { Combobox } from '@base-ui/react/combobox';
import { Autocomplete } from '@base-ui/react/autocomplete';
import { Select } from '@base-ui/react/select';
import { NumberField } from '@base-ui/react/number-field';
import { RadioGroup } from '@base-ui/react/radio-group';
import { Radio } from '@base-ui/react/radio';
import { Checkbox } from '@base-ui/react/checkbox';
import { CheckboxGroup } from '@base-ui/react/checkbox-group';

const PLACES = [
  { value: 'California', items: ['Fresno, CA', 'Salinas, CA', 'Sacramento, CA', 'San Francisco, CA', 'South San Francisco, CA', 'Davis, CA'] },
  { value: 'Oregon', items: ['Portland, OR', 'Salem, OR'] },
  { value: 'Washington', items: ['Seattle, WA', 'Yakima, WA'] },
  { value: 'Elsewhere', items: ['Elsewhere in the US', 'Outside the US'] },
];
const SCHOOLS = ['Berkeley City College', 'California Polytechnic State University', 'Fresno State', 'Oregon State University', 'UC Berkeley Extension',
  'University of California, Berkeley', 'University of California, Davis', 'Washington State University'].map((value) => ({ value }));
const DEGREES = [
  { value: 'hs', label: 'High school / GED' }, { value: 'aa', label: 'Associate' }, { value: 'ba', label: 'Bachelor’s' },
  { value: 'ma', label: 'Master’s' }, { value: 'phd', label: 'PhD' },
];
const HEARD = [{ value: 'web', label: 'Our website' }, { value: 'li', label: 'LinkedIn' }, { value: 'ref', label: 'An employee referred me' }, { value: 'uni', label: 'University career fair' }, { value: 'other', label: 'Somewhere else' }];
const GENDER = [{ value: 'f', label: 'Woman' }, { value: 'm', label: 'Man' }, { value: 'x', label: 'Non-binary' }, { value: 'n', label: 'Prefer not to say' }];
const VETERAN = [{ value: 'no', label: 'I am not a protected veteran' }, { value: 'yes', label: 'I identify as a protected veteran' }, { value: 'n', label: 'I prefer not to answer' }];
const SKILLS = ['dbt', 'Looker', 'PostGIS', 'Python', 'R', 'SQL', 'Tableau'];

function Chevron() { return <span aria-hidden="true" className="hm-chev">▾</span>; }

function TextField({ name, label, description, ...rest }) {
  return (
    <Field.Root name={name} className="hm-field">
      <Field.Label className="hm-label">{label}</Field.Label>
      <Field.Control id={`hm-${name}`} className="hm-input" {...rest} />
      {description && <Field.Description className="hm-desc">{description}</Field.Description>}
      <Field.Error className="hm-error" />
    </Field.Root>
  );
}
function PickOne({ name, label, items, placeholder, required, onChange }) {
  return (
    <Field.Root name={name} className="hm-field">
      <Select.Root items={items} name={name} required={required} onValueChange={onChange}>
        <Select.Label className="hm-label">{label}</Select.Label>
        <Select.Trigger id={`hm-${name}`} className="hm-input hm-trigger"><Select.Value placeholder={placeholder} /></Select.Trigger>
        <Select.Portal><Select.Positioner sideOffset={4} className="hm-pos"><Select.Popup className="hm-popup"><Select.List>
          {items.map(({ value, label: text }) => <Select.Item key={value} value={value} className="hm-item"><Select.ItemText>{text}</Select.ItemText></Select.Item>)}
        </Select.List></Select.Popup></Select.Positioner></Select.Portal>
      </Select.Root>
      <Field.Error className="hm-error" />
    </Field.Root>
  );
}
function Choice({ name, label, options, onChange, required }) {
  return (
    <Field.Root name={name} className="hm-field">
      <div className="hm-label" id={`hm-${name}-label`}>{label}</div>
      <RadioGroup id={`hm-${name}`} name={name} aria-labelledby={`hm-${name}-label`} className="hm-radios" onValueChange={onChange} required={required}>
        {options.map(([value, text]) => (
          <label key={value} className="hm-radio"><Radio.Root value={value} className="hm-radio-btn"><Radio.Indicator className="hm-dot" /></Radio.Root>{text}</label>
        ))}
      </RadioGroup>
      <Field.Error className="hm-error" />
    </Field.Root>
  );
}

function App() {
  const formRef = useRef(null);
  const [tick, setTick] = useState(0);
  const [model, setModel] = useState({});
  const [sent, setSent] = useState(false);
  const [news, setNews] = useState('');
  const bump = () => setTick((t) => t + 1);
  useLayoutEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const out = { skills: [], workMode: [], consent: '' };
    for (const key of new Set(data.keys())) {
      const all = data.getAll(key).map((v) => (v instanceof File ? v.name : v));
      out[key] = ['skills', 'workMode'].includes(key) ? all.filter(Boolean) : all[0] ?? '';
    }
    setModel(out);
  }, [tick]);
  return (
    <>
      <header className="hm-top">
        <span className="hm-logo">🌾 Hollowmere <b>Farms</b></span>
        <nav><a href="#">Our farms</a><a href="#">Technology</a><a href="#">Careers</a></nav>
      </header>
      <main className="hm-main">
        <p className="hm-kicker">Agronomy Insights · Salinas, CA or Remote (US)</p>
        <h1>Analytics Engineer, Agronomy</h1>
        <p>Turn yield maps, irrigation logs and lab results into models our agronomists trust, and help decide what we plant where next season.</p>
        <Form id="hm-form" ref={formRef} className="hm-form" onChange={bump} onInput={bump}
          onSubmit={(e) => { e.preventDefault(); if (e.currentTarget.checkValidity()) setSent(true); }}>
          <div className="hm-two">
            <TextField name="firstName" label="First name" required autoComplete="given-name" />
            <TextField name="lastName" label="Last name" required autoComplete="family-name" />
          </div>
          <TextField name="email" label="Email" type="email" required />
          <TextField name="phone" label="Mobile phone" type="tel" placeholder="(555) 555-5555" description="Optional. We only call to schedule interviews." />
          <Field.Root name="location" className="hm-field">
            <Combobox.Root items={PLACES} name="location" required onValueChange={bump}>
              <label htmlFor="hm-location" className="hm-label">Current location</label>
              <Combobox.InputGroup className="hm-input hm-group">
                <Combobox.Input id="hm-location" placeholder="Search places" className="hm-bare" />
                <Combobox.Trigger className="hm-icon" aria-label="Open list"><Chevron /></Combobox.Trigger>
              </Combobox.InputGroup>
              <Combobox.Portal><Combobox.Positioner sideOffset={4} className="hm-pos"><Combobox.Popup className="hm-popup">
                <Combobox.Empty><div className="hm-empty">No places found.</div></Combobox.Empty>
                <Combobox.List>
                  {(group) => (
                    <Combobox.Group key={group.value} items={group.items} className="hm-grp">
                      <Combobox.GroupLabel className="hm-grp-label">{group.value}</Combobox.GroupLabel>
                      <Combobox.Collection>{(item) => <Combobox.Item key={item} value={item} className="hm-item">{item}</Combobox.Item>}</Combobox.Collection>
                    </Combobox.Group>
                  )}
                </Combobox.List>
              </Combobox.Popup></Combobox.Positioner></Combobox.Portal>
            </Combobox.Root>
            <Field.Description className="hm-desc">Choose the city you live in, or the closest one</Field.Description>
            <Field.Error className="hm-error" />
          </Field.Root>
          <div className="hm-two">
            <TextField name="linkedin" label="LinkedIn URL" type="url" />
            <TextField name="portfolio" label="Portfolio or personal site" type="url" />
          </div>
          <Choice name="employed" label="Are you currently employed?" options={[['yes', 'Yes'], ['no', 'No']]} onChange={bump} />
          <TextField name="employer" label="Current or most recent employer" />
          <Field.Root name="years" className="hm-field">
            <NumberField.Root id="hm-years" name="years" min={0} max={50} required onValueChange={bump}>
              <label htmlFor="hm-years" className="hm-label">Total years of professional experience</label>
              <NumberField.Group className="hm-num"><NumberField.Decrement className="hm-step">−</NumberField.Decrement><NumberField.Input className="hm-bare hm-num-input" /><NumberField.Increment className="hm-step">+</NumberField.Increment></NumberField.Group>
            </NumberField.Root>
            <Field.Error className="hm-error" />
          </Field.Root>
          <div className="hm-two">
            <PickOne name="degree" label="Highest completed degree" items={DEGREES} placeholder="Select…" required onChange={bump} />
            <Field.Root name="school" className="hm-field">
              <Autocomplete.Root items={SCHOOLS} name="school" onValueChange={bump}>
                <label htmlFor="hm-school" className="hm-label">College or university</label>
                <Autocomplete.Input id="hm-school" className="hm-input" placeholder="Start typing" />
                <Autocomplete.Portal><Autocomplete.Positioner sideOffset={4} className="hm-pos"><Autocomplete.Popup className="hm-popup">
                  <Autocomplete.List>{(s) => <Autocomplete.Item key={s.value} value={s} className="hm-item">{s.value}</Autocomplete.Item>}</Autocomplete.List>
                </Autocomplete.Popup></Autocomplete.Positioner></Autocomplete.Portal>
              </Autocomplete.Root>
            </Field.Root>
          </div>
          <Field.Root name="skills" className="hm-field">
            <Combobox.Root items={SKILLS} multiple name="skills" onValueChange={bump}>
              <label htmlFor="hm-skills" className="hm-label">Tools you use every week</label>
              <Combobox.Chips className="hm-input hm-chips">
                <Combobox.Value>{(value) => value.map((s) => <Combobox.Chip key={s} className="hm-chip">{s}<Combobox.ChipRemove aria-label={`Remove ${s}`}>×</Combobox.ChipRemove></Combobox.Chip>)}</Combobox.Value>
                <Combobox.Input id="hm-skills" placeholder="Add skills" className="hm-bare" />
              </Combobox.Chips>
              <Combobox.Portal><Combobox.Positioner sideOffset={4} className="hm-pos"><Combobox.Popup className="hm-popup">
                <Combobox.List>{(s) => <Combobox.Item key={s} value={s} className="hm-item">{s}</Combobox.Item>}</Combobox.List>
              </Combobox.Popup></Combobox.Positioner></Combobox.Portal>
            </Combobox.Root>
          </Field.Root>
          <Choice name="sponsorship" label="Do you need visa sponsorship to work for us, now or in the future?" options={[['yes', 'Yes, now or in the future'], ['no', 'No, I don’t need sponsorship']]} onChange={bump} required />
          <Choice name="authorized" label="Are you legally able to work in the US?" options={[['yes', 'Yes'], ['no', 'No']]} onChange={bump} required />
          <div className="hm-two">
            <Field.Root name="salary" className="hm-field">
              <NumberField.Root id="hm-salary" name="salary" min={0} format={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} onValueChange={bump}>
                <label htmlFor="hm-salary" className="hm-label">Desired annual base pay</label>
                <NumberField.Group className="hm-num"><NumberField.Input className="hm-bare hm-num-input" /></NumberField.Group>
              </NumberField.Root>
            </Field.Root>
            <TextField name="startDate" label="Available from" type="date" />
          </div>
          <Field.Root name="workMode" className="hm-field">
            <div className="hm-label" id="hm-workMode-label">Which seasons could you spend a week at a farm?</div>
            <CheckboxGroup id="hm-workMode" aria-labelledby="hm-workMode-label" className="hm-radios" onValueChange={bump}>
              {[['spring', 'Spring planting'], ['summer', 'Summer'], ['harvest', 'Fall harvest'], ['winter', 'Winter']].map(([v, t]) => (
                <label key={v} className="hm-radio"><Checkbox.Root name="workMode" value={v} className="hm-box"><Checkbox.Indicator className="hm-tick">✓</Checkbox.Indicator></Checkbox.Root>{t}</label>
              ))}
            </CheckboxGroup>
          </Field.Root>
          <Field.Root name="resume" className="hm-field">
            <Field.Label className="hm-label">Resume / CV</Field.Label>
            <Field.Control id="hm-resume" type="file" accept=".pdf,.doc,.docx" required />
            <Field.Error className="hm-error" />
          </Field.Root>
          <TextField name="harvest" label="Tell us about a model or dashboard that changed a decision. What happened?" render={<textarea rows={3} />} />
          <Field.Root name="coverLetter" className="hm-field">
            <Field.Label className="hm-label">Cover letter (optional)</Field.Label>
            <Field.Control id="hm-coverLetter" render={<textarea rows={5} />} className="hm-input" />
            <Field.Description className="hm-desc">Paste it as text; no attachments here</Field.Description>
          </Field.Root>
          <PickOne name="heard" label="How did you hear about us?" items={HEARD} placeholder="Select one" onChange={bump} />
          <PickOne name="gender" label="Gender (optional, for equal-opportunity reporting)" items={GENDER} placeholder="Select one" onChange={bump} />
          <PickOne name="veteran" label="Veteran status (optional)" items={VETERAN} placeholder="Select one" onChange={bump} />
          <Field.Root name="consent" className="hm-field">
            <label className="hm-radio"><Checkbox.Root id="hm-consent" name="consent" required className="hm-box" onCheckedChange={bump}><Checkbox.Indicator className="hm-tick">✓</Checkbox.Indicator></Checkbox.Root>
              I have read the Hollowmere Farms applicant privacy notice and agree to it.</label>
            <Field.Error className="hm-error" />
          </Field.Root>
          <button id="hm-submit" type="submit" className="hm-submit">Submit application</button>
          {sent && <p id="hm-sent" className="hm-sent">Thank you! We received your application.</p>}
        </Form>
        <pre id="model">{JSON.stringify(model)}</pre>
      </main>
      <footer className="hm-foot">
        <label htmlFor="hm-news">Get new Hollowmere jobs by email</label>
        <input id="hm-news" type="email" placeholder="Email address" value={news} onChange={(e) => setNews(e.target.value)} />
        <button type="button">Subscribe</button>
      </footer>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
