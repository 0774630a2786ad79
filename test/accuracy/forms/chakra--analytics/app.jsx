/**
 * Pellucid Labs' Dover-style application template, another posting (analytics engineer): the same
 * Chakra UI v3 building blocks, other custom questions (time zone, current company, GitHub, an
 * on-site question, a modelling question, how did you hear) and other option lists.
 *
 * A Dover-style application on Chakra UI v3 (Ark UI underneath): Field.Root labels, Selects (a
 * trigger button with the value text, items in a portal, and a hidden native select), RadioGroups
 * whose items carry hidden radio inputs, a currency NumberInput, a FileUpload drop zone with its
 * hidden input, a Textarea and a Checkbox. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, ChakraProvider, createListCollection, defaultSystem, Field, FileUpload, Heading, Input, NumberInput, Portal, RadioGroup, Select, Stack, Text, Textarea,
} from '@chakra-ui/react';

const EXPERIENCE = createListCollection({ items: ['Under 1 year', '1-3 years', '4-7 years', '8-11 years', '12+ years'].map((label) => ({ label, value: label })) });
const TIMEZONES = createListCollection({ items: [['Hawaii–Aleutian (HST)', 'HST'], ['Alaska (AKST)', 'AKST'], ['Pacific (PT)', 'PT'], ['Mountain (MT)', 'MT'], ['Central (CT)', 'CT'], ['Eastern (ET)', 'ET'], ['Outside the US', 'INTL']].map(([label, value]) => ({ label, value })) });
const SOURCES = createListCollection({ items: ['Dover job board', 'LinkedIn', 'Hacker News "Who is hiring"', 'dbt Community Slack', 'A friend or colleague', 'Other'].map((label) => ({ label, value: label })) });

function Choice({ name, label, collection, value, onChange }) {
  return (
    <Select.Root collection={collection} value={value ? [value] : []} onValueChange={(details) => onChange(details.value[0] ?? null)} name={name} data-field={name}>
      <Select.HiddenSelect />
      <Select.Label>{label}</Select.Label>
      <Select.Control>
        <Select.Trigger><Select.ValueText placeholder="Select an option" /></Select.Trigger>
        <Select.IndicatorGroup><Select.Indicator /></Select.IndicatorGroup>
      </Select.Control>
      <Portal>
        <Select.Positioner>
          <Select.Content>
            {collection.items.map((item) => <Select.Item item={item} key={item.value}>{item.label}<Select.ItemIndicator /></Select.Item>)}
          </Select.Content>
        </Select.Positioner>
      </Portal>
    </Select.Root>
  );
}

function YesNo({ name, label, value, onChange, options = ['Yes', 'No'] }) {
  return (
    <RadioGroup.Root name={name} value={value} onValueChange={(details) => onChange(details.value)} data-field={name}>
      <RadioGroup.Label>{label}</RadioGroup.Label>
      <Stack direction="row" gap="6" mt="2">
        {options.map((option) => (
          <RadioGroup.Item key={option} value={option}>
            <RadioGroup.ItemHiddenInput /><RadioGroup.ItemIndicator /><RadioGroup.ItemText>{option}</RadioGroup.ItemText>
          </RadioGroup.Item>
        ))}
      </Stack>
    </RadioGroup.Root>
  );
}

const EMPTY = { firstName: '', lastName: '', email: '', phone: '', location: '', timezone: null, currentCompany: '', linkedin: '', github: '', experience: null, sponsorship: null, authorized: null, onsite: null, salary: null, resume: null, modelling: '', source: null, consent: false };

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, label, helper, type = 'text') => (
    <Field.Root data-field={key}>
      <Field.Label>{label}</Field.Label>
      <Input name={key} type={type} value={form[key]} onChange={(event) => set(key)(event.target.value)} />
      {helper && <Field.HelperText>{helper}</Field.HelperText>}
    </Field.Root>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.email && form.resume && form.timezone && form.consent) setSent(true);
  };
  if (sent) return <Heading size="md" id="dover-done">Application submitted — thank you!</Heading>;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="5">
        <Heading size="lg">Analytics Engineer</Heading>
        <Text color="fg.muted">Pellucid Labs · Remote (US time zones)</Text>
        <Stack direction="row" gap="4">{text('firstName', 'First name')}{text('lastName', 'Last name')}</Stack>
        {text('email', 'Email', null, 'email')}
        {text('phone', 'Phone', 'e.g. +1 555 555 5555', 'tel')}
        {text('location', 'Where are you based?', 'City, State')}
        <Choice name="timezone" label="Which time zone do you work in?" collection={TIMEZONES} value={form.timezone} onChange={set('timezone')} />
        {text('currentCompany', 'Current company')}
        {text('linkedin', 'LinkedIn URL', null, 'url')}
        {text('github', 'GitHub (optional)', null, 'url')}
        <Choice name="experience" label="Years working in data" collection={EXPERIENCE} value={form.experience} onChange={set('experience')} />
        <YesNo name="sponsorship" label="Will you now or in the future need Pellucid to sponsor a work visa?" options={['Yes, I will', 'No, I will not']} value={form.sponsorship} onChange={set('sponsorship')} />
        <YesNo name="authorized" label="Are you currently eligible to work for any US employer?" value={form.authorized} onChange={set('authorized')} />
        <YesNo name="onsite" label="We meet in person in Denver once a quarter. Can you travel for that?" value={form.onsite} onChange={set('onsite')} />
        <Field.Root data-field="salary">
          <Field.Label>Base salary expectation</Field.Label>
          <NumberInput.Root value={form.salary === null || Number.isNaN(form.salary) ? '' : String(form.salary)} onValueChange={(details) => set('salary')(details.valueAsNumber)} formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }}>
            <NumberInput.Control /><NumberInput.Input />
          </NumberInput.Root>
        </Field.Root>
        <FileUpload.Root maxFiles={1} accept={['application/pdf']} onFileChange={(details) => set('resume')(details.acceptedFiles[0]?.name ?? null)} data-field="resume">
          <FileUpload.Label>Resume</FileUpload.Label>
          <FileUpload.HiddenInput />
          <FileUpload.Dropzone><FileUpload.DropzoneContent><Text>Drag your resume here or click to upload</Text></FileUpload.DropzoneContent></FileUpload.Dropzone>
          <FileUpload.List />
        </FileUpload.Root>
        <Field.Root data-field="modelling"><Field.Label>Describe a data-modelling decision you would make differently today.</Field.Label><Textarea name="modelling" rows={5} value={form.modelling} onChange={(event) => set('modelling')(event.target.value)} /><Field.HelperText>A few sentences is plenty.</Field.HelperText></Field.Root>
        <Choice name="source" label="How did you hear about this role?" collection={SOURCES} value={form.source} onChange={set('source')} />
        <Checkbox.Root checked={form.consent} onCheckedChange={(details) => set('consent')(details.checked === true)} data-field="consent">
          <Checkbox.HiddenInput /><Checkbox.Control /><Checkbox.Label>I agree to Pellucid Labs' candidate privacy policy</Checkbox.Label>
        </Checkbox.Root>
        <Button type="submit" className="dover-submit" colorPalette="purple">Submit application</Button>
        <pre id="model">{JSON.stringify(form)}</pre>
      </Stack>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<ChakraProvider value={defaultSystem}><Application /></ChakraProvider>);
