/**
 * A night-train operator's careers page (its US engineering office in New York), built with
 * Kiwi.com's Orbit design system (`@kiwicom/orbit-components` 27, Tailwind build) as the Orbit docs
 * compose forms: InputFields with `help`, a phone InputGroup (a dial-code Select preset "🇳🇴 +47",
 * "🇨🇦 +1" listed before "🇺🇸 +1", and the number InputField; the group's label is a fieldset
 * legend), an InputSelect country over world-countries (type to filter, pick an option), Selects
 * for the posting's experience buckets and education, ChoiceGroups of Radios (authorization,
 * sponsorship sentences, posting questions), the start date as the docs' date InputGroup (Day
 * InputField, Month Select, Year InputField), a salary InputField with "$" prefix and "per year"
 * suffix, InputFile (hidden native input, "Select file" button), Textarea, a ChoiceGroup of
 * Checkboxes (offices, to leave), a Switch and a consent Checkbox. The header carries the
 * company's "Find a train" box (From / To / Date) to leave alone. State goes into <pre id="model">.
 * One template for every posting (`mountPosting`).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  OrbitProvider, defaultTheme, Stack, Heading, Text, InputField, InputGroup, InputSelect, Select, Radio, Checkbox,
  ChoiceGroup, Textarea, InputFile, Button, Switch, Separator,
} from '@kiwicom/orbit-components';
import '@kiwicom/orbit-components/lib/tailwind.css';
import worldCountries from 'world-countries';

const DIAL = [
  { value: 'NO', label: '🇳🇴 +47' }, { value: 'SE', label: '🇸🇪 +46' }, { value: 'DK', label: '🇩🇰 +45' }, { value: 'DE', label: '🇩🇪 +49' },
  { value: 'GB', label: '🇬🇧 +44' }, { value: 'CA', label: '🇨🇦 +1' }, { value: 'US', label: '🇺🇸 +1' },
];
const COUNTRIES = worldCountries.map((c) => ({ title: c.name.common, value: c.cca2 })).sort((a, b) => a.title.localeCompare(b.title));
const EDUCATION = [
  { value: 'secondary', label: 'Secondary school' }, { value: 'vocational', label: 'Vocational / trade certificate' },
  { value: 'bachelor', label: 'Bachelor’s or equivalent' }, { value: 'master', label: 'Master’s or equivalent' }, { value: 'doctorate', label: 'Doctorate' },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  .map((m, i) => ({ value: String(i + 1).padStart(2, '0'), label: m }));
const OFFICES = ['New York', 'Oslo', 'Stockholm', 'Berlin'];
const HEAR = ['LinkedIn', 'Built In NYC', 'A friend at Nordlys', 'I travelled with Nordlys', 'Podcast or article', 'Other'].map((v) => ({ value: v, label: v }));

function Apply({ posting }) {
  const initAnswers = Object.fromEntries(posting.questions.map((q) => [q.id, '']));
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', dial: 'NO', phone: '', country: '', city: '', postalCode: '', employer: '', jobTitle: '',
    years: '', education: '', school: '', linkedin: '', github: '', authorized: '', sponsorship: '', startDay: '', startMonth: '',
    startYear: '', salary: '', resume: '', coverLetter: '', answers: initAnswers, offices: [], hear: '', jobAlerts: false, privacy: false,
  });
  const [trip, setTrip] = useState({ from: '', to: '', date: '' });
  const [done, setDone] = useState(false);
  const set = (key) => (e) => { const { value } = e.currentTarget; setF((s) => ({ ...s, [key]: value })); };
  const setAnswer = (id) => (e) => { const { value } = e.currentTarget; setF((s) => ({ ...s, answers: { ...s.answers, [id]: value } })); };
  const toggleOffice = (e) => {
    const { value, checked } = e.currentTarget;
    setF((s) => ({ ...s, offices: checked ? [...s.offices, value] : s.offices.filter((o) => o !== value) }));
  };
  const submit = (e) => {
    e.preventDefault();
    if (!f.privacy) { alert('Please accept the privacy statement.'); return; }
    setDone(true);
  };
  return (
    <>
      <header className="nl-top">
        <div className="nl-brand">NORDLYS <span>night trains</span></div>
        <form className="nl-trip" onSubmit={(e) => e.preventDefault()} aria-label="Find a train">
          <InputField label="From" name="trip_from" placeholder="Oslo S" value={trip.from} onChange={(e) => { const v = e.currentTarget.value; setTrip((t) => ({ ...t, from: v })); }} />
          <InputField label="To" name="trip_to" placeholder="Berlin Hbf" value={trip.to} onChange={(e) => { const v = e.currentTarget.value; setTrip((t) => ({ ...t, to: v })); }} />
          <InputField label="Travel date" name="trip_date" type="date" value={trip.date} onChange={(e) => { const v = e.currentTarget.value; setTrip((t) => ({ ...t, date: v })); }} />
          <Button type="secondary" submit>Find a train</Button>
        </form>
      </header>
      <main className="nl-main">
        <Stack spacing="400">
          <Text type="secondary">{posting.team} · {posting.location} · {posting.ref}</Text>
          <Heading as="h1" type="title1">{posting.title}</Heading>
          {posting.blurb.map((p) => <Text key={p}>{p}</Text>)}
        </Stack>
        <Separator spaceAfter="large" />
        {done ? (
          <div id="nl-received"><Heading as="h2" type="title2">Application received</Heading><Text>Thank you. We reply to everyone within two weeks.</Text></div>
        ) : (
          <form id="nl-apply" onSubmit={submit} noValidate>
            <Stack spacing="600">
              <Heading as="h2" type="title2">Apply</Heading>
              <Stack direction="row" spacing="400">
                <InputField label="First name" name="firstname" required value={f.firstName} onChange={set('firstName')} />
                <InputField label="Last name" name="lastname" required value={f.lastName} onChange={set('lastName')} />
              </Stack>
              <InputField label="Email" name="email" type="email" required value={f.email} onChange={set('email')} help="We only use it about this application." />
              <InputGroup label="Phone number" flex={['0 0 120px', '1 1 100%']}>
                <Select name="phone_country" options={DIAL} value={f.dial} onChange={set('dial')} />
                <InputField name="phone_number" type="tel" inputMode="tel" value={f.phone} onChange={set('phone')} />
              </InputGroup>
              <InputSelect
                label="Country of residence" name="country" placeholder="Start typing a country" options={COUNTRIES} labelClear="Clear country"
                onOptionSelect={(opt) => setF((s) => ({ ...s, country: opt ? String(opt.value) : '' }))}
              />
              <Stack direction="row" spacing="400">
                <InputField label="City" name="city" value={f.city} onChange={set('city')} />
                <InputField label="Postal code" name="postal_code" value={f.postalCode} onChange={set('postalCode')} />
              </Stack>
              <Heading as="h3" type="title3">Experience</Heading>
              <InputField label="Current employer" name="current_employer" value={f.employer} onChange={set('employer')} />
              <InputField label="Current job title" name="current_job_title" value={f.jobTitle} onChange={set('jobTitle')} />
              <Select label={posting.yearsLabel} name="experience" placeholder="Select" options={posting.years.map((y) => ({ value: y, label: y }))} value={f.years} onChange={set('years')} />
              <Select label="Highest education" name="education" placeholder="Select" options={EDUCATION} value={f.education} onChange={set('education')} />
              <InputField label="University or school" name="school" value={f.school} onChange={set('school')} />
              <InputField label="LinkedIn" name="linkedin" placeholder="https://www.linkedin.com/in/…" value={f.linkedin} onChange={set('linkedin')} />
              {posting.askGithub && <InputField label="GitHub" name="github" placeholder="https://github.com/…" value={f.github} onChange={set('github')} />}
              <Heading as="h3" type="title3">Right to work</Heading>
              <ChoiceGroup label="Are you legally allowed to work in the United States?" onChange={set('authorized')}>
                <Radio label="Yes" value="yes" name="authorized" checked={f.authorized === 'yes'} />
                <Radio label="No" value="no" name="authorized" checked={f.authorized === 'no'} />
              </ChoiceGroup>
              <ChoiceGroup label={posting.sponsorLabel} onChange={set('sponsorship')}>
                {posting.sponsorOptions.map((o) => <Radio key={o.value} label={o.label} value={o.value} name="sponsorship" checked={f.sponsorship === o.value} />)}
              </ChoiceGroup>
              <InputGroup label="When could you start?" flex={['0 0 80px', '1 1 160px', '0 0 100px']} help="The earliest date you could join us">
                <InputField name="start_day" placeholder="DD" inputMode="numeric" maxLength={2} value={f.startDay} onChange={set('startDay')} />
                <Select name="start_month" placeholder="Month" options={MONTHS} value={f.startMonth} onChange={set('startMonth')} />
                <InputField name="start_year" placeholder="YYYY" inputMode="numeric" maxLength={4} value={f.startYear} onChange={set('startYear')} />
              </InputGroup>
              <InputField label="Salary expectation" name="salary" type="number" prefix="$" suffix={<span className="nl-suffix">per year</span>} value={f.salary} onChange={set('salary')} />
              <Heading as="h3" type="title3">Documents</Heading>
              <InputFile
                label="CV / résumé" name="cv" buttonLabel="Select file" placeholder="No file selected" allowedFileTypes={['.pdf', '.doc', '.docx']}
                fileName={f.resume} labelRemove="Remove file" required
                onChange={(e) => { const file = e.currentTarget.files[0]; setF((s) => ({ ...s, resume: file ? file.name : '' })); }}
                onRemoveFile={() => setF((s) => ({ ...s, resume: '' }))}
              />
              <Textarea label="Cover letter" name="cover_letter" rows={6} value={f.coverLetter} onChange={set('coverLetter')} help="Optional. Paste it here." />
              <Heading as="h3" type="title3">Questions from the team</Heading>
              {posting.questions.map((q) => (q.kind === 'radio' ? (
                <ChoiceGroup key={q.id} label={q.label} onChange={setAnswer(q.id)}>
                  {q.options.map((o) => <Radio key={o} label={o} value={o} name={q.id} checked={f.answers[q.id] === o} />)}
                </ChoiceGroup>
              ) : (
                <Textarea key={q.id} label={q.label} name={q.id} rows={3} value={f.answers[q.id]} onChange={setAnswer(q.id)} />
              )))}
              <ChoiceGroup label="Which offices could you work from? (select all that apply)" onChange={toggleOffice}>
                {OFFICES.map((o) => <Checkbox key={o} label={o} value={o} name="offices" checked={f.offices.includes(o)} />)}
              </ChoiceGroup>
              <Select label="How did you hear about this job?" name="source" placeholder="Select" options={HEAR} value={f.hear} onChange={set('hear')} />
              <Stack direction="row" align="center" spacing="300">
                <Switch ariaLabelledby="alerts-label" checked={f.jobAlerts} onChange={(e) => { const c = e.currentTarget.checked; setF((s) => ({ ...s, jobAlerts: c })); }} />
                <Text id="alerts-label">Email me when similar jobs open</Text>
              </Stack>
              <Checkbox label="I have read the Nordlys applicant privacy statement" name="privacy" checked={f.privacy} onChange={(e) => { const c = e.currentTarget.checked; setF((s) => ({ ...s, privacy: c })); }} />
              <Button submit type="primary" size="large" dataTest="submit-application" id="nl-submit">Send application</Button>
            </Stack>
          </form>
        )}
        <pre id="model">{JSON.stringify({ ...f, trip }, null, 1)}</pre>
      </main>
    </>
  );
}

export function mountPosting(posting) {
  createRoot(document.getElementById('root')).render(
    <OrbitProvider theme={defaultTheme} useId={undefined}><Apply posting={posting} /></OrbitProvider>,
  );
}
