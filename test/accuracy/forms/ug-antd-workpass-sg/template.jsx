/*
 * A Singapore health-tech company's careers page: React 18 + antd 6 Form (name "sgapply", so
 * field ids are sgapply_<name>). "Full name (as in NRIC / passport)", preferred name, a
 * dial-code Select preset "+65 Singapore" in a Space.Compact before the mobile, residential
 * status (Citizen / PR / pass holders / "Not residing in Singapore"), a work-pass Radio.Group,
 * NRIC/FIN last four, race (as Singapore forms ask), Block / Street, unit number, 6-digit postal
 * code, country preset "Singapore", GCE 'O' / 'A' Level, Nitec, Polytechnic Diploma and two
 * bachelor options, InputNumber years, last drawn / expected monthly salary in SGD, notice
 * period, DatePickers in DD/MM/YYYY, an Upload (beforeUpload false), per-posting questions,
 * "Where did you hear", PDPA consent. Decoys: header Input.Search, job-alert box. State goes
 * to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Upload } from 'antd';

const opts = (xs) => xs.map((x) => (typeof x === 'string' ? { value: x, label: x } : { value: x[0], label: x[1] }));
const DIAL = opts([['SG', '+65 Singapore'], ['MY', '+60 Malaysia'], ['ID', '+62 Indonesia'], ['PH', '+63 Philippines'], ['IN', '+91 India'], ['CN', '+86 China'], ['GB', '+44 United Kingdom'], ['CA', '+1 Canada'], ['US', '+1 United States']]);
const RES = opts(['Singapore Citizen', 'Singapore PR', 'Employment Pass / S Pass holder', "Dependant's Pass / LOC holder", "Student's Pass holder", 'Not residing in Singapore']);
const RACE = opts(['Chinese', 'Malay', 'Indian', 'Eurasian', 'Others']);
const COUNTRIES = opts([['SG', 'Singapore'], ['MY', 'Malaysia'], ['ID', 'Indonesia'], ['PH', 'Philippines'], ['VN', 'Vietnam'], ['IN', 'India'], ['CN', 'China'], ['AU', 'Australia'], ['GB', 'United Kingdom'], ['CA', 'Canada'], ['US', 'United States'], ['UM', 'United States Minor Outlying Islands']]);
const NATIONALITY = opts(['Singaporean', 'Malaysian', 'Indonesian', 'Filipino', 'Indian', 'Chinese', 'American', 'British', 'Australian', 'Others']);
const QUAL = opts(["GCE 'O' Level", "GCE 'A' Level", 'Nitec / Higher Nitec', 'Polytechnic Diploma', "Bachelor's Degree", "Bachelor's Degree (Honours)", "Master's Degree", 'PhD']);
const NOTICE = opts(['Immediate', '1 week', '2 weeks', '1 month', '2 months', '3 months']);
const HEAR = opts(['MyCareersFuture', 'LinkedIn', 'JobStreet', 'Indeed', 'Company website', 'Referral', 'Career fair', 'Others']);

export function renderPosting(posting) {
  function App() {
    const [form] = Form.useForm();
    const values = Form.useWatch([], form) ?? {};
    const [done, setDone] = useState(false);
    const [search, setSearch] = useState('');
    const [alertEmail, setAlertEmail] = useState('');
    const fmt = (d) => (d ? d.format('YYYY-MM-DD') : null);
    const files = values.resume || [];
    const model = { ...values, dob: fmt(values.dob), startDate: fmt(values.startDate), resume: files.length ? files.map((f) => f.name).join(',') : null, search, alertEmail };
    return (
      <>
        <header className="sg-top">
          <strong>{posting.company}</strong>
          <Input.Search id="site-search" placeholder="Search jobs" aria-label="Search jobs" style={{ width: 260 }} value={search} onChange={(e) => setSearch(e.target.value)} />
        </header>
        <main className="sg-main">
          <p className="sg-meta">{posting.team} · {posting.location} · Job ID {posting.jobId}</p>
          <h1>{posting.title}</h1>
          {posting.blurb.map((p, i) => <p key={i}>{p}</p>)}
          {done ? (
            <div id="sg-done"><h2>Application received</h2><p>Only shortlisted candidates will be notified.</p></div>
          ) : (
            <Form form={form} name="sgapply" layout="vertical" initialValues={{ dialCode: 'SG', country: 'SG' }} onFinish={() => setDone(true)}>
              <h2>Personal particulars</h2>
              <Form.Item label="Full name (as in NRIC / passport)" name="fullName" rules={[{ required: true }]}><Input /></Form.Item>
              <Form.Item label="Preferred name" name="preferredName"><Input /></Form.Item>
              <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
              <Form.Item label="Mobile number" required className="sg-mobile">
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item name="dialCode" noStyle><Select options={DIAL} style={{ width: 190 }} aria-label="Country code" /></Form.Item>
                  <Form.Item name="mobile" noStyle rules={[{ required: true }]}><Input placeholder="9123 4567" /></Form.Item>
                </Space.Compact>
              </Form.Item>
              <Form.Item label="Residential status" name="residentialStatus" rules={[{ required: true }]}><Select options={RES} placeholder="Please select" /></Form.Item>
              <Form.Item label={posting.passLabel} name="workPass"><Radio.Group options={opts([['yes', 'Yes'], ['no', 'No']])} /></Form.Item>
              <Form.Item label="NRIC / FIN (last 4 characters)" name="nricLast4" extra="e.g. 567A"><Input maxLength={4} /></Form.Item>
              <Form.Item label="Nationality" name="nationality"><Select showSearch optionFilterProp="label" options={NATIONALITY} placeholder="Please select" /></Form.Item>
              <Form.Item label="Race" name="race"><Select options={RACE} placeholder="Please select" /></Form.Item>
              <Form.Item label="Gender" name="gender"><Radio.Group options={opts(['Male', 'Female'])} /></Form.Item>
              <Form.Item label="Date of birth" name="dob"><DatePicker format="DD/MM/YYYY" placeholder="DD/MM/YYYY" /></Form.Item>
              <h2>Address</h2>
              <Form.Item label="Block / Street name" name="street"><Input /></Form.Item>
              <Form.Item label="Unit number" name="unit" extra="e.g. #07-123"><Input /></Form.Item>
              <Form.Item label="Postal code" name="postalCode"><Input maxLength={6} /></Form.Item>
              <Form.Item label="Country" name="country"><Select showSearch optionFilterProp="label" options={COUNTRIES} /></Form.Item>
              <h2>Education &amp; work</h2>
              <Form.Item label="Highest qualification" name="qualification" rules={[{ required: true }]}><Select options={QUAL} placeholder="Please select" /></Form.Item>
              <Form.Item label="Institution" name="institution"><Input /></Form.Item>
              <Form.Item label="Years of relevant experience" name="years"><InputNumber min={0} max={50} style={{ width: 160 }} /></Form.Item>
              <Form.Item label="Current / last employer" name="employer"><Input /></Form.Item>
              <Form.Item label="Current / last job title" name="jobTitle"><Input /></Form.Item>
              <Form.Item label="Last drawn monthly salary (SGD)" name="lastDrawn"><InputNumber min={0} style={{ width: 220 }} prefix="S$" /></Form.Item>
              <Form.Item label="Expected monthly salary (SGD)" name="expectedSalary"><InputNumber min={0} style={{ width: 220 }} prefix="S$" /></Form.Item>
              <Form.Item label="Notice period" name="notice"><Select options={NOTICE} placeholder="Please select" /></Form.Item>
              <Form.Item label="Earliest start date" name="startDate"><DatePicker format="DD/MM/YYYY" placeholder="DD/MM/YYYY" /></Form.Item>
              <Form.Item label="LinkedIn URL" name="linkedin"><Input /></Form.Item>
              <Form.Item label="GitHub" name="github"><Input /></Form.Item>
              <Form.Item label="Resume" name="resume" className="sg-resume" valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e && e.fileList)} rules={[{ required: true }]}>
                <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx"><Button>Upload resume (PDF / Word)</Button></Upload>
              </Form.Item>
              <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} /></Form.Item>
              <h2>Questions</h2>
              {posting.questions.map((q) => (
                <Form.Item key={q.id} label={q.label} name={['answers', q.id]}>
                  {q.kind === 'radio' ? <Radio.Group options={opts(q.options)} /> : q.kind === 'select' ? <Select options={opts(q.options)} placeholder="Please select" /> : q.long ? <Input.TextArea rows={3} /> : <Input />}
                </Form.Item>
              ))}
              <Form.Item label="Where did you hear about this job?" name="hear"><Select options={HEAR} placeholder="Please select" allowClear /></Form.Item>
              <Form.Item name="pdpa" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please give your consent'))) }]}>
                <Checkbox>I consent to the collection, use and disclosure of my personal data for recruitment purposes under the PDPA.</Checkbox>
              </Form.Item>
              <Button type="primary" htmlType="submit" id="sg-submit">Submit application</Button>
            </Form>
          )}
          <div className="sg-alert"><label htmlFor="job-alert">Get job alerts by email</label> <Input id="job-alert" placeholder="you@example.com" style={{ width: 240 }} value={alertEmail} onChange={(e) => setAlertEmail(e.target.value)} /></div>
          <pre id="model">{JSON.stringify(model, null, 1)}</pre>
        </main>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
