/**
 * Another Thistle & Vane posting (Analytics Engineer, Wholesale & Cafés) from the same uniforms
 * form: the same fields and theme, other questions (first / last name, a years RadioField, a
 * citizenship-style SelectField, a lifting question, POS checkboxes, a required privacy consent).
 *
 * Thistle & Vane (a specialty-coffee roaster) publishes its application with **uniforms** 4: an
 * AutoForm over a JSONSchemaBridge (a required-fields validator) and the `uniforms-unstyled` theme, composed as
 * the uniforms docs show: AutoFields for plain strings / numbers / booleans, a **ListField** of
 * past jobs ("+" adds an entry; one entry shown, names `jobs.0.company`), RadioField and
 * SelectField with `allowedValues` + `options` labels (the option values differ from the text),
 * SelectField `checkboxes` for multi-choice, a **DateField** with `type="date"` (the model holds a
 * Date, shown here as its ISO string), a NumField with decimal off, a LongTextField,
 * a custom file field and a BoolField consent. Labels are `<label for>` with uniforms' generated
 * `uniforms-0000-000x` ids; names are the schema paths. The model (AutoForm's own, reported
 * through `onChangeModel`) is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { connectField } from 'uniforms';
import { JSONSchemaBridge } from 'uniforms-bridge-json-schema';
import { AutoForm, AutoField, BoolField, DateField, ErrorsField, ListField, ListItemField, NestField, NumField, RadioField, SelectField, SubmitField, TextField, LongTextField } from 'uniforms-unstyled';

const schema = {
  type: 'object',
  properties: {
    firstName: { type: 'string', title: 'First name' },
    lastName: { type: 'string', title: 'Last name' },
    email: { type: 'string', format: 'email', title: 'Email address' },
    phone: { type: 'string', title: 'Mobile number' },
    city: { type: 'string', title: 'Which city do you live in?' },
    github: { type: 'string', title: 'GitHub (or another place we can see your code)' },
    yearsBand: { type: 'string', title: 'How much analytics or data experience do you have?', enum: ['lt2', '2to4', '5to8', '9plus'] },
    jobs: {
      type: 'array',
      title: 'Where have you worked? (most recent first)',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          company: { type: 'string', title: 'Company' },
          role: { type: 'string', title: 'Role' },
          stillThere: { type: 'boolean', title: 'I still work here' },
        },
      },
    },
    education: { type: 'string', title: 'Highest level of schooling', enum: ['hs', 'some', 'assoc', 'ba', 'grad'] },
    school: { type: 'string', title: 'School or university' },
    rightToWork: { type: 'string', title: 'Are you allowed to work in the US?', enum: ['citizen', 'permanent', 'visa', 'no'] },
    visa: { type: 'string', title: 'Would you need us to sponsor a visa?', enum: ['yes', 'no'] },
    lifting: { type: 'string', title: 'The roastery days include moving 60 kg sacks now and then. Are you comfortable with that?', enum: ['yes', 'with_help', 'no'] },
    posTools: { type: 'array', title: 'Point-of-sale systems you have pulled data from', items: { type: 'string', enum: ['square', 'toast', 'lightspeed', 'clover', 'none'] }, uniqueItems: true },
    startOn: { type: 'string', format: 'date-time', title: 'When can you start?' },
    salary: { type: 'integer', title: 'Yearly salary you are hoping for (USD)', minimum: 0 },
    resume: { type: 'string', title: 'Resume' },
    letter: { type: 'string', title: 'A short note to the team' },
    brewMethod: { type: 'string', title: 'Your go-to brew method' },
    foundUs: { type: 'string', title: 'How did you hear about this job?', enum: ['instagram', 'cafe', 'linkedin', 'sprudge', 'friend', 'other'] },
    referredBy: { type: 'string', title: 'Referred by (name of a Thistle & Vane employee)' },
    consent: { type: 'boolean', title: 'I agree to the applicant privacy notice' },
  },
  required: ['firstName', 'lastName', 'email', 'phone', 'resume', 'consent'],
};
// The builder's own check: the required fields only (the page ships no AJV).
const requiredCheck = (model) => {
  const details = schema.required.filter((key) => !model[key]).map((key) => ({ instancePath: `/${key}`, keyword: 'required', params: { missingProperty: key }, message: 'is required' }));
  return details.length ? { details } : null;
};
const bridge = new JSONSchemaBridge({ schema, validator: requiredCheck });

const ResumeInput = connectField(({ onChange, value, label, id }) => (
  <div className="field file-field">
    <label htmlFor={id}>{label}</label>
    <input id={id} type="file" accept=".pdf,.doc,.docx" onChange={(event) => onChange(event.target.files?.[0]?.name ?? '')} />
    {value ? <span className="chosen">{value}</span> : null}
  </div>
));

function Application() {
  const [model, setModel] = useState({ jobs: [{}] });
  const [sent, setSent] = useState(false);
  if (sent) return <div id="tv-sent"><h2>Thanks! We got your application.</h2></div>;
  return (
    <>
      <AutoForm schema={bridge} model={model} onChangeModel={setModel}
        onSubmit={() => setSent(true)}>
        <h2>About you</h2>
        <AutoField name="firstName" />
        <AutoField name="lastName" />
        <AutoField name="email" />
        <TextField name="phone" type="tel" placeholder="555-555-5555" />
        <TextField name="city" placeholder="e.g. Oakland" />
        <TextField name="github" type="url" placeholder="https://" />
        <h2>Experience</h2>
        <RadioField name="yearsBand" options={[
          { value: 'lt2', label: 'Less than 2 years' }, { value: '2to4', label: '2–4 years' }, { value: '5to8', label: '5–8 years' }, { value: '9plus', label: '9 years or more' },
        ]} />
        <ListField name="jobs" addIcon="+ Add a job" removeIcon="Remove">
          <ListItemField name="$">
            <NestField name="">
              <TextField name="company" />
              <TextField name="role" />
              <BoolField name="stillThere" />
            </NestField>
          </ListItemField>
        </ListField>
        <SelectField name="education" placeholder="Pick one" options={[
          { value: 'hs', label: 'High school' }, { value: 'some', label: 'Some college' }, { value: 'assoc', label: 'Associate degree' },
          { value: 'ba', label: 'Bachelor’s degree' }, { value: 'grad', label: 'Graduate degree' },
        ]} />
        <AutoField name="school" />
        <h2>Eligibility</h2>
        <SelectField name="rightToWork" placeholder="Pick one" options={[
          { value: 'citizen', label: 'Yes, I’m a US citizen' }, { value: 'permanent', label: 'Yes, I’m a permanent resident' },
          { value: 'visa', label: 'Yes, on a work visa' }, { value: 'no', label: 'No' },
        ]} />
        <RadioField name="visa" options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
        <RadioField name="lifting" options={[
          { value: 'yes', label: 'Yes' }, { value: 'with_help', label: 'With a hand truck or a teammate' }, { value: 'no', label: 'No' },
        ]} />
        <SelectField name="posTools" checkboxes options={[
          { value: 'square', label: 'Square' }, { value: 'toast', label: 'Toast' }, { value: 'lightspeed', label: 'Lightspeed' }, { value: 'clover', label: 'Clover' }, { value: 'none', label: 'None of these' },
        ]} />
        <h2>Timing and pay</h2>
        <DateField name="startOn" type="date" />
        <NumField name="salary" decimal={false} />
        <h2>Documents</h2>
        <ResumeInput name="resume" />
        <LongTextField name="letter" placeholder="Think of it as a cover letter, in your own words" />
        <AutoField name="brewMethod" />
        <SelectField name="foundUs" placeholder="Pick one" options={[
          { value: 'instagram', label: 'Instagram' }, { value: 'cafe', label: 'In one of our cafés' }, { value: 'linkedin', label: 'LinkedIn' },
          { value: 'sprudge', label: 'Sprudge job board' }, { value: 'friend', label: 'A friend' }, { value: 'other', label: 'Somewhere else' },
        ]} />
        <AutoField name="referredBy" />
        <BoolField name="consent" />
        <ErrorsField />
        <SubmitField value="Send application" id="tv-send" />
      </AutoForm>
      <pre id="model">{JSON.stringify({ ...model, startOn: model.startOn instanceof Date ? model.startOn.toISOString() : model.startOn ?? null }, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
