/*
 * Tallowmere Foods (a Minneapolis food distributor) careers site: React 19 + antd 6. One
 * `Form name="tm"` split over antd Steps (only the active step's items mounted; the form keeps the
 * values of unmounted items): "Contact", "Experience", "Eligibility", "Review". Dial-code Select in
 * a Space.Compact before the phone, AutoComplete "Where are you based?", "github.com/" addon,
 * button-style Radio.Group "currently employed?" whose follow-ups are Form.Items with `hidden`,
 * Segmented year ranges, Form.List education with "Add another school", Upload (beforeUpload
 * false), DatePicker MM/DD/YYYY, InputNumber with "$" and thousands separators, a sponsorship
 * Radio.Group whose "Yes" mounts a visa Select (shouldUpdate), a referral Switch that mounts the
 * referrer's name, EEO, talent community. The review step shows antd Descriptions.
 * Postings pass the job text and their own questions. State goes to <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AutoComplete, Button, Card, Checkbox, ConfigProvider, DatePicker, Descriptions, Divider, Form, Input, InputNumber, Layout, Radio,
  Result, Segmented, Select, Space, Steps, Switch, Typography, Upload,
} from 'antd';

const { Header, Content } = Layout;
const PLACES = ['Minneapolis, MN', 'St. Paul, MN', 'Bloomington, MN', 'Chicago, IL', 'Madison, WI', 'San Antonio, TX', 'San Diego, CA', 'San Francisco, CA', 'South San Francisco, CA', 'San Jose, CA', 'Denver, CO', 'Des Moines, IA'];
const DIALS = [{ value: '+1', label: '+1 (US/CA)' }, { value: '+44', label: '+44 (UK)' }, { value: '+52', label: '+52 (MX)' }, { value: '+91', label: '+91 (IN)' }];
const DEGREES = ['High school / GED', 'Associate (AA/AS)', "Bachelor's (BA/BS)", "Master's (MA/MS/MBA)", 'Doctorate', 'Certificate or bootcamp'].map((v) => ({ value: v, label: v }));
const NOTICE = ['None — I can start right away', '1 week', '2 weeks', '3–4 weeks', 'More than a month'].map((v) => ({ value: v, label: v }));
const AUTH = ['Yes — I can work for any US employer', 'Yes — but only for my current sponsoring employer', 'No'].map((v) => ({ value: v, label: v }));
const VISAS = ['H-1B', 'F-1 OPT / STEM OPT', 'TN', 'E-3', 'Other'].map((v) => ({ value: v, label: v }));
const GENDER = ['Female', 'Male', 'Non-binary', 'I prefer not to say'].map((v) => ({ value: v, label: v }));
const STEP_FIELDS = [['firstName', 'lastName', 'email'], [], ['workAuth', 'sponsorship', 'consent']];
const addCommas = (v) => `${v ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function modelOf(values) {
  const out = { ...values };
  if (out.startDate && out.startDate.format) out.startDate = out.startDate.format('YYYY-MM-DD');
  if (Array.isArray(out.resume)) out.resume = out.resume.map((f) => f.name);
  return out;
}

function App({ posting }) {
  const [form] = Form.useForm();
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const initial = {
    dialCode: '+1', employed: null, years: null, education: [{ school: '', degree: null, graduated: false, gradYear: null }], resume: [],
    referred: false, talent: false, consent: false, relocate: null, notice: null, gender: null, veteran: null,
    questions: Object.fromEntries(posting.questions.map((q) => [q.key, null])),
  };
  const [model, setModel] = useState(modelOf(initial));
  const sync = () => setModel(modelOf(form.getFieldsValue(true)));
  useEffect(() => { document.getElementById('model').textContent = JSON.stringify(model, null, 2); }, [model]);
  const next = async () => {
    try { await form.validateFields(STEP_FIELDS[step] || []); setStep(step + 1); window.scrollTo(0, 0); } catch { /* errors shown */ }
  };
  const submit = () => setDone(true);
  const v = form.getFieldsValue(true);
  const question = (q) => (
    <Form.Item key={q.key} name={['questions', q.key]} label={q.label}>
      {q.kind === 'radio' ? <Radio.Group options={q.options} /> : q.kind === 'select' ? <Select placeholder="Select an answer" options={q.options.map((o) => ({ value: o, label: o }))} allowClear />
        : q.kind === 'multi' ? <Checkbox.Group options={q.options} /> : <Input.TextArea rows={3} />}
    </Form.Item>
  );
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#1f6f50' } }}>
      <Layout style={{ minHeight: '100vh', background: '#f5f3ee' }}>
        <Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#103b2c' }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 18, flex: 1 }}>Tallowmere Foods · Careers</Typography.Text>
          <Input.Search id="tm-jobsearch" placeholder="Search roles" style={{ width: 260 }} aria-label="Search roles" />
        </Header>
        <Content style={{ maxWidth: 820, margin: '0 auto', padding: 24, width: '100%' }}>
          <Typography.Text type="secondary">{posting.team}</Typography.Text>
          <Typography.Title level={2} style={{ marginTop: 4 }}>{posting.title}</Typography.Title>
          <Typography.Paragraph>{posting.where}</Typography.Paragraph>
          <Typography.Paragraph>{posting.intro}</Typography.Paragraph>
          <Card>
            {done ? <div id="tm-done"><Result status="success" title="Application received" subTitle={`Thank you. We'll be in touch about ${posting.title} within two weeks.`} /></div> : (
            <>
            <Steps current={step} style={{ marginBottom: 24 }} items={[{ title: 'Contact' }, { title: 'Experience' }, { title: 'Eligibility' }, { title: 'Review' }]} />
            <Form form={form} name="tm" layout="vertical" initialValues={initial} onValuesChange={sync} onFinish={submit} requiredMark="optional">
              {step === 0 && (<>
                <Space.Compact block style={{ gap: 16 }}>
                  <Form.Item name="firstName" label="First name" rules={[{ required: true }]} style={{ flex: 1 }}><Input /></Form.Item>
                  <Form.Item name="lastName" label="Last name" rules={[{ required: true }]} style={{ flex: 1 }}><Input /></Form.Item>
                </Space.Compact>
                <Form.Item name="email" label="Email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
                <Form.Item label="Phone number" required={false}>
                  <Space.Compact block>
                    <Form.Item name="dialCode" noStyle><Select options={DIALS} style={{ width: 130 }} aria-label="Country code" /></Form.Item>
                    <Form.Item name="phone" noStyle><Input style={{ width: '100%' }} /></Form.Item>
                  </Space.Compact>
                </Form.Item>
                <Form.Item name="location" label="Where are you based?" extra="City and state">
                  <AutoComplete options={PLACES.map((p) => ({ value: p }))} filterOption={(input, o) => o.value.toLowerCase().includes(input.toLowerCase())} />
                </Form.Item>
                <Form.Item name="relocate" label="Would you relocate to the Minneapolis–St. Paul area for this role?">
                  <Radio.Group options={['Yes', 'No', 'Open to discussing']} />
                </Form.Item>
                <Form.Item name="linkedin" label="LinkedIn"><Input placeholder="https://linkedin.com/in/your-name" /></Form.Item>
                <Form.Item name="github" label="GitHub"><Input addonBefore="github.com/" placeholder="username" /></Form.Item>
              </>)}
              {step === 1 && (<>
                <Form.Item name="employed" label="Are you currently employed?">
                  <Radio.Group optionType="button" buttonStyle="solid" options={['Yes', 'No']} />
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.employed !== b.employed}>
                  {({ getFieldValue }) => (<>
                    <Form.Item name="employer" label="Current employer" hidden={getFieldValue('employed') !== 'Yes'}><Input /></Form.Item>
                    <Form.Item name="jobTitle" label="Current job title" hidden={getFieldValue('employed') !== 'Yes'}><Input /></Form.Item>
                    <Form.Item name="notice" label="How much notice do you need to give?" hidden={getFieldValue('employed') !== 'Yes'}><Select options={NOTICE} placeholder="Select" /></Form.Item>
                  </>)}
                </Form.Item>
                <Form.Item name="years" label="Years of experience in data engineering or analytics engineering">
                  <Segmented options={['0–2', '3–4', '5–6', '7–9', '10+']} />
                </Form.Item>
                <Divider titlePlacement="start">Education</Divider>
                <Form.List name="education">
                  {(fields, { add, remove }) => (<>
                    {fields.map(({ key, name }) => (
                      <Card key={key} size="small" type="inner" title={`School ${name + 1}`} style={{ marginBottom: 12 }} extra={fields.length > 1 ? <a onClick={() => remove(name)}>Remove</a> : null}>
                        <Form.Item name={[name, 'school']} label="School"><Input /></Form.Item>
                        <Space.Compact block style={{ gap: 16 }}>
                          <Form.Item name={[name, 'degree']} label="Degree" style={{ flex: 2 }}><Select options={DEGREES} placeholder="Select a degree" /></Form.Item>
                          <Form.Item name={[name, 'gradYear']} label="Year finished" style={{ flex: 1 }}><InputNumber min={1960} max={2030} style={{ width: '100%' }} /></Form.Item>
                        </Space.Compact>
                        <Form.Item name={[name, 'graduated']} valuePropName="checked"><Checkbox>I completed this degree</Checkbox></Form.Item>
                      </Card>
                    ))}
                    <Button id="tm-add-school" type="dashed" block onClick={() => add({ school: '', degree: null, graduated: false, gradYear: null })}>+ Add another school</Button>
                  </>)}
                </Form.List>
                <Divider />
                <Form.Item name="resume" label="Resume" valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)}>
                  <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx"><Button>Select file</Button></Upload>
                </Form.Item>
                <Form.Item name="coverLetter" label="Cover letter" extra="Optional. Paste it here.">
                  <Input.TextArea rows={5} />
                </Form.Item>
              </>)}
              {step === 2 && (<>
                <Form.Item name="workAuth" label="Are you legally authorized to work in the United States?" rules={[{ required: true, message: 'Please choose an answer' }]}>
                  <Select options={AUTH} placeholder="Select" />
                </Form.Item>
                <Form.Item name="sponsorship" label="Will you require visa sponsorship now or in the future?" rules={[{ required: true, message: 'Please choose an answer' }]}>
                  <Radio.Group options={['Yes', 'No']} />
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.sponsorship !== b.sponsorship}>
                  {({ getFieldValue }) => getFieldValue('sponsorship') === 'Yes' ? (
                    <Form.Item name="visaType" label="Which visa type?"><Select options={VISAS} placeholder="Select" /></Form.Item>
                  ) : null}
                </Form.Item>
                <Space.Compact block style={{ gap: 16 }}>
                  <Form.Item name="startDate" label="Available to start" style={{ flex: 1 }}><DatePicker format="MM/DD/YYYY" style={{ width: '100%' }} /></Form.Item>
                  <Form.Item name="salary" label="Expected base salary (per year)" style={{ flex: 1 }}>
                    <InputNumber prefix="$" min={0} step={1000} style={{ width: '100%' }} formatter={addCommas} parser={(x) => `${x}`.replace(/[^\d]/g, '')} />
                  </Form.Item>
                </Space.Compact>
                {posting.questions.map(question)}
                <Form.Item name="referred" label="Were you referred by a Tallowmere employee?" valuePropName="checked"><Switch /></Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.referred !== b.referred}>
                  {({ getFieldValue }) => getFieldValue('referred') ? <Form.Item name="referrer" label="Employee's name"><Input /></Form.Item> : null}
                </Form.Item>
                <Divider titlePlacement="start">Voluntary self-identification</Divider>
                <Form.Item name="gender" label="Gender"><Select options={GENDER} placeholder="Select" allowClear /></Form.Item>
                <Form.Item name="veteran" label="Are you a protected veteran?"><Radio.Group options={['Yes', 'No', 'I prefer not to say']} /></Form.Item>
                <Form.Item name="talent" valuePropName="checked"><Checkbox>Keep me in the Tallowmere talent community for future openings</Checkbox></Form.Item>
                <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, val) => (val ? Promise.resolve() : Promise.reject(new Error('Required'))) }]}>
                  <Checkbox>I certify that the information I have given is true and complete.</Checkbox>
                </Form.Item>
              </>)}
              {step === 3 && (
                <Descriptions id="tm-review" bordered column={1} size="small" title="Please review your application" items={[
                  { key: 'n', label: 'Name', children: `${v.firstName || ''} ${v.lastName || ''}` },
                  { key: 'e', label: 'Email', children: v.email },
                  { key: 'p', label: 'Phone', children: `${v.dialCode || ''} ${v.phone || ''}` },
                  { key: 'l', label: 'Location', children: v.location },
                  { key: 'c', label: 'Current role', children: v.employed === 'Yes' ? `${v.jobTitle || ''}, ${v.employer || ''}` : v.employed },
                  { key: 'y', label: 'Experience', children: v.years ? `${v.years} years` : '' },
                  { key: 's', label: 'Education', children: (v.education || []).map((e) => [e.degree, e.school].filter(Boolean).join(', ')).join('; ') },
                  { key: 'r', label: 'Resume', children: (v.resume || []).map((f) => f.name).join(', ') },
                  { key: 'a', label: 'Work authorization', children: v.workAuth },
                  { key: 'd', label: 'Start', children: v.startDate ? v.startDate.format('MM/DD/YYYY') : '' },
                  { key: 'm', label: 'Salary', children: v.salary ? `$${addCommas(v.salary)}` : '' },
                ]} />
              )}
              <Space style={{ marginTop: 24, display: 'flex', justifyContent: 'space-between' }}>
                <Button disabled={step === 0} onClick={() => setStep(step - 1)}>Back</Button>
                {step < 3 ? <Button key="next" id="tm-next" type="primary" onClick={next}>Next</Button> : <Button key="submit" id="tm-submit" type="primary" htmlType="submit">Submit application</Button>}
              </Space>
            </Form>
            </>)}
          </Card>
        </Content>
      </Layout>
    </ConfigProvider>
  );
}

export function renderPosting(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
