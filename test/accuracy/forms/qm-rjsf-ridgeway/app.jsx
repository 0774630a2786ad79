/**
 * Ridgeway Civil's careers page: the application is published from a JSON-schema form builder and
 * rendered by react-jsonschema-form 6 (`@rjsf/core`, its default Bootstrap-3-style theme, AJV 8
 * validator) the way the rjsf docs show: nested objects as fieldsets with legends ("About you",
 * "Home address", "Experience"), `oneOf` `const` + `title` options (the select and the radios show
 * the titles, the data holds the consts), `ui:placeholder` / `ui:help`, a boolean as Yes / No
 * radios, employer / role / notice-period fields ordered under "Are you currently employed?" with
 * `ui:order`. A `format: date` field (native date input), a
 * `data-url` file, a textarea and a required privacy checkbox. The site around the form: a header
 * job search and a sidebar job-alert box. `constAsDefaults: 'skipOneOf'` keeps rjsf from pre-filling each
 * oneOf field with its first const. formData is rendered into <pre id="model"> (the data-url
 * file as its name only).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';

const STATES = [
  ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['ID', 'Idaho'], ['NV', 'Nevada'], ['NM', 'New Mexico'], ['OR', 'Oregon'],
  ['TX', 'Texas'], ['UT', 'Utah'], ['WA', 'Washington'], ['ZZ', 'Outside the United States'],
];

const schema = {
  type: 'object',
  required: ['about', 'resume', 'privacy'],
  properties: {
    about: {
      type: 'object',
      title: 'About you',
      required: ['givenName', 'familyName', 'email'],
      properties: {
        givenName: { type: 'string', title: 'Given name' },
        familyName: { type: 'string', title: 'Family name' },
        email: { type: 'string', format: 'email', title: 'Email' },
        phone: { type: 'string', title: 'Daytime phone' },
        github: { type: 'string', format: 'uri', title: 'GitHub profile' },
      },
    },
    home: {
      type: 'object',
      title: 'Home address',
      properties: {
        street: { type: 'string', title: 'Street' },
        city: { type: 'string', title: 'City' },
        state: { type: 'string', title: 'State', oneOf: STATES.map(([code, name]) => ({ const: code, title: name })) },
        zip: { type: 'string', title: 'ZIP code', pattern: '^[0-9]{5}(-[0-9]{4})?$' },
      },
    },
    experience: {
      type: 'object',
      title: 'Experience',
      properties: {
        yearsBand: {
          type: 'string',
          title: 'How long have you worked professionally?',
          oneOf: [
            { const: 'lt3', title: 'Less than 3 years' },
            { const: '3to6', title: '3 to 6 years' },
            { const: '7to10', title: '7 to 10 years' },
            { const: 'gt10', title: 'More than 10 years' },
          ],
        },
        currentlyEmployed: { type: 'boolean', title: 'Are you currently employed?' },
        highestDegree: {
          type: 'string',
          title: 'Highest degree earned',
          oneOf: [
            { const: 'HS', title: 'High school or GED' },
            { const: 'AS', title: 'Associate' },
            { const: 'BS', title: 'Bachelor of Science / Arts' },
            { const: 'MS', title: 'Master of Science / Arts' },
            { const: 'PHD', title: 'Doctorate' },
          ],
        },
        institution: { type: 'string', title: 'Institution that awarded it' },
        employerName: { type: 'string', title: 'Current or last employer' },
        roleTitle: { type: 'string', title: 'Your role there' },
        noticeWeeks: { type: 'integer', title: 'Notice period (weeks)', minimum: 0, maximum: 26 },
      },
    },
    eligibility: {
      type: 'object',
      title: 'Eligibility',
      properties: {
        workStatus: {
          type: 'string',
          title: 'Which describes you?',
          oneOf: [
            { const: 'citizen_or_authorized', title: 'I am legally able to work in the U.S. for any employer' },
            { const: 'needs_sponsor', title: 'I need an employer to sponsor my work visa' },
            { const: 'other', title: 'Other / not sure' },
          ],
        },
        sponsorLater: { type: 'boolean', title: 'Will you need visa sponsorship at any point in the future?' },
        peLicense: {
          type: 'string',
          title: 'Do you hold a Professional Engineer (PE) license?',
          enum: ['Yes, in California', 'Yes, in another state', 'No, but I have passed the FE exam', 'No'],
        },
      },
    },
    availableFrom: { type: 'string', format: 'date', title: 'Available to start on' },
    salaryExpectation: { type: 'integer', title: 'Salary expectation', minimum: 0 },
    resume: { type: 'string', format: 'data-url', title: 'Résumé' },
    coverNote: { type: 'string', title: 'Cover note' },
    referral: { type: 'string', title: 'If someone at Ridgeway referred you, who?' },
    voluntary: {
      type: 'object',
      title: 'Voluntary questions',
      description: 'Optional. Used only for equal-opportunity reporting and never seen by the hiring manager.',
      properties: {
        howFound: { type: 'string', title: 'How did you find this job?', enum: ['Ridgeway website', 'LinkedIn', 'ASCE job board', 'Indeed', 'A Ridgeway employee', 'University career fair', 'Other'] },
        gender: { type: 'string', title: 'Gender', enum: ['Female', 'Male', 'Non-binary', 'I prefer not to say'] },
        veteran: { type: 'string', title: 'Protected veteran status', enum: ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to say'] },
      },
    },
    privacy: { type: 'boolean', title: 'I agree that Ridgeway may store my data for this application', default: false },
  },
};

const uiSchema = {
  about: {
    phone: { 'ui:options': { inputType: 'tel' }, 'ui:placeholder': '415-555-0100' },
    github: { 'ui:placeholder': 'https://github.com/username' },
  },
  home: { zip: { 'ui:placeholder': '94105' } },
  experience: {
    'ui:order': ['yearsBand', 'currentlyEmployed', 'employerName', 'roleTitle', 'noticeWeeks', 'highestDegree', 'institution'],
    yearsBand: { 'ui:widget': 'radio' },
    currentlyEmployed: { 'ui:widget': 'radio' },
    highestDegree: { 'ui:placeholder': 'Choose…' },
    noticeWeeks: { 'ui:widget': 'updown' },
  },
  eligibility: {
    workStatus: { 'ui:placeholder': 'Choose…' },
    sponsorLater: { 'ui:widget': 'radio' },
    peLicense: { 'ui:widget': 'radio' },
  },
  voluntary: { howFound: { 'ui:placeholder': 'Choose…' }, gender: { 'ui:widget': 'radio' }, veteran: { 'ui:placeholder': 'Choose…' } },
  salaryExpectation: { 'ui:help': 'Annual base salary in US dollars.' },
  resume: { 'ui:options': { accept: '.pdf,.doc,.docx' } },
  coverNote: { 'ui:widget': 'textarea', 'ui:options': { rows: 5 }, 'ui:help': 'Optional. A few lines on why this role.' },
  'ui:submitButtonOptions': { submitText: 'Send my application', props: { className: 'btn btn-primary rw-submit' } },
};

const fileName = (dataUrl) => (typeof dataUrl === 'string' ? decodeURIComponent(/;name=([^;]+);/.exec(dataUrl)?.[1] ?? '') : dataUrl);

function Application() {
  const [formData, setFormData] = useState({});
  const [sent, setSent] = useState(false);
  if (sent) return <div id="rw-sent" className="sent"><h2>Application received</h2><p>Our recruiting team will contact you within two weeks.</p></div>;
  return (
    <>
      <Form
        schema={schema}
        uiSchema={uiSchema}
        formData={formData}
        validator={validator}
        onChange={(event) => setFormData(event.formData)}
        onSubmit={() => setSent(true)}
        showErrorList={false}
        noHtml5Validate
        experimental_defaultFormStateBehavior={{ constAsDefaults: 'skipOneOf' }}
      />
      <pre id="model">{JSON.stringify({ ...formData, resume: fileName(formData.resume) }, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
