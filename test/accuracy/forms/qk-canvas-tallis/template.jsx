/**
 * Tallis Freight Group's careers app on Workday's Canvas Kit React: a Workday-like "Apply Manually"
 * flow in three steps rendered in place (My Information, My Experience, Voluntary Disclosures with
 * the Self Identify / CC-305 section). Leave-alone heavy: previous-worker question + worker ID, a
 * "different mailing address" checkbox that reveals a second address, phone device type, the
 * non-current work-history entry, references and an emergency contact with "Name" / "Phone"
 * captions, "referred by", salary history, background-check consent, gender / ethnicity / veteran
 * selects, the CC-305 radios with their own Name and Date boxes, terms. Each posting passes its
 * own questions. React state goes into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CanvasProvider } from '@workday/canvas-kit-react/common';
import { FormField } from '@workday/canvas-kit-react/form-field';
import { TextInput } from '@workday/canvas-kit-react/text-input';
import { TextArea } from '@workday/canvas-kit-react/text-area';
import { Select } from '@workday/canvas-kit-react/select';
import { Radio, RadioGroup } from '@workday/canvas-kit-react/radio';
import { Checkbox } from '@workday/canvas-kit-react/checkbox';
import { PrimaryButton, SecondaryButton } from '@workday/canvas-kit-react/button';
import { Heading, Text } from '@workday/canvas-kit-react/text';
import '@workday/canvas-tokens-web/css/base/_variables.css';
import '@workday/canvas-tokens-web/css/brand/_variables.css';
import '@workday/canvas-tokens-web/css/system/_variables.css';

const items = (list) => list.map((text, index) => ({ id: typeof text === 'string' ? `opt${index}` : text.id, text: typeof text === 'string' ? text : text.text }));
export const COUNTRIES = items([
  { id: 'CAN', text: 'Canada' },
  { id: 'MEX', text: 'Mexico' },
  { id: 'USA', text: 'United States of America' },
  { id: 'UMI', text: 'United States Minor Outlying Islands' },
]);
export const PHONE_CODES = items([
  { id: 'CAN', text: 'Canada (+1)' },
  { id: 'MEX', text: 'Mexico (+52)' },
  { id: 'USA', text: 'United States of America (+1)' },
]);
const STATES = items(['Arizona', 'California', 'Nevada', 'Oregon', 'Texas', 'Washington'].map((name) => ({ id: `USA-${name.slice(0, 3).toUpperCase()}`, text: name })));
const DEVICE = items(['Mobile', 'Home', 'Work']);
const GENDER = items(['Female', 'Male', 'Not Declared']);
const ETHNICITY = items([
  'American Indian or Alaska Native (Not Hispanic or Latino) (United States of America)',
  'Asian (Not Hispanic or Latino) (United States of America)',
  'Black or African American (Not Hispanic or Latino) (United States of America)',
  'Hispanic or Latino (United States of America)',
  'Native Hawaiian or Other Pacific Islander (Not Hispanic or Latino) (United States of America)',
  'Two or More Races (Not Hispanic or Latino) (United States of America)',
  'White (Not Hispanic or Latino) (United States of America)',
  'I do not wish to answer. (United States of America)',
]);
const VETERAN = items([
  'I am not a veteran',
  'I identify as one or more of the classifications of protected veteran',
  'I am a veteran but not a protected veteran',
  'I do not wish to self-identify',
]);
export const SOURCES = items(['Tallis Careers Website', 'LinkedIn', 'Indeed', 'Employee Referral', 'University Recruiting', 'Other']);

const getId = (item) => item.id;
const getTextValue = (item) => item.text;

export function WSelect({ label, list, value, onChange, hint, required }) {
  return (
    <Select items={list} getId={getId} getTextValue={getTextValue}>
      <FormField isRequired={required}>
        <FormField.Label>{label}</FormField.Label>
        <FormField.Field>
          <FormField.Input as={Select.Input} value={value} onChange={(event) => onChange(event.target.value)} />
          <Select.Popper>
            <Select.Card>
              <Select.List maxHeight={260}>{(item) => <Select.Item>{item.text}</Select.Item>}</Select.List>
            </Select.Card>
          </Select.Popper>
          {hint && <FormField.Hint>{hint}</FormField.Hint>}
        </FormField.Field>
      </FormField>
    </Select>
  );
}

export function WText({ label, value, onChange, hint, required, type = 'text', multiline = false }) {
  return (
    <FormField isRequired={required}>
      <FormField.Label>{label}</FormField.Label>
      <FormField.Field>
        <FormField.Input as={multiline ? TextArea : TextInput} type={multiline ? undefined : type} value={value} onChange={(event) => onChange(event.target.value)} />
        {hint && <FormField.Hint>{hint}</FormField.Hint>}
      </FormField.Field>
    </FormField>
  );
}

export function WRadio({ label, name, value, onChange, options, required }) {
  return (
    <FormField as="fieldset" isRequired={required} className="question">
      <FormField.Label as="legend">{label}</FormField.Label>
      <FormField.Field>
        <FormField.Input as={RadioGroup} name={name} value={value} onChange={(next) => onChange(String(next))}>
          {options.map((option, index) => (
            <Radio key={option} id={`${name}-${index}`} value={option} label={option} />
          ))}
        </FormField.Input>
      </FormField.Field>
    </FormField>
  );
}

export function WCheck({ id, label, checked, onChange }) {
  return <Checkbox id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} label={label} />;
}

const BASE = {
  source: '', previousWorker: '', previousWorkerId: '', country: 'USA',
  legalFirstName: '', legalLastName: '', hasPreferredName: false,
  addressLine1: '', city: '', state: '', postalCode: '',
  differentMailing: false, mailingLine1: '', mailingCity: '', mailingPostal: '',
  email: '', deviceType: '', phoneCode: '', phoneNumber: '',
  job1Title: '', job1Company: '', job1Current: false, job1From: '',
  job2Title: '', job2Company: '', job2Supervisor: '', job2SupervisorPhone: '',
  resume: null, linkedin: '',
  ref1Name: '', ref1Phone: '', ref1Email: '',
  emergencyName: '', emergencyPhone: '',
  gender: '', ethnicity: '', veteran: '', terms: false,
  cc305Name: '', cc305Date: '', disability: '',
};

export function renderApplication({ title, questions, initialAnswers }) {
  function Application() {
    const [form, setForm] = useState(() => ({ ...BASE, ...Object.fromEntries(questions.map((q) => [q.key, q.type === 'check' ? false : ''])), ...initialAnswers }));
    const [step, setStep] = useState(1);
    const [sent, setSent] = useState(false);
    const [error, setError] = useState('');
    const fileRef = useRef(null);
    const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
    const check = (keys) => {
      const missing = keys.filter((key) => !form[key]);
      setError(missing.length ? `Errors found: ${missing.length}. Complete the required fields.` : '');
      return missing.length === 0;
    };
    if (sent) {
      return (
        <div id="wd-done" data-automation-id="applicationSubmitted">
          <Heading size="small">Application Submitted</Heading>
          <Text>Thanks for applying to {title}. Track your status in Candidate Home.</Text>
        </div>
      );
    }
    return (
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <ol className="progress" aria-label="Application progress">
          {['My Information', 'My Experience', 'Voluntary Disclosures'].map((name, index) => (
            <li key={name} aria-current={step === index + 1 ? 'step' : undefined}>{name}</li>
          ))}
        </ol>
        {step === 1 && (
          <section id="step-info">
            <Heading size="small" as="h2" className="section">My Information</Heading>
            <WSelect label="How Did You Hear About Us?" list={SOURCES} value={form.source} onChange={set('source')} />
            <WRadio label="Have you previously worked for Tallis Freight Group as an employee or contractor?" name="previousWorker" value={form.previousWorker} onChange={set('previousWorker')} options={['Yes', 'No']} required />
            <WText label="Previous Worker ID" value={form.previousWorkerId} onChange={set('previousWorkerId')} hint="Only if you answered Yes" />
            <WSelect label="Country" list={COUNTRIES} value={form.country} onChange={set('country')} required />
            <div id="legal-name">
              <Heading size="small" as="h3">Legal Name</Heading>
              <WText label="First Name" value={form.legalFirstName} onChange={set('legalFirstName')} required />
              <WText label="Last Name" value={form.legalLastName} onChange={set('legalLastName')} required />
              <WCheck id="has-preferred" label="I have a preferred name" checked={form.hasPreferredName} onChange={set('hasPreferredName')} />
            </div>
            <div id="home-address">
              <Heading size="small" as="h3">Address</Heading>
              <WText label="Address Line 1" value={form.addressLine1} onChange={set('addressLine1')} required />
              <WText label="City" value={form.city} onChange={set('city')} required />
              <WSelect label="State" list={STATES} value={form.state} onChange={set('state')} required />
              <WText label="Postal Code" value={form.postalCode} onChange={set('postalCode')} required />
              <WCheck id="different-mailing" label="My mailing address is different from my home address" checked={form.differentMailing} onChange={set('differentMailing')} />
            </div>
            <div id="mailing-address">
              <Heading size="small" as="h3">Mailing Address (if different)</Heading>
              <WText label="Address Line 1" value={form.mailingLine1} onChange={set('mailingLine1')} />
              <WText label="City" value={form.mailingCity} onChange={set('mailingCity')} />
              <WText label="Postal Code" value={form.mailingPostal} onChange={set('mailingPostal')} />
            </div>
            <div id="contact">
              <Heading size="small" as="h3">Email and Phone</Heading>
              <WText label="Email Address" type="email" value={form.email} onChange={set('email')} required />
              <WSelect label="Phone Device Type" list={DEVICE} value={form.deviceType} onChange={set('deviceType')} />
              <WSelect label="Country Phone Code" list={PHONE_CODES} value={form.phoneCode} onChange={set('phoneCode')} required />
              <WText label="Phone Number" type="tel" value={form.phoneNumber} onChange={set('phoneNumber')} required />
            </div>
          </section>
        )}
        {step === 2 && (
          <section id="step-experience">
            <Heading size="small" as="h2" className="section">My Experience</Heading>
            <div id="work-1">
              <Heading size="small" as="h3">Work Experience 1</Heading>
              <WText label="Job Title" value={form.job1Title} onChange={set('job1Title')} />
              <WText label="Company" value={form.job1Company} onChange={set('job1Company')} />
              <WCheck id="job1-current" label="I currently work here" checked={form.job1Current} onChange={set('job1Current')} />
              <WText label="From" value={form.job1From} onChange={set('job1From')} hint="MM/YYYY" />
            </div>
            <div id="work-2">
              <Heading size="small" as="h3">Work Experience 2</Heading>
              <WText label="Job Title" value={form.job2Title} onChange={set('job2Title')} />
              <WText label="Company" value={form.job2Company} onChange={set('job2Company')} />
              <WText label="Supervisor Name" value={form.job2Supervisor} onChange={set('job2Supervisor')} />
              <WText label="Supervisor Phone" type="tel" value={form.job2SupervisorPhone} onChange={set('job2SupervisorPhone')} />
            </div>
            <FormField>
              <FormField.Label>Resume/CV</FormField.Label>
              <FormField.Field>
                <div className="upload">
                  <input ref={fileRef} type="file" id="resume-file" accept=".pdf,.doc,.docx" className="visually-hidden" onChange={(event) => set('resume')(event.target.files?.[0]?.name ?? null)} />
                  <SecondaryButton type="button" onClick={() => fileRef.current?.click()}>Select files</SecondaryButton>
                  <span>{form.resume ?? 'or drop files here'}</span>
                </div>
              </FormField.Field>
            </FormField>
            <div id="websites">
              <WText label="LinkedIn" value={form.linkedin} onChange={set('linkedin')} />
            </div>
            <Heading size="small" as="h2" className="section">Application Questions</Heading>
            <div id="questions">
              {questions.map((q) =>
                q.type === 'radio' ? (
                  <WRadio key={q.key} label={q.label} name={q.key} value={form[q.key] ?? ''} onChange={set(q.key)} options={q.options} required={q.required} />
                ) : q.type === 'select' ? (
                  <WSelect key={q.key} label={q.label} list={items(q.options)} value={form[q.key] ?? ''} onChange={set(q.key)} hint={q.hint} required={q.required} />
                ) : q.type === 'check' ? (
                  <WCheck key={q.key} id={q.key} label={q.label} checked={!!form[q.key]} onChange={set(q.key)} />
                ) : (
                  <WText key={q.key} label={q.label} value={form[q.key] ?? ''} onChange={set(q.key)} hint={q.hint} required={q.required} multiline={q.type === 'textarea'} />
                ),
              )}
            </div>
            <div id="references">
              <Heading size="small" as="h3">Professional Reference</Heading>
              <WText label="Name" value={form.ref1Name} onChange={set('ref1Name')} />
              <WText label="Phone" type="tel" value={form.ref1Phone} onChange={set('ref1Phone')} />
              <WText label="Email" type="email" value={form.ref1Email} onChange={set('ref1Email')} />
            </div>
            <div id="emergency">
              <Heading size="small" as="h3">Emergency Contact</Heading>
              <WText label="Name" value={form.emergencyName} onChange={set('emergencyName')} />
              <WText label="Phone" type="tel" value={form.emergencyPhone} onChange={set('emergencyPhone')} />
            </div>
          </section>
        )}
        {step === 3 && (
          <section id="step-disclosures">
            <Heading size="small" as="h2" className="section">Voluntary Disclosures</Heading>
            <Text as="p">Tallis Freight Group is an equal opportunity employer and a federal contractor. Answering is voluntary and does not affect your application.</Text>
            <WSelect label="Gender" list={GENDER} value={form.gender} onChange={set('gender')} />
            <WSelect label="Ethnicity" list={ETHNICITY} value={form.ethnicity} onChange={set('ethnicity')} />
            <details className="defs"><summary>Protected veteran definitions</summary><p>A "protected veteran" is a disabled veteran, a recently separated veteran (within three years of discharge or release from active duty), an active duty wartime or campaign badge veteran, or an Armed Forces service medal veteran, as defined by VEVRAA.</p></details>
            <WSelect label="Please select the veteran status which most accurately describes your status" list={VETERAN} value={form.veteran} onChange={set('veteran')} />
            <WCheck id="terms" label="Yes, I have read and consent to the terms and conditions" checked={form.terms} onChange={set('terms')} />
            <div id="self-identify">
              <Heading size="small" as="h3">Self Identify: Voluntary Self-Identification of Disability</Heading>
              <Text as="p" className="small">Form CC-305 · OMB Control Number 1250-0005. We are a federal contractor or subcontractor. The law requires us to provide equal employment opportunity to qualified people with disabilities.</Text>
              <WText label="Name" value={form.cc305Name} onChange={set('cc305Name')} />
              <WText label="Date" value={form.cc305Date} onChange={set('cc305Date')} hint="MM/DD/YYYY" />
              <WRadio label="Please check one of the boxes below:" name="disability" value={form.disability} onChange={set('disability')} options={['Yes, I have a disability, or have had one in the past', 'No, I do not have a disability and have not had one in the past', 'I do not want to answer']} />
            </div>
          </section>
        )}
        {error && <p className="error" role="alert">{error}</p>}
        <div className="actions">
          {step > 1 && <SecondaryButton type="button" onClick={() => setStep(step - 1)}>Back</SecondaryButton>}
          {step < 3 ? (
            <PrimaryButton type="button" id="wd-next" data-automation-id="bottom-navigation-next-button" onClick={() => {
              const keys = step === 1 ? ['previousWorker', 'legalFirstName', 'legalLastName', 'email', 'phoneNumber'] : questions.filter((q) => q.required).map((q) => q.key);
              if (step === 2 && !form.resume) { setError('Errors found: 1. Attach your resume.'); return; }
              if (check(keys)) setStep(step + 1);
            }}>Save and Continue</PrimaryButton>
          ) : (
            <PrimaryButton type="button" id="wd-submit" data-automation-id="bottom-navigation-next-button" onClick={() => { if (check(['terms'])) setSent(true); }}>Submit</PrimaryButton>
          )}
        </div>
        <pre id="model">{JSON.stringify({ step, ...form })}</pre>
      </form>
    );
  }
  createRoot(document.getElementById('root')).render(
    <CanvasProvider>
      <Application />
    </CanvasProvider>,
  );
}
