/**
 * Hafenwerk, a Hamburg freight-software company, hiring its first US data engineer. The careers site
 * is React + Mantine 9 with @mantine/form (controlled `useForm`, `getInputProps`) and @mantine/dates,
 * built for a German audience: a language Select and a job search in the header, an optional
 * salutation, a searchable calling-code Select preset to "+49 Germany" ("+1 Canada" listed before
 * "+1 United States") beside the phone, a street address, a searchable state Select, a country Select
 * preset to Germany, a NumberInput for the years, a degree Select in German naming ("Bachelor (B.Sc.
 * / B.A.)"), a Radio.Group and a SegmentedControl, an EU work-permit question, the salary as a
 * NumberInput with **German separators** (thousand ".", decimal ",") beside a currency Select preset
 * to EUR, a **DateInput** with `valueFormat="DD.MM.YYYY"`, a TagsInput of skills, two FileInputs,
 * an optional message, two GDPR Checkboxes (application and talent pool) and a newsletter box.
 * The form values are rendered into <pre id="model">.
 */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import {
  Anchor, Button, Checkbox, Divider, FileInput, Grid, Group, MantineProvider, NumberInput, Paper, Radio, SegmentedControl, Select, Stack, TagsInput, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import countries from 'world-countries';

dayjs.extend(customParseFormat);

const COUNTRIES = countries.map((country) => ({ value: country.cca2, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const CALLING = countries
  .filter((country) => country.idd.root && country.idd.suffixes.length === 1)
  .map((country) => ({ value: country.cca2, label: `${country.idd.root}${country.idd.suffixes[0]} ${country.name.common}` }))
  .concat([{ value: 'US', label: '+1 United States' }, { value: 'CA', label: '+1 Canada' }])
  .filter((entry, index, all) => all.findIndex((other) => other.value === entry.value) === index)
  .sort((a, b) => a.label.split(' ').slice(1).join(' ').localeCompare(b.label.split(' ').slice(1).join(' ')));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const DEGREES = [
  { value: 'abitur', label: 'Abitur / High school diploma' },
  { value: 'ausbildung', label: 'Vocational training (Ausbildung)' },
  { value: 'bachelor', label: 'Bachelor (B.Sc. / B.A.)' },
  { value: 'master', label: 'Master (M.Sc. / M.A.) / Diplom' },
  { value: 'phd', label: 'Doctorate (Dr. / PhD)' },
];

function Application() {
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      salutation: null, firstName: '', lastName: '', email: '', callingCode: 'DE', phone: '', street: '', city: '', state: null, zip: '', country: 'DE', linkedin: '',
      years: '', degree: null, fieldOfStudy: '', authorizedUS: '', sponsorship: '', euPermit: '', salary: '', currency: 'EUR', startDate: null, skills: [],
      resume: null, coverLetter: null, message: '', gdpr: false, talentPool: false,
    },
    validate: {
      firstName: (value) => (value ? null : 'Please enter your first name'),
      email: (value) => (/^\S+@\S+$/.test(value) ? null : 'Please enter a valid email'),
      resume: (value) => (value ? null : 'Please attach your CV'),
      gdpr: (value) => (value ? null : 'Please accept the privacy notice'),
    },
  });
  const v = form.getValues();
  const model = { ...v, resume: v.resume ? v.resume.name : null, coverLetter: v.coverLetter ? v.coverLetter.name : null };
  return (
    <>
      <Group component="header" justify="space-between" px="lg" py="sm" bg="dark.8">
        <Text fw={700} c="white">HAFENWERK</Text>
        <Group gap="sm">
          <TextInput id="hw-job-search" size="xs" placeholder="Search jobs" aria-label="Search jobs" value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
          <Select id="hw-language" size="xs" w={90} aria-label="Language" data={['EN', 'DE']} defaultValue="EN" allowDeselect={false} />
        </Group>
      </Group>
      <Paper p="xl" my="md" radius={0}>
        <Title order={1} size="h2">Solutions Data Engineer (m/w/d) – US Remote</Title>
        <Text c="dimmed">Hafenwerk GmbH · Remote, United States (Eastern or Pacific hours) · Full-time · Job ID 2025-0419</Text>
        <Text mt="sm">Hafenwerk's platform books 1.2 million container moves a year across European ports. We are opening our first US team to bring the platform to West Coast terminals; you will build the data integrations with our first American customers and work closely with our engineers in Hamburg.</Text>
        <Divider my="lg" />
        {sent ? (
          <Title order={2} id="hw-done">Vielen Dank! We received your application.</Title>
        ) : (
          <form id="hw-apply" onSubmit={form.onSubmit(() => setSent(true))} noValidate>
            <Stack gap="md">
              <Title order={2} size="h4">Personal details</Title>
              <Grid>
                <Grid.Col span={3}><Select id="hw-salutation" label="Salutation" placeholder="Optional" data={['Ms.', 'Mr.', 'Mx.', 'Dr.']} clearable {...form.getInputProps('salutation')} /></Grid.Col>
                <Grid.Col span={4.5}><TextInput id="hw-first-name" label="First name" withAsterisk {...form.getInputProps('firstName')} /></Grid.Col>
                <Grid.Col span={4.5}><TextInput id="hw-last-name" label="Last name" withAsterisk {...form.getInputProps('lastName')} /></Grid.Col>
              </Grid>
              <TextInput id="hw-email" label="Email" type="email" withAsterisk {...form.getInputProps('email')} />
              <Grid>
                <Grid.Col span={5}><Select id="hw-calling-code" label="Country code" data={CALLING} searchable allowDeselect={false} nothingFoundMessage="No country found" {...form.getInputProps('callingCode')} /></Grid.Col>
                <Grid.Col span={7}><TextInput id="hw-phone" label="Phone number" type="tel" {...form.getInputProps('phone')} /></Grid.Col>
              </Grid>
              <TextInput id="hw-street" label="Street and house number" {...form.getInputProps('street')} />
              <Grid>
                <Grid.Col span={3}><TextInput id="hw-zip" label="ZIP / postal code" {...form.getInputProps('zip')} /></Grid.Col>
                <Grid.Col span={5}><TextInput id="hw-city" label="City" {...form.getInputProps('city')} /></Grid.Col>
                <Grid.Col span={4}><Select id="hw-state" label="State" description="US applicants" data={STATES} searchable clearable {...form.getInputProps('state')} /></Grid.Col>
              </Grid>
              <Select id="hw-country" label="Country of residence" data={COUNTRIES} searchable allowDeselect={false} {...form.getInputProps('country')} />
              <TextInput id="hw-linkedin" label="LinkedIn or XING profile" placeholder="https://" {...form.getInputProps('linkedin')} />

              <Title order={2} size="h4" mt="md">Qualifications</Title>
              <NumberInput id="hw-years" label="Years of professional experience" min={0} max={50} allowDecimal={false} {...form.getInputProps('years')} />
              <Select id="hw-degree" label="Highest degree" data={DEGREES} {...form.getInputProps('degree')} />
              <TextInput id="hw-field" label="Field of study" {...form.getInputProps('fieldOfStudy')} />
              <TagsInput id="hw-skills" label="Skills" description="Press Enter after each skill" data={['Python', 'SQL', 'Kafka', 'Spark', 'EDIFACT', 'dbt', 'Airflow']} {...form.getInputProps('skills')} />

              <Title order={2} size="h4" mt="md">Work permit and salary</Title>
              <Radio.Group id="hw-authorized" name="authorizedUS" label="Are you authorized to work in the United States?" withAsterisk {...form.getInputProps('authorizedUS')}>
                <Group mt="xs"><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
              </Radio.Group>
              <Stack gap={4}>
                <Text size="sm" fw={500} id="hw-sponsorship-label">Will you now or in the future require visa sponsorship to work in the US?</Text>
                <SegmentedControl id="hw-sponsorship" name="sponsorship" aria-labelledby="hw-sponsorship-label" data={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} {...form.getInputProps('sponsorship')} />
              </Stack>
              <Radio.Group id="hw-eu-permit" name="euPermit" label="Do you hold an EU work permit or EU citizenship?" description="Needed only for assignments in Hamburg" {...form.getInputProps('euPermit')}>
                <Group mt="xs"><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
              </Radio.Group>
              <Grid>
                <Grid.Col span={8}><NumberInput id="hw-salary" label="Salary expectation (gross per year)" thousandSeparator="." decimalSeparator="," hideControls {...form.getInputProps('salary')} /></Grid.Col>
                <Grid.Col span={4}><Select id="hw-currency" label="Currency" data={['EUR', 'USD', 'GBP', 'CHF']} allowDeselect={false} {...form.getInputProps('currency')} /></Grid.Col>
              </Grid>
              <DateInput id="hw-start" label="Earliest start date" valueFormat="DD.MM.YYYY" placeholder="DD.MM.YYYY" clearable {...form.getInputProps('startDate')} />

              <Title order={2} size="h4" mt="md">Documents</Title>
              <FileInput id="hw-resume" label="CV" placeholder="Upload PDF" accept="application/pdf" withAsterisk clearable {...form.getInputProps('resume')} />
              <FileInput id="hw-cover" label="Cover letter" placeholder="Upload PDF or text" accept="application/pdf,text/plain" clearable {...form.getInputProps('coverLetter')} />
              <Textarea id="hw-message" label="Message to the recruiting team (optional)" autosize minRows={3} {...form.getInputProps('message')} />
              <Checkbox id="hw-gdpr" label="I have read the privacy notice and consent to Hafenwerk processing my data for this application (Art. 6 (1) GDPR)." {...form.getInputProps('gdpr', { type: 'checkbox' })} />
              <Checkbox id="hw-talent-pool" label="Please keep my application in the Hafenwerk talent pool for 24 months." {...form.getInputProps('talentPool', { type: 'checkbox' })} />
              <Group><Button type="submit" id="hw-submit" color="dark">Send application</Button></Group>
            </Stack>
          </form>
        )}
        <pre id="model">{JSON.stringify(model)}</pre>
      </Paper>
      <Paper component="footer" p="lg" radius={0}>
        <Text fw={600}>Hafenwerk Job-Alert</Text>
        <Group mt="xs"><TextInput id="hw-alert-email" placeholder="Your email" aria-label="Email for job alerts" /><Button variant="default">Subscribe</Button></Group>
        <Text size="xs" c="dimmed" mt="sm"><Anchor href="#">Impressum</Anchor> · <Anchor href="#">Datenschutz</Anchor></Text>
      </Paper>
    </>
  );
}

createRoot(document.getElementById('root')).render(<MantineProvider><Application /></MantineProvider>);
