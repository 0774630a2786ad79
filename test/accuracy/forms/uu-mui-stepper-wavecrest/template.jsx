/*
 * Wavecrest Mutual (a regional property & casualty insurer) careers page: React 19 + MUI 9 with a
 * three-step Stepper ("About you" / "Experience" / "A few more things") rendered in place under one
 * Next button, form state in Formik (useFormik). Exercises: a dial-code Select inside the phone's
 * start adornment with no preset (menu entries "Canada (+1)" before "United States (+1)", shown as
 * "CA +1" / "US +1"), a location Autocomplete that searches a (fake) geocoder as you type and keeps
 * only a picked place, pronoun and yes/no RadioGroups, questions revealed by an answer inside MUI
 * Collapse (employer + title when employed; visa status when sponsorship is needed: mounted but
 * hidden), a school Autocomplete (options only), a multiple tools Autocomplete with chips (leave),
 * MUI X DatePicker MM/DD/YYYY, "$ … per year" adornments, EEO fields, a footer job-alert box.
 * Postings pass title, intro, years buckets and their own questions. State goes to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useFormik } from 'formik';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, Chip, CircularProgress, Collapse, Container, CssBaseline, Divider, FormControl,
  FormControlLabel, FormHelperText, FormLabel, InputAdornment, InputLabel, MenuItem, Paper, Radio, RadioGroup, Select, Step,
  StepLabel, Stepper, TextField, Toolbar, Typography,
} from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';

const DIAL = [
  ['CA', 'Canada', '+1'], ['US', 'United States', '+1'], ['MX', 'Mexico', '+52'], ['GB', 'United Kingdom', '+44'],
  ['IE', 'Ireland', '+353'], ['IN', 'India', '+91'], ['PH', 'Philippines', '+63'], ['AU', 'Australia', '+61'],
];
const PLACES = [
  'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Fernando, California, United States',
  'San Francisco de Macorís, Dominican Republic', 'San Francisco del Rincón, Guanajuato, Mexico', 'Santa Fe, New Mexico, United States',
  'Sacramento, California, United States', 'San Jose, California, United States', 'Oakland, California, United States',
  'Portland, Oregon, United States', 'Seattle, Washington, United States', 'Hartford, Connecticut, United States',
  'Boston, Massachusetts, United States', 'Des Moines, Iowa, United States', 'Toronto, Ontario, Canada',
];
function geocode(q) {
  return new Promise((resolve) => setTimeout(() => {
    const n = q.trim().toLowerCase();
    resolve(PLACES.filter((p) => p.toLowerCase().includes(n)).slice(0, 6));
  }, 300));
}
const SCHOOLS = [
  'Arizona State University', 'Berkeley City College', 'California State University, East Bay', 'Stanford University',
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
  'University of Connecticut', 'University of Iowa', 'University of Washington', 'Other / not listed',
];
const TOOLS = ['Airflow', 'BigQuery', 'dbt', 'Databricks', 'Guidewire', 'Kafka', 'Looker', 'Python', 'Snowflake', 'Spark', 'SQL Server', 'Tableau'];
const EDUCATION = ['High school diploma / GED', 'Associate degree', "Bachelor's degree (BA, BS, BEng)", "Master's degree", 'Doctorate (PhD, JD, MD)', 'None of these'];
const STEPS = ['About you', 'Experience', 'A few more things'];

function PlaceSearch({ id, label, value, onChange }) {
  const [input, setInput] = useState('');
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    if (input.trim().length < 3) { setOptions(value ? [value] : []); setLoading(false); return; }
    const n = ++seq.current;
    setLoading(true);
    geocode(input).then((found) => { if (n === seq.current) { setOptions(found); setLoading(false); } });
  }, [input]);
  return (
    <Autocomplete
      id={id} value={value} onChange={(_, v) => onChange(v)} inputValue={input} onInputChange={(_, v) => setInput(v)}
      options={options} filterOptions={(x) => x} loading={loading} autoComplete includeInputInList filterSelectedOptions
      noOptionsText={input.trim().length < 3 ? 'Keep typing…' : 'No matching places'}
      renderInput={(params) => (
        <TextField {...params} label={label} margin="normal" helperText="Start typing a city and pick it from the list"
          slotProps={{ ...params.slotProps, input: { ...params.slotProps.input, endAdornment: (<>{loading ? <CircularProgress size={16} /> : null}{params.slotProps.input.endAdornment}</>) } }} />
      )}
    />
  );
}

function YesNo({ formik, name, label, options = ['Yes', 'No'] }) {
  return (
    <FormControl margin="normal" sx={{ display: 'block' }}>
      <FormLabel id={`wc-${name}-label`}>{label}</FormLabel>
      <RadioGroup row={options.length <= 2} aria-labelledby={`wc-${name}-label`} name={name} value={formik.values[name]} onChange={(e) => formik.setFieldValue(name, e.target.value)}>
        {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
      </RadioGroup>
    </FormControl>
  );
}

function Application({ posting }) {
  const [step, setStep] = useState(0);
  const [sent, setSent] = useState(false);
  const formik = useFormik({
    initialValues: {
      firstName: '', lastName: '', email: '', dialCountry: '', phone: '', location: null, pronouns: '',
      resume: '', linkedin: '', github: '', employed: '', employer: '', jobTitle: '', years: '', education: '', school: null, tools: [],
      authorized: '', sponsorship: '', visaStatus: '', startDate: null, salary: '',
      questions: Object.fromEntries(posting.questions.map((q) => [q.key, ''])),
      heard: '', gender: '', veteran: '', consent: false,
    },
    validate: (v) => {
      const e = {};
      if (step === 0) { if (!v.firstName) e.firstName = 'Required'; if (!v.lastName) e.lastName = 'Required'; if (!/.+@.+\..+/.test(v.email)) e.email = 'Enter a valid email'; }
      if (step === 1 && !v.resume) e.resume = 'Please attach your resume';
      if (step === 2 && !v.consent) e.consent = 'Please confirm';
      return e;
    },
    validateOnChange: false,
    validateOnBlur: false,
    onSubmit: () => { if (step < 2) setStep(step + 1); else setSent(true); },
  });
  const v = formik.values;
  useEffect(() => {
    document.getElementById('model').textContent = JSON.stringify({ step: step + 1, ...v, startDate: v.startDate && v.startDate.isValid() ? v.startDate.format('YYYY-MM-DD') : null }, null, 2);
  });
  const tf = (name, label, extra = {}) => (
    <TextField id={`wc-${name}`} name={name} label={label} fullWidth margin="normal" value={name.split('.').reduce((o, k) => o[k], v)}
      onChange={(e) => formik.setFieldValue(name, e.target.value)} error={!!formik.errors[name]} helperText={formik.errors[name] ?? extra.helperText} {...extra.props} />
  );
  const sel = (name, label, options, extra = {}) => (
    <FormControl fullWidth margin="normal">
      <InputLabel id={`wc-${name.replace('.', '-')}-label`}>{label}</InputLabel>
      <Select labelId={`wc-${name.replace('.', '-')}-label`} id={`wc-${name.replace('.', '-')}`} label={label} value={name.split('.').reduce((o, k) => o[k], v)}
        onChange={(e) => formik.setFieldValue(name, e.target.value)}>
        {options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
      </Select>
      {extra.helperText && <FormHelperText>{extra.helperText}</FormHelperText>}
    </FormControl>
  );
  if (sent) return <Typography id="wc-done" variant="h6" sx={{ color: 'success.main' }}>Thanks, {v.firstName}! Your application is in. Our recruiting team reads every one.</Typography>;
  return (
    <form id="wc-form" noValidate onSubmit={formik.handleSubmit}>
      <Typography variant="overline" sx={{ color: '#0e7490' }}>{posting.team}</Typography>
      <Typography variant="h4" component="h1">{posting.title}</Typography>
      <Typography color="text.secondary">{posting.where}</Typography>
      <Typography sx={{ my: 2 }}>{posting.intro}</Typography>
      <Stepper activeStep={step} sx={{ my: 3 }}>{STEPS.map((s) => <Step key={s}><StepLabel>{s}</StepLabel></Step>)}</Stepper>

      {step === 0 && (
        <Box>
          <Box sx={{ display: 'flex', gap: 2 }}>{tf('firstName', 'First name')}{tf('lastName', 'Last name')}</Box>
          {tf('email', 'Email address', { props: { type: 'email' } })}
          <TextField id="wc-phone" name="phone" label="Mobile number" fullWidth margin="normal" type="tel" value={v.phone}
            onChange={(e) => formik.setFieldValue('phone', e.target.value)} helperText="We text interview reminders to this number"
            slotProps={{ input: { startAdornment: (
              <InputAdornment position="start">
                <Select id="wc-dialCountry" variant="standard" disableUnderline displayEmpty value={v.dialCountry}
                  inputProps={{ 'aria-label': 'Country calling code' }}
                  onChange={(e) => formik.setFieldValue('dialCountry', e.target.value)}
                  renderValue={(c) => (c ? `${c} ${DIAL.find((d) => d[0] === c)[2]}` : 'Code')}>
                  {DIAL.map(([c, n, d]) => <MenuItem key={c} value={c}>{n} ({d})</MenuItem>)}
                </Select>
              </InputAdornment>
            ) } }} />
          <PlaceSearch id="wc-location" label="Where are you based?" value={v.location} onChange={(x) => formik.setFieldValue('location', x)} />
          <YesNo formik={formik} name="pronouns" label="Pronouns (optional)" options={['she/her', 'he/him', 'they/them', 'Prefer to self-describe', 'Prefer not to say']} />
        </Box>
      )}

      {step === 1 && (
        <Box>
          <Box sx={{ my: 2 }}>
            <FormLabel sx={{ display: 'block', mb: 1 }}>Resume</FormLabel>
            <Button variant="outlined" component="label">Upload resume
              <input id="wc-resume" name="resume" type="file" hidden accept=".pdf,.doc,.docx" onChange={(e) => formik.setFieldValue('resume', e.target.files?.[0]?.name ?? '')} />
            </Button>
            <Typography component="span" sx={{ ml: 2, color: 'text.secondary' }}>{v.resume || 'PDF or Word, up to 5 MB'}</Typography>
            {formik.errors.resume && <FormHelperText error>{formik.errors.resume}</FormHelperText>}
          </Box>
          {tf('linkedin', 'LinkedIn profile URL')}
          {tf('github', 'GitHub (optional)')}
          <YesNo formik={formik} name="employed" label="Are you currently employed?" />
          <Collapse in={v.employed === 'Yes'}>
            <Box sx={{ display: 'flex', gap: 2 }}>{tf('employer', 'Current employer')}{tf('jobTitle', 'Current job title')}</Box>
          </Collapse>
          {sel('years', posting.yearsLabel, posting.years)}
          {sel('education', 'Highest level of education completed', EDUCATION)}
          <Autocomplete id="wc-school" options={SCHOOLS} value={v.school} onChange={(_, x) => formik.setFieldValue('school', x)}
            renderInput={(params) => <TextField {...params} label="College or university" margin="normal" />} />
          <Autocomplete multiple id="wc-tools" options={TOOLS} value={v.tools} disableCloseOnSelect onChange={(_, x) => formik.setFieldValue('tools', x)}
            renderValue={(value, getItemProps) => value.map((o, index) => { const { key, ...rest } = getItemProps({ index }); return <Chip key={key} label={o} size="small" {...rest} />; })}
            renderInput={(params) => <TextField {...params} label="Tools you use week to week" margin="normal" placeholder="Add tools" />} />
        </Box>
      )}

      {step === 2 && (
        <Box>
          <YesNo formik={formik} name="authorized" label="Are you legally authorized to work in the United States?" />
          <YesNo formik={formik} name="sponsorship" label="Will you now or in the future require Wavecrest to sponsor an employment visa?" />
          <Collapse in={v.sponsorship === 'Yes'}>
            {sel('visaStatus', 'Current visa status', ['F-1 (OPT / STEM OPT)', 'H-1B', 'L-1', 'TN', 'Other'])}
          </Collapse>
          <Box data-field="startDate" sx={{ my: 2 }}>
            <DatePicker label="Earliest start date" format="MM/DD/YYYY" value={v.startDate} onChange={(d) => formik.setFieldValue('startDate', d)}
              slotProps={{ textField: { id: 'wc-startDate', name: 'startDate', fullWidth: true } }} />
          </Box>
          <TextField id="wc-salary" name="salary" label="Desired base salary" fullWidth margin="normal" value={v.salary}
            onChange={(e) => formik.setFieldValue('salary', e.target.value)}
            slotProps={{ input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">per year</InputAdornment> }, htmlInput: { inputMode: 'numeric' } }} />
          <Divider sx={{ my: 2 }} />
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>About this role</Typography>
          {posting.questions.map((q) => (q.kind === 'text'
            ? <Box key={q.key}>{tf(`questions.${q.key}`, q.label, { props: { id: `wc-q-${q.key}`, multiline: true, minRows: 3 } })}</Box>
            : <Box key={q.key}>{sel(`questions.${q.key}`, q.label, q.options)}</Box>))}
          {sel('heard', 'How did you hear about this job?', ['Company website', 'LinkedIn', 'Indeed', 'Referral from an employee', 'Industry event', 'Other'])}
          <Divider sx={{ my: 2 }} />
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>Voluntary self-identification</Typography>
          <Typography variant="body2" color="text.secondary">Answering is optional and will not affect your application.</Typography>
          {sel('gender', 'Gender', ['Female', 'Male', 'Non-binary', 'I decline to self-identify'])}
          <YesNo formik={formik} name="veteran" label="Veteran status" options={['I am a protected veteran', 'I am not a protected veteran', 'I decline to self-identify']} />
          <FormControl error={!!formik.errors.consent} sx={{ display: 'block', mt: 1 }}>
            <FormControlLabel control={<Checkbox id="wc-consent" checked={v.consent} onChange={(e) => formik.setFieldValue('consent', e.target.checked)} />}
              label="I certify that the information I have given is true and complete." />
            {formik.errors.consent && <FormHelperText>{formik.errors.consent}</FormHelperText>}
          </FormControl>
        </Box>
      )}

      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 3 }}>
        <Button disabled={step === 0} onClick={() => setStep(step - 1)}>Back</Button>
        {step < 2
          ? <Button id="wc-next" type="submit" variant="contained">Next</Button>
          : <Button id="wc-submit" type="submit" variant="contained">Submit application</Button>}
      </Box>
    </form>
  );
}

export function renderPosting(posting) {
  createRoot(document.getElementById('root')).render(
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <CssBaseline />
      <AppBar position="static" elevation={0} sx={{ background: '#083344' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography sx={{ flex: 1, fontWeight: 700 }}>Wavecrest Mutual · Careers</Typography>
          <TextField size="small" id="wc-search" placeholder="Search jobs" slotProps={{ htmlInput: { 'aria-label': 'Search jobs' } }} sx={{ background: '#fff', borderRadius: 1 }} />
        </Toolbar>
      </AppBar>
      <Container maxWidth="md"><Paper sx={{ p: 4, my: 3 }}><Application posting={posting} /></Paper></Container>
      <Box component="footer" sx={{ background: '#ecfeff', py: 3 }}>
        <Container maxWidth="md">
          <Typography sx={{ fontWeight: 600 }}>Not the right role? Get job alerts</Typography>
          <Box component="form" id="wc-alerts" onSubmit={(e) => e.preventDefault()} sx={{ display: 'flex', gap: 1, mt: 1 }}>
            <TextField size="small" id="wc-alert-email" type="email" label="Your email" />
            <Button type="submit" variant="outlined">Subscribe</Button>
          </Box>
        </Container>
      </Box>
    </LocalizationProvider>,
  );
}
