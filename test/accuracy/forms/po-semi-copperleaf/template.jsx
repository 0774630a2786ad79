/*
 * Copperleaf Grid (a utility-software company) careers page: React 19 + Semi Design
 * (@douyinfe/semi-ui-19) Form, shared by its postings. The standard fields in the Select variants
 * Semi's docs show: a dial-code Select whose options carry the country name but whose selection
 * renders only "🇺🇸 +1" (renderSelectedItem), a **remote** Select whose places arrive 400 ms after
 * typing, a Select of countries grouped by region (OptGroup, flag emoji in the label), an
 * **allowCreate** Select for the current employer (the list holds big names only), an
 * AutoComplete for the school, a **multiple** Select "Languages you speak" (left alone), button-style
 * RadioGroups (years buckets, yes/no), a vertical RadioGroup of sponsorship sentences, an
 * InputNumber with "$" prefix and thousands formatter, a DatePicker in Semi's default yyyy-MM-dd,
 * an Upload behind an "Attach resume" button, and a phone number the "server" checks 600 ms after
 * blur ("Enter the 10-digit number without the country code"). Form values go to <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Form, Input, LocaleProvider, Select, Typography } from '@douyinfe/semi-ui-19';
import en_US from '@douyinfe/semi-ui-19/lib/es/locale/source/en_US';

const DIAL = [
  { value: 'CA', label: '🇨🇦 Canada (+1)', short: '🇨🇦 +1' },
  { value: 'US', label: '🇺🇸 United States (+1)', short: '🇺🇸 +1' },
  { value: 'MX', label: '🇲🇽 Mexico (+52)', short: '🇲🇽 +52' },
  { value: 'GB', label: '🇬🇧 United Kingdom (+44)', short: '🇬🇧 +44' },
  { value: 'DE', label: '🇩🇪 Germany (+49)', short: '🇩🇪 +49' },
  { value: 'IN', label: '🇮🇳 India (+91)', short: '🇮🇳 +91' },
  { value: 'AU', label: '🇦🇺 Australia (+61)', short: '🇦🇺 +61' },
];
const REGIONS = [
  ['Americas', [['CA', '🇨🇦 Canada'], ['MX', '🇲🇽 Mexico'], ['BR', '🇧🇷 Brazil'], ['US', '🇺🇸 United States']]],
  ['Europe', [['DE', '🇩🇪 Germany'], ['IE', '🇮🇪 Ireland'], ['NL', '🇳🇱 Netherlands'], ['GB', '🇬🇧 United Kingdom']]],
  ['Asia Pacific', [['AU', '🇦🇺 Australia'], ['IN', '🇮🇳 India'], ['JP', '🇯🇵 Japan'], ['UM', '🇺🇲 United States Minor Outlying Islands']]],
];
const PLACES = [
  'San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco del Rincón, Gto., Mexico', 'San Jose, CA, USA',
  'San Diego, CA, USA', 'Sacramento, CA, USA', 'Oakland, CA, USA', 'Seattle, WA, USA', 'Portland, OR, USA', 'Denver, CO, USA',
  'Austin, TX, USA', 'Chicago, IL, USA', 'New York, NY, USA', 'Boston, MA, USA', 'Toronto, ON, Canada', 'Vancouver, BC, Canada',
];
const EMPLOYERS = ['Amazon', 'Apple', 'Google', 'Meta', 'Microsoft', 'Oracle', 'Salesforce', 'Snowflake', 'Databricks', 'Siemens Energy', 'Schneider Electric', 'PG&E'];
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
  'UC Berkeley Extension', 'Berkeley City College', 'Stanford University', 'San Jose State University', 'University of Washington',
];
const YEARS = ['0–2', '3–5', '6–8', '9–12', '13+'];
const DEGREES = ['High school diploma or GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD, EngD)', 'Other'];
const LANGUAGES = ['English', 'Spanish', 'Mandarin', 'Hindi', 'French', 'German', 'Portuguese', 'Tagalog', 'Vietnamese', 'Other'];
const HEARD = ['LinkedIn', 'Copperleaf website', 'Employee referral', 'Conference (DistribuTECH, etc.)', 'Job board', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'I prefer not to answer'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer'];

const pad = (n) => String(n).padStart(2, '0');
const isoDate = (d) => (d instanceof Date && !Number.isNaN(d.getTime()) ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : null);

/** The phone check the careers API does: it answers 600 ms after the box loses focus. */
function checkPhoneOnServer(value) {
  return new Promise((resolve) => {
    setTimeout(() => {
      const digits = String(value ?? '').replace(/\D/g, '');
      if (!digits) resolve('');
      else if (digits.length !== 10) resolve('Enter the 10-digit number without the country code.');
      else resolve('');
    }, 600);
  });
}

export function renderApplication(posting) {
  const questionInit = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'multi' ? [] : null]));
  const FIELDS = ['firstName', 'lastName', 'email', 'dialCode', 'phone', 'location', 'country', 'employer', 'jobTitle', 'years', 'degree', 'school',
    'linkedin', 'github', 'authorized', 'sponsorship', 'salary', 'startDate', 'coverLetter', 'heard', 'gender', 'veteran'];
  const INITIAL = { ...Object.fromEntries(FIELDS.map((f) => [f, null])), languages: [], resume: [], privacy: false, ...questionInit };

  function Application() {
    const [values, setValues] = useState(INITIAL);
    const [sent, setSent] = useState(false);
    const [search, setSearch] = useState('');
    const [newsletter, setNewsletter] = useState('');
    const [places, setPlaces] = useState([]);
    const [placesLoading, setPlacesLoading] = useState(false);
    const [schools, setSchools] = useState([]);
    const [phoneError, setPhoneError] = useState('');
    const [phoneChecking, setPhoneChecking] = useState(false);
    const placeTimer = useRef(null);

    const searchPlaces = (text) => {
      clearTimeout(placeTimer.current);
      if (!text || text.length < 2) { setPlaces([]); return; }
      setPlacesLoading(true);
      placeTimer.current = setTimeout(() => {
        const needle = text.toLowerCase();
        setPlaces(PLACES.filter((p) => p.toLowerCase().includes(needle)).map((p) => ({ value: p, label: p })));
        setPlacesLoading(false);
      }, 400);
    };

    const model = {
      ...values,
      startDate: isoDate(values.startDate),
      resume: (values.resume ?? []).map((f) => f.name),
      phoneError,
      search,
      newsletter,
    };

    const question = (q) => {
      if (q.type === 'buttons') return (
        <Form.RadioGroup key={q.key} field={q.key} label={q.label} type="button" name={q.key}>
          {q.options.map((o) => <Form.Radio key={o} value={o}>{o}</Form.Radio>)}
        </Form.RadioGroup>
      );
      if (q.type === 'radio') return (
        <Form.RadioGroup key={q.key} field={q.key} label={q.label} direction="vertical" name={q.key}>
          {q.options.map((o) => <Form.Radio key={o} value={o}>{o}</Form.Radio>)}
        </Form.RadioGroup>
      );
      if (q.type === 'select') return <Form.Select key={q.key} field={q.key} label={q.label} placeholder="Select" style={{ width: '100%' }} optionList={q.options.map((o) => ({ value: o, label: o }))} />;
      if (q.type === 'multi') return <Form.Select key={q.key} field={q.key} label={q.label} multiple filter placeholder="Select all that apply" style={{ width: '100%' }} optionList={q.options.map((o) => ({ value: o, label: o }))} />;
      if (q.type === 'textarea') return <Form.TextArea key={q.key} field={q.key} label={q.label} maxCount={1500} autosize />;
      return <Form.Input key={q.key} field={q.key} label={q.label} extraText={q.help} />;
    };

    return (
      <>
        <header className="cl-top">
          <span className="cl-logo">Copperleaf&nbsp;Grid</span>
          <nav><a href="#">Platform</a><a href="#">Utilities</a><a href="#">Careers</a></nav>
          <Input id="cl-search" aria-label="Search jobs" placeholder="Search jobs" value={search} onChange={setSearch} style={{ width: 220 }} />
        </header>
        <main className="cl-main">
          <Typography.Title heading={2}>{posting.title}</Typography.Title>
          <Typography.Text type="tertiary">{posting.meta}</Typography.Text>
          <p>{posting.blurb}</p>
          {sent ? <p id="cl-done" className="cl-done">Application received. A Copperleaf recruiter reads every one — expect to hear from us within two weeks.</p> : (
            <Form
              labelPosition="top"
              initValues={INITIAL}
              onValueChange={(all) => setValues({ ...INITIAL, ...all })}
              onSubmit={() => setSent(true)}
            >
              <Form.Section text="Contact details">
                <div className="cl-row">
                  <Form.Input field="firstName" label="First name" rules={[{ required: true, message: 'Required' }]} />
                  <Form.Input field="lastName" label="Last name" rules={[{ required: true, message: 'Required' }]} />
                </div>
                <Form.Input field="email" label="Email" type="email" rules={[{ required: true, message: 'Required' }, { type: 'email', message: 'Enter a valid email address' }]} />
                <div className="cl-row">
                  <Form.Select
                    field="dialCode"
                    label="Country code"
                    placeholder="Code"
                    style={{ width: 150 }}
                    dropdownStyle={{ minWidth: 260 }}
                    optionList={DIAL}
                    renderSelectedItem={(option) => DIAL.find((d) => d.value === option.value)?.short ?? option.label}
                  />
                  <div className="cl-phone">
                    <Form.Input
                      field="phone"
                      label="Mobile number"
                      type="tel"
                      validateStatus={phoneError ? 'error' : undefined}
                      extraText={phoneChecking ? 'Checking number…' : undefined}
                      onFocus={() => setPhoneError('')}
                      onBlur={async (event) => {
                        setPhoneChecking(true);
                        const message = await checkPhoneOnServer(event.target.value);
                        setPhoneChecking(false);
                        setPhoneError(message);
                      }}
                    />
                    {phoneError ? <div id="cl-phone-error" className="cl-server-error" role="alert">{phoneError}</div> : null}
                  </div>
                </div>
                <Form.Select
                  field="location"
                  label="Where do you live?"
                  placeholder="Start typing your city"
                  style={{ width: '100%' }}
                  filter
                  remote
                  showClear
                  loading={placesLoading}
                  emptyContent="Type at least two letters"
                  onSearch={searchPlaces}
                  optionList={places}
                />
                <Form.Select field="country" label="Country of residence" placeholder="Select a country" filter style={{ width: '100%' }}>
                  {REGIONS.map(([region, list]) => (
                    <Select.OptGroup key={region} label={region}>
                      {list.map(([code, name]) => <Select.Option key={code} value={code} label={name}>{name}</Select.Option>)}
                    </Select.OptGroup>
                  ))}
                </Form.Select>
              </Form.Section>

              <Form.Section text="Experience">
                <div className="cl-row">
                  <Form.Select
                    field="employer"
                    label="Current employer"
                    placeholder="Select or type to add"
                    style={{ width: '100%' }}
                    filter
                    allowCreate
                    renderCreateItem={(input, focused) => (
                      <div className={`cl-create${focused ? ' cl-create-focused' : ''}`}>
                        <span className="cl-create-hint">Add new employer:</span> <strong className="cl-create-value">{input}</strong>
                      </div>
                    )}
                    optionList={EMPLOYERS.map((e) => ({ value: e, label: e }))}
                    extraText="Not in the list? Type the name and press Enter."
                  />
                  <Form.Input field="jobTitle" label="Current job title" />
                </div>
                <Form.RadioGroup field="years" label="Years of professional experience" type="button" name="years">
                  {YEARS.map((y) => <Form.Radio key={y} value={y}>{y}</Form.Radio>)}
                </Form.RadioGroup>
                <div className="cl-row">
                  <Form.Select field="degree" label="Highest completed education" placeholder="Select" style={{ width: '100%' }} optionList={DEGREES.map((d) => ({ value: d, label: d }))} />
                  <Form.AutoComplete
                    field="school"
                    label="School or university"
                    placeholder="e.g. Georgia Tech"
                    style={{ width: '100%' }}
                    data={schools}
                    onSearch={(text) => setSchools(text ? SCHOOLS.filter((s) => s.toLowerCase().includes(text.toLowerCase())) : [])}
                  />
                </div>
                <Form.Select field="languages" label="Languages you speak" multiple filter placeholder="Select languages" style={{ width: '100%' }} optionList={LANGUAGES.map((l) => ({ value: l, label: l }))} />
                <div className="cl-row">
                  <Form.Input field="linkedin" label="LinkedIn" placeholder="linkedin.com/in/yourname" />
                  <Form.Input field="github" label="GitHub (optional)" placeholder="github.com/yourname" />
                </div>
              </Form.Section>

              <Form.Section text="Eligibility and logistics">
                <Form.RadioGroup field="authorized" label="Are you legally authorized to work in the United States?" type="button" name="authorized" rules={[{ required: true, message: 'Required' }]}>
                  <Form.Radio value="yes">Yes</Form.Radio>
                  <Form.Radio value="no">No</Form.Radio>
                </Form.RadioGroup>
                <Form.RadioGroup field="sponsorship" label="Will you now or in the future need Copperleaf to sponsor a work visa?" direction="vertical" name="sponsorship" rules={[{ required: true, message: 'Required' }]}>
                  <Form.Radio value="needs">Yes — I will need sponsorship (now or later)</Form.Radio>
                  <Form.Radio value="none">No — I will never need sponsorship to work here</Form.Radio>
                </Form.RadioGroup>
                <div className="cl-row">
                  <Form.InputNumber
                    field="salary"
                    label="Target base salary"
                    prefix="$"
                    suffix="per year"
                    hideButtons
                    formatter={(v) => `${v}`.replace(/\D/g, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}
                    parser={(v) => `${v}`.replace(/\D/g, '')}
                    style={{ width: '100%' }}
                  />
                  <Form.DatePicker field="startDate" label="Earliest start date" placeholder="yyyy-mm-dd" style={{ width: '100%' }} />
                </div>
              </Form.Section>

              <Form.Section text="Documents">
                <Form.Upload field="resume" label="Resume" action="" uploadTrigger="custom" limit={1} accept=".pdf,.doc,.docx" rules={[{ required: true, type: 'array', min: 1, message: 'Attach your resume' }]}>
                  <Button>Attach resume</Button>
                </Form.Upload>
                <Form.TextArea field="coverLetter" label="Cover letter" placeholder="Paste your cover letter (optional)" autosize maxCount={4000} />
              </Form.Section>

              <Form.Section text={`Questions from the ${posting.team} team`}>
                {posting.questions.map(question)}
              </Form.Section>

              <Form.Section text="Voluntary self-identification">
                <Form.Select field="heard" label="How did you hear about Copperleaf?" placeholder="Select" style={{ width: '100%' }} optionList={HEARD.map((h) => ({ value: h, label: h }))} />
                <div className="cl-row">
                  <Form.Select field="gender" label="Gender" placeholder="Select" style={{ width: '100%' }} optionList={GENDER.map((g) => ({ value: g, label: g }))} />
                  <Form.Select field="veteran" label="Veteran status" placeholder="Select" style={{ width: '100%' }} optionList={VETERAN.map((g) => ({ value: g, label: g }))} />
                </div>
              </Form.Section>

              <Form.Checkbox field="privacy" noLabel rules={[{ validator: (_r, v) => v === true, message: 'Please confirm' }]}>
                I have read the Copperleaf Grid applicant privacy notice
              </Form.Checkbox>
              <Button id="cl-submit" type="primary" theme="solid" htmlType="submit" block>Submit application</Button>
            </Form>
          )}
        </main>
        <footer className="cl-foot">
          <label htmlFor="cl-newsletter">Grid notes — our monthly engineering newsletter</label>
          <Input id="cl-newsletter" placeholder="you@company.com" value={newsletter} onChange={setNewsletter} style={{ width: 260 }} />
          <Button>Subscribe</Button>
        </footer>
        <pre id="model">{JSON.stringify(model, null, 1)}</pre>
      </>
    );
  }

  createRoot(document.getElementById('root')).render(<LocaleProvider locale={en_US}><Application /></LocaleProvider>);
}
