/**
 * Larkspur Mobility careers on PrimeReact 10: a country Dropdown with `virtualScrollerOptions`
 * (only the rows in view are rendered) whose items carry a flag and the region as secondary text
 * and whose values are ISO codes ("US" shows "United States of America"), a state Dropdown with
 * USPS values, an AutoComplete that asks a (simulated) school directory after 2 characters with a
 * 300 ms delay, SelectButtons (degree, with "Other" revealing a box; currently employed Yes/No),
 * an InputSwitch for work authorization, sponsorship as radio cards (RadioButton + title +
 * description), a "select all that apply" Checkbox group and a MultiSelect of languages left to the
 * person, pronouns with "Prefer not to say" / "Other (please specify)". Shared by the postings.
 */
import 'primereact/resources/themes/lara-light-indigo/theme.css';
import 'primereact/resources/primereact.min.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import countries from 'world-countries';
import { PrimeReactProvider } from 'primereact/api';
import { AutoComplete } from 'primereact/autocomplete';
import { Button } from 'primereact/button';
import { Checkbox } from 'primereact/checkbox';
import { Dropdown } from 'primereact/dropdown';
import { InputSwitch } from 'primereact/inputswitch';
import { InputText } from 'primereact/inputtext';
import { InputTextarea } from 'primereact/inputtextarea';
import { MultiSelect } from 'primereact/multiselect';
import { RadioButton } from 'primereact/radiobutton';
import { SelectButton } from 'primereact/selectbutton';

const COUNTRIES = countries
  .map((c) => ({ value: c.cca2, label: c.cca2 === 'US' ? 'United States of America' : c.name.common, flag: c.flag, region: c.subregion || c.region }))
  .sort((a, b) => a.label.localeCompare(b.label));
const STATES = [['AK', 'Alaska'], ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['MT', 'Montana'], ['NV', 'Nevada'], ['NM', 'New Mexico'], ['OR', 'Oregon'], ['TX', 'Texas'], ['UT', 'Utah'], ['WA', 'Washington'], ['WY', 'Wyoming']].map(([value, label]) => ({ value, label }));
const SCHOOLS = ['Berkeley City College', 'Berkeley College', 'Colorado School of Mines', 'Colorado State University', 'Metropolitan State University of Denver', 'San Francisco State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine', 'University of Colorado Boulder', 'University of Colorado Denver', 'University of Denver', 'University of Utah', 'UC Berkeley Extension'];
const directory = (q) => new Promise((resolve) => setTimeout(() => resolve(SCHOOLS.filter((s) => s.toLowerCase().includes(q.toLowerCase()))), 200));

export function renderApplication(posting) {
  function Application() {
    const [f, setF] = useState({
      firstName: '', lastName: '', email: '', phone: '', country: null, state: null, city: '', linkedin: '', github: '', school: '', degree: null, degreeOther: '',
      years: null, authorized: false, sponsorship: '', employed: null, regions: [], languages: [], salary: '', pronouns: null, pronounsOther: '',
      coverLetter: '', essay: '', hear: null, gender: null, veteran: null, disability: null, consent: false, resume: [],
    });
    const set = (k) => (val) => setF((s) => ({ ...s, [k]: val }));
    const [schools, setSchools] = useState([]);
    const [search, setSearch] = useState('');
    const [news, setNews] = useState('');
    const [sent, setSent] = useState(false);
    const country = (o) => (
      <div className="lm-country-item"><span className="lm-flag" aria-hidden="true">{o.flag}</span><span className="lm-country-name">{o.label}</span><small className="lm-country-region">{o.region}</small></div>
    );
    const model = { ...f, search, news };
    const opts = (list) => list.map((x) => ({ label: x, value: x }));
    return (
      <PrimeReactProvider>
        <header className="lm-header">
          <strong>Larkspur Mobility</strong><nav>Charging network · Careers · Press</nav>
          <span className="p-input-icon-left"><InputText id="lm-search" placeholder="Search careers" aria-label="Search careers" value={search} onChange={(e) => setSearch(e.target.value)} /></span>
        </header>
        <main className="lm-main">
          <p className="lm-meta">{posting.team} · {posting.where}</p>
          <h1>{posting.title}</h1>
          <p>{posting.intro}</p>
          {sent ? <div id="lm-sent" className="p-message p-message-success">Application sent. We'll be in touch within two weeks.</div> : (
            <form id="lm-form" onSubmit={(e) => { e.preventDefault(); if (f.consent) setSent(true); }}>
              <h2>Contact</h2>
              <div className="lm-row">
                <div className="lm-field"><label htmlFor="lm-first">First name *</label><InputText id="lm-first" name="firstName" value={f.firstName} onChange={(e) => set('firstName')(e.target.value)} /></div>
                <div className="lm-field"><label htmlFor="lm-last">Last name *</label><InputText id="lm-last" name="lastName" value={f.lastName} onChange={(e) => set('lastName')(e.target.value)} /></div>
              </div>
              <div className="lm-field"><label htmlFor="lm-email">Email *</label><InputText id="lm-email" name="email" type="email" value={f.email} onChange={(e) => set('email')(e.target.value)} /></div>
              <div className="lm-field"><label htmlFor="lm-phone">Phone *</label><InputText id="lm-phone" name="phone" type="tel" placeholder="+1 555 555 5555" value={f.phone} onChange={(e) => set('phone')(e.target.value)} /><small>Include your country code.</small></div>
              <div className="lm-field"><label htmlFor="lm-country_input">Country *</label>
                <Dropdown id="lm-country" inputId="lm-country_input" value={f.country} options={COUNTRIES} onChange={(e) => setF((s) => ({ ...s, country: e.value, state: e.value === 'US' ? s.state : null }))} filter filterBy="label" placeholder="Select your country" itemTemplate={country}
                  virtualScrollerOptions={{ itemSize: 44 }} panelClassName="lm-country-panel" /></div>
              <div className="lm-field"><label htmlFor="lm-state_input">State *</label>
                <Dropdown id="lm-state" inputId="lm-state_input" value={f.state} options={STATES} onChange={(e) => set('state')(e.value)} filter disabled={f.country !== 'US'} placeholder={f.country === 'US' ? 'Select a state' : 'Choose United States of America first'} /></div>
              <div className="lm-field"><label htmlFor="lm-city">City *</label><InputText id="lm-city" name="city" value={f.city} onChange={(e) => set('city')(e.target.value)} /></div>
              <div className="lm-row">
                <div className="lm-field"><label htmlFor="lm-linkedin">LinkedIn</label><InputText id="lm-linkedin" name="linkedin" value={f.linkedin} onChange={(e) => set('linkedin')(e.target.value)} /></div>
                <div className="lm-field"><label htmlFor="lm-github">GitHub</label><InputText id="lm-github" name="github" value={f.github} onChange={(e) => set('github')(e.target.value)} /></div>
              </div>
              <div className="lm-field"><label htmlFor="lm-resume" className="p-button p-button-outlined">Choose resume</label>
                <input id="lm-resume" name="resume" type="file" accept=".pdf,.docx" className="lm-hidden" onChange={(e) => set('resume')(Array.from(e.target.files).map((x) => x.name))} />
                <span className="lm-file">{f.resume.length ? f.resume.join(', ') : 'No file chosen'}</span></div>

              <h2>Education</h2>
              <div className="lm-field"><label htmlFor="lm-school">School</label>
                <AutoComplete inputId="lm-school" value={f.school} suggestions={schools} completeMethod={async (e) => setSchools(await directory(e.query))} minLength={2} delay={300} onChange={(e) => set('school')(e.value)} placeholder="Type 2+ letters to search" /></div>
              <div className="lm-field"><span className="lm-label" id="lm-degree-label">Highest degree completed</span>
                <SelectButton id="lm-degree" aria-labelledby="lm-degree-label" value={f.degree} onChange={(e) => set('degree')(e.value)} options={opts(['High school', 'Associate', 'Bachelor’s', 'Master’s', 'Doctorate', 'Other'])} /></div>
              {f.degree === 'Other' && <div className="lm-field"><label htmlFor="lm-degree-other">Please specify</label><InputText id="lm-degree-other" value={f.degreeOther} onChange={(e) => set('degreeOther')(e.target.value)} /></div>}

              <h2>Experience and eligibility</h2>
              <div className="lm-field"><label htmlFor="lm-years_input">{posting.yearsLabel} *</label>
                <Dropdown id="lm-years" inputId="lm-years_input" value={f.years} options={opts(posting.years)} onChange={(e) => set('years')(e.value)} placeholder="Select" /></div>
              <div className="lm-field lm-switch"><InputSwitch inputId="lm-authorized" checked={f.authorized} onChange={(e) => set('authorized')(e.value)} /><label htmlFor="lm-authorized">I am legally authorized to work in the United States</label></div>
              <div className="lm-field"><span className="lm-label">Visa sponsorship *</span>
                <div className="lm-cards" role="radiogroup">
                  {[['none', 'No sponsorship needed', 'Now or in the future'], ['now', 'Sponsorship needed now', 'For example a new H-1B petition or transfer'], ['future', 'Sponsorship needed later', 'For example when OPT or a TN ends']].map(([value, title, desc]) => (
                    <label key={value} className={`lm-card ${f.sponsorship === value ? 'is-on' : ''}`} htmlFor={`lm-sp-${value}`}>
                      <RadioButton inputId={`lm-sp-${value}`} name="sponsorship" value={value} checked={f.sponsorship === value} onChange={(e) => set('sponsorship')(e.value)} />
                      <span><b>{title}</b><small>{desc}</small></span>
                    </label>
                  ))}
                </div></div>
              <div className="lm-field"><span className="lm-label" id="lm-employed-label">Are you currently employed?</span>
                <SelectButton id="lm-employed" aria-labelledby="lm-employed-label" value={f.employed} onChange={(e) => set('employed')(e.value)} options={opts(['Yes', 'No'])} /></div>
              <div className="lm-field"><span className="lm-label">{posting.regionsLabel} (select all that apply)</span>
                <div className="lm-checks">{posting.regions.map((r, i) => (
                  <span key={r}><Checkbox inputId={`lm-region-${i}`} value={r} checked={f.regions.includes(r)} onChange={(e) => set('regions')(e.checked ? [...f.regions, r] : f.regions.filter((x) => x !== r))} /><label htmlFor={`lm-region-${i}`}>{r}</label></span>
                ))}</div></div>
              <div className="lm-field"><label htmlFor="lm-languages_input">Languages you speak fluently</label>
                <MultiSelect id="lm-languages" inputId="lm-languages_input" value={f.languages} options={opts(['English', 'Spanish', 'French', 'German', 'Mandarin', 'Vietnamese', 'Tagalog'])} onChange={(e) => set('languages')(e.value)} display="chip" placeholder="Select languages" /></div>
              <div className="lm-field"><label htmlFor="lm-salary">Salary expectation (USD per year)</label><InputText id="lm-salary" name="salary" keyfilter="int" value={f.salary} onChange={(e) => set('salary')(e.target.value)} /></div>
              <div className="lm-field"><label htmlFor="lm-pronouns_input">Pronouns</label>
                <Dropdown id="lm-pronouns" inputId="lm-pronouns_input" value={f.pronouns} options={opts(['He/Him', 'She/Her', 'They/Them', 'Prefer not to say', 'Other (please specify)'])} onChange={(e) => set('pronouns')(e.value)} placeholder="Select" showClear /></div>
              {f.pronouns === 'Other (please specify)' && <div className="lm-field"><label htmlFor="lm-pronouns-other">Your pronouns</label><InputText id="lm-pronouns-other" value={f.pronounsOther} onChange={(e) => set('pronounsOther')(e.target.value)} /></div>}
              <div className="lm-field"><label htmlFor="lm-cover">Cover letter</label><InputTextarea id="lm-cover" rows={5} value={f.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} /></div>
              <div className="lm-field"><label htmlFor="lm-essay">{posting.essay}</label><InputTextarea id="lm-essay" rows={3} value={f.essay} onChange={(e) => set('essay')(e.target.value)} /></div>
              <div className="lm-field"><label htmlFor="lm-hear_input">How did you hear about us?</label>
                <Dropdown id="lm-hear" inputId="lm-hear_input" value={f.hear} options={opts(['LinkedIn', 'Built In Colorado', 'A Larkspur employee', 'Conference', 'Other (please specify)'])} onChange={(e) => set('hear')(e.value)} placeholder="Select" /></div>

              <h2>Voluntary self-identification</h2>
              {[['gender', 'Gender', ['Female', 'Male', 'Non-binary', 'Prefer not to say']], ['veteran', 'Protected veteran status', ['Yes', 'No', 'Prefer not to say']], ['disability', 'Disability status', ['Yes, I have a disability', 'No, I do not have a disability', 'Prefer not to say']]].map(([k, lbl, o]) => (
                <div key={k} className="lm-field"><label htmlFor={`lm-${k}_input`}>{lbl}</label>
                  <Dropdown id={`lm-${k}`} inputId={`lm-${k}_input`} value={f[k]} options={opts(o)} onChange={(e) => set(k)(e.value)} placeholder="Select" /></div>
              ))}
              <div className="lm-field lm-consent"><Checkbox inputId="lm-consent" checked={f.consent} onChange={(e) => set('consent')(e.checked)} /><label htmlFor="lm-consent">I agree that Larkspur Mobility may store my data for this and future openings.</label></div>
              <Button id="lm-submit" type="submit" label="Submit application" />
            </form>
          )}
        </main>
        <footer className="lm-footer"><label htmlFor="lm-news">Charging-network news, monthly</label><InputText id="lm-news" type="email" placeholder="Email" value={news} onChange={(e) => setNews(e.target.value)} /><Button label="Sign up" text /></footer>
        <pre id="model">{JSON.stringify(model)}</pre>
      </PrimeReactProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
