/**
 * Brinmoor Home Energy (home batteries and solar, Sacramento) careers page on HeroUI v3
 * (`@heroui/react` 3.2, React Aria Components underneath), shared by its postings
 * (`renderApplication(posting)`). The posting page has an "Apply now" Button that opens the
 * application in a HeroUI **Modal** (Modal.Backdrop / Container / Dialog, scroll inside, not
 * dismissable by a click outside). Inside it, the HeroUI configurations the docs show and job pages
 * use: a dial-code Select whose ListBox has **ListBox.Section**s ("Suggested" then "All countries":
 * United States twice), an Autocomplete of countries whose items carry an **Avatar** (initials
 * fallback) before the name, a ComboBox that **allowsCustomValue** with an **EmptyState** ("No
 * matching places"), a Select whose items have a Label and a **Description**, a **multiple** Select
 * of languages (left alone), a ToggleButtonGroup of year ranges, RadioGroups drawn as cards
 * (Radio.Content with Label + Description), a currency NumberField with − / + steppers, a
 * DatePicker, a CheckboxGroup of cards (left alone), FileTriggers (resume; "additional files" with
 * `allowsMultiple` and a list of the files picked, left alone), a TextArea, a Switch and a Checkbox.
 * The page's CSS stands in for the Tailwind build. State in useState, shown in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FileTrigger, useFilter } from 'react-aria-components';
import { parseDate } from '@internationalized/date';
import {
  Autocomplete, Avatar, Button, Calendar, Checkbox, CheckboxGroup, ComboBox, DateField, DatePicker, Description, EmptyState,
  Form, Header, Input, Label, ListBox, Modal, NumberField, Radio, RadioGroup, SearchField, Select, Switch, TextArea, TextField,
  ToggleButton, ToggleButtonGroup,
} from '@heroui/react';

const SUGGESTED_DIAL = [['US', 'United States', '+1'], ['CA', 'Canada', '+1'], ['MX', 'Mexico', '+52']];
const ALL_DIAL = [
  ['AU', 'Australia', '+61'], ['BR', 'Brazil', '+55'], ['CA', 'Canada', '+1'], ['DE', 'Germany', '+49'], ['IN', 'India', '+91'],
  ['IE', 'Ireland', '+353'], ['MX', 'Mexico', '+52'], ['PH', 'Philippines', '+63'], ['GB', 'United Kingdom', '+44'], ['US', 'United States', '+1'],
];
const COUNTRIES = [
  ['AU', 'Australia'], ['BR', 'Brazil'], ['CA', 'Canada'], ['DE', 'Germany'], ['IN', 'India'], ['IE', 'Ireland'], ['MX', 'Mexico'],
  ['PH', 'Philippines'], ['PR', 'Puerto Rico'], ['GB', 'United Kingdom'], ['US', 'United States'], ['UM', 'United States Minor Outlying Islands'], ['VI', 'U.S. Virgin Islands'],
];
const PLACES = [
  'Sacramento, CA', 'Davis, CA', 'Roseville, CA', 'San Francisco, CA', 'South San Francisco, CA', 'San Jose, CA', 'Oakland, CA',
  'Fresno, CA', 'Los Angeles, CA', 'Reno, NV', 'Portland, OR', 'Phoenix, AZ', 'Denver, CO', 'Austin, TX',
];
const DEGREES = [
  ['hs', 'High school or GED', 'Or an equivalent credential'],
  ['assoc', 'Associate degree', 'Two-year degree, e.g. AS in Electrical Technology'],
  ['bachelor', "Bachelor's degree", 'Four-year degree: BA, BS, BEng'],
  ['master', "Master's degree", 'MS, MEng, MBA'],
  ['doctorate', 'Doctorate', 'PhD or equivalent'],
];
const SCHOOLS = [
  'Berkeley City College', 'California State University, Sacramento', 'Cal Poly San Luis Obispo', 'Stanford University', 'UC Berkeley Extension',
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of California, San Diego',
  'University of Nevada, Reno', 'University of Washington', 'Other',
];
const YEARS = ['0–2', '3–5', '6–9', '10+'];
const LANGUAGES = ['English', 'Spanish', 'Tagalog', 'Vietnamese', 'Mandarin', 'Punjabi', 'Other'];
const SETUPS = [['remote', 'Remote (California)', 'Home office, monthly team day'], ['hybrid', 'Hybrid — Sacramento', 'Tuesday to Thursday in the office'], ['field', 'Field days', 'Occasional visits to customer installs']];
const HEARD = ['LinkedIn', 'Indeed', 'Brinmoor website', 'Friend or employee', 'Clean-energy job board', 'Other'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer'];
const GENDER = ['Woman', 'Man', 'Non-binary', 'I prefer not to answer'];

function Caption({ children }) { return <Label>{children}</Label>; }

function PlainSelect({ name, label, items, value, onChange, placeholder = 'Choose one', description }) {
  return (
    <Select name={name} placeholder={placeholder} selectedKey={value} onSelectionChange={onChange} data-name={name}>
      <Caption>{label}</Caption>
      <Select.Trigger><Select.Value /><Select.Indicator /></Select.Trigger>
      {description ? <Description>{description}</Description> : null}
      <Select.Popover>
        <ListBox>{items.map((item) => <ListBox.Item key={item} id={item} textValue={item}>{item}<ListBox.ItemIndicator /></ListBox.Item>)}</ListBox>
      </Select.Popover>
    </Select>
  );
}

function Question({ q, value, onChange }) {
  if (q.type === 'select') return <PlainSelect name={q.key} label={q.label} items={q.options} value={value} onChange={onChange} description={q.help} />;
  if (q.type === 'toggle') {
    return (
      <div className="field" data-name={q.key}>
        <span className="label" id={`${q.key}-label`}>{q.label}</span>
        <ToggleButtonGroup aria-labelledby={`${q.key}-label`} selectionMode="single" selectedKeys={value ? [value] : []} onSelectionChange={(keys) => onChange([...keys][0] ?? null)}>
          {q.options.map((o) => <ToggleButton key={o} id={o}>{o}</ToggleButton>)}
        </ToggleButtonGroup>
      </div>
    );
  }
  if (q.type === 'radio') {
    return (
      <RadioGroup name={q.key} value={value} onChange={onChange} data-name={q.key} orientation="horizontal">
        <Caption>{q.label}</Caption>
        {q.options.map((o) => (
          <Radio key={o} value={o}><Radio.Control><Radio.Indicator /></Radio.Control><Radio.Content><Label>{o}</Label></Radio.Content></Radio>
        ))}
      </RadioGroup>
    );
  }
  if (q.type === 'multi') {
    return (
      <CheckboxGroup name={q.key} value={value} onChange={onChange} data-name={q.key}>
        <Caption>{q.label}</Caption>
        {q.options.map((o) => (
          <Checkbox key={o} value={o}><Checkbox.Control><Checkbox.Indicator /></Checkbox.Control><Checkbox.Content><Label>{o}</Label></Checkbox.Content></Checkbox>
        ))}
      </CheckboxGroup>
    );
  }
  return (
    <TextField name={q.key} value={value} onChange={onChange} data-name={q.key}>
      <Caption>{q.label}</Caption>
      {q.type === 'textarea' ? <TextArea rows={3} /> : <Input />}
      {q.help ? <Description>{q.help}</Description> : null}
    </TextField>
  );
}

export function renderApplication(posting) {
  function App() {
    const blank = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'multi' ? [] : q.type === 'text' || q.type === 'textarea' ? '' : null]));
    const [values, setValues] = useState({
      firstName: '', lastName: '', email: '', dialCode: null, phone: '', location: '', country: null, linkedin: '', portfolio: '',
      employer: '', jobTitle: '', years: null, degree: null, school: null, languages: [], authorized: null, sponsorship: null,
      salary: null, startDate: null, setups: [], resume: null, attachments: [], coverLetter: '', ...blank,
      heard: null, gender: null, veteran: null, sms: false, consent: false,
    });
    const [open, setOpen] = useState(false);
    const [done, setDone] = useState(false);
    const [search, setSearch] = useState('');
    const [alertEmail, setAlertEmail] = useState('');
    const set = (key) => (value) => setValues((v) => ({ ...v, [key]: value }));
    const { contains } = useFilter({ sensitivity: 'base' });
    const places = PLACES.filter((p) => contains(p, values.location));
    const model = { ...values, dialCode: values.dialCode ? values.dialCode.slice(2) : null, startDate: values.startDate ? values.startDate.toString() : null, search, alertEmail, modalOpen: open };

    return (
      <>
        <header className="top">
          <span className="brand">brinmoor<span>home energy</span></span>
          <nav><a href="#">Batteries</a><a href="#">Solar</a><a href="#">Careers</a></nav>
          <SearchField aria-label="Search roles" value={search} onChange={setSearch}>
            <SearchField.Group><SearchField.SearchIcon /><SearchField.Input id="bm-search" placeholder="Search roles" /><SearchField.ClearButton /></SearchField.Group>
          </SearchField>
        </header>
        <main>
          <p className="crumbs">{posting.team}</p>
          <h1>{posting.title}</h1>
          <p className="meta">{posting.meta}</p>
          {posting.about.map((p) => <p key={p}>{p}</p>)}
          {done ? <p id="bm-done" className="done">Thanks — your application for {posting.title} is in. We reply to everyone within ten days.</p> : null}
          <Modal isOpen={open} onOpenChange={setOpen}>
            <Button id="bm-apply" size="lg" isDisabled={done}>Apply now</Button>
            <Modal.Backdrop isDismissable={false}>
              <Modal.Container size="lg" scroll="inside">
                <Modal.Dialog aria-label={`Apply for ${posting.title}`}>
                  <Modal.CloseTrigger />
                  <Modal.Header><Modal.Heading>Apply: {posting.title}</Modal.Heading></Modal.Header>
                  <Modal.Body>
                    <Form id="bm-form" validationBehavior="aria" onSubmit={(e) => { e.preventDefault(); if (values.firstName && values.email && values.consent) { setDone(true); setOpen(false); } }}>
                      <h3>Contact</h3>
                      <div className="grid">
                        <TextField name="firstName" isRequired value={values.firstName} onChange={set('firstName')} data-name="firstName"><Caption>First name</Caption><Input /></TextField>
                        <TextField name="lastName" isRequired value={values.lastName} onChange={set('lastName')} data-name="lastName"><Caption>Last name</Caption><Input /></TextField>
                        <TextField name="email" type="email" isRequired value={values.email} onChange={set('email')} data-name="email" className="span-2"><Caption>Email</Caption><Input /></TextField>
                        <Select name="dialCode" placeholder="Code" selectedKey={values.dialCode} onSelectionChange={set('dialCode')} data-name="dialCode">
                          <Caption>Country code</Caption>
                          <Select.Trigger><Select.Value /><Select.Indicator /></Select.Trigger>
                          <Select.Popover>
                            <ListBox>
                              <ListBox.Section>
                                <Header>Suggested</Header>
                                {SUGGESTED_DIAL.map(([code, name, dial]) => <ListBox.Item key={`s-${code}`} id={`s-${code}`} textValue={`${name} ${dial}`}>{name} {dial}<ListBox.ItemIndicator /></ListBox.Item>)}
                              </ListBox.Section>
                              <ListBox.Section>
                                <Header>All countries</Header>
                                {ALL_DIAL.map(([code, name, dial]) => <ListBox.Item key={`a-${code}`} id={`a-${code}`} textValue={`${name} ${dial}`}>{name} {dial}<ListBox.ItemIndicator /></ListBox.Item>)}
                              </ListBox.Section>
                            </ListBox>
                          </Select.Popover>
                        </Select>
                        <TextField name="phone" type="tel" value={values.phone} onChange={set('phone')} data-name="phone"><Caption>Phone number</Caption><Input /></TextField>
                        <ComboBox name="location" allowsCustomValue inputValue={values.location} onInputChange={set('location')} items={places.map((p) => ({ id: p }))} data-name="location" menuTrigger="input">
                          <Caption>Where do you live?</Caption>
                          <ComboBox.InputGroup><Input placeholder="City, state" /><ComboBox.Trigger /></ComboBox.InputGroup>
                          <Description>Pick a place or keep what you typed.</Description>
                          <ComboBox.Popover>
                            <ListBox renderEmptyState={() => <EmptyState>No matching places</EmptyState>}>
                              {(item) => <ListBox.Item id={item.id} textValue={item.id}>{item.id}</ListBox.Item>}
                            </ListBox>
                          </ComboBox.Popover>
                        </ComboBox>
                        <Autocomplete name="country" placeholder="Select a country" selectedKey={values.country} onSelectionChange={set('country')} data-name="country">
                          <Caption>Country of residence</Caption>
                          <Autocomplete.Trigger><Autocomplete.Value /><Autocomplete.Indicator /></Autocomplete.Trigger>
                          <Autocomplete.Popover>
                            <Autocomplete.Filter filter={contains}>
                              <SearchField autoFocus aria-label="Search countries">
                                <SearchField.Group><SearchField.SearchIcon /><SearchField.Input placeholder="Search" /><SearchField.ClearButton /></SearchField.Group>
                              </SearchField>
                              <ListBox renderEmptyState={() => <EmptyState>No countries found</EmptyState>}>
                                {COUNTRIES.map(([code, name]) => (
                                  <ListBox.Item key={code} id={code} textValue={name}>
                                    <Avatar size="sm"><Avatar.Fallback>{code}</Avatar.Fallback></Avatar>
                                    <span className="opt-name">{name}</span>
                                    <ListBox.ItemIndicator />
                                  </ListBox.Item>
                                ))}
                              </ListBox>
                            </Autocomplete.Filter>
                          </Autocomplete.Popover>
                        </Autocomplete>
                        <TextField name="linkedin" type="url" value={values.linkedin} onChange={set('linkedin')} data-name="linkedin"><Caption>LinkedIn</Caption><Input placeholder="https://www.linkedin.com/in/…" /></TextField>
                        <TextField name="portfolio" type="url" value={values.portfolio} onChange={set('portfolio')} data-name="portfolio"><Caption>Portfolio (optional)</Caption><Input placeholder="https://" /></TextField>
                      </div>

                      <h3>Experience</h3>
                      <div className="grid">
                        <TextField name="employer" value={values.employer} onChange={set('employer')} data-name="employer"><Caption>Current employer</Caption><Input /></TextField>
                        <TextField name="jobTitle" value={values.jobTitle} onChange={set('jobTitle')} data-name="jobTitle"><Caption>Current title</Caption><Input /></TextField>
                        <div className="field span-2" data-name="years">
                          <span className="label" id="years-label">Years of experience in data or software roles</span>
                          <ToggleButtonGroup aria-labelledby="years-label" selectionMode="single" selectedKeys={values.years ? [values.years] : []} onSelectionChange={(keys) => set('years')([...keys][0] ?? null)}>
                            {YEARS.map((y) => <ToggleButton key={y} id={y}>{y}</ToggleButton>)}
                          </ToggleButtonGroup>
                        </div>
                        <Select name="degree" placeholder="Choose one" selectedKey={values.degree} onSelectionChange={set('degree')} data-name="degree">
                          <Caption>Highest completed education</Caption>
                          <Select.Trigger><Select.Value /><Select.Indicator /></Select.Trigger>
                          <Select.Popover>
                            <ListBox>
                              {DEGREES.map(([id, title, desc]) => (
                                <ListBox.Item key={id} id={id} textValue={title}>
                                  <div className="opt"><Label>{title}</Label><Description>{desc}</Description></div>
                                  <ListBox.ItemIndicator />
                                </ListBox.Item>
                              ))}
                            </ListBox>
                          </Select.Popover>
                        </Select>
                        <ComboBox name="school" selectedKey={values.school} onSelectionChange={set('school')} data-name="school">
                          <Caption>School</Caption>
                          <ComboBox.InputGroup><Input placeholder="Search schools" /><ComboBox.Trigger /></ComboBox.InputGroup>
                          <ComboBox.Popover>
                            <ListBox renderEmptyState={() => <EmptyState>No schools found — choose "Other"</EmptyState>}>
                              {SCHOOLS.map((s) => <ListBox.Item key={s} id={s} textValue={s}>{s}</ListBox.Item>)}
                            </ListBox>
                          </ComboBox.Popover>
                        </ComboBox>
                        <Select name="languages" selectionMode="multiple" placeholder="Choose all that apply" value={values.languages} onChange={set('languages')} data-name="languages" className="span-2">
                          <Caption>Languages you speak with customers</Caption>
                          <Select.Trigger><Select.Value /><Select.Indicator /></Select.Trigger>
                          <Select.Popover>
                            <ListBox selectionMode="multiple">{LANGUAGES.map((l) => <ListBox.Item key={l} id={l} textValue={l}>{l}<ListBox.ItemIndicator /></ListBox.Item>)}</ListBox>
                          </Select.Popover>
                        </Select>
                      </div>

                      <h3>Eligibility and pay</h3>
                      <RadioGroup name="authorized" value={values.authorized} onChange={set('authorized')} data-name="authorized" className="cards">
                        <Caption>Can you work in the United States without restrictions?</Caption>
                        <Radio value="yes"><Radio.Control><Radio.Indicator /></Radio.Control><Radio.Content><Label>Yes</Label><Description>US citizen, permanent resident or other unrestricted authorization</Description></Radio.Content></Radio>
                        <Radio value="no"><Radio.Control><Radio.Indicator /></Radio.Control><Radio.Content><Label>No</Label><Description>My authorization is limited or I don't have one yet</Description></Radio.Content></Radio>
                      </RadioGroup>
                      <RadioGroup name="sponsorship" value={values.sponsorship} onChange={set('sponsorship')} data-name="sponsorship" className="cards">
                        <Caption>Will you need Brinmoor to sponsor a visa, now or later?</Caption>
                        <Radio value="no"><Radio.Control><Radio.Indicator /></Radio.Control><Radio.Content><Label>No sponsorship needed</Label><Description>Now or in the future</Description></Radio.Content></Radio>
                        <Radio value="yes"><Radio.Control><Radio.Indicator /></Radio.Control><Radio.Content><Label>Sponsorship needed</Label><Description>Now, or later (for example after OPT)</Description></Radio.Content></Radio>
                      </RadioGroup>
                      <div className="grid">
                        <NumberField name="salary" minValue={0} step={5000} value={values.salary ?? NaN} onChange={(v) => set('salary')(Number.isNaN(v) ? null : v)} formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} data-name="salary">
                          <Caption>Desired base salary</Caption>
                          <NumberField.Group><NumberField.DecrementButton /><NumberField.Input /><NumberField.IncrementButton /></NumberField.Group>
                          <Description>Per year, in US dollars</Description>
                        </NumberField>
                        <DatePicker name="startDate" value={values.startDate} onChange={set('startDate')} data-name="startDate">
                          <Caption>Earliest start date</Caption>
                          <DateField.Group>
                            <DateField.Input>{(segment) => <DateField.Segment segment={segment} />}</DateField.Input>
                            <DateField.Suffix><DatePicker.Trigger><DatePicker.TriggerIndicator /></DatePicker.Trigger></DateField.Suffix>
                          </DateField.Group>
                          <DatePicker.Popover>
                            <Calendar aria-label="Earliest start date">
                              <Calendar.Header><Calendar.NavButton slot="previous" /><Calendar.Heading /><Calendar.NavButton slot="next" /></Calendar.Header>
                              <Calendar.Grid>
                                <Calendar.GridHeader>{(day) => <Calendar.HeaderCell>{day}</Calendar.HeaderCell>}</Calendar.GridHeader>
                                <Calendar.GridBody>{(date) => <Calendar.Cell date={date} />}</Calendar.GridBody>
                              </Calendar.Grid>
                            </Calendar>
                          </DatePicker.Popover>
                        </DatePicker>
                      </div>
                      <CheckboxGroup name="setups" value={values.setups} onChange={set('setups')} data-name="setups" className="cards">
                        <Caption>Which ways of working suit you?</Caption>
                        {SETUPS.map(([id, title, desc]) => (
                          <Checkbox key={id} value={id}><Checkbox.Control><Checkbox.Indicator /></Checkbox.Control><Checkbox.Content><Label>{title}</Label><Description>{desc}</Description></Checkbox.Content></Checkbox>
                        ))}
                      </CheckboxGroup>

                      <h3>Resume and letter</h3>
                      <div className="files" data-name="resume">
                        <span className="label">Resume</span>
                        <FileTrigger acceptedFileTypes={['application/pdf', '.doc', '.docx']} onSelect={(files) => set('resume')(files?.[0]?.name ?? null)}>
                          <Button variant="secondary" id="bm-resume-button">Choose file</Button>
                        </FileTrigger>
                        <span className="hint">{values.resume ?? 'PDF or Word'}</span>
                      </div>
                      <div className="files" data-name="attachments">
                        <span className="label">Additional files (optional)</span>
                        <FileTrigger allowsMultiple onSelect={(files) => set('attachments')([...values.attachments, ...Array.from(files ?? []).map((f) => f.name)])}>
                          <Button variant="tertiary" id="bm-attach-button">Add files</Button>
                        </FileTrigger>
                        <ul className="file-list">{values.attachments.length ? values.attachments.map((n, i) => <li key={`${n}-${i}`}>{n} <button type="button" onClick={() => set('attachments')(values.attachments.filter((_, j) => j !== i))}>Remove</button></li>) : <li className="hint">Certifications, transcripts, work samples</li>}</ul>
                      </div>
                      <TextField name="coverLetter" value={values.coverLetter} onChange={set('coverLetter')} data-name="coverLetter"><Caption>Cover letter</Caption><TextArea rows={5} placeholder="Optional — paste or write it here" /></TextField>

                      {posting.questions.length ? <h3>About this role</h3> : null}
                      {posting.questions.map((q) => <Question key={q.key} q={q} value={values[q.key]} onChange={set(q.key)} />)}

                      <h3>Voluntary questions</h3>
                      <div className="grid">
                        <PlainSelect name="heard" label="How did you hear about Brinmoor?" items={HEARD} value={values.heard} onChange={set('heard')} />
                        <PlainSelect name="gender" label="Gender" items={GENDER} value={values.gender} onChange={set('gender')} />
                        <PlainSelect name="veteran" label="Veteran status" items={VETERAN} value={values.veteran} onChange={set('veteran')} />
                      </div>
                      <Switch name="sms" isSelected={values.sms} onChange={set('sms')} data-name="sms"><Switch.Control><Switch.Thumb /></Switch.Control><Switch.Content><Label>Text me about my application status</Label></Switch.Content></Switch>
                      <Checkbox name="consent" isSelected={values.consent} onChange={set('consent')} data-name="consent"><Checkbox.Control><Checkbox.Indicator /></Checkbox.Control><Checkbox.Content><Label>I have read Brinmoor's applicant privacy notice.</Label></Checkbox.Content></Checkbox>
                      <div className="actions"><Button type="submit" id="bm-submit">Submit application</Button></div>
                    </Form>
                  </Modal.Body>
                </Modal.Dialog>
              </Modal.Container>
            </Modal.Backdrop>
          </Modal>
        </main>
        <footer className="foot" data-name="alert">
          <label htmlFor="bm-alert">Get an email when we post new roles</label>
          <input id="bm-alert" type="email" placeholder="Email address" value={alertEmail} onChange={(e) => setAlertEmail(e.target.value)} />
          <button type="button">Subscribe</button>
        </footer>
        <pre id="model">{JSON.stringify(model, null, 1)}</pre>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
