/**
 * Quintara Payments careers page (React + antd 6 Form name="apply"). Documents are antd Upload
 * components with beforeUpload returning false (no server): the résumé and the cover letter are
 * Upload.Dragger zones ("Click or drag file to this area to upload"), supporting documents a
 * multiple Upload button; rc-upload re-creates its hidden input after each pick, so the upload
 * list is the state. The phone has a dial-code Select preset to Singapore, the country Select is
 * preset to Singapore too (the company's home market). The talent-pool card beside the form has a
 * Dragger of its own and is not the application. Values go into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Card, Checkbox, ConfigProvider, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Upload } from 'antd';

const POSTING = {
  "coverAsFile": false,
  "docsLabel": "Portfolio or work samples (optional)",
  "whyLabel": "What interests you about double-entry ledgers?",
  "questions": [
    {
      "kind": "radio",
      "name": "needsVisa",
      "label": "Do you require visa sponsorship to work in the US, now or in the future?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "kind": "radio",
      "name": "anyEmployer",
      "label": "Are you authorised to work in the US for any employer?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "kind": "select",
      "name": "experienceBand",
      "label": "Years of analytics or data engineering experience",
      "options": [
        "Under 3",
        "3 to 5",
        "6 to 8",
        "9 or more"
      ],
      "required": true
    },
    {
      "kind": "text",
      "name": "currentTitle",
      "label": "Current job title"
    },
    {
      "kind": "radio",
      "name": "monthEndOnCall",
      "label": "Are you comfortable being on call for month-end close (one week per quarter)?",
      "options": [
        "Yes",
        "No"
      ]
    }
  ]
};

const { Dragger } = Upload;
const COUNTRIES = ['Australia', 'Canada', 'Hong Kong', 'India', 'Indonesia', 'Malaysia', 'Philippines', 'Singapore', 'United Kingdom', 'United States', 'United States Minor Outlying Islands', 'Vietnam'].map((c) => ({ value: c, label: c }));
const DIAL = [
  { value: '+65', label: '+65 (SG)' },
  { value: '+60', label: '+60 (MY)' },
  { value: '+852', label: '+852 (HK)' },
  { value: '+91', label: '+91 (IN)' },
  { value: '+44', label: '+44 (UK)' },
  { value: '+1 CA', label: '+1 (CA)' },
  { value: '+1 US', label: '+1 (US)' },
];
const SOURCES = ['LinkedIn', 'eFinancialCareers', 'Quintara website', 'Friend or colleague', 'Meetup or conference', 'Other'].map((s) => ({ value: s, label: s }));
const yesNo = [{ value: 'Yes', label: 'Yes' }, { value: 'No', label: 'No' }];
const names = (list) => list.map((f) => f.name);

function FileDragger({ className, list, setList, hint, accept }) {
  return (
    <Dragger className={className} fileList={list} maxCount={1} accept={accept} beforeUpload={(file) => { setList([file]); return false; }} onRemove={() => setList([])}>
      <p className="ant-upload-drag-icon">⤒</p>
      <p className="ant-upload-text">Click or drag file to this area to upload</p>
      <p className="ant-upload-hint">{hint}</p>
    </Dragger>
  );
}

function Question({ q }) {
  if (q.kind === 'radio') return <Form.Item label={q.label} name={q.name} rules={q.required ? [{ required: true }] : []}><Radio.Group options={q.options.map((o) => ({ value: o, label: o }))} /></Form.Item>;
  if (q.kind === 'select') return <Form.Item label={q.label} name={q.name} rules={q.required ? [{ required: true }] : []}><Select options={q.options.map((o) => ({ value: o, label: o }))} placeholder="Please select" /></Form.Item>;
  if (q.kind === 'number') return <Form.Item label={q.label} name={q.name}><InputNumber min={0} max={60} addonAfter={q.suffix} /></Form.Item>;
  if (q.kind === 'textarea') return <Form.Item label={q.label} name={q.name} extra={q.extra}><Input.TextArea rows={6} showCount maxLength={3000} placeholder={q.placeholder} /></Form.Item>;
  return <Form.Item label={q.label} name={q.name} extra={q.extra}><Input placeholder={q.placeholder} /></Form.Item>;
}

function Application() {
  const [form] = Form.useForm();
  const [resume, setResume] = useState([]);
  const [cover, setCover] = useState([]);
  const [docs, setDocs] = useState([]);
  const [talent, setTalent] = useState([]);
  const [talentEmail, setTalentEmail] = useState('');
  const [done, setDone] = useState(false);
  const values = Form.useWatch([], form) ?? {};
  const model = {
    ...values,
    startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
    resume: resume[0]?.name ?? null,
    ...(POSTING.coverAsFile ? { coverLetter: cover[0]?.name ?? null } : {}),
    documents: names(docs),
    talentPool: { email: talentEmail, resume: talent[0]?.name ?? null },
  };
  if (done) return <div id="qp-done"><h2>Thank you for applying to Quintara.</h2></div>;
  return (
    <div className="qp-layout">
      <Form form={form} name="apply" layout="vertical" requiredMark onFinish={() => setDone(true)}
        initialValues={{ dialCode: '+65', country: 'Singapore', agreement: false }}>
        <Form.Item label="Resume / CV" required className="qp-resume" extra="PDF, DOC or DOCX, max 5 MB">
          <FileDragger className="qp-resume-dragger" list={resume} setList={setResume} accept=".pdf,.doc,.docx" hint="Your résumé will be shared with the hiring team only." />
        </Form.Item>
        <Space.Compact block>
          <Form.Item label="First name" name="firstName" rules={[{ required: true }]} style={{ flex: 1 }}><Input /></Form.Item>
          <Form.Item label="Last name" name="lastName" rules={[{ required: true }]} style={{ flex: 1 }}><Input /></Form.Item>
        </Space.Compact>
        <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
        <Form.Item label="Mobile number" required>
          <Space.Compact block>
            <Form.Item name="dialCode" noStyle><Select className="qp-dial" style={{ width: 120 }} options={DIAL} aria-label="Country calling code" /></Form.Item>
            <Form.Item name="phone" noStyle><Input id="apply_phone" placeholder="8123 4567" /></Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item label="Country of residence" name="country"><Select showSearch optionFilterProp="label" options={COUNTRIES} /></Form.Item>
        <Form.Item label="City" name="city"><Input /></Form.Item>
        <Form.Item label="LinkedIn profile" name="linkedin"><Input addonBefore="https://" /></Form.Item>
        <Form.Item label="GitHub" name="github"><Input placeholder="https://github.com/username" /></Form.Item>
        {POSTING.questions.map((q) => <Question key={q.name} q={q} />)}
        <Form.Item label="Expected annual base salary" name="salary">
          <InputNumber style={{ width: 260 }} min={0} addonAfter="USD / year" formatter={(v) => `$ ${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v?.replace(/\$\s?|(,*)/g, '')} />
        </Form.Item>
        <Form.Item label="Earliest start date" name="startDate"><DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" /></Form.Item>
        {POSTING.coverAsFile ? (
          <Form.Item label="Cover letter" className="qp-cover" extra="PDF, DOC, DOCX or TXT">
            <FileDragger className="qp-cover-dragger" list={cover} setList={setCover} accept=".pdf,.doc,.docx,.txt" hint="Optional, but we read every one." />
          </Form.Item>
        ) : (
          <Form.Item label="Cover letter (optional)" name="coverLetter"><Input.TextArea rows={6} showCount maxLength={4000} placeholder="Paste your cover letter" /></Form.Item>
        )}
        <Form.Item label={POSTING.docsLabel} className="qp-docs">
          <Upload multiple fileList={docs} beforeUpload={(file) => { setDocs((l) => [...l, file]); return false; }} onRemove={(file) => setDocs((l) => l.filter((f) => f.uid !== file.uid))}>
            <Button>Upload files</Button>
          </Upload>
        </Form.Item>
        <Form.Item label={POSTING.whyLabel} name="why" required><Input.TextArea rows={4} /></Form.Item>
        <Form.Item label="How did you hear about this role?" name="source"><Select options={SOURCES} placeholder="Please select" /></Form.Item>
        <Form.Item name="agreement" valuePropName="checked">
          <Checkbox>I have read Quintara's Candidate Privacy Statement and agree to the processing of my data.</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" id="qp-submit">Submit application</Button>
      </Form>
      <Card className="qp-talent" title="Not the right fit?">
        <p>Join the Quintara talent pool and we'll reach out when a matching role opens.</p>
        <Input id="tp-email" placeholder="Email address" value={talentEmail} onChange={(e) => setTalentEmail(e.target.value)} />
        <div style={{ marginTop: 10 }}>
          <FileDragger className="qp-talent-dragger" list={talent} setList={setTalent} accept=".pdf,.doc,.docx" hint="Drop your CV to join the talent pool" />
        </div>
        <Button style={{ marginTop: 10 }}>Join talent pool</Button>
      </Card>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <ConfigProvider theme={{ token: { colorPrimary: '#5b3cc4' } }}>
    <Application />
  </ConfigProvider>,
);
