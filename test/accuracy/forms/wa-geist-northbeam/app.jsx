import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  GeistProvider, CssBaseline, Page, Text, Input, Select, AutoComplete, Radio, Checkbox, Textarea, Toggle, Button,
  Spacer, Divider, Grid, Note,
} from '@geist-ui/core';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, name: c.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const CITIES = ['Austin, TX', 'Boston, MA', 'Brooklyn, NY', 'Chicago, IL', 'Denver, CO', 'Los Angeles, CA', 'New York, NY',
  'Oakland, CA', 'Portland, OR', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Seattle, WA', 'Toronto, ON'];
const TOOLS = ['Postgres', 'ClickHouse', 'Kafka', 'Spark', 'dbt', 'Airflow', 'Rust', 'Go'];

function Apply() {
  const fileRef = useRef(null);
  const [f, setF] = useState({
    name: '', email: '', phone: '', location: '', country: '', linkedin: '', github: '', website: '', company: '',
    title: '', years: '', salary: '', authorized: '', sponsorship: '', start: '', pronouns: [], tools: [],
    resume: '', coverLetter: '', shipped: '', relocate: false, consent: false,
  });
  const [docsSearch, setDocsSearch] = useState('');
  const [newsletter, setNewsletter] = useState('');
  const [sent, setSent] = useState(false);
  const set = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
  const ev = (k) => (e) => set(k)(e.target.value);
  const [cityOptions, setCityOptions] = useState([]);
  const searchCities = (text) => {
    setCityOptions(text ? CITIES.filter((c) => c.toLowerCase().includes(text.toLowerCase())).map((c) => ({ label: c, value: c })) : []);
  };

  return (
    <GeistProvider>
      <CssBaseline />
      <Page dotBackdrop={false}>
        <Page.Header>
          <Grid.Container justify="space-between" alignItems="center">
            <Grid><Text h4 my={0}>▲ northbeam</Text></Grid>
            <Grid>
              <Input scale={0.8} placeholder="Search docs…" aria-label="Search docs" name="docs_q" value={docsSearch} onChange={(e) => setDocsSearch(e.target.value)} />
              <Button auto scale={0.7} ml={0.5}>Log in</Button>
              <Button auto scale={0.7} type="secondary" ml={0.5}>Sign up</Button>
            </Grid>
          </Grid.Container>
        </Page.Header>
        <Page.Content>
          <div className="nb-wrap">
            <Text small type="secondary">Data Infrastructure · Remote (US / Canada)</Text>
            <Text h2>Senior Data Engineer</Text>
            {sent ? (
              <Note type="success" id="application-sent">Application sent. We'll be in touch.</Note>
            ) : (
              <form id="nb-apply" noValidate onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
                <div className="nb-field">
                  <label htmlFor="nb-name">Name</label>
                  <Input id="nb-name" name="name" width="100%" onChange={ev('name')} />
                </div>
                <div className="nb-field">
                  <label htmlFor="nb-email">Email</label>
                  <Input id="nb-email" name="email" htmlType="email" width="100%" onChange={ev('email')} />
                </div>
                <div className="nb-field">
                  <label htmlFor="nb-phone">Phone</label>
                  <Input id="nb-phone" name="phone" label="+1" htmlType="tel" width="100%" placeholder="555 555 5555" onChange={ev('phone')} />
                </div>
                <div className="nb-field">
                  <label htmlFor="nb-location">Where are you based?</label>
                  <AutoComplete
                    id="nb-location"
                    name="location"
                    width="100%"
                    placeholder="City"
                    clearable
                    options={cityOptions}
                    onSearch={searchCities}
                    onChange={set('location')}
                    onSelect={set('location')}
                  />
                </div>
                <div className="nb-field">
                  <span className="nb-q" id="nb-country-label">Country</span>
                  <Select id="nb-country" placeholder="Choose a country" width="100%" value={f.country} onChange={set('country')} aria-labelledby="nb-country-label">
                    {COUNTRIES.map((c) => <Select.Option key={c.code} value={c.code}>{c.name}</Select.Option>)}
                  </Select>
                </div>
                <div className="nb-field">
                  <label htmlFor="nb-linkedin">LinkedIn</label>
                  <Input id="nb-linkedin" name="linkedin" width="100%" placeholder="https://linkedin.com/in/…" onChange={ev('linkedin')} />
                </div>
                <div className="nb-field">
                  <label htmlFor="nb-github">GitHub</label>
                  <Input id="nb-github" name="github" label="github.com/" width="100%" placeholder="username" onChange={ev('github')} />
                </div>
                <div className="nb-field">
                  <label htmlFor="nb-website">Website</label>
                  <Input id="nb-website" name="website" label="https://" width="100%" onChange={ev('website')} />
                </div>
                <Grid.Container gap={2}>
                  <Grid xs={12}>
                    <div className="nb-field" style={{ width: '100%' }}>
                      <label htmlFor="nb-company">Current company</label>
                      <Input id="nb-company" name="company" width="100%" onChange={ev('company')} />
                    </div>
                  </Grid>
                  <Grid xs={12}>
                    <div className="nb-field" style={{ width: '100%' }}>
                      <label htmlFor="nb-title">Current title</label>
                      <Input id="nb-title" name="title" width="100%" onChange={ev('title')} />
                    </div>
                  </Grid>
                </Grid.Container>
                <div className="nb-field">
                  <span className="nb-q" id="nb-years-label">Years of experience</span>
                  <Select id="nb-years" placeholder="Select" width="100%" value={f.years} onChange={set('years')}>
                    <Select.Option value="0-3">0-3 years</Select.Option>
                    <Select.Option value="4-6">4-6 years</Select.Option>
                    <Select.Option value="7-10">7-10 years</Select.Option>
                    <Select.Option value="10+">10+ years</Select.Option>
                  </Select>
                </div>
                <div className="nb-field">
                  <label htmlFor="nb-salary">Salary expectation</label>
                  <Input id="nb-salary" name="salary" htmlType="number" labelRight="USD / yr" width="100%" onChange={ev('salary')} />
                </div>
                <div className="nb-field">
                  <span className="nb-q">Are you authorized to work in the US or Canada?</span>
                  <Radio.Group id="nb-authorized" value={f.authorized} onChange={set('authorized')} useRow>
                    <Radio value="us">Yes, the US</Radio>
                    <Radio value="ca">Yes, Canada</Radio>
                    <Radio value="both">Yes, both</Radio>
                    <Radio value="no">No</Radio>
                  </Radio.Group>
                </div>
                <div className="nb-field">
                  <span className="nb-q">Will you need visa sponsorship?</span>
                  <Radio.Group id="nb-sponsorship" value={f.sponsorship} onChange={set('sponsorship')} useRow>
                    <Radio value="yes">Yes</Radio>
                    <Radio value="no">No</Radio>
                  </Radio.Group>
                </div>
                <div className="nb-field">
                  <label htmlFor="nb-start">Earliest start</label>
                  <Input id="nb-start" name="start" placeholder="MM/YYYY" width="100%" onChange={ev('start')} />
                </div>
                <div className="nb-field">
                  <span className="nb-q">Pronouns (optional)</span>
                  <Select id="nb-pronouns" multiple placeholder="Select" width="100%" value={f.pronouns} onChange={set('pronouns')}>
                    <Select.Option value="she/her">she/her</Select.Option>
                    <Select.Option value="he/him">he/him</Select.Option>
                    <Select.Option value="they/them">they/them</Select.Option>
                    <Select.Option value="other">other</Select.Option>
                  </Select>
                </div>
                <div className="nb-field">
                  <span className="nb-q">Which of these have you run in production?</span>
                  <Checkbox.Group id="nb-tools" value={f.tools} onChange={set('tools')}>
                    {TOOLS.map((t) => <Checkbox key={t} value={t}>{t}</Checkbox>)}
                  </Checkbox.Group>
                </div>
                <Divider />
                <div className="nb-field">
                  <span className="nb-q">Resume</span>
                  <input ref={fileRef} type="file" name="resume" accept=".pdf" hidden onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
                  <Button auto scale={0.8} onClick={() => fileRef.current?.click()}>{f.resume || 'Upload PDF'}</Button>
                </div>
                <div className="nb-field">
                  <label htmlFor="nb-cover">Cover letter</label>
                  <Textarea id="nb-cover" name="coverLetter" width="100%" height="120px" placeholder="Optional, but we read every one." onChange={ev('coverLetter')} />
                </div>
                <div className="nb-field">
                  <label htmlFor="nb-shipped">What's something you've shipped that you're proud of?</label>
                  <Textarea id="nb-shipped" name="shipped" width="100%" onChange={ev('shipped')} />
                </div>
                <div className="nb-field" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                  <Toggle id="nb-relocate" checked={f.relocate} onChange={(e) => set('relocate')(e.target.checked)} />
                  <Text span small>Open to relocating to San Francisco</Text>
                </div>
                <div className="nb-field">
                  <Checkbox id="nb-consent" checked={f.consent} onChange={(e) => set('consent')(e.target.checked)}>
                    I agree to Northbeam's applicant privacy notice.
                  </Checkbox>
                </div>
                <Button htmlType="submit" type="success" id="nb-submit">Submit application</Button>
              </form>
            )}
          </div>
        </Page.Content>
        <Page.Footer>
          <div className="nb-wrap">
            <Text small>The Northbeam changelog, monthly</Text>
            <Input name="changelog_email" placeholder="you@domain.com" aria-label="Email for the changelog" value={newsletter} onChange={(e) => setNewsletter(e.target.value)} />
          </div>
        </Page.Footer>
      </Page>
      <pre id="model">{JSON.stringify({ ...f, docsSearch, newsletter })}</pre>
    </GeistProvider>
  );
}

createRoot(document.getElementById('root')).render(<Apply />);
