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

const YEARS = ['0–2', '3–4', '5–7', '8–10', '11+'];
const SIZES = ['1–10', '11–50', '51–200', '200+'];
const ROLES = ['Data engineering', 'Analytics engineering', 'Machine learning', 'Backend'];

function App() {
  const [form, setForm] = useState({
    name: '',
    email: '',
    location: '',
    github: '',
    website: '',
    years: null,
    authorized: false,
    remoteOnly: false,
    relocate: false,
    sponsorship: '',
    degree: '',
    salary: '',
    start: '',
    roles: [],
    companySize: null,
    why: '',
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
      <div style={{ fontSize: 13, color: '#666' }}>Tidewire · Ocean freight visibility · San Francisco, CA / Remote (US)</div>
      <h1 style={{ margin: '2px 0 18px', fontSize: 24 }}>Founding Data Engineer</h1>
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
        <FormControl id="waas-location">
          <FormControl.Label>Where are you based?</FormControl.Label>
          <TextInput name="location" block value={form.location} onChange={text('location')} />
        </FormControl>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <FormControl id="waas-github">
            <FormControl.Label>GitHub</FormControl.Label>
            <TextInput name="github" block value={form.github} onChange={text('github')} />
          </FormControl>
          <FormControl id="waas-website">
            <FormControl.Label>Personal website</FormControl.Label>
            <TextInput name="website" block value={form.website} onChange={text('website')} />
          </FormControl>
        </div>

        <div>
          <Text id="waas-years-label" as="div" style={{ fontWeight: 600, fontSize: 14, marginBottom: 6 }}>Years of full-time engineering experience</Text>
          <SegmentedControl id="waas-years" aria-labelledby="waas-years-label" onChange={(index) => set('years')(YEARS[index])}>
            {YEARS.map((y) => (
              <SegmentedControl.Button key={y} selected={form.years === y}>{y}</SegmentedControl.Button>
            ))}
          </SegmentedControl>
        </div>

        <div>
          {toggle('authorized', 'waas-authorized', 'Are you authorized to work in the US?')}
          {toggle('remoteOnly', 'waas-remote', 'Are you only looking for remote roles?')}
          {toggle('relocate', 'waas-relocate', 'Would you relocate to San Francisco?')}
        </div>

        <FormControl required id="waas-sponsorship">
          <FormControl.Label>Visa sponsorship</FormControl.Label>
          <Select name="sponsorship" block value={form.sponsorship} onChange={text('sponsorship')}>
            <Select.Option value="">Choose one</Select.Option>
            <Select.Option value="none">I don’t need sponsorship, now or later</Select.Option>
            <Select.Option value="transfer">I need an H-1B transfer</Select.Option>
            <Select.Option value="new">I will need a new visa sponsored</Select.Option>
          </Select>
        </FormControl>
        <FormControl id="waas-degree">
          <FormControl.Label>Highest degree</FormControl.Label>
          <Select name="degree" block value={form.degree} onChange={text('degree')}>
            <Select.Option value="">Choose one</Select.Option>
            <Select.OptGroup label="Undergraduate">
              <Select.Option value="assoc">Associate (AA / AS)</Select.Option>
              <Select.Option value="bachelor">Bachelor's (BA / BS)</Select.Option>
            </Select.OptGroup>
            <Select.OptGroup label="Graduate">
              <Select.Option value="master">Master's (MA / MS / MBA)</Select.Option>
              <Select.Option value="phd">PhD</Select.Option>
            </Select.OptGroup>
            <Select.OptGroup label="Other">
              <Select.Option value="none">No degree / bootcamp / self-taught</Select.Option>
            </Select.OptGroup>
          </Select>
          <FormControl.Caption>Tell us the one that best fits</FormControl.Caption>
        </FormControl>
        <FormControl id="waas-salary">
          <FormControl.Label>Salary expectation</FormControl.Label>
          <TextInput name="salary" leadingVisual="$" trailingVisual="/ year" value={form.salary} onChange={text('salary')} />
        </FormControl>

        <RadioGroup name="start" onChange={(value) => set('start')(value)}>
          <RadioGroup.Label>When could you start?</RadioGroup.Label>
          {['Right away', 'In 2–4 weeks', 'In 1–2 months', 'In 3+ months', 'Just exploring'].map((option) => (
            <FormControl key={option}>
              <Radio value={option} checked={form.start === option} />
              <FormControl.Label>{option}</FormControl.Label>
            </FormControl>
          ))}
        </RadioGroup>

        <CheckboxGroup>
          <CheckboxGroup.Label>Which roles would you consider? (select all that apply)</CheckboxGroup.Label>
          {ROLES.map((role) => (
            <FormControl key={role}>
              <Checkbox
                id={`waas-role-${role.split(' ')[0].toLowerCase()}`}
                value={role}
                checked={form.roles.includes(role)}
                onChange={(e) =>
                  setForm((f) => ({ ...f, roles: e.target.checked ? [...f.roles, role] : f.roles.filter((r) => r !== role) }))
                }
              />
              <FormControl.Label>{role}</FormControl.Label>
            </FormControl>
          ))}
        </CheckboxGroup>

        <div>
          <Text id="waas-size-label" as="div" style={{ fontWeight: 600, fontSize: 14, marginBottom: 6 }}>Preferred company size</Text>
          <SegmentedControl id="waas-size" aria-labelledby="waas-size-label" onChange={(index) => set('companySize')(SIZES[index])}>
            {SIZES.map((s) => (
              <SegmentedControl.Button key={s} selected={form.companySize === s}>{s}</SegmentedControl.Button>
            ))}
          </SegmentedControl>
        </div>

        <FormControl id="waas-why">
          <FormControl.Label>Why Tidewire?</FormControl.Label>
          <Textarea name="why" block rows={4} value={form.why} onChange={text('why')} />
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
