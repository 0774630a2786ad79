/**
 * Pennyroyal Payments' careers page: React + Geist UI (@geist-ui/core) as its docs compose a form.
 * Inputs with block labels (children), a "+1" left label on the phone, "USD / year" right label on
 * the salary, AutoComplete whose suggestions are fetched while typing (searching spinner), Selects
 * with group headings and a disabled entry, a State Select that stays disabled until a country is
 * chosen, Radio.Groups whose radios carry a Radio.Description, Checkbox.Group, Toggle, a date
 * Input, a hidden file input behind a Button, Textarea, Note. State goes into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AutoComplete, Button, Card, Checkbox, CssBaseline, Divider, GeistProvider, Input, Note, Radio, Select, Spacer, Text, Textarea, Toggle } from '@geist-ui/core';

const CITIES = ['San Antonio, TX', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Santa Monica, CA', 'South San Francisco, CA', 'New York, NY', 'Newark, NJ', 'Brooklyn, NY', 'Jersey City, NJ', 'Boston, MA', 'Chicago, IL', 'Denver, CO', 'Seattle, WA', 'Austin, TX'];
const STATES = ['Arizona', 'California', 'Colorado', 'Connecticut', 'Florida', 'Georgia', 'Illinois', 'Massachusetts', 'New Jersey', 'New York', 'North Carolina', 'Oregon', 'Pennsylvania', 'Texas', 'Washington'];
const NA = [['CA', 'Canada'], ['MX', 'Mexico'], ['US', 'United States']];
const EU = [['FR', 'France'], ['DE', 'Germany'], ['IE', 'Ireland'], ['NL', 'Netherlands'], ['GB', 'United Kingdom']];
const APAC = [['AU', 'Australia'], ['IN', 'India'], ['SG', 'Singapore']];

function fetchCities(text) {
  return new Promise((resolve) => setTimeout(() => {
    const q = text.trim().toLowerCase();
    resolve(q ? CITIES.filter((c) => c.toLowerCase().startsWith(q) || c.toLowerCase().includes(` ${q}`)).map((c) => ({ label: c, value: c })) : []);
  }, 500));
}

function App() {
  const [f, setF] = useState({
    search: '', firstName: '', lastName: '', email: '', phone: '', city: '', country: '', state: '', employer: '', title: '', level: '', degree: '',
    linkedin: '', github: '', salary: '', startDate: '', authorized: '', sponsorship: '', rails: [], relocate: false, coverLetter: '', hear: '', race: '', consent: false, newsletter: '',
  });
  const [resume, setResume] = useState('');
  const [cityOptions, setCityOptions] = useState([]);
  const [searching, setSearching] = useState(false);
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState(false);
  const file = useRef(null);
  const put = (key, value) => setF((prev) => ({ ...prev, [key]: value }));
  const onInput = (key) => (e) => put(key, e.target.value);
  const searchCity = (text) => {
    put('city', text);
    setSearching(true);
    fetchCities(text).then((list) => { setCityOptions(list); setSearching(false); });
  };
  const submit = (e) => {
    e.preventDefault();
    setTried(true);
    if (f.firstName && f.lastName && f.email && f.country && f.authorized && f.sponsorship && resume && f.consent) setSent(true);
  };
  const err = (key) => (tried && !f[key] ? <Text small type="error" className="pr-error">Required</Text> : null);
  return (
    <GeistProvider>
      <CssBaseline />
      <header className="pr-top"><b>● pennyroyal</b><nav><a>Product</a><a>Developers</a><a>Careers</a></nav><Input id="pr-search" scale={0.8} placeholder="Search jobs" value={f.search} onChange={onInput('search')} /></header>
      <main className="pr-main">
        <Text h1 font="32px">Data Engineer, Risk &amp; Fraud</Text>
        <Text type="secondary">New York, NY or Remote (US) · Full-time · Engineering</Text>
        <Text p>Pennyroyal moves $9B a month for 40,000 small businesses. The risk team scores every payment in under 80 ms; you will build the feature pipelines behind those scores and the warehouse our analysts investigate fraud rings in.</Text>
        {sent ? (
          <Note id="pr-done" type="success" label="Submitted">Thanks for applying! We review every application and will reply within 10 business days.</Note>
        ) : (
          <Card width="100%">
            <form id="pr-form" onSubmit={submit} noValidate>
              <Note type="secondary" label={false}>Fields marked * are required.</Note>
              <Spacer h={1} />
              <div className="pr-two">
                <div><Input id="pr-first" width="100%" value={f.firstName} onChange={onInput('firstName')}>First name *</Input>{err('firstName')}</div>
                <div><Input id="pr-last" width="100%" value={f.lastName} onChange={onInput('lastName')}>Last name *</Input>{err('lastName')}</div>
              </div>
              <Spacer h={0.75} />
              <Input id="pr-email" htmlType="email" width="100%" placeholder="you@example.com" value={f.email} onChange={onInput('email')}>Email *</Input>{err('email')}
              <Spacer h={0.75} />
              <Input id="pr-phone" htmlType="tel" label="+1" width="100%" placeholder="(212) 555-0100" value={f.phone} onChange={onInput('phone')}>Phone</Input>
              <Spacer h={0.75} />
              <Text small b className="pr-caption">Where do you live?</Text>
              <AutoComplete
                id="pr-city"
                width="100%"
                placeholder="City, State"
                clearable
                options={cityOptions}
                searching={searching}
                value={f.city}
                onSearch={searchCity}
                onChange={(value) => put('city', value)}
                onSelect={(value) => put('city', value)}
              />
              <Spacer h={0.75} />
              <div className="pr-two">
                <div>
                  <Text small b className="pr-caption">Country *</Text>
                  <Select id="pr-country" width="100%" placeholder="Choose a country" value={f.country} onChange={(v) => setF((prev) => ({ ...prev, country: v, state: v === 'US' ? prev.state : '' }))}>
                    <Select.Option label>North America</Select.Option>
                    {NA.map(([v, l]) => <Select.Option key={v} value={v}>{l}</Select.Option>)}
                    <Select.Option label>Europe</Select.Option>
                    {EU.map(([v, l]) => <Select.Option key={v} value={v}>{l}</Select.Option>)}
                    <Select.Option label>Asia Pacific</Select.Option>
                    {APAC.map(([v, l]) => <Select.Option key={v} value={v}>{l}</Select.Option>)}
                  </Select>
                  {err('country')}
                </div>
                <div>
                  <Text small b className="pr-caption">State</Text>
                  <Select id="pr-state" width="100%" placeholder={f.country === 'US' ? 'Choose a state' : 'Choose a country first'} disabled={f.country !== 'US'} value={f.state} onChange={(v) => put('state', v)}>
                    {STATES.map((s) => <Select.Option key={s} value={s}>{s}</Select.Option>)}
                  </Select>
                </div>
              </div>
              <Divider my={2}>Experience</Divider>
              <div className="pr-two">
                <Input id="pr-employer" width="100%" value={f.employer} onChange={onInput('employer')}>Current company</Input>
                <Input id="pr-title" width="100%" value={f.title} onChange={onInput('title')}>Current title</Input>
              </div>
              <Spacer h={0.75} />
              <Text small b className="pr-caption">How much data engineering experience do you have?</Text>
              <Radio.Group id="pr-level" value={f.level} onChange={(v) => put('level', v)}>
                <Radio value="junior">Early career<Radio.Desc>0–2 years</Radio.Desc></Radio>
                <Radio value="mid">Mid-level<Radio.Desc>3–5 years</Radio.Desc></Radio>
                <Radio value="senior">Senior<Radio.Desc>6–9 years</Radio.Desc></Radio>
                <Radio value="staff">Staff and above<Radio.Desc>10+ years</Radio.Desc></Radio>
              </Radio.Group>
              <Spacer h={0.75} />
              <Text small b className="pr-caption">Highest level of education</Text>
              <Select id="pr-degree" width="100%" placeholder="Select" value={f.degree} onChange={(v) => put('degree', v)}>
                <Select.Option value="hs">High school</Select.Option>
                <Select.Option value="assoc">Associate's degree</Select.Option>
                <Select.Option value="ba">Bachelor's degree</Select.Option>
                <Select.Option value="ma">Master's degree</Select.Option>
                <Select.Option value="phd">PhD</Select.Option>
                <Select.Option value="boot" disabled>Bootcamp (no longer accepted as equivalent)</Select.Option>
              </Select>
              <Spacer h={0.75} />
              <div className="pr-two">
                <Input id="pr-linkedin" width="100%" placeholder="https://linkedin.com/in/…" value={f.linkedin} onChange={onInput('linkedin')}>LinkedIn</Input>
                <Input id="pr-github" width="100%" placeholder="https://github.com/…" value={f.github} onChange={onInput('github')}>GitHub</Input>
              </div>
              <Spacer h={0.75} />
              <Text small b className="pr-caption">Resume *</Text>
              <div className="pr-file">
                <input ref={file} id="pr-resume" type="file" accept=".pdf,.doc,.docx" style={{ display: 'none' }} onChange={(e) => setResume(e.target.files[0]?.name ?? '')} />
                <Button auto scale={0.8} type="secondary" ghost onClick={() => file.current.click()}>Upload resume</Button>
                <Text small span id="pr-resume-name">{resume || 'PDF or Word, up to 5 MB'}</Text>
              </div>
              {tried && !resume ? <Text small type="error">Please upload your resume</Text> : null}
              <Divider my={2}>Logistics</Divider>
              <div className="pr-two">
                <Input id="pr-salary" htmlType="number" labelRight="USD / year" width="100%" placeholder="140000" value={f.salary} onChange={onInput('salary')}>Salary expectation</Input>
                <Input id="pr-start" htmlType="date" width="100%" value={f.startDate} onChange={onInput('startDate')}>When can you start?</Input>
              </div>
              <Spacer h={0.75} />
              <Text small b className="pr-caption">Are you authorized to work in the United States? *</Text>
              <Radio.Group id="pr-authorized" useRow value={f.authorized} onChange={(v) => put('authorized', v)}>
                <Radio value="yes">Yes</Radio>
                <Radio value="no">No</Radio>
              </Radio.Group>
              {err('authorized')}
              <Spacer h={0.5} />
              <Text small b className="pr-caption">Will you now or in the future require Pennyroyal to sponsor a visa? *</Text>
              <Radio.Group id="pr-sponsorship" useRow value={f.sponsorship} onChange={(v) => put('sponsorship', v)}>
                <Radio value="yes">Yes</Radio>
                <Radio value="no">No</Radio>
              </Radio.Group>
              {err('sponsorship')}
              <Spacer h={0.5} />
              <Text small b className="pr-caption">Which payment rails have you worked with?</Text>
              <Checkbox.Group id="pr-rails" value={f.rails} onChange={(v) => put('rails', v)}>
                <Checkbox value="ach">ACH</Checkbox>
                <Checkbox value="cards">Card networks</Checkbox>
                <Checkbox value="rtp">RTP / FedNow</Checkbox>
                <Checkbox value="wires">Wires</Checkbox>
              </Checkbox.Group>
              <Spacer h={0.5} />
              <div className="pr-toggle"><Toggle id="pr-relocate" checked={f.relocate} onChange={(e) => put('relocate', e.target.checked)} /> <Text small span>I'd relocate to New York</Text></div>
              <Spacer h={0.75} />
              <Textarea id="pr-cover" width="100%" height="140px" placeholder="Cover letter — why Pennyroyal? (optional)" value={f.coverLetter} onChange={onInput('coverLetter')} />
              <Spacer h={0.75} />
              <Text small b className="pr-caption">How did you hear about us?</Text>
              <Select id="pr-hear" width="100%" placeholder="Select" value={f.hear} onChange={(v) => put('hear', v)}>
                {['LinkedIn', 'Hacker News', 'A friend or colleague', 'Conference', 'Other'].map((s) => <Select.Option key={s} value={s}>{s}</Select.Option>)}
              </Select>
              <Divider my={2}>Voluntary self-identification</Divider>
              <Text small type="secondary">Optional. Your answers are kept separate from your application.</Text>
              <Select id="pr-race" width="100%" placeholder="Race / ethnicity" value={f.race} onChange={(v) => put('race', v)}>
                {['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I prefer not to say'].map((s) => <Select.Option key={s} value={s}>{s}</Select.Option>)}
              </Select>
              <Spacer h={1} />
              <Checkbox id="pr-consent" checked={f.consent} onChange={(e) => put('consent', e.target.checked)}>I agree to Pennyroyal's candidate privacy notice *</Checkbox>
              {err('consent')}
              <Spacer h={1} />
              <Button id="pr-submit" htmlType="submit" type="success-light">Submit application</Button>
            </form>
          </Card>
        )}
        <pre id="model">{JSON.stringify({ ...f, resume })}</pre>
      </main>
      <footer className="pr-foot"><Text small>The Ledger — our monthly engineering newsletter</Text><Input id="pr-newsletter" placeholder="Email address" value={f.newsletter} onChange={onInput('newsletter')} /><Button auto scale={0.8}>Subscribe</Button></footer>
    </GeistProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
