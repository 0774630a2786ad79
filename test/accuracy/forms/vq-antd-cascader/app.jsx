/**
 * Another Tidewell Logistics posting on the same antd Form template (Transportation Data Analyst,
 * Dallas): the Cascader location, a sponsorship question instead of work authorization, other
 * experience buckets, a new searchable education Select, the referral code moved up, no
 * citizenship or job title, a commute question and a talent-network box under the form. The form
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
      { value: 'AB', label: 'Alberta', children: [{ value: 'CGY', label: 'Calgary' }] },
    ],
  },
  {
    value: 'MX',
    label: 'Mexico',
    children: [{ value: 'NLE', label: 'Nuevo León', children: [{ value: 'MTY', label: 'Monterrey' }] }],
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
          { value: 'OAK', label: 'Oakland' },
          { value: 'SF', label: 'San Francisco' },
        ],
      },
      {
        value: 'TX',
        label: 'Texas',
        children: [
          { value: 'DAL', label: 'Dallas' },
          { value: 'FTW', label: 'Fort Worth' },
          { value: 'HOU', label: 'Houston' },
        ],
      },
      { value: 'IL', label: 'Illinois', children: [{ value: 'CHI', label: 'Chicago' }] },
    ],
  },
];
const matchesPath = (input, path) => path.map((option) => option.label).join(' / ').toLowerCase().includes(input.trim().toLowerCase());
const EDUCATION = [
  ['HS', 'High school or GED'],
  ['AA', 'Associate degree'],
  ['BA', "Bachelor's degree"],
  ['MA', "Master's degree"],
  ['PHD', 'Doctorate'],
].map(([value, label]) => ({ value, label }));
const YEARS = ['Less than 1', '1-3', '4-6', '7-10', '11+'].map((label) => ({ value: label, label }));
const YES_NO = [{ value: true, label: 'Yes' }, { value: false, label: 'No' }];
const ONSITE = [
  { value: 'yes', label: 'Yes' },
  { value: 'relocate', label: 'I would relocate' },
  { value: 'no', label: 'No' },
];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer'].map((label) => ({ value: label, label }));

function TalentNetwork() {
  const [sent, setSent] = useState(false);
  return (
    <aside className="talent">
      <h3>Not the right role?</h3>
      <p>Join the Tidewell talent network and hear about new openings in Dallas and Chicago.</p>
      {sent ? (
        <p>Thanks, you're on the list.</p>
      ) : (
        <Form name="network" layout="inline" onFinish={() => setSent(true)}>
          <Form.Item name="networkEmail" label="Email"><Input placeholder="you@example.com" /></Form.Item>
          <Button htmlType="submit">Join</Button>
        </Form>
      )}
    </aside>
  );
}

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) ?? {};
  const [done, setDone] = useState(false);
  if (done) return <p className="done" id="done">Thanks! Your application is on its way to the hiring team.</p>;
  const model = { ...values, startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null };
  return (
    <>
      <Form form={form} name="tw" layout="vertical" requiredMark="optional" onFinish={() => setDone(true)}>
        <h1>Transportation Data Analyst</h1>
        <p>Tidewell Logistics · Dallas, TX · Hybrid (3 days in office)</p>
        <p>
          Our Network Planning team moves 40,000 loads a month across North America. You will own the lane-level
          cost models, build the weekly carrier scorecards in dbt and Looker, and work with dispatch leads to turn
          the numbers into routing decisions.
        </p>
        <Form.Item label="First name" name="firstName" rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item label="Last name" name="lastName" rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item label="Email address" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
        <Form.Item label="Mobile phone" name="phone" rules={[{ required: true }]}><Input placeholder="+1 555 555 5555" /></Form.Item>
        <Form.Item label="Referral code" name="referralCode" extra="Only if an employee gave you one"><Input /></Form.Item>
        <Form.Item label="Current location" name="location" rules={[{ required: true }]}>
          <Cascader options={LOCATIONS} showSearch={{ filter: matchesPath }} placeholder="Country / State / City" />
        </Form.Item>
        <Form.Item label="This role is hybrid, three days a week at our Dallas office. Can you work on-site on that schedule?" name="onsite">
          <Radio.Group optionType="button" buttonStyle="solid" options={ONSITE} />
        </Form.Item>
        <Form.Item label="Current or most recent employer" name="company"><Input /></Form.Item>
        <Form.Item label="Years of experience in analytics or data roles" name="years">
          <Radio.Group optionType="button" buttonStyle="solid" options={YEARS} />
        </Form.Item>
        <Form.Item label="Highest level of education completed" name="education">
          <Select showSearch optionFilterProp="label" options={EDUCATION} placeholder="Select one" />
        </Form.Item>
        <Form.Item label="Will you now or in the future require sponsorship for an employment visa (e.g. H-1B)?" name="sponsorship" rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={YES_NO} />
        </Form.Item>
        <Form.Item label="When could you start?" name="startDate"><DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" /></Form.Item>
        <Form.Item label="Desired annual base salary" name="salary" extra="Optional. In US dollars">
          <InputNumber addonBefore="$" style={{ width: 240 }} min={0} formatter={(value) => `${value}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(value) => value?.replace(/,/g, '')} />
        </Form.Item>
        <Form.Item label="LinkedIn" name="linkedin"><Input addonBefore="linkedin.com/in/" /></Form.Item>
        <Form.Item label="Describe a cost or routing model you built and what changed because of it." name="modelStory">
          <Input.TextArea rows={4} showCount maxLength={1000} />
        </Form.Item>
        <Form.Item label="Veteran status" name="veteran" extra="Voluntary; kept apart from your application"><Select options={VETERAN} placeholder="Select" /></Form.Item>
        <Form.Item name="privacy" valuePropName="checked" rules={[{ validator: (_, checked) => (checked ? Promise.resolve() : Promise.reject(new Error('Required'))) }]}>
          <Checkbox>I have read the candidate privacy notice</Checkbox>
        </Form.Item>
        <Form.Item name="sms" valuePropName="checked">
          <Checkbox>Text me about my application status</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" id="submit">Submit application</Button>
        <pre id="model">{JSON.stringify(model)}</pre>
      </Form>
      <TalentNetwork />
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
