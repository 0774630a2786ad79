/**
 * A movie-theatre chain's own hourly application, built with Mantine: TextInputs (the mobile with
 * a "+1" left section), a readonly Select of theatre addresses (options in a portal), Chip groups
 * for positions and days (each Chip a checkbox input + label), a SegmentedControl for hours and
 * for "may we contact", a Switch for the 18+ statement, a Radio.Group and a Select for the
 * authorization questions, a NumberInput hourly rate with a "$" prefix, Textareas, a FileInput
 * and the terms Checkbox. React state in <pre id="model">.
 */
import '@mantine/core/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, Chip, FileInput, Group, MantineProvider, NumberInput, Radio, SegmentedControl, Select, Stack, Switch, Text, Textarea, TextInput, Title,
} from '@mantine/core';

const THEATRES = [
  'Lumière Van Ness 14 - 1000 Van Ness Ave, San Francisco, CA 94109',
  'Lumière Stonestown 8 - 501 Buckingham Way, San Francisco, CA 94132',
  'Lumière Emery Bay 10 - 6000 Shellmound St, Emeryville, CA 94608',
  'Lumière Serramonte 12 - 3 Serramonte Center, Daly City, CA 94015',
];
const POSITIONS = [['pos-usher', 'Usher'], ['pos-concessions', 'Concessions'], ['pos-boxoffice', 'Box Office'], ['pos-cafe', 'Café & Bar (21+)'], ['pos-booth', 'Projection / Booth']];
const DAYS = [['day-mon', 'Mon'], ['day-tue', 'Tue'], ['day-wed', 'Wed'], ['day-thu', 'Thu'], ['day-fri', 'Fri'], ['day-sat', 'Sat'], ['day-sun', 'Sun']];

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', mobile: '', theatre: null, positions: [], days: [], hours: '', adult: false,
    authorized: '', sponsorship: null, startDate: '', hourlyRate: '', employer: '', jobTitle: '', mayContact: '', leaving: '',
    heard: null, favoriteMovie: '', resume: null, terms: false,
  });
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => (event) => set(key)(event.currentTarget.value);
  const submit = (event) => {
    event.preventDefault();
    if (!form.firstName || !form.lastName || !form.email || !form.theatre || form.positions.length === 0 || !form.adult || !form.terms) {
      setError('Please fill in your name, email, theatre and positions, and confirm the statements.');
      return;
    }
    setSent(true);
  };
  if (sent) return <Title order={3} id="lc-sent">Thanks, {form.firstName}! Your application is on its way to the theatre manager. 🎬</Title>;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2}>Theatre Team Member</Title>
        <Text c="dimmed">Hourly · $18.50 - $21.00 · Flexible schedules</Text>
        <Group grow>
          <TextInput label="First name" withAsterisk value={form.firstName} onChange={text('firstName')} data-field="firstName" />
          <TextInput label="Last name" withAsterisk value={form.lastName} onChange={text('lastName')} data-field="lastName" />
        </Group>
        <TextInput label="Email" type="email" withAsterisk value={form.email} onChange={text('email')} data-field="email" />
        <TextInput label="Mobile number" type="tel" leftSection={<Text size="sm">+1</Text>} value={form.mobile} onChange={text('mobile')} data-field="mobile" />
        <Select label="Which theatre do you want to work at?" withAsterisk placeholder="Choose a theatre" data={THEATRES} value={form.theatre} onChange={set('theatre')} data-field="theatre" allowDeselect={false} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>Positions you're interested in <span style={{ color: 'red' }}>*</span></Text>
          <Chip.Group multiple value={form.positions} onChange={set('positions')}>
            <Group gap="xs">{POSITIONS.map(([id, label]) => <Chip key={id} id={id} value={label}>{label}</Chip>)}</Group>
          </Chip.Group>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>Days you can work</Text>
          <Chip.Group multiple value={form.days} onChange={set('days')}>
            <Group gap="xs">{DAYS.map(([id, label]) => <Chip key={id} id={id} value={label} size="xs">{label}</Chip>)}</Group>
          </Chip.Group>
        </Stack>
        <Stack gap={4} data-field="hours">
          <Text size="sm" fw={500} id="hours-label">Hours you're looking for</Text>
          <SegmentedControl data={['Part-time', 'Full-time', 'Either']} value={form.hours} onChange={set('hours')} aria-labelledby="hours-label" />
        </Stack>
        <Switch label="I am 18 years of age or older" checked={form.adult} onChange={(e) => set('adult')(e.currentTarget.checked)} data-field="adult" />
        <Radio.Group label="Are you legally authorized to work in the U.S.?" value={form.authorized} onChange={set('authorized')} data-field="authorized">
          <Group mt="xs"><Radio value="Yes" label="Yes" /><Radio value="No" label="No" /></Group>
        </Radio.Group>
        <Select label="Will you require visa sponsorship now or in the future?" placeholder="Select" data={['Yes', 'No']} value={form.sponsorship} onChange={set('sponsorship')} data-field="sponsorship" allowDeselect={false} />
        <Group grow>
          <TextInput label="Earliest start date" placeholder="MM/DD/YYYY" value={form.startDate} onChange={text('startDate')} data-field="startDate" />
          <NumberInput label="Desired hourly pay" prefix="$" decimalScale={2} hideControls value={form.hourlyRate} onChange={set('hourlyRate')} data-field="hourlyRate" />
        </Group>
        <Title order={4}>Work experience</Title>
        <Group grow>
          <TextInput label="Current or most recent employer" value={form.employer} onChange={text('employer')} data-field="employer" />
          <TextInput label="Job title" value={form.jobTitle} onChange={text('jobTitle')} data-field="jobTitle" />
        </Group>
        <Stack gap={4} data-field="mayContact">
          <Text size="sm" fw={500} id="contact-label">May we contact this employer?</Text>
          <SegmentedControl data={['Yes', 'No']} value={form.mayContact} onChange={set('mayContact')} aria-labelledby="contact-label" />
        </Stack>
        <Textarea label="Reason for leaving" autosize minRows={2} value={form.leaving} onChange={text('leaving')} data-field="leaving" />
        <Select label="How did you hear about us?" placeholder="Select" data={['In the theatre', 'Lumière website', 'Indeed', 'Instagram / TikTok', 'A friend who works here', 'Other']} value={form.heard} onChange={set('heard')} data-field="heard" />
        <Textarea label="What's your favorite movie, and why?" autosize minRows={2} value={form.favoriteMovie} onChange={text('favoriteMovie')} data-field="favoriteMovie" />
        <FileInput label="Resume (optional)" placeholder="Upload a PDF or Word file" accept=".pdf,.doc,.docx" value={form.resume} onChange={set('resume')} data-field="resume" />
        <Checkbox label="I agree to Lumière Cinemas' applicant privacy notice" checked={form.terms} onChange={(e) => set('terms')(e.currentTarget.checked)} data-field="terms" />
        {error && <Text c="red" role="alert">{error}</Text>}
        <Button type="submit" color="grape" className="submit">Submit application</Button>
        <pre id="model">{JSON.stringify({ ...form, resume: form.resume?.name ?? null })}</pre>
      </Stack>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<MantineProvider><Application /></MantineProvider>);
