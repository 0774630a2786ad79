/**
 * The careers page of a school-bus routing software company, built with Zendesk Garden v9 as its
 * storybook composes forms, state in plain useState: Field / Field.Label / Field.Hint around
 * Inputs, a MediaInput phone with a fixed "+1" start, an autocomplete Combobox country whose
 * options sit in two OptGroups ("Suggested": United States, Canada, Mexico; "All countries"),
 * a non-editable Combobox state (50 states, then "U.S. territories" and "Outside the U.S."),
 * native Garden Selects for years ("7–9 years") and education, a single statement Checkbox for
 * work authorization, Radios for sponsorship, an Input with a MM/DD/YYYY placeholder, salary
 * Input + pay-basis Select, a FileUpload built with react-dropzone plus a FileList, Textareas,
 * Tiles for a work-location preference, a multiselectable Combobox of tools, a Toggle and a
 * consent Checkbox; header job search and a footer newsletter. State goes into <pre id="model">.
 * One template for every posting (`mountPosting`): title, years buckets, sponsorship wording and
 * the posting's own questions (`answers.<id>`) come from the posting.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useDropzone } from 'react-dropzone';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { Button } from '@zendeskgarden/react-buttons';
import { Combobox, Field as DField, OptGroup, Option } from '@zendeskgarden/react-dropdowns';
import { Checkbox, Field, Fieldset, FileList, FileUpload, Input, MediaInput, Radio, Select, Textarea, Tiles, Toggle } from '@zendeskgarden/react-forms';
import worldCountries from 'world-countries';

const SUGGESTED = ['United States', 'Canada', 'Mexico'];
const ALL_COUNTRIES = worldCountries.map((c) => c.name.common).filter((n) => !SUGGESTED.includes(n)).sort((a, b) => a.localeCompare(b));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const TERRITORIES = ['American Samoa', 'Guam', 'Northern Mariana Islands', 'Puerto Rico', 'U.S. Virgin Islands'];
const TOOLS = ['PostGIS', 'OSRM', 'Valhalla', 'Python', 'dbt', 'Snowflake', 'BigQuery', 'Airflow', 'Dagster', 'Kafka', 'Looker'];

function Apply({ posting }) {
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', phone: '', country: null, city: '', state: null, employer: '', title: '', years: '',
    education: '', school: '', linkedin: '', authorized: false, sponsorship: '', startDate: '', salary: '', payBasis: '', resume: '',
    coverLetter: '', answers: Object.fromEntries(posting.questions.map((q) => [q.id, ''])), workFrom: '', tools: [], shareProfile: false, consent: false,
  });
  const [countryInput, setCountryInput] = useState('');
  const [extra, setExtra] = useState({ search: '', newsletter: '' });
  const [done, setDone] = useState(false);
  const set = (key) => (e) => { const { value } = e.target; setF((s) => ({ ...s, [key]: value })); };
  const setAnswer = (id) => (e) => { const { value } = e.target; setF((s) => ({ ...s, answers: { ...s.answers, [id]: value } })); };
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    accept: { 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] },
    multiple: false,
    onDrop: (accepted) => accepted[0] && setF((s) => ({ ...s, resume: accepted[0].name })),
  });
  const typed = countryInput.toLowerCase();
  const match = (name) => !typed || name.toLowerCase().includes(typed);
  const submit = (e) => {
    e.preventDefault();
    if (!f.consent) { alert('Please accept the applicant privacy notice.'); return; }
    setDone(true);
  };
  return (
    <>
      <header className="yl-header">
        <span className="yl-logo">Yellowline</span>
        <nav><a href="#">Product</a><a href="#">Districts</a><a href="#">Careers</a></nav>
        <div className="yl-search">
          <Field><Field.Label hidden>Search jobs</Field.Label><Input isCompact name="job_search" placeholder="Search jobs" value={extra.search} onChange={(e) => { const v = e.target.value; setExtra((x) => ({ ...x, search: v })); }} /></Field>
        </div>
      </header>
      <main className="yl-main">
        <p className="yl-meta">{posting.meta}</p>
        <h1>{posting.title}</h1>
        {posting.blurb.map((p) => <p key={p}>{p}</p>)}
        {done ? (
          <section id="yl-thanks"><h2>Thanks — your application is in.</h2><p>You will hear from a recruiter within ten working days.</p></section>
        ) : (
          <form id="yl-form" onSubmit={submit} noValidate>
            <h2>Apply now</h2>
            <div className="yl-grid">
              <Field><Field.Label>First name</Field.Label><Input name="fname" value={f.firstName} onChange={set('firstName')} isBare={false} /></Field>
              <Field><Field.Label>Last name</Field.Label><Input name="lname" value={f.lastName} onChange={set('lastName')} /></Field>
            </div>
            <Field><Field.Label>Email</Field.Label><Input name="email" type="email" value={f.email} onChange={set('email')} /></Field>
            <Field>
              <Field.Label>Phone</Field.Label>
              <Field.Hint>US numbers only</Field.Hint>
              <MediaInput name="phone" type="tel" start={<span className="yl-plus">+1</span>} value={f.phone} onChange={set('phone')} />
            </Field>
            <DField>
              <DField.Label>Country</DField.Label>
              <Combobox
                id="country-combobox"
                isAutocomplete
                inputValue={countryInput}
                selectionValue={f.country}
                placeholder="Start typing"
                onChange={(changes) => {
                  if (changes.inputValue !== undefined) setCountryInput(changes.inputValue);
                  if (changes.selectionValue !== undefined) setF((s) => ({ ...s, country: changes.selectionValue }));
                }}
              >
                <OptGroup legend="Suggested">
                  {SUGGESTED.filter(match).map((c) => <Option key={`s-${c}`} value={c} />)}
                </OptGroup>
                <OptGroup legend="All countries">
                  {ALL_COUNTRIES.filter(match).slice(0, 60).map((c) => <Option key={`a-${c}`} value={c} />)}
                </OptGroup>
              </Combobox>
            </DField>
            <div className="yl-grid">
              <Field><Field.Label>City</Field.Label><Input name="city" value={f.city} onChange={set('city')} /></Field>
              <DField>
                <DField.Label>State</DField.Label>
                <Combobox
                  id="state-combobox"
                  isEditable={false}
                  selectionValue={f.state}
                  placeholder="Select a state"
                  onChange={(changes) => changes.selectionValue !== undefined && setF((s) => ({ ...s, state: changes.selectionValue }))}
                >
                  {STATES.map((st) => <Option key={st} value={st} />)}
                  <OptGroup legend="U.S. territories">{TERRITORIES.map((t) => <Option key={t} value={t} />)}</OptGroup>
                  <Option value="Outside the U.S." />
                </Combobox>
              </DField>
            </div>
            <h3>Experience</h3>
            <Field><Field.Label>Current or most recent employer</Field.Label><Input name="employer" value={f.employer} onChange={set('employer')} /></Field>
            <Field><Field.Label>Job title</Field.Label><Input name="job_title" value={f.title} onChange={set('title')} /></Field>
            <Field>
              <Field.Label>{posting.yearsLabel}</Field.Label>
              <Select name="experience" value={f.years} onChange={set('years')}>
                <option value="">Choose…</option>
                {posting.years.map((y) => <option key={y}>{y}</option>)}
              </Select>
            </Field>
            <Field>
              <Field.Label>Education</Field.Label>
              <Select name="education" value={f.education} onChange={set('education')}>
                <option value="">Choose…</option>
                <option value="hs">High school or equivalent</option><option value="some">Some college</option><option value="aa">Associate degree</option>
                <option value="ba">Bachelor’s degree</option><option value="ma">Master’s degree</option><option value="phd">Doctoral degree</option>
              </Select>
            </Field>
            <Field><Field.Label>School</Field.Label><Field.Hint>Where you earned your highest degree</Field.Hint><Input name="school" value={f.school} onChange={set('school')} /></Field>
            <Field><Field.Label>LinkedIn URL</Field.Label><Input name="linkedin_url" type="url" value={f.linkedin} onChange={set('linkedin')} /></Field>
            <h3>Eligibility</h3>
            <Field>
              <Checkbox name="work_authorized" checked={f.authorized} onChange={(e) => { const c = e.target.checked; setF((s) => ({ ...s, authorized: c })); }}>
                <Field.Label>I am legally authorized to work in the United States</Field.Label>
              </Checkbox>
            </Field>
            <Fieldset>
              <Fieldset.Legend>{posting.sponsorLegend}</Fieldset.Legend>
              {['Yes', 'No'].map((o) => (
                <Field key={o}><Radio name="needs_sponsorship" value={o} checked={f.sponsorship === o} onChange={set('sponsorship')}><Field.Label>{o}</Field.Label></Radio></Field>
              ))}
            </Fieldset>
            <Field><Field.Label>Earliest start date</Field.Label><Input name="start" placeholder="MM/DD/YYYY" value={f.startDate} onChange={set('startDate')} /></Field>
            <div className="yl-grid">
              <Field><Field.Label>Desired compensation</Field.Label><Input name="compensation" inputMode="numeric" value={f.salary} onChange={set('salary')} /></Field>
              <Field>
                <Field.Label>Pay basis</Field.Label>
                <Select name="pay_basis" value={f.payBasis} onChange={set('payBasis')}>
                  <option value="">Choose…</option><option value="hourly">Hourly</option><option value="annual">Annual salary</option>
                </Select>
              </Field>
            </div>
            <h3>Resume and cover letter</h3>
            <Field>
              <Field.Label>Resume</Field.Label>
              <Field.Hint>PDF or Word, up to 5 MB</Field.Hint>
              <FileUpload {...getRootProps()} isDragging={isDragActive}>
                {isDragActive ? <span>Drop the file here</span> : <span>Choose a file or drag and drop here</span>}
                <Input {...getInputProps()} name="resume" />
              </FileUpload>
              {f.resume ? (
                <FileList><FileList.Item><span className="yl-file">{f.resume}</span></FileList.Item></FileList>
              ) : null}
            </Field>
            <Field><Field.Label>Cover letter</Field.Label><Field.Hint>Optional</Field.Hint><Textarea name="cover_letter" minRows={5} value={f.coverLetter} onChange={set('coverLetter')} /></Field>
            {posting.questions.map((q) => (q.kind === 'text' ? (
              <Field key={q.id}><Field.Label>{q.label}</Field.Label><Textarea name={q.id} minRows={3} value={f.answers[q.id]} onChange={setAnswer(q.id)} /></Field>
            ) : (
              <Fieldset key={q.id}>
                <Fieldset.Legend>{q.label}</Fieldset.Legend>
                {q.options.map((o) => (
                  <Field key={o}><Radio name={q.id} value={o} checked={f.answers[q.id] === o} onChange={setAnswer(q.id)}><Field.Label>{o}</Field.Label></Radio></Field>
                ))}
              </Fieldset>
            )))}
            <Fieldset>
              <Fieldset.Legend>Where would you work from?</Fieldset.Legend>
              <Tiles name="work_from" value={f.workFrom} onChange={set('workFrom')} isCentered={false}>
                <div className="yl-tiles">
                  <Tiles.Tile value="denver"><Tiles.Label>Denver office</Tiles.Label><Tiles.Description>LoDo, 3 days a week</Tiles.Description></Tiles.Tile>
                  <Tiles.Tile value="remote"><Tiles.Label>Remote</Tiles.Label><Tiles.Description>Anywhere in the US</Tiles.Description></Tiles.Tile>
                  <Tiles.Tile value="relocate"><Tiles.Label>Relocating</Tiles.Label><Tiles.Description>With our relocation package</Tiles.Description></Tiles.Tile>
                </div>
              </Tiles>
            </Fieldset>
            <DField>
              <DField.Label>Tools you have used in production</DField.Label>
              <DField.Hint>Pick any that apply</DField.Hint>
              <Combobox
                id="tools-combobox"
                isMultiselectable
                isEditable={false}
                selectionValue={f.tools}
                placeholder="Select tools"
                onChange={(changes) => changes.selectionValue !== undefined && setF((s) => ({ ...s, tools: changes.selectionValue }))}
              >
                {TOOLS.map((t) => <Option key={t} value={t} />)}
              </Combobox>
            </DField>
            <Field>
              <Toggle name="share_profile" checked={f.shareProfile} onChange={(e) => { const c = e.target.checked; setF((s) => ({ ...s, shareProfile: c })); }}>
                <Field.Label>Share my profile with Yellowline’s district partners who are hiring</Field.Label>
              </Toggle>
            </Field>
            <Field>
              <Checkbox name="privacy_consent" checked={f.consent} onChange={(e) => { const c = e.target.checked; setF((s) => ({ ...s, consent: c })); }}>
                <Field.Label>I agree to the applicant privacy notice</Field.Label>
              </Checkbox>
            </Field>
            <Button type="submit" isPrimary id="yl-submit">Submit application</Button>
          </form>
        )}
        <pre id="model">{JSON.stringify({ ...f, search: extra.search, newsletter: extra.newsletter }, null, 1)}</pre>
      </main>
      <footer className="yl-footer">
        <Field>
          <Field.Label>The Yellowline bulletin — product news for districts, monthly</Field.Label>
          <Input name="bulletin_email" type="email" placeholder="name@district.org" value={extra.newsletter} onChange={(e) => { const v = e.target.value; setExtra((x) => ({ ...x, newsletter: v })); }} />
        </Field>
        <Button size="small">Subscribe</Button>
      </footer>
    </>
  );
}

export function mountPosting(posting) {
  createRoot(document.getElementById('root')).render(<ThemeProvider><Apply posting={posting} /></ThemeProvider>);
}
