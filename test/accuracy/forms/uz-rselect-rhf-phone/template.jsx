/**
 * An in-house careers site (Next.js-style, one page per posting) built on react-select and
 * react-hook-form: every dropdown is a react-select (classNamePrefix "rs", value kept as the
 * option's value through a Controller), the phone is react-phone-number-input's own
 * react-hook-form component (flag + native country <select>, E.164 in the form state) preset to
 * the posting's office country, the website sits behind a fixed "https://" add-on, the resume is a
 * hidden file input behind a drop area label, yes/no questions come as react-selects or as radio
 * "cards" (native radios inside bordered labels). Each posting's app.jsx passes its job and its
 * own questions to renderPosting. The form state (watch()) is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import Select from 'react-select';
import PhoneInputWithCountry from 'react-phone-number-input/react-hook-form';
import 'react-phone-number-input/style.css';
import countries from 'world-countries';

const COUNTRY_OPTIONS = countries
  .map((c) => ({ value: c.cca2, label: c.name.common }))
  .sort((a, b) => a.label.localeCompare(b.label));

const GENDER = ['Woman', 'Man', 'Non-binary', 'I prefer to self-describe', "I don't wish to answer"];
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', "I don't wish to answer"];
const VETERAN = ['I identify as one or more of the classifications of protected veteran', 'I am not a protected veteran', "I don't wish to answer"];
const DISABILITY = ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability', "I don't wish to answer"];

const opts = (list) => list.map((item) => (typeof item === 'string' ? { value: item, label: item } : item));

function RSelect({ control, name, inputId, options, placeholder = 'Select...', isSearchable = true, rules }) {
  return (
    <div id={`${inputId}-field`} className="rs-wrap">
      <Controller
        control={control}
        name={name}
        rules={rules}
        render={({ field }) => (
          <Select
            inputId={inputId}
            name={field.name}
            options={options}
            classNamePrefix="rs"
            className="rs-container"
            placeholder={placeholder}
            isClearable
            isSearchable={isSearchable}
            value={options.find((o) => o.value === field.value) ?? null}
            onChange={(option) => field.onChange(option ? option.value : null)}
            onBlur={field.onBlur}
          />
        )}
      />
    </div>
  );
}

function Field({ label, htmlFor, required, hint, children, as = 'div', labelId }) {
  const Tag = as;
  return (
    <Tag className="fld">
      {as === 'fieldset'
        ? <legend className="fld-label">{label}{required && <span className="req"> *</span>}</legend>
        : <label className="fld-label" htmlFor={htmlFor} id={labelId}>{label}{required && <span className="req"> *</span>}</label>}
      {children}
      {hint && <p className="fld-hint">{hint}</p>}
    </Tag>
  );
}

function Question({ q, control, register }) {
  const id = `question_${q.id}`;
  switch (q.type) {
    case 'select':
      return <Field label={q.label} htmlFor={id} required={q.required}><RSelect control={control} name={`answers.${q.id}`} inputId={id} options={opts(q.options)} /></Field>;
    case 'cards':
      return (
        <Field as="fieldset" label={q.label} required={q.required}>
          <div className="cards" role="radiogroup">
            {q.options.map((option, i) => (
              <label className="card" key={option} htmlFor={`${id}_${i}`}>
                <input type="radio" id={`${id}_${i}`} value={option} {...register(`answers.${q.id}`)} />
                <span className="card-title">{option}</span>
              </label>
            ))}
          </div>
        </Field>
      );
    case 'text':
      return <Field label={q.label} htmlFor={id} required={q.required} hint={q.hint}><input id={id} type="text" placeholder={q.placeholder} {...register(`answers.${q.id}`)} /></Field>;
    case 'textarea':
      return <Field label={q.label} htmlFor={id} required={q.required}><textarea id={id} rows={4} {...register(`answers.${q.id}`)} /></Field>;
    case 'checkbox':
      return <div className="fld chk"><input type="checkbox" id={id} {...register(`answers.${q.id}`)} /><label htmlFor={id}>{q.label}</label></div>;
    default:
      throw new Error(`unknown question type ${q.type}`);
  }
}

function Application({ posting }) {
  const answers = Object.fromEntries(posting.questions.map((q) => [q.id, q.type === 'checkbox' ? false : q.type === 'select' ? null : q.type === 'cards' ? null : '']));
  const { control, register, handleSubmit, watch, formState: { errors } } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', location: null, country: null, linkedin: '', website: '',
      employer: '', jobTitle: '', years: null, salary: '', resume: '', coverLetter: '', answers,
      source: null, referrer: '', eeo: { gender: null, race: null, veteran: null, disability: null },
      jobAlerts: false, privacy: false,
    },
  });
  const [search, setSearch] = useState('');
  const [sent, setSent] = useState(false);
  const values = watch();

  if (sent) return <main className="page"><h2 id="done">Application received. Thank you!</h2></main>;

  return (
    <>
      <header className="topbar">
        <a className="brand" href="#">{posting.company}</a>
        <nav><a href="#">Teams</a> <a href="#">Life at {posting.company}</a> <a href="#">Sign in</a></nav>
        <input className="site-search" type="search" id="site-search" placeholder="Search open roles" aria-label="Search open roles" value={search} onChange={(e) => setSearch(e.target.value)} />
      </header>
      <main className="page">
        <p className="crumbs">{posting.team} · {posting.where}</p>
        <h1>{posting.title}</h1>
        {posting.blurb.map((p, i) => <p key={i} className="blurb">{p}</p>)}
        <form id="application" noValidate onSubmit={handleSubmit(() => setSent(true))}>
          <h2>Personal information</h2>
          <div className="grid2">
            <Field label={posting.labels.firstName} htmlFor="first_name" required><input id="first_name" autoComplete="off" {...register('firstName', { required: true })} /></Field>
            <Field label={posting.labels.lastName} htmlFor="last_name" required><input id="last_name" autoComplete="off" {...register('lastName', { required: true })} /></Field>
          </div>
          <Field label="Email address" htmlFor="email" required><input id="email" type="email" {...register('email', { required: true })} /></Field>
          <Field label={posting.labels.phone} htmlFor="phone" required hint={posting.phoneHint}>
            <PhoneInputWithCountry id="phone" name="phone" control={control} defaultCountry={posting.phoneCountry} international={false} className="phone" />
          </Field>
          <Field label={posting.labels.location} htmlFor="location" hint="Start typing a city">
            <RSelect control={control} name="location" inputId="location" options={opts(posting.locations)} placeholder="Search cities..." />
          </Field>
          <Field label={posting.labels.country} htmlFor="country" required>
            <RSelect control={control} name="country" inputId="country" options={COUNTRY_OPTIONS} />
          </Field>

          <h2>Profile</h2>
          <Field label="LinkedIn" htmlFor="linkedin" hint="Full URL, e.g. https://www.linkedin.com/in/your-name"><input id="linkedin" type="url" {...register('linkedin')} /></Field>
          <Field label={posting.labels.website} htmlFor="website">
            <div className="addon-row"><span className="addon">https://</span><input id="website" type="text" placeholder="example.com" {...register('website')} /></div>
          </Field>
          <div className="grid2">
            <Field label={posting.labels.employer} htmlFor="employer"><input id="employer" {...register('employer')} /></Field>
            <Field label={posting.labels.jobTitle} htmlFor="job_title"><input id="job_title" {...register('jobTitle')} /></Field>
          </div>
          <Field label={posting.labels.years} htmlFor="years" required>
            <RSelect control={control} name="years" inputId="years" options={opts(posting.years)} isSearchable={false} />
          </Field>
          <Field label={posting.labels.salary} htmlFor="salary" hint={posting.salaryHint}><input id="salary" inputMode="numeric" {...register('salary')} /></Field>

          <h2>Documents</h2>
          <Field label="Resume/CV" htmlFor="resume" required>
            <Controller control={control} name="resume" render={({ field }) => (
              <label className="drop" htmlFor="resume">
                <input id="resume" type="file" className="visually-hidden" accept=".pdf,.doc,.docx,.txt,.rtf" onChange={(e) => field.onChange(e.target.files[0] ? e.target.files[0].name : '')} />
                <span>{field.value ? `Attached: ${field.value}` : 'Drop your file here or click to browse (PDF, DOC, DOCX)'}</span>
              </label>
            )} />
          </Field>
          <Field label={posting.labels.coverLetter} htmlFor="cover_letter"><textarea id="cover_letter" rows={6} {...register('coverLetter')} /></Field>

          <h2>Questions from {posting.company}</h2>
          {posting.questions.map((q) => <Question key={q.id} q={q} control={control} register={register} />)}
          <Field label="How did you find this opening?" htmlFor="source">
            <RSelect control={control} name="source" inputId="source" options={opts(posting.sources)} />
          </Field>
          <Field label="If an employee referred you, who was it?" htmlFor="referrer"><input id="referrer" placeholder="Their full name" {...register('referrer')} /></Field>

          <section className="eeo">
            <h2>Voluntary self-identification</h2>
            <p className="small">{posting.company} is an equal opportunity employer. Answering is optional and won't affect your application.</p>
            <Field label="Gender" htmlFor="eeo_gender"><RSelect control={control} name="eeo.gender" inputId="eeo_gender" options={opts(GENDER)} /></Field>
            <Field label="Race / ethnicity" htmlFor="eeo_race"><RSelect control={control} name="eeo.race" inputId="eeo_race" options={opts(RACE)} /></Field>
            <Field label="Veteran status" htmlFor="eeo_veteran"><RSelect control={control} name="eeo.veteran" inputId="eeo_veteran" options={opts(VETERAN)} /></Field>
            <Field label="Disability status" htmlFor="eeo_disability"><RSelect control={control} name="eeo.disability" inputId="eeo_disability" options={opts(DISABILITY)} /></Field>
          </section>

          <div className="fld chk"><input type="checkbox" id="job_alerts" {...register('jobAlerts')} /><label htmlFor="job_alerts">Email me when similar roles open at {posting.company}</label></div>
          <div className="fld chk"><input type="checkbox" id="privacy" {...register('privacy', { required: true })} /><label htmlFor="privacy">I have read the <a href="#">candidate privacy notice</a> and agree to my data being processed for recruiting. <span className="req">*</span></label></div>
          {Object.keys(errors).length > 0 && <p className="err" role="alert">Please complete the required fields.</p>}
          <button type="submit" id="submit">Submit application</button>
        </form>
        <pre id="model">{JSON.stringify(values, null, 1)}</pre>
      </main>
    </>
  );
}

export function renderPosting(posting) {
  document.title = `${posting.title} - ${posting.company}`;
  createRoot(document.getElementById('root')).render(<Application posting={posting} />);
}
