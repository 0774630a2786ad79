/**
 * Thistlewood Labs' job page (a lab-automation startup) on Mantine 9: a three-step Stepper (only the
 * active step's fields are mounted; Back / Next step buttons), a phone made of a searchable
 * calling-code Select whose data is grouped ("Popular" / "All countries") beside a TextInput, a
 * searchable country Select grouped by region (both lists show 40 matches at most), a searchable city Select grouped by state, a NumberInput
 * with a " years" suffix, a degree Select, a MultiSelect of languages and a TagsInput of tools (left
 * alone), a typed DateInput (MM/DD/YYYY), a "$" NumberInput with thousands separators, Radio.Groups,
 * two FileInputs (resume; cover letter), an SMS Switch and a consent Checkbox. State goes to
 * <pre id="model">.
 */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, FileInput, Group, MantineProvider, MultiSelect, NumberInput, Paper, Radio, Select, SimpleGrid, Stack,
  Stepper, Switch, TagsInput, Text, TextInput, Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import countries from 'world-countries';

const BY_NAME = [...countries].sort((a, b) => a.name.common.localeCompare(b.name.common));
const code = (c) => (c.idd.root ? (c.idd.suffixes?.length === 1 ? c.idd.root + c.idd.suffixes[0] : c.idd.root) : '');
const POPULAR = ['US', 'CA', 'GB', 'DE', 'IN'];
const CALLING = [
  { group: 'Popular', items: POPULAR.map((id) => countries.find((c) => c.cca2 === id)).map((c) => ({ value: c.cca2, label: `${c.name.common} (${code(c)})` })) },
  { group: 'All countries', items: BY_NAME.filter((c) => code(c) && !POPULAR.includes(c.cca2)).map((c) => ({ value: c.cca2, label: `${c.name.common} (${code(c)})` })) },
];
const REGIONS = ['Americas', 'Europe', 'Asia', 'Africa', 'Oceania', 'Antarctic'];
const COUNTRY_DATA = REGIONS.map((r) => ({ group: r, items: BY_NAME.filter((c) => c.region === r).map((c) => ({ value: c.cca3, label: c.name.common })) }))
  .filter((g) => g.items.length);
const CITY_DATA = [
  { group: 'California', items: ['Oakland', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco'] },
  { group: 'Massachusetts', items: ['Boston', 'Cambridge', 'Somerville'] },
  { group: 'North Carolina', items: ['Durham', 'Raleigh'] },
];
const DEGREES = [{ value: 'hs', label: 'High school' }, { value: 'assoc', label: 'Associate degree' }, { value: 'bs', label: 'Bachelor’s degree' },
  { value: 'ms', label: 'Master’s degree' }, { value: 'phd', label: 'PhD' }];

function Application() {
  const [active, setActive] = useState(0);
  const [done, setDone] = useState(false);
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', callingCode: null, phone: '', country: null, city: null, employer: '', title: '', years: '',
    degree: null, school: '', languages: [], tools: [], startDate: null, salary: '', authorized: '', sponsorship: '', resume: null,
    coverLetter: null, sms: false, consent: false,
  });
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const ev = (key) => (e) => set(key)(e.currentTarget.value);
  const model = { ...form, resume: form.resume?.name ?? null, coverLetter: form.coverLetter?.name ?? null };
  if (done) return <Paper p="xl"><Title id="done" order={3}>Thanks! Your application was sent to the Thistlewood team.</Title></Paper>;
  return (
    <Paper p="xl" withBorder>
      <Title order={2}>Data Platform Engineer</Title>
      <Text c="dimmed" mb="lg">Durham, NC or remote (US) · Full-time</Text>
      <form onSubmit={(e) => { e.preventDefault(); if (form.consent && form.email) setDone(true); }}>
        <Stepper active={active} onStepClick={setActive} allowNextStepsSelect={false} mb="xl">
          <Stepper.Step label="Contact" description="How to reach you">
            <Stack>
              <SimpleGrid cols={2}>
                <TextInput id="tl-first" name="firstName" label="First name" withAsterisk value={form.firstName} onChange={ev('firstName')} />
                <TextInput id="tl-last" name="lastName" label="Last name" withAsterisk value={form.lastName} onChange={ev('lastName')} />
              </SimpleGrid>
              <TextInput id="tl-email" name="email" type="email" label="Email" withAsterisk value={form.email} onChange={ev('email')} />
              <Select id="tl-city" label="City" searchable data={CITY_DATA} value={form.city} onChange={set('city')} placeholder="Start typing" description="We hire around our three hubs" />
              <Group align="flex-end" grow preventGrowOverflow={false} wrap="nowrap">
                <Select id="tl-calling" label="Calling code" searchable limit={40} data={CALLING} value={form.callingCode} onChange={set('callingCode')} placeholder="Pick a country" maw={260} />
                <TextInput id="tl-phone" name="phone" type="tel" label="Phone" description="Numbers only" value={form.phone} onChange={ev('phone')} />
              </Group>
              <Select id="tl-country" label="Country of residence" searchable limit={40} data={COUNTRY_DATA} value={form.country} onChange={set('country')} placeholder="Search countries" />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Experience" description="Where you are now">
            <Stack>
              <TextInput id="tl-employer" name="employer" label="Current employer" value={form.employer} onChange={ev('employer')} />
              <TextInput id="tl-title" name="title" label="Current title" value={form.title} onChange={ev('title')} />
              <NumberInput id="tl-years" name="years" label="Total years of professional experience" suffix=" years" min={0} max={50} value={form.years} onChange={set('years')} />
              <Select id="tl-degree" label="Highest degree" data={DEGREES} value={form.degree} onChange={set('degree')} placeholder="Choose one" />
              <TextInput id="tl-school" name="school" label="School" value={form.school} onChange={ev('school')} />
              <MultiSelect id="tl-languages" label="Languages you speak fluently" data={['English', 'Spanish', 'French', 'German', 'Japanese', 'Korean', 'Mandarin']}
                value={form.languages} onChange={set('languages')} placeholder="Pick languages" searchable />
              <TagsInput id="tl-tools" label="Lab or data tools you have used" description="Press Enter after each one" data={['Benchling', 'LabVIEW', 'Airflow', 'Spark', 'Snowflake']}
                value={form.tools} onChange={set('tools')} placeholder="Add a tool" />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Logistics" description="Start, pay, documents">
            <Stack>
              <DateInput id="tl-start" label="Earliest start date" valueFormat="MM/DD/YYYY" placeholder="MM/DD/YYYY" value={form.startDate} onChange={set('startDate')} clearable />
              <NumberInput id="tl-salary" name="salary" label="Salary expectation (USD per year)" prefix="$" thousandSeparator="," min={0} value={form.salary} onChange={set('salary')} />
              <Radio.Group name="authorized" label="Are you authorized to work in the United States?" value={form.authorized} onChange={set('authorized')} data-field="authorized">
                <Group mt={6}><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
              </Radio.Group>
              <Radio.Group name="sponsorship" label="Will you now or in the future require visa sponsorship?" value={form.sponsorship} onChange={set('sponsorship')} data-field="sponsorship">
                <Group mt={6}><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
              </Radio.Group>
              <div data-field="resume"><FileInput id="tl-resume" name="resume" label="Resume" withAsterisk placeholder="Upload PDF" accept="application/pdf,.docx" value={form.resume} onChange={set('resume')} clearable /></div>
              <div data-field="coverLetter"><FileInput id="tl-cover" name="coverLetter" label="Cover letter" description="Optional" placeholder="Upload file" accept="application/pdf,.docx,text/plain" value={form.coverLetter} onChange={set('coverLetter')} clearable /></div>
              <Switch id="tl-sms" label="Text me updates about my application" checked={form.sms} onChange={(e) => set('sms')(e.currentTarget.checked)} />
              <Checkbox id="tl-consent" label="I agree to the Thistlewood Labs applicant privacy notice" checked={form.consent} onChange={(e) => set('consent')(e.currentTarget.checked)} />
            </Stack>
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between">
          <Button variant="default" id="tl-back" disabled={active === 0} onClick={() => setActive(active - 1)}>Back</Button>
          {active < 2 ? <Button id={`tl-next-${active + 1}`} onClick={() => setActive(active + 1)}>Next step</Button>
            : <Button id="tl-submit" type="submit">Submit application</Button>}
        </Group>
      </form>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </Paper>
  );
}

createRoot(document.getElementById('root')).render(<MantineProvider><Application /></MantineProvider>);
