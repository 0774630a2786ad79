/*
 * Marrowfield Health careers: a React page on Mantine 9 + @mantine/dates, with @mantine/form's
 * useForm validating on submit. Exercises: a searchable dial-code Select ("Canada (+1)" and
 * "Puerto Rico (+1)" beside "United States (+1)"), a country Select whose State Select is disabled
 * until the United States is chosen, a Chip.Group (radio chips, input + label) for the year ranges, Switch
 * statements (native checkbox role=switch) for eligibility, DateInput "MM/DD/YYYY" for the start,
 * MonthPickerInput (button, hidden value) for the graduation (left), a NumberInput with "$",
 * thousands separator and stepper controls, a Chip.Group of work settings (checkbox chips, left),
 * TagsInput (left), MultiSelect preferred sites (left), FileInput resume and cover-letter slots
 * (hidden inputs behind buttons), consent Checkbox, header search, footer job alerts.
 * Each posting brings its title, ranges and questions.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { Button, Checkbox, Chip, FileInput, Group, MantineProvider, MultiSelect, NumberInput, Radio, Select, Stack, Switch, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DateInput, DatesProvider, MonthPickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

const DIAL = [
  { value: 'ca', label: 'Canada (+1)' }, { value: 'mx', label: 'Mexico (+52)' }, { value: 'pr', label: 'Puerto Rico (+1)' },
  { value: 'gb', label: 'United Kingdom (+44)' }, { value: 'us', label: 'United States (+1)' }, { value: 'vi', label: 'U.S. Virgin Islands (+1)' },
];
const COUNTRIES = ['Canada', 'Mexico', 'Puerto Rico', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];
const STATES = ['Arizona', 'California', 'Colorado', 'Nevada', 'Oregon', 'Texas', 'Utah', 'Washington'];
const DEGREES = ['High school diploma or GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate'];

export function renderApplication(posting) {
  function Application() {
    const [sent, setSent] = useState(false);
    const [search, setSearch] = useState('');
    const [alerts, setAlerts] = useState('');
    const answers = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'switch' ? false : q.type === 'chips' ? [] : '']));
    const form = useForm({
      mode: 'controlled',
      initialValues: {
        firstName: '', lastName: '', email: '', dialCode: null, phone: '', country: null, state: null, city: '', linkedin: '',
        employer: '', jobTitle: '', years: '', degree: null, graduation: null, authorized: false, sponsorship: false,
        startDate: null, salary: '', settings: [], skills: [], sites: [], resume: null, coverLetter: null, answers, consent: false,
      },
      validate: {
        firstName: (v) => (v.trim() ? null : 'Required'),
        lastName: (v) => (v.trim() ? null : 'Required'),
        email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter a valid email'),
        phone: (v) => (v.replace(/\D/g, '').length >= 7 ? null : 'Enter your phone number'),
        years: (v) => (v ? null : 'Choose one'),
        resume: (v) => (v ? null : 'Attach your resume'),
        consent: (v) => (v ? null : 'Please confirm'),
      },
    });
    const v = form.getValues();
    const model = {
      ...v,
      graduation: v.graduation ? dayjs(v.graduation).format('YYYY-MM') : null,
      startDate: v.startDate ? dayjs(v.startDate).format('YYYY-MM-DD') : null,
      resume: v.resume?.name ?? null,
      coverLetter: v.coverLetter?.name ?? null,
      search, alerts,
    };
    return (
      <>
        <header className="mh-header">
          <strong>Marrowfield Health</strong>
          <span className="mh-nav">Careers · Nursing · Corporate · Students</span>
          <TextInput id="mh-search" aria-label="Search jobs" placeholder="Search jobs" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={240} />
        </header>
        <main className="mh-page">
          <Text c="dimmed" size="sm">{posting.team} · {posting.where}</Text>
          <Title order={1} mt={4}>{posting.title}</Title>
          <Text mt="sm">{posting.intro}</Text>
          {sent ? <Text id="mh-sent" mt="xl" fw={600}>Application received. A recruiter will be in touch.</Text> : (
            <form id="mh-apply" onSubmit={form.onSubmit(() => setSent(true))} noValidate>
              <Stack gap="md" mt="lg">
                <Title order={3}>Contact details</Title>
                <Group grow>
                  <TextInput id="mh-first" label="First name" withAsterisk {...form.getInputProps('firstName')} />
                  <TextInput id="mh-last" label="Last name" withAsterisk {...form.getInputProps('lastName')} />
                </Group>
                <TextInput id="mh-email" label="Email" withAsterisk type="email" {...form.getInputProps('email')} />
                <Group grow align="flex-start">
                  <Select id="mh-dial" label="Country code" placeholder="Select" searchable data={DIAL} {...form.getInputProps('dialCode')} maw={220} />
                  <TextInput id="mh-phone" label="Phone number" withAsterisk type="tel" {...form.getInputProps('phone')} />
                </Group>
                <Group grow align="flex-start">
                  <Select id="mh-country" label="Country of residence" placeholder="Select a country" searchable data={COUNTRIES} {...form.getInputProps('country')} />
                  <Select id="mh-state" label="State" placeholder="Select a state" searchable disabled={v.country !== 'United States'} data={STATES} {...form.getInputProps('state')} />
                </Group>
                <TextInput id="mh-city" label="City" {...form.getInputProps('city')} />
                <TextInput id="mh-linkedin" label="LinkedIn profile" placeholder="https://www.linkedin.com/in/…" {...form.getInputProps('linkedin')} />

                <Title order={3} mt="md">Experience</Title>
                <Group grow>
                  <TextInput id="mh-employer" label="Most recent employer" {...form.getInputProps('employer')} />
                  <TextInput id="mh-jobtitle" label="Most recent job title" {...form.getInputProps('jobTitle')} />
                </Group>
                <div>
                  <Text size="sm" fw={500} mb={6} id="mh-years-label">{posting.yearsLabel} <span style={{ color: '#e03131' }}>*</span></Text>
                  <Chip.Group multiple={false} {...form.getInputProps('years')}>
                    <Group gap="xs" id="mh-years" role="radiogroup" aria-labelledby="mh-years-label">
                      {posting.years.map((y) => <Chip key={y} value={y} name="years">{y}</Chip>)}
                    </Group>
                  </Chip.Group>
                  {form.errors.years && <Text c="red" size="xs">{form.errors.years}</Text>}
                </div>
                <Select id="mh-degree" label="Highest level of education" placeholder="Select" data={DEGREES} {...form.getInputProps('degree')} />
                <MonthPickerInput id="mh-graduation" label="Graduation date" placeholder="Pick month" valueFormat="MMMM YYYY" clearable {...form.getInputProps('graduation')} />
                <TagsInput id="mh-skills" label="Skills" description="Press Enter after each skill" {...form.getInputProps('skills')} />

                <Title order={3} mt="md">Eligibility and availability</Title>
                <Switch id="mh-authorized" label="I am legally authorized to work in the United States" {...form.getInputProps('authorized', { type: 'checkbox' })} />
                <Switch id="mh-sponsorship" label="I will require sponsorship for an employment visa, now or in the future" {...form.getInputProps('sponsorship', { type: 'checkbox' })} />
                <Group grow align="flex-start">
                  <DateInput id="mh-start" label="When could you start?" placeholder="MM/DD/YYYY" valueFormat="MM/DD/YYYY" clearable {...form.getInputProps('startDate')} />
                  <NumberInput id="mh-salary" label="Desired annual salary" prefix="$" thousandSeparator="," min={0} step={5000} {...form.getInputProps('salary')} />
                </Group>
                <div>
                  <Text size="sm" fw={500} mb={6}>Work settings you are open to</Text>
                  <Chip.Group multiple {...form.getInputProps('settings')}>
                    <Group gap="xs" id="mh-settings">
                      {['On-site', 'Hybrid', 'Remote'].map((s) => <Chip key={s} value={s}>{s}</Chip>)}
                    </Group>
                  </Chip.Group>
                </div>
                <MultiSelect id="mh-sites" label="Preferred sites" placeholder="Pick any" data={posting.sites} {...form.getInputProps('sites')} />

                {posting.questions.length > 0 && <Title order={3} mt="md">Role questions</Title>}
                {posting.questions.map((q) => {
                  if (q.type === 'switch') return <Switch key={q.key} id={`mh-${q.key}`} label={q.label} {...form.getInputProps(`answers.${q.key}`, { type: 'checkbox' })} />;
                  if (q.type === 'chips') return (
                    <div key={q.key}>
                      <Text size="sm" fw={500} mb={6}>{q.label}</Text>
                      <Chip.Group multiple {...form.getInputProps(`answers.${q.key}`)}>
                        <Group gap="xs" id={`mh-${q.key}`}>{q.options.map((o) => <Chip key={o} value={o}>{o}</Chip>)}</Group>
                      </Chip.Group>
                    </div>
                  );
                  if (q.type === 'radio') return (
                    <Radio.Group key={q.key} id={`mh-${q.key}`} name={q.key} label={q.label} {...form.getInputProps(`answers.${q.key}`)}>
                      <Group mt={6}>{q.options.map((o) => <Radio key={o} value={o} label={o} />)}</Group>
                    </Radio.Group>
                  );
                  if (q.type === 'select') return <Select key={q.key} id={`mh-${q.key}`} label={q.label} placeholder="Select" data={q.options} {...form.getInputProps(`answers.${q.key}`)} />;
                  return <Textarea key={q.key} id={`mh-${q.key}`} label={q.label} autosize minRows={3} {...form.getInputProps(`answers.${q.key}`)} />;
                })}

                <Title order={3} mt="md">Documents</Title>
                <FileInput id="mh-resume" label="Resume" withAsterisk placeholder="Upload resume" accept=".pdf,.doc,.docx" clearable fileInputProps={{ id: 'mh-resume-input' }} {...form.getInputProps('resume')} />
                <FileInput id="mh-cover" label="Cover letter" placeholder="Upload cover letter" accept=".pdf,.doc,.docx,.txt" clearable fileInputProps={{ id: 'mh-cover-input' }} {...form.getInputProps('coverLetter')} />
                <Checkbox id="mh-consent" label="I certify that the information in this application is true and complete" {...form.getInputProps('consent', { type: 'checkbox' })} />
                <Group><Button type="submit" id="mh-submit">Submit application</Button></Group>
              </Stack>
            </form>
          )}
          <pre id="model">{JSON.stringify(model)}</pre>
        </main>
        <footer className="mh-footer">
          <Text fw={600}>Get job alerts</Text>
          <TextInput id="mh-alerts" aria-label="Email for job alerts" placeholder="Email address" value={alerts} onChange={(e) => setAlerts(e.currentTarget.value)} w={260} />
          <Button variant="default">Sign up</Button>
        </footer>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(
    <MantineProvider>
      <DatesProvider settings={{ locale: 'en' }}>
        <Application />
      </DatesProvider>
    </MantineProvider>,
  );
}
