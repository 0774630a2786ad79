/**
 * Pellowray Health careers: the job page with its "Apply" Headless UI Dialog open on arrival.
 * The form is react-hook-form with a zod schema that rejects badly formatted values on submit (a
 * phone not in "(555) 555-5555" shape, a LinkedIn URL without linkedin.com/in/, a salary with "$"
 * or commas). Widgets: a react-select AsyncSelect "Current location" whose options load from a
 * local list after typing, a segmented control for years (Headless UI RadioGroup: div role=radio),
 * a Headless UI Listbox with sentence answers on sponsorship, a Lexical rich-text cover letter and
 * a required Lexical "Why Pellowray?" answer, and a react-dropzone resume with a file list. The
 * form state goes into <pre id="model">.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import AsyncSelect from 'react-select/async';
import { Dialog, DialogPanel, DialogTitle, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions, Radio, RadioGroup } from '@headlessui/react';
import { useDropzone } from 'react-dropzone';
import { $getRoot } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';

const CITIES = [
  'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Jose, California, United States',
  'San Diego, California, United States', 'Oakland, California, United States', 'Seattle, Washington, United States',
  'Portland, Oregon, United States', 'New York, New York, United States', 'Boston, Massachusetts, United States', 'Vancouver, British Columbia, Canada',
].map((c) => ({ value: c, label: c }));
const loadCities = (text) => new Promise((resolve) => setTimeout(() => resolve(CITIES.filter((c) => c.label.toLowerCase().includes(text.toLowerCase()))), 300));
const YEARS = ['0–2', '3–5', '6–9', '10+'];
const SPONSOR = [
  'No, I am authorized to work in the US without sponsorship',
  'Yes, I will need sponsorship now or in the future',
  'I am not sure',
];

const schema = z.object({
  fullName: z.string().min(2, 'Enter your full name'),
  email: z.string().email('Enter a valid email'),
  phone: z.string().regex(/^\(\d{3}\) \d{3}-\d{4}$/, 'Use the format (555) 555-5555'),
  linkedin: z.string().regex(/^https:\/\/(www\.)?linkedin\.com\/in\/[\w-]+\/?$/, 'Paste the full URL of your LinkedIn profile'),
  location: z.string().min(1, 'Choose your location'),
  years: z.string().min(1, 'Choose one'),
  startDate: z.string().min(1, 'Pick a date'),
  salary: z.string().regex(/^\d+$/, 'Numbers only, no $ or commas'),
  sponsorship: z.string().min(1, 'Choose one'),
  coverLetter: z.string(),
  whyUs: z.string().min(10, 'Tell us a little more'),
  resume: z.string().min(1, 'Attach your resume'),
  consent: z.literal(true, { message: 'Required' }),
});

function RichText({ id, label, placeholder, onText }) {
  const config = { namespace: id, onError: (e) => { throw e; }, theme: { paragraph: 'pw-p' } };
  return (
    <div className="pw-row" data-field={id}>
      <span className="pw-q" id={`${id}-label`}>{label}</span>
      <div className="pw-rte">
        <div className="bar" aria-hidden="true"><button type="button" tabIndex={-1}>B</button><button type="button" tabIndex={-1}><i>I</i></button><button type="button" tabIndex={-1}>•</button></div>
        <LexicalComposer initialConfig={config}>
          <RichTextPlugin
            contentEditable={<ContentEditable id={id} className="ed" aria-labelledby={`${id}-label`} aria-multiline="true" role="textbox" aria-placeholder={placeholder}
              placeholder={<div className="ph">{placeholder}</div>} />}
            ErrorBoundary={LexicalErrorBoundary}
          />
          <HistoryPlugin />
          <OnChangePlugin onChange={(state) => state.read(() => onText($getRoot().getTextContent()))} />
        </LexicalComposer>
      </div>
    </div>
  );
}

function Dropzone({ value, onChange }) {
  const { getRootProps, getInputProps } = useDropzone({ multiple: false, onDrop: (files) => files[0] && onChange(files[0].name) });
  return (
    <>
      <div className="pw-dz" {...getRootProps({ 'aria-labelledby': 'pw-resume-label' })}>
        <input {...getInputProps({ id: 'pw-resume', name: 'resume' })} />
        Drop your resume here or <u>browse</u> (PDF or DOCX)
      </div>
      {value && <ul className="pw-files"><li>📄 <span>{value}</span><button type="button" onClick={() => onChange('')} aria-label="Remove file">Remove</button></li></ul>}
    </>
  );
}

function App() {
  const [open, setOpen] = useState(true);
  const [done, setDone] = useState(false);
  const { register, control, handleSubmit, watch, setValue, formState: { errors } } = useForm({
    resolver: zodResolver(schema), mode: 'onSubmit',
    defaultValues: { fullName: '', email: '', phone: '', linkedin: '', location: '', years: '', startDate: '', salary: '', sponsorship: '', coverLetter: '', whyUs: '', resume: '', consent: false },
  });
  const values = watch();
  const err = (k) => errors[k] && <span className="pw-err" role="alert">{errors[k].message}</span>;
  return (
    <>
      <main className="pw-job">
        <h1>Staff Data Engineer</h1>
        <p>San Francisco, CA (hybrid) · Data Platform</p>
        <p>Help us build the claims and care-navigation data platform behind 2 million members.</p>
        <button id="pw-open" type="button" onClick={() => setOpen(true)}>Apply</button>
      </main>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <div className="pw-backdrop" aria-hidden="true" />
        <DialogPanel className="pw-panel">
          <DialogTitle as="h2">Apply for Staff Data Engineer</DialogTitle>
          {done ? <p id="done">Thanks! Your application was submitted.</p> : (
            <form id="pw-form" noValidate onSubmit={handleSubmit(() => setDone(true))}>
              <div className="pw-row"><label htmlFor="pw-name">Full name</label><input id="pw-name" type="text" {...register('fullName')} />{err('fullName')}</div>
              <div className="pw-row"><label htmlFor="pw-email">Email address</label><input id="pw-email" type="email" {...register('email')} />{err('email')}</div>
              <div className="pw-row"><label htmlFor="pw-phone">Phone number</label><input id="pw-phone" type="tel" placeholder="(555) 555-5555" {...register('phone')} /><span className="pw-hint">US numbers, format (555) 555-5555</span>{err('phone')}</div>
              <div className="pw-row"><label htmlFor="pw-linkedin">LinkedIn profile URL</label><input id="pw-linkedin" type="text" placeholder="https://www.linkedin.com/in/your-name" {...register('linkedin')} />{err('linkedin')}</div>
              <div className="pw-row" data-field="location">
                <label htmlFor="pw-location-input" id="pw-location-label">Current location</label>
                <Controller name="location" control={control} render={({ field }) => (
                  <AsyncSelect inputId="pw-location-input" id="pw-location" classNamePrefix="rs" aria-labelledby="pw-location-label" loadOptions={loadCities} cacheOptions defaultOptions={false}
                    placeholder="Start typing your city" noOptionsMessage={({ inputValue }) => (inputValue ? 'No matches' : 'Type to search')}
                    value={field.value ? { value: field.value, label: field.value } : null} onChange={(o) => field.onChange(o ? o.value : '')} />
                )} />
                {err('location')}
              </div>
              <Controller name="years" control={control} render={({ field }) => (
                <RadioGroup value={field.value} onChange={field.onChange} className="pw-row" id="pw-years" aria-labelledby="pw-years-label">
                  <span className="pw-q" id="pw-years-label">Years of experience in data engineering</span>
                  <div className="pw-seg">{YEARS.map((y) => <Radio key={y} value={y}>{y}</Radio>)}</div>
                  {err('years')}
                </RadioGroup>
              )} />
              <div className="pw-row"><label htmlFor="pw-start">Earliest start date</label><input id="pw-start" type="date" {...register('startDate')} />{err('startDate')}</div>
              <div className="pw-row"><label htmlFor="pw-salary">Salary expectation (USD per year)</label><input id="pw-salary" type="text" inputMode="numeric" {...register('salary')} /><span className="pw-hint">Numbers only, e.g. 120000</span>{err('salary')}</div>
              <Controller name="sponsorship" control={control} render={({ field }) => (
                <div className="pw-row" data-field="sponsorship">
                  <Listbox value={field.value} onChange={field.onChange}>
                    <Label className="pw-q">Do you require visa sponsorship to work in the US?</Label>
                    <ListboxButton id="pw-sponsorship" className="pw-lb-btn">{field.value || 'Select an answer'}</ListboxButton>
                    <ListboxOptions anchor="bottom start" className="pw-lb-opts">
                      {SPONSOR.map((s) => <ListboxOption key={s} value={s}>{s}</ListboxOption>)}
                    </ListboxOptions>
                  </Listbox>
                  {err('sponsorship')}
                </div>
              )} />
              <div className="pw-row"><span className="pw-q" id="pw-resume-label">Resume</span><Dropzone value={values.resume} onChange={(n) => setValue('resume', n)} />{err('resume')}</div>
              <RichText id="pw-cover" label="Cover letter (optional)" placeholder="Write or paste your cover letter" onText={(t) => setValue('coverLetter', t)} />
              <RichText id="pw-why" label="Why Pellowray? (required)" placeholder="A few sentences is plenty" onText={(t) => setValue('whyUs', t)} />
              {err('whyUs')}
              <div className="pw-row"><label><input id="pw-consent" type="checkbox" {...register('consent')} /> I consent to Pellowray Health processing my data for this application</label>{err('consent')}</div>
              <button id="pw-submit" type="submit">Submit application</button>
              <pre id="model">{JSON.stringify(values, null, 2)}</pre>
            </form>
          )}
        </DialogPanel>
      </Dialog>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
