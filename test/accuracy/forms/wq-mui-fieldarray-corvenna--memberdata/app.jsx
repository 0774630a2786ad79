/**
 * Corvenna Health careers page, another posting of the same template (Member Data): links preset
 * "LinkedIn" / "Portfolio", a HIPAA-experience question. Original description: Corvenna Health careers page (React 19, **MUI 9** + **react-hook-form** Controllers): an AppBar with
 * a job search; an **Autocomplete with `loading`** whose options are fetched as you type (400 ms after
 * two characters, a spinner and "Searching…" meanwhile, `filterOptions={(x) => x}`); a Select with
 * **`displayEmpty` + `renderValue`** placeholder ("Select a range"); a **`multiple` Select whose
 * `renderValue` shows Chips** (teams, left alone); **`useFieldArray`** for links (two rows preset
 * "LinkedIn" / "GitHub" with a type Select each, "+ Add link") and for education (one entry: school,
 * degree Select, field of study, graduation year, "+ Add education"); "+1" and "$ … per year"
 * adornments; row RadioGroups; a Switch for relocation; a VisuallyHiddenInput resume button.
 * The form values go to <pre id="model">.
 */
import {
  AppBar, Autocomplete, Box, Button, Checkbox, Chip, CircularProgress, Container, Divider, FormControl, FormControlLabel, FormHelperText,
  FormLabel, IconButton, InputAdornment, InputBase, InputLabel, MenuItem, OutlinedInput, Paper, Radio, RadioGroup, Select, Stack, Switch,
  TextField, Toolbar, Typography,
} from '@mui/material';
import { styled } from '@mui/material/styles';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useFieldArray, useForm } from 'react-hook-form';

const PLACES = [
  'San Francisco, CA, USA', 'South San Francisco, CA, USA', 'San Francisco, Heredia, Costa Rica', 'San Fernando, CA, USA', 'San Jose, CA, USA', 'Santa Clara, CA, USA',
  'San Diego, CA, USA', 'Sacramento, CA, USA', 'Oakland, CA, USA', 'Chicago, IL, USA', 'Evanston, IL, USA', 'Naperville, IL, USA', 'Milwaukee, WI, USA',
  'Minneapolis, MN, USA', 'Denver, CO, USA', 'Austin, TX, USA', 'New York, NY, USA', 'Seattle, WA, USA', 'Portland, OR, USA', 'Toronto, ON, Canada',
];
const fetchPlaces = (q) => new Promise((resolve) => setTimeout(() => resolve(PLACES.filter((p) => p.toLowerCase().includes(q.trim().toLowerCase())).slice(0, 7)), 400));
const YEARS = [['0-2', 'Less than 3 years'], ['3-5', '3–5 years'], ['6-8', '6–8 years'], ['9-12', '9–12 years'], ['13+', '13 or more years']];
const TEAMS = ['Claims Intelligence', 'Provider Data', 'Risk Adjustment', 'Care Management Analytics'];
const LINK_TYPES = ['LinkedIn', 'GitHub', 'Portfolio', 'Personal website', 'Other'];
const DEGREES = [['hs', 'High school diploma / GED'], ['aa', 'Associate degree'], ['ba', 'Bachelor’s degree'], ['ms', 'Master’s degree'], ['phd', 'Doctorate (PhD, MD, JD)'], ['other', 'Other']];
const HEARD = ['LinkedIn', 'Indeed', 'Corvenna careers site', 'Employee referral', 'Event', 'Other'];

const VisuallyHiddenInput = styled('input')({
  clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', height: 1, overflow: 'hidden', position: 'absolute', bottom: 0, left: 0, whiteSpace: 'nowrap', width: 1,
});

function LocationField({ field, error }) {
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    if (input.trim().length < 2 || input === field.value) { setOptions(field.value ? [field.value] : []); setLoading(false); return; }
    const n = ++seq.current;
    setLoading(true);
    fetchPlaces(input).then((found) => { if (n === seq.current) { setOptions(found); setLoading(false); } });
  }, [input]);
  return (
    <Autocomplete
      id="cv-location" open={open} onOpen={() => setOpen(true)} onClose={() => setOpen(false)}
      value={field.value} onChange={(_, v) => field.onChange(v)} inputValue={input} onInputChange={(_, v) => setInput(v)}
      options={options} filterOptions={(x) => x} loading={loading} loadingText="Searching…" noOptionsText={input.length < 2 ? 'Type at least 2 characters' : 'No locations found'}
      isOptionEqualToValue={(a, b) => a === b}
      renderInput={(params) => (
        <TextField {...params} name="location" label="Where are you located?" required error={!!error} helperText={error ? 'Please choose your location' : 'City where you live today'}
          inputRef={field.ref} onBlur={field.onBlur}
          slotProps={{ ...params.slotProps, input: { ...params.slotProps.input, endAdornment: (<>{loading ? <CircularProgress color="inherit" size={18} /> : null}{params.slotProps.input.endAdornment}</>) } }} />
      )}
    />
  );
}

function Application() {
  const { control, handleSubmit, watch, register, setValue, formState: { errors } } = useForm({
    defaultValues: {
      firstName: '', lastName: '', email: '', phone: '', location: null, years: '', teams: [],
      links: [{ type: 'LinkedIn', url: '' }, { type: 'Portfolio', url: '' }],
      employer: '', jobTitle: '',
      education: [{ school: '', degree: '', field: '', gradYear: '' }],
      authorized: '', sponsorship: '', hipaa: '', relocate: false, salary: '', startDate: '', resume: '', coverLetter: '', heard: '', smsOptIn: false, terms: false,
    },
  });
  const links = useFieldArray({ control, name: 'links' });
  const education = useFieldArray({ control, name: 'education' });
  const [sent, setSent] = useState(false);
  const values = watch();
  const text = (name, label, props = {}) => (
    <Controller name={name} control={control} rules={props.required ? { required: true } : undefined}
      render={({ field, fieldState }) => <TextField {...field} id={`cv-${name.replaceAll('.', '-')}`} label={label} fullWidth margin="normal" error={!!fieldState.error} {...props} />} />
  );

  if (sent) return <Container maxWidth="md" sx={{ my: 6 }}><Paper id="cv-done" sx={{ p: 4 }}><Typography variant="h5">Thank you, we received your application.</Typography></Paper></Container>;
  return (
    <>
      <AppBar position="static" elevation={0} sx={{ bgcolor: '#1d2a6b' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" sx={{ flexGrow: 1, fontWeight: 700 }}>Corvenna Health · Careers</Typography>
          <Paper sx={{ px: 1.5, display: 'flex', alignItems: 'center', width: 260 }}>
            <InputBase id="cv-search" placeholder="Search jobs" inputProps={{ 'aria-label': 'Search jobs', name: 'q' }} fullWidth />
          </Paper>
          <Button color="inherit">Saved jobs</Button>
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ my: 4 }}>
        <Typography variant="overline">Member Experience · Remote (US) · Full-time</Typography>
        <Typography variant="h4" component="h1" gutterBottom>Analytics Engineer, Member Data</Typography>
        <Typography paragraph>Our Member Data team models enrollment, engagement and care-gap data for 1.2 million members so care managers know whom to call first.</Typography>
        <Typography paragraph>Base salary range: $130,000 – $160,000 plus an annual bonus.</Typography>
        <Paper component="form" id="cv-apply" noValidate onSubmit={handleSubmit(() => setSent(true))} sx={{ p: 4, mt: 3 }}>
          <Typography variant="h5" gutterBottom>Apply for this role</Typography>
          <Stack direction="row" spacing={2}>{text('firstName', 'First name', { required: true, autoComplete: 'given-name' })}{text('lastName', 'Last name', { required: true, autoComplete: 'family-name' })}</Stack>
          <Stack direction="row" spacing={2}>
            {text('email', 'Email address', { required: true, type: 'email' })}
            {text('phone', 'Mobile phone', { type: 'tel', slotProps: { input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } }, helperText: 'US numbers only' })}
          </Stack>
          <Controller name="location" control={control} rules={{ required: true }} render={({ field, fieldState }) => <LocationField field={field} error={fieldState.error} />} />

          <Typography variant="h6" sx={{ mt: 3 }}>Links</Typography>
          {links.fields.map((item, i) => (
            <Stack direction="row" spacing={2} key={item.id} alignItems="center" data-row={`links-${i}`}>
              <Controller name={`links.${i}.type`} control={control} render={({ field }) => (
                <FormControl margin="normal" sx={{ minWidth: 180 }}>
                  <InputLabel id={`cv-links-${i}-type-label`}>Link type</InputLabel>
                  <Select {...field} labelId={`cv-links-${i}-type-label`} id={`cv-links-${i}-type`} label="Link type">
                    {LINK_TYPES.map((t) => <MenuItem key={t} value={t}>{t}</MenuItem>)}
                  </Select>
                </FormControl>)} />
              {text(`links.${i}.url`, 'URL', { placeholder: 'https://' })}
              <IconButton aria-label={`Remove link ${i + 1}`} onClick={() => links.remove(i)}>×</IconButton>
            </Stack>
          ))}
          <Button id="cv-add-link" onClick={() => links.append({ type: 'Other', url: '' })}>+ Add link</Button>

          <Typography variant="h6" sx={{ mt: 3 }}>Experience</Typography>
          <Stack direction="row" spacing={2}>{text('employer', 'Current or most recent employer')}{text('jobTitle', 'Current or most recent job title')}</Stack>
          <Controller name="years" control={control} rules={{ required: true }} render={({ field, fieldState }) => (
            <FormControl fullWidth margin="normal" error={!!fieldState.error}>
              <FormLabel id="cv-years-label" sx={{ mb: 1 }}>How many years of data engineering experience do you have? *</FormLabel>
              <Select {...field} id="cv-years" displayEmpty input={<OutlinedInput />} inputProps={{ 'aria-labelledby': 'cv-years-label' }}
                renderValue={(v) => (v ? YEARS.find(([k]) => k === v)[1] : <em style={{ color: '#888' }}>Select a range</em>)}>
                <MenuItem disabled value=""><em>Select a range</em></MenuItem>
                {YEARS.map(([k, l]) => <MenuItem key={k} value={k}>{l}</MenuItem>)}
              </Select>
            </FormControl>)} />
          <Controller name="teams" control={control} render={({ field }) => (
            <FormControl fullWidth margin="normal">
              <InputLabel id="cv-teams-label">Other teams you would like to be considered for</InputLabel>
              <Select {...field} multiple id="cv-teams" labelId="cv-teams-label" input={<OutlinedInput label="Other teams you would like to be considered for" />}
                renderValue={(selected) => <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>{selected.map((v) => <Chip key={v} label={v} size="small" />)}</Box>}>
                {TEAMS.map((t) => <MenuItem key={t} value={t}><Checkbox checked={field.value.includes(t)} size="small" />{t}</MenuItem>)}
              </Select>
              <FormHelperText>Optional. Select all that apply.</FormHelperText>
            </FormControl>)} />

          <Typography variant="h6" sx={{ mt: 3 }}>Education</Typography>
          {education.fields.map((item, i) => (
            <Box key={item.id} data-row={`education-${i}`} sx={{ border: '1px solid #dde2ee', borderRadius: 2, p: 2, mt: 1 }}>
              <Typography variant="subtitle2">Education {i + 1}</Typography>
              {text(`education.${i}.school`, 'School or university')}
              <Stack direction="row" spacing={2}>
                <Controller name={`education.${i}.degree`} control={control} render={({ field }) => (
                  <FormControl fullWidth margin="normal">
                    <InputLabel id={`cv-education-${i}-degree-label`}>Degree</InputLabel>
                    <Select {...field} labelId={`cv-education-${i}-degree-label`} id={`cv-education-${i}-degree`} label="Degree">
                      {DEGREES.map(([k, l]) => <MenuItem key={k} value={k}>{l}</MenuItem>)}
                    </Select>
                  </FormControl>)} />
                {text(`education.${i}.field`, 'Field of study')}
                {text(`education.${i}.gradYear`, 'Graduation year', { placeholder: 'YYYY', slotProps: { htmlInput: { inputMode: 'numeric', maxLength: 4 } } })}
              </Stack>
              {i > 0 ? <Button color="error" onClick={() => education.remove(i)}>Remove</Button> : null}
            </Box>
          ))}
          <Button id="cv-add-education" onClick={() => education.append({ school: '', degree: '', field: '', gradYear: '' })}>+ Add education</Button>

          <Typography variant="h6" sx={{ mt: 3 }}>Eligibility & preferences</Typography>
          {[['authorized', 'Are you legally authorized to work in the United States?'], ['sponsorship', 'Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)?']].map(([name, label]) => (
            <Controller key={name} name={name} control={control} rules={{ required: true }} render={({ field }) => (
              <FormControl margin="normal" fullWidth>
                <FormLabel id={`cv-${name}-label`}>{label} *</FormLabel>
                <RadioGroup {...field} row aria-labelledby={`cv-${name}-label`} name={name}>
                  <FormControlLabel value="yes" control={<Radio />} label="Yes" />
                  <FormControlLabel value="no" control={<Radio />} label="No" />
                </RadioGroup>
              </FormControl>)} />
          ))}
          <Controller name="hipaa" control={control} render={({ field }) => (
            <FormControl margin="normal" fullWidth>
              <FormLabel id="cv-hipaa-label">Have you worked with HIPAA-regulated data (PHI) before?</FormLabel>
              <RadioGroup {...field} row aria-labelledby="cv-hipaa-label" name="hipaa">
                <FormControlLabel value="yes" control={<Radio />} label="Yes" />
                <FormControlLabel value="no" control={<Radio />} label="No" />
              </RadioGroup>
            </FormControl>)} />
          <Controller name="relocate" control={control} render={({ field }) => (
            <FormControlLabel control={<Switch id="cv-relocate" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I would relocate to Chicago for this role" />)} />
          <Stack direction="row" spacing={2}>
            {text('salary', 'Desired base salary', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">per year</InputAdornment> } } })}
            {text('startDate', 'Earliest start date', { type: 'date', slotProps: { inputLabel: { shrink: true } } })}
          </Stack>

          <Typography variant="h6" sx={{ mt: 3 }}>Resume & cover letter</Typography>
          <Button component="label" variant="outlined" sx={{ mt: 1 }}>Upload resume
            <VisuallyHiddenInput id="cv-resume" type="file" name="resume" accept=".pdf,.docx" onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} />
          </Button>
          <Typography component="span" sx={{ ml: 2 }}>{values.resume || 'PDF or DOCX, up to 5 MB'}</Typography>
          {text('coverLetter', 'Cover letter', { multiline: true, minRows: 4 })}
          <Controller name="heard" control={control} render={({ field }) => (
            <FormControl fullWidth margin="normal">
              <InputLabel id="cv-heard-label">How did you hear about us?</InputLabel>
              <Select {...field} labelId="cv-heard-label" id="cv-heard" label="How did you hear about us?">{HEARD.map((h) => <MenuItem key={h} value={h}>{h}</MenuItem>)}</Select>
            </FormControl>)} />
          <Divider sx={{ my: 2 }} />
          <Controller name="smsOptIn" control={control} render={({ field }) => (
            <FormControlLabel control={<Checkbox id="cv-sms" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Text me updates about my application (message and data rates may apply)" />)} />
          <Controller name="terms" control={control} rules={{ validate: (v) => v }} render={({ field, fieldState }) => (
            <FormControl error={!!fieldState.error}><FormControlLabel control={<Checkbox id="cv-terms" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I certify that the information I provided is true and complete. *" /></FormControl>)} />
          <Box sx={{ mt: 2 }}><Button type="submit" variant="contained" size="large" id="cv-submit">Submit application</Button></Box>
          {Object.keys(errors).length ? <Typography color="error" sx={{ mt: 1 }}>Please complete the required fields.</Typography> : null}
        </Paper>
      </Container>
      <pre id="model">{JSON.stringify(values)}</pre>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
