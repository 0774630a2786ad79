/**
 * Larkmoor (Portland, OR; an online pharmacy) — careers page on Radix Themes 3.3, composed the way
 * its docs do: Text as="label" captions with htmlFor, TextField.Root with TextField.Slot ("+1",
 * "$", "USD", "https://"), Select.Root / Trigger / Content (portalled listbox, a hidden native
 * select mirrors it inside the form), RadioGroup.Root / Item (button role=radio + hidden input),
 * Checkbox, TextArea, a Button that opens a hidden file input. State goes to <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@radix-ui/themes/styles.css';
import { Box, Button, Callout, Card, Checkbox, Container, Flex, Heading, Link, RadioGroup, Select, Separator, Text, TextArea, TextField, Theme } from '@radix-ui/themes';

const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States', 'Other'];
const YEARS = ['Less than 2 years', '2–4 years', '5–8 years', '9–12 years', '13+ years'];
const DEGREES = ['High school or GED', 'Associate’s degree', 'Bachelor’s degree', 'Master’s degree', 'PhD or professional degree', 'Bootcamp or self-taught'];
const GRAD_YEARS = Array.from({ length: 40 }, (_, i) => String(2030 - i));
const ZONES = ['Pacific (PT)', 'Mountain (MT)', 'Central (CT)', 'Eastern (ET)', 'Alaska / Hawaii', 'Outside the US'];
const PRONOUNS = ['he/him', 'she/her', 'they/them', 'Prefer to self-describe', 'Prefer not to say'];
const SOURCES = ['LinkedIn', 'Built In', 'Larkmoor careers site', 'Referral', 'Podcast / event', 'Other'];
const GENDERS = ['Woman', 'Man', 'Non-binary', 'Prefer not to say'];
const ETHNICITIES = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Prefer not to say'];

const EMPTY = {
  fullName: '', email: '', phone: '', basedIn: '', country: '', authorized: '', sponsorship: '', timeZone: '', years: '', currentCompany: '', degree: '', school: '',
  gradYear: '', salary: '', startDate: '', linkedin: '', website: '', resume: '', coverLetter: '', pharmacy: '', pronouns: '', source: '', gender: '', ethnicity: '', consent: false,
};

function Caption({ htmlFor, children, id }) {
  return <Text as="label" size="2" weight="medium" htmlFor={htmlFor} id={id} style={{ display: 'block', marginBottom: 4 }}>{children}</Text>;
}

function App() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const fileRef = useRef(null);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, label, props = {}, slots = null, hint = null) => (
    <Box mb="4">
      <Caption htmlFor={`lm-${key}`}>{label}</Caption>
      <TextField.Root id={`lm-${key}`} name={key} size="2" value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props}>{slots}</TextField.Root>
      {hint && <Text as="p" size="1" color="gray" mt="1">{hint}</Text>}
    </Box>
  );
  const select = (key, label, items, placeholder = 'Select…') => (
    <Box mb="4">
      <Caption htmlFor={`lm-${key}`}>{label}</Caption>
      <Select.Root name={key} value={form[key] || undefined} onValueChange={set(key)}>
        <Select.Trigger id={`lm-${key}`} placeholder={placeholder} style={{ width: '100%' }} />
        <Select.Content position="popper">
          {items.map((item) => <Select.Item key={item} value={item}>{item}</Select.Item>)}
        </Select.Content>
      </Select.Root>
    </Box>
  );
  const radios = (key, label, items) => (
    <Box mb="4">
      <Caption id={`lm-${key}-label`}>{label}</Caption>
      <RadioGroup.Root name={key} aria-labelledby={`lm-${key}-label`} value={form[key] || null} onValueChange={set(key)}>
        {items.map(([value, caption]) => <RadioGroup.Item key={value} value={value}>{caption}</RadioGroup.Item>)}
      </RadioGroup.Root>
    </Box>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.fullName && form.email && form.resume && form.consent) setSent(true);
  };
  return (
    <Theme accentColor="teal" radius="medium">
      <Flex justify="between" align="center" px="6" py="3" style={{ borderBottom: '1px solid var(--gray-a5)' }}>
        <Text weight="bold" size="4">larkmoor</Text>
        <Flex gap="3" align="center">
          <TextField.Root id="lm-search" placeholder="Search roles" aria-label="Search roles" size="1" />
          <Link href="#" id="lm-signin">Sign in</Link>
        </Flex>
      </Flex>
      <Container size="2" px="4" py="6">
        {sent ? <Heading id="lm-done">Thanks — we got your application.</Heading> : (
          <>
            <Heading size="7" mb="1">Analytics Engineer</Heading>
            <Text as="p" color="gray" mb="4">Data · Portland, OR or remote (US, Pacific or Mountain time) · $140k–$175k</Text>
            <Text as="p" mb="3">Larkmoor fills 90,000 prescriptions a week for people who would rather not queue at a counter. Our data team models refills, adherence and pharmacist workload in dbt on Snowflake.</Text>
            <Text as="p" mb="5">You will own the fulfilment marts and the metrics layer behind our operations dashboards, working closely with pharmacy operations and finance.</Text>
            <Callout.Root mb="5" color="gray"><Callout.Text>Fields marked * are required. Your answers are reviewed by a person, not an algorithm.</Callout.Text></Callout.Root>
            <Card size="3">
              <form id="lm-apply" onSubmit={submit} noValidate>
                <Heading as="h2" size="4" mb="4">Your details</Heading>
                {text('fullName', 'Full name *', { autoComplete: 'off' })}
                {text('email', 'Email *', { type: 'email' })}
                {text('phone', 'Phone', { type: 'tel' }, <TextField.Slot>+1</TextField.Slot>)}
                {text('basedIn', 'Where are you based? *', { placeholder: 'City, State' })}
                {select('country', 'Country of residence *', COUNTRIES)}
                {select('timeZone', 'Which time zone do you work in?', ZONES)}
                {select('pronouns', 'Pronouns (optional)', PRONOUNS)}
                <Separator size="4" my="5" />
                <Heading as="h2" size="4" mb="4">Work eligibility</Heading>
                {select('authorized', 'Are you legally authorized to work in the US? *', ['Yes', 'No'])}
                {radios('sponsorship', 'Will you require Larkmoor to sponsor a visa, now or in the future? *', [['yes', 'Yes'], ['no', 'No']])}
                {radios('pharmacy', 'Have you worked with pharmacy or healthcare claims data (NCPDP, 837/835)?', [['yes', 'Yes'], ['no', 'No']])}
                <Separator size="4" my="5" />
                <Heading as="h2" size="4" mb="4">Experience</Heading>
                {select('years', 'How many years have you worked in analytics or data engineering? *', YEARS)}
                {text('currentCompany', 'Current company')}
                {select('degree', 'Highest level of education', DEGREES)}
                {text('school', 'School')}
                {select('gradYear', 'Graduation year', GRAD_YEARS, 'Year')}
                {text('linkedin', 'LinkedIn')}
                {text('website', 'Personal site or portfolio', { placeholder: 'yourname.dev' }, <TextField.Slot>https://</TextField.Slot>)}
                <Separator size="4" my="5" />
                <Heading as="h2" size="4" mb="4">Compensation &amp; timing</Heading>
                {text('salary', 'Expected annual base salary', { inputMode: 'numeric' }, <><TextField.Slot>$</TextField.Slot><TextField.Slot side="right">USD</TextField.Slot></>, 'The range for this role is $140,000–$175,000.')}
                {text('startDate', 'When could you start?', { type: 'date' })}
                <Separator size="4" my="5" />
                <Heading as="h2" size="4" mb="4">Resume &amp; letter</Heading>
                <Box mb="4">
                  <Caption htmlFor="lm-resume">Resume *</Caption>
                  <input ref={fileRef} type="file" id="lm-resume" name="resume" accept=".pdf,.doc,.docx" hidden onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
                  <Flex gap="3" align="center">
                    <Button type="button" variant="soft" onClick={() => fileRef.current?.click()}>Upload resume</Button>
                    <Text size="2" color="gray" id="lm-resume-name">{form.resume || 'PDF or DOCX'}</Text>
                  </Flex>
                </Box>
                <Box mb="4">
                  <Caption htmlFor="lm-coverLetter">Cover letter (optional)</Caption>
                  <TextArea id="lm-coverLetter" name="coverLetter" rows="6" placeholder="Tell us why Larkmoor, in your own words." value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
                </Box>
                <Separator size="4" my="5" />
                <Heading as="h2" size="4" mb="2">Voluntary self-identification</Heading>
                <Text as="p" size="1" color="gray" mb="4">Optional. Your answers are kept separate from your application.</Text>
                {select('source', 'How did you find this role?', SOURCES)}
                {select('gender', 'Gender', GENDERS)}
                {select('ethnicity', 'Race / ethnicity', ETHNICITIES)}
                <Text as="label" size="2" mb="4" style={{ display: 'block' }}>
                  <Flex gap="2">
                    <Checkbox id="lm-consent" name="consent" checked={form.consent} onCheckedChange={(v) => set('consent')(v === true)} />
                    I agree to Larkmoor’s applicant privacy notice. *
                  </Flex>
                </Text>
                <Button type="submit" id="lm-submit" size="3">Submit application</Button>
              </form>
            </Card>
          </>
        )}
        <Card mt="6">
          <Text as="p" weight="medium" mb="2">Not the right role? Get new openings in your inbox.</Text>
          <Flex gap="2">
            <TextField.Root id="lm-news" type="email" placeholder="you@example.com" aria-label="Email for job alerts" style={{ flex: 1 }} />
            <Button variant="outline">Notify me</Button>
          </Flex>
        </Card>
      </Container>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </Theme>
  );
}

createRoot(document.getElementById('root')).render(<App />);
