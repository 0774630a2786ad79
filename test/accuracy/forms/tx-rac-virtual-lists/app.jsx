/**
 * Oakhaven Energy's careers page on React Aria Components 1.22 (unstyled; the page's CSS): a
 * country-calling-code Select whose ListBox is virtualized (Virtualizer + ListLayout: only the
 * rows in view exist in the DOM; a searchable ComboBox) beside a "without the country code" phone TextField, a country
 * ComboBox over every country (virtualized too), a "Where do you live?" ComboBox whose options sit in
 * ListBoxSections ("Bay Area", "Elsewhere in the US", "Canada"), a NumberField for years, a
 * multiple-selection Select of languages, a selectable TagGroup of teams, a single Select degree,
 * a DateField (segments, hidden ISO input), a currency NumberField, RadioGroups, two FileTriggers
 * (resume; cover letter) and a consent Checkbox. State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, ComboBox, DateField, DateInput, DateSegment, FileTrigger, Form, Header, Input, Label, ListBox, ListBoxItem,
  ListBoxSection, ListLayout, NumberField, Popover, Radio, RadioGroup, Select, SelectValue, Tag, TagGroup, TagList, Text, TextArea,
  TextField, Virtualizer,
} from 'react-aria-components';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ id: c.cca2, name: c.name.common, flag: c.flag,
  code: c.idd.root ? (c.idd.suffixes?.length === 1 ? c.idd.root + c.idd.suffixes[0] : c.idd.root) : '' }))
  .sort((a, b) => a.name.localeCompare(b.name));
const CODES = COUNTRIES.filter((c) => c.code).map((c) => ({ id: c.id, name: `${c.name} (${c.code})` }));
const PLACES = [
  { id: 'bay', name: 'Bay Area', items: ['Oakland, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Walnut Creek, CA'] },
  { id: 'us', name: 'Elsewhere in the US', items: ['Austin, TX', 'Denver, CO', 'Houston, TX', 'Portland, OR', 'Sacramento, CA', 'Seattle, WA'] },
  { id: 'ca', name: 'Canada', items: ['Calgary, AB', 'Toronto, ON', 'Vancouver, BC'] },
];
const LANGUAGES = ['English', 'Spanish', 'Mandarin', 'Tagalog', 'Vietnamese', 'French', 'German'];
const DEGREES = [['hs', 'High school'], ['assoc', "Associate's"], ['ba', "Bachelor's"], ['ms', "Master's"], ['phd', 'Doctorate']];
const usd = { style: 'currency', currency: 'USD', maximumFractionDigits: 0 };

function Field({ name, label, value, onChange, type = 'text', description, multiline }) {
  return (
    <TextField className="field" name={name} type={type} value={value} onChange={onChange}>
      <Label>{label}</Label>{multiline ? <TextArea rows={5} /> : <Input />}
      {description && <Text slot="description">{description}</Text>}
    </TextField>
  );
}

function VirtualCombo({ id, name, label, items, value, onChange, description }) {
  return (
    <ComboBox name={name} defaultItems={items} selectedKey={value} onSelectionChange={onChange} data-field={name}>
      <Label>{label}</Label>
      <div className="cb-wrap"><Input id={id} /><Button aria-label="Show suggestions">▾</Button></div>
      {description && <Text slot="description">{description}</Text>}
      <Popover>
        <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: 32 }}>
          <ListBox style={{ height: 260 }}>{(item) => <ListBoxItem id={item.id}>{item.name}</ListBoxItem>}</ListBox>
        </Virtualizer>
      </Popover>
    </ComboBox>
  );
}

function FileSlot({ id, label, hint, file, onFile, accept }) {
  return (
    <div className="field" data-field={id}>
      <span className="lbl" id={`${id}-lbl`}>{label}</span>
      <div className="upload">
        <FileTrigger acceptedFileTypes={accept} onSelect={(files) => onFile(files?.[0]?.name ?? null)}>
          <Button aria-describedby={`${id}-lbl`}>Choose file</Button>
        </FileTrigger>
        <span>{file ?? 'No file chosen'}</span>
      </div>
      <Text slot="description">{hint}</Text>
    </div>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', callingCode: null, phone: '', country: null, home: null, employer: '', title: '',
    years: NaN, languages: [], teams: [], degree: null, school: '', startDate: null, salary: NaN, authorized: null, sponsorship: null,
    resume: null, coverLetter: null, github: '', consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const model = {
    ...form, years: Number.isNaN(form.years) ? null : form.years, salary: Number.isNaN(form.salary) ? null : form.salary,
    startDate: form.startDate ? form.startDate.toString() : null, teams: [...form.teams],
  };
  if (done) return <h2 id="done">Thanks, {form.firstName}! Your application is in.</h2>;
  return (
    <Form onSubmit={(e) => { e.preventDefault(); if (form.email && form.consent) setDone(true); }}>
      <h1>Senior Analytics Engineer</h1>
      <p>Grid Operations Data · Houston, TX or remote (US) · Full-time</p>
      <div className="row">
        <Field name="firstName" label="First name" value={form.firstName} onChange={set('firstName')} />
        <Field name="lastName" label="Last name" value={form.lastName} onChange={set('lastName')} />
      </div>
      <Field name="email" type="email" label="Email" value={form.email} onChange={set('email')} />
      <div className="row">
        <VirtualCombo id="oh-calling-code" name="callingCode" label="Country code" items={CODES} value={form.callingCode} onChange={set('callingCode')}
          description="Type a country" />
        <Field name="phone" type="tel" label="Phone number" value={form.phone} onChange={set('phone')} description="Without the country code" />
      </div>
      <VirtualCombo id="oh-country" name="country" label="Country of residence" items={COUNTRIES} value={form.country} onChange={set('country')} />
      <ComboBox name="home" defaultItems={PLACES} selectedKey={form.home} onSelectionChange={set('home')} data-field="home">
        <Label>Where do you live?</Label>
        <div className="cb-wrap"><Input id="oh-home" placeholder="Start typing a city" /><Button aria-label="Show cities">▾</Button></div>
        <Text slot="description">Pick the closest city</Text>
        <Popover>
          <ListBox>
            {(section) => (
              <ListBoxSection id={section.id}>
                <Header>{section.name}</Header>
                {section.items.map((p) => <ListBoxItem key={p} id={p}>{p}</ListBoxItem>)}
              </ListBoxSection>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <div className="row">
        <Field name="employer" label="Current company" value={form.employer} onChange={set('employer')} />
        <Field name="title" label="Current title" value={form.title} onChange={set('title')} />
      </div>
      <NumberField name="years" minValue={0} maxValue={60} value={form.years} onChange={set('years')}>
        <Label>Years of professional experience</Label>
        <Input id="oh-years" />
      </NumberField>
      <Select name="languages" selectionMode="multiple" value={form.languages} onChange={set('languages')} placeholder="Select languages" data-field="languages">
        <Label>Languages you can work in</Label>
        <Button className="react-aria-Button trigger" id="oh-languages"><SelectValue /></Button>
        <Text slot="description">Select all that apply</Text>
        <Popover><ListBox items={LANGUAGES.map((l) => ({ id: l }))}>{(item) => <ListBoxItem id={item.id}>{item.id}</ListBoxItem>}</ListBox></Popover>
      </Select>
      <TagGroup selectionMode="multiple" selectedKeys={form.teams} onSelectionChange={(keys) => set('teams')([...keys])} data-field="teams">
        <Label>Teams you'd like to hear about</Label>
        <TagList id="oh-teams">
          <Tag id="forecasting">Load forecasting</Tag><Tag id="trading">Trading analytics</Tag><Tag id="platform">Data platform</Tag><Tag id="field">Field ops</Tag>
        </TagList>
      </TagGroup>
      <div className="row">
        <Select name="degree" selectedKey={form.degree} onSelectionChange={set('degree')} placeholder="Select one" data-field="degree">
          <Label>Highest completed degree</Label>
          <Button className="react-aria-Button trigger" id="oh-degree"><SelectValue /></Button>
          <Popover><ListBox items={DEGREES.map(([id, name]) => ({ id, name }))}>{(item) => <ListBoxItem id={item.id}>{item.name}</ListBoxItem>}</ListBox></Popover>
        </Select>
        <Field name="school" label="School" value={form.school} onChange={set('school')} />
      </div>
      <DateField name="startDate" value={form.startDate} onChange={set('startDate')} data-field="startDate">
        <Label>Available to start</Label>
        <DateInput>{(s) => <DateSegment segment={s} />}</DateInput>
      </DateField>
      <NumberField name="salary" formatOptions={usd} minValue={0} value={form.salary} onChange={set('salary')}>
        <Label>Desired base salary (annual)</Label>
        <Input id="oh-salary" />
      </NumberField>
      <RadioGroup name="authorized" value={form.authorized} onChange={set('authorized')} data-field="authorized" orientation="horizontal">
        <Label>Are you authorized to work in the U.S. for any employer?</Label>
        <div><Radio value="yes">Yes</Radio><Radio value="no">No</Radio></div>
      </RadioGroup>
      <RadioGroup name="sponsorship" value={form.sponsorship} onChange={set('sponsorship')} data-field="sponsorship" orientation="horizontal">
        <Label>Will you require Oakhaven to sponsor a work visa, now or later?</Label>
        <div><Radio value="yes">Yes</Radio><Radio value="no">No</Radio></div>
      </RadioGroup>
      <FileSlot id="resume" label="Resume" hint="PDF or DOCX" file={form.resume} onFile={set('resume')} accept={['application/pdf', '.docx']} />
      <FileSlot id="coverLetter" label="Cover letter" hint="Optional: PDF, DOCX or TXT" file={form.coverLetter} onFile={set('coverLetter')} accept={['application/pdf', '.docx', 'text/plain']} />
      <Field name="github" label="GitHub or code samples (optional)" value={form.github} onChange={set('github')} />
      <Checkbox name="consent" isSelected={form.consent} onChange={set('consent')}>
        <span>I have read the Oakhaven applicant privacy notice and consent to the processing of my data.</span>
      </Checkbox>
      <Button id="oh-submit" type="submit">Submit application</Button>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
