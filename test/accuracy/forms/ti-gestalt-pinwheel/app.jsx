/**
 * Pinwheel Pantry (a recipe-sharing app) careers page on Pinterest's Gestalt, state in useState:
 * TextFields with helper text (a phone whose helper shows "(555) 555-5555"), a ComboBox for the
 * city whose options come from a slow suggestions call as you type (input role=combobox; the list
 * shows only while open; typed text alone is not a pick), a SegmentedControl of experience ranges
 * (buttons; only the model knows the pick), yes/no questions as pairs of ButtonToggles
 * (aria-pressed pills), a ComboBox with tags for languages (chips, left to the person), the
 * gestalt-datepicker DatePicker (typed MM/DD/YYYY), a NumberField for the salary in USD, a TextArea
 * cover letter with a counter, a native resume input opened by a Gestalt Button, a Switch opt-in
 * and a consent Checkbox. A header SearchField is the site's. Values go to <pre id="model">.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'gestalt/dist/gestalt.css';
import 'gestalt-datepicker/dist/gestalt-datepicker.css';
import { Box, Button, Checkbox, ComboBox, Flex, Heading, Label, NumberField, SearchField, SegmentedControl, Switch, Tag, Text, TextArea, TextField, ButtonToggle } from 'gestalt';
import { DatePicker } from 'gestalt-datepicker';

const CITY_INDEX = [
  'San Francisco, CA', 'South San Francisco, CA', 'San Francisco de Macorís, DR', 'San Fernando, CA', 'San Jose, CA', 'San Mateo, CA',
  'Oakland, CA', 'Berkeley, CA', 'Seattle, WA', 'Portland, OR', 'Denver, CO', 'Austin, TX', 'Chicago, IL', 'New York, NY', 'Toronto, ON',
];
const suggestCities = (text) => new Promise((resolve) => setTimeout(() => {
  const q = text.trim().toLowerCase();
  resolve(q.length < 2 ? [] : CITY_INDEX.filter((c) => c.toLowerCase().includes(q)).map((c) => ({ label: c, value: c.toLowerCase().replace(/[^a-z]+/g, '-') })));
}, 450));
const LANGUAGES = ['English', 'Spanish', 'Mandarin', 'French', 'Hindi', 'Portuguese', 'German', 'Japanese'].map((l) => ({ label: l, value: l }));
const YEARS = ['0–2 years', '3–6 years', '7–10 years', '11+ years'];

const iso = (d) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : null);

function YesNo({ id, legend, value, onChange }) {
  return (
    <Box marginBottom={4} id={id} role="group" aria-labelledby={`${id}-legend`}>
      <Box marginBottom={2}><Text weight="bold" id={`${id}-legend`}>{legend}</Text></Box>
      <Flex gap={2}>
        {['Yes', 'No'].map((option) => (
          <ButtonToggle key={option} text={option} size="md" selected={value === option.toLowerCase()}
            onClick={() => onChange(value === option.toLowerCase() ? null : option.toLowerCase())} />
        ))}
      </Flex>
    </Box>
  );
}

function App() {
  const [v, setV] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: null, cityText: '', linkedin: '', employer: '', title: '', years: null,
    authorized: null, sponsorship: null, relocate: null, languages: [], startDate: null, salary: null, resume: null, coverLetter: '', talentNetwork: false, consent: false,
  });
  const [cityOptions, setCityOptions] = useState([]);
  const [languageText, setLanguageText] = useState('');
  const [done, setDone] = useState(false);
  const latest = useRef(0);
  const languageOptions = useMemo(() => LANGUAGES.filter((l) => !v.languages.includes(l.value)), [v.languages]);
  const fileRef = useRef(null);
  const set = (key) => (value) => setV((old) => ({ ...old, [key]: value }));
  useEffect(() => {
    document.getElementById('model').textContent = JSON.stringify({ ...v, startDate: iso(v.startDate) }, null, 2);
  }, [v]);

  const onCityText = ({ value }) => {
    setV((old) => ({ ...old, cityText: value, city: old.city && old.city.label === value ? old.city : null }));
    const ticket = ++latest.current;
    suggestCities(value).then((found) => { if (ticket === latest.current) setCityOptions(found); });
  };
  const submit = (event) => {
    event.preventDefault();
    if (v.firstName && v.lastName && v.email && v.resume && v.consent) setDone(true);
  };
  if (done) return <Box id="pp-done" padding={6} color="successBase" rounding={4}><Text color="inverse" weight="bold">Thanks! Your application is with the Pinwheel Pantry team.</Text></Box>;

  return (
    <form id="pp-apply" onSubmit={submit} noValidate>
      <Flex direction="column" gap={5}>
        <Heading size="400" accessibilityLevel={2}>Your information</Heading>
        <Flex gap={4}>
          <Flex.Item flex="grow"><TextField id="firstName" name="firstName" label="First name" value={v.firstName} onChange={({ value }) => set('firstName')(value)} /></Flex.Item>
          <Flex.Item flex="grow"><TextField id="lastName" name="lastName" label="Last name" value={v.lastName} onChange={({ value }) => set('lastName')(value)} /></Flex.Item>
        </Flex>
        <TextField id="email" name="email" type="email" label="Email" value={v.email} onChange={({ value }) => set('email')(value)} />
        <TextField id="phone" name="phone" type="tel" label="Phone" helperText="Format: (555) 555-5555" value={v.phone} onChange={({ value }) => set('phone')(value)} />
        <ComboBox id="city" label="City" helperText="Start typing, then choose your city" placeholder="e.g. Chicago, IL" noResultText="No matching cities"
          accessibilityClearButtonLabel="Clear city" options={cityOptions} inputValue={v.cityText} selectedOption={v.city ?? undefined}
          onChange={onCityText} onSelect={({ item }) => setV((old) => ({ ...old, city: item, cityText: item.label }))}
          onClear={() => setV((old) => ({ ...old, city: null, cityText: '' }))} />
        <TextField id="linkedin" name="linkedin" label="LinkedIn profile URL" value={v.linkedin} onChange={({ value }) => set('linkedin')(value)} />

        <Heading size="400" accessibilityLevel={2}>Experience</Heading>
        <TextField id="employer" name="employer" label="Current or most recent employer" value={v.employer} onChange={({ value }) => set('employer')(value)} />
        <TextField id="title" name="title" label="Current or most recent title" value={v.title} onChange={({ value }) => set('title')(value)} />
        <Box id="years-field">
          <Box marginBottom={2}><Text weight="bold">Years of relevant experience</Text></Box>
          <SegmentedControl items={YEARS} selectedItemIndex={YEARS.indexOf(v.years)} onChange={({ activeIndex }) => set('years')(YEARS[activeIndex])} />
        </Box>
        <YesNo id="authorized-field" legend="Are you legally authorized to work in the United States?" value={v.authorized} onChange={set('authorized')} />
        <YesNo id="sponsorship-field" legend="Will you now or in the future require sponsorship for employment visa status?" value={v.sponsorship} onChange={set('sponsorship')} />
        <YesNo id="relocate-field" legend="This role is based in our Brooklyn studio. Are you willing to relocate?" value={v.relocate} onChange={set('relocate')} />
        <ComboBox id="languages" label="Languages you speak fluently" helperText="Optional" noResultText="No match" accessibilityClearButtonLabel="Clear languages"
          options={languageOptions} inputValue={languageText}
          onChange={({ value }) => setLanguageText(value)} onClear={() => setV((old) => ({ ...old, languages: [] }))}
          onSelect={({ item }) => { setLanguageText(''); setV((old) => ({ ...old, languages: [...old.languages, item.value] })); }}
          tags={v.languages.map((l) => <Tag key={l} text={l} accessibilityRemoveIconLabel={`Remove ${l}`} onRemove={() => setV((old) => ({ ...old, languages: old.languages.filter((x) => x !== l) }))} />)} />

        <Heading size="400" accessibilityLevel={2}>Logistics</Heading>
        <DatePicker id="startDate" name="startDate" label="Earliest start date" placeholder="MM/DD/YYYY" helperText="Type a date or pick one"
          value={v.startDate} onChange={({ value }) => set('startDate')(value ?? null)} />
        <NumberField id="salary" name="salary" label="Desired annual base salary (USD)" helperText="Numbers only" value={v.salary ?? undefined}
          onChange={({ value }) => set('salary')(value ?? null)} />
        <Box id="resume-field">
          <Box marginBottom={2}><Label htmlFor="resume"><Text weight="bold">Resume</Text></Label></Box>
          <input ref={fileRef} id="resume" name="resume" type="file" accept=".pdf,.doc,.docx" style={{ display: 'none' }}
            onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
          <Flex gap={3} alignItems="center">
            <Button text="Upload resume" size="md" onClick={() => fileRef.current.click()} />
            <Text>{v.resume ?? 'No file chosen'}</Text>
          </Flex>
        </Box>
        <TextArea id="coverLetter" name="coverLetter" label="Cover letter" helperText="Optional" maxLength={{ characterCount: 2000, errorAccessibilityLabel: 'Too long' }}
          value={v.coverLetter} onChange={({ value }) => set('coverLetter')(value)} />
        <Flex gap={2} alignItems="center">
          <Switch id="talentNetwork" name="talentNetwork" switched={v.talentNetwork} onChange={({ value }) => set('talentNetwork')(value)} />
          <Label htmlFor="talentNetwork"><Text>Keep me in the Pinwheel talent network</Text></Label>
        </Flex>
        <Checkbox id="consent" name="consent" checked={v.consent} onChange={({ checked }) => set('consent')(checked)}
          label="I certify that the information in this application is true and complete." />
        <Box id="pp-submit-row"><Button type="submit" role="button" text="Submit application" color="red" size="lg" /></Box>
      </Flex>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
createRoot(document.getElementById('site-search')).render(
  <SearchField id="header-search" accessibilityLabel="Search Pinwheel Pantry" accessibilityClearButtonLabel="Clear search" placeholder="Search recipes" onChange={() => {}} />,
);
