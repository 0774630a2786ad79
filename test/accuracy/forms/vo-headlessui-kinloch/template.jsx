/*
 * Kinloch Offshore Energy careers (Aberdeen HQ, US arm in Houston): React 19 + Headless UI 2 as a
 * Tailwind UI page draws it, no form library (useState). Pieces: Listbox menus anchored to their
 * button (rendered in a portal at the end of <body>): a state list whose button shows only the
 * USPS code ("CA"; options "CA" + "California"), experience buckets, UK degree names, pronouns, a
 * time zone preset to Aberdeen, EEO, a `multiple` Listbox of sites; a Combobox country whose
 * options arrive 350 ms after typing ("United States (USA)"); RadioGroup cards for sponsorship;
 * Switches for work authorization and a talent-community opt-in that starts on. Shared by the
 * postings; the state goes to <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Input, Label, Textarea, Listbox, ListboxButton, ListboxOption, ListboxOptions,
  Radio, RadioGroup, Switch,
} from '@headlessui/react';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ id: c.cca3, name: `${c.name.common} (${c.cca3})` })).sort((a, b) => a.name.localeCompare(b.name));
const STATES = [['AK', 'Alaska'], ['AL', 'Alabama'], ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['IL', 'Illinois'], ['LA', 'Louisiana'], ['MA', 'Massachusetts'], ['NM', 'New Mexico'], ['NY', 'New York'], ['ND', 'North Dakota'], ['OK', 'Oklahoma'],
  ['PA', 'Pennsylvania'], ['TX', 'Texas'], ['WA', 'Washington'], ['WY', 'Wyoming']];
const DEGREES = ['GCSEs / A-levels or equivalent', 'HNC / HND or foundation degree', 'Bachelor’s degree (BSc / BA / BEng)', 'Master’s degree (MSc / MEng / MBA)', 'PhD / DPhil'];
const PRONOUNS = ['She / her', 'He / him', 'They / them', 'Another pronoun', 'Prefer not to say'];
const ZONES = ['GMT / BST (Aberdeen)', 'CET (Stavanger)', 'ET (New York)', 'CT (Houston)', 'MT (Denver)', 'PT (Los Angeles)', 'AKT (Anchorage)'];
const SPONSOR = [
  ['no', 'No, I will not need sponsorship', 'Now or in the future'],
  ['now', 'Yes, I need sponsorship to start', 'e.g. a new H-1B or TN'],
  ['later', 'Not now, but later', 'e.g. when OPT or a current visa ends'],
];
const HEARD = ['Kinloch website', 'LinkedIn', 'Rigzone', 'Energy Jobline', 'Referral', 'Careers fair', 'Other'];
const GENDER = ['Woman', 'Man', 'Non-binary', 'I prefer not to say'];
const ETHNICITY = ['Asian', 'Black or African American', 'Hispanic or Latino', 'Native American or Alaska Native', 'Native Hawaiian or Pacific Islander', 'White', 'Two or more races', 'I prefer not to say'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to say'];

const searchCountries = (q) =>
  new Promise((resolve) => setTimeout(() => resolve(COUNTRIES.filter((c) => c.name.toLowerCase().includes(q.toLowerCase())).slice(0, 12)), 350));

function Pick({ id, label, value, onChange, options, placeholder = 'Select an option', multiple, render }) {
  return (
    <Field className="ko-field">
      <Label className="ko-label">{label}</Label>
      <Listbox value={value} onChange={onChange} multiple={multiple}>
        <ListboxButton id={id} className="ko-button">
          {multiple ? (value.length ? value.join(', ') : placeholder) : (value ?? placeholder)}
        </ListboxButton>
        <ListboxOptions anchor="bottom start" className="ko-options">
          {options.map((o) => (
            <ListboxOption key={o} value={o} className="ko-option">
              {({ selected }) => <>{render ? render(o) : o}{selected && <span className="ko-tick" aria-hidden="true"> ✓</span>}</>}
            </ListboxOption>
          ))}
        </ListboxOptions>
      </Listbox>
    </Field>
  );
}

export function renderApplication(posting) {
  const initial = {
    firstName: '', lastName: '', email: '', phone: '', country: null, state: null, city: '', linkedin: '', github: '', employer: '', jobTitle: '',
    years: null, degree: null, pronouns: null, authorized: false, sponsorship: null, timezone: ZONES[0], sites: [], salary: '', startDate: '',
    resume: '', coverLetter: '', motivation: '', heard: null, gender: null, ethnicity: null, veteran: null, talentCommunity: true, consent: false,
    ...Object.fromEntries(posting.questions.map((q) => [q.key, null])),
  };
  function Application() {
    const [v, setV] = useState(initial);
    const [query, setQuery] = useState('');
    const [found, setFound] = useState([]);
    const [search, setSearch] = useState('');
    const [sent, setSent] = useState(false);
    const [error, setError] = useState('');
    const set = (k) => (x) => setV((s) => ({ ...s, [k]: x }));
    const input = (k, label, { hint, ...props } = {}) => (
      <Field className="ko-field">
        <Label className="ko-label">{label}</Label>
        <Input id={`ko-${k}`} name={k} className="ko-input" value={v[k]} onChange={(e) => set(k)(e.target.value)} {...props} />
        {hint && <Description className="ko-hint">{hint}</Description>}
      </Field>
    );
    useEffect(() => {
      let live = true;
      if (query.length < 2) { setFound([]); return undefined; }
      searchCountries(query).then((r) => live && setFound(r));
      return () => { live = false; };
    }, [query]);
    const submit = (e) => {
      e.preventDefault();
      const missing = ['firstName', 'lastName', 'email', 'phone', 'resume'].filter((k) => !v[k]).concat(v.country ? [] : ['country'], v.consent ? [] : ['consent']);
      if (missing.length) { setError(`Please complete: ${missing.join(', ')}`); return; }
      setError(''); setSent(true);
    };
    return (
      <>
        <header className="ko-top">
          <span className="ko-brand">KINLOCH <small>Offshore Energy</small></span>
          <nav>Careers · Graduates · Apprenticeships · Our sites</nav>
          <input type="search" id="ko-site-search" aria-label="Search roles" placeholder="Search roles" value={search} onChange={(e) => setSearch(e.target.value)} />
        </header>
        <main className="ko-main">
          <p className="ko-kicker">{posting.team} · {posting.where}</p>
          <h1>{posting.title}</h1>
          {posting.intro.map((p) => <p key={p}>{p}</p>)}
          {sent && <p id="ko-sent" className="ko-sent">Thanks — your application is with our recruitment team.</p>}
          <form id="ko-apply" noValidate onSubmit={submit}>
            <h2>Your details</h2>
            <div className="ko-grid">
              {input('firstName', 'First name', { autoComplete: 'given-name' })}
              {input('lastName', 'Last name', { autoComplete: 'family-name' })}
            </div>
            {input('email', 'Email address', { type: 'email', autoComplete: 'email' })}
            {input('phone', 'Phone', { type: 'tel', placeholder: '(555) 123-4567', hint: 'US numbers only' })}
            <Field className="ko-field">
              <Label className="ko-label">Country of residence</Label>
              <Combobox value={v.country} onChange={set('country')} onClose={() => setQuery('')}>
                <ComboboxInput id="ko-country" className="ko-input" placeholder="Start typing a country…" displayValue={(c) => c?.name ?? ''} onChange={(e) => setQuery(e.target.value)} />
                <ComboboxOptions anchor="bottom start" className="ko-options">
                  {found.map((c) => <ComboboxOption key={c.id} value={c} className="ko-option">{c.name}</ComboboxOption>)}
                </ComboboxOptions>
              </Combobox>
            </Field>
            <div className="ko-grid">
              {input('city', 'City')}
              <Pick id="ko-state" label="State" value={v.state} onChange={set('state')} options={STATES.map(([c]) => c)} placeholder="—"
                render={(c) => <><span className="ko-code">{c}</span> <span className="ko-name">{STATES.find(([x]) => x === c)[1]}</span></>} />
            </div>
            <div className="ko-grid">
              {input('linkedin', 'LinkedIn', { type: 'url', placeholder: 'https://linkedin.com/in/…' })}
              {input('github', 'GitHub', { type: 'url', placeholder: 'https://github.com/…' })}
            </div>
            <Pick id="ko-pronouns" label="Pronouns (optional)" value={v.pronouns} onChange={set('pronouns')} options={PRONOUNS} />

            <h2>Experience</h2>
            <div className="ko-grid">
              {input('employer', 'Current employer')}
              {input('jobTitle', 'Current job title')}
            </div>
            <Pick id="ko-years" label={posting.yearsLabel} value={v.years} onChange={set('years')} options={posting.years} />
            <Pick id="ko-degree" label="Highest qualification" value={v.degree} onChange={set('degree')} options={DEGREES} />

            <h2>Right to work</h2>
            <Field className="ko-switch-row">
              <Switch id="ko-authorized" checked={v.authorized} onChange={set('authorized')} className="ko-switch"><span className="sr-only">I am legally authorised to work in the United States</span><span className="ko-knob" /></Switch>
              <Label aria-hidden="true">I am legally authorised to work in the United States</Label>
            </Field>
            <div className="ko-field">
              <span className="ko-label" id="ko-sponsorship-label">Will you require visa sponsorship to work for Kinloch in the US?</span>
              <RadioGroup id="ko-sponsorship" value={v.sponsorship} onChange={set('sponsorship')} aria-labelledby="ko-sponsorship-label" className="ko-cards">
                {SPONSOR.map(([val, title, desc]) => (
                  <Radio key={val} value={val} className="ko-card">
                    <Label className="ko-card-title">{title}</Label>
                    <Description className="ko-hint">{desc}</Description>
                  </Radio>
                ))}
              </RadioGroup>
            </div>
            <Pick id="ko-timezone" label="Which time zone will you work in?" value={v.timezone} onChange={set('timezone')} options={ZONES} />
            <Pick id="ko-sites" label={posting.sitesLabel} value={v.sites} onChange={set('sites')} options={posting.sites} multiple placeholder="Select all that apply" />
            <div className="ko-grid">
              {input('salary', 'Salary expectation (USD per year)', { inputMode: 'numeric' })}
              {input('startDate', 'Earliest start date', { placeholder: 'MM/DD/YYYY' })}
            </div>
            {posting.questions.map((q) => <Pick key={q.key} id={`ko-${q.key}`} label={q.label} value={v[q.key]} onChange={set(q.key)} options={q.options} />)}

            <h2>CV and cover letter</h2>
            <div className="ko-field">
              <span className="ko-label">CV</span>
              <label className="ko-drop" htmlFor="ko-resume">
                <span>{v.resume || 'Upload a file or drag and drop'}</span>
                <small>PDF or DOCX up to 10MB</small>
                <input id="ko-resume" name="resume" type="file" className="sr-only" accept=".pdf,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
              </label>
            </div>
            <Field className="ko-field">
              <Label className="ko-label">Cover letter</Label>
              <Textarea id="ko-coverLetter" name="coverLetter" className="ko-input" rows={6} value={v.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
            </Field>
            <Field className="ko-field">
              <Label className="ko-label">{posting.motivationLabel}</Label>
              <Textarea id="ko-motivation" name="motivation" className="ko-input" rows={4} value={v.motivation} onChange={(e) => set('motivation')(e.target.value)} />
            </Field>
            <Pick id="ko-heard" label="Where did you hear about this role?" value={v.heard} onChange={set('heard')} options={HEARD} />

            <h2>Equal opportunities (US applicants)</h2>
            <p className="ko-hint">Kinloch Energy Americas LLC is an equal opportunity employer. These questions are optional.</p>
            <div className="ko-grid">
              <Pick id="ko-gender" label="Gender" value={v.gender} onChange={set('gender')} options={GENDER} />
              <Pick id="ko-ethnicity" label="Ethnicity" value={v.ethnicity} onChange={set('ethnicity')} options={ETHNICITY} />
            </div>
            <Pick id="ko-veteran" label="Veteran status" value={v.veteran} onChange={set('veteran')} options={VETERAN} />
            <Field className="ko-switch-row">
              <Switch id="ko-talentCommunity" checked={v.talentCommunity} onChange={set('talentCommunity')} className="ko-switch"><span className="sr-only">Keep me in the Kinloch talent community</span><span className="ko-knob" /></Switch>
              <Label aria-hidden="true">Keep me in the Kinloch talent community and email me about similar roles</Label>
            </Field>
            <label className="ko-check">
              <input type="checkbox" id="ko-consent" checked={v.consent} onChange={(e) => set('consent')(e.target.checked)} />
              <span>I confirm I have read the Kinloch recruitment privacy notice.</span>
            </label>
            {error && <p className="ko-err" role="alert">{error}</p>}
            <button type="submit" id="ko-submit" className="ko-submit">Submit application</button>
          </form>
        </main>
        <pre id="model">{JSON.stringify({ ...v, country: v.country?.id ?? null, search })}</pre>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
