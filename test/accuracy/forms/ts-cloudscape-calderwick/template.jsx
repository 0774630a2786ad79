/**
 * Calderwick Energy careers: a hosted apply page built on Cloudscape (the employer's internal
 * design system is Cloudscape, so its careers site is too). One template, several postings: the
 * posting passes its title, blurb and its own screening questions. The form state is shown in
 * <pre id="model">.
 */
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@cloudscape-design/global-styles/index.css';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import DatePicker from '@cloudscape-design/components/date-picker';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FileUpload from '@cloudscape-design/components/file-upload';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Multiselect from '@cloudscape-design/components/multiselect';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import Toggle from '@cloudscape-design/components/toggle';
import countries from 'world-countries';

const opt = (label) => ({ label, value: label });

const DIAL_CODES = [
  { label: 'Canada (+1)', value: 'CA' },
  { label: 'United States (+1)', value: 'US' },
  { label: 'Mexico (+52)', value: 'MX' },
  { label: 'United Kingdom (+44)', value: 'GB' },
  { label: 'Germany (+49)', value: 'DE' },
  { label: 'India (+91)', value: 'IN' },
  { label: 'Philippines (+63)', value: 'PH' },
];

const COUNTRY_OPTIONS = countries
  .map((c) => c.name.common)
  .sort((a, b) => a.localeCompare(b))
  .map(opt);

const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const CA_PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'];
const REGION_OPTIONS = [
  { label: 'United States', options: US_STATES.map(opt) },
  { label: 'Canada', options: CA_PROVINCES.map(opt) },
];

const CITY_SUGGESTIONS = ['San Francisco', 'South San Francisco', 'San Francisco de Macorís', 'San Jose', 'San Diego', 'Sacramento', 'Oakland', 'Denver', 'Boulder', 'Seattle', 'Portland', 'Salt Lake City'].map((value) => ({ value }));

const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
  'University of California, San Diego', 'Berkeley College', 'Berklee College of Music', 'California State University, East Bay',
  'Colorado School of Mines', 'Stanford University', 'University of Colorado Boulder', 'University of Washington',
].map((value) => ({ value }));

const DEGREES = ['High school or equivalent', "Associate's (AA, AS)", "Bachelor's (BA, BS)", "Master's (MA, MS, MBA)", 'Doctorate (PhD)', 'Other'].map(opt);
const CURRENCIES = [
  { label: 'CAD — Canadian dollar', value: 'CAD' },
  { label: 'EUR — Euro', value: 'EUR' },
  { label: 'GBP — British pound', value: 'GBP' },
  { label: 'USD — US dollar', value: 'USD' },
];
const PERIODS = ['Hourly', 'Monthly', 'Annually'].map(opt);
const TOOLS = ['Apache Kafka', 'Apache Spark', 'Apache Flink', 'dbt', 'Airflow', 'Snowflake', 'TimescaleDB', 'OSIsoft PI'].map(opt);
const SOURCES = ['LinkedIn', 'Indeed', 'Calderwick website', 'A Calderwick employee', 'Conference or meetup', 'Other'].map(opt);
const GENDERS = ['Female', 'Male', 'Non-binary', 'I prefer not to answer'].map(opt);
const RACES = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I prefer not to answer'].map(opt);
const DISABILITY = ['Yes, I have a disability (or previously had one)', 'No, I do not have a disability', 'I prefer not to answer'].map(opt);

const fileI18n = {
  uploadButtonText: (multiple) => (multiple ? 'Choose files' : 'Choose file'),
  dropzoneText: (multiple) => (multiple ? 'Drop files to upload' : 'Drop file to upload'),
  removeFileAriaLabel: (i) => `Remove file ${i + 1}`,
  limitShowFewer: 'Show fewer files',
  limitShowMore: 'Show more files',
  errorIconAriaLabel: 'Error',
  warningIconAriaLabel: 'Warning',
};

const dateI18n = { todayAriaLabel: 'Today', nextMonthAriaLabel: 'Next month', previousMonthAriaLabel: 'Previous month', openCalendarAriaLabel: (d) => (d ? `Choose start date, selected date is ${d}` : 'Choose start date') };

function Question({ q, value, onChange }) {
  if (q.kind === 'radio') {
    return (
      <div id={q.id}>
        <FormField label={q.label} description={q.description}>
          <RadioGroup value={value ?? null} onChange={({ detail }) => onChange(detail.value)} items={q.options.map((o) => ({ value: o, label: o }))} />
        </FormField>
      </div>
    );
  }
  if (q.kind === 'select') {
    return (
      <div id={q.id}>
        <FormField label={q.label} description={q.description}>
          <Select selectedOption={value ? opt(value) : null} onChange={({ detail }) => onChange(detail.selectedOption.value)} options={q.options.map(opt)} placeholder="Choose an option" />
        </FormField>
      </div>
    );
  }
  return (
    <div id={q.id}>
      <FormField label={q.label} description={q.description}>
        <Textarea value={value ?? ''} onChange={({ detail }) => onChange(detail.value)} rows={3} />
      </FormField>
    </div>
  );
}

function Application({ posting }) {
  const [v, setV] = useState({
    firstName: '', lastName: '', preferredName: '', email: '', dialCode: null, phone: '',
    street: '', city: '', region: null, postalCode: '', country: null,
    linkedin: '', portfolio: '', employer: '', jobTitle: '', years: '', degree: null, school: '',
    authorized: null, sponsorship: null, salary: '', currency: null, payPeriod: null, startDate: '',
    resume: [], coverLetter: [], notes: '', tools: [], source: null, relocate: false,
    answers: Object.fromEntries(posting.questions.map((q) => [q.key, null])),
    gender: null, race: null, veteran: null, disability: null, privacy: false, talentPool: false,
  });
  const [errors, setErrors] = useState({});
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setV((old) => ({ ...old, [key]: value }));
  const setAnswer = (key) => (value) => setV((old) => ({ ...old, answers: { ...old.answers, [key]: value } }));
  const sel = (value, list) => (value ? list.flatMap((o) => o.options ?? [o]).find((o) => o.value === value) ?? null : null);

  const model = { ...v, resume: v.resume.map((f) => f.name), coverLetter: v.coverLetter.map((f) => f.name), tools: v.tools.map((o) => o.value) };

  function submit(event) {
    event.preventDefault();
    const e = {};
    for (const k of ['firstName', 'lastName', 'email', 'phone', 'city', 'postalCode']) if (!String(v[k]).trim()) e[k] = 'Required';
    if (!v.country) e.country = 'Required';
    if (!v.authorized) e.authorized = 'Required';
    if (!v.sponsorship) e.sponsorship = 'Required';
    if (v.resume.length === 0) e.resume = 'Attach a resume';
    if (!v.privacy) e.privacy = 'You must accept the privacy notice to apply';
    for (const q of posting.questions) if (q.required && !v.answers[q.key]) e[q.key] = 'Required';
    setErrors(e);
    if (Object.keys(e).length === 0) setDone(true);
  }

  if (done) {
    return <div id="cw-done"><Box variant="h2">Thanks, {v.firstName}. Your application for {posting.title} is in.</Box><pre id="model">{JSON.stringify(model, null, 1)}</pre></div>;
  }

  return (
    <form id="cw-form" onSubmit={submit} noValidate>
      <Form
        header={<Header variant="h1" description={posting.blurb}>{posting.title}</Header>}
        actions={<Button id="cw-submit" variant="primary" formAction="submit">Submit application</Button>}
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Contact information</Header>}>
            <SpaceBetween size="m">
              <ColumnLayout columns={2}>
                <div id="cw-first"><FormField label="Legal first name" errorText={errors.firstName}><Input value={v.firstName} onChange={({ detail }) => set('firstName')(detail.value)} autoComplete="given-name" /></FormField></div>
                <div id="cw-last"><FormField label="Legal last name" errorText={errors.lastName}><Input value={v.lastName} onChange={({ detail }) => set('lastName')(detail.value)} autoComplete="family-name" /></FormField></div>
              </ColumnLayout>
              <div id="cw-preferred"><FormField label={<span>Preferred name <i>- optional</i></span>} description="If you go by a name other than your legal first name."><Input value={v.preferredName} onChange={({ detail }) => set('preferredName')(detail.value)} /></FormField></div>
              <div id="cw-email"><FormField label="Email address" errorText={errors.email}><Input type="email" value={v.email} onChange={({ detail }) => set('email')(detail.value)} /></FormField></div>
              <FormField label="Phone number" errorText={errors.phone} stretch>
                <Grid gridDefinition={[{ colspan: 4 }, { colspan: 8 }]}>
                  <div id="cw-dial"><Select selectedOption={sel(v.dialCode, DIAL_CODES)} onChange={({ detail }) => set('dialCode')(detail.selectedOption.value)} options={DIAL_CODES} placeholder="Country code" ariaLabel="Country code" /></div>
                  <div id="cw-phone"><Input type="tel" inputMode="tel" value={v.phone} onChange={({ detail }) => set('phone')(detail.value)} ariaLabel="Phone number" /></div>
                </Grid>
              </FormField>
            </SpaceBetween>
          </Container>

          <Container header={<Header variant="h2" description="Where you live today. We use this for payroll and tax purposes if you are hired.">Home address</Header>}>
            <SpaceBetween size="m">
              <div id="cw-street"><FormField label="Street address"><Input value={v.street} onChange={({ detail }) => set('street')(detail.value)} /></FormField></div>
              <ColumnLayout columns={2}>
                <div id="cw-city"><FormField label="City" errorText={errors.city}><Autosuggest value={v.city} onChange={({ detail }) => set('city')(detail.value)} options={CITY_SUGGESTIONS} enteredTextLabel={(t) => `Use "${t}"`} placeholder="Start typing a city" ariaLabel="City" empty="No matching cities" /></FormField></div>
                <div id="cw-region"><FormField label="State / Province"><Select selectedOption={sel(v.region, REGION_OPTIONS)} onChange={({ detail }) => set('region')(detail.selectedOption.value)} options={REGION_OPTIONS} filteringType="auto" placeholder="Choose a state or province" filteringPlaceholder="Find a state or province" /></FormField></div>
              </ColumnLayout>
              <ColumnLayout columns={2}>
                <div id="cw-postal"><FormField label="ZIP / Postal code" errorText={errors.postalCode}><Input value={v.postalCode} onChange={({ detail }) => set('postalCode')(detail.value)} /></FormField></div>
                <div id="cw-country"><FormField label="Country" errorText={errors.country}><Select selectedOption={sel(v.country, COUNTRY_OPTIONS)} onChange={({ detail }) => set('country')(detail.selectedOption.value)} options={COUNTRY_OPTIONS} filteringType="auto" placeholder="Choose a country" filteringPlaceholder="Find a country" /></FormField></div>
              </ColumnLayout>
            </SpaceBetween>
          </Container>

          <Container header={<Header variant="h2">Experience</Header>}>
            <SpaceBetween size="m">
              <ColumnLayout columns={2}>
                <div id="cw-linkedin"><FormField label="LinkedIn profile"><Input type="url" value={v.linkedin} onChange={({ detail }) => set('linkedin')(detail.value)} placeholder="https://www.linkedin.com/in/..." /></FormField></div>
                <div id="cw-portfolio"><FormField label={<span>Portfolio or personal site <i>- optional</i></span>}><Input type="url" value={v.portfolio} onChange={({ detail }) => set('portfolio')(detail.value)} placeholder="https://" /></FormField></div>
              </ColumnLayout>
              <ColumnLayout columns={2}>
                <div id="cw-employer"><FormField label="Current employer" description="Leave blank if you are not working right now."><Input value={v.employer} onChange={({ detail }) => set('employer')(detail.value)} /></FormField></div>
                <div id="cw-title"><FormField label="Current job title"><Input value={v.jobTitle} onChange={({ detail }) => set('jobTitle')(detail.value)} /></FormField></div>
              </ColumnLayout>
              <div id="cw-years"><FormField label={posting.yearsLabel} constraintText="Whole years. Count full-time roles only."><Input type="number" inputMode="numeric" value={v.years} onChange={({ detail }) => set('years')(detail.value)} /></FormField></div>
              <ColumnLayout columns={2}>
                <div id="cw-degree"><FormField label="Highest degree completed"><Select selectedOption={sel(v.degree, DEGREES)} onChange={({ detail }) => set('degree')(detail.selectedOption.value)} options={DEGREES} placeholder="Choose a degree" /></FormField></div>
                <div id="cw-school"><FormField label="School or university"><Autosuggest value={v.school} onChange={({ detail }) => set('school')(detail.value)} options={SCHOOLS} enteredTextLabel={(t) => `Use "${t}"`} placeholder="Start typing a school" ariaLabel="School or university" empty="No matching schools" /></FormField></div>
              </ColumnLayout>
              <div id="cw-tools"><FormField label={<span>Tools you have used in production <i>- optional</i></span>}><Multiselect selectedOptions={v.tools} onChange={({ detail }) => set('tools')(detail.selectedOptions)} options={TOOLS} placeholder="Choose tools" /></FormField></div>
            </SpaceBetween>
          </Container>

          <Container header={<Header variant="h2">Eligibility and compensation</Header>}>
            <SpaceBetween size="m">
              <div id="cw-auth"><FormField label="Are you legally authorized to work in the United States?" errorText={errors.authorized}>
                <RadioGroup value={v.authorized} onChange={({ detail }) => set('authorized')(detail.value)} items={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
              </FormField></div>
              <div id="cw-sponsor"><FormField label={posting.sponsorLabel} errorText={errors.sponsorship}>
                <RadioGroup value={v.sponsorship} onChange={({ detail }) => set('sponsorship')(detail.value)} items={posting.sponsorItems} />
              </FormField></div>
              <FormField label="Salary expectation" description={posting.payNote} stretch>
                <Grid gridDefinition={[{ colspan: 5 }, { colspan: 4 }, { colspan: 3 }]}>
                  <div id="cw-salary"><Input type="number" inputMode="numeric" value={v.salary} onChange={({ detail }) => set('salary')(detail.value)} ariaLabel="Amount" placeholder="Amount" /></div>
                  <div id="cw-currency"><Select selectedOption={sel(v.currency, CURRENCIES)} onChange={({ detail }) => set('currency')(detail.selectedOption.value)} options={CURRENCIES} placeholder="Currency" ariaLabel="Currency" /></div>
                  <div id="cw-period"><Select selectedOption={sel(v.payPeriod, PERIODS)} onChange={({ detail }) => set('payPeriod')(detail.selectedOption.value)} options={PERIODS} placeholder="Per" ariaLabel="Pay period" /></div>
                </Grid>
              </FormField>
              <div id="cw-start"><FormField label="Earliest start date" constraintText="Use YYYY/MM/DD format.">
                <DatePicker value={v.startDate} onChange={({ detail }) => set('startDate')(detail.value)} placeholder="YYYY/MM/DD" i18nStrings={dateI18n} isDateEnabled={(d) => d > new Date(2026, 0, 1)} />
              </FormField></div>
              <div id="cw-relocate"><Toggle checked={v.relocate} onChange={({ detail }) => set('relocate')(detail.checked)}>{posting.relocateLabel}</Toggle></div>
            </SpaceBetween>
          </Container>

          <Container header={<Header variant="h2">Documents</Header>}>
            <SpaceBetween size="m">
              <div id="cw-resume"><FormField label="Resume" constraintText="PDF or DOCX, up to 5 MB." errorText={errors.resume}>
                <FileUpload value={v.resume} onChange={({ detail }) => set('resume')(detail.value)} accept=".pdf,.docx" showFileSize i18nStrings={fileI18n} />
              </FormField></div>
              <div id="cw-cover"><FormField label={<span>Cover letter <i>- optional</i></span>} constraintText="PDF, DOCX or TXT.">
                <FileUpload value={v.coverLetter} onChange={({ detail }) => set('coverLetter')(detail.value)} accept=".pdf,.docx,.txt" i18nStrings={fileI18n} />
              </FormField></div>
            </SpaceBetween>
          </Container>

          {posting.questions.length > 0 && (
            <Container header={<Header variant="h2">A few questions from the team</Header>}>
              <SpaceBetween size="m">
                {posting.questions.map((q) => <Question key={q.key} q={{ ...q, id: `cw-q-${q.key}` }} value={v.answers[q.key]} onChange={setAnswer(q.key)} />)}
                <div id="cw-notes"><FormField label={<span>Anything else you would like us to know? <i>- optional</i></span>}><Textarea value={v.notes} onChange={({ detail }) => set('notes')(detail.value)} rows={3} /></FormField></div>
                <div id="cw-source"><FormField label="How did you hear about this job?"><Select selectedOption={sel(v.source, SOURCES)} onChange={({ detail }) => set('source')(detail.selectedOption.value)} options={SOURCES} placeholder="Choose an option" /></FormField></div>
              </SpaceBetween>
            </Container>
          )}

          <Container>
            <ExpandableSection defaultExpanded headerText="Voluntary self-identification (optional)" headerDescription="Calderwick is an equal opportunity employer. Your answers are kept apart from your application and never seen by the hiring team.">
              <SpaceBetween size="m">
                <div id="cw-gender"><FormField label="Gender"><Select selectedOption={sel(v.gender, GENDERS)} onChange={({ detail }) => set('gender')(detail.selectedOption.value)} options={GENDERS} placeholder="Choose an option" /></FormField></div>
                <div id="cw-race"><FormField label="Race / ethnicity"><Select selectedOption={sel(v.race, RACES)} onChange={({ detail }) => set('race')(detail.selectedOption.value)} options={RACES} placeholder="Choose an option" /></FormField></div>
                <div id="cw-veteran"><FormField label="Protected veteran status">
                  <RadioGroup value={v.veteran} onChange={({ detail }) => set('veteran')(detail.value)} items={[{ value: 'yes', label: 'I identify as a protected veteran' }, { value: 'no', label: 'I am not a protected veteran' }, { value: 'decline', label: 'I prefer not to answer' }]} />
                </FormField></div>
                <div id="cw-disability"><FormField label="Disability status"><Select selectedOption={sel(v.disability, DISABILITY)} onChange={({ detail }) => set('disability')(detail.selectedOption.value)} options={DISABILITY} placeholder="Choose an option" /></FormField></div>
              </SpaceBetween>
            </ExpandableSection>
          </Container>

          <Container>
            <SpaceBetween size="s">
              <div id="cw-privacy"><Checkbox checked={v.privacy} onChange={({ detail }) => set('privacy')(detail.checked)}>I have read the Calderwick candidate privacy notice and agree to my data being processed for this application.</Checkbox></div>
              {errors.privacy && <Box color="text-status-error">{errors.privacy}</Box>}
              <div id="cw-talent"><Checkbox checked={v.talentPool} onChange={({ detail }) => set('talentPool')(detail.checked)}>Keep my profile on file and let me know about other roles at Calderwick.</Checkbox></div>
            </SpaceBetween>
          </Container>
        </SpaceBetween>
      </Form>
      <pre id="model">{JSON.stringify(model, null, 1)}</pre>
    </form>
  );
}

function JobAlerts({ value, onChange }) {
  return (
    <footer className="cw-footer">
      <Box variant="h3">Get job alerts</Box>
      <div id="cw-alert-email" className="cw-alert"><Input type="email" value={value} onChange={({ detail }) => onChange(detail.value)} placeholder="you@example.com" ariaLabel="Email for job alerts" /><Button>Subscribe</Button></div>
    </footer>
  );
}

function Page({ posting }) {
  const [alert, setAlert] = useState('');
  return (
    <div className="cw-page">
      <header className="cw-top"><span className="cw-brand">Calderwick <b>Energy</b></span><nav><a href="#">Jobs</a> <a href="#">Life at Calderwick</a> <a href="#">Benefits</a></nav></header>
      <main className="cw-main">
        <Box variant="p" color="text-body-secondary">{posting.meta}</Box>
        <Application posting={posting} />
      </main>
      <JobAlerts value={alert} onChange={setAlert} />
    </div>
  );
}

export function mount(posting) {
  createRoot(document.getElementById('root')).render(<Page posting={posting} />);
}
