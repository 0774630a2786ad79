/**
 * Application page of a company's careers site built with antd's Form and its rules: every item
 * validates on blur (validateTrigger "onBlur") and shows its message under the field. The phone
 * item's `normalize` formats the digits as (555) 555-5555 behind a fixed "+1" add-on; the salary
 * is an InputNumber whose formatter shows "$ 150,000". State is a Select that depends on the
 * Country Select (`dependencies`), disabled and empty until a country with states is chosen.
 * "Currently employed: Yes" un-hides the employer and title items (antd `hidden` keeps them in the
 * page); sponsorship "Yes" un-hides a visa Select. "Work experience" is a Form.List with "Add
 * another position". Values in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Upload } from 'antd';

const COUNTRIES = [['US', 'United States'], ['CA', 'Canada'], ['MX', 'Mexico'], ['BR', 'Brazil'], ['GB', 'United Kingdom'], ['IE', 'Ireland'], ['DE', 'Germany'], ['PL', 'Poland'], ['IN', 'India'], ['SG', 'Singapore'], ['AU', 'Australia']];
const STATES = {
  US: [['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['FL', 'Florida'], ['GA', 'Georgia'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['NV', 'Nevada'], ['NJ', 'New Jersey'], ['NY', 'New York'], ['NC', 'North Carolina'], ['OH', 'Ohio'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['TX', 'Texas'], ['UT', 'Utah'], ['VA', 'Virginia'], ['WA', 'Washington']],
  CA: [['AB', 'Alberta'], ['BC', 'British Columbia'], ['ON', 'Ontario'], ['QC', 'Quebec']],
  AU: [['NSW', 'New South Wales'], ['VIC', 'Victoria'], ['QLD', 'Queensland']],
  IN: [['KA', 'Karnataka'], ['MH', 'Maharashtra'], ['TG', 'Telangana']],
};
const toOpts = (pairs) => pairs.map(([value, label]) => ({ value, label }));
const fmtPhone = (raw) => {
  const d = (raw ?? '').replace(/\D/g, '').slice(0, 10);
  if (!d) return '';
  if (d.length < 4) return `(${d}`;
  if (d.length < 7) return `(${d.slice(0, 3)}) ${d.slice(3)}`;
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
};
const req = (message) => ({ required: true, message });

function serialize(v) {
  const out = {};
  for (const [k, val] of Object.entries(v ?? {})) {
    if (val && typeof val === 'object' && typeof val.format === 'function') out[k] = val.format(k === 'startDate' ? 'YYYY-MM-DD' : 'YYYY-MM');
    else if (k === 'resume') out[k] = (val ?? []).map((f) => f.name)[0] ?? null;
    else if (Array.isArray(val)) out[k] = val.map((e) => serialize(e));
    else out[k] = val === undefined ? null : val;
  }
  return out;
}

function App() {
  const [form] = Form.useForm();
  const [done, setDone] = useState(false);
  const values = Form.useWatch((v) => v, { form, preserve: true }) ?? {};
  const employed = values.currentlyEmployed === 'yes';
  const states = STATES[values.country];

  const model = <pre id="model">{JSON.stringify(serialize(values), null, 1)}</pre>;
  if (done) return <div className="lr-card" id="lr-done"><h2>Application submitted</h2><p>Thanks! Our talent team will be in touch.</p>{model}</div>;

  return (
    <div className="lr-card">
      <h2>Submit your application</h2>
      <Form form={form} name="apply" layout="vertical" validateTrigger="onBlur" requiredMark scrollToFirstError
        initialValues={{ experience: [{ current: false }], agree: false }}
        onValuesChange={(changed) => { if ('country' in changed) form.setFieldValue('state', undefined); }}
        onFinish={() => setDone(true)}>
        <h3>Contact information</h3>
        <div className="lr-row">
          <Form.Item label="First name" name="firstName" rules={[req('Please enter your first name')]}><Input /></Form.Item>
          <Form.Item label="Last name" name="lastName" rules={[req('Please enter your last name')]}><Input /></Form.Item>
        </div>
        <div className="lr-row">
          <Form.Item label="Email" name="email" rules={[req('Please enter your email'), { type: 'email', message: 'That does not look like an email address' }]}><Input /></Form.Item>
          <Form.Item label="Phone number" name="phone" normalize={fmtPhone} rules={[req('Please enter your phone number'), { pattern: /^\(\d{3}\) \d{3}-\d{4}$/, message: 'Enter a 10-digit US number' }]}>
            <Input addonBefore="+1" placeholder="(555) 555-5555" maxLength={14} />
          </Form.Item>
        </div>
        <div className="lr-row">
          <Form.Item label="Country" name="country" rules={[req('Please choose a country')]} validateTrigger={['onBlur', 'onChange']}>
            <Select showSearch optionFilterProp="label" placeholder="Select a country" options={toOpts(COUNTRIES)} />
          </Form.Item>
          <Form.Item label="State" name="state" dependencies={['country']} validateTrigger={['onBlur', 'onChange']}
            rules={[({ getFieldValue }) => ({ validator: (_, v) => (STATES[getFieldValue('country')] && !v ? Promise.reject(new Error('Please choose a state')) : Promise.resolve()) })]}>
            <Select showSearch optionFilterProp="label" disabled={!states} placeholder={states ? 'Select a state' : 'Choose a country first'} options={toOpts(states ?? [])} />
          </Form.Item>
          <Form.Item label="City" name="city" rules={[req('Please enter your city')]}><Input /></Form.Item>
        </div>

        <h3>Experience</h3>
        <Form.Item label="Are you currently employed?" name="currentlyEmployed" rules={[req('Please choose one')]} validateTrigger={['onChange']}>
          <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
        </Form.Item>
        <div className="lr-row">
          <Form.Item label="Current employer" name="employer" hidden={!employed} rules={[{ required: employed, message: 'Please enter your employer' }]}><Input /></Form.Item>
          <Form.Item label="Current title" name="currentTitle" hidden={!employed} rules={[{ required: employed, message: 'Please enter your title' }]}><Input /></Form.Item>
        </div>
        <Form.Item label="Years of professional experience" name="years" rules={[req('Please enter a number')]}>
          <InputNumber min={0} max={50} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <div className="lr-list">
          <div className="lr-list-head">Work experience <span>(start with your current or most recent position)</span></div>
          <Form.List name="experience">
            {(fields, { add, remove }) => (
              <>
                {fields.map(({ key, name }) => {
                  const current = values.experience?.[name]?.current;
                  return (
                    <div className="lr-entry" key={key}>
                      <div className="lr-row">
                        <Form.Item label="Company" name={[name, 'company']} rules={[req('Please enter the company')]}><Input /></Form.Item>
                        <Form.Item label="Job title" name={[name, 'title']} rules={[req('Please enter the title')]}><Input /></Form.Item>
                      </div>
                      <div className="lr-row">
                        <Form.Item label="Start month" name={[name, 'start']}><DatePicker picker="month" format="MM/YYYY" placeholder="MM/YYYY" style={{ width: '100%' }} /></Form.Item>
                        <Form.Item label="End month" name={[name, 'end']}><DatePicker picker="month" format="MM/YYYY" placeholder={current ? 'Present' : 'MM/YYYY'} disabled={current} style={{ width: '100%' }} /></Form.Item>
                        <Form.Item label=" " name={[name, 'current']} valuePropName="checked"><Checkbox>I currently work here</Checkbox></Form.Item>
                      </div>
                      {fields.length > 1 && <Button type="link" danger onClick={() => remove(name)}>Remove this position</Button>}
                    </div>
                  );
                })}
                <Button type="dashed" id="lr-add-position" onClick={() => add({ current: false })} block>+ Add another position</Button>
              </>
            )}
          </Form.List>
        </div>

        <h3>Eligibility &amp; compensation</h3>
        <Form.Item label="Are you authorized to work in the United States?" name="authorized" rules={[req('Please choose one')]} validateTrigger={['onChange']}>
          <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
        </Form.Item>
        <div className="lr-row">
          <Form.Item label="Will you require visa sponsorship now or in the future?" name="sponsorship" rules={[req('Please choose one')]} validateTrigger={['onChange', 'onBlur']}>
            <Select placeholder="Please select" options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
          </Form.Item>
          <Form.Item label="Visa type" name="visa" hidden={values.sponsorship !== 'yes'} rules={[{ required: values.sponsorship === 'yes', message: 'Please choose a visa type' }]}>
            <Select placeholder="Please select" options={toOpts([['h1b', 'H-1B'], ['h1bt', 'H-1B transfer'], ['tn', 'TN'], ['e3', 'E-3'], ['opt', 'F-1 OPT / STEM OPT'], ['other', 'Other']])} />
          </Form.Item>
        </div>
        <div className="lr-row">
          <Form.Item label="Expected annual salary (USD)" name="salary" rules={[req('Please enter an amount')]}>
            <InputNumber style={{ width: '100%' }} min={0} step={1000}
              formatter={(v) => (v === undefined || v === null || v === '' ? '' : `$ ${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','))}
              parser={(v) => (v ?? '').replace(/\$\s?|(,*)/g, '')} />
          </Form.Item>
          <Form.Item label="Earliest start date" name="startDate" rules={[req('Please pick a date')]} validateTrigger={['onChange', 'onBlur']}>
            <DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" style={{ width: '100%' }} />
          </Form.Item>
        </div>

        <h3>Resume &amp; links</h3>
        <Form.Item label="Resume" name="resume" className="lr-resume" valuePropName="fileList" getValueFromEvent={(e) => (Array.isArray(e) ? e : e?.fileList)} rules={[req('Please upload your resume')]} validateTrigger={['onChange']}>
          <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.doc,.docx"><Button>Select file</Button></Upload>
        </Form.Item>
        <Form.Item label="LinkedIn profile" name="linkedin" rules={[{ type: 'url', message: 'Please enter a valid URL' }]}><Input placeholder="https://www.linkedin.com/in/..." /></Form.Item>
        <Form.Item label="Cover letter" name="coverLetter"><Input.TextArea rows={5} showCount maxLength={3000} /></Form.Item>
        <Form.Item label="Have you built streaming pipelines on Kafka or Kinesis in production?" name="q_streaming" rules={[req('Please choose one')]} validateTrigger={['onChange']}>
          <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
        </Form.Item>
        <Form.Item label="How did you hear about us?" name="source">
          <Select placeholder="Please select" allowClear options={toOpts([['li', 'LinkedIn'], ['web', 'Our website'], ['ref', 'Referral'], ['evt', 'Event'], ['oth', 'Other']])} />
        </Form.Item>
        <Form.Item name="agree" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('You must accept to apply'))) }]} validateTrigger={['onChange']}>
          <Checkbox>I agree to the processing of my personal data for this application.</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" id="lr-submit" size="large">Submit application</Button>
      </Form>
      {model}
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
