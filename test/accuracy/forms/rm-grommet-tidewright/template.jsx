/**
 * Tidewright Marine's careers site: React + Grommet 2 the way the Grommet docs build a form.
 * Form (controlled value, validate on submit, required messages) with FormField label / help /
 * error, TextInput, MaskedInput phone "(###) ###-####", Select with a search box whose options
 * arrive after a short lookup (onSearch), Selects with placeholders and a disabled entry,
 * RadioButtonGroup, CheckBox toggles, DateInput with a mm/dd/yyyy mask, a number TextInput,
 * FileInput and TextArea. The form value is mirrored into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { deepMerge } from 'grommet/utils';
import { Grommet, grommet, Box, Header, Heading, Paragraph, Text, Anchor, Form, FormField, TextInput, MaskedInput, Select, RadioButtonGroup, CheckBox, DateInput, FileInput, TextArea, Button } from 'grommet';
import countries from 'world-countries';

const THEME = deepMerge(grommet, { formField: { label: { requiredIndicator: true } } });
const ALL_COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const STATES = ['Alaska', 'California', 'Florida', 'Hawaii', 'Louisiana', 'Maine', 'Oregon', 'Texas', 'Washington', 'Outside the United States'];
const DEGREES = ['High school diploma / GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate', 'Other'];
const SOURCES = ['LinkedIn', 'Indeed', 'Tidewright website', 'Employee referral', 'Conference or meetup', 'Other'];
const GENDERS = ['Female', 'Male', 'Non-binary', 'I prefer not to answer'];

const PHONE_MASK = [
  { fixed: '(' },
  { length: 3, regexp: /^[0-9]{1,3}$/, placeholder: '555' },
  { fixed: ') ' },
  { length: 3, regexp: /^[0-9]{1,3}$/, placeholder: '555' },
  { fixed: '-' },
  { length: 4, regexp: /^[0-9]{1,4}$/, placeholder: '5555' },
];

/** A country lookup like the careers site's: the list is fetched as the person types. */
function lookupCountries(text) {
  return new Promise((resolve) => {
    setTimeout(() => {
      const needle = text.trim().toLowerCase();
      resolve(needle ? ALL_COUNTRIES.filter((name) => name.toLowerCase().includes(needle)) : ALL_COUNTRIES);
    }, 350);
  });
}

function CountrySelect() {
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    lookupCountries('').then((list) => { setOptions(list); setLoading(false); });
  }, []);
  return (
    <Select
      id="tw-country"
      name="country"
      placeholder={loading ? 'Loading countries…' : 'Select country'}
      searchPlaceholder="Search countries"
      options={options}
      emptySearchMessage="No country matches"
      onSearch={(text) => { setLoading(true); lookupCountries(text).then((list) => { setOptions(list); setLoading(false); }); }}
      onClose={() => lookupCountries('').then(setOptions)}
    />
  );
}

const EMPTY = (posting) => ({
  firstName: '', lastName: '', email: '', phone: '', city: '', state: '', country: '', employer: '', title: '',
  years: '', degree: '', school: '', linkedin: '', github: '', authorized: '', sponsorship: '', startDate: '',
  salary: '', relocate: false, textUpdates: false, source: '', gender: '', coverLetter: '', extra: '', privacy: false,
  answers: Object.fromEntries(posting.questions.map((q) => [q.id, q.kind === 'toggle' ? false : ''])),
});

function Application({ posting }) {
  const [value, setValue] = useState(() => EMPTY(posting));
  const [resume, setResume] = useState('');
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const [alertEmail, setAlertEmail] = useState('');
  const shown = { ...value, startDate: value.startDate ? String(value.startDate).slice(0, 10) : '', resume, header: { search }, alerts: { email: alertEmail } };
  return (
    <Grommet theme={THEME}>
      <Header background="#0b3954" pad={{ horizontal: 'large', vertical: 'small' }}>
        <Text weight="bold" size="large" color="white">⚓ Tidewright Marine</Text>
        <Box direction="row" gap="medium" align="center">
          <Anchor color="white" label="Fleet" /><Anchor color="white" label="Ports" /><Anchor color="white" label="Careers" />
          <Box width="220px"><TextInput id="tw-site-search" size="small" placeholder="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)} /></Box>
          <Anchor color="white" label="Candidate sign in" />
        </Box>
      </Header>
      <Box width="large" margin={{ horizontal: 'auto', vertical: 'medium' }} pad="small">
        <Text color="dark-3">{posting.team} · {posting.where}</Text>
        <Heading level={1} size="small" margin={{ vertical: 'small' }}>{posting.title}</Heading>
        <Paragraph fill>{posting.blurb}</Paragraph>
        {sent ? (
          <Box id="tw-done" pad="medium" background="light-2" round="small"><Heading level={2} size="small">Application received</Heading><Text>Thanks! Our recruiting team will be in touch within two weeks.</Text></Box>
        ) : (
          <Form
            id="tw-form"
            value={value}
            onChange={(next) => setValue(next)}
            validate="submit"
            messages={{ required: 'This field is required.' }}
            onSubmit={() => { if (resume) setSent(true); }}
          >
            <Heading level={2} size="small">Personal information</Heading>
            <Box direction="row" gap="medium">
              <Box flex><FormField name="firstName" htmlFor="tw-first" label="Legal first name" required><TextInput id="tw-first" name="firstName" autoComplete="off" /></FormField></Box>
              <Box flex><FormField name="lastName" htmlFor="tw-last" label="Legal last name" required><TextInput id="tw-last" name="lastName" autoComplete="off" /></FormField></Box>
            </Box>
            <FormField name="email" htmlFor="tw-email" label="Email address" required validate={{ regexp: /^\S+@\S+\.\S+$/, message: 'Enter a valid email address.' }}><TextInput id="tw-email" name="email" type="email" autoComplete="off" /></FormField>
            <FormField name="phone" htmlFor="tw-phone" label="Mobile number" help="US numbers only. We text interview reminders." required><MaskedInput id="tw-phone" name="phone" mask={PHONE_MASK} /></FormField>
            <Box direction="row" gap="medium">
              <Box flex><FormField name="city" htmlFor="tw-city" label="City"><TextInput id="tw-city" name="city" /></FormField></Box>
              <Box flex><FormField name="state" htmlFor="tw-state__input" label="State"><Select id="tw-state" name="state" placeholder="Select state" options={STATES} /></FormField></Box>
            </Box>
            <FormField name="country" htmlFor="tw-country__input" label="Country of residence" required><CountrySelect /></FormField>

            <Heading level={2} size="small">Experience</Heading>
            <Box direction="row" gap="medium">
              <Box flex><FormField name="employer" htmlFor="tw-employer" label="Current or most recent employer"><TextInput id="tw-employer" name="employer" /></FormField></Box>
              <Box flex><FormField name="title" htmlFor="tw-title" label="Current or most recent job title"><TextInput id="tw-title" name="title" /></FormField></Box>
            </Box>
            <FormField name="years" htmlFor="tw-years__input" label={posting.yearsLabel} required>
              <Select id="tw-years" name="years" placeholder="Choose one" options={posting.years} disabled={posting.yearsDisabled} />
            </FormField>
            <Box direction="row" gap="medium">
              <Box flex><FormField name="degree" htmlFor="tw-degree__input" label="Highest level of education completed"><Select id="tw-degree" name="degree" placeholder="Choose one" options={DEGREES} /></FormField></Box>
              <Box flex><FormField name="school" htmlFor="tw-school" label="School or university"><TextInput id="tw-school" name="school" /></FormField></Box>
            </Box>
            <FormField name="linkedin" htmlFor="tw-linkedin" label="LinkedIn profile" help="https://www.linkedin.com/in/…"><TextInput id="tw-linkedin" name="linkedin" /></FormField>
            <FormField name="github" htmlFor="tw-github" label={posting.githubLabel}><TextInput id="tw-github" name="github" /></FormField>
            <FormField name="resumeFile" label="Resume" htmlFor="tw-resume" help="PDF or Word, up to 5 MB" required error={!resume && value.__tried ? 'Please attach your resume.' : undefined}>
              <FileInput id="tw-resume" name="resumeFile" accept=".pdf,.doc,.docx" messages={{ browse: 'Browse', dropPrompt: 'Drop your resume here or' }} onChange={(event, { files }) => setResume(files[0]?.name ?? '')} />
            </FormField>

            <Heading level={2} size="small">Eligibility</Heading>
            <FormField name="authorized" label={posting.authLabel} required>
              <RadioButtonGroup id="tw-authorized" name="authorized" options={posting.authOptions} />
            </FormField>
            <FormField name="sponsorship" label={posting.sponsorLabel} required>
              <RadioButtonGroup id="tw-sponsorship" name="sponsorship" options={posting.sponsorOptions} />
            </FormField>
            <Box direction="row" gap="medium">
              <Box flex><FormField name="startDate" htmlFor="tw-start" label="Earliest start date" help="mm/dd/yyyy"><DateInput id="tw-start" name="startDate" format="mm/dd/yyyy" /></FormField></Box>
              <Box flex><FormField name="salary" htmlFor="tw-salary" label="Desired annual base salary (USD)" help={posting.salaryHelp}><TextInput id="tw-salary" name="salary" type="number" min={0} step={1000} /></FormField></Box>
            </Box>
            <FormField name="relocate" htmlFor="tw-relocate"><CheckBox id="tw-relocate" name="relocate" toggle label={posting.relocateLabel} /></FormField>
            {posting.questions.map((q) => (
              <FormField key={q.id} name={`answers.${q.id}`} htmlFor={`tw-${q.id}`} label={q.kind === 'toggle' ? undefined : q.label} required={q.required}>
                {q.kind === 'radio' && <RadioButtonGroup id={`tw-${q.id}`} name={`answers.${q.id}`} options={q.options} value={value.answers[q.id]} onChange={(e) => setValue({ ...value, answers: { ...value.answers, [q.id]: e.target.value } })} />}
                {q.kind === 'select' && <Select id={`tw-${q.id}`} name={`answers.${q.id}`} placeholder="Choose one" options={q.options} value={value.answers[q.id]} onChange={({ option }) => setValue({ ...value, answers: { ...value.answers, [q.id]: option } })} />}
                {q.kind === 'text' && <TextArea id={`tw-${q.id}`} name={`answers.${q.id}`} rows={3} value={value.answers[q.id]} onChange={(e) => setValue({ ...value, answers: { ...value.answers, [q.id]: e.target.value } })} />}
                {q.kind === 'toggle' && <CheckBox id={`tw-${q.id}`} toggle label={q.label} checked={value.answers[q.id]} onChange={(e) => setValue({ ...value, answers: { ...value.answers, [q.id]: e.target.checked } })} />}
              </FormField>
            ))}
            <FormField name="coverLetter" htmlFor="tw-cover" label="Cover letter" help="Optional, but we read every one."><TextArea id="tw-cover" name="coverLetter" rows={6} /></FormField>
            <FormField name="source" htmlFor="tw-source__input" label="How did you hear about this role?"><Select id="tw-source" name="source" placeholder="Choose one" options={SOURCES} /></FormField>

            <Box border={{ color: 'light-4' }} round="small" pad="small" margin={{ vertical: 'small' }}>
              <Text weight="bold">Voluntary self-identification</Text>
              <Text size="small" color="dark-3">Answering is optional and will not affect your application.</Text>
              <FormField name="gender" htmlFor="tw-gender__input" label="Gender"><Select id="tw-gender" name="gender" placeholder="Choose one" options={GENDERS} /></FormField>
            </Box>
            <FormField name="textUpdates" htmlFor="tw-sms"><CheckBox id="tw-sms" name="textUpdates" toggle label="Send me text messages about new Tidewright openings" /></FormField>
            <FormField name="privacy" htmlFor="tw-privacy" required validate={(v) => (v ? undefined : 'You must accept the privacy notice to apply.')}>
              <CheckBox id="tw-privacy" name="privacy" label="I have read the Tidewright Marine applicant privacy notice." />
            </FormField>
            <Box direction="row" gap="medium" margin={{ top: 'medium' }}>
              <Button id="tw-submit" type="submit" primary label="Submit application" />
              <Button type="reset" label="Clear form" onClick={() => { setValue(EMPTY(posting)); setResume(''); }} />
            </Box>
          </Form>
        )}
        <pre id="model">{JSON.stringify(shown)}</pre>
      </Box>
      <Box as="footer" background="light-2" pad="medium" align="center">
        <Text>Get new job alerts from Tidewright</Text>
        <Box direction="row" gap="small" width="medium"><TextInput id="tw-alert-email" placeholder="Your email" value={alertEmail} onChange={(e) => setAlertEmail(e.target.value)} /><Button label="Subscribe" /></Box>
      </Box>
    </Grommet>
  );
}

export function mountPosting(posting) {
  document.title = `${posting.title} · Tidewright Marine Careers`;
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
