/*
 * Corbel Atlas careers: a React page on Mantine. Files go through Mantine FileInput (a button with
 * a hidden <input type=file>, clearable). Picking a résumé starts the page's own parser: after a
 * second it writes what it "read" into the form, overwriting first and last name, the job title
 * and the location (it finds only the country, so the city is gone). A required portfolio upload on
 * the design posting, a photo on the other, a cover letter as a FileInput or a Textarea, an
 * "Additional documents" multiple FileInput, Selects in a portal, a SegmentedControl, NumberInput
 * with "$" prefix. This copy adds what a later posting asks: questions before "About you", a Chip.Group
 * time zone, a Checkbox.Group "select all that apply", an on-call Switch, no current-title field.
 * State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import {
  Alert, Box, Button, Checkbox, Chip, FileInput, Group, Loader, MantineProvider, NumberInput, Radio, SegmentedControl, Select,
  Stack, Switch, Text, Textarea, TextInput, Title,
} from '@mantine/core';

function Files({ field, children }) {
  return <Box data-field={field}>{children}</Box>;
}

function Application({ job }) {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: '', country: null, title: '', portfolioUrl: '', linkedin: '',
    years: '', authorized: '', sponsorship: '', salary: '', startDate: '', relocate: false, source: null, gender: null,
    essay: '', coverLetter: '', consent: false, newsletter: '', search: '', timezone: '', shipped: [], onCall: false,
  });
  const [files, setFiles] = useState({ resume: null, coverLetterFile: null, portfolio: [], photo: null, documents: [] });
  const [parsing, setParsing] = useState(false);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (e) => set(key)(e.currentTarget.value) });
  const setFile = (key) => (value) => setFiles((f) => ({ ...f, [key]: value }));
  const pickResume = (file) => {
    setFile('resume')(file);
    if (!file) return;
    setParsing(true);
    const stem = file.name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').replace(/\s*(resume|cv)\s*$/i, '').trim();
    const [first, ...rest] = stem.split(/\s+/);
    setTimeout(() => {
      // The parser overwrites what it extracted: names from the file, a title, and a location
      // reduced to the country.
      setForm((f) => ({ ...f, firstName: first ?? '', lastName: rest.join(' '), title: 'Senior Data Engineer', location: 'United States' }));
      setParsing(false);
    }, job.parseDelay);
  };
  const names = (v) => (Array.isArray(v) ? v.map((f) => f.name) : v ? v.name : '');
  const model = {
    ...form,
    resume: names(files.resume),
    coverLetterFile: names(files.coverLetterFile),
    portfolio: names(files.portfolio),
    photo: names(files.photo),
    documents: names(files.documents),
  };
  const questions = (
    <>
                <Title order={3}>Questions</Title>
                <Box>
                  <Text size="sm" fw={500} id="ca-years-label">{job.yearsLabel} *</Text>
                  <SegmentedControl id="ca-years" name="years" aria-labelledby="ca-years-label" data={job.years} value={form.years} onChange={set('years')} />
                </Box>
                {job.timezones && (
                  <Box id="ca-timezone" role="radiogroup" aria-labelledby="ca-timezone-label">
                    <Text size="sm" fw={500} id="ca-timezone-label">{job.timezoneLabel}</Text>
                    <Chip.Group value={form.timezone} onChange={set('timezone')}>
                      <Group gap="xs" mt={4}>{job.timezones.map((z) => <Chip key={z} value={z} name="timezone">{z}</Chip>)}</Group>
                    </Chip.Group>
                  </Box>
                )}
                <Radio.Group id="ca-authorized" name="authorized" label="Are you authorized to work in the United States?" withAsterisk value={form.authorized} onChange={set('authorized')}>
                  <Group mt="xs"><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
                </Radio.Group>
                <Radio.Group id="ca-sponsorship" name="sponsorship" label="Will you need visa sponsorship now or later?" withAsterisk value={form.sponsorship} onChange={set('sponsorship')}>
                  <Group mt="xs"><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
                </Radio.Group>
    </>
  );
  const submit = (e) => {
    e.preventDefault();
    if (!files.resume || !form.consent) return;
    if (job.portfolio && files.portfolio.length === 0) return;
    setSent(true);
  };
  return (
    <>
      <Group component="header" justify="space-between" px="xl" py="sm" bg="#23303f" c="white">
        <Text fw={700} size="lg">CORBEL ATLAS</Text>
        <Group>
          <TextInput id="ca-search" placeholder="Search openings" aria-label="Search openings" size="xs" {...text('search')} />
          <Button size="xs" variant="white">Sign in</Button>
        </Group>
      </Group>
      <Box maw={760} mx="auto" my="lg" p="xl" bg="white" style={{ borderRadius: 8 }}>
        <Text c="teal" fw={600}>{job.team} · {job.where}</Text>
        <Title order={1}>{job.title}</Title>
        <Text my="sm">{job.intro}</Text>
        {sent ? (
          <Alert id="ca-sent" color="teal" title="Application sent">Thanks for applying to Corbel Atlas.</Alert>
        ) : (
          <form id="ca-form" onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Title order={3}>Résumé</Title>
              <Files field="resume">
                <FileInput id="ca-resume" label="Résumé" description="We'll use it to fill in the form for you" placeholder="Choose a PDF or Word file" accept=".pdf,.doc,.docx" withAsterisk clearable value={files.resume} onChange={pickResume} />
              </Files>
              {parsing && (
                <Group gap="xs" id="ca-parsing"><Loader size="xs" /><Text size="sm">Reading your résumé…</Text></Group>
              )}
              {job.questionsFirst && questions}
              <Title order={3}>About you</Title>
              <Group grow>
                <TextInput id="ca-firstName" label="First name" withAsterisk {...text('firstName')} />
                <TextInput id="ca-lastName" label="Last name" withAsterisk {...text('lastName')} />
              </Group>
              <TextInput id="ca-email" label="Email" type="email" withAsterisk {...text('email')} />
              <TextInput id="ca-phone" label="Phone" placeholder="+1 (555) 555-5555" {...text('phone')} />
              <Group grow>
                <TextInput id="ca-location" label="Location" description="City and state or region" {...text('location')} />
                <Select id="ca-country" label="Country" placeholder="Pick one" searchable data={['Canada', 'Mexico', 'United Kingdom', 'United States', 'United States Minor Outlying Islands']} value={form.country} onChange={set('country')} />
              </Group>
              {job.askTitle !== false && <TextInput id="ca-title" label="Current title" {...text('title')} />}
              <TextInput id="ca-linkedin" label="LinkedIn" {...text('linkedin')} />
              <TextInput id="ca-portfolioUrl" label={job.portfolio ? 'Portfolio URL' : 'Portfolio or personal site'} withAsterisk={job.portfolio} {...text('portfolioUrl')} />
              <Title order={3}>Documents</Title>
              {job.coverLetter === 'file' ? (
                <Files field="coverLetter">
                  <FileInput id="ca-coverLetter" label="Cover letter" placeholder="Optional" accept=".pdf,.doc,.docx,.txt" clearable value={files.coverLetterFile} onChange={setFile('coverLetterFile')} />
                </Files>
              ) : (
                <Textarea id="ca-coverLetter" label="Cover letter" placeholder="Optional" autosize minRows={4} {...text('coverLetter')} />
              )}
              {job.portfolio && (
                <Files field="portfolio">
                  <FileInput id="ca-portfolio" label="Portfolio / work samples" description="3–6 pieces, PDF or images" withAsterisk multiple clearable accept=".pdf,image/*" value={files.portfolio} onChange={setFile('portfolio')} />
                </Files>
              )}
              {job.photo && (
                <Files field="photo">
                  <FileInput id="ca-photo" label="Photo" placeholder="Optional" accept="image/*" clearable value={files.photo} onChange={setFile('photo')} />
                </Files>
              )}
              <Files field="documents">
                <FileInput id="ca-documents" label="Additional documents" placeholder="Optional" multiple clearable value={files.documents} onChange={setFile('documents')} />
              </Files>
              {!job.questionsFirst && questions}
              <NumberInput id="ca-salary" label="Desired annual salary" prefix="$" thousandSeparator="," hideControls value={form.salary} onChange={set('salary')} />
              <TextInput id="ca-startDate" label="When could you start?" placeholder="MM/DD/YYYY" {...text('startDate')} />
              <Switch id="ca-relocate" label={job.relocateLabel} checked={form.relocate} onChange={(e) => set('relocate')(e.currentTarget.checked)} />
              {job.shipped && (
                <Checkbox.Group id="ca-shipped" label={job.shippedLabel} value={form.shipped} onChange={set('shipped')}>
                  <Stack gap={6} mt="xs">{job.shipped.map((o) => <Checkbox key={o} value={o} label={o} />)}</Stack>
                </Checkbox.Group>
              )}
              {job.onCallLabel && <Switch id="ca-onCall" label={job.onCallLabel} checked={form.onCall} onChange={(e) => set('onCall')(e.currentTarget.checked)} />}
              <Textarea id="ca-essay" label={job.essayLabel} autosize minRows={3} {...text('essay')} />
              <Select id="ca-source" label="How did you find us?" placeholder="Pick one" data={['LinkedIn', 'Dribbble', 'Hacker News', 'A friend', 'Our blog', 'Other']} value={form.source} onChange={set('source')} clearable />
              <Select id="ca-gender" label="Gender (optional, voluntary)" placeholder="Pick one" data={['Woman', 'Man', 'Non-binary', 'Prefer not to say']} value={form.gender} onChange={set('gender')} clearable />
              <Checkbox id="ca-consent" label="I agree that Corbel Atlas may keep my application for 12 months *" checked={form.consent} onChange={(e) => set('consent')(e.currentTarget.checked)} />
              <Button type="submit" id="ca-submit" color="teal">Send application</Button>
            </Stack>
          </form>
        )}
      </Box>
      <Box maw={760} mx="auto" p="md" component="footer">
        <Group><TextInput id="ca-newsletter" placeholder="Email for our map of the month" aria-label="Newsletter email" {...text('newsletter')} /><Button variant="light">Subscribe</Button></Group>
      </Box>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </>
  );
}

export function renderApplication(job) {
  createRoot(document.getElementById('root')).render(
    <MantineProvider>
      <Application job={job} />
    </MantineProvider>,
  );
}
