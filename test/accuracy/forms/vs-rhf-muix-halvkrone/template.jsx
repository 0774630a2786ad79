/**
 * Halvkrone Shipping A/S (Copenhagen) careers site, template shared by its postings: React +
 * react-hook-form (Controllers around MUI 9 inputs), react-phone-number-input with its own country
 * <select> preset to Denmark, MUI X DatePicker (sectioned field, DD/MM/YYYY as the Danish site
 * formats dates) for the start date and a date of birth, salary amount + currency (preset DKK) +
 * period (preset per month), MUI Select "How did you hear", RadioGroups, a hidden file input in a
 * Button, posting-specific questions. The form state (RHF `watch()`) goes into <pre id="model">.
 */
import 'react-phone-number-input/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import PhoneInput from 'react-phone-number-input';
import {
  Box, Button, Checkbox, Container, Divider, FormControl, FormControlLabel, FormHelperText, FormLabel, InputLabel,
  MenuItem, Radio, RadioGroup, Select, Stack, TextField, Typography,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';

const iso = (d) => (d && d.isValid && d.isValid() ? d.format('YYYY-MM-DD') : null);

function Application({ posting }) {
  const defaults = {
    firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', currentEmployer: '',
    startDate: null, dateOfBirth: null, salary: '', currency: 'DKK', period: 'month', authorized: '',
    sponsorship: '', noticePeriod: '', source: '', resume: '', coverLetter: '', consent: false,
    gender: '',
  };
  for (const q of posting.questions) defaults[q.name] = '';
  const { control, register, handleSubmit, watch, setValue } = useForm({ defaultValues: defaults });
  const [done, setDone] = useState(false);
  const values = watch();
  const model = { ...values, startDate: iso(values.startDate), dateOfBirth: iso(values.dateOfBirth) };

  const text = (name, label, props = {}) => (
    <Controller
      name={name}
      control={control}
      rules={props.required ? { required: `${label} is required` } : undefined}
      render={({ field, fieldState }) => (
        <TextField {...field} id={`hk-${name}`} label={label} fullWidth margin="normal" error={!!fieldState.error} helperText={fieldState.error?.message ?? props.helperText} {...props} />
      )}
    />
  );

  if (done) return <Typography id="hk-done" variant="h5" sx={{ my: 6 }}>Tak! Your application for {posting.title} has been received.</Typography>;

  return (
    <Box component="form" id="hk-apply" noValidate onSubmit={handleSubmit(() => setDone(true))}>
      <Typography variant="h5" sx={{ mt: 3 }}>Apply for this position</Typography>
      <Typography variant="body2" color="text.secondary">Fields marked with * are required.</Typography>
      <Stack direction="row" spacing={2}>
        {text('firstName', 'First name', { required: true })}
        {text('lastName', 'Last name', { required: true })}
      </Stack>
      {text('email', 'Email address', { required: true, type: 'email' })}
      <FormControl fullWidth margin="normal">
        <FormLabel htmlFor="hk-phone" required>Mobile number</FormLabel>
        <Controller
          name="phone"
          control={control}
          render={({ field }) => (
            <PhoneInput id="hk-phone" name="phone" defaultCountry="DK" placeholder="Enter phone number" value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} />
          )}
        />
        <FormHelperText>We will only call you about this application.</FormHelperText>
      </FormControl>
      {text('location', 'Current location', { placeholder: 'City, country' })}
      {text('linkedin', 'LinkedIn profile', { type: 'url' })}
      {text('currentEmployer', 'Current employer')}

      <Divider sx={{ my: 3 }} />
      <Typography variant="h6">Availability and compensation</Typography>
      <Box data-field="startDate" sx={{ my: 2 }}>
        <Controller
          name="startDate"
          control={control}
          render={({ field }) => (
            <DatePicker label="Earliest start date" format="DD/MM/YYYY" value={field.value} onChange={field.onChange}
              slotProps={{ textField: { fullWidth: true, id: 'hk-start', name: 'startDate', helperText: 'DD/MM/YYYY' } }} />
          )}
        />
      </Box>
      <Box data-field="dateOfBirth" sx={{ my: 2 }}>
        <Controller
          name="dateOfBirth"
          control={control}
          render={({ field }) => (
            <DatePicker label="Date of birth" format="DD/MM/YYYY" disableFuture value={field.value} onChange={field.onChange}
              slotProps={{ textField: { fullWidth: true, id: 'hk-dob', name: 'dateOfBirth', helperText: 'Used for our pension scheme enrolment' } }} />
          )}
        />
      </Box>
      <Stack direction="row" spacing={2} alignItems="flex-start">
        {text('salary', 'Expected salary', { type: 'number', helperText: 'Gross, before tax' })}
        <TextField select id="hk-currency" label="Currency" margin="normal" sx={{ minWidth: 140 }} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} {...register('currency')}>
          <option value="DKK">DKK</option>
          <option value="EUR">EUR</option>
          <option value="SEK">SEK</option>
          <option value="NOK">NOK</option>
          <option value="GBP">GBP</option>
          <option value="USD">USD</option>
          <option value="SGD">SGD</option>
        </TextField>
        <TextField select id="hk-period" label="Per" margin="normal" sx={{ minWidth: 160 }} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} {...register('period')}>
          <option value="month">per month</option>
          <option value="year">per year</option>
          <option value="hour">per hour</option>
        </TextField>
      </Stack>
      <Controller
        name="noticePeriod"
        control={control}
        render={({ field }) => (
          <FormControl fullWidth margin="normal">
            <InputLabel id="hk-notice-label">Notice period</InputLabel>
            <Select labelId="hk-notice-label" id="hk-notice" label="Notice period" {...field}>
              <MenuItem value="none">None, I can start immediately</MenuItem>
              <MenuItem value="1m">1 month</MenuItem>
              <MenuItem value="3m">3 months</MenuItem>
              <MenuItem value="6m">6 months</MenuItem>
            </Select>
          </FormControl>
        )}
      />

      <Divider sx={{ my: 3 }} />
      <Typography variant="h6">Eligibility</Typography>
      {[
        ['authorized', `Are you legally authorised to work in ${posting.country}?`],
        ['sponsorship', 'Will you now or in the future require visa sponsorship to work for Halvkrone?'],
      ].map(([name, q]) => (
        <Controller key={name} name={name} control={control} render={({ field }) => (
          <FormControl margin="normal" fullWidth>
            <FormLabel id={`hk-${name}-label`}>{q}</FormLabel>
            <RadioGroup row aria-labelledby={`hk-${name}-label`} name={name} value={field.value} onChange={field.onChange}>
              <FormControlLabel value="yes" control={<Radio />} label="Yes" />
              <FormControlLabel value="no" control={<Radio />} label="No" />
            </RadioGroup>
          </FormControl>
        )} />
      ))}
      {posting.questions.map((q) => (
        <Controller key={q.name} name={q.name} control={control} render={({ field }) =>
          q.type === 'radio' ? (
            <FormControl margin="normal" fullWidth>
              <FormLabel id={`hk-${q.name}-label`}>{q.label}</FormLabel>
              <RadioGroup row aria-labelledby={`hk-${q.name}-label`} name={q.name} value={field.value} onChange={field.onChange}>
                {q.options.map((o) => <FormControlLabel key={o} value={o} control={<Radio />} label={o} />)}
              </RadioGroup>
            </FormControl>
          ) : (
            <TextField {...field} id={`hk-${q.name}`} label={q.label} fullWidth margin="normal" multiline minRows={3} />
          )
        } />
      ))}

      <Divider sx={{ my: 3 }} />
      <Typography variant="h6">Documents</Typography>
      <Box sx={{ my: 2 }}>
        <Typography variant="body2" sx={{ mb: 1 }}>CV / résumé * (PDF or Word, max 5 MB)</Typography>
        <Button variant="outlined" component="label">
          Upload CV
          <input id="hk-resume" name="resume" type="file" hidden accept=".pdf,.doc,.docx" onChange={(e) => setValue('resume', e.target.files?.[0]?.name ?? '')} />
        </Button>
        <Typography component="span" variant="body2" sx={{ ml: 2 }}>{values.resume || 'No file chosen'}</Typography>
      </Box>
      {text('coverLetter', 'Cover letter', { multiline: true, minRows: 5, placeholder: 'Tell us why you would like to join Halvkrone' })}
      <Controller
        name="source"
        control={control}
        render={({ field }) => (
          <FormControl fullWidth margin="normal">
            <InputLabel id="hk-source-label">How did you hear about this job?</InputLabel>
            <Select labelId="hk-source-label" id="hk-source" label="How did you hear about this job?" {...field}>
              <MenuItem value="linkedin">LinkedIn</MenuItem>
              <MenuItem value="website">Halvkrone website</MenuItem>
              <MenuItem value="jobindex">Jobindex</MenuItem>
              <MenuItem value="referral">Employee referral</MenuItem>
              <MenuItem value="event">Career fair / event</MenuItem>
            </Select>
          </FormControl>
        )}
      />
      <Controller
        name="gender"
        control={control}
        render={({ field }) => (
          <TextField select id="hk-gender" label="Gender (voluntary, US applicants)" fullWidth margin="normal" slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} {...field}>
            <option value="">Select…</option>
            <option value="female">Female</option>
            <option value="male">Male</option>
            <option value="nonbinary">Non-binary</option>
            <option value="decline">I don't wish to answer</option>
          </TextField>
        )}
      />
      <Controller
        name="consent"
        control={control}
        render={({ field }) => (
          <FormControlLabel control={<Checkbox id="hk-consent" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
            label="I consent to Halvkrone Shipping A/S processing my personal data for recruitment purposes in line with the Candidate Privacy Notice." />
        )}
      />
      <Box sx={{ my: 3 }}><Button id="hk-submit" type="submit" variant="contained" size="large">Submit application</Button></Box>
      <pre id="model">{JSON.stringify(model, null, 2)}</pre>
    </Box>
  );
}

export function mount(posting) {
  createRoot(document.getElementById('root')).render(
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <Container maxWidth="md"><Application posting={posting} /></Container>
    </LocalizationProvider>,
  );
}
