/**
 * Tessaloop GmbH (Berlin) hiring a US-remote data engineer — a careers page on Ark UI 5 (headless
 * components over zag.js machines; ids are generated, parts carry data-scope / data-part):
 * Field.Input / Field.Textarea, Selects with a HiddenSelect (calling code preset "🇩🇪 +49" with
 * "🇨🇦 +1" before "🇺🇸 +1"; salary currency preset EUR; header language switch), a Combobox
 * (options only) for the city, a RadioGroup and a SegmentGroup with hidden radio inputs inside
 * their item labels, a NumberInput with grouping, a DatePicker whose input parses typed dates,
 * TagsInput, FileUpload with a hidden input, Checkbox and Switch. State goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Checkbox, Combobox, DatePicker, Field, FileUpload, NumberInput, Portal, RadioGroup, SegmentGroup, Select, Switch, TagsInput,
  createListCollection, useFilter, useListCollection,
} from '@ark-ui/react';
import countries from 'world-countries';

const Chevron = () => <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" /></svg>;

const DIAL = createListCollection({ items: [
  { value: 'AT', label: '🇦🇹 +43' }, { value: 'CA', label: '🇨🇦 +1' }, { value: 'CH', label: '🇨🇭 +41' }, { value: 'DE', label: '🇩🇪 +49' },
  { value: 'FR', label: '🇫🇷 +33' }, { value: 'GB', label: '🇬🇧 +44' }, { value: 'NL', label: '🇳🇱 +31' }, { value: 'US', label: '🇺🇸 +1' },
] });
const COUNTRIES = createListCollection({ items: countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label)) });
const CITIES = ['Austin, TX, USA', 'Berlin, Germany', 'Boston, MA, USA', 'Chicago, IL, USA', 'Denver, CO, USA', 'Hamburg, Germany', 'Los Angeles, CA, USA', 'New York, NY, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Jose, CA, USA', 'Seattle, WA, USA', 'South San Francisco, CA, USA', 'Toronto, ON, Canada'];
const CURRENCIES = createListCollection({ items: [{ value: 'EUR', label: 'EUR' }, { value: 'USD', label: 'USD' }, { value: 'GBP', label: 'GBP' }, { value: 'CHF', label: 'CHF' }] });
const NOTICE = createListCollection({ items: ['None', '2 weeks', '1 month', '2 months', '3 months'].map((v) => ({ value: v, label: v })) });
const DEGREES = createListCollection({ items: ['No degree', 'Apprenticeship', 'Bachelor', 'Master / Diplom', 'PhD'].map((v) => ({ value: v, label: v })) });
const SOURCES = createListCollection({ items: ['LinkedIn', 'Hacker News', 'Berlin Startup Jobs', 'Friend or colleague', 'Conference talk', 'Other'].map((v) => ({ value: v, label: v })) });
const LANGS = createListCollection({ items: [{ value: 'en', label: 'English' }, { value: 'de', label: 'Deutsch' }] });

const EMPTY = {
  firstName: '', lastName: '', email: '', dialCode: 'DE', phone: '', location: '', country: '', authorized: '', sponsorship: '', overlap: '', years: '', employer: '', notice: '',
  degree: '', school: '', salary: null, currency: 'EUR', startDate: '', linkedin: '', github: '', skills: [], resume: '', coverLetter: '', product: '', source: '', talentPool: false, privacy: false,
};

function AppSelect({ field, label, collection, value, onChange, placeholder = 'Select', helper, ariaLabel }) {
  return (
    <div className="tl-field" data-field={field}>
      <Select.Root collection={collection} name={field} value={value ? [value] : []} onValueChange={(d) => onChange(d.value[0] ?? '')} positioning={{ sameWidth: true }}>
        {label && <Select.Label>{label}</Select.Label>}
        <Select.Control>
          <Select.Trigger aria-label={ariaLabel}><Select.ValueText placeholder={placeholder} /><Select.Indicator><Chevron /></Select.Indicator></Select.Trigger>
        </Select.Control>
        <Portal><Select.Positioner><Select.Content>
          {collection.items.map((item) => <Select.Item key={item.value} item={item}><Select.ItemText>{item.label}</Select.ItemText></Select.Item>)}
        </Select.Content></Select.Positioner></Portal>
        <Select.HiddenSelect />
      </Select.Root>
      {helper && <span data-part="helper-text">{helper}</span>}
    </div>
  );
}

function CityCombobox({ value, onChange }) {
  const { contains } = useFilter({ sensitivity: 'base' });
  const { collection, filter } = useListCollection({ initialItems: CITIES, filter: contains });
  return (
    <div className="tl-field" data-field="location">
      <Combobox.Root collection={collection} value={value ? [value] : []} onInputValueChange={(d) => filter(d.inputValue)} onValueChange={(d) => onChange(d.value[0] ?? '')} openOnClick>
        <Combobox.Label>Where are you based?</Combobox.Label>
        <Combobox.Control><Combobox.Input placeholder="Search your city" /><Combobox.Trigger><Chevron /></Combobox.Trigger></Combobox.Control>
        <Portal><Combobox.Positioner><Combobox.Content>
          {collection.items.map((item) => <Combobox.Item key={item} item={item}><Combobox.ItemText>{item}</Combobox.ItemText></Combobox.Item>)}
        </Combobox.Content></Combobox.Positioner></Portal>
      </Combobox.Root>
      <span data-part="helper-text">We hire in most US states; pick the nearest city.</span>
    </div>
  );
}

function App() {
  const [form, setForm] = useState(EMPTY);
  const [lang, setLang] = useState('en');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key, label, props = {}, helper) => (
    <Field.Root className="tl-field" data-field={key}>
      <Field.Label>{label}</Field.Label>
      <Field.Input name={key} value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props} />
      {helper && <Field.HelperText>{helper}</Field.HelperText>}
    </Field.Root>
  );
  const radios = (key, label, items) => (
    <div className="tl-field" data-field={key}>
      <RadioGroup.Root name={key} value={form[key] || null} onValueChange={(d) => set(key)(d.value ?? '')}>
        <RadioGroup.Label>{label}</RadioGroup.Label>
        {items.map(([value, caption]) => (
          <RadioGroup.Item key={value} value={value}><RadioGroup.ItemControl /><RadioGroup.ItemText>{caption}</RadioGroup.ItemText><RadioGroup.ItemHiddenInput /></RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </div>
  );
  const submit = (event) => {
    event.preventDefault();
    if (form.firstName && form.lastName && form.email && form.resume && form.privacy) setSent(true);
  };
  return (
    <>
      <header className="tl-top">
        <span className="tl-logo">tessaloop</span>
        <a href="#">Engineering blog</a>
        <AppSelect field="siteLanguage" collection={LANGS} value={lang} onChange={(v) => setLang(v || 'en')} ariaLabel="Language" />
      </header>
      <main className="tl-main">
        {sent ? <h2 id="tl-done">Danke! Thanks for applying — we reply to every application within 10 days.</h2> : (
          <>
            <h1>Staff Data Engineer, Routing (Remote, US)</h1>
            <p>Tessaloop builds the scheduling engine behind 1,200 European and North American logistics hubs. The Routing team turns dock schedules into truck routes every five minutes; this role leads the data side of that loop for our US customers and reports to the Routing lead in Berlin.</p>
            <p><strong>Stack:</strong> Python, Kafka, ClickHouse, dbt, Dagster. <strong>Pay:</strong> USD 175–210k + equity.</p>
            <form id="tl-apply" className="tl-card" onSubmit={submit} noValidate>
              <h2>Your application</h2>
              <div className="tl-row">{text('firstName', 'First name')}{text('lastName', 'Last name')}</div>
              {text('email', 'Email', { type: 'email' })}
              <div className="tl-row">
                <div style={{ flex: '0 0 150px' }}><AppSelect field="dialCode" label="Country code" collection={DIAL} value={form.dialCode} onChange={set('dialCode')} /></div>
                {text('phone', 'Phone', { type: 'tel' })}
              </div>
              <CityCombobox value={form.location} onChange={set('location')} />
              <AppSelect field="country" label="Country of residence" collection={COUNTRIES} value={form.country} onChange={set('country')} placeholder="Select a country" />
              {radios('authorized', 'Do you have the right to work in the US without restrictions?', [['yes', 'Yes'], ['no', 'No']])}
              {radios('sponsorship', 'Would you need Tessaloop to sponsor a US work visa, now or later?', [['yes', 'Yes'], ['no', 'No']])}
              {radios('overlap', 'Can you overlap three hours a day with Berlin (9:00–12:00 ET)?', [['yes', 'Yes'], ['sometimes', 'Some days'], ['no', 'No']])}
              <div className="tl-field" data-field="years">
                <SegmentGroup.Root name="years" value={form.years || null} onValueChange={(d) => set('years')(d.value ?? '')}>
                  <SegmentGroup.Label>Years of data engineering experience</SegmentGroup.Label>
                  <SegmentGroup.Indicator />
                  {['0–2', '3–5', '6–8', '9+'].map((v) => (
                    <SegmentGroup.Item key={v} value={v}><SegmentGroup.ItemText>{v}</SegmentGroup.ItemText><SegmentGroup.ItemControl /><SegmentGroup.ItemHiddenInput /></SegmentGroup.Item>
                  ))}
                </SegmentGroup.Root>
              </div>
              <div className="tl-row">
                {text('employer', 'Current employer')}
                <AppSelect field="notice" label="Notice period" collection={NOTICE} value={form.notice} onChange={set('notice')} />
              </div>
              <div className="tl-row">
                <AppSelect field="degree" label="Highest degree" collection={DEGREES} value={form.degree} onChange={set('degree')} />
                {text('school', 'University')}
              </div>
              <div className="tl-row">
                <div className="tl-field" data-field="salary">
                  <NumberInput.Root name="salary" min={0} formatOptions={{ maximumFractionDigits: 0 }} value={form.salary === null ? '' : String(form.salary)} onValueChange={(d) => set('salary')(Number.isNaN(d.valueAsNumber) ? null : d.valueAsNumber)}>
                    <NumberInput.Label>Salary expectation (gross per year)</NumberInput.Label>
                    <NumberInput.Control><NumberInput.Input /></NumberInput.Control>
                  </NumberInput.Root>
                </div>
                <div style={{ flex: '0 0 130px' }}><AppSelect field="currency" label="Currency" collection={CURRENCIES} value={form.currency} onChange={set('currency')} /></div>
              </div>
              <div className="tl-field" data-field="startDate">
                <DatePicker.Root name="startDate" onValueChange={(d) => set('startDate')(d.value[0] ? d.value[0].toString() : '')}>
                  <DatePicker.Label>Earliest start date</DatePicker.Label>
                  <DatePicker.Control><DatePicker.Input placeholder="mm/dd/yyyy" /><DatePicker.Trigger aria-label="Open calendar">📅</DatePicker.Trigger></DatePicker.Control>
                  <Portal><DatePicker.Positioner><DatePicker.Content>
                    <DatePicker.View view="day">
                      <DatePicker.Context>{(api) => (
                        <>
                          <DatePicker.ViewControl><DatePicker.PrevTrigger>‹</DatePicker.PrevTrigger><DatePicker.ViewTrigger><DatePicker.RangeText /></DatePicker.ViewTrigger><DatePicker.NextTrigger>›</DatePicker.NextTrigger></DatePicker.ViewControl>
                          <DatePicker.Table>
                            <DatePicker.TableHead><DatePicker.TableRow>{api.weekDays.map((w, i) => <DatePicker.TableHeader key={i}>{w.narrow}</DatePicker.TableHeader>)}</DatePicker.TableRow></DatePicker.TableHead>
                            <DatePicker.TableBody>{api.weeks.map((week, i) => (
                              <DatePicker.TableRow key={i}>{week.map((day, j) => <DatePicker.TableCell key={j} value={day}><DatePicker.TableCellTrigger>{day.day}</DatePicker.TableCellTrigger></DatePicker.TableCell>)}</DatePicker.TableRow>
                            ))}</DatePicker.TableBody>
                          </DatePicker.Table>
                        </>
                      )}</DatePicker.Context>
                    </DatePicker.View>
                  </DatePicker.Content></DatePicker.Positioner></Portal>
                </DatePicker.Root>
              </div>
              <div className="tl-row">{text('linkedin', 'LinkedIn')}{text('github', 'GitHub')}</div>
              <div className="tl-field" data-field="skills">
                <TagsInput.Root value={form.skills} onValueChange={(d) => set('skills')(d.value)}>
                  <TagsInput.Label>Tools you know well</TagsInput.Label>
                  <TagsInput.Context>{(api) => (
                    <TagsInput.Control>
                      {api.value.map((v, i) => <TagsInput.Item key={i} index={i} value={v}><TagsInput.ItemPreview><TagsInput.ItemText>{v}</TagsInput.ItemText><TagsInput.ItemDeleteTrigger>×</TagsInput.ItemDeleteTrigger></TagsInput.ItemPreview><TagsInput.ItemInput /></TagsInput.Item>)}
                      <TagsInput.Input placeholder="Type a tool and press Enter" />
                    </TagsInput.Control>
                  )}</TagsInput.Context>
                  <TagsInput.HiddenInput />
                </TagsInput.Root>
              </div>
              <div className="tl-field" data-field="resume">
                <FileUpload.Root maxFiles={1} onFileChange={(d) => set('resume')(d.acceptedFiles[0]?.name ?? '')}>
                  <FileUpload.Label>CV / Resume</FileUpload.Label>
                  <FileUpload.Dropzone>Drag your CV here (PDF or Word) or <FileUpload.Trigger>browse</FileUpload.Trigger></FileUpload.Dropzone>
                  <FileUpload.ItemGroup><FileUpload.Context>{({ acceptedFiles }) => acceptedFiles.map((file) => (
                    <FileUpload.Item key={file.name} file={file}><FileUpload.ItemName /><FileUpload.ItemDeleteTrigger>Remove</FileUpload.ItemDeleteTrigger></FileUpload.Item>
                  ))}</FileUpload.Context></FileUpload.ItemGroup>
                  <FileUpload.HiddenInput />
                </FileUpload.Root>
              </div>
              <Field.Root className="tl-field" data-field="coverLetter">
                <Field.Label>Cover letter</Field.Label>
                <Field.Textarea name="coverLetter" rows={6} value={form.coverLetter} onChange={(e) => set('coverLetter')(e.target.value)} />
                <Field.HelperText>Optional. A few paragraphs are plenty.</Field.HelperText>
              </Field.Root>
              <Field.Root className="tl-field" data-field="product">
                <Field.Label>Tell us about a pipeline you made faster. What did you change?</Field.Label>
                <Field.Textarea name="product" rows={4} value={form.product} onChange={(e) => set('product')(e.target.value)} />
              </Field.Root>
              <AppSelect field="source" label="Where did you hear about us?" collection={SOURCES} value={form.source} onChange={set('source')} />
              <div className="tl-field" data-field="talentPool">
                <Switch.Root name="talentPool" checked={form.talentPool} onCheckedChange={(d) => set('talentPool')(d.checked)}>
                  <Switch.Control><Switch.Thumb /></Switch.Control>
                  <Switch.Label>Keep my application in the Tessaloop talent pool for 12 months</Switch.Label>
                  <Switch.HiddenInput />
                </Switch.Root>
              </div>
              <div className="tl-field" data-field="privacy">
                <Checkbox.Root name="privacy" checked={form.privacy} onCheckedChange={(d) => set('privacy')(d.checked === true)}>
                  <Checkbox.Control><Checkbox.Indicator>✓</Checkbox.Indicator></Checkbox.Control>
                  <Checkbox.Label>I have read the privacy notice and agree that Tessaloop processes my data for this application.</Checkbox.Label>
                  <Checkbox.HiddenInput />
                </Checkbox.Root>
              </div>
              <button type="submit" className="tl-submit" id="tl-submit">Send application</button>
            </form>
          </>
        )}
      </main>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
