/**
 * A three-step application built the way Formik's multi-step wizard example does it: one <Formik>
 * whose validationSchema (yup) is the current step's, "Next" is the form's submit button, and the
 * step changes only when that step's schema passes (errors show under each touched field; fields
 * validate on blur). Only the active step is mounted; values persist across steps.
 * Step 1: contact with a dial-code select preset "+1 (US)", a phone that formats as 555-555-5555
 * while typing, a confirm-email box, a country (world-countries) that decides whether the state is
 * a list of states, of provinces, or not asked. Step 2: an "I'm currently employed" switch that shows
 * employer / title / notice, total years as a number, an Education FieldArray with "Add another
 * school", salary as currency + amount (thousands separators as typed) + "Per". Step 3: eligibility
 * selects (sponsorship "Yes" shows a visa box), a masked MM/DD/YYYY start, resume + cover letter
 * files, posting questions, consent. Values in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Formik, Form, Field, FieldArray, ErrorMessage, useField, useFormikContext } from 'formik';
import * as Yup from 'yup';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => [c.cca2, c.name.common]).sort((a, b) => a[1].localeCompare(b[1]));
const REGIONS = {
  US: { label: 'State', items: ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'] },
  CA: { label: 'Province', items: ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'] },
};
const DIALS = [['US', '+1 (US)'], ['CA', '+1 (CA)'], ['MX', '+52 (MX)'], ['GB', '+44 (UK)'], ['DE', '+49 (DE)'], ['IN', '+91 (IN)'], ['PH', '+63 (PH)']];
const DEGREES = ['High school diploma / GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate', 'Other'];
const digits = (s) => s.replace(/\D/g, '');
const fmtPhone = (raw) => { const d = digits(raw).slice(0, 10); return [d.slice(0, 3), d.slice(3, 6), d.slice(6)].filter(Boolean).join('-'); };
const fmtMoney = (raw) => { const d = digits(raw).replace(/^0+(?=\d)/, '').slice(0, 9); return d ? Number(d).toLocaleString('en-US') : ''; };
const fmtDate = (raw) => { const d = digits(raw).slice(0, 8); return [d.slice(0, 2), d.slice(2, 4), d.slice(4)].filter(Boolean).join('/'); };

function schemas(posting) {
  const answers = {};
  for (const q of posting.questions) answers[q.name] = q.required ? Yup.string().required('Please answer this question') : Yup.string();
  return [
    Yup.object({
      firstName: Yup.string().trim().required('Required'),
      lastName: Yup.string().trim().required('Required'),
      email: Yup.string().trim().email('Enter a valid email').required('Required'),
      confirmEmail: Yup.string().trim().oneOf([Yup.ref('email')], 'Emails do not match').required('Required'),
      phone: Yup.string().matches(/^\d{3}-\d{3}-\d{4}$/, 'Enter a 10-digit number').required('Required'),
      address: Yup.string().trim().required('Required'),
      city: Yup.string().trim().required('Required'),
      country: Yup.string().required('Required'),
      region: Yup.string().when('country', { is: (c) => Boolean(REGIONS[c]), then: (s) => s.required('Required') }),
      postal: Yup.string().trim().required('Required'),
    }),
    Yup.object({
      employed: Yup.boolean(),
      employer: Yup.string().when('employed', { is: true, then: (s) => s.trim().required('Required') }),
      jobTitle: Yup.string().when('employed', { is: true, then: (s) => s.trim().required('Required') }),
      years: Yup.number().typeError('Enter a number').integer('Whole years only').min(0).max(60).required('Required'),
      education: Yup.array().of(Yup.object({ school: Yup.string().trim().required('Required'), degree: Yup.string().required('Required'), field: Yup.string(), year: Yup.string().matches(/^$|^(19|20)\d\d$/, 'Use YYYY') })),
      salary: Yup.string().required('Required'),
      salaryPer: Yup.string().required('Required'),
    }),
    Yup.object({
      authorized: Yup.string().required('Required'),
      sponsorship: Yup.string().required('Required'),
      visa: Yup.string().when('sponsorship', { is: 'Yes', then: (s) => s.required('Required') }),
      startDate: Yup.string().matches(/^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/20\d\d$/, 'Use MM/DD/YYYY').required('Required'),
      resume: Yup.string().required('Please attach your resume'),
      answers: Yup.object(answers),
      consent: Yup.boolean().oneOf([true], 'Please accept to continue'),
    }),
  ];
}

const Msg = ({ name }) => <ErrorMessage name={name}>{(m) => <div className="fw-err" role="alert">{m}</div>}</ErrorMessage>;

function Text({ name, label, type = 'text', format, ...rest }) {
  const [field, meta, helpers] = useField(name);
  const id = `fw-${name.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
  return (
    <div className={`fw-field${meta.touched && meta.error ? ' fw-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} {...field} {...rest} onChange={format ? (e) => helpers.setValue(format(e.target.value)) : field.onChange} aria-invalid={meta.touched && meta.error ? 'true' : undefined} />
      <Msg name={name} />
    </div>
  );
}

function Choice({ name, label, options, placeholder = 'Select…', ...rest }) {
  const id = `fw-${name.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
  return (
    <div className="fw-field">
      <label htmlFor={id}>{label}</label>
      <Field as="select" id={id} name={name} {...rest}>
        {placeholder !== null && <option value="">{placeholder}</option>}
        {options.map((o) => (Array.isArray(o) ? <option key={o[0]} value={o[0]}>{o[1]}</option> : <option key={o} value={o}>{o}</option>))}
      </Field>
      <Msg name={name} />
    </div>
  );
}

function FileField({ name, label, accept, hint }) {
  const { setFieldValue, setFieldTouched } = useFormikContext();
  return (
    <div className="fw-field">
      <label htmlFor={`fw-${name}`}>{label}</label>
      <input id={`fw-${name}`} type="file" accept={accept} onChange={(e) => { setFieldValue(name, e.target.files?.[0]?.name ?? ''); setFieldTouched(name, true, false); }} />
      {hint && <div className="fw-hint">{hint}</div>}
      <Msg name={name} />
    </div>
  );
}

function StepContact() {
  const { values, setFieldValue } = useFormikContext();
  const region = REGIONS[values.country];
  return (
    <>
      <div className="fw-row"><Text name="firstName" label="Legal first name" /><Text name="lastName" label="Legal last name" /></div>
      <div className="fw-row"><Text name="email" label="Email address" type="email" /><Text name="confirmEmail" label="Re-enter email address" type="email" onPaste={(e) => e.preventDefault()} /></div>
      <div className="fw-row fw-phone">
        <Choice name="dial" label="Country code" options={DIALS} placeholder={null} />
        <Text name="phone" label="Mobile number" type="tel" placeholder="555-555-5555" maxLength={12} format={fmtPhone} />
      </div>
      <Text name="address" label="Street address" />
      <div className="fw-row">
        <Choice name="country" label="Country" options={COUNTRIES} placeholder="Select country" onChange={(e) => { setFieldValue('country', e.target.value); setFieldValue('region', ''); }} />
        {region
          ? <Choice name="region" label={region.label} options={region.items} placeholder={`Select ${region.label.toLowerCase()}`} />
          : <div className="fw-field"><label htmlFor="fw-region">State / Province</label><select id="fw-region" name="region" disabled value=""><option value="">{values.country ? 'Not required for this country' : 'Select a country first'}</option></select></div>}
      </div>
      <div className="fw-row"><Text name="city" label="City" /><Text name="postal" label={values.country === 'US' ? 'ZIP code' : 'Postal code'} /></div>
    </>
  );
}

function StepExperience({ posting }) {
  const { values, setFieldValue } = useFormikContext();
  return (
    <>
      <div className="fw-field fw-switch">
        <label htmlFor="fw-employed"><input id="fw-employed" type="checkbox" role="switch" checked={values.employed} onChange={(e) => setFieldValue('employed', e.target.checked)} /><span className="fw-track" aria-hidden="true" /> I'm currently employed</label>
      </div>
      <div className="fw-follow" style={{ display: values.employed ? 'block' : 'none' }}>
        <div className="fw-row"><Text name="employer" label="Current employer" /><Text name="jobTitle" label="Current job title" /></div>
        <Choice name="notice" label="Notice period" options={['None', '1 week', '2 weeks', '3-4 weeks', 'More than a month']} />
      </div>
      <div className="fw-row"><Text name="years" label={posting.yearsLabel} inputMode="numeric" /><div /></div>
      <FieldArray name="education">{({ push, remove }) => (
        <div className="fw-array">
          <h4>Education</h4>
          {values.education.map((_, i) => (
            <div className="fw-entry" key={i}>
              <div className="fw-row"><Text name={`education[${i}].school`} label="School or university" /><Choice name={`education[${i}].degree`} label="Degree" options={DEGREES} /></div>
              <div className="fw-row"><Text name={`education[${i}].field`} label="Field of study" /><Text name={`education[${i}].year`} label="Graduation year" placeholder="YYYY" maxLength={4} /></div>
              {i > 0 && <button type="button" className="fw-link" onClick={() => remove(i)}>Remove school</button>}
            </div>
          ))}
          <button type="button" id="fw-add-school" className="fw-link" onClick={() => push({ school: '', degree: '', field: '', year: '' })}>+ Add another school</button>
        </div>
      )}</FieldArray>
      <div className="fw-row fw-salary">
        <Choice name="currency" label="Currency" options={['USD', 'CAD', 'EUR', 'GBP', 'INR', 'MXN']} placeholder={null} />
        <Text name="salary" label={posting.salaryLabel} inputMode="numeric" format={fmtMoney} />
        <Choice name="salaryPer" label="Per" options={['Hour', 'Month', 'Year']} />
      </div>
    </>
  );
}

function StepEligibility({ posting }) {
  const { values } = useFormikContext();
  return (
    <>
      <Choice name="authorized" label={posting.authorizedLabel} options={['Yes', 'No']} />
      <Choice name="sponsorship" label={posting.sponsorshipLabel} options={['Yes', 'No']} />
      <div style={{ display: values.sponsorship === 'Yes' ? 'block' : 'none' }}><Text name="visa" label="What type of visa sponsorship will you need?" /></div>
      <Text name="startDate" label="Available start date" placeholder="MM/DD/YYYY" maxLength={10} inputMode="numeric" format={fmtDate} />
      <FileField name="resume" label="Resume" accept=".pdf,.doc,.docx,.txt" hint="PDF, DOC, DOCX or TXT" />
      <FileField name="coverLetter" label="Cover letter (optional)" accept=".pdf,.doc,.docx,.txt" />
      {posting.questions.map((q) => (q.type === 'select'
        ? <Choice key={q.name} name={`answers.${q.name}`} label={q.label} options={q.options} />
        : <div className="fw-field" key={q.name}><label htmlFor={`fw-answers-${q.name}`}>{q.label}</label><Field as="textarea" rows={4} id={`fw-answers-${q.name}`} name={`answers.${q.name}`} /><Msg name={`answers.${q.name}`} /></div>))}
      <Choice name="source" label="How did you find this job?" options={posting.sources} />
      <div className="fw-field fw-check"><label><Field type="checkbox" id="fw-consent" name="consent" /> I certify that the information I have provided is true and complete, and I agree to the <a href="#">privacy policy</a>.</label><Msg name="consent" /></div>
    </>
  );
}

const TITLES = ['Contact details', 'Experience & education', 'Eligibility & documents'];

function Wizard({ posting }) {
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(null);
  const all = schemas(posting);
  const initial = {
    firstName: '', lastName: '', email: '', confirmEmail: '', dial: 'US', phone: '', address: '', city: '', country: '', region: '', postal: '',
    employed: false, employer: '', jobTitle: '', notice: '', years: '', education: [{ school: '', degree: '', field: '', year: '' }], currency: 'USD', salary: '', salaryPer: '',
    authorized: '', sponsorship: '', visa: '', startDate: '', resume: '', coverLetter: '', answers: Object.fromEntries(posting.questions.map((q) => [q.name, ''])), source: '', consent: false,
  };
  if (done) return <div className="fw-card" id="fw-done"><h2>Thanks, {done.firstName}!</h2><p>Your application for {posting.title} was submitted.</p><pre id="model">{JSON.stringify(done, null, 1)}</pre></div>;
  return (
    <Formik initialValues={initial} validationSchema={all[step]} onSubmit={(values, helpers) => {
      if (step < 2) { setStep(step + 1); helpers.setTouched({}); window.scrollTo(0, 0); return; }
      setDone(values);
    }}>
      {({ values }) => (
        <Form className="fw-card" noValidate>
          <ol className="fw-steps">{TITLES.map((t, i) => <li key={t} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : ''}>Step {i + 1}: {t}</li>)}</ol>
          <h2>{TITLES[step]}</h2>
          {step === 0 && <StepContact />}
          {step === 1 && <StepExperience posting={posting} />}
          {step === 2 && <StepEligibility posting={posting} />}
          <div className="fw-actions">
            {step > 0 ? <button type="button" className="fw-btn secondary" onClick={() => setStep(step - 1)}>Back</button> : <span />}
            {step < 2 ? <button type="submit" id="fw-next" className="fw-btn">Next</button> : <button type="submit" id="fw-submit" className="fw-btn">Submit application</button>}
          </div>
          <pre id="model">{JSON.stringify(values, null, 1)}</pre>
        </Form>
      )}
    </Formik>
  );
}

export function renderPosting(posting) {
  createRoot(document.getElementById('root')).render(<Wizard posting={posting} />);
}
