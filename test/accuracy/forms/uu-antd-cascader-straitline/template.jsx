/*
 * Straitline (a Singapore-founded container-shipping data company hiring in San Francisco) careers
 * page on antd 6 with its own Form store (Form name="candidate": ids like candidate_fullName).
 * Exercises: a dial-code Select joined to the phone in Space.Compact, preset to Singapore and shown
 * through labelRender as "🇸🇬 +65" (menu entries "Singapore (+65)", "Canada (+1)", "United States
 * (+1)"…); a Cascader Region / Country / Metro area whose last level names "San Francisco Bay Area"
 * (search over the whole path); showSearch Selects for qualification and school; a multiple Select
 * of skills (leave); Radio.Groups (sentence sponsorship answers whose "Yes" reveals a visa Select
 * kept in the DOM by Form.Item hidden); DatePicker DD/MM/YYYY; salary as a currency Select preset
 * "SGD" + InputNumber with a thousands formatter + "per month / per year" radios; Upload with a
 * button (rc-upload swaps its input after each pick: judged by the file list); TextArea cover
 * letter; a newsletter box inside the form; a talent-community box in the footer.
 * Postings pass title, intro, years buckets and questions. State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Cascader, Checkbox, ConfigProvider, DatePicker, Divider, Form, Input, InputNumber, Layout, Radio, Result, Select, Space, Typography, Upload } from 'antd';

const DIAL = [
  ['SG', '🇸🇬', 'Singapore', '+65'], ['MY', '🇲🇾', 'Malaysia', '+60'], ['ID', '🇮🇩', 'Indonesia', '+62'], ['HK', '🇭🇰', 'Hong Kong', '+852'],
  ['IN', '🇮🇳', 'India', '+91'], ['AU', '🇦🇺', 'Australia', '+61'], ['GB', '🇬🇧', 'United Kingdom', '+44'], ['NL', '🇳🇱', 'Netherlands', '+31'],
  ['CA', '🇨🇦', 'Canada', '+1'], ['US', '🇺🇸', 'United States', '+1'],
].map(([value, flag, name, dial]) => ({ value, label: `${name} (${dial})`, flag, dial }));
const leaf = (names) => names.map((n) => ({ value: n, label: n }));
const REGIONS = [
  { value: 'Asia Pacific', label: 'Asia Pacific', children: [
    { value: 'Singapore', label: 'Singapore', children: leaf(['Singapore']) },
    { value: 'Australia', label: 'Australia', children: leaf(['Sydney', 'Melbourne', 'Brisbane']) },
    { value: 'Japan', label: 'Japan', children: leaf(['Tokyo', 'Osaka']) },
    { value: 'India', label: 'India', children: leaf(['Bengaluru', 'Mumbai', 'Chennai']) },
  ] },
  { value: 'Europe', label: 'Europe', children: [
    { value: 'United Kingdom', label: 'United Kingdom', children: leaf(['London', 'Manchester']) },
    { value: 'Netherlands', label: 'Netherlands', children: leaf(['Rotterdam', 'Amsterdam']) },
    { value: 'Germany', label: 'Germany', children: leaf(['Hamburg', 'Berlin']) },
  ] },
  { value: 'North America', label: 'North America', children: [
    { value: 'Canada', label: 'Canada', children: leaf(['Vancouver', 'Toronto', 'Montreal']) },
    { value: 'United States', label: 'United States', children: leaf(['Houston area', 'Los Angeles area', 'New York City area', 'San Diego area', 'San Francisco Bay Area', 'Seattle area']) },
  ] },
];
const QUALIFICATIONS = ['Diploma / Polytechnic', "Bachelor's Degree", "Bachelor's Degree (Honours)", "Master's Degree", 'MBA', 'PhD', 'Professional certification only'];
const SCHOOLS = [
  'Nanyang Technological University', 'National University of Singapore', 'Singapore Management University', 'Singapore Polytechnic',
  'Stanford University', 'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, San Diego',
  'University of Melbourne', 'University of Sydney', 'Delft University of Technology', 'Other',
].map((s) => ({ value: s, label: s }));
const SKILLS = ['Airflow', 'AIS / vessel tracking data', 'BigQuery', 'dbt', 'Flink', 'Kafka', 'Python', 'Scala', 'Snowflake', 'Spark', 'SQL', 'Terraform'].map((s) => ({ value: s, label: s }));

function Application({ posting, onModel }) {
  const [form] = Form.useForm();
  const [sent, setSent] = useState(false);
  const sponsorship = Form.useWatch('sponsorship', form);
  const sync = () => {
    const v = form.getFieldsValue(true);
    onModel({ ...v, startDate: v.startDate ? v.startDate.format('YYYY-MM-DD') : null, resume: (v.resume ?? []).map((f) => f.name) });
  };
  if (sent) return <div id="sl-done"><Result status="success" title="Application submitted" subTitle="Thank you. Our talent team in Singapore will review it and reply within two weeks." /></div>;
  return (
    <Form form={form} name="candidate" layout="vertical" requiredMark="optional" scrollToFirstError
      initialValues={{ phoneCountry: 'SG', salaryCurrency: 'SGD', newsletter: false, consent: false, skills: [] }}
      onValuesChange={sync} onFinish={() => setSent(true)} style={{ maxWidth: 720 }}>
      <Typography.Text type="secondary">{posting.team}</Typography.Text>
      <Typography.Title level={2} style={{ marginTop: 4 }}>{posting.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{posting.where}</Typography.Paragraph>
      <Typography.Paragraph>{posting.intro}</Typography.Paragraph>

      <Divider titlePlacement="start">Personal details</Divider>
      <Form.Item name="fullName" label="Full name (as in your passport)" rules={[{ required: true, message: 'Please enter your name' }]}><Input /></Form.Item>
      <Form.Item name="preferredName" label="What should we call you?" extra="Only if it differs from your first name"><Input /></Form.Item>
      <Form.Item name="email" label="Email" rules={[{ required: true, type: 'email', message: 'Please enter a valid email' }]}><Input /></Form.Item>
      <Form.Item label="Contact number" required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="phoneCountry" noStyle>
            <Select style={{ width: 130 }} options={DIAL} showSearch={{ optionFilterProp: 'label' }} popupMatchSelectWidth={240} aria-label="Country code"
              labelRender={({ value }) => { const d = DIAL.find((x) => x.value === value); return d ? `${d.flag} ${d.dial}` : value; }} />
          </Form.Item>
          <Form.Item name="phone" noStyle rules={[{ required: true, message: 'Please enter your number' }]}><Input placeholder="Phone number" /></Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="location" label="Where do you live?" extra="Region, country and nearest metro area">
        <Cascader options={REGIONS} placeholder="Please select" expandTrigger="hover"
          showSearch={{ filter: (input, path) => path.map((o) => o.label).join(' / ').toLowerCase().includes(input.toLowerCase()) }} />
      </Form.Item>
      <Form.Item name="linkedin" label="LinkedIn URL"><Input placeholder="https://www.linkedin.com/in/…" /></Form.Item>
      <Form.Item name="website" label="Personal website"><Input placeholder="https://" /></Form.Item>

      <Divider titlePlacement="start">Experience</Divider>
      <Space style={{ display: 'flex' }} size="middle">
        <Form.Item name="company" label="Current company" style={{ flex: 1 }}><Input /></Form.Item>
        <Form.Item name="designation" label="Current designation" style={{ flex: 1 }}><Input /></Form.Item>
      </Space>
      <Form.Item name="years" label={posting.yearsLabel}><Select placeholder="Please select" options={posting.years.map((y) => ({ value: y, label: y }))} /></Form.Item>
      <Form.Item name="qualification" label="Highest qualification"><Select placeholder="Please select" showSearch={{ optionFilterProp: 'label' }} options={QUALIFICATIONS.map((q) => ({ value: q, label: q }))} /></Form.Item>
      <Form.Item name="school" label="University / institution"><Select placeholder="Type to search" showSearch={{ optionFilterProp: 'label' }} options={SCHOOLS} /></Form.Item>
      <Form.Item name="skills" label="Skills" extra="Pick up to eight"><Select mode="multiple" maxCount={8} placeholder="Add skills" options={SKILLS} /></Form.Item>
      <Form.Item name="resume" label="Resume" valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)} rules={[{ required: true, message: 'Please upload your resume' }]}>
        <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx"><Button>Select file</Button></Upload>
      </Form.Item>
      <Form.Item name="coverLetter" label="Cover letter"><Input.TextArea rows={5} showCount maxLength={3000} /></Form.Item>

      <Divider titlePlacement="start">Work eligibility and terms</Divider>
      <Form.Item name="authorized" label="Are you legally eligible to work in the United States?"><Radio.Group options={['Yes', 'No']} /></Form.Item>
      <Form.Item name="sponsorship" label="Will you need Straitline to sponsor a work visa for this role?">
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={["No, I don't need sponsorship", 'Yes, I need sponsorship now', "Not now, but I will in the future (e.g. OPT ends)"]} />
      </Form.Item>
      <Form.Item name="visaType" label="Which visa would you need?" hidden={!sponsorship || sponsorship.startsWith('No')}>
        <Select placeholder="Please select" options={['H-1B', 'H-1B transfer', 'E-3', 'TN', 'O-1', 'Other'].map((x) => ({ value: x, label: x }))} />
      </Form.Item>
      <Form.Item name="startDate" label="When could you start?"><DatePicker format="DD/MM/YYYY" placeholder="DD/MM/YYYY" style={{ width: 220 }} /></Form.Item>
      <Form.Item label="Expected salary" extra="Base pay, before bonus">
        <Space.Compact>
          <Form.Item name="salaryCurrency" noStyle><Select style={{ width: 90 }} options={['SGD', 'USD', 'EUR', 'GBP', 'AUD'].map((c) => ({ value: c, label: c }))} aria-label="Currency" /></Form.Item>
          <Form.Item name="salary" noStyle>
            <InputNumber style={{ width: 200 }} min={0} formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v?.replace(/,/g, '')} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="salaryPeriod" label="Salary is"><Radio.Group options={['per month', 'per year']} /></Form.Item>
      <Form.Item name="notice" label="Notice period"><Select placeholder="Please select" options={['Immediate', '2 weeks', '1 month', '2 months', '3 months or more'].map((x) => ({ value: x, label: x }))} /></Form.Item>

      <Divider titlePlacement="start">About this role</Divider>
      {posting.questions.map((q) => (
        <Form.Item key={q.key} name={q.key} label={q.label}>
          {q.kind === 'radio' ? <Radio.Group options={q.options} /> : q.kind === 'select' ? <Select placeholder="Please select" options={q.options.map((o) => ({ value: o, label: o }))} /> : <Input.TextArea rows={3} />}
        </Form.Item>
      ))}
      <Form.Item name="source" label="Where did you find this job?"><Select placeholder="Please select" options={['LinkedIn', 'MyCareersFuture', 'Straitline website', 'Referral', 'Event or meetup', 'Other'].map((x) => ({ value: x, label: x }))} /></Form.Item>
      <Form.Item name="newsletter" valuePropName="checked"><Checkbox>Send me Straitline's quarterly engineering newsletter</Checkbox></Form.Item>
      <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept to continue'))) }]}>
        <Checkbox>I consent to Straitline processing my personal data under the PDPA for recruitment purposes</Checkbox>
      </Form.Item>
      <Button id="sl-submit" type="primary" htmlType="submit" size="large">Submit application</Button>
    </Form>
  );
}

function Page({ posting }) {
  const [model, setModel] = useState({});
  document.getElementById('model').textContent = JSON.stringify(model, null, 2);
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#0f766e', borderRadius: 6 } }}>
      <Layout style={{ minHeight: '100vh', background: '#f5f7f7' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#042f2e' }}>
          <span style={{ color: '#99f6e4', fontWeight: 700, fontSize: 18, flex: 1 }}>Straitline · Careers</span>
          <Input.Search id="sl-search" placeholder="Search jobs" style={{ width: 260 }} aria-label="Search jobs" />
        </Layout.Header>
        <Layout.Content style={{ padding: '28px 0' }}>
          <div style={{ background: '#fff', maxWidth: 800, margin: '0 auto', padding: '28px 40px', borderRadius: 8 }}>
            <Application posting={posting} onModel={setModel} />
          </div>
        </Layout.Content>
        <Layout.Footer style={{ background: '#ccfbf1' }}>
          <div style={{ maxWidth: 800, margin: '0 auto' }}>
            <Typography.Text strong>Join our talent community</Typography.Text>
            <form id="sl-community" onSubmit={(e) => e.preventDefault()} style={{ display: 'flex', gap: 8, marginTop: 8 }}>
              <Input id="sl-community-email" placeholder="Email address" aria-label="Email address" style={{ width: 280 }} />
              <Button htmlType="submit">Keep me posted</Button>
            </form>
          </div>
        </Layout.Footer>
      </Layout>
    </ConfigProvider>
  );
}

export function renderPosting(posting) {
  createRoot(document.getElementById('root')).render(<Page posting={posting} />);
}
