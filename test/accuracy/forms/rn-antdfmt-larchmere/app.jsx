/*
 * Larchmere Bank careers page on antd: a flag-only dial-code Select (preset to the UK) beside the
 * phone, a country Select grouped by region, years as a Slider with clickable marks, the salary as
 * a formatted InputNumber with a "per hour / per year" Select add-on (preset per hour), a month
 * DatePicker ("MMM YYYY"), education as button-style radios, Yes/No Switches and a
 * "linkedin.com/in/" add-on. The form values are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Slider, Space, Switch } from 'antd';

const DIAL = [
  { value: 'GB', label: '🇬🇧', title: 'United Kingdom (+44)' },
  { value: 'IE', label: '🇮🇪', title: 'Ireland (+353)' },
  { value: 'CA', label: '🇨🇦', title: 'Canada (+1)' },
  { value: 'US', label: '🇺🇸', title: 'United States (+1)' },
  { value: 'IN', label: '🇮🇳', title: 'India (+91)' },
  { value: 'SG', label: '🇸🇬', title: 'Singapore (+65)' },
];
const COUNTRIES = [
  { label: 'Europe', title: 'Europe', options: [{ value: 'GB', label: 'United Kingdom' }, { value: 'IE', label: 'Ireland' }, { value: 'DE', label: 'Germany' }] },
  { label: 'Americas', title: 'Americas', options: [{ value: 'CA', label: 'Canada' }, { value: 'US', label: 'United States' }, { value: 'UM', label: 'U.S. Outlying Islands' }, { value: 'BR', label: 'Brazil' }] },
  { label: 'Asia Pacific', title: 'Asia Pacific', options: [{ value: 'IN', label: 'India' }, { value: 'SG', label: 'Singapore' }] },
];
const MARKS = { 0: '0', 3: '3', 5: '5', 7: '7', 10: '10', 15: '15+' };
const EDUCATION = ['Secondary', 'Diploma', 'Undergraduate', 'Postgraduate', 'Doctorate'].map((label) => ({ value: label.toLowerCase(), label }));

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) ?? {};
  const [done, setDone] = useState(false);
  const [search, setSearch] = useState('');
  const model = { ...values, availableFrom: values.availableFrom ? values.availableFrom.format('YYYY-MM') : null };
  return (
    <>
      <div className="lm-top"><b>Larchmere Bank</b><span>Careers</span>
        <Input.Search id="lm-search" placeholder="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 240, marginLeft: 'auto' }} />
      </div>
      <div className="lm-page">
        <p style={{ margin: 0, color: '#8c8c8c' }}>Technology · New York, NY / Remote (US) · Req 58817</p>
        <h1 style={{ marginTop: 4 }}>Senior Data Engineer, Risk Data</h1>
        <Form
          form={form} name="cand" layout="vertical"
          initialValues={{ dialCode: 'GB', salaryPeriod: 'hour', years: 0, authorized: false, sponsorship: false, relocate: false }}
          onFinish={() => setDone(true)}
        >
          <Space style={{ display: 'flex' }} align="start">
            <Form.Item label="First name" name="firstName"><Input /></Form.Item>
            <Form.Item label="Last name" name="lastName"><Input /></Form.Item>
          </Space>
          <Form.Item label="Email" name="email"><Input type="email" /></Form.Item>
          <Form.Item label="Phone number">
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="dialCode" noStyle>
                <Select className="lm-dial" aria-label="Country code" options={DIAL} style={{ width: 80 }} popupMatchSelectWidth={false} />
              </Form.Item>
              <Form.Item name="phone" noStyle><Input id="cand_phone" placeholder="Phone number" /></Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item label="Country of residence" name="country">
            <Select className="lm-country" showSearch optionFilterProp="label" options={COUNTRIES} placeholder="Select a country" />
          </Form.Item>
          <Form.Item label="City" name="city"><Input /></Form.Item>
          <Form.Item label="LinkedIn" name="linkedin"><Input addonBefore="linkedin.com/in/" /></Form.Item>
          <Form.Item label="Years of experience in data engineering" name="years">
            <Slider className="lm-years" min={0} max={15} marks={MARKS} />
          </Form.Item>
          <Form.Item label="Highest education" name="education">
            <Radio.Group optionType="button" buttonStyle="solid" options={EDUCATION} />
          </Form.Item>
          <Form.Item label="Expected base pay (USD)">
            <Space.Compact>
              <Form.Item name="salary" noStyle>
                <InputNumber
                  id="cand_salary" style={{ width: 200 }} min={0}
                  formatter={(v) => (v === undefined || v === null || v === '' ? '' : `$ ${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','))}
                  parser={(v) => (v ?? '').replace(/\$\s?|(,*)/g, '')}
                />
              </Form.Item>
              <Form.Item name="salaryPeriod" noStyle>
                <Select className="lm-period" aria-label="Pay period" style={{ width: 120 }} options={[{ value: 'hour', label: 'per hour' }, { value: 'year', label: 'per year' }]} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item label="Available from" name="availableFrom" extra="Month and year">
            <DatePicker picker="month" format="MMM YYYY" placeholder="Select month" />
          </Form.Item>
          <Form.Item label="Are you authorized to work in the US?" name="authorized" valuePropName="checked">
            <Switch checkedChildren="Yes" unCheckedChildren="No" />
          </Form.Item>
          <Form.Item label="Will you need visa sponsorship?" name="sponsorship" valuePropName="checked">
            <Switch checkedChildren="Yes" unCheckedChildren="No" />
          </Form.Item>
          <Form.Item label="Open to relocating to New York?" name="relocate" valuePropName="checked">
            <Switch checkedChildren="Yes" unCheckedChildren="No" />
          </Form.Item>
          <Form.Item label="Resume">
            <input type="file" id="lm-resume-file" name="resume" accept=".pdf,.docx" onChange={(e) => form.setFieldValue('resume', e.target.files?.[0]?.name ?? null)} />
          </Form.Item>
          <Form.Item name="resume" hidden><Input /></Form.Item>
          <Button type="primary" htmlType="submit" id="cand-submit">Submit application</Button>
          {done && <p className="done" id="cand-done">Thank you, your application was submitted.</p>}
        </Form>
      </div>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
