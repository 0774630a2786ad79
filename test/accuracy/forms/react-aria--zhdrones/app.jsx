/**
 * Another posting on the same React Aria Components application template (a drone company this
 * time): TextFields (labels tied by aria-labelledby), a ComboBox over world-countries, Selects
 * (button + popover ListBox, a hidden native select mirror), RadioGroups with visually hidden
 * inputs, a DatePicker of spinbutton segments, NumberFields (years as a plain number, salary as US
 * dollars, notice in weeks), two FileTriggers (resume and an optional cover letter), Checkboxes.
 * This posting drops pronouns and GitHub, adds a portfolio link, a years-of-experience number, a
 * clearance question, a travel Select, a notice period, a referrer and a second upload.
 * React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Calendar, CalendarCell, CalendarGrid, Checkbox, ComboBox, DateInput, DatePicker, DateSegment, Dialog, FieldError, FileTrigger, Group, Heading, Input,
  Label, ListBox, ListBoxItem, NumberField, Popover, Radio, RadioGroup, Select, SelectValue, Text as HelpText, TextArea, TextField,
} from 'react-aria-components';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ id: country.cca2, name: country.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const EDUCATION = ['High school or GED', 'Some college', 'Associate degree', "Bachelor's degree", "Master's degree", 'PhD', 'Other'];
const TRAVEL = ['No travel', 'Up to 10%', 'Up to 20%', 'More than 20%'];

function Text({ name, label, value, onChange, type = 'text', multiline = false, isRequired = false, help }) {
  return (
    <TextField name={name} type={type} value={value} onChange={onChange} isRequired={isRequired} data-field={name}>
      <Label>{label}</Label>
      {multiline ? <TextArea rows={5} /> : <Input />}
      {help && <HelpText slot="description">{help}</HelpText>}
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

function Choice({ name, label, options, value, onChange }) {
  return (
    <RadioGroup name={name} value={value} onChange={onChange} data-field={name}>
      <Label>{label}</Label>
      {options.map(([id, text]) => <Radio key={id} value={id}>{text}</Radio>)}
    </RadioGroup>
  );
}

function Upload({ name, label, value, onChange, accept }) {
  return (
    <div className="upload" data-field={name}>
      <span className="react-aria-Label" id={`${name}-label`}>{label}</span>
      <FileTrigger acceptedFileTypes={accept} onSelect={(files) => onChange(files?.[0]?.name ?? null)}>
        <Button aria-describedby={`${name}-label`}>Choose file</Button>
      </FileTrigger>
      <span>{value ?? 'No file chosen'}</span>
    </div>
  );
}

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '', city: '', country: null, linkedin: '', portfolio: '', education: null, years: null,
  authorized: null, sponsorship: null, clearance: null, travel: null, startDate: null, salary: null, noticeWeeks: null,
  resume: null, coverLetter: null, whyAviation: '', referrer: '', jobAlerts: false, consent: false,
};

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const number = (key) => (value) => set(key)(Number.isNaN(value) ? null : value);
  const submit = (event) => {
    event.preventDefault();
    if (!form.firstName || !form.email || !form.resume || !form.consent) { setError('Please fill in the required fields, attach a resume and accept the privacy notice.'); return; }
    setSent(true);
  };
  if (sent) return <p id="sent">Application received. Thank you!</p>;
  return (
    <form onSubmit={submit} noValidate>
      <h1>Flight Data Platform Engineer</h1>
      <p>Aldermast Aero · Denver, CO (on-site 4 days) · Autonomy Infrastructure</p>
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
      <Text name="portfolio" label="Portfolio or project link" type="url" value={form.portfolio} onChange={set('portfolio')} help="Papers, talks, a project write-up: anything that shows your work." />
      <Choose name="education" label="Highest level of education" options={EDUCATION} value={form.education} onChange={set('education')} />
      <NumberField name="years" value={form.years ?? NaN} onChange={number('years')} minValue={0} maxValue={50} data-field="years">
        <Label>Years of professional experience</Label>
        <Input />
      </NumberField>
      <Choice name="authorized" label="Are you legally authorized to work in the United States?" options={[['yes', 'Yes'], ['no', 'No']]} value={form.authorized} onChange={set('authorized')} />
      <Choice name="sponsorship" label="Will you need Aldermast to sponsor a visa (e.g. H-1B, TN) now or later?" options={[['yes', 'Yes'], ['no', 'No']]} value={form.sponsorship} onChange={set('sponsorship')} />
      <Choice name="clearance" label="This program requires a U.S. security clearance. Which best describes you?"
        options={[['active', 'I hold an active Secret clearance or higher'], ['eligible', 'I do not hold one but am eligible to obtain one'], ['none', 'I am not eligible / prefer not to say']]}
        value={form.clearance} onChange={set('clearance')} />
      <Choose name="travel" label="How much travel to flight-test sites can you take on?" options={TRAVEL} value={form.travel} onChange={set('travel')} />
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
      <div className="two">
        <NumberField name="salary" value={form.salary ?? NaN} onChange={number('salary')} formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} data-field="salary">
          <Label>Desired base salary (per year)</Label>
          <Input />
        </NumberField>
        <NumberField name="noticeWeeks" value={form.noticeWeeks ?? NaN} onChange={number('noticeWeeks')} minValue={0} maxValue={26} data-field="noticeWeeks">
          <Label>Notice period (weeks)</Label>
          <Input />
        </NumberField>
      </div>
      <Upload name="resume" label="Resume" value={form.resume} onChange={set('resume')} accept={['application/pdf']} />
      <Upload name="coverLetter" label="Cover letter (optional)" value={form.coverLetter} onChange={set('coverLetter')} accept={['application/pdf', 'text/plain']} />
      <Text name="whyAviation" label="Why autonomous aviation, and why now?" value={form.whyAviation} onChange={set('whyAviation')} multiline />
      <Text name="referrer" label="Who referred you? (if anyone)" value={form.referrer} onChange={set('referrer')} />
      <Checkbox name="jobAlerts" isSelected={form.jobAlerts} onChange={set('jobAlerts')} data-field="jobAlerts"><span className="box" />Send me Aldermast job alerts</Checkbox>
      <Checkbox name="consent" isSelected={form.consent} onChange={set('consent')} data-field="consent"><span className="box" />I agree to the processing of my data under the candidate privacy notice *</Checkbox>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" className="submit">Submit application</button>
      <pre id="model">{JSON.stringify({ ...form, startDate: form.startDate?.toString() ?? null })}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
