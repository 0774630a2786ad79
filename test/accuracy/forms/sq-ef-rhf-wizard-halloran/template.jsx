/*
 * Halloran Grid careers (an Eightfold-like "Apply" wizard the company built in React 19 +
 * react-hook-form). Six steps, only the current one mounted (going back re-mounts its fields from
 * the form state): Resume, Personal information, Experience (useFieldArray positions and schools
 * with "Add another", a skills tag input), Questions (follow-ups that appear only after an answer),
 * Voluntary self-identification, Review & submit (values listed with Edit links, consent). Posting
 * flags turn optional fields on (preferred name, GitHub, relocation). State goes to <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, useFieldArray, useWatch } from 'react-hook-form';

const COUNTRIES = ['Australia', 'Canada', 'Germany', 'India', 'Ireland', 'Mexico', 'United Kingdom', 'United States', 'United States Minor Outlying Islands', 'Uruguay'];
const PLACES = ['San Francisco, CA', 'South San Francisco, CA', 'San Jose, CA', 'Sacramento, CA', 'Seattle, WA', 'Denver, CO', 'Austin, TX'];
const DEGREES = ['High school or equivalent', "Associate's (AA, AS)", "Bachelor's (BA, BS)", "Master's (MA, MS, MBA)", 'Doctorate (PhD, EdD)', 'Professional (JD, MD)'];
const START = ['Immediately', 'Within 2 weeks', 'On a specific date'];
const VISAS = ['H-1B', 'H-1B transfer', 'F-1 OPT / STEM OPT', 'TN', 'O-1', 'Permanent residency sponsorship'];
const STEPS = ['Resume', 'Personal information', 'Experience', 'Questions', 'Voluntary self-identification', 'Review & submit'];
const blankJob = { title: '', company: '', start: '', end: '', current: false };
const blankSchool = { school: '', degree: '', field: '', gradYear: '' };

function Field({ id, label, hint, required, children }) {
  return (
    <div className="hg-field">
      <label htmlFor={id}>{label}{required ? <span className="hg-req" aria-hidden="true"> *</span> : null}</label>
      {children}
      {hint ? <p className="hg-hint" id={`${id}-hint`}>{hint}</p> : null}
    </div>
  );
}

function YesNo({ register, name, legend, required, id }) {
  return (
    <fieldset className="hg-radios" id={id}>
      <legend>{legend}{required ? <span className="hg-req" aria-hidden="true"> *</span> : null}</legend>
      {['Yes', 'No'].map((o) => (
        <label key={o} className="hg-chip"><input type="radio" value={o} {...register(name, { required })} /> <span>{o}</span></label>
      ))}
    </fieldset>
  );
}

function Skills({ value, onChange }) {
  const [text, setText] = useState('');
  return (
    <div className="hg-tags">
      <ul aria-label="Added skills">{value.map((s) => (
        <li key={s}>{s} <button type="button" aria-label={`Remove ${s}`} onClick={() => onChange(value.filter((x) => x !== s))}>×</button></li>
      ))}</ul>
      <input id="hg-skills" type="text" value={text} placeholder="e.g. Python, Airflow" autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if ((e.key === 'Enter' || e.key === ',') && text.trim()) {
            e.preventDefault();
            if (!value.includes(text.trim())) onChange([...value, text.trim()]);
            setText('');
          }
        }} />
    </div>
  );
}

function App({ posting }) {
  const f = posting.fields || {};
  const defaults = {
    resume: null, firstName: '', lastName: '', preferredName: '', email: '', phone: '', location: '', country: '',
    linkedin: '', github: '', portfolio: '',
    positions: [{ ...blankJob }], schools: [{ ...blankSchool }], totalYears: '', skills: [],
    authorized: '', sponsorship: '', visaType: '', employed: '', employer: '', jobTitle: '', contactEmployer: '',
    relocate: '', salary: '', currency: 'USD', period: '', start: '', startDate: '',
    questions: Object.fromEntries(posting.questions.map((q) => [q.key, ''])),
    gender: '', race: '', veteran: '', disability: '', alerts: false, consent: false,
  };
  const { register, control, handleSubmit, getValues, setValue, trigger, formState } = useForm({ defaultValues: defaults, mode: 'onTouched' });
  const positions = useFieldArray({ control, name: 'positions' });
  const schools = useFieldArray({ control, name: 'schools' });
  const values = useWatch({ control });
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    const all = getValues();
    document.getElementById('model').textContent = JSON.stringify({ ...all, resume: all.resume && all.resume[0] ? all.resume[0].name : null }, null, 2);
  });

  const STEP_FIELDS = [
    ['resume'],
    ['firstName', 'lastName', 'email', 'phone', 'location', 'country'],
    ['schools', 'totalYears'],
    ['authorized', 'sponsorship', 'employed', 'employer', 'salary', 'start', 'startDate', ...posting.questions.filter((q) => q.required).map((q) => `questions.${q.key}`)],
    [],
    ['consent'],
  ];
  const next = async () => {
    const ok = await trigger(STEP_FIELDS[step]);
    if (!ok) { setError('Please complete the required fields before you continue.'); return; }
    setError('');
    setStep(step + 1);
    window.scrollTo(0, 0);
  };
  const onSubmit = () => setDone(true);

  if (done) return <main className="hg-main"><div id="hg-done" role="status"><h2>Thanks, {values.firstName}!</h2><p>Your application for {posting.title} is in.</p></div></main>;

  const req = { required: true };
  const bad = (name) => (name.split('.').reduce((n, k) => (n ? n[k] : undefined), formState.errors) ? 'true' : undefined);

  return (
    <main className="hg-main">
      <header className="hg-job"><p className="hg-team">{posting.team}</p><h1>{posting.title}</h1><p>{posting.where}</p></header>
      <ol className="hg-steps">{STEPS.map((s, i) => <li key={s} className={i === step ? 'on' : i < step ? 'past' : ''} aria-current={i === step ? 'step' : undefined}>{s}</li>)}</ol>
      <form id="hg-form" onSubmit={handleSubmit(onSubmit)} noValidate>
        {error ? <div className="hg-error" role="alert">{error}</div> : null}

        {step === 0 && (
          <section>
            <h2>Start with your resume</h2>
            <p className="hg-hint">PDF or Word, up to 10 MB. We'll use it to match you to other roles too.</p>
            <div className="hg-drop">
              <input id="hg-resume" type="file" accept=".pdf,.doc,.docx" {...register('resume', req)} aria-invalid={bad('resume')} />
              <label htmlFor="hg-resume" className="hg-button">Upload resume</label>
              <span className="hg-file">{values.resume && values.resume[0] ? values.resume[0].name : 'No file chosen'}</span>
            </div>
          </section>
        )}

        {step === 1 && (
          <section>
            <h2>Personal information</h2>
            <div className="hg-grid">
              <Field id="hg-first" label="First name" required><input id="hg-first" {...register('firstName', req)} aria-invalid={bad('firstName')} /></Field>
              <Field id="hg-last" label="Last name" required><input id="hg-last" {...register('lastName', req)} aria-invalid={bad('lastName')} /></Field>
              {f.preferredName ? <Field id="hg-preferred" label="Preferred name" hint="Only if it differs from your first name."><input id="hg-preferred" {...register('preferredName')} /></Field> : null}
              <Field id="hg-email" label="Email" required><input id="hg-email" type="email" {...register('email', req)} aria-invalid={bad('email')} /></Field>
              <Field id="hg-phone" label="Phone" required hint="Include your country code, e.g. +1 (555) 555-5555"><input id="hg-phone" type="tel" {...register('phone', req)} aria-describedby="hg-phone-hint" /></Field>
              <Field id="hg-location" label="Current location" required hint="City, state">
                <input id="hg-location" list="hg-places" autoComplete="off" {...register('location', req)} aria-describedby="hg-location-hint" />
                <datalist id="hg-places">{PLACES.map((p) => <option key={p} value={p} />)}</datalist>
              </Field>
              <Field id="hg-country" label="Country" required>
                <select id="hg-country" {...register('country', req)}><option value="">Select a country</option>{COUNTRIES.map((c) => <option key={c}>{c}</option>)}</select>
              </Field>
            </div>
            <h3>Links</h3>
            <div className="hg-grid">
              <Field id="hg-linkedin" label="LinkedIn"><input id="hg-linkedin" type="url" placeholder="https://linkedin.com/in/…" {...register('linkedin')} /></Field>
              {f.github ? <Field id="hg-github" label="GitHub"><input id="hg-github" type="url" {...register('github')} /></Field> : null}
              <Field id="hg-portfolio" label="Portfolio / personal website"><input id="hg-portfolio" type="url" {...register('portfolio')} /></Field>
            </div>
          </section>
        )}

        {step === 2 && (
          <section>
            <h2>Experience</h2>
            {positions.fields.map((item, i) => (
              <fieldset key={item.id} className="hg-entry" data-entry={`position-${i}`}>
                <legend>Position {i + 1}</legend>
                <div className="hg-grid">
                  <Field id={`hg-pos-${i}-title`} label="Job title"><input id={`hg-pos-${i}-title`} {...register(`positions.${i}.title`)} /></Field>
                  <Field id={`hg-pos-${i}-company`} label="Company"><input id={`hg-pos-${i}-company`} {...register(`positions.${i}.company`)} /></Field>
                  <Field id={`hg-pos-${i}-start`} label="Start date"><input id={`hg-pos-${i}-start`} type="month" {...register(`positions.${i}.start`)} /></Field>
                  {values.positions?.[i]?.current ? null : <Field id={`hg-pos-${i}-end`} label="End date"><input id={`hg-pos-${i}-end`} type="month" {...register(`positions.${i}.end`)} /></Field>}
                </div>
                <label className="hg-check"><input type="checkbox" id={`hg-pos-${i}-current`} {...register(`positions.${i}.current`)} /> I currently work here</label>
                {positions.fields.length > 1 ? <button type="button" className="hg-link" onClick={() => positions.remove(i)}>Remove</button> : null}
              </fieldset>
            ))}
            <button type="button" className="hg-add" onClick={() => positions.append({ ...blankJob })}>+ Add another position</button>

            <h3>Education</h3>
            {schools.fields.map((item, i) => (
              <fieldset key={item.id} className="hg-entry" data-entry={`school-${i}`}>
                <legend>School {i + 1}</legend>
                <div className="hg-grid">
                  <Field id={`hg-sch-${i}-school`} label="School" required={i === 0}><input id={`hg-sch-${i}-school`} {...register(`schools.${i}.school`, { required: i === 0 })} /></Field>
                  <Field id={`hg-sch-${i}-degree`} label="Degree" required={i === 0}>
                    <select id={`hg-sch-${i}-degree`} {...register(`schools.${i}.degree`, { required: i === 0 })}><option value="">Select</option>{DEGREES.map((d) => <option key={d}>{d}</option>)}</select>
                  </Field>
                  <Field id={`hg-sch-${i}-field`} label="Field of study"><input id={`hg-sch-${i}-field`} {...register(`schools.${i}.field`)} /></Field>
                  <Field id={`hg-sch-${i}-grad`} label="Graduation year"><input id={`hg-sch-${i}-grad`} inputMode="numeric" maxLength={4} placeholder="YYYY" {...register(`schools.${i}.gradYear`)} /></Field>
                </div>
                {schools.fields.length > 1 ? <button type="button" className="hg-link" onClick={() => schools.remove(i)}>Remove</button> : null}
              </fieldset>
            ))}
            <button type="button" className="hg-add" onClick={() => schools.append({ ...blankSchool })}>+ Add another school</button>

            <div className="hg-grid">
              <Field id="hg-years" label="Total years of professional experience" required><input id="hg-years" type="number" min="0" max="60" {...register('totalYears', req)} /></Field>
              <Field id="hg-skills" label="Skills" hint="Press Enter after each skill.">
                <Skills value={values.skills || []} onChange={(v) => setValue('skills', v, { shouldDirty: true })} />
              </Field>
            </div>
          </section>
        )}

        {step === 3 && (
          <section>
            <h2>A few questions</h2>
            <YesNo register={register} id="hg-authorized" name="authorized" legend="Are you legally authorized to work in the United States?" required />
            <YesNo register={register} id="hg-sponsorship" name="sponsorship" legend="Will you now or in the future require visa sponsorship to work for Halloran Grid?" required />
            <div className="hg-follow" hidden={values.sponsorship !== 'Yes'}>
              <Field id="hg-visa" label="Which visa or status would you need sponsored?" required>
                <select id="hg-visa" {...register('visaType', { validate: (v, all) => all.sponsorship !== 'Yes' || !!v })}><option value="">Select</option>{VISAS.map((v) => <option key={v}>{v}</option>)}</select>
              </Field>
            </div>
            <YesNo register={register} id="hg-employed" name="employed" legend="Are you currently employed?" required />
            <div className="hg-follow" hidden={values.employed !== 'Yes'}>
              <div className="hg-grid">
                <Field id="hg-employer" label="Current employer" required><input id="hg-employer" {...register('employer', { validate: (v, all) => all.employed !== 'Yes' || !!v })} /></Field>
                <Field id="hg-jobtitle" label="Current job title"><input id="hg-jobtitle" {...register('jobTitle')} /></Field>
              </div>
              <YesNo register={register} id="hg-contact" name="contactEmployer" legend="May we contact your current employer?" />
            </div>
            {f.relocation ? <YesNo register={register} id="hg-relocate" name="relocate" legend={f.relocation} /> : null}
            <div className="hg-grid hg-pay">
              <Field id="hg-salary" label="Desired base salary" required><input id="hg-salary" inputMode="numeric" {...register('salary', req)} /></Field>
              <Field id="hg-currency" label="Currency"><select id="hg-currency" {...register('currency')}>{['USD', 'CAD', 'EUR', 'GBP', 'INR'].map((c) => <option key={c}>{c}</option>)}</select></Field>
              <Field id="hg-period" label="Per"><select id="hg-period" {...register('period')}><option value="">Select</option><option>Hour</option><option>Month</option><option>Year</option></select></Field>
            </div>
            <Field id="hg-start" label="When could you start?" required>
              <select id="hg-start" {...register('start', req)}><option value="">Select</option>{START.map((s) => <option key={s}>{s}</option>)}</select>
            </Field>
            <div className="hg-follow" hidden={values.start !== 'On a specific date'}>
              <Field id="hg-startdate" label="Start date" required><input id="hg-startdate" type="date" {...register('startDate', { validate: (v, all) => all.start !== 'On a specific date' || !!v })} /></Field>
            </div>
            {posting.questions.map((q) => (
              q.kind === 'yesno'
                ? <YesNo key={q.key} register={register} id={`hg-q-${q.key}`} name={`questions.${q.key}`} legend={q.label} required={q.required} />
                : q.kind === 'select'
                  ? <Field key={q.key} id={`hg-q-${q.key}`} label={q.label} required={q.required}><select id={`hg-q-${q.key}`} {...register(`questions.${q.key}`, { required: q.required })}><option value="">Select</option>{q.options.map((o) => <option key={o}>{o}</option>)}</select></Field>
                  : <Field key={q.key} id={`hg-q-${q.key}`} label={q.label} required={q.required}><textarea id={`hg-q-${q.key}`} rows={3} {...register(`questions.${q.key}`, { required: q.required })} /></Field>
            ))}
          </section>
        )}

        {step === 4 && (
          <section>
            <h2>Voluntary self-identification</h2>
            <p className="hg-hint">Halloran Grid is an equal opportunity employer. Answering is voluntary and will not affect your application.</p>
            <div className="hg-grid">
              <Field id="hg-gender" label="Gender"><select id="hg-gender" {...register('gender')}><option value="">Select</option><option>Woman</option><option>Man</option><option>Non-binary</option><option>I prefer not to say</option></select></Field>
              <Field id="hg-race" label="Race / ethnicity"><select id="hg-race" {...register('race')}><option value="">Select</option><option>Asian</option><option>Black or African American</option><option>Hispanic or Latino</option><option>Native American or Alaska Native</option><option>Native Hawaiian or Pacific Islander</option><option>White</option><option>Two or more races</option><option>I prefer not to say</option></select></Field>
              <Field id="hg-veteran" label="Veteran status"><select id="hg-veteran" {...register('veteran')}><option value="">Select</option><option>I am a protected veteran</option><option>I am not a protected veteran</option><option>I prefer not to say</option></select></Field>
              <Field id="hg-disability" label="Disability status"><select id="hg-disability" {...register('disability')}><option value="">Select</option><option>Yes, I have a disability (or previously had one)</option><option>No, I do not have a disability</option><option>I prefer not to say</option></select></Field>
            </div>
          </section>
        )}

        {step === 5 && (
          <section>
            <h2>Review & submit</h2>
            {[
              ['Resume', 0, [['File', values.resume && values.resume[0] ? values.resume[0].name : '']]],
              ['Personal information', 1, [['Name', `${values.firstName} ${values.lastName}`], ['Email', values.email], ['Phone', values.phone], ['Location', values.location], ['Country', values.country], ['LinkedIn', values.linkedin]]],
              ['Experience', 2, [...(values.positions || []).map((p, i) => [`Position ${i + 1}`, [p.title, p.company].filter(Boolean).join(' · ')]), ...(values.schools || []).map((s, i) => [`School ${i + 1}`, [s.degree, s.school].filter(Boolean).join(', ')]), ['Years', values.totalYears], ['Skills', (values.skills || []).join(', ')]]],
              ['Questions', 3, [['Authorized', values.authorized], ['Sponsorship', values.sponsorship], ['Employed', values.employed], ['Salary', `${values.salary} ${values.currency} ${values.period ? `per ${values.period.toLowerCase()}` : ''}`], ['Start', values.start === 'On a specific date' ? values.startDate : values.start]]],
            ].map(([title, s, rows]) => (
              <div key={title} className="hg-review">
                <h3>{title} <button type="button" className="hg-link" onClick={() => setStep(s)}>Edit</button></h3>
                <dl>{rows.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v || '—'}</dd></div>)}</dl>
              </div>
            ))}
            <label className="hg-check"><input type="checkbox" id="hg-alerts" {...register('alerts')} /> Send me job alerts for similar roles</label>
            <label className="hg-check"><input type="checkbox" id="hg-consent" {...register('consent', req)} /> I confirm the information above is accurate and I agree to the <a href="#">candidate privacy notice</a>. <span className="hg-req">*</span></label>
          </section>
        )}

        <div className="hg-nav">
          {step > 0 ? <button type="button" id="hg-back" onClick={() => setStep(step - 1)}>Back</button> : <span />}
          {step < STEPS.length - 1
            ? <button type="button" id="hg-next" className="hg-primary" onClick={next}>Save and continue</button>
            : <button type="submit" id="hg-submit" className="hg-primary">Submit application</button>}
        </div>
      </form>
    </main>
  );
}

export function renderPosting(posting) {
  document.title = `${posting.title} | Halloran Grid Careers`;
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
