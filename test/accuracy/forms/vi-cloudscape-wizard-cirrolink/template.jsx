/**
 * The apply flow of a managed-cloud provider's careers site, built with Cloudscape (the design
 * system of the AWS console) around its **Wizard**: three steps rendered in place (only the active
 * step's content is in the DOM), "Next" / "Previous" / "Submit application" in the wizard's
 * footer, a step list on the side. FormFields tie labels to controls by controlId; Selects (button
 * trigger showing the chosen label, listbox dropdown, a filter box on the long lists, no native
 * select) for the dial code, a country list with long official names and the degree; an
 * Autosuggest for the location; a SegmentedControl of experience ranges (buttons, no radios);
 * RadioGroups with sentence answers; Checkboxes and a Toggle to leave alone; a numeric Input with
 * "USD per year" constraint text; a DatePicker masked YYYY/MM/DD; FileUpload (hidden file input
 * behind "Choose file", emptied after each pick); Textareas. State in useState, rendered into
 * <pre id="model">. Each posting (app.jsx) brings its title, its experience question and its
 * screening questions.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@cloudscape-design/global-styles/index.css';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import DatePicker from '@cloudscape-design/components/date-picker';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import Toggle from '@cloudscape-design/components/toggle';
import TopNavigation from '@cloudscape-design/components/top-navigation';
import Wizard from '@cloudscape-design/components/wizard';

const DIAL = [['AU', '+61 Australia'], ['BR', '+55 Brazil'], ['CA', '+1 Canada'], ['DE', '+49 Germany'], ['IN', '+91 India'], ['IE', '+353 Ireland'], ['MX', '+52 Mexico'], ['GB', '+44 United Kingdom'], ['US', '+1 United States']];
const COUNTRIES = [
  ['AR', 'Argentine Republic'], ['AU', 'Commonwealth of Australia'], ['BR', 'Federative Republic of Brazil'], ['CA', 'Canada'], ['CL', 'Republic of Chile'],
  ['CO', 'Republic of Colombia'], ['CR', 'Republic of Costa Rica'], ['DE', 'Federal Republic of Germany'], ['IN', 'Republic of India'], ['IE', 'Ireland'],
  ['JP', 'Japan'], ['MX', 'United Mexican States'], ['NZ', 'New Zealand'], ['PH', 'Republic of the Philippines'], ['PR', 'Puerto Rico'], ['SG', 'Republic of Singapore'],
  ['ZA', 'Republic of South Africa'], ['ES', 'Kingdom of Spain'], ['GB', 'United Kingdom of Great Britain and Northern Ireland'],
  ['UM', 'United States Minor Outlying Islands'], ['US', 'United States of America'], ['UY', 'Oriental Republic of Uruguay'], ['VI', 'Virgin Islands of the United States'],
];
const DEGREES = [['none', 'No degree'], ['hs', 'High school or GED'], ['associate', 'Associate'], ['bachelor', 'Bachelor’s'], ['master', 'Master’s'], ['doctorate', 'Doctorate']];
const LOCATIONS = ['Austin, TX', 'Dallas, TX', 'Denver, CO', 'New York, NY', 'Portland, OR', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Seattle, WA'].map((value) => ({ value }));
const SOURCES = [['site', 'Cirrolink careers site'], ['linkedin', 'LinkedIn'], ['builtin', 'Built In'], ['referral', 'Employee referral'], ['reinvent', 'AWS re:Invent or a meetup'], ['other', 'Other']];
const GENDERS = [['f', 'Female'], ['m', 'Male'], ['x', 'Non-binary'], ['d', 'Decline to self-identify']];
const VETERANS = [['pv', 'I identify as a protected veteran'], ['npv', 'I am not a protected veteran'], ['d', 'Decline to self-identify']];

const opts = (list) => list.map(([value, label]) => ({ value, label }));

function Application({ posting }) {
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', dialCode: '', phone: '', location: '', country: '', linkedin: '', website: '',
    employer: '', jobTitle: '', experience: '', degree: '', school: '', certifications: [], authorization: '', sponsorship: '',
    relocate: false, salary: '', startDate: '', resume: [], coverLetter: '', why: '', source: '', gender: '', veteran: '',
    consent: false, talentCommunity: false,
    screening: Object.fromEntries(posting.screening.map((q) => [q.key, ''])),
  });
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, label, extra = {}) => (
    <FormField label={label} controlId={`cl-${key}`} constraintText={extra.constraint} description={extra.description}>
      <Input controlId={`cl-${key}`} name={key} type={extra.type ?? 'text'} inputMode={extra.inputMode} placeholder={extra.placeholder} value={form[key]} onChange={({ detail }) => set(key)(detail.value)} />
    </FormField>
  );
  const select = (key, label, list, extra = {}) => (
    <div data-field={key}>
      <FormField label={label} controlId={`cl-${key}`}>
        <Select
          controlId={`cl-${key}`}
          selectedOption={opts(list).find((option) => option.value === form[key]) ?? null}
          onChange={({ detail }) => set(key)(detail.selectedOption.value)}
          options={opts(list)}
          placeholder={extra.placeholder ?? 'Choose an option'}
          filteringType={extra.filter ? 'auto' : 'none'}
        />
      </FormField>
    </div>
  );
  const radios = (key, label, items, value, onChange) => (
    <div data-field={key}>
      <FormField label={label}>
        <RadioGroup name={key} value={value} onChange={({ detail }) => onChange(detail.value)} items={items.map(([v, l]) => ({ value: v, label: l }))} />
      </FormField>
    </div>
  );

  if (done)
    return (
      <Container header={<Header variant="h2">Application submitted</Header>}>
        <div id="application-done">Thanks, {form.firstName || 'there'}! We sent a confirmation to your email. Reference {posting.req}.</div>
      </Container>
    );

  const steps = [
    {
      title: 'Contact information',
      content: (
        <Container header={<Header variant="h2">About you</Header>}>
          <SpaceBetween size="l">
            <ColumnLayout columns={2}>
              {text('firstName', 'First name')}
              {text('lastName', 'Last name')}
            </ColumnLayout>
            {text('email', 'Email', { type: 'email' })}
            <ColumnLayout columns={2}>
              {select('dialCode', 'Country code', DIAL, { placeholder: 'Choose a code', filter: true })}
              {text('phone', 'Phone number', { type: 'tel', constraint: 'Digits only, without the country code.' })}
            </ColumnLayout>
            <div data-field="location">
              <FormField label="Current location" controlId="cl-location" description="City and state or province">
                <Autosuggest controlId="cl-location" value={form.location} onChange={({ detail }) => set('location')(detail.value)} options={LOCATIONS} placeholder="Start typing a city" enteredTextLabel={(value) => `Use: "${value}"`} empty="No matching cities" />
              </FormField>
            </div>
            {select('country', 'Country of residence', COUNTRIES, { placeholder: 'Choose a country', filter: true })}
            <ColumnLayout columns={2}>
              {text('linkedin', 'LinkedIn profile URL', { type: 'url', placeholder: 'https://www.linkedin.com/in/…' })}
              {text('website', 'Personal website (optional)', { type: 'url' })}
            </ColumnLayout>
          </SpaceBetween>
        </Container>
      ),
    },
    {
      title: 'Experience and eligibility',
      content: (
        <Container header={<Header variant="h2">Your experience</Header>}>
          <SpaceBetween size="l">
            <ColumnLayout columns={2}>
              {text('employer', 'Current employer')}
              {text('jobTitle', 'Current job title')}
            </ColumnLayout>
            <div data-field="experience">
              <FormField label={posting.experienceLabel}>
                <SegmentedControl selectedId={form.experience || null} onChange={({ detail }) => set('experience')(detail.selectedId)} label={posting.experienceLabel} options={posting.experience.map(([id, text]) => ({ id, text }))} />
              </FormField>
            </div>
            <ColumnLayout columns={2}>
              {select('degree', 'Highest degree completed', DEGREES)}
              {text('school', 'School')}
            </ColumnLayout>
            <div data-field="certifications">
              <FormField label={posting.certLabel} description="Select all that apply">
                <SpaceBetween size="xxs">
                  {posting.certs.map(([value, label]) => (
                    <Checkbox key={value} checked={form.certifications.includes(value)} onChange={({ detail }) => set('certifications')(detail.checked ? [...form.certifications, value] : form.certifications.filter((c) => c !== value))}>
                      <span data-cert={value}>{label}</span>
                    </Checkbox>
                  ))}
                </SpaceBetween>
              </FormField>
            </div>
            {radios('authorization', 'Are you legally authorized to work in the United States?', [['yes', 'Yes, I am legally authorized to work in the US'], ['no', 'No, I am not legally authorized to work in the US']], form.authorization, set('authorization'))}
            {radios('sponsorship', 'Will you now or in the future require Cirrolink to sponsor an employment visa?', [['yes', 'Yes, I will require sponsorship'], ['no', 'No, I will not require sponsorship']], form.sponsorship, set('sponsorship'))}
            {posting.screening.map((q) => <div key={q.key}>{radios(q.key, q.label, q.options, form.screening[q.key], (value) => setForm((f) => ({ ...f, screening: { ...f.screening, [q.key]: value } })))}</div>)}
            <div data-field="relocate">
              <Toggle checked={form.relocate} onChange={({ detail }) => set('relocate')(detail.checked)}>I'm open to relocating to Austin, TX</Toggle>
            </div>
            <ColumnLayout columns={2}>
              {text('salary', 'Desired annual base salary', { type: 'number', inputMode: 'numeric', constraint: 'USD per year' })}
              <FormField label="Earliest start date" controlId="cl-startDate" constraintText="Use YYYY/MM/DD format.">
                <DatePicker controlId="cl-startDate" value={form.startDate} onChange={({ detail }) => set('startDate')(detail.value)} placeholder="YYYY/MM/DD" openCalendarAriaLabel={(selected) => `Choose start date${selected ? `, selected date is ${selected}` : ''}`} />
              </FormField>
            </ColumnLayout>
          </SpaceBetween>
        </Container>
      ),
    },
    {
      title: 'Documents',
      content: (
        <Container header={<Header variant="h2">Resume and a few questions</Header>}>
          <SpaceBetween size="l">
            <div data-field="resume">
              <FormField label="Resume" description="PDF or Word, up to 5 MB">
                <FileUpload value={form.resume} onChange={({ detail }) => set('resume')(detail.value)} accept=".pdf,.doc,.docx" i18nStrings={{ uploadButtonText: () => 'Choose file', dropzoneText: () => 'Drop file to upload', removeFileAriaLabel: (i) => `Remove file ${i + 1}`, limitShowFewer: 'Show fewer files', limitShowMore: 'Show more files', errorIconAriaLabel: 'Error' }} showFileLastModified={false} showFileSize />
              </FormField>
            </div>
            <FormField label="Cover letter (optional)" controlId="cl-coverLetter">
              <Textarea controlId="cl-coverLetter" value={form.coverLetter} onChange={({ detail }) => set('coverLetter')(detail.value)} rows={6} />
            </FormField>
            <FormField label={posting.whyLabel} controlId="cl-why">
              <Textarea controlId="cl-why" value={form.why} onChange={({ detail }) => set('why')(detail.value)} rows={3} />
            </FormField>
            {select('source', 'How did you hear about us?', SOURCES)}
            <Box variant="p">Cirrolink is an equal opportunity employer. The questions below are voluntary.</Box>
            <ColumnLayout columns={2}>
              {select('gender', 'Gender', GENDERS)}
              {select('veteran', 'Veteran status', VETERANS)}
            </ColumnLayout>
            <div data-field="consent">
              <Checkbox checked={form.consent} onChange={({ detail }) => set('consent')(detail.checked)}>I agree that Cirrolink may process my data to consider me for this role, as described in the applicant privacy notice.</Checkbox>
            </div>
            <div data-field="talentCommunity">
              <Checkbox checked={form.talentCommunity} onChange={({ detail }) => set('talentCommunity')(detail.checked)}>Add me to the Cirrolink talent community</Checkbox>
            </div>
          </SpaceBetween>
        </Container>
      ),
    },
  ];

  return (
    <>
      <Wizard
        i18nStrings={{
          stepNumberLabel: (n) => `Step ${n}`,
          collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
          skipToButtonLabel: (s) => `Skip to ${s.title}`,
          navigationAriaLabel: 'Steps',
          cancelButton: 'Cancel',
          previousButton: 'Previous',
          nextButton: 'Next',
          submitButton: 'Submit application',
          optional: 'optional',
        }}
        onNavigate={({ detail }) => setStep(detail.requestedStepIndex)}
        activeStepIndex={step}
        onSubmit={() => { if (form.firstName && form.email && form.resume.length && form.consent) setDone(true); }}
        steps={steps}
      />
      <pre id="model">{JSON.stringify({ ...form, resume: form.resume.map((file) => file.name) }, null, 2)}</pre>
    </>
  );
}

function Page({ posting }) {
  const [query, setQuery] = useState('');
  return (
    <>
      <div id="top-nav">
        <TopNavigation
          identity={{ href: '#', title: 'Cirrolink Careers' }}
          search={<Input type="search" name="site-search" ariaLabel="Search jobs" placeholder="Search jobs" value={query} onChange={({ detail }) => setQuery(detail.value)} />}
          utilities={[{ type: 'button', text: 'Sign in', href: '#' }]}
          i18nStrings={{ searchIconAriaLabel: 'Search', searchDismissIconAriaLabel: 'Close search', overflowMenuTriggerText: 'More', overflowMenuTitleText: 'All', overflowMenuBackIconAriaLabel: 'Back', overflowMenuDismissIconAriaLabel: 'Close menu' }}
        />
      </div>
      <main className="page">
        <Box variant="small">{posting.meta}</Box>
        <Box variant="h1">{posting.title}</Box>
        <Box variant="p">{posting.about}</Box>
        <Application posting={posting} />
      </main>
    </>
  );
}

export function mount(posting) {
  createRoot(document.getElementById('root')).render(<Page posting={posting} />);
}
