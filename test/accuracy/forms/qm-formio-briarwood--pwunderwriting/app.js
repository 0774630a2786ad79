/*
 * Another Briarwood Mutual posting (Underwriting Analytics Engineer) from the same Form.io project:
 * the same wizard and components, four pages this time (Documents is its own page), another set of
 * questions (preferred name, street, GitHub, a years select, a designation radio, sentence
 * authorization, former employee, a survey about hybrid days, a referrer box).
 *
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
  ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['IA', 'Iowa'], ['IL', 'Illinois'], ['MN', 'Minnesota'],
  ['NY', 'New York'], ['OH', 'Ohio'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington'], ['WI', 'Wisconsin'],
].map(([value, label]) => ({ value, label }));

const components = [
  { type: 'panel', key: 'pageContact', title: 'Contact details', components: [
    { type: 'columns', key: 'nameColumns', columns: [
      { width: 6, components: [{ type: 'textfield', key: 'firstName', label: 'Legal first name', validate: { required: true } }] },
      { width: 6, components: [{ type: 'textfield', key: 'lastName', label: 'Legal last name', validate: { required: true } }] },
    ] },
    { type: 'textfield', key: 'preferredName', label: 'Preferred name', description: 'If different from your legal first name.' },
    { type: 'email', key: 'email', label: 'Email', validate: { required: true } },
    { type: 'phoneNumber', key: 'phone', label: 'Primary phone', inputMask: '(999) 999-9999', validate: { required: true } },
    { type: 'textfield', key: 'street', label: 'Street address' },
    { type: 'columns', key: 'placeColumns', columns: [
      { width: 5, components: [{ type: 'textfield', key: 'city', label: 'City' }] },
      { width: 4, components: [{ type: 'select', key: 'state', label: 'State', widget: 'choicesjs', data: { values: STATES }, placeholder: 'Select…' }] },
      { width: 3, components: [{ type: 'textfield', key: 'zip', label: 'ZIP', inputMask: '99999' }] },
    ] },
    { type: 'url', key: 'github', label: 'GitHub or code samples', placeholder: 'https://github.com/…' },
  ] },
  { type: 'panel', key: 'pageBackground', title: 'Background', components: [
    { type: 'select', key: 'experienceBand', label: 'Years of analytics or data engineering experience', widget: 'html5', placeholder: '-- Select --', data: { values: [
      { value: '0-2', label: '0-2' }, { value: '3-5', label: '3-5' }, { value: '6-8', label: '6-8' }, { value: '9+', label: '9+' },
    ] }, validate: { required: true } },
    { type: 'datagrid', key: 'employment', label: 'Employment history', description: 'List your current or most recent employer first.', addAnother: 'Add another job',
      components: [
        { type: 'textfield', key: 'employer', label: 'Employer' },
        { type: 'textfield', key: 'jobTitle', label: 'Job title' },
        { type: 'textfield', key: 'from', label: 'From (MM/YYYY)', inputMask: '99/9999' },
        { type: 'textfield', key: 'to', label: 'To (MM/YYYY)', inputMask: '99/9999' },
      ] },
    { type: 'select', key: 'education', label: 'Highest degree', widget: 'html5', placeholder: '-- Select --', data: { values: [
      { value: 'hs', label: 'High school diploma / GED' }, { value: 'assoc', label: 'Associate' }, { value: 'bach', label: 'Bachelor’s' },
      { value: 'mast', label: 'Master’s' }, { value: 'doc', label: 'Doctorate' },
    ] } },
    { type: 'textfield', key: 'college', label: 'School name' },
    { type: 'radio', key: 'designation', label: 'Do you hold or are you working toward an insurance designation (CPCU, AU, AINS)?', inline: true, values: [
      { label: 'I hold one', value: 'hold' }, { label: 'In progress', value: 'progress' }, { label: 'No', value: 'no' },
    ] },
    { type: 'tags', key: 'languages', label: 'Programming languages you are strongest in', description: 'Press Enter after each one.' },
  ] },
  { type: 'panel', key: 'pageEligibility', title: 'Eligibility', components: [
    { type: 'radio', key: 'authorized', label: 'Which statement applies to you?', values: [
      { label: 'I am authorized to work in the United States for any employer', value: 'authorized_any' },
      { label: 'I am authorized to work in the United States for my current employer only', value: 'authorized_current_only' },
      { label: 'I am not authorized to work in the United States', value: 'not_authorized' },
    ], validate: { required: true } },
    { type: 'radio', key: 'sponsorship', label: 'Will you require Briarwood to sponsor a work visa (e.g. H-1B) now or in the future?', inline: true, values: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }], validate: { required: true } },
    { type: 'radio', key: 'formerEmployee', label: 'Have you worked for Briarwood Mutual or one of its agencies before?', inline: true, values: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }] },
    { type: 'datetime', key: 'startDate', label: 'When could you start?', format: 'MM/dd/yyyy', enableTime: false, enableDate: true, datePicker: { disableWeekends: false }, widget: { type: 'calendar', displayInTimezone: 'viewer', enableTime: false, format: 'MM/dd/yyyy' } },
    { type: 'currency', key: 'salary', label: 'Base salary you are targeting', currency: 'USD', description: 'Annual, before bonus.' },
    { type: 'survey', key: 'hybrid', label: 'How would these arrangements suit you?', questions: [
      { label: 'Two office days a week in Madison or Des Moines', value: 'office' }, { label: 'A quarterly week with the underwriting team', value: 'quarterly' },
    ], values: [{ label: 'Works well', value: 'good' }, { label: 'Could manage', value: 'ok' }, { label: 'Not for me', value: 'no' }] },
  ] },
  { type: 'panel', key: 'pageDocuments', title: 'Documents', components: [
    { type: 'file', key: 'resume', label: 'Resume', storage: 'base64', filePattern: '.pdf,.doc,.docx', validate: { required: true } },
    { type: 'textarea', key: 'coverLetter', label: 'Cover letter', rows: 5, placeholder: 'Paste your cover letter here (optional)' },
    { type: 'textarea', key: 'pricingProblem', label: 'Describe a pricing, risk or forecasting problem you helped solve with data.', rows: 4 },
    { type: 'select', key: 'heardFrom', label: 'How did you hear about this job?', widget: 'html5', placeholder: '-- Select --', data: { values: [
      { value: 'site', label: 'Briarwood careers site' }, { value: 'li', label: 'LinkedIn' }, { value: 'gamma', label: 'Gamma Iota Sigma' }, { value: 'referral', label: 'Employee referral' }, { value: 'other', label: 'Other' },
    ] } },
    { type: 'textfield', key: 'referrer', label: 'Referring employee', description: 'Only if you chose Employee referral.' },
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
