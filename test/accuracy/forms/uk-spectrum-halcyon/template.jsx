/**
 * The application template of Halcyon Maps (a geospatial software company) built on Adobe React
 * Spectrum v3 the way its docs compose a form: Provider + Form (labels above), TextFields with
 * description text, a phone box whose description shows the international format, a ComboBox of
 * countries by their official names (menuTrigger="focus", no custom values), a Picker of US states
 * written "California (CA)", NumberFields (years as an integer, salary formatted as US dollars), a
 * DatePicker for the start date, RadioGroups with sentence answers, a CheckboxGroup and a Switch to
 * leave alone, a FileTrigger behind an "Upload résumé" button (the input sits hidden beside it),
 * a TextArea for the cover letter, EEO Pickers and a consent Checkbox. A header SearchField and a
 * footer "Map your career" alert sign-up are on the page too. State is React state, mirrored into
 * <pre id="model">. Each posting brings its title and its own screening questions.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import {
  Button, Checkbox, CheckboxGroup, ComboBox, DatePicker, FileTrigger, Flex, Form, Heading, Item, NumberField, Picker,
  Provider, Radio, RadioGroup, SearchField, Switch, Text, TextArea, TextField, View, defaultTheme,
} from '@adobe/react-spectrum';

const COUNTRIES = countries.map((c) => c.name.official).sort((a, b) => a.localeCompare(b));
const STATES = [
  ['AK', 'Alaska'], ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['NV', 'Nevada'], ['NY', 'New York'], ['OR', 'Oregon'], ['TX', 'Texas'],
  ['UT', 'Utah'], ['WA', 'Washington'],
].map(([code, name]) => ({ id: code, name: `${name} (${code})` }));
const EDUCATION = [
  { id: 'hs', name: 'High school diploma / GED' },
  { id: 'assoc', name: 'Associate degree' },
  { id: 'ba', name: 'Bachelor’s (BA / BS)' },
  { id: 'ma', name: 'Master’s (MA / MS / MBA)' },
  { id: 'phd', name: 'PhD or other doctorate' },
];
const GENDER = ['Woman', 'Man', 'Non-binary', 'I prefer to self-describe', 'I decline to answer'];
const HEARD = ['LinkedIn', 'Built In', 'Conference or meetup', 'A Halcyon employee', 'Halcyon blog', 'Other'];

function Question({ q, value, onChange }) {
  if (q.type === 'radio') {
    return (
      <RadioGroup label={q.label} name={q.key} value={value} onChange={onChange} isRequired={q.required}>
        {q.options.map(([v, text]) => <Radio key={v} value={v}>{text}</Radio>)}
      </RadioGroup>
    );
  }
  if (q.type === 'picker') {
    return (
      <div id={`f-${q.key}`}>
        <Picker label={q.label} name={q.key} width="size-4600" items={q.options.map(([id, name]) => ({ id, name }))} selectedKey={value} onSelectionChange={onChange} placeholder="Choose one">
          {(item) => <Item key={item.id}>{item.name}</Item>}
        </Picker>
      </div>
    );
  }
  if (q.type === 'checks') {
    return (
      <CheckboxGroup label={q.label} name={q.key} value={value} onChange={onChange}>
        {q.options.map(([v, text]) => <Checkbox key={v} value={v}>{text}</Checkbox>)}
      </CheckboxGroup>
    );
  }
  if (q.type === 'textarea') return <TextArea label={q.label} name={q.key} value={value} onChange={onChange} width="100%" description={q.description} />;
  return <TextField label={q.label} name={q.key} value={value} onChange={onChange} width="size-4600" description={q.description} />;
}

function App({ posting }) {
  const initial = {
    givenName: '', familyName: '', email: '', phone: '', city: '', state: null, country: null,
    linkedin: '', employer: '', jobTitle: '', years: null, salary: null, startDate: null, education: null,
    authorized: '', sponsorship: '', resume: '', coverLetter: '', relocate: false, heard: null, gender: null,
    consent: false, alertEmail: '', search: '',
  };
  for (const q of posting.questions) initial[q.key] = q.type === 'checks' ? [] : q.type === 'picker' ? null : '';
  const [v, setV] = useState(initial);
  const [done, setDone] = useState(false);
  const set = (k) => (value) => setV((o) => ({ ...o, [k]: value }));
  const model = { ...v, startDate: v.startDate ? v.startDate.toString() : null, salary: Number.isNaN(v.salary) ? null : v.salary, years: Number.isNaN(v.years) ? null : v.years };

  return (
    <Provider theme={defaultTheme} colorScheme="light" locale="en-US">
      <View padding="size-300" maxWidth="760px" marginX="auto">
        <Flex justifyContent="space-between" alignItems="center" marginBottom="size-200">
          <Heading level={3}>Halcyon Maps · Careers</Heading>
          <SearchField aria-label="Search open roles" placeholder="Search open roles" name="q" value={v.search} onChange={set('search')} />
        </Flex>
        <Heading level={1}>{posting.title}</Heading>
        <Text>{posting.where} · {posting.team}</Text>
        {done ? (
          <View id="submitted" marginTop="size-300"><Heading level={2}>Thanks — your application is in.</Heading></View>
        ) : (
          <Form id="halcyon-apply" aria-label="Apply for this role" validationBehavior="aria" onSubmit={(e) => { e.preventDefault(); setDone(true); }}>
            <Heading level={2}>About you</Heading>
            <Flex gap="size-200" wrap>
              <TextField label="Given name" name="givenName" autoComplete="off" value={v.givenName} onChange={set('givenName')} isRequired />
              <TextField label="Family name" name="familyName" autoComplete="off" value={v.familyName} onChange={set('familyName')} isRequired />
            </Flex>
            <TextField label="Email address" name="email" type="email" width="size-4600" value={v.email} onChange={set('email')} isRequired />
            <TextField label="Phone" name="phone" type="tel" width="size-4600" value={v.phone} onChange={set('phone')} description="International format, e.g. +44 20 7946 0958" />
            <Flex gap="size-200" wrap>
              <TextField label="City" name="city" value={v.city} onChange={set('city')} />
              <div id="f-state">
                <Picker label="State" name="state" items={STATES} selectedKey={v.state} onSelectionChange={set('state')} placeholder="Select a state">
                  {(item) => <Item key={item.id}>{item.name}</Item>}
                </Picker>
              </div>
            </Flex>
            <div id="f-country">
              <ComboBox label="Country of residence" name="country" width="size-4600" defaultItems={COUNTRIES.map((name) => ({ name }))} selectedKey={v.country} onSelectionChange={set('country')} menuTrigger="focus">
                {(item) => <Item key={item.name}>{item.name}</Item>}
              </ComboBox>
            </div>

            <Heading level={2}>Experience</Heading>
            <TextField label="LinkedIn URL" name="linkedin" width="size-4600" value={v.linkedin} onChange={set('linkedin')} />
            <Flex gap="size-200" wrap>
              <TextField label="Where do you work now?" name="employer" value={v.employer} onChange={set('employer')} description="Company name" />
              <TextField label="Your role there" name="jobTitle" value={v.jobTitle} onChange={set('jobTitle')} />
            </Flex>
            <NumberField label="Years of professional experience" name="years" minValue={0} maxValue={50} value={v.years} onChange={set('years')} width="size-2400" />
            <div id="f-education">
              <Picker label="Highest completed education" name="education" items={EDUCATION} selectedKey={v.education} onSelectionChange={set('education')} placeholder="Choose one">
                {(item) => <Item key={item.id}>{item.name}</Item>}
              </Picker>
            </div>

            <Heading level={2}>Logistics</Heading>
            <RadioGroup label="Can you legally work in the United States for any employer?" name="authorized" value={v.authorized} onChange={set('authorized')} isRequired>
              <Radio value="yes">Yes, I can</Radio>
              <Radio value="no">No, I cannot</Radio>
            </RadioGroup>
            <RadioGroup label="Will Halcyon need to file a visa petition for you, now or in the future?" name="sponsorship" value={v.sponsorship} onChange={set('sponsorship')} isRequired>
              <Radio value="yes">Yes — I will need Halcyon to sponsor me</Radio>
              <Radio value="no">No — I won’t need sponsorship</Radio>
            </RadioGroup>
            <NumberField label="Target base salary" name="salary" minValue={0} value={v.salary} onChange={set('salary')} width="size-2400"
              formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} description="Annual, in US dollars" />
            <DatePicker label="When could you start?" name="startDate" value={v.startDate} onChange={set('startDate')} />
            <Switch name="relocate" isSelected={v.relocate} onChange={set('relocate')}>I’d relocate to {posting.office} for this role</Switch>

            <Heading level={2}>Documents</Heading>
            <div id="resume-field">
              <Text>Résumé (PDF or DOCX)</Text>
              <Flex gap="size-100" alignItems="center">
                <FileTrigger acceptedFileTypes={['.pdf', '.docx']} onSelect={(files) => set('resume')(files && files.length ? files[0].name : '')}>
                  <Button variant="secondary">Upload résumé</Button>
                </FileTrigger>
                <Text>{v.resume || 'No file chosen'}</Text>
              </Flex>
            </div>
            <TextArea label="Cover letter" name="coverLetter" width="100%" value={v.coverLetter} onChange={set('coverLetter')} description="Paste it here — optional, but we read every one." />

            <Heading level={2}>A few questions from the team</Heading>
            {posting.questions.map((q) => <Question key={q.key} q={q} value={v[q.key]} onChange={set(q.key)} />)}
            <div id="f-heard">
              <Picker label="How did you first hear about Halcyon?" name="heard" items={HEARD.map((name) => ({ name }))} selectedKey={v.heard} onSelectionChange={set('heard')} placeholder="Choose one">
                {(item) => <Item key={item.name}>{item.name}</Item>}
              </Picker>
            </div>

            <Heading level={2}>Voluntary self-identification</Heading>
            <Text>Answering is optional and never seen by the hiring team.</Text>
            <div id="f-gender">
              <Picker label="Gender identity" name="gender" items={GENDER.map((name) => ({ name }))} selectedKey={v.gender} onSelectionChange={set('gender')} placeholder="Choose one">
                {(item) => <Item key={item.name}>{item.name}</Item>}
              </Picker>
            </div>
            <Checkbox name="consent" isSelected={v.consent} onChange={set('consent')}>I agree that Halcyon Maps may store my application for 24 months.</Checkbox>
            <Button type="submit" variant="accent" id="submit-application">Submit application</Button>
          </Form>
        )}
        <View marginTop="size-400" padding="size-200" borderWidth="thin" borderColor="gray-300" borderRadius="medium">
          <form id="alerts" onSubmit={(e) => e.preventDefault()}>
            <Heading level={4}>Map your career</Heading>
            <Flex gap="size-100" alignItems="end">
              <TextField label="Get new Halcyon roles by email" name="alertEmail" type="email" value={v.alertEmail} onChange={set('alertEmail')} />
              <Button type="submit" variant="secondary">Subscribe</Button>
            </Flex>
          </form>
        </View>
        <pre id="model">{JSON.stringify(model, null, 2)}</pre>
      </View>
    </Provider>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
