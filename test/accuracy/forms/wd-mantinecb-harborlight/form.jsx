/**
 * Harborlight Freight's careers page (the company's own React app) on Mantine 9, where the
 * product team builds every dropdown by hand from the Combobox primitives the docs show
 * (`useCombobox` + `Combobox.Target` + `Combobox.Dropdown` in a portal): a searchable country
 * InputBase that filters as you type, button-style "selects" (InputBase component="button",
 * `Input.Placeholder`) for the state, the dial code and the experience ranges, a
 * PillsInput + Combobox multi-select for skills, a searchable "how did you hear" combobox;
 * SegmentedControl Yes/No (radio inputs under the hood, starts with nothing picked), Radio.Group,
 * NumberInput "$" with thousand separators and a notice-period stepper, Checkbox.Group, Switch,
 * FileInput (a button; hidden native input), Textarea. Postings share this file (form.jsx).
 */
import '@mantine/core/styles.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Anchor, Button, Checkbox, CheckIcon, Combobox, Container, FileInput, Group, Input, InputBase, MantineProvider, NumberInput, Paper,
  Pill, PillsInput, Radio, SegmentedControl, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title, useCombobox,
} from '@mantine/core';

const COUNTRIES = [
  'Australia', 'Austria', 'Belgium', 'Brazil', 'Canada', 'Chile', 'Colombia', 'Denmark', 'Finland', 'France', 'Germany', 'India', 'Ireland',
  'Israel', 'Italy', 'Japan', 'Mexico', 'Netherlands', 'New Zealand', 'Norway', 'Poland', 'Portugal', 'Singapore', 'South Africa', 'Spain',
  'Sweden', 'Switzerland', 'United Arab Emirates', 'United Kingdom', 'United States', 'United States Minor Outlying Islands', 'Uruguay',
];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Illinois',
  'Massachusetts', 'New Jersey', 'New York', 'North Carolina', 'Oregon', 'Pennsylvania', 'Texas', 'Virginia', 'Washington', 'Outside the US'];
const DIAL = ['🇨🇦 +1', '🇺🇸 +1', '🇲🇽 +52', '🇬🇧 +44', '🇩🇪 +49', '🇮🇳 +91', '🇸🇬 +65'];
const SKILLS = ['Airflow', 'AWS', 'dbt', 'Docker', 'Go', 'Java', 'Kafka', 'Kubernetes', 'Python', 'Scala', 'Snowflake', 'Spark', 'SQL', 'Terraform'];
const SOURCES = ['LinkedIn', 'Indeed', 'Glassdoor', 'Built In', 'Harborlight careers page', 'Employee referral', 'Conference or meetup', 'Podcast', 'Other'];

/** A button that opens a listbox: the Mantine docs' "Select" built from Combobox. */
function ButtonSelect({ id, label, placeholder, data, value, onChange, required, description, ariaLabel, w }) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  return (
    <Combobox store={combobox} withinPortal onOptionSubmit={(val) => { onChange(val); combobox.closeDropdown(); }}>
      <Combobox.Target>
        <InputBase component="button" type="button" pointer id={id} label={label} description={description} withAsterisk={required}
          aria-label={ariaLabel} w={w}
          rightSection={<Combobox.Chevron />} rightSectionPointerEvents="none" onClick={() => combobox.toggleDropdown()}>
          {value || <Input.Placeholder>{placeholder}</Input.Placeholder>}
        </InputBase>
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={240} style={{ overflowY: 'auto' }}>
          {data.map((item) => (
            <Combobox.Option value={item} key={item} active={item === value}>
              <Group gap="xs">{item === value && <CheckIcon size={12} />}<span>{item}</span></Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** A searchable combobox: the docs' "Searchable select" (an input that filters, value kept on blur only when picked). */
function SearchableSelect({ id, label, placeholder, data, value, onChange, required, description }) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value || '');
  const shouldFilter = data.every((item) => item !== search);
  const filtered = shouldFilter ? data.filter((item) => item.toLowerCase().includes(search.toLowerCase().trim())) : data;
  return (
    <Combobox store={combobox} withinPortal onOptionSubmit={(val) => { onChange(val); setSearch(val); combobox.closeDropdown(); }}>
      <Combobox.Target>
        <InputBase id={id} label={label} description={description} withAsterisk={required} placeholder={placeholder}
          rightSection={<Combobox.Chevron />} rightSectionPointerEvents="none" value={search}
          onChange={(event) => { combobox.openDropdown(); combobox.updateSelectedOptionIndex(); setSearch(event.currentTarget.value); }}
          onClick={() => combobox.openDropdown()} onFocus={() => combobox.openDropdown()}
          onBlur={() => { combobox.closeDropdown(); setSearch(value || ''); }} />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={220} style={{ overflowY: 'auto' }}>
          {filtered.length > 0
            ? filtered.map((item) => <Combobox.Option value={item} key={item}>{item}</Combobox.Option>)
            : <Combobox.Empty>Nothing found</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** The docs' "Multiselect" from PillsInput + Combobox. */
function MultiPick({ id, label, placeholder, data, value, onChange, description }) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption(), onDropdownOpen: () => combobox.updateSelectedOptionIndex('active') });
  const [search, setSearch] = useState('');
  const toggle = (val) => onChange(value.includes(val) ? value.filter((v) => v !== val) : [...value, val]);
  return (
    <Combobox store={combobox} withinPortal onOptionSubmit={(val) => { toggle(val); setSearch(''); }}>
      <Combobox.DropdownTarget>
        <PillsInput label={label} description={description} onClick={() => combobox.openDropdown()}>
          <Pill.Group>
            {value.map((item) => <Pill key={item} withRemoveButton onRemove={() => toggle(item)}>{item}</Pill>)}
            <Combobox.EventsTarget>
              <PillsInput.Field id={id} onFocus={() => combobox.openDropdown()} onBlur={() => combobox.closeDropdown()} value={search}
                placeholder={placeholder} onChange={(event) => { combobox.updateSelectedOptionIndex(); setSearch(event.currentTarget.value); }}
                onKeyDown={(event) => { if (event.key === 'Backspace' && search.length === 0 && value.length) { event.preventDefault(); toggle(value[value.length - 1]); } }} />
            </Combobox.EventsTarget>
          </Pill.Group>
        </PillsInput>
      </Combobox.DropdownTarget>
      <Combobox.Dropdown>
        <Combobox.Options mah={200} style={{ overflowY: 'auto' }}>
          {data.filter((item) => item.toLowerCase().includes(search.trim().toLowerCase())).map((item) => (
            <Combobox.Option value={item} key={item} active={value.includes(item)}>
              <Group gap="sm">{value.includes(item) && <CheckIcon size={12} />}<span>{item}</span></Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

function Question({ q, value, set }) {
  if (q.kind === 'segmented')
    return (
      <Input.Wrapper label={q.label} description={q.desc} withAsterisk={q.required} id={`${q.id}-wrapper`}>
        <div><SegmentedControl name={q.id} data={q.options} value={value} onChange={set} mt={4} /></div>
      </Input.Wrapper>
    );
  if (q.kind === 'radio')
    return (
      <Radio.Group name={q.id} label={q.label} description={q.desc} withAsterisk={q.required} value={value} onChange={set}>
        <Stack gap={6} mt={6}>{q.options.map((o) => <Radio key={o} value={o} label={o} />)}</Stack>
      </Radio.Group>
    );
  if (q.kind === 'select')
    return <ButtonSelect id={q.id} label={q.label} description={q.desc} required={q.required} placeholder="Pick one" data={q.options} value={value} onChange={set} />;
  if (q.kind === 'number')
    return <NumberInput id={q.id} name={q.id} label={q.label} description={q.desc} withAsterisk={q.required} prefix={q.prefix} suffix={q.suffix}
      thousandSeparator={q.thousands ? ',' : undefined} min={0} value={value} onChange={set} placeholder={q.placeholder} />;
  if (q.kind === 'checkboxes')
    return (
      <Checkbox.Group label={q.label} description={q.desc} value={value} onChange={set} id={q.id}>
        <Group mt={6}>{q.options.map((o) => <Checkbox key={o} value={o} label={o} name={q.id} />)}</Group>
      </Checkbox.Group>
    );
  if (q.kind === 'textarea')
    return <Textarea id={q.id} name={q.id} label={q.label} description={q.desc} withAsterisk={q.required} autosize minRows={3} value={value} onChange={(e) => set(e.currentTarget.value)} />;
  return <TextInput id={q.id} name={q.id} label={q.label} description={q.desc} withAsterisk={q.required} placeholder={q.placeholder} value={value} onChange={(e) => set(e.currentTarget.value)} />;
}

function Application({ posting }) {
  const [values, setValues] = useState(() => ({
    firstName: '', lastName: '', email: '', dialCode: '', phone: '', country: '', state: '', city: '',
    linkedin: '', github: '', currentEmployer: '', currentTitle: '', experience: '', skills: [], resume: null, coverLetter: '',
    answers: Object.fromEntries(posting.questions.map((q) => [q.id, q.kind === 'checkboxes' ? [] : ''])),
    source: '', talentCommunity: false, privacy: false,
  }));
  const [footerEmail, setFooterEmail] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const set = (key) => (v) => setValues((prev) => ({ ...prev, [key]: v }));
  const setAnswer = (id) => (v) => setValues((prev) => ({ ...prev, answers: { ...prev.answers, [id]: v } }));
  const text = (key) => ({ value: values[key], onChange: (e) => set(key)(e.currentTarget.value) });
  useEffect(() => {
    document.getElementById('model').textContent = JSON.stringify({ ...values, resume: values.resume ? values.resume.name : null }, null, 2);
  });
  const submit = (event) => {
    event.preventDefault();
    if (!values.firstName || !values.email || !values.resume || !values.privacy) return;
    setSubmitted(true);
  };

  return (
    <>
      <Paper shadow="xs" radius={0} px="xl" py="sm">
        <Group justify="space-between">
          <Text fw={800} size="lg" c="indigo.8">harborlight<Text span c="orange.6">/</Text>careers</Text>
          <Group gap="md">
            <Anchor size="sm">Teams</Anchor><Anchor size="sm">Locations</Anchor>
            <TextInput placeholder="Search roles" aria-label="Search roles" id="site-search" size="xs" w={200} />
            <Button variant="default" size="xs">Sign in</Button>
          </Group>
        </Group>
      </Paper>
      <Container size={760} py="xl">
        <Text c="dimmed" size="sm">{posting.team}</Text>
        <Title order={1}>{posting.title}</Title>
        <Text mt="sm" mb="lg">{posting.blurb}</Text>
        {submitted ? (
          <Paper withBorder p="lg" id="application-received"><Title order={3}>Thanks — we got your application.</Title></Paper>
        ) : (
          <form id="harborlight-apply" onSubmit={submit} noValidate>
            <Stack gap="lg">
              <Title order={3}>Personal information</Title>
              <SimpleGrid cols={2}>
                <TextInput id="first-name" name="firstName" label="First name" withAsterisk {...text('firstName')} />
                <TextInput id="last-name" name="lastName" label="Last name" withAsterisk {...text('lastName')} />
              </SimpleGrid>
              <TextInput id="email" name="email" type="email" label="Email" withAsterisk {...text('email')} />
              <Input.Wrapper label="Phone" id="phone-wrapper" description="We'll only call about this application">
                <Group gap={6} wrap="nowrap" mt={4}>
                  <ButtonSelect id="dial-code" ariaLabel="Country code" placeholder="Code" data={DIAL} value={values.dialCode} onChange={set('dialCode')} w={110} />
                  <TextInput id="phone" name="phone" type="tel" placeholder="(555) 555-5555" style={{ flex: 1 }} aria-labelledby="phone-wrapper-label" {...text('phone')} />
                </Group>
              </Input.Wrapper>
              <SearchableSelect id="country" label="Country of residence" required placeholder="Start typing a country" data={COUNTRIES} value={values.country} onChange={set('country')} />
              <SimpleGrid cols={2}>
                <ButtonSelect id="state" label="State" placeholder="Select a state" data={STATES} value={values.state} onChange={set('state')} />
                <TextInput id="city" name="city" label="City" {...text('city')} />
              </SimpleGrid>
              <Title order={3}>Experience</Title>
              <SimpleGrid cols={2}>
                <TextInput id="current-employer" name="currentEmployer" label="Current employer" {...text('currentEmployer')} />
                <TextInput id="current-title" name="currentTitle" label="Current job title" {...text('currentTitle')} />
              </SimpleGrid>
              <ButtonSelect id="experience" label={posting.experienceLabel} required placeholder="Select a range" data={posting.ranges} value={values.experience} onChange={set('experience')} />
              <TextInput id="linkedin" name="linkedin" label="LinkedIn profile" placeholder="https://linkedin.com/in/…" {...text('linkedin')} />
              <TextInput id="github" name="github" label="GitHub" placeholder="https://github.com/…" {...text('github')} />
              <MultiPick id="skills" label="Skills" description="Pick the tools you use every week" placeholder="Search skills" data={SKILLS} value={values.skills} onChange={set('skills')} />
              <FileInput id="resume" name="resume" label="Resume" withAsterisk placeholder="Upload PDF or DOCX" accept=".pdf,.doc,.docx" clearable value={values.resume} onChange={set('resume')} />
              <Textarea id="cover-letter" name="coverLetter" label="Cover letter" description="Optional, but we read every one" autosize minRows={4} {...text('coverLetter')} />
              <Title order={3}>{posting.questionsTitle}</Title>
              {posting.questions.map((q) => <Question key={q.id} q={q} value={values.answers[q.id]} set={setAnswer(q.id)} />)}
              <SearchableSelect id="source" label="How did you hear about Harborlight?" placeholder="Type to search" data={SOURCES} value={values.source} onChange={set('source')} />
              <Switch id="talent-community" name="talentCommunity" label="Keep me in Harborlight's talent community for future roles" checked={values.talentCommunity} onChange={(e) => set('talentCommunity')(e.currentTarget.checked)} />
              <Checkbox id="privacy" name="privacy" label="I have read the Harborlight candidate privacy notice" checked={values.privacy} onChange={(e) => set('privacy')(e.currentTarget.checked)} />
              <Group><Button type="submit" id="submit-application" size="md">Submit application</Button></Group>
            </Stack>
          </form>
        )}
      </Container>
      <Paper bg="gray.1" radius={0} p="xl" mt="xl">
        <Container size={760}>
          <Text fw={600}>Get Harborlight news</Text>
          <Group mt="xs">
            <TextInput id="newsletter-email" placeholder="Email address" aria-label="Newsletter email" value={footerEmail} onChange={(e) => setFooterEmail(e.currentTarget.value)} />
            <Button variant="outline">Subscribe</Button>
          </Group>
        </Container>
      </Paper>
    </>
  );
}

export function renderHarborlight(posting) {
  createRoot(document.getElementById('root')).render(<MantineProvider><Application posting={posting} /></MantineProvider>);
}
