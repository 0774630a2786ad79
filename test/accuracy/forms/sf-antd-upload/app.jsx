/**
 * An antd 6 application form of a self-built careers site: Upload.Dragger for the resume, a plain
 * Upload button for the cover letter and another for the transcript (both `beforeUpload` false, so
 * antd keeps the files in its list and empties its input), the phone as a Space.Compact of a
 * dial-code Select, the number and an "Ext." box, "https://" before the website as a Space.Addon,
 * the salary as an InputNumber with a "$" prefix and a "k" addon in thousands, a currency Select and
 * a pay-period Radio.Group, the availability as a month DatePicker (MM/YYYY), a ZIP box with
 * maxLength and showCount names. Form values are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Upload } from 'antd';

const DIALS = [
  { value: 'CN', label: 'CN +86' },
  { value: 'DE', label: 'DE +49' },
  { value: 'GB', label: 'GB +44' },
  { value: 'IN', label: 'IN +91' },
  { value: 'CA', label: 'CA +1' },
  { value: 'US', label: 'US +1' },
];
const CURRENCIES = ['CNY', 'EUR', 'GBP', 'USD'].map((code) => ({ value: code, label: code }));
const INITIAL = {
  firstName: '', lastName: '', email: '', phoneCode: undefined, phone: '', phoneExt: '', postalCode: '', website: '',
  availableFrom: null, salaryK: null, currency: undefined, payPeriod: null, sponsorship: null, consent: false,
};
const names = (list) => (list ?? []).map((file) => file.name);

function App() {
  const [form] = Form.useForm();
  const [values, setValues] = useState(INITIAL);
  const [sent, setSent] = useState(false);
  const [resume, setResume] = useState([]);
  const [cover, setCover] = useState([]);
  const [transcript, setTranscript] = useState([]);
  const model = {
    ...values,
    availableFrom: values.availableFrom ? values.availableFrom.format('YYYY-MM') : null,
    resume: names(resume),
    coverLetter: names(cover),
    transcript: names(transcript),
  };
  if (sent) return <div id="sent"><h2>Thanks, your application is in.</h2><pre id="model">{JSON.stringify(model)}</pre></div>;
  const keep = (setter) => ({
    beforeUpload: () => false,
    maxCount: 1,
    onChange: ({ fileList }) => setter(fileList),
  });
  return (
    <Form
      form={form}
      name="apply"
      layout="vertical"
      onValuesChange={(_, all) => setValues({ ...INITIAL, ...all })}
      onFinish={() => { if (resume.length) setSent(true); }}
      initialValues={INITIAL}
    >
      <h2>Senior Data Engineer · Boston, MA (hybrid)</h2>
      <Form.Item label="Resume" required className="resume-item" extra="PDF or DOCX, max 8 MB">
        <Upload.Dragger {...keep(setResume)} fileList={resume} accept=".pdf,.docx" name="resume">
          <p className="ant-upload-text">Click or drag your resume to this area</p>
        </Upload.Dragger>
      </Form.Item>
      <Space.Compact block style={{ gap: 16 }}>
        <Form.Item label="First name" name="firstName" rules={[{ required: true }]} style={{ flex: 1 }}>
          <Input maxLength={35} showCount />
        </Form.Item>
        <Form.Item label="Last name" name="lastName" rules={[{ required: true }]} style={{ flex: 1 }}>
          <Input maxLength={35} showCount />
        </Form.Item>
      </Space.Compact>
      <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="Phone number" required className="phone-item">
        <Space.Compact block>
          <Form.Item name="phoneCode" noStyle rules={[{ required: true }]}>
            <Select options={DIALS} placeholder="Code" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="phone" noStyle rules={[{ required: true }]}>
            <Input style={{ width: '60%' }} />
          </Form.Item>
          <Form.Item name="phoneExt" noStyle>
            <Input placeholder="Ext." style={{ width: 90 }} maxLength={6} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label="ZIP / Postal code" name="postalCode">
        <Input maxLength={5} inputMode="numeric" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="Personal website" className="website-item">
        <Space.Compact block>
          <Space.Addon>https://</Space.Addon>
          <Form.Item name="website" noStyle><Input /></Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label="Cover letter" className="cover-item">
        <Upload {...keep(setCover)} fileList={cover} accept=".pdf,.doc,.docx,.txt" name="coverLetter">
          <Button>Upload cover letter</Button>
        </Upload>
      </Form.Item>
      <Form.Item label="Transcript" className="transcript-item" extra="Only for applicants who graduated in the last two years">
        <Upload {...keep(setTranscript)} fileList={transcript} accept=".pdf" name="transcript">
          <Button>Upload transcript</Button>
        </Upload>
      </Form.Item>
      <Form.Item label="Earliest available month" name="availableFrom" rules={[{ required: true }]}>
        <DatePicker picker="month" format="MM/YYYY" placeholder="MM/YYYY" />
      </Form.Item>
      <Form.Item label="Expected annual base salary" required className="salary-item" extra="In thousands">
        <Space.Compact>
          <Form.Item name="salaryK" noStyle rules={[{ required: true }]}>
            <InputNumber prefix="$" min={0} style={{ width: 160 }} />
          </Form.Item>
          <Space.Addon>k</Space.Addon>
          <Form.Item name="currency" noStyle>
            <Select options={CURRENCIES} placeholder="Currency" style={{ width: 120 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label="Pay period" name="payPeriod">
        <Radio.Group options={['Annually', 'Monthly', 'Hourly'].map((v) => ({ value: v.toLowerCase(), label: v }))} />
      </Form.Item>
      <Form.Item label="Will you require visa sponsorship now or in the future?" name="sponsorship" rules={[{ required: true }]}>
        <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
      </Form.Item>
      <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Required'))) }]}>
        <Checkbox>I consent to Quillmarsh storing my application data for 12 months.</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" id="apply-submit">Submit</Button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
