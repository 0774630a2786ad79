/**
 * A Singapore-based scale-up's careers page on Ant Design v6 with react-hook-form (each antd
 * control wrapped in a Controller; antd Form used only for layout and labels): a dial-code Select
 * (showSearch, preset to the posting's country) joined to the phone Input in a Space.Compact, an
 * AutoComplete for the city, a searchable country Select, an "https://" Space.Addon before LinkedIn
 * and a fixed "github.com/" Space.Addon before GitHub, experience as a Segmented control, an
 * InputNumber salary with a "$" prefix, thousands separators and a "/ year" suffix, a DatePicker in
 * "MMM D, YYYY", yes/no as a button-style Radio.Group, sponsorship as sentence radios, pronouns as
 * a Checkbox.Group, Upload.Dragger for the CV, a TextArea with a counter for the cover letter, a
 * multiple Select of tools, a relocation Switch, posting questions, consent, and a help-chat box.
 * The form state (watch()) is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import dayjs from 'dayjs';
import {
  AutoComplete, Button, Checkbox, ConfigProvider, DatePicker, Form, Input, InputNumber, Radio, Result, Segmented, Select, Space, Switch, Upload,
} from 'antd';
import countries from 'world-countries';

const COUNTRY_OPTIONS = countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));

function Item({ name, label, htmlFor, required, extra, children }) {
  return <div id={`sg-f-${name}`}><Form.Item label={label} htmlFor={htmlFor} required={required} extra={extra}>{children}</Form.Item></div>;
}

function Application({ posting }) {
  const answers = Object.fromEntries(posting.questions.map((q) => [q.id, null]));
  const { control, handleSubmit, watch } = useForm({
    defaultValues: {
      fullName: '', email: '', dialCode: posting.dialDefault, phone: '', city: '', country: null, linkedin: '', github: '',
      company: '', title: '', years: null, education: null, salary: null, startDate: null, authorized: null, sponsorship: null,
      pronouns: [], resume: [], coverLetter: '', tools: [], relocate: false, answers, source: null, referralCode: '', consent: false,
    },
  });
  const [done, setDone] = useState(false);
  const [chat, setChat] = useState('');
  const values = watch();
  const C = (name, render) => <Controller control={control} name={name} render={({ field }) => render(field)} />;

  if (done) return <div id="sg-done"><Result status="success" title="Application submitted" subTitle={`Thanks for applying to ${posting.company}.`} /></div>;

  return (
    <div className="sg-page">
      <h1>{posting.title}</h1>
      <p className="sg-meta">{posting.company} · {posting.location}</p>
      {posting.blurb.map((p, i) => <p key={i}>{p}</p>)}
      <Form layout="vertical" component="div" className="sg-form">
        <h2>About you</h2>
        <Item name="fullName" label={posting.labels.fullName} htmlFor="sg-fullName" required>{C('fullName', (f) => <Input id="sg-fullName" {...f} />)}</Item>
        <Item name="email" label="Email" htmlFor="sg-email" required>{C('email', (f) => <Input id="sg-email" type="email" {...f} />)}</Item>
        <Item name="phone" label={posting.labels.phone} htmlFor="sg-phone" required>
          <Space.Compact block>
            {C('dialCode', (f) => (
              <Select id="sg-dialCode" aria-label="Country calling code" showSearch={{ optionFilterProp: 'label' }} style={{ width: 190 }} options={posting.dialCodes.map(([v, l]) => ({ value: v, label: l }))} value={f.value} onChange={f.onChange} />
            ))}
            {C('phone', (f) => <Input id="sg-phone" {...f} />)}
          </Space.Compact>
        </Item>
        <Item name="city" label={posting.labels.city} htmlFor="sg-city">
          {C('city', (f) => (
            <AutoComplete id="sg-city" value={f.value} onChange={f.onChange} style={{ width: '100%' }}
              options={posting.cities.filter((c) => f.value && c.toLowerCase().includes(f.value.toLowerCase())).map((c) => ({ value: c }))} placeholder="Type to search" />
          ))}
        </Item>
        <Item name="country" label={posting.labels.country} htmlFor="sg-country" required>
          {C('country', (f) => <Select id="sg-country" showSearch={{ optionFilterProp: 'label' }} placeholder="Select" options={COUNTRY_OPTIONS} value={f.value} onChange={f.onChange} />)}
        </Item>
        <Item name="linkedin" label="LinkedIn" htmlFor="sg-linkedin">{C('linkedin', (f) => <Space.Compact block><Space.Addon>https://</Space.Addon><Input id="sg-linkedin" placeholder="www.linkedin.com/in/…" {...f} /></Space.Compact>)}</Item>
        <Item name="github" label="GitHub" htmlFor="sg-github">{C('github', (f) => <Space.Compact block><Space.Addon>github.com/</Space.Addon><Input id="sg-github" placeholder="username" {...f} /></Space.Compact>)}</Item>

        <h2>Experience</h2>
        <Item name="company" label={posting.labels.company} htmlFor="sg-company">{C('company', (f) => <Input id="sg-company" {...f} />)}</Item>
        <Item name="title" label={posting.labels.title} htmlFor="sg-title">{C('title', (f) => <Input id="sg-title" {...f} />)}</Item>
        <Item name="years" label={posting.labels.years}>{C('years', (f) => <Segmented options={posting.years} value={f.value ?? ''} onChange={f.onChange} name="years" />)}</Item>
        <Item name="education" label={posting.labels.education} htmlFor="sg-education">
          {C('education', (f) => <Select id="sg-education" placeholder="Select" options={posting.education.map((e) => ({ value: e, label: e }))} value={f.value} onChange={f.onChange} />)}
        </Item>
        <Item name="salary" label={posting.labels.salary} htmlFor="sg-salary" extra={posting.salaryHint}>
          {C('salary', (f) => (
            <InputNumber id="sg-salary" style={{ width: '100%' }} prefix="$" suffix="/ year" min={0} value={f.value} onChange={f.onChange}
              formatter={(v) => `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',')} parser={(v) => (v ? v.replace(/,/g, '') : '')} />
          ))}
        </Item>
        <Item name="startDate" label={posting.labels.startDate} htmlFor="sg-startDate">
          {C('startDate', (f) => (
            <DatePicker id="sg-startDate" format="MMM D, YYYY" style={{ width: '100%' }} value={f.value ? dayjs(f.value) : null}
              onChange={(d) => f.onChange(d ? d.format('YYYY-MM-DD') : null)} />
          ))}
        </Item>
        <Item name="authorized" label={posting.labels.authorized}>
          {C('authorized', (f) => <Radio.Group optionType="button" buttonStyle="solid" options={['Yes', 'No']} value={f.value} onChange={(e) => f.onChange(e.target.value)} name="authorized" />)}
        </Item>
        <Item name="sponsorship" label={posting.labels.sponsorship}>
          {C('sponsorship', (f) => <Radio.Group options={posting.sponsorshipOptions} value={f.value} onChange={(e) => f.onChange(e.target.value)} name="sponsorship" style={{ display: 'flex', flexDirection: 'column', gap: 6 }} />)}
        </Item>
        <Item name="pronouns" label="Pronouns">
          {C('pronouns', (f) => <Checkbox.Group options={posting.pronouns} value={f.value} onChange={f.onChange} />)}
        </Item>

        <h2>Documents</h2>
        <Item name="resume" label="CV / Résumé" required>
          {C('resume', (f) => (
            <Upload.Dragger beforeUpload={() => false} maxCount={1} fileList={f.value.map((n, i) => ({ uid: String(i), name: n, status: 'done' }))}
              onChange={({ fileList }) => f.onChange(fileList.map((x) => x.name))}>
              <p className="ant-upload-text">Click or drag your CV to this area</p>
              <p className="ant-upload-hint">PDF, DOCX · up to 5 MB</p>
            </Upload.Dragger>
          ))}
        </Item>
        <Item name="coverLetter" label={posting.labels.coverLetter} htmlFor="sg-coverLetter">
          {C('coverLetter', (f) => <Input.TextArea id="sg-coverLetter" rows={5} showCount maxLength={3000} {...f} />)}
        </Item>

        <h2>A bit more</h2>
        <Item name="tools" label={posting.labels.tools} htmlFor="sg-tools">
          {C('tools', (f) => <Select id="sg-tools" mode="multiple" placeholder="Select all that apply" options={posting.tools.map((t) => ({ value: t, label: t }))} value={f.value} onChange={f.onChange} />)}
        </Item>
        <Item name="relocate" label={posting.labels.relocate}>{C('relocate', (f) => <Switch checked={f.value} onChange={f.onChange} id="sg-relocate" />)}</Item>
        {posting.questions.map((q) => (
          <Item key={q.id} name={`answers-${q.id}`} label={q.label} htmlFor={q.type === 'select' ? `sg-q-${q.id}` : undefined}>
            {C(`answers.${q.id}`, (f) => (q.type === 'select'
              ? <Select id={`sg-q-${q.id}`} placeholder="Select" options={q.options.map((o) => ({ value: o, label: o }))} value={f.value} onChange={f.onChange} />
              : q.type === 'textarea'
                ? <Input.TextArea id={`sg-q-${q.id}`} rows={3} value={f.value ?? ''} onChange={(e) => f.onChange(e.target.value)} />
                : <Radio.Group options={q.options} value={f.value} onChange={(e) => f.onChange(e.target.value)} name={`q-${q.id}`} />))}
          </Item>
        ))}
        <Item name="source" label="How did you learn about this job?" htmlFor="sg-source">
          {C('source', (f) => <Select id="sg-source" placeholder="Select" allowClear options={posting.sources.map((s) => ({ value: s, label: s }))} value={f.value} onChange={f.onChange} />)}
        </Item>
        <Item name="referralCode" label="Referral code (if you have one)" htmlFor="sg-referralCode">{C('referralCode', (f) => <Input id="sg-referralCode" {...f} />)}</Item>
        <Item name="consent">{C('consent', (f) => <Checkbox id="sg-consent" checked={f.value} onChange={(e) => f.onChange(e.target.checked)}>I consent to {posting.company} processing my personal data for this and future recruitment.</Checkbox>)}</Item>
        <Button type="primary" size="large" id="sg-submit" onClick={handleSubmit((v) => { if (v.consent) setDone(true); })}>Submit</Button>
      </Form>
      <pre id="model">{JSON.stringify(values, null, 1)}</pre>
      <div className="sg-chat" role="complementary" aria-label="Help chat">
        <strong>Questions? Chat with our recruiting team</strong>
        <Input.Search id="sg-chat" placeholder="Type a message…" enterButton="Send" value={chat} onChange={(e) => setChat(e.target.value)} />
      </div>
    </div>
  );
}

export function renderPosting(posting) {
  document.title = `${posting.title} · ${posting.company}`;
  createRoot(document.getElementById('root')).render(<ConfigProvider theme={{ token: { colorPrimary: posting.color } }}><Application posting={posting} /></ConfigProvider>);
}
