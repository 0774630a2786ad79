import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  SaltProvider, StackLayout, FlowLayout, FormField, FormFieldLabel, FormFieldHelperText, Input, MultilineInput,
  ComboBox, Dropdown, Option, RadioButtonGroup, RadioButton, ToggleButtonGroup, ToggleButton, NumberInput,
  Checkbox, Switch, Button, FileDropZone, FileDropZoneIcon, Text, H1, H2, Link, Divider,
} from '@salt-ds/core';
import '@salt-ds/theme/index.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const DIAL = countries
  .filter((c) => c.idd.root)
  .map((c) => `${c.name.common} (${c.idd.root}${c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : ''})`)
  .sort((a, b) => a.localeCompare(b));
const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
  'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana',
  'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const YEARS = ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'];
const SOURCES = ['Harbourline careers site', 'LinkedIn', 'Employee referral', 'Recruiter', 'University event', 'Other'];

/** A Salt ComboBox that filters its options as you type (single or multi select). */
function SearchCombo({ name, options, selected, onSelected, multiselect = false, placeholder }) {
  const [value, setValue] = useState(multiselect ? '' : selected[0] ?? '');
  const shown = options.filter((o) => o.toLowerCase().includes(value.trim().toLowerCase()));
  return (
    <ComboBox
      multiselect={multiselect}
      truncate={multiselect}
      placeholder={placeholder}
      value={value}
      selected={selected}
      inputProps={{ name, autoComplete: 'off' }}
      onChange={(event) => setValue(event.target.value)}
      onSelectionChange={(_event, next) => {
        onSelected(next);
        setValue(multiselect ? '' : next[0] ?? '');
      }}
    >
      {shown.map((o) => <Option value={o} key={o} />)}
    </ComboBox>
  );
}

function Field({ label, helper, children, necessity }) {
  return (
    <FormField necessity={necessity}>
      <FormFieldLabel>{label}</FormFieldLabel>
      {children}
      {helper ? <FormFieldHelperText>{helper}</FormFieldHelperText> : null}
    </FormField>
  );
}

function Application({ job }) {
  const fileRef = useRef(null);
  const [search, setSearch] = useState('');
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phoneCountry: ['United Kingdom (+44)'], phone: '',
    country: [], state: [], city: '', linkedin: '', employer: '', jobTitle: '', years: [],
    authorized: '', sponsorship: '', salary: '', startDate: '', skills: [], resume: '', coverLetter: '',
    source: [], ...Object.fromEntries(job.questions.map((q) => [q.key, q.initial])),
    alerts: false, consent: false,
  });
  const [newsletter, setNewsletter] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => (event) => set(key)(event.target.value);

  const renderQuestion = (q) => {
    if (q.type === 'toggle')
      return (
        <Field key={q.key} label={q.label} necessity="required">
          <ToggleButtonGroup id={q.key} value={form[q.key]} onChange={(e) => set(q.key)(e.currentTarget.value)}>
            {q.options.map((o) => <ToggleButton key={o} value={o}>{o}</ToggleButton>)}
          </ToggleButtonGroup>
        </Field>
      );
    if (q.type === 'radio')
      return (
        <Field key={q.key} label={q.label} necessity="required">
          <RadioButtonGroup name={q.key} direction="horizontal" value={form[q.key]} onChange={(e) => set(q.key)(e.target.value)}>
            {q.options.map((o) => <RadioButton key={o} label={o} value={o} />)}
          </RadioButtonGroup>
        </Field>
      );
    if (q.type === 'dropdown')
      return (
        <Field key={q.key} label={q.label} necessity="required">
          <Dropdown id={q.key} placeholder="Select an option" selected={form[q.key]} onSelectionChange={(_e, s) => set(q.key)(s)}>
            {q.options.map((o) => <Option value={o} key={o} />)}
          </Dropdown>
        </Field>
      );
    return (
      <Field key={q.key} label={q.label} helper={q.helper}>
        <MultilineInput textAreaProps={{ name: q.key }} value={form[q.key]} onChange={text(q.key)} />
      </Field>
    );
  };

  return (
    <SaltProvider density="medium" mode="light">
      <header style={{ background: '#fff', borderBottom: '1px solid #dde', padding: '10px 32px' }}>
        <FlowLayout justify="space-between" align="center">
          <Text styleAs="h3"><strong>Harbourline</strong> Careers</Text>
          <FlowLayout gap={1} align="center">
            <Input
              placeholder="Search jobs by keyword or location"
              inputProps={{ name: 'q', 'aria-label': 'Search jobs', type: 'search' }}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              style={{ width: 280 }}
            />
            <Button appearance="bordered">Search</Button>
            <Link href="#signin">Candidate sign in</Link>
          </FlowLayout>
        </FlowLayout>
      </header>
      <main style={{ maxWidth: 760, margin: '24px auto', background: '#fff', padding: '24px 40px', border: '1px solid #dde' }}>
        <Text color="secondary">{job.req} · {job.location}</Text>
        <H1>{job.title}</H1>
        <Text>Apply in about ten minutes. Fields marked with * are required.</Text>
        {sent ? (
          <div id="application-sent"><H2>Thank you, your application has been received.</H2></div>
        ) : (
          <form id="hl-apply" noValidate onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
            <StackLayout gap={3}>
              <H2>About you</H2>
              <FlowLayout gap={2}>
                <Field label="First name" necessity="required">
                  <Input inputProps={{ name: 'firstName', autoComplete: 'given-name' }} value={form.firstName} onChange={text('firstName')} />
                </Field>
                <Field label="Last name" necessity="required">
                  <Input inputProps={{ name: 'lastName', autoComplete: 'family-name' }} value={form.lastName} onChange={text('lastName')} />
                </Field>
              </FlowLayout>
              <Field label="Email address" necessity="required">
                <Input inputProps={{ name: 'email', type: 'email' }} value={form.email} onChange={text('email')} />
              </Field>
              <FlowLayout gap={2}>
                <Field label="Country code" necessity="required">
                  <Dropdown id="phoneCountry" selected={form.phoneCountry} onSelectionChange={(_e, s) => set('phoneCountry')(s)} style={{ width: 240 }}>
                    {DIAL.map((o) => <Option value={o} key={o} />)}
                  </Dropdown>
                </Field>
                <Field label="Phone number" necessity="required" helper="Without the country code">
                  <Input inputProps={{ name: 'phone', type: 'tel' }} value={form.phone} onChange={text('phone')} />
                </Field>
              </FlowLayout>
              <Field label="Country / Region of residence" necessity="required">
                <SearchCombo name="country" placeholder="Start typing a country" options={COUNTRIES} selected={form.country} onSelected={set('country')} />
              </Field>
              <FlowLayout gap={2}>
                <Field label="State" helper="US applicants only">
                  <SearchCombo name="state" options={US_STATES} selected={form.state} onSelected={set('state')} />
                </Field>
                <Field label="City" necessity="required">
                  <Input inputProps={{ name: 'city' }} value={form.city} onChange={text('city')} />
                </Field>
              </FlowLayout>
              <Field label="LinkedIn profile">
                <Input
                  startAdornment={<Text>https://</Text>}
                  inputProps={{ name: 'linkedin' }}
                  value={form.linkedin}
                  onChange={text('linkedin')}
                />
              </Field>
              <Divider />
              <H2>Experience</H2>
              <FlowLayout gap={2}>
                <Field label="Current or most recent employer">
                  <Input inputProps={{ name: 'employer' }} value={form.employer} onChange={text('employer')} />
                </Field>
                <Field label="Current job title">
                  <Input inputProps={{ name: 'jobTitle' }} value={form.jobTitle} onChange={text('jobTitle')} />
                </Field>
              </FlowLayout>
              <Field label="Total years of relevant experience" necessity="required">
                <Dropdown id="years" placeholder="Select a range" selected={form.years} onSelectionChange={(_e, s) => set('years')(s)}>
                  {YEARS.map((o) => <Option value={o} key={o} />)}
                </Dropdown>
              </Field>
              <Field label="Skills" helper="Select all that apply">
                <SearchCombo name="skills" multiselect options={job.skills} selected={form.skills} onSelected={set('skills')} />
              </Field>
              <Field label="Resume / CV" necessity="required" helper="PDF or Word, up to 5 MB">
                <FileDropZone id="resume-drop" onDrop={(_e, files) => set('resume')(files[0]?.name ?? '')}>
                  <FileDropZoneIcon />
                  <strong>{form.resume || 'Drop file here or'}</strong>
                  <input ref={fileRef} type="file" name="resume" accept=".pdf,.doc,.docx" hidden onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
                  <Button appearance="solid" onClick={() => fileRef.current?.click()}>Browse files</Button>
                </FileDropZone>
              </Field>
              <Field label="Cover letter" helper="Optional. Tell us why this role interests you.">
                <MultilineInput textAreaProps={{ name: 'coverLetter' }} value={form.coverLetter} onChange={text('coverLetter')} />
              </Field>
              <Divider />
              <H2>Eligibility</H2>
              <Field label={`Are you legally authorized to work in ${job.country}?`} necessity="required">
                <RadioButtonGroup name="authorized" direction="horizontal" value={form.authorized} onChange={(e) => set('authorized')(e.target.value)}>
                  <RadioButton label="Yes" value="yes" />
                  <RadioButton label="No" value="no" />
                </RadioButtonGroup>
              </Field>
              <Field label="Will you now or in the future require sponsorship for employment visa status?" necessity="required">
                <ToggleButtonGroup id="sponsorship" value={form.sponsorship} onChange={(e) => set('sponsorship')(e.currentTarget.value)}>
                  <ToggleButton value="yes">Yes</ToggleButton>
                  <ToggleButton value="no">No</ToggleButton>
                </ToggleButtonGroup>
              </Field>
              <Field label="Base salary expectation (USD, annual)">
                <NumberInput inputProps={{ name: 'salary' }} min={0} step={5000} value={form.salary} onChange={(_e, v) => set('salary')(String(v))} />
              </Field>
              <Field label="Earliest start date" helper="DD MMM YYYY, for example 03 Mar 2027">
                <Input inputProps={{ name: 'startDate' }} placeholder="DD MMM YYYY" value={form.startDate} onChange={text('startDate')} />
              </Field>
              {job.questions.map(renderQuestion)}
              <Field label="How did you hear about this role?">
                <Dropdown id="source" placeholder="Select an option" selected={form.source} onSelectionChange={(_e, s) => set('source')(s)}>
                  {SOURCES.map((o) => <Option value={o} key={o} />)}
                </Dropdown>
              </Field>
              <Switch name="alerts" label="Email me about similar roles at Harbourline" checked={form.alerts} onChange={(e) => set('alerts')(e.target.checked)} />
              <Checkbox
                name="consent"
                label="I have read the Harbourline Candidate Privacy Notice and consent to the processing of my data for recruitment."
                checked={form.consent}
                onChange={(e) => set('consent')(e.target.checked)}
              />
              <FlowLayout><Button type="submit" sentiment="accented" className="hl-submit">Submit application</Button></FlowLayout>
            </StackLayout>
          </form>
        )}
      </main>
      <footer style={{ maxWidth: 760, margin: '0 auto 24px', padding: '16px 40px', background: '#fff', border: '1px solid #dde' }}>
        <Field label="Join our talent newsletter">
          <Input inputProps={{ name: 'newsletter_email', type: 'email' }} placeholder="you@example.com" value={newsletter} onChange={(e) => setNewsletter(e.target.value)} />
        </Field>
      </footer>
      <pre id="model">{JSON.stringify({ ...form, search, newsletter })}</pre>
    </SaltProvider>
  );
}

export function renderApplication(job) {
  createRoot(document.getElementById('root')).render(<Application job={job} />);
}
