/**
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
    name: { type: 'string', title: 'Your full name' },
    email: { type: 'string', format: 'email', title: 'Email address' },
    phone: { type: 'string', title: 'Phone (with area code)' },
    hometown: { type: 'string', title: 'Where do you live now?' },
    website: { type: 'string', title: 'Personal website' },
    pronouns: { type: 'string', title: 'Pronouns (optional)' },
    yearsTotal: { type: 'integer', title: 'Years of professional experience', minimum: 0 },
    jobs: {
      type: 'array',
      title: 'Work history (most recent first)',
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
    education: { type: 'string', title: 'Education', enum: ['none', 'hs', 'assoc', 'ba', 'ma', 'phd'] },
    rightToWork: { type: 'string', title: 'Can you legally work in the US?', enum: ['yes_any', 'yes_restricted', 'no'] },
    visa: { type: 'string', title: 'Will you need a visa from us?', enum: ['needs', 'no_need'] },
    cupping: { type: 'array', title: 'Which coffee certifications do you hold?', items: { type: 'string', enum: ['q_grader', 'sca_barista', 'sca_roasting', 'none'] }, uniqueItems: true },
    startOn: { type: 'string', format: 'date-time', title: 'Start date' },
    salary: { type: 'integer', title: 'Salary you are looking for (USD per year)', minimum: 0 },
    resume: { type: 'string', title: 'Resume' },
    letter: { type: 'string', title: 'Cover letter' },
    favoriteOrigin: { type: 'string', title: 'Favorite coffee origin (just for fun)' },
    foundUs: { type: 'string', title: 'How did you find us?', enum: ['instagram', 'cafe', 'linkedin', 'friend', 'other'] },
    referredBy: { type: 'string', title: 'Referred by (name of a Thistle & Vane employee)' },
    consent: { type: 'boolean', title: 'You may keep my application on file for 12 months' },
  },
  required: ['name', 'email', 'resume'],
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
        <AutoField name="name" />
        <AutoField name="email" />
        <TextField name="phone" type="tel" placeholder="(555) 555-5555" />
        <TextField name="hometown" placeholder="e.g. Portland, OR" />
        <TextField name="website" type="url" placeholder="https://" />
        <TextField name="pronouns" placeholder="e.g. they/them" />
        <h2>Experience</h2>
        <NumField name="yearsTotal" decimal={false} />
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
          { value: 'none', label: 'No diploma' }, { value: 'hs', label: 'High school' }, { value: 'assoc', label: 'Two-year degree' },
          { value: 'ba', label: 'Four-year degree' }, { value: 'ma', label: 'Master’s' }, { value: 'phd', label: 'PhD' },
        ]} />
        <h2>Eligibility</h2>
        <RadioField name="rightToWork" options={[
          { value: 'yes_any', label: 'Yes, for any employer' }, { value: 'yes_restricted', label: 'Yes, but only for my current sponsor' }, { value: 'no', label: 'No' },
        ]} />
        <RadioField name="visa" options={[{ value: 'needs', label: 'Yes, now or later' }, { value: 'no_need', label: 'No' }]} />
        <SelectField name="cupping" checkboxes options={[
          { value: 'q_grader', label: 'Q Arabica Grader' }, { value: 'sca_barista', label: 'SCA Barista Skills' }, { value: 'sca_roasting', label: 'SCA Roasting' }, { value: 'none', label: 'None yet' },
        ]} />
        <h2>Timing and pay</h2>
        <DateField name="startOn" type="date" />
        <NumField name="salary" decimal={false} />
        <h2>Documents</h2>
        <ResumeInput name="resume" />
        <LongTextField name="letter" placeholder="Optional, but we read every one" />
        <AutoField name="favoriteOrigin" />
        <SelectField name="foundUs" placeholder="Pick one" options={[
          { value: 'instagram', label: 'Instagram' }, { value: 'cafe', label: 'In one of our cafés' }, { value: 'linkedin', label: 'LinkedIn' }, { value: 'friend', label: 'A friend' }, { value: 'other', label: 'Somewhere else' },
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
