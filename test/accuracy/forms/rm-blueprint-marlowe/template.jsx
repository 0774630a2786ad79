/**
 * Marlowe Biosciences' careers site, React + Blueprint 6 the way an internal-tools team builds a
 * public form: FormGroup (label, labelFor, labelInfo "(required)", helperText, intent on error),
 * InputGroup with left icons, HTMLSelect with a disabled placeholder option and a preset dial code,
 * a ControlGroup phone, a @blueprintjs/select Suggest whose places are looked up as you type,
 * a filterable Select over world-countries, NumericInput with buttons, RadioGroup, Checkbox,
 * Switch, FileInput and TextArea. State is mirrored into <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Callout, Checkbox, ControlGroup, FileInput, FormGroup, HTMLSelect, InputGroup, Intent, MenuItem, Navbar, NumericInput, Radio, RadioGroup, Switch, TextArea } from '@blueprintjs/core';
import { Select, Suggest } from '@blueprintjs/select';
import '@blueprintjs/core/lib/css/blueprint.css';
import '@blueprintjs/select/lib/css/blueprint-select.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const DIAL = [
  { label: 'Canada +1', value: 'CA' }, { label: 'United States +1', value: 'US' }, { label: 'Mexico +52', value: 'MX' }, { label: 'United Kingdom +44', value: 'GB' },
  { label: 'Germany +49', value: 'DE' }, { label: 'India +91', value: 'IN' }, { label: 'Switzerland +41', value: 'CH' },
];
const PLACES = [
  'Boston, MA', 'Cambridge, MA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'San Mateo, CA', 'South San Francisco, CA', 'Santa Fe, NM', 'Seattle, WA',
  'Oakland, CA', 'Berkeley, CA', 'Palo Alto, CA', 'Research Triangle Park, NC', 'Durham, NC', 'New York, NY', 'Philadelphia, PA', 'Chicago, IL', 'Austin, TX',
];
const DEGREES = ['High school diploma or GED', 'Associate degree', "Bachelor's degree (BA, BS)", "Master's degree (MA, MS, MEng)", 'PhD', 'PharmD / MD'];

function lookupPlaces(query) {
  return new Promise((resolve) => setTimeout(() => {
    const q = query.trim().toLowerCase();
    resolve(q.length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(q)).slice(0, 6));
  }, 400));
}

const renderItem = (item, { handleClick, handleFocus, modifiers }) => (
  modifiers.matchesPredicate ? <MenuItem key={item} text={item} roleStructure="listoption" active={modifiers.active} disabled={modifiers.disabled} onClick={handleClick} onFocus={handleFocus} /> : null
);

function Application({ posting }) {
  const [f, setF] = useState({
    search: '', firstName: '', lastName: '', preferredName: '', email: '', dial: 'US', phone: '', location: '', country: '', employer: '', title: '',
    years: '', degree: '', school: '', linkedin: '', github: '', authorized: '', sponsorship: '', startDate: '', salary: '', coverLetter: '',
    answers: Object.fromEntries(posting.questions.map((q) => [q.id, q.kind === 'checks' ? [] : ''])),
    talentCommunity: false, gender: '', veteran: '', consent: false,
  });
  const [resume, setResume] = useState('');
  const [places, setPlaces] = useState([]);
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState(false);
  const set = (key) => (event) => setF((prev) => ({ ...prev, [key]: event.currentTarget.value }));
  const setAnswer = (id, value) => setF((prev) => ({ ...prev, answers: { ...prev.answers, [id]: value } }));
  const missing = (key) => tried && !f[key];
  const req = (key) => (missing(key) ? { intent: Intent.DANGER, helperText: 'This field is required.' } : {});
  const submit = (event) => {
    event.preventDefault();
    setTried(true);
    if (f.firstName && f.lastName && f.email && f.phone && f.country && f.authorized && f.sponsorship && resume && f.consent) setSent(true);
  };
  const model = { ...f, resume };
  return (
    <>
      <Navbar className="mb-nav">
        <Navbar.Group><Navbar.Heading><b>◆ Marlowe Biosciences</b></Navbar.Heading><Navbar.Divider /><Button minimal text="Science" /><Button minimal text="Pipeline" /><Button minimal text="Careers" /></Navbar.Group>
        <Navbar.Group align="right"><InputGroup id="mb-search" leftIcon="search" placeholder="Search open roles" value={f.search} onChange={set('search')} /></Navbar.Group>
      </Navbar>
      <main className="mb-page">
        <p className="mb-meta">{posting.team} · {posting.where} · Req {posting.req}</p>
        <h1 className="bp6-heading">{posting.title}</h1>
        {posting.blurb.map((p) => <p key={p}>{p}</p>)}
        {sent ? (
          <Callout id="mb-done" intent={Intent.SUCCESS} title="Application submitted">Thank you. You'll get an email from our talent team within a few days.</Callout>
        ) : (
          <form id="mb-form" onSubmit={submit} noValidate>
            {tried && <Callout intent={Intent.DANGER} icon="error">Please fix the highlighted fields.</Callout>}
            <h2 className="bp6-heading">About you</h2>
            <div className="mb-two">
              <FormGroup label="First name" labelFor="mb-first" labelInfo="(required)" {...req('firstName')}><InputGroup id="mb-first" name="firstName" value={f.firstName} onChange={set('firstName')} /></FormGroup>
              <FormGroup label="Last name" labelFor="mb-last" labelInfo="(required)" {...req('lastName')}><InputGroup id="mb-last" name="lastName" value={f.lastName} onChange={set('lastName')} /></FormGroup>
            </div>
            <FormGroup label="Preferred name" labelFor="mb-preferred" helperText="If different from your first name"><InputGroup id="mb-preferred" name="preferredName" value={f.preferredName} onChange={set('preferredName')} /></FormGroup>
            <FormGroup label="Email" labelFor="mb-email" labelInfo="(required)" {...req('email')}><InputGroup id="mb-email" type="email" leftIcon="envelope" name="email" value={f.email} onChange={set('email')} /></FormGroup>
            <FormGroup label="Phone" labelFor="mb-phone" labelInfo="(required)" helperText={missing('phone') ? 'This field is required.' : 'We only call to schedule interviews.'} intent={missing('phone') ? Intent.DANGER : Intent.NONE}>
              <ControlGroup>
                <HTMLSelect id="mb-dial" aria-label="Country calling code" name="dial" options={DIAL} value={f.dial} onChange={set('dial')} />
                <InputGroup id="mb-phone" type="tel" name="phone" placeholder="555-555-5555" fill value={f.phone} onChange={set('phone')} />
              </ControlGroup>
            </FormGroup>
            <FormGroup label="Where are you based?" labelFor="mb-location" helperText="Start typing your city">
              <Suggest
                items={places}
                inputValueRenderer={(item) => item}
                itemRenderer={renderItem}
                selectedItem={f.location || null}
                onItemSelect={(item) => setF((prev) => ({ ...prev, location: item }))}
                onQueryChange={(q) => { lookupPlaces(q).then(setPlaces); }}
                noResults={<MenuItem disabled roleStructure="listoption" text="Keep typing…" />}
                inputProps={{ id: 'mb-location', name: 'location', placeholder: 'City, state' }}
                popoverProps={{ minimal: true, matchTargetWidth: true, popoverClassName: 'mb-location-pop' }}
                resetOnClose={false}
              />
            </FormGroup>
            <FormGroup label="Country of residence" labelFor="mb-country" labelInfo="(required)" {...req('country')}>
              <Select
                items={COUNTRIES}
                itemRenderer={renderItem}
                itemPredicate={(query, item) => item.toLowerCase().includes(query.toLowerCase())}
                onItemSelect={(item) => setF((prev) => ({ ...prev, country: item }))}
                noResults={<MenuItem disabled roleStructure="listoption" text="No results." />}
                inputProps={{ placeholder: 'Filter countries…' }}
                popoverProps={{ minimal: true, popoverClassName: 'mb-country-pop' }}
              >
                <Button id="mb-country" text={f.country || 'Select a country'} endIcon="caret-down" alignText="left" />
              </Select>
            </FormGroup>

            <h2 className="bp6-heading">Experience</h2>
            <div className="mb-two">
              <FormGroup label="Current employer" labelFor="mb-employer"><InputGroup id="mb-employer" name="employer" value={f.employer} onChange={set('employer')} /></FormGroup>
              <FormGroup label="Current title" labelFor="mb-title"><InputGroup id="mb-title" name="title" value={f.title} onChange={set('title')} /></FormGroup>
            </div>
            <FormGroup label={posting.yearsLabel} labelFor="mb-years">
              <NumericInput id="mb-years" name="years" min={0} max={50} minorStepSize={null} value={f.years} onValueChange={(n, s) => setF((prev) => ({ ...prev, years: s }))} />
            </FormGroup>
            <div className="mb-two">
              <FormGroup label="Highest degree" labelFor="mb-degree">
                <HTMLSelect id="mb-degree" name="degree" fill value={f.degree} onChange={set('degree')} options={[{ label: 'Choose…', value: '', disabled: true }, ...DEGREES]} />
              </FormGroup>
              <FormGroup label="School" labelFor="mb-school"><InputGroup id="mb-school" name="school" value={f.school} onChange={set('school')} /></FormGroup>
            </div>
            <div className="mb-two">
              <FormGroup label="LinkedIn URL" labelFor="mb-linkedin"><InputGroup id="mb-linkedin" name="linkedin" leftIcon="link" value={f.linkedin} onChange={set('linkedin')} /></FormGroup>
              <FormGroup label={posting.linkLabel} labelFor="mb-github"><InputGroup id="mb-github" name="github" leftIcon="git-repo" value={f.github} onChange={set('github')} /></FormGroup>
            </div>
            <FormGroup label="Resume / CV" labelFor="mb-resume" labelInfo="(required)" helperText={tried && !resume ? 'Please attach a resume.' : 'PDF or DOCX, 10 MB max'} intent={tried && !resume ? Intent.DANGER : Intent.NONE}>
              <FileInput fill text={resume || 'Choose file…'} buttonText="Browse" hasSelection={!!resume} inputProps={{ id: 'mb-resume', name: 'resume', accept: '.pdf,.docx' }} onInputChange={(e) => setResume(e.currentTarget.files[0]?.name ?? '')} />
            </FormGroup>
            <FormGroup label="Cover letter" labelFor="mb-cover" helperText="Optional"><TextArea id="mb-cover" name="coverLetter" fill rows={6} value={f.coverLetter} onChange={set('coverLetter')} /></FormGroup>

            <h2 className="bp6-heading">Eligibility &amp; logistics</h2>
            <div id="mb-authorized">
              <RadioGroup label={posting.authLabel} name="authorized" inline selectedValue={f.authorized} onChange={set('authorized')}>
                {posting.authOptions.map((o) => <Radio key={o.value} label={o.label} value={o.value} />)}
              </RadioGroup>
            </div>
            <div id="mb-sponsorship">
              <RadioGroup label={posting.sponsorLabel} name="sponsorship" selectedValue={f.sponsorship} onChange={set('sponsorship')}>
                {posting.sponsorOptions.map((o) => <Radio key={o.value} label={o.label} value={o.value} />)}
              </RadioGroup>
            </div>
            <div className="mb-two">
              <FormGroup label="Earliest start date" labelFor="mb-start"><InputGroup id="mb-start" name="startDate" type="date" value={f.startDate} onChange={set('startDate')} /></FormGroup>
              <FormGroup label="Desired base salary" labelFor="mb-salary" helperText={posting.salaryHelp}>
                <NumericInput id="mb-salary" name="salary" leftIcon="dollar" min={0} stepSize={1000} majorStepSize={10000} minorStepSize={null} buttonPosition="none" value={f.salary} onValueChange={(n, s) => setF((prev) => ({ ...prev, salary: s }))} />
              </FormGroup>
            </div>
            {posting.questions.map((q) => (
              <div key={q.id} id={`mb-${q.id}`} className="mb-question">
                {q.kind === 'radio' && (
                  <RadioGroup label={q.label} name={q.id} selectedValue={f.answers[q.id]} onChange={(e) => setAnswer(q.id, e.currentTarget.value)}>
                    {q.options.map((o) => <Radio key={o} label={o} value={o} />)}
                  </RadioGroup>
                )}
                {q.kind === 'checks' && (
                  <FormGroup label={q.label}>
                    {q.options.map((o) => <Checkbox key={o} label={o} checked={f.answers[q.id].includes(o)} onChange={(e) => setAnswer(q.id, e.currentTarget.checked ? [...f.answers[q.id], o] : f.answers[q.id].filter((x) => x !== o))} />)}
                  </FormGroup>
                )}
                {q.kind === 'select' && (
                  <FormGroup label={q.label} labelFor={`mb-${q.id}-select`}>
                    <HTMLSelect id={`mb-${q.id}-select`} name={q.id} value={f.answers[q.id]} onChange={(e) => setAnswer(q.id, e.currentTarget.value)} options={[{ label: 'Choose…', value: '', disabled: true }, ...q.options]} />
                  </FormGroup>
                )}
                {q.kind === 'text' && (
                  <FormGroup label={q.label} labelFor={`mb-${q.id}-text`}><TextArea id={`mb-${q.id}-text`} name={q.id} fill rows={3} value={f.answers[q.id]} onChange={(e) => setAnswer(q.id, e.currentTarget.value)} /></FormGroup>
                )}
              </div>
            ))}
            <Switch id="mb-talent" label="Keep me in Marlowe's talent community for future roles" checked={f.talentCommunity} onChange={(e) => setF((prev) => ({ ...prev, talentCommunity: e.currentTarget.checked }))} />

            <Callout className="mb-eeo" title="Voluntary self-identification" icon="info-sign">
              <p>Marlowe is an equal opportunity employer. Providing this information is optional.</p>
              <div className="mb-two">
                <FormGroup label="Gender" labelFor="mb-gender"><HTMLSelect id="mb-gender" name="gender" fill value={f.gender} onChange={set('gender')} options={[{ label: 'Select…', value: '' }, 'Female', 'Male', 'Non-binary', 'Decline to self-identify']} /></FormGroup>
                <FormGroup label="Veteran status" labelFor="mb-veteran"><HTMLSelect id="mb-veteran" name="veteran" fill value={f.veteran} onChange={set('veteran')} options={[{ label: 'Select…', value: '' }, 'I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify']} /></FormGroup>
              </div>
            </Callout>
            <Checkbox id="mb-consent" className={tried && !f.consent ? 'bp6-intent-danger' : ''} checked={f.consent} onChange={(e) => setF((prev) => ({ ...prev, consent: e.currentTarget.checked }))}>
              I have read the <a href="#privacy">Applicant Privacy Notice</a> and agree to Marlowe processing my data for this application. <span className="bp6-text-muted">(required)</span>
            </Checkbox>
            <Button id="mb-submit" type="submit" intent={Intent.PRIMARY} large text="Submit application" />
          </form>
        )}
        <pre id="model">{JSON.stringify(model)}</pre>
      </main>
    </>
  );
}

export function mountPosting(posting) {
  document.title = `${posting.title} | Marlowe Biosciences`;
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
