// Corbelstone Utilities careers site: one application template (Fluent UI React v8) for every posting.
import { useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import {
  Checkbox,
  ChoiceGroup,
  ComboBox,
  DatePicker,
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Stack,
  TextField,
  Toggle,
  ThemeProvider,
} from '@fluentui/react';

const COUNTRY_OPTIONS = countries
  .map((c) => ({ key: c.cca2, text: c.name.common }))
  .sort((a, b) => a.text.localeCompare(b.text));

const DIAL_OPTIONS = countries
  .filter((c) => c.idd && c.idd.root && c.idd.suffixes && c.idd.suffixes.length === 1)
  .map((c) => ({ key: c.cca2, text: `${c.name.common} (${c.idd.root}${c.idd.suffixes[0]})` }))
  .concat([
    { key: 'US', text: 'United States (+1)' },
    { key: 'CA', text: 'Canada (+1)' },
  ])
  .filter((o, i, all) => all.findIndex((x) => x.key === o.key) === i)
  .sort((a, b) => a.text.localeCompare(b.text));

const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas',
  'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming', 'Outside the U.S.',
].map((s) => ({ key: s, text: s }));

const YEARS = ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'].map((t) => ({ key: t, text: t }));
const DEGREES = ['High school diploma or GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate', 'Other'].map((t) => ({ key: t, text: t }));
const YES_NO = [
  { key: 'yes', text: 'Yes' },
  { key: 'no', text: 'No' },
];
const GENDER = ['Female', 'Male', 'Non-binary', 'I prefer not to answer'].map((t) => ({ key: t, text: t }));
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer'].map((t) => ({ key: t, text: t }));

const pad = (n) => String(n).padStart(2, '0');
const formatDate = (d) => (d ? `${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()}` : '');
const parseDate = (text) => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? new Date(Number(m[3]), Number(m[1]) - 1, Number(m[2])) : null;
};
const iso = (d) => (d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : '');

function Field({ name, children }) {
  return <div className={`cs-f-${name}`}>{children}</div>;
}

function QuestionControl({ q, value, onChange }) {
  if (q.type === 'choice')
    return (
      <ChoiceGroup
        label={q.label}
        required={q.required}
        options={q.options.map((o) => ({ key: o, text: o }))}
        selectedKey={value ?? null}
        onChange={(_, o) => onChange(o.key)}
      />
    );
  if (q.type === 'dropdown')
    return (
      <Dropdown
        label={q.label}
        placeholder="Select an option"
        options={q.options.map((o) => ({ key: o, text: o }))}
        selectedKey={value ?? null}
        onChange={(_, o) => onChange(o.key)}
      />
    );
  return <TextField label={q.label} multiline={q.type === 'long'} rows={3} value={value ?? ''} onChange={(_, v) => onChange(v)} />;
}

function Application({ posting }) {
  const [m, setM] = useState({
    firstName: '',
    lastName: '',
    email: '',
    phoneCountry: null,
    phone: '',
    country: null,
    city: '',
    state: null,
    zip: '',
    linkedin: '',
    employer: '',
    jobTitle: '',
    years: null,
    degree: null,
    workAuth: null,
    sponsorship: null,
    startDate: '',
    salary: '',
    relocate: false,
    resume: '',
    coverLetter: '',
    answers: {},
    gender: null,
    veteran: null,
    consent: false,
  });
  const [start, setStart] = useState(undefined);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const fileRef = useRef(null);
  const set = (key) => (value) => setM((prev) => ({ ...prev, [key]: value }));
  const text = (key) => (_, v) => set(key)(v ?? '');
  const answer = (id) => (value) => setM((prev) => ({ ...prev, answers: { ...prev.answers, [id]: value } }));
  const model = useMemo(() => JSON.stringify(m, null, 2), [m]);

  const submit = (event) => {
    event.preventDefault();
    if (!m.firstName || !m.lastName || !m.email || !m.resume || !m.consent) {
      setError('Please complete the required fields, attach your resume and accept the privacy statement.');
      return;
    }
    setError('');
    setSent(true);
  };

  return (
    <>
      <form id="cs-apply" name="careersApplication" onSubmit={submit} noValidate>
        <Stack tokens={{ childrenGap: 14 }}>
          <h3 className="cs-h">Personal information</h3>
          <Stack horizontal tokens={{ childrenGap: 12 }}>
            <Stack.Item grow>
              <Field name="firstName"><TextField label="First name" required value={m.firstName} onChange={text('firstName')} autoComplete="given-name" /></Field>
            </Stack.Item>
            <Stack.Item grow>
              <Field name="lastName"><TextField label="Last name" required value={m.lastName} onChange={text('lastName')} autoComplete="family-name" /></Field>
            </Stack.Item>
          </Stack>
          <Field name="email"><TextField label="Email address" type="email" required value={m.email} onChange={text('email')} /></Field>
          <Stack horizontal tokens={{ childrenGap: 12 }} verticalAlign="end">
            <Field name="phoneCountry">
              <Dropdown
                label="Country code"
                placeholder="Code"
                styles={{ dropdown: { width: 220 } }}
                options={DIAL_OPTIONS}
                selectedKey={m.phoneCountry}
                onChange={(_, o) => set('phoneCountry')(o.key)}
              />
            </Field>
            <Stack.Item grow>
              <Field name="phone"><TextField label="Mobile number" type="tel" required value={m.phone} onChange={text('phone')} /></Field>
            </Stack.Item>
          </Stack>
          <Field name="country">
            <ComboBox
              label="Country of residence"
              required
              autoComplete="on"
              allowFreeform={false}
              placeholder="Start typing a country"
              options={COUNTRY_OPTIONS}
              selectedKey={m.country}
              onChange={(_, o) => o && set('country')(o.key)}
            />
          </Field>
          <Stack horizontal tokens={{ childrenGap: 12 }}>
            <Stack.Item grow>
              <Field name="city"><TextField label="City" value={m.city} onChange={text('city')} /></Field>
            </Stack.Item>
            <Stack.Item grow>
              <Field name="state">
                <Dropdown label="State" placeholder="Select a state" options={STATES} selectedKey={m.state} onChange={(_, o) => set('state')(o.key)} />
              </Field>
            </Stack.Item>
            <Stack.Item>
              <Field name="zip"><TextField label="ZIP code" value={m.zip} onChange={text('zip')} styles={{ root: { width: 120 } }} /></Field>
            </Stack.Item>
          </Stack>
          <Field name="linkedin"><TextField label="LinkedIn profile" placeholder="https://www.linkedin.com/in/…" value={m.linkedin} onChange={text('linkedin')} /></Field>

          <h3 className="cs-h">Experience</h3>
          <Field name="employer"><TextField label="Current employer" value={m.employer} onChange={text('employer')} /></Field>
          <Field name="jobTitle"><TextField label="Current job title" value={m.jobTitle} onChange={text('jobTitle')} /></Field>
          <Field name="years">
            <Dropdown label={posting.yearsLabel} required placeholder="Select an option" options={YEARS} selectedKey={m.years} onChange={(_, o) => set('years')(o.key)} />
          </Field>
          <Field name="degree">
            <Dropdown label="Highest level of education completed" placeholder="Select an option" options={DEGREES} selectedKey={m.degree} onChange={(_, o) => set('degree')(o.key)} />
          </Field>
          <Field name="resume">
            <div className="cs-label">Resume <span className="cs-req">*</span></div>
            <input ref={fileRef} id="cs-resume" name="resume" type="file" accept=".pdf,.doc,.docx" className="cs-hidden-file" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
            <DefaultButton iconProps={{ iconName: 'Attach' }} text="Upload resume" onClick={() => fileRef.current?.click()} />
            <span className="cs-file-name">{m.resume || 'No file chosen (PDF or Word, 5 MB max)'}</span>
          </Field>
          <Field name="coverLetter"><TextField label="Cover letter" multiline rows={5} description="Optional" value={m.coverLetter} onChange={text('coverLetter')} /></Field>

          <h3 className="cs-h">Eligibility and availability</h3>
          <Field name="workAuth">
            <ChoiceGroup label="Are you legally authorized to work in the United States?" required options={YES_NO} selectedKey={m.workAuth} onChange={(_, o) => set('workAuth')(o.key)} />
          </Field>
          <Field name="sponsorship">
            <ChoiceGroup
              label="Will you now or in the future require Corbelstone to sponsor an employment visa (e.g. H-1B)?"
              required
              options={YES_NO}
              selectedKey={m.sponsorship}
              onChange={(_, o) => set('sponsorship')(o.key)}
            />
          </Field>
          <Field name="startDate">
            <DatePicker
              label="Earliest start date"
              placeholder="MM/DD/YYYY"
              allowTextInput
              formatDate={formatDate}
              parseDateFromString={parseDate}
              value={start}
              onSelectDate={(d) => {
                setStart(d ?? undefined);
                set('startDate')(iso(d));
              }}
            />
          </Field>
          <Field name="salary">
            <TextField label="Desired annual base salary" prefix="$" suffix="USD" value={m.salary} onChange={text('salary')} />
          </Field>
          <Field name="relocate">
            <Toggle label={posting.toggleLabel} onText="Yes" offText="No" checked={m.relocate} onChange={(_, v) => set('relocate')(!!v)} />
          </Field>
          {posting.questions.map((q) => (
            <Field key={q.id} name={q.id}>
              <QuestionControl q={q} value={m.answers[q.id]} onChange={answer(q.id)} />
            </Field>
          ))}

          <h3 className="cs-h">Voluntary self-identification</h3>
          <p className="cs-small">Corbelstone is an equal opportunity employer. Answering is voluntary and will not affect your application.</p>
          <Field name="gender"><Dropdown label="Gender" placeholder="Select an option" options={GENDER} selectedKey={m.gender} onChange={(_, o) => set('gender')(o.key)} /></Field>
          <Field name="veteran"><Dropdown label="Veteran status" placeholder="Select an option" options={VETERAN} selectedKey={m.veteran} onChange={(_, o) => set('veteran')(o.key)} /></Field>
          <Field name="consent">
            <Checkbox label="I have read the Corbelstone Applicant Privacy Statement and agree to the processing of my data." checked={m.consent} onChange={(_, v) => set('consent')(!!v)} />
          </Field>
          {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
          <div>
            <PrimaryButton id="cs-submit" type="submit" text="Submit application" />
          </div>
          {sent && (
            <div id="cs-applied">
              <MessageBar messageBarType={MessageBarType.success}>Thank you! Your application for {posting.job} has been received.</MessageBar>
            </div>
          )}
        </Stack>
      </form>
      <pre id="model">{model}</pre>
    </>
  );
}

export function mount(posting) {
  createRoot(document.getElementById('cs-root')).render(
    <ThemeProvider>
      <Application posting={posting} />
    </ThemeProvider>,
  );
}
