/*
 * Merrowby (a Melbourne payments company hiring its first US engineers): apply page on React 19 +
 * antd 6 Form (form name "apply", so inputs are id="apply_<field>"):
 * - phone: Space.Compact of a dial-code Select preset "+61" and an Input;
 * - "Where do you live?": a Cascader (country / state / city) with search;
 * - pronouns: Select mode="multiple"; education: Select with OptGroups and search;
 * - years, work rights and sponsorship: Radio.Group with optionType="button";
 * - salary: Space.Compact of a currency Select preset AUD and an InputNumber with thousands separators;
 * - start date: DatePicker DD/MM/YYYY; resume: Upload (beforeUpload returns false).
 * Form values go to <pre id="model">.
 * This posting (Analytics Engineer, Risk) asks its own questions: years in data roles, sponsorship
 * as a Select of sentences, an on-call question, a Checkbox.Group of risk tools and a written answer.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Cascader, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Result, Select, Space, Upload } from 'antd';

const PLACES = [
  { value: 'Australia', label: 'Australia', children: [
    { value: 'Victoria', label: 'Victoria', children: ['Melbourne', 'Geelong'].map((c) => ({ value: c, label: c })) },
    { value: 'New South Wales', label: 'New South Wales', children: ['Sydney', 'Newcastle'].map((c) => ({ value: c, label: c })) },
  ] },
  { value: 'United States', label: 'United States', children: [
    { value: 'California', label: 'California', children: ['Los Angeles', 'Oakland', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco'].map((c) => ({ value: c, label: c })) },
    { value: 'New York', label: 'New York', children: ['Brooklyn', 'New York City'].map((c) => ({ value: c, label: c })) },
    { value: 'Texas', label: 'Texas', children: ['Austin', 'Dallas', 'San Antonio'].map((c) => ({ value: c, label: c })) },
    { value: 'Washington', label: 'Washington', children: ['Seattle', 'Spokane'].map((c) => ({ value: c, label: c })) },
  ] },
  { value: 'New Zealand', label: 'New Zealand', children: [{ value: 'Auckland', label: 'Auckland', children: [{ value: 'Auckland', label: 'Auckland' }] }] },
];
const DIALS = [['+61', '🇦🇺 +61'], ['+64', '🇳🇿 +64'], ['+1', '🇺🇸 +1'], ['+44', '🇬🇧 +44'], ['+65', '🇸🇬 +65']].map(([value, label]) => ({ value, label }));
const EDUCATION = [
  { label: 'Secondary', options: ['Year 12 / high school', 'Certificate III or IV'] },
  { label: 'Tertiary', options: ['Diploma / associate degree', "Bachelor's degree", 'Honours degree', "Master's degree", 'PhD'] },
].map((g) => ({ label: g.label, title: g.label, options: g.options.map((o) => ({ value: o, label: o })) }));
const opt = (list) => list.map((o) => ({ value: o, label: o }));

function App() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], { form, preserve: true }) ?? {};
  const [sent, setSent] = useState(false);
  const model = { ...values, startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
    resume: (values.resume ?? []).map((f) => f.name).join(', ') };
  return (
    <div className="mw-card">
      {sent ? <Result status="success" title={<span id="mw-done">Application sent</span>} subTitle="We'll be in touch within a week." /> : (
        <Form form={form} name="apply" layout="vertical" requiredMark onFinish={() => setSent(true)} scrollToFirstError
          initialValues={{ dial: '+61', currency: 'AUD', pronouns: [], consent: false }}>
          <h2>Your application</h2>
          <Space size="middle" style={{ display: 'flex' }} className="mw-two">
            <Form.Item label="Given name" name="firstName" rules={[{ required: true }]}><Input /></Form.Item>
            <Form.Item label="Family name" name="lastName" rules={[{ required: true }]}><Input /></Form.Item>
          </Space>
          <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
          <Form.Item label="Mobile" required>
            <Space.Compact block>
              <Form.Item name="dial" noStyle><Select options={DIALS} style={{ width: 110 }} aria-label="Country code" id="apply_dial" /></Form.Item>
              <Form.Item name="phone" noStyle rules={[{ required: true, message: 'Please enter your mobile' }]}><Input id="apply_phone" /></Form.Item>
            </Space.Compact>
          </Form.Item>
          <div id="mw-location">
            <Form.Item label="Where do you live?" name="location" rules={[{ required: true }]}>
              <Cascader options={PLACES} showSearch placeholder="Country / State / City" />
            </Form.Item>
          </div>
          <div id="mw-pronouns"><Form.Item label="Pronouns" name="pronouns" extra="Optional"><Select mode="multiple" options={opt(['she/her', 'he/him', 'they/them', 'she/they', 'he/they'])} placeholder="Select" /></Form.Item></div>
          <Form.Item label="LinkedIn" name="linkedin"><Input placeholder="linkedin.com/in/…" /></Form.Item>
          <Form.Item label="Current company" name="company"><Input /></Form.Item>
          <Form.Item label="Current role" name="role"><Input /></Form.Item>
          <Form.Item label="Are you legally able to work for any US employer?" name="usWork" rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={['Yes', 'No']} />
          </Form.Item>
          <Form.Item label="How long have you worked in data roles?" name="dataYears" rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={['Under 3 years', '3–5 years', '6–8 years', '9+ years']} />
          </Form.Item>
          <div id="mw-education"><Form.Item label="Highest education" name="education"><Select showSearch options={EDUCATION} placeholder="Select" /></Form.Item></div>
          <Form.Item label="University" name="school" rules={[{ required: true }]}><Input /></Form.Item>
          <div id="mw-visa"><Form.Item label="Visa sponsorship" name="visa" rules={[{ required: true }]} extra="For a US role, now or in the future.">
            <Select options={opt(["No, I won't need sponsorship", 'Yes, I need it now', 'Yes, I will need it in the future'])} placeholder="Select" />
          </Form.Item></div>
          <Form.Item label="Our risk engineers share an on-call rota (one week in six). Is that OK for you?" name="onCall" rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={['Yes', 'No']} />
          </Form.Item>
          <Form.Item label="Which fraud or risk tools have you worked with?" name="riskTools" extra="Optional">
            <Checkbox.Group options={['Sift', 'Featurespace', 'Sardine', 'None yet']} />
          </Form.Item>
          <Form.Item label="Salary expectation">
            <Space.Compact block>
              <div id="mw-currency"><Form.Item name="currency" noStyle><Select options={opt(['AUD', 'USD', 'NZD', 'GBP'])} style={{ width: 100 }} aria-label="Currency" id="apply_currency" /></Form.Item></div>
              <Form.Item name="salary" noStyle><InputNumber id="apply_salary" style={{ width: 240 }} min={0} formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v.replace(/,/g, '')} /></Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item label="Earliest start date" name="startDate"><DatePicker format="DD/MM/YYYY" placeholder="DD/MM/YYYY" style={{ width: 240 }} /></Form.Item>
          <div id="mw-resume">
            <Form.Item label="Resume" name="resume" valuePropName="fileList" getValueFromEvent={(e) => e?.fileList} rules={[{ required: true, message: 'Please attach your resume' }]}>
              <Upload beforeUpload={() => false} maxCount={1}><Button>Select file</Button></Upload>
            </Form.Item>
          </div>
          <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} /></Form.Item>
          <Form.Item label="Tell us about a reconciliation bug you were proud to catch." name="reconBug" rules={[{ required: true }]}><Input.TextArea rows={4} /></Form.Item>
          <Form.Item label="How did you hear about this role?" name="source"><Input /></Form.Item>
          <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please agree to continue'))) }]}>
            <Checkbox>I agree to Merrowby's Privacy Collection Notice.</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" id="mw-submit" size="large">Submit application</Button>
        </Form>
      )}
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
