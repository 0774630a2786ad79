/*
 * Pebblecrest Travel careers on Mantine 9 (@mantine/core, @mantine/dates, @mantine/form useForm
 * with validate): an Autocomplete whose data loads after typing, a searchable Select of schools
 * with a "nothing found" message, a MultiSelect to leave alone, a SegmentedControl for years, a
 * NumberInput with "$" prefix and thousand separators, a Switch group, a DateInput with a custom
 * "MMM D, YYYY" format (typed or picked from its calendar), a MonthPickerInput graduation to leave
 * alone, Chip.Group for work style, FileInput. State goes to <pre id="model">.
 */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Alert, Autocomplete, Button, Checkbox, Chip, Container, Divider, FileInput, Group, Loader, MantineProvider, MultiSelect, NumberInput,
  Paper, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title, Input,
} from '@mantine/core';
import { DateInput, MonthPickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';

const CITIES = ['San Francisco, CA', 'South San Francisco, CA', 'San Francisco Peaks, AZ', 'Santa Clara, CA', 'San Jose, CA', 'Seattle, WA', 'Salt Lake City, UT', 'Denver, CO', 'Honolulu, HI', 'Orlando, FL'];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Irvine', 'University of California, Riverside', 'Berkeley College (New York)', 'University of Hawaiʻi at Mānoa', 'University of Utah', 'Stanford University', 'Santa Clara University'];
const MONTHS = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
const pad = (n) => String(n).padStart(2, '0');
function parseDate(s) {
  const t = s.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${pad(m[1])}-${pad(m[2])}`;
  m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m && MONTHS[m[1].toLowerCase()] !== undefined) return `${m[3]}-${pad(MONTHS[m[1].toLowerCase()] + 1)}-${pad(m[2])}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  return m ? t : null;
}

function CityAutocomplete(props) {
  const [data, setData] = useState([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const { value } = props;
  useEffect(() => {
    const q = (value ?? '').trim();
    if (q.length < 2) { setData([]); return; }
    const n = ++seq.current;
    setLoading(true);
    setTimeout(() => { if (n === seq.current) { setData(CITIES.filter((c) => c.toLowerCase().includes(q.toLowerCase()))); setLoading(false); } }, 400);
  }, [value]);
  return <Autocomplete {...props} data={data} filter={({ options }) => options} rightSection={loading ? <Loader size={14} /> : null} />;
}

function Application() {
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', website: '', employer: '', jobTitle: '', years: '',
      tools: [], school: null, graduation: null, authorized: false, sponsorship: false, salary: '', startDate: null, workStyle: 'hybrid',
      resume: null, coverLetter: '', smsOptIn: false, privacy: false,
    },
    validate: {
      firstName: (v) => (v ? null : 'Required'), lastName: (v) => (v ? null : 'Required'),
      email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Invalid email'), location: (v) => (v ? null : 'Required'),
      years: (v) => (v ? null : 'Choose a range'), startDate: (v) => (v ? null : 'Required'), resume: (v) => (v ? null : 'Attach your resume'),
      privacy: (v) => (v ? null : 'Please accept'),
    },
  });
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const v = form.getValues();
  const model = { ...v, resume: v.resume ? v.resume.name : null, search };
  return (
    <MantineProvider>
      <Group px="xl" py="sm" style={{ background: '#0c4a6e', color: '#fff' }}>
        <Text fw={700} style={{ flex: 1 }}>Pebblecrest Travel</Text>
        <TextInput id="pc-search" aria-label="Search jobs" placeholder="Search jobs" size="xs" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      </Group>
      <Container size="sm" py="xl">
        <Text c="dimmed" size="sm">Data · Honolulu, HI or Remote (US)</Text>
        <Title order={2} mb="sm">Analytics Engineer II</Title>
        <Text mb="lg">Pebblecrest sells 4 million vacation packages a year. Our analytics engineers model bookings, pricing and partner payouts in dbt.</Text>
        {sent ? <Alert id="pc-sent" color="teal" title="Application received">We’ll review it within a week.</Alert> : (
          <Paper withBorder p="xl" radius="md" component="form" id="pc-form" noValidate onSubmit={form.onSubmit(() => setSent(true))}>
            <Stack gap="md">
              <Title order={4}>Contact</Title>
              <SimpleGrid cols={2}>
                <TextInput label="First name" withAsterisk name="firstName" key={form.key('firstName')} {...form.getInputProps('firstName')} />
                <TextInput label="Last name" withAsterisk name="lastName" key={form.key('lastName')} {...form.getInputProps('lastName')} />
              </SimpleGrid>
              <TextInput label="Email" type="email" withAsterisk name="email" key={form.key('email')} {...form.getInputProps('email')} />
              <TextInput label="Phone" type="tel" description="Include country code, e.g. +1 808 555 0100" name="phone" key={form.key('phone')} {...form.getInputProps('phone')} />
              <CityAutocomplete label="Where do you live?" placeholder="Start typing your city" withAsterisk name="location" key={form.key('location')} {...form.getInputProps('location')} />
              <SimpleGrid cols={2}>
                <TextInput label="LinkedIn" placeholder="linkedin.com/in/…" name="linkedin" key={form.key('linkedin')} {...form.getInputProps('linkedin')} />
                <TextInput label="Website" placeholder="https://" name="website" key={form.key('website')} {...form.getInputProps('website')} />
              </SimpleGrid>

              <Divider />
              <Title order={4}>Experience</Title>
              <SimpleGrid cols={2}>
                <TextInput label="Current employer" name="employer" key={form.key('employer')} {...form.getInputProps('employer')} />
                <TextInput label="Current job title" name="jobTitle" key={form.key('jobTitle')} {...form.getInputProps('jobTitle')} />
              </SimpleGrid>
              <Input.Wrapper label="Years of analytics or data engineering experience" withAsterisk error={form.errors.years}>
                <SegmentedControl fullWidth data={[{ value: '0-1', label: '0–1' }, { value: '2-3', label: '2–3' }, { value: '4-6', label: '4–6' }, { value: '7-10', label: '7–10' }, { value: '10+', label: '10+' }]} name="years" key={form.key('years')} {...form.getInputProps('years')} />
              </Input.Wrapper>
              <MultiSelect label="Tools you use every week" placeholder="Pick tools" data={['dbt', 'Looker', 'Snowflake', 'BigQuery', 'Airflow', 'Dagster', 'Tableau', 'Python']} searchable clearable name="tools" key={form.key('tools')} {...form.getInputProps('tools')} />
              <Select label="University" placeholder="Search your university" searchable clearable nothingFoundMessage="Not listed — leave blank and tell us in your cover letter" data={SCHOOLS} name="school" key={form.key('school')} {...form.getInputProps('school')} />
              <div data-field="graduation"><MonthPickerInput label="Graduation month" placeholder="Pick month" clearable name="graduation" key={form.key('graduation')} {...form.getInputProps('graduation')} /></div>

              <Divider />
              <Title order={4}>Logistics</Title>
              <Switch label="I am authorized to work in the United States" name="authorized" key={form.key('authorized')} {...form.getInputProps('authorized', { type: 'checkbox' })} />
              <Switch label="I will require Pebblecrest to sponsor my work visa" name="sponsorship" key={form.key('sponsorship')} {...form.getInputProps('sponsorship', { type: 'checkbox' })} />
              <SimpleGrid cols={2}>
                <NumberInput label="Desired annual salary" prefix="$" thousandSeparator="," min={0} hideControls name="salary" key={form.key('salary')} {...form.getInputProps('salary')} />
                <DateInput label="Available from" placeholder="Jan 1, 2027" valueFormat="MMM D, YYYY" dateParser={parseDate} withAsterisk clearable name="startDate" key={form.key('startDate')} {...form.getInputProps('startDate')} />
              </SimpleGrid>
              <Input.Wrapper label="Preferred work style" data-field="workStyle">
                <Chip.Group key={form.key('workStyle')} {...form.getInputProps('workStyle')}>
                  <Group gap="xs" mt={4}>
                    <Chip value="remote">Remote</Chip><Chip value="hybrid">Hybrid</Chip><Chip value="office">In office</Chip>
                  </Group>
                </Chip.Group>
              </Input.Wrapper>
              <div data-field="resume"><FileInput label="Resume" placeholder="Upload PDF" accept="application/pdf" withAsterisk clearable name="resume" key={form.key('resume')} {...form.getInputProps('resume')} /></div>
              <Textarea label="Cover letter" description="Optional, but we read every one" autosize minRows={4} name="coverLetter" key={form.key('coverLetter')} {...form.getInputProps('coverLetter')} />
              <Checkbox label="Send me SMS updates about this application" name="smsOptIn" key={form.key('smsOptIn')} {...form.getInputProps('smsOptIn', { type: 'checkbox' })} />
              <Checkbox label="I have read the candidate privacy notice" name="privacy" key={form.key('privacy')} {...form.getInputProps('privacy', { type: 'checkbox' })} />
              <Group justify="flex-end"><Button type="submit" id="pc-submit">Submit application</Button></Group>
            </Stack>
          </Paper>
        )}
      </Container>
      <pre id="model">{JSON.stringify(model)}</pre>
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
