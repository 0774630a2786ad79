/*
 * Another posting on the same Borealine careers page (Senior Analytics Engineer, Carrier Pricing):
 * same components, field names and ids; this job's own eligibility questions (Yes/No radio
 * groups, a time-zone Select, a notice-period Select) and year buckets. Original description:
 * Borealine Freight careers (Toronto, hiring remote in the US): React 19 + antd 6 Form
 * (`name="application"`, so ids are `application_<name>`, and `application_education_0_school`
 * inside Form.List). Select `showSearch` with a custom `filterOption` over place labels, a Form.List
 * of education (school, degree, graduation year as DatePicker `picker="year"`) and one of references,
 * Radio.Group `optionType="button"` year ranges, a sentence Radio.Group, a Switch with
 * checkedChildren, DatePicker `format="MMM D, YYYY"`, InputNumber with a thousands formatter and a
 * currency Select as its addonAfter preset to CAD, Upload.Dragger, multiple Select, cookie banner,
 * header search and a talent-community box. Form values go to <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, ConfigProvider, DatePicker, Divider, Form, Input, InputNumber, Radio, Select, Space, Switch, Typography, Upload } from 'antd';
import dayjs from 'dayjs';

const PLACES = [
  'Oakland, CA, United States', 'Sacramento, CA, United States', 'San Diego, CA, United States', 'San Francisco, CA, United States',
  'San Jose, CA, United States', 'South San Francisco, CA, United States', 'Denver, CO, United States', 'Chicago, IL, United States',
  'Boston, MA, United States', 'New York, NY, United States', 'Portland, OR, United States', 'Austin, TX, United States',
  'Seattle, WA, United States', 'Toronto, ON, Canada', 'Vancouver, BC, Canada', 'Montréal, QC, Canada',
].map((label, i) => ({ label, value: `loc_${100 + i}` }));
const DEGREES = ['High school diploma', 'College diploma', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate'].map((d) => ({ label: d, value: d }));
const LANGS = ['English', 'French', 'Spanish', 'Mandarin', 'Punjabi', 'Portuguese'].map((d) => ({ label: d, value: d }));
const HEARD = ['LinkedIn', 'Borealine website', 'Indeed', 'Referral', 'Podcast', 'Other'].map((d) => ({ label: d, value: d }));

function App() {
  const [form] = Form.useForm();
  const [values, setValues] = useState({});
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const [community, setCommunity] = useState('');
  const [cookies, setCookies] = useState(true);
  const sync = () => setValues(form.getFieldsValue(true));
  useEffect(sync, []);
  const plain = (v) => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);
  const model = plain(values);
  if (model.education) model.education = model.education.map((e) => ({ ...e, gradYear: e?.gradYear ? e.gradYear.slice(0, 4) : e?.gradYear ?? null }));
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#0b5cad', borderRadius: 4 } }}>
      <header className="bl-top">
        <b>BOREALINE</b>
        <nav>Shippers · Carriers · Company · Careers</nav>
        <Input.Search id="bl-search" placeholder="Search roles" style={{ width: 220 }} value={search} onChange={(e) => setSearch(e.target.value)} />
      </header>
      <main className="bl-shell">
        <Typography.Text className="bl-meta">Pricing &amp; Revenue · Remote, United States (Pacific or Mountain time preferred) · Full-time</Typography.Text>
        <Typography.Title level={2} style={{ marginTop: 4 }}>Senior Analytics Engineer, Carrier Pricing</Typography.Title>
        <Typography.Paragraph>
          Our pricing desk quotes 9,000 lanes a day. You will build the dbt models and quality checks behind every quote, and work with the
          pricing analysts in Vancouver and Seattle to retire the last of our spreadsheet-driven rate cards.
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">US pay range: USD 132,000 – 160,000 base.</Typography.Paragraph>
        <Divider />
        {sent && <p id="bl-sent" className="bl-sent">Application received — thank you! Our talent team will reach out within 10 business days.</p>}
        <Form
          form={form}
          name="application"
          layout="vertical"
          requiredMark
          initialValues={{ education: [{}], references: [{}], currency: 'CAD', employed: false, languages: [] }}
          onValuesChange={sync}
          onFinish={() => setSent(true)}
          scrollToFirstError
        >
          <Typography.Title level={4}>Personal details</Typography.Title>
          <Space.Compact block style={{ gap: 16 }}>
            <Form.Item label="First name" name="firstName" rules={[{ required: true, message: 'Please enter your first name' }]} style={{ flex: 1 }}><Input /></Form.Item>
            <Form.Item label="Last name" name="lastName" rules={[{ required: true, message: 'Please enter your last name' }]} style={{ flex: 1 }}><Input /></Form.Item>
          </Space.Compact>
          <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email', message: 'Please enter a valid email' }]}><Input /></Form.Item>
          <Form.Item label="Mobile phone" name="phone" extra="US or Canadian number — 10 digits." rules={[{ required: true, message: 'Please enter your phone number' }]}>
            <Input addonBefore="+1" placeholder="416 555 0199" />
          </Form.Item>
          <Form.Item label="Where are you based?" name="location" rules={[{ required: true, message: 'Please choose your location' }]} extra="Start typing your city">
            <Select
              showSearch={{ filterOption: (input, option) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase()) }}
              placeholder="Select a city"
              options={PLACES}
              allowClear
            />
          </Form.Item>
          <Form.Item label="LinkedIn profile" name="linkedin"><Input placeholder="https://www.linkedin.com/in/…" /></Form.Item>
          <Form.Item label="Languages you can work in" name="languages"><Select mode="multiple" options={LANGS} placeholder="Select languages" /></Form.Item>

          <Typography.Title level={4}>Experience</Typography.Title>
          <Form.Item label="Are you currently employed?" name="employed" valuePropName="checked">
            <Switch checkedChildren="Yes" unCheckedChildren="No" />
          </Form.Item>
          <Space.Compact block style={{ gap: 16 }}>
            <Form.Item label="Current or most recent employer" name="employer" style={{ flex: 1 }}><Input /></Form.Item>
            <Form.Item label="Current or most recent title" name="jobTitle" style={{ flex: 1 }}><Input /></Form.Item>
          </Space.Compact>
          <Form.Item label="Years of experience in analytics or data engineering" name="years" rules={[{ required: true, message: 'Please choose one' }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={['0–1', '2–4', '5–7', '8–10', '11+'].map((v) => ({ label: v, value: v }))} />
          </Form.Item>

          <Typography.Title level={4}>Education</Typography.Title>
          <Form.List name="education">
            {(fields, { add, remove }) => (
              <>
                {fields.map(({ key, name }) => (
                  <div key={key} style={{ border: '1px solid #e5e8ec', borderRadius: 6, padding: '12px 16px', marginBottom: 12 }}>
                    <Typography.Text strong>Education {name + 1}</Typography.Text>
                    <Form.Item label="School" name={[name, 'school']}><Input /></Form.Item>
                    <Space.Compact block style={{ gap: 16 }}>
                      <Form.Item label="Degree" name={[name, 'degree']} style={{ flex: 1 }}><Select options={DEGREES} placeholder="Select" /></Form.Item>
                      <Form.Item label="Graduation year" name={[name, 'gradYear']} style={{ flex: 1 }}><DatePicker picker="year" style={{ width: '100%' }} /></Form.Item>
                    </Space.Compact>
                    {fields.length > 1 && <Button type="link" danger onClick={() => remove(name)}>Remove</Button>}
                  </div>
                ))}
                <Button type="dashed" onClick={() => add()} block>+ Add education</Button>
              </>
            )}
          </Form.List>

          <Typography.Title level={4} style={{ marginTop: 24 }}>Eligibility &amp; compensation</Typography.Title>
          <Form.Item label="Are you legally authorized to work in the United States?" name="q_us_auth_2291" rules={[{ required: true, message: 'Please choose one' }]}>
            <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
          </Form.Item>
          <Form.Item label="Will you now or in the future need an employer to sponsor your visa (H-1B, TN, O-1 or similar)?" name="q_sponsor_2292" rules={[{ required: true, message: 'Please choose one' }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
          </Form.Item>
          <Form.Item label="Which time zone do you work from?" name="q_timezone_2293" rules={[{ required: true, message: 'Please choose one' }]}>
            <Select placeholder="Select" options={['Pacific (PT)', 'Mountain (MT)', 'Central (CT)', 'Eastern (ET)', 'Atlantic / Newfoundland'].map((v) => ({ label: v, value: v }))} />
          </Form.Item>
          <Form.Item label="What notice period do you have with your current employer?" name="q_notice_2294">
            <Select placeholder="Select" allowClear options={['None / available now', '2 weeks', '1 month', '2 months or more'].map((v) => ({ label: v, value: v }))} />
          </Form.Item>
          <Form.Item label="Expected base salary" required>
            <Space.Compact>
              <Form.Item name="salary" noStyle rules={[{ required: true, message: 'Please enter an amount' }]}>
                <InputNumber style={{ width: 220 }} min={0} formatter={(v) => `$ ${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v?.replace(/\$\s?|(,*)/g, '')} />
              </Form.Item>
              <Form.Item name="currency" noStyle>
                <Select style={{ width: 100 }} options={[{ value: 'CAD', label: 'CAD' }, { value: 'USD', label: 'USD' }]} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item label="Earliest start date" name="startDate">
            <DatePicker format="MMM D, YYYY" style={{ width: 220 }} />
          </Form.Item>

          <Typography.Title level={4}>References</Typography.Title>
          <Typography.Paragraph type="secondary">Optional now — we'll only contact them after a final interview.</Typography.Paragraph>
          <Form.List name="references">
            {(fields, { add }) => (
              <>
                {fields.map(({ key, name }) => (
                  <Space.Compact key={key} block style={{ gap: 12 }}>
                    <Form.Item label="Reference name" name={[name, 'name']} style={{ flex: 1 }}><Input /></Form.Item>
                    <Form.Item label="Relationship" name={[name, 'relationship']} style={{ flex: 1 }}><Input placeholder="e.g. former manager" /></Form.Item>
                    <Form.Item label="Reference email" name={[name, 'email']} style={{ flex: 1 }}><Input /></Form.Item>
                  </Space.Compact>
                ))}
                <Button type="dashed" onClick={() => add()}>+ Add reference</Button>
              </>
            )}
          </Form.List>

          <Typography.Title level={4} style={{ marginTop: 24 }}>Documents</Typography.Title>
          <Form.Item label="Resume" name="resume" valuePropName="fileList" getValueFromEvent={(e) => e?.fileList} rules={[{ required: true, message: 'Please attach your resume' }]}>
            <Upload.Dragger beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx">
              <p>Click or drag your resume here</p>
              <p style={{ color: '#8c8c8c' }}>PDF, DOC or DOCX up to 10 MB</p>
            </Upload.Dragger>
          </Form.Item>
          <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} showCount maxLength={4000} /></Form.Item>
          <Form.Item label="How did you hear about Borealine?" name="heard"><Select options={HEARD} placeholder="Select" allowClear /></Form.Item>
          <Form.Item name="privacy" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept to continue'))) }]}>
            <Checkbox>I consent to Borealine storing my application for 12 months, as described in the privacy policy.</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" id="bl-submit" size="large">Submit application</Button>
        </Form>
      </main>
      <footer className="bl-foot">
        <Typography.Text>Not the right role? Join our talent community: </Typography.Text>
        <Space.Compact><Input id="bl-community" placeholder="Email address" value={community} onChange={(e) => setCommunity(e.target.value)} /><Button>Join</Button></Space.Compact>
      </footer>
      {cookies && (
        <div className="bl-cookie" role="region" aria-label="Cookie consent">
          <span style={{ flex: 1 }}>We use cookies to improve your experience and for analytics.</span>
          <Button onClick={() => setCookies(false)}>Reject all</Button>
          <Button type="primary" onClick={() => setCookies(false)}>Accept all</Button>
        </div>
      )}
      <pre id="model">{JSON.stringify({ ...model, resume: (values.resume ?? []).map((f) => f.name), search, community })}</pre>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
