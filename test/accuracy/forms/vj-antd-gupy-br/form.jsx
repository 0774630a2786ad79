/*
 * A Brazilian logistics scale-up's Gupy-style application page, English version, built with React
 * + antd 6: Form "apply" (ids `apply_<field>`), full name + "Social name", CPF, a dial-code Select
 * preset "🇧🇷 +55" ("🇨🇦 +1" before "🇺🇸 +1") in a Space.Compact before "Mobile phone with area
 * code", date of birth and start date as DatePickers in DD/MM/YYYY, gender and PcD selects, a
 * country Select (showSearch) preset Brazil whose choice swaps the Brazilian state Select (UF) for a
 * free "State / Province" Input, CEP placeholder "00000-000", Brazilian education levels, year
 * ranges as button radios, salary in R$ per month (CLT), contract preference, language levels,
 * Upload.Dragger resume, cover-letter TextArea, LGPD consent and "other opportunities" checkboxes,
 * header job search + sign in, footer talent-pool email. Form values are rendered into <pre id="model">.
 */
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, ConfigProvider, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Upload } from 'antd';
import countries from 'world-countries';

const COUNTRY_OPTIONS = countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const DIALS = [
  { value: 'BR', label: '🇧🇷 +55' }, { value: 'AR', label: '🇦🇷 +54' }, { value: 'PT', label: '🇵🇹 +351' }, { value: 'CA', label: '🇨🇦 +1' },
  { value: 'US', label: '🇺🇸 +1' }, { value: 'MX', label: '🇲🇽 +52' }, { value: 'CO', label: '🇨🇴 +57' },
];
const UFS = ['AC', 'AL', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MG', 'MS', 'MT', 'PA', 'PB', 'PE', 'PR', 'RJ', 'RN', 'RS', 'SC', 'SP', 'TO'];
const opts = (list) => list.map((label) => ({ value: label, label }));
const normFile = (e) => (Array.isArray(e) ? e : e?.fileList);
const FIELDS = ['fullName', 'socialName', 'email', 'dialCode', 'mobile', 'cpf', 'birthDate', 'gender', 'pcd', 'country', 'uf', 'stateText', 'city', 'cep',
  'education', 'institution', 'years', 'linkedin', 'english', 'spanish', 'salary', 'contract', 'startDate', 'authorizedBR', 'resume', 'coverLetter', 'consent', 'otherJobs'];

export function renderGupy(cfg) {
  function App() {
    const [form] = Form.useForm();
    const [values, setValues] = useState({});
    const [sent, setSent] = useState(false);
    const country = Form.useWatch('country', form);
    const sync = () => setValues(form.getFieldsValue(true));
    useEffect(sync, [country]);
    const model = useMemo(() => {
      const m = Object.fromEntries([...FIELDS, ...cfg.questions.map((q) => q.id)].map((k) => [k, null]));
      for (const [k, v] of Object.entries(values)) if (v !== undefined) m[k] = v;
      for (const [k, v] of Object.entries(m)) {
        if (v && typeof v === 'object' && typeof v.format === 'function') m[k] = v.format('YYYY-MM-DD');
        else if (Array.isArray(v) && v[0] && v[0].originFileObj !== undefined) m[k] = v.map((f) => f.name);
      }
      return m;
    }, [values]);
    useEffect(() => { document.getElementById('model').textContent = JSON.stringify(model, null, 2); }, [model]);
    if (sent) return <div className="page"><h2 id="application-done">Application sent! Follow the next steps in your Gupy candidate area.</h2></div>;
    const Q = (q) => {
      const rules = q.required ? [{ required: true }] : [];
      if (q.kind === 'select') return <Form.Item key={q.id} name={q.id} label={q.label} rules={rules}><Select placeholder="Select" options={opts(q.options)} /></Form.Item>;
      if (q.kind === 'radio') return <Form.Item key={q.id} name={q.id} label={q.label} rules={rules}><Radio.Group options={q.options} /></Form.Item>;
      if (q.kind === 'textarea') return <Form.Item key={q.id} name={q.id} label={q.label} rules={rules}><Input.TextArea rows={4} showCount maxLength={1000} /></Form.Item>;
      return <Form.Item key={q.id} name={q.id} label={q.label} rules={rules}><Input placeholder={q.placeholder} /></Form.Item>;
    };
    return (
      <ConfigProvider theme={{ token: { colorPrimary: '#1c5dd6' } }}>
        <header className="top">
          <span className="logo">{cfg.company} <small>· powered by Gupy</small></span>
          <Input.Search id="job-search" placeholder="Search jobs" style={{ width: 240 }} />
          <Button id="sign-in">Sign in</Button>
        </header>
        <div className="page">
          <p className="team">{cfg.team}</p>
          <h1>{cfg.title}</h1>
          <p>{cfg.location}</p>
          <p>{cfg.blurb}</p>
          <Form form={form} name="apply" layout="vertical" onValuesChange={sync} initialValues={{ dialCode: 'BR', country: 'BR', languages: [] }}
            onFinish={(v) => { if (v.consent) setSent(true); }}>
            <h3>Personal information</h3>
            <Form.Item name="fullName" label="Full name" rules={[{ required: true }]}><Input autoComplete="name" /></Form.Item>
            <Form.Item name="socialName" label="Social name" extra="How you would like to be called, if different from your registered name (optional)"><Input /></Form.Item>
            <Form.Item name="email" label="Email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
            <Form.Item label="Mobile phone with area code" required>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item name="dialCode" noStyle><Select style={{ width: 120 }} options={DIALS} aria-label="Country code" /></Form.Item>
                <Form.Item name="mobile" noStyle rules={[{ required: true }]}><Input placeholder="(11) 91234-5678" type="tel" /></Form.Item>
              </Space.Compact>
            </Form.Item>
            <Form.Item name="cpf" label="CPF" extra="Brazilian taxpayer number. Foreign candidates may leave it blank."><Input placeholder="000.000.000-00" maxLength={14} /></Form.Item>
            <Form.Item name="birthDate" label="Date of birth"><DatePicker format="DD/MM/YYYY" placeholder="DD/MM/YYYY" style={{ width: 220 }} /></Form.Item>
            <Form.Item name="gender" label="Gender"><Select placeholder="Select" options={opts(['Female', 'Male', 'Non-binary', 'Prefer not to say'])} /></Form.Item>
            <Form.Item name="pcd" label="Are you a person with a disability (PcD)?"><Select placeholder="Select" options={opts(['Yes', 'No', 'Prefer not to say'])} /></Form.Item>
            <h3>Address</h3>
            <Form.Item name="country" label="Country" rules={[{ required: true }]}><Select showSearch optionFilterProp="label" options={COUNTRY_OPTIONS} /></Form.Item>
            <div data-field="state">
              {country === 'BR'
                ? <Form.Item name="uf" label="State (UF)"><Select placeholder="Select" options={opts(UFS)} /></Form.Item>
                : <Form.Item name="stateText" label="State / Province"><Input /></Form.Item>}
            </div>
            <Form.Item name="city" label="City"><Input /></Form.Item>
            <Form.Item name="cep" label="ZIP code (CEP)"><Input placeholder="00000-000" style={{ width: 200 }} /></Form.Item>
            <h3>Education and experience</h3>
            <Form.Item name="education" label="Education level" rules={[{ required: true }]}>
              <Select placeholder="Select" options={opts(['High school', 'Technical course', "Bachelor's degree – in progress", "Bachelor's degree – completed", 'Postgraduate / MBA', "Master's degree", 'Doctorate'])} />
            </Form.Item>
            <Form.Item name="institution" label="Institution"><Input /></Form.Item>
            <Form.Item name="years" label={cfg.yearsLabel} rules={[{ required: true }]}><Radio.Group optionType="button" buttonStyle="solid" options={cfg.ranges} /></Form.Item>
            <Form.Item name="linkedin" label="LinkedIn"><Input placeholder="linkedin.com/in/your-profile" /></Form.Item>
            <Form.Item name="english" label="English level"><Select placeholder="Select" options={opts(['Basic', 'Intermediate', 'Advanced', 'Fluent / native'])} /></Form.Item>
            <Form.Item name="spanish" label="Spanish level"><Select placeholder="Select" options={opts(['None', 'Basic', 'Intermediate', 'Advanced', 'Fluent / native'])} /></Form.Item>
            <h3>About the position</h3>
            <Form.Item name="salary" label="Salary expectation (gross monthly, CLT)"><InputNumber prefix="R$" style={{ width: 220 }} min={0} /></Form.Item>
            <Form.Item name="contract" label="Preferred contract type"><Radio.Group options={['CLT', 'PJ', 'Either']} /></Form.Item>
            <Form.Item name="startDate" label="Available to start from"><DatePicker format="DD/MM/YYYY" placeholder="DD/MM/YYYY" style={{ width: 220 }} /></Form.Item>
            <Form.Item name="authorizedBR" label="Are you authorized to work in Brazil?"><Radio.Group options={['Yes', 'No']} /></Form.Item>
            {cfg.questions.map(Q)}
            <Form.Item name="resume" label="Resume" valuePropName="fileList" getValueFromEvent={normFile} rules={[{ required: true }]}>
              <Upload.Dragger beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx">
                <p>Click or drag your resume here</p><p className="hint">PDF or Word, up to 5 MB</p>
              </Upload.Dragger>
            </Form.Item>
            <Form.Item name="coverLetter" label="Cover letter (optional)"><Input.TextArea rows={5} showCount maxLength={3000} /></Form.Item>
            <Form.Item name="consent" valuePropName="checked" rules={[{ required: true }]}><Checkbox>I have read and agree to the Terms of Use and the Privacy Policy (LGPD)</Checkbox></Form.Item>
            <Form.Item name="otherJobs" valuePropName="checked"><Checkbox>I want {cfg.company} to consider me for other opportunities</Checkbox></Form.Item>
            <Button type="primary" htmlType="submit" id="submit-application" size="large">Submit application</Button>
          </Form>
        </div>
        <footer className="foot"><span>Join our talent pool</span><Input id="talent-pool-email" placeholder="Your email" style={{ width: 240 }} /><Button>Join</Button></footer>
      </ConfigProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
