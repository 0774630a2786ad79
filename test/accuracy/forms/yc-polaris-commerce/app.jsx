/**
 * A Canadian commerce-platform company's careers portal built with Shopify Polaris 13 (the same
 * components its merchant admin uses), state in useState: Page / Layout / Card / FormLayout,
 * TextFields (labels `for` `:rN:` ids, helpText, "$" prefix + "USD" suffix, multiline), a phone
 * TextField with a connectedLeft country-code Select preset to Canada (+1), a country Select preset
 * to Canada (Polaris Select: native select under a styled backdrop), an Autocomplete school
 * (Combobox text field, listbox in a Popover), ChoiceLists (fieldset + legend radios, and a
 * multi-choice list of teams), a date TextField that opens a Polaris DatePicker in a Popover, a
 * DropZone with a hidden file input, Checkboxes, and a newsletter box in the footer.
 */
import { useCallback, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@shopify/polaris/build/esm/styles.css';
import en from '@shopify/polaris/locales/en.json';
import {
  AppProvider,
  Autocomplete,
  Banner,
  BlockStack,
  Button,
  Card,
  Checkbox,
  ChoiceList,
  DatePicker,
  DropZone,
  FormLayout,
  InlineStack,
  Layout,
  LegacyStack,
  Page,
  Popover,
  Select,
  Text,
  TextField,
  Thumbnail,
} from '@shopify/polaris';

const DIAL_CODES = [
  { label: 'Canada (+1)', value: 'CA' },
  { label: 'United States (+1)', value: 'US' },
  { label: 'United Kingdom (+44)', value: 'GB' },
  { label: 'Ireland (+353)', value: 'IE' },
  { label: 'Germany (+49)', value: 'DE' },
  { label: 'India (+91)', value: 'IN' },
  { label: 'Singapore (+65)', value: 'SG' },
  { label: 'Australia (+61)', value: 'AU' },
];
const COUNTRIES = [
  { label: 'Canada', value: 'CA' },
  { label: 'United States', value: 'US' },
  { label: 'Mexico', value: 'MX' },
  { label: 'United Kingdom', value: 'GB' },
  { label: 'Ireland', value: 'IE' },
  { label: 'Germany', value: 'DE' },
  { label: 'France', value: 'FR' },
  { label: 'India', value: 'IN' },
  { label: 'Singapore', value: 'SG' },
  { label: 'Australia', value: 'AU' },
  { label: 'Other', value: 'OTHER' },
];
const SCHOOLS = [
  'Carleton University',
  'McGill University',
  'Stanford University',
  'University of British Columbia',
  'University of California, Berkeley',
  'University of California, Los Angeles',
  'University of Toronto',
  'University of Washington',
  'University of Waterloo',
  'Other',
].map((label) => ({ label, value: label }));
const DEGREES = [
  { label: 'Select', value: '' },
  { label: 'High school or equivalent', value: 'highschool' },
  { label: 'College diploma', value: 'diploma' },
  { label: "Bachelor's degree", value: 'bachelor' },
  { label: "Master's degree", value: 'master' },
  { label: 'Doctorate', value: 'doctorate' },
];

const INITIAL = {
  firstName: '',
  lastName: '',
  email: '',
  dialCode: 'CA',
  phone: '',
  country: 'CA',
  city: '',
  pronouns: '',
  linkedin: '',
  website: '',
  company: '',
  title: '',
  experience: [],
  school: null,
  degree: '',
  authorized: [],
  sponsorship: [],
  startDate: '',
  salary: '',
  teams: [],
  resume: null,
  coverLetter: '',
  privacy: false,
  talentCommunity: false,
};

function pad(n) {
  return String(n).padStart(2, '0');
}

function StartDate({ value, onChange }) {
  const [open, setOpen] = useState(false);
  const [{ month, year }, setView] = useState({ month: 0, year: 2027 });
  const selected = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : undefined;
  return (
    <Popover
      active={open}
      autofocusTarget="none"
      preferredAlignment="left"
      fullWidth
      preferInputActivator={false}
      preferredPosition="below"
      onClose={() => setOpen(false)}
      activator={
        <TextField
          label="Earliest start date"
          name="start_date"
          value={value}
          onChange={onChange}
          onFocus={() => setOpen(true)}
          placeholder="YYYY-MM-DD"
          helpText="Pick a date or type it as YYYY-MM-DD."
          autoComplete="off"
        />
      }
    >
      <div style={{ padding: 16 }}>
        <DatePicker
          month={month}
          year={year}
          selected={selected}
          onMonthChange={(nextMonth, nextYear) => setView({ month: nextMonth, year: nextYear })}
          onChange={({ start }) => {
            onChange(`${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`);
            setOpen(false);
          }}
        />
      </div>
    </Popover>
  );
}

function SchoolAutocomplete({ value, onChange }) {
  const [input, setInput] = useState('');
  const options = useMemo(() => {
    if (input === '' || input === value) return SCHOOLS;
    const pattern = new RegExp(input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    return SCHOOLS.filter((option) => pattern.test(option.label));
  }, [input, value]);
  return (
    <Autocomplete
      options={options}
      selected={value ? [value] : []}
      onSelect={(selected) => {
        onChange(selected[0] ?? null);
        setInput(selected[0] ?? '');
      }}
      textField={
        <Autocomplete.TextField
          label="School or university"
          name="school"
          value={input}
          onChange={(next) => {
            setInput(next);
            if (next !== value) onChange(null);
          }}
          placeholder="Search schools"
          autoComplete="off"
        />
      }
      emptyState={<Text as="p">Not listed? Choose "Other".</Text>}
    />
  );
}

function Application() {
  const [values, setValues] = useState(INITIAL);
  const [sent, setSent] = useState(false);
  const set = useCallback((key) => (value) => setValues((current) => ({ ...current, [key]: value })), []);

  if (sent) {
    return (
      <div id="application-submitted">
        <Banner tone="success" title="Application submitted">
          <p>Thanks for applying to Quayside. We'll be in touch by email.</p>
        </Banner>
      </div>
    );
  }

  const shown = { ...values, resume: values.resume ? values.resume.name : null };

  return (
    <form
      id="application"
      onSubmit={(event) => {
        event.preventDefault();
        setSent(true);
      }}
    >
      <BlockStack gap="400">
        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              About you
            </Text>
            <FormLayout.Group>
              <TextField label="First name" name="first_name" value={values.firstName} onChange={set('firstName')} autoComplete="given-name" requiredIndicator />
              <TextField label="Last name" name="last_name" value={values.lastName} onChange={set('lastName')} autoComplete="family-name" requiredIndicator />
            </FormLayout.Group>
            <TextField label="Email" type="email" name="email" value={values.email} onChange={set('email')} autoComplete="email" requiredIndicator />
            <TextField
              label="Phone number"
              type="tel"
              name="phone"
              value={values.phone}
              onChange={set('phone')}
              autoComplete="tel-national"
              connectedLeft={<Select label="Country code" labelHidden name="phone_country" options={DIAL_CODES} value={values.dialCode} onChange={set('dialCode')} />}
            />
            <FormLayout.Group>
              <Select label="Country/region" name="country" options={COUNTRIES} value={values.country} onChange={set('country')} />
              <TextField label="City" name="city" value={values.city} onChange={set('city')} autoComplete="address-level2" />
            </FormLayout.Group>
            <TextField label="Pronouns" name="pronouns" value={values.pronouns} onChange={set('pronouns')} autoComplete="off" helpText="Optional. Let us know how to refer to you." />
          </FormLayout>
        </Card>

        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              Experience
            </Text>
            <FormLayout.Group>
              <TextField label="LinkedIn URL" name="linkedin" value={values.linkedin} onChange={set('linkedin')} autoComplete="url" />
              <TextField label="Personal website" name="website" value={values.website} onChange={set('website')} autoComplete="url" />
            </FormLayout.Group>
            <FormLayout.Group>
              <TextField label="Current company" name="company" value={values.company} onChange={set('company')} autoComplete="organization" />
              <TextField label="Current title" name="title" value={values.title} onChange={set('title')} autoComplete="organization-title" />
            </FormLayout.Group>
            <ChoiceList
              title="How many years of data engineering experience do you have?"
              name="experience"
              choices={['0–2 years', '3–5 years', '6–9 years', '10+ years'].map((label) => ({ label, value: label }))}
              selected={values.experience}
              onChange={set('experience')}
            />
            <SchoolAutocomplete value={values.school} onChange={set('school')} />
            <Select label="Highest degree" name="degree" options={DEGREES} value={values.degree} onChange={set('degree')} />
          </FormLayout>
        </Card>

        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              Work eligibility and timing
            </Text>
            <ChoiceList
              title="Are you legally authorized to work in the United States?"
              name="authorized_us"
              choices={[
                { label: 'Yes', value: 'yes' },
                { label: 'No', value: 'no' },
              ]}
              selected={values.authorized}
              onChange={set('authorized')}
            />
            <ChoiceList
              title="Will you now or in the future require sponsorship for employment visa status?"
              name="requires_sponsorship"
              choices={[
                { label: 'Yes', value: 'yes' },
                { label: 'No', value: 'no' },
              ]}
              selected={values.sponsorship}
              onChange={set('sponsorship')}
            />
            <FormLayout.Group>
              <StartDate value={values.startDate} onChange={set('startDate')} />
              <TextField
                label="Expected annual base salary"
                type="number"
                name="salary"
                prefix="$"
                suffix="USD"
                value={values.salary}
                onChange={set('salary')}
                autoComplete="off"
              />
            </FormLayout.Group>
            <ChoiceList
              allowMultiple
              title="Which other teams would you be open to?"
              name="teams"
              choices={['Checkout', 'Payments', 'Merchant Analytics', 'Data Platform', 'Machine Learning'].map((label) => ({ label, value: label }))}
              selected={values.teams}
              onChange={set('teams')}
            />
          </FormLayout>
        </Card>

        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              Resume and cover letter
            </Text>
            <DropZone label="Resume" allowMultiple={false} accept=".pdf,.docx" type="file" onDrop={(_files, accepted) => accepted[0] && set('resume')(accepted[0])}>
              {values.resume ? (
                <div style={{ padding: 16 }}>
                  <LegacyStack alignment="center">
                    <Thumbnail size="small" alt={values.resume.name} source="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E" />
                    <Text as="span" id="resume-name">
                      {values.resume.name}
                    </Text>
                  </LegacyStack>
                </div>
              ) : (
                <DropZone.FileUpload actionTitle="Add file" actionHint="Accepts .pdf and .docx" />
              )}
            </DropZone>
            <TextField label="Cover letter" name="cover_letter" multiline={6} value={values.coverLetter} onChange={set('coverLetter')} autoComplete="off" helpText="Optional" />
            <Checkbox
              label="I consent to Quayside processing my personal information for this and future job applications."
              checked={values.privacy}
              onChange={set('privacy')}
              id="privacy"
            />
            <Checkbox label="Join our talent community to hear about new roles" checked={values.talentCommunity} onChange={set('talentCommunity')} id="talent-community" />
            <InlineStack align="end">
              <Button submit variant="primary" id="submit-application">
                Submit application
              </Button>
            </InlineStack>
          </FormLayout>
        </Card>
      </BlockStack>
      <pre id="model">{JSON.stringify(shown)}</pre>
    </form>
  );
}

function Newsletter() {
  const [email, setEmail] = useState('');
  return (
    <div style={{ maxWidth: 900, margin: '32px auto', padding: '0 16px 48px' }}>
      <Card>
        <FormLayout>
          <Text as="h3" variant="headingSm">
            Get the Quayside engineering newsletter
          </Text>
          <TextField
            label="Email address"
            type="email"
            name="newsletter_email"
            value={email}
            onChange={setEmail}
            autoComplete="off"
            connectedRight={<Button>Subscribe</Button>}
          />
        </FormLayout>
      </Card>
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <AppProvider i18n={en}>
    <Page
      narrowWidth={false}
      title="Senior Data Engineer, Merchant Analytics"
      subtitle="Data · Remote — Americas · Full-time"
      backAction={{ content: 'All jobs', url: '#' }}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <Text as="p">
                Quayside powers online stores for 400,000 independent merchants. Merchant Analytics turns their orders, traffic and payouts into the reports they open
                every morning. You'll build the pipelines behind those reports.
              </Text>
            </Card>
            <Application />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
    <Newsletter />
  </AppProvider>,
);
