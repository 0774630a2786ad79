/*
 * Harlow & Pike (a London sports-data company) careers: React 19 + Formik holding every value,
 * react-select 5 (classNamePrefix "hp") in its async flavours: AsyncSelect location search
 * (results 300 ms after typing), AsyncCreatableSelect employer and school (not every name is in
 * the directory: type it and press Enter), grouped single selects (country by region, education by
 * level), grouped multi (teams, left alone), non-searchable sentence select; react-phone-number-input
 * preset to the United Kingdom (native country select under a flag, E.164 in the form). Posting
 * pages pass title, office, buckets and questions. Formik values mirrored into <pre id="model">.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Formik, Form, Field, useFormikContext } from 'formik';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import AsyncCreatableSelect from 'react-select/async-creatable';
import PhoneInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';

const PLACES = [
  'Austin, TX, USA', 'Boston, MA, USA', 'Chicago, IL, USA', 'Los Angeles, CA, USA', 'New York, NY, USA', 'Oakland, CA, USA',
  'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Francisco de Macorís, Dominican Republic', 'San Jose, CA, USA',
  'South San Francisco, CA, USA', 'Seattle, WA, USA', 'Toronto, ON, Canada', 'Vancouver, BC, Canada',
  'London, England, UK', 'Manchester, England, UK', 'Edinburgh, Scotland, UK', 'Dublin, Ireland', 'Leeds, England, UK',
];
const COMPANIES = ['Opta Sports', 'Stats Perform', 'Genius Sports', 'Sportradar', 'Hudl', 'Second Spectrum', 'Catapult', 'Zelus Analytics', 'Kitman Labs'];
const SCHOOLS = [
  'Imperial College London', 'London School of Economics', 'University College London', 'University of Cambridge', 'University of Oxford',
  'Stanford University', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
];
const opts = (list) => list.map((v) => ({ value: v, label: v }));
const delayed = (list) => (input) => new Promise((resolve) => {
  setTimeout(() => resolve(opts(list.filter((v) => v.toLowerCase().includes(input.toLowerCase())).slice(0, 8))), 300);
});
const COUNTRIES = [
  { label: 'Europe', options: [['GB', 'United Kingdom'], ['IE', 'Ireland'], ['FR', 'France'], ['DE', 'Germany'], ['ES', 'Spain'], ['NL', 'Netherlands']] },
  { label: 'Americas', options: [['CA', 'Canada'], ['US', 'United States'], ['UM', 'United States Minor Outlying Islands'], ['MX', 'Mexico'], ['BR', 'Brazil']] },
  { label: 'Asia Pacific', options: [['AU', 'Australia'], ['IN', 'India'], ['SG', 'Singapore'], ['JP', 'Japan']] },
].map((g) => ({ label: g.label, options: g.options.map(([value, label]) => ({ value, label })) }));
const EDUCATION = [
  { label: 'School', options: [['gcse', 'GCSEs or equivalent'], ['alevel', 'A-levels / High school diploma']] },
  { label: 'Undergraduate', options: [['found', 'Foundation / Associate degree'], ['bsc', "Bachelor's degree (BA / BSc)"]] },
  { label: 'Postgraduate', options: [['msc', "Master's degree (MA / MSc / MBA)"], ['phd', 'PhD']] },
].map((g) => ({ label: g.label, options: g.options.map(([value, label]) => ({ value, label })) }));
const RTW = opts(['I have the right to work in the US without restrictions', 'I will need a visa to work in the US', 'I am not sure']);
const HEARD = opts(['LinkedIn', 'Company website', 'Friend or colleague', 'Meetup / conference', 'Podcast', 'Other']);
const GENDER = opts(['Female', 'Male', 'Non-binary', 'Prefer not to say']);
const ETHNICITY = opts(['Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'Two or more races', 'Another ethnicity', 'Prefer not to say']);

function Mirror() {
  const { values } = useFormikContext();
  useEffect(() => { document.getElementById('model').textContent = JSON.stringify(values, null, 2); }, [values]);
  return null;
}

function RS({ id, label, note, children }) {
  return (
    <div className="hp-field" id={`hp-${id}`}>
      <label htmlFor={`hp-${id}-input`}>{label}</label>
      {children}
      {note && <div className="hp-note">{note}</div>}
    </div>
  );
}

function Application({ posting }) {
  const initial = {
    firstName: '', surname: '', email: '', confirmEmail: '', phone: '', location: null, country: null, linkedin: '', github: '',
    employer: null, jobTitle: '', years: null, education: null, school: null, rightToWork: null, sponsorship: '', startDate: '',
    salary: '', resume: null, coverLetterFile: null, teams: [], heard: null, referralCode: '', gender: null, ethnicity: null,
    consent: false, marketing: false, answers: Object.fromEntries(posting.questions.map((q) => [q.key, q.kind === 'text' ? '' : null])),
  };
  const rs = (values, setFieldValue, name, props) => ({
    inputId: `hp-${name}-input`, classNamePrefix: 'hp', name, value: values[name],
    onChange: (v) => setFieldValue(name, v), ...props,
  });
  const byValue = (list, v) => (v == null ? null : list.flatMap((g) => g.options ?? [g]).find((o) => o.value === v) ?? null);
  return (
    <Formik initialValues={initial} validate={(v) => (v.consent ? {} : { consent: 'Please accept the privacy notice' })}
      onSubmit={(_, { setStatus }) => setStatus('sent')}>
      {({ values, setFieldValue, errors, submitCount, status }) => status === 'sent'
        ? <p id="hp-sent">Thank you. Your application has reached the {posting.team} hiring team.</p>
        : (
          <Form id="hp-form" noValidate>
            <h1>{posting.title}</h1>
            <p><strong>{posting.office}</strong> · {posting.team}</p>
            <p>{posting.intro}</p>

            <h2 className="hp-h2">Your details</h2>
            <div className="hp-row">
              <div className="hp-field"><label htmlFor="hp-firstName">First name</label><Field className="hp-input" id="hp-firstName" name="firstName" /></div>
              <div className="hp-field"><label htmlFor="hp-surname">Surname</label><Field className="hp-input" id="hp-surname" name="surname" /></div>
            </div>
            <div className="hp-field"><label htmlFor="hp-email">Email</label><Field className="hp-input" id="hp-email" name="email" type="email" /></div>
            <div className="hp-field"><label htmlFor="hp-confirmEmail">Confirm email</label><Field className="hp-input" id="hp-confirmEmail" name="confirmEmail" type="email" /></div>
            <div className="hp-field" id="hp-phone-field">
              <label htmlFor="hp-phone">Phone</label>
              <PhoneInput id="hp-phone" name="phone" defaultCountry="GB" international={false} value={values.phone} onChange={(v) => setFieldValue('phone', v ?? '')}
                countrySelectProps={{ id: 'hp-phone-country', name: 'phoneCountry' }} />
              <div className="hp-note">Choose your country, then enter your number.</div>
            </div>
            <RS id="location" label="Current location" note="Start typing your city">
              <AsyncSelect {...rs(values, setFieldValue, 'location', { loadOptions: delayed(PLACES), placeholder: 'Search for a city…', isClearable: true })}
                value={values.location ? { value: values.location, label: values.location } : null} onChange={(o) => setFieldValue('location', o ? o.value : null)} />
            </RS>
            <RS id="country" label="Country of residence">
              <Select {...rs(values, setFieldValue, 'country', { options: COUNTRIES, placeholder: 'Select…' })}
                value={byValue(COUNTRIES, values.country)} onChange={(o) => setFieldValue('country', o ? o.value : null)} />
            </RS>

            <h2 className="hp-h2">Experience</h2>
            <div className="hp-field"><label htmlFor="hp-linkedin">LinkedIn URL</label><Field className="hp-input" id="hp-linkedin" name="linkedin" /></div>
            <div className="hp-field"><label htmlFor="hp-github">GitHub profile</label><Field className="hp-input" id="hp-github" name="github" /></div>
            <RS id="employer" label="Current employer" note="Can't find it? Type the full name and press Enter.">
              <AsyncCreatableSelect {...rs(values, setFieldValue, 'employer', { loadOptions: delayed(COMPANIES), cacheOptions: true, defaultOptions: opts(COMPANIES.slice(0, 5)), placeholder: 'Search companies…', isClearable: true, formatCreateLabel: (input) => <span className="hp-create">{input}</span> })}
                value={values.employer ? { value: values.employer, label: values.employer } : null} onChange={(o) => setFieldValue('employer', o ? o.value : null)} />
            </RS>
            <div className="hp-field"><label htmlFor="hp-jobTitle">Current job title</label><Field className="hp-input" id="hp-jobTitle" name="jobTitle" /></div>
            <RS id="years" label={posting.yearsLabel}>
              <Select {...rs(values, setFieldValue, 'years', { options: opts(posting.years), isSearchable: false, placeholder: 'Select…' })}
                value={values.years ? { value: values.years, label: values.years } : null} onChange={(o) => setFieldValue('years', o.value)} />
            </RS>
            <div className="hp-row">
              <RS id="education" label="Highest qualification">
                <Select {...rs(values, setFieldValue, 'education', { options: EDUCATION, placeholder: 'Select…' })}
                  value={byValue(EDUCATION, values.education)} onChange={(o) => setFieldValue('education', o.value)} />
              </RS>
              <RS id="school" label="University / college">
                <AsyncCreatableSelect {...rs(values, setFieldValue, 'school', { loadOptions: delayed(SCHOOLS), placeholder: 'Search…', isClearable: true })}
                  value={values.school ? { value: values.school, label: values.school } : null} onChange={(o) => setFieldValue('school', o ? o.value : null)} />
              </RS>
            </div>
            <div className="hp-field">
              <label htmlFor="hp-resume">CV / Resume</label>
              <input id="hp-resume" name="resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => setFieldValue('resume', e.target.files?.[0]?.name ?? null)} />
            </div>
            <div className="hp-field">
              <label htmlFor="hp-coverLetterFile">Cover letter (optional)</label>
              <input id="hp-coverLetterFile" name="coverLetterFile" type="file" accept=".pdf,.doc,.docx,.txt" onChange={(e) => setFieldValue('coverLetterFile', e.target.files?.[0]?.name ?? null)} />
            </div>

            <h2 className="hp-h2">Working in the US</h2>
            <RS id="rightToWork" label="Which statement describes your right to work in the United States?">
              <Select {...rs(values, setFieldValue, 'rightToWork', { options: RTW, isSearchable: false, placeholder: 'Select…' })}
                value={values.rightToWork ? { value: values.rightToWork, label: values.rightToWork } : null} onChange={(o) => setFieldValue('rightToWork', o.value)} />
            </RS>
            <div className="hp-field" id="hp-sponsorship">
              <div className="hp-q">Would you need Harlow &amp; Pike to sponsor a US visa, now or later?</div>
              <label className="hp-radio"><Field type="radio" name="sponsorship" value="yes" /> Yes</label>
              <label className="hp-radio"><Field type="radio" name="sponsorship" value="no" /> No</label>
            </div>
            <div className="hp-row">
              <div className="hp-field"><label htmlFor="hp-startDate">Earliest start date</label><Field className="hp-input" id="hp-startDate" name="startDate" type="date" /></div>
              <div className="hp-field"><label htmlFor="hp-salary">Expected base salary (USD)</label><Field className="hp-input" id="hp-salary" name="salary" inputMode="numeric" /></div>
            </div>

            <h2 className="hp-h2">About this role</h2>
            {posting.questions.map((q) => (q.kind === 'text'
              ? <div className="hp-field" key={q.key}><label htmlFor={`hp-${q.key}`}>{q.label}</label><Field as="textarea" rows={4} className="hp-input" id={`hp-${q.key}`} name={`answers.${q.key}`} /></div>
              : (
                <RS key={q.key} id={q.key} label={q.label}>
                  <Select inputId={`hp-${q.key}-input`} classNamePrefix="hp" name={`answers.${q.key}`} options={opts(q.options)} isMulti={q.kind === 'multi'} placeholder="Select…"
                    value={q.kind === 'multi' ? opts(values.answers[q.key] ?? []) : (values.answers[q.key] ? { value: values.answers[q.key], label: values.answers[q.key] } : null)}
                    onChange={(o) => setFieldValue(`answers.${q.key}`, q.kind === 'multi' ? o.map((x) => x.value) : o.value)} />
                </RS>
              )))}
            <RS id="teams" label="Which other teams would you like us to consider you for?">
              <Select inputId="hp-teams-input" classNamePrefix="hp" name="teams" isMulti options={posting.teams} placeholder="Select any…"
                value={posting.teams.flatMap((g) => g.options).filter((o) => values.teams.includes(o.value))} onChange={(o) => setFieldValue('teams', o.map((x) => x.value))} />
            </RS>
            <RS id="heard" label="Where did you hear about us?">
              <Select {...rs(values, setFieldValue, 'heard', { options: HEARD, isClearable: true, placeholder: 'Select…' })}
                value={values.heard ? { value: values.heard, label: values.heard } : null} onChange={(o) => setFieldValue('heard', o ? o.value : null)} />
            </RS>
            <div className="hp-field"><label htmlFor="hp-referralCode">Referral code (if an employee referred you)</label><Field className="hp-input" id="hp-referralCode" name="referralCode" /></div>

            <h2 className="hp-h2">US equal opportunity (voluntary)</h2>
            <div className="hp-row">
              <RS id="gender" label="Gender"><Select {...rs(values, setFieldValue, 'gender', { options: GENDER, placeholder: 'Select…' })} value={values.gender ? { value: values.gender, label: values.gender } : null} onChange={(o) => setFieldValue('gender', o.value)} /></RS>
              <RS id="ethnicity" label="Race / ethnicity"><Select {...rs(values, setFieldValue, 'ethnicity', { options: ETHNICITY, placeholder: 'Select…' })} value={values.ethnicity ? { value: values.ethnicity, label: values.ethnicity } : null} onChange={(o) => setFieldValue('ethnicity', o.value)} /></RS>
            </div>
            <div className="hp-field"><label><Field type="checkbox" id="hp-consent" name="consent" /> I have read the candidate privacy notice and agree to Harlow &amp; Pike processing my application.</label>
              {submitCount > 0 && errors.consent && <div className="hp-err">{errors.consent}</div>}</div>
            <div className="hp-field"><label><Field type="checkbox" id="hp-marketing" name="marketing" /> Keep me posted about future roles and events.</label></div>
            <button type="submit" className="hp-submit" id="hp-submit">Send application</button>
            <Mirror />
          </Form>
        )}
    </Formik>
  );
}

export function renderPosting(posting) {
  document.body.insertAdjacentHTML('beforeend', '<footer class="hp-foot">Harlow &amp; Pike Ltd · 14 Clerkenwell Green, London · <a href="#privacy">Privacy</a></footer>');
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
