/*
 * Vellichor Logistics careers: MUI 9 + react-hook-form 7 in a three-step MUI Stepper ("Contact",
 * "Experience", "Logistics"). Only the active step is mounted; Next validates that step's fields
 * with trigger(). TextFields without ids (MUI makes `_r_N_` ids), a "+1" start adornment, an
 * Autocomplete location grouped by state (groupBy), an Autocomplete school grouped by first letter
 * (the docs' "Grouped" demo), radio cards for years, a native Select for the degree, Autocomplete
 * multiple with chips, a `type=date` TextField, "$" / "per year" adornments, a hidden file input
 * inside a Button, non-native Selects for EEO. RHF's values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import {
  AppBar, Autocomplete, Box, Button, Card, Checkbox, Chip, Container, CssBaseline, FormControl, FormControlLabel,
  FormHelperText, FormLabel, InputAdornment, InputBase, InputLabel, MenuItem, Paper, Radio, RadioGroup, Select, Step,
  StepLabel, Stepper, Switch, TextField, Toolbar, Typography,
} from '@mui/material';

const CITIES = [
  ['Phoenix', 'AZ', 'Arizona'], ['Tucson', 'AZ', 'Arizona'], ['Los Angeles', 'CA', 'California'], ['Oakland', 'CA', 'California'],
  ['San Diego', 'CA', 'California'], ['San Francisco', 'CA', 'California'], ['San Jose', 'CA', 'California'], ['South San Francisco', 'CA', 'California'],
  ['Denver', 'CO', 'Colorado'], ['Chicago', 'IL', 'Illinois'], ['Reno', 'NV', 'Nevada'], ['Portland', 'OR', 'Oregon'],
  ['Dallas', 'TX', 'Texas'], ['Houston', 'TX', 'Texas'], ['Seattle', 'WA', 'Washington'], ['Tacoma', 'WA', 'Washington'],
].map(([city, code, state]) => ({ label: `${city}, ${code}`, state }));
const SCHOOLS = [
  'Arizona State University', 'Berkeley City College', 'California Polytechnic State University', 'Georgia Institute of Technology',
  'Oregon State University', 'Portland State University', 'San Jose State University', 'Stanford University', 'Texas A&M University',
  'UC Berkeley Extension', 'University of Arizona', 'University of California, Berkeley', 'University of California, Davis',
  'University of California, Los Angeles', 'University of Colorado Boulder', 'University of Texas at Austin', 'University of Washington',
].map((title) => ({ title, firstLetter: title[0].toUpperCase() }));
const TOOLS = ['Airflow', 'BigQuery', 'Dagster', 'dbt', 'Flink', 'Kafka', 'PostgreSQL', 'Python', 'Snowflake', 'Spark'];
const YEARS = [
  ['0-2', '0–2 years', 'Early career'], ['3-5', '3–5 years', 'Mid-level'], ['6-9', '6–9 years', 'Senior'], ['10+', '10+ years', 'Staff and above'],
];
const STEPS = ['Contact', 'Experience', 'Logistics'];
const STEP_FIELDS = [
  ['firstName', 'lastName', 'email', 'phone', 'location'],
  ['years'],
  ['authorized', 'sponsorship', 'startDate', 'consent'],
];

function Application() {
  const { control, register, handleSubmit, trigger, watch, setValue, formState: { errors } } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', location: null, linkedin: '', smsUpdates: false,
      company: '', jobTitle: '', years: '', tools: [], school: null, degree: '', major: '',
      authorized: '', sponsorship: '', startDate: '', salary: '', relocate: false, resume: '', coverLetter: '', pipelineStory: '',
      heard: '', gender: '', race: '', veteran: '', disability: '', consent: false,
    },
  });
  const [step, setStep] = useState(0);
  const [sent, setSent] = useState(false);
  const [search, setSearch] = useState('');
  const [network, setNetwork] = useState('');
  const values = watch();
  const text = (name, label, props = {}, rules = {}) => (
    <Controller name={name} control={control} rules={rules} render={({ field }) => (
      <TextField {...field} label={label} fullWidth margin="normal" required={!!rules.required} error={!!errors[name]} helperText={errors[name]?.message ?? props.helperText} {...props} />
    )} />
  );
  const eeo = (name, label, options) => (
    <Controller name={name} control={control} render={({ field }) => (
      <FormControl fullWidth margin="normal">
        <InputLabel id={`vl-${name}-label`}>{label}</InputLabel>
        <Select {...field} labelId={`vl-${name}-label`} id={`vl-${name}`} label={label}>
          {options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
        </Select>
      </FormControl>
    )} />
  );
  const next = async () => {
    if (await trigger(STEP_FIELDS[step])) setStep((s) => s + 1);
  };
  const model = { ...values, location: values.location?.label ?? null, school: values.school?.title ?? null };
  return (
    <>
      <CssBaseline />
      <AppBar position="static" sx={{ bgcolor: '#3b2a6b' }}>
        <Toolbar sx={{ gap: 3 }}>
          <Typography variant="h6" sx={{ fontWeight: 700 }}>VELLICHOR</Typography>
          <Typography sx={{ flex: 1, opacity: 0.85 }}>Careers · Teams · Locations</Typography>
          <Paper component="form" role="search" onSubmit={(e) => e.preventDefault()} sx={{ px: 1.5, py: 0.25 }}>
            <InputBase id="vl-search" name="keywords" placeholder="Search roles" inputProps={{ 'aria-label': 'Search roles' }} value={search} onChange={(e) => setSearch(e.target.value)} />
          </Paper>
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ my: 4 }}>
        <Paper sx={{ p: 4 }}>
          <Typography variant="overline" color="secondary">Data &amp; Analytics · Oakland, CA (hybrid) or Remote (US)</Typography>
          <Typography variant="h4" gutterBottom>Senior Data Engineer, Network Planning</Typography>
          <Typography paragraph color="text.secondary">
            Vellichor moves 40,000 pallets a day across the West. You will build the pipelines that feed our lane-pricing and capacity models.
          </Typography>
          <Stepper activeStep={step} sx={{ my: 3 }}>
            {STEPS.map((label) => <Step key={label}><StepLabel>{label}</StepLabel></Step>)}
          </Stepper>
          {sent ? (
            <Typography id="vl-done" variant="h6" color="success.main">Application submitted — thanks for applying to Vellichor!</Typography>
          ) : (
            <form id="vl-apply" noValidate onSubmit={handleSubmit(() => setSent(true))}>
              {step === 0 && (
                <Box>
                  <Box sx={{ display: 'flex', gap: 2 }}>
                    {text('firstName', 'First name', { autoComplete: 'given-name' }, { required: 'Required' })}
                    {text('lastName', 'Last name', { autoComplete: 'family-name' }, { required: 'Required' })}
                  </Box>
                  {text('email', 'Email address', { type: 'email' }, { required: 'Required', pattern: { value: /.+@.+\..+/, message: 'Enter a valid email' } })}
                  {text('phone', 'Mobile phone', { type: 'tel', slotProps: { input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } } }, { required: 'Required' })}
                  <Controller name="location" control={control} rules={{ required: 'Choose your city' }} render={({ field }) => (
                    <Autocomplete
                      id="vl-location"
                      options={CITIES}
                      groupBy={(o) => o.state}
                      getOptionLabel={(o) => o.label}
                      isOptionEqualToValue={(o, v) => o.label === v.label}
                      value={field.value}
                      onChange={(_, v) => field.onChange(v)}
                      renderInput={(params) => <TextField {...params} name="location" label="Current location" required margin="normal" error={!!errors.location} helperText={errors.location?.message ?? 'City you live in today'} />}
                    />
                  )} />
                  {text('linkedin', 'LinkedIn URL', { type: 'url' })}
                  <Controller name="smsUpdates" control={control} render={({ field }) => (
                    <FormControlLabel control={<Checkbox id="vl-sms" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Text me updates about my application (msg & data rates may apply)" />
                  )} />
                </Box>
              )}
              {step === 1 && (
                <Box>
                  <Box sx={{ display: 'flex', gap: 2 }}>
                    {text('company', 'Current employer')}
                    {text('jobTitle', 'Current job title')}
                  </Box>
                  <Controller name="years" control={control} rules={{ required: 'Choose one' }} render={({ field }) => (
                    <FormControl margin="normal" required error={!!errors.years} fullWidth>
                      <FormLabel id="vl-years-label">Years of experience in data engineering</FormLabel>
                      <RadioGroup {...field} aria-labelledby="vl-years-label" sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 1.5, mt: 1 }}>
                        {YEARS.map(([value, title, caption]) => (
                          <Card key={value} variant="outlined" sx={{ p: 1, borderColor: field.value === value ? 'secondary.main' : undefined }}>
                            <FormControlLabel value={value} control={<Radio size="small" />} sx={{ m: 0, width: '100%' }} label={
                              <Box><Typography fontWeight={600}>{title}</Typography><Typography variant="body2" color="text.secondary">{caption}</Typography></Box>
                            } />
                          </Card>
                        ))}
                      </RadioGroup>
                      {errors.years && <FormHelperText>{errors.years.message}</FormHelperText>}
                    </FormControl>
                  )} />
                  <Controller name="tools" control={control} render={({ field }) => (
                    <Autocomplete
                      multiple
                      id="vl-tools"
                      options={TOOLS}
                      value={field.value}
                      onChange={(_, v) => field.onChange(v)}
                      disableCloseOnSelect
                      renderValue={(value, getItemProps) => value.map((option, index) => { const { key, ...rest } = getItemProps({ index }); return <Chip key={key} label={option} size="small" {...rest} />; })}
                      renderInput={(params) => <TextField {...params} name="tools" label="Tools you use regularly" placeholder="Add tools" margin="normal" />}
                    />
                  )} />
                  <Controller name="school" control={control} render={({ field }) => (
                    <Autocomplete
                      id="vl-school"
                      options={SCHOOLS}
                      groupBy={(o) => o.firstLetter}
                      getOptionLabel={(o) => o.title}
                      isOptionEqualToValue={(o, v) => o.title === v.title}
                      value={field.value}
                      onChange={(_, v) => field.onChange(v)}
                      renderInput={(params) => <TextField {...params} name="school" label="School or university" margin="normal" />}
                    />
                  )} />
                  <Box sx={{ display: 'flex', gap: 2 }}>
                    {text('degree', 'Highest degree', { select: true, slotProps: { select: { native: true }, inputLabel: { shrink: true } }, id: 'vl-degree', children: [
                      <option key="" value="" />, <option key="hs" value="hs">High school / GED</option>, <option key="as" value="as">Associate degree</option>,
                      <option key="bs" value="bs">Bachelor's degree</option>, <option key="ms" value="ms">Master's degree</option>, <option key="phd" value="phd">PhD</option>,
                    ] })}
                    {text('major', 'Field of study')}
                  </Box>
                </Box>
              )}
              {step === 2 && (
                <Box>
                  <Controller name="authorized" control={control} rules={{ required: 'Required' }} render={({ field }) => (
                    <FormControl margin="normal" required error={!!errors.authorized} fullWidth>
                      <FormLabel id="vl-auth-label">Are you legally authorized to work in the United States?</FormLabel>
                      <RadioGroup {...field} row aria-labelledby="vl-auth-label">
                        <FormControlLabel value="yes" control={<Radio />} label="Yes" />
                        <FormControlLabel value="no" control={<Radio />} label="No" />
                      </RadioGroup>
                    </FormControl>
                  )} />
                  <Controller name="sponsorship" control={control} rules={{ required: 'Required' }} render={({ field }) => (
                    <FormControl margin="normal" required error={!!errors.sponsorship} fullWidth>
                      <FormLabel id="vl-spons-label">Visa sponsorship</FormLabel>
                      <RadioGroup {...field} aria-labelledby="vl-spons-label">
                        <FormControlLabel value="none" control={<Radio />} label="I don't need sponsorship, now or in the future" />
                        <FormControlLabel value="future" control={<Radio />} label="I'll need sponsorship in the future (e.g. when OPT ends)" />
                        <FormControlLabel value="now" control={<Radio />} label="I need sponsorship to start" />
                      </RadioGroup>
                    </FormControl>
                  )} />
                  <Box sx={{ display: 'flex', gap: 2 }}>
                    {text('startDate', 'Earliest start date', { type: 'date', slotProps: { inputLabel: { shrink: true } } }, { required: 'Required' })}
                    {text('salary', 'Base salary expectation', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">per year</InputAdornment> } } })}
                  </Box>
                  <Controller name="relocate" control={control} render={({ field }) => (
                    <FormControlLabel control={<Switch id="vl-relocate" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I'd relocate to Oakland for this role" />
                  )} />
                  <Box sx={{ my: 2 }}>
                    <Typography variant="subtitle2" gutterBottom>Resume *</Typography>
                    <Button component="label" variant="outlined">
                      Upload resume
                      <input id="vl-resume" type="file" hidden accept=".pdf,.doc,.docx" onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} />
                    </Button>
                    <Typography variant="body2" component="span" sx={{ ml: 2 }}>{values.resume || 'No file chosen'}</Typography>
                  </Box>
                  {text('coverLetter', 'Cover letter (optional)', { multiline: true, minRows: 4 })}
                  {text('pipelineStory', 'Tell us about a pipeline you owned end to end and what you would change about it', { multiline: true, minRows: 3 })}
                  {eeo('heard', 'How did you hear about this role?', ['LinkedIn', 'Indeed', 'Vellichor careers site', 'Referral', 'Other'])}
                  <Typography variant="subtitle1" sx={{ mt: 3 }}>Voluntary self-identification</Typography>
                  <Typography variant="body2" color="text.secondary">Optional and confidential. It does not affect your application.</Typography>
                  <Box sx={{ display: 'flex', gap: 2 }}>
                    {eeo('gender', 'Gender', ['Female', 'Male', 'Non-binary', 'Decline to self-identify'])}
                    {eeo('race', 'Race / ethnicity', ['Asian', 'Black or African American', 'Hispanic or Latino', 'White', 'Two or more races', 'Decline to self-identify'])}
                  </Box>
                  <Box sx={{ display: 'flex', gap: 2 }}>
                    {eeo('veteran', 'Veteran status', ['Protected veteran', 'Not a protected veteran', 'Decline to self-identify'])}
                    {eeo('disability', 'Disability status', ['Yes, I have a disability', 'No, I do not have a disability', 'I do not wish to answer'])}
                  </Box>
                  <Controller name="consent" control={control} rules={{ validate: (v) => v || 'Please accept to continue' }} render={({ field }) => (
                    <FormControl error={!!errors.consent}>
                      <FormControlLabel control={<Checkbox id="vl-consent" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I agree to Vellichor's applicant privacy policy *" />
                      {errors.consent && <FormHelperText>{errors.consent.message}</FormHelperText>}
                    </FormControl>
                  )} />
                </Box>
              )}
              <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 3 }}>
                <Button disabled={step === 0} onClick={() => setStep((s) => s - 1)}>Back</Button>
                {step < 2
                  ? <Button id="vl-next" variant="contained" color="secondary" onClick={next}>Next</Button>
                  : <Button id="vl-submit" type="submit" variant="contained" color="secondary">Submit application</Button>}
              </Box>
            </form>
          )}
        </Paper>
        <Box sx={{ mt: 3, display: 'flex', gap: 1, alignItems: 'center' }}>
          <TextField id="vl-network" size="small" label="Join our talent network" type="email" value={network} onChange={(e) => setNetwork(e.target.value)} />
          <Button variant="text">Join</Button>
        </Box>
      </Container>
      <pre id="model">{JSON.stringify({ step: step + 1, ...model, search, network })}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
