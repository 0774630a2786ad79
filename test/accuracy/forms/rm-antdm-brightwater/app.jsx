/**
 * Brightwater Community Health's mobile-first careers page: React + antd-mobile 5 in English.
 * Form with Form.Item labels, descriptions, required marks and rule messages; Inputs; a CheckList
 * of the states the clinics hire in; Selector chips for years; Radio.Groups; a Stepper whose value
 * is shown as dollars; an inline CalendarPickerView for the start date (months listed one under
 * the other); Switch, Checkbox, TextArea with a counter, and a native file input behind a Button.
 * Form values are rendered into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import enUS from 'antd-mobile/es/locales/en-US';
import { Button, CalendarPickerView, CheckList, Checkbox, ConfigProvider, Form, Input, NavBar, Radio, Result, SearchBar, Selector, Space, Stepper, Switch, TextArea } from 'antd-mobile';

const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['NV', 'Nevada'], ['NM', 'New Mexico'], ['OR', 'Oregon'], ['UT', 'Utah'], ['OTHER', 'Another state']];
const YEARS = ['Under 3 years', '3–6 years', '7–10 years', 'Over 10 years'].map((label) => ({ label, value: label }));
const DEGREES = ['High school / GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate'];
const day = (d) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : null);
const money = (v) => (v === undefined || v === null || Number.isNaN(v) ? '' : `$${Number(v).toLocaleString('en-US')}`);
const unmoney = (text) => parseFloat(String(text).replace(/[^0-9.]/g, ''));

function App() {
  const [form] = Form.useForm();
  const [values, setValues] = useState({});
  const [resume, setResume] = useState('');
  const [search, setSearch] = useState('');
  const [sent, setSent] = useState(false);
  const file = useRef(null);
  useEffect(() => { setValues(form.getFieldsValue(true)); }, [form]);
  const today = new Date();
  const shown = { ...values, startDate: day(values.startDate), resume, search };
  if (sent) {
    return (
      <ConfigProvider locale={enUS}>
        <div id="bw-done"><Result status="success" title="Application sent" description="Thank you for applying to Brightwater. We will text you when a recruiter reviews it." /></div>
        <pre id="model">{JSON.stringify(shown)}</pre>
      </ConfigProvider>
    );
  }
  return (
    <ConfigProvider locale={enUS}>
      <NavBar back={null} right={<span className="bw-signin">Sign in</span>}>Brightwater Careers</NavBar>
      <div className="bw-search"><SearchBar placeholder="Search jobs near you" value={search} onChange={setSearch} /></div>
      <div className="bw-hero">
        <h1>Data Engineer, Population Health</h1>
        <p>Phoenix, AZ · Remote within our six-state service area · Full time</p>
        <p>Brightwater runs 48 community clinics across the Southwest. Help us bring claims, EHR and social-needs data together so care teams can reach patients before they end up in the ER.</p>
      </div>
      <Form
        form={form}
        name="apply"
        layout="vertical"
        mode="card"
        requiredMarkStyle="asterisk"
        onValuesChange={(_, all) => setValues(all)}
        onFinish={() => { if (resume) setSent(true); }}
        footer={<Button className="bw-submit" block type="submit" color="primary" size="large">Submit application</Button>}
      >
        <Form.Header>Contact information</Form.Header>
        <Form.Item name="firstName" label="First name" rules={[{ required: true, message: 'Please enter your first name' }]}><Input placeholder="First name" clearable /></Form.Item>
        <Form.Item name="lastName" label="Last name" rules={[{ required: true, message: 'Please enter your last name' }]}><Input placeholder="Last name" clearable /></Form.Item>
        <Form.Item name="email" label="Email" rules={[{ required: true, message: 'Please enter your email' }, { type: 'email', message: 'That email does not look right' }]}><Input type="email" placeholder="name@example.com" clearable /></Form.Item>
        <Form.Item name="phone" label="Mobile number" description="Digits only, e.g. 6025550100" rules={[{ required: true, message: 'Please enter your mobile number' }, { pattern: /^\d{10}$/, message: 'Enter 10 digits' }]}>
          <Input type="tel" placeholder="10-digit mobile number" maxLength={10} clearable />
        </Form.Item>
        <Form.Item name="city" label="City"><Input placeholder="City" clearable /></Form.Item>
        <Form.Item name="state" label="Which state do you live in?" className="bw-state" description="We hire in the states our clinics serve.">
          <CheckList>{STATES.map(([v, l]) => <CheckList.Item key={v} value={v}>{l}</CheckList.Item>)}</CheckList>
        </Form.Item>

        <Form.Header>Experience</Form.Header>
        <Form.Item name="employer" label="Current employer"><Input clearable /></Form.Item>
        <Form.Item name="title" label="Current job title"><Input clearable /></Form.Item>
        <Form.Item name="years" label="Years of data engineering experience" className="bw-years" rules={[{ required: true, message: 'Please choose one' }]}>
          <Selector columns={2} options={YEARS} />
        </Form.Item>
        <Form.Item name="healthYears" label="Years working with healthcare data" className="bw-health" layout="horizontal" initialValue={0}>
          <Stepper min={0} max={40} />
        </Form.Item>
        <Form.Item name="degree" label="Highest degree completed" className="bw-degree">
          <Radio.Group><Space direction="vertical">{DEGREES.map((d) => <Radio key={d} value={d}>{d}</Radio>)}</Space></Radio.Group>
        </Form.Item>
        <Form.Item name="linkedin" label="LinkedIn (optional)"><Input placeholder="https://www.linkedin.com/in/…" clearable /></Form.Item>
        <Form.Item label="Resume" description="PDF or Word" required>
          <input ref={file} id="bw-resume" type="file" accept=".pdf,.doc,.docx" hidden onChange={(e) => setResume(e.target.files[0]?.name ?? '')} />
          <Space align="center"><Button size="small" onClick={() => file.current.click()}>Choose file</Button><span id="bw-resume-name">{resume || 'No file chosen'}</span></Space>
        </Form.Item>

        <Form.Header>Eligibility</Form.Header>
        <Form.Item name="authorized" label="Are you authorized to work in the United States?" className="bw-authorized" rules={[{ required: true, message: 'Please answer' }]}>
          <Radio.Group><Space>{['Yes', 'No'].map((o) => <Radio key={o} value={o}>{o}</Radio>)}</Space></Radio.Group>
        </Form.Item>
        <Form.Item name="sponsorship" label="Will you need visa sponsorship to keep working in the U.S.?" className="bw-sponsorship" rules={[{ required: true, message: 'Please answer' }]}>
          <Radio.Group><Space direction="vertical">
            <Radio value="no">No, I will not need sponsorship</Radio>
            <Radio value="yes">Yes, now or in the future</Radio>
          </Space></Radio.Group>
        </Form.Item>
        <Form.Item name="salary" label="Desired annual salary" className="bw-salary" description="Brightwater's range for this role is $118,000 – $151,000.">
          <Stepper min={0} step={5000} formatter={money} parser={unmoney} inputReadOnly={false} />
        </Form.Item>
        <Form.Item name="startDate" label="When could you start?" className="bw-start">
          <CalendarPickerView selectionMode="single" min={today} max={new Date(today.getFullYear(), today.getMonth() + 5, 28)} title={false} />
        </Form.Item>
        <Form.Item name="coverLetter" label="Cover letter">
          <TextArea placeholder="Tell us why you want to work at Brightwater" rows={5} maxLength={1500} showCount />
        </Form.Item>
        <Form.Item name="textUpdates" label="Text me updates about my application" className="bw-texts" layout="horizontal" valuePropName="checked" initialValue={false}>
          <Switch />
        </Form.Item>

        <Form.Header>Voluntary self-identification</Form.Header>
        <Form.Item name="gender" label="Gender" className="bw-gender">
          <Radio.Group><Space wrap>{['Female', 'Male', 'Non-binary', 'Decline to answer'].map((o) => <Radio key={o} value={o}>{o}</Radio>)}</Space></Radio.Group>
        </Form.Item>
        <Form.Item name="consent" className="bw-consent" valuePropName="checked" initialValue={false} rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept to continue'))) }]}>
          <Checkbox>I agree to Brightwater's applicant privacy notice</Checkbox>
        </Form.Item>
      </Form>
      <pre id="model">{JSON.stringify(shown)}</pre>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
