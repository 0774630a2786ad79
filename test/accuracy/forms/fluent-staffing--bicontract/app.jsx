/**
 * Meridian Talent Partners' Fluent UI staffing template, another requisition (a BI analyst
 * contract for a client in Austin): other option lists, a current-title field, a tax-terms
 * Dropdown, other skills, no SMS box but a talent-pool opt-in.
 *
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
const STATES = ['Alabama', 'Arizona', 'California', 'Colorado', 'Georgia', 'Louisiana', 'New Mexico', 'Oklahoma', 'Texas', 'Utah'];
const EXPERIENCE = ['Under 2 years', '2–5 years', '6–8 years', '9+ years'];
const EMPLOYMENT = ['Contract', 'Contract-to-hire', 'Full-time (direct hire)', 'Open to any'];
const TAX_TERMS = ['W-2 (through Meridian)', 'Corp-to-corp (C2C)', '1099'];
const RATE_TYPES = ['Per hour', 'Per day', 'Per year'];
const SKILLS = ['Power BI', 'Tableau', 'Looker', 'SQL', 'DAX', 'dbt'];

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '', address: '', city: '', state: '', zip: '', country: '', currentTitle: '', experience: '',
  employmentType: '', taxTerms: '', authorized: '', sponsorship: '', payRate: '', rateType: '', startDate: '', skills: [], notes: '', resume: null, talentPool: false, consent: false,
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
  if (sent) return <Title2 id="mt-done">Thanks — your Meridian recruiter will reach out within one business day.</Title2>;
  const countryMatches = COUNTRIES.filter((country) => country.name.toLowerCase().includes(countryQuery.toLowerCase()));
  return (
    <form onSubmit={submit} noValidate style={{ display: 'flex', flexDirection: 'column', gap: 14 }}>
      <Title2>BI Analyst (6-month contract)</Title2>
      <Text>Meridian Talent Partners · for a client in Austin, TX (remote OK) · $70–82/hr W-2</Text>
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
      {text('currentTitle', 'Current or most recent job title')}
      <Choice name="experience" label="Total years of professional experience" options={EXPERIENCE} value={form.experience} onChange={set('experience')} />
      <Choice name="employmentType" label="What kind of engagement do you want?" options={EMPLOYMENT} value={form.employmentType} onChange={set('employmentType')} />
      <Choice name="taxTerms" label="Preferred tax terms" options={TAX_TERMS} value={form.taxTerms} onChange={set('taxTerms')} />
      <div data-field="authorized">
        <Field label="Are you eligible to work in the U.S. for any employer?" required>
          <RadioGroup value={form.authorized} onChange={(_, data) => set('authorized')(data.value)} name="authorized">
            <Radio value="yes" label="Yes" /><Radio value="no" label="No" />
          </RadioGroup>
        </Field>
      </div>
      <div data-field="sponsorship">
        <Field label="Does your work status need visa sponsorship or a transfer (H-1B, TN, OPT extension)?">
          <RadioGroup value={form.sponsorship} onChange={(_, data) => set('sponsorship')(data.value)} name="sponsorship">
            <Radio value="yes" label="Yes, sponsorship or a transfer is needed" /><Radio value="no" label="No, my status needs nothing from the employer" />
          </RadioGroup>
        </Field>
      </div>
      <div style={{ display: 'flex', gap: 12 }}>
        {text('payRate', 'Target compensation', { before: <Text>$</Text> })}
        <Choice name="rateType" label="Paid" options={RATE_TYPES} value={form.rateType} onChange={set('rateType')} />
      </div>
      {text('startDate', 'Date available', { placeholder: 'MM/DD/YYYY' })}
      <div data-field="skills">
        <Field label="Reporting tools you have used">
          <Combobox multiselect placeholder="Choose all that apply" selectedOptions={form.skills} onOptionSelect={(_, data) => set('skills')(data.selectedOptions)}>
            {SKILLS.map((skill) => <Option key={skill} value={skill}>{skill}</Option>)}
          </Combobox>
        </Field>
      </div>
      <div data-field="notes">
        <Field label="Tell us about the largest dashboard rollout you led"><Textarea value={form.notes} onChange={(_, data) => set('notes')(data.value)} /></Field>
      </div>
      <div data-field="resume">
        <Field label="Resume" required><input type="file" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} /></Field>
      </div>
      <div data-field="talentPool"><Checkbox checked={form.talentPool} onChange={(_, data) => set('talentPool')(data.checked === true)} label="Add me to Meridian's talent pool for future BI roles" /></div>
      <div data-field="consent"><Checkbox checked={form.consent} onChange={(_, data) => set('consent')(data.checked === true)} label="I agree to Meridian's privacy policy and to be contacted about this role" /></div>
      <Button appearance="primary" type="submit" id="mt-submit">Submit application</Button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<FluentProvider theme={webLightTheme}><Application /></FluentProvider>);
