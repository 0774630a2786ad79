/*
 * Corvane Pay careers (another posting of the same template): MUI + MUI X Date Pickers, the form managed by react-hook-form (Controller for
 * every widget, rules for validation). Exercises: a dial-code Select in the phone's start adornment,
 * an async location Autocomplete (suggestions after 2 characters), a creatable school Autocomplete
 * (freeSolo, "Add …" entry), a multiple Autocomplete with chips, a Slider for years, Switches for
 * authorization / sponsorship / relocation, salary in thousands ("$" … "k"), a DatePicker
 * MM/DD/YYYY. State goes to <pre id="model">.
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm, useWatch } from 'react-hook-form';
import {
  Alert, Autocomplete, Box, Button, Checkbox, Chip, CircularProgress, Container, Divider, FormControl, FormControlLabel, FormHelperText,
  FormLabel, InputAdornment, MenuItem, Paper, Select, Slider, Switch, TextField, Typography, createFilterOptions,
} from '@mui/material';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';

const CITIES = [
  'San Francisco, California, United States', 'South San Francisco, California, United States', 'San Fernando, California, United States',
  'San Francisco, Córdoba, Argentina', 'Santa Fe, New Mexico, United States', 'Seattle, Washington, United States',
  'New York, New York, United States', 'Newark, New Jersey, United States', 'Austin, Texas, United States', 'Atlanta, Georgia, United States',
  'Toronto, Ontario, Canada', 'London, England, United Kingdom', 'Chicago, Illinois, United States', 'Denver, Colorado, United States',
];
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Los Angeles', 'University of California, San Diego',
  'University of California, Davis', 'Berkeley College', 'Stanford University', 'San Francisco State University',
  'University of San Francisco', 'California State University, East Bay', 'Massachusetts Institute of Technology',
];
const LANGUAGES = ['Looker', 'Tableau', 'Mode', 'Metabase', 'Power BI', 'Superset', 'Sigma', 'Hex'];
const DIAL = [
  { code: 'CA', dial: '+1', flag: '🇨🇦' }, { code: 'US', dial: '+1', flag: '🇺🇸' }, { code: 'MX', dial: '+52', flag: '🇲🇽' },
  { code: 'GB', dial: '+44', flag: '🇬🇧' }, { code: 'IN', dial: '+91', flag: '🇮🇳' }, { code: 'IE', dial: '+353', flag: '🇮🇪' },
];

const searchCities = (q) => new Promise((resolve) => setTimeout(() => resolve(CITIES.filter((c) => c.toLowerCase().includes(q.toLowerCase())).slice(0, 6)), 400));

function CityField({ field, fieldState }) {
  const [input, setInput] = useState('');
  const [options, setOptions] = useState([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    if (input.trim().length < 2) { setOptions(field.value ? [field.value] : []); return; }
    const n = ++seq.current;
    setLoading(true);
    searchCities(input).then((found) => { if (n === seq.current) { setOptions(found); setLoading(false); } });
  }, [input]);
  return (
    <Autocomplete
      id="cv-city"
      value={field.value}
      onChange={(_, v) => field.onChange(v)}
      onBlur={field.onBlur}
      inputValue={input}
      onInputChange={(_, v) => setInput(v)}
      options={options}
      filterOptions={(x) => x}
      loading={loading}
      noOptionsText={input.trim().length < 2 ? 'Type at least 2 letters' : 'No matching cities'}
      renderInput={(params) => (
        <TextField
          {...params}
          name="city"
          label="City of residence"
          required
          margin="normal"
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? 'Start typing and pick your city from the list'}
          slotProps={{ ...params.slotProps, input: { ...params.slotProps.input, endAdornment: (<>{loading ? <CircularProgress size={18} /> : null}{params.slotProps.input.endAdornment}</>) } }}
        />
      )}
    />
  );
}

const schoolFilter = createFilterOptions();
function SchoolField({ field }) {
  return (
    <Autocomplete
      id="cv-school"
      freeSolo
      selectOnFocus
      clearOnBlur
      handleHomeEndKeys
      options={SCHOOLS}
      value={field.value}
      onChange={(_, v) => {
        if (v && typeof v === 'object') field.onChange(v.inputValue);
        else field.onChange(v ?? '');
      }}
      filterOptions={(opts, params) => {
        const filtered = schoolFilter(opts, params);
        const typed = params.inputValue.trim();
        if (typed && !opts.some((o) => o.toLowerCase() === typed.toLowerCase())) filtered.push({ inputValue: typed, title: `Add "${typed}"` });
        return filtered;
      }}
      getOptionLabel={(o) => (typeof o === 'string' ? o : o.inputValue)}
      renderOption={(props, o) => { const { key, ...rest } = props; return <li key={key} {...rest}>{typeof o === 'string' ? o : o.title}</li>; }}
      renderInput={(params) => <TextField {...params} name="school" label="School or university" margin="normal" helperText="Can't find it? Type the full name and choose “Add”" />}
    />
  );
}

function Application() {
  const { control, register, handleSubmit, formState: { errors } } = useForm({
    mode: 'onBlur',
    defaultValues: {
      firstName: '', lastName: '', email: '', dialCode: 'US', phone: '', city: null, linkedin: '', github: '',
      employer: '', title: '', years: 0, languages: [], authorized: false, needsSponsorship: false, relocate: false,
      salaryK: '', startDate: null, school: '', fieldOfStudy: '', resume: '', note: '', referral: '', consent: false,
    },
  });
  const values = useWatch({ control });
  const [sent, setSent] = useState(false);
  const [newsletter, setNewsletter] = useState('');
  const tf = (name, label, rules = {}, props = {}) => (
    <TextField id={`cv-${name}`} label={label} fullWidth margin="normal" error={!!errors[name]} helperText={errors[name]?.message ?? props.helperText} {...props} {...register(name, rules)} />
  );
  const model = { ...values, startDate: values.startDate && values.startDate.isValid?.() ? values.startDate.format('YYYY-MM-DD') : null, newsletter };
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <Box component="header" sx={{ bgcolor: '#1a1446', color: '#fff', px: 4, py: 2, display: 'flex', alignItems: 'center' }}>
        <Typography variant="h6" sx={{ flexGrow: 1, fontWeight: 700 }}>corvane<span style={{ color: '#7cf2c4' }}>pay</span></Typography>
        <Button color="inherit" href="#teams">Teams</Button>
        <Button color="inherit" href="#benefits">Benefits</Button>
      </Box>
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Typography variant="overline">Merchant Analytics · New York or Remote (US)</Typography>
        <Typography variant="h4" gutterBottom>Senior Data Engineer, Merchant Analytics</Typography>
        <Typography paragraph color="text.secondary">Corvane moves $40B a year for small businesses. Merchant Analytics gives 200,000 shops their daily sales dashboards; you will own the warehouse models behind them.</Typography>
        {sent ? <Alert id="cv-sent" severity="success">Application submitted. Check your inbox for a confirmation.</Alert> : (
          <Paper component="form" noValidate id="cv-form" sx={{ p: 4 }} onSubmit={handleSubmit(() => setSent(true))}>
            <Typography variant="h6">Contact information</Typography>
            <Box sx={{ display: 'flex', gap: 2 }}>
              {tf('firstName', 'First name', { required: 'Enter your first name' }, { required: true })}
              {tf('lastName', 'Last name', { required: 'Enter your last name' }, { required: true })}
            </Box>
            {tf('email', 'Email', { required: 'Enter your email', pattern: { value: /\S+@\S+\.\S+/, message: 'Enter a valid email' } }, { required: true, type: 'email' })}
            <Controller
              name="phone"
              control={control}
              rules={{ required: 'Enter your phone number', pattern: { value: /^[\d\s().-]{7,}$/, message: 'Digits only, without the country code' } }}
              render={({ field, fieldState }) => (
                <TextField
                  {...field}
                  id="cv-phone"
                  type="tel"
                  label="Phone number"
                  required
                  fullWidth
                  margin="normal"
                  error={!!fieldState.error}
                  helperText={fieldState.error?.message ?? 'We text interview reminders to this number'}
                  slotProps={{
                    input: {
                      startAdornment: (
                        <InputAdornment position="start">
                          <Controller
                            name="dialCode"
                            control={control}
                            render={({ field: dial }) => (
                              <Select variant="standard" disableUnderline id="cv-dial" value={dial.value} onChange={(e) => dial.onChange(e.target.value)} inputProps={{ 'aria-label': 'Country calling code' }} renderValue={(v) => { const d = DIAL.find((x) => x.code === v); return d ? `${d.flag} ${d.dial}` : ''; }}>
                                {DIAL.map((d) => <MenuItem key={d.code} value={d.code}>{d.flag} {d.dial}</MenuItem>)}
                              </Select>
                            )}
                          />
                        </InputAdornment>
                      ),
                    },
                  }}
                />
              )}
            />
            <Controller name="city" control={control} rules={{ required: 'Pick your city' }} render={({ field, fieldState }) => <CityField field={field} fieldState={fieldState} />} />
            <Box sx={{ display: 'flex', gap: 2 }}>
              {tf('linkedin', 'LinkedIn URL', {}, { placeholder: 'https://linkedin.com/in/…' })}
              {tf('github', 'GitHub URL', {}, { placeholder: 'https://github.com/…' })}
            </Box>

            <Divider sx={{ my: 3 }} />
            <Typography variant="h6">Experience</Typography>
            <Box sx={{ display: 'flex', gap: 2 }}>
              {tf('employer', 'Current company')}
              {tf('title', 'Current title')}
            </Box>
            <Box data-field="years" sx={{ mt: 2, px: 1 }}>
              <Typography id="cv-years-label" gutterBottom>Years of experience in data or analytics engineering: <b>{values.years}{values.years === 12 ? '+' : ''}</b></Typography>
              <Controller name="years" control={control} render={({ field }) => (
                <Slider aria-labelledby="cv-years-label" name="years" value={field.value} min={0} max={12} step={1} marks={[{ value: 0, label: '0' }, { value: 5, label: '5' }, { value: 10, label: '10' }, { value: 12, label: '12+' }]} valueLabelDisplay="auto" onChange={(_, v) => field.onChange(v)} />
              )} />
            </Box>
            <Controller name="languages" control={control} render={({ field }) => (
              <Autocomplete multiple id="cv-languages" options={LANGUAGES} value={field.value} onChange={(_, v) => field.onChange(v)} disableCloseOnSelect
                renderValue={(value, getItemProps) => value.map((o, index) => { const { key, ...rest } = getItemProps({ index }); return <Chip key={key} label={o} size="small" {...rest} />; })}
                renderInput={(params) => <TextField {...params} name="languages" label="BI tools you have administered" margin="normal" placeholder="Add language" />} />
            )} />

            <Divider sx={{ my: 3 }} />
            <Typography variant="h6">Work eligibility</Typography>
            <FormControl component="fieldset" margin="normal" sx={{ display: 'block' }}>
              <Controller name="authorized" control={control} render={({ field }) => (
                <FormControlLabel control={<Switch id="cv-authorized" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I am legally authorized to work in the United States" />
              )} />
              <Controller name="needsSponsorship" control={control} render={({ field }) => (
                <FormControlLabel control={<Switch id="cv-sponsorship" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I can work in the United States without Corvane sponsoring a visa, now and in the future" />
              )} />
              <Controller name="relocate" control={control} render={({ field }) => (
                <FormControlLabel control={<Switch id="cv-relocate" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I'd like to be considered for the New York office" />
              )} />
              <FormHelperText>Turn on each statement that applies to you.</FormHelperText>
            </FormControl>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
              {tf('salaryK', 'Desired base salary (in thousands)', { pattern: { value: /^\d{2,3}$/, message: 'Enter thousands, e.g. 185' } }, {
                helperText: 'e.g. 185 for $185,000 per year',
                slotProps: { input: { startAdornment: <InputAdornment position="start">$</InputAdornment>, endAdornment: <InputAdornment position="end">k / year</InputAdornment> } },
              })}
              <Box data-field="startDate" sx={{ flex: 1, mt: 2 }}>
                <Controller name="startDate" control={control} rules={{ required: 'Pick a start date' }} render={({ field, fieldState }) => (
                  <DatePicker label="Earliest start date" value={field.value} onChange={field.onChange} format="MM/DD/YYYY" disablePast
                    slotProps={{ textField: { id: 'cv-start', name: 'startDate', fullWidth: true, required: true, error: !!fieldState.error, helperText: fieldState.error?.message ?? 'MM/DD/YYYY' } }} />
                )} />
              </Box>
            </Box>

            <Divider sx={{ my: 3 }} />
            <Typography variant="h6">Education</Typography>
            <Controller name="school" control={control} render={({ field }) => <SchoolField field={field} />} />
            {tf('fieldOfStudy', 'Major / concentration')}

            <Divider sx={{ my: 3 }} />
            <Typography variant="h6">Documents</Typography>
            <Box sx={{ my: 2 }}>
              <FormLabel required>Resume</FormLabel>
              <Box>
                <Controller name="resume" control={control} rules={{ required: 'Attach your resume' }} render={({ field, fieldState }) => (
                  <>
                    <Button variant="outlined" component="label" sx={{ mt: 1 }}>
                      Upload file
                      <input hidden type="file" id="cv-resume" name="resume" accept=".pdf,.docx" onChange={(e) => field.onChange(e.target.files?.[0]?.name ?? '')} />
                    </Button>
                    <FormHelperText error={!!fieldState.error}>{fieldState.error?.message ?? (field.value || 'PDF or DOCX, max 10 MB')}</FormHelperText>
                  </>
                )} />
              </Box>
            </Box>
            {tf('note', 'Anything you want the hiring team to know? (optional)', {}, { multiline: true, minRows: 3 })}
            {tf('referral', 'Referral code (if an employee referred you)')}
            <Controller name="consent" control={control} rules={{ validate: (v) => v || 'Required' }} render={({ field, fieldState }) => (
              <>
                <FormControlLabel control={<Checkbox id="cv-consent" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label="I have read and agree to the Corvane Applicant Privacy Notice *" />
                {fieldState.error && <FormHelperText error>You must accept the privacy notice</FormHelperText>}
              </>
            )} />
            <Box sx={{ mt: 2 }}><Button type="submit" variant="contained" size="large" id="cv-submit">Submit application</Button></Box>
          </Paper>
        )}
        <Paper sx={{ p: 3, mt: 4 }} component="form" onSubmit={(e) => e.preventDefault()}>
          <Typography variant="subtitle1">Corvane engineering newsletter</Typography>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
            <TextField id="cv-newsletter" name="newsletterEmail" label="Your email" size="small" value={newsletter} onChange={(e) => setNewsletter(e.target.value)} />
            <Button type="submit" variant="outlined">Subscribe</Button>
          </Box>
        </Paper>
      </Container>
      <pre id="model">{JSON.stringify(model)}</pre>
    </LocalizationProvider>
  );
}

createRoot(document.getElementById('root')).render(<Application />);
