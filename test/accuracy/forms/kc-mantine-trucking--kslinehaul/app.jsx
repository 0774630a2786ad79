/*
 * Redmesa Freight Lines careers page (React 19 + Mantine 9 + @mantine/dates), another posting:
 * Analytics Engineer, Linehaul Planning, at the Salt Lake City terminal. The carrier's one
 * application for drivers and office staff, configured for this opening: years as a Select of
 * buckets, highest education as a Radio.Group, authorization as a Select and sponsorship as radios,
 * a required on-site question, a "valid driver's license" question before the CDL block (no
 * endorsements), LinkedIn, an alternate phone, the SMS switch on by default, three FileInputs
 * (resume, cover letter, license copy). State goes to <pre id="model">.
 */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, FileInput, Group, MantineProvider, NumberInput, Radio, Select, Stack, Switch, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';

const STATES = ['Arizona', 'California', 'Colorado', 'Idaho', 'Montana', 'Nevada', 'New Mexico', 'Oregon', 'Texas', 'Utah', 'Washington', 'Wyoming'];
const STATE_CODES = ['AZ', 'CA', 'CO', 'ID', 'MT', 'NV', 'NM', 'OR', 'TX', 'UT', 'WA', 'WY'];
const CLASSES = ['Class A CDL', 'Class B CDL', 'Class C CDL', 'Non-CDL (Class C / D)'];
const YEARS = ['0-1 years', '2-4 years', '5-7 years', '8-10 years', '11+ years'];
const EDUCATION = ['High school / GED', 'Associate (AA/AS)', "Bachelor's (BA/BS)", "Master's (MA/MS/MBA)", 'Doctorate (PhD)'];

const EMPTY = {
  lookup: '', firstName: '', lastName: '', email: '', mobile: '', altPhone: '', street: '', city: '', state: null, zip: '',
  employer: '', jobTitle: '', linkedin: '', years: null, education: '', school: '', sqlTools: '',
  validLicense: '', hasCdl: '', licenseNumber: '', licenseState: null, licenseClass: null,
  suspended: '', onsite: '',
  authorized: null, sponsorship: '', salary: '', startDate: null,
  resume: null, coverLetter: null, licenseCopy: null, fcra: false, sms: true,
};

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => (event) => set(key)(event.currentTarget.value);
  const model = { ...form, resume: form.resume?.name ?? null, coverLetter: form.coverLetter?.name ?? null, licenseCopy: form.licenseCopy?.name ?? null };
  const submit = (event) => {
    event.preventDefault();
    if (!form.firstName || !form.lastName || !form.email || !form.resume || !form.validLicense || !form.suspended || !form.onsite || !form.authorized || !form.fcra) return;
    setSent(true);
  };
  const file = (key, label, accept, extra = {}) => (
    <div data-slot={key}>
      <FileInput label={label} placeholder="Choose file" accept={accept} clearable value={form[key]} onChange={set(key)} data-field={key} {...extra} />
    </div>
  );
  const yesNo = (key, label, extra = {}) => (
    <Radio.Group label={label} value={form[key]} onChange={set(key)} data-field={key} {...extra}>
      <Group mt={4}><Radio value="Yes" label="Yes" /><Radio value="No" label="No" /></Group>
    </Radio.Group>
  );
  return (
    <>
      <header className="rm-top">
        <strong>REDMESA FREIGHT LINES</strong>
        <TextInput size="xs" placeholder="Application ID" aria-label="Check application status" value={form.lookup} onChange={text('lookup')} data-field="lookup" />
      </header>
      <main className="rm-main">
        {sent ? <Text id="rm-done" c="green" fw={600}>Application received. A recruiter will call you within two business days.</Text> : (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Title order={2}>Analytics Engineer, Linehaul Planning</Title>
              <Text c="dimmed">Salt Lake City terminal, UT · On-site 4 days a week · Full-time</Text>
              <Text size="sm">Every Redmesa applicant completes the same application. Questions about driving history are required by our insurer for all employees who may drive a company vehicle.</Text>

              <Title order={4}>Contact</Title>
              <Group grow>
                <TextInput label="First name" withAsterisk value={form.firstName} onChange={text('firstName')} data-field="firstName" />
                <TextInput label="Last name" withAsterisk value={form.lastName} onChange={text('lastName')} data-field="lastName" />
              </Group>
              <TextInput label="Email" type="email" withAsterisk value={form.email} onChange={text('email')} data-field="email" />
              <Group grow>
                <TextInput label="Mobile phone" type="tel" leftSection="+1" value={form.mobile} onChange={text('mobile')} data-field="mobile" />
                <TextInput label="Alternate phone" type="tel" leftSection="+1" value={form.altPhone} onChange={text('altPhone')} data-field="altPhone" />
              </Group>
              <TextInput label="Street address" value={form.street} onChange={text('street')} data-field="street" />
              <Group grow>
                <TextInput label="City" value={form.city} onChange={text('city')} data-field="city" />
                <Select label="State" placeholder="Select state" searchable data={STATES} value={form.state} onChange={set('state')} data-field="state" />
                <TextInput label="ZIP code" value={form.zip} onChange={text('zip')} data-field="zip" />
              </Group>

              <Title order={4}>Work and education</Title>
              <Group grow>
                <TextInput label="Current employer" value={form.employer} onChange={text('employer')} data-field="employer" />
                <TextInput label="Current job title" value={form.jobTitle} onChange={text('jobTitle')} data-field="jobTitle" />
              </Group>
              <TextInput label="LinkedIn profile" placeholder="linkedin.com/in/your-name" value={form.linkedin} onChange={text('linkedin')} data-field="linkedin" />
              <Select label="Years of professional experience" placeholder="Select" data={YEARS} value={form.years} onChange={set('years')} data-field="years" />
              <Radio.Group label="Highest level of education" value={form.education} onChange={set('education')} data-field="education">
                <Group mt={4}>{EDUCATION.map((e) => <Radio key={e} value={e} label={e} />)}</Group>
              </Radio.Group>
              <TextInput label="School" value={form.school} onChange={text('school')} data-field="school" />
              <Textarea label="Which routing, TMS or optimization tools have you worked with?" value={form.sqlTools} onChange={text('sqlTools')} data-field="sqlTools" />

              <Title order={4}>Driver's license</Title>
              {yesNo('validLicense', "Do you have a valid driver's license?", { withAsterisk: true })}
              {yesNo('hasCdl', "Do you hold a commercial driver's license (CDL)?")}
              <Group grow>
                <TextInput label="License number" value={form.licenseNumber} onChange={text('licenseNumber')} data-field="licenseNumber" />
                <Select label="Issuing state" placeholder="State" data={STATE_CODES} value={form.licenseState} onChange={set('licenseState')} data-field="licenseState" />
                <Select label="License class" placeholder="Select class" data={CLASSES} value={form.licenseClass} onChange={set('licenseClass')} data-field="licenseClass" />
              </Group>
              {yesNo('suspended', 'Has any license, permit or privilege to drive ever been suspended, revoked or denied?', { withAsterisk: true })}

              <Title order={4}>Eligibility and pay</Title>
              {yesNo('onsite', 'This role works from the Salt Lake City terminal four days a week. Are you able to meet this requirement?', { withAsterisk: true })}
              <Select label="Are you legally authorized to work in the United States?" withAsterisk placeholder="Select" data={['Yes', 'No']} value={form.authorized} onChange={set('authorized')} data-field="authorized" />
              {yesNo('sponsorship', 'Will you now or in the future require sponsorship for an employment visa?')}
              <NumberInput label="Desired annual salary" prefix="$" thousandSeparator="," hideControls value={form.salary} onChange={set('salary')} data-field="salary" />
              <DateInput label="Date you could start" placeholder="MM/DD/YYYY" valueFormat="MM/DD/YYYY" value={form.startDate} onChange={set('startDate')} data-field="startDate" />

              <Title order={4}>Documents</Title>
              {file('resume', 'Resume', '.pdf,.doc,.docx', { withAsterisk: true })}
              {file('coverLetter', 'Cover letter', '.pdf,.doc,.docx,.txt')}
              {file('licenseCopy', "Copy of driver's license (front and back)", 'image/*,.pdf')}

              <Checkbox label="I have read the Fair Credit Reporting Act disclosure and authorize Redmesa to obtain my motor vehicle record and a background report." checked={form.fcra} onChange={(e) => set('fcra')(e.currentTarget.checked)} data-field="fcra" />
              <Switch label="Text me updates about my application" checked={form.sms} onChange={(e) => set('sms')(e.currentTarget.checked)} data-field="sms" />
              <Group><Button type="submit" id="rm-submit" color="#8a2b1b">Submit application</Button></Group>
            </Stack>
          </form>
        )}
      </main>
      <pre id="model">{JSON.stringify(model, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<MantineProvider><Application /></MantineProvider>);
