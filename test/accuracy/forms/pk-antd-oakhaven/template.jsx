/*
 * Oakhaven Learning (ed-tech, Boston) careers page: React 19 + antd 6 `Form name="oak"` (ids are
 * `oak_<name>`), shared by its postings. Legal vs preferred name, a searchable calling-code Select
 * joined to the phone in Space.Compact, city + state + country (world-countries) Selects, "https://"
 * addonBefore LinkedIn, degree Select, InputNumber years, button Radio.Group and a sentence
 * Radio.Group, InputNumber salary with a thousands formatter and a currency Select addon, DatePicker
 * with antd's default format, Upload with a button (beforeUpload false), the posting's questions,
 * EEO Selects, header Input.Search and a job-alert sidebar. Form values go to <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, ConfigProvider, DatePicker, Divider, Form, Input, InputNumber, Radio, Select, Space, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import countries from 'world-countries';

const opts = (list) => list.map((x) => (Array.isArray(x) ? { value: x[0], label: x[1] } : { value: x, label: x }));
const CALLING = opts([['CA', 'Canada +1'], ['US', 'United States +1'], ['MX', 'Mexico +52'], ['GB', 'United Kingdom +44'], ['IE', 'Ireland +353'], ['IN', 'India +91'], ['BR', 'Brazil +55'], ['PH', 'Philippines +63']]);
const COUNTRY = countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const STATES = opts(['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Outside the US']);
const DEGREES = opts(['High school or GED', 'Some college', "Associate's", "Bachelor's", "Master's", 'PhD', 'Bootcamp / certificate']);
const SPONSOR = opts([['none', 'No — I can work for Oakhaven without sponsorship, now and later'], ['transfer', 'Yes — I hold a visa that would need to be transferred'], ['new', 'Yes — I would need a new visa']]);
const CURRENCY = opts(['USD', 'CAD', 'EUR', 'GBP']);
const HEARD = opts(['LinkedIn', 'Oakhaven newsletter', 'Teacher friend', 'Built In', 'Referral', 'Other']);
const GENDER = opts(['Female', 'Male', 'Non-binary', 'Decline to self-identify']);
const ETHNICITY = opts(['Hispanic or Latino', 'Not Hispanic or Latino', 'Decline to self-identify']);
const VETERAN = opts(['Protected veteran', 'Not a protected veteran', 'Decline to self-identify']);

export function renderApplication(posting) {
  function App() {
    const [form] = Form.useForm();
    const [values, setValues] = useState({});
    const [sent, setSent] = useState(false);
    const [search, setSearch] = useState('');
    const [alertEmail, setAlertEmail] = useState('');
    const sync = () => setValues(form.getFieldsValue(true));
    useEffect(sync, []);
    const plain = (v) => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v);
    const model = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, k === 'resume' ? (v ?? []).map((f) => f.name) : plain(v ?? null)]));
    const question = (q) => {
      if (q.type === 'select') return <Form.Item key={q.key} label={q.label} name={q.key} extra={q.help}><Select placeholder="Select…" options={opts(q.options)} /></Form.Item>;
      if (q.type === 'radio') return <Form.Item key={q.key} label={q.label} name={q.key}><Radio.Group options={opts(q.options)} /></Form.Item>;
      if (q.type === 'buttons') return <Form.Item key={q.key} label={q.label} name={q.key}><Radio.Group optionType="button" buttonStyle="solid" options={opts(q.options)} /></Form.Item>;
      if (q.type === 'checkboxes') return <Form.Item key={q.key} label={q.label} name={q.key}><Checkbox.Group options={opts(q.options)} /></Form.Item>;
      if (q.type === 'number') return <Form.Item key={q.key} label={q.label} name={q.key} extra={q.help}><InputNumber min={0} style={{ width: 160 }} /></Form.Item>;
      if (q.type === 'textarea') return <Form.Item key={q.key} label={q.label} name={q.key}><Input.TextArea rows={3} showCount maxLength={1000} /></Form.Item>;
      return <Form.Item key={q.key} label={q.label} name={q.key} extra={q.help}><Input /></Form.Item>;
    };
    return (
      <ConfigProvider theme={{ token: { colorPrimary: '#2f6b3a', borderRadius: 6 } }}>
        <header className="oak-top">
          <span className="oak-logo">Oakhaven Learning</span>
          <Input.Search id="oak-search" placeholder="Search jobs" style={{ width: 260 }} value={search} onChange={(e) => setSearch(e.target.value)} />
        </header>
        <div className="oak-page">
          <main className="oak-main">
            {sent ? <p id="oak-sent" className="done">Application received — thank you! We will be in touch.</p> : (
              <Form form={form} name="oak" layout="vertical" requiredMark onValuesChange={sync} onFinish={() => setSent(true)}
                initialValues={{ resume: [] }}>
                <Typography.Title level={2}>{posting.title}</Typography.Title>
                <Typography.Text type="secondary">{posting.meta}</Typography.Text>
                <p>{posting.blurb}</p>
                <Divider titlePlacement="start">Personal information</Divider>
                <Space.Compact block style={{ gap: 12 }}>
                  <Form.Item label="Legal first name" name="firstName" rules={[{ required: true, message: 'Required' }]} style={{ flex: 1 }}><Input /></Form.Item>
                  <Form.Item label="Legal last name" name="lastName" rules={[{ required: true, message: 'Required' }]} style={{ flex: 1 }}><Input /></Form.Item>
                </Space.Compact>
                <Form.Item label="Preferred name" name="preferredName" extra="If different from your legal first name"><Input /></Form.Item>
                <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email', message: 'Enter a valid email' }]}><Input /></Form.Item>
                <Form.Item label="Phone" required>
                  <Space.Compact block>
                    <Form.Item name="callingCode" noStyle><Select showSearch={{ optionFilterProp: 'label' }} placeholder="Code" options={CALLING} style={{ width: 200 }} /></Form.Item>
                    <Form.Item name="phone" noStyle rules={[{ required: true }]}><Input aria-label="Phone number" /></Form.Item>
                  </Space.Compact>
                </Form.Item>
                <Space.Compact block style={{ gap: 12 }}>
                  <Form.Item label="City" name="city" style={{ flex: 1 }}><Input /></Form.Item>
                  <Form.Item label="State" name="state" style={{ flex: 1 }}><Select showSearch={{ optionFilterProp: 'label' }} placeholder="Select a state" options={STATES} /></Form.Item>
                  <Form.Item label="Country" name="country" style={{ flex: 1 }}><Select showSearch={{ optionFilterProp: 'label' }} placeholder="Select a country" options={COUNTRY} /></Form.Item>
                </Space.Compact>
                <Form.Item label="LinkedIn" name="linkedin"><Input addonBefore="https://" placeholder="linkedin.com/in/your-name" /></Form.Item>
                <Form.Item label="GitHub or portfolio (optional)" name="github"><Input placeholder="https://" /></Form.Item>
                <Divider titlePlacement="start">Experience</Divider>
                <Form.Item label="Resume" name="resume" valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)} rules={[{ required: true, type: 'array', min: 1, message: 'Please attach your resume' }]}>
                  <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx"><Button>Attach resume</Button></Upload>
                </Form.Item>
                <Form.Item label="Highest level of education" name="degree"><Select placeholder="Select…" options={DEGREES} /></Form.Item>
                <Form.Item label="School" name="school"><Input /></Form.Item>
                <Form.Item label="Total years of work experience" name="years"><InputNumber min={0} max={60} style={{ width: 160 }} /></Form.Item>
                <Divider titlePlacement="start">Eligibility &amp; compensation</Divider>
                <Form.Item label="Are you currently authorized to work in the U.S.?" name="authorized" rules={[{ required: true, message: 'Required' }]}>
                  <Radio.Group optionType="button" buttonStyle="solid" options={opts([['yes', 'Yes'], ['no', 'No']])} />
                </Form.Item>
                <Form.Item label="Do you require sponsorship?" name="sponsorship" rules={[{ required: true, message: 'Required' }]}>
                  <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={SPONSOR} />
                </Form.Item>
                <Form.Item label="Salary expectation (annual)">
                  <Space.Compact>
                    <Form.Item name="salary" noStyle><InputNumber aria-label="Salary expectation (annual)" min={0} style={{ width: 200 }} formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v?.replace(/,/g, '')} /></Form.Item>
                    <Form.Item name="currency" noStyle><Select placeholder="Currency" options={CURRENCY} style={{ width: 120 }} /></Form.Item>
                  </Space.Compact>
                </Form.Item>
                <Form.Item label="When could you start?" name="startDate"><DatePicker style={{ width: 220 }} /></Form.Item>
                <Divider titlePlacement="start">A few questions from the team</Divider>
                {posting.questions.map(question)}
                <Form.Item label="How did you hear about this job?" name="heard"><Select placeholder="Select…" options={HEARD} /></Form.Item>
                <Divider titlePlacement="start">Equal opportunity (voluntary)</Divider>
                <Form.Item label="Gender" name="gender"><Select placeholder="Select…" options={GENDER} /></Form.Item>
                <Form.Item label="Hispanic or Latino?" name="ethnicity"><Select placeholder="Select…" options={ETHNICITY} /></Form.Item>
                <Form.Item label="Veteran status" name="veteran"><Select placeholder="Select…" options={VETERAN} /></Form.Item>
                <Form.Item name="ack" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please confirm'))) }]}>
                  <Checkbox>I confirm the information above is accurate.</Checkbox>
                </Form.Item>
                <Button type="primary" htmlType="submit" id="oak-submit">Submit application</Button>
              </Form>
            )}
          </main>
          <aside className="oak-side">
            <h3>Not quite the right fit?</h3>
            <p>Get new Oakhaven openings by email.</p>
            <Input id="oak-alert" type="email" placeholder="Email address" value={alertEmail} onChange={(e) => setAlertEmail(e.target.value)} />
            <Button style={{ marginTop: 8 }}>Notify me</Button>
          </aside>
        </div>
        <pre id="model">{JSON.stringify({ ...model, search, alertEmail }, null, 1)}</pre>
      </ConfigProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
