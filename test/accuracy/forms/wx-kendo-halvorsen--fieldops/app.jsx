/**
 * Halvorsen Grid Software (St. Paul, MN), another posting — a careers page built with KendoReact 15 free components
 * and the Default theme, laid out the way the Kendo docs compose forms (FieldWrapper, Label with
 * editorId, Hint, FormFieldSet) with the page keeping its own state (the Form package is paid):
 * Input / TextBox (an "https://" InputPrefix), MaskedTextBox phone "(000) 000-0000",
 * DropDownLists (span role=combobox, popup list at the end of <body>) with a defaultItem,
 * an AutoComplete for the current location, NumericTextBoxes (years; salary as "c0" currency),
 * DatePickers (MM/dd/yyyy start date; MM/yyyy graduation), RadioGroups, Checkbox, TextArea.
 * State is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@progress/kendo-theme-default/dist/all.css';
import { AutoComplete, DropDownList } from '@progress/kendo-react-dropdowns';
import { Checkbox, Input, InputPrefix, MaskedTextBox, NumericTextBox, RadioGroup, TextArea, TextBox } from '@progress/kendo-react-inputs';
import { DatePicker } from '@progress/kendo-react-dateinputs';
import { Hint, Label } from '@progress/kendo-react-labels';
import { Button } from '@progress/kendo-react-buttons';
import { FieldWrapper } from '@progress/kendo-react-form';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const CITIES = ['Minneapolis, MN', 'St. Paul, MN', 'Saint Cloud, MN', 'San Antonio, TX', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'San Mateo, CA', 'Santa Clara, CA', 'South San Francisco, CA', 'Seattle, WA', 'Denver, CO', 'Chicago, IL', 'Madison, WI', 'Des Moines, IA'];
const DEGREES = ['High school diploma / GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate', 'Other'];
const CURRENCIES = ['CAD', 'EUR', 'GBP', 'USD'];
const PERIODS = ['per hour', 'per month', 'per year'];
const SOURCES = ['LinkedIn', 'Indeed', 'Halvorsen website', 'Employee referral', 'Career fair', 'Other'];
const GENDERS = ['Female', 'Male', 'Non-binary', 'I decline to self-identify'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify'];
const YES_NO = [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }];

const iso = (date) => (date ? `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null);

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '', country: null, state: null, location: '', yearsExperience: null, currentEmployer: '', currentTitle: '',
  degree: null, school: '', fieldOfStudy: '', graduation: null, authorized: null, sponsorship: null, travel: null, driver: null, salary: null, currency: null,
  period: null, startDate: null, linkedin: '', github: '', resume: '', coverLetter: '', additional: '', source: null, gender: null, veteran: null, consent: false,
};

function Apply() {
  const [form, setForm] = useState(EMPTY);
  const [dates, setDates] = useState({ graduation: null, startDate: null });
  const setDate = (key) => (value) => { setDates((d) => ({ ...d, [key]: value })); set(key)(iso(value)); };
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const field = (key, label, control, hint) => (
    <FieldWrapper>
      <Label editorId={`hg-${key}`}>{label}</Label>
      <div className="k-form-field-wrap">{control}</div>
      {hint && <Hint id={`hg-${key}-hint`}>{hint}</Hint>}
    </FieldWrapper>
  );
  const input = (key, label, props = {}) => field(key, label, <Input id={`hg-${key}`} name={key} value={form[key]} onChange={(e) => set(key)(e.value)} {...props} />);
  const dropdown = (key, label, data, defaultItem = 'Select...') => field(key, label,
    <DropDownList id={`hg-${key}`} name={key} data={data} defaultItem={defaultItem} value={form[key] ?? defaultItem} onChange={(e) => set(key)(e.value === defaultItem ? null : e.value)} />);
  const radios = (key, label, data = YES_NO) => (
    <FieldWrapper>
      <Label id={`hg-${key}-label`}>{label}</Label>
      <RadioGroup id={`hg-${key}`} name={key} ariaLabelledBy={`hg-${key}-label`} data={data} layout="horizontal" value={form[key]} onChange={(e) => set(key)(e.value)} />
    </FieldWrapper>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.lastName && form.email && form.resume && form.consent) setSent(true);
  };
  return (
    <>
      <header className="hg-topbar">
        <span className="hg-brand">HALVORSEN GRID</span>
        <Input id="hg-job-search" placeholder="Search jobs" aria-label="Search jobs" />
        <Button themeColor="base" fillMode="flat" id="hg-signin" style={{ color: '#fff' }}>Candidate sign in</Button>
      </header>
      <main className="hg-wrap">
        {sent ? <h2 id="hg-done">Thanks, your application was submitted. Our talent team will be in touch.</h2> : (
          <>
            <section className="hg-posting">
              <h1>Analytics Engineer, Field Operations</h1>
              <p><strong>Remote (US) · occasional travel</strong> · Customer Operations · Full-time · Req #HG-2340</p>
              <p>Halvorsen builds the software 140 rural electric co-ops use to read, bill and forecast their meters. Field Operations sends crews to install, swap and repair those meters; this role gives the crews' dispatchers the numbers they plan with.</p>
              <p>You will build dbt models and Power BI reports on crew utilisation, truck rolls and first-time-fix rates, and visit co-op service centers a few times a year.</p>
            </section>
            <form id="hg-apply" className="k-form k-form-md" onSubmit={submit} noValidate>
              <fieldset className="k-form-fieldset">
                <legend className="k-form-legend">Personal information</legend>
                <div className="hg-row">
                  {input('firstName', 'Legal first name')}
                  {input('lastName', 'Legal last name')}
                </div>
                <div className="hg-row">
                  {input('email', 'Email', { type: 'email' })}
                  {field('phone', 'Mobile phone', <MaskedTextBox id="hg-phone" name="phone" mask="(000) 000-0000" value={form.phone} onChange={(e) => set('phone')(e.value)} ariaDescribedBy="hg-phone-hint" />, 'US numbers only, e.g. (651) 555-0123')}
                </div>
                {dropdown('country', 'Country', COUNTRIES, 'Select country...')}
                <div className="hg-row">
                  {dropdown('state', 'State', STATES, 'Select state...')}
                  {field('location', 'Current location', <AutoComplete id="hg-location" name="location" data={CITIES.filter((c) => c.toLowerCase().includes(form.location.toLowerCase()))} value={form.location} onChange={(e) => set('location')(e.value ?? '')} placeholder="Start typing a city" />, 'City and state')}
                </div>
              </fieldset>
              <fieldset className="k-form-fieldset">
                <legend className="k-form-legend">Experience &amp; education</legend>
                <div className="hg-row">
                  {input('currentEmployer', 'Current or most recent employer')}
                  {input('currentTitle', 'Current or most recent job title')}
                </div>
                {field('yearsExperience', 'Years of experience in analytics, BI or data engineering', <NumericTextBox id="hg-yearsExperience" name="yearsExperience" format="n0" min={0} max={50} value={form.yearsExperience} onChange={(e) => set('yearsExperience')(e.value)} />, 'Whole years')}
                <div className="hg-row">
                  {dropdown('degree', 'Highest degree earned', DEGREES)}
                  {input('school', 'School / university')}
                </div>
                <div className="hg-row">
                  {input('fieldOfStudy', 'Field of study')}
                  {field('graduation', 'Graduation date', <DatePicker id="hg-graduation" name="graduation" format="MM/yyyy" value={dates.graduation} onChange={(e) => setDate('graduation')(e.value)} />, 'Month and year')}
                </div>
                {field('linkedin', 'LinkedIn profile', <TextBox id="hg-linkedin" name="linkedin" value={form.linkedin} onChange={(e) => set('linkedin')(e.value)} prefix={() => <InputPrefix>https://</InputPrefix>} placeholder="www.linkedin.com/in/your-name" />)}
                {input('github', 'GitHub profile URL (optional)', { type: 'url' })}
              </fieldset>
              <fieldset className="k-form-fieldset">
                <legend className="k-form-legend">Eligibility</legend>
                {radios('authorized', 'Are you legally authorized to work in the United States for any employer?')}
                {radios('sponsorship', 'Will you now or in the future require Halvorsen to sponsor an employment visa (e.g. H-1B)?')}
                {radios('travel', 'This role travels to co-op service centers up to 20% of the time. Are you able to travel at that level?')}
                {radios('driver', 'Do you hold a valid driver’s license and a driving record that meets our fleet insurer’s standards?')}
              </fieldset>
              <fieldset className="k-form-fieldset">
                <legend className="k-form-legend">Compensation &amp; availability</legend>
                <div className="hg-row">
                  {field('salary', 'Desired base salary', <NumericTextBox id="hg-salary" name="salary" format="c0" min={0} spinners={false} value={form.salary} onChange={(e) => set('salary')(e.value)} />)}
                  {dropdown('currency', 'Currency', CURRENCIES, 'Select...')}
                  {dropdown('period', 'Pay period', PERIODS, 'Select...')}
                </div>
                {field('startDate', 'Earliest available start date', <DatePicker id="hg-startDate" name="startDate" format="MM/dd/yyyy" value={dates.startDate} onChange={(e) => setDate('startDate')(e.value)} />)}
              </fieldset>
              <fieldset className="k-form-fieldset">
                <legend className="k-form-legend">Documents</legend>
                {field('resume', 'Resume', <input type="file" id="hg-resume" name="resume" className="k-input" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />, 'PDF or Word, up to 5 MB')}
                {field('coverLetter', 'Cover letter (optional)', <input type="file" id="hg-coverLetter" name="coverLetter" className="k-input" accept=".pdf,.doc,.docx,.txt" onChange={(e) => set('coverLetter')(e.target.files?.[0]?.name ?? '')} />)}
                {field('additional', 'Is there anything else you would like the hiring team to know?', <TextArea id="hg-additional" name="additional" rows={4} value={form.additional} onChange={(e) => set('additional')(e.value)} />)}
              </fieldset>
              <fieldset className="k-form-fieldset">
                <legend className="k-form-legend">Voluntary self-identification</legend>
                {dropdown('source', 'How did you hear about this position?', SOURCES)}
                <div className="hg-row">
                  {dropdown('gender', 'Gender', GENDERS)}
                  {dropdown('veteran', 'Veteran status', VETERAN)}
                </div>
              </fieldset>
              <div className="k-form-field">
                <Checkbox id="hg-consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.value)} label="I have read the Halvorsen Candidate Privacy Notice and consent to the processing of my data for recruiting." />
              </div>
              <div className="k-form-buttons">
                <Button type="submit" themeColor="primary" id="hg-submit">Submit application</Button>
              </div>
            </form>
          </>
        )}
      </main>
      <footer className="hg-footer">
        <div>
          <Label editorId="hg-alerts-email">Get new Customer Operations jobs by email</Label>
          <Input id="hg-alerts-email" type="email" placeholder="you@example.com" />
        </div>
        <Button id="hg-alerts-go">Subscribe</Button>
      </footer>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Apply />);
