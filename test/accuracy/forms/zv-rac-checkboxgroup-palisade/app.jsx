/**
 * A climate-tech careers page on React Aria Components: TextFields, a Select for the state (popover
 * listbox, hidden native select mirror), a ComboBox for the country, yes/no questions as
 * ToggleButtonGroups (buttons with aria-pressed) and as a RadioGroup (visually hidden radios inside
 * labels), experience as a single-selection TagGroup (grid rows), the degree as a RadioGroup,
 * pronouns and interests as CheckboxGroups, a DateField for the start date (spinbutton segments), a
 * DropZone with a FileTrigger for the resume, a TextArea for the cover letter, a Switch, EEO
 * RadioGroup and a consent Checkbox. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, CheckboxGroup, ComboBox, DateField, DateInput, DateSegment, DropZone, FileTrigger, Input, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup,
  Select, SelectValue, Switch, Tag, TagGroup, TagList, Text, TextArea, TextField, ToggleButton, ToggleButtonGroup,
} from 'react-aria-components';

const STATES = ['California', 'Colorado', 'Massachusetts', 'New York', 'Oregon', 'Washington'];
const COUNTRIES = ['Brazil', 'Canada', 'Chile', 'Germany', 'India', 'Kenya', 'United Kingdom', 'United States'];

function Field({ name, label, type = 'text', description, value, onChange, multiline = false }) {
  return (
    <TextField name={name} type={type} value={value} onChange={onChange} data-field={name}>
      <Label>{label}</Label>
      {multiline ? <TextArea rows={5} /> : <Input />}
      {description && <Text slot="description" className="pc-desc">{description}</Text>}
    </TextField>
  );
}

function YesNo({ name, label, value, onChange }) {
  return (
    <div className="pc-block" data-field={name}>
      <span className="react-aria-Label" id={`${name}-label`}>{label}</span>
      <ToggleButtonGroup aria-labelledby={`${name}-label`} selectionMode="single" selectedKeys={value ? [value] : []}
        onSelectionChange={(keys) => onChange([...keys][0] ?? null)}>
        <ToggleButton id="yes">Yes</ToggleButton>
        <ToggleButton id="no">No</ToggleButton>
      </ToggleButtonGroup>
    </div>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', state: null, country: '', linkedin: '', authorized: null, sponsorship: null, relocation: null,
    years: null, degree: null, pronouns: [], interests: [], startDate: null, resume: null, coverLetter: '', mission: '', updates: false, veteran: null, consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((previous) => ({ ...previous, [key]: value }));
  if (done) return <h2 id="done">Thanks for applying to Palisade.</h2>;
  return (
    <form onSubmit={(event) => { event.preventDefault(); if (form.email && form.resume && form.consent) setDone(true); }}>
      <h1>Climate Data Engineer</h1>
      <p className="pc-desc">Remote (Americas) · Carbon accounting platform</p>
      <div style={{ display: 'flex', gap: 16 }}>
        <Field name="firstName" label="First name" value={form.firstName} onChange={set('firstName')} />
        <Field name="lastName" label="Last name" value={form.lastName} onChange={set('lastName')} />
      </div>
      <Field name="email" type="email" label="Email" value={form.email} onChange={set('email')} />
      <Field name="phone" type="tel" label="Phone" description="Digits only, including area code" value={form.phone} onChange={set('phone')} />
      <Field name="city" label="City" value={form.city} onChange={set('city')} />
      <Select name="state" selectedKey={form.state} onSelectionChange={set('state')} placeholder="Select a state" data-field="state">
        <Label>State</Label>
        <Button><SelectValue /> <span aria-hidden="true">▾</span></Button>
        <Popover><ListBox>{STATES.map((state) => <ListBoxItem key={state} id={state}>{state}</ListBoxItem>)}</ListBox></Popover>
      </Select>
      <ComboBox name="country" inputValue={form.country} onInputChange={set('country')} data-field="country" allowsCustomValue={false}>
        <Label>Country</Label>
        <div><Input /><Button>▾</Button></div>
        <Popover><ListBox>{COUNTRIES.map((country) => <ListBoxItem key={country} id={country}>{country}</ListBoxItem>)}</ListBox></Popover>
      </ComboBox>
      <Field name="linkedin" label="LinkedIn" value={form.linkedin} onChange={set('linkedin')} />
      <YesNo name="authorized" label="Are you legally authorized to work in the United States?" value={form.authorized} onChange={set('authorized')} />
      <YesNo name="sponsorship" label="Will you require employer sponsorship for a work visa?" value={form.sponsorship} onChange={set('sponsorship')} />
      <RadioGroup name="relocation" value={form.relocation} onChange={set('relocation')} data-field="relocation">
        <Label>Are you open to relocating to Denver, CO?</Label>
        <div><Radio value="Yes">Yes</Radio><Radio value="No">No</Radio><Radio value="Maybe">Maybe</Radio></div>
      </RadioGroup>
      <TagGroup selectionMode="single" selectedKeys={form.years ? [form.years] : []} onSelectionChange={(keys) => set('years')([...keys][0] ?? null)} data-field="years">
        <Label>Years of experience</Label>
        <TagList>{['0–1', '2–4', '5–7', '8–12', '13+'].map((years) => <Tag key={years} id={years}>{years}</Tag>)}</TagList>
      </TagGroup>
      <RadioGroup name="degree" value={form.degree} onChange={set('degree')} data-field="degree">
        <Label>Highest completed degree</Label>
        <div>{['Associate', 'Bachelor', 'Master', 'Doctorate', 'None of these'].map((degree) => <Radio key={degree} value={degree}>{degree}</Radio>)}</div>
      </RadioGroup>
      <CheckboxGroup name="pronouns" value={form.pronouns} onChange={set('pronouns')} data-field="pronouns">
        <Label>Pronouns</Label>
        <div>{['she/her', 'he/him', 'they/them', 'xe/xem'].map((pronoun) => <Checkbox key={pronoun} value={pronoun}>{pronoun}</Checkbox>)}</div>
      </CheckboxGroup>
      <CheckboxGroup name="interests" value={form.interests} onChange={set('interests')} data-field="interests">
        <Label>Which problem areas interest you most?</Label>
        <div>{['Carbon removal', 'Grid decarbonization', 'Climate risk', 'Supply chain emissions'].map((area) => <Checkbox key={area} value={area}>{area}</Checkbox>)}</div>
      </CheckboxGroup>
      <DateField name="startDate" value={form.startDate} onChange={set('startDate')} data-field="startDate">
        <Label>Earliest start date</Label>
        <DateInput>{(segment) => <DateSegment segment={segment} />}</DateInput>
      </DateField>
      <div className="pc-block" data-field="resume">
        <span className="react-aria-Label">Resume</span>
        <DropZone onDrop={async (event) => { const item = event.items.find((entry) => entry.kind === 'file'); if (item) set('resume')(item.name); }}>
          <FileTrigger acceptedFileTypes={['application/pdf', '.doc', '.docx']} onSelect={(files) => set('resume')(files?.[0]?.name ?? null)}>
            <Button>Browse files</Button>
          </FileTrigger>
          <Text slot="label" style={{ display: 'block' }}>{form.resume ?? 'or drop your resume here (PDF, DOC, DOCX)'}</Text>
        </DropZone>
      </div>
      <Field name="coverLetter" label="Cover letter" multiline value={form.coverLetter} onChange={set('coverLetter')} />
      <Field name="mission" label="What draws you to climate work?" multiline value={form.mission} onChange={set('mission')} />
      <div className="pc-block"><Switch isSelected={form.updates} onChange={set('updates')} data-field="updates">Email me about future Palisade openings</Switch></div>
      <RadioGroup name="veteran" value={form.veteran} onChange={set('veteran')} data-field="veteran">
        <Label>Veteran status (voluntary)</Label>
        <div><Radio value="protected">I identify as a protected veteran</Radio><Radio value="not">I am not a protected veteran</Radio><Radio value="decline">I don't wish to answer</Radio></div>
      </RadioGroup>
      <div className="pc-block"><Checkbox isSelected={form.consent} onChange={set('consent')} data-field="consent">I agree to Palisade's applicant privacy notice</Checkbox></div>
      <Button type="submit" id="submit">Submit application</Button>
      <pre id="model">{JSON.stringify({ ...form, startDate: form.startDate ? form.startDate.toString() : null })}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
