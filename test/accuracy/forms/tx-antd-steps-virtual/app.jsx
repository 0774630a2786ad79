/**
 * Tollbridge Freight's job page on antd 6: a three-step Steps bar over one Form (name "apply": ids
 * "apply_<field>"; only the current step's items are mounted, values are preserved), a phone in
 * Space.Compact with a searchable calling-code Select over every country (antd's virtual list: only
 * the visible rows exist), a searchable country Select (virtual), an AutoComplete city, a degree
 * Select whose options are grouped (Secondary / Undergraduate / Graduate), a multiple Select of
 * languages and a tags Select of skills (left alone), a month DatePicker ("MMMM YYYY"), a salary
 * InputNumber with a "$" prefix and thousands formatter plus "per year" addon, Radio.Groups, a
 * Checkbox.Group of work arrangements, a react-dropzone resume styled as antd's dragger, and a TextArea
 * cover letter. The form values are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AutoComplete, Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Steps, Typography } from 'antd';
import { useDropzone } from 'react-dropzone';
import countries from 'world-countries';

const ALL = countries.map((c) => ({ cca2: c.cca2, name: c.name.common, flag: c.flag,
  code: c.idd.root ? (c.idd.suffixes?.length === 1 ? c.idd.root + c.idd.suffixes[0] : c.idd.root) : '' }))
  .sort((a, b) => a.name.localeCompare(b.name));
const CODE_OPTIONS = ALL.filter((c) => c.code).map((c) => ({ value: c.cca2, label: `${c.flag} ${c.code}`, search: `${c.flag} ${c.code} ${c.name}` }));
const COUNTRY_OPTIONS = ALL.map((c) => ({ value: c.cca2, label: c.name }));
const CITIES = ['San Antonio, TX', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Santa Fe, NM', 'South San Francisco, CA', 'Chicago, IL', 'Columbus, OH', 'Memphis, TN'];
const DEGREES = [
  { label: 'Secondary', options: [{ value: 'hs', label: 'High school or equivalent' }] },
  { label: 'Undergraduate', options: [{ value: 'aa', label: 'Associate' }, { value: 'ba', label: 'Bachelor' }] },
  { label: 'Graduate', options: [{ value: 'ms', label: 'Master' }, { value: 'mba', label: 'MBA' }, { value: 'phd', label: 'PhD' }] },
];
const STEP_FIELDS = [
  ['firstName', 'lastName', 'email', 'callingCode', 'phone', 'country', 'city'],
  ['employer', 'title', 'years', 'degree', 'school', 'languages', 'skills'],
  ['startMonth', 'salary', 'authorized', 'sponsorship', 'arrangements', 'resume', 'coverLetter', 'consent'],
];

function ResumeDrop({ value, onChange }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ multiple: false,
    accept: { 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] },
    onDrop: (files) => onChange(files[0] ? [files[0].name] : []) });
  return (
    <div data-field="resume" {...getRootProps({ className: 'ant-upload-wrapper' })}>
      <div className="ant-upload ant-upload-drag" style={{ padding: 16, textAlign: 'center', borderColor: isDragActive ? '#1677ff' : undefined }}>
        <input {...getInputProps({ id: 'apply_resume' })} />
        <p>{value?.length ? value[0] : 'Click or drag your resume to this area'}</p><p style={{ color: '#888' }}>PDF, DOC or DOCX</p>
      </div>
    </div>
  );
}

function Model({ form }) {
  const all = Form.useWatch((values) => values, { form, preserve: true }) ?? {};
  const model = { languages: [], skills: [], arrangements: [], resume: [], ...all, startMonth: all.startMonth ? all.startMonth.format('YYYY-MM') : null };
  return <pre id="model">{JSON.stringify(model, null, 2)}</pre>;
}

function Application() {
  const [form] = Form.useForm();
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [citySearch, setCitySearch] = useState('');
  if (done) return <Typography.Title id="done" level={3}>Application submitted. Thanks for applying!</Typography.Title>;
  return (
    <>
      <Typography.Title level={2}>Data Engineer II, Marketplace</Typography.Title>
      <Typography.Paragraph type="secondary">Chicago, IL · Hybrid · Full-time</Typography.Paragraph>
      <Steps current={step} items={[{ title: 'About you' }, { title: 'Background' }, { title: 'Final details' }]} style={{ marginBottom: 28 }} />
      <Form form={form} name="apply" layout="vertical" initialValues={{ languages: [], skills: [], arrangements: [], resume: [] }}
        onFinish={() => { if (form.getFieldValue('consent')) setDone(true); }}>
        {step === 0 && (
          <>
            <Space size={16} style={{ display: 'flex' }}>
              <Form.Item name="firstName" label="First name" rules={[{ required: true }]}><Input /></Form.Item>
              <Form.Item name="lastName" label="Last name" rules={[{ required: true }]}><Input /></Form.Item>
            </Space>
            <Form.Item name="email" label="Email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
            <Form.Item label="Phone" required>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item name="callingCode" noStyle>
                  <Select showSearch={{ optionFilterProp: 'search' }} placeholder="Code" options={CODE_OPTIONS} style={{ width: 130 }} aria-label="Country calling code" />
                </Form.Item>
                <Form.Item name="phone" noStyle><Input placeholder="Phone number" /></Form.Item>
              </Space.Compact>
            </Form.Item>
            <Form.Item name="country" label="Country" extra="Where you live today">
              <Select showSearch={{ optionFilterProp: 'label' }} placeholder="Select a country" options={COUNTRY_OPTIONS} />
            </Form.Item>
            <Form.Item name="city" label="City">
              <AutoComplete options={CITIES.filter((c) => citySearch.length > 1 && c.toLowerCase().includes(citySearch.toLowerCase())).map((c) => ({ value: c }))}
                onSearch={setCitySearch} placeholder="e.g. Chicago, IL" />
            </Form.Item>
          </>
        )}
        {step === 1 && (
          <>
            <Form.Item name="employer" label="Current or most recent employer"><Input /></Form.Item>
            <Form.Item name="title" label="Current or most recent job title"><Input /></Form.Item>
            <Form.Item name="years" label="Years of experience in data engineering or a related field"><InputNumber min={0} max={50} style={{ width: 160 }} /></Form.Item>
            <Form.Item name="degree" label="Highest level of education completed"><Select placeholder="Select" options={DEGREES} /></Form.Item>
            <Form.Item name="school" label="School / university"><Input /></Form.Item>
            <Form.Item name="languages" label="Languages spoken"><Select mode="multiple" placeholder="Select languages" options={['English', 'Spanish', 'Polish', 'Ukrainian', 'Mandarin', 'Hindi'].map((l) => ({ value: l }))} /></Form.Item>
            <Form.Item name="skills" label="Key skills" extra="Type a skill and press Enter"><Select mode="tags" placeholder="e.g. Spark, Airflow" options={['Python', 'SQL', 'Spark', 'Kafka', 'Airflow', 'dbt'].map((s) => ({ value: s }))} /></Form.Item>
          </>
        )}
        {step === 2 && (
          <>
            <Form.Item name="startMonth" label="When could you start?" extra="Pick a month">
              <DatePicker picker="month" format="MMMM YYYY" placeholder="Select month" />
            </Form.Item>
            <Form.Item name="salary" label="Expected base salary">
              <InputNumber prefix="$" addonAfter="per year" style={{ width: 260 }} formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}
                parser={(v) => (v ?? '').replace(/[$,\s]/g, '')} />
            </Form.Item>
            <Form.Item name="authorized" label="Are you legally eligible to work in the United States?">
              <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
            </Form.Item>
            <Form.Item name="sponsorship" label="Do you now, or will you in the future, need visa sponsorship to work for Tollbridge?">
              <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
            </Form.Item>
            <Form.Item name="arrangements" label="Which work arrangements would you accept?">
              <Checkbox.Group options={[{ value: 'onsite', label: 'On-site' }, { value: 'hybrid', label: 'Hybrid (3 days in Chicago)' }, { value: 'remote', label: 'Remote' }]} />
            </Form.Item>
            <Form.Item name="resume" label="Resume" rules={[{ required: true }]}><ResumeDrop /></Form.Item>
            <Form.Item name="coverLetter" label="Cover letter (optional)"><Input.TextArea rows={5} showCount maxLength={4000} /></Form.Item>
            <Form.Item name="consent" valuePropName="checked"><Checkbox>I agree to Tollbridge's candidate privacy policy.</Checkbox></Form.Item>
          </>
        )}
        <Space>
          {step > 0 && <Button id="tb-back" onClick={() => setStep(step - 1)}>Back</Button>}
          {step < 2 && <Button id={`tb-next-${step + 1}`} type="primary" onClick={() => form.validateFields(STEP_FIELDS[step]).then(() => setStep(step + 1)).catch(() => {})}>Next</Button>}
          {step === 2 && <Button id="tb-submit" type="primary" htmlType="submit">Submit application</Button>}
        </Space>
      </Form>
      <Model form={form} />
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
