// Kittering Bikes careers: a React 19 job page. Above the application sits a "Refer a friend for
// this role" card (its own react-hook-form: the referrer's name and email, the friend's name,
// email, LinkedIn and resume in a react-dropzone zone). The application below is a second
// react-hook-form with useFieldArray roles and schools (seeded with one each), react-dropzone zones
// for the resume and cover letter, and the posting's questions. Both forms' values are rendered
// into <pre id="model"> as { referral, application }.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, useFieldArray, Controller } from 'react-hook-form';
import { useDropzone } from 'react-dropzone';

const JOB = window.KB_JOB;
const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];
const DEGREES = ['High school', 'Associate', 'BA / BS', 'MA / MS', 'MBA', 'PhD', 'Bootcamp / certificate'];
const AUTH = ['Yes, I am authorized to work in the US for any employer', 'Yes, but only for my current employer (visa holder)', 'No, I am not authorized to work in the US'];
const SOURCES = ['Kittering website', 'LinkedIn', 'A friend at Kittering', 'Bike shop / race event', 'Other'];

function Zone({ id, label, hint, value, onChange }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ multiple: false, onDrop: (files) => onChange(files[0]?.name ?? null) });
  return (
    <div className="kb-field">
      <span className="kb-label" id={`${id}-label`}>{label}</span>
      <div {...getRootProps({ className: `kb-zone${isDragActive ? ' is-active' : ''}`, 'aria-labelledby': `${id}-label` })}>
        <input {...getInputProps({ id })} />
        {value ? <span className="kb-chip">📎 {value}</span> : <span>Drop a file or <u>browse</u></span>}
        <small>{hint}</small>
      </div>
    </div>
  );
}

function Referral({ onChange }) {
  const { register, control, watch, handleSubmit } = useForm({ defaultValues: { yourName: '', yourEmail: '', friendName: '', friendEmail: '', friendLinkedin: '', friendResume: null, relation: '' } });
  const [sent, setSent] = useState(false);
  onChange(watch());
  if (sent) return <p className="kb-ok">Thanks! We'll reach out to your friend.</p>;
  return (
    <form className="kb-card kb-refer" id="kb-refer" onSubmit={handleSubmit(() => setSent(true))}>
      <h2>Know someone for this role? Refer a friend</h2>
      <p>Referred hires earn you a $1,500 bike voucher.</p>
      <div className="kb-row">
        <div className="kb-field"><label htmlFor="ref-your-name">Your name</label><input id="ref-your-name" {...register('yourName')} /></div>
        <div className="kb-field"><label htmlFor="ref-your-email">Your email</label><input id="ref-your-email" type="email" {...register('yourEmail')} /></div>
      </div>
      <div className="kb-row">
        <div className="kb-field"><label htmlFor="ref-friend-name">Friend's full name</label><input id="ref-friend-name" {...register('friendName')} /></div>
        <div className="kb-field"><label htmlFor="ref-friend-email">Friend's email</label><input id="ref-friend-email" type="email" {...register('friendEmail')} /></div>
      </div>
      <div className="kb-field"><label htmlFor="ref-friend-linkedin">Friend's LinkedIn</label><input id="ref-friend-linkedin" {...register('friendLinkedin')} /></div>
      <Controller name="friendResume" control={control} render={({ field }) => <Zone id="ref-friend-resume" label="Friend's resume (optional)" hint="PDF or DOCX" value={field.value} onChange={field.onChange} />} />
      <div className="kb-field"><label htmlFor="ref-relation">How do you know them?</label>
        <select id="ref-relation" {...register('relation')}><option value="">Select…</option><option>Worked together</option><option>Studied together</option><option>Friend / family</option><option>Other</option></select></div>
      <button type="submit" className="kb-btn kb-btn--ghost">Send referral</button>
    </form>
  );
}

function Application({ onChange }) {
  const { register, control, watch, handleSubmit } = useForm({
    defaultValues: {
      fullName: '', email: '', phone: '', postalCode: '', country: '', linkedin: '', portfolio: '',
      resume: null, coverLetter: null,
      roles: [{ company: '', title: '', current: false }],
      schools: [{ school: '', degree: '' }],
      answers: Object.fromEntries(JOB.questions.map((q) => [q.id, q.type === 'checkbox' ? false : ''])),
      authorization: '', needsSponsorship: false, salary: '', startDate: '', favoriteRide: '', source: '', gender: '', news: false,
    },
  });
  const roles = useFieldArray({ control, name: 'roles' });
  const schools = useFieldArray({ control, name: 'schools' });
  const [done, setDone] = useState(false);
  const values = watch();
  onChange(values);
  if (done) return <p className="kb-ok" id="kb-done">Application sent. Thanks, {values.fullName.split(' ')[0]}!</p>;
  return (
    <form className="kb-card" id="kb-apply" onSubmit={handleSubmit(() => setDone(true))}>
      <h2>Apply for {JOB.title}</h2>
      <div className="kb-field"><label htmlFor="app-fullName">Full name *</label><input id="app-fullName" {...register('fullName', { required: true })} /></div>
      <div className="kb-row">
        <div className="kb-field"><label htmlFor="app-email">Email *</label><input id="app-email" type="email" {...register('email', { required: true })} /></div>
        <div className="kb-field"><label htmlFor="app-phone">Phone</label><input id="app-phone" type="tel" placeholder="+1 (555) 000-0000" {...register('phone')} /></div>
      </div>
      <div className="kb-row">
        <div className="kb-field"><label htmlFor="app-postalCode">Postal code</label><input id="app-postalCode" {...register('postalCode')} /></div>
        <div className="kb-field"><label htmlFor="app-country">Country</label><select id="app-country" {...register('country')}><option value="">Select…</option>{COUNTRIES.map((c) => <option key={c}>{c}</option>)}</select></div>
      </div>
      <div className="kb-row">
        <div className="kb-field"><label htmlFor="app-linkedin">LinkedIn</label><input id="app-linkedin" {...register('linkedin')} /></div>
        <div className="kb-field"><label htmlFor="app-portfolio">Portfolio URL</label><input id="app-portfolio" {...register('portfolio')} /></div>
      </div>
      <Controller name="resume" control={control} rules={{ required: true }} render={({ field }) => <Zone id="app-resume" label="Your resume *" hint="PDF, DOC, DOCX up to 10 MB" value={field.value} onChange={field.onChange} />} />
      <Controller name="coverLetter" control={control} render={({ field }) => <Zone id="app-cover" label="Cover letter" hint="Optional" value={field.value} onChange={field.onChange} />} />

      <h3>Experience</h3>
      {roles.fields.map((f, i) => (
        <div className="kb-entry" key={f.id}>
          <div className="kb-row">
            <div className="kb-field"><label htmlFor={`app-roles-${i}-company`}>Company</label><input id={`app-roles-${i}-company`} {...register(`roles.${i}.company`)} /></div>
            <div className="kb-field"><label htmlFor={`app-roles-${i}-title`}>Title</label><input id={`app-roles-${i}-title`} {...register(`roles.${i}.title`)} /></div>
          </div>
          <label className="kb-check"><input type="checkbox" id={`app-roles-${i}-current`} {...register(`roles.${i}.current`)} /> I currently work here</label>
          {i > 0 && <button type="button" className="kb-link" onClick={() => roles.remove(i)}>Remove</button>}
        </div>
      ))}
      <button type="button" className="kb-link" onClick={() => roles.append({ company: '', title: '', current: false })}>+ Add experience</button>

      <h3>Education</h3>
      {schools.fields.map((f, i) => (
        <div className="kb-entry kb-row" key={f.id}>
          <div className="kb-field"><label htmlFor={`app-schools-${i}-school`}>School</label><input id={`app-schools-${i}-school`} {...register(`schools.${i}.school`)} /></div>
          <div className="kb-field"><label htmlFor={`app-schools-${i}-degree`}>Degree</label><select id={`app-schools-${i}-degree`} {...register(`schools.${i}.degree`)}><option value="">Select…</option>{DEGREES.map((d) => <option key={d}>{d}</option>)}</select></div>
        </div>
      ))}
      <button type="button" className="kb-link" onClick={() => schools.append({ school: '', degree: '' })}>+ Add education</button>

      <h3>A few questions</h3>
      {JOB.questions.map((q) => (
        <fieldset className="kb-field" key={q.id}>
          <legend>{q.text}</legend>
          {q.type === 'radio'
            ? q.options.map((o) => <label key={o} className="kb-radio"><input type="radio" value={o} {...register(`answers.${q.id}`)} /> {o}</label>)
            : <label className="kb-check"><input type="checkbox" {...register(`answers.${q.id}`)} /> {q.options[0]}</label>}
        </fieldset>
      ))}
      <div className="kb-field"><label htmlFor="app-authorization">Are you authorized to work in the US?</label>
        <select id="app-authorization" {...register('authorization')}><option value="">Select…</option>{AUTH.map((a) => <option key={a}>{a}</option>)}</select></div>
      <label className="kb-check"><input type="checkbox" id="app-needsSponsorship" {...register('needsSponsorship')} /> I will need Kittering to sponsor a work visa</label>
      <div className="kb-row">
        <div className="kb-field"><label htmlFor="app-salary">Salary expectations (USD per year)</label><input id="app-salary" inputMode="numeric" {...register('salary')} /></div>
        <div className="kb-field"><label htmlFor="app-startDate">Earliest start date</label><input id="app-startDate" type="date" {...register('startDate')} /></div>
      </div>
      <div className="kb-field"><label htmlFor="app-favoriteRide">What's your favorite ride, and why?</label><textarea id="app-favoriteRide" rows="3" {...register('favoriteRide')} /></div>
      <div className="kb-row">
        <div className="kb-field"><label htmlFor="app-source">Where did you hear about us?</label><select id="app-source" {...register('source')}><option value="">Select…</option>{SOURCES.map((s) => <option key={s}>{s}</option>)}</select></div>
        <div className="kb-field"><label htmlFor="app-gender">Gender (optional, for our diversity report)</label><select id="app-gender" {...register('gender')}><option value="">Select…</option><option>Woman</option><option>Man</option><option>Non-binary</option><option>Prefer not to say</option></select></div>
      </div>
      <label className="kb-check"><input type="checkbox" id="app-news" {...register('news')} /> Send me the Kittering newsletter</label>
      <button type="submit" className="kb-btn" id="kb-submit">Submit application</button>
    </form>
  );
}

function Page() {
  const [model, setModel] = useState({ referral: {}, application: {} });
  // watch() hands back react-hook-form's live values object: keep a snapshot (its JSON) of each form.
  const last = useRef({ referral: '', application: '' });
  const sync = (part) => (v) => {
    const json = JSON.stringify(v);
    if (json === last.current[part]) return;
    last.current[part] = json;
    queueMicrotask(() => setModel((m) => ({ ...m, [part]: JSON.parse(json) })));
  };
  const onReferral = sync('referral');
  const onApplication = sync('application');
  return (
    <>
      <Referral onChange={onReferral} />
      <Application onChange={onApplication} />
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('kb-root')).render(<Page />);
