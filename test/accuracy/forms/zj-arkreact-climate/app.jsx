/**
 * Fernwell Carbon careers: a headless Ark UI (React, 5.40) application styled by the site's own
 * CSS through Ark's data-scope / data-part attributes, the way Ark's docs compose forms:
 * Field.Root (generated ids, helper text), Combobox for the country (useListCollection +
 * useFilter, portalled content), Select with HiddenSelect (pronouns, degree, source),
 * SegmentGroup for experience ranges, RadioGroup (hidden radios in labels), DatePicker with a
 * typed input (MM/DD/YYYY, en-US), NumberInput with currency formatting, two FileUploads (hidden
 * input, dropzone, item list), Switch and Checkbox with hidden inputs. React state is rendered
 * into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Checkbox, Combobox, DatePicker, Field, FileUpload, NumberInput, Portal, RadioGroup, SegmentGroup, Select, Switch,
  createListCollection, useFilter, useListCollection,
} from '@ark-ui/react';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const PRONOUNS = createListCollection({ items: ['she/her', 'he/him', 'they/them', 'Prefer to self-describe', 'Prefer not to say'] });
const DEGREES = createListCollection({ items: ['High school or equivalent', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctoral degree', 'Other'] });
const SOURCES = createListCollection({ items: ['Climatebase', 'LinkedIn', 'Work on Climate Slack', 'Referral', 'Fernwell blog', 'Other'] });
const YEARS = ['0–3', '4–6', '7–9', '10+'];
const SPONSORSHIP = ['No, I will not need sponsorship', 'Yes, I will need sponsorship now or in the future'];

const EMPTY = {
  firstName: '', lastName: '', email: '', phone: '', city: '', country: '', pronouns: '', linkedin: '', employer: '',
  title: '', years: '', degree: '', authorized: '', sponsorship: '', startDate: '', salary: null, resume: null,
  coverLetterFile: null, relocate: false, why: '', source: '', talentPool: false, consent: false,
};

function TextField({ label, name, value, onChange, helper, type = 'text', required }) {
  return (
    <Field.Root className="fw-field" required={required}>
      <Field.Label>{label}{required ? <Field.RequiredIndicator /> : null}</Field.Label>
      <Field.Input name={name} type={type} value={value} onChange={(event) => onChange(event.target.value)} />
      {helper ? <Field.HelperText>{helper}</Field.HelperText> : null}
    </Field.Root>
  );
}

function SimpleSelect({ className, label, collection, value, onChange, placeholder = 'Select an option', name }) {
  return (
    <Select.Root className={`fw-field ${className}`} collection={collection} value={value ? [value] : []} onValueChange={(details) => onChange(details.value[0] ?? '')} positioning={{ sameWidth: true }}>
      <Select.Label>{label}</Select.Label>
      <Select.Control>
        <Select.Trigger>
          <Select.ValueText placeholder={placeholder} />
          <Select.Indicator>▾</Select.Indicator>
        </Select.Trigger>
      </Select.Control>
      <Portal>
        <Select.Positioner>
          <Select.Content>
            {collection.items.map((item) => (
              <Select.Item key={item} item={item}>
                <Select.ItemText>{item}</Select.ItemText>
                <Select.ItemIndicator>✓</Select.ItemIndicator>
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Positioner>
      </Portal>
      <Select.HiddenSelect name={name} />
    </Select.Root>
  );
}

function CountryCombobox({ value, onChange }) {
  const { contains } = useFilter({ sensitivity: 'base' });
  const { collection, filter } = useListCollection({ initialItems: COUNTRIES, filter: contains, limit: 40 });
  return (
    <Combobox.Root className="fw-field fw-country" collection={collection} value={value ? [value] : []} onValueChange={(details) => onChange(details.value[0] ?? '')} onInputValueChange={(details) => filter(details.inputValue)} positioning={{ sameWidth: true }}>
      <Combobox.Label>Country of residence</Combobox.Label>
      <Combobox.Control>
        <Combobox.Input name="country" placeholder="Start typing a country" />
        <Combobox.Trigger>▾</Combobox.Trigger>
      </Combobox.Control>
      <Portal>
        <Combobox.Positioner>
          <Combobox.Content>
            {collection.items.map((item) => (
              <Combobox.Item key={item} item={item}>
                <Combobox.ItemText>{item}</Combobox.ItemText>
              </Combobox.Item>
            ))}
          </Combobox.Content>
        </Combobox.Positioner>
      </Portal>
    </Combobox.Root>
  );
}

function Upload({ className, label, helper, accept, name, onChange }) {
  return (
    <FileUpload.Root className={`fw-field ${className}`} maxFiles={1} accept={accept} name={name} onFileChange={(details) => onChange(details.acceptedFiles[0]?.name ?? null)}>
      <FileUpload.Label>{label}</FileUpload.Label>
      <FileUpload.Dropzone>
        <span>Drag and drop, or</span>
        <FileUpload.Trigger>Choose file</FileUpload.Trigger>
      </FileUpload.Dropzone>
      <p className="fw-helper">{helper}</p>
      <FileUpload.ItemGroup>
        <FileUpload.Context>
          {({ acceptedFiles }) =>
            acceptedFiles.map((file) => (
              <FileUpload.Item key={file.name} file={file}>
                <FileUpload.ItemName />
                <FileUpload.ItemSizeText />
                <FileUpload.ItemDeleteTrigger>Remove</FileUpload.ItemDeleteTrigger>
              </FileUpload.Item>
            ))
          }
        </FileUpload.Context>
      </FileUpload.ItemGroup>
      <FileUpload.HiddenInput />
    </FileUpload.Root>
  );
}

function Choices({ className, label, name, items, value, onChange }) {
  return (
    <RadioGroup.Root className={`fw-field fw-radios ${className}`} name={name} value={value || null} onValueChange={(details) => onChange(details.value ?? '')}>
      <RadioGroup.Label>{label}</RadioGroup.Label>
      {items.map((item) => (
        <RadioGroup.Item key={item} value={item}>
          <RadioGroup.ItemControl />
          <RadioGroup.ItemText>{item}</RadioGroup.ItemText>
          <RadioGroup.ItemHiddenInput />
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}

function Application() {
  const [form, setForm] = useState(EMPTY);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));

  const submit = (event) => {
    event.preventDefault();
    const missing = ['firstName', 'lastName', 'email', 'country', 'authorized', 'sponsorship', 'resume'].filter((key) => !form[key]);
    if (missing.length || !form.consent) {
      setError('Please complete the required fields and accept the privacy notice.');
      return;
    }
    setSent(true);
  };

  if (sent) return <div id="fw-done" className="fw-done">Application received — thank you, {form.firstName}.</div>;

  return (
    <form id="fw-apply" onSubmit={submit} noValidate>
      <h2>Apply for this role</h2>
      <div className="fw-row">
        <TextField label="First name" name="first_name" required value={form.firstName} onChange={set('firstName')} />
        <TextField label="Last name" name="last_name" required value={form.lastName} onChange={set('lastName')} />
      </div>
      <TextField label="Email" name="email" type="email" required value={form.email} onChange={set('email')} />
      <TextField label="Phone" name="phone" type="tel" value={form.phone} onChange={set('phone')} helper="Include your country code, e.g. +1 415 555 0100" />
      <div className="fw-row">
        <TextField label="City" name="city" value={form.city} onChange={set('city')} />
        <CountryCombobox value={form.country} onChange={set('country')} />
      </div>
      <SimpleSelect className="fw-pronouns" label="Pronouns (optional)" name="pronouns" collection={PRONOUNS} value={form.pronouns} onChange={set('pronouns')} />
      <TextField label="LinkedIn URL" name="linkedin" type="url" value={form.linkedin} onChange={set('linkedin')} />

      <h3>Experience</h3>
      <div className="fw-row">
        <TextField label="Current employer" name="current_employer" value={form.employer} onChange={set('employer')} />
        <TextField label="Current title" name="current_title" value={form.title} onChange={set('title')} />
      </div>
      <SegmentGroup.Root className="fw-field fw-years" name="years_experience" value={form.years || null} onValueChange={(details) => set('years')(details.value ?? '')}>
        <SegmentGroup.Label>Years of relevant experience</SegmentGroup.Label>
        <SegmentGroup.Indicator />
        {YEARS.map((range) => (
          <SegmentGroup.Item key={range} value={range}>
            <SegmentGroup.ItemText>{range}</SegmentGroup.ItemText>
            <SegmentGroup.ItemControl />
            <SegmentGroup.ItemHiddenInput />
          </SegmentGroup.Item>
        ))}
      </SegmentGroup.Root>
      <SimpleSelect className="fw-degree" label="Highest level of education" name="degree" collection={DEGREES} value={form.degree} onChange={set('degree')} />

      <h3>Logistics</h3>
      <Choices className="fw-authorized" label="Are you authorized to work in the United States?" name="authorized" items={['Yes', 'No']} value={form.authorized} onChange={set('authorized')} />
      <Choices className="fw-sponsorship" label="Will you require visa sponsorship?" name="sponsorship" items={SPONSORSHIP} value={form.sponsorship} onChange={set('sponsorship')} />
      <DatePicker.Root className="fw-field fw-start" locale="en-US" onValueChange={(details) => set('startDate')(details.value[0]?.toString() ?? '')}>
        <DatePicker.Label>Earliest start date</DatePicker.Label>
        <DatePicker.Control>
          <DatePicker.Input name="start_date" placeholder="mm/dd/yyyy" />
          <DatePicker.Trigger>📅</DatePicker.Trigger>
        </DatePicker.Control>
        <Portal>
          <DatePicker.Positioner>
            <DatePicker.Content>
              <DatePicker.View view="day">
                <DatePicker.Context>
                  {(picker) => (
                    <>
                      <DatePicker.ViewControl>
                        <DatePicker.PrevTrigger>‹</DatePicker.PrevTrigger>
                        <DatePicker.ViewTrigger><DatePicker.RangeText /></DatePicker.ViewTrigger>
                        <DatePicker.NextTrigger>›</DatePicker.NextTrigger>
                      </DatePicker.ViewControl>
                      <DatePicker.Table>
                        <DatePicker.TableHead>
                          <DatePicker.TableRow>
                            {picker.weekDays.map((weekDay, index) => <DatePicker.TableHeader key={index}>{weekDay.short}</DatePicker.TableHeader>)}
                          </DatePicker.TableRow>
                        </DatePicker.TableHead>
                        <DatePicker.TableBody>
                          {picker.weeks.map((week, index) => (
                            <DatePicker.TableRow key={index}>
                              {week.map((day, dayIndex) => (
                                <DatePicker.TableCell key={dayIndex} value={day}>
                                  <DatePicker.TableCellTrigger>{day.day}</DatePicker.TableCellTrigger>
                                </DatePicker.TableCell>
                              ))}
                            </DatePicker.TableRow>
                          ))}
                        </DatePicker.TableBody>
                      </DatePicker.Table>
                    </>
                  )}
                </DatePicker.Context>
              </DatePicker.View>
            </DatePicker.Content>
          </DatePicker.Positioner>
        </Portal>
      </DatePicker.Root>
      <NumberInput.Root className="fw-field fw-salary" name="salary" locale="en-US" min={0} step={5000} formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} onValueChange={(details) => set('salary')(Number.isNaN(details.valueAsNumber) ? null : details.valueAsNumber)}>
        <NumberInput.Label>Base salary expectation (USD, annual)</NumberInput.Label>
        <NumberInput.Control>
          <NumberInput.Input />
          <NumberInput.IncrementTrigger>▴</NumberInput.IncrementTrigger>
          <NumberInput.DecrementTrigger>▾</NumberInput.DecrementTrigger>
        </NumberInput.Control>
      </NumberInput.Root>
      <Switch.Root className="fw-field fw-relocate" checked={form.relocate} onCheckedChange={(details) => set('relocate')(details.checked)}>
        <Switch.Control><Switch.Thumb /></Switch.Control>
        <Switch.Label>I'm open to relocating to Oakland, CA</Switch.Label>
        <Switch.HiddenInput name="relocate" />
      </Switch.Root>

      <h3>Documents</h3>
      <Upload className="fw-resume" label="Resume *" name="resume" accept="application/pdf,.doc,.docx" helper="PDF or Word, max 10 MB" onChange={set('resume')} />
      <Upload className="fw-cover" label="Cover letter" name="cover_letter" accept=".pdf,.doc,.docx,.txt" helper="Optional" onChange={set('coverLetterFile')} />
      <Field.Root className="fw-field">
        <Field.Label>What draws you to carbon removal?</Field.Label>
        <Field.Textarea name="why_carbon_removal" rows={4} value={form.why} onChange={(event) => set('why')(event.target.value)} />
        <Field.HelperText>A few sentences is plenty.</Field.HelperText>
      </Field.Root>
      <SimpleSelect className="fw-source" label="Where did you hear about this role?" name="source" collection={SOURCES} value={form.source} onChange={set('source')} />
      <Checkbox.Root className="fw-check fw-talent-pool" checked={form.talentPool} onCheckedChange={(details) => set('talentPool')(details.checked === true)}>
        <Checkbox.Control><Checkbox.Indicator>✓</Checkbox.Indicator></Checkbox.Control>
        <Checkbox.Label>Keep my details on file for future roles at Fernwell</Checkbox.Label>
        <Checkbox.HiddenInput name="talent_pool" />
      </Checkbox.Root>
      <Checkbox.Root className="fw-check fw-consent" checked={form.consent} onCheckedChange={(details) => set('consent')(details.checked === true)}>
        <Checkbox.Control><Checkbox.Indicator>✓</Checkbox.Indicator></Checkbox.Control>
        <Checkbox.Label>I have read and accept the candidate privacy notice *</Checkbox.Label>
        <Checkbox.HiddenInput name="privacy_consent" />
      </Checkbox.Root>
      {error ? <p className="fw-error" role="alert">{error}</p> : null}
      <button type="submit" id="fw-submit" className="fw-button">Submit application</button>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </form>
  );
}

createRoot(document.getElementById('fw-root')).render(<Application />);
