/**
 * A customer-service software company's careers page built with Zendesk Garden v9
 * (@zendeskgarden/react-forms, react-dropdowns, react-buttons, react-theming over
 * styled-components), state in react-hook-form Controllers: Field / Label / Hint (Garden wires
 * `for` and `aria-describedby` with generated ids), Inputs, a dial-code Combobox that is not
 * editable (a faux input with role=combobox, options in a listbox) preset to Ireland (+353), an
 * autocomplete Combobox for the location and a world-countries autocomplete for the country,
 * Tiles (radio cards with descriptions) for the seniority level, a non-editable education
 * Combobox, Radios in Fieldsets, a MediaInput with "$" and "USD", a FileUpload drop zone built with
 * react-dropzone plus a FileList, Textareas, a Toggle and a Checkbox; a header search. Form values
 * go into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { useDropzone } from 'react-dropzone';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { Button } from '@zendeskgarden/react-buttons';
import { Combobox, Field as DropdownField, Option } from '@zendeskgarden/react-dropdowns';
import { Checkbox, Field, Fieldset, File, FileList, FileUpload, Input, MediaInput, Radio, Textarea, Tiles, Toggle } from '@zendeskgarden/react-forms';
import countries from 'world-countries';

const DIAL_CODES = [
  { value: 'IE', label: 'Ireland (+353)' },
  { value: 'GB', label: 'United Kingdom (+44)' },
  { value: 'CA', label: 'Canada (+1)' },
  { value: 'US', label: 'United States (+1)' },
  { value: 'DE', label: 'Germany (+49)' },
  { value: 'FR', label: 'France (+33)' },
  { value: 'DK', label: 'Denmark (+45)' },
  { value: 'PH', label: 'Philippines (+63)' },
  { value: 'BR', label: 'Brazil (+55)' },
  { value: 'AU', label: 'Australia (+61)' },
];
const LOCATIONS = [
  'Austin, TX, United States',
  'Chicago, IL, United States',
  'Copenhagen, Denmark',
  'Dublin, Ireland',
  'London, United Kingdom',
  'Madison, WI, United States',
  'Manila, Philippines',
  'New York, NY, United States',
  'San Diego, CA, United States',
  'San Francisco, CA, United States',
  'San Jose, CA, United States',
  'Singapore',
  'São Paulo, Brazil',
];
const COUNTRY_NAMES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const EDUCATION = ['High school', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctoral degree', 'Other'];

function TypeaheadField({ label, hint, options, value, onChange, id, placeholder }) {
  const [input, setInput] = useState(value ?? '');
  const matching = input ? options.filter((option) => option.toLowerCase().includes(input.toLowerCase())) : options;
  return (
    <DropdownField>
      <DropdownField.Label>{label}</DropdownField.Label>
      {hint ? <DropdownField.Hint>{hint}</DropdownField.Hint> : null}
      <Combobox
        id={id}
        isAutocomplete
        inputValue={input}
        selectionValue={value}
        placeholder={placeholder}
        onChange={(changes) => {
          if (changes.inputValue !== undefined) setInput(changes.inputValue);
          if (changes.selectionValue !== undefined) onChange(changes.selectionValue);
        }}
      >
        {matching.length === 0 ? (
          <Option isDisabled label="" value="" tagProps={{}}>
            No matches found
          </Option>
        ) : (
          matching.slice(0, 50).map((option) => <Option key={option} value={option} />)
        )}
      </Combobox>
    </DropdownField>
  );
}

function ResumeUpload({ value, onChange }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    accept: { 'application/pdf': ['.pdf'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] },
    multiple: false,
    onDrop: (accepted) => accepted[0] && onChange(accepted[0].name),
  });
  return (
    <Field>
      <Field.Label>Resume</Field.Label>
      <Field.Hint>Accepted file types: PDF, DOCX</Field.Hint>
      <FileUpload {...getRootProps()} isDragging={isDragActive}>
        {isDragActive ? <span>Drop file here</span> : <span>Choose a file or drag and drop here</span>}
        <Input {...getInputProps()} name="resume" />
      </FileUpload>
      {value ? (
        <FileList>
          <FileList.Item>
            <File type="pdf" title={value} onRemove={() => onChange(null)}>
              {value}
            </File>
          </FileList.Item>
        </FileList>
      ) : null}
    </Field>
  );
}

function Application() {
  const [sent, setSent] = useState(false);
  const { control, handleSubmit, watch } = useForm({
    defaultValues: {
      fullName: '',
      preferredName: '',
      email: '',
      dialCode: 'IE',
      phone: '',
      location: null,
      country: null,
      linkedin: '',
      github: '',
      seniority: '',
      education: null,
      authorized: '',
      sponsorship: '',
      startDate: '',
      salary: '',
      resume: null,
      coverLetter: '',
      whyHelpwell: '',
      futureRoles: false,
      consent: false,
    },
  });
  const values = watch();

  if (sent) {
    return (
      <div id="confirmation">
        <h2>Application received</h2>
        <p>Thanks for applying. We will review your application and get back to you within 10 business days.</p>
      </div>
    );
  }

  const text = (name, label, props = {}) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Field>
          <Field.Label>{label}</Field.Label>
          {props.hint ? <Field.Hint>{props.hint}</Field.Hint> : null}
          <Input {...field} name={name} type={props.type ?? 'text'} placeholder={props.placeholder} isCompact={false} />
        </Field>
      )}
    />
  );

  return (
    <form id="application" onSubmit={handleSubmit(() => setSent(true))} noValidate>
      <div className="section">
        <h2>Personal details</h2>
        <div className="row">{text('fullName', 'Full name')}</div>
        <div className="row">{text('preferredName', 'Preferred name (optional)', { hint: 'If different from your full name' })}</div>
        <div className="row">{text('email', 'Email', { type: 'email' })}</div>
        <div className="row phone">
          <Controller
            control={control}
            name="dialCode"
            render={({ field }) => (
              <DropdownField>
                <DropdownField.Label>Country code</DropdownField.Label>
                <Combobox
                  id="dial-code"
                  isEditable={false}
                  selectionValue={field.value}
                  renderValue={({ selection }) => DIAL_CODES.find((code) => code.value === selection?.value)?.label ?? ''}
                  onChange={(changes) => changes.selectionValue !== undefined && field.onChange(changes.selectionValue)}
                >
                  {DIAL_CODES.map((code) => (
                    <Option key={code.value} value={code.value} label={code.label} />
                  ))}
                </Combobox>
              </DropdownField>
            )}
          />
          {text('phone', 'Phone number', { type: 'tel' })}
        </div>
        <div className="row">
          <Controller
            control={control}
            name="location"
            render={({ field }) => (
              <TypeaheadField
                id="location"
                label="Where are you based?"
                hint="Start typing your city"
                options={LOCATIONS}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        </div>
        <div className="row">
          <Controller
            control={control}
            name="country"
            render={({ field }) => <TypeaheadField id="country" label="Country of residence" options={COUNTRY_NAMES} value={field.value} onChange={field.onChange} />}
          />
        </div>
      </div>

      <div className="section">
        <h2>Experience</h2>
        <div className="row pair">
          {text('linkedin', 'LinkedIn profile')}
          {text('github', 'GitHub profile')}
        </div>
        <div className="row">
          <Controller
            control={control}
            name="seniority"
            render={({ field }) => (
              <Fieldset>
                <Fieldset.Legend>Which level best describes your experience?</Fieldset.Legend>
                <Tiles name="seniority" value={field.value} onChange={(event) => field.onChange(event.target.value)} isCentered={false}>
                  <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 12 }}>
                    <Tiles.Tile value="mid">
                      <Tiles.Label>Mid-level</Tiles.Label>
                      <Tiles.Description>3–5 years</Tiles.Description>
                    </Tiles.Tile>
                    <Tiles.Tile value="senior">
                      <Tiles.Label>Senior</Tiles.Label>
                      <Tiles.Description>6–9 years</Tiles.Description>
                    </Tiles.Tile>
                    <Tiles.Tile value="staff">
                      <Tiles.Label>Staff or above</Tiles.Label>
                      <Tiles.Description>10+ years</Tiles.Description>
                    </Tiles.Tile>
                  </div>
                </Tiles>
              </Fieldset>
            )}
          />
        </div>
        <div className="row">
          <Controller
            control={control}
            name="education"
            render={({ field }) => (
              <DropdownField>
                <DropdownField.Label>Highest level of education</DropdownField.Label>
                <Combobox
                  id="education"
                  isEditable={false}
                  placeholder="Select an option"
                  selectionValue={field.value}
                  onChange={(changes) => changes.selectionValue !== undefined && field.onChange(changes.selectionValue)}
                >
                  {EDUCATION.map((option) => (
                    <Option key={option} value={option} />
                  ))}
                </Combobox>
              </DropdownField>
            )}
          />
        </div>
      </div>

      <div className="section">
        <h2>Eligibility</h2>
        <div className="row">
          <Controller
            control={control}
            name="authorized"
            render={({ field }) => (
              <Fieldset>
                <Fieldset.Legend>Are you legally authorized to work in the United States?</Fieldset.Legend>
                {['Yes', 'No'].map((option) => (
                  <Field key={option}>
                    <Radio name="authorized" value={option} checked={field.value === option} onChange={(event) => field.onChange(event.target.value)}>
                      <Field.Label>{option}</Field.Label>
                    </Radio>
                  </Field>
                ))}
              </Fieldset>
            )}
          />
        </div>
        <div className="row">
          <Controller
            control={control}
            name="sponsorship"
            render={({ field }) => (
              <Fieldset>
                <Fieldset.Legend>Will you now or in the future require employment visa sponsorship?</Fieldset.Legend>
                {['Yes', 'No'].map((option) => (
                  <Field key={option}>
                    <Radio name="sponsorship" value={option} checked={field.value === option} onChange={(event) => field.onChange(event.target.value)}>
                      <Field.Label>{option}</Field.Label>
                    </Radio>
                  </Field>
                ))}
              </Fieldset>
            )}
          />
        </div>
        <div className="row pair">
          {text('startDate', 'Earliest start date', { hint: 'MM/DD/YYYY' })}
          <Controller
            control={control}
            name="salary"
            render={({ field }) => (
              <Field>
                <Field.Label>Salary expectation</Field.Label>
                <Field.Hint>Annual base</Field.Hint>
                <MediaInput {...field} name="salary" inputMode="numeric" start={<span>$</span>} end={<span>USD</span>} />
              </Field>
            )}
          />
        </div>
      </div>

      <div className="section">
        <h2>Documents</h2>
        <div className="row">
          <Controller control={control} name="resume" render={({ field }) => <ResumeUpload value={field.value} onChange={field.onChange} />} />
        </div>
        <div className="row">
          <Controller
            control={control}
            name="coverLetter"
            render={({ field }) => (
              <Field>
                <Field.Label>Cover letter</Field.Label>
                <Field.Hint>Optional</Field.Hint>
                <Textarea {...field} name="coverLetter" minRows={5} maxRows={12} />
              </Field>
            )}
          />
        </div>
        <div className="row">
          <Controller
            control={control}
            name="whyHelpwell"
            render={({ field }) => (
              <Field>
                <Field.Label>What draws you to customer service software?</Field.Label>
                <Textarea {...field} name="whyHelpwell" minRows={3} />
              </Field>
            )}
          />
        </div>
        <div className="row">
          <Controller
            control={control}
            name="futureRoles"
            render={({ field }) => (
              <Field>
                <Toggle checked={field.value} onChange={(event) => field.onChange(event.target.checked)} name="futureRoles">
                  <Field.Label>Keep me posted about future roles at Helpwell</Field.Label>
                </Toggle>
              </Field>
            )}
          />
        </div>
        <div className="row">
          <Controller
            control={control}
            name="consent"
            render={({ field }) => (
              <Field>
                <Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} name="consent">
                  <Field.Label>I acknowledge the Helpwell Applicant Privacy Notice</Field.Label>
                </Checkbox>
              </Field>
            )}
          />
        </div>
        <div className="row">
          <Button type="submit" isPrimary id="submit-application">
            Submit application
          </Button>
        </div>
      </div>
      <pre id="model">{JSON.stringify(values)}</pre>
    </form>
  );
}

function Header() {
  return (
    <div className="top">
      <span className="brand">helpwell</span>
      <span>Careers</span>
      <div style={{ marginLeft: 'auto', width: 280 }}>
        <Field>
          <Field.Label hidden>Search jobs</Field.Label>
          <MediaInput name="search" placeholder="Search jobs" isCompact />
        </Field>
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <ThemeProvider>
    <Header />
    <div className="wrap">
      <h1>Senior Data Engineer, Support Analytics</h1>
      <div className="sub">Data &amp; Analytics · San Francisco, CA or Remote (US) · Full-time</div>
      <p>Every day millions of customer conversations flow through Helpwell. Our Support Analytics team turns them into the reports agents and managers rely on. You will build and own the pipelines that feed them.</p>
      <Application />
    </div>
  </ThemeProvider>,
);
