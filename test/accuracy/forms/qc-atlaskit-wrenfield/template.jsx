/**
 * A mapping company's careers site on Atlassian's **Atlaskit**, with the form state in
 * **@atlaskit/form** (final-form underneath; `Field` render props hand each control `fieldProps`
 * with a generated `${name}-uid…` id and the Label's `for`), mirrored by `useFormState` into
 * <pre id="model">: Textfields (a "$" elemBeforeInput and "USD" elemAfterInput on the salary),
 * **@atlaskit/select** (react-select underneath: the chosen option shows in a
 * `…__single-value` div, the input stays empty; `inputId` set from fieldProps) for the location
 * ("San Francisco, CA, USA" beside "South San Francisco, CA, USA") and the country ("United States
 * of America"), **@atlaskit/datetime-picker** DatePicker (its input is a react-select input too;
 * `MM/DD/YYYY`, parsed by locale), **@atlaskit/radio** RadioGroups, @atlaskit/textarea, CheckboxFields
 * and a native file input. Posting questions (`q_<id>`) come from the posting's config.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Form, { CheckboxField, Field, FormFooter, FormHeader, FormSection, HelperMessage, useFormState } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import TextArea from '@atlaskit/textarea';
import Select from '@atlaskit/select';
import { RadioGroup } from '@atlaskit/radio';
import { Checkbox } from '@atlaskit/checkbox';
import { DatePicker } from '@atlaskit/datetime-picker';
import Button from '@atlaskit/button/new';

const PLACES = [
  'Oakland, CA, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San José, Costa Rica', 'San Jose, CA, USA',
  'South San Francisco, CA, USA', 'Seattle, WA, USA', 'Portland, OR, USA', 'Boulder, CO, USA', 'Austin, TX, USA',
  'New York, NY, USA', 'Toronto, ON, Canada', 'London, UK', 'Berlin, Germany',
].map((label) => ({ label, value: label }));
const COUNTRIES = ['Canada', 'Costa Rica', 'Germany', 'Mexico', 'United Kingdom', 'United States of America', 'United States Minor Outlying Islands', 'Other'].map((label) => ({ label, value: label }));
const HEARD = ['Wrenfield careers page', 'LinkedIn', 'OpenStreetMap community', 'Conference (FOSS4G, State of the Map…)', 'Friend or colleague', 'Other'].map((label) => ({ label, value: label }));
const GENDER = [
  { name: 'gender', value: 'woman', label: 'Woman' },
  { name: 'gender', value: 'man', label: 'Man' },
  { name: 'gender', value: 'nonbinary', label: 'Non-binary' },
  { name: 'gender', value: 'declined', label: 'I prefer not to say' },
];

function Model() {
  const state = useFormState({ values: true });
  return <pre id="model">{JSON.stringify(state?.values ?? {}, null, 1)}</pre>;
}

function Question({ q }) {
  if (q.type === 'radio') {
    return (
      <Field name={q.key} label={q.label} defaultValue="">
        {({ fieldProps: { value, onChange, ...rest } }) => (
          <RadioGroup {...rest} value={value} onChange={(event) => onChange(event.target.value)} options={q.options.map((option) => ({ name: q.key, value: option, label: option }))} />
        )}
      </Field>
    );
  }
  if (q.type === 'select') {
    return (
      <Field name={q.key} label={q.label} defaultValue={null}>
        {({ fieldProps: { id, ...rest } }) => (
          <Select inputId={id} {...rest} classNamePrefix={q.key} options={q.options.map((option) => ({ label: option, value: option }))} placeholder="Select…" />
        )}
      </Field>
    );
  }
  if (q.type === 'textarea') {
    return (
      <Field name={q.key} label={q.label} defaultValue="">
        {({ fieldProps }) => <TextArea {...fieldProps} minimumRows={3} />}
      </Field>
    );
  }
  return (
    <Field name={q.key} label={q.label} defaultValue="">
      {({ fieldProps }) => <Textfield {...fieldProps} />}
    </Field>
  );
}

function Application({ posting }) {
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  if (sent) {
    return (
      <div className="wrap" id="application-sent">
        Thanks for applying to {posting.title}. We will be in touch soon.
      </div>
    );
  }
  return (
    <>
      <div className="nav">
        <strong>◆ Wrenfield</strong>
        <div style={{ width: 260 }}>
          <Textfield id="site-search" aria-label="Search jobs" placeholder="Search jobs" value={search} onChange={(event) => setSearch(event.target.value)} isCompact />
        </div>
      </div>
      <Form onSubmit={() => setSent(true)}>
        {({ formProps, submitting }) => (
          <>
            <form {...formProps} className="wrap" id="apply" noValidate>
              <FormHeader title={posting.title} description={`${posting.team} · ${posting.where}`} />
              <p>{posting.blurb}</p>
              <FormSection title="About you">
                <div className="pair">
                  <Field name="givenName" label="Given name" isRequired defaultValue="">
                    {({ fieldProps }) => <Textfield {...fieldProps} />}
                  </Field>
                  <Field name="familyName" label="Family name" isRequired defaultValue="">
                    {({ fieldProps }) => <Textfield {...fieldProps} />}
                  </Field>
                </div>
                <Field name="email" label="Email" isRequired defaultValue="">
                  {({ fieldProps }) => <Textfield {...fieldProps} type="email" />}
                </Field>
                <Field name="phone" label="Phone" defaultValue="">
                  {({ fieldProps }) => (
                    <>
                      <Textfield {...fieldProps} type="tel" />
                      <HelperMessage>Include your country code, e.g. +1 555 010 0199</HelperMessage>
                    </>
                  )}
                </Field>
                <Field name="location" label="Where are you located?" defaultValue={null}>
                  {({ fieldProps: { id, ...rest } }) => (
                    <Select inputId={id} {...rest} classNamePrefix="location-select" options={PLACES} placeholder="Search cities" isClearable />
                  )}
                </Field>
                <Field name="country" label="Country of residence" defaultValue={null}>
                  {({ fieldProps: { id, ...rest } }) => (
                    <Select inputId={id} {...rest} classNamePrefix="country-select" options={COUNTRIES} placeholder="Choose a country" />
                  )}
                </Field>
              </FormSection>

              <FormSection title="Profiles">
                <Field name="linkedin" label="LinkedIn URL" defaultValue="">
                  {({ fieldProps }) => <Textfield {...fieldProps} />}
                </Field>
                <Field name="portfolio" label="Portfolio, map gallery or GitHub" defaultValue="">
                  {({ fieldProps }) => (
                    <>
                      <Textfield {...fieldProps} />
                      <HelperMessage>One link that best shows your work.</HelperMessage>
                    </>
                  )}
                </Field>
              </FormSection>

              <FormSection title="Experience">
                <div className="pair">
                  <Field name="employer" label="Current employer" defaultValue="">
                    {({ fieldProps }) => <Textfield {...fieldProps} />}
                  </Field>
                  <Field name="jobTitle" label="Current job title" defaultValue="">
                    {({ fieldProps }) => <Textfield {...fieldProps} />}
                  </Field>
                </div>
                {posting.questions.map((q) => (
                  <Question key={q.key} q={q} />
                ))}
              </FormSection>

              <FormSection title="Start date and salary">
                <Field name="startDate" label="Earliest start date" defaultValue="">
                  {({ fieldProps: { id, ...rest } }) => (
                    <div id="start-date-box">
                      <DatePicker {...rest} id={id} locale="en-US" dateFormat="MM/DD/YYYY" placeholder="MM/DD/YYYY" />
                    </div>
                  )}
                </Field>
                <Field name="salary" label="Salary expectation (annual base)" defaultValue="">
                  {({ fieldProps }) => <Textfield {...fieldProps} elemBeforeInput={<span style={{ paddingLeft: 8 }}>$</span>} elemAfterInput={<span style={{ paddingRight: 8 }}>USD</span>} />}
                </Field>
              </FormSection>

              <FormSection title="Resume and cover letter">
                <Field name="resume" label="Resume" defaultValue="">
                  {({ fieldProps: { id, onChange, onBlur, onFocus } }) => (
                    <div className="file-row">
                      <input id={id} type="file" accept=".pdf,.doc,.docx" onBlur={onBlur} onFocus={onFocus} onChange={(event) => onChange(event.target.files?.[0]?.name ?? '')} />
                    </div>
                  )}
                </Field>
                <Field name="coverLetter" label="Cover letter" defaultValue="">
                  {({ fieldProps }) => <TextArea {...fieldProps} minimumRows={5} />}
                </Field>
              </FormSection>

              <FormSection title="Optional">
                <Field name="heardFrom" label="How did you hear about us?" defaultValue={null}>
                  {({ fieldProps: { id, ...rest } }) => <Select inputId={id} {...rest} classNamePrefix="heard-select" options={HEARD} placeholder="Select…" isClearable />}
                </Field>
                <Field name="gender" label="Gender (voluntary self-identification)" defaultValue="">
                  {({ fieldProps: { value, onChange, ...rest } }) => <RadioGroup {...rest} value={value} onChange={(event) => onChange(event.target.value)} options={GENDER} />}
                </Field>
                <CheckboxField name="similarRoles" defaultIsChecked={false}>
                  {({ fieldProps }) => <Checkbox {...fieldProps} id="similarRoles" label="Email me when similar roles open" />}
                </CheckboxField>
                <CheckboxField name="privacy" defaultIsChecked={false} isRequired>
                  {({ fieldProps }) => <Checkbox {...fieldProps} id="privacy" label="I agree to the Wrenfield candidate privacy notice" />}
                </CheckboxField>
              </FormSection>
              <FormFooter align="start">
                <Button type="submit" appearance="primary" isDisabled={submitting} testId="submit-application" id="submit-application">Submit application</Button>
              </FormFooter>
            </form>
            <Model />
          </>
        )}
      </Form>
    </>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
