/*
 * Harbourline Container Lines (Rotterdam) careers site for its Americas hub in Houston, built on
 * React + MUI 9 with Formik (useFormik) the way the team's in-house apply page is: MUI TextFields,
 * react-phone-number-input wired into Formik (preset to the Netherlands, E.164 value), a
 * "City of residence" Autocomplete whose suggestions arrive 300 ms after typing, a country
 * Autocomplete of official names ("Kingdom of the Netherlands", "United States of America"),
 * experience buckets in an MUI Select, sentence RadioGroups for work authorisation and
 * sponsorship, an MUI X DatePicker (MM/DD/YYYY) for the start, salary amount + currency Select
 * (preset EUR) + period Select, hidden file inputs inside MUI Buttons for CV and cover letter,
 * the posting's own questions, voluntary US self-identification Selects, "how did you hear",
 * consent, header vessel-schedule search + sign-in, a chat box and a footer newsletter.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useFormik } from 'formik';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, Container, FormControl, FormControlLabel, FormHelperText, FormLabel,
  InputAdornment, InputBase, MenuItem, Radio, RadioGroup, Stack, TextField, Toolbar, Typography, styled,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import PhoneInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';
import countries from 'world-countries';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, label: c.name.official })).sort((a, b) => a.label.localeCompare(b.label));
const PLACES = [
  'San Antonio, Texas, United States', 'San Diego, California, United States', 'San Fernando, California, United States',
  'San Francisco, California, United States', 'San Francisco de Campeche, Campeche, Mexico', 'San Jose, California, United States',
  'San Mateo, California, United States', 'South San Francisco, California, United States', 'Houston, Texas, United States',
  'Rotterdam, South Holland, Netherlands', 'Santos, São Paulo, Brazil', 'Savannah, Georgia, United States', 'Seattle, Washington, United States',
  'New York, New York, United States', 'Newark, New Jersey, United States', 'Long Beach, California, United States', 'Los Angeles, California, United States',
];
const VisuallyHiddenInput = styled('input')({
  clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', bottom: 0, left: 0, whiteSpace: 'nowrap', width: 1,
});

function PlaceAutocomplete({ value, onChange }) {
  const [input, setInput] = useState('');
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef();
  useEffect(() => {
    clearTimeout(timer.current);
    if (input.trim().length < 2) { setOptions(value ? [value] : []); return undefined; }
    setLoading(true);
    timer.current = setTimeout(() => {
      const q = input.toLowerCase();
      setOptions(PLACES.filter((p) => p.toLowerCase().includes(q)).slice(0, 8));
      setLoading(false);
    }, 300);
    return () => clearTimeout(timer.current);
  }, [input]);
  return (
    <Autocomplete id="residence" options={options} value={value} filterOptions={(x) => x} autoComplete includeInputInList
      noOptionsText="Type at least 2 letters" loading={loading} loadingText="Searching…" onInputChange={(e, x) => setInput(x)} onChange={(e, x) => onChange(x)}
      renderInput={(params) => (
        <TextField {...params} name="residence" label="City of residence *" margin="normal" helperText="Start typing and choose your city from the list" />
      )} />
  );
}

export function renderHarbourline(cfg) {
  const initialValues = {
    firstName: '', lastName: '', preferredName: '', email: '', phone: '', residence: null, country: COUNTRIES.find((c) => c.code === 'NL'),
    employer: '', jobTitle: '', linkedin: '', experience: '', workAuth: '', sponsorship: '', startDate: null,
    salary: '', currency: 'EUR', period: 'year', cv: null, coverLetter: null, gender: '', race: '', veteran: '', disability: '', source: '',
    consent: false, talentPool: false,
  };
  for (const q of cfg.questions) initialValues[q.id] = '';

  function App() {
    const [sent, setSent] = useState(false);
    const formik = useFormik({
      initialValues,
      validate: (v) => { const e = {}; if (!v.email) e.email = 'Required'; if (!v.consent) e.consent = 'Required'; return e; },
      onSubmit: () => setSent(true),
    });
    const v = formik.values;
    const set = (k) => (x) => formik.setFieldValue(k, x);
    useEffect(() => {
      const d = v.startDate && v.startDate.isValid() ? v.startDate.format('YYYY-MM-DD') : null;
      document.getElementById('model').textContent = JSON.stringify({
        ...v, country: v.country ? v.country.code : null, startDate: d, cv: v.cv ? v.cv.name : null, coverLetter: v.coverLetter ? v.coverLetter.name : null,
      }, null, 2);
    }, [v]);
    if (sent) return <Container maxWidth="md"><Typography id="application-sent" variant="h5" sx={{ my: 6 }}>Thank you — your application is on its way to our recruiting team.</Typography></Container>;
    const tf = (name, label, extra = {}) => (
      <TextField id={name} name={name} label={label} value={v[name]} onChange={formik.handleChange} onBlur={formik.handleBlur} fullWidth margin="normal" {...extra} />
    );
    const sel = (name, label, options, extra = {}) => (
      <TextField select id={name} name={name} label={label} value={v[name]} onChange={(e) => set(name)(e.target.value)} fullWidth margin="normal" {...extra}>
        {options.map((o) => <MenuItem key={o.value ?? o} value={o.value ?? o}>{o.label ?? o}</MenuItem>)}
      </TextField>
    );
    const radios = (name, label, options) => (
      <FormControl sx={{ my: 1.5, display: 'block' }} data-field={name}>
        <FormLabel id={`${name}-label`}>{label}</FormLabel>
        <RadioGroup aria-labelledby={`${name}-label`} name={name} value={v[name]} onChange={formik.handleChange}>
          {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
        </RadioGroup>
      </FormControl>
    );
    const upload = (name, label, caption, accept) => (
      <Box sx={{ my: 2 }} data-field={name}>
        <Typography sx={{ mb: 1 }}>{caption}</Typography>
        <Button component="label" role={undefined} variant="outlined" tabIndex={-1}>
          {label}
          <VisuallyHiddenInput id={name} name={name} type="file" accept={accept} onChange={(e) => set(name)(e.target.files[0] ?? null)} />
        </Button>
        <Typography component="span" sx={{ ml: 2 }}>{v[name] ? v[name].name : 'No file selected'}</Typography>
      </Box>
    );
    const Q = (q) => {
      if (q.kind === 'radio') return <div key={q.id}>{radios(q.id, q.label, q.options)}</div>;
      if (q.kind === 'select') return <div key={q.id}>{sel(q.id, q.label, q.options)}</div>;
      return <div key={q.id}>{tf(q.id, q.label, { multiline: !!q.long, minRows: q.long ? 4 : undefined, helperText: q.help })}</div>;
    };
    const sections = {
      about: (
        <Box key="about">
          <Typography variant="h5" sx={{ mt: 3 }}>About you</Typography>
          <Stack direction="row" spacing={2}>{tf('firstName', 'First name *')}{tf('lastName', 'Last name *')}</Stack>
          {tf('preferredName', 'Preferred name (if different)')}
          {tf('email', 'Email address *', { type: 'email', error: !!(formik.touched.email && formik.errors.email) })}
          <Box data-field="phone">
            <FormLabel htmlFor="phone">Mobile number *</FormLabel>
            <PhoneInput id="phone" name="phone" international={false} defaultCountry="NL" value={v.phone} onChange={(x) => set('phone')(x ?? '')} />
            <FormHelperText>Choose the country, then enter your number</FormHelperText>
          </Box>
          <PlaceAutocomplete value={v.residence} onChange={set('residence')} />
          <Autocomplete id="country" options={COUNTRIES} value={v.country} getOptionLabel={(o) => o.label} isOptionEqualToValue={(a, b) => a.code === b.code}
            onChange={(e, x) => set('country')(x)} renderInput={(params) => <TextField {...params} name="country" label="Country / territory of residence *" margin="normal" />} />
        </Box>
      ),
      experience: (
        <Box key="experience">
          <Typography variant="h5" sx={{ mt: 3 }}>Experience</Typography>
          <Stack direction="row" spacing={2}>{tf('employer', 'Current or most recent employer')}{tf('jobTitle', 'Current or most recent job title')}</Stack>
          {tf('linkedin', 'LinkedIn profile', { placeholder: 'https://www.linkedin.com/in/…' })}
          {sel('experience', cfg.yearsLabel, cfg.buckets)}
          {upload('cv', 'Upload CV / résumé', 'CV / résumé * (PDF or Word, max 10 MB)', '.pdf,.doc,.docx')}
          {upload('coverLetter', 'Upload cover letter', 'Cover letter (optional — PDF, Word or TXT)', '.pdf,.doc,.docx,.txt')}
        </Box>
      ),
      eligibility: (
        <Box key="eligibility">
          <Typography variant="h5" sx={{ mt: 3 }}>Eligibility &amp; availability</Typography>
          {radios('workAuth', cfg.authLabel, cfg.authOptions)}
          {radios('sponsorship', cfg.sponsorLabel, cfg.sponsorOptions)}
          <Box data-field="startDate" sx={{ maxWidth: 320 }}>
            <DatePicker label="Earliest date you could start *" format="MM/DD/YYYY" value={v.startDate} onChange={set('startDate')} enableAccessibleFieldDOMStructure={false} disablePast
              slotProps={{ textField: { id: 'startDate', name: 'startDate', fullWidth: true, margin: 'normal' } }} />
          </Box>
          <Typography id="salary-label" sx={{ mt: 2 }}>What are your salary expectations? *</Typography>
          <Stack direction="row" spacing={2} role="group" aria-labelledby="salary-label">
            {tf('salary', 'Expected base salary', { slotProps: { htmlInput: { inputMode: 'numeric' } } })}
            <Box sx={{ width: 170 }}>{sel('currency', 'Currency', [{ value: 'EUR', label: 'EUR – Euro' }, { value: 'USD', label: 'USD – US dollar' }, { value: 'GBP', label: 'GBP – Pound sterling' }, { value: 'SGD', label: 'SGD – Singapore dollar' }])}</Box>
            <Box sx={{ width: 170 }}>{sel('period', 'Per', [{ value: 'hour', label: 'Hour' }, { value: 'month', label: 'Month' }, { value: 'year', label: 'Year' }])}</Box>
          </Stack>
        </Box>
      ),
    };
    return (
      <LocalizationProvider dateAdapter={AdapterDayjs}>
        <AppBar position="static" color="default" elevation={0}>
          <Toolbar sx={{ gap: 2 }}>
            <Typography variant="h6" sx={{ flexGrow: 1 }}>HARBOURLINE <small>careers</small></Typography>
            <InputBase id="schedule-search" placeholder="Vessel schedules: port or voyage no." inputProps={{ 'aria-label': 'Search vessel schedules' }} sx={{ bgcolor: '#eef1f4', px: 1.5, borderRadius: 1, width: 280 }} />
            <Button id="sign-in" variant="outlined" size="small">Sign in</Button>
          </Toolbar>
        </AppBar>
        <Container maxWidth="md" sx={{ py: 3 }}>
          <Typography variant="overline">{cfg.team}</Typography>
          <Typography variant="h4" component="h1">{cfg.title}</Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>{cfg.location}</Typography>
          <Typography sx={{ mb: 3 }}>{cfg.blurb}</Typography>
          <form id="harbourline-apply" noValidate onSubmit={formik.handleSubmit}>
            {cfg.order.map((k) => sections[k])}
            <Typography variant="h5" sx={{ mt: 3 }}>A few questions from the team</Typography>
            {cfg.questions.map(Q)}
            <Typography variant="h5" sx={{ mt: 3 }}>Voluntary self-identification (US)</Typography>
            <Typography variant="body2" color="text.secondary">Harbourline Americas Inc. is an equal opportunity employer. Answers are optional and are never shown to the hiring team.</Typography>
            {sel('gender', 'Gender', ['Female', 'Male', 'Non-binary', 'I decline to self-identify'])}
            {sel('race', 'Race / ethnicity', ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'I decline to self-identify'])}
            {sel('veteran', 'Protected veteran status', ['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify'])}
            {sel('disability', 'Disability status', ['Yes, I have a disability (or previously had one)', 'No, I do not have a disability', 'I do not want to answer'])}
            {sel('source', 'How did you first hear about Harbourline?', ['LinkedIn', 'Indeed', 'Harbourline website', 'Port / industry event', 'Employee referral', 'Other'])}
            <FormControlLabel control={<Checkbox id="talentPool" name="talentPool" checked={v.talentPool} onChange={formik.handleChange} />} label="Keep my details in the Harbourline talent pool for 24 months" />
            <FormControlLabel control={<Checkbox id="consent" name="consent" checked={v.consent} onChange={formik.handleChange} />} label="I have read the Candidate Privacy Notice and agree that Harbourline processes my data for this application. *" />
            <Box><Button id="submit-application" type="submit" variant="contained" size="large" sx={{ mt: 2 }}>Submit application</Button></Box>
          </form>
        </Container>
        <Box component="footer" sx={{ bgcolor: '#0e2238', color: '#fff', p: 3, mt: 4 }}>
          <Container maxWidth="md">
            <Typography>Harbourline Insights — market updates every month</Typography>
            <InputBase id="newsletter-email" placeholder="Your email" inputProps={{ 'aria-label': 'Newsletter email' }} sx={{ bgcolor: '#fff', px: 1, mr: 1 }} />
            <Button variant="contained">Subscribe</Button>
          </Container>
        </Box>
        <div id="chat" role="complementary" aria-label="Chat with Harbourline">
          <strong>Questions? Ask Nora, our careers assistant</strong>
          <InputBase id="chat-message" placeholder="Type your message…" inputProps={{ 'aria-label': 'Chat message' }} fullWidth />
        </div>
      </LocalizationProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
