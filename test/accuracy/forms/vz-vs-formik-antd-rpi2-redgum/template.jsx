/**
 * Redgum Ridge Resources (Perth, ASX-listed miner) careers site, template shared by its postings
 * (this copy adds the question kinds of a later posting: Select buckets, Checkbox.Group, button-style
 * Radio.Group, questions before the details block, no date of birth):
 * React + Formik (state only in Formik; antd 6 controls wired with setFieldValue, no antd Form),
 * react-phone-input-2 preset to Australia ("+61" in the box, flag dropdown with search), antd
 * Select (showSearch) for country preset Australia, state, degree with Australian names, currency
 * preset AUD and pay period; antd AutoComplete school; antd DatePicker "DD/MM/YYYY" for the start
 * date and a date of birth; Radio.Group questions; antd Upload (beforeUpload false, judged by the
 * file list); an Aboriginal and Torres Strait Islander identification question; consent. Formik
 * values go into <pre id="model">.
 */
import 'react-phone-input-2/lib/style.css';
import { createRoot } from 'react-dom/client';
import { Formik, useFormikContext } from 'formik';
import PhoneInputModule from 'react-phone-input-2';
import { AutoComplete, Button, Checkbox, ConfigProvider, DatePicker, Input, InputNumber, Radio, Select, Space, Upload } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);
const PhoneInput = PhoneInputModule.default ?? PhoneInputModule;

const COUNTRIES = ['Australia', 'Canada', 'Chile', 'New Zealand', 'Papua New Guinea', 'South Africa', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];
const STATES = ['Western Australia', 'Queensland', 'New South Wales', 'South Australia', 'Victoria', 'Northern Territory', 'Tasmania', 'Arizona', 'California', 'Colorado', 'Nevada', 'Utah', 'Wyoming', 'Other'];
const DEGREES = ['Certificate III / IV', 'Diploma / Advanced Diploma', 'Bachelor Degree', 'Graduate Diploma', 'Master Degree', 'Doctoral Degree'];
const SCHOOLS = ['Curtin University', 'University of Western Australia', 'University of California, Berkeley', 'University of California, Santa Cruz', 'Colorado School of Mines', 'University of Nevada, Reno', 'Montana Technological University', 'Berkeley City College'];
const opts = (xs) => xs.map((x) => ({ value: x, label: x }));

function Row({ label, htmlFor, field, required, children, hint }) {
  return (
    <div className={`rr-row f-${field}`}>
      <label htmlFor={htmlFor} className="rr-label">{label}{required && <span className="req"> *</span>}</label>
      {children}
      {hint && <div className="rr-hint">{hint}</div>}
    </div>
  );
}

function YesNo({ name, label, options = ['Yes', 'No'], buttons = false }) {
  const { values, setFieldValue } = useFormikContext();
  return (
    <div className={`rr-row f-${name}`} role="group" aria-labelledby={`rr-${name}-q`}>
      <div id={`rr-${name}-q`} className="rr-label">{label}</div>
      <Radio.Group name={name} value={values[name]} onChange={(e) => setFieldValue(name, e.target.value)} options={options.map((o) => ({ value: o, label: o }))} {...(buttons ? { optionType: 'button', buttonStyle: 'solid' } : {})} />
    </div>
  );
}

function Question({ q }) {
  const { values, setFieldValue, getFieldProps } = useFormikContext();
  if (q.type === 'checks')
    return (
      <div className={`rr-row f-${q.key}`} role="group" aria-labelledby={`rr-${q.key}-q`}>
        <div id={`rr-${q.key}-q`} className="rr-label">{q.label}</div>
        <Checkbox.Group value={values[q.key]} onChange={(v) => setFieldValue(q.key, v)} options={q.options.map((o) => ({ value: o, label: o }))} />
        {q.hint && <div className="rr-hint">{q.hint}</div>}
      </div>
    );
  if (q.type === 'select')
    return (
      <Row label={q.label} htmlFor={`rr-${q.key}`} field={q.key} required={q.required}>
        <Select id={`rr-${q.key}`} value={values[q.key] || undefined} placeholder="Please select" style={{ width: '100%' }} options={opts(q.options)} onChange={(v) => setFieldValue(q.key, v ?? '')} />
      </Row>
    );
  if (q.options) return <YesNo name={q.key} label={q.label} options={q.options} buttons={q.buttons} />;
  return <Row label={q.label} htmlFor={`rr-${q.key}`} field={q.key}><Input.TextArea id={`rr-${q.key}`} rows={3} {...getFieldProps(q.key)} /></Row>;
}

function Fields({ posting }) {
  const { values, setFieldValue, getFieldProps, handleSubmit } = useFormikContext();
  const sel = (name, list, extra = {}) => (
    <Select id={`rr-${name}`} value={values[name] || undefined} placeholder="Please select" style={{ width: '100%' }} options={opts(list)} onChange={(v) => setFieldValue(name, v ?? '')} {...extra} />
  );
  return (
    <form id="rr-apply" onSubmit={handleSubmit} noValidate>
      {(posting.before ?? []).map((q) => <Question key={q.key} q={q} />)}
      <h2>Your details</h2>
      <div className="rr-two">
        <Row label="First name" htmlFor="rr-firstName" field="firstName" required><Input id="rr-firstName" {...getFieldProps('firstName')} /></Row>
        <Row label="Last name" htmlFor="rr-lastName" field="lastName" required><Input id="rr-lastName" {...getFieldProps('lastName')} /></Row>
      </div>
      <Row label="Email" htmlFor="rr-email" field="email" required><Input id="rr-email" type="email" {...getFieldProps('email')} /></Row>
      <Row label="Mobile" htmlFor="rr-mobile" field="mobile" required>
        <PhoneInput country="au" preferredCountries={['au', 'nz', 'gb']} enableSearch value={values.mobile} onChange={(v) => setFieldValue('mobile', v)}
          inputProps={{ id: 'rr-mobile', name: 'mobile', required: true }} />
      </Row>
      <div className="rr-two">
        <Row label="Country of residence" htmlFor="rr-country" field="country" required>{sel('country', COUNTRIES, { showSearch: true })}</Row>
        <Row label="State / Province" htmlFor="rr-state" field="state">{sel('state', STATES, { showSearch: true })}</Row>
      </div>
      <Row label="Suburb / City" htmlFor="rr-city" field="city"><Input id="rr-city" {...getFieldProps('city')} /></Row>
      <Row label="LinkedIn profile" htmlFor="rr-linkedin" field="linkedin"><Input id="rr-linkedin" placeholder="https://linkedin.com/in/" {...getFieldProps('linkedin')} /></Row>
      {posting.askDob !== false && (
        <Row label="Date of birth" htmlFor="rr-dob" field="dateOfBirth" hint="Required for site induction and fitness-for-work checks">
          <DatePicker id="rr-dob" format="DD/MM/YYYY" placeholder="DD/MM/YYYY" style={{ width: '100%' }} value={values.dateOfBirth ? dayjs(values.dateOfBirth) : null} onChange={(d) => setFieldValue('dateOfBirth', d ? d.format('YYYY-MM-DD') : null)} />
        </Row>
      )}

      <h2>Qualifications</h2>
      <Row label="Highest qualification" htmlFor="rr-degree" field="degree">{sel('degree', DEGREES)}</Row>
      <Row label="Institution" htmlFor="rr-school" field="school">
        <AutoComplete id="rr-school" style={{ width: '100%' }} value={values.school} placeholder="Start typing" onChange={(v) => setFieldValue('school', v)}
          options={opts(SCHOOLS.filter((s) => values.school && s.toLowerCase().includes(values.school.toLowerCase())))} />
      </Row>

      <h2>Availability and pay</h2>
      <Row label="When could you start?" htmlFor="rr-start" field="startDate" required>
        <DatePicker id="rr-start" format="DD/MM/YYYY" placeholder="DD/MM/YYYY" style={{ width: '100%' }} value={values.startDate ? dayjs(values.startDate) : null} onChange={(d) => setFieldValue('startDate', d ? d.format('YYYY-MM-DD') : null)} />
      </Row>
      <Row label="Salary expectation" htmlFor="rr-salary" field="salary">
        <Space.Compact style={{ width: '100%' }}>
          <Select id="rr-currency" value={values.currency} style={{ width: 110 }} options={opts(['AUD', 'NZD', 'USD', 'CAD', 'CLP'])} onChange={(v) => setFieldValue('currency', v)} aria-label="Currency" />
          <InputNumber id="rr-salary" style={{ width: '100%' }} min={0} value={values.salary === '' ? null : values.salary} onChange={(v) => setFieldValue('salary', v ?? '')}
            formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => (v ?? '').replace(/,/g, '')} />
          <Select id="rr-period" value={values.period || undefined} placeholder="Pay period" style={{ width: 200 }} options={opts(['per annum', 'per annum + super', 'per day', 'per hour'])} onChange={(v) => setFieldValue('period', v)} aria-label="Pay period" />
        </Space.Compact>
      </Row>

      <h2>A few questions</h2>
      <YesNo name="authorized" label={`Do you have the right to work in ${posting.workCountry}?`} />
      <YesNo name="sponsorship" label={posting.sponsorshipLabel ?? 'Will you require sponsorship for a work visa now or in the future?'} options={posting.sponsorshipOptions} buttons={posting.sponsorshipButtons} />
      {posting.questions.map((q) => <Question key={q.key} q={q} />)}
      <Row label="How did you find out about this role?" htmlFor="rr-source" field="source">{sel('source', ['Redgum website', 'SEEK', 'LinkedIn', 'Indeed', 'Mining People', 'Referral', 'Other'], { allowClear: true })}</Row>
      <YesNo name="atsi" label="Do you identify as Aboriginal and/or Torres Strait Islander?" options={['Yes', 'No', 'Prefer not to say']} />

      <h2>Documents</h2>
      <Row label="Resume" htmlFor="rr-resume" field="resume" required>
        <Upload id="rr-resume" accept=".pdf,.doc,.docx" maxCount={1} beforeUpload={() => false} fileList={values.resume} onChange={({ fileList }) => setFieldValue('resume', fileList)}>
          <Button>Select file</Button>
        </Upload>
      </Row>
      <Row label="Cover letter (optional)" htmlFor="rr-coverLetter" field="coverLetter"><Input.TextArea id="rr-coverLetter" rows={5} {...getFieldProps('coverLetter')} /></Row>
      <div className="rr-row f-consent">
        <Checkbox id="rr-consent" checked={values.consent} onChange={(e) => setFieldValue('consent', e.target.checked)}>I agree to the Redgum Ridge Recruitment Privacy Collection Statement.</Checkbox>
      </div>
      <Button type="primary" htmlType="submit" id="rr-submit" size="large">Submit application</Button>
      <pre id="model">{JSON.stringify({ ...values, resume: values.resume.map((f) => f.name) }, null, 2)}</pre>
    </form>
  );
}

function Application({ posting }) {
  const initialValues = {
    firstName: '', lastName: '', email: '', mobile: '', country: 'Australia', state: '', city: '', linkedin: '', dateOfBirth: null,
    degree: '', school: '', startDate: null, currency: 'AUD', salary: '', period: '', authorized: '', sponsorship: '', source: '', atsi: '',
    resume: [], coverLetter: '', consent: false,
  };
  for (const q of [...(posting.before ?? []), ...posting.questions]) initialValues[q.key] = q.type === 'checks' ? [] : '';
  if (posting.askDob === false) delete initialValues.dateOfBirth;
  return (
    <Formik initialValues={initialValues} onSubmit={() => { document.getElementById('rr-done').hidden = false; document.getElementById('root').hidden = true; }}>
      <Fields posting={posting} />
    </Formik>
  );
}

export function mount(posting) {
  createRoot(document.getElementById('root')).render(<ConfigProvider><Application posting={posting} /></ConfigProvider>);
}
