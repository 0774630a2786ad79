/**
 * Castellan Orbital (Huntsville, AL) — a two-step apply page on IBM Carbon React v11, as the
 * company's internal design system reuses it: a ProgressIndicator over "Contact" and "Experience
 * and eligibility" (only the active step is mounted; "Next" checks the required fields), TextInputs
 * with helper text, a country-code Dropdown beside the phone, ComboBoxes (world-countries; current
 * location with custom values allowed), a TileGroup of RadioTiles for experience ranges,
 * RadioButtonGroups, a FilterableMultiSelect, Dropdowns, a NumberInput, the flatpickr DatePicker,
 * a FileUploaderDropContainer, a Toggle and a Checkbox. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, ComboBox, DatePicker, DatePickerInput, Dropdown, FileUploaderDropContainer, FilterableMultiSelect, NumberInput, ProgressIndicator, ProgressStep,
  RadioButton, RadioButtonGroup, RadioTile, Search, TextArea, TextInput, TileGroup, Toggle,
} from '@carbon/react';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const DIAL = [
  { id: 'ca', label: 'Canada (+1)' }, { id: 'de', label: 'Germany (+49)' }, { id: 'in', label: 'India (+91)' }, { id: 'mx', label: 'Mexico (+52)' },
  { id: 'gb', label: 'United Kingdom (+44)' }, { id: 'us', label: 'United States (+1)' },
];
const CITIES = ['Huntsville, AL', 'Madison, AL', 'Decatur, AL', 'Colorado Springs, CO', 'Denver, CO', 'Houston, TX', 'Los Angeles, CA', 'San Diego, CA', 'San Francisco, CA', 'South San Francisco, CA', 'Seattle, WA', 'Arlington, VA'];
const DEGREES = ['High school / GED', 'Associate', 'Bachelor’s', 'Master’s', 'Doctorate'];
const TECH = ['Airflow', 'C++', 'Go', 'InfluxDB', 'Kafka', 'Kubernetes', 'MATLAB', 'Python', 'Rust', 'Spark', 'SQL', 'TimescaleDB'];
const CLEARANCE = ['None', 'Public Trust', 'Secret', 'Top Secret', 'TS/SCI'];
const CURRENCY = ['USD', 'CAD', 'EUR', 'GBP'];
const GENDER = ['Female', 'Male', 'Non-binary', 'Decline to self-identify'];
const VETERAN = ['Protected veteran', 'Not a protected veteran', 'Decline to self-identify'];

const EMPTY = {
  firstName: '', lastName: '', email: '', dialCode: null, phone: '', country: null, location: null, linkedin: '', github: '',
  years: '', employer: '', title: '', degree: null, school: '', technologies: [], authorized: '', sponsorship: '', usPerson: '', clearance: null,
  salary: '', currency: null, startDate: '', relocate: false, resume: '', coverLetter: '', gender: null, veteran: null, consent: false,
};

function App() {
  const [form, setForm] = useState(EMPTY);
  const [step, setStep] = useState(0);
  const [error, setError] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, labelText, props = {}) => <TextInput id={`cg-${key}`} name={key} labelText={labelText} value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props} />;
  const dropdown = (key, titleText, items, label = 'Select') => (
    <div data-field={key}>
      <Dropdown id={`cg-${key}`} titleText={titleText} label={label} items={items} selectedItem={form[key]} onChange={({ selectedItem }) => set(key)(selectedItem ?? null)} />
    </div>
  );
  const next = () => {
    if (!form.firstName || !form.lastName || !form.email) { setError('Please complete the required fields.'); return; }
    setError(''); setStep(1);
  };
  const submit = (event) => {
    event.preventDefault();
    if (form.resume && form.authorized && form.consent) setSent(true);
    else setError('Please complete the required fields.');
  };
  return (
    <>
      <div className="cg-shell">
        <strong>Castellan Orbital</strong><span>Careers</span>
        <Search id="cg-site-search" size="sm" labelText="Search jobs" placeholder="Search jobs" />
      </div>
      <div id="cg-page" style={{ padding: 4 }}>
        {sent ? <h2 id="cg-done">Application received. Thank you for your interest in Castellan Orbital.</h2> : (
          <>
            <h1>Data Engineer, Telemetry</h1>
            <p>Huntsville, AL (on-site 3 days a week) · Req 5527 · Ground Systems</p>
            <p>Our constellation downlinks 40 TB of spacecraft telemetry a day. The Telemetry Data team builds the ingest, storage and query layer mission operators use to fly the fleet. This position requires access to export-controlled information (ITAR).</p>
            <ProgressIndicator currentIndex={step} spaceEqually>
              <ProgressStep label="Contact" />
              <ProgressStep label="Experience and eligibility" />
            </ProgressIndicator>
            <form id="cg-apply" onSubmit={submit} noValidate>
              {step === 0 && (
                <div data-step="1">
                  <div className="cg-row">{text('firstName', 'First name')}{text('lastName', 'Last name')}</div>
                  {text('email', 'Email', { type: 'email' })}
                  <div className="cg-row">
                    <div data-field="dialCode"><Dropdown id="cg-dialCode" titleText="Country code" label="Select" items={DIAL} itemToString={(item) => item?.label ?? ''} selectedItem={form.dialCode} onChange={({ selectedItem }) => set('dialCode')(selectedItem ?? null)} /></div>
                    {text('phone', 'Phone number', { type: 'tel', helperText: 'Digits only, without the country code' })}
                  </div>
                  <div data-field="country"><ComboBox id="cg-country" titleText="Country of residence" placeholder="Filter..." items={COUNTRIES} selectedItem={form.country} onChange={({ selectedItem }) => set('country')(selectedItem ?? null)} /></div>
                  <div data-field="location"><ComboBox id="cg-location" titleText="Current location" helperText="City, state" placeholder="Start typing" allowCustomValue items={CITIES} selectedItem={form.location} onChange={({ selectedItem, inputValue }) => set('location')(selectedItem ?? inputValue ?? null)} /></div>
                  {text('linkedin', 'LinkedIn profile URL')}
                  {text('github', 'GitHub profile URL (optional)')}
                  {error && <p className="cg-error">{error}</p>}
                  <Button id="cg-next" kind="primary" type="button" onClick={next}>Next</Button>
                </div>
              )}
              {step === 1 && (
                <div data-step="2">
                  <TileGroup legend="Years of experience building data pipelines in production" name="years" valueSelected={form.years} onChange={(value) => set('years')(value)}>
                    <RadioTile id="cg-years-0" value="0-3">0–3 years</RadioTile>
                    <RadioTile id="cg-years-4" value="4-6">4–6 years</RadioTile>
                    <RadioTile id="cg-years-7" value="7-9">7–9 years</RadioTile>
                    <RadioTile id="cg-years-10" value="10+">10+ years</RadioTile>
                  </TileGroup>
                  <div className="cg-row">{text('employer', 'Current employer')}{text('title', 'Current job title')}</div>
                  <div className="cg-row">{dropdown('degree', 'Highest degree', DEGREES)}{text('school', 'University')}</div>
                  <div data-field="technologies">
                    <FilterableMultiSelect id="cg-technologies" titleText="Technologies you have used in production" placeholder="Filter technologies" items={TECH} itemToString={(item) => item ?? ''} selectedItems={form.technologies} onChange={({ selectedItems }) => set('technologies')(selectedItems)} />
                  </div>
                  <RadioButtonGroup legendText="Are you authorized to work in the United States?" name="authorized" valueSelected={form.authorized} onChange={(value) => set('authorized')(value)}>
                    <RadioButton id="cg-authorized-yes" labelText="Yes" value="yes" />
                    <RadioButton id="cg-authorized-no" labelText="No" value="no" />
                  </RadioButtonGroup>
                  <RadioButtonGroup legendText="Will you require sponsorship for an employment visa now or in the future?" name="sponsorship" valueSelected={form.sponsorship} onChange={(value) => set('sponsorship')(value)}>
                    <RadioButton id="cg-sponsorship-yes" labelText="Yes" value="yes" />
                    <RadioButton id="cg-sponsorship-no" labelText="No" value="no" />
                  </RadioButtonGroup>
                  <RadioButtonGroup legendText="Are you a U.S. person as defined by ITAR (22 CFR 120.62: U.S. citizen, lawful permanent resident, or protected individual)?" name="usPerson" valueSelected={form.usPerson} onChange={(value) => set('usPerson')(value)}>
                    <RadioButton id="cg-usPerson-yes" labelText="Yes" value="yes" />
                    <RadioButton id="cg-usPerson-no" labelText="No" value="no" />
                  </RadioButtonGroup>
                  {dropdown('clearance', 'Active security clearance', CLEARANCE)}
                  <div className="cg-row">
                    <NumberInput id="cg-salary" label="Desired annual base salary" min={0} step={1000} hideSteppers allowEmpty value={form.salary} onChange={(e, { value }) => set('salary')(value === undefined || value === null ? '' : String(value))} />
                    {dropdown('currency', 'Currency', CURRENCY)}
                  </div>
                  <DatePicker datePickerType="single" dateFormat="m/d/Y" value={form.startDate} onChange={(_, dateText) => set('startDate')(dateText)}>
                    <DatePickerInput id="cg-startDate" labelText="Available start date" placeholder="mm/dd/yyyy" />
                  </DatePicker>
                  <Toggle id="cg-relocate" labelText="Relocation" labelA="Not open to relocating to Huntsville" labelB="Open to relocating to Huntsville" toggled={form.relocate} onToggle={(checked) => set('relocate')(checked)} />
                  <div data-field="resume">
                    <p className="cds--label">Resume (PDF, max 10 MB)</p>
                    <FileUploaderDropContainer id="cg-resume" name="resume" labelText="Drag and drop your resume here or click to upload" accept={['.pdf', '.docx']} onAddFiles={(e, { addedFiles }) => set('resume')(addedFiles?.[0]?.name ?? '')} />
                    {form.resume && <p className="cg-file-name">{form.resume}</p>}
                  </div>
                  <TextArea id="cg-coverLetter" labelText="Cover letter" helperText="Optional, 3,000 characters max" rows={6} maxCount={3000} value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
                  {dropdown('gender', 'Gender (voluntary)', GENDER)}
                  {dropdown('veteran', 'Veteran status (voluntary)', VETERAN)}
                  <Checkbox id="cg-consent" labelText="I acknowledge the Castellan Orbital candidate privacy statement." checked={form.consent} onChange={(_, { checked }) => set('consent')(checked)} />
                  {error && <p className="cg-error">{error}</p>}
                  <Button id="cg-back" kind="secondary" type="button" onClick={() => setStep(0)}>Back</Button>
                  <Button id="cg-submit" kind="primary" type="submit">Submit application</Button>
                </div>
              )}
            </form>
          </>
        )}
      </div>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
