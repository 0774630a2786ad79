/*
 * Kelpworks careers: an antd v6 Form (name "apply": ids "apply_<field>"). Choice controls beyond
 * the plain select: antd's Select is virtual by default (rc-virtual-list keeps ~8 of 250 countries
 * in the DOM), a dial-code Select whose options carry a flag and "United States · +1" secondary
 * text while the box shows only "+1", a country Select whose values are ISO codes ("US" shows
 * "United States of America"), a school Select that searches a (simulated) directory 300 ms after
 * the second typed character, Radio "cards" with a title and a description line, button-style
 * Radio.Groups, a Switch for a yes/no statement, a multiple Select of offices, a languages
 * Checkbox.Group, pronouns with "Prefer not to say" and "Other (please specify)" that reveals a box.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import { Button, Checkbox, ConfigProvider, Divider, Form, Input, Layout, Radio, Result, Select, Space, Switch, Typography } from 'antd';

const { Title, Paragraph, Text } = Typography;

const label = (c) => (c.cca2 === 'US' ? 'United States of America' : c.cca2 === 'GB' ? 'United Kingdom of Great Britain and Northern Ireland' : c.name.common);
const COUNTRIES = countries.map((c) => ({ value: c.cca2, label: label(c), flag: c.flag, dial: c.idd.root ? c.idd.root + (c.idd.suffixes?.length === 1 ? c.idd.suffixes[0] : '') : '' })).sort((a, b) => a.label.localeCompare(b.label));
const DIALS = COUNTRIES.filter((c) => c.dial).map((c) => ({
  value: c.value,
  dial: c.dial,
  search: `${c.label} ${c.dial}`,
  label: (
    <span className="kw-dial-option">
      <span className="kw-flag" aria-hidden="true">{c.flag}</span>
      <span className="kw-dial-name">{c.value === 'US' ? 'United States' : c.label}</span>
      <span className="kw-dial-code"> · {c.dial}</span>
    </span>
  ),
}));
const SCHOOLS = [
  'Berkeley City College', 'Berkeley College', 'Boston University', 'California State University, East Bay', 'Carnegie Mellon University',
  'Dalhousie University', 'Georgia Institute of Technology', 'Memorial University of Newfoundland', 'Oregon State University',
  'San Francisco State University', 'Stanford University', 'University of British Columbia', 'University of California, Berkeley',
  'University of California, Davis', 'University of California, Los Angeles', 'University of California, San Diego',
  'University of California, Santa Cruz', 'University of Maine', 'University of Washington', 'UC Berkeley Extension',
];
// The careers API's school directory, simulated: answers ~200 ms after the request.
const searchSchools = (q) => new Promise((resolve) => setTimeout(() => resolve(SCHOOLS.filter((s) => s.toLowerCase().includes(q.toLowerCase())).slice(0, 8)), 200));

export function renderApplication(posting) {
  function Application() {
    const [form] = Form.useForm();
    const [values, setValues] = useState({});
    const [schoolOptions, setSchoolOptions] = useState([]);
    const [schoolHint, setSchoolHint] = useState('Type at least 2 characters');
    const timer = useRef();
    const [search, setSearch] = useState('');
    const [news, setNews] = useState('');
    const [sent, setSent] = useState(false);
    const [resume, setResume] = useState([]);
    const onSchoolSearch = (q) => {
      clearTimeout(timer.current);
      if (q.trim().length < 2) { setSchoolOptions([]); setSchoolHint('Type at least 2 characters'); return; }
      setSchoolHint('Searching…');
      timer.current = setTimeout(async () => {
        const found = await searchSchools(q.trim());
        setSchoolOptions(found.map((s) => ({ value: s, label: s })));
        setSchoolHint('No schools found');
      }, 300);
    };
    useEffect(() => () => clearTimeout(timer.current), []);
    const model = { ...values, workAuth: values.workAuth ?? false, offices: values.offices ?? [], languages: values.languages ?? [], resume, search, news };
    const card = (title, desc) => (
      <span className="kw-card"><span className="kw-card-title">{title}</span><span className="kw-card-desc">{desc}</span></span>
    );
    return (
      <ConfigProvider theme={{ token: { colorPrimary: posting.color } }}>
        <Layout style={{ minHeight: '100vh', background: '#f4f7f6' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: posting.header }}>
            <Text strong style={{ color: '#fff', fontSize: 18 }}>Kelpworks</Text>
            <Text style={{ color: '#cde7e0', flex: 1 }}>Careers · Life at Kelpworks · Benefits</Text>
            <Input.Search id="kw-search" name="q" placeholder="Search jobs" aria-label="Search jobs" style={{ width: 240 }} value={search} onChange={(e) => setSearch(e.target.value)} />
          </Layout.Header>
          <Layout.Content style={{ maxWidth: 780, margin: '32px auto', width: '100%' }}>
            <Text type="secondary">{posting.team} · {posting.where}</Text>
            <Title level={2} style={{ marginTop: 4 }}>{posting.title}</Title>
            <Paragraph>{posting.intro}</Paragraph>
            <div style={{ background: '#fff', padding: 32, borderRadius: 8 }}>
              {sent ? <div id="kw-sent"><Result status="success" title="Application received" subTitle="Thank you! Our talent team replies within ten working days." /></div> : (
                <Form form={form} name="apply" layout="vertical" requiredMark onValuesChange={(_, all) => setValues(all)} onFinish={() => setSent(true)}>
                  <Divider titlePlacement="start">About you</Divider>
                  <Space.Compact block style={{ gap: 16 }}>
                    <Form.Item label="First name" name="firstName" rules={[{ required: true }]} style={{ flex: 1 }}><Input autoComplete="off" /></Form.Item>
                    <Form.Item label="Last name" name="lastName" rules={[{ required: true }]} style={{ flex: 1 }}><Input autoComplete="off" /></Form.Item>
                  </Space.Compact>
                  <Form.Item label="Email address" name="email" rules={[{ required: true, type: 'email' }]}><Input autoComplete="off" /></Form.Item>
                  <Form.Item label="Mobile number" required>
                    <Space.Compact block>
                      <Form.Item name="dialCode" noStyle rules={[{ required: true, message: 'Pick a country code' }]}>
                        <Select
                          id="apply_dialCode"
                          aria-label="Country code"
                          placeholder="Code"
                          showSearch={{ optionFilterProp: 'search' }}
                          style={{ width: 130 }}
                          popupMatchSelectWidth={300}
                          options={DIALS}
                          optionLabelProp="dial"
                          labelRender={(o) => { const d = DIALS.find((x) => x.value === o.value); return d ? `${d.dial}` : o.label; }}
                        />
                      </Form.Item>
                      <Form.Item name="phone" noStyle rules={[{ required: true }]}><Input id="apply_phone" placeholder="Phone number" autoComplete="off" /></Form.Item>
                    </Space.Compact>
                  </Form.Item>
                  <Form.Item label="Country of residence" name="country" rules={[{ required: true }]}>
                    <Select showSearch={{ optionFilterProp: 'label' }} placeholder="Select a country" options={COUNTRIES.map(({ value, label }) => ({ value, label }))} />
                  </Form.Item>
                  <Form.Item label="City" name="city" rules={[{ required: true }]}><Input autoComplete="off" /></Form.Item>
                  <Form.Item label="LinkedIn profile" name="linkedin"><Input placeholder="https://linkedin.com/in/…" autoComplete="off" /></Form.Item>
                  <Space.Compact block style={{ gap: 16 }}>
                    <Form.Item label="Current employer" name="employer" style={{ flex: 1 }}><Input autoComplete="off" /></Form.Item>
                    <Form.Item label="Current job title" name="jobTitle" style={{ flex: 1 }}><Input autoComplete="off" /></Form.Item>
                  </Space.Compact>
                  <Form.Item label="Resume / CV" required extra="PDF or Word, up to 10 MB">
                    <input id="kw-resume" type="file" accept=".pdf,.doc,.docx" style={{ position: 'absolute', width: 1, height: 1, opacity: 0 }} onChange={(e) => setResume(Array.from(e.target.files).map((f) => f.name))} />
                    <Button onClick={() => document.getElementById('kw-resume').click()}>Upload file</Button>
                    {resume.length ? <Text style={{ marginLeft: 12 }}>📎 {resume.join(', ')}</Text> : null}
                  </Form.Item>

                  <Divider titlePlacement="start">Education</Divider>
                  <Form.Item label="School or university" name="school" extra="Start typing to search our directory">
                    <Select showSearch={{ filterOption: false, onSearch: onSchoolSearch }} placeholder="Search schools" options={schoolOptions} notFoundContent={schoolHint} allowClear />
                  </Form.Item>
                  <Form.Item label="Highest completed education" name="education" rules={[{ required: true }]}>
                    <Radio.Group className="kw-cards">
                      <Radio value="hs">{card('High school', 'Diploma, GED or equivalent')}</Radio>
                      <Radio value="assoc">{card('Associate degree', 'Two-year college degree or diploma')}</Radio>
                      <Radio value="bachelor">{card('Bachelor’s degree', 'BA, BS, BEng or other four-year degree')}</Radio>
                      <Radio value="master">{card('Master’s degree', 'MA, MS, MBA, MEng')}</Radio>
                      <Radio value="doctorate">{card('Doctorate', 'PhD, EngD or equivalent')}</Radio>
                    </Radio.Group>
                  </Form.Item>

                  <Divider titlePlacement="start">Eligibility and preferences</Divider>
                  <Form.Item label={posting.yearsLabel} name="years" rules={[{ required: true }]}>
                    <Radio.Group optionType="button" buttonStyle="solid" options={posting.years} />
                  </Form.Item>
                  <Form.Item label="I am legally authorized to work in the United States" name="workAuth" valuePropName="checked" htmlFor="apply_workAuth">
                    <Switch />
                  </Form.Item>
                  <Form.Item label="Will you now or in the future require visa sponsorship?" name="sponsorship" rules={[{ required: true }]}>
                    <Radio.Group optionType="button" options={['Yes', 'No']} />
                  </Form.Item>
                  <Form.Item label="Desired annual base salary" name="salary"><Input prefix="$" suffix="USD" autoComplete="off" /></Form.Item>
                  <Form.Item label="Which of our sites could you work from? (select all that apply)" name="offices">
                    <Select mode="multiple" placeholder="Select sites" options={posting.offices.map((o) => ({ value: o, label: o }))} />
                  </Form.Item>
                  <Form.Item label="Languages you work in professionally (select all that apply)" name="languages">
                    <Checkbox.Group options={['English', 'French', 'Spanish', 'Norwegian', 'Japanese']} />
                  </Form.Item>
                  {posting.questions.map((q) => (
                    <Form.Item key={q.name} label={q.label} name={q.name}>
                      {q.type === 'radio' ? <Radio.Group options={q.options} /> : <Input.TextArea rows={3} />}
                    </Form.Item>
                  ))}
                  <Form.Item label="Pronouns" name="pronouns">
                    <Select placeholder="Select" allowClear options={['He/him', 'She/her', 'They/them', 'Prefer not to say', 'Other (please specify)'].map((p) => ({ value: p.toLowerCase(), label: p }))} />
                  </Form.Item>
                  {values.pronouns === 'other (please specify)' && (
                    <Form.Item label="Please specify your pronouns" name="pronounsOther"><Input /></Form.Item>
                  )}
                  <Form.Item label="Cover letter (optional)" name="coverLetter"><Input.TextArea rows={4} /></Form.Item>
                  <Form.Item label="How did you hear about this job?" name="source">
                    <Select placeholder="Select" options={['LinkedIn', 'Indeed', 'Kelpworks website', 'Referral', 'Event', 'Other (please specify)'].map((p) => ({ value: p, label: p }))} />
                  </Form.Item>
                  {values.source === 'Other (please specify)' && <Form.Item label="Where did you hear about us?" name="sourceOther"><Input /></Form.Item>}

                  <Divider titlePlacement="start">Voluntary self-identification</Divider>
                  <Form.Item label="Gender" name="gender">
                    <Select placeholder="Select" options={['Female', 'Male', 'Non-binary', 'Prefer not to say'].map((p) => ({ value: p, label: p }))} />
                  </Form.Item>
                  <Form.Item label="Veteran status" name="veteran">
                    <Radio.Group options={['I am a protected veteran', 'I am not a protected veteran', 'Prefer not to say']} />
                  </Form.Item>
                  <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept'))) }]}>
                    <Checkbox>I have read the Kelpworks applicant privacy notice and agree to its terms.</Checkbox>
                  </Form.Item>
                  <Button id="kw-submit" type="primary" htmlType="submit" size="large">Submit application</Button>
                </Form>
              )}
            </div>
            <div style={{ marginTop: 32, display: 'flex', gap: 12, alignItems: 'center' }}>
              <Text>Get Kelpworks job alerts</Text>
              <Input id="kw-news" type="email" placeholder="you@example.com" aria-label="Job alerts email" style={{ width: 260 }} value={news} onChange={(e) => setNews(e.target.value)} />
              <Button>Subscribe</Button>
            </div>
          </Layout.Content>
        </Layout>
        <pre id="model">{JSON.stringify(model)}</pre>
      </ConfigProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
