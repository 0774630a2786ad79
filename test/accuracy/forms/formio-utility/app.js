/*
 * A public utility's employment application published from Form.io and rendered by the Form.io
 * renderer (@formio/js): panels, generated `<random>-<key>` ids, `data[key]` names, an input mask
 * on the phone and ZIP, Choices.js selects (country, state) and a plain select, radios, a
 * "day" component (month select + day and year boxes), a currency field, a base64 file component
 * (a drop zone whose "Browse Files" link creates the file input on demand), a certification box
 * and a typed signature. The submission data is rendered into <pre id="model"> (files as names).
 */
import { Formio } from '@formio/js';
import '@formio/js/dist/formio.form.min.css';
import countries from 'world-countries';

const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['ID', 'Idaho'], ['NV', 'Nevada'], ['OR', 'Oregon'], ['UT', 'Utah'], ['WA', 'Washington']].map(([value, label]) => ({ value, label }));
const COUNTRIES = countries.map((country) => ({ value: country.cca3, label: country.name.common })).sort((a, b) => a.label.localeCompare(b.label));

const components = [
  { type: 'panel', key: 'applicant', title: 'Applicant Information', components: [
    { type: 'textfield', key: 'firstName', label: 'First Name', validate: { required: true } },
    { type: 'textfield', key: 'middleName', label: 'Middle Name' },
    { type: 'textfield', key: 'lastName', label: 'Last Name', validate: { required: true } },
    { type: 'email', key: 'email', label: 'Email Address', validate: { required: true } },
    { type: 'phoneNumber', key: 'phone', label: 'Primary Phone', inputMask: '(999) 999-9999' },
    { type: 'textfield', key: 'street', label: 'Street Address' },
    { type: 'textfield', key: 'city', label: 'City' },
    { type: 'select', key: 'state', label: 'State', widget: 'choicesjs', data: { values: STATES }, placeholder: 'Select a state' },
    { type: 'textfield', key: 'zip', label: 'ZIP Code', inputMask: '99999' },
    { type: 'select', key: 'country', label: 'Country', widget: 'choicesjs', searchEnabled: true, data: { values: COUNTRIES }, placeholder: 'Select a country' },
  ] },
  { type: 'panel', key: 'eligibility', title: 'Employment Eligibility', components: [
    { type: 'radio', key: 'eligible', label: 'Are you legally eligible to work in the United States?', values: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }], validate: { required: true } },
    { type: 'radio', key: 'sponsorship', label: 'Will you now or in the future require employer sponsorship for a work visa?', values: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }], validate: { required: true } },
    { type: 'radio', key: 'formerEmployee', label: 'Have you previously worked for Cascade Ridge Utilities?', values: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }] },
  ] },
  { type: 'panel', key: 'position', title: 'Position Information', components: [
    { type: 'number', key: 'yearsExperience', label: 'Years of related experience' },
    { type: 'select', key: 'education', label: 'Highest level of education', widget: 'html5', data: { values: ['High School Diploma or GED', 'Associate Degree', "Bachelor's Degree", "Master's Degree", 'Doctorate'].map((label) => ({ label, value: label })) } },
    { type: 'day', key: 'dateAvailable', label: 'Date available to start', fields: { day: { type: 'number' }, month: { type: 'select' }, year: { type: 'number' } } },
    { type: 'currency', key: 'salary', label: 'Desired annual salary', currency: 'USD' },
    { type: 'selectboxes', key: 'shifts', label: 'Shifts you can work', values: [{ label: 'Days', value: 'days' }, { label: 'Evenings', value: 'evenings' }, { label: 'On-call rotation', value: 'oncall' }] },
    { type: 'file', key: 'resume', label: 'Resume', storage: 'base64', validate: { required: true } },
    { type: 'textarea', key: 'coverLetter', label: 'Cover Letter', rows: 5 },
  ] },
  { type: 'panel', key: 'certification', title: 'Certification', components: [
    { type: 'checkbox', key: 'certify', label: 'I certify that the information in this application is true and complete.', validate: { required: true } },
    { type: 'textfield', key: 'signature', label: 'Electronic signature (type your full name)', validate: { required: true } },
  ] },
  { type: 'button', action: 'submit', label: 'Submit Application', key: 'submit', theme: 'primary' },
];

const shown = (data) => JSON.stringify({ ...data, resume: (data.resume ?? []).map((file) => file.originalName ?? file.name) }, null, 2);

Formio.createForm(document.getElementById('formio'), { components }, { noAlerts: true }).then((form) => {
  const render = () => { document.getElementById('model').textContent = shown(form.submission.data); };
  form.on('change', render);
  form.on('submitDone', () => { document.getElementById('formio').hidden = true; document.getElementById('cr-done').hidden = false; });
  form.nosubmit = true;
  form.on('submit', () => form.emit('submitDone'));
  render();
});
