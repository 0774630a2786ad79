/**
 * Veldmark (Amsterdam, power-trading software; hiring a US-remote data team) careers page on
 * **Tremor** 3 components with **TanStack Form** (field validators on blur), two steps in place
 * ("Continue" / "Back", step 2 renders only after step 1 validates): TextInputs with the label's
 * `for` on the input; a mobile number behind a Tremor **Select** of dial codes preset to
 * "+31 Netherlands"; a "Where are you based?" **SearchSelect whose items arrive from an API call
 * 800 ms after load** (until then a disabled "Loading locations…" item); a country **Select that
 * cannot be searched** (Headless UI listbox of ~250 countries; typeahead only); a NumberInput with
 * a stepper for the years; an education Select; a salary NumberInput beside a currency Select
 * preset to "EUR" and a period Select preset to "per month" (Dutch postings quote monthly pay);
 * a start date TextInput in the Dutch "DD-MM-YYYY" format; Selects for the right to work in the US
 * and in the Netherlands; a MultiSelect of tools; a Switch; a react-dropzone resume zone; a
 * Textarea; a plain consent checkbox. Values in <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from '@tanstack/react-form';
import { useDropzone } from 'react-dropzone';
import countries from 'world-countries';
import {
  Button, Divider, MultiSelect, MultiSelectItem, NumberInput, SearchSelect, SearchSelectItem, Select, SelectItem, Switch, Text,
  Textarea, TextInput, Title,
} from '@tremor/react';

const DIALS = [
  ['NL', '+31 Netherlands'], ['BE', '+32 Belgium'], ['DE', '+49 Germany'], ['GB', '+44 United Kingdom'], ['CA', '+1 Canada'], ['US', '+1 United States'],
  ['FR', '+33 France'], ['ES', '+34 Spain'], ['PL', '+48 Poland'], ['IN', '+91 India'],
];
const COUNTRIES = countries.map((c) => ({ code: c.cca2, name: c.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const LOCATIONS = [
  'Amsterdam, Netherlands', 'Rotterdam, Netherlands', 'Utrecht, Netherlands', 'Berlin, Germany', 'London, United Kingdom',
  'San Francisco Bay Area, United States', 'Los Angeles Area, United States', 'Seattle Area, United States', 'Denver Area, United States',
  'Houston Area, United States', 'New York City Area, United States', 'Elsewhere in the United States', 'Elsewhere in Europe',
];
const TOOLS = ['Python', 'SQL', 'Kafka', 'Spark', 'Flink', 'ClickHouse', 'Snowflake', 'Airflow', 'dbt', 'Kubernetes'];

function useLocations() {
  const [items, setItems] = useState(null);
  useEffect(() => {
    const t = setTimeout(() => setItems(LOCATIONS), 800);
    return () => clearTimeout(t);
  }, []);
  return items;
}

function ResumeZone({ value, onChange }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    multiple: false,
    accept: { 'application/pdf': ['.pdf'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] },
    onDrop: (files) => files[0] && onChange(files[0].name),
  });
  return (
    <div {...getRootProps({ className: 'vm-drop' })}>
      <input {...getInputProps({ id: 'vm-resume', name: 'resume' })} />
      {value ? <Text>{value}</Text> : <Text>{isDragActive ? 'Drop it here' : 'Drop your CV here or click to browse (PDF, DOCX)'}</Text>}
    </div>
  );
}

const Err = ({ field }) => (field.state.meta.isTouched && field.state.meta.errors.length ? <span className="vm-error">{field.state.meta.errors.join(', ')}</span> : null);

function Application() {
  const [step, setStep] = useState(1);
  const [sent, setSent] = useState(false);
  const locations = useLocations();
  const form = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', dial: 'NL', mobile: '', basedIn: '', country: '', linkedin: '',
      employer: '', title: '', years: '', education: '', school: '', salary: '', currency: 'EUR', period: 'month', startDate: '',
      usAuth: '', nlAuth: '', tools: [], relocate: false, resume: '', coverLetter: '', consent: false,
    },
    onSubmit: () => setSent(true),
  });
  const required = (label) => ({ onBlur: ({ value }) => (value ? undefined : `${label} is required`), onSubmit: ({ value }) => (value ? undefined : `${label} is required`) });

  const next = async () => {
    const names = ['firstName', 'lastName', 'email'];
    await Promise.all(names.map((name) => form.validateField(name, 'submit')));
    if (names.every((name) => form.getFieldMeta(name)?.errors.length === 0)) setStep(2);
  };

  if (sent)
    return (
      <div className="vm-card" id="vm-sent">
        <Title>Thank you — application received</Title>
        <Text>Our recruiter for the US team will reply within five working days.</Text>
      </div>
    );

  const text = (name, label, props = {}, validators) => (
    <form.Field name={name} validators={validators}>
      {(field) => (
        <div className="vm-field">
          <label htmlFor={`vm-${name}`}>{label}</label>
          <TextInput id={`vm-${name}`} name={name} value={field.state.value} onValueChange={field.handleChange} onBlur={field.handleBlur}
            error={field.state.meta.isTouched && field.state.meta.errors.length > 0} {...props} />
          {props.hint ? <span className="vm-hint">{props.hint}</span> : null}
          <Err field={field} />
        </div>
      )}
    </form.Field>
  );
  const select = (name, label, options, props = {}) => (
    <form.Field name={name}>
      {(field) => (
        <div className="vm-field">
          <label htmlFor={`vm-${name}`}>{label}</label>
          <Select id={`vm-${name}`} name={name} value={field.state.value} onValueChange={field.handleChange} enableClear={false} placeholder="Select…" {...props}>
            {options.map(([value, text]) => <SelectItem key={value} value={value}>{text}</SelectItem>)}
          </Select>
        </div>
      )}
    </form.Field>
  );

  return (
    <form id="vm-apply" className="vm-card" noValidate onSubmit={(e) => { e.preventDefault(); e.stopPropagation(); form.handleSubmit(); }}>
      <div className="vm-steps"><span className={step === 1 ? 'on' : ''}>1. About you</span><span>›</span><span className={step === 2 ? 'on' : ''}>2. Experience &amp; terms</span></div>
      {step === 1 ? (
        <>
          <div className="vm-row">
            {text('firstName', 'First name *', {}, required('First name'))}
            {text('lastName', 'Last name *', {}, required('Last name'))}
          </div>
          {text('email', 'Email *', { type: 'email', placeholder: 'you@example.com' }, {
            onBlur: ({ value }) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? undefined : 'Enter a valid email address'),
            onSubmit: ({ value }) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? undefined : 'Enter a valid email address'),
          })}
          <div className="vm-phone">
            {select('dial', 'Country code', DIALS)}
            {text('mobile', 'Mobile number', { placeholder: '6 12345678' })}
          </div>
          <form.Field name="basedIn">
            {(field) => (
              <div className="vm-field">
                <label htmlFor="vm-basedIn">Where are you based?</label>
                <SearchSelect id="vm-basedIn" name="basedIn" value={field.state.value} onValueChange={field.handleChange} placeholder="Search locations">
                  {locations
                    ? locations.map((l) => <SearchSelectItem key={l} value={l}>{l}</SearchSelectItem>)
                    : [<SearchSelectItem key="loading" value="" disabled>Loading locations…</SearchSelectItem>]}
                </SearchSelect>
              </div>
            )}
          </form.Field>
          {select('country', 'Country of residence', COUNTRIES.map((c) => [c.code, c.name]))}
          {text('linkedin', 'LinkedIn profile', { placeholder: 'https://www.linkedin.com/in/…' })}
          <div className="vm-actions"><span /><Button type="button" id="vm-next" onClick={next}>Continue</Button></div>
        </>
      ) : (
        <>
          <div className="vm-row">
            {text('employer', 'Current employer')}
            {text('title', 'Current job title')}
          </div>
          <form.Field name="years">
            {(field) => (
              <div className="vm-field">
                <label htmlFor="vm-years">Years of professional experience</label>
                <NumberInput id="vm-years" name="years" enableStepper min={0} max={45} step={1} placeholder="0" value={field.state.value} onValueChange={field.handleChange} />
              </div>
            )}
          </form.Field>
          <div className="vm-row">
            {select('education', 'Highest completed education', [['secondary', 'Secondary school (VWO / high school)'], ['hbo', 'Bachelor (HBO, University of Applied Sciences)'], ['wo-bsc', 'Bachelor (WO, research university)'], ['msc', 'Master (MSc / MA)'], ['phd', 'Doctorate (PhD)']])}
            {text('school', 'University or school')}
          </div>
          <div className="vm-row3">
            <form.Field name="salary">
              {(field) => (
                <div className="vm-field">
                  <label htmlFor="vm-salary">Expected gross salary</label>
                  <NumberInput id="vm-salary" name="salary" enableStepper={false} min={0} placeholder="Amount" value={field.state.value} onValueChange={field.handleChange} />
                </div>
              )}
            </form.Field>
            {select('currency', 'Currency', [['EUR', 'EUR'], ['USD', 'USD'], ['GBP', 'GBP']])}
            {select('period', 'Per', [['month', 'per month'], ['year', 'per year']])}
          </div>
          {text('startDate', 'Earliest start date', { placeholder: 'DD-MM-YYYY', hint: 'Format: DD-MM-YYYY' })}
          <div className="vm-row">
            {select('usAuth', 'Are you authorized to work in the United States?', [['yes', 'Yes'], ['no', 'No']])}
            {select('nlAuth', 'Do you have the right to work in the Netherlands?', [['yes', 'Yes'], ['no', 'No, I would need a permit']])}
          </div>
          <form.Field name="tools">
            {(field) => (
              <div className="vm-field">
                <span className="vm-label" id="vm-tools-label">Tools you have used in production</span>
                <MultiSelect aria-labelledby="vm-tools-label" value={field.state.value} onValueChange={field.handleChange} placeholder="Select tools">
                  {TOOLS.map((t) => <MultiSelectItem key={t} value={t}>{t}</MultiSelectItem>)}
                </MultiSelect>
              </div>
            )}
          </form.Field>
          <form.Field name="relocate">
            {(field) => (
              <div className="vm-field" style={{ flexDirection: 'row', alignItems: 'center' }}>
                <Switch id="vm-relocate" name="relocate" checked={field.state.value} onChange={field.handleChange} />
                <label htmlFor="vm-relocate">I would consider relocating to Amsterdam</label>
              </div>
            )}
          </form.Field>
          <form.Field name="resume" validators={required('Your CV')}>
            {(field) => (
              <div className="vm-field">
                <span className="vm-label">CV *</span>
                <ResumeZone value={field.state.value} onChange={field.handleChange} />
                <Err field={field} />
              </div>
            )}
          </form.Field>
          <form.Field name="coverLetter">
            {(field) => (
              <div className="vm-field">
                <label htmlFor="vm-coverLetter">Motivation letter</label>
                <Textarea id="vm-coverLetter" name="coverLetter" rows={6} value={field.state.value} onValueChange={field.handleChange} placeholder="Why Veldmark? (optional)" />
              </div>
            )}
          </form.Field>
          <form.Field name="consent" validators={{ onSubmit: ({ value }) => (value ? undefined : 'Please accept the privacy statement') }}>
            {(field) => (
              <div className="vm-field">
                <label style={{ fontWeight: 400 }}>
                  <input type="checkbox" id="vm-consent" name="consent" checked={field.state.value} onChange={(e) => field.handleChange(e.target.checked)} />{' '}
                  I have read the Veldmark privacy statement for applicants
                </label>
                <Err field={field} />
              </div>
            )}
          </form.Field>
          <div className="vm-actions">
            <Button type="button" variant="secondary" onClick={() => setStep(1)}>Back</Button>
            <Button type="submit" id="vm-submit">Submit application</Button>
          </div>
        </>
      )}
      <form.Subscribe selector={(state) => state.values}>{(values) => <pre id="model">{JSON.stringify(values)}</pre>}</form.Subscribe>
    </form>
  );
}

function Page() {
  return (
    <div className="vm-wrap">
      <Text>Data Platform · Remote (US, Pacific or Mountain time) or Amsterdam</Text>
      <Title>Senior Data Engineer, Market Data</Title>
      <Text>Our software bids batteries and wind parks into CAISO, ERCOT and the European day-ahead markets. You will own the market-data pipelines: prices, forecasts and outages from a dozen exchanges, landed within seconds. US salary range $150,000 – $175,000 per year.</Text>
      <Divider />
      <Application />
    </div>
  );
}

createRoot(document.getElementById('root')).render(<Page />);
