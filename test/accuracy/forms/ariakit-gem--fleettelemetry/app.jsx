/**
 * A Gem-style job application built with Ariakit 0.4: the form store holds every value (text
 * inputs through FormInput, the Selects and the Combobox through their providers), validates on
 * submit and renders its values into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Checkbox, Combobox, ComboboxItem, ComboboxLabel, ComboboxPopover, ComboboxProvider, Form, FormError, FormInput, FormLabel, FormSubmit,
  Radio, RadioGroup, RadioProvider, Select, SelectItem, SelectLabel, SelectPopover, SelectProvider, useFormStore,
} from '@ariakit/react';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const DIAL_CODES = ['🇨🇦 Canada +1', '🇺🇸 United States +1', '🇲🇽 Mexico +52', '🇬🇧 United Kingdom +44', '🇩🇪 Germany +49', '🇮🇳 India +91'];
const PLACES = ['Austin, TX', 'Boston, MA', 'Pittsburgh, PA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Santa Monica, CA'];

function ChoiceField({ form, name, label, items, placeholder = 'Select…' }) {
  const value = form.useValue(name);
  return (
    <div className={`gm-field gm-${name}`}>
      <SelectProvider value={value} setValue={(next) => form.setValue(name, next)}>
        <SelectLabel>{label}</SelectLabel>
        <Select className="gm-select" name={name}>{value || placeholder}</Select>
        <SelectPopover gutter={4} sameWidth className="gm-popover">
          {items.map((item) => <SelectItem key={item} value={item} className="gm-item" />)}
        </SelectPopover>
      </SelectProvider>
    </div>
  );
}

function Application() {
  const form = useFormStore({ defaultValues: { ...Object.fromEntries(posting.fields.map((key) => [key, ''])), resume: null, consent: false } });
  const values = form.useState('values');
  const [sent, setSent] = useState(false);
  const locationMatches = PLACES.filter((place) => place.toLowerCase().includes(String(values.location).toLowerCase()));
  form.useValidate(() => {
    if (!values.fullName.trim()) form.setError(form.names.fullName, 'Please enter your name');
    if (!/^[^@\s]+@[^@\s]+$/.test(values.email)) form.setError(form.names.email, 'Please enter a valid email');
    if (!values.resume) form.setError(form.names.resume, 'Please attach your resume');
    if (!values.consent) form.setError(form.names.consent, 'Please accept to continue');
  });
  form.useSubmit(() => setSent(true));
  if (sent) return <h2 id="gm-done">Application submitted. Thanks, we will be in touch!</h2>;
  const text = (name, label, props = {}) => (
    <div className={`gm-field gm-${name}`}><FormLabel name={form.names[name]}>{label}</FormLabel><FormInput name={form.names[name]} {...props} /><FormError name={form.names[name]} className="gm-error" /></div>
  );
  return (
    <Form store={form} resetOnSubmit={false}>
      <h1>{posting.title}</h1>
      <p>{posting.where}</p>
      {text('fullName', 'Full name *', { autoComplete: 'off' })}
      {text('preferredName', 'Preferred name (optional)')}
      {text('email', 'Email *', { type: 'email' })}
      <div className="gm-row">
        <ChoiceField form={form} name="dialCode" label="Country code" items={DIAL_CODES} />
        {text('phone', 'Phone', { type: 'tel' })}
      </div>
      <div className="gm-field gm-location">
        <ComboboxProvider value={values.location} setValue={(next) => form.setValue('location', next)}>
          <ComboboxLabel>{posting.locationLabel}</ComboboxLabel>
          <Combobox placeholder="City" className="gm-select" />
          <ComboboxPopover gutter={4} sameWidth className="gm-popover">
            {locationMatches.map((place) => <ComboboxItem key={place} value={place} className="gm-item" />)}
          </ComboboxPopover>
        </ComboboxProvider>
      </div>
      <ChoiceField form={form} name="country" label="Country of residence" items={COUNTRIES} />
      {text('linkedin', 'LinkedIn URL')}
      {text('website', 'Website')}
      <div className="gm-row">{text('title', 'Current title')}{text('company', 'Current company')}</div>
      <ChoiceField form={form} name="years" label={posting.yearsLabel} items={posting.years} />
      <div className="gm-field gm-authorized">
        <span className="gm-q" id="gm-authorized-label">{posting.authorizedLabel}</span>
        <RadioProvider value={values.authorized} setValue={(next) => form.setValue('authorized', next)}>
          <RadioGroup aria-labelledby="gm-authorized-label" style={{ display: 'flex', gap: 16 }}>
            {['Yes', 'No'].map((answer) => <label key={answer}><Radio value={answer} name="authorized" /> {answer}</label>)}
          </RadioGroup>
        </RadioProvider>
      </div>
      <ChoiceField form={form} name="sponsorship" label={posting.sponsorshipLabel} items={posting.sponsorship} />
      <div className="gm-row">{text('salary', 'Salary expectations (USD)', { inputMode: 'numeric' })}{text('startMonth', 'Earliest start month', { type: 'month' })}</div>
      <div className="gm-field gm-resume"><span className="gm-q">Resume *</span>
        <label className="gm-upload">{values.resume ?? 'Upload resume (PDF)'}<input type="file" id="gm-resume" accept="application/pdf" onChange={(event) => form.setValue('resume', event.target.files[0]?.name ?? null)} /></label>
        <FormError name={form.names.resume} className="gm-error" /></div>
      {text('coverLetter', 'Cover letter', { render: <textarea rows={5} /> })}
      {text('excites', posting.openQuestion, { render: <textarea rows={3} /> })}
      <ChoiceField form={form} name="pronouns" label="Pronouns" items={['She / Her / Hers', 'He / Him / His', 'They / Them / Theirs', 'Other']} />
      <ChoiceField form={form} name="source" label="How did you hear about us?" items={['Gem', 'LinkedIn', 'A friend', 'Conference', 'Other']} />
      <h3>Voluntary self-identification</h3>
      <ChoiceField form={form} name="gender" label="Gender" items={['Woman', 'Man', 'Non-binary', 'Decline to self-identify']} />
      <ChoiceField form={form} name="ethnicity" label="Race / ethnicity" items={['Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'Two or more races', 'Decline to self-identify']} />
      <div className="gm-field gm-consent"><label style={{ fontWeight: 400 }}><Checkbox id="gm-consent" checked={values.consent} onChange={(event) => form.setValue('consent', event.target.checked)} /> I agree to Gemline's candidate privacy policy *</label><FormError name={form.names.consent} className="gm-error" /></div>
      <FormSubmit id="gm-submit">Submit application</FormSubmit>
      <pre id="model">{JSON.stringify(values, null, 2)}</pre>
    </Form>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
