/**
 * An insurer's careers page on PrimeReact 10: InputTexts, an InputMask phone "999-999-9999", a
 * Dropdown with filter for the country and one for the state, SelectButtons for work
 * authorization, sponsorship and years ranges (role=button options, no native inputs), the degree
 * as a ListBox (role=listbox, options always visible), pronouns as RadioButtons, a month Calendar
 * (mm/yy shows "01/2027"), a Chips input for certifications, a MultiSelect of lines of business,
 * a FileUpload in basic mode ("Choose" button around the file input), InputSwitch and Checkbox
 * consents, an EEO Dropdown and a "how did you hear" Dropdown. React state in <pre id="model">.
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

const COUNTRIES = ['Australia', 'Canada', 'India', 'Ireland', 'United Kingdom', 'United States'];
const STATES = ['Arizona', 'California', 'Connecticut', 'Illinois', 'Massachusetts', 'New York', 'Ohio'];
const DEGREES = ['High school / GED', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctorate', 'Other'];
const LINES = ['Auto', 'Homeowners', 'Life', 'Commercial', 'Reinsurance'];
const month = (date) => (date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}` : null);

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', country: null, state: null, employer: '', authorized: null, sponsorship: null, years: null,
    degree: null, pronouns: null, availableFrom: null, certifications: [], lines: [], resume: null, source: null, veteran: null, textAlerts: false, attest: false,
  });
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  if (sent) return <h2 id="done">Thank you — your application was submitted.</h2>;
  return (
    <form onSubmit={(event) => { event.preventDefault(); if (form.email && form.resume && form.attest) setSent(true); }} noValidate>
      <h1>Actuarial Data Engineer</h1>
      <p>Hartford, CT or remote · Req #MM-4471</p>
      <div className="inline">
        <div className="field"><label htmlFor="firstName">First Name *</label><InputText id="firstName" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /></div>
        <div className="field"><label htmlFor="lastName">Last Name *</label><InputText id="lastName" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /></div>
      </div>
      <div className="field"><label htmlFor="email">Email Address *</label><InputText id="email" type="email" value={form.email} onChange={(e) => set('email')(e.target.value)} /></div>
      <div className="field"><label htmlFor="phone">Phone Number</label><InputMask id="phone" mask="999-999-9999" placeholder="555-555-5555" value={form.phone} onChange={(e) => set('phone')(e.target.value ?? '')} /></div>
      <div className="field"><label htmlFor="city">City</label><InputText id="city" value={form.city} onChange={(e) => set('city')(e.target.value)} /></div>
      <div className="inline">
        <div className="field" data-field="country"><label htmlFor="country">Country</label>
          <Dropdown inputId="country" value={form.country} options={COUNTRIES} onChange={(e) => set('country')(e.value)} filter placeholder="Select a country" style={{ width: 260 }} /></div>
        <div className="field" data-field="state"><label htmlFor="state">State</label>
          <Dropdown inputId="state" value={form.state} options={STATES} onChange={(e) => set('state')(e.value)} filter placeholder="Select a state" style={{ width: 220 }} /></div>
      </div>
      <div className="field"><label htmlFor="employer">Current or most recent employer</label><InputText id="employer" value={form.employer} onChange={(e) => set('employer')(e.target.value)} /></div>
      <div className="field" data-field="authorized"><span className="q" id="authorized-label">Are you legally eligible to work in the U.S.?</span>
        <SelectButton value={form.authorized} options={['Yes', 'No']} onChange={(e) => set('authorized')(e.value)} aria-labelledby="authorized-label" /></div>
      <div className="field" data-field="sponsorship"><span className="q" id="sponsorship-label">Will you now or in the future require sponsorship?</span>
        <SelectButton value={form.sponsorship} options={['Yes', 'No']} onChange={(e) => set('sponsorship')(e.value)} aria-labelledby="sponsorship-label" /></div>
      <div className="field" data-field="years"><span className="q" id="years-label">Years of relevant experience</span>
        <SelectButton value={form.years} options={['0-1', '2-4', '5-8', '9+']} onChange={(e) => set('years')(e.value)} aria-labelledby="years-label" /></div>
      <div className="field" data-field="degree"><span className="q" id="degree-label">Highest education</span>
        <ListBox value={form.degree} options={DEGREES} onChange={(e) => set('degree')(e.value)} aria-labelledby="degree-label" listStyle={{ maxHeight: 220 }} /></div>
      <div className="field" data-field="pronouns"><span className="q">Pronouns</span>
        <div className="inline">
          {['She/Her', 'He/Him', 'They/Them', 'Prefer not to answer'].map((option, index) => (
            <span key={option}><RadioButton inputId={`pronouns-${index}`} name="pronouns" value={option} checked={form.pronouns === option} onChange={(e) => set('pronouns')(e.value)} />
              <label htmlFor={`pronouns-${index}`}> {option}</label></span>
          ))}
        </div></div>
      <div className="field"><label htmlFor="availableFrom">Available to start (month)</label>
        <Calendar inputId="availableFrom" value={form.availableFrom} onChange={(e) => set('availableFrom')(e.value)} view="month" dateFormat="mm/yy" placeholder="mm/yyyy" showIcon /></div>
      <div className="field"><label htmlFor="certifications">Professional certifications</label>
        <Chips inputId="certifications" value={form.certifications} onChange={(e) => set('certifications')(e.value)} placeholder="Type and press Enter" /></div>
      <div className="field" data-field="lines"><label htmlFor="lines">Lines of business you have supported</label>
        <MultiSelect inputId="lines" value={form.lines} options={LINES} onChange={(e) => set('lines')(e.value)} placeholder="Select" display="chip" /></div>
      <div className="field" data-field="resume"><span className="q">Resume / CV *</span>
        <FileUpload mode="basic" name="resume" accept=".pdf,.doc,.docx" maxFileSize={5000000} chooseLabel="Choose file" customUpload
          onSelect={(e) => set('resume')(e.files[0]?.name ?? null)} onClear={() => set('resume')(null)} /></div>
      <div className="field" data-field="source"><label htmlFor="source">How did you learn about this opening?</label>
        <Dropdown inputId="source" value={form.source} options={['Marrowgate website', 'LinkedIn', 'Indeed', 'Referral', 'Other']} onChange={(e) => set('source')(e.value)} placeholder="Select" /></div>
      <div className="field" data-field="veteran"><label htmlFor="veteran">Veteran status (voluntary)</label>
        <Dropdown inputId="veteran" value={form.veteran} options={['I am a protected veteran', 'I am not a protected veteran', 'I choose not to self-identify']} onChange={(e) => set('veteran')(e.value)} placeholder="Select" /></div>
      <div className="field inline"><InputSwitch inputId="textAlerts" checked={form.textAlerts} onChange={(e) => set('textAlerts')(e.value)} /><label htmlFor="textAlerts">Send me text alerts about new roles</label></div>
      <div className="field inline"><Checkbox inputId="attest" checked={form.attest} onChange={(e) => set('attest')(e.checked)} /><label htmlFor="attest">I certify the information I provided is true and complete.</label></div>
      <Button type="submit" id="submit" label="Submit" />
      <pre id="model">{JSON.stringify({ ...form, availableFrom: month(form.availableFrom) })}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<PrimeReactProvider><Application /></PrimeReactProvider>);
