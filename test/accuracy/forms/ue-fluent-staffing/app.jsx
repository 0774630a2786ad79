/**
 * Another posting on the Meridian staffing portal template (see ../fluent-staffing), Fluent UI
 * React v9: a client in Toronto hiring remote across North America. Other questions: where the
 * candidate works from (RadioGroup, asked first), authorization for that country and sponsorship
 * as statements, other year buckets, a time-zone Dropdown, "Per hour / Per year" rate, a
 * "select all that apply" list of Checkboxes, a Switch, no street address, an optional ZIP, and a
 * candidate log-in bar above the form. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, Combobox, Dropdown, Field, FluentProvider, Input, Option, Radio, RadioGroup, Switch, Text, Textarea, Title2, webLightTheme,
} from '@fluentui/react-components';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ code: country.cca2, name: country.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'California', 'Colorado', 'Georgia', 'Michigan', 'Minnesota', 'New York', 'North Carolina', 'Texas', 'Washington'];
const EXPERIENCE = ['Less than 3 years', '3–5 years', '6–8 years', '9+ years'];
const EMPLOYMENT = ['Contract', 'Contract-to-hire', 'Full-time (direct hire)', 'Open to any'];
const RATE_TYPES = ['Per hour', 'Per day', 'Per year'];
const TIME_ZONES = ['Newfoundland (NT)', 'Atlantic (AT)', 'Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Alaska (AKT)', 'Hawaii (HT)'];
const WAREHOUSES = ['Snowflake', 'BigQuery', 'Redshift', 'Databricks SQL', 'Azure Synapse'];

const EMPTY = {
  workCountry: '', firstName: '', lastName: '', email: '', phone: '', city: '', state: '', zip: '', country: '', experience: '', timeZone: '',
  employmentType: '', authorized: '', sponsorship: '', payRate: '', rateType: '', startDate: '', warehouses: [], pipelineStory: '', resume: null,
  conversion: false, smsAlerts: false, consent: false,
};

function Choice({ name, label, options, value, onChange, placeholder = 'Select an option', required }) {
  return (
    <div data-field={name}>
      <Field label={label} required={required}>
        <Dropdown placeholder={placeholder} value={value} selectedOptions={value ? [value] : []} onOptionSelect={(_, data) => onChange(data.optionValue ?? '')}>
          {options.map((option) => <Option key={option} value={option}>{option}</Option>)}
        </Dropdown>
      </Field>
    </div>
  );
}

function LoginBar() {
  const [login, setLogin] = useState({ user: '', password: '' });
  return (
    <div id="mt-login" style={{ display: 'flex', gap: 8, alignItems: 'flex-end', justifyContent: 'flex-end', marginBottom: 18 }}>
      <Field label="Returning candidate? Email"><Input name="loginEmail" type="email" value={login.user} onChange={(_, data) => setLogin({ ...login, user: data.value })} /></Field>
      <Field label="Password"><Input name="loginPassword" type="password" value={login.password} onChange={(_, data) => setLogin({ ...login, password: data.value })} /></Field>
      <Button type="button">Sign in</Button>
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
  const toggleWarehouse = (item) => (_, data) => setForm((current) => ({ ...current, warehouses: data.checked ? [...current.warehouses, item] : current.warehouses.filter((value) => value !== item) }));
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.email && form.resume && form.consent && form.authorized && form.workCountry) setSent(true);
  };
  if (sent) return <Title2 id="mt-done">Thanks — a Meridian recruiter will reach out within two business days.</Title2>;
  const countryMatches = COUNTRIES.filter((country) => country.name.toLowerCase().includes(countryQuery.toLowerCase()));
  return (
    <>
      <LoginBar />
      <form onSubmit={submit} noValidate style={{ display: 'flex', flexDirection: 'column', gap: 14 }}>
        <Title2>Senior Data Engineer (12-month contract)</Title2>
        <Text>Meridian Talent Partners · for a retail-banking client headquartered in Toronto, ON, Canada · remote within the US or Canada · CAD 95–110/hr or USD equivalent</Text>
        <Text size={200}>Our client is moving its risk reporting off an on-premises warehouse. You will build ingestion and modelling pipelines, work with their platform team in Toronto, and join a daily stand-up at 10:00 ET.</Text>
        <div data-field="workCountry">
          <Field label="Which country will you work from?" required>
            <RadioGroup value={form.workCountry} onChange={(_, data) => set('workCountry')(data.value)} name="workCountry">
              <Radio value="US" label="United States" /><Radio value="CA" label="Canada" />
            </RadioGroup>
          </Field>
        </div>
        <div style={{ display: 'flex', gap: 12 }}>{text('firstName', 'First name', { required: true })}{text('lastName', 'Last name', { required: true })}</div>
        {text('email', 'Email', { type: 'email', required: true })}
        {text('phone', 'Mobile phone', { type: 'tel', before: <Text>+1</Text>, hint: '10 digits, US or Canada' })}
        <div style={{ display: 'flex', gap: 12 }}>
          {text('city', 'City')}
          <Choice name="state" label="State" options={STATES} value={form.state} onChange={set('state')} placeholder="Select a state" />
          {text('zip', 'ZIP / postal code (optional)')}
        </div>
        <div data-field="country">
          <Field label="Country of residence">
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
        <Choice name="experience" label="Years of data engineering experience" options={EXPERIENCE} value={form.experience} onChange={set('experience')} required />
        <Choice name="timeZone" label="Which time zone do you work in?" options={TIME_ZONES} value={form.timeZone} onChange={set('timeZone')} />
        <Choice name="employmentType" label="What kind of engagement are you open to?" options={EMPLOYMENT} value={form.employmentType} onChange={set('employmentType')} />
        <div data-field="authorized">
          <Field label="I am legally authorized to work in the country I selected above." required>
            <RadioGroup value={form.authorized} onChange={(_, data) => set('authorized')(data.value)} name="authorized">
              <Radio value="true" label="True" /><Radio value="false" label="False" />
            </RadioGroup>
          </Field>
        </div>
        <div data-field="sponsorship">
          <Field label="I will need an employer to sponsor a work permit or visa (e.g. H-1B, TN, LMIA) now or in the future.">
            <RadioGroup value={form.sponsorship} onChange={(_, data) => set('sponsorship')(data.value)} name="sponsorship">
              <Radio value="true" label="True" /><Radio value="false" label="False" />
            </RadioGroup>
          </Field>
        </div>
        <div style={{ display: 'flex', gap: 12 }}>
          {text('payRate', 'Desired rate (USD)', { before: <Text>$</Text> })}
          <Choice name="rateType" label="Rate basis" options={RATE_TYPES} value={form.rateType} onChange={set('rateType')} />
        </div>
        {text('startDate', 'Earliest start date', { placeholder: 'MM/DD/YYYY' })}
        <div data-field="warehouses">
          <Field label="Which cloud warehouses have you shipped production work on? Select all that apply.">
            <div style={{ display: 'flex', flexDirection: 'column' }}>
              {WAREHOUSES.map((item) => <Checkbox key={item} name="warehouses" value={item} checked={form.warehouses.includes(item)} onChange={toggleWarehouse(item)} label={item} />)}
            </div>
          </Field>
        </div>
        <div data-field="pipelineStory">
          <Field label="Briefly describe a pipeline migration you led (2–3 sentences)."><Textarea value={form.pipelineStory} onChange={(_, data) => set('pipelineStory')(data.value)} /></Field>
        </div>
        <div data-field="resume">
          <Field label="Resume" required><input type="file" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} /></Field>
        </div>
        <div data-field="conversion"><Switch checked={form.conversion} onChange={(_, data) => set('conversion')(data.checked)} label="I'd consider converting to a permanent role with the client" /></div>
        <div data-field="smsAlerts"><Checkbox checked={form.smsAlerts} onChange={(_, data) => set('smsAlerts')(data.checked === true)} label="Text me about similar contracts" /></div>
        <div data-field="consent"><Checkbox checked={form.consent} onChange={(_, data) => set('consent')(data.checked === true)} label="I agree to Meridian's privacy policy and consent to my profile being shared with this client" /></div>
        <Button appearance="primary" type="submit" id="mt-submit">Submit application</Button>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </form>
    </>
  );
}

createRoot(document.getElementById('root')).render(<FluentProvider theme={webLightTheme}><Application /></FluentProvider>);
