/*
 * Tanabe Seiki America careers (US arm of an Osaka precision-machinery maker): React 19 + antd 6
 * Form name="ta". Pieces: a dial-code Select in the mobile Input's addonBefore preset to "+81"
 * (the parent company's country), a searchable Cascader "Current residence" (Country / State /
 * City, Japan first; the search matches the whole path), Select mode="multiple" languages, Radio.Group optionType="button"
 * experience buckets, a Select of degrees with Japanese glosses, sentence Radio.Groups for
 * authorization, a non-searchable sponsorship Select, a Segmented time zone preset to JST, a
 * Checkbox.Group of sites, a pronoun Select, InputNumber salary, Upload (beforeUpload false: the
 * list is the state), EEO Selects, agreement Checkbox. Shared by the postings; Form.useWatch
 * values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Cascader, Checkbox, Form, Input, InputNumber, Radio, Segmented, Select, Upload } from 'antd';

const city = (v, l = v) => ({ value: v, label: l });
const RESIDENCE = [
  { value: 'JP', label: 'Japan', children: [
    { value: 'osaka', label: 'Osaka', children: [city('Osaka'), city('Sakai'), city('Higashiosaka')] },
    { value: 'tokyo', label: 'Tokyo', children: [city('Shinjuku'), city('Minato'), city('Hachioji')] },
    { value: 'aichi', label: 'Aichi', children: [city('Nagoya'), city('Toyota')] },
  ] },
  { value: 'US', label: 'United States', children: [
    { value: 'CA', label: 'California', children: [city('Fremont'), city('Los Angeles'), city('San Diego'), city('San Francisco'), city('San Jose'), city('South San Francisco')] },
    { value: 'TX', label: 'Texas', children: [city('Austin'), city('Dallas'), city('Houston')] },
    { value: 'WA', label: 'Washington', children: [city('Redmond'), city('Seattle')] },
    { value: 'MI', label: 'Michigan', children: [city('Detroit'), city('Novi')] },
  ] },
  { value: 'MX', label: 'Mexico', children: [{ value: 'GTO', label: 'Guanajuato', children: [city('Celaya'), city('León')] }] },
  { value: 'CA-country', label: 'Canada', children: [{ value: 'ON', label: 'Ontario', children: [city('Toronto'), city('Windsor')] }] },
];
// The search as antd's docs write it, over the whole "Country / State / City" path.
const filterPath = (input, path) => path.map((option) => option.label).join(' / ').toLowerCase().includes(input.trim().toLowerCase());
const DIAL = [['+81', '+81'], ['+1', '+1'], ['+52', '+52'], ['+86', '+86'], ['+82', '+82'], ['+49', '+49']];
const LANGS = ['English', 'Japanese', 'Spanish', 'Mandarin', 'Korean', 'Vietnamese'].map((l) => ({ value: l, label: l }));
const DEGREES = [['hs', 'High school (高校)'], ['senmon', 'Vocational college (専門学校)'], ['assoc', 'Associate / junior college (短期大学)'],
  ['bachelor', 'Bachelor’s (学士)'], ['master', 'Master’s (修士)'], ['doctor', 'Doctorate (博士)']].map(([value, label]) => ({ value, label }));
const AUTH = [['any', 'Yes, I am authorized to work for any employer'], ['transfer', 'Yes, but I would need a visa transfer (e.g. H-1B)'], ['no', 'No']];
const SPONSOR = [['no', 'No, I will not need sponsorship now or in the future'], ['now', 'Yes, I need sponsorship now'], ['future', 'Not now, but in the future']].map(([value, label]) => ({ value, label }));
const ZONES = ['JST', 'PT', 'MT', 'CT', 'ET'];
const PRONOUNS = ['she/her/hers', 'he/him/his', 'they/them/theirs', 'Prefer not to answer'].map((p) => ({ value: p, label: p }));
const HEARD = ['Company website', 'LinkedIn', 'Indeed', 'University career fair', 'Employee referral', 'Recruiter', 'Other'].map((p) => ({ value: p, label: p }));
const GENDER = ['Female', 'Male', 'Decline to self-identify'].map((p) => ({ value: p, label: p }));
const RACE = ['Hispanic or Latino', 'White', 'Black or African American', 'Asian', 'Native Hawaiian or Other Pacific Islander', 'American Indian or Alaska Native', 'Two or more races', 'Decline to self-identify'].map((p) => ({ value: p, label: p }));
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify'].map((p) => ({ value: p, label: p }));

export function renderApplication(posting) {
  function Application() {
    const [form] = Form.useForm();
    const values = Form.useWatch([], form) ?? {};
    const [done, setDone] = useState(false);
    const [search, setSearch] = useState('');
    const [news, setNews] = useState('');
    const model = { ...values, resume: values.resume?.[0]?.name ?? null, search, news };
    const req = [{ required: true, message: 'This field is required' }];
    return (
      <>
        <header className="ta-top">
          <span className="ta-logo">TANABE SEIKI</span>
          <nav>Products · Company · Careers · Contact</nav>
          <Input.Search id="ta-site-search" placeholder="Search" value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 220 }} />
        </header>
        <main className="ta-main">
          <p className="ta-kicker">{posting.team} · {posting.where}</p>
          <h1>{posting.title}</h1>
          {posting.intro.map((p) => <p key={p}>{p}</p>)}
          {done && <p id="ta-done" className="ta-done">Thank you for applying. Our HR team in San Jose will contact you.</p>}
          <Form form={form} name="ta" layout="vertical" onFinish={() => setDone(true)}
            initialValues={{ dial: '+81', timezone: 'JST', languages: [], sites: [], ...Object.fromEntries(posting.questions.map((q) => [q.key, null])) }}>
            <h2>Basic information</h2>
            <div className="ta-row">
              <Form.Item label="First name" name="firstName" rules={req}><Input autoComplete="given-name" /></Form.Item>
              <Form.Item label="Last name" name="lastName" rules={req}><Input autoComplete="family-name" /></Form.Item>
            </div>
            <Form.Item label="Email" name="email" rules={[...req, { type: 'email', message: 'Invalid email' }]}><Input /></Form.Item>
            <Form.Item label="Mobile number" name="phone" rules={req}>
              <Input addonBefore={<Form.Item name="dial" noStyle><Select id="ta_dial" style={{ width: 90 }} options={DIAL.map(([value, label]) => ({ value, label }))} /></Form.Item>} placeholder="Mobile number" />
            </Form.Item>
            <Form.Item label="Current residence" name="residence" rules={req} extra="Country / State / City">
              <Cascader options={RESIDENCE} showSearch={{ filter: filterPath }} placeholder="Please select" displayRender={(labels) => labels.join(' / ')} />
            </Form.Item>
            <Form.Item label="LinkedIn URL" name="linkedin"><Input placeholder="https://www.linkedin.com/in/" /></Form.Item>
            <Form.Item label="Pronouns" name="pronouns"><Select allowClear placeholder="Select" options={PRONOUNS} /></Form.Item>

            <h2>Career</h2>
            <div className="ta-row">
              <Form.Item label="Current company" name="company"><Input /></Form.Item>
              <Form.Item label="Current position" name="position"><Input /></Form.Item>
            </div>
            <Form.Item label={posting.yearsLabel} name="years" rules={req}>
              <Radio.Group optionType="button" buttonStyle="solid" options={posting.years} />
            </Form.Item>
            <Form.Item label="Final education" name="degree"><Select placeholder="Select" options={DEGREES} /></Form.Item>
            <Form.Item label="School name" name="school"><Input /></Form.Item>
            <Form.Item label="Languages you can work in" name="languages"><Select mode="multiple" allowClear placeholder="Select languages" options={LANGS} /></Form.Item>

            <h2>Work eligibility</h2>
            <Form.Item label="Are you legally authorized to work in the United States?" name="authorization" rules={req}>
              <Radio.Group>{AUTH.map(([v, l]) => <Radio key={v} value={v} style={{ display: 'flex' }}>{l}</Radio>)}</Radio.Group>
            </Form.Item>
            <Form.Item label="Will you now or in the future require visa sponsorship?" name="sponsorship" rules={req}>
              <Select placeholder="Select" options={SPONSOR} showSearch={false} />
            </Form.Item>
            <Form.Item label="Your working time zone" name="timezone" extra="Our engineering team in Osaka works on JST">
              <Segmented options={ZONES} />
            </Form.Item>
            <Form.Item label={posting.sitesLabel} name="sites"><Checkbox.Group options={posting.sites} /></Form.Item>
            <div className="ta-row">
              <Form.Item label="Desired annual salary" name="salary"><InputNumber addonBefore="$" addonAfter="USD" style={{ width: '100%' }} min={0} /></Form.Item>
              <Form.Item label="Available start date" name="startDate" extra="YYYY/MM/DD"><Input placeholder="YYYY/MM/DD" /></Form.Item>
            </div>
            {posting.questions.map((q) => (
              <Form.Item key={q.key} label={q.label} name={q.key}>
                {q.type === 'checkbox' ? <Checkbox.Group options={q.options} /> : <Radio.Group optionType="button" options={q.options} />}
              </Form.Item>
            ))}

            <h2>Documents</h2>
            <Form.Item label="Resume / CV" name="resume" valuePropName="fileList" getValueFromEvent={(e) => e?.fileList} rules={req} className="ta-resume">
              <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx"><Button>Select file</Button></Upload>
            </Form.Item>
            <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} /></Form.Item>
            <Form.Item label={posting.essayLabel} name="essay"><Input.TextArea rows={3} /></Form.Item>
            <Form.Item label="How did you learn about this position?" name="heard"><Select allowClear placeholder="Select" options={HEARD} /></Form.Item>

            <h2>Voluntary self-identification</h2>
            <p className="ta-note">Tanabe Seiki America, Inc. is an Equal Opportunity Employer. Answers are voluntary.</p>
            <div className="ta-row">
              <Form.Item label="Gender" name="gender"><Select placeholder="Select" options={GENDER} /></Form.Item>
              <Form.Item label="Race / Ethnicity" name="race"><Select placeholder="Select" options={RACE} /></Form.Item>
            </div>
            <Form.Item label="Veteran status" name="veteran"><Select placeholder="Select" options={VETERAN} /></Form.Item>
            <Form.Item name="agreement" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please agree'))) }]}>
              <Checkbox>I agree to the handling of my personal information as described in the Privacy Policy.</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" id="ta-submit" size="large">Apply</Button>
          </Form>
        </main>
        <footer className="ta-foot">
          <label htmlFor="ta-news">Tanabe news by email </label>
          <input id="ta-news" type="email" placeholder="you@example.com" value={news} onChange={(e) => setNews(e.target.value)} /> <button type="button">Sign up</button>
        </footer>
        <pre id="model">{JSON.stringify(model)}</pre>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
