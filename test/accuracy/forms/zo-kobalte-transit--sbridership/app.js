// A transit-data startup's SolidStart careers page: Kobalte primitives, Solid stores, no JSX compiler
// on this page (hyperscript from solid-js/h).
import hyper from 'solid-js/h';
import { render } from 'solid-js/web';
import { createSignal, createEffect } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField, Select, Combobox, RadioGroup, NumberField, Checkbox, Switch, Button } from '@kobalte/core';
import * as SegmentedControl from '@kobalte/core/segmented-control';
import * as FileField from '@kobalte/core/file-field';
import * as Rating from '@kobalte/core/rating';

// solid-js/h chokes on null props and holes: drop them.
const h = (tag, props, ...children) => hyper(tag, props ?? {}, ...children.flat().filter((c) => c != null));

const PLACES = [
  'San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco de Macorís, Dominican Republic', 'San Jose, CA, USA',
  'Santa Fe, NM, USA', 'Oakland, CA, USA', 'Seattle, WA, USA', 'Portland, OR, USA', 'New York, NY, USA', 'Austin, TX, USA', 'Chicago, IL, USA', 'Toronto, ON, Canada',
];
const DIALS = ['🇺🇸 +1', '🇨🇦 +1', '🇬🇧 +44', '🇩🇪 +49', '🇫🇷 +33', '🇮🇳 +91', '🇲🇽 +52'];
const DEGREES = ['High school diploma or GED', "Associate's degree", "Bachelor's degree", "Master's degree", 'PhD', 'Bootcamp / self-taught'];
const PRONOUNS = ['He/him', 'She/her', 'They/them', 'Prefer to self-describe', 'Prefer not to say'];
const STARTS = ['Immediately', 'Within 1 month', '1–3 months', '3+ months'];

const [form, setForm] = createStore({
  firstName: '', lastName: '', email: '', dialCode: '🇺🇸 +1', phone: '', location: null, linkedin: '', github: '',
  company: '', title: '', years: null, salary: null, degree: null, pronouns: null, start: null,
  workAuth: '', sponsorship: '', dbtRating: 0, relocate: false, resume: '', coverLetter: '', gtfs: '', consent: false,
});
const [submitted, setSubmitted] = createSignal(false);
const [errors, setErrors] = createStore({});

createEffect(() => {
  document.getElementById('model').textContent = JSON.stringify({ ...form }, null, 1);
});

const set = (key) => (v) => setForm(key, v);

function textField(key, label, opts = {}) {
  return h(TextField.Root, {
    class: 'kf-field', name: key, value: () => form[key], onChange: set(key),
    validationState: () => (errors[key] ? 'invalid' : 'valid'), required: !!opts.required,
  }, [
    h(TextField.Label, { class: 'kf-label' }, label),
    opts.multiline
      ? h(TextField.TextArea, { class: 'kf-input kf-textarea', autoResize: true, placeholder: opts.placeholder })
      : h(TextField.Input, { class: 'kf-input', type: opts.type ?? 'text', placeholder: opts.placeholder, autocomplete: opts.autocomplete }),
    opts.description ? h(TextField.Description, { class: 'kf-desc' }, opts.description) : null,
    h(TextField.ErrorMessage, { class: 'kf-error' }, () => errors[key]),
  ]);
}

function select(key, label, options, placeholder, { triggerLabel, ...extra } = {}) {
  return h(Select.Root, {
    class: 'kf-field', name: key, options, placeholder, value: () => form[key], onChange: set(key),
    validationState: () => (errors[key] ? 'invalid' : 'valid'),
    itemComponent: () => (p) => h(Select.Item, { item: p.item, class: 'kf-item' }, [h(Select.ItemLabel, null, p.item.rawValue), h(Select.ItemIndicator, { class: 'kf-check' }, '✓')]),
    ...extra,
  }, [
    h(Select.HiddenSelect),
    label ? h(Select.Label, { class: 'kf-label' }, label) : null,
    h(Select.Trigger, { class: 'kf-trigger', 'aria-label': triggerLabel }, [
      h(Select.Value, { class: 'kf-value' }, (state) => state.selectedOption()),
      h(Select.Icon, { class: 'kf-icon' }, '▾'),
    ]),
    h(Select.ErrorMessage, { class: 'kf-error' }, () => errors[key]),
    h(Select.Portal, null, h(Select.Content, { class: 'kf-content' }, h(Select.Listbox, { class: 'kf-listbox' }))),
  ]);
}

function yesNo(key, label) {
  return h(RadioGroup.Root, { class: 'kf-field kf-radio-group', name: key, value: () => form[key], onChange: set(key), validationState: () => (errors[key] ? 'invalid' : 'valid') }, [
    h(RadioGroup.Label, { class: 'kf-label' }, label),
    h('div', { class: 'kf-radios' }, ['Yes', 'No'].map((o) =>
      h(RadioGroup.Item, { value: o, class: 'kf-radio' }, [
        h(RadioGroup.ItemInput, { class: 'kf-radio-input' }),
        h(RadioGroup.ItemControl, { class: 'kf-radio-control' }, h(RadioGroup.ItemIndicator, { class: 'kf-radio-indicator' })),
        h(RadioGroup.ItemLabel, { class: 'kf-radio-label' }, o),
      ]))),
    h(RadioGroup.ErrorMessage, { class: 'kf-error' }, () => errors[key]),
  ]);
}

// Places come from the server as you type (debounced), like the SolidStart server function does.
const [placeOptions, setPlaceOptions] = createSignal([]);
let placeTimer;
function searchPlaces(text) {
  clearTimeout(placeTimer);
  placeTimer = setTimeout(() => {
    const q = text.trim().toLowerCase();
    setPlaceOptions(q.length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(q)).slice(0, 6));
  }, 250);
}

const location = h(Combobox.Root, {
  class: 'kf-field', name: 'location', options: placeOptions, placeholder: 'Start typing a city…',
  value: () => form.location, onChange: set('location'), onInputChange: searchPlaces, triggerMode: 'input', allowsEmptyCollection: true,
  defaultFilter: () => () => true,
  validationState: () => (errors.location ? 'invalid' : 'valid'),
  itemComponent: () => (p) => h(Combobox.Item, { item: p.item, class: 'kf-item' }, [h(Combobox.ItemLabel, null, p.item.rawValue), h(Combobox.ItemIndicator, { class: 'kf-check' }, '✓')]),
}, [
  h(Combobox.HiddenSelect),
  h(Combobox.Label, { class: 'kf-label' }, 'Where are you based?'),
  h(Combobox.Control, { class: 'kf-control' }, [h(Combobox.Input, { class: 'kf-input' }), h(Combobox.Trigger, { class: 'kf-trigger-btn' }, h(Combobox.Icon, null, '▾'))]),
  h(Combobox.Description, { class: 'kf-desc' }, 'City and state or country. We hire in US and Canadian time zones.'),
  h(Combobox.ErrorMessage, { class: 'kf-error' }, () => errors.location),
  h(Combobox.Portal, null, h(Combobox.Content, { class: 'kf-content' }, h(Combobox.Listbox, { class: 'kf-listbox' }))),
]);

const phone = h('div', { class: 'kf-phone' }, [
  select('dialCode', null, DIALS, 'Code', { triggerLabel: 'Country calling code' }),
  textField('phone', 'Phone number', { type: 'tel', placeholder: '(555) 123-4567', autocomplete: 'tel-national', required: true }),
]);

const years = h(NumberField.Root, { class: 'kf-field', name: 'years', rawValue: () => form.years ?? undefined, onRawValueChange: (v) => setForm('years', Number.isNaN(v) ? null : v), minValue: 0, maxValue: 50 }, [
  h(NumberField.Label, { class: 'kf-label' }, 'Years of professional data engineering experience'),
  h(NumberField.HiddenInput),
  h('div', { class: 'kf-number' }, [h(NumberField.DecrementTrigger, { class: 'kf-step', 'aria-label': 'Decrement' }, '−'), h(NumberField.Input, { class: 'kf-input' }), h(NumberField.IncrementTrigger, { class: 'kf-step', 'aria-label': 'Increment' }, '+')]),
]);

const salary = h(NumberField.Root, { class: 'kf-field', name: 'salary', rawValue: () => form.salary ?? undefined, onRawValueChange: (v) => setForm('salary', Number.isNaN(v) ? null : v), formatOptions: { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }, minValue: 0 }, [
  h(NumberField.Label, { class: 'kf-label' }, 'Desired base salary (USD per year)'),
  h(NumberField.HiddenInput),
  h(NumberField.Input, { class: 'kf-input' }),
  h(NumberField.Description, { class: 'kf-desc' }, 'The range for this role is $145,000 – $180,000 depending on level.'),
]);

const start = h(SegmentedControl.Root, { class: 'kf-field kf-segmented', name: 'start', value: () => form.start ?? undefined, onChange: set('start') }, [
  h(SegmentedControl.Label, { class: 'kf-label' }, 'When could you start?'),
  h('div', { class: 'kf-seg-track' }, [
    h(SegmentedControl.Indicator, { class: 'kf-seg-indicator' }),
    ...STARTS.map((s) => h(SegmentedControl.Item, { value: s, class: 'kf-seg-item' }, [h(SegmentedControl.ItemInput, { class: 'kf-seg-input' }), h(SegmentedControl.ItemLabel, { class: 'kf-seg-label' }, s)])),
  ]),
]);

const rating = h(Rating.Root, { class: 'kf-field', name: 'dbtRating', value: () => form.dbtRating, onChange: set('dbtRating') }, [
  h(Rating.Label, { class: 'kf-label' }, 'How would you rate your experience with Kafka or Kinesis streams?'),
  h(Rating.HiddenInput),
  h(Rating.Control, { class: 'kf-rating' }, [1, 2, 3, 4, 5].map(() => h(Rating.Item, { class: 'kf-star' }, h(Rating.ItemControl, null, '★')))),
]);

const resume = h(FileField.Root, {
  class: 'kf-field', name: 'resume', accept: ['.pdf', '.docx'], maxFiles: 1, multiple: false,
  onFileAccept: (files) => setForm('resume', files.map((f) => f.name).join(', ')),
  onFileReject: () => setErrors('resume', 'PDF or DOCX only'),
}, [
  h(FileField.Label, { class: 'kf-label' }, 'Resume'),
  h(FileField.Dropzone, { class: 'kf-dropzone' }, [h('span', null, 'Drop your resume here or '), h(FileField.Trigger, { class: 'kf-link-btn' }, 'browse files')]),
  h(FileField.HiddenInput),
  h(FileField.ItemList, { class: 'kf-files' }, () => (file) => h(FileField.Item, { class: 'kf-file' }, [h(FileField.ItemName), h(FileField.ItemSize), h(FileField.ItemDeleteTrigger, { class: 'kf-link-btn' }, 'Remove')])),
  h(FileField.Description, { class: 'kf-desc' }, 'PDF or DOCX, up to 10 MB'),
  h(FileField.ErrorMessage, { class: 'kf-error' }, () => errors.resume),
]);

const relocate = h(Switch.Root, { class: 'kf-switch', name: 'relocate', checked: () => form.relocate, onChange: set('relocate') }, [
  h(Switch.Input, { class: 'kf-switch-input' }),
  h(Switch.Control, { class: 'kf-switch-control' }, h(Switch.Thumb, { class: 'kf-switch-thumb' })),
  h(Switch.Label, { class: 'kf-switch-label' }, 'I would relocate to Chicago for this role'),
]);

const consent = h(Checkbox.Root, { class: 'kf-checkbox', name: 'consent', checked: () => form.consent, onChange: set('consent'), validationState: () => (errors.consent ? 'invalid' : 'valid') }, [
  h(Checkbox.Input, { class: 'kf-checkbox-input' }),
  h(Checkbox.Control, { class: 'kf-checkbox-control' }, h(Checkbox.Indicator, null, '✓')),
  h(Checkbox.Label, { class: 'kf-checkbox-label' }, 'I agree to Lumenroute storing my application under its candidate privacy notice.'),
  h(Checkbox.ErrorMessage, { class: 'kf-error' }, () => errors.consent),
]);

function validate() {
  const e = {};
  if (!form.firstName.trim()) e.firstName = 'Required';
  if (!form.lastName.trim()) e.lastName = 'Required';
  if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(form.email)) e.email = 'Enter a valid email address';
  const digits = form.phone.replace(/\D/g, '');
  if (form.dialCode.endsWith('+1') && digits.length !== 10) e.phone = 'Enter a 10-digit phone number';
  if (!form.location) e.location = 'Pick your city from the list';
  if (form.linkedin && !/^https?:\/\/(www\.)?linkedin\.com\/in\//.test(form.linkedin)) e.linkedin = 'That does not look like a LinkedIn profile URL';
  if (!form.workAuth) e.workAuth = 'Required';
  if (!form.sponsorship) e.sponsorship = 'Required';
  if (!form.resume) e.resume = 'Please attach your resume';
  if (!form.consent) e.consent = 'Required';
  setErrors((old) => { const next = {}; for (const k of Object.keys(old)) next[k] = undefined; return { ...next, ...e }; });
  return Object.keys(e).length === 0;
}

const App = () => h('form', { class: 'kf-form', id: 'apply-form', novalidate: true, onSubmit: (ev) => { ev.preventDefault(); if (validate()) setSubmitted(true); } }, [
  h('h2', null, 'Apply for this role'),
  h('div', { class: 'kf-grid' }, [textField('firstName', 'First name', { required: true, autocomplete: 'given-name' }), textField('lastName', 'Last name', { required: true, autocomplete: 'family-name' })]),
  textField('email', 'Email', { type: 'email', required: true, autocomplete: 'email' }),
  phone,
  location,
  h('div', { class: 'kf-grid' }, [textField('linkedin', 'LinkedIn URL', { placeholder: 'https://linkedin.com/in/…' }), textField('github', 'GitHub or portfolio', { placeholder: 'https://' })]),
  h('div', { class: 'kf-grid' }, [textField('company', 'Current or most recent company'), textField('title', 'Current or most recent title')]),
  h('div', { class: 'kf-grid' }, [years, salary]),
  h('div', { class: 'kf-grid' }, [select('degree', 'Highest level of education', DEGREES, 'Select…'), select('pronouns', 'Pronouns (optional)', PRONOUNS, 'Select…')]),
  start,
  yesNo('workAuth', 'Are you authorized to work in the United States?'),
  yesNo('sponsorship', 'Will you require visa sponsorship now or in the future?'),
  rating,
  resume,
  textField('coverLetter', 'Cover letter (optional)', { multiline: true }),
  textField('gtfs', 'Tell us about a late-arriving or duplicated data problem you solved.', { multiline: true }),
  relocate,
  consent,
  h(Button.Root, { type: 'submit', class: 'kf-submit', id: 'apply-submit' }, 'Submit application'),
]);

render(() => h('div', null, () => (submitted() ? h('div', { id: 'applied', class: 'kf-done' }, h('h2', null, 'Thanks — your application is in!')) : App())), document.getElementById('app'));
