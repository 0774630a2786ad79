/**
 * A freight-brokerage company's careers page (a .NET shop) built with KendoReact 15 free
 * components and the Kendo Default theme, composed the way the KendoReact Form docs do it: <Form>
 * with <Field component={FormX}> wrappers that render FieldWrapper + Label editorId + the editor +
 * Hint / Error (ids "firstName", hints "firstName_hint" via ariaDescribedBy). Editors: Input,
 * MaskedTextBox with the docs' phone mask "(999) 000-0000", a 250-country DropDownList (type-ahead only),
 * AutoComplete (metro areas), DropDownLists (span role=combobox; popup at the end of <body>) with a
 * defaultItem, RadioGroup (native radios, sentence answers), NumericTextBox with format "c0",
 * DatePicker with format "MM/dd/yyyy" (one DateInput text box with "month/day/year" placeholder),
 * MultiSelect of lanes to leave alone, TextArea, Checkbox, Switch; a plain file input inside a Kendo
 * button-styled label (Upload, Form and ComboBox are paid components, so the page keeps its own state
 * and uses a filterable DropDownList for the country). AppBar with a job-search AutoComplete and a
 * "Sign in" button. Form values rendered into <pre id="model">.
 */
import { createContext, useContext, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@progress/kendo-theme-default/dist/all.css';
import countries from 'world-countries/countries.json';
import { FieldWrapper } from '@progress/kendo-react-form';
import { Input, MaskedTextBox, NumericTextBox, RadioGroup, Checkbox, Switch, TextArea } from '@progress/kendo-react-inputs';
import { DropDownList, AutoComplete, MultiSelect } from '@progress/kendo-react-dropdowns';
import { DatePicker } from '@progress/kendo-react-dateinputs';
import { Label, Hint, Error } from '@progress/kendo-react-labels';
import { filterBy } from '@progress/kendo-data-query';
import { Button } from '@progress/kendo-react-buttons';
import { AppBar, AppBarSection, AppBarSpacer } from '@progress/kendo-react-layout';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const METROS = [
  'Atlanta, GA', 'Chicago, IL', 'Dallas–Fort Worth, TX', 'Denver, CO', 'Kansas City, MO', 'Los Angeles, CA', 'Memphis, TN',
  'Omaha, NE', 'Phoenix, AZ', 'Sacramento, CA', 'San Diego, CA', 'San Francisco Bay Area, CA', 'San Jose, CA', 'Seattle, WA',
];
const YEARS = ['Less than 1 year', '1 - 2 years', '3 - 5 years', '6 - 8 years', '9 - 12 years', '13+ years'];
const EDUCATION = ['High School Diploma / GED', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Doctorate', 'Other'];
const TMS = ['McLeod', 'MercuryGate', 'Oracle OTM', 'Trimble TMW', 'Turvo', 'Revenova', 'In-house'];
const SOURCES = ['Company website', 'LinkedIn', 'Indeed', 'Employee referral', 'Career fair', 'Other'];
const JOB_TITLES = ['Senior Data Engineer', 'Carrier Sales Representative', 'Freight Broker Trainee', 'Pricing Analyst', 'Software Engineer II'];

const emailRegex = /\S+@\S+\.\S+/;
const required = (value) => (value === undefined || value === null || value === '' ? 'This field is required.' : '');
const emailValidator = (value) => (emailRegex.test(value ?? '') ? '' : 'Please enter a valid email.');

function wrap(Editor, mapValue) {
  return function FormComponent(fieldRenderProps) {
    const { validationMessage, touched, label, id, valid, disabled, hint, optional, visited, modified, ...others } = fieldRenderProps;
    const showValidationMessage = touched && validationMessage;
    const showHint = !showValidationMessage && hint;
    const hintId = showHint ? `${id}_hint` : '';
    const errorId = showValidationMessage ? `${id}_error` : '';
    return (
      <FieldWrapper>
        <Label editorId={id} editorValid={valid} editorDisabled={disabled} optional={optional}>{label}</Label>
        <div className="k-form-field-wrap">
          <Editor valid={valid} id={id} disabled={disabled} ariaDescribedBy={`${hintId} ${errorId}`} {...(mapValue ? mapValue(others) : others)} />
          {showHint && <Hint id={hintId}>{hint}</Hint>}
          {showValidationMessage && <Error id={errorId}>{validationMessage}</Error>}
        </div>
      </FieldWrapper>
    );
  };
}

const FormInput = wrap(Input);
const FormMaskedTextBox = wrap(MaskedTextBox);
const FormAutoComplete = wrap(AutoComplete);

// The AutoComplete filtering demo: narrow the suggestions with startswith as the value changes.
function MetroAutoComplete(props) {
  const value = props.value ?? '';
  const data = value ? filterBy(METROS, { value, operator: 'startswith', ignoreCase: true }) : METROS;
  return <FormAutoComplete {...props} data={data} />;
}
const FormDropDownList = wrap(DropDownList);
const FormNumericTextBox = wrap(NumericTextBox);
const FormDatePicker = wrap(DatePicker);
const FormMultiSelect = wrap(MultiSelect);
const FormTextArea = wrap(TextArea);

function FormRadioGroup(fieldRenderProps) {
  const { validationMessage, touched, id, label, valid, disabled, hint, visited, modified, ...others } = fieldRenderProps;
  const showValidationMessage = touched && validationMessage;
  const labelId = label ? `${id}_label` : '';
  return (
    <FieldWrapper>
      <Label id={labelId} editorValid={valid} editorDisabled={disabled}>{label}</Label>
      <div className="k-form-field-wrap">
        <RadioGroup id={id} ariaLabelledBy={labelId} valid={valid} disabled={disabled} {...others} />
        {hint && !showValidationMessage && <Hint>{hint}</Hint>}
        {showValidationMessage && <Error>{validationMessage}</Error>}
      </div>
    </FieldWrapper>
  );
}

function FormCheckbox(fieldRenderProps) {
  const { validationMessage, touched, id, valid, disabled, hint, optional, label, visited, modified, ...others } = fieldRenderProps;
  const showValidationMessage = touched && validationMessage;
  return (
    <FieldWrapper>
      <div className="k-form-field-wrap">
        <Checkbox id={id} label={label} labelOptional={optional} valid={valid} disabled={disabled} {...others} />
        {showValidationMessage && <Error>{validationMessage}</Error>}
      </div>
    </FieldWrapper>
  );
}

function FormSwitch(fieldRenderProps) {
  const { validationMessage, touched, id, valid, disabled, hint, label, visited, modified, value, ...others } = fieldRenderProps;
  return (
    <FieldWrapper>
      <Label editorId={id}>{label}</Label>
      <div className="k-form-field-wrap">
        <Switch id={id} checked={!!value} onLabel="Yes" offLabel="No" {...others} />
        {hint && <Hint>{hint}</Hint>}
      </div>
    </FieldWrapper>
  );
}

function ResumeField({ onFile, fileName }) {
  return (
    <FieldWrapper>
      <Label editorId="resumeFile">Resume / CV</Label>
      <div className="k-form-field-wrap">
        <label className="k-button k-button-md k-rounded-md k-button-solid k-button-solid-base" style={{ position: 'relative', overflow: 'hidden' }}>
          Select files...
          <input
            id="resumeFile"
            type="file"
            name="resumeFile"
            accept=".pdf,.doc,.docx,.rtf"
            style={{ position: 'absolute', inset: 0, opacity: 0, cursor: 'pointer' }}
            onChange={(e) => onFile(e.target.files?.[0]?.name ?? '')}
          />
        </label>
        <span className="k-ml-2" id="resume-status">{fileName || 'No file selected'}</span>
        <Hint>Accepted: .pdf, .doc, .docx, .rtf (max 4 MB)</Hint>
      </div>
    </FieldWrapper>
  );
}

const INITIAL = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  country: null,
  metro: '',
  linkedin: '',
  employer: '',
  title: '',
  years: null,
  education: null,
  school: '',
  authorized: null,
  sponsorship: null,
  salary: null,
  availableDate: null,
  tms: [],
  onTime: '',
  relocate: false,
  source: null,
  referrer: '',
  coverLetter: '',
  certify: false,
};

const FormState = createContext(null);

function Field({ component: Component, name, validator, ...rest }) {
  const { values, setValues, touched, setTouched } = useContext(FormState);
  const value = values[name];
  const message = validator ? validator(value) : '';
  return (
    <Component
      {...rest}
      name={name}
      value={value}
      valid={!(touched[name] && message)}
      touched={!!touched[name]}
      validationMessage={message}
      onChange={(event) => setValues((v) => ({ ...v, [name]: event.value !== undefined ? event.value : event.target?.value }))}
      onBlur={() => setTouched((t) => ({ ...t, [name]: true }))}
    />
  );
}

function pad(n) { return String(n).padStart(2, '0'); }
function toModel(values, resume) {
  const date = values.availableDate;
  return {
    ...values,
    availableDate: date instanceof Date ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : null,
    resume,
  };
}

function App() {
  const [values, setValues] = useState(INITIAL);
  const [touched, setTouched] = useState({});
  const [resume, setResume] = useState('');
  const [sent, setSent] = useState(false);
  const pre = document.getElementById('model');
  if (pre) pre.textContent = JSON.stringify(toModel(values, resume), null, 2);
  const submit = (event) => {
    event.preventDefault();
    setTouched(Object.fromEntries(Object.keys(INITIAL).map((k) => [k, true])));
    if (!values.firstName || !values.lastName || !values.email || !values.certify || !resume) return;
    setSent(true);
  };

  if (sent) {
    return (
      <div className="k-card k-p-6" id="application-sent" style={{ maxWidth: 720, margin: '48px auto' }}>
        <h2 className="k-h4">Application received</h2>
        <p>Thanks for applying to Harrowgate Freight. A recruiter will reach out within 5 business days.</p>
      </div>
    );
  }

  return (
    <>
      <AppBar themeColor="dark">
        <AppBarSection><strong style={{ fontSize: 18 }}>HARROWGATE FREIGHT</strong></AppBarSection>
        <AppBarSpacer style={{ width: 32 }} />
        <AppBarSection><a href="#jobs" className="k-link" style={{ color: '#fff' }}>Jobs</a></AppBarSection>
        <AppBarSpacer style={{ width: 16 }} />
        <AppBarSection><a href="#life" className="k-link" style={{ color: '#fff' }}>Life at Harrowgate</a></AppBarSection>
        <AppBarSpacer />
        <AppBarSection>
          <AutoComplete data={JOB_TITLES} placeholder="Search jobs" id="job-search" name="jobSearch" style={{ width: 220 }} ariaLabel="Search jobs" />
        </AppBarSection>
        <AppBarSpacer style={{ width: 12 }} />
        <AppBarSection><Button fillMode="outline" themeColor="light">Sign in</Button></AppBarSection>
      </AppBar>

      <FormState.Provider value={{ values, setValues, touched, setTouched }}>
      <main style={{ maxWidth: 760, margin: '0 auto', padding: '24px 16px' }}>
        <p className="k-color-subtle">Chicago, IL · Hybrid (2 days in office) · Full-time · Req #AE-2318</p>
        <h1 className="k-h2">Analytics Engineer, Carrier Network</h1>
        <p>
          12,000 carriers haul for us. You'll model carrier performance, on-time scores and capacity in dbt so our
          carrier-sales team calls the right truck first.
        </p>

              <form className="k-form" style={{ maxWidth: 720 }} id="application-form" noValidate onSubmit={submit}>
                <fieldset className="k-form-fieldset">
                  <legend className="k-form-legend">Contact information</legend>
                  <div className="k-form-layout k-d-grid k-grid-cols-2 k-gap-x-4">
                    <Field id="firstName" name="firstName" label="First Name" component={FormInput} validator={required} />
                    <Field id="lastName" name="lastName" label="Last Name" component={FormInput} validator={required} />
                  </div>
                  <Field id="email" name="email" label="Email" type="email" component={FormInput} validator={emailValidator} />
                  <Field id="phone" name="phone" label="Phone Number" mask="(999) 000-0000" hint="Hint: Your active phone number" component={FormMaskedTextBox} validator={required} />
                  <div className="k-form-layout k-d-grid k-grid-cols-2 k-gap-x-4">
                    <Field id="country" name="country" label="Country" data={COUNTRIES} defaultItem="Select country..." component={FormDropDownList} validator={required} />
                    <Field id="metro" name="metro" label="Nearest metro area" placeholder="e.g. Omaha, NE" component={MetroAutoComplete} hint="Where you'd commute from, or where you live if remote." />
                  </div>
                  <Field id="linkedin" name="linkedin" label="LinkedIn Profile URL" optional component={FormInput} />
                </fieldset>

                <fieldset className="k-form-fieldset">
                  <legend className="k-form-legend">Experience &amp; education</legend>
                  <div className="k-form-layout k-d-grid k-grid-cols-2 k-gap-x-4">
                    <Field id="employer" name="employer" label="Current Employer" component={FormInput} />
                    <Field id="title" name="title" label="Current Job Title" component={FormInput} />
                  </div>
                  <Field id="years" name="years" label="Years of Relevant Experience" data={YEARS} defaultItem="Select..." component={FormDropDownList} validator={(v) => (!v || v === 'Select...' ? 'This field is required.' : '')} />
                  <div className="k-form-layout k-d-grid k-grid-cols-2 k-gap-x-4">
                    <Field id="education" name="education" label="Highest Level of Education" data={EDUCATION} defaultItem="Select..." component={FormDropDownList} />
                    <Field id="school" name="school" label="School / University" optional component={FormInput} />
                  </div>
                  <Field id="tms" name="tms" label="Transportation management systems you've used" data={TMS} optional placeholder="Select systems" component={FormMultiSelect} />
                  <Field id="onTime" name="onTime" label="How would you define an on-time pickup?" optional rows={3} component={FormTextArea} hint="Two or three sentences." />
                </fieldset>

                <fieldset className="k-form-fieldset">
                  <legend className="k-form-legend">Eligibility</legend>
                  <Field
                    id="authorized"
                    name="authorized"
                    label="Are you legally eligible to work in the United States?"
                    layout="horizontal"
                    data={[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]}
                    component={FormRadioGroup}
                    validator={required}
                  />
                  <Field
                    id="sponsorship"
                    name="sponsorship"
                    label="Will you now or in the future require Harrowgate to sponsor an employment visa?"
                    layout="vertical"
                    data={[
                      { label: 'Yes, I will require sponsorship', value: 'yes' },
                      { label: 'No, I will not require sponsorship', value: 'no' },
                    ]}
                    component={FormRadioGroup}
                    validator={required}
                  />
                  <Field id="relocate" name="relocate" label="Willing to relocate to Chicago, IL?" component={FormSwitch} hint="Relocation assistance is available." />
                </fieldset>

                <fieldset className="k-form-fieldset">
                  <legend className="k-form-legend">Compensation &amp; availability</legend>
                  <div className="k-form-layout k-d-grid k-grid-cols-2 k-gap-x-4">
                    <Field id="salary" name="salary" label="Desired Annual Salary" format="c0" min={0} spinners={false} component={FormNumericTextBox} />
                    <Field id="availableDate" name="availableDate" label="Date Available to Start" format="MM/dd/yyyy" formatPlaceholder="formatPattern" component={FormDatePicker} />
                  </div>
                </fieldset>

                <fieldset className="k-form-fieldset">
                  <legend className="k-form-legend">Documents</legend>
                  <ResumeField fileName={resume} onFile={setResume} />
                  <Field id="coverLetter" name="coverLetter" label="Cover Letter" optional rows={5} component={FormTextArea} hint="Paste your cover letter here." />
                </fieldset>

                <fieldset className="k-form-fieldset">
                  <legend className="k-form-legend">A little more</legend>
                  <Field id="source" name="source" label="How did you hear about this job?" data={SOURCES} defaultItem="Select..." component={FormDropDownList} />
                  <Field id="referrer" name="referrer" label="Referring employee's name" optional component={FormInput} hint="Only if a Harrowgate employee referred you." />
                  <Field id="certify" name="certify" label="I certify that the information in this application is true and complete." component={FormCheckbox} validator={(v) => (v ? '' : 'You must certify to submit.')} />
                </fieldset>

                <div className="k-form-buttons">
                  <Button id="submit-application" themeColor="primary" type="submit" >Submit Application</Button>
                  <Button type="button" onClick={() => setValues(INITIAL)}>Clear</Button>
                </div>
              </form>
      </main>
      </FormState.Provider>
      <footer className="k-p-6" style={{ background: '#f5f5f5', marginTop: 48 }}>
        <div style={{ maxWidth: 720, margin: '0 auto' }}>
          <Label editorId="talent-email">Join our talent network</Label>
          <div className="k-d-flex k-gap-2">
            <Input id="talent-email" name="talentEmail" placeholder="Email address" type="email" />
            <Button>Join</Button>
          </div>
        </div>
      </footer>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
