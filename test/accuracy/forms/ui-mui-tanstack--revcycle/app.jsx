/*
 * Larchmere Health careers, another posting (revenue-cycle analytics) of ui-mui-tanstack: a React 19 page on MUI 9 whose values live in TanStack Form. MUI
 * Autocomplete freeSolo grouped by state (home city, stored as typed), grouped Autocomplete
 * (country by region), freeSolo Autocomplete with suggestions (job title), TextField select
 * (non-native Select: state, degree, sponsorship, EEO), MUI X DatePicker v9 (sections over a
 * hidden input), RadioGroups with sentence answers, Autocomplete multiple with chips (left alone),
 * "+1" and "$" adornments, a hidden file input in a Button, a talent-community Switch, header
 * InputBase search. Values rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm } from '@tanstack/react-form';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, Chip, Container, CssBaseline, Divider, FormControl, FormControlLabel,
  FormHelperText, FormLabel, InputAdornment, InputBase, MenuItem, Paper, Radio, RadioGroup, Stack, Switch, TextField, Toolbar, Typography,
} from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import countries from 'world-countries';

const CITIES = [
  ['Arizona', ['Phoenix', 'Scottsdale', 'Tucson']],
  ['California', ['Fresno', 'Los Angeles', 'Oakland', 'Sacramento', 'San Diego', 'San Francisco', 'San Jose', 'South San Francisco']],
  ['Oregon', ['Eugene', 'Portland', 'Salem']],
  ['Washington', ['Seattle', 'Spokane', 'Tacoma']],
].flatMap(([state, cities]) => cities.map((city) => ({ state, city })));
const COUNTRIES = countries.map((c) => ({ name: c.name.common, region: c.region || 'Other' }))
  .sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name));
const TITLES = ['Data Analyst', 'Data Engineer', 'Senior Data Analyst', 'Senior Data Engineer', 'Staff Data Engineer', 'Analytics Engineer', 'Data Architect', 'BI Developer'];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Not in the US'];
const DEGREES = [['hs', 'High school or equivalent'], ['assoc', "Associate's (AA, AS)"], ['bach', "Bachelor's (BA, BS)"], ['mast', "Master's (MA, MS, MPH)"], ['doc', 'Doctorate (PhD, MD, DrPH)']];
const SKILLS = ['Epic Resolute', 'Clarity', '835/837 EDI', 'Snowflake', 'dbt', 'Looker', 'Tableau', 'Python', 'SQL'];
const HEARD = ['Larchmere careers site', 'LinkedIn', 'Glassdoor', 'HFMA job board', 'A Larchmere employee', 'Other'];
const GENDER = ['Woman', 'Man', 'Non-binary', 'I prefer not to answer'];

function Section({ children }) {
  return <Typography variant="overline" component="h2" sx={{ mt: 3, display: 'block', color: '#3949ab' }}>{children}</Typography>;
}

function Mirror({ values }) {
  document.getElementById('model').textContent = JSON.stringify({ ...values, startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null }, null, 2);
  return null;
}

function Application() {
  const [sent, setSent] = useState(false);
  const form = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', city: '', state: '', zip: '', country: null, title: '', employer: '',
      years: '', degree: '', startDate: null, salary: '', q_employed: '', q_eligible: '', q_visa: '', skills: [], q_remit: '', q_phx: false,
      resume: null, coverLetter: '', heard: '', gender: '', disability: '', consent: false, community: false,
    },
    onSubmit: () => setSent(true),
  });
  const req = { onSubmit: ({ value }) => (!value ? 'Required' : undefined) };
  const F = (name, render, validators) => <form.Field name={name} validators={validators}>{(f) => render(f)}</form.Field>;
  const tf = (name, label, extra = {}) => F(name, (f) => (
    <TextField fullWidth margin="dense" id={`tw-${name}`} name={name} label={label} value={f.state.value}
      onChange={(e) => f.handleChange(e.target.value)} onBlur={f.handleBlur}
      error={f.state.meta.errors.length > 0} helperText={f.state.meta.errors[0] ?? extra.helperText} {...extra} />
  ), extra.required ? req : undefined);
  const select = (name, label, options, extra = {}) => F(name, (f) => (
    <TextField select fullWidth margin="dense" id={`tw-${name}`} label={label} value={f.state.value} onChange={(e) => f.handleChange(e.target.value)} {...extra}>
      {options.map((o) => (Array.isArray(o) ? <MenuItem key={o[0]} value={o[0]}>{o[1]}</MenuItem> : <MenuItem key={o} value={o}>{o}</MenuItem>))}
    </TextField>
  ));
  const radios = (name, label, options) => F(name, (f) => (
    <FormControl margin="dense" id={`tw-${name}`} component="fieldset" sx={{ display: 'block' }}>
      <FormLabel component="legend">{label}</FormLabel>
      <RadioGroup name={name} value={f.state.value} onChange={(e) => f.handleChange(e.target.value)}>
        {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
      </RadioGroup>
    </FormControl>
  ));
  if (sent) return <Typography id="tw-sent" sx={{ color: 'success.main', fontWeight: 600 }}>Thank you — your application has been submitted. A recruiter will be in touch.</Typography>;
  return (
    <form id="tw-form" noValidate onSubmit={(e) => { e.preventDefault(); form.handleSubmit(); }}>
      <Typography variant="h4" component="h1">Analytics Engineer, Revenue Cycle</Typography>
      <Typography color="text.secondary">Larchmere Health · Phoenix, AZ or remote in AZ, CA, OR, WA · Full-time</Typography>
      <Typography sx={{ mt: 1 }}>Every claim our 14 hospitals send leaves a trail of charges, denials and remittances. You will model that trail so our revenue-cycle team can see where payments stall.</Typography>

      <Section>Personal information</Section>
      <Stack direction="row" spacing={2}>{tf('firstName', 'First name', { required: true })}{tf('lastName', 'Last name', { required: true })}</Stack>
      {tf('email', 'Email', { required: true, type: 'email' })}
      {tf('phone', 'Phone number', { slotProps: { input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } }, helperText: '10 digits, no country code' })}
      {F('city', (f) => (
        <Autocomplete freeSolo id="tw-city" options={CITIES} groupBy={(o) => o.state} getOptionLabel={(o) => (typeof o === 'string' ? o : o.city)}
          inputValue={f.state.value} onInputChange={(_, v) => f.handleChange(v)}
          renderInput={(params) => <TextField {...params} margin="dense" label="City" helperText="Choose a suggestion or type your city" />} />
      ))}
      <Stack direction="row" spacing={2}>
        {select('state', 'State', STATES)}
        {tf('zip', 'ZIP code')}
      </Stack>
      {F('country', (f) => (
        <Autocomplete id="tw-country" options={COUNTRIES} groupBy={(o) => o.region} getOptionLabel={(o) => o.name}
          value={COUNTRIES.find((c) => c.name === f.state.value) ?? null} onChange={(_, v) => f.handleChange(v ? v.name : null)}
          isOptionEqualToValue={(a, b) => a.name === b.name}
          renderInput={(params) => <TextField {...params} margin="dense" label="Country" />} />
      ))}

      <Section>Experience</Section>
      {F('title', (f) => (
        <Autocomplete freeSolo id="tw-title" options={TITLES} inputValue={f.state.value} onInputChange={(_, v) => f.handleChange(v)}
          renderInput={(params) => <TextField {...params} margin="dense" label="Current job title" />} />
      ))}
      {tf('employer', 'Current employer')}
      {radios('years', 'Years of experience in analytics or data engineering', ['Under 2', '2–5', '6–9', '10 or more'])}
      {select('degree', 'Highest degree earned', DEGREES)}
      {F('skills', (f) => (
        <Autocomplete multiple freeSolo id="tw-skills" options={SKILLS} value={f.state.value} onChange={(_, v) => f.handleChange(v)}
          renderValue={(value, getItemProps) => value.map((option, index) => <Chip label={option} size="small" {...getItemProps({ index })} key={option} />)}
          renderInput={(params) => <TextField {...params} margin="dense" label="Technical skills" placeholder="Add a skill" />} />
      ))}
      {F('resume', (f) => (
        <Box sx={{ my: 1.5 }}>
          <FormLabel sx={{ display: 'block', mb: 0.5 }}>Resume *</FormLabel>
          <Button variant="outlined" component="label">Upload resume
            <input id="tw-resume" name="resume" type="file" hidden accept=".pdf,.docx" onChange={(e) => f.handleChange(e.target.files?.[0]?.name ?? null)} />
          </Button>
          <Typography component="span" sx={{ ml: 1.5 }} color="text.secondary">{f.state.value ?? 'No file chosen'}</Typography>
        </Box>
      ))}
      {tf('coverLetter', 'Cover letter', { multiline: true, minRows: 4, helperText: 'Optional, but we read every one.' })}

      <Section>Eligibility</Section>
      {radios('q_employed', 'Are you currently employed?', ['Yes', 'No'])}
      {select('q_eligible', 'Are you eligible to work in the U.S. without restriction?', ['Yes', 'No'])}
      {radios('q_visa', 'Will you require Larchmere to sponsor a work visa, now or in the future?', ['I will need sponsorship', 'I will not need sponsorship'])}
      <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
        {F('startDate', (f) => (
          <Box data-field="startDate" sx={{ flex: 1 }}>
            <DatePicker label="Earliest start date" format="MM/DD/YYYY" value={f.state.value} onChange={(v) => f.handleChange(v)}
              slotProps={{ textField: { id: 'tw-startDate', name: 'startDate', fullWidth: true, margin: 'dense' } }} />
          </Box>
        ))}
        {tf('salary', 'Desired salary', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">per year</InputAdornment> } } })}
      </Stack>

      <Section>Role questions</Section>
      {radios('q_remit', 'Have you worked with 835 remittance or denial data?', ['Yes, I have built models on it', 'I have queried it', 'No'])}
      {F('q_phx', (f) => <FormControlLabel control={<Checkbox id="tw-q_phx" checked={f.state.value} onChange={(e) => f.handleChange(e.target.checked)} />} label="I can be in Phoenix for a planning week once a quarter (travel paid)" />)}
      {select('heard', 'Where did you see this job?', HEARD)}

      <Section>Voluntary self-identification</Section>
      {select('gender', 'Gender', GENDER)}
      {radios('disability', 'Do you have a disability?', ['Yes, I have a disability', 'No, I do not have a disability', 'I do not want to answer'])}

      <Divider sx={{ my: 2 }} />
      {F('consent', (f) => (
        <FormControl error={f.state.meta.errors.length > 0}>
          <FormControlLabel control={<Checkbox id="tw-consent" checked={f.state.value} onChange={(e) => f.handleChange(e.target.checked)} />} label="I certify that the information I have provided is true and complete." />
          {f.state.meta.errors.length > 0 && <FormHelperText>Please confirm</FormHelperText>}
        </FormControl>
      ), { onSubmit: ({ value }) => (value ? undefined : 'Required') })}
      {F('community', (f) => <FormControlLabel sx={{ display: 'flex' }} control={<Switch id="tw-community" checked={f.state.value} onChange={(e) => f.handleChange(e.target.checked)} />} label="Join the Larchmere talent community for future openings" />)}
      <Button id="tw-submit" type="submit" variant="contained" size="large" sx={{ mt: 2 }}>Submit application</Button>
      <form.Subscribe selector={(s) => s.values}>{(values) => <Mirror values={values} />}</form.Subscribe>
    </form>
  );
}

createRoot(document.getElementById('root')).render(
  <LocalizationProvider dateAdapter={AdapterDayjs}>
    <CssBaseline />
    <AppBar position="static" sx={{ background: '#283593' }}>
      <Toolbar>
        <Typography variant="h6" sx={{ flexGrow: 1 }}>Larchmere Health Careers</Typography>
        <Paper sx={{ px: 1 }}><InputBase id="tw-search" placeholder="Search jobs" inputProps={{ 'aria-label': 'search jobs' }} /></Paper>
      </Toolbar>
    </AppBar>
    <Container maxWidth="md"><Paper sx={{ p: 4, my: 3 }}><Application /></Paper></Container>
  </LocalizationProvider>,
);
