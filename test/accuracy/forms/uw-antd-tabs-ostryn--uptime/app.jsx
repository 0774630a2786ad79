/**
 * Ostryn Robotics careers: an antd (v6) application in four Tabs (Profile, Experience, References,
 * Questions) with a Next button under each pane. Work history, education and references are
 * Form.List entries (two positions and two references shown, "Add position"); "I currently work
 * here" unmounts the End field; the sponsorship answer reveals a visa Select. Values (the whole
 * store) are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, Col, Form, Input, Radio, Row, Select, Tabs, Upload } from 'antd';

const DEGREES = ['High school', 'Associate (AA/AS)', 'Bachelor (BA/BS)', 'Master (MA/MS)', 'Doctorate (PhD)'].map((l) => ({ value: l, label: l }));
const VISAS = ['H-1B', 'H-1B transfer', 'E-3', 'TN', 'L-1', 'Other'].map((l) => ({ value: l, label: l }));
const YEARS = ['0–2 years', '3–5 years', '6–9 years', '10+ years'].map((l) => ({ value: l, label: l }));
const SOURCES = ['ProMat / trade show', 'LinkedIn', 'Ostryn careers page', 'Referral', 'Other'].map((l) => ({ value: l, label: l }));
const TABS = ['profile', 'experience', 'references', 'questions'];
const emptyJob = { employer: '', title: '', start: '', end: '', current: false };
const emptyRef = { name: '', company: '', email: '', phone: '' };

function Application() {
  const [form] = Form.useForm();
  const values = Form.useWatch([], { form, preserve: true }) ?? {};
  const [tab, setTab] = useState('profile');
  const [resume, setResume] = useState('');
  const [done, setDone] = useState(false);
  if (done) return <div id="ot-done" className="ot-done"><h2>Thanks — application received.</h2></div>;

  const profile = (
    <>
      <Row gutter={16}>
        <Col span={12}><Form.Item label="First name" name="firstName"><Input /></Form.Item></Col>
        <Col span={12}><Form.Item label="Last name" name="lastName"><Input /></Form.Item></Col>
      </Row>
      <Form.Item label="Email" name="email"><Input /></Form.Item>
      <Form.Item label="Mobile" name="mobile"><Input addonBefore="+1" /></Form.Item>
      <Form.Item label="Street address" name="street"><Input /></Form.Item>
      <Row gutter={16}>
        <Col span={12}><Form.Item label="City" name="city"><Input /></Form.Item></Col>
        <Col span={12}><Form.Item label="ZIP code" name="zip"><Input /></Form.Item></Col>
      </Row>
      <Form.Item name="mailingSame" valuePropName="checked"><Checkbox>My mailing address is the same as above</Checkbox></Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.mailingSame !== b.mailingSame}>
        {({ getFieldValue }) => getFieldValue('mailingSame') ? null : (
          <Form.Item label="Mailing address" name="mailingAddress"><Input.TextArea rows={2} /></Form.Item>
        )}
      </Form.Item>
      <h3 className="ot-sub">In case of emergency</h3>
      <Row gutter={16}>
        <Col span={12}><Form.Item label="Contact name" name={['emergency', 'name']}><Input /></Form.Item></Col>
        <Col span={12}><Form.Item label="Contact phone" name={['emergency', 'phone']}><Input /></Form.Item></Col>
      </Row>
    </>
  );

  const experience = (
    <>
      <Form.Item label="Resume" className="ot-resume">
        <Upload beforeUpload={(file) => { setResume(file.name); return false; }} maxCount={1} onRemove={() => setResume('')}>
          <Button id="ot-resume-btn">Upload resume</Button>
        </Upload>
      </Form.Item>
      <h3 className="ot-sub">Positions</h3>
      <p className="ot-hint">Your current or most recent position first.</p>
      <Form.List name="jobs">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => (
              <div className="ot-entry" key={key}>
                <div className="ot-entry-head">Position {name + 1}{fields.length > 1 ? <a onClick={() => remove(name)}>Remove</a> : null}</div>
                <Row gutter={16}>
                  <Col span={12}><Form.Item label="Company" name={[name, 'employer']}><Input /></Form.Item></Col>
                  <Col span={12}><Form.Item label="Title" name={[name, 'title']}><Input /></Form.Item></Col>
                </Row>
                <Row gutter={16}>
                  <Col span={12}><Form.Item label="Start" name={[name, 'start']}><Input placeholder="MM/YYYY" /></Form.Item></Col>
                  <Col span={12}>
                    <Form.Item noStyle shouldUpdate>
                      {({ getFieldValue }) => getFieldValue(['jobs', name, 'current']) ? null : (
                        <Form.Item label="End" name={[name, 'end']}><Input placeholder="MM/YYYY" /></Form.Item>
                      )}
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name={[name, 'current']} valuePropName="checked"><Checkbox>I currently work here</Checkbox></Form.Item>
              </div>
            ))}
            <Button type="dashed" onClick={() => add({ ...emptyJob })} block>+ Add position</Button>
          </>
        )}
      </Form.List>
      <h3 className="ot-sub">Education</h3>
      <Form.List name="education">
        {(fields) => fields.map(({ key, name }) => (
          <Row gutter={16} key={key}>
            <Col span={12}><Form.Item label="School" name={[name, 'school']}><Input /></Form.Item></Col>
            <Col span={12}><Form.Item label="Degree" name={[name, 'degree']}><Select placeholder="Select a degree" options={DEGREES} /></Form.Item></Col>
          </Row>
        ))}
      </Form.List>
    </>
  );

  const references = (
    <>
      <p className="ot-hint">Two professional references. We will ask before contacting them.</p>
      <Form.List name="references">
        {(fields) => fields.map(({ key, name }) => (
          <div className="ot-entry" key={key}>
            <div className="ot-entry-head">Reference {name + 1}</div>
            <Row gutter={16}>
              <Col span={12}><Form.Item label="Name" name={[name, 'name']}><Input /></Form.Item></Col>
              <Col span={12}><Form.Item label="Company" name={[name, 'company']}><Input /></Form.Item></Col>
            </Row>
            <Row gutter={16}>
              <Col span={12}><Form.Item label="Email" name={[name, 'email']}><Input /></Form.Item></Col>
              <Col span={12}><Form.Item label="Phone" name={[name, 'phone']}><Input /></Form.Item></Col>
            </Row>
          </div>
        ))}
      </Form.List>
    </>
  );

  const questions = (
    <>
      <Form.Item label="Do you need Ostryn to sponsor a work visa, now or later?" name="sponsorship">
        <Radio.Group options={[{ value: 'yes', label: 'I will need sponsorship' }, { value: 'no', label: 'I will not need sponsorship' }]} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.sponsorship !== b.sponsorship}>
        {({ getFieldValue }) => getFieldValue('sponsorship') === 'yes' ? (
          <Form.Item label="Which visa would you need?" name="visa"><Select placeholder="Select" options={VISAS} /></Form.Item>
        ) : null}
      </Form.Item>
      <Form.Item label="Can you work in the U.S. without restrictions?" name="authorized">
        <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
      </Form.Item>
      <Form.Item label="How many years have you worked in data engineering or analytics?" name="yearsBand"><Select placeholder="Select" options={YEARS} /></Form.Item>
      <Form.Item label="Target base salary (annual)" name="salary"><Input addonBefore="USD" /></Form.Item>
      <Form.Item label="Can you be in our Pittsburgh office three days a week?" name="onsite">
        <Radio.Group options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />
      </Form.Item>
      <Form.Item label="Where did you hear about this role?" name="source"><Select placeholder="Select" options={SOURCES} /></Form.Item>
      <Form.Item label="Which robot, IoT or machine data have you worked with?" name="extra"><Input.TextArea rows={3} /></Form.Item>
    </>
  );

  const panes = { profile, experience, references, questions };
  const titles = { profile: 'Profile', experience: 'Experience', references: 'References', questions: 'Questions' };
  const i = TABS.indexOf(tab);
  const model = JSON.stringify({ ...values, resume }, (k, v) => (v === undefined ? null : v), 1);
  return (
    <Form
      form={form}
      name="apply"
      layout="vertical"
      initialValues={{
        firstName: '', lastName: '', email: '', mobile: '', street: '', city: '', zip: '', mailingSame: true, mailingAddress: '',
        emergency: { name: '', phone: '' },
        jobs: [{ ...emptyJob }, { ...emptyJob }],
        education: [{ school: '', degree: undefined }],
        references: [{ ...emptyRef }, { ...emptyRef }],
        sponsorship: undefined, visa: undefined, authorized: undefined, yearsBand: undefined, salary: '', onsite: undefined, source: undefined, extra: '',
      }}
      onFinish={() => setDone(true)}
    >
      <Tabs activeKey={tab} onChange={setTab} items={TABS.map((k) => ({ key: k, label: titles[k], children: panes[k] }))} />
      <div className="ot-nav">
        {i < TABS.length - 1
          ? <Button key="next" type="primary" id="ot-next" onClick={() => setTab(TABS[i + 1])}>Next: {titles[TABS[i + 1]]}</Button>
          : <Button key="submit" type="primary" htmlType="submit" id="ot-submit">Submit application</Button>}
      </div>
      <pre id="model">{model}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
