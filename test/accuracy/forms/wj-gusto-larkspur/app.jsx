import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const SHIFTS = [['early', 'Early (5am–1:30pm)'], ['swing', 'Swing (1:30pm–10pm)'], ['overnight', 'Overnight (10pm–5:30am)']];
const DAYS = [['weekdays', 'Weekdays'], ['weekends', 'Weekends']];
const START = ['Immediately', 'Within 2 weeks', 'Within a month', 'More than a month from now'];
const EDUCATION = ['Some high school', 'High school diploma or GED', 'Some college', "Associate's degree", "Bachelor's degree", 'Graduate degree'];

const init = {
  first_name: '', last_name: '', email: '', phone: '', zip: '', resume: '',
  currently_employed: '', recent_employer: '', recent_title: '', education: '',
  q_over_18: '', q_lift: '', q_transport: '', q_forklift: '', availability: [], start_window: '', hourly_rate: '',
  q_authorized: '', q_sponsorship: '', q_why: '', sms_consent: false,
};

function Field({ label, htmlFor, optional, description, children, group, error }) {
  const Tag = group ? 'fieldset' : 'div';
  const Title = group ? 'legend' : 'label';
  return (
    <Tag className="Field-module__field">
      <Title className="Field-module__label" htmlFor={group ? undefined : htmlFor}>{label}{optional && <span className="Field-module__optional"> (Optional)</span>}</Title>
      {description && <span className="Field-module__description">{description}</span>}
      {children}
      {error && <span className="Field-module__error">This field is required</span>}
    </Tag>
  );
}

function App() {
  const [s, setS] = useState(init);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const on = (k) => (e) => setS((p) => ({ ...p, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value }));
  const yesNo = (k, name) => ['Yes', 'No'].map((o) => (
    <label className="Radio-module__option" key={o}><input type="radio" name={name} value={o} checked={s[k] === o} onChange={on(k)} /> {o}</label>
  ));
  const required = ['first_name', 'last_name', 'email', 'phone', 'zip', 'q_over_18', 'q_lift', 'q_transport', 'start_window', 'q_authorized'];
  const missing = (k) => tried && !s[k];
  const submit = (e) => {
    e.preventDefault();
    setTried(true);
    if (required.every((k) => s[k]) && s.availability.length > 0) setDone(true);
  };
  if (done) return <div className="Card-module__card" id="application-complete"><h2>Application submitted</h2><p>Thanks, Larkspur Home Goods will be in touch.</p><pre id="model">{JSON.stringify(s, null, 2)}</pre></div>;
  return (
    <>
      <div className="Card-module__card">
        <h1>Warehouse Associate</h1>
        <p>West Sacramento, CA &middot; Full-time &middot; $21&ndash;$24 per hour</p>
        <p>Pick, pack and ship orders for our online furniture and home-goods store. Lift up to 50 lbs; forklift experience a plus.</p>
      </div>
      <form className="Card-module__card" onSubmit={submit} noValidate id="job-application">
        <h2>Apply</h2>
        <Field label="First name" htmlFor="first_name" error={missing('first_name')}><input className="Input-module__input" id="first_name" name="first_name" autoComplete="given-name" value={s.first_name} onChange={on('first_name')} /></Field>
        <Field label="Last name" htmlFor="last_name" error={missing('last_name')}><input className="Input-module__input" id="last_name" name="last_name" autoComplete="family-name" value={s.last_name} onChange={on('last_name')} /></Field>
        <Field label="Email" htmlFor="email" error={missing('email')}><input className="Input-module__input" type="email" id="email" name="email" value={s.email} onChange={on('email')} /></Field>
        <Field label="Phone number" htmlFor="phone" error={missing('phone')}><input className="Input-module__input" type="tel" id="phone" name="phone" placeholder="(555) 555-5555" maxLength={14} value={s.phone} onChange={on('phone')} /></Field>
        <Field label="ZIP code" htmlFor="zip" description="We use this to estimate your commute." error={missing('zip')}><input className="Input-module__input" id="zip" name="zip" inputMode="numeric" maxLength={5} value={s.zip} onChange={on('zip')} /></Field>
        <Field label="Resume" htmlFor="resume" optional><input type="file" id="resume" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => setS((p) => ({ ...p, resume: e.target.files[0]?.name ?? '' }))} /></Field>

        <h3>Experience</h3>
        <Field label="Are you currently employed?" group optional>{yesNo('currently_employed', 'currently_employed')}</Field>
        <Field label="Most recent employer" htmlFor="recent_employer" optional><input className="Input-module__input" id="recent_employer" name="recent_employer" value={s.recent_employer} onChange={on('recent_employer')} /></Field>
        <Field label="Job title at that employer" htmlFor="recent_title" optional><input className="Input-module__input" id="recent_title" name="recent_title" value={s.recent_title} onChange={on('recent_title')} /></Field>
        <Field label="Highest level of education completed" htmlFor="education" optional>
          <select className="Input-module__input" id="education" name="education" value={s.education} onChange={on('education')}><option value="">Select one</option>{EDUCATION.map((x) => <option key={x}>{x}</option>)}</select>
        </Field>

        <h3>Questions from Larkspur Home Goods</h3>
        <Field label="Are you at least 18 years old?" group error={missing('q_over_18')}>{yesNo('q_over_18', 'q_over_18')}</Field>
        <Field label="Can you regularly lift and carry up to 50 lbs?" group error={missing('q_lift')}>{yesNo('q_lift', 'q_lift')}</Field>
        <Field label="Do you have reliable transportation to our West Sacramento warehouse?" group error={missing('q_transport')}>{yesNo('q_transport', 'q_transport')}</Field>
        <Field label="Do you have a current forklift operator certification?" group optional>{yesNo('q_forklift', 'q_forklift')}</Field>
        <Field label="Which shifts can you work? Check every box that works for you." group error={tried && s.availability.length === 0}>
          <table className="Grid-module__grid">
            <thead><tr><td></td>{DAYS.map(([d, t]) => <th scope="col" key={d} id={`col-${d}`}>{t}</th>)}</tr></thead>
            <tbody>
              {SHIFTS.map(([sh, t]) => (
                <tr key={sh}><th scope="row" id={`row-${sh}`}>{t}</th>
                  {DAYS.map(([d]) => {
                    const v = `${sh}_${d}`;
                    return <td key={d}><input type="checkbox" id={`availability_${v}`} name="availability" value={v} aria-labelledby={`row-${sh} col-${d}`} checked={s.availability.includes(v)} onChange={(e) => setS((p) => ({ ...p, availability: e.target.checked ? [...p.availability, v] : p.availability.filter((x) => x !== v) }))} /></td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </Field>
        <Field label="How soon could you start?" group error={missing('start_window')}>
          {START.map((o) => <label className="Radio-module__option" key={o}><input type="radio" name="start_window" value={o} checked={s.start_window === o} onChange={on('start_window')} /> {o}</label>)}
        </Field>
        <Field label="Desired hourly pay" htmlFor="hourly_rate" optional>
          <div className="Input-module__affixed"><span>$</span><input id="hourly_rate" name="hourly_rate" inputMode="decimal" value={s.hourly_rate} onChange={on('hourly_rate')} /><span>/ hour</span></div>
        </Field>
        <Field label="Are you legally authorized to work in the United States?" group error={missing('q_authorized')}>{yesNo('q_authorized', 'q_authorized')}</Field>
        <Field label="Will you now or in the future require sponsorship for an employment visa?" group optional>{yesNo('q_sponsorship', 'q_sponsorship')}</Field>
        <Field label="Why would you like to work at Larkspur?" htmlFor="q_why" optional><textarea className="Input-module__input" id="q_why" name="q_why" rows={3} value={s.q_why} onChange={on('q_why')} /></Field>
        <label className="Radio-module__option"><input type="checkbox" id="sms_consent" name="sms_consent" checked={s.sms_consent} onChange={on('sms_consent')} /> Larkspur Home Goods may text me about this application. Msg &amp; data rates may apply.</label>
        <p><button type="submit" className="Button-module__primary" id="submit-application">Submit application</button></p>
      </form>
      <pre id="model">{JSON.stringify(s, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
