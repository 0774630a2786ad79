/**
 * Ottervale Mobility careers: a self-built apply page on Joy UI (`@mui/joy`) with plain React
 * state. FormControl + FormLabel around Inputs, a fixed "+1" startDecorator before the phone,
 * Joy Selects (button role=combobox, listbox in a popup) for country (ISO alpha-3 code + long
 * official name), state (postal abbreviations only), degree ladder, salary per year and hourly
 * contract rate; a RadioGroup of year ranges; a Checkbox worded in the negative ("I do not
 * require…"); ToggleButtonGroups (aria-pressed buttons mirrored into hidden inputs) for "currently
 * employed" and the notice period; the current employer and title appear only after "Yes"; travel
 * as a RadioGroup of percentages; a `type=date` start; a file Button with a hidden input. The form
 * state is rendered into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  CssVarsProvider, Box, Button, Checkbox, FormControl, FormHelperText, FormLabel, Input, Option, Radio, RadioGroup, Select,
  Sheet, Stack, Switch, ToggleButtonGroup, Typography,
} from '@mui/joy';

const STATES = ['AL','AK','AZ','AR','CA','CO','CT','DE','DC','FL','GA','HI','ID','IL','IN','IA','KS','KY','LA','ME','MD','MA','MI','MN','MS','MO','MT','NE','NV','NH','NJ','NM','NY','NC','ND','OH','OK','OR','PA','RI','SC','SD','TN','TX','UT','VT','VA','WA','WV','WI','WY'];
const COUNTRIES = [
  ['CAN', 'CAN – Canada'], ['DEU', 'DEU – Federal Republic of Germany'], ['IND', 'IND – Republic of India'], ['MEX', 'MEX – United Mexican States'],
  ['GBR', 'GBR – United Kingdom of Great Britain and Northern Ireland'], ['USA', 'USA – United States of America'], ['UMI', 'UMI – United States Minor Outlying Islands'],
];
const DEGREES = [
  ['secondary', 'Secondary school'], ['associate', 'Associate'], ['baccalaureate', 'Baccalaureate (BA/BS)'],
  ['postgrad', 'Post-graduate (MA/MS/MBA)'], ['doctorate', 'Doctorate / Professional (PhD, MD, JD)'],
];
const YEARS = ['Under 1 year', '1 – under 3 years', '3 – under 5 years', '5 – under 10 years', '10 years +'];
const SALARY = ['Up to $130k / yr', '$130k–$149k / yr', '$150k–$169k / yr', '$170k+ / yr'];
const HOURLY = ['$55–$64 / hr', '$65–$74 / hr', '$75–$84 / hr', '$85+ / hr'];
const NOTICE = ['Immediately', '2 weeks', '1 month', '2+ months'];
const TRAVEL = ['0%', 'Up to 25%', 'Up to 50%', 'Up to 75%', '100%'];

function Field({ name, label, required, helper, children }) {
  return (
    <FormControl required={required} data-name={name}>
      <FormLabel>{label}</FormLabel>
      {children}
      {helper ? <FormHelperText>{helper}</FormHelperText> : null}
    </FormControl>
  );
}

function Toggle({ name, label, options, value, onChange, required }) {
  return (
    <FormControl required={required} data-name={name}>
      <FormLabel id={`${name}-label`}>{label}</FormLabel>
      <ToggleButtonGroup aria-labelledby={`${name}-label`} value={value} onChange={(_, v) => onChange(v)}>
        {options.map((o) => <Button key={o} value={o}>{o}</Button>)}
      </ToggleButtonGroup>
      <input type="hidden" name={name} value={value ?? ''} />
    </FormControl>
  );
}

function App() {
  const [f, setF] = useState({
    firstName: '', lastName: '', email: '', phone: '', country: null, state: null, years: '', degree: null,
    authorized: '', noSponsorship: false, employed: null, currentEmployer: '', currentTitle: '', salary: null, hourly: null,
    notice: null, travel: '', startDate: '', resume: '', privacy: false, jobAlerts: false,
  });
  const [sent, setSent] = useState(false);
  const set = (k) => (v) => setF((s) => ({ ...s, [k]: v }));
  const onText = (k) => (e) => set(k)(e.target.value);
  useEffect(() => {
    document.getElementById('model').textContent = JSON.stringify(f, null, 2);
  }, [f]);
  const submit = (e) => {
    e.preventDefault();
    const need = ['firstName', 'lastName', 'email', 'country', 'years', 'degree', 'authorized', 'employed', 'salary', 'resume'];
    if (f.employed === 'Yes') need.push('currentEmployer');
    if (need.some((k) => !f[k]) || !f.privacy) { document.getElementById('form-error').hidden = false; return; }
    setSent(true);
  };
  if (sent) return <Sheet sx={{ p: 4 }} id="sent"><Typography level="h3">Thanks, {f.firstName}! Your application is in.</Typography></Sheet>;
  return (
    <CssVarsProvider>
      <Box component="header" sx={{ px: 4, py: 2, borderBottom: '1px solid', borderColor: 'neutral.outlinedBorder', display: 'flex', justifyContent: 'space-between' }}>
        <Typography level="title-lg">Ottervale Mobility</Typography>
        <Typography level="body-sm">Careers</Typography>
      </Box>
      <Sheet sx={{ maxWidth: 720, mx: 'auto', my: 3, p: 4, borderRadius: 'md' }} variant="outlined">
        <Typography level="h2">Senior Data Engineer, Fleet Telematics</Typography>
        <Typography level="body-sm" sx={{ mb: 3 }}>San Francisco, CA · Hybrid · Full-time · Req OM-2291</Typography>
        <form id="apply" noValidate onSubmit={submit}>
          <Stack spacing={2.5}>
            <Typography level="title-md">About you</Typography>
            <Stack direction="row" spacing={2}>
              <Field name="firstName" label="First name" required><Input name="firstName" value={f.firstName} onChange={onText('firstName')} /></Field>
              <Field name="lastName" label="Last name" required><Input name="lastName" value={f.lastName} onChange={onText('lastName')} /></Field>
            </Stack>
            <Field name="email" label="Email" required><Input name="email" type="email" value={f.email} onChange={onText('email')} /></Field>
            <Field name="phone" label="Mobile number">
              <Input name="phone" type="tel" startDecorator={<span>+1</span>} placeholder="415 555 0100" value={f.phone} onChange={onText('phone')} />
            </Field>
            <Field name="country" label="Country of residence" required>
              <Select name="country" placeholder="Choose a country" value={f.country} onChange={(_, v) => set('country')(v)}>
                {COUNTRIES.map(([v, t]) => <Option key={v} value={v}>{t}</Option>)}
              </Select>
            </Field>
            <Field name="state" label="State" helper="U.S. residents only">
              <Select name="state" placeholder="—" value={f.state} onChange={(_, v) => set('state')(v)}>
                {STATES.map((s) => <Option key={s} value={s}>{s}</Option>)}
              </Select>
            </Field>

            <Typography level="title-md">Experience</Typography>
            <FormControl required data-name="years">
              <FormLabel id="years-label">Total years of professional experience as a data or software engineer</FormLabel>
              <RadioGroup name="years" aria-labelledby="years-label" value={f.years} onChange={onText('years')}>
                {YEARS.map((y) => <Radio key={y} value={y} label={y} />)}
              </RadioGroup>
            </FormControl>
            <Field name="degree" label="Highest degree earned" required>
              <Select name="degree" placeholder="Select a degree" value={f.degree} onChange={(_, v) => set('degree')(v)}>
                {DEGREES.map(([v, t]) => <Option key={v} value={v}>{t}</Option>)}
              </Select>
            </Field>
            <Toggle name="employed" label="Are you currently employed?" required options={['Yes', 'No']} value={f.employed} onChange={set('employed')} />
            <Box hidden={f.employed !== 'Yes'} data-followup="employed">
              <Stack spacing={2} sx={{ pl: 2, borderLeft: '3px solid', borderColor: 'primary.300' }}>
                <Field name="currentEmployer" label="Current employer" required><Input name="currentEmployer" value={f.currentEmployer} onChange={onText('currentEmployer')} /></Field>
                <Field name="currentTitle" label="Current title"><Input name="currentTitle" value={f.currentTitle} onChange={onText('currentTitle')} /></Field>
                <Toggle name="notice" label="Notice period" options={NOTICE} value={f.notice} onChange={set('notice')} />
              </Stack>
            </Box>

            <Typography level="title-md">Eligibility</Typography>
            <FormControl required data-name="authorized">
              <FormLabel id="authorized-label">Are you legally authorized to work in the United States?</FormLabel>
              <RadioGroup name="authorized" orientation="horizontal" aria-labelledby="authorized-label" value={f.authorized} onChange={onText('authorized')}>
                <Radio value="yes" label="Yes" />
                <Radio value="no" label="No" />
              </RadioGroup>
            </FormControl>
            <Checkbox name="noSponsorship" label="I do not require visa sponsorship now or in the future" checked={f.noSponsorship} onChange={(e) => set('noSponsorship')(e.target.checked)} />

            <Typography level="title-md">Compensation and availability</Typography>
            <Field name="salary" label="Base salary expectation" required>
              <Select name="salary" placeholder="Select a range" value={f.salary} onChange={(_, v) => set('salary')(v)}>
                {SALARY.map((s) => <Option key={s} value={s}>{s}</Option>)}
              </Select>
            </Field>
            <Field name="hourly" label="The first three months are a paid contract. What hourly rate do you expect for that period?">
              <Select name="hourly" placeholder="Select a rate" value={f.hourly} onChange={(_, v) => set('hourly')(v)}>
                {HOURLY.map((s) => <Option key={s} value={s}>{s}</Option>)}
              </Select>
            </Field>
            <FormControl data-name="travel">
              <FormLabel id="travel-label">How much are you willing to travel to our depots?</FormLabel>
              <RadioGroup name="travel" orientation="horizontal" aria-labelledby="travel-label" value={f.travel} onChange={onText('travel')}>
                {TRAVEL.map((t) => <Radio key={t} value={t} label={t} />)}
              </RadioGroup>
            </FormControl>
            <Field name="startDate" label="Earliest start date"><Input name="startDate" type="date" value={f.startDate} onChange={onText('startDate')} /></Field>
            <FormControl required data-name="resume">
              <FormLabel>Resume</FormLabel>
              <Button component="label" variant="outlined" color="neutral" sx={{ alignSelf: 'flex-start' }}>
                {f.resume || 'Upload resume'}
                <input type="file" name="resume" accept=".pdf,.doc,.docx" style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }} onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? '')} />
              </Button>
            </FormControl>
            <Checkbox name="privacy" label="I agree to Ottervale's applicant privacy notice" checked={f.privacy} onChange={(e) => set('privacy')(e.target.checked)} />
            <Box data-name="jobAlerts">
              <Switch checked={f.jobAlerts} onChange={(e) => set('jobAlerts')(e.target.checked)} endDecorator="Email me new data jobs at Ottervale" slotProps={{ input: { 'aria-label': 'Email me new data jobs at Ottervale', name: 'jobAlerts' } }} />
            </Box>
            <Typography id="form-error" color="danger" hidden>Please answer the required questions.</Typography>
            <Button type="submit" id="submit-application" sx={{ alignSelf: 'flex-start' }}>Submit application</Button>
          </Stack>
        </form>
      </Sheet>
    </CssVarsProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
