/**
 * Kestrow Maritime careers: a three-step application in a Mantine 9 Stepper, its state held by
 * @mantine/form in **uncontrolled** mode (inputs get `key={form.key(path)}` and
 * getInputProps' defaultValue; React never re-renders on typing, so the DOM and the form store are
 * the only places a value lives; the page mirrors the store into <pre id="model"> through
 * onValuesChange). Steps unmount when left and are rebuilt from the store. Pieces: a searchable
 * Select of time zones grouped by region, an Autocomplete city grouped by state, a "+1" left
 * section before the phone, a NumberInput years with a " years" suffix, a NumberInput salary with
 * "$" prefix and thousands separators, a Select of start months, Radio.Groups with sentence
 * answers, a TagsInput and a Checkbox.Group left alone, FileInput, Textareas, EEO Select.
 * "Next" validates the step's fields only.
 */
import '@mantine/core/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Alert, Anchor, Autocomplete, Button, Checkbox, Container, FileInput, Group, MantineProvider, NumberInput, Paper, Radio, Select, SimpleGrid, Stack,
  Stepper, TagsInput, Text, TextInput, Textarea, Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';

const ZONES = [
  { group: 'Americas', items: ['Hawaii Time (UTC−10:00)', 'Alaska Time (UTC−09:00)', 'Pacific Time – US & Canada (UTC−08:00)', 'Mountain Time – US & Canada (UTC−07:00)', 'Arizona (UTC−07:00)', 'Central Time – US & Canada (UTC−06:00)', 'Eastern Time – US & Canada (UTC−05:00)', 'Atlantic Time – Canada (UTC−04:00)', 'Brasília (UTC−03:00)'] },
  { group: 'Europe & Africa', items: ['London (UTC+00:00)', 'Central European Time (UTC+01:00)', 'Eastern European Time (UTC+02:00)', 'Lagos (UTC+01:00)', 'Nairobi (UTC+03:00)'] },
  { group: 'Asia Pacific', items: ['India (UTC+05:30)', 'Singapore (UTC+08:00)', 'Tokyo (UTC+09:00)', 'Sydney (UTC+10:00)', 'Auckland (UTC+12:00)'] },
];
const CITIES = [
  { group: 'California', items: ['Long Beach', 'Los Angeles', 'Oakland', 'San Diego', 'San Francisco', 'South San Francisco'] },
  { group: 'Washington', items: ['Seattle', 'Tacoma'] },
  { group: 'Texas', items: ['Houston', 'Galveston'] },
  { group: 'New York / New Jersey', items: ['Newark', 'New York'] },
];
const DEGREES = ['High school diploma', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctorate', 'Maritime academy certificate'];
const MONTHS = ['As soon as possible', 'December 2026', 'January 2027', 'February 2027', 'March 2027', 'April 2027 or later'];
const HEARD = ['LinkedIn', 'Kestrow website', 'Referral', 'Trade press', 'Career fair', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'Prefer not to say'];

const STEP_FIELDS = [
  ['firstName', 'lastName', 'email', 'phone', 'timeZone', 'city'],
  ['years', 'resume'],
  ['authorized', 'sponsorship', 'consent'],
];

const INITIAL = {
  firstName: '', lastName: '', email: '', phone: '', timeZone: null, city: '', linkedin: '', website: '',
  employer: '', jobTitle: '', years: '', degree: null, school: '', salary: '', startMonth: null, tools: [], resume: null, coverLetter: '',
  authorized: '', sponsorship: '', offices: [], seaTime: '', whyKestrow: '', heard: null, gender: null, consent: false,
};

function App() {
  const [active, setActive] = useState(0);
  const [sent, setSent] = useState(false);
  const [model, setModel] = useState(INITIAL);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: INITIAL,
    validate: {
      firstName: (v) => (v.trim() ? null : 'Enter your first name'),
      lastName: (v) => (v.trim() ? null : 'Enter your last name'),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v) ? null : 'Enter a valid email'),
      phone: (v) => (/^\D*(\d\D*){10}$/.test(v) ? null : 'Enter your 10-digit number'),
      timeZone: (v) => (v ? null : 'Pick your time zone'),
      city: (v) => (v.trim() ? null : 'Enter your city'),
      years: (v) => (v === '' || v === null ? 'Required' : null),
      resume: (v) => (v ? null : 'Attach your resume'),
      authorized: (v) => (v ? null : 'Required'),
      sponsorship: (v) => (v ? null : 'Required'),
      consent: (v) => (v ? null : 'Please confirm'),
    },
    onValuesChange: (values) => setModel({ ...values, resume: values.resume ? values.resume.name : null }),
  });

  const next = () => {
    const errors = STEP_FIELDS[active].map((path) => form.validateField(path).hasError);
    if (!errors.some(Boolean)) setActive((s) => Math.min(s + 1, 2));
  };
  const props = (path, extra = {}) => ({ key: form.key(path), id: `km-${path}`, name: path, ...form.getInputProps(path, extra) });

  return (
    <MantineProvider theme={{ primaryColor: 'cyan', fontFamily: 'Inter, system-ui, sans-serif' }}>
      <header className="km-head">
        <strong>KESTROW</strong> <span>Maritime</span>
        <nav><a href="#">Fleet</a><a href="#">Terminals</a><a href="#">Careers</a></nav>
        <TextInput id="km-job-search" size="xs" placeholder="Search open roles" aria-label="Search open roles" w={220} />
      </header>
      <Container size="sm" my="xl">
        <Text c="cyan.8" fw={600} size="sm">Voyage Data · Long Beach, CA or Remote (US Pacific)</Text>
        <Title order={1}>Senior Data Engineer, Voyage Analytics</Title>
        <Text my="sm">Kestrow's 38 vessels report position, fuel burn and engine telemetry every minute. Build the lakehouse that turns it into routing and emissions decisions.</Text>
        <Paper withBorder p="lg" radius="md">
          <form id="km-form" noValidate onSubmit={form.onSubmit(() => setSent(true))}>
            <Stepper active={active} onStepClick={(i) => i < active && setActive(i)} size="sm">
              <Stepper.Step label="Contact" description="How to reach you">
                <Stack gap="sm" mt="md">
                  <SimpleGrid cols={2}>
                    <TextInput label="First name" withAsterisk autoComplete="given-name" {...props('firstName')} />
                    <TextInput label="Last name" withAsterisk autoComplete="family-name" {...props('lastName')} />
                  </SimpleGrid>
                  <TextInput label="Email" withAsterisk type="email" {...props('email')} />
                  <TextInput label="Mobile phone" withAsterisk type="tel" leftSection={<Text size="sm" c="dimmed">+1</Text>} leftSectionWidth={36}
                    description="US numbers only" {...props('phone')} />
                  <Select label="Your time zone" withAsterisk searchable data={ZONES} placeholder="Pick one" nothingFoundMessage="No time zone found"
                    description="We schedule interviews in your local time" {...props('timeZone')} />
                  <Autocomplete label="City" withAsterisk data={CITIES} placeholder="Start typing" {...props('city')} />
                  <SimpleGrid cols={2}>
                    <TextInput label="LinkedIn" placeholder="https://linkedin.com/in/…" {...props('linkedin')} />
                    <TextInput label="Website" placeholder="https://" {...props('website')} />
                  </SimpleGrid>
                </Stack>
              </Stepper.Step>
              <Stepper.Step label="Experience" description="Your background">
                <Stack gap="sm" mt="md">
                  <SimpleGrid cols={2}>
                    <TextInput label="Current employer" {...props('employer')} />
                    <TextInput label="Current title" {...props('jobTitle')} />
                  </SimpleGrid>
                  <NumberInput label="Years of professional data engineering experience" withAsterisk suffix=" years" min={0} max={50} allowDecimal={false} {...props('years')} />
                  <SimpleGrid cols={2}>
                    <Select label="Highest degree" data={DEGREES} placeholder="Select" {...props('degree')} />
                    <TextInput label="School" {...props('school')} />
                  </SimpleGrid>
                  <TagsInput label="Tools you know well" description="Press Enter after each" placeholder="e.g. Spark" {...props('tools')} />
                  <SimpleGrid cols={2}>
                    <NumberInput label="Expected base salary" description="Per year, USD" prefix="$" thousandSeparator="," min={0} allowDecimal={false} hideControls {...props('salary')} />
                    <Select label="Earliest start" data={MONTHS} placeholder="Select a month" {...props('startMonth')} />
                  </SimpleGrid>
                  <FileInput label="Resume" withAsterisk placeholder="Upload PDF or DOCX" accept=".pdf,.docx" clearable {...props('resume')} />
                  <Textarea label="Cover letter" description="Optional" autosize minRows={4} {...props('coverLetter')} />
                </Stack>
              </Stepper.Step>
              <Stepper.Step label="Questions" description="A few more things">
                <Stack gap="sm" mt="md">
                  <Radio.Group label="Are you legally authorized to work in the United States?" withAsterisk {...props('authorized')} id={undefined}>
                    <Group mt={6}><Radio value="yes" label="Yes" id="km-authorized-yes" /><Radio value="no" label="No" id="km-authorized-no" /></Group>
                  </Radio.Group>
                  <Radio.Group label="Sponsorship" description="Will you need Kestrow to sponsor an employment visa (e.g. H-1B) now or in the future?" withAsterisk {...props('sponsorship')} id={undefined}>
                    <Stack mt={6} gap={6}>
                      <Radio value="none" label="No, I will not need sponsorship" id="km-sponsorship-none" />
                      <Radio value="future" label="Not now, but I will in the future" id="km-sponsorship-future" />
                      <Radio value="now" label="Yes, I need sponsorship now" id="km-sponsorship-now" />
                    </Stack>
                  </Radio.Group>
                  <Checkbox.Group label="Which offices could you commute to?" description="Select all that apply" {...props('offices', { type: 'checkbox' })} id="km-offices">
                    <Group mt={6}><Checkbox value="long-beach" label="Long Beach" /><Checkbox value="houston" label="Houston" /><Checkbox value="newark" label="Newark" /></Group>
                  </Checkbox.Group>
                  <Radio.Group label="Have you ever served aboard a commercial vessel?" {...props('seaTime')} id={undefined}>
                    <Group mt={6}><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
                  </Radio.Group>
                  <Textarea label="Which voyage decision would you most like to improve with data, and why?" autosize minRows={3} {...props('whyKestrow')} />
                  <Select label="How did you hear about this role?" data={HEARD} placeholder="Select" clearable {...props('heard')} />
                  <Select label="Gender (voluntary)" data={GENDER} placeholder="Select" clearable {...props('gender')} />
                  <Checkbox label="I confirm the information is accurate and accept the Kestrow candidate privacy notice." {...props('consent', { type: 'checkbox' })} />
                </Stack>
              </Stepper.Step>
            </Stepper>
            <Group justify="space-between" mt="lg">
              <Button variant="default" onClick={() => setActive((s) => Math.max(s - 1, 0))} disabled={active === 0}>Back</Button>
              {active < 2
                ? <Button id="km-next" onClick={next}>Next step</Button>
                : <Button id="km-submit" type="submit">Submit application</Button>}
            </Group>
            {sent && <Alert id="km-sent" color="teal" mt="md">Thank you — your application has been submitted.</Alert>}
          </form>
        </Paper>
        <Text size="xs" c="dimmed" mt="md">Questions? <Anchor href="#">careers@kestrow.example</Anchor></Text>
      </Container>
      <pre id="model">{JSON.stringify(model)}</pre>
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
