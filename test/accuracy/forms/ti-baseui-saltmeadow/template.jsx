/**
 * Saltmeadow (a grocery-delivery marketplace) application template on Base Web (`baseui` v18,
 * Styletron). Its choice controls are Base Web's own widgets: PhoneInput (country Select with flag
 * and dial code before the national number), an async location Select that asks a fake places
 * service after a pause and lists "City, ST, USA" results, a SegmentedControl for experience
 * ranges (role=listbox segments), TileGroups as radio cards for yes/no questions, a multi Select
 * of tags for tools, a Datepicker typed as MM/DD/YYYY, an Input with "$" and "USD per year"
 * enhancers that groups thousands as you type, a FileUploader, a toggle-style Checkbox for SMS
 * reminders and a consent Checkbox. Each posting brings its title and its own screening
 * questions. The form's state is mirrored into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Client as Styletron } from 'styletron-engine-monolithic';
import { Provider as StyletronProvider } from 'styletron-react';
import { BaseProvider, LightTheme } from 'baseui';
import { FormControl } from 'baseui/form-control';
import { Input } from 'baseui/input';
import { Select } from 'baseui/select';
import { PhoneInput, COUNTRIES } from 'baseui/phone-input';
import { SegmentedControl, Segment } from 'baseui/segmented-control';
import { Tile, TileGroup, TILE_KIND, TILE_GROUP_KIND } from 'baseui/tile';
import { Checkbox, STYLE_TYPE, LABEL_PLACEMENT } from 'baseui/checkbox';
import { Datepicker } from 'baseui/datepicker';
import { FileUploader } from 'baseui/file-uploader';
import { Textarea } from 'baseui/textarea';
import { Button } from 'baseui/button';
import { HeadingMedium, HeadingSmall, ParagraphSmall } from 'baseui/typography';

const engine = new Styletron();

// What the places service knows (a real one would be remote; this one answers after a delay).
const PLACES = [
  ['sf-ca', 'San Francisco, CA, USA'], ['ssf-ca', 'South San Francisco, CA, USA'], ['sfer-ca', 'San Fernando, CA, USA'],
  ['sj-ca', 'San Jose, CA, USA'], ['sm-ca', 'San Mateo, CA, USA'], ['oak-ca', 'Oakland, CA, USA'], ['sea-wa', 'Seattle, WA, USA'],
  ['pdx-or', 'Portland, OR, USA'], ['aus-tx', 'Austin, TX, USA'], ['nyc-ny', 'New York, NY, USA'], ['chi-il', 'Chicago, IL, USA'],
  ['den-co', 'Denver, CO, USA'], ['van-bc', 'Vancouver, BC, Canada'], ['tor-on', 'Toronto, ON, Canada'], ['lon-uk', 'London, England, UK'],
].map(([id, label]) => ({ id, label }));

function searchPlaces(query) {
  return new Promise((resolve) => {
    setTimeout(() => {
      const q = query.trim().toLowerCase();
      resolve(q.length < 2 ? [] : PLACES.filter((p) => p.label.toLowerCase().includes(q)).slice(0, 6));
    }, 350);
  });
}

const DEGREES = [['hs', 'High school / GED'], ['assoc', 'Associate'], ['ba', "Bachelor's"], ['ms', "Master's"], ['phd', 'PhD'], ['none', 'Prefer not to say']].map(([id, label]) => ({ id, label }));
const SOURCES = ['Saltmeadow careers site', 'LinkedIn', 'A Saltmeadow shopper or driver', 'Referral from an employee', 'Meetup or conference', 'Other'].map((label) => ({ id: label, label }));
const GENDERS = ['Woman', 'Man', 'Non-binary', 'I prefer to self-describe', "I don't wish to answer"].map((label) => ({ id: label, label }));

function groupThousands(raw) {
  const digits = raw.replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '');
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function iso(date) {
  if (!date || Number.isNaN(date.getTime())) return null;
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// React 19 has no findDOMNode, which Base Web's MaskedInput needs: the Datepicker gets the plain Input.
function PlainDateInput({ mask, maskChar, ...rest }) {
  return <Input {...rest} />;
}

function AsyncPlaceSelect({ id, value, onChange }) {
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const onInputChange = (event) => {
    const query = event.target.value;
    const ticket = ++latest.current;
    setLoading(true);
    searchPlaces(query).then((found) => {
      if (ticket !== latest.current) return;
      setOptions(found);
      setLoading(false);
    });
  };
  return (
    <Select
      id={id}
      options={options}
      value={value}
      isLoading={loading}
      filterOptions={(opts) => opts}
      onInputChange={onInputChange}
      onChange={({ value: next }) => onChange(next)}
      placeholder="Start typing your city"
      noResultsMsg="Type at least two letters of your city"
      clearable
    />
  );
}

function Question({ q, value, set }) {
  if (q.type === 'segments') {
    return (
      <FormControl label={q.label} caption={q.caption}>
        <div id={`f-${q.key}`}>
          <SegmentedControl activeKey={value ?? undefined} onChange={({ activeKey }) => set(String(activeKey))} width="100%">
            {q.options.map(([key, label]) => <Segment key={key} label={label} />)}
          </SegmentedControl>
        </div>
      </FormControl>
    );
  }
  if (q.type === 'tiles') {
    const index = q.options.findIndex(([key]) => key === value);
    return (
      <FormControl label={q.label} caption={q.caption}>
        <div id={`f-${q.key}`}>
          <TileGroup kind={TILE_GROUP_KIND.singleSelect} ariaLabel={q.label} selected={index} onClick={(_e, i) => set(q.options[i][0])}>
            {q.options.map(([key, label, body]) => (
              <Tile key={key} tileKind={TILE_KIND.selection} label={label} overrides={{ Label: { props: { 'data-tile-label': key } } }}>{body}</Tile>
            ))}
          </TileGroup>
        </div>
      </FormControl>
    );
  }
  if (q.type === 'select') {
    const opts = q.options.map(([key, label]) => ({ id: key, label }));
    return (
      <FormControl label={q.label} caption={q.caption}>
        <div id={`f-${q.key}`}>
          <Select id={`sel-${q.key}`} options={opts} value={opts.filter((o) => o.id === value)} searchable={false} clearable={false}
            placeholder="Choose one" onChange={({ value: next }) => set(next[0]?.id ?? null)} />
        </div>
      </FormControl>
    );
  }
  if (q.type === 'tags') {
    const opts = q.options.map((label) => ({ id: label, label }));
    return (
      <FormControl label={q.label} caption={q.caption}>
        <div id={`f-${q.key}`}>
          <Select id={`sel-${q.key}`} multi options={opts} value={opts.filter((o) => (value ?? []).includes(o.id))}
            placeholder="Add tools" onChange={({ value: next }) => set(next.map((o) => o.id))} />
        </div>
      </FormControl>
    );
  }
  return (
    <FormControl label={q.label} caption={q.caption}>
      <Textarea id={`q-${q.key}`} name={q.key} value={value ?? ''} onChange={(e) => set(e.target.value)} />
    </FormControl>
  );
}

function Application({ posting }) {
  const [form, setForm] = useState(() => ({
    firstName: '', lastName: '', email: '',
    phone: { country: 'US', dialCode: '+1', text: '' },
    location: [], employer: '', title: '', linkedin: '', github: '', school: '', degree: [],
    startDate: null, startDateText: '', salary: null, resume: null, coverLetter: '',
    smsReminders: false, source: [], gender: [], consent: false,
    answers: Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'tags' ? [] : null])),
  }));
  const [country, setCountry] = useState(COUNTRIES.US);
  const [salaryText, setSalaryText] = useState('');
  const [startValue, setStartValue] = useState(null);
  const [done, setDone] = useState(false);
  const [fileRows, setFileRows] = useState([]);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const setAnswer = (key) => (value) => setForm((f) => ({ ...f, answers: { ...f.answers, [key]: value } }));

  useEffect(() => {
    document.getElementById('model').textContent = JSON.stringify(
      { ...form, location: form.location.map((o) => o.id), degree: form.degree.map((o) => o.id), source: form.source.map((o) => o.id), gender: form.gender.map((o) => o.id) },
      null, 2,
    );
  }, [form]);

  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.lastName && form.email && form.resume && form.consent) setDone(true);
  };

  if (done) return <div id="sm-done"><HeadingSmall>Thanks, {form.firstName}! Your application for {posting.title} is in.</HeadingSmall></div>;

  return (
    <form id="sm-apply" onSubmit={submit} noValidate>
      <HeadingMedium>{posting.title}</HeadingMedium>
      <ParagraphSmall>{posting.where}</ParagraphSmall>
      <ParagraphSmall>{posting.blurb}</ParagraphSmall>

      <HeadingSmall>About you</HeadingSmall>
      <FormControl label="Legal first name"><Input id="first_name" name="first_name" value={form.firstName} onChange={(e) => set('firstName')(e.target.value)} /></FormControl>
      <FormControl label="Last name"><Input id="last_name" name="last_name" value={form.lastName} onChange={(e) => set('lastName')(e.target.value)} /></FormControl>
      <FormControl label="Email"><Input id="email" name="email" type="email" value={form.email} onChange={(e) => set('email')(e.target.value)} /></FormControl>
      <FormControl label="Mobile number" caption="We only text about interview times.">
        <div id="f-phone">
          <PhoneInput id="phone" name="phone" country={country} text={form.phone.text}
            onCountryChange={({ option }) => { setCountry(option); setForm((f) => ({ ...f, phone: { ...f.phone, country: option.id, dialCode: option.dialCode } })); }}
            onTextChange={(e) => { const text = e.target.value; setForm((f) => ({ ...f, phone: { ...f.phone, text } })); }} />
        </div>
      </FormControl>
      <FormControl label="Where are you based?" caption="Pick your city from the list.">
        <div id="f-location"><AsyncPlaceSelect id="location" value={form.location} onChange={set('location')} /></div>
      </FormControl>

      <HeadingSmall>Experience</HeadingSmall>
      <FormControl label="Current employer"><Input id="employer" name="employer" value={form.employer} onChange={(e) => set('employer')(e.target.value)} /></FormControl>
      <FormControl label="Current job title"><Input id="job_title" name="job_title" value={form.title} onChange={(e) => set('title')(e.target.value)} /></FormControl>
      <FormControl label="LinkedIn profile"><Input id="linkedin" name="linkedin" placeholder="https://linkedin.com/in/…" value={form.linkedin} onChange={(e) => set('linkedin')(e.target.value)} /></FormControl>
      <FormControl label="GitHub"><Input id="github" name="github" value={form.github} onChange={(e) => set('github')(e.target.value)} /></FormControl>
      <FormControl label="School"><Input id="school" name="school" value={form.school} onChange={(e) => set('school')(e.target.value)} /></FormControl>
      <FormControl label="Highest degree">
        <div id="f-degree"><Select id="degree" options={DEGREES} value={form.degree} searchable={false} clearable={false} placeholder="Select…" onChange={({ value }) => set('degree')(value)} /></div>
      </FormControl>

      {posting.questions.map((q) => <Question key={q.key} q={q} value={form.answers[q.key]} set={setAnswer(q.key)} />)}

      <HeadingSmall>Logistics</HeadingSmall>
      <FormControl label="Earliest start date" caption="MM/DD/YYYY">
        <div id="f-start">
          <Datepicker value={startValue}
            overrides={{ Input: { component: PlainDateInput, props: { overrides: { Input: { props: { id: 'start_date', name: 'start_date' } } } } } }} formatString="MM/dd/yyyy" mask={null} placeholder="MM/DD/YYYY"
            onChange={({ date }) => { const d = Array.isArray(date) ? date[0] : date; setStartValue(d ?? null); set('startDate')(iso(d)); }} />
        </div>
      </FormControl>
      <FormControl label="Desired base salary" caption="Annual, before tax">
        <Input id="salary" name="salary" inputMode="numeric" startEnhancer="$" endEnhancer="USD per year" value={salaryText}
          onChange={(e) => { const shown = groupThousands(e.target.value); setSalaryText(shown); set('salary')(shown ? Number(shown.replace(/,/g, '')) : null); }} />
      </FormControl>
      <FormControl label="Resume" caption="PDF or DOCX, up to 5 MB">
        <div id="f-resume">
          <FileUploader accept={['.pdf', '.doc', '.docx', 'application/pdf']} name="resume" maxFiles={1} fileRows={fileRows}
            hint="Drop your resume here or browse" processFileOnDrop={() => Promise.resolve({ errorMessage: null })}
            setFileRows={(rows) => { setFileRows(rows); set('resume')(rows[0]?.file?.name ?? null); }} />
          {form.resume && <ParagraphSmall id="resume-name">Attached: {form.resume}</ParagraphSmall>}
        </div>
      </FormControl>
      <FormControl label="Cover letter (optional)">
        <Textarea id="cover_letter" name="cover_letter" value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
      </FormControl>
      <FormControl label="How did you find us?">
        <div id="f-source"><Select id="source" options={SOURCES} value={form.source} searchable={false} placeholder="Select…" onChange={({ value }) => set('source')(value)} /></div>
      </FormControl>
      <FormControl label="Gender (voluntary)" caption="Used only for anonymised reporting; never shown to the hiring team.">
        <div id="f-gender"><Select id="gender" options={GENDERS} value={form.gender} searchable={false} placeholder="Select…" onChange={({ value }) => set('gender')(value)} /></div>
      </FormControl>
      <div id="f-sms">
        <Checkbox name="sms_reminders" checked={form.smsReminders} checkmarkType={STYLE_TYPE.toggle_round} labelPlacement={LABEL_PLACEMENT.right}
          onChange={(e) => set('smsReminders')(e.target.checked)}>Text me interview reminders</Checkbox>
      </div>
      <div id="f-consent" style={{ margin: '16px 0' }}>
        <Checkbox name="consent" checked={form.consent} onChange={(e) => set('consent')(e.target.checked)}>
          I agree to Saltmeadow's candidate privacy notice and confirm my answers are accurate.
        </Checkbox>
      </div>
      <Button id="sm-submit" type="submit">Submit application</Button>
    </form>
  );
}

export function renderApplication(posting) {
  document.title = `${posting.title} — Saltmeadow Careers`;
  createRoot(document.getElementById('root')).render(
    <StyletronProvider value={engine}>
      <BaseProvider theme={LightTheme}>
        <Application posting={posting} />
      </BaseProvider>
    </StyletronProvider>,
  );
}
