/**
 * Another opening on the same careers portal (Payments Risk, hiring in Canada or the US): the same
 * Polaris components, with a State/Province Select (provinces first), GitHub and a portfolio link
 * instead of the personal website, no pronouns, "4–7 years" ranges, a payments-data ChoiceList,
 * an employing-country ChoiceList with authorization and sponsorship asked about "that country",
 * the salary with a connectedRight currency Select preset to CAD, and an on-call question.
 *
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
const REGIONS = [
  { label: 'Select', value: '' },
  { label: 'Alberta', value: 'AB' },
  { label: 'British Columbia', value: 'BC' },
  { label: 'Ontario', value: 'ON' },
  { label: 'Quebec', value: 'QC' },
  { label: 'California', value: 'CA' },
  { label: 'Colorado', value: 'CO' },
  { label: 'Illinois', value: 'IL' },
  { label: 'New York', value: 'NY' },
  { label: 'Texas', value: 'TX' },
  { label: 'Washington', value: 'WA' },
  { label: 'Other', value: 'OTHER' },
];
const CURRENCIES = [
  { label: 'CAD', value: 'CAD' },
  { label: 'USD', value: 'USD' },
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
  region: '',
  linkedin: '',
  github: '',
  portfolio: '',
  company: '',
  title: '',
  experience: [],
  paymentsYears: [],
  school: null,
  degree: '',
  employingCountry: [],
  authorized: [],
  sponsorship: [],
  startDate: '',
  salary: '',
  currency: 'CAD',
  onCall: [],
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
              <Select label="State/Province" name="region" options={REGIONS} value={values.region} onChange={set('region')} />
              <TextField label="City" name="city" value={values.city} onChange={set('city')} autoComplete="address-level2" />
            </FormLayout.Group>
          </FormLayout>
        </Card>

        <Card>
          <FormLayout>
            <Text as="h2" variant="headingMd">
              Experience
            </Text>
            <FormLayout.Group>
              <TextField label="LinkedIn URL" name="linkedin" value={values.linkedin} onChange={set('linkedin')} autoComplete="url" />
              <TextField label="GitHub URL" name="github" value={values.github} onChange={set('github')} autoComplete="url" />
            </FormLayout.Group>
            <FormLayout.Group>
              <TextField label="Current company" name="company" value={values.company} onChange={set('company')} autoComplete="organization" />
              <TextField label="Current title" name="title" value={values.title} onChange={set('title')} autoComplete="organization-title" />
            </FormLayout.Group>
            <ChoiceList
              title="How many years of professional experience do you have in data or analytics engineering?"
              name="experience"
              choices={['Less than 4 years', '4–7 years', '8+ years'].map((label) => ({ label, value: label }))}
              selected={values.experience}
              onChange={set('experience')}
            />
            <ChoiceList
              title="How many of those years involved payments, fraud or risk data?"
              name="payments_years"
              choices={['None', '1–2 years', '3–5 years', 'More than 5 years'].map((label) => ({ label, value: label }))}
              selected={values.paymentsYears}
              onChange={set('paymentsYears')}
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
              title="In which country would you be employed?"
              name="employing_country"
              choices={[
                { label: 'Canada', value: 'CA' },
                { label: 'United States', value: 'US' },
              ]}
              selected={values.employingCountry}
              onChange={set('employingCountry')}
            />
            <ChoiceList
              title="Are you legally authorized to work in that country?"
              name="authorized"
              choices={[
                { label: 'Yes', value: 'yes' },
                { label: 'No', value: 'no' },
              ]}
              selected={values.authorized}
              onChange={set('authorized')}
            />
            <ChoiceList
              title="Will you now or in the future require visa sponsorship to work in that country?"
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
                value={values.salary}
                onChange={set('salary')}
                autoComplete="off"
                connectedRight={<Select label="Currency" labelHidden name="salary_currency" options={CURRENCIES} value={values.currency} onChange={set('currency')} />}
              />
            </FormLayout.Group>
            <ChoiceList
              title="This team shares an on-call rotation for payment-risk pipelines (one week in six). Are you comfortable with that?"
              name="on_call"
              choices={[
                { label: 'Yes', value: 'yes' },
                { label: 'No', value: 'no' },
                { label: "I'd like to discuss it", value: 'discuss' },
              ]}
              selected={values.onCall}
              onChange={set('onCall')}
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
            <TextField label="Portfolio or work sample" name="portfolio" value={values.portfolio} onChange={set('portfolio')} autoComplete="url" helpText="A link to a dashboard, notebook or write-up you're proud of." />
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
      title="Analytics Engineer, Payments Risk"
      subtitle="Data · Remote — Canada or United States · Full-time"
      backAction={{ content: 'All jobs', url: '#' }}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Card>
              <Text as="p">
                Quayside powers online stores for 400,000 independent merchants. Payments Risk decides, in milliseconds, which of their orders to hold for review.
                You'll model the signals and the reporting our risk analysts and card-network partners depend on.
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
