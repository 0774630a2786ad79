/**
 * Saltcombe Energy careers (Houston; hiring remote in the US) on React Suite 6: choice controls in
 * rsuite's shapes. A SelectPicker of states and provinces labelled "CA – California" / "BC –
 * British Columbia" grouped by country (searchable, popup at the end of <body>), a TreePicker for
 * the highest degree (Undergraduate › "Bachelor's degree (BA, BS, BBA)"), Toggles with
 * "Yes"/"No" inside for currently employed and relocation, RadioTiles (title + description) for
 * work authorization, a SegmentedControl of experience ranges, a CheckboxGroup of US work
 * statuses where exactly one applies, a RadioGroup with appearance="picker" for pronouns whose
 * "Other (please specify)" reveals a box, an AutoComplete for the school that suggests only after
 * two letters, an InputNumber with a "$" addon, an Uploader that keeps the file in its own list,
 * EEO pickers, a header sign-in and a chat box. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AutoComplete, Button, Checkbox, CheckboxGroup, CustomProvider, Input, InputGroup, InputNumber, Radio, RadioGroup, RadioTile, RadioTileGroup, SegmentedControl,
  SelectPicker, Toggle, TreePicker, Uploader,
} from 'rsuite';
import enUS from 'rsuite/locales/en_US';
import 'rsuite/dist/rsuite.min.css';

const US = [['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming']];
const CANADA = [['AB', 'Alberta'], ['BC', 'British Columbia'], ['MB', 'Manitoba'], ['NB', 'New Brunswick'], ['NL', 'Newfoundland and Labrador'], ['NS', 'Nova Scotia'], ['ON', 'Ontario'], ['PE', 'Prince Edward Island'], ['QC', 'Quebec'], ['SK', 'Saskatchewan']];
const REGIONS = [
  ...CANADA.map(([c, n]) => ({ value: `CAN-${c}`, label: `${c} – ${n}`, country: 'Canada' })),
  ...US.map(([c, n]) => ({ value: `USA-${c}`, label: `${c} – ${n}`, country: 'United States' })),
  { value: 'OTHER', label: 'ZZ – Outside the US and Canada', country: 'Other' },
];
const DEGREES = [
  { value: 'sec', label: 'Secondary', children: [{ value: 'hs', label: 'High school diploma' }, { value: 'ged', label: 'GED or equivalent' }] },
  { value: 'ug', label: 'Undergraduate', children: [{ value: 'assoc', label: 'Associate degree (AA, AS)' }, { value: 'bach', label: "Bachelor's degree (BA, BS, BBA)" }] },
  { value: 'grad', label: 'Graduate', children: [{ value: 'mast', label: "Master's degree (MA, MS, MBA)" }, { value: 'phd', label: 'Doctorate (PhD, EdD)' }] },
  { value: 'voc', label: 'Vocational', children: [{ value: 'cert', label: 'Trade certificate' }, { value: 'boot', label: 'Bootcamp' }] },
];
const SCHOOLS = ['Rice University', 'University of Houston', 'Texas A&M University', 'University of Texas at Austin', 'University of California, Berkeley', 'University of California, Los Angeles', 'University of California, San Diego', 'Berkeley College', 'UC Berkeley Extension', 'Stanford University', 'Louisiana State University'];
const GENDERS = ['Female', 'Male', 'Non-binary', 'Decline to self-identify'].map((v) => ({ value: v, label: v }));
const SOURCES = ['LinkedIn', 'Indeed', 'Energy Jobline', 'Saltcombe website', 'Employee referral'];

function Field({ label, htmlFor, help, children, required }) {
  return (
    <div className="sc-field">
      <label className="sc-label" htmlFor={htmlFor}>{label}{required && <span className="sc-req"> *</span>}</label>
      {children}
      {help && <p className="sc-help">{help}</p>}
    </div>
  );
}

function App() {
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', phone: '', region: null, degree: null, school: '', employed: false, employer: '', title: '', years: '', workAuth: '',
    usStatus: [], relocate: false, salary: null, pronouns: '', pronounsOther: '', resume: [], sources: [], sourceOther: '', gender: null, veteran: '', consent: false,
    nightShift: '', hazwoper: false,
  });
  const [chat, setChat] = useState('');
  const [signIn, setSignIn] = useState({ email: '', password: '' });
  const [sent, setSent] = useState(false);
  const set = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
  const schoolData = f.school.trim().length >= 2 ? SCHOOLS : [];
  const model = { ...f, resume: f.resume.map((file) => file.name) };
  const submit = (e) => {
    e.preventDefault();
    if (f.firstName && f.lastName && f.email && f.resume.length && f.consent) setSent(true);
  };
  return (
    <CustomProvider locale={enUS}>
      <header className="sc-top">
        <strong>Saltcombe Energy · Careers</strong>
        <form className="sc-signin" onSubmit={(e) => e.preventDefault()} aria-label="Candidate sign in">
          <Input id="signin-email" size="sm" placeholder="Email" aria-label="Sign-in email" value={signIn.email} onChange={(v) => setSignIn((s) => ({ ...s, email: v }))} />
          <Input id="signin-password" size="sm" type="password" placeholder="Password" aria-label="Password" value={signIn.password} onChange={(v) => setSignIn((s) => ({ ...s, password: v }))} />
          <Button size="sm">Sign in</Button>
        </form>
      </header>
      <main className="sc-main">
        <h1>Data Engineer, Grid Telemetry</h1>
        <p className="sc-meta">Remote (US) · Houston, TX office optional · Req 24-0917</p>
        {sent ? <h2 id="sc-done">Application received. Thank you!</h2> : (
          <form id="sc-form" onSubmit={submit} noValidate>
            <h3>Contact</h3>
            <div className="sc-two">
              <Field label="Legal first name" htmlFor="sc-first" required><Input id="sc-first" name="firstName" value={f.firstName} onChange={set('firstName')} /></Field>
              <Field label="Legal last name" htmlFor="sc-last" required><Input id="sc-last" name="lastName" value={f.lastName} onChange={set('lastName')} /></Field>
            </div>
            <Field label="Email" htmlFor="sc-email" required><Input id="sc-email" name="email" type="email" value={f.email} onChange={set('email')} /></Field>
            <Field label="Phone" htmlFor="sc-phone">
              <InputGroup><InputGroup.Addon>+1</InputGroup.Addon><Input id="sc-phone" name="phone" type="tel" value={f.phone} onChange={set('phone')} /></InputGroup>
            </Field>
            <Field label="State / province of residence" htmlFor="sc-region" help="Saltcombe can employ people in the US and Canada.">
              <SelectPicker id="sc-region" data={REGIONS} groupBy="country" value={f.region} onChange={set('region')} placeholder="Select" block />
            </Field>
            <h3>Background</h3>
            <div className="sc-row">
              <span className="sc-label" id="employed-label">Currently employed</span>
              <Toggle id="sc-employed" checked={f.employed} onChange={set('employed')} checkedChildren="Yes" unCheckedChildren="No" aria-labelledby="employed-label" />
            </div>
            <div className="sc-two">
              <Field label="Employer" htmlFor="sc-employer"><Input id="sc-employer" name="employer" value={f.employer} onChange={set('employer')} /></Field>
              <Field label="Position" htmlFor="sc-title"><Input id="sc-title" name="title" value={f.title} onChange={set('title')} /></Field>
            </div>
            <div className="sc-field" id="sc-years-field">
              <span className="sc-label" id="years-label">Professional experience</span>
              <SegmentedControl id="sc-years" name="years" aria-labelledby="years-label" value={f.years} onChange={set('years')} data={['0–3 yrs', '4–7 yrs', '8–12 yrs', '13+ yrs'].map((v) => ({ value: v, label: v }))} />
            </div>
            <Field label="Highest degree" htmlFor="sc-degree">
              <TreePicker id="sc-degree" data={DEGREES} value={f.degree} onChange={set('degree')} placeholder="Select" block defaultExpandAll onlyLeafSelectable />
            </Field>
            <Field label="School" htmlFor="sc-school" help="Type two letters for suggestions.">
              <AutoComplete id="sc-school" name="school" data={schoolData} value={f.school} onChange={set('school')} />
            </Field>
            <h3>Eligibility</h3>
            <div className="sc-field" id="sc-auth">
              <span className="sc-label" id="auth-label">Can you work for Saltcombe in the US?</span>
              <RadioTileGroup name="workAuth" value={f.workAuth} onChange={set('workAuth')} aria-labelledby="auth-label" inline>
                <RadioTile value="yes" label="Yes">I am a US citizen, permanent resident or otherwise authorized for any US employer.</RadioTile>
                <RadioTile value="visa" label="Yes, on a visa">I hold a work visa tied to an employer (e.g. H-1B, L-1, TN).</RadioTile>
                <RadioTile value="no" label="No">I am not currently authorized to work in the US.</RadioTile>
              </RadioTileGroup>
            </div>
            <div className="sc-field" id="sc-status">
              <span className="sc-label">Select the one statement that applies to you</span>
              <CheckboxGroup name="usStatus" value={f.usStatus} onChange={set('usStatus')}>
                <Checkbox value="none">I will not now or in the future require sponsorship for employment visa status</Checkbox>
                <Checkbox value="future">I do not need sponsorship now, but I will in the future</Checkbox>
                <Checkbox value="now">I require sponsorship now</Checkbox>
              </CheckboxGroup>
            </div>
            <div className="sc-row">
              <span className="sc-label" id="relocate-label">Open to relocation to Houston</span>
              <Toggle id="sc-relocate" checked={f.relocate} onChange={set('relocate')} checkedChildren="Yes" unCheckedChildren="No" aria-labelledby="relocate-label" />
            </div>
            <Field label="Desired annual salary" htmlFor="sc-salary">
              <InputGroup><InputGroup.Addon>$</InputGroup.Addon><InputNumber id="sc-salary" name="salary" value={f.salary} onChange={(v) => set('salary')(v === '' || v === null ? null : Number(v))} /></InputGroup>
            </Field>
            <div className="sc-field" id="sc-night">
              <span className="sc-label">This team covers a storm-season night rota. Could you take part?</span>
              <RadioGroup name="nightShift" inline appearance="picker" value={f.nightShift} onChange={set('nightShift')}>
                <Radio value="yes">Yes</Radio><Radio value="some">Some weeks</Radio><Radio value="no">No</Radio>
              </RadioGroup>
            </div>
            <div className="sc-row">
              <span className="sc-label" id="hazwoper-label">I hold a current HAZWOPER certificate</span>
              <Toggle id="sc-hazwoper" checked={f.hazwoper} onChange={set('hazwoper')} aria-labelledby="hazwoper-label" />
            </div>
            <div className="sc-field" id="sc-pronouns">
              <span className="sc-label">Pronouns</span>
              <RadioGroup name="pronouns" inline appearance="picker" value={f.pronouns} onChange={set('pronouns')}>
                <Radio value="she/her">she/her</Radio><Radio value="he/him">he/him</Radio><Radio value="they/them">they/them</Radio><Radio value="other">Other (please specify)</Radio>
              </RadioGroup>
              {f.pronouns === 'other' && <Input id="sc-pronouns-other" aria-label="Please specify" value={f.pronounsOther} onChange={set('pronounsOther')} />}
            </div>
            <h3>Resume</h3>
            <Uploader name="resume" action="#" autoUpload={false} fileList={f.resume} onChange={set('resume')} accept=".pdf,.doc,.docx" draggable>
              <div className="sc-drop">Drop your resume here or click to browse</div>
            </Uploader>
            <h3>Optional</h3>
            <div className="sc-field" id="sc-sources">
              <span className="sc-label">Where did you hear about us? (check all that apply)</span>
              <CheckboxGroup name="sources" inline value={f.sources} onChange={set('sources')}>
                {SOURCES.map((s) => <Checkbox key={s} value={s}>{s}</Checkbox>)}
                <Checkbox value="other">Other (please specify)</Checkbox>
              </CheckboxGroup>
              {f.sources.includes('other') && <Input id="sc-source-other" aria-label="Other source" value={f.sourceOther} onChange={set('sourceOther')} />}
            </div>
            <Field label="Gender" htmlFor="sc-gender"><SelectPicker id="sc-gender" data={GENDERS} value={f.gender} onChange={set('gender')} searchable={false} placeholder="Select" block /></Field>
            <div className="sc-field" id="sc-veteran">
              <span className="sc-label">Protected veteran</span>
              <RadioGroup name="veteran" inline value={f.veteran} onChange={set('veteran')}>
                <Radio value="yes">I am a protected veteran</Radio><Radio value="no">I am not a protected veteran</Radio><Radio value="decline">I do not wish to answer</Radio>
              </RadioGroup>
            </div>
            <Checkbox id="sc-consent" name="consent" checked={f.consent} onChange={(_, checked) => set('consent')(checked)}>I certify that the information I submit is true and complete. *</Checkbox>
            <div><Button appearance="primary" type="submit" id="sc-submit">Submit application</Button></div>
          </form>
        )}
        <pre id="model">{JSON.stringify(model, null, 2)}</pre>
      </main>
      <aside className="sc-chat" aria-label="Chat with Saltie">
        <strong>Ask Saltie</strong>
        <Input id="chat-input" size="sm" placeholder="Type a question…" value={chat} onChange={setChat} />
      </aside>
    </CustomProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
