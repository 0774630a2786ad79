/*
 * Marlcrest Home Health (a Phoenix home-care network) careers page: React 19 + Headless UI 2 +
 * react-select 5 (classNamePrefix "rs") + react-hook-form Controllers. Screening first: step 1 asks
 * employment, education, years, work authorization and sponsorship (Headless RadioGroups of card
 * options with sentences, no native radios; Listboxes); step 2 ("About you") mounts only the
 * follow-ups the screening answers call for (current employer + title when working now, school
 * when the education is a degree, visa type when sponsorship is needed); step 3 holds the start
 * date, pay, the posting's questions, a "previous role" entry with "Add another role", "how did
 * you hear", EEO, an SMS Switch and the Headless Checkbox terms. State goes to <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, Controller, useFieldArray } from 'react-hook-form';
import { Checkbox, Field, Input, Label, Description, Listbox, ListboxButton, ListboxOption, ListboxOptions, Radio, RadioGroup, Switch, Textarea } from '@headlessui/react';
import Select from 'react-select';

const EDUCATION = ['High school or GED', 'Some college, no degree', 'Associate degree', "Bachelor's degree", 'Graduate degree'];
const DEGREE_LEVELS = ['Associate degree', "Bachelor's degree", 'Graduate degree'];
const YEARS = ['Under 2', '2 to 4', '5 to 7', '8 or more'];
const PLACES = ['Phoenix, AZ', 'Tempe, AZ', 'Scottsdale, AZ', 'Tucson, AZ', 'Las Vegas, NV', 'San Diego, CA', 'San Francisco, CA', 'South San Francisco, CA', 'San Jose, CA', 'Denver, CO', 'Albuquerque, NM'].map((p) => ({ value: p, label: p }));
const HEARD = ['Marlcrest website', 'LinkedIn', 'Glassdoor', 'A friend or colleague', 'Other'].map((p) => ({ value: p, label: p }));
const GENDER = ['Woman', 'Man', 'Non-binary', 'I prefer not to say'];
const VISAS = ['H-1B', 'F-1 OPT', 'TN', 'Other'];

const POSTING = {
  title: 'Senior Data Engineer, Care Operations',
  where: 'Phoenix, AZ or remote (US) · Full-time',
  intro: 'Marlcrest nurses and aides make 45,000 home visits a month across Arizona and Nevada. You will build the scheduling, visit-verification and payroll-hours pipelines that keep those visits on time and correctly billed.',
  questions: [
    { key: 'q_evv', kind: 'radio', label: 'Have you worked with electronic visit verification (EVV) or home-care scheduling data?', options: ['Yes', 'No'] },
    { key: 'q_hipaa', kind: 'listbox', label: 'How much of your work has involved HIPAA-protected data?', options: ['None', 'Some projects', 'Most of my work'] },
    { key: 'q_field', kind: 'text', label: 'What would you want to learn from riding along on a home visit?' },
  ],
};

function LB({ id, value, onChange, options, placeholder = 'Select…' }) {
  return (
    <Listbox value={value} onChange={onChange}>
      <ListboxButton id={id} className="mc-lb-btn">{value || placeholder}</ListboxButton>
      <ListboxOptions anchor="bottom start" className="mc-lb-opts">
        {options.map((o) => <ListboxOption key={o} value={o}>{o}</ListboxOption>)}
      </ListboxOptions>
    </Listbox>
  );
}
function Cards({ id, value, onChange, options, label }) {
  return (
    <RadioGroup id={id} value={value} onChange={onChange} aria-label={label} className="mc-cards">
      {options.map(([v, text]) => <Radio key={v} value={v}>{text}</Radio>)}
    </RadioGroup>
  );
}

function App() {
  const defaults = {
    employed: null, education: null, years: null, authorized: null, sponsorship: null,
    firstName: '', lastName: '', email: '', phone: '', location: null, employer: '', jobTitle: '', school: '', visa: null, linkedin: '', resume: null, coverLetter: '',
    startDate: '', salary: '', questions: Object.fromEntries(POSTING.questions.map((q) => [q.key, null])), previousRoles: [{ company: '', title: '' }],
    heard: null, gender: null, sms: false, terms: false,
  };
  const { control, watch, register, handleSubmit } = useForm({ defaultValues: defaults });
  const { fields: roles, append } = useFieldArray({ control, name: 'previousRoles' });
  const [step, setStep] = useState(1);
  const [done, setDone] = useState(false);
  const v = watch();
  useEffect(() => { document.getElementById('model').textContent = JSON.stringify(v, null, 2); });
  const C = (name, render) => <Controller name={name} control={control} render={({ field }) => render(field)} />;
  const text = (name, label, props = {}, desc) => (
    <Field className="mc-field"><Label>{label}</Label>{desc && <Description className="mc-desc">{desc}</Description>}<Input id={`mc-${name}`} className="mc-input" {...register(name)} {...props} /></Field>
  );
  if (done) return <div className="mc-wrap"><div className="mc-card" id="mc-done"><h2>Thank you!</h2><p>Your application is in. A Marlcrest recruiter will contact you within a week.</p></div></div>;
  return (
    <>
      <header className="mc-top"><b>Marlcrest Home Health</b><input id="mc-jobsearch" className="mc-input" type="search" placeholder="Find jobs near you" aria-label="Find jobs" /></header>
      <main className="mc-wrap">
        <h1>{POSTING.title}</h1><p>{POSTING.where}</p><p>{POSTING.intro}</p>
        <div className="mc-card">
          <div className="mc-steps"><span className={step === 1 ? 'on' : ''}>1. Quick questions</span>›<span className={step === 2 ? 'on' : ''}>2. About you</span>›<span className={step === 3 ? 'on' : ''}>3. Final details</span></div>
          <form id="mc-form" onSubmit={handleSubmit(() => setDone(true))}>
            {step === 1 && (<>
              <div className="mc-field"><span className="mc-legend">Are you working right now?</span>
                {C('employed', (f) => <Cards id="mc-employed" label="Are you working right now?" value={f.value} onChange={f.onChange} options={[['yes', "Yes, I'm working now"], ['no', "No, I'm between roles"]]} />)}</div>
              <Field className="mc-field"><Label>Highest education completed</Label>{C('education', (f) => <LB id="mc-education" value={f.value} onChange={f.onChange} options={EDUCATION} />)}</Field>
              <Field className="mc-field"><Label>Years in data engineering or analytics roles</Label>{C('years', (f) => <LB id="mc-years" value={f.value} onChange={f.onChange} options={YEARS} />)}</Field>
              <div className="mc-field"><span className="mc-legend">Can you legally work in the United States?</span>
                {C('authorized', (f) => <Cards id="mc-authorized" label="Can you legally work in the United States?" value={f.value} onChange={f.onChange} options={[['yes', 'Yes'], ['no', 'No']]} />)}</div>
              <div className="mc-field"><span className="mc-legend">Visa sponsorship</span>
                {C('sponsorship', (f) => <Cards id="mc-sponsorship" label="Visa sponsorship" value={f.value} onChange={f.onChange} options={[['need', "I'll need sponsorship now or later"], ['never', "I won't ever need sponsorship"]]} />)}</div>
              <button type="button" id="mc-next-1" className="mc-btn" onClick={() => setStep(2)}>Continue</button>
            </>)}
            {step === 2 && (<>
              <div className="mc-row">{text('firstName', 'First name')}{text('lastName', 'Last name')}</div>
              {text('email', 'Email', { type: 'email' })}
              {text('phone', 'Mobile number', { type: 'tel', placeholder: '+1 (555) 123-4567' })}
              <Field className="mc-field mc-location"><Label>Where do you live?</Label>
                {C('location', (f) => <Select inputId="mc-location" classNamePrefix="rs" options={PLACES} placeholder="Start typing a city" value={PLACES.find((p) => p.value === f.value) || null} onChange={(o) => f.onChange(o ? o.value : null)} />)}</Field>
              {v.employed === 'yes' && <div className="mc-row">{text('employer', 'Where do you work now?')}{text('jobTitle', 'Your current title')}</div>}
              {DEGREE_LEVELS.includes(v.education) && text('school', 'School where you earned your degree')}
              {v.sponsorship === 'need' && <Field className="mc-field"><Label>Which visa would you need?</Label>{C('visa', (f) => <LB id="mc-visa" value={f.value} onChange={f.onChange} options={VISAS} />)}</Field>}
              {text('linkedin', 'LinkedIn (optional)', { placeholder: 'linkedin.com/in/…' })}
              {C('resume', (f) => (
                <div className="mc-field"><span className="mc-legend">Resume</span>
                  <label htmlFor="mc-resume" className="mc-input" style={{ cursor: 'pointer' }}>{f.value ? f.value : 'Upload a file (PDF, DOC, DOCX)'}
                    <input id="mc-resume" type="file" accept=".pdf,.doc,.docx" style={{ display: 'none' }} onChange={(e) => f.onChange(e.target.files[0] ? e.target.files[0].name : null)} /></label></div>
              ))}
              <Field className="mc-field"><Label>Cover letter</Label><Description className="mc-desc">Optional, but we read every one.</Description><Textarea id="mc-coverLetter" className="mc-input" rows={5} {...register('coverLetter')} /></Field>
              <button type="button" id="mc-next-2" className="mc-btn" onClick={() => setStep(3)}>Continue</button>
            </>)}
            {step === 3 && (<>
              <div className="mc-row">{text('startDate', 'Earliest start date', { type: 'date' })}{text('salary', 'Target salary (USD per year)', { inputMode: 'numeric', placeholder: 'e.g. 120000' })}</div>
              {POSTING.questions.map((q) => (
                <div key={q.key} className="mc-field"><span className="mc-legend" id={`mc-${q.key}-label`}>{q.label}</span>
                  {q.kind === 'radio' ? C(`questions.${q.key}`, (f) => <Cards id={`mc-${q.key}`} label={q.label} value={f.value} onChange={f.onChange} options={q.options.map((o) => [o, o])} />)
                    : q.kind === 'listbox' ? C(`questions.${q.key}`, (f) => <LB id={`mc-${q.key}`} value={f.value} onChange={f.onChange} options={q.options} />)
                    : <Textarea id={`mc-${q.key}`} aria-labelledby={`mc-${q.key}-label`} className="mc-input" rows={3} {...register(`questions.${q.key}`)} />}
                </div>
              ))}
              <h3>Previous role</h3><p className="mc-desc">Tell us about the job you had before your current one.</p>
              {roles.map((r, i) => <div key={r.id} className="mc-row">{text(`previousRoles.${i}.company`, 'Company')}{text(`previousRoles.${i}.title`, 'Title')}</div>)}
              <button type="button" id="mc-add-role" onClick={() => append({ company: '', title: '' })}>+ Add another role</button>
              <Field className="mc-field mc-heard" style={{ marginTop: 18 }}><Label>How did you find this job?</Label>
                {C('heard', (f) => <Select inputId="mc-heard" classNamePrefix="rs" options={HEARD} isClearable value={HEARD.find((p) => p.value === f.value) || null} onChange={(o) => f.onChange(o ? o.value : null)} />)}</Field>
              <Field className="mc-field"><Label>Gender (voluntary)</Label>{C('gender', (f) => <LB id="mc-gender" value={f.value} onChange={f.onChange} options={GENDER} placeholder="Choose not to answer" />)}</Field>
              <Field className="mc-field" style={{ flexDirection: 'row', alignItems: 'center' }}>{C('sms', (f) => <Switch id="mc-sms" checked={f.value} onChange={f.onChange} className="mc-switch" />)}<Label>Text me interview reminders and job updates</Label></Field>
              <Field className="mc-field" style={{ flexDirection: 'row', alignItems: 'center' }}>{C('terms', (f) => <Checkbox id="mc-terms" checked={f.value} onChange={f.onChange} style={{ display: 'inline-flex', gap: 8, alignItems: 'center', cursor: 'pointer' }}><span className="mc-check" data-checked={f.value || undefined} />I agree to the Marlcrest applicant privacy notice</Checkbox>)}</Field>
              <button type="submit" id="mc-submit" className="mc-btn" disabled={!v.terms}>Submit application</button>
            </>)}
          </form>
        </div>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
