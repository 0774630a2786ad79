/*
 * Saffron Bay Hotels & Resorts (Singapore) careers page for its US properties, React + antd 6
 * Form name="apply": a "book a stay" bar (destination + RangePicker) above the page, a dial-code
 * Select preset "+65 Singapore" joined to the mobile in Space.Compact, a Cascader Country / State /
 * City with official country names and search, years as an InputNumber, sentence Radio.Groups,
 * a DatePicker "DD MMM YYYY", salary InputNumber + currency Select (preset SGD) + period Select
 * (preset "Monthly"), two Upload buttons (beforeUpload false: judged by the file list), the
 * posting's questions, EEO and "how did you hear" Selects, consent, footer newsletter.
 */
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Cascader, Checkbox, ConfigProvider, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Upload } from 'antd';

const DIALS = [
  { value: 'SG', label: '+65 Singapore' }, { value: 'MY', label: '+60 Malaysia' }, { value: 'TH', label: '+66 Thailand' }, { value: 'AU', label: '+61 Australia' },
  { value: 'CA', label: '+1 Canada' }, { value: 'US', label: '+1 United States' }, { value: 'GB', label: '+44 United Kingdom' },
];
const city = (xs) => xs.map((x) => ({ value: x, label: x }));
const PLACES = [
  { value: 'SG', label: 'Republic of Singapore', children: [{ value: 'Central', label: 'Central Region', children: city(['Singapore']) }] },
  { value: 'TH', label: 'Kingdom of Thailand', children: [{ value: 'Phuket', label: 'Phuket', children: city(['Kathu', 'Patong']) }, { value: 'Bangkok', label: 'Bangkok', children: city(['Bangkok']) }] },
  { value: 'US', label: 'United States of America', children: [
    { value: 'CA', label: 'California', children: city(['Los Angeles', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco', 'Santa Monica']) },
    { value: 'HI', label: 'Hawaii', children: city(['Honolulu', 'Kahului', 'Lahaina']) },
    { value: 'NY', label: 'New York', children: city(['New York', 'Buffalo']) },
    { value: 'WA', label: 'Washington', children: city(['Seattle', 'Spokane']) },
  ] },
  { value: 'UM', label: 'United States Minor Outlying Islands', children: [{ value: 'UM', label: 'Minor Outlying Islands', children: city(['Wake Island']) }] },
  { value: 'GB', label: 'United Kingdom of Great Britain and Northern Ireland', children: [{ value: 'ENG', label: 'England', children: city(['London', 'Manchester']) }] },
];
const opts = (list) => list.map((label) => ({ value: label, label }));
const normFile = (e) => (Array.isArray(e) ? e : e?.fileList);

export function renderSaffron(cfg) {
  const FIELDS = ['firstName', 'lastName', 'email', 'dialCode', 'mobile', 'location', 'employer', 'jobTitle', 'years', 'linkedin', 'workAuth', 'sponsorship',
    'startDate', 'salary', 'currency', 'period', 'resume', 'coverLetter', 'gender', 'veteran', 'source', 'consent', 'marketing', ...cfg.questions.map((q) => q.id)];
  function App() {
    const [form] = Form.useForm();
    const [values, setValues] = useState({});
    const [sent, setSent] = useState(false);
    const sync = () => setValues(form.getFieldsValue(true));
    useEffect(sync, []);
    const model = useMemo(() => {
      const m = Object.fromEntries(FIELDS.map((k) => [k, null]));
      for (const [k, v] of Object.entries(values)) if (v !== undefined) m[k] = v;
      for (const [k, v] of Object.entries(m)) {
        if (v && typeof v === 'object' && typeof v.format === 'function') m[k] = v.format('YYYY-MM-DD');
        else if (Array.isArray(v) && v[0] && v[0].originFileObj !== undefined) m[k] = v.map((f) => f.name);
      }
      return m;
    }, [values]);
    useEffect(() => { document.getElementById('model').textContent = JSON.stringify(model, null, 2); }, [model]);
    if (sent) return <div className="page"><h2 id="application-sent">Thank you. Our talent team will be in touch within ten working days.</h2></div>;
    const Q = (q) => {
      if (q.kind === 'select') return <Form.Item key={q.id} name={q.id} label={q.label}><Select placeholder="Please select" options={opts(q.options)} /></Form.Item>;
      if (q.kind === 'radio') return <Form.Item key={q.id} name={q.id} label={q.label}><Radio.Group options={q.options} /></Form.Item>;
      return <Form.Item key={q.id} name={q.id} label={q.label}><Input.TextArea rows={4} showCount maxLength={1500} /></Form.Item>;
    };
    const upload = (name, label, button, accept, required) => (
      <Form.Item name={name} label={label} valuePropName="fileList" getValueFromEvent={normFile} rules={required ? [{ required: true }] : []}>
        <Upload beforeUpload={() => false} maxCount={1} accept={accept}><Button>{button}</Button></Upload>
      </Form.Item>
    );
    return (
      <ConfigProvider theme={{ token: { colorPrimary: '#a0522d' } }}>
        <header className="top">
          <span className="logo">SAFFRON BAY <small>Hotels &amp; Resorts · Careers</small></span>
          <Button id="member-login">Saffron Circle member login</Button>
        </header>
        <div className="booking">
          <b>Book a stay</b>
          <Input id="destination" placeholder="Destination or hotel" style={{ width: 220 }} />
          <DatePicker.RangePicker id="stay-dates" />
          <Button>Check availability</Button>
        </div>
        <div className="page">
          <p className="team">{cfg.team}</p>
          <h1>{cfg.title}</h1>
          <p>{cfg.location}</p>
          <p>{cfg.blurb}</p>
          <Form form={form} name="apply" layout="vertical" onValuesChange={sync} initialValues={{ dialCode: 'SG', currency: 'SGD', period: 'Monthly' }}
            onFinish={(v) => { if (v.consent) setSent(true); }}>
            <h3>Your details</h3>
            <Space style={{ display: 'flex' }} align="start">
              <Form.Item name="firstName" label="Given name" rules={[{ required: true }]}><Input /></Form.Item>
              <Form.Item name="lastName" label="Family name" rules={[{ required: true }]}><Input /></Form.Item>
            </Space>
            <Form.Item name="email" label="Email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
            <Form.Item label="Mobile number" required>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item name="dialCode" noStyle><Select style={{ width: 190 }} options={DIALS} aria-label="Country code" /></Form.Item>
                <Form.Item name="mobile" noStyle rules={[{ required: true }]}><Input type="tel" placeholder="8123 4567" /></Form.Item>
              </Space.Compact>
            </Form.Item>
            <Form.Item name="location" label="Where do you live?" extra="Country / state / city — you can type to search" rules={[{ required: true }]}>
              <Cascader options={PLACES} showSearch placeholder="Please select" style={{ width: '100%' }} />
            </Form.Item>
            <h3>Experience</h3>
            <Space style={{ display: 'flex' }} align="start">
              <Form.Item name="employer" label="Current employer"><Input /></Form.Item>
              <Form.Item name="jobTitle" label="Current position"><Input /></Form.Item>
            </Space>
            <Form.Item name="years" label={cfg.yearsLabel} rules={[{ required: true }]}><InputNumber min={0} max={50} addonAfter="years" style={{ width: 200 }} /></Form.Item>
            <Form.Item name="linkedin" label="LinkedIn profile"><Input addonBefore="https://" placeholder="www.linkedin.com/in/…" /></Form.Item>
            {upload('resume', 'Résumé', 'Upload résumé', '.pdf,.doc,.docx', true)}
            {upload('coverLetter', 'Cover letter', 'Upload cover letter', '.pdf,.doc,.docx,.txt', false)}
            <h3>Eligibility</h3>
            <Form.Item name="workAuth" label={cfg.authLabel} rules={[{ required: true }]}><Radio.Group options={cfg.authOptions} style={{ display: 'flex', flexDirection: 'column' }} /></Form.Item>
            <Form.Item name="sponsorship" label={cfg.sponsorLabel} rules={[{ required: true }]}><Radio.Group options={cfg.sponsorOptions} style={{ display: 'flex', flexDirection: 'column' }} /></Form.Item>
            <Form.Item name="startDate" label="Earliest available start date"><DatePicker format="DD MMM YYYY" style={{ width: 220 }} /></Form.Item>
            <Form.Item label="Expected salary">
              <Space.Compact>
                <Form.Item name="salary" noStyle><InputNumber min={0} style={{ width: 200 }} placeholder="Amount" aria-label="Expected salary amount" /></Form.Item>
                <Form.Item name="currency" noStyle><Select style={{ width: 110 }} options={opts(['SGD', 'USD', 'MYR', 'THB', 'AUD'])} aria-label="Currency" /></Form.Item>
                <Form.Item name="period" noStyle><Select style={{ width: 130 }} options={opts(['Monthly', 'Annually', 'Hourly'])} aria-label="Pay period" /></Form.Item>
              </Space.Compact>
            </Form.Item>
            <h3>About this role</h3>
            {cfg.questions.map(Q)}
            <h3>Voluntary self-identification (US applicants)</h3>
            <Form.Item name="gender" label="Gender"><Select placeholder="Please select" options={opts(['Female', 'Male', 'Decline to self-identify'])} /></Form.Item>
            <Form.Item name="veteran" label="Veteran status"><Select placeholder="Please select" options={opts(['Protected veteran', 'Not a protected veteran', 'Decline to self-identify'])} /></Form.Item>
            <Form.Item name="source" label="Where did you learn about this vacancy?"><Select placeholder="Please select" options={opts(['LinkedIn', 'Hcareers', 'Indeed', 'Saffron Bay website', 'Friend or colleague', 'Other'])} /></Form.Item>
            <Form.Item name="consent" valuePropName="checked" rules={[{ required: true }]}><Checkbox>I agree to Saffron Bay processing my personal data for recruitment (PDPA / CCPA notice). *</Checkbox></Form.Item>
            <Form.Item name="marketing" valuePropName="checked"><Checkbox>Send me Saffron Circle offers and news</Checkbox></Form.Item>
            <Button type="primary" htmlType="submit" id="submit-application" size="large">Submit application</Button>
          </Form>
        </div>
        <footer className="foot"><span>Careers newsletter</span><Input id="newsletter-email" placeholder="Email address" style={{ width: 240 }} /><Button>Subscribe</Button></footer>
      </ConfigProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
