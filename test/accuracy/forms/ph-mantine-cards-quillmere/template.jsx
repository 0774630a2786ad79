/**
 * Quillmere Labs (Vancouver) careers page on Mantine 9, hiring across Canada and the US: choice
 * controls in the shapes Mantine ships. A searchable Select of "CC – Country" entries preset to
 * "CA – Canada", a TreeSelect for where the person lives (region › country › state › city, with
 * search), a Switch with YES/NO inside the track for "Currently employed", a Toggle button for
 * "Open to relocation", a SegmentedControl of experience ranges, Chips for the highest degree,
 * a Select for the school that lists nothing until 3 letters are typed, Radio.Card groups (buttons
 * with role=radio, a title and a description, no native input) for work authorization and
 * sponsorship, a NumberInput "$" salary beside a NativeSelect of currencies starting on CAD,
 * pronoun radios whose "Other (please specify)" reveals a box, a Cascader, a FileInput, EEO
 * NativeSelects whose first option is a real answer, and a job-alert box in the sidebar. Each
 * posting's app.jsx passes its own questions. React state is rendered into <pre id="model">.
 */
import '@mantine/core/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Cascader, Checkbox, Chip, FileInput, Group, MantineProvider, NativeSelect, NumberInput, Paper, Radio, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text,
  Textarea, TextInput, Title, Toggle, TreeSelect,
} from '@mantine/core';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ value: c.cca2, label: `${c.cca2} – ${c.name.common}` })).sort((a, b) => a.label.localeCompare(b.label));
const SCHOOLS = [
  'Berkeley City College', 'Berkeley College', 'University of California, Berkeley', 'University of California, Berkeley Extension', 'University of California, Irvine',
  'University of California, Davis', 'University of British Columbia', 'Simon Fraser University', 'University of Victoria', 'University of Waterloo', 'University of Toronto',
  'McGill University', 'University of Washington', 'Stanford University', 'San Jose State University', 'Carnegie Mellon University', 'Georgia Institute of Technology',
];
const node = (value, label, children) => (children ? { value, label, children } : { value, label });
const PLACES = [
  node('na', 'North America', [
    node('ca', 'Canada', [
      node('ca-bc', 'British Columbia', [node('ca-bc-van', 'Vancouver'), node('ca-bc-vic', 'Victoria'), node('ca-bc-kel', 'Kelowna')]),
      node('ca-ab', 'Alberta', [node('ca-ab-cal', 'Calgary'), node('ca-ab-edm', 'Edmonton')]),
      node('ca-on', 'Ontario', [node('ca-on-tor', 'Toronto'), node('ca-on-ott', 'Ottawa'), node('ca-on-wat', 'Waterloo')]),
      node('ca-qc', 'Quebec', [node('ca-qc-mtl', 'Montreal')]),
    ]),
    node('us', 'United States', [
      node('us-ca', 'California', [node('us-ca-la', 'Los Angeles'), node('us-ca-sd', 'San Diego'), node('us-ca-sf', 'San Francisco'), node('us-ca-sj', 'San Jose'), node('us-ca-oak', 'Oakland')]),
      node('us-or', 'Oregon', [node('us-or-pdx', 'Portland')]),
      node('us-wa', 'Washington', [node('us-wa-sea', 'Seattle'), node('us-wa-bel', 'Bellevue')]),
      node('us-ny', 'New York', [node('us-ny-nyc', 'New York City')]),
      node('us-tx', 'Texas', [node('us-tx-aus', 'Austin'), node('us-tx-dal', 'Dallas')]),
    ]),
  ]),
  node('eu', 'Europe', [node('eu-ie', 'Ireland'), node('eu-uk', 'United Kingdom'), node('eu-de', 'Germany')]),
  node('row', 'Elsewhere', [node('row-apac', 'Asia-Pacific'), node('row-latam', 'Latin America')]),
];
const CURRENCIES = ['CAD – Canadian dollar', 'USD – US dollar', 'EUR – Euro', 'GBP – Pound sterling'];
const SOURCES = ['LinkedIn', 'Quillmere blog', 'BC Tech job board', 'Hacker News', 'Friend or colleague', 'Other (please specify)'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'Other (please specify)'];

function CardGroup({ field, label, description, options, value, onChange }) {
  return (
    <div data-field={field}>
      <Radio.Group label={label} description={description} value={value} onChange={onChange} name={field}>
        <SimpleGrid cols={options.length > 2 ? 3 : 2} mt="xs">
          {options.map((o) => (
            <Radio.Card key={o.value} value={o.value} radius="md" p="sm">
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator />
                <div>
                  <Text className="card-title" fw={600} size="sm">{o.title}</Text>
                  <Text className="card-desc" size="xs" c="dimmed">{o.desc}</Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </div>
  );
}

function Question({ q, value, onChange }) {
  switch (q.type) {
    case 'cards':
      return <CardGroup field={q.key} label={q.label} description={q.description} options={q.options} value={value} onChange={onChange} />;
    case 'segmented':
      return (
        <Stack gap={4} data-field={q.key}>
          <Text size="sm" fw={500}>{q.label}</Text>
          <SegmentedControl name={q.key} data={q.options} value={value} onChange={onChange} />
        </Stack>
      );
    case 'switch':
      return <Switch label={q.label} description={q.description} checked={value} onChange={(e) => onChange(e.currentTarget.checked)} data-field={q.key} />;
    case 'toggle':
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>{q.label}</Text>
          <Toggle id={q.key} active={value} onActiveChange={onChange} autoWidth>{q.toggleText}</Toggle>
        </Stack>
      );
    case 'cascader':
      return <Cascader label={q.label} placeholder="Choose" data={q.options} value={value} onChange={(v) => onChange(v ?? [])} data-field={q.key} />;
    case 'select':
      return <Select label={q.label} placeholder={q.placeholder} data={q.options} value={value} onChange={onChange} searchable={q.searchable} allowDeselect={false} data-field={q.key} />;
    case 'textarea':
      return <Textarea label={q.label} autosize minRows={3} value={value} onChange={(e) => onChange(e.currentTarget.value)} data-field={q.key} />;
    default:
      return <TextInput label={q.label} value={value} onChange={(e) => onChange(e.currentTarget.value)} data-field={q.key} />;
  }
}

function Application({ posting }) {
  const initialAnswers = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'switch' || q.type === 'toggle' ? false : q.type === 'cascader' ? [] : q.type === 'select' ? null : '']));
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', mobile: '', country: 'CA', livesIn: null, employed: false, employer: '', jobTitle: '', years: '', degree: '', school: null,
    workAuth: '', sponsorship: '', relocate: false, salary: '', currency: CURRENCIES[0], pronouns: '', pronounsOther: '', resume: null, source: null, sourceOther: '',
    ethnicity: 'Decline to self-identify', disability: 'I do not wish to answer', smsUpdates: false, consent: false, answers: initialAnswers,
  });
  const [alertEmail, setAlertEmail] = useState('');
  const [schoolSearch, setSchoolSearch] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => (event) => set(key)(event.currentTarget.value);
  const setAnswer = (key) => (value) => setForm((f) => ({ ...f, answers: { ...f.answers, [key]: value } }));
  const schoolData = schoolSearch.trim().length >= 3 || form.school ? SCHOOLS.filter((s) => s === form.school || s.toLowerCase().includes(schoolSearch.trim().toLowerCase())) : [];
  const model = { ...form, resume: form.resume ? form.resume.name : '' };

  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.lastName && form.email && form.resume && form.consent) setSent(true);
  };

  return (
    <MantineProvider>
      <div className="qm-page">
        <aside className="qm-side">
          <Paper withBorder p="md" radius="md">
            <Title order={5}>Not the right role?</Title>
            <Text size="xs" c="dimmed" mb="xs">Get an email when Quillmere posts a new job.</Text>
            <TextInput label="Your email" id="alert-email" value={alertEmail} onChange={(e) => setAlertEmail(e.currentTarget.value)} />
            <Button size="xs" mt="xs" variant="light">Notify me</Button>
          </Paper>
        </aside>
        <main className="qm-main">
          <Title order={2}>{posting.title}</Title>
          <Text c="dimmed" mb="md">{posting.meta}</Text>
          <Text mb="lg">{posting.blurb}</Text>
          {sent ? <Title order={3} id="qm-done">Thanks — we have your application.</Title> : (
            <form id="qm-form" onSubmit={submit} noValidate>
              <Stack gap="md">
                <SimpleGrid cols={2}>
                  <TextInput label="First name" withAsterisk value={form.firstName} onChange={text('firstName')} data-field="firstName" />
                  <TextInput label="Last name" withAsterisk value={form.lastName} onChange={text('lastName')} data-field="lastName" />
                </SimpleGrid>
                <TextInput label="Email" type="email" withAsterisk value={form.email} onChange={text('email')} data-field="email" />
                <TextInput label="Mobile number" type="tel" placeholder="+1 (555) 000-0000" description="Include your country code." value={form.mobile} onChange={text('mobile')} data-field="mobile" />
                <Select label="Country of residence" searchable data={COUNTRIES} value={form.country} onChange={set('country')} allowDeselect={false} data-field="country" />
                <TreeSelect label="Where do you live?" description="Pick your city, or the closest one." placeholder="Search or browse" searchable data={PLACES} value={form.livesIn} onChange={set('livesIn')} data-field="livesIn" />
                <Switch size="lg" onLabel="YES" offLabel="NO" label="Currently employed" checked={form.employed} onChange={(e) => set('employed')(e.currentTarget.checked)} data-field="employed" />
                <SimpleGrid cols={2}>
                  <TextInput label="Current or most recent employer" value={form.employer} onChange={text('employer')} data-field="employer" />
                  <TextInput label="Current or most recent title" value={form.jobTitle} onChange={text('jobTitle')} data-field="jobTitle" />
                </SimpleGrid>
                <Stack gap={4} data-field="years">
                  <Text size="sm" fw={500}>Years of experience in data roles</Text>
                  <SegmentedControl name="years" data={['Under 2', '2 – 5', '6 – 9', '10 or more']} value={form.years} onChange={set('years')} />
                </Stack>
                <Stack gap={4} data-field="degree">
                  <Text size="sm" fw={500}>Highest degree earned</Text>
                  <Chip.Group value={form.degree} onChange={set('degree')}>
                    <Group gap="xs">
                      {['High school', 'College diploma', 'Associate', "Bachelor's", "Master's", 'Doctorate'].map((d) => <Chip key={d} value={d} name="degree">{d}</Chip>)}
                    </Group>
                  </Chip.Group>
                </Stack>
                <Select label="School" description="Type 3 letters to search." placeholder="Start typing" searchable data={schoolData} searchValue={schoolSearch} onSearchChange={setSchoolSearch} value={form.school} onChange={set('school')} nothingFoundMessage="Keep typing…" data-field="school" />
                <CardGroup field="workAuth" label="Are you legally allowed to work in the country of this job?" options={[
                  { value: 'unrestricted', title: 'Yes, without restrictions', desc: 'Citizen, permanent resident or open permit.' },
                  { value: 'limited', title: 'Yes, with a time limit', desc: 'A closed or expiring permit (e.g. OPT, TN, H-1B).' },
                  { value: 'none', title: 'Not yet', desc: 'I would need a new permit to start.' },
                ]} value={form.workAuth} onChange={set('workAuth')} />
                <CardGroup field="sponsorship" label="Will you need Quillmere to sponsor a visa or permit, now or later?" options={[
                  { value: 'yes', title: 'Yes', desc: 'I will need sponsorship at some point.' },
                  { value: 'no', title: 'No', desc: 'I will never need Quillmere to sponsor me.' },
                ]} value={form.sponsorship} onChange={set('sponsorship')} />
                <Stack gap={4}>
                  <Text size="sm" fw={500}>Relocation</Text>
                  <Toggle id="relocate" active={form.relocate} onActiveChange={set('relocate')} autoWidth>Open to relocation</Toggle>
                </Stack>
                <Group align="flex-end" grow>
                  <NumberInput label="Salary expectation (annual base)" prefix="$" thousandSeparator="," hideControls value={form.salary} onChange={set('salary')} data-field="salary" />
                  <NativeSelect label="Currency" data={CURRENCIES} value={form.currency} onChange={text('currency')} data-field="currency" />
                </Group>
                {posting.questions.map((q) => <Question key={q.key} q={q} value={form.answers[q.key]} onChange={setAnswer(q.key)} />)}
                <Radio.Group label="Pronouns" value={form.pronouns} onChange={set('pronouns')} name="pronouns">
                  <Group mt="xs">{PRONOUNS.map((p) => <Radio key={p} value={p} label={p} />)}</Group>
                </Radio.Group>
                {form.pronouns === 'Other (please specify)' && <TextInput label="Your pronouns" value={form.pronounsOther} onChange={text('pronounsOther')} data-field="pronounsOther" />}
                <FileInput label="Resume" withAsterisk placeholder="Upload a PDF or Word file" accept=".pdf,.doc,.docx" value={form.resume} onChange={set('resume')} data-field="resume" />
                <Select label="How did you hear about this job?" placeholder="Choose one" data={SOURCES} value={form.source} onChange={set('source')} data-field="source" />
                {form.source === 'Other (please specify)' && <TextInput label="Please specify" value={form.sourceOther} onChange={text('sourceOther')} data-field="sourceOther" />}
                <Paper withBorder p="md" radius="md" bg="gray.0">
                  <Title order={5}>Voluntary self-identification (US applicants)</Title>
                  <Stack gap="sm" mt="xs">
                    <NativeSelect label="Race / ethnicity" data={['Decline to self-identify', 'Hispanic or Latino', 'White', 'Black or African American', 'Asian', 'Native Hawaiian or Other Pacific Islander', 'American Indian or Alaska Native', 'Two or more races']} value={form.ethnicity} onChange={text('ethnicity')} data-field="ethnicity" />
                    <NativeSelect label="Disability status" data={['I do not wish to answer', 'Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability']} value={form.disability} onChange={text('disability')} data-field="disability" />
                  </Stack>
                </Paper>
                <Switch label="Text me about my application status" checked={form.smsUpdates} onChange={(e) => set('smsUpdates')(e.currentTarget.checked)} data-field="smsUpdates" />
                <Checkbox label="I agree to Quillmere's candidate privacy policy." checked={form.consent} onChange={(e) => set('consent')(e.currentTarget.checked)} data-field="consent" />
                <Button type="submit" id="qm-submit" w="fit-content">Submit application</Button>
              </Stack>
            </form>
          )}
          <pre id="model">{JSON.stringify(model, null, 2)}</pre>
        </main>
      </div>
    </MantineProvider>
  );
}

export function renderApplication(posting) {
  document.title = `${posting.title} | Quillmere Labs Careers`;
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
