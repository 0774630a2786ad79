/**
 * Another Thistlewood Labs posting on the same Mantine 9 Stepper page: three steps, the grouped
 * calling-code and country Selects, a "Current location" TextInput in place of the city Select, a
 * preferred-name box, LinkedIn and GitHub boxes, years as a Select of ranges, a TagsInput of tools
 * (left alone), an ISO DateInput (YYYY-MM-DD), a "$" NumberInput, sponsorship with sentence answers,
 * a "worked here before" Radio.Group, a free-text question, the resume FileInput and a second
 * FileInput for a writing sample. State goes to <pre id="model">.
 */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, FileInput, Group, MantineProvider, NumberInput, Paper, Radio, Select, SimpleGrid, Stack,
  Stepper, Switch, TagsInput, Text, Textarea, TextInput, Title,
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
const YEARS = [{ value: 'y0', label: '0–2 years' }, { value: 'y3', label: '3–5 years' }, { value: 'y6', label: '6–10 years' }, { value: 'y11', label: 'More than 10 years' }];
const DEGREES = [{ value: 'hs', label: 'High school' }, { value: 'assoc', label: 'Associate degree' }, { value: 'bs', label: 'Bachelor’s degree' },
  { value: 'ms', label: 'Master’s degree' }, { value: 'phd', label: 'PhD' }];

function Application() {
  const [active, setActive] = useState(0);
  const [done, setDone] = useState(false);
  const [form, setForm] = useState({
    firstName: '', lastName: '', preferredName: '', email: '', callingCode: null, phone: '', location: '', country: null,
    employer: '', title: '', years: null, degree: null, school: '', linkedin: '', github: '', tools: [],
    startDate: null, salary: '', authorized: '', sponsorship: '', formerEmployee: '', whyUs: '', resume: null, writingSample: null,
    sms: false, consent: false,
  });
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const ev = (key) => (e) => set(key)(e.currentTarget.value);
  const model = { ...form, resume: form.resume?.name ?? null, writingSample: form.writingSample?.name ?? null };
  if (done) return <Paper p="xl"><Title id="done" order={3}>Thanks! Your application was sent to the Thistlewood team.</Title></Paper>;
  return (
    <Paper p="xl" withBorder>
      <Title order={2}>Analytics Engineer, Sample Logistics</Title>
      <Text c="dimmed" mb="lg">Cambridge, MA or remote (US) · Full-time</Text>
      <form onSubmit={(e) => { e.preventDefault(); if (form.consent && form.email) setDone(true); }}>
        <Stepper active={active} onStepClick={setActive} allowNextStepsSelect={false} mb="xl">
          <Stepper.Step label="About you" description="Contact details">
            <Stack>
              <SimpleGrid cols={2}>
                <TextInput id="tl-first" name="firstName" label="First name" withAsterisk value={form.firstName} onChange={ev('firstName')} />
                <TextInput id="tl-last" name="lastName" label="Last name" withAsterisk value={form.lastName} onChange={ev('lastName')} />
              </SimpleGrid>
              <TextInput id="tl-preferred" name="preferredName" label="Preferred name" description="Leave blank if it is your first name" value={form.preferredName} onChange={ev('preferredName')} />
              <TextInput id="tl-email" name="email" type="email" label="Email" withAsterisk value={form.email} onChange={ev('email')} />
              <Group align="flex-end" grow preventGrowOverflow={false} wrap="nowrap">
                <Select id="tl-calling" label="Calling code" searchable limit={40} data={CALLING} value={form.callingCode} onChange={set('callingCode')} placeholder="Pick a country" maw={260} />
                <TextInput id="tl-phone" name="phone" type="tel" label="Mobile number" description="Digits only, no country code" value={form.phone} onChange={ev('phone')} />
              </Group>
              <TextInput id="tl-location" name="location" label="Current location" placeholder="City, state" value={form.location} onChange={ev('location')} />
              <Select id="tl-country" label="Country" searchable limit={40} data={COUNTRY_DATA} value={form.country} onChange={set('country')} placeholder="Search countries" />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Background" description="Work and study">
            <Stack>
              <SimpleGrid cols={2}>
                <TextInput id="tl-title" name="title" label="Current job title" value={form.title} onChange={ev('title')} />
                <TextInput id="tl-employer" name="employer" label="Current company" value={form.employer} onChange={ev('employer')} />
              </SimpleGrid>
              <Select id="tl-years" label="Years of professional experience" data={YEARS} value={form.years} onChange={set('years')} placeholder="Choose a range" />
              <Select id="tl-degree" label="Highest degree" data={DEGREES} value={form.degree} onChange={set('degree')} placeholder="Choose one" />
              <TextInput id="tl-school" name="school" label="College or university" value={form.school} onChange={ev('school')} />
              <SimpleGrid cols={2}>
                <TextInput id="tl-linkedin" name="linkedin" label="LinkedIn" placeholder="linkedin.com/in/…" value={form.linkedin} onChange={ev('linkedin')} />
                <TextInput id="tl-github" name="github" label="GitHub" placeholder="github.com/…" value={form.github} onChange={ev('github')} />
              </SimpleGrid>
              <TagsInput id="tl-tools" label="Data tools you have used" description="Press Enter after each one" data={['Airflow', 'dbt', 'Looker', 'Snowflake', 'Spark']}
                value={form.tools} onChange={set('tools')} placeholder="Add a tool" />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Final details" description="Start, pay, documents">
            <Stack>
              <DateInput id="tl-start" label="Available from" valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" value={form.startDate} onChange={set('startDate')} clearable />
              <NumberInput id="tl-salary" name="salary" label="Desired base salary (annual, USD)" prefix="$" thousandSeparator="," min={0} value={form.salary} onChange={set('salary')} />
              <Radio.Group name="authorized" label="Are you legally authorized to work in the US?" value={form.authorized} onChange={set('authorized')} data-field="authorized">
                <Group mt={6}><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
              </Radio.Group>
              <Radio.Group name="sponsorship" label="Do you need visa sponsorship?" value={form.sponsorship} onChange={set('sponsorship')} data-field="sponsorship">
                <Stack mt={6} gap={6}>
                  <Radio value="now" label="Yes, I need sponsorship now" />
                  <Radio value="future" label="Not now, but I will in the future" />
                  <Radio value="no" label="No, I will not need sponsorship" />
                </Stack>
              </Radio.Group>
              <Radio.Group name="formerEmployee" label="Have you worked at Thistlewood Labs before?" value={form.formerEmployee} onChange={set('formerEmployee')} data-field="formerEmployee">
                <Group mt={6}><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
              </Radio.Group>
              <Textarea id="tl-why" name="whyUs" label="What draws you to lab logistics data?" autosize minRows={3} value={form.whyUs} onChange={ev('whyUs')} />
              <div data-field="resume"><FileInput id="tl-resume" name="resume" label="Resume" withAsterisk placeholder="Upload PDF" accept="application/pdf,.docx" value={form.resume} onChange={set('resume')} clearable /></div>
              <div data-field="writingSample"><FileInput id="tl-sample" name="writingSample" label="Writing sample or dashboard screenshot" description="Optional" placeholder="Upload file" accept="application/pdf,image/png" value={form.writingSample} onChange={set('writingSample')} clearable /></div>
              <Switch id="tl-sms" label="Text me updates about my application" checked={form.sms} onChange={(e) => set('sms')(e.currentTarget.checked)} />
              <Checkbox id="tl-consent" label="I agree to the Thistlewood Labs applicant privacy notice" checked={form.consent} onChange={(e) => set('consent')(e.currentTarget.checked)} />
            </Stack>
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between">
          <Button variant="default" id="tl-back" disabled={active === 0} onClick={() => setActive(active - 1)}>Back</Button>
          {active < 2 ? <Button id={`tl-next-${active + 1}`} onClick={() => setActive(active + 1)}>Continue</Button>
            : <Button id="tl-submit" type="submit">Submit application</Button>}
        </Group>
      </form>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </Paper>
  );
}

createRoot(document.getElementById('root')).render(<MantineProvider><Application /></MantineProvider>);
