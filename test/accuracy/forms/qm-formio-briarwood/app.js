/*
 * Briarwood Mutual's employment application, built in Form.io's form builder with the Wizard
 * display and rendered by the Form.io renderer (@formio/js) the way its docs embed a wizard
 * (`Formio.createForm(el, { display: 'wizard', components })`): three pages with a breadcrumb of
 * page buttons and Previous / Next / Submit buttons (`btn-wizard-nav-*`), each page validated
 * before Next; only the current page is in the DOM. Components: textfields, a phoneNumber with the
 * input mask "(999) 999-9999", a Choices.js state select with code values, a url, a number with
 * thousands delimiter, an html5 select, a **datagrid** "Employment history" (first row shown,
 * `data[employment][0][employer]` names, "Add Another"), a selectboxes group, a tags component,
 * radios with sentence labels, a **datetime** (flatpickr with an alt input, format MM/dd/yyyy), a
 * currency, a **survey** grid of radios, a base64 file component (the "browse" link creates the
 * input), a textarea, a checkbox. The submission data is rendered into <pre id="model">.
 */
import { Formio } from '@formio/js';
import '@formio/js/dist/formio.form.min.css';
import flatpickr from 'flatpickr';
import 'flatpickr/dist/flatpickr.min.css';

// The site hosts flatpickr itself (Form.io's calendar widget uses a global `flatpickr` when one is
// there instead of fetching it from cdn.form.io).
window.flatpickr = flatpickr;

const STATES = [
  ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['IL', 'Illinois'], ['MA', 'Massachusetts'],
  ['NY', 'New York'], ['OH', 'Ohio'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington'], ['WI', 'Wisconsin'],
].map(([value, label]) => ({ value, label }));

const components = [
  { type: 'panel', key: 'pageContact', title: 'Contact details', components: [
    { type: 'columns', key: 'nameColumns', columns: [
      { width: 6, components: [{ type: 'textfield', key: 'firstName', label: 'First name', validate: { required: true } }] },
      { width: 6, components: [{ type: 'textfield', key: 'lastName', label: 'Last name', validate: { required: true } }] },
    ] },
    { type: 'email', key: 'email', label: 'Email', validate: { required: true } },
    { type: 'phoneNumber', key: 'mobile', label: 'Mobile phone', inputMask: '(999) 999-9999', description: 'US mobile numbers only.' },
    { type: 'columns', key: 'placeColumns', columns: [
      { width: 5, components: [{ type: 'textfield', key: 'city', label: 'City' }] },
      { width: 4, components: [{ type: 'select', key: 'state', label: 'State', widget: 'choicesjs', data: { values: STATES }, placeholder: 'Select…' }] },
      { width: 3, components: [{ type: 'textfield', key: 'zip', label: 'ZIP', inputMask: '99999' }] },
    ] },
    { type: 'url', key: 'linkedin', label: 'LinkedIn URL', placeholder: 'https://www.linkedin.com/in/…' },
  ] },
  { type: 'panel', key: 'pageBackground', title: 'Background', components: [
    { type: 'number', key: 'yearsExperience', label: 'Years of relevant work experience', delimiter: false, validate: { min: 0, max: 60 } },
    { type: 'select', key: 'education', label: 'Highest education completed', widget: 'html5', placeholder: '-- Select --', data: { values: [
      { value: 'hs', label: 'High school / GED' }, { value: 'some', label: 'Some college' }, { value: 'assoc', label: 'Associate degree' },
      { value: 'bach', label: '4-year college degree' }, { value: 'grad', label: 'Graduate degree' },
    ] } },
    { type: 'textfield', key: 'college', label: 'College or university' },
    { type: 'datagrid', key: 'employment', label: 'Employment history', description: 'Start with your current or most recent job.', addAnother: 'Add another job',
      components: [
        { type: 'textfield', key: 'employer', label: 'Employer' },
        { type: 'textfield', key: 'jobTitle', label: 'Job title' },
        { type: 'textfield', key: 'from', label: 'From (MM/YYYY)', inputMask: '99/9999' },
        { type: 'textfield', key: 'to', label: 'To (MM/YYYY)', inputMask: '99/9999' },
      ] },
    { type: 'selectboxes', key: 'lines', label: 'Which lines of insurance have you worked with?', inline: true, values: [
      { label: 'Personal auto', value: 'auto' }, { label: 'Homeowners', value: 'home' }, { label: 'Commercial property', value: 'commercial' }, { label: 'Workers’ comp', value: 'wc' },
    ] },
    { type: 'tags', key: 'tools', label: 'Tools you use every week', description: 'Press Enter after each one.' },
  ] },
  { type: 'panel', key: 'pageEligibility', title: 'Eligibility & documents', components: [
    { type: 'radio', key: 'authorized', label: 'Are you legally authorized to work in the United States?', values: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }], validate: { required: true } },
    { type: 'radio', key: 'sponsorship', label: 'Will you now or in the future require sponsorship for employment visa status?', values: [
      { label: 'Yes, I will require sponsorship', value: 'yes' }, { label: 'No, I will not require sponsorship', value: 'no' },
    ], validate: { required: true } },
    { type: 'datetime', key: 'startDate', label: 'Earliest start date', format: 'MM/dd/yyyy', enableTime: false, enableDate: true, datePicker: { disableWeekends: false }, widget: { type: 'calendar', displayInTimezone: 'viewer', enableTime: false, format: 'MM/dd/yyyy' } },
    { type: 'currency', key: 'salary', label: 'Desired annual salary', currency: 'USD' },
    { type: 'survey', key: 'workStyle', label: 'How do you like to work?', questions: [
      { label: 'Pairing with analysts on a problem', value: 'pairing' }, { label: 'Being on call for production jobs', value: 'oncall' },
    ], values: [{ label: 'Love it', value: 'love' }, { label: 'Fine', value: 'fine' }, { label: 'Rather not', value: 'rather_not' }] },
    { type: 'file', key: 'resume', label: 'Resume', storage: 'base64', filePattern: '.pdf,.doc,.docx', validate: { required: true } },
    { type: 'textarea', key: 'coverLetter', label: 'Cover letter', rows: 5, placeholder: 'Optional' },
    { type: 'select', key: 'heardFrom', label: 'How did you hear about this job?', widget: 'html5', placeholder: '-- Select --', data: { values: [
      { value: 'site', label: 'Briarwood careers site' }, { value: 'li', label: 'LinkedIn' }, { value: 'indeed', label: 'Indeed' }, { value: 'agent', label: 'A Briarwood agent' }, { value: 'other', label: 'Other' },
    ] } },
    { type: 'checkbox', key: 'certify', label: 'I certify that my answers are true and complete.', validate: { required: true } },
  ] },
];

const shown = (data) => JSON.stringify({ ...data, resume: (data.resume ?? []).map((file) => file.originalName ?? file.name) }, null, 2);

Formio.createForm(document.getElementById('formio'), { display: 'wizard', components }, { noAlerts: true }).then((form) => {
  const render = () => { document.getElementById('model').textContent = shown(form.submission.data); };
  form.on('change', render);
  form.on('submit', () => { document.getElementById('formio').hidden = true; document.getElementById('bw-done').hidden = false; });
  render();
});
