/**
 * An Otta-style quick application built with Base UI 1: Form and Field for the text inputs and
 * their errors, Select / Combobox / NumberField / RadioGroup / Switch / Checkbox for the rest, all
 * controlled from one React state rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Checkbox } from '@base-ui/react/checkbox';
import { Combobox } from '@base-ui/react/combobox';
import { Field } from '@base-ui/react/field';
import { Form } from '@base-ui/react/form';
import { NumberField } from '@base-ui/react/number-field';
import { Radio } from '@base-ui/react/radio';
import { RadioGroup } from '@base-ui/react/radio-group';
import { Select } from '@base-ui/react/select';
import { Switch } from '@base-ui/react/switch';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ value: country.cca2, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const DIAL_CODES = ['+1', '+31', '+33', '+44', '+49', '+91'].map((code) => ({ value: code, label: code }));
const PLACES = ['Austin, Texas', 'New York, New York', 'Oakland, California', 'San Diego, California', 'San Francisco, California', 'San Francisco Bay Area', 'San Jose, California', 'Seattle, Washington'];
const SPONSORSHIP = ['No, I don’t need sponsorship', 'Yes, I need sponsorship now', 'Yes, I’ll need it in the future'].map((label) => ({ value: label, label }));
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'xe/xem', 'Prefer not to say'].map((label) => ({ value: label, label }));
const EMPTY = { name: '', email: '', dialCode: null, phone: '', location: null, country: null, title: '', company: '', years: null, linkedin: '', github: '', authorized: null, sponsorship: null, salary: null, startDate: '', pronouns: null, resume: null, coverLetter: '', superpower: '', relocate: false, terms: false };

function Choice({ name, label, items, value, onChange, placeholder = 'Select' }) {
  return (
    <div className={`ot-field ot-${name}`}>
      <Select.Root items={items} value={value} onValueChange={onChange} name={name}>
        <Select.Label className="ot-q">{label}</Select.Label>
        <Select.Trigger className="ot-trigger"><Select.Value placeholder={placeholder} /></Select.Trigger>
        <Select.Portal><Select.Positioner sideOffset={4} alignItemWithTrigger={false}><Select.Popup className="ot-popup"><Select.List>
          {items.map((item) => <Select.Item key={item.value} value={item.value} className="ot-item"><Select.ItemText>{item.label}</Select.ItemText></Select.Item>)}
        </Select.List></Select.Popup></Select.Positioner></Select.Portal>
      </Select.Root>
    </div>
  );
}

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState({});
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const submit = (event) => {
    event.preventDefault();
    const next = {};
    if (!form.name.trim()) next.name = 'Please enter your name';
    if (!/^[^@\s]+@[^@\s]+$/.test(form.email)) next.email = 'Please enter a valid email';
    if (!form.resume) next.resume = 'Please attach your CV';
    if (!form.terms) next.terms = 'Please accept the terms';
    setErrors(next);
    if (Object.keys(next).length === 0) setSent(true);
  };
  if (sent) return <h2 id="ot-done">You applied to Fernhollow. Good luck!</h2>;
  const text = (name, label, props = {}) => (
    <Field.Root name={name} className={`ot-field ot-${name}`}><Field.Label>{label}</Field.Label>
      <Field.Control value={form[name]} onValueChange={set(name)} {...props} /><Field.Error className="ot-error" match={Boolean(errors[name])}>{errors[name]}</Field.Error></Field.Root>
  );
  return (
    <Form errors={errors} onSubmit={submit}>
      <h1>Senior Data Engineer</h1>
      <p>Fernhollow · Climate data · Remote (US)</p>
      {text('name', 'Your name')}
      {text('email', 'Email', { type: 'email' })}
      <div className="ot-row">
        <div style={{ flex: '0 0 110px' }}><Choice name="dialCode" label="Code" items={DIAL_CODES} value={form.dialCode} onChange={set('dialCode')} placeholder="+" /></div>
        {text('phone', 'Phone number', { type: 'tel' })}
      </div>
      <div className="ot-field ot-location">
        <Combobox.Root items={PLACES} value={form.location} onValueChange={set('location')}>
          <label htmlFor="ot-location-input">Where are you located?</label>
          <Combobox.Input id="ot-location-input" placeholder="Search cities" />
          <Combobox.Portal><Combobox.Positioner sideOffset={4}><Combobox.Popup className="ot-popup">
            <Combobox.Empty>No cities found.</Combobox.Empty>
            <Combobox.List>{(place) => <Combobox.Item key={place} value={place} className="ot-item">{place}</Combobox.Item>}</Combobox.List>
          </Combobox.Popup></Combobox.Positioner></Combobox.Portal>
        </Combobox.Root>
      </div>
      <Choice name="country" label="Country you live in" items={COUNTRIES} value={form.country} onChange={set('country')} placeholder="Select a country" />
      <div className="ot-row">{text('title', 'Current job title')}{text('company', 'Current company')}</div>
      <div className="ot-field ot-years">
        <NumberField.Root value={form.years} onValueChange={set('years')} min={0} max={60} name="years">
          <label htmlFor="ot-years-input">Years of experience</label>
          <NumberField.Group><NumberField.Decrement>−</NumberField.Decrement><NumberField.Input id="ot-years-input" /><NumberField.Increment>+</NumberField.Increment></NumberField.Group>
        </NumberField.Root>
      </div>
      <div className="ot-row">{text('linkedin', 'LinkedIn', { type: 'url' })}{text('github', 'GitHub', { type: 'url' })}</div>
      <div className="ot-field ot-authorized">
        <span className="ot-q" id="ot-authorized-label">Are you authorized to work in the US?</span>
        <RadioGroup aria-labelledby="ot-authorized-label" value={form.authorized} onValueChange={set('authorized')} name="authorized" style={{ display: 'flex', gap: 18 }}>
          {['Yes', 'No'].map((answer) => <label key={answer} style={{ display: 'flex', gap: 6, alignItems: 'center' }}><Radio.Root value={answer} className="ot-radio" /> {answer}</label>)}
        </RadioGroup>
      </div>
      <Choice name="sponsorship" label="Do you need visa sponsorship?" items={SPONSORSHIP} value={form.sponsorship} onChange={set('sponsorship')} />
      <div className="ot-row">
        <div className="ot-field ot-salary">
          <NumberField.Root value={form.salary} onValueChange={set('salary')} format={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} name="salary">
            <label htmlFor="ot-salary-input">Expected salary</label>
            <NumberField.Group><NumberField.Input id="ot-salary-input" /></NumberField.Group>
          </NumberField.Root>
        </div>
        {text('startDate', 'Earliest start date', { type: 'date' })}
      </div>
      <Choice name="pronouns" label="Pronouns" items={PRONOUNS} value={form.pronouns} onChange={set('pronouns')} />
      <Field.Root name="resume" className="ot-field ot-resume"><Field.Label>CV</Field.Label>
        <input type="file" id="ot-cv" accept=".pdf" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} /><Field.Error className="ot-error" match={Boolean(errors.resume)}>{errors.resume}</Field.Error></Field.Root>
      {text('coverLetter', 'Cover letter (optional)', { render: <textarea rows={5} /> })}
      {text('superpower', 'What’s your superpower?', { render: <textarea rows={3} /> })}
      <div className="ot-field"><label style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 400 }}><Switch.Root className="ot-switch" checked={form.relocate} onCheckedChange={set('relocate')} name="relocate" id="ot-relocate"><Switch.Thumb /></Switch.Root> I’m open to relocating</label></div>
      <div className="ot-field"><label style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 400 }}><Checkbox.Root className="ot-box" checked={form.terms} onCheckedChange={set('terms')} name="terms" id="ot-terms"><Checkbox.Indicator>✓</Checkbox.Indicator></Checkbox.Root> I agree to Fernhollow’s terms and privacy policy</label>{errors.terms && <span className="ot-error">{errors.terms}</span>}</div>
      <button type="submit" id="ot-submit">Apply</button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
