import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useFieldArray, useForm } from 'react-hook-form';

const STATES = [
  ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['ID', 'Idaho'], ['NV', 'Nevada'],
  ['OR', 'Oregon'], ['UT', 'Utah'], ['WA', 'Washington'], ['WY', 'Wyoming'],
];

const EMPTY_REFERENCE = { name: '', company: '', phone: '', email: '' };

function Field({ id, label, error, hint, children }) {
  return (
    <div className="pm-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <span className="pm-hint" id={`${id}-hint`}>{hint}</span> : null}
      {error ? <span className="pm-err" role="alert">{error.message || 'This field is required'}</span> : null}
    </div>
  );
}

function Choice({ name, label, register, options, error, rules }) {
  return (
    <fieldset className="pm-field" style={{ border: 0, padding: 0 }}>
      <legend className="pm-q">{label}</legend>
      <div className="pm-choice">
        {options.map(([value, text]) => (
          <label key={value}>
            <input type="radio" value={value} {...register(name, rules)} /> {text}
          </label>
        ))}
      </div>
      {error ? <span className="pm-err" role="alert">Please choose an answer</span> : null}
    </fieldset>
  );
}

function Contact({ register, errors, confirming }) {
  return (
    <>
      {confirming ? (
        <p className="pm-notice" role="status">
          We couldn’t find a Pellmark candidate profile for this email. Please confirm it and we’ll create one for you.
        </p>
      ) : null}
      <div className="pm-row">
        <Field id="pm-first" label="First name *" error={errors.firstName}>
          <input id="pm-first" type="text" autoComplete="given-name" {...register('firstName', { required: true })} />
        </Field>
        <Field id="pm-last" label="Last name *" error={errors.lastName}>
          <input id="pm-last" type="text" autoComplete="family-name" {...register('lastName', { required: true })} />
        </Field>
      </div>
      <Field id="pm-email" label="Email *" error={errors.email}>
        <input id="pm-email" type="email" autoComplete="email" {...register('email', { required: true })} />
      </Field>
      {confirming ? (
        <Field id="pm-email-confirm" label="Confirm email *" error={errors.emailConfirm}>
          <input
            id="pm-email-confirm"
            type="email"
            {...register('emailConfirm', {
              validate: (value, all) => value === all.email || 'The emails do not match',
            })}
          />
        </Field>
      ) : null}
      <Field id="pm-phone" label="Mobile phone *" error={errors.phone} hint="Format: (555) 555-5555">
        <input
          id="pm-phone"
          type="tel"
          placeholder="(555) 555-5555"
          aria-describedby="pm-phone-hint"
          {...register('phone', { required: true, pattern: { value: /^\(\d{3}\) \d{3}-\d{4}$/, message: 'Use the format (555) 555-5555' } })}
        />
      </Field>
      <Field id="pm-city" label="City *" error={errors.city}>
        <input id="pm-city" type="text" autoComplete="address-level2" {...register('city', { required: true })} />
      </Field>
      <div className="pm-row">
        <Field id="pm-state" label="State *" error={errors.state}>
          <select id="pm-state" {...register('state', { required: true })}>
            <option value="">Choose a state</option>
            {STATES.map(([code, name]) => (
              <option key={code} value={code}>{name}</option>
            ))}
          </select>
        </Field>
        <Field id="pm-zip" label="ZIP code *" error={errors.zip}>
          <input id="pm-zip" type="text" inputMode="numeric" autoComplete="postal-code" {...register('zip', { required: true })} />
        </Field>
      </div>
    </>
  );
}

function Experience({ register, errors, watch, control }) {
  const { fields, append } = useFieldArray({ control, name: 'references' });
  const employed = watch('employed');
  const sponsorship = watch('sponsorship');
  return (
    <>
      <Choice name="employed" label="Are you currently employed? *" register={register} options={[['yes', 'Yes'], ['no', 'No']]} error={errors.employed} rules={{ required: true }} />
      <div className="pm-group" id="pm-employed-group" hidden={employed !== 'yes'}>
          <Field id="pm-employer" label="Current employer *" error={errors.employer}>
            <input id="pm-employer" type="text" {...register('employer', { validate: (value, all) => all.employed !== 'yes' || !!value })} />
          </Field>
          <Field id="pm-title" label="Current job title *" error={errors.jobTitle}>
            <input id="pm-title" type="text" {...register('jobTitle', { validate: (value, all) => all.employed !== 'yes' || !!value })} />
          </Field>
      </div>
      <Field id="pm-years" label="Years of professional experience *" error={errors.years}>
        <select id="pm-years" {...register('years', { required: true })}>
          <option value="">Select…</option>
          <option value="0-2">0–2 years</option>
          <option value="3-5">3–5 years</option>
          <option value="6-9">6–9 years</option>
          <option value="10+">10+ years</option>
        </select>
      </Field>
      <Field id="pm-linkedin" label="LinkedIn profile URL">
        <input id="pm-linkedin" type="url" {...register('linkedin')} />
      </Field>
      <Field id="pm-resume" label="Resume *" error={errors.resume} hint="PDF or Word, up to 5 MB">
        <input id="pm-resume" type="file" accept=".pdf,.doc,.docx" {...register('resume', { validate: (files) => (files && files.length > 0) || 'Please attach your resume' })} />
      </Field>
      <Choice name="authorized" label="Are you legally authorized to work in the United States? *" register={register} options={[['yes', 'Yes'], ['no', 'No']]} error={errors.authorized} rules={{ required: true }} />
      <Choice name="sponsorship" label="Will you now or in the future require visa sponsorship to work for Pellmark? *" register={register} options={[['yes', 'Yes'], ['no', 'No']]} error={errors.sponsorship} rules={{ required: true }} />
      {sponsorship === 'yes' ? (
        <div className="pm-group" id="pm-visa-group">
          <Field id="pm-visa" label="Current visa type">
            <select id="pm-visa" {...register('visaType', { shouldUnregister: true })}>
              <option value="">Select…</option>
              <option>F-1 OPT / STEM OPT</option>
              <option>H-1B</option>
              <option>TN</option>
              <option>Other</option>
            </select>
          </Field>
          <Field id="pm-visa-expiry" label="Visa expiration date (MM/DD/YYYY)">
            <input id="pm-visa-expiry" type="text" placeholder="MM/DD/YYYY" {...register('visaExpiry', { shouldUnregister: true })} />
          </Field>
        </div>
      ) : null}
      <h3>Professional references</h3>
      <p className="pm-hint">We will only contact your references with your permission.</p>
      {fields.map((field, index) => (
        <div className="pm-group" key={field.id} data-reference={index + 1}>
          <h4>Reference {index + 1}</h4>
          <div className="pm-row">
            <Field id={`pm-ref-${index}-name`} label="Full name">
              <input id={`pm-ref-${index}-name`} type="text" {...register(`references.${index}.name`)} />
            </Field>
            <Field id={`pm-ref-${index}-company`} label="Company">
              <input id={`pm-ref-${index}-company`} type="text" {...register(`references.${index}.company`)} />
            </Field>
          </div>
          <div className="pm-row">
            <Field id={`pm-ref-${index}-phone`} label="Phone">
              <input id={`pm-ref-${index}-phone`} type="tel" {...register(`references.${index}.phone`)} />
            </Field>
            <Field id={`pm-ref-${index}-email`} label="Email">
              <input id={`pm-ref-${index}-email`} type="email" {...register(`references.${index}.email`)} />
            </Field>
          </div>
        </div>
      ))}
      <button type="button" className="pm-link" id="pm-add-reference" onClick={() => append({ ...EMPTY_REFERENCE })}>
        + Add another reference
      </button>
      <h3>Emergency contact</h3>
      <div className="pm-group">
        <div className="pm-row">
          <Field id="pm-ec-name" label="Name">
            <input id="pm-ec-name" type="text" {...register('emergency.name')} />
          </Field>
          <Field id="pm-ec-relationship" label="Relationship">
            <input id="pm-ec-relationship" type="text" {...register('emergency.relationship')} />
          </Field>
        </div>
        <Field id="pm-ec-phone" label="Phone">
          <input id="pm-ec-phone" type="tel" {...register('emergency.phone')} />
        </Field>
      </div>
      <div className="pm-field">
        <label>
          <input type="checkbox" id="pm-consent" {...register('consent', { required: true })} /> I certify that the information I have provided is true and complete. *
        </label>
        {errors.consent ? <span className="pm-err" role="alert">Please confirm</span> : null}
      </div>
    </>
  );
}

function modelOf(values) {
  const { resume, ...rest } = values;
  return { ...rest, resume: resume && resume.length ? Array.from(resume).map((file) => file.name) : [] };
}

function App() {
  const [stage, setStage] = useState('contact'); // contact → confirm (same step, drawn afresh) → experience → done
  const [checking, setChecking] = useState(false);
  const { register, handleSubmit, watch, control, formState: { errors } } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', emailConfirm: '', phone: '', city: '', state: '', zip: '',
      employed: null, employer: '', jobTitle: '', years: '', linkedin: '', authorized: null, sponsorship: null,
      references: [{ ...EMPTY_REFERENCE }], emergency: { name: '', relationship: '', phone: '' }, consent: false,
    },
  });
  const values = watch();

  const onContinue = handleSubmit(() => {
    if (stage === 'contact') {
      setChecking(true);
      // The server looks the email up and sends the step back to be confirmed.
      setTimeout(() => {
        setChecking(false);
        setStage('confirm');
      }, 700);
      return;
    }
    if (stage === 'confirm') {
      setStage('experience');
      window.scrollTo(0, 0);
      return;
    }
    setStage('done');
  });

  if (stage === 'done') {
    return (
      <div id="pm-done">
        <h2>Thanks, your application is in!</h2>
        <p>We’ve emailed you a link to your new candidate profile.</p>
      </div>
    );
  }
  return (
    <form noValidate onSubmit={onContinue} id="pm-form">
      <h1>Senior Analytics Engineer</h1>
      <p className="pm-hint">Pellmark Outdoor · Boise, ID or remote (US)</p>
      <p className="pm-hint">Step {stage === 'experience' ? 2 : 1} of 2 · {stage === 'experience' ? 'Experience' : 'Contact details'}</p>
      {stage === 'experience' ? (
        <Experience register={register} errors={errors} watch={watch} control={control} />
      ) : (
        <div key={stage}>
          <Contact register={register} errors={errors} confirming={stage === 'confirm'} />
        </div>
      )}
      <p>
        {stage === 'experience' ? (
          <button type="submit" className="pm-btn" id="pm-submit">Submit application</button>
        ) : (
          <button type="submit" className="pm-btn" id="pm-continue" disabled={checking}>{checking ? 'Checking…' : 'Continue'}</button>
        )}
      </p>
      <pre id="model">{JSON.stringify(modelOf(values), null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
