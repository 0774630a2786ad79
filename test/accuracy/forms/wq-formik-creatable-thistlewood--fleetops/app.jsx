/**
 * Another posting of the same template (Analytics Engineer, Fleet Operations): US authorization asked
 * on its own, a Canadian entitlement question beside it, BI tools instead of skills, other year ranges.
 *
 * Thistlewood Mobility careers page (React 19): **Formik** + **Yup** as the docs write them
 * (`<Formik>` render prop, `<Field>` for text boxes and radio groups, `setFieldValue` for the
 * widgets, `validationSchema` with `.when()` conditions) and **react-select 5** (`classNamePrefix="rs"`):
 * a **clearable** country of residence preset from the visitor's region (Canada), an **AsyncSelect
 * with `cacheOptions` + `defaultOptions`** for the city (popular cities listed before typing, the rest
 * 300 ms after a keystroke), a **CreatableSelect `isClearable`** employer revealed by "Are you currently
 * employed?" (kept mounted, hidden until "Yes"), a CreatableSelect `isMulti` skills box, unsearchable
 * ranges and a notice period, and conditional follow-ups that mount only after the "wrong" answer
 * (authorization "No" → explanation, sponsorship "Yes" → "Which visa will you need?"). The Formik
 * values go to <pre id="model">.
 */
import { Field, Form, Formik } from 'formik';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import AsyncSelect from 'react-select/async';
import CreatableSelect from 'react-select/creatable';
import * as Yup from 'yup';

const opts = (list) => list.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
const COUNTRIES = opts([
  { value: 'CA', label: 'Canada' }, { value: 'US', label: 'United States' }, { value: 'MX', label: 'Mexico' }, { value: 'GB', label: 'United Kingdom' },
  { value: 'IE', label: 'Ireland' }, { value: 'IN', label: 'India' }, { value: 'PH', label: 'Philippines' }, { value: 'AU', label: 'Australia' },
  { value: 'DE', label: 'Germany' }, { value: 'FR', label: 'France' }, { value: 'PR', label: 'Puerto Rico' }, { value: 'UM', label: 'United States Minor Outlying Islands' },
]);
const POPULAR = ['Vancouver, British Columbia', 'Seattle, Washington', 'Portland, Oregon', 'San Francisco, California', 'Calgary, Alberta'];
const CITIES = [
  ...POPULAR, 'South San Francisco, California', 'San Francisco de Macorís, Duarte', 'San Fernando, California', 'San Jose, California', 'Santa Rosa, California',
  'Sacramento, California', 'Oakland, California', 'Los Angeles, California', 'Surrey, British Columbia', 'Victoria, British Columbia', 'Spokane, Washington',
  'Tacoma, Washington', 'Boise, Idaho', 'Denver, Colorado', 'Toronto, Ontario', 'Montréal, Québec',
];
const EMPLOYERS = opts(['BC Hydro', 'ChargePoint', 'Electrify America', 'FLO', 'Amazon', 'Microsoft', 'Rivian', 'Tesla', 'Uber Freight', 'Self-employed']);
const YEARS = opts(['0–3 years', '4–6 years', '7–10 years', '11+ years']);
const NOTICE = opts(['Immediately', '2 weeks', '1 month', '2 months', '3 months or more']);
const SKILLS = opts(['Looker', 'Tableau', 'Mode', 'Metabase', 'Power BI', 'Superset', 'Hex']);
const VISAS = opts(['H-1B transfer', 'New H-1B', 'TN (USMCA)', 'E-3', 'L-1', 'Green card sponsorship', 'Other']);
const HEARD = opts(['LinkedIn', 'Thistlewood website', 'Employee referral', 'Climatebase', 'Conference or meetup', 'Other']);
const GENDER = opts(['Woman', 'Man', 'Non-binary', 'Prefer to self-describe', 'I don’t wish to answer']);
const RACE = opts(['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I don’t wish to answer']);

const loadCities = (input) =>
  new Promise((resolve) =>
    setTimeout(() => {
      const q = input.trim().toLowerCase();
      resolve(opts(q ? CITIES.filter((c) => c.toLowerCase().includes(q)).slice(0, 8) : POPULAR));
    }, 300),
  );

const schema = Yup.object({
  firstName: Yup.string().required('Required'),
  lastName: Yup.string().required('Required'),
  email: Yup.string().email('Enter a valid email').required('Required'),
  phone: Yup.string().required('Required'),
  country: Yup.string().nullable().required('Required'),
  city: Yup.string().nullable().required('Required'),
  employed: Yup.string().nullable().required('Please choose one'),
  employer: Yup.string().nullable().when('employed', { is: 'yes', then: (s) => s.required('Required') }),
  jobTitle: Yup.string().when('employed', { is: 'yes', then: (s) => s.required('Required') }),
  years: Yup.string().nullable().required('Required'),
  authorized: Yup.string().nullable().required('Please choose one'),
  authorizedDetails: Yup.string().when('authorized', { is: 'no', then: (s) => s.required('Required') }),
  sponsorship: Yup.string().nullable().required('Please choose one'),
  visaType: Yup.string().nullable().when('sponsorship', { is: 'yes', then: (s) => s.required('Required') }),
  resume: Yup.string().required('Please attach your resume'),
  privacy: Yup.boolean().oneOf([true], 'Please accept the privacy notice'),
});

const initialValues = {
  firstName: '', lastName: '', email: '', phone: '', country: 'CA', city: null, linkedin: '', portfolio: '',
  employed: '', employer: null, jobTitle: '', notice: null, years: null, skills: [],
  authorized: '', authorizedDetails: '', canada: '', sponsorship: '', visaType: null, salary: '', startDate: '',
  resume: '', coverLetter: '', heard: null, gender: null, race: null, privacy: false,
};

function Q({ name, label, hint, required, errors, touched, children, as = 'div' }) {
  const Tag = as;
  return (
    <Tag className="tw-field" id={`q-${name}`}>
      {as === 'fieldset' ? <legend className="tw-q">{label}{required ? <span className="tw-req"> *</span> : null}</legend>
        : <label htmlFor={name} id={`${name}-label`}>{label}{required ? <span className="tw-req"> *</span> : null}</label>}
      {hint ? <div className="tw-hint" id={`${name}-hint`}>{hint}</div> : null}
      {children}
      {touched?.[name] && errors?.[name] ? <div className="tw-err">{errors[name]}</div> : null}
    </Tag>
  );
}

function YesNo({ name, label, required, f }) {
  return (
    <Q name={name} label={label} required={required} errors={f.errors} touched={f.touched} as="fieldset">
      <div className="tw-radios" role="radiogroup">
        <label><Field type="radio" name={name} value="yes" id={`${name}-yes`} /> Yes</label>
        <label><Field type="radio" name={name} value="no" id={`${name}-no`} /> No</label>
      </div>
    </Q>
  );
}

function Picker({ name, label, hint, options, f, required, kind = 'select', ...rest }) {
  const all = options ?? [];
  const raw = f.values[name];
  const toOpt = (v) => all.find((o) => o.value === v) ?? (v ? { value: v, label: v } : null);
  const value = rest.isMulti ? (raw ?? []).map(toOpt) : toOpt(raw);
  const Component = kind === 'async' ? AsyncSelect : kind === 'creatable' ? CreatableSelect : Select;
  return (
    <Q name={name} label={label} hint={hint} required={required} errors={f.errors} touched={f.touched}>
      <Component inputId={name} instanceId={name} name={name} classNamePrefix="rs" options={kind === 'async' ? undefined : all} value={value}
        aria-labelledby={`${name}-label`} onBlur={() => f.setFieldTouched(name, true)}
        onChange={(v) => f.setFieldValue(name, rest.isMulti ? v.map((o) => o.value) : (v?.value ?? null))} {...rest} />
    </Q>
  );
}

function Application() {
  const [sent, setSent] = useState(false);
  if (sent) return <div className="tw-card" id="tw-done"><h2>Application received</h2><p>Thanks! Our recruiting team reviews every application within a week.</p></div>;
  return (
    <Formik initialValues={initialValues} validationSchema={schema} onSubmit={() => setSent(true)}>
      {(f) => (
        <>
          <Form className="tw-card" noValidate id="tw-apply">
            <h2>Apply now</h2>
            <div className="tw-row">
              <Q name="firstName" label="First name" required errors={f.errors} touched={f.touched}><Field id="firstName" name="firstName" type="text" autoComplete="given-name" /></Q>
              <Q name="lastName" label="Last name" required errors={f.errors} touched={f.touched}><Field id="lastName" name="lastName" type="text" autoComplete="family-name" /></Q>
            </div>
            <div className="tw-row">
              <Q name="email" label="Email" required errors={f.errors} touched={f.touched}><Field id="email" name="email" type="email" /></Q>
              <Q name="phone" label="Phone" required errors={f.errors} touched={f.touched}><Field id="phone" name="phone" type="tel" placeholder="(604) 555-0100" /></Q>
            </div>
            <div className="tw-row">
              <Picker f={f} name="country" label="Country of residence" options={COUNTRIES} required isClearable />
              <Picker f={f} name="city" label="City" kind="async" required cacheOptions defaultOptions loadOptions={loadCities} isClearable placeholder="Start typing…"
                hint="Pick your city from the list." loadingMessage={() => 'Searching…'} noOptionsMessage={() => 'No matching city'} />
            </div>
            <div className="tw-row">
              <Q name="linkedin" label="LinkedIn profile" errors={f.errors} touched={f.touched}><Field id="linkedin" name="linkedin" type="url" placeholder="https://linkedin.com/in/…" /></Q>
              <Q name="portfolio" label="Portfolio" errors={f.errors} touched={f.touched}><Field id="portfolio" name="portfolio" type="url" placeholder="https://" /></Q>
            </div>

            <h3>Experience</h3>
            <YesNo f={f} name="employed" label="Are you currently employed?" required />
            <div className="tw-follow" id="employed-followup" hidden={f.values.employed !== 'yes'}>
              <Picker f={f} name="employer" label="Current employer" kind="creatable" options={EMPLOYERS} isClearable required
                hint="Not in the list? Type the name and press Enter." formatCreateLabel={(v) => `Add "${v}"`} placeholder="Select or type…" />
              <div className="tw-row">
                <Q name="jobTitle" label="Current job title" required errors={f.errors} touched={f.touched}><Field id="jobTitle" name="jobTitle" type="text" /></Q>
                <Picker f={f} name="notice" label="Notice period" options={NOTICE} isSearchable={false} isClearable />
              </div>
            </div>
            <Picker f={f} name="years" label="Years of analytics or data engineering experience" options={YEARS} isSearchable={false} required />
            <Picker f={f} name="skills" label="Which BI tools do you use day to day?" kind="creatable" options={SKILLS} isMulti hint="Add up to 8." placeholder="Select or type…" />

            <h3>Work eligibility</h3>
            <YesNo f={f} name="authorized" label="Are you legally authorized to work in the United States?" required />
            <YesNo f={f} name="canada" label="Are you legally entitled to work in Canada?" />
            {f.values.authorized === 'no' ? (
              <Q name="authorizedDetails" label="Please tell us about your work eligibility" required errors={f.errors} touched={f.touched}>
                <Field as="textarea" id="authorizedDetails" name="authorizedDetails" rows={3} /></Q>
            ) : null}
            <YesNo f={f} name="sponsorship" label="Will you now or in the future require Thistlewood to sponsor a work visa?" required />
            {f.values.sponsorship === 'yes' ? <Picker f={f} name="visaType" label="Which visa will you need?" options={VISAS} isSearchable={false} required /> : null}
            <div className="tw-row">
              <Q name="salary" label="Desired annual base salary (USD)" hint="US hires. Numbers only." errors={f.errors} touched={f.touched}><Field id="salary" name="salary" type="number" min="0" step="1000" /></Q>
              <Q name="startDate" label="When could you start?" errors={f.errors} touched={f.touched}><Field id="startDate" name="startDate" type="date" /></Q>
            </div>

            <h3>Documents</h3>
            <Q name="resume" label="Resume / CV" required errors={f.errors} touched={f.touched}>
              <label className="tw-upload" htmlFor="resume-file">Upload file<input id="resume-file" name="resume" type="file" className="sr-only" accept=".pdf,.doc,.docx"
                onChange={(e) => { f.setFieldValue('resume', e.target.files?.[0]?.name ?? ''); f.setFieldTouched('resume', true, false); }} /></label>
              <span style={{ marginLeft: 12 }}>{f.values.resume || 'No file chosen'}</span>
            </Q>
            <Q name="coverLetter" label="Cover letter (optional)" errors={f.errors} touched={f.touched}><Field as="textarea" id="coverLetter" name="coverLetter" rows={5} /></Q>
            <Picker f={f} name="heard" label="How did you hear about Thistlewood?" options={HEARD} isSearchable={false} isClearable />

            <h3>Voluntary self-identification (US applicants)</h3>
            <div className="tw-row">
              <Picker f={f} name="gender" label="Gender" options={GENDER} isSearchable={false} isClearable />
              <Picker f={f} name="race" label="Race / ethnicity" options={RACE} isSearchable={false} isClearable />
            </div>
            <div className="tw-field"><label><Field type="checkbox" id="privacy" name="privacy" /> I have read the Thistlewood Candidate Privacy Notice and consent to my data being processed for this application.</label>
              {f.touched.privacy && f.errors.privacy ? <div className="tw-err">{f.errors.privacy}</div> : null}</div>
            <button type="submit" className="tw-submit" id="tw-submit">Submit application</button>
          </Form>
          <pre id="model">{JSON.stringify(f.values)}</pre>
        </>
      )}
    </Formik>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
