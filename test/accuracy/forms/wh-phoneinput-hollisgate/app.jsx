/*
 * Hollisgate careers (a London analytics company hiring in the US and the UK): React 19 +
 * react-hook-form 7 with Headless UI v2 and react-phone-number-input 3. The phone is
 * `react-phone-number-input/react-hook-form` with `international`, `withCountryCallingCode` and
 * `defaultCountry="GB"` (the box starts with an undeletable "+44"; the country is its own native
 * select); "Country of residence" is a Combobox preset to the United Kingdom; the salary currency is
 * a Listbox preset to "GBP £"; the track is a RadioGroup of cards; sponsorship a pill RadioGroup;
 * teams a Listbox `multiple`; notice period and "how did you hear" Listboxes; a Switch talent
 * pool; an sr-only resume input. RHF's values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import PhoneInput from 'react-phone-number-input/react-hook-form';
import 'react-phone-number-input/style.css';
import {
  Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Input, Label, Listbox, ListboxButton,
  ListboxOption, ListboxOptions, Radio, RadioGroup, Switch, Textarea,
} from '@headlessui/react';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, name: c.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const CURRENCIES = [{ id: 'GBP', label: 'GBP £' }, { id: 'USD', label: 'USD $' }, { id: 'EUR', label: 'EUR €' }];
const NOTICE = ['None — available now', '2 weeks', '1 month', '2 months', '3 months or more'];
const TEAMS = ['Data Platform', 'Analytics Engineering', 'Machine Learning', 'Data Governance'];
const HEARD = ['LinkedIn', 'Otta / Welcome to the Jungle', 'Hollisgate website', 'Friend or colleague', 'Event or meetup', 'Other'];

function Pick({ name, control, label, options, placeholder = 'Select…', multiple = false, optionLabel = (o) => o, optionKey = (o) => o, description }) {
  return (
    <Controller name={name} control={control} render={({ field }) => (
      <Field>
        <Label>{label}</Label>
        <Listbox value={field.value} onChange={field.onChange} multiple={multiple} by={multiple ? undefined : (a, b) => optionKey(a ?? '') === optionKey(b ?? '')}>
          <ListboxButton id={`hg-${name}`} className="hg-btn">
            {multiple ? (field.value.length ? field.value.join(', ') : placeholder) : field.value ? optionLabel(field.value) : placeholder}
          </ListboxButton>
          <ListboxOptions anchor="bottom start">
            {options.map((o) => <ListboxOption key={optionKey(o)} value={o}>{optionLabel(o)}</ListboxOption>)}
          </ListboxOptions>
        </Listbox>
        {description && <Description>{description}</Description>}
      </Field>
    )} />
  );
}

function Application() {
  const { control, register, handleSubmit, watch, setValue, formState: { errors } } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', residence: COUNTRIES.find((c) => c.code === 'GB'), city: '', postcode: '',
      linkedin: '', website: '', track: '', ukRightToWork: '', sponsorship: '', currency: CURRENCIES[0], salary: '',
      notice: '', startDate: '', company: '', jobTitle: '', teams: [], resume: '', coverLetter: '', whyHollisgate: '', heard: '',
      talentPool: false, consent: false,
    },
  });
  const [query, setQuery] = useState('');
  const [sent, setSent] = useState(false);
  const [news, setNews] = useState('');
  const values = watch();
  const text = (name, label, props = {}, description) => (
    <Field>
      <Label>{label}</Label>
      <Input id={`hg-${name}`} className="hg-input" {...register(name, props.rules)} {...props.input} />
      {description && <Description>{description}</Description>}
      {errors[name] && <p className="hg-err">{errors[name].message}</p>}
    </Field>
  );
  const filtered = query === '' ? COUNTRIES : COUNTRIES.filter((c) => c.name.toLowerCase().includes(query.toLowerCase()));
  const model = { ...values, residence: values.residence?.code ?? null, currency: values.currency?.id ?? null };
  return (
    <>
      <header className="hg-nav">
        <b>Hollisgate</b>
        <nav>Product · Customers · Careers</nav>
        <a href="#signin">Candidate sign in</a>
      </header>
      <div className="hg-wrap">
        <p className="hg-meta">Engineering · United States (remote) or London, UK · Full-time</p>
        <h1>Senior Data Engineer</h1>
        <p>Hollisgate builds market-risk analytics for insurers on both sides of the Atlantic. We are hiring one engineer in our London office and one remote in the US.</p>
        {sent && <p id="hg-done" className="hg-done">Thank you — your application has been received.</p>}
        <form className="hg-card" id="hg-apply" noValidate onSubmit={handleSubmit(() => setSent(true))}>
          <h2>Personal details</h2>
          <div className="hg-row">
            {text('firstName', 'First name', { rules: { required: 'Please enter your first name' } })}
            {text('lastName', 'Surname', { rules: { required: 'Please enter your surname' } })}
          </div>
          {text('email', 'Email address', { input: { type: 'email' }, rules: { required: 'Please enter your email' } })}
          <div className="hg-field">
            <label className="hg-label" htmlFor="hg-phone">Mobile number</label>
            <PhoneInput
              id="hg-phone"
              name="phone"
              control={control}
              rules={{ required: 'Please enter your mobile number' }}
              international
              withCountryCallingCode
              defaultCountry="GB"
            />
            {errors.phone && <p className="hg-err">{errors.phone.message}</p>}
          </div>
          <Controller name="residence" control={control} render={({ field }) => (
            <Field>
              <Label>Country of residence</Label>
              <Combobox value={field.value} onChange={field.onChange} by="code" onClose={() => setQuery('')}>
                <ComboboxInput id="hg-residence" className="hg-input" displayValue={(c) => c?.name ?? ''} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
                <ComboboxOptions anchor="bottom start">
                  {filtered.map((c) => <ComboboxOption key={c.code} value={c}>{c.name}</ComboboxOption>)}
                </ComboboxOptions>
              </Combobox>
            </Field>
          )} />
          <div className="hg-row">
            {text('city', 'Town / city')}
            {text('postcode', 'Postcode / ZIP code')}
          </div>
          <div className="hg-row">
            {text('linkedin', 'LinkedIn')}
            {text('website', 'Personal website or portfolio')}
          </div>

          <h2>The role</h2>
          <Controller name="track" control={control} rules={{ required: 'Please choose a location' }} render={({ field }) => (
            <Field>
              <Label>Which opening are you applying for?</Label>
              <RadioGroup id="hg-track" value={field.value} onChange={field.onChange} className="hg-cards" aria-label="Which opening are you applying for?">
                <Radio value="london"><p className="hg-rtitle">London, UK</p><p className="hg-rdesc">Hybrid, three days a week in our Farringdon office</p></Radio>
                <Radio value="us-remote"><p className="hg-rtitle">United States (remote)</p><p className="hg-rdesc">Remote anywhere in the US, overlapping with Eastern time</p></Radio>
              </RadioGroup>
            </Field>
          )} />
          <Controller name="ukRightToWork" control={control} render={({ field }) => (
            <Field>
              <Label>Do you have the right to work in the UK?</Label>
              <RadioGroup id="hg-ukRightToWork" value={field.value} onChange={field.onChange} className="hg-pills" aria-label="Do you have the right to work in the UK?">
                <Radio value="yes">Yes</Radio><Radio value="no">No</Radio>
              </RadioGroup>
              <Description>Only needed for the London opening.</Description>
            </Field>
          )} />
          <Controller name="sponsorship" control={control} rules={{ required: 'Please answer' }} render={({ field }) => (
            <Field>
              <Label>Will you need visa sponsorship to work in the country of the opening you chose?</Label>
              <RadioGroup id="hg-sponsorship" value={field.value} onChange={field.onChange} className="hg-pills" aria-label="Will you need visa sponsorship to work in the country of the opening you chose?">
                <Radio value="yes">Yes</Radio><Radio value="no">No</Radio>
              </RadioGroup>
            </Field>
          )} />
          <div className="hg-field">
            <span className="hg-label" id="hg-salary-label">Expected annual base salary</span>
            <div className="hg-money">
              <Pick name="currency" control={control} label={<span className="sr-only">Currency</span>} options={CURRENCIES} optionLabel={(o) => o.label} optionKey={(o) => o.id} />
              <Field style={{ flex: 1 }}>
                <Label className="sr-only">Amount</Label>
                <Input id="hg-salary" className="hg-input" inputMode="numeric" aria-describedby="hg-salary-label" {...register('salary')} />
              </Field>
            </div>
          </div>
          <div className="hg-row">
            <Pick name="notice" control={control} label="Notice period" options={NOTICE} />
            {text('startDate', 'Earliest start date', { input: { type: 'date' } })}
          </div>

          <h2>Experience</h2>
          <div className="hg-row">
            {text('company', 'Current employer')}
            {text('jobTitle', 'Current job title')}
          </div>
          <Pick name="teams" control={control} label="Which teams interest you?" options={TEAMS} multiple placeholder="Select any" description="Optional — choose as many as you like" />
          <div className="hg-field">
            <span className="hg-label">CV / résumé</span>
            <label className="hg-upload" htmlFor="hg-resume">{values.resume || 'Upload a file (PDF or DOCX)'}</label>
            <input id="hg-resume" className="sr-only" type="file" accept=".pdf,.docx" onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} />
          </div>
          <Field>
            <Label>Cover letter</Label>
            <Textarea id="hg-coverLetter" className="hg-input" rows={5} {...register('coverLetter')} />
            <Description>Optional, but we read every one.</Description>
          </Field>
          <Field>
            <Label>Why Hollisgate, and why now?</Label>
            <Textarea id="hg-whyHollisgate" className="hg-input" rows={3} {...register('whyHollisgate')} />
          </Field>
          <Pick name="heard" control={control} label="Where did you hear about us?" options={HEARD} />
          <Controller name="talentPool" control={control} render={({ field }) => (
            <Field className="hg-field" style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
              <Switch id="hg-talentPool" checked={field.value} onChange={field.onChange} className="hg-switch" />
              <Label style={{ margin: 0, fontWeight: 400 }}>Keep my details for future openings (12 months)</Label>
            </Field>
          )} />
          <label className="hg-field" style={{ display: 'flex', gap: 8 }}>
            <input type="checkbox" id="hg-consent" {...register('consent', { required: 'Please accept the privacy notice' })} />
            <span>I have read Hollisgate’s candidate privacy notice (UK GDPR and CCPA).</span>
          </label>
          {errors.consent && <p className="hg-err">{errors.consent.message}</p>}
          <button type="submit" id="hg-submit" className="hg-submit">Submit application</button>
        </form>
      </div>
      <footer className="hg-foot">
        <label htmlFor="hg-news">The Hollisgate Brief — monthly, no spam</label>{' '}
        <input id="hg-news" type="email" placeholder="Work email" value={news} onChange={(e) => setNews(e.target.value)} />{' '}
        <button type="button">Subscribe</button>
      </footer>
      <div className="hg-cookie">We use essential cookies only. <button type="button">OK</button></div>
      <pre id="model">{JSON.stringify({ ...model, news })}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
