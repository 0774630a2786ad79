/**
 * Another Marrowgate Energy posting (Staff Analytics Engineer, Load Forecasting, Phoenix) on the same
 * MUI and MUI X template, with this requisition's own screening questions: a freeSolo Autocomplete for the current
 * employer (suggestions of well-known companies, any text accepted), an Autocomplete with
 * autoHighlight over every country (world-countries; each option shows flag, name and ISO code), a non-native Select
 * over the 50 states and DC, a "+1" adornment before the phone, RadioGroups laid out in a row,
 * Switches (currently employed, text-message updates), a MUI X DatePicker (YYYY-MM-DD sections),
 * a salary with "$" and "per year" adornments, a "preferred first name" box, veteran status and a
 * consent Checkbox. State is rendered into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Autocomplete, Box, Button, Checkbox, FormControl, FormControlLabel, FormLabel, InputAdornment, InputLabel, MenuItem, Radio, RadioGroup, Select, Switch, TextField, Typography,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ code: country.cca2, label: country.name.common, flag: country.flag })).sort((a, b) => a.label.localeCompare(b.label));
const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois',
  'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
  'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];
const EMPLOYERS = ['Accenture', 'Amazon', 'Deloitte', 'Google', 'IBM', 'Meta', 'Microsoft', 'Oracle', 'Salesforce', 'Snowflake'];
const YEARS = ['Less than 3 years', '3–5 years', '6–9 years', '10 or more years'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'I decline to answer'];

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', preferredName: '', email: '', phone: '', employer: '', title: '', country: null, state: '', city: '', zip: '',
    employed: false, q_eligible_4471: '', q_visa_4472: '', q_years_4475: '', q_license_4478: '', q_oncall_4479: '', startDate: null, salary: '', linkedin: '', smsUpdates: false, veteran: '', consent: false,
  });
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, label, props = {}) => (
    <TextField fullWidth margin="dense" id={`mg-${key}`} name={key} label={label} value={form[key]} onChange={(event) => set(key)(event.target.value)} {...props} />
  );
  const row = (key, label) => (
    <FormControl margin="dense" fullWidth>
      <FormLabel id={`mg-${key}-label`}>{label}</FormLabel>
      <RadioGroup row aria-labelledby={`mg-${key}-label`} name={key} id={`mg-${key}`} value={form[key]} onChange={(event) => set(key)(event.target.value)}>
        <FormControlLabel value="yes" control={<Radio />} label="Yes" />
        <FormControlLabel value="no" control={<Radio />} label="No" />
      </RadioGroup>
    </FormControl>
  );
  if (sent) return <Typography variant="h5" id="mg-done">Application submitted. Thank you for your interest in Marrowgate's Load Forecasting team.</Typography>;
  const model = { ...form, startDate: form.startDate && form.startDate.isValid() ? form.startDate.format('YYYY-MM-DD') : null };
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <Box component="form" id="mg-form" noValidate onSubmit={(event) => { event.preventDefault(); if (form.firstName && form.email && form.consent) setSent(true); }}>
        <Typography variant="h5">Staff Analytics Engineer, Load Forecasting</Typography>
        <Typography variant="body2" color="text.secondary">Marrowgate Energy · Phoenix, AZ (on site at the Grid Operations Center)</Typography>
        {text('firstName', 'Legal first name', { required: true })}
        {text('lastName', 'Legal last name', { required: true })}
        {text('preferredName', 'Preferred first name (if different)')}
        {text('email', 'Email', { required: true, type: 'email' })}
        {text('phone', 'Phone number', { slotProps: { input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } } })}
        <Autocomplete
          freeSolo
          id="mg-employer"
          options={EMPLOYERS}
          inputValue={form.employer}
          onInputChange={(_, value) => set('employer')(value)}
          renderInput={(params) => <TextField {...params} margin="dense" label="Current or most recent employer" />}
        />
        {text('title', 'Current or most recent job title')}
        <Autocomplete
          autoHighlight
          id="mg-country"
          options={COUNTRIES}
          value={form.country ? COUNTRIES.find((country) => country.code === form.country) : null}
          onChange={(_, option) => set('country')(option ? option.code : null)}
          getOptionLabel={(option) => option.label}
          renderOption={(props, option) => {
            const { key, ...rest } = props;
            return <Box component="li" key={key} {...rest}><span aria-hidden="true" style={{ marginRight: 8 }}>{option.flag}</span><span className="mg-country-name">{option.label}</span>&nbsp;({option.code})</Box>;
          }}
          renderInput={(params) => <TextField {...params} margin="dense" label="Country" />}
        />
        <FormControl fullWidth margin="dense">
          <InputLabel id="mg-state-label">State</InputLabel>
          <Select labelId="mg-state-label" id="mg-state" label="State" value={form.state} onChange={(event) => set('state')(event.target.value)}>
            {STATES.map((state) => <MenuItem key={state} value={state}>{state}</MenuItem>)}
          </Select>
        </FormControl>
        {text('city', 'City')}
        {text('zip', 'ZIP code')}
        <FormControlLabel control={<Switch id="mg-employed" checked={form.employed} onChange={(event) => set('employed')(event.target.checked)} />} label="I am currently employed" />
        {row('q_eligible_4471', 'If hired, can you provide proof that you are eligible to work in the U.S.?')}
        {row('q_visa_4472', 'Would you need Marrowgate to sponsor or transfer a visa (e.g. H-1B, TN, O-1) for you to work here?')}
        <FormControl fullWidth margin="dense">
          <InputLabel id="mg-q_years_4475-label">Years of hands-on experience forecasting or modelling time-series data</InputLabel>
          <Select labelId="mg-q_years_4475-label" id="mg-q_years_4475" label="Years of hands-on experience forecasting or modelling time-series data" value={form.q_years_4475} onChange={(event) => set('q_years_4475')(event.target.value)}>
            {YEARS.map((range) => <MenuItem key={range} value={range}>{range}</MenuItem>)}
          </Select>
        </FormControl>
        {row('q_license_4478', 'Do you hold a valid driver’s license? (Field visits to substations are part of the role.)')}
        {row('q_oncall_4479', 'Are you willing to join a one-week-in-six on-call rotation during summer peak?')}
        <Box data-field="startDate" sx={{ my: 1 }}>
          <DatePicker label="When can you start?" format="YYYY-MM-DD" value={form.startDate} onChange={(value) => set('startDate')(value)} slotProps={{ textField: { fullWidth: true, id: 'mg-start-date', name: 'startDate' } }} />
        </Box>
        {text('salary', 'Base salary expectation', {
          slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">per year</InputAdornment> } },
        })}
        {text('linkedin', 'LinkedIn profile URL')}
        <FormControlLabel control={<Switch id="mg-sms" checked={form.smsUpdates} onChange={(event) => set('smsUpdates')(event.target.checked)} />} label="Send me text-message updates about my application" />
        <FormControl fullWidth margin="dense">
          <InputLabel id="mg-veteran-label">Veteran status</InputLabel>
          <Select labelId="mg-veteran-label" id="mg-veteran" label="Veteran status" value={form.veteran} onChange={(event) => set('veteran')(event.target.value)}>
            {VETERAN.map((status) => <MenuItem key={status} value={status}>{status}</MenuItem>)}
          </Select>
        </FormControl>
        <FormControlLabel control={<Checkbox id="mg-consent" checked={form.consent} onChange={(event) => set('consent')(event.target.checked)} />} label="I certify that the information I provided is accurate" />
        <Box sx={{ mt: 2 }}><Button type="submit" variant="contained" id="mg-submit">Submit application</Button></Box>
        <pre id="model">{JSON.stringify(model)}</pre>
      </Box>
    </LocalizationProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
