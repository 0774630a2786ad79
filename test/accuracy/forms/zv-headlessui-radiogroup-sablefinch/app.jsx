/**
 * A retail brand's careers page in the Tailwind UI style, built with Headless UI v2: Field / Label
 * / Input / Select / Textarea (ids like headlessui-control-…), a Combobox for the school, a
 * Listbox for the state and one with `multiple` for the teams of interest, experience as a
 * RadioGroup of cards and yes/no questions as RadioGroups of pills (div role=radio, no native
 * radios; `name` adds hidden inputs carrying the value), pronouns as Headless UI Checkboxes
 * (span role=checkbox), a Switch for relocation, the Tailwind "Upload a file or drag and drop" zone
 * (an sr-only file input inside the label), and a consent Checkbox. React state in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Checkbox, Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Fieldset, Input, Label, Legend, Listbox, ListboxButton, ListboxOption, ListboxOptions,
  Radio, RadioGroup, Select, Switch, Textarea,
} from '@headlessui/react';

const STATES = ['Arizona', 'California', 'Colorado', 'New York', 'Oregon', 'Washington'];
const SCHOOLS = ['California State University, East Bay', 'San Francisco State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Santa Cruz', 'University of San Francisco'];
const TEAMS = ['Merchandising analytics', 'Supply chain', 'Marketing science', 'Data platform'];

function Pills({ name, label, options, value, onChange }) {
  return (
    <Fieldset className="sf-field" data-field={name}>
      <Legend className="sf-legend">{label}</Legend>
      <RadioGroup name={name} value={value} onChange={onChange} aria-label={label}>
        {options.map((option) => <Radio key={option} value={option} className="sf-pill">{option}</Radio>)}
      </RadioGroup>
    </Fieldset>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', state: null, country: '', school: null, degree: '', experience: null, authorized: null, sponsorship: null,
    pronouns: [], teams: [], relocate: false, resume: null, portfolio: '', anythingElse: '', source: '', consent: false,
  });
  const [schoolQuery, setSchoolQuery] = useState('');
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((previous) => ({ ...previous, [key]: value }));
  const togglePronoun = (pronoun) => (checked) => setForm((previous) => ({ ...previous, pronouns: checked ? [...previous.pronouns, pronoun] : previous.pronouns.filter((p) => p !== pronoun) }));
  if (done) return <h2 id="done">Application submitted!</h2>;
  const schools = schoolQuery ? SCHOOLS.filter((school) => school.toLowerCase().includes(schoolQuery.toLowerCase())) : SCHOOLS;
  return (
    <form onSubmit={(event) => { event.preventDefault(); if (form.email && form.resume && form.consent) setDone(true); }}>
      <h1>Senior Data Engineer</h1>
      <p>San Francisco HQ · Hybrid</p>
      <Fieldset>
        <Legend className="sf-legend">Personal information</Legend>
        <div style={{ display: 'flex', gap: 16 }}>
          <Field className="sf-field" style={{ flex: 1 }}><Label>First name</Label><Input className="sf-input" name="first-name" autoComplete="given-name" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /></Field>
          <Field className="sf-field" style={{ flex: 1 }}><Label>Last name</Label><Input className="sf-input" name="last-name" autoComplete="family-name" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /></Field>
        </div>
        <Field className="sf-field"><Label>Email address</Label><Input className="sf-input" type="email" name="email" value={form.email} onChange={(e) => set('email')(e.target.value)} /></Field>
        <Field className="sf-field"><Label>Phone number</Label><Description>We'll only call about this application.</Description>
          <Input className="sf-input" type="tel" name="phone" placeholder="+1 (555) 987-6543" value={form.phone} onChange={(e) => set('phone')(e.target.value)} /></Field>
        <div style={{ display: 'flex', gap: 16 }}>
          <Field className="sf-field" style={{ flex: 1 }}><Label>City</Label><Input className="sf-input" name="city" value={form.city} onChange={(e) => set('city')(e.target.value)} /></Field>
          <Field className="sf-field" style={{ flex: 1 }} data-field="state"><Label>State / Province</Label>
            <Listbox value={form.state} onChange={set('state')} name="state">
              <ListboxButton className="sf-input" style={{ textAlign: 'left' }}>{form.state ?? 'Select…'}</ListboxButton>
              <ListboxOptions anchor="bottom start" className="sf-options">
                {STATES.map((state) => <ListboxOption key={state} value={state}>{state}</ListboxOption>)}
              </ListboxOptions>
            </Listbox></Field>
        </div>
        <Field className="sf-field"><Label>Country</Label>
          <Select className="sf-select" name="country" value={form.country} onChange={(e) => set('country')(e.target.value)}>
            <option value="">Select…</option><option>Canada</option><option>Mexico</option><option>United States</option>
          </Select></Field>
      </Fieldset>
      <Fieldset>
        <Legend className="sf-legend">Experience</Legend>
        <Field className="sf-field" data-field="school"><Label>School</Label>
          <Combobox value={form.school} onChange={set('school')} onClose={() => setSchoolQuery('')} name="school">
            <ComboboxInput className="sf-input" displayValue={(school) => school ?? ''} onChange={(e) => setSchoolQuery(e.target.value)} placeholder="Search for your school" />
            <ComboboxOptions anchor="bottom start" className="sf-options">
              {schools.map((school) => <ComboboxOption key={school} value={school}>{school}</ComboboxOption>)}
            </ComboboxOptions>
          </Combobox></Field>
        <Field className="sf-field"><Label>Degree</Label>
          <Select className="sf-select" name="degree" value={form.degree} onChange={(e) => set('degree')(e.target.value)}>
            <option value="">Select…</option><option>High school</option><option>Associate</option><option>Bachelor's</option><option>Master's</option><option>PhD</option>
          </Select></Field>
        <Fieldset className="sf-field" data-field="experience"><Legend className="sf-legend">Years of experience</Legend>
          <RadioGroup name="experience" value={form.experience} onChange={set('experience')} className="sf-cards" aria-label="Years of experience">
            {['1–2', '3–5', '6–8', '9+'].map((years) => <Radio key={years} value={years} className="sf-card"><strong>{years}</strong> <span>years</span></Radio>)}
          </RadioGroup></Fieldset>
        <Pills name="authorized" label="Are you authorized to work in the US?" options={['Yes', 'No']} value={form.authorized} onChange={set('authorized')} />
        <Pills name="sponsorship" label="Will you require visa sponsorship?" options={['Yes', 'No']} value={form.sponsorship} onChange={set('sponsorship')} />
        <div className="sf-field" data-field="pronouns"><span className="sf-legend">Pronouns</span>
          {['she/her', 'he/him', 'they/them'].map((pronoun) => (
            <Field key={pronoun} style={{ display: 'inline-flex', alignItems: 'center', marginRight: 16 }}>
              <Checkbox className="sf-box" checked={form.pronouns.includes(pronoun)} onChange={togglePronoun(pronoun)} data-value={pronoun} />
              <Label style={{ display: 'inline', margin: 0 }}>{pronoun}</Label>
            </Field>
          ))}</div>
        <Field className="sf-field" data-field="teams"><Label>Teams you'd like to hear from</Label>
          <Listbox value={form.teams} onChange={set('teams')} multiple>
            <ListboxButton className="sf-input" style={{ textAlign: 'left' }}>{form.teams.length ? form.teams.join(', ') : 'Choose any'}</ListboxButton>
            <ListboxOptions anchor="bottom start" className="sf-options">
              {TEAMS.map((team) => <ListboxOption key={team} value={team}>{team}</ListboxOption>)}
            </ListboxOptions>
          </Listbox></Field>
        <Field className="sf-field" data-field="relocate" style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <Switch checked={form.relocate} onChange={set('relocate')} className="sf-switch" />
          <Label style={{ margin: 0 }}>I'm willing to relocate to San Francisco</Label></Field>
      </Fieldset>
      <div className="sf-field">
        <span className="sf-legend">Resume</span>
        <div className="sf-drop">
          <label htmlFor="file-upload"><span style={{ color: '#4f46e5' }}>Upload a file</span>
            <input id="file-upload" name="file-upload" type="file" className="sr-only" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} /></label>
          <span> or drag and drop</span>
          <p style={{ color: '#6b7280', margin: 0 }}>{form.resume ?? 'PDF, DOC up to 10MB'}</p>
        </div>
      </div>
      <Field className="sf-field"><Label>Portfolio</Label><Input className="sf-input" type="url" name="portfolio" placeholder="https://" value={form.portfolio} onChange={(e) => set('portfolio')(e.target.value)} /></Field>
      <Field className="sf-field"><Label>Anything else you'd like us to know?</Label><Textarea className="sf-input" rows={3} name="anything-else" value={form.anythingElse} onChange={(e) => set('anythingElse')(e.target.value)} /></Field>
      <Field className="sf-field"><Label>How did you hear about us?</Label>
        <Select className="sf-select" name="source" value={form.source} onChange={(e) => set('source')(e.target.value)}>
          <option value="">Select…</option><option>Instagram</option><option>LinkedIn</option><option>A friend</option><option>In store</option>
        </Select></Field>
      <Field className="sf-field" data-field="consent" style={{ display: 'flex', alignItems: 'center' }}>
        <Checkbox className="sf-box" checked={form.consent} onChange={set('consent')} name="consent" />
        <Label style={{ display: 'inline', margin: 0 }}>I agree to the applicant privacy policy.</Label></Field>
      <button type="submit" id="submit">Submit application</button>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
