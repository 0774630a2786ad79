/*
 * Halbrook & Vane LLP, a law firm's careers page on React 19 + antd 6 Form. Besides the contact
 * details it asks what a firm asks of every applicant, lawyer or not: bar admission (a required
 * Radio.Group, a multiple Select of jurisdictions, bar number, year admitted), professional
 * discipline, law school and J.D. year, undergraduate institution / degree / major / GPA, class
 * rank, publications, a conflicts list, four document slots built as hidden native file inputs
 * behind "Choose file" labels (resume, cover letter, writing sample, transcript), salary as an
 * InputNumber with a "$" prefix, a DatePicker (MM/DD/YYYY), EEO Selects and an attorney-search
 * box in the header. Form values go to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import { Button, Checkbox, ConfigProvider, DatePicker, Divider, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';

const STATES = ['Arizona', 'California', 'Colorado', 'District of Columbia', 'Illinois', 'Massachusetts', 'New York', 'Oregon', 'Texas', 'Washington'];
const opts = (list) => list.map((o) => (Array.isArray(o) ? { value: o[0], label: o[1] } : { value: o, label: o }));
const JURISDICTIONS = ['California', 'New York', 'District of Columbia', 'Illinois', 'Texas', 'Washington', 'U.S. Patent and Trademark Office'];
const DEGREES = ['High school diploma', 'Associate degree', "Bachelor's degree", "Master's degree", 'J.D.', 'LL.M.', 'Ph.D.'];
const SPONSOR = [['no', 'No, I will not require sponsorship'], ['yes', 'Yes, now or in the future (e.g. H-1B)']];
const OFFICES = ['San Francisco', 'Palo Alto', 'Los Angeles', 'New York', 'Washington, D.C.'];

const KEYS = ['lf', 'firstName', 'lastName', 'email', 'phone', 'city', 'state', 'offices', 'employer', 'position', 'barAdmitted', 'barJurisdictions', 'barNumber', 'barYear', 'discipline', 'highestDegree', 'lawSchool', 'jdYear', 'classRank', 'undergradSchool', 'undergradMajor', 'undergradGpa', 'years', 'ediscoveryYears', 'publications', 'conflicts', 'authorized', 'sponsorship', 'salary', 'startDate', 'gender', 'race', 'ack'];

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
  const [files, setFiles] = useState({ resume: '', coverLetter: '', writingSample: '', transcript: '' });
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
          <Form form={form} name="lf" layout="vertical" requiredMark onValuesChange={sync}
            onFinish={() => { if (files.resume) setSent(true); }}>
            <Typography.Title level={2}>Litigation Support Data Engineer, Practice Technology</Typography.Title>
            <Typography.Text type="secondary">San Francisco office · Staff position (non-attorney) · Full-time</Typography.Text>
            <p>Our Practice Technology group builds the review platforms, productions and matter analytics our litigators rely on. All applicants complete the firm's standard application below; bar and law school questions apply to attorney candidates but are asked of everyone.</p>
            <Divider titlePlacement="start">Contact information</Divider>
            <Form.Item label="First name" name="firstName" rules={[{ required: true }]}><Input /></Form.Item>
            <Form.Item label="Last name" name="lastName" rules={[{ required: true }]}><Input /></Form.Item>
            <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
            <Form.Item label="Phone" name="phone" rules={[{ required: true }]}><Input addonBefore="+1" /></Form.Item>
            <Form.Item label="City" name="city"><Input /></Form.Item>
            <Form.Item label="State" name="state"><Select showSearch placeholder="Select a state" options={opts(STATES)} /></Form.Item>
            <Form.Item label="Office(s) of interest" name="offices"><Select mode="multiple" placeholder="Select offices" options={opts(OFFICES)} /></Form.Item>
            <Form.Item label="Current employer" name="employer"><Input /></Form.Item>
            <Form.Item label="Current position" name="position"><Input /></Form.Item>

            <Divider titlePlacement="start">Bar admission</Divider>
            <Form.Item label="Are you admitted to practice law in any U.S. jurisdiction?" name="barAdmitted" rules={[{ required: true }]}><Radio.Group options={yesNo} /></Form.Item>
            <Form.Item label="Jurisdiction(s) of admission" name="barJurisdictions"><Select mode="multiple" placeholder="Select jurisdictions" options={opts(JURISDICTIONS)} /></Form.Item>
            <Form.Item label="Bar number" name="barNumber"><Input /></Form.Item>
            <Form.Item label="Year admitted" name="barYear"><InputNumber min={1960} max={2030} style={{ width: 140 }} /></Form.Item>
            <Form.Item label="Have you ever been disciplined by a bar or licensing authority, or had a professional license suspended or revoked?" name="discipline" rules={[{ required: true }]}><Radio.Group options={yesNo} /></Form.Item>

            <Divider titlePlacement="start">Education</Divider>
            <Form.Item label="Highest degree completed" name="highestDegree"><Select placeholder="Select…" options={opts(DEGREES)} /></Form.Item>
            <Form.Item label="Law school" name="lawSchool" extra="Attorney candidates only"><Input /></Form.Item>
            <Form.Item label="J.D. year (or expected)" name="jdYear"><InputNumber min={1960} max={2030} style={{ width: 140 }} /></Form.Item>
            <Form.Item label="Law school class rank (e.g. top 10%)" name="classRank"><Input /></Form.Item>
            <Form.Item label="Undergraduate institution" name="undergradSchool"><Input /></Form.Item>
            <Form.Item label="Undergraduate major" name="undergradMajor"><Input /></Form.Item>
            <Form.Item label="Undergraduate GPA" name="undergradGpa"><Input style={{ width: 120 }} placeholder="e.g. 3.6" /></Form.Item>

            <Divider titlePlacement="start">Experience</Divider>
            <Form.Item label="Total years of professional experience" name="years"><InputNumber min={0} max={60} style={{ width: 140 }} /></Form.Item>
            <Form.Item label="Years of e-discovery or litigation-support experience" name="ediscoveryYears"><InputNumber min={0} max={60} style={{ width: 140 }} /></Form.Item>
            <Form.Item label="Publications (citations, one per line)" name="publications"><Input.TextArea rows={3} /></Form.Item>
            <Form.Item label="Conflicts check: list any law firms and significant clients you have worked for or with in the last five years" name="conflicts"><Input.TextArea rows={3} /></Form.Item>

            <Divider titlePlacement="start">Eligibility and compensation</Divider>
            <Form.Item label="Are you authorized to work in the United States?" name="authorized" rules={[{ required: true }]}><Radio.Group options={yesNo} /></Form.Item>
            <Form.Item label="Will you require visa sponsorship?" name="sponsorship" rules={[{ required: true }]}><Select placeholder="Select…" options={opts(SPONSOR)} /></Form.Item>
            <Form.Item label="Expected annual base salary" name="salary"><InputNumber prefix="$" min={0} style={{ width: 220 }} /></Form.Item>
            <Form.Item label="Earliest start date" name="startDate"><DatePicker format="MM/DD/YYYY" style={{ width: 220 }} /></Form.Item>

            <Divider titlePlacement="start">Documents</Divider>
            <Form.Item label="Resume" required><FileSlot id="lf_resume" label="Resume" accept=".pdf,.doc,.docx" value={files.resume} onChange={setFile('resume')} /></Form.Item>
            <Form.Item label="Cover letter"><FileSlot id="lf_coverLetter" label="Cover letter" accept=".pdf,.doc,.docx,.txt" value={files.coverLetter} onChange={setFile('coverLetter')} /></Form.Item>
            <Form.Item label="Writing sample (10 pages max)" extra="Required for attorney candidates"><FileSlot id="lf_writingSample" label="Writing sample" accept=".pdf,.doc,.docx" value={files.writingSample} onChange={setFile('writingSample')} /></Form.Item>
            <Form.Item label="Transcript (law school or undergraduate)"><FileSlot id="lf_transcript" label="Transcript" accept=".pdf" value={files.transcript} onChange={setFile('transcript')} /></Form.Item>

            <Divider titlePlacement="start">Voluntary self-identification</Divider>
            <Form.Item label="Gender" name="gender"><Select placeholder="Select…" allowClear options={opts(['Female', 'Male', 'Non-binary', 'Decline to self-identify'])} /></Form.Item>
            <Form.Item label="Race / ethnicity" name="race"><Select placeholder="Select…" allowClear options={opts(['Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'Two or more races', 'Decline to self-identify'])} /></Form.Item>

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
