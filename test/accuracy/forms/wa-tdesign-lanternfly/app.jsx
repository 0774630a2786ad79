import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ConfigProvider, Form, Input, InputAdornment, Select, AutoComplete, InputNumber, Radio, Checkbox, DatePicker, Upload,
  Textarea, Button, Space, Divider,
} from 'tdesign-react';
import enConfig from 'tdesign-react/es/locale/en_US';
import 'tdesign-react/es/style/index.css';
import countries from 'world-countries';

const { FormItem } = Form;
const COUNTRY_OPTIONS = countries.map((c) => ({ label: c.name.common, value: c.cca2 })).sort((a, b) => a.label.localeCompare(b.label));
const DIAL = [
  { label: '+86 China', value: '+86' }, { label: '+852 Hong Kong', value: '+852' }, { label: '+65 Singapore', value: '+65' },
  { label: '+44 United Kingdom', value: '+44' }, { label: '+1 United States', value: '+1' }, { label: '+1 Canada', value: '+1-CA' },
];
const CITIES = ['San Francisco', 'San Jose', 'Santa Clara', 'Seattle', 'Shanghai', 'Shenzhen', 'Singapore', 'New York', 'London', 'Hong Kong'];
const LANGS = ['English', 'Mandarin', 'Cantonese', 'Japanese', 'Korean', 'Spanish'].map((l) => ({ label: l, value: l }));
const SOURCES = ['Lanternfly website', 'LinkedIn', 'WeChat', 'Friend referral', 'Headhunter', 'Other'].map((s) => ({ label: s, value: s }));

/** The resume picker: a hidden file input opened by a TDesign Button, the chosen name shown beside it (a FormItem child gets value/onChange). */
function ResumeInput({ value, onChange }) {
  const ref = useRef(null);
  return (
    <Space align="center" className="lf-resume">
      <input ref={ref} type="file" accept=".pdf,.doc,.docx" hidden onChange={(e) => onChange?.(e.target.files?.[0]?.name ?? '')} />
      <Button variant="outline" onClick={() => ref.current?.click()}>Upload</Button>
      <span className="t-upload__tips">{value || 'PDF or Word, max 10 MB'}</span>
    </Space>
  );
}

function Apply() {
  const [form] = Form.useForm();
  const [values, setValues] = useState({});
  const [keyword, setKeyword] = useState('');
  const [sent, setSent] = useState(false);
  return (
    <ConfigProvider globalConfig={enConfig}>
      <div className="lf-head">
        <strong>LANTERNFLY · Careers</strong>
        <Space>
          <Input name="kw" placeholder="Search jobs" value={keyword} onChange={setKeyword} style={{ width: 220 }} />
          <Button variant="outline">Sign in</Button>
        </Space>
      </div>
      <div className="lf-body">
        <h1>Data Engineer (Global Payments)</h1>
        <p>San Francisco · Shanghai · Singapore</p>
        {sent ? (
          <h2 id="application-sent">Submitted. Thank you for your interest in Lanternfly.</h2>
        ) : (
          <Form
            form={form}
            id="lf-form"
            layout="vertical"
            labelAlign="top"
            colon={false}
            requiredMark
            initialData={{ dial: '+86', pronouns: [], languages: [], agree: false }}
            onValuesChange={(_changed, all) => setValues(all)}
            onSubmit={({ validateResult }) => { if (validateResult === true) setSent(true); }}
          >
            <FormItem label="Full name" name="fullName" rules={[{ required: true }]}>
              <Input placeholder="As on your passport" />
            </FormItem>
            <FormItem label="Email" name="email" rules={[{ required: true }, { email: true }]}>
              <Input type="email" />
            </FormItem>
            <FormItem label="Mobile phone" name="phone" rules={[{ required: true }]}>
              <InputAdornment
                prepend={
                  <FormItem name="dial" style={{ marginBottom: 0 }}>
                    <Select options={DIAL} style={{ width: 180 }} className="lf-dial" />
                  </FormItem>
                }
              >
                <Input placeholder="Mobile number" />
              </InputAdornment>
            </FormItem>
            <FormItem label="City" name="city">
              <AutoComplete options={CITIES} filterable placeholder="Enter your city" />
            </FormItem>
            <FormItem label="Country / Region" name="country" rules={[{ required: true }]}>
              <Select options={COUNTRY_OPTIONS} filterable placeholder="Search" className="lf-country" />
            </FormItem>
            <Divider />
            <FormItem label="Years of work experience" name="years" rules={[{ required: true }]}>
              <InputNumber theme="row" min={0} max={50} placeholder="0" />
            </FormItem>
            <FormItem label="Expected annual salary" name="salary">
              <InputNumber theme="normal" min={0} suffix="USD / year" style={{ width: 260 }} />
            </FormItem>
            <FormItem label="Are you legally authorized to work in the United States?" name="authorized" rules={[{ required: true }]}>
              <Radio.Group variant="default-filled">
                <Radio.Button value="Y">Yes</Radio.Button>
                <Radio.Button value="N">No</Radio.Button>
              </Radio.Group>
            </FormItem>
            <FormItem label="Will you need Lanternfly to sponsor a work visa?" name="sponsorship" rules={[{ required: true }]}>
              <Radio.Group>
                <Radio value="Y">Yes</Radio>
                <Radio value="N">No</Radio>
              </Radio.Group>
            </FormItem>
            <FormItem label="Available from" name="startDate" rules={[{ required: true }]}>
              <Input placeholder="YYYY-MM-DD" tips="The earliest date you could join" />
            </FormItem>
            <FormItem label="Graduation (month)" name="graduation">
              <DatePicker mode="month" format="YYYY-MM" placeholder="Select month" className="lf-grad" />
            </FormItem>
            <FormItem label="Pronouns" name="pronouns">
              <Checkbox.Group options={['She/her', 'He/him', 'They/them']} />
            </FormItem>
            <FormItem label="Working languages" name="languages">
              <Select options={LANGS} multiple filterable placeholder="Select" className="lf-langs" />
            </FormItem>
            <Divider />
            <FormItem label="Resume" name="resume" rules={[{ required: true }]}>
              <ResumeInput />
            </FormItem>
            <FormItem label="Cover letter" name="coverLetter">
              <Textarea autosize={{ minRows: 4 }} placeholder="Optional" />
            </FormItem>
            <FormItem label="Tell us about a payments system you helped scale" name="story">
              <Textarea autosize={{ minRows: 3 }} />
            </FormItem>
            <FormItem label="How did you hear about us?" name="source">
              <Select options={SOURCES} placeholder="Select" className="lf-source" />
            </FormItem>
            <FormItem name="agree">
              <Checkbox>I have read and agree to the Lanternfly Candidate Privacy Policy</Checkbox>
            </FormItem>
            <FormItem>
              <Button type="submit" theme="primary" className="lf-submit">Submit</Button>
            </FormItem>
          </Form>
        )}
      </div>
      <pre id="model">{JSON.stringify({
        ...values,
        resume: values.resume ?? '',
        keyword,
      })}</pre>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<Apply />);
