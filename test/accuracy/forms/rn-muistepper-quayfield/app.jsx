/*
 * Quayfield Energy careers: one React page on MUI. A fixed "+1" phone, a years stepper, a salary
 * range counted in thousands, an MM/YY availability box, eligibility switches, a degree Select
 * and a country Autocomplete grouped by region. The state is printed into <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AppBar, Autocomplete, Box, Button, FormControl, FormControlLabel, FormHelperText, FormLabel, IconButton,
  InputAdornment, InputBase, InputLabel, MenuItem, Paper, Select, Stack, Switch, TextField, Toolbar, Typography,
} from '@mui/material';

const COUNTRIES = [
  { code: 'AR', label: 'Argentina', region: 'Americas' },
  { code: 'BR', label: 'Brazil', region: 'Americas' },
  { code: 'CA', label: 'Canada', region: 'Americas' },
  { code: 'MX', label: 'Mexico', region: 'Americas' },
  { code: 'US', label: 'United States', region: 'Americas' },
  { code: 'UM', label: 'United States Minor Outlying Islands', region: 'Americas' },
  { code: 'DE', label: 'Germany', region: 'Europe' },
  { code: 'NL', label: 'Netherlands', region: 'Europe' },
  { code: 'GB', label: 'United Kingdom', region: 'Europe' },
  { code: 'AU', label: 'Australia', region: 'Asia & Pacific' },
  { code: 'IN', label: 'India', region: 'Asia & Pacific' },
  { code: 'JP', label: 'Japan', region: 'Asia & Pacific' },
];

const DEGREES = [
  { value: 'sec', label: 'Secondary school' },
  { value: 'assoc', label: 'Associate degree' },
  { value: 'ug', label: 'Undergraduate degree (BA / BS / BEng)' },
  { value: 'pg', label: 'Postgraduate degree (MA / MS / MBA)' },
  { value: 'doc', label: 'Doctorate (PhD)' },
];

function mmYY(raw) {
  const digits = raw.replace(/\D/g, '').slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
}

function App() {
  const [form, setForm] = useState({
    firstName: '', lastName: '', email: '', phone: '', location: '', country: null, linkedin: '',
    years: 0, salaryMinK: '', salaryMaxK: '', availableFrom: '', degree: '', school: '',
    authorized: false, noSponsorship: false, employed: false, relocate: false, smsUpdates: false, resume: null,
  });
  const [search, setSearch] = useState('');
  const [newsletter, setNewsletter] = useState('');
  const [sent, setSent] = useState(false);
  const set = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key) => ({ value: form[key], onChange: (e) => set(key)(e.target.value) });
  const toggle = (key) => ({ checked: form[key], onChange: (e) => set(key)(e.target.checked) });
  const stepYears = (d) => setForm((f) => ({ ...f, years: Math.max(0, Math.min(40, (Number(f.years) || 0) + d)) }));

  return (
    <>
      <AppBar position="static" color="default" elevation={0}>
        <Toolbar sx={{ gap: 3 }}>
          <Typography variant="h6" sx={{ fontWeight: 700, color: '#0b6e4f' }}>Quayfield</Typography>
          <Typography variant="body2">Careers</Typography>
          <InputBase id="qf-search" placeholder="Search jobs" inputProps={{ 'aria-label': 'Search jobs' }} value={search} onChange={(e) => setSearch(e.target.value)} sx={{ ml: 'auto', px: 1.5, bgcolor: '#eef2f5', borderRadius: 2 }} />
        </Toolbar>
      </AppBar>
      <Paper sx={{ maxWidth: 720, mx: 'auto', my: 3, p: 4 }} elevation={1}>
        <Typography variant="overline">Data Platform · Denver, CO or Remote (US)</Typography>
        <Typography variant="h5" sx={{ mb: 1 }}>Senior Data Engineer, Battery Fleet Telemetry</Typography>
        <Typography variant="body2" sx={{ mb: 3 }}>We stream state-of-charge data from 9,000 grid batteries. Help us make it trustworthy.</Typography>
        <Box component="form" id="qf-form" noValidate onSubmit={(e) => { e.preventDefault(); setSent(true); }}>
          <Stack spacing={2.5}>
            <Stack direction="row" spacing={2}>
              <TextField id="qf-first" name="firstName" label="First name" required fullWidth {...text('firstName')} />
              <TextField id="qf-last" name="lastName" label="Last name" required fullWidth {...text('lastName')} />
            </Stack>
            <TextField id="qf-email" name="email" type="email" label="Email" required {...text('email')} />
            <TextField
              id="qf-phone" name="phone" type="tel" label="Phone" required
              helperText="US numbers only: 10 digits"
              {...text('phone')}
              slotProps={{ input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> }, htmlInput: { maxLength: 10, inputMode: 'numeric' } }}
            />
            <TextField id="qf-location" name="location" label="Where are you based?" placeholder="City, State" {...text('location')} />
            <Autocomplete
              id="qf-country"
              options={COUNTRIES}
              groupBy={(o) => o.region}
              getOptionLabel={(o) => o.label}
              isOptionEqualToValue={(a, b) => a.code === b.code}
              value={COUNTRIES.find((c) => c.code === form.country) ?? null}
              onChange={(_, v) => set('country')(v ? v.code : null)}
              renderInput={(params) => <TextField {...params} label="Country of residence" required />}
            />
            <TextField id="qf-linkedin" name="linkedin" label="LinkedIn profile URL" {...text('linkedin')} />

            <FormControl>
              <FormLabel id="qf-years-label">Years of hands-on data engineering experience</FormLabel>
              <Stack direction="row" spacing={1} alignItems="center" sx={{ mt: 1 }}>
                <IconButton id="qf-years-dec" aria-label="Fewer years" onClick={() => stepYears(-1)} size="small" sx={{ border: '1px solid #ccd' }}>−</IconButton>
                <TextField
                  id="qf-years" name="years" type="number" size="small" sx={{ width: 90 }}
                  value={form.years}
                  onChange={(e) => set('years')(e.target.value === '' ? '' : Number(e.target.value))}
                  slotProps={{ htmlInput: { min: 0, max: 40, 'aria-labelledby': 'qf-years-label' } }}
                />
                <IconButton id="qf-years-inc" aria-label="More years" onClick={() => stepYears(1)} size="small" sx={{ border: '1px solid #ccd' }}>+</IconButton>
              </Stack>
            </FormControl>

            <FormControl>
              <FormLabel id="qf-salary-label">Target base salary range (USD per year, in thousands)</FormLabel>
              <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
                <TextField
                  id="qf-salary-min" name="salaryMinK" label="From" {...text('salaryMinK')}
                  slotProps={{ input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">k</InputAdornment> }, htmlInput: { inputMode: 'numeric' } }}
                />
                <TextField
                  id="qf-salary-max" name="salaryMaxK" label="To" {...text('salaryMaxK')}
                  slotProps={{ input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">k</InputAdornment> }, htmlInput: { inputMode: 'numeric' } }}
                />
              </Stack>
              <FormHelperText>e.g. 120 – 140 means $120,000 to $140,000</FormHelperText>
            </FormControl>

            <TextField
              id="qf-available" name="availableFrom" label="Available from" placeholder="MM/YY" sx={{ maxWidth: 200 }}
              value={form.availableFrom} onChange={(e) => set('availableFrom')(mmYY(e.target.value))}
              helperText="Month and year, MM/YY"
            />

            <FormControl fullWidth>
              <InputLabel id="qf-degree-label">Highest qualification</InputLabel>
              <Select labelId="qf-degree-label" label="Highest qualification" name="degree" value={form.degree} onChange={(e) => set('degree')(e.target.value)} SelectDisplayProps={{ id: 'qf-degree' }}>
                {DEGREES.map((d) => <MenuItem key={d.value} value={d.value}>{d.label}</MenuItem>)}
              </Select>
            </FormControl>
            <TextField id="qf-school" name="school" label="University / institution" {...text('school')} />

            <FormControl component="fieldset">
              <FormLabel component="legend">Eligibility &amp; preferences</FormLabel>
              <FormControlLabel control={<Switch id="qf-authorized" {...toggle('authorized')} />} label="I'm authorized to work in the US" />
              <FormControlLabel control={<Switch id="qf-nosponsor" {...toggle('noSponsorship')} />} label="I can start without Quayfield sponsoring a visa, now or later" />
              <FormControlLabel control={<Switch id="qf-employed" {...toggle('employed')} />} label="I'm currently employed" />
              <FormControlLabel control={<Switch id="qf-relocate" {...toggle('relocate')} />} label="I'd relocate to Denver" />
              <FormControlLabel control={<Switch id="qf-sms" {...toggle('smsUpdates')} />} label="Text me updates about my application" />
            </FormControl>

            <Box>
              <Button variant="outlined" component="label">
                Upload resume
                <input id="qf-resume" name="resume" type="file" hidden accept=".pdf,.doc,.docx" onChange={(e) => set('resume')(e.target.files?.[0]?.name ?? null)} />
              </Button>
              <Typography variant="caption" sx={{ ml: 2 }}>{form.resume ?? 'PDF or Word, up to 5 MB'}</Typography>
            </Box>

            <Button type="submit" variant="contained" id="qf-submit" sx={{ alignSelf: 'flex-start', bgcolor: '#0b6e4f' }}>Submit application</Button>
            {sent && <Typography id="qf-done" role="status" sx={{ color: '#0b6e4f', fontWeight: 600 }}>Thanks, we got your application.</Typography>}
          </Stack>
        </Box>
      </Paper>
      <Box sx={{ maxWidth: 720, mx: 'auto', mb: 2, display: 'flex', gap: 1, alignItems: 'center' }}>
        <TextField id="qf-news" size="small" label="Get Quayfield news" value={newsletter} onChange={(e) => setNewsletter(e.target.value)} />
        <Button size="small">Subscribe</Button>
      </Box>
      <pre id="model">{JSON.stringify(form, null, 2)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
