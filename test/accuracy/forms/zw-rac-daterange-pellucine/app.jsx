/**
 * A biotech company's careers page on React Aria Components (unstyled; the page's CSS): TextFields,
 * a "Home location" ComboBox fed by useAsyncList (400 ms load per keystroke, allowsEmptyCollection),
 * a NumberField with − / + Buttons for years, a salary Slider (thumb holds a visually hidden input
 * type=range; SliderOutput "$150,000"), a DatePicker (spinbutton segments + hidden input) for the
 * start date, a DateRangePicker for an onsite-interview window (leave alone), education as a
 * RadioGroup of card Radios (label + description), a CheckboxGroup of lab-facing statements (leave
 * alone), Switches for authorization and sponsorship, a DropZone with a FileTrigger for the resume,
 * a TextArea cover letter and a consent Checkbox. A recruiting chat box sits in the corner.
 * State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Calendar, CalendarCell, CalendarGrid, Checkbox, CheckboxGroup, ComboBox, DateInput, DatePicker, DateRangePicker, DateSegment,
  Dialog, DropZone, FieldError, FileTrigger, Form, Group, Heading, Input, Label, ListBox, ListBoxItem, NumberField, Popover, Radio,
  RadioGroup, RangeCalendar, Slider, SliderOutput, SliderThumb, SliderTrack, Switch, Text, TextArea, TextField, useAsyncList,
} from 'react-aria-components';

const PLACES = ['San Carlos, CA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'San Mateo, CA', 'South San Francisco, CA',
  'Santa Clara, CA', 'Boston, MA', 'Cambridge, MA', 'Seattle, WA', 'Durham, NC', 'Toronto, ON'];
const DEGREES = [
  ['hs', 'High school', 'Diploma or GED'], ['assoc', "Associate's", 'Two-year degree'], ['ba', "Bachelor's", 'BA, BS or equivalent'],
  ['ms', "Master's", 'MS, MA, MEng'], ['phd', 'PhD', 'Or other doctorate'],
];
const wait = (ms, signal) => new Promise((resolve, reject) => { const t = setTimeout(resolve, ms); signal.addEventListener('abort', () => { clearTimeout(t); reject(new DOMException('aborted', 'AbortError')); }); });
const usd = { style: 'currency', currency: 'USD', maximumFractionDigits: 0 };

function Field({ name, label, value, onChange, type = 'text', description }) {
  return (
    <TextField className="field" name={name} type={type} value={value} onChange={onChange}>
      <Label>{label}</Label><Input />{description && <Text slot="description">{description}</Text>}
    </TextField>
  );
}

function LocationComboBox({ onChange }) {
  const list = useAsyncList({
    async load({ signal, filterText }) {
      if (!filterText || filterText.length < 2) return { items: [] };
      await wait(400, signal);
      return { items: PLACES.filter((p) => p.toLowerCase().includes(filterText.toLowerCase())).map((p) => ({ id: p, name: p })) };
    },
  });
  return (
    <ComboBox className="field" name="homeLocation" items={list.items} inputValue={list.filterText} onInputChange={list.setFilterText}
      onSelectionChange={(key) => onChange(key)} allowsEmptyCollection menuTrigger="input">
      <Label>Home location</Label>
      <div><Input id="pb-location" placeholder="City, state" /><Button>▾</Button></div>
      <Text slot="description">{list.isLoading ? 'Searching…' : 'Pick your city from the list'}</Text>
      <Popover><ListBox>{(item) => <ListBoxItem id={item.id}>{item.name}</ListBoxItem>}</ListBox></Popover>
    </ComboBox>
  );
}

function CalendarPopover({ range }) {
  return (
    <Popover><Dialog>
      {range ? (
        <RangeCalendar><header><Button slot="previous">‹</Button><Heading /><Button slot="next">›</Button></header><CalendarGrid>{(d) => <CalendarCell date={d} />}</CalendarGrid></RangeCalendar>
      ) : (
        <Calendar><header><Button slot="previous">‹</Button><Heading /><Button slot="next">›</Button></header><CalendarGrid>{(d) => <CalendarCell date={d} />}</CalendarGrid></Calendar>
      )}
    </Dialog></Popover>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: null, years: NaN, salary: 100000, startDate: null, interviewWindow: null,
    degree: null, labFacing: [], authorized: false, sponsorship: false, resume: null, coverLetter: '', consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const model = {
    ...form, years: Number.isNaN(form.years) ? null : form.years, startDate: form.startDate ? form.startDate.toString() : null,
    interviewWindow: form.interviewWindow ? [form.interviewWindow.start.toString(), form.interviewWindow.end.toString()] : null,
  };
  if (done) return <h2 id="done">Thanks — we'll be in touch.</h2>;
  return (
    <Form onSubmit={(e) => { e.preventDefault(); if (form.email && form.consent) setDone(true); }}>
      <h1>Lead Data Engineer</h1>
      <p>South San Francisco, CA · On-site 3 days a week</p>
      <Field name="firstName" label="First name" value={form.firstName} onChange={set('firstName')} />
      <Field name="lastName" label="Last name" value={form.lastName} onChange={set('lastName')} />
      <Field name="email" type="email" label="Email" value={form.email} onChange={set('email')} />
      <Field name="phone" type="tel" label="Phone" value={form.phone} onChange={set('phone')} description="Digits only, e.g. 6505550100" />
      <LocationComboBox onChange={set('location')} />
      <NumberField className="field" name="years" minValue={0} maxValue={50} value={form.years} onChange={set('years')}>
        <Label>Years of data engineering experience</Label>
        <Group><Button slot="decrement">−</Button><Input id="pb-years" /><Button slot="increment">+</Button></Group>
      </NumberField>
      <Slider className="field react-aria-Slider" minValue={60000} maxValue={300000} step={5000} formatOptions={usd} value={form.salary} onChange={set('salary')} data-field="salary">
        <Label>Target base salary</Label>
        <SliderOutput />
        <SliderTrack><SliderThumb name="salary" /></SliderTrack>
      </Slider>
      <DatePicker className="field" name="startDate" value={form.startDate} onChange={set('startDate')} data-field="startDate">
        <Label>Earliest start date</Label>
        <Group><DateInput>{(s) => <DateSegment segment={s} />}</DateInput><Button>📅</Button></Group>
        <CalendarPopover />
      </DatePicker>
      <DateRangePicker className="field" startName="interviewFrom" endName="interviewTo" value={form.interviewWindow} onChange={set('interviewWindow')} data-field="interviewWindow">
        <Label>When could you come onsite for a final interview?</Label>
        <Group>
          <DateInput slot="start">{(s) => <DateSegment segment={s} />}</DateInput><span aria-hidden="true">–</span>
          <DateInput slot="end">{(s) => <DateSegment segment={s} />}</DateInput><Button>📅</Button>
        </Group>
        <Text slot="description">We'll book travel for a day in this window</Text>
        <CalendarPopover range />
      </DateRangePicker>
      <RadioGroup className="field" name="degree" value={form.degree} onChange={set('degree')} data-field="degree">
        <Label>Highest level of education</Label>
        <div className="cards">
          {DEGREES.map(([id, title, desc]) => <Radio key={id} value={id} className="card">{title}<small>{desc}</small></Radio>)}
        </div>
      </RadioGroup>
      <CheckboxGroup className="field" name="labFacing" value={form.labFacing} onChange={set('labFacing')} data-field="labFacing">
        <Label>Which of these have you done?</Label>
        <Checkbox value="lims" className="card">Integrated a LIMS or ELN</Checkbox>
        <Checkbox value="gxp" className="card">Worked under GxP / 21 CFR Part 11</Checkbox>
        <Checkbox value="ngs" className="card">Built NGS data pipelines</Checkbox>
      </CheckboxGroup>
      <Switch name="authorized" isSelected={form.authorized} onChange={set('authorized')}><div className="indicator" />I am authorized to work in the US</Switch>
      <Switch name="sponsorship" isSelected={form.sponsorship} onChange={set('sponsorship')}><div className="indicator" />I will need visa sponsorship</Switch>
      <div className="field" data-field="resume">
        <span id="resume-label">Resume</span>
        <DropZone aria-labelledby="resume-label" onDrop={async (e) => { const f = e.items.find((i) => i.kind === 'file'); if (f) set('resume')(f.name); }}>
          <FileTrigger acceptedFileTypes={['application/pdf']} onSelect={(files) => set('resume')(files?.[0]?.name ?? null)}>
            <Button>Select a PDF</Button>
          </FileTrigger>
          <Text slot="label">{form.resume ?? ' or drop it here'}</Text>
        </DropZone>
      </div>
      <TextField className="field" name="coverLetter" value={form.coverLetter} onChange={set('coverLetter')}>
        <Label>Cover letter</Label><TextArea rows={5} />
      </TextField>
      <Checkbox name="consent" isSelected={form.consent} onChange={set('consent')}>I agree to Pellucine's applicant privacy notice</Checkbox>
      <p><Button id="submit" type="submit">Submit application</Button></p>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
