/**
 * A Tidewell Logistics application built with antd's Form: a Cascader (country / state / city, with
 * search) for the location, a searchable Select whose options carry the ISO code in the label
 * (optionFilterProp "label"), a DatePicker typed as MM/DD/YYYY, Radio.Groups rendered as solid
 * buttons (years as ranges, work authorization), an InputNumber behind a "$" add-on with a
 * thousands formatter, a "linkedin.com/in/" add-on, a referral code, EEO and consent. The form
 * values are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Cascader, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';

const LOCATIONS = [
  {
    value: 'CA',
    label: 'Canada',
    children: [
      { value: 'ON', label: 'Ontario', children: [{ value: 'TOR', label: 'Toronto' }, { value: 'OTT', label: 'Ottawa' }] },
      { value: 'BC', label: 'British Columbia', children: [{ value: 'VAN', label: 'Vancouver' }] },
    ],
  },
  {
    value: 'US',
    label: 'United States',
    children: [
      {
        value: 'CA',
        label: 'California',
        children: [
          { value: 'LA', label: 'Los Angeles' },
          { value: 'SD', label: 'San Diego' },
          { value: 'SF', label: 'San Francisco' },
          { value: 'SJ', label: 'San Jose' },
        ],
      },
      { value: 'TX', label: 'Texas', children: [{ value: 'AUS', label: 'Austin' }, { value: 'DAL', label: 'Dallas' }] },
      { value: 'WA', label: 'Washington', children: [{ value: 'SEA', label: 'Seattle' }] },
    ],
  },
];
// The page's own search: the typed text anywhere in the whole "Country / State / City" path.
const matchesPath = (input, path) => path.map((option) => option.label).join(' / ').toLowerCase().includes(input.trim().toLowerCase());
const CITIZENSHIP = [
  ['AU', 'Australia'],
  ['CA', 'Canada'],
  ['IN', 'India'],
  ['MX', 'Mexico'],
  ['GB', 'United Kingdom'],
  ['US', 'United States'],
].map(([value, name]) => ({ value, label: `${name} (${value})` }));
const YEARS = ['0-2', '3-5', '6-9', '10+'].map((label) => ({ value: label, label }));
const YES_NO = [{ value: true, label: 'Yes' }, { value: false, label: 'No' }];
const GENDERS = ['Female', 'Male', 'Non-binary', 'Decline to self-identify'].map((label) => ({ value: label, label }));

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) ?? {};
  const [done, setDone] = useState(false);
  if (done) return <p className="done" id="done">Thanks! Your application is on its way to the hiring team.</p>;
  const model = { ...values, startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null };
  return (
    <Form form={form} name="tw" layout="vertical" requiredMark="optional" onFinish={() => setDone(true)}>
      <h1>Analytics Engineer</h1>
      <p>Tidewell Logistics · Hybrid</p>
      <Form.Item label="First name" name="firstName" rules={[{ required: true }]}><Input /></Form.Item>
      <Form.Item label="Last name" name="lastName" rules={[{ required: true }]}><Input /></Form.Item>
      <Form.Item label="Email address" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
      <Form.Item label="Phone" name="phone"><Input placeholder="+1 555 555 5555" /></Form.Item>
      <Form.Item label="Where are you based?" name="location" rules={[{ required: true }]}>
        <Cascader options={LOCATIONS} showSearch={{ filter: matchesPath }} placeholder="Country / State / City" />
      </Form.Item>
      <Form.Item label="Country of citizenship" name="citizenship">
        <Select showSearch optionFilterProp="label" options={CITIZENSHIP} placeholder="Search countries" />
      </Form.Item>
      <Form.Item label="Current company" name="company"><Input /></Form.Item>
      <Form.Item label="Current job title" name="title"><Input /></Form.Item>
      <Form.Item label="Years of relevant experience" name="years">
        <Radio.Group optionType="button" buttonStyle="solid" options={YEARS} />
      </Form.Item>
      <Form.Item label="Are you legally authorized to work in the country where this job is located?" name="authorized">
        <Radio.Group optionType="button" buttonStyle="solid" options={YES_NO} />
      </Form.Item>
      <Form.Item label="Earliest start date" name="startDate"><DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" /></Form.Item>
      <Form.Item label="Base salary expectation" name="salary" extra="Annual, in US dollars">
        <InputNumber addonBefore="$" style={{ width: 240 }} min={0} formatter={(value) => `${value}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(value) => value?.replace(/,/g, '')} />
      </Form.Item>
      <Form.Item label="LinkedIn" name="linkedin"><Input addonBefore="linkedin.com/in/" /></Form.Item>
      <Form.Item label="Why Tidewell?" name="whyUs"><Input.TextArea rows={3} showCount maxLength={500} /></Form.Item>
      <Form.Item label="Referral code" name="referralCode" extra="Only if an employee gave you one"><Input /></Form.Item>
      <Form.Item label="Gender" name="gender" extra="Voluntary; not seen by the hiring team"><Select options={GENDERS} placeholder="Select" /></Form.Item>
      <Form.Item name="privacy" valuePropName="checked" rules={[{ validator: (_, checked) => (checked ? Promise.resolve() : Promise.reject(new Error('Required'))) }]}>
        <Checkbox>I have read the candidate privacy notice</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" id="submit">Submit application</Button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
