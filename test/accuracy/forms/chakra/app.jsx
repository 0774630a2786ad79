/**
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
import countries from 'world-countries';

const COUNTRIES = createListCollection({ items: countries.map((country) => ({ label: country.name.common, value: country.cca2 })).sort((a, b) => a.label.localeCompare(b.label)) });
const EXPERIENCE = createListCollection({ items: ['0-2 years', '3-5 years', '6-9 years', '10+ years'].map((label) => ({ label, value: label })) });

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

function YesNo({ name, label, value, onChange }) {
  return (
    <RadioGroup.Root name={name} value={value} onValueChange={(details) => onChange(details.value)} data-field={name}>
      <RadioGroup.Label>{label}</RadioGroup.Label>
      <Stack direction="row" gap="6" mt="2">
        {['Yes', 'No'].map((option) => (
          <RadioGroup.Item key={option} value={option}>
            <RadioGroup.ItemHiddenInput /><RadioGroup.ItemIndicator /><RadioGroup.ItemText>{option}</RadioGroup.ItemText>
          </RadioGroup.Item>
        ))}
      </Stack>
    </RadioGroup.Root>
  );
}

const EMPTY = { firstName: '', lastName: '', preferredName: '', email: '', phone: '', location: '', country: null, linkedin: '', experience: null, authorized: null, sponsorship: null, salary: null, resume: null, coverLetter: '', consent: false };

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
    if (form.firstName && form.email && form.resume && form.consent) setSent(true);
  };
  if (sent) return <Heading size="md" id="dover-done">Application submitted — thank you!</Heading>;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="5">
        <Heading size="lg">Senior Data Engineer</Heading>
        <Text color="fg.muted">Pellucid Labs · Remote (US)</Text>
        <Stack direction="row" gap="4">{text('firstName', 'First name')}{text('lastName', 'Last name')}</Stack>
        {text('preferredName', 'Preferred name (optional)')}
        {text('email', 'Email', null, 'email')}
        {text('phone', 'Phone', 'e.g. +1 555 555 5555', 'tel')}
        {text('location', 'Location', 'City, State')}
        <Choice name="country" label="Country" collection={COUNTRIES} value={form.country} onChange={set('country')} />
        {text('linkedin', 'LinkedIn', null, 'url')}
        <Choice name="experience" label="Years of experience" collection={EXPERIENCE} value={form.experience} onChange={set('experience')} />
        <YesNo name="authorized" label="Are you authorized to work in the United States?" value={form.authorized} onChange={set('authorized')} />
        <YesNo name="sponsorship" label="Will you require visa sponsorship?" value={form.sponsorship} onChange={set('sponsorship')} />
        <Field.Root data-field="salary">
          <Field.Label>Desired annual salary</Field.Label>
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
        <Field.Root data-field="coverLetter"><Field.Label>Cover letter</Field.Label><Textarea name="coverLetter" rows={5} value={form.coverLetter} onChange={(event) => set('coverLetter')(event.target.value)} /></Field.Root>
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
