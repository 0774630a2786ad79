// An open-data foundation's job page: the application is a JSON Schema rendered by JSON Forms
// (@jsonforms/react) with the vanilla renderer set, plus one custom renderer for the resume file.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { JsonForms, withJsonFormsControlProps } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { rankWith, formatIs } from '@jsonforms/core';


const schema = {
  type: 'object',
  properties: {
    firstName: { type: 'string', title: 'First name', minLength: 1 },
    lastName: { type: 'string', title: 'Last name', minLength: 1 },
    email: { type: 'string', title: 'Email', format: 'email' },
    phone: { type: 'string', title: 'Phone', pattern: '^\\(\\d{3}\\) \\d{3}-\\d{4}$', description: 'Format: (555) 555-5555' },
    address: {
      type: 'object', title: 'Mailing address',
      properties: {
        street: { type: 'string', title: 'Street address' },
        city: { type: 'string', title: 'City' },
        state: { type: 'string', title: 'State', pattern: '^[A-Z]{2}$', description: 'Two-letter code, e.g. WA' },
        zip: { type: 'string', title: 'ZIP code', pattern: '^\\d{5}(-\\d{4})?$' },
      },
    },
    github: { type: 'string', title: 'GitHub profile', format: 'uri', description: 'Full URL' },
    linkedin: { type: 'string', title: 'LinkedIn profile', format: 'uri' },
    employer: { type: 'string', title: 'Current employer' },
    jobTitle: { type: 'string', title: 'Current job title' },
    years: { type: 'integer', title: 'Years of professional experience', minimum: 0, maximum: 60 },
    degree: {
      type: 'string', title: 'Highest degree completed',
      oneOf: [
        { const: 'hs', title: 'High school or equivalent' }, { const: 'aa', title: 'Associate (AA/AS)' }, { const: 'ba', title: 'Bachelor (BA/BS)' },
        { const: 'ma', title: 'Master (MA/MS)' }, { const: 'phd', title: 'Doctorate (PhD)' },
      ],
    },
    startDate: { type: 'string', format: 'date', title: 'Earliest start date' },
    salary: { type: 'number', title: 'Salary requirement (USD per year)', minimum: 0 },
    workAuthorized: { type: 'string', title: 'Are you legally authorized to work in the United States?', enum: ['Yes', 'No'] },
    sponsorship: { type: 'string', title: 'Will you now or in the future require visa sponsorship?', enum: ['I will need sponsorship', 'I will not need sponsorship'] },
    openDataContrib: { type: 'boolean', title: 'I have contributed to a public open-data portal (CKAN, Socrata, data.gov…)' },
    resume: { type: 'string', format: 'file-name', title: 'Resume / CV' },
    coverLetter: { type: 'string', title: 'Cover letter' },
    sample: { type: 'string', title: 'Link to a public dataset or notebook you are proud of', format: 'uri' },
    heardFrom: { type: 'string', title: 'Where did you hear about us?', enum: ['Foundation newsletter', 'LinkedIn', 'Idealist', 'Conference', 'A friend', 'Other'] },
    attest: { type: 'boolean', title: 'I confirm the information above is accurate.' },
  },
  required: ['firstName', 'lastName', 'email', 'phone', 'workAuthorized', 'sponsorship', 'resume', 'attest'],
};

const uischema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Label', text: 'Contact information' },
    { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/firstName' }, { type: 'Control', scope: '#/properties/lastName' }] },
    { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/email' }, { type: 'Control', scope: '#/properties/phone' }] },
    {
      type: 'Group', label: 'Mailing address',
      elements: [
        { type: 'Control', scope: '#/properties/address/properties/street' },
        { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/address/properties/city' }, { type: 'Control', scope: '#/properties/address/properties/state' }, { type: 'Control', scope: '#/properties/address/properties/zip' }] },
      ],
    },
    { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/github' }, { type: 'Control', scope: '#/properties/linkedin' }] },
    { type: 'Label', text: 'Background' },
    { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/employer' }, { type: 'Control', scope: '#/properties/jobTitle' }] },
    { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/years' }, { type: 'Control', scope: '#/properties/degree', options: { format: 'radio' } }] },
    { type: 'Control', scope: '#/properties/openDataContrib' },
    { type: 'Control', scope: '#/properties/resume' },
    { type: 'Control', scope: '#/properties/coverLetter', options: { multi: true } },
    { type: 'Control', scope: '#/properties/sample' },
    { type: 'Label', text: 'Eligibility and availability' },
    { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/startDate' }, { type: 'Control', scope: '#/properties/salary' }] },
    { type: 'Control', scope: '#/properties/workAuthorized', options: { format: 'radio' } },
    // the vanilla radio renderer uses each option's value as its id: a second Yes/No group would steal
    // the first one's labels, so this question is worded with its own answers
    { type: 'Control', scope: '#/properties/sponsorship', options: { format: 'radio' } },
    { type: 'Control', scope: '#/properties/heardFrom' },
    { type: 'Control', scope: '#/properties/attest' },
  ],
};

// The foundation's own renderer for the resume: a file input whose file name goes into the data
// (the file itself is posted separately).
function FileNameControl({ data, handleChange, path, label, id, errors, required }) {
  return (
    <div className="control" id={id}>
      <label htmlFor={`${id}-input`}>{label}{required ? '*' : ''}</label>
      <input type="file" id={`${id}-input`} className="input" accept=".pdf,.doc,.docx,.odt" onChange={(e) => handleChange(path, e.target.files?.[0]?.name)} />
      <div className="input-description">{data ? `Selected: ${data}` : 'PDF, DOC, DOCX or ODT'}</div>
      <div className="validation">{errors}</div>
    </div>
  );
}
const fileNameTester = rankWith(5, formatIs('file-name'));
const renderers = [...vanillaRenderers, { tester: fileNameTester, renderer: withJsonFormsControlProps(FileNameControl) }];

function App() {
  const [data, setData] = useState({});
  const [errors, setErrors] = useState([]);
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState(false);
  if (sent) return (<><div id="applied" className="sent"><h2>Thank you for applying!</h2></div><pre id="model">{JSON.stringify(data, null, 1)}</pre></>);
  return (
    <form id="tw-apply" noValidate onSubmit={(e) => { e.preventDefault(); setTried(true); if (errors.length === 0 && data.attest) setSent(true); }}>
      <JsonForms schema={schema} uischema={uischema} data={data} renderers={renderers} cells={vanillaCells}
        validationMode={tried ? 'ValidateAndShow' : 'ValidateAndHide'}
        onChange={({ data: d, errors: errs }) => { setData(d); setErrors(errs ?? []); }} />
      {tried && errors.length > 0 && <p className="form-error" role="alert">Please fix the {errors.length} highlighted field(s).</p>}
      <button type="submit" id="tw-submit" className="btn-submit">Submit application</button>
      <pre id="model">{JSON.stringify(data, null, 1)}</pre>
    </form>
  );
}

createRoot(document.getElementById('application')).render(<App />);
