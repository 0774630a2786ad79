/**
 * A Pittsburgh developer-tools company's careers page on Primer React (`@primer/react` + primitives
 * CSS): FormControl (Label / Caption), TextInput with leading / trailing visuals, native Primer
 * Select, Autocomplete (Input + Overlay + Menu, single selection), ActionMenu single-select lists
 * (menuitemradio) for buckets and pronouns, RadioGroup of Radios, Checkbox, Textarea, and a
 * `Button as="label"` over a visually hidden file input. Formik (useFormik) holds the state; the
 * posting's questions come from posting.js; the values are mirrored into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useFormik } from 'formik';
import '@primer/primitives/dist/css/primitives.css';
import '@primer/primitives/dist/css/functional/themes/light.css';
import {
  ActionList, ActionMenu, Autocomplete, BaseStyles, Button, Checkbox, FormControl, Radio, RadioGroup, Select, Textarea, TextInput, ThemeProvider,
} from '@primer/react';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const pairs = (items) => (items === '@countries' ? COUNTRIES : items).map((item) => (Array.isArray(item) ? item : [item, item]));

function Place({ f, formik }) {
  const [text, setText] = useState('');
  const items = f.items.map((t, i) => ({ id: `loc-${i}`, text: t }));
  const labelId = `${f.key}-label`;
  return (
    <FormControl required={f.required}>
      <FormControl.Label id={labelId}>{f.label}</FormControl.Label>
      <Autocomplete>
        <Autocomplete.Input block value={text} onChange={(e) => setText(e.target.value)} placeholder={f.placeholder} />
        <Autocomplete.Overlay>
          <Autocomplete.Menu items={items} selectedItemIds={items.filter((i) => i.text === formik.values[f.key]).map((i) => i.id)} selectionVariant="single"
            aria-labelledby={labelId} emptyStateText="No matching places"
            onSelectedChange={(sel) => { const item = Array.isArray(sel) ? sel[0] : sel; formik.setFieldValue(f.key, item ? item.text : ''); if (item) setText(item.text); }} />
        </Autocomplete.Overlay>
      </Autocomplete>
      {f.help && <FormControl.Caption>{f.help}</FormControl.Caption>}
    </FormControl>
  );
}

function Menu({ f, formik }) {
  const items = pairs(f.items);
  const value = formik.values[f.key];
  const labelId = `${f.key}-label`;
  return (
    <div className="fe-menu">
      <span className="fe-label" id={labelId}>{f.label}</span>
      <ActionMenu>
        <ActionMenu.Button id={`${f.key}-button`} aria-labelledby={`${labelId} ${f.key}-button`}>{items.find(([v]) => v === value)?.[1] ?? (f.placeholder ?? 'Select')}</ActionMenu.Button>
        <ActionMenu.Overlay width="medium">
          <ActionList selectionVariant="single" aria-label={f.label}>
            {items.map(([v, l]) => <ActionList.Item key={v} selected={v === value} onSelect={() => formik.setFieldValue(f.key, v)}>{l}</ActionList.Item>)}
          </ActionList>
        </ActionMenu.Overlay>
      </ActionMenu>
      {f.help && <p className="fe-caption">{f.help}</p>}
    </div>
  );
}

function Control({ f, formik }) {
  const v = formik.values[f.key];
  switch (f.type) {
    case 'combo': return <Place f={f} formik={formik} />;
    case 'menu': return <Menu f={f} formik={formik} />;
    case 'select':
      return (
        <FormControl required={f.required}>
          <FormControl.Label>{f.label}</FormControl.Label>
          <Select block name={f.key} value={v} onChange={formik.handleChange}>
            <Select.Option value="" disabled={false}>{f.placeholder ?? 'Select'}</Select.Option>
            {pairs(f.items).map(([val, l]) => <Select.Option key={val} value={val}>{l}</Select.Option>)}
          </Select>
          {f.help && <FormControl.Caption>{f.help}</FormControl.Caption>}
        </FormControl>
      );
    case 'radio':
      return (
        <RadioGroup name={f.key} required={f.required} onChange={(val) => formik.setFieldValue(f.key, val)}>
          <RadioGroup.Label>{f.label}</RadioGroup.Label>
          {pairs(f.items).map(([val, l]) => (
            <FormControl key={val}><Radio value={val} checked={v === val} /><FormControl.Label>{l}</FormControl.Label></FormControl>
          ))}
        </RadioGroup>
      );
    case 'checkbox':
      return (
        <FormControl required={f.required}>
          <Checkbox name={f.key} checked={!!v} onChange={(e) => formik.setFieldValue(f.key, e.target.checked)} />
          <FormControl.Label>{f.label}</FormControl.Label>
        </FormControl>
      );
    case 'file':
      return (
        <div className="fe-file">
          <span className="fe-label" id={`${f.key}-label`}>{f.label}</span>
          <Button as="label" htmlFor={`${f.key}-input`} aria-describedby={`${f.key}-label`}>Choose file</Button>
          <input id={`${f.key}-input`} className="fe-visually-hidden" type="file" name={f.key} accept=".pdf,.doc,.docx,.txt" onChange={(e) => formik.setFieldValue(f.key, e.target.files?.[0]?.name ?? '')} />
          <span className="fe-filename">{v || 'No file chosen'}</span>
          {f.help && <p className="fe-caption">{f.help}</p>}
        </div>
      );
    case 'textarea':
      return (
        <FormControl required={f.required}>
          <FormControl.Label>{f.label}</FormControl.Label>
          <Textarea block name={f.key} rows={6} value={v} onChange={formik.handleChange} />
          {f.help && <FormControl.Caption>{f.help}</FormControl.Caption>}
        </FormControl>
      );
    default:
      return (
        <FormControl required={f.required}>
          <FormControl.Label>{f.label}</FormControl.Label>
          <TextInput block name={f.key} type={f.input ?? 'text'} value={v} onChange={formik.handleChange} onBlur={formik.handleBlur} placeholder={f.placeholder}
            leadingVisual={f.prefix} trailingVisual={f.suffix} autoComplete={f.autoComplete} />
          {f.help && <FormControl.Caption>{f.help}</FormControl.Caption>}
        </FormControl>
      );
  }
}

function App() {
  const [sent, setSent] = useState(false);
  const all = posting.sections.flatMap((s) => s.fields);
  const formik = useFormik({ initialValues: Object.fromEntries(all.map((f) => [f.key, f.type === 'checkbox' ? false : f.initial ?? ''])), onSubmit: () => setSent(true) });
  if (sent) return <div id="fe-done"><h2>Application submitted</h2><p>Thanks! You'll hear from a recruiter within a week.</p></div>;
  return (
    <>
      <form id="fe-apply" onSubmit={formik.handleSubmit} noValidate>
        {posting.sections.map((s) => (
          <section key={s.title} className="fe-section Box">
            <h2 className="fe-h2">{s.title}</h2>
            {s.fields.map((f) => <div key={f.key} className="fe-field" data-field={f.key}><Control f={f} formik={formik} /></div>)}
          </section>
        ))}
        <Button variant="primary" type="submit" id="fe-submit">Submit application</Button>
      </form>
      <pre id="model">{JSON.stringify(formik.values, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<ThemeProvider><BaseStyles><App /></BaseStyles></ThemeProvider>);
