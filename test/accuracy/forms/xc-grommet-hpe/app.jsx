/**
 * An enterprise hardware company's careers page on Grommet (HPE-style): a controlled Grommet
 * Form whose FormFields bind their inputs by `name`, a phone MaskedInput "(###) ###-####", a
 * searchable country Select (a read-only input button, options in a Drop layer at the end of
 * <body>), a state Select, a city TextInput with suggestions, RadioButtonGroups (native radios)
 * with en-dash ranges and a sentence answer, a sponsorship statement CheckBox to leave unticked,
 * a DateInput with format mm/dd/yyyy, a "$" icon salary box, a Grommet FileInput (a drop zone over
 * a transparent native input), a TextArea, a pronouns Select, job-alert toggle and EEO radios. The
 * header job search is not part of the application. Form state goes into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import {
  Box,
  Button,
  CheckBox,
  DateInput,
  FileInput,
  Form,
  FormField,
  Grommet,
  Heading,
  MaskedInput,
  Paragraph,
  RadioButtonGroup,
  Select,
  Text,
  TextArea,
  TextInput,
  grommet,
} from 'grommet';

const ALL_COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const STATES = ['Alabama', 'Arizona', 'California', 'Colorado', 'Florida', 'Georgia', 'Illinois', 'Massachusetts', 'New York', 'North Carolina', 'Oregon', 'Texas', 'Utah', 'Washington'];
const CITIES = ['San Francisco', 'San Jose', 'Santa Clara', 'Sunnyvale', 'San Diego', 'Houston', 'Austin', 'Fort Collins', 'Boston', 'New York', 'Seattle'];
const EDUCATION = ['High school or equivalent', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctoral degree'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'Prefer not to say'];

const PHONE_MASK = [
  { fixed: '(' },
  { length: 3, regexp: /^[0-9]{1,3}$/, placeholder: '555' },
  { fixed: ') ' },
  { length: 3, regexp: /^[0-9]{1,3}$/, placeholder: '555' },
  { fixed: '-' },
  { length: 4, regexp: /^[0-9]{1,4}$/, placeholder: '5555' },
];

const INITIAL = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  country: '',
  state: '',
  city: '',
  zip: '',
  linkedin: '',
  github: '',
  employer: '',
  title: '',
  experience: '',
  education: '',
  authorized: '',
  needsSponsorship: false,
  startDate: '',
  salary: '',
  resume: [],
  coverLetter: '',
  pronouns: '',
  jobAlerts: false,
  veteran: '',
};

function CountrySelect(props) {
  const [options, setOptions] = useState(ALL_COUNTRIES);
  return (
    <Select
      {...props}
      options={options}
      onSearch={(text) => {
        const escaped = text.replace(/[-\\^$*+?.()|[\]{}]/g, '\\$&');
        const exp = new RegExp(escaped, 'i');
        setOptions(ALL_COUNTRIES.filter((name) => exp.test(name)));
      }}
      onClose={() => setOptions(ALL_COUNTRIES)}
      searchPlaceholder="Search countries"
      emptySearchMessage="No country found"
    />
  );
}

function Application() {
  const [value, setValue] = useState(INITIAL);
  const [sent, setSent] = useState(false);
  const [citySuggestions, setCitySuggestions] = useState([]);

  if (sent) {
    return (
      <Box id="thank-you" pad="medium" background="light-2" round="small">
        <Heading level={3} margin="none">Thanks for applying</Heading>
        <Paragraph>We received your application for Staff Data Engineer. Watch your inbox for next steps.</Paragraph>
      </Box>
    );
  }

  const shown = { ...value, resume: (value.resume ?? []).map((file) => file.name) };

  return (
    <Form
      value={value}
      onChange={(next) => setValue(next)}
      onSubmit={() => setSent(true)}
      messages={{ required: 'Required' }}
      validate="submit"
    >
      <Heading level={3} margin={{ top: 'medium', bottom: 'small' }}>Contact information</Heading>
      <Box direction="row" gap="medium">
        <FormField name="firstName" htmlFor="firstName" label="First name" required fill>
          <TextInput id="firstName" name="firstName" />
        </FormField>
        <FormField name="lastName" htmlFor="lastName" label="Last name" required fill>
          <TextInput id="lastName" name="lastName" />
        </FormField>
      </Box>
      <FormField name="email" htmlFor="email" label="Email" required>
        <TextInput id="email" name="email" type="email" />
      </FormField>
      <FormField name="phone" htmlFor="phone" label="Phone number" help="U.S. numbers only">
        <MaskedInput id="phone" name="phone" mask={PHONE_MASK} />
      </FormField>
      <FormField name="country" htmlFor="country__input" label="Country" required>
        <CountrySelect id="country" name="country" placeholder="Select country" />
      </FormField>
      <Box direction="row" gap="medium">
        <FormField name="state" htmlFor="state__input" label="State" fill>
          <Select id="state" name="state" options={STATES} placeholder="Select state" />
        </FormField>
        <FormField name="city" htmlFor="city" label="City" fill>
          <TextInput
            id="city"
            name="city"
            suggestions={citySuggestions}
            onChange={(event) => {
              const text = event.target.value;
              setCitySuggestions(text ? CITIES.filter((city) => city.toLowerCase().startsWith(text.toLowerCase())) : []);
            }}
          />
        </FormField>
        <FormField name="zip" htmlFor="zip" label="ZIP code">
          <TextInput id="zip" name="zip" />
        </FormField>
      </Box>

      <Heading level={3} margin={{ top: 'medium', bottom: 'small' }}>Experience</Heading>
      <FormField name="linkedin" htmlFor="linkedin" label="LinkedIn profile URL">
        <TextInput id="linkedin" name="linkedin" />
      </FormField>
      <FormField name="github" htmlFor="github" label="GitHub profile" help="Optional">
        <TextInput id="github" name="github" />
      </FormField>
      <Box direction="row" gap="medium">
        <FormField name="employer" htmlFor="employer" label="Current employer" fill>
          <TextInput id="employer" name="employer" />
        </FormField>
        <FormField name="title" htmlFor="title" label="Current title" fill>
          <TextInput id="title" name="title" />
        </FormField>
      </Box>
      <FormField name="experience" htmlFor="experience" label="Years of professional experience">
        <RadioButtonGroup id="experience" name="experience" direction="row" options={['0–2', '3–5', '6–10', '10+']} />
      </FormField>
      <FormField name="education" htmlFor="education__input" label="Highest level of education">
        <Select id="education" name="education" options={EDUCATION} placeholder="Select" />
      </FormField>

      <Heading level={3} margin={{ top: 'medium', bottom: 'small' }}>Eligibility</Heading>
      <FormField name="authorized" htmlFor="authorized" label="Are you legally authorized to work in the United States?" required>
        <RadioButtonGroup
          id="authorized"
          name="authorized"
          options={[
            { label: 'Yes, I am authorized to work in the U.S.', value: 'yes' },
            { label: 'No, I am not authorized to work in the U.S.', value: 'no' },
          ]}
        />
      </FormField>
      <FormField name="needsSponsorship" htmlFor="needsSponsorship">
        <CheckBox id="needsSponsorship" name="needsSponsorship" label="I will now or in the future require employer sponsorship to work in the U.S." />
      </FormField>
      <FormField name="startDate" htmlFor="startDate" label="Earliest start date">
        <DateInput id="startDate" name="startDate" format="mm/dd/yyyy" />
      </FormField>
      <FormField name="salary" htmlFor="salary" label="Salary expectation (USD per year)">
        <TextInput id="salary" name="salary" icon={<Text>$</Text>} />
      </FormField>

      <Heading level={3} margin={{ top: 'medium', bottom: 'small' }}>Resume and cover letter</Heading>
      <FormField name="resume" htmlFor="resume" label="Resume" required>
        <FileInput id="resume" name="resume" accept=".pdf,.doc,.docx" messages={{ dropPrompt: 'Drag and drop your resume or', browse: 'browse' }} />
      </FormField>
      <FormField name="coverLetter" htmlFor="coverLetter" label="Cover letter" help="Optional">
        <TextArea id="coverLetter" name="coverLetter" rows={6} />
      </FormField>

      <Heading level={3} margin={{ top: 'medium', bottom: 'small' }}>About you</Heading>
      <FormField name="pronouns" htmlFor="pronouns__input" label="Pronouns" help="Optional">
        <Select id="pronouns" name="pronouns" options={PRONOUNS} placeholder="Select" />
      </FormField>
      <FormField name="veteran" htmlFor="veteran" label="Veteran status" help="Voluntary self-identification">
        <RadioButtonGroup id="veteran" name="veteran" options={['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer']} />
      </FormField>
      <FormField name="jobAlerts" htmlFor="jobAlerts">
        <CheckBox id="jobAlerts" name="jobAlerts" toggle label="Send me job alerts for similar roles" />
      </FormField>
      <Box direction="row" margin={{ top: 'medium' }}>
        <Button type="submit" primary label="Submit application" className="submit-application" />
      </Box>
      <pre id="model">{JSON.stringify(shown)}</pre>
    </Form>
  );
}

function HeaderSearch() {
  const [query, setQuery] = useState('');
  return <TextInput id="job-search" placeholder="Search jobs" aria-label="Search jobs" value={query} onChange={(event) => setQuery(event.target.value)} />;
}

createRoot(document.getElementById('header-search')).render(
  <Grommet theme={grommet}>
    <HeaderSearch />
  </Grommet>,
);
createRoot(document.getElementById('root')).render(
  <Grommet theme={grommet}>
    <Application />
  </Grommet>,
);
