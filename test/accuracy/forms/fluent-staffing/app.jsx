/**
 * A staffing-agency application (Bullhorn / JobDiva style portal) built with Fluent UI React v9:
 * Field labels, Inputs with a "+1" contentBefore, Dropdowns (a button showing the value, options
 * in a portal listbox), Comboboxes (typing input, portal listbox; one multiselect), RadioGroups of
 * native radios with sentence answers, a pay-rate Input with a rate-type Dropdown, a Textarea,
 * Checkboxes and a native file input. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, Combobox, Dropdown, Field, FluentProvider, Input, Option, Radio, RadioGroup, Text, Textarea, Title2, webLightTheme,
} from '@fluentui/react-components';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ code: country.cca2, name: country.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const STATES = ['Arizona', 'California', 'Colorado', 'Florida', 'Illinois', 'Massachusetts', 'New York', 'Oregon', 'Texas', 'Washington'];
const EXPERIENCE = ['0–1 years', '2–4 years', '5–9 years', '10+ years'];
const EMPLOYMENT = ['Contract', 'Contract-to-hire', 'Full-time (direct hire)'];
const RATE_TYPES = ['Hourly', 'Annual salary'];
const SKILLS = ['Python', 'SQL', 'Spark', 'Kafka', 'Snowflake', 'Airflow'];

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '', address: '', city: '', state: '', zip: '', country: '', experience: '',
  employmentType: '', authorized: '', sponsorship: '', payRate: '', rateType: '', startDate: '', skills: [], notes: '', resume: null, smsAlerts: false, consent: false,
};

function Choice({ name, label, options, value, onChange, placeholder = 'Select an option' }) {
  return (
    <div data-field={name}>
      <Field label={label}>
        <Dropdown placeholder={placeholder} value={value} selectedOptions={value ? [value] : []} onOptionSelect={(_, data) => onChange(data.optionValue ?? '')}>
          {options.map((option) => <Option key={option} value={option}>{option}</Option>)}
        </Dropdown>
      </Field>
    </div>
  );
}

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const [countryQuery, setCountryQuery] = useState('');
  const text = (key, label, props = {}) => (
    <div data-field={key}>
      <Field label={label} hint={props.hint} required={props.required}>
        <Input name={key} type={props.type ?? 'text'} value={form[key]} placeholder={props.placeholder} contentBefore={props.before} onChange={(_, data) => set(key)(data.value)} />
      </Field>
    </div>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.email && form.resume && form.consent && form.authorized) setSent(true);
  };
  if (sent) return <Title2 id="mt-done">Thanks — a Meridian recruiter will call you within two business days.</Title2>;
  const countryMatches = COUNTRIES.filter((country) => country.name.toLowerCase().includes(countryQuery.toLowerCase()));
  return (
    <form onSubmit={submit} noValidate style={{ display: 'flex', flexDirection: 'column', gap: 14 }}>
      <Title2>Data Engineer (Contract-to-hire)</Title2>
      <Text>Meridian Talent Partners · for a client in Seattle, WA · $85–95/hr</Text>
      <div style={{ display: 'flex', gap: 12 }}>{text('firstName', 'First name', { required: true })}{text('lastName', 'Last name', { required: true })}</div>
      {text('email', 'Email', { type: 'email', required: true })}
      {text('phone', 'Mobile phone', { type: 'tel', before: <Text>+1</Text>, hint: '10-digit US number' })}
      {text('address', 'Street address')}
      <div style={{ display: 'flex', gap: 12 }}>
        {text('city', 'City')}
        <Choice name="state" label="State" options={STATES} value={form.state} onChange={set('state')} placeholder="Select a state" />
        {text('zip', 'ZIP')}
      </div>
      <div data-field="country">
        <Field label="Country">
          <Combobox
            placeholder="Start typing a country"
            value={countryQuery}
            selectedOptions={form.country ? [form.country] : []}
            onChange={(event) => setCountryQuery(event.target.value)}
            onOptionSelect={(_, data) => { set('country')(data.optionValue ?? ''); setCountryQuery(data.optionText ?? ''); }}
          >
            {countryMatches.map((country) => <Option key={country.code} value={country.code}>{country.name}</Option>)}
          </Combobox>
        </Field>
      </div>
      <Choice name="experience" label="Years of experience" options={EXPERIENCE} value={form.experience} onChange={set('experience')} />
      <Choice name="employmentType" label="Employment type you are looking for" options={EMPLOYMENT} value={form.employmentType} onChange={set('employmentType')} />
      <div data-field="authorized">
        <Field label="Are you legally authorized to work in the United States?" required>
          <RadioGroup value={form.authorized} onChange={(_, data) => set('authorized')(data.value)} name="authorized">
            <Radio value="yes" label="Yes" /><Radio value="no" label="No" />
          </RadioGroup>
        </Field>
      </div>
      <div data-field="sponsorship">
        <Field label="Will you now or in the future require sponsorship (e.g. H-1B, TN) to work for our client?">
          <RadioGroup value={form.sponsorship} onChange={(_, data) => set('sponsorship')(data.value)} name="sponsorship">
            <Radio value="yes" label="Yes, I will need sponsorship" /><Radio value="no" label="No, I do not need sponsorship" />
          </RadioGroup>
        </Field>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        {text('payRate', 'Desired pay rate', { before: <Text>$</Text> })}
        <Choice name="rateType" label="Rate type" options={RATE_TYPES} value={form.rateType} onChange={set('rateType')} />
      </div>
      {text('startDate', 'Available start date', { placeholder: 'MM/DD/YYYY' })}
      <div data-field="skills">
        <Field label="Top skills">
          <Combobox multiselect placeholder="Pick your top skills" selectedOptions={form.skills} onOptionSelect={(_, data) => set('skills')(data.selectedOptions)}>
            {SKILLS.map((skill) => <Option key={skill} value={skill}>{skill}</Option>)}
          </Combobox>
        </Field>
      </div>
      <div data-field="notes">
        <Field label="Anything your recruiter should know?"><Textarea value={form.notes} onChange={(_, data) => set('notes')(data.value)} /></Field>
      </div>
      <div data-field="resume">
        <Field label="Resume" required><input type="file" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} /></Field>
      </div>
      <div data-field="smsAlerts"><Checkbox checked={form.smsAlerts} onChange={(_, data) => set('smsAlerts')(data.checked === true)} label="Text me new jobs that match my profile" /></div>
      <div data-field="consent"><Checkbox checked={form.consent} onChange={(_, data) => set('consent')(data.checked === true)} label="I agree to Meridian's privacy policy and to be contacted about this role" /></div>
      <Button appearance="primary" type="submit" id="mt-submit">Submit application</Button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<FluentProvider theme={webLightTheme}><Application /></FluentProvider>);
