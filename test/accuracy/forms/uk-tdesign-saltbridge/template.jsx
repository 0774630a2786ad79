/**
 * The application template of a Puget Sound ferry operator's careers page (Saltbridge Ferries) built with TDesign React (Tencent)
 * the way its docs lay a Form out: Form labelAlign="top" with FormItems (label `for` the control's
 * id), Inputs with a phone example "(206) 555-0100" as placeholder and an InputAdornment "https://"
 * before LinkedIn, a filterable Cascader for "Where do you live?" (Country → State → City, the
 * value shown as "United States / California / San Francisco"; typing filters the leaf paths),
 * a Select for education, InputNumbers for years and salary, Radio.Group button variants for the
 * eligibility questions, a start date typed into an Input with the placeholder YYYY-MM-DD (a DatePicker was tried first: typing into it
 * did not take, and Enter submitted the whole form), a native file input for the resume beside a
 * TDesign Button, a Textarea cover letter, a TagInput of tools, a Switch and a consent Checkbox;
 * a "Track your application" box in the header. Each posting brings its title and its role
 * questions (radios or Selects). React state goes into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button, Cascader, Checkbox, ConfigProvider, Form, Input, InputAdornment, InputNumber, Radio, Select, Switch,
  TagInput, Textarea,
} from 'tdesign-react';
import enConfig from 'tdesign-react/es/locale/en_US';
import 'tdesign-react/es/style/index.css';

const { FormItem } = Form;

const PLACES = [
  { label: 'United States', value: 'US', children: [
    { label: 'California', value: 'CA', children: [
      { label: 'Los Angeles', value: 'LA' }, { label: 'Oakland', value: 'OAK' }, { label: 'San Diego', value: 'SD' }, { label: 'San Francisco', value: 'SF' }, { label: 'San Jose', value: 'SJ' },
    ] },
    { label: 'Oregon', value: 'OR', children: [{ label: 'Portland', value: 'PDX' }, { label: 'Salem', value: 'SLM' }] },
    { label: 'Washington', value: 'WA', children: [
      { label: 'Bainbridge Island', value: 'BI' }, { label: 'Bremerton', value: 'BRE' }, { label: 'Seattle', value: 'SEA' }, { label: 'Tacoma', value: 'TAC' },
    ] },
    { label: 'Other state', value: 'OTHER' },
  ] },
  { label: 'Canada', value: 'CAN', children: [
    { label: 'British Columbia', value: 'BC', children: [{ label: 'Vancouver', value: 'VAN' }, { label: 'Victoria', value: 'VIC' }] },
  ] },
  { label: 'Somewhere else', value: 'ELSE' },
];
const EDUCATION = [
  { label: 'High school / GED', value: 'hs' },
  { label: 'Associate (AA / AS)', value: 'aa' },
  { label: 'Bachelor (BA / BSc)', value: 'ba' },
  { label: 'Master (MA / MSc / MBA)', value: 'ma' },
  { label: 'Doctorate', value: 'phd' },
];
const HEARD = ['Saltbridge website', 'LinkedIn', 'Indeed', 'Maritime job fair', 'A current employee', 'Other'].map((label) => ({ label, value: label }));
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Pacific Islander', 'White', 'Two or more races', 'Decline to state'].map((label) => ({ label, value: label }));

function App({ posting }) {
  const [v, setV] = useState(() => ({
    trackingId: '', firstName: '', lastName: '', email: '', phone: '', home: [], postalCode: '', linkedin: '', employer: '', role: '',
    years: undefined, education: undefined, eligible: '', visa: '', startDate: '', salary: undefined, resume: null, coverLetter: '',
    tools: [], heard: undefined, gender: '', race: undefined, talentPool: false, consent: false,
    ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'select' ? undefined : ''])),
  }));
  const [done, setDone] = useState(false);
  const fileRef = useRef(null);
  const set = (k) => (value) => setV((o) => ({ ...o, [k]: value }));
  const model = { ...v, ...Object.fromEntries(posting.questions.map((q) => [q.key, v[q.key] ?? null])), years: v.years ?? null, salary: v.salary ?? null, education: v.education ?? null, heard: v.heard ?? null, race: v.race ?? null };

  return (
    <ConfigProvider globalConfig={enConfig}>
      <header id="site-header">
        <strong>Saltbridge Ferries · Careers</strong>
        <form id="track-application" onSubmit={(e) => e.preventDefault()}>
          <Input id="trackingId" name="trackingId" placeholder="Application ID, e.g. SB-48213" value={v.trackingId} onChange={set('trackingId')} style={{ width: 240 }} />
          <Button type="submit" variant="outline">Track your application</Button>
        </form>
      </header>
      <main id="page">
        <h1>{posting.title}</h1>
        <p>{posting.where}</p>
        {done ? (
          <div id="submitted"><h2>Thank you — your application has been sent.</h2></div>
        ) : (
          <Form id="saltbridge-apply" labelAlign="top" onSubmit={() => setDone(true)} resetType="initial">
            <h3>Personal information</h3>
            <FormItem label="First name" requiredMark for="firstName">
              <Input id="firstName" name="firstName" value={v.firstName} onChange={set('firstName')} />
            </FormItem>
            <FormItem label="Last name" requiredMark for="lastName">
              <Input id="lastName" name="lastName" value={v.lastName} onChange={set('lastName')} />
            </FormItem>
            <FormItem label="Email" requiredMark for="email">
              <Input id="email" name="email" type="text" value={v.email} onChange={set('email')} />
            </FormItem>
            <FormItem label="Phone number" for="phone">
              <Input id="phone" name="phone" placeholder="(206) 555-0100" value={v.phone} onChange={set('phone')} />
            </FormItem>
            <FormItem label="Where do you live?" for="home" help="Type a city to search">
              <div id="home-field">
                <Cascader options={PLACES} value={v.home} onChange={(value) => set('home')(value)} filterable clearable placeholder="Country / State / City" inputProps={{ id: 'home' }} />
              </div>
            </FormItem>
            <FormItem label="ZIP / postal code" for="postalCode">
              <Input id="postalCode" name="postalCode" value={v.postalCode} onChange={set('postalCode')} style={{ width: 180 }} />
            </FormItem>
            <FormItem label="LinkedIn URL" for="linkedin">
              <InputAdornment prepend="https://">
                <Input id="linkedin" name="linkedin" placeholder="www.linkedin.com/in/…" value={v.linkedin} onChange={set('linkedin')} />
              </InputAdornment>
            </FormItem>

            <h3>Experience</h3>
            <FormItem label="Current employer" for="employer">
              <Input id="employer" name="employer" value={v.employer} onChange={set('employer')} />
            </FormItem>
            <FormItem label="Current role" for="role">
              <Input id="role" name="role" value={v.role} onChange={set('role')} />
            </FormItem>
            <FormItem label="Years working in data engineering" for="years">
              <InputNumber id="years" name="years" theme="normal" min={0} max={60} value={v.years} onChange={set('years')} inputProps={{ id: 'years', name: 'years' }} />
            </FormItem>
            <FormItem label="Highest education completed" for="education">
              <div id="education-field">
                <Select options={EDUCATION} value={v.education} onChange={set('education')} placeholder="Please select" clearable />
              </div>
            </FormItem>
            <FormItem label="Tools you use every week" help="Press Enter after each one">
              <div id="tools-field">
                <TagInput value={v.tools} onChange={set('tools')} placeholder="e.g. Airflow" clearable />
              </div>
            </FormItem>

            <h3>Eligibility</h3>
            <FormItem label="Are you eligible to work in the United States?">
              <Radio.Group name="eligible" variant="default-filled" value={v.eligible} onChange={set('eligible')}>
                <Radio.Button value="yes">Yes</Radio.Button>
                <Radio.Button value="no">No</Radio.Button>
              </Radio.Group>
            </FormItem>
            <FormItem label="Do you now, or will you in the future, need an H-1B or other visa to work for us?">
              <Radio.Group name="visa" variant="default-filled" value={v.visa} onChange={set('visa')}>
                <Radio.Button value="yes">Yes</Radio.Button>
                <Radio.Button value="no">No</Radio.Button>
              </Radio.Group>
            </FormItem>
            <FormItem label="Available start date" for="startDate">
              <Input id="startDate" name="startDate" placeholder="YYYY-MM-DD" value={v.startDate} onChange={set('startDate')} style={{ width: 220 }} />
            </FormItem>
            <FormItem label="Expected annual salary (USD)" for="salary">
              <InputNumber theme="normal" min={0} step={1000} value={v.salary} onChange={set('salary')} inputProps={{ id: 'salary', name: 'salary' }} style={{ width: 220 }} />
            </FormItem>

            <h3>Resume and cover letter</h3>
            <FormItem label="Resume" requiredMark>
              <div id="resume-field">
                <input ref={fileRef} id="resume" name="resume" type="file" accept=".pdf,.doc,.docx" style={{ display: 'none' }}
                  onChange={(e) => set('resume')(e.target.files[0] ? e.target.files[0].name : null)} />
                <Button variant="outline" onClick={() => fileRef.current.click()}>Choose file</Button>
                <span className="file-name">{v.resume || 'No file chosen (PDF or Word)'}</span>
              </div>
            </FormItem>
            <FormItem label="Cover letter" for="coverLetter">
              <Textarea id="coverLetter" name="coverLetter" autosize={{ minRows: 4 }} value={v.coverLetter} onChange={set('coverLetter')} />
            </FormItem>

            <h3>Role questions</h3>
            {posting.questions.map((q) => (
              <FormItem key={q.key} label={q.label}>
                {q.type === 'select' ? (
                  <div id={`${q.key}-field`}>
                    <Select options={q.options.map(([value, label]) => ({ value, label }))} value={v[q.key]} onChange={set(q.key)} placeholder="Please select" clearable />
                  </div>
                ) : (
                  <Radio.Group name={q.key} value={v[q.key]} onChange={set(q.key)}>
                    {q.options.map(([value, label]) => <Radio key={value} value={value}>{label}</Radio>)}
                  </Radio.Group>
                )}
              </FormItem>
            ))}
            <FormItem label="How did you hear about this job?">
              <div id="heard-field">
                <Select options={HEARD} value={v.heard} onChange={set('heard')} placeholder="Please select" clearable />
              </div>
            </FormItem>

            <h3>Voluntary self-identification</h3>
            <FormItem label="Gender">
              <Radio.Group name="gender" value={v.gender} onChange={set('gender')}>
                <Radio value="female">Female</Radio>
                <Radio value="male">Male</Radio>
                <Radio value="decline">Decline to state</Radio>
              </Radio.Group>
            </FormItem>
            <FormItem label="Race / ethnicity">
              <div id="race-field">
                <Select options={RACE} value={v.race} onChange={set('race')} placeholder="Please select" clearable />
              </div>
            </FormItem>
            <FormItem label="Talent pool">
              <Switch id="talentPool" value={v.talentPool} onChange={set('talentPool')} />
              <span style={{ marginLeft: 8 }}>Keep my profile for other Saltbridge openings</span>
            </FormItem>
            <FormItem>
              <Checkbox name="consent" checked={v.consent} onChange={set('consent')}>I have read the Saltbridge applicant privacy notice</Checkbox>
            </FormItem>
            <FormItem>
              <Button type="submit" theme="primary" id="submit-application">Submit application</Button>
            </FormItem>
          </Form>
        )}
      </main>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </ConfigProvider>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
