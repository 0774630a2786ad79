/**
 * Marshgate Water careers, another opening on the same page template (GIS Data Engineer): a Formik
 * form whose every control is a PrimeReact 10 component wrapped in a small useField adapter (no
 * Formik <Field> renders a native input): InputMask phone whose mask carries the country code
 * ("+1 (999) 999-9999"), a filterable TreeSelect location (country › state › metro), a
 * "currently employed" RadioButton group, a bucket Dropdown for years, a GIS-tools MultiSelect
 * (left alone), an AutoComplete school with forceSelection (suggestions 250 ms after typing), a
 * grouped Dropdown degree, sponsorship first as a SelectButton and authorization as a sentence
 * Dropdown, an InputNumber in USD currency mode, a Calendar typed as yy-mm-dd behind a
 * "9999-99-99" mask (its popup opens from the icon only), a FileUpload in basic mode, a driver's
 * licence RadioButton group, Checkbox. Formik's values go to <pre id="model">. The header holds a
 * customer log-in (account number + password).
 */
import 'primereact/resources/themes/lara-light-teal/theme.css';
import 'primereact/resources/primereact.min.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Formik, Form, useField, useFormikContext } from 'formik';
import { PrimeReactProvider } from 'primereact/api';
import { AutoComplete } from 'primereact/autocomplete';
import { Button } from 'primereact/button';
import { Calendar } from 'primereact/calendar';
import { Checkbox } from 'primereact/checkbox';
import { Dropdown } from 'primereact/dropdown';
import { FileUpload } from 'primereact/fileupload';
import { InputMask } from 'primereact/inputmask';
import { InputNumber } from 'primereact/inputnumber';
import { InputText } from 'primereact/inputtext';
import { InputTextarea } from 'primereact/inputtextarea';
import { MultiSelect } from 'primereact/multiselect';
import { RadioButton } from 'primereact/radiobutton';
import { SelectButton } from 'primereact/selectbutton';
import { TreeSelect } from 'primereact/treeselect';

const leafs = (prefix, names) => names.map((n) => ({ key: `${prefix}-${n.toLowerCase().replace(/\W+/g, '-')}`, label: n, data: n }));
const LOCATIONS = [
  { key: 'us', label: 'United States', selectable: false, children: [
    { key: 'us-ca', label: 'California', selectable: false, children: leafs('us-ca', ['Los Angeles Area', 'Sacramento Area', 'San Diego Area', 'San Francisco Bay Area', 'Central Valley']) },
    { key: 'us-or', label: 'Oregon', selectable: false, children: leafs('us-or', ['Portland Area', 'Salem Area']) },
    { key: 'us-wa', label: 'Washington', selectable: false, children: leafs('us-wa', ['Seattle Area', 'Spokane Area']) },
    { key: 'us-az', label: 'Arizona', selectable: false, children: leafs('us-az', ['Phoenix Area', 'Tucson Area']) },
  ] },
  { key: 'ca', label: 'Canada', selectable: false, children: [
    { key: 'ca-bc', label: 'British Columbia', selectable: false, children: leafs('ca-bc', ['Vancouver Area', 'Victoria Area']) },
  ] },
];
const SCHOOLS = ['Berkeley City College', 'California State University, Sacramento', 'Oregon State University', 'Portland State University', 'San Francisco State University',
  'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of Oregon', 'University of Washington'];
const DEGREES = [
  { label: 'Undergraduate', items: [{ label: 'Associate degree (AA/AS)', value: 'assoc' }, { label: 'Bachelor’s degree (BA/BS)', value: 'bach' }] },
  { label: 'Graduate', items: [{ label: 'Master’s degree (MA/MS/MBA)', value: 'master' }, { label: 'Doctorate (PhD)', value: 'phd' }] },
  { label: 'Other', items: [{ label: 'High school diploma / GED', value: 'hs' }, { label: 'Trade certificate', value: 'trade' }] },
];
const AUTH = ['Yes — I can work for any U.S. employer', 'Yes — but only on a visa tied to my employer', 'No — I am not authorized to work in the U.S.'];
const YEARS = ['Less than 3 years', '3 to 6 years', '7 to 10 years', 'More than 10 years'];
const GIS = ['ArcGIS Pro', 'ArcGIS Enterprise', 'QGIS', 'PostGIS', 'FME', 'Esri Utility Network', 'GeoPandas'];
const HEARD = ['Marshgate website', 'LinkedIn', 'Indeed', 'GovernmentJobs', 'URISA job board', 'Employee referral', 'Other'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I choose not to self-identify'];

function Row({ id, label, req, hint, error, children }) {
  return (
    <div className="mw-field">
      <label htmlFor={id} className="mw-label">{label}{req && <span className="mw-req"> *</span>}</label>
      {children}
      {hint && <small className="mw-hint">{hint}</small>}
      {error && <small className="p-error mw-err">{error}</small>}
    </div>
  );
}
function useF(name) {
  const [field, meta, helpers] = useField(name);
  return { field, error: meta.touched && meta.error ? meta.error : null, set: helpers.setValue, touch: () => helpers.setTouched(true) };
}
function PText({ name, label, req, hint, ...rest }) {
  const { field, error } = useF(name);
  return <Row id={`mw-${name}`} label={label} req={req} hint={hint} error={error}><InputText id={`mw-${name}`} {...field} value={field.value ?? ''} className={error ? 'p-invalid' : ''} {...rest} /></Row>;
}
function PDropdown({ name, label, req, options, hint, ...rest }) {
  const { field, error, set } = useF(name);
  return (
    <Row id={`mw-${name}-input`} label={label} req={req} hint={hint} error={error}>
      <Dropdown id={`mw-${name}`} inputId={`mw-${name}-input`} name={name} value={field.value} options={options} onChange={(e) => set(e.value)} placeholder="Select" className={error ? 'p-invalid' : ''} {...rest} />
    </Row>
  );
}

function Application({ sent }) {
  const { values, isSubmitting } = useFormikContext();
  const phone = useF('phone');
  const location = useF('location');
  const school = useF('school');
  const employed = useF('employed');
  const sponsorship = useF('sponsorship');
  const gisTools = useF('gisTools');
  const license = useF('driverLicense');
  const salary = useF('salary');
  const startDate = useF('startDate');
  const resume = useF('resume');
  const cover = useF('coverLetter');
  const consent = useF('consent');
  const [schoolHits, setSchoolHits] = useState([]);
  const findSchools = (e) => setTimeout(() => setSchoolHits(SCHOOLS.filter((s) => s.toLowerCase().includes(e.query.toLowerCase()))), 250);

  return (
    <Form id="mw-form" noValidate>
      <h2>Contact information</h2>
      <div className="mw-grid">
        <PText name="firstName" label="First name" req autoComplete="given-name" />
        <PText name="lastName" label="Last name" req autoComplete="family-name" />
      </div>
      <PText name="email" label="Email" req type="email" />
      <Row id="mw-phone" label="Phone" req error={phone.error}>
        <InputMask id="mw-phone" name="phone" mask="+1 (999) 999-9999" placeholder="+1 (___) ___-____" value={phone.field.value}
          onChange={(e) => phone.set(e.value ?? '')} onBlur={phone.touch} />
      </Row>
      <Row id="mw-location" label="Where do you live?" req hint="Pick the metro area closest to you" error={location.error}>
        <TreeSelect id="mw-location" inputId="mw-location-input" name="location" value={location.field.value} options={LOCATIONS} filter filterBy="label"
          filterInputAutoFocus selectionMode="single" placeholder="Select a location" onChange={(e) => location.set(e.value)} className="mw-wide" />
      </Row>
      <PText name="portfolio" label="GitHub or portfolio URL" hint="Optional" />
      <h2>Experience</h2>
      <div className="mw-field" role="radiogroup" aria-labelledby="mw-employed-label">
        <span className="mw-label" id="mw-employed-label">Are you currently employed? <span className="mw-req">*</span></span>
        {['Yes', 'No'].map((o) => (
          <span key={o} className="mw-radio">
            <RadioButton inputId={`mw-employed-${o}`} name="employed" value={o} onChange={(e) => employed.set(e.value)} checked={employed.field.value === o} />
            <label htmlFor={`mw-employed-${o}`}>{o}</label>
          </span>
        ))}
        {employed.error && <small className="p-error mw-err">{employed.error}</small>}
      </div>
      <div className="mw-grid">
        <PText name="employer" label="Current or most recent employer" />
        <PText name="jobTitle" label="Title" />
      </div>
      <PDropdown name="years" label="How many years of professional data or GIS engineering experience do you have?" req options={YEARS} />
      <Row id="mw-gisTools" label="Which GIS tools have you used in production?" hint="Select all that apply">
        <MultiSelect id="mw-gisTools" inputId="mw-gisTools-input" name="gisTools" value={gisTools.field.value} options={GIS} onChange={(e) => gisTools.set(e.value)} placeholder="Select tools" display="chip" className="mw-wide" />
      </Row>
      <div className="mw-grid">
        <PDropdown name="degree" label="Highest education" options={DEGREES} optionGroupLabel="label" optionGroupChildren="items" optionLabel="label" optionValue="value" />
        <Row id="mw-school" label="School" hint="Start typing, then pick from the list" error={school.error}>
          <AutoComplete inputId="mw-school" name="school" value={school.field.value} suggestions={schoolHits} completeMethod={findSchools} forceSelection
            onChange={(e) => school.set(e.value)} delay={200} />
        </Row>
      </div>
      <h2>Eligibility and pay</h2>
      <Row id="mw-sponsorship" label="Will you now or in the future need Marshgate to sponsor a work visa (e.g. H-1B)?" req error={sponsorship.error}>
        <SelectButton id="mw-sponsorship" value={sponsorship.field.value} options={['Yes', 'No']} onChange={(e) => sponsorship.set(e.value)} allowEmpty={false} />
      </Row>
      <PDropdown name="authorized" label="Which best describes your eligibility to work in the U.S.?" req options={AUTH} />
      <div className="mw-grid">
        <Row id="mw-salary-input" label="Salary expectation (annual)" hint="The posted range is $128,000 – $162,000">
          <InputNumber id="mw-salary" inputId="mw-salary-input" name="salary" value={salary.field.value} onValueChange={(e) => salary.set(e.value)}
            mode="currency" currency="USD" locale="en-US" maxFractionDigits={0} />
        </Row>
        <Row id="mw-startDate" label="Earliest date you could start" hint="YYYY-MM-DD">
          <Calendar inputId="mw-startDate" name="startDate" value={startDate.field.value} onChange={(e) => startDate.set(e.value ?? null)} dateFormat="yy-mm-dd" mask="9999-99-99" showIcon showOnFocus={false} placeholder="YYYY-MM-DD" />
        </Row>
      </div>
      <h2>Documents</h2>
      <div className="mw-field">
        <span className="mw-label" id="mw-resume-label">Resume <span className="mw-req">*</span></span>
        <FileUpload mode="basic" name="resume" accept=".pdf,.doc,.docx" maxFileSize={5000000} chooseLabel="Choose file" customUpload auto={false}
          onSelect={(e) => resume.set(e.files?.[0]?.name ?? '')} onClear={() => resume.set('')} />
        {resume.error && <small className="p-error mw-err">{resume.error}</small>}
      </div>
      <Row id="mw-coverLetter" label="Cover letter" hint="Optional">
        <InputTextarea id="mw-coverLetter" name="coverLetter" rows={5} value={cover.field.value} onChange={(e) => cover.set(e.target.value)} autoResize />
      </Row>
      <div className="mw-field" role="radiogroup" aria-labelledby="mw-license-label">
        <span className="mw-label" id="mw-license-label">This role visits reservoirs and pump stations. Do you have a valid driver's license and a clean driving record?</span>
        {['Yes', 'No'].map((o) => (
          <span key={o} className="mw-radio">
            <RadioButton inputId={`mw-license-${o}`} name="driverLicense" value={o} onChange={(e) => license.set(e.value)} checked={license.field.value === o} />
            <label htmlFor={`mw-license-${o}`}>{o}</label>
          </span>
        ))}
      </div>
      <PDropdown name="heard" label="How did you learn about this opening?" options={HEARD} showClear />
      <h2>Voluntary self-identification</h2>
      <PDropdown name="veteran" label="Veteran status" options={VETERAN} showClear />
      <div className="mw-field mw-check">
        <Checkbox inputId="mw-consent" name="consent" checked={consent.field.value} onChange={(e) => consent.set(e.checked)} />
        <label htmlFor="mw-consent">I certify that my answers are true and complete and I accept the Marshgate applicant privacy notice.</label>
        {consent.error && <small className="p-error mw-err">{consent.error}</small>}
      </div>
      <Button id="mw-submit" type="submit" label="Submit application" disabled={isSubmitting} />
      {sent && <p id="mw-sent" className="mw-sent">Application received. Thank you for applying to Marshgate Water.</p>}
      <pre id="model">{JSON.stringify({ ...values, startDate: values.startDate ? isoDate(values.startDate) : null })}</pre>
    </Form>
  );
}
const isoDate = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const INITIAL = {
  firstName: '', lastName: '', email: '', phone: '', location: null, portfolio: '', employed: null, employer: '', jobTitle: '', years: null, gisTools: [],
  degree: null, school: '', sponsorship: null, authorized: null, salary: null, startDate: null, resume: '', coverLetter: '', driverLicense: null, heard: null,
  veteran: null, consent: false,
};
const validate = (v) => {
  const e = {};
  for (const k of ['firstName', 'lastName', 'email', 'phone', 'location', 'employed', 'years', 'sponsorship', 'authorized', 'resume']) if (v[k] === '' || v[k] === null) e[k] = 'Required';
  if (v.email && !/^\S+@\S+\.\S+$/.test(v.email)) e.email = 'Enter a valid email';
  if (!v.consent) e.consent = 'Please confirm';
  return e;
};

function App() {
  const [account, setAccount] = useState({ number: '', password: '' });
  const [sent, setSent] = useState(false);
  return (
    <PrimeReactProvider>
      <header className="mw-top">
        <span className="mw-logo">≈ Marshgate Water</span>
        <nav><a href="#">Service</a><a href="#">Rates</a><a href="#">Water quality</a><a href="#">Careers</a></nav>
        <form className="mw-login" onSubmit={(e) => e.preventDefault()} aria-label="Customer log in">
          <InputText id="mw-account" placeholder="Account number" aria-label="Account number" value={account.number} onChange={(e) => setAccount({ ...account, number: e.target.value })} />
          <InputText id="mw-account-password" type="password" placeholder="Password" aria-label="Password" value={account.password} onChange={(e) => setAccount({ ...account, password: e.target.value })} />
          <Button label="Log in" size="small" type="submit" />
        </form>
      </header>
      <main className="mw-main">
        <p className="mw-kicker">Engineering &amp; Asset Management · Hayward, CA (hybrid, 2 days on site) · Regular, full-time</p>
        <h1>GIS Data Engineer — Asset Management</h1>
        <p>4,100 miles of pipe, 170 reservoirs and one aging map. Help us move our water-system GIS into the Utility Network model and keep it in sync with work orders and the hydraulic model.</p>
        <Formik initialValues={INITIAL} validate={validate} onSubmit={(v, { setSubmitting }) => { setSent(true); setSubmitting(false); }}>
          <Application sent={sent} />
        </Formik>
      </main>
    </PrimeReactProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
