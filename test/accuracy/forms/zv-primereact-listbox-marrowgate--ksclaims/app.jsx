/**
 * Marrowgate Mutual's careers page on PrimeReact 10, another posting: Claims Analytics Engineer
 * (Columbus, OH). Same components, configured for this job: a preferred name, a ZIP box, the
 * country Dropdown preset to United States, work authorization as RadioButtons and sponsorship
 * as a SelectButton, an 18+ SelectButton, years as a ListBox of ranges, highest education as a
 * Dropdown, a full-date Calendar (mm/dd/yy shows "01/15/2027"), a Chips input for claims systems,
 * a MultiSelect of offices, the basic FileUpload resume, source and veteran Dropdowns,
 * InputSwitch alerts and the certification Checkbox. React state in <pre id="model">.
 */
import 'primereact/resources/themes/lara-light-indigo/theme.css';
import 'primereact/resources/primereact.min.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PrimeReactProvider } from 'primereact/api';
import { Button } from 'primereact/button';
import { Calendar } from 'primereact/calendar';
import { Checkbox } from 'primereact/checkbox';
import { Chips } from 'primereact/chips';
import { Dropdown } from 'primereact/dropdown';
import { FileUpload } from 'primereact/fileupload';
import { InputMask } from 'primereact/inputmask';
import { InputSwitch } from 'primereact/inputswitch';
import { InputText } from 'primereact/inputtext';
import { ListBox } from 'primereact/listbox';
import { MultiSelect } from 'primereact/multiselect';
import { RadioButton } from 'primereact/radiobutton';
import { SelectButton } from 'primereact/selectbutton';

const COUNTRIES = ['Canada', 'India', 'Ireland', 'Mexico', 'Philippines', 'United Kingdom', 'United States'];
const STATES = ['California', 'Connecticut', 'Indiana', 'Kentucky', 'Michigan', 'New York', 'Ohio', 'Pennsylvania'];
const YEARS = ['Less than 3 years', '3 to 6 years', '7 to 10 years', 'More than 10 years'];
const DEGREES = ['High school diploma', 'Associate’s', 'Bachelor’s', 'Master’s', 'PhD', 'Other'];
const OFFICES = ['Columbus, OH', 'Hartford, CT', 'Louisville, KY', 'Remote (US)'];
const iso = (date) => (date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null);

function Application() {
  const [form, setForm] = useState({
    firstName: '', preferredName: '', lastName: '', email: '', phone: '', city: '', state: null, zip: '', country: 'United States', employer: '', jobTitle: '',
    adult: null, authorized: null, sponsorship: null, years: null, degree: null, availableFrom: null, claimsSystems: [], offices: [], resume: null, source: null, veteran: null, textAlerts: false, attest: false,
  });
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  if (sent) return <h2 id="done">Thank you — your application was submitted.</h2>;
  const radios = (key, options) => (
    <div className="inline">
      {options.map((option, index) => (
        <span key={option}><RadioButton inputId={`${key}-${index}`} name={key} value={option} checked={form[key] === option} onChange={(e) => set(key)(e.value)} />
          <label htmlFor={`${key}-${index}`}> {option}</label></span>
      ))}
    </div>
  );
  return (
    <form onSubmit={(event) => { event.preventDefault(); if (form.email && form.resume && form.attest && form.adult) setSent(true); }} noValidate>
      <h1>Claims Analytics Engineer</h1>
      <p>Columbus, OH (hybrid) or remote · Req #MM-5208</p>
      <div className="inline">
        <div className="field"><label htmlFor="firstName">First Name *</label><InputText id="firstName" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /></div>
        <div className="field"><label htmlFor="preferredName">Preferred Name</label><InputText id="preferredName" value={form.preferredName} onChange={(e) => set('preferredName')(e.target.value)} /></div>
        <div className="field"><label htmlFor="lastName">Last Name *</label><InputText id="lastName" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /></div>
      </div>
      <div className="field"><label htmlFor="email">Email Address *</label><InputText id="email" type="email" value={form.email} onChange={(e) => set('email')(e.target.value)} /></div>
      <div className="field"><label htmlFor="phone">Mobile Phone</label><InputMask id="phone" mask="999-999-9999" placeholder="555-555-5555" value={form.phone} onChange={(e) => set('phone')(e.target.value ?? '')} /></div>
      <div className="inline">
        <div className="field"><label htmlFor="city">City</label><InputText id="city" value={form.city} onChange={(e) => set('city')(e.target.value)} /></div>
        <div className="field" data-field="state"><label htmlFor="state">State</label>
          <Dropdown inputId="state" value={form.state} options={STATES} onChange={(e) => set('state')(e.value)} filter placeholder="Select a state" style={{ width: 200 }} /></div>
        <div className="field"><label htmlFor="zip">ZIP Code</label><InputText id="zip" value={form.zip} onChange={(e) => set('zip')(e.target.value)} style={{ width: 110 }} /></div>
      </div>
      <div className="field" data-field="country"><label htmlFor="country">Country</label>
        <Dropdown inputId="country" value={form.country} options={COUNTRIES} onChange={(e) => set('country')(e.value)} filter placeholder="Select a country" style={{ width: 260 }} /></div>
      <div className="inline">
        <div className="field"><label htmlFor="employer">Current employer</label><InputText id="employer" value={form.employer} onChange={(e) => set('employer')(e.target.value)} /></div>
        <div className="field"><label htmlFor="jobTitle">Current job title</label><InputText id="jobTitle" value={form.jobTitle} onChange={(e) => set('jobTitle')(e.target.value)} /></div>
      </div>
      <div className="field" data-field="adult"><span className="q" id="adult-label">Are you at least 18 years of age? *</span>
        <SelectButton value={form.adult} options={['Yes', 'No']} onChange={(e) => set('adult')(e.value)} aria-labelledby="adult-label" /></div>
      <div className="field" data-field="authorized"><span className="q">Are you legally authorized to work in the United States for any employer?</span>
        {radios('authorized', ['Yes', 'No'])}</div>
      <div className="field" data-field="sponsorship"><span className="q" id="sponsorship-label">Will you now or in the future require Marrowgate to sponsor an employment visa (e.g. H-1B)?</span>
        <SelectButton value={form.sponsorship} options={['Yes', 'No']} onChange={(e) => set('sponsorship')(e.value)} aria-labelledby="sponsorship-label" /></div>
      <div className="field" data-field="years"><span className="q" id="years-label">Total years of professional experience</span>
        <ListBox value={form.years} options={YEARS} onChange={(e) => set('years')(e.value)} aria-labelledby="years-label" /></div>
      <div className="field" data-field="degree"><label htmlFor="degree">Highest degree earned</label>
        <Dropdown inputId="degree" value={form.degree} options={DEGREES} onChange={(e) => set('degree')(e.value)} placeholder="Select" style={{ width: 260 }} /></div>
      <div className="field"><label htmlFor="availableFrom">Earliest available start date</label>
        <Calendar inputId="availableFrom" value={form.availableFrom} onChange={(e) => set('availableFrom')(e.value)} dateFormat="mm/dd/yy" placeholder="mm/dd/yyyy" showIcon /></div>
      <div className="field"><label htmlFor="claimsSystems">Claims systems you have worked with (e.g. Guidewire ClaimCenter)</label>
        <Chips inputId="claimsSystems" value={form.claimsSystems} onChange={(e) => set('claimsSystems')(e.value)} placeholder="Type and press Enter" /></div>
      <div className="field" data-field="offices"><label htmlFor="offices">Which locations would work for you?</label>
        <MultiSelect inputId="offices" value={form.offices} options={OFFICES} onChange={(e) => set('offices')(e.value)} placeholder="Select" display="chip" /></div>
      <div className="field" data-field="resume"><span className="q">Resume *</span>
        <FileUpload mode="basic" name="resume" accept=".pdf,.doc,.docx" maxFileSize={5000000} chooseLabel="Upload resume" customUpload
          onSelect={(e) => set('resume')(e.files[0]?.name ?? null)} onClear={() => set('resume')(null)} /></div>
      <div className="field" data-field="source"><label htmlFor="source">How did you hear about us?</label>
        <Dropdown inputId="source" value={form.source} options={['Marrowgate website', 'LinkedIn', 'Indeed', 'Glassdoor', 'Employee referral', 'Other']} onChange={(e) => set('source')(e.value)} placeholder="Select" /></div>
      <div className="field" data-field="veteran"><label htmlFor="veteran">Veteran status (voluntary)</label>
        <Dropdown inputId="veteran" value={form.veteran} options={['I am a protected veteran', 'I am not a protected veteran', 'I choose not to self-identify']} onChange={(e) => set('veteran')(e.value)} placeholder="Select" /></div>
      <div className="field inline"><InputSwitch inputId="textAlerts" checked={form.textAlerts} onChange={(e) => set('textAlerts')(e.value)} /><label htmlFor="textAlerts">Text me about the status of my application</label></div>
      <div className="field inline"><Checkbox inputId="attest" checked={form.attest} onChange={(e) => set('attest')(e.checked)} /><label htmlFor="attest">I certify the information I provided is true and complete. *</label></div>
      <Button type="submit" id="submit" label="Submit application" />
      <pre id="model">{JSON.stringify({ ...form, availableFrom: iso(form.availableFrom) })}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<PrimeReactProvider><Application /></PrimeReactProvider>);
