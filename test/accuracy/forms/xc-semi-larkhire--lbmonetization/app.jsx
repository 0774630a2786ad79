/**
 * A game studio's careers site on a Lark Hire-style template, in English, built with Semi Design
 * (@douyinfe/semi-ui-19) and its en_US locale: Semi Form with field components (Form.Input,
 * Form.Select, Form.DatePicker, Form.RadioGroup, Form.InputNumber, Form.TextArea, Form.Upload,
 * Form.Switch, Form.Checkbox) whose labels Semi renders itself; a phone Input whose addonBefore is
 * a Select of area codes preset to "+86" that shows only the bare code once picked; experience and
 * education Selects; "https://" addon; a salary InputNumber that formats thousands; card radios
 * with sentence answers; a DatePicker in MM/dd/yyyy; a drag Upload that keeps the file in its list;
 * a second "other attachments" Upload; a language switcher in the header. The form values are
 * rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, ConfigProvider, Form, Select, Toast } from '@douyinfe/semi-ui-19';
import en_US from '@douyinfe/semi-ui-19/lib/es/locale/source/en_US';

const AREA_CODES = [
  { value: 'CN', label: 'China +86', code: '+86' },
  { value: 'HK', label: 'Hong Kong +852', code: '+852' },
  { value: 'SG', label: 'Singapore +65', code: '+65' },
  { value: 'JP', label: 'Japan +81', code: '+81' },
  { value: 'US', label: 'United States +1', code: '+1' },
  { value: 'CA', label: 'Canada +1', code: '+1' },
  { value: 'GB', label: 'United Kingdom +44', code: '+44' },
  { value: 'DE', label: 'Germany +49', code: '+49' },
  { value: 'FR', label: 'France +33', code: '+33' },
  { value: 'KR', label: 'South Korea +82', code: '+82' },
  { value: 'AU', label: 'Australia +61', code: '+61' },
  { value: 'IN', label: 'India +91', code: '+91' },
];

const EDUCATION = ['High school', 'Associate degree', "Bachelor's degree", "Master's degree", 'PhD'].map((label) => ({ value: label, label }));
const YES_NO = ['Yes', 'No'].map((label) => ({ value: label, label }));
const NOTICE = ['Immediately', '2 weeks', '1 month', '2 months', '3 months or more'].map((label) => ({ value: label, label }));

function formatThousands(value) {
  return `${value}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function isoDate(date) {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null;
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const INITIAL = { areaCode: 'HK', talentPool: true, privacy: false };

function Application() {
  const [values, setValues] = useState(INITIAL);
  const [sent, setSent] = useState(false);

  if (sent) {
    return (
      <div className="done" id="delivered">
        <h2>Application delivered</h2>
        <p>We will get back to you by email within two weeks.</p>
      </div>
    );
  }

  const shown = {
    ...values,
    startDate: isoDate(values.startDate),
    resume: (values.resume ?? []).map((file) => file.name),
    attachments: (values.attachments ?? []).map((file) => file.name),
  };

  return (
    <Form
      labelPosition="top"
      initValues={INITIAL}
      onValueChange={(all) => setValues({ ...all })}
      onSubmit={() => setSent(true)}
      onSubmitFail={() => Toast.error('Please complete the required fields')}
    >
      <Form.Section text="Basic information">
        <Form.Input field="name" label="Name" placeholder="Enter your name" rules={[{ required: true, message: 'Name is required' }]} />
        <Form.Input field="email" label="Email" placeholder="Enter your email" rules={[{ required: true, message: 'Email is required' }, { type: 'email', message: 'Invalid email' }]} />
        <Form.InputGroup label={{ text: 'Mobile number', required: true }} labelPosition="top">
          <Form.Select
            field="areaCode"
            style={{ width: 110 }}
            optionList={AREA_CODES.map((option) => ({ value: option.value, label: option.label }))}
            renderSelectedItem={(option) => AREA_CODES.find((code) => code.value === option.value)?.code ?? option.label}
            filter
            dropdownStyle={{ width: 220 }}
            aria-label="Area code"
          />
          <Form.Input field="mobile" placeholder="Enter mobile number" style={{ width: 360 }} rules={[{ required: true, message: 'Mobile number is required' }]} />
        </Form.InputGroup>
        <Form.Input field="basedIn" label="Where are you based?" placeholder="City, state / province" />
        <Form.Input field="github" label="GitHub" placeholder="Profile link" />
        <Form.Input field="homepage" label="Personal homepage" addonBefore="https://" placeholder="Optional" />
      </Form.Section>

      <Form.Section text="Background">
        <Form.RadioGroup field="experience" label="Years of work experience in analytics or data" type="button" rules={[{ required: true, message: 'Please choose one' }]}>
          <Form.Radio value="0-2">0-2 years</Form.Radio>
          <Form.Radio value="3-5">3-5 years</Form.Radio>
          <Form.Radio value="6-8">6-8 years</Form.Radio>
          <Form.Radio value="9+">9+ years</Form.Radio>
        </Form.RadioGroup>
        <Form.Input field="recentCompany" label="Current company" placeholder="Enter" />
        <Form.Input field="recentTitle" label="Current job title" placeholder="Enter" />
        <Form.Select field="education" label="Highest education" placeholder="Select" optionList={EDUCATION} style={{ width: 300 }} />
        <Form.Input field="graduatedFrom" label="School / University" placeholder="School name" />
        <Form.Input field="major" label="Major" placeholder="Enter" />
      </Form.Section>

      <Form.Section text="Job intention">
        <Form.RadioGroup field="authorized" label="Are you legally authorized to work in the United States?" type="card" direction="vertical" rules={[{ required: true, message: 'Please choose one' }]}>
          <Form.Radio value="yes" extra="Citizen, permanent resident, or a visa that allows it">
            Yes, I am legally authorized
          </Form.Radio>
          <Form.Radio value="no">No, I am not legally authorized</Form.Radio>
        </Form.RadioGroup>
        <Form.Select field="sponsorship" label="Will you require visa sponsorship now or in the future?" placeholder="Select" optionList={YES_NO} style={{ width: 300 }} rules={[{ required: true, message: 'Please choose one' }]} />
        <Form.InputNumber
          field="salary"
          label="Expected annual salary"
          suffix="USD"
          hideButtons
          formatter={(value) => formatThousands(value)}
          parser={(value) => value.replace(/,/g, '')}
          style={{ width: 300 }}
          extraText="Base salary before bonus and equity"
        />
        <Form.DatePicker field="startDate" label="Earliest start date" format="yyyy-MM-dd" placeholder="YYYY-MM-DD" style={{ width: 300 }} />
        <Form.Select field="notice" label="Notice period at your current job" placeholder="Select" optionList={NOTICE} style={{ width: 300 }} />
      </Form.Section>

      <Form.Section text="Attachments">
        <Form.Upload
          field="resume"
          label="Resume"
          action=""
          uploadTrigger="custom"
          draggable
          limit={1}
          accept=".pdf,.doc,.docx"
          dragMainText="Click or drag your resume here"
          dragSubText="PDF, Word, up to 50 MB"
          rules={[{ required: true, type: 'array', min: 1, message: 'Please upload your resume' }]}
        />
        <Form.Upload field="attachments" label="Other attachments" action="" uploadTrigger="custom" multiple limit={5}>
          <Button>Upload portfolio, certificates, etc.</Button>
        </Form.Upload>
        <Form.TextArea field="gameplay" label="Which game do you play the most, and what would you change about how it monetizes?" placeholder="Optional" maxCount={1000} autosize />
        <Form.Input field="referrerEmail" label="Referrer's email" placeholder="If someone recommended you" />
      </Form.Section>

      <Form.Switch field="talentPool" label="Keep my profile in the talent pool for other suitable positions" />
      <Form.Checkbox field="privacy" noLabel rules={[{ validator: (_rule, value) => value === true, message: 'Please agree first' }]}>
        I have read and agree to the Candidate Privacy Statement
      </Form.Checkbox>
      <Button type="primary" theme="solid" htmlType="submit" className="deliver">
        Submit application
      </Button>
      <pre id="model">{JSON.stringify(shown)}</pre>
    </Form>
  );
}

function LanguageSwitch() {
  const [language, setLanguage] = useState('en');
  return (
    <Select
      value={language}
      onChange={setLanguage}
      aria-label="Language"
      className="language"
      optionList={[
        { value: 'en', label: 'English' },
        { value: 'zh', label: '简体中文' },
        { value: 'ja', label: '日本語' },
      ]}
      style={{ width: 120 }}
    />
  );
}

createRoot(document.getElementById('lang')).render(
  <ConfigProvider locale={en_US}>
    <LanguageSwitch />
  </ConfigProvider>,
);
createRoot(document.getElementById('root')).render(
  <ConfigProvider locale={en_US}>
    <Application />
  </ConfigProvider>,
);

