/**
 * A visual-discovery app company's careers page built with Pinterest's **Gestalt** (and
 * `gestalt-datepicker`), its state in **react-final-form** (`<Form>` + `<Field>` render props),
 * the way the Gestalt docs compose a form: TextFields with helperText (phone "Format:
 * 555-555-5555"), a **ComboBox** for the country (input role=combobox, options in a layer while open;
 * typed text stays unless an option is picked), SelectList (a native select under Gestalt's label)
 * with two-letter state values, "Highest degree earned" and pronouns, a **SegmentedControl** of year
 * ranges (buttons; only the model knows the pick), RadioGroup fieldsets with RadioGroup.RadioButton
 * (native radios, sentence answers for sponsorship), the gestalt-datepicker **DatePicker** (en-US,
 * shows MM/DD/YYYY), a NumberField for salary, a TextArea with maxLength counter, a native file input
 * with `display:none` opened by a Gestalt Button, a Switch with its own Label, a Checkbox consent, and
 * a header SearchField. The form values are written into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Field, Form } from 'react-final-form';
import 'gestalt/dist/gestalt.css';
import 'gestalt-datepicker/dist/gestalt-datepicker.css';
import {
  Box,
  Button,
  Checkbox,
  ComboBox,
  Flex,
  Heading,
  Label,
  NumberField,
  RadioGroup,
  SearchField,
  SegmentedControl,
  SelectList,
  Status,
  Switch,
  Text,
  TextArea,
  TextField,
} from 'gestalt';
import { DatePicker } from 'gestalt-datepicker';

const COUNTRIES = [
  'Australia', 'Brazil', 'Canada', 'France', 'Germany', 'India', 'Ireland', 'Japan', 'Mexico', 'Netherlands', 'Spain',
  'United Arab Emirates', 'United Kingdom', 'United States', 'United States Minor Outlying Islands', 'Uruguay',
].map((name) => ({ label: name, value: name }));
const STATES = [
  ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['FL', 'Florida'], ['IL', 'Illinois'], ['MA', 'Massachusetts'],
  ['NY', 'New York'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington'], ['OTHER', 'Outside the US'],
];
const YEARS = ['0–1', '2–4', '5–7', '8–10', '11+'];
const DEGREES = [['hs', 'High school'], ['assoc', 'Associate'], ['bach', "Bachelor's"], ['mast', "Master's"], ['doc', 'Doctorate'], ['none', 'None of these']];
const PRONOUNS = [['she', 'she/her'], ['he', 'he/him'], ['they', 'they/them'], ['other', 'Another set'], ['skip', 'Prefer not to say']];
const HEARD = [['careers', 'Fernloom Careers site'], ['pin', 'A Fernloom board'], ['linkedin', 'LinkedIn'], ['friend', 'A friend'], ['event', 'An event'], ['other', 'Other']];
const SPONSOR = ["I don't need visa sponsorship", 'I need visa sponsorship now', "I'll need visa sponsorship in the future"];
const DISABILITY = ['Yes, I have a disability (or previously had one)', "No, I don't have a disability", "I don't wish to answer"];

const iso = (date) => (date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : '');

function CountryField({ input }) {
  const [typed, setTyped] = useState('');
  const selected = COUNTRIES.find((option) => option.value === input.value);
  const shown = typed.trim() ? COUNTRIES.filter((option) => option.label.toLowerCase().includes(typed.trim().toLowerCase())) : COUNTRIES;
  return (
    <ComboBox
      id="country"
      label="Country of residence"
      accessibilityClearButtonLabel="Clear country"
      noResultText="No countries match"
      placeholder="Start typing a country"
      options={shown}
      inputValue={typed}
      selectedOption={selected}
      onChange={({ value }) => {
        setTyped(value);
        if (!value) input.onChange('');
      }}
      onSelect={({ item }) => {
        setTyped(item.label);
        input.onChange(item.value);
      }}
      onClear={() => {
        setTyped('');
        input.onChange('');
      }}
    />
  );
}

function Application() {
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const fileRef = useRef(null);
  const initialValues = {
    firstName: '', lastName: '', preferredName: '', email: '', phone: '', country: '', city: '', state: '', zip: '',
    linkedin: '', portfolio: '', fernloomProfile: '', employer: '', jobTitle: '', years: '', degree: '', pronouns: '',
    authorized: '', sponsorship: '', startDate: '', salary: '', resume: '', coverLetter: '', heardFrom: '', disability: '',
    careersNews: false, consent: false,
  };
  const text = (name, label, extra = {}) => (
    <Field name={name}>
      {({ input }) => <TextField id={name} name={name} label={label} value={input.value} onChange={({ value }) => input.onChange(value)} onBlur={() => input.onBlur()} {...extra} />}
    </Field>
  );
  const select = (name, label, options, placeholder) => (
    <Field name={name}>
      {({ input }) => (
        <SelectList id={name} name={name} label={label} placeholder={placeholder} value={input.value || undefined} onChange={({ value }) => input.onChange(value)}>
          {options.map(([value, optionLabel]) => (
            <SelectList.Option key={value} label={optionLabel} value={value} />
          ))}
        </SelectList>
      )}
    </Field>
  );
  const radios = (name, legend, options) => (
    <Field name={name}>
      {({ input }) => (
        <RadioGroup id={`${name}-group`} legend={legend} direction="column">
          {options.map((option, index) => (
            <RadioGroup.RadioButton key={option} id={`${name}-${index}`} name={name} label={option} value={option} checked={input.value === option} onChange={() => input.onChange(option)} />
          ))}
        </RadioGroup>
      )}
    </Field>
  );

  if (sent) {
    return (
      <div className="wrap" id="application-sent">
        <Flex gap={2} alignItems="center"><Status type="ok" /><Heading size="400">Application submitted. Thanks for applying!</Heading></Flex>
      </div>
    );
  }

  return (
    <Form
      onSubmit={() => setSent(true)}
      initialValues={initialValues}
      validate={(values) => (values.consent ? {} : { consent: 'Required' })}
      render={({ handleSubmit, values, submitFailed, errors }) => (
        <>
          <div className="top">
            <Heading size="400" accessibilityLevel={2}>Fernloom Careers</Heading>
            <Box width={300}>
              <SearchField id="jobs-search" accessibilityLabel="Search jobs" placeholder="Search jobs" value={search} onChange={({ value }) => setSearch(value)} />
            </Box>
          </div>
          <div className="wrap">
            <Heading size="500" accessibilityLevel={1}>Senior Data Engineer, Ads Measurement</Heading>
            <Text color="subtle">San Francisco, CA or Remote (US) · Engineering</Text>
            <Box marginTop={3}>
              <Text>Ads Measurement tells advertisers what their campaigns on Fernloom actually did. You will build the attribution pipelines and privacy-safe aggregates behind those reports.</Text>
            </Box>
            <form id="application" onSubmit={handleSubmit} noValidate>
              <div className="sec stack">
                <Heading size="400" accessibilityLevel={2}>Your info</Heading>
                <div className="grid2">
                  {text('firstName', 'Legal first name')}
                  {text('lastName', 'Legal last name')}
                </div>
                {text('preferredName', 'Preferred first name (optional)', { helperText: 'What should we call you?' })}
                <div className="grid2">
                  {text('email', 'Email', { type: 'email' })}
                  {text('phone', 'Phone', { type: 'tel', helperText: 'Format: 555-555-5555' })}
                </div>
                <Field name="country">{({ input }) => <CountryField input={input} />}</Field>
                <div className="grid3">
                  {text('city', 'City')}
                  {select('state', 'State', STATES, 'Select a state')}
                  {text('zip', 'ZIP code')}
                </div>
                {select('pronouns', 'Pronouns (optional)', PRONOUNS, 'Select pronouns')}
              </div>

              <div className="sec stack">
                <Heading size="400" accessibilityLevel={2}>Links</Heading>
                {text('linkedin', 'LinkedIn profile URL', { type: 'url' })}
                {text('portfolio', 'Portfolio URL', { type: 'url', helperText: 'A site, GitHub Pages or notebook gallery that shows your work' })}
                {text('fernloomProfile', 'Your Fernloom profile (optional)', { placeholder: 'fernloom.com/username' })}
              </div>

              <div className="sec stack">
                <Heading size="400" accessibilityLevel={2}>Experience</Heading>
                <div className="grid2">
                  {text('employer', 'Current employer')}
                  {text('jobTitle', 'Current title')}
                </div>
                <Field name="years">
                  {({ input }) => (
                    <div id="years-control">
                      <p className="field-title" id="years-title">Years of professional experience</p>
                      <SegmentedControl items={YEARS} selectedItemIndex={YEARS.indexOf(input.value)} onChange={({ activeIndex }) => input.onChange(YEARS[activeIndex])} />
                    </div>
                  )}
                </Field>
                {select('degree', 'Highest degree earned', DEGREES, 'Select a degree')}
              </div>

              <div className="sec stack">
                <Heading size="400" accessibilityLevel={2}>Eligibility</Heading>
                {radios('authorized', 'Are you legally eligible to work in the United States?', ['Yes', 'No'])}
                {radios('sponsorship', 'Visa sponsorship', SPONSOR)}
              </div>

              <div className="sec stack">
                <Heading size="400" accessibilityLevel={2}>Timing and compensation</Heading>
                <Field name="startDate">
                  {({ input }) => (
                    <DatePicker
                      id="startDate"
                      name="startDate"
                      label="Available start date"
                      placeholder="MM/DD/YYYY"
                      minDate={new Date(2026, 11, 1)}
                      value={input.value ? new Date(`${input.value}T00:00:00`) : null}
                      onChange={({ value }) => input.onChange(iso(value))}
                    />
                  )}
                </Field>
                <Field name="salary">
                  {({ input }) => (
                    <NumberField id="salary" name="salary" label="Desired base salary (USD)" helperText="Annual, before equity and bonus" value={input.value === '' ? undefined : input.value} onChange={({ value }) => input.onChange(value ?? '')} />
                  )}
                </Field>
              </div>

              <div className="sec stack">
                <Heading size="400" accessibilityLevel={2}>Resume and cover letter</Heading>
                <Field name="resume">
                  {({ input }) => (
                    <div>
                      <p className="field-title">Resume</p>
                      <div className="upload-row">
                        <Button text="Upload resume" color="gray" size="md" onClick={() => fileRef.current?.click()} />
                        <Text size="200" color="subtle">{input.value || 'PDF or DOCX, 10 MB max'}</Text>
                        <input
                          ref={fileRef}
                          id="resume"
                          name="resume"
                          type="file"
                          accept=".pdf,.docx"
                          style={{ display: 'none' }}
                          onChange={(event) => input.onChange(event.target.files?.[0]?.name ?? '')}
                        />
                      </div>
                    </div>
                  )}
                </Field>
                <Field name="coverLetter">
                  {({ input }) => (
                    <TextArea id="coverLetter" name="coverLetter" label="Cover letter" helperText="Optional" maxLength={{ characterCount: 3000, errorAccessibilityLabel: 'Limit reached' }} rows={6} value={input.value} onChange={({ value }) => input.onChange(value)} />
                  )}
                </Field>
              </div>

              <div className="sec stack">
                <Heading size="400" accessibilityLevel={2}>Before you submit</Heading>
                {select('heardFrom', 'How did you hear about us?', HEARD, 'Select one')}
                {radios('disability', 'Voluntary self-identification of disability', DISABILITY)}
                <Field name="careersNews">
                  {({ input }) => (
                    <Flex gap={2} alignItems="center">
                      <Switch id="careersNews" switched={input.value} onChange={({ value }) => input.onChange(value)} />
                      <Label htmlFor="careersNews"><Text>Send me Fernloom Careers news</Text></Label>
                    </Flex>
                  )}
                </Field>
                <Field name="consent">
                  {({ input }) => (
                    <Checkbox id="consent" name="consent" label="I agree to Fernloom's Candidate Privacy Policy" checked={input.value} onChange={({ checked }) => input.onChange(checked)} errorMessage={submitFailed && errors.consent ? 'Please agree to continue' : undefined} />
                  )}
                </Field>
                <Button type="submit" role="button" text="Submit application" color="red" size="lg" id="submit-application" />
              </div>
            </form>
          </div>
          <pre id="model">{JSON.stringify(values, null, 1)}</pre>
        </>
      )}
    />
  );
}

createRoot(document.getElementById('root')).render(<Application />);
