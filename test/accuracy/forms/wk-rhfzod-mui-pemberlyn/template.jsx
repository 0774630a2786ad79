/*
 * Pemberlyn Grid careers: a React application form on MUI 9 driven only by react-hook-form
 * Controllers (no register, no DOM refs: the state lives in the form library) and validated on
 * submit by a zod 4 schema through @hookform/resolvers. Pieces: Autocomplete with groupBy (metro
 * areas grouped by state; countries grouped by first letter as in the MUI docs), Autocomplete
 * freeSolo (school, pronouns), Autocomplete multiple with chips (left alone), a native TextField
 * select (degree), a non-native Select with sentence answers, RadioGroup "cards" (FormControlLabel
 * with a title and a description), a phone whose zod rule wants the country code, a start date
 * checked against MM/DD/YYYY, a hidden file input inside a Button. Shared by the postings; the
 * form's values (watch()) go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import countries from 'world-countries';
import {
  Alert, AppBar, Autocomplete, Box, Button, Checkbox, Chip, Container, CssBaseline, FormControl, FormControlLabel, FormHelperText,
  FormLabel, InputAdornment, MenuItem, Paper, Radio, RadioGroup, TextField, ThemeProvider, Toolbar, Typography, createTheme,
} from '@mui/material';

const theme = createTheme({ palette: { primary: { main: '#1f5f4a' }, secondary: { main: '#d98e04' } }, shape: { borderRadius: 8 } });

const METROS = [
  ['California', 'Los Angeles Area'], ['California', 'Sacramento Area'], ['California', 'San Diego Area'], ['California', 'San Francisco Bay Area'],
  ['Colorado', 'Denver Metro'], ['Illinois', 'Chicago Metro'], ['New York', 'New York City Metro'], ['Texas', 'Austin Metro'], ['Texas', 'Houston Metro'],
  ['Washington', 'Seattle Metro'], ['Outside the US', 'Canada'], ['Outside the US', 'Somewhere else'],
].map(([group, label]) => ({ group, label }));
const COUNTRY_NAMES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const SCHOOLS = [
  'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine',
  'University of California, Los Angeles', 'University of Colorado Boulder', 'University of Texas at Austin', 'University of Washington',
];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they'];
const DEGREES = ['High school diploma or GED', 'Associate degree', "Bachelor's (BA, BS)", "Master's (MA, MS, MBA)", 'Doctorate (PhD)', 'Other / none'];
const SPONSOR = [
  'No, I do not and will not require sponsorship',
  'Yes, I will require sponsorship now or in the future',
  'I currently hold a visa that will need to be transferred',
];
const HEARD = ['LinkedIn', 'A Pemberlyn employee', 'Conference or meetup', 'Job board', 'Other'];
const GENDER = ['Woman', 'Man', 'Non-binary', 'I prefer not to say'];

const phoneRule = z.string().regex(/^\+\d[\d\s().-]{7,}$/, 'Start with your country code, e.g. +1 415 555 0100');
const dateRule = z.string().regex(/^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/\d{4}$/, 'Use MM/DD/YYYY');

export function renderApplication(posting) {
  const schema = z.object({
    firstName: z.string().min(1, 'Required'),
    lastName: z.string().min(1, 'Required'),
    email: z.email('Enter a valid email'),
    phone: phoneRule,
    metro: z.object({ group: z.string(), label: z.string() }, { error: 'Pick your metro area' }),
    country: z.string({ error: 'Required' }).min(1, 'Required'),
    linkedin: z.union([z.literal(''), z.url('Enter a full URL')]),
    github: z.union([z.literal(''), z.url('Enter a full URL')]),
    employer: z.string(),
    jobTitle: z.string(),
    years: z.string({ error: 'Pick one' }).min(1, 'Pick one'),
    degree: z.string(),
    school: z.string().nullable(),
    pronouns: z.string().nullable(),
    authorized: z.enum(['yes', 'no'], { error: 'Required' }),
    sponsorship: z.string().min(1, 'Required'),
    salary: z.string().regex(/^\d[\d,]*$/, 'Numbers only'),
    startDate: dateRule,
    stack: z.array(z.string()),
    resume: z.string().min(1, 'Attach your resume'),
    coverLetter: z.string(),
    heard: z.string(),
    gender: z.string(),
    veteran: z.string(),
    consent: z.literal(true, { error: 'Please confirm' }),
    ...Object.fromEntries(posting.questions.map((q) => [q.key, q.type === 'text' || !q.required ? z.string() : z.string().min(1, 'Required')])),
  });
  const defaults = {
    firstName: '', lastName: '', email: '', phone: '', metro: null, country: null, linkedin: '', github: '', employer: '', jobTitle: '',
    years: '', degree: '', school: null, pronouns: null, authorized: '', sponsorship: '', salary: '', startDate: '', stack: [], resume: '',
    coverLetter: '', heard: '', gender: '', veteran: '', consent: false,
    ...Object.fromEntries(posting.questions.map((q) => [q.key, ''])),
  };

  function Application() {
    const { control, handleSubmit, watch, setValue } = useForm({ resolver: zodResolver(schema), defaultValues: defaults, mode: 'onSubmit' });
    const [sent, setSent] = useState(false);
    const [search, setSearch] = useState('');
    const values = watch();
    const model = { ...values, metro: values.metro ? values.metro.label : null };

    const text = (name, label, props = {}) => (
      <Controller name={name} control={control} render={({ field, fieldState }) => (
        <TextField {...field} id={`pg-${name}`} label={label} fullWidth margin="normal" error={!!fieldState.error}
          helperText={fieldState.error?.message ?? props.helperText} {...props} />
      )} />
    );
    const select = (name, label, options, props = {}) => (
      <Controller name={name} control={control} render={({ field, fieldState }) => (
        <TextField {...field} id={`pg-${name}`} select label={label} fullWidth margin="normal" error={!!fieldState.error}
          helperText={fieldState.error?.message ?? props.helperText}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value=""><em>Select…</em></MenuItem>
          {options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
        </TextField>
      )} />
    );
    const radios = (name, label, options, row = true) => (
      <Controller name={name} control={control} render={({ field, fieldState }) => (
        <FormControl margin="normal" error={!!fieldState.error} fullWidth>
          <FormLabel id={`pg-${name}-label`}>{label}</FormLabel>
          <RadioGroup row={row} aria-labelledby={`pg-${name}-label`} name={name} value={field.value} onChange={(e) => field.onChange(e.target.value)}>
            {options.map(([value, text]) => <FormControlLabel key={value} value={value} control={<Radio />} label={text} />)}
          </RadioGroup>
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      )} />
    );

    return (
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <AppBar position="static" color="primary" elevation={0}>
          <Toolbar sx={{ gap: 3 }}>
            <Typography variant="h6" sx={{ fontWeight: 700 }}>Pemberlyn<span style={{ color: '#f2c14e' }}>Grid</span></Typography>
            <Box sx={{ flex: 1, display: 'flex', gap: 2, fontSize: 14 }}><span>Platform</span><span>Utilities</span><span>Careers</span></Box>
            <TextField id="pg-site-search" size="small" placeholder="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)}
              sx={{ bgcolor: '#fff', borderRadius: 1, width: 200 }} slotProps={{ htmlInput: { 'aria-label': 'Search jobs', name: 'q' } }} />
            <Button color="inherit" variant="outlined" size="small">Sign in</Button>
          </Toolbar>
        </AppBar>
        <Container maxWidth="md" sx={{ my: 4 }}>
          <Typography variant="overline" color="secondary">{posting.team}</Typography>
          <Typography variant="h4" component="h1" gutterBottom>{posting.title}</Typography>
          <Typography color="text.secondary" gutterBottom>{posting.where} · Full-time</Typography>
          <Typography paragraph>{posting.intro}</Typography>
          <Paper variant="outlined" sx={{ p: 4 }}>
            <Typography variant="h5" component="h2">Apply for this job</Typography>
            <Typography variant="body2" color="text.secondary">Fields marked * are required.</Typography>
            <form id="pg-application" noValidate onSubmit={handleSubmit(() => setSent(true))}>
              <Box sx={{ display: 'flex', gap: 2 }}>
                {text('firstName', 'First name', { required: true, autoComplete: 'given-name' })}
                {text('lastName', 'Last name', { required: true, autoComplete: 'family-name' })}
              </Box>
              {text('email', 'Email', { required: true, type: 'email' })}
              {text('phone', 'Phone', { required: true, type: 'tel', helperText: 'Include your country code, e.g. +1 415 555 0100' })}
              <Controller name="metro" control={control} render={({ field, fieldState }) => (
                <Autocomplete id="pg-metro" options={METROS} groupBy={(o) => o.group} getOptionLabel={(o) => o.label}
                  isOptionEqualToValue={(a, b) => a.label === b.label} value={field.value} onChange={(_, v) => field.onChange(v)}
                  renderInput={(params) => <TextField {...params} name="metro" label="Which metro area do you live in?" required margin="normal"
                    error={!!fieldState.error} helperText={fieldState.error?.message ?? 'We hire in these areas and remotely across the US'} />} />
              )} />
              <Controller name="country" control={control} render={({ field, fieldState }) => (
                <Autocomplete id="pg-country" options={COUNTRY_NAMES} groupBy={(o) => o[0].toUpperCase()} value={field.value}
                  onChange={(_, v) => field.onChange(v)} autoHighlight
                  renderInput={(params) => <TextField {...params} name="country" label="Country of residence" required margin="normal"
                    error={!!fieldState.error} helperText={fieldState.error?.message} />} />
              )} />
              <Box sx={{ display: 'flex', gap: 2 }}>
                {text('linkedin', 'LinkedIn profile', { placeholder: 'https://linkedin.com/in/…' })}
                {text('github', 'GitHub or portfolio', { placeholder: 'https://' })}
              </Box>
              <Box sx={{ display: 'flex', gap: 2 }}>
                {text('employer', 'Current employer')}
                {text('jobTitle', 'Current job title')}
              </Box>
              <Controller name="years" control={control} render={({ field, fieldState }) => (
                <FormControl margin="normal" error={!!fieldState.error} fullWidth required>
                  <FormLabel id="pg-years-label">{posting.yearsLabel}</FormLabel>
                  <RadioGroup aria-labelledby="pg-years-label" name="years" value={field.value} onChange={(e) => field.onChange(e.target.value)}
                    sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 1, mt: 1 }}>
                    {posting.years.map(([value, title, desc]) => (
                      <Paper key={value} variant="outlined" sx={{ px: 1.5, py: 1, borderColor: field.value === value ? 'primary.main' : undefined }}>
                        <FormControlLabel value={value} control={<Radio />} sx={{ width: '100%', m: 0 }}
                          label={<Box><Typography fontWeight={600}>{title}</Typography><Typography variant="body2" color="text.secondary">{desc}</Typography></Box>} />
                      </Paper>
                    ))}
                  </RadioGroup>
                  {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
                </FormControl>
              )} />
              <Box sx={{ display: 'flex', gap: 2 }}>
                <Controller name="degree" control={control} render={({ field }) => (
                  <TextField {...field} id="pg-degree" select label="Highest degree completed" fullWidth margin="normal"
                    slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
                    <option value="">Choose one</option>
                    {DEGREES.map((d) => <option key={d} value={d}>{d}</option>)}
                  </TextField>
                )} />
                <Controller name="school" control={control} render={({ field }) => (
                  <Autocomplete id="pg-school" freeSolo options={SCHOOLS} value={field.value} onChange={(_, v) => field.onChange(v)}
                    onInputChange={(_, v, reason) => reason === 'input' && field.onChange(v)} sx={{ flex: 1 }}
                    renderInput={(params) => <TextField {...params} name="school" label="School" margin="normal" helperText="Pick from the list or type it" />} />
                )} />
              </Box>
              {radios('authorized', 'Are you legally authorized to work in the United States? *', [['yes', 'Yes'], ['no', 'No']])}
              {select('sponsorship', 'Will you require visa sponsorship to work for Pemberlyn Grid? *', SPONSOR)}
              <Box sx={{ display: 'flex', gap: 2 }}>
                {text('salary', 'Desired base salary', { helperText: 'Annual, in US dollars', slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment> }, htmlInput: { inputMode: 'numeric' } } })}
                {text('startDate', 'Earliest start date', { placeholder: 'MM/DD/YYYY', slotProps: { inputLabel: { shrink: true } } })}
              </Box>
              <Controller name="pronouns" control={control} render={({ field }) => (
                <Autocomplete id="pg-pronouns" freeSolo options={PRONOUNS} value={field.value} onChange={(_, v) => field.onChange(v)}
                  onInputChange={(_, v, reason) => reason === 'input' && field.onChange(v)}
                  renderInput={(params) => <TextField {...params} name="pronouns" label="Pronouns (optional)" margin="normal" />} />
              )} />
              <Controller name="stack" control={control} render={({ field }) => (
                <Autocomplete id="pg-stack" multiple options={posting.stack} value={field.value} onChange={(_, v) => field.onChange(v)} disableCloseOnSelect
                  renderValue={(value, getItemProps) => value.map((option, index) => <Chip label={option} size="small" {...getItemProps({ index })} key={option} />)}
                  renderInput={(params) => <TextField {...params} name="stack" label={posting.stackLabel} margin="normal" placeholder="Add…" />} />
              )} />
              <Controller name="resume" control={control} render={({ field, fieldState }) => (
                <FormControl margin="normal" error={!!fieldState.error}>
                  <FormLabel sx={{ mb: 1 }}>Resume / CV *</FormLabel>
                  <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
                    <Button component="label" variant="outlined">
                      Upload file
                      <input id="pg-resume" type="file" name="resume" accept=".pdf,.doc,.docx" hidden
                        onChange={(e) => field.onChange(e.target.files?.[0]?.name ?? '')} />
                    </Button>
                    <Typography variant="body2" color="text.secondary">{field.value || 'PDF or Word, up to 10 MB'}</Typography>
                  </Box>
                  {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
                </FormControl>
              )} />
              {text('coverLetter', 'Cover letter (optional)', { multiline: true, minRows: 4 })}
              {posting.questions.map((q) =>
                q.type === 'text'
                  ? <div key={q.key}>{text(q.key, q.label, { multiline: true, minRows: 3 })}</div>
                  : <div key={q.key}>{radios(q.key, q.label, q.options.map((o) => [o, o]), q.options.length < 4)}</div>,
              )}
              {select('heard', 'How did you hear about this job?', HEARD)}
              <Typography variant="h6" sx={{ mt: 3 }}>Voluntary self-identification</Typography>
              <Typography variant="body2" color="text.secondary">Answering is optional and does not affect your application.</Typography>
              {select('gender', 'Gender', GENDER)}
              {radios('veteran', 'Veteran status', [['protected', 'I am a protected veteran'], ['not', 'I am not a protected veteran'], ['decline', 'I prefer not to say']], false)}
              <Controller name="consent" control={control} render={({ field, fieldState }) => (
                <FormControl error={!!fieldState.error} margin="normal">
                  <FormControlLabel control={<Checkbox id="pg-consent" name="consent" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                    label="I agree that Pemberlyn Grid may process my data for this and future openings, as described in the Candidate Privacy Notice." />
                  {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
                </FormControl>
              )} />
              <Box sx={{ mt: 2 }}><Button id="pg-submit" type="submit" variant="contained" size="large">Submit application</Button></Box>
              {sent && <Alert id="pg-sent" severity="success" sx={{ mt: 2 }}>Thanks! Your application is in.</Alert>}
            </form>
          </Paper>
        </Container>
        <pre id="model" style={{ fontSize: 11, color: '#999', whiteSpace: 'pre-wrap', maxWidth: 900, margin: '0 auto' }}>{JSON.stringify(model)}</pre>
      </ThemeProvider>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
