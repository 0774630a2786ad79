// A design-tools company's careers page on React Spectrum (v3): Form with native validation,
// Picker, async ComboBox (useAsyncList), NumberField, DatePicker, RadioGroup, DropZone + FileTrigger.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import {
  Provider, defaultTheme, Form, TextField, TextArea, Picker, Item, ComboBox, NumberField, DatePicker, RadioGroup, Radio,
  Checkbox, Switch, DropZone, FileTrigger, Button, Text, Heading, Content, SearchField, Flex, Divider, useAsyncList,
} from '@adobe/react-spectrum';

const CITIES = ['San Francisco, CA', 'South San Francisco, CA', 'San Fernando, CA', 'San Jose, CA', 'Santa Monica, CA', 'Los Angeles, CA', 'Seattle, WA', 'Portland, OR', 'Brooklyn, NY', 'Austin, TX', 'Denver, CO', 'Lehi, UT'];
const COUNTRIES = ['Canada', 'Germany', 'India', 'Japan', 'United Kingdom', 'United States', 'Uruguay'];
const DEGREES = ['High school', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate', 'Other / no degree'];

function App() {
  const [v, setV] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', country: null, linkedin: '', portfolio: '', portfolioPassword: '',
    employer: '', title: '', years: null, salary: null, startDate: null, degree: null, workAuth: '', sponsorship: '',
    resume: '', coverLetter: '', contract: false, consent: false, favoriteTool: '',
  });
  const [done, setDone] = useState(false);
  const set = (k) => (value) => setV((o) => ({ ...o, [k]: value }));
  const cities = useAsyncList({
    async load({ filterText, signal }) {
      await new Promise((r) => setTimeout(r, 250));
      if (signal.aborted) return { items: [] };
      const q = (filterText ?? '').toLowerCase();
      return { items: q.length < 2 ? [] : CITIES.filter((c) => c.toLowerCase().includes(q)).map((name) => ({ name })) };
    },
  });
  const model = { ...v, startDate: v.startDate ? v.startDate.toString() : null };
  if (done) return <div id="applied" className="pg-done"><Heading level={2}>You're all set</Heading><Text>We received your application for Senior Data Engineer.</Text><pre id="model">{JSON.stringify(model, null, 1)}</pre></div>;

  return (
    <>
      <Form id="pg-apply" aria-label="Application" validationBehavior="native" maxWidth="size-6000" onSubmit={(e) => { e.preventDefault(); setDone(true); }}>
        <Heading level={3}>Personal details</Heading>
        <Flex gap="size-200">
          <TextField label="First name" name="firstName" isRequired value={v.firstName} onChange={set('firstName')} flex />
          <TextField label="Last name" name="lastName" isRequired value={v.lastName} onChange={set('lastName')} flex />
        </Flex>
        <TextField label="Email" name="email" type="email" isRequired value={v.email} onChange={set('email')} />
        <TextField label="Phone" name="phone" type="tel" isRequired description="Format: 555-555-5555" value={v.phone} onChange={set('phone')}
          validate={(val) => (val && !/^\d{3}-\d{3}-\d{4}$/.test(val) ? 'Use the format 555-555-5555.' : null)} />
        <ComboBox label="City" name="city" allowsCustomValue={false} isRequired items={cities.items} inputValue={cities.filterText} onInputChange={cities.setFilterText}
          loadingState={cities.loadingState} selectedKey={v.city || null} onSelectionChange={(k) => set('city')(k ?? '')} description="Start typing and pick your city">
          {(item) => <Item key={item.name}>{item.name}</Item>}
        </ComboBox>
        <Picker label="Country" name="country" isRequired placeholder="Select a country" selectedKey={v.country} onSelectionChange={set('country')}>
          {COUNTRIES.map((c) => <Item key={c}>{c}</Item>)}
        </Picker>
        <TextField label="LinkedIn" name="linkedin" type="url" value={v.linkedin} onChange={set('linkedin')} />
        <Flex gap="size-200">
          <TextField label="Portfolio URL" name="portfolio" type="url" isRequired value={v.portfolio} onChange={set('portfolio')} flex description="Dribbble, Behance, GitHub or your own site" />
          <TextField label="Portfolio password" name="portfolioPassword" value={v.portfolioPassword} onChange={set('portfolioPassword')} flex description="If your portfolio is protected" />
        </Flex>

        <Divider size="S" marginTop="size-200" />
        <Heading level={3}>Experience</Heading>
        <Flex gap="size-200">
          <TextField label="Current company" name="employer" value={v.employer} onChange={set('employer')} flex />
          <TextField label="Current role" name="title" value={v.title} onChange={set('title')} flex />
        </Flex>
        <Flex gap="size-200">
          <NumberField label="Years of experience" name="years" minValue={0} maxValue={50} value={v.years ?? NaN} onChange={(n) => set('years')(Number.isNaN(n) ? null : n)} flex />
          <Picker label="Highest education" name="degree" placeholder="Select" selectedKey={v.degree} onSelectionChange={set('degree')} flex>
            {DEGREES.map((d) => <Item key={d}>{d}</Item>)}
          </Picker>
        </Flex>
        <div className="pg-field" id="resume-field">
          <DropZone maxWidth="size-6000" onDrop={async (e) => { const f = e.items.find((i) => i.kind === 'file'); if (f) set('resume')(f.name); }} getDropOperation={() => 'copy'}>
            <Heading level={4}>{v.resume ? `Resume: ${v.resume}` : 'Resume (required)'}</Heading>
            <Content>
              <FileTrigger acceptedFileTypes={['application/pdf', '.pdf', '.docx']} onSelect={(files) => { const f = files && files[0]; if (f) set('resume')(f.name); }}>
                <Button variant="secondary">Choose file</Button>
              </FileTrigger>
              <Text slot="description">or drop a PDF or DOCX here</Text>
            </Content>
          </DropZone>
        </div>
        <TextArea label="Cover letter" name="coverLetter" value={v.coverLetter} onChange={set('coverLetter')} height="size-2000" />
        <TextField label="Which design tool do you wish had a better data model, and why?" name="favoriteTool" value={v.favoriteTool} onChange={set('favoriteTool')} />

        <Divider size="S" marginTop="size-200" />
        <Heading level={3}>Logistics</Heading>
        <Flex gap="size-200">
          <NumberField label="Salary expectation" name="salary" minValue={0} step={1000} formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} value={v.salary ?? NaN} onChange={(n) => set('salary')(Number.isNaN(n) ? null : n)} flex description="Annual base, USD" />
          <DatePicker label="Earliest start date" name="startDate" value={v.startDate} onChange={set('startDate')} flex />
        </Flex>
        <RadioGroup label="Are you authorized to work in the US?" name="workAuth" isRequired orientation="horizontal" value={v.workAuth} onChange={set('workAuth')}>
          <Radio value="yes">Yes</Radio>
          <Radio value="no">No</Radio>
        </RadioGroup>
        <RadioGroup label="Will you now or in the future require sponsorship?" name="sponsorship" isRequired orientation="horizontal" value={v.sponsorship} onChange={set('sponsorship')}>
          <Radio value="yes">Yes</Radio>
          <Radio value="no">No</Radio>
        </RadioGroup>
        <Switch name="contract" isSelected={v.contract} onChange={set('contract')}>I'm also open to contract-to-hire</Switch>
        <Checkbox name="consent" isRequired isSelected={v.consent} onChange={set('consent')}>I consent to Pixelgrove processing my data for recruiting</Checkbox>
        <Flex marginTop="size-200"><Button type="submit" variant="accent" id="pg-submit">Submit application</Button></Flex>
      </Form>
      <pre id="model">{JSON.stringify(model, null, 1)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Provider theme={defaultTheme} colorScheme="light" locale="en-US"><App /></Provider>);

createRoot(document.getElementById('search-root')).render(
  <Provider theme={defaultTheme} colorScheme="dark" locale="en-US"><SearchField aria-label="Search Pixelgrove" name="q" width="size-3600" id="site-search" placeholder="Search tutorials, plugins, jobs" /></Provider>,
);
