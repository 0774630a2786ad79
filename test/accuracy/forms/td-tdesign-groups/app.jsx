/**
 * A Singapore-founded logistics platform's US careers page on TDesign React (tdesign-react), the
 * way its docs compose forms: Form / FormItem labels, a filterable Select whose options sit in
 * Select.OptionGroup groups (popup at the end of <body>, chosen text in a readonly input), a
 * button-style Radio.Group of year buckets, a plain Radio.Group of education levels, a
 * Checkbox.Group "select all that apply" with several true statements, a Switch, a TagInput and a
 * Rate to leave alone, a react-dropzone resume zone with an "Import from LinkedIn" button beside it,
 * a paste-your-resume Textarea to leave empty. State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useDropzone } from 'react-dropzone';
import {
  Button, Checkbox, ConfigProvider, Form, Input, Radio, Rate, Select, Switch, TagInput, Textarea,
} from 'tdesign-react';
import enConfig from 'tdesign-react/es/locale/en_US';
import 'tdesign-react/es/style/index.css';

const { FormItem } = Form;

const COUNTRY_GROUPS = [
  ['Where we hire most', [['SG', 'Singapore'], ['US', 'United States'], ['VN', 'Vietnam'], ['ID', 'Indonesia']]],
  ['All other countries', [
    ['AU', 'Australia'], ['CA', 'Canada'], ['CN', 'China'], ['DE', 'Germany'], ['HK', 'Hong Kong SAR'], ['IN', 'India'],
    ['JP', 'Japan'], ['MY', 'Malaysia'], ['NZ', 'New Zealand'], ['PH', 'Philippines'], ['KR', 'South Korea'], ['TH', 'Thailand'],
    ['GB', 'United Kingdom'], ['UM', 'United States Minor Outlying Islands'],
  ]],
];

const STATEMENTS = [
  ['authorized', 'I am legally authorized to work in the United States'],
  ['sponsor', 'I will need Haulstead to sponsor a visa now or in the future'],
  ['employed', 'I am currently employed'],
  ['degree', 'I hold a bachelor\u2019s degree or higher'],
  ['relocating', 'I am relocating to the US within the next 12 months'],
  ['former', 'I have worked for Haulstead before'],
];

function Dropzone({ id, value, onFile }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    accept: { 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] },
    multiple: false,
    onDrop: (files) => onFile(files[0]?.name ?? null),
  });
  return (
    <div {...getRootProps({ className: `hs-drop${isDragActive ? ' over' : ''}` })}>
      <input {...getInputProps({ id, name: 'resume' })} />
      {value ? <span className="hs-file">📄 {value}</span> : <span>Drag your resume here or <u>click to upload</u> (PDF, DOC, DOCX)</span>}
    </div>
  );
}

function Apply() {
  const [v, setV] = useState({
    name: '', email: '', phone: '', country: undefined, city: '', years: '', education: '', statements: [], workMode: '',
    relocate: false, tools: [], culture: 0, resume: null, resumeText: '', coverLetter: '', consent: false,
  });
  const [sent, setSent] = useState(false);
  const [liNote, setLiNote] = useState('');
  const set = (k) => (value) => setV((s) => ({ ...s, [k]: value }));

  if (sent) return <div className="hs-card" id="hs-thanks"><h2>Thanks, we got your application.</h2><p>Our talent team replies within a week.</p></div>;
  return (
    <ConfigProvider globalConfig={enConfig}>
      <div className="hs-card">
        <Form
          id="hs-form"
          labelAlign="top"
          onSubmit={({ e }) => {
            e?.preventDefault?.();
            if (v.name && v.email && v.resume && v.country && v.years && v.education && v.consent) setSent(true);
          }}
        >
          <div className="hs-import">
            <span>Save time: import your details</span>
            <Button variant="outline" id="hs-li-import" onClick={() => setLiNote('We could not reach LinkedIn. Please fill in the form.')}>Import from LinkedIn</Button>
            {liNote && <span className="hs-note">{liNote}</span>}
          </div>
          <FormItem label="Full name" name="name" requiredMark className="hs-name">
            <Input value={v.name} onChange={set('name')} />
          </FormItem>
          <FormItem label="Email" name="email" requiredMark className="hs-email">
            <Input type="email" value={v.email} onChange={set('email')} />
          </FormItem>
          <FormItem label="Phone" name="phone" className="hs-phone">
            <Input value={v.phone} onChange={set('phone')} placeholder="+1 555 000 0000" />
          </FormItem>
          <FormItem label="Country of residence" name="country" requiredMark className="hs-country">
            <Select value={v.country} onChange={set('country')} filterable placeholder="Select a country" clearable>
              {COUNTRY_GROUPS.map(([group, items]) => (
                <Select.OptionGroup key={group} label={group} divider>
                  {items.map(([code, label]) => <Select.Option key={code} value={code} label={label} />)}
                </Select.OptionGroup>
              ))}
            </Select>
          </FormItem>
          <FormItem label="City" name="city" className="hs-city">
            <Input value={v.city} onChange={set('city')} />
          </FormItem>

          <FormItem label="Resume" name="resume" requiredMark className="hs-resume">
            <div style={{ width: '100%' }}>
              <Dropzone id="hs-resume-input" value={v.resume} onFile={set('resume')} />
              <div className="hs-or">or paste it below</div>
              <Textarea value={v.resumeText} onChange={set('resumeText')} placeholder="Paste your resume as plain text" autosize={{ minRows: 3 }} />
            </div>
          </FormItem>
          <FormItem label="Cover letter" name="coverLetter" className="hs-cover">
            <Textarea value={v.coverLetter} onChange={set('coverLetter')} placeholder="Optional" autosize={{ minRows: 4 }} />
          </FormItem>

          <FormItem label="Years of experience in data engineering" name="years" requiredMark className="hs-years">
            <Radio.Group variant="default-filled" value={v.years} onChange={set('years')}>
              <Radio.Button value="0-2">0–2 yrs</Radio.Button>
              <Radio.Button value="3-5">3–5 yrs</Radio.Button>
              <Radio.Button value="6-9">6–9 yrs</Radio.Button>
              <Radio.Button value="10+">10+ yrs</Radio.Button>
            </Radio.Group>
          </FormItem>
          <FormItem label="Education" name="education" requiredMark className="hs-education">
            <Radio.Group value={v.education} onChange={set('education')}>
              <Radio value="secondary">Secondary school</Radio>
              <Radio value="diploma">Diploma / Associate</Radio>
              <Radio value="bachelor">Bachelor</Radio>
              <Radio value="master">Master</Radio>
              <Radio value="phd">PhD</Radio>
            </Radio.Group>
          </FormItem>
          <FormItem label="Which of the following apply to you? (select all that apply)" name="statements" className="hs-statements">
            <Checkbox.Group value={v.statements} onChange={set('statements')} className="hs-vertical">
              {STATEMENTS.map(([value, label]) => <Checkbox key={value} value={value}>{label}</Checkbox>)}
            </Checkbox.Group>
          </FormItem>
          <FormItem label="Preferred way of working" name="workMode" className="hs-workmode">
            <Radio.Group variant="default-filled" value={v.workMode} onChange={set('workMode')}>
              <Radio.Button value="remote">Remote</Radio.Button>
              <Radio.Button value="hybrid">Hybrid</Radio.Button>
              <Radio.Button value="office">Office</Radio.Button>
            </Radio.Group>
          </FormItem>
          <FormItem label="Open to relocating to Seattle?" name="relocate" className="hs-relocate">
            <Switch value={v.relocate} onChange={set('relocate')} />
          </FormItem>
          <FormItem label="Tools you use every week" name="tools" className="hs-tools">
            <TagInput value={v.tools} onChange={set('tools')} placeholder="Type a tool and press Enter" clearable />
          </FormItem>
          <FormItem label="How much does a flat team structure matter to you?" name="culture" className="hs-culture">
            <Rate value={v.culture} onChange={set('culture')} />
          </FormItem>
          <FormItem name="consent" className="hs-consent">
            <Checkbox checked={v.consent} onChange={set('consent')}>I agree to the Haulstead candidate privacy notice</Checkbox>
          </FormItem>
          <FormItem>
            <Button type="submit" theme="primary" id="hs-submit">Submit application</Button>
          </FormItem>
        </Form>
      </div>
      <pre id="model">{JSON.stringify(v, null, 1)}</pre>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')).render(<Apply />);
