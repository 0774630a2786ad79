/**
 * Another Cascadia Auto Group posting on the same Hireology-style template (Parts & Inventory Data
 * Analyst): other screening questions. A Hireology-style application for a car dealership group, built with MUI and MUI X: TextFields
 * whose phone and ZIP inputs are masked by react-imask ("(000) 000-0000", "00000"), a non-native
 * Select for the state, two MUI X DatePickers (start date and date of birth) whose fields are
 * sections (role=spinbutton spans) over a hidden input, a Slider for years of experience, an
 * amount with a "$" adornment and a pay-period Select, RadioGroups, a ToggleButtonGroup for
 * shifts, a hidden file input inside a Button, and a Checkbox. State is rendered into
 * <pre id="model">.
 */
import { forwardRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Box, Button, Checkbox, FormControl, FormControlLabel, FormLabel, InputAdornment, InputLabel, MenuItem, Radio, RadioGroup, Select, Slider, TextField, ToggleButton, ToggleButtonGroup, Typography,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { IMaskInput } from 'react-imask';

const MaskedInput = forwardRef(function MaskedInput({ onChange, name, mask, ...other }, ref) {
  return <IMaskInput {...other} mask={mask} inputRef={ref} unmask onAccept={(value) => onChange({ target: { name, value } })} overwrite />;
});

const STATES = ['Idaho', 'California', 'Montana', 'Nevada', 'Oregon', 'Washington'];

function Application() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', city: '', state: '', zip: '', linkedin: '', startDate: null, birthDate: null, years: 0, pay: '', payPeriod: '',
    authorized: '', sponsorship: '', education: '', dms: '', stores: [], referral: '', source: '', resume: '', consent: false,
  });
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key, label, props = {}) => (
    <TextField fullWidth margin="dense" id={`hx-${key}`} name={key} label={label} value={form[key]} onChange={(event) => set(key)(event.target.value)} {...props} />
  );
  if (sent) return <Typography variant="h5" id="hx-done">Thanks for applying! A hiring manager will reach out soon.</Typography>;
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <Box component="form" id="hx-form" noValidate onSubmit={(event) => { event.preventDefault(); if (form.firstName && form.email && form.phone.length === 10 && form.resume && form.consent) setSent(true); }}>
        <Typography variant="h5">Parts & Inventory Data Analyst</Typography>
        <Typography color="text.secondary" gutterBottom>Cascadia Auto Group · Everett, WA · Full-time · $78,000 – $96,000</Typography>
        {text('firstName', 'First Name', { required: true })}
        {text('lastName', 'Last Name', { required: true })}
        {text('email', 'Email', { required: true, type: 'email' })}
        {text('phone', 'Mobile Phone', { required: true, slotProps: { input: { inputComponent: MaskedInput, inputProps: { mask: '(000) 000-0000', name: 'phone' } } } })}
        {text('city', 'City')}
        <FormControl fullWidth margin="dense" data-field="state">
          <InputLabel id="hx-state-label">State</InputLabel>
          <Select labelId="hx-state-label" id="hx-state" label="State" value={form.state} onChange={(event) => set('state')(event.target.value)}>
            {STATES.map((state) => <MenuItem key={state} value={state}>{state}</MenuItem>)}
          </Select>
        </FormControl>
        {text('zip', 'ZIP Code', { slotProps: { input: { inputComponent: MaskedInput, inputProps: { mask: '00000', name: 'zip' } } } })}
        {text('linkedin', 'LinkedIn Profile')}
        <Box data-field="startDate" sx={{ my: 1 }}>
          <DatePicker label="Available start date" value={form.startDate} onChange={(value) => set('startDate')(value)} slotProps={{ textField: { fullWidth: true, id: 'hx-start-date', name: 'startDate' } }} />
        </Box>
        <Box data-field="birthDate" sx={{ my: 1 }}>
          <DatePicker label="Date of Birth (optional)" value={form.birthDate} onChange={(value) => set('birthDate')(value)} slotProps={{ textField: { fullWidth: true, id: 'hx-birth-date', name: 'birthDate' } }} />
        </Box>
        <Box data-field="years" sx={{ my: 2 }}>
          <Typography id="hx-years-label" gutterBottom>Years of experience in data or reporting roles</Typography>
          <Slider aria-labelledby="hx-years-label" name="years" value={form.years} min={0} max={15} step={1} marks valueLabelDisplay="auto" onChange={(_, value) => set('years')(value)} />
        </Box>
        <Box sx={{ display: 'flex', gap: 2 }}>
          {text('pay', 'Desired Pay', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> } } })}
          <FormControl margin="dense" sx={{ minWidth: 160 }} data-field="payPeriod">
            <InputLabel id="hx-period-label">Pay period</InputLabel>
            <Select labelId="hx-period-label" id="hx-period" label="Pay period" value={form.payPeriod} onChange={(event) => set('payPeriod')(event.target.value)}>
              <MenuItem value="hour">Per hour</MenuItem>
              <MenuItem value="year">Per year</MenuItem>
            </Select>
          </FormControl>
        </Box>
        <FormControl margin="dense" data-field="authorized">
          <FormLabel id="hx-auth-label">Can you provide proof of your eligibility to work in the United States?</FormLabel>
          <RadioGroup row aria-labelledby="hx-auth-label" name="authorized" value={form.authorized} onChange={(event) => set('authorized')(event.target.value)}>
            <FormControlLabel value="yes" control={<Radio />} label="Yes" />
            <FormControlLabel value="no" control={<Radio />} label="No" />
          </RadioGroup>
        </FormControl>
        <FormControl margin="dense" data-field="sponsorship">
          <FormLabel id="hx-sponsor-label">Will you require visa sponsorship to work for Cascadia Auto Group?</FormLabel>
          <RadioGroup row aria-labelledby="hx-sponsor-label" name="sponsorship" value={form.sponsorship} onChange={(event) => set('sponsorship')(event.target.value)}>
            <FormControlLabel value="yes" control={<Radio />} label="Yes" />
            <FormControlLabel value="no" control={<Radio />} label="No" />
          </RadioGroup>
        </FormControl>
        <FormControl fullWidth margin="dense" data-field="education">
          <InputLabel id="hx-education-label">Highest level of education</InputLabel>
          <Select labelId="hx-education-label" id="hx-education" label="Highest level of education" value={form.education} onChange={(event) => set('education')(event.target.value)}>
            {['High school or GED', 'Some college', 'Associate degree', "Bachelor's degree", "Master's degree or higher"].map((level) => <MenuItem key={level} value={level}>{level}</MenuItem>)}
          </Select>
        </FormControl>
        <FormControl margin="dense" data-field="dms">
          <FormLabel id="hx-dms-label">Have you worked in a dealer management system (CDK, Reynolds, Dealertrack)?</FormLabel>
          <RadioGroup row aria-labelledby="hx-dms-label" name="dms" value={form.dms} onChange={(event) => set('dms')(event.target.value)}>
            <FormControlLabel value="yes" control={<Radio />} label="Yes" />
            <FormControlLabel value="no" control={<Radio />} label="No" />
          </RadioGroup>
        </FormControl>
        <Box data-field="stores" sx={{ my: 1 }}>
          <Typography id="hx-stores-label">Which stores could you report to?</Typography>
          <ToggleButtonGroup aria-labelledby="hx-stores-label" value={form.stores} onChange={(_, value) => set('stores')(value)} size="small">
            {['Everett', 'Lynnwood', 'Tacoma'].map((store) => <ToggleButton key={store} value={store}>{store}</ToggleButton>)}
          </ToggleButtonGroup>
        </Box>
        {text('referral', 'Referred by a Cascadia employee? Their name')}
        <FormControl fullWidth margin="dense" data-field="source">
          <InputLabel id="hx-source-label">How did you hear about this job?</InputLabel>
          <Select labelId="hx-source-label" id="hx-source" label="How did you hear about this job?" value={form.source} onChange={(event) => set('source')(event.target.value)}>
            {['Indeed', 'ZipRecruiter', 'Cascadia website', 'Friend or family', 'Walk-in', 'Other'].map((source) => <MenuItem key={source} value={source}>{source}</MenuItem>)}
          </Select>
        </FormControl>
        <Box data-field="resume" sx={{ my: 1 }}>
          <Button variant="outlined" component="label">Upload Resume<input hidden type="file" name="resume" accept=".pdf,.doc,.docx" onChange={(event) => set('resume')(event.target.files?.[0]?.name ?? '')} /></Button>
          <Typography component="span" sx={{ ml: 1 }} id="hx-resume-name">{form.resume || 'No file selected'}</Typography>
        </Box>
        <FormControlLabel control={<Checkbox id="hx-consent" checked={form.consent} onChange={(event) => set('consent')(event.target.checked)} />} label="Text me updates about this and other openings at Cascadia Auto Group" />
        <Box><Button type="submit" variant="contained" id="hx-submit">Submit Application</Button></Box>
        <pre id="model">{JSON.stringify({ ...form, startDate: form.startDate?.isValid() ? form.startDate.format('YYYY-MM-DD') : null, birthDate: form.birthDate?.isValid() ? form.birthDate.format('YYYY-MM-DD') : null }, null, 2)}</pre>
      </Box>
    </LocalizationProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
