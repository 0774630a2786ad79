/**
 * A Workday-style candidate application rebuilt on Headless UI v2 + react-hook-form (as several
 * companies' own "apply" front ends do): two steps rendered in place ("My Information",
 * "Application Questions"), `data-automation-id` hooks, Headless UI Field/Label wiring (ids from
 * useId), button + listbox dropdowns (ListboxOptions anchored in a portal at the end of <body>),
 * and Workday "prompt" search boxes (a Combobox whose choice shows as a pill above an emptied
 * search input: "Country Phone Code", "School or University", "How Did You Hear About Us?").
 * Country is preset to the posting's country; the start date is three boxes (MM / DD / YYYY); the
 * work-experience block asks for the current job first. The form state is rendered into
 * <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import {
  Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Field, Fieldset, Input, Label, Legend,
  Listbox, ListboxButton, ListboxOption, ListboxOptions, Radio, RadioGroup, Textarea,
} from '@headlessui/react';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const PHONE_CODES = ['Australia (+61)', 'Brazil (+55)', 'Canada (+1)', 'France (+33)', 'Germany (+49)', 'India (+91)', 'Ireland (+353)', 'Mexico (+52)', 'Netherlands (+31)', 'United Kingdom (+44)', 'United States Minor Outlying Islands (+1)', 'United States of America (+1)'];
const SCHOOLS = ['Arizona State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of California, San Diego', 'University of Michigan', 'University of Washington', 'Other'];
const DEGREES = ['High School Diploma / GED', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'MBA', 'Doctorate (PhD)', 'Other'];
const DEVICE = ['Home', 'Mobile', 'Work'];
const YESNO = ['Yes', 'No'];

function WdListbox({ control, name, label, options, automationId, step }) {
  return (
    <Controller control={control} name={name} render={({ field }) => (
      <Field className="wd-field" data-automation-id={automationId}>
        <Label className="wd-label">{label}</Label>
        <Listbox value={field.value} onChange={field.onChange}>
          <ListboxButton className="wd-listbox-button" data-automation-id={`${automationId}-button`}>
            <span className="wd-listbox-text">{field.value || 'Select One'}</span>
            <span className="wd-chevron" aria-hidden="true">▾</span>
          </ListboxButton>
          <ListboxOptions anchor="bottom start" className="wd-listbox-popup" data-automation-id="activeListContainer">
            {options.map((option) => (
              <ListboxOption key={option} value={option} className="wd-option" data-automation-id="promptOption">{option}</ListboxOption>
            ))}
          </ListboxOptions>
        </Listbox>
      </Field>
    )} />
  );
}

function WdPrompt({ control, name, label, options, automationId }) {
  const [query, setQuery] = useState('');
  const filtered = query === '' ? options : options.filter((o) => o.toLowerCase().includes(query.toLowerCase()));
  return (
    <Controller control={control} name={name} render={({ field }) => (
      <Field className="wd-field" data-automation-id={automationId}>
        <Label className="wd-label">{label}</Label>
        <div className="wd-prompt">
          <ul className="wd-pills" data-automation-id="selectedItemList">
            {field.value && (
              <li className="wd-pill" data-automation-id="selectedItem">{field.value}
                <button type="button" className="wd-pill-x" aria-label={`Remove ${field.value}`} onClick={() => field.onChange(null)} />
              </li>
            )}
          </ul>
          <Combobox value={field.value} onChange={(v) => { field.onChange(v); setQuery(''); }} onClose={() => setQuery('')} immediate>
            <ComboboxInput className="wd-prompt-input" placeholder="Search" displayValue={() => ''} onChange={(e) => setQuery(e.target.value)} data-automation-id="searchBox" />
            <ComboboxOptions anchor="bottom start" className="wd-listbox-popup" data-automation-id="activeListContainer">
              {filtered.map((option) => (
                <ComboboxOption key={option} value={option} className="wd-option" data-automation-id="promptOption">
                  <span className="wd-radio" aria-hidden="true">○</span> {option}
                </ComboboxOption>
              ))}
              {filtered.length === 0 && <div className="wd-none">No Items.</div>}
            </ComboboxOptions>
          </Combobox>
        </div>
      </Field>
    )} />
  );
}

function WdText({ register, name, label, automationId, required, type = 'text', hint }) {
  return (
    <Field className="wd-field" data-automation-id={automationId}>
      <Label className="wd-label">{label}{required && <abbr title="required">*</abbr>}</Label>
      <Input className="wd-input" type={type} {...register(name)} data-automation-id={`${automationId}-input`} />
      {hint && <p className="wd-hint">{hint}</p>}
    </Field>
  );
}

function WdRadios({ control, name, label, options, automationId }) {
  return (
    <Controller control={control} name={name} render={({ field }) => (
      <Fieldset className="wd-field" data-automation-id={automationId}>
        <Legend className="wd-label">{label}</Legend>
        <RadioGroup value={field.value} onChange={field.onChange} className="wd-radios">
          {options.map((option) => (
            <Field key={option} className="wd-radio-row">
              <Radio value={option} className="wd-radio-dot" />
              <Label>{option}</Label>
            </Field>
          ))}
        </RadioGroup>
      </Fieldset>
    )} />
  );
}

function WdCheck({ register, name, label, automationId }) {
  const id = `${automationId}-checkbox`;
  return (
    <div className="wd-check" data-automation-id={automationId}>
      <input type="checkbox" id={id} className="wd-native-check" {...register(name)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function Application({ posting }) {
  const answers = Object.fromEntries(posting.questions.map((q) => [q.id, null]));
  const { control, register, watch, handleSubmit } = useForm({
    defaultValues: {
      source: null, previousWorker: null, country: posting.countryPreset, firstName: '', middleName: '', lastName: '',
      address1: '', city: '', state: null, postalCode: '', email: '', deviceType: null, phoneCode: null, phoneNumber: '',
      jobTitle: '', company: '', currentlyWorkHere: false, roleDescription: '', school: null, degree: null, resume: '', linkedin: '',
      answers, startMonth: '', startDay: '', startYear: '', gender: null, veteran: null, terms: false,
    },
  });
  const [step, setStep] = useState(1);
  const [submitted, setSubmitted] = useState(false);
  const [jobSearch, setJobSearch] = useState('');
  const values = watch();

  return (
    <div className="wd-app">
      <header className="wd-header">
        <span className="wd-logo">{posting.company}</span>
        <input type="search" className="wd-jobsearch" placeholder="Search for Jobs" aria-label="Search for Jobs" value={jobSearch} onChange={(e) => setJobSearch(e.target.value)} data-automation-id="keywordSearchInput" />
        <button type="button" className="wd-signin" data-automation-id="utilityButtonSignIn">Sign In</button>
      </header>
      <main className="wd-main">
        <h1 className="wd-title">{posting.title}</h1>
        {submitted ? (
          <div id="wd-done" data-automation-id="congratulationsPopup"><h2>Application Submitted</h2><p>Thank you for applying to {posting.company}.</p></div>
        ) : (
          <form noValidate onSubmit={handleSubmit((v) => { if (v.terms) setSubmitted(true); })}>
            <ol className="wd-progress" data-automation-id="progressBar">
              <li className={step === 1 ? 'active' : ''}>My Information</li>
              <li className={step === 2 ? 'active' : ''}>Application Questions</li>
            </ol>
            {step === 1 && (
              <section data-automation-id="applyFlowMyInfoPage">
                <h2>My Information</h2>
                <WdPrompt control={control} name="source" label="How Did You Hear About Us?" options={posting.sources} automationId="formField-source" />
                <WdRadios control={control} name="previousWorker" label={`Have you previously worked for ${posting.company} as an employee or contractor?`} options={YESNO} automationId="formField-candidateIsPreviousWorker" />
                <WdListbox control={control} name="country" label="Country" options={posting.countries} automationId="formField-countryDropdown" />
                <h3>Legal Name</h3>
                <WdText register={register} name="firstName" label="Given Name(s)" automationId="formField-legalName--firstName" required />
                <WdText register={register} name="middleName" label="Middle Name" automationId="formField-legalName--middleName" />
                <WdText register={register} name="lastName" label="Family Name" automationId="formField-legalName--lastName" required />
                <h3>Address</h3>
                <WdText register={register} name="address1" label="Address Line 1" automationId="formField-addressLine1" required />
                <WdText register={register} name="city" label="City" automationId="formField-city" required />
                <WdListbox control={control} name="state" label="State" options={STATES} automationId="formField-countryRegion" />
                <WdText register={register} name="postalCode" label="Postal Code" automationId="formField-postalCode" required />
                <h3>Email Address</h3>
                <WdText register={register} name="email" label="Email Address" type="email" automationId="formField-email" required />
                <h3>Phone</h3>
                <WdListbox control={control} name="deviceType" label="Phone Device Type" options={DEVICE} automationId="formField-phoneType" />
                <WdPrompt control={control} name="phoneCode" label="Country Phone Code" options={PHONE_CODES} automationId="formField-countryPhoneCode" />
                <WdText register={register} name="phoneNumber" label="Phone Number" type="tel" automationId="formField-phoneNumber" required />
                <button type="button" id="wd-next" className="wd-next" data-automation-id="bottom-navigation-next-button" onClick={() => setStep(2)}>Save and Continue</button>
              </section>
            )}
            {step === 2 && (
              <section data-automation-id="applyFlowQuestionsPage">
                <h2>My Experience</h2>
                <h3>Work Experience 1 <span className="wd-sub">(most recent first)</span></h3>
                <WdText register={register} name="jobTitle" label="Job Title" automationId="formField-jobTitle" required />
                <WdText register={register} name="company" label="Company" automationId="formField-companyName" required />
                <WdCheck register={register} name="currentlyWorkHere" label="I currently work here" automationId="formField-currentlyWorkHere" />
                <Field className="wd-field" data-automation-id="formField-roleDescription">
                  <Label className="wd-label">Role Description</Label>
                  <Textarea className="wd-input" rows={3} {...register('roleDescription')} />
                </Field>
                <h3>Education 1</h3>
                <WdPrompt control={control} name="school" label="School or University" options={SCHOOLS} automationId="formField-school" />
                <WdListbox control={control} name="degree" label="Degree" options={DEGREES} automationId="formField-degree" />
                <h3>Resume/CV</h3>
                <Controller control={control} name="resume" render={({ field }) => (
                  <div className="wd-field" data-automation-id="formField-resume">
                    <div className="wd-drop" data-automation-id="file-upload-drop-zone">
                      <span>Drop files here or</span>
                      <label className="wd-select-files" data-automation-id="select-files">Select files
                        <input type="file" data-automation-id="file-upload-input-ref" className="wd-hidden-file" onChange={(e) => field.onChange(e.target.files[0] ? e.target.files[0].name : '')} />
                      </label>
                    </div>
                    {field.value && <p data-automation-id="file-upload-successful">{field.value} — Successfully Uploaded!</p>}
                  </div>
                )} />
                <h3>Websites</h3>
                <WdText register={register} name="linkedin" label="LinkedIn Profile" automationId="formField-linkedinQuestion" type="url" />

                <h2>Application Questions</h2>
                {posting.questions.map((q) => (
                  <WdListbox key={q.id} control={control} name={`answers.${q.id}`} label={q.label} options={q.options} automationId={`formField-${q.id}`} />
                ))}
                <Fieldset className="wd-field" data-automation-id="formField-availableStart">
                  <Legend className="wd-label">{posting.startLabel}</Legend>
                  <div className="wd-date">
                    <input className="wd-date-part" aria-label="Month" placeholder="MM" maxLength={2} inputMode="numeric" data-automation-id="dateSectionMonth-input" {...register('startMonth')} />
                    <span>/</span>
                    <input className="wd-date-part" aria-label="Day" placeholder="DD" maxLength={2} inputMode="numeric" data-automation-id="dateSectionDay-input" {...register('startDay')} />
                    <span>/</span>
                    <input className="wd-date-part wd-year" aria-label="Year" placeholder="YYYY" maxLength={4} inputMode="numeric" data-automation-id="dateSectionYear-input" {...register('startYear')} />
                  </div>
                </Fieldset>

                <h2>Voluntary Disclosures</h2>
                <WdListbox control={control} name="gender" label="Please select your gender." options={['Female', 'Male', 'Not Declared']} automationId="formField-gender" />
                <WdListbox control={control} name="veteran" label="Please select the veteran status which most accurately describes your status." options={['I am not a veteran', 'I identify as one or more of the classifications of protected veteran', 'I do not wish to self-identify']} automationId="formField-veteranStatus" />
                <WdCheck register={register} name="terms" label={`I have read and consent to the ${posting.company} Terms and Conditions.`} automationId="formField-agreementCheckbox" />
                <div className="wd-nav">
                  <button type="button" className="wd-back" onClick={() => setStep(1)}>Back</button>
                  <button type="submit" id="wd-submit" data-automation-id="bottom-navigation-next-button">Submit</button>
                </div>
              </section>
            )}
          </form>
        )}
        <pre id="model">{JSON.stringify(values, null, 1)}</pre>
      </main>
    </div>
  );
}

export function renderPosting(posting) {
  document.title = `${posting.title} : ${posting.company} Careers`;
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
