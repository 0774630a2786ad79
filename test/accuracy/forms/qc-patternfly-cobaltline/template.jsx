/**
 * An open-source hybrid-cloud company's careers site whose apply page is built on PatternFly 6
 * (`@patternfly/react-core`, the design system its own console uses) with react-hook-form
 * Controllers, the way the PatternFly docs build a form: Masthead with a SearchInput, Form /
 * FormSection / FormGroup (label `for` the fieldId, helper text under the control), TextInput,
 * a **typeahead Select** for the country (MenuToggle variant="typeahead" around a
 * TextInputGroupMain whose input keeps PatternFly's default aria-label "Type to filter", the
 * SelectList in a popper), FormSelect (native select) for the state, currency and EEO questions,
 * Radio groups, a **DatePicker** with the docs' American `MM/DD/YYYY` format, a **FileUpload**
 * (read-only filename box + "Upload" / "Clear" buttons, the file input hidden by react-dropzone),
 * TextArea, Checkbox. Posting questions come from the posting's config (`q_<id>` keys).
 * The react-hook-form values are written into <pre id="model">.
 */
import { useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import '@patternfly/react-core/dist/styles/base.css';
import {
  ActionGroup,
  Alert,
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
  HelperText,
  HelperTextItem,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  MenuToggle,
  PageSection,
  Radio,
  SearchInput,
  Select,
  SelectList,
  SelectOption,
  TextArea,
  TextInput,
  TextInputGroup,
  TextInputGroupMain,
} from '@patternfly/react-core';

const COUNTRIES = [
  'Argentina', 'Australia', 'Austria', 'Belgium', 'Brazil', 'Canada', 'Chile', 'China', 'Czechia', 'Denmark', 'Finland',
  'France', 'Germany', 'India', 'Ireland', 'Israel', 'Italy', 'Japan', 'Mexico', 'Netherlands', 'New Zealand', 'Poland',
  'Portugal', 'Singapore', 'South Korea', 'Spain', 'Sweden', 'Switzerland', 'United Arab Emirates', 'United Kingdom',
  'United States', 'United States Minor Outlying Islands', 'Uruguay',
];
const STATES = [
  ['', 'Select state / province'], ['AL', 'Alabama'], ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'],
  ['FL', 'Florida'], ['GA', 'Georgia'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['NY', 'New York'],
  ['NC', 'North Carolina'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington'], ['ON', 'Ontario'],
  ['QC', 'Quebec'], ['BC', 'British Columbia'], ['XX', 'Other / not applicable'],
];
const CURRENCIES = [['', 'Currency'], ['USD', 'USD'], ['CAD', 'CAD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['INR', 'INR']];
const HEARD = [['', 'Please select'], ['site', 'Cobaltline careers site'], ['linkedin', 'LinkedIn'], ['referral', 'Employee referral'], ['event', 'Conference or meetup'], ['upstream', 'Open source community'], ['other', 'Other']];
const GENDER = [['', 'Select'], ['f', 'Woman'], ['m', 'Man'], ['nb', 'Non-binary'], ['self', 'I prefer to self-describe'], ['na', 'I prefer not to say']];
const ETHNICITY = [['', 'Select'], ['hl', 'Hispanic or Latino'], ['w', 'White'], ['b', 'Black or African American'], ['a', 'Asian'], ['aian', 'American Indian or Alaska Native'], ['nhpi', 'Native Hawaiian or Other Pacific Islander'], ['two', 'Two or more races'], ['na', 'I prefer not to say']];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to say'];

const americanFormat = (date) => date.toLocaleDateString('en-US', { year: 'numeric', month: '2-digit', day: '2-digit' });
const americanParse = (value) => (/^\d{2}\/\d{2}\/\d{4}$/.test(value) ? new Date(`${value.slice(6)}-${value.slice(0, 2)}-${value.slice(3, 5)}T00:00:00`) : new Date(NaN));

function CountryTypeahead({ value, onChange }) {
  const [isOpen, setIsOpen] = useState(false);
  const [inputValue, setInputValue] = useState(value || '');
  const [filter, setFilter] = useState('');
  const textRef = useRef(null);
  const options = useMemo(
    () => COUNTRIES.filter((name) => name.toLowerCase().includes(filter.toLowerCase())),
    [filter],
  );
  const close = () => {
    setIsOpen(false);
    setFilter('');
    setInputValue(value || '');
  };
  const toggle = (toggleRef) => (
    <MenuToggle ref={toggleRef} variant="typeahead" onClick={() => setIsOpen(!isOpen)} isExpanded={isOpen} isFullWidth>
      <TextInputGroup isPlain>
        <TextInputGroupMain
          value={inputValue}
          onClick={() => setIsOpen(true)}
          onChange={(_event, text) => {
            setInputValue(text);
            setFilter(text);
            setIsOpen(true);
          }}
          inputId="country"
          autoComplete="off"
          innerRef={textRef}
          placeholder="Select a country"
          role="combobox"
          isExpanded={isOpen}
          aria-controls="country-listbox"
        />
      </TextInputGroup>
    </MenuToggle>
  );
  return (
    <Select
      id="country-select"
      isOpen={isOpen}
      selected={value}
      onSelect={(_event, selection) => {
        onChange(selection);
        setInputValue(selection);
        setFilter('');
        setIsOpen(false);
      }}
      onOpenChange={(open) => !open && close()}
      toggle={toggle}
    >
      <SelectList id="country-listbox">
        {options.length === 0 ? (
          <SelectOption isDisabled value="__none">No results found for "{filter}"</SelectOption>
        ) : (
          options.map((name) => (
            <SelectOption key={name} value={name}>
              {name}
            </SelectOption>
          ))
        )}
      </SelectList>
    </Select>
  );
}

function Helper({ children }) {
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem>{children}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

function PostingQuestion({ q, control }) {
  return (
    <Controller
      name={q.key}
      control={control}
      render={({ field }) => {
        if (q.type === 'radio') {
          return (
            <FormGroup role="radiogroup" isInline={q.inline} fieldId={q.key} label={q.label} isStack={!q.inline}>
              {q.options.map((option, index) => (
                <Radio
                  key={option}
                  id={`${q.key}-${index}`}
                  name={q.key}
                  label={option}
                  isChecked={field.value === option}
                  onChange={() => field.onChange(option)}
                />
              ))}
            </FormGroup>
          );
        }
        if (q.type === 'select') {
          return (
            <FormGroup label={q.label} fieldId={q.key}>
              <FormSelect id={q.key} value={field.value} onChange={(_event, value) => field.onChange(value)} aria-label={q.label}>
                {q.options.map(([value, text]) => (
                  <FormSelectOption key={value} value={value} label={text} isPlaceholder={value === ''} />
                ))}
              </FormSelect>
            </FormGroup>
          );
        }
        if (q.type === 'check') {
          return (
            <FormGroup fieldId={q.key}>
              <Checkbox id={q.key} label={q.label} isChecked={!!field.value} onChange={(_event, checked) => field.onChange(checked)} />
            </FormGroup>
          );
        }
        if (q.type === 'textarea') {
          return (
            <FormGroup label={q.label} fieldId={q.key}>
              <TextArea id={q.key} value={field.value} onChange={(_event, value) => field.onChange(value)} resizeOrientation="vertical" />
            </FormGroup>
          );
        }
        return (
          <FormGroup label={q.label} fieldId={q.key}>
            <TextInput id={q.key} type="text" value={field.value} onChange={(_event, value) => field.onChange(value)} />
            {q.help && <Helper>{q.help}</Helper>}
          </FormGroup>
        );
      }}
    />
  );
}

function Application({ posting }) {
  const defaults = {
    firstName: '', lastName: '', preferredName: '', email: '', phone: '', country: '', city: '', state: '', postalCode: '',
    linkedin: '', github: '', website: '', employer: '', jobTitle: '', startDate: '', salary: '', currency: '',
    resumeName: '', coverLetter: '', heardFrom: '', referrer: '', gender: '', ethnicity: '', veteran: '',
    futureOpenings: false, privacy: false,
  };
  for (const q of posting.questions) defaults[q.key] = q.type === 'check' ? false : q.type === 'select' ? '' : '';
  const { control, watch, handleSubmit, setValue } = useForm({ defaultValues: defaults });
  const values = watch();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const [search, setSearch] = useState('');

  const onSubmit = (data) => {
    if (!data.privacy) {
      setError('Please accept the privacy statement to submit your application.');
      return;
    }
    setError('');
    setSent(true);
  };

  const text = (name, label, props = {}, help) => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <FormGroup label={label} fieldId={name} isRequired={props.isRequired}>
          <TextInput id={name} name={name} value={field.value} onChange={(_event, value) => field.onChange(value)} onBlur={field.onBlur} {...props} />
          {help && <Helper>{help}</Helper>}
        </FormGroup>
      )}
    />
  );
  const select = (name, label, options) => (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <FormGroup label={label} fieldId={name}>
          <FormSelect id={name} name={name} value={field.value} onChange={(_event, value) => field.onChange(value)}>
            {options.map(([value, optionLabel]) => (
              <FormSelectOption key={value} value={value} label={optionLabel} isPlaceholder={value === ''} />
            ))}
          </FormSelect>
        </FormGroup>
      )}
    />
  );

  if (sent) {
    return (
      <PageSection>
        <div id="application-sent">Thanks, your application for {posting.title} was received.</div>
      </PageSection>
    );
  }

  return (
    <>
      <Masthead>
        <MastheadMain>
          <MastheadBrand>
            <strong style={{ color: '#fff', fontSize: 20 }}>Cobaltline Careers</strong>
          </MastheadBrand>
        </MastheadMain>
        <MastheadContent>
          <div style={{ width: 320 }}>
            <SearchInput id="job-search" placeholder="Search jobs" value={search} onChange={(_event, value) => setSearch(value)} onClear={() => setSearch('')} />
          </div>
        </MastheadContent>
      </Masthead>
      <PageSection style={{ maxWidth: 960, margin: '0 auto' }}>
        <div className="job-head">
          <h1>{posting.title}</h1>
          <p className="job-meta">{posting.team} · {posting.where} · Job ID {posting.jobId}</p>
          <p>{posting.blurb}</p>
        </div>
        <Form id="apply-form" onSubmit={handleSubmit(onSubmit)} noValidate>
          <FormSection title="Personal information" titleElement="h2">
            <div className="pair">
              {text('firstName', 'First name', { isRequired: true, autoComplete: 'off' })}
              {text('lastName', 'Last name', { isRequired: true, autoComplete: 'off' })}
            </div>
            {text('preferredName', 'Preferred name (optional)', {}, 'Only if different from your first name.')}
            <div className="pair">
              {text('email', 'Email address', { isRequired: true, type: 'email' })}
              {text('phone', 'Phone number', { type: 'tel' }, 'Include your country code, for example +1 919 555 0100.')}
            </div>
            <Controller
              name="country"
              control={control}
              render={({ field }) => (
                <FormGroup label="Country of residence" fieldId="country" isRequired>
                  <CountryTypeahead value={field.value} onChange={field.onChange} />
                </FormGroup>
              )}
            />
            <div className="pair3">
              {text('city', 'City')}
              {select('state', 'State / Province', STATES)}
              {text('postalCode', 'ZIP / Postal code')}
            </div>
          </FormSection>

          <FormSection title="Profiles" titleElement="h2">
            {text('linkedin', 'LinkedIn profile', { type: 'url' })}
            <div className="pair">
              {text('github', 'GitHub or GitLab profile', { type: 'url' })}
              {text('website', 'Personal website or blog', { type: 'url' })}
            </div>
          </FormSection>

          <FormSection title="Experience" titleElement="h2">
            <div className="pair">
              {text('employer', 'Current or most recent employer')}
              {text('jobTitle', 'Current or most recent job title')}
            </div>
            {posting.questions.map((q) => (
              <PostingQuestion key={q.key} q={q} control={control} />
            ))}
          </FormSection>

          <FormSection title="Availability and compensation" titleElement="h2">
            <Controller
              name="startDate"
              control={control}
              render={({ field }) => (
                <FormGroup label="Earliest start date" fieldId="startDate">
                  <DatePicker
                    value={field.value}
                    placeholder="MM/DD/YYYY"
                    dateFormat={americanFormat}
                    dateParse={americanParse}
                    onChange={(_event, value) => field.onChange(value)}
                    inputProps={{ id: 'startDate', name: 'startDate' }}
                  />
                </FormGroup>
              )}
            />
            <div className="pair">
              {text('salary', 'Desired annual base salary', { type: 'number', min: 0 }, 'Whole numbers only, no commas.')}
              {select('currency', 'Salary currency', CURRENCIES)}
            </div>
          </FormSection>

          <FormSection title="Resume and cover letter" titleElement="h2">
            <FormGroup label="Resume / CV" fieldId="resume" isRequired>
              <div id="resume-upload">
                <FileUpload
                  id="resume"
                  filename={values.resumeName}
                  filenamePlaceholder="Drag and drop a file or upload one"
                  browseButtonText="Upload"
                  hideDefaultPreview
                  dropzoneProps={{ accept: { 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] } }}
                  onFileInputChange={(_event, file) => setValue('resumeName', file.name)}
                  onClearClick={() => setValue('resumeName', '')}
                />
              </div>
              <Helper>PDF or Word, up to 5 MB.</Helper>
            </FormGroup>
            <Controller
              name="coverLetter"
              control={control}
              render={({ field }) => (
                <FormGroup label="Cover letter" fieldId="coverLetter">
                  <TextArea id="coverLetter" name="coverLetter" value={field.value} onChange={(_event, value) => field.onChange(value)} rows={6} resizeOrientation="vertical" />
                  <Helper>Paste your cover letter here (optional).</Helper>
                </FormGroup>
              )}
            />
          </FormSection>

          <FormSection title="A few more things" titleElement="h2">
            {select('heardFrom', 'How did you hear about this job?', HEARD)}
            {text('referrer', 'If an employee referred you, who?')}
          </FormSection>

          <FormSection title="Voluntary self-identification (US)" titleElement="h2">
            <p style={{ color: '#6a6e73' }}>Answering is voluntary and will not affect your application.</p>
            <div className="pair">
              {select('gender', 'Gender', GENDER)}
              {select('ethnicity', 'Race / ethnicity', ETHNICITY)}
            </div>
            <Controller
              name="veteran"
              control={control}
              render={({ field }) => (
                <FormGroup role="radiogroup" fieldId="veteran" label="Veteran status" isStack>
                  {VETERAN.map((option, index) => (
                    <Radio key={option} id={`veteran-${index}`} name="veteran" label={option} isChecked={field.value === option} onChange={() => field.onChange(option)} />
                  ))}
                </FormGroup>
              )}
            />
          </FormSection>

          <FormSection title="Consent" titleElement="h2">
            <Controller
              name="futureOpenings"
              control={control}
              render={({ field }) => (
                <Checkbox id="futureOpenings" label="Email me about future openings that match my profile" isChecked={field.value} onChange={(_event, checked) => field.onChange(checked)} />
              )}
            />
            <Controller
              name="privacy"
              control={control}
              render={({ field }) => (
                <Checkbox id="privacy" isRequired label="I have read the Cobaltline candidate privacy statement and agree to the processing of my data." isChecked={field.value} onChange={(_event, checked) => field.onChange(checked)} />
              )}
            />
          </FormSection>
          {error && <Alert variant="danger" isInline title={error} />}
          <ActionGroup>
            <Button type="submit" variant="primary" id="submit-application">Submit application</Button>
          </ActionGroup>
        </Form>
      </PageSection>
      <pre id="model">{JSON.stringify(values, null, 1)}</pre>
    </>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
