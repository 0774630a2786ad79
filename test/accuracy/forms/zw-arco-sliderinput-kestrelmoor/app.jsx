/**
 * A creator-media company's careers portal on Arco Design React (en-US locale), Form with
 * Form.Item field / label: a "Current city" AutoComplete whose data arrives 400 ms after typing,
 * years of experience as an InputNumber mode="button" (− / + buttons on either side), expected salary
 * as a Slider with showInput (a slider and an InputNumber beside it) in thousands of USD, a
 * MonthPicker for "Available from" (YYYY-MM), a RangePicker (month mode) for the current role's
 * dates (leave alone), a Switch (button role=switch) for authorization, a button-style Radio.Group
 * for sponsorship, a TreeSelect of preferred teams, a Rate and a multiple Select of languages to
 * leave alone, a counted TextArea cover letter and a consent Checkbox. Values go into
 * <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AutoComplete, Button, Checkbox, ConfigProvider, DatePicker, Form, Input, InputNumber, Radio, Rate, Result, Select, Slider, Switch,
  TreeSelect, Typography,
} from '@arco-design/web-react';
import enUS from '@arco-design/web-react/es/locale/en-US';
import '@arco-design/web-react/dist/css/arco.css';

const FormItem = Form.Item;
const CITIES = ['San Bruno', 'San Diego', 'San Francisco', 'San Jose', 'San Mateo', 'South San Francisco', 'Los Angeles', 'Seattle', 'New York', 'Singapore', 'London'];
const TEAMS = [
  { key: 'data', title: 'Data', children: [{ key: 'data-creator', title: 'Creator Analytics' }, { key: 'data-ads', title: 'Ads Measurement' }, { key: 'data-infra', title: 'Data Infrastructure' }] },
  { key: 'trust', title: 'Trust & Safety', children: [{ key: 'trust-ml', title: 'Integrity ML' }] },
];
const LANGS = ['English', 'Mandarin', 'Spanish', 'Japanese', 'Korean', 'Hindi'];

function CityInput({ value, onChange, ...rest }) {
  const [data, setData] = useState([]);
  const timer = useRef();
  const onSearch = (text) => {
    clearTimeout(timer.current);
    if (!text) { setData([]); return; }
    timer.current = setTimeout(() => setData(CITIES.filter((c) => c.toLowerCase().includes(text.toLowerCase()))), 400);
  };
  return <AutoComplete {...rest} value={value} onChange={onChange} onSearch={onSearch} data={data} placeholder="Enter your city" />;
}

const month = (v) => (v ? String(v).slice(0, 7) : null);

function Application() {
  const [form] = Form.useForm();
  const initial = { authorized: false, salaryK: 80, teams: [], languages: [], dbt: 0 };
  const [model, setModel] = useState(initial);
  const [done, setDone] = useState(false);
  if (done) return <Result id="done" status="success" title="Application submitted" />;
  return (
    <ConfigProvider locale={enUS}>
      <Typography.Title heading={3}>Data Engineer, Creator Analytics</Typography.Title>
      <Typography.Paragraph type="secondary">Los Angeles / San Jose · Full-time · Data</Typography.Paragraph>
      <Form form={form} id="apply" layout="vertical" initialValues={initial} autoComplete="off"
        onValuesChange={(_, all) => setModel({ ...all, availableFrom: month(all.availableFrom), tenure: all.tenure ? all.tenure.map(month) : null })}
        onSubmit={(v) => { if (v.email && v.consent) setDone(true); }}>
        <FormItem label="Legal first name" field="firstName" rules={[{ required: true }]}><Input /></FormItem>
        <FormItem label="Legal last name" field="lastName" rules={[{ required: true }]}><Input /></FormItem>
        <FormItem label="Email" field="email" rules={[{ required: true }]}><Input /></FormItem>
        <FormItem label="Phone number" field="phone"><Input placeholder="+1 (555) 123-4567" /></FormItem>
        <FormItem label="Current city" field="city"><CityInput /></FormItem>
        <FormItem label="GitHub profile" field="github"><Input placeholder="https://github.com/username" /></FormItem>
        <FormItem label="Current company" field="company"><Input /></FormItem>
        <FormItem label="Years of work experience" field="years"><InputNumber mode="button" min={0} max={40} style={{ width: 180 }} /></FormItem>
        <FormItem label="Expected base salary (thousand USD per year)" field="salaryK" extra="Drag the slider or type a number">
          <Slider min={50} max={400} step={5} showInput />
        </FormItem>
        <FormItem label="Available from" field="availableFrom"><DatePicker.MonthPicker style={{ width: 220 }} /></FormItem>
        <FormItem label="Dates in your current role" field="tenure"><DatePicker.RangePicker mode="month" style={{ width: 320 }} /></FormItem>
        <FormItem label="Are you authorized to work in the U.S.?" field="authorized" triggerPropName="checked"><Switch checkedText="YES" uncheckedText="NO" /></FormItem>
        <FormItem label="Will you require visa sponsorship?" field="sponsorship">
          <Radio.Group type="button" options={['Yes', 'No']} />
        </FormItem>
        <FormItem label="Teams you'd like to be considered for" field="teams">
          <TreeSelect treeData={TEAMS} treeCheckable multiple placeholder="Choose teams" style={{ width: 360 }} />
        </FormItem>
        <FormItem label="Languages you speak" field="languages"><Select mode="multiple" options={LANGS} placeholder="Select languages" /></FormItem>
        <FormItem label="How would you rate your dbt skills?" field="dbt"><Rate /></FormItem>
        <FormItem label="Cover letter" field="coverLetter"><Input.TextArea maxLength={3000} showWordLimit autoSize={{ minRows: 4 }} /></FormItem>
        <FormItem field="consent" triggerPropName="checked"><Checkbox>I have read and agree to the Candidate Privacy Policy</Checkbox></FormItem>
        <Button id="submit" type="primary" htmlType="submit">Submit</Button>
      </Form>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
