/*
 * A grid-software company's self-built careers page on antd 6, shared by its postings: an
 * experience-first application. "Experience" and "Education" are Form.Lists with one entry shown
 * and "+ Add another position" / "+ Add another school" buttons; each position has month pickers
 * (DatePicker picker="month", MM/YYYY) for the start and the end, and "I currently work here"
 * disables the end picker; a school AutoComplete, a degree Select, a year picker for graduation,
 * GPA as an InputNumber. The posting's questions follow (Radio.Group, Select, InputNumber, the
 * earliest start as a DatePicker). Form values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AutoComplete, Button, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Upload } from 'antd';

const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine',
  'University of California, Los Angeles', 'University of California, San Diego', 'UC Berkeley Extension',
  'California State University, East Bay', 'Stanford University', 'San Jose State University', 'University of Washington',
].map((value) => ({ value }));
const DEGREES = [
  ['hs', 'High school diploma / GED'], ['aa', 'Associate degree (AA, AS)'], ['ba', "Bachelor's degree (BA, BS)"],
  ['ms', "Master's degree (MA, MS)"], ['mba', 'MBA'], ['phd', 'Doctorate (PhD)'], ['cert', 'Certificate / bootcamp'],
].map(([value, label]) => ({ value, label }));

const emptyPosition = () => ({ company: '', title: '', current: false, start: null, end: null, summary: '' });
const emptySchool = () => ({ school: '', degree: null, field: '', gradYear: null, gpa: null });
const fmt = (d, f) => (d && typeof d.format === 'function' ? d.format(f) : d ?? null);

function Application({ posting }) {
  const [form] = Form.useForm();
  const values = Form.useWatch([], form) ?? {};
  const [done, setDone] = useState(false);
  const [resume, setResume] = useState(null);
  if (done) return <p id="pu-done" className="done">Thanks, {posting.company} has your application.</p>;

  const model = {
    ...values,
    resume,
    experience: (values.experience ?? []).map((e) => e && { ...e, start: fmt(e.start, 'YYYY-MM'), end: fmt(e.end, 'YYYY-MM') }),
    education: (values.education ?? []).map((e) => e && { ...e, gradYear: fmt(e.gradYear, 'YYYY') }),
    startDate: fmt(values.startDate, 'YYYY-MM-DD'),
  };

  return (
    <Form
      form={form}
      name="pu"
      layout="vertical"
      requiredMark
      initialValues={{
        firstName: '', lastName: '', email: '', phone: '', city: '',
        experience: [emptyPosition()], education: [emptySchool()],
        ...Object.fromEntries(posting.questions.map((q) => [q.key, null])),
        newsletter: false, privacy: false,
      }}
      onFinish={() => { if (resume) setDone(true); }}
    >
      <h2>Your details</h2>
      <div className="row">
        <Form.Item label="First name" name="firstName" rules={[{ required: true }]}><Input autoComplete="given-name" /></Form.Item>
        <Form.Item label="Last name" name="lastName" rules={[{ required: true }]}><Input autoComplete="family-name" /></Form.Item>
      </div>
      <Form.Item label="Email" name="email" rules={[{ required: true, type: 'email' }]}><Input /></Form.Item>
      <Form.Item label="Mobile number" name="phone" rules={[{ required: true }]}><Input addonBefore="+1" /></Form.Item>
      <Form.Item label="City" name="city"><Input /></Form.Item>
      <Form.Item label="Resume" required extra="PDF or Word, up to 10 MB">
        <div id="pu-resume-upload">
          <Upload beforeUpload={(file) => { setResume(file.name); return false; }} onRemove={() => setResume(null)} maxCount={1} accept=".pdf,.doc,.docx">
            <Button>Upload resume</Button>
          </Upload>
        </div>
      </Form.Item>

      <h2>Experience</h2>
      <p className="hint">Most recent position first.</p>
      <Form.List name="experience">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }) => (
              <div className="entry" key={key} id={`experience-${name}`}>
                <div className="entry-head">Position {name + 1}{name > 0 && <Button type="link" danger onClick={() => remove(name)}>Remove</Button>}</div>
                <div className="row">
                  <Form.Item label="Company" name={[name, 'company']}><Input /></Form.Item>
                  <Form.Item label="Job title" name={[name, 'title']}><Input /></Form.Item>
                </div>
                <Form.Item name={[name, 'current']} valuePropName="checked"><Checkbox>I currently work here</Checkbox></Form.Item>
                <div className="row">
                  <Form.Item label="Start month" name={[name, 'start']}><DatePicker picker="month" format="MM/YYYY" placeholder="MM/YYYY" /></Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const current = form.getFieldValue(['experience', name, 'current']);
                      return (
                        <Form.Item label="End month" name={[name, 'end']}>
                          <DatePicker picker="month" format="MM/YYYY" placeholder={current ? 'Present' : 'MM/YYYY'} disabled={!!current} />
                        </Form.Item>
                      );
                    }}
                  </Form.Item>
                </div>
                <Form.Item label="What did you work on?" name={[name, 'summary']}><Input.TextArea rows={2} /></Form.Item>
              </div>
            ))}
            <Button type="dashed" id="add-position" onClick={() => add(emptyPosition())}>+ Add another position</Button>
          </>
        )}
      </Form.List>

      <h2>Education</h2>
      <Form.List name="education">
        {(fields, { add }) => (
          <>
            {fields.map(({ key, name }) => (
              <div className="entry" key={key} id={`education-${name}`}>
                <div className="entry-head">School {name + 1}</div>
                <Form.Item label="School" name={[name, 'school']}>
                  <AutoComplete options={SCHOOLS} placeholder="Start typing your school" filterOption={(input, option) => option.value.toLowerCase().includes(input.toLowerCase())} />
                </Form.Item>
                <div className="row">
                  <Form.Item label="Degree" name={[name, 'degree']}><Select options={DEGREES} placeholder="Select degree" allowClear /></Form.Item>
                  <Form.Item label="Field of study" name={[name, 'field']}><Input /></Form.Item>
                </div>
                <div className="row">
                  <Form.Item label="Graduation year" name={[name, 'gradYear']}><DatePicker picker="year" placeholder="YYYY" /></Form.Item>
                  <Form.Item label="GPA (optional)" name={[name, 'gpa']}><InputNumber min={0} max={5} step={0.01} /></Form.Item>
                </div>
              </div>
            ))}
            <Button type="dashed" id="add-school" onClick={() => add(emptySchool())}>+ Add another school</Button>
          </>
        )}
      </Form.List>

      <h2>A few questions</h2>
      {posting.questions.map((q) => (
        <Form.Item key={q.key} label={q.label} name={q.key} rules={q.required ? [{ required: true }] : undefined} extra={q.hint}>
          {q.type === 'radio' ? (
            <Radio.Group options={q.options.map(([value, label]) => ({ value, label }))} />
          ) : q.type === 'select' ? (
            <Select options={q.options.map(([value, label]) => ({ value, label }))} placeholder="Please select" allowClear />
          ) : q.type === 'money' ? (
            <InputNumber prefix="$" min={0} style={{ width: 220 }} />
          ) : q.type === 'date' ? (
            <DatePicker format="MM/DD/YYYY" placeholder="MM/DD/YYYY" />
          ) : (
            <Input.TextArea rows={3} />
          )}
        </Form.Item>
      ))}

      <Form.Item name="newsletter" valuePropName="checked"><Checkbox>Email me about new openings at {posting.company}</Checkbox></Form.Item>
      <Form.Item name="privacy" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('Please accept the privacy notice'))) }]}>
        <Checkbox>I have read the candidate privacy notice</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" id="pu-submit">Submit application</Button>
      <pre id="model">{JSON.stringify(model, null, 1)}</pre>
    </Form>
  );
}

export function renderApplication(posting) {
  document.title = `${posting.title} · ${posting.company} careers`;
  createRoot(document.getElementById('root')).render(
    <main className="page">
      <header className="top"><b>{posting.company}</b><span className="muted">Careers</span></header>
      <h1>{posting.title}</h1>
      <p className="muted">{posting.meta}</p>
      <Application posting={posting} />
    </main>,
  );
}
