// Quenby Health careers: a self-built React apply wizard on react-hook-form (useForm + useFieldArray),
// five steps rendered one at a time (only the current step is mounted; values persist in the form).
// Steps: About you (with an emergency contact), Experience (work history entries, two shown, "Add
// another position", "This is my current job" hides the end date; education entries), Questions
// (follow-ups revealed by an answer), References (two referees), Review (summary, consent, Submit).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, useFieldArray, useWatch } from 'react-hook-form';

const emptyJob = { employer: '', title: '', startMonth: '', endMonth: '', current: false, summary: '' };
const emptySchool = { school: '', degree: '', field: '', graduated: '' };
const emptyRef = { name: '', relationship: '', email: '', phone: '' };
const STEPS = ['About you', 'Experience', 'Questions', 'References', 'Review'];

function Field({ id, label, hint, children }) {
  return (
    <div className="qf-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <div className="qf-hint" id={id + '-hint'}>{hint}</div> : null}
    </div>
  );
}

function Radios({ name, label, options, register, id }) {
  return (
    <fieldset className="qf-field qf-radios" id={id}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o} className="qf-radio"><input type="radio" value={o} {...register(name)} /> {o}</label>
      ))}
    </fieldset>
  );
}

function JobEntry({ index, register, control, remove, count }) {
  const current = useWatch({ control, name: `work.${index}.current` });
  const p = `work-${index}`;
  return (
    <div className="qf-entry">
      <div className="qf-entry-head"><strong>Position {index + 1}</strong>{count > 1 ? <button type="button" className="qf-link" onClick={() => remove(index)}>Remove</button> : null}</div>
      <Field id={`${p}-employer`} label="Company"><input id={`${p}-employer`} {...register(`work.${index}.employer`)} /></Field>
      <Field id={`${p}-title`} label="Job title"><input id={`${p}-title`} {...register(`work.${index}.title`)} /></Field>
      <div className="qf-row">
        <Field id={`${p}-start`} label="From" hint="MM/YYYY"><input id={`${p}-start`} placeholder="MM/YYYY" {...register(`work.${index}.startMonth`)} /></Field>
        {current ? null : <Field id={`${p}-end`} label="To" hint="MM/YYYY"><input id={`${p}-end`} placeholder="MM/YYYY" {...register(`work.${index}.endMonth`)} /></Field>}
      </div>
      <label className="qf-check"><input type="checkbox" id={`${p}-current`} {...register(`work.${index}.current`)} /> This is my current job</label>
      <Field id={`${p}-summary`} label="What did you work on?"><textarea id={`${p}-summary`} rows={3} {...register(`work.${index}.summary`)} /></Field>
    </div>
  );
}

function App({ posting }) {
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [resumeName, setResumeName] = useState('');
  const defaults = {
    firstName: '', lastName: '', email: '', phone: '', city: '', country: '',
    emergency: { name: '', phone: '', relationship: '' },
    work: [{ ...emptyJob }, { ...emptyJob }],
    education: [{ ...emptySchool }],
    references: [{ ...emptyRef }, { ...emptyRef }],
    answers: Object.fromEntries(posting.questions.flatMap((q) => [[q.key, ''], ...(q.followUp ? [[q.followUp.key, '']] : [])])),
    consent: false,
  };
  const { register, control, handleSubmit, watch } = useForm({ defaultValues: defaults, shouldUnregister: false });
  const work = useFieldArray({ control, name: 'work' });
  const edu = useFieldArray({ control, name: 'education' });
  const refs = useFieldArray({ control, name: 'references' });
  const all = watch();
  const resumeReg = register('resume');

  if (done) return <div id="qf-done" className="qf-card"><h2>Application sent</h2><p>Thanks, we will be in touch within two weeks.</p></div>;

  return (
    <form className="qf-card" id="qf-form" onSubmit={handleSubmit(() => setDone(true))} noValidate>
      <ol className="qf-steps">{STEPS.map((s, i) => <li key={s} className={i === step ? 'on' : i < step ? 'past' : ''} aria-current={i === step ? 'step' : undefined}>{s}</li>)}</ol>

      {step === 0 && (
        <section>
          <h2>About you</h2>
          <div className="qf-row">
            <Field id="qf-first" label="First name"><input id="qf-first" autoComplete="off" {...register('firstName')} /></Field>
            <Field id="qf-last" label="Last name"><input id="qf-last" autoComplete="off" {...register('lastName')} /></Field>
          </div>
          <Field id="qf-email" label="Email"><input id="qf-email" type="email" {...register('email')} /></Field>
          <Field id="qf-phone" label="Phone" hint="We text interview reminders to this number."><input id="qf-phone" type="tel" {...register('phone')} /></Field>
          <div className="qf-row">
            <Field id="qf-city" label="City"><input id="qf-city" {...register('city')} /></Field>
            <Field id="qf-country" label="Country">
              <select id="qf-country" {...register('country')}>
                <option value="">Choose…</option>
                {posting.countries.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            </Field>
          </div>
          <h3>Emergency contact</h3>
          <p className="qf-hint">Only used if something happens while you are on site for interviews.</p>
          <div className="qf-row">
            <Field id="qf-ec-name" label="Full name"><input id="qf-ec-name" {...register('emergency.name')} /></Field>
            <Field id="qf-ec-phone" label="Phone"><input id="qf-ec-phone" type="tel" {...register('emergency.phone')} /></Field>
          </div>
          <Field id="qf-ec-rel" label="Relationship to you"><input id="qf-ec-rel" {...register('emergency.relationship')} /></Field>
        </section>
      )}

      {step === 1 && (
        <section>
          <h2>Experience</h2>
          <Field id="qf-resume" label="Resume / CV" hint={resumeName ? 'Attached: ' + resumeName : 'PDF or Word, 10 MB max'}>
            <input id="qf-resume" type="file" accept=".pdf,.doc,.docx" {...resumeReg} onChange={(e) => { resumeReg.onChange(e); setResumeName(e.target.files && e.target.files[0] ? e.target.files[0].name : ''); }} />
          </Field>
          <h3>Work history</h3>
          <p className="qf-hint">Most recent position first.</p>
          {work.fields.map((f, i) => <JobEntry key={f.id} index={i} register={register} control={control} remove={work.remove} count={work.fields.length} />)}
          <button type="button" className="qf-add" onClick={() => work.append({ ...emptyJob })}>+ Add another position</button>
          <h3>Education</h3>
          {edu.fields.map((f, i) => (
            <div className="qf-entry" key={f.id}>
              <div className="qf-entry-head"><strong>School {i + 1}</strong></div>
              <Field id={`edu-${i}-school`} label="School"><input id={`edu-${i}-school`} {...register(`education.${i}.school`)} /></Field>
              <div className="qf-row">
                <Field id={`edu-${i}-degree`} label="Degree">
                  <select id={`edu-${i}-degree`} {...register(`education.${i}.degree`)}>
                    <option value="">Choose…</option>
                    {posting.degrees.map((d) => <option key={d} value={d}>{d}</option>)}
                  </select>
                </Field>
                <Field id={`edu-${i}-field`} label="Field of study"><input id={`edu-${i}-field`} {...register(`education.${i}.field`)} /></Field>
              </div>
              <Radios id={`edu-${i}-graduated`} name={`education.${i}.graduated`} label="Did you graduate?" options={['Yes', 'No', 'Still studying']} register={register} />
            </div>
          ))}
          <button type="button" className="qf-add" onClick={() => edu.append({ ...emptySchool })}>+ Add another school</button>
        </section>
      )}

      {step === 2 && (
        <section>
          <h2>Questions</h2>
          {posting.questions.map((q) => {
            const val = all.answers && all.answers[q.key];
            const follow = q.followUp && val === q.followUp.when;
            const input = q.kind === 'radio'
              ? <Radios key={q.key} id={'q-' + q.key} name={`answers.${q.key}`} label={q.label} options={q.options} register={register} />
              : q.kind === 'select'
                ? <Field key={q.key} id={'q-' + q.key} label={q.label}><select id={'q-' + q.key} {...register(`answers.${q.key}`)}><option value="">Choose…</option>{q.options.map((o) => <option key={o}>{o}</option>)}</select></Field>
                : q.kind === 'textarea'
                  ? <Field key={q.key} id={'q-' + q.key} label={q.label}><textarea id={'q-' + q.key} rows={4} {...register(`answers.${q.key}`)} /></Field>
                  : <Field key={q.key} id={'q-' + q.key} label={q.label} hint={q.hint}><input id={'q-' + q.key} {...register(`answers.${q.key}`)} /></Field>;
            return (
              <div key={q.key}>
                {input}
                {follow ? (
                  q.followUp.kind === 'select'
                    ? <Field id={'q-' + q.followUp.key} label={q.followUp.label}><select id={'q-' + q.followUp.key} {...register(`answers.${q.followUp.key}`)}><option value="">Choose…</option>{q.followUp.options.map((o) => <option key={o}>{o}</option>)}</select></Field>
                    : <Field id={'q-' + q.followUp.key} label={q.followUp.label} hint={q.followUp.hint}><input id={'q-' + q.followUp.key} {...register(`answers.${q.followUp.key}`)} /></Field>
                ) : null}
              </div>
            );
          })}
        </section>
      )}

      {step === 3 && (
        <section>
          <h2>References</h2>
          <p className="qf-hint">Two people who have managed or worked closely with you. We only contact them with your permission.</p>
          {refs.fields.map((f, i) => (
            <div className="qf-entry" key={f.id}>
              <div className="qf-entry-head"><strong>Reference {i + 1}</strong></div>
              <div className="qf-row">
                <Field id={`ref-${i}-name`} label="Name"><input id={`ref-${i}-name`} {...register(`references.${i}.name`)} /></Field>
                <Field id={`ref-${i}-rel`} label="How do you know them?"><input id={`ref-${i}-rel`} {...register(`references.${i}.relationship`)} /></Field>
              </div>
              <div className="qf-row">
                <Field id={`ref-${i}-email`} label="Email"><input id={`ref-${i}-email`} type="email" {...register(`references.${i}.email`)} /></Field>
                <Field id={`ref-${i}-phone`} label="Phone"><input id={`ref-${i}-phone`} type="tel" {...register(`references.${i}.phone`)} /></Field>
              </div>
            </div>
          ))}
        </section>
      )}

      {step === 4 && (
        <section>
          <h2>Review</h2>
          <dl className="qf-review">
            <dt>Name</dt><dd>{all.firstName} {all.lastName}</dd>
            <dt>Email</dt><dd>{all.email}</dd>
            <dt>Phone</dt><dd>{all.phone}</dd>
            <dt>Location</dt><dd>{[all.city, all.country].filter(Boolean).join(', ')}</dd>
            <dt>Resume</dt><dd>{resumeName || 'Not attached'}</dd>
            <dt>Positions</dt><dd>{(all.work || []).filter((w) => w.employer).map((w) => `${w.title} at ${w.employer}`).join('; ') || 'None'}</dd>
          </dl>
          <label className="qf-check"><input type="checkbox" id="qf-consent" {...register('consent')} /> I agree that Quenby Health may keep my application for 24 months for this and similar roles.</label>
        </section>
      )}

      <div className="qf-nav">
        {step > 0 ? <button type="button" id="qf-back" onClick={() => setStep(step - 1)}>Back</button> : <span />}
        {step < STEPS.length - 1
          ? <button key="next" type="button" id="qf-next" onClick={() => setStep(step + 1)}>Next</button>
          : <button key="submit" type="submit" id="qf-submit">Submit application</button>}
      </div>
      <pre id="model">{JSON.stringify({ ...all, resume: resumeName }, null, 1)}</pre>
    </form>
  );
}

export function renderPosting(posting) {
  document.getElementById('qf-title').textContent = posting.title;
  document.getElementById('qf-meta').textContent = posting.meta;
  createRoot(document.getElementById('qf-root')).render(<App posting={posting} />);
}
