/**
 * A cloud-security startup's Next.js careers page on HeroUI v3 (`@heroui/react` 3.2.6, the
 * NextUI successor rebuilt on React Aria Components), composed the way the HeroUI v3 docs do:
 * TextField / Label / Input / Description / FieldError compounds, an InputGroup with a "+1" prefix
 * inside the phone TextField, Select (Select.Trigger + Select.Value + Select.Popover with a
 * ListBox; React Aria's hidden native <select> carries the name), ComboBox (ComboBox.InputGroup +
 * ListBox popover), NumberField with − / + buttons and one with currency format, RadioGroups of
 * Radio.Control + Radio.Content labels (sentences), a DatePicker made of DateField.Group segments
 * with a hidden input, a FileTrigger behind a Button for the resume, a TextArea, a CheckboxGroup
 * and a consent Checkbox, a Switch, and a header SearchField. The page's own CSS stands in for the
 * Tailwind build. State in useState, rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FileTrigger } from 'react-aria-components';
import {
  Button,
  Calendar,
  Checkbox,
  CheckboxGroup,
  ComboBox,
  DateField,
  DatePicker,
  Description,
  FieldError,
  Form,
  Input,
  InputGroup,
  Label,
  ListBox,
  NumberField,
  Radio,
  RadioGroup,
  SearchField,
  Select,
  Switch,
  TextArea,
  TextField,
} from '@heroui/react';

const LOCATIONS = [
  'Austin, TX', 'Boston, MA', 'Chicago, IL', 'Denver, CO', 'Los Angeles, CA', 'New York City, NY', 'Portland, OR',
  'Raleigh-Durham, NC', 'San Diego, CA', 'San Francisco Bay Area', 'Seattle, WA', 'Washington, DC', 'Remote – elsewhere in the US',
];
const TIME_ZONES = ['Pacific Time (PT)', 'Mountain Time (MT)', 'Central Time (CT)', 'Eastern Time (ET)', 'Outside the US'];
const DEGREES = ['High school or equivalent', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate', 'Bootcamp / self-taught'];
const CLEARANCE = ['None', 'Public Trust', 'Secret', 'Top Secret', 'TS/SCI'];

function Item({ children }) {
  return (
    <ListBox.Item id={children} textValue={children}>
      {children}
      <ListBox.ItemIndicator />
    </ListBox.Item>
  );
}

function SimpleSelect({ label, name, items, value, onChange, placeholder = 'Select an option', description }) {
  return (
    <Select name={name} placeholder={placeholder} selectedKey={value} onSelectionChange={onChange} data-name={name}>
      <Label>{label}</Label>
      <Select.Trigger>
        <Select.Value />
        <Select.Indicator />
      </Select.Trigger>
      {description ? <Description>{description}</Description> : null}
      <Select.Popover>
        <ListBox>{items.map((item) => <Item key={item}>{item}</Item>)}</ListBox>
      </Select.Popover>
    </Select>
  );
}

function Application() {
  const [values, setValues] = useState({
    fullName: '', email: '', phone: '', location: null, timeZone: null, linkedin: '', github: '', company: '', title: '',
    years: null, degree: null, authorized: '', sponsorship: '', salary: null, startDate: null, clearance: null, resume: null,
    coverLetter: '', interests: [], updates: false, consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setValues((v) => ({ ...v, [key]: value }));
  const pre = document.getElementById('model');
  if (pre) pre.textContent = JSON.stringify({ ...values, startDate: values.startDate ? values.startDate.toString() : null }, null, 2);

  return (
    <>
      <header className="top">
        <span className="brand">ostrava<span style={{ color: '#006fee' }}>/</span>security</span>
        <a href="#product">Product</a>
        <a href="#research">Research</a>
        <SearchField aria-label="Search open roles" name="q">
          <SearchField.Group>
            <SearchField.SearchIcon />
            <SearchField.Input placeholder="Search open roles" id="role-search" />
            <SearchField.ClearButton />
          </SearchField.Group>
        </SearchField>
      </header>
      <main>
        <p style={{ color: '#71717a', margin: 0 }}>Detection Engineering · San Francisco or Remote (US)</p>
        <h1 style={{ marginTop: 4 }}>Senior Data Engineer, Detection Pipelines</h1>
        <p>Ostrava watches 2 billion cloud audit events a day for attacker behavior. Build the streaming pipelines our detections run on.</p>
        {done ? (
          <div className="done" id="application-sent"><strong>Application sent.</strong> Thanks {values.fullName.split(' ')[0]}, our team will reply within a week.</div>
        ) : (
          <div className="card">
            <Form
              id="apply"
              validationBehavior="aria"
              onSubmit={(event) => {
                event.preventDefault();
                if (values.fullName && values.email && values.resume && values.consent) setDone(true);
              }}
            >
              <div className="form-grid">
                <TextField name="fullName" isRequired value={values.fullName} onChange={set('fullName')} className="span-2" data-name="fullName">
                  <Label>Full name</Label>
                  <Input placeholder="Jane Doe" />
                  <FieldError />
                </TextField>
                <TextField name="email" type="email" isRequired value={values.email} onChange={set('email')} data-name="email">
                  <Label>Email</Label>
                  <Input placeholder="jane@example.com" />
                  <FieldError />
                </TextField>
                <TextField name="phone" type="tel" value={values.phone} onChange={set('phone')} data-name="phone">
                  <Label>Phone</Label>
                  <InputGroup>
                    <InputGroup.Prefix>+1</InputGroup.Prefix>
                    <InputGroup.Input placeholder="(555) 000-0000" />
                  </InputGroup>
                  <Description>US numbers only.</Description>
                </TextField>
                <ComboBox name="location" selectedKey={values.location} onSelectionChange={set('location')} data-name="location">
                  <Label>Where are you based?</Label>
                  <ComboBox.InputGroup>
                    <Input placeholder="Search metro areas" />
                    <ComboBox.Trigger />
                  </ComboBox.InputGroup>
                  <ComboBox.Popover>
                    <ListBox>{LOCATIONS.map((l) => <Item key={l}>{l}</Item>)}</ListBox>
                  </ComboBox.Popover>
                </ComboBox>
                <SimpleSelect label="Time zone you work in" name="timeZone" items={TIME_ZONES} value={values.timeZone} onChange={set('timeZone')}
                              description="The team overlaps 10am–2pm Pacific." />
                <TextField name="linkedin" type="url" value={values.linkedin} onChange={set('linkedin')} data-name="linkedin">
                  <Label>LinkedIn</Label>
                  <Input placeholder="https://linkedin.com/in/..." />
                </TextField>
                <TextField name="github" type="url" value={values.github} onChange={set('github')} data-name="github">
                  <Label>GitHub</Label>
                  <Input placeholder="https://github.com/..." />
                </TextField>
              </div>

              <h2>Experience</h2>
              <div className="form-grid">
                <TextField name="company" value={values.company} onChange={set('company')} data-name="company">
                  <Label>Current company</Label>
                  <Input />
                </TextField>
                <TextField name="title" value={values.title} onChange={set('title')} data-name="title">
                  <Label>Current title</Label>
                  <Input />
                </TextField>
                <NumberField name="years" minValue={0} maxValue={50} value={values.years ?? NaN} onChange={(v) => set('years')(Number.isNaN(v) ? null : v)} data-name="years">
                  <Label>Years of professional experience</Label>
                  <NumberField.Group>
                    <NumberField.DecrementButton />
                    <NumberField.Input />
                    <NumberField.IncrementButton />
                  </NumberField.Group>
                </NumberField>
                <SimpleSelect label="Highest degree" name="degree" items={DEGREES} value={values.degree} onChange={set('degree')} />
              </div>

              <h2>Work authorization</h2>
              <RadioGroup name="authorized" value={values.authorized} onChange={set('authorized')} data-name="authorized">
                <Label>Are you legally authorized to work in the United States?</Label>
                {[
                  ['yes', 'Yes, I am authorized to work in the US'],
                  ['no', 'No, I am not authorized to work in the US'],
                ].map(([value, text]) => (
                  <Radio key={value} value={value}>
                    <Radio.Control><Radio.Indicator /></Radio.Control>
                    <Radio.Content><Label>{text}</Label></Radio.Content>
                  </Radio>
                ))}
              </RadioGroup>
              <div style={{ height: 14 }} />
              <RadioGroup name="sponsorship" value={values.sponsorship} onChange={set('sponsorship')} data-name="sponsorship">
                <Label>Do you now, or will you in the future, require visa sponsorship?</Label>
                {[
                  ['no', 'I will not require sponsorship'],
                  ['yes', 'I will require sponsorship now or in the future'],
                ].map(([value, text]) => (
                  <Radio key={value} value={value}>
                    <Radio.Control><Radio.Indicator /></Radio.Control>
                    <Radio.Content><Label>{text}</Label></Radio.Content>
                  </Radio>
                ))}
              </RadioGroup>
              <div style={{ height: 14 }} />
              <SimpleSelect label="Do you hold an active US security clearance?" name="clearance" items={CLEARANCE} value={values.clearance} onChange={set('clearance')}
                            description="Not required for this role." />

              <h2>Compensation &amp; timing</h2>
              <div className="form-grid">
                <NumberField name="salary" minValue={0} value={values.salary ?? NaN} onChange={(v) => set('salary')(Number.isNaN(v) ? null : v)}
                             formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} data-name="salary">
                  <Label>Expected base salary</Label>
                  <NumberField.Group>
                    <NumberField.Input />
                  </NumberField.Group>
                  <Description>Annual, in USD.</Description>
                </NumberField>
                <DatePicker name="startDate" value={values.startDate} onChange={set('startDate')} data-name="startDate">
                  <Label>Earliest start date</Label>
                  <DateField.Group>
                    <DateField.Input>{(segment) => <DateField.Segment segment={segment} />}</DateField.Input>
                    <DateField.Suffix>
                      <DatePicker.Trigger><DatePicker.TriggerIndicator /></DatePicker.Trigger>
                    </DateField.Suffix>
                  </DateField.Group>
                  <DatePicker.Popover>
                    <Calendar aria-label="Start date">
                      <Calendar.Header>
                        <Calendar.NavButton slot="previous" />
                        <Calendar.Heading />
                        <Calendar.NavButton slot="next" />
                      </Calendar.Header>
                      <Calendar.Grid>
                        <Calendar.GridHeader>{(day) => <Calendar.HeaderCell>{day}</Calendar.HeaderCell>}</Calendar.GridHeader>
                        <Calendar.GridBody>{(date) => <Calendar.Cell date={date} />}</Calendar.GridBody>
                      </Calendar.Grid>
                    </Calendar>
                  </DatePicker.Popover>
                </DatePicker>
              </div>

              <h2>Resume &amp; cover letter</h2>
              <div data-name="resume" style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                <FileTrigger acceptedFileTypes={['application/pdf', '.doc', '.docx']} onSelect={(files) => set('resume')(files?.[0]?.name ?? null)}>
                  <Button variant="secondary" id="resume-button">Upload resume</Button>
                </FileTrigger>
                <span id="resume-name" style={{ color: '#71717a', fontSize: 14 }}>{values.resume ?? 'PDF or Word, up to 10 MB'}</span>
              </div>
              <div style={{ height: 14 }} />
              <TextField name="coverLetter" value={values.coverLetter} onChange={set('coverLetter')} data-name="coverLetter">
                <Label>Cover letter</Label>
                <TextArea rows={5} placeholder="Optional" />
              </TextField>

              <h2>A few more things</h2>
              <CheckboxGroup name="interests" value={values.interests} onChange={set('interests')} data-name="interests">
                <Label>Which of these would you like to hear more about?</Label>
                {['On-call and incident rotation', 'Our open-source detection rules', 'Conference speaking'].map((text) => (
                  <Checkbox key={text} value={text}>
                    <Checkbox.Control><Checkbox.Indicator /></Checkbox.Control>
                    <Checkbox.Content><Label>{text}</Label></Checkbox.Content>
                  </Checkbox>
                ))}
              </CheckboxGroup>
              <div style={{ height: 10 }} />
              <Switch name="updates" isSelected={values.updates} onChange={set('updates')} data-name="updates">
                <Switch.Control><Switch.Thumb /></Switch.Control>
                <Switch.Content><Label>Email me about future openings</Label></Switch.Content>
              </Switch>
              <Checkbox name="consent" isSelected={values.consent} onChange={set('consent')} data-name="consent">
                <Checkbox.Control><Checkbox.Indicator /></Checkbox.Control>
                <Checkbox.Content><Label>I agree to Ostrava's applicant privacy notice.</Label></Checkbox.Content>
              </Checkbox>
              <div style={{ marginTop: 20 }}>
                <Button type="submit" id="submit-application">Submit application</Button>
              </div>
            </Form>
          </div>
        )}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
