/**
 * The application template of a US bank's own careers site, built with Salt DS (`@salt-ds/core`,
 * the design system J.P. Morgan open-sourced) the way its docs compose forms: FormField +
 * FormFieldLabel + FormFieldHelperText around each control (labels tied by the field's ids),
 * Input with start / end adornments (a fixed "+1" before the phone, a fixed "https://" before
 * LinkedIn), a ComboBox of countries with long official names (type to filter, options in a
 * floating listbox), Dropdowns (a button role=combobox showing the chosen text, options in a
 * portal listbox, no native select), a ToggleButtonGroup for experience ranges, RadioButtonGroups
 * with sentence answers, a CheckboxGroup and Switches to leave alone, a NumberInput with "$" and
 * "USD" adornments, a typed MM/DD/YYYY start date, a FileDropZone with a Salt Button opening the
 * page's own hidden file input (Salt's FileDropZoneTrigger empties its input after each pick, so
 * the team keeps the file in an input of its own), a MultilineInput cover letter and consent Checkboxes. State lives in useState
 * and is rendered into <pre id="model">. Each posting (app.jsx) brings its title, its experience
 * question and its screening questions.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@salt-ds/theme/index.css';
import {
  Button, Checkbox, CheckboxGroup, ComboBox, Dropdown, FileDropZone, FileDropZoneIcon, FlowLayout, FormField,
  FormFieldHelperText, FormFieldLabel, Input, MultilineInput, NumberInput, Option, RadioButton, RadioButtonGroup, SaltProvider,
  StackLayout, Switch, Text, ToggleButton, ToggleButtonGroup,
} from '@salt-ds/core';

const COUNTRIES = [
  ['AR', 'Argentine Republic'], ['AU', 'Commonwealth of Australia'], ['BR', 'Federative Republic of Brazil'], ['CA', 'Canada'],
  ['CN', "People's Republic of China"], ['FR', 'French Republic'], ['DE', 'Federal Republic of Germany'], ['HK', 'Hong Kong Special Administrative Region of China'],
  ['IN', 'Republic of India'], ['IE', 'Ireland'], ['IT', 'Italian Republic'], ['JP', 'Japan'], ['LU', 'Grand Duchy of Luxembourg'],
  ['MX', 'United Mexican States'], ['NL', 'Kingdom of the Netherlands'], ['PH', 'Republic of the Philippines'], ['PL', 'Republic of Poland'],
  ['SG', 'Republic of Singapore'], ['KR', 'Republic of Korea'], ['ES', 'Kingdom of Spain'], ['CH', 'Swiss Confederation'],
  ['AE', 'United Arab Emirates'], ['GB', 'United Kingdom of Great Britain and Northern Ireland'], ['TZ', 'United Republic of Tanzania'],
  ['UM', 'United States Minor Outlying Islands'], ['US', 'United States of America'], ['VI', 'Virgin Islands of the United States'],
];
const DEGREES = [
  ['HS', 'High School Diploma / GED'], ['AS', 'Associate Degree'], ['BA', "Bachelor's Degree (e.g. BA, BS)"], ['MA', "Master's Degree (e.g. MA, MS, MBA)"],
  ['JD', 'Juris Doctor (JD)'], ['PHD', 'Doctorate (PhD)'],
];
const SOURCES = ['Castlemere careers site', 'LinkedIn', 'eFinancialCareers', 'Indeed', 'Referral from a Castlemere employee', 'Campus or diversity event', 'Recruiter contacted me', 'Other'];
const GENDERS = ['Female', 'Male', 'Non-binary', 'I do not wish to self-identify'];
const RACES = ['Hispanic or Latino', 'White', 'Black or African American', 'Asian', 'American Indian or Alaska Native', 'Native Hawaiian or Other Pacific Islander', 'Two or more races', 'I do not wish to self-identify'];
const VETERANS = ['I identify as one or more of the classifications of protected veteran', 'I am not a protected veteran', 'I do not wish to self-identify'];
const DISABILITY = ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability and have not had one in the past', 'I do not want to answer'];

function Field({ label, helper, required, children, id }) {
  return (
    <FormField necessity={required ? 'asterisk' : undefined} id={id}>
      <FormFieldLabel>{label}</FormFieldLabel>
      {children}
      {helper ? <FormFieldHelperText>{helper}</FormFieldHelperText> : null}
    </FormField>
  );
}

/** A Dropdown over [code, text] pairs whose model keeps the code. */
function CodeDropdown({ items, code, onCode, placeholder = 'Select', ...rest }) {
  const text = items.find(([value]) => value === code)?.[1] ?? '';
  return (
    <Dropdown
      {...rest}
      placeholder={placeholder}
      value={text}
      selected={text ? [text] : []}
      onSelectionChange={(_event, selected) => onCode(items.find(([, label]) => label === selected[0])?.[0] ?? '')}
    >
      {items.map(([value, label]) => <Option key={value} value={label} />)}
    </Dropdown>
  );
}

const pairs = (list) => list.map((label) => [label, label]);

function Application({ posting }) {
  const initial = {
    firstName: '', lastName: '', preferredName: '', email: '', phone: '', country: '', location: '', linkedin: '', github: '',
    employer: '', title: '', experience: '', education: '', tools: [], authorized: '', sponsorship: '', formerEmployee: false,
    salary: null, startDate: '', resume: '', coverLetter: '', source: '', gender: '', race: '', veteran: '', disability: '',
    privacy: false, events: false,
    screening: Object.fromEntries(posting.screening.map((q) => [q.key, q.type === 'switch' ? false : ''])),
  };
  const [form, setForm] = useState(initial);
  const [countryText, setCountryText] = useState('');
  const [salaryText, setSalaryText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const resumeInput = useRef(null);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const setScreening = (key, value) => setForm((f) => ({ ...f, screening: { ...f.screening, [key]: value } }));
  const text = (key) => ({ value: form[key], onChange: (event) => set(key)(event.target.value) });

  const submit = () => {
    const missing = ['firstName', 'lastName', 'email', 'phone', 'country', 'experience', 'authorized', 'sponsorship', 'resume'].filter((key) => !form[key]);
    if (!form.privacy) missing.push('privacy');
    if (missing.length) { setError(`Please complete the required fields (${missing.length}).`); return; }
    setSubmitted(true);
  };

  if (submitted)
    return (
      <div id="application-received" className="card"><h2>Application received</h2><Text>Thank you for applying to {posting.title}. Reference CB-{posting.req}.</Text></div>
    );
  const countryMatches = COUNTRIES.filter(([, label]) => label.toLowerCase().includes(countryText.trim().toLowerCase()));
  return (
    <form className="card" onSubmit={(event) => { event.preventDefault(); submit(); }} noValidate>
      <StackLayout gap={3}>
        <h2>Personal information</h2>
        <FlowLayout gap={3}>
          <Field label="First name (as shown on government ID)" required><Input {...text('firstName')} inputProps={{ name: 'firstName', autoComplete: 'off' }} /></Field>
          <Field label="Last name (as shown on government ID)" required><Input {...text('lastName')} inputProps={{ name: 'lastName', autoComplete: 'off' }} /></Field>
        </FlowLayout>
        <Field label="Preferred name" helper="Optional. How you'd like us to address you."><Input {...text('preferredName')} inputProps={{ name: 'preferredName' }} /></Field>
        <Field label="Email address" required><Input {...text('email')} inputProps={{ name: 'email', type: 'email' }} /></Field>
        <Field label="Mobile number" helper="U.S. numbers only; 10 digits." required>
          <Input {...text('phone')} startAdornment={<Text>+1</Text>} inputProps={{ name: 'phone', type: 'tel', maxLength: 14 }} />
        </Field>
        <Field label="Country of residence" required>
          <ComboBox
            placeholder="Start typing a country"
            value={countryText}
            onChange={(event) => setCountryText(event.target.value)}
            selected={form.country ? [COUNTRIES.find(([code]) => code === form.country)[1]] : []}
            onSelectionChange={(_event, selected) => {
              const match = COUNTRIES.find(([, label]) => label === selected[0]);
              set('country')(match?.[0] ?? '');
              setCountryText(match?.[1] ?? '');
            }}
            inputProps={{ name: 'country' }}
          >
            {countryMatches.map(([code, label]) => <Option key={code} value={label} />)}
          </ComboBox>
        </Field>
        <Field label="Current location" helper="City and state, e.g. Plano, TX"><Input {...text('location')} inputProps={{ name: 'location' }} /></Field>
        <FlowLayout gap={3}>
          <Field label="LinkedIn profile"><Input {...text('linkedin')} startAdornment={<Text>https://</Text>} inputProps={{ name: 'linkedin' }} /></Field>
          <Field label="GitHub profile" helper="Optional"><Input {...text('github')} inputProps={{ name: 'github', type: 'url' }} /></Field>
        </FlowLayout>

        <h2>Experience and education</h2>
        <FlowLayout gap={3}>
          <Field label="Current or most recent employer"><Input {...text('employer')} inputProps={{ name: 'employer' }} /></Field>
          <Field label="Current or most recent job title"><Input {...text('title')} inputProps={{ name: 'jobTitle' }} /></Field>
        </FlowLayout>
        <Field label={posting.experienceLabel} required id="experience-field">
          <ToggleButtonGroup value={form.experience} onChange={(event) => set('experience')(event.currentTarget.value)} aria-label={posting.experienceLabel}>
            {posting.experience.map(([value, label]) => <ToggleButton key={value} value={value}>{label}</ToggleButton>)}
          </ToggleButtonGroup>
        </Field>
        <Field label="Highest level of education completed">
          <CodeDropdown id="education" items={DEGREES} code={form.education} onCode={set('education')} />
        </Field>
        <Field label={posting.toolsLabel} helper="Select all that apply.">
          <CheckboxGroup checkedValues={form.tools} onChange={(event) => {
            const { value, checked } = event.target;
            set('tools')(checked ? [...form.tools, value] : form.tools.filter((tool) => tool !== value));
          }} name="tools" direction="horizontal">
            {posting.tools.map(([value, label]) => <Checkbox key={value} value={value} label={label} />)}
          </CheckboxGroup>
        </Field>

        <h2>Work eligibility</h2>
        <Field label="Are you legally authorized to work in the United States?" required>
          <RadioButtonGroup name="authorized" value={form.authorized} onChange={(event) => set('authorized')(event.target.value)}>
            <RadioButton value="yes" label="Yes, I am authorized to work in the United States" />
            <RadioButton value="no" label="No, I am not authorized to work in the United States" />
          </RadioButtonGroup>
        </Field>
        <Field label="Will you now, or at any time in the future, require sponsorship for an employment visa (e.g. H-1B)?" required>
          <RadioButtonGroup name="sponsorship" value={form.sponsorship} onChange={(event) => set('sponsorship')(event.target.value)} direction="horizontal">
            <RadioButton value="yes" label="Yes" />
            <RadioButton value="no" label="No" />
          </RadioButtonGroup>
        </Field>
        <Switch label="I currently work, or have worked, at Castlemere Bank or one of its affiliates" checked={form.formerEmployee} onChange={(event) => set('formerEmployee')(event.target.checked)} name="formerEmployee" />
        {posting.screening.map((q) =>
          q.type === 'switch' ? (
            <Switch key={q.key} label={q.label} checked={form.screening[q.key]} onChange={(event) => setScreening(q.key, event.target.checked)} name={q.key} />
          ) : (
            <Field key={q.key} label={q.label}>
              <RadioButtonGroup name={q.key} value={form.screening[q.key]} onChange={(event) => setScreening(q.key, event.target.value)}>
                {q.options.map(([value, label]) => <RadioButton key={value} value={value} label={label} />)}
              </RadioButtonGroup>
            </Field>
          ),
        )}

        <h2>Compensation and availability</h2>
        <FlowLayout gap={3}>
          <Field label="Desired base salary" helper="Annual, before bonus">
            <NumberInput
              value={salaryText}
              onChange={(_event, value) => setSalaryText(value)}
              onNumberChange={(_event, value) => set('salary')(value)}
              startAdornment={<Text>$</Text>}
              endAdornment={<Text>USD</Text>}
              hideButtons
              inputProps={{ name: 'salary' }}
            />
          </Field>
          <Field label="Earliest start date" helper="MM/DD/YYYY"><Input {...text('startDate')} placeholder="MM/DD/YYYY" inputProps={{ name: 'startDate' }} /></Field>
        </FlowLayout>

        <h2>Resume and cover letter</h2>
        <Field label="Resume" required id="resume-field">
          <FileDropZone id="resume-zone" onDrop={(_event, files) => set('resume')(files[0]?.name ?? '')}>
            <FileDropZoneIcon />
            <strong>{form.resume || 'Drop your resume here'}</strong>
            <Button onClick={() => resumeInput.current?.click()}>Browse files</Button>
            <input ref={resumeInput} type="file" name="resume" accept=".pdf,.doc,.docx" hidden onChange={(event) => set('resume')(event.target.files[0]?.name ?? '')} />
            <Text styleAs="label">PDF or Word, up to 5 MB</Text>
          </FileDropZone>
        </Field>
        <Field label="Cover letter" helper="Optional">
          <MultilineInput value={form.coverLetter} onChange={(event) => set('coverLetter')(event.target.value)} textAreaProps={{ name: 'coverLetter' }} rows={6} />
        </Field>
        <Field label="How did you hear about this opportunity?">
          <CodeDropdown id="source" items={pairs(SOURCES)} code={form.source} onCode={set('source')} />
        </Field>

        <h2>Voluntary self-identification</h2>
        <Text>Castlemere Bank is an Equal Opportunity Employer. Completing this section is voluntary and will not affect your application.</Text>
        <FlowLayout gap={3}>
          <Field label="Gender"><CodeDropdown id="gender" items={pairs(GENDERS)} code={form.gender} onCode={set('gender')} /></Field>
          <Field label="Race / ethnicity"><CodeDropdown id="race" items={pairs(RACES)} code={form.race} onCode={set('race')} /></Field>
          <Field label="Veteran status"><CodeDropdown id="veteran" items={pairs(VETERANS)} code={form.veteran} onCode={set('veteran')} /></Field>
          <Field label="Disability status"><CodeDropdown id="disability" items={pairs(DISABILITY)} code={form.disability} onCode={set('disability')} /></Field>
        </FlowLayout>
        <Checkbox name="privacy" checked={form.privacy} onChange={(event) => set('privacy')(event.target.checked)} label="I have read the Castlemere Applicant Privacy Notice and consent to the processing of my information." />
        <Checkbox name="events" checked={form.events} onChange={(event) => set('events')(event.target.checked)} label="Email me about Castlemere recruiting events and new roles." />
        {error ? <Text color="error" id="form-error">{error}</Text> : null}
        <FlowLayout gap={2}>
          <Button type="submit" sentiment="accented" id="submit-application">Submit application</Button>
          <Button appearance="transparent">Save and finish later</Button>
        </FlowLayout>
        <pre id="model">{JSON.stringify(form, null, 2)}</pre>
      </StackLayout>
    </form>
  );
}

function Page({ posting }) {
  const [query, setQuery] = useState('');
  const [news, setNews] = useState('');
  return (
    <SaltProvider mode="light" density="medium">
      <header className="masthead">
        <span className="brand">CASTLEMERE</span>
        <nav><a href="#">Students &amp; graduates</a><a href="#">Experienced professionals</a><a href="#">Life at Castlemere</a></nav>
        <span className="spacer" />
        <Input value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search roles" inputProps={{ 'aria-label': 'Search roles', name: 'q' }} id="role-search" />
        <Button appearance="bordered">Sign in</Button>
      </header>
      <main>
        <Text styleAs="label">{posting.meta}</Text>
        <h1>{posting.title}</h1>
        <p>{posting.about}</p>
        <Application posting={posting} />
      </main>
      <footer>
        <strong>Castlemere Careers insights</strong>
        <FormField id="newsletter"><FormFieldLabel>Email</FormFieldLabel><Input value={news} onChange={(event) => setNews(event.target.value)} inputProps={{ name: 'newsletterEmail', type: 'email' }} /></FormField>
        <Button>Subscribe</Button>
      </footer>
    </SaltProvider>
  );
}

export function mount(posting) {
  createRoot(document.getElementById('root')).render(<Page posting={posting} />);
}
