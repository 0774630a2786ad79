/**
 * Another posting on Quanterra's Carbon React (v11) application template (see ../carbon-react):
 * a Dublin, Ireland role. Same components (TextInput, ComboBox over world-countries, Dropdowns, a
 * native Carbon Select, RadioButtonGroups, DatePicker, NumberInput, FileUploader, TextArea,
 * Checkbox, header Search); other questions: Irish right-to-work and employment-permit questions,
 * years buckets asked first, the NFQ education levels, a dd/mm/yyyy start date, salary in EUR, a
 * notice-period Dropdown, a "select all that apply" Checkbox group, a free-text "why Dublin" box,
 * equality-monitoring gender. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, ComboBox, DatePicker, DatePickerInput, Dropdown, FileUploader, NumberInput, RadioButton, RadioButtonGroup, Search, Select, SelectItem, TextArea, TextInput,
} from '@carbon/react';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const STATES = ['Not applicable (outside the US)', 'Arizona', 'California', 'Colorado', 'Massachusetts', 'New York', 'North Carolina', 'Texas', 'Washington'];
const EXPERIENCE = ['Under 3 years', '3–6 years', '7–10 years', 'More than 10 years'];
const NOTICE = ['Immediately available', '1 month', '2 months', '3 months or more'];
const PRONOUNS = ['he/him', 'she/her', 'they/them', 'Prefer to self-describe', 'Prefer not to say'];
const GENDER = ['Woman', 'Man', 'Non-binary', 'Prefer to self-describe', 'Prefer not to say'];
const SOURCES = ['Quanterra careers site', 'LinkedIn', 'IrishJobs.ie', 'Employee referral', 'Meetup or conference', 'Other'];
const TOOLS = ['Prometheus', 'Grafana', 'OpenTelemetry', 'ClickHouse', 'Elasticsearch'];

const EMPTY = {
  experience: '', firstName: '', lastName: '', email: '', phone: '', country: '', state: '', city: '', education: '', rightToWork: '', permit: '',
  startDate: '', notice: '', salary: '', linkedin: '', portfolio: '', tools: [], resume: '', whyDublin: '', pronouns: '', source: '', gender: '', terms: false,
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
  const toggleTool = (tool) => (_, { checked }) => setForm((current) => ({ ...current, tools: checked ? [...current.tools, tool] : current.tools.filter((item) => item !== tool) }));
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.lastName && form.email && form.resume && form.terms && form.rightToWork) setSent(true);
  };
  if (sent) return <h2 id="qs-done">Thank you — your application has been received.</h2>;
  return (
    <>
      <div style={{ marginBottom: 16 }}><Search id="qs-site-search" labelText="Search Quanterra" placeholder="Search jobs, teams, locations" size="sm" /></div>
      <h1>Senior Data Engineer, Observability</h1>
      <p>Quanterra Systems · Dublin, Ireland (hybrid, Grand Canal Dock office) · Platform Telemetry team</p>
      <p>We ingest four billion metric points a day from customer fleets. You will own the pipelines that downsample, enrich and serve them, and help us move our long-term store to ClickHouse.</p>
      <form id="qs-apply" onSubmit={submit} noValidate>
        {dropdown('experience', 'How many years have you worked as a data engineer?', EXPERIENCE)}
        {text('firstName', 'First name')}
        {text('lastName', 'Last name')}
        {text('email', 'Email address', { type: 'email' })}
        {text('phone', 'Phone number', { type: 'tel', helperText: 'Include your country code, e.g. +353 1 555 0100' })}
        <div data-field="country">
          <ComboBox id="qs-country" titleText="Country of residence" placeholder="Type to search" items={COUNTRIES} selectedItem={form.country || null} onChange={({ selectedItem }) => set('country')(selectedItem ?? '')} />
        </div>
        {dropdown('state', 'US state (if you live in the US)', STATES, 'Choose a state')}
        {text('city', 'Town / city')}
        <div data-field="education">
          <Select id="qs-education" labelText="Highest completed qualification" value={form.education} onChange={(event) => set('education')(event.target.value)}>
            <SelectItem value="" text="Choose an option" />
            <SelectItem value="lc" text="Leaving Certificate or equivalent" />
            <SelectItem value="l6" text="Higher Certificate (Level 6)" />
            <SelectItem value="l78" text="Bachelor's degree (Level 7/8)" />
            <SelectItem value="l9" text="Master's degree (Level 9)" />
            <SelectItem value="l10" text="Doctorate (Level 10)" />
          </Select>
        </div>
        <div data-field="rightToWork">
          <RadioButtonGroup legendText="Do you currently have the right to work in Ireland (e.g. EU/EEA/UK/Swiss citizenship or Stamp 4)?" name="qs-rightToWork" valueSelected={form.rightToWork} onChange={(value) => set('rightToWork')(value)}>
            <RadioButton id="qs-rightToWork-yes" labelText="Yes" value="yes" />
            <RadioButton id="qs-rightToWork-no" labelText="No" value="no" />
          </RadioButtonGroup>
        </div>
        <div data-field="permit">
          <RadioButtonGroup legendText="Will you need Quanterra to support a Critical Skills Employment Permit application?" name="qs-permit" orientation="vertical" valueSelected={form.permit} onChange={(value) => set('permit')(value)}>
            <RadioButton id="qs-permit-yes" labelText="Yes, I will need a permit" value="yes" />
            <RadioButton id="qs-permit-no" labelText="No, I will not need a permit" value="no" />
          </RadioButtonGroup>
        </div>
        <div data-field="startDate">
          <DatePicker datePickerType="single" dateFormat="d/m/Y" value={form.startDate} onChange={(_, dateText) => set('startDate')(dateText)}>
            <DatePickerInput id="qs-start-date" labelText="Earliest start date" placeholder="dd/mm/yyyy" />
          </DatePicker>
        </div>
        {dropdown('notice', 'Notice period', NOTICE)}
        <div data-field="salary">
          <NumberInput id="qs-salary" label="Expected base salary (EUR, gross per year)" min={0} step={1000} hideSteppers allowEmpty value={form.salary} onChange={(event, { value }) => set('salary')(value === undefined || value === null ? '' : String(value))} />
        </div>
        {text('linkedin', 'LinkedIn URL')}
        {text('portfolio', 'Portfolio or personal site (optional)')}
        <fieldset data-field="tools" className="cds--fieldset">
          <legend className="cds--label">Which of these have you run in production? Select all that apply.</legend>
          {TOOLS.map((tool) => <Checkbox key={tool} id={`qs-tools-${tool.toLowerCase()}`} labelText={tool} checked={form.tools.includes(tool)} onChange={toggleTool(tool)} />)}
        </fieldset>
        <div data-field="resume">
          <FileUploader labelTitle="CV / Resume" labelDescription="PDF or DOCX, 5 MB max." buttonLabel="Add file" buttonKind="tertiary" filenameStatus="edit" accept={['.pdf', '.docx']} onChange={(event) => set('resume')(event.target.files?.[0]?.name ?? '')} />
        </div>
        <div data-field="whyDublin">
          <TextArea id="qs-why-dublin" labelText="What draws you to this team, and to Dublin? (optional)" rows={4} value={form.whyDublin} onChange={(event) => set('whyDublin')(event.target.value)} />
        </div>
        {dropdown('pronouns', 'Pronouns (optional)', PRONOUNS)}
        <div data-field="source">
          <ComboBox id="qs-source" titleText="Where did you first hear about this role?" placeholder="Choose or type" items={SOURCES} selectedItem={form.source || null} onChange={({ selectedItem }) => set('source')(selectedItem ?? '')} />
        </div>
        {dropdown('gender', 'Gender (optional, used only for equality monitoring)', GENDER)}
        <div data-field="terms">
          <Checkbox id="qs-terms" labelText="I have read the Quanterra candidate privacy notice (GDPR)" checked={form.terms} onChange={(_, { checked }) => set('terms')(checked)} />
        </div>
        <Button type="submit" id="qs-submit">Submit application</Button>
      </form>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
