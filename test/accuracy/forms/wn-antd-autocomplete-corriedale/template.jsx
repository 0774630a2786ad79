/**
 * Corriedale Grid careers (an Edinburgh battery-storage company with a US team in Oakland): an antd 6
 * Form (name "apply": ids "apply_<field>") as the antd docs write it. The phone is a Space.Compact
 * of a dial-code Select preset to "🇬🇧 +44" and an Input; "Current location" is an **AutoComplete**
 * whose suggestions appear after two characters and which only counts a place picked from them
 * (`locationId`); the current employer is an AutoComplete that takes free text; skills a Select
 * `mode="tags"` and offices a Select `mode="multiple"` (both the person's call); the start a
 * DatePicker `picker="month"` ("MMM YYYY"); the salary an InputNumber with the docs' "$ 1,000"
 * formatter / parser after a currency Select preset to GBP; Radio.Groups `optionType="button"`;
 * Upload.Dragger; EEO Selects. Shared by the postings; the form values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AutoComplete, Button, Checkbox, Col, ConfigProvider, DatePicker, Divider, Form, Input, InputNumber, Layout, Radio, Result, Row, Select, Space, Typography, Upload } from 'antd';

const { Title, Paragraph, Text } = Typography;

const DIAL = [
  { value: '+44', label: '🇬🇧 +44' },
  { value: '+353', label: '🇮🇪 +353' },
  { value: '+1', label: '🇺🇸 +1' },
  { value: '+49', label: '🇩🇪 +49' },
  { value: '+61', label: '🇦🇺 +61' },
];
const PLACES = [
  ['gb-edi', 'Edinburgh, Scotland, United Kingdom'], ['gb-gla', 'Glasgow, Scotland, United Kingdom'], ['gb-lon', 'London, England, United Kingdom'],
  ['us-oak', 'Oakland, California, United States'], ['us-sf', 'San Francisco, California, United States'], ['us-ssf', 'South San Francisco, California, United States'],
  ['do-sfm', 'San Francisco de Macorís, Duarte, Dominican Republic'], ['us-sj', 'San Jose, California, United States'], ['us-sac', 'Sacramento, California, United States'],
  ['us-sea', 'Seattle, Washington, United States'], ['us-aus', 'Austin, Texas, United States'], ['us-nyc', 'New York, New York, United States'],
].map(([id, label]) => ({ id, value: label }));
const EMPLOYERS = ['Brightcell Energy', 'Brackwater Utilities', 'Corriedale Grid', 'Fernlake Power', 'Gridwise Analytics', 'Kelpwise Energy'].map((value) => ({ value }));
const SKILLS = ['Python', 'SQL', 'Spark', 'Kafka', 'dbt', 'Airflow', 'Terraform', 'Scala'].map((value) => ({ value }));
const EDUCATION = ['Secondary school / high school', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctorate'].map((value) => ({ value, label: value }));
const SCHOOLS = ['Heriot-Watt University', 'Stanford University', 'University of California, Berkeley', 'University of California, Berkeley Extension', 'University of California, Davis', 'University of Edinburgh', 'University of San Francisco'].map((value) => ({ value, label: value }));
const PRONOUNS = ['he/him', 'she/her', 'they/them', 'Prefer to self-describe', 'Prefer not to say'].map((value) => ({ value, label: value }));
const HEARD = ['LinkedIn', 'Corriedale website', 'Employee referral', 'Conference or meetup', 'Other'].map((value) => ({ value, label: value }));
const GENDER = ['Female', 'Male', 'Non-binary', 'Decline to self-identify'].map((value) => ({ value, label: value }));
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to self-identify'].map((value) => ({ value, label: value }));
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I don’t wish to answer'].map((value) => ({ value, label: value }));

const normFile = (e) => (Array.isArray(e) ? e : e?.fileList);
const money = (value) => `$ ${value}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const unmoney = (value) => value?.replace(/\$\s?|(,*)/g, '');

export function renderApplication(posting) {
  function Application() {
    const [form] = Form.useForm();
    const [values, setValues] = useState({ dialCode: '+44', currency: 'GBP' });
    const [placeQuery, setPlaceQuery] = useState('');
    const [sent, setSent] = useState(false);
    const [search, setSearch] = useState('');
    const [news, setNews] = useState('');
    const places = placeQuery.trim().length < 2 ? [] : PLACES.filter((p) => p.value.toLowerCase().includes(placeQuery.trim().toLowerCase()));
    const model = {
      ...values,
      start: values.start ? values.start.format('YYYY-MM') : null,
      resume: (values.resume ?? []).map((f) => f.name),
      search,
      news,
    };
    const select = (placeholder = 'Select') => ({ placeholder, allowClear: true });
    return (
      <ConfigProvider theme={{ token: { colorPrimary: '#0f6b5c', borderRadius: 6 } }}>
        <Layout style={{ minHeight: '100vh', background: '#f4f7f6' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#0b3d36' }}>
            <Text strong style={{ color: '#fff', fontSize: 18 }}>Corriedale Grid</Text>
            <Text style={{ color: '#a8cfc7', flex: 1 }}>Careers</Text>
            <Input.Search id="cg-search" placeholder="Search roles" aria-label="Search roles" style={{ width: 220 }} value={search} onChange={(e) => setSearch(e.target.value)} />
            <a href="#signin" style={{ color: '#fff' }}>Candidate sign in</a>
          </Layout.Header>
          <Layout.Content style={{ maxWidth: 820, margin: '28px auto', width: '100%', padding: '0 16px' }}>
            <Text type="secondary">{posting.team} · {posting.where}</Text>
            <Title level={2} style={{ marginTop: 4 }}>{posting.title}</Title>
            <Paragraph>{posting.intro}</Paragraph>
            <div style={{ background: '#fff', padding: 32, borderRadius: 8 }}>
              {sent ? <div id="cg-sent"><Result status="success" title="Application received" subTitle="Our talent team will be in touch within two weeks." /></div> : (
                <Form form={form} name="apply" layout="vertical" requiredMark="optional" initialValues={{ dialCode: '+44', currency: 'GBP' }} onValuesChange={(_, all) => setValues(all)} onFinish={() => setSent(true)} scrollToFirstError>
                  <Divider titlePlacement="start">About you</Divider>
                  <Row gutter={16}>
                    <Col span={12}><Form.Item label="First name" name="firstName" rules={[{ required: true, message: 'Please enter your first name' }]}><Input autoComplete="given-name" /></Form.Item></Col>
                    <Col span={12}><Form.Item label="Last name" name="lastName" rules={[{ required: true, message: 'Please enter your last name' }]}><Input autoComplete="family-name" /></Form.Item></Col>
                  </Row>
                  <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email', message: 'Please enter a valid email' }]}><Input /></Form.Item>
                  <Form.Item label="Phone number" required>
                    <Space.Compact style={{ width: '100%' }}>
                      <Form.Item name="dialCode" noStyle><Select options={DIAL} style={{ width: 120 }} aria-label="Country code" /></Form.Item>
                      <Form.Item name="phone" noStyle rules={[{ required: true, message: 'Please enter your phone number' }]}><Input style={{ width: '100%' }} /></Form.Item>
                    </Space.Compact>
                  </Form.Item>
                  <Form.Item label="Current location" name="location" extra="Start typing your town or city, then choose it from the list."
                    rules={[{ validator: () => (form.getFieldValue('locationId') ? Promise.resolve() : Promise.reject(new Error('Please choose your location from the suggestions'))) }]}>
                    <AutoComplete options={places} onSearch={setPlaceQuery} placeholder="e.g. Edinburgh"
                      onChange={(text) => form.setFieldsValue({ locationId: PLACES.find((p) => p.value === text)?.id ?? null })} />
                  </Form.Item>
                  <Form.Item name="locationId" hidden><Input /></Form.Item>
                  <Row gutter={16}>
                    <Col span={12}><Form.Item label="LinkedIn" name="linkedin"><Input addonBefore="https://" placeholder="www.linkedin.com/in/…" /></Form.Item></Col>
                    <Col span={12}><Form.Item label="GitHub" name="github"><Input addonBefore="https://" /></Form.Item></Col>
                  </Row>

                  <Divider titlePlacement="start">Experience</Divider>
                  <Row gutter={16}>
                    <Col span={12}><Form.Item label="Current or most recent employer" name="employer">
                      <AutoComplete options={EMPLOYERS} placeholder="Company name" filterOption={(input, option) => option.value.toLowerCase().includes(input.toLowerCase())} />
                    </Form.Item></Col>
                    <Col span={12}><Form.Item label="Job title" name="jobTitle"><Input /></Form.Item></Col>
                  </Row>
                  <Form.Item label={posting.yearsLabel} name="years"><InputNumber min={0} max={50} addonAfter="years" style={{ width: 200 }} /></Form.Item>
                  <Form.Item label="Key skills" name="skills" extra="Type a skill and press Enter to add one that is not listed."><Select mode="tags" options={SKILLS} placeholder="Add skills" /></Form.Item>
                  <Row gutter={16}>
                    <Col span={12}><Form.Item label="Highest level of education" name="education"><Select options={EDUCATION} {...select()} /></Form.Item></Col>
                    <Col span={12}><Form.Item label="School or university" name="school"><Select showSearch options={SCHOOLS} {...select('Search schools')} /></Form.Item></Col>
                  </Row>
                  <Form.Item label="Pronouns" name="pronouns" extra="Optional. Tell us how to refer to you."><Select options={PRONOUNS} {...select()} style={{ width: 260 }} /></Form.Item>

                  <Divider titlePlacement="start">Logistics</Divider>
                  <Form.Item label="Which of our offices could you work from?" name="offices"><Select mode="multiple" options={posting.offices.map((value) => ({ value, label: value }))} placeholder="Choose all that apply" /></Form.Item>
                  <Row gutter={16}>
                    <Col span={10}><Form.Item label="Earliest start month" name="start"><DatePicker picker="month" format="MMM YYYY" style={{ width: '100%' }} /></Form.Item></Col>
                    <Col span={14}><Form.Item label="Expected base salary" extra="Annual, before tax.">
                      <Space.Compact style={{ width: '100%' }}>
                        <Form.Item name="currency" noStyle><Select style={{ width: 90 }} aria-label="Currency" options={['GBP', 'EUR', 'USD'].map((value) => ({ value, label: value }))} /></Form.Item>
                        <Form.Item name="salary" noStyle><InputNumber style={{ width: '100%' }} formatter={money} parser={unmoney} /></Form.Item>
                      </Space.Compact>
                    </Form.Item></Col>
                  </Row>
                  {posting.questions.map((q) => (
                    <Form.Item key={q.key} label={q.label} name={q.key} extra={q.help}>
                      {q.type === 'buttons' ? <Radio.Group optionType="button" buttonStyle="solid" options={q.options} />
                        : q.type === 'radio' ? <Radio.Group options={q.options} />
                          : q.type === 'select' ? <Select options={q.options.map((v) => ({ value: v, label: v }))} {...select()} />
                            : <Input.TextArea rows={3} />}
                    </Form.Item>
                  ))}

                  <Divider titlePlacement="start">Documents</Divider>
                  <Form.Item label="CV / resume" name="resume" valuePropName="fileList" getValueFromEvent={normFile} rules={[{ required: true, message: 'Please upload your CV' }]}>
                    <Upload.Dragger beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx">
                      <p className="ant-upload-drag-icon"><svg viewBox="0 0 24 24" width="40" height="40" fill="none" stroke="#0f6b5c" strokeWidth="1.5" aria-hidden="true"><path d="M3 13h5l1 3h6l1-3h5M5 5h14l2 8v6H3v-6z" /></svg></p>
                      <p className="ant-upload-text">Click or drag file to this area to upload</p>
                      <p className="ant-upload-hint">PDF or Word, up to 10 MB.</p>
                    </Upload.Dragger>
                  </Form.Item>
                  <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} showCount maxLength={4000} /></Form.Item>
                  <Form.Item label="How did you hear about Corriedale?" name="heard"><Select options={HEARD} {...select()} /></Form.Item>

                  <Divider titlePlacement="start">US equal opportunity (voluntary)</Divider>
                  <Paragraph type="secondary">Completing this section is optional and will not affect your application.</Paragraph>
                  <Row gutter={16}>
                    <Col span={8}><Form.Item label="Gender" name="gender"><Select options={GENDER} {...select()} /></Form.Item></Col>
                    <Col span={8}><Form.Item label="Race / ethnicity" name="race"><Select options={RACE} {...select()} /></Form.Item></Col>
                    <Col span={8}><Form.Item label="Veteran status" name="veteran"><Select options={VETERAN} {...select()} /></Form.Item></Col>
                  </Row>
                  <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept the privacy notice'))) }]}>
                    <Checkbox>I have read the Corriedale candidate privacy notice and agree to my data being processed for this application.</Checkbox>
                  </Form.Item>
                  <Button type="primary" htmlType="submit" size="large" id="cg-submit">Submit application</Button>
                </Form>
              )}
            </div>
            <div style={{ margin: '24px 0', display: 'flex', gap: 8, alignItems: 'center' }}>
              <label htmlFor="cg-news">Get grid-storage news and new roles by email</label>
              <Input id="cg-news" placeholder="Email address" style={{ width: 240 }} value={news} onChange={(e) => setNews(e.target.value)} />
              <Button>Subscribe</Button>
            </div>
          </Layout.Content>
        </Layout>
        <pre id="model">{JSON.stringify(model)}</pre>
      </ConfigProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
