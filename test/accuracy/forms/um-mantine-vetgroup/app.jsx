/**
 * A regional veterinary group's own careers page (a small business with an in-house React
 * developer) on Mantine: the help text under many fields changes what they want ("as on your
 * passport", "numbers only", "the 5-digit code only"), a searchable Select of states shown as
 * "CA – California", a sentence work-eligibility Select, a yes/no Radio.Group asking about a
 * four-year degree, a NumberInput salary with "$" and separators, a FileInput, and several
 * boxes about other people (emergency contact, referrer, current supervisor). React state is
 * rendered into <pre id="model">.
 */
import '@mantine/core/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Anchor, Button, Checkbox, Divider, FileInput, Group, MantineProvider, NumberInput, Paper, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title,
} from '@mantine/core';

const STATES = [
  ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['ID', 'Idaho'], ['NV', 'Nevada'], ['NM', 'New Mexico'], ['OR', 'Oregon'], ['UT', 'Utah'], ['WA', 'Washington'],
].map(([value, name]) => ({ value, label: `${value} – ${name}` }));

function App() {
  const [form, setForm] = useState({
    legalName: '', goBy: '', email: '', mobile: '', zip: '', state: null, eligibility: null, fourYear: '', years: '', employer: '', supervisor: '', supervisorPhone: '',
    salary: '', available: '', resume: null, emergencyName: '', emergencyPhone: '', referredBy: '', whyVet: '', texts: false, jobSearch: '',
  });
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const ev = (key) => (event) => set(key)(event.currentTarget.value);
  const submit = (event) => {
    event.preventDefault();
    if (!form.legalName || !form.email || !form.resume) { alert('Please fill in the required fields.'); return; }
    setSent(true);
  };
  return (
    <MantineProvider>
      <Group justify="space-between" p="md" style={{ borderBottom: '1px solid #eee' }}>
        <Text fw={700}>🐾 Copperleaf Veterinary Partners</Text>
        <TextInput placeholder="Search jobs" aria-label="Search jobs" value={form.jobSearch} onChange={ev('jobSearch')} data-field="jobSearch" />
      </Group>
      <Paper maw={680} mx="auto" my="lg" p="xl" withBorder>
        {sent ? <Title order={2} id="sent">Thank you! Our practice manager will be in touch.</Title> : (
          <form onSubmit={submit}>
            <Title order={2}>BI &amp; Data Engineer</Title>
            <Text c="dimmed" mb="md">Central support office, Sacramento, or remote in the western US · 31 clinics across 6 states</Text>
            <Stack>
              <Title order={4}>About you</Title>
              <TextInput label="Legal name" description="Exactly as on your passport or driver's licence: we use it for the background check" withAsterisk value={form.legalName} onChange={ev('legalName')} data-field="legalName" />
              <TextInput label="What should the team call you?" description="Only if it's different from your legal first name" value={form.goBy} onChange={ev('goBy')} data-field="goBy" />
              <SimpleGrid cols={2}>
                <TextInput label="Email" type="email" withAsterisk value={form.email} onChange={ev('email')} data-field="email" />
                <TextInput label="Mobile" description="10 digits, no dashes or spaces" value={form.mobile} onChange={ev('mobile')} data-field="mobile" />
              </SimpleGrid>
              <SimpleGrid cols={2}>
                <TextInput label="Home ZIP" description="The 5-digit code only" value={form.zip} onChange={ev('zip')} data-field="zip" />
                <Select label="State you live in" placeholder="Pick one" searchable data={STATES} value={form.state} onChange={set('state')} data-field="state" />
              </SimpleGrid>
              <Select label="Work eligibility" placeholder="Choose the statement that fits"
                data={["I'm eligible to work in the US and won't need sponsorship", "I'm eligible now but will need sponsorship later", "I'm not currently eligible to work in the US"]}
                value={form.eligibility} onChange={set('eligibility')} data-field="eligibility" />
              <Divider my="xs" />
              <Title order={4}>Experience</Title>
              <Radio.Group label="Do you hold a four-year degree?" description="Any field. We ask because our DVM-partner contracts require it for data roles." value={form.fourYear} onChange={set('fourYear')} data-field="fourYear">
                <Group mt="xs"><Radio value="yes" label="Yes" /><Radio value="no" label="No" /></Group>
              </Radio.Group>
              <TextInput label="Yrs. in data / BI roles" description="Whole years, numbers only" value={form.years} onChange={ev('years')} data-field="years" />
              <TextInput label="Current employer" value={form.employer} onChange={ev('employer')} data-field="employer" />
              <SimpleGrid cols={2}>
                <TextInput label="Who is your current supervisor?" value={form.supervisor} onChange={ev('supervisor')} data-field="supervisor" />
                <TextInput label="Supervisor's phone" description="Include the area code" value={form.supervisorPhone} onChange={ev('supervisorPhone')} data-field="supervisorPhone" />
              </SimpleGrid>
              <NumberInput label="Desired annual salary" prefix="$" thousandSeparator="," hideControls value={form.salary} onChange={set('salary')} data-field="salary" />
              <TextInput label="Date available" placeholder="YYYY-MM-DD" value={form.available} onChange={ev('available')} data-field="available" />
              <FileInput label="Résumé" placeholder="Choose a PDF" accept="application/pdf" withAsterisk value={form.resume} onChange={set('resume')} data-field="resume" />
              <Divider my="xs" />
              <Title order={4}>Other people</Title>
              <Text size="sm" c="dimmed">Every Copperleaf team member visits clinics, so we keep an emergency contact on file from day one.</Text>
              <SimpleGrid cols={2}>
                <TextInput label="Emergency contact – full name" value={form.emergencyName} onChange={ev('emergencyName')} data-field="emergencyName" />
                <TextInput label="Emergency contact – phone" value={form.emergencyPhone} onChange={ev('emergencyPhone')} data-field="emergencyPhone" />
              </SimpleGrid>
              <TextInput label="Referred by" description="Name of the Copperleaf team member who referred you, if any" value={form.referredBy} onChange={ev('referredBy')} data-field="referredBy" />
              <Textarea label="Tell us about your pets (or the pets you wish you had)" autosize minRows={3} value={form.whyVet} onChange={ev('whyVet')} data-field="whyVet" />
              <Checkbox label="Text me updates about my application" checked={form.texts} onChange={(e) => set('texts')(e.currentTarget.checked)} data-field="texts" />
              <Group><Button type="submit" id="apply-submit">Submit application</Button><Anchor size="sm" href="#">Privacy notice</Anchor></Group>
            </Stack>
          </form>
        )}
        <pre id="model">{JSON.stringify({ ...form, resume: form.resume ? form.resume.name : null }, null, 1)}</pre>
      </Paper>
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
