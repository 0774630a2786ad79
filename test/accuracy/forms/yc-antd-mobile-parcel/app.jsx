/**
 * The mobile (H5) application page of a parcel-delivery company, built with Ant Design Mobile 5
 * (antd-mobile, en-US locale) the way its docs compose a form: Form with horizontal Form.Items
 * (the label is a plain div, not a <label>; inputs have placeholders "Please enter"), an area-code
 * Picker and an education Picker and a DatePicker opened from a clickable Form.Item (trigger
 * onConfirm; the value shows as text, there is no input), a CascadePicker for the current location
 * (country / state / city), a Selector (button grid) for experience, Radio.Groups (hidden native
 * radios), Input with a "USD / yr" extra, a resume picked through a hidden file input behind a
 * Button, a counted TextArea, a referral-code Input, a Switch and a Checkbox. Values go into
 * <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import enUS from 'antd-mobile/es/locales/en-US';
import {
  Button,
  CascadePicker,
  Checkbox,
  ConfigProvider,
  DatePicker,
  Form,
  Input,
  NavBar,
  Picker,
  Radio,
  Result,
  Selector,
  Space,
  Switch,
  TextArea,
} from 'antd-mobile';

const AREA_CODES = [
  [
    { label: '+1 United States', value: 'US' },
    { label: '+1 Canada', value: 'CA' },
    { label: '+52 Mexico', value: 'MX' },
    { label: '+44 United Kingdom', value: 'GB' },
    { label: '+86 China', value: 'CN' },
    { label: '+852 Hong Kong', value: 'HK' },
    { label: '+65 Singapore', value: 'SG' },
    { label: '+91 India', value: 'IN' },
  ],
];
const EDUCATION = [
  [
    { label: 'High school', value: 'highschool' },
    { label: 'Associate', value: 'associate' },
    { label: 'Bachelor', value: 'bachelor' },
    { label: 'Master', value: 'master' },
    { label: 'Doctorate', value: 'doctorate' },
  ],
];
const LOCATIONS = [
  {
    label: 'United States',
    value: 'US',
    children: [
      {
        label: 'California',
        value: 'CA',
        children: ['Los Angeles', 'Oakland', 'San Diego', 'San Francisco', 'San Jose'].map((city) => ({ label: city, value: city })),
      },
      { label: 'New York', value: 'NY', children: ['Brooklyn', 'New York City'].map((city) => ({ label: city, value: city })) },
      { label: 'Texas', value: 'TX', children: ['Austin', 'Dallas', 'Houston'].map((city) => ({ label: city, value: city })) },
      { label: 'Washington', value: 'WA', children: ['Bellevue', 'Seattle'].map((city) => ({ label: city, value: city })) },
    ],
  },
  {
    label: 'Canada',
    value: 'CA',
    children: [
      { label: 'British Columbia', value: 'BC', children: ['Vancouver'].map((city) => ({ label: city, value: city })) },
      { label: 'Ontario', value: 'ON', children: ['Toronto', 'Ottawa'].map((city) => ({ label: city, value: city })) },
    ],
  },
];

const INITIAL = {
  name: '',
  areaCode: [],
  mobile: '',
  email: '',
  location: [],
  company: '',
  position: '',
  experience: [],
  education: [],
  school: '',
  salary: '',
  startDate: null,
  authorized: null,
  sponsorship: null,
  resume: null,
  coverLetter: '',
  referralCode: '',
  smsAlerts: false,
  agree: false,
};

function labelsOf(options, value) {
  const out = [];
  let level = options;
  for (const part of value ?? []) {
    const found = level?.find((option) => option.value === part);
    if (!found) break;
    out.push(found.label);
    level = found.children;
  }
  return out;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

function ResumeField({ value, onChange }) {
  const input = useRef(null);
  return (
    <div className="resume-picker">
      <input ref={input} type="file" name="resume" accept=".pdf,.doc,.docx" style={{ display: 'none' }} onChange={(event) => onChange(event.target.files?.[0]?.name ?? null)} />
      <Button size="small" color="primary" fill="outline" onClick={() => input.current?.click()}>
        {value ? 'Replace' : 'Upload'}
      </Button>
      <span className="name" id="resume-name">
        {value ?? 'PDF or Word, max 10 MB'}
      </span>
    </div>
  );
}

function Application() {
  const [form] = Form.useForm();
  const [values, setValues] = useState(INITIAL);
  const [sent, setSent] = useState(false);

  if (sent) {
    return (
      <div id="submitted">
        <Result status="success" title="Submitted" description="We have received your application." />
      </div>
    );
  }

  const shown = { ...values, startDate: values.startDate instanceof Date ? `${values.startDate.getFullYear()}-${pad(values.startDate.getMonth() + 1)}-${pad(values.startDate.getDate())}` : null };

  return (
    <>
      <Form
        form={form}
        layout="horizontal"
        mode="card"
        initialValues={INITIAL}
        onValuesChange={(_changed, all) => setValues({ ...INITIAL, ...all })}
        onFinish={() => setSent(true)}
        footer={
          <Button block type="submit" color="primary" size="large" id="submit-application">
            Submit
          </Button>
        }
      >
        <Form.Header>Basic information</Form.Header>
        <Form.Item name="name" label="Name" rules={[{ required: true, message: 'Please enter your name' }]}>
          <Input placeholder="Please enter" id="name" clearable />
        </Form.Item>
        <Form.Item
          name="areaCode"
          label="Area code"
          trigger="onConfirm"
          onClick={(_event, pickerRef) => pickerRef.current?.open()}
          clickable
          arrow
        >
          <Picker columns={AREA_CODES}>{(items) => (items[0] ? <span id="area-code-value">{items[0].label}</span> : <span id="area-code-value" style={{ color: '#ccc' }}>Please select</span>)}</Picker>
        </Form.Item>
        <Form.Item name="mobile" label="Mobile" rules={[{ required: true, message: 'Please enter your mobile number' }]}>
          <Input placeholder="Please enter" type="tel" id="mobile" clearable />
        </Form.Item>
        <Form.Item name="email" label="Email" rules={[{ required: true, type: 'email', message: 'Please enter a valid email' }]}>
          <Input placeholder="Please enter" type="email" id="email" clearable />
        </Form.Item>
        <Form.Item name="location" label="Current location" trigger="onConfirm" onClick={(_event, pickerRef) => pickerRef.current?.open()} clickable arrow>
          <CascadePicker options={LOCATIONS}>
            {(items) =>
              items.length && items.every(Boolean) ? (
                <span id="location-value">{items.map((item) => item.label).join(' / ')}</span>
              ) : (
                <span id="location-value" style={{ color: '#ccc' }}>
                  Please select
                </span>
              )
            }
          </CascadePicker>
        </Form.Item>

        <Form.Header>Experience</Form.Header>
        <Form.Item name="company" label="Current company">
          <Input placeholder="Please enter" id="company" clearable />
        </Form.Item>
        <Form.Item name="position" label="Current position">
          <Input placeholder="Please enter" id="position" clearable />
        </Form.Item>
        <Form.Item name="experience" label="Work experience" layout="vertical">
          <Selector
            columns={2}
            options={['Less than 1 year', '1-3 years', '3-5 years', '5-10 years', '10 years or more'].map((label) => ({ label, value: label }))}
          />
        </Form.Item>
        <Form.Item name="education" label="Education" trigger="onConfirm" onClick={(_event, pickerRef) => pickerRef.current?.open()} clickable arrow>
          <Picker columns={EDUCATION}>
            {(items) => (items[0] ? <span id="education-value">{items[0].label}</span> : <span id="education-value" style={{ color: '#ccc' }}>Please select</span>)}
          </Picker>
        </Form.Item>
        <Form.Item name="school" label="School">
          <Input placeholder="Please enter" id="school" clearable />
        </Form.Item>

        <Form.Header>Job preferences</Form.Header>
        <Form.Item name="salary" label="Expected salary" extra={<span style={{ color: '#999' }}>USD / yr</span>}>
          <Input placeholder="Please enter" type="number" id="salary" />
        </Form.Item>
        <Form.Item name="startDate" label="Available from" trigger="onConfirm" onClick={(_event, pickerRef) => pickerRef.current?.open()} clickable arrow>
          <DatePicker min={new Date(2026, 11, 1)} max={new Date(2028, 11, 31)}>
            {(value) =>
              value ? (
                <span id="start-date-value">{`${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`}</span>
              ) : (
                <span id="start-date-value" style={{ color: '#ccc' }}>
                  Please select
                </span>
              )
            }
          </DatePicker>
        </Form.Item>
        <Form.Item name="authorized" label="Authorized to work in the US?" layout="vertical">
          <Radio.Group>
            <Space direction="horizontal">
              <Radio value="yes">Yes</Radio>
              <Radio value="no">No</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="sponsorship" label="Will you need visa sponsorship?" layout="vertical">
          <Radio.Group>
            <Space direction="horizontal">
              <Radio value="yes">Yes</Radio>
              <Radio value="no">No</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>

        <Form.Header>Attachments</Form.Header>
        <Form.Item name="resume" label="Resume" rules={[{ required: true, message: 'Please upload your resume' }]}>
          <ResumeField />
        </Form.Item>
        <Form.Item name="coverLetter" label="Cover letter" layout="vertical">
          <TextArea placeholder="Optional" id="cover-letter" maxLength={1000} showCount rows={5} />
        </Form.Item>
        <Form.Item name="referralCode" label="Referral code">
          <Input placeholder="Optional" id="referral-code" clearable />
        </Form.Item>
        <Form.Item name="smsAlerts" label="Job alerts by SMS" valuePropName="checked" childElementPosition="right">
          <Switch />
        </Form.Item>
        <Form.Item name="agree" valuePropName="checked">
          <Checkbox id="agree">I have read and agree to the Privacy Policy</Checkbox>
        </Form.Item>
      </Form>
      <pre id="model">{JSON.stringify(shown)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <ConfigProvider locale={enUS}>
    <NavBar back="Jobs">Apply</NavBar>
    <div className="job-card">
      <h1>Senior Data Engineer</h1>
      <div className="tags">San Francisco · Full-time · 5-10 years · Bachelor</div>
      <p style={{ fontSize: 14 }}>Build the routing and delivery-time data pipelines that move 2 million parcels a day.</p>
    </div>
    <Application />
  </ConfigProvider>,
);
