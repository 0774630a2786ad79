/**
 * A consumer-app company's own careers page built with Pinterest's Gestalt (and gestalt-datepicker):
 * TextFields with helper text under them, a location ComboBox whose options read
 * "City, State, Country" (an input role=combobox, options in a floating layer only while it is
 * open), SelectList (a native select under Gestalt's label) for the country, degree and source,
 * a NumberField for years, RadioGroup fieldsets with RadioGroup.RadioButton (native radios) and a
 * sentence answer, a DatePicker (react-datepicker under the hood, MM/DD/YYYY), TextAreas with a
 * character counter, a Switch with its own Label, a Checkbox, and a native file input behind a
 * styled label. The header SearchField is not part of the application. React state goes into
 * <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import {
  Box,
  Button,
  Checkbox,
  ComboBox,
  Flex,
  Heading,
  Label,
  NumberField,
  RadioGroup,
  SearchField,
  SelectList,
  Switch,
  Text,
  TextArea,
  TextField,
} from 'gestalt';
import { DatePicker } from 'gestalt-datepicker';
import 'gestalt/dist/gestalt.css';
import 'gestalt-datepicker/dist/gestalt-datepicker.css';

const COUNTRIES = countries
  .map((country) => ({ value: country.cca2, label: country.name.common }))
  .sort((a, b) => a.label.localeCompare(b.label));

const LOCATIONS = [
  { value: 'sf', label: 'San Francisco, California, United States' },
  { value: 'sj', label: 'San Jose, California, United States' },
  { value: 'la', label: 'Los Angeles, California, United States' },
  { value: 'sea', label: 'Seattle, Washington, United States' },
  { value: 'nyc', label: 'New York, New York, United States' },
  { value: 'chi', label: 'Chicago, Illinois, United States' },
  { value: 'tor', label: 'Toronto, Ontario, Canada' },
  { value: 'dub', label: 'Dublin, Ireland' },
  { value: 'lon', label: 'London, England, United Kingdom' },
  { value: 'ber', label: 'Berlin, Germany' },
  { value: 'mex', label: 'Mexico City, Mexico' },
  { value: 'sao', label: 'São Paulo, Brazil' },
];

const DEGREES = ['No degree', 'High school diploma', "Associate's (AA, AS)", "Bachelor's (BA, BS)", "Master's (MA, MS, MBA)", 'Doctorate (PhD, MD, JD)'];
const SOURCES = ['Our careers site', 'LinkedIn', 'A Loomgrid employee', 'Conference or meetup', 'Other'];

function isoDate(date) {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null;
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const EMPTY = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  location: '',
  country: '',
  linkedin: '',
  website: '',
  company: '',
  title: '',
  years: null,
  degree: '',
  authorized: '',
  sponsorship: '',
  startDate: null,
  resume: null,
  coverLetter: '',
  anythingElse: '',
  source: '',
  updates: false,
  privacy: false,
};

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [locationInput, setLocationInput] = useState('');
  const [locationOptions, setLocationOptions] = useState(LOCATIONS);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const selectedLocation = LOCATIONS.find((option) => option.value === form.location);

  if (sent) {
    return (
      <div id="applied" className="done">
        <Heading size="400">Application sent</Heading>
        <Text>Thanks for applying! We review every application and will reach out within two weeks.</Text>
      </div>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSent(true);
      }}
    >
      <Flex direction="column" gap={6}>
        <Heading size="400" accessibilityLevel={2}>Your details</Heading>
        <Flex gap={4}>
          <Flex.Item flex="grow">
            <TextField id="first-name" name="first_name" label="First name" autoComplete="given-name" value={form.firstName} onChange={({ value }) => set('firstName')(value)} />
          </Flex.Item>
          <Flex.Item flex="grow">
            <TextField id="last-name" name="last_name" label="Last name" autoComplete="family-name" value={form.lastName} onChange={({ value }) => set('lastName')(value)} />
          </Flex.Item>
        </Flex>
        <TextField id="email" name="email" type="email" label="Email" value={form.email} onChange={({ value }) => set('email')(value)} />
        <TextField
          id="phone"
          name="phone"
          type="tel"
          label="Phone"
          helperText="Include your country code, e.g. +1 555 123 4567"
          value={form.phone}
          onChange={({ value }) => set('phone')(value)}
        />
        <ComboBox
          id="location"
          label="Where are you located?"
          helperText="Start typing your city"
          noResultText="No matching city. Pick the closest one."
          accessibilityClearButtonLabel="Clear location"
          placeholder="City"
          options={locationOptions}
          inputValue={locationInput}
          selectedOption={selectedLocation}
          onChange={({ value }) => {
            setLocationInput(value);
            set('location')('');
            setLocationOptions(value ? LOCATIONS.filter((option) => option.label.toLowerCase().includes(value.toLowerCase())) : LOCATIONS);
          }}
          onSelect={({ item }) => {
            setLocationInput(item.label);
            set('location')(item.value);
            setLocationOptions(LOCATIONS);
          }}
          onClear={() => {
            setLocationInput('');
            set('location')('');
            setLocationOptions(LOCATIONS);
          }}
        />
        <SelectList id="country" name="country" label="Country of residence" placeholder="Select a country" value={form.country} onChange={({ value }) => set('country')(value)}>
          {COUNTRIES.map((country) => (
            <SelectList.Option key={country.value} label={country.label} value={country.value} />
          ))}
        </SelectList>

        <Heading size="400" accessibilityLevel={2}>Experience</Heading>
        <TextField id="linkedin" name="linkedin" label="LinkedIn" placeholder="linkedin.com/in/yourname" value={form.linkedin} onChange={({ value }) => set('linkedin')(value)} />
        <TextField id="website" name="website" label="Personal website" helperText="Optional" value={form.website} onChange={({ value }) => set('website')(value)} />
        <Flex gap={4}>
          <Flex.Item flex="grow">
            <TextField id="company" name="company" label="Current company" value={form.company} onChange={({ value }) => set('company')(value)} />
          </Flex.Item>
          <Flex.Item flex="grow">
            <TextField id="job-title" name="job_title" label="Current job title" value={form.title} onChange={({ value }) => set('title')(value)} />
          </Flex.Item>
        </Flex>
        <NumberField id="years" label="Years of relevant experience" min={0} max={60} value={form.years ?? undefined} onChange={({ value }) => set('years')(value ?? null)} />
        <SelectList id="degree" name="degree" label="Highest degree earned" placeholder="Select one" value={form.degree} onChange={({ value }) => set('degree')(value)}>
          {DEGREES.map((degree) => (
            <SelectList.Option key={degree} label={degree} value={degree} />
          ))}
        </SelectList>
        <Box>
          <Text weight="bold">Resume</Text>
          <label htmlFor="resume-file" className="upload-button">
            Upload resume
          </label>
          <input id="resume-file" type="file" accept=".pdf,.doc,.docx" className="hidden-input" onChange={(event) => set('resume')(event.target.files?.[0]?.name ?? null)} />
          <Text size="100" color="subtle">{form.resume ?? 'PDF or Word, 5 MB max'}</Text>
        </Box>
        <TextArea id="cover-letter" name="cover_letter" label="Cover letter" helperText="Optional" maxLength={{ characterCount: 3000, errorAccessibilityLabel: 'Limit reached' }} value={form.coverLetter} onChange={({ value }) => set('coverLetter')(value)} rows={6} />

        <Heading size="400" accessibilityLevel={2}>Eligibility</Heading>
        <RadioGroup id="authorized-group" legend="Are you authorized to work in the US?">
          {['Yes', 'No'].map((answer) => (
            <RadioGroup.RadioButton
              key={answer}
              id={`authorized-${answer.toLowerCase()}`}
              name="authorized"
              label={answer}
              value={answer}
              checked={form.authorized === answer}
              onChange={() => set('authorized')(answer)}
            />
          ))}
        </RadioGroup>
        <RadioGroup id="sponsorship-group" legend="Will you need us to sponsor a visa, now or later?">
          {[
            ['yes', 'Yes, I will need sponsorship'],
            ['no', 'No, I do not need sponsorship'],
          ].map(([value, label]) => (
            <RadioGroup.RadioButton
              key={value}
              id={`sponsorship-${value}`}
              name="sponsorship"
              label={label}
              value={value}
              checked={form.sponsorship === value}
              onChange={() => set('sponsorship')(value)}
            />
          ))}
        </RadioGroup>
        <DatePicker id="start-date" name="start_date" label="Earliest start date" value={form.startDate ?? undefined} onChange={({ value }) => set('startDate')(value)} />
        <TextArea id="anything-else" name="anything_else" label="Anything else you'd like us to know?" value={form.anythingElse} onChange={({ value }) => set('anythingElse')(value)} rows={3} />
        <SelectList id="source" name="source" label="How did you hear about this role?" placeholder="Select one" value={form.source} onChange={({ value }) => set('source')(value)}>
          {SOURCES.map((source) => (
            <SelectList.Option key={source} label={source} value={source} />
          ))}
        </SelectList>
        <Flex gap={2} alignItems="center">
          <Switch id="updates" switched={form.updates} onChange={({ value }) => set('updates')(value)} />
          <Label htmlFor="updates">
            <Text>Email me about new roles at Loomgrid</Text>
          </Label>
        </Flex>
        <Checkbox id="privacy" name="privacy" label="I agree to the Candidate Privacy Notice" checked={form.privacy} onChange={({ checked }) => set('privacy')(checked)} />
        <Box>
          <Button type="submit" color="red" size="lg" text="Submit application" dataTestId="submit-application" />
        </Box>
      </Flex>
      <pre id="model">{JSON.stringify({ ...form, startDate: isoDate(form.startDate) })}</pre>
    </form>
  );
}

function HeaderSearch() {
  const [query, setQuery] = useState('');
  return <SearchField id="role-search" accessibilityLabel="Search roles" placeholder="Search roles" value={query} onChange={({ value }) => setQuery(value)} />;
}

createRoot(document.getElementById('header-search')).render(<HeaderSearch />);
createRoot(document.getElementById('root')).render(<Application />);
