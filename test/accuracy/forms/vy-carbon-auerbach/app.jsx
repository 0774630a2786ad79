/**
 * A Munich company's careers page on IBM Carbon React v11 (`@carbon/react`): TextInput and TextArea
 * with helper text, Dropdown (button.cds--list-box__field, menu rendered while open), ComboBox
 * (filtering input), RadioButtonGroup, the flatpickr DatePicker with a German `d.m.Y` format,
 * Checkbox and FileUploaderDropContainer. TanStack Form holds the state (form.Field per control);
 * the posting's questions come from posting.js; form.useStore mirrors the values into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, useStore } from '@tanstack/react-form';
import {
  Button, Checkbox, ComboBox, DatePicker, DatePickerInput, Dropdown, FileUploaderDropContainer, RadioButton, RadioButtonGroup, TextArea, TextInput,
} from '@carbon/react';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const toItems = (items) => (items === '@countries' ? COUNTRIES : items).map((item) => (Array.isArray(item) ? { id: item[0], label: item[1] } : { id: item, label: item }));

function Control({ f, field }) {
  const id = `ab-${f.key}`;
  const value = field.state.value;
  const set = field.handleChange;
  switch (f.type) {
    case 'select': {
      const items = toItems(f.items);
      return <Dropdown id={id} titleText={f.label} helperText={f.help} label={f.placeholder ?? 'Choose an option'} items={items} itemToString={(i) => i?.label ?? ''}
        selectedItem={items.find((i) => i.id === value) ?? null} onChange={({ selectedItem }) => set(selectedItem?.id ?? '')} />;
    }
    case 'combo': {
      const items = toItems(f.items);
      return <ComboBox id={id} titleText={f.label} helperText={f.help} placeholder={f.placeholder ?? 'Filter…'} items={items} itemToString={(i) => i?.label ?? ''}
        selectedItem={items.find((i) => i.id === value) ?? null} onChange={({ selectedItem }) => set(selectedItem?.id ?? '')} />;
    }
    case 'radio':
      return (
        <RadioButtonGroup legendText={f.label} name={f.key} valueSelected={value} onChange={(v) => set(v)} orientation={f.vertical ? 'vertical' : 'horizontal'} helperText={f.help}>
          {toItems(f.items).map((i) => <RadioButton key={i.id} id={`${id}-${i.id}`} labelText={i.label} value={i.id} />)}
        </RadioButtonGroup>
      );
    case 'checkbox':
      return <Checkbox id={id} labelText={f.label} checked={!!value} onChange={(_, { checked }) => set(checked)} />;
    case 'date':
      return (
        <DatePicker datePickerType="single" dateFormat={f.format ?? 'd.m.Y'} value={value} onChange={(_, text) => set(text)}>
          <DatePickerInput id={id} labelText={f.label} placeholder={f.placeholder ?? 'dd.mm.yyyy'} helperText={f.help} />
        </DatePicker>
      );
    case 'file':
      return (
        <div className="cds--file__container">
          <p className="cds--file--label">{f.label}</p>
          <p className="cds--label-description">{f.help}</p>
          <FileUploaderDropContainer id={id} name={f.key} labelText="Drag and drop a file here or click to upload" accept={['.pdf', '.docx', '.txt']}
            onAddFiles={(_, { addedFiles }) => set(addedFiles?.[0]?.name ?? '')} />
          {value && <div className="cds--file__selected-file"><p className="cds--file-filename">{value}</p></div>}
        </div>
      );
    case 'textarea':
      return <TextArea id={id} labelText={f.label} helperText={f.help} rows={6} value={value} onChange={(e) => set(e.target.value)} onBlur={field.handleBlur} />;
    default:
      return <TextInput id={id} labelText={f.label} helperText={f.help} type={f.input ?? 'text'} placeholder={f.placeholder} value={value} onChange={(e) => set(e.target.value)} onBlur={field.handleBlur} />;
  }
}

function App() {
  const [sent, setSent] = useState(false);
  const all = posting.sections.flatMap((s) => s.fields);
  const form = useForm({
    defaultValues: Object.fromEntries(all.map((f) => [f.key, f.type === 'checkbox' ? false : f.initial ?? ''])),
    onSubmit: () => setSent(true),
  });
  const values = useStore(form.store, (s) => s.values);
  if (sent) return <div id="ab-done"><h2>Thank you for your application!</h2><p>You will receive a confirmation email shortly.</p></div>;
  return (
    <>
      <form id="ab-form" className="cds--form" noValidate onSubmit={(e) => { e.preventDefault(); form.handleSubmit(); }}>
        {posting.sections.map((s) => (
          <fieldset key={s.title} className="cds--fieldset ab-section">
            <legend className="cds--label ab-legend">{s.title}</legend>
            {s.fields.map((f) => (
              <div key={f.key} className="cds--form-item ab-item" data-field={f.key}>
                <form.Field name={f.key}>{(field) => <Control f={f} field={field} />}</form.Field>
              </div>
            ))}
          </fieldset>
        ))}
        <Button id="ab-submit" kind="primary" type="submit">Send application</Button>
      </form>
      <pre id="model">{JSON.stringify(values, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
