/**
 * An investment firm's careers page on Blueprint 6 (+ @blueprintjs/select): FormGroup / InputGroup
 * text fields, a "Current location" Suggest whose items arrive 400 ms after typing (query-driven,
 * items replaced from state), a NumericInput with side buttons for years, "$" + NumericInput salary
 * with thousands separators, yes/no questions as SegmentedControls (buttons role=radio), the highest
 * degree as RadioCards (label cards around radios), CheckboxCards for teams and a SwitchCard for
 * relocation to leave alone, "Available from" as Month / Year HTMLSelects, a Slider for travel and a
 * TagInput of languages to leave alone, a FileInput resume, a TextArea cover letter and consent.
 * State goes to <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, CheckboxCard, FileInput, FormGroup, HTMLSelect, InputGroup, MenuItem, NumericInput, RadioCard, RadioGroup,
  SegmentedControl, Slider, SwitchCard, TagInput, TextArea,
} from '@blueprintjs/core';
import { Suggest } from '@blueprintjs/select';
import '@blueprintjs/core/lib/css/blueprint.css';
import '@blueprintjs/select/lib/css/blueprint-select.css';

const PLACES = ['San Francisco, CA', 'South San Francisco, CA', 'San Jose, CA', 'San Diego, CA', 'San Rafael, CA', 'Santa Monica, CA',
  'Stamford, CT', 'New York, NY', 'Boston, MA', 'Chicago, IL', 'Greenwich, CT', 'Jersey City, NJ'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DEGREES = [['none', 'No degree'], ['associate', "Associate's degree"], ['bachelor', "Bachelor's degree"], ['master', "Master's degree"], ['doctorate', 'Doctorate']];
const TEAMS = [['risk', 'Risk Platform'], ['pricing', 'Pricing & Valuation'], ['research', 'Research Data']];

function LocationSuggest({ value, onChange }) {
  const [items, setItems] = useState([]);
  const [query, setQuery] = useState('');
  const timer = useRef();
  const onQuery = (q) => {
    setQuery(q);
    clearTimeout(timer.current);
    if (q.length < 2) { setItems([]); return; }
    timer.current = setTimeout(() => setItems(PLACES.filter((p) => p.toLowerCase().includes(q.toLowerCase()))), 400);
  };
  return (
    <Suggest items={items} query={query} onQueryChange={onQuery} selectedItem={value} onItemSelect={onChange} inputValueRenderer={(i) => i}
      itemRenderer={(item, { handleClick, handleFocus, modifiers }) => (
        <MenuItem key={item} text={item} active={modifiers.active} onClick={handleClick} onFocus={handleFocus} roleStructure="listoption" />
      )}
      noResults={<MenuItem disabled text={query.length < 2 ? 'Type to search' : 'Searching…'} roleStructure="listoption" />}
      inputProps={{ id: 'hc-location', placeholder: 'City, state' }} popoverProps={{ minimal: true }} resetOnClose={false} />
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: null, github: '', years: '', salary: '', authorized: null, sponsorship: null,
    degree: '', teams: [], relocate: false, startMonth: '', startYear: '', travel: 0, languages: [], resume: null, coverLetter: '', consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (e) => set(key)(e.target.value) });
  if (done) return <h2 id="done">Application received.</h2>;
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); if (form.email && form.consent) setDone(true); }}>
      <h1 className="bp6-heading">Data Engineer, Risk Platform</h1>
      <p>New York, NY · Hybrid (3 days in office)</p>
      <div style={{ display: 'flex', gap: 12 }}>
        <FormGroup label="First name" labelFor="hc-first" labelInfo="(required)" style={{ flex: 1 }}><InputGroup id="hc-first" name="firstName" {...text('firstName')} /></FormGroup>
        <FormGroup label="Last name" labelFor="hc-last" labelInfo="(required)" style={{ flex: 1 }}><InputGroup id="hc-last" name="lastName" {...text('lastName')} /></FormGroup>
      </div>
      <FormGroup label="Email" labelFor="hc-email" labelInfo="(required)"><InputGroup id="hc-email" name="email" type="email" {...text('email')} /></FormGroup>
      <FormGroup label="Phone" labelFor="hc-phone" helperText="Format: 555-123-4567"><InputGroup id="hc-phone" name="phone" type="tel" {...text('phone')} /></FormGroup>
      <FormGroup label="Current location" labelFor="hc-location"><LocationSuggest value={form.location} onChange={set('location')} /></FormGroup>
      <FormGroup label="GitHub" labelFor="hc-github"><InputGroup id="hc-github" name="github" placeholder="https://github.com/…" {...text('github')} /></FormGroup>
      <FormGroup label="Years of professional experience" labelFor="hc-years">
        <NumericInput id="hc-years" name="years" min={0} max={50} buttonPosition="right" value={form.years} onValueChange={(_, t) => set('years')(t)} />
      </FormGroup>
      <FormGroup label="Expected base salary (USD)" labelFor="hc-salary">
        <NumericInput id="hc-salary" name="salary" min={0} buttonPosition="none" leftElement={<span className="bp6-input-left-container" style={{ padding: '6px 0 0 8px' }}>$</span>}
          value={form.salary} onValueChange={(n, t) => set('salary')(t)} />
      </FormGroup>
      <FormGroup label="Are you authorized to work in the United States?" data-field="authorized">
        <SegmentedControl options={[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]} value={form.authorized ?? undefined} onValueChange={set('authorized')} />
      </FormGroup>
      <FormGroup label="Will you require visa sponsorship now or in the future?" data-field="sponsorship">
        <SegmentedControl options={[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]} value={form.sponsorship ?? undefined} onValueChange={set('sponsorship')} />
      </FormGroup>
      <FormGroup label="Highest degree" data-field="degree">
        <RadioGroup name="degree" className="cards" selectedValue={form.degree} onChange={(e) => set('degree')(e.currentTarget.value)}>
          {DEGREES.map(([v, l]) => <RadioCard key={v} value={v} label={l} compact />)}
        </RadioGroup>
      </FormGroup>
      <FormGroup label="Teams you'd be interested in" data-field="teams">
        <div className="cards">
          {TEAMS.map(([v, l]) => (
            <CheckboxCard key={v} label={l} compact checked={form.teams.includes(v)} value={v} name="teams"
              onChange={(e) => set('teams')(e.currentTarget.checked ? [...form.teams, v] : form.teams.filter((t) => t !== v))} />
          ))}
        </div>
      </FormGroup>
      <SwitchCard compact name="relocate" checked={form.relocate} onChange={(e) => set('relocate')(e.currentTarget.checked)} data-field="relocate">I'd relocate to the New York area</SwitchCard>
      <FormGroup label="Available from" data-field="available">
        <div style={{ display: 'flex', gap: 8 }}>
          <HTMLSelect id="hc-start-month" name="startMonth" aria-label="Month" value={form.startMonth} onChange={(e) => set('startMonth')(e.currentTarget.value)}
            options={[{ value: '', label: 'Month' }, ...MONTHS.map((m) => ({ value: m, label: m }))]} />
          <HTMLSelect id="hc-start-year" name="startYear" aria-label="Year" value={form.startYear} onChange={(e) => set('startYear')(e.currentTarget.value)}
            options={[{ value: '', label: 'Year' }, '2026', '2027', '2028'].map((y) => (typeof y === 'string' ? { value: y, label: y } : y))} />
        </div>
      </FormGroup>
      <FormGroup label="How much travel could you take on? (% of time)" data-field="travel">
        <Slider min={0} max={50} stepSize={5} labelStepSize={10} value={form.travel} onChange={set('travel')} labelRenderer={(v) => `${v}%`} />
      </FormGroup>
      <FormGroup label="Languages you write production code in" labelFor="hc-languages">
        <TagInput inputProps={{ id: 'hc-languages' }} values={form.languages} onChange={(v) => set('languages')(v.map(String))} placeholder="Python, Scala…" />
      </FormGroup>
      <FormGroup label="Resume" labelFor="hc-resume">
        <FileInput text={form.resume ?? 'Choose file...'} buttonText="Browse" inputProps={{ id: 'hc-resume', name: 'resume', accept: '.pdf,.doc,.docx' }}
          onInputChange={(e) => set('resume')(e.currentTarget.files[0]?.name ?? null)} />
      </FormGroup>
      <FormGroup label="Cover letter" labelFor="hc-cover"><TextArea id="hc-cover" name="coverLetter" fill rows={5} {...text('coverLetter')} /></FormGroup>
      <Checkbox id="hc-consent" name="consent" checked={form.consent} onChange={(e) => set('consent')(e.currentTarget.checked)} label="I consent to Harrowgate processing my application data" />
      <Button id="submit" type="submit" intent="primary" text="Submit application" />
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
