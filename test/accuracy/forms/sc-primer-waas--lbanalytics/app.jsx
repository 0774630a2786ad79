/**
 * A YC "Work at a Startup"-style application for one company, built with GitHub's Primer React:
 * FormControl + TextInput (leading "$" and trailing "/ year" visuals on the salary), native Select
 * with OptGroups for the degree and sentence options for sponsorship, a SegmentedControl of year
 * buckets ("5–7"), ToggleSwitches (button aria-pressed with a clickable Yes/No status beside it) for the
 * authorization, remote and relocation questions, a RadioGroup for the start timing, a
 * CheckboxGroup "select all that apply" of roles, and a second SegmentedControl for company size to
 * leave alone. State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@primer/primitives/dist/css/primitives.css';
import '@primer/primitives/dist/css/functional/themes/light.css';
import {
  BaseStyles,
  Button,
  Checkbox,
  CheckboxGroup,
  FormControl,
  Radio,
  RadioGroup,
  SegmentedControl,
  Select,
  Text,
  Textarea,
  TextInput,
  ThemeProvider,
  ToggleSwitch,
} from '@primer/react';

const YEARS = ['0–1', '2–3', '4–6', '7–9', '10+'];
const SETUPS = ['Remote', 'Hybrid', 'In office'];
const STACK = ['dbt', 'Snowflake', 'Looker', 'Airflow'];
const STARTS = ['Immediately', 'Within a month', '1–3 months', '3+ months', 'Not sure yet'];

function App() {
  const [form, setForm] = useState({
    name: '',
    email: '',
    location: '',
    linkedin: '',
    github: '',
    currentCompany: '',
    years: null,
    authorized: false,
    bayArea: false,
    remoteOnly: false,
    sponsorship: '',
    degree: '',
    salary: '',
    start: '',
    stack: [],
    setup: null,
    proudOf: '',
    resume: null,
  });
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => (e) => set(key)(e.target.value);

  const toggle = (key, id, label) => (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, padding: '8px 0', borderBottom: '1px solid #eee' }}>
      <Text id={`${id}-label`} style={{ fontWeight: 600, fontSize: 14 }}>{label}</Text>
      <ToggleSwitch id={id} aria-labelledby={`${id}-label`} size="small" buttonLabelOn="Yes" buttonLabelOff="No" checked={form[key]} onChange={(on) => set(key)(on)} />
    </div>
  );

  return (
    <>
      <div style={{ fontSize: 13, color: '#666' }}>Tidewire · Ocean freight visibility · San Francisco, CA (hybrid)</div>
      <h1 style={{ margin: '2px 0 18px', fontSize: 24 }}>Senior Analytics Engineer</h1>
      <form
        id="waas-apply"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSent(true);
        }}
        style={{ display: 'flex', flexDirection: 'column', gap: 18 }}
      >
        <FormControl required id="waas-name">
          <FormControl.Label>Name</FormControl.Label>
          <TextInput name="name" block value={form.name} onChange={text('name')} />
        </FormControl>
        <FormControl required id="waas-email">
          <FormControl.Label>Email</FormControl.Label>
          <TextInput name="email" type="email" block value={form.email} onChange={text('email')} />
        </FormControl>
        <FormControl required id="waas-linkedin">
          <FormControl.Label>LinkedIn URL</FormControl.Label>
          <TextInput name="linkedin" block value={form.linkedin} onChange={text('linkedin')} />
        </FormControl>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <FormControl id="waas-location">
            <FormControl.Label>Current city</FormControl.Label>
            <TextInput name="location" block value={form.location} onChange={text('location')} />
          </FormControl>
          <FormControl id="waas-company">
            <FormControl.Label>Current company</FormControl.Label>
            <TextInput name="currentCompany" block value={form.currentCompany} onChange={text('currentCompany')} />
          </FormControl>
        </div>
        <FormControl id="waas-github">
          <FormControl.Label>GitHub</FormControl.Label>
          <TextInput name="github" block value={form.github} onChange={text('github')} />
          <FormControl.Caption>Optional</FormControl.Caption>
        </FormControl>

        <div>
          <Text id="waas-years-label" as="div" style={{ fontWeight: 600, fontSize: 14, marginBottom: 6 }}>Years of experience in data or analytics roles</Text>
          <SegmentedControl id="waas-years" aria-labelledby="waas-years-label" onChange={(index) => set('years')(YEARS[index])}>
            {YEARS.map((y) => (
              <SegmentedControl.Button key={y} selected={form.years === y}>{y}</SegmentedControl.Button>
            ))}
          </SegmentedControl>
        </div>

        <div>
          {toggle('authorized', 'waas-authorized', 'Are you legally authorized to work in the US?')}
          {toggle('bayArea', 'waas-bayarea', 'Do you currently live in the San Francisco Bay Area?')}
          {toggle('remoteOnly', 'waas-remote', 'Are you only looking for remote roles?')}
        </div>

        <RadioGroup name="sponsorship" required onChange={(value) => set('sponsorship')(value)}>
          <RadioGroup.Label>Visa sponsorship</RadioGroup.Label>
          {['I don’t need sponsorship, now or later', 'I need an H-1B transfer', 'I will need a new visa sponsored'].map((option) => (
            <FormControl key={option}>
              <Radio value={option} checked={form.sponsorship === option} />
              <FormControl.Label>{option}</FormControl.Label>
            </FormControl>
          ))}
        </RadioGroup>
        <FormControl id="waas-degree">
          <FormControl.Label>Highest level of education</FormControl.Label>
          <Select name="degree" block value={form.degree} onChange={text('degree')}>
            <Select.Option value="">Choose one</Select.Option>
            <Select.OptGroup label="Degree">
              <Select.Option value="bachelor">Bachelor (BS / BA)</Select.Option>
              <Select.Option value="master">Master (MS / MA / MBA)</Select.Option>
              <Select.Option value="phd">Doctorate</Select.Option>
            </Select.OptGroup>
            <Select.OptGroup label="No degree">
              <Select.Option value="bootcamp">Bootcamp</Select.Option>
              <Select.Option value="self">Self-taught</Select.Option>
            </Select.OptGroup>
          </Select>
        </FormControl>
        <FormControl id="waas-salary">
          <FormControl.Label>Salary expectation</FormControl.Label>
          <TextInput name="salary" leadingVisual="$" trailingVisual="/ year" value={form.salary} onChange={text('salary')} />
        </FormControl>
        <FormControl id="waas-start">
          <FormControl.Label>When could you start?</FormControl.Label>
          <Select name="start" block value={form.start} onChange={text('start')}>
            <Select.Option value="">Choose one</Select.Option>
            {STARTS.map((option) => (
              <Select.Option key={option} value={option}>{option}</Select.Option>
            ))}
          </Select>
        </FormControl>

        <CheckboxGroup>
          <CheckboxGroup.Label>Which parts of our stack have you used in production? (select all that apply)</CheckboxGroup.Label>
          {STACK.map((tool) => (
            <FormControl key={tool}>
              <Checkbox
                id={`waas-stack-${tool.toLowerCase()}`}
                value={tool}
                checked={form.stack.includes(tool)}
                onChange={(e) =>
                  setForm((f) => ({ ...f, stack: e.target.checked ? [...f.stack, tool] : f.stack.filter((r) => r !== tool) }))
                }
              />
              <FormControl.Label>{tool}</FormControl.Label>
            </FormControl>
          ))}
        </CheckboxGroup>

        <div>
          <Text id="waas-setup-label" as="div" style={{ fontWeight: 600, fontSize: 14, marginBottom: 6 }}>Preferred work setup</Text>
          <SegmentedControl id="waas-setup" aria-labelledby="waas-setup-label" onChange={(index) => set('setup')(SETUPS[index])}>
            {SETUPS.map((s) => (
              <SegmentedControl.Button key={s} selected={form.setup === s}>{s}</SegmentedControl.Button>
            ))}
          </SegmentedControl>
        </div>

        <FormControl id="waas-proud">
          <FormControl.Label>Tell us about a data model you are proud of</FormControl.Label>
          <Textarea name="proudOf" block rows={4} value={form.proudOf} onChange={text('proudOf')} />
        </FormControl>
        <FormControl required>
          <FormControl.Label htmlFor="waas-resume">Resume</FormControl.Label>
          <input type="file" id="waas-resume" name="resume" accept=".pdf" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
        </FormControl>
        <div>
          <Button type="submit" variant="primary" id="waas-submit">Apply to Tidewire</Button>
        </div>
        {sent && <div id="waas-done" role="status">Application sent to the Tidewire founders.</div>}
      </form>
      <pre id="model">{JSON.stringify(form, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <ThemeProvider>
    <BaseStyles>
      <App />
    </BaseStyles>
  </ThemeProvider>,
);
