/**
 * A Denver retailer's careers page on react-aria-components 1.x: TextField (Label / Input / Text
 * slot=description), ComboBox and Select (Popover + ListBox), RadioGroup of Radio (visually hidden
 * inputs inside labels), DatePicker whose DateInput is month / day / year spinbutton segments,
 * NumberField with a USD currency format, FileTrigger (a Button opening a hidden input), Checkbox.
 * react-hook-form holds the state through Controllers; the posting's questions come from posting.js;
 * watch() mirrors the values into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import {
  Button, Calendar, CalendarCell, CalendarGrid, Checkbox, ComboBox, DateInput, DatePicker, DateSegment, Dialog, FileTrigger, Group, Heading, Input, Label,
  ListBox, ListBoxItem, NumberField, Popover, Radio, RadioGroup, Select, SelectValue, Text, TextArea, TextField,
} from 'react-aria-components';
import { parseDate } from '@internationalized/date';
import { posting } from './posting.js';

const pairs = (items) => items.map((item) => (Array.isArray(item) ? item : [item, item]));

function Control({ f, value, onChange }) {
  const desc = f.help ? <Text slot="description">{f.help}</Text> : null;
  switch (f.type) {
    case 'select':
      return (
        <Select selectedKey={value || null} onSelectionChange={(k) => onChange(k ?? '')} placeholder={f.placeholder ?? 'Select an option'}>
          <Label>{f.label}</Label>
          <Button><SelectValue /><span aria-hidden="true" className="bc-chevron" /></Button>
          {desc}
          <Popover><ListBox>{pairs(f.items).map(([v, l]) => <ListBoxItem key={v} id={v} textValue={l}>{l}</ListBoxItem>)}</ListBox></Popover>
        </Select>
      );
    case 'combo':
      return (
        <ComboBox selectedKey={value || null} onSelectionChange={(k) => onChange(k ?? '')} menuTrigger="focus">
          <Label>{f.label}</Label>
          <div className="bc-combo"><Input placeholder={f.placeholder} /><Button aria-label="Show suggestions"><span aria-hidden="true" className="bc-chevron" /></Button></div>
          {desc}
          <Popover><ListBox>{pairs(f.items).map(([v, l]) => <ListBoxItem key={v} id={v} textValue={l}>{l}</ListBoxItem>)}</ListBox></Popover>
        </ComboBox>
      );
    case 'radio':
      return (
        <RadioGroup value={value || null} onChange={onChange} name={f.key} orientation={f.vertical ? 'vertical' : 'horizontal'}>
          <Label>{f.label}</Label>
          {pairs(f.items).map(([v, l]) => <Radio key={v} value={v}>{l}</Radio>)}
          {desc}
        </RadioGroup>
      );
    case 'checkbox':
      return <Checkbox isSelected={!!value} onChange={onChange} name={f.key}><div className="bc-box" aria-hidden="true" />{f.label}</Checkbox>;
    case 'date':
      return (
        <DatePicker value={value ? parseDate(value) : null} onChange={(d) => onChange(d ? d.toString() : '')} name={f.key}>
          <Label>{f.label}</Label>
          <Group className="bc-group"><DateInput>{(segment) => <DateSegment segment={segment} />}</DateInput><Button aria-label="Open calendar">📅</Button></Group>
          {desc}
          <Popover><Dialog><Calendar>
            <header><Button slot="previous">‹</Button><Heading /><Button slot="next">›</Button></header>
            <CalendarGrid>{(date) => <CalendarCell date={date} />}</CalendarGrid>
          </Calendar></Dialog></Popover>
        </DatePicker>
      );
    case 'number':
      return (
        <NumberField value={value ?? NaN} onChange={(n) => onChange(Number.isNaN(n) ? null : n)} name={f.key} minValue={0}
          formatOptions={f.currency ? { style: 'currency', currency: f.currency, maximumFractionDigits: 0 } : { maximumFractionDigits: 0 }}>
          <Label>{f.label}</Label>
          <Group className="bc-group"><Input placeholder={f.placeholder} /></Group>
          {desc}
        </NumberField>
      );
    case 'file':
      return (
        <div className="bc-file">
          <span className="react-aria-Label" id={`bc-${f.key}-label`}>{f.label}</span>
          <FileTrigger acceptedFileTypes={['application/pdf', '.doc', '.docx']} onSelect={(files) => onChange(files?.[0]?.name ?? '')}>
            <Button aria-describedby={`bc-${f.key}-label`}>Upload file</Button>
          </FileTrigger>
          <span className="bc-filename">{value || 'No file chosen'}</span>
          {f.help && <p className="bc-help">{f.help}</p>}
        </div>
      );
    case 'textarea':
      return <TextField value={value} onChange={onChange} name={f.key}><Label>{f.label}</Label><TextArea rows={6} />{desc}</TextField>;
    default:
      return (
        <TextField value={value} onChange={onChange} name={f.key} type={f.input ?? 'text'}>
          <Label>{f.label}</Label><Input placeholder={f.placeholder} autoComplete={f.autoComplete} />{desc}
        </TextField>
      );
  }
}

function App() {
  const [sent, setSent] = useState(false);
  const all = posting.sections.flatMap((s) => s.fields);
  const init = (f) => (f.type === 'checkbox' ? false : f.type === 'number' ? null : f.initial ?? '');
  const { control, handleSubmit, watch } = useForm({ defaultValues: Object.fromEntries(all.map((f) => [f.key, init(f)])) });
  const values = watch();
  if (sent) return <div id="bc-done"><h2>You're all set!</h2><p>We received your application and will get back to you soon.</p></div>;
  return (
    <>
      <form id="bc-apply" onSubmit={handleSubmit(() => setSent(true))} noValidate>
        {posting.sections.map((s) => (
          <section key={s.title} className="bc-section">
            <h2>{s.title}</h2>
            {s.fields.map((f) => (
              <div key={f.key} className="bc-field" data-field={f.key}>
                <Controller name={f.key} control={control} render={({ field }) => <Control f={f} value={field.value} onChange={field.onChange} />} />
              </div>
            ))}
          </section>
        ))}
        <Button type="submit" id="bc-submit" className="react-aria-Button bc-submit">Submit application</Button>
      </form>
      <pre id="model">{JSON.stringify(values, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
