/**
 * Another posting on Hanlan Mobility's antd application form (Form name="apply", labels bound to
 * ids like "apply_fullName", searchable country Select with official names, DatePicker, Radio.Groups,
 * InputNumber salary, phone Input behind a fixed "+1" add-on). This posting is a fleet telematics
 * role in Detroit: it adds LinkedIn and current-employer inputs, an authorization Radio.Group,
 * experience ranges with en dashes, a Kafka-years Select, travel / driver's licence / relocation
 * radios, other degree names and a data-processing consent Checkbox. Values go into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';

const COUNTRIES = [
  { value: 'CA', label: 'Canada' },
  { value: 'DE', label: 'Germany' },
  { value: 'MX', label: 'Mexico' },
  { value: 'GB', label: 'United Kingdom of Great Britain and Northern Ireland' },
  { value: 'UM', label: 'United States Minor Outlying Islands' },
  { value: 'US', label: 'United States of America' },
];
const DEGREES = ['High school diploma / GED', 'Associate degree', 'Bachelor degree', 'Master degree', 'Doctoral degree'].map((label) => ({ value: label, label }));
const YEARS = ['0–2 years', '3–5 years', '6–8 years', '9+ years'].map((label) => ({ value: label, label }));
const KAFKA = ['None', 'Less than 1 year', '1–3 years', '4+ years'].map((label) => ({ value: label, label }));
const SOURCES = ['LinkedIn', 'Referral', 'Job board', 'Hanlan career site', 'Other'].map((label) => ({ value: label, label }));
const YES_NO = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) ?? {};
  const [done, setDone] = useState(false);
  if (done) return <p className="done" id="done">Submitted. Thank you!</p>;
  const model = { ...values, startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null };
  return (
    <Form form={form} name="apply" layout="vertical" onFinish={() => setDone(true)}>
      <h1>Fleet Telematics Data Engineer</h1>
      <p>Detroit, MI (hybrid, 3 days on site) · Build the pipelines that turn 40,000 vehicles' CAN-bus data into maintenance forecasts.</p>
      <Form.Item label="Full name" name="fullName" rules={[{ required: true }]}><Input /></Form.Item>
      <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
      <Form.Item label="Mobile number" name="phone"><Input addonBefore="+1" maxLength={10} placeholder="10 digits" /></Form.Item>
      <Form.Item label="Country/Region" name="country"><Select showSearch optionFilterProp="label" options={COUNTRIES} placeholder="Please select" /></Form.Item>
      <Form.Item label="LinkedIn URL" name="linkedin"><Input placeholder="https://www.linkedin.com/in/…" /></Form.Item>
      <Form.Item label="Current employer" name="employer"><Input /></Form.Item>
      <Form.Item label="Earliest start date" name="startDate"><DatePicker format="YYYY-MM-DD" /></Form.Item>
      <Form.Item label="Are you legally authorized to work in the United States?" name="authorized" rules={[{ required: true }]}>
        <Radio.Group options={YES_NO} />
      </Form.Item>
      <Form.Item label="Will you now or in the future require Hanlan to sponsor an employment visa (e.g., H-1B)?" name="sponsorship" rules={[{ required: true }]}>
        <Radio.Group options={YES_NO} />
      </Form.Item>
      <Form.Item label="Years of professional data engineering experience" name="years"><Select options={YEARS} placeholder="Please select" /></Form.Item>
      <Form.Item label="Years working with Kafka or another streaming platform" name="kafkaYears"><Select options={KAFKA} placeholder="Please select" /></Form.Item>
      <Form.Item label="Desired base salary (USD per year)" name="salary"><InputNumber style={{ width: 200 }} min={0} /></Form.Item>
      <Form.Item label="Highest degree" name="degree"><Select options={DEGREES} placeholder="Please select" /></Form.Item>
      <Form.Item label="The role visits our Michigan and Ohio depots up to 25% of the time. Are you able to travel that much?" name="travel">
        <Radio.Group options={YES_NO} />
      </Form.Item>
      <Form.Item label="Do you hold a valid driver's license?" name="driversLicense">
        <Radio.Group options={YES_NO} />
      </Form.Item>
      <Form.Item label="Would you relocate to the Detroit area?" name="relocate">
        <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, { value: 'discuss', label: 'Open to discussing' }]} />
      </Form.Item>
      <Form.Item label="Cover letter" name="coverLetter" extra="Optional. Tell us what you would build first."><Input.TextArea rows={5} /></Form.Item>
      <Form.Item label="How did you hear about us?" name="source"><Select options={SOURCES} placeholder="Please select" /></Form.Item>
      <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, value) => (value ? Promise.resolve() : Promise.reject(new Error('Please accept to continue'))) }]}>
        <Checkbox>I agree that Hanlan Mobility may process my data for this and future openings.</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" id="submit">Submit</Button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
