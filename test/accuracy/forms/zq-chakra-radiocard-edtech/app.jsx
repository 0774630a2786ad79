/*
 * Brightloom Learning careers on Chakra UI v3 (Ark UI underneath). Exercises what the other
 * Chakra page does not: a Combobox with a filtered collection (city), NativeSelect (state),
 * InputGroup addons ("+1", fixed "linkedin.com/in/"), RadioCard tiles over hidden radios,
 * SegmentGroup, TagsInput, a DatePicker (typed input + calendar popover), a currency NumberInput
 * without cents, RadioGroups, FileUpload with a hidden input, Switch. State goes to <pre id="model">.
 */
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Button, Checkbox, ChakraProvider, Combobox, Container, DatePicker, Field, FileUpload, Flex, Heading, Input, InputGroup, NativeSelect,
  NumberInput, Portal, RadioCard, RadioGroup, SegmentGroup, SimpleGrid, Stack, Switch, TagsInput, Text, Textarea, createListCollection,
  defaultSystem, useFilter, useListCollection,
} from '@chakra-ui/react';

const CITIES = ['Austin', 'Boston', 'Chicago', 'Denver', 'New York', 'Portland', 'San Diego', 'San Francisco', 'San Jose', 'Santa Fe', 'Seattle', 'South San Francisco'].map((c) => ({ label: c, value: c }));
const YEARS = [{ value: '0-2', title: '0–2 years' }, { value: '3-6', title: '3–6 years' }, { value: '7-9', title: '7–9 years' }, { value: '10+', title: '10+ years' }];
const GENDER = createListCollection({ items: ['Woman', 'Man', 'Non-binary', 'Prefer not to say'].map((g) => ({ label: g, value: g })) });

function CityCombobox({ value, onChange }) {
  const { contains } = useFilter({ sensitivity: 'base' });
  const { collection, filter } = useListCollection({ initialItems: CITIES, filter: contains });
  return (
    <Combobox.Root collection={collection} onInputValueChange={(e) => filter(e.inputValue)} value={value ? [value] : []} onValueChange={(e) => onChange(e.value[0] ?? '')} name="city" ids={{ input: 'bl-city' }}>
      <Combobox.Label>City</Combobox.Label>
      <Combobox.Control>
        <Combobox.Input placeholder="Type to search" />
        <Combobox.IndicatorGroup><Combobox.ClearTrigger /><Combobox.Trigger /></Combobox.IndicatorGroup>
      </Combobox.Control>
      <Portal>
        <Combobox.Positioner>
          <Combobox.Content>
            <Combobox.Empty>No city found</Combobox.Empty>
            {collection.items.map((item) => <Combobox.Item item={item} key={item.value}>{item.label}<Combobox.ItemIndicator /></Combobox.Item>)}
          </Combobox.Content>
        </Combobox.Positioner>
      </Portal>
    </Combobox.Root>
  );
}

function YesNo({ name, label, value, onChange }) {
  return (
    <RadioGroup.Root name={name} value={value} onValueChange={(e) => onChange(e.value)} data-field={name}>
      <Text fontWeight="medium" mb="2" id={`bl-${name}-label`}>{label}</Text>
      <Flex gap="6">
        {['Yes', 'No'].map((v) => (
          <RadioGroup.Item key={v} value={v}>
            <RadioGroup.ItemHiddenInput />
            <RadioGroup.ItemIndicator />
            <RadioGroup.ItemText>{v}</RadioGroup.ItemText>
          </RadioGroup.Item>
        ))}
      </Flex>
    </RadioGroup.Root>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', state: '', linkedin: '', github: '', employer: '', title: '',
    years: null, arrangement: null, skills: [], startDate: null, salary: '', authorized: null, sponsorship: null, resume: [],
    coverLetter: '', gender: null, textUpdates: false, consent: false,
  });
  const [search, setSearch] = useState('');
  const [news, setNews] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, label, props = {}) => (
    <Field.Root>
      <Field.Label>{label}</Field.Label>
      <Input id={`bl-${key}`} name={key} value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props} />
    </Field.Root>
  );
  return (
    <>
      <Flex as="header" px="10" py="3" bg="purple.800" color="white" align="center" gap="6">
        <Heading size="md" flex="1">Brightloom Learning</Heading>
        <Input id="bl-search" name="q" aria-label="Search careers" placeholder="Search careers" size="sm" width="240px" bg="white" color="black" value={search} onChange={(e) => setSearch(e.target.value)} />
      </Flex>
      <Container maxW="2xl" py="8">
        <Text color="purple.600" fontWeight="semibold">Learning Analytics · Remote (US)</Text>
        <Heading size="2xl" mb="2">Senior Data Engineer, Learning Analytics</Heading>
        <Text mb="6">Four million students use Brightloom each week. Help teachers see what is working by building the event pipelines behind our classroom insights.</Text>
        {sent ? <Box id="bl-sent" p="6" bg="green.50" borderRadius="md">Thanks for applying! We'll be in touch soon.</Box> : (
          <Stack as="form" id="bl-form" gap="5" noValidate onSubmit={(e) => { e.preventDefault(); if (form.consent) setSent(true); }}>
            <Heading size="md">Personal details</Heading>
            <SimpleGrid columns={2} gap="4">
              {text('firstName', 'First name')}
              {text('lastName', 'Last name')}
            </SimpleGrid>
            {text('email', 'Email address', { type: 'email' })}
            <Field.Root>
              <Field.Label>Mobile number</Field.Label>
              <InputGroup startAddon="+1">
                <Input id="bl-phone" name="phone" type="tel" value={form.phone} onChange={(e) => set('phone')(e.target.value)} />
              </InputGroup>
            </Field.Root>
            <SimpleGrid columns={2} gap="4">
              <CityCombobox value={form.city} onChange={set('city')} />
              <Field.Root>
                <Field.Label>State</Field.Label>
                <NativeSelect.Root>
                  <NativeSelect.Field id="bl-state" name="state" placeholder="Select state" value={form.state} onChange={(e) => set('state')(e.target.value)}>
                    {[['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['NY', 'New York'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington']].map(([v, l]) => <option key={v} value={v}>{l}</option>)}
                  </NativeSelect.Field>
                  <NativeSelect.Indicator />
                </NativeSelect.Root>
              </Field.Root>
            </SimpleGrid>
            <Field.Root>
              <Field.Label>LinkedIn</Field.Label>
              <InputGroup startAddon="linkedin.com/in/">
                <Input id="bl-linkedin" name="linkedin" placeholder="your-profile" value={form.linkedin} onChange={(e) => set('linkedin')(e.target.value)} />
              </InputGroup>
            </Field.Root>
            {text('github', 'GitHub (optional)')}

            <Heading size="md" mt="4">Experience</Heading>
            <SimpleGrid columns={2} gap="4">
              {text('employer', 'Current employer')}
              {text('title', 'Current title')}
            </SimpleGrid>
            <RadioCard.Root name="years" value={form.years} onValueChange={(e) => set('years')(e.value)} data-field="years">
              <RadioCard.Label>Years of data engineering experience</RadioCard.Label>
              <SimpleGrid columns={4} gap="2">
                {YEARS.map((y) => (
                  <RadioCard.Item key={y.value} value={y.value}>
                    <RadioCard.ItemHiddenInput />
                    <RadioCard.ItemControl>
                      <RadioCard.ItemText>{y.title}</RadioCard.ItemText>
                      <RadioCard.ItemIndicator />
                    </RadioCard.ItemControl>
                  </RadioCard.Item>
                ))}
              </SimpleGrid>
            </RadioCard.Root>
            <Box>
              <Text fontWeight="medium" mb="2">Preferred work arrangement</Text>
              <SegmentGroup.Root name="arrangement" value={form.arrangement} onValueChange={(e) => set('arrangement')(e.value)} data-field="arrangement">
                <SegmentGroup.Indicator />
                <SegmentGroup.Items items={['Remote', 'Hybrid', 'In office']} />
              </SegmentGroup.Root>
            </Box>
            <TagsInput.Root value={form.skills} onValueChange={(e) => set('skills')(e.value)} name="skills" ids={{ input: 'bl-skills' }}>
              <TagsInput.Label>Skills</TagsInput.Label>
              <TagsInput.Control>
                <TagsInput.Items />
                <TagsInput.Input placeholder="Add a skill and press Enter" />
              </TagsInput.Control>
            </TagsInput.Root>

            <Heading size="md" mt="4">Logistics</Heading>
            <DatePicker.Root name="startDate" value={form.startDate ? [form.startDate] : []} onValueChange={(e) => set('startDate')(e.value[0] ?? null)} ids={{ input: () => 'bl-start' }} locale="en-US">
              <DatePicker.Label>Earliest start date</DatePicker.Label>
              <DatePicker.Control>
                <DatePicker.Input placeholder="mm/dd/yyyy" />
                <DatePicker.IndicatorGroup><DatePicker.Trigger>📅</DatePicker.Trigger></DatePicker.IndicatorGroup>
              </DatePicker.Control>
              <Portal>
                <DatePicker.Positioner>
                  <DatePicker.Content>
                    <DatePicker.View view="day"><DatePicker.Header /><DatePicker.DayTable /></DatePicker.View>
                    <DatePicker.View view="month"><DatePicker.Header /><DatePicker.MonthTable /></DatePicker.View>
                    <DatePicker.View view="year"><DatePicker.Header /><DatePicker.YearTable /></DatePicker.View>
                  </DatePicker.Content>
                </DatePicker.Positioner>
              </Portal>
            </DatePicker.Root>
            <NumberInput.Root value={form.salary} onValueChange={(e) => set('salary')(e.value)} formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} min={0} ids={{ input: 'bl-salary' }}>
              <NumberInput.Label>Desired base salary</NumberInput.Label>
              <NumberInput.Input name="salary" />
            </NumberInput.Root>
            <YesNo name="authorized" label="Are you legally authorized to work in the United States?" value={form.authorized} onChange={set('authorized')} />
            <YesNo name="sponsorship" label="Will you now or in the future require sponsorship for employment visa status?" value={form.sponsorship} onChange={set('sponsorship')} />

            <Heading size="md" mt="4">Resume and cover letter</Heading>
            <FileUpload.Root maxFiles={1} accept={['application/pdf']} onFileChange={(e) => set('resume')(e.acceptedFiles.map((f) => f.name))} name="resume" ids={{ hiddenInput: 'bl-resume' }}>
              <FileUpload.Label>Resume (PDF)</FileUpload.Label>
              <FileUpload.HiddenInput />
              <FileUpload.Trigger asChild><Button variant="outline" size="sm">Upload resume</Button></FileUpload.Trigger>
              <FileUpload.List />
            </FileUpload.Root>
            <Field.Root>
              <Field.Label>Cover letter</Field.Label>
              <Textarea id="bl-coverLetter" name="coverLetter" rows={5} value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
              <Field.HelperText>Optional, but we read every one.</Field.HelperText>
            </Field.Root>

            <Heading size="md" mt="4">Voluntary self-identification</Heading>
            <RadioGroup.Root name="gender" value={form.gender} onValueChange={(e) => set('gender')(e.value)} data-field="gender">
              <Text fontWeight="medium" mb="2">Gender</Text>
              <Flex gap="4" wrap="wrap">
                {GENDER.items.map((g) => (
                  <RadioGroup.Item key={g.value} value={g.value}><RadioGroup.ItemHiddenInput /><RadioGroup.ItemIndicator /><RadioGroup.ItemText>{g.label}</RadioGroup.ItemText></RadioGroup.Item>
                ))}
              </Flex>
            </RadioGroup.Root>
            <Switch.Root checked={form.textUpdates} onCheckedChange={(e) => set('textUpdates')(e.checked)} name="textUpdates" ids={{ hiddenInput: 'bl-text' }}>
              <Switch.HiddenInput />
              <Switch.Control><Switch.Thumb /></Switch.Control>
              <Switch.Label>Send me text updates about my application</Switch.Label>
            </Switch.Root>
            <Checkbox.Root checked={form.consent} onCheckedChange={(e) => set('consent')(!!e.checked)} name="consent" ids={{ hiddenInput: 'bl-consent' }}>
              <Checkbox.HiddenInput />
              <Checkbox.Control />
              <Checkbox.Label>I agree to Brightloom's applicant privacy policy</Checkbox.Label>
            </Checkbox.Root>
            <Button type="submit" colorPalette="purple" id="bl-submit" alignSelf="flex-start">Submit application</Button>
          </Stack>
        )}
        <Box as="footer" mt="10" p="5" bg="purple.50" borderRadius="md">
          <Text fontWeight="semibold">Get the Brightloom educator newsletter</Text>
          <Flex gap="2" mt="2"><Input id="bl-news" name="newsletter" type="email" placeholder="Email" value={news} onChange={(e) => setNews(e.target.value)} /><Button variant="outline">Sign up</Button></Flex>
        </Box>
      </Container>
      <pre id="model">{JSON.stringify({ ...form, startDate: form.startDate ? form.startDate.toString() : null, salary: form.salary ? Number(form.salary.replace(/[^0-9.]/g, '')) : null, search, news })}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<ChakraProvider value={defaultSystem}><Application /></ChakraProvider>);
