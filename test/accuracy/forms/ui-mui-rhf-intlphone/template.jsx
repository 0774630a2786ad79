/*
 * Saffron Ledger (a Bengaluru-founded payments company with a San Francisco office) careers page:
 * React 19 + MUI 9, state in react-hook-form (Controller for every MUI control). The phone is
 * react-international-phone preset to India ("+91" in the box; typing "+1…" switches the flag);
 * pronouns as clickable MUI Chips (aria-pressed, no inputs); a freeSolo Autocomplete for the
 * current city grouped "Near our offices" / "Other cities"; non-native Selects with combined
 * authorization-and-sponsorship sentences; MUI X DatePicker in "DD MMM YYYY"; a ToggleButtonGroup
 * and a multiple Select with Chips left alone; Rating; hidden file input in a Button. Postings pass
 * title, buckets and questions. Values go to <pre id="model">.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm, useWatch } from 'react-hook-form';
import {
  Autocomplete, Box, Button, Checkbox, Chip, Container, CssBaseline, FormControl, FormControlLabel, FormHelperText, FormLabel,
  InputLabel, MenuItem, OutlinedInput, Paper, Rating, Select, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography,
} from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { PhoneInput } from 'react-international-phone';
import 'react-international-phone/style.css';

const CITIES = [
  ...['Bengaluru, India', 'Mumbai, India', 'San Francisco, CA, USA', 'New York, NY, USA', 'Singapore'].map((c) => ({ c, g: 'Near our offices' })),
  ...['Austin, TX, USA', 'Chennai, India', 'Hyderabad, India', 'London, UK', 'Oakland, CA, USA', 'Pune, India', 'San Jose, CA, USA', 'Seattle, WA, USA', 'South San Francisco, CA, USA', 'Toronto, Canada'].map((c) => ({ c, g: 'Other cities' })),
];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'Prefer not to say'];
const ELIGIBILITY = [
  ['us-any', 'I can work in the US for any employer without sponsorship'],
  ['us-sponsor', 'I can work in the US but will need sponsorship now or later'],
  ['in-only', 'I am eligible to work in India only'],
  ['neither', 'None of the above'],
];
const DEGREES = ['B.E. / B.Tech', 'B.Sc / B.A. / B.Com', "Bachelor's degree (US)", 'M.Tech / M.S.', 'MBA / PGDM', 'PhD', 'Other'];
const TEAMS = ['Payments Core', 'Risk & Fraud', 'Merchant Analytics', 'Treasury', 'Developer Platform'];

function Mirror({ control }) {
  const values = useWatch({ control });
  document.getElementById('model').textContent = JSON.stringify({ ...values, startDate: values.startDate ? values.startDate.format('YYYY-MM-DD') : null }, null, 2);
  return null;
}

function Application({ posting }) {
  const [sent, setSent] = useState(false);
  const { control, handleSubmit, formState: { errors } } = useForm({
    defaultValues: {
      fullName: '', email: '', phone: '', city: '', pronouns: null, linkedin: '', portfolio: '', company: '', title: '',
      years: '', degree: '', eligibility: '', startDate: null, salary: '', resume: null, coverLetter: '', workMode: null,
      teams: [], rating: null, heard: '', consent: false,
      answers: Object.fromEntries(posting.questions.map((q) => [q.key, q.kind === 'text' ? '' : ''])),
    },
  });
  const tf = (name, label, props = {}) => (
    <Controller name={name} control={control} rules={props.rules} render={({ field }) => (
      <TextField {...field} id={`sl-${name.replace('.', '-')}`} label={label} fullWidth margin="dense" error={!!errors[name]}
        helperText={errors[name] ? 'Required' : props.helperText} multiline={props.multiline} minRows={props.minRows} placeholder={props.placeholder} />
    )} />
  );
  const sel = (name, label, options, id = `sl-${name.replace('.', '-')}`) => (
    <Controller name={name} control={control} render={({ field }) => (
      <FormControl fullWidth margin="dense">
        <InputLabel id={`${id}-label`}>{label}</InputLabel>
        <Select labelId={`${id}-label`} id={id} label={label} value={field.value} onChange={(e) => field.onChange(e.target.value)}>
          {options.map((o) => (Array.isArray(o) ? <MenuItem key={o[0]} value={o[0]}>{o[1]}</MenuItem> : <MenuItem key={o} value={o}>{o}</MenuItem>))}
        </Select>
      </FormControl>
    )} />
  );
  if (sent) return <Typography id="sl-sent" sx={{ fontWeight: 600, color: 'success.main' }}>Application received — thank you! We will write to you within a week.</Typography>;
  return (
    <form id="sl-form" noValidate onSubmit={handleSubmit(() => setSent(true))}>
      <Typography variant="overline" sx={{ color: '#c2410c' }}>{posting.team}</Typography>
      <Typography variant="h4" component="h1">{posting.title}</Typography>
      <Typography color="text.secondary" gutterBottom>{posting.where}</Typography>
      <Typography paragraph>{posting.intro}</Typography>

      <Typography variant="h6" sx={{ mt: 2 }}>Basics</Typography>
      {tf('fullName', 'Full name', { rules: { required: true } })}
      {tf('email', 'Email', { rules: { required: true } })}
      <Controller name="phone" control={control} render={({ field }) => (
        <Box sx={{ my: 1 }}>
          <FormLabel htmlFor="sl-phone" sx={{ display: 'block', mb: 0.5 }}>Phone (with country code)</FormLabel>
          <PhoneInput defaultCountry="in" value={field.value} onChange={(phone) => field.onChange(phone)} inputProps={{ id: 'sl-phone', name: 'phone' }} />
        </Box>
      )} />
      <Controller name="city" control={control} render={({ field }) => (
        <Autocomplete freeSolo id="sl-city" options={CITIES} groupBy={(o) => o.g} getOptionLabel={(o) => (typeof o === 'string' ? o : o.c)}
          inputValue={field.value} onInputChange={(_, v) => field.onChange(v)}
          renderInput={(params) => <TextField {...params} margin="dense" label="Which city do you live in?" />} />
      )} />
      <Controller name="pronouns" control={control} render={({ field }) => (
        <Box sx={{ my: 1.5 }} id="sl-pronouns" role="group" aria-labelledby="sl-pronouns-label">
          <FormLabel id="sl-pronouns-label" sx={{ display: 'block', mb: 0.5 }}>Pronouns (optional)</FormLabel>
          <Stack direction="row" spacing={1}>
            {PRONOUNS.map((p) => (
              <Chip key={p} label={p} clickable aria-pressed={field.value === p} color={field.value === p ? 'primary' : 'default'}
                variant={field.value === p ? 'filled' : 'outlined'} onClick={() => field.onChange(field.value === p ? null : p)} />
            ))}
          </Stack>
        </Box>
      )} />

      <Typography variant="h6" sx={{ mt: 2 }}>Experience</Typography>
      {tf('linkedin', 'LinkedIn')}
      {tf('portfolio', 'Portfolio, GitHub or personal site')}
      <Stack direction="row" spacing={2}>{tf('company', 'Current company')}{tf('title', 'Current role')}</Stack>
      {sel('years', posting.yearsLabel, posting.years)}
      {sel('degree', 'Highest qualification', DEGREES)}
      <Controller name="resume" control={control} rules={{ required: true }} render={({ field }) => (
        <Box sx={{ my: 1.5 }}>
          <Button variant="contained" component="label" color="warning">Attach resume
            <input id="sl-resume" type="file" hidden accept=".pdf" onChange={(e) => field.onChange(e.target.files?.[0]?.name ?? null)} />
          </Button>
          <Typography component="span" sx={{ ml: 1.5 }}>{field.value ?? 'PDF only'}</Typography>
          {errors.resume && <FormHelperText error>Please attach your resume</FormHelperText>}
        </Box>
      )} />
      {tf('coverLetter', 'Why Saffron Ledger? (cover note)', { multiline: true, minRows: 3, helperText: 'A few lines on why this role and why now' })}

      <Typography variant="h6" sx={{ mt: 2 }}>Logistics</Typography>
      {sel('eligibility', 'Work eligibility for this role', ELIGIBILITY)}
      <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
        <Controller name="startDate" control={control} render={({ field }) => (
          <Box data-field="startDate" sx={{ flex: 1 }}>
            <DatePicker label="Earliest joining date" format="DD MMM YYYY" value={field.value} onChange={field.onChange}
              slotProps={{ textField: { id: 'sl-startDate', fullWidth: true, margin: 'dense' } }} />
          </Box>
        )} />
        {tf('salary', posting.salaryLabel, { placeholder: posting.salaryPlaceholder })}
      </Stack>
      <Controller name="workMode" control={control} render={({ field }) => (
        <Box sx={{ my: 1.5 }}>
          <FormLabel id="sl-workMode-label" sx={{ display: 'block', mb: 0.5 }}>Preferred way of working</FormLabel>
          <ToggleButtonGroup id="sl-workMode" exclusive size="small" value={field.value} onChange={(_, v) => field.onChange(v)} aria-labelledby="sl-workMode-label">
            <ToggleButton value="office">In the office</ToggleButton><ToggleButton value="hybrid">Hybrid</ToggleButton><ToggleButton value="remote">Remote</ToggleButton>
          </ToggleButtonGroup>
        </Box>
      )} />
      <Controller name="teams" control={control} render={({ field }) => (
        <FormControl fullWidth margin="dense">
          <InputLabel id="sl-teams-label">Other teams you'd like to hear from</InputLabel>
          <Select multiple labelId="sl-teams-label" id="sl-teams" value={field.value} onChange={(e) => field.onChange(e.target.value)}
            input={<OutlinedInput label="Other teams you'd like to hear from" />}
            renderValue={(sel) => <Box sx={{ display: 'flex', gap: 0.5 }}>{sel.map((v) => <Chip key={v} label={v} size="small" />)}</Box>}>
            {TEAMS.map((t) => <MenuItem key={t} value={t}>{t}</MenuItem>)}
          </Select>
        </FormControl>
      )} />

      <Typography variant="h6" sx={{ mt: 2 }}>Questions for this role</Typography>
      {posting.questions.map((q) => (q.kind === 'text'
        ? <Box key={q.key}>{tf(`answers.${q.key}`, q.label, { multiline: true, minRows: 2 })}</Box>
        : <Box key={q.key}>{sel(`answers.${q.key}`, q.label, q.options)}</Box>))}
      <Controller name="rating" control={control} render={({ field }) => (
        <Box sx={{ my: 1.5 }}>
          <FormLabel component="legend">How would you rate our application process so far?</FormLabel>
          <Rating name="rating" value={field.value} onChange={(_, v) => field.onChange(v)} />
        </Box>
      )} />
      {sel('heard', 'How did you find us?', ['LinkedIn', 'AngelList / Wellfound', 'Instahyre', 'A friend', 'Our blog', 'Other'])}
      <Controller name="consent" control={control} rules={{ validate: (v) => v === true }} render={({ field }) => (
        <FormControl error={!!errors.consent}>
          <FormControlLabel control={<Checkbox id="sl-consent" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I agree to Saffron Ledger's candidate privacy policy" />
        </FormControl>
      )} />
      <Box><Button id="sl-submit" type="submit" variant="contained" size="large" sx={{ mt: 2, background: '#c2410c' }}>Submit</Button></Box>
      <Mirror control={control} />
    </form>
  );
}

export function renderPosting(posting) {
  createRoot(document.getElementById('root')).render(
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <CssBaseline />
      <Box component="header" sx={{ px: 4, py: 1.5, background: '#431407', color: '#fed7aa', display: 'flex', gap: 2, alignItems: 'center' }}>
        <Typography sx={{ flex: 1, fontWeight: 700 }}>Saffron Ledger</Typography>
        <TextField size="small" id="sl-search" placeholder="Search roles" slotProps={{ htmlInput: { 'aria-label': 'Search roles' } }} sx={{ background: '#fff', borderRadius: 1 }} />
      </Box>
      <Container maxWidth="md"><Paper sx={{ p: 4, my: 3 }}><Application posting={posting} /></Paper></Container>
    </LocalizationProvider>,
  );
}
