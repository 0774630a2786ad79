/**
 * A payments company's careers page on antd 6 (Form name "apply", so controls get `apply_<name>`
 * ids): a "Where are you based?" AutoComplete whose options come back 500 ms after typing, an
 * "https://" addon on the website, InputNumbers with step buttons for years ("years" suffix) and
 * salary ("$" prefix, thousands separators via formatter / parser), a RangePicker picker="month"
 * for the dates at the current employer (work history the profile does not hold), a month
 * DatePicker for "Available from" (YYYY-MM), yes/no Switches with "Yes"/"No" inner text (button
 * role=switch, no input), a Slider for AWS years (per-skill), a Rate, a counted TextArea cover
 * letter, a resume-link Input, referral code and consent. Values go into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AutoComplete, Button, Checkbox, DatePicker, Form, Input, InputNumber, Rate, Result, Slider, Switch, Typography } from 'antd';

const CITIES = [
  'San Antonio, TX, United States', 'San Diego, CA, United States', 'San Francisco, CA, United States', 'San Jose, CA, United States',
  'Santa Barbara, CA, United States', 'Seattle, WA, United States', 'Sacramento, CA, United States', 'Salt Lake City, UT, United States',
  'Boston, MA, United States', 'Chicago, IL, United States', 'New York, NY, United States', 'Toronto, ON, Canada', 'Dublin, Ireland',
];

function LocationSearch({ id, value, onChange }) {
  const [options, setOptions] = useState([]);
  const timer = useRef();
  useEffect(() => () => clearTimeout(timer.current), []);
  const onSearch = (text) => {
    clearTimeout(timer.current);
    if (!text || text.length < 2) { setOptions([]); return; }
    timer.current = setTimeout(() => {
      const q = text.toLowerCase();
      setOptions(CITIES.filter((c) => c.toLowerCase().includes(q)).map((c) => ({ value: c, label: c })));
    }, 500);
  };
  return <AutoComplete id={id} value={value} options={options} onSearch={onSearch} onChange={onChange} placeholder="Start typing a city" />;
}

const fmt = (d) => (d ? d.format('YYYY-MM') : null);

function Application() {
  const [form] = Form.useForm();
  const [model, setModel] = useState({});
  const [done, setDone] = useState(false);
  const sync = () => {
    const v = form.getFieldsValue(true);
    setModel({ ...v, tenure: v.tenure ? v.tenure.map(fmt) : null, availableFrom: fmt(v.availableFrom) });
  };
  useEffect(() => { sync(); }, []);
  if (done) return <div id="done"><Result status="success" title="Thanks! Your application was sent." /></div>;
  return (
    <>
      <Typography.Title level={2}>Senior Platform Engineer, Payments Data</Typography.Title>
      <Typography.Paragraph type="secondary">Seattle, WA or remote (US) · Engineering · Full-time</Typography.Paragraph>
      <Form form={form} name="apply" layout="vertical" requiredMark onValuesChange={sync}
        initialValues={{ authorized: false, sponsorship: false, relocate: false, awsYears: 0, terraform: 0 }}
        onFinish={() => setDone(true)}>
        <Form.Item label="Full name" name="fullName" rules={[{ required: true }]}><Input autoComplete="name" /></Form.Item>
        <Form.Item label="Email address" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
        <Form.Item label="Phone number" name="phone"><Input placeholder="(206) 555-0100" /></Form.Item>
        <Form.Item label="Where are you based?" name="location" extra="Choose a city from the list">
          <LocationSearch />
        </Form.Item>
        <Form.Item label="Personal website" name="website"><Input addonBefore="https://" /></Form.Item>
        <Form.Item label="GitHub" name="github"><Input placeholder="https://github.com/…" /></Form.Item>
        <Form.Item label="Current employer" name="employer"><Input /></Form.Item>
        <Form.Item label="Dates at your current employer" name="tenure" extra="Start month – end month (leave the end empty if you still work there)">
          <DatePicker.RangePicker picker="month" allowEmpty={[false, true]} placeholder={['Start month', 'End month']} />
        </Form.Item>
        <Form.Item label="Total years of professional experience" name="years" rules={[{ required: true }]}>
          <InputNumber min={0} max={50} suffix="years" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="Expected annual base salary" name="salary" extra="USD, before bonus and equity">
          <InputNumber prefix="$" min={0} step={5000} style={{ width: 240 }}
            formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v?.replace(/\$\s?|(,*)/g, '')} />
        </Form.Item>
        <Form.Item label="Available from" name="availableFrom"><DatePicker picker="month" placeholder="Select month" /></Form.Item>
        <Form.Item label="Are you legally authorized to work in the United States?" name="authorized" valuePropName="checked">
          <Switch checkedChildren="Yes" unCheckedChildren="No" />
        </Form.Item>
        <Form.Item label="Will you now or in the future require sponsorship for employment visa status?" name="sponsorship" valuePropName="checked">
          <Switch checkedChildren="Yes" unCheckedChildren="No" />
        </Form.Item>
        <Form.Item label="Would you relocate to Seattle?" name="relocate" valuePropName="checked">
          <Switch checkedChildren="Yes" unCheckedChildren="No" />
        </Form.Item>
        <Form.Item className="f-awsYears" label="Years of hands-on AWS experience" name="awsYears">
          <Slider min={0} max={15} marks={{ 0: '0', 5: '5', 10: '10', 15: '15+' }} />
        </Form.Item>
        <Form.Item className="f-terraform" label="How strong is your Terraform?" name="terraform"><Rate /></Form.Item>
        <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} showCount maxLength={3000} /></Form.Item>
        <Form.Item label="Link to your resume" name="resumeLink" extra="Google Drive, Dropbox or similar. Make sure it's shared.">
          <Input placeholder="https://" />
        </Form.Item>
        <Form.Item label="Referral code" name="referralCode"><Input /></Form.Item>
        <Form.Item name="consent" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Required'))) }]}>
          <Checkbox>I have read the Heronsgate applicant privacy notice</Checkbox>
        </Form.Item>
        <Button id="submit" type="primary" htmlType="submit">Submit application</Button>
      </Form>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
