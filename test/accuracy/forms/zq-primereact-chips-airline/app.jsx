/*
 * Cirrus Point Air careers on PrimeReact 10 (lara theme). Exercises PrimeReact pieces the other
 * page does not: a filterable dial-code Dropdown with item templates beside a keyfilter="int"
 * phone, AutoComplete with a dropdown button (city) and multiple AutoComplete chips (skills),
 * Chips (certifications), IconField + InputIcon, InputNumber with buttons and a " yrs" suffix,
 * Calendar view="month" (mm/yy: "01/2027"), a Checkbox for authorization, a hidden file input behind a p-button label, ListBox
 * with a filter, Password with toggleMask (account decoy), InputTextarea autoResize.
 * State goes to <pre id="model">.
 */
import 'primereact/resources/themes/lara-light-indigo/theme.css';
import 'primereact/resources/primereact.min.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PrimeReactProvider } from 'primereact/api';
import { AutoComplete } from 'primereact/autocomplete';
import { Button } from 'primereact/button';
import { Calendar } from 'primereact/calendar';
import { Checkbox } from 'primereact/checkbox';
import { Chips } from 'primereact/chips';
import { Dropdown } from 'primereact/dropdown';
import { IconField } from 'primereact/iconfield';
import { InputIcon } from 'primereact/inputicon';
import { InputNumber } from 'primereact/inputnumber';
import { InputText } from 'primereact/inputtext';
import { InputTextarea } from 'primereact/inputtextarea';
import { ListBox } from 'primereact/listbox';
import { Password } from 'primereact/password';

const DIAL = [
  { name: 'Canada', code: 'CA', dial: '+1' }, { name: 'Mexico', code: 'MX', dial: '+52' }, { name: 'United Kingdom', code: 'GB', dial: '+44' },
  { name: 'United States', code: 'US', dial: '+1' }, { name: 'Germany', code: 'DE', dial: '+49' }, { name: 'India', code: 'IN', dial: '+91' },
];
const CITIES = ['Dallas', 'Denver', 'Phoenix', 'Salt Lake City', 'San Antonio', 'San Diego', 'San Francisco', 'San Jose', 'Seattle', 'South San Francisco'];
const SKILLS = ['Airflow', 'BigQuery', 'dbt', 'Kafka', 'Python', 'Spark', 'SQL', 'Terraform'];
const BASES = ['Dallas Love Field (DAL)', 'Denver (DEN)', 'Phoenix Sky Harbor (PHX)', 'San Francisco (SFO)', 'Seattle–Tacoma (SEA)'];

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', dial: null, phone: '', city: '', linkedin: '', portfolio: '', employer: '', title: '',
    years: null, skills: [], certifications: [], availableFrom: null, salary: null, authorized: false, sponsorship: null, base: null,
    resume: null, coverLetter: '', gender: null, consent: false, password: '',
  });
  const [cityHits, setCityHits] = useState(CITIES);
  const [skillHits, setSkillHits] = useState(SKILLS);
  const [search, setSearch] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const dialTemplate = (o) => (o ? <span>{o.name} ({o.dial})</span> : <span>Code</span>);
  const label = (id, textValue) => <label htmlFor={id} className="cp-label">{textValue}</label>;
  const model = {
    ...form,
    dial: form.dial ? form.dial.code : null,
    availableFrom: form.availableFrom ? `${form.availableFrom.getFullYear()}-${String(form.availableFrom.getMonth() + 1).padStart(2, '0')}` : null,
    search,
  };
  return (
    <>
      <header className="cp-top">
        <strong>✈ Cirrus Point Air</strong>
        <span className="cp-nav">Book · Manage · Careers</span>
        <IconField iconPosition="left"><InputIcon className="pi pi-search" /><InputText id="cp-search" name="q" placeholder="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)} /></IconField>
      </header>
      <main className="cp-main">
        <p className="cp-dept">Digital & Data · Dallas, TX or Remote (US)</p>
        <h1>Senior Data Engineer, Revenue Management</h1>
        <p>Fares, loads and ancillaries for 900 daily departures land in our revenue warehouse. Make it fast, correct and trusted.</p>
        {sent ? <div id="cp-sent" className="p-message p-message-success p-3">Application sent. Check your email for a confirmation.</div> : (
          <form id="cp-form" noValidate onSubmit={(e) => { e.preventDefault(); if (form.consent) setSent(true); }}>
            <h3>Personal details</h3>
            <div className="cp-row">
              <div className="cp-field">{label('cp-firstName', 'First name *')}<InputText id="cp-firstName" name="firstName" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /></div>
              <div className="cp-field">{label('cp-lastName', 'Last name *')}<InputText id="cp-lastName" name="lastName" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /></div>
            </div>
            <div className="cp-field">{label('cp-email', 'Email *')}<InputText id="cp-email" name="email" type="email" value={form.email} onChange={(e) => set('email')(e.target.value)} /></div>
            <div className="cp-field">
              {label('cp-phone', 'Phone *')}
              <div className="cp-row cp-tight">
                <Dropdown inputId="cp-dial" name="dial" value={form.dial} onChange={(e) => set('dial')(e.value)} options={DIAL} optionLabel="name" filter filterBy="name,dial" placeholder="Code" valueTemplate={dialTemplate} itemTemplate={dialTemplate} className="cp-dial" aria-label="Country calling code" />
                <InputText id="cp-phone" name="phone" keyfilter="int" placeholder="Phone number" value={form.phone} onChange={(e) => set('phone')(e.target.value)} />
              </div>
            </div>
            <div className="cp-field">{label('cp-city', 'City')}
              <AutoComplete inputId="cp-city" name="city" value={form.city} suggestions={cityHits} completeMethod={(e) => setCityHits(CITIES.filter((c) => c.toLowerCase().startsWith(e.query.toLowerCase())))} dropdown onChange={(e) => set('city')(e.value)} placeholder="Your city" />
            </div>
            <div className="cp-row">
              <div className="cp-field">{label('cp-linkedin', 'LinkedIn')}
                <IconField iconPosition="left"><InputIcon className="pi pi-linkedin" /><InputText id="cp-linkedin" name="linkedin" value={form.linkedin} onChange={(e) => set('linkedin')(e.target.value)} /></IconField>
              </div>
              <div className="cp-field">{label('cp-portfolio', 'Portfolio / personal site')}
                <IconField iconPosition="left"><InputIcon className="pi pi-globe" /><InputText id="cp-portfolio" name="portfolio" value={form.portfolio} onChange={(e) => set('portfolio')(e.target.value)} /></IconField>
              </div>
            </div>
            <h3>Experience</h3>
            <div className="cp-row">
              <div className="cp-field">{label('cp-employer', 'Current employer')}<InputText id="cp-employer" name="employer" value={form.employer} onChange={(e) => set('employer')(e.target.value)} /></div>
              <div className="cp-field">{label('cp-title', 'Current position')}<InputText id="cp-title" name="title" value={form.title} onChange={(e) => set('title')(e.target.value)} /></div>
            </div>
            <div className="cp-field">{label('cp-years', 'Years of experience *')}
              <InputNumber inputId="cp-years" name="years" value={form.years} onValueChange={(e) => set('years')(e.value)} showButtons min={0} max={40} suffix=" yrs" />
            </div>
            <div className="cp-field">{label('cp-skills', 'Key skills')}
              <AutoComplete inputId="cp-skills" name="skills" multiple value={form.skills} suggestions={skillHits} completeMethod={(e) => setSkillHits(SKILLS.filter((s) => s.toLowerCase().includes(e.query.toLowerCase())))} onChange={(e) => set('skills')(e.value)} />
            </div>
            <div className="cp-field">{label('cp-certs', 'Certifications')}
              <Chips inputId="cp-certs" name="certifications" value={form.certifications} onChange={(e) => set('certifications')(e.value)} separator="," placeholder="Type and press Enter" />
            </div>
            <h3>Availability</h3>
            <div className="cp-row">
              <div className="cp-field">{label('cp-available', 'Available from (month)')}
                <Calendar inputId="cp-available" name="availableFrom" value={form.availableFrom} onChange={(e) => set('availableFrom')(e.value)} view="month" dateFormat="mm/yy" placeholder="mm/yy" showIcon />
              </div>
              <div className="cp-field">{label('cp-salary', 'Salary expectation (annual)')}
                <InputNumber inputId="cp-salary" name="salary" value={form.salary} onValueChange={(e) => set('salary')(e.value)} mode="currency" currency="USD" locale="en-US" maxFractionDigits={0} />
              </div>
            </div>
            <div className="cp-check">
              <Checkbox inputId="cp-authorized" name="authorized" checked={form.authorized} onChange={(e) => set('authorized')(e.checked)} />
              <label htmlFor="cp-authorized">I am authorized to work in the United States for any employer</label>
            </div>
            <div className="cp-field">{label('cp-sponsorship', 'Will you require visa sponsorship, now or in the future? *')}
              <Dropdown inputId="cp-sponsorship" name="sponsorship" value={form.sponsorship} onChange={(e) => set('sponsorship')(e.value)} options={['Yes', 'No']} placeholder="Select" />
            </div>
            <div className="cp-field">{label('cp-base', 'Preferred base (if not remote)')}
              <ListBox id="cp-base" value={form.base} onChange={(e) => set('base')(e.value)} options={BASES} filter filterPlaceholder="Filter bases" className="cp-listbox" />
            </div>
            <h3>Documents</h3>
            <div className="cp-field"><span className="cp-label">Resume *</span>
              <div className="cp-resume">
                <label htmlFor="cp-resume" className="p-button p-component p-button-outlined"><span className="pi pi-upload" aria-hidden="true" />&nbsp;Attach resume</label>
                <input id="cp-resume" name="resume" type="file" accept=".pdf,.doc,.docx" hidden onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? null)} />
                <small className="cp-hint">{form.resume ?? 'PDF or Word, up to 5 MB'}</small>
              </div>
            </div>
            <div className="cp-field">{label('cp-coverLetter', 'Cover letter')}
              <InputTextarea id="cp-coverLetter" name="coverLetter" autoResize rows={4} value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
            </div>
            <h3>Equal employment opportunity</h3>
            <div className="cp-field">{label('cp-gender', 'Gender (optional)')}
              <Dropdown inputId="cp-gender" name="gender" value={form.gender} onChange={(e) => set('gender')(e.value)} options={['Female', 'Male', 'Non-binary', 'Decline to answer']} placeholder="Select" showClear />
            </div>
            <h3>Track your application</h3>
            <div className="cp-field">{label('cp-password', 'Create a password (optional)')}
              <Password inputId="cp-password" name="password" value={form.password} onChange={(e) => set('password')(e.target.value)} toggleMask feedback />
            </div>
            <div className="cp-check">
              <Checkbox inputId="cp-consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.checked)} />
              <label htmlFor="cp-consent">I agree to the Cirrus Point Air candidate privacy statement *</label>
            </div>
            <Button type="submit" id="cp-submit" label="Submit application" />
          </form>
        )}
      </main>
      <pre id="model">{JSON.stringify(model)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<PrimeReactProvider><Application /></PrimeReactProvider>);
