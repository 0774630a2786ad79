/**
 * Another Sable & Finch posting on the same Headless UI v2 careers template (Analytics Manager,
 * Stores, Seattle): Field / Label / Input / Select / Textarea, a Combobox for the school, a Listbox
 * for the state and one for a salary range, experience as a RadioGroup of cards with other
 * buckets, three yes/no RadioGroups of pills (eligibility, sponsorship, managing analysts), a
 * relocation Switch, the Tailwind upload zone, a cover-letter Textarea, the privacy consent and a
 * career-news Checkbox. React state in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Checkbox, Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Fieldset, Input, Label, Legend, Listbox, ListboxButton, ListboxOption, ListboxOptions,
  Radio, RadioGroup, Select, Switch, Textarea,
} from '@headlessui/react';

const STATES = ['Alaska', 'California', 'Idaho', 'Nevada', 'Oregon', 'Washington'];
const SCHOOLS = ['Seattle University', 'University of California, Berkeley', 'University of California, Irvine', 'University of Oregon', 'University of Washington', 'Western Washington University'];
const PAY = ['$120k–$139k', '$140k–$159k', '$160k–$179k', '$180k+'];

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
    firstName: '', lastName: '', email: '', phone: '', city: '', state: null, country: '', linkedin: '', source: '', school: null, experience: null, eligible: null,
    sponsorship: null, managedTeam: null, payRange: null, relocate: false, resume: null, coverLetter: '', consent: false, news: false,
  });
  const [schoolQuery, setSchoolQuery] = useState('');
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((previous) => ({ ...previous, [key]: value }));
  if (done) return <h2 id="done">Application submitted!</h2>;
  const schools = schoolQuery ? SCHOOLS.filter((school) => school.toLowerCase().includes(schoolQuery.toLowerCase())) : SCHOOLS;
  return (
    <form onSubmit={(event) => { event.preventDefault(); if (form.email && form.resume && form.consent) setDone(true); }}>
      <h1>Analytics Manager, Stores</h1>
      <p>Seattle, WA · Hybrid, two days at our Pioneer Square office</p>
      <p>
        Lead a team of four analysts who measure everything from foot traffic to fitting-room conversion across our
        62 stores, and partner with regional directors on labor planning and assortment.
      </p>
      <Fieldset>
        <Legend className="sf-legend">Personal information</Legend>
        <div style={{ display: 'flex', gap: 16 }}>
          <Field className="sf-field" style={{ flex: 1 }}><Label>First name</Label><Input className="sf-input" name="first-name" autoComplete="given-name" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /></Field>
          <Field className="sf-field" style={{ flex: 1 }}><Label>Last name</Label><Input className="sf-input" name="last-name" autoComplete="family-name" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /></Field>
        </div>
        <Field className="sf-field"><Label>Email address</Label><Input className="sf-input" type="email" name="email" value={form.email} onChange={(e) => set('email')(e.target.value)} /></Field>
        <Field className="sf-field"><Label>Phone number</Label><Description>US numbers only.</Description>
          <Input className="sf-input" type="tel" name="phone" placeholder="(555) 987-6543" value={form.phone} onChange={(e) => set('phone')(e.target.value)} /></Field>
        <div style={{ display: 'flex', gap: 16 }}>
          <Field className="sf-field" style={{ flex: 1 }}><Label>City</Label><Input className="sf-input" name="city" value={form.city} onChange={(e) => set('city')(e.target.value)} /></Field>
          <Field className="sf-field" style={{ flex: 1 }} data-field="state"><Label>State</Label>
            <Listbox value={form.state} onChange={set('state')} name="state">
              <ListboxButton className="sf-input" style={{ textAlign: 'left' }}>{form.state ?? 'Select…'}</ListboxButton>
              <ListboxOptions anchor="bottom start" className="sf-options">
                {STATES.map((state) => <ListboxOption key={state} value={state}>{state}</ListboxOption>)}
              </ListboxOptions>
            </Listbox></Field>
        </div>
        <Field className="sf-field"><Label>Country</Label>
          <Select className="sf-select" name="country" value={form.country} onChange={(e) => set('country')(e.target.value)}>
            <option value="">Select…</option><option>Canada</option><option>United States</option>
          </Select></Field>
        <Field className="sf-field"><Label>LinkedIn profile</Label><Input className="sf-input" type="url" name="linkedin" placeholder="https://linkedin.com/in/…" value={form.linkedin} onChange={(e) => set('linkedin')(e.target.value)} /></Field>
        <Field className="sf-field"><Label>How did you hear about this role?</Label>
          <Select className="sf-select" name="source" value={form.source} onChange={(e) => set('source')(e.target.value)}>
            <option value="">Select…</option><option>Sable &amp; Finch careers site</option><option>LinkedIn</option><option>Indeed</option><option>A current employee</option>
          </Select></Field>
      </Fieldset>
      <Fieldset>
        <Legend className="sf-legend">Background</Legend>
        <Field className="sf-field" data-field="school"><Label>College or university</Label>
          <Combobox value={form.school} onChange={set('school')} onClose={() => setSchoolQuery('')} name="school">
            <ComboboxInput className="sf-input" displayValue={(school) => school ?? ''} onChange={(e) => setSchoolQuery(e.target.value)} placeholder="Search for your school" />
            <ComboboxOptions anchor="bottom start" className="sf-options">
              {schools.map((school) => <ComboboxOption key={school} value={school}>{school}</ComboboxOption>)}
            </ComboboxOptions>
          </Combobox></Field>
        <Fieldset className="sf-field" data-field="experience"><Legend className="sf-legend">Years of analytics experience</Legend>
          <RadioGroup name="experience" value={form.experience} onChange={set('experience')} className="sf-cards" aria-label="Years of analytics experience">
            {['0–3', '4–6', '7–10', '11+'].map((years) => <Radio key={years} value={years} className="sf-card"><strong>{years}</strong> <span>years</span></Radio>)}
          </RadioGroup></Fieldset>
        <Pills name="eligible" label="Are you legally eligible to work in the United States?" options={['Yes', 'No']} value={form.eligible} onChange={set('eligible')} />
        <Pills name="sponsorship" label="Do you now, or will you in the future, need Sable & Finch to sponsor a work visa?" options={['Yes', 'No']} value={form.sponsorship} onChange={set('sponsorship')} />
        <Pills name="managedTeam" label="Have you directly managed analysts before?" options={['Yes', 'No']} value={form.managedTeam} onChange={set('managedTeam')} />
        <Field className="sf-field" data-field="payRange"><Label>Desired base salary range</Label>
          <Listbox value={form.payRange} onChange={set('payRange')} name="pay-range">
            <ListboxButton className="sf-input" style={{ textAlign: 'left' }}>{form.payRange ?? 'Select a range'}</ListboxButton>
            <ListboxOptions anchor="bottom start" className="sf-options">
              {PAY.map((range) => <ListboxOption key={range} value={range}>{range}</ListboxOption>)}
            </ListboxOptions>
          </Listbox></Field>
        <Field className="sf-field" data-field="relocate" style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <Switch checked={form.relocate} onChange={set('relocate')} className="sf-switch" />
          <Label style={{ margin: 0 }}>I'm willing to relocate to the Seattle area</Label></Field>
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
      <Field className="sf-field"><Label>Cover letter</Label><Description>Optional. Paste it here.</Description><Textarea className="sf-input" rows={5} name="cover-letter" value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} /></Field>
      <Field className="sf-field" data-field="consent" style={{ display: 'flex', alignItems: 'center' }}>
        <Checkbox className="sf-box" checked={form.consent} onChange={set('consent')} name="consent" />
        <Label style={{ display: 'inline', margin: 0 }}>I agree to the applicant privacy policy.</Label></Field>
      <Field className="sf-field" data-field="news" style={{ display: 'flex', alignItems: 'center' }}>
        <Checkbox className="sf-box" checked={form.news} onChange={set('news')} name="news" />
        <Label style={{ display: 'inline', margin: 0 }}>Send me Sable &amp; Finch career news and events.</Label></Field>
      <button type="submit" id="submit">Submit application</button>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
