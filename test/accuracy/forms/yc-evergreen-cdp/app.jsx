/**
 * A customer-data-platform startup's careers page on Evergreen (Segment's React UI kit, v7), state
 * in useState: TextInputFields (label `for` an `evergreen-...` generated id, description and hint
 * texts, a required asterisk), a SelectMenu (a Button opening a filterable option list in a
 * Popover; no form control) for the country code and for the experience range, a Combobox (text
 * input + toggle button, autocomplete list) for the location, a native SelectField for the degree,
 * RadioGroups (Evergreen radios: native inputs in labels), a TextInputField for the start date with
 * a format description, a FileUploader (drop zone with a hidden input; after a file is accepted the
 * zone is replaced by a FileCard), TextareaFields, a TagInput of skills, a Switch and a Checkbox;
 * a header SearchInput. Values go into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  Checkbox,
  Combobox,
  FileCard,
  FileUploader,
  FormField,
  Heading,
  Pane,
  Paragraph,
  RadioGroup,
  SearchInput,
  SelectField,
  SelectMenu,
  Switch,
  TagInput,
  Text,
  TextareaField,
  TextInputField,
} from 'evergreen-ui';

const DIAL_CODES = [
  { label: 'Canada (+1)', value: 'CA' },
  { label: 'United States (+1)', value: 'US' },
  { label: 'Mexico (+52)', value: 'MX' },
  { label: 'United Kingdom (+44)', value: 'GB' },
  { label: 'Ireland (+353)', value: 'IE' },
  { label: 'Germany (+49)', value: 'DE' },
  { label: 'India (+91)', value: 'IN' },
  { label: 'Australia (+61)', value: 'AU' },
];
const LOCATIONS = [
  'Austin, Texas',
  'Boston, Massachusetts',
  'Denver, Colorado',
  'Los Angeles, California',
  'New York, New York',
  'Oakland, California',
  'Portland, Oregon',
  'San Francisco, California',
  'Seattle, Washington',
  'Vancouver, British Columbia',
  'Remote — elsewhere in the US',
];
const EXPERIENCE = ['0-2 years', '3-4 years', '5-7 years', '8-10 years', '11+ years'];

const INITIAL = {
  firstName: '',
  lastName: '',
  email: '',
  dialCode: null,
  phone: '',
  location: null,
  linkedin: '',
  github: '',
  employer: '',
  title: '',
  experience: null,
  degree: '',
  school: '',
  authorized: '',
  sponsorship: '',
  startDate: '',
  salary: '',
  skills: [],
  resume: null,
  coverLetter: '',
  favoriteTool: '',
  relocate: false,
  terms: false,
};

function Application() {
  const [values, setValues] = useState(INITIAL);
  const [files, setFiles] = useState([]);
  const [sent, setSent] = useState(false);
  const set = (key) => (event) => setValues((current) => ({ ...current, [key]: event.target.value }));
  const setValue = (key, value) => setValues((current) => ({ ...current, [key]: value }));

  if (sent) {
    return (
      <Pane id="done" padding={24} background="greenTint" borderRadius={8}>
        <Heading size={600}>Application sent</Heading>
        <Paragraph marginTop={8}>Thanks! The Tidepool recruiting team will be in touch.</Paragraph>
      </Pane>
    );
  }

  const dial = DIAL_CODES.find((code) => code.value === values.dialCode);

  return (
    <form
      id="application"
      onSubmit={(event) => {
        event.preventDefault();
        setSent(true);
      }}
    >
      <Pane display="flex" gap={16}>
        <TextInputField flex={1} label="First name" required name="first_name" value={values.firstName} onChange={set('firstName')} />
        <TextInputField flex={1} label="Last name" required name="last_name" value={values.lastName} onChange={set('lastName')} />
      </Pane>
      <TextInputField label="Email" required type="email" name="email" value={values.email} onChange={set('email')} />
      <Pane display="flex" gap={8} alignItems="flex-end" marginBottom={24}>
        <FormField label="Country code" labelFor="dial-code-button">
          <SelectMenu
            title="Country code"
            options={DIAL_CODES}
            selected={values.dialCode}
            onSelect={(item) => setValue('dialCode', item.value)}
            filterPlaceholder="Search countries"
            closeOnSelect
          >
            <Button type="button" id="dial-code-button" width={200} justifyContent="space-between">
              {dial ? dial.label : 'Select…'}
            </Button>
          </SelectMenu>
        </FormField>
        <TextInputField flex={1} marginBottom={0} label="Phone number" type="tel" name="phone" value={values.phone} onChange={set('phone')} />
      </Pane>
      <FormField label="Location" description="Where do you live today?" marginBottom={24} labelFor="location-input">
        <Combobox
          id="location-combobox"
          width="100%"
          items={LOCATIONS}
          selectedItem={values.location}
          onChange={(selected) => setValue('location', selected)}
          placeholder="Choose a city"
          inputProps={{ id: 'location-input', name: 'location' }}
        />
      </FormField>
      <Pane display="flex" gap={16}>
        <TextInputField flex={1} label="LinkedIn" name="linkedin" placeholder="https://linkedin.com/in/…" value={values.linkedin} onChange={set('linkedin')} />
        <TextInputField flex={1} label="GitHub" name="github" placeholder="https://github.com/…" value={values.github} onChange={set('github')} />
      </Pane>
      <Pane display="flex" gap={16}>
        <TextInputField flex={1} label="Current employer" name="employer" value={values.employer} onChange={set('employer')} />
        <TextInputField flex={1} label="Current title" name="title" value={values.title} onChange={set('title')} />
      </Pane>
      <FormField label="Years of experience" description="Professional experience in data or software engineering" labelFor="experience-button" marginBottom={24}>
        <SelectMenu title="Years of experience" options={EXPERIENCE.map((label) => ({ label, value: label }))} selected={values.experience} hasFilter={false} height={220} onSelect={(item) => setValue('experience', item.value)} closeOnSelect>
          <Button type="button" id="experience-button" width={240} justifyContent="space-between">
            {values.experience ?? 'Select…'}
          </Button>
        </SelectMenu>
      </FormField>
      <Pane display="flex" gap={16}>
        <SelectField flex={1} label="Highest degree" name="degree" value={values.degree} onChange={set('degree')}>
          <option value="">Select…</option>
          <option value="HS">High School / GED</option>
          <option value="AA">Associate (AA/AS)</option>
          <option value="BA">Bachelor's (BA/BS)</option>
          <option value="MA">Master's (MA/MS/MBA)</option>
          <option value="PHD">Doctorate (PhD)</option>
        </SelectField>
        <TextInputField flex={1} label="School" name="school" value={values.school} onChange={set('school')} />
      </Pane>
      <RadioGroup
        label="Are you legally authorized to work in the United States?"
        size={16}
        value={values.authorized}
        options={[
          { label: 'Yes', value: 'yes' },
          { label: 'No', value: 'no' },
        ]}
        onChange={(event) => setValue('authorized', event.target.value)}
        marginBottom={24}
      />
      <RadioGroup
        label="Do you now or will you in the future require sponsorship for an employment visa?"
        size={16}
        value={values.sponsorship}
        options={[
          { label: 'Yes', value: 'yes' },
          { label: 'No', value: 'no' },
        ]}
        onChange={(event) => setValue('sponsorship', event.target.value)}
        marginBottom={24}
      />
      <Pane display="flex" gap={16}>
        <TextInputField flex={1} label="Earliest start date" description="MM/DD/YYYY" name="start_date" value={values.startDate} onChange={set('startDate')} />
        <TextInputField flex={1} label="Desired salary" description="Annual base in USD" name="desired_salary" value={values.salary} onChange={set('salary')} />
      </Pane>
      <FormField label="Skills" description="Press Enter after each one" marginBottom={24} labelFor="skills-input">
        <TagInput width="100%" inputProps={{ placeholder: 'Add skills…', id: 'skills-input' }} values={values.skills} onChange={(next) => setValue('skills', next)} />
      </FormField>
      <Pane marginBottom={24} id="resume-uploader">
        <FileUploader
          label="Resume"
          description="You can upload 1 file. PDF or Word, up to 10 MB."
          maxSizeInBytes={10 * 1024 ** 2}
          maxFiles={1}
          onChange={(accepted) => {
            setFiles(accepted);
            setValue('resume', accepted[0] ? accepted[0].name : null);
          }}
          onRejected={() => undefined}
          renderFile={(file) => (
            <FileCard
              key={file.name}
              name={file.name}
              onRemove={() => {
                setFiles([]);
                setValue('resume', null);
              }}
              sizeInBytes={file.size}
              type={file.type}
            />
          )}
          values={files}
        />
      </Pane>
      <TextareaField label="Cover letter" hint="Optional" name="cover_letter" value={values.coverLetter} onChange={set('coverLetter')} />
      <TextareaField label="What's a data tool you love, and why?" name="favorite_tool" value={values.favoriteTool} onChange={set('favoriteTool')} />
      <Pane display="flex" alignItems="center" gap={8} marginBottom={16}>
        <Switch id="relocate" checked={values.relocate} onChange={(event) => setValue('relocate', event.target.checked)} />
        <Text is="label" htmlFor="relocate">
          I'm open to relocating to San Francisco
        </Text>
      </Pane>
      <Checkbox
        name="terms"
        label="I agree to Tidepool's candidate privacy policy"
        checked={values.terms}
        onChange={(event) => setValue('terms', event.target.checked)}
      />
      <Button type="submit" appearance="primary" size="large" id="submit-application" marginTop={16}>
        Submit application
      </Button>
      <pre id="model">{JSON.stringify(values)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(
  <>
    <Pane display="flex" alignItems="center" paddingX={40} height={64} borderBottom background="white">
      <Heading size={600}>tidepool</Heading>
      <Text marginLeft={24}>Careers</Text>
      <Pane marginLeft="auto">
        <SearchInput placeholder="Search openings" name="search" />
      </Pane>
    </Pane>
    <Pane maxWidth={720} marginX="auto" marginTop={40} marginBottom={80} paddingX={16}>
      <Text color="muted">Engineering · San Francisco or Remote (US)</Text>
      <Heading size={800} marginTop={8}>
        Senior Data Engineer, Pipelines
      </Heading>
      <Paragraph marginTop={12} marginBottom={32}>
        Tidepool routes customer events from thousands of sources to hundreds of destinations. The Pipelines team owns the delivery layer and its warehouse syncs.
      </Paragraph>
      <Application />
    </Pane>
  </>,
);
