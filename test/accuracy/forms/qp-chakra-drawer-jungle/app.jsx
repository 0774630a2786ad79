/*
 * A Welcome-to-the-Jungle-like job board (US edition, late 2026) on React 19 + Chakra UI v3:
 * the posting page with the board's chrome (search box, a NativeSelect city filter, "Log in",
 * a "similar jobs" rail, a job-alert Switch and a cookie banner with an audience-measurement
 * Checkbox). "Apply" opens a Chakra Drawer (Ark Dialog, portalled, right side) with a Progress bar
 * and two steps mounted one at a time ("Your profile", "A few questions"): Field inputs, a fixed
 * "+1" start element before the phone, "e.g. Brooklyn, NY" location, a FileUpload CV, a cover
 * letter Textarea, RadioCards as pills (year ranges, sponsorship, Kafka), NativeSelects (education,
 * pronouns), a "$" NumberInput, a date input, language CheckboxCards-like checkboxes and a
 * consent Checkbox. State goes to <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Button, ChakraProvider, Checkbox, CloseButton, Drawer, Field, FileUpload, Flex, Heading, Input, InputGroup, NativeSelect, NumberInput,
  Portal, Progress, RadioCard, Stack, Switch, Text, Textarea, defaultSystem,
} from '@chakra-ui/react';

function TextField({ id, label, value, onChange, helper, start, ...rest }) {
  const input = <Input value={value} onChange={(e) => onChange(e.target.value)} {...rest} />;
  return (
    <Field.Root ids={{ control: id }}>
      <Field.Label>{label}</Field.Label>
      {start ? <InputGroup startElement={start}>{input}</InputGroup> : input}
      {helper && <Field.HelperText>{helper}</Field.HelperText>}
    </Field.Root>
  );
}
function Pills({ name, label, options, value, onChange }) {
  return (
    <RadioCard.Root name={name} value={value} onValueChange={(e) => onChange(e.value)} size="sm" data-field={name}>
      <RadioCard.Label>{label}</RadioCard.Label>
      <Flex gap="2" wrap="wrap">
        {options.map((o) => (
          <RadioCard.Item key={o} value={o} flex="0 0 auto">
            <RadioCard.ItemHiddenInput />
            <RadioCard.ItemControl><RadioCard.ItemText>{o}</RadioCard.ItemText></RadioCard.ItemControl>
          </RadioCard.Item>
        ))}
      </Flex>
    </RadioCard.Root>
  );
}
function Native({ id, label, value, onChange, options, placeholder = 'Choose…', helper }) {
  return (
    <Field.Root ids={{ control: id }}>
      <Field.Label>{label}</Field.Label>
      <NativeSelect.Root>
        <NativeSelect.Field id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{placeholder}</option>
          {options.map((o) => <option key={o} value={o}>{o}</option>)}
        </NativeSelect.Field>
        <NativeSelect.Indicator />
      </NativeSelect.Root>
      {helper && <Field.HelperText>{helper}</Field.HelperText>}
    </Field.Root>
  );
}

const LANGS = ['English', 'Spanish', 'French', 'Mandarin'];

function App() {
  const [chrome, setChrome] = useState({ search: '', city: '', alerts: false, audience: false });
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', phone: '', title: '', company: '', location: '', linkedin: '', cv: [], coverLetter: '',
    years: '', sponsorship: '', kafka: '', education: '', pronouns: '', salary: '', available: '', languages: [], consent: false,
  });
  const set = (k) => (v) => setF((p) => ({ ...p, [k]: v }));
  const setC = (k) => (v) => setChrome((p) => ({ ...p, [k]: v }));
  useEffect(() => { document.getElementById('model').textContent = JSON.stringify({ ...f, chrome, step, submitted: done }, null, 2); }, [f, chrome, step, done]);

  return (
    <ChakraProvider value={defaultSystem}>
      <Flex as="header" px="8" py="3" gap="3" align="center" borderBottomWidth="1px" bg="yellow.300">
        <Text fontWeight="black" fontSize="xl" mr="6">Welcome to the Canopy</Text>
        <Input id="wc-search" aria-label="Search jobs, companies" placeholder="Search jobs, companies" bg="white" width="260px" value={chrome.search} onChange={(e) => setC('search')(e.target.value)} />
        <NativeSelect.Root width="200px" bg="white">
          <NativeSelect.Field id="wc-city" aria-label="City" value={chrome.city} onChange={(e) => setC('city')(e.target.value)}>
            <option value="">All locations</option><option>New York</option><option>San Francisco</option><option>Chicago</option><option>Remote</option>
          </NativeSelect.Field>
          <NativeSelect.Indicator />
        </NativeSelect.Root>
        <Button ml="auto" variant="outline" bg="white">Log in</Button>
      </Flex>
      <Flex maxW="1000px" mx="auto" my="6" gap="6" px="4">
        <Box flex="1" borderWidth="1px" borderRadius="lg" p="6" bg="white">
          <Text color="gray.600">Orchard &amp; Pike · Grocery delivery · 600 employees</Text>
          <Heading size="2xl" my="2">Senior Data Engineer</Heading>
          <Text>Permanent contract · New York or San Francisco · Hybrid (2 days) · $160K to $185K</Text>
          <Button id="wc-apply" mt="4" colorPalette="green" onClick={() => { setOpen(true); setStep(0); }}>Apply</Button>
          <Heading size="md" mt="6">The job</Heading>
          <Text mt="2">Orchard &amp; Pike delivers groceries in under an hour in six US cities. The data team owns the event pipeline from picker handhelds to the demand-forecasting models.</Text>
          <Text mt="2">You will redesign our streaming layer (Kafka, Flink) and the warehouse models finance and ops depend on.</Text>
        </Box>
        <Stack width="280px" gap="4">
          <Box borderWidth="1px" borderRadius="lg" p="4">
            <Switch.Root checked={chrome.alerts} onCheckedChange={(e) => setC('alerts')(!!e.checked)} ids={{ hiddenInput: 'wc-alerts' }}>
              <Switch.HiddenInput /><Switch.Control><Switch.Thumb /></Switch.Control><Switch.Label>Alert me about similar jobs</Switch.Label>
            </Switch.Root>
          </Box>
          <Box borderWidth="1px" borderRadius="lg" p="4">
            <Text fontWeight="bold">Similar jobs</Text>
            <Text mt="2">Data Engineer · Lumen Dental</Text>
            <Text>Analytics Engineer · Parcelwise</Text>
            <Text>ML Platform Engineer · Tidewell Energy</Text>
          </Box>
        </Stack>
      </Flex>
      <Box position="fixed" bottom="0" left="0" right="0" bg="gray.900" color="white" px="8" py="3" zIndex="1">
        <Flex gap="6" align="center">
          <Text fontSize="sm">We use cookies to keep you signed in and, if you agree, to measure our audience.</Text>
          <Checkbox.Root checked={chrome.audience} onCheckedChange={(e) => setC('audience')(!!e.checked)} ids={{ hiddenInput: 'wc-cookie-audience' }}>
            <Checkbox.HiddenInput /><Checkbox.Control /><Checkbox.Label>Audience measurement</Checkbox.Label>
          </Checkbox.Root>
          <Button size="sm">OK</Button>
        </Flex>
      </Box>
      <Drawer.Root open={open} onOpenChange={(e) => setOpen(e.open)} size="md" placement="end">
        <Portal>
          <Drawer.Backdrop />
          <Drawer.Positioner>
            <Drawer.Content>
              <Drawer.Header flexDirection="column" alignItems="stretch">
                <Drawer.Title>Apply to Orchard &amp; Pike</Drawer.Title>
                <Text fontSize="sm" color="gray.600">Step {step + 1} of 2 · {step === 0 ? 'Your profile' : 'A few questions'}</Text>
                <Progress.Root value={step === 0 ? 50 : 100} size="xs" aria-label="Application progress"><Progress.Track><Progress.Range /></Progress.Track></Progress.Root>
              </Drawer.Header>
              <Drawer.Body>
                {done ? <Box id="wc-done"><Heading size="md">Application sent!</Heading><Text>Orchard &amp; Pike will reply within two weeks.</Text></Box> : (
                  <form id="wc-form" onSubmit={(e) => { e.preventDefault(); setDone(true); }}>
                    {step === 0 && (
                      <Stack gap="4">
                        <Flex gap="3">
                          <TextField id="wc-first" label="First name" value={f.firstName} onChange={set('firstName')} required />
                          <TextField id="wc-last" label="Last name" value={f.lastName} onChange={set('lastName')} required />
                        </Flex>
                        <TextField id="wc-email" label="Email" type="email" value={f.email} onChange={set('email')} required />
                        <TextField id="wc-phone" label="Phone number" type="tel" start="+1" value={f.phone} onChange={set('phone')} />
                        <Flex gap="3">
                          <TextField id="wc-title" label="Current position" value={f.title} onChange={set('title')} />
                          <TextField id="wc-company" label="Current company" value={f.company} onChange={set('company')} />
                        </Flex>
                        <TextField id="wc-location" label="Location" placeholder="e.g. Brooklyn, NY" value={f.location} onChange={set('location')} />
                        <TextField id="wc-linkedin" label="LinkedIn profile" placeholder="https://linkedin.com/in/…" value={f.linkedin} onChange={set('linkedin')} />
                        <FileUpload.Root maxFiles={1} accept={['application/pdf', '.doc', '.docx']} onFileChange={(e) => set('cv')(e.acceptedFiles.map((x) => x.name))} name="cv" ids={{ hiddenInput: 'wc-cv' }} data-field="cv">
                          <FileUpload.Label>CV (required)</FileUpload.Label>
                          <FileUpload.HiddenInput />
                          <FileUpload.Dropzone width="100%"><FileUpload.DropzoneContent><Text>Drop your CV here or click to import it</Text><Text fontSize="xs" color="gray.500">PDF, DOC, DOCX · 5 MB max</Text></FileUpload.DropzoneContent></FileUpload.Dropzone>
                          <FileUpload.List />
                        </FileUpload.Root>
                        <Field.Root ids={{ control: 'wc-cover' }}>
                          <Field.Label>Cover letter (optional)</Field.Label>
                          <Textarea rows={5} value={f.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
                          <Field.HelperText>A few words for the hiring team</Field.HelperText>
                        </Field.Root>
                      </Stack>
                    )}
                    {step === 1 && (
                      <Stack gap="5">
                        <Pills name="q_years" label="How much experience do you have?" options={['Less than 2 years', '2 to 4 years', '5 to 7 years', '8 years or more']} value={f.years} onChange={set('years')} />
                        <Pills name="q_sponsorship" label="Will you need a visa sponsored by Orchard & Pike to work in the US?" options={['Yes', 'No']} value={f.sponsorship} onChange={set('sponsorship')} />
                        <Native id="wc-education" label="Highest level of education" value={f.education} onChange={set('education')} options={['High school diploma', 'Some college', "Bachelor's (BA/BS)", "Master's", 'PhD']} />
                        <Field.Root ids={{ control: 'wc-salary' }}>
                          <Field.Label>Salary expectations (yearly, gross)</Field.Label>
                          <InputGroup startElement="$">
                            <NumberInput.Root ids={{ input: 'wc-salary' }} value={f.salary} onValueChange={(e) => set('salary')(e.value)} min={0} width="100%"><NumberInput.Input /></NumberInput.Root>
                          </InputGroup>
                        </Field.Root>
                        <TextField id="wc-available" label="Available from" type="date" value={f.available} onChange={set('available')} />
                        <Pills name="q_kafka" label="Have you run Kafka in production?" options={['Yes', 'No']} value={f.kafka} onChange={set('kafka')} />
                        <Native id="wc-pronouns" label="Pronouns (optional)" value={f.pronouns} onChange={set('pronouns')} options={['she/her', 'he/him', 'they/them', 'other']} helper="Shared with the recruiter only" />
                        <Box>
                          <Text fontWeight="medium" fontSize="sm" mb="2">Languages you can work in</Text>
                          <Flex gap="4" wrap="wrap">
                            {LANGS.map((l) => (
                              <Checkbox.Root key={l} checked={f.languages.includes(l)} onCheckedChange={(e) => set('languages')(e.checked ? [...f.languages, l] : f.languages.filter((x) => x !== l))} ids={{ hiddenInput: `wc-lang-${l.toLowerCase()}` }}>
                                <Checkbox.HiddenInput /><Checkbox.Control /><Checkbox.Label>{l}</Checkbox.Label>
                              </Checkbox.Root>
                            ))}
                          </Flex>
                        </Box>
                        <Checkbox.Root checked={f.consent} onCheckedChange={(e) => set('consent')(!!e.checked)} ids={{ hiddenInput: 'wc-consent' }}>
                          <Checkbox.HiddenInput /><Checkbox.Control /><Checkbox.Label>I have read how Welcome to the Canopy and Orchard &amp; Pike process my data</Checkbox.Label>
                        </Checkbox.Root>
                      </Stack>
                    )}
                  </form>
                )}
              </Drawer.Body>
              {!done && (
                <Drawer.Footer>
                  {step === 1 && <Button variant="outline" onClick={() => setStep(0)}>Back</Button>}
                  {step === 0 ? <Button key="next" id="wc-next" onClick={() => setStep(1)}>Next</Button> : <Button key="send" id="wc-send" type="submit" form="wc-form" colorPalette="green">Send my application</Button>}
                </Drawer.Footer>
              )}
              <Drawer.CloseTrigger asChild><CloseButton size="sm" /></Drawer.CloseTrigger>
            </Drawer.Content>
          </Drawer.Positioner>
        </Portal>
      </Drawer.Root>
    </ChakraProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
