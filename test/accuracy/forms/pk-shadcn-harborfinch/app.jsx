/*
 * Harbor & Finch Coffee (Portland subscription roaster) careers page, built the shadcn/ui way:
 * react-hook-form + zod, FormItem / FormLabel / FormControl with useId ids, Radix Select (dial code,
 * experience, pay period, questions, EEO), Radix RadioGroup, Radix Checkbox, a Popover + cmdk
 * Command combobox for the location, and a typed MM/DD/YYYY date beside a react-day-picker Calendar
 * in a Popover. Form values go to <pre id="model">.
 */
import { createContext, useContext, useId, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import * as LabelPrimitive from '@radix-ui/react-label';
import * as SelectPrimitive from '@radix-ui/react-select';
import * as RadioGroupPrimitive from '@radix-ui/react-radio-group';
import * as CheckboxPrimitive from '@radix-ui/react-checkbox';
import * as Popover from '@radix-ui/react-popover';
import { Command } from 'cmdk';
import { DayPicker } from 'react-day-picker';
import 'react-day-picker/style.css';

const schema = z.object({
  fullName: z.string().min(2, 'Please enter your name'),
  email: z.string().email('Please enter a valid email'),
  phone: z.string().min(7, 'Please enter a phone number'),
  consent: z.literal(true, { message: 'Please accept to continue' }),
}).passthrough();

const DIAL = [['CA', '🇨🇦 +1 Canada'], ['US', '🇺🇸 +1 United States'], ['MX', '🇲🇽 +52 Mexico'], ['GB', '🇬🇧 +44 United Kingdom'], ['AU', '🇦🇺 +61 Australia']];
const PLACES = ['Beaverton, OR', 'Portland, OR', 'Seattle, WA', 'Oakland, CA', 'San Francisco, CA', 'South San Francisco, CA', 'San Rafael, CA', 'Los Angeles, CA', 'Denver, CO', 'Chicago, IL', 'Brooklyn, NY'];
const YEARS = [['lt2', 'Less than 2 years'], ['2-4', '2–4 years'], ['5-7', '5–7 years'], ['8+', '8+ years']];
const PERIOD = [['year', 'per year'], ['hour', 'per hour']];
const BREW = [['pourover', 'Pour-over'], ['espresso', 'Espresso'], ['french', 'French press'], ['drip', 'Drip machine'], ['none', "I'm a tea person"]];
const HEARD = [['instagram', 'Instagram'], ['customer', "I'm a subscriber"], ['linkedin', 'LinkedIn'], ['friend', 'A friend'], ['other', 'Somewhere else']];
const GENDER = [['woman', 'Woman'], ['man', 'Man'], ['nonbinary', 'Non-binary'], ['self', 'Self-describe'], ['decline', 'Prefer not to say']];
const RACE = [['aian', 'American Indian or Alaska Native'], ['asian', 'Asian'], ['black', 'Black or African American'], ['hispanic', 'Hispanic or Latino'], ['nhpi', 'Native Hawaiian or Pacific Islander'], ['white', 'White'], ['multi', 'Two or more'], ['decline', 'Prefer not to say']];

const pad = (n) => String(n).padStart(2, '0');
const usDate = (d) => `${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()}`;
const isoDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
function parseUs(text) {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
  return d.getMonth() === Number(m[1]) - 1 && d.getDate() === Number(m[2]) ? d : null;
}

const ItemCtx = createContext({ id: '' });
function FormItem({ name, children }) {
  const id = useId();
  return <ItemCtx.Provider value={{ id }}><div data-slot="form-item" data-field={name} className="grid gap-2">{children}</div></ItemCtx.Provider>;
}
function FormLabel({ children, htmlFor }) {
  const { id } = useContext(ItemCtx);
  return <LabelPrimitive.Root data-slot="form-label" className="label" htmlFor={htmlFor ?? `${id}-form-item`} id={`${id}-label`}>{children}</LabelPrimitive.Root>;
}
function useItemIds() { const { id } = useContext(ItemCtx); return { controlId: `${id}-form-item`, labelId: `${id}-label`, descId: `${id}-form-item-description` }; }
function FormDescription({ children }) { const { descId } = useItemIds(); return <p id={descId} className="desc">{children}</p>; }
function FormMessage({ error }) { return error ? <p className="msg">{error.message || 'Required'}</p> : null; }
function Input(props) { const { controlId, descId } = useItemIds(); return <input data-slot="input" className="input" id={controlId} aria-describedby={descId} {...props} />; }
function Textarea(props) { const { controlId } = useItemIds(); return <textarea data-slot="textarea" className="input" id={controlId} rows={4} {...props} />; }

function SelectField({ value, onChange, options, placeholder = 'Select…', className }) {
  const { controlId } = useItemIds();
  return (
    <SelectPrimitive.Root value={value || undefined} onValueChange={onChange}>
      <SelectPrimitive.Trigger data-slot="select-trigger" id={controlId} className={`select-trigger ${className ?? ''}`}>
        <SelectPrimitive.Value placeholder={placeholder} />
        <SelectPrimitive.Icon className="chev" asChild><svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true"><path d="m6 9 6 6 6-6" /></svg></SelectPrimitive.Icon>
      </SelectPrimitive.Trigger>
      <SelectPrimitive.Portal>
        <SelectPrimitive.Content data-slot="select-content" className="select-content" position="popper" sideOffset={4}>
          <SelectPrimitive.Viewport>
            {options.map(([v, label]) => (
              <SelectPrimitive.Item key={v} value={v} data-slot="select-item" className="select-item">
                <SelectPrimitive.ItemText>{label}</SelectPrimitive.ItemText>
              </SelectPrimitive.Item>
            ))}
          </SelectPrimitive.Viewport>
        </SelectPrimitive.Content>
      </SelectPrimitive.Portal>
    </SelectPrimitive.Root>
  );
}
function RadioField({ value, onChange, options }) {
  const { labelId, controlId } = useItemIds();
  return (
    <RadioGroupPrimitive.Root data-slot="radio-group" className="radio-group" aria-labelledby={labelId} value={value || ''} onValueChange={onChange}>
      {options.map((o, i) => (
        <div className="radio-row" key={o}>
          <RadioGroupPrimitive.Item data-slot="radio-group-item" className="radio" value={o} id={`${controlId}-${i}`}>
            <RadioGroupPrimitive.Indicator className="dot" />
          </RadioGroupPrimitive.Item>
          <LabelPrimitive.Root htmlFor={`${controlId}-${i}`}>{o}</LabelPrimitive.Root>
        </div>
      ))}
    </RadioGroupPrimitive.Root>
  );
}
function CheckField({ checked, onChange, children }) {
  const { controlId } = useItemIds();
  return (
    <div className="check-row">
      <CheckboxPrimitive.Root data-slot="checkbox" className="checkbox" id={controlId} checked={checked} onCheckedChange={(on) => onChange(on === true)}>
        <CheckboxPrimitive.Indicator className="tick">✓</CheckboxPrimitive.Indicator>
      </CheckboxPrimitive.Root>
      <LabelPrimitive.Root htmlFor={controlId}>{children}</LabelPrimitive.Root>
    </div>
  );
}
function LocationCombobox({ value, onChange }) {
  const [open, setOpen] = useState(false);
  const { controlId } = useItemIds();
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button type="button" role="combobox" aria-expanded={open} id={controlId} className="select-trigger wide">
          {value || 'Select your city…'}
          <svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true"><path d="m7 15 5 5 5-5" /><path d="m7 9 5-5 5 5" /></svg>
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover" align="start" sideOffset={4}>
          <Command>
            <Command.Input placeholder="Search cities…" className="cmd-input" />
            <Command.List>
              <Command.Empty>No city found.</Command.Empty>
              {PLACES.map((p) => (
                <Command.Item key={p} value={p} className="cmd-item" onSelect={() => { onChange(p === value ? '' : p); setOpen(false); }}>{p}</Command.Item>
              ))}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
function DateField({ value, onChange }) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const selected = value ? new Date(`${value}T00:00:00`) : undefined;
  return (
    <div className="date-row">
      <Input name="startDate" placeholder="MM/DD/YYYY" value={text} onChange={(e) => { setText(e.target.value); const d = parseUs(e.target.value); onChange(d ? isoDate(d) : null); }} />
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild><button type="button" className="icon-btn" aria-label="Open calendar">📅</button></Popover.Trigger>
        <Popover.Portal>
          <Popover.Content className="popover" align="end" sideOffset={4}>
            <DayPicker mode="single" selected={selected} defaultMonth={selected} onSelect={(d) => { if (d) { setText(usDate(d)); onChange(isoDate(d)); } setOpen(false); }} />
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}

function Application() {
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const [newsletter, setNewsletter] = useState('');
  const { control, register, handleSubmit, watch, formState: { errors } } = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      fullName: '', email: '', dialCode: '', phone: '', location: '', linkedin: '', website: '', company: '', title: '',
      years: '', authorized: '', sponsorship: '', salary: '', payPeriod: '', startDate: null, resume: '', coverLetter: '',
      brew: '', subscriptionData: '', travel: false, churn: '', heard: '', gender: '', race: '', consent: false,
    },
  });
  const values = watch();
  const ctl = (name, render) => <Controller name={name} control={control} render={({ field }) => render(field)} />;
  return (
    <>
      <header className="top">
        <span className="brand">Harbor &amp; Finch</span>
        <nav><a href="#">Shop</a> <a href="#">Subscriptions</a> <a href="#">Careers</a></nav>
        <input className="input search" type="search" name="q" placeholder="Search roles…" aria-label="Search roles" value={search} onChange={(e) => setSearch(e.target.value)} />
      </header>
      <main className="card">
        {sent ? <p id="hf-done" className="done">Got it — thanks for applying! A real human reads every application.</p> : (
          <form onSubmit={handleSubmit(() => setSent(true))} noValidate className="grid gap-6">
            <div>
              <h1>Data Engineer, Subscriptions</h1>
              <p className="muted">Portland, OR or remote (US West Coast) · Full-time · $135k–$160k</p>
              <p>Forty thousand people get Harbor &amp; Finch beans every month. Help us understand why they stay — and why some don’t — by owning the pipelines behind our subscription metrics.</p>
            </div>
            <FormItem name="fullName"><FormLabel>Full name</FormLabel><Input {...register('fullName')} /><FormMessage error={errors.fullName} /></FormItem>
            <FormItem name="email"><FormLabel>Email</FormLabel><Input type="email" {...register('email')} /><FormMessage error={errors.email} /></FormItem>
            <div className="row">
              <FormItem name="dialCode"><FormLabel>Country code</FormLabel>{ctl('dialCode', (f) => <SelectField value={f.value} onChange={f.onChange} options={DIAL} placeholder="Code" />)}</FormItem>
              <FormItem name="phone"><FormLabel>Phone</FormLabel><Input type="tel" placeholder="(503) 555-0147" {...register('phone')} /><FormMessage error={errors.phone} /></FormItem>
            </div>
            <FormItem name="location"><FormLabel>Where are you based?</FormLabel>{ctl('location', (f) => <LocationCombobox value={f.value} onChange={f.onChange} />)}<FormDescription>We hire in Oregon, Washington and California.</FormDescription></FormItem>
            <FormItem name="linkedin"><FormLabel>LinkedIn</FormLabel><Input placeholder="https://www.linkedin.com/in/…" {...register('linkedin')} /></FormItem>
            <FormItem name="website"><FormLabel>Website</FormLabel><Input placeholder="https://" {...register('website')} /><FormDescription>Optional.</FormDescription></FormItem>
            <div className="row">
              <FormItem name="company"><FormLabel>Where do you work now?</FormLabel><Input {...register('company')} /></FormItem>
              <FormItem name="title"><FormLabel>Your role there</FormLabel><Input {...register('title')} /></FormItem>
            </div>
            <FormItem name="years"><FormLabel>How long have you worked in data engineering?</FormLabel>{ctl('years', (f) => <SelectField value={f.value} onChange={f.onChange} options={YEARS} />)}</FormItem>
            <FormItem name="authorized"><FormLabel>Can you legally work in the US for any employer?</FormLabel>{ctl('authorized', (f) => <RadioField value={f.value} onChange={f.onChange} options={['Yes', 'No']} />)}</FormItem>
            <FormItem name="sponsorship"><FormLabel>Will you need us to sponsor a visa, now or later?</FormLabel>{ctl('sponsorship', (f) => <RadioField value={f.value} onChange={f.onChange} options={['Yes', 'No']} />)}</FormItem>
            <div className="row">
              <FormItem name="salary"><FormLabel>Salary expectation</FormLabel><div className="prefix"><span>$</span><Input inputMode="numeric" {...register('salary')} /></div></FormItem>
              <FormItem name="payPeriod"><FormLabel>Pay period</FormLabel>{ctl('payPeriod', (f) => <SelectField value={f.value} onChange={f.onChange} options={PERIOD} />)}</FormItem>
            </div>
            <FormItem name="startDate"><FormLabel>Earliest start date</FormLabel>{ctl('startDate', (f) => <DateField value={f.value} onChange={f.onChange} />)}</FormItem>
            <FormItem name="resume"><FormLabel>Resume</FormLabel>{ctl('resume', (f) => <Input type="file" name="resume" accept=".pdf,.doc,.docx" onChange={(e) => f.onChange(e.target.files?.[0]?.name ?? '')} />)}<FormDescription>PDF or Word.</FormDescription></FormItem>
            <FormItem name="coverLetter"><FormLabel>Cover letter</FormLabel><Textarea placeholder="Optional, but we read them." {...register('coverLetter')} /></FormItem>
            <hr />
            <FormItem name="brew"><FormLabel>Be honest: how do you take your coffee?</FormLabel>{ctl('brew', (f) => <SelectField value={f.value} onChange={f.onChange} options={BREW} />)}</FormItem>
            <FormItem name="subscriptionData"><FormLabel>Have you worked with subscription or recurring-revenue data before?</FormLabel>{ctl('subscriptionData', (f) => <RadioField value={f.value} onChange={f.onChange} options={['Yes', 'No']} />)}</FormItem>
            <FormItem name="travel">{ctl('travel', (f) => <CheckField checked={f.value} onChange={f.onChange}>I can make it to the Portland roastery twice a year</CheckField>)}</FormItem>
            <FormItem name="churn"><FormLabel>A subscriber skips three shipments in a row. Is that churn? Convince us either way.</FormLabel><Textarea {...register('churn')} /></FormItem>
            <FormItem name="heard"><FormLabel>How did you find us?</FormLabel>{ctl('heard', (f) => <SelectField value={f.value} onChange={f.onChange} options={HEARD} />)}</FormItem>
            <fieldset className="eeo">
              <legend>Voluntary self-identification</legend>
              <FormItem name="gender"><FormLabel>Gender</FormLabel>{ctl('gender', (f) => <SelectField value={f.value} onChange={f.onChange} options={GENDER} />)}</FormItem>
              <FormItem name="race"><FormLabel>Race / ethnicity</FormLabel>{ctl('race', (f) => <SelectField value={f.value} onChange={f.onChange} options={RACE} />)}</FormItem>
            </fieldset>
            <FormItem name="consent">{ctl('consent', (f) => <CheckField checked={f.value} onChange={f.onChange}>I agree to Harbor &amp; Finch keeping my application for one year.</CheckField>)}<FormMessage error={errors.consent} /></FormItem>
            <button type="submit" className="btn" id="hf-submit">Send application</button>
          </form>
        )}
      </main>
      <footer className="foot">
        <label htmlFor="hf-news">Fresh roasts and 10% off your first bag</label>
        <input className="input" id="hf-news" type="email" placeholder="Email" value={newsletter} onChange={(e) => setNewsletter(e.target.value)} />
        <button type="button" className="btn">Sign up</button>
      </footer>
      <pre id="model">{JSON.stringify({ ...values, search, newsletter }, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
