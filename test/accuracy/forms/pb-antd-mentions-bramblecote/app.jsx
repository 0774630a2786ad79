/**
 * Bramblecote Logistics (a Reno freight-brokerage software company) careers page on antd 6, each
 * component as the antd docs show it, mostly the ones application pages use least:
 * `Form name="apply"` (ids `apply_<field>`), an **Input.OTP** "verification code" row (a decoy: no code
 * is sent), a **Cascader with showSearch** Country / State / City ("United States / California /
 * San Francisco"), "https://" addonBefore, **AutoComplete** employer and school (free text allowed),
 * InputNumber with a "years" addonAfter, a Select degree, Radio.Groups (one of sentences), InputNumber
 * with a "$" prefix, thousands formatter and "USD / year" addonAfter, a DatePicker MM/DD/YYYY, a
 * **RangePicker picker="month"** for the dates at the current job, **Segmented** interview format
 * (first segment selected by default), **Mentions** "who can vouch for you", **Rate**, Upload.Dragger
 * (beforeUpload false: the file list is the state), EEO and source Selects, a consent Checkbox.
 * Form values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AutoComplete, Button, Cascader, Checkbox, DatePicker, Form, Input, InputNumber, Mentions, Radio, Rate, Result, Segmented, Select, Upload } from 'antd';

const c = (names) => names.map((n) => ({ value: n, label: n }));
const PLACES = [
  { value: 'US', label: 'United States', children: [
    { value: 'CA', label: 'California', children: c(['Fresno', 'Oakland', 'Sacramento', 'San Francisco', 'San Jose', 'South San Francisco']) },
    { value: 'NV', label: 'Nevada', children: c(['Carson City', 'Las Vegas', 'Reno', 'Sparks']) },
    { value: 'UT', label: 'Utah', children: c(['Salt Lake City', 'Ogden']) },
  ] },
  { value: 'CA', label: 'Canada', children: [{ value: 'BC', label: 'British Columbia', children: c(['Vancouver']) }] },
  { value: 'PH', label: 'Philippines', children: [{ value: 'PAM', label: 'Pampanga', children: c(['San Fernando']) }] },
];
const EMPLOYERS = ['C.H. Robinson', 'Convoy', 'Flexport', 'Uber Freight', 'Coyote Logistics', 'Echo Global Logistics', 'Project44'];
const SCHOOLS = ['University of Nevada, Reno', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'Berkeley City College', 'Truckee Meadows Community College'];
const DEGREES = ['High school / GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'PhD', 'Bootcamp or certificate'];
const PEOPLE = ['jo.marchetti', 'ken.abara', 'liv.sorensen', 'raj.pillai'].map((p) => ({ value: p, label: p }));
const GENDER = ['Woman', 'Man', 'Non-binary', 'Prefer not to say'];
const SOURCES = ['LinkedIn', 'FreightWaves job board', 'Bramblecote website', 'Referral', 'Meetup or conference', 'Other'];

const KEYS = ['firstName', 'lastName', 'email', 'phone', 'otp', 'location', 'linkedin', 'employer', 'jobTitle', 'tenure', 'years', 'degree', 'school',
  'authorized', 'sponsorship', 'salary', 'startDate', 'interview', 'rating', 'referrer', 'resume', 'coverLetter', 'gender', 'source', 'consent'];
const suggest = (list) => (text) => (text ? list.filter((x) => x.toLowerCase().includes(text.toLowerCase())).map((value) => ({ value })) : []);
const fmt = (v) => (v == null || v === '' ? '' : `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
const unfmt = (v) => (v ? v.replace(/[^\d.]/g, '') : '');

function App() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) ?? {};
  const [done, setDone] = useState(false);
  const [employerOpts, setEmployerOpts] = useState([]);
  const [schoolOpts, setSchoolOpts] = useState([]);
  const model = {
    ...Object.fromEntries(KEYS.map((k) => [k, values[k] ?? null])),
    startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
    tenure: values.tenure ? values.tenure.map((d) => (d ? d.format('YYYY-MM') : null)) : null,
    resume: (values.resume ?? []).map((f) => f.name),
  };
  if (done) return <div id="bc-done"><Result status="success" title="Application submitted" subTitle="We will be in touch within a week." /></div>;
  return (
    <>
      <Form form={form} name="apply" layout="vertical" requiredMark="optional" onFinish={() => setDone(true)}
        initialValues={{ otp: '', interview: 'Video call', referrer: '', rating: 0, resume: [], consent: false }}>
        <h3>Contact</h3>
        <div className="bc-row">
          <Form.Item name="firstName" label="First name" rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="lastName" label="Last name" rules={[{ required: true }]}><Input /></Form.Item>
        </div>
        <Form.Item name="email" label="Email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
        <Form.Item name="phone" label="Phone number" extra="We'll text you a code to confirm it."><Input placeholder="e.g. 415-555-0100" /></Form.Item>
        <Form.Item name="otp" label="Verification code"><Input.OTP length={6} /></Form.Item>
        <Form.Item name="location" label="Current location">
          <Cascader options={PLACES} showSearch placeholder="Type or pick: country / state / city" />
        </Form.Item>
        <Form.Item name="linkedin" label="LinkedIn"><Input addonBefore="https://" placeholder="www.linkedin.com/in/…" /></Form.Item>

        <h3>Background</h3>
        <div className="bc-row">
          <Form.Item name="employer" label="Most recent employer">
            <AutoComplete options={employerOpts} onSearch={(t) => setEmployerOpts(suggest(EMPLOYERS)(t))} placeholder="Company name" />
          </Form.Item>
          <Form.Item name="jobTitle" label="Job title"><Input /></Form.Item>
        </div>
        <Form.Item name="tenure" label="When did you start and (if so) leave that job?">
          <DatePicker.RangePicker picker="month" format="MMM YYYY" allowEmpty={[false, true]} placeholder={['Start month', 'End month']} />
        </Form.Item>
        <Form.Item name="years" label="Total years of software or data experience">
          <InputNumber min={0} max={50} addonAfter="years" style={{ width: 200 }} />
        </Form.Item>
        <div className="bc-row">
          <Form.Item name="degree" label="Highest degree"><Select options={c(DEGREES)} placeholder="Select" /></Form.Item>
          <Form.Item name="school" label="School">
            <AutoComplete options={schoolOpts} onSearch={(t) => setSchoolOpts(suggest(SCHOOLS)(t))} placeholder="School name" />
          </Form.Item>
        </div>

        <h3>Work eligibility and pay</h3>
        <Form.Item name="authorized" label="Are you legally able to work in the US?">
          <Radio.Group options={c(['Yes', 'No'])} />
        </Form.Item>
        <Form.Item name="sponsorship" label="Do you need a visa sponsor?">
          <Radio.Group vertical options={c(['Yes, now', 'Yes, within the next 3 years', 'No, not now and not later'])} />
        </Form.Item>
        <Form.Item name="salary" label="Base salary you're looking for">
          <InputNumber prefix="$" addonAfter="USD / year" formatter={fmt} parser={unfmt} style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="startDate" label="Earliest start date"><DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" /></Form.Item>
        <Form.Item name="interview" label="How would you like to do the first interview?">
          <Segmented options={['Video call', 'Phone', 'In person (Reno)']} />
        </Form.Item>
        <Form.Item name="rating" label="How familiar are you with EDI (204 / 214 / 990)?"><Rate /></Form.Item>
        <Form.Item name="referrer" label="Anyone at Bramblecote who can vouch for you?" extra="Type @ to pick a teammate">
          <Mentions options={PEOPLE} rows={2} placeholder="@" />
        </Form.Item>

        <h3>Documents</h3>
        <Form.Item name="resume" label="Resume" valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)} rules={[{ required: true, message: 'Please attach your resume' }]}>
          <Upload.Dragger beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx">
            <p className="ant-upload-text">Click or drag your resume to this area</p>
            <p className="ant-upload-hint">PDF or Word</p>
          </Upload.Dragger>
        </Form.Item>
        <Form.Item name="coverLetter" label="Cover letter"><Input.TextArea rows={5} showCount maxLength={3000} /></Form.Item>
        <div className="bc-row">
          <Form.Item name="gender" label="Gender (optional)"><Select options={c(GENDER)} placeholder="Select" allowClear /></Form.Item>
          <Form.Item name="source" label="How did you hear about us?"><Select options={c(SOURCES)} placeholder="Select" allowClear /></Form.Item>
        </div>
        <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Required'))) }]}>
          <Checkbox>I agree to Bramblecote's candidate privacy notice.</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" id="bc-submit">Submit application</Button>
      </Form>
      <pre id="model">{JSON.stringify(model)}</pre>
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
