/*
 * Lumora Medical (Munich; US subsidiary in Boston) careers page in MUI 9 + Formik, the way a
 * company's own Next.js site renders it: TextFields, a dial-code TextField select preset "DE +49"
 * beside the phone, a country Autocomplete whose options lead with the ISO-3 code ("USA — United
 * States"), a freeSolo Autocomplete for the location, a years TextField select in buckets,
 * ToggleButtonGroups with sentence answers, a MUI X DatePicker in the German DD.MM.YYYY format,
 * salary with a currency select preset EUR and a pay-period ToggleButtonGroup, the MUI docs' hidden
 * file input inside a Button for resume and cover letter, EEO selects, "how did you hear",
 * header search + sign-in and a footer newsletter. Formik state is rendered into <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Formik, Form } from 'formik';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, Container, FormControlLabel, FormHelperText, InputAdornment, InputBase,
  MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Toolbar, Typography, styled,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import 'dayjs/locale/de';
import countries from 'world-countries';

const COUNTRIES = countries
  .map((c) => ({ code: c.cca2, iso3: c.cca3, label: `${c.cca3} — ${c.name.common}` }))
  .sort((a, b) => a.iso3.localeCompare(b.iso3));
const DIAL = [
  { value: 'DE', label: 'DE +49' }, { value: 'AT', label: 'AT +43' }, { value: 'CH', label: 'CH +41' },
  { value: 'CA', label: 'CA +1' }, { value: 'US', label: 'US +1' }, { value: 'GB', label: 'GB +44' }, { value: 'NL', label: 'NL +31' },
];
const PLACES = ['Boston, MA', 'Cambridge, MA', 'San Diego, CA', 'San Francisco, CA', 'South San Francisco, CA', 'San Jose, CA', 'Munich, Germany', 'Berlin, Germany', 'Remote — United States'];
const VisuallyHiddenInput = styled('input')({
  clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', bottom: 0, left: 0, whiteSpace: 'nowrap', width: 1,
});

function Model({ values }) {
  const text = JSON.stringify({
    ...values,
    country: values.country ? values.country.code : null,
    startDate: values.startDate && values.startDate.isValid() ? values.startDate.format('YYYY-MM-DD') : null,
    resume: values.resume ? values.resume.name : null,
    coverLetter: values.coverLetter ? values.coverLetter.name : null,
  }, null, 2);
  useEffect(() => { document.getElementById('model').textContent = text; }, [text]);
  return null;
}

export function renderLumora(cfg) {
  const initial = {
    firstName: '', lastName: '', email: '', dialCode: 'DE', phone: '', country: null, location: '', currentEmployer: '', currentTitle: '',
    linkedin: '', experience: '', startDate: null, salary: '', currency: 'EUR', period: null, resume: null, coverLetter: null,
    gender: '', veteran: '', source: '', privacy: false,
  };
  for (const q of cfg.questions) initial[q.id] = q.kind === 'select' ? '' : q.kind === 'text' ? '' : null;

  function App() {
    const [sent, setSent] = useState(false);
    if (sent) return <Container maxWidth="md"><Typography id="application-received" variant="h5" sx={{ my: 6 }}>Thank you — your application was sent to the Lumora talent team.</Typography></Container>;
    return (
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="de">
        <AppBar position="static" color="default" elevation={0}>
          <Toolbar sx={{ gap: 2 }}>
            <Typography variant="h6" sx={{ flexGrow: 1 }}>lumora<b>.careers</b></Typography>
            <InputBase id="site-search" placeholder="Search jobs…" inputProps={{ 'aria-label': 'search jobs' }} sx={{ bgcolor: '#eef1f4', px: 1.5, borderRadius: 1 }} />
            <Button id="sign-in" variant="outlined" size="small">Candidate login</Button>
          </Toolbar>
        </AppBar>
        <Container maxWidth="md" sx={{ py: 3 }}>
          <Typography variant="overline">{cfg.team}</Typography>
          <Typography variant="h4" component="h1">{cfg.title}</Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>{cfg.location}</Typography>
          <Typography sx={{ mb: 3 }}>{cfg.blurb}</Typography>
          <Formik initialValues={initial} onSubmit={() => setSent(true)}>
            {({ values, setFieldValue, handleChange, handleBlur }) => {
              const tf = (name, label, extra = {}) => (
                <TextField id={name} name={name} label={label} value={values[name]} onChange={handleChange} onBlur={handleBlur} fullWidth margin="normal" {...extra} />
              );
              const sel = (name, label, options, extra = {}) => (
                <TextField select id={name} name={name} label={label} value={values[name]} onChange={handleChange} onBlur={handleBlur} fullWidth margin="normal" {...extra}>
                  {options.map((o) => <MenuItem key={o.value ?? o} value={o.value ?? o}>{o.label ?? o}</MenuItem>)}
                </TextField>
              );
              const toggle = (q) => (
                <Box key={q.id} data-field={q.id} sx={{ my: 2 }}>
                  <Typography id={`${q.id}-label`} sx={{ mb: 1 }}>{q.label}{q.required ? ' *' : ''}</Typography>
                  <ToggleButtonGroup exclusive color="primary" aria-labelledby={`${q.id}-label`} value={values[q.id]} onChange={(e, v) => setFieldValue(q.id, v)} orientation={q.vertical ? 'vertical' : 'horizontal'}>
                    {q.options.map((o) => <ToggleButton key={o.value} value={o.value} sx={{ textTransform: 'none' }}>{o.label}</ToggleButton>)}
                  </ToggleButtonGroup>
                </Box>
              );
              const upload = (name, label, accept) => (
                <Box sx={{ my: 2 }} data-field={name}>
                  <Typography sx={{ mb: 1 }}>{label}</Typography>
                  <Button component="label" role={undefined} variant="contained" tabIndex={-1}>
                    Upload file
                    <VisuallyHiddenInput id={name} type="file" accept={accept} onChange={(e) => setFieldValue(name, e.target.files[0] ?? null)} />
                  </Button>
                  <Typography component="span" sx={{ ml: 2 }} className="file-name">{values[name] ? values[name].name : 'No file chosen'}</Typography>
                </Box>
              );
              const Q = (q) => {
                if (q.kind === 'toggle') return toggle(q);
                if (q.kind === 'select') return <div key={q.id}>{sel(q.id, q.label + (q.required ? ' *' : ''), q.options)}</div>;
                return <div key={q.id}>{tf(q.id, q.label, { multiline: !!q.long, minRows: q.long ? 3 : undefined, helperText: q.help })}</div>;
              };
              return (
                <Form id="lumora-apply" noValidate>
                  <Model values={values} />
                  <Typography variant="h5" sx={{ mt: 2 }}>Your details</Typography>
                  <Stack direction="row" spacing={2}>{tf('firstName', 'First name *', { autoComplete: 'given-name' })}{tf('lastName', 'Last name *', { autoComplete: 'family-name' })}</Stack>
                  {tf('email', 'Email address *', { type: 'email' })}
                  <Stack direction="row" spacing={2}>
                    <Box sx={{ width: 160 }}>{sel('dialCode', 'Country code', DIAL)}</Box>
                    {tf('phone', 'Phone number *', { type: 'tel', helperText: 'Without the country code' })}
                  </Stack>
                  <Autocomplete
                    id="country" options={COUNTRIES} value={values.country} autoHighlight
                    isOptionEqualToValue={(o, v) => o.code === v.code}
                    onChange={(e, v) => setFieldValue('country', v)}
                    renderInput={(params) => <TextField {...params} label="Country of residence *" margin="normal" />}
                  />
                  <Autocomplete
                    id="location" freeSolo options={PLACES} inputValue={values.location}
                    onInputChange={(e, v) => setFieldValue('location', v)}
                    renderInput={(params) => <TextField {...params} label={cfg.locationLabel} margin="normal" helperText="City and state/region" />}
                  />
                  <Stack direction="row" spacing={2}>{tf('currentEmployer', 'Current employer')}{tf('currentTitle', 'Current position')}</Stack>
                  {tf('linkedin', 'LinkedIn URL', { placeholder: 'https://www.linkedin.com/in/…' })}
                  {upload('resume', 'CV / Resume *', '.pdf,.doc,.docx')}
                  {upload('coverLetter', 'Cover letter', '.pdf,.doc,.docx,.txt')}
                  <Typography variant="h5" sx={{ mt: 3 }}>About the role</Typography>
                  {sel('experience', cfg.experienceLabel, cfg.ranges)}
                  {cfg.questions.map(Q)}
                  <Box sx={{ my: 2 }} data-field="startDate">
                    <DatePicker label="Earliest possible start date" format="DD.MM.YYYY" value={values.startDate} onChange={(v) => setFieldValue('startDate', v)}
                      slotProps={{ textField: { id: 'startDate', name: 'startDate', fullWidth: true, helperText: 'TT.MM.JJJJ' } }} />
                  </Box>
                  <Stack direction="row" spacing={2} alignItems="flex-start">
                    {tf('salary', 'Salary expectation (gross)', { slotProps: { input: { inputMode: 'numeric' } } })}
                    <Box sx={{ width: 180 }}>{sel('currency', 'Currency', ['EUR', 'USD', 'CHF', 'GBP'])}</Box>
                  </Stack>
                  <Box data-field="period" sx={{ mb: 2 }}>
                    <Typography id="period-label" variant="body2">Salary period</Typography>
                    <ToggleButtonGroup exclusive size="small" aria-labelledby="period-label" value={values.period} onChange={(e, v) => setFieldValue('period', v)}>
                      <ToggleButton value="hour">Hourly</ToggleButton><ToggleButton value="month">Monthly</ToggleButton><ToggleButton value="year">Yearly</ToggleButton>
                    </ToggleButtonGroup>
                  </Box>
                  <Typography variant="h6" sx={{ mt: 3 }}>Voluntary self-identification</Typography>
                  {sel('gender', 'Gender', ['Female', 'Male', 'Non-binary', 'Decline to self-identify'])}
                  {sel('veteran', 'Veteran status', ['I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify'])}
                  {sel('source', 'Where did you first hear about Lumora?', ['LinkedIn', 'Indeed', 'StepStone', 'Employee referral', 'Trade fair / conference', 'Other'])}
                  <FormControlLabel control={<Checkbox id="privacy" checked={values.privacy} onChange={(e) => setFieldValue('privacy', e.target.checked)} />} label="I agree to the processing of my personal data in accordance with the applicant privacy policy. *" />
                  <FormHelperText>We keep your data for 6 months after the process ends.</FormHelperText>
                  <Button id="submit-application" type="submit" variant="contained" size="large" sx={{ mt: 2 }}>Send application</Button>
                </Form>
              );
            }}
          </Formik>
        </Container>
        <Box component="footer" sx={{ bgcolor: '#f3f5f7', p: 3, mt: 4 }}>
          <Container maxWidth="md">
            <Typography>Job alerts from Lumora</Typography>
            <TextField id="alert-email" size="small" label="Your email" />
            <Button>Subscribe</Button>
          </Container>
        </Box>
      </LocalizationProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<App />);
}
