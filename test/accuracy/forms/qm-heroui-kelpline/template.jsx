/**
 * Kelpline Ocean Data's careers site (Next.js on HeroUI v3, `@heroui/react` 3.2.6), one template
 * for every posting: the posting passes its title, its year buckets, its degree list and its own
 * screening questions. Composed the way the HeroUI v3 docs compose each component:
 * TextField / Label / Input / Description, InputGroup with prefix / suffix text, an Autocomplete
 * (Select trigger + a SearchField filter inside the popover, `useFilter().contains`), Select,
 * ToggleButtonGroup (single selection, aria-pressed buttons), RadioGroup, CheckboxGroup, DateField
 * (segments only, no calendar), Switch, a react-aria DropZone + FileTrigger for the resume,
 * Fieldset / Fieldset.Legend for the voluntary questions. The page's CSS stands in for the Tailwind
 * build. State in useState, rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DropZone, FileTrigger, useFilter } from 'react-aria-components';
import {
  Autocomplete,
  Button,
  Checkbox,
  CheckboxGroup,
  DateField,
  Description,
  Fieldset,
  Form,
  Input,
  InputGroup,
  Label,
  ListBox,
  Radio,
  RadioGroup,
  SearchField,
  Select,
  Switch,
  TextArea,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@heroui/react';

const COUNTRIES = [
  'Australia', 'Brazil', 'Canada', 'Chile', 'Denmark', 'France', 'Germany', 'Iceland', 'India', 'Ireland', 'Japan',
  'Mexico', 'Netherlands', 'New Zealand', 'Norway', 'Portugal', 'Singapore', 'South Africa', 'Spain', 'Sweden',
  'United Arab Emirates', 'United Kingdom', 'United States', 'United States Minor Outlying Islands', 'Uruguay',
];

function Item({ id, children }) {
  return (
    <ListBox.Item id={id ?? children} textValue={children}>
      {children}
      <ListBox.ItemIndicator />
    </ListBox.Item>
  );
}

function PlainSelect({ label, name, items, value, onChange, description, placeholder = 'Choose one' }) {
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

function Radios({ label, name, options, value, onChange, description }) {
  return (
    <RadioGroup name={name} value={value} onChange={onChange} data-name={name}>
      <Label>{label}</Label>
      {description ? <Description>{description}</Description> : null}
      {options.map((text) => (
        <Radio key={text} value={text}>
          <Radio.Control><Radio.Indicator /></Radio.Control>
          <Radio.Content><Label>{text}</Label></Radio.Content>
        </Radio>
      ))}
    </RadioGroup>
  );
}

function Toggles({ label, name, options, value, onChange }) {
  const labelId = `${name}-label`;
  return (
    <div className="toggle-field" data-name={name}>
      <span className="label" id={labelId}>{label}</span>
      <ToggleButtonGroup
        aria-labelledby={labelId}
        selectionMode="single"
        selectedKeys={value ? [value] : []}
        onSelectionChange={(keys) => onChange([...keys][0] ?? null)}
      >
        {options.map((text) => <ToggleButton key={text} id={text}>{text}</ToggleButton>)}
      </ToggleButtonGroup>
    </div>
  );
}

function Question({ q, value, onChange }) {
  if (q.type === 'radio') return <Radios label={q.label} name={q.key} options={q.options} value={value} onChange={onChange} description={q.description} />;
  if (q.type === 'select') return <PlainSelect label={q.label} name={q.key} items={q.options} value={value} onChange={onChange} description={q.description} />;
  if (q.type === 'toggle') return <Toggles label={q.label} name={q.key} options={q.options} value={value} onChange={onChange} />;
  if (q.type === 'checkboxes')
    return (
      <CheckboxGroup name={q.key} value={value} onChange={onChange} data-name={q.key}>
        <Label>{q.label}</Label>
        {q.description ? <Description>{q.description}</Description> : null}
        {q.options.map((text) => (
          <Checkbox key={text} value={text}>
            <Checkbox.Control><Checkbox.Indicator /></Checkbox.Control>
            <Checkbox.Content><Label>{text}</Label></Checkbox.Content>
          </Checkbox>
        ))}
      </CheckboxGroup>
    );
  if (q.type === 'switch')
    return (
      <Switch name={q.key} isSelected={value} onChange={onChange} data-name={q.key}>
        <Switch.Control><Switch.Thumb /></Switch.Control>
        <Switch.Content><Label>{q.label}</Label></Switch.Content>
      </Switch>
    );
  return (
    <TextField name={q.key} value={value} onChange={onChange} data-name={q.key}>
      <Label>{q.label}</Label>
      {q.type === 'textarea' ? <TextArea rows={4} placeholder={q.placeholder} /> : <Input placeholder={q.placeholder} />}
      {q.description ? <Description>{q.description}</Description> : null}
    </TextField>
  );
}

function Application({ posting }) {
  const { contains } = useFilter({ sensitivity: 'base' });
  const initialAnswers = Object.fromEntries(
    posting.questions.map((q) => [q.key, q.type === 'checkboxes' ? [] : q.type === 'switch' ? false : q.type === 'text' || q.type === 'textarea' ? '' : null]),
  );
  const [values, setValues] = useState({
    firstName: '', lastName: '', preferredName: '', email: '', phone: '', country: null, city: '', linkedin: '',
    employer: '', jobTitle: '', years: null, degree: null, school: '', salary: '', startDate: null, resume: null,
    coverLetter: '', source: null, veteran: null, consent: false, ...initialAnswers,
  });
  const [search, setSearch] = useState('');
  const [news, setNews] = useState('');
  const [dragging, setDragging] = useState(false);
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setValues((v) => ({ ...v, [key]: value }));
  const pre = document.getElementById('model');
  if (pre) pre.textContent = JSON.stringify({ ...values, startDate: values.startDate ? values.startDate.toString() : null }, null, 2);
  const attach = (files) => {
    const file = files?.[0];
    if (file) set('resume')(file.name);
  };

  return (
    <>
      <header className="top">
        <span className="brand">kelpline<span className="dot">·</span>ocean data</span>
        <nav><a href="#fleet">Our fleet</a> <a href="#data">Open data</a> <a href="#careers">Careers</a></nav>
        <SearchField aria-label="Search roles" name="q" value={search} onChange={setSearch}>
          <SearchField.Group>
            <SearchField.SearchIcon />
            <SearchField.Input placeholder="Search roles" id="site-search" />
            <SearchField.ClearButton />
          </SearchField.Group>
        </SearchField>
      </header>
      <main>
        <p className="eyebrow">{posting.team} · {posting.where}</p>
        <h1>{posting.title}</h1>
        {posting.blurb.map((p) => <p key={p}>{p}</p>)}
        {done ? (
          <div className="done" id="application-received"><strong>Thanks — your application is in.</strong> We read every one and reply within ten working days.</div>
        ) : (
          <div className="card">
            <Form
              id="kelpline-apply"
              validationBehavior="aria"
              onSubmit={(event) => {
                event.preventDefault();
                if (values.firstName && values.lastName && values.email && values.resume && values.consent) setDone(true);
              }}
            >
              <h2>Your details</h2>
              <div className="form-grid">
                <TextField name="firstName" isRequired value={values.firstName} onChange={set('firstName')} data-name="firstName">
                  <Label>Legal first name</Label>
                  <Input />
                </TextField>
                <TextField name="lastName" isRequired value={values.lastName} onChange={set('lastName')} data-name="lastName">
                  <Label>Legal last name</Label>
                  <Input />
                </TextField>
                <TextField name="preferredName" value={values.preferredName} onChange={set('preferredName')} data-name="preferredName">
                  <Label>Preferred name</Label>
                  <Input />
                  <Description>Only if it differs from your legal first name.</Description>
                </TextField>
                <TextField name="email" type="email" isRequired value={values.email} onChange={set('email')} data-name="email">
                  <Label>Email address</Label>
                  <Input />
                </TextField>
                <TextField name="phone" type="tel" value={values.phone} onChange={set('phone')} data-name="phone">
                  <Label>Mobile number</Label>
                  <Input placeholder="+1 555 000 0000" />
                  <Description>Include your country code.</Description>
                </TextField>
                <Autocomplete name="country" placeholder="Select a country" selectedKey={values.country} onSelectionChange={set('country')} data-name="country">
                  <Label>Country of residence</Label>
                  <Autocomplete.Trigger>
                    <Autocomplete.Value />
                    <Autocomplete.ClearButton />
                    <Autocomplete.Indicator />
                  </Autocomplete.Trigger>
                  <Autocomplete.Popover>
                    <Autocomplete.Filter filter={contains}>
                      <SearchField autoFocus aria-label="Search countries" name="country-search">
                        <SearchField.Group>
                          <SearchField.SearchIcon />
                          <SearchField.Input placeholder="Search…" />
                          <SearchField.ClearButton />
                        </SearchField.Group>
                      </SearchField>
                      <ListBox>{COUNTRIES.map((c) => <Item key={c}>{c}</Item>)}</ListBox>
                    </Autocomplete.Filter>
                  </Autocomplete.Popover>
                </Autocomplete>
                <TextField name="city" value={values.city} onChange={set('city')} data-name="city">
                  <Label>City</Label>
                  <Input />
                </TextField>
                <TextField name="linkedin" value={values.linkedin} onChange={set('linkedin')} data-name="linkedin">
                  <Label>LinkedIn profile</Label>
                  <InputGroup>
                    <InputGroup.Prefix>https://</InputGroup.Prefix>
                    <InputGroup.Input placeholder="www.linkedin.com/in/your-name" />
                  </InputGroup>
                </TextField>
              </div>

              <h2>Experience</h2>
              <div className="form-grid">
                <TextField name="employer" value={values.employer} onChange={set('employer')} data-name="employer">
                  <Label>Current or most recent employer</Label>
                  <Input />
                </TextField>
                <TextField name="jobTitle" value={values.jobTitle} onChange={set('jobTitle')} data-name="jobTitle">
                  <Label>Job title there</Label>
                  <Input />
                </TextField>
                <div className="span-2">
                  <Toggles label={posting.yearsLabel} name="years" options={posting.years} value={values.years} onChange={set('years')} />
                </div>
                <PlainSelect label="Highest completed education" name="degree" items={posting.degrees} value={values.degree} onChange={set('degree')} />
                <TextField name="school" value={values.school} onChange={set('school')} data-name="school">
                  <Label>School or university</Label>
                  <Input />
                </TextField>
              </div>

              <h2>{posting.questionsHeading}</h2>
              <div className="stack">
                {posting.questions.map((q) => <Question key={q.key} q={q} value={values[q.key]} onChange={set(q.key)} />)}
              </div>

              <h2>Pay &amp; timing</h2>
              <div className="form-grid">
                <TextField name="salary" value={values.salary} onChange={set('salary')} data-name="salary">
                  <Label>{posting.salaryLabel}</Label>
                  <InputGroup>
                    <InputGroup.Prefix>$</InputGroup.Prefix>
                    <InputGroup.Input inputMode="numeric" />
                    <InputGroup.Suffix>{posting.salarySuffix}</InputGroup.Suffix>
                  </InputGroup>
                </TextField>
                <DateField name="startDate" value={values.startDate} onChange={set('startDate')} data-name="startDate">
                  <Label>When could you start?</Label>
                  <DateField.Group>
                    <DateField.Input>{(segment) => <DateField.Segment segment={segment} />}</DateField.Input>
                  </DateField.Group>
                </DateField>
              </div>

              <h2>Resume &amp; letter</h2>
              <DropZone
                className={dragging ? 'drop drop--over' : 'drop'}
                onDropEnter={() => setDragging(true)}
                onDropExit={() => setDragging(false)}
                onDrop={async (event) => {
                  setDragging(false);
                  const item = event.items.find((i) => i.kind === 'file');
                  if (item) set('resume')((await item.getFile()).name);
                }}
                data-name="resume"
              >
                <span className="label">Resume / CV</span>
                <p className="hint">{values.resume ? <strong id="resume-file">{values.resume}</strong> : 'Drag a PDF or Word file here, or'}</p>
                <FileTrigger acceptedFileTypes={['application/pdf', '.doc', '.docx']} onSelect={(files) => attach(files)}>
                  <Button variant="secondary" id="resume-browse">{values.resume ? 'Replace file' : 'Browse files'}</Button>
                </FileTrigger>
              </DropZone>
              <div className="stack">
                <TextField name="coverLetter" value={values.coverLetter} onChange={set('coverLetter')} data-name="coverLetter">
                  <Label>Cover letter</Label>
                  <TextArea rows={5} placeholder="Paste or write it here (optional)" />
                </TextField>
              </div>

              <Fieldset className="eeo">
                <Fieldset.Legend>Voluntary questions</Fieldset.Legend>
                <Description>Answers are kept apart from your application and never shown to the hiring team.</Description>
                <div className="form-grid">
                  <PlainSelect label="How did you find this role?" name="source" items={['Kelpline website', 'LinkedIn', 'Ocean-tech Slack', 'Conference', 'Someone at Kelpline', 'Other']}
                               value={values.source} onChange={set('source')} />
                  <PlainSelect label="Veteran status" name="veteran" items={['I am a protected veteran', 'I am not a protected veteran', "I don't wish to answer"]}
                               value={values.veteran} onChange={set('veteran')} />
                </div>
              </Fieldset>

              <Checkbox name="consent" isSelected={values.consent} onChange={set('consent')} data-name="consent">
                <Checkbox.Control><Checkbox.Indicator /></Checkbox.Control>
                <Checkbox.Content><Label>I have read Kelpline's candidate privacy notice and agree to it.</Label></Checkbox.Content>
              </Checkbox>
              <div className="actions">
                <Button type="submit" id="send-application">Send application</Button>
              </div>
            </Form>
          </div>
        )}
      </main>
      <footer className="foot">
        <TextField name="newsletter" type="email" value={news} onChange={setNews} data-name="newsletter">
          <Label>Tide tables &amp; team news, monthly</Label>
          <Input placeholder="you@example.com" />
        </TextField>
        <Button variant="tertiary" id="newsletter-join">Subscribe</Button>
      </footer>
    </>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
