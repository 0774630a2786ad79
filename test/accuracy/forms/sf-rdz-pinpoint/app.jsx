/**
 * A Pinpoint-style hosted application page built in React: four react-dropzone zones (resume,
 * cover letter, academic transcript, portfolio) whose file inputs sit hidden inside each zone with
 * their own accept lists, a dial-code select labelled only by aria-label in front of the mobile
 * number, a ZIP box with pattern and maxLength, an `https://` adornment before LinkedIn, the
 * availability as `type=month`, and the pay expectation as a minimum/maximum pair with a currency
 * select and pay-period radios. React state is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useDropzone } from 'react-dropzone';

const DIALS = [
  ['', 'Code'],
  ['AU', '🇦🇺 Australia +61'],
  ['CA', '🇨🇦 Canada +1'],
  ['DE', '🇩🇪 Germany +49'],
  ['IE', '🇮🇪 Ireland +353'],
  ['GB', '🇬🇧 United Kingdom +44'],
  ['US', '🇺🇸 United States +1'],
];
const STATES = ['Arizona', 'California', 'Colorado', 'Nevada', 'Oregon', 'Texas', 'Washington', 'Wyoming'];
const PERIODS = [['year', 'Per year'], ['month', 'Per month'], ['hour', 'Per hour']];

function Zone({ id, title, hint, accept, files, onFiles, required }) {
  const { getRootProps, getInputProps, isDragActive } = useDropzone({ accept, maxFiles: 1, multiple: false, onDrop: (accepted) => onFiles(accepted.map((file) => file.name)) });
  return (
    <div className="fld">
      <span className="lbl" id={`${id}-label`}>{title}{required ? ' *' : ''}</span>
      <div {...getRootProps({ className: `zone${isDragActive ? ' active' : ''}` })}>
        <input {...getInputProps({ id, name: id, 'aria-labelledby': `${id}-label` })} />
        {files.length ? <span className="picked">{files.join(', ')}</span> : <span>Drop file here or <u>browse</u></span>}
        <small>{hint}</small>
      </div>
    </div>
  );
}

const EMPTY = {
  firstName: '', lastName: '', email: '', dial: '', mobile: '', city: '', state: '', zip: '',
  resume: [], coverLetter: [], transcript: [], portfolio: [],
  linkedin: '', availableFrom: '', payMin: '', payMax: '', currency: '', period: '',
  authorized: '', sponsorship: '', talentPool: false, privacy: false,
};

function App() {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (event) => {
    const value = event && event.target ? (event.target.type === 'checkbox' ? event.target.checked : event.target.value) : event;
    setForm((current) => ({ ...current, [key]: value }));
  };
  const submit = (event) => {
    event.preventDefault();
    const missing = ['firstName', 'lastName', 'email', 'mobile', 'city', 'state', 'availableFrom', 'authorized', 'sponsorship'].filter((key) => !form[key]);
    if (!form.resume.length) missing.push('resume');
    if (form.zip && !/^\d{5}$/.test(form.zip)) missing.push('zip');
    if (!form.privacy) missing.push('privacy');
    if (missing.length) return setError(`Please check: ${missing.join(', ')}`);
    setError('');
    setSent(true);
  };
  if (sent) return <div id="thanks"><h1>Application sent</h1><p>Thank you, we have your application for Data Engineer II.</p><pre id="model">{JSON.stringify(form)}</pre></div>;
  return (
    <form id="pp-apply" onSubmit={submit} noValidate>
      <h1>Data Engineer II</h1>
      <p className="hint">Cheyenne, WY or remote in the US · Grid Analytics</p>

      <h2>Your documents</h2>
      <div className="zone-grid">
        <Zone id="resume-file" title="CV / Resume" required hint="PDF or Word, up to 10 MB" accept={{ 'application/pdf': ['.pdf'], 'application/msword': ['.doc'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'] }} files={form.resume} onFiles={set('resume')} />
        <Zone id="cover-letter-file" title="Cover letter" hint="PDF, Word or plain text" accept={{ 'application/pdf': ['.pdf'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'], 'text/plain': ['.txt'] }} files={form.coverLetter} onFiles={set('coverLetter')} />
        <Zone id="transcript-file" title="Academic transcript" hint="Graduate programme applicants only (PDF)" accept={{ 'application/pdf': ['.pdf'] }} files={form.transcript} onFiles={set('transcript')} />
        <Zone id="portfolio-file" title="Portfolio" hint="PDF, ZIP or images" accept={{ 'application/pdf': ['.pdf'], 'application/zip': ['.zip'], 'image/*': ['.png', '.jpg', '.jpeg'] }} files={form.portfolio} onFiles={set('portfolio')} />
      </div>

      <h2>About you</h2>
      <div className="two">
        <div className="fld"><label htmlFor="first-name">First name *</label><input id="first-name" name="first_name" type="text" maxLength={40} value={form.firstName} onChange={set('firstName')} /></div>
        <div className="fld"><label htmlFor="last-name">Last name *</label><input id="last-name" name="last_name" type="text" maxLength={40} value={form.lastName} onChange={set('lastName')} /></div>
      </div>
      <div className="fld"><label htmlFor="email">Email address *</label><input id="email" name="email" type="email" value={form.email} onChange={set('email')} /></div>
      <div className="fld">
        <label htmlFor="mobile">Mobile number *</label>
        <div className="phone">
          <select aria-label="Country code" name="dial_code" value={form.dial} onChange={set('dial')}>
            {DIALS.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
          </select>
          <input id="mobile" name="mobile" type="tel" value={form.mobile} onChange={set('mobile')} />
        </div>
      </div>
      <div className="two">
        <div className="fld"><label htmlFor="city">Town / City *</label><input id="city" name="city" type="text" value={form.city} onChange={set('city')} /></div>
        <div className="fld">
          <label htmlFor="state">State *</label>
          <select id="state" name="state" value={form.state} onChange={set('state')}>
            <option value="">Select…</option>
            {STATES.map((state) => <option key={state} value={state}>{state}</option>)}
          </select>
        </div>
        <div className="fld"><label htmlFor="zip">ZIP code</label><input id="zip" name="zip" type="text" inputMode="numeric" pattern="\d{5}" maxLength={5} value={form.zip} onChange={set('zip')} /></div>
      </div>
      <div className="fld">
        <label htmlFor="linkedin">LinkedIn profile</label>
        <div className="adorn"><span>https://</span><input id="linkedin" name="linkedin" type="text" placeholder="www.linkedin.com/in/your-name" value={form.linkedin} onChange={set('linkedin')} /></div>
      </div>

      <h2>Availability and pay</h2>
      <div className="fld"><label htmlFor="available-from">Available from *</label><input id="available-from" name="available_from" type="month" value={form.availableFrom} onChange={set('availableFrom')} /></div>
      <fieldset>
        <legend>Pay expectations</legend>
        <div className="two">
          <div className="fld"><label htmlFor="pay-min">Minimum</label><input id="pay-min" name="pay_min" type="number" min="0" step="1000" value={form.payMin} onChange={set('payMin')} /></div>
          <div className="fld"><label htmlFor="pay-max">Maximum</label><input id="pay-max" name="pay_max" type="number" min="0" step="1000" value={form.payMax} onChange={set('payMax')} /></div>
          <div className="fld">
            <label htmlFor="pay-currency">Currency</label>
            <select id="pay-currency" name="pay_currency" value={form.currency} onChange={set('currency')}>
              <option value="">–</option><option value="AUD">AUD</option><option value="CAD">CAD</option><option value="EUR">EUR</option><option value="GBP">GBP</option><option value="USD">USD</option>
            </select>
          </div>
        </div>
        <div className="inline">
          {PERIODS.map(([value, text]) => (
            <label key={value}><input type="radio" name="pay_period" value={value} checked={form.period === value} onChange={set('period')} /> {text}</label>
          ))}
        </div>
      </fieldset>

      <h2>Eligibility</h2>
      <fieldset className="inline">
        <legend>Do you have the right to work in the United States? *</legend>
        <label><input type="radio" name="authorized" value="yes" checked={form.authorized === 'yes'} onChange={set('authorized')} /> Yes</label>
        <label><input type="radio" name="authorized" value="no" checked={form.authorized === 'no'} onChange={set('authorized')} /> No</label>
      </fieldset>
      <fieldset className="inline">
        <legend>Will you require sponsorship to work for us? *</legend>
        <label><input type="radio" name="sponsorship" value="yes" checked={form.sponsorship === 'yes'} onChange={set('sponsorship')} /> Yes</label>
        <label><input type="radio" name="sponsorship" value="no" checked={form.sponsorship === 'no'} onChange={set('sponsorship')} /> No</label>
      </fieldset>

      <div className="fld"><label><input id="talent-pool" type="checkbox" checked={form.talentPool} onChange={set('talentPool')} /> Keep me in the Hallowmere talent pool and email me about similar roles</label></div>
      <div className="fld"><label><input id="privacy" type="checkbox" checked={form.privacy} onChange={set('privacy')} /> I have read the applicant privacy notice *</label></div>
      {error && <p className="err" role="alert">{error}</p>}
      <button className="submit" id="pp-submit" type="submit">Submit application</button>
      <pre id="model">{JSON.stringify(form)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
