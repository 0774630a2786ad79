/**
 * Harrowfen Staffing: a staffing agency's "Apply to this job" page on antd 6 (Form with
 * name="apply", so ids are apply_<field>): the agency's standard prescreen for a W2 contract with a
 * client, written the way recruiters ask it: work authorization as a list of visa statuses, a
 * compound W2/sponsorship question, employment types and shifts as Checkbox.Groups, pay rate vs
 * conversion salary (InputNumber), clearance and certification Selects, travel as a percentage,
 * education as Radio.Buttons, a DatePicker for the start, the right-to-represent consent and a text
 * alerts opt-in. Form values are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, DatePicker, Divider, Form, Input, InputNumber, Radio, Select, Space } from 'antd';

const opts = (labels) => labels.map((label) => ({ value: label, label }));
const STATES = opts(['Arizona', 'California', 'Colorado', 'Florida', 'Georgia', 'Illinois', 'Massachusetts', 'New York', 'North Carolina', 'Oregon', 'Texas', 'Washington', 'Other / Outside US']);
const AUTH = opts(['US Citizen', 'Green Card Holder', 'EAD (GC-EAD, H4-EAD, L2-EAD)', 'H-1B', 'TN', 'F-1 OPT / STEM OPT', 'Other']);
const CLEARANCE = opts(['None', 'Public Trust', 'Secret', 'Top Secret', 'TS/SCI', 'TS/SCI with Polygraph']);
const CERTS = opts(['AWS Certified Data Engineer', 'Azure Data Engineer Associate (DP-203)', 'Google Professional Data Engineer', 'Databricks Data Engineer Associate', 'Snowflake SnowPro Core', 'Certified Kubernetes Administrator']);
const TRAVEL = opts(['0%', 'Up to 25%', 'Up to 50%', '75% or more']);
const NOTICE = opts(['Available now', '1 week', '2 weeks', '3–4 weeks', 'More than a month']);
const SOURCE = opts(['Harrowfen recruiter reached out', 'Harrowfen website', 'LinkedIn', 'Dice', 'Indeed', 'Referral', 'Other']);
const money = (value) => (value === undefined || value === null || value === '' ? '' : `${value}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
const unmoney = (text) => (text ?? '').replace(/[^\d.]/g, '');

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], { form, preserve: true }) ?? {};
  const [done, setDone] = useState(false);
  if (done) return <p className="done" id="done">Thanks! A Harrowfen recruiter will review your application within one business day.</p>;
  const model = { ...values, startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null };
  return (
    <Form form={form} name="apply" layout="vertical" onFinish={() => setDone(true)} requiredMark>
      <h1>Data Engineer (W2 Contract, 12 months)</h1>
      <p className="job-meta">Job #HF-24817 · Remote (US) with quarterly on-site in Phoenix, AZ · Healthcare payer client · $70–$85/hr W2</p>
      <Divider titlePlacement="start">Your information</Divider>
      <Form.Item label="Full Name" name="fullName" rules={[{ required: true, message: 'Full name is required' }]}><Input /></Form.Item>
      <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
      <Form.Item label="Mobile Number" name="mobile" rules={[{ required: true }]}><Input prefix="+1" maxLength={10} placeholder="10 digits" /></Form.Item>
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item label="City" name="city" style={{ flex: 1 }}><Input /></Form.Item>
        <Form.Item label="State" name="state" style={{ width: 220 }}><Select options={STATES} placeholder="Select state" /></Form.Item>
      </Space>
      <Form.Item label="Current Employer" name="employer"><Input /></Form.Item>
      <Form.Item label="Current Job Title" name="jobTitle"><Input /></Form.Item>
      <Form.Item label="Resume" name="resume" valuePropName="fileName" getValueFromEvent={(event) => event.target.files?.[0]?.name ?? ''} rules={[{ required: true, message: 'Please attach your resume' }]}>
        <input type="file" id="apply_resume" accept=".pdf,.doc,.docx" />
      </Form.Item>

      <Divider titlePlacement="start">Prescreen</Divider>
      <Form.Item label="What is your current work authorization status?" name="authStatus" rules={[{ required: true }]}><Select options={AUTH} placeholder="Please select" /></Form.Item>
      <Form.Item label="Can you work for our client on a W2 basis without requiring visa sponsorship, now or at any point during the assignment?" name="w2NoSponsor" rules={[{ required: true }]}>
        <Radio.Group options={['Yes', 'No']} />
      </Form.Item>
      <Form.Item label="Which employment types are you open to?" name="employmentTypes"><Checkbox.Group options={['W2 hourly', '1099 independent contractor', 'Corp-to-Corp (C2C)', 'Full-time (direct hire)']} /></Form.Item>
      <Form.Item label="Desired W2 hourly rate (USD)" name="hourlyRate"><InputNumber prefix="$" suffix="/hr" min={0} style={{ width: 200 }} /></Form.Item>
      <Form.Item label="If converted to a permanent role, what annual base salary would you expect? (USD)" name="conversionSalary" rules={[{ required: true }]}>
        <InputNumber prefix="$" formatter={money} parser={unmoney} min={0} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item label="Which shifts can you work? (Client support hours are 6 AM – 6 PM Arizona time.)" name="shifts"><Checkbox.Group options={['Early (6 AM – 2:30 PM)', 'Standard (8 AM – 4:30 PM)', 'Late (9:30 AM – 6 PM)', 'Weekends as needed']} /></Form.Item>
      <Form.Item label="Month-end releases sometimes run on a Saturday. Are you available to work an occasional weekend?" name="weekends"><Radio.Group options={['Yes', 'No', 'Depends on notice']} /></Form.Item>
      <Form.Item label="What percentage of travel are you willing to do?" name="travel" extra="The client expects an on-site week in Phoenix each quarter (about 10%)."><Select options={TRAVEL} placeholder="Please select" /></Form.Item>
      <Form.Item label="Active security clearance" name="clearance"><Select options={CLEARANCE} placeholder="Please select" /></Form.Item>
      <Form.Item label="Certifications held" name="certifications"><Select mode="multiple" options={CERTS} placeholder="Select any that apply" /></Form.Item>
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item label="Years of experience as a Data Engineer" name="yearsDe" rules={[{ required: true }]}><InputNumber min={0} max={50} style={{ width: 160 }} /></Form.Item>
        <Form.Item label="Years of hands-on Apache Spark" name="yearsSpark"><InputNumber min={0} max={50} style={{ width: 160 }} /></Form.Item>
        <Form.Item label="Years in healthcare / payer data" name="yearsHealthcare"><InputNumber min={0} max={50} style={{ width: 160 }} /></Form.Item>
      </Space>
      <Form.Item label="Highest education completed" name="education">
        <Radio.Group optionType="button" buttonStyle="solid" options={['High School', 'Associate', "Bachelor's", "Master's", 'Doctorate']} />
      </Form.Item>
      <Form.Item label="Available start date" name="startDate"><DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" style={{ width: 200 }} /></Form.Item>
      <Form.Item label="Notice required at your current job" name="notice"><Select options={NOTICE} placeholder="Please select" /></Form.Item>
      <Form.Item label="How did you hear about this job?" name="source" rules={[{ required: true }]}><Select options={SOURCE} placeholder="Please select" /></Form.Item>
      <Form.Item label="Harrowfen recruiter you are working with (if any)" name="recruiter"><Input /></Form.Item>
      <Form.Item name="rtr" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Required'))) }]}>
        <Checkbox>I give Harrowfen Staffing the exclusive right to represent me for this position with this client for 90 days.</Checkbox>
      </Form.Item>
      <Form.Item name="smsAlerts" valuePropName="checked"><Checkbox>Text me new contract openings that match my skills. Msg &amp; data rates may apply.</Checkbox></Form.Item>
      <Button type="primary" htmlType="submit" id="submit">Submit Application</Button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
