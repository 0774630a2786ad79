/**
 * Halden Ridge Health (a hospital-network analytics company) careers page on **Adobe React
 * Spectrum v3**, state in **react-hook-form** (mode "onBlur": errors appear when a field is left).
 * The job page opens its application in a **DialogContainer** fullscreen-takeover dialog (the posting link lands on
 * the open dialog); the submit button sits in the dialog's ButtonGroup and submits the Form by its
 * `form` id. Inside: TextFields with description texts, a phone box whose description shows
 * "(555) 555-0100", a country **ComboBox over all ~250 countries (virtualized: only the options in
 * view are in the DOM)**, a state **Picker with Sections** (United States / Canada / Other), a
 * current-employer ComboBox with **allowsCustomValue** (a short list of well-known employers; any
 * text is kept), a school ComboBox whose options **load asynchronously and page on scroll**
 * (useAsyncList, loadingState), a degree Picker with Sections, NumberFields (years; a USD
 * currency salary), a DatePicker whose weekends are unavailable, RadioGroups, a CheckboxGroup
 * of shifts, a Switch, a FileTrigger upload and a TextArea. A header SearchField and a footer
 * "job alerts" email box are on the page too. Values go into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import countries from 'world-countries';
import { isWeekend } from '@internationalized/date';
import {
  Button, ButtonGroup, Checkbox, CheckboxGroup, ComboBox, Content, DatePicker, Dialog, DialogContainer, Divider, FileTrigger,
  Flex, Form, Heading, Item, NumberField, Picker, Provider, Radio, RadioGroup, SearchField, Section, Switch, Text, TextArea,
  TextField, View, defaultTheme, useAsyncList,
} from '@adobe/react-spectrum';

const COUNTRIES = countries.map((c) => ({ id: c.name.common, name: c.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const US_STATES = ['Arizona', 'California', 'Colorado', 'Illinois', 'Massachusetts', 'Minnesota', 'New York', 'Oregon', 'Texas', 'Utah', 'Washington'];
const CA_PROVINCES = ['Alberta', 'British Columbia', 'Ontario', 'Quebec'];
const EMPLOYERS = ['Epic Systems', 'Cerner (Oracle Health)', 'Kaiser Permanente', 'Optum', 'Flatiron Health', 'Veeva Systems', 'athenahealth', 'Databricks', 'Snowflake'];
const SCHOOLS = [
  'Arizona State University', 'Boston University', 'Carnegie Mellon University', 'Columbia University', 'Cornell University', 'Duke University',
  'Georgia Institute of Technology', 'Harvard University', 'Johns Hopkins University', 'Massachusetts Institute of Technology',
  'New York University', 'Northwestern University', 'Oregon Health & Science University', 'Purdue University', 'Rice University',
  'San Diego State University', 'Stanford University', 'University of California, Berkeley', 'University of California, Davis',
  'University of California, Irvine', 'University of California, Los Angeles', 'University of California, San Diego',
  'University of California, San Francisco', 'University of Michigan', 'University of Minnesota', 'University of Texas at Austin',
  'University of Utah', 'University of Washington', 'University of Wisconsin–Madison', 'Yale University',
];
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function Application({ onDone }) {
  const { control, handleSubmit, watch } = useForm({
    mode: 'onBlur',
    defaultValues: {
      firstName: '', lastName: '', preferredName: '', email: '', phone: '', city: '', state: null, country: null, employer: '', title: '',
      years: null, degree: null, school: null, linkedin: '', website: '', salary: null, startDate: null, authorized: '', sponsorship: '',
      shifts: [], onCall: false, resume: '', coverLetter: '', hipaa: '',
    },
  });
  const values = watch();
  const schools = useAsyncList({
    async load({ filterText, cursor }) {
      await wait(350);
      const q = (filterText ?? '').trim().toLowerCase();
      const all = SCHOOLS.filter((s) => s.toLowerCase().includes(q));
      const start = cursor ? Number(cursor) : 0;
      return { items: all.slice(start, start + 8).map((name) => ({ name })), cursor: start + 8 < all.length ? String(start + 8) : undefined };
    },
  });
  const [employerInput, setEmployerInput] = useState('');
  const model = { ...values, startDate: values.startDate ? values.startDate.toString() : null };
  const rule = (message) => ({ required: message });
  const err = (fieldState) => (fieldState.error ? { validationState: 'invalid', errorMessage: fieldState.error.message } : {});

  return (
    <>
      <Form id="hr-apply" aria-label="Application" validationBehavior="aria" onSubmit={handleSubmit(onDone)}>
        <Heading level={3}>Contact information</Heading>
        <Flex gap="size-200">
          <Controller control={control} name="firstName" rules={rule('Enter your legal first name')} render={({ field, fieldState }) => (
            <TextField label="Legal first name" name="firstName" isRequired value={field.value} onChange={field.onChange} onBlur={field.onBlur} flex {...err(fieldState)} />)} />
          <Controller control={control} name="lastName" rules={rule('Enter your legal last name')} render={({ field, fieldState }) => (
            <TextField label="Legal last name" name="lastName" isRequired value={field.value} onChange={field.onChange} onBlur={field.onBlur} flex {...err(fieldState)} />)} />
        </Flex>
        <Controller control={control} name="preferredName" render={({ field }) => (
          <TextField label="Preferred first name" name="preferredName" description="Only if different from your legal first name" value={field.value} onChange={field.onChange} />)} />
        <Controller control={control} name="email" rules={{ required: 'Enter your email', pattern: { value: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, message: 'Enter a valid email' } }} render={({ field, fieldState }) => (
          <TextField label="Email" name="email" type="email" isRequired value={field.value} onChange={field.onChange} onBlur={field.onBlur} {...err(fieldState)} />)} />
        <Controller control={control} name="phone" rules={{ required: 'Enter your phone number', pattern: { value: /^\(\d{3}\) \d{3}-\d{4}$/, message: 'Use the format (555) 555-0100' } }} render={({ field, fieldState }) => (
          <TextField label="Phone" name="phone" type="tel" isRequired description="Format: (555) 555-0100" value={field.value} onChange={field.onChange} onBlur={field.onBlur} {...err(fieldState)} />)} />
        <Flex gap="size-200">
          <Controller control={control} name="city" render={({ field }) => (
            <TextField label="City" name="city" value={field.value} onChange={field.onChange} flex />)} />
          <Controller control={control} name="state" render={({ field }) => (
            <Picker label="State / Province" name="state" placeholder="Select" selectedKey={field.value} onSelectionChange={field.onChange} flex>
              <Section title="United States">{US_STATES.map((s) => <Item key={s}>{s}</Item>)}</Section>
              <Section title="Canada">{CA_PROVINCES.map((s) => <Item key={s}>{s}</Item>)}</Section>
              <Section title="Other"><Item key="outside">Outside the US and Canada</Item></Section>
            </Picker>)} />
        </Flex>
        <Controller control={control} name="country" render={({ field }) => (
          <ComboBox label="Country" name="country" menuTrigger="focus" defaultItems={COUNTRIES} selectedKey={field.value} onSelectionChange={field.onChange}
            description="Where you live today">
            {(item) => <Item key={item.id}>{item.name}</Item>}
          </ComboBox>)} />

        <Divider size="S" marginTop="size-200" />
        <Heading level={3}>Experience</Heading>
        <Flex gap="size-200">
          <Controller control={control} name="employer" render={({ field }) => (
            <ComboBox label="Current employer" name="employer" allowsCustomValue defaultItems={EMPLOYERS.map((e) => ({ id: e, name: e }))}
              inputValue={employerInput} onInputChange={(text) => { setEmployerInput(text); field.onChange(text); }}
              onSelectionChange={(key) => { if (key) { setEmployerInput(String(key)); field.onChange(String(key)); } }} flex>
              {(item) => <Item key={item.id}>{item.name}</Item>}
            </ComboBox>)} />
          <Controller control={control} name="title" render={({ field }) => (
            <TextField label="Current job title" name="title" value={field.value} onChange={field.onChange} flex />)} />
        </Flex>
        <Controller control={control} name="years" render={({ field }) => (
          <NumberField label="Years of experience in data engineering" name="years" minValue={0} maxValue={50} step={1} value={field.value ?? NaN}
            onChange={(n) => field.onChange(Number.isNaN(n) ? null : n)} width="size-3000" />)} />
        <Flex gap="size-200">
          <Controller control={control} name="degree" render={({ field }) => (
            <Picker label="Highest degree earned" name="degree" placeholder="Select" selectedKey={field.value} onSelectionChange={field.onChange} flex>
              <Section title="Undergraduate"><Item key="Associate">Associate</Item><Item key="Bachelor's">Bachelor's</Item></Section>
              <Section title="Graduate"><Item key="Master's">Master's</Item><Item key="MD / PhD">MD / PhD</Item></Section>
              <Section title="Other"><Item key="None">No degree</Item></Section>
            </Picker>)} />
          <Controller control={control} name="school" render={({ field }) => (
            <ComboBox label="School" name="school" items={schools.items} inputValue={schools.filterText} onInputChange={schools.setFilterText}
              loadingState={schools.loadingState} onLoadMore={schools.loadMore} selectedKey={field.value} onSelectionChange={field.onChange}
              description="Start typing to search" flex>
              {(item) => <Item key={item.name}>{item.name}</Item>}
            </ComboBox>)} />
        </Flex>
        <Flex gap="size-200">
          <Controller control={control} name="linkedin" render={({ field }) => (
            <TextField label="LinkedIn URL" name="linkedin" type="url" value={field.value} onChange={field.onChange} flex />)} />
          <Controller control={control} name="website" render={({ field }) => (
            <TextField label="Portfolio or personal website" name="website" type="url" value={field.value} onChange={field.onChange} flex />)} />
        </Flex>

        <Divider size="S" marginTop="size-200" />
        <Heading level={3}>Eligibility and logistics</Heading>
        <Flex gap="size-200">
          <Controller control={control} name="salary" render={({ field }) => (
            <NumberField label="Desired annual salary" name="salary" formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} minValue={0}
              value={field.value ?? NaN} onChange={(n) => field.onChange(Number.isNaN(n) ? null : n)} hideStepper flex />)} />
          <Controller control={control} name="startDate" render={({ field }) => (
            <DatePicker label="Available to start" name="startDate" value={field.value} onChange={field.onChange} isDateUnavailable={(date) => isWeekend(date, 'en-US')}
              description="Weekdays only" flex />)} />
        </Flex>
        <Controller control={control} name="authorized" rules={rule('Please answer')} render={({ field, fieldState }) => (
          <RadioGroup label="Are you legally authorized to work in the United States?" name="authorized" value={field.value} onChange={field.onChange} isRequired {...err(fieldState)}>
            <Radio value="Yes">Yes</Radio>
            <Radio value="No">No</Radio>
          </RadioGroup>)} />
        <Controller control={control} name="sponsorship" rules={rule('Please answer')} render={({ field, fieldState }) => (
          <RadioGroup label="Will you now, or in the future, require sponsorship for employment visa status (e.g. H-1B)?" name="sponsorship" value={field.value} onChange={field.onChange} isRequired {...err(fieldState)}>
            <Radio value="Yes">Yes</Radio>
            <Radio value="No">No</Radio>
          </RadioGroup>)} />
        <Controller control={control} name="hipaa" render={({ field }) => (
          <RadioGroup label="Have you worked with HIPAA-regulated data (PHI)?" name="hipaa" value={field.value} onChange={field.onChange} orientation="horizontal">
            <Radio value="Yes">Yes</Radio>
            <Radio value="No">No</Radio>
          </RadioGroup>)} />
        <Controller control={control} name="shifts" render={({ field }) => (
          <CheckboxGroup label="Which on-call rotations could you join?" name="shifts" value={field.value} onChange={field.onChange} orientation="horizontal">
            <Checkbox value="weekday-evenings">Weekday evenings</Checkbox>
            <Checkbox value="weekends">Weekends</Checkbox>
            <Checkbox value="holidays">Holidays</Checkbox>
          </CheckboxGroup>)} />

        <Divider size="S" marginTop="size-200" />
        <Heading level={3}>Resume and cover letter</Heading>
        <Controller control={control} name="resume" rules={rule('Attach your resume')} render={({ field, fieldState }) => (
          <Flex direction="column" gap="size-100">
            <Text id="hr-resume-label">Resume (PDF or Word)</Text>
            <FileTrigger acceptedFileTypes={['.pdf', '.doc', '.docx']} onSelect={(files) => files && files[0] && field.onChange(files[0].name)}>
              <Button variant="secondary" aria-describedby="hr-resume-label">Upload resume</Button>
            </FileTrigger>
            <Text id="hr-resume-name">{field.value || 'No file chosen'}</Text>
            {fieldState.error ? <Text UNSAFE_style={{ color: '#c9252d' }}>{fieldState.error.message}</Text> : null}
          </Flex>)} />
        <Controller control={control} name="coverLetter" render={({ field }) => (
          <TextArea label="Cover letter" name="coverLetter" description="Optional" value={field.value} onChange={field.onChange} height="size-2000" />)} />
        <Controller control={control} name="onCall" render={({ field }) => (
          <Switch name="onCall" isSelected={field.value} onChange={field.onChange}>Text me about interview scheduling</Switch>)} />
      </Form>
      <pre id="model">{JSON.stringify(model)}</pre>
    </>
  );
}

function Page() {
  const [open, setOpen] = useState(true);
  const [done, setDone] = useState(false);
  return (
    <Provider theme={defaultTheme} colorScheme="light" locale="en-US">
      <View paddingX="size-600" paddingY="size-200" borderBottomWidth="thin" borderColor="gray-300">
        <Flex alignItems="center" gap="size-400">
          <Text UNSAFE_style={{ fontWeight: 800, fontSize: 20, color: '#0d5c63' }}>Halden Ridge Health</Text>
          <Text>Solutions</Text><Text>Research</Text><Text>Careers</Text>
          <View marginStart="auto"><SearchField aria-label="Search jobs" name="q" placeholder="Search jobs" width="size-3000" /></View>
        </Flex>
      </View>
      <View maxWidth="size-6000" marginX="auto" paddingY="size-400">
        <Text>Data Engineering · Remote (US) or Minneapolis, MN</Text>
        <Heading level={1}>Senior Data Engineer, Clinical Data Platform</Heading>
        <Text>We ingest HL7 and FHIR feeds from 140 hospitals and turn them into quality measures our clients report to CMS. You will own the ingestion services, the de-identification layer and the warehouse models. $148,000 – $176,000.</Text>
        <View marginTop="size-300">
          {done ? (
            <div id="hr-submitted"><Heading level={2}>Application submitted</Heading><Text>We will be in touch within two weeks.</Text></div>
          ) : (
            <Button variant="accent" onPress={() => setOpen(true)}>Apply now</Button>
          )}
        </View>
        <View marginTop="size-600" padding="size-200" backgroundColor="gray-100">
          <Text>Get job alerts</Text>
          <Flex gap="size-100"><TextField aria-label="Email for job alerts" name="alertEmail" placeholder="you@example.com" /><Button variant="secondary">Subscribe</Button></Flex>
        </View>
      </View>
      <DialogContainer onDismiss={() => setOpen(false)} type="fullscreenTakeover">
        {open && !done ? (
          <Dialog size="L">
            <Heading>Apply: Senior Data Engineer, Clinical Data Platform</Heading>
            <Divider />
            <Content>
              <Application onDone={() => { setDone(true); setOpen(false); }} />
            </Content>
            <ButtonGroup>
              <Button variant="secondary" onPress={() => setOpen(false)}>Cancel</Button>
              <Button variant="accent" type="submit" form="hr-apply" id="hr-submit">Submit application</Button>
            </ButtonGroup>
          </Dialog>
        ) : null}
      </DialogContainer>
    </Provider>
  );
}

createRoot(document.getElementById('root')).render(<Page />);
