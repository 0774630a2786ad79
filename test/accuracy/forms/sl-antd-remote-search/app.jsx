/*
 * Fernhollow (London-headquartered insurtech) careers page for its San Francisco office, on antd 6.
 * Exercises: a dial-code Select preset to the UK joined to the phone in Space.Compact, an
 * AutoComplete whose options arrive from a fake remote search, a showSearch Select with
 * filterOption={false} that loads schools as you type (debounced), Radio.Group buttons, a multiple
 * Select to leave alone, InputNumber with "$" prefix and a currency Select addon, a DatePicker
 * "MM/DD/YYYY", Segmented, Switch, Upload.Dragger, Form rules. State goes to <pre id="model">.
 */
import { useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AutoComplete, Button, Card, Checkbox, ConfigProvider, DatePicker, Divider, Form, Input, InputNumber, Layout, Radio, Result, Segmented,
  Select, Space, Spin, Switch, Typography, Upload,
} from 'antd';

const PLACES = [
  'San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco del Rincón, Guanajuato, Mexico', 'San Fernando, CA, USA',
  'Santa Monica, CA, USA', 'Sunnyvale, CA, USA', 'Oakland, CA, USA', 'London, England, UK', 'Londonderry, NH, USA', 'New York, NY, USA',
];
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Berkeley - Haas School of Business', 'University of California, Irvine',
  'University of California, Santa Cruz', 'Berkeley City College', 'University of Cambridge', 'University of Oxford', 'Imperial College London',
  'Stanford University', 'San Jose State University', 'University of Washington',
];
const DIAL = [
  { value: 'GB', label: '🇬🇧 +44' }, { value: 'IE', label: '🇮🇪 +353' }, { value: 'CA', label: '🇨🇦 +1' }, { value: 'US', label: '🇺🇸 +1' },
  { value: 'DE', label: '🇩🇪 +49' }, { value: 'IN', label: '🇮🇳 +91' },
];
const remote = (list, q, ms) => new Promise((r) => setTimeout(() => r(list.filter((x) => x.toLowerCase().includes(q.toLowerCase())).slice(0, 7)), ms));

function PlaceInput({ id, value, onChange }) {
  const [options, setOptions] = useState([]);
  const seq = useRef(0);
  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      placeholder="Start typing a city"
      onSearch={(q) => {
        const n = ++seq.current;
        if (q.trim().length < 3) { setOptions([]); return; }
        remote(PLACES, q, 350).then((found) => { if (n === seq.current) setOptions(found.map((p) => ({ value: p }))); });
      }}
    />
  );
}

function SchoolSelect({ id, value, onChange }) {
  const [options, setOptions] = useState([]);
  const [fetching, setFetching] = useState(false);
  const timer = useRef(0);
  const seq = useRef(0);
  const onSearch = (q) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const n = ++seq.current;
      if (!q.trim()) { setOptions([]); return; }
      setFetching(true);
      remote(SCHOOLS, q, 300).then((found) => { if (n === seq.current) { setOptions(found.map((s) => ({ value: s, label: s }))); setFetching(false); } });
    }, 250);
  };
  return (
    <Select
      id={id}
      showSearch
      filterOption={false}
      onSearch={onSearch}
      value={value}
      onChange={onChange}
      placeholder="Search for your school"
      notFoundContent={fetching ? <Spin size="small" /> : 'Type to search schools'}
      options={options}
      allowClear
    />
  );
}

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) ?? {};
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const model = useMemo(() => ({
    ...values,
    startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
    resume: (values.resume ?? []).map((f) => f.name),
    search,
  }), [values, search]);
  const currency = (
    <Form.Item name="currency" noStyle>
      <Select id="apply_currency" style={{ width: 90 }} options={['GBP', 'USD', 'EUR'].map((c) => ({ value: c, label: c }))} />
    </Form.Item>
  );
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#0b6e4f' } }}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#0b3d2e' }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0, flex: 1 }}>Fernhollow</Typography.Title>
          <Input.Search id="fh-search" name="q" placeholder="Search roles" style={{ width: 240 }} value={search} onChange={(e) => setSearch(e.target.value)} />
        </Layout.Header>
        <Layout.Content style={{ maxWidth: 820, margin: '0 auto', padding: 32, width: '100%' }}>
          <Typography.Text type="secondary">Data Platform · San Francisco (hybrid, 3 days in office)</Typography.Text>
          <Typography.Title level={2}>Senior Data Engineer</Typography.Title>
          <Typography.Paragraph>Fernhollow prices small-business insurance in seconds. Our new San Francisco hub will own the claims data platform for North America.</Typography.Paragraph>
          {sent ? <div id="fh-sent"><Result status="success" title="Application sent" subTitle="Our talent team will reply within five working days." /></div> : (
            <Card>
              <Form form={form} name="apply" layout="vertical" requiredMark onFinish={() => setSent(true)}
                initialValues={{ firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', website: '', employer: '', jobTitle: '', dialCode: 'GB', currency: 'GBP', skills: [], workMode: 'Hybrid', textUpdates: false, consent: false }}>
                <Typography.Title level={4}>Personal information</Typography.Title>
                <Space.Compact block>
                  <Form.Item name="firstName" label="First name" rules={[{ required: true, message: 'Please enter your first name' }]} style={{ flex: 1, marginRight: 12 }}><Input /></Form.Item>
                  <Form.Item name="lastName" label="Surname" rules={[{ required: true, message: 'Please enter your surname' }]} style={{ flex: 1 }}><Input /></Form.Item>
                </Space.Compact>
                <Form.Item name="email" label="Email address" rules={[{ required: true, type: 'email', message: 'Please enter a valid email' }]}><Input /></Form.Item>
                <Form.Item label="Mobile number" required extra="We'll only call to arrange interviews.">
                  <Space.Compact block>
                    <Form.Item name="dialCode" noStyle><Select id="apply_dialCode" style={{ width: 120 }} options={DIAL} aria-label="Dialling code" /></Form.Item>
                    <Form.Item name="phone" noStyle rules={[{ required: true, message: 'Please enter your mobile number' }]}><Input id="apply_phone" type="tel" placeholder="7700 900123" /></Form.Item>
                  </Space.Compact>
                </Form.Item>
                <Form.Item name="location" label="Where do you currently live?" rules={[{ required: true, message: 'Please tell us where you live' }]}>
                  <PlaceInput />
                </Form.Item>
                <Form.Item name="linkedin" label="LinkedIn profile"><Input placeholder="https://www.linkedin.com/in/" /></Form.Item>
                <Form.Item name="website" label="Personal website or blog"><Input placeholder="https://" /></Form.Item>

                <Divider />
                <Typography.Title level={4}>Experience & education</Typography.Title>
                <Space.Compact block>
                  <Form.Item name="employer" label="Current employer" style={{ flex: 1, marginRight: 12 }}><Input /></Form.Item>
                  <Form.Item name="jobTitle" label="Current job title" style={{ flex: 1 }}><Input /></Form.Item>
                </Space.Compact>
                <Form.Item name="years" label="Years of experience in data engineering" rules={[{ required: true, message: 'Please choose one' }]}>
                  <Radio.Group optionType="button" buttonStyle="solid" options={['0-2', '3-5', '6-8', '9-12', '13+']} />
                </Form.Item>
                <Form.Item name="skills" label="Which of our stack have you used in production?">
                  <Select mode="multiple" allowClear placeholder="Select all that apply" options={['Python', 'Spark', 'Kafka', 'dbt', 'Snowflake', 'Airflow', 'Terraform', 'GCP'].map((s) => ({ value: s, label: s }))} />
                </Form.Item>
                <Form.Item name="school" label="University" extra="Search by name, e.g. “Imperial”">
                  <SchoolSelect />
                </Form.Item>
                <Form.Item name="degree" label="Highest qualification">
                  <Select placeholder="Please select" options={["GCSEs / A-levels", 'High school diploma', "Bachelor's degree (BA, BSc, BEng)", "Master's degree (MA, MSc, MEng)", 'PhD'].map((d) => ({ value: d, label: d }))} />
                </Form.Item>

                <Divider />
                <Typography.Title level={4}>Right to work & logistics</Typography.Title>
                <Form.Item name="authorised" label="Do you have the right to work in the United States?" rules={[{ required: true, message: 'Please answer' }]}>
                  <Radio.Group optionType="button" options={['Yes', 'No']} />
                </Form.Item>
                <Form.Item name="visa" label="Would you need Fernhollow to sponsor a visa now or in the future?" rules={[{ required: true, message: 'Please answer' }]}>
                  <Radio.Group optionType="button" options={['Yes', 'No']} />
                </Form.Item>
                <Form.Item name="workMode" label="Preferred way of working">
                  <Segmented options={['On-site', 'Hybrid', 'Remote']} />
                </Form.Item>
                <Form.Item name="salary" label="Expected annual base salary">
                  <InputNumber style={{ width: '100%' }} prefix="$" addonAfter={currency} min={0} step={1000} formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => (v ?? '').replace(/[^\d]/g, '')} />
                </Form.Item>
                <Form.Item name="startDate" label="When could you start?" rules={[{ required: true, message: 'Please pick a date' }]}>
                  <DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name="resume" label="CV / résumé" valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)} rules={[{ required: true, message: 'Please upload your CV' }]}>
                  <Upload.Dragger beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx">
                    <p className="ant-upload-text">Click or drag your CV to this area</p>
                    <p className="ant-upload-hint">PDF or Word, up to 8 MB</p>
                  </Upload.Dragger>
                </Form.Item>
                <Form.Item name="textUpdates" label="Send me application updates by text" valuePropName="checked"><Switch /></Form.Item>
                <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept to continue'))) }]}>
                  <Checkbox>I consent to Fernhollow processing my data as described in the candidate privacy notice</Checkbox>
                </Form.Item>
                <Button type="primary" htmlType="submit" size="large" id="fh-submit">Submit application</Button>
              </Form>
            </Card>
          )}
        </Layout.Content>
      </Layout>
      <pre id="model">{JSON.stringify(model)}</pre>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
