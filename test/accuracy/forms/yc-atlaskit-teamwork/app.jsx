/**
 * A team-collaboration software company's careers page built with Atlassian's Atlaskit the way its
 * docs build a form: @atlaskit/form (final-form; Field render props with `${name}-uid…` ids, Label,
 * HelperMessage, ErrorMessage, Fieldset + Legend, CheckboxField), @atlaskit/textfield (with
 * elemBeforeInput "$" / elemAfterInput "USD"), @atlaskit/select (react-select underneath: a
 * CountrySelect for the phone's country code whose control shows only the flag and "US", plain
 * Selects for country, state and degree, a CheckboxSelect of products to leave alone),
 * @atlaskit/radio RadioGroups, @atlaskit/datetime-picker DatePicker (the calendar in a popup; the
 * typed value parsed by locale), a native file input, @atlaskit/textarea and @atlaskit/checkbox.
 * useFormState mirrors the values into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Form, { CheckboxField, ErrorMessage, Field, Fieldset, FormFooter, FormHeader, FormSection, HelperMessage, useFormState } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import TextArea from '@atlaskit/textarea';
import Select, { CheckboxSelect, CountrySelect } from '@atlaskit/select';
import { RadioGroup } from '@atlaskit/radio';
import { Checkbox } from '@atlaskit/checkbox';
import { DatePicker } from '@atlaskit/datetime-picker';
import Button from '@atlaskit/button/new';

const COUNTRIES = ['Australia', 'Canada', 'France', 'Germany', 'India', 'Japan', 'Netherlands', 'New Zealand', 'Philippines', 'Poland', 'Turkey', 'United Kingdom', 'United States'].map(
  (name) => ({ label: name, value: name }),
);
const STATES = ['Arizona', 'California', 'Colorado', 'Florida', 'Illinois', 'Massachusetts', 'New York', 'Oregon', 'Texas', 'Virginia', 'Washington'].map((name) => ({
  label: name,
  value: name,
}));
const DEGREES = [
  { label: 'High school or equivalent', value: 'hs' },
  { label: 'Associate degree', value: 'associate' },
  { label: "Bachelor's degree", value: 'bachelor' },
  { label: "Master's degree", value: 'master' },
  { label: 'Doctorate', value: 'doctorate' },
  { label: 'Bootcamp or self-taught', value: 'self' },
];
const PRODUCTS = ['Jira', 'Confluence', 'Trello', 'Bitbucket', 'Loom', 'Other Kookaburra products'].map((label) => ({ label, value: label }));

function Mirror() {
  const state = useFormState({ values: true });
  const values = state?.values ?? {};
  const shown = {
    ...values,
    dialCode: values.dialCode ? values.dialCode.abbr : null,
    country: values.country ? values.country.value : null,
    state: values.state ? values.state.value : null,
    degree: values.degree ? values.degree.value : null,
    products: (values.products ?? []).map((option) => option.value),
  };
  return <pre id="model">{JSON.stringify(shown)}</pre>;
}

function Application() {
  const [sent, setSent] = useState(false);
  const [resumeName, setResumeName] = useState(null);
  if (sent) {
    return (
      <div id="submitted">
        <h2>Thanks for applying!</h2>
        <p>We will review your application and reach out if there's a match.</p>
      </div>
    );
  }
  return (
    <Form
      onSubmit={(data) => {
        if (!data.consent) return { consent: 'Please accept the privacy notice' };
        setSent(true);
        return undefined;
      }}
    >
      {({ formProps }) => (
        <form {...formProps} id="application" name="application">
          <FormHeader title="Apply for this job">
            <p aria-hidden="true">
              Required fields are marked with an asterisk <span style={{ color: '#de350b' }}>*</span>
            </p>
          </FormHeader>
          <FormSection>
            <div className="two">
              <Field name="firstName" label="Legal first name" isRequired defaultValue="">
                {({ fieldProps }) => <Textfield {...fieldProps} autoComplete="given-name" />}
              </Field>
              <Field name="lastName" label="Last name" isRequired defaultValue="">
                {({ fieldProps }) => <Textfield {...fieldProps} autoComplete="family-name" />}
              </Field>
            </div>
            <Field name="preferredName" label="Preferred first name" defaultValue="">
              {({ fieldProps }) => (
                <>
                  <Textfield {...fieldProps} />
                  <HelperMessage>Only if it differs from your legal first name.</HelperMessage>
                </>
              )}
            </Field>
            <Field name="email" label="Email" isRequired defaultValue="">
              {({ fieldProps }) => <Textfield {...fieldProps} type="email" autoComplete="email" />}
            </Field>
            <div className="two" style={{ gridTemplateColumns: '160px 1fr' }}>
              <Field name="dialCode" label="Country code" defaultValue={null}>
                {({ fieldProps: { id, ...rest } }) => <CountrySelect inputId={id} {...rest} placeholder="Code" classNamePrefix="dial-code" />}
              </Field>
              <Field name="phone" label="Phone number" defaultValue="">
                {({ fieldProps }) => <Textfield {...fieldProps} type="tel" autoComplete="tel-national" />}
              </Field>
            </div>
            <div className="two">
              <Field name="city" label="City" defaultValue="">
                {({ fieldProps }) => <Textfield {...fieldProps} autoComplete="address-level2" />}
              </Field>
              <Field name="state" label="State" defaultValue={null}>
                {({ fieldProps: { id, ...rest } }) => <Select inputId={id} {...rest} options={STATES} placeholder="Choose a state" isClearable classNamePrefix="state-select" />}
              </Field>
            </div>
            <Field name="country" label="Country" isRequired defaultValue={null}>
              {({ fieldProps: { id, ...rest } }) => <Select inputId={id} {...rest} options={COUNTRIES} placeholder="Choose a country" classNamePrefix="country-select" />}
            </Field>
          </FormSection>

          <FormSection title="Experience">
            <div className="two">
              <Field name="linkedin" label="LinkedIn profile" defaultValue="">
                {({ fieldProps }) => <Textfield {...fieldProps} placeholder="https://www.linkedin.com/in/" />}
              </Field>
              <Field name="website" label="Website" defaultValue="">
                {({ fieldProps }) => <Textfield {...fieldProps} placeholder="https://" />}
              </Field>
            </div>
            <div className="two">
              <Field name="company" label="Current company" defaultValue="">
                {({ fieldProps }) => <Textfield {...fieldProps} />}
              </Field>
              <Field name="title" label="Current title" defaultValue="">
                {({ fieldProps }) => <Textfield {...fieldProps} />}
              </Field>
            </div>
            <Field name="experience" label="How many years of experience do you have building data pipelines?" defaultValue="">
              {({ fieldProps }) => (
                <RadioGroup
                  {...fieldProps}
                  options={[
                    { name: 'experience', value: '0-2', label: '0–2 years' },
                    { name: 'experience', value: '3-5', label: '3–5 years' },
                    { name: 'experience', value: '6-8', label: '6–8 years' },
                    { name: 'experience', value: '9+', label: '9+ years' },
                  ]}
                />
              )}
            </Field>
            <div className="two">
              <Field name="degree" label="Highest degree" defaultValue={null}>
                {({ fieldProps: { id, ...rest } }) => <Select inputId={id} {...rest} options={DEGREES} placeholder="Select…" classNamePrefix="degree-select" />}
              </Field>
              <Field name="school" label="School" defaultValue="">
                {({ fieldProps }) => <Textfield {...fieldProps} />}
              </Field>
            </div>
            <Field name="products" label="Which of our products have you used?" defaultValue={[]}>
              {({ fieldProps: { id, ...rest } }) => <CheckboxSelect inputId={id} {...rest} options={PRODUCTS} placeholder="Select all that apply" classNamePrefix="products-select" />}
            </Field>
          </FormSection>

          <FormSection title="Logistics">
            <Field name="authorized" label="Are you legally authorized to work in the country where this job is located?" isRequired defaultValue="">
              {({ fieldProps, error }) => (
                <>
                  <RadioGroup
                    {...fieldProps}
                    options={[
                      { name: 'authorized', value: 'yes', label: 'Yes' },
                      { name: 'authorized', value: 'no', label: 'No' },
                    ]}
                  />
                  {error ? <ErrorMessage>{error}</ErrorMessage> : null}
                </>
              )}
            </Field>
            <Field name="sponsorship" label="Will you now or in the future require visa sponsorship to work in that country?" isRequired defaultValue="">
              {({ fieldProps }) => (
                <RadioGroup
                  {...fieldProps}
                  options={[
                    { name: 'sponsorship', value: 'yes', label: 'Yes' },
                    { name: 'sponsorship', value: 'no', label: 'No' },
                  ]}
                />
              )}
            </Field>
            <div className="two">
              <Field name="startDate" label="Earliest start date" defaultValue="">
                {({ fieldProps: { id, ...rest } }) => (
                  <>
                    <DatePicker {...rest} id={id} testId="start-date" locale="en-US" clearControlLabel="Clear earliest start date" shouldShowCalendarButton openCalendarLabel="open calendar" />
                    <HelperMessage>You can type a date like 1/31/2027.</HelperMessage>
                  </>
                )}
              </Field>
              <Field name="salary" label="Salary expectations" defaultValue="">
                {({ fieldProps }) => (
                  <Textfield
                    {...fieldProps}
                    inputMode="numeric"
                    elemBeforeInput={<span style={{ paddingLeft: 8, color: '#626f86' }}>$</span>}
                    elemAfterInput={<span style={{ paddingRight: 8, color: '#626f86' }}>USD</span>}
                  />
                )}
              </Field>
            </div>
          </FormSection>

          <FormSection title="Resume and cover letter">
            <Field name="resume" label="Resume" isRequired defaultValue={null}>
              {({ fieldProps: { id, onChange, onBlur, onFocus, name } }) => (
                <>
                  <input
                    type="file"
                    id={id}
                    name={name}
                    accept=".pdf,.doc,.docx"
                    onBlur={onBlur}
                    onFocus={onFocus}
                    onChange={(event) => {
                      const file = event.target.files?.[0];
                      setResumeName(file ? file.name : null);
                      onChange(file ? file.name : null);
                    }}
                  />
                  <HelperMessage>{resumeName ? `Attached: ${resumeName}` : 'PDF or Word documents only.'}</HelperMessage>
                </>
              )}
            </Field>
            <Field name="coverLetter" label="Cover letter" defaultValue="">
              {({ fieldProps }) => <TextArea {...fieldProps} minimumRows={5} resize="vertical" />}
            </Field>
            <CheckboxField name="consent" defaultIsChecked={false}>
              {({ fieldProps }) => <Checkbox {...fieldProps} label="I have read and accept the Kookaburra Candidate Privacy Notice" />}
            </CheckboxField>
            <CheckboxField name="talentUpdates" defaultIsChecked={false}>
              {({ fieldProps }) => <Checkbox {...fieldProps} label="Send me updates about new roles at Kookaburra" />}
            </CheckboxField>
          </FormSection>
          <FormFooter align="start">
            <Button type="submit" appearance="primary" id="submit-application">
              Submit application
            </Button>
          </FormFooter>
          <Mirror />
        </form>
      )}
    </Form>
  );
}

function SiteSearch() {
  const [value, setValue] = useState('');
  return (
    <div style={{ marginLeft: 'auto', width: 260 }}>
      <Textfield aria-label="Search jobs" placeholder="Search jobs" name="job-search" value={value} onChange={(event) => setValue(event.target.value)} isCompact />
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <>
    <div className="nav">
      <span className="brand">kookaburra</span>
      <span>Careers</span>
      <span>Teams</span>
      <span>Locations</span>
      <SiteSearch />
    </div>
    <div className="page">
      <div className="meta">Data Engineering · San Francisco, United States · Full time</div>
      <h1>Senior Data Engineer, Product Analytics</h1>
      <p>Millions of teams plan their work in Kookaburra products every day. The Product Analytics team owns the event pipelines and the warehouse models that tell product managers what those teams do.</p>
      <Application />
    </div>
  </>,
);
