/**
 * HigherMe-style hourly apply flow for a grocery chain's distribution center: mobile cards, 3
 * screens behind "Next". Screen 1 is contact info and an age gate; screen 2 the positions at this
 * location (the posting's one pre-ticked), a weekly availability table of From / To selects, start
 * date, hours and hourly wage; screen 3 the last job, education, questions, an optional resume
 * and "anything else". State in <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TIMES = ['Not available', '12:00 AM', '4:00 AM', '5:00 AM', '6:00 AM', '7:00 AM', '8:00 AM', '9:00 AM', '10:00 AM', '12:00 PM', '2:00 PM', '4:00 PM', '6:00 PM', '8:00 PM', '10:00 PM', '11:59 PM'];
const POSITIONS = [['p-331', 'Inventory Systems Analyst'], ['p-332', 'Inventory Control Clerk'], ['p-333', 'Receiving Lead'], ['p-334', 'Warehouse Selector']];

function App() {
  const [screen, setScreen] = useState(0);
  const [err, setErr] = useState('');
  const [done, setDone] = useState(false);
  const [d, setD] = useState({
    firstName: '', lastName: '', email: '', phone: '', zip: '', over18: '', smsOk: false,
    positions: ['p-331'], availability: Object.fromEntries(DAYS.map((day) => [day, { from: '', to: '' }])),
    startDate: '', hoursPerWeek: '', hourlyWage: '',
    lastEmployer: '', lastPosition: '', stillWorking: '', lastStart: '',
    education: '', school: '', authorized: '', sponsorship: '', lift50: '', forklift: '', resume: null, anythingElse: '',
  });
  const set = (k) => (v) => setD((s) => ({ ...s, [k]: v }));
  const on = (k) => (e) => set(k)(e.target.value);
  const setAvail = (day, edge) => (e) => { const v = e.target.value; setD((s) => ({ ...s, availability: { ...s.availability, [day]: { ...s.availability[day], [edge]: v } } })); };
  const togglePos = (id) => setD((s) => ({ ...s, positions: s.positions.includes(id) ? s.positions.filter((p) => p !== id) : [...s.positions, id] }));
  const radio = (name, key, options) => (
    <div className="hm-choice">{options.map((o) => <label key={o}><input type="radio" name={name} value={o} checked={d[key] === o} onChange={() => set(key)(o)} />{o}</label>)}</div>
  );

  function next() {
    if (screen === 0 && (!d.firstName || !d.lastName || !/@/.test(d.email) || d.phone.replace(/\D/g, '').length < 10 || !d.over18)) return setErr('Please complete every field above.');
    if (screen === 1 && (!d.positions.length || !d.startDate)) return setErr('Pick at least one position and a start date.');
    setErr(''); setScreen(screen + 1);
  }
  function submit(e) {
    e.preventDefault();
    if (!d.lastEmployer || !d.authorized) return setErr('Please tell us about your last job and answer the required questions.');
    setDone(true);
  }
  if (done) return <div className="hm-card" id="hm-complete"><p className="hm-title">You're all set, {d.firstName}!</p><p>The Greenway Market hiring team will text you if they'd like to schedule an interview.</p><pre id="model">{JSON.stringify(d, null, 2)}</pre></div>;

  return (
    <div className="hm-card">
      <div className="hm-dots" aria-label={`Step ${screen + 1} of 3`}>{[0, 1, 2].map((i) => <i key={i} className={i <= screen ? 'on' : ''} />)}</div>
      <form id="hm-application" noValidate onSubmit={submit}>
        {screen === 0 ? (
          <div>
            <p className="hm-title">Let's get started</p>
            <p className="hm-lead">Apply in about 5 minutes. No resume required.</p>
            <div className="hm-two">
              <div className="hm-field"><label htmlFor="hm-first">First Name</label><input id="hm-first" className="hm-input" value={d.firstName} onChange={on('firstName')} /></div>
              <div className="hm-field"><label htmlFor="hm-last">Last Name</label><input id="hm-last" className="hm-input" value={d.lastName} onChange={on('lastName')} /></div>
            </div>
            <div className="hm-field"><label htmlFor="hm-email">Email</label><input id="hm-email" type="email" className="hm-input" value={d.email} onChange={on('email')} /></div>
            <div className="hm-field"><label htmlFor="hm-phone">Cell Phone</label><input id="hm-phone" type="tel" className="hm-input" placeholder="(555) 555-5555" value={d.phone} onChange={on('phone')} /><div className="hm-help">Hiring managers will text you here.</div></div>
            <div className="hm-field"><label htmlFor="hm-zip">Home Zip Code</label><input id="hm-zip" className="hm-input" inputMode="numeric" maxLength={5} value={d.zip} onChange={on('zip')} /></div>
            <div className="hm-field" role="radiogroup" aria-labelledby="hm-age-l"><span className="hm-label" id="hm-age-l">Are you 18 or older?</span>{radio('over18', 'over18', ['Yes', 'No'])}</div>
            <label className="hm-check"><input type="checkbox" id="hm-sms" checked={d.smsOk} onChange={(e) => set('smsOk')(e.target.checked)} /> Yes, text me about my application and other openings at Greenway Market. Reply STOP to cancel.</label>
          </div>
        ) : null}
        {screen === 1 ? (
          <div>
            <p className="hm-title">Positions &amp; availability</p>
            <div className="hm-field"><span className="hm-label">Which positions at this location are you interested in?</span>
              {POSITIONS.map(([id, name]) => <label key={id} className="hm-check"><input type="checkbox" name="positions" value={id} checked={d.positions.includes(id)} onChange={() => togglePos(id)} /> {name}</label>)}
            </div>
            <div className="hm-field"><span className="hm-label" id="hm-avail-l">When are you available to work?</span>
              <table className="hm-avail" aria-labelledby="hm-avail-l">
                <thead><tr><th>Day</th><th>From</th><th>To</th></tr></thead>
                <tbody>{DAYS.map((day) => (
                  <tr key={day}><td>{day}</td>
                    <td><select aria-label={`${day} from`} name={`avail-${day}-from`} value={d.availability[day].from} onChange={setAvail(day, 'from')}><option value="">--</option>{TIMES.map((t) => <option key={t}>{t}</option>)}</select></td>
                    <td><select aria-label={`${day} to`} name={`avail-${day}-to`} value={d.availability[day].to} onChange={setAvail(day, 'to')}><option value="">--</option>{TIMES.map((t) => <option key={t}>{t}</option>)}</select></td></tr>
                ))}</tbody>
              </table>
            </div>
            <div className="hm-two">
              <div className="hm-field"><label htmlFor="hm-start">When can you start?</label><input id="hm-start" type="date" className="hm-input" value={d.startDate} onChange={on('startDate')} /></div>
              <div className="hm-field"><label htmlFor="hm-hours">Hours per week wanted</label>
                <select id="hm-hours" className="hm-input" value={d.hoursPerWeek} onChange={on('hoursPerWeek')}><option value="">Select</option><option>Less than 20</option><option>20-29</option><option>30-39</option><option>40</option><option>40+ (overtime ok)</option></select></div>
            </div>
            <div className="hm-field"><label htmlFor="hm-wage">Desired hourly wage</label><input id="hm-wage" className="hm-input" inputMode="decimal" placeholder="$ per hour" value={d.hourlyWage} onChange={on('hourlyWage')} /></div>
          </div>
        ) : null}
        {screen === 2 ? (
          <div>
            <p className="hm-title">Experience</p>
            <div className="hm-field"><label htmlFor="hm-emp">Most recent employer</label><input id="hm-emp" className="hm-input" value={d.lastEmployer} onChange={on('lastEmployer')} /></div>
            <div className="hm-field"><label htmlFor="hm-pos">Position held</label><input id="hm-pos" className="hm-input" value={d.lastPosition} onChange={on('lastPosition')} /></div>
            <div className="hm-two">
              <div className="hm-field" role="radiogroup" aria-labelledby="hm-still-l"><span className="hm-label" id="hm-still-l">Do you still work there?</span>{radio('stillWorking', 'stillWorking', ['Yes', 'No'])}</div>
              <div className="hm-field"><label htmlFor="hm-laststart">Started</label><input id="hm-laststart" type="month" className="hm-input" value={d.lastStart} onChange={on('lastStart')} /></div>
            </div>
            <div className="hm-two">
              <div className="hm-field"><label htmlFor="hm-edu">Highest education</label>
                <select id="hm-edu" className="hm-input" value={d.education} onChange={on('education')}><option value="">Select</option><option>Some High School</option><option>High School / GED</option><option>Some College</option><option>Associate Degree</option><option>Bachelor's Degree</option><option>Graduate Degree</option></select></div>
              <div className="hm-field"><label htmlFor="hm-school">School</label><input id="hm-school" className="hm-input" value={d.school} onChange={on('school')} /></div>
            </div>
            <div className="hm-field" role="radiogroup" aria-labelledby="hm-auth-l"><span className="hm-label" id="hm-auth-l">Are you legally authorized to work in the U.S.?</span>{radio('authorized', 'authorized', ['Yes', 'No'])}</div>
            <div className="hm-field" role="radiogroup" aria-labelledby="hm-spon-l"><span className="hm-label" id="hm-spon-l">Will you require visa sponsorship?</span>{radio('sponsorship', 'sponsorship', ['Yes', 'No'])}</div>
            <div className="hm-field" role="radiogroup" aria-labelledby="hm-lift-l"><span className="hm-label" id="hm-lift-l">Can you regularly lift up to 50 lbs and work in a refrigerated (34°F) area?</span>{radio('lift50', 'lift50', ['Yes', 'No'])}</div>
            <div className="hm-field" role="radiogroup" aria-labelledby="hm-fork-l"><span className="hm-label" id="hm-fork-l">Are you forklift or pallet-jack certified?</span>{radio('forklift', 'forklift', ['Yes', 'No'])}</div>
            <div className="hm-field"><label htmlFor="hm-resume">Resume (optional)</label><input id="hm-resume" type="file" className="hm-input" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files[0]?.name ?? null)} /></div>
            <div className="hm-field"><label htmlFor="hm-else">Anything else you'd like the hiring manager to know?</label><textarea id="hm-else" className="hm-input" rows={4} value={d.anythingElse} onChange={on('anythingElse')} /></div>
          </div>
        ) : null}
        {err ? <p className="hm-err" role="alert">{err}</p> : null}
        {screen < 2 ? <button type="button" className="hm-btn" id="hm-next" onClick={next}>Next</button> : <button type="submit" className="hm-btn" id="hm-submit">Submit Application</button>}
        {screen > 0 ? <button type="button" className="hm-link" onClick={() => setScreen(screen - 1)}>‹ Back</button> : null}
      </form>
      <pre id="model">{JSON.stringify(d, null, 2)}</pre>
    </div>
  );
}

createRoot(document.getElementById('app')).render(<App />);
