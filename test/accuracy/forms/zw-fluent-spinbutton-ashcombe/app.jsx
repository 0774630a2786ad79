/**
 * A Microsoft-partner consultancy's careers page on Fluent UI React v9 (FluentProvider, webLightTheme):
 * Field-wrapped Inputs (Field ties its label to the control's generated id), a "Location" Combobox
 * whose options are fetched 450 ms after typing (freeform off), years of experience as a Slider
 * (native input type=range, the value shown beside it), salary as a SpinButton with a displayValue
 * "$150,000" and 5,000 steps, yes/no Switches (native checkbox role=switch), a horizontal RadioGroup
 * "When could you start?" with relative windows, a TagPicker of certifications and a Rating to leave
 * alone, a Textarea cover letter, a consent Checkbox. The sign-in box in the header is not the
 * application. State goes to <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, Combobox, Field, FluentProvider, Input, Option, Radio, RadioGroup, Rating, Slider, SpinButton, Switch,
  Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption, Text, Textarea, Title2,
  webLightTheme,
} from '@fluentui/react-components';

const PLACES = ['San Antonio, Texas', 'San Diego, California', 'San Francisco, California', 'San Jose, California', 'Santa Rosa, California',
  'South San Francisco, California', 'Seattle, Washington', 'Redmond, Washington', 'Bellevue, Washington', 'Chicago, Illinois', 'Atlanta, Georgia'];
const CERTS = ['Azure Data Engineer Associate (DP-203)', 'Fabric Analytics Engineer (DP-600)', 'Power BI Data Analyst (PL-300)', 'Azure Solutions Architect (AZ-305)', 'AWS Data Engineer'];
const usd = (n) => `$${n.toLocaleString('en-US')}`;

function LocationCombobox({ value, onChange }) {
  const [options, setOptions] = useState([]);
  const [query, setQuery] = useState(value ?? '');
  const [loading, setLoading] = useState(false);
  const timer = useRef();
  const onInput = (e) => {
    const text = e.target.value;
    setQuery(text);
    clearTimeout(timer.current);
    if (text.length < 2) { setOptions([]); return; }
    setLoading(true);
    timer.current = setTimeout(() => { setOptions(PLACES.filter((p) => p.toLowerCase().includes(text.toLowerCase()))); setLoading(false); }, 450);
  };
  return (
    <Field label="Location" hint="City and state where you live">
      <Combobox id="ac-location" name="location" placeholder="Search for your city" value={query} selectedOptions={value ? [value] : []}
        onChange={onInput} onOptionSelect={(_, d) => { onChange(d.optionValue ?? null); setQuery(d.optionText ?? ''); }}>
        {loading ? <Option disabled value="__loading">Loading…</Option> : options.map((p) => <Option key={p} value={p}>{p}</Option>)}
      </Combobox>
    </Field>
  );
}

function Certifications({ value, onChange }) {
  const [query, setQuery] = useState('');
  const left = CERTS.filter((c) => !value.includes(c) && c.toLowerCase().includes(query.toLowerCase()));
  return (
    <Field label="Microsoft or cloud certifications">
      <TagPicker selectedOptions={value} onOptionSelect={(_, d) => { onChange(d.selectedOptions); setQuery(''); }}>
        <TagPickerControl>
          <TagPickerGroup aria-label="Selected certifications">
            {value.map((c) => <Tag key={c} shape="rounded" value={c}>{c}</Tag>)}
          </TagPickerGroup>
          <TagPickerInput id="ac-certs" aria-label="Microsoft or cloud certifications" value={query} onChange={(e) => setQuery(e.target.value)} />
        </TagPickerControl>
        <TagPickerList>{left.map((c) => <TagPickerOption key={c} value={c}>{c}</TagPickerOption>)}</TagPickerList>
      </TagPicker>
    </Field>
  );
}

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: null, linkedin: '', years: 0, salary: null, start: '',
    authorized: false, sponsorship: false, clearance: false, certifications: [], powerBi: 0, coverLetter: '', consent: false,
  });
  const [done, setDone] = useState(false);
  const set = (key) => (value) => setForm((prev) => ({ ...prev, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (_, d) => set(key)(d.value) });
  if (done) return <Title2 id="done">Thanks, your application was submitted.</Title2>;
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); if (form.email && form.consent) setDone(true); }} style={{ display: 'grid', gap: 18 }}>
      <Title2>Senior Data Engineer (Power Platform)</Title2>
      <Text>Redmond, WA or remote · Data &amp; AI practice</Text>
      <Field label="First name" required><Input name="firstName" {...text('firstName')} /></Field>
      <Field label="Last name" required><Input name="lastName" {...text('lastName')} /></Field>
      <Field label="Email" required><Input name="email" type="email" {...text('email')} /></Field>
      <Field label="Phone" hint="e.g. 425-555-0100"><Input name="phone" type="tel" {...text('phone')} /></Field>
      <LocationCombobox value={form.location} onChange={set('location')} />
      <Field label="LinkedIn profile URL"><Input name="linkedin" {...text('linkedin')} /></Field>
      <Field label="Years of experience in data engineering" hint={`${form.years} years`}>
        <Slider name="years" min={0} max={20} step={1} value={form.years} onChange={(_, d) => set('years')(d.value)} />
      </Field>
      <Field label="Expected annual salary (USD)">
        <SpinButton name="salary" min={0} max={500000} step={5000} value={form.salary} displayValue={form.salary == null ? '' : usd(form.salary)}
          onChange={(_, d) => {
            if (d.value !== undefined) set('salary')(d.value);
            else if (d.displayValue !== undefined) { const n = Number(d.displayValue.replace(/[^0-9.]/g, '')); set('salary')(Number.isFinite(n) && d.displayValue.trim() ? n : null); }
          }} />
      </Field>
      <Field label="When could you start?">
        <RadioGroup name="start" layout="horizontal" value={form.start} onChange={(_, d) => set('start')(d.value)}>
          <Radio value="now" label="Immediately" />
          <Radio value="2w" label="Within 2 weeks" />
          <Radio value="1m" label="Within a month" />
          <Radio value="later" label="More than a month from now" />
        </RadioGroup>
      </Field>
      <Field><Switch name="authorized" label="I am legally authorized to work in the United States" checked={form.authorized} onChange={(_, d) => set('authorized')(d.checked)} /></Field>
      <Field><Switch name="sponsorship" label="I will require Ashcombe to sponsor a work visa" checked={form.sponsorship} onChange={(_, d) => set('sponsorship')(d.checked)} /></Field>
      <Field><Switch name="clearance" label="I hold an active U.S. government security clearance" checked={form.clearance} onChange={(_, d) => set('clearance')(d.checked)} /></Field>
      <Certifications value={form.certifications} onChange={set('certifications')} />
      <Field label="How would you rate your Power BI skills?">
        <Rating name="powerBi" value={form.powerBi} onChange={(_, d) => set('powerBi')(d.value)} />
      </Field>
      <Field label="Cover letter"><Textarea name="coverLetter" rows={6} resize="vertical" {...text('coverLetter')} /></Field>
      <Checkbox name="consent" label="I agree to Ashcombe's recruitment privacy statement" checked={form.consent} onChange={(_, d) => set('consent')(!!d.checked)} />
      <div><Button id="submit" appearance="primary" type="submit">Submit application</Button></div>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<FluentProvider theme={webLightTheme}><Application /></FluentProvider>);
