/**
 * Brinewick Ferries careers (Seattle / Victoria BC): the company's React apply page with Formik.
 * Three steps in place: "About you" (country of residence preset to Canada, the company's home
 * market), "Address & eligibility" (the address block is drawn for the chosen country: US street /
 * city / state / ZIP, Canadian province / postal code, or a free international layout), and
 * "Application" (resume, salary, the posting's own questions from `config.questions`). "Are you
 * currently employed?" opens a collapse that keeps its fields mounted. Next runs Formik's
 * validation and stays on the step while a field of it fails. Values in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Formik, Form, Field, ErrorMessage, useFormikContext } from 'formik';

const COUNTRIES = ['Canada', 'United States', 'Mexico', 'United Kingdom', 'Australia', 'Philippines', 'Other'];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Northwest Territories', 'Nova Scotia', 'Nunavut',
  'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Yukon'];
const SOURCES = ['Brinewick careers site', 'LinkedIn', 'Indeed', 'A Brinewick employee', 'Job fair', 'Other'];

const STEP_FIELDS = [
  ['firstName', 'lastName', 'email', 'phone', 'country'],
  ['street', 'city', 'region', 'postal', 'workEligible', 'sponsorship', 'employed', 'employer', 'jobTitle'],
  null,
];

function validate(values, questions) {
  const e = {};
  const need = (k, msg = 'This field is required') => { if (!values[k] && values[k] !== 0) e[k] = msg; };
  ['firstName', 'lastName', 'email', 'country', 'street', 'city', 'region', 'postal', 'workEligible', 'sponsorship', 'employed', 'resume'].forEach((k) => need(k));
  if (values.email && !/^\S+@\S+\.\S+$/.test(values.email)) e.email = 'Enter a valid email address';
  if (!/^\d{10}$/.test(values.phone.replace(/\D/g, ''))) e.phone = 'Enter your 10-digit number without the country code';
  if (values.country === 'United States' && values.postal && !/^\d{5}(-\d{4})?$/.test(values.postal)) e.postal = 'Enter a 5-digit ZIP code';
  if (values.country === 'Canada' && values.postal && !/^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/.test(values.postal)) e.postal = 'Enter a postal code like V8W 1A1';
  if (values.employed === 'Yes') { need('employer'); need('jobTitle'); }
  if (!values.privacy) e.privacy = 'Please accept the privacy notice';
  questions.filter((q) => q.required).forEach((q) => need(q.id));
  return e;
}

function Text({ name, label, type = 'text', hint, id = `bw-${name}`, ...rest }) {
  return (
    <div className="bw-field">
      <label htmlFor={id}>{label}</label>
      <Field id={id} name={name} type={type} aria-describedby={hint ? `${id}-hint` : undefined} {...rest} />
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      <div className="bw-err"><ErrorMessage name={name} /></div>
    </div>
  );
}

function Choice({ name, legend, options }) {
  const { values, setFieldValue, setFieldTouched } = useFormikContext();
  return (
    <fieldset className="bw-field bw-radios">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o}><input type="radio" name={name} value={o} checked={values[name] === o}
          onChange={() => setFieldValue(name, o)} onBlur={() => setFieldTouched(name, true)} /> {o}</label>
      ))}
      <div className="bw-err"><ErrorMessage name={name} /></div>
    </fieldset>
  );
}

function Picker({ name, label, options, placeholder = 'Please select' }) {
  return (
    <div className="bw-field">
      <label htmlFor={`bw-${name}`}>{label}</label>
      <Field as="select" id={`bw-${name}`} name={name}>
        <option value="">{placeholder}</option>
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </Field>
      <div className="bw-err"><ErrorMessage name={name} /></div>
    </div>
  );
}

function Address({ country }) {
  if (country === 'United States') return (
    <div className="bw-address" data-layout="US">
      <Text name="street" label="Street address" />
      <Text name="unit" label="Apt, suite, unit (optional)" />
      <div className="bw-row">
        <Text name="city" label="City" />
        <div className="bw-field">
          <label htmlFor="bw-us-state">State</label>
          <Field as="select" id="bw-us-state" name="region"><option value="">Please select</option>{STATES.map((s) => <option key={s}>{s}</option>)}</Field>
          <div className="bw-err"><ErrorMessage name="region" /></div>
        </div>
        <Text name="postal" label="ZIP code" id="bw-us-zip" inputMode="numeric" maxLength={10} />
      </div>
    </div>
  );
  if (country === 'Canada') return (
    <div className="bw-address" data-layout="CA">
      <Text name="street" label="Street address" />
      <Text name="unit" label="Unit / suite (optional)" />
      <div className="bw-row">
        <Text name="city" label="City / municipality" />
        <div className="bw-field">
          <label htmlFor="bw-ca-province">Province / territory</label>
          <Field as="select" id="bw-ca-province" name="region"><option value="">Please select</option>{PROVINCES.map((s) => <option key={s}>{s}</option>)}</Field>
          <div className="bw-err"><ErrorMessage name="region" /></div>
        </div>
        <Text name="postal" label="Postal code" id="bw-ca-postal" placeholder="A1A 1A1" maxLength={7} />
      </div>
    </div>
  );
  return (
    <div className="bw-address" data-layout="INTL">
      <Text name="street" label="Address line 1" />
      <Text name="unit" label="Address line 2" />
      <div className="bw-row">
        <Text name="city" label="Town / city" />
        <Text name="region" label="Region / county" id="bw-intl-region" />
        <Text name="postal" label="Postcode" id="bw-intl-postal" />
      </div>
    </div>
  );
}

function Question({ q }) {
  if (q.type === 'select') return <Picker name={q.id} label={q.label} options={q.options} />;
  if (q.type === 'radio') return <Choice name={q.id} legend={q.label} options={q.options} />;
  return <Text name={q.id} label={q.label} type={q.type === 'number' ? 'number' : 'text'} hint={q.hint} />;
}

function App({ config }) {
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const initial = {
    firstName: '', lastName: '', preferredName: '', email: '', phone: '', country: 'Canada',
    street: '', unit: '', city: '', region: '', postal: '', workEligible: '', sponsorship: '', employed: '', employer: '', jobTitle: '',
    resume: '', linkedin: '', salary: '', source: '', privacy: false,
    ...Object.fromEntries(config.questions.map((q) => [q.id, ''])),
  };
  return (
    <Formik initialValues={initial} validate={(v) => validate(v, config.questions)} validateOnBlur validateOnChange={false} onSubmit={() => setDone(true)}>
      {({ values, setFieldValue, validateForm, setTouched, touched, isSubmitting }) => {
        const next = async () => {
          const errors = await validateForm();
          const names = STEP_FIELDS[step];
          setTouched({ ...touched, ...Object.fromEntries(names.map((n) => [n, true])) }, false);
          if (!names.some((n) => errors[n])) { setStep(step + 1); window.scrollTo(0, 0); }
        };
        if (done) return <div className="bw-card" id="bw-done"><h2>Application received</h2><p>Thank you, {values.firstName}. Our recruiting team will be in touch.</p><pre id="model">{JSON.stringify(values, null, 2)}</pre></div>;
        return (
          <div className="bw-card">
            <ol className="bw-steps">{['About you', 'Address & eligibility', 'Application'].map((t, i) => <li key={t} aria-current={i === step ? 'step' : undefined}>{t}</li>)}</ol>
            <Form id="bw-form" noValidate>
              {step === 0 && <>
                <div className="bw-row"><Text name="firstName" label="First name" /><Text name="lastName" label="Last name" /></div>
                <Text name="preferredName" label="Preferred name (optional)" />
                <Text name="email" label="Email address" type="email" />
                <div className="bw-field">
                  <label htmlFor="bw-phone">Phone number</label>
                  <div className="bw-group"><span aria-hidden="true">+1</span><Field id="bw-phone" name="phone" type="tel" placeholder="250 555 0123" /></div>
                  <small>North American numbers only. Without the country code.</small>
                  <div className="bw-err"><ErrorMessage name="phone" /></div>
                </div>
                <div className="bw-field">
                  <label htmlFor="bw-country">Country of residence</label>
                  <Field as="select" id="bw-country" name="country" onChange={(e) => { setFieldValue('country', e.target.value); setFieldValue('region', ''); setFieldValue('postal', ''); }}>
                    {COUNTRIES.map((c) => <option key={c}>{c}</option>)}
                  </Field>
                  <small>Your address form on the next step follows this choice.</small>
                </div>
              </>}
              {step === 1 && <>
                <h3>Home address</h3>
                <Address country={values.country} />
                <h3>Eligibility</h3>
                <Choice name="workEligible" legend={config.eligibilityQuestion} options={['Yes', 'No']} />
                <Choice name="sponsorship" legend="Will you now or in the future require sponsorship for an employment visa?" options={['Yes', 'No']} />
                <Choice name="employed" legend="Are you currently employed?" options={['Yes', 'No']} />
                <div className="bw-collapse" hidden={values.employed !== 'Yes'}>
                  <div className="bw-row"><Text name="employer" label="Current employer" /><Text name="jobTitle" label="Current job title" /></div>
                </div>
              </>}
              {step === 2 && <>
                <div className="bw-field">
                  <label htmlFor="bw-resume">Resume</label>
                  <input id="bw-resume" name="resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => setFieldValue('resume', e.target.files?.[0]?.name ?? '')} />
                  <div className="bw-err"><ErrorMessage name="resume" /></div>
                </div>
                <Text name="linkedin" label="LinkedIn URL (optional)" type="url" />
                <Text name="salary" label={config.salaryLabel} hint={config.salaryHint} />
                {config.questions.map((q) => <Question key={q.id} q={q} />)}
                <Picker name="source" label="How did you hear about this job?" options={SOURCES} />
                <div className="bw-field">
                  <label><Field type="checkbox" id="bw-privacy" name="privacy" /> I have read the Brinewick Ferries applicant privacy notice and agree to the processing of my data for this application.</label>
                  <div className="bw-err"><ErrorMessage name="privacy" /></div>
                </div>
              </>}
              <div className="bw-actions">
                {step > 0 ? <button type="button" id="bw-back" className="bw-btn ghost" onClick={() => setStep(step - 1)}>Back</button> : <span />}
                {step < 2 ? <button type="button" id="bw-next" className="bw-btn" onClick={next}>Next</button>
                  : <button type="submit" id="bw-submit" className="bw-btn" disabled={isSubmitting}>Submit application</button>}
              </div>
            </Form>
            <pre id="model">{JSON.stringify(values, null, 2)}</pre>
          </div>
        );
      }}
    </Formik>
  );
}

export function renderCareers(config) {
  createRoot(document.getElementById('root')).render(<App config={config} />);
}
