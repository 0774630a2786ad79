/**
 * Evergrain Foods' own careers site (a Minneapolis food manufacturer on the Microsoft stack) built
 * with Fluent UI React v9: a header with a job-search SearchBox and a "Sign in" link, Field labels
 * with InfoLabel tooltips, an Input with a fixed "+1" contentBefore, a ZIP Input, a state Dropdown
 * grouped by OptionGroup (Upper Midwest first, then all states), a country Combobox (typing input,
 * portal listbox), a SpinButton for the years, a degree Dropdown, RadioGroups (one horizontal yes /
 * no, one of sentences), a salary Input with "$" before and "USD / year" after, a native date
 * Input, a TagPicker of tools (left to the person), Switches, a hidden file input behind a Button,
 * a Textarea, EEO Dropdowns and a consent Checkbox; a "Talent community" email box in the footer.
 * React state is rendered into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, Combobox, Divider, Dropdown, Field, FluentProvider, InfoLabel, Input, Link, Option, OptionGroup, Radio, RadioGroup, SearchBox, SpinButton, Switch, TagPicker,
  TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption, Tag, Text, Textarea, Title1, Title3, webLightTheme,
} from '@fluentui/react-components';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ code: country.cca2, name: country.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const MIDWEST = ['Iowa', 'Minnesota', 'North Dakota', 'South Dakota', 'Wisconsin'];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const DEGREES = ['High school diploma or GED', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate (PhD)', 'Other'];
const TOOLS = ['Azure Data Factory', 'Databricks', 'Power BI', 'SAP S/4HANA', 'Snowflake', 'dbt', 'Kafka'];
const GENDERS = ['Female', 'Male', 'Non-binary', 'I do not wish to self-identify'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I do not wish to self-identify'];
const SOURCES = ['Evergrain careers site', 'LinkedIn', 'Indeed', 'Employee referral', 'University / career fair', 'Other'];

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '', city: '', state: '', zip: '', country: '', linkedin: '', employer: '', title: '', years: null, degree: '', school: '',
  authorized: '', sponsorship: '', salary: '', startDate: '', onsite: '', tools: [], resume: '', coverLetter: '', gender: '', veteran: '', source: '', textUpdates: false, consent: false,
};

function Pick({ id, label, options, value, onChange, groups, hint, required }) {
  return (
    <Field label={label} hint={hint} required={required}>
      <Dropdown id={id} placeholder="Select" value={value} selectedOptions={value ? [value] : []} onOptionSelect={(_, data) => onChange(data.optionValue ?? '')}>
        {groups
          ? groups.map((group) => (
              <OptionGroup key={group.label} label={group.label}>
                {group.options.map((option) => <Option key={`${group.label}-${option}`} value={option}>{option}</Option>)}
              </OptionGroup>
            ))
          : options.map((option) => <Option key={option} value={option}>{option}</Option>)}
      </Dropdown>
    </Field>
  );
}

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [countryQuery, setCountryQuery] = useState('');
  const [toolQuery, setToolQuery] = useState('');
  const fileRef = useRef(null);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, label, props = {}) => (
    <Field label={props.info ? { children: (_, slotProps) => <InfoLabel {...slotProps} info={props.info}>{label}</InfoLabel> } : label} hint={props.hint} required={props.required}>
      <Input id={`cand-${key}`} name={key} type={props.type ?? 'text'} value={form[key]} placeholder={props.placeholder} contentBefore={props.before} contentAfter={props.after} onChange={(_, data) => set(key)(data.value)} />
    </Field>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.email && form.resume && form.consent && form.authorized) setSent(true);
  };
  if (sent) return <Title3 id="eg-done">Thanks, {form.firstName}! Your application is in. We review every application within 10 business days.</Title3>;
  const countryMatches = COUNTRIES.filter((country) => country.name.toLowerCase().includes(countryQuery.toLowerCase()));
  const toolMatches = TOOLS.filter((tool) => !form.tools.includes(tool) && tool.toLowerCase().includes(toolQuery.toLowerCase()));
  return (
    <>
      <header style={{ display: 'flex', alignItems: 'center', gap: 16, padding: '12px 24px', background: '#1d5c2e', color: '#fff' }}>
        <Text weight="semibold" size={500} style={{ color: '#fff' }}>Evergrain Foods</Text>
        <nav style={{ display: 'flex', gap: 12 }}><Link href="#" style={{ color: '#fff' }}>Our brands</Link><Link href="#" style={{ color: '#fff' }}>Life at Evergrain</Link></nav>
        <SearchBox id="job-search" placeholder="Search jobs by keyword or location" aria-label="Search jobs" style={{ marginLeft: 'auto', minWidth: 260 }} />
        <Link href="#" style={{ color: '#fff' }}>Sign in</Link>
      </header>
      <main style={{ background: '#fff', padding: '24px 32px', margin: '20px 0' }}>
        <Title1 as="h1">Senior Data Engineer, Supply Chain Analytics</Title1>
        <Text block>Minneapolis, MN (hybrid, 3 days in our North Loop office) · Full time · Req #EG-24117</Text>
        <Text block style={{ margin: '12px 0' }}>
          Our supply chain analytics team turns plant, warehouse and retailer data into forecasts that keep 40 million boxes of cereal moving every month. You will own the pipelines from SAP and our MES into the lakehouse, and partner with planners in Minneapolis and Toronto.
        </Text>
        <Divider />
        <form id="eg-apply" onSubmit={submit} noValidate style={{ display: 'flex', flexDirection: 'column', gap: 14, marginTop: 16 }}>
          <Title3 as="h2">Contact information</Title3>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
            {text('firstName', 'Legal first name', { required: true })}
            {text('lastName', 'Legal last name', { required: true })}
          </div>
          {text('email', 'Email address', { type: 'email', required: true })}
          {text('phone', 'Mobile phone', { type: 'tel', before: <Text>+1</Text>, required: true })}
          <div style={{ display: 'grid', gridTemplateColumns: '2fr 1.4fr 1fr', gap: 12 }}>
            {text('city', 'City')}
            <Pick id="cand-state" label="State" value={form.state} onChange={set('state')} groups={[{ label: 'Upper Midwest', options: MIDWEST }, { label: 'All states', options: STATES }]} />
            {text('zip', 'ZIP code')}
          </div>
          <Field label="Country">
            <Combobox
              id="cand-country"
              placeholder="Start typing a country"
              value={countryQuery}
              selectedOptions={form.country ? [form.country] : []}
              onChange={(event) => setCountryQuery(event.target.value)}
              onOptionSelect={(_, data) => { set('country')(data.optionValue ?? ''); setCountryQuery(data.optionText ?? ''); }}
            >
              {countryMatches.map((country) => <Option key={country.code} value={country.code}>{country.name}</Option>)}
            </Combobox>
          </Field>
          {text('linkedin', 'LinkedIn profile URL', { type: 'url', placeholder: 'https://www.linkedin.com/in/…' })}

          <Title3 as="h2">Experience</Title3>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
            {text('employer', 'Current or most recent employer')}
            {text('title', 'Current or most recent job title')}
          </div>
          <Field label="Years of experience building data pipelines in production" hint="Whole years">
            <SpinButton id="cand-years" min={0} max={40} value={form.years} displayValue={form.years === null ? '' : undefined} onChange={(_, data) => {
              const next = data.value !== undefined ? data.value : data.displayValue !== undefined ? Number.parseInt(data.displayValue, 10) : null;
              set('years')(next === null || Number.isNaN(next) ? null : next);
            }} />
          </Field>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
            <Pick id="cand-degree" label="Highest level of education completed" options={DEGREES} value={form.degree} onChange={set('degree')} />
            {text('school', 'School or university')}
          </div>
          <Field label="Tools you have used in production (optional)" hint="Pick any that apply">
            <TagPicker selectedOptions={form.tools} onOptionSelect={(_, data) => { set('tools')(data.selectedOptions); setToolQuery(''); }}>
              <TagPickerControl>
                <TagPickerGroup aria-label="Selected tools">{form.tools.map((tool) => <Tag key={tool} value={tool} shape="rounded">{tool}</Tag>)}</TagPickerGroup>
                <TagPickerInput id="cand-tools" aria-label="Tools you have used in production" value={toolQuery} onChange={(event) => setToolQuery(event.target.value)} />
              </TagPickerControl>
              <TagPickerList>{toolMatches.map((tool) => <TagPickerOption key={tool} value={tool}>{tool}</TagPickerOption>)}</TagPickerList>
            </TagPicker>
          </Field>

          <Title3 as="h2">Eligibility</Title3>
          <Field label="Are you legally authorized to work in the United States?" required>
            <RadioGroup id="q-authorized" name="authorized" layout="horizontal" value={form.authorized} onChange={(_, data) => set('authorized')(data.value)}>
              <Radio value="yes" label="Yes" /><Radio value="no" label="No" />
            </RadioGroup>
          </Field>
          <Field label="Will you now or in the future require Evergrain to sponsor an employment visa (e.g. H-1B) for you?" required>
            <RadioGroup id="q-sponsorship" name="sponsorship" value={form.sponsorship} onChange={(_, data) => set('sponsorship')(data.value)}>
              <Radio value="yes" label="Yes, I will require sponsorship now or in the future" />
              <Radio value="no" label="No, I will not require sponsorship" />
            </RadioGroup>
          </Field>
          <Field label="This role is hybrid: three days a week in our Minneapolis North Loop office. Can you meet this schedule?" required>
            <RadioGroup id="q-onsite" name="onsite" layout="horizontal" value={form.onsite} onChange={(_, data) => set('onsite')(data.value)}>
              <Radio value="yes" label="Yes" /><Radio value="no" label="No" /><Radio value="relocate" label="I would relocate to Minneapolis" />
            </RadioGroup>
          </Field>
          {text('salary', 'Desired base salary', { info: 'The posted range for this role is $128,000–$162,000.', before: <Text>$</Text>, after: <Text>USD / year</Text>, placeholder: '0' })}
          {text('startDate', 'Earliest available start date', { type: 'date' })}

          <Title3 as="h2">Documents</Title3>
          <Field label="Resume" hint="PDF or Word, up to 5 MB" required>
            <div>
              <input ref={fileRef} id="cand-resume" type="file" name="resume" accept=".pdf,.doc,.docx" hidden onChange={(event) => set('resume')(event.target.files?.[0]?.name ?? '')} />
              <Button id="cand-resume-button" onClick={() => fileRef.current?.click()}>Upload resume</Button>
              <Text id="cand-resume-name" style={{ marginLeft: 12 }}>{form.resume || 'No file chosen'}</Text>
            </div>
          </Field>
          <Field label="Cover letter (optional)">
            <Textarea id="cand-cover" name="coverLetter" resize="vertical" rows={5} value={form.coverLetter} onChange={(_, data) => set('coverLetter')(data.value)} />
          </Field>

          <Title3 as="h2">Voluntary self-identification</Title3>
          <Text size={200}>Evergrain Foods is an equal opportunity employer. Your answers are optional and never seen by the hiring team.</Text>
          <Pick id="eeo-gender" label="Gender" options={GENDERS} value={form.gender} onChange={set('gender')} />
          <Pick id="eeo-veteran" label="Veteran status" options={VETERAN} value={form.veteran} onChange={set('veteran')} />
          <Pick id="cand-source" label="How did you hear about this job?" options={SOURCES} value={form.source} onChange={set('source')} />
          <Switch id="cand-sms" checked={form.textUpdates} onChange={(_, data) => set('textUpdates')(data.checked)} label="Text me updates about my application status" />
          <Checkbox id="cand-consent" checked={form.consent} onChange={(_, data) => set('consent')(data.checked === true)} label="I certify that the information I have provided is true and complete, and I agree to the Evergrain Applicant Privacy Notice." />
          <Button type="submit" appearance="primary" id="eg-submit">Submit application</Button>
        </form>
        <pre id="model">{JSON.stringify(form)}</pre>
      </main>
      <footer style={{ padding: '16px 24px', background: '#eaeaea' }}>
        <Title3 as="h2">Join our talent community</Title3>
        <Field label="Email me new jobs at Evergrain"><Input id="talent-email" type="email" placeholder="you@example.com" /></Field>
        <Button id="talent-join">Sign up</Button>
      </footer>
    </>
  );
}

createRoot(document.getElementById('root')).render(<FluentProvider theme={webLightTheme}><Application /></FluentProvider>);
