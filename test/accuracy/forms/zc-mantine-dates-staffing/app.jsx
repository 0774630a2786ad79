/**
 * A healthcare-staffing marketplace's careers page on Mantine 9 with @mantine/form (useForm +
 * getInputProps, validate on submit) and @mantine/dates: a DateInput that takes a typed
 * `MM/DD/YYYY` (parsed on blur, hidden input `name`), a DatePickerInput for the date of birth (a
 * button that shows the picked date, calendar in a popover), a MonthPickerInput and a
 * YearPickerInput (buttons) for dates the profile does not hold; the phone as the Mantine docs'
 * InputBase + react-imask `mask="+1 (000) 000-0000"`, a NativeSelect of states, Radio.Card groups,
 * a Chip.Group, a NumberInput "$" with thousand separators, PasswordInput for an optional account,
 * FileInput, autosize Textarea, Switch, Checkbox; header Autocomplete job search. Form values
 * rendered into <pre id="model">.
 */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { IMaskInput } from 'react-imask';
import {
  Alert, Autocomplete, Button, Checkbox, Chip, Container, FileInput, Grid, Group, InputBase, MantineProvider, NativeSelect,
  NumberInput, PasswordInput, Paper, Radio, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { DateInput, DatePickerInput, MonthPickerInput, YearPickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';

const STATES = [
  { value: '', label: 'Select state' }, { value: 'AZ', label: 'Arizona' }, { value: 'CA', label: 'California' }, { value: 'CO', label: 'Colorado' },
  { value: 'FL', label: 'Florida' }, { value: 'GA', label: 'Georgia' }, { value: 'IL', label: 'Illinois' }, { value: 'MA', label: 'Massachusetts' },
  { value: 'MN', label: 'Minnesota' }, { value: 'NY', label: 'New York' }, { value: 'NC', label: 'North Carolina' }, { value: 'OH', label: 'Ohio' },
  { value: 'OR', label: 'Oregon' }, { value: 'PA', label: 'Pennsylvania' }, { value: 'TN', label: 'Tennessee' }, { value: 'TX', label: 'Texas' },
  { value: 'WA', label: 'Washington' },
];
const EDUCATION = [
  { value: 'hs', label: 'High school / GED', description: 'Or equivalent' },
  { value: 'associate', label: 'Associate degree', description: 'AA, AS, AAS' },
  { value: 'bachelor', label: "Bachelor's degree", description: 'BA, BS, BSN' },
  { value: 'graduate', label: 'Graduate degree', description: "Master's, MBA, PhD" },
];
const JOBS = ['Senior Data Engineer, Marketplace', 'Staff Product Designer', 'Clinical Operations Lead', 'Nurse Recruiter'];

function Application() {
  const [submitted, setSubmitted] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      firstName: '', lastName: '', email: '', phone: '', password: '', dateOfBirth: null, city: '', state: '',
      linkedin: '', employer: '', jobTitle: '', roleStarted: null, years: '', education: '', school: '', graduationYear: null,
      authorized: '', sponsorship: '', employmentTypes: [], salary: '', startDate: null, resume: null, coverLetter: '',
      smsUpdates: false, terms: false,
    },
    validate: {
      firstName: (v) => (v ? null : 'First name is required'),
      lastName: (v) => (v ? null : 'Last name is required'),
      email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Invalid email'),
      resume: (v) => (v ? null : 'Please attach your resume'),
      terms: (v) => (v ? null : 'You need to accept the terms'),
    },
  });
  const values = form.getValues();
  useEffect(() => {
    const pre = document.getElementById('model');
    if (pre) pre.textContent = JSON.stringify({ ...values, resume: values.resume ? values.resume.name : null }, null, 2);
  });

  return (
    <>
      <Paper shadow="xs" radius={0} px="xl" py="sm">
        <Group justify="space-between">
          <Text fw={800} size="lg" c="teal.8">shiftwell</Text>
          <Group gap="lg">
            <Text size="sm">For facilities</Text>
            <Text size="sm">For clinicians</Text>
            <Autocomplete placeholder="Search jobs" data={JOBS} aria-label="Search jobs" id="job-search" w={240} />
          </Group>
        </Group>
      </Paper>
      <Container size={820} py="xl">
        <Text c="dimmed" size="sm">Data · Nashville, TN or Remote (US)</Text>
        <Title order={1}>Senior Data Engineer, Marketplace</Title>
        <Text mt="sm" mb="lg">Shiftwell matches 60,000 nurses and techs with open shifts at 900 hospitals. Build the data that prices and fills those shifts.</Text>
        {submitted ? (
          <Alert color="teal" title="Application received" id="application-received">
            Thanks for applying! We'll be in touch within a week.
          </Alert>
        ) : (
          <Paper withBorder radius="md" p="xl">
            <form id="apply" onSubmit={form.onSubmit(() => setSubmitted(true))}>
              <Stack gap="md">
                <Title order={3}>Contact</Title>
                <SimpleGrid cols={2}>
                  <TextInput withAsterisk label="First name" name="firstName" key={form.key('firstName')} {...form.getInputProps('firstName')} />
                  <TextInput withAsterisk label="Last name" name="lastName" key={form.key('lastName')} {...form.getInputProps('lastName')} />
                </SimpleGrid>
                <SimpleGrid cols={2}>
                  <TextInput withAsterisk label="Email" placeholder="your@email.com" name="email" key={form.key('email')} {...form.getInputProps('email')} />
                  <InputBase label="Phone" component={IMaskInput} mask="+1 (000) 000-0000" placeholder="Your phone" name="phone"
                             key={form.key('phone')} {...form.getInputProps('phone')} onAccept={(value) => form.setFieldValue('phone', value)} onChange={undefined} />
                </SimpleGrid>
                <PasswordInput label="Create a password (optional)" description="Save your progress and track this application in your Shiftwell account."
                               name="password" key={form.key('password')} {...form.getInputProps('password')} />
                <DatePickerInput label="Date of birth (optional)" placeholder="Pick date" valueFormat="MMM D, YYYY" clearable name="dateOfBirth" data-field="dateOfBirth"
                                 description="Used only to confirm you meet state licensing age rules." key={form.key('dateOfBirth')} {...form.getInputProps('dateOfBirth')} />
                <SimpleGrid cols={2}>
                  <TextInput label="City" name="city" key={form.key('city')} {...form.getInputProps('city')} />
                  <NativeSelect label="State" data={STATES} name="state" key={form.key('state')} {...form.getInputProps('state')} />
                </SimpleGrid>
                <TextInput label="LinkedIn profile" placeholder="https://www.linkedin.com/in/…" name="linkedin" key={form.key('linkedin')} {...form.getInputProps('linkedin')} />

                <Title order={3} mt="md">Experience</Title>
                <SimpleGrid cols={2}>
                  <TextInput label="Current employer" name="employer" key={form.key('employer')} {...form.getInputProps('employer')} />
                  <TextInput label="Current job title" name="jobTitle" key={form.key('jobTitle')} {...form.getInputProps('jobTitle')} />
                </SimpleGrid>
                <SimpleGrid cols={2}>
                  <MonthPickerInput label="Started in current role" placeholder="Pick month" valueFormat="MMMM YYYY" name="roleStarted" data-field="roleStarted"
                                    key={form.key('roleStarted')} {...form.getInputProps('roleStarted')} />
                  <NumberInput label="Years of data engineering experience" min={0} max={50} allowDecimal={false} name="years"
                               key={form.key('years')} {...form.getInputProps('years')} />
                </SimpleGrid>
                <Radio.Group label="Highest level of education" name="education" key={form.key('education')} {...form.getInputProps('education')}>
                  <Grid mt="xs">
                    {EDUCATION.map((item) => (
                      <Grid.Col span={6} key={item.value}>
                        <Radio.Card radius="md" value={item.value} p="sm">
                          <Group wrap="nowrap" align="flex-start">
                            <Radio.Indicator />
                            <div>
                              <Text fw={600} size="sm" className="edu-label">{item.label}</Text>
                              <Text size="xs" c="dimmed">{item.description}</Text>
                            </div>
                          </Group>
                        </Radio.Card>
                      </Grid.Col>
                    ))}
                  </Grid>
                </Radio.Group>
                <SimpleGrid cols={2}>
                  <TextInput label="School" name="school" key={form.key('school')} {...form.getInputProps('school')} />
                  <YearPickerInput label="Graduation year" placeholder="Pick year" name="graduationYear" data-field="graduationYear" key={form.key('graduationYear')} {...form.getInputProps('graduationYear')} />
                </SimpleGrid>

                <Title order={3} mt="md">Eligibility</Title>
                <Radio.Group label="Are you legally authorized to work in the United States?" name="authorized" key={form.key('authorized')} {...form.getInputProps('authorized')}>
                  <Group mt="xs"><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
                </Radio.Group>
                <Radio.Group label="Will you now or in the future require sponsorship for an employment visa?" name="sponsorship" key={form.key('sponsorship')} {...form.getInputProps('sponsorship')}>
                  <Group mt="xs"><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
                </Radio.Group>
                <div>
                  <Text size="sm" fw={500} id="types-label">Which arrangements would you consider?</Text>
                  <Chip.Group multiple key={form.key('employmentTypes')} {...form.getInputProps('employmentTypes')}>
                    <Group mt="xs" aria-labelledby="types-label" role="group">
                      <Chip value="full-time" name="employmentTypes">Full-time</Chip>
                      <Chip value="contract" name="employmentTypes">Contract</Chip>
                      <Chip value="part-time" name="employmentTypes">Part-time</Chip>
                    </Group>
                  </Chip.Group>
                </div>
                <SimpleGrid cols={2}>
                  <NumberInput label="Desired base salary" prefix="$" thousandSeparator="," min={0} name="salary" description="Per year"
                               key={form.key('salary')} {...form.getInputProps('salary')} />
                  <DateInput label="Earliest start date" placeholder="MM/DD/YYYY" valueFormat="MM/DD/YYYY" name="startDate" data-field="startDate"
                             key={form.key('startDate')} {...form.getInputProps('startDate')} />
                </SimpleGrid>

                <Title order={3} mt="md">Documents</Title>
                <FileInput label="Resume" withAsterisk placeholder="Upload PDF or Word" accept=".pdf,.doc,.docx" clearable name="resume" data-field="resume"
                           key={form.key('resume')} {...form.getInputProps('resume')} />
                <Textarea label="Cover letter" autosize minRows={4} name="coverLetter" key={form.key('coverLetter')} {...form.getInputProps('coverLetter')} />
                <Switch label="Text me about my application status" name="smsUpdates" key={form.key('smsUpdates')} {...form.getInputProps('smsUpdates', { type: 'checkbox' })} />
                <Checkbox label="I agree to the Terms of Service and Privacy Policy" name="terms" key={form.key('terms')} {...form.getInputProps('terms', { type: 'checkbox' })} />
                <Group justify="flex-end"><Button type="submit" id="submit-application" color="teal">Submit application</Button></Group>
              </Stack>
            </form>
          </Paper>
        )}
      </Container>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <MantineProvider>
    <Application />
  </MantineProvider>,
);
