/**
 * A HiringThing-style application in React + Semantic UI React 3 (Semantic UI 2.5 CSS) and
 * react-international-phone. The site's Field helper renders a `.field` with a bare <label>
 * (no `for`), as many Semantic forms do. React state is rendered into <pre id="model">.
 */
import 'semantic-ui-css/components/reset.min.css';
import 'semantic-ui-css/components/form.min.css';
import 'semantic-ui-css/components/input.min.css';
import 'semantic-ui-css/components/label.min.css';
import 'semantic-ui-css/components/button.min.css';
import 'semantic-ui-css/components/dropdown.min.css';
import 'semantic-ui-css/components/transition.min.css';
import 'semantic-ui-css/components/checkbox.min.css';
import 'semantic-ui-css/components/flag.min.css';
import 'semantic-ui-css/components/header.min.css';
import 'semantic-ui-css/components/message.min.css';
import 'react-international-phone/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, Dropdown, Form, Header, Input, Label, Message, TextArea } from 'semantic-ui-react';
import { PhoneInput } from 'react-international-phone';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries
  .map((country) => ({ key: country.cca2, value: country.cca2.toLowerCase(), flag: country.cca2.toLowerCase(), text: country.name.common }))
  .sort((a, b) => a.text.localeCompare(b.text));
const STATES = ['Alabama', 'Arizona', 'California', 'Colorado', 'Idaho', 'Kansas', 'Montana', 'Nebraska', 'Oregon', 'Texas', 'Utah', 'Washington', 'Wyoming'].map((name) => ({ key: name, value: name.slice(0, 2).toUpperCase() === 'CA' ? 'CA' : name, text: name }));
const options = (list) => list.map((text) => ({ key: text, value: text, text }));
const SKILLS = options(['Airflow', 'BigQuery', 'dbt', 'Kafka', 'Looker', 'Python', 'Snowflake', 'Spark', 'SQL']);

const EMPTY = { firstName: '', lastName: '', email: '', phone: '', country: '', state: '', city: '', website: '', linkedin: '', years: '', degree: '', authorized: '', sponsorship: '', salary: '', startDate: '', pronouns: '', skills: [], resume: null, coverLetter: '', why: '', gender: '', veteran: '', consent: false, sms: false };

/** The site's field: a Semantic `.field` with its label above the control (not tied to it). */
function Field({ label, required, name, children }) {
  return <Form.Field required={required} className={`ht-${name}`}><label>{label}</label>{children}</Form.Field>;
}

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState(false);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const onInput = (key) => (event) => set(key)(event.target.value);
  const onPick = (key) => (event, data) => set(key)(data.value);
  const radios = (key, choices) => choices.map(([label, value]) => (
    <Form.Field key={value}><Checkbox radio type="radio" id={`ht-${key}-${value}`} name={`ht_${key}`} label={label} value={value} checked={form[key] === value} onChange={(event, data) => set(key)(data.value)} /></Form.Field>
  ));
  const submit = () => {
    const ok = form.firstName && form.lastName && form.email && form.resume && form.authorized && form.sponsorship && form.consent;
    setError(!ok);
    if (ok) setSent(true);
  };
  if (sent) return <Message positive id="ht-done" header="Application sent" content="Thanks! The Tallgrass team will review your application." />;
  return (
    <Form onSubmit={submit} error={error} noValidate>
      <Header as="h1">{posting.title}</Header>
      <p>{posting.where}</p>
      <Form.Group widths="equal">
        <Field label="First name" name="first" required><Input value={form.firstName} onChange={onInput('firstName')} /></Field>
        <Field label="Last name" name="last" required><Input value={form.lastName} onChange={onInput('lastName')} /></Field>
      </Form.Group>
      <Field label="Email" name="email" required><Input type="email" value={form.email} onChange={onInput('email')} /></Field>
      <Field label="Phone" name="phone"><PhoneInput defaultCountry="us" value={form.phone} onChange={set('phone')} inputProps={{ name: 'phone' }} /></Field>
      <Form.Group widths="equal">
        <Field label="City" name="city"><Input value={form.city} onChange={onInput('city')} /></Field>
        <Field label="State" name="state"><Dropdown search selection placeholder="State" options={STATES} value={form.state} onChange={onPick('state')} /></Field>
      </Form.Group>
      <Field label="Country" name="country"><Dropdown search selection placeholder="Select Country" options={COUNTRIES} value={form.country} onChange={onPick('country')} /></Field>

      <Header as="h3" dividing className="ht-section">Experience</Header>
      <Field label={posting.yearsLabel} name="years"><Dropdown selection placeholder="Select" options={options(posting.years)} value={form.years} onChange={onPick('years')} /></Field>
      <Field label="Highest level of education" name="degree"><Dropdown selection placeholder="Select" options={options(posting.degrees)} value={form.degree} onChange={onPick('degree')} /></Field>
      <Field label="Skills" name="skills"><Dropdown multiple search selection placeholder="Add skills" options={SKILLS} value={form.skills} onChange={onPick('skills')} /></Field>
      <Field label="Personal website" name="website"><Input label="https://" placeholder="yoursite.com" value={form.website} onChange={onInput('website')} /></Field>
      <Field label="LinkedIn" name="linkedin"><Input placeholder="linkedin.com/in/yourname" value={form.linkedin} onChange={onInput('linkedin')} /></Field>
      <Field label="Resume" name="resume" required>
        <div>
          <Button as="label" htmlFor="ht-resume-file" type="button" basic content={form.resume ? 'Replace file' : 'Upload resume'} />
          <input type="file" id="ht-resume-file" hidden accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} />
          <span className="ht-file-name"> {form.resume ?? 'No file selected'}</span>
        </div>
      </Field>
      <Field label="Cover letter" name="cover"><TextArea rows={5} value={form.coverLetter} onChange={onInput('coverLetter')} /></Field>

      <Header as="h3" dividing className="ht-section">Questions</Header>
      <Form.Group grouped className="ht-authorized"><label>{posting.authorizedLabel}</label>{radios('authorized', [['Yes', 'yes'], ['No', 'no']])}</Form.Group>
      <Form.Group grouped className="ht-sponsorship"><label>{posting.sponsorshipLabel}</label>{radios('sponsorship', posting.sponsorship)}</Form.Group>
      <Form.Group widths="equal">
        <Field label={posting.salaryLabel} name="salary"><Input labelPosition="right" type="text" placeholder="Amount"><Label basic>$</Label><input value={form.salary} onChange={onInput('salary')} /><Label>per year</Label></Input></Field>
        <Field label="Available start date" name="start"><Input type="date" value={form.startDate} onChange={onInput('startDate')} /></Field>
      </Form.Group>
      <Field label={posting.whyLabel} name="why"><TextArea rows={3} value={form.why} onChange={onInput('why')} /></Field>
      <Field label="Pronouns" name="pronouns"><Dropdown selection clearable placeholder="Select" options={options(['he / him', 'she / her', 'they / them', 'ze / zir', 'other'])} value={form.pronouns} onChange={onPick('pronouns')} /></Field>

      <Header as="h3" dividing className="ht-section">Voluntary self-identification</Header>
      <Form.Group widths="equal">
        <Field label="Gender" name="gender"><Dropdown selection placeholder="Select" options={options(['Female', 'Male', 'Non-binary', 'I decline to self-identify'])} value={form.gender} onChange={onPick('gender')} /></Field>
        <Field label="Veteran status" name="veteran"><Dropdown selection placeholder="Select" options={options(['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify'])} value={form.veteran} onChange={onPick('veteran')} /></Field>
      </Form.Group>
      <Form.Field><Checkbox toggle id="ht-sms" label="Text me updates about my application" checked={form.sms} onChange={(event, data) => set('sms')(data.checked)} /></Form.Field>
      <Form.Field required><Checkbox id="ht-consent" label="I agree to the Tallgrass Outfitters applicant privacy notice" checked={form.consent} onChange={(event, data) => set('consent')(data.checked)} /></Form.Field>
      <Message error content="Please fill in the required fields." />
      <Button primary type="submit" id="ht-submit">Submit Application</Button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
