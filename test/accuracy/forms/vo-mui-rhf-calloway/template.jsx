/*
 * Calloway Health careers (Toronto hospital network; US posts hired through Calloway Health US,
 * Inc.): React 19 + MUI 9 + react-hook-form 7 (Controllers). Pieces as MUI's docs draw them: the
 * country Autocomplete of the "Country select" demo (menu "United States (US) +1", input shows the
 * name), a phone TextField with a "+1" start adornment, Select menus in a popover at the end of
 * <body> (province / state "California (US-CA)", degree, time zone preset to Eastern, EEO),
 * ToggleButtonGroup experience buckets, RadioGroups of sentences, a pronoun Checkbox group in a
 * FormGroup, Switches, Autocomplete multiple with chips. Shared by the postings; the form state
 * goes to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import countries from 'world-countries';
import {
  AppBar, Autocomplete, Box, Button, Checkbox, Chip, Container, CssBaseline, Divider, FormControl, FormControlLabel, FormGroup, FormHelperText,
  FormLabel, InputAdornment, InputLabel, MenuItem, Paper, Radio, RadioGroup, Select, Switch, TextField, ToggleButton, ToggleButtonGroup, Toolbar, Typography,
} from '@mui/material';

const COUNTRIES = countries
  .map((c) => ({ code: c.cca2, label: c.name.common, phone: (c.idd.root + (c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : '')).replace('+', '') }))
  .sort((a, b) => a.label.localeCompare(b.label));
const PROVINCES = [['AB', 'Alberta'], ['BC', 'British Columbia'], ['MB', 'Manitoba'], ['NB', 'New Brunswick'], ['NL', 'Newfoundland and Labrador'],
  ['NS', 'Nova Scotia'], ['ON', 'Ontario'], ['PE', 'Prince Edward Island'], ['QC', 'Quebec'], ['SK', 'Saskatchewan']].map(([c, n]) => [`CA-${c}`, `${n} (CA-${c})`]);
const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['FL', 'Florida'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['MI', 'Michigan'],
  ['MN', 'Minnesota'], ['NY', 'New York'], ['NC', 'North Carolina'], ['OH', 'Ohio'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['TX', 'Texas'],
  ['WA', 'Washington']].map(([c, n]) => [`US-${c}`, `${n} (US-${c})`]);
const DEGREES = [['hs', 'Secondary school diploma'], ['college', 'College diploma (2–3 years)'], ['bacc', 'Baccalaureate / Bachelor’s degree'],
  ['grad', 'Graduate degree (Master’s)'], ['doc', 'Doctoral degree'], ['other', 'Other professional designation']];
const ZONES = [['NT', 'Newfoundland Time (NT)'], ['AT', 'Atlantic Time (AT)'], ['ET', 'Eastern Time (ET)'], ['CT', 'Central Time (CT)'],
  ['MT', 'Mountain Time (MT)'], ['PT', 'Pacific Time (PT)'], ['AKT', 'Alaska Time (AKT)'], ['HT', 'Hawaii Time (HT)']];
const AUTH = [['any', 'I am authorized to work in the United States for any employer'],
  ['restricted', 'I am authorized to work in the US only for my current employer (e.g. H-1B, TN)'],
  ['none', 'I am not authorized to work in the United States']];
const SPONSOR = [['yes_now', 'Yes, I will require sponsorship to start'], ['yes_later', 'Not now, but I will in the future (e.g. STEM OPT)'],
  ['no', 'No, I will not require sponsorship now or in the future']];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'ze/zir'];
const HEARD = ['Calloway careers site', 'LinkedIn', 'Indeed', 'Health eCareers', 'Employee referral', 'Conference', 'Other'];
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to answer'];
const VETERAN = ['Protected veteran', 'Not a protected veteran', 'Decline to answer'];

export function renderApplication(posting) {
  const defaults = {
    firstName: '', lastName: '', email: '', phone: '', country: null, region: '', city: '', linkedin: '', employed: false, employer: '', jobTitle: '',
    years: null, degree: '', school: '', authorization: '', sponsorship: '', timezone: 'ET', pronouns: [], sites: [], salary: '', startDate: '',
    resume: '', coverLetter: '', heard: '', gender: '', race: '', veteran: '', sms: false, consent: false,
    ...Object.fromEntries(posting.questions.map((q) => [q.key, ''])),
  };
  function Application() {
    const { control, handleSubmit, watch, setValue } = useForm({ defaultValues: defaults });
    const [sent, setSent] = useState(false);
    const [search, setSearch] = useState('');
    const [chat, setChat] = useState('');
    const values = watch();
    const text = (name, label, props = {}) => (
      <Controller name={name} control={control} rules={{ required: props.required }} render={({ field, fieldState }) => (
        <TextField {...field} id={`cw-${name}`} label={label} fullWidth margin="normal" error={!!fieldState.error} {...props} />
      )} />
    );
    const select = (name, label, options, props = {}) => (
      <Controller name={name} control={control} render={({ field }) => (
        <FormControl fullWidth margin="normal">
          <InputLabel id={`cw-${name}-label`}>{label}</InputLabel>
          <Select {...field} id={`cw-${name}`} labelId={`cw-${name}-label`} label={label} {...props}>
            {options.map(([v, l]) => <MenuItem key={v} value={v}>{l}</MenuItem>)}
          </Select>
        </FormControl>
      )} />
    );
    const radios = (name, label, options, required) => (
      <Controller name={name} control={control} rules={{ required }} render={({ field, fieldState }) => (
        <FormControl margin="normal" error={!!fieldState.error} required={required} fullWidth>
          <FormLabel id={`cw-${name}-label`}>{label}</FormLabel>
          <RadioGroup {...field} aria-labelledby={`cw-${name}-label`} name={name}>
            {options.map(([v, l]) => <FormControlLabel key={v} value={v} control={<Radio />} label={l} />)}
          </RadioGroup>
          {fieldState.error && <FormHelperText>Please choose an answer</FormHelperText>}
        </FormControl>
      )} />
    );
    return (
      <>
        <CssBaseline />
        <AppBar position="static" elevation={0} sx={{ bgcolor: '#5b2c6f' }}>
          <Toolbar sx={{ gap: 3 }}>
            <Typography variant="h6" sx={{ fontWeight: 700 }}>Calloway Health</Typography>
            <Typography variant="body2" sx={{ flex: 1 }}>Careers · Nursing · Research · Corporate</Typography>
            <TextField id="cw-site-search" size="small" placeholder="Search jobs" value={search} onChange={(e) => setSearch(e.target.value)}
              sx={{ bgcolor: '#fff', borderRadius: 1 }} slotProps={{ htmlInput: { 'aria-label': 'Search jobs' } }} />
            <Button color="inherit">Sign in</Button>
          </Toolbar>
        </AppBar>
        <Container maxWidth="md" sx={{ my: 4 }}>
          <Paper sx={{ p: 4 }}>
            <Typography variant="overline">{posting.team} · {posting.where}</Typography>
            <Typography variant="h4" component="h1" gutterBottom>{posting.title}</Typography>
            {posting.intro.map((p) => <Typography key={p} paragraph>{p}</Typography>)}
            {sent && <Typography id="cw-sent" color="success.main" sx={{ fontWeight: 700 }}>Application submitted. Thank you for applying to Calloway Health.</Typography>}
            <Box component="form" id="cw-apply" noValidate onSubmit={handleSubmit(() => setSent(true))}>
              <Typography variant="h6" sx={{ mt: 3 }}>Contact information</Typography>
              <Box sx={{ display: 'flex', gap: 2 }}>
                {text('firstName', 'Legal first name', { required: true, autoComplete: 'given-name' })}
                {text('lastName', 'Legal last name', { required: true, autoComplete: 'family-name' })}
              </Box>
              {text('email', 'Email', { required: true, type: 'email' })}
              {text('phone', 'Mobile phone', { required: true, type: 'tel', helperText: 'US and Canadian numbers only', slotProps: { input: { startAdornment: <InputAdornment position="start">+1</InputAdornment> } } })}
              <Controller name="country" control={control} rules={{ required: true }} render={({ field }) => (
                <Autocomplete id="cw-country" options={COUNTRIES} autoHighlight value={field.value} onChange={(_, v) => field.onChange(v)}
                  getOptionLabel={(o) => o.label} isOptionEqualToValue={(a, b) => a.code === b.code}
                  renderOption={(props, option) => {
                    const { key, ...optionProps } = props;
                    return <Box key={key} component="li" {...optionProps}>{option.label} ({option.code}) +{option.phone}</Box>;
                  }}
                  renderInput={(params) => <TextField {...params} label="Country" required margin="normal" slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, autoComplete: 'new-password' } }} />} />
              )} />
              <Box sx={{ display: 'flex', gap: 2 }}>
                {select('region', 'Province / State', [...PROVINCES, ...STATES])}
                {text('city', 'City')}
              </Box>
              {text('linkedin', 'LinkedIn profile', { placeholder: 'https://www.linkedin.com/in/yourname' })}

              <Typography variant="h6" sx={{ mt: 3 }}>Experience</Typography>
              <Controller name="employed" control={control} render={({ field }) => (
                <FormControlLabel control={<Switch id="cw-employed" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I am currently employed" />
              )} />
              <Box sx={{ display: 'flex', gap: 2 }}>
                {text('employer', 'Current or most recent employer')}
                {text('jobTitle', 'Job title')}
              </Box>
              <Controller name="years" control={control} render={({ field }) => (
                <FormControl margin="normal" fullWidth>
                  <FormLabel id="cw-years-label" sx={{ mb: 1 }}>{posting.yearsLabel}</FormLabel>
                  <ToggleButtonGroup id="cw-years" exclusive color="primary" value={field.value} onChange={(_, v) => field.onChange(v)} aria-labelledby="cw-years-label">
                    {posting.years.map(([v, l]) => <ToggleButton key={v} value={v}>{l}</ToggleButton>)}
                  </ToggleButtonGroup>
                </FormControl>
              )} />
              <Box sx={{ display: 'flex', gap: 2 }}>
                {select('degree', 'Highest level of education', DEGREES)}
                {text('school', 'School / institution')}
              </Box>

              <Typography variant="h6" sx={{ mt: 3 }}>Eligibility</Typography>
              {radios('authorization', 'Which statement best describes your right to work in the United States?', AUTH, true)}
              {radios('sponsorship', 'Will you require Calloway Health to sponsor a visa for this role?', SPONSOR, true)}
              {select('timezone', 'Primary working time zone', ZONES)}
              <Controller name="sites" control={control} render={({ field }) => (
                <Autocomplete id="cw-sites" multiple disableCloseOnSelect options={posting.sites} value={field.value} onChange={(_, v) => field.onChange(v)}
                  renderValue={(value, getItemProps) => value.map((option, index) => <Chip label={option} size="small" {...getItemProps({ index })} key={option} />)}
                  renderInput={(params) => <TextField {...params} label={posting.sitesLabel} margin="normal" helperText="Select all that apply" />} />
              )} />
              <Box sx={{ display: 'flex', gap: 2 }}>
                {text('salary', 'Desired annual salary', { slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">USD</InputAdornment> }, htmlInput: { inputMode: 'numeric' } } })}
                {text('startDate', 'Earliest start date', { type: 'date', slotProps: { inputLabel: { shrink: true } } })}
              </Box>
              <FormControl component="fieldset" margin="normal">
                <FormLabel component="legend">Pronouns (optional)</FormLabel>
                <Controller name="pronouns" control={control} render={({ field }) => (
                  <FormGroup row>
                    {PRONOUNS.map((p) => (
                      <FormControlLabel key={p} label={p} control={
                        <Checkbox id={`cw-pronoun-${p.replace('/', '-')}`} name="pronouns" value={p} checked={field.value.includes(p)}
                          onChange={(e) => field.onChange(e.target.checked ? [...field.value, p] : field.value.filter((x) => x !== p))} />
                      } />
                    ))}
                  </FormGroup>
                )} />
              </FormControl>
              {posting.questions.map((q) => <div key={q.key}>{radios(q.key, q.label, q.options.map((x) => [x, x]), q.required)}</div>)}

              <Typography variant="h6" sx={{ mt: 3 }}>Documents</Typography>
              <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', my: 2 }}>
                <Button component="label" variant="outlined">
                  Upload resume
                  <input id="cw-resume" type="file" name="resume" accept=".pdf,.doc,.docx" hidden onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} />
                </Button>
                <Typography variant="body2" color="text.secondary">{values.resume || 'PDF or Word, up to 5 MB'}</Typography>
              </Box>
              {text('coverLetter', 'Cover letter (optional)', { multiline: true, minRows: 4 })}
              {select('heard', 'How did you hear about this opportunity?', HEARD.map((h) => [h, h]))}

              <Typography variant="h6" sx={{ mt: 3 }}>Voluntary self-identification</Typography>
              <Typography variant="body2" color="text.secondary">Calloway Health US, Inc. is an equal opportunity employer. Your answers are confidential and optional.</Typography>
              {radios('gender', 'Gender', [['female', 'Female'], ['male', 'Male'], ['nonbinary', 'Non-binary'], ['decline', 'Decline to answer']], false)}
              {select('race', 'Race / ethnicity', RACE.map((r) => [r, r]))}
              {select('veteran', 'Veteran status', VETERAN.map((r) => [r, r]))}
              <Divider sx={{ my: 2 }} />
              <Controller name="sms" control={control} render={({ field }) => (
                <FormControlLabel control={<Switch id="cw-sms" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="Send me text message updates about my application" />
              )} />
              <Controller name="consent" control={control} rules={{ validate: (v) => v || 'Required' }} render={({ field, fieldState }) => (
                <FormControl error={!!fieldState.error}>
                  <FormControlLabel control={<Checkbox id="cw-consent" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                    label="I certify that the information provided is accurate and I agree to the Calloway Health Applicant Privacy Policy. *" />
                </FormControl>
              )} />
              <Box sx={{ mt: 2 }}><Button type="submit" id="cw-submit" variant="contained" size="large">Submit application</Button></Box>
            </Box>
          </Paper>
        </Container>
        <Paper sx={{ position: 'fixed', right: 16, bottom: 16, p: 1.5, width: 260 }} elevation={4}>
          <Typography variant="subtitle2">Ask Cali, our careers assistant</Typography>
          <TextField id="cw-chat" size="small" fullWidth placeholder="Type your question…" value={chat} onChange={(e) => setChat(e.target.value)} slotProps={{ htmlInput: { 'aria-label': 'Message Cali' } }} />
        </Paper>
        <pre id="model">{JSON.stringify({ ...values, country: values.country?.code ?? null, search, chat })}</pre>
      </>
    );
  }
  createRoot(document.getElementById('root')).render(<Application />);
}
