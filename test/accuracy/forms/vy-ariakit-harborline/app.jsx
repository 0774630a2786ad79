/**
 * Careers page of a US health-data company built on Ariakit 0.4 (`@ariakit/react`): Select (button
 * role=combobox + portalled SelectPopover), Combobox with a filtered popover, RadioProvider /
 * RadioGroup / Radio, Checkbox. react-hook-form holds the state (Controller for every widget); the
 * posting's questions come from posting.js. The state is mirrored into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import {
  Checkbox, Combobox, ComboboxItem, ComboboxLabel, ComboboxPopover, ComboboxProvider, Radio, RadioGroup, RadioProvider,
  Select, SelectArrow, SelectItem, SelectLabel, SelectPopover, SelectProvider,
} from '@ariakit/react';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const pairs = (items) => (items === '@countries' ? COUNTRIES : items).map((item) => (Array.isArray(item) ? item : [item, item]));

function AkSelect({ field, control }) {
  const items = pairs(field.items);
  return (
    <Controller name={field.key} control={control} render={({ field: f }) => (
      <SelectProvider value={f.value} setValue={f.onChange}>
        <SelectLabel className="hl-label">{field.label}</SelectLabel>
        <Select className="hl-select" onBlur={f.onBlur}>
          {items.find(([v]) => v === f.value)?.[1] ?? <span className="hl-placeholder">{field.placeholder ?? 'Select…'}</span>}
          <SelectArrow className="hl-caret" />
        </Select>
        <SelectPopover gutter={4} sameWidth className="hl-popover">
          {items.map(([v, l]) => <SelectItem key={v} value={v} className="hl-item">{l}</SelectItem>)}
        </SelectPopover>
      </SelectProvider>
    )} />
  );
}

function AkCombobox({ field, control }) {
  return (
    <Controller name={field.key} control={control} render={({ field: f }) => {
      const q = String(f.value ?? '').toLowerCase();
      const matches = field.items.filter((item) => item.toLowerCase().includes(q));
      return (
        <ComboboxProvider value={f.value} setValue={f.onChange}>
          <ComboboxLabel className="hl-label">{field.label}</ComboboxLabel>
          <Combobox className="hl-input" placeholder={field.placeholder} autoSelect onBlur={f.onBlur} />
          <ComboboxPopover gutter={4} sameWidth className="hl-popover">
            {matches.length ? matches.map((item) => <ComboboxItem key={item} value={item} className="hl-item" />) : <div className="hl-empty">No matches</div>}
          </ComboboxPopover>
        </ComboboxProvider>
      );
    }} />
  );
}

function AkRadios({ field, control }) {
  const labelId = `hl-${field.key}-label`;
  return (
    <Controller name={field.key} control={control} render={({ field: f }) => (
      <RadioProvider value={f.value} setValue={f.onChange}>
        <div id={labelId} className="hl-label">{field.label}</div>
        <RadioGroup aria-labelledby={labelId} className="hl-radios">
          {pairs(field.items).map(([v, l]) => <label key={v} className="hl-radio"><Radio value={v} name={field.key} /> {l}</label>)}
        </RadioGroup>
      </RadioProvider>
    )} />
  );
}

function AkCheckbox({ field, control }) {
  return (
    <Controller name={field.key} control={control} render={({ field: f }) => (
      <label className="hl-check"><Checkbox checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)} name={field.key} /> <span>{field.label}</span></label>
    )} />
  );
}

function Row({ field, register, control, setValue }) {
  const id = `hl-${field.key}`;
  let body;
  if (field.type === 'select') body = <AkSelect field={field} control={control} />;
  else if (field.type === 'combo') body = <AkCombobox field={field} control={control} />;
  else if (field.type === 'radio') body = <AkRadios field={field} control={control} />;
  else if (field.type === 'checkbox') body = <AkCheckbox field={field} control={control} />;
  else if (field.type === 'file')
    body = (<>
      <label htmlFor={id} className="hl-label">{field.label}</label>
      <input id={id} type="file" accept={field.accept ?? '.pdf,.doc,.docx,.txt'} onChange={(e) => setValue(field.key, e.target.files?.[0]?.name ?? '')} />
    </>);
  else if (field.type === 'textarea')
    body = (<><label htmlFor={id} className="hl-label">{field.label}</label><textarea id={id} rows={6} className="hl-input" {...register(field.key)} /></>);
  else
    body = (<>
      <label htmlFor={id} className="hl-label">{field.label}</label>
      <div className="hl-inputwrap">
        {field.prefix && <span className="hl-prefix">{field.prefix}</span>}
        <input id={id} type={field.input ?? 'text'} className="hl-input" placeholder={field.placeholder} maxLength={field.maxLength} autoComplete={field.autoComplete} {...register(field.key)} />
        {field.suffix && <span className="hl-suffix">{field.suffix}</span>}
      </div>
    </>);
  return (
    <div className={`hl-field hl-field--${field.type}`} data-field={field.key}>
      {body}
      {field.help && <p className="hl-help">{field.help}</p>}
    </div>
  );
}

function App() {
  const defaults = Object.fromEntries(posting.sections.flatMap((s) => s.fields).map((f) => [f.key, f.type === 'checkbox' ? false : f.initial ?? '']));
  const { register, control, setValue, watch, handleSubmit } = useForm({ defaultValues: defaults });
  const [sent, setSent] = useState(false);
  const values = watch();
  if (sent) return <div id="hl-done"><h2>Thanks — your application is in.</h2><p>Our recruiting team reviews every application within two weeks.</p></div>;
  return (
    <>
      <form id="hl-apply" noValidate onSubmit={handleSubmit(() => setSent(true))}>
        <h2>Apply for this role</h2>
        {posting.sections.map((s) => (
          <fieldset key={s.title} className="hl-section"><legend>{s.title}</legend>
            {s.fields.map((f) => <Row key={f.key} field={f} register={register} control={control} setValue={setValue} />)}
          </fieldset>
        ))}
        <button id="hl-submit" type="submit" className="hl-button">Submit application</button>
      </form>
      <pre id="model">{JSON.stringify(values, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
