/*
 * Harbortide Insurance Group (a Providence, RI property & casualty insurer) careers site: React 19 +
 * MUI 9 + react-hook-form (Controller for every MUI control, useFieldArray for the earlier-jobs
 * list). A four-step wizard (MUI Stepper, only the active step mounted): "About you", "Experience",
 * "Eligibility", "Review & submit". Conditional questions as MUI renders them with Collapse (children
 * stay mounted while collapsed): "Are you currently employed?" reveals employer + title; "Will you
 * require sponsorship?" reveals the visa type; "How did you hear" → "Other" reveals a box. The
 * review step lists the answers with Edit links. Postings pass the job text and their own
 * screening questions (step 3). State goes to <pre id="model">.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, Controller, useFieldArray } from 'react-hook-form';
import {
  AppBar, Box, Button, Checkbox, Collapse, Container, Divider, FormControl, FormControlLabel, FormHelperText, FormLabel,
  IconButton, InputAdornment, InputBase, MenuItem, Paper, Radio, RadioGroup, Stack, Step, StepLabel, Stepper, Switch,
  TextField, Toolbar, Typography, Autocomplete, Alert,
} from '@mui/material';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Massachusetts', 'New Hampshire', 'New York', 'Oregon', 'Rhode Island', 'Texas', 'Vermont', 'Washington'];
const COUNTRIES = ['Canada', 'Ireland', 'Mexico', 'United Kingdom', 'United States', 'United States Minor Outlying Islands', 'Bermuda', 'India', 'Philippines'];
const YEARS = ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'];
const DEGREES = ['High school diploma or GED', "Associate's degree", "Bachelor's degree (BA/BS)", "Master's degree (MA/MS/MBA)", 'Doctorate (PhD)', 'Other'];
const PRONOUNS = ['He/him', 'She/her', 'They/them', 'I use another set', 'Prefer not to answer'];
const VISAS = ['H-1B', 'H-1B transfer', 'F-1 OPT / STEM OPT', 'TN', 'L-1', 'O-1', 'Green card sponsorship only'];
const HEARD = ['LinkedIn', 'Indeed', 'Harbortide website', 'An employee referred me', 'Conference or meetup', 'Other'];
const STEPS = ['About you', 'Experience', 'Eligibility', 'Review & submit'];

const emptyJob = { employer: '', title: '', from: '', to: '' };

function App({ posting }) {
  const defaults = {
    firstName: '', lastName: '', email: '', phone: '', city: '', state: '', country: null, pronouns: '',
    employed: '', employer: '', jobTitle: '', years: '', previousJobs: [emptyJob], degree: '', school: '', major: '', resume: null, linkedin: '',
    authorized: '', sponsorship: '', visaType: '', startDate: '', salary: '', heard: '', heardOther: '', alerts: false, consent: false,
    questions: Object.fromEntries(posting.questions.map((q) => [q.key, q.kind === 'checkbox' ? false : ''])),
  };
  const { control, watch, register, handleSubmit, trigger, setValue } = useForm({ defaultValues: defaults, mode: 'onTouched' });
  const { fields: jobs, append, remove } = useFieldArray({ control, name: 'previousJobs' });
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const values = watch();
  useEffect(() => {
    const shown = { ...values, resume: values.resume ? values.resume.name : null };
    document.getElementById('model').textContent = JSON.stringify(shown, null, 2);
  });

  const text = (name, label, extra = {}) => (
    <Controller name={name} control={control} rules={extra.rules} render={({ field, fieldState }) => (
      <TextField {...field} id={`ht-${name.replace(/\./g, '-')}`} label={label} fullWidth size="small" error={!!fieldState.error}
        helperText={fieldState.error ? 'This field is required' : extra.helper} {...(extra.props || {})} />
    )} />
  );
  const select = (name, label, options, extra = {}) => (
    <Controller name={name} control={control} rules={extra.rules} render={({ field }) => (
      <TextField {...field} select id={`ht-${name.replace(/\./g, '-')}`} label={label} fullWidth size="small" helperText={extra.helper}>
        {options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
      </TextField>
    )} />
  );
  const radios = (name, label, options, extra = {}) => (
    <Controller name={name} control={control} rules={extra.rules} render={({ field }) => (
      <FormControl data-field={name}>
        <FormLabel id={`ht-${name}-label`}>{label}</FormLabel>
        <RadioGroup {...field} row={options.length < 4} aria-labelledby={`ht-${name}-label`} name={name}>
          {options.map((o) => <FormControlLabel key={o} value={o} control={<Radio size="small" />} label={o} />)}
        </RadioGroup>
      </FormControl>
    )} />
  );
  const question = (q) => {
    const name = `questions.${q.key}`;
    if (q.kind === 'radio') return radios(name, q.label, q.options);
    if (q.kind === 'select') return select(name, q.label, q.options);
    if (q.kind === 'checkbox') return (
      <Controller name={name} control={control} render={({ field }) => (
        <FormControlLabel control={<Checkbox id={`ht-q-${q.key}`} checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={q.label} />
      )} />
    );
    return text(name, q.label, { props: { multiline: true, minRows: 3 } });
  };

  const next = async () => {
    const ok = await trigger(step === 0 ? ['firstName', 'lastName', 'email'] : step === 2 ? ['consent'] : []);
    if (ok) { setStep((s) => s + 1); window.scrollTo(0, 0); }
  };
  const onSubmit = () => setDone(true);

  if (done) return <Container maxWidth="md" sx={{ py: 6 }}><Alert id="ht-done" severity="success">Thanks, {values.firstName}! Your application for {posting.title} is in. We review every application within ten business days.</Alert></Container>;

  const review = [
    ['Name', `${values.firstName} ${values.lastName}`], ['Email', values.email], ['Phone', values.phone],
    ['Location', [values.city, values.state, values.country].filter(Boolean).join(', ')],
    ['Currently employed', values.employed === 'Yes' ? `Yes — ${values.jobTitle} at ${values.employer}` : values.employed],
    ['Experience', values.years], ['Education', [values.degree, values.school].filter(Boolean).join(', ')],
    ['Resume', values.resume ? values.resume.name : 'Not attached'], ['Authorized to work in the US', values.authorized],
    ['Sponsorship', values.sponsorship === 'Yes' ? `Yes (${values.visaType || 'visa type not given'})` : values.sponsorship],
    ['Earliest start', values.startDate], ['Salary expectation', values.salary ? `$${values.salary} per year` : ''],
  ];

  return (
    <>
      <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: '1px solid #dde' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" sx={{ flexGrow: 1, color: '#0b3b5c' }}>Harbortide <span style={{ fontWeight: 300 }}>Careers</span></Typography>
          <Paper component="form" role="search" onSubmit={(e) => e.preventDefault()} sx={{ px: 1.5, display: 'flex', alignItems: 'center', width: 240 }} variant="outlined">
            <InputBase id="ht-jobsearch" placeholder="Search jobs" inputProps={{ 'aria-label': 'Search jobs' }} sx={{ flex: 1 }} />
          </Paper>
          <Button href="#signin" size="small">Candidate sign in</Button>
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Typography variant="overline">{posting.team}</Typography>
        <Typography variant="h4" component="h1" gutterBottom>{posting.title}</Typography>
        <Typography color="text.secondary">{posting.where}</Typography>
        <Typography sx={{ my: 2 }}>{posting.intro}</Typography>
        <Paper sx={{ p: 3 }} variant="outlined">
          <Stepper activeStep={step} sx={{ mb: 3 }}>{STEPS.map((s) => <Step key={s}><StepLabel>{s}</StepLabel></Step>)}</Stepper>
          <form id="ht-apply" noValidate onSubmit={handleSubmit(onSubmit)}>
            {step === 0 && (
              <Stack spacing={2}>
                <Stack direction="row" spacing={2}>{text('firstName', 'Legal first name', { rules: { required: true } })}{text('lastName', 'Legal last name', { rules: { required: true } })}</Stack>
                {text('email', 'Email address', { rules: { required: true }, props: { type: 'email' } })}
                {text('phone', 'Mobile phone', { helper: 'Format: 555-555-5555', props: { type: 'tel' } })}
                <Stack direction="row" spacing={2}>{text('city', 'City')}{select('state', 'State', STATES)}</Stack>
                <Controller name="country" control={control} render={({ field }) => (
                  <Autocomplete options={COUNTRIES} value={field.value} onChange={(_, v) => field.onChange(v)} id="ht-country"
                    renderInput={(params) => <TextField {...params} label="Country of residence" size="small" />} />
                )} />
                {select('pronouns', 'Pronouns (optional)', PRONOUNS, { helper: 'Shown to your interviewers so they address you correctly.' })}
                {text('linkedin', 'LinkedIn profile URL', { props: { placeholder: 'https://www.linkedin.com/in/…' } })}
              </Stack>
            )}
            {step === 1 && (
              <Stack spacing={2}>
                {radios('employed', 'Are you currently employed?', ['Yes', 'No'])}
                <Collapse in={values.employed === 'Yes'}>
                  <Stack direction="row" spacing={2} sx={{ pt: 1 }}>{text('employer', 'Current employer')}{text('jobTitle', 'Current job title')}</Stack>
                </Collapse>
                {select('years', 'Years of relevant professional experience', YEARS)}
                <Divider textAlign="left">Earlier positions</Divider>
                <Typography variant="body2" color="text.secondary">List the roles you held before your current one, most recent first.</Typography>
                {jobs.map((job, i) => (
                  <Paper key={job.id} variant="outlined" sx={{ p: 2 }} data-entry={i}>
                    <Stack spacing={2}>
                      <Stack direction="row" spacing={2}>{text(`previousJobs.${i}.employer`, 'Employer')}{text(`previousJobs.${i}.title`, 'Title')}</Stack>
                      <Stack direction="row" spacing={2}>
                        {text(`previousJobs.${i}.from`, 'From', { props: { type: 'month', InputLabelProps: { shrink: true } } })}
                        {text(`previousJobs.${i}.to`, 'To', { props: { type: 'month', InputLabelProps: { shrink: true } } })}
                      </Stack>
                      {jobs.length > 1 && <Button color="error" size="small" onClick={() => remove(i)}>Remove this position</Button>}
                    </Stack>
                  </Paper>
                ))}
                <Button id="ht-add-job" variant="text" onClick={() => append(emptyJob)}>+ Add another position</Button>
                <Divider textAlign="left">Education</Divider>
                {select('degree', 'Highest level of education completed', DEGREES)}
                <Stack direction="row" spacing={2}>{text('school', 'School or university')}{text('major', 'Field of study')}</Stack>
                <Controller name="resume" control={control} render={({ field }) => (
                  <Box>
                    <FormLabel>Resume / CV</FormLabel>
                    <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 1 }}>
                      <Button component="label" variant="outlined">
                        Upload resume
                        <input hidden type="file" id="ht-resume" accept=".pdf,.doc,.docx" onChange={(e) => field.onChange(e.target.files[0] || null)} />
                      </Button>
                      <Typography variant="body2" id="ht-resume-name">{field.value ? field.value.name : 'PDF or Word, up to 5 MB'}</Typography>
                    </Stack>
                  </Box>
                )} />
              </Stack>
            )}
            {step === 2 && (
              <Stack spacing={2}>
                {radios('authorized', 'Are you legally authorized to work in the United States?', ['Yes', 'No'])}
                {radios('sponsorship', 'Will you now or in the future require Harbortide to sponsor an employment visa?', ['Yes', 'No'])}
                <Collapse in={values.sponsorship === 'Yes'}>{select('visaType', 'Which visa or status would you need?', VISAS)}</Collapse>
                <Stack direction="row" spacing={2}>
                  {text('startDate', 'Earliest date you could start', { props: { type: 'date', InputLabelProps: { shrink: true } } })}
                  {text('salary', 'Desired annual base salary', { props: { InputProps: { startAdornment: <InputAdornment position="start">$</InputAdornment> }, inputProps: { inputMode: 'numeric' } } })}
                </Stack>
                {posting.questions.map((q) => <Box key={q.key}>{question(q)}</Box>)}
                {select('heard', 'How did you hear about this job?', HEARD)}
                <Collapse in={values.heard === 'Other'}>{text('heardOther', 'Please tell us where')}</Collapse>
                <Controller name="alerts" control={control} render={({ field }) => (
                  <FormControlLabel control={<Switch id="ht-alerts" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Email me new Harbortide jobs like this one" />
                )} />
                <Controller name="consent" control={control} rules={{ validate: (v) => v === true }} render={({ field, fieldState }) => (
                  <FormControl error={!!fieldState.error}>
                    <FormControlLabel control={<Checkbox id="ht-consent" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                      label="I have read the Harbortide Applicant Privacy Notice and consent to the processing of my application." />
                    {fieldState.error && <FormHelperText>Please confirm to continue.</FormHelperText>}
                  </FormControl>
                )} />
              </Stack>
            )}
            {step === 3 && (
              <Box>
                <Typography variant="h6" gutterBottom>Check your answers</Typography>
                <Box component="dl" id="ht-review" sx={{ display: 'grid', gridTemplateColumns: '220px 1fr', rowGap: 1 }}>
                  {review.map(([k, v]) => [<Typography component="dt" key={k + 't'} sx={{ fontWeight: 600 }}>{k}</Typography>, <Typography component="dd" key={k + 'd'} sx={{ m: 0 }}>{v || '—'}</Typography>])}
                </Box>
                <Button size="small" onClick={() => setStep(0)} sx={{ mt: 2 }}>Edit answers</Button>
              </Box>
            )}
            <Stack direction="row" justifyContent="space-between" sx={{ mt: 3 }}>
              <Button disabled={step === 0} onClick={() => setStep((s) => s - 1)}>Back</Button>
              {step < 3 ? <Button key="next" id="ht-next" variant="contained" onClick={next}>Continue</Button> : <Button key="submit" id="ht-submit" type="submit" variant="contained">Submit application</Button>}
            </Stack>
          </form>
        </Paper>
      </Container>
    </>
  );
}

export function renderPosting(posting) {
  createRoot(document.getElementById('root')).render(<App posting={posting} />);
}
