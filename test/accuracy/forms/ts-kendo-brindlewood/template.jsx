/**
 * Brindlewood Provisions careers: a React apply page built with KendoReact's Form (Field /
 * FormElement) and floating-label inputs: ComboBox, DropDownList, AutoComplete, MaskedTextBox,
 * NumericTextBox, DatePicker, RadioGroup, MultiSelect, Switch. One template, several postings.
 * The form state is shown in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@progress/kendo-theme-default/dist/all.css';
import { Form, Field, FormElement, FieldWrapper } from '@progress/kendo-react-form';
import { Input, MaskedTextBox, NumericTextBox, RadioGroup, Checkbox, Switch, TextArea } from '@progress/kendo-react-inputs';
import { ComboBox, DropDownList, AutoComplete, MultiSelect } from '@progress/kendo-react-dropdowns';
import { DatePicker } from '@progress/kendo-react-dateinputs';
import { Label, Hint, Error } from '@progress/kendo-react-labels';
import { Button } from '@progress/kendo-react-buttons';
import { filterBy } from '@progress/kendo-data-query';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Not in the U.S.'];
const EDUCATION = ['Some High School', 'High School Diploma / GED', 'Some College', 'Associate Degree', 'Bachelor Degree', 'Master Degree', 'Doctorate', 'Trade / Vocational Certificate'];
const SCHOOLS = ['University of California, Berkeley', 'University of California, Davis', 'University of California, Merced', 'University of the Pacific', 'California State University, Stanislaus', 'San Joaquin Delta College', 'Berkeley City College', 'Stanford University'];
const SKILLS = ['SQL', 'Python', 'Spark', 'Airflow', 'dbt', 'Snowflake', 'SAP', 'Manhattan WMS', 'Blue Yonder', 'Power BI', 'Tableau'];
const SOURCES = ['Brindlewood.com', 'Indeed', 'LinkedIn', 'ZipRecruiter', 'Job fair', 'Employee referral', 'Other'];
const GENDERS = ['Female', 'Male', 'Decline to self-identify'];
const ETHNICITIES = ['Hispanic or Latino', 'White (not Hispanic or Latino)', 'Black or African American (not Hispanic or Latino)', 'Asian (not Hispanic or Latino)', 'Native Hawaiian or Other Pacific Islander (not Hispanic or Latino)', 'American Indian or Alaska Native (not Hispanic or Latino)', 'Two or More Races (not Hispanic or Latino)', 'Decline to self-identify'];
const VETERAN = ['I identify as one or more of the classifications of protected veteran', 'I am not a protected veteran', 'I decline to self-identify'];
const DISABILITY = ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability', 'I do not want to answer'];
const YES_NO = [{ label: 'Yes', value: 'Yes' }, { label: 'No', value: 'No' }];

const required = (v) => (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) ? 'This field is required.' : '');
const requiredTrue = (v) => (v ? '' : 'Please confirm to continue.');

// Field renderers in the Kendo docs' style: a FieldWrapper with the component's own floating label,
// or a Label above the control where a question is long.
function FloatingInput({ fieldType, validationMessage, touched, visited, hint, id, ...others }) {
  return (
    <FieldWrapper>
      <Input {...others} id={id} type={fieldType} />
      {hint && <Hint>{hint}</Hint>}
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

function FloatingMasked({ validationMessage, touched, visited, hint, ...others }) {
  return (
    <FieldWrapper>
      <MaskedTextBox {...others} />
      {hint && <Hint>{hint}</Hint>}
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

function FloatingNumeric({ validationMessage, touched, visited, hint, ...others }) {
  return (
    <FieldWrapper>
      <NumericTextBox {...others} />
      {hint && <Hint>{hint}</Hint>}
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

function FloatingDropDown({ validationMessage, touched, visited, hint, data, ...others }) {
  const [filter, setFilter] = useState('');
  const shown = others.filterable ? data.filter((d) => d.toLowerCase().includes(filter.toLowerCase())) : data;
  return (
    <FieldWrapper>
      <DropDownList {...others} data={shown} onFilterChange={(e) => setFilter(e.filter.value)} />
      {hint && <Hint>{hint}</Hint>}
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

function FloatingCombo({ validationMessage, touched, visited, hint, data, ...others }) {
  const [shown, setShown] = useState(data);
  return (
    <FieldWrapper>
      <ComboBox {...others} data={shown} filterable onFilterChange={(e) => setShown(filterBy(data, e.filter))} />
      {hint && <Hint>{hint}</Hint>}
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

function FloatingAutoComplete({ validationMessage, touched, visited, hint, data, ...others }) {
  const shown = others.value ? data.filter((d) => d.toLowerCase().includes(String(others.value).toLowerCase())) : data;
  return (
    <FieldWrapper>
      <AutoComplete {...others} data={shown} />
      {hint && <Hint>{hint}</Hint>}
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

function FloatingDate({ validationMessage, touched, visited, hint, ...others }) {
  return (
    <FieldWrapper>
      <DatePicker {...others} />
      {hint && <Hint>{hint}</Hint>}
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

function LabelledRadioGroup({ validationMessage, touched, visited, label, id, hint, ...others }) {
  return (
    <FieldWrapper>
      <Label id={`${id}-label`} editorId={id}>{label}</Label>
      <RadioGroup {...others} id={id} ariaLabelledBy={`${id}-label`} layout="horizontal" />
      {hint && <Hint>{hint}</Hint>}
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

function LabelledDropDown({ validationMessage, touched, visited, label, id, data, ...others }) {
  return (
    <FieldWrapper>
      <Label id={`${id}-label`} editorId={id}>{label}</Label>
      <DropDownList {...others} id={id} data={data} ariaLabelledBy={`${id}-label`} />
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

function LabelledTextArea({ validationMessage, touched, visited, label, id, hint, ...others }) {
  return (
    <FieldWrapper>
      <Label editorId={id}>{label}</Label>
      <TextArea {...others} id={id} rows={5} />
      {hint && <Hint>{hint}</Hint>}
    </FieldWrapper>
  );
}

function LabelledMultiSelect({ validationMessage, touched, visited, label, id, data, ...others }) {
  return (
    <FieldWrapper>
      <Label editorId={id}>{label}</Label>
      <MultiSelect {...others} id={id} data={data} placeholder="Select skills" />
    </FieldWrapper>
  );
}

function FormSwitch({ validationMessage, touched, visited, label, id, value, ...others }) {
  return (
    <FieldWrapper>
      <div className="bw-switch"><Switch {...others} id={id} checked={!!value} onLabel="Yes" offLabel="No" /> <Label editorId={id}>{label}</Label></div>
    </FieldWrapper>
  );
}

function FormCheckbox({ validationMessage, touched, visited, label, id, value, ...others }) {
  return (
    <FieldWrapper>
      <Checkbox {...others} id={id} value={!!value} label={label} />
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

// KendoReact Upload is a paid package on this site's plan: the team kept a plain file input styled as a Kendo button.
function FileField({ validationMessage, touched, visited, label, id, value, onChange, accept, hint }) {
  return (
    <FieldWrapper>
      <Label editorId={id}>{label}</Label>
      <div className="bw-file">
        <label className="k-button k-button-md k-rounded-md k-button-solid k-button-solid-base" htmlFor={id}>Select file...</label>
        <input id={id} type="file" accept={accept} className="bw-file-input" onChange={(e) => onChange({ value: Array.from(e.target.files).map((f) => f.name) })} />
        <span className="bw-file-name">{value && value.length ? value.join(', ') : 'No file selected'}</span>
      </div>
      {hint && <Hint>{hint}</Hint>}
      {touched && validationMessage && <Error>{validationMessage}</Error>}
    </FieldWrapper>
  );
}

const iso = (d) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d ?? null);

function Application({ posting }) {
  const [done, setDone] = useState(null);
  const names = ['firstName', 'lastName', 'email', 'phone', 'street', 'city', 'country', 'state', 'zip', 'linkedin', 'github', 'employer', 'position', 'years', 'education', 'school', 'workAuth', 'sponsorship', 'salary', 'salaryType', 'startDate', 'resume', 'coverLetter', 'skills', 'referral', 'source', 'smsUpdates', 'gender', 'ethnicity', 'veteran', 'disability', 'certify', ...posting.questions.map((q) => q.name)];
  const toModel = (get) => Object.fromEntries(names.map((n) => [n, n === 'startDate' ? iso(get(n)) : get(n) ?? null]));

  if (done) {
    return <div id="bw-done"><h2>Thank you for applying, {done.firstName}!</h2><p>Our talent team reviews every application within five business days.</p><pre id="model">{JSON.stringify(done, null, 1)}</pre></div>;
  }

  return (
    <Form
      initialValues={{ skills: [], smsUpdates: false, certify: false, resume: [] }}
      onSubmit={(values) => setDone(toModel((n) => values[n]))}
      render={(fr) => (
        <FormElement id="bw-form" className="bw-form" horizontal={false}>
          <fieldset className="k-form-fieldset">
            <legend className="k-form-legend">Personal Information</legend>
            <div className="bw-row">
              <Field id="bw-first" name="firstName" label="First Name" component={FloatingInput} validator={required} />
              <Field id="bw-last" name="lastName" label="Last Name" component={FloatingInput} validator={required} />
            </div>
            <Field id="bw-email" name="email" label="Email" fieldType="email" component={FloatingInput} validator={required} />
            <Field id="bw-phone" name="phone" label="Mobile Phone" mask="(999) 000-0000" component={FloatingMasked} validator={required} />
            <Field id="bw-street" name="street" label="Street Address" component={FloatingInput} />
            <div className="bw-row">
              <Field id="bw-city" name="city" label="City" component={FloatingInput} validator={required} />
              <Field id="bw-zip" name="zip" label="Zip Code" component={FloatingInput} />
            </div>
            <div className="bw-row">
              <div id="bw-country-wrap"><Field id="bw-country" name="country" label="Country" data={COUNTRIES} component={FloatingCombo} validator={required} /></div>
              <div id="bw-state-wrap"><Field id="bw-state" name="state" label="State" data={STATES} filterable component={FloatingDropDown} /></div>
            </div>
          </fieldset>

          <fieldset className="k-form-fieldset">
            <legend className="k-form-legend">Experience &amp; Education</legend>
            <Field id="bw-linkedin" name="linkedin" label="LinkedIn Profile URL" component={FloatingInput} />
            <Field id="bw-github" name="github" label={posting.linkLabel} component={FloatingInput} />
            <div className="bw-row">
              <Field id="bw-employer" name="employer" label="Current Employer" component={FloatingInput} />
              <Field id="bw-position" name="position" label="Current Position" component={FloatingInput} />
            </div>
            <Field id="bw-years" name="years" label={posting.yearsLabel} format="n0" min={0} max={60} component={FloatingNumeric} />
            <div className="bw-row">
              <div id="bw-education-wrap"><Field id="bw-education" name="education" label="Highest Level of Education" data={EDUCATION} component={FloatingDropDown} /></div>
              <Field id="bw-school" name="school" label="College / University" data={SCHOOLS} component={FloatingAutoComplete} />
            </div>
            <div id="bw-skills-wrap"><Field id="bw-skills" name="skills" label="Skills (optional)" data={SKILLS} component={LabelledMultiSelect} /></div>
          </fieldset>

          <fieldset className="k-form-fieldset">
            <legend className="k-form-legend">Availability &amp; Compensation</legend>
            <div className="bw-row">
              <div id="bw-start-wrap"><Field id="bw-start" name="startDate" label="Available Start Date" format="MM/dd/yyyy" formatPlaceholder="formatPattern" component={FloatingDate} /></div>
              <div className="bw-row bw-pay">
                <Field id="bw-salary" name="salary" label="Desired Salary" format="c0" spinners={false} component={FloatingNumeric} hint={posting.payHint} />
                <div id="bw-salary-type-wrap"><Field id="bw-salary-type" name="salaryType" label="Salary Type" data={['Hourly', 'Annual']} component={FloatingDropDown} /></div>
              </div>
            </div>
            <div id="bw-workauth-wrap"><Field id="bw-workauth" name="workAuth" label="Are you legally eligible to work in the United States?" data={YES_NO} component={LabelledRadioGroup} validator={required} /></div>
            <div id="bw-sponsor-wrap"><Field id="bw-sponsor" name="sponsorship" label={posting.sponsorLabel} data={posting.sponsorOptions} component={LabelledDropDown} validator={required} /></div>
            {posting.questions.map((q) => (
              <div key={q.name} id={`${q.id}-wrap`}>
                {q.kind === 'radio'
                  ? <Field id={q.id} name={q.name} label={q.label} data={q.options.map((o) => ({ label: o, value: o }))} component={LabelledRadioGroup} validator={q.required ? required : undefined} />
                  : q.kind === 'select'
                    ? <Field id={q.id} name={q.name} label={q.label} data={q.options} component={LabelledDropDown} validator={q.required ? required : undefined} />
                    : <Field id={q.id} name={q.name} label={q.label} component={LabelledTextArea} />}
              </div>
            ))}
          </fieldset>

          <fieldset className="k-form-fieldset">
            <legend className="k-form-legend">Documents</legend>
            <Field id="bw-resume" name="resume" label="Resume" accept=".pdf,.doc,.docx" hint="PDF or Word, 5 MB max." component={FileField} validator={required} />
            <Field id="bw-cover" name="coverLetter" label="Cover Letter (optional)" hint="Paste your cover letter here." component={LabelledTextArea} />
          </fieldset>

          <fieldset className="k-form-fieldset">
            <legend className="k-form-legend">Additional Information</legend>
            <div id="bw-source-wrap"><Field id="bw-source" name="source" label="How did you hear about us?" data={SOURCES} component={LabelledDropDown} /></div>
            <Field id="bw-referral" name="referral" label="Referring Employee Name (if any)" component={FloatingInput} />
            <Field id="bw-sms" name="smsUpdates" label="Text me updates about my application" component={FormSwitch} />
          </fieldset>

          <fieldset className="k-form-fieldset bw-eeo">
            <legend className="k-form-legend">Voluntary Self-Identification</legend>
            <p className="bw-eeo-note">Brindlewood Provisions is an Equal Opportunity Employer. Completing this section is voluntary and will not affect your application.</p>
            <div id="bw-gender-wrap"><Field id="bw-gender" name="gender" label="Gender" data={GENDERS} component={LabelledDropDown} /></div>
            <div id="bw-ethnicity-wrap"><Field id="bw-ethnicity" name="ethnicity" label="Race / Ethnicity" data={ETHNICITIES} component={LabelledDropDown} /></div>
            <div id="bw-veteran-wrap"><Field id="bw-veteran" name="veteran" label="Veteran Status" data={VETERAN} component={LabelledDropDown} /></div>
            <div id="bw-disability-wrap"><Field id="bw-disability" name="disability" label="Disability Status" data={DISABILITY} component={LabelledDropDown} /></div>
          </fieldset>

          <Field id="bw-certify" name="certify" label="I certify that the information in this application is true and complete." component={FormCheckbox} validator={requiredTrue} />
          <div className="k-form-buttons">
            <Button id="bw-submit" type="submit" themeColor="primary">Submit Application</Button>
          </div>
          <pre id="model">{JSON.stringify(toModel(fr.valueGetter), null, 1)}</pre>
        </FormElement>
      )}
    />
  );
}

function Page({ posting }) {
  return (
    <div className="bw-page">
      <header className="bw-top"><span className="bw-brand">Brindlewood <em>Provisions</em></span><nav><a href="#">Search Jobs</a><a href="#">Our Warehouses</a><a href="#">Drivers</a></nav></header>
      <main className="bw-main">
        <p className="bw-meta">{posting.meta}</p>
        <h1>{posting.title}</h1>
        {posting.blurb.map((b) => <p key={b}>{b}</p>)}
        <Application posting={posting} />
      </main>
    </div>
  );
}

export function mount(posting) {
  createRoot(document.getElementById('root')).render(<Page posting={posting} />);
}
