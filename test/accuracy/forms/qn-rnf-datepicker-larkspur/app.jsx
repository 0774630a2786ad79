/*
 * Larkspur Health careers page: a small React app. Masked and numeric inputs come from
 * react-number-format (PatternFormat / NumericFormat), dates from react-datepicker; the state is
 * printed into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { NumericFormat, PatternFormat } from 'react-number-format';
import DatePicker from 'react-datepicker';
import 'react-datepicker/dist/react-datepicker.css';

const STATES = ['Arizona', 'California', 'Colorado', 'Illinois', 'Massachusetts', 'New York', 'Oregon', 'Texas', 'Washington'];

function isoDate(date) {
  if (!date) return null;
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function App() {
  const [form, setForm] = useState({
    firstName: '',
    lastName: '',
    email: '',
    mobile: '',
    home: '',
    city: '',
    state: '',
    linkedinUsername: '',
    portfolio: '',
    years: null,
    salaryMin: null,
    salaryMax: null,
    payBasis: 'hourly',
    startDate: null,
    dateOfBirth: null,
    authorized: '',
    sponsorship: '',
    resume: null,
  });
  const [search, setSearch] = useState('');
  const [alerts, setAlerts] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (event) => set(key)(event.target.value) });
  const today = new Date();
  today.setHours(0, 0, 0, 0);

  return (
    <>
      <header className="lk-top">
        <strong>Larkspur Health</strong>
        <a href="#">Open roles</a>
        <a href="#">Life at Larkspur</a>
        <input id="lk-search" type="search" placeholder="Search roles" aria-label="Search roles" value={search} onChange={(e) => setSearch(e.target.value)} />
      </header>
      <main className="lk-page">
        <p style={{ margin: 0, color: '#66788a' }}>Engineering · Remote (US) or San Francisco</p>
        <h1 style={{ margin: '4px 0 14px' }}>Senior Data Engineer, Claims Platform</h1>
        <p>Help us turn millions of insurance claims into clean, timely data for care teams and actuaries.</p>
        <form
          id="lk-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
          }}
        >
          <div className="lk-two">
            <div className="lk-field">
              <label htmlFor="lk-first">Legal first name</label>
              <input id="lk-first" name="firstName" autoComplete="given-name" {...text('firstName')} />
            </div>
            <div className="lk-field">
              <label htmlFor="lk-last">Legal last name</label>
              <input id="lk-last" name="lastName" autoComplete="family-name" {...text('lastName')} />
            </div>
          </div>
          <div className="lk-field">
            <label htmlFor="lk-email">Email address</label>
            <input id="lk-email" name="email" type="email" {...text('email')} />
          </div>
          <div className="lk-two">
            <div className="lk-field">
              <label htmlFor="lk-mobile">Mobile phone</label>
              <PatternFormat
                id="lk-mobile"
                name="mobile"
                type="tel"
                format="(###) ###-####"
                mask="_"
                allowEmptyFormatting
                value={form.mobile}
                onValueChange={(values) => set('mobile')(values.value)}
              />
              <div className="lk-help">US numbers only.</div>
            </div>
            <div className="lk-field">
              <label htmlFor="lk-home">Home phone (optional)</label>
              <PatternFormat
                id="lk-home"
                name="home"
                type="tel"
                format="(###) ###-####"
                mask="_"
                value={form.home}
                onValueChange={(values) => set('home')(values.value)}
              />
            </div>
          </div>
          <div className="lk-two">
            <div className="lk-field">
              <label htmlFor="lk-city">City</label>
              <input id="lk-city" name="city" {...text('city')} />
            </div>
            <div className="lk-field">
              <label htmlFor="lk-state">State</label>
              <select id="lk-state" name="state" {...text('state')}>
                <option value="">Select…</option>
                {STATES.map((state) => (
                  <option key={state}>{state}</option>
                ))}
              </select>
            </div>
          </div>
          <div className="lk-two">
            <div className="lk-field">
              <label htmlFor="lk-linkedin">LinkedIn username</label>
              <input id="lk-linkedin" name="linkedinUsername" placeholder="e.g. jane-doe-42" {...text('linkedinUsername')} />
              <div className="lk-help">The part after linkedin.com/in/</div>
            </div>
            <div className="lk-field">
              <label htmlFor="lk-portfolio">Portfolio link</label>
              <input id="lk-portfolio" name="portfolio" type="url" placeholder="https://" {...text('portfolio')} />
            </div>
          </div>
          <div className="lk-field">
            <label htmlFor="lk-years">Years of professional experience</label>
            <NumericFormat
              id="lk-years"
              name="years"
              suffix=" years"
              decimalScale={0}
              allowNegative={false}
              value={form.years ?? ''}
              onValueChange={(values) => set('years')(values.floatValue ?? null)}
            />
          </div>
          <div className="lk-field">
            <span className="lk-label" id="lk-range-label">Desired base salary range (USD)</span>
            <div className="lk-two">
              <NumericFormat
                id="lk-salary-min"
                name="salaryMin"
                aria-labelledby="lk-range-label lk-min-cap"
                prefix="$"
                thousandSeparator=","
                decimalScale={0}
                allowNegative={false}
                placeholder="Minimum"
                value={form.salaryMin ?? ''}
                onValueChange={(values) => set('salaryMin')(values.floatValue ?? null)}
              />
              <NumericFormat
                id="lk-salary-max"
                name="salaryMax"
                aria-labelledby="lk-range-label lk-max-cap"
                prefix="$"
                thousandSeparator=","
                decimalScale={0}
                allowNegative={false}
                placeholder="Maximum"
                value={form.salaryMax ?? ''}
                onValueChange={(values) => set('salaryMax')(values.floatValue ?? null)}
              />
            </div>
            <div className="lk-two lk-help">
              <span id="lk-min-cap">Minimum</span>
              <span id="lk-max-cap">Maximum</span>
            </div>
          </div>
          <div className="lk-field">
            <span className="lk-label" id="lk-basis-label">Pay basis</span>
            <div className="lk-seg" id="lk-basis" role="radiogroup" aria-labelledby="lk-basis-label">
              {[
                ['annual', 'Annual'],
                ['hourly', 'Hourly'],
              ].map(([value, label]) => (
                <button key={value} type="button" role="radio" aria-checked={form.payBasis === value} onClick={() => set('payBasis')(value)}>
                  {label}
                </button>
              ))}
            </div>
          </div>
          <div className="lk-two">
            <div className="lk-field">
              <label htmlFor="lk-start">Earliest start date</label>
              <DatePicker
                id="lk-start"
                name="startDate"
                selected={form.startDate}
                onChange={set('startDate')}
                minDate={today}
                monthsShown={2}
                readOnly={false}
                onKeyDown={(event) => event.key !== 'Tab' && event.preventDefault()}
                dateFormat="MMMM d, yyyy"
                placeholderText="Pick a date"
                autoComplete="off"
              />
              <div className="lk-help">Choose a day on the calendar.</div>
            </div>
            <div className="lk-field">
              <label htmlFor="lk-dob">Date of birth (optional)</label>
              <DatePicker
                id="lk-dob"
                name="dateOfBirth"
                selected={form.dateOfBirth}
                onChange={set('dateOfBirth')}
                dateFormat="MM/dd/yyyy"
                placeholderText="MM/DD/YYYY"
                showYearDropdown
                scrollableYearDropdown
                autoComplete="off"
              />
            </div>
          </div>
          <div className="lk-two">
            <div className="lk-field">
              <label htmlFor="lk-authorized">Are you legally authorized to work in the US?</label>
              <select id="lk-authorized" name="authorized" {...text('authorized')}>
                <option value="">Select…</option>
                <option>Yes</option>
                <option>No</option>
              </select>
            </div>
            <div className="lk-field">
              <label htmlFor="lk-sponsorship">Will you require visa sponsorship now or in the future?</label>
              <select id="lk-sponsorship" name="sponsorship" {...text('sponsorship')}>
                <option value="">Select…</option>
                <option>Yes</option>
                <option>No</option>
              </select>
            </div>
          </div>
          <div className="lk-field">
            <label htmlFor="lk-resume">Resume</label>
            <input id="lk-resume" name="resume" type="file" accept=".pdf,.docx" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} />
          </div>
          <button className="lk-submit" id="lk-submit" type="submit">
            Submit application
          </button>
          {submitted && (
            <p className="lk-done" id="lk-done" role="status">
              Application submitted. Thank you!
            </p>
          )}
        </form>
      </main>
      <footer className="lk-foot">
        <label htmlFor="lk-alerts">Get new roles by email</label>
        <input id="lk-alerts" type="email" value={alerts} onChange={(e) => setAlerts(e.target.value)} />
        <button type="button">Subscribe</button>
      </footer>
      <pre id="model">{JSON.stringify({ ...form, startDate: isoDate(form.startDate), dateOfBirth: isoDate(form.dateOfBirth) }, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
