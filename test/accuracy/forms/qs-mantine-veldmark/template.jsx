/**
 * A travel-tech company's careers page built on Mantine 9 (React), in the "apply that talks back"
 * manner of 2026 career sites:
 *  - "Apply with LinkedIn" and "Autofill from resume" (a Mantine FileButton) above the form;
 *  - the form's own Resume (Mantine FileInput): after a pick, a Loader and, 900 ms later, the
 *    page's parser writes its reading into the form state (current employer and title, plus the
 *    city it guesses from the area code);
 *  - email verification: "Send code" then a Mantine PinInput of six one-digit boxes (optional);
 *  - a Mantine Checkbox "Verify you are human" in a bordered box, required to submit;
 *  - an off-screen honeypot TextInput ("Company website");
 *  - a "Save and finish later" Paper asking for an email + password to create an account;
 *  - a cookie Affix with Mantine Switches.
 * The posting's app.jsx passes its questions. Every value is rendered into <pre id="model">.
 */
import '@mantine/core/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Affix, Anchor, Box, Button, Checkbox, Container, FileButton, FileInput, Group, Loader, MantineProvider, NumberInput, Paper, PasswordInput,
  PinInput, Radio, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title,
} from '@mantine/core';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];

function Application({ posting }) {
  const [v, setV] = useState(() => ({
    firstName: '', lastName: '', email: '', emailCode: '', phone: '', city: '', state: null,
    resume: null, employer: '', title: '', linkedin: '', salary: '', start: '', coverLetter: '',
    ...Object.fromEntries(posting.questions.map((q) => [q.key, q.initial ?? null])),
    source: null, human: false, privacy: false, honeypot: '',
  }));
  const [chrome, setChrome] = useState({ autofill: null, saveEmail: '', savePassword: '', cookiesAnalytics: false, cookiesAds: false, cookiesOpen: true });
  const [parsing, setParsing] = useState(false);
  const [resumeFile, setResumeFile] = useState(null);
  const [codeSent, setCodeSent] = useState(false);
  const [error, setError] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setV((s) => ({ ...s, [key]: value }));
  const setText = (key) => (e) => { const value = e.currentTarget.value; setV((s) => ({ ...s, [key]: value })); };

  function parse(file, target) {
    if (!file) return;
    setParsing(true);
    setTimeout(() => {
      setV((s) => ({ ...s, ...posting.parsed }));
      setParsing(false);
    }, posting.parseMs);
  }

  function submit(e) {
    e.preventDefault();
    if (!v.firstName || !v.lastName || !v.email || !v.resume) return setError('Please fill in the required fields.');
    if (!v.privacy) return setError('Please accept the privacy notice.');
    if (!v.human) return setError('Please verify you are human.');
    if (v.honeypot) return setError('We could not submit your application.');
    setError('');
    setSent(true);
  }

  function question(q) {
    const common = { label: q.label, required: q.required, 'data-q': q.key };
    if (q.type === 'radio') {
      return (
        <Radio.Group key={q.key} {...common} value={v[q.key]} onChange={set(q.key)} data-q={q.key}>
          <Stack gap={6} mt={6}>{q.options.map((o) => <Radio key={o} value={o} label={o} name={q.key} />)}</Stack>
        </Radio.Group>
      );
    }
    if (q.type === 'segmented') {
      return (
        <Box key={q.key}>
          <Text size="sm" fw={500} id={`${q.key}-label`}>{q.label}</Text>
          <SegmentedControl data-q={q.key} name={q.key} aria-labelledby={`${q.key}-label`} value={v[q.key] ?? ''} onChange={set(q.key)} data={q.options} />
        </Box>
      );
    }
    if (q.type === 'select') {
      return <Select key={q.key} {...common} placeholder="Pick one" data={q.options} value={v[q.key]} onChange={set(q.key)} />;
    }
    if (q.type === 'textarea') {
      return <Textarea key={q.key} {...common} autosize minRows={3} value={v[q.key] ?? ''} onChange={setText(q.key)} />;
    }
    if (q.type === 'switch') {
      return <Switch key={q.key} label={q.label} data-q={q.key} checked={!!v[q.key]} onChange={(e) => set(q.key)(e.currentTarget.checked)} />;
    }
    return <TextInput key={q.key} {...common} value={v[q.key] ?? ''} onChange={setText(q.key)} placeholder={q.placeholder} />;
  }

  return (
    <>
      <Box component="header" px="xl" py="sm" style={{ background: '#14213d', color: '#fff' }}>
        <Group justify="space-between"><Text fw={700} size="lg">{posting.company}</Text><Anchor c="gray.3" href="#">All jobs</Anchor></Group>
      </Box>
      <Container size="sm" py="lg">
        <Text c="dimmed" size="sm">{posting.team}</Text>
        <Title order={1}>{posting.title}</Title>
        <Text c="dimmed" mb="md">{posting.where} · {posting.pay}</Text>
        {posting.description.map((d) => <Text key={d} mb="sm">{d}</Text>)}
        {sent ? (
          <Paper id="application-sent" withBorder p="lg" mt="lg"><Title order={3}>Application sent. Thank you!</Title></Paper>
        ) : (
          <Paper withBorder p="lg" mt="lg" radius="md">
            <Title order={2} mb="sm">Apply</Title>
            <Group mb="md" p="sm" style={{ border: '1px dashed #adb5bd', borderRadius: 8 }}>
              <Text fw={600} size="sm">Skip the typing:</Text>
              <Button color="#0a66c2" id="apply-linkedin">Apply with LinkedIn</Button>
              <FileButton accept=".pdf,.doc,.docx" onChange={(f) => { setChrome((c) => ({ ...c, autofill: f ? f.name : null })); parse(f); }} inputProps={{ id: 'autofill-input', name: 'autofill' }}>
                {(props) => <Button variant="default" id="autofill-button" {...props}>Autofill from resume</Button>}
              </FileButton>
            </Group>
            <form onSubmit={submit} noValidate id="apply-form">
              <Box style={{ position: 'absolute', left: -10000, width: 1, height: 1, overflow: 'hidden' }} aria-hidden="true">
                <TextInput id="company-website" label="Company website" name="company_website" tabIndex={-1} autoComplete="off" value={v.honeypot} onChange={setText('honeypot')} />
              </Box>
              <Stack gap="md">
                <SimpleGrid cols={2}>
                  <TextInput label="First name" required name="firstName" value={v.firstName} onChange={setText('firstName')} />
                  <TextInput label="Last name" required name="lastName" value={v.lastName} onChange={setText('lastName')} />
                </SimpleGrid>
                <Group align="flex-end" wrap="nowrap">
                  <TextInput style={{ flex: 1 }} label="Email" required type="email" name="email" value={v.email} onChange={setText('email')} />
                  <Button variant="light" id="send-email-code" onClick={() => setCodeSent(true)}>{codeSent ? 'Resend code' : 'Send code'}</Button>
                </Group>
                <Box>
                  <Text size="sm" fw={500} id="email-code-label">Email verification code (optional)</Text>
                  <Text size="xs" c="dimmed" mb={4}>Verify your email now and we can reply straight away. You can also do it later from our message.</Text>
                  <PinInput id="email-code" length={6} type="number" oneTimeCode ariaLabel="Verification code digit" value={v.emailCode} onChange={set('emailCode')} />
                </Box>
                <TextInput label="Phone" name="phone" type="tel" placeholder="+1 (555) 000-0000" description="Include your country code" value={v.phone} onChange={setText('phone')} />
                <SimpleGrid cols={2}>
                  <TextInput label="City" name="city" value={v.city} onChange={setText('city')} />
                  <Select label="State" name="state" data-field="state" placeholder="Select a state" data={STATES} searchable value={v.state} onChange={set('state')} comboboxProps={{ withinPortal: true }} />
                </SimpleGrid>
                <FileInput label="Resume" required name="resume" placeholder="Upload PDF or Word" accept=".pdf,.doc,.docx" clearable fileInputProps={{ id: 'resume-input' }}
                  value={resumeFile} onChange={(f) => { setResumeFile(f); set('resume')(f ? f.name : null); parse(f); }}
                  rightSection={parsing ? <Loader size="xs" /> : null} description={parsing ? 'Reading your resume…' : (v.resume ? `Attached: ${v.resume}` : 'We’ll pre-fill your details from it.')} />
                <SimpleGrid cols={2}>
                  <TextInput label="Current employer" name="employer" value={v.employer} onChange={setText('employer')} />
                  <TextInput label="Current job title" name="title" value={v.title} onChange={setText('title')} />
                </SimpleGrid>
                <TextInput label="LinkedIn profile" name="linkedin" placeholder="linkedin.com/in/…" value={v.linkedin} onChange={setText('linkedin')} />
                {posting.questions.map(question)}
                <NumberInput label="Salary expectation (annual, USD)" name="salary" prefix="$" thousandSeparator="," hideControls value={v.salary} onChange={set('salary')} />
                <TextInput label="Available from" name="start" placeholder="MM/DD/YYYY" value={v.start} onChange={setText('start')} />
                <Textarea label="Cover letter" name="coverLetter" description="Optional" autosize minRows={4} value={v.coverLetter} onChange={setText('coverLetter')} />
                <Select label="Where did you find this job?" name="source" data-field="source" placeholder="Select" data={['LinkedIn', 'Google search', 'Glassdoor', 'A friend', 'Other']} clearable value={v.source} onChange={set('source')} />
                <Checkbox name="privacy" label="I agree to the applicant privacy notice" checked={v.privacy} onChange={(e) => set('privacy')(e.currentTarget.checked)} />
                <Paper withBorder p="sm" w={300} bg="gray.0">
                  <Checkbox id="human-check" name="human" label="Verify you are human" checked={v.human} onChange={(e) => set('human')(e.currentTarget.checked)} />
                </Paper>
                {error && <Text c="red" role="alert">{error}</Text>}
                <Group><Button type="submit" id="submit-application">Submit application</Button></Group>
              </Stack>
            </form>
            <Paper withBorder p="md" mt="xl" bg="blue.0" component="section" aria-labelledby="save-h">
              <Title order={4} id="save-h">Save and finish later</Title>
              <Text size="sm" mb="xs">Create an account and we’ll keep what you’ve entered for 30 days.</Text>
              <SimpleGrid cols={2}>
                <TextInput id="save-email" label="Email" name="account_email" value={chrome.saveEmail} onChange={(e) => { const x = e.currentTarget.value; setChrome((c) => ({ ...c, saveEmail: x })); }} />
                <PasswordInput id="save-password" label="Create a password" name="account_password" value={chrome.savePassword} onChange={(e) => { const x = e.currentTarget.value; setChrome((c) => ({ ...c, savePassword: x })); }} />
              </SimpleGrid>
              <Button mt="sm" variant="outline">Save my progress</Button>
            </Paper>
          </Paper>
        )}
      </Container>
      {chrome.cookiesOpen && (
        <Affix position={{ bottom: 16, right: 16 }}>
          <Paper withBorder shadow="md" p="md" w={340} id="cookie-panel">
            <Text fw={600} mb={6}>Cookie settings</Text>
            <Stack gap={6}>
              <Switch id="cookie-analytics" label="Analytics" checked={chrome.cookiesAnalytics} onChange={(e) => { const x = e.currentTarget.checked; setChrome((c) => ({ ...c, cookiesAnalytics: x })); }} />
              <Switch id="cookie-ads" label="Advertising" checked={chrome.cookiesAds} onChange={(e) => { const x = e.currentTarget.checked; setChrome((c) => ({ ...c, cookiesAds: x })); }} />
              <Group><Button size="xs" onClick={() => setChrome((c) => ({ ...c, cookiesOpen: false }))}>Save</Button></Group>
            </Stack>
          </Paper>
        </Affix>
      )}
      <pre id="model" style={{ fontSize: 11, color: '#999', whiteSpace: 'pre-wrap', maxWidth: 720, margin: '0 auto 200px' }}>{JSON.stringify({ ...v, chrome, parsing }, null, 2)}</pre>
    </>
  );
}

export function renderApplication(posting) {
  document.title = `${posting.title} | ${posting.company} Careers`;
  createRoot(document.getElementById('root')).render(<MantineProvider><Application posting={posting} /></MantineProvider>);
}
