/*
 * Brightfield Renewables careers: React 19 + antd 6 controls whose values are held by
 * react-hook-form (Controller for every antd control, no antd Form): Cascader for the location
 * (Country / State / City with search), Select showSearch for school (code values) and degree,
 * DatePicker MM/DD/YYYY, InputNumber with "$" prefix and thousands formatter, Input with an
 * "https://" addonBefore, Radio.Group (plain and button style), Checkbox.Group, Upload.Dragger
 * (beforeUpload false, file list kept in the form), header Input.Search, footer newsletter.
 * Postings pass their title, questions and site list. Values go to <pre id="model">.
 */
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Button, Cascader, Checkbox, ConfigProvider, DatePicker, Divider, Input, InputNumber, Radio, Result, Select, Typography, Upload } from 'antd';
import dayjs from 'dayjs';

const LOCATIONS = [
  { value: 'United States', label: 'United States', children: [
    { value: 'Arizona', label: 'Arizona', children: ['Phoenix', 'Tempe', 'Tucson'].map((c) => ({ value: c, label: c })) },
    { value: 'California', label: 'California', children: ['Fresno', 'Los Angeles', 'Oakland', 'Sacramento', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco'].map((c) => ({ value: c, label: c })) },
    { value: 'Colorado', label: 'Colorado', children: ['Boulder', 'Denver'].map((c) => ({ value: c, label: c })) },
    { value: 'Nevada', label: 'Nevada', children: ['Las Vegas', 'Reno'].map((c) => ({ value: c, label: c })) },
    { value: 'Texas', label: 'Texas', children: ['Austin', 'Dallas', 'Houston'].map((c) => ({ value: c, label: c })) },
    { value: 'Other', label: 'Other state', children: [{ value: 'Other', label: 'Other city' }] },
  ] },
  { value: 'Canada', label: 'Canada', children: [
    { value: 'British Columbia', label: 'British Columbia', children: [{ value: 'Vancouver', label: 'Vancouver' }] },
    { value: 'Ontario', label: 'Ontario', children: [{ value: 'Toronto', label: 'Toronto' }] },
  ] },
  { value: 'Mexico', label: 'Mexico', children: [{ value: 'Baja California', label: 'Baja California', children: [{ value: 'Tijuana', label: 'Tijuana' }] }] },
  { value: 'Other', label: 'Other country', children: [{ value: 'Other', label: 'Other region', children: [{ value: 'Other', label: 'Other city' }] }] },
];
const SCHOOLS = [
  ['asu', 'Arizona State University'], ['bcc', 'Berkeley City College'], ['calpoly', 'Cal Poly San Luis Obispo'],
  ['csu-sf', 'San Francisco State University'], ['stanford', 'Stanford University'], ['ucbx', 'UC Berkeley Extension'],
  ['ucb', 'University of California, Berkeley'], ['ucd', 'University of California, Davis'], ['ucla', 'University of California, Los Angeles'],
  ['uw', 'University of Washington'], ['other', 'Other / not listed'],
].map(([value, label]) => ({ value, label }));
const DEGREES = ['High school', 'Associate (AA/AS)', 'Bachelor (BA/BS)', 'Master (MA/MS/MBA)', 'Doctorate (PhD)'].map((v) => ({ value: v, label: v }));
const SPONSOR = ["No, I don't need sponsorship", 'Yes, I need it now', 'Yes, I will need it in the future'].map((v) => ({ value: v, label: v }));
const HEARD = ['LinkedIn', 'Indeed', 'Solar industry event', 'Brightfield website', 'Employee referral', 'Other'].map((v) => ({ value: v, label: v }));
const GENDER = ['Female', 'Male', 'Non-binary', 'Prefer not to say'].map((v) => ({ value: v, label: v }));
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Prefer not to say'].map((v) => ({ value: v, label: v }));

function Item({ id, label, help, error, children }) {
  return (
    <div className="bf-item" id={`bf-f-${id}`}>
      <label htmlFor={`bf-${id}`}>{label}</label>
      {children}
      {help && <div className="bf-help">{help}</div>}
      {error && <div className="bf-err">{error}</div>}
    </div>
  );
}
function Question({ id, label, children }) {
  return <div className="bf-item" id={`bf-f-${id}`}><div className="bf-q" id={`bf-${id}-q`}>{label}</div>{children}</div>;
}

function Application({ posting }) {
  const [sent, setSent] = useState(false);
  const { control, handleSubmit, formState: { errors } } = useForm({
    defaultValues: {
      firstName: '', lastName: '', preferredName: '', email: '', phone: '', street: '', postalCode: '', location: [],
      linkedin: '', website: '', employer: '', years: null, school: null, degree: null, startDate: null, salary: null,
      authorized: null, sponsorship: null, employed: null, sites: [], resume: [], coverLetter: '', heard: null,
      gender: null, race: null, consent: false,
      answers: Object.fromEntries(posting.questions.map((q) => [q.key, q.kind === 'text' ? '' : null])),
    },
  });
  const text = (name, label, props = {}) => (
    <Controller name={name} control={control} rules={props.rules} render={({ field }) => (
      <Item id={name} label={label} help={props.help} error={errors[name] && 'This field is required'}>
        {props.area ? <Input.TextArea id={`bf-${name}`} rows={5} {...field} /> : <Input id={`bf-${name}`} {...props.input} {...field} />}
      </Item>
    )} />
  );
  if (sent) return <Result status="success" title="Application received" subTitle={<span id="bf-sent">Thanks for applying to {posting.title}. Our recruiting team reviews every application.</span>} />;
  return (
    <form id="bf-apply" onSubmit={handleSubmit(() => setSent(true))} noValidate>
      <Typography.Title level={2}>{posting.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{posting.where}</Typography.Paragraph>
      <Typography.Paragraph>{posting.intro}</Typography.Paragraph>
      <Divider titlePlacement="start">Contact</Divider>
      <div className="bf-row">{text('firstName', 'First name', { rules: { required: true } })}{text('lastName', 'Last name', { rules: { required: true } })}</div>
      {text('preferredName', 'Preferred name', { help: 'Only if different from your first name' })}
      {text('email', 'Email', { rules: { required: true }, input: { type: 'email' } })}
      {text('phone', 'Phone', { input: { placeholder: '(555) 555-5555', maxLength: 14 } })}
      {text('street', 'Street address')}
      <Controller name="location" control={control} render={({ field }) => (
        <Item id="location" label="Location" help="Country / State / City — type to search">
          <Cascader id="bf-location" options={LOCATIONS} showSearch={{ filter: (input, path) => path.map((o) => o.label).join(' / ').toLowerCase().includes(input.toLowerCase()) }} placeholder="Select country, state and city" style={{ width: '100%' }} value={field.value} onChange={(v) => field.onChange(v ?? [])} />
        </Item>
      )} />
      {text('postalCode', 'ZIP / Postal code', { input: { style: { width: 180 } } })}

      <Divider titlePlacement="start">Background</Divider>
      {text('linkedin', 'LinkedIn', { input: { addonBefore: 'https://', placeholder: 'www.linkedin.com/in/…' } })}
      {text('website', 'Personal website or portfolio')}
      {text('employer', 'Current employer')}
      <Controller name="years" control={control} render={({ field }) => (
        <Item id="years" label={posting.yearsLabel}>
          <InputNumber id="bf-years" min={0} max={50} suffix="years" style={{ width: 180 }} value={field.value} onChange={field.onChange} />
        </Item>
      )} />
      <div className="bf-row">
        <Controller name="school" control={control} render={({ field }) => (
          <Item id="school" label="School">
            <Select id="bf-school" showSearch={{ optionFilterProp: 'label' }} options={SCHOOLS} placeholder="Search schools" style={{ width: '100%' }} value={field.value} onChange={field.onChange} />
          </Item>
        )} />
        <Controller name="degree" control={control} render={({ field }) => (
          <Item id="degree" label="Highest degree">
            <Select id="bf-degree" options={DEGREES} placeholder="Select" style={{ width: '100%' }} value={field.value} onChange={field.onChange} />
          </Item>
        )} />
      </div>
      <Controller name="resume" control={control} rules={{ validate: (v) => v.length > 0 }} render={({ field }) => (
        <Item id="resume" label="Resume" error={errors.resume && 'Please attach your resume'}>
          <Upload.Dragger id="bf-resume" name="resume" accept=".pdf,.doc,.docx" maxCount={1} beforeUpload={() => false} fileList={field.value} onChange={({ fileList }) => field.onChange(fileList)}>
            <p>Drag your resume here, or click to browse</p>
            <p className="bf-help">PDF, DOC or DOCX · max 10 MB</p>
          </Upload.Dragger>
        </Item>
      )} />
      {text('coverLetter', 'Cover letter', { area: true, help: 'Paste it here (optional).' })}

      <Divider titlePlacement="start">Eligibility &amp; availability</Divider>
      <Controller name="authorized" control={control} render={({ field }) => (
        <Question id="authorized" label="Are you legally authorized to work in the United States?">
          <Radio.Group aria-labelledby="bf-authorized-q" value={field.value} onChange={(e) => field.onChange(e.target.value)} options={['Yes', 'No']} />
        </Question>
      )} />
      <Controller name="sponsorship" control={control} render={({ field }) => (
        <Item id="sponsorship" label="Will you require visa sponsorship to work for Brightfield?">
          <Select id="bf-sponsorship" options={SPONSOR} placeholder="Select" style={{ width: '100%' }} value={field.value} onChange={field.onChange} />
        </Item>
      )} />
      <Controller name="employed" control={control} render={({ field }) => (
        <Question id="employed" label="Are you currently employed?">
          <Radio.Group aria-labelledby="bf-employed-q" optionType="button" buttonStyle="solid" value={field.value} onChange={(e) => field.onChange(e.target.value)} options={['Yes', 'No']} />
        </Question>
      )} />
      <div className="bf-row">
        <Controller name="startDate" control={control} render={({ field }) => (
          <Item id="startDate" label="Available to start">
            <DatePicker id="bf-startDate" format="MM/DD/YYYY" placeholder="MM/DD/YYYY" style={{ width: '100%' }} value={field.value} onChange={field.onChange} />
          </Item>
        )} />
        <Controller name="salary" control={control} render={({ field }) => (
          <Item id="salary" label="Salary expectation (annual)">
            <InputNumber id="bf-salary" prefix="$" style={{ width: '100%' }} min={0} formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => v?.replace(/[$,\s]/g, '')} value={field.value} onChange={field.onChange} />
          </Item>
        )} />
      </div>
      <Controller name="sites" control={control} render={({ field }) => (
        <Question id="sites" label={posting.sitesLabel}>
          <Checkbox.Group options={posting.sites} value={field.value} onChange={field.onChange} />
        </Question>
      )} />

      <Divider titlePlacement="start">Role questions</Divider>
      {posting.questions.map((q) => (
        <Controller key={q.key} name={`answers.${q.key}`} control={control} render={({ field }) => (
          q.kind === 'text'
            ? <Item id={q.key} label={q.label}><Input.TextArea id={`bf-${q.key}`} rows={3} {...field} /></Item>
            : q.kind === 'select'
              ? <Item id={q.key} label={q.label}><Select id={`bf-${q.key}`} options={q.options.map((v) => ({ value: v, label: v }))} placeholder="Select" style={{ width: '100%' }} value={field.value} onChange={field.onChange} /></Item>
              : <Question id={q.key} label={q.label}><Radio.Group value={field.value} onChange={(e) => field.onChange(e.target.value)} options={q.options} /></Question>
        )} />
      ))}
      <Controller name="heard" control={control} render={({ field }) => (
        <Item id="heard" label="How did you hear about Brightfield?">
          <Select id="bf-heard" allowClear options={HEARD} placeholder="Select" style={{ width: '100%' }} value={field.value} onChange={field.onChange} />
        </Item>
      )} />

      <Divider titlePlacement="start">Voluntary self-identification</Divider>
      <div className="bf-row">
        <Controller name="gender" control={control} render={({ field }) => (
          <Item id="gender" label="Gender"><Select id="bf-gender" options={GENDER} placeholder="Select" style={{ width: '100%' }} value={field.value} onChange={field.onChange} /></Item>
        )} />
        <Controller name="race" control={control} render={({ field }) => (
          <Item id="race" label="Race / ethnicity"><Select id="bf-race" options={RACE} placeholder="Select" style={{ width: '100%' }} value={field.value} onChange={field.onChange} /></Item>
        )} />
      </div>
      <Controller name="consent" control={control} rules={{ validate: (v) => v === true }} render={({ field }) => (
        <div className="bf-item">
          <Checkbox id="bf-consent" checked={field.value} onChange={(e) => field.onChange(e.target.checked)}>I consent to Brightfield Renewables storing my application for 24 months.</Checkbox>
          {errors.consent && <div className="bf-err">Required</div>}
        </div>
      )} />
      <Button type="primary" htmlType="submit" size="large" id="bf-submit">Submit application</Button>
      <Mirror control={control} />
    </form>
  );
}

function Mirror({ control }) {
  const values = useWatch({ control });
  const model = { ...values, startDate: values.startDate ? dayjs(values.startDate).format('YYYY-MM-DD') : null, resume: (values.resume ?? []).map((f) => f.name) };
  document.getElementById('model').textContent = JSON.stringify(model, null, 2);
  return null;
}

function Header() {
  return (
    <header className="bf-head"><b>Brightfield Renewables</b>
      <Input.Search id="bf-search" placeholder="Search open roles" style={{ width: 260 }} />
    </header>
  );
}
function Footer() {
  return (
    <footer className="bf-foot">
      <label htmlFor="bf-news">Brightfield newsletter — solar news once a month</label>
      <Input id="bf-news" type="email" placeholder="Email address" style={{ width: 280, marginLeft: 8 }} />
    </footer>
  );
}

export function renderPosting(posting) {
  createRoot(document.getElementById('root')).render(
    <ConfigProvider theme={{ token: { colorPrimary: '#2f7d4a' } }}>
      <Header />
      <main className="bf-main"><Application posting={posting} /></main>
      <Footer />
    </ConfigProvider>,
  );
}
