/**
 * The application template of Ferrolane (an e-bike and scooter sharing company) built on Base Web
 * (Uber's `baseui` v18, Styletron) the way its docs compose forms: FormControl labels with captions,
 * Inputs with start / end enhancers (a fixed "+1" before the phone, "linkedin.com/in/" before the
 * LinkedIn handle, "$" and "/ year" around the salary), a Combobox for the current city (free text
 * with suggestions), Selects (a searchable country list, experience ranges, pronouns, "how did you
 * hear", veteran status: the value lives in React state, options in a popover menu), a RadioGroup
 * for education and the sponsorship question, a statement Checkbox for work authorisation, a
 * Datepicker typed as YYYY/MM/DD (mask off: react-input-mask needs findDOMNode, gone in React 19), a FileUploader drop zone (its own hidden input; the
 * page keeps the accepted file's name), a Textarea, a Switch for SMS updates, a candidate sign-in
 * box in the header and a "Questions? Chat with a recruiter" box in the corner. Each posting brings
 * its title and its own questions. State is useState, mirrored into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Client as Styletron } from 'styletron-engine-monolithic';
import { Provider as StyletronProvider } from 'styletron-react';
import { BaseProvider, LightTheme } from 'baseui';
import { FormControl } from 'baseui/form-control';
import { Input } from 'baseui/input';
import { Select } from 'baseui/select';
import { Combobox } from 'baseui/combobox';
import { Radio, RadioGroup, ALIGN } from 'baseui/radio';
import { Checkbox } from 'baseui/checkbox';
import { Switch } from 'baseui/switch';
import { Datepicker } from 'baseui/datepicker';
import { FileUploader } from 'baseui/file-uploader';
import { Textarea } from 'baseui/textarea';
import { Button, KIND, SIZE } from 'baseui/button';
import { HeadingMedium, HeadingSmall, HeadingXSmall, ParagraphSmall } from 'baseui/typography';
import countries from 'world-countries';

const engine = new Styletron();
const COUNTRIES = countries.map((c) => ({ id: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const CITIES = ['San Bruno', 'San Carlos', 'San Diego', 'San Francisco', 'San Jose', 'San Leandro', 'San Mateo', 'San Rafael', 'Santa Clara', 'Oakland', 'Berkeley', 'Seattle', 'Austin', 'New York'];
const EXPERIENCE = [
  { id: '0-2', label: '0-2 years' }, { id: '3-5', label: '3-5 years' }, { id: '6-10', label: '6-10 years' }, { id: '11+', label: '11+ years' },
];
const PRONOUNS = [{ id: 'she', label: 'She/Her' }, { id: 'he', label: 'He/Him' }, { id: 'they', label: 'They/Them' }, { id: 'self', label: 'Let me type my own' }];
const HEARD = ['Ferrolane app', 'LinkedIn', 'Friend or colleague', 'University career fair', 'Podcast', 'Other'].map((label) => ({ id: label, label }));
const VETERAN = ['I am a veteran', 'I am not a veteran', 'I prefer not to answer'].map((label) => ({ id: label, label }));

/** The Datepicker's text box: Base Web's MaskedInput relies on findDOMNode (gone in React 19), so the team swapped in the plain Input. */
function DateTextInput({ mask, maskChar, ...props }) {
  return <Input {...props} />;
}

const pad = (n) => String(n).padStart(2, '0');
const isoDate = (d) => (d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : null);
const ids = (list) => list.map((o) => o.id);

function Question({ q, value, onChange }) {
  if (q.type === 'radio') {
    return (
      <FormControl label={q.label} caption={q.caption}>
        <RadioGroup name={q.key} value={value} onChange={(e) => onChange(e.currentTarget.value)} align={ALIGN.vertical}>
          {q.options.map(([v, text]) => <Radio key={v} value={v}>{text}</Radio>)}
        </RadioGroup>
      </FormControl>
    );
  }
  if (q.type === 'select') {
    return (
      <div id={`f-${q.key}`}>
        <FormControl label={q.label} caption={q.caption}>
          <Select options={q.options.map(([id, label]) => ({ id, label }))} value={q.options.filter(([id]) => value.includes(id)).map(([id, label]) => ({ id, label }))}
            onChange={(p) => onChange(ids(p.value))} searchable={false} clearable={false} placeholder="Select…" />
        </FormControl>
      </div>
    );
  }
  if (q.type === 'textarea') {
    return (
      <FormControl label={q.label} caption={q.caption}>
        <Textarea id={q.key} name={q.key} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
      </FormControl>
    );
  }
  return (
    <FormControl label={q.label} caption={q.caption}>
      <Input id={q.key} name={q.key} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
    </FormControl>
  );
}

function App({ posting }) {
  const initial = {
    loginEmail: '', loginPassword: '', fullName: '', email: '', phone: '', city: '', country: [], linkedinHandle: '', portfolio: '',
    company: '', title: '', experience: [], education: '', authorized: false, sponsorship: '', startDate: null, salary: '',
    resume: null, pronouns: [], heard: [], referrerEmail: '', veteran: [], smsUpdates: false, chatEmail: '', chatMessage: '',
  };
  for (const q of posting.questions) initial[q.key] = q.type === 'select' ? [] : '';
  const [v, setV] = useState(initial);
  const [done, setDone] = useState(false);
  const [resumeRows, setResumeRows] = useState([]);
  const set = (k) => (value) => setV((o) => ({ ...o, [k]: value }));
  const ev = (k) => (e) => set(k)(e.currentTarget.value);
  const model = { ...v, startDate: isoDate(v.startDate) };

  return (
    <StyletronProvider value={engine}>
      <BaseProvider theme={LightTheme}>
        <header id="site-header">
          <strong>ferrolane</strong>
          <form id="candidate-login" onSubmit={(e) => e.preventDefault()}>
            <Input size={SIZE.compact} id="loginEmail" name="loginEmail" type="email" placeholder="Email" aria-label="Candidate login email" value={v.loginEmail} onChange={ev('loginEmail')} />
            <Input size={SIZE.compact} id="loginPassword" name="loginPassword" type="password" placeholder="Password" aria-label="Candidate login password" value={v.loginPassword} onChange={ev('loginPassword')} />
            <Button size={SIZE.compact} kind={KIND.secondary} type="submit">Log in</Button>
          </form>
        </header>
        <main id="page">
          <HeadingMedium>{posting.title}</HeadingMedium>
          <ParagraphSmall>{posting.where}</ParagraphSmall>
          {done ? (
            <div id="submitted"><HeadingSmall>Thanks! We got your application.</HeadingSmall></div>
          ) : (
            <form id="ferrolane-apply" onSubmit={(e) => { e.preventDefault(); setDone(true); }}>
              <HeadingXSmall>Contact</HeadingXSmall>
              <FormControl label="Full name">
                <Input id="fullName" name="fullName" value={v.fullName} onChange={ev('fullName')} required />
              </FormControl>
              <FormControl label="Email">
                <Input id="email" name="email" type="email" value={v.email} onChange={ev('email')} required />
              </FormControl>
              <FormControl label="Mobile phone" caption="We’ll text you interview times">
                <Input id="phone" name="phone" type="tel" startEnhancer="+1" value={v.phone} onChange={ev('phone')} />
              </FormControl>
              <FormControl label="Current city">
                <Combobox value={v.city} onChange={set('city')} options={CITIES.filter((c) => c.toLowerCase().includes(v.city.toLowerCase()))} mapOptionToString={(o) => o} name="city" overrides={{ Input: { props: { name: 'city', id: 'city' } } }} />
              </FormControl>
              <div id="f-country">
                <FormControl label="Country">
                  <Select options={COUNTRIES} value={COUNTRIES.filter((c) => v.country.includes(c.id))} onChange={(p) => set('country')(ids(p.value))} placeholder="Start typing…" clearable={false} />
                </FormControl>
              </div>
              <FormControl label="LinkedIn">
                <Input id="linkedinHandle" name="linkedinHandle" startEnhancer="linkedin.com/in/" value={v.linkedinHandle} onChange={ev('linkedinHandle')} />
              </FormControl>
              <FormControl label="Portfolio" caption="Case studies, dashboards, writing — whatever shows your work">
                <Input id="portfolio" name="portfolio" value={v.portfolio} onChange={ev('portfolio')} />
              </FormControl>

              <HeadingXSmall>Background</HeadingXSmall>
              <FormControl label="Current company">
                <Input id="company" name="company" value={v.company} onChange={ev('company')} />
              </FormControl>
              <FormControl label="Current title">
                <Input id="title" name="title" value={v.title} onChange={ev('title')} />
              </FormControl>
              <div id="f-experience">
                <FormControl label="Years of experience">
                  <Select options={EXPERIENCE} value={EXPERIENCE.filter((o) => v.experience.includes(o.id))} onChange={(p) => set('experience')(ids(p.value))} searchable={false} clearable={false} placeholder="Select…" />
                </FormControl>
              </div>
              <FormControl label="Highest level of education">
                <RadioGroup name="education" value={v.education} onChange={ev('education')} align={ALIGN.horizontal}>
                  <Radio value="none">No degree</Radio>
                  <Radio value="associate">Associate</Radio>
                  <Radio value="bachelor">Bachelor</Radio>
                  <Radio value="master">Master</Radio>
                  <Radio value="phd">PhD</Radio>
                </RadioGroup>
              </FormControl>
              <div id="f-pronouns">
                <FormControl label="Pronouns" caption="Optional">
                  <Select options={PRONOUNS} value={PRONOUNS.filter((o) => v.pronouns.includes(o.id))} onChange={(p) => set('pronouns')(ids(p.value))} searchable={false} placeholder="Select…" />
                </FormControl>
              </div>

              <HeadingXSmall>Work eligibility and logistics</HeadingXSmall>
              <FormControl label="Work authorization">
                <Checkbox name="authorized" checked={v.authorized} onChange={(e) => set('authorized')(e.currentTarget.checked)}>
                  I am legally authorized to work in the United States
                </Checkbox>
              </FormControl>
              <FormControl label="Will you need Ferrolane to sponsor a visa?">
                <RadioGroup name="sponsorship" value={v.sponsorship} onChange={ev('sponsorship')} align={ALIGN.horizontal}>
                  <Radio value="yes">Yes</Radio>
                  <Radio value="no">No</Radio>
                </RadioGroup>
              </FormControl>
              <FormControl label="Available from" caption="YYYY/MM/DD">
                <Datepicker mask={null} formatString="yyyy/MM/dd" placeholder="YYYY/MM/DD" value={v.startDate} onChange={({ date }) => set('startDate')(Array.isArray(date) ? date[0] : date)} overrides={{ Input: { component: DateTextInput, props: { overrides: { Input: { props: { name: 'startDate', id: 'startDate' } } } } } }} />
              </FormControl>
              <FormControl label="Salary expectation">
                <Input id="salary" name="salary" type="number" startEnhancer="$" endEnhancer="/ year" value={v.salary} onChange={ev('salary')} />
              </FormControl>
              <div id="resume-field">
                <FormControl label="Resume">
                  <FileUploader accept={['application/pdf', '.pdf']} maxSize={10 * 1024 * 1024} maxFiles={1} multiple={false}
                    label="Drop your resume here" hint="PDF, up to 10 MB" fileRows={resumeRows}
                    setFileRows={(rows) => {
                      setResumeRows(rows);
                      const ok = rows.find((r) => !r.errorMessage);
                      set('resume')(ok ? ok.file.name : null);
                    }} />
                </FormControl>
              </div>

              <HeadingXSmall>About this role</HeadingXSmall>
              {posting.questions.map((q) => <Question key={q.key} q={q} value={v[q.key]} onChange={set(q.key)} />)}
              <div id="f-heard">
                <FormControl label="How did you hear about Ferrolane careers?">
                  <Select options={HEARD} value={HEARD.filter((o) => v.heard.includes(o.id))} onChange={(p) => set('heard')(ids(p.value))} searchable={false} placeholder="Select…" />
                </FormControl>
              </div>
              <FormControl label="Referred by a Ferrolane employee? Their work email" caption="Leave blank if not referred">
                <Input id="referrerEmail" name="referrerEmail" type="email" value={v.referrerEmail} onChange={ev('referrerEmail')} />
              </FormControl>

              <HeadingXSmall>Voluntary self-identification</HeadingXSmall>
              <div id="f-veteran">
                <FormControl label="Protected veteran status">
                  <Select options={VETERAN} value={VETERAN.filter((o) => v.veteran.includes(o.id))} onChange={(p) => set('veteran')(ids(p.value))} searchable={false} placeholder="Select…" />
                </FormControl>
              </div>
              <FormControl label="Application updates">
                <Switch name="smsUpdates" checked={v.smsUpdates} onChange={(e) => set('smsUpdates')(e.currentTarget.checked)}>Send me SMS updates about this application</Switch>
              </FormControl>
              <Button type="submit" id="submit-application">Submit application</Button>
            </form>
          )}
        </main>
        <aside id="recruiter-chat">
          <form onSubmit={(e) => e.preventDefault()}>
            <HeadingXSmall>Questions? Chat with a recruiter</HeadingXSmall>
            <FormControl label="Your email">
              <Input id="chatEmail" name="chatEmail" size={SIZE.compact} value={v.chatEmail} onChange={ev('chatEmail')} />
            </FormControl>
            <FormControl label="Message">
              <Textarea id="chatMessage" name="chatMessage" size={SIZE.compact} value={v.chatMessage} onChange={ev('chatMessage')} />
            </FormControl>
            <Button size={SIZE.compact} type="submit">Send</Button>
          </form>
        </aside>
        <pre id="model">{JSON.stringify(model, null, 2)}</pre>
      </BaseProvider>
    </StyletronProvider>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
