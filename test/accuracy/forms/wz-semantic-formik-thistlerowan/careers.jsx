/**
 * Thistle & Rowan Energy careers page (Aberdeen company, US roles) on React 19 + **Semantic UI React 3**
 * (component CSS from semantic-ui-css) + **Formik** (`useFormik`, errors shown once a field is touched,
 * i.e. on blur), shared by every posting (each posting's app.jsx passes its own questions):
 * - phone: an Input whose left label is a **Dropdown dial code preset "UK +44"** ("US +1", "CA +1" …);
 * - Country `search selection` Dropdown → **State Dropdown disabled until a country is chosen, loading 600 ms**;
 * - "Are you currently employed?" Form.Radio (hidden native radios) → employer / title / notice period
 *   **mounted only for "Yes"** inside `#tr-employment-details`;
 * - "Do you have a university degree?" → the degree block (display toggled) with a search Dropdown of
 *   degrees and a **school Dropdown whose options load 500 ms after typing** (`onSearchChange`);
 * - sponsorship Form.Radio → a visa Dropdown mounted only for "Yes";
 * - salary Input with a right-labelled **currency Dropdown preset "GBP"** and a pay-period Dropdown;
 * - start date as text "DD/MM/YYYY"; resume via a Button `as="label"` for a hidden file input;
 * - EEO Dropdowns, a relocation toggle Checkbox, consent Checkbox. Formik values go to <pre id="model">.
 */
import 'semantic-ui-css/components/reset.min.css';
import 'semantic-ui-css/components/site.min.css';
import 'semantic-ui-css/components/form.min.css';
import 'semantic-ui-css/components/input.min.css';
import 'semantic-ui-css/components/dropdown.min.css';
import 'semantic-ui-css/components/transition.min.css';
import 'semantic-ui-css/components/button.min.css';
import 'semantic-ui-css/components/checkbox.min.css';
import 'semantic-ui-css/components/label.min.css';
import 'semantic-ui-css/components/segment.min.css';
import 'semantic-ui-css/components/header.min.css';
import 'semantic-ui-css/components/message.min.css';
import 'semantic-ui-css/components/divider.min.css';
import { Button, Checkbox, Divider, Dropdown, Form, Header, Input, Message, Segment } from 'semantic-ui-react';
import { useFormik } from 'formik';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';

const opts = (list) => list.map((v) => ({ key: v, value: v, text: v }));
const COUNTRIES = opts(countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b)));
const DIALS = [['GB', 'UK +44'], ['US', 'US +1'], ['CA', 'CA +1'], ['IE', 'IE +353'], ['NO', 'NO +47'], ['NL', 'NL +31'], ['AU', 'AU +61']].map(([value, text]) => ({ key: value, value, text }));
const STATES = {
  'United States': ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'],
  'United Kingdom': ['England', 'Northern Ireland', 'Scotland', 'Wales'],
  Canada: ['Alberta', 'British Columbia', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Quebec'],
  Norway: ['Agder', 'Rogaland', 'Vestland', 'Oslo'],
};
const SCHOOLS = ['University of California, Berkeley', 'University of California, Santa Barbara', 'Berkeley City College', 'University of Aberdeen', 'Robert Gordon University',
  'University of Houston', 'Rice University', 'Texas A&M University', 'The University of Texas at Austin', 'Colorado School of Mines', 'University of Edinburgh', 'Stanford University'];
const DEGREES = opts(["Associate degree", "Bachelor's degree (BA/BS)", "Master's degree (MA/MS/MEng)", 'Doctorate (PhD)', 'HND / HNC', 'Other']);
const NOTICE = opts(['Immediately', '2 weeks', '1 month', '2 months', '3 months']);
const VISAS = opts(['H-1B', 'L-1 (intracompany transfer)', 'TN', 'E-3', 'O-1', 'Other']);
const CURRENCIES = opts(['GBP', 'USD', 'EUR', 'NOK']);
const PERIODS = opts(['per hour', 'per month', 'per year']);
const YESNO = [['yes', 'Yes'], ['no', 'No']];

export function mount(posting) {
  function Application() {
    const [sent, setSent] = useState(false);
    const [states, setStates] = useState([]);
    const [statesLoading, setStatesLoading] = useState(false);
    const [schools, setSchools] = useState([]);
    const [schoolsLoading, setSchoolsLoading] = useState(false);
    const schoolTimer = useRef(0);
    const f = useFormik({
      initialValues: {
        firstName: '', lastName: '', email: '', dial: 'GB', phone: '', country: '', state: '', city: '', linkedin: '', website: '',
        employed: '', employer: '', jobTitle: '', notice: '', years: '', hasDegree: '', degree: '', school: '', major: '',
        authorized: '', sponsorship: '', visa: '', ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'checkbox' ? false : ''])),
        salary: '', currency: 'GBP', period: '', startDate: '', resume: '', coverLetter: '', relocate: false, gender: '', ethnicity: '', consent: false,
      },
      validate: (v) => {
        const e = {};
        if (!v.firstName) e.firstName = 'Please enter your first name';
        if (!v.lastName) e.lastName = 'Please enter your last name';
        if (!v.email) e.email = 'Please enter your email'; else if (!/^\S+@\S+\.\S+$/.test(v.email)) e.email = 'Please enter a valid email address';
        if (!v.phone) e.phone = 'Please enter your phone number'; else if (v.phone.replace(/\D/g, '').length < 7) e.phone = 'That phone number looks too short';
        if (!v.country) e.country = 'Please choose a country';
        if (v.startDate && !/^\d{2}\/\d{2}\/\d{4}$/.test(v.startDate)) e.startDate = 'Use DD/MM/YYYY';
        if (!v.resume) e.resume = 'Please attach your CV';
        if (!v.consent) e.consent = 'Please accept the privacy notice';
        return e;
      },
      onSubmit: () => setSent(true),
    });
    const v = f.values;
    const set = (name) => (_, data) => f.setFieldValue(name, data.type === 'checkbox' || data.type === 'radio' ? (data.type === 'radio' ? data.value : data.checked) : data.value);
    const err = (name) => (f.touched[name] && f.errors[name] ? { content: f.errors[name], pointing: 'above' } : undefined);
    const blur = (name) => () => f.setFieldTouched(name, true);

    useEffect(() => {
      f.setFieldValue('state', '');
      setStates([]);
      if (!v.country) return undefined;
      setStatesLoading(true);
      const t = setTimeout(() => { setStates(opts(STATES[v.country] ?? [])); setStatesLoading(false); }, 600);
      return () => clearTimeout(t);
    }, [v.country]);
    const searchSchools = (_, { searchQuery }) => {
      clearTimeout(schoolTimer.current);
      if (!searchQuery || searchQuery.length < 2) return;
      setSchoolsLoading(true);
      schoolTimer.current = setTimeout(() => {
        const q = searchQuery.toLowerCase();
        setSchools(opts(SCHOOLS.filter((s) => s.toLowerCase().includes(q))));
        setSchoolsLoading(false);
      }, 500);
    };

    if (sent) return <Segment id="tr-done" padded><Header as="h2">Thank you — application received</Header><p>We aim to respond within 10 working days.</p></Segment>;
    const radios = (name, label, options = YESNO) => (
      <Form.Group grouped className={`tr-q-${name}`}>
        <label>{label}</label>
        {options.map(([value, text]) => <Form.Radio key={value} id={`tr-${name}-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`} label={text} name={name} value={value} checked={v[name] === value} onChange={set(name)} />)}
      </Form.Group>
    );
    return (
      <>
        <Segment padded className="tr-form">
          <Header as="h2">Apply for this job</Header>
          <Form onSubmit={f.handleSubmit} noValidate>
            <Divider horizontal>Your details</Divider>
            <Form.Group widths="equal">
              <Form.Input id="tr-first" label="First name" name="firstName" value={v.firstName} onChange={f.handleChange} onBlur={f.handleBlur} error={err('firstName')} required />
              <Form.Input id="tr-last" label="Last name" name="lastName" value={v.lastName} onChange={f.handleChange} onBlur={f.handleBlur} error={err('lastName')} required />
            </Form.Group>
            <Form.Input id="tr-email" label="Email address" name="email" type="email" value={v.email} onChange={f.handleChange} onBlur={f.handleBlur} error={err('email')} required />
            <Form.Field required error={Boolean(f.touched.phone && f.errors.phone)}>
              <label htmlFor="tr-phone">Mobile number</label>
              <Input id="tr-phone" name="phone" type="tel" value={v.phone} onChange={f.handleChange} onBlur={f.handleBlur} labelPosition="left"
                label={<Dropdown id="tr-dial" value={v.dial} options={DIALS} onChange={set('dial')} aria-label="Dialling code" />} />
              {f.touched.phone && f.errors.phone && <div className="ui pointing above prompt label">{f.errors.phone}</div>}
            </Form.Field>
            <Form.Group widths="equal">
              <Form.Field required error={Boolean(f.touched.country && f.errors.country)}>
                <label htmlFor="tr-country-search">Country</label>
                <Dropdown id="tr-country" search={true} searchInput={{ id: 'tr-country-search' }} selection options={COUNTRIES} value={v.country} onChange={set('country')} onBlur={blur('country')} placeholder="Select country" />
              </Form.Field>
              <Form.Field disabled={!v.country}>
                <label htmlFor="tr-state-search">State / County</label>
                <Dropdown id="tr-state" search={true} searchInput={{ id: 'tr-state-search' }} selection options={states} loading={statesLoading} disabled={!v.country || statesLoading} value={v.state} onChange={set('state')} placeholder={v.country ? 'Select' : 'Choose a country first'} noResultsMessage="No regions found." />
              </Form.Field>
            </Form.Group>
            <Form.Input id="tr-city" label="Town / City" name="city" value={v.city} onChange={f.handleChange} />
            <Form.Group widths="equal">
              <Form.Input id="tr-linkedin" label="LinkedIn" name="linkedin" placeholder="https://www.linkedin.com/in/" value={v.linkedin} onChange={f.handleChange} />
              <Form.Input id="tr-website" label={posting.linkLabel} name="website" value={v.website} onChange={f.handleChange} />
            </Form.Group>

            <Divider horizontal>Experience</Divider>
            {radios('employed', 'Are you currently employed?')}
            <div id="tr-employment-details">
              {v.employed === 'yes' && (
                <>
                  <Form.Group widths="equal">
                    <Form.Input id="tr-employer" label="Current employer" name="employer" value={v.employer} onChange={f.handleChange} />
                    <Form.Input id="tr-jobTitle" label="Current job title" name="jobTitle" value={v.jobTitle} onChange={f.handleChange} />
                  </Form.Group>
                  <Form.Field><label htmlFor="tr-notice-search">Notice period</label>
                    <Dropdown id="tr-notice" selection options={NOTICE} value={v.notice} onChange={set('notice')} placeholder="Select" /></Form.Field>
                </>
              )}
            </div>
            <Form.Field required><label>{posting.yearsLabel}</label>
              <Dropdown id="tr-years" selection options={opts(posting.years)} value={v.years} onChange={set('years')} placeholder="Select" /></Form.Field>
            {radios('hasDegree', 'Do you have a university degree?')}
            <div id="tr-education-details" style={{ display: v.hasDegree === 'yes' ? 'block' : 'none' }}>
              <Form.Group widths="equal">
                <Form.Field><label htmlFor="tr-degree-search">Degree</label>
                  <Dropdown id="tr-degree" search={true} searchInput={{ id: 'tr-degree-search' }} selection options={DEGREES} value={v.degree} onChange={set('degree')} placeholder="Select" /></Form.Field>
                <Form.Field><label htmlFor="tr-school-search">University</label>
                  <Dropdown id="tr-school" search={(o) => o} searchInput={{ id: 'tr-school-search' }} selection options={schools} loading={schoolsLoading} onSearchChange={searchSchools} value={v.school} onChange={set('school')} placeholder="Start typing" noResultsMessage={schoolsLoading ? 'Searching…' : 'Type to search'} /></Form.Field>
              </Form.Group>
              <Form.Input id="tr-major" label="Subject / field of study" name="major" value={v.major} onChange={f.handleChange} />
            </div>

            <Divider horizontal>Right to work</Divider>
            {radios('authorized', posting.authLabel)}
            {radios('sponsorship', posting.sponsorLabel)}
            {v.sponsorship === 'yes' && (
              <Form.Field><label>Which visa would you need?</label><Dropdown id="tr-visa" selection options={VISAS} value={v.visa} onChange={set('visa')} placeholder="Select" /></Form.Field>
            )}
            {posting.questions.map((q) => (q.type === 'radio'
              ? <div key={q.key}>{radios(q.key, q.label, q.options.map((o) => [o, o]))}</div>
              : q.type === 'checkbox'
                ? <Form.Field key={q.key}><Checkbox id={`tr-${q.key}`} label={q.label} checked={v[q.key]} onChange={set(q.key)} /></Form.Field>
                : <Form.TextArea key={q.key} id={`tr-${q.key}`} label={q.label} name={q.key} value={v[q.key]} onChange={f.handleChange} rows={3} />))}

            <Divider horizontal>Salary and availability</Divider>
            <Form.Field><label htmlFor="tr-salary">Salary expectation</label>
              <Input id="tr-salary" name="salary" value={v.salary} onChange={f.handleChange} labelPosition="right" placeholder="Amount"
                label={<Dropdown id="tr-currency" value={v.currency} options={CURRENCIES} onChange={set('currency')} aria-label="Currency" />} />
            </Form.Field>
            <Form.Field><label>Pay period</label><Dropdown id="tr-period" selection options={PERIODS} value={v.period} onChange={set('period')} placeholder="per…" /></Form.Field>
            <Form.Input id="tr-start" label="Earliest start date" name="startDate" placeholder="DD/MM/YYYY" value={v.startDate} onChange={f.handleChange} onBlur={f.handleBlur} error={err('startDate')} />
            <Form.Field><Checkbox toggle id="tr-relocate" label={posting.relocateLabel} checked={v.relocate} onChange={set('relocate')} /></Form.Field>

            <Divider horizontal>CV and cover letter</Divider>
            <Form.Field required error={Boolean(f.touched.resume && f.errors.resume)}>
              <label>CV / résumé</label>
              <Button as="label" htmlFor="tr-resume" type="button" basic>Attach file</Button> <span className="tr-file">{v.resume || 'No file chosen'}</span>
              <input id="tr-resume" type="file" hidden accept=".pdf,.doc,.docx" onChange={(e) => { f.setFieldValue('resume', e.target.files?.[0]?.name ?? ''); f.setFieldTouched('resume', true, false); }} />
            </Form.Field>
            <Form.TextArea id="tr-cover" label="Cover letter" name="coverLetter" value={v.coverLetter} onChange={f.handleChange} rows={6} placeholder="Tell us why you'd like to join Thistle & Rowan" />

            <Divider horizontal>Equal opportunities (US)</Divider>
            <Message size="small">Completing this section is voluntary and will not affect your application.</Message>
            <Form.Group widths="equal">
              <Form.Field><label>Gender</label><Dropdown id="tr-gender" selection clearable options={opts(['Female', 'Male', 'Non-binary', 'Decline to self-identify'])} value={v.gender} onChange={set('gender')} placeholder="Select" /></Form.Field>
              <Form.Field><label>Race / ethnicity</label><Dropdown id="tr-ethnicity" selection clearable options={opts(['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to self-identify'])} value={v.ethnicity} onChange={set('ethnicity')} placeholder="Select" /></Form.Field>
            </Form.Group>
            <Form.Field error={Boolean(f.touched.consent && f.errors.consent)}>
              <Checkbox id="tr-consent" label="I have read the Thistle & Rowan candidate privacy notice and consent to my data being processed for recruitment." checked={v.consent} onChange={(e, d) => { f.setFieldValue('consent', d.checked); f.setFieldTouched('consent', true, false); }} />
            </Form.Field>
            <Button primary type="submit" id="tr-submit" size="large">Submit application</Button>
          </Form>
        </Segment>
        <pre id="model">{JSON.stringify(v)}</pre>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
