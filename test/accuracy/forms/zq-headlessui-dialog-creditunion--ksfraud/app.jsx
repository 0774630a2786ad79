/*
 * Pinecrest Credit Union careers, another posting (Fraud Analytics Engineer, Spokane): the job page
 * with its "Quick apply" form inside a Headless UI v2 Dialog. This posting: country Select preset to
 * the United States, a personal website instead of GitHub, years and education Listboxes, work
 * authorization as a Listbox and sponsorship as a native Select of sentences, a required
 * credit-and-background-check Select, a multiple Listbox of fraud tools. The template's
 * description follows.
 *
 * The (portal at the end of <body>, the page behind it inert), already open as the candidate
 * arrives from the "Apply" link. Exercises Headless UI pieces the other pages do not: Fieldset /
 * Legend / Field / Label / Description, Select (a native select), a Combobox that accepts a value
 * not in the list ("Use …"), a single Listbox and a multiple Listbox, a Checkbox (span
 * role=checkbox), a Switch. State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Dialog, DialogPanel, DialogTitle, Field, Fieldset,
  Input, Label, Legend, Listbox, ListboxButton, ListboxOption, ListboxOptions, Select, Switch, Textarea,
} from '@headlessui/react';

const PLACES = ['Boise, ID', 'Coeur d’Alene, ID', 'Portland, OR', 'San Diego, CA', 'San Francisco, CA', 'Seattle, WA', 'Spokane, WA', 'Spokane Valley, WA', 'Tacoma, WA'];
const YEARS = ['Under 2 years', '2–5 years', '6–9 years', '10 or more years'];
const EDUCATION = ['High school diploma', 'Associate’s degree', 'Bachelor’s degree', 'Master’s degree', 'Doctoral degree'];
const YES_NO = ['Yes', 'No'];
const TOOLS = ['Actimize', 'Feedzai', 'FICO Falcon', 'Verafin', 'SAS Fraud Management', 'In-house rules engine'];
const GENDERS = ['Female', 'Male', 'Non-binary', 'I prefer not to say'];

function LocationCombobox({ value, onChange }) {
  const [query, setQuery] = useState('');
  const shown = query === '' ? PLACES : PLACES.filter((p) => p.toLowerCase().includes(query.toLowerCase()));
  const custom = query.length > 0 && !PLACES.some((p) => p.toLowerCase() === query.toLowerCase()) ? query : null;
  return (
    <Combobox value={value} onChange={(v) => onChange(v ?? '')} onClose={() => setQuery('')} name="location" immediate>
      <ComboboxInput id="pc-location" className="pc-input" displayValue={(v) => v ?? ''} onChange={(e) => setQuery(e.target.value)} placeholder="City, State" />
      <ComboboxOptions anchor="bottom start" className="pc-options">
        {custom && <ComboboxOption value={custom} className="pc-option">Use “{custom}”</ComboboxOption>}
        {shown.map((p) => <ComboboxOption key={p} value={p} className="pc-option">{p}</ComboboxOption>)}
      </ComboboxOptions>
    </Combobox>
  );
}

function Pick({ id, value, onChange, options, placeholder, multiple = false, name }) {
  const shown = multiple ? (value.length ? value.join(', ') : placeholder) : value ?? placeholder;
  return (
    <Listbox value={value} onChange={onChange} multiple={multiple} name={name}>
      <ListboxButton id={id} className="pc-input pc-listbox-button">{shown}</ListboxButton>
      <ListboxOptions anchor="bottom start" className="pc-options">
        {options.map((o) => <ListboxOption key={o} value={o} className="pc-option">{o}</ListboxOption>)}
      </ListboxOptions>
    </Listbox>
  );
}

function Application() {
  const [open, setOpen] = useState(true);
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: '', country: 'USA', linkedin: '', website: '', employer: '', title: '',
    years: null, education: null, tools: [], startDate: '', salary: '', authorized: null, sponsorship: '', background: '', resume: '', coverLetter: '', gender: null,
    consent: false, talentNetwork: false,
  });
  const [search, setSearch] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, label, props = {}, description) => (
    <Field className="pc-field">
      <Label className="pc-label">{label}</Label>
      {description && <Description className="pc-desc">{description}</Description>}
      <Input className="pc-input" name={key} value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props} />
    </Field>
  );
  return (
    <>
      <header className="pc-header">
        <strong>Pinecrest Credit Union</strong>
        <nav>Personal · Business · About us · Careers</nav>
        <input id="pc-search" name="search" type="search" placeholder="Search pinecrest.org" aria-label="Search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </header>
      <main className="pc-job">
        <h1>Fraud Analytics Engineer</h1>
        <p>Risk &amp; Fraud Operations · Spokane, WA or Remote (WA, OR, ID, CA)</p>
        <p>Build the card and ACH fraud signals that protect 340,000 members, from streaming features to the models our analysts trust.</p>
        <button type="button" className="pc-apply" onClick={() => setOpen(true)}>Quick apply</button>
        {sent && <p id="pc-sent" className="pc-sent">Thanks! Your application has been received.</p>}
      </main>
      <Dialog open={open} onClose={() => setOpen(false)} className="pc-dialog">
        <div className="pc-backdrop" aria-hidden="true" />
        <div className="pc-dialog-wrap">
          <DialogPanel className="pc-panel">
            <DialogTitle className="pc-title">Apply: Fraud Analytics Engineer</DialogTitle>
            <form id="pc-form" noValidate onSubmit={(e) => { e.preventDefault(); if (form.email && form.background) { setSent(true); setOpen(false); } }}>
              <Fieldset className="pc-fieldset">
                <Legend className="pc-legend">Contact information</Legend>
                <div className="pc-row">{text('firstName', 'First name', { id: 'pc-firstName' })}{text('lastName', 'Last name', { id: 'pc-lastName' })}</div>
                {text('email', 'Email', { id: 'pc-email', type: 'email' })}
                {text('phone', 'Phone', { id: 'pc-phone', type: 'tel', placeholder: '(555) 123-4567' })}
                <Field className="pc-field">
                  <Label className="pc-label">Where do you live?</Label>
                  <Description className="pc-desc">Choose a city or type your own.</Description>
                  <LocationCombobox value={form.location} onChange={set('location')} />
                </Field>
                <Field className="pc-field">
                  <Label className="pc-label">Country</Label>
                  <Select id="pc-country" name="country" className="pc-input" value={form.country} onChange={(e) => set('country')(e.target.value)}>
                    <option value="">Select a country</option>
                    <option value="USA">United States of America</option>
                    <option value="CAN">Canada</option>
                    <option value="OTH">Other</option>
                  </Select>
                </Field>
                <div className="pc-row">{text('linkedin', 'LinkedIn', { id: 'pc-linkedin' })}{text('website', 'Personal website', { id: 'pc-website' })}</div>
              </Fieldset>
              <Fieldset className="pc-fieldset">
                <Legend className="pc-legend">Experience</Legend>
                <div className="pc-row">{text('employer', 'Current employer', { id: 'pc-employer' })}{text('title', 'Current job title', { id: 'pc-title' })}</div>
                <Field className="pc-field">
                  <Label className="pc-label">Total years of professional experience</Label>
                  <Pick id="pc-years" name="years" value={form.years} onChange={set('years')} options={YEARS} placeholder="Select…" />
                </Field>
                <Field className="pc-field">
                  <Label className="pc-label">Highest education completed</Label>
                  <Pick id="pc-education" name="education" value={form.education} onChange={set('education')} options={EDUCATION} placeholder="Select…" />
                </Field>
                <Field className="pc-field">
                  <Label className="pc-label">Fraud or risk platforms you have worked with</Label>
                  <Description className="pc-desc">Leave blank if none.</Description>
                  <Pick id="pc-tools" name="tools" value={form.tools} onChange={set('tools')} options={TOOLS} placeholder="Select all that apply" multiple />
                </Field>
              </Fieldset>
              <Fieldset className="pc-fieldset">
                <Legend className="pc-legend">Availability and eligibility</Legend>
                <div className="pc-row">
                  {text('startDate', 'Available start date', { id: 'pc-startDate', type: 'date' })}
                  {text('salary', 'Desired salary', { id: 'pc-salary', placeholder: 'Annual, USD' })}
                </div>
                <Field className="pc-field">
                  <Label className="pc-label">Are you legally authorized to work in the United States?</Label>
                  <Pick id="pc-authorized" name="authorized" value={form.authorized} onChange={set('authorized')} options={YES_NO} placeholder="Select…" />
                </Field>
                <Field className="pc-field">
                  <Label className="pc-label">Sponsorship</Label>
                  <Select id="pc-sponsorship" name="sponsorship" className="pc-input" value={form.sponsorship} onChange={(e) => set('sponsorship')(e.target.value)}>
                    <option value="">Select</option>
                    <option value="Y">I will require visa sponsorship now or in the future</option>
                    <option value="N">I will not require visa sponsorship</option>
                  </Select>
                </Field>
                <Field className="pc-field">
                  <Label className="pc-label">Positions in Risk &amp; Fraud require a credit and criminal background check after an offer. Do you agree to this check? *</Label>
                  <Select id="pc-background" name="background" className="pc-input" value={form.background} onChange={(e) => set('background')(e.target.value)}>
                    <option value="">Select</option><option value="Y">Yes</option><option value="N">No</option>
                  </Select>
                </Field>
              </Fieldset>
              <Fieldset className="pc-fieldset">
                <Legend className="pc-legend">Resume</Legend>
                <Field className="pc-field">
                  <Label className="pc-label pc-file-label" htmlFor="pc-resume">Attach resume</Label>
                  <input id="pc-resume" name="resume" type="file" className="pc-sr-only" accept=".pdf,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
                  <Description className="pc-desc">{form.resume || 'PDF or DOCX'}</Description>
                </Field>
                <Field className="pc-field">
                  <Label className="pc-label">Cover letter (optional)</Label>
                  <Textarea id="pc-coverLetter" name="coverLetter" className="pc-input" rows={4} value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
                </Field>
              </Fieldset>
              <Fieldset className="pc-fieldset">
                <Legend className="pc-legend">Voluntary self-identification</Legend>
                <Field className="pc-field">
                  <Label className="pc-label">Gender</Label>
                  <Pick id="pc-gender" name="gender" value={form.gender} onChange={set('gender')} options={GENDERS} placeholder="Select…" />
                </Field>
              </Fieldset>
              <Field className="pc-check-row">
                <Checkbox id="pc-consent" name="consent" checked={form.consent} onChange={set('consent')} className="pc-checkbox"><span aria-hidden="true">{form.consent ? '✓' : ''}</span></Checkbox>
                <Label>I authorize Pinecrest to verify the information in this application</Label>
              </Field>
              <Field className="pc-check-row">
                <Switch id="pc-talent" name="talentNetwork" checked={form.talentNetwork} onChange={set('talentNetwork')} className="pc-switch"><span className="pc-knob" /></Switch>
                <Label>Add me to the Pinecrest talent network</Label>
              </Field>
              <div className="pc-actions">
                <Button type="button" className="pc-cancel" onClick={() => setOpen(false)}>Cancel</Button>
                <Button type="submit" id="pc-submit" className="pc-submit">Submit application</Button>
              </div>
            </form>
          </DialogPanel>
        </div>
      </Dialog>
      <pre id="model">{JSON.stringify({ ...form, search })}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
