// Lumora Energy careers: the company's own React apply flow. A tiny hash router ("#/apply/<step>")
// mounts one step at a time; one react-hook-form instance (mode "onBlur") holds every step's
// values, so Back and the review's Edit links find them again. Experience and education are
// useFieldArray lists with "Add another"; follow-up questions sit under their answer and show once
// it is given; the "Role questions" step asks the job API for its questions when it opens.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, useFieldArray, useWatch } from 'react-hook-form';

const JOB = window.LM_JOB;
const ROUTES = [
  ['details', 'Your details'],
  ['experience', 'Experience'],
  ['eligibility', 'Eligibility'],
  ['role-questions', 'Role questions'],
  ['review', 'Review'],
];
const DIAL = [['US', '🇺🇸 +1'], ['CA', '🇨🇦 +1'], ['MX', '🇲🇽 +52'], ['GB', '🇬🇧 +44'], ['DE', '🇩🇪 +49'], ['IN', '🇮🇳 +91']];
const COUNTRIES = ['United States', 'Canada', 'Mexico', 'United Kingdom', 'Germany', 'India', 'Australia'];
const DEGREES = ['High school or equivalent', 'Associate degree', "Bachelor's degree", "Master's degree", 'PhD', 'Other'];
const NOTICE = ['Immediately', '1 week', '2 weeks', '1 month', 'More than 1 month'];
const VISAS = ['H-1B', 'TN', 'E-3', 'O-1', 'F-1 OPT / STEM OPT', 'Green card in process', 'Other'];
const EMPTY_ROLE = { company: '', title: '', startMonth: '', current: false, endMonth: '', summary: '' };
const EMPTY_SCHOOL = { school: '', degree: '', field: '', gradYear: '' };

// --- a hash router in the manner of React Router's HashRouter ---
const subscribe = (cb) => { window.addEventListener('hashchange', cb); return () => window.removeEventListener('hashchange', cb); };
const currentRoute = () => (window.location.hash.match(/^#\/apply\/([\w-]+)/) || [])[1] || 'details';
const navigate = (route) => { window.location.hash = `#/apply/${route}`; };
function useRoute() { return useSyncExternalStore(subscribe, currentRoute); }

// --- the "job API" ---
function fetchQuestions(jobId) {
  return new Promise((resolve) => setTimeout(() => resolve(JOB.questions), 700 + (jobId.length % 3) * 50));
}

function Field({ id, label, error, required, children, hint }) {
  return (
    <div className={`lm-field${error ? ' lm-field--error' : ''}`}>
      <label htmlFor={id} className="lm-label">{label}{required && <span className="lm-req"> *</span>}</label>
      {children}
      {hint && <p className="lm-hint">{hint}</p>}
      {error && <p className="lm-error" role="alert" id={`${id}-error`}>{error.message}</p>}
    </div>
  );
}

function YesNo({ name, label, register, error, required, options = ['Yes', 'No'] }) {
  return (
    <fieldset className={`lm-field lm-radio-group${error ? ' lm-field--error' : ''}`}>
      <legend className="lm-label">{label}{required && <span className="lm-req"> *</span>}</legend>
      {options.map((option) => (
        <label key={option} className="lm-radio">
          <input type="radio" value={option} {...register(name, required ? { required: 'Please answer this question' } : {})} /> {option}
        </label>
      ))}
      {error && <p className="lm-error" role="alert">{error.message}</p>}
    </fieldset>
  );
}

const get = (obj, path) => path.split('.').reduce((o, k) => (o == null ? o : o[k]), obj);

function Details({ form }) {
  const { register, formState: { errors } } = form;
  return (
    <>
      <div className="lm-row">
        <Field id="firstName" label="First name" required error={errors.firstName}><input id="firstName" autoComplete="given-name" {...register('firstName', { required: 'First name is required' })} /></Field>
        <Field id="lastName" label="Last name" required error={errors.lastName}><input id="lastName" autoComplete="family-name" {...register('lastName', { required: 'Last name is required' })} /></Field>
      </div>
      <Field id="preferredName" label="Preferred name" hint="Only if different from your first name"><input id="preferredName" {...register('preferredName')} /></Field>
      <Field id="email" label="Email" required error={errors.email}><input id="email" type="email" autoComplete="email" {...register('email', { required: 'Email is required', pattern: { value: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, message: 'Enter a valid email' } })} /></Field>
      <div className="lm-field">
        <label htmlFor="phone" className="lm-label">Phone<span className="lm-req"> *</span></label>
        <div className="lm-phone">
          <select aria-label="Country calling code" id="phoneCountry" {...register('phoneCountry')}>{DIAL.map(([code, text]) => <option key={code} value={code}>{text}</option>)}</select>
          <input id="phone" type="tel" {...register('phone', { required: 'Phone is required', validate: (v) => v.replace(/\D/g, '').length >= 10 || 'Enter a full phone number' })} />
        </div>
        {errors.phone && <p className="lm-error" role="alert">{errors.phone.message}</p>}
      </div>
      <div className="lm-row">
        <Field id="location" label="Where are you based?" required error={errors.location} hint="City, State"><input id="location" {...register('location', { required: 'Tell us where you are based' })} /></Field>
        <Field id="country" label="Country of residence" required error={errors.country}>
          <select id="country" {...register('country', { required: 'Choose a country' })}><option value="">Select…</option>{COUNTRIES.map((c) => <option key={c}>{c}</option>)}</select>
        </Field>
      </div>
      <Field id="pronouns" label="Pronouns (optional)">
        <select id="pronouns" {...register('pronouns')}><option value="">Select…</option><option>She/her</option><option>He/him</option><option>They/them</option><option>Ze/zir</option><option>Prefer to self-describe</option></select>
      </Field>
    </>
  );
}

function Experience({ form }) {
  const { register, control, setValue, formState: { errors } } = form;
  const roles = useFieldArray({ control, name: 'experience' });
  const schools = useFieldArray({ control, name: 'education' });
  const experience = useWatch({ control, name: 'experience' });
  const resumeName = useWatch({ control, name: 'resumeName' });
  return (
    <>
      <div className="lm-field">
        <span className="lm-label" id="resume-label">Resume<span className="lm-req"> *</span></span>
        <label className="lm-drop" htmlFor="resume">
          <input id="resume" type="file" accept=".pdf,.doc,.docx" aria-labelledby="resume-label" className="lm-visually-hidden" onChange={(e) => setValue('resumeName', e.target.files[0]?.name ?? '', { shouldValidate: true })} />
          {resumeName ? <span className="lm-chip">📄 {resumeName}</span> : <span>Drop your resume here or <u>browse</u> (PDF or Word)</span>}
        </label>
        <input type="hidden" {...register('resumeName', { required: 'Please upload your resume' })} />
        {errors.resumeName && <p className="lm-error" role="alert">{errors.resumeName.message}</p>}
      </div>
      <h3 className="lm-h3">Work experience</h3>
      <p className="lm-hint">Begin with your current or most recent role.</p>
      {roles.fields.map((item, i) => (
        <div className="lm-card" key={item.id}>
          <div className="lm-card-head"><strong>Role {i + 1}</strong>{i > 0 && <button type="button" className="lm-link" onClick={() => roles.remove(i)}>Remove</button>}</div>
          <div className="lm-row">
            <Field id={`experience.${i}.company`} label="Company" required={i === 0} error={get(errors, `experience.${i}.company`)}><input id={`experience.${i}.company`} {...register(`experience.${i}.company`, i === 0 ? { required: 'Company is required' } : {})} /></Field>
            <Field id={`experience.${i}.title`} label="Title" required={i === 0} error={get(errors, `experience.${i}.title`)}><input id={`experience.${i}.title`} {...register(`experience.${i}.title`, i === 0 ? { required: 'Title is required' } : {})} /></Field>
          </div>
          <div className="lm-row">
            <Field id={`experience.${i}.startMonth`} label="Start date"><input id={`experience.${i}.startMonth`} type="month" {...register(`experience.${i}.startMonth`)} /></Field>
            <div className="lm-field" hidden={!!experience?.[i]?.current}>
              <label htmlFor={`experience.${i}.endMonth`} className="lm-label">End date</label>
              <input id={`experience.${i}.endMonth`} type="month" {...register(`experience.${i}.endMonth`)} />
            </div>
          </div>
          <label className="lm-check"><input type="checkbox" id={`experience.${i}.current`} {...register(`experience.${i}.current`)} /> I currently work here</label>
          <Field id={`experience.${i}.summary`} label="What did you work on?"><textarea id={`experience.${i}.summary`} rows={3} {...register(`experience.${i}.summary`)} /></Field>
        </div>
      ))}
      <button type="button" className="lm-add" id="add-role" onClick={() => roles.append({ ...EMPTY_ROLE })}>+ Add another role</button>
      <h3 className="lm-h3">Education</h3>
      {schools.fields.map((item, i) => (
        <div className="lm-card" key={item.id}>
          <div className="lm-card-head"><strong>Education {i + 1}</strong>{i > 0 && <button type="button" className="lm-link" onClick={() => schools.remove(i)}>Remove</button>}</div>
          <div className="lm-row">
            <Field id={`education.${i}.school`} label="School or university"><input id={`education.${i}.school`} {...register(`education.${i}.school`)} /></Field>
            <Field id={`education.${i}.degree`} label="Degree">
              <select id={`education.${i}.degree`} {...register(`education.${i}.degree`)}><option value="">Select…</option>{DEGREES.map((d) => <option key={d}>{d}</option>)}</select>
            </Field>
          </div>
          <div className="lm-row">
            <Field id={`education.${i}.field`} label="Field of study"><input id={`education.${i}.field`} {...register(`education.${i}.field`)} /></Field>
            <Field id={`education.${i}.gradYear`} label="Graduation year"><input id={`education.${i}.gradYear`} inputMode="numeric" maxLength={4} {...register(`education.${i}.gradYear`)} /></Field>
          </div>
        </div>
      ))}
      <button type="button" className="lm-add" id="add-school" onClick={() => schools.append({ ...EMPTY_SCHOOL })}>+ Add another school</button>
      <h3 className="lm-h3">Links</h3>
      <div className="lm-row">
        <Field id="linkedin" label="LinkedIn"><input id="linkedin" placeholder="linkedin.com/in/…" {...register('linkedin')} /></Field>
        <Field id="github" label="GitHub"><input id="github" placeholder="github.com/…" {...register('github')} /></Field>
      </div>
      <Field id="website" label="Personal website"><input id="website" {...register('website')} /></Field>
    </>
  );
}

function Eligibility({ form }) {
  const { register, control, formState: { errors } } = form;
  const [employed, sponsor, former] = useWatch({ control, name: ['employed', 'sponsorship', 'formerEmployee'] });
  return (
    <>
      <YesNo name="authorized" label="Are you legally authorized to work in the United States?" register={register} required error={errors.authorized} />
      <YesNo name="sponsorship" label="Will you now or in the future require visa sponsorship to work for Lumora in the US?" register={register} required error={errors.sponsorship} />
      <div className="lm-followup" hidden={sponsor !== 'Yes'}>
        <Field id="visaType" label="Which visa type?"><select id="visaType" {...register('visaType')}><option value="">Select…</option>{VISAS.map((v) => <option key={v}>{v}</option>)}</select></Field>
      </div>
      <YesNo name="employed" label="Are you currently employed?" register={register} required error={errors.employed} />
      <div className="lm-followup" hidden={employed !== 'Yes'}>
        <Field id="currentEmployer" label="Current employer" error={errors.currentEmployer}><input id="currentEmployer" {...register('currentEmployer', { validate: (v, all) => all.employed !== 'Yes' || !!v.trim() || 'Tell us where you work now' })} /></Field>
        <Field id="noticePeriod" label="Notice period"><select id="noticePeriod" {...register('noticePeriod')}><option value="">Select…</option>{NOTICE.map((v) => <option key={v}>{v}</option>)}</select></Field>
      </div>
      <YesNo name="formerEmployee" label={`Have you worked at ${JOB.company} before?`} register={register} required error={errors.formerEmployee} />
      <div className="lm-followup" hidden={former !== 'Yes'}>
        <Field id="formerTeam" label="Which team, and when did you leave?"><input id="formerTeam" {...register('formerTeam')} /></Field>
      </div>
      <div className="lm-row">
        <div className="lm-field">
          <label htmlFor="salary" className="lm-label">Salary expectations</label>
          <div className="lm-affix"><span>$</span><input id="salary" inputMode="numeric" {...register('salary', { pattern: { value: /^[\d,]*$/, message: 'Numbers only' } })} /><span>USD / year</span></div>
          {errors.salary && <p className="lm-error" role="alert">{errors.salary.message}</p>}
        </div>
        <Field id="startDate" label="Earliest start date"><input id="startDate" type="date" {...register('startDate')} /></Field>
      </div>
    </>
  );
}

function RoleQuestions({ form }) {
  const { register, formState: { errors } } = form;
  const [questions, setQuestions] = useState(null);
  useEffect(() => { let live = true; fetchQuestions(JOB.id).then((q) => live && setQuestions(q)); return () => { live = false; }; }, []);
  if (!questions) return <div className="lm-loading" role="status"><span className="lm-spinner" aria-hidden="true" /> Loading questions…</div>;
  return (
    <>
      {questions.map((q) => {
        const name = `answers.${q.id}`;
        const rules = q.required ? { required: 'This question is required' } : {};
        const error = get(errors, name);
        if (q.type === 'radio') return <YesNo key={q.id} name={name} label={q.text} register={register} required={q.required} error={error} options={q.options} />;
        return (
          <Field key={q.id} id={`q-${q.id}`} label={q.text} required={q.required} error={error}>
            {q.type === 'select' ? (
              <select id={`q-${q.id}`} {...register(name, rules)}><option value="">Select…</option>{q.options.map((o) => <option key={o}>{o}</option>)}</select>
            ) : q.type === 'textarea' ? (
              <textarea id={`q-${q.id}`} rows={4} {...register(name, rules)} />
            ) : (
              <input id={`q-${q.id}`} placeholder={q.placeholder} {...register(name, rules)} />
            )}
          </Field>
        );
      })}
      <h3 className="lm-h3">Voluntary self-identification</h3>
      <p className="lm-hint">Answers are optional and are never seen by the hiring team.</p>
      <div className="lm-row">
        <Field id="eeoGender" label="Gender"><select id="eeoGender" {...register('eeo.gender')}><option value="">Select…</option><option>Woman</option><option>Man</option><option>Non-binary</option><option>I prefer not to say</option></select></Field>
        <Field id="eeoRace" label="Race / ethnicity"><select id="eeoRace" {...register('eeo.race')}><option value="">Select…</option><option>Asian</option><option>Black or African American</option><option>Hispanic or Latino</option><option>Native American or Alaska Native</option><option>Native Hawaiian or Pacific Islander</option><option>White</option><option>Two or more races</option><option>I prefer not to say</option></select></Field>
      </div>
      <YesNo name="eeo.veteran" label="Are you a protected veteran?" register={register} options={['Yes', 'No', 'I prefer not to say']} />
    </>
  );
}

function Review({ values, go }) {
  const rows = (pairs) => pairs.filter(([, v]) => v !== undefined && v !== '' && v !== false).map(([k, v]) => <div className="lm-review-row" key={k}><dt>{k}</dt><dd>{v === true ? 'Yes' : String(v)}</dd></div>);
  const section = (route, title, pairs) => (
    <section className="lm-review" key={route}>
      <h3>{title} <a href={`#/apply/${route}`} className="lm-edit" onClick={(e) => { e.preventDefault(); go(route); }}>Edit</a></h3>
      <dl>{rows(pairs)}</dl>
    </section>
  );
  const v = values;
  return (
    <>
      <p className="lm-hint">Please review your application. Nothing is sent until you press <b>Submit application</b>.</p>
      {section('details', 'Your details', [['Name', `${v.firstName} ${v.lastName}`], ['Email', v.email], ['Phone', v.phone], ['Based in', v.location], ['Country', v.country], ['Pronouns', v.pronouns]])}
      {section('experience', 'Experience', [['Resume', v.resumeName], ...v.experience.map((r, i) => [`Role ${i + 1}`, [r.title, r.company].filter(Boolean).join(' at ')]), ...v.education.map((s, i) => [`Education ${i + 1}`, [s.degree, s.school].filter(Boolean).join(', ')]), ['LinkedIn', v.linkedin], ['GitHub', v.github], ['Website', v.website]])}
      {section('eligibility', 'Eligibility', [['Authorized to work in the US', v.authorized], ['Needs sponsorship', v.sponsorship], ['Currently employed', v.employed], ['Current employer', v.employed === 'Yes' ? v.currentEmployer : ''], ['Salary expectations', v.salary && `$${v.salary}`], ['Earliest start', v.startDate]])}
      {section('role-questions', 'Role questions', JOB.questions.map((q) => [q.text, v.answers?.[q.id]]))}
    </>
  );
}

function App() {
  const route = useRoute();
  const [sent, setSent] = useState(false);
  const form = useForm({
    mode: 'onBlur',
    defaultValues: {
      firstName: '', lastName: '', preferredName: '', email: '', phoneCountry: 'US', phone: '', location: '', country: '', pronouns: '',
      resumeName: '', experience: [{ ...EMPTY_ROLE }], education: [{ ...EMPTY_SCHOOL }], linkedin: '', github: '', website: '',
      authorized: null, sponsorship: null, visaType: '', employed: null, currentEmployer: '', noticePeriod: '', formerEmployee: null, formerTeam: '', salary: '', startDate: '',
      answers: {}, eeo: { gender: '', race: '', veteran: null },
    },
  });
  const values = useWatch({ control: form.control });
  const index = Math.max(0, ROUTES.findIndex(([r]) => r === route));
  const [, title] = ROUTES[index];
  const onNext = form.handleSubmit(() => {
    if (index < ROUTES.length - 1) navigate(ROUTES[index + 1][0]);
  }, () => document.querySelector('.lm-field--error input, .lm-field--error select')?.focus());
  if (sent) return <div className="lm-done" id="lm-done"><h2>Application sent 🎉</h2><p>Thanks, {values.firstName}. We will be in touch within two weeks.</p></div>;
  const Step = [Details, Experience, Eligibility, RoleQuestions][index];
  return (
    <div className="lm-apply">
      <nav className="lm-steps" aria-label="Application progress">
        <ol>{ROUTES.map(([r, t], i) => <li key={r} className={i === index ? 'is-current' : i < index ? 'is-done' : ''} aria-current={i === index ? 'step' : undefined}>{t}</li>)}</ol>
      </nav>
      <form noValidate onSubmit={(e) => { e.preventDefault(); if (index === ROUTES.length - 1) setSent(true); else onNext(e); }}>
        <h2 className="lm-step-title">{title}</h2>
        {Step ? <Step form={form} /> : <Review values={values} go={navigate} />}
        <div className="lm-actions">
          {index > 0 && <button type="button" className="lm-btn lm-btn--ghost" id="lm-back" onClick={() => navigate(ROUTES[index - 1][0])}>Back</button>}
          {index < ROUTES.length - 1 ? <button type="submit" className="lm-btn" id="lm-next">Save and continue</button> : <button type="submit" className="lm-btn" id="lm-submit">Submit application</button>}
        </div>
      </form>
      <pre id="model">{JSON.stringify(values, null, 2)}</pre>
    </div>
  );
}

createRoot(document.getElementById('lm-root')).render(<App />);
