/*
 * Another posting of qi-chakra-steps-ravensholt (Analytics Engineer, Clinic Insights): same wizard,
 * other employer questions (employment, US time zone, dbt, motivation) and another "how did you hear" list.
 * Ravensholt Veterinary Diagnostics (a Columbus, Ohio reference lab for vet clinics) careers page:
 * React 19 + Chakra UI v3 (Ark UI). Steps.Root with four Steps.Content panels (inactive panels stay
 * mounted but hidden, as Ark renders them): "Contact", "Experience", "Eligibility", "Review".
 * One "Full name" box; "+1" start element before the phone; "City, State" location; Chakra Select
 * pronouns whose "Let me type my own" mounts a box; "https://" start addon for LinkedIn; a work
 * history list whose first entry is the current or most recent job (with "I currently work here")
 * and "Add another job"; an education list with "Add another school"; NumberInput years; FileUpload
 * dropzone; RadioGroups (sponsorship "Yes" mounts a visa Select); currency NumberInput;
 * "how did you hear", veteran status, consent. State goes to <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Button, ChakraProvider, Checkbox, Container, Field, FileUpload, Flex, Heading, Input, InputGroup, NumberInput, Portal, RadioGroup,
  Select, SimpleGrid, Stack, Steps, Text, Textarea, createListCollection, defaultSystem,
} from '@chakra-ui/react';

const list = (items) => createListCollection({ items: items.map((v) => ({ label: v, value: v })) });
const PRONOUNS = list(['she/her', 'he/him', 'they/them', 'Let me type my own']);
const DEGREES = list(['High school diploma', 'Associate (AA, AS)', "Bachelor's (BS, BA)", "Master's (MS, MA, MPH)", 'DVM', 'PhD']);
const VISAS = list(['H-1B', 'TN', 'F-1 OPT', 'Other']);
const HEARD = list(['Ravensholt careers page', 'LinkedIn', 'Built In Columbus', 'A veterinary clinic we serve', 'Someone who works here', 'Other']);
const QUESTIONS = [
  { key: 'q_2291_employed', kind: 'radio', label: 'Are you employed at the moment?', options: ['Yes', 'No'] },
  { key: 'q_2292_tz', kind: 'select', label: 'Which US time zone are you based in?', options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Alaska / Hawaii'] },
  { key: 'q_2293_dbt', kind: 'radio', label: 'Have you maintained dbt models that clinics or customers rely on?', options: ['Yes', 'No', 'Not sure'] },
  { key: 'q_2294_why', kind: 'text', label: 'What draws you to veterinary diagnostics? (a few sentences)' },
];
const job = () => ({ company: '', title: '', start: '', current: false });
const school = () => ({ name: '', degree: null });

function Pick({ id, name, label, collection, value, onChange, placeholder = 'Select one' }) {
  return (
    <Select.Root collection={collection} value={value ? [value] : []} onValueChange={(e) => onChange(e.value[0] ?? null)} name={name} ids={{ trigger: id }} data-field={name}>
      <Select.HiddenSelect />
      <Select.Label>{label}</Select.Label>
      <Select.Control>
        <Select.Trigger><Select.ValueText placeholder={placeholder} /></Select.Trigger>
        <Select.IndicatorGroup><Select.Indicator /></Select.IndicatorGroup>
      </Select.Control>
      <Portal><Select.Positioner><Select.Content>
        {collection.items.map((item) => <Select.Item item={item} key={item.value}>{item.label}<Select.ItemIndicator /></Select.Item>)}
      </Select.Content></Select.Positioner></Portal>
    </Select.Root>
  );
}
function Radios({ name, label, options, value, onChange }) {
  return (
    <Stack gap="2"><Text fontWeight="medium" fontSize="sm">{label}</Text>
      <RadioGroup.Root name={name} value={value} onValueChange={(e) => onChange(e.value)} data-field={name}>
        <Flex gap="5" wrap="wrap">{options.map((o) => (
          <RadioGroup.Item key={o} value={o}><RadioGroup.ItemHiddenInput /><RadioGroup.ItemIndicator /><RadioGroup.ItemText>{o}</RadioGroup.ItemText></RadioGroup.Item>
        ))}</Flex>
      </RadioGroup.Root></Stack>
  );
}
function TextField({ id, label, value, onChange, helper, children, ...rest }) {
  return (
    <Field.Root ids={{ control: id }}>
      <Field.Label>{label}</Field.Label>
      {children ? children(<Input value={value} onChange={(e) => onChange(e.target.value)} {...rest} />) : <Input value={value} onChange={(e) => onChange(e.target.value)} {...rest} />}
      {helper && <Field.HelperText>{helper}</Field.HelperText>}
    </Field.Root>
  );
}

function App() {
  const [f, setF] = useState({
    fullName: '', email: '', phone: '', location: '', pronouns: null, pronounsOwn: '', linkedin: '',
    jobs: [job()], schools: [school()], years: '', resume: [],
    authorized: null, sponsorship: null, visa: null, startDate: '', salary: null, questions: Object.fromEntries(QUESTIONS.map((q) => [q.key, null])),
    heard: null, veteran: null, consent: false,
  });
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const set = (k) => (val) => setF((p) => ({ ...p, [k]: val }));
  const setIn = (k, i, sub) => (val) => setF((p) => ({ ...p, [k]: p[k].map((e, j) => (j === i ? { ...e, [sub]: val } : e)) }));
  const setQ = (k) => (val) => setF((p) => ({ ...p, questions: { ...p.questions, [k]: val } }));
  useEffect(() => { document.getElementById('model').textContent = JSON.stringify(f, null, 2); }, [f]);
  if (done) return <Container maxW="3xl" py="10"><Box id="rv-done" p="6" bg="green.50" borderRadius="md"><Heading size="md">Application sent</Heading><Text>Thank you! Our talent team will be in touch.</Text></Box></Container>;
  const next = () => { setStep((s) => s + 1); window.scrollTo(0, 0); };
  return (
    <>
      <Flex as="header" px="8" py="3" bg="teal.800" color="white" align="center" gap="4">
        <Text fontWeight="bold" flex="1">Ravensholt Veterinary Diagnostics</Text>
        <Input id="rv-search" placeholder="Search careers" aria-label="Search careers" maxW="240px" bg="white" color="black" size="sm" />
        <Button size="sm" variant="outline" color="white">Clinic portal login</Button>
      </Flex>
      <Container maxW="3xl" py="8">
        <Text color="gray.600">Clinic Insights · Columbus, OH</Text>
        <Heading size="2xl" mb="2">Analytics Engineer, Clinic Insights</Heading>
        <Text mb="1">Remote (US) · Full-time</Text>
        <Text mb="6">Clinics log in to Ravensholt every morning to see which results came back overnight. You will build the models behind the clinic dashboard: turnaround times, repeat-test rates and the seasonal trends vets ask us about.</Text>
        <Box borderWidth="1px" borderRadius="lg" p="6" bg="white">
          <Steps.Root step={step} onStepChange={(e) => setStep(e.step)} count={4} size="sm">
            <Steps.List mb="6">
              {['Contact', 'Experience', 'Eligibility', 'Review'].map((t, i) => (
                <Steps.Item key={t} index={i}><Steps.Indicator /><Steps.Title>{t}</Steps.Title><Steps.Separator /></Steps.Item>
              ))}
            </Steps.List>
            <Steps.Content index={0}>
              <Stack gap="4">
                <TextField id="rv-fullName" label="Full name" value={f.fullName} onChange={set('fullName')} autoComplete="name" />
                <TextField id="rv-email" label="Email" value={f.email} onChange={set('email')} type="email" />
                <TextField id="rv-phone" label="Phone" value={f.phone} onChange={set('phone')} type="tel">{(input) => <InputGroup startElement="+1">{input}</InputGroup>}</TextField>
                <TextField id="rv-location" label="Location" value={f.location} onChange={set('location')} placeholder="City, State" helper="Where you live now." />
                <Pick id="rv-pronouns" name="pronouns" label="Pronouns (optional)" collection={PRONOUNS} value={f.pronouns} onChange={set('pronouns')} />
                {f.pronouns === 'Let me type my own' && <TextField id="rv-pronounsOwn" label="Your pronouns" value={f.pronounsOwn} onChange={set('pronounsOwn')} />}
                <TextField id="rv-linkedin" label="LinkedIn" value={f.linkedin} onChange={set('linkedin')}>{(input) => <InputGroup startAddon="https://">{input}</InputGroup>}</TextField>
                <Flex justify="flex-end"><Button id="rv-next-1" colorPalette="teal" onClick={next}>Next: Experience</Button></Flex>
              </Stack>
            </Steps.Content>
            <Steps.Content index={1}>
              <Stack gap="4">
                <Heading size="sm">Work history</Heading>
                {f.jobs.map((j, i) => (
                  <Box key={i} borderWidth="1px" borderRadius="md" p="4" data-entry={`job-${i}`}>
                    <Text fontSize="sm" color="gray.600" mb="2">{i === 0 ? 'Job 1 — your current or most recent job' : `Job ${i + 1}`}</Text>
                    <SimpleGrid columns={2} gap="3">
                      <TextField id={`rv-job-${i}-company`} label="Company" value={j.company} onChange={setIn('jobs', i, 'company')} />
                      <TextField id={`rv-job-${i}-title`} label="Job title" value={j.title} onChange={setIn('jobs', i, 'title')} />
                      <TextField id={`rv-job-${i}-start`} label="Start date" value={j.start} onChange={setIn('jobs', i, 'start')} type="month" />
                      <Checkbox.Root checked={j.current} onCheckedChange={(e) => setIn('jobs', i, 'current')(!!e.checked)} ids={{ hiddenInput: `rv-job-${i}-current` }} alignSelf="end">
                        <Checkbox.HiddenInput /><Checkbox.Control /><Checkbox.Label>I currently work here</Checkbox.Label>
                      </Checkbox.Root>
                    </SimpleGrid>
                  </Box>
                ))}
                <Button id="rv-add-job" variant="ghost" alignSelf="start" onClick={() => set('jobs')([...f.jobs, job()])}>+ Add another job</Button>
                <Heading size="sm">Education</Heading>
                {f.schools.map((s, i) => (
                  <SimpleGrid key={i} columns={2} gap="3" data-entry={`school-${i}`}>
                    <TextField id={`rv-school-${i}`} label="School" value={s.name} onChange={setIn('schools', i, 'name')} />
                    <Pick id={`rv-degree-${i}`} name={`degree-${i}`} label="Degree" collection={DEGREES} value={s.degree} onChange={setIn('schools', i, 'degree')} />
                  </SimpleGrid>
                ))}
                <Button id="rv-add-school" variant="ghost" alignSelf="start" onClick={() => set('schools')([...f.schools, school()])}>+ Add another school</Button>
                <Field.Root ids={{ control: 'rv-years' }}>
                  <Field.Label>Years of professional experience</Field.Label>
                  <NumberInput.Root value={f.years} onValueChange={(e) => set('years')(e.value)} min={0} max={50} width="160px"><NumberInput.Control /><NumberInput.Input /></NumberInput.Root>
                </Field.Root>
                <FileUpload.Root maxFiles={1} accept={['application/pdf', '.doc', '.docx']} onFileChange={(e) => set('resume')(e.acceptedFiles.map((x) => x.name))} name="resume" ids={{ hiddenInput: 'rv-resume' }} data-field="resume">
                  <FileUpload.Label>Resume</FileUpload.Label>
                  <FileUpload.HiddenInput />
                  <FileUpload.Dropzone width="100%"><FileUpload.DropzoneContent><Text>Drag your resume here, or click to browse</Text><Text fontSize="xs" color="gray.500">PDF or Word</Text></FileUpload.DropzoneContent></FileUpload.Dropzone>
                  <FileUpload.List />
                </FileUpload.Root>
                <Flex justify="space-between"><Button variant="outline" onClick={() => setStep(0)}>Back</Button><Button id="rv-next-2" colorPalette="teal" onClick={next}>Next: Eligibility</Button></Flex>
              </Stack>
            </Steps.Content>
            <Steps.Content index={2}>
              <Stack gap="5">
                <Radios name="authorized" label="Are you authorized to work in the United States?" options={['Yes', 'No']} value={f.authorized} onChange={set('authorized')} />
                <Radios name="sponsorship" label="Will you need an employer to sponsor your visa, now or in the future?" options={['Yes', 'No']} value={f.sponsorship} onChange={set('sponsorship')} />
                {f.sponsorship === 'Yes' && <Pick id="rv-visa" name="visa" label="Visa type" collection={VISAS} value={f.visa} onChange={set('visa')} />}
                <SimpleGrid columns={2} gap="3">
                  <TextField id="rv-startDate" label="Available from" value={f.startDate} onChange={set('startDate')} type="date" />
                  <Field.Root ids={{ control: 'rv-salary' }}>
                    <Field.Label>Desired salary</Field.Label>
                    <NumberInput.Root value={f.salary == null ? '' : String(f.salary)} onValueChange={(e) => set('salary')(Number.isNaN(e.valueAsNumber) ? null : e.valueAsNumber)} formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }}><NumberInput.Input /></NumberInput.Root>
                    <Field.HelperText>Annual base, US dollars</Field.HelperText>
                  </Field.Root>
                </SimpleGrid>
                {QUESTIONS.map((q) => q.kind === 'radio' ? <Radios key={q.key} name={q.key} label={q.label} options={q.options} value={f.questions[q.key]} onChange={setQ(q.key)} />
                  : q.kind === 'select' ? <Pick key={q.key} id={`rv-${q.key}`} name={q.key} label={q.label} collection={list(q.options)} value={f.questions[q.key]} onChange={setQ(q.key)} />
                  : <Field.Root key={q.key} ids={{ control: `rv-${q.key}` }}><Field.Label>{q.label}</Field.Label><Textarea value={f.questions[q.key] ?? ''} onChange={(e) => setQ(q.key)(e.target.value)} /></Field.Root>)}
                <Pick id="rv-heard" name="heard" label="How did you hear about Ravensholt?" collection={HEARD} value={f.heard} onChange={set('heard')} />
                <Radios name="veteran" label="Veteran status (voluntary)" options={['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to say']} value={f.veteran} onChange={set('veteran')} />
                <Checkbox.Root checked={f.consent} onCheckedChange={(e) => set('consent')(!!e.checked)} ids={{ hiddenInput: 'rv-consent' }}>
                  <Checkbox.HiddenInput /><Checkbox.Control /><Checkbox.Label>I consent to Ravensholt storing my application for 12 months</Checkbox.Label>
                </Checkbox.Root>
                <Flex justify="space-between"><Button variant="outline" onClick={() => setStep(1)}>Back</Button><Button id="rv-next-3" colorPalette="teal" onClick={next} disabled={!f.consent}>Review</Button></Flex>
              </Stack>
            </Steps.Content>
            <Steps.Content index={3}>
              <Stack gap="2" id="rv-review">
                <Heading size="md">Review</Heading>
                <Text><b>Name:</b> {f.fullName}</Text><Text><b>Email:</b> {f.email}</Text><Text><b>Phone:</b> +1 {f.phone}</Text><Text><b>Location:</b> {f.location}</Text>
                <Text><b>Current job:</b> {f.jobs[0].title} {f.jobs[0].company && `at ${f.jobs[0].company}`}</Text>
                <Text><b>Resume:</b> {f.resume.join(', ') || 'none'}</Text><Text><b>Available from:</b> {f.startDate}</Text>
                <Flex justify="space-between" mt="4"><Button variant="outline" onClick={() => setStep(0)}>Edit</Button><Button id="rv-submit" colorPalette="teal" onClick={() => setDone(true)}>Submit application</Button></Flex>
              </Stack>
            </Steps.Content>
          </Steps.Root>
        </Box>
      </Container>
    </>
  );
}

createRoot(document.getElementById('root')).render(<ChakraProvider value={defaultSystem}><App /></ChakraProvider>);
