/*
 * Wrenfield Freightworks careers: React 19 + react-hook-form (register on native controls), shared
 * by its postings. The application is fetched as a JSON config after the page loads ("Loading the
 * application…" first). Step 1: contact, home address whose block is keyed by the country (picking
 * a country remounts street / city / region / postal code: the region list and the postal-code
 * label swap between US states, Canadian provinces and a UK county box), a "mailing address is the
 * same" box that removes the mailing block when ticked, work authorization (No reveals a status
 * question), sponsorship, "currently employed?", resume. Step 2 (after Continue): the employer
 * block exists only for a Yes on step 1, years as ranges, salary reformatted on blur ("150,000"),
 * start date validated on blur (anything but MM/DD/YYYY is cleared), the posting's questions, a
 * referral question whose Yes reveals a name box, EEO selects, consent. Phone reformatted on blur
 * to "(415) 555-0134". react-hook-form values go to <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';

const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States'];
const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Northwest Territories', 'Nunavut', 'Yukon'];
const MX_STATES = ['Baja California', 'Ciudad de México', 'Jalisco', 'Nuevo León', 'Puebla', 'Querétaro', 'Yucatán'];
const REGION = {
  'United States': { label: 'State', list: US_STATES, postal: 'ZIP code', hint: '5 digits' },
  Canada: { label: 'Province / territory', list: PROVINCES, postal: 'Postal code', hint: 'A1A 1A1' },
  Mexico: { label: 'Estado', list: MX_STATES, postal: 'Código postal', hint: '5 dígitos' },
  'United Kingdom': { label: 'County', list: null, postal: 'Postcode', hint: 'e.g. SW1A 1AA' },
};
const STATUS = ['Permanent resident', 'Student visa (F-1 / OPT)', 'Temporary work visa (H-1B, L-1, TN …)', 'Other'];
const NOTICE = ['I can start right away', '1 week', '2 weeks', '3–4 weeks', 'More than 4 weeks'];
const YEARS = ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'];
const HEARD = ['Wrenfield careers site', 'LinkedIn', 'Indeed', 'A Wrenfield employee', 'Trade show or event', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'I decline to self-identify'];
const VETERAN = ['I identify as a protected veteran', 'I am not a protected veteran', 'I decline to self-identify'];

function formatPhone(raw) {
  let digits = raw.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10) return raw;
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}
function formatMoney(raw) {
  const digits = raw.replace(/[^\d.]/g, '').split('.')[0];
  return digits ? Number(digits).toLocaleString('en-US') : '';
}
function normalizeDate(raw) {
  const match = raw.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (!match) return null;
  const [, m, d, y] = match;
  const date = new Date(Number(y), Number(m) - 1, Number(d));
  if (date.getMonth() !== Number(m) - 1 || date.getDate() !== Number(d)) return null;
  return `${m.padStart(2, '0')}/${d.padStart(2, '0')}/${y}`;
}
function formatPostal(country, raw) {
  if (country === 'United States') { const d = raw.replace(/\D/g, ''); return d.length >= 5 ? d.slice(0, 5) : raw; }
  if (country === 'Canada') { const c = raw.replace(/\s/g, '').toUpperCase(); return c.length === 6 ? `${c.slice(0, 3)} ${c.slice(3)}` : raw.toUpperCase(); }
  return raw;
}

export function renderApplication(posting) {
  const questionDefaults = Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'check' ? false : '']));

  function Questions({ register }) {
    return posting.questions.map((q) => {
      const id = `wf-${q.key}`;
      if (q.type === 'select')
        return (
          <div className="wf-field" key={q.key}>
            <label htmlFor={id}>{q.label}</label>
            <select id={id} {...register(q.key)}><option value="">Please choose</option>{q.options.map((o) => <option key={o}>{o}</option>)}</select>
          </div>
        );
      if (q.type === 'radio')
        return (
          <fieldset className="wf-field wf-radios" key={q.key}>
            <legend>{q.label}</legend>
            {q.options.map((o, i) => <label key={o}><input type="radio" value={o} {...register(q.key)} /> {o}</label>)}
          </fieldset>
        );
      if (q.type === 'check')
        return <div className="wf-field" key={q.key}><label className="wf-inline"><input type="checkbox" id={id} {...register(q.key)} /> {q.label}</label></div>;
      if (q.type === 'textarea')
        return <div className="wf-field" key={q.key}><label htmlFor={id}>{q.label}</label><textarea id={id} rows={4} {...register(q.key)} /></div>;
      return <div className="wf-field" key={q.key}><label htmlFor={id}>{q.label}</label><input type="text" id={id} {...register(q.key)} />{q.help ? <small>{q.help}</small> : null}</div>;
    });
  }

  function Application({ config }) {
    const [step, setStep] = useState(1);
    const [done, setDone] = useState(false);
    const [dateError, setDateError] = useState('');
    const { register, handleSubmit, watch, setValue, getValues, trigger, formState: { errors } } = useForm({
      shouldUnregister: false,
      defaultValues: {
        firstName: '', lastName: '', email: '', phone: '',
        country: '', street: '', city: '', region: '', postal: '',
        mailingSame: false, mailStreet: '', mailCity: '', mailPostal: '',
        authorized: '', immigrationStatus: '', sponsorship: '', employed: '', resume: '',
        employer: '', jobTitle: '', notice: '', lastRoleEnded: '',
        years: '', salary: '', startDate: '', heard: '', referred: '', referrer: '',
        gender: '', veteran: '', consent: false, ...questionDefaults,
      },
    });
    const values = watch();
    const region = REGION[values.country];
    const countryField = register('country', { onChange: () => { setValue('region', ''); } });
    const phoneField = register('phone', { required: true, onBlur: (e) => setValue('phone', formatPhone(e.target.value)) });
    const postalField = register('postal', { onBlur: (e) => setValue('postal', formatPostal(getValues('country'), e.target.value)) });
    const salaryField = register('salary', { onBlur: (e) => setValue('salary', formatMoney(e.target.value)) });
    const startField = register('startDate', {
      onBlur: (e) => {
        const raw = e.target.value;
        if (raw.trim() === '') { setDateError(''); return; }
        const normalized = normalizeDate(raw);
        setValue('startDate', normalized ?? '');
        setDateError(normalized ? '' : `"${raw}" is not a date we can read. Please use MM/DD/YYYY.`);
      },
    });

    const next = async () => { if (await trigger(['firstName', 'lastName', 'email'])) { setStep(2); window.scrollTo(0, 0); } };
    const submit = (data) => { if (data.consent) setDone(true); };

    if (done) return <p id="wf-done" className="wf-done">Thank you, {values.firstName}. Your application for {config.title} is with our talent team.</p>;
    return (
      <form id="wf-form" noValidate onSubmit={handleSubmit(submit)}>
        <ol className="wf-steps"><li className={step === 1 ? 'on' : ''}>1. About you</li><li className={step === 2 ? 'on' : ''}>2. Experience</li></ol>
        {step === 1 ? (
          <section>
            <h2>About you</h2>
            <div className="wf-row">
              <div className="wf-field"><label htmlFor="wf-firstName">First name *</label><input id="wf-firstName" autoComplete="off" {...register('firstName', { required: true })} />{errors.firstName && <small className="wf-err">Required</small>}</div>
              <div className="wf-field"><label htmlFor="wf-lastName">Last name *</label><input id="wf-lastName" autoComplete="off" {...register('lastName', { required: true })} />{errors.lastName && <small className="wf-err">Required</small>}</div>
            </div>
            <div className="wf-field"><label htmlFor="wf-email">Email *</label><input id="wf-email" type="email" {...register('email', { required: true })} />{errors.email && <small className="wf-err">Required</small>}</div>
            <div className="wf-field"><label htmlFor="wf-phone">Mobile phone *</label><input id="wf-phone" type="tel" maxLength={14} placeholder="(555) 555-5555" {...phoneField} /><small>US and Canadian numbers only.</small></div>

            <h3>Home address</h3>
            <div className="wf-field"><label htmlFor="wf-country">Country *</label>
              <select id="wf-country" {...countryField}><option value="">Select a country</option>{COUNTRIES.map((c) => <option key={c}>{c}</option>)}</select></div>
            <div key={values.country || 'none'} className="wf-address">
              <div className="wf-field"><label htmlFor="wf-street">Street address</label><input id="wf-street" {...register('street')} /></div>
              <div className="wf-row">
                <div className="wf-field"><label htmlFor="wf-city">City</label><input id="wf-city" {...register('city')} /></div>
                <div className="wf-field">
                  <label htmlFor="wf-region">{region ? region.label : 'State / province'}</label>
                  {region && !region.list ? (
                    <input id="wf-region" {...register('region')} />
                  ) : (
                    <select id="wf-region" disabled={!region} {...register('region')}>
                      <option value="">{region ? 'Select…' : 'Choose a country first'}</option>
                      {(region?.list ?? []).map((r) => <option key={r}>{r}</option>)}
                    </select>
                  )}
                </div>
                <div className="wf-field"><label htmlFor="wf-postal">{region ? region.postal : 'Postal code'}</label><input id="wf-postal" placeholder={region?.hint ?? ''} {...postalField} /></div>
              </div>
            </div>
            <div className="wf-field"><label className="wf-inline"><input type="checkbox" id="wf-mailingSame" {...register('mailingSame')} /> My mailing address is the same as my home address</label></div>
            {!values.mailingSame && (
              <div className="wf-mailing">
                <h3>Mailing address</h3>
                <div className="wf-field"><label htmlFor="wf-mailStreet">Street address or P.O. box</label><input id="wf-mailStreet" {...register('mailStreet')} /></div>
                <div className="wf-row">
                  <div className="wf-field"><label htmlFor="wf-mailCity">City</label><input id="wf-mailCity" {...register('mailCity')} /></div>
                  <div className="wf-field"><label htmlFor="wf-mailPostal">ZIP / postal code</label><input id="wf-mailPostal" {...register('mailPostal')} /></div>
                </div>
              </div>
            )}

            <h3>Eligibility</h3>
            <fieldset className="wf-field wf-radios"><legend>{config.authorizedLabel}</legend>
              <label><input type="radio" value="yes" {...register('authorized')} /> Yes</label>
              <label><input type="radio" value="no" {...register('authorized')} /> No</label></fieldset>
            {values.authorized === 'no' && (
              <div className="wf-field wf-follow"><label htmlFor="wf-immigrationStatus">What is your current immigration status?</label>
                <select id="wf-immigrationStatus" {...register('immigrationStatus')}><option value="">Please choose</option>{STATUS.map((s) => <option key={s}>{s}</option>)}</select></div>
            )}
            <fieldset className="wf-field wf-radios"><legend>{config.sponsorLabel}</legend>
              <label><input type="radio" value="yes" {...register('sponsorship')} /> Yes</label>
              <label><input type="radio" value="no" {...register('sponsorship')} /> No</label></fieldset>
            <fieldset className="wf-field wf-radios"><legend>Are you currently employed?</legend>
              <label><input type="radio" value="yes" {...register('employed')} /> Yes</label>
              <label><input type="radio" value="no" {...register('employed')} /> No</label></fieldset>
            <div className="wf-field"><label htmlFor="wf-resume">Resume / CV *</label>
              <input id="wf-resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} /><small>PDF or Word, up to 5 MB.</small></div>
            <p><button type="button" id="wf-next" className="wf-primary" onClick={next}>Continue</button></p>
          </section>
        ) : (
          <section>
            <h2>Experience</h2>
            {values.employed === 'yes' && (
              <div className="wf-follow">
                <div className="wf-row">
                  <div className="wf-field"><label htmlFor="wf-employer">Current employer</label><input id="wf-employer" {...register('employer')} /></div>
                  <div className="wf-field"><label htmlFor="wf-jobTitle">Current job title</label><input id="wf-jobTitle" {...register('jobTitle')} /></div>
                </div>
                <div className="wf-field"><label htmlFor="wf-notice">How much notice do you need to give?</label>
                  <select id="wf-notice" {...register('notice')}><option value="">Please choose</option>{NOTICE.map((n) => <option key={n}>{n}</option>)}</select></div>
              </div>
            )}
            {values.employed === 'no' && (
              <div className="wf-field wf-follow"><label htmlFor="wf-lastRoleEnded">When did your last role end?</label><input id="wf-lastRoleEnded" placeholder="MM/YYYY" {...register('lastRoleEnded')} /></div>
            )}
            <div className="wf-field"><label htmlFor="wf-years">{config.yearsLabel}</label>
              <select id="wf-years" {...register('years')}><option value="">Please choose</option>{YEARS.map((y) => <option key={y}>{y}</option>)}</select></div>
            <div className="wf-field"><label htmlFor="wf-salary">Desired base salary (per year)</label>
              <div className="wf-money"><span>$</span><input id="wf-salary" inputMode="numeric" {...salaryField} /><span>USD</span></div></div>
            <div className="wf-field"><label htmlFor="wf-startDate">Earliest start date</label>
              <input id="wf-startDate" placeholder="MM/DD/YYYY" {...startField} />{dateError && <small className="wf-err" id="wf-startDate-error">{dateError}</small>}</div>
            <Questions register={register} />
            <div className="wf-field"><label htmlFor="wf-heard">How did you hear about this opening?</label>
              <select id="wf-heard" {...register('heard')}><option value="">Please choose</option>{HEARD.map((h) => <option key={h}>{h}</option>)}</select></div>
            <fieldset className="wf-field wf-radios"><legend>Were you referred by someone who works at Wrenfield?</legend>
              <label><input type="radio" value="yes" {...register('referred')} /> Yes</label>
              <label><input type="radio" value="no" {...register('referred')} /> No</label></fieldset>
            {values.referred === 'yes' && (
              <div className="wf-field wf-follow"><label htmlFor="wf-referrer">Who referred you?</label><input id="wf-referrer" {...register('referrer')} /></div>
            )}
            <h3>Voluntary self-identification</h3>
            <p className="wf-small">Providing this information is voluntary and does not affect your application.</p>
            <div className="wf-row">
              <div className="wf-field"><label htmlFor="wf-gender">Gender</label><select id="wf-gender" {...register('gender')}><option value="">Select…</option>{GENDER.map((g) => <option key={g}>{g}</option>)}</select></div>
              <div className="wf-field"><label htmlFor="wf-veteran">Veteran status</label><select id="wf-veteran" {...register('veteran')}><option value="">Select…</option>{VETERAN.map((v) => <option key={v}>{v}</option>)}</select></div>
            </div>
            <div className="wf-field"><label className="wf-inline"><input type="checkbox" id="wf-consent" {...register('consent')} /> I certify that the information I have given is true and I agree to the Wrenfield applicant privacy notice. *</label></div>
            <p><button type="button" className="wf-secondary" onClick={() => setStep(1)}>Back</button> <button type="submit" id="wf-submit" className="wf-primary">Submit application</button></p>
          </section>
        )}
        <pre id="model">{JSON.stringify({ step, ...values }, null, 1)}</pre>
      </form>
    );
  }

  function Page() {
    const [config, setConfig] = useState(null);
    const [search, setSearch] = useState('');
    const [alerts, setAlerts] = useState('');
    useEffect(() => {
      // The careers widget asks the ATS for this posting's application config before drawing it.
      const timer = setTimeout(() => setConfig(posting), posting.loadMs ?? 1400);
      return () => clearTimeout(timer);
    }, []);
    return (
      <>
        <header className="wf-top"><strong>Wrenfield Freightworks</strong><nav><a href="#">Jobs</a><a href="#">Life at Wrenfield</a><a href="#">Benefits</a></nav>
          <input type="search" id="wf-search" aria-label="Search jobs" placeholder="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)} /></header>
        <main className="wf-main">
          <h1>{posting.title}</h1>
          <p className="wf-meta">{posting.meta}</p>
          <p>{posting.blurb}</p>
          {config ? <Application config={config} /> : <p className="wf-loading" aria-busy="true">Loading the application…</p>}
        </main>
        <footer className="wf-foot"><label htmlFor="wf-alerts">Get an email when we post jobs like this one</label>
          <input type="email" id="wf-alerts" placeholder="you@example.com" value={alerts} onChange={(e) => setAlerts(e.target.value)} /><button type="button">Create alert</button>
          <pre id="wf-extras" hidden>{JSON.stringify({ search, alerts })}</pre></footer>
      </>
    );
  }

  createRoot(document.getElementById('root')).render(<Page />);
}
