/**
 * Halden & Pryce, a London insurtech, hiring its first analytics engineer in the US. Its careers
 * site is React + Chakra UI v3 (Ark UI underneath) with **react-international-phone** for the phone
 * (preset to the United Kingdom: the box starts with "+44 " and a flag button opens a country list;
 * the E.164 number is kept). Chakra Field labels, a location Combobox (Ark: typing input, items in a
 * portal, filtered with useListCollection), NativeSelects with the country preset to the United
 * Kingdom and the salary currency preset to GBP, a Chakra Select of year ranges (portal items,
 * hidden native select), RadioCards for the time zone, RadioGroups for the right to work (US and
 * UK) and sponsorship, a NumberInput salary, a type=date start, a FileUpload trigger button, a
 * cover-letter Textarea and an essay, equal-opportunities NativeSelects, a marketing Switch and a
 * privacy Checkbox; a cookie banner, a "Log in" header link, a help-chat box asking for name and
 * email, and a newsletter box in the footer. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Button, ChakraProvider, Checkbox, Combobox, createListCollection, defaultSystem, Field, FileUpload, Flex, Heading, HStack, Input, InputGroup, Link, NativeSelect, NumberInput,
  Portal, RadioCard, RadioGroup, Select, Stack, Switch, Text, Textarea, useFilter, useListCollection,
} from '@chakra-ui/react';
import { PhoneInput } from 'react-international-phone';
import 'react-international-phone/style.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const PLACES = [
  'London, England, UK', 'Manchester, England, UK', 'Edinburgh, Scotland, UK', 'New York, NY, USA', 'Brooklyn, NY, USA', 'Boston, MA, USA', 'Chicago, IL, USA', 'Austin, TX, USA',
  'Denver, CO, USA', 'Seattle, WA, USA', 'Los Angeles, CA, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Jose, CA, USA', 'Oakland, CA, USA',
  'San Francisco de Macorís, Dominican Republic', 'Toronto, ON, Canada',
].map((label) => ({ label, value: label.toLowerCase().replace(/[^a-z]+/g, '-') }));
const YEARS = createListCollection({ items: ['Under 2 years', '2–4 years', '5–7 years', '8–10 years', '10+ years'].map((label) => ({ label, value: label })) });
const SOURCES = createListCollection({ items: ['LinkedIn', 'Otta', 'Our blog / podcast', 'A friend or colleague', 'Other'].map((label) => ({ label, value: label })) });
const ZONES = [{ value: 'PT', title: 'Pacific (PT)' }, { value: 'MT', title: 'Mountain (MT)' }, { value: 'CT', title: 'Central (CT)' }, { value: 'ET', title: 'Eastern (ET)' }];
const NOTICE = ['Available now', '1 week', '2 weeks', '1 month', '2 months', '3 months or more'];
const GENDER = ['Woman', 'Man', 'Non-binary', 'Prefer to self-describe', 'Prefer not to say'];
const ETHNICITY = ['Asian or Asian British', 'Black, African, Caribbean or Black British', 'Hispanic or Latino', 'Mixed or multiple ethnic groups', 'White', 'Other ethnic group', 'Prefer not to say'];

const EMPTY = {
  firstName: '', surname: '', email: '', phone: '+44', phoneCountry: 'gb', location: '', country: 'United Kingdom', timezone: '', years: '', rightToWorkUS: '', rightToWorkUK: '', sponsorship: '',
  salary: null, currency: 'GBP', notice: '', startDate: '', linkedin: '', github: '', pronouns: '', resume: '', coverLetter: '', whyUs: '', gender: '', ethnicity: '', source: '', marketing: false, privacy: false,
};

function Yes({ name, label, value, onChange, options = ['Yes', 'No'] }) {
  return (
    <RadioGroup.Root name={name} value={value} onValueChange={(details) => onChange(details.value)} data-testid={`hp-${name}`}>
      <RadioGroup.Label>{label}</RadioGroup.Label>
      <Stack gap="2" mt="2" direction={options.length > 2 ? 'column' : 'row'}>
        {options.map((option) => (
          <RadioGroup.Item key={option} value={option}><RadioGroup.ItemHiddenInput /><RadioGroup.ItemIndicator /><RadioGroup.ItemText>{option}</RadioGroup.ItemText></RadioGroup.Item>
        ))}
      </Stack>
    </RadioGroup.Root>
  );
}

function Native({ id, label, value, onChange, options, placeholder }) {
  return (
    <Field.Root>
      <Field.Label htmlFor={id}>{label}</Field.Label>
      <NativeSelect.Root>
        <NativeSelect.Field id={id} name={id} value={value} onChange={(event) => onChange(event.target.value)} placeholder={placeholder}>
          {options.map((option) => <option key={option} value={option}>{option}</option>)}
        </NativeSelect.Field>
        <NativeSelect.Indicator />
      </NativeSelect.Root>
    </Field.Root>
  );
}

function Pick({ id, label, collection, value, onChange }) {
  return (
    <Select.Root data-testid={id} collection={collection} value={value ? [value] : []} onValueChange={(details) => onChange(details.value[0] ?? '')}>
      <Select.HiddenSelect />
      <Select.Label>{label}</Select.Label>
      <Select.Control>
        <Select.Trigger><Select.ValueText placeholder="Choose one" /></Select.Trigger>
        <Select.IndicatorGroup><Select.Indicator /></Select.IndicatorGroup>
      </Select.Control>
      <Portal>
        <Select.Positioner>
          <Select.Content>{collection.items.map((item) => <Select.Item item={item} key={item.value}>{item.label}<Select.ItemIndicator /></Select.Item>)}</Select.Content>
        </Select.Positioner>
      </Portal>
    </Select.Root>
  );
}

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [cookies, setCookies] = useState(true);
  const { contains } = useFilter({ sensitivity: 'base' });
  const { collection: places, filter } = useListCollection({ initialItems: PLACES, filter: contains });
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, label, props = {}) => (
    <Field.Root required={props.required}>
      <Field.Label htmlFor={`hp-${key}`}>{label}{props.required && <Field.RequiredIndicator />}</Field.Label>
      <Input id={`hp-${key}`} name={key} type={props.type ?? 'text'} value={form[key]} placeholder={props.placeholder} onChange={(event) => set(key)(event.target.value)} />
      {props.helper && <Field.HelperText>{props.helper}</Field.HelperText>}
    </Field.Root>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.email && form.resume && form.privacy) setSent(true);
  };
  return (
    <>
      <Flex as="header" align="center" gap="6" px="6" py="3" bg="gray.900" color="white">
        <Text fontWeight="bold">Halden &amp; Pryce</Text>
        <Link href="#" color="white">Products</Link><Link href="#" color="white">Careers</Link>
        <Link href="#" color="white" ml="auto" id="hp-login">Log in</Link>
      </Flex>
      <Box as="main" bg="white" px="8" py="6" my="4">
        <Heading size="2xl" as="h1">Analytics Engineer (US, Remote)</Heading>
        <Text color="fg.muted">Data · Remote, United States (4 hours' overlap with London) · Full-time</Text>
        <Text mt="3">We price home insurance from 300 data sources. You will be our first analytics engineer in the US, owning dbt models for the American book and working with our London data team on shared definitions.</Text>
        {sent ? (
          <Heading size="lg" id="hp-done" mt="6">Thanks — we have your application and will reply within a week.</Heading>
        ) : (
          <form id="hp-apply" onSubmit={submit} noValidate>
            <Stack gap="5" mt="6">
              <HStack gap="4" align="start">{text('firstName', 'First name', { required: true })}{text('surname', 'Surname', { required: true })}</HStack>
              {text('email', 'Email address', { type: 'email', required: true })}
              <Field.Root required>
                <Field.Label htmlFor="hp-phone">Phone number<Field.RequiredIndicator /></Field.Label>
                <PhoneInput
                  defaultCountry="gb"
                  preferredCountries={['gb', 'us', 'ie']}
                  value={form.phone}
                  onChange={(phone, meta) => setForm((current) => ({ ...current, phone, phoneCountry: meta.country.iso2 }))}
                  inputProps={{ id: 'hp-phone', name: 'phone' }}
                />
              </Field.Root>
              <Combobox.Root data-testid="hp-location" collection={places} onInputValueChange={(details) => filter(details.inputValue)} value={form.location ? [form.location] : []} onValueChange={(details) => set('location')(details.value[0] ?? '')}>
                <Combobox.Label>Where are you based?</Combobox.Label>
                <Combobox.Control>
                  <Combobox.Input placeholder="Start typing your city" />
                  <Combobox.IndicatorGroup><Combobox.ClearTrigger /><Combobox.Trigger /></Combobox.IndicatorGroup>
                </Combobox.Control>
                <Portal>
                  <Combobox.Positioner>
                    <Combobox.Content>
                      <Combobox.Empty>No matching places</Combobox.Empty>
                      {places.items.map((item) => <Combobox.Item item={item} key={item.value}>{item.label}<Combobox.ItemIndicator /></Combobox.Item>)}
                    </Combobox.Content>
                  </Combobox.Positioner>
                </Portal>
              </Combobox.Root>
              <Native id="hp-country" label="Country of residence" value={form.country} onChange={set('country')} options={COUNTRIES} />
              <RadioCard.Root name="timezone" value={form.timezone} onValueChange={(details) => set('timezone')(details.value)} data-testid="hp-timezone">
                <RadioCard.Label>Which time zone will you work from?</RadioCard.Label>
                <HStack align="stretch" mt="2">
                  {ZONES.map((zone) => (
                    <RadioCard.Item key={zone.value} value={zone.value}>
                      <RadioCard.ItemHiddenInput />
                      <RadioCard.ItemControl><RadioCard.ItemText>{zone.title}</RadioCard.ItemText><RadioCard.ItemIndicator /></RadioCard.ItemControl>
                    </RadioCard.Item>
                  ))}
                </HStack>
              </RadioCard.Root>
              <Pick id="hp-years" label="Years of experience in analytics or data engineering" collection={YEARS} value={form.years} onChange={set('years')} />
              <Yes name="rightToWorkUS" label="Do you have the right to work in the United States?" value={form.rightToWorkUS} onChange={set('rightToWorkUS')} />
              <Yes name="rightToWorkUK" label="Do you have the right to work in the UK? (for occasional time in our London office)" value={form.rightToWorkUK} onChange={set('rightToWorkUK')} />
              <Yes name="sponsorship" label="Will you now or in the future need us to sponsor a US visa?" value={form.sponsorship} onChange={set('sponsorship')} options={['Yes, I will need sponsorship', 'No, I will not need sponsorship', 'Not sure']} />
              <HStack gap="4" align="end">
                <Field.Root>
                  <Field.Label htmlFor="hp-salary">Salary expectation (annual, base)</Field.Label>
                  <NumberInput.Root value={form.salary === null ? '' : String(form.salary)} onValueChange={(details) => set('salary')(Number.isNaN(details.valueAsNumber) ? null : details.valueAsNumber)} min={0} formatOptions={{ useGrouping: true, maximumFractionDigits: 0 }} width="full">
                    <NumberInput.Control /><NumberInput.Input id="hp-salary" name="salary" />
                  </NumberInput.Root>
                </Field.Root>
                <Box minW="150px"><Native id="hp-currency" label="Currency" value={form.currency} onChange={set('currency')} options={['GBP', 'EUR', 'USD', 'CAD']} /></Box>
              </HStack>
              <Native id="hp-notice" label="Notice period" value={form.notice} onChange={set('notice')} options={NOTICE} placeholder="Select notice period" />
              {text('startDate', 'Earliest start date', { type: 'date' })}
              {text('linkedin', 'LinkedIn URL', { type: 'url' })}
              {text('github', 'GitHub profile (optional)', { type: 'url' })}
              {text('pronouns', 'Pronouns (optional)', { helper: 'e.g. she/her, they/them' })}
              <FileUpload.Root data-testid="hp-resume" maxFiles={1} accept={['application/pdf', '.doc', '.docx']} onFileChange={(details) => set('resume')(details.acceptedFiles[0]?.name ?? '')}>
                <FileUpload.HiddenInput />
                <FileUpload.Label>CV / résumé *</FileUpload.Label>
                <FileUpload.Trigger asChild><Button variant="outline" size="sm">Upload CV</Button></FileUpload.Trigger>
                <FileUpload.List />
              </FileUpload.Root>
              <Field.Root>
                <Field.Label htmlFor="hp-coverLetter">Cover letter (optional)</Field.Label>
                <Textarea id="hp-coverLetter" name="coverLetter" rows={5} value={form.coverLetter} onChange={(event) => set('coverLetter')(event.target.value)} />
              </Field.Root>
              <Field.Root>
                <Field.Label htmlFor="hp-whyUs">What would you want to fix first in a home-insurance pricing stack? (150 words max)</Field.Label>
                <Textarea id="hp-whyUs" name="whyUs" rows={4} value={form.whyUs} onChange={(event) => set('whyUs')(event.target.value)} />
              </Field.Root>
              <Heading size="md" as="h2">Equal opportunities monitoring (optional)</Heading>
              <Text fontSize="sm" color="fg.muted">Kept separately from your application and never seen by interviewers.</Text>
              <Native id="hp-gender" label="Gender" value={form.gender} onChange={set('gender')} options={GENDER} placeholder="Select" />
              <Native id="hp-ethnicity" label="Ethnic background" value={form.ethnicity} onChange={set('ethnicity')} options={ETHNICITY} placeholder="Select" />
              <Pick id="hp-source" label="How did you find us?" collection={SOURCES} value={form.source} onChange={set('source')} />
              <Switch.Root data-testid="hp-marketing" checked={form.marketing} onCheckedChange={(details) => set('marketing')(details.checked)}>
                <Switch.HiddenInput /><Switch.Control><Switch.Thumb /></Switch.Control><Switch.Label>Send me Halden &amp; Pryce product news</Switch.Label>
              </Switch.Root>
              <Checkbox.Root data-testid="hp-privacy" checked={form.privacy} onCheckedChange={(details) => set('privacy')(details.checked === true)}>
                <Checkbox.HiddenInput /><Checkbox.Control /><Checkbox.Label>I have read the candidate privacy notice and agree to my data being processed for this application</Checkbox.Label>
              </Checkbox.Root>
              <Button type="submit" colorPalette="teal" id="hp-submit">Submit application</Button>
            </Stack>
          </form>
        )}
        <pre id="model">{JSON.stringify(form)}</pre>
      </Box>
      <Box as="footer" px="8" py="6" bg="gray.100">
        <Text fontWeight="semibold">The Halden &amp; Pryce pricing letter — monthly</Text>
        <HStack mt="2"><Input id="hp-newsletter" type="email" placeholder="Email address" aria-label="Email address for the newsletter" maxW="320px" bg="white" /><Button size="sm">Subscribe</Button></HStack>
      </Box>
      <Box id="hp-chat" position="fixed" right="4" bottom="4" w="280px" bg="white" borderWidth="1px" rounded="md" p="3" shadow="md">
        <Text fontWeight="semibold" fontSize="sm">Questions? Chat with our talent team</Text>
        <Stack gap="2" mt="2">
          <Input id="hp-chat-name" size="sm" placeholder="Your name" aria-label="Your name" />
          <Input id="hp-chat-email" size="sm" type="email" placeholder="Your email" aria-label="Your email" />
          <Textarea id="hp-chat-message" size="sm" rows={2} placeholder="Type your message…" aria-label="Message" />
        </Stack>
      </Box>
      {cookies && (
        <Flex id="hp-cookies" position="fixed" left="4" bottom="4" maxW="420px" bg="gray.800" color="white" p="3" rounded="md" gap="3" align="center">
          <Text fontSize="sm">We use cookies to measure how our careers site is used.</Text>
          <Button size="xs" onClick={() => setCookies(false)}>Accept all</Button><Button size="xs" variant="outline" color="white" onClick={() => setCookies(false)}>Reject</Button>
        </Flex>
      )}
    </>
  );
}

createRoot(document.getElementById('root')).render(<ChakraProvider value={defaultSystem}><Application /></ChakraProvider>);
