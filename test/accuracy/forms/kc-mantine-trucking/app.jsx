/*
 * Redmesa Freight Lines, a trucking carrier's careers page on React 19 + Mantine 9. One application
 * for drivers and office staff alike, laid out like a DOT driver application: contact details with
 * a "+1" left section on the mobile number, a searchable state Select, the driver's-license block
 * (CDL yes/no, license number, issuing state, class, expiration as a MM/DD/YYYY text box,
 * endorsement checkboxes), suspension / accident / violation questions, education, a NumberInput
 * salary with "$" and thousands separators, a @mantine/dates DateInput for the start date, four
 * FileInputs (resume, cover letter, a copy of the license, an MVR), the FCRA disclosure, an SMS
 * switch and an "application status" lookup in the header. State goes to <pre id="model">.
 */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, FileInput, Group, MantineProvider, NumberInput, Radio, Select, Stack, Switch, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';

const STATES = ['Arizona', 'California', 'Colorado', 'Idaho', 'Nevada', 'New Mexico', 'Oregon', 'Texas', 'Utah', 'Washington'];
const STATE_CODES = ['AZ', 'CA', 'CO', 'ID', 'NV', 'NM', 'OR', 'TX', 'UT', 'WA'];
const CLASSES = ['Class A CDL', 'Class B CDL', 'Class C CDL', 'Non-CDL (Class C / D)'];
const ENDORSEMENTS = [['H', 'H – Hazardous materials'], ['N', 'N – Tank vehicle'], ['T', 'T – Doubles / triples'], ['X', 'X – Tank + hazmat'], ['P', 'P – Passenger']];
const EDUCATION = ['High school diploma / GED', 'Some college', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate'];

const EMPTY = {
  lookup: '', firstName: '', lastName: '', email: '', mobile: '', street: '', city: '', state: null, zip: '', priorAddresses: '',
  employer: '', jobTitle: '', years: '', education: null, school: '', fieldOfStudy: '',
  hasCdl: '', licenseNumber: '', licenseState: null, licenseClass: null, licenseExpires: '', endorsements: [],
  suspended: '', accidents: '', violations: '',
  authorized: '', sponsorship: null, salary: '', startDate: null,
  resume: null, coverLetter: null, licenseCopy: null, mvr: null, fcra: false, sms: false,
};

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => (event) => set(key)(event.currentTarget.value);
  const model = { ...form, resume: form.resume?.name ?? null, coverLetter: form.coverLetter?.name ?? null, licenseCopy: form.licenseCopy?.name ?? null, mvr: form.mvr?.name ?? null };
  const submit = (event) => {
    event.preventDefault();
    if (!form.firstName || !form.lastName || !form.email || !form.resume || !form.suspended || !form.authorized || !form.fcra) return;
    setSent(true);
  };
  const file = (key, label, accept, extra = {}) => (
    <div data-slot={key}>
      <FileInput label={label} placeholder="Choose file" accept={accept} clearable value={form[key]} onChange={set(key)} data-field={key} {...extra} />
    </div>
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
              <Title order={2}>Senior Data Engineer, Fleet Telematics</Title>
              <Text c="dimmed">Terminal &amp; HQ, Phoenix, AZ (hybrid) or remote · Full-time</Text>
              <Text size="sm">Every Redmesa applicant completes the same application. Questions about driving history are required by our insurer for all employees who may drive a company vehicle.</Text>

              <Title order={4}>Contact</Title>
              <Group grow>
                <TextInput label="First name" withAsterisk value={form.firstName} onChange={text('firstName')} data-field="firstName" />
                <TextInput label="Last name" withAsterisk value={form.lastName} onChange={text('lastName')} data-field="lastName" />
              </Group>
              <TextInput label="Email" type="email" withAsterisk value={form.email} onChange={text('email')} data-field="email" />
              <TextInput label="Mobile phone" type="tel" leftSection="+1" value={form.mobile} onChange={text('mobile')} data-field="mobile" />
              <TextInput label="Street address" value={form.street} onChange={text('street')} data-field="street" />
              <Group grow>
                <TextInput label="City" value={form.city} onChange={text('city')} data-field="city" />
                <Select label="State" placeholder="Select state" searchable data={STATES} value={form.state} onChange={set('state')} data-field="state" />
                <TextInput label="ZIP code" value={form.zip} onChange={text('zip')} data-field="zip" />
              </Group>
              <Textarea label="Other addresses in the past 3 years (street, city, state, dates)" value={form.priorAddresses} onChange={text('priorAddresses')} data-field="priorAddresses" />

              <Title order={4}>Work and education</Title>
              <Group grow>
                <TextInput label="Current employer" value={form.employer} onChange={text('employer')} data-field="employer" />
                <TextInput label="Current job title" value={form.jobTitle} onChange={text('jobTitle')} data-field="jobTitle" />
              </Group>
              <NumberInput label="Years of professional experience" min={0} max={60} value={form.years} onChange={set('years')} data-field="years" />
              <Select label="Highest level of education" placeholder="Select" data={EDUCATION} value={form.education} onChange={set('education')} data-field="education" />
              <Group grow>
                <TextInput label="School" value={form.school} onChange={text('school')} data-field="school" />
                <TextInput label="Field of study" value={form.fieldOfStudy} onChange={text('fieldOfStudy')} data-field="fieldOfStudy" />
              </Group>

              <Title order={4}>Driver's license</Title>
              <Radio.Group label="Do you hold a commercial driver's license (CDL)?" value={form.hasCdl} onChange={set('hasCdl')} data-field="hasCdl">
                <Group mt={4}><Radio value="Yes" label="Yes" /><Radio value="No" label="No" /></Group>
              </Radio.Group>
              <Group grow>
                <TextInput label="License number" value={form.licenseNumber} onChange={text('licenseNumber')} data-field="licenseNumber" />
                <Select label="Issuing state" placeholder="State" data={STATE_CODES} value={form.licenseState} onChange={set('licenseState')} data-field="licenseState" />
              </Group>
              <Group grow>
                <Select label="License class" placeholder="Select class" data={CLASSES} value={form.licenseClass} onChange={set('licenseClass')} data-field="licenseClass" />
                <TextInput label="Expiration date" placeholder="MM/DD/YYYY" value={form.licenseExpires} onChange={text('licenseExpires')} data-field="licenseExpires" />
              </Group>
              <Checkbox.Group label="Endorsements" value={form.endorsements} onChange={set('endorsements')} data-field="endorsements">
                <Group mt={4}>{ENDORSEMENTS.map(([v, l]) => <Checkbox key={v} value={v} label={l} />)}</Group>
              </Checkbox.Group>
              <Radio.Group label="Has any license, permit or privilege to drive ever been suspended, revoked or denied?" withAsterisk value={form.suspended} onChange={set('suspended')} data-field="suspended">
                <Group mt={4}><Radio value="Yes" label="Yes" /><Radio value="No" label="No" /></Group>
              </Radio.Group>
              <Group grow>
                <NumberInput label="Accidents in the past 3 years" min={0} value={form.accidents} onChange={set('accidents')} data-field="accidents" />
                <NumberInput label="Moving violations in the past 3 years" min={0} value={form.violations} onChange={set('violations')} data-field="violations" />
              </Group>

              <Title order={4}>Eligibility and pay</Title>
              <Radio.Group label="Are you legally authorized to work in the United States?" withAsterisk value={form.authorized} onChange={set('authorized')} data-field="authorized">
                <Group mt={4}><Radio value="Yes" label="Yes" /><Radio value="No" label="No" /></Group>
              </Radio.Group>
              <Select label="Will you now or in the future require sponsorship for an employment visa?" placeholder="Select" data={['Yes', 'No']} value={form.sponsorship} onChange={set('sponsorship')} data-field="sponsorship" />
              <NumberInput label="Desired annual salary" prefix="$" thousandSeparator="," hideControls value={form.salary} onChange={set('salary')} data-field="salary" />
              <DateInput label="Date you could start" placeholder="MM/DD/YYYY" valueFormat="MM/DD/YYYY" value={form.startDate} onChange={set('startDate')} data-field="startDate" />

              <Title order={4}>Documents</Title>
              {file('resume', 'Resume', '.pdf,.doc,.docx', { withAsterisk: true })}
              {file('coverLetter', 'Cover letter', '.pdf,.doc,.docx,.txt')}
              {file('licenseCopy', "Copy of driver's license (front and back)", 'image/*,.pdf')}
              {file('mvr', 'Motor Vehicle Record (MVR), if you have a recent one', '.pdf')}

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
