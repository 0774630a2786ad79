/**
 * A startup's application page (Wellfound-like: one page, candidate profile then questions) on
 * Mantine: TextInputs, a searchable Select over world-countries (an input showing the label, the
 * value in a hidden input, options in a portal), an Autocomplete for where the person is based,
 * a SegmentedControl of experience ranges (radios inside labels), a NumberInput that shows "$" and
 * thousands separators, a Radio.Group, a FileInput (a button with a hidden file input), a
 * MultiSelect, a Switch and a Checkbox. Each posting's app.jsx passes its title and questions to
 * renderApplication, so postings of the template ask different questions. React state is rendered into <pre id="model">.
 */
import '@mantine/core/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Autocomplete, Button, Checkbox, FileInput, Group, MantineProvider, MultiSelect, NumberInput, Radio, SegmentedControl, Select, Stack, Switch, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ value: country.cca2, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const PLACES = ['Austin, TX', 'Boston, MA', 'Chicago, IL', 'Denver, CO', 'New York, NY', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Seattle, WA'];

function Question({ question, value, onChange }) {
  const common = { label: question.label, value, 'data-field': question.key };
  switch (question.type) {
    case 'text':
      return <TextInput {...common} placeholder={question.placeholder} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'textarea':
      return <Textarea {...common} minRows={4} autosize onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'select':
      return <Select {...common} data={question.options} placeholder="Pick one" onChange={onChange} allowDeselect={false} />;
    case 'radio':
      return (
        <Radio.Group {...common} onChange={onChange}>
          <Group mt="xs">{question.options.map((option) => <Radio key={option} value={option} label={option} />)}</Group>
        </Radio.Group>
      );
    case 'segmented':
      return (
        <Stack gap={4} data-field={question.key}>
          <Text size="sm" fw={500} id={`${question.key}-label`}>{question.label}</Text>
          <SegmentedControl data={question.options} value={value ?? ''} onChange={onChange} aria-labelledby={`${question.key}-label`} />
        </Stack>
      );
    case 'multi':
      return <MultiSelect {...common} data={question.options} placeholder="Pick any" onChange={onChange} />;
    case 'switch':
      return <Switch label={question.label} checked={value} onChange={(event) => onChange(event.currentTarget.checked)} data-field={question.key} />;
    default:
      throw new Error(`unknown question type ${question.type}`);
  }
}

function Application({ posting }) {
  const [form, setForm] = useState(() => ({
    fullName: '', email: '', phone: '', basedIn: '', country: null, linkedin: '', website: '', company: '', title: '', resume: null, salary: '',
    ...Object.fromEntries(posting.questions.map((question) => [question.key, question.initial ?? null])),
    terms: false,
  }));
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key) => (event) => set(key)(event.currentTarget.value);
  const submit = (event) => {
    event.preventDefault();
    if (!form.fullName || !form.email || !form.resume || !form.terms) { setError('Name, email, resume and the terms are required.'); return; }
    setSent(true);
  };
  if (sent) return <Title order={3} id="application-sent">Thanks — {posting.company} will be in touch.</Title>;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2}>{posting.title}</Title>
        <Text c="dimmed">{posting.company} · {posting.where}</Text>
        <TextInput label="Full name" withAsterisk value={form.fullName} onChange={text('fullName')} data-field="fullName" />
        <TextInput label="Email" type="email" withAsterisk value={form.email} onChange={text('email')} data-field="email" />
        <TextInput label="Phone number" type="tel" value={form.phone} onChange={text('phone')} data-field="phone" />
        <Autocomplete label="Where are you based?" placeholder="City, State" data={PLACES} value={form.basedIn} onChange={set('basedIn')} data-field="basedIn" />
        <Select label="Country of residence" placeholder="Search countries" searchable data={COUNTRIES} value={form.country} onChange={set('country')} data-field="country" />
        <TextInput label="LinkedIn" placeholder="linkedin.com/in/your-name" value={form.linkedin} onChange={text('linkedin')} data-field="linkedin" />
        <TextInput label="Personal website" placeholder="https://" value={form.website} onChange={text('website')} data-field="website" />
        <Group grow>
          <TextInput label="Current company" value={form.company} onChange={text('company')} data-field="company" />
          <TextInput label="Current title" value={form.title} onChange={text('title')} data-field="title" />
        </Group>
        <FileInput label="Resume" placeholder="Upload PDF" accept="application/pdf" withAsterisk value={form.resume} onChange={set('resume')} data-field="resume" />
        <NumberInput label="Salary expectation (yearly)" prefix="$" thousandSeparator="," hideControls value={form.salary} onChange={set('salary')} data-field="salary" />
        {posting.questions.map((question) => <Question key={question.key} question={question} value={form[question.key]} onChange={set(question.key)} />)}
        <Checkbox label={`I agree to ${posting.company}'s candidate terms and privacy policy`} checked={form.terms} onChange={(event) => set('terms')(event.currentTarget.checked)} data-field="terms" />
        {error && <Text c="red" role="alert">{error}</Text>}
        <Button type="submit" className="submit">Send application</Button>
        <pre id="model">{JSON.stringify({ ...form, resume: form.resume?.name ?? null })}</pre>
      </Stack>
    </form>
  );
}

/** Renders the application page for one posting: `{ title, company, where, questions }`. */
export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<MantineProvider><Application posting={posting} /></MantineProvider>);
}
