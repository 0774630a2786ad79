/*
 * Nilgiri Payments (Bengaluru) careers page on its own React + MUI 9 site, the way Indian
 * product companies build the apply step: Salutation TextField select, first / middle / last
 * name, a dial-code TextField select preset "+91 India" ("+1 Canada" before "+1 USA") beside a
 * maxlength-10 mobile, date of birth and joining date as MUI X DatePickers with the plain-input
 * field (format DD/MM/YYYY, enableAccessibleFieldDOMStructure off), gender RadioGroup,
 * nationality select, PIN code, an Indian-state Autocomplete ending in "Outside India", total
 * experience as Years + Months selects, current / expected CTC in lakhs per annum, notice-period
 * ToggleButtonGroup, an Indian degree list, languages Autocomplete (multiple), PAN, relocation
 * radios, the MUI docs' hidden file input in a Button, WhatsApp and privacy consents, header
 * search + employee-referral login, footer newsletter. State is rendered into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, Container, FormControl, FormControlLabel, FormLabel, InputAdornment, InputBase,
  MenuItem, Radio, RadioGroup, Stack, TextField, ToggleButton, ToggleButtonGroup, Toolbar, Typography, styled,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import 'dayjs/locale/en-gb';
import countries from 'world-countries';

const DIAL = [
  { value: 'IN', label: '+91 India' }, { value: 'AE', label: '+971 UAE' }, { value: 'SG', label: '+65 Singapore' }, { value: 'GB', label: '+44 UK' },
  { value: 'CA', label: '+1 Canada' }, { value: 'US', label: '+1 USA' }, { value: 'AU', label: '+61 Australia' },
];
const STATES = ['Andhra Pradesh', 'Assam', 'Bihar', 'Delhi', 'Goa', 'Gujarat', 'Haryana', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra',
  'Odisha', 'Punjab', 'Rajasthan', 'Tamil Nadu', 'Telangana', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal', 'Outside India'];
const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const LANGS = ['English', 'Hindi', 'Kannada', 'Tamil', 'Telugu', 'Malayalam', 'Marathi', 'Bengali', 'French', 'German', 'Spanish'];
const VisuallyHiddenInput = styled('input')({
  clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', bottom: 0, left: 0, whiteSpace: 'nowrap', width: 1,
});

export function renderNilgiri(cfg) {
  const initial = {
    salutation: '', firstName: '', middleName: '', lastName: '', email: '', dialCode: 'IN', mobile: '', dob: null, gender: '', nationality: '',
    address: '', city: '', state: null, country: 'India', pincode: '', expYears: '', expMonths: '', employer: '', designation: '',
    currentCtc: '', expectedCtc: '', notice: null, joiningDate: null, qualification: '', college: '', languages: [], pan: '',
    relocate: '', linkedin: '', resume: null, whatsapp: false, consent: false,
  };
  for (const q of cfg.questions) initial[q.id] = q.kind === 'toggle' ? null : '';

  function App() {
    const [v, setV] = useState(initial);
    const [sent, setSent] = useState(false);
    const set = (k) => (val) => setV((s) => ({ ...s, [k]: val }));
    useEffect(() => {
      const d = (x) => (x && x.isValid() ? x.format('YYYY-MM-DD') : null);
      document.getElementById('model').textContent = JSON.stringify({ ...v, dob: d(v.dob), joiningDate: d(v.joiningDate), resume: v.resume ? v.resume.name : null }, null, 2);
    }, [v]);
    if (sent) return <Container maxWidth="md"><Typography id="application-submitted" variant="h5" sx={{ my: 6 }}>Thank you! Your application has been submitted.</Typography></Container>;
    const tf = (name, label, extra = {}) => (
      <TextField id={name} name={name} label={label} value={v[name]} onChange={(e) => set(name)(e.target.value)} fullWidth margin="normal" {...extra} />
    );
    const sel = (name, label, options, extra = {}) => (
      <TextField select id={name} name={name} label={label} value={v[name]} onChange={(e) => set(name)(e.target.value)} fullWidth margin="normal" {...extra}>
        {options.map((o) => <MenuItem key={o.value ?? o} value={o.value ?? o}>{o.label ?? o}</MenuItem>)}
      </TextField>
    );
    const radios = (name, label, options) => (
      <FormControl sx={{ my: 1.5, display: 'block' }} data-field={name}>
        <FormLabel id={`${name}-label`}>{label}</FormLabel>
        <RadioGroup row aria-labelledby={`${name}-label`} name={name} value={v[name]} onChange={(e) => set(name)(e.target.value)}>
          {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
        </RadioGroup>
      </FormControl>
    );
    const toggle = (name, label, options) => (
      <Box data-field={name} sx={{ my: 2 }}>
        <Typography id={`${name}-label`} sx={{ mb: 1 }}>{label}</Typography>
        <ToggleButtonGroup exclusive color="primary" size="small" aria-labelledby={`${name}-label`} value={v[name]} onChange={(e, x) => set(name)(x)}>
          {options.map((o) => <ToggleButton key={o} value={o} sx={{ textTransform: 'none' }}>{o}</ToggleButton>)}
        </ToggleButtonGroup>
      </Box>
    );
    const date = (name, label, helper) => (
      <Box data-field={name} sx={{ flex: 1 }}>
        <DatePicker label={label} format="DD/MM/YYYY" value={v[name]} onChange={set(name)} enableAccessibleFieldDOMStructure={false}
          slotProps={{ textField: { id: name, name, fullWidth: true, margin: 'normal', helperText: helper } }} />
      </Box>
    );
    const Q = (q) => {
      if (q.kind === 'toggle') return <div key={q.id}>{toggle(q.id, q.label, q.options)}</div>;
      if (q.kind === 'radio') return <div key={q.id}>{radios(q.id, q.label, q.options)}</div>;
      if (q.kind === 'select') return <div key={q.id}>{sel(q.id, q.label, q.options)}</div>;
      return <div key={q.id}>{tf(q.id, q.label, { multiline: !!q.long, minRows: q.long ? 3 : undefined, helperText: q.help })}</div>;
    };
    return (
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="en-gb">
        <AppBar position="static" color="default" elevation={0}>
          <Toolbar sx={{ gap: 2 }}>
            <Typography variant="h6" sx={{ flexGrow: 1 }}>nilgiri <b>careers</b></Typography>
            <InputBase id="job-search" placeholder="Search by skill or role" inputProps={{ 'aria-label': 'Search jobs' }} sx={{ bgcolor: '#eef1f4', px: 1.5, borderRadius: 1 }} />
            <Button id="referral-login" variant="outlined" size="small">Employee referral login</Button>
          </Toolbar>
        </AppBar>
        <Container maxWidth="md" sx={{ py: 3 }}>
          <Typography variant="overline">{cfg.team}</Typography>
          <Typography variant="h4" component="h1">{cfg.title}</Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>{cfg.location}</Typography>
          <Typography sx={{ mb: 3 }}>{cfg.blurb}</Typography>
          <form id="nilgiri-apply" noValidate onSubmit={(e) => { e.preventDefault(); if (v.firstName && v.email && v.consent) setSent(true); }}>
            <Typography variant="h5">Personal details</Typography>
            <Box sx={{ width: 200 }}>{sel('salutation', 'Salutation', ['Mr.', 'Ms.', 'Mrs.', 'Dr.'])}</Box>
            <Stack direction="row" spacing={2}>{tf('firstName', 'First Name *')}{tf('middleName', 'Middle Name')}{tf('lastName', 'Last Name *')}</Stack>
            {tf('email', 'Email ID *', { type: 'email' })}
            <Stack direction="row" spacing={2}>
              <Box sx={{ width: 190 }}>{sel('dialCode', 'Code', DIAL)}</Box>
              {tf('mobile', 'Mobile Number *', { type: 'tel', helperText: '10-digit mobile number', slotProps: { htmlInput: { maxLength: 10, inputMode: 'numeric' } } })}
            </Stack>
            <Stack direction="row" spacing={2}>{date('dob', 'Date of Birth', 'DD/MM/YYYY')}<Box sx={{ flex: 1 }}>{sel('nationality', 'Nationality', ['Indian', 'NRI / OCI', 'Other'])}</Box></Stack>
            {radios('gender', 'Gender', ['Male', 'Female', 'Other', 'Prefer not to say'])}
            <Typography variant="h5" sx={{ mt: 2 }}>Current address</Typography>
            {tf('address', 'Address (House no., Street, Area)')}
            <Stack direction="row" spacing={2}>
              {tf('city', 'City *')}
              <Autocomplete id="state" sx={{ flex: 1 }} options={STATES} value={v.state} onChange={(e, x) => set('state')(x)}
                renderInput={(params) => <TextField {...params} label="State *" margin="normal" />} />
            </Stack>
            <Stack direction="row" spacing={2}>
              {tf('pincode', 'PIN Code', { slotProps: { htmlInput: { maxLength: 6, inputMode: 'numeric' } } })}
              <Box sx={{ flex: 1 }}>{sel('country', 'Country', COUNTRIES)}</Box>
            </Stack>
            <Typography variant="h5" sx={{ mt: 2 }}>Professional details</Typography>
            <Typography id="exp-label" sx={{ mt: 2 }}>Total Experience *</Typography>
            <Stack direction="row" spacing={2} role="group" aria-labelledby="exp-label">
              {sel('expYears', 'Years', Array.from({ length: 31 }, (_, i) => String(i)))}
              {sel('expMonths', 'Months', Array.from({ length: 12 }, (_, i) => String(i)))}
            </Stack>
            <Stack direction="row" spacing={2}>{tf('employer', 'Current Employer')}{tf('designation', 'Current Designation')}</Stack>
            <Stack direction="row" spacing={2}>
              {tf('currentCtc', 'Current CTC *', { slotProps: { input: { startAdornment: <InputAdornment position="start">₹</InputAdornment>, endAdornment: <InputAdornment position="end">LPA</InputAdornment> } }, helperText: 'In lakhs per annum, e.g. 18.5' })}
              {tf('expectedCtc', 'Expected CTC *', { slotProps: { input: { startAdornment: <InputAdornment position="start">₹</InputAdornment>, endAdornment: <InputAdornment position="end">LPA</InputAdornment> } } })}
            </Stack>
            {toggle('notice', 'Notice Period *', ['Immediate', '15 days', '30 days', '60 days', '90 days', 'More than 90 days'])}
            <Stack direction="row" spacing={2}>{date('joiningDate', 'Earliest Joining Date', 'DD/MM/YYYY')}<Box sx={{ flex: 1 }} /></Stack>
            <Stack direction="row" spacing={2}>
              <Box sx={{ flex: 1 }}>{sel('qualification', 'Highest Qualification *', ['B.E. / B.Tech', 'B.Sc', 'B.Com', 'BCA', 'M.E. / M.Tech', 'M.Sc', 'MCA', 'MBA / PGDM', 'Ph.D'])}</Box>
              {tf('college', 'College / University')}
            </Stack>
            <Autocomplete multiple id="languages" options={LANGS} value={v.languages} onChange={(e, x) => set('languages')(x)}
              renderInput={(params) => <TextField {...params} label="Languages Known" margin="normal" />} />
            {tf('pan', 'PAN Number', { helperText: 'Required for background verification', slotProps: { htmlInput: { maxLength: 10 } } })}
            {tf('linkedin', 'LinkedIn Profile URL')}
            {cfg.questions.map(Q)}
            <Box sx={{ my: 2 }} data-field="resume">
              <Typography sx={{ mb: 1 }}>Resume * (PDF/DOC, max 5 MB)</Typography>
              <Button component="label" role={undefined} variant="contained" tabIndex={-1}>
                Upload Resume
                <VisuallyHiddenInput id="resume" type="file" accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files[0] ?? null)} />
              </Button>
              <Typography component="span" sx={{ ml: 2 }}>{v.resume ? v.resume.name : 'No file chosen'}</Typography>
            </Box>
            <FormControlLabel control={<Checkbox id="whatsapp" checked={v.whatsapp} onChange={(e) => set('whatsapp')(e.target.checked)} />} label="Send me interview updates and other job openings on WhatsApp" />
            <FormControlLabel control={<Checkbox id="consent" checked={v.consent} onChange={(e) => set('consent')(e.target.checked)} />} label="I consent to Nilgiri Payments processing my data under the DPDP Act, 2023 for recruitment purposes. *" />
            <Box><Button id="submit-application" type="submit" variant="contained" size="large" sx={{ mt: 2 }}>Submit Application</Button></Box>
          </form>
        </Container>
        <Box component="footer" sx={{ bgcolor: '#f3f5f7', p: 3, mt: 4 }}>
          <Container maxWidth="md">
            <Typography>Get the Nilgiri engineering newsletter</Typography>
            <TextField id="newsletter-email" size="small" label="Work email" />
            <Button>Subscribe</Button>
          </Container>
        </Box>
      </LocalizationProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
