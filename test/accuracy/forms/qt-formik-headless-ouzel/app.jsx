/**
 * Ouzel Robotics' careers page: a Formik form styled like Tailwind UI with Headless UI v2
 * controls. Combobox for the country (every option "Name (ISO)"), a Combobox with `multiple`
 * for skills, a Listbox for the degree, a Listbox with `multiple` for the offices a person would
 * consider, a Headless RadioGroup of yes/no cards for authorization and sponsorship, a Switch for
 * relocation, a phone input whose leading add-on is a native dial-code <select>, a salary input
 * with "$" before it and a native period <select> in its trailing add-on, a sr-only file input
 * inside a dashed drop area, and a footer newsletter form. Formik's values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Formik, Form, Field as FormikField } from 'formik';
import {
  Combobox, ComboboxButton, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Input, Label, Listbox, ListboxButton,
  ListboxOption, ListboxOptions, Radio, RadioGroup, Switch, Textarea,
} from '@headlessui/react';

const COUNTRIES = [
  ['Australia', 'AU'], ['Austria', 'AT'], ['Belgium', 'BE'], ['Brazil', 'BR'], ['Canada', 'CA'], ['Denmark', 'DK'], ['Finland', 'FI'], ['France', 'FR'],
  ['Germany', 'DE'], ['India', 'IN'], ['Ireland', 'IE'], ['Japan', 'JP'], ['Mexico', 'MX'], ['Netherlands', 'NL'], ['Norway', 'NO'], ['Poland', 'PL'],
  ['Singapore', 'SG'], ['Spain', 'ES'], ['Sweden', 'SE'], ['Switzerland', 'CH'], ['United Kingdom', 'GB'], ['United States', 'US'],
  ['United States Virgin Islands', 'VI'], ['Uruguay', 'UY'],
].map(([name, code]) => ({ name, code, label: `${name} (${code})` }));
const DIAL = [['US', '+1'], ['CA', '+1'], ['GB', '+44'], ['DE', '+49'], ['FR', '+33'], ['IN', '+91'], ['JP', '+81'], ['AU', '+61']];
const SKILLS = ['Airflow', 'C++', 'dbt', 'Docker', 'Go', 'Kafka', 'Kubernetes', 'PostgreSQL', 'Python', 'ROS 2', 'Rust', 'Spark', 'SQL', 'Terraform'];
const DEGREES = ['No degree', 'Associate', 'B.S. / B.A.', 'M.S. / M.A.', 'Ph.D.'];
const OFFICES = ['Pittsburgh, PA', 'San Francisco, CA', 'Boston, MA', 'Remote (US)'];
const YEARS = ['0–2', '3–5', '6–9', '10+'];

function Choice({ name, value, onChange, id, label, options }) {
  return (
    <Field className="field" data-q={id}>
      <Label className="label" id={`${id}-label`}>{label}</Label>
      <RadioGroup id={id} value={value} onChange={onChange} className="cards" aria-labelledby={`${id}-label`} name={name}>
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="card">
            <span className="card-title">{option.title}</span>
            {option.detail ? <span className="card-detail">{option.detail}</span> : null}
          </Radio>
        ))}
      </RadioGroup>
    </Field>
  );
}

function CountryCombobox({ value, onChange }) {
  const [query, setQuery] = useState('');
  const filtered = query === '' ? COUNTRIES : COUNTRIES.filter((c) => c.label.toLowerCase().includes(query.toLowerCase()));
  return (
    <Field className="field">
      <Label className="label">Country you live in</Label>
      <Combobox value={value} onChange={onChange} onClose={() => setQuery('')} by="code">
        <div className="combo">
          <ComboboxInput id="ou-country" className="input" displayValue={(c) => (c ? c.label : '')} onChange={(event) => setQuery(event.target.value)} placeholder="Start typing…" />
          <ComboboxButton className="combo-button" aria-label="Show countries">▾</ComboboxButton>
        </div>
        <ComboboxOptions anchor="bottom start" className="options">
          {filtered.map((c) => <ComboboxOption key={c.code} value={c} className="option">{c.label}</ComboboxOption>)}
        </ComboboxOptions>
      </Combobox>
    </Field>
  );
}

function SkillsCombobox({ value, onChange }) {
  const [query, setQuery] = useState('');
  const filtered = query === '' ? SKILLS : SKILLS.filter((s) => s.toLowerCase().includes(query.toLowerCase()));
  return (
    <Field className="field">
      <Label className="label">Skills</Label>
      <Description className="hint">Pick up to five.</Description>
      <Combobox multiple value={value} onChange={onChange} onClose={() => setQuery('')}>
        {value.length > 0 ? <ul className="chips">{value.map((s) => <li key={s}>{s}</li>)}</ul> : null}
        <ComboboxInput id="ou-skills" className="input" onChange={(event) => setQuery(event.target.value)} placeholder="Search skills" />
        <ComboboxOptions anchor="bottom start" className="options">
          {filtered.map((s) => <ComboboxOption key={s} value={s} className="option">{s}</ComboboxOption>)}
        </ComboboxOptions>
      </Combobox>
    </Field>
  );
}

function SingleListbox({ id, label, value, onChange, options, placeholder = 'Select…' }) {
  return (
    <Field className="field">
      <Label className="label">{label}</Label>
      <Listbox value={value} onChange={onChange}>
        <ListboxButton id={id} className="input listbox-button">{value || placeholder}</ListboxButton>
        <ListboxOptions anchor="bottom start" className="options">
          {options.map((o) => <ListboxOption key={o} value={o} className="option">{o}</ListboxOption>)}
        </ListboxOptions>
      </Listbox>
    </Field>
  );
}

function Application() {
  const [done, setDone] = useState(false);
  if (done) return <p id="done" className="done">Application sent. We reply to everyone within two weeks.</p>;
  return (
    <Formik
      initialValues={{
        firstName: '', lastName: '', email: '', dialCode: 'US', phone: '', country: null, city: '', linkedin: '', github: '',
        employer: '', title: '', years: '', degree: '', skills: [], offices: [], authorized: '', sponsorship: '', relocate: false,
        salary: '', salaryPeriod: 'hour', resume: '', whyOuzel: '', source: '',
      }}
      onSubmit={() => setDone(true)}
    >
      {({ values, setFieldValue }) => (
        <Form noValidate>
          <h1>Senior Data Engineer, Fleet Telemetry</h1>
          <p className="meta">Ouzel Robotics · Pittsburgh, San Francisco or Remote (US) · Full-time</p>
          <p>Our delivery robots stream 2 TB of telemetry a day. Help us turn it into something our autonomy and ops teams can trust.</p>

          <h2>About you</h2>
          <div className="grid2">
            <Field className="field"><Label className="label">First name</Label><FormikField as={Input} id="ou-firstName" name="firstName" className="input" autoComplete="given-name" /></Field>
            <Field className="field"><Label className="label">Last name</Label><FormikField as={Input} id="ou-lastName" name="lastName" className="input" autoComplete="family-name" /></Field>
          </div>
          <Field className="field"><Label className="label">Email</Label><FormikField as={Input} id="ou-email" name="email" type="email" className="input" /></Field>
          <Field className="field">
            <Label className="label">Phone number</Label>
            <div className="addon-row">
              <FormikField as="select" id="ou-dialCode" name="dialCode" aria-label="Country" className="addon-select">
                {DIAL.map(([code, dial]) => <option key={code} value={code}>{code} {dial}</option>)}
              </FormikField>
              <FormikField as={Input} id="ou-phone" name="phone" type="tel" className="input addon-input" />
            </div>
          </Field>
          <CountryCombobox value={values.country} onChange={(c) => setFieldValue('country', c)} />
          <Field className="field"><Label className="label">City</Label><FormikField as={Input} id="ou-city" name="city" className="input" /></Field>
          <div className="grid2">
            <Field className="field"><Label className="label">LinkedIn</Label><FormikField as={Input} id="ou-linkedin" name="linkedin" className="input" placeholder="linkedin.com/in/you" /></Field>
            <Field className="field"><Label className="label">GitHub</Label><FormikField as={Input} id="ou-github" name="github" className="input" placeholder="github.com/you" /></Field>
          </div>

          <h2>Experience</h2>
          <div className="grid2">
            <Field className="field"><Label className="label">Current employer</Label><FormikField as={Input} id="ou-employer" name="employer" className="input" /></Field>
            <Field className="field"><Label className="label">Current title</Label><FormikField as={Input} id="ou-title" name="title" className="input" /></Field>
          </div>
          <SingleListbox id="ou-years" label="Years of professional experience" value={values.years} onChange={(v) => setFieldValue('years', v)} options={YEARS} />
          <SingleListbox id="ou-degree" label="Highest degree" value={values.degree} onChange={(v) => setFieldValue('degree', v)} options={DEGREES} />
          <SkillsCombobox value={values.skills} onChange={(v) => setFieldValue('skills', v)} />
          <Field className="field">
            <Label className="label">Which offices would you consider?</Label>
            <Listbox multiple value={values.offices} onChange={(v) => setFieldValue('offices', v)}>
              <ListboxButton id="ou-offices" className="input listbox-button">{values.offices.length ? values.offices.join(', ') : 'Select all that apply'}</ListboxButton>
              <ListboxOptions anchor="bottom start" className="options">
                {OFFICES.map((o) => <ListboxOption key={o} value={o} className="option">{o}</ListboxOption>)}
              </ListboxOptions>
            </Listbox>
          </Field>

          <h2>Logistics</h2>
          <Choice id="ou-authorized" name="authorized" label="Can you legally work in the US without restrictions?" value={values.authorized} onChange={(v) => setFieldValue('authorized', v)}
            options={[{ value: 'yes', title: 'Yes', detail: 'I can start working for any US employer' }, { value: 'no', title: 'No', detail: 'My work permission has restrictions' }]} />
          <Choice id="ou-sponsorship" name="sponsorship" label="Will you need us to sponsor a visa, now or later?" value={values.sponsorship} onChange={(v) => setFieldValue('sponsorship', v)}
            options={[{ value: 'yes', title: 'Yes', detail: 'Now, or when my current status ends' }, { value: 'no', title: 'No', detail: 'I will never need sponsorship' }]} />
          <Field className="field switch-field">
            <Switch id="ou-relocate" checked={values.relocate} onChange={(v) => setFieldValue('relocate', v)} className="switch"><span className="knob" /></Switch>
            <Label className="label-inline">I'd relocate to Pittsburgh</Label>
          </Field>
          <Field className="field">
            <Label className="label">Expected pay</Label>
            <div className="addon-row">
              <span className="addon">$</span>
              <FormikField as={Input} id="ou-salary" name="salary" className="input addon-input" inputMode="numeric" placeholder="0" />
              <FormikField as="select" id="ou-salaryPeriod" name="salaryPeriod" aria-label="Pay period" className="addon-select trailing">
                <option value="hour">/ hour</option>
                <option value="year">/ year</option>
              </FormikField>
            </div>
          </Field>

          <h2>Resume</h2>
          <Field className="field dropzone">
            <Label className="label-inline upload-link">Upload a file<Input id="ou-resume" type="file" className="sr-only" accept=".pdf,.doc,.docx"
              onChange={(event) => setFieldValue('resume', event.target.files[0] ? event.target.files[0].name : '')} /></Label>
            <span> or drag and drop</span>
            <p className="hint">{values.resume || 'PDF, DOC up to 10MB'}</p>
          </Field>
          <Field className="field"><Label className="label">Why Ouzel?</Label><FormikField as={Textarea} id="ou-whyOuzel" name="whyOuzel" className="input" rows={4} /></Field>
          <SingleListbox id="ou-source" label="Where did you hear about us?" value={values.source} onChange={(v) => setFieldValue('source', v)} options={['LinkedIn', 'Hacker News', 'A friend', 'Robotics conference', 'Other']} />
          <button type="submit" id="ou-submit" className="primary">Send application</button>
          <pre id="model">{JSON.stringify({ ...values, country: values.country ? values.country.code : null })}</pre>
        </Form>
      )}
    </Formik>
  );
}

function Footer() {
  return (
    <footer className="footer">
      <form onSubmit={(event) => event.preventDefault()} className="newsletter">
        <label htmlFor="ou-newsletter">Get the Ouzel engineering newsletter</label>
        <input id="ou-newsletter" type="email" placeholder="you@example.com" />
        <button type="submit">Subscribe</button>
      </form>
    </footer>
  );
}

createRoot(document.getElementById('root')).render(<><main className="page"><Application /></main><Footer /></>);
