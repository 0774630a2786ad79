/*
 * Harborlight Health careers: a Mantine v9 application. Exercises what the other Mantine pages
 * do not: a hand-built searchable Combobox (useCombobox + InputBase) for the country, Radio.Card
 * tiles (button role=radio, no native input) for experience, TagsInput for skills, Input with
 * react-imask (phone "+1 (000) 000-0000", date "00/00/0000"), a Checkbox.Group, FileButton (hidden
 * input behind a Button), Textarea autosize, Radio.Group, Select. State goes to <pre id="model">.
 */
import '@mantine/core/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Anchor, Button, Checkbox, Combobox, Container, FileButton, Grid, Group, Input, InputBase, MantineProvider, Paper, Radio,
  Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput, Textarea, Title, useCombobox,
} from '@mantine/core';
import { IMaskInput } from 'react-imask';

const COUNTRIES = ['Australia', 'Canada', 'Germany', 'India', 'Ireland', 'Mexico', 'Netherlands', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];
const YEARS = [
  { value: '0-3', label: '0–3 years', description: 'Early career' },
  { value: '4-6', label: '4–6 years', description: 'Mid-level' },
  { value: '7-10', label: '7–10 years', description: 'Senior' },
  { value: '11+', label: '11+ years', description: 'Staff and above' },
];

function CountryCombobox({ value, onChange }) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value ?? '');
  const shown = COUNTRIES.filter((c) => c.toLowerCase().includes(search.toLowerCase().trim()));
  return (
    <Combobox store={combobox} withinPortal onOptionSubmit={(v) => { onChange(v); setSearch(v); combobox.closeDropdown(); }}>
      <Combobox.Target>
        <InputBase
          id="hl-country"
          name="country"
          label="Country"
          withAsterisk
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          value={search}
          onChange={(e) => { combobox.openDropdown(); combobox.updateSelectedOptionIndex(); setSearch(e.currentTarget.value); }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => { combobox.closeDropdown(); setSearch(value ?? ''); }}
          placeholder="Search country"
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={220} style={{ overflowY: 'auto' }}>
          {shown.length ? shown.map((c) => <Combobox.Option value={c} key={c} active={c === value}>{c}</Combobox.Option>) : <Combobox.Empty>Nothing found</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', street: '', city: '', state: null, zip: '', country: null,
    linkedin: '', github: '', employer: '', title: '', years: null, skills: [], settings: [], startDate: '',
    authorized: '', sponsorship: null, relocate: false, resume: null, coverLetter: '', gender: null, consent: false,
  });
  const [search, setSearch] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, label, props = {}) => (
    <TextInput id={`hl-${key}`} name={key} label={label} value={form[key]} onChange={(e) => set(key)(e.currentTarget.value)} {...props} />
  );
  return (
    <>
      <header className="hl-top">
        <Group justify="space-between" px="xl" py="sm">
          <Text fw={700} c="white">Harborlight Health · Careers</Text>
          <TextInput id="hl-search" name="keywords" aria-label="Search jobs" placeholder="Search jobs, e.g. nurse" size="xs" w={240} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        </Group>
      </header>
      <Container size={720} py="xl">
        <Text c="dimmed" size="sm">Clinical Data Platform · San Francisco, CA (hybrid)</Text>
        <Title order={2} mb="sm">Senior Data Engineer, Clinical Data</Title>
        <Text mb="lg">Harborlight runs 11 hospitals and 60 clinics. You will build the pipelines that move EHR data into our research warehouse.</Text>
        <Paper withBorder p="xl" radius="md" component="form" id="hl-form" noValidate onSubmit={(e) => { e.preventDefault(); if (form.consent) setSent(true); }}>
          <Stack gap="md">
            <Title order={4}>Contact information</Title>
            <SimpleGrid cols={2}>
              {text('firstName', 'First name', { withAsterisk: true })}
              {text('lastName', 'Last name', { withAsterisk: true })}
            </SimpleGrid>
            {text('email', 'Email', { withAsterisk: true, type: 'email' })}
            <Input.Wrapper id="hl-phone" label="Phone number" withAsterisk description="Mobile preferred">
              <Input component={IMaskInput} mask="+1 (000) 000-0000" id="hl-phone" name="phone" placeholder="+1 (555) 000-0000" value={form.phone} onAccept={(v) => set('phone')(v)} />
            </Input.Wrapper>
            {text('street', 'Street address')}
            <Grid>
              <Grid.Col span={5}>{text('city', 'City')}</Grid.Col>
              <Grid.Col span={4}>
                <Select id="hl-state" name="state" label="State" placeholder="Pick one" searchable value={form.state} onChange={set('state')}
                  data={[{ value: 'AZ', label: 'Arizona' }, { value: 'CA', label: 'California' }, { value: 'NV', label: 'Nevada' }, { value: 'OR', label: 'Oregon' }, { value: 'WA', label: 'Washington' }]} />
              </Grid.Col>
              <Grid.Col span={3}>{text('zip', 'ZIP code')}</Grid.Col>
            </Grid>
            <CountryCombobox value={form.country} onChange={set('country')} />
            <SimpleGrid cols={2}>
              {text('linkedin', 'LinkedIn URL')}
              {text('github', 'GitHub URL')}
            </SimpleGrid>

            <Title order={4} mt="md">Experience</Title>
            <SimpleGrid cols={2}>
              {text('employer', 'Current employer')}
              {text('title', 'Current job title')}
            </SimpleGrid>
            <Radio.Group id="hl-years" name="years" label="Years of experience in data engineering" withAsterisk value={form.years} onChange={set('years')} data-field="years">
              <SimpleGrid cols={4} mt="xs">
                {YEARS.map((y) => (
                  <Radio.Card key={y.value} value={y.value} radius="md" p="sm" data-value={y.value}>
                    <Group wrap="nowrap" align="flex-start" gap="xs">
                      <Radio.Indicator />
                      <div><Text fw={600} size="sm" className="hl-card-label">{y.label}</Text><Text size="xs" c="dimmed">{y.description}</Text></div>
                    </Group>
                  </Radio.Card>
                ))}
              </SimpleGrid>
            </Radio.Group>
            <TagsInput id="hl-skills" name="skills" label="Skills" description="Press Enter to add a skill" placeholder="Enter skill" data={['Airflow', 'dbt', 'FHIR', 'HL7', 'Python', 'Spark', 'SQL']} value={form.skills} onChange={set('skills')} clearable />
            <Checkbox.Group id="hl-settings" label="Clinical data you have worked with" value={form.settings} onChange={set('settings')}>
              <Group mt="xs">
                {['EHR (Epic / Cerner)', 'Claims', 'Imaging metadata', 'Genomics'].map((s) => <Checkbox key={s} value={s} label={s} name="settings" />)}
              </Group>
            </Checkbox.Group>

            <Title order={4} mt="md">Availability and eligibility</Title>
            <Input.Wrapper id="hl-start" label="Earliest start date" description="MM/DD/YYYY">
              <Input component={IMaskInput} mask="00/00/0000" id="hl-start" name="startDate" placeholder="MM/DD/YYYY" value={form.startDate} onAccept={(v) => set('startDate')(v)} />
            </Input.Wrapper>
            <Radio.Group name="authorized" label="Are you legally authorized to work in the United States?" withAsterisk value={form.authorized} onChange={set('authorized')}>
              <Group mt="xs">
                <Radio value="yes" label="Yes" id="hl-auth-yes" />
                <Radio value="no" label="No" id="hl-auth-no" />
              </Group>
            </Radio.Group>
            <Select id="hl-sponsorship" name="sponsorship" label="Will you require visa sponsorship now or in the future?" withAsterisk placeholder="Select" data={['Yes', 'No']} value={form.sponsorship} onChange={set('sponsorship')} />
            <Switch id="hl-relocate" name="relocate" label="I'm willing to relocate to the Bay Area" checked={form.relocate} onChange={(e) => set('relocate')(e.currentTarget.checked)} />

            <Title order={4} mt="md">Documents</Title>
            <Group>
              <FileButton onChange={(file) => set('resume')(file ? file.name : null)} accept="application/pdf,.doc,.docx" inputProps={{ id: 'hl-resume', name: 'resume' }}>
                {(props) => <Button variant="default" {...props}>Upload resume</Button>}
              </FileButton>
              <Text size="sm" c="dimmed">{form.resume ?? 'PDF or Word'}</Text>
            </Group>
            <Textarea id="hl-coverLetter" name="coverLetter" label="Cover letter" autosize minRows={4} value={form.coverLetter} onChange={(e) => set('coverLetter')(e.currentTarget.value)} />

            <Title order={4} mt="md">Voluntary disclosures</Title>
            <Select id="hl-gender" name="gender" label="Gender identity" placeholder="Select" data={['Woman', 'Man', 'Non-binary', 'Prefer not to say']} value={form.gender} onChange={set('gender')} />
            <Checkbox id="hl-consent" name="consent" label={<>I agree to the <Anchor href="#privacy" size="sm">applicant privacy notice</Anchor></>} checked={form.consent} onChange={(e) => set('consent')(e.currentTarget.checked)} />
            <Group justify="flex-end"><Button type="submit" id="hl-submit">Submit application</Button></Group>
            {sent && <Text id="hl-sent" c="teal">Thank you — your application has been submitted.</Text>}
          </Stack>
        </Paper>
      </Container>
      <pre id="model">{JSON.stringify({ ...form, search })}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<MantineProvider><Application /></MantineProvider>);
