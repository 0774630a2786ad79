/**
 * Another posting of the same template (Analytics Engineer, Payer Data) with other custom
 * questions. A health-tech company's careers page on Chakra UI 3 (Ark UI underneath), plain React state:
 * Field inputs, a "(555) 555-5555" phone, a "Where are you based?" Combobox whose items are loaded
 * 500 ms after typing (useListCollection + set, spinner while loading), a NumberInput with
 * increment / decrement triggers for years, a grouped NumberInput salary with a "USD / yr" addon,
 * yes/no questions as SegmentGroups (label items around hidden radios), an "Earliest start" Select
 * of months (button trigger + HiddenSelect, items in a portal), CheckboxCards for work arrangements
 * and a Slider for travel to leave alone, a RatingGroup self-assessment, a FileUpload dropzone
 * (hidden input), a Textarea cover letter and a consent Checkbox. State goes to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Button, ChakraProvider, Checkbox, CheckboxCard, Combobox, Container, Field, FileUpload, Flex, Heading, Input, InputGroup,
  NumberInput, Portal, RatingGroup, SegmentGroup, Select, SimpleGrid, Slider, Spinner, Stack, Text, Textarea,
  createListCollection, defaultSystem, useListCollection,
} from '@chakra-ui/react';

const PLACES = [
  'San Francisco, California, US', 'South San Francisco, California, US', 'San Jose, California, US', 'San Diego, California, US',
  'Santa Fe, New Mexico, US', 'Sacramento, California, US', 'Salt Lake City, Utah, US', 'Seattle, Washington, US',
  'Boston, Massachusetts, US', 'Nashville, Tennessee, US', 'Toronto, Ontario, CA',
].map((p) => ({ label: p, value: p }));
const MONTHS = createListCollection({
  items: ['As soon as possible', 'December 2026', 'January 2027', 'February 2027', 'March 2027', 'April 2027 or later'].map((m) => ({ label: m, value: m })),
});
const ARRANGEMENTS = [
  { value: 'weekday', title: 'Weekday on-call', description: 'Mon–Fri, 6pm–10pm CT' },
  { value: 'weekend', title: 'Weekend on-call', description: 'One weekend a month' },
  { value: 'month-end', title: 'Month-end close', description: 'Last 3 business days' },
];

function LocationCombobox({ value, onChange }) {
  const { collection, set } = useListCollection({ initialItems: [] });
  const [loading, setLoading] = useState(false);
  const timer = useRef();
  useEffect(() => () => clearTimeout(timer.current), []);
  const onInput = (e) => {
    clearTimeout(timer.current);
    const q = e.inputValue.toLowerCase();
    if (q.length < 2) { set([]); return; }
    setLoading(true);
    timer.current = setTimeout(() => { set(PLACES.filter((p) => p.label.toLowerCase().includes(q))); setLoading(false); }, 500);
  };
  return (
    <Combobox.Root collection={collection} onInputValueChange={onInput} value={value ? [value] : []}
      onValueChange={(e) => onChange(e.value[0] ?? null)} name="location" ids={{ input: 'lm-location' }} data-field="location">
      <Combobox.Label>Where are you based?</Combobox.Label>
      <Combobox.Control>
        <Combobox.Input placeholder="Start typing a city" />
        <Combobox.IndicatorGroup>{loading && <Spinner size="xs" />}<Combobox.ClearTrigger /><Combobox.Trigger /></Combobox.IndicatorGroup>
      </Combobox.Control>
      <Portal>
        <Combobox.Positioner>
          <Combobox.Content>
            <Combobox.Empty>{loading ? 'Searching…' : 'Type at least two letters'}</Combobox.Empty>
            {collection.items.map((item) => <Combobox.Item item={item} key={item.value}>{item.label}<Combobox.ItemIndicator /></Combobox.Item>)}
          </Combobox.Content>
        </Combobox.Positioner>
      </Portal>
    </Combobox.Root>
  );
}

function YesNo({ field, label, value, onChange }) {
  return (
    <Field.Root data-field={field}>
      <Field.Label id={`lm-${field}-label`}>{label}</Field.Label>
      <SegmentGroup.Root name={field} value={value} onValueChange={(e) => onChange(e.value)} aria-labelledby={`lm-${field}-label`}>
        <SegmentGroup.Indicator />
        <SegmentGroup.Items items={['Yes', 'No']} />
      </SegmentGroup.Root>
    </Field.Root>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: null, years: '', salary: '', authorized: null, sponsorship: null, employed: null, hipaa: null,
    start: [], arrangements: [], travel: [10], sql: 0, resume: [], coverLetter: '', consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (e) => set(key)(e.target.value) });
  if (done) return <Heading id="done">Thank you! Your application is on its way.</Heading>;
  return (
    <Container maxW="3xl" py="8" bg="white" my="6" rounded="lg">
      <form noValidate onSubmit={(e) => { e.preventDefault(); if (form.email && form.consent) setDone(true); }}>
        <Heading size="2xl">Analytics Engineer, Payer Data</Heading>
        <Text color="fg.muted" mb="6">Nashville, TN · Hybrid</Text>
        <Stack gap="5">
          <SimpleGrid columns={2} gap="4">
            <Field.Root required><Field.Label>First name</Field.Label><Input name="firstName" id="lm-first" {...text('firstName')} /></Field.Root>
            <Field.Root required><Field.Label>Last name</Field.Label><Input name="lastName" id="lm-last" {...text('lastName')} /></Field.Root>
          </SimpleGrid>
          <Field.Root required><Field.Label>Email</Field.Label><Input name="email" id="lm-email" type="email" {...text('email')} /></Field.Root>
          <Field.Root><Field.Label>Mobile number</Field.Label><Input name="phone" id="lm-phone" type="tel" placeholder="(555) 555-5555" {...text('phone')} /></Field.Root>
          <LocationCombobox value={form.location} onChange={set('location')} />
          <NumberInput.Root value={form.years} onValueChange={(e) => set('years')(e.value)} min={0} max={50} ids={{ input: 'lm-years' }} width="200px">
            <NumberInput.Label>Years of professional experience</NumberInput.Label>
            <NumberInput.Control />
            <NumberInput.Input name="years" />
          </NumberInput.Root>
          <NumberInput.Root value={form.salary} onValueChange={(e) => set('salary')(e.value)} min={0} step={5000} ids={{ input: 'lm-salary' }} width="280px">
            <NumberInput.Label>Desired base salary</NumberInput.Label>
            <InputGroup endAddon="USD / yr">
              <NumberInput.Input name="salary" />
            </InputGroup>
          </NumberInput.Root>
          <YesNo field="authorized" label="Are you legally authorized to work in the US?" value={form.authorized} onChange={set('authorized')} />
          <YesNo field="sponsorship" label="Will you need visa sponsorship now or in the future?" value={form.sponsorship} onChange={set('sponsorship')} />
          <YesNo field="employed" label="Are you currently employed?" value={form.employed} onChange={set('employed')} />
          <YesNo field="hipaa" label="Have you worked with HIPAA-regulated claims data?" value={form.hipaa} onChange={set('hipaa')} />
          <Select.Root collection={MONTHS} value={form.start} onValueChange={(e) => set('start')(e.value)} name="start" width="320px" data-field="start">
            <Select.HiddenSelect />
            <Select.Label>Earliest start</Select.Label>
            <Select.Control>
              <Select.Trigger><Select.ValueText placeholder="Select a month" /></Select.Trigger>
              <Select.IndicatorGroup><Select.Indicator /></Select.IndicatorGroup>
            </Select.Control>
            <Portal>
              <Select.Positioner>
                <Select.Content>
                  {MONTHS.items.map((m) => <Select.Item item={m} key={m.value}>{m.label}<Select.ItemIndicator /></Select.Item>)}
                </Select.Content>
              </Select.Positioner>
            </Portal>
          </Select.Root>
          <Box data-field="arrangements">
            <Text fontWeight="medium" mb="2">Which support rotations could you join?</Text>
            <SimpleGrid columns={3} gap="3">
              {ARRANGEMENTS.map((a) => (
                <CheckboxCard.Root key={a.value} value={a.value} checked={form.arrangements.includes(a.value)}
                  onCheckedChange={(e) => set('arrangements')(e.checked ? [...form.arrangements, a.value] : form.arrangements.filter((x) => x !== a.value))}>
                  <CheckboxCard.HiddenInput name="arrangements" />
                  <CheckboxCard.Control>
                    <CheckboxCard.Content>
                      <CheckboxCard.Label>{a.title}</CheckboxCard.Label>
                      <CheckboxCard.Description>{a.description}</CheckboxCard.Description>
                    </CheckboxCard.Content>
                    <CheckboxCard.Indicator />
                  </CheckboxCard.Control>
                </CheckboxCard.Root>
              ))}
            </SimpleGrid>
          </Box>
          <Slider.Root value={form.travel} onValueChange={(e) => set('travel')(e.value)} min={0} max={50} step={5} data-field="travel" name="travel">
            <Slider.Label>How much travel to payer sites can you do? (% of time)</Slider.Label>
            <Slider.ValueText />
            <Slider.Control><Slider.Track><Slider.Range /></Slider.Track><Slider.Thumbs /></Slider.Control>
          </Slider.Root>
          <RatingGroup.Root count={5} value={form.sql} onValueChange={(e) => set('sql')(e.value)} data-field="sql" name="sql">
            <RatingGroup.Label>How strong is your Python?</RatingGroup.Label>
            <RatingGroup.HiddenInput />
            <RatingGroup.Control />
          </RatingGroup.Root>
          <FileUpload.Root ids={{ hiddenInput: 'lm-resume' }} accept=".pdf,.doc,.docx" maxFiles={1} onFileChange={(e) => set('resume')(e.acceptedFiles.map((f) => f.name))} data-field="resume">
            <FileUpload.HiddenInput name="resume" />
            <FileUpload.Label>Resume</FileUpload.Label>
            <FileUpload.Dropzone>
              <FileUpload.DropzoneContent><Box>Drag and drop your resume here</Box><Box color="fg.muted">.pdf, .doc, .docx up to 10MB</Box></FileUpload.DropzoneContent>
            </FileUpload.Dropzone>
            <FileUpload.List />
          </FileUpload.Root>
          <Field.Root><Field.Label>Cover letter</Field.Label><Textarea name="coverLetter" id="lm-cover" rows={5} {...text('coverLetter')} /></Field.Root>
          <Checkbox.Root ids={{ hiddenInput: 'lm-consent' }} checked={form.consent} onCheckedChange={(e) => set('consent')(!!e.checked)} data-field="consent">
            <Checkbox.HiddenInput name="consent" />
            <Checkbox.Control />
            <Checkbox.Label>I consent to Larchmere storing my application for 12 months</Checkbox.Label>
          </Checkbox.Root>
          <Flex><Button id="submit" type="submit" colorPalette="purple">Submit application</Button></Flex>
        </Stack>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </form>
    </Container>
  );
}

createRoot(document.getElementById('root')).render(<ChakraProvider value={defaultSystem}><Application /></ChakraProvider>);
