/*
 * Larchmere Maps (a Vancouver mapping-software company hiring across North America) careers page:
 * React 19 + Zendesk Garden v9 (react-forms, react-dropdowns, react-buttons), shared by its
 * postings. Standard fields in the variants Garden's docs show: Garden's **native Select** (state /
 * province in optgroups, years, sponsorship sentences, EEO), an autocomplete **Combobox** of
 * countries in OptGroups, a non-editable Combobox whose options carry an `Option.Meta` sublabel
 * (degree), a **multiselectable** Combobox "Languages you speak" (left alone), Radios in a Fieldset,
 * MediaInput "$ … USD"; plus **react-international-phone** preset to Canada with the dial code
 * shown outside the box (`disableDialCodeAndPrefix`), a start date typed through a **react-imask**
 * `00/00/0000` mask on a Garden Input, a LinkedIn URL the "server" checks 500 ms after blur, and a
 * react-dropzone FileUpload. Form state goes to <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useDropzone } from 'react-dropzone';
import { useIMask } from 'react-imask';
import { PhoneInput } from 'react-international-phone';
import 'react-international-phone/style.css';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { Button } from '@zendeskgarden/react-buttons';
import { Combobox, Field as DField, Hint as DHint, Label as DLabel, OptGroup, Option } from '@zendeskgarden/react-dropdowns';
import { Checkbox, Field, Fieldset, FileUpload, Hint, Input, Label, MediaInput, Message, Radio, Select, Textarea, Toggle } from '@zendeskgarden/react-forms';

const PROVINCES = [['AB', 'Alberta'], ['BC', 'British Columbia'], ['MB', 'Manitoba'], ['NB', 'New Brunswick'], ['NL', 'Newfoundland and Labrador'], ['NS', 'Nova Scotia'], ['ON', 'Ontario'], ['PE', 'Prince Edward Island'], ['QC', 'Quebec'], ['SK', 'Saskatchewan']];
const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['FL', 'Florida'], ['GA', 'Georgia'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['NY', 'New York'], ['NC', 'North Carolina'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['TX', 'Texas'], ['UT', 'Utah'], ['VA', 'Virginia'], ['WA', 'Washington']];
const COUNTRY_GROUPS = [
  ['North America', [['CA', 'Canada'], ['MX', 'Mexico'], ['US', 'United States']]],
  ['Europe', [['FR', 'France'], ['DE', 'Germany'], ['IE', 'Ireland'], ['GB', 'United Kingdom']]],
  ['Asia and Oceania', [['AU', 'Australia'], ['IN', 'India'], ['NZ', 'New Zealand'], ['UM', 'United States Minor Outlying Islands']]],
];
const DEGREES = [
  ['hs', 'High school', 'Diploma or GED'], ['college', 'College diploma', 'CEGEP, community college, associate'],
  ['bachelor', "Bachelor's", 'BA, BSc, BEng, BBA'], ['master', "Master's", 'MA, MSc, MEng, MBA'], ['phd', 'Doctorate', 'PhD, EngD'],
];
const LANGUAGES = ['English', 'French', 'Spanish', 'Punjabi', 'Mandarin', 'Cantonese', 'Tagalog', 'Hindi', 'Korean', 'Other'];
const HEARD = ['LinkedIn', 'Larchmere blog', 'FOSS4G or State of the Map', 'A Larchmere employee', 'Job board', 'Other'];

/** The careers API's check, answered 500 ms after the LinkedIn box loses focus. */
function checkLinkedInOnServer(value) {
  return new Promise((resolve) => setTimeout(() => {
    const v = String(value ?? '').trim();
    if (!v) resolve('');
    else if (!/^https:\/\/(www\.)?linkedin\.com\/in\/[^/]+\/?$/i.test(v)) resolve('Use your full profile URL, like https://www.linkedin.com/in/your-name');
    else resolve('');
  }, 500));
}

function MaskedDate({ id, value, onChange }) {
  const { ref } = useIMask({ mask: '00/00/0000' }, { onAccept: (masked) => onChange(masked) });
  return <Input ref={ref} id={id} name="startDate" defaultValue={value} inputMode="numeric" autoComplete="off" />;
}

function ResumeDrop({ onFile, fileName }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    accept: { 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] },
    multiple: false,
    onDrop: (files) => files[0] && onFile(files[0].name),
  });
  return (
    <>
      <FileUpload {...getRootProps()} isDragging={isDragActive}>
        {isDragActive ? <span>Drop it here</span> : <span>Choose a file or drag and drop here</span>}
        <Input {...getInputProps()} id="lm-resume" name="resume" />
      </FileUpload>
      {fileName ? <p className="lm-file" id="lm-resume-name">📄 {fileName}</p> : null}
    </>
  );
}

export function renderApplication(posting) {
  const qInit = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'multi' ? [] : '']));

  function Application() {
    const [f, setF] = useState({
      firstName: '', lastName: '', email: '', phone: '', phoneCountry: 'ca', city: '', region: '', country: null, postal: '',
      employer: '', jobTitle: '', years: '', degree: null, languages: [], linkedin: '', authorized: '', sponsorship: '',
      salary: '', startDate: '', resume: null, coverLetter: '', ...qInit, relocate: false, heard: null, gender: '', consent: false,
    });
    const [search, setSearch] = useState('');
    const [alerts, setAlerts] = useState('');
    const [countryText, setCountryText] = useState('');
    const [linkedinError, setLinkedinError] = useState('');
    const [sent, setSent] = useState(false);
    const set = (key) => (value) => setF((prev) => ({ ...prev, [key]: value }));
    const onText = (key) => (e) => set(key)(e.target.value);

    const countryMatches = COUNTRY_GROUPS.map(([g, list]) => [g, list.filter(([, name]) => name.toLowerCase().includes(countryText.toLowerCase()))]).filter(([, l]) => l.length);
    const model = { ...f, search, alerts, linkedinError };

    const question = (q) => {
      if (q.type === 'radio') return (
        <Fieldset key={q.key} className="lm-field">
          <Fieldset.Legend>{q.label}</Fieldset.Legend>
          {q.options.map((o) => (
            <Field key={o}><Radio name={q.key} value={o} checked={f[q.key] === o} onChange={(e) => set(q.key)(e.target.value)}><Label isRegular>{o}</Label></Radio></Field>
          ))}
        </Fieldset>
      );
      if (q.type === 'select') return (
        <Field key={q.key} className="lm-field"><Label>{q.label}</Label>
          <Select id={`lm-${q.key}`} name={q.key} value={f[q.key]} onChange={onText(q.key)}>
            <option value="">Choose one</option>
            {q.options.map((o) => <option key={o} value={o}>{o}</option>)}
          </Select>
        </Field>
      );
      if (q.type === 'multi') return (
        <div key={q.key} id={`lm-${q.key}-field`}><DField className="lm-field"><DLabel>{q.label}</DLabel><DHint>Choose all that apply</DHint>
          <Combobox isMultiselectable isAutocomplete inputProps={{ id: `lm-${q.key}` }} selectionValue={f[q.key]}
            onChange={(c) => c.selectionValue !== undefined && set(q.key)(c.selectionValue)}>
            {q.options.map((o) => <Option key={o} value={o} />)}
          </Combobox>
        </DField></div>
      );
      if (q.type === 'textarea') return (
        <Field key={q.key} className="lm-field"><Label>{q.label}</Label>
          <Textarea id={`lm-${q.key}`} name={q.key} minRows={3} isResizable value={f[q.key]} onChange={onText(q.key)} />
        </Field>
      );
      return (
        <Field key={q.key} className="lm-field"><Label>{q.label}</Label>{q.help ? <Hint>{q.help}</Hint> : null}
          <Input id={`lm-${q.key}`} name={q.key} value={f[q.key]} onChange={onText(q.key)} />
        </Field>
      );
    };

    return (
      <ThemeProvider>
        <div className="lm-page">
        <header className="lm-top">
          <strong className="lm-logo">Larchmere</strong>
          <nav><a href="#">Products</a><a href="#">Developers</a><a href="#">Careers</a></nav>
          <Field className="lm-search"><Label hidden>Search roles</Label><Input isCompact id="lm-search" placeholder="Search roles" value={search} onChange={(e) => setSearch(e.target.value)} /></Field>
        </header>
        <main className="lm-main">
          <h1>{posting.title}</h1>
          <p className="lm-meta">{posting.meta}</p>
          <p>{posting.blurb}</p>
          {sent ? <p id="lm-done" className="lm-done">Thanks, {f.firstName || 'there'} — we have your application and will be in touch.</p> : (
            <form noValidate onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
              <h2>Personal information</h2>
              <div className="lm-row">
                <Field className="lm-field"><Label>First name</Label><Input id="lm-firstName" name="firstName" value={f.firstName} onChange={onText('firstName')} /></Field>
                <Field className="lm-field"><Label>Last name</Label><Input id="lm-lastName" name="lastName" value={f.lastName} onChange={onText('lastName')} /></Field>
              </div>
              <Field className="lm-field"><Label>Email</Label><Input id="lm-email" name="email" type="email" value={f.email} onChange={onText('email')} /></Field>
              <div className="lm-field">
                <label className="lm-label" htmlFor="lm-phone">Phone</label>
                <PhoneInput
                  defaultCountry="ca"
                  disableDialCodeAndPrefix
                  showDisabledDialCodeAndPrefix
                  value={f.phone}
                  onChange={(phone, meta) => setF((prev) => ({ ...prev, phone, phoneCountry: meta.country.iso2 }))}
                  inputProps={{ id: 'lm-phone', name: 'phone' }}
                />
              </div>
              <div className="lm-row">
                <Field className="lm-field"><Label>City</Label><Input id="lm-city" name="city" value={f.city} onChange={onText('city')} /></Field>
                <Field className="lm-field"><Label>Province / State</Label>
                  <Select id="lm-region" name="region" value={f.region} onChange={onText('region')}>
                    <option value="">Select…</option>
                    <optgroup label="Canada">{PROVINCES.map(([c, n]) => <option key={c} value={c}>{n}</option>)}</optgroup>
                    <optgroup label="United States">{STATES.map(([c, n]) => <option key={c} value={c}>{n}</option>)}</optgroup>
                  </Select>
                </Field>
              </div>
              <div className="lm-row">
                <div id="lm-country-field"><DField className="lm-field"><DLabel>Country</DLabel>
                  <Combobox isAutocomplete inputProps={{ id: 'lm-country' }} inputValue={countryText} selectionValue={f.country}
                    onChange={(c) => {
                      if (c.inputValue !== undefined) setCountryText(c.inputValue);
                      if (c.selectionValue !== undefined) set('country')(c.selectionValue);
                    }}>
                    {countryMatches.length === 0 ? <Option isDisabled value="" label="No matches" /> : countryMatches.map(([g, list]) => (
                      <OptGroup key={g} legend={g}>{list.map(([code, name]) => <Option key={code} value={code} label={name} />)}</OptGroup>
                    ))}
                  </Combobox>
                </DField></div>
                <Field className="lm-field"><Label>Postal / ZIP code</Label><Input id="lm-postal" name="postal" value={f.postal} onChange={onText('postal')} /></Field>
              </div>

              <h2>Experience</h2>
              <div className="lm-row">
                <Field className="lm-field"><Label>Current employer</Label><Input id="lm-employer" name="employer" value={f.employer} onChange={onText('employer')} /></Field>
                <Field className="lm-field"><Label>Current title</Label><Input id="lm-jobTitle" name="jobTitle" value={f.jobTitle} onChange={onText('jobTitle')} /></Field>
              </div>
              <div className="lm-row">
                <Field className="lm-field"><Label>Years of relevant experience</Label>
                  <Select id="lm-years" name="years" value={f.years} onChange={onText('years')}>
                    <option value="">Select…</option>
                    {['Less than 2', '2 to 4', '5 to 7', '8 to 10', 'More than 10'].map((o) => <option key={o}>{o}</option>)}
                  </Select>
                </Field>
                <div id="lm-degree-field"><DField className="lm-field"><DLabel>Highest level of education</DLabel>
                  <Combobox isEditable={false} inputProps={{ id: 'lm-degree' }} placeholder="Select…" selectionValue={f.degree}
                    onChange={(c) => c.selectionValue !== undefined && set('degree')(c.selectionValue)}>
                    {DEGREES.map(([v, label, meta]) => <Option key={v} value={v} label={label}><span className="lm-opt-label">{label}</span><Option.Meta>{meta}</Option.Meta></Option>)}
                  </Combobox>
                </DField></div>
              </div>
              <div id="lm-languages-field"><DField className="lm-field"><DLabel>Languages you speak</DLabel>
                <Combobox isMultiselectable isAutocomplete inputProps={{ id: 'lm-languages' }} selectionValue={f.languages} maxTags={4}
                  onChange={(c) => c.selectionValue !== undefined && set('languages')(c.selectionValue)}>
                  {LANGUAGES.map((l) => <Option key={l} value={l} />)}
                </Combobox>
              </DField></div>
              <Field className="lm-field"><Label>LinkedIn profile URL</Label>
                <Input id="lm-linkedin" name="linkedin" value={f.linkedin} onChange={onText('linkedin')} validation={linkedinError ? 'error' : undefined}
                  onFocus={() => setLinkedinError('')}
                  onBlur={async (e) => setLinkedinError(await checkLinkedInOnServer(e.target.value))} />
                {linkedinError ? <Message id="lm-linkedin-error" validation="error">{linkedinError}</Message> : null}
              </Field>

              <h2>Work eligibility</h2>
              <Fieldset className="lm-field">
                <Fieldset.Legend>Are you legally able to work in the United States?</Fieldset.Legend>
                {['Yes', 'No'].map((o) => (
                  <Field key={o}><Radio name="authorized" value={o} checked={f.authorized === o} onChange={onText('authorized')}><Label isRegular>{o}</Label></Radio></Field>
                ))}
              </Fieldset>
              <Field className="lm-field"><Label>Sponsorship</Label><Hint>Will you need Larchmere to sponsor a visa (H-1B, TN or similar) now or later?</Hint>
                <Select id="lm-sponsorship" name="sponsorship" value={f.sponsorship} onChange={onText('sponsorship')}>
                  <option value="">Select…</option>
                  <option value="yes">Yes, I will need a sponsored visa</option>
                  <option value="no">No, I can work without sponsorship</option>
                </Select>
              </Field>
              <div className="lm-row">
                <Field className="lm-field"><Label>Salary expectation</Label><Hint>Annual base</Hint>
                  <MediaInput id="lm-salary" name="salary" start={<span className="lm-affix">$</span>} end={<span className="lm-affix">USD</span>} inputMode="numeric" value={f.salary} onChange={onText('salary')} />
                </Field>
                <Field className="lm-field"><Label>Earliest start date</Label><Hint>MM/DD/YYYY</Hint>
                  <MaskedDate id="lm-startDate" value={f.startDate} onChange={set('startDate')} />
                </Field>
              </div>

              <h2>Resume and cover letter</h2>
              <Field className="lm-field"><Label>Resume</Label><Hint>PDF or Word, up to 10 MB</Hint>
                <ResumeDrop onFile={set('resume')} fileName={f.resume} />
              </Field>
              <Field className="lm-field"><Label>Cover letter (optional)</Label>
                <Textarea id="lm-coverLetter" name="coverLetter" minRows={4} value={f.coverLetter} onChange={onText('coverLetter')} />
              </Field>

              <h2>A few questions from the team</h2>
              {posting.questions.map(question)}
              <Field className="lm-field"><Toggle name="relocate" checked={f.relocate} onChange={(e) => set('relocate')(e.target.checked)}><Label isRegular>I'd consider relocating to Vancouver</Label></Toggle></Field>
              <div id="lm-heard-field"><DField className="lm-field"><DLabel>How did you hear about us?</DLabel>
                <Combobox isEditable={false} inputProps={{ id: 'lm-heard' }} placeholder="Select…" selectionValue={f.heard}
                  onChange={(c) => c.selectionValue !== undefined && set('heard')(c.selectionValue)}>
                  {HEARD.map((h) => <Option key={h} value={h} />)}
                </Combobox>
              </DField></div>
              <Field className="lm-field"><Label>Gender (voluntary)</Label>
                <Select id="lm-gender" name="gender" value={f.gender} onChange={onText('gender')}>
                  <option value="">Select…</option>
                  {['Woman', 'Man', 'Non-binary', 'Two-Spirit', 'I prefer not to say'].map((o) => <option key={o}>{o}</option>)}
                </Select>
              </Field>
              <Field className="lm-field"><Checkbox name="consent" checked={f.consent} onChange={(e) => set('consent')(e.target.checked)}>
                <Label isRegular>I consent to Larchmere storing my application for 12 months</Label>
              </Checkbox></Field>
              <Button id="lm-submit" type="submit" isPrimary>Submit application</Button>
            </form>
          )}
        </main>
        <footer className="lm-foot">
          <Field><Label>Get new Larchmere roles by email</Label><Input id="lm-alerts" type="email" placeholder="Email address" value={alerts} onChange={(e) => setAlerts(e.target.value)} /></Field>
          <Button size="small">Create alert</Button>
        </footer>
        <pre id="model">{JSON.stringify(model, null, 1)}</pre>
        </div>
      </ThemeProvider>
    );
  }

  createRoot(document.getElementById('root')).render(<Application />);
}
