/**
 * A global tech company's careers portal in English (ByteDance-style: jobs listed under a search
 * bar, the application on one long page) built with Arco Design React 2 and its en-US locale: Form
 * with Form.Item label / field / extra, Input with a dial-code Select as its addBefore (preset to
 * Singapore, "+1 Canada" before "+1 United States"), a searchable nationality Select to leave
 * alone beside a country-of-residence Select, a Cascader for the current city
 * (country / state / city, searchable), InputNumber for years, Radio.Group buttons, a DatePicker
 * in YYYY-MM-DD, a drag Upload that keeps the file in its list, a counted TextArea, a multiple
 * Select of preferred offices, EEO selects and a privacy checkbox. The header job search is not
 * part of the application. The form values go into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import {
  AutoComplete,
  Button,
  Cascader,
  Checkbox,
  ConfigProvider,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Select,
  Upload,
} from '@arco-design/web-react';
import enUS from '@arco-design/web-react/es/locale/en-US';
import '@arco-design/web-react/dist/css/arco.css';

const FormItem = Form.Item;
const Option = Select.Option;

const COUNTRY_NAMES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));

const DIAL_CODES = [
  { value: 'SG', label: '+65 Singapore' },
  { value: 'CA', label: '+1 Canada' },
  { value: 'US', label: '+1 United States' },
  { value: 'GB', label: '+44 United Kingdom' },
  { value: 'IE', label: '+353 Ireland' },
  { value: 'DE', label: '+49 Germany' },
  { value: 'JP', label: '+81 Japan' },
  { value: 'AU', label: '+61 Australia' },
  { value: 'BR', label: '+55 Brazil' },
  { value: 'IN', label: '+91 India' },
  { value: 'MY', label: '+60 Malaysia' },
  { value: 'ID', label: '+62 Indonesia' },
];

const CITY_TREE = [
  {
    value: 'United States',
    label: 'United States',
    children: [
      { value: 'California', label: 'California', children: ['Los Angeles', 'Mountain View', 'San Diego', 'San Francisco', 'San Jose'].map((city) => ({ value: city, label: city })) },
      { value: 'New York', label: 'New York', children: ['New York City', 'Brooklyn'].map((city) => ({ value: city, label: city })) },
      { value: 'Texas', label: 'Texas', children: ['Austin', 'Dallas', 'Houston'].map((city) => ({ value: city, label: city })) },
      { value: 'Washington', label: 'Washington', children: ['Seattle', 'Bellevue'].map((city) => ({ value: city, label: city })) },
    ],
  },
  {
    value: 'Canada',
    label: 'Canada',
    children: [
      { value: 'Ontario', label: 'Ontario', children: [{ value: 'Toronto', label: 'Toronto' }] },
      { value: 'British Columbia', label: 'British Columbia', children: [{ value: 'Vancouver', label: 'Vancouver' }] },
    ],
  },
  {
    value: 'Singapore',
    label: 'Singapore',
    children: [{ value: 'Central Region', label: 'Central Region', children: [{ value: 'Singapore', label: 'Singapore' }] }],
  },
  {
    value: 'United Kingdom',
    label: 'United Kingdom',
    children: [{ value: 'England', label: 'England', children: [{ value: 'London', label: 'London' }] }],
  },
];

const DEGREES = ['High School', 'Associate', 'Bachelor', 'Master', 'MBA', 'PhD', 'Other'];
const SCHOOLS = [
  'University of California, Berkeley',
  'University of California, Los Angeles',
  'University of California, Santa Barbara',
  'Stanford University',
  'National University of Singapore',
  'University of Washington',
  'University of Toronto',
  'Carnegie Mellon University',
];
const OFFICES = ['Mountain View', 'San Jose', 'Seattle', 'New York', 'Austin', 'Toronto', 'Singapore', 'London'];

function isoDate(value) {
  return typeof value === 'string' ? value : null;
}

function Application() {
  const [form] = Form.useForm();
  const [values, setValues] = useState({ dialCode: 'SG', degree: undefined, offices: [], resume: [] });
  const [sent, setSent] = useState(false);

  if (sent) {
    return <Result status="success" title="Application submitted" subTitle="You can follow its progress under My Applications." id="submitted" />;
  }

  const shown = {
    ...values,
    resume: (values.resume ?? []).map((file) => file.name),
    startDate: isoDate(values.startDate),
  };

  return (
    <Form
      form={form}
      layout="vertical"
      id="apply_form"
      initialValues={{ dialCode: 'SG', offices: [], resume: [], agree: false }}
      onValuesChange={(_, all) => setValues(all)}
      onSubmit={() => setSent(true)}
      scrollToFirstError
    >
      <h2 className="block-title">Basic information</h2>
      <FormItem label="Full name" field="fullName" rules={[{ required: true, message: 'Please enter your full name' }]}>
        <Input placeholder="Please enter" />
      </FormItem>
      <FormItem label="Email" field="email" rules={[{ required: true, type: 'email', message: 'Please enter a valid email' }]}>
        <Input placeholder="Please enter" />
      </FormItem>
      <FormItem label="Mobile phone" required>
        <FormItem field="mobile" noStyle rules={[{ required: true, message: 'Please enter your mobile phone' }]}>
          <Input
            placeholder="Please enter"
            addBefore={
              <FormItem field="dialCode" noStyle>
                <Select style={{ width: 170 }} showSearch aria-label="Country/Region code" triggerProps={{ autoAlignPopupWidth: false }}>
                  {DIAL_CODES.map((code) => (
                    <Option key={code.value} value={code.value}>
                      {code.label}
                    </Option>
                  ))}
                </Select>
              </FormItem>
            }
          />
        </FormItem>
      </FormItem>
      <FormItem label="Nationality" field="nationality">
        <Select placeholder="Please select" showSearch allowClear>
          {COUNTRY_NAMES.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Select>
      </FormItem>
      <FormItem label="Country/Region of residence" field="residence" rules={[{ required: true, message: 'Please select' }]}>
        <Select placeholder="Please select" showSearch allowClear>
          {COUNTRY_NAMES.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Select>
      </FormItem>
      <FormItem label="Current city" field="city" extra="Country / State / City">
        <Cascader placeholder="Please select" options={CITY_TREE} showSearch allowClear />
      </FormItem>

      <h2 className="block-title">Education</h2>
      <FormItem label="School" field="school">
        <AutoComplete placeholder="Please enter" data={SCHOOLS} />
      </FormItem>
      <FormItem label="Degree" field="degree">
        <Select placeholder="Please select">
          {DEGREES.map((degree) => (
            <Option key={degree} value={degree}>
              {degree}
            </Option>
          ))}
        </Select>
      </FormItem>
      <FormItem label="Major" field="major">
        <Input placeholder="Please enter" />
      </FormItem>

      <h2 className="block-title">Work experience</h2>
      <FormItem label="Current company" field="company">
        <Input placeholder="Please enter" />
      </FormItem>
      <FormItem label="Current position" field="position">
        <Input placeholder="Please enter" />
      </FormItem>
      <FormItem label="Years of work experience" field="years">
        <InputNumber min={0} max={50} placeholder="Please enter" style={{ width: 200 }} />
      </FormItem>
      <FormItem label="Are you currently employed?" field="employed">
        <Radio.Group type="button">
          <Radio value="yes">Yes</Radio>
          <Radio value="no">No</Radio>
        </Radio.Group>
      </FormItem>

      <h2 className="block-title">Attachments</h2>
      <FormItem label="Resume" field="resume" triggerPropName="fileList" rules={[{ required: true, type: 'array', minLength: 1, message: 'Please upload your resume' }]}>
        <Upload drag autoUpload={false} limit={1} accept=".pdf,.doc,.docx" tip="PDF, DOC or DOCX, up to 20 MB" />
      </FormItem>
      <FormItem label="Cover letter" field="coverLetter">
        <Input.TextArea placeholder="Please enter" maxLength={2000} showWordLimit autoSize={{ minRows: 4 }} />
      </FormItem>
      <FormItem label="LinkedIn URL" field="linkedin">
        <Input placeholder="https://" />
      </FormItem>
      <FormItem label="GitHub URL" field="github" extra="Optional">
        <Input placeholder="https://" />
      </FormItem>

      <h2 className="block-title">Other information</h2>
      <FormItem label="Are you legally authorized to work in the country where this job is located?" field="authorized">
        <Radio.Group>
          <Radio value="yes">Yes</Radio>
          <Radio value="no">No</Radio>
        </Radio.Group>
      </FormItem>
      <FormItem label="Will you now or in the future require the company to sponsor an immigration case in order to employ you?" field="sponsorship">
        <Radio.Group>
          <Radio value="yes">Yes</Radio>
          <Radio value="no">No</Radio>
        </Radio.Group>
      </FormItem>
      <FormItem label="Earliest available start date" field="startDate">
        <DatePicker style={{ width: 240 }} />
      </FormItem>
      <FormItem label="Preferred offices" field="offices" extra="Select all that apply">
        <Select mode="multiple" placeholder="Please select" allowClear>
          {OFFICES.map((office) => (
            <Option key={office} value={office}>
              {office}
            </Option>
          ))}
        </Select>
      </FormItem>
      <FormItem label="Referral code" field="referralCode" extra="If an employee referred you, enter their code">
        <Input placeholder="Please enter" />
      </FormItem>
      <FormItem label="Gender" field="gender">
        <Select placeholder="Please select" allowClear>
          {['Male', 'Female', 'Non-binary', 'I do not wish to self-identify'].map((option) => (
            <Option key={option} value={option}>
              {option}
            </Option>
          ))}
        </Select>
      </FormItem>
      <FormItem label="Veteran status" field="veteran">
        <Select placeholder="Please select" allowClear>
          {['I am a protected veteran', 'I am not a protected veteran', 'I do not wish to self-identify'].map((option) => (
            <Option key={option} value={option}>
              {option}
            </Option>
          ))}
        </Select>
      </FormItem>
      <FormItem field="agree" triggerPropName="checked" rules={[{ type: 'boolean', true: true, message: 'Please agree to the privacy policy' }]}>
        <Checkbox>I have read and agree to the Applicant Privacy Policy</Checkbox>
      </FormItem>
      <FormItem>
        <Button type="primary" htmlType="submit" long className="submit-btn">
          Submit
        </Button>
      </FormItem>
      <pre id="model">{JSON.stringify(shown)}</pre>
    </Form>
  );
}

function JobSearch() {
  const [keyword, setKeyword] = useState('');
  return <Input.Search placeholder="Search for jobs" value={keyword} onChange={setKeyword} style={{ width: 320 }} id="job-search" />;
}

createRoot(document.getElementById('job-search-slot')).render(
  <ConfigProvider locale={enUS}>
    <JobSearch />
  </ConfigProvider>,
);
createRoot(document.getElementById('root')).render(
  <ConfigProvider locale={enUS}>
    <Application />
  </ConfigProvider>,
);
