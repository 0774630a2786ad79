/*
 * Ridgeline Outdoor Co-op (an outdoor-gear retailer, HQ in Sacramento) careers page: React 19 +
 * Mantine 9 with @mantine/form (controlled), a three-step Stepper ("Contact" / "Background" /
 * "Logistics") that mounts only the active step, one Next button. Exercises: a phone TextInput
 * whose placeholder carries the country code ("+1 555 555 5555"); a location Select fed by a (fake)
 * place search as you type (only a picked place is kept); a grouped searchable country Select; single Chip.Group pronouns
 * (radio inputs); NumberInput years; degree Radio.Group; school Autocomplete (free text allowed);
 * authorization as one statement Checkbox; sponsorship Radio.Group; the start asked as windows from
 * today in a SegmentedControl; salary in thousands (NumberInput with a "k" suffix); FileInput
 * resume; Textarea cover letter; MultiSelect interests, referrer name, "how did you hear", veteran
 * status, blog Switch and consent left to the person. Postings pass title, intro and questions.
 * State goes to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Anchor, Autocomplete, Box, Button, Checkbox, Chip, Container, FileInput, Group, MantineProvider, MultiSelect, NumberInput, Paper, Radio,
  SegmentedControl, Select, Stack, Stepper, Switch, Text, TextInput, Textarea, Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import '@mantine/core/styles.css';

const PLACES = [
  'Sacramento, CA, USA', 'San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco, Heredia, Costa Rica', 'San Rafael, CA, USA', 'Santa Rosa, CA, USA',
  'Reno, NV, USA', 'Portland, OR, USA', 'Bend, OR, USA', 'Boise, ID, USA', 'Denver, CO, USA', 'Salt Lake City, UT, USA', 'Seattle, WA, USA',
];
const searchPlaces = (q) => new Promise((r) => setTimeout(() => r(q.trim().length < 3 ? [] : PLACES.filter((p) => p.toLowerCase().includes(q.trim().toLowerCase()))), 300));
const COUNTRIES = [
  { group: 'North America', items: ['Canada', 'Mexico', 'United States'] },
  { group: 'Europe', items: ['France', 'Germany', 'Ireland', 'Netherlands', 'Spain', 'United Kingdom'] },
  { group: 'Asia Pacific', items: ['Australia', 'India', 'Japan', 'New Zealand', 'Philippines', 'Singapore'] },
];
const SCHOOLS = ['California State University, Sacramento', 'Sacramento City College', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of Nevada, Reno', 'Oregon State University'];

function PlaceSelect(props) {
  // Mantine's "search as you type" Select: options come from the place search, only a picked place is a value.
  const { value, onChange, ...rest } = props;
  const [search, setSearch] = useState('');
  const [found, setFound] = useState([]);
  const seq = useRef(0);
  useEffect(() => { const n = ++seq.current; searchPlaces(search).then((r) => { if (n === seq.current) setFound(r); }); }, [search]);
  const data = value && !found.includes(value) ? [value, ...found] : found;
  return <Select {...rest} value={value} onChange={onChange} searchable searchValue={search} onSearchChange={setSearch} data={data} filter={({ options }) => options}
    nothingFoundMessage={search.trim().length < 3 ? 'Keep typing…' : 'No places found'} />;
}

function Application({ posting }) {
  const [active, setActive] = useState(0);
  const [sent, setSent] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      firstName: '', lastName: '', email: '', phone: '', location: null, country: null, pronouns: '',
      employer: '', jobTitle: '', years: '', degree: '', school: '', resume: null, coverLetter: '',
      authorized: false, sponsorship: '', startWindow: '', salaryK: '', interests: [], referrer: '', heard: null, veteran: '', blog: false, consent: false,
      questions: Object.fromEntries(posting.questions.map((q) => [q.key, q.kind === 'multi' ? [] : q.kind === 'select' ? null : ''])),
    },
    validate: (v) => (active === 0
      ? { firstName: v.firstName ? null : 'Required', lastName: v.lastName ? null : 'Required', email: /.+@.+\..+/.test(v.email) ? null : 'Enter a valid email' }
      : active === 1 ? { resume: v.resume ? null : 'Please add your resume' } : { consent: v.consent ? null : 'Please accept' }),
  });
  const v = form.values;
  useEffect(() => {
    document.getElementById('model').textContent = JSON.stringify({ step: active + 1, ...v, resume: v.resume ? v.resume.name : null }, null, 2);
  });
  const onNext = () => { if (!form.validate().hasErrors) { if (active < 2) setActive(active + 1); else setSent(true); } };
  if (sent) return <Text id="rl-done" size="lg" c="teal.8" fw={600}>Thanks! Your application is in. See you on the trail.</Text>;
  return (
    <form id="rl-form" noValidate onSubmit={(e) => { e.preventDefault(); onNext(); }}>
      <Text c="orange.8" fw={600}>{posting.team}</Text>
      <Title order={2}>{posting.title}</Title>
      <Text c="dimmed">{posting.where}</Text>
      <Text my="md">{posting.intro}</Text>
      <Stepper active={active} onStepClick={(i) => i < active && setActive(i)} my="lg" size="sm">
        <Stepper.Step label="Contact" description="How to reach you">
          <Stack gap="sm">
            <Group grow>
              <TextInput id="rl-firstName" label="First name" withAsterisk {...form.getInputProps('firstName')} />
              <TextInput id="rl-lastName" label="Last name" withAsterisk {...form.getInputProps('lastName')} />
            </Group>
            <TextInput id="rl-email" label="Email" type="email" withAsterisk {...form.getInputProps('email')} />
            <TextInput id="rl-phone" label="Phone" type="tel" placeholder="+1 555 555 5555" {...form.getInputProps('phone')} />
            <PlaceSelect id="rl-location" label="Current location" placeholder="Start typing your town or city" {...form.getInputProps('location')} />
            <Select id="rl-country" label="Country" placeholder="Pick one" searchable data={COUNTRIES} {...form.getInputProps('country')} />
            <Box data-field="pronouns">
              <Text size="sm" fw={500} mb={4}>Pronouns</Text>
              <Chip.Group {...form.getInputProps('pronouns')}>
                <Group gap="xs">{['she/her', 'he/him', 'they/them', 'ze/hir', 'Ask me'].map((p) => <Chip key={p} value={p} name="pronouns">{p}</Chip>)}</Group>
              </Chip.Group>
            </Box>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Background" description="Work and school">
          <Stack gap="sm">
            <Group grow>
              <TextInput id="rl-employer" label="Current employer" {...form.getInputProps('employer')} />
              <TextInput id="rl-jobTitle" label="Current title" {...form.getInputProps('jobTitle')} />
            </Group>
            <NumberInput id="rl-years" label="Years of professional experience" min={0} max={50} allowDecimal={false} {...form.getInputProps('years')} />
            <Radio.Group data-field="degree" label="Highest degree earned" {...form.getInputProps('degree')}>
              <Stack gap={6} mt={6}>{['High school or GED', 'Associate', "Bachelor's", "Master's", 'Doctorate'].map((d) => <Radio key={d} value={d} label={d} name="degree" />)}</Stack>
            </Radio.Group>
            <Autocomplete id="rl-school" label="School" placeholder="Where did you study?" data={SCHOOLS} {...form.getInputProps('school')} />
            <FileInput id="rl-resume" label="Resume" placeholder="Choose a PDF or Word file" accept=".pdf,.doc,.docx" withAsterisk clearable {...form.getInputProps('resume')} />
            <Textarea id="rl-coverLetter" label="Cover letter (optional)" autosize minRows={4} {...form.getInputProps('coverLetter')} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Logistics" description="A few last questions">
          <Stack gap="sm">
            <Checkbox id="rl-authorized" label="I am authorized to work in the United States for any employer" {...form.getInputProps('authorized', { type: 'checkbox' })} />
            <Radio.Group data-field="sponsorship" label="Will you need Ridgeline to sponsor a visa (for example an H-1B)?" {...form.getInputProps('sponsorship')}>
              <Group mt={6}>{['Yes', 'No'].map((x) => <Radio key={x} value={x} label={x} name="sponsorship" />)}</Group>
            </Radio.Group>
            <Box data-field="startWindow">
              <Text size="sm" fw={500} mb={4}>How soon could you start?</Text>
              <SegmentedControl name="startWindow" data={['Immediately', 'Within 2 weeks', 'Within a month', '1–3 months', 'More than 3 months']} {...form.getInputProps('startWindow')} />
            </Box>
            <NumberInput id="rl-salaryK" label="Target base salary" description="In thousands of US dollars per year" suffix="k" min={0} allowDecimal={false} {...form.getInputProps('salaryK')} />
            {posting.questions.map((q) => (
              <Box key={q.key} data-field={`q-${q.key}`}>
                {q.kind === 'radio' && (
                  <Radio.Group label={q.label} {...form.getInputProps(`questions.${q.key}`)}>
                    <Group mt={6}>{q.options.map((o) => <Radio key={o} value={o} label={o} name={q.key} />)}</Group>
                  </Radio.Group>
                )}
                {q.kind === 'select' && <Select id={`rl-${q.key}`} label={q.label} placeholder="Pick one" data={q.options} {...form.getInputProps(`questions.${q.key}`)} />}
                {q.kind === 'segmented' && (<><Text size="sm" fw={500} mb={4}>{q.label}</Text><SegmentedControl name={q.key} data={q.options} {...form.getInputProps(`questions.${q.key}`)} /></>)}
                {q.kind === 'multi' && <MultiSelect id={`rl-${q.key}`} label={q.label} placeholder="Pick any" data={q.options} {...form.getInputProps(`questions.${q.key}`)} />}
                {q.kind === 'text' && <Textarea id={`rl-${q.key}`} label={q.label} autosize minRows={3} {...form.getInputProps(`questions.${q.key}`)} />}
              </Box>
            ))}
            <MultiSelect id="rl-interests" label="Which parts of the co-op would you like to hear about?" placeholder="Pick any" data={['Stores', 'Distribution centers', 'E-commerce', 'Member programs', 'Sustainability']} {...form.getInputProps('interests')} />
            <TextInput id="rl-referrer" label="Referred by a Ridgeline employee? Their name" {...form.getInputProps('referrer')} />
            <Select id="rl-heard" label="How did you hear about this role?" placeholder="Pick one" data={['Ridgeline website', 'LinkedIn', 'Outdoor Industry Jobs', 'In one of our stores', 'A friend', 'Other']} {...form.getInputProps('heard')} />
            <Radio.Group data-field="veteran" label="Veteran status (voluntary)" {...form.getInputProps('veteran')}>
              <Stack gap={6} mt={6}>{['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer'].map((x) => <Radio key={x} value={x} label={x} name="veteran" />)}</Stack>
            </Radio.Group>
            <Switch id="rl-blog" label="Email me the Ridgeline engineering blog" {...form.getInputProps('blog', { type: 'checkbox' })} />
            <Checkbox id="rl-consent" label="I agree to Ridgeline's applicant privacy notice" {...form.getInputProps('consent', { type: 'checkbox' })} />
          </Stack>
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between" mt="xl">
        <Button variant="default" disabled={active === 0} onClick={() => setActive(active - 1)}>Back</Button>
        {active < 2 ? <Button id="rl-next" type="submit" color="orange">Next step</Button> : <Button id="rl-submit" type="submit" color="orange">Submit application</Button>}
      </Group>
    </form>
  );
}

export function renderPosting(posting) {
  createRoot(document.getElementById('root')).render(
    <MantineProvider>
      <Box component="header" px="xl" py="sm" bg="dark.8" style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Text c="orange.3" fw={700} style={{ flex: 1 }}>Ridgeline Outdoor Co-op · Jobs</Text>
        <TextInput id="rl-search" placeholder="Search jobs" aria-label="Search jobs" size="xs" />
        <Anchor c="gray.3" size="sm" href="#">Member sign-in</Anchor>
      </Box>
      <Container size="sm"><Paper p="xl" my="lg" shadow="xs" radius="md"><Application posting={posting} /></Paper></Container>
    </MantineProvider>,
  );
}
