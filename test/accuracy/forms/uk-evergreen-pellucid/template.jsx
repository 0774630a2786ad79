/**
 * The application template of Pellucid Health (a claims-processing software company) built on
 * Evergreen v7 (Segment's React kit) the way its docs compose fields: TextInputFields with hints
 * under the box ("10 digits, no spaces or dashes", "MM/DD/YYYY"), an Autocomplete for "Where are
 * you based?" (a TextInput whose suggestion list opens as you type; the pick is what counts), a
 * Combobox of countries (input + caret button), native SelectFields for the experience range, the
 * sponsorship answer, "how did you hear" and gender, RadioGroups for degree and work
 * authorisation (Evergreen checks the first option of a RadioGroup, so the state starts on it), a SelectMenu (Button + popover list, no form control) for pronouns, a FilePicker
 * for the resume (hidden native input, a read-only box showing the file name and a "Select file"
 * button) for the resume and a second one for an optional cover letter, TextareaFields, a Switch, a
 * consent Checkbox, a header SearchInput and a footer "talent network" box. Each posting brings
 * its title and its own screening questions. State is useState, mirrored into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import {
  Autocomplete, Button, Checkbox, Combobox, FilePicker, FormField, Heading, Pane, Paragraph,
  RadioGroup, SearchInput, SelectField, SelectMenu, Switch, Text, TextInput, TextInputField, TextareaField,
} from 'evergreen-ui';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const PLACES = [
  'Boston, MA', 'Cambridge, MA', 'Chicago, IL', 'Denver, CO', 'Los Angeles, CA', 'New York, NY', 'Oakland, CA', 'Portland, OR',
  'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Santa Fe, NM', 'Seattle, WA', 'South San Francisco, CA',
];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'ze/zir', 'Prefer not to say'].map((p) => ({ label: p, value: p }));
const DEGREES = [
  { label: 'High school', value: 'hs' },
  { label: 'Associate', value: 'associate' },
  { label: 'Bachelor’s', value: 'bachelors' },
  { label: 'Master’s', value: 'masters' },
  { label: 'Doctorate', value: 'doctorate' },
  { label: 'None of these', value: 'none' },
];

function Question({ q, value, onChange }) {
  if (q.type === 'radio') {
    return (
      <Pane marginBottom={24}>
        <RadioGroup label={q.label} name={q.key} value={value} options={q.options.map(([v, label]) => ({ value: v, label }))} onChange={(e) => onChange(e.target.value)} />
      </Pane>
    );
  }
  if (q.type === 'select') {
    return (
      <SelectField label={q.label} name={q.key} value={value} onChange={(e) => onChange(e.target.value)} hint={q.hint}>
        <option value="">Select…</option>
        {q.options.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
      </SelectField>
    );
  }
  if (q.type === 'checks') {
    return (
      <FormField label={q.label} marginBottom={24}>
        {q.options.map(([v, label]) => (
          <Checkbox key={v} name={q.key} value={v} label={label} checked={value.includes(v)}
            onChange={(e) => onChange(e.target.checked ? [...value, v] : value.filter((x) => x !== v))} />
        ))}
      </FormField>
    );
  }
  if (q.type === 'checkbox') {
    return <Checkbox name={q.key} label={q.label} checked={value} onChange={(e) => onChange(e.target.checked)} marginBottom={24} />;
  }
  if (q.type === 'textarea') return <TextareaField label={q.label} name={q.key} value={value} onChange={(e) => onChange(e.target.value)} hint={q.hint} />;
  return <TextInputField label={q.label} name={q.key} value={value} onChange={(e) => onChange(e.target.value)} hint={q.hint} />;
}

function App({ posting }) {
  const initial = {
    search: '', firstName: '', lastName: '', email: '', mobile: '', basedIn: null, country: null, linkedin: '', github: '',
    employer: '', title: '', experience: '', degree: 'hs', authorized: 'yes', sponsorship: '', compensation: '', startDate: '',
    pronouns: null, resume: null, coverLetter: null, heard: '', gender: '', smsUpdates: false, consent: false, talentEmail: '',
  };
  // Evergreen's RadioGroup shows its first option checked when it has no value, so the state starts there too.
  for (const q of posting.questions) initial[q.key] = q.type === 'checks' ? [] : q.type === 'checkbox' ? false : q.type === 'radio' ? q.options[0][0] : '';
  const [v, setV] = useState(initial);
  const [done, setDone] = useState(false);
  const set = (k) => (value) => setV((o) => ({ ...o, [k]: value }));
  const ev = (k) => (e) => set(k)(e.target.value);

  return (
    <Pane maxWidth={760} marginX="auto" padding={32} background="white" elevation={1}>
      <Pane display="flex" justifyContent="space-between" alignItems="center" marginBottom={24}>
        <Heading size={600}>Pellucid Health careers</Heading>
        <SearchInput placeholder="Search jobs" name="jobSearch" value={v.search} onChange={ev('search')} />
      </Pane>
      <Heading size={800} marginBottom={8}>{posting.title}</Heading>
      <Paragraph marginBottom={24}>{posting.where}</Paragraph>
      {done ? (
        <Pane id="submitted"><Heading size={700}>Application received — thank you!</Heading></Pane>
      ) : (
        <form id="pellucid-apply" onSubmit={(e) => { e.preventDefault(); setDone(true); }}>
          <Heading size={600} marginBottom={16}>Your details</Heading>
          <Pane display="flex" gap={16}>
            <TextInputField flex={1} label="Legal first name" required name="firstName" value={v.firstName} onChange={ev('firstName')} />
            <TextInputField flex={1} label="Legal last name" required name="lastName" value={v.lastName} onChange={ev('lastName')} />
          </Pane>
          <TextInputField label="Email" required type="email" name="email" value={v.email} onChange={ev('email')} />
          <TextInputField label="Mobile number" name="mobile" value={v.mobile} onChange={ev('mobile')} hint="10 digits, no spaces or dashes" />
          <FormField label="Where are you based?" labelFor="based-in" description="Start typing a city and pick it from the list" marginBottom={24}>
            <Autocomplete items={PLACES} selectedItem={v.basedIn} onChange={set('basedIn')}>
              {({ getInputProps, getRef, inputValue, openMenu }) => (
                <TextInput placeholder="City, state" ref={getRef} value={inputValue} {...getInputProps({ onFocus: openMenu })} id="based-in" name="basedIn" autoComplete="off" />
              )}
            </Autocomplete>
          </FormField>
          <FormField label="Country" labelFor="country" marginBottom={24}>
            <Combobox id="country" items={COUNTRIES} selectedItem={v.country} onChange={set('country')} placeholder="Choose a country" inputProps={{ name: 'country', id: 'country' }} width={320} openOnFocus />
          </FormField>
          <TextInputField label="LinkedIn profile" name="linkedin" value={v.linkedin} onChange={ev('linkedin')} />
          <TextInputField label="GitHub (optional)" name="github" value={v.github} onChange={ev('github')} />

          <Heading size={600} marginBottom={16} marginTop={16}>Work & education</Heading>
          <TextInputField label="Current or most recent employer" name="employer" value={v.employer} onChange={ev('employer')} />
          <TextInputField label="Current or most recent job title" name="title" value={v.title} onChange={ev('title')} />
          <SelectField label="Years of relevant experience" name="experience" value={v.experience} onChange={ev('experience')}>
            <option value="">Select…</option>
            <option value="0-1">0–1</option>
            <option value="2-3">2–3</option>
            <option value="4-6">4–6</option>
            <option value="7-9">7–9</option>
            <option value="10+">10+</option>
          </SelectField>
          <Pane marginBottom={24}>
            <RadioGroup label="Highest degree earned" name="degree" value={v.degree} options={DEGREES} onChange={ev('degree')} />
          </Pane>
          <FormField label="Pronouns" description="Optional — shown to your interviewers" marginBottom={24}>
            <SelectMenu title="Pronouns" options={PRONOUNS} selected={v.pronouns} hasFilter={false} onSelect={(item) => set('pronouns')(item.value)}>
              <Button type="button" id="pronouns-button">{v.pronouns || 'Select pronouns…'}</Button>
            </SelectMenu>
          </FormField>

          <Heading size={600} marginBottom={16} marginTop={16}>Eligibility & timing</Heading>
          <Pane marginBottom={24}>
            <RadioGroup label="Are you authorized to work in the US?" name="authorized" value={v.authorized}
              options={[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]} onChange={ev('authorized')} />
          </Pane>
          <SelectField label="Visa sponsorship" name="sponsorship" value={v.sponsorship} onChange={ev('sponsorship')}>
            <option value="">Select…</option>
            <option value="none">I don’t need sponsorship</option>
            <option value="now">I need sponsorship now</option>
            <option value="future">I’ll need it in the future (e.g. OPT / STEM OPT)</option>
          </SelectField>
          <TextInputField label="Desired total compensation (USD)" name="compensation" value={v.compensation} onChange={ev('compensation')} hint="Base plus bonus, per year" />
          <TextInputField label="Earliest start date" name="startDate" placeholder="MM/DD/YYYY" value={v.startDate} onChange={ev('startDate')} />

          <Heading size={600} marginBottom={16} marginTop={16}>Documents</Heading>
          <FormField label="Resume" isRequired description="PDF or Word, up to 5 MB" marginBottom={24} id="resume-field">
            <FilePicker name="resume" accept=".pdf,.doc,.docx" placeholder="Select a resume" width={420}
              onChange={(files) => set('resume')(files && files.length ? files[0].name : null)} />
          </FormField>
          <FormField label="Cover letter (optional)" description="Attach it as a file; PDF, Word or plain text" marginBottom={24} id="cover-field">
            <FilePicker name="coverLetter" placeholder="No file selected" width={420}
              onChange={(files) => set('coverLetter')(files && files.length ? files[0].name : null)} />
          </FormField>

          <Heading size={600} marginBottom={16} marginTop={16}>Questions for this role</Heading>
          {posting.questions.map((q) => <Question key={q.key} q={q} value={v[q.key]} onChange={set(q.key)} />)}
          <SelectField label="How did you hear about this job?" name="heard" value={v.heard} onChange={ev('heard')}>
            <option value="">Select…</option>
            <option>LinkedIn</option>
            <option>Indeed</option>
            <option>A friend or colleague</option>
            <option>Pellucid event</option>
            <option>Other</option>
          </SelectField>

          <Heading size={500} marginBottom={8} marginTop={16}>Equal employment opportunity (voluntary)</Heading>
          <SelectField label="Gender" name="gender" value={v.gender} onChange={ev('gender')}>
            <option value="">Select…</option>
            <option>Female</option>
            <option>Male</option>
            <option>Non-binary</option>
            <option>Decline to self-identify</option>
          </SelectField>
          <Pane display="flex" alignItems="center" gap={8} marginBottom={16}>
            <Switch id="sms-updates" name="smsUpdates" checked={v.smsUpdates} onChange={(e) => set('smsUpdates')(e.target.checked)} />
            <Text is="label" htmlFor="sms-updates">Text me updates about my application</Text>
          </Pane>
          <Checkbox name="consent" label="I confirm the information above is accurate and agree to Pellucid’s applicant privacy notice." checked={v.consent} onChange={(e) => set('consent')(e.target.checked)} />
          <Button type="submit" appearance="primary" size="large" id="submit-application" marginTop={16}>Submit application</Button>
        </form>
      )}
      <Pane marginTop={40} padding={16} background="tint2" borderRadius={4}>
        <form id="talent-network" onSubmit={(e) => e.preventDefault()}>
          <Heading size={400} marginBottom={8}>Not the right role? Join our talent network</Heading>
          <Pane display="flex" gap={8} alignItems="flex-end">
            <TextInputField label="Your email" name="talentEmail" value={v.talentEmail} onChange={ev('talentEmail')} marginBottom={0} />
            <Button type="submit">Join</Button>
          </Pane>
        </form>
      </Pane>
      <pre id="model">{JSON.stringify(v, null, 2)}</pre>
    </Pane>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
