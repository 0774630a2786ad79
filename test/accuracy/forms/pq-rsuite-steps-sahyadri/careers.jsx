/**
 * Sahyadri Digital Services careers portal (Pune, India) on React 19 + **React Suite 6**, shared by
 * every posting (each posting's app.jsx passes its job text and its own screening questions).
 * A four-step wizard under rsuite **Steps** ("Personal details" → "Experience" → "Education &
 * documents" → "Review & submit"), one step mounted at a time, a single "Save & next" button whose
 * click checks the step's required fields; the last step lists every answer before the DPDP consent.
 * Indian conventions: Salutation, "+91 India" dial-code SelectPicker (searchable, "+1 Canada" listed
 * before "+1 United States") before a 10-digit mobile, PAN (to leave),
 * City / State-UT SelectPicker with "Outside India" / PIN code / Country preset India (world-countries),
 * total experience as Years + Months SelectPickers, current designation, current and expected CTC in
 * ₹ lakhs p.a., notice period radios with "Serving notice period", highest qualification as a level
 * (10th / 12th / Graduation / Post Graduation), course as Indian degree names, university AutoComplete
 * of Indian universities, year of passing, Class XII percentage, rsuite Uploader resume, cover letter,
 * LinkedIn, source. Header job search + login, footer job alerts. State → <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AutoComplete, Button, Checkbox, CustomProvider, Input, InputGroup, Radio, RadioGroup, SelectPicker, Steps, Uploader,
} from 'rsuite';
import enGB from 'rsuite/locales/en_GB';
import 'rsuite/dist/rsuite.min.css';
import countries from 'world-countries';

const DIAL = [
  ['IN', '+91 India'], ['AE', '+971 United Arab Emirates'], ['AU', '+61 Australia'], ['CA', '+1 Canada'], ['DE', '+49 Germany'], ['GB', '+44 United Kingdom'],
  ['MY', '+60 Malaysia'], ['NZ', '+64 New Zealand'], ['QA', '+974 Qatar'], ['SA', '+966 Saudi Arabia'], ['SG', '+65 Singapore'], ['US', '+1 United States'],
].map(([value, label]) => ({ value, label }));
const STATES = ['Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana', 'Himachal Pradesh', 'Jharkhand', 'Karnataka', 'Kerala',
  'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura',
  'Uttar Pradesh', 'Uttarakhand', 'West Bengal', 'Andaman and Nicobar Islands', 'Chandigarh', 'Dadra and Nagar Haveli and Daman and Diu', 'Delhi', 'Jammu and Kashmir',
  'Ladakh', 'Lakshadweep', 'Puducherry']
  .map((s) => ({ value: s, label: s, group: 'States and union territories' }))
  .concat([{ value: 'OUTSIDE', label: 'Outside India', group: 'Other' }]);
const COUNTRIES = countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const YEARS = Array.from({ length: 31 }, (_, i) => ({ value: String(i), label: i === 1 ? '1 Year' : `${i} Years` }));
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i), label: i === 1 ? '1 Month' : `${i} Months` }));
const LEVELS = ['10th', '12th', 'Diploma', 'Graduation', 'Post Graduation', 'Doctorate / PhD'].map((v) => ({ value: v, label: v }));
const COURSES = ['B.E. / B.Tech', 'B.Sc', 'B.Com', 'B.A.', 'BCA', 'BBA / BBM', 'M.E. / M.Tech', 'M.Sc', 'MCA', 'MBA / PGDM', 'Other'].map((v) => ({ value: v, label: v }));
const UNIVERSITIES = ['Savitribai Phule Pune University', 'College of Engineering, Pune (COEP)', 'Indian Institute of Technology Bombay', 'Indian Institute of Technology Madras',
  'Anna University', 'University of Mumbai', 'Visvesvaraya Technological University', 'Vellore Institute of Technology', 'BITS Pilani', 'Manipal Academy of Higher Education',
  'University of Delhi', 'Jadavpur University', 'Osmania University', 'Symbiosis International University'];
const SOURCES = ['Naukri.com', 'LinkedIn', 'Instahyre', 'foundit (Monster)', 'Sahyadri careers site', 'Employee referral', 'Campus / college', 'Other'].map((v) => ({ value: v, label: v }));
const SALUTATIONS = ['Mr.', 'Ms.', 'Mrs.', 'Dr.'].map((v) => ({ value: v, label: v }));
const NOTICE = ['Immediate joiner', '15 days or less', '30 days', '60 days', '90 days', 'Serving notice period'];

function Field({ label, htmlFor, id, help, required, children }) {
  return (
    <div className="sd-field" id={id}>
      {htmlFor ? <label className="sd-label" htmlFor={htmlFor}>{label}{required && <span className="sd-req"> *</span>}</label>
        : <span className="sd-label" id={id ? `${id}-label` : undefined}>{label}{required && <span className="sd-req"> *</span>}</span>}
      {children}
      {help && <p className="sd-help">{help}</p>}
    </div>
  );
}

export function mount(posting) {
  function App() {
    const [step, setStep] = useState(0);
    const [errors, setErrors] = useState([]);
    const [sent, setSent] = useState(false);
    const [f, setF] = useState({
      salutation: null, firstName: '', lastName: '', email: '', dialCode: 'IN', mobile: '', pan: '', city: '', state: null, pin: '', country: 'IN',
      expYears: null, expMonths: null, employer: '', designation: '', currentCtc: '', expectedCtc: '', notice: '',
      ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'radio' ? '' : null])),
      level: null, course: null, university: '', yearOfPassing: '', classXII: '', resume: [], coverLetter: '', linkedin: '', source: null, consent: false,
    });
    const [search, setSearch] = useState('');
    const [alertEmail, setAlertEmail] = useState('');
    const set = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
    const required = [
      ['firstName', 'lastName', 'email', 'mobile', 'city', 'pin', 'country'],
      ['expYears', 'employer', 'designation', 'notice', ...posting.questions.filter((q) => q.required).map((q) => q.key)],
      ['level', 'university', 'resume'],
      ['consent'],
    ];
    const empty = (v) => v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0);
    const next = () => {
      const missing = required[step].filter((k) => empty(f[k]));
      setErrors(missing);
      if (missing.length) return;
      if (step < 3) { setStep(step + 1); window.scrollTo(0, 0); } else setSent(true);
    };
    const model = { ...f, resume: f.resume.map((file) => file.name), step: step + 1 };
    const labelOf = (list, v) => (list.find((o) => o.value === v) || {}).label || '';
    const review = [
      ['Name', [labelOf(SALUTATIONS, f.salutation), f.firstName, f.lastName].filter(Boolean).join(' ')],
      ['Email', f.email], ['Mobile', `${labelOf(DIAL, f.dialCode).split(' ')[0]} ${f.mobile}`], ['City', f.city], ['State / UT', labelOf(STATES, f.state)],
      ['PIN code', f.pin], ['Country', labelOf(COUNTRIES, f.country)],
      ['Total experience', [labelOf(YEARS, f.expYears), labelOf(MONTHS, f.expMonths)].filter(Boolean).join(' ')], ['Current employer', f.employer],
      ['Current designation', f.designation], ['Current CTC (₹ lakhs p.a.)', f.currentCtc], ['Expected CTC (₹ lakhs p.a.)', f.expectedCtc], ['Notice period', f.notice],
      ...posting.questions.map((q) => [q.label, q.type === 'radio' ? f[q.key] : labelOf(q.options.map((o) => ({ value: o, label: o })), f[q.key])]),
      ['Highest qualification', labelOf(LEVELS, f.level)], ['Course', labelOf(COURSES, f.course)], ['University / college', f.university],
      ['Resume', f.resume.map((x) => x.name).join(', ')], ['LinkedIn', f.linkedin],
    ];
    const err = (k) => (errors.includes(k) ? ' sd-error' : '');
    return (
      <CustomProvider locale={enGB}>
        <header className="sd-top">
          <strong>Sahyadri Digital · Careers</strong>
          <form className="sd-search" role="search" onSubmit={(e) => e.preventDefault()}>
            <Input id="sd-jobsearch" size="sm" placeholder="Search by skill, role or location" aria-label="Search jobs" value={search} onChange={setSearch} />
            <Button size="sm">Search</Button>
          </form>
          <Button size="sm" appearance="ghost" className="sd-login">Login / Register</Button>
        </header>
        <main className="sd-main">
          <h1>{posting.title}</h1>
          <p className="sd-meta">{posting.meta}</p>
          {posting.intro}
          {sent ? <h2 id="sd-done">Thank you! Your application has been submitted. Reference: {posting.ref}</h2> : (
            <form id="sd-form" onSubmit={(e) => { e.preventDefault(); next(); }} noValidate>
              <Steps current={step} small className="sd-steps">
                <Steps.Item title="Personal details" /><Steps.Item title="Experience" /><Steps.Item title="Education & documents" /><Steps.Item title="Review & submit" />
              </Steps>
              {errors.length > 0 && <p className="sd-errmsg" role="alert">Please fill in the required fields marked in red.</p>}
              {step === 0 && (
                <section id="sd-step-1">
                  <Field label="Salutation" htmlFor="sd-salutation"><SelectPicker id="sd-salutation" data={SALUTATIONS} value={f.salutation} onChange={set('salutation')} searchable={false} placeholder="Select" style={{ width: 140 }} /></Field>
                  <div className="sd-two">
                    <Field label="First name" htmlFor="sd-first" required><Input id="sd-first" name="firstName" className={err('firstName')} value={f.firstName} onChange={set('firstName')} /></Field>
                    <Field label="Last name" htmlFor="sd-last" required><Input id="sd-last" name="lastName" className={err('lastName')} value={f.lastName} onChange={set('lastName')} /></Field>
                  </div>
                  <Field label="Email ID" htmlFor="sd-email" required><Input id="sd-email" name="email" type="email" className={err('email')} value={f.email} onChange={set('email')} /></Field>
                  <Field label="Mobile number" htmlFor="sd-mobile" required help="10-digit mobile number. We will send interview updates by SMS and WhatsApp.">
                    <div className="sd-phone">
                      <SelectPicker id="sd-dialcode" aria-label="Country code" data={DIAL} value={f.dialCode} onChange={set('dialCode')} cleanable={false} style={{ width: 210 }} />
                      <Input id="sd-mobile" name="mobile" type="tel" className={err('mobile')} maxLength={10} placeholder="98765 43210" value={f.mobile} onChange={set('mobile')} />
                    </div>
                  </Field>
                  <Field label="PAN" htmlFor="sd-pan" help="Needed only at the offer stage."><Input id="sd-pan" name="pan" placeholder="ABCDE1234F" maxLength={10} value={f.pan} onChange={set('pan')} style={{ width: 220 }} /></Field>
                  <h4>Current address</h4>
                  <div className="sd-two">
                    <Field label="City" htmlFor="sd-city" required><Input id="sd-city" name="city" className={err('city')} value={f.city} onChange={set('city')} /></Field>
                    <Field label="State / UT" htmlFor="sd-state"><SelectPicker id="sd-state" data={STATES} groupBy="group" value={f.state} onChange={set('state')} placeholder="Select state" block /></Field>
                  </div>
                  <div className="sd-two">
                    <Field label="PIN code" htmlFor="sd-pin" required><Input id="sd-pin" name="pin" className={err('pin')} placeholder="6-digit PIN" value={f.pin} onChange={set('pin')} /></Field>
                    <Field label="Country" htmlFor="sd-country" required><SelectPicker id="sd-country" data={COUNTRIES} value={f.country} onChange={set('country')} placeholder="Select country" block /></Field>
                  </div>
                </section>
              )}
              {step === 1 && (
                <section id="sd-step-2">
                  <Field label="Total experience" id="sd-exp" required>
                    <div className="sd-phone">
                      <SelectPicker id="sd-exp-years" aria-label="Years" data={YEARS} value={f.expYears} onChange={set('expYears')} placeholder="Years" searchable={false} style={{ width: 150 }} />
                      <SelectPicker id="sd-exp-months" aria-label="Months" data={MONTHS} value={f.expMonths} onChange={set('expMonths')} placeholder="Months" searchable={false} style={{ width: 150 }} />
                    </div>
                  </Field>
                  <div className="sd-two">
                    <Field label="Current employer" htmlFor="sd-employer" required><Input id="sd-employer" name="employer" className={err('employer')} value={f.employer} onChange={set('employer')} /></Field>
                    <Field label="Current designation" htmlFor="sd-designation" required><Input id="sd-designation" name="designation" className={err('designation')} value={f.designation} onChange={set('designation')} /></Field>
                  </div>
                  <div className="sd-two">
                    <Field label="Current CTC" htmlFor="sd-cctc">
                      <InputGroup><InputGroup.Addon>₹</InputGroup.Addon><Input id="sd-cctc" name="currentCtc" inputMode="decimal" value={f.currentCtc} onChange={set('currentCtc')} /><InputGroup.Addon>Lakhs p.a.</InputGroup.Addon></InputGroup>
                    </Field>
                    <Field label="Expected CTC" htmlFor="sd-ectc">
                      <InputGroup><InputGroup.Addon>₹</InputGroup.Addon><Input id="sd-ectc" name="expectedCtc" inputMode="decimal" value={f.expectedCtc} onChange={set('expectedCtc')} /><InputGroup.Addon>Lakhs p.a.</InputGroup.Addon></InputGroup>
                    </Field>
                  </div>
                  <Field label="Notice period" id="sd-notice" required>
                    <RadioGroup name="notice" inline value={f.notice} onChange={set('notice')} aria-labelledby="sd-notice-label">
                      {NOTICE.map((n) => <Radio key={n} value={n}>{n}</Radio>)}
                    </RadioGroup>
                  </Field>
                  <h4>Screening questions</h4>
                  {posting.questions.map((q) => (
                    <Field key={q.key} label={q.label} id={`sd-${q.key}`} required={q.required} htmlFor={q.type === 'select' ? `sd-${q.key}-picker` : undefined}>
                      {q.type === 'radio' ? (
                        <RadioGroup name={q.key} inline value={f[q.key]} onChange={set(q.key)} aria-labelledby={`sd-${q.key}-label`}>
                          {q.options.map((o) => <Radio key={o} value={o}>{o}</Radio>)}
                        </RadioGroup>
                      ) : (
                        <SelectPicker id={`sd-${q.key}-picker`} data={q.options.map((o) => ({ value: o, label: o }))} value={f[q.key]} onChange={set(q.key)} searchable={false} placeholder="Select" block />
                      )}
                    </Field>
                  ))}
                </section>
              )}
              {step === 2 && (
                <section id="sd-step-3">
                  <div className="sd-two">
                    <Field label="Highest qualification" htmlFor="sd-level" required><SelectPicker id="sd-level" data={LEVELS} value={f.level} onChange={set('level')} searchable={false} placeholder="Select" block /></Field>
                    <Field label="Course" htmlFor="sd-course"><SelectPicker id="sd-course" data={COURSES} value={f.course} onChange={set('course')} placeholder="Select course" block /></Field>
                  </div>
                  <Field label="University / college" htmlFor="sd-university" required help="Start typing to see suggestions; you can also enter a name that is not listed.">
                    <AutoComplete id="sd-university" name="university" data={UNIVERSITIES} value={f.university} onChange={set('university')} />
                  </Field>
                  <div className="sd-two">
                    <Field label="Year of passing" htmlFor="sd-yop"><Input id="sd-yop" name="yearOfPassing" placeholder="YYYY" maxLength={4} value={f.yearOfPassing} onChange={set('yearOfPassing')} /></Field>
                    <Field label="Class XII percentage" htmlFor="sd-xii"><Input id="sd-xii" name="classXII" placeholder="e.g. 86.4" value={f.classXII} onChange={set('classXII')} /></Field>
                  </div>
                  <Field label="Resume" id="sd-resume" required help="PDF or DOCX, up to 2 MB">
                    <Uploader name="resume" action="#" autoUpload={false} fileList={f.resume} onChange={set('resume')} accept=".pdf,.doc,.docx" draggable>
                      <div className="sd-drop">Click or drag your resume here</div>
                    </Uploader>
                  </Field>
                  <Field label="Cover letter" htmlFor="sd-cover"><Input as="textarea" rows={5} id="sd-cover" name="coverLetter" value={f.coverLetter} onChange={set('coverLetter')} /></Field>
                  <Field label="LinkedIn profile" htmlFor="sd-linkedin"><Input id="sd-linkedin" name="linkedin" placeholder="https://www.linkedin.com/in/…" value={f.linkedin} onChange={set('linkedin')} /></Field>
                  <Field label="How did you hear about this job?" htmlFor="sd-source"><SelectPicker id="sd-source" data={SOURCES} value={f.source} onChange={set('source')} searchable={false} placeholder="Select" block /></Field>
                </section>
              )}
              {step === 3 && (
                <section id="sd-step-4">
                  <h4>Check your application</h4>
                  <dl className="sd-review">{review.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v || '—'}</dd></div>)}</dl>
                  <p><Button appearance="link" onClick={() => setStep(0)}>Edit personal details</Button> <Button appearance="link" onClick={() => setStep(1)}>Edit experience</Button> <Button appearance="link" onClick={() => setStep(2)}>Edit education &amp; documents</Button></p>
                  <Checkbox id="sd-consent" name="consent" className={err('consent')} checked={f.consent} onChange={(_, checked) => set('consent')(checked)}>
                    I consent to Sahyadri Digital Services processing my personal data for recruitment, as described in the privacy notice under the Digital Personal Data Protection Act, 2023. *
                  </Checkbox>
                </section>
              )}
              <div className="sd-nav">
                {step > 0 && <Button id="sd-back" onClick={() => { setErrors([]); setStep(step - 1); }}>Back</Button>}
                <Button id={step < 3 ? 'sd-next' : 'sd-submit'} appearance="primary" type="submit">{step < 3 ? 'Save & next' : 'Submit application'}</Button>
              </div>
            </form>
          )}
          <pre id="model">{JSON.stringify(model, null, 2)}</pre>
        </main>
        <footer className="sd-foot">
          <form onSubmit={(e) => e.preventDefault()}>
            <label htmlFor="sd-alert">Get similar jobs in your inbox</label>
            <Input id="sd-alert" type="email" placeholder="Your email ID" value={alertEmail} onChange={setAlertEmail} style={{ width: 260, display: 'inline-block' }} /> <Button size="sm">Create job alert</Button>
          </form>
        </footer>
      </CustomProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
