/**
 * A streaming-data company's careers page on Semi Design (semi-ui-19, en_US) Form fields: Semi
 * labels each field itself; a "Current city" AutoComplete whose data arrives 450 ms after typing
 * (with a loading state), a Country / State Cascader ("United States / California"), a TreeSelect of
 * offices (multiple, checkable) to leave alone, an InputNumber with its inner step buttons for years,
 * a "$" prefixed salary InputNumber, a month DatePicker (type="month", yyyy-MM) for "Available from",
 * a Switch for work authorization (div role=switch around a native checkbox), a button-style
 * RadioGroup Yes/No for sponsorship, a card CheckboxGroup of statements (one of which — currently
 * employed — the profile answers), a range Slider, a Rating and a TagInput to leave alone, a counted
 * TextArea cover letter. A refer-a-friend box sits below the form. Values go into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, ConfigProvider, Form, Typography } from '@douyinfe/semi-ui-19';
import en_US from '@douyinfe/semi-ui-19/lib/es/locale/source/en_US';

const CITIES = ['San Diego', 'San Francisco', 'San Jose', 'San Mateo', 'Santa Clara', 'Seattle', 'South San Francisco', 'Sunnyvale', 'Austin', 'Boston', 'Chicago', 'New York'];
const REGIONS = [
  { label: 'Canada', value: 'CA', children: [{ label: 'British Columbia', value: 'BC' }, { label: 'Ontario', value: 'ON' }, { label: 'Quebec', value: 'QC' }] },
  { label: 'United Kingdom', value: 'GB', children: [{ label: 'England', value: 'ENG' }, { label: 'Scotland', value: 'SCT' }] },
  { label: 'United States', value: 'US', children: [
    { label: 'California', value: 'CA' }, { label: 'Colorado', value: 'CO' }, { label: 'New York', value: 'NY' }, { label: 'Texas', value: 'TX' }, { label: 'Washington', value: 'WA' },
  ] },
];
const OFFICES = [
  { label: 'North America', value: 'na', key: 'na', children: [
    { label: 'San Francisco HQ', value: 'sf', key: 'sf' }, { label: 'Austin', value: 'aus', key: 'aus' }, { label: 'Toronto', value: 'tor', key: 'tor' },
  ] },
  { label: 'Europe', value: 'eu', key: 'eu', children: [{ label: 'London', value: 'lon', key: 'lon' }, { label: 'Amsterdam', value: 'ams', key: 'ams' }] },
];
const STATEMENTS = [
  { value: 'employed', label: 'I am currently employed', extra: 'You work for an employer today' },
  { value: 'lead', label: 'I have managed engineers', extra: 'Direct reports, not mentoring' },
  { value: 'clearance', label: 'I hold a U.S. security clearance', extra: 'Active or current' },
];

function CityField() {
  const [data, setData] = useState([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef();
  const onSearch = (text) => {
    clearTimeout(timer.current);
    if (!text) { setData([]); return; }
    setLoading(true);
    timer.current = setTimeout(() => {
      setData(CITIES.filter((c) => c.toLowerCase().includes(text.toLowerCase())));
      setLoading(false);
    }, 450);
  };
  return <Form.AutoComplete field="city" label="Current city" data={data} loading={loading} onSearch={onSearch} placeholder="Start typing your city" style={{ width: 320 }} />;
}

function Application() {
  const [values, setValues] = useState({ authorized: false, statements: [], teamSize: [4, 12], python: 0, skills: [], offices: [] });
  const [done, setDone] = useState(false);
  if (done) return <Typography.Title id="done" heading={3}>Thanks, we got your application!</Typography.Title>;
  return (
    <>
      <Typography.Title heading={2}>Data Engineer II (Streaming)</Typography.Title>
      <Typography.Text type="tertiary">San Francisco, CA · Hybrid · Data Platform</Typography.Text>
      <Form style={{ marginTop: 20 }} labelPosition="top"
        initValues={{ authorized: false, statements: [], teamSize: [4, 12], python: 0, skills: [], offices: [] }}
        onValueChange={(v) => setValues({ ...v, availableFrom: v.availableFrom ? formatMonth(v.availableFrom) : null })}
        onSubmit={(v) => { if (v.email && v.consent) setDone(true); }}>
        <Form.Input field="fullName" label="Full name" rules={[{ required: true }]} />
        <Form.Input field="email" label="Email" rules={[{ required: true }]} />
        <Form.Input field="phone" label="Phone" placeholder="+1 555 010 0000" extraText="Include your country code" />
        <CityField />
        <Form.Cascader field="region" label="Country / State" treeData={REGIONS} placeholder="Select" filterTreeNode style={{ width: 320 }} />
        <Form.Input field="linkedin" label="LinkedIn URL" />
        <Form.TreeSelect field="offices" label="Which offices could you work from?" treeData={OFFICES} multiple leafOnly
          style={{ width: 320 }} placeholder="Select offices" />
        <Form.InputNumber field="years" label="Years of professional experience" min={0} max={40} innerButtons style={{ width: 200 }} />
        <Form.InputNumber field="salary" label="Expected annual base salary (USD)" prefix="$" min={0} step={5000} hideButtons style={{ width: 260 }} />
        <Form.DatePicker field="availableFrom" label="Available from" type="month" placeholder="Select month" style={{ width: 260 }} />
        <Form.Switch field="authorized" label="I am authorized to work in the United States" />
        <Form.RadioGroup field="sponsorship" label="Will you require visa sponsorship?" type="button">
          <Form.Radio value="yes">Yes</Form.Radio>
          <Form.Radio value="no">No</Form.Radio>
        </Form.RadioGroup>
        <Form.CheckboxGroup field="statements" label="Which of these apply to you?" type="card" direction="horizontal">
          {STATEMENTS.map((s) => <Form.Checkbox key={s.value} value={s.value} extra={s.extra} style={{ width: 220 }}>{s.label}</Form.Checkbox>)}
        </Form.CheckboxGroup>
        <Form.Slider field="teamSize" label="Team size you work best in (engineers)" range min={1} max={30} marks={{ 1: '1', 10: '10', 20: '20', 30: '30+' }} />
        <Form.Rating field="python" label="Rate your Python" />
        <Form.TagInput field="skills" label="Other skills" placeholder="Type a skill and press Enter" />
        <Form.TextArea field="coverLetter" label="Cover letter" maxCount={2500} showClear autosize={{ minRows: 4 }} />
        <Form.Checkbox field="consent" noLabel>I agree to Wrenfield's candidate privacy notice</Form.Checkbox>
        <Button id="submit" htmlType="submit" theme="solid" type="primary">Submit application</Button>
      </Form>
      <pre id="model">{JSON.stringify(values, null, 2)}</pre>
    </>
  );
}

function formatMonth(d) {
  const date = d instanceof Date ? d : new Date(d);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

createRoot(document.getElementById('root')).render(<ConfigProvider locale={en_US}><Application /></ConfigProvider>);
