/**
 * An open-source infrastructure company's careers site built on PatternFly 6 (@patternfly/react-core
 * + @patternfly/react-templates), the way the PatternFly docs compose a form: Form / FormGroup
 * (label `for` the fieldId, required asterisk), FormHelperText + HelperText, TextInput, a
 * TypeaheadSelect (text input role=combobox inside a MenuToggle, options in a Menu appended inline)
 * for the country, SimpleSelects (button MenuToggle, options only while open) for the state,
 * experience range and "how did you hear", a native FormSelect for education, inline Radios, a
 * DatePicker (yyyy-MM-dd), a FileUpload for the resume (read-only filename box, hidden dropzone
 * input behind "Upload"), a text FileUpload whose textarea takes the cover letter typed or from a
 * file, a Checkbox consent and a Switch for job alerts; a Masthead with a SearchInput. State is
 * held in useState and rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@patternfly/react-core/dist/styles/base.css';
import {
  ActionGroup,
  Button,
  Checkbox,
  DatePicker,
  FileUpload,
  Form,
  FormGroup,
  FormHelperText,
  FormSection,
  FormSelect,
  FormSelectOption,
  Grid,
  GridItem,
  HelperText,
  HelperTextItem,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  PageSection,
  Radio,
  SearchInput,
  Switch,
  TextArea,
  TextInput,
  Title,
} from '@patternfly/react-core';
import { SimpleSelect, TypeaheadSelect } from '@patternfly/react-templates';
import countries from 'world-countries';

const COUNTRY_OPTIONS = countries
  .map((country) => ({ value: country.cca2, content: country.name.common }))
  .sort((a, b) => a.content.localeCompare(b.content));

const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia',
  'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];

const EXPERIENCE = ['Less than 2 years', '2-4 years', '5-7 years', '8-10 years', 'More than 10 years'];
const EDUCATION = [
  ['', 'Select your highest level of education'],
  ['hs', 'High school diploma or equivalent'],
  ['assoc', "Associate's degree"],
  ['ba', "Bachelor's degree"],
  ['ma', "Master's degree"],
  ['phd', 'Doctorate (PhD)'],
  ['other', 'Other'],
];
const SOURCES = ['LinkedIn', 'Corvane careers site', 'Employee referral', 'Conference or meetup', 'Open source community', 'Other'];
const VETERAN = [
  ['', 'Choose an option'],
  ['not', 'I am not a protected veteran'],
  ['protected', 'I identify as one or more of the classifications of protected veteran'],
  ['decline', "I don't wish to answer"],
];

const INITIAL = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  country: null,
  city: '',
  state: null,
  postalCode: '',
  linkedin: '',
  github: '',
  employer: '',
  jobTitle: '',
  experience: null,
  education: '',
  school: '',
  authorized: null,
  sponsorship: null,
  startDate: '',
  resume: null,
  coverLetter: '',
  coverLetterFile: null,
  source: null,
  oncall: null,
  edgePlatforms: '',
  referrer: '',
  veteran: '',
  privacy: false,
  jobAlerts: false,
};

function Helper({ children }) {
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem>{children}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

function Header() {
  const [query, setQuery] = useState('');
  return (
    <Masthead>
      <MastheadMain>
        <MastheadBrand>
          <strong style={{ color: '#fff', fontSize: 18 }}>corvane</strong>
          <span style={{ color: '#c7c7c7', marginLeft: 8 }}>Jobs</span>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <SearchInput
          aria-label="Search jobs"
          placeholder="Search jobs by keyword or location"
          value={query}
          onChange={(_event, value) => setQuery(value)}
          onClear={() => setQuery('')}
          style={{ width: 360 }}
        />
      </MastheadContent>
    </Masthead>
  );
}

function Application() {
  const [values, setValues] = useState(INITIAL);
  const [sent, setSent] = useState(false);
  const [resumeName, setResumeName] = useState('');
  const [coverName, setCoverName] = useState('');
  const set = (key) => (_event, value) => setValues((current) => ({ ...current, [key]: value }));
  const setValue = (key, value) => setValues((current) => ({ ...current, [key]: value }));

  if (sent) {
    return (
      <PageSection id="submitted">
        <Title headingLevel="h2">Thank you for applying</Title>
        <p>Your application for Platform Engineer, Edge Fleet Management was received.</p>
      </PageSection>
    );
  }

  const shown = { ...values, resume: values.resume ? values.resume.name : null, coverLetterFile: values.coverLetterFile ? values.coverLetterFile.name : null };

  return (
    <PageSection>
      <div style={{ maxWidth: 880, margin: '0 auto' }}>
        <Title headingLevel="h2" size="xl" style={{ marginBottom: 16 }}>
          Apply for this job
        </Title>
        <Form
          id="application-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!values.privacy) return;
            setSent(true);
          }}
        >
          <FormSection title="Personal information" titleElement="h3">
            <Grid hasGutter md={6}>
              <GridItem>
                <FormGroup label="First name" isRequired fieldId="candidate-first-name">
                  <TextInput isRequired id="candidate-first-name" name="candidate-first-name" value={values.firstName} onChange={set('firstName')} />
                </FormGroup>
              </GridItem>
              <GridItem>
                <FormGroup label="Last name" isRequired fieldId="candidate-last-name">
                  <TextInput isRequired id="candidate-last-name" name="candidate-last-name" value={values.lastName} onChange={set('lastName')} />
                </FormGroup>
              </GridItem>
            </Grid>
            <FormGroup label="Email" isRequired fieldId="candidate-email">
              <TextInput isRequired type="email" id="candidate-email" name="candidate-email" value={values.email} onChange={set('email')} />
            </FormGroup>
            <FormGroup label="Phone number" isRequired fieldId="candidate-phone">
              <TextInput isRequired type="tel" id="candidate-phone" name="candidate-phone" value={values.phone} onChange={set('phone')} aria-describedby="candidate-phone-helper" />
              <FormHelperText>
                <HelperText id="candidate-phone-helper">
                  <HelperTextItem>Include your country code, for example +1 919 555 0100.</HelperTextItem>
                </HelperText>
              </FormHelperText>
            </FormGroup>
            <FormGroup label="Country" isRequired fieldId="candidate-country">
              <TypeaheadSelect
                id="candidate-country-select"
                initialOptions={COUNTRY_OPTIONS.map((option) => ({ ...option, selected: option.value === values.country }))}
                placeholder="Select a country"
                noOptionsFoundMessage={(filter) => `No country was found for "${filter}"`}
                onSelect={(_event, selection) => setValue('country', selection)}
                onClearSelection={() => setValue('country', null)}
                toggleProps={{ id: 'candidate-country' }}
                toggleWidth="100%"
              />
            </FormGroup>
            <Grid hasGutter md={4}>
              <GridItem>
                <FormGroup label="City" isRequired fieldId="candidate-city">
                  <TextInput isRequired id="candidate-city" name="candidate-city" value={values.city} onChange={set('city')} />
                </FormGroup>
              </GridItem>
              <GridItem>
                <FormGroup label="State/Province" fieldId="candidate-state">
                  <SimpleSelect
                    initialOptions={STATES.map((state) => ({ value: state, content: state, selected: state === values.state }))}
                    placeholder="Select a state"
                    onSelect={(_event, selection) => setValue('state', selection)}
                    toggleProps={{ id: 'candidate-state' }}
                    toggleWidth="100%"
                    maxMenuHeight="260px"
                    isScrollable
                  />
                </FormGroup>
              </GridItem>
              <GridItem>
                <FormGroup label="Postal code" fieldId="candidate-postal-code">
                  <TextInput id="candidate-postal-code" name="candidate-postal-code" value={values.postalCode} onChange={set('postalCode')} />
                </FormGroup>
              </GridItem>
            </Grid>
          </FormSection>

          <FormSection title="Experience" titleElement="h3">
            <FormGroup label="LinkedIn profile URL" fieldId="candidate-linkedin">
              <TextInput type="url" id="candidate-linkedin" name="candidate-linkedin" value={values.linkedin} onChange={set('linkedin')} />
            </FormGroup>
            <FormGroup label="GitHub or GitLab profile" fieldId="candidate-github">
              <TextInput type="url" id="candidate-github" name="candidate-github" value={values.github} onChange={set('github')} />
              <Helper>Upstream contributions are a plus but not required.</Helper>
            </FormGroup>
            <Grid hasGutter md={6}>
              <GridItem>
                <FormGroup label="Current employer" fieldId="candidate-employer">
                  <TextInput id="candidate-employer" name="candidate-employer" value={values.employer} onChange={set('employer')} />
                </FormGroup>
              </GridItem>
              <GridItem>
                <FormGroup label="Current job title" fieldId="candidate-job-title">
                  <TextInput id="candidate-job-title" name="candidate-job-title" value={values.jobTitle} onChange={set('jobTitle')} />
                </FormGroup>
              </GridItem>
            </Grid>
            <FormGroup label="Years of relevant professional experience" isRequired fieldId="candidate-experience">
              <SimpleSelect
                initialOptions={EXPERIENCE.map((range) => ({ value: range, content: range, selected: range === values.experience }))}
                placeholder="Select a range"
                onSelect={(_event, selection) => setValue('experience', selection)}
                toggleProps={{ id: 'candidate-experience' }}
                toggleWidth="320px"
              />
            </FormGroup>
            <FormGroup label="Highest level of education completed" fieldId="candidate-education">
              <FormSelect id="candidate-education" name="candidate-education" value={values.education} onChange={set('education')} aria-label="Highest level of education completed">
                {EDUCATION.map(([value, label]) => (
                  <FormSelectOption key={value} value={value} label={label} isPlaceholder={value === ''} />
                ))}
              </FormSelect>
            </FormGroup>
            <FormGroup label="School or university" fieldId="candidate-school">
              <TextInput id="candidate-school" name="candidate-school" value={values.school} onChange={set('school')} />
            </FormGroup>
          </FormSection>

          <FormSection title="Eligibility" titleElement="h3">
            <FormGroup role="radiogroup" isInline fieldId="authorized" label="Are you legally authorized to work in the United States?" isRequired>
              <Radio id="authorized-yes" name="authorized" label="Yes" isChecked={values.authorized === 'yes'} onChange={() => setValue('authorized', 'yes')} />
              <Radio id="authorized-no" name="authorized" label="No" isChecked={values.authorized === 'no'} onChange={() => setValue('authorized', 'no')} />
            </FormGroup>
            <FormGroup
              role="radiogroup"
              isInline
              fieldId="sponsorship"
              label="Will you now or in the future require Corvane to sponsor an immigration case in order to employ you?"
              isRequired
            >
              <Radio id="sponsorship-yes" name="sponsorship" label="Yes" isChecked={values.sponsorship === 'yes'} onChange={() => setValue('sponsorship', 'yes')} />
              <Radio id="sponsorship-no" name="sponsorship" label="No" isChecked={values.sponsorship === 'no'} onChange={() => setValue('sponsorship', 'no')} />
            </FormGroup>
            <FormGroup label="Earliest available start date" fieldId="candidate-start-date">
              <DatePicker
                value={values.startDate}
                onChange={(_event, value) => setValue('startDate', value)}
                inputProps={{ id: 'candidate-start-date', name: 'candidate-start-date' }}
                appendTo="inline"
              />
            </FormGroup>
          </FormSection>

          <FormSection title="Documents" titleElement="h3">
            <FormGroup label="Resume/CV" isRequired fieldId="resume-upload">
              <FileUpload
                id="resume-upload"
                value={values.resume ?? ''}
                filename={resumeName}
                filenamePlaceholder="Drag and drop a file or upload one"
                browseButtonText="Upload"
                onFileInputChange={(_event, file) => {
                  setResumeName(file.name);
                  setValue('resume', file);
                }}
                onClearClick={() => {
                  setResumeName('');
                  setValue('resume', null);
                }}
                hideDefaultPreview
                dropzoneProps={{ accept: { 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] } }}
              />
              <Helper>PDF or Word, 10 MB maximum.</Helper>
            </FormGroup>
            <FormGroup label="Cover letter" fieldId="cover-letter">
              <FileUpload
                id="cover-letter"
                type="text"
                value={values.coverLetter}
                filename={coverName}
                filenamePlaceholder="Drag and drop a .txt file or upload one"
                browseButtonText="Upload"
                allowEditingUploadedText
                onFileInputChange={(_event, file) => {
                  setCoverName(file.name);
                  setValue('coverLetterFile', file);
                }}
                onDataChange={(_event, data) => setValue('coverLetter', data)}
                onTextChange={(_event, text) => setValue('coverLetter', text)}
                onClearClick={() => {
                  setCoverName('');
                  setValues((current) => ({ ...current, coverLetter: '', coverLetterFile: null }));
                }}
                dropzoneProps={{ accept: { 'text/plain': ['.txt'] } }}
              />
              <Helper>Optional. Type it in the box or upload a plain-text file.</Helper>
            </FormGroup>
          </FormSection>

          <FormSection title="A few more questions" titleElement="h3">
            <FormGroup label="How did you hear about this position?" fieldId="candidate-source">
              <SimpleSelect
                initialOptions={SOURCES.map((source) => ({ value: source, content: source, selected: source === values.source }))}
                placeholder="Select an option"
                onSelect={(_event, selection) => setValue('source', selection)}
                toggleProps={{ id: 'candidate-source' }}
                toggleWidth="320px"
              />
            </FormGroup>
            <FormGroup role="radiogroup" isInline fieldId="oncall" label="This role includes an on-call rotation one week in six. Are you able to participate?">
              <Radio id="oncall-yes" name="oncall" label="Yes" isChecked={values.oncall === 'yes'} onChange={() => setValue('oncall', 'yes')} />
              <Radio id="oncall-no" name="oncall" label="No" isChecked={values.oncall === 'no'} onChange={() => setValue('oncall', 'no')} />
            </FormGroup>
            <FormGroup label="Which edge or IoT platforms have you operated in production?" fieldId="candidate-edge-platforms">
              <TextArea id="candidate-edge-platforms" name="candidate-edge-platforms" value={values.edgePlatforms} onChange={set('edgePlatforms')} resizeOrientation="vertical" />
            </FormGroup>
            <FormGroup label="If an employee referred you, enter their name" fieldId="candidate-referrer">
              <TextInput id="candidate-referrer" name="candidate-referrer" value={values.referrer} onChange={set('referrer')} />
            </FormGroup>
            <FormGroup label="Veteran status (voluntary)" fieldId="candidate-veteran">
              <FormSelect id="candidate-veteran" name="candidate-veteran" value={values.veteran} onChange={set('veteran')}>
                {VETERAN.map(([value, label]) => (
                  <FormSelectOption key={value} value={value} label={label} isPlaceholder={value === ''} />
                ))}
              </FormSelect>
            </FormGroup>
            <FormGroup fieldId="privacy">
              <Checkbox
                id="privacy"
                name="privacy"
                isRequired
                isChecked={values.privacy}
                onChange={(_event, checked) => setValue('privacy', checked)}
                label="I have read the Corvane Applicant Privacy Notice and consent to the processing of my data for recruiting."
              />
            </FormGroup>
            <FormGroup fieldId="job-alerts">
              <Switch
                id="job-alerts"
                label="Email me about similar jobs at Corvane"
                isChecked={values.jobAlerts}
                onChange={(_event, checked) => setValue('jobAlerts', checked)}
              />
            </FormGroup>
          </FormSection>

          <ActionGroup>
            <Button type="submit" variant="primary" id="submit-application">
              Submit application
            </Button>
            <Button variant="link">Cancel</Button>
          </ActionGroup>
        </Form>
        <pre id="model">{JSON.stringify(shown)}</pre>
      </div>
    </PageSection>
  );
}

createRoot(document.getElementById('masthead')).render(<Header />);
createRoot(document.getElementById('root')).render(<Application />);
