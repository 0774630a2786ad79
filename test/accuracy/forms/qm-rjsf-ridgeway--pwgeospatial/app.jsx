/**
 * Ridgeway Civil's careers page, another posting (Geospatial Data Engineer) published from the same
 * form builder: same rjsf markup, another schema (LinkedIn + portfolio links, a years select, a GIS
 * tools checkbox list, degree radios, 18+ / authorization booleans, sponsorship sentences, a second
 * data-url file for the cover letter, EEO race and disability). The template's notes:
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
  required: ['about', 'eligibility', 'resume', 'privacy'],
  properties: {
    about: {
      type: 'object',
      title: 'About you',
      required: ['givenName', 'familyName', 'email', 'phone'],
      properties: {
        givenName: { type: 'string', title: 'Given name' },
        familyName: { type: 'string', title: 'Family name' },
        email: { type: 'string', format: 'email', title: 'Email' },
        phone: { type: 'string', title: 'Best number to reach you' },
        linkedin: { type: 'string', format: 'uri', title: 'LinkedIn profile' },
        portfolio: { type: 'string', format: 'uri', title: 'Map or project portfolio' },
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
          title: 'Years of experience in data or GIS work',
          oneOf: [
            { const: 'y0_2', title: '0–2 years' },
            { const: 'y3_5', title: '3–5 years' },
            { const: 'y6_9', title: '6–9 years' },
            { const: 'y10', title: '10 years or more' },
          ],
        },
        currentlyEmployed: { type: 'boolean', title: 'Do you have a job right now?' },
        employerName: { type: 'string', title: 'Employer' },
        roleTitle: { type: 'string', title: 'Job title' },
        gisTools: {
          type: 'array',
          title: 'Which of these have you used on a real project?',
          items: { type: 'string', enum: ['ArcGIS Pro', 'QGIS', 'PostGIS', 'Google Earth Engine', 'FME'] },
          uniqueItems: true,
        },
        highestDegree: {
          type: 'string',
          title: 'Degree',
          oneOf: [
            { const: 'none', title: 'No degree' },
            { const: 'AA', title: 'Associate degree' },
            { const: 'BA_BS', title: 'Bachelor’s degree' },
            { const: 'MA_MS', title: 'Master’s degree' },
            { const: 'PHD', title: 'PhD' },
          ],
        },
        fieldOfStudy: { type: 'string', title: 'Field of study' },
        institution: { type: 'string', title: 'School' },
      },
    },
    eligibility: {
      type: 'object',
      title: 'Eligibility',
      required: ['adult', 'authorized', 'sponsorship'],
      properties: {
        adult: { type: 'boolean', title: 'Are you 18 years of age or older?' },
        authorized: { type: 'boolean', title: 'Are you legally authorized to work in the United States?' },
        sponsorship: {
          type: 'string',
          title: 'Visa sponsorship',
          oneOf: [
            { const: 'now', title: 'I need sponsorship now' },
            { const: 'later', title: 'I will need sponsorship in the future' },
            { const: 'never', title: 'I do not need sponsorship' },
          ],
        },
        fieldVisits: {
          type: 'string',
          title: 'About two days a month are spent at bridge sites in the Central Valley. Does that work for you?',
          enum: ['Yes', 'Yes, with some notice', 'No'],
        },
        driverLicense: { type: 'boolean', title: 'Do you hold a valid driver’s license?' },
      },
    },
    availableFrom: { type: 'string', format: 'date', title: 'Earliest start date' },
    salaryExpectation: { type: 'integer', title: 'Desired base salary', minimum: 0 },
    resume: { type: 'string', format: 'data-url', title: 'Résumé' },
    coverFile: { type: 'string', format: 'data-url', title: 'Cover letter (file)' },
    projectNote: { type: 'string', title: 'Tell us about a map or dataset you are proud of' },
    voluntary: {
      type: 'object',
      title: 'Voluntary questions',
      description: 'Optional. Used only for equal-opportunity reporting and never seen by the hiring manager.',
      properties: {
        howFound: { type: 'string', title: 'Where did you see this opening?', enum: ['Ridgeway website', 'LinkedIn', 'URISA job board', 'GIS Jobs Clearinghouse', 'A Ridgeway employee', 'Other'] },
        ethnicity: { type: 'string', title: 'Race / ethnicity', enum: ['Hispanic or Latino', 'White', 'Black or African American', 'Asian', 'Native Hawaiian or Other Pacific Islander', 'American Indian or Alaska Native', 'Two or more races', 'I prefer not to say'] },
        disability: { type: 'string', title: 'Disability status', enum: ['Yes, I have a disability', 'No, I do not have a disability', 'I prefer not to say'] },
      },
    },
    privacy: { type: 'boolean', title: 'I agree that Ridgeway may store my data for this application', default: false },
  },
};

const uiSchema = {
  about: {
    phone: { 'ui:options': { inputType: 'tel' }, 'ui:placeholder': '(559) 555-0100' },
    linkedin: { 'ui:placeholder': 'https://www.linkedin.com/in/…' },
    portfolio: { 'ui:help': 'A link to an ArcGIS Online, GitHub Pages or personal site.' },
  },
  home: { zip: { 'ui:placeholder': '93721' } },
  experience: {
    'ui:order': ['yearsBand', 'currentlyEmployed', 'employerName', 'roleTitle', 'gisTools', 'highestDegree', 'fieldOfStudy', 'institution'],
    yearsBand: { 'ui:placeholder': 'Choose…' },
    currentlyEmployed: { 'ui:widget': 'radio' },
    gisTools: { 'ui:widget': 'checkboxes', 'ui:options': { inline: true } },
    highestDegree: { 'ui:widget': 'radio' },
  },
  eligibility: {
    adult: { 'ui:widget': 'radio' },
    authorized: { 'ui:widget': 'radio' },
    sponsorship: { 'ui:widget': 'radio' },
    fieldVisits: { 'ui:placeholder': 'Choose…' },
    driverLicense: { 'ui:widget': 'radio' },
  },
  voluntary: { howFound: { 'ui:placeholder': 'Choose…' }, ethnicity: { 'ui:placeholder': 'Choose…' }, disability: { 'ui:widget': 'radio' } },
  availableFrom: { 'ui:help': 'Most offers start two to six weeks after acceptance.' },
  salaryExpectation: { 'ui:help': 'US dollars per year. The posted range is $128,000 – $162,000.' },
  resume: { 'ui:options': { accept: '.pdf,.doc,.docx' } },
  coverFile: { 'ui:options': { accept: '.pdf,.doc,.docx,.txt' }, 'ui:help': 'Optional.' },
  projectNote: { 'ui:widget': 'textarea', 'ui:options': { rows: 4 } },
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
      <pre id="model">{JSON.stringify({ ...formData, resume: fileName(formData.resume), coverFile: fileName(formData.coverFile) }, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
