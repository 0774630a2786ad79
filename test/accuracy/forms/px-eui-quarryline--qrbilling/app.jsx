// Quarryline careers: application built with Elastic UI (EUI) in its own React app (billing posting).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import moment from 'moment';
import countries from 'world-countries';
import {
  EuiButton,
  EuiButtonGroup,
  EuiCallOut,
  EuiCheckbox,
  EuiDatePicker,
  EuiFieldNumber,
  EuiFieldText,
  EuiFilePicker,
  EuiForm,
  EuiFormRow,
  EuiProvider,
  EuiSelect,
  EuiSpacer,
  EuiSwitch,
  EuiTextArea,
  EuiTitle,
} from '@elastic/eui';

const DIAL = [
  { value: 'CA', text: 'CA +1' },
  { value: 'US', text: 'US +1' },
  { value: 'MX', text: 'MX +52' },
  { value: 'GB', text: 'GB +44' },
  { value: 'DE', text: 'DE +49' },
  { value: 'IN', text: 'IN +91' },
  { value: 'AU', text: 'AU +61' },
];
const COUNTRIES = [{ value: '', text: '' }].concat(
  countries.map((c) => ({ value: c.cca3, text: c.name.official })).sort((a, b) => a.text.localeCompare(b.text)),
);
const EDUCATION = ['', 'High school', 'Some college', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctoral degree'].map((t) => ({ value: t, text: t }));
const ZONES = ['', 'UTC−05:00 Eastern', 'UTC−06:00 Central', 'UTC−07:00 Mountain', 'UTC−07:00 Arizona (no DST)', 'UTC−08:00 Pacific', 'UTC−09:00 Alaska'].map((t) => ({ value: t, text: t }));
const SPARK = ['', 'Never used it', 'Under 1 year', '1–3 years', 'More than 3 years'].map((t) => ({ value: t, text: t }));
const YES_NO = (id) => [
  { id: `${id}-yes`, label: 'Yes' },
  { id: `${id}-no`, label: 'No' },
];

function App() {
  const [m, setM] = useState({
    firstName: '', lastName: '', preferredName: '', email: '', dialCode: 'CA', phone: '', country: '', city: '',
    linkedin: '', github: '', employer: '', employedNow: null, education: '', years: '', authorized: null, sponsorship: null, zone: '', spark: '', quarterTravel: null,
    startDate: null, salary: '', resume: [], coverLetter: '', referral: false, privacy: false,
  });
  const [sent, setSent] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const set = (k) => (v) => setM((p) => ({ ...p, [k]: v }));
  const ev = (k) => (e) => set(k)(e.target.value);
  const pressed = (name) => (m[name] ? `${name}-${m[name]}` : '');
  const submit = (e) => {
    e.preventDefault();
    const bad = !m.firstName || !m.lastName || !m.email || !m.resume.length || !m.privacy;
    setInvalid(bad);
    if (!bad) setSent(true);
  };
  const model = { ...m, startDate: m.startDate ? m.startDate.format('YYYY-MM-DD') : null };
  return (
    <EuiProvider colorMode="light">
      <EuiForm component="form" id="ql-apply" onSubmit={submit} noValidate isInvalid={invalid} error={invalid ? ['Fill in the required fields, add a resume and accept the privacy notice.'] : undefined}>
        <EuiTitle size="s"><h3>About you</h3></EuiTitle>
        <EuiSpacer size="s" />
        <EuiFormRow label="First name" className="ql-firstName"><EuiFieldText name="first_name" value={m.firstName} onChange={ev('firstName')} /></EuiFormRow>
        <EuiFormRow label="Last name" className="ql-lastName"><EuiFieldText name="last_name" value={m.lastName} onChange={ev('lastName')} /></EuiFormRow>
        <EuiFormRow label="Preferred name" labelAppend={<span className="ql-opt">Optional</span>} className="ql-preferredName"><EuiFieldText name="preferred_name" value={m.preferredName} onChange={ev('preferredName')} /></EuiFormRow>
        <EuiFormRow label="Email" className="ql-email"><EuiFieldText name="email" type="email" icon="email" value={m.email} onChange={ev('email')} /></EuiFormRow>
        <EuiFormRow label="Phone number" helpText="We'll only call about your application." className="ql-phone">
          <EuiFieldText
            name="phone"
            type="tel"
            value={m.phone}
            onChange={ev('phone')}
            prepend={<EuiSelect compressed aria-label="Country calling code" name="dial_code" options={DIAL} value={m.dialCode} onChange={ev('dialCode')} />}
          />
        </EuiFormRow>
        <EuiFormRow label="Country of residence" className="ql-country">
          <EuiSelect name="country" hasNoInitialSelection options={COUNTRIES} value={m.country} onChange={ev('country')} />
        </EuiFormRow>
        <EuiFormRow label="City" className="ql-city"><EuiFieldText name="city" value={m.city} onChange={ev('city')} /></EuiFormRow>
        <EuiSpacer />
        <EuiTitle size="s"><h3>Experience</h3></EuiTitle>
        <EuiSpacer size="s" />
        <EuiFormRow label="LinkedIn" className="ql-linkedin"><EuiFieldText name="linkedin" prepend="linkedin.com/in/" value={m.linkedin} onChange={ev('linkedin')} /></EuiFormRow>
        <EuiFormRow label="GitHub" labelAppend={<span className="ql-opt">Optional</span>} className="ql-github"><EuiFieldText name="github" value={m.github} onChange={ev('github')} /></EuiFormRow>
        <EuiFormRow label="Current employer" labelAppend={<span className="ql-opt">Optional</span>} className="ql-employer"><EuiFieldText name="employer" value={m.employer} onChange={ev('employer')} /></EuiFormRow>
        <EuiFormRow label="Are you currently employed there?" className="ql-employedNow">
          <EuiButtonGroup legend="Are you currently employed there?" options={YES_NO('employedNow')} idSelected={pressed('employedNow')} onChange={(id) => set('employedNow')(id.split('-')[1])} />
        </EuiFormRow>
        <EuiFormRow label="Highest level of education" className="ql-education"><EuiSelect name="education" options={EDUCATION} value={m.education} onChange={ev('education')} /></EuiFormRow>
        <EuiFormRow label="Years of experience in data engineering" className="ql-years"><EuiFieldNumber name="years" min={0} value={m.years} onChange={ev('years')} /></EuiFormRow>
        <EuiFormRow label="Resume" helpText="PDF, up to 10 MB" className="ql-resume">
          <EuiFilePicker id="ql-resume" name="resume" accept=".pdf" initialPromptText="Select or drag and drop your resume" onChange={(files) => set('resume')(Array.from(files ?? []).map((f) => f.name))} />
        </EuiFormRow>
        <EuiFormRow label="Cover letter" labelAppend={<span className="ql-opt">Optional</span>} className="ql-coverLetter"><EuiTextArea name="cover_letter" rows={5} value={m.coverLetter} onChange={ev('coverLetter')} /></EuiFormRow>
        <EuiSpacer />
        <EuiTitle size="s"><h3>Logistics</h3></EuiTitle>
        <EuiSpacer size="s" />
        <EuiFormRow label="Are you legally authorized to work in the United States?" className="ql-authorized">
          <EuiButtonGroup legend="Are you legally authorized to work in the United States?" options={YES_NO('authorized')} idSelected={pressed('authorized')} onChange={(id) => set('authorized')(id.split('-')[1])} />
        </EuiFormRow>
        <EuiFormRow label="Will you now or in the future require sponsorship for an employment visa?" className="ql-sponsorship">
          <EuiButtonGroup legend="Will you now or in the future require sponsorship for an employment visa?" options={YES_NO('sponsorship')} idSelected={pressed('sponsorship')} onChange={(id) => set('sponsorship')(id.split('-')[1])} />
        </EuiFormRow>
        <EuiFormRow label="Which time zone will you work from?" helpText="The team overlaps 10:00–14:00 Mountain time." className="ql-zone">
          <EuiSelect name="zone" options={ZONES} value={m.zone} onChange={ev('zone')} />
        </EuiFormRow>
        <EuiFormRow label="How long have you worked with Apache Spark?" className="ql-spark">
          <EuiSelect name="spark" options={SPARK} value={m.spark} onChange={ev('spark')} />
        </EuiFormRow>
        <EuiFormRow label="The team meets in Denver for three days each quarter. Can you travel for it?" className="ql-quarterTravel">
          <EuiButtonGroup legend="The team meets in Denver for three days each quarter. Can you travel for it?" options={YES_NO('quarterTravel')} idSelected={pressed('quarterTravel')} onChange={(id) => set('quarterTravel')(id.split('-')[1])} />
        </EuiFormRow>
        <EuiFormRow label="Earliest start date" className="ql-startDate">
          <EuiDatePicker name="start_date" selected={m.startDate} dateFormat="MM/DD/YYYY" placeholder="MM/DD/YYYY" onChange={(d) => set('startDate')(d)} />
        </EuiFormRow>
        <EuiFormRow label="Expected base salary" helpText="Annual, in USD" className="ql-salary"><EuiFieldNumber name="salary" prepend="$" value={m.salary} onChange={ev('salary')} /></EuiFormRow>
        <EuiFormRow className="ql-referral">
          <EuiSwitch name="referral" label="I was referred by a Quarryline employee" checked={m.referral} onChange={(e) => set('referral')(e.target.checked)} />
        </EuiFormRow>
        <EuiFormRow className="ql-privacy">
          <EuiCheckbox id="ql-privacy" name="privacy" label="I have read the applicant privacy notice." checked={m.privacy} onChange={(e) => set('privacy')(e.target.checked)} />
        </EuiFormRow>
        <EuiSpacer />
        <EuiButton id="ql-submit" type="submit" fill>Submit application</EuiButton>
        {sent && (
          <div id="ql-done">
            <EuiSpacer />
            <EuiCallOut title="Application received" color="success" iconType="check">We'll be in touch within a week.</EuiCallOut>
          </div>
        )}
      </EuiForm>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </EuiProvider>
  );
}

moment.locale('en');
createRoot(document.getElementById('ql-root')).render(<App />);
