import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  TextInput, NumberInput, Select, SelectItem, SearchSelect, SearchSelectItem, MultiSelect, MultiSelectItem,
  DatePicker, Switch, Textarea, Button, Title, Text, Divider, Badge,
} from '@tremor/react';
import { useDropzone } from 'react-dropzone';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, name: c.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const METROS = ['Atlanta, GA', 'Austin, TX', 'Boston, MA', 'Chicago, IL', 'Denver, CO', 'Los Angeles, CA', 'New York City, NY',
  'San Diego, CA', 'San Francisco Bay Area, CA', 'Seattle, WA', 'Washington, DC', 'Elsewhere in the US', 'Outside the US'];
const DEGREES = ['High school diploma', "Associate's degree", "Bachelor's degree", "Master's degree", 'PhD', 'Other'];
const START = ['Immediately', 'Within 2 weeks', 'Within 1 month', 'In 1–3 months', 'In more than 3 months'];
const SOURCES = ['LinkedIn', 'Hacker News', 'Ledgerline blog', 'Referral', 'Conference', 'Other'];

function Dropzone({ id, onFile, fileName, prompt }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    multiple: false,
    accept: { 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] },
    onDrop: (files) => onFile(files[0]?.name ?? ''),
  });
  return (
    <div {...getRootProps({ className: 'll-drop', id })}>
      <input {...getInputProps()} />
      {fileName ? <Badge>{fileName}</Badge> : <Text>{isDragActive ? 'Drop it here' : prompt}</Text>}
    </div>
  );
}

function Application({ job }) {
  const [f, setF] = useState({
    fullName: '', email: '', phone: '', basedIn: '', country: '', linkedin: '', website: '', company: '', title: '',
    years: '', salary: '', authorized: '', sponsorship: false, start: '', skills: [], school: '', degree: '',
    graduation: null, resume: '', coverLetter: '', whyUs: '', source: '',
    ...Object.fromEntries(job.questions.map((q) => [q.key, q.initial])), consent: false,
  });
  const [newsletter, setNewsletter] = useState('');
  const [sent, setSent] = useState(false);
  const set = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
  const ev = (k) => (e) => set(k)(e.target.value);

  const question = (q) => (
    <div className="ll-field" key={q.key}>
      <label htmlFor={q.key}>{q.label}</label>
      {q.type === 'select' ? (
        <Select id={q.key} name={q.key} placeholder="Select..." value={f[q.key]} onValueChange={set(q.key)}>
          {q.options.map((o) => <SelectItem key={o} value={o}>{o}</SelectItem>)}
        </Select>
      ) : q.type === 'number' ? (
        <NumberInput id={q.key} name={q.key} min={0} placeholder="0" value={f[q.key]} onValueChange={set(q.key)} />
      ) : (
        <Textarea id={q.key} name={q.key} rows={3} value={f[q.key]} onValueChange={set(q.key)} />
      )}
    </div>
  );

  return (
    <div className="ll-shell">
      <div className="ll-card">
        <Text>Ledgerline · {job.team} · {job.where}</Text>
        <Title>{job.title}</Title>
      </div>
      {sent ? (
        <div className="ll-card" id="application-sent"><Title>Application received. We reply to everyone within a week.</Title></div>
      ) : (
        <form className="ll-card" id="ll-apply" noValidate onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
          <Title>Your details</Title>
          <div className="ll-field">
            <label htmlFor="fullName">Full name *</label>
            <TextInput id="fullName" name="fullName" value={f.fullName} onValueChange={set('fullName')} />
          </div>
          <div className="ll-row">
            <div className="ll-field">
              <label htmlFor="email">Email *</label>
              <TextInput id="email" name="email" type="email" placeholder="you@company.com" value={f.email} onValueChange={set('email')} />
            </div>
            <div className="ll-field">
              <label htmlFor="phone">Phone</label>
              <TextInput id="phone" name="phone" placeholder="+1 (555) 000-0000" value={f.phone} onValueChange={set('phone')} />
            </div>
          </div>
          <div className="ll-row">
            <div className="ll-field">
              <label htmlFor="basedIn">Where are you based? *</label>
              <SearchSelect id="basedIn" name="basedIn" placeholder="Search metro areas" value={f.basedIn} onValueChange={set('basedIn')}>
                {METROS.map((m) => <SearchSelectItem key={m} value={m}>{m}</SearchSelectItem>)}
              </SearchSelect>
            </div>
            <div className="ll-field">
              <label htmlFor="country">Country *</label>
              <SearchSelect id="country" name="country" placeholder="Search countries" value={f.country} onValueChange={set('country')}>
                {COUNTRIES.map((c) => <SearchSelectItem key={c.code} value={c.code}>{c.name}</SearchSelectItem>)}
              </SearchSelect>
            </div>
          </div>
          <div className="ll-row">
            <div className="ll-field">
              <label htmlFor="linkedin">LinkedIn URL</label>
              <TextInput id="linkedin" name="linkedin" value={f.linkedin} onValueChange={set('linkedin')} />
            </div>
            <div className="ll-field">
              <label htmlFor="website">Personal website</label>
              <TextInput id="website" name="website" value={f.website} onValueChange={set('website')} />
            </div>
          </div>
          <div className="ll-row">
            <div className="ll-field">
              <label htmlFor="company">Current company</label>
              <TextInput id="company" name="company" value={f.company} onValueChange={set('company')} />
            </div>
            <div className="ll-field">
              <label htmlFor="title">Current title</label>
              <TextInput id="title" name="title" value={f.title} onValueChange={set('title')} />
            </div>
          </div>
          <Divider />
          <Title>Experience and logistics</Title>
          <div className="ll-row">
            <div className="ll-field">
              <label htmlFor="years">Years of experience *</label>
              <NumberInput id="years" name="years" min={0} max={50} step={1} placeholder="0" value={f.years} onValueChange={set('years')} />
            </div>
            <div className="ll-field">
              <label htmlFor="salary">Desired base salary (USD / year)</label>
              <NumberInput id="salary" name="salary" min={0} step={5000} placeholder="e.g. 120000" value={f.salary} onValueChange={set('salary')} />
            </div>
          </div>
          <div className="ll-field">
            <label htmlFor="authorized">Are you authorized to work in the US? *</label>
            <Select id="authorized" name="authorized" placeholder="Select..." enableClear={false} value={f.authorized} onValueChange={set('authorized')}>
              <SelectItem value="yes">Yes</SelectItem>
              <SelectItem value="no">No</SelectItem>
            </Select>
          </div>
          <div className="ll-field" style={{ flexDirection: 'row', alignItems: 'center', gap: 12 }}>
            <Switch id="sponsorship" name="sponsorship" checked={f.sponsorship} onChange={set('sponsorship')} />
            <label htmlFor="sponsorship">I will need visa sponsorship, now or in the future</label>
          </div>
          <div className="ll-field">
            <label htmlFor="start">When could you start? *</label>
            <Select id="start" name="start" placeholder="Select..." value={f.start} onValueChange={set('start')}>
              {START.map((s) => <SelectItem key={s} value={s}>{s}</SelectItem>)}
            </Select>
          </div>
          <div className="ll-field">
            <span className="ll-label" id="skills-label">Tools you use every week</span>
            <MultiSelect name="skills" placeholder="Select tools" placeholderSearch="Search" value={f.skills} onValueChange={set('skills')} aria-labelledby="skills-label">
              {job.tools.map((t) => <MultiSelectItem key={t} value={t}>{t}</MultiSelectItem>)}
            </MultiSelect>
          </div>
          <Divider />
          <Title>Education</Title>
          <div className="ll-row">
            <div className="ll-field">
              <label htmlFor="school">School</label>
              <TextInput id="school" name="school" value={f.school} onValueChange={set('school')} />
            </div>
            <div className="ll-field">
              <label htmlFor="degree">Highest degree</label>
              <Select id="degree" name="degree" placeholder="Select..." value={f.degree} onValueChange={set('degree')}>
                {DEGREES.map((d) => <SelectItem key={d} value={d}>{d}</SelectItem>)}
              </Select>
            </div>
          </div>
          <div className="ll-field">
            <span className="ll-label">Graduation date</span>
            <DatePicker className="ll-graduation" placeholder="Select date" enableYearNavigation value={f.graduation ?? undefined} onValueChange={(d) => set('graduation')(d ? d.toISOString().slice(0, 10) : null)} />
          </div>
          <Divider />
          <Title>Documents</Title>
          <div className="ll-field">
            <span className="ll-label">Resume *</span>
            <Dropzone id="resume-zone" fileName={f.resume} onFile={set('resume')} prompt="Drag your resume here, or click to browse (PDF, DOC, DOCX)" />
          </div>
          <div className="ll-field">
            <label htmlFor="coverLetter">Cover letter</label>
            <Textarea id="coverLetter" name="coverLetter" rows={5} placeholder="Optional" value={f.coverLetter} onValueChange={set('coverLetter')} />
          </div>
          <div className="ll-field">
            <label htmlFor="whyUs">Why Ledgerline?</label>
            <Textarea id="whyUs" name="whyUs" rows={3} value={f.whyUs} onValueChange={set('whyUs')} />
          </div>
          {job.questions.map(question)}
          <div className="ll-field">
            <label htmlFor="source">How did you hear about us?</label>
            <SearchSelect id="source" name="source" placeholder="Search..." value={f.source} onValueChange={set('source')}>
              {SOURCES.map((s) => <SearchSelectItem key={s} value={s}>{s}</SearchSelectItem>)}
            </SearchSelect>
          </div>
          <label style={{ display: 'flex', gap: 8, alignItems: 'flex-start', fontSize: 14 }}>
            <input type="checkbox" name="consent" checked={f.consent} onChange={(e) => set('consent')(e.target.checked)} />
            I consent to Ledgerline storing my application data for 12 months.
          </label>
          <div style={{ marginTop: 20 }}><Button type="submit" className="ll-submit">Submit application</Button></div>
        </form>
      )}
      <div className="ll-card">
        <Text>Get our monthly engineering newsletter</Text>
        <TextInput name="newsletter" placeholder="Email address" value={newsletter} onValueChange={setNewsletter} />
      </div>
      <pre id="model">{JSON.stringify({ ...f, newsletter })}</pre>
    </div>
  );
}

export function renderApplication(job) {
  createRoot(document.getElementById('root')).render(<Application job={job} />);
}
