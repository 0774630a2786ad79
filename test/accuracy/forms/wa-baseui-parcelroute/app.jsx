import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Client as Styletron } from 'styletron-engine-monolithic';
import { Provider as StyletronProvider } from 'styletron-react';
import { LightTheme, BaseProvider } from 'baseui';
import { FormControl } from 'baseui/form-control';
import { Input } from 'baseui/input';
import { PhoneInput, COUNTRIES } from 'baseui/phone-input';
import { Select } from 'baseui/select';
import { FileUploaderBasic } from 'baseui/file-uploader-basic';
import { Checkbox, STYLE_TYPE, LABEL_PLACEMENT } from 'baseui/checkbox';
import { RadioGroup, Radio, ALIGN } from 'baseui/radio';
import { Textarea } from 'baseui/textarea';
import { Button } from 'baseui/button';
import { ButtonGroup, MODE } from 'baseui/button-group';
import { HeadingLarge, HeadingSmall, ParagraphSmall } from 'baseui/typography';
import countries from 'world-countries';

const engine = new Styletron();
const COUNTRY_OPTIONS = countries.map((c) => ({ id: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const SCHOOLS = ['Arizona State University', 'Carnegie Mellon University', 'Georgia Institute of Technology', 'Massachusetts Institute of Technology',
  'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
  'University of California, San Diego', 'University of Michigan', 'University of Texas at Austin', 'University of Washington', 'Other']
  .map((s) => ({ id: s, label: s }));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((m) => ({ id: m, label: m }));
const YEARS = Array.from({ length: 40 }, (_, i) => String(2030 - i)).map((y) => ({ id: y, label: y }));
const SKILLS = ['Airflow', 'BigQuery', 'Flink', 'Go', 'Hive', 'Kafka', 'Presto', 'Python', 'Spark', 'SQL'].map((s) => ({ id: s, label: s }));
const SOURCES = ['ParcelRoute careers site', 'LinkedIn', 'Referral', 'Recruiter outreach', 'Event', 'Other'].map((s) => ({ id: s, label: s }));
const BUCKETS = ['0–2', '3–5', '6–9', '10+'];

function Apply() {
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', phoneCountry: 'US', phone: '', location: '', country: [], linkedin: '',
    years: -1, authorized: '', sponsorship: false, salary: '', startDate: '', school: [], gradMonth: [], gradYear: [],
    skills: [], resume: '', coverLetter: '', source: [], consent: false,
  });
  const [referEmail, setReferEmail] = useState('');
  const [referName, setReferName] = useState('');
  const [sent, setSent] = useState(false);
  const set = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
  const ev = (k) => (e) => set(k)(e.target.value);
  const sel = (k) => ({ value: f[k], onChange: (p) => set(k)(p.value) });

  return (
    <StyletronProvider value={engine}>
      <BaseProvider theme={LightTheme}>
        <div className="pr-top"><strong>ParcelRoute</strong><span>Careers · Teams · Locations</span></div>
        <main className="pr-main">
          <HeadingLarge marginTop="0">Senior Data Engineer, Marketplace</HeadingLarge>
          <ParagraphSmall>San Francisco, CA · Engineering</ParagraphSmall>
          {sent ? (
            <HeadingSmall id="application-sent">Thanks, your application is in.</HeadingSmall>
          ) : (
            <form id="pr-apply" noValidate onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
              <FormControl label="First name">
                <Input id="firstName" name="firstName" value={f.firstName} onChange={ev('firstName')} />
              </FormControl>
              <FormControl label="Last name">
                <Input id="lastName" name="lastName" value={f.lastName} onChange={ev('lastName')} />
              </FormControl>
              <FormControl label="Email">
                <Input id="email" name="email" type="email" value={f.email} onChange={ev('email')} />
              </FormControl>
              <FormControl label="Mobile number" caption="We'll text you interview updates">
                <PhoneInput
                  id="phone"
                  name="phone"
                  country={COUNTRIES[f.phoneCountry]}
                  onCountryChange={({ option }) => set('phoneCountry')(option.id)}
                  text={f.phone}
                  onTextChange={ev('phone')}
                />
              </FormControl>
              <FormControl label="Current location" caption="City, State">
                <Input id="location" name="location" value={f.location} onChange={ev('location')} />
              </FormControl>
              <FormControl label="Country of residence">
                <Select id="country" options={COUNTRY_OPTIONS} placeholder="Select country" clearable={false} {...sel('country')} />
              </FormControl>
              <FormControl label="LinkedIn profile">
                <Input id="linkedin" name="linkedin" startEnhancer="linkedin.com/in/" placeholder="your-handle" value={f.linkedin} onChange={ev('linkedin')} />
              </FormControl>
              <FormControl label="Years of industry experience">
                <ButtonGroup
                  mode={MODE.radio}
                  selected={f.years}
                  onClick={(_e, index) => set('years')(index)}
                  overrides={{ Root: { props: { id: 'years' } } }}
                >
                  {BUCKETS.map((b) => <Button key={b} type="button">{b}</Button>)}
                </ButtonGroup>
              </FormControl>
              <FormControl label="Are you legally authorized to work in the United States?">
                <RadioGroup name="authorized" align={ALIGN.horizontal} value={f.authorized} onChange={ev('authorized')}>
                  <Radio value="yes">Yes</Radio>
                  <Radio value="no">No</Radio>
                </RadioGroup>
              </FormControl>
              <FormControl label="Sponsorship">
                <Checkbox
                  name="sponsorship"
                  checked={f.sponsorship}
                  checkmarkType={STYLE_TYPE.toggle_round}
                  labelPlacement={LABEL_PLACEMENT.right}
                  onChange={(e) => set('sponsorship')(e.target.checked)}
                >
                  I will now or in the future require visa sponsorship
                </Checkbox>
              </FormControl>
              <FormControl label="Base salary expectation">
                <Input id="salary" name="salary" type="number" startEnhancer="$" endEnhancer="USD / year" value={f.salary} onChange={ev('salary')} />
              </FormControl>
              <FormControl label="Earliest start date">
                <Input id="startDate" name="startDate" placeholder="MM/DD/YYYY" value={f.startDate} onChange={ev('startDate')} />
              </FormControl>
              <FormControl label="School">
                <Select id="school" options={SCHOOLS} placeholder="Search schools" {...sel('school')} />
              </FormControl>
              <FormControl label="Graduation month">
                <Select id="gradMonth" options={MONTHS} placeholder="Month" searchable={false} {...sel('gradMonth')} />
              </FormControl>
              <FormControl label="Graduation year">
                <Select id="gradYear" options={YEARS} placeholder="Year" {...sel('gradYear')} />
              </FormControl>
              <FormControl label="Skills" caption="Pick up to five">
                <Select id="skills" multi options={SKILLS} placeholder="Add skills" {...sel('skills')} />
              </FormControl>
              <FormControl label="Resume" caption={f.resume ? `Attached: ${f.resume}` : 'PDF up to 10 MB'}>
                <div id="resume-uploader">
                  <FileUploaderBasic accept=".pdf" onDrop={(accepted) => set('resume')(accepted[0]?.name ?? '')} />
                </div>
              </FormControl>
              <FormControl label="Cover letter" caption="Optional">
                <Textarea id="coverLetter" name="coverLetter" value={f.coverLetter} onChange={ev('coverLetter')} />
              </FormControl>
              <FormControl label="How did you hear about ParcelRoute?">
                <Select id="source" options={SOURCES} placeholder="Select" searchable={false} {...sel('source')} />
              </FormControl>
              <Checkbox name="consent" checked={f.consent} onChange={(e) => set('consent')(e.target.checked)}>
                I agree to the ParcelRoute Candidate Privacy Notice
              </Checkbox>
              <div style={{ marginTop: 20 }}><Button type="submit" id="pr-submit">Submit application</Button></div>
            </form>
          )}
        </main>
        <section className="pr-refer">
          <HeadingSmall marginTop="0">Know someone great? Refer a friend</HeadingSmall>
          <FormControl label="Friend's name"><Input id="referName" name="referName" value={referName} onChange={(e) => setReferName(e.target.value)} /></FormControl>
          <FormControl label="Friend's email"><Input id="referEmail" name="referEmail" value={referEmail} onChange={(e) => setReferEmail(e.target.value)} /></FormControl>
          <Button kind="secondary" type="button">Send referral</Button>
        </section>
        <pre id="model">{JSON.stringify({ ...f, referName, referEmail })}</pre>
      </BaseProvider>
    </StyletronProvider>
  );
}

createRoot(document.getElementById('root')).render(<Apply />);
