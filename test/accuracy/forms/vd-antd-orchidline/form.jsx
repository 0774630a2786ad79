/*
 * Orchid Line Logistics (Singapore; US freight-forwarding arm in Seattle) careers page built with
 * antd 6: Form with name "apply" (ids `apply_<field>`), a country Select with `labelInValue` whose
 * dropdown reads "United States of America · USA" but whose selection shows only the ISO-3 code
 * (optionRender), a dial-code Select preset "🇸🇬 +65" in a Space.Compact before the mobile, a
 * location Select with showSearch and server-like filtering (labelInValue), Radio.Group
 * optionType="button" experience ranges, Selects and Radio.Groups with sentence answers, a
 * DatePicker shown as DD/MM/YYYY, salary as a Space.Compact of currency Select (preset SGD),
 * InputNumber with thousands separators and a period Select preset "per month", Upload.Dragger and
 * Upload (beforeUpload → false), a tags Select, EEO Selects, "how did you hear", consent, header
 * Input.Search + sign-in, footer newsletter. The form values are rendered into <pre id="model">.
 */
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, ConfigProvider, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Upload } from 'antd';
import countries from 'world-countries';

const COUNTRY_OPTIONS = countries
  .map((c) => ({ value: c.cca2, label: c.cca3, name: c.name.official }))
  .sort((a, b) => a.name.localeCompare(b.name));
const DIALS = [
  { value: 'SG', label: '🇸🇬 +65' }, { value: 'MY', label: '🇲🇾 +60' }, { value: 'HK', label: '🇭🇰 +852' }, { value: 'CA', label: '🇨🇦 +1' },
  { value: 'US', label: '🇺🇸 +1' }, { value: 'GB', label: '🇬🇧 +44' }, { value: 'AU', label: '🇦🇺 +61' }, { value: 'IN', label: '🇮🇳 +91' },
];
const PLACES = [
  ['sf', 'San Francisco, California, United States'], ['ssf', 'South San Francisco, California, United States'], ['sfm', 'San Francisco de Macorís, Duarte, Dominican Republic'],
  ['sea', 'Seattle, Washington, United States'], ['tac', 'Tacoma, Washington, United States'], ['sg', 'Singapore'], ['sj', 'San Jose, California, United States'],
  ['lax', 'Los Angeles, California, United States'], ['pdx', 'Portland, Oregon, United States'],
].map(([value, label]) => ({ value: `loc-${value}`, label }));
const opts = (list) => list.map((label) => ({ value: label, label }));

function LocationSelect({ id, value, onChange }) {
  const [options, setOptions] = useState([]);
  const [fetching, setFetching] = useState(false);
  const onSearch = (q) => {
    if (q.trim().length < 2) { setOptions([]); return; }
    setFetching(true);
    setTimeout(() => { setOptions(PLACES.filter((p) => p.label.toLowerCase().includes(q.trim().toLowerCase()))); setFetching(false); }, 200);
  };
  return (
    <Select id={id} value={value} onChange={onChange} labelInValue showSearch filterOption={false} onSearch={onSearch} options={options}
      placeholder="Type to search your city" notFoundContent={fetching ? 'Searching…' : 'Type at least 2 letters'} allowClear />
  );
}

export function renderOrchid(cfg) {
  function App() {
    const [form] = Form.useForm();
    const [values, setValues] = useState({});
    const [sent, setSent] = useState(false);
    const sync = () => setValues(form.getFieldsValue(true));
    const model = useMemo(() => {
      const m = { ...values };
      for (const [k, v] of Object.entries(m)) {
        if (v && typeof v === 'object' && typeof v.format === 'function') m[k] = v.format('YYYY-MM-DD');
        else if (Array.isArray(v) && v[0] && v[0].originFileObj !== undefined) m[k] = v.map((f) => f.name);
        else if (v && typeof v === 'object' && 'value' in v && 'label' in v) m[k] = { value: v.value, label: typeof v.label === 'string' ? v.label : v.value };
      }
      return m;
    }, [values]);
    const text = JSON.stringify(model, null, 2);
    useEffect(() => { document.getElementById('model').textContent = text; }, [text]);
    useEffect(sync, []);
    const normFile = (e) => (Array.isArray(e) ? e : e?.fileList);
    const Q = (q) => {
      const rules = q.required ? [{ required: true, message: 'This question is required' }] : [];
      if (q.kind === 'select') return <Form.Item key={q.id} name={q.id} label={q.label} rules={rules}><Select placeholder="Please select" options={opts(q.options)} allowClear={!q.required} /></Form.Item>;
      if (q.kind === 'buttons') return <Form.Item key={q.id} name={q.id} label={q.label} rules={rules}><Radio.Group optionType="button" buttonStyle="solid" options={q.options} /></Form.Item>;
      if (q.kind === 'radio') return <Form.Item key={q.id} name={q.id} label={q.label} rules={rules}><Radio.Group options={q.options} style={{ display: 'flex', flexDirection: 'column', gap: 6 }} /></Form.Item>;
      if (q.kind === 'textarea') return <Form.Item key={q.id} name={q.id} label={q.label} rules={rules}><Input.TextArea rows={4} showCount maxLength={1500} /></Form.Item>;
      return <Form.Item key={q.id} name={q.id} label={q.label} rules={rules}><Input placeholder={q.placeholder} /></Form.Item>;
    };
    if (sent) return <div className="page"><h2 id="application-received">Application received — thank you!</h2></div>;
    return (
      <ConfigProvider theme={{ token: { colorPrimary: '#7b2d8e', borderRadius: 4 } }}>
        <header className="top">
          <a className="logo" href="#">Orchid<span>Line</span> Careers</a>
          <Input.Search id="header-search" placeholder="Search roles, teams, locations" style={{ width: 280 }} aria-label="Search roles" />
          <Button type="link" id="sign-in">Sign in</Button>
        </header>
        <div className="page">
          <p className="team">{cfg.team}</p>
          <h1>{cfg.title}</h1>
          <p className="where">{cfg.location}</p>
          <p>{cfg.blurb}</p>
          <Form form={form} name="apply" layout="vertical" onValuesChange={sync} onFinish={() => setSent(true)} requiredMark
            initialValues={{ dialCode: 'SG', currency: 'SGD', period: 'per month', skills: [], consent: false }}>
            <h2>Personal information</h2>
            <Space.Compact block>
              <Form.Item name="firstName" label="First name" rules={[{ required: true }]} style={{ width: '50%' }}><Input autoComplete="given-name" /></Form.Item>
              <Form.Item name="lastName" label="Last name" rules={[{ required: true }]} style={{ width: '50%' }}><Input autoComplete="family-name" /></Form.Item>
            </Space.Compact>
            <Form.Item name="email" label="Email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
            <Form.Item label="Mobile number" required>
              <Space.Compact block>
                <Form.Item name="dialCode" noStyle><Select style={{ width: 120 }} options={DIALS} aria-label="Dial code" showSearch optionFilterProp="label" /></Form.Item>
                <Form.Item name="mobile" noStyle rules={[{ required: true }]}><Input placeholder="8123 4567" type="tel" /></Form.Item>
              </Space.Compact>
            </Form.Item>
            <Form.Item name="country" label={cfg.countryLabel} rules={[{ required: true }]}>
              <Select labelInValue showSearch placeholder="Please select" options={COUNTRY_OPTIONS}
                filterOption={(input, option) => `${option.name} ${option.label}`.toLowerCase().includes(input.toLowerCase())}
                optionRender={(option) => <span>{option.data.name} · <b>{option.data.label}</b></span>} />
            </Form.Item>
            <Form.Item name="location" label={cfg.locationLabel} rules={[{ required: true }]}><LocationSelect /></Form.Item>
            <Form.Item name="linkedin" label="LinkedIn profile"><Input addonBefore="linkedin.com/in/" placeholder="your-profile" /></Form.Item>
            <h2>Experience</h2>
            <Form.Item name="currentCompany" label="Current company"><Input /></Form.Item>
            <Form.Item name="currentTitle" label="Current job title"><Input /></Form.Item>
            <Form.Item name="years" label={cfg.yearsLabel} rules={[{ required: true }]}><Radio.Group optionType="button" buttonStyle="solid" options={cfg.ranges} /></Form.Item>
            <Form.Item name="resume" label="Resume" valuePropName="fileList" getValueFromEvent={normFile} rules={[{ required: true }]}>
              <Upload.Dragger beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx">
                <p className="ant-upload-text">Click or drag your resume to this area</p>
                <p className="ant-upload-hint">PDF or Word, max. 5 MB</p>
              </Upload.Dragger>
            </Form.Item>
            <Form.Item name="coverLetter" label="Cover letter (optional)" valuePropName="fileList" getValueFromEvent={normFile}>
              <Upload beforeUpload={() => false} maxCount={1}><Button>Upload cover letter</Button></Upload>
            </Form.Item>
            <h2>{cfg.questionsTitle}</h2>
            {cfg.questions.map(Q)}
            <Form.Item name="startDate" label="Earliest start date"><DatePicker format="DD/MM/YYYY" placeholder="DD/MM/YYYY" style={{ width: 220 }} /></Form.Item>
            <Form.Item label="Expected salary" extra="Gross, before tax">
              <Space.Compact>
                <Form.Item name="currency" noStyle><Select style={{ width: 100 }} options={opts(['SGD', 'USD', 'MYR', 'HKD', 'EUR'])} aria-label="Currency" /></Form.Item>
                <Form.Item name="salary" noStyle><InputNumber style={{ width: 180 }} min={0} formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v?.replace(/,/g, '')} /></Form.Item>
                <Form.Item name="period" noStyle><Select style={{ width: 130 }} options={opts(['per hour', 'per month', 'per year'])} aria-label="Salary period" /></Form.Item>
              </Space.Compact>
            </Form.Item>
            <Form.Item name="skills" label={cfg.skillsLabel}><Select mode="tags" placeholder="Add tools" options={opts(cfg.skills)} /></Form.Item>
            <h2>Voluntary self-identification</h2>
            <Form.Item name="gender" label="Gender"><Select placeholder="Please select" options={opts(['Female', 'Male', 'Non-binary', 'Prefer not to say'])} /></Form.Item>
            <Form.Item name="veteran" label="Are you a protected veteran?"><Select placeholder="Please select" options={opts(['Yes', 'No', 'Prefer not to say'])} /></Form.Item>
            <Form.Item name="source" label="How did you hear about us?"><Select placeholder="Please select" options={opts(['LinkedIn', 'JobStreet', 'MyCareersFuture', 'Referral', 'Other'])} /></Form.Item>
            <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept'))) }]}>
              <Checkbox>I consent to Orchid Line collecting and using my personal data under the PDPA for recruitment purposes.</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" id="submit-application" size="large">Submit application</Button>
          </Form>
        </div>
        <footer className="foot">
          <span>Stay in the loop</span>
          <Input id="newsletter-email" placeholder="Email address" style={{ width: 260 }} />
          <Button>Subscribe</Button>
        </footer>
      </ConfigProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
