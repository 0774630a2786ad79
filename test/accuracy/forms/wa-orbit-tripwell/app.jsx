import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  OrbitProvider, defaultTheme, Stack, Heading, Text, InputField, InputGroup, Select, InputSelect, Stepper, Radio,
  Checkbox, ChoiceGroup, SegmentedSwitch, Textarea, InputFile, Button, TextLink, Separator,
} from '@kiwicom/orbit-components';
import '@kiwicom/orbit-components/lib/tailwind.css';
import countries from 'world-countries';

const byName = [...countries].sort((a, b) => a.name.common.localeCompare(b.name.common));
const PREFIXES = byName
  .filter((c) => c.idd.root)
  .map((c) => {
    const code = `${c.idd.root}${c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : ''}`;
    return { value: `${c.cca2}${code}`, label: `${c.cca2} ${code}` };
  });
const COUNTRY_OPTIONS = byName.map((c) => ({ title: c.name.common, value: c.cca2, group: c.region }));
const SOURCES = ['LinkedIn', 'Tripwell website', 'Friend or colleague', 'Meetup or conference', 'Job board', 'Other'];
const YEARS = ['Less than 1 year', '1–2 years', '3–5 years', '6–8 years', '9–12 years', 'More than 12 years'];
const LANGUAGES = ['English', 'Czech', 'Spanish', 'German', 'Portuguese'];

function Apply() {
  const [headerSearch, setHeaderSearch] = useState('');
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', phonePrefix: 'CZ+420', phone: '', country: '', city: '',
    linkedin: '', github: '', years: '', noticeWeeks: 0, salary: '', authorized: '', sponsorship: '', startDate: '',
    languages: [], resume: '', coverLetter: '', motivation: '', source: '', talentPool: false, privacy: false,
  });
  const [sent, setSent] = useState(false);
  const set = (k, v) => setF((s) => ({ ...s, [k]: v }));
  const on = (k) => (e) => set(k, e.target.value);

  return (
    <OrbitProvider theme={defaultTheme} useId={() => undefined}>
      <header className="tw-header">
        <Heading as="h3" type="title3">tripwell <Text as="span" type="secondary">jobs</Text></Heading>
        <Stack direction="row" inline spacing="200" align="center">
          <InputField
            name="jobSearch"
            placeholder="Search open positions"
            ariaLabel="Search open positions"
            value={headerSearch}
            onChange={(e) => setHeaderSearch(e.target.value)}
          />
          <Button type="secondary" size="normal">Log in</Button>
        </Stack>
      </header>
      <main className="tw-main">
        <Text type="secondary">Engineering · Remote (United States) · Full-time</Text>
        <Heading as="h1" type="title1">Senior Data Engineer – Pricing Platform</Heading>
        <Separator spaceAfter="large" />
        {sent ? (
          <div id="application-sent"><Heading as="h2" type="title2">Thanks! We got your application.</Heading></div>
        ) : (
          <form id="tw-apply" noValidate onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
            <Stack spacing="600">
              <Heading as="h2" type="title3">Personal details</Heading>
              <Stack direction="row" spacing="400">
                <InputField label="First name" name="firstName" required value={f.firstName} onChange={on('firstName')} />
                <InputField label="Last name" name="lastName" required value={f.lastName} onChange={on('lastName')} />
              </Stack>
              <InputField label="Email" name="email" type="email" required value={f.email} onChange={on('email')} placeholder="name@example.com" />
              <InputGroup label="Phone number" flex={['0 0 130px', '1 1 100%']} help="We'll only call you about this application.">
                <Select name="phonePrefix" options={PREFIXES} value={f.phonePrefix} onChange={on('phonePrefix')} ariaLabel="Phone prefix" />
                <InputField name="phone" type="tel" value={f.phone} onChange={on('phone')} placeholder="e.g. 777 123 456" />
              </InputGroup>
              <InputSelect
                label="Country of residence"
                name="country"
                id="country-select"
                placeholder="Type to search"
                options={COUNTRY_OPTIONS}
                labelClear="Clear"
                labelClose="Close"
                showAllLabel="All countries"
                emptyState="No country found"
                onOptionSelect={(opt) => set('country', opt ? opt.value : '')}
              />
              <InputField label="City" name="city" value={f.city} onChange={on('city')} />
              <Stack direction="row" spacing="400">
                <InputField label="LinkedIn" name="linkedin" value={f.linkedin} onChange={on('linkedin')} placeholder="https://linkedin.com/in/…" />
                <InputField label="GitHub" name="github" value={f.github} onChange={on('github')} placeholder="https://github.com/…" />
              </Stack>

              <Heading as="h2" type="title3">Experience</Heading>
              <Select
                label="Years of professional experience in data engineering"
                name="years"
                placeholder="Select"
                options={YEARS.map((y) => ({ value: y, label: y }))}
                value={f.years}
                onChange={on('years')}
              />
              <Stack spacing="200">
                <Text as="div" weight="medium" id="notice-label">Notice period at your current job (weeks)</Text>
                <Stepper
                  name="noticeWeeks"
                  ariaLabelledby="notice-label"
                  minValue={0}
                  maxValue={26}
                  defaultValue={0}
                  step={1}
                  titleIncrement="Add a week"
                  titleDecrement="Remove a week"
                  onChange={(v) => set('noticeWeeks', v)}
                />
              </Stack>
              <InputField
                label="Expected annual base salary"
                name="salary"
                type="number"
                suffix={<Text as="span" type="secondary">USD</Text>}
                value={f.salary}
                onChange={on('salary')}
              />
              <SegmentedSwitch
                label="Are you legally authorized to work in the United States?"
                onChange={on('authorized')}
                options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]}
              />
              <Stack spacing="200">
                <Text as="div" weight="medium">Will you require visa sponsorship to work for Tripwell in the US?</Text>
                <Stack direction="row" spacing="600" id="sponsorship">
                  <Radio label="Yes" name="sponsorship" value="yes" checked={f.sponsorship === 'yes'} onChange={on('sponsorship')} />
                  <Radio label="No" name="sponsorship" value="no" checked={f.sponsorship === 'no'} onChange={on('sponsorship')} />
                </Stack>
              </Stack>
              <InputField label="When can you start?" name="startDate" type="date" value={f.startDate} onChange={on('startDate')} />
              <ChoiceGroup
                label="Which languages do you speak fluently?"
                onChange={(e) => {
                  const { value, checked } = e.target;
                  set('languages', checked ? [...f.languages, value] : f.languages.filter((l) => l !== value));
                }}
              >
                {LANGUAGES.map((l) => <Checkbox key={l} label={l} value={l} name="languages" checked={f.languages.includes(l)} />)}
              </ChoiceGroup>

              <Heading as="h2" type="title3">Documents</Heading>
              <InputFile
                label="CV"
                name="cv"
                buttonLabel="Select file"
                placeholder="No file selected"
                allowedFileTypes={['.pdf', '.doc', '.docx']}
                fileName={f.resume || undefined}
                labelRemove="Remove"
                onChange={(e) => set('resume', e.target.files?.[0]?.name ?? '')}
                onRemoveFile={() => set('resume', '')}
              />
              <InputFile
                label="Cover letter (optional)"
                name="coverLetterFile"
                buttonLabel="Select file"
                placeholder="No file selected"
                fileName={f.coverLetter || undefined}
                labelRemove="Remove"
                onChange={(e) => set('coverLetter', e.target.files?.[0]?.name ?? '')}
                onRemoveFile={() => set('coverLetter', '')}
              />
              <Textarea
                label="What would you like to build at Tripwell?"
                name="motivation"
                rows={4}
                placeholder="A few sentences are enough"
                value={f.motivation}
                onChange={on('motivation')}
              />
              <Select
                label="How did you find out about this job?"
                name="source"
                placeholder="Choose an option"
                options={SOURCES.map((s) => ({ value: s, label: s }))}
                value={f.source}
                onChange={on('source')}
              />
              <Checkbox
                name="talentPool"
                label="Keep my application in the Tripwell talent pool for 24 months"
                checked={f.talentPool}
                onChange={(e) => set('talentPool', e.target.checked)}
              />
              <Checkbox
                name="privacy"
                label="I agree to the processing of my personal data as described in the candidate privacy policy"
                checked={f.privacy}
                onChange={(e) => set('privacy', e.target.checked)}
              />
              <Button submit type="primary" size="large" dataTest="tw-submit">Send application</Button>
            </Stack>
          </form>
        )}
      </main>
      <pre id="model">{JSON.stringify({ headerSearch, ...f })}</pre>
    </OrbitProvider>
  );
}

createRoot(document.getElementById('root')).render(<Apply />);
