/**
 * Minnowbrook Freight careers (a Portland, OR trucking-software company hiring remotely in the US):
 * a React page on PrimeReact 10 (lara-light theme) with react-hook-form holding the values through
 * Controllers, the way PrimeReact's form demos pair them (label htmlFor the control's inputId,
 * p-error small texts). PrimeReact pieces: InputText, InputMask "(999) 999-9999", AutoComplete
 * whose suggestions arrive 300 ms after typing (forceSelection), a filterable Dropdown with
 * region groups for the country, a "github.com/" p-inputgroup-addon, Dropdowns for experience
 * ranges and sponsorship sentences, RadioButtons for the degree, a SelectButton Yes / No,
 * InputNumber currency, Calendar "mm/dd/yy" with an icon, FileUpload in basic mode (auto, custom
 * upload), InputTextarea, Chips, MultiSelect, InputSwitch and Checkbox; a "Track a shipment" box in
 * the header and a newsletter box in the footer. Each posting brings its title and questions.
 */
import 'primereact/resources/themes/lara-light-teal/theme.css';
import 'primereact/resources/primereact.min.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { PrimeReactProvider } from 'primereact/api';
import { AutoComplete } from 'primereact/autocomplete';
import { Button } from 'primereact/button';
import { Calendar } from 'primereact/calendar';
import { Checkbox } from 'primereact/checkbox';
import { Chips } from 'primereact/chips';
import { Dropdown } from 'primereact/dropdown';
import { FileUpload } from 'primereact/fileupload';
import { InputMask } from 'primereact/inputmask';
import { InputNumber } from 'primereact/inputnumber';
import { InputSwitch } from 'primereact/inputswitch';
import { InputText } from 'primereact/inputtext';
import { InputTextarea } from 'primereact/inputtextarea';
import { MultiSelect } from 'primereact/multiselect';
import { RadioButton } from 'primereact/radiobutton';
import { SelectButton } from 'primereact/selectbutton';

const PLACES = [
  'Portland, OR, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Francisco del Rincón, GTO, Mexico', 'San Jose, CA, USA', 'Santa Fe, NM, USA',
  'Seattle, WA, USA', 'South San Francisco, CA, USA', 'Spokane, WA, USA', 'Salem, OR, USA', 'Sacramento, CA, USA',
];
const COUNTRY_GROUPS = [
  { label: 'North America', items: [{ label: 'Canada', value: 'CA' }, { label: 'Mexico', value: 'MX' }, { label: 'United States', value: 'US' }] },
  { label: 'Europe', items: [{ label: 'Germany', value: 'DE' }, { label: 'Ireland', value: 'IE' }, { label: 'Netherlands', value: 'NL' }, { label: 'United Kingdom', value: 'GB' }] },
  { label: 'Other', items: [{ label: 'Another country', value: 'XX' }] },
];
const YEARS = [{ label: '1-2 yrs', value: '1-2' }, { label: '3-4 yrs', value: '3-4' }, { label: '5-7 yrs', value: '5-7' }, { label: '8+ yrs', value: '8+' }];
const SPONSOR = [
  { label: 'I will not need sponsorship', value: 'none' }, { label: 'I will need sponsorship now', value: 'now' }, { label: 'I will need sponsorship in the future', value: 'future' },
];
const DEGREES = [['hs', 'High school / GED'], ['assoc', 'Associate’s'], ['bach', 'Bachelor’s'], ['grad', 'Graduate degree']];
const ETHNICITY = ['Hispanic or Latino', 'Not Hispanic or Latino', 'Decline to self-identify'].map((label) => ({ label, value: label }));

const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => (d instanceof Date ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : d);

function PostingQuestion({ q, control }) {
  const name = `answers.${q.key}`;
  const id = `q-${q.key}`;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">{q.label}</label>
      <Controller name={name} control={control} render={({ field }) => {
        if (q.type === 'dropdown') return <Dropdown inputId={id} id={`${id}-dd`} value={field.value} onChange={(e) => field.onChange(e.value)} options={q.options.map(([value, label]) => ({ value, label }))} placeholder="Select" className="w-full" />;
        if (q.type === 'multiselect') return <MultiSelect inputId={id} id={`${id}-ms`} value={field.value} onChange={(e) => field.onChange(e.value)} options={q.options.map(([value, label]) => ({ value, label }))} placeholder="Select all that apply" display="chip" className="w-full" />;
        if (q.type === 'selectbutton') return <SelectButton id={id} value={field.value} onChange={(e) => field.onChange(e.value)} options={q.options.map(([value, label]) => ({ value, label }))} />;
        if (q.type === 'switch') return <InputSwitch inputId={id} checked={field.value} onChange={(e) => field.onChange(e.value)} />;
        if (q.type === 'textarea') return <InputTextarea id={id} name={name} value={field.value} onChange={field.onChange} rows={4} className="w-full" />;
        if (q.addon)
          return (
            <div className="p-inputgroup">
              <span className="p-inputgroup-addon">{q.addon}</span>
              <InputText id={id} name={name} value={field.value} onChange={field.onChange} placeholder={q.placeholder} />
            </div>
          );
        return <InputText id={id} name={name} value={field.value} onChange={field.onChange} placeholder={q.placeholder} className="w-full" />;
      }} />
      {q.help && <small className="help">{q.help}</small>}
    </div>
  );
}

function Application({ posting }) {
  const [sent, setSent] = useState(false);
  const [suggestions, setSuggestions] = useState([]);
  const { control, handleSubmit, watch, formState: { errors } } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', location: '', country: null, employer: '', jobTitle: '', years: null, degree: '',
      authorized: null, sponsorship: null, salary: null, startDate: null, resume: null, coverLetter: '', skills: [],
      answers: Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'multiselect' ? [] : q.type === 'switch' ? false : q.type === 'dropdown' || q.type === 'selectbutton' ? null : ''])),
      ethnicity: null, consent: false,
    },
  });
  const values = watch();
  const search = (event) => {
    const term = event.query.toLowerCase();
    setTimeout(() => setSuggestions(PLACES.filter((p) => p.toLowerCase().includes(term))), 300);
  };
  const onSubmit = () => setSent(true);
  return (
    <>
      <header className="site-header">
        <strong>Minnowbrook</strong>
        <span className="p-input-icon-left">
          <InputText id="track-shipment" placeholder="Track a shipment (PRO #)" aria-label="Track a shipment" />
        </span>
      </header>
      <main className="page">
        <h1>{posting.title}</h1>
        <p className="where">{posting.where}</p>
        <form id="apply" onSubmit={handleSubmit(onSubmit)} noValidate>
          <h2>Contact</h2>
          <div className="grid">
            <div className="field">
              <label htmlFor="firstName" className="field-label">First name *</label>
              <Controller name="firstName" control={control} rules={{ required: 'First name is required.' }} render={({ field, fieldState }) => (
                <InputText id="firstName" {...field} className={fieldState.invalid ? 'p-invalid' : ''} />
              )} />
              {errors.firstName && <small className="p-error">{errors.firstName.message}</small>}
            </div>
            <div className="field">
              <label htmlFor="lastName" className="field-label">Last name *</label>
              <Controller name="lastName" control={control} rules={{ required: 'Last name is required.' }} render={({ field }) => <InputText id="lastName" {...field} />} />
            </div>
          </div>
          <div className="field">
            <label htmlFor="email" className="field-label">Email *</label>
            <Controller name="email" control={control} rules={{ required: 'Email is required.' }} render={({ field }) => <InputText id="email" type="email" {...field} />} />
          </div>
          <div className="field">
            <label htmlFor="phone" className="field-label">Phone *</label>
            <Controller name="phone" control={control} rules={{ required: 'Phone is required.' }} render={({ field }) => (
              <InputMask id="phone" name="phone" mask="(999) 999-9999" placeholder="(999) 999-9999" value={field.value} onChange={(e) => field.onChange(e.value ?? '')} />
            )} />
          </div>
          <div className="field">
            <label htmlFor="location" className="field-label">Where do you live?</label>
            <Controller name="location" control={control} render={({ field }) => (
              <AutoComplete inputId="location" value={field.value} suggestions={suggestions} completeMethod={search} forceSelection delay={150} onChange={(e) => field.onChange(e.value ?? '')} placeholder="City, state" />
            )} />
            <small className="help">We hire in most US states.</small>
          </div>
          <div className="field">
            <label htmlFor="country" className="field-label">Country</label>
            <Controller name="country" control={control} render={({ field }) => (
              <Dropdown inputId="country" id="country-dd" value={field.value} onChange={(e) => field.onChange(e.value)} options={COUNTRY_GROUPS} optionGroupLabel="label" optionGroupChildren="items" filter placeholder="Select a country" className="w-full" />
            )} />
          </div>

          <h2>Experience</h2>
          <div className="grid">
            <div className="field">
              <label htmlFor="employer" className="field-label">Employer</label>
              <Controller name="employer" control={control} render={({ field }) => <InputText id="employer" {...field} />} />
              <small className="help">Where you work now, or your last job</small>
            </div>
            <div className="field">
              <label htmlFor="jobTitle" className="field-label">Title</label>
              <Controller name="jobTitle" control={control} render={({ field }) => <InputText id="jobTitle" {...field} />} />
            </div>
          </div>
          <div className="field">
            <label htmlFor="years" className="field-label">Experience</label>
            <Controller name="years" control={control} render={({ field }) => (
              <Dropdown inputId="years" id="years-dd" value={field.value} onChange={(e) => field.onChange(e.value)} options={YEARS} placeholder="Years in the field" className="w-full" />
            )} />
          </div>
          <fieldset className="field">
            <legend className="field-label">Highest level of education</legend>
            <Controller name="degree" control={control} render={({ field }) => (
              <div className="choices">
                {DEGREES.map(([value, label]) => (
                  <div key={value} className="choice">
                    <RadioButton inputId={`degree-${value}`} name="degree" value={value} checked={field.value === value} onChange={(e) => field.onChange(e.value)} />
                    <label htmlFor={`degree-${value}`}>{label}</label>
                  </div>
                ))}
              </div>
            )} />
          </fieldset>
          <div className="field">
            <span className="field-label" id="authorized-label">Authorized to work in the US?</span>
            <Controller name="authorized" control={control} render={({ field }) => (
              <SelectButton id="authorized" aria-labelledby="authorized-label" value={field.value} onChange={(e) => field.onChange(e.value)} options={[{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }]} />
            )} />
          </div>
          <div className="field">
            <label htmlFor="sponsorship" className="field-label">Work visa</label>
            <Controller name="sponsorship" control={control} render={({ field }) => (
              <Dropdown inputId="sponsorship" id="sponsorship-dd" value={field.value} onChange={(e) => field.onChange(e.value)} options={SPONSOR} placeholder="Select" className="w-full" />
            )} />
          </div>
          <div className="grid">
            <div className="field">
              <label htmlFor="salary" className="field-label">Desired salary</label>
              <Controller name="salary" control={control} render={({ field }) => (
                <InputNumber inputId="salary" value={field.value} onValueChange={(e) => field.onChange(e.value)} mode="currency" currency="USD" locale="en-US" minFractionDigits={0} maxFractionDigits={0} />
              )} />
            </div>
            <div className="field">
              <label htmlFor="startDate" className="field-label">Start date</label>
              <Controller name="startDate" control={control} render={({ field }) => (
                <Calendar inputId="startDate" value={field.value} onChange={(e) => field.onChange(e.value)} dateFormat="mm/dd/yy" showIcon placeholder="mm/dd/yyyy" />
              )} />
            </div>
          </div>

          <h2>Files</h2>
          <div className="field" id="resume-field">
            <span className="field-label">Resume *</span>
            <Controller name="resume" control={control} rules={{ required: true }} render={({ field }) => (
              <FileUpload mode="basic" name="resume" accept=".pdf,.doc,.docx" maxFileSize={5000000} auto customUpload uploadHandler={(e) => field.onChange(e.files[0]?.name ?? null)} chooseLabel="Upload resume" />
            )} />
            {values.resume && <small className="file-chip">Attached: {values.resume}</small>}
          </div>
          <div className="field">
            <label htmlFor="coverLetter" className="field-label">Cover letter</label>
            <Controller name="coverLetter" control={control} render={({ field }) => <InputTextarea id="coverLetter" {...field} rows={5} autoResize />} />
          </div>
          <div className="field">
            <label htmlFor="skills" className="field-label">Skills</label>
            <Controller name="skills" control={control} render={({ field }) => <Chips inputId="skills" id="skills-chips" value={field.value} onChange={(e) => field.onChange(e.value)} separator="," placeholder="Type and press Enter" />} />
          </div>

          <h2>Questions</h2>
          {posting.questions.map((q) => <PostingQuestion key={q.key} q={q} control={control} />)}

          <h2>Voluntary</h2>
          <div className="field">
            <label htmlFor="ethnicity" className="field-label">Ethnicity</label>
            <Controller name="ethnicity" control={control} render={({ field }) => (
              <Dropdown inputId="ethnicity" id="ethnicity-dd" value={field.value} onChange={(e) => field.onChange(e.value)} options={ETHNICITY} placeholder="Select" showClear className="w-full" />
            )} />
          </div>
          <div className="field choice">
            <Controller name="consent" control={control} rules={{ required: true }} render={({ field }) => (
              <Checkbox inputId="consent" checked={field.value} onChange={(e) => field.onChange(e.checked)} />
            )} />
            <label htmlFor="consent">I agree to the applicant privacy policy *</label>
          </div>
          <Button type="submit" id="mb-submit" label="Submit application" />
          {sent && <p id="mb-done">Thank you, your application was submitted.</p>}
          <pre id="model">{JSON.stringify({ ...values, startDate: iso(values.startDate) })}</pre>
        </form>
      </main>
      <footer className="site-footer">
        <label htmlFor="footer-news">Subscribe to Minnowbrook Notes</label>
        <InputText id="footer-news" placeholder="Work email" />
        <Button label="Subscribe" outlined />
      </footer>
    </>
  );
}

export function renderApplication(posting) {
  createRoot(document.getElementById('root')).render(<PrimeReactProvider><Application posting={posting} /></PrimeReactProvider>);
}
