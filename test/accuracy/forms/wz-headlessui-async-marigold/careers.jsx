/**
 * Marigold Care Analytics careers page (React 19 + **Headless UI v2** + **react-hook-form**, `mode: 'onBlur'`
 * so errors appear when a field is left), shared by every posting (each posting's app.jsx passes its
 * own questions). Tailwind-UI look; page CSS stands in for the Tailwind build.
 * - Field / Label / Description / Input / Textarea (generated `headlessui-…` ids; the page adds its own ids);
 * - phone with a placeholder that carries the country code "+1 (312) 555-0100" (no picker);
 * - "Current location": **Combobox whose options are fetched 400 ms after typing** ("Searching…",
 *   "San Francisco, CA" beside "South San Francisco, CA" and "San Francisco, Córdoba, AR");
 * - "Country of residence" Listbox with **grouped options** (region headings) → the **State Listbox is
 *   disabled until a country is chosen and loads its list 700 ms later**;
 * - "Are you currently employed?" RadioGroup pills (span role=radio, no native radios) → employer / title /
 *   notice period inside a block with the `hidden` attribute until "Yes";
 * - "Do you have a college degree?" pills → degree Listbox + school Combobox block;
 * - authorization pills; sponsorship as a **Switch** ("I will need Marigold to sponsor a work visa") whose
 *   "on" mounts a visa Listbox;
 * - salary with "$" prefix + currency Listbox (preset USD) + pay-period Listbox ("Per…");
 * - `type=date` start, sr-only resume input in a label, Headless Checkbox consent, SMS Switch.
 * react-hook-form's values go to <pre id="model">.
 */
import {
  Checkbox, Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Fieldset, Input, Label, Legend,
  Listbox, ListboxButton, ListboxOption, ListboxOptions, Radio, RadioGroup, Switch, Textarea,
} from '@headlessui/react';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';

const PLACES = ['San Francisco, CA', 'South San Francisco, CA', 'San Francisco, Córdoba, AR', 'San Fernando, CA', 'San Jose, CA', 'Santa Fe, NM', 'Chicago, IL', 'Evanston, IL',
  'Oak Park, IL', 'Naperville, IL', 'Milwaukee, WI', 'Madison, WI', 'Minneapolis, MN', 'Denver, CO', 'Austin, TX', 'Seattle, WA', 'Portland, OR', 'New York, NY', 'Boston, MA', 'Atlanta, GA'];
const COUNTRY_GROUPS = [
  { region: 'North America', countries: ['Canada', 'Mexico', 'United States'] },
  { region: 'Europe', countries: ['France', 'Germany', 'Ireland', 'Netherlands', 'Poland', 'Spain', 'United Kingdom'] },
  { region: 'Asia-Pacific', countries: ['Australia', 'India', 'Japan', 'Philippines', 'Singapore'] },
  { region: 'Latin America', countries: ['Argentina', 'Brazil', 'Chile', 'Colombia'] },
];
const STATES = {
  'United States': ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'],
  Canada: ['Alberta', 'British Columbia', 'Manitoba', 'Nova Scotia', 'Ontario', 'Quebec', 'Saskatchewan'],
  Mexico: ['Ciudad de México', 'Jalisco', 'Nuevo León'],
};
const SCHOOLS = ['University of California, Berkeley', 'University of California, Irvine', 'University of California, San Diego', 'Berkeley College', 'University of Chicago',
  'University of Illinois Urbana-Champaign', 'Northwestern University', 'Loyola University Chicago', 'DePaul University', 'University of Wisconsin–Madison', 'Stanford University'];
const DEGREES = ['Associate', "Bachelor's", "Master's", 'Doctorate', 'Other'];
const NOTICE = ['None — I can start right away', '2 weeks', '3–4 weeks', 'More than a month'];
const VISAS = ['H-1B', 'TN', 'F-1 OPT / STEM OPT', 'L-1', 'Other'];
const CURRENCIES = ['USD', 'CAD', 'EUR', 'GBP'];
const PERIODS = ['per hour', 'per month', 'per year'];

const cx = (...c) => c.filter(Boolean).join(' ');

function ListboxField({ id, label, value, onChange, options, groups, placeholder = 'Select…', disabled, description }) {
  return (
    <Field className="mg-field" disabled={disabled}>
      <Label className="mg-label">{label}</Label>
      {description && <Description className="mg-desc">{description}</Description>}
      <Listbox value={value} onChange={onChange} disabled={disabled}>
        <ListboxButton id={id} className="mg-listbox-button">{value || <span className="mg-placeholder">{placeholder}</span>}</ListboxButton>
        <ListboxOptions anchor="bottom start" className="mg-options">
          {groups
            ? groups.map((g) => (
              <div key={g.region} role="group" aria-label={g.region}>
                <div className="mg-group" role="presentation">{g.region}</div>
                {g.countries.map((o) => <ListboxOption key={o} value={o} className="mg-option">{o}</ListboxOption>)}
              </div>
            ))
            : options.map((o) => <ListboxOption key={o} value={o} className="mg-option">{o}</ListboxOption>)}
        </ListboxOptions>
      </Listbox>
    </Field>
  );
}

function Pills({ id, label, value, onChange, options = ['Yes', 'No'] }) {
  return (
    <Field className="mg-field">
      <Label className="mg-label">{label}</Label>
      <RadioGroup id={id} value={value} onChange={onChange} className="mg-pills" aria-label={label}>
        {options.map((o) => <Radio key={o} value={o.toLowerCase()} className={({ checked }) => cx('mg-pill', checked && 'mg-pill-on')}>{o}</Radio>)}
      </RadioGroup>
    </Field>
  );
}

function AsyncCombobox({ id, label, value, onChange, source, delay, placeholder, description }) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef(0);
  useEffect(() => {
    clearTimeout(timer.current);
    if (query.trim().length < 2) { setOptions([]); setLoading(false); return undefined; }
    setLoading(true);
    timer.current = setTimeout(() => {
      const q = query.toLowerCase();
      setOptions(source.filter((s) => s.toLowerCase().includes(q)).slice(0, 8));
      setLoading(false);
    }, delay);
    return () => clearTimeout(timer.current);
  }, [query]);
  return (
    <Field className="mg-field">
      <Label className="mg-label">{label}</Label>
      {description && <Description className="mg-desc">{description}</Description>}
      <Combobox value={value} onChange={(v) => onChange(v ?? '')} onClose={() => setQuery('')}>
        <ComboboxInput id={id} className="mg-input" placeholder={placeholder} displayValue={(v) => v ?? ''} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <ComboboxOptions anchor="bottom start" className="mg-options">
          {loading && <div className="mg-note">Searching…</div>}
          {!loading && query.length >= 2 && options.length === 0 && <div className="mg-note">No results</div>}
          {options.map((o) => <ComboboxOption key={o} value={o} className="mg-option">{o}</ComboboxOption>)}
        </ComboboxOptions>
      </Combobox>
    </Field>
  );
}

export function mount(posting) {
  const defaults = {
    fullName: '', email: '', phone: '', location: '', country: '', state: '', linkedin: '', website: '',
    employed: null, employer: '', jobTitle: '', notice: '', years: '', hasDegree: null, degree: '', school: '',
    authorized: null, needsSponsor: false, visa: '', ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'text' ? '' : null])),
    salary: '', currency: 'USD', period: '', startDate: '', resume: '', coverLetter: '', pronouns: '', veteran: '', sms: false, consent: false,
  };

  function Application() {
    const { register, control, watch, setValue, handleSubmit, formState: { errors } } = useForm({ mode: 'onBlur', defaultValues: defaults });
    const [sent, setSent] = useState(false);
    const [states, setStates] = useState([]);
    const [statesLoading, setStatesLoading] = useState(false);
    const values = watch();
    const country = watch('country');
    useEffect(() => {
      setValue('state', '');
      setStates([]);
      if (!country) return undefined;
      setStatesLoading(true);
      const t = setTimeout(() => { setStates(STATES[country] ?? []); setStatesLoading(false); }, 700);
      return () => clearTimeout(t);
    }, [country]);

    if (sent) return <div className="mg-card" id="mg-done"><h2>Thanks, we've got your application!</h2><p>You'll hear from Marigold's recruiting team within a week.</p></div>;
    const err = (name) => errors[name] && <p className="mg-error" role="alert">{errors[name].message}</p>;
    const ctl = (name, render, rules) => <Controller name={name} control={control} rules={rules} render={({ field }) => render(field)} />;
    return (
      <>
        <form className="mg-card" onSubmit={handleSubmit(() => setSent(true))} noValidate>
          <Fieldset className="mg-section">
            <Legend className="mg-legend">Personal information</Legend>
            <Field className="mg-field"><Label className="mg-label">Full name</Label>
              <Input id="mg-fullName" className="mg-input" autoComplete="name" {...register('fullName', { required: 'Full name is required' })} />{err('fullName')}</Field>
            <div className="mg-grid">
              <Field className="mg-field"><Label className="mg-label">Email</Label>
                <Input id="mg-email" type="email" className="mg-input" {...register('email', { required: 'Email is required', pattern: { value: /^\S+@\S+\.\S+$/, message: 'Enter a valid email address' } })} />{err('email')}</Field>
              <Field className="mg-field"><Label className="mg-label">Phone</Label>
                <Input id="mg-phone" type="tel" className="mg-input" placeholder="+1 (312) 555-0100" {...register('phone', { required: 'Phone is required', minLength: { value: 10, message: 'Enter a full phone number' } })} />{err('phone')}</Field>
            </div>
            {ctl('location', (field) => <AsyncCombobox id="mg-location" label="Current location" value={field.value} onChange={field.onChange} source={PLACES} delay={400} placeholder="Start typing your city" description="City and state where you live today." />, { required: 'Choose your location' })}
            {err('location')}
            <div className="mg-grid">
              {ctl('country', (field) => <ListboxField id="mg-country" label="Country of residence" value={field.value} onChange={field.onChange} groups={COUNTRY_GROUPS} />)}
              {ctl('state', (field) => <ListboxField id="mg-state" label="State / Province" value={field.value} onChange={field.onChange} options={states} disabled={!country || statesLoading} placeholder={statesLoading ? 'Loading…' : country ? 'Select…' : 'Select a country first'} />)}
            </div>
            <div className="mg-grid">
              <Field className="mg-field"><Label className="mg-label">LinkedIn</Label><Input id="mg-linkedin" className="mg-input" placeholder="https://linkedin.com/in/…" {...register('linkedin')} /></Field>
              <Field className="mg-field"><Label className="mg-label">{posting.linkLabel}</Label><Input id="mg-website" className="mg-input" {...register('website')} /></Field>
            </div>
          </Fieldset>

          <Fieldset className="mg-section">
            <Legend className="mg-legend">Experience</Legend>
            {ctl('employed', (field) => <Pills id="mg-employed" label="Are you currently employed?" value={field.value} onChange={field.onChange} />, { required: 'Please answer' })}
            <div className="mg-followup" hidden={values.employed !== 'yes'}>
              <div className="mg-grid">
                <Field className="mg-field"><Label className="mg-label">Current employer</Label><Input id="mg-employer" className="mg-input" {...register('employer')} /></Field>
                <Field className="mg-field"><Label className="mg-label">Current job title</Label><Input id="mg-jobTitle" className="mg-input" {...register('jobTitle')} /></Field>
              </div>
              {ctl('notice', (field) => <ListboxField id="mg-notice" label="Notice period" value={field.value} onChange={field.onChange} options={NOTICE} />)}
            </div>
            {ctl('years', (field) => <ListboxField id="mg-years" label={posting.yearsLabel} value={field.value} onChange={field.onChange} options={posting.years} />, { required: 'Please choose' })}
            {ctl('hasDegree', (field) => <Pills id="mg-hasDegree" label="Do you have a college degree?" value={field.value} onChange={field.onChange} />)}
            <div className="mg-followup" hidden={values.hasDegree !== 'yes'}>
              <div className="mg-grid">
                {ctl('degree', (field) => <ListboxField id="mg-degree" label="Degree" value={field.value} onChange={field.onChange} options={DEGREES} />)}
                {ctl('school', (field) => <AsyncCombobox id="mg-school" label="School" value={field.value} onChange={field.onChange} source={SCHOOLS} delay={300} placeholder="Search schools" />)}
              </div>
            </div>
          </Fieldset>

          <Fieldset className="mg-section">
            <Legend className="mg-legend">Work authorization</Legend>
            {ctl('authorized', (field) => <Pills id="mg-authorized" label={posting.authLabel} value={field.value} onChange={field.onChange} />, { required: 'Please answer' })}
            {ctl('needsSponsor', (field) => (
              <Field className="mg-switch-row">
                <Switch id="mg-needsSponsor" checked={field.value} onChange={field.onChange} className={({ checked }) => cx('mg-switch', checked && 'mg-switch-on')}><span className="mg-knob" /></Switch>
                <Label className="mg-label-inline">{posting.sponsorLabel}</Label>
              </Field>
            ))}
            {values.needsSponsor && ctl('visa', (field) => <ListboxField id="mg-visa" label="Which visa?" value={field.value} onChange={field.onChange} options={VISAS} />)}
            {posting.questions.map((q) => (q.type === 'pills'
              ? <div key={q.key}>{ctl(q.key, (field) => <Pills id={`mg-${q.key}`} label={q.label} value={field.value} onChange={field.onChange} options={q.options} />)}</div>
              : q.type === 'listbox'
                ? <div key={q.key}>{ctl(q.key, (field) => <ListboxField id={`mg-${q.key}`} label={q.label} value={field.value ?? ''} onChange={field.onChange} options={q.options} />)}</div>
                : <Field key={q.key} className="mg-field"><Label className="mg-label">{q.label}</Label><Textarea id={`mg-${q.key}`} rows={3} className="mg-input" {...register(q.key)} /></Field>))}
          </Fieldset>

          <Fieldset className="mg-section">
            <Legend className="mg-legend">Compensation</Legend>
            <div className="mg-grid3">
              <Field className="mg-field"><Label className="mg-label">Desired salary</Label>
                <div className="mg-prefix"><span aria-hidden="true">$</span><Input id="mg-salary" inputMode="numeric" className="mg-input" {...register('salary')} /></div></Field>
              {ctl('currency', (field) => <ListboxField id="mg-currency" label="Currency" value={field.value} onChange={field.onChange} options={CURRENCIES} />)}
              {ctl('period', (field) => <ListboxField id="mg-period" label="Pay period" value={field.value} onChange={field.onChange} options={PERIODS} placeholder="Per…" />)}
            </div>
            <Field className="mg-field"><Label className="mg-label">When could you start?</Label><Input id="mg-startDate" type="date" className="mg-input mg-narrow" {...register('startDate')} /></Field>
          </Fieldset>

          <Fieldset className="mg-section">
            <Legend className="mg-legend">Resume & cover letter</Legend>
            <Field className="mg-field"><Label className="mg-label">Resume</Label>
              <label className="mg-upload"><span>{values.resume || 'Upload a file'}</span><span className="mg-muted"> PDF, DOCX up to 10MB</span>
                <input id="mg-resume" type="file" className="sr-only" accept=".pdf,.doc,.docx" onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} /></label></Field>
            <Field className="mg-field"><Label className="mg-label">Cover letter</Label><Description className="mg-desc">Optional, but we read every one.</Description>
              <Textarea id="mg-coverLetter" rows={5} className="mg-input" {...register('coverLetter')} /></Field>
          </Fieldset>

          <Fieldset className="mg-section">
            <Legend className="mg-legend">Voluntary disclosures</Legend>
            {ctl('pronouns', (field) => <ListboxField id="mg-pronouns" label="Pronouns (optional)" value={field.value} onChange={field.onChange} options={['she/her', 'he/him', 'they/them', 'Prefer to self-describe', 'Prefer not to say']} />)}
            {ctl('veteran', (field) => <ListboxField id="mg-veteran" label="Veteran status" value={field.value} onChange={field.onChange} options={['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer']} />)}
          </Fieldset>

          {ctl('sms', (field) => (
            <Field className="mg-switch-row"><Switch id="mg-sms" checked={field.value} onChange={field.onChange} className={({ checked }) => cx('mg-switch', checked && 'mg-switch-on')}><span className="mg-knob" /></Switch>
              <Label className="mg-label-inline">Text me updates about my application (msg &amp; data rates may apply)</Label></Field>
          ))}
          {ctl('consent', (field) => (
            <Field className="mg-switch-row" data-field="consent"><Checkbox checked={field.value} onChange={field.onChange} className={({ checked }) => cx('mg-check', checked && 'mg-check-on')}>{field.value ? '✓' : ''}</Checkbox>
              <Label className="mg-label-inline">I agree to Marigold's candidate privacy policy.</Label></Field>
          ), { validate: (v) => v || 'Please agree to continue' })}
          {err('consent')}
          <button type="submit" id="mg-submit" className="mg-button">Submit application</button>
        </form>
        <pre id="model">{JSON.stringify(values)}</pre>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
