/**
 * A health-tech careers page on antd 6: a Form named "candidate" (labels bound to
 * "candidate_<field>" ids), a dial-code Select as the phone's addonBefore, an AutoComplete for
 * the current location (suggestions as you type, free text kept), searchable Selects for country
 * and state, yes/no Radio.Groups with optionType="button", years as a Segmented control, the degree
 * as a vertical Radio.Group, pronouns and work arrangements as Checkbox.Groups, languages as a
 * Select mode="multiple", a "$" InputNumber with thousands separators, a month DatePicker, an
 * Upload whose button re-creates its input (the file goes to the upload list), a referrer and a
 * "how did you hear" Select. Form values are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AutoComplete, Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Segmented, Select, Space, Upload } from 'antd';

const opts = (list) => list.map((label) => ({ value: label, label }));
const LOCATIONS = ['San Antonio, TX', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Santa Fe, NM', 'Seattle, WA', 'Salt Lake City, UT'];
const COUNTRIES = opts(['Canada', 'India', 'Ireland', 'United Kingdom', 'United States']);
const STATES = opts(['Arizona', 'California', 'Colorado', 'Massachusetts', 'New York', 'Texas', 'Washington']);
const DIAL = opts(['+1', '+44', '+91', '+353']);
const LANGUAGES = opts(['English', 'Spanish', 'Mandarin', 'Hindi', 'French', 'Tagalog']);
const SOURCES = opts(['LinkedIn', 'Glassdoor', 'Larkspur employee', 'Event or meetup', 'Other']);

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) ?? {};
  const [fileList, setFileList] = useState([]);
  const [done, setDone] = useState(false);
  const [locationOptions, setLocationOptions] = useState([]);
  if (done) return <h2 id="done">Application received. Thank you!</h2>;
  const model = { ...values, availableFrom: values.availableFrom ? values.availableFrom.format('YYYY-MM') : null, resume: fileList[0]?.name ?? null };
  return (
    <Form form={form} name="candidate" layout="vertical" requiredMark="optional" initialValues={{ dialCode: '+1', pronouns: [], arrangements: [], languages: [] }}
      onFinish={() => setDone(true)}>
      <h1>Data Platform Engineer</h1>
      <p>Remote (US) · Engineering · Full time</p>
      <Space.Compact block style={{ gap: 16 }}>
        <Form.Item label="First name" name="firstName" rules={[{ required: true }]} style={{ flex: 1 }}><Input autoComplete="given-name" /></Form.Item>
        <Form.Item label="Last name" name="lastName" rules={[{ required: true }]} style={{ flex: 1 }}><Input autoComplete="family-name" /></Form.Item>
      </Space.Compact>
      <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
      <Form.Item label="Phone number" name="phone">
        <Input addonBefore={<Form.Item name="dialCode" noStyle><Select options={DIAL} style={{ width: 80 }} aria-label="Country code" /></Form.Item>} />
      </Form.Item>
      <Form.Item label="Current location" name="location" extra="City, state">
        <AutoComplete options={locationOptions} placeholder="Start typing a city"
          onSearch={(text) => setLocationOptions(text ? opts(LOCATIONS.filter((city) => city.toLowerCase().includes(text.toLowerCase()))) : [])} />
      </Form.Item>
      <Space.Compact block style={{ gap: 16 }}>
        <Form.Item label="Country" name="country" style={{ flex: 1 }}><Select showSearch optionFilterProp="label" options={COUNTRIES} placeholder="Select" /></Form.Item>
        <Form.Item label="State" name="state" style={{ flex: 1 }}><Select showSearch optionFilterProp="label" options={STATES} placeholder="Select" /></Form.Item>
      </Space.Compact>
      <Form.Item label="Current employer" name="employer"><Input /></Form.Item>
      <Form.Item label="Current job title" name="jobTitle"><Input /></Form.Item>
      <Form.Item label="Are you legally authorized to work in the United States?" name="authorized">
        <Radio.Group optionType="button" buttonStyle="solid" options={opts(['Yes', 'No'])} />
      </Form.Item>
      <Form.Item label="Will you now or in the future require Larkspur to sponsor a work visa?" name="sponsorship">
        <Radio.Group optionType="button" buttonStyle="solid" options={opts(['Yes', 'No'])} />
      </Form.Item>
      <Form.Item label="Years of experience in data engineering" name="years">
        <Segmented options={['Less than 2 years', '2–4 years', '5–7 years', '8+ years']} />
      </Form.Item>
      <Form.Item label="Highest level of education completed" name="education">
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          options={opts(['High school or equivalent', "Associate degree", "Bachelor's degree (BA, BS)", "Master's degree (MA, MS, MBA)", 'Doctorate (PhD, MD)'])} />
      </Form.Item>
      <Form.Item label="Pronouns" name="pronouns" extra="Select all that apply">
        <Checkbox.Group options={opts(['She/her', 'He/him', 'They/them', 'Prefer not to say'])} />
      </Form.Item>
      <Form.Item label="Which work arrangements would you consider?" name="arrangements">
        <Checkbox.Group options={opts(['Fully remote', 'Hybrid (2–3 days in office)', 'On-site'])} />
      </Form.Item>
      <Form.Item label="Languages you speak fluently" name="languages">
        <Select mode="multiple" allowClear options={LANGUAGES} placeholder="Select languages" />
      </Form.Item>
      <Form.Item label="Desired base salary" name="salary" extra="Annual, in US dollars">
        <InputNumber style={{ width: 220 }} min={0} formatter={(value) => `$ ${value}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(value) => value?.replace(/\$\s?|(,*)/g, '')} />
      </Form.Item>
      <Form.Item label="Available from" name="availableFrom">
        <DatePicker picker="month" placeholder="Select month" />
      </Form.Item>
      <Form.Item label="Resume" required className="lh-resume">
        <Upload fileList={fileList} maxCount={1} accept=".pdf,.doc,.docx" beforeUpload={(file) => { setFileList([file]); return false; }} onRemove={() => setFileList([])}>
          <Button>Click to upload</Button>
        </Upload>
      </Form.Item>
      <Form.Item label="Referred by (Larkspur employee name)" name="referrer"><Input /></Form.Item>
      <Form.Item label="How did you hear about us?" name="source"><Select options={SOURCES} placeholder="Select" /></Form.Item>
      <Form.Item name="privacy" valuePropName="checked" initialValue={false}>
        <Checkbox>I have read the <a href="#privacy">candidate privacy notice</a>.</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" id="submit">Submit application</Button>
      <pre id="model">{JSON.stringify(model)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
