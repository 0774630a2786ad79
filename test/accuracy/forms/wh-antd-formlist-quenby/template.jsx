/*
 * Quenby Port Systems careers: an antd 6 Form (name "candidate": ids "candidate_<field>") with a
 * Form.List of positions ("List your current or most recent position first"; one row shown,
 * "+ Add another position" adds more; ids "candidate_jobs_0_company"), month DatePickers in the
 * row and an "I currently work here" checkbox that disables the end month, InputNumber years with
 * a "years" addon, a salary InputNumber asked in thousands ("$" prefix, "K / year" addon), a
 * DatePicker "MM/DD/YYYY", showSearch Selects with code values, Radio.Groups, a status Select
 * (citizen / permanent resident / visa types) to leave alone, Upload with a button (rc-upload
 * replaces its input after each pick; the file list is in the form state), referral block and EEO
 * Selects. Shared by the postings; the form values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, Col, ConfigProvider, DatePicker, Divider, Form, Input, InputNumber, Layout, Radio, Result, Row, Select, Space, Typography, Upload } from 'antd';

const { Title, Paragraph, Text } = Typography;
const STATES = [['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['FL', 'Florida'], ['GA', 'Georgia'], ['IL', 'Illinois'], ['LA', 'Louisiana'], ['MA', 'Massachusetts'], ['NJ', 'New Jersey'], ['NY', 'New York'], ['OR', 'Oregon'], ['SC', 'South Carolina'], ['TX', 'Texas'], ['VA', 'Virginia'], ['WA', 'Washington']]
  .map(([value, label]) => ({ value, label }));
const SCHOOLS = ['California Maritime Academy', 'Georgia Institute of Technology', 'Rutgers University', 'San Jose State University', 'Stanford University', 'Texas A&M University', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, San Diego', 'University of Washington']
  .map((s) => ({ value: s, label: s }));
const DEGREES = [['hs', 'High school or GED'], ['assoc', 'Associate (AA/AS)'], ['bach', 'Bachelor’s (BA/BS)'], ['mast', 'Master’s (MA/MS/MBA)'], ['doc', 'Doctorate'], ['other', 'Other']].map(([value, label]) => ({ value, label }));
const STATUS = ['U.S. citizen', 'U.S. permanent resident (green card)', 'Visa holder (H-1B, L-1, O-1, TN)', 'Employment Authorization Document (EAD / OPT)', 'Other'].map((v) => ({ value: v, label: v }));
const HEARD = ['LinkedIn', 'Indeed', 'Quenby website', 'Employee referral', 'Industry event', 'Other'].map((v) => ({ value: v, label: v }));
const GENDER = ['Female', 'Male', 'Non-binary', 'Decline to self-identify'].map((v) => ({ value: v, label: v }));
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to self-identify'].map((v) => ({ value: v, label: v }));
const VETERAN = ['Protected veteran', 'Not a protected veteran', 'Decline to self-identify'].map((v) => ({ value: v, label: v }));

const normFile = (e) => (Array.isArray(e) ? e : e?.fileList);

export function renderApplication(posting) {
  function Application() {
    const [form] = Form.useForm();
    const [values, setValues] = useState({ jobs: [{}] });
    const [sent, setSent] = useState(false);
    const [search, setSearch] = useState('');
    const [news, setNews] = useState('');
    const month = (d) => (d ? d.format('YYYY-MM') : null);
    const model = {
      ...values,
      jobs: (values.jobs ?? []).map((j) => ({ ...j, from: month(j?.from), to: month(j?.to) })),
      startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
      resume: (values.resume ?? []).map((f) => f.name),
      search,
      news,
    };
    const select = (placeholder = 'Select') => ({ placeholder, allowClear: true });
    return (
      <ConfigProvider theme={{ token: { colorPrimary: '#1d4e89', borderRadius: 4 } }}>
        <Layout style={{ minHeight: '100vh', background: '#f2f4f7' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#10253f' }}>
            <Text strong style={{ color: '#fff', fontSize: 18 }}>QUENBY PORT SYSTEMS</Text>
            <Text style={{ color: '#a9bdd6', flex: 1 }}>Careers · Terminals · Software</Text>
            <Input.Search id="qp-search" placeholder="Search jobs" aria-label="Search jobs" style={{ width: 240 }} value={search} onChange={(e) => setSearch(e.target.value)} />
          </Layout.Header>
          <Layout.Content style={{ maxWidth: 800, margin: '28px auto', width: '100%', padding: '0 16px' }}>
            <Text type="secondary">{posting.team} · {posting.where}</Text>
            <Title level={2} style={{ marginTop: 4 }}>{posting.title}</Title>
            <Paragraph>{posting.intro}</Paragraph>
            <div style={{ background: '#fff', padding: 32, borderRadius: 6 }}>
              {sent ? <div id="qp-sent"><Result status="success" title="Thanks — we received your application." /></div> : (
                <Form form={form} name="candidate" layout="vertical" initialValues={{ jobs: [{}] }} onValuesChange={(_, all) => setValues(all)} onFinish={() => setSent(true)} scrollToFirstError>
                  <Divider titlePlacement="start">Contact</Divider>
                  <Row gutter={16}>
                    <Col span={12}><Form.Item label="First name" name="firstName" rules={[{ required: true, message: 'Please enter your first name' }]}><Input /></Form.Item></Col>
                    <Col span={12}><Form.Item label="Last name" name="lastName" rules={[{ required: true, message: 'Please enter your last name' }]}><Input /></Form.Item></Col>
                  </Row>
                  <Row gutter={16}>
                    <Col span={12}><Form.Item label="Email" name="email" rules={[{ required: true, type: 'email', message: 'Please enter a valid email' }]}><Input /></Form.Item></Col>
                    <Col span={12}><Form.Item label="Phone" name="phone" rules={[{ required: true, message: 'Please enter your phone number' }]}><Input placeholder="(415) 555-0123" /></Form.Item></Col>
                  </Row>
                  <Form.Item label="Street address" name="street"><Input /></Form.Item>
                  <Row gutter={16}>
                    <Col span={10}><Form.Item label="City" name="city"><Input /></Form.Item></Col>
                    <Col span={8}><Form.Item label="State" name="state"><Select showSearch={{ optionFilterProp: 'label' }} options={STATES} {...select()} /></Form.Item></Col>
                    <Col span={6}><Form.Item label="ZIP code" name="zip"><Input /></Form.Item></Col>
                  </Row>
                  <Form.Item label="LinkedIn profile" name="linkedin"><Input placeholder="https://www.linkedin.com/in/…" /></Form.Item>

                  <Divider titlePlacement="start">Work history</Divider>
                  <Paragraph type="secondary">List your current or most recent position first.</Paragraph>
                  <Form.List name="jobs">
                    {(fields, { add, remove }) => (
                      <>
                        {fields.map(({ key, name }, index) => (
                          <div key={key} className="qp-job" style={{ border: '1px solid #e4e8ee', borderRadius: 6, padding: '12px 16px 0', marginBottom: 12 }}>
                            <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                              <Text strong>Position {index + 1}</Text>
                              {fields.length > 1 && <Button type="link" danger onClick={() => remove(name)}>Remove</Button>}
                            </Space>
                            <Row gutter={16}>
                              <Col span={12}><Form.Item label="Company" name={[name, 'company']}><Input /></Form.Item></Col>
                              <Col span={12}><Form.Item label="Job title" name={[name, 'title']}><Input /></Form.Item></Col>
                            </Row>
                            <Row gutter={16} align="bottom">
                              <Col span={8}><Form.Item label="From" name={[name, 'from']}><DatePicker picker="month" format="MMM YYYY" style={{ width: '100%' }} /></Form.Item></Col>
                              <Col span={8}>
                                <Form.Item noStyle shouldUpdate>
                                  {() => (
                                    <Form.Item label="To" name={[name, 'to']}>
                                      <DatePicker picker="month" format="MMM YYYY" style={{ width: '100%' }} disabled={!!form.getFieldValue(['jobs', name, 'current'])} />
                                    </Form.Item>
                                  )}
                                </Form.Item>
                              </Col>
                              <Col span={8}><Form.Item name={[name, 'current']} valuePropName="checked"><Checkbox>I currently work here</Checkbox></Form.Item></Col>
                            </Row>
                          </div>
                        ))}
                        <Button type="dashed" block onClick={() => add()} id="qp-add-job">+ Add another position</Button>
                      </>
                    )}
                  </Form.List>
                  <Row gutter={16} style={{ marginTop: 16 }}>
                    <Col span={12}><Form.Item label={posting.yearsLabel} name="years" rules={[{ required: true, message: 'Required' }]}><InputNumber min={0} max={50} addonAfter="years" style={{ width: '100%' }} /></Form.Item></Col>
                  </Row>

                  <Divider titlePlacement="start">Education</Divider>
                  <Row gutter={16}>
                    <Col span={14}><Form.Item label="School" name="school"><Select showSearch={{ optionFilterProp: 'label' }} options={SCHOOLS} {...select('Search for your school')} /></Form.Item></Col>
                    <Col span={10}><Form.Item label="Highest degree" name="degree"><Select options={DEGREES} {...select()} /></Form.Item></Col>
                  </Row>

                  <Divider titlePlacement="start">Eligibility</Divider>
                  <Form.Item label="Are you legally authorized to work in the United States?" name="authorized" rules={[{ required: true, message: 'Required' }]}>
                    <Radio.Group options={[{ value: 'Y', label: 'Yes' }, { value: 'N', label: 'No' }]} />
                  </Form.Item>
                  <Form.Item label="Which of these best describes your status?" name="status" extra="Optional. Used only to plan any paperwork.">
                    <Select options={STATUS} {...select()} />
                  </Form.Item>
                  <Form.Item label="Will you now or in the future require visa sponsorship?" name="sponsorship" rules={[{ required: true, message: 'Required' }]}>
                    <Radio.Group options={[{ value: 'Y', label: 'Yes' }, { value: 'N', label: 'No' }]} />
                  </Form.Item>
                  <Row gutter={16}>
                    <Col span={12}>
                      <Form.Item label="Desired base salary (in thousands of USD)" name="salaryK" extra="For example, 120 for $120,000">
                        <InputNumber min={0} max={999} prefix="$" addonAfter="K / year" style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={12}><Form.Item label="Earliest start date" name="startDate"><DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" style={{ width: '100%' }} /></Form.Item></Col>
                  </Row>
                  {posting.questions.map((q) => (
                    <Form.Item key={q.key} label={q.label} name={q.key} extra={q.help}>
                      {q.type === 'radio' ? <Radio.Group options={q.options} /> : q.type === 'select' ? <Select options={q.options.map((v) => ({ value: v, label: v }))} {...select()} /> : <Input.TextArea rows={3} />}
                    </Form.Item>
                  ))}

                  <Divider titlePlacement="start">Documents</Divider>
                  <Form.Item label="Resume" name="resume" valuePropName="fileList" getValueFromEvent={normFile} rules={[{ required: true, message: 'Please attach your resume' }]}>
                    <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx"><Button>Select file</Button></Upload>
                  </Form.Item>
                  <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} showCount maxLength={3000} /></Form.Item>
                  <Form.Item label="Were you referred by a Quenby employee?" name="referred"><Radio.Group options={['Yes', 'No']} /></Form.Item>
                  <Form.Item label="Referrer’s name" name="referrer"><Input /></Form.Item>
                  <Form.Item label="How did you hear about this job?" name="heard"><Select options={HEARD} {...select()} /></Form.Item>

                  <Divider titlePlacement="start">Voluntary self-identification</Divider>
                  <Row gutter={16}>
                    <Col span={8}><Form.Item label="Gender" name="gender"><Select options={GENDER} {...select()} /></Form.Item></Col>
                    <Col span={8}><Form.Item label="Race / ethnicity" name="race"><Select options={RACE} {...select()} /></Form.Item></Col>
                    <Col span={8}><Form.Item label="Veteran status" name="veteran"><Select options={VETERAN} {...select()} /></Form.Item></Col>
                  </Row>
                  <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept to continue'))) }]}>
                    <Checkbox>I certify the information above is accurate and agree to the Quenby candidate privacy policy.</Checkbox>
                  </Form.Item>
                  <Button type="primary" htmlType="submit" size="large" id="qp-submit">Submit application</Button>
                </Form>
              )}
            </div>
            <div style={{ margin: '24px 0', display: 'flex', gap: 8, alignItems: 'center' }}>
              <label htmlFor="qp-news">Port tech newsletter</label>
              <Input id="qp-news" placeholder="Email" style={{ width: 240 }} value={news} onChange={(e) => setNews(e.target.value)} />
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
