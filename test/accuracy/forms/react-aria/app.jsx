/**
 * A robotics startup's application built with React Aria Components: TextFields (labels tied by
 * aria-labelledby), a ComboBox over world-countries, Selects (button + popover ListBox, a hidden
 * native select mirror), RadioGroups with visually hidden inputs inside their labels, a DatePicker
 * whose date is spinbutton segments (month / day / year), a NumberField formatting the salary as
 * US dollars, a FileTrigger (a button opening a display:none file input), and Checkboxes. React
 * state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Calendar, CalendarCell, CalendarGrid, Checkbox, ComboBox, DateInput, DatePicker, DateSegment, Dialog, FieldError, FileTrigger, Group, Heading, Input,
  Label, ListBox, ListBoxItem, NumberField, Popover, Radio, RadioGroup, Select, SelectValue, TextArea, TextField,
} from 'react-aria-components';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ id: country.cca2, name: country.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const DEGREES = ['High school diploma', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD)'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'Prefer to self-describe', 'Prefer not to say'];

function Text({ name, label, value, onChange, type = 'text', multiline = false, isRequired = false }) {
  return (
    <TextField name={name} type={type} value={value} onChange={onChange} isRequired={isRequired} data-field={name}>
      <Label>{label}</Label>
      {multiline ? <TextArea rows={5} /> : <Input />}
      <FieldError />
    </TextField>
  );
}

function Choose({ name, label, options, value, onChange }) {
  return (
    <Select name={name} selectedKey={value} onSelectionChange={onChange} placeholder="Select an option" data-field={name}>
      <Label>{label}</Label>
      <Button><SelectValue /><span aria-hidden="true">▾</span></Button>
      <Popover><ListBox>{options.map((option) => <ListBoxItem key={option} id={option}>{option}</ListBoxItem>)}</ListBox></Popover>
    </Select>
  );
}

function YesNo({ name, label, options, value, onChange }) {
  return (
    <RadioGroup name={name} value={value} onChange={onChange} data-field={name}>
      <Label>{label}</Label>
      {options.map(([id, text]) => <Radio key={id} value={id}>{text}</Radio>)}
    </RadioGroup>
  );
}

const EMPTY = { firstName: '', lastName: '', email: '', phone: '', city: '', country: null, linkedin: '', github: '', degree: null, pronouns: null, authorized: null, sponsorship: null, startDate: null, salary: null, resume: null, motivation: '', jobAlerts: false, consent: false };

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const submit = (event) => {
    event.preventDefault();
    if (!form.firstName || !form.email || !form.resume || !form.consent) { setError('Please fill in the required fields, attach a resume and accept the privacy notice.'); return; }
    setSent(true);
  };
  if (sent) return <p id="sent">Application received. Thank you!</p>;
  return (
    <form onSubmit={submit} noValidate>
      <h1>Senior Data Engineer</h1>
      <div className="two">
        <Text name="firstName" label="First name" value={form.firstName} onChange={set('firstName')} isRequired />
        <Text name="lastName" label="Last name" value={form.lastName} onChange={set('lastName')} isRequired />
      </div>
      <Text name="email" label="Email" type="email" value={form.email} onChange={set('email')} isRequired />
      <Text name="phone" label="Phone" type="tel" value={form.phone} onChange={set('phone')} />
      <div className="two">
        <Text name="city" label="City" value={form.city} onChange={set('city')} />
        <ComboBox name="country" selectedKey={form.country} onSelectionChange={set('country')} defaultItems={COUNTRIES} data-field="country">
          <Label>Country</Label>
          <div className="row"><Input /><Button>▾</Button></div>
          <Popover><ListBox>{(item) => <ListBoxItem id={item.id}>{item.name}</ListBoxItem>}</ListBox></Popover>
        </ComboBox>
      </div>
      <Text name="linkedin" label="LinkedIn URL" type="url" value={form.linkedin} onChange={set('linkedin')} />
      <Text name="github" label="GitHub URL" type="url" value={form.github} onChange={set('github')} />
      <Choose name="degree" label="Highest degree obtained" options={DEGREES} value={form.degree} onChange={set('degree')} />
      <Choose name="pronouns" label="Pronouns (optional)" options={PRONOUNS} value={form.pronouns} onChange={set('pronouns')} />
      <YesNo name="authorized" label="Are you authorized to work in the US?" options={[['yes', 'Yes'], ['no', 'No']]} value={form.authorized} onChange={set('authorized')} />
      <YesNo name="sponsorship" label="Do you require visa sponsorship to work in the US?"
        options={[['yes', 'Yes, now or in the future'], ['no', 'No, I do not require sponsorship']]} value={form.sponsorship} onChange={set('sponsorship')} />
      <DatePicker name="startDate" value={form.startDate} onChange={set('startDate')} data-field="startDate">
        <Label>Earliest start date</Label>
        <Group>
          <DateInput>{(segment) => <DateSegment segment={segment} />}</DateInput>
          <Button>📅</Button>
        </Group>
        <Popover>
          <Dialog>
            <Calendar>
              <header><Button slot="previous">◀</Button><Heading /><Button slot="next">▶</Button></header>
              <CalendarGrid>{(date) => <CalendarCell date={date} />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
      <NumberField name="salary" value={form.salary ?? NaN} onChange={(value) => set('salary')(Number.isNaN(value) ? null : value)} formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} data-field="salary">
        <Label>Expected annual salary</Label>
        <Input />
      </NumberField>
      <div className="upload" data-field="resume">
        <span className="react-aria-Label" id="resume-label">Resume</span>
        <FileTrigger acceptedFileTypes={['application/pdf']} onSelect={(files) => set('resume')(files?.[0]?.name ?? null)}>
          <Button aria-describedby="resume-label">Choose file</Button>
        </FileTrigger>
        <span>{form.resume ?? 'No file chosen'}</span>
      </div>
      <Text name="motivation" label="What draws you to robotics?" value={form.motivation} onChange={set('motivation')} multiline />
      <Checkbox name="jobAlerts" isSelected={form.jobAlerts} onChange={set('jobAlerts')} data-field="jobAlerts"><span className="box" />Email me about future openings at Quillon</Checkbox>
      <Checkbox name="consent" isSelected={form.consent} onChange={set('consent')} data-field="consent"><span className="box" />I have read the applicant privacy notice *</Checkbox>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" className="submit">Submit application</button>
      <pre id="model">{JSON.stringify({ ...form, startDate: form.startDate?.toString() ?? null })}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
