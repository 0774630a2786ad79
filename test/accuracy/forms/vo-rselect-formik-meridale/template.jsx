/*
 * Meridale Freight careers (Rotterdam HQ, US office in Oakland): React 19 + Formik 2 with
 * react-select 5 (classNamePrefix "mf"). Country of residence lists world-countries by their
 * official names ("United States of America"); the state list shows "CA - California"; the city
 * is an AsyncSelect whose places arrive 400 ms after typing; the current employer is a
 * CreatableSelect (type + Enter); authorization / sponsorship answers are sentences; the time zone
 * comes preset to the Rotterdam office's zone; locations and languages are isMulti. Shared by the
 * postings; Formik's values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Formik, Form, Field, ErrorMessage } from 'formik';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import CreatableSelect from 'react-select/creatable';
import countries from 'world-countries';

const o = (value, label = value) => ({ value, label });
const COUNTRIES = countries.map((c) => o(c.cca2, c.name.official)).sort((a, b) => a.label.localeCompare(b.label));
const STATES = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'],
  ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'],
  ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'],
  ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'],
  ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'],
  ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'],
  ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'], ['XX', 'Not in the US'],
].map(([code, name]) => o(code, `${code} - ${name}`));
const PLACES = [
  'Oakland, CA, USA', 'San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco de Macorís, Dominican Republic', 'San Fernando, CA, USA',
  'San Jose, CA, USA', 'Long Beach, CA, USA', 'Houston, TX, USA', 'Newark, NJ, USA', 'Rotterdam, Netherlands', 'Seattle, WA, USA',
];
const loadPlaces = (text) =>
  new Promise((resolve) => setTimeout(() => resolve(PLACES.filter((p) => p.toLowerCase().includes(text.toLowerCase())).map((p) => o(p))), 400));
const EMPLOYERS = ['Flexport', 'Maersk', 'DHL Supply Chain', 'C.H. Robinson', 'Kuehne+Nagel', 'project44', 'Uber Freight', 'Convoy'].map((e) => o(e));
const DEGREES = [
  o('secondary', 'Secondary / high school'), o('mbo', 'Vocational or associate (MBO / community college)'),
  o('bachelor', 'Bachelor (HBO / WO / 4-year university)'), o('master', 'Master (MSc, MA, MBA)'), o('doctorate', 'Doctorate (PhD)'),
];
const AUTH = [
  o('any', 'Yes, I am authorized to work for any employer in the US'),
  o('restricted', 'Yes, but only for my current employer or with restrictions (e.g. OPT, H-1B)'),
  o('no', 'No, I am not authorized to work in the US'),
];
const SPONSOR = [o('yes', 'Yes, I will need sponsorship now or in the future'), o('no', 'No, I will not need sponsorship now or in the future')];
const ZONES = [
  o('Europe/Amsterdam', '(UTC+01:00) Amsterdam, Berlin, Rome, Stockholm'), o('Europe/London', '(UTC+00:00) Dublin, Edinburgh, Lisbon, London'),
  o('America/New_York', '(UTC-05:00) Eastern Time (US & Canada)'), o('America/Chicago', '(UTC-06:00) Central Time (US & Canada)'),
  o('America/Denver', '(UTC-07:00) Mountain Time (US & Canada)'), o('America/Phoenix', '(UTC-07:00) Arizona'),
  o('America/Los_Angeles', '(UTC-08:00) Pacific Time (US & Canada)'), o('America/Anchorage', '(UTC-09:00) Alaska'), o('Pacific/Honolulu', '(UTC-10:00) Hawaii'),
];
const LANGS = ['Dutch', 'English', 'German', 'Spanish', 'Mandarin', 'Portuguese', 'French'].map((l) => o(l));
const HEARD = ['LinkedIn', 'Meridale website', 'Glassdoor', 'Referral from a Meridale employee', 'Event or meetup', 'Other'].map((h) => o(h));
const GENDER = ['Female', 'Male', 'Non-binary', 'I do not wish to self-identify'].map((g) => o(g));
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or More Races', 'I do not wish to self-identify'].map((g) => o(g));
const VETERAN = ['I identify as one or more of the classifications of protected veteran', 'I am not a protected veteran', 'I do not wish to self-identify'].map((g) => o(g));
const DISABILITY = ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability', 'I do not want to answer'].map((g) => o(g));

export function renderApplication(posting) {
  const initial = {
    firstName: '', lastName: '', email: '', phone: '', country: null, state: null, city: null, linkedin: '', employer: null, jobTitle: '',
    years: null, degree: null, authorization: null, sponsorship: null, timezone: ZONES[0], locations: [], languages: [], availableFrom: '',
    salary: '', resume: '', coverLetter: '', why: '', heard: null, gender: null, race: null, veteran: null, disability: null, privacy: false,
    ...Object.fromEntries(posting.questions.map((q) => [q.key, q.multi ? [] : null])),
  };
  const validate = (v) => {
    const e = {};
    for (const k of ['firstName', 'lastName', 'email', 'phone']) if (!v[k]) e[k] = 'This field is required';
    for (const k of ['country', 'city', 'years', 'authorization', 'sponsorship']) if (!v[k]) e[k] = 'Please select an option';
    if (!v.resume) e.resume = 'Please attach your CV';
    if (!v.privacy) e.privacy = 'Please accept the privacy statement';
    return e;
  };
  const plain = (v) => (Array.isArray(v) ? v.map((x) => x.value) : v && typeof v === 'object' ? v.value : v);

  function Row({ id, label, required, help, children }) {
    return (
      <div className="mf-field">
        <label htmlFor={id} id={`${id}-label`}>{label}{required && <span className="mf-req" aria-hidden="true"> *</span>}</label>
        {children}
        {help && <div className="mf-help">{help}</div>}
        <ErrorMessage name={id.replace('mf-', '')} component="div" className="mf-err" />
      </div>
    );
  }

  function Application() {
    const [sent, setSent] = useState(false);
    const [search, setSearch] = useState('');
    const [newsletter, setNewsletter] = useState('');
    return (
      <Formik initialValues={initial} validate={validate} onSubmit={() => setSent(true)}>
        {({ values, setFieldValue, setFieldTouched }) => {
          const rs = (name, options, props = {}, Component = Select) => (
            <Component
              inputId={`mf-${name}`}
              instanceId={`mf-${name}`}
              id={`mf-${name}-container`}
              classNamePrefix="mf"
              name={name}
              options={options}
              value={values[name]}
              onChange={(v) => setFieldValue(name, v)}
              onBlur={() => setFieldTouched(name, true)}
              placeholder="Select..."
              {...props}
            />
          );
          const txt = (name, props = {}) => <Field id={`mf-${name}`} name={name} className="mf-input" {...props} />;
          const model = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, plain(v)]));
          return (
            <>
              <header className="mf-top">
                <span className="mf-logo">MERIDALE<b>freight</b></span>
                <nav>Vacancies · Life at Meridale · Locations · Students</nav>
                <input type="search" id="mf-site-search" aria-label="Search vacancies" placeholder="Search vacancies" value={search} onChange={(e) => setSearch(e.target.value)} />
                <a href="#login" className="mf-login">Candidate login</a>
              </header>
              <main className="mf-main">
                <p className="mf-kicker">{posting.team} · {posting.where} · Full-time</p>
                <h1>{posting.title}</h1>
                {posting.intro.map((p) => <p key={p}>{p}</p>)}
                {sent && <p id="mf-sent" className="mf-sent">Thank you, your application has been received. You will hear from our talent team within 10 working days.</p>}
                <Form id="mf-apply" noValidate>
                  <h2>Personal details</h2>
                  <div className="mf-row">
                    <Row id="mf-firstName" label="First name" required>{txt('firstName', { autoComplete: 'given-name' })}</Row>
                    <Row id="mf-lastName" label="Last name" required>{txt('lastName', { autoComplete: 'family-name' })}</Row>
                  </div>
                  <Row id="mf-email" label="Email address" required>{txt('email', { type: 'email' })}</Row>
                  <Row id="mf-phone" label="Phone number" required help="Please include your country code, e.g. +1 415 555 0100 or +31 10 123 4567">{txt('phone', { type: 'tel' })}</Row>
                  <Row id="mf-country" label="Country of residence" required>{rs('country', COUNTRIES)}</Row>
                  <div className="mf-row">
                    <Row id="mf-state" label="State (US only)">{rs('state', STATES, { isClearable: true })}</Row>
                    <Row id="mf-city" label="City" required help="Start typing your city">
                      {rs('city', [], { loadOptions: loadPlaces, placeholder: 'Type to search...', noOptionsMessage: ({ inputValue }) => (inputValue ? 'No places found' : 'Type to search') }, AsyncSelect)}
                    </Row>
                  </div>
                  <Row id="mf-linkedin" label="LinkedIn profile URL">{txt('linkedin', { type: 'url', placeholder: 'https://www.linkedin.com/in/...' })}</Row>

                  <h2>Experience &amp; education</h2>
                  <div className="mf-row">
                    <Row id="mf-employer" label="Current employer" help="Not listed? Type the name and press Enter">
                      {rs('employer', EMPLOYERS, { isClearable: true, placeholder: 'Select or type...', formatCreateLabel: (v) => `Add "${v}"` }, CreatableSelect)}
                    </Row>
                    <Row id="mf-jobTitle" label="Current job title">{txt('jobTitle')}</Row>
                  </div>
                  <Row id="mf-years" label={posting.yearsLabel} required>{rs('years', posting.years.map((y) => o(y)), { isSearchable: false })}</Row>
                  <Row id="mf-degree" label="Highest completed education">{rs('degree', DEGREES, { isSearchable: false })}</Row>
                  <Row id="mf-languages" label="Which languages do you speak at a professional level?" help="Select all that apply">
                    {rs('languages', LANGS, { isMulti: true, closeMenuOnSelect: false })}
                  </Row>

                  <h2>Work eligibility &amp; availability</h2>
                  <Row id="mf-authorization" label="Are you legally authorized to work in the United States?" required>{rs('authorization', AUTH, { isSearchable: false })}</Row>
                  <Row id="mf-sponsorship" label="Will you now or in the future require Meridale to sponsor a work visa?" required>{rs('sponsorship', SPONSOR, { isSearchable: false })}</Row>
                  <Row id="mf-timezone" label="Which time zone do you currently work in?">{rs('timezone', ZONES)}</Row>
                  <Row id="mf-locations" label={posting.locationsLabel} help="Select all that apply">
                    {rs('locations', posting.locations.map((l) => o(l)), { isMulti: true, closeMenuOnSelect: false })}
                  </Row>
                  <div className="mf-row">
                    <Row id="mf-availableFrom" label="Available from" help="DD-MM-YYYY">{txt('availableFrom', { placeholder: 'DD-MM-YYYY' })}</Row>
                    <Row id="mf-salary" label="Salary expectation (gross per year, USD)">{txt('salary', { inputMode: 'numeric' })}</Row>
                  </div>
                  {posting.questions.map((q) => (
                    <Row key={q.key} id={`mf-${q.key}`} label={q.label} required={q.required} help={q.help}>
                      {rs(q.key, q.options.map((x) => o(x)), { isSearchable: false, isMulti: !!q.multi })}
                    </Row>
                  ))}

                  <h2>Documents</h2>
                  <Row id="mf-resume" label="CV / resume" required help="PDF, DOC or DOCX, max. 8 MB">
                    <input type="file" id="mf-resume" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => setFieldValue('resume', e.target.files?.[0]?.name ?? '')} />
                  </Row>
                  <Row id="mf-coverLetter" label="Motivation letter" help="Optional. Paste your cover letter here.">{txt('coverLetter', { as: 'textarea', rows: 6 })}</Row>
                  <Row id="mf-why" label={posting.whyLabel}>{txt('why', { as: 'textarea', rows: 4 })}</Row>
                  <Row id="mf-heard" label="How did you find this vacancy?">{rs('heard', HEARD, { isClearable: true })}</Row>

                  <h2>Voluntary self-identification (US)</h2>
                  <p className="mf-help">Meridale Freight Americas, Inc. is an equal opportunity employer. Completing this section is voluntary and will not affect your application.</p>
                  <div className="mf-row">
                    <Row id="mf-gender" label="Gender">{rs('gender', GENDER, { isSearchable: false })}</Row>
                    <Row id="mf-race" label="Race / ethnicity">{rs('race', RACE, { isSearchable: false })}</Row>
                  </div>
                  <Row id="mf-veteran" label="Veteran status">{rs('veteran', VETERAN, { isSearchable: false })}</Row>
                  <Row id="mf-disability" label="Disability status">{rs('disability', DISABILITY, { isSearchable: false })}</Row>
                  <label className="mf-check">
                    <Field type="checkbox" id="mf-privacy" name="privacy" />
                    <span>I have read the <a href="#privacy">Meridale candidate privacy statement</a> and consent to my data being stored for 12 months. <span className="mf-req">*</span></span>
                  </label>
                  <ErrorMessage name="privacy" component="div" className="mf-err" />
                  <button type="submit" id="mf-submit" className="mf-submit">Send application</button>
                </Form>
              </main>
              <footer className="mf-foot">
                <form onSubmit={(e) => e.preventDefault()}>
                  <label htmlFor="mf-newsletter">Stay up to date with Meridale vacancies</label>{' '}
                  <input id="mf-newsletter" type="email" placeholder="Your email" value={newsletter} onChange={(e) => setNewsletter(e.target.value)} />{' '}
                  <button type="submit">Subscribe</button>
                </form>
              </footer>
              <pre id="model">{JSON.stringify({ ...model, search, newsletter })}</pre>
            </>
          );
        }}
      </Formik>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
