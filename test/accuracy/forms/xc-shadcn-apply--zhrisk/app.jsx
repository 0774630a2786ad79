/**
 * Another opening on the same careers page (same components, another job's questions): the
 * "Links" section drops the portfolio, experience ranges are "5–7 years", a second file input asks
 * for an optional certificate, the questions ask for a commute/relocation answer, a financial-crime
 * certification, a notice-period Select and an essay, and a referrer box joins "how did you hear".
 *
 * A startup's own careers page on Next.js + shadcn/ui (components/ui/* as the shadcn CLI writes
 * them): react-hook-form through the shadcn <Form> helpers (FormItem ids from useId, FormLabel
 * htmlFor the control, FormDescription as aria-describedby), Radix Select for the ranges and the
 * pronouns, a cmdk Command inside a Radix Popover as the country combobox (a button role=combobox
 * until opened; the search input and the items live in a portal), a second cmdk combobox for the
 * source, Radix RadioGroups (button role=radio; the native radio Radix mirrors inside a form is
 * aria-hidden and unlabelled), Radix Checkboxes, and the shadcn "date picker with input" pattern
 * (a text box "June 01, 2025" with a react-day-picker Calendar in a Popover). The form's values
 * are rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import countries from 'world-countries';
import { CalendarIcon, Check, ChevronsUpDown } from 'lucide-react';
import 'react-day-picker/style.css';
import { cn } from './lib/utils.js';
import { Button } from './components/ui/button.jsx';
import { Input } from './components/ui/input.jsx';
import { Textarea } from './components/ui/textarea.jsx';
import { Label } from './components/ui/label.jsx';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from './components/ui/form.jsx';
import { Popover, PopoverContent, PopoverTrigger } from './components/ui/popover.jsx';
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from './components/ui/command.jsx';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from './components/ui/select.jsx';
import { RadioGroup, RadioGroupItem } from './components/ui/radio-group.jsx';
import { Checkbox } from './components/ui/checkbox.jsx';
import { Calendar } from './components/ui/calendar.jsx';

const COUNTRIES = countries
  .map((country) => ({ value: country.cca2.toLowerCase(), label: country.name.common }))
  .sort((a, b) => a.label.localeCompare(b.label));

const EXPERIENCE = [
  { value: '0-2', label: '0–2 years' },
  { value: '3-4', label: '3–4 years' },
  { value: '5-7', label: '5–7 years' },
  { value: '8+', label: '8+ years' },
];

const NOTICE = [
  { value: 'now', label: 'Available now' },
  { value: '2w', label: '2 weeks' },
  { value: '1m', label: '1 month' },
  { value: '2m', label: '2 months' },
  { value: '3m+', label: '3 months or more' },
];

const PRONOUNS = [
  { value: 'she', label: 'She/her' },
  { value: 'he', label: 'He/him' },
  { value: 'they', label: 'They/them' },
  { value: 'self', label: 'Prefer to self-describe' },
  { value: 'none', label: 'Prefer not to say' },
];

const SOURCES = [
  { value: 'linkedin', label: 'LinkedIn' },
  { value: 'hn', label: 'Hacker News “Who is hiring”' },
  { value: 'referral', label: 'Referral from a Halcyon employee' },
  { value: 'blog', label: 'Halcyon engineering blog' },
  { value: 'podcast', label: 'Podcast' },
  { value: 'other', label: 'Other' },
];

function formatDate(date) {
  if (!date) return '';
  return date.toLocaleDateString('en-US', { day: '2-digit', month: 'long', year: 'numeric' });
}

function isValidDate(date) {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

function isoDate(date) {
  if (!isValidDate(date)) return null;
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** shadcn "Combobox" (Popover + Command), wired into a FormField as in the docs' combobox form. */
function ComboboxField({ form, name, label, description, placeholder, searchPlaceholder, empty, options, rules }) {
  const [open, setOpen] = useState(false);
  return (
    <FormField
      control={form.control}
      name={name}
      rules={rules}
      render={({ field }) => (
        <FormItem className="flex flex-col">
          <FormLabel>{label}</FormLabel>
          <Popover open={open} onOpenChange={setOpen}>
            <PopoverTrigger asChild>
              <FormControl>
                <Button
                  variant="outline"
                  role="combobox"
                  aria-expanded={open}
                  className={cn('w-[320px] justify-between', !field.value && 'text-muted-foreground')}
                >
                  {field.value ? options.find((option) => option.value === field.value)?.label : placeholder}
                  <ChevronsUpDown className="opacity-50" />
                </Button>
              </FormControl>
            </PopoverTrigger>
            <PopoverContent className="w-[320px] p-0">
              <Command>
                <CommandInput placeholder={searchPlaceholder} className="h-9" />
                <CommandList>
                  <CommandEmpty>{empty}</CommandEmpty>
                  <CommandGroup>
                    {options.map((option) => (
                      <CommandItem
                        value={option.label}
                        key={option.value}
                        onSelect={() => {
                          form.setValue(name, option.value, { shouldValidate: true, shouldDirty: true });
                          setOpen(false);
                        }}
                      >
                        {option.label}
                        <Check className={cn('ml-auto', option.value === field.value ? 'opacity-100' : 'opacity-0')} />
                      </CommandItem>
                    ))}
                  </CommandGroup>
                </CommandList>
              </Command>
            </PopoverContent>
          </Popover>
          {description && <FormDescription>{description}</FormDescription>}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}

function SelectField({ form, name, label, description, placeholder, options, rules }) {
  return (
    <FormField
      control={form.control}
      name={name}
      rules={rules}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <Select onValueChange={field.onChange} value={field.value}>
            <FormControl>
              <SelectTrigger className="w-[320px]">
                <SelectValue placeholder={placeholder} />
              </SelectTrigger>
            </FormControl>
            <SelectContent>
              {options.map((option) => (
                <SelectItem key={option.value} value={option.value}>
                  {option.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          {description && <FormDescription>{description}</FormDescription>}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}

function RadioField({ form, name, label, options, rules }) {
  return (
    <FormField
      control={form.control}
      name={name}
      rules={rules}
      render={({ field }) => (
        <FormItem className="space-y-3">
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <RadioGroup onValueChange={field.onChange} value={field.value} className="flex flex-col">
              {options.map((option) => (
                <FormItem key={option.value} className="flex items-center gap-3">
                  <FormControl>
                    <RadioGroupItem value={option.value} />
                  </FormControl>
                  <FormLabel className="font-normal">{option.label}</FormLabel>
                </FormItem>
              ))}
            </RadioGroup>
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}

function TextField({ form, name, label, description, rules, type = 'text', placeholder, className }) {
  return (
    <FormField
      control={form.control}
      name={name}
      rules={rules}
      render={({ field }) => (
        <FormItem className={className}>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input type={type} placeholder={placeholder} {...field} />
          </FormControl>
          {description && <FormDescription>{description}</FormDescription>}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}

/** shadcn "Date picker with input": type a date, or open the calendar beside it. */
function StartDateField({ form }) {
  const [open, setOpen] = useState(false);
  const value = form.watch('startDate');
  const date = value ? new Date(`${value}T00:00:00`) : undefined;
  const [month, setMonth] = useState(date);
  return (
    <FormField
      control={form.control}
      name="startDateText"
      render={({ field }) => (
        <FormItem>
          <FormLabel>Earliest start date</FormLabel>
          <div className="relative flex gap-2">
            <FormControl>
              <Input
                value={field.value}
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                placeholder="June 01, 2025"
                className="bg-background pr-10"
                onChange={(event) => {
                  const parsed = new Date(event.target.value);
                  field.onChange(event.target.value);
                  if (isValidDate(parsed) && event.target.value.trim().length >= 8) {
                    form.setValue('startDate', isoDate(parsed));
                    setMonth(parsed);
                  } else {
                    form.setValue('startDate', null);
                  }
                }}
                onKeyDown={(event) => {
                  if (event.key === 'ArrowDown') {
                    event.preventDefault();
                    setOpen(true);
                  }
                }}
              />
            </FormControl>
            <Popover open={open} onOpenChange={setOpen}>
              <PopoverTrigger asChild>
                <Button id="date-picker" type="button" variant="ghost" className="date-picker-trigger absolute top-1/2 right-2 size-6 -translate-y-1/2">
                  <CalendarIcon className="size-3.5" />
                  <span className="sr-only">Select date</span>
                </Button>
              </PopoverTrigger>
              <PopoverContent className="w-auto overflow-hidden p-0" align="end" alignOffset={-8} sideOffset={10}>
                <Calendar
                  mode="single"
                  selected={date}
                  captionLayout="dropdown"
                  startMonth={new Date()}
                  endMonth={new Date(new Date().getFullYear() + 2, 11)}
                  month={month}
                  onMonthChange={setMonth}
                  onSelect={(picked) => {
                    form.setValue('startDate', isoDate(picked));
                    field.onChange(formatDate(picked));
                    setOpen(false);
                  }}
                />
              </PopoverContent>
            </Popover>
          </div>
          <FormDescription>We plan onboarding cohorts around this date. It doesn’t need to be exact.</FormDescription>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}

const DEFAULTS = {
  firstName: '',
  lastName: '',
  preferredName: '',
  email: '',
  phone: '',
  country: '',
  city: '',
  linkedin: '',
  github: '',
  company: '',
  title: '',
  experience: '',
  authorized: '',
  sponsorship: '',
  startDateText: '',
  startDate: null,
  salary: '',
  resume: null,
  certificate: null,
  coverLetter: '',
  commute: '',
  certified: '',
  notice: '',
  auditStory: '',
  pronouns: '',
  source: '',
  referrer: '',
  privacy: false,
  futureRoles: false,
};

function ApplicationForm() {
  const [sent, setSent] = useState(false);
  const form = useForm({ defaultValues: DEFAULTS, mode: 'onSubmit' });
  const values = form.watch();
  const required = { required: 'This field is required.' };

  if (sent) {
    return (
      <div id="application-sent" className="rounded-xl border p-6">
        <h2 className="text-lg font-semibold">Application received</h2>
        <p className="text-muted-foreground text-sm">Thanks! Someone from the data team will read it this week.</p>
      </div>
    );
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(() => setSent(true))} className="space-y-8" noValidate>
        <section className="space-y-6">
          <h2 className="section-title">Personal information</h2>
          <div className="grid grid-cols-2 gap-4">
            <TextField form={form} name="firstName" label="First name" rules={required} />
            <TextField form={form} name="lastName" label="Last name" rules={required} />
          </div>
          <TextField form={form} name="preferredName" label="Preferred name" description="Optional. What should we call you?" />
          <TextField form={form} name="email" label="Email" type="email" rules={required} />
          <TextField form={form} name="phone" label="Phone" type="tel" placeholder="+1 (555) 000-0000" description="Include your country code." />
          <ComboboxField
            form={form}
            name="country"
            label="Country of residence"
            placeholder="Select country"
            searchPlaceholder="Search country..."
            empty="No country found."
            options={COUNTRIES}
            rules={required}
            description="We can hire in most countries through our employer-of-record partner."
          />
          <TextField form={form} name="city" label="City" />
        </section>

        <section className="space-y-6">
          <h2 className="section-title">Links</h2>
          <TextField form={form} name="linkedin" label="LinkedIn" type="url" placeholder="https://linkedin.com/in/..." />
          <TextField form={form} name="github" label="GitHub" type="url" placeholder="https://github.com/..." />
        </section>

        <section className="space-y-6">
          <h2 className="section-title">Experience</h2>
          <div className="grid grid-cols-2 gap-4">
            <TextField form={form} name="company" label="Current company" />
            <TextField form={form} name="title" label="Current title" />
          </div>
          <SelectField form={form} name="experience" label="Years of experience" placeholder="Select a range" options={EXPERIENCE} rules={required} />
          <FormField
            control={form.control}
            name="resume"
            rules={{ required: 'Please attach your resume.' }}
            render={({ field: { value, onChange, ...fieldProps } }) => (
              <FormItem>
                <FormLabel>Resume</FormLabel>
                <FormControl>
                  <Input {...fieldProps} type="file" accept=".pdf,.doc,.docx" onChange={(event) => onChange(event.target.files?.[0] ?? null)} />
                </FormControl>
                <FormDescription>PDF or Word, up to 10 MB.</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="certificate"
            render={({ field: { value, onChange, ...fieldProps } }) => (
              <FormItem>
                <FormLabel>Certificate (optional)</FormLabel>
                <FormControl>
                  <Input {...fieldProps} type="file" accept=".pdf,.png,.jpg" onChange={(event) => onChange(event.target.files?.[0] ?? null)} />
                </FormControl>
                <FormDescription>CAMS, CFE, CISA or similar, if you hold one.</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="coverLetter"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Cover letter</FormLabel>
                <FormControl>
                  <Textarea placeholder="Optional, but we read every one." className="min-h-32" {...field} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
        </section>

        <section className="space-y-6">
          <h2 className="section-title">A few questions</h2>
          <RadioField
            form={form}
            name="authorized"
            label="Are you legally authorized to work in the United States?"
            rules={required}
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
          />
          <RadioField
            form={form}
            name="sponsorship"
            label="Will you require Halcyon to sponsor your visa, now or in the future?"
            rules={required}
            options={[
              { value: 'yes', label: 'I will require sponsorship now or in the future' },
              { value: 'no', label: 'I will not require sponsorship' },
            ]}
          />
          <RadioField
            form={form}
            name="commute"
            label="This role is in our New York office four days a week. Does that work for you?"
            rules={required}
            options={[
              { value: 'local', label: 'Yes, I live in the New York area' },
              { value: 'relocate', label: 'Yes, I’d relocate before starting' },
              { value: 'no', label: 'No' },
            ]}
          />
          <RadioField
            form={form}
            name="certified"
            label="Do you hold a financial-crime or audit certification (CAMS, CFE, CISA)?"
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
          />
          <StartDateField form={form} />
          <TextField
            form={form}
            name="salary"
            label="Expected base salary"
            placeholder="USD per year"
            description="Our range for this role is $165k–$205k. Sharing yours helps us avoid surprises."
          />
          <SelectField form={form} name="notice" label="Notice period" placeholder="Select notice period" options={NOTICE} />
          <FormField
            control={form.control}
            name="auditStory"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Tell us about a time data you owned had to stand up to an auditor or regulator.</FormLabel>
                <FormControl>
                  <Textarea className="min-h-24" {...field} />
                </FormControl>
                <FormDescription>A short paragraph is plenty.</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <SelectField form={form} name="pronouns" label="Pronouns" placeholder="Select pronouns" options={PRONOUNS} description="Optional. Shared only with your interviewers." />
          <ComboboxField
            form={form}
            name="source"
            label="How did you hear about this role?"
            placeholder="Select a source"
            searchPlaceholder="Search..."
            empty="Nothing found."
            options={SOURCES}
          />
          <TextField form={form} name="referrer" label="Referrer’s name" description="If someone at Halcyon referred you, tell us who so we can thank them." />
        </section>

        <section className="space-y-4">
          <FormField
            control={form.control}
            name="privacy"
            rules={{ validate: (checked) => checked || 'You need to accept the privacy notice to apply.' }}
            render={({ field }) => (
              <FormItem className="flex flex-row items-start gap-3 rounded-md border p-4">
                <FormControl>
                  <Checkbox checked={field.value} onCheckedChange={field.onChange} />
                </FormControl>
                <div className="space-y-1 leading-none">
                  <FormLabel>I have read the candidate privacy notice</FormLabel>
                  <FormDescription>Halcyon Ledger keeps your application for 24 months.</FormDescription>
                  <FormMessage />
                </div>
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="futureRoles"
            render={({ field }) => (
              <FormItem className="flex flex-row items-start gap-3 rounded-md border p-4">
                <FormControl>
                  <Checkbox checked={field.value} onCheckedChange={field.onChange} />
                </FormControl>
                <div className="space-y-1 leading-none">
                  <FormLabel>Keep me in mind for future roles</FormLabel>
                </div>
              </FormItem>
            )}
          />
        </section>

        <Button type="submit" className="submit-application">Submit application</Button>
        <pre id="model">{JSON.stringify({ ...values, resume: values.resume ? values.resume.name : null, certificate: values.certificate ? values.certificate.name : null })}</pre>
      </form>
    </Form>
  );
}

function Newsletter() {
  const [email, setEmail] = useState('');
  return (
    <form className="newsletter" onSubmit={(event) => event.preventDefault()}>
      <Label htmlFor="newsletter-email">Get the Halcyon changelog in your inbox</Label>
      <div className="flex gap-2">
        <Input id="newsletter-email" type="email" placeholder="you@company.com" value={email} onChange={(event) => setEmail(event.target.value)} />
        <Button type="submit" variant="outline">Subscribe</Button>
      </div>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<ApplicationForm />);
createRoot(document.getElementById('footer-newsletter')).render(<Newsletter />);
