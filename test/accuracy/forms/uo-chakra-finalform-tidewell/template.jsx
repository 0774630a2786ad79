/**
 * Tidewell Marine Robotics careers: a Vite + React page on Chakra UI v3 (defaultSystem) whose form
 * state lives in react-final-form (<Form> / <Field> render props, <FormSpy> for the model). Chakra
 * parts as the v3 docs compose them: Field.Root + Field.Label + Input (ids from the field context),
 * InputGroup with a fixed "+1" start element, a Combobox (useListCollection + useFilter, items in a
 * Portal) for the home city, a collection Select for the country (hidden native select, items in a
 * Portal), NativeSelect for education and the EEO questions, RadioGroup (label items with hidden
 * radios) for experience ranges, SegmentGroup for yes / no questions, NumberInput with a USD
 * currency format, a FileUpload whose trigger button opens a hidden input, Checkbox consent, a
 * site search in the header and a newsletter box in the footer. Each posting brings its own title
 * and questions.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Form, Field as FinalField, FormSpy } from 'react-final-form';
import {
  Box, Button, Checkbox, ChakraProvider, Combobox, Container, Field, FileUpload, Flex, Heading, Input, InputGroup, NativeSelect, NumberInput,
  Portal, RadioGroup, SegmentGroup, Select, Stack, Text, Textarea, createListCollection, defaultSystem, useFilter, useListCollection,
} from '@chakra-ui/react';
import countries from 'world-countries';

const COUNTRY_ITEMS = createListCollection({
  items: countries.map((c) => ({ label: c.name.common, value: c.cca3 })).sort((a, b) => a.label.localeCompare(b.label)),
});
const CITIES = [
  'San Diego, CA', 'San Francisco, CA', 'South San Francisco, CA', 'San Jose, CA', 'San Mateo, CA', 'Santa Cruz, CA', 'Oakland, CA',
  'Portland, OR', 'Seattle, WA', 'Boston, MA', 'Providence, RI', 'Honolulu, HI',
].map((label) => ({ label, value: label }));
const PRONOUN_ITEMS = createListCollection({
  items: [
    { label: 'She / her', value: 'she' }, { label: 'He / him', value: 'he' }, { label: 'They / them', value: 'they' },
    { label: 'Another set (tell us below)', value: 'other' }, { label: 'Prefer not to say', value: 'none' },
  ],
});
const YEARS = [['0-2', '0–2 years'], ['3-5', '3–5 years'], ['6-9', '6–9 years'], ['10+', '10 years or more']];
const EDUCATION = [['', 'Select one'], ['hs', 'High school or GED'], ['assoc', 'Associate degree'], ['ba', 'Bachelor’s (BA / BS)'], ['ms', 'Master’s (MA / MS / MEng)'], ['phd', 'Doctorate']];
const SOURCES = [['', 'Select one'], ['linkedin', 'LinkedIn'], ['event', 'Ocean-tech meetup or conference'], ['friend', 'Someone at Tidewell'], ['search', 'Job board'], ['other', 'Other']];
const GENDER = [['', 'Select one'], ['f', 'Female'], ['m', 'Male'], ['nb', 'Non-binary'], ['decline', 'I decline to self-identify']];
const VETERAN = [['yes', 'I identify as a protected veteran'], ['no', 'I am not a protected veteran'], ['decline', 'I prefer not to answer']];

function TextQuestion({ name, label, helper, required, type = 'text', placeholder }) {
  return (
    <FinalField name={name}>
      {({ input, meta }) => (
        <Field.Root required={required} invalid={meta.touched && !!meta.error}>
          <Field.Label>{label}<Field.RequiredIndicator /></Field.Label>
          <Input {...input} type={type} placeholder={placeholder} />
          {helper && <Field.HelperText>{helper}</Field.HelperText>}
          <Field.ErrorText>{meta.error}</Field.ErrorText>
        </Field.Root>
      )}
    </FinalField>
  );
}

function NativeQuestion({ name, label, options, helper }) {
  return (
    <FinalField name={name}>
      {({ input }) => (
        <Field.Root>
          <Field.Label>{label}</Field.Label>
          <NativeSelect.Root>
            <NativeSelect.Field {...input}>
              {options.map(([v, t]) => <option key={v} value={v}>{t}</option>)}
            </NativeSelect.Field>
            <NativeSelect.Indicator />
          </NativeSelect.Root>
          {helper && <Field.HelperText>{helper}</Field.HelperText>}
        </Field.Root>
      )}
    </FinalField>
  );
}

function RadioQuestion({ name, label, options }) {
  return (
    <FinalField name={name}>
      {({ input }) => (
        <Field.Root id={`q-${name}`}>
          <Field.Label>{label}</Field.Label>
          <RadioGroup.Root name={name} value={input.value || null} onValueChange={(e) => input.onChange(e.value)}>
            <Stack gap="2">
              {options.map(([v, t]) => (
                <RadioGroup.Item key={v} value={v}>
                  <RadioGroup.ItemHiddenInput />
                  <RadioGroup.ItemIndicator />
                  <RadioGroup.ItemText>{t}</RadioGroup.ItemText>
                </RadioGroup.Item>
              ))}
            </Stack>
          </RadioGroup.Root>
        </Field.Root>
      )}
    </FinalField>
  );
}

function SegmentQuestion({ name, label, options }) {
  return (
    <FinalField name={name}>
      {({ input }) => (
        <Field.Root>
          <Field.Label>{label}</Field.Label>
          <SegmentGroup.Root name={name} value={input.value || null} onValueChange={(e) => input.onChange(e.value)}>
            <SegmentGroup.Indicator />
            <SegmentGroup.Items items={options.map(([value, label]) => ({ value, label }))} />
          </SegmentGroup.Root>
        </Field.Root>
      )}
    </FinalField>
  );
}

function CityCombobox() {
  const { contains } = useFilter({ sensitivity: 'base' });
  const { collection, filter } = useListCollection({ initialItems: CITIES, filter: contains });
  return (
    <FinalField name="location">
      {({ input }) => (
        <Combobox.Root
          id="location"
          collection={collection}
          value={input.value ? [input.value] : []}
          onValueChange={(e) => input.onChange(e.value[0] ?? '')}
          onInputValueChange={(e) => filter(e.inputValue)}
          openOnClick
        >
          <Combobox.Label>Where are you based?</Combobox.Label>
          <Combobox.Control>
            <Combobox.Input placeholder="Start typing your city" />
            <Combobox.IndicatorGroup>
              <Combobox.ClearTrigger />
              <Combobox.Trigger />
            </Combobox.IndicatorGroup>
          </Combobox.Control>
          <Portal>
            <Combobox.Positioner>
              <Combobox.Content>
                <Combobox.Empty>No city found</Combobox.Empty>
                {collection.items.map((item) => (
                  <Combobox.Item item={item} key={item.value}>
                    <Combobox.ItemText>{item.label}</Combobox.ItemText>
                    <Combobox.ItemIndicator />
                  </Combobox.Item>
                ))}
              </Combobox.Content>
            </Combobox.Positioner>
          </Portal>
        </Combobox.Root>
      )}
    </FinalField>
  );
}

function CollectionSelect({ name, label, collection, placeholder }) {
  return (
    <FinalField name={name}>
      {({ input }) => (
        <Select.Root id={name} collection={collection} value={input.value ? [input.value] : []} onValueChange={(e) => input.onChange(e.value[0] ?? '')}>
          <Select.HiddenSelect name={name} />
          <Select.Label>{label}</Select.Label>
          <Select.Control>
            <Select.Trigger>
              <Select.ValueText placeholder={placeholder} />
            </Select.Trigger>
            <Select.IndicatorGroup><Select.Indicator /></Select.IndicatorGroup>
          </Select.Control>
          <Portal>
            <Select.Positioner>
              <Select.Content>
                {collection.items.map((item) => (
                  <Select.Item item={item} key={item.value}>
                    {item.label}
                    <Select.ItemIndicator />
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Positioner>
          </Portal>
        </Select.Root>
      )}
    </FinalField>
  );
}

function PostingQuestion({ q }) {
  if (q.type === 'radio') return <RadioQuestion name={`answers.${q.key}`} label={q.label} options={q.options} />;
  if (q.type === 'segment') return <SegmentQuestion name={`answers.${q.key}`} label={q.label} options={q.options} />;
  if (q.type === 'select') return <NativeQuestion name={`answers.${q.key}`} label={q.label} options={[['', 'Select one'], ...q.options]} helper={q.helper} />;
  if (q.type === 'textarea')
    return (
      <FinalField name={`answers.${q.key}`}>
        {({ input }) => (
          <Field.Root>
            <Field.Label>{q.label}</Field.Label>
            <Textarea {...input} rows={4} />
            {q.helper && <Field.HelperText>{q.helper}</Field.HelperText>}
          </Field.Root>
        )}
      </FinalField>
    );
  return <TextQuestion name={`answers.${q.key}`} label={q.label} helper={q.helper} placeholder={q.placeholder} />;
}

const required = (values) => {
  const errors = {};
  for (const key of ['firstName', 'lastName', 'email', 'phone']) if (!values[key]) errors[key] = 'Required';
  if (!values.resume) errors.resume = 'Please attach a resume';
  if (!values.consent) errors.consent = 'Please confirm';
  return errors;
};

function Application({ posting }) {
  const [sent, setSent] = useState(false);
  const initial = { firstName: '', lastName: '', email: '', phone: '', location: '', country: '', linkedin: '', employer: '', jobTitle: '', years: '', education: '', authorized: '', sponsorship: '', salary: null, startDate: '', pronouns: '', resume: null, coverLetter: '', source: '', gender: '', veteran: '', consent: false, answers: Object.fromEntries(posting.questions.map((q) => [q.key, ''])) };
  return (
    <>
      <Box as="header" borderBottomWidth="1px" px="8" py="3">
        <Flex justify="space-between" align="center">
          <Heading size="md">Tidewell</Heading>
          <InputGroup maxW="280px" startElement="⌕">
            <Input id="site-search" placeholder="Search roles" aria-label="Search roles" />
          </InputGroup>
        </Flex>
      </Box>
      <Container maxW="2xl" py="8">
        <Heading size="2xl">{posting.title}</Heading>
        <Text color="fg.muted" mb="6">{posting.where}</Text>
        <Form onSubmit={() => setSent(true)} initialValues={initial} validate={required}
          render={({ handleSubmit, form }) => (
            <form id="application" onSubmit={handleSubmit} noValidate>
              <Stack gap="5">
                <Heading size="lg">About you</Heading>
                <Flex gap="4">
                  <TextQuestion name="firstName" label="First name" required />
                  <TextQuestion name="lastName" label="Last name" required />
                </Flex>
                <TextQuestion name="email" label="Email" type="email" required />
                <FinalField name="phone">
                  {({ input }) => (
                    <Field.Root required>
                      <Field.Label>Mobile number<Field.RequiredIndicator /></Field.Label>
                      <InputGroup startAddon="+1">
                        <Input {...input} type="tel" placeholder="415 555 0100" />
                      </InputGroup>
                      <Field.HelperText>US numbers only for now.</Field.HelperText>
                    </Field.Root>
                  )}
                </FinalField>
                <CityCombobox />
                <CollectionSelect name="country" label="Country of residence" collection={COUNTRY_ITEMS} placeholder="Choose a country" />
                <TextQuestion name="linkedin" label="LinkedIn profile" placeholder="https://linkedin.com/in/…" />
                <CollectionSelect name="pronouns" label="Pronouns (optional)" collection={PRONOUN_ITEMS} placeholder="Select pronouns" />

                <Heading size="lg">Experience</Heading>
                <Flex gap="4">
                  <TextQuestion name="employer" label="Who do you work for today?" helper="Leave blank if you are between jobs." />
                  <TextQuestion name="jobTitle" label="And your title there" />
                </Flex>
                <RadioQuestion name="years" label="Professional experience in your field" options={YEARS} />
                <NativeQuestion name="education" label="Highest education completed" options={EDUCATION} />
                <RadioQuestion name="authorized" label="Can you legally work in the United States?" options={[['yes', 'Yes, for any employer'], ['restricted', 'Yes, but only with my current visa employer'], ['no', 'No']]} />
                <SegmentQuestion name="sponsorship" label="Will you need Tidewell to sponsor a work visa, now or later?" options={[['yes', 'Yes'], ['no', 'No']]} />
                <FinalField name="salary">
                  {({ input }) => (
                    <Field.Root>
                      <Field.Label>Base salary you’re targeting</Field.Label>
                      <NumberInput.Root
                        value={input.value == null || input.value === '' ? '' : String(input.value)}
                        onValueChange={(e) => input.onChange(Number.isNaN(e.valueAsNumber) ? null : e.valueAsNumber)}
                        formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }}
                        min={0}
                      >
                        <NumberInput.Control />
                        <NumberInput.Input name="salary" />
                      </NumberInput.Root>
                      <Field.HelperText>Annual, in US dollars.</Field.HelperText>
                    </Field.Root>
                  )}
                </FinalField>
                <TextQuestion name="startDate" label="Earliest start date" type="date" />

                <Heading size="lg">Documents</Heading>
                <FinalField name="resume">
                  {({ input }) => (
                    <FileUpload.Root id="resume" maxFiles={1} accept={['.pdf', '.doc', '.docx']} onFileChange={(d) => input.onChange(d.acceptedFiles[0]?.name ?? null)}>
                      <FileUpload.HiddenInput name="resume" />
                      <FileUpload.Label>Resume / CV</FileUpload.Label>
                      <FileUpload.Trigger asChild>
                        <Button variant="outline" size="sm">Upload file</Button>
                      </FileUpload.Trigger>
                      <FileUpload.List />
                    </FileUpload.Root>
                  )}
                </FinalField>
                <FinalField name="coverLetter">
                  {({ input }) => (
                    <Field.Root>
                      <Field.Label>Cover letter</Field.Label>
                      <Textarea {...input} rows={5} placeholder="Paste it here (optional)" />
                    </Field.Root>
                  )}
                </FinalField>

                <Heading size="lg">About this role</Heading>
                {posting.questions.map((q) => <PostingQuestion key={q.key} q={q} />)}

                <Heading size="lg">Voluntary self-identification</Heading>
                <NativeQuestion name="source" label="How did you hear about this opening?" options={SOURCES} />
                <NativeQuestion name="gender" label="Gender" options={GENDER} />
                <RadioQuestion name="veteran" label="Veteran status" options={VETERAN} />

                <FinalField name="consent" type="checkbox">
                  {({ input }) => (
                    <Checkbox.Root name="consent" checked={!!input.checked} onCheckedChange={(e) => input.onChange(!!e.checked)}>
                      <Checkbox.HiddenInput />
                      <Checkbox.Control />
                      <Checkbox.Label>I have read Tidewell’s candidate privacy notice and agree to its terms.</Checkbox.Label>
                    </Checkbox.Root>
                  )}
                </FinalField>
                <Button id="tw-submit" type="submit" colorPalette="teal" alignSelf="flex-start">Submit application</Button>
                <Text id="tw-done" hidden={!sent}>Thanks! Your application is in.</Text>
              </Stack>
              <FormSpy subscription={{ values: true }}>
                {({ values }) => <pre id="model">{JSON.stringify(values)}</pre>}
              </FormSpy>
            </form>
          )}
        />
      </Container>
      <Box as="footer" borderTopWidth="1px" px="8" py="6" mt="10">
        <Text mb="2">Tidewell dispatches: one email a month from the fleet.</Text>
        <Flex gap="2" maxW="sm">
          <Input id="newsletter-email" type="email" placeholder="you@example.com" aria-label="Email for Tidewell dispatches" />
          <Button variant="subtle">Subscribe</Button>
        </Flex>
      </Box>
    </>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(
    <ChakraProvider value={defaultSystem}><Application posting={posting} /></ChakraProvider>,
  );
}
