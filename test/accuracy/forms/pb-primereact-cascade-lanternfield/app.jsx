/**
 * Lanternfield Mutual (a Sacramento property & casualty insurer) careers page on PrimeReact 10, each
 * component as the PrimeReact docs show it, mostly the ones application pages use least:
 * FloatLabel InputTexts, a phone box whose placeholder carries the country code, an **InputOtp**
 * "resume a saved application" code (a decoy), a free-text **AutoComplete** location ("San Francisco, CA"
 * beside "South San Francisco, CA"), a **CascadeSelect** State → Office preference that lists "San Francisco, CA"
 * (left to the person), **AutoComplete** employer and school with free text allowed, a
 * **ToggleButton** Yes / No "currently employed", an InputNumber kept in step with a **Slider** for
 * years, a single **ListBox** degree, RadioButtons, a sentence Dropdown, InputGroup "$" … "per year"
 * salary, a **month Calendar** (mm/yy) start and a **range Calendar** for the current job's dates, **Chips**
 * skills, a **Mention** referrer box, a **Knob** office-days preference, an advanced **FileUpload**
 * (choose / drag, no upload), EEO and source Dropdowns, a consent Checkbox. React state goes to
 * <pre id="model">.
 */
import 'primereact/resources/themes/lara-light-teal/theme.css';
import 'primereact/resources/primereact.min.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PrimeReactProvider } from 'primereact/api';
import { AutoComplete } from 'primereact/autocomplete';
import { Button } from 'primereact/button';
import { Calendar } from 'primereact/calendar';
import { CascadeSelect } from 'primereact/cascadeselect';
import { Checkbox } from 'primereact/checkbox';
import { Chips } from 'primereact/chips';
import { Dropdown } from 'primereact/dropdown';
import { FileUpload } from 'primereact/fileupload';
import { FloatLabel } from 'primereact/floatlabel';
import { InputNumber } from 'primereact/inputnumber';
import { InputOtp } from 'primereact/inputotp';
import { InputText } from 'primereact/inputtext';
import { InputTextarea } from 'primereact/inputtextarea';
import { Knob } from 'primereact/knob';
import { ListBox } from 'primereact/listbox';
import { Mention } from 'primereact/mention';
import { RadioButton } from 'primereact/radiobutton';
import { Slider } from 'primereact/slider';
import { ToggleButton } from 'primereact/togglebutton';

const OFFICES = [
  { name: 'California', offices: [{ label: 'Sacramento, CA (headquarters)', code: 'SAC' }, { label: 'San Francisco, CA', code: 'SFO' }, { label: 'Fresno, CA', code: 'FAT' }, { label: 'Irvine, CA', code: 'SNA' }] },
  { name: 'Nevada', offices: [{ label: 'Reno, NV', code: 'RNO' }, { label: 'Las Vegas, NV', code: 'LAS' }] },
  { name: 'Oregon', offices: [{ label: 'Portland, OR', code: 'PDX' }] },
  { name: 'Remote', offices: [{ label: 'Fully remote (US)', code: 'REMOTE' }] },
];
const PLACES = ['San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'San Mateo, CA', 'South San Francisco, CA', 'Sacramento, CA', 'Santa Rosa, CA', 'Reno, NV', 'Portland, OR', 'Seattle, WA'];
const INSURERS = ['State Farm', 'Allstate', 'Progressive', 'Nationwide', 'Liberty Mutual', 'Travelers', 'CSAA Insurance Group', 'Mercury Insurance'];
const SCHOOLS = ['UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'Berkeley City College', 'California State University, Sacramento', 'Stanford University', 'University of San Francisco'];
const DEGREES = ['High school diploma or GED', 'Some college, no degree', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate or professional degree'].map((d) => ({ label: d, value: d }));
const SPONSOR = ['Yes, I will need sponsorship now', 'Yes, I will need sponsorship in the future', 'No, I will not need sponsorship'];
const PEOPLE = [{ nickname: 'mara.quentin' }, { nickname: 'devon.achebe' }, { nickname: 'lu.fenwick' }, { nickname: 'sam.oduya' }];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I do not wish to self-identify'];
const SOURCES = ['LinkedIn', 'Indeed', 'Insurance Journal jobs', 'A Lanternfield employee', 'University career fair', 'Other'];

const pad = (n) => String(n).padStart(2, '0');
const ymd = (d) => (d instanceof Date ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : d);

function Field({ label, htmlFor, name, children, hint }) {
  return (
    <div className={`lf-field f-${name}`}>
      {label && <label htmlFor={htmlFor} className="lf-label">{label}</label>}
      {children}
      {hint && <small className="lf-hint">{hint}</small>}
    </div>
  );
}

function App() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', resumeCode: '', location: '', office: null, linkedin: '', employer: '', jobTitle: '', employed: false,
    years: 0, degree: null, school: '', authorized: '', sponsorship: null, salary: null, startMonth: null, tenure: null, skills: [], referrer: '',
    officeDays: 0, resume: [], coverLetter: '', veteran: null, source: null, consent: false,
  });
  const [employerHits, setEmployerHits] = useState([]);
  const [placeHits, setPlaceHits] = useState([]);
  const [schoolHits, setSchoolHits] = useState([]);
  const [peopleHits, setPeopleHits] = useState([]);
  const [done, setDone] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const search = (list, setHits) => (e) => setHits(list.filter((x) => x.toLowerCase().includes(e.query.toLowerCase())));
  const submit = () => {
    if (!form.firstName || !form.email || !form.resume.length || !form.consent) { setError('Please fill in your name, email and resume, and accept the privacy notice.'); return; }
    setDone(true);
  };
  const model = { ...form, office: form.office?.code ?? null, startMonth: form.startMonth ? ymd(form.startMonth).slice(0, 7) : null, tenure: form.tenure ? form.tenure.map(ymd) : null };
  if (done) return <div className="lf-card" id="lf-done"><h2>Thank you, we have your application.</h2><p>A recruiter will be in touch within two weeks.</p><pre id="model">{JSON.stringify(model)}</pre></div>;
  return (
    <div className="lf-card">
      <div className="lf-resume-box f-resumeCode">
        <strong>Started this application before?</strong> Enter the 6-digit code we emailed you to pick up where you left off.
        <InputOtp value={form.resumeCode} onChange={(e) => set('resumeCode')(e.value ?? '')} length={6} integerOnly />
      </div>
      <h2>Your application</h2>
      <h3>About you</h3>
      <div className="lf-row">
        <div className="lf-field f-firstName"><FloatLabel><InputText id="lf-first" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /><label htmlFor="lf-first">First name</label></FloatLabel></div>
        <div className="lf-field f-lastName"><FloatLabel><InputText id="lf-last" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /><label htmlFor="lf-last">Last name</label></FloatLabel></div>
      </div>
      <div className="lf-row">
        <div className="lf-field f-email"><FloatLabel><InputText id="lf-email" type="email" value={form.email} onChange={(e) => set('email')(e.target.value)} /><label htmlFor="lf-email">Email</label></FloatLabel></div>
        <Field label="Mobile number" htmlFor="lf-phone" name="phone"><InputText id="lf-phone" type="tel" value={form.phone} placeholder="+1 555 555 5555" onChange={(e) => set('phone')(e.target.value)} /></Field>
      </div>
      <Field label="Where are you based?" htmlFor="lf-location" name="location" hint="City and state">
        <AutoComplete inputId="lf-location" value={form.location} suggestions={placeHits} completeMethod={search(PLACES, setPlaceHits)} onChange={(e) => set('location')(e.value)} />
      </Field>
      <Field label="LinkedIn URL" htmlFor="lf-linkedin" name="linkedin"><InputText id="lf-linkedin" value={form.linkedin} onChange={(e) => set('linkedin')(e.target.value)} /></Field>

      <h3>Experience</h3>
      <div className="lf-row">
        <Field label="Current or most recent employer" htmlFor="lf-employer" name="employer">
          <AutoComplete inputId="lf-employer" value={form.employer} suggestions={employerHits} completeMethod={search(INSURERS, setEmployerHits)} onChange={(e) => set('employer')(e.value)} />
        </Field>
        <Field label="Title" htmlFor="lf-title" name="jobTitle"><InputText id="lf-title" value={form.jobTitle} onChange={(e) => set('jobTitle')(e.target.value)} /></Field>
      </div>
      <Field label="Do you work there now?" name="employed">
        <ToggleButton checked={form.employed} onChange={(e) => set('employed')(e.value)} onLabel="Yes" offLabel="No" aria-label="Do you work there now?" />
      </Field>
      <Field label="Dates in that job" htmlFor="lf-tenure" name="tenure" hint="From the first to the last day (leave the end open if you still work there)">
        <Calendar inputId="lf-tenure" value={form.tenure} onChange={(e) => set('tenure')(e.value)} selectionMode="range" readOnlyInput hideOnRangeSelection placeholder="mm/dd/yyyy - mm/dd/yyyy" />
      </Field>
      <Field label="Years of relevant experience" htmlFor="lf-years" name="years">
        <InputNumber inputId="lf-years" value={form.years} onValueChange={(e) => set('years')(e.value ?? 0)} min={0} max={30} style={{ width: '6rem' }} />
        <Slider value={form.years} onChange={(e) => set('years')(e.value)} min={0} max={30} style={{ width: '18rem', marginTop: 12 }} />
      </Field>
      <Field label="Highest degree" name="degree">
        <ListBox value={form.degree} onChange={(e) => set('degree')(e.value)} options={DEGREES} style={{ width: '22rem' }} aria-label="Highest degree" />
      </Field>
      <Field label="School" htmlFor="lf-school" name="school">
        <AutoComplete inputId="lf-school" value={form.school} suggestions={schoolHits} completeMethod={search(SCHOOLS, setSchoolHits)} onChange={(e) => set('school')(e.value)} dropdown />
      </Field>
      <Field label="Skills" htmlFor="lf-skills" name="skills" hint="Press Enter after each skill">
        <Chips inputId="lf-skills" value={form.skills} onChange={(e) => set('skills')(e.value)} />
      </Field>

      <h3>Eligibility and pay</h3>
      <Field label="Are you legally authorized to work in the United States?" name="authorized">
        <div className="lf-radios">
          {['Yes', 'No'].map((o) => (
            <span key={o}><RadioButton inputId={`lf-auth-${o}`} name="authorized" value={o} onChange={(e) => set('authorized')(e.value)} checked={form.authorized === o} /><label htmlFor={`lf-auth-${o}`}>{o}</label></span>
          ))}
        </div>
      </Field>
      <Field label="Will you require Lanternfield to sponsor a work visa?" htmlFor="lf-sponsor" name="sponsorship">
        <Dropdown inputId="lf-sponsor" value={form.sponsorship} onChange={(e) => set('sponsorship')(e.value)} options={SPONSOR} placeholder="Select an answer" style={{ width: '24rem' }} />
      </Field>
      <Field label="Salary expectation" htmlFor="lf-salary" name="salary">
        <div className="p-inputgroup" style={{ maxWidth: '22rem' }}>
          <span className="p-inputgroup-addon">$</span>
          <InputNumber inputId="lf-salary" value={form.salary} onValueChange={(e) => set('salary')(e.value)} placeholder="Amount" />
          <span className="p-inputgroup-addon">per year</span>
        </div>
      </Field>
      <Field label="Earliest start month" htmlFor="lf-start" name="startMonth">
        <Calendar inputId="lf-start" value={form.startMonth} onChange={(e) => set('startMonth')(e.value)} view="month" dateFormat="mm/yy" placeholder="mm/yyyy" />
      </Field>
      <Field label="Preferred office (you can change this later)" htmlFor="lf-office" name="office">
        <CascadeSelect inputId="lf-office" value={form.office} onChange={(e) => set('office')(e.value)} options={OFFICES}
          optionLabel="label" optionGroupLabel="name" optionGroupChildren={['offices']} placeholder="Choose an office" style={{ minWidth: '18rem' }} />
      </Field>
      <Field label="Ideal number of office days per week (Sacramento HQ)" name="officeDays">
        <Knob value={form.officeDays} onChange={(e) => set('officeDays')(e.value)} min={0} max={5} size={90} />
      </Field>
      <Field label="Know someone here? Mention them" htmlFor="lf-referrer" name="referrer">
        <Mention inputId="lf-referrer" value={form.referrer} onChange={(e) => set('referrer')(e.target.value)} suggestions={peopleHits} field="nickname" rows={2} cols={40}
          onSearch={(e) => setPeopleHits(PEOPLE.filter((p) => p.nickname.startsWith(e.query.toLowerCase())))} placeholder="Type @ to find a colleague" />
      </Field>

      <h3>Documents</h3>
      <Field label="Resume" name="resume">
        <FileUpload name="resume" customUpload auto={false} accept=".pdf,.doc,.docx" maxFileSize={5000000} chooseLabel="Choose" uploadOptions={{ style: { display: 'none' } }}
          onSelect={(e) => set('resume')([...e.files].map((f) => f.name))} onClear={() => set('resume')([])} onRemove={() => set('resume')([])}
          emptyTemplate={<p className="lf-hint">Drag and drop your resume here.</p>} />
      </Field>
      <Field label="Cover letter" htmlFor="lf-cover" name="coverLetter">
        <InputTextarea id="lf-cover" value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} rows={5} autoResize style={{ width: '100%' }} />
      </Field>
      <div className="lf-row">
        <Field label="Veteran status" htmlFor="lf-veteran" name="veteran">
          <Dropdown inputId="lf-veteran" value={form.veteran} onChange={(e) => set('veteran')(e.value)} options={VETERAN} placeholder="Select" showClear />
        </Field>
        <Field label="How did you find us?" htmlFor="lf-source" name="source">
          <Dropdown inputId="lf-source" value={form.source} onChange={(e) => set('source')(e.value)} options={SOURCES} placeholder="Select" showClear />
        </Field>
      </div>
      <div className="lf-field f-consent lf-check">
        <Checkbox inputId="lf-consent" checked={form.consent} onChange={(e) => set('consent')(e.checked)} />
        <label htmlFor="lf-consent">I have read Lanternfield's applicant privacy notice and agree to the processing of my data.</label>
      </div>
      {error && <p className="lf-error">{error}</p>}
      <Button id="lf-submit" label="Submit application" onClick={submit} />
      <pre id="model">{JSON.stringify(model)}</pre>
    </div>
  );
}

createRoot(document.getElementById('app')).render(<PrimeReactProvider><App /></PrimeReactProvider>);
