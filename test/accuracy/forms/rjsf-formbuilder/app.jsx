/**
 * The form builder's published application: a JSON schema + UI schema rendered by
 * react-jsonschema-form with the AJV 8 validator. The form data is rendered into <pre id="model">
 * (the data-url file as its file name only).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';

const schema = {
  title: 'Data Engineer',
  description: 'Houston, TX or remote (US) · Data & Analytics',
  type: 'object',
  required: ['firstName', 'lastName', 'email', 'resume', 'agreeTerms'],
  properties: {
    firstName: { type: 'string', title: 'First name' },
    lastName: { type: 'string', title: 'Last name' },
    email: { type: 'string', format: 'email', title: 'Email' },
    phone: { type: 'string', title: 'Phone number' },
    city: { type: 'string', title: 'City' },
    country: { type: 'string', title: 'Country', enum: ['Canada', 'Mexico', 'United Kingdom of Great Britain and Northern Ireland', 'United States of America'] },
    yearsExperience: { type: 'integer', title: 'Total years of experience', minimum: 0 },
    educationLevel: { type: 'string', title: 'Education level', enum: ['High school', 'Associate', 'Bachelor', 'Master', 'Doctorate'] },
    authorized: { type: 'boolean', title: 'I am authorized to work in the United States', default: false },
    requiresSponsorship: { type: 'boolean', title: 'Do you require visa sponsorship?' },
    startDate: { type: 'string', format: 'date', title: 'Earliest start date' },
    salary: { type: 'number', title: 'Expected base salary (USD)' },
    linkedin: { type: 'string', format: 'uri', title: 'LinkedIn URL' },
    resume: { type: 'string', format: 'data-url', title: 'Resume' },
    coverLetter: { type: 'string', title: 'Cover letter' },
    skills: { type: 'array', title: 'Which of these have you used?', uniqueItems: true, items: { type: 'string', enum: ['Airflow', 'Kafka', 'OSIsoft PI', 'Snowflake', 'Spark'] } },
    howHeard: { type: 'string', title: 'How did you hear about us?', enum: ['Company website', 'LinkedIn', 'Indeed', 'Referral', 'Other'] },
    agreeTerms: { type: 'boolean', title: 'I agree to the Quillon Energy privacy policy', default: false },
  },
};
const uiSchema = {
  yearsExperience: { 'ui:widget': 'updown' },
  educationLevel: { 'ui:widget': 'radio' },
  requiresSponsorship: { 'ui:widget': 'radio' },
  startDate: { 'ui:widget': 'alt-date' },
  phone: { 'ui:options': { inputType: 'tel' } },
  coverLetter: { 'ui:widget': 'textarea', 'ui:options': { rows: 5 } },
  skills: { 'ui:widget': 'checkboxes' },
  'ui:submitButtonOptions': { submitText: 'Submit application', props: { className: 'btn btn-primary qe-submit' } },
};

const fileName = (dataUrl) => (typeof dataUrl === 'string' ? decodeURIComponent(/;name=([^;]+);/.exec(dataUrl)?.[1] ?? '') : dataUrl);

function Application() {
  const [formData, setFormData] = useState({});
  const [sent, setSent] = useState(false);
  if (sent) return <h2 id="qe-done">Thank you! Your application was submitted.</h2>;
  return (
    <>
      <Form schema={schema} uiSchema={uiSchema} formData={formData} validator={validator} onChange={(event) => setFormData(event.formData)} onSubmit={() => setSent(true)} showErrorList={false} noHtml5Validate />
      <pre id="model">{JSON.stringify({ ...formData, resume: fileName(formData.resume) }, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
