/**
 * A startup's single-page application (Ashby-like SPA) built on React Aria Components: TextFields,
 * a ComboBox whose places come from a remote search (useAsyncList: each keystroke cancels the last
 * request, "Searching…" while it runs, only a picked place counts), a ComboBox over every
 * university rendered through a Virtualizer (only the rows in view are in the DOM), a Select, a
 * Slider for years, a FileTrigger, and per-posting questions as ToggleButtonGroups (yes/no as two
 * radio-like buttons), Switches, TagGroup chips, CheckboxGroups with an "Other" box, RadioGroup
 * cards and Selects. Each posting's app.jsx passes its questions to renderApplication. React state
 * is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Checkbox, CheckboxGroup, ComboBox, FileTrigger, Form, Input, Label, ListBox, ListBoxItem, ListLayout, Popover, Radio, RadioGroup,
  Select, SelectValue, Slider, SliderOutput, SliderThumb, SliderTrack, Switch, Tag, TagGroup, TagList, Text, TextArea, TextField,
  ToggleButton, ToggleButtonGroup, Virtualizer, useAsyncList, useFilter,
} from 'react-aria-components';
import countries from 'world-countries';

const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const UC = ['Berkeley', 'Davis', 'Irvine', 'Los Angeles', 'Merced', 'Riverside', 'San Diego', 'San Francisco', 'Santa Barbara', 'Santa Cruz'];
const CSU = ['Bakersfield', 'Chico', 'East Bay', 'Fresno', 'Fullerton', 'Long Beach', 'Los Angeles', 'Northridge', 'Sacramento', 'San Bernardino', 'San Marcos', 'Stanislaus'];
/** Every university the directory knows (a few hundred): rendered through a Virtualizer. */
const UNIVERSITIES = [...new Set([
  ...UC.map((campus) => `University of California, ${campus}`),
  'University of California, Berkeley Extension', 'Berkeley College', 'Berkeley City College', 'Graduate Theological Union, Berkeley',
  ...CSU.map((campus) => `California State University, ${campus}`),
  ...US_STATES.map((state) => `University of ${state}`),
  ...US_STATES.map((state) => `${state} State University`),
  ...countries.filter((country) => country.capital?.[0]).map((country) => `University of ${country.capital[0]}`),
  'Stanford University', 'Massachusetts Institute of Technology', 'Carnegie Mellon University', 'Georgia Institute of Technology', 'Rice University', 'Duke University',
])].sort((a, b) => a.localeCompare(b)).map((name, index) => ({ id: `u${1000 + index}`, name }));

/** What the places endpoint knows; the search answers after 450 ms. */
const PLACES = [
  'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Fernando, California, United States',
  'San Francisco de Macorís, Duarte, Dominican Republic', 'San Francisco del Rincón, Guanajuato, Mexico', 'Santa Fe, New Mexico, United States',
  'San Jose, California, United States', 'San Diego, California, United States', 'Oakland, California, United States', 'Berkeley, California, United States',
  'Seattle, Washington, United States', 'Portland, Oregon, United States', 'Denver, Colorado, United States', 'Austin, Texas, United States',
  'New York, New York, United States', 'Boston, Massachusetts, United States', 'Chicago, Illinois, United States', 'Toronto, Ontario, Canada',
  'Vancouver, British Columbia, Canada', 'London, England, United Kingdom', 'Dublin, Leinster, Ireland', 'Berlin, Berlin, Germany',
].map((name, index) => ({ id: `pl-${index + 1}`, name }));

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(new DOMException('aborted', 'AbortError')); });
  });
}

function PlaceSearch({ onChange }) {
  const list = useAsyncList({
    async load({ signal, filterText }) {
      const text = (filterText ?? '').trim().toLowerCase();
      if (text.length < 2) return { items: [] };
      await sleep(450, signal);
      return { items: PLACES.filter((place) => place.name.toLowerCase().includes(text)) };
    },
  });
  return (
    <ComboBox
      className="react-aria-ComboBox f-location"
      items={list.items}
      inputValue={list.filterText}
      onInputChange={list.setFilterText}
      onSelectionChange={(key) => onChange(PLACES.find((place) => place.id === key) ?? null)}
      allowsEmptyCollection
      menuTrigger="input"
    >
      <Label>Where are you based?</Label>
      <div className="row">
        <Input placeholder="Search for a city" />
        {list.isLoading ? <span className="spinner" aria-hidden="true">Searching…</span> : null}
      </div>
      <Text slot="description">Start typing and pick your city from the suggestions.</Text>
      <Popover>
        <ListBox renderEmptyState={() => <div className="empty">{list.isLoading ? 'Searching…' : 'No places found'}</div>}>
          {(item) => <ListBoxItem id={item.id}>{item.name}</ListBoxItem>}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

function UniversityPicker({ value, onChange }) {
  const { contains } = useFilter({ sensitivity: 'base' });
  return (
    <ComboBox className="react-aria-ComboBox f-school" defaultItems={UNIVERSITIES} defaultFilter={contains} selectedKey={value} onSelectionChange={onChange}>
      <Label>University</Label>
      <div className="row">
        <Input placeholder="Type or scroll" />
        <Button aria-label="Show all universities">▾</Button>
      </div>
      <Popover className="react-aria-Popover virtual">
        <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: 32 }}>
          <ListBox className="react-aria-ListBox vlist">{(item) => <ListBoxItem id={item.id}>{item.name}</ListBoxItem>}</ListBox>
        </Virtualizer>
      </Popover>
    </ComboBox>
  );
}

function PickOne({ question, value, onChange, className }) {
  return (
    <Select className={`react-aria-Select ${className}`} selectedKey={value || null} onSelectionChange={onChange} placeholder="Select an option">
      <Label>{question.label}</Label>
      <Button className="react-aria-Button trigger"><SelectValue /></Button>
      <Popover>
        <ListBox>{question.options.map((option) => <ListBoxItem key={option} id={option}>{option}</ListBoxItem>)}</ListBox>
      </Popover>
    </Select>
  );
}

function Question({ question, value, onChange }) {
  const cls = `q q-${question.key}`;
  switch (question.type) {
    case 'toggle':
      return (
        <div className={cls}>
          <span className="qlabel" id={`${question.key}-label`}>{question.label}</span>
          <ToggleButtonGroup aria-labelledby={`${question.key}-label`} selectionMode="single" selectedKeys={value ? [value] : []} onSelectionChange={(keys) => onChange([...keys][0] ?? '')}>
            {question.options.map((option) => <ToggleButton key={option} id={option}>{option}</ToggleButton>)}
          </ToggleButtonGroup>
        </div>
      );
    case 'switch':
      return (
        <div className={cls}>
          <Switch isSelected={value} onChange={onChange}><div className="indicator" />{question.label}</Switch>
        </div>
      );
    case 'tags':
      return (
        <TagGroup className={`react-aria-TagGroup ${cls}`} selectionMode="multiple" selectedKeys={value} onSelectionChange={(keys) => onChange([...keys])}>
          <Label>{question.label}</Label>
          <TagList>{question.options.map((option) => <Tag key={option} id={option}>{option}</Tag>)}</TagList>
          {question.hint ? <Text slot="description">{question.hint}</Text> : null}
        </TagGroup>
      );
    case 'checks':
      return (
        <div className={cls}>
          <CheckboxGroup value={value.picked} onChange={(picked) => onChange({ ...value, picked })}>
            <Label>{question.label}</Label>
            <Text slot="description">Select all that apply</Text>
            {question.options.map((option) => <Checkbox key={option} value={option}><div className="box" />{option}</Checkbox>)}
            <Checkbox value="Other"><div className="box" />Other</Checkbox>
          </CheckboxGroup>
          <TextField className="react-aria-TextField other" aria-label={`${question.label} — other`} value={value.other} onChange={(other) => onChange({ ...value, other })} isDisabled={!value.picked.includes('Other')}>
            <Input placeholder="Please specify" />
          </TextField>
        </div>
      );
    case 'cards':
      return (
        <RadioGroup className={`react-aria-RadioGroup cards ${cls}`} value={value || null} onChange={onChange}>
          <Label>{question.label}</Label>
          <div className="card-row">
            {question.options.map(([id, title, sub]) => (
              <Radio key={id} value={id} className="react-aria-Radio card"><strong>{title}</strong><span>{sub}</span></Radio>
            ))}
          </div>
        </RadioGroup>
      );
    case 'radio':
      return (
        <RadioGroup className={`react-aria-RadioGroup ${cls}`} value={value || null} onChange={onChange}>
          <Label>{question.label}</Label>
          {question.options.map((option) => <Radio key={option} value={option}>{option}</Radio>)}
        </RadioGroup>
      );
    case 'select':
      return <PickOne question={question} value={value} onChange={onChange} className={cls} />;
    case 'text':
      return <TextField className={`react-aria-TextField ${cls}`} value={value} onChange={onChange}><Label>{question.label}</Label><Input /></TextField>;
    case 'textarea':
      return <TextField className={`react-aria-TextField ${cls}`} value={value} onChange={onChange}><Label>{question.label}</Label><TextArea rows={4} /></TextField>;
    default:
      throw new Error(`unknown question type ${question.type}`);
  }
}

function initialAnswer(question) {
  if (question.type === 'switch') return false;
  if (question.type === 'tags') return [];
  if (question.type === 'checks') return { picked: [], other: '' };
  return '';
}

function Application({ posting }) {
  const [form, setForm] = useState({ fullName: '', email: '', phone: '', linkedin: '', location: '', school: '', degree: '', years: 0, resume: '' });
  const [answers, setAnswers] = useState(() => Object.fromEntries(posting.questions.map((question) => [question.key, initialAnswer(question)])));
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const model = { ...form, answers };
  if (sent) return <div id="application-sent"><h2>Application sent</h2><p>Thanks for applying to {posting.company}.</p><pre id="model">{JSON.stringify(model, null, 2)}</pre></div>;
  return (
    <Form onSubmit={(event) => { event.preventDefault(); setSent(true); }}>
      <h1>{posting.title}</h1>
      <p className="where">{posting.company} · {posting.where}</p>
      <TextField className="react-aria-TextField f-name" value={form.fullName} onChange={set('fullName')} isRequired><Label>Full name</Label><Input /></TextField>
      <TextField className="react-aria-TextField f-email" type="email" value={form.email} onChange={set('email')} isRequired><Label>Email</Label><Input /></TextField>
      <TextField className="react-aria-TextField f-phone" type="tel" value={form.phone} onChange={set('phone')}><Label>Phone</Label><Input /></TextField>
      <PlaceSearch onChange={(next) => set('location')(next?.name ?? '')} />
      <TextField className="react-aria-TextField f-linkedin" value={form.linkedin} onChange={set('linkedin')}><Label>LinkedIn URL</Label><Input /></TextField>
      <div className="f-resume">
        <span className="qlabel">Resume</span>
        <FileTrigger acceptedFileTypes={['application/pdf', '.doc', '.docx']} onSelect={(files) => set('resume')(files?.[0]?.name ?? '')}>
          <Button className="react-aria-Button upload">Upload file</Button>
        </FileTrigger>
        <span className="file-name">{form.resume || 'No file chosen'}</span>
      </div>
      <h2>Education &amp; experience</h2>
      <UniversityPicker value={UNIVERSITIES.find((university) => university.name === form.school)?.id ?? null} onChange={(key) => set('school')(UNIVERSITIES.find((university) => university.id === key)?.name ?? '')} />
      <PickOne className="f-degree" question={{ label: 'Highest degree earned', options: ['High school or equivalent', 'Associate degree', "Bachelor's (BA / BS)", "Master's (MA / MS / MBA)", 'Doctorate (PhD)', 'Other'] }} value={form.degree} onChange={set('degree')} />
      <Slider className="react-aria-Slider f-years" minValue={0} maxValue={20} value={form.years} onChange={set('years')}>
        <div className="slider-head"><Label>Years of relevant experience</Label><SliderOutput>{({ state }) => `${state.getThumbValue(0)}${state.getThumbValue(0) === 20 ? '+' : ''} yrs`}</SliderOutput></div>
        <SliderTrack><SliderThumb /></SliderTrack>
      </Slider>
      <h2>{posting.questionsTitle}</h2>
      {posting.questions.map((question) => (
        <Question key={question.key} question={question} value={answers[question.key]} onChange={(value) => setAnswers((current) => ({ ...current, [question.key]: value }))} />
      ))}
      <Button type="submit" className="react-aria-Button submit">Submit application</Button>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </Form>
  );
}

export function renderApplication(posting) {
  document.title = `${posting.title} · ${posting.company}`;
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}

export { UNIVERSITIES };
