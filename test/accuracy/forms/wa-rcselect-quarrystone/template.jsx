import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Select, { Option } from 'rc-select';
import Picker from 'rc-picker';
import dayjsGenerateConfig from 'rc-picker/es/generate/dayjs';
import enUS from 'rc-picker/es/locale/en_US';
import 'rc-select/assets/index.css';
import 'rc-picker/assets/index.css';
import countries from 'world-countries';

const COUNTRIES = countries
  .map((c) => ({ value: c.cca3, label: c.name.common }))
  .sort((a, b) => a.label.localeCompare(b.label));
const DIAL = countries
  .filter((c) => c.idd.root)
  .map((c) => {
    const code = `${c.idd.root}${c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : ''}`;
    return { value: `${c.cca2}:${code}`, label: `${c.flag} ${c.name.common} ${code}` };
  })
  .sort((a, b) => a.label.slice(3).localeCompare(b.label.slice(3)));
const STATES = [['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'],
  ['FL', 'Florida'], ['GA', 'Georgia'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['MN', 'Minnesota'], ['NC', 'North Carolina'],
  ['NJ', 'New Jersey'], ['NY', 'New York'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['TN', 'Tennessee'], ['TX', 'Texas'],
  ['UT', 'Utah'], ['VA', 'Virginia'], ['WA', 'Washington']];
const LANGUAGES = ['Arabic', 'Cantonese', 'English', 'French', 'German', 'Hindi', 'Korean', 'Mandarin', 'Portuguese', 'Russian', 'Spanish', 'Tagalog', 'Vietnamese'];
const PRONOUNS = ['She/her', 'He/him', 'They/them', 'Ze/zir', 'Prefer to self-describe', 'Prefer not to say'];

function Application({ job }) {
  const [f, setF] = useState({
    firstName: '', lastName: '', preferredName: '', email: '', dial: 'US:+1', phone: '', country: undefined, state: undefined,
    city: '', zip: '', linkedin: '', github: '', experience: undefined, authorized: '', sponsorship: '', salary: '',
    startDate: null, pronouns: [], languages: [], resume: '', coverLetter: '',
    ...Object.fromEntries(job.questions.map((q) => [q.key, q.initial])), attest: false,
  });
  const [search, setSearch] = useState('');
  const [chatEmail, setChatEmail] = useState('');
  const [sent, setSent] = useState(false);
  const set = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
  const ev = (k) => (e) => set(k)(e.target.value);

  const question = (q) => {
    if (q.type === 'radio')
      return (
        <div className="qs-row" key={q.key} role="radiogroup" aria-labelledby={`${q.key}-q`}>
          <span className="qs-q" id={`${q.key}-q`}>{q.label}</span>
          {q.options.map((o) => (
            <label key={o} style={{ marginRight: 18 }}>
              <input type="radio" name={q.key} value={o} checked={f[q.key] === o} onChange={ev(q.key)} /> {o}
            </label>
          ))}
        </div>
      );
    if (q.type === 'select')
      return (
        <div className="qs-row" key={q.key}>
          <label htmlFor={q.key}>{q.label}</label>
          <Select id={q.key} placeholder="Select one" value={f[q.key]} onChange={set(q.key)} options={q.options.map((o) => ({ value: o, label: o }))} />
        </div>
      );
    return (
      <div className="qs-row" key={q.key}>
        <label htmlFor={q.key}>{q.label}</label>
        <textarea id={q.key} name={q.key} rows={3} value={f[q.key]} onChange={ev(q.key)} />
      </div>
    );
  };

  return (
    <>
      <div className="qs-top">
        <strong>Quarrystone Health · Careers</strong>
        <input type="search" name="keywords" placeholder="Search jobs" aria-label="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="qs-wrap">
        <h1>{job.title}</h1>
        <p>{job.where} · Job ID {job.id}</p>
        {sent ? (
          <h2 id="application-sent">Thank you for applying to Quarrystone Health.</h2>
        ) : (
          <form id="qs-form" noValidate onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
            <div className="qs-2">
              <div className="qs-row">
                <label htmlFor="firstName">Legal first name *</label>
                <input type="text" id="firstName" name="firstName" value={f.firstName} onChange={ev('firstName')} />
              </div>
              <div className="qs-row">
                <label htmlFor="lastName">Legal last name *</label>
                <input type="text" id="lastName" name="lastName" value={f.lastName} onChange={ev('lastName')} />
              </div>
            </div>
            <div className="qs-row">
              <label htmlFor="preferredName">Preferred first name</label>
              <input type="text" id="preferredName" name="preferredName" value={f.preferredName} onChange={ev('preferredName')} />
            </div>
            <div className="qs-row">
              <label htmlFor="email">Email *</label>
              <input type="email" id="email" name="email" value={f.email} onChange={ev('email')} />
            </div>
            <div className="qs-row">
              <label htmlFor="phone">Mobile phone *</label>
              <div className="qs-phone">
                <Select
                  id="dial"
                  aria-label="Country calling code"
                  showSearch
                  optionFilterProp="label"
                  value={f.dial}
                  onChange={set('dial')}
                  options={DIAL}
                  popupMatchSelectWidth={280}
                />
                <input type="tel" id="phone" name="phone" placeholder="(201) 555-0123" value={f.phone} onChange={ev('phone')} />
              </div>
            </div>
            <div className="qs-2">
              <div className="qs-row">
                <label htmlFor="country">Country *</label>
                <Select id="country" showSearch placeholder="Select a country" optionFilterProp="label" value={f.country} onChange={set('country')} options={COUNTRIES} />
              </div>
              <div className="qs-row">
                <label htmlFor="state">State</label>
                <Select id="state" showSearch allowClear placeholder="Select a state" optionFilterProp="children" value={f.state} onChange={set('state')}>
                  {STATES.map(([code, name]) => <Option key={code} value={code}>{name}</Option>)}
                </Select>
              </div>
            </div>
            <div className="qs-2">
              <div className="qs-row">
                <label htmlFor="city">City *</label>
                <input type="text" id="city" name="city" value={f.city} onChange={ev('city')} />
              </div>
              <div className="qs-row">
                <label htmlFor="zip">ZIP code</label>
                <input type="text" id="zip" name="zip" value={f.zip} onChange={ev('zip')} />
              </div>
            </div>
            <div className="qs-2">
              <div className="qs-row">
                <label htmlFor="linkedin">LinkedIn</label>
                <input type="text" id="linkedin" name="linkedin" value={f.linkedin} onChange={ev('linkedin')} />
              </div>
              <div className="qs-row">
                <label htmlFor="github">GitHub</label>
                <input type="text" id="github" name="github" value={f.github} onChange={ev('github')} />
              </div>
            </div>
            <div className="qs-row">
              <label htmlFor="experience">Years of relevant work experience *</label>
              <Select id="experience" placeholder="Select a range" value={f.experience} onChange={set('experience')}>
                <Option value="0-1">0 - 1 years</Option>
                <Option value="2-3">2 - 3 years</Option>
                <Option value="4-6">4 - 6 years</Option>
                <Option value="7-9">7 - 9 years</Option>
                <Option value="10+">10+ years</Option>
              </Select>
            </div>
            <div className="qs-row" role="radiogroup" aria-labelledby="authorized-q">
              <span className="qs-q" id="authorized-q">Are you legally authorized to work in the United States? *</span>
              <label style={{ marginRight: 18 }}><input type="radio" name="authorized" value="Y" checked={f.authorized === 'Y'} onChange={ev('authorized')} /> Yes</label>
              <label><input type="radio" name="authorized" value="N" checked={f.authorized === 'N'} onChange={ev('authorized')} /> No</label>
            </div>
            <div className="qs-row" role="radiogroup" aria-labelledby="sponsorship-q">
              <span className="qs-q" id="sponsorship-q">Will you now or in the future require Quarrystone to sponsor an employment visa? *</span>
              <label style={{ marginRight: 18 }}><input type="radio" name="sponsorship" value="Y" checked={f.sponsorship === 'Y'} onChange={ev('sponsorship')} /> Yes</label>
              <label><input type="radio" name="sponsorship" value="N" checked={f.sponsorship === 'N'} onChange={ev('sponsorship')} /> No</label>
            </div>
            <div className="qs-2">
              <div className="qs-row">
                <label htmlFor="salary">Desired annual salary</label>
                <input type="text" id="salary" name="salary" inputMode="numeric" placeholder="$" value={f.salary} onChange={ev('salary')} />
              </div>
              <div className="qs-row">
                <label htmlFor="startDate">Available start date *</label>
                <Picker
                  id="startDate"
                  generateConfig={dayjsGenerateConfig}
                  locale={enUS}
                  format="MM/DD/YYYY"
                  placeholder="MM/DD/YYYY"
                  value={f.startDate}
                  onChange={set('startDate')}
                />
              </div>
            </div>
            <div className="qs-row">
              <label htmlFor="pronouns">Pronouns</label>
              <Select id="pronouns" mode="multiple" placeholder="Select any" value={f.pronouns} onChange={set('pronouns')} options={PRONOUNS.map((p) => ({ value: p, label: p }))} />
              <div className="qs-help">Optional. Shared with your interviewers.</div>
            </div>
            <div className="qs-row">
              <label htmlFor="languages">Languages you speak at a professional level</label>
              <Select id="languages" mode="multiple" placeholder="Select languages" value={f.languages} onChange={set('languages')} options={LANGUAGES.map((p) => ({ value: p, label: p }))} />
            </div>
            <div className="qs-row">
              <label htmlFor="resume">Resume *</label>
              <input type="file" id="resume" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
            </div>
            <div className="qs-row">
              <label htmlFor="coverLetter">Cover letter</label>
              <input type="file" id="coverLetter" name="coverLetter" accept=".pdf,.doc,.docx,.txt" onChange={(e) => set('coverLetter')(e.target.files?.[0]?.name ?? '')} />
            </div>
            {job.questions.map(question)}
            <div className="qs-row">
              <label><input type="checkbox" name="attest" checked={f.attest} onChange={(e) => set('attest')(e.target.checked)} /> I certify that the information I have provided is true and complete.</label>
            </div>
            <button type="submit" id="qs-submit">Submit application</button>
          </form>
        )}
      </div>
      <aside className="qs-chat">
        <strong>Questions? Chat with our recruiting team</strong>
        <input type="email" name="chat_email" placeholder="Your email" aria-label="Your email" value={chatEmail} onChange={(e) => setChatEmail(e.target.value)} />
      </aside>
      <pre id="model">{JSON.stringify({ ...f, startDate: f.startDate ? f.startDate.format('YYYY-MM-DD') : null, search, chatEmail }, (_k, v) => (v === undefined ? null : v))}</pre>
    </>
  );
}

export function renderApplication(job) {
  createRoot(document.getElementById('root')).render(<Application job={job} />);
}
