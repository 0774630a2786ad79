/*
 * Another posting on the same Northquay careers page (Data Engineer, District Integrations): same
 * components, ids and follow-ups; this job's seniority levels, a reworded authorization RadioGroup,
 * a time-zone Listbox and reworded yes/no pills. Original description:
 * Northquay Learning careers (Chicago edtech), Tailwind-UI look: React 19 + react-hook-form 7
 * (`register` for plain inputs, **Controller** around every third-party control) + Headless UI v2 +
 * **react-phone-number-input/input with `country="US"`** (no country select: typing formats the
 * national number "(415) 555-0134", the state holds E.164). Headless **Listbox multiple** pronouns,
 * Listbox state / degree / notice / EEO, a **RadioGroup whose options carry a Label and a
 * Description** (years as seniority levels, authorization), Yes/No RadioGroup pills, a Combobox
 * school, a Switch SMS opt-in; follow-ups hidden until a `watch`ed answer reveals them (employer,
 * title and notice after "currently employed: Yes"; visa type after sponsorship "Yes"). A chat box
 * with its own email field sits at the corner. The RHF values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import {
  Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions,
  Radio, RadioGroup, Switch,
} from '@headlessui/react';
import PhoneInput from 'react-phone-number-input/input';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'xe/xem', 'Use my name only', 'Prefer not to say'];
const LEVELS = [
  { id: 'associate', name: 'Associate', desc: 'Up to 1 year in a data or software role' },
  { id: 'engineer', name: 'Engineer', desc: '2–4 years in a data or software role' },
  { id: 'senior', name: 'Senior Engineer', desc: '5–7 years in a data or software role' },
  { id: 'staff', name: 'Staff Engineer', desc: '8 or more years in a data or software role' },
];
const AUTH = [
  { id: 'temporary', name: 'Yes, temporarily', desc: 'I hold time-limited work authorization (e.g. OPT, TN, H-1B)' },
  { id: 'unrestricted', name: 'Yes', desc: 'I can work in the US without any restrictions' },
  { id: 'no', name: 'No', desc: '' },
];
const ZONES = ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Arizona (no DST)', 'Pacific (PT)', 'Alaska', 'Hawaii'];
const SCHOOLS = ['Berkeley City College', 'DePaul University', 'Loyola University Chicago', 'Northwestern University', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Los Angeles', 'University of Chicago', 'University of Illinois Chicago', 'University of Illinois Urbana-Champaign'];
const DEGREES = ['High school / GED', 'Associate (AA/AS)', "Bachelor's (BA/BS)", "Master's (MA/MS/MBA)", 'Doctorate (PhD/EdD)', 'Bootcamp or certificate'];
const NOTICE = ['I can start right away', '2 weeks', '3–4 weeks', 'More than a month'];
const HEARD = ['LinkedIn', 'Built In Chicago', 'Northquay website', 'Employee referral', 'Teacher community', 'Other'];
const GENDER = ['Woman', 'Man', 'Non-binary', 'I prefer to self-describe', 'I don’t wish to answer'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I don’t wish to answer'];

function Select({ name, control, options, placeholder = 'Select…', multiple = false, label }) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <Listbox value={field.value} onChange={field.onChange} multiple={multiple} by={undefined}>
          <Field className="nq-field" data-field={name}>
            <Label className="nq-lbl">{label}</Label>
            <ListboxButton className="nq-btn">{multiple ? (field.value.length ? field.value.join(', ') : placeholder) : field.value ?? placeholder}</ListboxButton>
            <ListboxOptions anchor="bottom start" className="nq-options">
              {options.map((o) => <ListboxOption key={o} value={o} className="nq-option">{o}</ListboxOption>)}
            </ListboxOptions>
          </Field>
        </Listbox>
      )}
    />
  );
}

function Choices({ name, control, options, label, pills = false }) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <div className="nq-field" data-field={name}>
          <span className="nq-lbl" id={`nq-${name}-label`}>{label}</span>
          <RadioGroup value={field.value} onChange={field.onChange} aria-labelledby={`nq-${name}-label`} className={pills ? 'nq-pills' : 'nq-radios'}>
            {options.map((o) => (
              <Field key={o.id}>
                <Radio value={o.id} className="nq-radio">
                  <Label className="nq-title">{o.name}</Label>
                  {o.desc && <Description className="nq-desc">{o.desc}</Description>}
                </Radio>
              </Field>
            ))}
          </RadioGroup>
        </div>
      )}
    />
  );
}

function App() {
  const { register, control, watch, handleSubmit, setValue } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', sms: false, city: '', state: null, linkedin: '', website: '', pronouns: [], level: null,
      timezone: null, employed: null, employer: '', title: '', notice: null, authorization: null, sponsorship: null, visaType: '', school: null, degree: null,
      salary: '', startDate: '', resume: '', coverLetter: '', metric: '', heard: null, gender: null, veteran: null, consent: false,
    },
  });
  const values = watch();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [chatEmail, setChatEmail] = useState('');
  const [sent, setSent] = useState(false);
  const schools = query === '' ? SCHOOLS : SCHOOLS.filter((s) => s.toLowerCase().includes(query.toLowerCase()));
  return (
    <>
      <header className="nq-top">
        <b>northquay</b>
        <nav>For schools · For families · Research · Careers</nav>
        <input type="search" id="nq-search" placeholder="Search openings" aria-label="Search openings" value={search} onChange={(e) => setSearch(e.target.value)} />
        <a href="#signin">Sign in</a>
      </header>
      <main className="nq-shell">
        <p className="nq-desc">Platform · Remote (US) · Full-time</p>
        <h1>Data Engineer, District Integrations</h1>
        <p>Every night 1,400 school districts send us rosters from their student information systems. You’ll own the connectors and the matching logic that keep those rosters right, so that no teacher starts the day with the wrong class list.</p>
        {sent && <p id="nq-sent" className="nq-sent">Application submitted — thank you! We’ll email you about next steps.</p>}
        <form id="nq-apply" onSubmit={handleSubmit(() => setSent(true))}>
          <div className="nq-section">
            <h2>Personal information</h2>
            <div className="nq-row">
              <div className="nq-field"><label htmlFor="nq-first">First name</label><input id="nq-first" className="nq-input" autoComplete="given-name" {...register('firstName', { required: true })} /></div>
              <div className="nq-field"><label htmlFor="nq-last">Last name</label><input id="nq-last" className="nq-input" autoComplete="family-name" {...register('lastName', { required: true })} /></div>
            </div>
            <div className="nq-field"><label htmlFor="nq-email">Email address</label><input id="nq-email" type="email" className="nq-input" autoComplete="email" {...register('email', { required: true })} /></div>
            <div className="nq-field">
              <label htmlFor="nq-phone">Mobile number</label>
              <Controller name="phone" control={control} render={({ field }) => (
                <PhoneInput id="nq-phone" country="US" className="nq-input" value={field.value || undefined} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} placeholder="(312) 555-0100" aria-describedby="nq-phone-desc" />
              )} />
              <p className="nq-desc" id="nq-phone-desc">US numbers only.</p>
            </div>
            <Controller name="sms" control={control} render={({ field }) => (
              <Field className="nq-field" data-field="sms" style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                <Switch checked={field.value} onChange={field.onChange} className="nq-switch"><span /></Switch>
                <Label>Text me interview reminders (msg &amp; data rates may apply)</Label>
              </Field>
            )} />
            <div className="nq-row">
              <div className="nq-field"><label htmlFor="nq-city">City</label><input id="nq-city" className="nq-input" autoComplete="address-level2" {...register('city')} /></div>
              <Select name="state" control={control} options={STATES} label="State" />
            </div>
            <div className="nq-row">
              <div className="nq-field"><label htmlFor="nq-linkedin">LinkedIn profile</label><input id="nq-linkedin" type="url" className="nq-input" {...register('linkedin')} /></div>
              <div className="nq-field"><label htmlFor="nq-website">Personal website</label><input id="nq-website" type="url" className="nq-input" {...register('website')} /></div>
            </div>
            <Select name="pronouns" control={control} options={PRONOUNS} multiple placeholder="Select all that apply" label="Pronouns (optional)" />
          </div>

          <div className="nq-section">
            <h2>Experience</h2>
            <Choices name="level" control={control} options={LEVELS} label="Which level matches your experience?" />
            <Choices name="employed" control={control} pills options={[{ id: 'yes', name: 'Yes' }, { id: 'no', name: 'No' }]} label="Do you currently have a job?" />
            <div id="nq-employed-followup" hidden={values.employed !== 'yes'}>
              <div className="nq-row">
                <div className="nq-field"><label htmlFor="nq-employer">Current employer</label><input id="nq-employer" className="nq-input" {...register('employer')} /></div>
                <div className="nq-field"><label htmlFor="nq-title">Current title</label><input id="nq-title" className="nq-input" {...register('title')} /></div>
              </div>
              <Select name="notice" control={control} options={NOTICE} label="How much notice do you need to give?" />
            </div>
            <div className="nq-row">
              <Controller name="school" control={control} render={({ field }) => (
                <Field className="nq-field" data-field="school">
                  <Label className="nq-lbl">School</Label>
                  <Combobox value={field.value} onChange={field.onChange} onClose={() => setQuery('')}>
                    <ComboboxInput className="nq-input" displayValue={(s) => s ?? ''} onChange={(e) => setQuery(e.target.value)} placeholder="Search schools" />
                    <ComboboxOptions anchor="bottom start" className="nq-options">
                      {schools.map((s) => <ComboboxOption key={s} value={s} className="nq-option">{s}</ComboboxOption>)}
                    </ComboboxOptions>
                  </Combobox>
                </Field>
              )} />
              <Select name="degree" control={control} options={DEGREES} label="Highest degree" />
            </div>
          </div>

          <div className="nq-section">
            <h2>Eligibility</h2>
            <Choices name="authorization" control={control} options={AUTH} label="Can you legally work in the United States?" />
            <Choices name="sponsorship" control={control} pills options={[{ id: 'yes', name: 'Yes' }, { id: 'no', name: 'No' }]} label="Will you need Northquay to sponsor or transfer a work visa at any point?" />
            <Select name="timezone" control={control} options={ZONES} label="Which time zone will you work from?" />
            <div id="nq-sponsorship-followup" hidden={values.sponsorship !== 'yes'}>
              <div className="nq-field"><label htmlFor="nq-visa">Which visa would you need?</label><input id="nq-visa" className="nq-input" {...register('visaType')} /></div>
            </div>
            <div className="nq-row">
              <div className="nq-field">
                <label htmlFor="nq-salary">Desired base salary</label>
                <div className="nq-adorn"><span>$</span><input id="nq-salary" inputMode="numeric" placeholder="0" aria-describedby="nq-salary-cur" {...register('salary')} /><span id="nq-salary-cur">USD</span></div>
              </div>
              <div className="nq-field"><label htmlFor="nq-start">Earliest start date</label><input id="nq-start" type="date" className="nq-input" {...register('startDate')} /></div>
            </div>
          </div>

          <div className="nq-section">
            <h2>Resume &amp; questions</h2>
            <div className="nq-field">
              <span className="nq-lbl">Resume</span>
              <div className="nq-upload">
                <label htmlFor="nq-resume" style={{ color: '#4f46e5', fontWeight: 600, cursor: 'pointer' }}>
                  <span>Upload a file</span>
                  <input id="nq-resume" name="resume" type="file" className="sr-only" accept=".pdf,.doc,.docx" onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} />
                </label>{' '}or drag and drop
                <p className="nq-desc">{values.resume || 'PDF, DOC up to 10MB'}</p>
              </div>
            </div>
            <div className="nq-field"><label htmlFor="nq-cover">Cover letter</label><textarea id="nq-cover" rows={5} className="nq-input" {...register('coverLetter')} /></div>
            <div className="nq-field"><label htmlFor="nq-metric">What’s the messiest data integration you’ve untangled?</label><textarea id="nq-metric" rows={3} className="nq-input" {...register('metric')} /></div>
            <Select name="heard" control={control} options={HEARD} label="How did you hear about us?" />
          </div>

          <div className="nq-section">
            <h2>Voluntary self-identification</h2>
            <div className="nq-row">
              <Select name="gender" control={control} options={GENDER} label="Gender" />
              <Select name="veteran" control={control} options={VETERAN} label="Veteran status" />
            </div>
          </div>
          <div className="nq-field" style={{ display: 'flex', gap: 8 }}>
            <input id="nq-consent" type="checkbox" {...register('consent', { required: true })} />
            <label htmlFor="nq-consent">I agree to Northquay’s applicant privacy policy.</label>
          </div>
          <button id="nq-submit" type="submit" className="nq-submit">Submit application</button>
        </form>
      </main>
      <aside className="nq-chat" aria-label="Chat with our recruiting team">
        <strong>Questions? Chat with us</strong>
        <input id="nq-chat-email" type="email" placeholder="Your email" aria-label="Your email" value={chatEmail} onChange={(e) => setChatEmail(e.target.value)} />
        <button type="button">Start chat</button>
      </aside>
      <pre id="model">{JSON.stringify({ ...values, search, chatEmail })}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
