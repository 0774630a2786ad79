/**
 * Another Saltcrest Energy posting (Battery Storage Dispatch, Austin or San Francisco) on the same
 * antd form: same ids, dial-code addon preset to +44, tags Selects, Upload.Dragger and cover-letter
 * Upload; first / last name, current location, GitHub, a years Select instead of the
 * InputNumber, cloud-platform tags, an on-call Radio.Group, an ERCOT question, Austin relocation.
 *
 * Saltcrest Energy's careers page on antd 6 (written the antd 5 way: addonBefore / addonAfter):
 * Form with ids "apply_<name>", an Input.Search in the header, a phone Input whose addonBefore
 * is a dial-code Select preset to "+44" (the antd docs' prefixSelector pattern), a searchable
 * country Select, two Select mode="tags" boxes (skills, languages), an InputNumber salary with "$"
 * before it and a pay-period Select after it (preset "per month"), a DatePicker in MM/DD/YYYY,
 * Radio.Group button-style yes/no questions, a Switch, an Upload.Dragger for the resume and a
 * second Upload for an optional cover letter, and a privacy Checkbox. Values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Switch, Upload } from 'antd';

const DIAL = [{ value: '+44', label: '+44' }, { value: '+1', label: '+1' }, { value: '+31', label: '+31' }, { value: '+49', label: '+49' }, { value: '+61', label: '+61' }];
const COUNTRIES = ['Australia', 'Canada', 'Denmark', 'France', 'Germany', 'Ireland', 'Netherlands', 'Norway', 'Spain', 'United Kingdom', 'United States', 'United States Minor Outlying Islands']
  .map((name) => ({ value: name, label: name }));
const DEGREES = ['High school', 'Associate degree', 'Bachelor’s degree (BA/BS)', 'Master’s degree', 'PhD'].map((v) => ({ value: v, label: v }));
const SOURCES = ['LinkedIn', 'Climatebase', 'Saltcrest website', 'A Saltcrest employee', 'Conference or meetup', 'Other'].map((v) => ({ value: v, label: v }));
const YES_NO = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];
const YEARS = ['0–2 years', '3–4 years', '5–7 years', '8–10 years', '10+ years'].map((v) => ({ value: v, label: v }));
const ON_CALL = [{ value: 'yes', label: 'Yes' }, { value: 'discuss', label: 'Let’s discuss' }, { value: 'no', label: 'No' }];
const normFile = (event) => (Array.isArray(event) ? event : event && event.fileList);

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], { form, preserve: true }) ?? {};
  const [done, setDone] = useState(false);
  if (done) return <p id="done" className="done">Thanks for applying to Saltcrest. We'll be in touch within 10 working days.</p>;
  const names = (list) => (list || []).map((file) => file.name);
  const model = {
    ...values,
    startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null,
    resume: names(values.resume),
    coverLetter: names(values.coverLetter),
    source: values.source ?? null,
  };
  return (
    <Form form={form} name="apply" layout="vertical" requiredMark="optional" onFinish={() => setDone(true)}
      initialValues={{ dialCode: '+44', salaryPeriod: 'month', clouds: [], relocate: false, privacy: false, ercot: '', referrer: '' }}>
      <h1>Data Engineer — Battery Storage Dispatch</h1>
      <p className="meta">Saltcrest Energy · Austin or San Francisco · Hybrid</p>
      <p>Our dispatch desk charges and discharges 1.2 GWh of batteries against ERCOT and CAISO prices. You'll build the market, telemetry and settlement feeds the bidding models run on, every five minutes.</p>
      <h2>Personal information</h2>
      <Form.Item label="First name" name="firstName" rules={[{ required: true }]}><Input /></Form.Item>
      <Form.Item label="Last name" name="lastName" rules={[{ required: true }]}><Input /></Form.Item>
      <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
      <Form.Item label="Mobile number" name="phone" rules={[{ required: true }]}>
        <Input addonBefore={<Form.Item name="dialCode" noStyle><Select options={DIAL} style={{ width: 80 }} aria-label="Dialling code" /></Form.Item>} />
      </Form.Item>
      <Form.Item label="Country of residence" name="country"><Select showSearch optionFilterProp="label" options={COUNTRIES} placeholder="Select a country" /></Form.Item>
      <Form.Item label="Current location" name="location" extra="City and state or region"><Input /></Form.Item>
      <Form.Item label="LinkedIn profile" name="linkedin"><Input placeholder="https://" /></Form.Item>
      <Form.Item label="GitHub" name="github"><Input placeholder="https://" /></Form.Item>
      <h2>Experience</h2>
      <Form.Item label="Current company" name="company"><Input /></Form.Item>
      <Form.Item label="Current role" name="role"><Input /></Form.Item>
      <Form.Item label="Years of professional experience" name="years"><Select options={YEARS} placeholder="Select" style={{ width: 200 }} /></Form.Item>
      <Form.Item label="Highest qualification" name="degree"><Select options={DEGREES} placeholder="Select" /></Form.Item>
      <Form.Item label="University" name="university"><Input /></Form.Item>
      <Form.Item label="Cloud platforms you have shipped to production on" name="clouds" extra="Type and press Enter"><Select mode="tags" tokenSeparators={[',']} placeholder="e.g. AWS, GCP" options={['AWS', 'GCP', 'Azure', 'Snowflake', 'Databricks'].map((v) => ({ value: v, label: v }))} /></Form.Item>
      <h2>The job</h2>
      <Form.Item label="Desired base salary" name="salary" extra="Before bonus and equity">
        <InputNumber addonBefore="$" style={{ width: 320 }} min={0}
          addonAfter={<Form.Item name="salaryPeriod" noStyle><Select style={{ width: 120 }} aria-label="Pay period" options={[{ value: 'hour', label: 'per hour' }, { value: 'month', label: 'per month' }, { value: 'year', label: 'per year' }]} /></Form.Item>} />
      </Form.Item>
      <Form.Item label="Available from" name="startDate"><DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" /></Form.Item>
      <Form.Item label="Are you authorized to work in the United States?" name="authorized" rules={[{ required: true }]}>
        <Radio.Group options={YES_NO} optionType="button" buttonStyle="solid" />
      </Form.Item>
      <Form.Item label="Will you now or in the future need Saltcrest to sponsor an employment visa?" name="sponsorship" rules={[{ required: true }]}>
        <Radio.Group options={YES_NO} optionType="button" buttonStyle="solid" />
      </Form.Item>
      <Form.Item label="The dispatch desk runs an on-call rota (one week in six). Are you open to joining it?" name="onCall">
        <Radio.Group options={ON_CALL} optionType="button" buttonStyle="solid" />
      </Form.Item>
      <Form.Item label="Open to relocating to Austin" name="relocate" valuePropName="checked"><Switch /></Form.Item>
      <h2>Documents</h2>
      <Form.Item label="CV / Resume" name="resume" valuePropName="fileList" getValueFromEvent={normFile} rules={[{ required: true }]}>
        <Upload.Dragger beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx">
          <p>Click or drag a file to this area to upload</p>
          <p className="hint">PDF or Word</p>
        </Upload.Dragger>
      </Form.Item>
      <Form.Item label="Cover letter" name="coverLetter" valuePropName="fileList" getValueFromEvent={normFile}>
        <Upload beforeUpload={() => false} maxCount={1}><Button>Select file</Button></Upload>
      </Form.Item>
      <Form.Item label="What have you worked on with ERCOT, CAISO or other market data, if anything?" name="ercot"><Input.TextArea rows={3} /></Form.Item>
      <Form.Item label="How did you hear about us?" name="source"><Select options={SOURCES} placeholder="Select" allowClear /></Form.Item>
      <Form.Item label="Referred by (employee name)" name="referrer"><Input /></Form.Item>
      <Form.Item name="privacy" valuePropName="checked"><Checkbox>I have read the Saltcrest candidate privacy notice</Checkbox></Form.Item>
      <Button type="primary" htmlType="submit" id="submit">Submit application</Button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </Form>
  );
}

function Page() {
  return (
    <>
      <header className="top"><strong>Saltcrest</strong><span className="top-search"><Input.Search id="roles-search" placeholder="Search roles" allowClear /></span></header>
      <main className="card"><Application /></main>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Page />);
