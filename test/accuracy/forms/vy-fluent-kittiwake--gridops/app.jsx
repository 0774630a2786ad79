/**
 * A London company's careers page on Fluent UI React v9 (`@fluentui/react-components`): Field
 * (label, hint, required), Input (contentBefore / contentAfter), Textarea, Dropdown (button
 * role=combobox, options in a portalled listbox), Combobox (typing input, filtered options),
 * RadioGroup of native radios, Checkbox, and a native file input inside a Field. Formik holds the
 * state; the posting's questions come from posting.js; the values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Formik, Form, useFormikContext } from 'formik';
import {
  Button, Checkbox, Combobox, Dropdown, Field, FluentProvider, Input, Option, Radio, RadioGroup, Textarea, webLightTheme,
} from '@fluentui/react-components';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const pairs = (items) => (items === '@countries' ? COUNTRIES : items).map((item) => (Array.isArray(item) ? item : [item, item]));

function FlDropdown({ field }) {
  const { values, setFieldValue } = useFormikContext();
  const items = pairs(field.items);
  const value = values[field.key];
  const shown = items.find(([v]) => v === value)?.[1] ?? '';
  return (
    <Field label={field.label} hint={field.help} required={field.required}>
      <Dropdown placeholder={field.placeholder ?? 'Select an option'} value={shown} selectedOptions={value ? [value] : []}
        onOptionSelect={(_, data) => setFieldValue(field.key, data.optionValue ?? '')}>
        {items.map(([v, l]) => <Option key={v} value={v} text={l}>{l}</Option>)}
      </Dropdown>
    </Field>
  );
}

function FlCombobox({ field }) {
  const { values, setFieldValue } = useFormikContext();
  const items = pairs(field.items);
  const value = values[field.key];
  const chosen = items.find(([v]) => v === value)?.[1] ?? '';
  const [query, setQuery] = useState(null);
  const text = query ?? chosen;
  const shownItems = query ? items.filter(([, l]) => l.toLowerCase().includes(query.toLowerCase())) : items;
  return (
    <Field label={field.label} hint={field.help} required={field.required}>
      <Combobox placeholder={field.placeholder ?? 'Start typing'} value={text} selectedOptions={value ? [value] : []}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, data) => { setFieldValue(field.key, data.optionValue ?? ''); setQuery(null); }}
        onBlur={() => setQuery(null)}>
        {shownItems.length ? shownItems.map(([v, l]) => <Option key={v} value={v} text={l}>{l}</Option>) : <Option disabled value="" text="">No results</Option>}
      </Combobox>
    </Field>
  );
}

function Row({ field }) {
  const { values, setFieldValue, handleChange } = useFormikContext();
  let body;
  if (field.type === 'select') body = <FlDropdown field={field} />;
  else if (field.type === 'combo') body = <FlCombobox field={field} />;
  else if (field.type === 'radio')
    body = (
      <Field label={field.label} required={field.required}>
        <RadioGroup name={field.key} value={values[field.key]} layout={field.vertical ? 'vertical' : 'horizontal'} onChange={(_, d) => setFieldValue(field.key, d.value)}>
          {pairs(field.items).map(([v, l]) => <Radio key={v} value={v} label={l} />)}
        </RadioGroup>
      </Field>
    );
  else if (field.type === 'checkbox')
    body = <Checkbox name={field.key} checked={!!values[field.key]} onChange={(_, d) => setFieldValue(field.key, !!d.checked)} label={field.label} />;
  else if (field.type === 'file')
    body = (
      <Field label={field.label} hint={field.help} required={field.required}>
        <input type="file" name={field.key} accept=".pdf,.doc,.docx,.txt" onChange={(e) => setFieldValue(field.key, e.target.files?.[0]?.name ?? '')} />
      </Field>
    );
  else if (field.type === 'textarea')
    body = (
      <Field label={field.label} hint={field.help}>
        <Textarea name={field.key} value={values[field.key]} onChange={handleChange} resize="vertical" rows={6} />
      </Field>
    );
  else
    body = (
      <Field label={field.label} hint={field.help} required={field.required}>
        <Input name={field.key} type={field.input ?? 'text'} value={values[field.key]} onChange={handleChange} placeholder={field.placeholder}
          contentBefore={field.prefix} contentAfter={field.suffix} autoComplete={field.autoComplete} />
      </Field>
    );
  return <div className={`kw-field kw-${field.type}`} data-field={field.key}>{body}</div>;
}

function Mirror() {
  const { values } = useFormikContext();
  return <pre id="model">{JSON.stringify(values, null, 1)}</pre>;
}

function App() {
  const [sent, setSent] = useState(false);
  const all = posting.sections.flatMap((s) => s.fields);
  const initial = Object.fromEntries(all.map((f) => [f.key, f.type === 'checkbox' ? false : f.initial ?? '']));
  if (sent) return <div id="kw-done"><h2>Application received</h2><p>Thank you. We'll be in touch within ten working days.</p></div>;
  return (
    <FluentProvider theme={webLightTheme}>
      <Formik initialValues={initial} onSubmit={() => setSent(true)}>
        <Form id="kw-application" noValidate>
          {posting.sections.map((s) => (
            <section key={s.title} className="kw-section" aria-labelledby={`kw-${s.title.replace(/\W+/g, '-')}`}>
              <h3 id={`kw-${s.title.replace(/\W+/g, '-')}`}>{s.title}</h3>
              {s.fields.map((f) => <Row key={f.key} field={f} />)}
            </section>
          ))}
          <Button appearance="primary" type="submit" id="kw-submit">Submit application</Button>
          <Mirror />
        </Form>
      </Formik>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
