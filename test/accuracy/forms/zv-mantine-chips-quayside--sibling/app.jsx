/**
 * A logistics company's application on Mantine 9: TextInputs, a phone InputBase rendering
 * react-imask's IMaskInput "(000) 000-0000" behind a "+1" left section, a NativeSelect for the
 * country, a Select for the state, an Autocomplete for the city, work authorization as Radio.Cards
 * (button role=radio, no native input), sponsorship and experience as single Chip.Groups (radio
 * chips), pronouns as a multiple Chip.Group (checkbox chips), a highest-degree Select, a TagsInput
 * for skills, a DateInput in MM/DD/YYYY, a FileInput for the resume, a cover-letter Textarea, a
 * relocation Switch, EEO Select and Radio.Group, a "how did you hear" Select, and a consent
 * Checkbox. State is rendered into <pre id="model">.
 */
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { IMaskInput } from 'react-imask';
import {
  Autocomplete, Button, Checkbox, Chip, FileInput, Group, InputBase, MantineProvider, NativeSelect, Radio, Select, Stack, Switch, TagsInput, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';

dayjs.extend(customParseFormat);

const CITIES = ['Oakland', 'Sacramento', 'San Diego', 'San Francisco', 'San Jose', 'Seattle', 'Long Beach'];
const STATES = ['California', 'Nevada', 'Oregon', 'Texas', 'Washington'];
const COUNTRIES = ['', 'Canada', 'Mexico', 'United States', 'Other'];
const DEGREES = ['No degree', 'Associate', "Bachelor's", "Master's", 'PhD'];

function ChipQuestion({ id, label, options, value, onChange, multiple = false }) {
  return (
    <Stack gap={6} data-field={id}>
      <Text size="sm" fw={500} id={`${id}-label`}>{label}</Text>
      <Chip.Group multiple={multiple} value={value} onChange={onChange}>
        <Group gap="xs" role={multiple ? 'group' : 'radiogroup'} aria-labelledby={`${id}-label`}>
          {options.map((option) => <Chip key={option} value={option} variant="outline">{option}</Chip>)}
        </Group>
      </Chip.Group>
    </Stack>
  );
}

function Application() {
  const [form, setForm] = useState({
    fullName: '', email: '', phone: '', country: '', state: null, city: '', authorized: null, sponsorship: null, years: null, degree: null,
    pronouns: [], skills: [], startDate: null, resume: null, coverLetter: '', github: '', relocate: false, source: null, race: null, disability: null, consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((previous) => ({ ...previous, [key]: value }));
  if (done) return <Title order={2} id="done">Thanks! We'll be in touch.</Title>;
  const model = { ...form, resume: form.resume?.name ?? null, startDate: form.startDate ? dayjs(form.startDate).format('YYYY-MM-DD') : null };
  return (
    <form onSubmit={(event) => { event.preventDefault(); if (form.email && form.resume && form.consent) setDone(true); }}>
      <Title order={1} size="h2">Analytics Engineer, Carrier Pricing</Title>
      <Text c="dimmed" mb="lg">Long Beach, CA · Hybrid</Text>
      <Stack gap="md">
        <TextInput label="Full name" withAsterisk value={form.fullName} onChange={(e) => set('fullName')(e.currentTarget.value)} data-field="fullName" />
        <TextInput label="Email" type="email" withAsterisk value={form.email} onChange={(e) => set('email')(e.currentTarget.value)} data-field="email" />
        <InputBase label="Mobile phone" component={IMaskInput} mask="(000) 000-0000" placeholder="(555) 555-5555" leftSection={<Text size="sm">+1</Text>}
          value={form.phone} onAccept={(value) => set('phone')(value)} data-field="phone" />
        <NativeSelect label="Country" data={COUNTRIES} value={form.country} onChange={(e) => set('country')(e.currentTarget.value)} data-field="country" />
        <Group grow>
          <Select label="State" placeholder="Choose a state" data={STATES} value={form.state} onChange={set('state')} data-field="state" />
          <Autocomplete label="City" placeholder="City" data={CITIES} value={form.city} onChange={set('city')} data-field="city" />
        </Group>
        <Radio.Group label="Are you authorized to work in the United States without restriction?" value={form.authorized} onChange={set('authorized')} data-field="authorized">
          <Group mt="xs" grow>
            {['Yes, I am authorized', 'No, I am not authorized'].map((option) => (
              <Radio.Card key={option} value={option} radius="md" p="sm"><Group wrap="nowrap"><Radio.Indicator /><Text>{option}</Text></Group></Radio.Card>
            ))}
          </Group>
        </Radio.Group>
        <ChipQuestion id="sponsorship" label="Will you require visa sponsorship now or in the future?" options={['Yes', 'No']} value={form.sponsorship} onChange={set('sponsorship')} />
        <ChipQuestion id="years" label="How many years of analytics or data engineering experience do you have?" options={['0–2', '3–5', '6–8', '9+']} value={form.years} onChange={set('years')} />
        <Select label="Highest degree" placeholder="Select" data={DEGREES} value={form.degree} onChange={set('degree')} data-field="degree" />
        <ChipQuestion id="pronouns" label="Pronouns (optional)" multiple options={['she/her', 'he/him', 'they/them', 'ze/zir']} value={form.pronouns} onChange={set('pronouns')} />
        <TagsInput label="Pricing or BI tools you know" description="Press Enter after each tool" placeholder="e.g. Looker" value={form.skills} onChange={set('skills')} data-field="skills" />
        <DateInput label="Earliest start date" valueFormat="MM/DD/YYYY" placeholder="MM/DD/YYYY" value={form.startDate} onChange={set('startDate')} data-field="startDate"
          dateParser={(input) => { const date = dayjs(input, 'MM/DD/YYYY', true); return date.isValid() ? date.format('YYYY-MM-DD') : null; }} />
        <FileInput label="Resume" placeholder="Attach PDF or DOCX" accept=".pdf,.docx" withAsterisk value={form.resume} onChange={set('resume')} data-field="resume" />
        <Textarea label="Cover letter" autosize minRows={4} value={form.coverLetter} onChange={(e) => set('coverLetter')(e.currentTarget.value)} data-field="coverLetter" />
        <TextInput label="GitHub" placeholder="https://github.com/username" value={form.github} onChange={(e) => set('github')(e.currentTarget.value)} data-field="github" />
        <Switch label="I'm open to relocating to the Long Beach area" checked={form.relocate} onChange={(e) => set('relocate')(e.currentTarget.checked)} data-field="relocate" />
        <Select label="How did you hear about Quayside?" placeholder="Select" data={['LinkedIn', 'Indeed', 'Friend or colleague', 'Quayside event', 'Other']} value={form.source} onChange={set('source')} data-field="source" />
        <Title order={3} size="h5">Voluntary demographic information</Title>
        <Select label="Race / ethnicity" placeholder="Select" data={['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I do not wish to answer']} value={form.race} onChange={set('race')} data-field="race" />
        <Radio.Group label="Do you have a disability?" value={form.disability} onChange={set('disability')} data-field="disability">
          <Group mt="xs">{['Yes', 'No', 'I do not wish to answer'].map((option) => <Radio key={option} value={option} label={option} />)}</Group>
        </Radio.Group>
        <Checkbox label="I agree to Quayside's applicant privacy notice" checked={form.consent} onChange={(e) => set('consent')(e.currentTarget.checked)} data-field="consent" />
        <Button type="submit" id="submit">Submit application</Button>
      </Stack>
      <pre id="model">{JSON.stringify(model)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<MantineProvider><Application /></MantineProvider>);
