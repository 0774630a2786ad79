/**
 * Orchardline Robotics (agricultural robots) careers page, one template for every posting: React +
 * Mantine 9 where every pick list is built from Mantine's Combobox primitives (`useCombobox`,
 * Combobox.Target / Dropdown / Options / Option / Search / Group, portal dropdowns at the end of
 * <body>) the way the Combobox docs examples compose them:
 *   - a calling-code picker: InputBase component="button" showing "🇺🇸 +1" once picked, with a
 *     Combobox.Search in the dropdown (Canada listed before the United States), beside the phone;
 *   - an async place autocomplete: TextInput target, suggestions 300 ms after typing with a Loader,
 *     the place id kept only when a suggestion is picked (typing clears it);
 *   - a searchable country select (InputBase with the search text as its value, resets on blur);
 *   - a degree picker with Combobox.Group headings (Undergraduate / Graduate);
 *   - sentence sponsorship answers in a button select, and the posting's own pick questions;
 *   - a PillsInput multiselect "how did you hear" (leave alone).
 * Also: a GitHub TextInput with a fixed "github.com/" left section, native Radio.Group year buckets
 * from the posting, a Switch stating US work authorization, a Chip.Group of pronouns, NumberInput
 * "$150,000", @mantine/dates DateInput MM/DD/YYYY, FileInput résumé, Textarea cover letter,
 * TagsInput tools, relocation Switch, header search and footer newsletter. State in useState,
 * rendered into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  MantineProvider, Combobox, useCombobox, InputBase, Input, TextInput, Loader, PillsInput, Pill, CheckIcon, Group,
  Radio, Switch, Chip, NumberInput, FileInput, Textarea, TagsInput, Checkbox, Button, Title, Text, Stack, SimpleGrid, Container, Paper,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import worldCountries from 'world-countries';

const DIAL_CODES = [
  { value: 'CA', flag: '🇨🇦', name: 'Canada', dial: '+1' },
  { value: 'US', flag: '🇺🇸', name: 'United States', dial: '+1' },
  { value: 'MX', flag: '🇲🇽', name: 'Mexico', dial: '+52' },
  { value: 'GB', flag: '🇬🇧', name: 'United Kingdom', dial: '+44' },
  { value: 'DE', flag: '🇩🇪', name: 'Germany', dial: '+49' },
  { value: 'NL', flag: '🇳🇱', name: 'Netherlands', dial: '+31' },
  { value: 'IN', flag: '🇮🇳', name: 'India', dial: '+91' },
  { value: 'AU', flag: '🇦🇺', name: 'Australia', dial: '+61' },
  { value: 'NZ', flag: '🇳🇿', name: 'New Zealand', dial: '+64' },
];
const PLACES = [
  ['sacramento-ca-us', 'Sacramento, California, United States'], ['salinas-ca-us', 'Salinas, California, United States'],
  ['sf-ca-us', 'San Francisco, California, United States'], ['ssf-ca-us', 'South San Francisco, California, United States'],
  ['sj-ca-us', 'San Jose, California, United States'], ['sd-ca-us', 'San Diego, California, United States'],
  ['sanfernando-ph', 'San Fernando, La Union, Philippines'], ['fresno-ca-us', 'Fresno, California, United States'],
  ['davis-ca-us', 'Davis, California, United States'], ['seattle-wa-us', 'Seattle, Washington, United States'],
  ['boston-ma-us', 'Boston, Massachusetts, United States'], ['pittsburgh-pa-us', 'Pittsburgh, Pennsylvania, United States'],
  ['austin-tx-us', 'Austin, Texas, United States'], ['toronto-on-ca', 'Toronto, Ontario, Canada'],
];
const COUNTRIES = worldCountries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const DEGREES = [
  { group: 'Undergraduate', items: ['Associate (AA/AS)', 'Bachelor’s (BA/BS/BEng)'] },
  { group: 'Graduate', items: ['Master’s (MA/MS/MEng/MBA)', 'PhD', 'Professional (MD/JD)'] },
  { group: 'Other', items: ['High school / GED', 'Bootcamp or certificate', 'No degree'] },
];
const SPONSORSHIP = [
  'I will need Orchardline to sponsor my visa now',
  'I will need sponsorship in the future (e.g. OPT / STEM OPT)',
  'I will not need visa sponsorship',
];
const SOURCES = ['LinkedIn', 'Indeed', 'Orchardline blog', 'A conference or meetup', 'An Orchardline employee', 'AgTech newsletter', 'Other'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'Another / self-describe'];

/** Docs example "Select with search in dropdown": a button target and Combobox.Search. */
function DialCodePicker({ value, onChange }) {
  const [search, setSearch] = useState('');
  const combobox = useCombobox({
    onDropdownClose: () => { combobox.resetSelectedOption(); combobox.focusTarget(); setSearch(''); },
    onDropdownOpen: () => combobox.focusSearchInput(),
  });
  const selected = DIAL_CODES.find((d) => d.value === value);
  const options = DIAL_CODES.filter((d) => `${d.name} ${d.dial}`.toLowerCase().includes(search.toLowerCase().trim()))
    .map((d) => <Combobox.Option value={d.value} key={d.value}>{d.flag} {d.name} ({d.dial})</Combobox.Option>);
  return (
    <Combobox store={combobox} width={260} position="bottom-start" onOptionSubmit={(v) => { onChange(v); combobox.closeDropdown(); }}>
      <Combobox.Target withAriaAttributes={false}>
        <InputBase id="dial-code" component="button" type="button" pointer aria-label="Country calling code" rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none" onClick={() => combobox.toggleDropdown()} w={120}>
          {selected ? `${selected.flag} ${selected.dial}` : <Input.Placeholder>Code</Input.Placeholder>}
        </InputBase>
      </Combobox.Target>
      <Combobox.Dropdown className="dd-dial">
        <Combobox.Search value={search} onChange={(e) => setSearch(e.currentTarget.value)} placeholder="Search countries" />
        <Combobox.Options>{options.length ? options : <Combobox.Empty>Nothing found</Combobox.Empty>}</Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** Docs example "Async autocomplete": results arrive after a delay, with a Loader. */
function PlaceAutocomplete({ text, onText, onPick }) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [loading, setLoading] = useState(false);
  const [data, setData] = useState(null);
  const timer = useRef(0);
  const fetchPlaces = (query) => {
    setLoading(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const q = query.toLowerCase().trim();
      setData(q.length < 2 ? [] : PLACES.filter(([, label]) => label.toLowerCase().includes(q)).slice(0, 6));
      setLoading(false);
      combobox.resetSelectedOption();
    }, 300);
  };
  const options = (data || []).map(([id, label]) => <Combobox.Option value={id} key={id}>{label}</Combobox.Option>);
  return (
    <Combobox store={combobox} withinPortal onOptionSubmit={(id) => { onPick(id, PLACES.find(([p]) => p === id)[1]); combobox.closeDropdown(); }}>
      <Combobox.Target>
        <TextInput id="location" name="location" label="Where are you based?" withAsterisk placeholder="Start typing your city"
          description="Pick your city from the list so we can see your time zone." value={text}
          onChange={(e) => { onText(e.currentTarget.value); fetchPlaces(e.currentTarget.value); combobox.resetSelectedOption(); combobox.openDropdown(); }}
          onClick={() => combobox.openDropdown()} onFocus={() => { combobox.openDropdown(); if (data === null) fetchPlaces(text); }}
          onBlur={() => combobox.closeDropdown()} rightSection={loading && <Loader size={18} />} autoComplete="off" />
      </Combobox.Target>
      <Combobox.Dropdown className="dd-location" hidden={data === null}>
        <Combobox.Options>{options}{data && data.length === 0 && <Combobox.Empty>No matching places</Combobox.Empty>}</Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** Docs example "Searchable select": the input shows the search, the value is set on pick. */
function CountrySelect({ value, onChange }) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState(value || '');
  const exact = COUNTRIES.some((c) => c === search);
  const shown = exact ? COUNTRIES : COUNTRIES.filter((c) => c.toLowerCase().includes(search.toLowerCase().trim()));
  return (
    <Combobox store={combobox} withinPortal onOptionSubmit={(v) => { onChange(v); setSearch(v); combobox.closeDropdown(); }}>
      <Combobox.Target>
        <InputBase id="country" label="Country of residence" withAsterisk rightSection={<Combobox.Chevron />} rightSectionPointerEvents="none"
          value={search} placeholder="Search countries" autoComplete="off"
          onChange={(e) => { combobox.openDropdown(); combobox.updateSelectedOptionIndex(); setSearch(e.currentTarget.value); }}
          onClick={() => combobox.openDropdown()} onFocus={() => combobox.openDropdown()}
          onBlur={() => { combobox.closeDropdown(); setSearch(value || ''); }} />
      </Combobox.Target>
      <Combobox.Dropdown className="dd-country">
        <Combobox.Options mah={220} style={{ overflowY: 'auto' }}>
          {shown.length ? shown.map((c) => <Combobox.Option value={c} key={c} active={c === value}>{c}</Combobox.Option>) : <Combobox.Empty>Nothing found</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** Docs example "Button select" (optionally with groups). */
function ButtonSelect({ id, label, value, onChange, items, groups, placeholder = 'Pick one', required, description }) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const option = (item) => (
    <Combobox.Option value={item} key={item} active={item === value}>
      <Group gap="xs">{item === value && <CheckIcon size={12} />}<span>{item}</span></Group>
    </Combobox.Option>
  );
  return (
    <Combobox store={combobox} withinPortal onOptionSubmit={(v) => { onChange(v); combobox.closeDropdown(); }}>
      <Combobox.Target>
        <InputBase id={id} label={label} withAsterisk={required} description={description} component="button" type="button" pointer
          rightSection={<Combobox.Chevron />} rightSectionPointerEvents="none" onClick={() => combobox.toggleDropdown()} multiline>
          {value || <Input.Placeholder>{placeholder}</Input.Placeholder>}
        </InputBase>
      </Combobox.Target>
      <Combobox.Dropdown className={`dd-${id}`}>
        <Combobox.Options>
          {groups
            ? groups.map((g) => <Combobox.Group label={g.group} key={g.group}>{g.items.map(option)}</Combobox.Group>)
            : items.map(option)}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** Docs example "Multiselect": PillsInput target with Combobox.EventsTarget. */
function SourcesMultiSelect({ value, onChange }) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption(), onDropdownOpen: () => combobox.updateSelectedOptionIndex('active') });
  const [search, setSearch] = useState('');
  const toggle = (v) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <Combobox store={combobox} withinPortal onOptionSubmit={toggle}>
      <Combobox.DropdownTarget>
        <PillsInput id="sources-wrap" label="How did you hear about Orchardline?" description="Select all that apply" pointer onClick={() => combobox.openDropdown()}>
          <Pill.Group>
            {value.map((v) => <Pill key={v} withRemoveButton onRemove={() => toggle(v)}>{v}</Pill>)}
            <Combobox.EventsTarget>
              <PillsInput.Field id="sources" onFocus={() => combobox.openDropdown()} onBlur={() => combobox.closeDropdown()} value={search}
                placeholder="Search sources" onChange={(e) => { combobox.updateSelectedOptionIndex(); setSearch(e.currentTarget.value); }}
                onKeyDown={(e) => { if (e.key === 'Backspace' && search.length === 0 && value.length) { e.preventDefault(); toggle(value[value.length - 1]); } }} />
            </Combobox.EventsTarget>
          </Pill.Group>
        </PillsInput>
      </Combobox.DropdownTarget>
      <Combobox.Dropdown className="dd-sources">
        <Combobox.Options>
          {SOURCES.filter((s) => s.toLowerCase().includes(search.trim().toLowerCase())).map((s) => (
            <Combobox.Option value={s} key={s} active={value.includes(s)}>
              <Group gap="sm">{value.includes(s) && <CheckIcon size={12} />}<span>{s}</span></Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

function Application({ job }) {
  const [f, setF] = useState({
    fullName: '', email: '', dialCode: null, phone: '', locationText: '', locationId: null, country: null, github: '', linkedin: '',
    employer: '', title: '', years: null, degree: null, authorized: false, sponsorship: null, pronouns: null, salary: '', startDate: null,
    resume: null, coverLetter: '',
    ...Object.fromEntries(job.questions.map((q) => [q.key, q.type === 'text' ? '' : null])),
    tools: [], sources: [], relocate: false, consent: false,
  });
  const [search, setSearch] = useState('');
  const [news, setNews] = useState('');
  const [sent, setSent] = useState(false);
  const set = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
  const ev = (k) => (e) => set(k)(e.currentTarget.value);
  useEffect(() => {
    document.getElementById('model').textContent = JSON.stringify({ ...f, resume: f.resume ? f.resume.name : null }, null, 2);
  }, [f]);
  if (sent) return <Container size={760} py="xl"><Title order={2} id="application-sent">Thanks, {f.fullName.split(' ')[0]}! Your application is in.</Title></Container>;
  const submit = (e) => {
    e.preventDefault();
    if (f.fullName && f.email && f.locationId && f.country && f.resume && f.consent) setSent(true);
  };
  return (
    <>
      <header className="ol-header">
        <Container size={760}><Group justify="space-between">
          <Text fw={700} c="white">Orchardline Robotics</Text>
          <TextInput id="site-search" aria-label="Search open roles" placeholder="Search open roles" size="xs" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        </Group></Container>
      </header>
      <Container size={760} py="lg">
        <Text c="dimmed" size="sm">{job.team} · {job.where}</Text>
        <Title order={2} mb="md">{job.title}</Title>
        <form id="application" onSubmit={submit} noValidate>
          <Paper withBorder p="lg" radius="md"><Stack gap="md">
            <Title order={4}>About you</Title>
            <TextInput id="full-name" name="fullName" label="Full name" withAsterisk value={f.fullName} onChange={ev('fullName')} />
            <TextInput id="email" name="email" type="email" label="Email" withAsterisk value={f.email} onChange={ev('email')} />
            <Input.Wrapper label="Phone number" description="We only call to schedule interviews.">
              <Group gap={6} wrap="nowrap" mt={4}>
                <DialCodePicker value={f.dialCode} onChange={set('dialCode')} />
                <Input id="phone" name="phone" type="tel" value={f.phone} onChange={ev('phone')} style={{ flex: 1 }} />
              </Group>
            </Input.Wrapper>
            <PlaceAutocomplete text={f.locationText} onText={(t) => setF((s) => ({ ...s, locationText: t, locationId: null }))}
              onPick={(id, label) => setF((s) => ({ ...s, locationId: id, locationText: label }))} />
            <CountrySelect value={f.country} onChange={set('country')} />
            <SimpleGrid cols={2}>
              <TextInput id="linkedin" name="linkedin" label="LinkedIn" placeholder="https://linkedin.com/in/…" value={f.linkedin} onChange={ev('linkedin')} />
              <TextInput id="github" name="github" label="GitHub" leftSection={<Text size="sm" c="dimmed">github.com/</Text>} leftSectionWidth={96}
                value={f.github} onChange={ev('github')} />
            </SimpleGrid>
          </Stack></Paper>

          <Paper withBorder p="lg" radius="md" mt="md"><Stack gap="md">
            <Title order={4}>Experience</Title>
            <SimpleGrid cols={2}>
              <TextInput id="employer" name="employer" label="Current company" value={f.employer} onChange={ev('employer')} />
              <TextInput id="title" name="title" label="Current role" value={f.title} onChange={ev('title')} />
            </SimpleGrid>
            <Radio.Group id="years" name="years" label="How many years have you worked professionally?" withAsterisk value={f.years} onChange={set('years')}>
              <Group mt="xs">{job.yearBuckets.map((b) => <Radio key={b} value={b} label={b} />)}</Group>
            </Radio.Group>
            <ButtonSelect id="degree" label="Highest degree" value={f.degree} onChange={set('degree')} groups={DEGREES} placeholder="Select a degree" />
            <TagsInput id="tools" label="Tools you use every week" description="Press Enter after each one" value={f.tools} onChange={set('tools')} placeholder="e.g. Kafka" />
          </Stack></Paper>

          <Paper withBorder p="lg" radius="md" mt="md"><Stack gap="md">
            <Title order={4}>Work eligibility and logistics</Title>
            <Switch id="authorized" name="authorized" label="I am legally authorized to work in the United States" checked={f.authorized}
              onChange={(e) => set('authorized')(e.currentTarget.checked)} />
            <ButtonSelect id="sponsorship" label="Visa sponsorship" required value={f.sponsorship} onChange={set('sponsorship')} items={SPONSORSHIP} placeholder="Choose the statement that fits" />
            <Switch id="relocate" name="relocate" label="I'm open to relocating to Fresno, CA" checked={f.relocate} onChange={(e) => set('relocate')(e.currentTarget.checked)} />
            <SimpleGrid cols={2}>
              <NumberInput id="salary" name="salary" label="Target base salary" description="USD per year" prefix="$" thousandSeparator="," min={0} hideControls
                value={f.salary} onChange={set('salary')} />
              <DateInput id="start-date" name="startDate" label="When could you start?" valueFormat="MM/DD/YYYY" placeholder="MM/DD/YYYY" clearable
                value={f.startDate} onChange={set('startDate')} />
            </SimpleGrid>
            <Input.Wrapper label="Pronouns" description="Optional" labelElement="div">
              <Chip.Group value={f.pronouns} onChange={set('pronouns')}>
                <Group gap="xs" mt={6} data-field="pronouns">{PRONOUNS.map((p) => <Chip key={p} value={p} name="pronouns" id={`pronoun-${PRONOUNS.indexOf(p)}`}>{p}</Chip>)}</Group>
              </Chip.Group>
            </Input.Wrapper>
          </Stack></Paper>

          <Paper withBorder p="lg" radius="md" mt="md"><Stack gap="md">
            <Title order={4}>Résumé and questions</Title>
            <FileInput id="resume" name="resume" label="Résumé" withAsterisk placeholder="Upload PDF or DOCX" accept=".pdf,.docx" clearable value={f.resume} onChange={set('resume')} />
            <Textarea id="cover-letter" name="coverLetter" label="Cover letter" description="Optional, but we read every one" autosize minRows={4} value={f.coverLetter} onChange={ev('coverLetter')} />
            {job.questions.map((q) => q.type === 'text'
              ? <Textarea key={q.key} id={q.key} name={q.key} label={q.label} autosize minRows={2} value={f[q.key]} onChange={ev(q.key)} />
              : <ButtonSelect key={q.key} id={q.key} label={q.label} value={f[q.key]} onChange={set(q.key)} items={q.options} />)}
            <SourcesMultiSelect value={f.sources} onChange={set('sources')} />
            <Checkbox id="consent" name="consent" label="I agree to Orchardline storing my application for 12 months." checked={f.consent} onChange={(e) => set('consent')(e.currentTarget.checked)} />
            <Button type="submit" id="submit-application">Send application</Button>
          </Stack></Paper>
        </form>
      </Container>
      <footer className="ol-footer">
        <Container size={760}>
          <Group align="end">
            <TextInput id="newsletter" label="Field notes, monthly" placeholder="Your email" value={news} onChange={(e) => setNews(e.currentTarget.value)} />
            <Button variant="light">Subscribe</Button>
          </Group>
        </Container>
      </footer>
    </>
  );
}

export function renderApplication(job) {
  createRoot(document.getElementById('root')).render(<MantineProvider><Application job={job} /></MantineProvider>);
}
