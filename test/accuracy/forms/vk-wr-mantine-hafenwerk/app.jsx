/**
 * Hafenwerk, a Hamburg freight-software company, another US opening on the same careers site
 * (Customer Analytics Engineer). React + Mantine 9 with @mantine/form (controlled `useForm`,
 * `getInputProps`) and @mantine/dates, built for a German audience: a language Select and a job
 * search in the header, a searchable calling-code Select preset to "+49 Germany" ("+1 Canada" listed
 * before "+1 United States") beside the phone, ZIP / city / a searchable state Select, a country
 * Select preset to Germany, a GitHub box, a "currently employed" Radio.Group with the employer, the
 * years as a SegmentedControl of buckets, a degree Select in German naming, a Chip.Group of
 * languages, sponsorship as a Radio.Group of sentences before an authorization SegmentedControl, an
 * onboarding-travel question, the salary as a NumberInput with **German separators** beside a
 * currency Select preset to EUR, a **DateInput** with `valueFormat="DD.MM.YYYY"`, a FileInput CV, a
 * "Why Hafenwerk?" Textarea, two GDPR Checkboxes and a newsletter box. The form values are rendered
 * into <pre id="model">.
 */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import {
  Anchor, Button, Checkbox, Chip, Divider, FileInput, Grid, Group, MantineProvider, NumberInput, Paper, Radio, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title,
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
      firstName: '', lastName: '', email: '', callingCode: 'DE', phone: '', city: '', state: null, zip: '', country: 'DE', github: '',
      employed: '', employer: '', years: '', degree: null, languages: [], sponsorship: '', authorizedUS: '', onboarding: '', salary: '', currency: 'EUR', startDate: null,
      resume: null, whyUs: '', gdpr: false, talentPool: false,
    },
    validate: {
      firstName: (value) => (value ? null : 'Please enter your first name'),
      email: (value) => (/^\S+@\S+$/.test(value) ? null : 'Please enter a valid email'),
      resume: (value) => (value ? null : 'Please attach your CV'),
      gdpr: (value) => (value ? null : 'Please accept the privacy notice'),
    },
  });
  const v = form.getValues();
  const model = { ...v, resume: v.resume ? v.resume.name : null };
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
        <Title order={1} size="h2">Customer Analytics Engineer (m/w/d) – US Remote</Title>
        <Text c="dimmed">Hafenwerk GmbH · Remote, United States (Pacific or Mountain hours) · Full-time · Job ID 2026-0112</Text>
        <Text mt="sm">Our US terminal customers want to see their own numbers: dwell times, gate turns, berth utilisation. You will build the customer-facing analytics layer on top of our booking data, from dbt models to embedded dashboards, together with the product team in Hamburg and our first customers in Oakland and Long Beach.</Text>
        <Divider my="lg" />
        {sent ? (
          <Title order={2} id="hw-done">Vielen Dank! We received your application.</Title>
        ) : (
          <form id="hw-apply" onSubmit={form.onSubmit(() => setSent(true))} noValidate>
            <Stack gap="md">
              <Title order={2} size="h4">Personal details</Title>
              <Grid>
                <Grid.Col span={6}><TextInput id="hw-first-name" label="First name" withAsterisk {...form.getInputProps('firstName')} /></Grid.Col>
                <Grid.Col span={6}><TextInput id="hw-last-name" label="Last name" withAsterisk {...form.getInputProps('lastName')} /></Grid.Col>
              </Grid>
              <TextInput id="hw-email" label="Email" type="email" withAsterisk {...form.getInputProps('email')} />
              <Grid>
                <Grid.Col span={5}><Select id="hw-calling-code" label="Country code" data={CALLING} searchable allowDeselect={false} nothingFoundMessage="No country found" {...form.getInputProps('callingCode')} /></Grid.Col>
                <Grid.Col span={7}><TextInput id="hw-phone" label="Phone number" type="tel" {...form.getInputProps('phone')} /></Grid.Col>
              </Grid>
              <Grid>
                <Grid.Col span={3}><TextInput id="hw-zip" label="ZIP / postal code" {...form.getInputProps('zip')} /></Grid.Col>
                <Grid.Col span={5}><TextInput id="hw-city" label="City" {...form.getInputProps('city')} /></Grid.Col>
                <Grid.Col span={4}><Select id="hw-state" label="State" description="US applicants" data={STATES} searchable clearable {...form.getInputProps('state')} /></Grid.Col>
              </Grid>
              <Select id="hw-country" label="Country of residence" data={COUNTRIES} searchable allowDeselect={false} {...form.getInputProps('country')} />
              <TextInput id="hw-github" label="GitHub profile" placeholder="https://" {...form.getInputProps('github')} />

              <Title order={2} size="h4" mt="md">Experience</Title>
              <Radio.Group id="hw-employed" name="employed" label="Are you currently employed?" {...form.getInputProps('employed')}>
                <Group mt="xs"><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
              </Radio.Group>
              <TextInput id="hw-employer" label="Current or last employer" {...form.getInputProps('employer')} />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="hw-years-label">Professional experience in analytics or data engineering</Text>
                <SegmentedControl id="hw-years" name="years" aria-labelledby="hw-years-label" data={[{ value: '0-2', label: '0–2 years' }, { value: '3-6', label: '3–6 years' }, { value: '7-10', label: '7–10 years' }, { value: '11+', label: '11+ years' }]} {...form.getInputProps('years')} />
              </Stack>
              <Select id="hw-degree" label="Highest degree" data={DEGREES} {...form.getInputProps('degree')} />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="hw-languages-label">Which languages do you speak at a professional level?</Text>
                <Chip.Group multiple {...form.getInputProps('languages')}>
                  <Group id="hw-languages" gap="xs" aria-labelledby="hw-languages-label">
                    <Chip value="en">English</Chip><Chip value="de">German</Chip><Chip value="es">Spanish</Chip><Chip value="nl">Dutch</Chip><Chip value="zh">Mandarin</Chip>
                  </Group>
                </Chip.Group>
              </Stack>

              <Title order={2} size="h4" mt="md">Work permit and salary</Title>
              <Radio.Group id="hw-sponsorship" name="sponsorship" label="Visa sponsorship" withAsterisk {...form.getInputProps('sponsorship')}>
                <Stack mt="xs" gap={6}>
                  <Radio value="none" label="I do not need visa sponsorship to work in the US, now or later" />
                  <Radio value="transfer" label="I need an H-1B transfer" />
                  <Radio value="new" label="I need a new visa sponsorship" />
                </Stack>
              </Radio.Group>
              <Stack gap={4}>
                <Text size="sm" fw={500} id="hw-authorized-label">Are you legally allowed to work in the United States?</Text>
                <SegmentedControl id="hw-authorized" name="authorizedUS" aria-labelledby="hw-authorized-label" data={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} {...form.getInputProps('authorizedUS')} />
              </Stack>
              <Radio.Group id="hw-onboarding" name="onboarding" label="Could you join a two-week onboarding in Hamburg in your first quarter?" description="Travel and accommodation are paid by Hafenwerk" {...form.getInputProps('onboarding')}>
                <Group mt="xs"><Radio value="yes" label="Yes" /><Radio value="no" label="No" /><Radio value="maybe" label="Not sure yet" /></Group>
              </Radio.Group>
              <Grid>
                <Grid.Col span={8}><NumberInput id="hw-salary" label="Salary expectation (gross per year)" thousandSeparator="." decimalSeparator="," hideControls {...form.getInputProps('salary')} /></Grid.Col>
                <Grid.Col span={4}><Select id="hw-currency" label="Currency" data={['EUR', 'USD', 'GBP', 'CHF']} allowDeselect={false} {...form.getInputProps('currency')} /></Grid.Col>
              </Grid>
              <DateInput id="hw-start" label="When could you start?" valueFormat="DD.MM.YYYY" placeholder="DD.MM.YYYY" clearable {...form.getInputProps('startDate')} />

              <Title order={2} size="h4" mt="md">Documents</Title>
              <FileInput id="hw-resume" label="CV" placeholder="Upload PDF" accept="application/pdf" withAsterisk clearable {...form.getInputProps('resume')} />
              <Textarea id="hw-why" label="Why Hafenwerk? (optional, max. 1,000 characters)" autosize minRows={3} maxLength={1000} {...form.getInputProps('whyUs')} />
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
