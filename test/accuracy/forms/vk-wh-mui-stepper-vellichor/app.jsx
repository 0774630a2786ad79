/*
 * Vellichor Logistics careers, another opening on the same template: MUI 9 + react-hook-form 7 in a
 * three-step MUI Stepper ("Contact", "Experience", "Logistics"). Only the active step is mounted;
 * Next validates that step's fields with trigger(). TextFields without ids (MUI makes `_r_N_` ids),
 * a "+1" start adornment, an Autocomplete location grouped by state, an Autocomplete school grouped
 * by first letter, radio cards for years (this posting's buckets), a native Select for the degree,
 * a ToggleButtonGroup for the work arrangement, Autocomplete multiple with chips, a `type=date`
 * TextField, "$" / "per year" adornments, a hidden file input inside a Button, non-native Selects
 * for EEO. RHF's values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import {
  AppBar, Autocomplete, Box, Button, Card, Checkbox, Chip, Container, CssBaseline, FormControl, FormControlLabel,
  FormHelperText, FormLabel, InputAdornment, InputBase, InputLabel, MenuItem, Paper, Radio, RadioGroup, Select, Step,
  StepLabel, Stepper, Switch, TextField, ToggleButton, ToggleButtonGroup, Toolbar, Typography,
} from '@mui/material';

const CITIES = [
  ['Phoenix', 'AZ', 'Arizona'], ['Tucson', 'AZ', 'Arizona'], ['Los Angeles', 'CA', 'California'], ['Oakland', 'CA', 'California'],
  ['Sacramento', 'CA', 'California'], ['San Diego', 'CA', 'California'], ['San Francisco', 'CA', 'California'], ['San Jose', 'CA', 'California'],
  ['South San Francisco', 'CA', 'California'], ['Boise', 'ID', 'Idaho'], ['Las Vegas', 'NV', 'Nevada'], ['Reno', 'NV', 'Nevada'],
  ['Sparks', 'NV', 'Nevada'], ['Portland', 'OR', 'Oregon'], ['Salt Lake City', 'UT', 'Utah'], ['Seattle', 'WA', 'Washington'],
].map(([city, code, state]) => ({ label: `${city}, ${code}`, state }));
const SCHOOLS = [
  'Arizona State University', 'Berkeley City College', 'Boise State University', 'California State University, Sacramento',
  'Oregon State University', 'San Francisco State University', 'San Jose State University', 'Stanford University',
  'UC Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Santa Cruz',
  'University of Nevada, Reno', 'University of Utah', 'University of Washington',
].map((title) => ({ title, firstLetter: title[0].toUpperCase() }));
const SYSTEMS = ['Blue Yonder', 'Manhattan Active WM', 'Oracle WMS', 'SAP EWM', 'Körber', 'Infor WMS', 'Shopify', 'NetSuite'];
const YEARS = [
  ['0-3', '0–3 years', 'Associate'], ['4-6', '4–6 years', 'Intermediate'], ['7-10', '7–10 years', 'Senior'], ['11+', '11+ years', 'Lead / Principal'],
];
const STEPS = ['Contact', 'Experience', 'Logistics'];
const STEP_FIELDS = [
  ['firstName', 'lastName', 'email', 'phone', 'location'],
  ['employed', 'years'],
  ['sponsorship', 'authorized', 'consent'],
];

function Application() {
  const { control, handleSubmit, trigger, watch, setValue, formState: { errors } } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', location: null, github: '', smsUpdates: false,
      employed: '', company: '', jobTitle: '', years: '', systems: [], school: null, degree: '',
      sponsorship: '', authorized: '', arrangement: '', startDate: '', salary: '', renoVisits: false, resume: '', anythingElse: '',
      heard: '', gender: '', veteran: '', disability: '', consent: false,
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
          <Typography variant="overline" color="secondary">Operations Analytics · Sparks, NV (hybrid) or Remote (US)</Typography>
          <Typography variant="h4" gutterBottom>Analytics Engineer, Warehouse Operations</Typography>
          <Typography paragraph color="text.secondary">
            Our Sparks distribution center ships 2 million orders a month. You will model labor, slotting and dock data in dbt so that site leaders can plan each shift from one trusted dashboard.
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
                      renderInput={(params) => <TextField {...params} name="location" label="Where do you live?" required margin="normal" error={!!errors.location} helperText={errors.location?.message ?? 'Pick the closest city'} />}
                    />
                  )} />
                  {text('github', 'GitHub or portfolio link (optional)', { type: 'url' })}
                  <Controller name="smsUpdates" control={control} render={({ field }) => (
                    <FormControlLabel control={<Checkbox id="vl-sms" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Text me updates about my application (msg & data rates may apply)" />
                  )} />
                </Box>
              )}
              {step === 1 && (
                <Box>
                  <Controller name="employed" control={control} rules={{ required: 'Required' }} render={({ field }) => (
                    <FormControl margin="normal" required error={!!errors.employed} fullWidth>
                      <FormLabel id="vl-employed-label">Are you currently employed?</FormLabel>
                      <RadioGroup {...field} row aria-labelledby="vl-employed-label">
                        <FormControlLabel value="yes" control={<Radio />} label="Yes" />
                        <FormControlLabel value="no" control={<Radio />} label="No" />
                      </RadioGroup>
                    </FormControl>
                  )} />
                  <Box sx={{ display: 'flex', gap: 2 }}>
                    {text('company', 'Current or most recent employer')}
                    {text('jobTitle', 'Job title')}
                  </Box>
                  <Controller name="years" control={control} rules={{ required: 'Choose one' }} render={({ field }) => (
                    <FormControl margin="normal" required error={!!errors.years} fullWidth>
                      <FormLabel id="vl-years-label">Years of professional experience in analytics or data engineering</FormLabel>
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
                  <Controller name="systems" control={control} render={({ field }) => (
                    <Autocomplete
                      multiple
                      id="vl-systems"
                      options={SYSTEMS}
                      value={field.value}
                      onChange={(_, v) => field.onChange(v)}
                      disableCloseOnSelect
                      renderValue={(value, getItemProps) => value.map((option, index) => { const { key, ...rest } = getItemProps({ index }); return <Chip key={key} label={option} size="small" {...rest} />; })}
                      renderInput={(params) => <TextField {...params} name="systems" label="Warehouse or order systems you have pulled data from" placeholder="Add systems" margin="normal" />}
                    />
                  )} />
                  <Box sx={{ display: 'flex', gap: 2 }}>
                    <Controller name="school" control={control} render={({ field }) => (
                      <Autocomplete
                        id="vl-school"
                        options={SCHOOLS}
                        groupBy={(o) => o.firstLetter}
                        getOptionLabel={(o) => o.title}
                        isOptionEqualToValue={(o, v) => o.title === v.title}
                        value={field.value}
                        onChange={(_, v) => field.onChange(v)}
                        sx={{ flex: 1 }}
                        renderInput={(params) => <TextField {...params} name="school" label="College or university" margin="normal" />}
                      />
                    )} />
                    {text('degree', 'Degree earned', { select: true, slotProps: { select: { native: true }, inputLabel: { shrink: true } }, id: 'vl-degree', sx: { flex: 1 }, children: [
                      <option key="" value="" />, <option key="none" value="none">No degree</option>, <option key="as" value="as">Associate (AA/AS)</option>,
                      <option key="bs" value="bs">Bachelor's (BA/BS)</option>, <option key="ms" value="ms">Master's (MA/MS/MBA)</option>, <option key="phd" value="phd">Doctorate</option>,
                    ] })}
                  </Box>
                </Box>
              )}
              {step === 2 && (
                <Box>
                  <Controller name="sponsorship" control={control} rules={{ required: 'Required' }} render={({ field }) => (
                    <FormControl margin="normal" required error={!!errors.sponsorship} fullWidth>
                      <FormLabel id="vl-spons-label">Will you now or in the future require Vellichor to sponsor an employment visa?</FormLabel>
                      <RadioGroup {...field} row aria-labelledby="vl-spons-label">
                        <FormControlLabel value="yes" control={<Radio />} label="Yes" />
                        <FormControlLabel value="no" control={<Radio />} label="No" />
                      </RadioGroup>
                    </FormControl>
                  )} />
                  <Controller name="authorized" control={control} rules={{ required: 'Required' }} render={({ field }) => (
                    <FormControl margin="normal" required error={!!errors.authorized} fullWidth>
                      <FormLabel id="vl-auth-label">Work authorization</FormLabel>
                      <RadioGroup {...field} aria-labelledby="vl-auth-label">
                        <FormControlLabel value="us" control={<Radio />} label="I am authorized to work in the US for any employer" />
                        <FormControlLabel value="ead" control={<Radio />} label="I am authorized to work in the US with a time-limited permit (e.g. OPT, EAD)" />
                        <FormControlLabel value="none" control={<Radio />} label="I am not yet authorized to work in the US" />
                      </RadioGroup>
                    </FormControl>
                  )} />
                  <Controller name="arrangement" control={control} render={({ field }) => (
                    <FormControl margin="normal" fullWidth>
                      <FormLabel id="vl-arr-label" sx={{ mb: 1 }}>Preferred work arrangement</FormLabel>
                      <ToggleButtonGroup id="vl-arrangement" exclusive color="secondary" aria-labelledby="vl-arr-label" value={field.value} onChange={(_, v) => field.onChange(v ?? '')}>
                        <ToggleButton value="remote">Remote</ToggleButton>
                        <ToggleButton value="hybrid">Hybrid (Sparks)</ToggleButton>
                        <ToggleButton value="onsite">On-site (Sparks)</ToggleButton>
                      </ToggleButtonGroup>
                    </FormControl>
                  )} />
                  <Box sx={{ display: 'flex', gap: 2 }}>
                    {text('startDate', 'When could you start?', { type: 'date', slotProps: { inputLabel: { shrink: true } } })}
                    {text('salary', 'Desired base pay', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">per year</InputAdornment> } } })}
                  </Box>
                  <Controller name="renoVisits" control={control} render={({ field }) => (
                    <FormControlLabel control={<Switch id="vl-reno" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I can spend two days a month at the Sparks distribution center" />
                  )} />
                  <Box sx={{ my: 2 }}>
                    <Typography variant="subtitle2" gutterBottom>Resume *</Typography>
                    <Button component="label" variant="outlined">
                      Upload resume
                      <input id="vl-resume" type="file" hidden accept=".pdf,.doc,.docx" onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} />
                    </Button>
                    <Typography variant="body2" component="span" sx={{ ml: 2 }}>{values.resume || 'No file chosen'}</Typography>
                  </Box>
                  {text('anythingElse', 'Anything else you would like us to know? (optional)', { multiline: true, minRows: 3 })}
                  {eeo('heard', 'Where did you find this job?', ['LinkedIn', 'Indeed', 'Built In', 'Vellichor careers site', 'Referral', 'Other'])}
                  <Typography variant="subtitle1" sx={{ mt: 3 }}>Voluntary self-identification</Typography>
                  <Typography variant="body2" color="text.secondary">Optional and confidential. It does not affect your application.</Typography>
                  <Box sx={{ display: 'flex', gap: 2 }}>
                    {eeo('gender', 'Gender', ['Female', 'Male', 'Non-binary', 'Decline to self-identify'])}
                    {eeo('veteran', 'Veteran status', ['Protected veteran', 'Not a protected veteran', 'Decline to self-identify'])}
                  </Box>
                  {eeo('disability', 'Disability status', ['Yes, I have a disability', 'No, I do not have a disability', 'I do not wish to answer'])}
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
