/*
 * Halbrook & Vane LLP careers page (React 19 + antd 6 Form), another posting: eDiscovery
 * Analytics Manager in the Palo Alto office. The firm's standard application with the questions
 * this opening configures: bar admission asked as a Select (not radios), work authorization as a
 * Select and sponsorship as radios, total years as buckets, a required Relativity certification
 * question, "Bachelor of Arts / Bachelor of Science" degree names, a LinkedIn box, offices preset
 * to Palo Alto, a writing-sample slot and no transcript. Form values go to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import { Button, Checkbox, ConfigProvider, DatePicker, Divider, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';

const STATES = ['Arizona', 'California', 'Colorado', 'District of Columbia', 'Illinois', 'Massachusetts', 'New York', 'Oregon', 'Texas', 'Washington'];
const opts = (list) => list.map((o) => (Array.isArray(o) ? { value: o[0], label: o[1] } : { value: o, label: o }));
const JURISDICTIONS = ['California', 'New York', 'District of Columbia', 'Illinois', 'Texas', 'Washington'];
const BAR_STATUS = [['none', 'Not admitted to any bar'], ['active', 'Admitted, active status'], ['inactive', 'Admitted, inactive status'], ['pending', 'Bar exam passed, admission pending']];
const DEGREES = ['High school diploma or GED', 'Associate of Arts / Associate of Science', 'Bachelor of Arts / Bachelor of Science', 'Master of Science / Master of Arts / MBA', 'Juris Doctor (J.D.)', 'Doctorate (Ph.D.)'];
const YEARS = ['Less than 2 years', '2 - 4 years', '5 - 8 years', '9 - 12 years', 'More than 12 years'];
const SPONSOR = [['no', 'No, I will not require sponsorship now or in the future'], ['yes', 'Yes, I will require sponsorship (e.g. H-1B, TN, O-1)']];
const OFFICES = ['San Francisco', 'Palo Alto', 'Los Angeles', 'New York', 'Washington, D.C.'];
const RCA = ['Yes, Relativity Certified Administrator (RCA)', 'Yes, Relativity Certified User or Review Specialist', 'No'];

const KEYS = ['lf', 'firstName', 'lastName', 'email', 'phone', 'city', 'state', 'offices', 'employer', 'position', 'linkedin', 'barStatus', 'barJurisdictions', 'discipline', 'highestDegree', 'undergradSchool', 'undergradMajor', 'lawSchool', 'years', 'reviewPlatforms', 'rca', 'teamSize', 'conflicts', 'authorized', 'sponsorship', 'salary', 'startDate', 'gender', 'veteran', 'ack'];

function FileSlot({ id, label, accept, value, onChange }) {
  return (
    <span className="hv-file">
      <label htmlFor={id} className="pick">Choose file</label>
      <input type="file" id={id} accept={accept} aria-label={label} onChange={(e) => onChange(e.target.files?.[0]?.name ?? '')} />
      <span className="name">{value || 'No file chosen'}</span>
    </span>
  );
}

function Application() {
  const [form] = Form.useForm();
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const [files, setFiles] = useState({ resume: '', coverLetter: '', writingSample: '' });
  const modelRef = useRef(null);
  const plain = (v) => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v);
  // The form state is written straight into <pre id="model"> on each change (no re-render of the whole form per keystroke).
  const sync = () => {
    const values = form.getFieldsValue(true);
    const model = { ...Object.fromEntries(KEYS.map((k) => [k, plain(values[k] ?? null)])), ...files, search };
    if (modelRef.current) modelRef.current.textContent = JSON.stringify(model, null, 1);
  };
  useEffect(sync, [files, search]);
  const setFile = (key) => (name) => setFiles((f) => ({ ...f, [key]: name }));
  const yesNo = opts(['Yes', 'No']);
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#1f2a38', borderRadius: 4 } }}>
      <header className="hv-top">
        <span className="hv-logo">HALBROOK &amp; VANE LLP</span>
        <Input.Search id="hv-search" placeholder="Find an attorney" style={{ width: 260 }} value={search} onChange={(e) => setSearch(e.target.value)} />
      </header>
      <main className="hv-main">
        {sent ? <p id="hv-sent" className="done">Thank you. The Recruiting Department will review your materials.</p> : (
          <Form form={form} name="lf" layout="vertical" requiredMark onValuesChange={sync} initialValues={{ offices: ['Palo Alto'] }}
            onFinish={() => { if (files.resume) setSent(true); }}>
            <Typography.Title level={2}>eDiscovery Analytics Manager, Litigation Support</Typography.Title>
            <Typography.Text type="secondary">Palo Alto office · Staff position (non-attorney) · Full-time · Hybrid</Typography.Text>
            <p>The eDiscovery Analytics Manager runs technology-assisted review, data analytics and production workflows across the firm's largest matters and leads a team of four analysts. All applicants complete the firm's standard application below.</p>
            <Divider titlePlacement="start">Contact information</Divider>
            <Form.Item label="First name" name="firstName" rules={[{ required: true }]}><Input /></Form.Item>
            <Form.Item label="Last name" name="lastName" rules={[{ required: true }]}><Input /></Form.Item>
            <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
            <Form.Item label="Phone" name="phone" rules={[{ required: true }]}><Input addonBefore="+1" /></Form.Item>
            <Form.Item label="City" name="city" rules={[{ required: true }]}><Input /></Form.Item>
            <Form.Item label="State" name="state" rules={[{ required: true }]}><Select showSearch placeholder="Select a state" options={opts(STATES)} /></Form.Item>
            <Form.Item label="Office(s) of interest" name="offices"><Select mode="multiple" placeholder="Select offices" options={opts(OFFICES)} /></Form.Item>
            <Form.Item label="Current employer" name="employer"><Input /></Form.Item>
            <Form.Item label="Current job title" name="position"><Input /></Form.Item>
            <Form.Item label="LinkedIn profile URL" name="linkedin"><Input placeholder="https://www.linkedin.com/in/…" /></Form.Item>

            <Divider titlePlacement="start">Bar admission</Divider>
            <Form.Item label="Bar admission status" name="barStatus" rules={[{ required: true }]}><Select placeholder="Select…" options={opts(BAR_STATUS)} /></Form.Item>
            <Form.Item label="Jurisdiction(s) of admission" name="barJurisdictions"><Select mode="multiple" placeholder="Select jurisdictions" options={opts(JURISDICTIONS)} /></Form.Item>
            <Form.Item label="Have you ever been disciplined by a bar or licensing authority, or had a professional license suspended or revoked?" name="discipline" rules={[{ required: true }]}><Radio.Group options={yesNo} /></Form.Item>

            <Divider titlePlacement="start">Education</Divider>
            <Form.Item label="Highest level of education completed" name="highestDegree" rules={[{ required: true }]}><Select placeholder="Select…" options={opts(DEGREES)} /></Form.Item>
            <Form.Item label="College or university" name="undergradSchool"><Input /></Form.Item>
            <Form.Item label="Field of study" name="undergradMajor"><Input /></Form.Item>
            <Form.Item label="Law school (if any)" name="lawSchool"><Input /></Form.Item>

            <Divider titlePlacement="start">Experience</Divider>
            <Form.Item label="Total years of professional experience" name="years" rules={[{ required: true }]}><Select placeholder="Select…" options={opts(YEARS)} /></Form.Item>
            <Form.Item label="Which review platforms have you administered? (e.g. Relativity, Reveal, Everlaw)" name="reviewPlatforms"><Input.TextArea rows={2} /></Form.Item>
            <Form.Item label="Do you hold a Relativity certification?" name="rca" rules={[{ required: true }]}><Radio.Group options={opts(RCA)} /></Form.Item>
            <Form.Item label="Largest team you have managed (number of direct reports)" name="teamSize"><InputNumber min={0} max={200} style={{ width: 140 }} /></Form.Item>
            <Form.Item label="Conflicts check: list any law firms and significant clients you have worked for or with in the last five years" name="conflicts" rules={[{ required: true }]}><Input.TextArea rows={3} /></Form.Item>

            <Divider titlePlacement="start">Eligibility and compensation</Divider>
            <Form.Item label="Are you legally authorized to work in the United States?" name="authorized" rules={[{ required: true }]}><Select placeholder="Select…" options={yesNo} /></Form.Item>
            <Form.Item label="Will you now or in the future require sponsorship for employment visa status?" name="sponsorship" rules={[{ required: true }]}><Radio.Group options={opts(SPONSOR)} /></Form.Item>
            <Form.Item label="Desired annual salary" name="salary" extra="The posted range for this role is $165,000 - $210,000."><InputNumber prefix="$" min={0} style={{ width: 220 }} /></Form.Item>
            <Form.Item label="Date available to start" name="startDate"><DatePicker format="MM/DD/YYYY" style={{ width: 220 }} /></Form.Item>

            <Divider titlePlacement="start">Documents</Divider>
            <Form.Item label="Resume" required><FileSlot id="lf_resume" label="Resume" accept=".pdf,.doc,.docx" value={files.resume} onChange={setFile('resume')} /></Form.Item>
            <Form.Item label="Cover letter"><FileSlot id="lf_coverLetter" label="Cover letter" accept=".pdf,.doc,.docx,.txt" value={files.coverLetter} onChange={setFile('coverLetter')} /></Form.Item>
            <Form.Item label="Sample work product (e.g. a review protocol or analytics report, redacted)"><FileSlot id="lf_writingSample" label="Sample work product" accept=".pdf,.doc,.docx" value={files.writingSample} onChange={setFile('writingSample')} /></Form.Item>

            <Divider titlePlacement="start">Voluntary self-identification</Divider>
            <Form.Item label="Gender" name="gender"><Select placeholder="Select…" allowClear options={opts(['Female', 'Male', 'Non-binary', 'Decline to self-identify'])} /></Form.Item>
            <Form.Item label="Veteran status" name="veteran"><Select placeholder="Select…" allowClear options={opts(['I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify'])} /></Form.Item>

            <Form.Item name="ack" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Required'))) }]}>
              <Checkbox>I certify that the information I have provided is accurate and complete.</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" id="lf-submit">Submit application</Button>
          </Form>
        )}
      </main>
      <pre id="model" ref={modelRef} />
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
