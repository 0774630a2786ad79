// An engineering firm's careers app, built as a SharePoint Framework web part on Fluent UI React v8
// (Office UI Fabric): TextField, MaskedTextField, Dropdown and ComboBox in Layers, DatePicker with
// the default toDateString format, SpinButton, ChoiceGroup, Toggle, TagPicker, Slider.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import {
  ThemeProvider, registerIcons, TextField, MaskedTextField, Dropdown, ComboBox, DatePicker, DayOfWeek, SpinButton,
  ChoiceGroup, Toggle, Checkbox, TagPicker, Slider, PrimaryButton, DefaultButton, Label, MessageBar, MessageBarType, Stack, Separator,
} from '@fluentui/react';

registerIcons({ icons: { ChevronDown: '⌄', ChevronUpSmall: '▴', ChevronDownSmall: '▾', Calendar: '🗓', Up: '↑', Down: '↓', Cancel: '✕', CheckMark: '✓', Upload: '⭱', Info: 'ℹ', ErrorBadge: '!', Completed: '✓', Clear: '✕' } });

const COUNTRIES = [
  { key: 'CA', text: 'Canada' }, { key: 'DE', text: 'Germany' }, { key: 'IN', text: 'India' }, { key: 'IE', text: 'Ireland' },
  { key: 'MX', text: 'Mexico' }, { key: 'GB', text: 'United Kingdom' }, { key: 'US', text: 'United States' },
];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'].map((s) => ({ key: s, text: s }));
const EDUCATION = [
  { key: 'hs', text: 'High School / GED' }, { key: 'as', text: 'Associate Degree' }, { key: 'ba', text: 'Bachelor Degree' },
  { key: 'ms', text: 'Master Degree' }, { key: 'phd', text: 'Doctorate' }, { key: 'pe', text: 'Professional Engineer (PE) licence' },
];
const OFFICES = [
  { key: 'sf', text: 'San Francisco, CA' }, { key: 'sea', text: 'Seattle, WA' }, { key: 'den', text: 'Denver, CO' }, { key: 'remote', text: 'Remote (US)' },
];
const SKILLS = ['Azure Data Factory', 'Synapse', 'Power BI', 'SQL Server', 'Databricks', 'Python', 'GIS / ArcGIS', 'Revit'].map((s) => ({ key: s, name: s }));
const YES_NO = [{ key: 'yes', text: 'Yes' }, { key: 'no', text: 'No' }];

function App() {
  const [v, setV] = useState({
    firstName: '', lastName: '', email: '', phone: '', street: '', city: '', state: '', zip: '', country: 'US',
    linkedIn: '', employer: '', jobTitle: '', years: '0', education: '', offices: [], startDate: null,
    salary: '', workAuth: '', sponsorship: '', clearance: '', skills: [], travel: 25, relocate: false, resume: '', coverLetter: '', howHeard: '', ack: false,
  });
  const [submitted, setSubmitted] = useState(false);
  const [tried, setTried] = useState(false);
  const set = (k) => (value) => setV((old) => ({ ...old, [k]: value }));
  const model = { ...v, startDate: v.startDate ? `${v.startDate.getFullYear()}-${String(v.startDate.getMonth() + 1).padStart(2, '0')}-${String(v.startDate.getDate()).padStart(2, '0')}` : null };

  const missing = ['firstName', 'lastName', 'email', 'phone', 'city', 'state', 'zip', 'workAuth', 'sponsorship', 'resume'].filter((k) => !v[k]);
  const emailError = v.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.email) ? 'Enter a valid email address.' : undefined;
  const phoneDigits = v.phone.replace(/\D/g, '');
  const submit = () => {
    setTried(true);
    if (missing.length || emailError || phoneDigits.length !== 10 || !v.ack) return;
    setSubmitted(true);
  };
  if (submitted)
    return (<><MessageBar id="applied" messageBarType={MessageBarType.success}>Thanks! Your application was submitted to Halvorsen Kerr Engineers.</MessageBar><pre id="model">{JSON.stringify(model, null, 1)}</pre></>);
  const req = (k) => (tried && !v[k] ? 'This field is required.' : undefined);

  return (
    <div className="hk-webpart" id="hk-apply">
      <Stack tokens={{ childrenGap: 14 }}>
        <Separator alignContent="start"><b>Personal information</b></Separator>
        <Stack horizontal tokens={{ childrenGap: 16 }}>
          <Stack.Item grow><div className="hk-f hk-f-firstName"><TextField label="First Name" required value={v.firstName} onChange={(_, t) => set('firstName')(t ?? '')} errorMessage={req('firstName')} /></div></Stack.Item>
          <Stack.Item grow><div className="hk-f hk-f-lastName"><TextField label="Last Name" required value={v.lastName} onChange={(_, t) => set('lastName')(t ?? '')} errorMessage={req('lastName')} /></div></Stack.Item>
        </Stack>
        <Stack horizontal tokens={{ childrenGap: 16 }}>
          <Stack.Item grow><div className="hk-f hk-f-email"><TextField label="Email Address" type="email" required value={v.email} onChange={(_, t) => set('email')(t ?? '')} errorMessage={emailError ?? req('email')} /></div></Stack.Item>
          <Stack.Item grow><div className="hk-f hk-f-phone"><MaskedTextField label="Primary Phone" required mask="(999) 999-9999" value={v.phone} onChange={(_, t) => set('phone')(t ?? '')} errorMessage={tried && phoneDigits.length !== 10 ? 'Enter a 10-digit phone number.' : undefined} /></div></Stack.Item>
        </Stack>
        <div className="hk-f hk-f-street"><TextField label="Street Address" value={v.street} onChange={(_, t) => set('street')(t ?? '')} /></div>
        <Stack horizontal tokens={{ childrenGap: 16 }}>
          <Stack.Item grow><div className="hk-f hk-f-city"><TextField label="City" required value={v.city} onChange={(_, t) => set('city')(t ?? '')} errorMessage={req('city')} /></div></Stack.Item>
          <Stack.Item grow><div className="hk-f hk-f-state"><ComboBox label="State / Province" required allowFreeform autoComplete="on" options={STATES} text={v.state} onChange={(_, option, __, value) => set('state')(option ? option.text : value ?? '')} errorMessage={req('state')} placeholder="Type or select" /></div></Stack.Item>
          <Stack.Item grow={0} styles={{ root: { width: 130 } }}><div className="hk-f hk-f-zip"><TextField label="ZIP / Postal Code" required value={v.zip} onChange={(_, t) => set('zip')(t ?? '')} errorMessage={req('zip')} /></div></Stack.Item>
        </Stack>
        <div className="hk-f hk-f-country"><Dropdown label="Country/Region" options={COUNTRIES} selectedKey={v.country} onChange={(_, o) => set('country')(o.key)} /></div>
        <div className="hk-f hk-f-linkedin"><TextField label="LinkedIn Profile" prefix="https://" value={v.linkedIn} onChange={(_, t) => set('linkedIn')(t ?? '')} /></div>

        <Separator alignContent="start"><b>Experience &amp; education</b></Separator>
        <Stack horizontal tokens={{ childrenGap: 16 }}>
          <Stack.Item grow><div className="hk-f hk-f-employer"><TextField label="Current Employer" value={v.employer} onChange={(_, t) => set('employer')(t ?? '')} /></div></Stack.Item>
          <Stack.Item grow><div className="hk-f hk-f-jobTitle"><TextField label="Current Job Title" value={v.jobTitle} onChange={(_, t) => set('jobTitle')(t ?? '')} /></div></Stack.Item>
        </Stack>
        <Stack horizontal tokens={{ childrenGap: 16 }}>
          <Stack.Item grow><div className="hk-f hk-f-years"><SpinButton label="Total Years of Experience" min={0} max={50} step={1} value={v.years} onChange={(_, nv) => nv !== undefined && set('years')(nv)} incrementButtonAriaLabel="Increase value by 1" decrementButtonAriaLabel="Decrease value by 1" /></div></Stack.Item>
          <Stack.Item grow><div className="hk-f hk-f-education"><Dropdown label="Highest Level of Education" placeholder="Select an option" options={EDUCATION} selectedKey={v.education || null} onChange={(_, o) => set('education')(o.key)} /></div></Stack.Item>
        </Stack>
        <div className="hk-field hk-f-skills">
          <Label htmlFor="skills-picker-input">Technical Skills</Label>
          <TagPicker
            onResolveSuggestions={(filter, selected) => (filter ? SKILLS.filter((s) => s.name.toLowerCase().includes(filter.toLowerCase()) && !selected.some((t) => t.key === s.key)) : [])}
            selectedItems={v.skills.map((s) => ({ key: s, name: s }))}
            onChange={(items) => set('skills')((items ?? []).map((i) => i.name))}
            pickerSuggestionsProps={{ suggestionsHeaderText: 'Suggested skills', noResultsFoundText: 'No skills found' }}
            inputProps={{ id: 'skills-picker-input', placeholder: 'Start typing a skill' }}
          />
        </div>
        <div className="hk-field">
          <Label required htmlFor="resume-file">Resume</Label>
          <input id="resume-file" name="resume" type="file" accept=".pdf,.doc,.docx" className="hk-hidden-file" onChange={(e) => set('resume')(Array.from(e.target.files ?? []).map((f) => f.name).join(', '))} />
          <DefaultButton iconProps={{ iconName: 'Upload' }} text={v.resume ? 'Replace file' : 'Upload resume'} onClick={() => document.getElementById('resume-file').click()} />
          <span className="hk-file-name">{v.resume || 'No file chosen'}</span>
          {req('resume') && <div role="alert" className="hk-error">{req('resume')}</div>}
        </div>
        <div className="hk-f hk-f-coverLetter"><TextField label="Cover Letter" multiline rows={6} value={v.coverLetter} onChange={(_, t) => set('coverLetter')(t ?? '')} /></div>

        <Separator alignContent="start"><b>Availability</b></Separator>
        <Stack horizontal tokens={{ childrenGap: 16 }}>
          <Stack.Item grow><div className="hk-f hk-f-startDate"><DatePicker label="Date Available to Start" firstDayOfWeek={DayOfWeek.Sunday} allowTextInput value={v.startDate ?? undefined} onSelectDate={(d) => set('startDate')(d ?? null)} placeholder="Select a date..." ariaLabel="Date Available to Start" minDate={new Date(2026, 11, 3)} /></div></Stack.Item>
          <Stack.Item grow><div className="hk-f hk-f-salary"><TextField label="Desired Annual Salary" prefix="$" suffix="USD" value={v.salary} onChange={(_, t) => set('salary')(t ?? '')} /></div></Stack.Item>
        </Stack>
        <div className="hk-f hk-f-offices"><Dropdown label="Preferred Office Locations" multiSelect placeholder="Select offices" options={OFFICES} selectedKeys={v.offices} onChange={(_, o) => set('offices')(o.selected ? [...v.offices, o.key] : v.offices.filter((k) => k !== o.key))} /></div>
        <div className="hk-field"><div className="hk-f hk-f-travel"><Slider label="Percentage of travel you are comfortable with" min={0} max={75} step={5} value={v.travel} showValue valueFormat={(n) => `${n}%`} onChange={set('travel')} /></div></div>
        <div className="hk-f hk-f-relocate"><Toggle label="Willing to relocate" onText="Yes" offText="No" checked={v.relocate} onChange={(_, c) => set('relocate')(!!c)} /></div>

        <Separator alignContent="start"><b>Eligibility</b></Separator>
        <div className="hk-f hk-f-workAuth"><ChoiceGroup label="Are you legally authorized to work in the United States?" required options={YES_NO} selectedKey={v.workAuth || null} onChange={(_, o) => set('workAuth')(o.key)} /></div>
        <div className="hk-f hk-f-sponsorship"><ChoiceGroup label="Will you now, or in the future, require sponsorship for employment visa status (e.g. H-1B)?" required options={YES_NO} selectedKey={v.sponsorship || null} onChange={(_, o) => set('sponsorship')(o.key)} /></div>
        <div className="hk-f hk-f-clearance"><ChoiceGroup label="Some of our transportation projects require eligibility for a Public Trust clearance. Do you hold an active U.S. government clearance?" options={[{ key: 'none', text: 'No clearance' }, { key: 'pt', text: 'Public Trust' }, { key: 'secret', text: 'Secret' }, { key: 'ts', text: 'Top Secret' }]} selectedKey={v.clearance || null} onChange={(_, o) => set('clearance')(o.key)} /></div>
        <div className="hk-f hk-f-howHeard"><Dropdown label="How did you hear about this position?" placeholder="Select an option" options={['LinkedIn', 'Indeed', 'Company website', 'Employee referral', 'Career fair', 'Other'].map((t) => ({ key: t, text: t }))} selectedKey={v.howHeard || null} onChange={(_, o) => set('howHeard')(o.key)} /></div>
        <div className="hk-f hk-f-ack"><Checkbox label="I certify that the information in this application is true and complete." checked={v.ack} onChange={(_, c) => set('ack')(!!c)} /></div>
        {tried && !v.ack && <MessageBar messageBarType={MessageBarType.error}>Please confirm the certification before submitting.</MessageBar>}
        <Stack horizontal tokens={{ childrenGap: 10 }}>
          <PrimaryButton id="hk-submit" text="Submit Application" onClick={submit} />
          <DefaultButton text="Save draft" />
        </Stack>
      </Stack>
      <pre id="model">{JSON.stringify(model, null, 1)}</pre>
    </div>
  );
}

createRoot(document.getElementById('hk-root')).render(<ThemeProvider><App /></ThemeProvider>);
