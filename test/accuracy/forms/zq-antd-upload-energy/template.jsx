/*
 * Saltmarsh Grid careers: an antd v6 Form (name "apply": ids "apply_<field>"). Exercises what the
 * other antd pages do not: AutoComplete (city, employer), a dial-code Select joined to the phone in
 * Space.Compact, an "https://" addonBefore, Segmented for year ranges, Select mode="tags",
 * TreeSelect, DatePicker picker="month", InputNumber with a "$" prefix and thousands formatter,
 * button-style Radio.Group, Upload.Dragger (rc-upload clears its input after each pick; the file
 * list is in the form state), Checkbox.Group and posting questions. Shared by the postings.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AutoComplete, Button, Checkbox, ConfigProvider, DatePicker, Divider, Form, Input, InputNumber, Layout, Radio, Result, Segmented, Select, Space, TreeSelect, Typography, Upload } from 'antd';
const InboxOutlined = () => <svg viewBox="0 0 24 24" width="48" height="48" fill="none" stroke="#0f766e" strokeWidth="1.5" aria-hidden="true"><path d="M3 13h5l2 3h4l2-3h5M5 5h14l2 8v6H3v-6z" /></svg>;

const { Title, Paragraph, Text } = Typography;
const CITIES = ['Sacramento', 'Salinas', 'San Diego', 'San Francisco', 'San Jose', 'San Mateo', 'Santa Barbara', 'Santa Rosa', 'South San Francisco', 'Oakland', 'Fresno', 'Bakersfield'];
const EMPLOYERS = ['Pacific Gas and Electric', 'Southern California Edison', 'Tesla Energy', 'Stem, Inc.', 'Enphase Energy', 'AutoGrid'];
const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['NV', 'Nevada'], ['OR', 'Oregon'], ['TX', 'Texas'], ['WA', 'Washington']];

const normFile = (e) => (Array.isArray(e) ? e : e?.fileList);

export function renderApplication(posting) {
  function Application() {
    const [form] = Form.useForm();
    const [values, setValues] = useState({ dialCode: '+1' });
    const [cityOptions, setCityOptions] = useState([]);
    const [sent, setSent] = useState(false);
    const [search, setSearch] = useState('');
    const [news, setNews] = useState('');
    const model = {
      ...values,
      availableFrom: values.availableFrom ? values.availableFrom.format('YYYY-MM') : null,
      resume: (values.resume ?? []).map((f) => f.name),
      search,
      news,
    };
    return (
      <ConfigProvider theme={{ token: { colorPrimary: '#0f766e' } }}>
        <Layout style={{ minHeight: '100vh', background: '#f5f7f6' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#0b3b36' }}>
            <Text strong style={{ color: '#fff', fontSize: 18 }}>Saltmarsh Grid</Text>
            <Text style={{ color: '#b7d9d4', flex: 1 }}>Careers</Text>
            <Input.Search id="sg-search" name="q" placeholder="Search roles" aria-label="Search roles" style={{ width: 260 }} value={search} onChange={(e) => setSearch(e.target.value)} />
          </Layout.Header>
          <Layout.Content style={{ maxWidth: 760, margin: '32px auto', width: '100%' }}>
            <Text type="secondary">{posting.team} · {posting.where}</Text>
            <Title level={2} style={{ marginTop: 4 }}>{posting.title}</Title>
            <Paragraph>{posting.intro}</Paragraph>
            <div style={{ background: '#fff', padding: 32, borderRadius: 8 }}>
              {sent ? <Result id="sg-sent" status="success" title="Application submitted" subTitle="Thanks — our recruiting team will review it within a week." /> : (
                <Form
                  form={form}
                  name="apply"
                  layout="vertical"
                  requiredMark
                  initialValues={{ dialCode: '+1' }}
                  onValuesChange={(_, all) => setValues(all)}
                  onFinish={() => setSent(true)}
                >
                  <Divider titlePlacement="start">Personal information</Divider>
                  <Space.Compact block style={{ gap: 16 }}>
                    <Form.Item label="First name" name="firstName" rules={[{ required: true }]} style={{ flex: 1 }}><Input /></Form.Item>
                    <Form.Item label="Last name" name="lastName" rules={[{ required: true }]} style={{ flex: 1 }}><Input /></Form.Item>
                  </Space.Compact>
                  <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
                  <Form.Item label="Phone number" required>
                    <Space.Compact block>
                      <Form.Item name="dialCode" noStyle>
                        <Select style={{ width: 110 }} aria-label="Country code" options={[{ value: '+1', label: '+1' }, { value: '+44', label: '+44' }, { value: '+49', label: '+49' }, { value: '+52', label: '+52' }, { value: '+91', label: '+91' }]} />
                      </Form.Item>
                      <Form.Item name="phone" noStyle rules={[{ required: true }]}><Input id="apply_phone" style={{ flex: 1 }} /></Form.Item>
                    </Space.Compact>
                  </Form.Item>
                  <Space.Compact block style={{ gap: 16 }}>
                    <Form.Item label="City" name="city" style={{ flex: 1 }}>
                      <AutoComplete
                        options={cityOptions}
                        onSearch={(text) => setCityOptions(text ? CITIES.filter((c) => c.toLowerCase().startsWith(text.toLowerCase())).map((c) => ({ value: c })) : [])}
                        placeholder="Start typing a city"
                      />
                    </Form.Item>
                    <Form.Item label="State" name="state" style={{ flex: 1 }}>
                      <Select showSearch={{ optionFilterProp: 'label' }} placeholder="Select a state" options={STATES.map(([value, label]) => ({ value, label }))} />
                    </Form.Item>
                  </Space.Compact>
                  <Form.Item label="LinkedIn profile" name="linkedin"><Input addonBefore="https://" placeholder="www.linkedin.com/in/…" /></Form.Item>

                  <Divider titlePlacement="start">Experience</Divider>
                  <Form.Item label="Current employer" name="employer">
                    <AutoComplete options={EMPLOYERS.map((value) => ({ value }))} placeholder="Company name" filterOption={(input, option) => option.value.toLowerCase().includes(input.toLowerCase())} />
                  </Form.Item>
                  <Form.Item label="Current job title" name="jobTitle"><Input /></Form.Item>
                  <Form.Item label={posting.yearsLabel} name="years" rules={[{ required: true }]}>
                    <Segmented name="years" options={posting.years} />
                  </Form.Item>
                  <Form.Item label="Skills" name="skills" extra="Type a skill and press Enter">
                    <Select mode="tags" placeholder="e.g. Python, Spark" options={posting.skills.map((value) => ({ value }))} />
                  </Form.Item>
                  <Form.Item label="Which teams would you like to be considered for?" name="teams">
                    <TreeSelect treeCheckable placeholder="Select teams" treeData={posting.teams} />
                  </Form.Item>

                  <Divider titlePlacement="start">Availability and eligibility</Divider>
                  <Form.Item label="Available from" name="availableFrom" extra="The month you could start">
                    <DatePicker picker="month" placeholder="Select month" style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item label="Desired base salary" name="salary">
                    <InputNumber prefix="$" suffix="USD" style={{ width: 260 }} formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v?.replace(/,/g, '')} />
                  </Form.Item>
                  <Form.Item label="Are you legally authorized to work in the United States?" name="authorized" rules={[{ required: true }]}>
                    <Radio.Group optionType="button" buttonStyle="solid" options={['Yes', 'No']} />
                  </Form.Item>
                  <Form.Item label="Will you now or in the future require visa sponsorship?" name="sponsorship" rules={[{ required: true }]}>
                    <Radio.Group optionType="button" buttonStyle="solid" options={['Yes', 'No']} />
                  </Form.Item>
                  {posting.questions.map((q) => (
                    <Form.Item key={q.key} label={q.label} name={q.key}>
                      {q.type === 'checkboxes' ? <Checkbox.Group options={q.options} /> : q.type === 'radio' ? <Radio.Group options={q.options} /> : <Input.TextArea rows={3} />}
                    </Form.Item>
                  ))}

                  <Divider titlePlacement="start">Resume and cover letter</Divider>
                  <Form.Item label="Resume" name="resume" valuePropName="fileList" getValueFromEvent={normFile} rules={[{ required: true, message: 'Please upload your resume' }]}>
                    <Upload.Dragger name="resume" beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx" className="sg-resume">
                      <p className="ant-upload-drag-icon"><InboxOutlined /></p>
                      <p className="ant-upload-text">Click or drag your resume to this area</p>
                      <p className="ant-upload-hint">PDF or Word, up to 10 MB</p>
                    </Upload.Dragger>
                  </Form.Item>
                  <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} showCount maxLength={3000} /></Form.Item>

                  <Divider titlePlacement="start">Voluntary self-identification</Divider>
                  <Form.Item label="Gender" name="gender"><Select placeholder="Select" allowClear options={['Female', 'Male', 'Non-binary', 'Decline to self-identify'].map((value) => ({ value }))} /></Form.Item>
                  <Form.Item label="Veteran status" name="veteran">
                    <Radio.Group options={['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify']} />
                  </Form.Item>
                  <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept the privacy notice'))) }]}>
                    <Checkbox>I have read the Saltmarsh Grid applicant privacy notice</Checkbox>
                  </Form.Item>
                  <Button type="primary" htmlType="submit" size="large" id="sg-submit">Submit application</Button>
                </Form>
              )}
            </div>
            <div style={{ marginTop: 24, background: '#e6f2f0', padding: 20, borderRadius: 8 }}>
              <Text strong>Stay in the loop</Text>
              <Space.Compact style={{ display: 'flex', marginTop: 8 }}>
                <Input id="sg-news" name="newsletter" placeholder="Email address" aria-label="Newsletter email" value={news} onChange={(e) => setNews(e.target.value)} />
                <Button>Subscribe</Button>
              </Space.Compact>
            </div>
          </Layout.Content>
        </Layout>
        <pre id="model">{JSON.stringify(model)}</pre>
      </ConfigProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
