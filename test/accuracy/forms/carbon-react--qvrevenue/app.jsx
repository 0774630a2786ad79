/**
 * An application page built with IBM's Carbon React (v11, `@carbon/react`): TextInputs with helper
 * text, a ComboBox over world-countries (typing input, menu rendered only while open), Dropdowns
 * (a button showing the choice, a listbox menu) for state, experience, pronouns and veteran
 * status, a native Carbon Select for education, RadioButtonGroups (one with sentence answers), the
 * Carbon DatePicker (flatpickr, mm/dd/yyyy), a NumberInput for the salary, a FileUploader whose
 * input sits inside its button label, a TextArea, a Checkbox, and a Search box in the header.
 * React state is rendered into <pre id="model">.
 *
 * Another posting of the carbon-react template: Analytics Engineer, Revenue; other experience
 * buckets and sources, a work-arrangement Dropdown, a former-employee question, a personal website
 * instead of GitHub.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, ComboBox, DatePicker, DatePickerInput, Dropdown, FileUploader, NumberInput, RadioButton, RadioButtonGroup, Search, Select, SelectItem, TextArea, TextInput,
} from '@carbon/react';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const STATES = ['Arizona', 'California', 'Colorado', 'Illinois', 'New York', 'North Carolina', 'Oregon', 'Texas', 'Washington'];
const EXPERIENCE = ['Less than 3 years', '3 to 5 years', '6 to 8 years', '9 to 12 years', 'More than 12 years'];
const ARRANGEMENT = ['Remote (US)', 'Hybrid – Austin, TX', 'On-site – Austin, TX', 'Open to any'];
const PRONOUNS = ['he/him', 'she/her', 'they/them', 'Prefer to self-describe', 'Prefer not to say'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I do not wish to answer'];
const SOURCES = ['Quanterra careers site', 'LinkedIn', 'Indeed', 'A Quanterra employee', 'Meetup or conference', 'Other'];

const EMPTY = {
  firstName: '', lastName: '', preferredName: '', email: '', phone: '', country: '', state: '', city: '', experience: '', education: '', authorized: '', sponsorship: '',
  startDate: '', salary: '', linkedin: '', website: '', q_arrangement: '', q_formerEmployee: '', resume: '', coverLetter: '', pronouns: '', source: '', veteran: '', terms: false,
};

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, labelText, props = {}) => (
    <div data-field={key}>
      <TextInput id={`qs-${key}`} labelText={labelText} value={form[key]} onChange={(event) => set(key)(event.target.value)} {...props} />
    </div>
  );
  const dropdown = (key, titleText, items, label = 'Choose an option') => (
    <div data-field={key}>
      <Dropdown id={`qs-${key}`} titleText={titleText} label={label} items={items} selectedItem={form[key] || null} onChange={({ selectedItem }) => set(key)(selectedItem ?? '')} />
    </div>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.lastName && form.email && form.resume && form.terms) setSent(true);
  };
  if (sent) return <h2 id="qs-done">Thank you — your application has been received.</h2>;
  return (
    <>
      <div style={{ marginBottom: 16 }}><Search id="qs-site-search" labelText="Search Quanterra" placeholder="Search jobs, teams, locations" size="sm" /></div>
      <h1>Analytics Engineer, Revenue</h1>
      <p>Quanterra Systems · Austin, TX or remote (US) · Req 26-0418</p>
      <form id="qs-apply" onSubmit={submit} noValidate>
        {text('firstName', 'First name')}
        {text('lastName', 'Last name')}
        {text('preferredName', 'Preferred name (optional)')}
        {text('email', 'Email address', { type: 'email' })}
        {text('phone', 'Phone number', { type: 'tel', helperText: 'Include your country code, e.g. +1 919 555 0100' })}
        <div data-field="country">
          <ComboBox id="qs-country" titleText="Country of residence" placeholder="Type to search" items={COUNTRIES} selectedItem={form.country || null} onChange={({ selectedItem }) => set('country')(selectedItem ?? '')} />
        </div>
        {dropdown('state', 'State', STATES, 'Choose a state')}
        {text('city', 'City')}
        {dropdown('experience', 'How many years of professional experience do you have?', EXPERIENCE)}
        <div data-field="education">
          <Select id="qs-education" labelText="Highest completed education" value={form.education} onChange={(event) => set('education')(event.target.value)}>
            <SelectItem value="" text="Choose an option" />
            <SelectItem value="hs" text="High school or equivalent" />
            <SelectItem value="assoc" text="Associate degree" />
            <SelectItem value="bach" text="Bachelor's degree (BA/BS)" />
            <SelectItem value="mast" text="Master's degree (MA/MS/MBA)" />
            <SelectItem value="doc" text="Doctoral degree (PhD)" />
          </Select>
        </div>
        <div data-field="authorized">
          <RadioButtonGroup legendText="Are you legally authorized to work in the United States?" name="qs-authorized" valueSelected={form.authorized} onChange={(value) => set('authorized')(value)}>
            <RadioButton id="qs-authorized-yes" labelText="Yes" value="yes" />
            <RadioButton id="qs-authorized-no" labelText="No" value="no" />
          </RadioButtonGroup>
        </div>
        <div data-field="sponsorship">
          <RadioButtonGroup legendText="Will you require Quanterra's sponsorship for an employment visa (e.g. H-1B), now or later?" name="qs-sponsorship" orientation="vertical" valueSelected={form.sponsorship} onChange={(value) => set('sponsorship')(value)}>
            <RadioButton id="qs-sponsorship-yes" labelText="Yes, now or in the future" value="yes" />
            <RadioButton id="qs-sponsorship-no" labelText="No, I do not need sponsorship" value="no" />
          </RadioButtonGroup>
        </div>
        <div data-field="q_formerEmployee">
          <RadioButtonGroup legendText="Have you previously worked for Quanterra Systems or one of its subsidiaries?" name="qs-q_formerEmployee" valueSelected={form.q_formerEmployee} onChange={(value) => set('q_formerEmployee')(value)}>
            <RadioButton id="qs-q_formerEmployee-yes" labelText="Yes" value="yes" />
            <RadioButton id="qs-q_formerEmployee-no" labelText="No" value="no" />
          </RadioButtonGroup>
        </div>
        {dropdown('q_arrangement', 'Preferred work arrangement', ARRANGEMENT)}
        <div data-field="startDate">
          <DatePicker datePickerType="single" dateFormat="m/d/Y" value={form.startDate} onChange={(_, dateText) => set('startDate')(dateText)}>
            <DatePickerInput id="qs-start-date" labelText="Earliest start date" placeholder="mm/dd/yyyy" />
          </DatePicker>
        </div>
        <div data-field="salary">
          <NumberInput id="qs-salary" label="Expected base salary (USD, annual)" min={0} step={1000} hideSteppers allowEmpty value={form.salary} onChange={(event, { value }) => set('salary')(value === undefined || value === null ? '' : String(value))} />
        </div>
        {text('linkedin', 'LinkedIn URL')}
        {text('website', 'Personal website (optional)', { helperText: 'A blog or personal site we can look at' })}
        <div data-field="resume">
          <FileUploader labelTitle="Resume" labelDescription="PDF or DOCX, 5 MB max." buttonLabel="Add file" buttonKind="tertiary" filenameStatus="edit" accept={['.pdf', '.docx']} onChange={(event) => set('resume')(event.target.files?.[0]?.name ?? '')} />
        </div>
        <div data-field="coverLetter">
          <TextArea id="qs-cover-letter" labelText="Cover letter (optional)" rows={5} value={form.coverLetter} onChange={(event) => set('coverLetter')(event.target.value)} />
        </div>
        {dropdown('pronouns', 'Pronouns (optional)', PRONOUNS)}
        <div data-field="source">
          <ComboBox id="qs-source" titleText="How did you hear about this role?" placeholder="Choose or type" items={SOURCES} selectedItem={form.source || null} onChange={({ selectedItem }) => set('source')(selectedItem ?? '')} />
        </div>
        {dropdown('veteran', 'Veteran status (voluntary self-identification)', VETERAN)}
        <div data-field="terms">
          <Checkbox id="qs-terms" labelText="I agree to the Quanterra applicant privacy notice" checked={form.terms} onChange={(_, { checked }) => set('terms')(checked)} />
        </div>
        <Button type="submit" id="qs-submit">Submit application</Button>
      </form>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
