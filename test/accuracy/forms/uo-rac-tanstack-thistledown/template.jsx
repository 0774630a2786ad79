/**
 * Thistledown Agronomics careers (a crop-analytics company in Davis, CA): a React page built from
 * react-aria-components 1.x styled with plain CSS on the `react-aria-*` class names, its state in
 * TanStack Form (useForm, form.Field render props with onBlur validators, form.Subscribe for the
 * model). RAC pieces as the docs compose them: TextField / Label / Input / Text slot="description"
 * / FieldError, ComboBox (free text allowed for the school, a listed metro for the location),
 * Select (button + Popover + ListBox, hidden native select when named), RadioGroup of Radio
 * (visually hidden inputs inside labels), NumberField (plain years, currency salary), DatePicker
 * whose DateInput is month / day / year spinbutton segments (a hidden input carries the ISO date),
 * FileTrigger (a Button opening a hidden file input), CheckboxGroup, Checkbox, TextArea, a
 * SearchField in the header and a talent-community box in the footer. Postings add questions.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from '@tanstack/react-form';
import {
  Button, Calendar, CalendarCell, CalendarGrid, Checkbox, CheckboxGroup, ComboBox, DateInput, DatePicker, DateSegment, Dialog, FieldError, FileTrigger,
  Group, Heading, Input, Label, ListBox, ListBoxItem, NumberField, Popover, Radio, RadioGroup, SearchField, Select, SelectValue, Text, TextArea, TextField,
} from 'react-aria-components';
import { parseDate } from '@internationalized/date';

const METROS = ['Fresno, CA', 'Los Angeles, CA', 'Sacramento, CA', 'San Diego, CA', 'San Francisco Bay Area, CA', 'Davis / Woodland, CA', 'Portland, OR', 'Seattle, WA', 'Somewhere else'];
const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States', 'Another country'];
const SCHOOLS = ['Berkeley City College', 'California State University, Chico', 'Cal Poly San Luis Obispo', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Merced', 'Oregon State University'];
const EDUCATION = [['some', 'Some college'], ['assoc', 'Associate’s'], ['bach', 'Bachelor’s'], ['mast', 'Master’s'], ['phd', 'PhD']];
const SOURCES = ['AgTech job board', 'LinkedIn', 'UC Davis career fair', 'A Thistledown employee', 'Other'];
const GENDERS = ['Woman', 'Man', 'Non-binary', 'I’d rather not say'];

const requiredText = ({ value }) => (!value ? 'This field is required' : undefined);

function Picker({ field, label, items, placeholder, name }) {
  return (
    <Select name={name} selectedKey={field.state.value || null} onSelectionChange={(key) => field.handleChange(key ?? '')} placeholder={placeholder}>
      <Label>{label}</Label>
      <Button><SelectValue /><span aria-hidden="true">▾</span></Button>
      <Popover>
        <ListBox>
          {items.map(([id, text]) => <ListBoxItem key={id} id={id} textValue={text}>{text}</ListBoxItem>)}
        </ListBox>
      </Popover>
    </Select>
  );
}

function Choices({ field, label, name, options, description }) {
  return (
    <RadioGroup name={name} value={field.state.value || null} onChange={field.handleChange}>
      <Label>{label}</Label>
      {description && <Text slot="description">{description}</Text>}
      {options.map(([value, text]) => <Radio key={value} value={value}>{text}</Radio>)}
    </RadioGroup>
  );
}

function PostingQuestion({ form, q }) {
  return (
    <form.Field name={`answers.${q.key}`}>
      {(field) => {
        if (q.type === 'radio') return <Choices field={field} name={`answers.${q.key}`} label={q.label} options={q.options} description={q.description} />;
        if (q.type === 'select') return <Picker field={field} name={`answers.${q.key}`} label={q.label} items={q.options} placeholder="Select an answer" />;
        if (q.type === 'checkboxes')
          return (
            <CheckboxGroup name={`answers.${q.key}`} value={field.state.value} onChange={field.handleChange}>
              <Label>{q.label}</Label>
              {q.options.map(([value, text]) => <Checkbox key={value} value={value}><div className="box" aria-hidden="true" />{text}</Checkbox>)}
            </CheckboxGroup>
          );
        if (q.type === 'textarea')
          return (
            <TextField name={`answers.${q.key}`} value={field.state.value} onChange={field.handleChange}>
              <Label>{q.label}</Label>
              <TextArea rows={4} />
              {q.description && <Text slot="description">{q.description}</Text>}
            </TextField>
          );
        return (
          <TextField name={`answers.${q.key}`} value={field.state.value} onChange={field.handleChange}>
            <Label>{q.label}</Label>
            <Input placeholder={q.placeholder} />
            {q.description && <Text slot="description">{q.description}</Text>}
          </TextField>
        );
      }}
    </form.Field>
  );
}

function Application({ posting }) {
  const [sent, setSent] = useState(false);
  const [resumeName, setResumeName] = useState('');
  const form = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', metro: '', country: '', linkedin: '', employer: '', jobTitle: '', years: null,
      education: '', school: '', authorized: '', sponsorship: '', salary: null, startDate: '', resume: '', coverLetter: '',
      answers: Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'checkboxes' ? [] : ''])), source: '', gender: '', hispanic: '', consent: false,
    },
    onSubmit: async () => setSent(true),
  });
  return (
    <>
      <header className="site-header">
        <strong>Thistledown Agronomics</strong>
        <SearchField aria-label="Search openings" className="react-aria-SearchField header-search">
          <Input id="header-search" placeholder="Search openings" />
          <Button>✕</Button>
        </SearchField>
      </header>
      <main className="page">
        <h1>{posting.title}</h1>
        <p className="where">{posting.where}</p>
        <form id="apply" onSubmit={(e) => { e.preventDefault(); form.handleSubmit(); }}>
          <h2>Your details</h2>
          <div className="row">
            <form.Field name="firstName" validators={{ onBlur: requiredText }}>
              {(field) => (
                <TextField name="firstName" isRequired value={field.state.value} onChange={field.handleChange} onBlur={field.handleBlur} isInvalid={field.state.meta.errors.length > 0}>
                  <Label>First name</Label><Input /><FieldError>{field.state.meta.errors.join(', ')}</FieldError>
                </TextField>
              )}
            </form.Field>
            <form.Field name="lastName" validators={{ onBlur: requiredText }}>
              {(field) => (
                <TextField name="lastName" isRequired value={field.state.value} onChange={field.handleChange} onBlur={field.handleBlur}>
                  <Label>Last name</Label><Input />
                </TextField>
              )}
            </form.Field>
          </div>
          <form.Field name="email" validators={{ onBlur: ({ value }) => (!/^\S+@\S+\.\S+$/.test(value) ? 'Enter a valid email' : undefined) }}>
            {(field) => (
              <TextField name="email" type="email" isRequired value={field.state.value} onChange={field.handleChange} onBlur={field.handleBlur}>
                <Label>Email</Label><Input />
              </TextField>
            )}
          </form.Field>
          <form.Field name="phone">
            {(field) => (
              <TextField name="phone" type="tel" value={field.state.value} onChange={field.handleChange}>
                <Label>Phone</Label><Input />
                <Text slot="description">Include the country code, e.g. +1 530 555 0100</Text>
              </TextField>
            )}
          </form.Field>
          <form.Field name="metro">
            {(field) => (
              <ComboBox name="metro" selectedKey={field.state.value || null} onSelectionChange={(key) => field.handleChange(key ?? '')} menuTrigger="focus">
                <Label>Which metro area do you live in?</Label>
                <div className="combo"><Input id="metro-input" /><Button>▾</Button></div>
                <Popover>
                  <ListBox>{METROS.map((m) => <ListBoxItem key={m} id={m}>{m}</ListBoxItem>)}</ListBox>
                </Popover>
              </ComboBox>
            )}
          </form.Field>
          <form.Field name="country">
            {(field) => <Picker field={field} name="country" label="Country" items={COUNTRIES.map((c) => [c, c])} placeholder="Select a country" />}
          </form.Field>
          <form.Field name="linkedin">
            {(field) => (
              <TextField name="linkedin" type="url" value={field.state.value} onChange={field.handleChange}>
                <Label>LinkedIn URL</Label><Input />
              </TextField>
            )}
          </form.Field>

          <h2>Work and education</h2>
          <div className="row">
            <form.Field name="employer">
              {(field) => (<TextField name="employer" value={field.state.value} onChange={field.handleChange}><Label>Most recent employer</Label><Input /></TextField>)}
            </form.Field>
            <form.Field name="jobTitle">
              {(field) => (<TextField name="jobTitle" value={field.state.value} onChange={field.handleChange}><Label>Most recent job title</Label><Input /></TextField>)}
            </form.Field>
          </div>
          <form.Field name="years">
            {(field) => (
              <NumberField name="years" minValue={0} maxValue={60} value={field.state.value ?? NaN} onChange={(v) => field.handleChange(Number.isNaN(v) ? null : v)}>
                <Label>Total years of professional experience</Label>
                <Group><Button slot="decrement">−</Button><Input id="years-input" /><Button slot="increment">+</Button></Group>
              </NumberField>
            )}
          </form.Field>
          <form.Field name="education">
            {(field) => <Picker field={field} name="education" label="Highest level of education" items={EDUCATION} placeholder="Select a level" />}
          </form.Field>
          <form.Field name="school">
            {(field) => (
              <ComboBox name="school" allowsCustomValue inputValue={field.state.value} onInputChange={field.handleChange}>
                <Label>School</Label>
                <div className="combo"><Input id="school-input" /><Button>▾</Button></div>
                <Text slot="description">Start typing; pick from the list or enter your own.</Text>
                <Popover>
                  <ListBox>{SCHOOLS.map((s) => <ListBoxItem key={s} id={s}>{s}</ListBoxItem>)}</ListBox>
                </Popover>
              </ComboBox>
            )}
          </form.Field>
          <form.Field name="authorized">
            {(field) => <Choices field={field} name="authorized" label="Are you authorized to work in the US without restriction?" options={[['yes', 'Yes'], ['no', 'No']]} />}
          </form.Field>
          <form.Field name="sponsorship">
            {(field) => <Choices field={field} name="sponsorship" label="Will you require employer sponsorship (for example H-1B) to keep working in the US?" options={[['yes', 'Yes, now or in the future'], ['no', 'No']]} />}
          </form.Field>
          <form.Field name="salary">
            {(field) => (
              <NumberField name="salary" minValue={0} formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} value={field.state.value ?? NaN} onChange={(v) => field.handleChange(Number.isNaN(v) ? null : v)}>
                <Label>Desired annual salary</Label>
                <Group><Input id="salary-input" /></Group>
              </NumberField>
            )}
          </form.Field>
          <form.Field name="startDate">
            {(field) => (
              <DatePicker name="startDate" value={field.state.value ? parseDate(field.state.value) : null} onChange={(d) => field.handleChange(d ? d.toString() : '')}>
                <Label>Earliest start date</Label>
                <Group className="react-aria-Group date-group">
                  <DateInput id="start-date">{(segment) => <DateSegment segment={segment} />}</DateInput>
                  <Button aria-label="Open calendar">📅</Button>
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
            )}
          </form.Field>

          <h2>Resume and cover letter</h2>
          <form.Field name="resume">
            {(field) => (
              <div className="upload" id="resume-upload">
                <span className="upload-label" id="resume-label">Resume</span>
                <FileTrigger acceptedFileTypes={['.pdf', '.doc', '.docx']} onSelect={(files) => { const f = files?.[0]; setResumeName(f?.name ?? ''); field.handleChange(f?.name ?? ''); }}>
                  <Button aria-describedby="resume-label">Choose file</Button>
                </FileTrigger>
                <span className="file-name">{resumeName || 'No file chosen'}</span>
              </div>
            )}
          </form.Field>
          <form.Field name="coverLetter">
            {(field) => (
              <TextField name="coverLetter" value={field.state.value} onChange={field.handleChange}>
                <Label>Cover letter</Label>
                <TextArea rows={6} />
                <Text slot="description">Optional. Paste it in.</Text>
              </TextField>
            )}
          </form.Field>

          <h2>Role questions</h2>
          {posting.questions.map((q) => <PostingQuestion key={q.key} form={form} q={q} />)}

          <h2>Voluntary disclosures</h2>
          <form.Field name="source">
            {(field) => <Picker field={field} name="source" label="Where did you find this job?" items={SOURCES.map((s) => [s, s])} placeholder="Select one" />}
          </form.Field>
          <form.Field name="gender">
            {(field) => <Picker field={field} name="gender" label="Gender identity" items={GENDERS.map((s) => [s, s])} placeholder="Select one" />}
          </form.Field>
          <form.Field name="hispanic">
            {(field) => <Choices field={field} name="hispanic" label="Are you Hispanic or Latino?" options={[['yes', 'Yes'], ['no', 'No'], ['decline', 'Decline to answer']]} />}
          </form.Field>
          <form.Field name="consent">
            {(field) => (
              <Checkbox name="consent" isSelected={field.state.value} onChange={field.handleChange}>
                <div className="box" aria-hidden="true" />I agree that Thistledown may keep my application on file for 12 months.
              </Checkbox>
            )}
          </form.Field>
          <Button type="submit" id="td-submit">Send application</Button>
          {sent && <p id="td-done">Thanks, we have your application.</p>}
          <form.Subscribe selector={(state) => state.values}>
            {(values) => <pre id="model">{JSON.stringify(values)}</pre>}
          </form.Subscribe>
        </form>
      </main>
      <footer className="site-footer">
        <TextField className="react-aria-TextField community">
          <Label>Join our talent community</Label>
          <Input id="community-email" type="email" placeholder="Email address" />
        </TextField>
        <button type="button">Join</button>
      </footer>
    </>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
