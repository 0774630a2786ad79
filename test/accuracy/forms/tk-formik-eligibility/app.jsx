/**
 * A climate-software company's React careers app with Formik (validation on blur). The posting
 * and form arrive from the careers API 1.3 s after load (skeleton first). The eligibility
 * questions depend on the country: they are fetched again whenever Country changes (a short
 * loading state), and the eligibility block is drawn afresh from the server's answer after every
 * answer in it (new `key`, new element ids; the names stay). Phone, salary and start date are
 * rewritten when they lose focus; Formik's <ErrorMessage> sits between the label and the input.
 * The form values are shown in <pre id="model">.
 */
import { createRoot } from 'react-dom/client';
import { useEffect, useRef, useState } from 'react';
import { ErrorMessage, Field, Form, Formik, useFormikContext } from 'formik';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const POSTING = {
  company: 'Sedgewater Climate',
  title: 'Senior Data Engineer, Emissions Ledger',
  location: 'Remote (US or UK)',
  countries: ['Canada', 'United Kingdom', 'United States'],
};
const ELIGIBILITY = {
  'United States': [
    { name: 'authorized', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { name: 'sponsorship', label: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?', options: ['Yes', 'No'],
      followUp: { when: 'Yes', name: 'visaType', label: 'What type of sponsorship will you need?', options: ['H-1B', 'H-1B transfer', 'TN', 'O-1', 'Green card'] } },
  ],
  'United Kingdom': [
    { name: 'authorized', label: 'Do you have the right to work in the UK?', options: ['Yes', 'No'] },
    { name: 'sponsorship', label: 'Will you need a Skilled Worker visa?', options: ['Yes', 'No'] },
  ],
  Canada: [
    { name: 'authorized', label: 'Are you legally entitled to work in Canada?', options: ['Yes', 'No'] },
    { name: 'sponsorship', label: 'Will you require a work permit?', options: ['Yes', 'No'] },
  ],
};
const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));

const rewrite = {
  phone(v) {
    let d = String(v ?? '').replace(/\D/g, '');
    if (d.length === 10) d = `1${d}`;
    return d.length === 11 && d[0] === '1' ? `+1 (${d.slice(1, 4)}) ${d.slice(4, 7)}-${d.slice(7)}` : v;
  },
  money(v) {
    const p = String(v ?? '').replace(/[$,\s]/g, '').replace(/\.00$/, '');
    return /^\d+$/.test(p) ? Number(p).toLocaleString('en-US') : v;
  },
  date(v) {
    const s = String(v ?? '').trim();
    let y, m, d, hit;
    if ((hit = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, m, d] = [hit[1], hit[2], hit[3]];
    else if ((hit = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) [m, d, y] = [hit[1], hit[2], hit[3]];
    else if ((hit = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(s))) {
      const index = MONTHS.findIndex((name) => name.toLowerCase() === hit[1].toLowerCase());
      if (index >= 0) [m, d, y] = [index + 1, hit[2], hit[3]];
    }
    if (!y || Number(m) < 1 || Number(m) > 12) return v;
    return `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`;
  },
};

function Row({ name, label, required, children, hint }) {
  return (
    <div className="sw-row">
      <label htmlFor={`sw-${name}`}>
        {label}
        {required ? <abbr title="required"> *</abbr> : null}
      </label>
      <ErrorMessage name={name} component="div" className="sw-error" />
      {children}
      {hint ? <div className="sw-hint">{hint}</div> : null}
    </div>
  );
}

function BlurText({ name, kind, ...rest }) {
  const { setFieldValue, handleBlur } = useFormikContext();
  return (
    <Field
      id={`sw-${name}`}
      name={name}
      {...rest}
      onBlur={(event) => {
        if (kind) setFieldValue(name, rewrite[kind](event.target.value), false);
        handleBlur(event);
      }}
    />
  );
}

/** The eligibility block: refetched for each country and redrawn (new key) after every answer. */
function Eligibility() {
  const { values, setFieldValue } = useFormikContext();
  const [state, setState] = useState({ country: null, questions: null, rev: 0 });
  const country = values.country;
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, questions: null }));
    later(ELIGIBILITY[country] ?? [], 500).then((questions) => live && setState((s) => ({ country, questions, rev: s.rev + 1 })));
    return () => { live = false; };
  }, [country]);
  const answer = (name, value) => {
    setFieldValue(`eligibility.${name}`, value);
    // The server echoes the saved answer and the block is drawn again from it.
    later(null, 150).then(() => setState((s) => ({ ...s, rev: s.rev + 1 })));
  };
  if (!state.questions) return <div className="sw-loading" role="status">Loading questions for your country…</div>;
  const rev = state.rev;
  const radios = (q) => (
    <fieldset className="sw-row sw-radios" key={q.name} aria-describedby={`elig-${rev}-${q.name}-help`}>
      <legend>
        {q.label}
        <abbr title="required"> *</abbr>
      </legend>
      <ErrorMessage name={`eligibility.${q.name}`} component="div" className="sw-error" />
      {q.options.map((o, i) => (
        <label key={o} htmlFor={`elig-${rev}-${q.name}-${i}`}>
          <input id={`elig-${rev}-${q.name}-${i}`} type="radio" name={`eligibility.${q.name}`} value={o}
            checked={values.eligibility[q.name] === o} onChange={() => answer(q.name, o)} /> {o}
        </label>
      ))}
    </fieldset>
  );
  return (
    <div className="sw-elig" key={rev} data-rev={rev}>
      {state.questions.map((q) => (
        <div key={q.name}>
          {radios(q)}
          {q.followUp && values.eligibility[q.name] === q.followUp.when ? (
            <div className="sw-row">
              <label htmlFor={`elig-${rev}-${q.followUp.name}`}>{q.followUp.label}</label>
              <select id={`elig-${rev}-${q.followUp.name}`} name={`eligibility.${q.followUp.name}`} value={values.eligibility[q.followUp.name] ?? ''}
                onChange={(e) => answer(q.followUp.name, e.target.value)}>
                <option value="">Please select</option>
                {q.followUp.options.map((o) => <option key={o}>{o}</option>)}
              </select>
            </div>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function Model() {
  const { values } = useFormikContext();
  return <pre id="model">{JSON.stringify(values, null, 2)}</pre>;
}

function validate(values) {
  const errors = {};
  for (const key of ['fullName', 'email', 'phone', 'location', 'salary', 'startDate']) if (!String(values[key]).trim()) errors[key] = 'Required';
  if (values.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) errors.email = 'Please enter a valid email address';
  if (values.phone && !/^\+1 \(\d{3}\) \d{3}-\d{4}$/.test(values.phone)) errors.phone = 'Use the format +1 (555) 555-5555';
  if (!values.resume) errors.resume = 'Please attach a resume';
  if (!values.privacy) errors.privacy = 'Please accept to continue';
  const elig = {};
  if (!values.eligibility.authorized) elig.authorized = 'Required';
  if (!values.eligibility.sponsorship) elig.sponsorship = 'Required';
  if (Object.keys(elig).length) errors.eligibility = elig;
  return errors;
}

function Application() {
  const [sent, setSent] = useState(false);
  const resumeRef = useRef(null);
  if (sent) return <p id="sw-done" className="sw-done">Thanks — your application for {POSTING.title} was received.</p>;
  return (
    <Formik
      initialValues={{
        fullName: '', email: '', phone: '', country: 'United States', location: '', portfolio: '', resume: '', years: '',
        eligibility: { authorized: '', sponsorship: '' }, salary: '', startDate: '', whyUs: '', gender: '', privacy: false,
      }}
      validate={validate}
      validateOnChange={false}
      validateOnBlur
      onSubmit={() => setSent(true)}
    >
      {({ setFieldValue }) => (
        <Form id="sw-form" noValidate>
          <h3>Your details</h3>
          <Row name="fullName" label="Full name" required><BlurText name="fullName" type="text" autoComplete="name" /></Row>
          <Row name="email" label="Email" required><BlurText name="email" type="email" /></Row>
          <Row name="phone" label="Phone" required hint="US numbers only"><BlurText name="phone" kind="phone" type="tel" placeholder="+1 (555) 555-5555" /></Row>
          <Row name="country" label="Country of residence" required>
            <Field as="select" id="sw-country" name="country">
              {POSTING.countries.map((c) => <option key={c}>{c}</option>)}
            </Field>
          </Row>
          <Row name="location" label="Where are you based?" required hint="City and state or region"><BlurText name="location" type="text" /></Row>
          <h3>Experience</h3>
          <Row name="resume" label="Resume" required>
            <input id="sw-resume" ref={resumeRef} name="resume" type="file" accept=".pdf,.docx"
              onChange={(e) => setFieldValue('resume', e.currentTarget.files[0]?.name ?? '')} />
          </Row>
          <Row name="portfolio" label="Portfolio or personal site"><BlurText name="portfolio" type="url" placeholder="https://" /></Row>
          <Row name="years" label="Years of relevant experience">
            <Field as="select" id="sw-years" name="years">
              <option value="">Please select</option>
              <option>0-2</option><option>3-5</option><option>6-8</option><option>9-12</option><option>13+</option>
            </Field>
          </Row>
          <h3>Eligibility</h3>
          <Eligibility />
          <h3>Compensation &amp; timing</h3>
          <Row name="salary" label="Expected annual base salary (USD)" required><BlurText name="salary" kind="money" type="text" inputMode="numeric" /></Row>
          <Row name="startDate" label="Earliest start date" required hint="MM/DD/YYYY"><BlurText name="startDate" kind="date" type="text" /></Row>
          <Row name="whyUs" label="Why Sedgewater?"><Field as="textarea" id="sw-whyUs" name="whyUs" rows={4} /></Row>
          <h3>Voluntary self-identification</h3>
          <Row name="gender" label="Gender">
            <Field as="select" id="sw-gender" name="gender">
              <option value="">I don't wish to answer</option><option>Woman</option><option>Man</option><option>Non-binary</option>
            </Field>
          </Row>
          <div className="sw-row sw-check">
            <label htmlFor="sw-privacy">
              <Field id="sw-privacy" type="checkbox" name="privacy" /> I have read and accept the applicant privacy policy. <abbr title="required">*</abbr>
            </label>
            <ErrorMessage name="privacy" component="div" className="sw-error" />
          </div>
          <button id="sw-submit" type="submit" className="sw-btn">Send application</button>
          <Model />
        </Form>
      )}
    </Formik>
  );
}

function App() {
  const [ready, setReady] = useState(false);
  useEffect(() => { later(true, 1300).then(setReady); }, []);
  return (
    <div className="sw-page">
      <header className="sw-head">
        <strong>Sedgewater</strong> <span>Careers</span>
      </header>
      <main className="sw-main">
        {ready ? (
          <>
            <h1>{POSTING.title}</h1>
            <p className="sw-meta">{POSTING.location} · Full-time</p>
            <Application />
          </>
        ) : (
          <div className="sw-skel" aria-busy="true">
            <div className="b t" /><div className="b" /><div className="b s" /><div className="b" /><div className="b big" />
            <p className="sw-loading">Loading…</p>
          </div>
        )}
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<App />);
