import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { connectField } from 'uniforms';
import { JSONSchemaBridge } from 'uniforms-bridge-json-schema';
import { AutoForm, AutoField, NestField, LongTextField, SelectField, SubmitField, ErrorsField } from 'uniforms-unstyled';

const STATES = ['AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'GA', 'HI', 'IA', 'ID', 'IL', 'IN', 'KS', 'KY', 'LA',
  'MA', 'MD', 'ME', 'MI', 'MN', 'MO', 'MS', 'MT', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV', 'NY', 'OH', 'OK', 'OR', 'PA', 'RI',
  'SC', 'SD', 'TN', 'TX', 'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY'];

const schema = {
  title: 'Application',
  type: 'object',
  properties: {
    applicant: {
      type: 'object',
      title: 'About you',
      properties: {
        firstName: { type: 'string', title: 'First name' },
        lastName: { type: 'string', title: 'Last name' },
        email: { type: 'string', format: 'email', title: 'Email', uniforms: { type: 'email' } },
        phone: { type: 'string', title: 'Phone number', uniforms: { placeholder: '+1 555 123 4567' } },
      },
      required: ['firstName', 'lastName', 'email'],
    },
    address: {
      type: 'object',
      title: 'Mailing address',
      properties: {
        street: { type: 'string', title: 'Street address' },
        city: { type: 'string', title: 'City' },
        state: { type: 'string', title: 'State / Province', enum: STATES, uniforms: { placeholder: '—' } },
        postalCode: { type: 'string', title: 'ZIP / Postal code' },
        country: { type: 'string', title: 'Country', enum: ['United States', 'Canada', 'Mexico', 'United Kingdom', 'Other'], uniforms: { placeholder: 'Select a country' } },
      },
    },
    links: {
      type: 'object',
      title: 'Links',
      properties: {
        linkedin: { type: 'string', title: 'LinkedIn profile URL' },
        github: { type: 'string', title: 'GitHub profile URL' },
        portfolio: { type: 'string', title: 'Portfolio URL' },
      },
    },
    experience: {
      type: 'object',
      title: 'Experience',
      properties: {
        years: { type: 'integer', title: 'Total years of professional experience', minimum: 0, maximum: 60 },
        employer: { type: 'string', title: 'Current employer' },
        jobTitle: { type: 'string', title: 'Current job title' },
        managed: { type: 'string', title: 'Have you managed other engineers?', enum: ['Yes', 'No'], uniforms: { checkboxes: true } },
      },
    },
    eligibility: {
      type: 'object',
      title: 'Work eligibility',
      properties: {
        authorized: { type: 'boolean', title: 'I am legally authorized to work in the United States' },
        sponsorship: { type: 'string', title: 'Will you require sponsorship for an employment visa (e.g. H-1B)?', enum: ['Yes', 'No'], uniforms: { checkboxes: true } },
      },
    },
    availability: {
      type: 'object',
      title: 'Availability and pay',
      properties: {
        startDate: { type: 'string', format: 'date-time', title: 'Earliest start date', uniforms: { type: 'date' } },
        salary: { type: 'integer', title: 'Desired annual salary (USD)', minimum: 0 },
        workMode: { type: 'string', title: 'Preferred work arrangement', enum: ['On-site (Portland)', 'Hybrid', 'Remote'], uniforms: { placeholder: 'Choose one' } },
      },
    },
    education: {
      type: 'object',
      title: 'Education',
      properties: {
        school: { type: 'string', title: 'College / University' },
        degree: { type: 'string', title: 'Highest degree obtained', enum: ['High school', 'Associate', 'Bachelor', 'Master', 'Doctorate'], uniforms: { placeholder: 'Select' } },
        major: { type: 'string', title: 'Field of study' },
      },
    },
    languages: {
      type: 'array',
      title: 'Programming languages you are productive in',
      items: { type: 'string' },
      uniforms: { checkboxes: true, options: ['Python', 'Scala', 'Java', 'Go', 'SQL', 'TypeScript'].map((l) => ({ label: l, value: l })) },
    },
    resume: { type: 'string', title: 'Resume' },
    coverLetter: { type: 'string', title: 'Cover letter' },
    referredBy: { type: 'string', title: 'Referred by (Fernhollow employee name)' },
    source: { type: 'string', title: 'Where did you hear about this opening?', enum: ['Job board', 'LinkedIn', 'Fernhollow website', 'Employee', 'Meetup', 'Other'], uniforms: { placeholder: 'Select' } },
    consent: { type: 'boolean', title: 'I acknowledge the Fernhollow Labs applicant privacy statement' },
  },
  required: ['applicant', 'resume', 'consent'],
};

const bridge = new JSONSchemaBridge({ schema, validator: () => null });

/** A file field made with connectField: the model keeps the file's name. */
const FileField = connectField(({ id, label, name, onChange, value }) => (
  <div className="fh-file">
    <label htmlFor={id}>{label}</label>
    <input id={id} name={name} type="file" accept=".pdf,.doc,.docx" onChange={(e) => onChange(e.target.files?.[0]?.name ?? '')} />
    {value ? <small> Attached: {value}</small> : null}
  </div>
), { kind: 'leaf' });

function Page() {
  const [model, setModel] = useState({});
  const [sent, setSent] = useState(false);
  const [subscribe, setSubscribe] = useState('');
  const [q, setQ] = useState('');
  return (
    <>
      <nav className="fh-nav">
        <strong>Fernhollow Labs</strong>
        <span>
          <input type="search" name="site_search" placeholder="Search" aria-label="Search this site" value={q} onChange={(e) => setQ(e.target.value)} />{' '}
          <a href="#login">Employee login</a>
        </span>
      </nav>
      <div className="fh-page">
        <h1>Data Engineer II</h1>
        <p>Portland, OR · Hybrid or remote within the US · Full time</p>
        {sent ? (
          <h2 id="application-sent">Thanks for applying. A member of our team will review your application.</h2>
        ) : (
          <AutoForm schema={bridge} onChangeModel={setModel} onSubmit={() => setSent(true)}>
            <NestField name="applicant" />
            <NestField name="address" />
            <NestField name="links" />
            <NestField name="experience" />
            <NestField name="eligibility" />
            <NestField name="availability" />
            <NestField name="education" />
            <SelectField name="languages" checkboxes />
            <FileField name="resume" />
            <LongTextField name="coverLetter" rows={6} />
            <AutoField name="referredBy" />
            <AutoField name="source" />
            <AutoField name="consent" />
            <ErrorsField />
            <SubmitField value="Submit application" />
          </AutoForm>
        )}
      </div>
      <div className="fh-newsletter">
        <label htmlFor="fh-news">Subscribe to Fernhollow job alerts</label>
        <input id="fh-news" type="email" name="alerts_email" value={subscribe} onChange={(e) => setSubscribe(e.target.value)} />
      </div>
      <pre id="model">{JSON.stringify({ ...model, q, subscribe })}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Page />);
