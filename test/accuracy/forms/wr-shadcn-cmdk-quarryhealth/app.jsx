/**
 * Quarry Health (a New York digital-health startup) on Next.js + shadcn/ui, with the 2025 shadcn
 * **Field** family (Field / FieldLabel / FieldDescription / FieldSet / FieldLegend, `data-slot`
 * attributes) and **InputGroup** addons: a full-name Input, a phone whose placeholder carries the
 * country code, three **cmdk** comboboxes in Radix Popovers (current location with nearby decoys,
 * school with other Berkeley schools, "how did you hear"), LinkedIn behind a fixed
 * "linkedin.com/in/" addon, a salary with "$" and "USD" addons, Radix RadioGroups (degree, year
 * ranges, authorization, sponsorship, an in-office question), Radix Checkboxes (teams, privacy), a
 * "MM/DD/YYYY" start date, a native file Input, a cover-letter Textarea and an essay; a "Search
 * jobs ⌘K" button and a newsletter box. React state is rendered into <pre id="model">.
 */
import { useId, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Command } from 'cmdk';
import * as Popover from '@radix-ui/react-popover';
import * as RadioGroup from '@radix-ui/react-radio-group';
import * as CheckboxPrimitive from '@radix-ui/react-checkbox';
import * as LabelPrimitive from '@radix-ui/react-label';

const PLACES = ['New York, NY', 'Brooklyn, NY', 'Jersey City, NJ', 'Boston, MA', 'Philadelphia, PA', 'Chicago, IL', 'Austin, TX', 'Denver, CO', 'Seattle, WA', 'Los Angeles, CA', 'San Diego, CA', 'San Jose, CA', 'Oakland, CA', 'South San Francisco, CA', 'San Francisco, CA', 'San Francisco de Macorís, DR', 'Toronto, ON'];
const SCHOOLS = [
  { value: 'berkeley-college', label: 'Berkeley College' },
  { value: 'berkeley-city-college', label: 'Berkeley City College' },
  { value: 'uc-berkeley-extension', label: 'UC Berkeley Extension' },
  { value: 'uc-berkeley', label: 'University of California, Berkeley' },
  { value: 'uc-davis', label: 'University of California, Davis' },
  { value: 'ucla', label: 'University of California, Los Angeles' },
  { value: 'columbia', label: 'Columbia University' },
  { value: 'cuny-baruch', label: 'CUNY Baruch College' },
  { value: 'nyu', label: 'New York University' },
  { value: 'stanford', label: 'Stanford University' },
  { value: 'other', label: 'Other / not listed' },
];
const SOURCES = ['LinkedIn', 'Built In NYC', 'Wellfound', 'A Quarry employee', 'Podcast or newsletter', 'Other'];
const DEGREES = [['hs', 'High school or GED'], ['associate', 'Associate degree'], ['bachelor', "Bachelor's degree"], ['master', "Master's degree"], ['phd', 'PhD'], ['none', 'Bootcamp or self-taught']];
const YEARS = [['0-2', '0–2 years'], ['3-5', '3–5 years'], ['6-8', '6–8 years'], ['9+', '9+ years']];
const TEAMS = [['claims', 'Claims Intelligence'], ['platform', 'Data Platform'], ['ml', 'Machine Learning'], ['analytics', 'Product Analytics']];

const cn = (...parts) => parts.filter(Boolean).join(' ');
const Field = ({ className, ...props }) => <div role="group" data-slot="field" data-orientation="vertical" className={cn('group/field flex w-full gap-3', className)} {...props} />;
const FieldLabel = (props) => <LabelPrimitive.Root data-slot="field-label" className="flex w-fit gap-2 text-sm leading-snug font-medium" {...props} />;
const FieldDescription = (props) => <p data-slot="field-description" className="text-muted-foreground text-sm" {...props} />;
const FieldSet = (props) => <fieldset data-slot="field-set" className="flex flex-col gap-6" style={{ border: 0, padding: 0, margin: '14px 0' }} {...props} />;
const FieldLegend = (props) => <legend data-slot="field-legend" data-variant="legend" className="mb-3 font-medium" {...props} />;
const Input = (props) => <input data-slot="input" className="border-input h-9 w-full rounded-md border px-3 py-1" {...props} />;
const Textarea = (props) => <textarea data-slot="textarea" className="border-input min-h-16 w-full rounded-md border px-3 py-2" {...props} />;
const InputGroup = ({ children }) => <div data-slot="input-group" role="group" className="group/input-group relative flex w-full items-center rounded-md border">{children}</div>;
const InputGroupAddon = ({ align = 'inline-start', children }) => <div role="group" data-slot="input-group-addon" data-align={align} className="flex items-center gap-2 text-sm">{children}</div>;
const InputGroupInput = (props) => <input data-slot="input-group-control" className="flex-1 border-0 bg-transparent" {...props} />;
const Button = ({ variant = 'outline', ...props }) => <button data-slot="button" data-variant={variant} type="button" className="inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium" {...props} />;
const Checkbox = (props) => (
  <CheckboxPrimitive.Root data-slot="checkbox" className="peer size-4 shrink-0 rounded-[4px] border" {...props}>
    <CheckboxPrimitive.Indicator data-slot="checkbox-indicator">✓</CheckboxPrimitive.Indicator>
  </CheckboxPrimitive.Root>
);

function Combobox({ id, label, description, options, value, onChange, placeholder, searchPlaceholder, empty }) {
  const [open, setOpen] = useState(false);
  const selected = options.find((option) => option.value === value);
  return (
    <Field>
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <Button id={id} role="combobox" aria-expanded={open} className="w-full justify-between">
            <span className="truncate">{selected ? selected.label : placeholder}</span>
            <span aria-hidden="true">⌄</span>
          </Button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content data-slot="popover-content" align="start" sideOffset={4} className="w-[--radix-popover-trigger-width] p-0">
            <Command data-slot="command">
              <Command.Input data-slot="command-input" placeholder={searchPlaceholder} />
              <Command.List data-slot="command-list">
                <Command.Empty data-slot="command-empty">{empty}</Command.Empty>
                <Command.Group data-slot="command-group">
                  {options.map((option) => (
                    <Command.Item data-slot="command-item" key={option.value} value={option.label} onSelect={() => { onChange(option.value === value ? '' : option.value); setOpen(false); }}>
                      {option.label}
                    </Command.Item>
                  ))}
                </Command.Group>
              </Command.List>
            </Command>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      {description && <FieldDescription>{description}</FieldDescription>}
    </Field>
  );
}

function Choices({ id, legend, description, options, value, onChange }) {
  const base = useId();
  return (
    <FieldSet>
      <FieldLegend variant="label">{legend}</FieldLegend>
      {description && <FieldDescription>{description}</FieldDescription>}
      <RadioGroup.Root id={id} data-slot="radio-group" value={value} onValueChange={onChange} className="grid gap-3">
        {options.map(([optionValue, optionLabel]) => (
          <div className="choice" key={optionValue}>
            <RadioGroup.Item data-slot="radio-group-item" id={`${base}-${optionValue}`} value={optionValue} className="aspect-square size-4 rounded-full border">
              <RadioGroup.Indicator data-slot="radio-group-indicator" />
            </RadioGroup.Item>
            <FieldLabel htmlFor={`${base}-${optionValue}`} className="font-normal">{optionLabel}</FieldLabel>
          </div>
        ))}
      </RadioGroup.Root>
    </FieldSet>
  );
}

const EMPTY = {
  fullName: '', email: '', phone: '', location: '', linkedin: '', github: '', website: '', company: '', title: '', school: '', degree: '', years: '', authorized: '', sponsorship: '',
  inOffice: '', salary: '', startDate: '', resume: '', coverLetter: '', proudOf: '', teams: [], source: '', privacy: false,
};

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, label, props = {}) => (
    <Field>
      <FieldLabel htmlFor={key}>{label}</FieldLabel>
      <Input id={key} name={key} type={props.type ?? 'text'} placeholder={props.placeholder} autoComplete={props.autoComplete} value={form[key]} onChange={(event) => set(key)(event.target.value)} />
      {props.description && <FieldDescription>{props.description}</FieldDescription>}
    </Field>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.fullName && form.email && form.resume && form.privacy) setSent(true);
  };
  return (
    <>
      <header>
        <strong>Quarry Health</strong>
        <a href="#">About</a><a href="#">Careers</a>
        <Button id="job-search" style={{ marginLeft: 'auto', color: '#737373' }}>Search jobs… <kbd>⌘K</kbd></Button>
      </header>
      <h1 style={{ fontSize: 28, marginBottom: 4 }}>Senior Data Engineer, Claims Intelligence</h1>
      <p style={{ color: '#737373', marginTop: 0 }}>New York, NY · Hybrid (4 days in office) · $165K – $195K + equity</p>
      <p>Quarry turns messy claims data into faster care approvals for 2 million members. You will design the pipelines that ingest 837 claims files from 40 payers and feed our prior-authorization models.</p>
      {sent ? (
        <h2 id="qh-done">Application received. We'll be in touch within 5 business days.</h2>
      ) : (
        <form id="qh-apply" onSubmit={submit} noValidate>
          <h2 style={{ fontSize: 20 }}>Apply for this role</h2>
          {text('fullName', 'Full name', { autoComplete: 'name' })}
          {text('email', 'Email', { type: 'email' })}
          {text('phone', 'Phone', { type: 'tel', placeholder: '+1 (555) 000-0000' })}
          <Combobox id="location" label="Current location" description="Where you live now. We'll ask about relocation later." options={PLACES.map((place) => ({ value: place, label: place }))} value={form.location} onChange={set('location')} placeholder="Select city…" searchPlaceholder="Search city…" empty="No city found." />
          <Field>
            <FieldLabel htmlFor="linkedin">LinkedIn</FieldLabel>
            <InputGroup>
              <InputGroupAddon><span data-slot="input-group-text">linkedin.com/in/</span></InputGroupAddon>
              <InputGroupInput id="linkedin" name="linkedin" placeholder="username" value={form.linkedin} onChange={(event) => set('linkedin')(event.target.value)} />
            </InputGroup>
          </Field>
          {text('github', 'GitHub', { type: 'url', placeholder: 'https://github.com/…' })}
          {text('website', 'Personal website', { type: 'url', description: 'Optional' })}
          {text('company', 'Current company')}
          {text('title', 'Current title')}
          <Combobox id="school" label="School" description="The school where you earned your highest degree." options={SCHOOLS} value={form.school} onChange={set('school')} placeholder="Select school…" searchPlaceholder="Search schools…" empty="No school found." />
          <Choices id="degree" legend="Highest degree earned" options={DEGREES} value={form.degree} onChange={set('degree')} />
          <Choices id="years" legend="Years of experience as a data engineer" options={YEARS} value={form.years} onChange={set('years')} />
          <Choices id="authorized" legend="Are you legally authorized to work in the United States?" options={[['yes', 'Yes'], ['no', 'No']]} value={form.authorized} onChange={set('authorized')} />
          <Choices id="sponsorship" legend="Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?" options={[['yes', 'Yes'], ['no', 'No']]} value={form.sponsorship} onChange={set('sponsorship')} />
          <Choices id="in-office" legend="This role is based in our Flatiron office four days a week. Are you able to work on-site?" options={[['yes', 'Yes'], ['relocate', 'Yes, after relocating'], ['no', 'No']]} value={form.inOffice} onChange={set('inOffice')} />
          <Field>
            <FieldLabel htmlFor="salary">Desired base salary</FieldLabel>
            <InputGroup>
              <InputGroupAddon><span data-slot="input-group-text">$</span></InputGroupAddon>
              <InputGroupInput id="salary" name="salary" inputMode="numeric" placeholder="0.00" value={form.salary} onChange={(event) => set('salary')(event.target.value)} />
              <InputGroupAddon align="inline-end"><span data-slot="input-group-text">USD</span></InputGroupAddon>
            </InputGroup>
          </Field>
          {text('startDate', 'Earliest start date', { placeholder: 'MM/DD/YYYY' })}
          <Field>
            <FieldLabel htmlFor="resume">Resume</FieldLabel>
            <Input id="resume" name="resume" type="file" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files?.[0]?.name ?? '')} />
            <FieldDescription>PDF or Word, up to 10 MB.</FieldDescription>
          </Field>
          <Field>
            <FieldLabel htmlFor="coverLetter">Cover letter</FieldLabel>
            <Textarea id="coverLetter" name="coverLetter" rows={5} value={form.coverLetter} onChange={(event) => set('coverLetter')(event.target.value)} />
            <FieldDescription>Optional, but we read every one.</FieldDescription>
          </Field>
          <Field>
            <FieldLabel htmlFor="proudOf">Tell us about a pipeline you're proud of and what you'd do differently today.</FieldLabel>
            <Textarea id="proudOf" name="proudOf" rows={4} value={form.proudOf} onChange={(event) => set('proudOf')(event.target.value)} />
          </Field>
          <FieldSet>
            <FieldLegend variant="label">Which teams would you like to be considered for?</FieldLegend>
            <FieldDescription>Select all that apply.</FieldDescription>
            <div id="teams" style={{ display: 'grid', gap: 8 }}>
              {TEAMS.map(([value, label]) => (
                <div className="choice" key={value}>
                  <Checkbox id={`team-${value}`} checked={form.teams.includes(value)} onCheckedChange={(checked) => set('teams')(checked ? [...form.teams, value] : form.teams.filter((team) => team !== value))} />
                  <FieldLabel htmlFor={`team-${value}`}>{label}</FieldLabel>
                </div>
              ))}
            </div>
          </FieldSet>
          <Combobox id="source" label="How did you hear about Quarry?" options={SOURCES.map((source) => ({ value: source, label: source }))} value={form.source} onChange={set('source')} placeholder="Select…" searchPlaceholder="Search…" empty="Nothing found." />
          <Field data-orientation="horizontal">
            <div className="choice">
              <Checkbox id="privacy" checked={form.privacy} onCheckedChange={(checked) => set('privacy')(checked === true)} />
              <FieldLabel htmlFor="privacy">I agree to Quarry Health's applicant privacy notice</FieldLabel>
            </div>
          </Field>
          <Button type="submit" variant="default" id="qh-submit">Submit application</Button>
        </form>
      )}
      <pre id="model">{JSON.stringify(form)}</pre>
      <footer style={{ borderTop: '1px solid #eee', marginTop: 24, paddingTop: 16 }}>
        <Field>
          <FieldLabel htmlFor="newsletter-email">Get the Quarry engineering newsletter</FieldLabel>
          <div style={{ display: 'flex', gap: 8 }}><Input id="newsletter-email" type="email" placeholder="you@example.com" /><Button>Subscribe</Button></div>
        </Field>
      </footer>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
