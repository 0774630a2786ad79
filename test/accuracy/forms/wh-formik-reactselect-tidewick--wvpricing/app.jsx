/*
 * Another Tidewick posting (Analytics Engineer, Carrier Pricing; remote in the US) on the same careers
 * template as the Senior Data Engineer one, with its own screening questions. Tidewick (a Toronto
 * logistics-software company) hiring a remote engineer in the US: Formik 2 with
 * react-select 5 wired by hand (setFieldValue / setFieldTouched, classNamePrefix "tw") and
 * react-phone-number-input with `international` and `defaultCountry="CA"` (the box starts "+1"
 * with the Canadian flag; a 415 number turns the flag to the US). Country of residence and the
 * salary currency are react-selects preset to Canada / CAD; "Province / State" is grouped
 * (Canada first, then United States); pronouns are an isMulti select; the years and the degree
 * are react-selects; a Canadian work-permit question sits beside the US one; a chat widget asks
 * for a name and email. Formik's values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorMessage, Field, Form, Formik } from 'formik';
import Select from 'react-select';
import PhoneInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';

const o = (list) => list.map((v) => (Array.isArray(v) ? { value: v[0], label: v[1] } : { value: v, label: v }));
const COUNTRIES = o([['CA', 'Canada'], ['MX', 'Mexico'], ['US', 'United States'], ['GB', 'United Kingdom'], ['IE', 'Ireland'], ['IN', 'India'], ['OTHER', 'Other']]);
const REGIONS = [
  { label: 'Canada', options: o([['AB', 'Alberta'], ['BC', 'British Columbia'], ['MB', 'Manitoba'], ['NB', 'New Brunswick'], ['NS', 'Nova Scotia'], ['ON', 'Ontario'], ['QC', 'Quebec'], ['SK', 'Saskatchewan']]) },
  { label: 'United States', options: o([['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['FL', 'Florida'], ['GA', 'Georgia'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['NY', 'New York'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington']]) },
];
const CURRENCIES = o([['CAD', 'CAD — Canadian dollar'], ['USD', 'USD — US dollar']]);
const YEARS = o(['Under 3 years', '3 to 6 years', '7 to 9 years', '10 years or more']);
const DEGREES = o([['college', 'College diploma'], ['bachelor', 'Bachelor’s degree'], ['master', 'Master’s degree'], ['phd', 'PhD'], ['none', 'None of these']]);
const PRONOUNS = o(['she/her', 'he/him', 'they/them', 'xe/xem', 'Prefer not to say']);
const HEARD = o(['LinkedIn', 'Tidewick blog', 'A friend', 'Meetup or conference', 'Other']);

function RS({ name, label, options, values, setFieldValue, setFieldTouched, help, ...props }) {
  return (
    <div className="tw-f">
      <label htmlFor={`tw-${name}`} id={`tw-${name}-label`}>{label}</label>
      <Select
        inputId={`tw-${name}`}
        instanceId={name}
        id={`tw-${name}-box`}
        name={name}
        classNamePrefix="tw"
        options={options}
        value={values[name]}
        onChange={(v) => setFieldValue(name, v)}
        onBlur={() => setFieldTouched(name, true)}
        placeholder="Choose…"
        {...props}
      />
      {help && <div className="tw-help">{help}</div>}
      <ErrorMessage name={name} component="div" className="tw-err" />
    </div>
  );
}

function App() {
  const [chat, setChat] = useState({ name: '', email: '' });
  const initial = {
    firstName: '', lastName: '', email: '', phone: '', country: COUNTRIES[0], region: null, city: '', linkedin: '', github: '',
    company: '', title: '', years: null, degree: null, school: '', pronouns: [], q_31870: '', q_31871: '', q_31874: '', q_31876: '',
    currency: CURRENCIES[0], salary: '', startDate: '', resume: '', coverLetter: '', heard: null, privacy: false,
  };
  const validate = (v) => {
    const e = {};
    if (!v.firstName) e.firstName = 'Required';
    if (!v.lastName) e.lastName = 'Required';
    if (!/.+@.+\..+/.test(v.email)) e.email = 'Enter a valid email';
    if (!v.country) e.country = 'Required';
    if (!v.q_31870) e.q_31870 = 'Please answer';
    if (!v.q_31871) e.q_31871 = 'Please answer';
    if (!v.privacy) e.privacy = 'Please accept the privacy policy';
    return e;
  };
  const plain = (v) => (Array.isArray(v) ? v.map((x) => x.value) : v && typeof v === 'object' ? v.value : v);
  return (
    <>
      <header className="tw-bar"><b>tidewick</b><a href="#jobs">All jobs</a><a href="#login">Log in</a></header>
      <div className="tw-main">
        <p className="tw-sub">Pricing · Remote (United States) · Full-time</p>
        <h1>Analytics Engineer, Carrier Pricing</h1>
        <p>Carrier Pricing sets the rates Tidewick quotes to 4,000 carriers every morning. This role is remote in the US and pays in US dollars; the team meets in Toronto twice a year.</p>
        <Formik initialValues={initial} validate={validate} onSubmit={(_, { setStatus }) => setStatus('sent')}>
          {({ values, setFieldValue, setFieldTouched, status }) => {
            const rs = { values, setFieldValue, setFieldTouched };
            const radio = (name, q, options) => (
              <div className="tw-f" role="radiogroup" aria-labelledby={`tw-${name}-q`}>
                <span className="tw-q" id={`tw-${name}-q`}>{q}</span>
                <span className="tw-radios">{options.map(([value, label]) => <label key={value}><Field type="radio" name={name} value={value} /> {label}</label>)}</span>
                <ErrorMessage name={name} component="div" className="tw-err" />
              </div>
            );
            return (
              <>
                {status === 'sent' && <p id="tw-done" className="tw-done">Application received — thanks, {values.firstName}!</p>}
                <Form noValidate id="tw-form">
                  <div className="tw-row">
                    <div className="tw-f"><label htmlFor="tw-firstName">First name *</label><Field id="tw-firstName" name="firstName" className="tw-in" /><ErrorMessage name="firstName" component="div" className="tw-err" /></div>
                    <div className="tw-f"><label htmlFor="tw-lastName">Last name *</label><Field id="tw-lastName" name="lastName" className="tw-in" /><ErrorMessage name="lastName" component="div" className="tw-err" /></div>
                  </div>
                  <div className="tw-f"><label htmlFor="tw-email">Email *</label><Field id="tw-email" name="email" type="email" className="tw-in" /><ErrorMessage name="email" component="div" className="tw-err" /></div>
                  <div className="tw-f">
                    <label htmlFor="tw-phone">Phone</label>
                    <PhoneInput id="tw-phone" international defaultCountry="CA" value={values.phone} onChange={(v) => setFieldValue('phone', v ?? '')} />
                  </div>
                  <RS name="country" label="Country of residence *" options={COUNTRIES} {...rs} />
                  <div className="tw-row">
                    <RS name="region" label="Province / State" options={REGIONS} {...rs} isClearable />
                    <div className="tw-f"><label htmlFor="tw-city">City</label><Field id="tw-city" name="city" className="tw-in" /></div>
                  </div>
                  <div className="tw-row">
                    <div className="tw-f"><label htmlFor="tw-linkedin">LinkedIn</label><Field id="tw-linkedin" name="linkedin" className="tw-in" /></div>
                    <div className="tw-f"><label htmlFor="tw-github">GitHub</label><Field id="tw-github" name="github" className="tw-in" /></div>
                  </div>
                  <RS name="pronouns" label="Pronouns" options={PRONOUNS} {...rs} isMulti placeholder="Optional" help="Choose any that apply." />
                  <h2>Experience</h2>
                  <div className="tw-row">
                    <div className="tw-f"><label htmlFor="tw-company">Current company</label><Field id="tw-company" name="company" className="tw-in" /></div>
                    <div className="tw-f"><label htmlFor="tw-title">Current title</label><Field id="tw-title" name="title" className="tw-in" /></div>
                  </div>
                  <div className="tw-row">
                    <RS name="years" label="Years working in analytics or data engineering" options={YEARS} {...rs} isSearchable={false} />
                    <RS name="degree" label="Highest education" options={DEGREES} {...rs} isSearchable={false} />
                  </div>
                  <div className="tw-f"><label htmlFor="tw-school">School</label><Field id="tw-school" name="school" className="tw-in" /></div>
                  <h2>Work eligibility</h2>
                  {radio('q_31870', 'Can you work for a US employer without any restrictions on your status? *', [['yes', 'Yes'], ['no', 'No']])}
                  {radio('q_31871', 'Now or later, would you need an employer to file a visa petition (H-1B, TN or similar) on your behalf? *', [['yes', 'Yes'], ['no', 'No']])}
                  {radio('q_31874', 'Are you currently employed?', [['yes', 'Yes'], ['no', 'No']])}
                  {radio('q_31876', 'Can you travel to our Toronto office twice a year (passport required)?', [['yes', 'Yes'], ['no', 'No'], ['maybe', 'Not sure yet']])}
                  <h2>Compensation and timing</h2>
                  <div className="tw-row">
                    <RS name="currency" label="Currency" options={CURRENCIES} {...rs} isSearchable={false} />
                    <div className="tw-f"><label htmlFor="tw-salary">Expected annual base salary</label><Field id="tw-salary" name="salary" className="tw-in" inputMode="numeric" /></div>
                  </div>
                  <div className="tw-f"><label htmlFor="tw-startDate">Earliest start date</label><Field id="tw-startDate" name="startDate" type="date" className="tw-in" /></div>
                  <h2>Documents</h2>
                  <div className="tw-f"><label htmlFor="tw-resume">Résumé</label><input id="tw-resume" type="file" accept=".pdf,.docx" onChange={(e) => setFieldValue('resume', e.target.files?.[0]?.name ?? '')} /></div>
                  <div className="tw-f"><label htmlFor="tw-coverLetter">Cover letter</label><Field as="textarea" id="tw-coverLetter" name="coverLetter" rows={5} className="tw-in" /></div>
                  <RS name="heard" label="How did you find us?" options={HEARD} {...rs} isClearable />
                  <label className="tw-f" style={{ display: 'flex', gap: 8, fontSize: 14 }}><Field type="checkbox" id="tw-privacy" name="privacy" /> I agree to Tidewick’s privacy policy (PIPEDA / CCPA). *</label>
                  <ErrorMessage name="privacy" component="div" className="tw-err" />
                  <button type="submit" className="tw-submit" id="tw-submit">Submit application</button>
                </Form>
                <pre id="model">{JSON.stringify({ ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, plain(v)])), chat })}</pre>
              </>
            );
          }}
        </Formik>
      </div>
      <aside className="tw-chat" aria-label="Chat with us">
        <strong>Questions? Chat with our recruiting team</strong>
        <input id="tw-chat-name" placeholder="Your name" aria-label="Your name" value={chat.name} onChange={(e) => setChat((c) => ({ ...c, name: e.target.value }))} />
        <input id="tw-chat-email" type="email" placeholder="Your email" aria-label="Your email" value={chat.email} onChange={(e) => setChat((c) => ({ ...c, email: e.target.value }))} />
        <button type="button">Start chat</button>
      </aside>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
