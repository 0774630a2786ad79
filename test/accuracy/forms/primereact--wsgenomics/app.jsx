/**
 * Another posting of the PrimeReact application (Kelvara Therapeutics, Cambridge MA): the same
 * components; its own questions are a work-authorization RadioButton pair, an H-1B sponsorship
 * pair, a years Dropdown ("7-9 years"), a work-arrangement SelectButton and a MultiSelect of lab
 * platforms left to the person.
 *
 * A biotech's application form on PrimeReact 10: InputTexts, an InputMask phone "(999) 999-9999",
 * an AutoComplete that only accepts one of its suggestions for the location, filterable Dropdowns
 * for country (world-countries) and state, an InputNumber showing US dollars, a Calendar text
 * input in mm/dd/yy (PrimeReact's four-digit year), RadioButtons, a SelectButton and a MultiSelect
 * left to the person, a native file input styled as a PrimeReact input (the form
 * keeps the file itself), and a Checkbox. React state is rendered into <pre id="model">.
 */
import 'primereact/resources/themes/lara-light-blue/theme.css';
import 'primereact/resources/primereact.min.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PrimeReactProvider } from 'primereact/api';
import { AutoComplete } from 'primereact/autocomplete';
import { Button } from 'primereact/button';
import { Calendar } from 'primereact/calendar';
import { Checkbox } from 'primereact/checkbox';
import { Dropdown } from 'primereact/dropdown';
import { InputMask } from 'primereact/inputmask';
import { InputNumber } from 'primereact/inputnumber';
import { InputText } from 'primereact/inputtext';
import { InputTextarea } from 'primereact/inputtextarea';
import { MultiSelect } from 'primereact/multiselect';
import { RadioButton } from 'primereact/radiobutton';
import { SelectButton } from 'primereact/selectbutton';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ label: country.name.common, value: country.cca2 })).sort((a, b) => a.label.localeCompare(b.label));
const STATES = [['Arizona', 'AZ'], ['California', 'CA'], ['Massachusetts', 'MA'], ['New Jersey', 'NJ'], ['North Carolina', 'NC'], ['Washington', 'WA']].map(([label, value]) => ({ label, value }));
const PLACES = ['Boston, MA', 'Cambridge, MA', 'Oakland, CA', 'San Carlos, CA', 'San Francisco, CA', 'San Mateo, CA', 'South San Francisco, CA', 'Waltham, MA'];
const YEARS = ['1-3 years', '4-6 years', '7-9 years', '10+ years'].map((label) => ({ label, value: label }));
const PLATFORMS = ['Benchling', 'Dotmatics', 'LabVantage', 'Tetrascience', 'Veeva Vault'].map((label) => ({ label, value: label }));

const isoDate = (date) => (date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null);
const EMPTY = { firstName: '', lastName: '', email: '', phone: '', location: null, country: null, state: null, salary: null, availableFrom: null, authorized: null, sponsorship: null, years: null, arrangement: null, platforms: [], resume: null, coverLetter: '', consent: false };

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [suggestions, setSuggestions] = useState(PLACES);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const submit = (event) => {
    event.preventDefault();
    if (!form.firstName || !form.email || !form.resume || !form.consent) { setError('Please complete the required fields.'); return; }
    setSent(true);
  };
  if (sent) return <h2 id="pr-done">Thank you! Your application has been received.</h2>;
  return (
    <form onSubmit={submit} noValidate>
      <h1>Scientific Data Engineer</h1>
      <p>Cambridge, MA · Hybrid · Kelvara builds RNA medicines for rare liver diseases; this role joins the research informatics team that moves assay data from our instruments into analysis-ready tables.</p>
      <div className="row">
        <div className="field"><label htmlFor="firstName">First name *</label><InputText id="firstName" value={form.firstName} onChange={(event) => set('firstName')(event.target.value)} /></div>
        <div className="field"><label htmlFor="lastName">Last name *</label><InputText id="lastName" value={form.lastName} onChange={(event) => set('lastName')(event.target.value)} /></div>
      </div>
      <div className="field"><label htmlFor="email">Email *</label><InputText id="email" type="email" value={form.email} onChange={(event) => set('email')(event.target.value)} /></div>
      <div className="field"><label htmlFor="phone">Phone</label><InputMask id="phone" mask="(999) 999-9999" placeholder="(999) 999-9999" value={form.phone} onChange={(event) => set('phone')(event.target.value ?? '')} /></div>
      <div className="field" data-field="location"><label htmlFor="location">Where are you based?</label>
        <AutoComplete inputId="location" value={form.location} suggestions={suggestions} forceSelection
          completeMethod={(event) => setSuggestions(PLACES.filter((place) => place.toLowerCase().includes(event.query.toLowerCase())))}
          onChange={(event) => set('location')(event.value)} placeholder="City, State" /></div>
      <div className="row">
        <div className="field" data-field="country"><label htmlFor="country">Country</label>
          <Dropdown inputId="country" value={form.country} options={COUNTRIES} onChange={(event) => set('country')(event.value)} filter placeholder="Select a country" /></div>
        <div className="field" data-field="state"><label htmlFor="state">State</label>
          <Dropdown inputId="state" value={form.state} options={STATES} onChange={(event) => set('state')(event.value)} placeholder="Select" /></div>
      </div>
      <div className="field"><label htmlFor="salary">Desired annual base salary</label>
        <InputNumber inputId="salary" value={form.salary} onValueChange={(event) => set('salary')(event.value ?? null)} mode="currency" currency="USD" locale="en-US" maxFractionDigits={0} /></div>
      <div className="field"><label htmlFor="availableFrom">Earliest start date</label>
        <Calendar inputId="availableFrom" value={form.availableFrom} onChange={(event) => set('availableFrom')(event.value ?? null)} dateFormat="mm/dd/yy" placeholder="mm/dd/yyyy" showIcon /></div>
      <div className="field"><span className="label" id="authorized-label">Are you legally authorized to work in the United States?</span>
        <div className="radios" role="radiogroup" aria-labelledby="authorized-label">
          <RadioButton inputId="authorized-yes" name="authorized" value="yes" onChange={(event) => set('authorized')(event.value)} checked={form.authorized === 'yes'} /><label htmlFor="authorized-yes">Yes</label>
          <RadioButton inputId="authorized-no" name="authorized" value="no" onChange={(event) => set('authorized')(event.value)} checked={form.authorized === 'no'} /><label htmlFor="authorized-no">No</label>
        </div></div>
      <div className="field"><span className="label" id="sponsorship-label">Do you now, or will you in the future, need H-1B or other visa sponsorship to work for Kelvara?</span>
        <div className="radios" role="radiogroup" aria-labelledby="sponsorship-label">
          <RadioButton inputId="sponsorship-yes" name="sponsorship" value="yes" onChange={(event) => set('sponsorship')(event.value)} checked={form.sponsorship === 'yes'} /><label htmlFor="sponsorship-yes">Yes</label>
          <RadioButton inputId="sponsorship-no" name="sponsorship" value="no" onChange={(event) => set('sponsorship')(event.value)} checked={form.sponsorship === 'no'} /><label htmlFor="sponsorship-no">No</label>
        </div></div>
      <div className="field" data-field="years"><label htmlFor="years">Years of experience building data pipelines</label>
        <Dropdown inputId="years" value={form.years} options={YEARS} onChange={(event) => set('years')(event.value)} placeholder="Select" /></div>
      <div className="field" data-field="arrangement"><span className="label">Which work arrangement would you prefer?</span>
        <SelectButton value={form.arrangement} onChange={(event) => set('arrangement')(event.value)} options={['On-site', 'Hybrid', 'Remote']} /></div>
      <div className="field" data-field="platforms"><label htmlFor="platforms">Lab data platforms you have worked with</label>
        <MultiSelect inputId="platforms" value={form.platforms} options={PLATFORMS} onChange={(event) => set('platforms')(event.value)} placeholder="Select platforms" display="chip" /></div>
      <div className="field" data-field="resume"><label htmlFor="resume">Resume *</label>
        <input id="resume" className="p-inputtext p-component" type="file" accept="application/pdf" onChange={(event) => set('resume')(event.target.files[0]?.name ?? null)} /></div>
      <div className="field"><label htmlFor="coverLetter">Cover letter</label><InputTextarea id="coverLetter" rows={5} value={form.coverLetter} onChange={(event) => set('coverLetter')(event.target.value)} /></div>
      <div className="field" style={{ flexDirection: 'row', alignItems: 'center' }}>
        <Checkbox inputId="consent" checked={form.consent} onChange={(event) => set('consent')(event.checked)} /><label htmlFor="consent" style={{ fontWeight: 400 }}>I consent to Kelvara Therapeutics processing my personal data to evaluate my application *</label></div>
      {error && <p role="alert" style={{ color: '#b00020' }}>{error}</p>}
      <Button type="submit" label="Submit application" className="pr-submit" />
      <pre id="model">{JSON.stringify({ ...form, availableFrom: isoDate(form.availableFrom) })}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<PrimeReactProvider><Application /></PrimeReactProvider>);
