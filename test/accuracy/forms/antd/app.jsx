/**
 * An application form built with antd's Form (labels bound to ids like "apply_fullName"), a
 * searchable Select for the country whose options use official names, a DatePicker, a Radio.Group,
 * an InputNumber for the salary, a phone Input behind a fixed "+1" add-on, and a Select for the
 * degree whose options name it shortly. The form values are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';

const COUNTRIES = [
  { value: 'CA', label: 'Canada' },
  { value: 'DE', label: 'Germany' },
  { value: 'GB', label: 'United Kingdom of Great Britain and Northern Ireland' },
  { value: 'US', label: 'United States of America' },
];
const DEGREES = ['High school', 'Associate', "Bachelor's", "Master's", 'PhD'].map((label) => ({ value: label, label }));
const SOURCES = ['LinkedIn', 'Referral', 'Job board', 'Other'].map((label) => ({ value: label, label }));

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) ?? {};
  const [done, setDone] = useState(false);
  if (done) return <p className="done" id="done">Submitted. Thank you!</p>;
  const model = { ...values, startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null };
  return (
    <Form form={form} name="apply" layout="vertical" onFinish={() => setDone(true)}>
      <h1>Senior Data Engineer</h1>
      <Form.Item label="Full name" name="fullName" rules={[{ required: true }]}><Input /></Form.Item>
      <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
      <Form.Item label="Mobile number" name="phone"><Input addonBefore="+1" maxLength={10} placeholder="10 digits" /></Form.Item>
      <Form.Item label="Country/Region" name="country"><Select showSearch optionFilterProp="label" options={COUNTRIES} placeholder="Please select" /></Form.Item>
      <Form.Item label="Earliest start date" name="startDate"><DatePicker format="YYYY-MM-DD" /></Form.Item>
      <Form.Item label="Do you need visa sponsorship to work in the United States?" name="sponsorship">
        <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
      </Form.Item>
      <Form.Item label="Expected annual salary (USD)" name="salary"><InputNumber style={{ width: 200 }} min={0} /></Form.Item>
      <Form.Item label="Highest degree" name="degree"><Select options={DEGREES} placeholder="Please select" /></Form.Item>
      <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} /></Form.Item>
      <Form.Item label="How did you hear about us?" name="source"><Select options={SOURCES} placeholder="Please select" /></Form.Item>
      <Button type="primary" htmlType="submit" id="submit">Submit</Button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
