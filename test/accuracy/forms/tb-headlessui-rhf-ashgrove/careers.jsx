/*
 * Ashgrove Energy (a Colorado grid-software company): careers page on React 19 + Headless UI 2 +
 * react-hook-form, shared by its postings (app.jsx passes the job):
 * - Field / Label / Input / Textarea from Headless UI (generated ids tie label and input; tests use data-testid);
 * - one phone box whose placeholder carries the country code ("+1 (555) 000-0000");
 * - "Current location": a Combobox filtering a city list as you type (options in a portal);
 * - pronouns: a Listbox with `multiple`; years, degree and currency: Listboxes (button + portal);
 * - yes/no questions: RadioGroup of Radio pills (role=radio divs, no native inputs);
 * - "Currently employed" as a Switch; a relocation Switch; an SMS Switch;
 * - start date typed MM/DD/YYYY; resume input hidden behind a dashed drop area label.
 * The react-hook-form values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import {
  Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Input, Label, Listbox, ListboxButton, ListboxOption,
  ListboxOptions, Radio, RadioGroup, Switch, Textarea,
} from '@headlessui/react';

const CITIES = [
  'Denver, Colorado, United States', 'Boulder, Colorado, United States', 'San Francisco, California, United States',
  'South San Francisco, California, United States', 'San Francisco, Santander, Colombia', 'San Fernando, California, United States',
  'San Jose, California, United States', 'Sacramento, California, United States', 'Salt Lake City, Utah, United States',
  'Seattle, Washington, United States', 'Portland, Oregon, United States', 'Austin, Texas, United States', 'Chicago, Illinois, United States',
];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'ze/hir', 'Ask me'];
const DEGREES = ['High school or GED', 'Some college', "Associate's", "Bachelor's", "Master's", 'Doctorate', 'Trade school / apprenticeship'];
const CURRENCIES = ['USD ($)', 'CAD (C$)', 'EUR (€)', 'GBP (£)'];

function Pick({ name, label, options, control, multiple = false, placeholder = 'Select…', rules, description }) {
  return (
    <Controller name={name} control={control} rules={rules} render={({ field, fieldState }) => (
      <Field className="ag-f">
        <Label className="ag-l">{label}</Label>
        {description && <Description className="ag-d">{description}</Description>}
        <Listbox value={field.value} onChange={field.onChange} multiple={multiple}>
          <ListboxButton data-testid={`ag-${name}`} className="ag-lb">
            {(multiple ? field.value.join(', ') : field.value) || <span className="ag-ph">{placeholder}</span>}
          </ListboxButton>
          <ListboxOptions anchor="bottom start" className="ag-menu">
            {options.map((o) => <ListboxOption key={o} value={o} className="ag-opt">{o}</ListboxOption>)}
          </ListboxOptions>
        </Listbox>
        {fieldState.error && <p className="ag-err">{fieldState.error.message}</p>}
      </Field>
    )} />
  );
}

function Choice({ name, label, options, control, rules }) {
  return (
    <Controller name={name} control={control} rules={rules} render={({ field, fieldState }) => (
      <Field className="ag-f">
        <Label className="ag-l" id={`ag-${name}-q`}>{label}</Label>
        <RadioGroup data-testid={`ag-${name}`} value={field.value} onChange={field.onChange} aria-labelledby={`ag-${name}-q`} className="ag-pills">
          {options.map((o) => <Radio key={o} value={o} className="ag-pill">{o}</Radio>)}
        </RadioGroup>
        {fieldState.error && <p className="ag-err">{fieldState.error.message}</p>}
      </Field>
    )} />
  );
}

function Toggle({ name, label, control }) {
  return (
    <Controller name={name} control={control} render={({ field }) => (
      <Field className="ag-switch">
        <Switch data-testid={`ag-${name}`} checked={field.value} onChange={field.onChange} className="ag-sw"><span className="ag-knob" /></Switch>
        <Label className="ag-sl">{label}</Label>
      </Field>
    )} />
  );
}

function App({ job }) {
  const qDefaults = Object.fromEntries(job.questions.map((q) => [q.key, q.type === 'text' ? '' : q.type === 'switch' ? false : null]));
  const { register, control, handleSubmit, watch, formState: { errors } } = useForm({
    defaultValues: {
      fullName: '', email: '', phone: '', location: null, pronouns: [], linkedin: '', website: '', employed: false, employer: '', title: '',
      years: null, degree: null, school: '', authorized: null, sponsorship: null, relocate: false, salary: '', currency: null,
      startDate: '', resume: '', coverLetter: '', sms: false, terms: false, ...qDefaults,
    },
  });
  const [query, setQuery] = useState('');
  const [sent, setSent] = useState(false);
  const values = watch();
  const req = { required: 'Required' };
  const input = (name, label, extra = {}, rules) => (
    <Field className="ag-f">
      <Label className="ag-l">{label}</Label>
      <Input className="ag-in" data-testid={`ag-${name}`} {...extra} {...register(name, rules)} />
      {errors[name] && <p className="ag-err">{errors[name].message}</p>}
    </Field>
  );
  const cities = query.length < 2 ? [] : CITIES.filter((c) => c.toLowerCase().includes(query.toLowerCase()));

  return (
    <div className="ag-card">
      {sent ? <h2 id="ag-done">Thanks {values.fullName.split(' ')[0]} — we received your application.</h2> : (
        <form id="ag-form" noValidate onSubmit={handleSubmit(() => setSent(true))}>
          <h2>Apply for {job.title}</h2>
          <h3>Contact</h3>
          {input('fullName', 'Full name *', { autoComplete: 'name' }, req)}
          <div className="ag-row">
            {input('email', 'Email *', { type: 'email' }, req)}
            {input('phone', 'Phone *', { type: 'tel', placeholder: '+1 (555) 000-0000' }, req)}
          </div>
          <Controller name="location" control={control} rules={req} render={({ field, fieldState }) => (
            <Field className="ag-f">
              <Label className="ag-l">Current location *</Label>
              <Combobox value={field.value} onChange={field.onChange} onClose={() => setQuery('')}>
                <ComboboxInput data-testid="ag-location" className="ag-in" placeholder="Start typing a city" displayValue={(v) => v ?? ''} onChange={(e) => setQuery(e.target.value)} />
                <ComboboxOptions anchor="bottom start" className="ag-menu">
                  {cities.map((c) => <ComboboxOption key={c} value={c} className="ag-opt">{c}</ComboboxOption>)}
                </ComboboxOptions>
              </Combobox>
              {fieldState.error && <p className="ag-err">{fieldState.error.message}</p>}
            </Field>
          )} />
          <Pick name="pronouns" label="Pronouns" options={PRONOUNS} control={control} multiple placeholder="Choose any that apply" description="Optional. Shown to your interviewers." />
          <div className="ag-row">{input('linkedin', 'LinkedIn')}{input('website', job.websiteLabel)}</div>
          <h3>Background</h3>
          <Toggle name="employed" label="I'm currently employed" control={control} />
          <div className="ag-row">{input('employer', 'Current employer')}{input('title', 'Current title')}</div>
          <div className="ag-row">
            <Pick name="years" label={job.yearsLabel} options={job.years} control={control} rules={req} />
            <Pick name="degree" label="Highest level of education" options={DEGREES} control={control} />
          </div>
          {input('school', 'School or university')}
          <h3>Eligibility</h3>
          <Choice name="authorized" label={job.authLabel} options={['Yes', 'No']} control={control} rules={req} />
          <Choice name="sponsorship" label={job.sponsorLabel} options={['Yes', 'No']} control={control} rules={req} />
          <Toggle name="relocate" label={job.relocateLabel} control={control} />
          <h3>Questions</h3>
          {job.questions.map((q) => (q.type === 'text'
            ? <Field className="ag-f" key={q.key}><Label className="ag-l">{q.label}</Label><Textarea className="ag-in" data-testid={`ag-${q.key}`} rows={3} {...register(q.key)} /></Field>
            : q.type === 'switch' ? <Toggle key={q.key} name={q.key} label={q.label} control={control} />
              : q.type === 'choice' ? <Choice key={q.key} name={q.key} label={q.label} options={q.options} control={control} />
                : <Pick key={q.key} name={q.key} label={q.label} options={q.options} control={control} />))}
          <h3>Compensation &amp; timing</h3>
          <div className="ag-row">
            {input('salary', job.salaryLabel, { inputMode: 'numeric', placeholder: 'e.g. 120000' })}
            <Pick name="currency" label="Currency" options={CURRENCIES} control={control} />
          </div>
          {input('startDate', 'When could you start?', { placeholder: 'MM/DD/YYYY' })}
          <h3>Documents</h3>
          <Controller name="resume" control={control} rules={req} render={({ field, fieldState }) => (
            <div className="ag-f">
              <span className="ag-l">Resume *</span>
              <label className="ag-drop" htmlFor="ag-resume">{field.value || 'Drop your resume here or click to browse (PDF, DOCX)'}</label>
              <input id="ag-resume" type="file" className="ag-hidden" onChange={(e) => field.onChange(Array.from(e.target.files ?? []).map((f) => f.name).join(', '))} />
              {fieldState.error && <p className="ag-err">{fieldState.error.message}</p>}
            </div>
          )} />
          <Field className="ag-f"><Label className="ag-l">Cover letter</Label><Textarea className="ag-in" data-testid="ag-coverLetter" rows={5} {...register('coverLetter')} /></Field>
          <Toggle name="sms" label="Send me text-message updates about my application" control={control} />
          <Controller name="terms" control={control} rules={{ required: 'Please accept the terms' }} render={({ field, fieldState }) => (
            <div className="ag-f ag-check"><input id="ag-terms" type="checkbox" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />
              <label htmlFor="ag-terms">I certify the information above is accurate and accept Ashgrove's applicant privacy policy. *</label>
              {fieldState.error && <p className="ag-err">{fieldState.error.message}</p>}</div>
          )} />
          <button type="submit" id="ag-submit" className="ag-submit">Send application</button>
        </form>
      )}
      <pre id="model">{JSON.stringify(values, null, 2)}</pre>
    </div>
  );
}

export function mount(job) {
  createRoot(document.getElementById('root')).render(<App job={job} />);
}
