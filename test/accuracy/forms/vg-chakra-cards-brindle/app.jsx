/*
 * A Dover-hosted application page ("app.dover.com/apply/…") as its React app renders it with
 * Chakra UI v3 (Ark UI underneath): Field labels, a calling-code Select (portal items, HiddenSelect)
 * beside the phone, a City input with a <datalist>, FileUpload Dropzone for the resume with an
 * "Autofill from resume" button, a FileUpload trigger for an optional cover-letter file, an optional
 * work-sample FileUpload, a SegmentGroup for the yes/no authorization, Switches (sponsorship,
 * currently employed), a NumberInput stepper for years, RadioCards for the degree, CheckboxCards,
 * RatingGroups, a RadioGroup with "Other (please specify)", a Select with "Other". The posting's
 * questions come from posting.js. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Button, CheckboxCard, Checkbox, ChakraProvider, Container, Field, FileUpload, Flex, Heading, Input, InputGroup, NumberInput, Portal,
  RadioCard, RadioGroup, RatingGroup, SegmentGroup, Select, SimpleGrid, Stack, Switch, Text, createListCollection, defaultSystem,
} from '@chakra-ui/react';
import { posting } from './posting.js';

const CODES = createListCollection({
  items: [
    { label: '🇨🇦 +1', value: 'CA' }, { label: '🇺🇸 +1', value: 'US' }, { label: '🇲🇽 +52', value: 'MX' },
    { label: '🇬🇧 +44', value: 'GB' }, { label: '🇮🇳 +91', value: 'IN' }, { label: '🇵🇭 +63', value: 'PH' },
  ],
});
const SOURCES = createListCollection({ items: ['LinkedIn', 'Dover job board', 'Built In', 'A friend', 'Other (please specify)'].map((v) => ({ label: v, value: v })) });

function ChakraSelect({ id, name, label, collection, value, onChange, placeholder, width }) {
  return (
    <Select.Root collection={collection} value={value ? [value] : []} onValueChange={(e) => onChange(e.value[0] ?? null)} name={name} ids={{ trigger: id }} width={width} data-field={name}>
      <Select.HiddenSelect />
      <Select.Label>{label}</Select.Label>
      <Select.Control>
        <Select.Trigger><Select.ValueText placeholder={placeholder} /></Select.Trigger>
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

function Question({ q, form, set }) {
  const value = form.answers[q.key];
  const setValue = (v) => set('answers')({ ...form.answers, [q.key]: v });
  if (q.type === 'segment')
    return (
      <Box data-field={q.key}>
        <Text fontWeight="medium" mb="2" id={`${q.key}-label`}>{q.label}</Text>
        <SegmentGroup.Root name={q.key} value={value} onValueChange={(e) => setValue(e.value)} aria-labelledby={`${q.key}-label`}>
          <SegmentGroup.Indicator />
          <SegmentGroup.Items items={q.options} />
        </SegmentGroup.Root>
      </Box>
    );
  if (q.type === 'switch')
    return (
      <Switch.Root checked={value} onCheckedChange={(e) => setValue(e.checked)} name={q.key} ids={{ hiddenInput: `q-${q.key}` }} data-field={q.key}>
        <Switch.HiddenInput />
        <Switch.Control><Switch.Thumb /></Switch.Control>
        <Switch.Label>{q.label}</Switch.Label>
      </Switch.Root>
    );
  if (q.type === 'number')
    return (
      <NumberInput.Root value={value} onValueChange={(e) => setValue(e.value)} min={0} max={50} ids={{ input: `q-${q.key}` }} width="160px" data-field={q.key}>
        <NumberInput.Label>{q.label}</NumberInput.Label>
        <NumberInput.Control />
        <NumberInput.Input name={q.key} />
      </NumberInput.Root>
    );
  if (q.type === 'radiocard')
    return (
      <RadioCard.Root name={q.key} value={value} onValueChange={(e) => setValue(e.value)} data-field={q.key}>
        <RadioCard.Label>{q.label}</RadioCard.Label>
        <SimpleGrid columns={q.options.length > 3 ? 3 : q.options.length} gap="2">
          {q.options.map((o) => (
            <RadioCard.Item key={o.value} value={o.value}>
              <RadioCard.ItemHiddenInput />
              <RadioCard.ItemControl>
                <RadioCard.ItemContent>
                  <RadioCard.ItemText>{o.title}</RadioCard.ItemText>
                  {o.description && <RadioCard.ItemDescription>{o.description}</RadioCard.ItemDescription>}
                </RadioCard.ItemContent>
                <RadioCard.ItemIndicator />
              </RadioCard.ItemControl>
            </RadioCard.Item>
          ))}
        </SimpleGrid>
      </RadioCard.Root>
    );
  if (q.type === 'checkcards')
    return (
      <Box data-field={q.key}>
        <Text fontWeight="medium" mb="2">{q.label}</Text>
        <SimpleGrid columns={2} gap="2">
          {q.options.map((o) => (
            <CheckboxCard.Root key={o} value={o} checked={value.includes(o)} onCheckedChange={(e) => setValue(e.checked ? [...value, o] : value.filter((v) => v !== o))} name={q.key}>
              <CheckboxCard.HiddenInput />
              <CheckboxCard.Control>
                <CheckboxCard.Label>{o}</CheckboxCard.Label>
                <CheckboxCard.Indicator />
              </CheckboxCard.Control>
            </CheckboxCard.Root>
          ))}
        </SimpleGrid>
      </Box>
    );
  if (q.type === 'rating')
    return (
      <RatingGroup.Root count={5} value={value} onValueChange={(e) => setValue(e.value)} name={q.key} data-field={q.key}>
        <RatingGroup.Label>{q.label}</RatingGroup.Label>
        <RatingGroup.HiddenInput />
        <RatingGroup.Control />
      </RatingGroup.Root>
    );
  if (q.type === 'radio')
    return (
      <RadioGroup.Root name={q.key} value={value} onValueChange={(e) => setValue(e.value)} data-field={q.key}>
        <Text fontWeight="medium" mb="2">{q.label}</Text>
        <Stack gap="2">
          {q.options.map((o) => (
            <RadioGroup.Item key={o} value={o}><RadioGroup.ItemHiddenInput /><RadioGroup.ItemIndicator /><RadioGroup.ItemText>{o}</RadioGroup.ItemText></RadioGroup.Item>
          ))}
        </Stack>
        {q.other && value === q.other && (
          <Input mt="2" id={`q-${q.key}-other`} name={`${q.key}_other`} aria-label="Please specify" value={form.other[q.key] ?? ''} onChange={(e) => set('other')({ ...form.other, [q.key]: e.target.value })} />
        )}
      </RadioGroup.Root>
    );
  return null;
}

function Application() {
  const initialAnswers = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'switch' ? false : q.type === 'checkcards' ? [] : q.type === 'rating' ? 0 : q.type === 'number' ? '' : null]));
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', callingCode: null, phone: '', city: '', linkedin: '', resume: [], coverLetterFile: [], workSample: [],
    answers: initialAnswers, other: {}, salary: '', startDate: '', source: null, sourceOther: '', consent: false,
  });
  const [parseNote, setParseNote] = useState('');
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, label, props = {}) => (
    <Field.Root required={props.required}>
      <Field.Label>{label}{props.required && <Field.RequiredIndicator />}</Field.Label>
      <Input id={`dv-${key}`} name={key} value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props} />
    </Field.Root>
  );
  const fileNames = (e) => e.acceptedFiles.map((f) => f.name);
  return (
    <>
      <Flex as="header" px="10" py="3" borderBottomWidth="1px" align="center" gap="6" bg="white">
        <Heading size="md" flex="1">{posting.company}</Heading>
        <Input id="dv-search" name="q" aria-label="Search open roles" placeholder="Search open roles" size="sm" width="220px" value={search} onChange={(e) => setSearch(e.target.value)} />
      </Flex>
      <Container maxW="2xl" py="8">
        <Text color="gray.600" fontWeight="semibold">{posting.meta}</Text>
        <Heading size="2xl" mb="3">{posting.title}</Heading>
        {posting.about.map((p) => <Text mb="3" key={p}>{p}</Text>)}
        {sent ? <Box id="dv-sent" p="6" bg="green.50" borderRadius="md">Application submitted. Thanks!</Box> : (
          <Stack as="form" id="dv-form" gap="5" mt="6" noValidate onSubmit={(e) => { e.preventDefault(); if (form.consent && form.email && form.resume.length) setSent(true); }}>
            <FileUpload.Root maxFiles={1} accept={['application/pdf', '.doc', '.docx']} onFileChange={(e) => set('resume')(fileNames(e))} name="resume" ids={{ hiddenInput: 'dv-resume' }} data-field="resume">
              <FileUpload.Label>Resume *</FileUpload.Label>
              <FileUpload.HiddenInput />
              <FileUpload.Dropzone width="100%">
                <FileUpload.DropzoneContent>
                  <Text>Drag and drop your resume here</Text>
                  <Text color="fg.muted" fontSize="sm">PDF or Word, up to 10 MB</Text>
                </FileUpload.DropzoneContent>
              </FileUpload.Dropzone>
              <FileUpload.List clearable />
            </FileUpload.Root>
            <Flex gap="3" align="center">
              <Button variant="subtle" size="sm" id="dv-autofill" onClick={() => setParseNote(form.resume.length ? 'Reading your resume…' : 'Upload your resume first')}>Autofill from resume</Button>
              <Text fontSize="sm" color="fg.muted">{parseNote}</Text>
            </Flex>
            <SimpleGrid columns={2} gap="4">
              {text('firstName', 'First name', { required: true })}
              {text('lastName', 'Last name', { required: true })}
            </SimpleGrid>
            {text('email', 'Email', { type: 'email', required: true })}
            <Flex gap="3" align="flex-end">
              <ChakraSelect id="dv-calling-code" name="callingCode" label="Code" collection={CODES} value={form.callingCode} onChange={set('callingCode')} placeholder="Code" width="130px" />
              <Box flex="1">{text('phone', 'Phone number', { type: 'tel' })}</Box>
            </Flex>
            <Field.Root>
              <Field.Label>City</Field.Label>
              <Input id="dv-city" name="city" list="dv-city-list" autoComplete="off" value={form.city} onChange={(e) => set('city')(e.target.value)} />
              <datalist id="dv-city-list">{posting.cities.map((c) => <option key={c} value={c} />)}</datalist>
              <Field.HelperText>Where you live today</Field.HelperText>
            </Field.Root>
            {text('linkedin', 'LinkedIn URL')}
            <FileUpload.Root maxFiles={1} accept={['.pdf', '.doc', '.docx', '.txt']} onFileChange={(e) => set('coverLetterFile')(fileNames(e))} name="coverLetterFile" ids={{ hiddenInput: 'dv-cover-letter' }} data-field="coverLetterFile">
              <FileUpload.Label>Cover letter (optional)</FileUpload.Label>
              <FileUpload.HiddenInput />
              <FileUpload.Trigger asChild><Button variant="outline" size="sm">Upload cover letter</Button></FileUpload.Trigger>
              <FileUpload.List />
            </FileUpload.Root>
            <FileUpload.Root maxFiles={3} onFileChange={(e) => set('workSample')(fileNames(e))} name="workSample" ids={{ hiddenInput: 'dv-work-sample' }} data-field="workSample">
              <FileUpload.Label>{posting.sampleLabel}</FileUpload.Label>
              <FileUpload.HiddenInput />
              <FileUpload.Trigger asChild><Button variant="outline" size="sm">Upload files</Button></FileUpload.Trigger>
              <FileUpload.List />
            </FileUpload.Root>

            <Heading size="md" mt="4">Questions from {posting.company}</Heading>
            {posting.questions.map((q) => <Question key={q.key} q={q} form={form} set={set} />)}
            <SimpleGrid columns={2} gap="4">
              <Field.Root>
                <Field.Label>{posting.salaryLabel}</Field.Label>
                <InputGroup startElement="$" endElement="USD">
                  <Input id="dv-salary" name="salary" inputMode="numeric" value={form.salary} onChange={(e) => set('salary')(e.target.value)} />
                </InputGroup>
              </Field.Root>
              <Field.Root>
                <Field.Label>When can you start?</Field.Label>
                <Input id="dv-start" name="startDate" type="date" value={form.startDate} onChange={(e) => set('startDate')(e.target.value)} />
              </Field.Root>
            </SimpleGrid>
            <ChakraSelect id="dv-source" name="source" label="How did you hear about this role?" collection={SOURCES} value={form.source} onChange={set('source')} placeholder="Select one" />
            {form.source === 'Other (please specify)' && <Input id="dv-source-other" name="sourceOther" aria-label="Please specify" value={form.sourceOther} onChange={(e) => set('sourceOther')(e.target.value)} />}
            <Checkbox.Root checked={form.consent} onCheckedChange={(e) => set('consent')(!!e.checked)} name="consent" ids={{ hiddenInput: 'dv-consent' }}>
              <Checkbox.HiddenInput />
              <Checkbox.Control />
              <Checkbox.Label>I agree to {posting.company}'s candidate privacy notice and to Dover processing my application *</Checkbox.Label>
            </Checkbox.Root>
            <Button type="submit" colorPalette="teal" id="dv-submit" alignSelf="flex-start">Submit application</Button>
          </Stack>
        )}
        <Box as="footer" mt="10" pt="4" borderTopWidth="1px" fontSize="sm" color="fg.muted">Powered by Dover</Box>
      </Container>
      <pre id="model">{JSON.stringify({ ...form, search }, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<ChakraProvider value={defaultSystem}><Application /></ChakraProvider>);
